//! BACnet network layer header, NPCI (ASHRAE 135 clause 6.2): version, control, destination and
//! source specifiers, hop count.
//!
//! Like tshark, a version other than 1 and set reserved control bits are read through and kept
//! for the audit to see ([`Npdu::version_unknown`], [`Npdu::reserved_bits`]); so is an SLEN of
//! zero. Addresses are stored inline ([`MacAddress`]) so that reading a header never allocates.
//!
//! The network-layer message type and vendor id are read by [`super::network`], which owns
//! everything from the message type octet on; this module only says which of the two kinds of
//! NSDU follows ([`NpduBody`]).

use std::fmt;

use crate::wire::writer::{put_u8, put_u16};
use crate::wire::{Reader, WireError};

const LAYER: &str = "npdu";

/// The only protocol version defined.
pub const NPDU_VERSION: u8 = 1;

/// Longest DADR/SADR kept. Data links define 1 (MS/TP, ARCNET), 2 (LonTalk), 3 (BACnet/IPv6
/// VMAC), 6 (Ethernet, BACnet/IP, BACnet/SC VMAC), 7 (LonTalk Neuron ID), 8 (Zigbee) octets; 18
/// (an IPv6 address and port) leaves room for anything a gateway might put there. Longer
/// addresses are refused rather than stored on the heap.
pub const MAX_MAC_LEN: usize = 18;

/// Global broadcast network number.
pub const GLOBAL_BROADCAST_NETWORK: u16 = 0xffff;

pub mod control {
    pub const NETWORK_MESSAGE: u8 = 0x80;
    pub const DESTINATION: u8 = 0x20;
    pub const SOURCE: u8 = 0x08;
    pub const EXPECTING_REPLY: u8 = 0x04;
    pub const PRIORITY: u8 = 0x03;
    /// Bits 6 and 4, which shall be zero.
    pub const RESERVED: u8 = 0x50;
}

/// A data-link (MAC) address of up to [`MAX_MAC_LEN`] octets; empty means broadcast in a DADR.
// Word-aligned (24 octets, not 19) so that copies of headers holding it are whole-word moves
// (see `capture::Flags`).
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(align(8))]
pub struct MacAddress {
    len: u8,
    bytes: [u8; MAX_MAC_LEN],
}

impl MacAddress {
    /// The empty address (DLEN 0: broadcast on the destination network).
    pub const EMPTY: MacAddress = MacAddress {
        len: 0,
        bytes: [0; MAX_MAC_LEN],
    };

    /// `None` when `bytes` is longer than [`MAX_MAC_LEN`].
    pub fn new(bytes: &[u8]) -> Option<Self> {
        let mut out = Self::EMPTY;
        out.bytes.get_mut(..bytes.len())?.copy_from_slice(bytes);
        out.len = u8::try_from(bytes.len()).ok()?;
        Some(out)
    }

    pub fn as_bytes(&self) -> &[u8] {
        self.bytes
            .get(..usize::from(self.len))
            .unwrap_or(&self.bytes)
    }

    pub fn len(&self) -> usize {
        usize::from(self.len)
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl fmt::Debug for MacAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "MacAddress(")?;
        for b in self.as_bytes() {
            write!(f, "{b:02x}")?;
        }
        write!(f, ")")
    }
}

/// A network number and a MAC address on that network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct NetworkAddress {
    pub network: u16,
    pub mac: MacAddress,
}

/// DNET/DLEN/DADR and the hop count that travels with them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Destination {
    pub address: NetworkAddress,
    pub hop_count: u8,
}

impl Destination {
    /// DNET 0xFFFF: every network.
    pub fn is_global_broadcast(&self) -> bool {
        self.address.network == GLOBAL_BROADCAST_NETWORK
    }

    /// DLEN 0: every station of DNET.
    pub fn is_broadcast(&self) -> bool {
        self.address.mac.is_empty()
    }
}

/// Network priority, control bits 1–0.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum NetworkPriority {
    #[default]
    Normal,
    Urgent,
    CriticalEquipment,
    LifeSafety,
}

impl NetworkPriority {
    pub fn from_bits(bits: u8) -> Self {
        match bits & control::PRIORITY {
            0 => Self::Normal,
            1 => Self::Urgent,
            2 => Self::CriticalEquipment,
            _ => Self::LifeSafety,
        }
    }

