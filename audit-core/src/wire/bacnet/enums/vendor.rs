//! TODO: being written (vendor helper). Interface:
//! `pub fn vendor_name(id: u16) -> Option<&'static str>`
pub fn vendor_name(_id: u16) -> Option<&'static str> {
    None
}
