//! One captured frame, given its link type → Ethernet/VLAN/LLC, Linux cooked, raw IP or
//! loopback → IPv4 → UDP/TCP → the BACnet or KNXnet/IP payload inside, plus the 5-tuple and
//! the oddities met on the way.
//!
//! Hand-written rather than `etherparse`: the part we need (a dozen fixed fields over six link
//! types, IPv4, UDP, TCP) is small, and writing it over [`Reader`] keeps the wire layer's
//! no-panic rules checkable by clippy, keeps one error type, adds no dependency, and lets us
//! recognise what `etherparse` does not know (BACnet/Ethernet LLC, SLL2's layout, Zeek's BVLC
//! heuristic) in the same pass without copying.
//!
//! Scope, on purpose:
//! - IPv4 only; IPv6 is recognised and reported as [`Payload::Ipv6`] (an audit of BACnet/IP and
//!   KNXnet/IP meets IPv6 rarely, and BACnet/IPv6 (Annex U) is a different BVLC).
//! - No IP reassembly: a fragment (MF set or offset ≠ 0) becomes [`Payload::IpFragment`] so it
//!   is counted, never silently dropped. BACnet/IP datagrams are at most 1497 bytes of APDU and
//!   rarely fragment; a capture full of fragments is itself worth a look.
//! - No TCP reassembly: each segment's payload is cut into KNXnet/IP frames by their total
//!   length ([`knx_tcp_frames`]); a frame that continues in the next segment is reported as
//!   [`KnxTcpChunk::Partial`].
//! - The IPv4 header checksum is not verified (captures taken on the sending host show
//!   offloaded, not-yet-computed checksums).

use std::net::Ipv4Addr;
use std::ops::RangeInclusive;

use crate::wire::{Reader, WireError};

/// Link-layer header types (tcpdump.org/linktypes.html) this module reads.
pub mod linktype {
    /// BSD loopback: 4-byte address family in the capturing host's byte order.
    pub const NULL: u32 = 0;
    pub const ETHERNET: u32 = 1;
    /// `DLT_RAW` as some BSDs write it into files (libpcap maps both to raw IP).
    pub const RAW_12: u32 = 12;
    pub const RAW_14: u32 = 14;
    pub const RAW: u32 = 101;
    /// OpenBSD loopback: like [`NULL`] but the family is always big-endian.
    pub const LOOP: u32 = 108;
    pub const LINUX_SLL: u32 = 113;
    pub const IPV4: u32 = 228;
    pub const IPV6: u32 = 229;
    pub const LINUX_SLL2: u32 = 276;

    /// Short name for reports.
    pub fn name(linktype: u32) -> &'static str {
        match linktype {
            NULL => "null",
            ETHERNET => "ethernet",
            RAW_12 | RAW_14 | RAW => "raw-ip",
            LOOP => "loop",
            LINUX_SLL => "linux-sll",
            IPV4 => "ipv4",
            IPV6 => "ipv6",
            LINUX_SLL2 => "linux-sll2",
            _ => "unsupported",
        }
    }
}

/// UDP ports registered for BACnet/IP (0xBAC0..=0xBACF).
pub const BACNET_UDP_PORTS: RangeInclusive<u16> = 47808..=47823;
/// KNXnet/IP control/discovery port, UDP and TCP.
pub const KNXNET_IP_PORT: u16 = 3671;
/// Stacked 802.1Q/802.1ad tags accepted before giving up; real networks use one or two, and a
/// hostile frame could otherwise make us walk its whole length four bytes at a time.
pub const MAX_VLAN_TAGS: u8 = 8;

const ETHERTYPE_IPV4: u16 = 0x0800;
const ETHERTYPE_IPV6: u16 = 0x86dd;
const ETHERTYPE_VLAN: u16 = 0x8100;
const ETHERTYPE_QINQ: u16 = 0x88a8;
const ETHERTYPE_QINQ_OLD: u16 = 0x9100;
/// Largest 802.3 length field; values from 1536 up are EtherTypes, 1501..=1535 are undefined.
const MAX_8023_LENGTH: u16 = 1500;
/// SLL/SLL2 protocol value for an 802.2 LLC frame without the 802.3 length field.
const SLL_PROTO_LLC: u16 = 0x0004;
/// ISO 8802-2 LSAP assigned to BACnet (ASHRAE 135 clause 7).
const LSAP_BACNET: u8 = 0x82;
/// LLC Unnumbered Information, the only control value BACnet/Ethernet uses.
const LLC_UI: u8 = 0x03;
const IPPROTO_TCP: u8 = 6;
const IPPROTO_UDP: u8 = 17;

pub type Mac = [u8; 6];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Transport {
    Udp,
    Tcp,
}

/// Addresses and ports of one IPv4 UDP datagram or TCP segment. Word-aligned (16 octets, not
/// 13) so that copies are whole-word moves (see [`Flags`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(align(8))]
pub struct Flow {
    pub transport: Transport,
    pub src: Ipv4Addr,
    pub dst: Ipv4Addr,
    pub src_port: u16,
    pub dst_port: u16,
}

/// What a frame carries, as far as this audit cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Payload<'a> {
    /// A BACnet/IP datagram (starts at the BVLC). `heuristic` is true when it was recognised by
    /// its first bytes on a port outside 47808..=47823.
    BacnetIp {
        flow: Flow,
        data: &'a [u8],
        heuristic: bool,
    },
    /// A KNXnet/IP datagram (one frame).
    KnxIpUdp {
        flow: Flow,
        data: &'a [u8],
    },
    /// The payload of one TCP segment to or from port 3671: zero or more KNXnet/IP frames, cut
    /// them with [`knx_tcp_frames`].
    KnxIpTcp {
        flow: Flow,
        data: &'a [u8],
    },
    /// BACnet over ISO 8802-2 LLC (ASHRAE 135 clause 7): the NPDU after the 3-byte LLC header.
    BacnetEthernet {
        src: Option<Mac>,
        dst: Option<Mac>,
        npdu: &'a [u8],
    },
    /// An IPv4 fragment (MF set or offset ≠ 0); not reassembled.
    IpFragment {
        src: Ipv4Addr,
        dst: Ipv4Addr,
        protocol: u8,
        id: u16,
        /// Fragment offset in bytes.
        offset: u16,
        more_fragments: bool,
    },
    OtherUdp(Flow),
    OtherTcp(Flow),
    OtherIpv4 {
        protocol: u8,
    },
    Ipv6,
    /// An EtherType we do not read (ARP, LLDP, ...).
    NonIp {
        ethertype: u16,
    },
    /// An 802.2 LLC frame for another LSAP (STP, Cimetrics MS/TP tunnelling, ...).
    OtherLlc {
        dsap: u8,
        ssap: u8,
    },
}

/// Oddities met while dissecting; none of them stops the dissection.
// Aligned to a machine word so that a copy is one load and one store: as five bytes it was
// copied with two overlapping moves, and the read after that stalled on store forwarding
// (a visible share of each frame's cost).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
#[repr(align(8))]
pub struct Flags {
    /// Number of 802.1Q/802.1ad tags skipped.
    pub vlan_tags: u8,
    /// The capture holds fewer bytes than the IP total length or 802.3 length says (snapshot
    /// length cut the frame): the payload is what was captured.
    pub truncated: bool,
    /// The UDP length field disagrees with the IP payload length (not counting truncation).
    pub udp_length_mismatch: bool,
    /// The IPv4 header carries options (IHL > 5).
    pub ip_options: bool,
    /// IPv4 total length was 0, as in captures taken on a host with segmentation offload;
    /// the captured length was used instead (Wireshark does the same).
    pub ip_length_zero: bool,
}

/// Result of [`dissect`]: the payload and the oddities.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dissection<'a> {
    pub payload: Payload<'a>,
    pub flags: Flags,
}

