use super::fixtures::*;
use crate::checks::bacnet::*;
use crate::findings::Severity;
use crate::inventory::{DuplicateInstance, FdtRow, Inventory, NetworkPortInfo, SharedAddress};

fn port(t: u32, accept: Option<bool>) -> NetworkPortInfo {
    NetworkPortInfo {
        instance: t,
        network_type: Some(t),
        bbmd_accept_fd_registrations: accept,
        ..NetworkPortInfo::default()
    }
}

#[test]
fn unauthenticated_is_one_finding_with_the_count() {
    let fs = run(check_posture, Some(&inventory()), None, &[], &[]);
    let u = only(&fs, UNAUTHENTICATED);
    assert_eq!(u.len(), 1);
    assert!(
        u[0].evidence
            .summary
            .to_string()
            .starts_with("2 BACnet devices")
    );
    assert_eq!(u[0].severity, Severity::Info);
    let empty = Inventory::default();
    assert!(run(check_posture, Some(&empty), None, &[], &[]).is_empty());
}

#[test]
fn foreign_device_registration_table() {
    // (register_fd, fdt answered, network-port flag, expected finding, confirmed)
    let table: &[(Option<&str>, bool, Option<bool>, bool, bool)] = &[
        (None, false, None, false, false),
        (None, true, None, true, false),
        (Some("accepted"), false, None, true, true),
        (None, false, Some(true), true, true),
        (None, false, Some(false), false, false),
        (
            Some("register-foreign-device-nak"),
            true,
            None,
            false,
            false,
        ),
        (
            Some("register-foreign-device-nak"),
            false,
            Some(true),
            true,
            true,
        ),
        (Some("no-answer"), true, None, true, false),
    ];
    for (reg, fdt, flag, want, confirmed) in table {
        let mut inv = inventory();
        let mut b = bbmd(CTL);
        b.register_fd = reg.map(str::to_owned);
        b.fdt = fdt.then(|| {
            vec![FdtRow {
                address: "192.168.1.30:47808".into(),
                ttl: 60,
                remaining: 70,
            }]
        });
        inv.bacnet.bbmds.push(b);
        inv.bacnet.devices[0].network_ports = vec![port(5, *flag)];
        let fs = run(check_posture, Some(&inv), None, &[], &[]);
        let f = only(&fs, ACCEPTS_FD);
        assert_eq!(!f.is_empty(), *want, "{reg:?} {fdt} {flag:?}");
        if let Some(f) = f.first() {
            assert_eq!(f.target.to_string(), format!("BACnet BBMD {CTL}"));
            assert_eq!(
                f.evidence.facts["confirmed"], *confirmed,
                "{reg:?} {fdt} {flag:?}"
            );
            assert_eq!(f.severity, Severity::Medium);
        }
    }
}

#[test]
fn secure_connect_table() {
    // (ports of device 1001, ports of device 1002, expected ids)
    let table: Vec<(Vec<NetworkPortInfo>, Vec<NetworkPortInfo>, &[&str])> = vec![
        (vec![], vec![], &[SC_NOT_USED]),
        (vec![port(5, None)], vec![], &[SC_NOT_USED]),
        (vec![port(11, None)], vec![port(5, None)], &[]),
        (
            vec![port(11, None), port(5, None)],
            vec![],
            &[SC_LEGACY_OPEN],
        ),
        (
            vec![port(11, None), port(9, None)],
            vec![],
            &[SC_LEGACY_OPEN],
        ),
    ];
    for (a, b, want) in table {
        let mut inv = inventory();
        inv.bacnet.devices[0].network_ports = a.clone();
        inv.bacnet.devices[1].network_ports = b.clone();
        let fs = run(check_posture, Some(&inv), None, &[], &[]);
        let got: Vec<&str> = ids(&fs)
            .into_iter()
            .filter(|i| i.starts_with("bacnet.sc."))
            .collect();
        assert_eq!(got, want, "{a:?} {b:?}");
    }
}

#[test]
fn identities() {
    let mut inv = inventory();
    inv.bacnet.duplicate_instances = vec![DuplicateInstance {
        device_instance: 1001,
        addresses: vec![CTL.into(), "192.168.1.66:47808".into()],
    }];
    inv.bacnet.shared_addresses = vec![SharedAddress {
        address: IO.into(),
        device_instances: vec![1002, 4194000],
    }];
    let fs = run(check_posture, Some(&inv), None, &[], &[]);
    let d = only(&fs, DUPLICATE_INSTANCE);
    assert_eq!(d.len(), 1);
    assert!(
        d[0].evidence
            .summary
            .to_string()
            .contains("192.168.1.66:47808")
    );
    assert_eq!(only(&fs, SEVERAL_INSTANCES).len(), 1);
    // A router answering for devices behind it is not a finding.
    let mut inv = inventory();
    let mut behind = device(5001, IO);
    behind.routed = true;
    behind.network = Some(2);
    inv.bacnet.devices.push(behind);
    inv.bacnet.shared_addresses = vec![SharedAddress {
        address: IO.into(),
        device_instances: vec![1002, 5001],
    }];
    let fs = run(check_posture, Some(&inv), None, &[], &[]);
    assert!(only(&fs, SEVERAL_INSTANCES).is_empty());
    assert!(only(&fs, DUPLICATE_INSTANCE).is_empty());
}

#[test]
fn management_services_one_finding_per_device() {
    let mut inv = inventory();
    inv.bacnet.devices[0].services_supported.extend([
        "device-communication-control".into(),
        "reinitialize-device".into(),
        "atomic-write-file".into(),
    ]);
    let fs = run(check_posture, Some(&inv), None, &[], &[]);
    let m = only(&fs, MANAGEMENT_SERVICES);
    assert_eq!(m.len(), 1);
    assert!(m[0].target.to_string().starts_with("BACnet device 1001"));
    let s = m[0].evidence.summary.to_string();
    assert!(
        s.contains("device-communication-control (silence the device)")
            && s.contains("atomic-write-file"),
        "{s}"
    );
    assert_eq!(m[0].evidence.facts["services"].as_array().unwrap().len(), 3);
}
