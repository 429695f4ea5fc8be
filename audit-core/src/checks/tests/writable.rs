use super::fixtures::*;
use crate::checks::ObservedWrite;
use crate::checks::writable::*;
use crate::findings::Severity;
use crate::inventory::{Inventory, PrioritySlot};

fn with_objects(services: &[&str], objects: Vec<crate::inventory::ObjectInfo>) -> Inventory {
    let mut inv = inventory();
    inv.bacnet.devices[0].services_supported = services.iter().map(|s| (*s).to_owned()).collect();
    inv.bacnet.devices[0].objects = objects;
    inv
}

#[test]
fn writable_property_table() {
    let table: &[(&str, bool, &[&str])] = &[
        ("analog-output", false, &["present-value"]),
        ("binary-lighting-output", false, &["present-value"]),
        (
            "lighting-output",
            false,
            &["present-value", "lighting-command"],
        ),
        ("access-door", false, &["present-value"]),
        ("trend-log", false, &["enable", "record-count"]),
        ("analog-input", false, &[]),
        ("analog-value", false, &[]),
        ("analog-value", true, &["present-value"]),
        ("device", false, &[]),
    ];
    for (t, commandable, want) in table {
        let mut o = object(t, 1);
        o.commandable = *commandable;
        assert_eq!(writable_properties(&o), *want, "{t}");
    }
}

fn ao() -> crate::inventory::ObjectInfo {
    let mut o = object("analog-output", 1);
    o.object_name = Some("Supply fan".into());
    o.commandable = true;
    o
}

#[test]
fn writable_points_table() {
    let ws = &["read-property", "write-property"];
    let table: Vec<(&str, Inventory, Vec<ObservedWrite>, &[&str])> = vec![
        (
            "write service and writable output",
            with_objects(ws, vec![ao()]),
            vec![],
            &[WRITABLE_POINTS],
        ),
        (
            "no write service",
            with_objects(&["read-property"], vec![ao()]),
            vec![],
            &[],
        ),
        (
            "write service, only inputs",
            with_objects(ws, vec![object("analog-input", 1)]),
            vec![],
            &[],
        ),
        (
            "acknowledged write confirms",
            with_objects(ws, vec![ao()]),
            vec![ObservedWrite {
                source: "192.168.1.5:47808".into(),
                destination: CTL.into(),
                device_instance: Some(1001),
                object: "analog-output,1".into(),
                property: "present-value".into(),
                acknowledged: true,
                count: 3,
            }],
            &[WRITES_CONFIRMED],
        ),
        (
            "acknowledged write matched by address",
            with_objects(&["read-property"], vec![]),
            vec![ObservedWrite {
                source: "192.168.1.5:47808".into(),
                destination: CTL.into(),
                acknowledged: true,
                count: 1,
                ..ObservedWrite::default()
            }],
            &[WRITES_CONFIRMED],
        ),
        (
            "write without answer stays unconfirmed",
            with_objects(ws, vec![ao()]),
            vec![ObservedWrite {
                source: "192.168.1.5:47808".into(),
                destination: CTL.into(),
                device_instance: Some(1001),
                acknowledged: false,
                count: 1,
                ..ObservedWrite::default()
            }],
            &[WRITABLE_POINTS],
        ),
        (
            "write to a device discovery did not find",
            with_objects(&["read-property"], vec![]),
            vec![ObservedWrite {
                source: "192.168.1.5:47808".into(),
                destination: "192.168.1.90:47808".into(),
                device_instance: Some(77),
                acknowledged: true,
                count: 1,
                ..ObservedWrite::default()
            }],
            &[WRITES_CONFIRMED],
        ),
    ];
    for (name, inv, writes, want) in table {
        let fs = run(check_writable, Some(&inv), None, &[], &writes);
        assert_eq!(ids(&fs), want, "{name}");
    }
}

#[test]
fn confirmed_is_higher_than_not_tested() {
    let inv = with_objects(&["write-property"], vec![ao()]);
    let fs = run(check_writable, Some(&inv), None, &[], &[]);
    assert_eq!(fs[0].severity, Severity::Medium);
    assert!(fs[0].title.to_string().contains("not tested"));
    assert!(
        fs[0]
            .evidence
            .summary
            .to_string()
            .contains("analog-output,1 \"Supply fan\" present-value")
    );
    let w = ObservedWrite {
        source: "192.168.1.5:47808".into(),
        destination: CTL.into(),
        device_instance: Some(1001),
        object: "analog-output,1".into(),
        property: "present-value".into(),
        acknowledged: true,
        count: 3,
    };
    let fs = run(check_writable, Some(&inv), None, &[], &[w]);
    assert_eq!(fs[0].severity, Severity::High);
    assert!(
        fs[0]
            .evidence
            .summary
            .to_string()
            .contains("192.168.1.5:47808")
    );
    assert_eq!(
        fs[0].evidence.facts["writable_points"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn life_safety_priority_slots() {
    let slot = |p: u8| PrioritySlot {
        priority: p,
        value: serde_json::json!(21.5),
    };
    for (slots, want) in [
        (vec![slot(8), slot(16)], false),
        (vec![slot(1)], true),
        (vec![slot(2), slot(8)], true),
    ] {
        let mut o = ao();
        o.priority_slots = Some(slots.clone());
        let inv = with_objects(&["read-property"], vec![o]);
        let fs = run(check_writable, Some(&inv), None, &[], &[]);
        assert_eq!(
            !only(&fs, LIFE_SAFETY_PRIORITY).is_empty(),
            want,
            "{slots:?}"
        );
        if want {
            assert!(fs[0].evidence.summary.to_string().contains("priority"));
        }
    }
}