    pub fn bits(self) -> u8 {
        match self {
            Self::Normal => 0,
            Self::Urgent => 1,
            Self::CriticalEquipment => 2,
            Self::LifeSafety => 3,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Normal => "normal",
            Self::Urgent => "urgent",
            Self::CriticalEquipment => "critical-equipment",
            Self::LifeSafety => "life-safety",
        }
    }
}

/// The NPCI without the message type (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Npdu {
    /// Protocol version; anything but [`NPDU_VERSION`] is read through and flagged.
    pub version: u8,
    pub expecting_reply: bool,
    pub priority: NetworkPriority,
    /// Control bits 6 and 4 as received (mask [`control::RESERVED`]); shall be zero.
    pub reserved_bits: u8,
    pub destination: Option<Destination>,
    pub source: Option<NetworkAddress>,
}

impl Default for Npdu {
    fn default() -> Self {
        Self {
            version: NPDU_VERSION,
            expecting_reply: false,
            priority: NetworkPriority::Normal,
            reserved_bits: 0,
            destination: None,
            source: None,
        }
    }
}

/// What follows the NPCI.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NpduBody<'a> {
    /// An APDU (control bit 7 clear).
    Apdu(&'a [u8]),
    /// A network-layer message, starting at its message type octet (control bit 7 set).
    Network(&'a [u8]),
}

impl Npdu {
    /// Parse the NPCI; the body is whatever follows it, up to the end of `bytes`.
    pub fn parse(bytes: &[u8]) -> Result<(Npdu, NpduBody<'_>), WireError> {
        let mut r = Reader::new(bytes, LAYER);
        let version = r.u8()?;
        let ctrl = r.u8()?;
        let destination_address = if ctrl & control::DESTINATION != 0 {
            Some(parse_address(&mut r)?)
        } else {
            None
        };
        let source = if ctrl & control::SOURCE != 0 {
            Some(parse_address(&mut r)?)
        } else {
            None
        };
        let destination = match destination_address {
            Some(address) => Some(Destination {
                address,
                hop_count: r.u8()?,
            }),
            None => None,
        };
        let npdu = Npdu {
            version,
            expecting_reply: ctrl & control::EXPECTING_REPLY != 0,
            priority: NetworkPriority::from_bits(ctrl),
            reserved_bits: ctrl & control::RESERVED,
            destination,
            source,
        };
        let rest = r.rest();
        let body = if ctrl & control::NETWORK_MESSAGE != 0 {
            NpduBody::Network(rest)
        } else {
            NpduBody::Apdu(rest)
        };
        Ok((npdu, body))
    }

    /// The control octet, given whether a network-layer message follows.
    pub fn control(&self, network_message: bool) -> u8 {
        let mut c = self.priority.bits() | (self.reserved_bits & control::RESERVED);
        if network_message {
            c |= control::NETWORK_MESSAGE;
        }
        if self.destination.is_some() {
            c |= control::DESTINATION;
        }
        if self.source.is_some() {
            c |= control::SOURCE;
        }
        if self.expecting_reply {
            c |= control::EXPECTING_REPLY;
        }
        c
    }

    /// Write the NPCI; the caller appends the network message or the APDU.
    pub fn emit(&self, network_message: bool, out: &mut Vec<u8>) {
        put_u8(out, self.version);
        put_u8(out, self.control(network_message));
        if let Some(d) = &self.destination {
            emit_address(&d.address, out);
        }
        if let Some(s) = &self.source {
            emit_address(s, out);
        }
        if let Some(d) = &self.destination {
            put_u8(out, d.hop_count);
        }
    }

    /// Octets [`Npdu::emit`] writes.
    pub fn header_len(&self) -> usize {
        let addr = |a: &NetworkAddress| 3 + a.mac.len();
        2 + self
            .destination
            .as_ref()
            .map_or(0, |d| addr(&d.address) + 1)
            + self.source.as_ref().map_or(0, addr)
    }

    pub fn version_unknown(&self) -> bool {
        self.version != NPDU_VERSION
    }

    /// SLEN 0 or SNET 0xFFFF: a source that clause 6.2.2 forbids.
    pub fn source_invalid(&self) -> bool {
        self.source
            .is_some_and(|s| s.mac.is_empty() || s.network == GLOBAL_BROADCAST_NETWORK)
    }

    /// Anything a conforming sender would not have written: unknown version, reserved bits,
    /// forbidden source specifier.
    pub fn has_oddities(&self) -> bool {
        self.version_unknown() || self.reserved_bits != 0 || self.source_invalid()
    }
}

fn parse_address(r: &mut Reader<'_>) -> Result<NetworkAddress, WireError> {
    let network = r.u16()?;
    let len = r.u8()?;
    let at = r.position();
    let mac = r.take(usize::from(len))?;
    let mac = MacAddress::new(mac)
        .ok_or_else(|| WireError::new(LAYER, "address longer than 18 octets", at))?;
    Ok(NetworkAddress { network, mac })
}

fn emit_address(a: &NetworkAddress, out: &mut Vec<u8>) {
    put_u16(out, a.network);
    // MacAddress never holds more than MAX_MAC_LEN (< 256) octets.
    put_u8(out, u8::try_from(a.mac.len()).unwrap_or(u8::MAX));
    out.extend_from_slice(a.mac.as_bytes());
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;

    pub(crate) use crate::wire::hex::bytes as hex;

    fn mac(b: &[u8]) -> MacAddress {
        MacAddress::new(b).unwrap()
    }

    /// NPDUs (BVLC stripped) from the public captures.
    fn capture_fixtures() -> Vec<(&'static str, Vec<u8>)> {
        vec![
            // cisagov-icsnpp_bacnet_example.pcap frame 1: local ReadProperty, expecting reply.
            ("local", hex("0104 0005010c0c00000001194d")),
            // cisagov-icsnpp_bacnet_services.pcap frame 1: DNET 3, DADR 6c, hop 255.
            ("dadr", hex("01240003016cff 0203010c0c004000651955")),
            // same file frame 2: SNET 3, SADR 6c (the answer through the router).
            (
                "sadr",
                hex("01080003016c 30010c0c0040006519553e4442c800003f"),
            ),
            // emreekin_BACnet-BBMD-on-same-subnet.pcap frame 11: global broadcast I-Am from
            // SNET 26001 SADR 72, hop count 254.
            (
                "dnet+snet",
                hex("0128ffff0065910172fe 1000c40201506221329103220104"),
            ),
            // emreekin_bacnet-properties.pcap frame 1466: SNET 11 with a 6-octet SADR.
            (
                "sadr6",
                hex("0128ffff00000b06000c6eb03c15fe 1000c40200006f21329103212a"),
            ),
            // ndpi_bacnet.pcap frame 22: I-Am-Router-To-Network to DNET 0xFFFF.
            ("network", hex("01a0ffff00ff 010000")),
        ]
    }

    #[test]
    fn routed_headers_from_captures() {
        let f = capture_fixtures();
        let (n, body) = Npdu::parse(&f[0].1).unwrap();
        assert!(n.expecting_reply && n.destination.is_none() && n.source.is_none());
        assert_eq!(body, NpduBody::Apdu(&f[0].1[2..]));

        let (n, body) = Npdu::parse(&f[1].1).unwrap();
        let d = n.destination.unwrap();
        assert_eq!(d.address.network, 3);
        assert_eq!(d.address.mac, mac(&[0x6c]));
        assert_eq!(d.hop_count, 255);
        assert_eq!(body, NpduBody::Apdu(&hex("0203010c0c004000651955")[..]));

        let (n, _) = Npdu::parse(&f[2].1).unwrap();
        assert_eq!(
            n.source,
            Some(NetworkAddress {
                network: 3,
                mac: mac(&[0x6c])
            })
        );
        assert!(n.destination.is_none());

        let (n, _) = Npdu::parse(&f[3].1).unwrap();
        let d = n.destination.unwrap();
        assert!(d.is_global_broadcast() && d.is_broadcast());
        assert_eq!(d.hop_count, 254);
        assert_eq!(
            n.source,
            Some(NetworkAddress {
                network: 26001,
                mac: mac(&[0x72])
            })
        );

        let (n, _) = Npdu::parse(&f[4].1).unwrap();
        assert_eq!(n.source.unwrap().network, 11);
        assert_eq!(n.source.unwrap().mac.as_bytes(), &hex("000c6eb03c15")[..]);

        let (n, body) = Npdu::parse(&f[5].1).unwrap();
        assert_eq!(n.destination.unwrap().hop_count, 255);
        assert_eq!(body, NpduBody::Network(&hex("010000")[..]));
        assert!(!n.has_oddities());
    }

    #[test]
    fn fixtures_round_trip_and_every_prefix_is_safe() {
        for (what, d) in capture_fixtures() {
            let (n, body) = Npdu::parse(&d).unwrap();
            let (network, rest) = match body {
                NpduBody::Apdu(b) => (false, b),
                NpduBody::Network(b) => (true, b),
            };
            let mut out = Vec::new();
            n.emit(network, &mut out);
            assert_eq!(out.len(), n.header_len(), "{what}");
            out.extend_from_slice(rest);
            assert_eq!(out, d, "{what}");
            for k in 0..d.len() {
                let _ = Npdu::parse(&d[..k]);
            }
        }
    }

    #[test]
    fn oddities_are_read_through_and_flagged() {
        // Version 2 and both reserved bits: tshark 4.0.17 shows "0x02 (unknown)" and
        // "Reserved, Reserved" and goes on to the APDU.
        let d = hex("0250 1008");
        let (n, body) = Npdu::parse(&d).unwrap();
        assert!(n.version_unknown());
        assert_eq!(n.reserved_bits, 0x50);
        assert!(n.has_oddities());
        assert_eq!(body, NpduBody::Apdu(&[0x10, 0x08][..]));
        let mut out = Vec::new();
        n.emit(false, &mut out);
        assert_eq!(out, hex("0250"));
        // SLEN 0: tshark "0 invalid!", then carries on.
        let (n, _) = Npdu::parse(&hex("0108 0001 00 1008")).unwrap();
        assert!(n.source_invalid());
        // SNET 0xFFFF is forbidden as well.
        let (n, _) = Npdu::parse(&hex("0108 ffff 01 05 1008")).unwrap();
        assert!(n.source_invalid());
    }

    #[test]
    fn refusals() {
        assert_eq!(Npdu::parse(&hex("01")).unwrap_err().what, "truncated");
        // DLEN says 6, only 2 octets follow.
        assert_eq!(
            Npdu::parse(&hex("0120 0001 06 aabb")).unwrap_err().what,
            "truncated"
        );
        // Destination without hop count.
        assert_eq!(
            Npdu::parse(&hex("0120 0001 01 aa")).unwrap_err().what,
            "truncated"
        );
        let mut long = hex("0120 0001 13");
        long.extend_from_slice(&[0u8; 19]);
        long.push(0xff);
        let e = Npdu::parse(&long).unwrap_err();
        assert_eq!((e.what, e.offset), ("address longer than 18 octets", 5));
    }

    pub(crate) fn arb_address() -> impl Strategy<Value = NetworkAddress> {
        (
            any::<u16>(),
            prop::collection::vec(any::<u8>(), 0..=MAX_MAC_LEN),
        )
            .prop_map(|(network, m)| NetworkAddress {
                network,
                mac: MacAddress::new(&m).unwrap(),
            })
    }

    pub(crate) fn arb_npdu() -> impl Strategy<Value = Npdu> {
        (
            any::<u8>(),
            any::<bool>(),
            0u8..4,
            prop::sample::select(vec![0u8, 0x10, 0x40, 0x50]),
            prop::option::of((arb_address(), any::<u8>())),
            prop::option::of(arb_address()),
        )
            .prop_map(
                |(version, expecting_reply, p, reserved_bits, d, source)| Npdu {
                    version,
                    expecting_reply,
                    priority: NetworkPriority::from_bits(p),
                    reserved_bits,
                    destination: d.map(|(address, hop_count)| Destination { address, hop_count }),
                    source,
                },
            )
    }

    proptest! {
        #[test]
        fn emit_then_parse_is_identity(
            n in arb_npdu(),
            network in any::<bool>(),
            body in prop::collection::vec(any::<u8>(), 0..16),
        ) {
            let mut out = Vec::new();
            n.emit(network, &mut out);
            prop_assert_eq!(out.len(), n.header_len());
            out.extend_from_slice(&body);
            let (back, rest) = Npdu::parse(&out).unwrap();
            prop_assert_eq!(back, n);
            let want = if network { NpduBody::Network(&body) } else { NpduBody::Apdu(&body) };
            prop_assert_eq!(rest, want);
        }

        #[test]
        fn arbitrary_bytes_never_panic(d in prop::collection::vec(any::<u8>(), 0..48)) {
            let _ = Npdu::parse(&d);
        }
    }
}
