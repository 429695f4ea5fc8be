//! STUN (RFC 5389) Binding: the pure codec of the one request the opt-in STUN step sends, and
//! of its answer. The answer names the address and port the server saw the request come from
//! (XOR-MAPPED-ADDRESS, or the older MAPPED-ADDRESS of RFC 3489 servers): what the internet
//! sees of this site, *as that server claims it* (design §10). Nothing here does I/O.
//!
//! Only the Binding method is built. The request carries no attributes at all (no SOFTWARE:
//! the server learns nothing but the site's address, port and the time). Answers are read
//! with the wire rules: bounds-checked, unknown attributes kept as values, oddities (length
//! mismatch, missing padding, a wrong FINGERPRINT, more attributes than we read) flagged.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    clippy::unreachable
)]

use std::net::{Ipv4Addr, Ipv6Addr, SocketAddrV4};

use crate::wire::writer::{put_u16, put_u32};
use crate::wire::{Reader, WireError};

/// The fixed magic cookie of every RFC 5389 message.
pub const MAGIC_COOKIE: u32 = 0x2112_A442;
pub const HEADER_LEN: usize = 20;
/// Message types (method Binding = 1).
pub const BINDING_REQUEST: u16 = 0x0001;
pub const BINDING_SUCCESS: u16 = 0x0101;
pub const BINDING_ERROR: u16 = 0x0111;
/// Attribute types read here.
pub const ATTR_MAPPED_ADDRESS: u16 = 0x0001;
pub const ATTR_ERROR_CODE: u16 = 0x0009;
pub const ATTR_XOR_MAPPED_ADDRESS: u16 = 0x0020;
pub const ATTR_SOFTWARE: u16 = 0x8022;
pub const ATTR_FINGERPRINT: u16 = 0x8028;
/// FINGERPRINT is the CRC-32 of the message before it, XORed with this ("STUN").
pub const FINGERPRINT_XOR: u32 = 0x5354_554e;
/// Attributes read at most from one answer (the rest are counted, not kept).
pub const MAX_ATTRIBUTES: usize = 32;
/// Longest SOFTWARE / reason phrase kept (RFC 5389: fewer than 128 characters).
pub const MAX_TEXT: usize = 128;
/// Retransmissions (RFC 5389 §7.2.1 starts at 500 ms and doubles, 7 times; three are enough
/// to tell "no answer" here, and keep the step under four seconds).
pub const RETRY_WAITS_MS: [u64; 3] = [500, 1000, 2000];
/// The STUN port when the user names none.
pub const DEFAULT_PORT: u16 = 3478;

/// 96 bits that pair an answer with its request.
pub type TransactionId = [u8; 12];

/// The 20-byte Binding request: no attributes.
pub fn binding_request(tid: &TransactionId) -> Vec<u8> {
    let mut out = Vec::with_capacity(HEADER_LEN);
    put_u16(&mut out, BINDING_REQUEST);
    put_u16(&mut out, 0);
    put_u32(&mut out, MAGIC_COOKIE);
    out.extend_from_slice(tid);
    out
}

/// An address attribute's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Address {
    V4(SocketAddrV4),
    V6 {
        ip: Ipv6Addr,
        port: u16,
    },
    /// A family byte that is neither 1 (IPv4) nor 2 (IPv6), or a value of the wrong length.
    Malformed {
        family: u8,
        len: usize,
    },
}

/// One attribute of an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attribute {
    MappedAddress(Address),
    /// Already un-XORed.
    XorMappedAddress(Address),
    ErrorCode {
        code: u16,
        reason: String,
    },
    Software(String),
    Fingerprint(u32),
    Unknown {
        kind: u16,
        len: usize,
    },
}

/// What looked odd in a message; a stack would drop some of these, an audit reports them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Oddities {
    /// The header's length differs from the bytes that followed (the shorter one was read).
    pub length_mismatch: bool,
    /// An attribute's value ran past the end, or its padding was missing.
    pub truncated_attribute: bool,
    /// Attributes after the first [`MAX_ATTRIBUTES`], counted only.
    pub attributes_not_read: usize,
    /// FINGERPRINT present: did it match the bytes before it?
    pub fingerprint_ok: Option<bool>,
    /// Unknown comprehension-required attributes (types below 0x8000).
    pub unknown_required: Vec<u16>,
}

/// A parsed STUN message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub message_type: u16,
    pub transaction_id: TransactionId,
    pub attributes: Vec<Attribute>,
    pub oddities: Oddities,
}

