//! Router and internet: port mappings that reach building-automation ports or devices, answers
//! on the router's external address, and which port-opening services the router runs.

use std::collections::BTreeMap;
use std::net::Ipv4Addr;

use serde_json::{Value, json};

use super::CheckInput;
use super::common::{device_target, finding, gateway_target, ip_of, port_of, router_target};
use crate::findings::{Finding, Severity};
use crate::inventory::Inventory;
use crate::inventory::{ExposureReport, HairpinProbe, PortMapping};

pub const KNX_PORT_FORWARDED: &str = "knx.gateway.port_forwarded";
pub const BACNET_PORT_FORWARDED: &str = "bacnet.device.port_forwarded";
pub const MAPPING_TO_DEVICE: &str = "router.mapping.to_device";
pub const MAPPING_DISABLED: &str = "router.mapping.disabled";
pub const STATIC_FORWARD: &str = "router.hairpin.static_forward";
pub const HAIRPIN_INCONCLUSIVE: &str = "router.hairpin.inconclusive";

pub const UPNP_ENABLED: &str = "router.upnp.enabled";
pub const UPNP_LIST_INCOMPLETE: &str = "router.upnp.list_incomplete";
pub const PORT_CONTROL_ENABLED: &str = "router.port_control.enabled";
pub const EXTERNAL_IP_KNOWN: &str = "router.external_ip.known";
pub const NOT_CHECKED: &str = "router.probes.not_checked";

pub const MAPPING_IDS: &[&str] = &[
    KNX_PORT_FORWARDED,
    BACNET_PORT_FORWARDED,
    MAPPING_TO_DEVICE,
    MAPPING_DISABLED,
    STATIC_FORWARD,
    HAIRPIN_INCONCLUSIVE,
];
pub const SERVICE_IDS: &[&str] = &[
    UPNP_ENABLED,
    UPNP_LIST_INCOMPLETE,
    PORT_CONTROL_ENABLED,
    EXTERNAL_IP_KNOWN,
    NOT_CHECKED,
];

/// KNXnet/IP control endpoint port (UDP, and TCP for tunnelling v2).
pub const KNX_PORT: u16 = 3671;
/// BACnet/IP ports: 0xBAC0–0xBACF.
pub const BACNET_PORTS: std::ops::RangeInclusive<u16> = 47808..=47823;

/// What kind of building-automation port a number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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

/// A discovered thing at an IP address, as the finding should name it.
#[derive(Debug, Clone)]
struct Known {
    target: String,
    kind: &'static str,
}

/// Every IP address discovery found something at (first description wins: gateways, then
/// devices, BBMDs, routers). Routed devices sit behind their router's address, which is
/// listed under the router.
fn known_hosts(inv: Option<&Inventory>) -> BTreeMap<Ipv4Addr, Known> {
    let mut m = BTreeMap::new();
    let Some(inv) = inv else { return m };
    for g in &inv.knx.gateways {
        if let Some(ip) = ip_of(&g.address) {
            m.entry(ip).or_insert(Known {
                target: gateway_target(g),
                kind: "knx",
            });
        }
    }
    for d in inv.bacnet.devices.iter().filter(|d| !d.routed) {
        if let Some(ip) = ip_of(&d.address) {
            m.entry(ip).or_insert(Known {
                target: device_target(d),
                kind: "bacnet",
            });
        }
    }
    for b in &inv.bacnet.bbmds {
        if let Some(ip) = ip_of(&b.address) {
            m.entry(ip).or_insert(Known {
                target: format!("BACnet BBMD {}", b.address),
                kind: "bacnet",
            });
        }
    }
    for r in &inv.bacnet.routers {
        if let Some(ip) = ip_of(&r.address) {
            m.entry(ip).or_insert(Known {
                target: format!("BACnet router {}", r.address),
                kind: "bacnet",
            });
        }
    }
    m
}

fn mapping_facts(m: &PortMapping) -> Value {
    json!({
        "index": m.index,
        "protocol": m.protocol,
        "external_port": m.external_port,
        "remote_host": m.remote_host,
        "internal_client": m.internal_client,
        "internal_port": m.internal_port,
        "enabled": m.enabled,
        "description": m.description,
        "lease_duration_s": m.lease_duration_s,
    })
}

