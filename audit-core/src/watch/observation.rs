//! One stream of observations from every source: a decoded BACnet or KNXnet/IP message reduced
//! to what the watch learns from and checks: when, who to whom, which service, which points
//! (device, object, property) carried which value, the semantic event the knowledge rules look
//! at, and the oddities the codecs flagged.
//!
//! [`Observer`] turns captured frames ([`Observer::frame`], any link type `capture::frame`
//! reads) or received UDP datagrams ([`Observer::bacnet_datagram`], [`Observer::knx_datagram`])
//! into [`Observation`]s. It is pure: no I/O, no clock. It remembers the KNX telegrams of the
//! last second ([`ECHO_WINDOW_NS`]) to mark the copies gateways forward (`flags.echo`).
//!
//! KNX group values are kept raw ([`KnxRaw`]): what they mean depends on the group's datapoint
//! type, which the learner and the detectors know (from the ETS project or inferred), not the
//! wire.

use std::fmt;
use std::net::{Ipv4Addr, SocketAddrV4};
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::capture::frame::{self as capture, Flow, KnxTcpChunk, Payload};
use crate::watch::keys::PackedKey;
use crate::wire::bacnet::apdu::{Apdu as BacnetApdu, Segmentable};
use crate::wire::bacnet::bvlc::BvlcFunction;
use crate::wire::bacnet::enums::object_type::{object_type_by_name, object_type_name};
use crate::wire::bacnet::enums::property::{property_by_name, property_name};
use crate::wire::bacnet::network::NetworkMessage;
use crate::wire::bacnet::npdu::{MacAddress, Npdu};
use crate::wire::bacnet::services::{ComplexAck, ConfirmedRequest, UnconfirmedRequest};
use crate::wire::bacnet::tag::{ApplicationValue, ObjectId, ValueList};
use crate::wire::bacnet::{self, BacnetMessage};
use crate::wire::hex::{hex_colon, parse_hex_colon};
use crate::wire::knxip::apdu::{Apdu as KnxApdu, GroupValue};
use crate::wire::knxip::cemi::code as cemi_code;
use crate::wire::knxip::dpt::{Decoded, Dpt, DptError};
use crate::wire::knxip::{self, Body as KnxBody, GroupAddress, IndividualAddress};

/// BACnet property identifiers the watch treats specially.
pub mod prop {
    pub const OBJECT_NAME: u32 = 77;
    pub const PRESENT_VALUE: u32 = 85;
    pub const UNITS: u32 = 117;
}

/// Longest SADR/DADR kept; BACnet data links use at most 7 octets.
pub const MAX_SADR: usize = 8;
/// Longest object name kept from an object-name read (characters).
pub const MAX_NAME_CHARS: usize = 64;
/// KNX group values longer than this (the 14 octets of a 16.x text) are observed as
/// [`Value::Other`] (no value learned).
pub const MAX_KNX_VALUE_BYTES: usize = crate::wire::knxip::dpt::TEXT_OCTETS;
/// A KNX telegram seen again within this time from another host is a copy (an echo).
pub const ECHO_WINDOW_NS: i64 = 1_000_000_000;
/// KNX telegrams remembered for echo marking; when full, those older than the window go.
pub const MAX_ECHO_TELEGRAMS: usize = 4096;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Protocol {
    Bacnet,
    Knx,
}

impl Protocol {
    pub fn name(self) -> &'static str {
        match self {
            Protocol::Bacnet => "bacnet",
            Protocol::Knx => "knx",
        }
    }
}

/// A transport-level address: where a datagram came from or went to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Endpoint {
    Ip(SocketAddrV4),
    /// BACnet/Ethernet (ISO 8802-2) station.
    Mac([u8; 6]),
    /// Not known (a datagram received on a socket does not say where it was sent to).
    Unknown,
}

impl Endpoint {
    /// The host part: the IP address without the port.
    pub fn host(&self) -> Host {
        match self {
            Endpoint::Ip(sa) => Host::Ip(*sa.ip()),
            Endpoint::Mac(m) => Host::Mac(*m),
            Endpoint::Unknown => Host::Unknown,
        }
    }
}

impl fmt::Display for Endpoint {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Endpoint::Ip(sa) => sa.fmt(f),
            Endpoint::Mac(m) => write!(f, "mac {}", hex_colon(m)),
            Endpoint::Unknown => f.write_str("unknown"),
        }
    }
}

impl FromStr for Endpoint {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s == "unknown" {
            return Ok(Endpoint::Unknown);
        }
        if let Some(m) = s.strip_prefix("mac ") {
            let bytes = parse_hex_colon(m)?;
            let mac: [u8; 6] = bytes
                .try_into()
                .map_err(|_| format!("not a 6-octet MAC: {m}"))?;
            return Ok(Endpoint::Mac(mac));
        }
        s.parse::<SocketAddrV4>()
            .map(Endpoint::Ip)
            .map_err(|_| format!("not an address: {s}"))
    }
}

/// Who sent something, without the port: the key of writer sets, rates and conversations. KNX
/// senders are known by their individual address when the frame carries one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Host {
    Ip(Ipv4Addr),
    Mac([u8; 6]),
    Knx(IndividualAddress),
    Unknown,
}

impl fmt::Display for Host {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Host::Ip(ip) => ip.fmt(f),
            Host::Mac(m) => write!(f, "mac {}", hex_colon(m)),
            Host::Knx(ia) => write!(f, "knx {ia}"),
            Host::Unknown => f.write_str("unknown"),
        }
    }
}

