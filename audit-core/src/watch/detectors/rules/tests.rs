//! One table for the whole rule pack: for each rule, traffic that must raise it and traffic
//! that must not, against the model of a small building.

use super::super::testkit::*;
use super::*;
use crate::watch::observation::{Event, ObsFlags};

const KNX_ROUTER: &str = "198.18.3.20:3671";
const KNX_CLIENT: &str = "198.18.3.40:3671";

/// Ten minutes of a small building: the workstation polls and writes, devices announce
/// themselves, one router serves network 2, a KNX line with one writer per group.
fn building() -> ModelIndex {
    let mut l = learner();
    for s in 0..600i64 {
        if s % 5 == 0 {
            l.observe(&plain(WS, CTL, "read-property", s));
            l.observe(&report_ai(CTL, WS, 1, 20.0 + (s % 3) as f64, s));
        }
        if s % 60 == 0 {
            l.observe(&plain(WS, BCAST, "who-is", s));
            l.observe(&i_am(CTL, dev(CTL), 1001, s * 1000 + 10));
            l.observe(&i_am(
                RTR,
                routed(RTR, 2, &[198, 18, 2, 10, 0xBA, 0xC0]),
                2001,
                s * 1000 + 20,
            ));
            l.observe(&i_am_router(RTR, &[2], s));
            l.observe(&write_av(WS, CTL, 3, 21.0, s));
            l.observe(&write_bo(WS, CTL, 1, (s / 60 % 2) as u8, s));
            l.observe(&knx_write(
                KNX_ROUTER,
                (1, 1, 5),
                (1, 2, 3),
                (s / 60 % 2) as u8,
                s * 1000,
            ));
        }
    }
    l.observe(&knx_connect(KNX_CLIENT, GW, 10));
    index(l)
}

fn rules_fired(idx: &ModelIndex, obs: &[Observation]) -> Vec<&'static str> {
    let mut r = Rules::default();
    let mut out = Vec::new();
    for o in obs {
        r.check(idx, o, &mut out);
    }
    let mut ids: Vec<&'static str> = out.iter().filter_map(|d| d.rule).collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

fn flagged(mut o: Observation, f: impl FnOnce(&mut ObsFlags)) -> Observation {
    f(&mut o.flags);
    o
}

