//! BACnet posture: no authentication, BBMDs that accept foreign devices, BACnet/SC, duplicate
//! identities, and device-management services that can silence or restart a device.

use std::collections::BTreeMap;

use serde_json::json;

use super::CheckInput;
use super::common::{device_target, finding, list_words, plain_items};
use crate::findings::{Finding, Severity};
use crate::inventory::{Device, Inventory};
use crate::text;
use crate::text::Text;

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

/// Services that silence, restart or reprogram a device (why each matters is in the
/// catalogue: `checks-management-<service>`).
pub const MANAGEMENT: &[&str] = &[
    "device-communication-control",
    "reinitialize-device",
    "atomic-write-file",
];

fn management_why(service: &str) -> Text {
    match service {
        "device-communication-control" => text!("checks-management-device-communication-control"),
        "reinitialize-device" => text!("checks-management-reinitialize-device"),
        _ => text!("checks-management-atomic-write-file"),
    }
}

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
        text!("checks-target-bacnet-network"),
        text!("checks-title-bacnet-unauthenticated"),
        text!("checks-summary-bacnet-unauthenticated", devices = n),
        json!({ "devices": n }),
    ));
}

fn foreign_devices(inv: &Inventory, out: &mut Vec<Finding>) {
    // Evidence per address: BBMD probes, and Network Port objects of devices at that address.
    /// Why an address accepts foreign devices.
    #[derive(PartialEq)]
    enum Reason {
        Accepted,
        Fdt(usize),
        Setting { device: u32, port: u32 },
    }
    let mut yes: BTreeMap<String, Vec<Reason>> = BTreeMap::new();
    let mut refused: BTreeMap<String, String> = BTreeMap::new();
    for b in &inv.bacnet.bbmds {
        let e = yes.entry(b.address.clone()).or_default();
        match b.register_fd.as_deref() {
            Some("accepted") => e.push(Reason::Accepted),
            Some("no-answer") | None => {}
            Some(nak) => {
                refused.insert(b.address.clone(), nak.to_owned());
            }
        }
        if let Some(fdt) = &b.fdt {
            e.push(Reason::Fdt(fdt.len()));
        }
    }
    for d in &inv.bacnet.devices {
        for p in &d.network_ports {
            if p.bbmd_accept_fd_registrations == Some(true) {
                yes.entry(d.address.clone())
                    .or_default()
                    .push(Reason::Setting {
                        device: d.device_instance,
                        port: p.instance,
                    });
            }
        }
    }
    for (addr, reasons) in yes {
        if reasons.is_empty() {
            continue;
        }
        // A refused registration outweighs a Read-FDT answer, but not the device's own setting.
        let setting = reasons.iter().any(|r| matches!(r, Reason::Setting { .. }));
        if refused.contains_key(&addr) && !setting {
            continue;
        }
        let confirmed = setting || reasons.contains(&Reason::Accepted);
        let words: Vec<Text> = reasons
            .iter()
            .map(|r| match r {
                Reason::Accepted => text!("checks-fd-reason-accepted"),
                Reason::Fdt(n) => text!("checks-fd-reason-fdt", entries = *n),
                Reason::Setting { device, port } => {
                    text!("checks-fd-reason-setting", device = *device, port = *port)
                }
            })
            .collect();
        out.push(finding(
            ACCEPTS_FD,
            Severity::Medium,
            text!("checks-target-bbmd", address = addr.as_str()),
            if confirmed {
                text!("checks-title-accepts-fd-confirmed")
            } else {
                text!("checks-title-accepts-fd")
            },
            text!(
                "checks-summary-accepts-fd",
                address = addr.as_str(),
                reasons = list_words(&words, 4)
            ),
            json!({ "reasons": words, "confirmed": confirmed, "register_fd_refused": refused.get(&addr) }),
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
            text!("checks-target-bacnet-network"),
            text!("checks-title-sc-not-used"),
            text!(
                "checks-summary-sc-not-used",
                read = with_ports.len(),
                unread = unread
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
                text!("checks-title-sc-legacy-open"),
                text!("checks-summary-sc-legacy-open"),
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
            text!("checks-target-instance", instance = dup.device_instance),
            text!("checks-title-duplicate-instance"),
            text!(
                "checks-summary-duplicate-instance",
                instance = dup.device_instance,
                addresses = list_words(&plain_items(&dup.addresses), 6)
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
            text!("checks-target-bacnet-address", address = s.address.as_str()),
            text!("checks-title-several-instances"),
            text!(
                "checks-summary-several-instances",
                address = s.address.as_str(),
                instances = list_words(&plain_items(&words), 8)
            ),
            json!({ "address": s.address, "device_instances": s.device_instances, "not_routed": local }),
        ));
    }
}

fn management(d: &Device, out: &mut Vec<Finding>) {
    let found: Vec<&str> = MANAGEMENT
        .iter()
        .copied()
        .filter(|s| d.services_supported.iter().any(|x| x == s))
        .collect();
    if found.is_empty() {
        return;
    }
    let words: Vec<Text> = found
        .iter()
        .map(|s| {
            text!(
                "checks-management-service",
                service = *s,
                why = management_why(s)
            )
        })
        .collect();
    out.push(finding(
        MANAGEMENT_SERVICES,
        Severity::Low,
        device_target(d),
        text!("checks-title-management-services"),
        text!(
            "checks-summary-management-services",
            services = list_words(&words, 3)
        ),
        json!({ "services": found }),
    ));
}