impl FromStr for Host {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        if s == "unknown" {
            return Ok(Host::Unknown);
        }
        if let Some(m) = s.strip_prefix("mac ") {
            let bytes = parse_hex_colon(m)?;
            let mac: [u8; 6] = bytes
                .try_into()
                .map_err(|_| format!("not a 6-octet MAC: {m}"))?;
            return Ok(Host::Mac(mac));
        }
        if let Some(ia) = s.strip_prefix("knx ") {
            return parse_individual(ia).map(Host::Knx);
        }
        s.parse::<Ipv4Addr>()
            .map(Host::Ip)
            .map_err(|_| format!("not a host: {s}"))
    }
}

/// A BACnet station address behind a router (SNET/SADR or DNET/DADR), without allocation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RemoteStation {
    pub network: u16,
    len: u8,
    mac: [u8; MAX_SADR],
}

impl RemoteStation {
    pub fn new(network: u16, mac: &[u8]) -> Self {
        let mut out = [0u8; MAX_SADR];
        for (slot, b) in out.iter_mut().zip(mac) {
            *slot = *b;
        }
        Self {
            network,
            len: u8::try_from(mac.len().min(MAX_SADR)).unwrap_or(0),
            mac: out,
        }
    }

    fn from_npdu(network: u16, mac: &MacAddress) -> Self {
        Self::new(network, mac.as_bytes())
    }

    pub fn mac(&self) -> &[u8] {
        self.mac.get(..usize::from(self.len)).unwrap_or(&self.mac)
    }
}

/// Where a BACnet device lives: the B/IP (or Ethernet) address that carries its traffic, and
/// for a device behind a router its network and station address there.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct DeviceAddr {
    pub link: Endpoint,
    pub remote: Option<RemoteStation>,
}

impl DeviceAddr {
    pub fn local(link: Endpoint) -> Self {
        Self { link, remote: None }
    }
}

impl fmt::Display for DeviceAddr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.link.fmt(f)?;
        if let Some(r) = &self.remote {
            write!(f, " net {}", r.network)?;
            if !r.mac().is_empty() {
                write!(f, " mac {}", hex_colon(r.mac()))?;
            }
        }
        Ok(())
    }
}

impl FromStr for DeviceAddr {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.split_once(" net ") {
            None => Ok(DeviceAddr::local(s.parse()?)),
            Some((link, rest)) => {
                let (net, mac) = rest.split_once(" mac ").unwrap_or((rest, ""));
                let network = net
                    .parse::<u16>()
                    .map_err(|_| format!("bad network number in {s}"))?;
                let mac = parse_hex_colon(mac)?;
                if mac.len() > MAX_SADR {
                    return Err(format!("station address too long in {s}"));
                }
                Ok(DeviceAddr {
                    link: link.parse()?,
                    remote: Some(RemoteStation::new(network, &mac)),
                })
            }
        }
    }
}

// Hash the address keys of the learner's and detector's maps as one or two words each: the
// derived impls feed the hasher every field and array length separately, which costs more than
// the map lookup itself. Each packing is injective per variant and the variant is in the top
// byte, so equal values hash equally and the maps behave as with the derived impls.

fn mac_word(m: &[u8; 6]) -> u64 {
    let [a, b, c, d, e, f] = *m;
    u64::from_be_bytes([0, 0, a, b, c, d, e, f])
}

impl Endpoint {
    fn packed(&self) -> u64 {
        match self {
            Endpoint::Ip(sa) => {
                (1 << 56) | (u64::from(u32::from(*sa.ip())) << 16) | u64::from(sa.port())
            }
            Endpoint::Mac(m) => (2 << 56) | mac_word(m),
            Endpoint::Unknown => 3 << 56,
        }
    }
}

impl Endpoint {
    /// `self.host()`'s packed word, computed without building the `Host` (an enum written a
    /// byte at a time and read back as one word stalls the load).
    #[inline]
    pub(crate) fn host_word(&self) -> u64 {
        match self {
            Endpoint::Ip(sa) => (1 << 56) | u64::from(u32::from(*sa.ip())),
            Endpoint::Mac(m) => (2 << 56) | mac_word(m),
            Endpoint::Unknown => UNKNOWN_HOST_WORD,
        }
    }
}

/// `Host::Unknown`'s packed word.
pub(crate) const UNKNOWN_HOST_WORD: u64 = 4 << 56;

impl std::hash::Hash for Endpoint {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_u64(self.packed());
    }
}

impl Host {
    /// Below 2^59, distinct for distinct hosts, and ordered as the hosts are.
    pub(crate) fn word(&self) -> u64 {
        match self {
            Host::Ip(ip) => (1 << 56) | u64::from(u32::from(*ip)),
            Host::Mac(m) => (2 << 56) | mac_word(m),
            Host::Knx(ia) => (3 << 56) | u64::from(ia.0),
            Host::Unknown => UNKNOWN_HOST_WORD,
        }
    }
}

impl std::hash::Hash for Host {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_u64(self.word());
    }
}

impl std::hash::Hash for PointKey {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        match self {
            PointKey::Bacnet {
                device,
                object,
                property,
            } => {
                device.hash(state);
                state.write_u64((u64::from(object.object_type) << 32) | u64::from(object.instance));
                state.write_u32(*property);
            }
            PointKey::Knx { group } => state.write_u64((5 << 56) | u64::from(group.0)),
        }
    }
}

// The keys the hot path's recent-lookup caches remember (see `keys::Recent`).
impl PackedKey for Host {
    fn packed(&self) -> u128 {
        u128::from(self.word())
    }
}

impl PackedKey for (Host, u16) {
    fn packed(&self) -> u128 {
        (u128::from(self.0.word()) << 16) | u128::from(self.1)
    }
}

impl PackedKey for (Host, Host) {
    fn packed(&self) -> u128 {
        (u128::from(self.0.word()) << 64) | u128::from(self.1.word())
    }
}

impl std::hash::Hash for DeviceAddr {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_u64(self.link.packed());
        if let Some(r) = &self.remote {
            state.write_u64(u64::from_be_bytes(r.mac));
            state.write_u32((1 << 24) | (u32::from(r.len) << 16) | u32::from(r.network));
        }
    }
}

