//! Exposure states with their proof: what the router probes proved about reaching the
//! building controls from the internet, as one typed judgement ([`Assessment`]) that the
//! router checks, the verdict, the CLI and the report read, and the homeowner screen shows.
//!
//! The rules (docs/EXPOSURE.md "Exposure states"):
//! - A forward is a UPnP mapping to a KNX/BACnet port or to a discovered device, or an answer
//!   of a KNX/BACnet device on the router's internet address (hairpin probe).
//! - A forward is on the address it answered on, else on the router's own internet address;
//!   that address's class decides: **public** → reachable from the internet; **shared**
//!   (100.64.0.0/10, carrier-grade NAT) or **private** → forwarded, behind the provider's (or
//!   another router's) NAT; not known → forwarded, address unknown.
//! - "Nothing open" only when the router's UPnP list was read to the end (the forwards that
//!   can be listed, were) or every probed port was silent on a router proven to loop back;
//!   otherwise the state is "could not be determined", naming what could not be checked.
//! - How each forward was made: listed by UPnP; found only by the hairpin probe and no
//!   automatic way explains it (set by hand); found only by the probe while NAT-PMP/PCP is on
//!   (made through it, which cannot list its mappings, or by hand); found only by the probe
//!   while the UPnP list could not be read (any of those).
//!
//! Pure: facts in, judgement out. Sentences are catalogue texts (`exposure.ftl`).

use std::collections::BTreeMap;
use std::net::Ipv4Addr;

use serde::{Deserialize, Serialize};

use super::common::{device_target, gateway_target, ip_of, port_of};
use crate::inventory::{AddressSource, ExposureReport, HairpinProbe, Inventory, PortMapping};
use crate::net::{AddressClass, special_block};
use crate::text;
use crate::text::Text;

/// KNXnet/IP control endpoint port (UDP, and TCP for tunnelling v2).
pub const KNX_PORT: u16 = 3671;
/// BACnet/IP ports: 0xBAC0–0xBACF.
pub const BACNET_PORTS: std::ops::RangeInclusive<u16> = 47808..=47823;

/// What kind of building-automation port a number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BasPort {
    Knx,
    Bacnet,
}

pub fn bas_port(port: u16) -> Option<BasPort> {
    if port == KNX_PORT {
        Some(BasPort::Knx)
    } else if BACNET_PORTS.contains(&port) {
        Some(BasPort::Bacnet)
    } else {
        None
    }
}

/// What was proven about reaching the building controls from the internet.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExposureState {
    /// A forward to building automation on a public internet address (a listed mapping or a
    /// hairpin answer), or a public index lists a building-automation port there.
    Reachable,
    /// A forward exists, but the router's internet address is shared (carrier-grade NAT) or
    /// private: the provider's or another router's NAT decides, and blocks it today.
    ForwardedBehindNat,
    /// A forward exists; the router's internet address is not known, so neither of the above
    /// could be proven.
    ForwardedAddressUnknown,
    /// Neither a forward nor its absence could be proven (`not_checked` says what was missing).
    Undetermined,
    /// No forward, and the router's forwards were fully listed or every probed path was
    /// silent on a router proven to loop back (`checked` names what was checked).
    NothingFound,
}

impl ExposureState {
    /// The state in a few words ("reachable from the internet").
    pub fn words(self) -> Text {
        match self {
            ExposureState::Reachable => text!("exposure-state-reachable"),
            ExposureState::ForwardedBehindNat => text!("exposure-state-forwarded-behind-nat"),
            ExposureState::ForwardedAddressUnknown => {
                text!("exposure-state-forwarded-address-unknown")
            }
            ExposureState::Undetermined => text!("exposure-state-undetermined"),
            ExposureState::NothingFound => text!("exposure-state-nothing-found"),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            ExposureState::Reachable => "reachable",
            ExposureState::ForwardedBehindNat => "forwarded_behind_nat",
            ExposureState::ForwardedAddressUnknown => "forwarded_address_unknown",
            ExposureState::Undetermined => "undetermined",
            ExposureState::NothingFound => "nothing_found",
        }
    }
}