fn lease_words(s: u32) -> String {
    if s == 0 {
        "permanent".to_owned()
    } else {
        format!("lease {s} s")
    }
}

fn mapping_words(m: &PortMapping) -> String {
    let from = if m.remote_host.is_empty() {
        "from anywhere".to_owned()
    } else {
        format!("from {} only", m.remote_host)
    };
    let desc = if m.description.is_empty() {
        "no description".to_owned()
    } else {
        format!("description \"{}\"", m.description)
    };
    format!(
        "{} external port {} → {}:{} ({from}, {desc}, {})",
        m.protocol.to_ascii_uppercase(),
        m.external_port,
        m.internal_client,
        m.internal_port,
        lease_words(m.lease_duration_s)
    )
}

/// Hairpin probes answered through the external port of this mapping (UDP only: both probes
/// are UDP).
fn explains(m: &PortMapping, p: &HairpinProbe) -> bool {
    m.enabled
        && m.protocol.eq_ignore_ascii_case("udp")
        && port_of(&p.target) == Some(m.external_port)
}

fn hairpin_kind(p: &HairpinProbe) -> Option<BasPort> {
    match p.protocol.as_str() {
        "knx" => Some(BasPort::Knx),
        "bacnet" => Some(BasPort::Bacnet),
        _ => port_of(&p.target).and_then(bas_port),
    }
}

fn hairpin_facts(p: &HairpinProbe) -> Value {
    json!({
        "protocol": p.protocol,
        "target": p.target,
        "outcome": p.outcome,
        "answer_summary": p.answer_summary,
        "router_hairpins": p.router_hairpins,
        "detail": p.detail,
    })
}

fn protocol_name(k: BasPort) -> &'static str {
    match k {
        BasPort::Knx => "KNX",
        BasPort::Bacnet => "BACnet",
    }
}

/// Port mappings to building-automation ports or devices, and answers on the external address.
pub fn check_mappings(input: &CheckInput<'_>) -> Vec<Finding> {
    let Some(x) = input.exposure else {
        return Vec::new();
    };
    let known = known_hosts(input.inventory);
    let mappings: &[PortMapping] = x.igd.as_ref().map_or(&[], |i| i.mappings.as_slice());
    let answered: Vec<&HairpinProbe> = x
        .hairpin
        .iter()
        .filter(|p| p.outcome == "answered")
        .collect();
    let mut out = Vec::new();
    let mut disabled = Vec::new();

    for m in mappings {
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
        if !m.enabled {
            disabled.push(m);
            continue;
        }
        let (id, what) = match kind {
            Some(BasPort::Knx) => (KNX_PORT_FORWARDED, "the KNX port 3671"),
            Some(BasPort::Bacnet) => (BACNET_PORT_FORWARDED, "a BACnet port (47808–47823)"),
            None => (MAPPING_TO_DEVICE, "a building-automation device"),
        };
        let target = at.map_or_else(
            || {
                format!(
                    "{} (mapping to {}:{})",
                    router_target(x.router),
                    m.internal_client,
                    m.internal_port
                )
            },
            |k| k.target.clone(),
        );
        let device_words = match at {
            Some(k) => format!("It points at {}.", k.target),
            None => "No device was found at that address by discovery (it may be switched off, on another network, or not answer discovery).".to_owned(),
        };
        let title = match id {
            KNX_PORT_FORWARDED => "KNX gateway port forwarded from the internet".to_owned(),
            BACNET_PORT_FORWARDED => "BACnet port forwarded from the internet".to_owned(),
            _ => format!(
                "Router forwards port {} to a building-automation device",
                m.external_port
            ),
        };
        let mut summary = format!(
            "The router's port-mapping list has an active rule to {what}: {}. {device_words}",
            mapping_words(m)
        );
        let mut facts = json!({ "mapping": mapping_facts(m), "router": x.router, "external_ip": x.external_ip });
        if let Some(k) = at {
            facts["device"] = json!({ "target": k.target, "protocol": k.kind });
        }
        let mut f_raw = None;
        if let Some(p) = through.first() {
            summary.push_str(&format!(
                " The router's external address {} answered through it: {}.",
                p.target,
                p.answer_summary.as_deref().unwrap_or("an answer")
            ));
            facts["hairpin"] = Value::Array(through.iter().map(|p| hairpin_facts(p)).collect());
            f_raw = p.answer_hex.clone();
        }
        let mut f = finding(id, Severity::Critical, target, title, summary, facts);
        f.evidence.raw_hex = f_raw;
        out.push(f);
    }

    if !disabled.is_empty() {
        let words: Vec<String> = disabled.iter().map(|m| mapping_words(m)).collect();
        out.push(finding(
            MAPPING_DISABLED,
            Severity::Info,
            router_target(x.router),
            "Switched-off port mapping to building automation",
            format!(
                "The router keeps {} that would reach building automation but is switched off: {}.",
                super::common::plural(disabled.len(), "rule", "rules"),
                words.join("; ")
            ),
            json!({ "mappings": disabled.iter().map(|m| mapping_facts(m)).collect::<Vec<_>>() }),
        ));
    }

    out.extend(hairpin_findings(x, mappings, &answered));
    out
}

