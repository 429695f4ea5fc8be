//! The one error type of the wire layer: which layer, and what was wrong, in words.

use std::fmt;

/// A decoding failure. Small and `Copy` so that hot loops can count them by reason without
/// allocating: `layer` and `what` are static strings chosen by the parser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct WireError {
    /// Protocol layer that refused the bytes, e.g. `"bvlc"`, `"npdu"`, `"apdu"`, `"knxip"`.
    pub layer: &'static str,
    /// What was wrong, e.g. `"truncated"`, `"length field disagrees with datagram"`.
    pub what: &'static str,
    /// Byte offset within the layer's input where the problem was found.
    pub offset: usize,
}

impl WireError {
    pub const fn new(layer: &'static str, what: &'static str, offset: usize) -> Self {
        Self {
            layer,
            what,
            offset,
        }
    }

    /// Reason without the offset: the key used when counting malformed packets.
    pub fn reason(&self) -> String {
        format!("{}: {}", self.layer, self.what)
    }
}

impl fmt::Display for WireError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {} (at byte {})", self.layer, self.what, self.offset)
    }
}

impl std::error::Error for WireError {}
