//! PCP (RFC 6887) ANNOUNCE: the pure codec. ANNOUNCE only asks "are you there, which version";
//! MAP and PEER create mappings and are never built here.
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

pub const VERSION: u8 = 2;
pub const OP_ANNOUNCE: u8 = 0;
/// Common request/response header length (RFC 6887 §7.1, §7.2).
pub const HEADER_LEN: usize = 24;
/// Largest PCP message (RFC 6887 §7: 1100 octets); longer answers are still read, and flagged.
pub const MAX_MESSAGE: usize = 1100;

/// ANNOUNCE request from `client` (its IPv4 address, IPv4-mapped as the RFC asks).
pub fn announce_request(client: Ipv4Addr) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN);
    put_u8(&mut out, VERSION);
    put_u8(&mut out, OP_ANNOUNCE);
    put_u16(&mut out, 0);
    // Requested lifetime: 0 for ANNOUNCE.
    put_u32(&mut out, 0);
    out.extend_from_slice(&client.to_ipv6_mapped().octets());
    out
}

/// PCP result codes (RFC 6887 §7.4), kebab-case names.
pub fn result_name(code: u8) -> String {
    let n = match code {
        0 => "success",
        1 => "unsupp-version",
        2 => "not-authorized",
        3 => "malformed-request",
        4 => "unsupp-opcode",
        5 => "unsupp-option",
        6 => "malformed-option",
        7 => "network-failure",
        8 => "no-resources",
        9 => "unsupp-protocol",
        10 => "user-ex-quota",
        11 => "cannot-provide-external",
        12 => "address-mismatch",
        13 => "excessive-remote-peers",
        c => return format!("unknown-result-{c}"),
    };
    n.into()
}

/// An answer on the PCP port: either a PCP response, or the NAT-PMP "unsupported version"
/// that a NAT-PMP-only router sends back to a version-2 request (RFC 6887 §9).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Answer {
    Pcp(Response),
    NatPmpOnly { result: u16 },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Response {
    pub version: u8,
    pub opcode: u8,
    pub result: u8,
    pub lifetime_s: u32,
    pub epoch_s: u32,
    /// Opcode-specific data and options (ANNOUNCE has none).
    pub rest: Vec<u8>,
    pub reserved_nonzero: bool,
    /// Longer than RFC 6887's 1100-octet limit.
    pub oversized: bool,
}

impl Answer {
    pub fn parse(buf: &[u8]) -> Result<Self, WireError> {
        let mut r = Reader::new(buf, "pcp");
        let version = r.u8()?;
        if version == 0 {
            let _opcode = r.u8()?;
            return Ok(Self::NatPmpOnly { result: r.u16()? });
        }
        let op = r.u8()?;
        if op & 0x80 == 0 {
            return Err(r.error("a request, not an answer"));
        }
        let reserved = r.u8()?;
        let result = r.u8()?;
        let lifetime_s = r.u32()?;
        let epoch_s = r.u32()?;
        let res2 = r.array::<12>()?;
        Ok(Self::Pcp(Response {
            version,
            opcode: op & 0x7f,
            result,
            lifetime_s,
            epoch_s,
            rest: r.rest().to_vec(),
            reserved_nonzero: reserved != 0 || res2.iter().any(|b| *b != 0),
            oversized: buf.len() > MAX_MESSAGE,
        }))
    }
}

impl Response {
    pub fn emit(&self, out: &mut Vec<u8>) {
        put_u8(out, self.version);
        put_u8(out, self.opcode | 0x80);
        put_u8(out, u8::from(self.reserved_nonzero));
        put_u8(out, self.result);
        put_u32(out, self.lifetime_s);
        put_u32(out, self.epoch_s);
        out.extend_from_slice(&[0; 12]);
        out.extend_from_slice(&self.rest);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn announce_layout() {
        let b = announce_request(Ipv4Addr::new(198, 18, 1, 2));
        assert_eq!(b.len(), HEADER_LEN);
        assert_eq!(&b[..8], &[2, 0, 0, 0, 0, 0, 0, 0]);
        assert_eq!(
            &b[8..],
            &[0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 198, 18, 1, 2]
        );
    }

    #[test]
    fn success_answer_and_prefixes() {
        let resp = Response {
            version: 2,
            opcode: 0,
            result: 0,
            lifetime_s: 0,
            epoch_s: 42,
            rest: vec![],
            reserved_nonzero: false,
            oversized: false,
        };
        let mut b = Vec::new();
        resp.emit(&mut b);
        assert_eq!(b.len(), HEADER_LEN);
        assert_eq!(Answer::parse(&b).unwrap(), Answer::Pcp(resp));
        for n in 0..b.len() {
            assert!(Answer::parse(&b[..n]).is_err() || n >= 4);
        }
    }

    #[test]
    fn miniupnpd_announce_answer() {
        // Real answer of miniupnpd 2.3.1 in lab/router to ANNOUNCE from 198.18.1.2,
        // recorded 2026-11-22: version 2, ANNOUNCE response, success, epoch 3 s.
        let b = [
            0x02, 0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        ];
        let Answer::Pcp(r) = Answer::parse(&b).unwrap() else {
            panic!("not PCP")
        };
        assert_eq!(
            (r.version, r.opcode, r.result, r.epoch_s),
            (2, OP_ANNOUNCE, 0, 3)
        );
        assert!(!r.reserved_nonzero && !r.oversized && r.rest.is_empty());
        let mut out = Vec::new();
        r.emit(&mut out);
        assert_eq!(out, b);
        for n in 0..b.len() {
            assert!(Answer::parse(&b[..n]).is_err());
        }
    }

    #[test]
    fn nat_pmp_only_router() {
        assert_eq!(
            Answer::parse(&[0, 128, 0, 1, 0, 0, 0, 5]).unwrap(),
            Answer::NatPmpOnly { result: 1 }
        );
        assert_eq!(result_name(1), "unsupp-version");
        assert_eq!(result_name(99), "unknown-result-99");
    }

    #[test]
    fn our_own_request_is_refused_as_answer() {
        assert!(Answer::parse(&announce_request(Ipv4Addr::LOCALHOST)).is_err());
    }

    proptest! {
        #[test]
        fn roundtrip(version in 1u8..=255, op in 0u8..128, result in any::<u8>(),
                     life in any::<u32>(), epoch in any::<u32>(),
                     rest in proptest::collection::vec(any::<u8>(), 0..40)) {
            let r = Response { version, opcode: op, result, lifetime_s: life, epoch_s: epoch,
                               rest, reserved_nonzero: false, oversized: false };
            let mut b = Vec::new();
            r.emit(&mut b);
            prop_assert_eq!(Answer::parse(&b).unwrap(), Answer::Pcp(r));
        }

        #[test]
        fn garbage_never_panics(b in proptest::collection::vec(any::<u8>(), 0..80)) {
            let _ = Answer::parse(&b);
        }
    }
}