fn hairpin_findings(
    x: &ExposureReport,
    mappings: &[PortMapping],
    answered: &[&HairpinProbe],
) -> Vec<Finding> {
    let mut out = Vec::new();
    let list_words = match &x.igd {
        Some(i) if i.found && i.error.is_none() && i.mappings_complete => {
            "No rule in the router's UPnP port-mapping list explains it, so a port forward set by hand (or a DMZ / exposed host) is the likely cause."
        }
        _ => {
            "The router's UPnP port-mapping list could not be read completely, so a port forward (set by hand or by UPnP) or a DMZ / exposed host is the likely cause."
        }
    };
    for p in answered {
        if mappings.iter().any(|m| explains(m, p)) {
            continue;
        }
        let proto = hairpin_kind(p).map_or("building-automation", protocol_name);
        let mut f = finding(
            STATIC_FORWARD,
            Severity::Critical,
            format!(
                "{} (external address {})",
                router_target(x.router),
                p.target
            ),
            format!("{proto} device answers on the router's internet address"),
            format!(
                "A {proto} request to the router's external address {} was answered: {}. {list_words}",
                p.target,
                p.answer_summary
                    .as_deref()
                    .unwrap_or("an answer (not decoded)")
            ),
            json!({ "hairpin": hairpin_facts(p), "router": x.router, "external_ip": x.external_ip }),
        );
        f.evidence.raw_hex = p.answer_hex.clone();
        out.push(f);
    }

    let unclear: Vec<&HairpinProbe> = x
        .hairpin
        .iter()
        .filter(|p| {
            (p.outcome == "no-answer" && p.router_hairpins != Some(true)) || p.outcome == "error"
        })
        .collect();
    if !unclear.is_empty() {
        let why = if unclear.iter().any(|p| p.router_hairpins == Some(false)) {
            "this router does not pass traffic from inside back to its own internet address"
        } else {
            "we could not tell whether this router passes traffic from inside back to its own internet address"
        };
        let targets: Vec<String> = unclear
            .iter()
            .map(|p| format!("{} {} ({})", p.protocol, p.target, p.outcome))
            .collect();
        out.push(finding(
            HAIRPIN_INCONCLUSIVE,
            Severity::Info,
            router_target(x.router),
            "Test of the router's internet address was inconclusive",
            format!(
                "No answer from {}; {why}, so silence does not prove that nothing is forwarded. Test from outside: for example a laptop connected through a phone on mobile data (not the home Wi-Fi).",
                targets.join(", ")
            ),
            json!({ "probes": unclear.iter().map(|p| hairpin_facts(p)).collect::<Vec<_>>() }),
        ));
    }
    out
}

