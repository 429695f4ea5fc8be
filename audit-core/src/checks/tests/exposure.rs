//! The exposure states: one table of router situations, each with the state, the light, the
//! headline, the forward ids and their mechanism; and the rules that hold for every row (the
//! headline says "nothing open" only when nothing is open as far as checked, and "reached from
//! the internet" only for a public address).

use super::fixtures::*;
use crate::checks::exposure::{ExposureState, Mechanism, assess};
use crate::checks::verdict::{Light, verdict_with};
use crate::checks::{CheckInput, run_all};
use crate::findings::Severity;
use crate::inventory::{
    AddressSource, ExposureReport, IgdReport, InternetDbReport, NatPmpReport, PcpReport,
    SimulatedInternet, StunReport,
};
use crate::net::AddressClass;

const SHARED: &str = "100.64.7.9";
const PRIVATE: &str = "192.168.0.2";

fn with_address(mut x: ExposureReport, ip: Option<&str>, source: AddressSource) -> ExposureReport {
    x.external_ip = ip.map(|i| i.parse().unwrap());
    x.external_ip_source = ip.map(|_| source);
    x
}

fn knx_listed(ip: Option<&str>) -> ExposureReport {
    with_address(
        with_mappings(vec![mapping("UDP", 3671, "192.168.1.10", 3671)]),
        ip,
        AddressSource::Upnp,
    )
}

/// A router without UPnP (no answer to the search).
fn no_upnp(ip: Option<&str>) -> ExposureReport {
    let mut x = router();
    x.igd = Some(IgdReport::default());
    with_address(x, ip, AddressSource::Typed)
}

fn nat_pmp_on(mut x: ExposureReport) -> ExposureReport {
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
}

fn answered_on(mut x: ExposureReport, ip: &str, port: u16) -> ExposureReport {
    let proto = if port == 3671 { "knx" } else { "bacnet" };
    x.hairpin
        .push(probe(proto, &format!("{ip}:{port}"), "answered", None));
    x
}

fn silent(mut x: ExposureReport, ip: &str, hairpins: Option<bool>) -> ExposureReport {
    x.hairpin = vec![
        probe("knx", &format!("{ip}:3671"), "no-answer", hairpins),
        probe("bacnet", &format!("{ip}:47808"), "no-answer", hairpins),
    ];
    x
}