/// How a forward came to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mechanism {
    /// In the router's UPnP list (opened by a device through UPnP, or entered there).
    Upnp,
    /// Found only by the hairpin probe; UPnP was read to the end (or is off) and NAT-PMP/PCP
    /// do not answer: set by hand (port forward, exposed host / DMZ).
    ByHand,
    /// Found only by the hairpin probe while NAT-PMP or PCP answers: opened by a device
    /// through them (they cannot list mappings) or set by hand.
    PortControlOrByHand,
    /// Found only by the hairpin probe while the UPnP list could not be read completely: by
    /// UPnP, NAT-PMP/PCP or by hand.
    Unknown,
}

/// What a forward reaches.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reaches {
    Knx,
    Bacnet,
    /// A discovered building-automation device, on another port.
    Device,
}

/// An address and what it is.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AddressFact {
    pub ip: Ipv4Addr,
    pub class: AddressClass,
    /// The special-purpose block it is in ("carrier-grade NAT (RFC 6598)"), if any.
    pub block: Option<String>,
    pub source: AddressSource,
    /// Counted as `class` by the demo building's / router lab's stand-in internet.
    #[serde(default)]
    pub simulated: bool,
}

/// One forward to building automation, with its proof.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Forward {
    pub reaches: Reaches,
    /// `UDP` or `TCP`.
    pub protocol: String,
    pub external_port: u16,
    /// The inside end of a listed mapping ("192.168.1.10:3671").
    pub internal: Option<String>,
    /// What discovery found there, in words (the finding's target: with its address).
    pub device: Option<Text>,
    /// The same, short (its name), for sentences that already name the address.
    #[serde(default)]
    pub device_name: Option<Text>,
    pub mechanism: Mechanism,
    /// The mapping as the router lists it (UPnP).
    pub mapping: Option<PortMapping>,
    /// The address a hairpin probe got an answer on through this forward.
    pub answered_on: Option<Ipv4Addr>,
    /// What answered, in words.
    pub answer: Option<Text>,
    pub answer_hex: Option<String>,
    /// The address the forward is on (the one that answered, else the router's own), and its
    /// class; `None` when the router's address is not known.
    pub address: Option<Ipv4Addr>,
    pub class: Option<AddressClass>,
    /// The finding this forward produced.
    pub check_id: String,
}

/// The judgement: the state, the facts that prove it, and what it means in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    pub state: ExposureState,
    pub router: Option<Ipv4Addr>,
    /// The router's own internet address.
    pub address: Option<AddressFact>,
    /// What the internet sees, as the STUN server claimed it.
    pub internet_view: Option<AddressFact>,
    /// The STUN server asked (as named).
    pub stun_server: Option<String>,
    pub forwards: Vec<Forward>,
    /// The router's UPnP list was read to the end.
    pub listed_complete: bool,
    /// NAT-PMP or PCP answers: devices can open ports that no list shows.
    pub port_control: bool,
    /// A conclusive hairpin probe: the router loops back and every probed port was silent, so
    /// a forward set by hand on those ports is excluded.
    pub hand_forwards_excluded: bool,
    /// Building-automation ports a public index (InternetDB) lists at the site's address.
    pub indexed_ports: Vec<u16>,
    /// In words: one sentence per forward (how it was made and proven), and the index hit.
    pub proof: Vec<Text>,
    pub headline: Text,
    /// What it means today (and, behind NAT, what happens if the provider gives a public
    /// address).
    pub explanation: Text,
    /// What to do, including how to check by hand what could not be checked.
    pub what_to_do: Vec<Text>,
    pub checked: Vec<Text>,
    pub not_checked: Vec<Text>,
}

impl Assessment {
    /// Forwards that are reachable from the internet.
    pub fn reachable(&self) -> impl Iterator<Item = &Forward> {
        self.forwards
            .iter()
            .filter(|f| f.class == Some(AddressClass::Public))
    }
}