/// Dissect one captured frame of the given link type. An `Err` means the link, IP or transport
/// header could not be read (or the link type is not supported); `WireError::layer` says which.
#[inline(always)]
pub fn dissect(linktype: u32, frame: &[u8]) -> Result<Dissection<'_>, WireError> {
    let mut flags = Flags::default();
    let payload = match linktype {
        linktype::ETHERNET => ethernet(frame, &mut flags)?,
        linktype::LINUX_SLL => sll(frame, &mut flags)?,
        linktype::LINUX_SLL2 => sll2(frame, &mut flags)?,
        linktype::RAW | linktype::RAW_12 | linktype::RAW_14 => raw_ip(frame, &mut flags)?,
        linktype::IPV4 => ipv4(frame, &mut flags)?,
        linktype::IPV6 => Payload::Ipv6,
        linktype::NULL => null(frame, false, &mut flags)?,
        linktype::LOOP => null(frame, true, &mut flags)?,
        _ => return Err(WireError::new("link", "unsupported link type", 0)),
    };
    Ok(Dissection { payload, flags })
}

fn ethernet<'a>(frame: &'a [u8], flags: &mut Flags) -> Result<Payload<'a>, WireError> {
    let mut r = Reader::new(frame, "ethernet");
    let dst = r.array::<6>()?;
    let src = r.array::<6>()?;
    let ethertype = r.u16()?;
    after_ethertype(ethertype, r.rest(), Some(src), Some(dst), flags)
}

/// Linux cooked capture v1: packet type, ARPHRD type, address length, 8 address bytes,
/// protocol.
fn sll<'a>(frame: &'a [u8], flags: &mut Flags) -> Result<Payload<'a>, WireError> {
    let mut r = Reader::new(frame, "sll");
    let _packet_type = r.u16()?;
    let hatype = r.u16()?;
    let halen = r.u16()?;
    let addr = r.array::<8>()?;
    let protocol = r.u16()?;
    let src = sll_mac(hatype, halen, addr);
    sll_protocol(protocol, r.rest(), src, flags)
}

/// Linux cooked capture v2: protocol first, then interface index, ARPHRD type, packet type,
/// address length, 8 address bytes.
fn sll2<'a>(frame: &'a [u8], flags: &mut Flags) -> Result<Payload<'a>, WireError> {
    let mut r = Reader::new(frame, "sll2");
    let protocol = r.u16()?;
    let _reserved = r.u16()?;
    let _ifindex = r.u32()?;
    let hatype = r.u16()?;
    let _packet_type = r.u8()?;
    let halen = r.u8()?;
    let addr = r.array::<8>()?;
    let src = sll_mac(hatype, u16::from(halen), addr);
    sll_protocol(protocol, r.rest(), src, flags)
}

/// The cooked header's address is the sender's link address; only an Ethernet one is a MAC.
fn sll_mac(hatype: u16, halen: u16, addr: [u8; 8]) -> Option<Mac> {
    const ARPHRD_ETHER: u16 = 1;
    match (hatype, halen, addr) {
        (ARPHRD_ETHER, 6, [a, b, c, d, e, f, _, _]) => Some([a, b, c, d, e, f]),
        _ => None,
    }
}

fn sll_protocol<'a>(
    protocol: u16,
    rest: &'a [u8],
    src: Option<Mac>,
    flags: &mut Flags,
) -> Result<Payload<'a>, WireError> {
    if protocol == SLL_PROTO_LLC {
        // Linux hands the 802.2 frame without its 802.3 length: the LLC runs to the end.
        return llc(rest, src, None, None, flags);
    }
    if protocol <= MAX_8023_LENGTH {
        // Other ETH_P_802_* pseudo-protocols (Novell raw 802.3, ...).
        return Ok(Payload::NonIp {
            ethertype: protocol,
        });
    }
    after_ethertype(protocol, rest, src, None, flags)
}

/// Walk VLAN tags, then dispatch on the EtherType or the 802.3 length.
fn after_ethertype<'a>(
    mut ethertype: u16,
    mut rest: &'a [u8],
    src: Option<Mac>,
    dst: Option<Mac>,
    flags: &mut Flags,
) -> Result<Payload<'a>, WireError> {
    loop {
        match ethertype {
            ETHERTYPE_VLAN | ETHERTYPE_QINQ | ETHERTYPE_QINQ_OLD => {
                if flags.vlan_tags >= MAX_VLAN_TAGS {
                    return Err(WireError::new("vlan", "too many stacked tags", 0));
                }
                let mut r = Reader::new(rest, "vlan");
                let _tci = r.u16()?;
                ethertype = r.u16()?;
                rest = r.rest();
                flags.vlan_tags = flags.vlan_tags.saturating_add(1);
            }
            ETHERTYPE_IPV4 => return ipv4(rest, flags),
            ETHERTYPE_IPV6 => return Ok(Payload::Ipv6),
            len @ 0..=MAX_8023_LENGTH => return llc(rest, src, dst, Some(len), flags),
            other => return Ok(Payload::NonIp { ethertype: other }),
        }
    }
}

/// 802.2 LLC: DSAP, SSAP, control. BACnet/Ethernet uses LSAP 0x82 both ways and UI frames.
/// `length` is the 802.3 length field when there is one.
fn llc<'a>(
    rest: &'a [u8],
    src: Option<Mac>,
    dst: Option<Mac>,
    length: Option<u16>,
    flags: &mut Flags,
) -> Result<Payload<'a>, WireError> {
    // The 802.3 length counts LLC + data; anything after it is Ethernet padding.
    let body = match length {
        Some(len) => {
            let len = usize::from(len);
            if len > rest.len() {
                flags.truncated = true;
                rest
            } else {
                rest.get(..len).unwrap_or(rest)
            }
        }
        None => rest,
    };
    let mut r = Reader::new(body, "llc");
    let dsap = r.u8()?;
    let ssap = r.u8()?;
    // The low bit of the DSAP is individual/group, of the SSAP command/response: the SAP is the
    // other seven bits (as Wireshark's LLC dissector reads them).
    if dsap & 0xfe == LSAP_BACNET && ssap & 0xfe == LSAP_BACNET {
        let control = r.u8()?;
        if control == LLC_UI {
            return Ok(Payload::BacnetEthernet {
                src,
                dst,
                npdu: r.rest(),
            });
        }
    }
    Ok(Payload::OtherLlc { dsap, ssap })
}

/// Raw IP: the version nibble says which.
fn raw_ip<'a>(frame: &'a [u8], flags: &mut Flags) -> Result<Payload<'a>, WireError> {
    let r = Reader::new(frame, "raw-ip");
    match r.peek_u8().map(|b| b >> 4) {
        Some(4) => ipv4(frame, flags),
        Some(6) => Ok(Payload::Ipv6),
        Some(_) => Err(r.error("unknown IP version")),
        None => Err(r.error("truncated")),
    }
}

/// BSD loopback: a 4-byte address family, in the capturing host's byte order for `NULL` and
/// big-endian for `LOOP`.
fn null<'a>(
    frame: &'a [u8],
    big_endian: bool,
    flags: &mut Flags,
) -> Result<Payload<'a>, WireError> {
    const AF_INET: u32 = 2;
    let mut r = Reader::new(frame, "null");
    let raw = r.array::<4>()?;
    let family = if big_endian {
        u32::from_be_bytes(raw)
    } else {
        // Families are small numbers: if the value read little-endian does not fit in 16 bits
        // the writer was big-endian (Wireshark's rule).
        let le = u32::from_le_bytes(raw);
        if le & 0xffff_0000 != 0 {
            le.swap_bytes()
        } else {
            le
        }
    };
    match family {
        AF_INET => ipv4(r.rest(), flags),
        // AF_INET6 on Linux, BSDs, FreeBSD, Darwin.
        10 | 24 | 28 | 30 => Ok(Payload::Ipv6),
        _ => Err(r.error("unknown address family")),
    }
}

