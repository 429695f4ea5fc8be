//! KNXnet/IP gateway posture: KNX IP Secure supported and enforced, legacy Core v1, unsecured
//! routing multicast, tunnel slots, answers across NAT.

use serde_json::json;

use super::CheckInput;
use super::common::{finding, gateway_target, list_words};
use crate::findings::{Finding, Severity};
use crate::inventory::{Gateway, KnxFamily};
use crate::text;
use crate::text::Text;

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
            text!("checks-title-knx-secure-unsupported"),
            text!(
                "checks-summary-knx-secure-unsupported",
                families = if g.service_families.is_empty() {
                    text!("checks-knx-no-families")
                } else {
                    Text::plain(list(&g.service_families))
                },
                routing = if g.offers(KnxFamily::Routing) {
                    "yes"
                } else {
                    "no"
                }
            ),
            families.clone(),
        ));
    } else {
        let mut not_required = Vec::new();
        let mut unknown = Vec::new();
        for (family, name, req) in [
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
                Some(false) => not_required.push(name),
                None => unknown.push(name),
            }
        }
        let words = |names: &[&str]| -> Vec<Text> {
            names
                .iter()
                .map(|n| text!("checks-knx-family", family = *n))
                .collect()
        };
        if !not_required.is_empty() || !unknown.is_empty() {
            let mut parts = Vec::new();
            if !not_required.is_empty() {
                parts.push(text!(
                    "checks-knx-not-required-for",
                    families = list_words(&words(&not_required), 3)
                ));
            }
            if !unknown.is_empty() {
                parts.push(text!(
                    "checks-knx-unknown-for",
                    families = list_words(&words(&unknown), 3)
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
                text!("checks-title-knx-secure-not-enforced"),
                text!("checks-summary-knx-secure-not-enforced", parts = parts),
                json!({ "not_required": not_required, "unknown": unknown, "families": families }),
            ));
        }
    }

    if core_v1(g) {
        out.push(finding(
            CORE_V1,
            Severity::Low,
            target.clone(),
            text!("checks-title-knx-core-v1"),
            text!(
                "checks-summary-knx-core-v1",
                version = g.core_version.map_or("1".to_owned(), |v| v.to_string()),
                answers = if g.answers.is_empty() {
                    text!("checks-knx-no-answers-recorded")
                } else {
                    Text::plain(g.answers.join(", "))
                }
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
            text!("checks-title-knx-routing-unsecured"),
            text!(
                "checks-summary-knx-routing-unsecured",
                known = if g.routing_requires_secure.is_none() { "no" } else { "yes" },
                group = group
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
            text!("checks-title-knx-tunnel-slots"),
            text!(
                "checks-summary-knx-tunnel-slots",
                used = used,
                total = g.tunnelling_slots.len(),
                free = free
            ),
            json!({ "free": free, "used": used, "slots": g.tunnelling_slots }),
        ));
    }

    if g.answers_nat_description == Some(true) {
        out.push(finding(
            ANSWERS_NAT,
            Severity::Low,
            target,
            text!("checks-title-knx-answers-nat"),
            text!("checks-summary-knx-answers-nat"),
            json!({ "answers_nat_description": true }),
        ));
    }
    out
}
