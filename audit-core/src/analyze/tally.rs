//! Per-frame counting: dissect, hand payloads to the codecs, count by service and reason, and
//! keep the devices and gateways seen. The hot path allocates nothing: services and reasons are
//! counted under `&'static str` keys hashed by address, and only I-Ams and gateway responses
//! (rare) touch the inventories.

use std::collections::hash_map::Entry;
use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasherDefault, Hash, Hasher};
use std::net::{Ipv4Addr, SocketAddrV4};

use crate::capture::frame::{self as capture, Flow, KnxTcpChunk, Mac, Payload};
use crate::wire::bacnet::{self, IAmSummary};
use crate::wire::hex::hex_colon;
use crate::wire::knxip::{self, GatewaySummary};
use crate::wire::{WireError, bacnet::enums::vendor};

use super::report::{BacnetReport, DeviceRow, GatewayRow, KnxReport, LinkErrors};
use crate::capture::time::rfc3339;

/// Distinct (device instance, address) pairs kept; I-Ams beyond are counted, not listed.
pub const MAX_DEVICES: usize = 100_000;
/// Distinct KNXnet/IP gateways kept.
pub const MAX_GATEWAYS: usize = 10_000;
/// Distinct service names or error reasons kept per counter. The codecs name them with static
/// strings, so this is a guard against a bug rather than against input.
pub const MAX_NAMES: usize = 4096;
/// Service families kept per gateway (KNX defines about ten).
pub const MAX_FAMILIES: usize = 64;
/// Senders of malformed messages counted one by one, per protocol; the rest share a row.
pub const MAX_MALFORMED_SOURCES: usize = 1024;
const OTHER_SOURCES: &str = "other sources";
/// SADR bytes kept in a device key; BACnet data links use at most 7.
const MAX_SADR: usize = 8;

/// Reason used when a BACnet/KNX payload was cut by the snapshot length and the codec refused
/// it: the capture is short, not the packet.
const SNAPLEN_REASON: (&str, &str) = ("capture", "packet cut short by snapshot length");
const TCP_SPLIT_REASON: (&str, &str) = (
    "knxip-tcp",
    "frame continues in a later segment (not reassembled)",
);
const OVER_LIMIT: &str = "(more names than the limit)";

/// A `&'static str` compared and hashed by address: the codecs hand back the same literal for
/// the same name, and if two literals with equal text ever differ in address the report merges
/// them by text.
#[derive(Debug, Clone, Copy, Eq)]
struct StaticStr(&'static str);

impl PartialEq for StaticStr {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

impl Hash for StaticStr {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_usize(self.0.as_ptr() as usize);
        state.write_usize(self.0.len());
    }
}

/// Multiply-rotate hasher for keys that the input cannot choose (addresses of static strings).
#[derive(Debug, Default)]
struct AddrHasher(u64);

impl Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.write_u64(u64::from(b));
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = (self.0.rotate_left(5) ^ n).wrapping_mul(0x517c_c1b7_2722_0a95);
    }
    fn write_usize(&mut self, n: usize) {
        self.write_u64(n as u64);
    }
}

type AddrMap<K> = HashMap<K, u64, BuildHasherDefault<AddrHasher>>;

#[derive(Debug)]
struct Counter<K> {
    map: AddrMap<K>,
    over_limit: u64,
}

impl<K> Default for Counter<K> {
    fn default() -> Self {
        Self {
            map: AddrMap::default(),
            over_limit: 0,
        }
    }
}

impl<K: Eq + Hash> Counter<K> {
    fn add(&mut self, key: K) {
        let len = self.map.len();
        match self.map.entry(key) {
            Entry::Occupied(mut e) => *e.get_mut() += 1,
            Entry::Vacant(e) if len < MAX_NAMES => {
                e.insert(1);
            }
            Entry::Vacant(_) => self.over_limit += 1,
        }
    }

    fn report(&self, name: impl Fn(&K) -> String) -> BTreeMap<String, u64> {
        let mut out = BTreeMap::new();
        for (k, n) in &self.map {
            *out.entry(name(k)).or_insert(0) += n;
        }
        if self.over_limit > 0 {
            out.insert(OVER_LIMIT.to_owned(), self.over_limit);
        }
        out
    }
}

