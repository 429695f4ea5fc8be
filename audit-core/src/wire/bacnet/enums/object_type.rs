//! TODO: being written (apdu/enums helper)