/// Check ids of forwards, by state of their address.
pub const KNX_PORT_FORWARDED: &str = "knx.gateway.port_forwarded";
pub const BACNET_PORT_FORWARDED: &str = "bacnet.device.port_forwarded";
pub const MAPPING_TO_DEVICE: &str = "router.mapping.to_device";
pub const STATIC_FORWARD: &str = "router.hairpin.static_forward";
pub const UNLISTED_FORWARD: &str = "router.hairpin.unlisted_forward";
pub const BEHIND_NAT: &str = "router.forward.behind_nat";
pub const ADDRESS_UNKNOWN: &str = "router.forward.address_unknown";

/// A discovered thing at an IP address, as a finding names it.
#[derive(Debug, Clone)]
pub(super) struct Known {
    pub target: Text,
    pub name: Text,
}

/// Every IP address discovery found something at (first description wins: gateways, then
/// devices, BBMDs, routers). Routed devices sit behind their router's address, which is
/// listed under the router.
pub(super) fn known_hosts(inv: Option<&Inventory>) -> BTreeMap<Ipv4Addr, Known> {
    let mut m = BTreeMap::new();
    let Some(inv) = inv else { return m };
    for g in &inv.knx.gateways {
        if let Some(ip) = ip_of(&g.address) {
            m.entry(ip).or_insert(Known {
                target: gateway_target(g),
                name: text!(
                    "exposure-known-knx-gateway",
                    name = super::common::shown(&g.name)
                ),
            });
        }
    }
    for d in inv.bacnet.devices.iter().filter(|d| !d.routed) {
        if let Some(ip) = ip_of(&d.address) {
            m.entry(ip).or_insert(Known {
                target: device_target(d),
                name: text!("exposure-known-bacnet-device", instance = d.device_instance),
            });
        }
    }
    for b in &inv.bacnet.bbmds {
        if let Some(ip) = ip_of(&b.address) {
            m.entry(ip).or_insert(Known {
                target: text!("checks-target-bbmd", address = b.address.as_str()),
                name: text!("exposure-known-bbmd"),
            });
        }
    }
    for r in &inv.bacnet.routers {
        if let Some(ip) = ip_of(&r.address) {
            m.entry(ip).or_insert(Known {
                target: text!("checks-target-bacnet-router", address = r.address.as_str()),
                name: text!("exposure-known-bacnet-router"),
            });
        }
    }
    m
}

/// An answer through the external port of this mapping (UDP only: both probes are UDP).
pub(super) fn explains(m: &PortMapping, p: &HairpinProbe) -> bool {
    m.enabled
        && m.protocol.eq_ignore_ascii_case("udp")
        && port_of(&p.target) == Some(m.external_port)
}

pub(super) fn hairpin_kind(p: &HairpinProbe) -> Option<BasPort> {
    match p.protocol.as_str() {
        "knx" => Some(BasPort::Knx),
        "bacnet" => Some(BasPort::Bacnet),
        _ => port_of(&p.target).and_then(bas_port),
    }
}

fn reaches(k: Option<BasPort>) -> Reaches {
    match k {
        Some(BasPort::Knx) => Reaches::Knx,
        Some(BasPort::Bacnet) => Reaches::Bacnet,
        None => Reaches::Device,
    }
}

/// The finding id of a forward: by the class of its address, then by what it is.
pub fn forward_id(
    class: Option<AddressClass>,
    reaches: Reaches,
    mechanism: Mechanism,
) -> &'static str {
    match class {
        Some(AddressClass::Public) => match (mechanism, reaches) {
            (Mechanism::Upnp, Reaches::Knx) => KNX_PORT_FORWARDED,
            (Mechanism::Upnp, Reaches::Bacnet) => BACNET_PORT_FORWARDED,
            (Mechanism::Upnp, Reaches::Device) => MAPPING_TO_DEVICE,
            (Mechanism::ByHand, _) => STATIC_FORWARD,
            (Mechanism::PortControlOrByHand | Mechanism::Unknown, _) => UNLISTED_FORWARD,
        },
        Some(AddressClass::Shared | AddressClass::Private) => BEHIND_NAT,
        None => ADDRESS_UNKNOWN,
    }
}