/// Which port-opening services the router runs, its external address, and what was not checked.
pub fn check_services(input: &CheckInput<'_>) -> Vec<Finding> {
    let Some(x) = input.exposure else {
        return vec![finding(
            NOT_CHECKED,
            Severity::Info,
            "router",
            "Router not checked",
            "The router probes did not run, so the router's port-forwarding list, its internet address and a test of that address were not checked.",
            json!({ "not_checked": ["port-forwarding list", "external address", "external address test"] }),
        )];
    };
    let target = router_target(x.router);
    let mut out = Vec::new();
    let mut missing: Vec<String> = Vec::new();

    if x.router.is_none() {
        missing.push("no router was found (no default gateway on the interface)".into());
    }
    match &x.igd {
        Some(i) if i.found => {
            let name = [i.manufacturer.as_deref(), i.model_name.as_deref(), i.friendly_name.as_deref()]
                .into_iter()
                .flatten()
                .next()
                .unwrap_or("the router");
            out.push(finding(
                UPNP_ENABLED,
                Severity::Low,
                target.clone(),
                "UPnP is on: devices can open router ports by themselves",
                format!(
                    "{name} answers UPnP port-mapping requests ({} listed now). Any device in the network can open a port from the internet without anyone noticing.",
                    super::common::plural(i.mappings.len(), "mapping", "mappings")
                ),
                json!({ "location": i.location, "friendly_name": i.friendly_name, "manufacturer": i.manufacturer, "model_name": i.model_name, "control_url": i.control_url, "service_type": i.service_type, "mappings": i.mappings.len() }),
            ));
            if !i.mappings_complete || i.error.is_some() {
                out.push(finding(
                    UPNP_LIST_INCOMPLETE,
                    Severity::Medium,
                    target.clone(),
                    "Router's port-forwarding list read only in part",
                    format!(
                        "The router's UPnP list was read up to {} and then stopped{}. A forward to the building controls could be in the part not seen.",
                        super::common::plural(i.mappings.len(), "entry", "entries"),
                        i.error.as_deref().map(|e| format!(" ({e})")).unwrap_or_default()
                    ),
                    json!({ "mappings_read": i.mappings.len(), "error": i.error }),
                ));
            }
        }
        Some(i) => missing.push(match &i.error {
            Some(e) => format!("the router's port-forwarding list (UPnP did not answer: {e})"),
            None => "the router's port-forwarding list (the router does not offer UPnP, or it is switched off)".into(),
        }),
        None => missing.push("the router's port-forwarding list (UPnP was not asked)".into()),
    }

    let pmp = x.nat_pmp.as_ref().is_some_and(|n| n.available);
    let pcp = x.pcp.as_ref().is_some_and(|p| p.available);
    if pmp || pcp {
        let which = match (pmp, pcp) {
            (true, true) => "NAT-PMP and PCP",
            (true, false) => "NAT-PMP",
            _ => "PCP",
        };
        out.push(finding(
            PORT_CONTROL_ENABLED,
            Severity::Low,
            target.clone(),
            format!("Router accepts {which} port requests"),
            format!("The router answered {which}: devices in the network can ask it to open ports from the internet."),
            json!({ "nat_pmp": x.nat_pmp, "pcp": x.pcp }),
        ));
    }

    if let Some(ip) = x.external_ip {
        let note = match crate::net::special_block(ip) {
            Some(block) => format!(
                " This is not a public address ({block}): the internet provider puts the site behind another router, so forwards on this router do not reach the internet by themselves."
            ),
            None => String::new(),
        };
        out.push(finding(
            EXTERNAL_IP_KNOWN,
            Severity::Info,
            target.clone(),
            "Router's internet address",
            format!("The router reports {ip} as its internet (WAN) address.{note}"),
            json!({ "external_ip": ip, "public": crate::net::is_public(ip) }),
        ));
    } else {
        missing.push("the router's internet address (neither UPnP nor NAT-PMP told it)".into());
    }

    if x.hairpin.iter().all(|p| p.outcome == "not-tried") {
        missing.push("a test of the router's internet address from inside (not run)".into());
    }

    if !missing.is_empty() {
        out.push(finding(
            NOT_CHECKED,
            Severity::Info,
            target,
            "Router not fully checked",
            format!("Not checked: {}.", missing.join("; ")),
            json!({ "not_checked": missing, "notes": x.notes }),
        ));
    }
    out
}