struct Row {
    name: &'static str,
    x: Option<ExposureReport>,
    state: ExposureState,
    light: Light,
    /// Forward finding ids with their severity.
    forwards: Vec<(&'static str, Severity)>,
    mechanism: Option<Mechanism>,
    headline: &'static str,
}

fn rows() -> Vec<Row> {
    vec![
        Row {
            name: "router probes not run",
            x: None,
            state: ExposureState::Undetermined,
            light: Light::Amber,
            forwards: vec![],
            mechanism: None,
            headline: "exposure-undetermined-headline",
        },
        Row {
            name: "no router",
            x: Some(ExposureReport::default()),
            state: ExposureState::Undetermined,
            light: Light::Amber,
            forwards: vec![],
            mechanism: None,
            headline: "exposure-undetermined-headline",
        },
        Row {
            name: "UPnP mapping on a public address",
            x: Some(knx_listed(Some(WAN))),
            state: ExposureState::Reachable,
            light: Light::Red,
            forwards: vec![("knx.gateway.port_forwarded", Severity::Critical)],
            mechanism: Some(Mechanism::Upnp),
            headline: "exposure-reachable-headline",
        },
        Row {
            name: "UPnP mapping behind carrier-grade NAT",
            x: Some(knx_listed(Some(SHARED))),
            state: ExposureState::ForwardedBehindNat,
            light: Light::Amber,
            forwards: vec![("router.forward.behind_nat", Severity::High)],
            mechanism: Some(Mechanism::Upnp),
            headline: "exposure-behind-nat-headline",
        },
        Row {
            name: "UPnP mapping behind another router (private address)",
            x: Some(knx_listed(Some(PRIVATE))),
            state: ExposureState::ForwardedBehindNat,
            light: Light::Amber,
            forwards: vec![("router.forward.behind_nat", Severity::High)],
            mechanism: Some(Mechanism::Upnp),
            headline: "exposure-behind-router-headline",
        },
        Row {
            name: "UPnP mapping, address unknown",
            x: Some(knx_listed(None)),
            state: ExposureState::ForwardedAddressUnknown,
            light: Light::Amber,
            forwards: vec![("router.forward.address_unknown", Severity::High)],
            mechanism: Some(Mechanism::Upnp),
            headline: "exposure-address-unknown-headline",
        },
        Row {
            name: "static forward found by the hairpin probe, no UPnP, no NAT-PMP",
            x: Some(answered_on(no_upnp(Some(WAN)), WAN, 47808)),
            state: ExposureState::Reachable,
            light: Light::Red,
            forwards: vec![("router.hairpin.static_forward", Severity::Critical)],
            mechanism: Some(Mechanism::ByHand),
            headline: "exposure-reachable-headline",
        },
        Row {
            name: "unlisted forward while NAT-PMP is on (UPnP off)",
            x: Some(answered_on(nat_pmp_on(no_upnp(Some(WAN))), WAN, 47808)),
            state: ExposureState::Reachable,
            light: Light::Red,
            forwards: vec![("router.hairpin.unlisted_forward", Severity::Critical)],
            mechanism: Some(Mechanism::PortControlOrByHand),
            headline: "exposure-reachable-headline",
        },
        Row {
            name: "unlisted forward, UPnP list cut short",
            x: Some({
                let mut x = answered_on(router(), WAN, 3671);
                x.igd.as_mut().unwrap().mappings_complete = false;
                x
            }),
            state: ExposureState::Reachable,
            light: Light::Red,
            forwards: vec![("router.hairpin.unlisted_forward", Severity::Critical)],
            mechanism: Some(Mechanism::Unknown),
            headline: "exposure-reachable-headline",
        },
        Row {
            name: "static forward answering on a shared address",
            x: Some(answered_on(no_upnp(Some(SHARED)), SHARED, 3671)),
            state: ExposureState::ForwardedBehindNat,
            light: Light::Amber,
            forwards: vec![("router.forward.behind_nat", Severity::High)],
            mechanism: Some(Mechanism::ByHand),
            headline: "exposure-behind-nat-headline",
        },
        Row {
            name: "no UPnP, no address: a forward set by hand cannot be excluded",
            x: Some(no_upnp(None)),
            state: ExposureState::Undetermined,
            light: Light::Amber,
            forwards: vec![],
            mechanism: None,
            headline: "exposure-undetermined-headline",
        },
        Row {
            name: "no UPnP, knock silent on a router not known to loop back",
            x: Some(silent(no_upnp(Some(WAN)), WAN, None)),
            state: ExposureState::Undetermined,
            light: Light::Amber,
            forwards: vec![],
            mechanism: None,
            headline: "exposure-undetermined-headline",
        },
        Row {
            name: "NAT-PMP only, knock silent",
            x: Some(silent(nat_pmp_on(no_upnp(Some(WAN))), WAN, Some(false))),
            state: ExposureState::Undetermined,
            light: Light::Amber,
            forwards: vec![],
            mechanism: None,
            headline: "exposure-undetermined-headline",
        },
        Row {
            name: "UPnP on, empty list read to the end",
            x: Some(silent(router(), WAN, None)),
            state: ExposureState::NothingFound,
            light: Light::Green,
            forwards: vec![],
            mechanism: None,
            headline: "exposure-nothing-headline",
        },
        Row {
            name: "no UPnP, every probe silent on a router proven to loop back",
            x: Some(silent(no_upnp(Some(WAN)), WAN, Some(true))),
            state: ExposureState::NothingFound,
            light: Light::Green,
            forwards: vec![],
            mechanism: None,
            headline: "exposure-nothing-headline",
        },
        Row {
            name: "public index lists 47808",
            x: Some({
                let mut x = router();
                x.internetdb = Some(InternetDbReport {
                    ip: Some(WAN.parse().unwrap()),
                    listed: true,
                    ports: vec![47808, 443],
                    ..InternetDbReport::default()
                });
                x
            }),
            state: ExposureState::Reachable,
            light: Light::Red,
            forwards: vec![],
            mechanism: None,
            headline: "exposure-reachable-headline",
        },
    ]
}

#[test]
fn states_lights_headlines_and_ids_agree() {
    let inv = inventory();
    for r in rows() {
        let a = assess(r.x.as_ref(), Some(&inv));
        assert_eq!(a.state, r.state, "{}: {a:#?}", r.name);
        let fs = run_all(&CheckInput {
            inventory: Some(&inv),
            exposure: r.x.as_ref(),
            ..CheckInput::default()
        });
        // Only the exposure state decides the light here: the fixture's site has nothing else.
        let v = verdict_with(&fs, r.x.as_ref(), Some(&inv));
        assert_eq!(v.light, r.light, "{}", r.name);
        assert_eq!(v.headline.id(), Some(r.headline), "{}", r.name);
        assert_eq!(v.exposure.as_ref(), Some(&a), "{}", r.name);
        let forward_ids = [
            "knx.gateway.port_forwarded",
            "bacnet.device.port_forwarded",
            "router.mapping.to_device",
            "router.hairpin.static_forward",
            "router.hairpin.unlisted_forward",
            "router.forward.behind_nat",
            "router.forward.address_unknown",
        ];
        let got: Vec<(&str, Severity)> = fs
            .iter()
            .filter(|f| forward_ids.contains(&f.check_id.as_str()))
            .map(|f| (f.check_id.as_str(), f.severity))
            .collect();
        assert_eq!(got, r.forwards, "{}", r.name);
        assert_eq!(
            a.forwards
                .iter()
                .map(|f| f.check_id.as_str())
                .collect::<Vec<_>>(),
            r.forwards.iter().map(|(id, _)| *id).collect::<Vec<_>>(),
            "{}",
            r.name
        );
        assert_eq!(
            a.forwards.first().map(|f| f.mechanism),
            r.mechanism,
            "{}",
            r.name
        );
        // Every state says what it means and what was (not) checked.
        assert!(
            !a.explanation.is_empty() && !a.headline.is_empty(),
            "{}",
            r.name
        );
        assert_eq!(
            a.proof.len(),
            a.forwards.len() + usize::from(!a.indexed_ports.is_empty())
        );
        if a.state != ExposureState::NothingFound || !a.hand_forwards_excluded {
            assert!(!a.not_checked.is_empty(), "{}", r.name);
        }
    }
}

#[test]
fn no_headline_claims_more_than_was_proven() {
    let inv = inventory();
    for r in rows() {
        let fs = run_all(&CheckInput {
            inventory: Some(&inv),
            exposure: r.x.as_ref(),
            ..CheckInput::default()
        });
        let v = verdict_with(&fs, r.x.as_ref(), Some(&inv));
        let a = v.exposure.as_ref().unwrap();
        let head = v.headline.to_string().to_lowercase();
        let says_nothing = head.contains("nothing open") || head.contains("nothing is open");
        assert_eq!(
            says_nothing,
            a.state == ExposureState::NothingFound,
            "{}: {head}",
            r.name
        );
        if says_nothing {
            assert!(a.listed_complete || a.hand_forwards_excluded, "{}", r.name);
        }
        let says_reachable =
            head.contains("reached from the internet") && !head.contains("whether");
        assert_eq!(
            says_reachable,
            a.state == ExposureState::Reachable,
            "{}: {head}",
            r.name
        );
        if says_reachable && a.indexed_ports.is_empty() {
            assert!(
                a.forwards
                    .iter()
                    .any(|f| f.class == Some(AddressClass::Public)),
                "{}",
                r.name
            );
        }
        // No finding says "from the internet" in its title unless its address is public.
        for f in &fs {
            if f.title.to_string().contains("from the internet") {
                assert_eq!(f.severity, Severity::Critical, "{}: {}", r.name, f.check_id);
            }
        }
    }
}

#[test]
fn a_forward_set_by_hand_that_cannot_be_excluded_is_said_plainly() {
    let a = assess(Some(&no_upnp(None)), None);
    let not = a
        .not_checked
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" | ");
    assert!(not.contains("a door set by hand"), "{not}");
    assert!(not.contains("status page"), "{not}");
    assert!(
        a.what_to_do
            .iter()
            .any(|t| t.to_string().contains("status page")),
        "{:?}",
        a.what_to_do
    );
    // NAT-PMP without a list: said that it cannot be listed (in words for the homeowner, by
    // name in the finding for the installer).
    let x = silent(nat_pmp_on(no_upnp(Some(WAN))), WAN, Some(false));
    let a = assess(Some(&x), None);
    assert!(
        a.not_checked
            .iter()
            .any(|t| t.to_string().contains("cannot list")),
        "{:?}",
        a.not_checked
    );
    let fs = run_all(&CheckInput {
        exposure: Some(&x),
        ..CheckInput::default()
    });
    let pc = only(&fs, "router.port_control.enabled");
    assert!(
        pc[0].evidence.summary.to_string().contains("cannot list"),
        "{}",
        pc[0].evidence.summary
    );
}

