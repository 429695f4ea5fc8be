//! NAT-PMP (RFC 6886) external-address request and answer: the pure codec.
//!
//! Only opcode 0 (external address) is built here. Mapping requests (opcodes 1 and 2) change the
//! router and are never sent; their answers are still decoded as values so that an odd router is
//! reported, not refused.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    clippy::unreachable
)]

use std::net::Ipv4Addr;

use crate::wire::writer::{put_u8, put_u16, put_u32};
use crate::wire::{Reader, WireError};

/// NAT-PMP version (RFC 6886 §3.2); PCP (RFC 6887) is version 2 on the same port.
pub const VERSION: u8 = 0;
/// Opcode of the external-address request; answers add 128.
pub const OP_EXTERNAL_ADDRESS: u8 = 0;
/// Retry schedule (RFC 6886 §3.1 starts at 250 ms and doubles); bounded here to three tries.
pub const RETRY_WAITS_MS: [u64; 3] = [250, 500, 1000];

/// The two-byte external-address request.
pub fn external_address_request() -> Vec<u8> {
    let mut out = Vec::with_capacity(2);
    put_u8(&mut out, VERSION);
    put_u8(&mut out, OP_EXTERNAL_ADDRESS);
    out
}

/// NAT-PMP result codes (RFC 6886 §3.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResultCode {
    Success,
    UnsupportedVersion,
    NotAuthorized,
    NetworkFailure,
    OutOfResources,
    UnsupportedOpcode,
    Unknown(u16),
}

impl ResultCode {
    pub fn from_u16(v: u16) -> Self {
        match v {
            0 => Self::Success,
            1 => Self::UnsupportedVersion,
            2 => Self::NotAuthorized,
            3 => Self::NetworkFailure,
            4 => Self::OutOfResources,
            5 => Self::UnsupportedOpcode,
            n => Self::Unknown(n),
        }
    }

    pub fn to_u16(self) -> u16 {
        match self {
            Self::Success => 0,
            Self::UnsupportedVersion => 1,
            Self::NotAuthorized => 2,
            Self::NetworkFailure => 3,
            Self::OutOfResources => 4,
            Self::UnsupportedOpcode => 5,
            Self::Unknown(n) => n,
        }
    }

    /// Standard name in kebab-case.
    pub fn name(self) -> String {
        match self {
            Self::Success => "success".into(),
            Self::UnsupportedVersion => "unsupported-version".into(),
            Self::NotAuthorized => "not-authorized-refused".into(),
            Self::NetworkFailure => "network-failure".into(),
            Self::OutOfResources => "out-of-resources".into(),
            Self::UnsupportedOpcode => "unsupported-opcode".into(),
            Self::Unknown(n) => format!("unknown-result-{n}"),
        }
    }
}

/// One NAT-PMP answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub version: u8,
    /// Opcode as sent (128 + request opcode).
    pub opcode: u8,
    pub result: ResultCode,
    /// Seconds since the router's port-mapping table was initialised.
    pub epoch_s: u32,
    pub body: ResponseBody,
    /// Bytes after the body (a stack would drop the packet; we keep the answer and say so).
    pub trailing: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResponseBody {
    /// Opcode 128.
    ExternalAddress(Ipv4Addr),
    /// Answers to mapping opcodes (129 UDP, 130 TCP): internal port, mapped port, lifetime.
    Mapping {
        internal_port: u16,
        external_port: u16,
        lifetime_s: u32,
    },
    /// Error answers may stop after the epoch (RFC 6886 §3.5: a router may send only the
    /// first 8 bytes), and unknown opcodes: the raw rest.
    Other(Vec<u8>),
}

