use super::fixtures::*;
use crate::checks::addresses::*;
use crate::findings::Severity;
use crate::inventory::{BdtRow, FdtRow};

#[test]
fn public_device_addresses_table() {
    let table: &[(&str, bool)] = &[
        ("81.2.69.160:47808", true),
        ("198.18.1.5:47808", false),
        ("100.64.1.1:47808", false),
        ("192.168.1.20:47808", false),
        ("127.0.0.1:47808", false),
        ("192.0.2.5:47808", false),
    ];
    for (addr, public) in table {
        let mut inv = inventory();
        inv.bacnet.devices[0].address = (*addr).into();
        let fs = run(check_addresses, Some(&inv), None, &[], &[]);
        assert_eq!(!fs.is_empty(), *public, "{addr}");
        if *public {
            assert_eq!(ids(&fs), [PUBLIC_ADDRESS]);
            assert_eq!(fs[0].severity, Severity::High);
            assert!(fs[0].target.to_string().starts_with("BACnet device 1001"));
        }
    }
    let mut inv = inventory();
    inv.knx.gateways[0].address = "81.2.69.161:3671".into();
    let fs = run(check_addresses, Some(&inv), None, &[], &[]);
    assert_eq!(ids(&fs), [PUBLIC_ADDRESS]);
    assert!(
        fs[0]
            .target
            .to_string()
            .starts_with("KNX gateway 81.2.69.161")
    );
    // A routed device is reached at its router's address: not its own.
    let mut inv = inventory();
    inv.bacnet.devices[0].address = "81.2.69.160:47808".into();
    inv.bacnet.devices[0].routed = true;
    assert!(run(check_addresses, Some(&inv), None, &[], &[]).is_empty());
}

#[test]
fn bbmd_tables() {
    let fdt = |a: &str| FdtRow {
        address: a.into(),
        ttl: 60,
        remaining: 75,
    };
    let bdt = |a: &str, m: &str| BdtRow {
        address: a.into(),
        mask: m.into(),
    };
    // (bdt, fdt, expected ids)
    let table: Vec<(Vec<BdtRow>, Option<Vec<FdtRow>>, &[&str])> = vec![
        (
            vec![bdt("192.168.1.20:47808", "255.255.255.255")],
            Some(vec![]),
            &[],
        ),
        (
            vec![bdt("192.168.1.20:47808", "255.255.255.255")],
            None,
            &[],
        ),
        (
            vec![bdt("81.2.69.160:47808", "255.255.255.255")],
            None,
            &[BBMD_PUBLIC_PEER],
        ),
        (
            vec![],
            Some(vec![fdt("81.2.69.9:47808")]),
            &[BBMD_PUBLIC_PEER],
        ),
        (vec![], Some(vec![fdt("192.168.1.99:47808")]), &[]),
        (
            vec![],
            Some(vec![fdt("10.9.9.9:47808")]),
            &[BBMD_FOREIGN_SUBNET],
        ),
        // A BDT peer's subnet counts as local.
        (
            vec![bdt("10.9.0.1:47808", "255.255.0.0")],
            Some(vec![fdt("10.9.9.9:47808")]),
            &[],
        ),
        (
            vec![bdt("81.2.69.160:47808", "255.255.255.255")],
            Some(vec![fdt("172.16.5.5:47808")]),
            &[BBMD_PUBLIC_PEER, BBMD_FOREIGN_SUBNET],
        ),
    ];
    for (b, f, want) in table {
        let mut inv = inventory();
        let mut bb = bbmd(CTL);
        bb.bdt = b.clone();
        bb.fdt = f.clone();
        inv.bacnet.bbmds.push(bb);
        let fs = run(check_addresses, Some(&inv), None, &[], &[]);
        assert_eq!(ids(&fs), want, "{b:?} {f:?}");
        for x in &fs {
            assert_eq!(x.target.to_string(), format!("BACnet BBMD {CTL}"));
            let sev = if x.check_id == BBMD_PUBLIC_PEER {
                Severity::High
            } else {
                Severity::Medium
            };
            assert_eq!(x.severity, sev);
        }
    }
}