#[test]
fn every_rule_fires_on_its_case_and_not_on_normal_traffic() {
    let idx = building();
    let t = 10_000; // seconds after T0: after the learning period
    let ctl = dev(CTL);
    let who_is_flood: Vec<Observation> = (0..1000)
        .map(|i| plain_ms(WS, BCAST, "who-is", t * 1000 + i * 2))
        .collect();
    let i_am_storm: Vec<Observation> = (0..200)
        .map(|i| i_am(CTL, ctl, 1001, t * 1000 + i * 5))
        .collect();
    let knx_burst: Vec<Observation> = (0..100)
        .map(|i| knx_write(KNX_ROUTER, (1, 1, 5), (1, 2, 3), 1, t * 1000 + i * 20))
        .collect();
    let knx_auth = |i: i64| {
        with_event(
            knx(
                KNX_ROUTER,
                (1, 1, 99),
                "authorize-request",
                t * 1000 + i * 100,
            ),
            Event::KnxAuthorize { key: 0xFFFF_FFFF },
        )
    };
    // (case, traffic, rules expected to fire — exactly these)
    let table: Vec<(&str, Vec<Observation>, Vec<&str>)> = vec![
        (
            "normal polling, writes and announcements",
            vec![
                plain(WS, CTL, "read-property", t),
                write_av(WS, CTL, 3, 21.0, t),
                write_bo(WS, CTL, 1, 0, t),
                i_am(CTL, ctl, 1001, t * 1000),
                i_am_router(RTR, &[2], t),
                knx_write(KNX_ROUTER, (1, 1, 5), (1, 2, 3), 1, t * 1000),
                knx_connect(KNX_CLIENT, GW, t),
            ],
            vec![],
        ),
        (
            "source is the subnet broadcast address",
            vec![plain(BCAST, CTL, "read-property", t)],
            vec!["broadcast-source", "new-host"],
        ),
        (
            "source is 255.255.255.255",
            vec![plain("255.255.255.255:47808", CTL, "who-is", t)],
            vec!["broadcast-source", "new-host"],
        ),
        (
            "network-layer source SNET 0xFFFF",
            vec![flagged(plain(WS, CTL, "read-property", t), |f| {
                f.invalid_network_source = true
            })],
            vec!["broadcast-source"],
        ),
        (
            "known instance announced from the attacker",
            vec![i_am(ATK, dev(ATK), 1001, t * 1000)],
            vec!["device-spoofing", "new-host"],
        ),
        (
            "known address announces a second instance",
            vec![i_am(CTL, ctl, 4242, t * 1000)],
            vec!["device-spoofing"],
        ),
        (
            "a new device announcing itself is not spoofing",
            vec![i_am(WS, dev(WS), 9001, t * 1000)],
            vec![],
        ),
        (
            "second router for network 2",
            vec![i_am_router(ATK, &[2], t)],
            vec!["new-host", "router-spoofing"],
        ),
        (
            "known router's network list grows",
            vec![i_am_router(RTR, &[2, 7], t)],
            vec!["router-spoofing"],
        ),
        ("who-is flood", who_is_flood, vec!["who-is-flood"]),
        ("i-am storm", i_am_storm, vec!["i-am-storm"]),
        (
            "write with a normal value from a new writer (Tampering1)",
            vec![write_bo(ATK, CTL, 1, 0, t)],
            vec!["new-host", "new-writer"],
        ),
        (
            "known host writes a point it never wrote",
            vec![write_av(WS, CTL, 7, 1.0, t)],
            vec!["new-writer"],
        ),
        (
            "device communication control",
            vec![with_event(
                plain(WS, CTL, "device-communication-control", t),
                Event::DeviceCommunicationControl {
                    target: ctl,
                    state: Some("disable"),
                    duration_min: Some(60),
                    password: false,
                },
            )],
            vec!["device-control"],
        ),
        (
            "reinitialize device",
            vec![with_event(
                plain(WS, CTL, "reinitialize-device", t),
                Event::ReinitializeDevice {
                    target: ctl,
                    state: Some("warmstart"),
                    password: true,
                },
            )],
            vec!["device-control"],
        ),
        (
            "write-bdt",
            vec![with_event(
                plain(WS, RTR, "write-bdt", t),
                Event::WriteBdt { entries: 1 },
            )],
            vec!["bbmd-table-change", "new-conversation"],
        ),
        (
            "delete-fdt-entry",
            vec![with_event(
                plain(WS, RTR, "delete-fdt-entry", t),
                Event::DeleteFdtEntry {
                    entry: "198.18.1.99:47808".parse().unwrap(),
                },
            )],
            vec!["bbmd-table-change", "new-conversation"],
        ),
        (
            "foreign device registration from a known host",
            vec![with_event(
                plain(WS, RTR, "register-foreign-device", t),
                Event::RegisterForeignDevice { ttl: 60 },
            )],
            vec!["new-conversation", "new-foreign-device"],
        ),
        (
            "a host never seen",
            vec![plain(ATK, CTL, "read-property", t)],
            vec!["new-host"],
        ),
        (
            "known host sends requests to a new partner",
            vec![plain(WS, ATK, "read-property", t)],
            vec!["new-conversation"],
        ),
        (
            "KNX group written by a new individual address",
            vec![knx_write(KNX_ROUTER, (1, 1, 66), (1, 2, 3), 1, t * 1000)],
            vec!["knx-new-group-writer"],
        ),
        ("KNX write burst", knx_burst, vec!["knx-write-burst"]),
        ("KNX authorize", vec![knx_auth(0)], vec!["knx-authorize"]),
        (
            "KNX tunnel from outside the subnet",
            vec![knx_connect("100.64.7.7:3671", GW, t)],
            vec!["knx-tunnel-outside", "new-host"],
        ),
        (
            "KNX tunnel from a new client on the subnet",
            vec![knx_connect("198.18.3.77:3671", GW, t)],
            vec!["knx-new-tunnel-client", "new-host"],
        ),
        (
            "KNX device management",
            vec![with_event(
                knx(KNX_ROUTER, (1, 1, 99), "memory-write", t * 1000),
                Event::KnxManagement {
                    target: crate::wire::knxip::IndividualAddress::new(1, 1, 5),
                },
            )],
            vec!["knx-device-management"],
        ),
    ];
    let mut covered: Vec<&str> = Vec::new();
    for (case, obs, want) in table {
        let got = rules_fired(&idx, &obs);
        let mut want = want.clone();
        want.sort_unstable();
        assert_eq!(got, want, "{case}");
        covered.extend(want);
    }
    for r in RULES {
        assert!(covered.contains(&r.id), "rule {} has no case", r.id);
    }
}