#[test]
fn the_stun_address_tests_the_path_through_another_nat() {
    // The router's own address is shared, its UPnP forward answered a probe of the public
    // address STUN named: the provider (or a router in front) passes it on, reachable.
    let mut x = knx_listed(Some(SHARED));
    x.stun = Some(StunReport {
        server: "stun.example.net:3478".into(),
        mapped: Some(format!("{WAN}:40000").parse().unwrap()),
        ..StunReport::default()
    });
    x.hairpin = vec![
        probe("knx", &format!("{SHARED}:3671"), "no-answer", Some(false)),
        probe("knx", &format!("{WAN}:3671"), "answered", None),
    ];
    let a = assess(Some(&x), None);
    assert_eq!(a.state, ExposureState::Reachable);
    let f = &a.forwards[0];
    assert_eq!(f.answered_on, Some(WAN.parse().unwrap()));
    assert_eq!(f.class, Some(AddressClass::Public));
    assert_eq!(f.check_id, "knx.gateway.port_forwarded");
    assert_eq!(
        a.internet_view.as_ref().unwrap().class,
        AddressClass::Public
    );
    // The same without the answer on the public address: behind the provider's NAT.
    x.hairpin.pop();
    assert_eq!(
        assess(Some(&x), None).state,
        ExposureState::ForwardedBehindNat
    );
    // A STUN answer with an error is not the internet's view.
    x.stun.as_mut().unwrap().error = Some(crate::text::Text::plain("names the LAN"));
    assert!(assess(Some(&x), None).internet_view.is_none());
}