fn ipv4<'a>(packet: &'a [u8], flags: &mut Flags) -> Result<Payload<'a>, WireError> {
    // Every capture frame passes here: read the fixed header in one bounds check when it is
    // all present. A shorter packet takes the octet-by-octet path, which names the error.
    if let Some((fixed, _)) = packet.split_first_chunk::<20>() {
        let &[
            version_ihl,
            _tos,
            l0,
            l1,
            i0,
            i1,
            f0,
            f1,
            _ttl,
            protocol,
            _c0,
            _c1,
            s0,
            s1,
            s2,
            s3,
            d0,
            d1,
            d2,
            d3,
        ] = fixed;
        if version_ihl == 0x45 {
            let header = Ipv4Header {
                total_len: usize::from(u16::from_be_bytes([l0, l1])),
                id: u16::from_be_bytes([i0, i1]),
                flags_fragment: u16::from_be_bytes([f0, f1]),
                protocol,
                src: Ipv4Addr::new(s0, s1, s2, s3),
                dst: Ipv4Addr::new(d0, d1, d2, d3),
            };
            return ipv4_body(packet, 20, header, flags);
        }
    }
    ipv4_general(packet, flags)
}

/// The IPv4 header fields the dissector uses.
struct Ipv4Header {
    total_len: usize,
    id: u16,
    flags_fragment: u16,
    protocol: u8,
    src: Ipv4Addr,
    dst: Ipv4Addr,
}

fn ipv4_general<'a>(packet: &'a [u8], flags: &mut Flags) -> Result<Payload<'a>, WireError> {
    let mut r = Reader::new(packet, "ipv4");
    let version_ihl = r.u8()?;
    if version_ihl >> 4 != 4 {
        return Err(WireError::new("ipv4", "version is not 4", 0));
    }
    let header_len = usize::from(version_ihl & 0x0f) * 4;
    if header_len < 20 {
        return Err(WireError::new("ipv4", "header length below 20", 0));
    }
    let _tos = r.u8()?;
    let total_len = usize::from(r.u16()?);
    let id = r.u16()?;
    let flags_fragment = r.u16()?;
    let _ttl = r.u8()?;
    let protocol = r.u8()?;
    let _checksum = r.u16()?;
    let src = Ipv4Addr::from(r.array::<4>()?);
    let dst = Ipv4Addr::from(r.array::<4>()?);
    let _options = r.take(header_len.saturating_sub(20))?;
    let header = Ipv4Header {
        total_len,
        id,
        flags_fragment,
        protocol,
        src,
        dst,
    };
    ipv4_body(packet, header_len, header, flags)
}

/// What follows a parsed IPv4 header of `header_len` octets (options included).
fn ipv4_body<'a>(
    packet: &'a [u8],
    header_len: usize,
    h: Ipv4Header,
    flags: &mut Flags,
) -> Result<Payload<'a>, WireError> {
    let Ipv4Header {
        total_len,
        id,
        flags_fragment,
        protocol,
        src,
        dst,
    } = h;
    flags.ip_options = header_len > 20;
    let total_len = if total_len == 0 {
        flags.ip_length_zero = true;
        packet.len()
    } else {
        total_len
    };
    if total_len < header_len {
        return Err(WireError::new(
            "ipv4",
            "total length below header length",
            2,
        ));
    }
    // Trim Ethernet padding; a capture cut by its snapshot length keeps what it has.
    let end = if total_len > packet.len() {
        flags.truncated = true;
        packet.len()
    } else {
        total_len
    };
    let body = packet.get(header_len..end).unwrap_or(&[]);
    let more_fragments = flags_fragment & 0x2000 != 0;
    let offset_units = flags_fragment & 0x1fff;
    if more_fragments || offset_units != 0 {
        return Ok(Payload::IpFragment {
            src,
            dst,
            protocol,
            id,
            offset: offset_units.saturating_mul(8),
            more_fragments,
        });
    }
    match protocol {
        IPPROTO_UDP => udp(src, dst, body, flags),
        IPPROTO_TCP => tcp(src, dst, body),
        _ => Ok(Payload::OtherIpv4 { protocol }),
    }
}

fn udp<'a>(
    src: Ipv4Addr,
    dst: Ipv4Addr,
    datagram: &'a [u8],
    flags: &mut Flags,
) -> Result<Payload<'a>, WireError> {
    let mut r = Reader::new(datagram, "udp");
    let (src_port, dst_port, length) = match datagram.first_chunk::<8>() {
        // The whole header is there (the common case): one bounds check.
        Some(&[s0, s1, d0, d1, l0, l1, _, _]) => {
            r.take(8)?;
            (
                u16::from_be_bytes([s0, s1]),
                u16::from_be_bytes([d0, d1]),
                usize::from(u16::from_be_bytes([l0, l1])),
            )
        }
        None => {
            let src_port = r.u16()?;
            let dst_port = r.u16()?;
            let length = usize::from(r.u16()?);
            let _checksum = r.u16()?;
            (src_port, dst_port, length)
        }
    };
    if length < 8 {
        return Err(WireError::new("udp", "length field below header size", 4));
    }
    let declared = length - 8;
    let available = r.remaining();
    let data = if declared <= available {
        if declared < available && !flags.truncated {
            flags.udp_length_mismatch = true;
        }
        r.take(declared)?
    } else {
        if !flags.truncated {
            flags.udp_length_mismatch = true;
        }
        r.rest()
    };
    let flow = Flow {
        transport: Transport::Udp,
        src,
        dst,
        src_port,
        dst_port,
    };
    Ok(classify_udp(flow, data))
}

/// BACnet/IP by port first, KNXnet/IP by port, then Zeek's BACnet/IP signature
/// (`^\x81[\x0a\x0b]..\x01`: BVLC type, Original-Unicast/Broadcast-NPDU, any length, NPDU
/// version 1), else other.
fn classify_udp(flow: Flow, data: &[u8]) -> Payload<'_> {
    if BACNET_UDP_PORTS.contains(&flow.src_port) || BACNET_UDP_PORTS.contains(&flow.dst_port) {
        return Payload::BacnetIp {
            flow,
            data,
            heuristic: false,
        };
    }
    if flow.src_port == KNXNET_IP_PORT || flow.dst_port == KNXNET_IP_PORT {
        return Payload::KnxIpUdp { flow, data };
    }
    if let [0x81, 0x0a | 0x0b, _, _, 0x01, ..] = data {
        return Payload::BacnetIp {
            flow,
            data,
            heuristic: true,
        };
    }
    Payload::OtherUdp(flow)
}

fn tcp(src: Ipv4Addr, dst: Ipv4Addr, segment: &[u8]) -> Result<Payload<'_>, WireError> {
    let mut r = Reader::new(segment, "tcp");
    let src_port = r.u16()?;
    let dst_port = r.u16()?;
    let _seq = r.u32()?;
    let _ack = r.u32()?;
    let offset_flags = r.u16()?;
    let _window = r.u16()?;
    let _checksum = r.u16()?;
    let _urgent = r.u16()?;
    let header_len = usize::from(offset_flags >> 12) * 4;
    if header_len < 20 {
        return Err(WireError::new("tcp", "header length below 20", 12));
    }
    let _options = r.take(header_len - 20)?;
    let flow = Flow {
        transport: Transport::Tcp,
        src,
        dst,
        src_port,
        dst_port,
    };
    if src_port == KNXNET_IP_PORT || dst_port == KNXNET_IP_PORT {
        Ok(Payload::KnxIpTcp {
            flow,
            data: r.rest(),
        })
    } else {
        Ok(Payload::OtherTcp(flow))
    }
}

