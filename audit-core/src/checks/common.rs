//! Small helpers shared by the checks: building a finding with its remediation text, naming
//! targets the same way everywhere, reading "ip:port" strings.

use std::net::Ipv4Addr;

use serde_json::{Map, Value};

use crate::findings::{Evidence, Finding, Severity, remediation};
use crate::inventory::{Device, Gateway};

/// A finding with the reviewed texts of its check_id (empty texts only if the file is missing,
/// which a test forbids).
pub fn finding(
    check_id: &str,
    severity: Severity,
    target: impl Into<String>,
    title: impl Into<String>,
    summary: impl Into<String>,
    facts: Value,
) -> Finding {
    Finding {
        check_id: check_id.to_owned(),
        severity,
        target: target.into(),
        title: title.into(),
        evidence: Evidence {
            summary: summary.into(),
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

pub fn device_target(d: &Device) -> String {
    let mut s = format!("BACnet device {} at {}", d.device_instance, d.address);
    if d.routed
        && let Some(n) = d.network
    {
        s.push_str(&format!(" (network {n})"));
    }
    if let Some(name) = d.object_name.as_deref().filter(|n| !n.is_empty()) {
        s.push_str(&format!(" ({name})"));
    }
    s
}

pub fn gateway_target(g: &Gateway) -> String {
    if g.name.is_empty() {
        format!("KNX gateway {}", g.address)
    } else {
        format!("KNX gateway {} ({})", g.address, g.name)
    }
}

pub fn router_target(router: Option<Ipv4Addr>) -> String {
    match router {
        Some(ip) => format!("router {ip}"),
        None => "router".to_owned(),
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

/// "a, b and c" (at most `max` items, then "and N more").
pub fn list_words(items: &[String], max: usize) -> String {
    let shown: Vec<&str> = items.iter().take(max).map(String::as_str).collect();
    let rest = items.len().saturating_sub(max);
    match (shown.as_slice(), rest) {
        ([], _) => String::new(),
        ([one], 0) => (*one).to_owned(),
        (many, 0) => {
            let (last, head) = many.split_last().map_or((&"", &[][..]), |(l, h)| (l, h));
            format!("{} and {last}", head.join(", "))
        }
        (many, n) => format!("{} and {n} more", many.join(", ")),
    }
}

pub fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}