fn text(bytes: &[u8]) -> String {
    let s = String::from_utf8_lossy(bytes);
    let mut out = String::new();
    for c in s.chars().take(MAX_TEXT) {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

fn address(value: &[u8], xor: Option<&TransactionId>) -> Address {
    let mut r = Reader::new(value, "stun-address");
    let (Ok(_reserved), Ok(family), Ok(port)) = (r.u8(), r.u8(), r.u16()) else {
        return Address::Malformed {
            family: 0,
            len: value.len(),
        };
    };
    let cookie = MAGIC_COOKIE.to_be_bytes();
    let port = match xor {
        Some(_) => port ^ (MAGIC_COOKIE >> 16) as u16,
        None => port,
    };
    match (family, r.rest()) {
        (1, rest) if rest.len() == 4 => {
            let mut ip = [0u8; 4];
            for ((b, v), k) in ip.iter_mut().zip(rest).zip(cookie) {
                *b = if xor.is_some() { v ^ k } else { *v };
            }
            Address::V4(SocketAddrV4::new(Ipv4Addr::from(ip), port))
        }
        (2, rest) if rest.len() == 16 => {
            let mut key = [0u8; 16];
            if let Some(tid) = xor {
                for (k, v) in key.iter_mut().zip(cookie.iter().chain(tid.iter())) {
                    *k = *v;
                }
            }
            let mut ip = [0u8; 16];
            for (b, (v, k)) in ip.iter_mut().zip(rest.iter().zip(key)) {
                *b = v ^ k;
            }
            Address::V6 {
                ip: Ipv6Addr::from(ip),
                port,
            }
        }
        (family, rest) => Address::Malformed {
            family,
            len: rest.len().saturating_add(4),
        },
    }
}

/// CRC-32 (ISO-HDLC, the one FINGERPRINT uses), bitwise: answers are small.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut crc = u32::MAX;
    for b in bytes {
        crc ^= u32::from(*b);
        for _ in 0..8 {
            let mask = (crc & 1).wrapping_neg();
            crc = (crc >> 1) ^ (0xEDB8_8320 & mask);
        }
    }
    !crc
}

impl Message {
    /// Parse one datagram. `Err` only when it cannot be a STUN message at all (too short,
    /// top bits set, wrong magic cookie); everything else is read and flagged.
    pub fn parse(buf: &[u8]) -> Result<Self, WireError> {
        let mut r = Reader::new(buf, "stun");
        let message_type = r.u16()?;
        if message_type & 0xC000 != 0 {
            return Err(r.error("not STUN (the top two bits are set)"));
        }
        let length = usize::from(r.u16()?);
        if r.u32()? != MAGIC_COOKIE {
            return Err(r.error("not RFC 5389 STUN (wrong magic cookie)"));
        }
        let transaction_id: TransactionId = r.array()?;
        let mut oddities = Oddities {
            length_mismatch: length != r.remaining(),
            ..Oddities::default()
        };
        let body_len = length.min(r.remaining());
        let mut body = r.sub(body_len)?;
        let mut attributes = Vec::new();
        while body.remaining() >= 4 {
            let start = HEADER_LEN.saturating_add(body.position());
            let kind = body.u16()?;
            let len = usize::from(body.u16()?);
            let Ok(value) = body.take(len) else {
                oddities.truncated_attribute = true;
                break;
            };
            let pad = (4 - len % 4) % 4;
            if body.take(pad).is_err() {
                oddities.truncated_attribute = true;
            }
            if attributes.len() >= MAX_ATTRIBUTES {
                oddities.attributes_not_read = oddities.attributes_not_read.saturating_add(1);
                continue;
            }
            let attribute = match kind {
                ATTR_MAPPED_ADDRESS => Attribute::MappedAddress(address(value, None)),
                ATTR_XOR_MAPPED_ADDRESS => {
                    Attribute::XorMappedAddress(address(value, Some(&transaction_id)))
                }
                ATTR_ERROR_CODE => {
                    let mut v = Reader::new(value, "stun-error-code");
                    match (v.u16(), v.u8(), v.u8()) {
                        (Ok(_), Ok(class), Ok(number)) => Attribute::ErrorCode {
                            code: u16::from(class & 0x07) * 100 + u16::from(number),
                            reason: text(v.rest()),
                        },
                        _ => Attribute::Unknown { kind, len },
                    }
                }
                ATTR_SOFTWARE => Attribute::Software(text(value)),
                ATTR_FINGERPRINT => {
                    let got = Reader::new(value, "stun-fingerprint").u32().ok();
                    let before = buf.get(..start).unwrap_or_default();
                    oddities.fingerprint_ok =
                        Some(got == Some(crc32(before) ^ FINGERPRINT_XOR) && len == 4);
                    Attribute::Fingerprint(got.unwrap_or(0))
                }
                k => {
                    if k < 0x8000 {
                        oddities.unknown_required.push(k);
                    }
                    Attribute::Unknown { kind, len }
                }
            };
            attributes.push(attribute);
        }
        if body.remaining() > 0 {
            oddities.truncated_attribute = true;
        }
        Ok(Self {
            message_type,
            transaction_id,
            attributes,
            oddities,
        })
    }

    pub fn software(&self) -> Option<&str> {
        self.attributes.iter().find_map(|a| match a {
            Attribute::Software(s) => Some(s.as_str()),
            _ => None,
        })
    }
}

/// What a Binding answer tells, or why it tells nothing usable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapped {
    /// The address and port the server says it saw.
    pub addr: SocketAddrV4,
    /// From XOR-MAPPED-ADDRESS (RFC 5389); `false`: only the older MAPPED-ADDRESS.
    pub xor: bool,
    /// Both were present and named different addresses (a router rewriting addresses inside
    /// packets does that to the plain one); the XOR one is used.
    pub disagree: bool,
    pub software: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    /// Not a STUN message.
    Undecodable(String),
    /// A STUN message, but not the answer to our request (another transaction or type).
    NotOurs,
    /// A Binding error response (RFC 5389 §15.6).
    Refused { code: u16, reason: String },
    /// The FINGERPRINT does not match: damaged or forged.
    BadFingerprint,
    /// Only an IPv6 address (this tool is IPv4 only).
    Ipv6Only(Ipv6Addr),
    /// No usable address attribute.
    NoAddress,
}

