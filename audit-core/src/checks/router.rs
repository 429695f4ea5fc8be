//! Router and internet: one finding per forward to building automation (its id and severity
//! follow from the exposure state of its address, see [`super::exposure`]), switched-off
//! mappings, inconclusive hairpin probes, and which port-opening services the router runs.

use serde_json::{Value, json};

use super::CheckInput;
use super::common::{finding, list_words, router_target};
use super::exposure::{self, Forward, Reaches, address_words, assess};
use crate::findings::{Finding, Severity};
use crate::inventory::{AddressSource, ExposureReport, HairpinProbe, PortMapping};
use crate::net::AddressClass;
use crate::text;
use crate::text::Text;

pub use super::exposure::{
    ADDRESS_UNKNOWN, BACNET_PORT_FORWARDED, BACNET_PORTS, BEHIND_NAT, BasPort, KNX_PORT,
    KNX_PORT_FORWARDED, MAPPING_TO_DEVICE, STATIC_FORWARD, UNLISTED_FORWARD, bas_port,
};

pub const MAPPING_DISABLED: &str = "router.mapping.disabled";
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
    UNLISTED_FORWARD,
    BEHIND_NAT,
    ADDRESS_UNKNOWN,
    HAIRPIN_INCONCLUSIVE,
];
pub const SERVICE_IDS: &[&str] = &[
    UPNP_ENABLED,
    UPNP_LIST_INCOMPLETE,
    PORT_CONTROL_ENABLED,
    EXTERNAL_IP_KNOWN,
    NOT_CHECKED,
];

