//! `bas-audit discover` run as a user would: on the built-in demo building (loopback only) and
//! with bad input. No test here sends anything outside 127.0.0.0/8.

use std::process::{Command, Output};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_bas-audit");

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .output()
        .expect("run bas-audit")
}

#[test]
fn demo_json_finds_the_whole_building() {
    let out = run(&[
        "discover",
        "--demo",
        "--json",
        "--rate",
        "200",
        "--timeout",
        "0.5",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON only");
    let devices = v["bacnet"]["devices"].as_array().unwrap();
    let mut instances: Vec<u64> = devices
        .iter()
        .map(|d| d["device_instance"].as_u64().unwrap())
        .collect();
    instances.sort_unstable();
    assert_eq!(instances, [1001, 2001, 2002, 2205, 3001, 4001]);
    for d in devices {
        for k in [
            "address",
            "network",
            "vendor_id",
            "vendor_name",
            "model_name",
            "firmware_revision",
            "object_name",
            "object_count",
        ] {
            assert!(!d[k].is_null(), "{k} of {}", d["device_instance"]);
        }
    }
    let vav = devices
        .iter()
        .find(|d| d["device_instance"] == 2205)
        .unwrap();
    assert_eq!(vav["network"], 2);
    assert_eq!(vav["routed"], true);
    assert_eq!(v["bacnet"]["routers"][0]["networks"][0], 2);
    assert_eq!(v["bacnet"]["bbmds"].as_array().unwrap().len(), 1);
    let gws = v["knx"]["gateways"].as_array().unwrap();
    assert_eq!(gws.len(), 2);
    let secure = gws
        .iter()
        .find(|g| g["individual_address"] == "1.1.0")
        .unwrap();
    assert_eq!(secure["secure_supported"], true);
    assert_eq!(secure["tunnelling_requires_secure"], true);
    assert_eq!(secure["routing_requires_secure"], false);
    assert!(secure["service_families"].as_array().unwrap().len() >= 4);
    // The estimate went to stderr, before the packets.
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("packets before any answer"), "{err}");
    assert!(v["packets_sent"].as_u64().unwrap() > 10);
}

#[test]
fn demo_text_names_devices_gateways_and_packets() {
    let out = run(&[
        "discover",
        "--demo",
        "--rate",
        "200",
        "--timeout",
        "0.5",
        "--verbose",
    ]);
    assert!(out.status.success());
    let s = String::from_utf8_lossy(&out.stdout);
    let sending = s.find("Sending").expect("estimate printed");
    let devices = s.find("BACnet/IP devices: 6").expect("devices");
    assert!(sending < devices, "estimate before results");
    for want in [
        "AHU-1 Controller",
        "VAV-2-05",
        "routed, MAC 05",
        "BDT ",
        "KNX IP Secure supported: tunnelling secured, routing NOT secured",
        "tunnel slots 3 free of 4",
        "serial differs",
        "KNXnet/IP gateways: 2",
    ] {
        assert!(s.contains(want), "missing {want:?} in\n{s}");
    }
    // --verbose: every packet on stderr with destination and service.
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("who-is-router-to-network"), "{err}");
    assert!(err.contains("search-request-extended"), "{err}");
}

#[test]
fn session_file_holds_the_result() {
    let dir = std::env::temp_dir().join(format!("bas-audit-discover-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("session.json");
    let out = run(&[
        "--demo",
        "discover",
        "--rate",
        "200",
        "--timeout",
        "0.5",
        "--session",
        path.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(v["bacnet"]["devices"].as_array().unwrap().len(), 6);
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn silent_target_gets_a_diagnosis() {
    // Nothing listens on 127.0.0.77 at this ephemeral port.
    let port = std::net::UdpSocket::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let target = format!("127.0.0.77:{port}");
    let out = run(&[
        "discover",
        "--target",
        &target,
        "--timeout",
        "0.2",
        "--rate",
        "200",
    ]);
    assert!(out.status.success());
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("Nothing was found"), "{s}");
    assert!(s.contains("No target answered at all"), "{s}");
    assert!(s.contains("firewall"), "{s}");
}

#[test]
fn bad_input_is_one_line_and_exit_2() {
    for args in [
        vec!["discover"],
        vec!["discover", "--target", "not-an-ip"],
        vec!["discover", "--demo", "--rate", "0"],
        vec!["discover", "--demo", "--rate", "1000"],
        vec!["discover", "--interface", "no-such-interface0"],
        vec!["discover", "--bind", "198.18.255.254"],
        vec!["discover", "--demo", "--bind", "127.0.0.1"],
    ] {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(err.trim().lines().count(), 1, "{args:?}: {err}");
        assert!(err.starts_with("bas-audit: "), "{args:?}: {err}");
        assert!(out.stdout.is_empty(), "{args:?}");
    }
}
