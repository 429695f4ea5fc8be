//! BACnet Virtual Link Layer for BACnet/IP (ASHRAE 135 Annex J): type 0x81, function, length.
//!
//! Length handling follows what tshark 4.0 shows, found on the 240 frames of
//! `cisagov-icsnpp_bacnet_example.pcap` whose BVLC Length (17) disagrees with the UDP payload:
//! every field is read from the bytes the datagram actually carries after the fixed BVLC part
//! (4 octets, 10 for Forwarded-NPDU), and the NPDU is everything that follows, whether the length
//! field is larger or smaller. The disagreement is kept in [`Bvlc::length_mismatch`] rather than
//! refused: a device that gets the length wrong is something an audit reports, not a reason to
//! stop reading. A length field smaller than the fixed part is refused, as tshark does
//! (it then shows the datagram as plain data).

use std::net::{Ipv4Addr, SocketAddrV4};

use crate::wire::writer::{patch_u16, put_u8, put_u16};
use crate::wire::{Reader, WireError};

const LAYER: &str = "bvlc";

/// BVLC type octet of BACnet/IP (Annex J).
pub const BVLC_TYPE_BIP: u8 = 0x81;
/// BVLC type octet of BACnet/IPv6 (Annex U), recognised and refused with its own reason.
pub const BVLC_TYPE_BIP6: u8 = 0x82;
/// Type, function and length.
pub const BVLC_HEADER_LEN: usize = 4;
/// Size of one Broadcast Distribution Table entry and of one Foreign Device Table entry.
pub const TABLE_ENTRY_LEN: usize = 10;

/// `what` of the error for a BACnet/IPv6 BVLL, so that callers can count it apart.
pub const WHAT_BIP6: &str = "bacnet/ipv6 bvlc not supported";

pub mod function {
    pub const RESULT: u8 = 0x00;
    pub const WRITE_BDT: u8 = 0x01;
    pub const READ_BDT: u8 = 0x02;
    pub const READ_BDT_ACK: u8 = 0x03;
    pub const FORWARDED_NPDU: u8 = 0x04;
    pub const REGISTER_FOREIGN_DEVICE: u8 = 0x05;
    pub const READ_FDT: u8 = 0x06;
    pub const READ_FDT_ACK: u8 = 0x07;
    pub const DELETE_FDT_ENTRY: u8 = 0x08;
    pub const DISTRIBUTE_BROADCAST_TO_NETWORK: u8 = 0x09;
    pub const ORIGINAL_UNICAST_NPDU: u8 = 0x0a;
    pub const ORIGINAL_BROADCAST_NPDU: u8 = 0x0b;
    pub const SECURE_BVLL: u8 = 0x0c;
}

/// Result code of a BVLC-Result (Annex J.2.1.1).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BvlcResultCode {
    SuccessfulCompletion,
    WriteBdtNak,
    ReadBdtNak,
    RegisterForeignDeviceNak,
    ReadFdtNak,
    DeleteFdtEntryNak,
    DistributeBroadcastToNetworkNak,
    Unknown(u16),
}

impl BvlcResultCode {
    pub fn from_u16(v: u16) -> Self {
        match v {
            0x0000 => Self::SuccessfulCompletion,
            0x0010 => Self::WriteBdtNak,
            0x0020 => Self::ReadBdtNak,
            0x0030 => Self::RegisterForeignDeviceNak,
            0x0040 => Self::ReadFdtNak,
            0x0050 => Self::DeleteFdtEntryNak,
            0x0060 => Self::DistributeBroadcastToNetworkNak,
            other => Self::Unknown(other),
        }
    }