/// A forward's severity: critical only when it reaches the internet (public address);
/// high when it is proven but the provider's or another router's NAT (or an unknown address)
/// stands between it and the internet.
pub fn forward_severity(f: &Forward) -> Severity {
    match f.class {
        Some(AddressClass::Public) => Severity::Critical,
        _ => Severity::High,
    }
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

/// A mapping in words: "UDP external port 3671 → 192.168.1.10:3671 (from anywhere,
/// description "KNX", permanent)".
pub fn mapping_words(m: &PortMapping) -> Text {
    let from = if m.remote_host.is_empty() {
        text!("exposure-mapping-from-anywhere")
    } else {
        text!("exposure-mapping-from-only", host = m.remote_host.as_str())
    };
    let desc = if m.description.is_empty() {
        text!("exposure-mapping-no-description")
    } else {
        text!(
            "exposure-mapping-description",
            description = super::common::shown(&m.description)
        )
    };
    let lease = if m.lease_duration_s == 0 {
        text!("exposure-mapping-permanent")
    } else {
        text!("exposure-mapping-lease", seconds = m.lease_duration_s)
    };
    text!(
        "exposure-mapping-words",
        protocol = m.protocol.to_ascii_uppercase(),
        port = m.external_port,
        internal = format!("{}:{}", m.internal_client, m.internal_port),
        from = from,
        description = desc,
        lease = lease
    )
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

fn reaches_name(r: Reaches) -> Text {
    match r {
        Reaches::Knx => text!("exposure-what-knx"),
        Reaches::Bacnet => text!("exposure-what-bacnet"),
        Reaches::Device => text!("exposure-what-device"),
    }
}

fn title(f: &Forward) -> Text {
    let what = reaches_name(f.reaches);
    match f.check_id.as_str() {
        KNX_PORT_FORWARDED => text!("exposure-title-knx-forwarded"),
        BACNET_PORT_FORWARDED => text!("exposure-title-bacnet-forwarded"),
        MAPPING_TO_DEVICE => text!("exposure-title-mapping-to-device", port = f.external_port),
        STATIC_FORWARD => text!("exposure-title-static-forward", what = what),
        UNLISTED_FORWARD => text!("exposure-title-unlisted-forward", what = what),
        BEHIND_NAT if f.class == Some(AddressClass::Shared) => {
            text!("exposure-title-behind-shared", what = what)
        }
        BEHIND_NAT => text!("exposure-title-behind-router", what = what),
        _ => text!("exposure-title-address-unknown", what = what),
    }
}

/// What the forward's address means, one sentence.
fn reach_sentence(x: &ExposureReport, f: &Forward) -> Text {
    let Some(ip) = f.address else {
        return text!("exposure-reach-unknown");
    };
    let source = if f.answered_on == Some(ip) {
        AddressSource::Stun
    } else {
        x.external_ip_source.unwrap_or(AddressSource::Upnp)
    };
    let fact = exposure::AddressFact {
        ip,
        class: x.class_of(ip),
        block: crate::net::special_block(ip).map(str::to_owned),
        source,
        simulated: x.simulated_internet.is_some_and(|s| s.contains(ip)),
    };
    let words = address_words(&fact);
    match fact.class {
        AddressClass::Public => text!("exposure-reach-public", address = words),
        AddressClass::Shared => text!("exposure-reach-shared", address = words),
        AddressClass::Private => text!("exposure-reach-private", address = words),
    }
}

fn forward_finding(x: &ExposureReport, f: &Forward) -> Finding {
    let target = match (&f.device, &f.internal, f.answered_on) {
        (Some(d), _, _) => d.clone(),
        (None, Some(internal), _) => text!(
            "checks-target-router-mapping",
            router = router_target(x.router),
            internal = internal.as_str()
        ),
        (None, None, on) => text!(
            "checks-target-router-external",
            router = router_target(x.router),
            target = format!(
                "{}:{}",
                on.map(|a| a.to_string()).unwrap_or_default(),
                f.external_port
            )
        ),
    };
    let device_words = match (&f.device, &f.mapping) {
        (None, Some(_)) => text!("exposure-device-not-found"),
        _ => Text::default(),
    };
    let summary = match &f.mapping {
        Some(m) => text!(
            "exposure-forward-summary-listed",
            proof = exposure::forward_words(f),
            rule = mapping_words(m),
            device = device_words,
            reach = reach_sentence(x, f)
        ),
        None => text!(
            "exposure-forward-summary",
            proof = exposure::forward_words(f),
            reach = reach_sentence(x, f)
        ),
    };
    let mut facts = json!({
        "router": x.router,
        "external_ip": x.external_ip,
        "address": f.address,
        "address_class": f.class,
        "mechanism": f.mechanism,
        "reaches": f.reaches,
    });
    if let Some(m) = &f.mapping {
        facts["mapping"] = mapping_facts(m);
    }
    if let Some(d) = &f.device {
        facts["device"] = json!({ "target": d });
    }
    let through: Vec<Value> = x
        .hairpin
        .iter()
        .filter(|p| {
            p.outcome == "answered"
                && p.port() == Some(f.external_port)
                && f.protocol.eq_ignore_ascii_case("udp")
        })
        .map(hairpin_facts)
        .collect();
    if !through.is_empty() {
        facts["hairpin"] = Value::Array(through);
    }
    let mut out = finding(
        &f.check_id,
        forward_severity(f),
        target,
        title(f),
        summary,
        facts,
    );
    out.evidence.raw_hex = f.answer_hex.clone();
    out
}

/// Forwards to building automation (one finding each), switched-off mappings, inconclusive
/// hairpin probes.
pub fn check_mappings(input: &CheckInput<'_>) -> Vec<Finding> {
    let Some(x) = input.exposure else {
        return Vec::new();
    };
    let a = assess(Some(x), input.inventory);
    let mut out: Vec<Finding> = a.forwards.iter().map(|f| forward_finding(x, f)).collect();

    let known = exposure::known_hosts(input.inventory);
    let mappings: &[PortMapping] = x.igd.as_ref().map_or(&[], |i| i.mappings.as_slice());
    let disabled: Vec<&PortMapping> = mappings
        .iter()
        .filter(|m| !m.enabled)
        .filter(|m| {
            bas_port(m.internal_port)
                .or_else(|| bas_port(m.external_port))
                .is_some()
                || super::common::ip_of(&m.internal_client)
                    .is_some_and(|ip| known.contains_key(&ip))
        })
        .collect();
    if !disabled.is_empty() {
        let words: Vec<Text> = disabled.iter().map(|m| mapping_words(m)).collect();
        out.push(finding(
            MAPPING_DISABLED,
            Severity::Info,
            router_target(x.router),
            text!("exposure-title-mapping-disabled"),
            text!(
                "exposure-summary-mapping-disabled",
                count = disabled.len(),
                rules = list_words(&words, 8)
            ),
            json!({ "mappings": disabled.iter().map(|m| mapping_facts(m)).collect::<Vec<_>>() }),
        ));
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
            text!("exposure-inconclusive-no-loopback")
        } else {
            text!("exposure-inconclusive-unknown-loopback")
        };
        let targets: Vec<Text> = unclear
            .iter()
            .map(|p| {
                text!(
                    "exposure-inconclusive-probe",
                    protocol = p.protocol.as_str(),
                    target = p.target.as_str(),
                    outcome = p.outcome.as_str()
                )
            })
            .collect();
        out.push(finding(
            HAIRPIN_INCONCLUSIVE,
            Severity::Info,
            router_target(x.router),
            text!("exposure-title-inconclusive"),
            text!(
                "exposure-summary-inconclusive",
                probes = list_words(&targets, 8),
                why = why
            ),
            json!({ "probes": unclear.iter().map(|p| hairpin_facts(p)).collect::<Vec<_>>() }),
        ));
    }
    out
}

/// Which port-opening services the router runs, its internet address, and what was not
/// checked.
pub fn check_services(input: &CheckInput<'_>) -> Vec<Finding> {
    let Some(x) = input.exposure else {
        return vec![finding(
            NOT_CHECKED,
            Severity::Info,
            text!("checks-target-router-unknown"),
            text!("exposure-title-not-checked-at-all"),
            text!("exposure-summary-not-checked-at-all"),
            json!({ "not_checked": ["port-forwarding list", "external address", "external address test"] }),
        )];
    };
    let target = router_target(x.router);
    let mut out = Vec::new();
    let mut missing: Vec<Text> = Vec::new();
    let a = assess(Some(x), input.inventory);

    if x.router.is_none() {
        missing.push(text!("exposure-missing-no-router"));
    }
    match &x.igd {
        Some(i) if i.found => {
            let name = [
                i.manufacturer.as_deref(),
                i.model_name.as_deref(),
                i.friendly_name.as_deref(),
            ]
            .into_iter()
            .flatten()
            .next()
            .map(|n| Text::plain(super::common::shown(n)))
            .unwrap_or_else(|| text!("exposure-the-router"));
            out.push(finding(
                UPNP_ENABLED,
                Severity::Low,
                target.clone(),
                text!("exposure-title-upnp-enabled"),
                text!(
                    "exposure-summary-upnp-enabled",
                    name = name,
                    count = i.mappings.len()
                ),
                json!({ "location": i.location, "friendly_name": i.friendly_name, "manufacturer": i.manufacturer, "model_name": i.model_name, "control_url": i.control_url, "service_type": i.service_type, "mappings": i.mappings.len() }),
            ));
            if !i.mappings_complete || i.error.is_some() {
                out.push(finding(
                    UPNP_LIST_INCOMPLETE,
                    Severity::Medium,
                    target.clone(),
                    text!("exposure-title-list-incomplete"),
                    match &i.error {
                        Some(e) => text!(
                            "exposure-summary-list-incomplete-error",
                            count = i.mappings.len(),
                            error = e.clone()
                        ),
                        None => {
                            text!("exposure-summary-list-incomplete", count = i.mappings.len())
                        }
                    },
                    json!({ "mappings_read": i.mappings.len(), "error": i.error }),
                ));
            }
        }
        Some(i) => missing.push(match &i.error {
            Some(e) => text!("exposure-missing-list-error", error = e.clone()),
            None => text!("exposure-missing-list-off"),
        }),
        None => missing.push(text!("exposure-missing-list-not-asked")),
    }

    let pmp = x.nat_pmp.as_ref().is_some_and(|n| n.available);
    let pcp = x.pcp.as_ref().is_some_and(|p| p.available);
    if pmp || pcp {
        let which = match (pmp, pcp) {
            (true, true) => text!("exposure-which-nat-pmp-and-pcp"),
            (true, false) => Text::plain("NAT-PMP"),
            _ => Text::plain("PCP"),
        };
        let listed = if a.listed_complete {
            text!("exposure-port-control-listed")
        } else {
            text!("exposure-port-control-unlisted")
        };
        out.push(finding(
            PORT_CONTROL_ENABLED,
            Severity::Low,
            target.clone(),
            text!("exposure-title-port-control", which = which.clone()),
            text!(
                "exposure-summary-port-control",
                which = which.clone(),
                listed = listed
            ),
            json!({ "nat_pmp": x.nat_pmp, "pcp": x.pcp, "can_be_listed": false }),
        ));
        if !a.listed_complete {
            missing.push(text!("exposure-missing-port-control", which = which));
        }
    }

    if let Some(addr) = &a.address {
        let source = match addr.source {
            AddressSource::Upnp => text!("exposure-source-upnp"),
            AddressSource::NatPmp => text!("exposure-source-nat-pmp"),
            AddressSource::Typed => text!("exposure-source-typed"),
            AddressSource::Stun => text!("exposure-source-stun"),
        };
        let meaning = match addr.class {
            AddressClass::Public => Text::default(),
            AddressClass::Shared => text!("exposure-external-means-shared"),
            AddressClass::Private => text!("exposure-external-means-private"),
        };
        let view = match &a.internet_view {
            Some(v) if v.ip != addr.ip => text!(
                "exposure-external-view-differs",
                server = a.stun_server.clone().unwrap_or_default(),
                ip = v.ip.to_string()
            ),
            Some(_) => text!(
                "exposure-external-view-same",
                server = a.stun_server.clone().unwrap_or_default()
            ),
            None => Text::default(),
        };
        out.push(finding(
            EXTERNAL_IP_KNOWN,
            Severity::Info,
            target.clone(),
            text!("exposure-title-external-ip"),
            text!(
                "exposure-summary-external-ip",
                address = address_words(addr),
                source = source,
                meaning = meaning,
                view = view
            ),
            json!({
                "external_ip": addr.ip,
                "public": addr.class == AddressClass::Public,
                "class": addr.class,
                "block": addr.block,
                "source": addr.source,
                "simulated": addr.simulated,
                "internet_view": a.internet_view,
            }),
        ));
    } else if let Some(v) = &a.internet_view {
        out.push(finding(
            EXTERNAL_IP_KNOWN,
            Severity::Info,
            target.clone(),
            text!("exposure-title-external-ip"),
            text!(
                "exposure-summary-internet-view-only",
                server = a.stun_server.clone().unwrap_or_default(),
                address = address_words(v)
            ),
            json!({ "external_ip": null, "internet_view": v }),
        ));
        missing.push(text!("exposure-missing-own-address"));
    } else {
        missing.push(text!("exposure-missing-address"));
    }

    if x.hairpin.iter().all(|p| p.outcome == "not-tried") {
        missing.push(if a.address.is_none() && a.internet_view.is_none() {
            text!("exposure-missing-knock-no-address")
        } else {
            text!("exposure-missing-knock-not-run")
        });
    }

    if !missing.is_empty() {
        out.push(finding(
            NOT_CHECKED,
            Severity::Info,
            target,
            text!("exposure-title-not-fully-checked"),
            text!("exposure-summary-not-checked", missing = missing.clone()),
            json!({ "not_checked": missing, "notes": x.notes, "state": a.state }),
        ));
    }
    out
}