type Names = Counter<StaticStr>;
type Reasons = Counter<(StaticStr, StaticStr)>;

fn reason_key(layer: &'static str, what: &'static str) -> (StaticStr, StaticStr) {
    (StaticStr(layer), StaticStr(what))
}

fn reason_text(k: &(StaticStr, StaticStr)) -> String {
    // Same text as `WireError::reason()`.
    format!("{}: {}", k.0.0, k.1.0)
}

#[derive(Debug, Default)]
struct Protocol {
    messages: u64,
    malformed: u64,
    services: Names,
    reasons: Reasons,
    /// Malformed messages per sender (only malformed ones touch this map).
    sources: HashMap<DeviceAddr, u64>,
    sources_other: u64,
}

impl Protocol {
    fn ok(&mut self, service: &'static str) {
        self.messages += 1;
        self.services.add(StaticStr(service));
    }

    fn malformed(&mut self, (layer, what): (&'static str, &'static str)) {
        self.messages += 1;
        self.malformed += 1;
        self.reasons.add(reason_key(layer, what));
    }

    fn from(&mut self, source: DeviceAddr) {
        let n = self.sources.len();
        match self.sources.entry(source) {
            Entry::Occupied(mut e) => *e.get_mut() += 1,
            Entry::Vacant(e) if n < MAX_MALFORMED_SOURCES => {
                e.insert(1);
            }
            Entry::Vacant(_) => self.sources_other += 1,
        }
    }

    fn sources_report(&self) -> BTreeMap<String, u64> {
        let mut out: BTreeMap<String, u64> =
            self.sources.iter().map(|(a, n)| (a.text(), *n)).collect();
        if self.sources_other > 0 {
            out.insert(OTHER_SOURCES.to_owned(), self.sources_other);
        }
        out
    }

    /// A message whose headers decoded (so it is counted under its service, as tshark does) but
    /// whose service body was refused: also counted as malformed, with the body's reason.
    fn ok_with_bad_body(
        &mut self,
        service: &'static str,
        (layer, what): (&'static str, &'static str),
    ) {
        self.ok(service);
        self.malformed += 1;
        self.reasons.add(reason_key(layer, what));
    }
}

/// Where an I-Am came from, without allocating.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum DeviceAddr {
    Ip(SocketAddrV4),
    Ethernet(Mac),
    Unknown,
    Routed {
        network: u16,
        len: u8,
        mac: [u8; MAX_SADR],
    },
}

impl DeviceAddr {
    fn text(&self) -> String {
        match self {
            DeviceAddr::Ip(sa) => sa.to_string(),
            DeviceAddr::Ethernet(mac) => format!("mac {}", hex_colon(mac)),
            DeviceAddr::Unknown => "unknown".to_owned(),
            DeviceAddr::Routed { network, len, mac } => {
                let mac = mac.get(..usize::from(*len)).unwrap_or(mac);
                format!("net {network} mac {}", hex_colon(mac))
            }
        }
    }

