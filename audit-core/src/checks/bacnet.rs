//! BACnet posture: no authentication, BBMDs that accept foreign devices, BACnet/SC, duplicate
//! identities, and device-management services that can silence or restart a device.

use std::collections::BTreeMap;

use serde_json::json;

use super::CheckInput;
use super::common::{device_target, finding, list_words, plural};
use crate::findings::{Finding, Severity};
use crate::inventory::{Device, Inventory};

pub const UNAUTHENTICATED: &str = "bacnet.network.unauthenticated";
pub const ACCEPTS_FD: &str = "bacnet.bbmd.accepts_foreign_devices";
pub const SC_NOT_USED: &str = "bacnet.sc.not_used";
pub const SC_LEGACY_OPEN: &str = "bacnet.sc.legacy_open";
pub const DUPLICATE_INSTANCE: &str = "bacnet.device.duplicate_instance";
pub const SEVERAL_INSTANCES: &str = "bacnet.address.several_instances";
pub const MANAGEMENT_SERVICES: &str = "bacnet.device.management_services";

pub const IDS: &[&str] = &[
    UNAUTHENTICATED,
    ACCEPTS_FD,
    SC_NOT_USED,
    SC_LEGACY_OPEN,
    DUPLICATE_INSTANCE,
    SEVERAL_INSTANCES,
    MANAGEMENT_SERVICES,
];

/// Network_Type values (ASHRAE 135 BACnetNetworkType).
pub const NETWORK_TYPE_IPV4: u32 = 5;
pub const NETWORK_TYPE_IPV6: u32 = 9;
pub const NETWORK_TYPE_SECURE_CONNECT: u32 = 11;

/// Services that silence, restart or reprogram a device, with why each matters.
pub const MANAGEMENT: &[(&str, &str)] = &[
    ("device-communication-control", "silence the device"),
    ("reinitialize-device", "restart or reset it"),
    ("atomic-write-file", "replace files or programs"),
];

pub fn check_posture(input: &CheckInput<'_>) -> Vec<Finding> {
    let Some(inv) = input.inventory else {
        return Vec::new();
    };
    let mut out = Vec::new();
    unauthenticated(inv, &mut out);
    foreign_devices(inv, &mut out);
    secure_connect(inv, &mut out);
    identities(inv, &mut out);
    for d in &inv.bacnet.devices {
        management(d, &mut out);
    }
    out
}

fn unauthenticated(inv: &Inventory, out: &mut Vec<Finding>) {
    let n = inv.bacnet.devices.len();
    if n == 0 {
        return;
    }
    out.push(finding(
        UNAUTHENTICATED,
        Severity::Info,
        "BACnet network",
        "BACnet devices accept requests without a login",
        format!(
            "{} answered our unauthenticated requests. BACnet/IP has no login: what protects them is who can reach the network.",
            plural(n, "BACnet device", "BACnet devices")
        ),
        json!({ "devices": n }),
    ));
}

fn foreign_devices(inv: &Inventory, out: &mut Vec<Finding>) {
    // Evidence per address: BBMD probes, and Network Port objects of devices at that address.
    let mut yes: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut refused: BTreeMap<String, String> = BTreeMap::new();
    for b in &inv.bacnet.bbmds {
        let e = yes.entry(b.address.clone()).or_default();
        match b.register_fd.as_deref() {
            Some("accepted") => {
                e.push("a short Register-Foreign-Device test was accepted".to_owned())
            }
            Some("no-answer") | None => {}
            Some(nak) => {
                refused.insert(b.address.clone(), nak.to_owned());
            }
        }
        if let Some(fdt) = &b.fdt {
            e.push(format!(
                "it answered Read-FDT ({})",
                plural(
                    fdt.len(),
                    "registered foreign device",
                    "registered foreign devices"
                )
            ));
        }
    }
    for d in &inv.bacnet.devices {
        for p in &d.network_ports {
            if p.bbmd_accept_fd_registrations == Some(true) {
                yes.entry(d.address.clone()).or_default().push(format!(
                    "device {} Network Port {} has BBMD_Accept_FD_Registrations = true",
                    d.device_instance, p.instance
                ));
            }
        }
    }
    for (addr, reasons) in yes {
        if reasons.is_empty() {
            continue;
        }
        // A refused registration outweighs a Read-FDT answer, but not the device's own setting.
        let setting = reasons
            .iter()
            .any(|r| r.contains("BBMD_Accept_FD_Registrations"));
        if refused.contains_key(&addr) && !setting {
            continue;
        }
        let confirmed = setting || reasons.iter().any(|r| r.contains("accepted"));
        out.push(finding(
            ACCEPTS_FD,
            Severity::Medium,
            format!("BACnet BBMD {addr}"),
            if confirmed {
                "BACnet broadcast relay accepts foreign devices (confirmed)"
            } else {
                "BACnet broadcast relay accepts foreign devices"
            },
            format!(
                "Any computer that can reach {addr} can register and join the BACnet network: {}.",
                list_words(&reasons, 4)
            ),
            json!({ "reasons": reasons, "confirmed": confirmed, "register_fd_refused": refused.get(&addr) }),
        ));
    }
}

