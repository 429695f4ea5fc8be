//! KNXnet/IP gateway posture: KNX IP Secure supported and enforced, legacy Core v1, unsecured
//! routing multicast, tunnel slots, answers across NAT.

use serde_json::json;

use super::CheckInput;
use super::common::{finding, gateway_target, list_words, plural};
use crate::findings::{Finding, Severity};
use crate::inventory::{Gateway, KnxFamily};

pub const SECURE_UNSUPPORTED: &str = "knx.gateway.secure_unsupported";
pub const SECURE_NOT_ENFORCED: &str = "knx.gateway.secure_not_enforced";
pub const CORE_V1: &str = "knx.gateway.core_v1";
pub const ROUTING_UNSECURED: &str = "knx.routing.unsecured_multicast";
pub const TUNNEL_SLOTS: &str = "knx.gateway.tunnel_slots";
pub const ANSWERS_NAT: &str = "knx.gateway.answers_nat";

pub const IDS: &[&str] = &[
    SECURE_UNSUPPORTED,
    SECURE_NOT_ENFORCED,
    CORE_V1,
    ROUTING_UNSECURED,
    TUNNEL_SLOTS,
    ANSWERS_NAT,
];

fn core_v1(g: &Gateway) -> bool {
    match g.core_version {
        Some(v) => v < 2,
        None => g
            .service_families
            .iter()
            .any(|f| f.family == KnxFamily::Core && f.version == 1),
    }
}

pub fn check_gateways(input: &CheckInput<'_>) -> Vec<Finding> {
    let Some(inv) = input.inventory else {
        return Vec::new();
    };
    inv.knx.gateways.iter().flat_map(gateway).collect()
}

/// `core v2, tunnelling v2`.
fn list(families: &[impl ToString]) -> String {
    families
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn gateway(g: &Gateway) -> Vec<Finding> {
    let target = gateway_target(g);
    let mut out = Vec::new();
    let families = json!({
        "service_families": g.service_families,
        "secure_supported": g.secure_supported,
        "secure_families": g.secure_families,
        "tunnelling_requires_secure": g.tunnelling_requires_secure,
        "routing_requires_secure": g.routing_requires_secure,
        "device_management_requires_secure": g.device_management_requires_secure,
        "core_version": g.core_version,
    });

    if !g.secure_supported {
        out.push(finding(
            SECURE_UNSUPPORTED,
            Severity::Medium,
            target.clone(),
            "KNX gateway without KNX IP Secure",
            format!(
                "The gateway does not list the security service family (it offers {}). Tunnelling{} work without password or encryption for anyone on the network.",
                if g.service_families.is_empty() { "no families".to_owned() } else { list(&g.service_families) },
                if g.offers(KnxFamily::Routing) { " and routing" } else { "" }
            ),
            families.clone(),
        ));
    } else {
        let mut not_required = Vec::new();
        let mut unknown = Vec::new();
        for (family, words, req) in [
            (
                KnxFamily::Tunnelling,
                "tunnelling",
                g.tunnelling_requires_secure,
            ),
            (KnxFamily::Routing, "routing", g.routing_requires_secure),
            (
                KnxFamily::DeviceManagement,
                "device management",
                g.device_management_requires_secure,
            ),
        ] {
            if !g.offers(family) {
                continue;
            }
            match req {
                Some(true) => {}
                Some(false) => not_required.push(words.to_owned()),
                None => unknown.push(words.to_owned()),
            }
        }
        if !not_required.is_empty() || !unknown.is_empty() {
            let mut parts = Vec::new();
            if !not_required.is_empty() {
                parts.push(format!("not required for {}", list_words(&not_required, 3)));
            }
            if !unknown.is_empty() {
                parts.push(format!(
                    "unknown for {} (the gateway sent no list of secured services)",
                    list_words(&unknown, 3)
                ));
            }
            let severity = if not_required.is_empty() {
                Severity::Low
            } else {
                Severity::Medium
            };
            out.push(finding(
                SECURE_NOT_ENFORCED,
                severity,
                target.clone(),
                "KNX IP Secure available but not required",
                format!(
                    "The gateway supports KNX IP Secure, but security is {}.",
                    parts.join("; ")
                ),
                json!({ "not_required": not_required, "unknown": unknown, "families": families }),
            ));
        }
    }

    if core_v1(g) {
        out.push(finding(
            CORE_V1,
            Severity::Low,
            target.clone(),
            "Older KNX gateway (Core v1)",
            format!(
                "The gateway speaks KNXnet/IP Core version {} (no extended search, no secure services); answers received: {}.",
                g.core_version.map_or("1".to_owned(), |v| v.to_string()),
                if g.answers.is_empty() { "none recorded".to_owned() } else { g.answers.join(", ") }
            ),
            json!({ "core_version": g.core_version, "answers": g.answers }),
        ));
    }

    if g.offers(KnxFamily::Routing) && g.routing_requires_secure != Some(true) {
        let group = g.multicast_address.as_deref().unwrap_or("224.0.23.12");
        out.push(finding(
            ROUTING_UNSECURED,
            Severity::Medium,
            target.clone(),
            "KNX routing open to the whole network",
            format!(
                "The gateway offers routing{} on multicast group {group}: anyone on the network can send telegrams there and they reach the whole KNX installation, without connection or password.",
                if g.routing_requires_secure.is_none() { " (security requirement unknown)" } else { " without security" }
            ),
            json!({ "multicast_address": g.multicast_address, "routing_requires_secure": g.routing_requires_secure }),
        ));
    }

    if !g.tunnelling_slots.is_empty() {
        let free = g.tunnelling_slots.iter().filter(|s| s.free).count();
        let used = g.tunnelling_slots.len() - free;
        out.push(finding(
            TUNNEL_SLOTS,
            Severity::Info,
            target.clone(),
            "KNX gateway tunnel slots",
            format!(
                "{} of {} in use, {} free.",
                plural(used, "tunnel connection", "tunnel connections"),
                g.tunnelling_slots.len(),
                free
            ),
            json!({ "free": free, "used": used, "slots": g.tunnelling_slots }),
        ));
    }

    if g.answers_nat_description == Some(true) {
        out.push(finding(
            ANSWERS_NAT,
            Severity::Low,
            target,
            "KNX gateway answers requests from other networks",
            "The gateway answered a description request in NAT mode (reply to the sender's address, 0.0.0.0:0), as a client across a router or from the internet would send it. A port forward to it would make it answer the internet.",
            json!({ "answers_nat_description": true }),
        ));
    }
    out
}
