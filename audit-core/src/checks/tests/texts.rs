use crate::checks::{REGISTRY, all_ids};
use crate::findings::remediation::{TEXTS, for_check, text};

/// Words a homeowner does not know. "UPnP" is allowed because the router's own menu calls the
/// switch that; a homeowner text that names it must explain it in the same breath
/// ("UPnP (a setting that ...").
const JARGON: &[&str] = &[
    "BVLC",
    "DIB",
    "IGD",
    "HPAI",
    "NPDU",
    "APDU",
    "BBMD",
    "SSDP",
    "FDT",
    "BDT",
    "FDSK",
    "ETS",
    "NAT-PMP",
    "PCP",
    "multicast",
    "hairpin",
    "tunnel",
    "DESCRIPTION_REQUEST",
    "Network Port",
    "WriteProperty",
    "DeviceCommunicationControl",
    "ReinitializeDevice",
    "Read-FDT",
    "TTL",
    "instance",
    "priority",
    "BACnet/SC",
    "Core v",
];

#[test]
fn every_emittable_check_id_has_a_complete_remediation_text() {
    let mut n = 0;
    for id in all_ids() {
        let r = for_check(id).unwrap_or_else(|| panic!("no assets/remediation/en/{id}.md"));
        for (name, s) in [
            ("why", &r.why),
            ("installer", &r.installer),
            ("homeowner", &r.homeowner),
            ("verify", &r.verify),
            ("ask your installer", &r.ask_installer),
        ] {
            assert!(!s.trim().is_empty(), "{id}: {name} empty");
        }
        assert!(!text(id).unwrap().title.is_empty());
        n += 1;
    }
    assert_eq!(n, TEXTS.len(), "a remediation file no check emits");
    // Ids are unique across checks and dotted in three parts.
    let mut ids: Vec<&str> = all_ids().collect();
    for id in &ids {
        assert_eq!(id.split('.').count(), 3, "{id}");
        assert!(
            id.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '.' || c == '_'),
            "{id}"
        );
    }
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n);
    assert!(!REGISTRY.is_empty());
}

#[test]
fn homeowner_texts_have_no_jargon() {
    for (id, _) in TEXTS {
        let r = for_check(id).unwrap();
        for (part, s) in [
            ("homeowner", &r.homeowner),
            ("ask your installer", &r.ask_installer),
        ] {
            for j in JARGON {
                assert!(!s.contains(j), "{id} {part}: jargon {j:?} in {s:?}");
            }
            assert!(!s.contains('`'), "{id} {part}: code in {s:?}");
        }
        if r.homeowner.contains("UPnP") {
            assert!(r.homeowner.contains("UPnP ("), "{id}: UPnP not explained");
        }
    }
}

#[test]
fn installer_texts_say_what_to_do_and_verify_says_how() {
    for (id, _) in TEXTS {
        let r = for_check(id).unwrap();
        let t = text(id).unwrap();
        assert!(t.title.len() <= 90, "{id}: title too long");
        // Checks that need action name how to see the fix with this tool.
        if !r.installer.starts_with("Nothing to fix") {
            assert!(
                r.verify.contains("bas-audit")
                    || r.verify.contains("check again")
                    || r.verify.contains("self-check")
                    || r.verify.contains("again"),
                "{id}: verify does not say how: {}",
                r.verify
            );
        }
    }
    let r = for_check("knx.gateway.port_forwarded").unwrap();
    assert!(r.verify.contains("red light turns green"));
    assert!(
        r.verify
            .contains("`bas-audit check --json` shows no `knx.gateway.port_forwarded`")
    );
    assert!(r.why.contains("15,700"));
    assert!(
        for_check("bacnet.device.port_forwarded")
            .unwrap()
            .why
            .contains("12,500")
    );
}

#[test]
fn checks_md_lists_every_id() {
    let doc = include_str!("../../../../docs/CHECKS.md");
    for id in all_ids() {
        assert!(
            doc.contains(&format!("| `{id}` |")),
            "docs/CHECKS.md misses {id}"
        );
    }
}