fn secure_connect(inv: &Inventory, out: &mut Vec<Finding>) {
    let with_ports: Vec<&Device> = inv
        .bacnet
        .devices
        .iter()
        .filter(|d| d.network_ports.iter().any(|p| p.network_type.is_some()))
        .collect();
    let has = |d: &Device, t: u32| d.network_ports.iter().any(|p| p.network_type == Some(t));
    let sc: Vec<&Device> = with_ports
        .iter()
        .copied()
        .filter(|d| has(d, NETWORK_TYPE_SECURE_CONNECT))
        .collect();
    if sc.is_empty() && !inv.bacnet.devices.is_empty() {
        let unread = inv.bacnet.devices.len() - with_ports.len();
        out.push(finding(
            SC_NOT_USED,
            Severity::Low,
            "BACnet network",
            "BACnet Secure Connect is not in use",
            format!(
                "None of the {} whose Network Port objects were read has a BACnet/SC port (Network_Type 11){}.",
                plural(with_ports.len(), "device", "devices"),
                if unread > 0 { format!("; {} did not tell", plural(unread, "device", "devices")) } else { String::new() }
            ),
            json!({ "devices_with_network_ports": with_ports.len(), "devices_without": unread }),
        ));
    }
    for d in sc {
        if has(d, NETWORK_TYPE_IPV4) || has(d, NETWORK_TYPE_IPV6) {
            out.push(finding(
                SC_LEGACY_OPEN,
                Severity::Low,
                device_target(d),
                "BACnet/SC in use, but plain BACnet/IP still open",
                "The device has a BACnet/SC port and also a plain BACnet/IP port; the plain one is open to anyone on the network.",
                json!({ "network_ports": d.network_ports }),
            ));
        }
    }
}

fn identities(inv: &Inventory, out: &mut Vec<Finding>) {
    for dup in &inv.bacnet.duplicate_instances {
        out.push(finding(
            DUPLICATE_INSTANCE,
            Severity::Medium,
            format!("BACnet device instance {}", dup.device_instance),
            "Two BACnet devices claim the same identity",
            format!(
                "Device instance {} answered from {}.",
                dup.device_instance,
                list_words(&dup.addresses, 6)
            ),
            json!({ "device_instance": dup.device_instance, "addresses": dup.addresses }),
        ));
    }
    for s in &inv.bacnet.shared_addresses {
        // A router answers for the devices behind it: only local (not routed) instances count.
        let local: Vec<u32> = s
            .device_instances
            .iter()
            .copied()
            .filter(|i| {
                !inv.bacnet
                    .devices
                    .iter()
                    .any(|d| d.device_instance == *i && d.address == s.address && d.routed)
            })
            .collect();
        if local.len() < 2 {
            continue;
        }
        let words: Vec<String> = local.iter().map(u32::to_string).collect();
        out.push(finding(
            SEVERAL_INSTANCES,
            Severity::Low,
            format!("BACnet address {}", s.address),
            "One address answers as several BACnet devices",
            format!(
                "{} answered as device instances {} without routing information.",
                s.address,
                list_words(&words, 8)
            ),
            json!({ "address": s.address, "device_instances": s.device_instances, "not_routed": local }),
        ));
    }
}

fn management(d: &Device, out: &mut Vec<Finding>) {
    let found: Vec<(&str, &str)> = MANAGEMENT
        .iter()
        .copied()
        .filter(|(s, _)| d.services_supported.iter().any(|x| x == s))
        .collect();
    if found.is_empty() {
        return;
    }
    let words: Vec<String> = found
        .iter()
        .map(|(s, why)| format!("{s} ({why})"))
        .collect();
    out.push(finding(
        MANAGEMENT_SERVICES,
        Severity::Low,
        device_target(d),
        "Device accepts remote restart or shutdown commands",
        format!(
            "The device lists {} among its supported services; without a password anyone on the network can use them.",
            list_words(&words, 3)
        ),
        json!({ "services": found.iter().map(|(s, _)| *s).collect::<Vec<_>>() }),
    ));
}