fn fact(x: &ExposureReport, ip: Ipv4Addr, source: AddressSource) -> AddressFact {
    let class = x.class_of(ip);
    AddressFact {
        ip,
        class,
        block: special_block(ip).map(str::to_owned),
        source,
        simulated: x
            .simulated_internet
            .as_ref()
            .is_some_and(|s| s.contains(ip)),
    }
}

/// The address in words, with its class ("81.2.69.160, a public internet address").
pub fn address_words(a: &AddressFact) -> Text {
    let ip = a.ip.to_string();
    match (a.class, a.simulated) {
        (AddressClass::Public, false) => text!("exposure-address-public", ip = ip),
        (AddressClass::Public, true) => text!("exposure-address-public-simulated", ip = ip),
        (AddressClass::Shared, false) => text!("exposure-address-shared", ip = ip),
        (AddressClass::Shared, true) => text!("exposure-address-shared-simulated", ip = ip),
        (AddressClass::Private, _) => text!(
            "exposure-address-private",
            ip = ip,
            block = a.block.clone().unwrap_or_default()
        ),
    }
}

pub fn mechanism_words(m: Mechanism) -> Text {
    match m {
        Mechanism::Upnp => text!("exposure-mechanism-upnp"),
        Mechanism::ByHand => text!("exposure-mechanism-by-hand"),
        Mechanism::PortControlOrByHand => text!("exposure-mechanism-port-control"),
        Mechanism::Unknown => text!("exposure-mechanism-unknown"),
    }
}

fn reaches_words(f: &Forward) -> Text {
    match (&f.device_name, f.reaches) {
        (Some(d), _) => d.clone(),
        (None, Reaches::Knx) => text!("exposure-reaches-knx"),
        (None, Reaches::Bacnet) => text!("exposure-reaches-bacnet"),
        (None, Reaches::Device) => text!("exposure-reaches-device"),
    }
}

/// The forward in one sentence: what, how made, how proven.
pub fn forward_words(f: &Forward) -> Text {
    let what = reaches_words(f);
    let how = mechanism_words(f.mechanism);
    match (&f.mapping, &f.answer, f.answered_on) {
        (Some(_), Some(answer), Some(on)) => text!(
            "exposure-proof-listed-answered",
            protocol = f.protocol.as_str(),
            port = f.external_port,
            internal = f.internal.clone().unwrap_or_default(),
            what = what,
            how = how,
            address = on.to_string(),
            answer = answer.clone()
        ),
        (Some(_), _, _) => text!(
            "exposure-proof-listed",
            protocol = f.protocol.as_str(),
            port = f.external_port,
            internal = f.internal.clone().unwrap_or_default(),
            what = what,
            how = how
        ),
        (None, answer, on) => text!(
            "exposure-proof-answered",
            protocol = f.protocol.as_str(),
            port = f.external_port,
            address = on.map(|a| a.to_string()).unwrap_or_default(),
            answer = answer
                .clone()
                .unwrap_or_else(|| text!("exposure-an-answer")),
            how = how
        ),
    }
}

/// The probes of the router's own address to KNX/BACnet ports.
fn own_probes(x: &ExposureReport) -> impl Iterator<Item = &HairpinProbe> {
    x.hairpin
        .iter()
        .filter(move |p| x.external_ip.is_some() && p.address() == x.external_ip)
}