    pub fn to_u16(self) -> u16 {
        match self {
            Self::SuccessfulCompletion => 0x0000,
            Self::WriteBdtNak => 0x0010,
            Self::ReadBdtNak => 0x0020,
            Self::RegisterForeignDeviceNak => 0x0030,
            Self::ReadFdtNak => 0x0040,
            Self::DeleteFdtEntryNak => 0x0050,
            Self::DistributeBroadcastToNetworkNak => 0x0060,
            Self::Unknown(v) => v,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::SuccessfulCompletion => "successful-completion",
            Self::WriteBdtNak => "write-bdt-nak",
            Self::ReadBdtNak => "read-bdt-nak",
            Self::RegisterForeignDeviceNak => "register-foreign-device-nak",
            Self::ReadFdtNak => "read-fdt-nak",
            Self::DeleteFdtEntryNak => "delete-fdt-entry-nak",
            Self::DistributeBroadcastToNetworkNak => "distribute-broadcast-to-network-nak",
            Self::Unknown(_) => "unknown",
        }
    }
}

/// One Broadcast Distribution Table entry: a peer BBMD and its broadcast distribution mask.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct BdtEntry {
    pub address: SocketAddrV4,
    pub mask: Ipv4Addr,
}

/// One Foreign Device Table entry. `remaining` includes the 30 s grace period of J.5.2.1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FdtEntry {
    pub address: SocketAddrV4,
    pub ttl: u16,
    pub remaining: u16,
}

/// The BVLC function and the fields that belong to the BVLL itself. Whatever the function
/// carries after them (NPDU, Secure-BVLL wrapper, unknown payload) is returned beside it by
/// [`Bvlc::parse`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BvlcFunction {
    Result(BvlcResultCode),
    WriteBdt(Vec<BdtEntry>),
    ReadBdt,
    ReadBdtAck(Vec<BdtEntry>),
    ForwardedNpdu {
        origin: SocketAddrV4,
    },
    RegisterForeignDevice {
        ttl: u16,
    },
    ReadFdt,
    ReadFdtAck(Vec<FdtEntry>),
    DeleteFdtEntry(SocketAddrV4),
    DistributeBroadcastToNetwork,
    OriginalUnicastNpdu,
    OriginalBroadcastNpdu,
    /// Secure-BVLL (0x0c, from the removed Clause 24 network security): the wrapper stays raw.
    SecureBvll,
    /// A function code Annex J does not define; its payload stays raw.
    Unknown(u8),
}

impl BvlcFunction {
    pub fn code(&self) -> u8 {
        use function::*;
        match self {
            Self::Result(_) => RESULT,
            Self::WriteBdt(_) => WRITE_BDT,
            Self::ReadBdt => READ_BDT,
            Self::ReadBdtAck(_) => READ_BDT_ACK,
            Self::ForwardedNpdu { .. } => FORWARDED_NPDU,
            Self::RegisterForeignDevice { .. } => REGISTER_FOREIGN_DEVICE,
            Self::ReadFdt => READ_FDT,
            Self::ReadFdtAck(_) => READ_FDT_ACK,
            Self::DeleteFdtEntry(_) => DELETE_FDT_ENTRY,
            Self::DistributeBroadcastToNetwork => DISTRIBUTE_BROADCAST_TO_NETWORK,
            Self::OriginalUnicastNpdu => ORIGINAL_UNICAST_NPDU,
            Self::OriginalBroadcastNpdu => ORIGINAL_BROADCAST_NPDU,
            Self::SecureBvll => SECURE_BVLL,
            Self::Unknown(code) => *code,
        }
    }

