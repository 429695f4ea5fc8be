//! The KNX evaluation building (eval/knx: knxd, a TP line behind a KNX IP router, a weather
//! station, an xknx visualisation, recorded in network namespaces) read through its ETS
//! exports: every group value in every capture decodes with the datapoint type the export gives
//! its group, and the spoofed and tampered values of the attacks are outside the ranges their
//! group's role allows while the normal traffic is inside them. The values on the wire were
//! encoded by xknx (an independent implementation), the exports written as ETS 6 writes them.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::collections::BTreeMap;
use std::path::PathBuf;

use audit_core::capture::frame::{self as capture, Payload};
use audit_core::knx_project::{self, DptSource, GroupAddressTable, ImportFormat};
use audit_core::wire::knxip::apdu::{Apdu, GroupValue};
use audit_core::wire::knxip::dpt::{DptValue, RangeBasis, Role};
use audit_core::wire::knxip::{self, GroupAddress};

fn eval(path: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../eval/knx")
        .join(path)
}

fn table() -> GroupAddressTable {
    knx_project::import_file(&eval("ets/building.csv")).unwrap()
}

/// (time ns, group, value) of every group write and response in a capture (classic pcap,
/// Ethernet, as dumpcap -P writes it).
fn group_values(name: &str) -> Vec<(i64, GroupAddress, GroupValue)> {
    let data = std::fs::read(eval("pcaps").join(name)).unwrap();
    assert_eq!(
        &data[..4],
        &[0xd4, 0xc3, 0xb2, 0xa1],
        "{name}: classic pcap"
    );
    let mut out = Vec::new();
    let mut pos = 24;
    while pos + 16 <= data.len() {
        let word = |i: usize| u32::from_le_bytes(data[pos + i..pos + i + 4].try_into().unwrap());
        let (sec, usec, len) = (word(0), word(4), word(8) as usize);
        let frame = &data[pos + 16..pos + 16 + len];
        pos += 16 + len;
        let t = i64::from(sec) * 1_000_000_000 + i64::from(usec) * 1000;
        let d = capture::dissect(1, frame).unwrap();
        let Payload::KnxIpUdp { data, .. } = d.payload else {
            panic!("{name}: a frame that is not KNXnet/IP");
        };
        let f = knxip::decode(data).unwrap();
        let Some(ld) = f.body.cemi().and_then(|c| c.ldata()) else {
            continue;
        };
        if !ld.group_destination() {
            continue;
        }
        if let Some(Apdu::GroupValueWrite(v) | Apdu::GroupValueResponse(v)) = ld.tpdu.apdu() {
            out.push((t, GroupAddress(ld.destination), v.clone()));
        }
    }
    out
}

#[test]
fn both_exports_describe_the_same_building() {
    let csv = table();
    let xml = knx_project::import_file(&eval("ets/building.xml")).unwrap();
    assert_eq!(csv.format, ImportFormat::EtsCsvThreeColumns);
    assert_eq!(xml.format, ImportFormat::EtsXml);
    assert_eq!(csv.groups, xml.groups);
    assert_eq!(csv.groups.len(), 27);
    assert!(csv.warnings.is_empty() && xml.warnings.is_empty());
    assert!(csv.groups.iter().all(|g| g.dpt_source == DptSource::Ets));
    let g = |s: &str| {
        let mut it = s.split('/').map(|x| x.parse::<u8>().unwrap());
        GroupAddress::new(it.next().unwrap(), it.next().unwrap(), it.next().unwrap())
    };
    assert_eq!(csv.label(g("3/1/1")), "Living room temperature (3/1/1)");
    assert_eq!(csv.get(g("3/1/1")).unwrap().role, Role::RoomTemperature);
    assert_eq!(csv.get(g("3/2/1")).unwrap().role, Role::RoomSetpoint);
    assert_eq!(csv.get(g("7/1/1")).unwrap().role, Role::OutdoorTemperature);
    assert_eq!(
        csv.get(g("3/1/1")).unwrap().path,
        ["Heating", "Room temperatures"]
    );
}