/// One piece of a KNXnet/IP TCP segment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KnxTcpChunk<'a> {
    /// Bytes that claim to be one whole frame (by the header's total length, or the rest of the
    /// segment when that length is unusable: the codec will say what is wrong).
    Frame(&'a [u8]),
    /// The start of a frame that continues in a later segment (not reassembled).
    Partial(&'a [u8]),
}

/// Cut a KNXnet/IP-over-TCP segment payload into frames by the total length at header offset 4.
pub fn knx_tcp_frames(segment: &[u8]) -> KnxTcpFrames<'_> {
    KnxTcpFrames { rest: segment }
}

#[derive(Debug, Clone)]
pub struct KnxTcpFrames<'a> {
    rest: &'a [u8],
}

impl<'a> Iterator for KnxTcpFrames<'a> {
    type Item = KnxTcpChunk<'a>;

    fn next(&mut self) -> Option<Self::Item> {
        const HEADER_LEN: usize = 6;
        if self.rest.is_empty() {
            return None;
        }
        let all = self.rest;
        let Some(&[_, _, _, _, hi, lo]) = all.first_chunk::<HEADER_LEN>() else {
            self.rest = &[];
            return Some(KnxTcpChunk::Partial(all));
        };
        let total = usize::from(u16::from_be_bytes([hi, lo]));
        if total < HEADER_LEN {
            // Unusable length: hand the rest to the codec, which names the problem.
            self.rest = &[];
            return Some(KnxTcpChunk::Frame(all));
        }
        match (all.get(..total), all.get(total..)) {
            (Some(frame), Some(rest)) => {
                self.rest = rest;
                Some(KnxTcpChunk::Frame(frame))
            }
            _ => {
                self.rest = &[];
                Some(KnxTcpChunk::Partial(all))
            }
        }
    }
}

/// Frame builders: the emit side, used by tests, simulators and capture writers.
pub mod emit {
    use std::net::Ipv4Addr;

    use super::{ETHERTYPE_IPV4, ETHERTYPE_VLAN, IPPROTO_TCP, IPPROTO_UDP, LLC_UI, LSAP_BACNET};
    use super::{KNXNET_IP_PORT, Mac};
    use crate::wire::writer::{patch_u16, put_u8, put_u16, put_u32};

    /// Ethernet II header, with one 802.1Q tag per entry of `vlans` (outermost first).
    pub fn ethernet(out: &mut Vec<u8>, dst: Mac, src: Mac, vlans: &[u16], ethertype: u16) {
        out.extend_from_slice(&dst);
        out.extend_from_slice(&src);
        for &vid in vlans {
            put_u16(out, ETHERTYPE_VLAN);
            put_u16(out, vid & 0x0fff);
        }
        put_u16(out, ethertype);
    }

    /// IPv4 header (no options, DF clear) with a correct header checksum, then `body`.
    /// `fragment` is (more fragments, offset in 8-byte units).
    pub fn ipv4(
        out: &mut Vec<u8>,
        src: Ipv4Addr,
        dst: Ipv4Addr,
        protocol: u8,
        fragment: (bool, u16),
        body: &[u8],
    ) {
        let start = out.len();
        let total = u16::try_from(20 + body.len()).unwrap_or(u16::MAX);
        put_u8(out, 0x45);
        put_u8(out, 0);
        put_u16(out, total);
        put_u16(out, 0x1234);
        put_u16(out, (u16::from(fragment.0) << 13) | (fragment.1 & 0x1fff));
        put_u8(out, 64);
        put_u8(out, protocol);
        put_u16(out, 0);
        out.extend_from_slice(&src.octets());
        out.extend_from_slice(&dst.octets());
        let sum = checksum(out.get(start..).unwrap_or(&[]));
        patch_u16(out, start + 10, sum);
        out.extend_from_slice(body);
    }

    /// IPv4 + UDP (checksum 0, "not computed", which RFC 768 allows).
    pub fn ipv4_udp(out: &mut Vec<u8>, src: (Ipv4Addr, u16), dst: (Ipv4Addr, u16), payload: &[u8]) {
        let mut udp = Vec::with_capacity(8 + payload.len());
        put_u16(&mut udp, src.1);
        put_u16(&mut udp, dst.1);
        put_u16(
            &mut udp,
            u16::try_from(8 + payload.len()).unwrap_or(u16::MAX),
        );
        put_u16(&mut udp, 0);
        udp.extend_from_slice(payload);
        ipv4(out, src.0, dst.0, IPPROTO_UDP, (false, 0), &udp);
    }

    /// IPv4 + TCP (PSH|ACK, no options, checksum not computed).
    pub fn ipv4_tcp(out: &mut Vec<u8>, src: (Ipv4Addr, u16), dst: (Ipv4Addr, u16), payload: &[u8]) {
        let mut tcp = Vec::with_capacity(20 + payload.len());
        put_u16(&mut tcp, src.1);
        put_u16(&mut tcp, dst.1);
        put_u32(&mut tcp, 1);
        put_u32(&mut tcp, 1);
        put_u16(&mut tcp, (5 << 12) | 0x018);
        put_u16(&mut tcp, 0xffff);
        put_u16(&mut tcp, 0);
        put_u16(&mut tcp, 0);
        tcp.extend_from_slice(payload);
        ipv4(out, src.0, dst.0, IPPROTO_TCP, (false, 0), &tcp);
    }

    /// Ethernet + IPv4 + UDP in one go.
    pub fn ethernet_udp(src: (Ipv4Addr, u16), dst: (Ipv4Addr, u16), payload: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(42 + payload.len());
        ethernet(&mut out, [0xff; 6], [2, 0, 0, 0, 0, 1], &[], ETHERTYPE_IPV4);
        ipv4_udp(&mut out, src, dst, payload);
        out
    }

    /// KNXnet/IP over TCP to port 3671, from an ephemeral port.
    pub fn ethernet_knx_tcp(src: Ipv4Addr, dst: Ipv4Addr, payload: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(54 + payload.len());
        ethernet(
            &mut out,
            [2, 0, 0, 0, 0, 2],
            [2, 0, 0, 0, 0, 1],
            &[],
            ETHERTYPE_IPV4,
        );
        ipv4_tcp(&mut out, (src, 50000), (dst, KNXNET_IP_PORT), payload);
        out
    }

    /// BACnet/Ethernet: 802.3 header with length, LLC 82 82 03, the NPDU, padded to 60 bytes.
    pub fn ethernet_llc_bacnet(dst: Mac, src: Mac, npdu: &[u8]) -> Vec<u8> {
        let mut out = Vec::with_capacity(60.max(17 + npdu.len()));
        out.extend_from_slice(&dst);
        out.extend_from_slice(&src);
        put_u16(&mut out, u16::try_from(3 + npdu.len()).unwrap_or(u16::MAX));
        put_u8(&mut out, LSAP_BACNET);
        put_u8(&mut out, LSAP_BACNET);
        put_u8(&mut out, LLC_UI);
        out.extend_from_slice(npdu);
        if out.len() < 60 {
            out.resize(60, 0);
        }
        out
    }

    /// RFC 1071 ones'-complement sum.
    pub fn checksum(bytes: &[u8]) -> u16 {
        let mut sum: u32 = 0;
        let mut chunks = bytes.chunks_exact(2);
        for pair in &mut chunks {
            if let [a, b] = pair {
                sum = sum.wrapping_add(u32::from(u16::from_be_bytes([*a, *b])));
            }
        }
        if let [last] = chunks.remainder() {
            sum = sum.wrapping_add(u32::from(*last) << 8);
        }
        while sum > 0xffff {
            sum = (sum & 0xffff) + (sum >> 16);
        }
        !(u16::try_from(sum).unwrap_or(0xffff))
    }
}

#[cfg(test)]
mod tests {
    use super::emit;
    use super::*;
    use proptest::prelude::*;

