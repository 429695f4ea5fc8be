//! DeviceCommunicationControl (clause 16.1): `[0] timeDuration OPTIONAL (minutes),
//! [1] enable-disable, [2] password OPTIONAL`.
//!
//! The password travels in clear. Any length and charset decodes, and a present-but-empty
//! password stays `Some` (empty): both are things an audit reports.

use super::super::tag::{
    CharString, charset, context, decode_char_string, decode_enumerated, decode_unsigned,
    encode_char_string, encode_enumerated, encode_unsigned, optional_context, put_context,
};
use super::{push_trailing, trailing};
use crate::wire::{Reader, WireError};

/// The longest password the standard allows, in characters.
pub const MAX_PASSWORD_CHARS: usize = 20;

pub const PASSWORD_TOO_LONG: &str = "password longer than 20 characters";
pub const PASSWORD_EMPTY: &str = "password present but empty";
pub const PASSWORD_NOT_UTF8_CHARSET: &str = "password charset is not UTF-8";
pub const PASSWORD_INVALID_TEXT: &str = "password is not valid UTF-8";
pub const DURATION_TOO_LONG: &str = "time duration above 65535 minutes";
pub const UNKNOWN_ENABLE_DISABLE: &str = "unknown enable-disable value";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceCommunicationControl {
    /// Minutes; absent means until re-enabled.
    pub time_duration: Option<u64>,
    /// 0 enable, 1 disable, 2 disable-initiation.
    pub enable_disable: u32,
    pub password: Option<CharString>,
    pub trailing: Vec<u8>,
}

impl DeviceCommunicationControl {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self {
            time_duration: optional_context(r, 0, decode_unsigned)?,
            enable_disable: context(r, 1, decode_enumerated)?,
            password: optional_context(r, 2, decode_char_string)?,
            trailing: trailing(r),
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        if let Some(d) = self.time_duration {
            put_context(out, 0, &encode_unsigned(d));
        }
        put_context(out, 1, &encode_enumerated(self.enable_disable));
        if let Some(p) = &self.password {
            put_context(out, 2, &encode_char_string(p));
        }
        out.extend_from_slice(&self.trailing);
    }

    /// Standard name of the enable-disable value, None if unknown.
    pub fn state_name(&self) -> Option<&'static str> {
        match self.enable_disable {
            0 => Some("enable"),
            1 => Some("disable"),
            2 => Some("disable-initiation"),
            _ => None,
        }
    }

    pub fn oddities(&self) -> Vec<&'static str> {
        let mut odd = Vec::new();
        if self.time_duration.is_some_and(|d| d > u64::from(u16::MAX)) {
            odd.push(DURATION_TOO_LONG);
        }
        if self.state_name().is_none() {
            odd.push(UNKNOWN_ENABLE_DISABLE);
        }
        password_oddities(self.password.as_ref(), &mut odd);
        push_trailing(&mut odd, &self.trailing);
        odd
    }
}

/// Checks shared with ReinitializeDevice, whose password has the same type.
pub(super) fn password_oddities(password: Option<&CharString>, odd: &mut Vec<&'static str>) {
    let Some(p) = password else { return };
    if p.bytes.is_empty() {
        odd.push(PASSWORD_EMPTY);
    }
    if p.char_count() > MAX_PASSWORD_CHARS {
        odd.push(PASSWORD_TOO_LONG);
    }
    if p.charset != charset::UTF8 {
        odd.push(PASSWORD_NOT_UTF8_CHARSET);
    } else if !p.is_exact() {
        odd.push(PASSWORD_INVALID_TEXT);
    }
}

#[cfg(test)]
mod tests {
    use super::super::LAYER;
    use super::super::fixtures::{DCC_60_MINUTES, DCC_EMPTY_PASSWORD, DCC_PASSWORD, hex};
    use super::*;

    fn parse(b: &[u8]) -> DeviceCommunicationControl {
        DeviceCommunicationControl::parse(&mut Reader::new(b, LAYER)).unwrap()
    }

    #[test]
    fn fixtures_decode_like_tshark() {
        let d = parse(&hex(DCC_PASSWORD.hex));
        assert_eq!(d.time_duration, Some(1));
        assert_eq!(d.state_name(), Some("disable"));
        assert_eq!(d.password.as_ref().unwrap().text(), "filister");
        assert_eq!(parse(&hex(DCC_60_MINUTES.hex)).time_duration, Some(60));
        // tshark: Password: UTF-8 ''. Present and empty, not absent.
        let d = parse(&hex(DCC_EMPTY_PASSWORD.hex));
        assert_eq!(d.state_name(), Some("enable"));
        assert_eq!(d.password, Some(CharString::utf8("")));
        assert_eq!(d.oddities(), [PASSWORD_EMPTY]);
        let mut out = Vec::new();
        d.emit(&mut out);
        assert_eq!(out, hex(DCC_EMPTY_PASSWORD.hex));
    }

    #[test]
    fn a_25_character_password_decodes() {
        // The frame-267 request with a 25-character password instead of "filister"
        // (rusty-bacnet refuses the whole request).
        let pw = "abcdefghijklmnopqrstuvwxy";
        let mut b = hex("09011901");
        b.extend([0x2D, 26, 0x00]);
        b.extend(pw.as_bytes());
        let d = parse(&b);
        assert_eq!(d.password.as_ref().unwrap().text(), pw);
        assert_eq!(d.oddities(), [PASSWORD_TOO_LONG]);
        let mut out = Vec::new();
        d.emit(&mut out);
        assert_eq!(out, b);
    }

    #[test]
    fn odd_passwords_and_values_are_flagged() {
        // Password in DBCS (charset 1, code page 932), invalid UTF-8, unknown state, long duration.
        let d = parse(&[0x19, 0x01, 0x2D, 0x05, 0x01, 0x03, 0xA4, 0x82, 0x51]);
        assert_eq!(d.oddities(), [PASSWORD_NOT_UTF8_CHARSET]);
        let d = parse(&[0x19, 0x01, 0x2B, 0x00, 0xFF, 0xFE]);
        assert_eq!(d.oddities(), [PASSWORD_INVALID_TEXT]);
        let d = parse(&[0x0B, 0x01, 0x00, 0x00, 0x19, 0x07]);
        assert_eq!(d.oddities(), [DURATION_TOO_LONG, UNKNOWN_ENABLE_DISABLE]);
        assert!(d.password.is_none());
        // A charset octet is required: an empty [2] is malformed.
        assert!(
            DeviceCommunicationControl::parse(&mut Reader::new(&[0x19, 0x01, 0x28], LAYER))
                .is_err()
        );
    }
}
