use super::fixtures::*;
use crate::checks::router::*;
use crate::findings::Severity;
use crate::inventory::{ExposureReport, IgdReport, NatPmpReport, PcpReport};

#[test]
fn mappings_table() {
    let inv = inventory();
    // (mapping, expected check ids, expected target start)
    let table: Vec<(crate::inventory::PortMapping, &[&str], &str)> = vec![
        (
            mapping("UDP", 3671, "192.168.1.10", 3671),
            &[KNX_PORT_FORWARDED],
            "KNX gateway 192.168.1.10:3671",
        ),
        (
            mapping("TCP", 3671, "192.168.1.99", 3671),
            &[KNX_PORT_FORWARDED],
            "router 192.168.1.1",
        ),
        (
            mapping("UDP", 13671, "192.168.1.10", 3671),
            &[KNX_PORT_FORWARDED],
            "KNX gateway",
        ),
        (
            mapping("UDP", 47808, "192.168.1.20", 47808),
            &[BACNET_PORT_FORWARDED],
            "BACnet device 1001",
        ),
        (
            mapping("UDP", 50000, "192.168.1.77", 47823),
            &[BACNET_PORT_FORWARDED],
            "router",
        ),
        (
            mapping("TCP", 8443, "192.168.1.21", 443),
            &[MAPPING_TO_DEVICE],
            "BACnet device 1002",
        ),
        (mapping("TCP", 8080, "192.168.1.50", 8080), &[], ""),
        (mapping("UDP", 47824, "192.168.1.50", 47824), &[], ""),
        (mapping("UDP", 47807, "192.168.1.50", 47807), &[], ""),
        (mapping("UDP", 3672, "192.168.1.50", 3672), &[], ""),
    ];
    for (m, want, target) in table {
        let x = with_mappings(vec![m.clone()]);
        let fs = run(check_mappings, Some(&inv), Some(&x), &[], &[]);
        assert_eq!(ids(&fs), want, "{m:?}");
        for f in &fs {
            assert_eq!(f.severity, Severity::Critical);
            assert!(
                f.target.to_string().starts_with(target),
                "{} vs {target}",
                f.target
            );
            let s = f.evidence.summary.to_string();
            assert!(
                s.contains(&format!("external port {}", m.external_port)),
                "{s}"
            );
            assert!(
                s.contains(&format!("{}:{}", m.internal_client, m.internal_port)),
                "{s}"
            );
            assert!(s.contains("test rule") && s.contains("permanent"), "{s}");
            assert_eq!(
                f.evidence.facts["mapping"]["internal_port"],
                m.internal_port
            );
        }
    }
}

#[test]
fn mapping_removed_or_disabled_is_not_critical() {
    let inv = inventory();
    let none = run(
        check_mappings,
        Some(&inv),
        Some(&with_mappings(vec![])),
        &[],
        &[],
    );
    assert!(none.is_empty());
    let mut m = mapping("UDP", 3671, "192.168.1.10", 3671);
    m.enabled = false;
    m.lease_duration_s = 3600;
    let fs = run(
        check_mappings,
        Some(&inv),
        Some(&with_mappings(vec![m])),
        &[],
        &[],
    );
    assert_eq!(ids(&fs), [MAPPING_DISABLED]);
    assert_eq!(fs[0].severity, Severity::Info);
    assert!(fs[0].evidence.summary.to_string().contains("lease 3600 s"));
    // No exposure gathered: the mapping check stays silent.
    assert!(run(check_mappings, Some(&inv), None, &[], &[]).is_empty());
}