    /// cisagov-icsnpp_bacnet_example.pcap frame 1: Read-Property request, 172.20.32.200 →
    /// 172.20.32.50, UDP 47808 → 47808.
    const EXAMPLE_FRAME_1: &[u8] = &[
        0x2c, 0x30, 0x33, 0xd3, 0x15, 0x44, 0xd4, 0x6a, 0x6a, 0x56, 0x98, 0x17, 0x08, 0x00, 0x45,
        0x00, 0x00, 0x2d, 0x00, 0x01, 0x00, 0x00, 0x40, 0x11, 0xe1, 0x9c, 0xac, 0x14, 0x20, 0xc8,
        0xac, 0x14, 0x20, 0x32, 0xba, 0xc0, 0xba, 0xc0, 0x00, 0x19, 0x13, 0xce, 0x81, 0x0a, 0x00,
        0x11, 0x01, 0x04, 0x00, 0x05, 0x01, 0x0c, 0x0c, 0x00, 0x00, 0x00, 0x01, 0x19, 0x4d,
    ];

    /// cisagov-icsnpp_bacnet_services.pcap frame 276: BACnet/Ethernet, 802.3 length 10, LLC
    /// 82 82 03, a 7-byte NPDU (network message), then Ethernet padding of 0x03 bytes.
    const SERVICES_FRAME_276: &[u8] = &[
        0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00, 0xe0, 0xc9, 0x00, 0x10, 0xa5, 0x00, 0x0a, 0x82,
        0x82, 0x03, 0x01, 0x80, 0x01, 0x00, 0x01, 0x00, 0x03, 0x03, 0x03, 0x03, 0x03, 0x03, 0x03,
        0x03, 0x03, 0x03, 0x03, 0x03, 0x03, 0x03, 0x03, 0x03, 0x03, 0x03, 0x03, 0x03, 0x03, 0x03,
        0x03, 0x03, 0x03, 0x03, 0x03, 0x03, 0x03, 0x03, 0x03, 0x03, 0x03, 0x03, 0x03, 0x03, 0x03,
    ];

    /// ndpi_knxip.pcapng frame 1: SEARCH_REQUEST_EXTENDED from 192.168.88.231:41343 to the
    /// KNX multicast group 224.0.23.12:3671.
    const KNX_FRAME_1: &[u8] = &[
        0x01, 0x00, 0x5e, 0x00, 0x17, 0x0c, 0xf0, 0x2f, 0x74, 0xad, 0x43, 0xf5, 0x08, 0x00, 0x45,
        0x00, 0x00, 0x30, 0x55, 0xdf, 0x40, 0x00, 0x01, 0x11, 0x13, 0x42, 0xc0, 0xa8, 0x58, 0xe7,
        0xe0, 0x00, 0x17, 0x0c, 0xa1, 0x7f, 0x0e, 0x57, 0x00, 0x1c, 0x10, 0xca, 0x06, 0x10, 0x02,
        0x0b, 0x00, 0x14, 0x08, 0x01, 0xc0, 0xa8, 0x58, 0xe7, 0xa1, 0x7f, 0x06, 0x04, 0x01, 0x02,
        0x06, 0x07,
    ];

    /// ndpi_knxip.pcapng frame 3: one TCP segment from port 3671 holding two 14-byte
    /// KNXnet/IP frames (service types 0x0423 and 0x0425).
    const KNX_FRAME_3: &[u8] = &[
        0xb0, 0x6e, 0xbf, 0xbd, 0x49, 0xb7, 0x00, 0x50, 0xc2, 0x79, 0x3e, 0x03, 0x08, 0x00, 0x45,
        0x00, 0x00, 0x44, 0x03, 0x7b, 0x00, 0x00, 0x78, 0x06, 0xbb, 0xb4, 0xc0, 0xa8, 0x01, 0x1c,
        0xc0, 0xa8, 0x01, 0x18, 0x0e, 0x57, 0xd4, 0xad, 0x00, 0x13, 0x82, 0x7d, 0x85, 0x8d, 0xdc,
        0xcf, 0x50, 0x18, 0x07, 0x81, 0x0e, 0x24, 0x00, 0x00, 0x06, 0x10, 0x04, 0x23, 0x00, 0x0e,
        0x04, 0x01, 0x02, 0x00, 0x06, 0x00, 0x10, 0x87, 0x06, 0x10, 0x04, 0x25, 0x00, 0x0e, 0x04,
        0x01, 0x03, 0x00, 0x06, 0x00, 0x10, 0x87,
    ];

    const ALL_LINKTYPES: [u32; 10] = [
        linktype::NULL,
        linktype::ETHERNET,
        linktype::RAW_12,
        linktype::RAW_14,
        linktype::RAW,
        linktype::LOOP,
        linktype::LINUX_SLL,
        linktype::IPV4,
        linktype::IPV6,
        linktype::LINUX_SLL2,
    ];

    fn ip(a: u8, b: u8, c: u8, d: u8) -> Ipv4Addr {
        Ipv4Addr::new(a, b, c, d)
    }

    /// A BVLC Original-Unicast-NPDU carrying a Who-Is.
    const WHO_IS: &[u8] = &[0x81, 0x0a, 0x00, 0x08, 0x01, 0x00, 0x10, 0x08];

    fn udp_ip(sport: u16, dport: u16, payload: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        emit::ipv4_udp(
            &mut out,
            (ip(10, 0, 0, 1), sport),
            (ip(10, 0, 0, 2), dport),
            payload,
        );
        out
    }

    fn bacnet_ip(d: &Dissection<'_>) -> (Flow, Vec<u8>, bool) {
        match d.payload {
            Payload::BacnetIp {
                flow,
                data,
                heuristic,
            } => (flow, data.to_vec(), heuristic),
            other => panic!("expected BACnet/IP, got {other:?}"),
        }
    }

    #[test]
    fn real_ethernet_frame_gives_bacnet_ip_and_five_tuple() {
        let d = dissect(linktype::ETHERNET, EXAMPLE_FRAME_1).unwrap();
        let (flow, data, heuristic) = bacnet_ip(&d);
        assert_eq!(flow.transport, Transport::Udp);
        assert_eq!(flow.src, ip(172, 20, 32, 200));
        assert_eq!(flow.dst, ip(172, 20, 32, 50));
        assert_eq!((flow.src_port, flow.dst_port), (47808, 47808));
        assert!(!heuristic);
        // UDP length 0x19 = 25 → 17 payload bytes, which start with the BVLC header.
        assert_eq!(data.len(), 17);
        assert_eq!(&data[..4], &[0x81, 0x0a, 0x00, 0x11]);
        assert_eq!(d.flags, Flags::default());
    }

    #[test]
    fn checksum_matches_the_real_header() {
        let mut header = EXAMPLE_FRAME_1[14..34].to_vec();
        header[10] = 0;
        header[11] = 0;
        assert_eq!(emit::checksum(&header), 0xe19c);
    }

    #[test]
    fn real_llc_frame_gives_npdu_without_padding() {
        let d = dissect(linktype::ETHERNET, SERVICES_FRAME_276).unwrap();
        match d.payload {
            Payload::BacnetEthernet { src, dst, npdu } => {
                assert_eq!(src, Some([0x00, 0xe0, 0xc9, 0x00, 0x10, 0xa5]));
                assert_eq!(dst, Some([0xff; 6]));
                assert_eq!(npdu, &[0x01, 0x80, 0x01, 0x00, 0x01, 0x00, 0x03]);
            }
            other => panic!("{other:?}"),
        }
        assert!(!d.flags.truncated);
    }

    #[test]
    fn llc_length_beyond_capture_is_truncated_not_an_error() {
        let d = dissect(linktype::ETHERNET, &SERVICES_FRAME_276[..19]).unwrap();
        assert!(d.flags.truncated);
        assert!(matches!(
            d.payload,
            Payload::BacnetEthernet {
                npdu: [0x01, 0x80],
                ..
            }
        ));
    }