/// Judge what the router probes gathered.
pub fn assess(exposure: Option<&ExposureReport>, inventory: Option<&Inventory>) -> Assessment {
    let Some(x) = exposure else {
        return undetermined_without_router(None, false);
    };
    if x.router.is_none() {
        return undetermined_without_router(None, true);
    }
    let known = known_hosts(inventory);
    let mappings: &[PortMapping] = x.igd.as_ref().map_or(&[], |i| i.mappings.as_slice());
    let answered: Vec<&HairpinProbe> = x
        .hairpin
        .iter()
        .filter(|p| p.outcome == "answered")
        .collect();
    let igd = x.igd.as_ref();
    let listed_complete = igd.is_some_and(|i| i.found && i.error.is_none() && i.mappings_complete);
    // UPnP cannot have made an unlisted forward: its list was read to the end, or it is off.
    let upnp_excluded = listed_complete || igd.is_some_and(|i| !i.found);
    let port_control = x.nat_pmp.as_ref().is_some_and(|n| n.available)
        || x.pcp.as_ref().is_some_and(|p| p.available);
    let address = x
        .external_ip
        .map(|ip| fact(x, ip, x.external_ip_source.unwrap_or(AddressSource::Upnp)));
    let internet_view = x
        .stun
        .as_ref()
        .filter(|s| s.error.is_none())
        .and_then(|s| s.mapped)
        .map(|m| fact(x, *m.ip(), AddressSource::Stun));

    let mut forwards = Vec::new();
    for m in mappings.iter().filter(|m| m.enabled) {
        let internal_ip = ip_of(&m.internal_client);
        let at = internal_ip.and_then(|ip| known.get(&ip));
        let through: Vec<&HairpinProbe> = answered
            .iter()
            .copied()
            .filter(|p| explains(m, p))
            .collect();
        let port_kind = bas_port(m.internal_port).or_else(|| bas_port(m.external_port));
        let kind = port_kind.or_else(|| through.iter().find_map(|p| hairpin_kind(p)));
        if kind.is_none() && at.is_none() {
            continue;
        }
        // An answer on a public address proves the most; else the first answer; else the
        // router's own address.
        let best = through
            .iter()
            .copied()
            .find(|p| {
                p.address()
                    .is_some_and(|a| x.class_of(a) == AddressClass::Public)
            })
            .or_else(|| through.first().copied());
        let on = best.and_then(HairpinProbe::address);
        let addr = on.or(x.external_ip);
        let class = addr.map(|a| x.class_of(a));
        let r = reaches(kind);
        forwards.push(Forward {
            reaches: r,
            protocol: m.protocol.to_ascii_uppercase(),
            external_port: m.external_port,
            internal: Some(format!("{}:{}", m.internal_client, m.internal_port)),
            device: at.map(|k| k.target.clone()),
            device_name: at.map(|k| k.name.clone()),
            mechanism: Mechanism::Upnp,
            mapping: Some(m.clone()),
            answered_on: on,
            answer: best.and_then(|p| p.answer_summary.clone()),
            answer_hex: best.and_then(|p| p.answer_hex.clone()),
            address: addr,
            class,
            check_id: forward_id(class, r, Mechanism::Upnp).to_owned(),
        });
    }
    for p in &answered {
        if mappings.iter().any(|m| explains(m, p)) {
            continue;
        }
        let mechanism = match (upnp_excluded, port_control) {
            (true, false) => Mechanism::ByHand,
            (true, true) => Mechanism::PortControlOrByHand,
            (false, _) => Mechanism::Unknown,
        };
        let on = p.address();
        let class = on.map(|a| x.class_of(a));
        let r = reaches(hairpin_kind(p));
        forwards.push(Forward {
            reaches: r,
            protocol: "UDP".into(),
            external_port: p.port().unwrap_or(0),
            internal: None,
            device: None,
            device_name: None,
            mechanism,
            mapping: None,
            answered_on: on,
            answer: p.answer_summary.clone(),
            answer_hex: p.answer_hex.clone(),
            address: on,
            class,
            check_id: forward_id(class, r, mechanism).to_owned(),
        });
    }
    let indexed_ports: Vec<u16> = x
        .internetdb
        .as_ref()
        .filter(|d| d.error.is_none() && d.listed)
        .map(|d| {
            d.ports
                .iter()
                .copied()
                .filter(|p| bas_port(*p).is_some())
                .collect()
        })
        .unwrap_or_default();

    // Every probe of the router's own address was silent, on a router proven to loop back.
    let own: Vec<&HairpinProbe> = own_probes(x).collect();
    let hand_forwards_excluded = !own.is_empty()
        && own
            .iter()
            .all(|p| p.outcome == "no-answer" && p.router_hairpins == Some(true));
    let has = |c: Option<AddressClass>| forwards.iter().any(|f| f.class == c);
    let state = if has(Some(AddressClass::Public)) || !indexed_ports.is_empty() {
        ExposureState::Reachable
    } else if has(Some(AddressClass::Shared)) || has(Some(AddressClass::Private)) {
        ExposureState::ForwardedBehindNat
    } else if has(None) {
        ExposureState::ForwardedAddressUnknown
    } else if listed_complete || hand_forwards_excluded {
        ExposureState::NothingFound
    } else {
        ExposureState::Undetermined
    };

    let mut a = Assessment {
        state,
        router: x.router,
        address,
        internet_view,
        stun_server: x.stun.as_ref().map(|s| s.server.clone()),
        forwards,
        listed_complete,
        port_control,
        hand_forwards_excluded,
        indexed_ports,
        proof: Vec::new(),
        headline: Text::default(),
        explanation: Text::default(),
        what_to_do: Vec::new(),
        checked: Vec::new(),
        not_checked: Vec::new(),
    };
    a.proof = a.forwards.iter().map(forward_words).collect();
    if !a.indexed_ports.is_empty() {
        a.proof.push(text!(
            "exposure-proof-indexed",
            ports = a
                .indexed_ports
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ));
    }
    coverage(x, &mut a);
    words(x, &mut a);
    a
}