    fn network(&self) -> Option<u16> {
        match self {
            DeviceAddr::Routed { network, .. } => Some(*network),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
struct Device {
    vendor_id: u16,
    max_apdu: u32,
    segmentation: u32,
    first_seen: Option<i64>,
    last_seen: Option<i64>,
    i_am_count: u64,
}

#[derive(Debug, Clone, Default)]
struct Gateway {
    summary: GatewaySummary,
    /// A control endpoint its answers named on another host.
    claimed: Option<SocketAddrV4>,
    irregular: bool,
    responses: u64,
    first_seen: Option<i64>,
    last_seen: Option<i64>,
}

/// Everything counted so far. Feed it frames with [`Tally::frame`], read it with the
/// `*_report` methods.
#[derive(Debug, Default)]
pub struct Tally {
    pub packets: u64,
    first_ns: Option<i64>,
    last_ns: Option<i64>,
    bacnet: Protocol,
    knx: Protocol,
    devices: HashMap<(u32, DeviceAddr), Device>,
    devices_not_listed: u64,
    gateways: HashMap<SocketAddrV4, Gateway>,
    gateways_not_listed: u64,
    pub ip_fragments: u64,
    pub truncated_packets: u64,
    pub other_packets: u64,
    link_error_frames: u64,
    link_errors: Reasons,
}

fn min_opt(a: Option<i64>, b: i64) -> Option<i64> {
    Some(a.map_or(b, |a| a.min(b)))
}

fn max_opt(a: Option<i64>, b: i64) -> Option<i64> {
    Some(a.map_or(b, |a| a.max(b)))
}

impl Tally {
    /// Count one captured frame of the given link type.
    pub fn frame(&mut self, linktype: u32, ts_ns: Option<i64>, frame: &[u8]) {
        self.packets += 1;
        if let Some(ts) = ts_ns {
            self.first_ns = min_opt(self.first_ns, ts);
            self.last_ns = max_opt(self.last_ns, ts);
        }
        let d = match capture::dissect(linktype, frame) {
            Ok(d) => d,
            Err(e) => return self.link_error(e.layer, e.what),
        };
        let cut = d.flags.truncated;
        if cut {
            self.truncated_packets += 1;
        }
        match d.payload {
            Payload::BacnetIp {
                flow,
                data,
                heuristic,
            } => self.bacnet(
                bacnet::decode_bip(data),
                DeviceAddr::Ip(SocketAddrV4::new(flow.src, flow.src_port)),
                ts_ns,
                cut,
                heuristic,
            ),
            Payload::BacnetEthernet { src, npdu, .. } => self.bacnet(
                bacnet::decode_npdu_message(npdu),
                src.map_or(DeviceAddr::Unknown, DeviceAddr::Ethernet),
                ts_ns,
                cut,
                false,
            ),
            Payload::KnxIpUdp { flow, data } => self.knx_frame(data, &flow, ts_ns, cut),
            Payload::KnxIpTcp { flow, data } => {
                if data.is_empty() {
                    self.other_packets += 1;
                }
                for chunk in capture::knx_tcp_frames(data) {
                    match chunk {
                        KnxTcpChunk::Frame(f) => self.knx_frame(f, &flow, ts_ns, cut),
                        KnxTcpChunk::Partial(_) => self.knx.malformed(TCP_SPLIT_REASON),
                    }
                }
            }
            Payload::IpFragment { .. } => self.ip_fragments += 1,
            Payload::OtherUdp(_)
            | Payload::OtherTcp(_)
            | Payload::OtherIpv4 { .. }
            | Payload::Ipv6
            | Payload::NonIp { .. }
            | Payload::OtherLlc { .. } => self.other_packets += 1,
        }
    }

    /// Count a frame that could not be handed to the dissector (e.g. a pcapng packet on an
    /// undeclared interface).
    pub fn unreadable_frame(&mut self, layer: &'static str, what: &'static str) {
        self.packets += 1;
        self.link_error(layer, what);
    }

    fn link_error(&mut self, layer: &'static str, what: &'static str) {
        self.link_error_frames += 1;
        self.link_errors.add(reason_key(layer, what));
    }

    fn bacnet(
        &mut self,
        decoded: Result<bacnet::BacnetMessage, WireError>,
        from: DeviceAddr,
        ts_ns: Option<i64>,
        cut: bool,
        heuristic: bool,
    ) {
        match decoded {
            Ok(msg) => {
                match msg.body_error() {
                    None => self.bacnet.ok(msg.service_name()),
                    Some(e) => {
                        self.bacnet
                            .ok_with_bad_body(msg.service_name(), (e.layer, e.what));
                        self.bacnet.from(from);
                    }
                }
                // A Forwarded-NPDU names the device that sent it; the UDP source is the BBMD.
                let from = match msg.forwarded_from() {
                    Some(origin) => DeviceAddr::Ip(origin),
                    None => from,
                };
                if let Some(i_am) = msg.i_am() {
                    self.observe_i_am(&i_am, from, ts_ns);
                }
            }
            // A heuristic match that does not decode was most likely not BACnet.
            Err(_) if heuristic => self.other_packets += 1,
            Err(_) if cut => self.bacnet.malformed(SNAPLEN_REASON),
            Err(e) => {
                self.bacnet.malformed((e.layer, e.what));
                self.bacnet.from(from);
            }
        }
    }

    fn knx_frame(&mut self, data: &[u8], flow: &Flow, ts_ns: Option<i64>, cut: bool) {
        let sender = SocketAddrV4::new(flow.src, flow.src_port);
        match knxip::decode(data) {
            Ok(frame) => {
                // Gateway responses are checked the way discovery checks them: a malformed
                // part is counted per reason and sender, and a gateway is listed only from an
                // answer with a usable device information and families DIB.
                let check = knxip::check_response(&frame);
                match &check {
                    Some(c) if !c.problems.is_empty() && !cut => {
                        self.knx.ok(frame.service_name());
                        self.knx.malformed += 1;
                        for (layer, what) in &c.problems {
                            self.knx.reasons.add(reason_key(layer, what));
                        }
                        self.knx.from(DeviceAddr::Ip(sender));
                    }
                    _ => self.knx.ok(frame.service_name()),
                }
                if let Some(c) = check
                    && c.usable
                    && let Some(summary) = frame.gateway_summary()
                {
                    self.observe_gateway(summary, sender, ts_ns, !c.problems.is_empty());
                }
            }
            Err(_) if cut => self.knx.malformed(SNAPLEN_REASON),
            Err(e) => {
                self.knx.malformed((e.layer, e.what));
                self.knx.from(DeviceAddr::Ip(sender));
            }
        }
    }

    fn observe_i_am(&mut self, i_am: &IAmSummary, from: DeviceAddr, ts_ns: Option<i64>) {
        let addr = match &i_am.source_network {
            Some((network, sadr)) => {
                let mut mac = [0u8; MAX_SADR];
                let len = sadr.len().min(MAX_SADR);
                for (slot, b) in mac.iter_mut().zip(sadr) {
                    *slot = *b;
                }
                DeviceAddr::Routed {
                    network: *network,
                    len: u8::try_from(len).unwrap_or(0),
                    mac,
                }
            }
            None => from,
        };
        let n = self.devices.len();
        match self.devices.entry((i_am.device_instance, addr)) {
            Entry::Occupied(mut e) => {
                let d = e.get_mut();
                d.vendor_id = i_am.vendor_id;
                d.max_apdu = i_am.max_apdu;
                d.segmentation = i_am.segmentation;
                d.i_am_count += 1;
                if let Some(ts) = ts_ns {
                    d.first_seen = min_opt(d.first_seen, ts);
                    d.last_seen = max_opt(d.last_seen, ts);
                }
            }
            Entry::Vacant(e) if n < MAX_DEVICES => {
                e.insert(Device {
                    vendor_id: i_am.vendor_id,
                    max_apdu: i_am.max_apdu,
                    segmentation: i_am.segmentation,
                    first_seen: ts_ns,
                    last_seen: ts_ns,
                    i_am_count: 1,
                });
            }
            Entry::Vacant(_) => self.devices_not_listed += 1,
        }
    }

    fn observe_gateway(
        &mut self,
        summary: GatewaySummary,
        sender: SocketAddrV4,
        ts: Option<i64>,
        irregular: bool,
    ) {
        // One row per answering address: the control endpoint an answer names is its claim
        // (docs/TRUST.md), kept beside it when it names another host.
        let addr = sender;
        let claimed = summary
            .control_endpoint
            .filter(|ep| !ep.ip().is_unspecified() && ep.ip() != sender.ip());
        let n = self.gateways.len();
        let g = match self.gateways.entry(addr) {
            Entry::Occupied(e) => e.into_mut(),
            Entry::Vacant(e) if n < MAX_GATEWAYS => e.insert(Gateway::default()),
            Entry::Vacant(_) => {
                self.gateways_not_listed += 1;
                return;
            }
        };
        g.responses += 1;
        g.irregular |= irregular;
        if claimed.is_some() {
            g.claimed = claimed;
        }
        if let Some(ts) = ts {
            g.first_seen = min_opt(g.first_seen, ts);
            g.last_seen = max_opt(g.last_seen, ts);
        }
        merge_gateway(&mut g.summary, summary);
    }

    pub fn first_ns(&self) -> Option<i64> {
        self.first_ns
    }

    pub fn last_ns(&self) -> Option<i64> {
        self.last_ns
    }

    pub fn bacnet_report(&self) -> BacnetReport {
        let mut devices: Vec<_> = self
            .devices
            .iter()
            .map(|((instance, addr), d)| DeviceRow {
                device_instance: *instance,
                address: addr.text(),
                network: addr.network(),
                vendor_id: d.vendor_id,
                vendor_name: vendor::vendor_name(d.vendor_id).map(str::to_owned),
                max_apdu: d.max_apdu,
                segmentation: segmentation_name(d.segmentation),
                first_seen: d.first_seen.map(rfc3339),
                last_seen: d.last_seen.map(rfc3339),
                i_am_count: d.i_am_count,
            })
            .collect();
        devices
            .sort_by(|a, b| (a.device_instance, &a.address).cmp(&(b.device_instance, &b.address)));
        BacnetReport {
            messages: self.bacnet.messages,
            malformed: self.bacnet.malformed,
            by_service: self.bacnet.services.report(|k| k.0.to_owned()),
            malformed_by_reason: self.bacnet.reasons.report(reason_text),
            malformed_by_source: self.bacnet.sources_report(),
            devices,
            devices_not_listed: self.devices_not_listed,
        }
    }

    pub fn knx_report(&self) -> KnxReport {
        let mut gateways: Vec<_> = self
            .gateways
            .iter()
            .map(|(addr, g)| GatewayRow {
                address: addr.to_string(),
                claimed_control_endpoint: g.claimed.map(|c| c.to_string()),
                flags: if g.irregular {
                    vec!["answer-irregular".to_owned()]
                } else {
                    Vec::new()
                },
                name: g.summary.name.clone(),
                individual_address: g.summary.individual_address.clone(),
                mac: g.summary.mac.clone(),
                serial: g.summary.serial.clone(),
                service_families: g
                    .summary
                    .service_families
                    .iter()
                    .map(|f| (*f).into())
                    .collect(),
                secure_families: g
                    .summary
                    .secure_families
                    .iter()
                    .map(|f| (*f).into())
                    .collect(),
                responses: g.responses,
                first_seen: g.first_seen.map(rfc3339),
                last_seen: g.last_seen.map(rfc3339),
            })
            .collect();
        gateways.sort_by_key(|g| {
            g.address
                .parse::<SocketAddrV4>()
                .unwrap_or(SocketAddrV4::new(Ipv4Addr::UNSPECIFIED, 0))
        });
        KnxReport {
            messages: self.knx.messages,
            malformed: self.knx.malformed,
            by_service: self.knx.services.report(|k| k.0.to_owned()),
            malformed_by_reason: self.knx.reasons.report(reason_text),
            malformed_by_source: self.knx.sources_report(),
            gateways,
            gateways_not_listed: self.gateways_not_listed,
        }
    }

    pub fn link_errors_report(&self) -> LinkErrors {
        LinkErrors {
            frames: self.link_error_frames,
            by_reason: self.link_errors.report(reason_text),
        }
    }
}

/// Later responses fill in what earlier ones left empty (a search response lacks what a
/// description response has, and the other way round); family lists are merged.
fn merge_gateway(into: &mut GatewaySummary, from: GatewaySummary) {
    for (slot, value) in [
        (&mut into.name, from.name),
        (&mut into.individual_address, from.individual_address),
        (&mut into.mac, from.mac),
        (&mut into.serial, from.serial),
    ] {
        if !value.is_empty() {
            *slot = value;
        }
    }
    merge_list(&mut into.service_families, from.service_families);
    merge_list(&mut into.secure_families, from.secure_families);
}

/// Adds what `list` lacks, up to [`MAX_FAMILIES`].
fn merge_list<T: PartialEq>(list: &mut Vec<T>, new: Vec<T>) {
    for item in new {
        if list.len() < MAX_FAMILIES && !list.contains(&item) {
            list.push(item);
        }
    }
}

/// BACnetSegmentation (ASHRAE 135 clause 21) in kebab-case.
fn segmentation_name(v: u32) -> String {
    match v {
        0 => "segmented-both".to_owned(),
        1 => "segmented-transmit".to_owned(),
        2 => "segmented-receive".to_owned(),
        3 => "no-segmentation".to_owned(),
        other => format!("unknown-{other}"),
    }
}

#[cfg(test)]
mod tests {
    use crate::capture::frame::{emit, linktype};
    use crate::inventory::KnxFamily;
    use crate::wire::knxip::ServiceFamily;
    use crate::wire::knxip::dib::FamilyVersion;

    use super::*;

    fn i_am(instance: u32, routed: Option<(u16, Vec<u8>)>) -> IAmSummary {
        IAmSummary {
            device_instance: instance,
            vendor_id: 260,
            max_apdu: 1476,
            segmentation: 3,
            source_network: routed,
        }
    }

    fn ip_addr(last: u8) -> DeviceAddr {
        DeviceAddr::Ip(SocketAddrV4::new(Ipv4Addr::new(192, 168, 0, last), 47808))
    }

    #[test]
    fn devices_are_keyed_by_instance_and_address() {
        let mut t = Tally::default();
        t.observe_i_am(&i_am(18, None), ip_addr(18), Some(2_000_000_000));
        t.observe_i_am(&i_am(18, None), ip_addr(18), Some(1_000_000_000));
        t.observe_i_am(&i_am(18, None), ip_addr(24), None);
        t.observe_i_am(&i_am(884_456, Some((4, vec![0x56]))), ip_addr(24), Some(5));
        t.observe_i_am(
            &i_am(7, None),
            DeviceAddr::Ethernet([0, 0xe0, 0xc9, 0, 0x10, 0xa5]),
            None,
        );
        let r = t.bacnet_report();
        let rows: Vec<_> = r
            .devices
            .iter()
            .map(|d| {
                (
                    d.device_instance,
                    d.address.as_str(),
                    d.network,
                    d.i_am_count,
                )
            })
            .collect();
        assert_eq!(
            rows,
            vec![
                (7, "mac 00:e0:c9:00:10:a5", None, 1),
                (18, "192.168.0.18:47808", None, 2),
                (18, "192.168.0.24:47808", None, 1),
                (884_456, "net 4 mac 56", Some(4), 1),
            ]
        );
        let d18 = &r.devices[1];
        assert_eq!(
            d18.first_seen.as_deref(),
            Some("1970-01-01T00:00:01.000000Z")
        );
        assert_eq!(
            d18.last_seen.as_deref(),
            Some("1970-01-01T00:00:02.000000Z")
        );
        assert_eq!(d18.segmentation, "no-segmentation");
        assert_eq!((d18.vendor_id, d18.max_apdu), (260, 1476));
    }

    #[test]
    fn device_cap_counts_the_rest() {
        let mut t = Tally::default();
        for i in 0..=u32::try_from(MAX_DEVICES).unwrap() {
            t.observe_i_am(&i_am(i, None), ip_addr(1), None);
        }
        let r = t.bacnet_report();
        assert_eq!(r.devices.len(), MAX_DEVICES);
        assert_eq!(r.devices_not_listed, 1);
    }

    #[test]
    fn gateways_merge_search_and_description_responses() {
        let mut t = Tally::default();
        let sender = SocketAddrV4::new(Ipv4Addr::new(192, 168, 1, 28), 3671);
        let fv = |family| FamilyVersion { family, version: 1 };
        let search = GatewaySummary {
            control_endpoint: Some(sender),
            name: "IP Router".into(),
            individual_address: "1.1.0".into(),
            service_families: vec![fv(ServiceFamily::CORE), fv(ServiceFamily::TUNNELLING)],
            ..Default::default()
        };
        let description = GatewaySummary {
            control_endpoint: None,
            serial: "00fa:12345678".into(),
            service_families: vec![fv(ServiceFamily::TUNNELLING), fv(ServiceFamily::ROUTING)],
            secure_families: vec![ServiceFamily::TUNNELLING],
            ..Default::default()
        };
        t.observe_gateway(search, sender, Some(1), false);
        t.observe_gateway(description, sender, Some(3), false);
        let nat = GatewaySummary {
            control_endpoint: Some(SocketAddrV4::new(Ipv4Addr::UNSPECIFIED, 0)),
            name: "behind NAT".into(),
            ..Default::default()
        };
        let other = SocketAddrV4::new(Ipv4Addr::new(10, 0, 0, 9), 3671);
        t.observe_gateway(nat, other, None, false);
        let r = t.knx_report();
        assert_eq!(r.gateways.len(), 2);
        let g = &r.gateways[0];
        assert_eq!(g.address, "10.0.0.9:3671");
        assert_eq!(g.name, "behind NAT");
        let g = &r.gateways[1];
        assert_eq!(g.address, "192.168.1.28:3671");
        assert_eq!(
            (g.name.as_str(), g.serial.as_str()),
            ("IP Router", "00fa:12345678")
        );
        let names: Vec<String> = g.service_families.iter().map(ToString::to_string).collect();
        assert_eq!(names, ["core v1", "tunnelling v1", "routing v1"]);
        assert_eq!(g.secure_families, [KnxFamily::Tunnelling]);
        assert_eq!(g.responses, 2);
        assert_eq!(
            g.last_seen.as_deref(),
            Some("1970-01-01T00:00:00.000000003Z")
        );
    }

    #[test]
    fn frames_are_sorted_into_categories() {
        let mut t = Tally::default();
        let a = (Ipv4Addr::new(10, 0, 0, 1), 47808);
        let b = (Ipv4Addr::new(10, 0, 0, 2), 47808);
        let who_is = [0x81, 0x0a, 0x00, 0x08, 0x01, 0x00, 0x10, 0x08];
        t.frame(
            linktype::ETHERNET,
            Some(5),
            &emit::ethernet_udp(a, b, &who_is),
        );
        t.frame(
            linktype::ETHERNET,
            Some(2),
            &emit::ethernet_udp((a.0, 5353), (b.0, 53), b"dns"),
        );
        let mut frag = Vec::new();
        emit::ipv4(&mut frag, a.0, b.0, 17, (true, 0), &[0; 8]);
        t.frame(linktype::RAW, None, &frag);
        t.frame(linktype::ETHERNET, None, &[0; 5]);
        t.frame(165, None, &[0; 40]);
        t.unreadable_frame("pcapng", "packet for an undeclared interface");
        let knx_two = [
            0x06, 0x10, 0x04, 0x23, 0x00, 0x0e, 0x04, 0x01, 0x02, 0x00, 0x06, 0x00, 0x10, 0x87,
            0x06, 0x10, 0x04, 0x25, 0x00, 0x0e, 0x04, 0x01,
        ];
        t.frame(
            linktype::ETHERNET,
            None,
            &emit::ethernet_knx_tcp(a.0, b.0, &knx_two),
        );
        t.frame(
            linktype::ETHERNET,
            None,
            &emit::ethernet_knx_tcp(a.0, b.0, &[]),
        );
        t.frame(
            linktype::ETHERNET,
            None,
            &emit::ethernet_llc_bacnet([0xff; 6], [1; 6], &[0x01, 0x00]),
        );

        assert_eq!(t.packets, 9);
        assert_eq!((t.first_ns(), t.last_ns()), (Some(2), Some(5)));
        assert_eq!(t.ip_fragments, 1);
        // DNS and the empty TCP segment.
        assert_eq!(t.other_packets, 2);
        let links = t.link_errors_report();
        assert_eq!(links.frames, 3);
        assert_eq!(links.by_reason["ethernet: truncated"], 1);
        assert_eq!(links.by_reason["link: unsupported link type"], 1);
        assert_eq!(
            links.by_reason["pcapng: packet for an undeclared interface"],
            1
        );
        // BACnet/IP + BACnet/Ethernet; the service names depend on the codec.
        assert_eq!(t.bacnet_report().messages, 2);
        // One whole KNX frame and one split across segments.
        let knx = t.knx_report();
        assert_eq!(knx.messages, 2);
        assert_eq!(
            knx.malformed_by_reason["knxip-tcp: frame continues in a later segment (not reassembled)"],
            1
        );
    }

    #[test]
    fn counters_merge_equal_text_and_cap_distinct_names() {
        let mut c: Names = Counter::default();
        let a: &'static str = "who-is";
        // A second literal with the same text, at another address.
        let b: &'static str = Box::leak(String::from("who-is").into_boxed_str());
        c.add(StaticStr(a));
        c.add(StaticStr(b));
        c.add(StaticStr(a));
        assert_eq!(c.report(|k| k.0.to_owned())["who-is"], 3);
        for _ in 0..MAX_NAMES {
            c.add(StaticStr(Box::leak(String::from("x").into_boxed_str())));
        }
        let r = c.report(|k| k.0.to_owned());
        assert_eq!(r[OVER_LIMIT], 2);
        assert_eq!(r.values().sum::<u64>(), 3 + MAX_NAMES as u64);
    }
}
