//! Bytes as hex text and back: the one place for the helpers that reports, evidence, MAC
//! addresses and test fixtures share.

use std::fmt::Write as _;

/// `0a1b2c`: lowercase, no separator (raw packets in evidence and reports).
pub fn hex(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// `0a:1b:2c`: lowercase with colons (MAC addresses).
pub fn hex_colon(bytes: &[u8]) -> String {
    let mut s = String::with_capacity(bytes.len() * 3);
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 {
            s.push(':');
        }
        let _ = write!(s, "{b:02x}");
    }
    s
}

/// The bytes of `0a1b2c`; `None` when a pair is not two hex digits (or one is left over).
pub fn parse_hex(s: &str) -> Option<Vec<u8>> {
    (0..s.len())
        .step_by(2)
        .map(|i| s.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok()))
        .collect()
}

/// The bytes of `0a:1b:2c` (empty text: no bytes); `Err` names the bad octet.
pub fn parse_hex_colon(s: &str) -> Result<Vec<u8>, String> {
    if s.is_empty() {
        return Ok(Vec::new());
    }
    s.split(':')
        .map(|p| u8::from_str_radix(p, 16).map_err(|_| format!("bad hex octet {p} in {s}")))
        .collect()
}

/// Test fixtures: hex with any whitespace in it (copied from tshark or a capture) as bytes.
#[cfg(test)]
pub(crate) fn bytes(s: &str) -> Vec<u8> {
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    parse_hex(&s).unwrap_or_else(|| panic!("not hex: {s}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let b = [0x0a, 0x1b, 0xff, 0x00];
        assert_eq!(hex(&b), "0a1bff00");
        assert_eq!(hex_colon(&b), "0a:1b:ff:00");
        assert_eq!(parse_hex("0a1bff00").unwrap(), b);
        assert_eq!(parse_hex_colon("0a:1b:ff:00").unwrap(), b);
        assert_eq!(bytes("0a 1b\nff 00"), b);
        assert_eq!(parse_hex("0a1"), None);
        assert_eq!(parse_hex("zz"), None);
        assert!(parse_hex_colon("0a:zz").unwrap_err().contains("zz"));
        assert_eq!(parse_hex_colon("").unwrap(), Vec::<u8>::new());
    }
}
