use super::fixtures::*;
use crate::checks::{CheckInput, run_all};
use crate::findings::Severity;

#[test]
fn run_all_sorts_by_severity_then_id_then_target() {
    let mut inv = inventory();
    inv.knx.gateways.push({
        let mut g = gateway();
        g.address = "192.168.1.12:3671".into();
        g.secure_supported = false;
        g
    });
    inv.bacnet.devices[0]
        .services_supported
        .push("reinitialize-device".into());
    let mut x = with_mappings(vec![
        mapping("UDP", 47808, "192.168.1.20", 47808),
        mapping("UDP", 3671, "192.168.1.10", 3671),
    ]);
    x.hairpin = vec![probe("knx", "81.2.69.160:3671", "no-answer", None)];
    let fs = run_all(&CheckInput {
        inventory: Some(&inv),
        exposure: Some(&x),
        ..CheckInput::default()
    });
    assert!(fs.len() >= 6, "{fs:#?}");
    for w in fs.windows(2) {
        let a = (w[0].severity, &w[0].check_id, w[0].target.to_string());
        let b = (w[1].severity, &w[1].check_id, w[1].target.to_string());
        assert!(a <= b, "{a:?} before {b:?}");
    }
    assert_eq!(fs[0].severity, Severity::Critical);
    assert_eq!(fs[0].check_id, "bacnet.device.port_forwarded");
    assert_eq!(fs[1].check_id, "knx.gateway.port_forwarded");
    assert_eq!(fs.last().unwrap().severity, Severity::Info);
    // Every finding carries its texts.
    for f in &fs {
        assert!(!f.remediation.installer.is_empty(), "{}", f.check_id);
    }
}

#[test]
fn nothing_gathered_only_says_the_router_was_not_checked() {
    let fs = run_all(&CheckInput::default());
    assert_eq!(ids(&fs), ["router.probes.not_checked"]);
}

#[test]
fn finding_json_has_the_design_keys() {
    let x = with_mappings(vec![mapping("UDP", 3671, "192.168.1.10", 3671)]);
    let inv = inventory();
    let fs = run_all(&CheckInput {
        inventory: Some(&inv),
        exposure: Some(&x),
        ..CheckInput::default()
    });
    let v = serde_json::to_value(&fs[0]).unwrap();
    for k in [
        "check_id",
        "severity",
        "target",
        "title",
        "evidence",
        "remediation",
    ] {
        assert!(v.get(k).is_some(), "key {k}");
    }
    assert_eq!(v["severity"], "critical");
    assert_eq!(v["check_id"], "knx.gateway.port_forwarded");
    for k in ["installer", "homeowner", "why", "verify", "ask_installer"] {
        assert!(
            v["remediation"][k].as_str().is_some_and(|s| !s.is_empty()),
            "remediation.{k}"
        );
    }
    for k in ["summary", "facts", "raw_hex"] {
        assert!(v["evidence"].get(k).is_some(), "evidence.{k}");
    }
    // Texts are words in the CLI JSON (they read back as plain text), ids when stored.
    assert!(v["title"].is_string() && v["target"].is_string());
    assert!(v["evidence"]["summary"].as_str().unwrap().contains("3671"));
    let back: crate::findings::Finding = serde_json::from_value(v.clone()).unwrap();
    assert_eq!(serde_json::to_value(&back).unwrap(), v);
    let stored = crate::text::storing(|| serde_json::to_value(&fs[0]).unwrap());
    assert_eq!(stored["title"]["id"], "exposure-title-knx-forwarded");
    let back: crate::findings::Finding = serde_json::from_value(stored).unwrap();
    assert_eq!(back, fs[0]);
    // A finding serialised before `ask_installer` existed still reads.
    let mut old = serde_json::to_value(&fs[0]).unwrap();
    old["remediation"]
        .as_object_mut()
        .unwrap()
        .remove("ask_installer");
    let back: crate::findings::Finding = serde_json::from_value(old).unwrap();
    assert!(back.remediation.ask_installer.is_empty());
}
