//! ReinitializeDevice (clause 16.4): `[0] reinitializedStateOfDevice, [1] password OPTIONAL`.

use super::super::tag::{
    CharString, context, decode_char_string, decode_enumerated, encode_char_string,
    encode_enumerated, optional_context, put_context,
};
use super::device_communication_control::password_oddities;
use super::{push_trailing, trailing};
use crate::wire::{Reader, WireError};

pub const UNKNOWN_STATE: &str = "unknown reinitialized-state value";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReinitializeDevice {
    pub state: u32,
    pub password: Option<CharString>,
    pub trailing: Vec<u8>,
}

impl ReinitializeDevice {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self {
            state: context(r, 0, decode_enumerated)?,
            password: optional_context(r, 1, decode_char_string)?,
            trailing: trailing(r),
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        put_context(out, 0, &encode_enumerated(self.state));
        if let Some(p) = &self.password {
            put_context(out, 1, &encode_char_string(p));
        }
        out.extend_from_slice(&self.trailing);
    }

    /// Standard name of the requested state, None if unknown.
    pub fn state_name(&self) -> Option<&'static str> {
        Some(match self.state {
            0 => "coldstart",
            1 => "warmstart",
            2 => "start-backup",
            3 => "end-backup",
            4 => "start-restore",
            5 => "end-restore",
            6 => "abort-restore",
            7 => "activate-changes",
            _ => return None,
        })
    }

    pub fn oddities(&self) -> Vec<&'static str> {
        let mut odd = Vec::new();
        if self.state_name().is_none() {
            odd.push(UNKNOWN_STATE);
        }
        password_oddities(self.password.as_ref(), &mut odd);
        push_trailing(&mut odd, &self.trailing);
        odd
    }
}

#[cfg(test)]
mod tests {
    use super::super::LAYER;
    use super::super::device_communication_control::PASSWORD_TOO_LONG;
    use super::super::fixtures::{REINIT_ABORT_RESTORE, REINIT_COLDSTART, hex};
    use super::*;

    fn parse(b: &[u8]) -> ReinitializeDevice {
        ReinitializeDevice::parse(&mut Reader::new(b, LAYER)).unwrap()
    }

    #[test]
    fn fixtures_decode_like_tshark() {
        let d = parse(&hex(REINIT_ABORT_RESTORE.hex));
        assert_eq!(d.state_name(), Some("abort-restore"));
        assert_eq!(d.password.unwrap().text(), "Delcatty70");
        let d = parse(&hex(REINIT_COLDSTART.hex));
        assert_eq!(d.state_name(), Some("coldstart"));
        assert_eq!(d.password, None);
    }

    #[test]
    fn odd_requests_decode_and_are_flagged() {
        let mut b = vec![0x09, 0x09, 0x1D, 31, 0x00];
        b.extend([b'x'; 30]);
        let d = parse(&b);
        assert_eq!(d.oddities(), [UNKNOWN_STATE, PASSWORD_TOO_LONG]);
        assert_eq!(parse(&[0x09, 0x07]).state_name(), Some("activate-changes"));
    }
}