    pub fn name(&self) -> &'static str {
        match self {
            Self::Result(_) => "bvlc-result",
            Self::WriteBdt(_) => "write-bdt",
            Self::ReadBdt => "read-bdt",
            Self::ReadBdtAck(_) => "read-bdt-ack",
            Self::ForwardedNpdu { .. } => "forwarded-npdu",
            Self::RegisterForeignDevice { .. } => "register-foreign-device",
            Self::ReadFdt => "read-fdt",
            Self::ReadFdtAck(_) => "read-fdt-ack",
            Self::DeleteFdtEntry(_) => "delete-fdt-entry",
            Self::DistributeBroadcastToNetwork => "distribute-broadcast-to-network",
            Self::OriginalUnicastNpdu => "original-unicast-npdu",
            Self::OriginalBroadcastNpdu => "original-broadcast-npdu",
            Self::SecureBvll => "secure-bvll",
            Self::Unknown(_) => "unknown",
        }
    }

    /// Functions whose payload is an NPDU.
    pub fn carries_npdu(&self) -> bool {
        matches!(
            self,
            Self::ForwardedNpdu { .. }
                | Self::DistributeBroadcastToNetwork
                | Self::OriginalUnicastNpdu
                | Self::OriginalBroadcastNpdu
        )
    }

    /// Functions whose payload is kept as raw bytes.
    pub fn carries_raw(&self) -> bool {
        matches!(self, Self::SecureBvll | Self::Unknown(_))
    }

    /// Octets the function occupies after the 4-octet header, payload excluded.
    pub fn body_len(&self) -> usize {
        match self {
            Self::Result(_) | Self::RegisterForeignDevice { .. } => 2,
            Self::WriteBdt(t) | Self::ReadBdtAck(t) => t.len().saturating_mul(TABLE_ENTRY_LEN),
            Self::ReadFdtAck(t) => t.len().saturating_mul(TABLE_ENTRY_LEN),
            Self::ForwardedNpdu { .. } | Self::DeleteFdtEntry(_) => 6,
            _ => 0,
        }
    }
}

/// A parsed BVLL header with its function fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bvlc {
    pub function: BvlcFunction,
    /// `Some(n)` when the BVLC Length field said `n` but the datagram had another length (tshark:
    /// "invalid length"); `None` when they agree. [`Bvlc::emit`] writes `n` back so that such a
    /// frame round-trips byte for byte.
    pub length_mismatch: Option<u16>,
}

impl Bvlc {
    pub fn new(function: BvlcFunction) -> Self {
        Self {
            function,
            length_mismatch: None,
        }
    }

    /// Parse a BACnet/IP UDP payload. Returns the BVLL and the bytes after its function
    /// fields: the NPDU, the Secure-BVLL wrapper, or the payload of an unknown function. For the
    /// BVLC-only functions those bytes are empty (the body must fill the datagram exactly).
    // Inlined into the message decoder: built where it is stored (a copy of the freshly built
    // function enum stalled on store forwarding, see docs/PERFORMANCE.md §3).
    #[inline(always)]
    pub fn parse(datagram: &[u8]) -> Result<(Bvlc, &[u8]), WireError> {
        let mut r = Reader::new(datagram, LAYER);
        let kind = r.u8()?;
        if kind == BVLC_TYPE_BIP6 {
            return Err(WireError::new(LAYER, WHAT_BIP6, 0));
        }
        if kind != BVLC_TYPE_BIP {
            return Err(WireError::new(LAYER, "not a bacnet/ip bvlc type", 0));
        }
        let code = r.u8()?;
        let declared = r.u16()?;
        let fixed_len = if code == function::FORWARDED_NPDU {
            BVLC_HEADER_LEN + 6
        } else {
            BVLC_HEADER_LEN
        };
        if usize::from(declared) < fixed_len {
            return Err(WireError::new(LAYER, "length field shorter than header", 2));
        }
        let length_mismatch = (usize::from(declared) != datagram.len()).then_some(declared);

        let function = match code {
            function::RESULT => {
                let v = r.u16()?;
                BvlcFunction::Result(BvlcResultCode::from_u16(v))
            }
            function::WRITE_BDT => BvlcFunction::WriteBdt(parse_bdt(&mut r)?),
            function::READ_BDT => BvlcFunction::ReadBdt,
            function::READ_BDT_ACK => BvlcFunction::ReadBdtAck(parse_bdt(&mut r)?),
            function::FORWARDED_NPDU => BvlcFunction::ForwardedNpdu {
                origin: parse_bip_address(&mut r)?,
            },
            function::REGISTER_FOREIGN_DEVICE => {
                BvlcFunction::RegisterForeignDevice { ttl: r.u16()? }
            }
            function::READ_FDT => BvlcFunction::ReadFdt,
            function::READ_FDT_ACK => BvlcFunction::ReadFdtAck(parse_fdt(&mut r)?),
            function::DELETE_FDT_ENTRY => BvlcFunction::DeleteFdtEntry(parse_bip_address(&mut r)?),
            function::DISTRIBUTE_BROADCAST_TO_NETWORK => BvlcFunction::DistributeBroadcastToNetwork,
            function::ORIGINAL_UNICAST_NPDU => BvlcFunction::OriginalUnicastNpdu,
            function::ORIGINAL_BROADCAST_NPDU => BvlcFunction::OriginalBroadcastNpdu,
            function::SECURE_BVLL => BvlcFunction::SecureBvll,
            other => BvlcFunction::Unknown(other),
        };
        if !(function.carries_npdu() || function.carries_raw()) {
            r.expect_empty()?;
        }
        Ok((
            Bvlc {
                function,
                length_mismatch,
            },
            r.rest(),
        ))
    }

