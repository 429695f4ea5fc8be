//! `bas-audit watch learn|detect` run as a user would: on the lab captures (eval/pcaps), and
//! live inside a network namespace this test creates (root only; skipped with a message
//! otherwise, unless BAS_AUDIT_REQUIRE_PEERS=1, which makes a missing root a failure).
//!
//! Network safety: the live tests create their own namespace with a dummy interface in
//! 198.18.9.0/24, run the binary only inside it (`ip netns exec`), send only to addresses in
//! that namespace, and delete it afterwards.

use std::path::PathBuf;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_bas-audit");

fn lab(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../eval/pcaps")
        .join(name)
}

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .output()
        .expect("run bas-audit")
}

/// A fresh path per call: tests run in parallel and must not share a model file.
fn tmp(name: &str) -> PathBuf {
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("bas-watch-cli-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir.join(name)
}

fn learn_model() -> PathBuf {
    let model = tmp("model.json");
    let out = run(&[
        "watch",
        "learn",
        "--pcap",
        lab("learn.pcap").to_str().unwrap(),
        "--model",
        model.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Learned   1119 messages"), "{text}");
    assert!(text.contains("AHU-2 supply setpoint"), "{text}");
    model
}

#[test]
fn learn_then_detect_as_json_and_as_text() {
    let model = learn_model();
    let m: Value = serde_json::from_str(&std::fs::read_to_string(&model).unwrap()).unwrap();
    assert_eq!(m["format"], "bas-audit-watch-baseline");
    let out = run(&[
        "watch",
        "detect",
        "--pcap",
        lab("attack-2-tampering1.pcap").to_str().unwrap(),
        "--model",
        model.to_str().unwrap(),
        "--json",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let alerts = v["alerts"].as_array().unwrap();
    assert!(!alerts.is_empty());
    for a in alerts {
        for k in [
            "detector", "time", "source", "summary", "severity", "normal", "action",
        ] {
            assert!(a.get(k).is_some(), "alert lacks {k}: {a}");
        }
    }
    assert!(alerts.iter().any(|a| a["rule"] == "new-writer"));
    assert!(v["stats"]["messages"].as_u64().unwrap() > 0);
    assert!(v["stats"]["malformed"].is_u64());

    let out = run(&[
        "watch",
        "detect",
        "--pcap",
        lab("validate.pcap").to_str().unwrap(),
        "--model",
        model.to_str().unwrap(),
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("No alerts"), "{text}");
    let out = run(&[
        "watch",
        "detect",
        "--pcap",
        lab("attack-3-tampering2.pcap").to_str().unwrap(),
        "--model",
        model.to_str().unwrap(),
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("[HIGH]") && text.contains("To do:"), "{text}");
}

#[test]
fn bad_input_is_one_line_and_exit_2() {
    let model = learn_model();
    let not_json = tmp("not-a-model.json");
    std::fs::write(&not_json, "hello").unwrap();
    let learn_pcap = lab("learn.pcap");
    let learn_pcap = learn_pcap.to_str().unwrap();
    let x = tmp("x.json");
    let x = x.to_str().unwrap();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec![
                "watch",
                "detect",
                "--pcap",
                "/nonexistent.pcap",
                "--model",
                model.to_str().unwrap(),
            ],
            "cannot open",
        ),
        (
            vec![
                "watch",
                "detect",
                "--pcap",
                learn_pcap,
                "--model",
                "/nonexistent.json",
            ],
            "cannot read the model",
        ),
        (
            vec![
                "watch",
                "detect",
                "--pcap",
                learn_pcap,
                "--model",
                not_json.to_str().unwrap(),
            ],
            "not a model",
        ),
        (
            vec![
                "watch",
                "learn",
                "--pcap",
                learn_pcap,
                "--model",
                x,
                "--interval",
                "0",
            ],
            "interval",
        ),
        (vec!["watch", "learn", "--model", "m.json"], "--pcap"),
        (
            vec![
                "watch", "learn", "--pcap", "a.pcap", "--live", "5", "--model", "m.json",
            ],
            "cannot be used with",
        ),
    ];
    for (args, says) in cases {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(says), "{args:?}: {err}");
    }
}

fn knx(name: &str) -> String {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../eval/knx")
        .join(name)
        .to_str()
        .unwrap()
        .to_owned()
}

#[test]
fn ets_export_names_knx_groups_and_the_session_keeps_model_alerts_and_table() {
    let model = tmp("knx-model.json");
    let session = tmp("audit.json");
    let (model_s, session_s) = (model.to_str().unwrap(), session.to_str().unwrap());
    let ets = knx("ets/building.csv");
    let out = run(&[
        "watch",
        "learn",
        "--pcap",
        &knx("pcaps/learn.pcap"),
        "--model",
        model_s,
        "--ets",
        &ets,
        "--session",
        session_s,
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("KNX       26 groups: 26 typed from the ETS project building.csv"),
        "{text}"
    );
    assert!(
        text.contains("Living room temperature          21.36 °C–21.94 °C"),
        "{text}"
    );
    assert!(
        text.contains("ETS       building.csv (ETS CSV export, three name columns): 27 group addresses, 27 with a datapoint type"),
        "{text}"
    );
    // The session: the model, where it came from, and the ETS table.
    let s: Value = serde_json::from_str(&std::fs::read_to_string(&session).unwrap()).unwrap();
    assert_eq!(s["knx_project"]["groups"].as_array().unwrap().len(), 27);
    assert_eq!(s["watch"]["model"]["version"], 2);
    assert!(
        s["watch"]["model_origin"]
            .as_str()
            .unwrap()
            .starts_with("learned from "),
        "{s}"
    );
    // Detect with the session's table (no --ets): names and units, and the alerts kept.
    let out = run(&[
        "watch",
        "detect",
        "--pcap",
        &knx("pcaps/attack-3-spoof-sensor.pcap"),
        "--model",
        model_s,
        "--session",
        session_s,
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(
            "Living room temperature (3/1/1) reported 84.96 °C from knx 1.1.11, which a room \
             does not reach (-10 °C to 50 °C)"
        ),
        "{text}"
    );
    let s: Value = serde_json::from_str(&std::fs::read_to_string(&session).unwrap()).unwrap();
    let alerts = s["watch"]["alerts"].as_array().unwrap();
    assert!(!alerts.is_empty());
    // Stored as message ids, so a saved audit can be shown in another language.
    assert_eq!(
        alerts[0]["summary"]["id"], "watch-knx-implausible-reported",
        "{}",
        alerts[0]
    );
    // A model without the table, given one at detection: the same names.
    let plain = tmp("plain.json");
    let out = run(&[
        "watch",
        "learn",
        "--pcap",
        &knx("pcaps/learn.pcap"),
        "--model",
        plain.to_str().unwrap(),
    ]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("26 with types inferred from traffic"),
        "{text}"
    );
    let out = run(&[
        "watch",
        "detect",
        "--pcap",
        &knx("pcaps/attack-2-setpoint.pcap"),
        "--model",
        plain.to_str().unwrap(),
        "--ets",
        &knx("ets/building.xml"),
        "--json",
    ]);
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        v["alerts"].as_array().unwrap().iter().any(|a| a["summary"]
            .as_str()
            .unwrap()
            .starts_with("Living room setpoint (3/2/1) written to 45 °C by knx 1.0.200")),
        "{v}"
    );
}

#[test]
fn a_bad_ets_file_is_one_line_and_exit_2() {
    let bad = tmp("groups.csv");
    std::fs::write(&bad, "\"Name\";\"Something\"\n\"a\";\"b\"\n").unwrap();
    let out = run(&[
        "watch",
        "learn",
        "--pcap",
        &knx("pcaps/learn.pcap"),
        "--model",
        tmp("m.json").to_str().unwrap(),
        "--ets",
        bad.to_str().unwrap(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("groups.csv") && err.contains("not an ETS group-address export"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

// ---- live, inside a namespace ----

fn root_or_skip(test: &str) -> bool {
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    if !root {
        if std::env::var("BAS_AUDIT_REQUIRE_PEERS").as_deref() == Ok("1") {
            panic!("{test}: needs root for network namespaces (BAS_AUDIT_REQUIRE_PEERS=1)");
        }
        eprintln!("skipped {test}: needs root to create a network namespace");
    }
    root
}

/// A namespace with an interface 198.18.9.1/24 that leads nowhere; deleted on drop.
struct Netns {
    name: String,
}

impl Netns {
    fn new(tag: &str) -> Netns {
        let name = format!("bw-t-{tag}-{}", std::process::id());
        let ip = |args: &[&str]| {
            let st = Command::new("ip").args(args).status().unwrap();
            assert!(st.success(), "ip {args:?}");
        };
        ip(&["netns", "add", &name]);
        let ns = Netns { name };
        let n = ns.name.as_str();
        ip(&["-n", n, "link", "set", "lo", "up"]);
        // A veth pair with both ends inside the namespace: an interface that leads nowhere.
        ip(&[
            "-n", n, "link", "add", "d0", "type", "veth", "peer", "name", "d1",
        ]);
        ip(&["-n", n, "addr", "add", "198.18.9.1/24", "dev", "d0"]);
        ip(&["-n", n, "link", "set", "d1", "up"]);
        ip(&["-n", n, "link", "set", "d0", "up", "multicast", "on"]);
        ip(&["-n", n, "route", "add", "224.0.0.0/4", "dev", "d0"]);
        ns
    }

    fn spawn(&self, args: &[&str]) -> Child {
        Command::new("ip")
            .args(["netns", "exec", &self.name])
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    }

    /// Send one datagram (hex) inside the namespace.
    fn send(&self, to: &str, port: u16, hex: &str) {
        let script = format!(
            "import socket; s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM); \
             s.sendto(bytes.fromhex('{hex}'), ('{to}', {port}))"
        );
        let st = Command::new("ip")
            .args(["netns", "exec", &self.name, "python3", "-c", &script])
            .status()
            .unwrap();
        assert!(st.success());
    }
}

impl Drop for Netns {
    fn drop(&mut self) {
        let _ = Command::new("ip")
            .args(["netns", "del", &self.name])
            .status();
    }
}

/// Who-Is (BVLC original-unicast, NPDU, unconfirmed who-is).
const WHO_IS: &str = "810a000801001008";
/// KNXnet/IP SEARCH_REQUEST with a NAT HPAI.
const SEARCH: &str = "06100201000e0801000000000000";

fn wait_json(child: Child, limit: Duration) -> Value {
    let start = Instant::now();
    let out = child.wait_with_output().unwrap();
    assert!(start.elapsed() < limit, "took too long");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn live_udp_listening_sees_bacnet_and_knx_inside_a_namespace() {
    if !root_or_skip("live_udp_listening") {
        return;
    }
    let ns = Netns::new("udp");
    let model = learn_model();
    let child = ns.spawn(&[
        BIN,
        "watch",
        "detect",
        "--live",
        "8",
        "--model",
        model.to_str().unwrap(),
        "--json",
    ]);
    // The listener must be bound before the datagrams leave; under load start-up can take
    // seconds, and the listening window is long enough to absorb a generous wait.
    std::thread::sleep(Duration::from_millis(3500));
    for _ in 0..3 {
        ns.send("198.18.9.1", 47808, WHO_IS);
        ns.send("224.0.23.12", 3671, SEARCH);
    }
    let v = wait_json(child, Duration::from_secs(20));
    assert_eq!(v["stats"]["source"], "udp");
    assert_eq!(v["stats"]["messages"], 6, "{v}");
    assert_eq!(v["stats"]["malformed"], 0, "{v}");
    // 198.18.9.1 was never seen while learning.
    assert!(
        v["alerts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["rule"] == "new-host"),
        "{v}"
    );
}

#[test]
fn live_raw_capture_sees_traffic_inside_a_namespace() {
    if !root_or_skip("live_raw_capture") {
        return;
    }
    let ns = Netns::new("raw");
    let model = learn_model();
    let child = ns.spawn(&[
        BIN,
        "watch",
        "detect",
        "--live",
        "8",
        "--interface",
        "lo",
        "--model",
        model.to_str().unwrap(),
        "--json",
    ]);
    std::thread::sleep(Duration::from_millis(3500));
    for _ in 0..3 {
        ns.send("127.0.0.1", 47808, WHO_IS);
    }
    let v = wait_json(child, Duration::from_secs(20));
    assert_eq!(v["stats"]["source"], "interface lo");
    assert_eq!(v["stats"]["messages"], 3, "{v}");
    assert_eq!(v["stats"]["malformed"], 0, "{v}");
}

#[test]
fn raw_capture_without_cap_net_raw_says_how_to_grant_it() {
    if !root_or_skip("raw_capture_without_cap_net_raw") {
        return;
    }
    let ns = Netns::new("perm");
    let model = learn_model();
    let readable = tmp("model-nobody.json");
    std::fs::copy(&model, &readable).unwrap();
    let child = ns.spawn(&[
        "setpriv",
        "--reuid=65534",
        "--regid=65534",
        "--clear-groups",
        "--inh-caps=-all",
        BIN,
        "watch",
        "detect",
        "--live",
        "2",
        "--interface",
        "lo",
        "--model",
        readable.to_str().unwrap(),
    ]);
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    if err.contains("cannot read the model") {
        eprintln!("skipped: the temporary directory is not readable by nobody");
        return;
    }
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("CAP_NET_RAW"), "{err}");
    assert!(err.contains("setcap cap_net_raw+ep"), "{err}");
    // What it means and the packaged way to allow it (installers/README.md).
    assert!(err.contains("read all traffic"), "{err}");
    assert!(err.contains("sudo dpkg-reconfigure bas-audit"), "{err}");
}

// ---- live on loopback (no privileges, no namespace) ----

mod loopback {
    //! `--live S --bind 127.0.0.1:PORT`: the watch listens on one loopback address only; test
    //! sockets on other loopback addresses send real BACnet/IP datagrams built with the
    //! `audit_core::wire` emitters. Nothing leaves the machine's loopback interface.

    use super::*;
    use audit_core::wire::bacnet::apdu::{
        Apdu, Body, ConfirmedRequestPdu, Segmentable, UnconfirmedRequestPdu,
    };
    use audit_core::wire::bacnet::bvlc::{Bvlc, BvlcFunction};
    use audit_core::wire::bacnet::npdu::Npdu;
    use audit_core::wire::bacnet::services::{
        ConfirmedRequest, IAm, UnconfirmedRequest, WriteProperty,
    };
    use audit_core::wire::bacnet::tag::{ApplicationValue, ObjectId, ValueList};
    use audit_core::wire::bacnet::{BacnetMessage, Payload};
    use std::net::{Ipv4Addr, SocketAddrV4, UdpSocket};

    fn bip(apdu: Apdu) -> Vec<u8> {
        let mut out = Vec::new();
        BacnetMessage {
            bvlc: Some(Bvlc::new(BvlcFunction::OriginalUnicastNpdu)),
            npdu: Some(Npdu::default()),
            payload: Payload::Apdu(apdu),
        }
        .emit(&mut out);
        out
    }

    /// WriteProperty analog-value,3 present-value (the supply setpoint) at priority 8.
    fn write_setpoint(invoke_id: u8, value: f32) -> Vec<u8> {
        bip(Apdu::ConfirmedRequest(ConfirmedRequestPdu {
            more_follows: false,
            segmented_response_accepted: false,
            max_segments_code: 0,
            max_apdu_code: 5,
            invoke_id,
            body: Segmentable::Whole(Body::Decoded(ConfirmedRequest::WriteProperty(
                WriteProperty {
                    object: ObjectId::new(2, 3),
                    property: 85,
                    array_index: None,
                    value: ValueList::single(ApplicationValue::Real(value)),
                    priority: Some(8),
                    trailing: Vec::new(),
                },
            ))),
            reserved_bits: 0,
            reserved_octet1_bit: false,
        }))
    }

    fn i_am(instance: u32) -> Vec<u8> {
        bip(Apdu::UnconfirmedRequest(UnconfirmedRequestPdu {
            body: Body::Decoded(UnconfirmedRequest::IAm(IAm {
                device: ObjectId::new(8, instance),
                max_apdu: 1476,
                segmentation: 3,
                vendor_id: 999,
                trailing: Vec::new(),
            })),
            reserved_bits: 0,
        }))
    }

    fn send(from: [u8; 4], to: SocketAddrV4, datagrams: &[Vec<u8>]) {
        let [a, b, c, d] = from;
        let s = UdpSocket::bind(SocketAddrV4::new(Ipv4Addr::new(a, b, c, d), 0)).unwrap();
        for dg in datagrams {
            s.send_to(dg, to).unwrap();
        }
    }

    fn free_port() -> u16 {
        UdpSocket::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port()
    }

    fn spawn(args: &[&str]) -> Child {
        Command::new(BIN)
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    }

    #[test]
    fn live_learn_and_detect_bound_to_loopback() {
        let listen = SocketAddrV4::new(Ipv4Addr::LOCALHOST, free_port());
        let at = listen.to_string();
        let model = tmp("live-model.json");
        let learn = spawn(&[
            "watch",
            "learn",
            "--live",
            "3",
            "--bind",
            &at,
            "--model",
            model.to_str().unwrap(),
        ]);
        std::thread::sleep(Duration::from_millis(1000));
        send([127, 0, 0, 10], listen, &[i_am(1001)]);
        let writes: Vec<_> = [20.0, 21.0, 22.0, 21.5]
            .into_iter()
            .enumerate()
            .map(|(i, v)| write_setpoint(u8::try_from(i).unwrap(), v))
            .collect();
        send([127, 0, 0, 40], listen, &writes);
        let out = learn.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("Learned   5 messages"), "{text}");
        let m: Value = serde_json::from_slice(&std::fs::read(&model).unwrap()).unwrap();
        assert!(
            m["points"]
                .as_array()
                .unwrap()
                .iter()
                .any(|p| p["samples"] == 4),
            "{m}"
        );

        // The workstation writes 26 °C (Tampering2), an intruder writes a normal value.
        let detect = spawn(&[
            "watch",
            "detect",
            "--live",
            "3",
            "--bind",
            &at,
            "--model",
            model.to_str().unwrap(),
            "--json",
        ]);
        std::thread::sleep(Duration::from_millis(1000));
        send([127, 0, 0, 40], listen, &[write_setpoint(7, 26.0)]);
        send([127, 0, 0, 66], listen, &[write_setpoint(8, 21.0)]);
        let v = wait_json(detect, Duration::from_secs(20));
        assert_eq!(v["stats"]["source"], "udp");
        assert_eq!(v["stats"]["messages"], 2, "{v}");
        let alerts = v["alerts"].as_array().unwrap();
        assert!(
            alerts.iter().any(|a| a["detector"] == "value-range"
                && a["summary"].as_str().unwrap().contains("written to 26")),
            "{v}"
        );
        assert!(
            alerts.iter().any(|a| a["rule"] == "new-writer"
                && a["summary"].as_str().unwrap().contains("127.0.0.66 wrote")),
            "{v}"
        );
    }

    #[test]
    fn bind_needs_live_and_excludes_interface() {
        let out = run(&[
            "watch",
            "detect",
            "--pcap",
            "a.pcap",
            "--bind",
            "127.0.0.1:47808",
            "--model",
            "m.json",
        ]);
        assert_eq!(out.status.code(), Some(2));
        let out = run(&[
            "watch",
            "learn",
            "--live",
            "2",
            "--interface",
            "lo",
            "--bind",
            "127.0.0.1:47808",
            "--model",
            "m.json",
        ]);
        assert_eq!(out.status.code(), Some(2));
    }
}
