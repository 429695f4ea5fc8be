//! KNX IP Secure (AN159, 03_08_09): recognised and split into fields, never decrypted.
//!
//! SECURE_WRAPPER: session id, 48-bit sequence, serial, message tag, the encrypted frame, and a
//! 16-byte MAC. Session set-up: SESSION_REQUEST (HPAI + ECDH client public value),
//! SESSION_RESPONSE (session id + server public value + MAC), SESSION_AUTHENTICATE (user id +
//! MAC, normally sent inside a wrapper), SESSION_STATUS. TIMER_NOTIFY synchronises the routing
//! timer of secure multicast.

use super::hpai::Hpai;
use crate::wire::writer::{put_u8, put_u16};
use crate::wire::{Reader, WireError};

pub const MAC_LEN: usize = 16;
/// X25519 public value length.
pub const PUBLIC_VALUE_LEN: usize = 32;

fn take_mac_at_end<'a>(r: &mut Reader<'a>) -> Result<(&'a [u8], [u8; MAC_LEN]), WireError> {
    let n = r
        .remaining()
        .checked_sub(MAC_LEN)
        .ok_or_else(|| r.error("missing message authentication code"))?;
    let head = r.take(n)?;
    let mac = r.array::<MAC_LEN>()?;
    Ok((head, mac))
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SecureWrapper {
    /// 0 for secure multicast (routing), the session id for unicast sessions.
    pub session_id: u16,
    pub sequence: [u8; 6],
    pub serial: [u8; 6],
    pub message_tag: u16,
    /// The encrypted KNXnet/IP frame, kept as sent.
    pub encrypted: Vec<u8>,
    pub mac: [u8; MAC_LEN],
}

impl SecureWrapper {
    pub fn sequence_number(&self) -> u64 {
        self.sequence
            .iter()
            .fold(0u64, |acc, &b| (acc << 8) | u64::from(b))
    }
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let session_id = r.u16()?;
        let sequence = r.array()?;
        let serial = r.array()?;
        let message_tag = r.u16()?;
        let (encrypted, mac) = take_mac_at_end(r)?;
        Ok(Self {
            session_id,
            sequence,
            serial,
            message_tag,
            encrypted: encrypted.to_vec(),
            mac,
        })
    }
    pub fn emit(&self, out: &mut Vec<u8>) {
        put_u16(out, self.session_id);
        out.extend_from_slice(&self.sequence);
        out.extend_from_slice(&self.serial);
        put_u16(out, self.message_tag);
        out.extend_from_slice(&self.encrypted);
        out.extend_from_slice(&self.mac);
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRequest {
    pub control_endpoint: Hpai,
    /// Should be [`PUBLIC_VALUE_LEN`] bytes; kept whatever its length.
    pub client_public_value: Vec<u8>,
}

impl SessionRequest {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self {
            control_endpoint: Hpai::parse(r)?,
            client_public_value: r.rest().to_vec(),
        })
    }
    pub fn emit(&self, out: &mut Vec<u8>) {
        self.control_endpoint.emit(out);
        out.extend_from_slice(&self.client_public_value);
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionResponse {
    pub session_id: u16,
    pub server_public_value: Vec<u8>,
    pub mac: [u8; MAC_LEN],
}

impl SessionResponse {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let session_id = r.u16()?;
        let (value, mac) = take_mac_at_end(r)?;
        Ok(Self {
            session_id,
            server_public_value: value.to_vec(),
            mac,
        })
    }
    pub fn emit(&self, out: &mut Vec<u8>) {
        put_u16(out, self.session_id);
        out.extend_from_slice(&self.server_public_value);
        out.extend_from_slice(&self.mac);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionAuthenticate {
    pub reserved: u8,
    /// 1 is the management user; 2.. are tunnelling users.
    pub user_id: u8,
    pub mac: [u8; MAC_LEN],
}

impl SessionAuthenticate {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self {
            reserved: r.u8()?,
            user_id: r.u8()?,
            mac: r.array()?,
        })
    }
    pub fn emit(&self, out: &mut Vec<u8>) {
        put_u8(out, self.reserved);
        put_u8(out, self.user_id);
        out.extend_from_slice(&self.mac);
    }
}

/// SESSION_STATUS code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SessionStatusCode(pub u8);

impl SessionStatusCode {
    pub const fn name(self) -> &'static str {
        match self.0 {
            0x00 => "authentication-success",
            0x01 => "authentication-failed",
            0x02 => "unauthenticated",
            0x03 => "timeout",
            0x04 => "keepalive",
            0x05 => "close",
            _ => "unknown-session-status",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionStatus {
    pub status: SessionStatusCode,
    pub reserved: u8,
}

impl SessionStatus {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self {
            status: SessionStatusCode(r.u8()?),
            reserved: r.u8()?,
        })
    }
    pub fn emit(&self, out: &mut Vec<u8>) {
        put_u8(out, self.status.0);
        put_u8(out, self.reserved);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimerNotify {
    pub timer: [u8; 6],
    pub serial: [u8; 6],
    pub message_tag: u16,
    pub mac: [u8; MAC_LEN],
}

impl TimerNotify {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self {
            timer: r.array()?,
            serial: r.array()?,
            message_tag: r.u16()?,
            mac: r.array()?,
        })
    }
    pub fn emit(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.timer);
        out.extend_from_slice(&self.serial);
        put_u16(out, self.message_tag);
        out.extend_from_slice(&self.mac);
    }
}