    #[test]
    fn llc_for_other_saps_is_other_llc() {
        // emreekin_BACnetIP-MSTP-Mix.pcap frame 851 header: SNAP (Cimetrics MS/TP tunnel).
        let frame = [
            0x00, 0x00, 0x00, 0x00, 0x00, 0x72, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01, 0x00, 0x11,
            0xaa, 0xaa, 0x03, 0x00, 0x10, 0x90, 0x00, 0x01, 0x00, 0x00, 0x80, 0x00, 0x72, 0x01,
            0x00, 0x00, 0xce,
        ];
        let d = dissect(linktype::ETHERNET, &frame).unwrap();
        assert_eq!(
            d.payload,
            Payload::OtherLlc {
                dsap: 0xaa,
                ssap: 0xaa
            }
        );
    }

    #[test]
    fn llc_bacnet_round_trip() {
        let npdu = [0x01, 0x20, 0xff, 0xff, 0x00, 0xff, 0x10, 0x08];
        let frame = emit::ethernet_llc_bacnet([0xff; 6], [1, 2, 3, 4, 5, 6], &npdu);
        assert_eq!(frame.len(), 60);
        let d = dissect(linktype::ETHERNET, &frame).unwrap();
        assert_eq!(
            d.payload,
            Payload::BacnetEthernet {
                src: Some([1, 2, 3, 4, 5, 6]),
                dst: Some([0xff; 6]),
                npdu: &npdu
            }
        );
    }

