//! Addresses: devices and gateways on public addresses, and BBMD tables that reach public or
//! foreign networks.

use std::net::Ipv4Addr;

use serde_json::json;

use super::CheckInput;
use super::common::{device_target, finding, gateway_target, ip_of, list_words, none};
use crate::findings::{Finding, Severity};
use crate::inventory::Inventory;
use crate::net::{Subnet, is_public, mask_of, slash24, special_block};
use crate::text;
use crate::text::Text;

pub const PUBLIC_ADDRESS: &str = "network.device.public_address";
pub const BBMD_PUBLIC_PEER: &str = "bacnet.bbmd.public_peer";
pub const BBMD_FOREIGN_SUBNET: &str = "bacnet.bbmd.foreign_subnet_peer";

pub const IDS: &[&str] = &[PUBLIC_ADDRESS, BBMD_PUBLIC_PEER, BBMD_FOREIGN_SUBNET];

/// The subnets the audit saw: each BDT row with its mask, and the /24 around every device,
/// gateway, BBMD and router address (the interface mask is not part of the check input).
pub fn local_subnets(inv: &Inventory) -> Vec<Subnet> {
    let mut out = Vec::new();
    let mut add = |s: Subnet| {
        if !out.contains(&s) {
            out.push(s);
        }
    };
    for b in &inv.bacnet.bbmds {
        for row in &b.bdt {
            if let (Some(ip), Some(mask)) = (ip_of(&row.address), mask_of(&row.mask)) {
                add(Subnet {
                    net: Ipv4Addr::from(u32::from(ip) & mask),
                    mask,
                });
            }
        }
    }
    let addrs = inv
        .bacnet
        .devices
        .iter()
        .filter(|d| !d.routed)
        .map(|d| d.address.as_str())
        .chain(inv.bacnet.bbmds.iter().map(|b| b.address.as_str()))
        .chain(inv.bacnet.routers.iter().map(|r| r.address.as_str()))
        .chain(inv.knx.gateways.iter().map(|g| g.address.as_str()));
    for a in addrs {
        if let Some(ip) = ip_of(a) {
            add(slash24(ip));
        }
    }
    out
}

pub fn check_addresses(input: &CheckInput<'_>) -> Vec<Finding> {
    let Some(inv) = input.inventory else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let public = |a: &str| ip_of(a).filter(|ip| is_public(*ip));

    let mut targets: Vec<(Text, String, &'static str)> = Vec::new();
    for g in &inv.knx.gateways {
        if let Some(ip) = public(&g.address) {
            targets.push((gateway_target(g), ip.to_string(), "knx"));
        }
    }
    for d in inv.bacnet.devices.iter().filter(|d| !d.routed) {
        if let Some(ip) = public(&d.address) {
            targets.push((device_target(d), ip.to_string(), "bacnet"));
        }
    }
    for (target, ip, what) in targets {
        out.push(finding(
            PUBLIC_ADDRESS,
            Severity::High,
            target,
            text!("checks-title-public-address", what = what),
            text!(
                "checks-summary-public-address",
                what = what,
                ip = ip.as_str()
            ),
            json!({ "address": ip }),
        ));
    }

    let local = local_subnets(inv);
    for b in &inv.bacnet.bbmds {
        let mut public_rows = Vec::new();
        let mut foreign_rows = Vec::new();
        for row in &b.bdt {
            if public(&row.address).is_some() {
                public_rows.push(text!(
                    "checks-bbmd-row-peer",
                    address = row.address.as_str()
                ));
            }
        }
        for row in b.fdt.iter().flatten() {
            let Some(ip) = ip_of(&row.address) else {
                continue;
            };
            if is_public(ip) {
                public_rows.push(text!(
                    "checks-bbmd-row-foreign-device",
                    address = row.address.as_str(),
                    ttl = row.ttl
                ));
            } else if !local.iter().any(|s| s.contains(ip)) {
                foreign_rows.push(text!(
                    "checks-bbmd-row-foreign",
                    address = row.address.as_str(),
                    ttl = row.ttl,
                    remaining = row.remaining,
                    block = special_block(ip)
                        .map(|b| text!("checks-bbmd-row-block", block = b))
                        .unwrap_or_else(none)
                ));
            }
        }
        let target = text!("checks-target-bbmd", address = b.address.as_str());
        if !public_rows.is_empty() {
            out.push(finding(
                BBMD_PUBLIC_PEER,
                Severity::High,
                target.clone(),
                text!("checks-title-bbmd-public-peer"),
                text!(
                    "checks-summary-bbmd-public-peer",
                    entries = list_words(&public_rows, 5)
                ),
                json!({ "entries": public_rows, "bdt": b.bdt, "fdt": b.fdt }),
            ));
        }
        if !foreign_rows.is_empty() {
            out.push(finding(
                BBMD_FOREIGN_SUBNET,
                Severity::Medium,
                target,
                text!("checks-title-bbmd-foreign-subnet"),
                text!(
                    "checks-summary-bbmd-foreign-subnet",
                    entries = list_words(&foreign_rows, 5)
                ),
                json!({ "entries": foreign_rows, "fdt": b.fdt, "local_subnets": local.iter().map(|s| format!("{}/{}", Ipv4Addr::from(u32::from(s.net) & s.mask), s.mask.count_ones())).collect::<Vec<_>>() }),
            ));
        }
    }
    out
}