/// What a value belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum PointKey {
    Bacnet {
        device: DeviceAddr,
        object: ObjectId,
        property: u32,
    },
    Knx {
        group: GroupAddress,
    },
}

impl fmt::Display for PointKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PointKey::Bacnet {
                device,
                object,
                property,
            } => write!(
                f,
                "{} {} of {device}",
                object_text(*object),
                property_name(*property)
            ),
            PointKey::Knx { group } => write!(f, "group {group}"),
        }
    }
}

/// `analog-value,3` (the spelling of bacpypes and tshark).
pub fn object_text(o: ObjectId) -> String {
    format!("{},{}", object_type_name(o.object_type), o.instance)
}

pub fn parse_object_text(s: &str) -> Result<ObjectId, String> {
    let (t, i) = s
        .rsplit_once(',')
        .ok_or_else(|| format!("object is not 'type,instance': {s}"))?;
    let object_type = object_type_by_name(t)
        .or_else(|| numbered(t, &["proprietary-object-type-", "unknown-", ""]))
        .ok_or_else(|| format!("unknown object type {t}"))?;
    let instance = i
        .parse::<u32>()
        .map_err(|_| format!("bad instance in {s}"))?;
    Ok(ObjectId::new(object_type, instance))
}

/// `present-value`, or the number of a proprietary property.
pub fn property_text(p: u32) -> String {
    property_name(p).into_owned()
}

pub fn parse_property_text(s: &str) -> Result<u32, String> {
    property_by_name(s)
        .or_else(|| numbered(s, &["proprietary-property-", "unknown-", ""]))
        .ok_or_else(|| format!("unknown property {s}"))
}

/// The number in the names the enums give values without a standard name
/// (`proprietary-property-512`, `unknown-77`), or a bare number.
fn numbered<T: FromStr>(s: &str, prefixes: &[&str]) -> Option<T> {
    prefixes
        .iter()
        .find_map(|p| s.strip_prefix(p).and_then(|n| n.parse().ok()))
}

pub fn parse_individual(s: &str) -> Result<IndividualAddress, String> {
    let mut it = s.split('.').map(str::parse::<u8>);
    match (it.next(), it.next(), it.next(), it.next()) {
        (Some(Ok(a)), Some(Ok(l)), Some(Ok(d)), None) if a < 16 && l < 16 => {
            Ok(IndividualAddress::new(a, l, d))
        }
        _ => Err(format!("not an individual address a.l.d: {s}")),
    }
}

pub fn parse_group(s: &str) -> Result<GroupAddress, String> {
    let mut it = s.split('/').map(str::parse::<u8>);
    match (it.next(), it.next(), it.next(), it.next()) {
        (Some(Ok(m)), Some(Ok(mi)), Some(Ok(sub)), None) if m < 32 && mi < 8 => {
            Ok(GroupAddress::new(m, mi, sub))
        }
        _ => Err(format!("not a group address m/m/s: {s}")),
    }
}

/// A value as the watch sees it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A number. `discrete` for BOOLEAN and ENUMERATED values (binary and multi-state states),
    /// which are learned as a set, not a range.
    Number { value: f64, discrete: bool },
    /// A character string (object names).
    Text(String),
    /// A KNX group value as carried (see [`KnxRaw`]).
    Knx(KnxRaw),
    /// Anything else (Null to relinquish a command, lists, constructed values).
    Other,
}

/// A KNX group value without allocation: up to 6 bits carried in the APCI (`short`), or up to
/// [`MAX_KNX_VALUE_BYTES`] octets after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KnxRaw {
    short: bool,
    len: u8,
    bytes: [u8; MAX_KNX_VALUE_BYTES],
}

impl KnxRaw {
    /// `None` for a value longer than [`MAX_KNX_VALUE_BYTES`].
    pub fn new(value: &GroupValue) -> Option<Self> {
        let mut bytes = [0u8; MAX_KNX_VALUE_BYTES];
        match value {
            GroupValue::Short(b) => {
                if let Some(first) = bytes.first_mut() {
                    *first = *b & 0x3F;
                }
                Some(Self {
                    short: true,
                    len: 0,
                    bytes,
                })
            }
            GroupValue::Long(data) if data.len() <= MAX_KNX_VALUE_BYTES => {
                for (slot, b) in bytes.iter_mut().zip(data) {
                    *slot = *b;
                }
                Some(Self {
                    short: false,
                    len: u8::try_from(data.len()).unwrap_or(0),
                    bytes,
                })
            }
            GroupValue::Long(_) => None,
        }
    }

    /// The 6 bits carried in the APCI, for a short value.
    pub fn short(&self) -> Option<u8> {
        self.short.then(|| self.bytes.first().copied().unwrap_or(0))
    }

    /// The octets after the APCI (empty for a short value).
    pub fn data(&self) -> &[u8] {
        self.bytes
            .get(..usize::from(self.len))
            .unwrap_or(&self.bytes)
    }

    /// Octets after the APCI; `None` for a short value. The size a datapoint type is told by.
    pub fn size(&self) -> Option<usize> {
        (!self.short).then_some(usize::from(self.len))
    }

    pub fn group_value(&self) -> GroupValue {
        match self.short() {
            Some(b) => GroupValue::Short(b),
            None => GroupValue::Long(self.data().to_vec()),
        }
    }

    /// Decode with a datapoint type.
    pub fn decode(&self, dpt: Dpt) -> Result<Decoded, DptError> {
        dpt.decode_parts(self.short(), self.data())
    }