impl Response {
    pub fn parse(buf: &[u8]) -> Result<Self, WireError> {
        let mut r = Reader::new(buf, "nat-pmp");
        let version = r.u8()?;
        let opcode = r.u8()?;
        if opcode < 128 {
            return Err(r.error("a request, not an answer"));
        }
        let result = ResultCode::from_u16(r.u16()?);
        let epoch_s = r.u32()?;
        let body = match opcode {
            128 if r.remaining() >= 4 => ResponseBody::ExternalAddress(Ipv4Addr::from(r.u32()?)),
            129 | 130 if r.remaining() >= 8 => ResponseBody::Mapping {
                internal_port: r.u16()?,
                external_port: r.u16()?,
                lifetime_s: r.u32()?,
            },
            _ => ResponseBody::Other(r.rest().to_vec()),
        };
        Ok(Self {
            version,
            opcode,
            result,
            epoch_s,
            body,
            trailing: r.rest().len(),
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        put_u8(out, self.version);
        put_u8(out, self.opcode);
        put_u16(out, self.result.to_u16());
        put_u32(out, self.epoch_s);
        match &self.body {
            ResponseBody::ExternalAddress(ip) => put_u32(out, u32::from(*ip)),
            ResponseBody::Mapping {
                internal_port,
                external_port,
                lifetime_s,
            } => {
                put_u16(out, *internal_port);
                put_u16(out, *external_port);
                put_u32(out, *lifetime_s);
            }
            ResponseBody::Other(b) => out.extend_from_slice(b),
        }
        out.resize(out.len().saturating_add(self.trailing), 0);
    }

    pub fn external_address(&self) -> Option<Ipv4Addr> {
        match self.body {
            ResponseBody::ExternalAddress(ip) => Some(ip),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    // RFC 6886 §3.2 layout: external address 198.19.0.1 (the lab router's WAN), epoch 7 s.
    const ANSWER: [u8; 12] = [0, 128, 0, 0, 0, 0, 0, 7, 198, 19, 0, 1];

    // Real answer of miniupnpd 2.3.1 (Debian) in lab/router to `00 00`, recorded 2026-11-22:
    // success, epoch 3 s, external address 198.19.0.1.
    const MINIUPNPD: [u8; 12] = [0x00, 0x80, 0, 0, 0, 0, 0, 3, 0xc6, 0x13, 0x00, 0x01];

    #[test]
    fn miniupnpd_answer() {
        let r = Response::parse(&MINIUPNPD).unwrap();
        assert_eq!(
            (r.result, r.epoch_s, r.trailing),
            (ResultCode::Success, 3, 0)
        );
        assert_eq!(r.external_address(), Some(Ipv4Addr::new(198, 19, 0, 1)));
        let mut out = Vec::new();
        r.emit(&mut out);
        assert_eq!(out, MINIUPNPD);
        for n in 0..MINIUPNPD.len() {
            let _ = Response::parse(&MINIUPNPD[..n]);
        }
    }

    #[test]
    fn request_is_two_bytes() {
        assert_eq!(external_address_request(), vec![0, 0]);
    }

    #[test]
    fn external_address_answer() {
        let r = Response::parse(&ANSWER).unwrap();
        assert_eq!(r.result, ResultCode::Success);
        assert_eq!(r.epoch_s, 7);
        assert_eq!(r.external_address(), Some(Ipv4Addr::new(198, 19, 0, 1)));
        let mut out = Vec::new();
        r.emit(&mut out);
        assert_eq!(out, ANSWER);
    }

    #[test]
    fn short_error_answer_and_unknown_code() {
        // Unsupported version from a PCP-only server: header and epoch only.
        let r = Response::parse(&[0, 128, 0, 1, 0, 0, 0, 9]).unwrap();
        assert_eq!(r.result.name(), "unsupported-version");
        assert_eq!(r.external_address(), None);
        assert_eq!(ResultCode::from_u16(77).name(), "unknown-result-77");
    }

    #[test]
    fn requests_are_not_answers() {
        assert!(Response::parse(&[0, 0]).is_err());
    }

    #[test]
    fn every_prefix_is_ok_or_err() {
        for n in 0..=ANSWER.len() {
            let _ = Response::parse(&ANSWER[..n]);
        }
    }

    #[test]
    fn trailing_bytes_are_counted() {
        let mut b = ANSWER.to_vec();
        b.extend_from_slice(&[1, 2]);
        let r = Response::parse(&b).unwrap();
        assert_eq!(r.trailing, 2);
        let mut out = Vec::new();
        r.emit(&mut out);
        assert_eq!(out.len(), b.len());
    }

    proptest! {
        #[test]
        fn emit_parse_roundtrip(code in 0u16..20, epoch in any::<u32>(), ip in any::<u32>(),
                                ports in any::<(u16, u16, u32)>(), map in any::<bool>()) {
            let r = Response {
                version: 0,
                opcode: if map { 129 } else { 128 },
                result: ResultCode::from_u16(code),
                epoch_s: epoch,
                body: if map {
                    ResponseBody::Mapping { internal_port: ports.0, external_port: ports.1, lifetime_s: ports.2 }
                } else {
                    ResponseBody::ExternalAddress(Ipv4Addr::from(ip))
                },
                trailing: 0,
            };
            let mut out = Vec::new();
            r.emit(&mut out);
            prop_assert_eq!(Response::parse(&out).unwrap(), r);
        }

        #[test]
        fn garbage_never_panics(b in proptest::collection::vec(any::<u8>(), 0..64)) {
            let _ = Response::parse(&b);
        }
    }
}