#[test]
fn hairpin_table() {
    let inv = inventory();
    let knx_map = || mapping("UDP", 3671, "192.168.1.10", 3671);
    // (mappings, probes, expected ids)
    let table: Vec<(
        Vec<crate::inventory::PortMapping>,
        Vec<crate::inventory::HairpinProbe>,
        &[&str],
    )> = vec![
        // Answer explained by the mapping: one finding, evidence carries the answer.
        (
            vec![knx_map()],
            vec![probe("knx", "81.2.69.160:3671", "answered", Some(true))],
            &[KNX_PORT_FORWARDED],
        ),
        // Answer without any mapping: a static forward.
        (
            vec![],
            vec![probe("knx", "81.2.69.160:3671", "answered", None)],
            &[STATIC_FORWARD],
        ),
        // A TCP mapping does not explain a UDP answer.
        (
            vec![mapping("TCP", 3671, "192.168.1.10", 3671)],
            vec![probe("knx", "81.2.69.160:3671", "answered", None)],
            &[KNX_PORT_FORWARDED, STATIC_FORWARD],
        ),
        // A mapping to a web port on an unknown host becomes relevant when BACnet answers through it.
        (
            vec![mapping("UDP", 47808, "192.168.1.50", 8080)],
            vec![probe("bacnet", "81.2.69.160:47808", "answered", Some(true))],
            &[BACNET_PORT_FORWARDED],
        ),
        // Silence from a router that hairpins: nothing forwarded.
        (
            vec![],
            vec![probe("knx", "81.2.69.160:3671", "no-answer", Some(true))],
            &[],
        ),
        // Silence from a router that may not hairpin: inconclusive, said so.
        (
            vec![],
            vec![probe("knx", "81.2.69.160:3671", "no-answer", None)],
            &[HAIRPIN_INCONCLUSIVE],
        ),
        (
            vec![],
            vec![probe(
                "bacnet",
                "81.2.69.160:47808",
                "no-answer",
                Some(false),
            )],
            &[HAIRPIN_INCONCLUSIVE],
        ),
        (
            vec![],
            vec![probe("bacnet", "81.2.69.160:47808", "error", None)],
            &[HAIRPIN_INCONCLUSIVE],
        ),
        (
            vec![],
            vec![probe("bacnet", "81.2.69.160:47808", "not-tried", None)],
            &[],
        ),
    ];
    for (ms, ps, want) in table {
        let mut x = with_mappings(ms);
        x.hairpin = ps.clone();
        let fs = run(check_mappings, Some(&inv), Some(&x), &[], &[]);
        assert_eq!(ids(&fs), want, "{ps:?}");
        for f in &fs {
            if f.check_id == STATIC_FORWARD
                || (f.check_id == KNX_PORT_FORWARDED
                    && ps[0].outcome == "answered"
                    && f.evidence.facts.contains_key("hairpin"))
            {
                assert_eq!(f.evidence.raw_hex.as_deref(), Some("06100204004e"));
                assert!(
                    f.evidence.summary.to_string().contains("IP Router N146"),
                    "{}",
                    f.evidence.summary
                );
            }
            if f.check_id == HAIRPIN_INCONCLUSIVE {
                assert_eq!(f.severity, Severity::Info);
                assert!(f.evidence.summary.to_string().contains("mobile data"));
            }
        }
    }
    // The explained answer is in the mapping's evidence.
    let mut x = with_mappings(vec![knx_map()]);
    x.hairpin = vec![probe("knx", "81.2.69.160:3671", "answered", Some(true))];
    let fs = run(check_mappings, Some(&inv), Some(&x), &[], &[]);
    assert!(fs[0].evidence.facts["hairpin"].is_array());
    assert_eq!(fs[0].evidence.raw_hex.as_deref(), Some("06100204004e"));
    // An incomplete list changes the words of a static forward.
    let mut x = router();
    x.igd = None;
    x.hairpin = vec![probe("knx", "81.2.69.160:3671", "answered", None)];
    let fs = run(check_mappings, Some(&inv), Some(&x), &[], &[]);
    assert!(
        fs[0]
            .evidence
            .summary
            .to_string()
            .contains("could not be read")
    );
}

fn full_router() -> ExposureReport {
    let mut x = router();
    x.external_ip = Some("81.2.69.160".parse().unwrap());
    x.hairpin = vec![probe("knx", "81.2.69.160:3671", "no-answer", Some(true))];
    x
}

#[test]
fn services_table() {
    let cases: Vec<(&str, Option<ExposureReport>, &[&str])> = vec![
        ("not run", None, &[NOT_CHECKED]),
        (
            "fully checked",
            Some(full_router()),
            &[UPNP_ENABLED, EXTERNAL_IP_KNOWN],
        ),
        (
            "list cut short",
            Some({
                let mut x = full_router();
                x.igd.as_mut().unwrap().mappings_complete = false;
                x
            }),
            &[UPNP_ENABLED, UPNP_LIST_INCOMPLETE, EXTERNAL_IP_KNOWN],
        ),
        (
            "no UPnP, NAT-PMP and PCP answer",
            Some({
                let mut x = full_router();
                x.igd = Some(IgdReport::default());
                x.nat_pmp = Some(NatPmpReport {
                    available: true,
                    ..NatPmpReport::default()
                });
                x.pcp = Some(PcpReport {
                    available: true,
                    version: Some(2),
                    error: None,
                });
                x
            }),
            &[PORT_CONTROL_ENABLED, EXTERNAL_IP_KNOWN, NOT_CHECKED],
        ),
        ("no router", Some(ExposureReport::default()), &[NOT_CHECKED]),
    ];
    for (name, x, want) in cases {
        let fs = run(check_services, None, x.as_ref(), &[], &[]);
        assert_eq!(ids(&fs), want, "{name}");
    }
    let fs = run(
        check_services,
        None,
        Some(&ExposureReport::default()),
        &[],
        &[],
    );
    let s = fs[0].evidence.summary.to_string();
    assert!(
        s.contains("no router was found")
            && s.contains("port-forwarding list")
            && s.contains("no address to test"),
        "{s}"
    );
    let fs = run(check_services, None, Some(&full_router()), &[], &[]);
    assert_eq!(only(&fs, UPNP_ENABLED)[0].severity, Severity::Low);
    assert!(
        only(&fs, EXTERNAL_IP_KNOWN)[0]
            .evidence
            .summary
            .to_string()
            .contains("81.2.69.160")
    );
    // A carrier-grade NAT address is said to be not public.
    let mut x = full_router();
    x.external_ip = Some("100.64.3.4".parse().unwrap());
    let fs = run(check_services, None, Some(&x), &[], &[]);
    assert!(
        only(&fs, EXTERNAL_IP_KNOWN)[0]
            .evidence
            .summary
            .to_string()
            .contains("carrier-grade NAT")
    );
}