#[test]
fn the_stand_in_internet_of_the_lab_counts_as_public_only_where_it_is_said() {
    let lab_wan = "198.19.0.1";
    let x = knx_listed(Some(lab_wan));
    assert_eq!(
        assess(Some(&x), None).state,
        ExposureState::ForwardedBehindNat
    );
    let mut sim = x.clone();
    sim.simulated_internet = SimulatedInternet::parse_public("198.19.0.0/24");
    let a = assess(Some(&sim), None);
    assert_eq!(a.state, ExposureState::Reachable);
    assert!(a.address.as_ref().unwrap().simulated);
    assert!(
        a.address
            .as_ref()
            .map(crate::checks::exposure::address_words)
            .unwrap()
            .to_string()
            .contains("stands for a public")
    );
    // The lab's carrier-grade-NAT WAN, as the provider's shared space: behind its NAT.
    let cgnat = knx_listed(Some("198.19.100.1"));
    let mut shared = cgnat.clone();
    shared.simulated_internet = SimulatedInternet::parse("198.19.100.0/24", AddressClass::Shared);
    let a = assess(Some(&shared), None);
    assert_eq!(a.state, ExposureState::ForwardedBehindNat);
    assert_eq!(a.address.as_ref().unwrap().class, AddressClass::Shared);
    assert_eq!(a.forwards[0].check_id, "router.forward.behind_nat");
    assert!(SimulatedInternet::parse("100.64.0.0/10", AddressClass::Shared).is_none());
    assert!(SimulatedInternet::parse("198.19.100.0/24", AddressClass::Private).is_none());
    // Nothing outside loopback and 198.18.0.0/15 can be made public, not even from a file.
    assert!(SimulatedInternet::parse_public("100.64.0.0/10").is_none());
    assert!(SimulatedInternet::parse_public("192.168.0.0/16").is_none());
    assert!(SimulatedInternet::parse_public("198.16.0.0/12").is_none());
    assert!(
        SimulatedInternet::new("127.0.0.3".parse().unwrap(), 32, AddressClass::Private).is_none()
    );
    let forged = r#"{"net":"10.0.0.0","prefix":8,"class":"public"}"#;
    assert!(serde_json::from_str::<SimulatedInternet>(forged).is_err());
    let ok = r#"{"net":"198.19.0.0","prefix":24,"class":"public"}"#;
    assert!(serde_json::from_str::<SimulatedInternet>(ok).is_ok());
}

#[test]
fn homeowner_state_texts_have_no_jargon() {
    let inv = inventory();
    for r in rows() {
        let a = assess(r.x.as_ref(), Some(&inv));
        let all = [a.headline.clone(), a.explanation.clone(), a.state.words()]
            .into_iter()
            .chain(a.what_to_do.clone())
            .chain(a.checked.clone())
            .chain(a.not_checked.clone())
            .map(|t| t.to_string());
        for s in all {
            for j in ["IGD", "hairpin", "NAT", "PCP", "SSDP", "InternetDB", "STUN"] {
                assert!(!s.contains(j), "{}: {j} in {s:?}", r.name);
            }
            // The router's menu calls it UPnP; where it is named, it is explained.
            assert!(
                !s.contains("UPnP") || s.contains("UPnP (the automatic port opening)"),
                "{}: {s:?}",
                r.name
            );
        }
    }
}
