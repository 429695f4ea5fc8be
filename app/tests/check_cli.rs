//! `bas-audit check` run as a user would: on the built-in demo building (loopback only) and with
//! bad input. No test here sends anything outside 127.0.0.0/8.

use std::process::{Command, Output};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_bas-audit");

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .output()
        .expect("run bas-audit")
}

fn demo_json(extra: &[&str]) -> Value {
    let mut args = vec![
        "check",
        "--demo",
        "--json",
        "--rate",
        "200",
        "--timeout",
        "0.5",
    ];
    args.extend_from_slice(extra);
    let out = run(&args);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is JSON only")
}

#[test]
fn demo_json_follows_the_check_contract() {
    let v = demo_json(&[]);
    for key in [
        "inventory",
        "findings",
        "verdict",
        "exposure",
        "write_tests",
        "discovery",
    ] {
        assert!(v.get(key).is_some(), "missing top-level key {key}");
    }
    let devices = v["inventory"]["bacnet"]["devices"].as_array().unwrap();
    let mut instances: Vec<u64> = devices
        .iter()
        .map(|d| d["device_instance"].as_u64().unwrap())
        .collect();
    instances.sort_unstable();
    assert_eq!(instances, [1001, 2001, 2002, 2205, 3001, 4001]);
    assert_eq!(
        v["inventory"]["knx"]["gateways"].as_array().unwrap().len(),
        2
    );
    assert!(
        ["green", "amber", "red"].contains(&v["verdict"]["light"].as_str().unwrap()),
        "{}",
        v["verdict"]
    );
    assert!(v["exposure"].is_object(), "router probes run by default");
    // The demo home router forwards the KNX port to the KNX gateway, and lists it. The port
    // is 3671 unless something on this machine holds it (the app's own demo, another test):
    // then the demo building takes a free one, which its gateways' addresses show.
    let knx_port: u64 = v["inventory"]["knx"]["gateways"][0]["address"]
        .as_str()
        .and_then(|a| a.rsplit(':').next())
        .and_then(|p| p.parse().ok())
        .expect("the gateway's address has a port");
    let mappings = v["exposure"]["igd"]["mappings"].as_array().unwrap();
    assert!(
        mappings
            .iter()
            .any(|m| m["protocol"] == "UDP" && m["external_port"] == knx_port),
        "{mappings:?}"
    );
    assert_eq!(
        v["write_tests"],
        Value::Array(vec![]),
        "no write test unasked"
    );
    // ...on an address that stands for a public one (the default demo router), so the
    // verdict is red, its exposure state says so, and the first finding is that forward.
    assert_eq!(v["verdict"]["light"], "red", "{}", v["verdict"]);
    let x = &v["verdict"]["exposure"];
    assert_eq!(x["state"], "reachable", "{x}");
    assert_eq!(x["address"]["class"], "public");
    assert_eq!(x["address"]["simulated"], true);
    assert_eq!(x["forwards"][0]["mechanism"], "upnp");
    assert_eq!(x["forwards"][0]["check_id"], "knx.gateway.port_forwarded");
    assert!(
        x["headline"]
            .as_str()
            .unwrap()
            .contains("reached from the internet")
    );
    assert!(
        x["proof"][0]
            .as_str()
            .unwrap()
            .contains(&knx_port.to_string())
    );
    let findings = v["findings"].as_array().unwrap();
    assert_eq!(findings[0]["check_id"], "knx.gateway.port_forwarded");
    assert_eq!(findings[0]["severity"], "critical");
    for f in findings {
        for key in ["check_id", "severity", "target", "title"] {
            assert!(
                f[key].as_str().is_some_and(|s| !s.is_empty()),
                "finding without {key}: {f}"
            );
        }
        assert!(
            ["critical", "high", "medium", "low", "info"]
                .contains(&f["severity"].as_str().unwrap())
        );
        assert!(f["evidence"]["summary"].is_string());
        for who in ["installer", "homeowner"] {
            assert!(
                f["remediation"][who]
                    .as_str()
                    .is_some_and(|s| !s.trim().is_empty()),
                "{} has no {who} remediation",
                f["check_id"]
            );
        }
    }
}

