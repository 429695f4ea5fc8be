use super::fixtures::*;
use crate::checks::knx::*;
use crate::findings::Severity;
use crate::inventory::{Gateway, TunnelSlot};

fn check(g: Gateway) -> Vec<crate::findings::Finding> {
    let mut inv = inventory();
    inv.knx.gateways = vec![g];
    run(check_gateways, Some(&inv), None, &[], &[])
}

fn plain_v1() -> Gateway {
    Gateway {
        address: "192.168.1.11:3671".into(),
        name: "old".into(),
        service_families: vec![
            fam("core v1"),
            fam("device-management v1"),
            fam("tunnelling v1"),
        ],
        core_version: Some(1),
        secure_supported: false,
        tunnelling_requires_secure: Some(false),
        routing_requires_secure: Some(false),
        device_management_requires_secure: Some(false),
        ..Gateway::default()
    }
}

#[test]
fn gateway_posture_table() {
    let secure = gateway();
    let mut not_enforced = gateway();
    not_enforced.secure_families = Some(vec![]);
    not_enforced.tunnelling_requires_secure = Some(false);
    not_enforced.routing_requires_secure = Some(true);
    not_enforced.device_management_requires_secure = Some(false);
    let mut unknown = gateway();
    unknown.secure_families = None;
    unknown.tunnelling_requires_secure = None;
    unknown.routing_requires_secure = Some(true);
    unknown.device_management_requires_secure = None;
    let mut plain_router = plain_v1();
    plain_router.service_families.push(fam("routing v1"));
    plain_router.multicast_address = Some("224.0.23.12".into());
    let mut nat = gateway();
    nat.answers_nat_description = Some(true);
    let mut slots = gateway();
    slots.tunnelling_slots = vec![
        TunnelSlot {
            individual_address: "1.1.250".into(),
            free: false,
            authorised: true,
            usable: true,
        },
        TunnelSlot {
            individual_address: "1.1.251".into(),
            free: true,
            authorised: false,
            usable: true,
        },
        TunnelSlot {
            individual_address: "1.1.252".into(),
            free: true,
            authorised: false,
            usable: true,
        },
    ];
    let mut core_unknown_v1 = plain_v1();
    core_unknown_v1.core_version = None;
    let table: Vec<(&str, Gateway, &[&str])> = vec![
        ("secure and enforced, Core v2", secure, &[]),
        ("plain Core v1", plain_v1(), &[SECURE_UNSUPPORTED, CORE_V1]),
        (
            "core version from families",
            core_unknown_v1,
            &[SECURE_UNSUPPORTED, CORE_V1],
        ),
        (
            "secure, not required for two",
            not_enforced,
            &[SECURE_NOT_ENFORCED],
        ),
        ("secure, DIB 0x06 missing", unknown, &[SECURE_NOT_ENFORCED]),
        (
            "plain router",
            plain_router,
            &[SECURE_UNSUPPORTED, CORE_V1, ROUTING_UNSECURED],
        ),
        ("answers NAT", nat, &[ANSWERS_NAT]),
        ("slots", slots, &[TUNNEL_SLOTS]),
    ];
    for (name, g, want) in table {
        let fs = check(g.clone());
        assert_eq!(ids(&fs), want, "{name}");
        for f in &fs {
            assert!(
                f.target
                    .to_string()
                    .starts_with(&format!("KNX gateway {}", g.address)),
                "{name}"
            );
        }
    }
}

#[test]
fn secure_not_enforced_names_families_and_unknowns() {
    let mut g = gateway();
    g.tunnelling_requires_secure = Some(false);
    g.device_management_requires_secure = Some(false);
    let fs = check(g);
    assert_eq!(fs[0].severity, Severity::Medium);
    let s = fs[0].evidence.summary.to_string();
    assert!(
        s.contains("not required for tunnelling and device management"),
        "{s}"
    );
    let mut g = gateway();
    g.tunnelling_requires_secure = None;
    g.routing_requires_secure = None;
    g.device_management_requires_secure = None;
    let fs = check(g);
    let f = only(&fs, SECURE_NOT_ENFORCED)[0];
    assert_eq!(f.severity, Severity::Low);
    assert!(
        f.evidence
            .summary
            .to_string()
            .contains("unknown for tunnelling"),
        "{}",
        f.evidence.summary
    );
    // Routing offered with unknown requirement is also open multicast (said unknown).
    let r = only(&fs, ROUTING_UNSECURED)[0];
    assert!(r.evidence.summary.to_string().contains("unknown"));
}

#[test]
fn tunnel_slots_count_free_and_used() {
    let mut g = gateway();
    g.tunnelling_slots = vec![
        TunnelSlot {
            free: false,
            ..TunnelSlot::default()
        },
        TunnelSlot {
            free: false,
            ..TunnelSlot::default()
        },
        TunnelSlot {
            free: true,
            ..TunnelSlot::default()
        },
    ];
    let fs = check(g);
    assert_eq!(
        fs[0].evidence.summary.to_string(),
        "2 tunnel connections of 3 in use, 1 free."
    );
    assert_eq!(fs[0].evidence.facts["free"], 1);
    assert_eq!(fs[0].severity, Severity::Info);
}