/// No router probe ran (`ran = false`) or no router was found.
fn undetermined_without_router(router: Option<Ipv4Addr>, ran: bool) -> Assessment {
    let reason = if ran {
        text!("exposure-not-checked-router-none")
    } else {
        text!("exposure-not-checked-router-not-run")
    };
    Assessment {
        state: ExposureState::Undetermined,
        router,
        address: None,
        internet_view: None,
        stun_server: None,
        forwards: Vec::new(),
        listed_complete: false,
        port_control: false,
        hand_forwards_excluded: false,
        indexed_ports: Vec::new(),
        proof: Vec::new(),
        headline: text!("exposure-undetermined-headline"),
        explanation: text!(
            "exposure-undetermined-explanation",
            why = if ran {
                text!("exposure-why-no-router")
            } else {
                text!("exposure-why-not-run")
            }
        ),
        what_to_do: vec![
            text!("exposure-do-check-router-by-hand"),
            text!("exposure-do-test-from-outside"),
        ],
        checked: Vec::new(),
        not_checked: vec![reason, text!("exposure-not-checked-search-consent")],
    }
}

/// What was checked and what was not, in list items.
fn coverage(x: &ExposureReport, a: &mut Assessment) {
    let (checked, not) = (&mut a.checked, &mut a.not_checked);
    match &x.igd {
        Some(i) if i.found && i.error.is_none() && i.mappings_complete => checked.push(text!(
            "exposure-checked-mappings",
            entries = i.mappings.len()
        )),
        Some(i) if i.found => not.push(text!("exposure-not-checked-mappings-partial")),
        _ => not.push(text!("exposure-not-checked-mappings-unshared")),
    }
    if x.nat_pmp.is_some() || x.pcp.is_some() || x.igd.is_some() {
        checked.push(text!("exposure-checked-self-opening"));
    }
    if a.port_control && !a.listed_complete {
        not.push(text!("exposure-not-checked-port-control"));
    }
    if let Some(v) = &a.internet_view {
        checked.push(text!(
            "exposure-checked-internet-view",
            server = a.stun_server.clone().unwrap_or_default(),
            ip = v.ip.to_string()
        ));
    } else if let Some(s) = &x.stun {
        not.push(text!(
            "exposure-not-checked-internet-view",
            server = s.server.clone(),
            error = s.error.clone().unwrap_or_default()
        ));
    }
    let tried: Vec<&HairpinProbe> = x
        .hairpin
        .iter()
        .filter(|p| p.outcome != "not-tried")
        .collect();
    let answered = tried.iter().any(|p| p.outcome == "answered");
    if a.hand_forwards_excluded || answered {
        checked.push(text!("exposure-checked-knock"));
    }
    if !a.hand_forwards_excluded {
        // A forward set by hand in the router's menu shows in no list: only a conclusive
        // knock excludes it. Say plainly why it could not be excluded.
        let why = if tried.is_empty() && a.address.is_none() && a.internet_view.is_none() {
            text!("exposure-knock-why-no-address")
        } else if tried.is_empty() {
            text!("exposure-knock-why-not-run")
        } else {
            text!("exposure-knock-why-no-loopback")
        };
        not.push(text!("exposure-not-checked-by-hand", why = why));
    }
    match &x.internetdb {
        Some(db) if db.error.is_none() => checked.push(text!("exposure-checked-search")),
        Some(_) => not.push(text!("exposure-not-checked-search-unreachable")),
        None => not.push(text!("exposure-not-checked-search-consent")),
    }
}

