//! Wire codecs: bytes in, typed values out, and back. No I/O here.
//!
//! Every parser in this tree takes hostile input: it never panics, never allocates more than the
//! input can justify, and reports what was wrong as a small [`WireError`].
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    clippy::unreachable
)]

pub mod bacnet;
pub mod error;
pub mod hex;
pub mod knxip;
pub mod reader;
pub mod writer;

pub use error::WireError;
pub use reader::Reader;