    /// Write the BVLL with `payload` after it, filling in the length.
    pub fn emit(&self, payload: &[u8], out: &mut Vec<u8>) {
        let start = self.emit_head(out);
        out.extend_from_slice(payload);
        self.emit_finish(out, start);
    }

    /// Write type, function, a length placeholder and the function fields; returns where the
    /// BVLL starts. Append the payload, then call [`Bvlc::emit_finish`] with that offset.
    pub fn emit_head(&self, out: &mut Vec<u8>) -> usize {
        let start = out.len();
        put_u8(out, BVLC_TYPE_BIP);
        put_u8(out, self.function.code());
        put_u16(out, 0);
        match &self.function {
            BvlcFunction::Result(code) => put_u16(out, code.to_u16()),
            BvlcFunction::WriteBdt(table) | BvlcFunction::ReadBdtAck(table) => {
                for e in table {
                    emit_bip_address(e.address, out);
                    out.extend_from_slice(&e.mask.octets());
                }
            }
            BvlcFunction::ReadFdtAck(table) => {
                for e in table {
                    emit_bip_address(e.address, out);
                    put_u16(out, e.ttl);
                    put_u16(out, e.remaining);
                }
            }
            BvlcFunction::ForwardedNpdu { origin } => emit_bip_address(*origin, out),
            BvlcFunction::DeleteFdtEntry(address) => emit_bip_address(*address, out),
            BvlcFunction::RegisterForeignDevice { ttl } => put_u16(out, *ttl),
            BvlcFunction::ReadBdt
            | BvlcFunction::ReadFdt
            | BvlcFunction::DistributeBroadcastToNetwork
            | BvlcFunction::OriginalUnicastNpdu
            | BvlcFunction::OriginalBroadcastNpdu
            | BvlcFunction::SecureBvll
            | BvlcFunction::Unknown(_) => {}
        }
        start
    }

    /// Fill in the length field of a BVLL started at `start`. A datagram longer than 65535
    /// octets cannot be expressed; the field then saturates.
    pub fn emit_finish(&self, out: &mut [u8], start: usize) {
        let length = self
            .length_mismatch
            .unwrap_or_else(|| u16::try_from(out.len().saturating_sub(start)).unwrap_or(u16::MAX));
        patch_u16(out, start.saturating_add(2), length);
    }
}

fn parse_bip_address(r: &mut Reader<'_>) -> Result<SocketAddrV4, WireError> {
    let ip = r.array::<4>()?;
    let port = r.u16()?;
    Ok(SocketAddrV4::new(Ipv4Addr::from(ip), port))
}

fn emit_bip_address(a: SocketAddrV4, out: &mut Vec<u8>) {
    out.extend_from_slice(&a.ip().octets());
    put_u16(out, a.port());
}

fn check_table(r: &Reader<'_>) -> Result<usize, WireError> {
    let n = r.remaining();
    if !n.is_multiple_of(TABLE_ENTRY_LEN) {
        return Err(r.error("table length not a multiple of 10 octets"));
    }
    Ok(n / TABLE_ENTRY_LEN)
}