#[test]
fn every_group_value_of_every_capture_decodes_with_its_ets_type() {
    let t = table();
    let mut captures: Vec<String> = std::fs::read_dir(eval("pcaps"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".pcap"))
        .collect();
    captures.sort();
    assert_eq!(captures.len(), 9, "{captures:?}");
    let mut by_family: BTreeMap<u16, usize> = BTreeMap::new();
    for name in &captures {
        let values = group_values(name);
        assert!(values.len() > 30, "{name}: {} values", values.len());
        for (_, ga, v) in values {
            let entry = t
                .get(ga)
                .unwrap_or_else(|| panic!("{name}: {ga} not in the export"));
            let dpt = entry.dpt.unwrap();
            let d = dpt
                .decode(&v)
                .unwrap_or_else(|e| panic!("{name}: {ga} as {dpt}: {e}"));
            assert!(!d.flags.any(), "{name}: {ga} {v:?}: {:?}", d.flags);
            *by_family.entry(dpt.main).or_default() += 1;
        }
    }
    // The building carries these families: 1.x, 3.x, 5.x, 9.x, 12.x, 13.x, 14.x, 16.x, 17.x,
    // 18.x, 20.x.
    let families: Vec<u16> = by_family.keys().copied().collect();
    assert_eq!(
        families,
        [1, 3, 5, 9, 12, 13, 14, 16, 17, 18, 20],
        "{by_family:?}"
    );
}

fn numbers_of(name: &str, group: &str) -> Vec<(i64, f64)> {
    let t = table();
    group_values(name)
        .into_iter()
        .filter(|(_, ga, _)| ga.to_string() == group)
        .map(|(time, ga, v)| {
            let d = t.get(ga).unwrap().dpt.unwrap().decode(&v).unwrap();
            match d.value {
                DptValue::Number(n) => (time, n),
                other => panic!("{other:?}"),
            }
        })
        .collect()
}

#[test]
fn the_spoofed_temperatures_leave_what_a_room_reaches_and_normal_ones_do_not() {
    let room = table();
    let entry = room
        .groups
        .iter()
        .find(|g| g.address.to_string() == "3/1/1")
        .unwrap();
    let (dpt, role) = (entry.dpt.unwrap(), entry.role);
    for name in ["learn.pcap", "validate.pcap"] {
        let values = numbers_of(name, "3/1/1");
        assert!(values.len() > 10, "{name}");
        for (_, v) in values {
            assert!(dpt.range_broken(role, v).is_none(), "{name}: {v}");
            assert!((20.0..23.5).contains(&v), "{name}: {v}");
        }
    }
    // xknx encodes 85 °C as 84.96 (the nearest 2-octet float).
    let attack: Vec<f64> = numbers_of("attack-3-spoof-sensor.pcap", "3/1/1")
        .into_iter()
        .map(|(_, v)| v)
        .filter(|v| dpt.range_broken(role, *v).is_some())
        .collect();
    // Each written once on the line (routing) and once to the visualisation's tunnel.
    assert_eq!(attack, [84.96, 84.96, -30.0, -30.0, 60.0, 60.0]);
    for v in attack {
        assert_eq!(
            dpt.range_broken(role, v).unwrap().basis,
            RangeBasis::Building
        );
    }
    let setpoints = numbers_of("attack-2-setpoint.pcap", "3/2/1");
    let broken: Vec<f64> = setpoints
        .iter()
        .map(|(_, v)| *v)
        .filter(|v| dpt.range_broken(Role::RoomSetpoint, *v).is_some())
        .collect();
    assert!(
        !broken.is_empty() && broken.iter().all(|v| *v == 45.0),
        "{setpoints:?}"
    );
    for name in ["learn.pcap", "validate.pcap"] {
        for (_, v) in numbers_of(name, "3/2/1") {
            assert!((20.5..=22.0).contains(&v), "{name}: setpoint {v}");
        }
    }
}