    /// The number models learned before datapoint types (model format 1) held: the 6 bits, or
    /// up to 4 octets read as one unsigned integer; `None` beyond.
    pub fn legacy_number(&self) -> Option<f64> {
        match self.short() {
            Some(b) => Some(f64::from(b)),
            None if self.len <= 4 => Some(f64::from(
                self.data()
                    .iter()
                    .fold(0u32, |a, &b| (a << 8) | u32::from(b)),
            )),
            None => None,
        }
    }

    /// The octets as hex (`0c4c`), or the 6 bits (`$01`), for a value no type decodes.
    pub fn hex(&self) -> String {
        match self.short() {
            Some(b) => format!("${b:02x}"),
            None => crate::wire::hex::hex(self.data()),
        }
    }
}

impl Value {
    pub fn number(&self) -> Option<f64> {
        match self {
            Value::Number { value, .. } => Some(*value),
            _ => None,
        }
    }

    fn from_list(list: &ValueList) -> Value {
        match list.as_single() {
            Some(ApplicationValue::CharacterString(s)) => {
                let mut text = s.text();
                if let Some((cut, _)) = text.char_indices().nth(MAX_NAME_CHARS) {
                    text.truncate(cut);
                }
                Value::Text(text)
            }
            Some(v @ (ApplicationValue::Boolean(_) | ApplicationValue::Enumerated(_))) => {
                match v.as_f64() {
                    Some(value) => Value::Number {
                        value,
                        discrete: true,
                    },
                    None => Value::Other,
                }
            }
            Some(v) => match v.as_f64() {
                Some(value) if value.is_finite() => Value::Number {
                    value,
                    discrete: false,
                },
                _ => Value::Other,
            },
            None => Value::Other,
        }
    }
}

/// Whether a value was reported by the device (read, notified) or written to it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ValueRole {
    Reported,
    Written,
}

/// The values one message carried.
pub type Points = smallvec::SmallVec<[PointValue; 1]>;

#[derive(Debug, Clone, PartialEq)]
pub struct PointValue {
    pub point: PointKey,
    pub value: Value,
    pub role: ValueRole,
    /// Command priority of a write, when given.
    pub priority: Option<u8>,
}

/// The part of a message the knowledge rules look at.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    None,
    WhoIs,
    /// A device announced itself: its instance and where it lives.
    IAm {
        instance: u32,
        device: DeviceAddr,
    },
    /// The sender says it routes to these networks.
    IAmRouter {
        networks: Vec<u16>,
    },
    DeviceCommunicationControl {
        target: DeviceAddr,
        state: Option<&'static str>,
        duration_min: Option<u64>,
        password: bool,
    },
    ReinitializeDevice {
        target: DeviceAddr,
        state: Option<&'static str>,
        password: bool,
    },
    WriteBdt {
        entries: usize,
    },
    DeleteFdtEntry {
        entry: SocketAddrV4,
    },
    RegisterForeignDevice {
        ttl: u16,
    },
    /// KNX A_GroupValue_Write (the point and value are in `points`).
    KnxGroupWrite,
    /// KNX A_Authorize_Request: somebody tries a key.
    KnxAuthorize {
        key: u32,
    },
    /// KNX device management (memory, property, key or address writes, restarts).
    KnxManagement {
        target: IndividualAddress,
    },
    /// KNXnet/IP CONNECT_REQUEST: a client opens a tunnel or management connection.
    KnxConnect {
        control_endpoint: SocketAddrV4,
        tunnel: bool,
    },
}

/// Oddities of the message, from the codecs and the capture layer.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ObsFlags {
    /// The message could not be decoded (or its service body was refused).
    pub malformed: bool,
    /// The capture holds less than the packet.
    pub truncated: bool,
    /// Length mismatches, reserved bits, trailing octets.
    pub oddity: bool,
    /// Sent as a broadcast (BVLC Original-Broadcast/Distribute-Broadcast, NPDU broadcast DNET).
    pub broadcast: bool,
    /// Sent to the link's broadcast address (BVLC Original-Broadcast-NPDU, Ethernet
    /// ff:ff:ff:ff:ff:ff, an IP broadcast or multicast destination): the destination is then
    /// a broadcast address of this network.
    pub link_broadcast: bool,
    /// Relayed by a BBMD (Forwarded-NPDU): `source` is the original sender.
    pub forwarded: bool,
    /// BACnet NPDU source address that cannot be a station (SNET 0xFFFF or SLEN 0).
    pub invalid_network_source: bool,
    /// A request (confirmed request, Who-Is, BVLC table request, ...), not an answer or a
    /// report: what "who talks to whom" is learned from.
    pub request: bool,
    /// KNX: a copy of a telegram already seen within [`ECHO_WINDOW_NS`] from another host (a
    /// gateway forwarding a routing indication to its tunnel clients, or routing what a
    /// tunnel client sent). Values, writers, rules and rates skip it; it is the same event.
    pub echo: bool,
    /// KNXnet/IP traffic that only mirrors other traffic: TUNNELLING_ACK,
    /// DEVICE_CONFIGURATION_ACK and the gateway's L_Data.con. Its rate follows the bus, not
    /// its sender, so it is not rated on its own.
    pub mirror: bool,
    /// KNX: an L_Data.req, a client (visualisation, ETS, a tunnel) asking a gateway to send:
    /// its group writes are commands.
    pub knx_request: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Observation {
    /// Nanoseconds since the Unix epoch (capture timestamp or receive time).
    pub time_ns: i64,
    pub protocol: Protocol,
    pub source: Endpoint,
    pub destination: Endpoint,
    /// Standard name in kebab-case (`read-property`, `i-am`, `routing-indication`,
    /// `group-value-write`, ...), or `malformed`.
    pub service: &'static str,
    /// BACnet: SNET/SADR of a routed message. KNX: see `knx_source`.
    pub routed_from: Option<RemoteStation>,
    /// KNX: the individual address in the cEMI frame, when there is one and it is not 0.0.0.
    pub knx_source: Option<IndividualAddress>,
    pub event: Event,
    /// Most messages carry none or one value: one is kept inline (no allocation per message).
    pub points: Points,
    pub flags: ObsFlags,
    /// BACnet: the invoke id and service choice of a confirmed request or a SimpleACK, so
    /// that an answer can be paired with its request.
    pub transaction: Option<Transaction>,
}