#[test]
fn no_router_skips_the_router_and_write_test_needs_the_flag() {
    let v = demo_json(&["--no-router"]);
    assert!(v["exposure"].is_null(), "{}", v["exposure"]);
    assert!(v["write_tests"].as_array().unwrap().is_empty());

    let v = demo_json(&["--no-router", "--allow-write-test"]);
    let tests = v["write_tests"].as_array().unwrap();
    assert!(!tests.is_empty(), "write test allowed but not run");
    for t in tests {
        assert!(
            t["device_instance"].is_u64() && t["outcome"].is_string(),
            "{t}"
        );
    }
}

#[test]
fn session_file_loads_and_is_updated_in_place() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("audit.json");
    let p = path.to_str().unwrap();
    let v = demo_json(&["--session", p]);
    let s = audit_core::session::read_session_file(&path).expect("a readable session");
    assert_eq!(s.format_version, audit_core::session::FORMAT_VERSION);
    assert_eq!(s.inventory.bacnet.devices.len(), 6);
    assert_eq!(s.inventory.knx.gateways.len(), 2);
    assert_eq!(
        serde_json::to_value(&s.findings).unwrap(),
        v["findings"],
        "the session keeps the findings printed"
    );
    assert!(s.verdict.is_some() && s.exposure.is_some() && s.discovery.is_some());
    assert!(
        s.discovery_result().is_some(),
        "the Devices screen can be rebuilt"
    );

    // A second run updates the same audit (same id) rather than starting another.
    demo_json(&["--session", p, "--no-router"]);
    let again = audit_core::session::read_session_file(&path).unwrap();
    assert_eq!(again.id, s.id);
    assert!(again.exposure.is_none());

    // A file that is not a session is never overwritten.
    let other = dir.path().join("notes.json");
    std::fs::write(&other, b"my notes").unwrap();
    let out = run(&[
        "check",
        "--demo",
        "--no-router",
        "--timeout",
        "0.5",
        "--session",
        other.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read(&other).unwrap(), b"my notes");
}