/// Headline, explanation and what to do, by state.
fn words(x: &ExposureReport, a: &mut Assessment) {
    let how_to_find_out = text!("exposure-do-give-address");
    match a.state {
        ExposureState::Reachable => {
            a.headline = text!("exposure-reachable-headline");
            a.explanation = text!("exposure-reachable-explanation");
            a.what_to_do = vec![
                text!("exposure-do-remove-forward-today"),
                text!("exposure-do-vpn"),
            ];
        }
        ExposureState::ForwardedBehindNat => {
            let shared = a
                .forwards
                .iter()
                .any(|f| f.class == Some(AddressClass::Shared));
            // The address in the homeowner's words is just the number; the class is what
            // the sentence around it says.
            let addr = a
                .forwards
                .iter()
                .find_map(|f| f.address)
                .or(a.address.as_ref().map(|f| f.ip))
                .map(|ip| ip.to_string())
                .unwrap_or_default();
            if shared {
                a.headline = text!("exposure-behind-nat-headline");
                a.explanation = text!("exposure-behind-shared-explanation", address = addr);
                a.what_to_do = vec![
                    text!("exposure-do-remove-forward-anyway"),
                    text!("exposure-do-before-public-address"),
                    text!("exposure-do-vpn"),
                ];
            } else {
                a.headline = text!("exposure-behind-router-headline");
                a.explanation = text!("exposure-behind-private-explanation", address = addr);
                a.what_to_do = vec![
                    text!("exposure-do-remove-forward-anyway"),
                    text!("exposure-do-check-router-in-front"),
                    text!("exposure-do-vpn"),
                ];
            }
        }
        ExposureState::ForwardedAddressUnknown => {
            a.headline = text!("exposure-address-unknown-headline");
            a.explanation = text!("exposure-address-unknown-explanation");
            a.what_to_do = vec![text!("exposure-do-remove-forward"), how_to_find_out];
        }
        ExposureState::Undetermined => {
            let knocked = x.hairpin.iter().any(|p| p.outcome != "not-tried");
            let why = if !knocked && a.address.is_none() && a.internet_view.is_none() {
                text!("exposure-why-no-list-no-address")
            } else if a.port_control {
                text!("exposure-why-unlistable")
            } else if knocked {
                text!("exposure-why-no-list-knock-inconclusive")
            } else {
                text!("exposure-why-no-list-knock-not-run")
            };
            a.headline = text!("exposure-undetermined-headline");
            a.explanation = text!("exposure-undetermined-explanation", why = why);
            a.what_to_do = vec![
                text!("exposure-do-check-router-by-hand"),
                text!("exposure-do-test-from-outside"),
            ];
            if a.address.is_none() && a.internet_view.is_none() {
                a.what_to_do.push(how_to_find_out);
            }
        }
        ExposureState::NothingFound => {
            a.headline = text!("exposure-nothing-headline");
            let behind = match a.address.as_ref().map(|f| f.class) {
                Some(AddressClass::Shared) => text!("exposure-nothing-shared"),
                Some(AddressClass::Private) => text!("exposure-nothing-private"),
                _ => Text::default(),
            };
            a.explanation = if a.hand_forwards_excluded {
                text!("exposure-nothing-explanation-proven", behind = behind)
            } else {
                text!("exposure-nothing-explanation-listed", behind = behind)
            };
            if !a.hand_forwards_excluded {
                a.what_to_do = vec![
                    text!("exposure-do-check-router-by-hand"),
                    text!("exposure-do-test-from-outside"),
                ];
            }
        }
    }
}
