//! Hand-built inputs: a small site (one KNX gateway, two BACnet devices, a BBMD) and a router.

use crate::checks::{CheckInput, ObservedWrite};
use crate::findings::Finding;
use crate::inventory::WriteTestResult;
use crate::inventory::{Bbmd, Device, Gateway, Inventory, KnxFamily, ObjectInfo, OfferedFamily};
use crate::inventory::{ExposureReport, HairpinProbe, IgdReport, PortMapping};

pub const GW: &str = "192.168.1.10:3671";
pub const CTL: &str = "192.168.1.20:47808";
pub const IO: &str = "192.168.1.21:47808";

/// `"tunnelling v2"` as the typed family.
pub fn fam(s: &str) -> OfferedFamily {
    OfferedFamily::parse(s).unwrap()
}

pub fn gateway() -> Gateway {
    Gateway {
        address: GW.into(),
        name: "IP Router N146".into(),
        service_families: vec![
            fam("core v2"),
            fam("device-management v2"),
            fam("tunnelling v2"),
            fam("routing v2"),
            fam("security v1"),
        ],
        core_version: Some(2),
        secure_supported: true,
        secure_families: Some(vec![
            KnxFamily::DeviceManagement,
            KnxFamily::Tunnelling,
            KnxFamily::Routing,
        ]),
        tunnelling_requires_secure: Some(true),
        routing_requires_secure: Some(true),
        device_management_requires_secure: Some(true),
        ..Gateway::default()
    }
}

pub fn device(instance: u32, address: &str) -> Device {
    Device {
        device_instance: instance,
        address: address.into(),
        object_name: Some(format!("dev{instance}")),
        services_supported: vec!["read-property".into(), "read-property-multiple".into()],
        ..Device::default()
    }
}

pub fn object(t: &str, instance: u32) -> ObjectInfo {
    ObjectInfo {
        object_type: t.into(),
        instance,
        ..ObjectInfo::default()
    }
}

pub fn inventory() -> Inventory {
    let mut inv = Inventory::default();
    inv.knx.gateways.push(gateway());
    inv.bacnet.devices.push(device(1001, CTL));
    inv.bacnet.devices.push(device(1002, IO));
    inv
}

pub fn bbmd(address: &str) -> Bbmd {
    Bbmd {
        address: address.into(),
        ..Bbmd::default()
    }
}

pub fn mapping(proto: &str, ext: u16, client: &str, port: u16) -> PortMapping {
    PortMapping {
        index: 0,
        protocol: proto.into(),
        external_port: ext,
        remote_host: String::new(),
        internal_client: client.into(),
        internal_port: port,
        enabled: true,
        description: "test rule".into(),
        lease_duration_s: 0,
    }
}

/// The public address the fixtures' router has (RFC 5737 documentation addresses are not
/// public; this one is a real public address, never contacted: checks are pure).
pub const WAN: &str = "81.2.69.160";

/// A router that was fully checked: UPnP list read to the end, nothing mapped, a public
/// internet address told through UPnP.
pub fn router() -> ExposureReport {
    ExposureReport {
        router: Some("192.168.1.1".parse().unwrap()),
        igd: Some(IgdReport {
            found: true,
            mappings_complete: true,
            ..IgdReport::default()
        }),
        external_ip: Some(WAN.parse().unwrap()),
        external_ip_source: Some(crate::inventory::AddressSource::Upnp),
        ..ExposureReport::default()
    }
}

pub fn with_mappings(ms: Vec<PortMapping>) -> ExposureReport {
    let mut x = router();
    x.igd.as_mut().unwrap().mappings = ms;
    x
}

pub fn probe(protocol: &str, target: &str, outcome: &str, hairpins: Option<bool>) -> HairpinProbe {
    HairpinProbe {
        protocol: protocol.into(),
        target: target.into(),
        outcome: outcome.into(),
        answer_summary: (outcome == "answered")
            .then(|| crate::text::Text::plain("KNX gateway \"IP Router N146\"")),
        answer_hex: (outcome == "answered").then(|| "06100204004e".into()),
        router_hairpins: hairpins,
        detail: None,
    }
}

/// Run one check function on the parts given.
pub fn run(
    f: fn(&CheckInput<'_>) -> Vec<Finding>,
    inv: Option<&Inventory>,
    x: Option<&ExposureReport>,
    tests: &[WriteTestResult],
    writes: &[ObservedWrite],
) -> Vec<Finding> {
    f(&CheckInput {
        inventory: inv,
        exposure: x,
        write_tests: tests,
        observed_writes: writes,
    })
}

pub fn ids(fs: &[Finding]) -> Vec<&str> {
    fs.iter().map(|f| f.check_id.as_str()).collect()
}

pub fn only<'a>(fs: &'a [Finding], id: &str) -> Vec<&'a Finding> {
    fs.iter().filter(|f| f.check_id == id).collect()
}
