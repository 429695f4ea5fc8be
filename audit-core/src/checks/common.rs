//! Small helpers shared by the checks: building a finding with its remediation text, naming
//! targets the same way everywhere (catalogue texts), reading "ip:port" strings, lists in
//! words.

use std::net::Ipv4Addr;

use serde_json::{Map, Value};

use crate::findings::{Evidence, Finding, Severity, remediation};
use crate::inventory::{Device, Gateway};
use crate::text;
use crate::text::Text;

/// A finding with the reviewed texts of its check_id (empty texts only if the file is missing,
/// which a test forbids).
pub fn finding(
    check_id: &str,
    severity: Severity,
    target: Text,
    title: Text,
    summary: Text,
    facts: Value,
) -> Finding {
    Finding {
        check_id: check_id.to_owned(),
        severity,
        target,
        title,
        evidence: Evidence {
            summary,
            facts: as_map(facts),
            raw_hex: None,
        },
        remediation: remediation::for_check(check_id).unwrap_or_default(),
    }
}

/// A JSON object as the evidence map; anything else is kept under `value`.
pub fn as_map(v: Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m,
        Value::Null => Map::new(),
        other => {
            let mut m = Map::new();
            m.insert("value".into(), other);
            m
        }
    }
}

/// A name from a device, as it may be shown (control characters escaped, design §10).
pub fn shown(name: &str) -> String {
    crate::exposure::hairpin::shown(name)
}

/// Nothing: an optional part of a sentence that is left out.
pub fn none() -> Text {
    Text::plain("")
}

pub fn device_target(d: &Device) -> Text {
    let network = match d.network {
        Some(n) if d.routed => text!("checks-target-network", network = n),
        _ => none(),
    };
    let name = match d.object_name.as_deref().filter(|n| !n.is_empty()) {
        Some(n) => text!("checks-target-name", name = shown(n)),
        None => none(),
    };
    text!(
        "checks-target-bacnet-device",
        instance = d.device_instance,
        address = d.address.as_str(),
        network = network,
        name = name
    )
}

pub fn gateway_target(g: &Gateway) -> Text {
    if g.name.is_empty() {
        text!("checks-target-knx-gateway", address = g.address.as_str())
    } else {
        text!(
            "checks-target-knx-gateway-named",
            address = g.address.as_str(),
            name = shown(&g.name)
        )
    }
}

pub fn router_target(router: Option<Ipv4Addr>) -> Text {
    match router {
        Some(ip) => text!("checks-target-router", router = ip.to_string()),
        None => text!("checks-target-router-unknown"),
    }
}

/// The IPv4 address of "ip", "ip:port" (anything else: `None`).
pub fn ip_of(addr: &str) -> Option<Ipv4Addr> {
    let a = addr.trim();
    a.parse()
        .ok()
        .or_else(|| a.parse::<std::net::SocketAddrV4>().ok().map(|s| *s.ip()))
}

/// The port of "ip:port".
pub fn port_of(addr: &str) -> Option<u16> {
    addr.trim()
        .parse::<std::net::SocketAddrV4>()
        .ok()
        .map(|s| s.port())
}

/// "a, b and c" (at most `max` items, then "and N more"), in the catalogue's words.
pub fn list_words(items: &[Text], max: usize) -> Text {
    let shown: Vec<Text> = items.iter().take(max).cloned().collect();
    let rest = items.len().saturating_sub(max);
    match (shown.as_slice(), rest) {
        ([], _) => none(),
        ([one], 0) => one.clone(),
        (many, 0) => {
            let (last, head) = many
                .split_last()
                .map_or((none(), &[][..]), |(l, h)| (l.clone(), h));
            text!("checks-list-and", head = joined(head), last = last)
        }
        (many, n) => text!("checks-list-more", head = joined(many), more = n),
    }
}

/// Items joined by ", " (each rendered in the reader's language).
fn joined(items: &[Text]) -> Text {
    let mut it = items.iter();
    let Some(first) = it.next() else {
        return none();
    };
    it.fold(first.clone(), |acc, t| {
        text!("checks-list-comma", head = acc, next = t.clone())
    })
}

/// Plain values (addresses, numbers) as list items.
pub fn plain_items(items: &[String]) -> Vec<Text> {
    items.iter().map(|s| Text::plain(s.clone())).collect()
}