/// One side of a BACnet confirmed-service exchange (clause 5.4): a request and the SimpleACK
/// answering it carry the same invoke id and service choice, between the same two endpoints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Transaction {
    pub invoke_id: u8,
    pub service_choice: u8,
    /// A SimpleACK (else a confirmed request).
    pub simple_ack: bool,
}

impl Observation {
    fn new(time_ns: i64, protocol: Protocol, source: Endpoint, destination: Endpoint) -> Self {
        Self {
            time_ns,
            protocol,
            source,
            destination,
            service: "malformed",
            routed_from: None,
            knx_source: None,
            event: Event::None,
            points: Points::new(),
            flags: ObsFlags::default(),
            transaction: None,
        }
    }

    /// The sender as rates, conversations and writer sets know it: a KNX individual address
    /// when the frame names one, else the IP (or MAC) host.
    pub fn sender(&self) -> Host {
        match self.knx_source {
            Some(ia) => Host::Knx(ia),
            None => self.source.host(),
        }
    }

    /// `self.sender()`'s packed word (see [`Endpoint::host_word`]).
    #[inline]
    pub(crate) fn sender_word(&self) -> u64 {
        match self.knx_source {
            Some(ia) => Host::Knx(ia).word(),
            None => self.source.host_word(),
        }
    }
}

/// Counts of what could not become an observation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FrameCounts {
    /// Frames read (captured) or datagrams received.
    pub packets: u64,
    /// BACnet or KNXnet/IP messages (each one observation).
    pub messages: u64,
    /// Of those, malformed.
    pub malformed: u64,
    /// Frames that were neither (other protocols, fragments, link errors).
    pub other: u64,
}

/// Turns frames and datagrams into observations. Holds counters and the KNX telegrams of the
/// last second (echo marking).
#[derive(Debug, Default)]
pub struct Observer {
    pub counts: FrameCounts,
    last_ns: i64,
    echoes: EchoFilter,
}

impl Observer {
    /// One captured frame. Observations are appended to `out` (a KNXnet/IP TCP segment may
    /// hold several frames; most frames hold none or one).
    pub fn frame(
        &mut self,
        linktype: u32,
        ts_ns: Option<i64>,
        frame: &[u8],
        out: &mut Vec<Observation>,
    ) {
        self.counts.packets += 1;
        let time = self.time(ts_ns);
        let Ok(d) = capture::dissect(linktype, frame) else {
            self.counts.other += 1;
            return;
        };
        let truncated = d.flags.truncated;
        let oddity = d.flags.udp_length_mismatch;
        let before = out.len();
        match d.payload {
            Payload::BacnetIp {
                flow,
                data,
                heuristic,
            } => {
                let decoded = bacnet::decode_bip(data);
                if decoded.is_err() && heuristic {
                    self.counts.other += 1;
                    return;
                }
                out.push(Observation::new(
                    time,
                    Protocol::Bacnet,
                    Endpoint::Ip(SocketAddrV4::new(flow.src, flow.src_port)),
                    Endpoint::Ip(SocketAddrV4::new(flow.dst, flow.dst_port)),
                ));
                if let Some(o) = out.last_mut() {
                    bacnet_fill(o, decoded.as_ref().ok());
                }
            }
            Payload::BacnetEthernet { src, dst, npdu } => {
                let ep = |m: Option<capture::Mac>| m.map_or(Endpoint::Unknown, Endpoint::Mac);
                let mut o =
                    bacnet_observation(time, ep(src), ep(dst), bacnet::decode_npdu_message(npdu));
                if dst.is_some_and(|m| m == [0xFF; 6]) {
                    o.flags.broadcast = true;
                    o.flags.link_broadcast = true;
                }
                out.push(o);
            }
            Payload::KnxIpUdp { flow, data } => out.push(self.knx(time, &flow, data)),
            Payload::KnxIpTcp { flow, data } => {
                for chunk in capture::knx_tcp_frames(data) {
                    match chunk {
                        KnxTcpChunk::Frame(f) => out.push(self.knx(time, &flow, f)),
                        KnxTcpChunk::Partial(_) => {
                            let mut o = Observation::new(
                                time,
                                Protocol::Knx,
                                flow_src(&flow),
                                flow_dst(&flow),
                            );
                            o.flags.malformed = true;
                            out.push(o);
                        }
                    }
                }
            }
            _ => {
                self.counts.other += 1;
                return;
            }
        }
        for o in out.iter_mut().skip(before) {
            o.flags.truncated |= truncated;
            o.flags.oddity |= oddity;
            self.count(o);
        }
    }

    /// A BACnet/IP datagram received on a socket (destination unknown to the receiver).
    pub fn bacnet_datagram(
        &mut self,
        time_ns: i64,
        from: SocketAddrV4,
        data: &[u8],
    ) -> Observation {
        self.bacnet_datagram_to(time_ns, from, None, data)
    }

    /// A BACnet/IP datagram received on a socket bound to `to` (a socket bound to every
    /// interface does not know which address a datagram was sent to: `None`).
    pub fn bacnet_datagram_to(
        &mut self,
        time_ns: i64,
        from: SocketAddrV4,
        to: Option<SocketAddrV4>,
        data: &[u8],
    ) -> Observation {
        self.counts.packets += 1;
        let time = self.time(Some(time_ns));
        let o = bacnet_observation(
            time,
            Endpoint::Ip(from),
            to.map_or(Endpoint::Unknown, Endpoint::Ip),
            bacnet::decode_bip(data),
        );
        self.count(&o);
        o
    }