fn parse_bdt(r: &mut Reader<'_>) -> Result<Vec<BdtEntry>, WireError> {
    // The count comes from the bytes present, so the allocation is bounded by the input.
    let count = check_table(r)?;
    let mut table = Vec::with_capacity(count);
    for _ in 0..count {
        let address = parse_bip_address(r)?;
        let mask = Ipv4Addr::from(r.array::<4>()?);
        table.push(BdtEntry { address, mask });
    }
    Ok(table)
}

fn parse_fdt(r: &mut Reader<'_>) -> Result<Vec<FdtEntry>, WireError> {
    let count = check_table(r)?;
    let mut table = Vec::with_capacity(count);
    for _ in 0..count {
        let address = parse_bip_address(r)?;
        let ttl = r.u16()?;
        let remaining = r.u16()?;
        table.push(FdtEntry {
            address,
            ttl,
            remaining,
        });
    }
    Ok(table)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;

    pub(crate) use crate::wire::hex::bytes as hex;

    fn sa(a: [u8; 4], port: u16) -> SocketAddrV4 {
        SocketAddrV4::new(Ipv4Addr::from(a), port)
    }

    /// (what, datagram) pairs taken from the public captures.
    fn capture_fixtures() -> Vec<(&'static str, Vec<u8>)> {
        vec![
            // emreekin_BACnet-BBMD-on-same-subnet.pcap frame 1: Register-Foreign-Device, TTL 60000.
            ("register-fd", hex("81050006ea60")),
            // same file frame 3: BVLC-Result successful-completion.
            ("result", hex("810000060000")),
            // same file frame 4: Forwarded-NPDU from 192.168.0.134:47808, global Who-Is.
            ("forwarded", hex("81040012c0a80086bac00120ffff000e1008")),
            // same file frame 2: Distribute-Broadcast-To-Network.
            ("distribute", hex("8109000c0120ffff000e1008")),
            // cisagov-icsnpp_bacnet_example.pcap frame 572: BVLC Length 17, datagram 25.
            (
                "mismatch-long",
                hex("810a001101040005011409061d0b0044656c636174747937 30"),
            ),
            // same file frame 579: BVLC Length 17, datagram 9.
            ("mismatch-short", hex("810a0011010420 0414")),
        ]
    }

    #[test]
    fn register_foreign_device_from_capture() {
        let d = &capture_fixtures()[0].1;
        let (b, rest) = Bvlc::parse(d).unwrap();
        assert_eq!(
            b.function,
            BvlcFunction::RegisterForeignDevice { ttl: 60000 }
        );
        assert_eq!(b.function.name(), "register-foreign-device");
        assert_eq!(b.length_mismatch, None);
        assert!(rest.is_empty());
    }

    #[test]
    fn result_from_capture() {
        let (b, _) = Bvlc::parse(&capture_fixtures()[1].1).unwrap();
        assert_eq!(
            b.function,
            BvlcFunction::Result(BvlcResultCode::SuccessfulCompletion)
        );
        assert_eq!(b.function.name(), "bvlc-result");
    }

    #[test]
    fn forwarded_npdu_from_capture() {
        let fixtures = capture_fixtures();
        let (b, npdu) = Bvlc::parse(&fixtures[2].1).unwrap();
        assert_eq!(
            b.function,
            BvlcFunction::ForwardedNpdu {
                origin: sa([192, 168, 0, 134], 47808)
            }
        );
        assert_eq!(npdu, hex("0120ffff000e1008").as_slice());
    }

    #[test]
    fn length_mismatch_keeps_the_whole_datagram_like_tshark() {
        // tshark 4.0.17 decodes the APDU of frame 572 through the password string that ends at
        // the last datagram byte, 8 bytes past what the length field covers.
        let d = &capture_fixtures()[4].1;
        let (b, npdu) = Bvlc::parse(d).unwrap();
        assert_eq!(b.function, BvlcFunction::OriginalUnicastNpdu);
        assert_eq!(b.length_mismatch, Some(17));
        assert_eq!(npdu.len(), d.len() - 4);
        assert_eq!(npdu.last(), Some(&b'0'));
        let d = &capture_fixtures()[5].1;
        let (b, npdu) = Bvlc::parse(d).unwrap();
        assert_eq!(b.length_mismatch, Some(17));
        assert_eq!(npdu, hex("01042004 14").as_slice());
    }

    #[test]
    fn fixtures_round_trip_and_every_prefix_is_safe() {
        for (what, d) in capture_fixtures() {
            let (b, payload) = Bvlc::parse(&d).unwrap();
            let mut out = Vec::new();
            b.emit(payload, &mut out);
            assert_eq!(out, d, "{what}");
            for n in 0..d.len() {
                let _ = Bvlc::parse(&d[..n]);
            }
        }
    }

    #[test]
    fn every_function_hand_built() {
        // Cross-checked with `text2pcap -u 47808,47808` and tshark 4.0.17 -V (procedure in the
        // docs of `bacnet::tests`): tshark shows the same fields.
        let cases: Vec<(Vec<u8>, BvlcFunction)> = vec![
            (
                hex("810000060030"),
                BvlcFunction::Result(BvlcResultCode::RegisterForeignDeviceNak),
            ),
            (
                hex("810000060071"),
                BvlcFunction::Result(BvlcResultCode::Unknown(0x71)),
            ),
            (
                hex("8101000e c0a80001bac0 ffffff00"),
                BvlcFunction::WriteBdt(vec![BdtEntry {
                    address: sa([192, 168, 0, 1], 47808),
                    mask: Ipv4Addr::new(255, 255, 255, 0),
                }]),
            ),
            (hex("81020004"), BvlcFunction::ReadBdt),
            (
                hex("81030018 0a000001bac0 ffffffff 0a000101bac1 ffffffff"),
                BvlcFunction::ReadBdtAck(vec![
                    BdtEntry {
                        address: sa([10, 0, 0, 1], 47808),
                        mask: Ipv4Addr::BROADCAST,
                    },
                    BdtEntry {
                        address: sa([10, 0, 1, 1], 47809),
                        mask: Ipv4Addr::BROADCAST,
                    },
                ]),
            ),
            (hex("81030004"), BvlcFunction::ReadBdtAck(vec![])),
            (hex("81060004"), BvlcFunction::ReadFdt),
            (
                hex("8107000e c0a8000abac0 003c 005a"),
                BvlcFunction::ReadFdtAck(vec![FdtEntry {
                    address: sa([192, 168, 0, 10], 47808),
                    ttl: 60,
                    remaining: 90,
                }]),
            ),
            (
                hex("8108000a c0a8000abac0"),
                BvlcFunction::DeleteFdtEntry(sa([192, 168, 0, 10], 47808)),
            ),
            (hex("810c0004"), BvlcFunction::SecureBvll),
            (hex("81200004"), BvlcFunction::Unknown(0x20)),
        ];
        for (bytes, want) in cases {
            let (b, rest) = Bvlc::parse(&bytes).unwrap();
            assert_eq!(b.function, want);
            assert_eq!(b.length_mismatch, None);
            assert!(rest.is_empty());
            let mut out = Vec::new();
            b.emit(rest, &mut out);
            assert_eq!(out, bytes);
        }
    }

    #[test]
    fn refusals() {
        let e = Bvlc::parse(&hex("820a0008 01020304")).unwrap_err();
        assert_eq!(e.what, WHAT_BIP6);
        assert_eq!(
            Bvlc::parse(&hex("450a0004")).unwrap_err().what,
            "not a bacnet/ip bvlc type"
        );
        // tshark rejects a Forwarded-NPDU whose length field cannot hold the origin address.
        assert_eq!(
            Bvlc::parse(&hex("81040005 0102030405060102"))
                .unwrap_err()
                .what,
            "length field shorter than header"
        );
        assert_eq!(
            Bvlc::parse(&hex("8101000f c0a80001bac0ffffff0000"))
                .unwrap_err()
                .what,
            "table length not a multiple of 10 octets"
        );
        assert_eq!(
            Bvlc::parse(&hex("81000008 00000000")).unwrap_err().what,
            "trailing bytes"
        );
        assert_eq!(Bvlc::parse(&hex("810000")).unwrap_err().what, "truncated");
        assert_eq!(
            Bvlc::parse(&hex("8100 0006 00")).unwrap_err().what,
            "truncated"
        );
    }

    #[test]
    fn secure_and_unknown_payloads_stay_raw() {
        let d = hex("810c0007 aabbcc");
        let (b, rest) = Bvlc::parse(&d).unwrap();
        assert_eq!(b.function, BvlcFunction::SecureBvll);
        assert_eq!(rest, hex("aabbcc").as_slice());
    }

    fn arb_addr() -> impl Strategy<Value = SocketAddrV4> {
        (any::<[u8; 4]>(), any::<u16>()).prop_map(|(ip, p)| sa(ip, p))
    }

    pub(crate) fn arb_function() -> impl Strategy<Value = BvlcFunction> {
        let bdt = || {
            prop::collection::vec(
                (arb_addr(), any::<[u8; 4]>()).prop_map(|(address, m)| BdtEntry {
                    address,
                    mask: Ipv4Addr::from(m),
                }),
                0..8,
            )
        };
        let fdt = prop::collection::vec(
            (arb_addr(), any::<u16>(), any::<u16>()).prop_map(|(address, ttl, remaining)| {
                FdtEntry {
                    address,
                    ttl,
                    remaining,
                }
            }),
            0..8,
        );
        prop_oneof![
            any::<u16>().prop_map(|v| BvlcFunction::Result(BvlcResultCode::from_u16(v))),
            bdt().prop_map(BvlcFunction::WriteBdt),
            Just(BvlcFunction::ReadBdt),
            bdt().prop_map(BvlcFunction::ReadBdtAck),
            arb_addr().prop_map(|origin| BvlcFunction::ForwardedNpdu { origin }),
            any::<u16>().prop_map(|ttl| BvlcFunction::RegisterForeignDevice { ttl }),
            Just(BvlcFunction::ReadFdt),
            fdt.prop_map(BvlcFunction::ReadFdtAck),
            arb_addr().prop_map(BvlcFunction::DeleteFdtEntry),
            Just(BvlcFunction::DistributeBroadcastToNetwork),
            Just(BvlcFunction::OriginalUnicastNpdu),
            Just(BvlcFunction::OriginalBroadcastNpdu),
            Just(BvlcFunction::SecureBvll),
            (0x0du8..=0xff).prop_map(BvlcFunction::Unknown),
        ]
    }

    proptest! {
        #[test]
        fn emit_then_parse_is_identity(
            function in arb_function(),
            payload in prop::collection::vec(any::<u8>(), 0..32),
            mismatch in prop::option::of(any::<u16>()),
        ) {
            let payload = if function.carries_npdu() || function.carries_raw() {
                payload
            } else {
                Vec::new()
            };
            let fixed = 4 + function.body_len();
            let total = fixed + payload.len();
            // A recorded mismatch must still be a mismatch, and at least the fixed part.
            let mismatch = mismatch.filter(|&n| usize::from(n) != total
                && usize::from(n) >= if function.code() == 4 { 10 } else { 4 });
            let b = Bvlc { function, length_mismatch: mismatch };
            let mut out = Vec::new();
            b.emit(&payload, &mut out);
            let (back, rest) = Bvlc::parse(&out).unwrap();
            prop_assert_eq!(&back, &b);
            prop_assert_eq!(rest, payload.as_slice());
        }

        #[test]
        fn arbitrary_bytes_never_panic(d in prop::collection::vec(any::<u8>(), 0..64)) {
            let _ = Bvlc::parse(&d);
        }
    }
}
