use super::fixtures::*;
use crate::checks::verdict::{Light, verdict, verdict_with};
use crate::checks::{CheckInput, run_all};
use crate::findings::Finding;
use crate::inventory::{ExposureReport, IgdReport};

fn judged(inv: Option<&crate::inventory::Inventory>, x: Option<&ExposureReport>) -> Vec<Finding> {
    run_all(&CheckInput {
        inventory: inv,
        exposure: x,
        ..CheckInput::default()
    })
}

fn checked_router() -> ExposureReport {
    let mut x = router();
    x.external_ip = Some("81.2.69.160".parse().unwrap());
    x.hairpin = vec![probe("knx", "81.2.69.160:3671", "no-answer", Some(true))];
    x
}

#[test]
fn light_table() {
    let inv = inventory();
    let mut open_knx = inventory();
    open_knx.knx.gateways[0].secure_supported = false;
    let forwarded = with_mappings(vec![mapping("UDP", 3671, "192.168.1.10", 3671)]);
    let mut hairpin_only = router();
    hairpin_only.igd = Some(IgdReport::default());
    hairpin_only.hairpin = vec![probe("knx", "81.2.69.160:3671", "no-answer", Some(true))];
    let mut hairpin_unclear = hairpin_only.clone();
    hairpin_unclear.hairpin[0].router_hairpins = None;
    let table: Vec<(
        &str,
        Option<&crate::inventory::Inventory>,
        Option<ExposureReport>,
        Light,
    )> = vec![
        (
            "nothing found, router checked",
            Some(&inv),
            Some(checked_router()),
            Light::Green,
        ),
        (
            "nothing found, router probes not run",
            Some(&inv),
            None,
            Light::Amber,
        ),
        (
            "nothing found, no router",
            Some(&inv),
            Some(ExposureReport::default()),
            Light::Amber,
        ),
        (
            "router checked by hairpin only",
            Some(&inv),
            Some(hairpin_only),
            Light::Green,
        ),
        (
            "router not listable, hairpin inconclusive",
            Some(&inv),
            Some(hairpin_unclear),
            Light::Amber,
        ),
        (
            "medium finding",
            Some(&open_knx),
            Some(checked_router()),
            Light::Amber,
        ),
        ("port forward", Some(&inv), Some(forwarded), Light::Red),
    ];
    for (name, inv, x, want) in table {
        let fs = judged(inv, x.as_ref());
        let v = verdict_with(&fs, x.as_ref(), inv);
        assert_eq!(v.light, want, "{name}: {fs:#?}");
        assert!(
            !v.headline.is_empty() && !v.explanation.is_empty(),
            "{name}"
        );
        assert_eq!(verdict(&fs, x.as_ref()).light, want, "{name}");
        match want {
            Light::Green => {
                assert!(
                    v.not_checked
                        .iter()
                        .all(|s| !s.to_string().starts_with("your router:")),
                    "{name}: {:?}",
                    v.not_checked
                );
                assert!(
                    v.checked
                        .iter()
                        .any(|s| s.to_string().contains("internet address")),
                    "{name}: {:?}",
                    v.checked
                );
                assert!(v.ask_installer.is_empty(), "{name}");
            }
            Light::Amber | Light::Red => assert!(!v.ask_installer.is_empty(), "{name}"),
        }
    }
}

#[test]
fn red_names_the_internet_and_asks_to_close_it() {
    let inv = inventory();
    let x = with_mappings(vec![mapping("UDP", 3671, "192.168.1.10", 3671)]);
    let fs = judged(Some(&inv), Some(&x));
    let v = verdict_with(&fs, Some(&x), Some(&inv));
    assert!(v.headline.to_string().contains("internet"));
    assert!(
        v.ask_installer[0].to_string().contains("3671"),
        "{:?}",
        v.ask_installer
    );
    assert!(
        v.checked
            .iter()
            .any(|c| c.to_string().contains("2 BACnet devices and 1 KNX gateway")),
        "{:?}",
        v.checked
    );
    // A critical that is not exposure (value changed in the write test) is red, said otherwise.
    let r = crate::inventory::WriteTestResult {
        device_instance: 1,
        address: CTL.into(),
        outcome: "differs".into(),
        ..Default::default()
    };
    let fs = run_all(&CheckInput {
        inventory: Some(&inv),
        exposure: Some(&checked_router()),
        write_tests: std::slice::from_ref(&r),
        ..CheckInput::default()
    });
    let v = verdict(&fs, Some(&checked_router()));
    assert_eq!(v.light, Light::Red);
    assert!(
        !v.headline.to_string().contains("internet"),
        "{}",
        v.headline
    );
}

#[test]
fn homeowner_verdict_texts_have_no_jargon() {
    let inv = inventory();
    for x in [
        None,
        Some(checked_router()),
        Some(with_mappings(vec![mapping(
            "UDP",
            47808,
            "192.168.1.20",
            47808,
        )])),
    ] {
        let fs = judged(Some(&inv), x.as_ref());
        let v = verdict_with(&fs, x.as_ref(), Some(&inv));
        let all = [v.headline.clone(), v.explanation.clone()]
            .into_iter()
            .chain(v.checked.clone())
            .chain(v.not_checked.clone())
            .map(|t| t.to_string());
        for s in all {
            for j in [
                "IGD",
                "UPnP",
                "hairpin",
                "NAT",
                "BBMD",
                "SSDP",
                "InternetDB",
            ] {
                assert!(!s.contains(j), "{j} in {s:?}");
            }
        }
    }
}