    #[test]
    fn real_knx_udp_frame() {
        let d = dissect(linktype::ETHERNET, KNX_FRAME_1).unwrap();
        match d.payload {
            Payload::KnxIpUdp { flow, data } => {
                assert_eq!(flow.src, ip(192, 168, 88, 231));
                assert_eq!(flow.dst, ip(224, 0, 23, 12));
                assert_eq!((flow.src_port, flow.dst_port), (41343, 3671));
                assert_eq!(data.len(), 20);
                assert_eq!(&data[..4], &[0x06, 0x10, 0x02, 0x0b]);
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn real_knx_tcp_segment_splits_into_two_frames() {
        let d = dissect(linktype::ETHERNET, KNX_FRAME_3).unwrap();
        let Payload::KnxIpTcp { flow, data } = d.payload else {
            panic!("{:?}", d.payload)
        };
        assert_eq!(flow.transport, Transport::Tcp);
        assert_eq!((flow.src_port, flow.dst_port), (3671, 54445));
        let chunks: Vec<_> = knx_tcp_frames(data).collect();
        assert_eq!(chunks.len(), 2);
        assert_eq!(chunks[0], KnxTcpChunk::Frame(&data[..14]));
        assert_eq!(chunks[1], KnxTcpChunk::Frame(&data[14..]));
    }

    #[test]
    fn knx_tcp_partial_and_bad_lengths() {
        let two = &KNX_FRAME_3[54..];
        // Cut inside the second frame: one whole frame, then a partial one.
        let cut: Vec<_> = knx_tcp_frames(&two[..20]).collect();
        assert_eq!(
            cut,
            vec![
                KnxTcpChunk::Frame(&two[..14]),
                KnxTcpChunk::Partial(&two[14..20])
            ]
        );
        // Shorter than a header.
        assert_eq!(
            knx_tcp_frames(&two[..3]).collect::<Vec<_>>(),
            vec![KnxTcpChunk::Partial(&two[..3])]
        );
        // A total length below 6 cannot advance: the rest goes to the codec as one frame.
        let bad = [0x06, 0x10, 0x04, 0x20, 0x00, 0x02, 0xaa];
        assert_eq!(
            knx_tcp_frames(&bad).collect::<Vec<_>>(),
            vec![KnxTcpChunk::Frame(&bad)]
        );
        assert_eq!(knx_tcp_frames(&[]).count(), 0);
    }

    #[test]
    fn vlan_tags_are_skipped_and_counted() {
        for vlans in [&[10u16][..], &[100, 200][..]] {
            let mut frame = Vec::new();
            emit::ethernet(&mut frame, [0xff; 6], [2; 6], vlans, 0x0800);
            frame.extend_from_slice(&udp_ip(47808, 47808, WHO_IS));
            let d = dissect(linktype::ETHERNET, &frame).unwrap();
            assert_eq!(d.flags.vlan_tags as usize, vlans.len());
            assert_eq!(bacnet_ip(&d).1, WHO_IS);
        }
        // 802.1ad outer tag (0x88a8) then 802.1Q.
        let mut frame = vec![0xff; 12];
        frame.extend_from_slice(&[0x88, 0xa8, 0x00, 0x05, 0x81, 0x00, 0x00, 0x06, 0x08, 0x00]);
        frame.extend_from_slice(&udp_ip(47808, 47808, WHO_IS));
        let d = dissect(linktype::ETHERNET, &frame).unwrap();
        assert_eq!(d.flags.vlan_tags, 2);
        assert_eq!(bacnet_ip(&d).1, WHO_IS);
    }

    #[test]
    fn too_many_vlan_tags_is_an_error() {
        let mut frame = Vec::new();
        let vlans = [1u16; MAX_VLAN_TAGS as usize + 1];
        emit::ethernet(&mut frame, [0xff; 6], [2; 6], &vlans, 0x0800);
        frame.extend_from_slice(&udp_ip(47808, 47808, WHO_IS));
        let e = dissect(linktype::ETHERNET, &frame).unwrap_err();
        assert_eq!((e.layer, e.what), ("vlan", "too many stacked tags"));
    }

    #[test]
    fn llc_inside_vlan() {
        let mut frame = Vec::new();
        emit::ethernet(&mut frame, [0xff; 6], [2; 6], &[7], 5);
        frame.extend_from_slice(&[0x82, 0x82, 0x03, 0x01, 0x00]);
        let d = dissect(linktype::ETHERNET, &frame).unwrap();
        assert!(matches!(
            d.payload,
            Payload::BacnetEthernet {
                npdu: [0x01, 0x00],
                ..
            }
        ));
    }

    fn sll_header(protocol: u16) -> Vec<u8> {
        let mut h = vec![0x00, 0x00, 0x00, 0x01, 0x00, 0x06];
        h.extend_from_slice(&[0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x00, 0x00]);
        h.extend_from_slice(&protocol.to_be_bytes());
        h
    }

    fn sll2_header(protocol: u16) -> Vec<u8> {
        let mut h = protocol.to_be_bytes().to_vec();
        h.extend_from_slice(&[0, 0, 0, 0, 0, 3, 0x00, 0x01, 0x04, 0x06]);
        h.extend_from_slice(&[0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x00, 0x00]);
        h
    }

    #[test]
    fn linux_cooked_v1_and_v2_carry_ipv4_and_llc() {
        for (lt, header) in [
            (linktype::LINUX_SLL, sll_header as fn(u16) -> Vec<u8>),
            (linktype::LINUX_SLL2, sll2_header),
        ] {
            let mut frame = header(0x0800);
            assert_eq!(frame.len(), if lt == linktype::LINUX_SLL { 16 } else { 20 });
            frame.extend_from_slice(&udp_ip(47809, 47808, WHO_IS));
            let d = dissect(lt, &frame).unwrap();
            let (flow, data, _) = bacnet_ip(&d);
            assert_eq!(flow.src_port, 47809);
            assert_eq!(data, WHO_IS);

            let mut frame = header(0x0004);
            frame.extend_from_slice(&[0x82, 0x82, 0x03, 0x01, 0x00]);
            let d = dissect(lt, &frame).unwrap();
            assert_eq!(
                d.payload,
                Payload::BacnetEthernet {
                    src: Some([0x00, 0x11, 0x22, 0x33, 0x44, 0x55]),
                    dst: None,
                    npdu: &[0x01, 0x00]
                }
            );

            let mut frame = header(0x8100);
            frame.extend_from_slice(&[0x00, 0x05, 0x08, 0x00]);
            frame.extend_from_slice(&udp_ip(3671, 3671, &[0x06, 0x10]));
            let d = dissect(lt, &frame).unwrap();
            assert!(matches!(d.payload, Payload::KnxIpUdp { .. }));
            assert_eq!(d.flags.vlan_tags, 1);

            assert_eq!(dissect(lt, &header(0x86dd)).unwrap().payload, Payload::Ipv6);
            assert_eq!(
                dissect(lt, &header(0x0806)).unwrap().payload,
                Payload::NonIp { ethertype: 0x0806 }
            );
            assert_eq!(
                dissect(lt, &header(0x0800)[..10]).unwrap_err().what,
                "truncated"
            );
        }
    }

    #[test]
    fn raw_ip_link_types() {
        let packet = udp_ip(47808, 47808, WHO_IS);
        for lt in [
            linktype::RAW,
            linktype::RAW_12,
            linktype::RAW_14,
            linktype::IPV4,
        ] {
            let d = dissect(lt, &packet).unwrap();
            assert_eq!(bacnet_ip(&d).1, WHO_IS, "linktype {lt}");
        }
        let v6 = [0x60, 0, 0, 0, 0, 0, 17, 64];
        assert_eq!(dissect(linktype::RAW, &v6).unwrap().payload, Payload::Ipv6);
        assert_eq!(dissect(linktype::IPV6, &v6).unwrap().payload, Payload::Ipv6);
        assert_eq!(
            dissect(linktype::RAW, &[0x50]).unwrap_err().what,
            "unknown IP version"
        );
        assert_eq!(
            dissect(linktype::IPV4, &v6).unwrap_err().what,
            "version is not 4"
        );
        assert_eq!(dissect(linktype::RAW, &[]).unwrap_err().what, "truncated");
    }

    #[test]
    fn null_and_loop_families_in_both_byte_orders() {
        let packet = udp_ip(47808, 47808, WHO_IS);
        for (lt, family) in [
            (linktype::NULL, [2, 0, 0, 0]),
            (linktype::NULL, [0, 0, 0, 2]),
            (linktype::LOOP, [0, 0, 0, 2]),
        ] {
            let mut frame = family.to_vec();
            frame.extend_from_slice(&packet);
            assert_eq!(bacnet_ip(&dissect(lt, &frame).unwrap()).1, WHO_IS);
        }
        assert_eq!(
            dissect(linktype::NULL, &[24, 0, 0, 0, 0x60])
                .unwrap()
                .payload,
            Payload::Ipv6
        );
        assert_eq!(
            dissect(linktype::NULL, &[7, 0, 0, 0]).unwrap_err().what,
            "unknown address family"
        );
    }

    #[test]
    fn unsupported_link_type_is_an_error() {
        let e = dissect(165, EXAMPLE_FRAME_1).unwrap_err();
        assert_eq!((e.layer, e.what), ("link", "unsupported link type"));
        assert_eq!(linktype::name(165), "unsupported");
        assert_eq!(linktype::name(linktype::LINUX_SLL2), "linux-sll2");
    }

    #[test]
    fn fragments_are_reported_not_dropped() {
        let mut first = Vec::new();
        emit::ipv4(
            &mut first,
            ip(1, 1, 1, 1),
            ip(2, 2, 2, 2),
            17,
            (true, 0),
            &[0; 16],
        );
        match dissect(linktype::RAW, &first).unwrap().payload {
            Payload::IpFragment {
                protocol,
                offset,
                more_fragments,
                id,
                ..
            } => {
                assert_eq!(
                    (protocol, offset, more_fragments, id),
                    (17, 0, true, 0x1234)
                );
            }
            other => panic!("{other:?}"),
        }
        let mut last = Vec::new();
        emit::ipv4(
            &mut last,
            ip(1, 1, 1, 1),
            ip(2, 2, 2, 2),
            17,
            (false, 185),
            &[0; 16],
        );
        assert!(matches!(
            dissect(linktype::RAW, &last).unwrap().payload,
            Payload::IpFragment {
                offset: 1480,
                more_fragments: false,
                ..
            }
        ));
    }

    #[test]
    fn udp_classification_by_port_and_heuristic() {
        let knx = [0x06, 0x10, 0x02, 0x01, 0x00, 0x06];
        let cases: [(u16, u16, &[u8], &str); 7] = [
            (47808, 40000, WHO_IS, "port"),
            (40000, 47823, b"not bacnet at all", "port"),
            (40000, 47824, b"not bacnet at all", "other"),
            (3671, 40000, &knx, "knx"),
            (40000, 40001, WHO_IS, "heuristic"),
            (
                40000,
                40001,
                &[0x81, 0x0b, 0x00, 0x06, 0x01, 0x20],
                "heuristic",
            ),
            // Forwarded-NPDU (0x04) is not in Zeek's signature.
            (40000, 40001, &[0x81, 0x04, 0x00, 0x06, 0x01, 0x20], "other"),
        ];
        for (sport, dport, payload, want) in cases {
            let packet = udp_ip(sport, dport, payload);
            let got = match dissect(linktype::RAW, &packet).unwrap().payload {
                Payload::BacnetIp {
                    heuristic: false,
                    data,
                    ..
                } if data == payload => "port",
                Payload::BacnetIp {
                    heuristic: true,
                    data,
                    ..
                } if data == payload => "heuristic",
                Payload::KnxIpUdp { data, .. } if data == payload => "knx",
                Payload::OtherUdp(_) => "other",
                other => panic!("{other:?}"),
            };
            assert_eq!(got, want, "{sport} → {dport}");
        }
        // Too short for the signature.
        let packet = udp_ip(40000, 40001, &[0x81, 0x0a, 0x00, 0x05]);
        assert!(matches!(
            dissect(linktype::RAW, &packet).unwrap().payload,
            Payload::OtherUdp(_)
        ));
    }

    #[test]
    fn snaplen_cut_is_flagged_and_payload_is_what_was_captured() {
        let cut = &EXAMPLE_FRAME_1[..50];
        let d = dissect(linktype::ETHERNET, cut).unwrap();
        assert!(d.flags.truncated);
        assert!(!d.flags.udp_length_mismatch);
        assert_eq!(bacnet_ip(&d).1, &EXAMPLE_FRAME_1[42..50]);
        // Cut inside the UDP header: that header cannot be read.
        let e = dissect(linktype::ETHERNET, &EXAMPLE_FRAME_1[..38]).unwrap_err();
        assert_eq!((e.layer, e.what), ("udp", "truncated"));
    }

    #[test]
    fn ethernet_padding_is_trimmed_by_ip_total_length() {
        let mut frame =
            emit::ethernet_udp((ip(10, 0, 0, 1), 47808), (ip(10, 0, 0, 2), 47808), WHO_IS);
        frame.resize(64, 0xee);
        let d = dissect(linktype::ETHERNET, &frame).unwrap();
        assert_eq!(bacnet_ip(&d).1, WHO_IS);
        assert_eq!(d.flags, Flags::default());
    }

    #[test]
    fn ip_header_errors_and_options() {
        let mut packet = udp_ip(47808, 47808, WHO_IS);
        packet[0] = 0x44;
        assert_eq!(
            dissect(linktype::RAW, &packet).unwrap_err().what,
            "header length below 20"
        );
        let mut packet = udp_ip(47808, 47808, WHO_IS);
        packet[2] = 0;
        packet[3] = 19;
        assert_eq!(
            dissect(linktype::RAW, &packet).unwrap_err().what,
            "total length below header length"
        );
        // IHL 6: one option word (four NOPs) before UDP.
        let plain = udp_ip(47808, 47808, WHO_IS);
        let mut packet = plain[..20].to_vec();
        packet[0] = 0x46;
        let total = u16::try_from(plain.len() + 4).unwrap();
        packet[2..4].copy_from_slice(&total.to_be_bytes());
        packet.extend_from_slice(&[1, 1, 1, 1]);
        packet.extend_from_slice(&plain[20..]);
        let d = dissect(linktype::RAW, &packet).unwrap();
        assert!(d.flags.ip_options);
        assert_eq!(bacnet_ip(&d).1, WHO_IS);
        // IHL says 15 words but the capture ends first.
        let mut packet = udp_ip(47808, 47808, WHO_IS);
        packet[0] = 0x4f;
        packet.truncate(30);
        assert_eq!(
            dissect(linktype::RAW, &packet).unwrap_err().what,
            "truncated"
        );
    }

    #[test]
    fn zero_total_length_means_offloaded_and_uses_the_capture() {
        let mut packet = udp_ip(47808, 47808, WHO_IS);
        packet[2] = 0;
        packet[3] = 0;
        let d = dissect(linktype::RAW, &packet).unwrap();
        assert!(d.flags.ip_length_zero);
        assert!(!d.flags.truncated);
        assert_eq!(bacnet_ip(&d).1, WHO_IS);
    }

    #[test]
    fn udp_length_field_checks() {
        let mut packet = udp_ip(47808, 47808, WHO_IS);
        packet[24] = 0;
        packet[25] = 7;
        assert_eq!(
            dissect(linktype::RAW, &packet).unwrap_err().what,
            "length field below header size"
        );
        // UDP says 4 bytes fewer than IP carries: payload follows UDP, flagged.
        let mut packet = udp_ip(47808, 47808, WHO_IS);
        packet[25] -= 4;
        let d = dissect(linktype::RAW, &packet).unwrap();
        assert!(d.flags.udp_length_mismatch);
        assert_eq!(bacnet_ip(&d).1, &WHO_IS[..4]);
        // UDP says more than IP carries (and IP was not cut): the IP payload, flagged.
        let mut packet = udp_ip(47808, 47808, WHO_IS);
        packet[25] += 4;
        let d = dissect(linktype::RAW, &packet).unwrap();
        assert!(d.flags.udp_length_mismatch);
        assert_eq!(bacnet_ip(&d).1, WHO_IS);
    }

    #[test]
    fn tcp_header_checks() {
        let mut frame = emit::ethernet_knx_tcp(ip(1, 1, 1, 1), ip(2, 2, 2, 2), &[]);
        let d = dissect(linktype::ETHERNET, &frame).unwrap();
        assert!(matches!(d.payload, Payload::KnxIpTcp { data: [], .. }));
        frame[14 + 20 + 12] = 0x40;
        assert_eq!(
            dissect(linktype::ETHERNET, &frame).unwrap_err().what,
            "header length below 20"
        );
        let mut out = Vec::new();
        emit::ipv4_tcp(
            &mut out,
            (ip(1, 1, 1, 1), 80),
            (ip(2, 2, 2, 2), 5000),
            b"GET",
        );
        assert!(matches!(
            dissect(linktype::RAW, &out).unwrap().payload,
            Payload::OtherTcp(Flow { src_port: 80, .. })
        ));
    }

    #[test]
    fn non_ip_and_other_protocols() {
        let mut arp = Vec::new();
        emit::ethernet(&mut arp, [0xff; 6], [2; 6], &[], 0x0806);
        arp.extend_from_slice(&[0; 28]);
        assert_eq!(
            dissect(linktype::ETHERNET, &arp).unwrap().payload,
            Payload::NonIp { ethertype: 0x0806 }
        );
        let mut v6 = Vec::new();
        emit::ethernet(&mut v6, [0xff; 6], [2; 6], &[], 0x86dd);
        assert_eq!(
            dissect(linktype::ETHERNET, &v6).unwrap().payload,
            Payload::Ipv6
        );
        let mut icmp = Vec::new();
        emit::ipv4(
            &mut icmp,
            ip(1, 1, 1, 1),
            ip(2, 2, 2, 2),
            1,
            (false, 0),
            &[8, 0, 0, 0],
        );
        assert_eq!(
            dissect(linktype::RAW, &icmp).unwrap().payload,
            Payload::OtherIpv4 { protocol: 1 }
        );
    }

    #[test]
    fn every_prefix_of_every_fixture_is_ok_or_err() {
        for fixture in [
            EXAMPLE_FRAME_1,
            SERVICES_FRAME_276,
            KNX_FRAME_1,
            KNX_FRAME_3,
        ] {
            for lt in ALL_LINKTYPES {
                for n in 0..=fixture.len() {
                    let _ = dissect(lt, &fixture[..n]);
                    if let Ok(Dissection {
                        payload: Payload::KnxIpTcp { data, .. },
                        ..
                    }) = dissect(lt, &fixture[..n])
                    {
                        let total: usize = knx_tcp_frames(data)
                            .map(|c| match c {
                                KnxTcpChunk::Frame(f) | KnxTcpChunk::Partial(f) => f.len(),
                            })
                            .sum();
                        assert_eq!(total, data.len());
                    }
                }
            }
        }
    }

    proptest! {
        #[test]
        fn emitted_udp_dissects_back(
            src in any::<[u8; 4]>(), dst in any::<[u8; 4]>(),
            sport in any::<u16>(), dport in any::<u16>(),
            payload in proptest::collection::vec(any::<u8>(), 0..200),
        ) {
            let frame = emit::ethernet_udp((src.into(), sport), (dst.into(), dport), &payload);
            let d = dissect(linktype::ETHERNET, &frame).unwrap();
            let (flow, data) = match d.payload {
                Payload::BacnetIp { flow, data, .. } | Payload::KnxIpUdp { flow, data } => {
                    (flow, data)
                }
                Payload::OtherUdp(flow) => (flow, &payload[..]),
                other => panic!("{other:?}"),
            };
            prop_assert_eq!(flow.src, Ipv4Addr::from(src));
            prop_assert_eq!(flow.dst, Ipv4Addr::from(dst));
            prop_assert_eq!((flow.src_port, flow.dst_port), (sport, dport));
            prop_assert_eq!(data, &payload[..]);
            prop_assert_eq!(d.flags, Flags::default());
        }

        #[test]
        fn arbitrary_bytes_never_panic(
            lt in proptest::sample::select(ALL_LINKTYPES.to_vec()),
            bytes in proptest::collection::vec(any::<u8>(), 0..120),
        ) {
            if let Ok(Dissection { payload: Payload::KnxIpTcp { data, .. }, .. }) =
                dissect(lt, &bytes)
            {
                prop_assert!(knx_tcp_frames(data).count() <= data.len());
            }
        }

        #[test]
        fn knx_tcp_frames_partition_the_segment(
            lens in proptest::collection::vec(6usize..40, 0..6),
            cut in any::<prop::sample::Index>(),
        ) {
            let mut seg = Vec::new();
            for len in &lens {
                let mut f = vec![0x06, 0x10, 0x04, 0x20];
                f.extend_from_slice(&u16::try_from(*len).unwrap().to_be_bytes());
                f.resize(*len, 0xab);
                seg.extend_from_slice(&f);
            }
            let whole: Vec<_> = knx_tcp_frames(&seg).collect();
            prop_assert_eq!(whole.len(), lens.len());
            prop_assert!(whole.iter().all(|c| matches!(c, KnxTcpChunk::Frame(_))));
            // Cutting anywhere leaves only the last chunk partial.
            let n = cut.index(seg.len() + 1);
            let chunks: Vec<_> = knx_tcp_frames(&seg[..n]).collect();
            for c in chunks.iter().rev().skip(1) {
                prop_assert!(matches!(c, KnxTcpChunk::Frame(_)), "{:?}", c);
            }
        }
    }
}