#[test]
fn text_output_starts_with_the_verdict() {
    let out = run(&["check", "--demo", "--rate", "200", "--timeout", "0.5"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Router    ask"), "{text}");
    let verdict = text.find("\nVerdict   ").expect("a verdict line");
    let findings = text.find("\nFindings  ").expect("a findings line");
    assert!(verdict < findings, "{text}");
    assert!(
        text.contains("6 BACnet devices, 2 KNXnet/IP gateways"),
        "{text}"
    );
}

#[test]
fn write_test_consent_is_said_on_stderr() {
    let out = run(&[
        "check",
        "--demo",
        "--json",
        "--no-router",
        "--allow-write-test",
        "--timeout",
        "0.5",
    ]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("write test allowed"), "{err}");
    assert!(err.contains("same value"), "{err}");
}

#[test]
fn bad_input_is_one_line_and_exit_2() {
    for args in [
        vec!["check"],
        vec!["check", "--target", "not-an-ip"],
        vec!["check", "--demo", "--interface", "lo"],
        vec!["check", "--demo", "--rate", "0"],
        vec!["check", "--interface", "no-such-interface-xyz"],
        vec!["check", "--demo-router", "cgnat", "--target", "127.0.0.1"],
        vec!["check", "--demo", "--stun", "not a server"],
        vec!["check", "--demo", "--stun", "stun.example.net:0"],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim().lines().count(), 1, "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
    // clap refuses contradictory flags before anything runs.
    let out = run(&["check", "--demo", "--router", "127.0.0.1", "--no-router"]);
    assert!(!out.status.success());
    let out = run(&["check", "--demo", "--demo-router", "mars"]);
    assert!(!out.status.success());
    let out = run(&["check", "--demo", "--no-router", "--stun", "198.18.0.9"]);
    assert!(!out.status.success());
}

/// `--demo-router` picks the demo's home router: each shows its own exposure state, with a
/// light, headline and finding ids that agree.
#[test]
fn demo_routers_show_each_state() {
    for (kind, state, light, has, lacks) in [
        (
            "cgnat",
            "forwarded_behind_nat",
            "amber",
            "router.forward.behind_nat",
            "knx.gateway.port_forwarded",
        ),
        (
            "none",
            "nothing_found",
            "amber",
            "router.upnp.enabled",
            "router.forward.behind_nat",
        ),
    ] {
        let v = demo_json(&["--demo-router", kind]);
        let x = &v["verdict"]["exposure"];
        assert_eq!(x["state"], state, "{kind}: {x}");
        assert_eq!(v["verdict"]["light"], light, "{kind}");
        let ids: Vec<&str> = v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["check_id"].as_str().unwrap())
            .collect();
        assert!(ids.contains(&has), "{kind}: {ids:?}");
        assert!(!ids.contains(&lacks), "{kind}: {ids:?}");
        let head = v["verdict"]["headline"].as_str().unwrap();
        assert!(
            !head.contains("reached from the internet."),
            "{kind}: {head}"
        );
    }
    // The text names the state, the address class and what to do.
    let out = run(&[
        "check",
        "--demo",
        "--demo-router",
        "cgnat",
        "--rate",
        "200",
        "--timeout",
        "0.5",
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("Exposure  forwarded, behind the provider's network"),
        "{text}"
    );
    assert!(text.contains("shared with other customers"), "{text}");
}

/// The STUN consent names the server and what it learns, before anything is sent; the typed
/// address is said too. (The demo's router tells its address, so neither is needed there:
/// this only shows what the user is told. STUN goes to a loopback address nothing answers on.)
#[test]
fn stun_and_typed_address_are_said_before_the_job() {
    let out = run(&[
        "check",
        "--demo",
        "--json",
        "--timeout",
        "0.5",
        "--stun",
        "127.0.0.99:3478",
        "--external-ip",
        "127.0.0.98",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("STUN server 127.0.0.99:3478"), "{err}");
    assert!(
        err.contains("learns this site's public internet address"),
        "{err}"
    );
    assert!(err.contains("127.0.0.98"), "{err}");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    // A loopback STUN server is asked only inside the demo's stand-in internet (elsewhere it
    // is refused); nothing answers there, and the report says so.
    let stun = &v["exposure"]["stun"];
    assert_eq!(stun["server"], "127.0.0.99:3478", "{stun}");
    assert!(stun["error"].is_string(), "{stun}");
    assert_eq!(v["exposure"]["typed_external_ip"], "127.0.0.98");
}

/// Writes a learning watch saw, and the device acknowledged, turn into "writes confirmed"
/// (eval/pcaps/learn.pcap: the workstation's WriteProperty requests, each answered with a
/// SimpleACK). The demo building does not hold those devices, so the finding names the written
/// address; without the model the finding does not appear.
#[test]
fn watch_model_upgrades_observed_writes_to_confirmed() {
    let dir = std::env::temp_dir().join(format!("bas-check-model-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let model = dir.join("model.json");
    let pcap = concat!(env!("CARGO_MANIFEST_DIR"), "/../eval/pcaps/learn.pcap");
    let out = run(&[
        "watch",
        "learn",
        "--pcap",
        pcap,
        "--model",
        model.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let confirmed = |v: &Value| -> Vec<Value> {
        v["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["check_id"] == "bacnet.device.writes_confirmed")
            .cloned()
            .collect()
    };
    let without = demo_json(&["--no-router"]);
    assert!(confirmed(&without).is_empty());
    let with = demo_json(&["--no-router", "--watch-model", model.to_str().unwrap()]);
    let found = confirmed(&with);
    assert!(!found.is_empty(), "{:#?}", with["findings"]);
    assert!(found.iter().all(|f| f["severity"] == "high"));
    let summary = found[0]["evidence"]["summary"].as_str().unwrap();
    assert!(summary.contains("198.18."), "{summary}");
    // A file that is not a model is refused with one line naming it.
    let bad = run(&["check", "--demo", "--no-router", "--watch-model", pcap]);
    assert_eq!(bad.status.code(), Some(2));
    let err = String::from_utf8_lossy(&bad.stderr);
    assert!(err.contains("not a watch model"), "{err}");
    let _ = std::fs::remove_dir_all(&dir);
}