    /// A KNXnet/IP datagram received on a socket.
    pub fn knx_datagram(&mut self, time_ns: i64, from: SocketAddrV4, data: &[u8]) -> Observation {
        self.counts.packets += 1;
        let time = self.time(Some(time_ns));
        let flow = Flow {
            transport: capture::Transport::Udp,
            src: *from.ip(),
            dst: Ipv4Addr::UNSPECIFIED,
            src_port: from.port(),
            dst_port: 0,
        };
        let mut o = self.knx(time, &flow, data);
        o.destination = Endpoint::Unknown;
        self.count(&o);
        o
    }

    /// One KNXnet/IP frame, echoes marked.
    fn knx(&mut self, time_ns: i64, flow: &Flow, data: &[u8]) -> Observation {
        let (mut o, telegram) = knx_observation(time_ns, flow, data, &mut self.echoes.scratch);
        if let Some(t) = telegram {
            o.flags.echo = self.echoes.is_echo(&o, t);
        }
        o
    }

    fn time(&mut self, ts_ns: Option<i64>) -> i64 {
        if let Some(t) = ts_ns {
            self.last_ns = t;
        }
        self.last_ns
    }

    fn count(&mut self, o: &Observation) {
        self.counts.messages += 1;
        if o.flags.malformed {
            self.counts.malformed += 1;
        }
    }
}

fn flow_src(f: &Flow) -> Endpoint {
    Endpoint::Ip(SocketAddrV4::new(f.src, f.src_port))
}

fn flow_dst(f: &Flow) -> Endpoint {
    Endpoint::Ip(SocketAddrV4::new(f.dst, f.dst_port))
}

// ---- BACnet ----

/// Reduce a decoded (or refused) BACnet message to an observation.
pub fn bacnet_observation(
    time_ns: i64,
    source: Endpoint,
    destination: Endpoint,
    decoded: Result<BacnetMessage, crate::wire::WireError>,
) -> Observation {
    bacnet_observation_of(time_ns, source, destination, decoded.as_ref().ok())
}

/// [`bacnet_observation`] from a borrowed message (`None`: refused by the codec). Taking the
/// message by value copied the whole decoded message once more per frame.
fn bacnet_observation_of(
    time_ns: i64,
    source: Endpoint,
    destination: Endpoint,
    decoded: Option<&BacnetMessage>,
) -> Observation {
    let mut o = Observation::new(time_ns, Protocol::Bacnet, source, destination);
    bacnet_fill(&mut o, decoded);
    o
}

/// Fill a fresh BACnet observation in place (it is big: building it on the stack and moving
/// it into the batch was a copy per frame).
fn bacnet_fill(o: &mut Observation, decoded: Option<&BacnetMessage>) {
    let Some(msg) = decoded else {
        o.flags.malformed = true;
        return;
    };
    o.service = msg.service_name();
    o.flags.malformed = msg.body_error().is_some();
    o.flags.request = is_bacnet_request(msg);
    o.flags.oddity = msg.length_mismatch();
    if let Some(origin) = msg.forwarded_from() {
        o.source = Endpoint::Ip(origin);
        o.flags.forwarded = true;
    }
    if let Some(b) = &msg.bvlc {
        match &b.function {
            BvlcFunction::OriginalBroadcastNpdu => {
                o.flags.broadcast = true;
                o.flags.link_broadcast = true;
            }
            BvlcFunction::DistributeBroadcastToNetwork | BvlcFunction::ForwardedNpdu { .. } => {
                o.flags.broadcast = true
            }
            BvlcFunction::WriteBdt(entries) => {
                o.event = Event::WriteBdt {
                    entries: entries.len(),
                }
            }
            BvlcFunction::DeleteFdtEntry(entry) => {
                o.event = Event::DeleteFdtEntry { entry: *entry }
            }
            BvlcFunction::RegisterForeignDevice { ttl } => {
                o.event = Event::RegisterForeignDevice { ttl: *ttl }
            }
            _ => {}
        }
    }
    // The device a request goes to, and the device a response or report comes from.
    let mut target = DeviceAddr::local(o.destination);
    let mut sender = DeviceAddr::local(o.source);
    if let Some(npdu) = &msg.npdu {
        npdu_facts(npdu, o, &mut target, &mut sender);
    }
    if let Some(m) = msg.network_message() {
        if let NetworkMessage::IAmRouterToNetwork { networks } = m {
            o.event = Event::IAmRouter {
                networks: networks.clone(),
            };
        }
        return;
    }
    let Some(apdu) = msg.apdu() else {
        return;
    };
    o.flags.oddity |= apdu.has_reserved_bits();
    match apdu {
        BacnetApdu::ConfirmedRequest(pdu) => {
            o.transaction = Some(Transaction {
                invoke_id: pdu.invoke_id,
                service_choice: pdu.body.choice(),
                simple_ack: false,
            });
            if let Segmentable::Whole(body) = &pdu.body
                && let Some(req) = body.decoded()
            {
                confirmed(req, target, o);
            }
        }
        BacnetApdu::UnconfirmedRequest(pdu) => {
            if let Some(req) = pdu.body.decoded() {
                unconfirmed(req, sender, o);
            }
        }
        BacnetApdu::ComplexAck(pdu) => {
            if let Segmentable::Whole(body) = &pdu.body
                && let Some(ack) = body.decoded()
            {
                complex_ack(ack, sender, o);
            }
        }
        BacnetApdu::SimpleAck(pdu) => {
            o.transaction = Some(Transaction {
                invoke_id: pdu.invoke_id,
                service_choice: pdu.service_choice,
                simple_ack: true,
            })
        }
        _ => {}
    }
}