/// Read the answer to the request with `tid`.
pub fn read_answer(buf: &[u8], tid: &TransactionId) -> Result<Mapped, AnswerError> {
    let m = Message::parse(buf).map_err(|e| AnswerError::Undecodable(e.to_string()))?;
    if m.transaction_id != *tid {
        return Err(AnswerError::NotOurs);
    }
    if m.oddities.fingerprint_ok == Some(false) {
        return Err(AnswerError::BadFingerprint);
    }
    match m.message_type {
        BINDING_SUCCESS => {}
        BINDING_ERROR => {
            let (code, reason) = m
                .attributes
                .iter()
                .find_map(|a| match a {
                    Attribute::ErrorCode { code, reason } => Some((*code, reason.clone())),
                    _ => None,
                })
                .unwrap_or((0, String::new()));
            return Err(AnswerError::Refused { code, reason });
        }
        _ => return Err(AnswerError::NotOurs),
    }
    let first = |want_xor: bool| {
        m.attributes.iter().find_map(|a| match (a, want_xor) {
            (Attribute::XorMappedAddress(x), true) | (Attribute::MappedAddress(x), false) => {
                Some(*x)
            }
            _ => None,
        })
    };
    let (xor, plain) = (first(true), first(false));
    let software = m.software().map(str::to_owned);
    let v4 = |a: Option<Address>| match a {
        Some(Address::V4(s)) => Some(s),
        _ => None,
    };
    match (v4(xor), v4(plain)) {
        (Some(addr), p) => Ok(Mapped {
            addr,
            xor: true,
            disagree: p.is_some_and(|p| p != addr),
            software,
        }),
        (None, Some(addr)) => Ok(Mapped {
            addr,
            xor: false,
            disagree: false,
            software,
        }),
        (None, None) => match xor.or(plain) {
            Some(Address::V6 { ip, .. }) => Err(AnswerError::Ipv6Only(ip)),
            _ => Err(AnswerError::NoAddress),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const RFC5769_TID: TransactionId = [
        0xb7, 0xe7, 0xa7, 0x01, 0xbc, 0x34, 0xd6, 0x86, 0xfa, 0x87, 0xdf, 0xae,
    ];

    /// RFC 5769 §2.2, "Sample IPv4 Response": SOFTWARE "test vector", XOR-MAPPED-ADDRESS
    /// 192.0.2.1:32853, MESSAGE-INTEGRITY, FINGERPRINT.
    const RFC5769_IPV4: [u8; 80] = [
        0x01, 0x01, 0x00, 0x3c, 0x21, 0x12, 0xa4, 0x42, 0xb7, 0xe7, 0xa7, 0x01, 0xbc, 0x34, 0xd6,
        0x86, 0xfa, 0x87, 0xdf, 0xae, 0x80, 0x22, 0x00, 0x0b, 0x74, 0x65, 0x73, 0x74, 0x20, 0x76,
        0x65, 0x63, 0x74, 0x6f, 0x72, 0x20, 0x00, 0x20, 0x00, 0x08, 0x00, 0x01, 0xa1, 0x47, 0xe1,
        0x12, 0xa6, 0x43, 0x00, 0x08, 0x00, 0x14, 0x2b, 0x91, 0xf5, 0x99, 0xfd, 0x9e, 0x90, 0xc3,
        0x8c, 0x74, 0x89, 0xf9, 0x2a, 0xf9, 0xba, 0x53, 0xf0, 0x6b, 0xe7, 0xd7, 0x80, 0x28, 0x00,
        0x04, 0xc0, 0x7d, 0x4c, 0x96,
    ];

    #[test]
    fn rfc5769_ipv4_response() {
        let m = Message::parse(&RFC5769_IPV4).unwrap();
        assert_eq!(m.message_type, BINDING_SUCCESS);
        assert_eq!(m.oddities.fingerprint_ok, Some(true));
        assert!(!m.oddities.length_mismatch && !m.oddities.truncated_attribute);
        assert_eq!(m.software(), Some("test vector"));
        // MESSAGE-INTEGRITY (0x0008) is comprehension-required and not read: kept, flagged.
        assert_eq!(m.oddities.unknown_required, vec![0x0008]);
        let a = read_answer(&RFC5769_IPV4, &RFC5769_TID).unwrap();
        assert_eq!(a.addr, "192.0.2.1:32853".parse().unwrap());
        assert!(a.xor && !a.disagree);
        assert_eq!(a.software.as_deref(), Some("test vector"));
        // Another transaction's answer is not ours.
        assert_eq!(
            read_answer(&RFC5769_IPV4, &[0; 12]),
            Err(AnswerError::NotOurs)
        );
    }

    #[test]
    fn a_changed_byte_breaks_the_fingerprint() {
        let mut b = RFC5769_IPV4;
        b[45] ^= 1; // inside the XOR-MAPPED-ADDRESS
        assert_eq!(
            read_answer(&b, &RFC5769_TID),
            Err(AnswerError::BadFingerprint)
        );
    }

    #[test]
    fn ipv6_only_answer() {
        // RFC 5769 §2.3's XOR-MAPPED-ADDRESS for 2001:db8:1234:5678:11:2233:4455:6677 port
        // 32853, in a minimal answer without the other attributes.
        let mut b = vec![0x01, 0x01, 0x00, 0x18, 0x21, 0x12, 0xa4, 0x42];
        b.extend_from_slice(&RFC5769_TID);
        b.extend_from_slice(&[0x00, 0x20, 0x00, 0x14, 0x00, 0x02, 0xa1, 0x47]);
        b.extend_from_slice(&[
            0x01, 0x13, 0xa9, 0xfa, 0xa5, 0xd3, 0xf1, 0x79, 0xbc, 0x25, 0xf4, 0xb5, 0xbe, 0xd2,
            0xb9, 0xd9,
        ]);
        assert_eq!(
            read_answer(&b, &RFC5769_TID),
            Err(AnswerError::Ipv6Only(
                "2001:db8:1234:5678:11:2233:4455:6677".parse().unwrap()
            ))
        );
    }

    /// The answer lab/router/stun.py (the router lab's ISP server; its `answer()` run under
    /// python 3.11) gives to `binding_request([1..=12])` arriving from 198.19.0.1:40000 (the
    /// auditor after the router's masquerade): MAPPED-ADDRESS then XOR-MAPPED-ADDRESS, no
    /// FINGERPRINT. The router lab tests ask the running server as well.
    const LAB_STUN_PY: [u8; 44] = [
        0x01, 0x01, 0x00, 0x18, 0x21, 0x12, 0xa4, 0x42, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12,
        0x00, 0x01, 0x00, 0x08, 0x00, 0x01, 0x9c, 0x40, 0xc6, 0x13, 0x00, 0x01, 0x00, 0x20, 0x00,
        0x08, 0x00, 0x01, 0xbd, 0x52, 0xe7, 0x01, 0xa4, 0x43,
    ];

    #[test]
    fn lab_server_answer_with_both_attributes() {
        let tid = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
        let a = read_answer(&LAB_STUN_PY, &tid).unwrap();
        assert_eq!(a.addr, "198.19.0.1:40000".parse().unwrap());
        assert!(a.xor && !a.disagree);
        // The plain attribute alone (an RFC 3489 server) still gives the address.
        let mut plain = LAB_STUN_PY[..32].to_vec();
        plain[3] = 0x0c;
        let a = read_answer(&plain, &tid).unwrap();
        assert_eq!(a.addr, "198.19.0.1:40000".parse().unwrap());
        assert!(!a.xor);
        // An address-rewriting router changed only the plain one: disagreement flagged.
        let mut rewritten = LAB_STUN_PY;
        rewritten[31] = 9;
        let a = read_answer(&rewritten, &tid).unwrap();
        assert!(a.disagree);
        assert_eq!(a.addr, "198.19.0.1:40000".parse().unwrap());
    }

    #[test]
    fn request_layout_and_not_an_answer() {
        let tid = [9; 12];
        let r = binding_request(&tid);
        assert_eq!(r.len(), HEADER_LEN);
        assert_eq!(&r[..8], &[0x00, 0x01, 0x00, 0x00, 0x21, 0x12, 0xa4, 0x42]);
        assert_eq!(&r[8..], &tid);
        // Our own request read back is a message, but not an answer.
        assert_eq!(read_answer(&r, &tid), Err(AnswerError::NotOurs));
    }

    #[test]
    fn error_response_and_oddities() {
        let mut b = vec![0x01, 0x11, 0x00, 0x10, 0x21, 0x12, 0xa4, 0x42];
        b.extend_from_slice(&[7; 12]);
        // ERROR-CODE 420 "Unknown" (7 octets, one of padding).
        b.extend_from_slice(&[0x00, 0x09, 0x00, 0x0b, 0, 0, 4, 20]);
        b.extend_from_slice(b"Unk\x01own\0");
        assert_eq!(
            read_answer(&b, &[7; 12]),
            Err(AnswerError::Refused {
                code: 420,
                reason: "Unk\\u{1}own".into()
            })
        );
        // Length field past the end: read what is there, flagged.
        let mut long = b.clone();
        long[3] = 0x40;
        let m = Message::parse(&long).unwrap();
        assert!(m.oddities.length_mismatch);
        assert!(Message::parse(&[0xc0, 0x01]).is_err());
        let mut cookie = b.clone();
        cookie[4] = 0;
        assert!(Message::parse(&cookie).is_err());
    }

    #[test]
    fn every_prefix_is_ok_or_err() {
        for n in 0..=RFC5769_IPV4.len() {
            let _ = read_answer(&RFC5769_IPV4[..n], &RFC5769_TID);
        }
        for n in 0..=LAB_STUN_PY.len() {
            let _ = read_answer(&LAB_STUN_PY[..n], &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
        }
    }

    #[test]
    fn many_attributes_are_counted_not_kept() {
        let mut b = vec![0x01, 0x01, 0x00, 0x00, 0x21, 0x12, 0xa4, 0x42];
        b.extend_from_slice(&[3; 12]);
        for _ in 0..100 {
            b.extend_from_slice(&[0x80, 0x99, 0x00, 0x00]);
        }
        let len = (b.len() - HEADER_LEN) as u16;
        b[2..4].copy_from_slice(&len.to_be_bytes());
        let m = Message::parse(&b).unwrap();
        assert_eq!(m.attributes.len(), MAX_ATTRIBUTES);
        assert_eq!(m.oddities.attributes_not_read, 100 - MAX_ATTRIBUTES);
        assert_eq!(read_answer(&b, &[3; 12]), Err(AnswerError::NoAddress));
    }

    proptest! {
        #[test]
        fn garbage_never_panics(b in proptest::collection::vec(any::<u8>(), 0..200)) {
            let _ = read_answer(&b, &[0; 12]);
        }

        #[test]
        fn any_v4_address_survives_the_xor(ip in any::<u32>(), port in any::<u16>(),
                                           tid in any::<[u8; 12]>()) {
            let mut b = vec![0x01, 0x01, 0x00, 0x0c];
            put_u32(&mut b, MAGIC_COOKIE);
            b.extend_from_slice(&tid);
            b.extend_from_slice(&[0x00, 0x20, 0x00, 0x08, 0x00, 0x01]);
            put_u16(&mut b, port ^ 0x2112);
            put_u32(&mut b, ip ^ MAGIC_COOKIE);
            let a = read_answer(&b, &tid).unwrap();
            prop_assert_eq!(a.addr, SocketAddrV4::new(Ipv4Addr::from(ip), port));
        }
    }
}