#[test]
fn key_guessing_is_critical() {
    let idx = building();
    let mut r = Rules::default();
    let mut out = Vec::new();
    for i in 0..5 {
        let o = with_event(
            knx(
                KNX_ROUTER,
                (1, 1, 99),
                "authorize-request",
                20_000_000 + i * 100,
            ),
            Event::KnxAuthorize { key: i as u32 },
        );
        r.check(&idx, &o, &mut out);
    }
    assert!(
        out.iter().any(|d| d.severity == Severity::Critical),
        "{out:#?}"
    );
}

#[test]
fn tampering1_alert_names_the_value_and_the_writers() {
    let idx = building();
    let mut out = Vec::new();
    Rules::default().check(&idx, &write_bo(ATK, CTL, 1, 0, 10_000), &mut out);
    let d = out.iter().find(|d| d.rule == Some("new-writer")).unwrap();
    assert!(
        d.summary
            .to_string()
            .contains("198.18.1.66 wrote binary-output,1"),
        "{}",
        d.summary
    );
    assert!(
        d.summary
            .to_string()
            .contains("inactive (a value also seen in normal use)"),
        "{}",
        d.summary
    );
    assert!(
        d.normal.to_string().contains("only by 198.18.1.40"),
        "{}",
        d.normal
    );
    assert_eq!(d.severity, Severity::High);
}

#[test]
fn what_the_learning_period_held_does_not_alert() {
    // A BMS that restarts a device every night, a stack that answers from the broadcast
    // address, two routers announcing the same network: odd, but the site's normal.
    let dcc = with_event(
        plain(WS, CTL, "device-communication-control", 5),
        Event::DeviceCommunicationControl {
            target: dev(CTL),
            state: Some("enable"),
            duration_min: None,
            password: true,
        },
    );
    let odd_source = plain(BCAST, CTL, "read-property", 6);
    let mut l = learner();
    for o in [
        &dcc,
        &odd_source,
        &i_am_router(RTR, &[2], 7),
        &i_am_router(ATK, &[2], 8),
    ] {
        l.observe(o);
    }
    let idx = index(l);
    let again = [
        dcc,
        odd_source,
        i_am_router(RTR, &[2], 9),
        i_am_router(ATK, &[2], 9),
    ];
    assert_eq!(rules_fired(&idx, &again), Vec::<&str>::new());
    // Another source doing the same is still news, and the alert names who did it before.
    let mut out = Vec::new();
    let other = with_event(
        plain(ATK, CTL, "device-communication-control", 10),
        Event::DeviceCommunicationControl {
            target: dev(CTL),
            state: Some("disable"),
            duration_min: None,
            password: false,
        },
    );
    Rules::default().check(&idx, &other, &mut out);
    let d = out
        .iter()
        .find(|d| d.rule == Some("device-control"))
        .unwrap();
    assert!(
        d.normal.to_string().contains("came only from 198.18.1.40"),
        "{}",
        d.normal
    );
}

#[test]
fn rule_ids_are_unique_kebab_case_and_complete() {
    let mut ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
    ids.sort_unstable();
    let n = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), n, "duplicate rule id");
    for r in RULES {
        assert!(
            r.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{}",
            r.id
        );
        assert!(
            !(r.title)().to_string().is_empty()
                && !(r.why)().to_string().is_empty()
                && !(r.action)().to_string().is_empty(),
            "{}",
            r.id
        );
        assert_eq!(rule(r.id).id, r.id);
    }
}

#[test]
fn the_rule_pack_is_documented() {
    let doc = include_str!("../../../../../docs/DETECTION.md");
    for r in RULES {
        assert!(
            doc.contains(&format!("`{}`", r.id)),
            "docs/DETECTION.md lacks rule {}",
            r.id
        );
    }
}