fn is_bacnet_request(msg: &BacnetMessage) -> bool {
    match (&msg.payload, msg.bvlc.as_ref().map(|b| &b.function)) {
        (bacnet::Payload::Apdu(BacnetApdu::ConfirmedRequest(_)), _) => true,
        (bacnet::Payload::Apdu(BacnetApdu::UnconfirmedRequest(u)), _) => !matches!(
            u.body.decoded(),
            Some(
                UnconfirmedRequest::IAm(_)
                    | UnconfirmedRequest::IHave(_)
                    | UnconfirmedRequest::UnconfirmedCovNotification(_)
            )
        ),
        (bacnet::Payload::Apdu(_), _) => false,
        (bacnet::Payload::Network(m), _) => matches!(
            m,
            NetworkMessage::WhoIsRouterToNetwork { .. }
                | NetworkMessage::InitializeRoutingTable { .. }
                | NetworkMessage::EstablishConnectionToNetwork { .. }
                | NetworkMessage::DisconnectConnectionToNetwork { .. }
                | NetworkMessage::WhatIsNetworkNumber
        ),
        (_, Some(f)) => matches!(
            f,
            BvlcFunction::WriteBdt(_)
                | BvlcFunction::ReadBdt
                | BvlcFunction::RegisterForeignDevice { .. }
                | BvlcFunction::ReadFdt
                | BvlcFunction::DeleteFdtEntry(_)
        ),
        _ => false,
    }
}

fn npdu_facts(npdu: &Npdu, o: &mut Observation, target: &mut DeviceAddr, sender: &mut DeviceAddr) {
    o.flags.oddity |= npdu.has_oddities();
    o.flags.invalid_network_source = npdu.source_invalid();
    if let Some(s) = &npdu.source {
        let r = RemoteStation::from_npdu(s.network, &s.mac);
        o.routed_from = Some(r);
        sender.remote = Some(r);
    }
    if let Some(d) = &npdu.destination {
        if d.is_broadcast() || d.is_global_broadcast() {
            o.flags.broadcast = true;
        } else {
            target.remote = Some(RemoteStation::from_npdu(d.address.network, &d.address.mac));
        }
    }
}

fn bacnet_point(device: DeviceAddr, object: ObjectId, property: u32) -> PointKey {
    PointKey::Bacnet {
        device,
        object,
        property,
    }
}

fn priority(p: Option<u64>) -> Option<u8> {
    p.map(|p| u8::try_from(p).unwrap_or(u8::MAX))
}

fn confirmed(req: &ConfirmedRequest, target: DeviceAddr, o: &mut Observation) {
    match req {
        ConfirmedRequest::WriteProperty(w) => o.points.push(PointValue {
            point: bacnet_point(target, w.object, w.property),
            value: Value::from_list(&w.value),
            role: ValueRole::Written,
            priority: priority(w.priority),
        }),
        ConfirmedRequest::WritePropertyMultiple(w) => {
            for (object, pv) in w.iter() {
                o.points.push(PointValue {
                    point: bacnet_point(target, object, pv.property),
                    value: Value::from_list(&pv.value),
                    role: ValueRole::Written,
                    priority: priority(pv.priority),
                });
            }
        }
        ConfirmedRequest::ConfirmedCovNotification(n) => cov(n, DeviceAddr::local(o.source), o),
        ConfirmedRequest::DeviceCommunicationControl(d) => {
            o.event = Event::DeviceCommunicationControl {
                target,
                state: d.state_name(),
                duration_min: d.time_duration,
                password: d.password.is_some(),
            }
        }
        ConfirmedRequest::ReinitializeDevice(r) => {
            o.event = Event::ReinitializeDevice {
                target,
                state: r.state_name(),
                password: r.password.is_some(),
            }
        }
        _ => {}
    }
}

fn cov(
    n: &crate::wire::bacnet::services::CovNotification,
    mut device: DeviceAddr,
    o: &mut Observation,
) {
    device.remote = o.routed_from;
    for pv in &n.values {
        o.points.push(PointValue {
            point: bacnet_point(device, n.monitored_object, pv.property),
            value: Value::from_list(&pv.value),
            role: ValueRole::Reported,
            priority: None,
        });
    }
}

fn unconfirmed(req: &UnconfirmedRequest, sender: DeviceAddr, o: &mut Observation) {
    match req {
        UnconfirmedRequest::WhoIs(_) => o.event = Event::WhoIs,
        UnconfirmedRequest::IAm(i) => {
            o.event = Event::IAm {
                instance: i.device_instance(),
                device: sender,
            }
        }
        UnconfirmedRequest::UnconfirmedCovNotification(n) => cov(n, sender, o),
        _ => {}
    }
}

fn complex_ack(ack: &ComplexAck, sender: DeviceAddr, o: &mut Observation) {
    match ack {
        ComplexAck::ReadProperty(a) if a.array_index.is_none() => o.points.push(PointValue {
            point: bacnet_point(sender, a.object, a.property),
            value: Value::from_list(&a.value),
            role: ValueRole::Reported,
            priority: None,
        }),
        ComplexAck::ReadPropertyMultiple(a) => {
            for (object, r) in a.iter() {
                if r.array_index.is_some() {
                    continue;
                }
                if let crate::wire::bacnet::services::ReadOutcome::Value(v) = &r.outcome {
                    o.points.push(PointValue {
                        point: bacnet_point(sender, object, r.property),
                        value: Value::from_list(v),
                        role: ValueRole::Reported,
                        priority: None,
                    });
                }
            }
        }
        _ => {}
    }
}

// ---- KNX ----

/// What identifies a KNX telegram across its copies: destination (with its kind), the TPDU
/// octets (hashed) and the source individual address (0.0.0 when a client leaves it to the
/// gateway).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Telegram {
    destination: u32,
    tpdu: u64,
    source: u16,
}

fn knx_observation(
    time_ns: i64,
    flow: &Flow,
    data: &[u8],
    scratch: &mut Vec<u8>,
) -> (Observation, Option<Telegram>) {
    let mut o = Observation::new(time_ns, Protocol::Knx, flow_src(flow), flow_dst(flow));
    if flow.dst.is_multicast() || flow.dst.is_broadcast() {
        o.flags.broadcast = true;
        o.flags.link_broadcast = true;
    }
    let frame = match knxip::decode(data) {
        Ok(f) => f,
        Err(_) => {
            o.flags.malformed = true;
            return (o, None);
        }
    };
    o.service = frame.service_name();
    o.flags.oddity = frame.flags().any();
    let mut telegram = None;
    match &frame.body {
        KnxBody::ConnectRequest(c) => {
            let ep = if c.control_endpoint.is_route_back() {
                SocketAddrV4::new(flow.src, flow.src_port)
            } else {
                c.control_endpoint.socket_addr()
            };
            o.event = Event::KnxConnect {
                control_endpoint: ep,
                tunnel: matches!(c.cri, knxip::connect::Cri::Tunnel { .. }),
            };
        }
        KnxBody::TunnellingAck(_) | KnxBody::DeviceConfigurationAck(_) => o.flags.mirror = true,
        body => {
            if let Some(cemi) = body.cemi() {
                telegram = knx_cemi(cemi, &mut o, scratch);
            }
        }
    }
    (o, telegram)
}

fn knx_cemi(
    cemi: &knxip::cemi::Cemi,
    o: &mut Observation,
    scratch: &mut Vec<u8>,
) -> Option<Telegram> {
    // An L_Data.con confirms a frame the gateway already sent on: not a new message.
    if cemi.message_code() == cemi_code::L_DATA_CON {
        o.flags.mirror = true;
        return None;
    }
    let ld = cemi.ldata()?;
    o.flags.knx_request = cemi.message_code() == cemi_code::L_DATA_REQ;
    if ld.source.0 != 0 {
        o.knx_source = Some(ld.source);
    }
    scratch.clear();
    ld.tpdu.emit(scratch);
    let telegram = Telegram {
        destination: u32::from(ld.destination) | (u32::from(ld.group_destination()) << 16),
        tpdu: fingerprint(scratch),
        source: ld.source.0,
    };
    let Some(apdu) = ld.tpdu.apdu() else {
        return Some(telegram);
    };
    o.service = apdu.name();
    match apdu {
        KnxApdu::GroupValueWrite(v) | KnxApdu::GroupValueResponse(v) if ld.group_destination() => {
            let group = GroupAddress(ld.destination);
            let value = KnxRaw::new(v).map_or(Value::Other, Value::Knx);
            let write = matches!(apdu, KnxApdu::GroupValueWrite(_));
            if write {
                o.event = Event::KnxGroupWrite;
            }
            o.points.push(PointValue {
                point: PointKey::Knx { group },
                value,
                role: if write {
                    ValueRole::Written
                } else {
                    ValueRole::Reported
                },
                priority: None,
            });
        }
        KnxApdu::AuthorizeRequest { key, .. } => o.event = Event::KnxAuthorize { key: *key },
        KnxApdu::MemoryWrite { .. }
        | KnxApdu::PropertyValueWrite(..)
        | KnxApdu::KeyWrite { .. }
        | KnxApdu::IndividualAddressWrite(_)
        | KnxApdu::Restart
        | KnxApdu::MasterReset { .. } => {
            o.event = Event::KnxManagement {
                target: IndividualAddress(ld.destination),
            }
        }
        _ => {}
    }
    Some(telegram)
}

/// FNV-1a over the octets: a fingerprint, not a security boundary (a sender who forges a
/// collision only hides its own copy).
fn fingerprint(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// The KNX telegrams of the last [`ECHO_WINDOW_NS`], to tell a copy from an original: a
/// telegram seen again from another host within the window is the gateway's (or a router's)
/// copy. The same host sending it again is a new event (a button pressed twice, a flood).
#[derive(Debug, Default)]
struct EchoFilter {
    /// (destination, TPDU fingerprint) → (time, sending host, source individual address) of
    /// the latest original.
    recent: crate::watch::keys::FastMap<(u32, u64), (i64, u64, u16)>,
    scratch: Vec<u8>,
}

impl EchoFilter {
    /// Whether `t` (of observation `o`) copies a telegram seen within the window; remembers it
    /// when it does not.
    fn is_echo(&mut self, o: &Observation, t: Telegram) -> bool {
        let host = o.source.host_word();
        let key = (t.destination, t.tpdu);
        if let Some(&(seen, from, source)) = self.recent.get(&key)
            && o.time_ns.saturating_sub(seen) <= ECHO_WINDOW_NS
            && o.time_ns >= seen
            && from != host
            && (source == t.source || source == 0 || t.source == 0)
        {
            return true;
        }
        if self.recent.len() >= MAX_ECHO_TELEGRAMS && !self.recent.contains_key(&key) {
            let now = o.time_ns;
            self.recent
                .retain(|_, (seen, _, _)| now.saturating_sub(*seen) <= ECHO_WINDOW_NS);
            if self.recent.len() >= MAX_ECHO_TELEGRAMS {
                // A flood of distinct telegrams: forget them rather than grow.
                self.recent.clear();
            }
        }
        self.recent.insert(key, (o.time_ns, host, t.source));
        false
    }
}

// ---- text helpers ----

macro_rules! serde_via_str {
    ($t:ty) => {
        impl Serialize for $t {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }
        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                s.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}

serde_via_str!(Endpoint);
serde_via_str!(Host);
serde_via_str!(DeviceAddr);

#[cfg(test)]
mod tests;
