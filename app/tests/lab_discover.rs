//! End-to-end: `bas-audit discover` against independent peers in the lab building of
//! `lab/netns.sh` (bacpypes3 devices, a BACnet router with a device on network 2, two BBMDs joined
//! across an IP router, knxd). docs/LAB.md describes the building; `lab/building.json` holds every
//! address and identity asserted here.
//!
//! Needs root (network namespaces), `ip`, `knxd`, python3 with `bacpypes3` and, for the capture
//! checks, `tshark`. Without them every test here says why and skips, unless
//! `BAS_AUDIT_REQUIRE_PEERS=1` (set by .ci/run), then it fails. Traffic stays inside the lab's
//! namespaces (198.18.0.0/15); `lab/netns.sh` refuses to run anything outside them.
//!
//! The tests share two cores with everything else, so they run one at a time (one lab each).

use std::collections::{BTreeMap, BTreeSet};
use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Output, Stdio};
use std::sync::Mutex;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_bas-audit");
const BACNET_PORT: u16 = 47808;
/// The cap of the rate test, in packets per second (`--rate`).
const RATE_CAP: usize = 10;
/// Longest a single `bas-audit discover` may take before the test kills it.
const DISCOVER_LIMIT: Duration = Duration::from_secs(240);
/// Longest the lab may take to come up (seven Python peers on two shared cores).
const LAB_UP_LIMIT: Duration = Duration::from_secs(150);

static ONE_LAB_AT_A_TIME: Mutex<()> = Mutex::new(());

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

fn netns_sh() -> PathBuf {
    repo().join("lab/netns.sh")
}

fn building() -> Value {
    let text =
        std::fs::read_to_string(repo().join("lab/building.json")).expect("lab/building.json");
    serde_json::from_str(&text).expect("building.json is JSON")
}

// ---------------------------------------------------------------------------------------------
// prerequisites

fn command_ok(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

#[derive(Clone, Copy, PartialEq)]
enum Needs {
    /// The lab alone (the independent probe).
    Lab,
    /// The lab and `bas-audit discover`.
    Discover,
    /// The lab, `bas-audit discover` and tshark.
    DiscoverAndCapture,
}

fn missing(needs: Needs) -> Vec<String> {
    let mut why = Vec::new();
    if !is_root() {
        why.push("not root (network namespaces need root)".to_string());
    }
    if !command_ok("ip", &["-V"]) {
        why.push("`ip` (iproute2) not found".to_string());
    }
    if !command_ok("knxd", &["--version"]) {
        why.push("`knxd` not found (apt-get install knxd)".to_string());
    }
    if !command_ok("python3", &["-c", "import bacpypes3"]) {
        why.push("python3 module bacpypes3 not found (pip install bacpypes3)".to_string());
    }
    if needs != Needs::Lab && !command_ok(BIN, &["discover", "--help"]) {
        why.push("this bas-audit has no `discover` subcommand yet".to_string());
    }
    if needs == Needs::DiscoverAndCapture && !command_ok("tshark", &["--version"]) {
        why.push("`tshark` not found".to_string());
    }
    why
}

/// True when the test can run; otherwise prints why and returns false, or fails when
/// `BAS_AUDIT_REQUIRE_PEERS=1`.
fn ready(test: &str, needs: Needs) -> bool {
    let why = missing(needs);
    if why.is_empty() {
        return true;
    }
    let why = why.join("; ");
    assert!(
        std::env::var("BAS_AUDIT_REQUIRE_PEERS").as_deref() != Ok("1"),
        "{test}: BAS_AUDIT_REQUIRE_PEERS=1 but {why}"
    );
    eprintln!("skipping {test}: {why} (set BAS_AUDIT_REQUIRE_PEERS=1 to fail instead)");
    false
}

// ---------------------------------------------------------------------------------------------
// the lab

/// The running lab. Dropping it closes `netns.sh hold`'s stdin, which tears everything down.
struct Lab {
    prefix: String,
    state: PathBuf,
    hold: Child,
    stdin: Option<ChildStdin>,
    auditor_ip: String,
    auditor_iface: String,
}

impl Lab {
    fn start(tag: char) -> Lab {
        let prefix = format!("bl{}{tag}", std::process::id() % 100_000);
        let state = std::env::temp_dir().join(format!("bas-lab-test-{prefix}"));
        let _ = std::fs::remove_dir_all(&state);
        std::fs::create_dir_all(&state).expect("state dir");
        let log = File::create(state.join("netns.log")).expect("netns.log");
        let mut hold = Command::new("bash")
            .arg(netns_sh())
            .args(["hold", "--prefix", &prefix, "--max-seconds", "900"])
            .env("BAS_LAB_STATE", &state)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::from(log))
            .spawn()
            .expect("start lab/netns.sh hold");
        let stdin = hold.stdin.take();
        let stdout = hold.stdout.take().expect("piped stdout");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let mut lab = Lab {
            prefix,
            state,
            hold,
            stdin,
            auditor_ip: String::new(),
            auditor_iface: String::new(),
        };
        let deadline = Instant::now() + LAB_UP_LIMIT;
        let env = loop {
            let left = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(left) {
                Ok(line) if line.starts_with("READY ") => break line,
                Ok(_) => continue,
                Err(_) => {
                    let log = lab.logs();
                    panic!("lab did not come up within {LAB_UP_LIMIT:?}:\n{log}");
                }
            }
        };
        let vars: BTreeMap<&str, &str> = env
            .split_whitespace()
            .filter_map(|kv| kv.split_once('='))
            .collect();
        lab.auditor_ip = vars["LAB_AUDITOR_IP"].to_string();
        lab.auditor_iface = vars["LAB_AUDITOR_IFACE"].to_string();
        lab
    }

    /// netns.sh's log and the peers' logs, for failure messages.
    fn logs(&self) -> String {
        let mut out = std::fs::read_to_string(self.state.join("netns.log")).unwrap_or_default();
        if let Ok(dir) = std::fs::read_dir(self.state.join("logs")) {
            for e in dir.flatten() {
                let text = std::fs::read_to_string(e.path()).unwrap_or_default();
                let tail: Vec<&str> = text.lines().rev().take(15).collect();
                out.push_str(&format!("--- {}\n", e.path().display()));
                for l in tail.iter().rev() {
                    out.push_str(l);
                    out.push('\n');
                }
            }
        }
        out
    }

    /// A command that runs inside the auditor namespace (netns.sh checks it is there first).
    fn in_auditor(&self, program: &str) -> Command {
        let mut c = Command::new("bash");
        c.arg(netns_sh())
            .args(["exec", "--prefix", &self.prefix, "aud", "--", program]);
        c
    }

    /// `bas-audit discover --interface <auditor> --json EXTRA...`: broadcast discovery on the
    /// lab LAN, plus whatever EXTRA adds.
    fn discover(&self, extra: &[&str]) -> Value {
        self.discover_with(&["--interface", &self.auditor_iface], extra)
    }

    /// `bas-audit discover --json SCOPE... EXTRA...` inside the auditor namespace. With `--target`s
    /// and no `--interface`/`--bind`, the CLI probes only the targets, by unicast (design §6:
    /// `--target` adds to an interface scope, and alone it is the whole scope).
    fn discover_with(&self, scope: &[&str], extra: &[&str]) -> Value {
        let mut cmd = self.in_auditor(BIN);
        cmd.args(["discover", "--json"]).args(scope).args(extra);
        let out = run_bounded(cmd, DISCOVER_LIMIT);
        assert!(
            out.status.success(),
            "bas-audit discover {extra:?} failed ({}):\nstderr: {}\nlab logs:\n{}",
            out.status,
            String::from_utf8_lossy(&out.stderr),
            self.logs()
        );
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
            panic!(
                "discover --json printed no JSON ({e}):\n{}",
                String::from_utf8_lossy(&out.stdout)
            )
        })
    }

    /// Starts tshark on the auditor's interface, recording what the auditor sends.
    fn capture(&self, file: &Path) -> Capture {
        let filter = format!("ip src host {}", self.auditor_ip);
        let mut c = self.in_auditor("tshark");
        c.args(["-i", &self.auditor_iface, "-f", &filter, "-w"])
            .arg(file)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        let mut child = c.spawn().expect("start tshark");
        let stderr = child.stderr.take().expect("piped stderr");
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stderr).lines() {
                let Ok(line) = line else { break };
                let _ = tx.send(line);
            }
        });
        // tshark says "Capturing on 'aud0'" once the capture runs
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                Ok(line) if line.contains("Capturing on") => break,
                Ok(_) => continue,
                Err(_) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    panic!("tshark did not start capturing within 30 s");
                }
            }
        }
        Capture {
            child,
            file: file.to_path_buf(),
        }
    }
}

impl Drop for Lab {
    fn drop(&mut self) {
        drop(self.stdin.take());
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            match self.hold.try_wait() {
                Ok(Some(_)) => break,
                Ok(None) if Instant::now() < deadline => {
                    std::thread::sleep(Duration::from_millis(100))
                }
                _ => {
                    let _ = self.hold.kill();
                    let _ = self.hold.wait();
                    let _ = Command::new("bash")
                        .arg(netns_sh())
                        .args(["down", "--prefix", &self.prefix])
                        .status();
                    break;
                }
            }
        }
        let _ = std::fs::remove_dir_all(&self.state);
    }
}

/// Namespaces of `prefix` still present (teardown must leave none).
fn leftover_namespaces(prefix: &str) -> Vec<String> {
    let out = Command::new("ip")
        .args(["netns", "list"])
        .output()
        .expect("ip netns list");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|n| n.starts_with(&format!("{prefix}-")))
        .map(str::to_string)
        .collect()
}

fn run_bounded(mut cmd: Command, limit: Duration) -> Output {
    let mut child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let out_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stdout, &mut v);
        v
    });
    let err_t = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = std::io::Read::read_to_end(&mut stderr, &mut v);
        v
    });
    let deadline = Instant::now() + limit;
    let status = loop {
        if let Some(s) = child.try_wait().expect("wait") {
            break s;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("command did not finish within {limit:?}: {cmd:?}");
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    Output {
        status,
        stdout: out_t.join().unwrap_or_default(),
        stderr: err_t.join().unwrap_or_default(),
    }
}

struct Capture {
    child: Child,
    file: PathBuf,
}

/// One packet the auditor sent.
#[derive(Debug)]
struct Sent {
    time: f64,
    proto: u8,
    dst: String,
    icmp_type: Option<u8>,
}

impl Capture {
    /// Stops tshark (SIGINT to its own pid, so it finishes the file) and reads the packets.
    fn finish(mut self) -> Vec<Sent> {
        // let the last replies' effects (e.g. a port-unreachable) reach the capture
        std::thread::sleep(Duration::from_millis(500));
        let pid = self.child.id().to_string();
        let _ = Command::new("kill").args(["-INT", &pid]).status();
        let deadline = Instant::now() + Duration::from_secs(20);
        while self.child.try_wait().expect("wait tshark").is_none() {
            if Instant::now() > deadline {
                let _ = self.child.kill();
                break;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let _ = self.child.wait();
        let out = Command::new("tshark")
            .arg("-r")
            .arg(&self.file)
            .args([
                "-T",
                "fields",
                "-E",
                "separator=/t",
                "-e",
                "frame.time_epoch",
                "-e",
                "ip.proto",
                "-e",
                "ip.dst",
                "-e",
                "icmp.type",
            ])
            .output()
            .expect("tshark -r");
        assert!(
            out.status.success(),
            "tshark -r: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                Sent {
                    time: f[0].parse().expect("frame.time_epoch"),
                    // ICMP errors quote the offending header, so tshark lists two values
                    proto: f[1].split(',').next().unwrap_or("0").parse().unwrap_or(0),
                    dst: f[2].split(',').next().unwrap_or("").to_string(),
                    icmp_type: f.get(3).and_then(|t| t.split(',').next()?.parse().ok()),
                }
            })
            .collect()
    }
}

// ---------------------------------------------------------------------------------------------
// reading discover's JSON without depending on more of its shape than design §6 fixes

fn arr<'a>(v: &'a Value, path: &[&str]) -> &'a [Value] {
    let mut cur = v;
    for p in path {
        cur = cur
            .get(p)
            .unwrap_or_else(|| panic!("discover JSON has no {path:?}:\n{v:#}"));
    }
    cur.as_array()
        .unwrap_or_else(|| panic!("{path:?} is not an array"))
}

/// Every string anywhere inside `v`.
fn strings(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) => out.push(s.clone()),
        Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
        Value::Object(o) => o.values().for_each(|x| strings(x, out)),
        _ => {}
    }
}

/// True when some string inside `v` names `ip` (alone, or as "ip:port", "net:ip:port", ...).
fn mentions_ip(v: &Value, ip: &str) -> bool {
    let mut all = Vec::new();
    strings(v, &mut all);
    all.iter().any(|s| {
        s.split(|c: char| !(c.is_ascii_digit() || c == '.'))
            .any(|part| part == ip)
    })
}

/// True when some string inside `v` is the 6-octet B/IP MAC of `ip:port` in hex (with or
/// without separators), e.g. "c612020abac0" for 198.18.2.10:47808.
fn mentions_bip_mac(v: &Value, ip: &str, port: u16) -> bool {
    let Ok(ip) = ip.parse::<std::net::Ipv4Addr>() else {
        return false;
    };
    let mut want: String = ip.octets().iter().map(|o| format!("{o:02x}")).collect();
    want.push_str(&format!("{port:04x}"));
    let mut all = Vec::new();
    strings(v, &mut all);
    all.iter().any(|s| hex_digits(s) == want)
}

/// Every unsigned number anywhere inside `v`.
fn numbers(v: &Value, out: &mut BTreeSet<u64>) {
    match v {
        Value::Number(n) => {
            if let Some(n) = n.as_u64() {
                out.insert(n);
            }
        }
        Value::Array(a) => a.iter().for_each(|x| numbers(x, out)),
        Value::Object(o) => o.values().for_each(|x| numbers(x, out)),
        _ => {}
    }
}

fn hex_digits(s: &str) -> String {
    s.chars()
        .filter(char::is_ascii_hexdigit)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// KNXnet/IP service family ids from any reasonable JSON form: 4, [4, 1], {"id": 4, ...},
/// {"family": "tunnelling", ...}, "tunnelling v1", ...
fn family_ids(v: &Value) -> BTreeSet<u64> {
    const NAMES: [(&str, u64); 8] = [
        ("core", 2),
        ("device-management", 3),
        ("device management", 3),
        ("device_management", 3),
        ("tunnel", 4),
        ("routing", 5),
        ("remote-logging", 6),
        ("security", 9),
    ];
    let mut out = BTreeSet::new();
    for item in v.as_array().map(Vec::as_slice).unwrap_or(&[]) {
        match item {
            Value::Number(n) => out.extend(n.as_u64()),
            Value::Array(pair) => out.extend(pair.first().and_then(Value::as_u64)),
            Value::Object(o) => {
                if let Some(n) = ["id", "family", "code", "family_id"]
                    .iter()
                    .find_map(|k| o.get(*k).and_then(Value::as_u64))
                {
                    out.insert(n);
                } else {
                    let mut s = Vec::new();
                    strings(item, &mut s);
                    let s = s.join(" ").to_lowercase();
                    out.extend(NAMES.iter().filter(|(k, _)| s.contains(k)).map(|(_, n)| *n));
                }
            }
            Value::String(s) => {
                let s = s.to_lowercase();
                out.extend(NAMES.iter().filter(|(k, _)| s.contains(k)).map(|(_, n)| *n));
            }
            _ => {}
        }
    }
    out
}

fn find_device(devices: &[Value], instance: u64) -> Option<&Value> {
    devices
        .iter()
        .find(|d| d.get("device_instance").and_then(Value::as_u64) == Some(instance))
}

/// Asserts that `found` describes the building's BACnet peer `role` correctly.
fn assert_bacnet_device(json: &Value, role: &str, peer: &Value) {
    let devices = arr(json, &["bacnet", "devices"]);
    let id = &peer["device"];
    let instance = id["instance"].as_u64().expect("instance");
    let d = find_device(devices, instance)
        .unwrap_or_else(|| panic!("{role}: device {instance} not found in\n{json:#}"));
    for (key, want) in [
        ("vendor_id", &id["vendor_id"]),
        ("vendor_name", &id["vendor_name"]),
        ("model_name", &id["model_name"]),
        ("firmware_revision", &id["firmware_revision"]),
        ("object_name", &id["name"]),
    ] {
        assert_eq!(
            d.get(key),
            Some(want),
            "{role}: {key} of device {instance}: {d:#}"
        );
    }
    // device object + network ports + points (bacpypes3 counts exactly these)
    let ports = peer
        .get("ports")
        .and_then(Value::as_array)
        .map_or(1, Vec::len);
    let points = peer["objects"].as_array().map_or(0, Vec::len);
    assert_eq!(
        d.get("object_count").and_then(Value::as_u64),
        Some((1 + ports + points) as u64),
        "{role}: object_count of device {instance}: {d:#}"
    );
    let network = d.get("network").and_then(Value::as_u64);
    match peer.get("network").and_then(Value::as_u64) {
        Some(remote) => {
            // behind the BACnet router: the network number, and its own B/IP address as MAC
            assert_eq!(
                network,
                Some(remote),
                "{role}: network of device {instance}: {d:#}"
            );
            let ip = peer["ip"].as_str().expect("ip");
            assert!(
                mentions_ip(d, ip) || mentions_bip_mac(d, ip, BACNET_PORT),
                "{role}: routed device {instance} should name its MAC {ip}:{BACNET_PORT}: {d:#}"
            );
        }
        None => {
            // the auditor's own network: unknown, 0 or the number the router announces (1)
            assert!(
                matches!(network, None | Some(0) | Some(1)),
                "{role}: local device {instance} has network {network:?}: {d:#}"
            );
            let addr = d.get("address").cloned().unwrap_or(Value::Null);
            let ip = peer
                .get("ip")
                .or_else(|| peer["ports"][0].get("ip"))
                .and_then(Value::as_str)
                .expect("ip");
            assert!(
                mentions_ip(&addr, ip),
                "{role}: address of {instance} is not {ip}: {d:#}"
            );
        }
    }
}

fn assert_router(json: &Value, peer: &Value) {
    let ip = peer["ports"][0]["ip"].as_str().expect("router ip");
    let routers = arr(json, &["bacnet", "routers"]);
    let r = routers
        .iter()
        .find(|r| mentions_ip(r, ip))
        .unwrap_or_else(|| panic!("router {ip} not in bacnet.routers:\n{json:#}"));
    // the networks it routes to: under `networks` when there is such a key, else anywhere
    let mut nets = BTreeSet::new();
    numbers(r.get("networks").unwrap_or(r), &mut nets);
    assert!(
        nets.contains(&2),
        "router {ip} should announce network 2: {r:#}"
    );
}

fn assert_bbmd(json: &Value, peer: &Value) {
    let ip = peer["ip"].as_str().expect("bbmd ip");
    let bbmds = arr(json, &["bacnet", "bbmds"]);
    let b = bbmds
        .iter()
        .find(|b| b.get("address").is_some_and(|a| mentions_ip(a, ip)))
        .unwrap_or_else(|| panic!("BBMD {ip} not in bacnet.bbmds:\n{json:#}"));
    let bdt = b
        .as_object()
        .and_then(|o| o.iter().find(|(k, _)| k.contains("bdt")).map(|(_, v)| v))
        .unwrap_or_else(|| panic!("BBMD {ip} has no BDT field: {b:#}"));
    let want = peer["bdt"].as_array().expect("bdt");
    assert_eq!(
        bdt.as_array().map(Vec::len),
        Some(want.len()),
        "BBMD {ip}: BDT should have {} entries: {b:#}",
        want.len()
    );
    for entry in want {
        let e = entry.as_str().expect("bdt ip");
        assert!(mentions_ip(bdt, e), "BBMD {ip}: BDT lacks {e}: {b:#}");
    }
}

fn assert_knx_gateway(json: &Value, gw: &Value) {
    let ip = gw["ip"].as_str().expect("knx ip");
    let gateways = arr(json, &["knx", "gateways"]);
    let g = gateways
        .iter()
        .find(|g| g.get("address").is_some_and(|a| mentions_ip(a, ip)))
        .unwrap_or_else(|| panic!("KNX gateway {ip} not found:\n{json:#}"));
    assert_eq!(g.get("name"), Some(&gw["name"]), "knxd name: {g:#}");
    assert_eq!(
        g.get("individual_address"),
        Some(&gw["individual_address"]),
        "knxd individual address: {g:#}"
    );
    let mac = g.get("mac").and_then(Value::as_str).unwrap_or("");
    assert_eq!(
        hex_digits(mac),
        hex_digits(gw["mac"].as_str().expect("mac")),
        "knxd MAC: {g:#}"
    );
    // knxd 0.14 lists core, tunnelling, routing in SEARCH and adds device management in
    // DESCRIPTION; either answer is right, the three are in both
    let fams = family_ids(g.get("service_families").unwrap_or(&Value::Null));
    for (name, id) in [("core", 2), ("tunnelling", 4), ("routing", 5)] {
        assert!(
            fams.contains(&id),
            "knxd service families lack {name}: {g:#}"
        );
    }
    assert!(!fams.contains(&9), "knxd has no KNX IP Secure: {g:#}");
    for key in [
        "secure_supported",
        "tunnelling_requires_secure",
        "routing_requires_secure",
    ] {
        assert_eq!(g.get(key), Some(&Value::Bool(false)), "{key}: {g:#}");
    }
    // knxd answers SEARCH with serial 01:02:03:04:05:06 and DESCRIPTION with zeros
    // (peer-behaviour.md); accept either, but there must be one
    let serial = hex_digits(g.get("serial").and_then(Value::as_str).unwrap_or(""));
    assert!(
        serial == "010203040506" || serial == "000000000000",
        "knxd serial: {g:#}"
    );
    // where discover lists every serial it was given: knxd's SEARCH answer carries
    // 01:02:03:04:05:06, its DESCRIPTION answer zeros; each answer received must have left its
    // serial there (with --target only DESCRIPTION is asked for)
    if let Some(all) = g.get("serials").and_then(Value::as_array) {
        let all: BTreeSet<String> = all
            .iter()
            .filter_map(Value::as_str)
            .map(hex_digits)
            .collect();
        let answers: Vec<&str> = g
            .get("answers")
            .and_then(Value::as_array)
            .map(|a| a.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let mut want = BTreeSet::new();
        if answers.contains(&"search-response") {
            want.insert("010203040506".to_string());
        }
        if answers.contains(&"description-response") {
            want.insert("000000000000".to_string());
        }
        if want.is_empty() {
            want = all.clone();
        }
        assert_eq!(
            all, want,
            "knxd's serials per answer (SEARCH vs DESCRIPTION): {g:#}"
        );
        if want.len() == 2 {
            let dis = g.get("disagreements").and_then(Value::as_array);
            assert!(
                dis.is_none_or(|d| !d.is_empty()),
                "knxd's answers disagree on the serial, discover should say so: {g:#}"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// tests

/// The lab itself, checked with an independent client (bacpypes3 + a plain KNX socket), so a
/// failure of the discover tests can be told apart from a broken lab.
#[test]
fn lab_peers_answer_an_independent_probe() {
    if !ready("lab_peers_answer_an_independent_probe", Needs::Lab) {
        return;
    }
    let _one = ONE_LAB_AT_A_TIME
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let b = building();
    let prefix;
    {
        let lab = Lab::start('p');
        prefix = lab.prefix.clone();
        // with tshark at hand, also check the capture path the rate test relies on
        let capture = command_ok("tshark", &["--version"])
            .then(|| lab.capture(&lab.state.join("probe.pcapng")));
        let mut cmd = lab.in_auditor("python3");
        cmd.arg(repo().join("lab/peers/probe.py")).args([
            "--netns",
            &format!("{}-aud", lab.prefix),
            "--bind",
            &format!("{}/24", lab.auditor_ip),
        ]);
        let out = run_bounded(cmd, Duration::from_secs(180));
        assert!(
            out.status.success(),
            "probe failed: {}\n{}",
            String::from_utf8_lossy(&out.stderr),
            lab.logs()
        );
        let p: Value = serde_json::from_slice(&out.stdout).expect("probe JSON");
        if let Some(capture) = capture {
            let sent = capture.finish();
            let udp: Vec<f64> = sent
                .iter()
                .filter(|p| p.proto == 17)
                .map(|p| p.time)
                .collect();
            let (worst, _) = max_in_sliding_window(&udp, 1.0);
            eprintln!(
                "probe sent {} UDP packets, busiest second {worst}",
                udp.len()
            );
            for dst in ["198.18.1.255", "224.0.23.12", "198.18.1.40", "198.18.3.30"] {
                assert!(
                    sent.iter().any(|p| p.proto == 17 && p.dst == dst),
                    "capture lacks the probe's packets to {dst}: {sent:?}"
                );
            }
        }

        let devices = arr(&p, &["bacnet", "devices"]);
        let roles = b["bacnet"].as_object().expect("bacnet peers");
        assert_eq!(devices.len(), roles.len(), "probe devices: {p:#}");
        for (role, peer) in roles {
            let id = &peer["device"];
            let d = find_device(devices, id["instance"].as_u64().expect("instance"))
                .unwrap_or_else(|| panic!("probe did not find {role}: {p:#}"));
            assert_eq!(d["object_name"], id["name"], "{role}");
            assert_eq!(d["vendor_identifier"], id["vendor_id"], "{role}");
            assert_eq!(d["vendor_name"], id["vendor_name"], "{role}");
            assert_eq!(d["model_name"], id["model_name"], "{role}");
            assert_eq!(d["firmware_revision"], id["firmware_revision"], "{role}");
            let ports = peer
                .get("ports")
                .and_then(Value::as_array)
                .map_or(1, Vec::len);
            let points = peer["objects"].as_array().map_or(0, Vec::len);
            assert_eq!(d["object_count"], (1 + ports + points) as u64, "{role}");
            if let Some(net) = peer.get("network") {
                assert_eq!(&d["network"], net, "{role} is routed");
                assert_eq!(
                    d["mac"],
                    format!("{}:{BACNET_PORT}", peer["ip"].as_str().unwrap())
                );
            } else {
                assert!(d["network"].is_null(), "{role} is local");
            }
        }
        let routers = arr(&p, &["bacnet", "routers"]);
        assert_eq!(routers.len(), 1, "{p:#}");
        assert_eq!(routers[0]["address"], "198.18.1.20");
        assert_eq!(routers[0]["networks"], serde_json::json!([2]));
        assert_eq!(
            p["bacnet"]["bdt"]["198.18.1.30"],
            serde_json::json!(["198.18.1.30", "198.18.3.30"])
        );
        assert_eq!(
            p["bacnet"]["bdt"]["198.18.1.10"], "nak 0x0020",
            "not a BBMD"
        );

        let gw = &b["knx"]["gateway"];
        let search = arr(&p, &["knx", "search"]);
        assert_eq!(search.len(), 1, "{p:#}");
        assert_eq!(search[0]["name"], gw["name"]);
        assert_eq!(search[0]["individual_address"], gw["individual_address"]);
        assert_eq!(search[0]["mac"], gw["mac"]);
        assert_eq!(search[0]["serial"], "010203040506");
        assert_eq!(
            search[0]["service_families"],
            serde_json::json!([[2, 1], [4, 1], [5, 1]])
        );
        // knxd 0.14 does not answer the extended search; its DESCRIPTION disagrees with its
        // SEARCH on serial and families (what discovery has to tolerate)
        assert_eq!(arr(&p, &["knx", "search_extended"]).len(), 0);
        let desc = arr(&p, &["knx", "description"]);
        assert_eq!(desc.len(), 1, "{p:#}");
        assert_eq!(desc[0]["serial"], "000000000000");
        assert_eq!(
            desc[0]["service_families"],
            serde_json::json!([[2, 1], [3, 1], [4, 1], [5, 1]])
        );
    }
    assert_eq!(
        leftover_namespaces(&prefix),
        Vec::<String>::new(),
        "teardown"
    );
}

/// Broadcast discovery from the auditor's interface finds every device of the building, the
/// routed one with its network number, the router, the BBMD with its BDT and knxd.
#[test]
fn discover_finds_the_whole_building() {
    if !ready("discover_finds_the_whole_building", Needs::Discover) {
        return;
    }
    let _one = ONE_LAB_AT_A_TIME
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let b = building();
    let prefix;
    {
        let lab = Lab::start('d');
        prefix = lab.prefix.clone();
        let json = lab.discover(&["--timeout", "3"]);
        let peers = b["bacnet"].as_object().expect("bacnet peers");
        for (role, peer) in peers {
            assert_bacnet_device(&json, role, peer);
        }
        assert_eq!(
            arr(&json, &["bacnet", "devices"]).len(),
            peers.len(),
            "exactly the building's devices (the auditor itself is none of them): {json:#}"
        );
        assert_router(&json, &b["bacnet"]["router"]);
        assert_bbmd(&json, &b["bacnet"]["bbmd"]);
        assert_knx_gateway(&json, &b["knx"]["gateway"]);
        assert_eq!(arr(&json, &["knx", "gateways"]).len(), 1, "{json:#}");
    }
    assert_eq!(
        leftover_namespaces(&prefix),
        Vec::<String>::new(),
        "teardown"
    );
}

/// `--target` probes only the named hosts, by unicast: the annex device two IP hops away is
/// found without the BBMD, devices not named are not, and the capture shows no broadcast or
/// multicast leaving the auditor.
#[test]
fn discover_targets_only_the_named_hosts_by_unicast() {
    if !ready(
        "discover_targets_only_the_named_hosts_by_unicast",
        Needs::DiscoverAndCapture,
    ) {
        return;
    }
    let _one = ONE_LAB_AT_A_TIME
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let b = building();
    let prefix;
    {
        let lab = Lab::start('t');
        prefix = lab.prefix.clone();
        let pcap = lab.state.join("target.pcapng");
        let capture = lab.capture(&pcap);
        let controller = b["bacnet"]["controller"]["ip"].as_str().expect("ip");
        let annex = b["bacnet"]["annex"]["ip"].as_str().expect("ip");
        let knx = b["knx"]["gateway"]["ip"].as_str().expect("ip");
        let json = lab.discover_with(
            &[],
            &[
                "--target",
                &format!("{controller}:{BACNET_PORT}"),
                "--target",
                annex,
                "--target",
                knx,
                "--timeout",
                "3",
            ],
        );
        let sent = capture.finish();

        assert_bacnet_device(&json, "controller", &b["bacnet"]["controller"]);
        assert_bacnet_device(&json, "annex", &b["bacnet"]["annex"]);
        let devices = arr(&json, &["bacnet", "devices"]);
        for role in ["io", "router", "vav", "bbmd"] {
            let inst = b["bacnet"][role]["device"]["instance"]
                .as_u64()
                .expect("instance");
            assert!(
                find_device(devices, inst).is_none(),
                "{role} was not a target but was found: {json:#}"
            );
        }
        assert_knx_gateway(&json, &b["knx"]["gateway"]);

        let targets: BTreeSet<&str> = [controller, annex, knx].into();
        assert!(!sent.is_empty(), "the capture saw nothing the auditor sent");
        // UDP only: a multicast group join (IGMP) is not a probe
        for p in sent.iter().filter(|p| p.proto == 17) {
            assert!(
                targets.contains(p.dst.as_str()),
                "with --target the auditor sent to {} (only {targets:?} allowed): {p:?}",
                p.dst
            );
        }
    }
    assert_eq!(
        leftover_namespaces(&prefix),
        Vec::<String>::new(),
        "teardown"
    );
}

/// The probe policy, measured on the wire: with `--rate 10` no sliding one-second window holds
/// more than 10 + 1 UDP packets from the auditor (docs/LAB.md: the +1 absorbs capture timestamp
/// jitter at the window edge; a token bucket with a burst of N would fail this on purpose), and
/// the auditor's kernel never answers a peer with ICMP port-unreachable (socket kept open).
#[test]
fn discover_keeps_the_rate_cap_on_the_wire() {
    if !ready(
        "discover_keeps_the_rate_cap_on_the_wire",
        Needs::DiscoverAndCapture,
    ) {
        return;
    }
    let _one = ONE_LAB_AT_A_TIME
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let b = building();
    let prefix;
    {
        let lab = Lab::start('r');
        prefix = lab.prefix.clone();
        let pcap = lab.state.join("rate.pcapng");
        let capture = lab.capture(&pcap);
        let rate = RATE_CAP.to_string();
        let json = lab.discover(&["--rate", &rate, "--timeout", "3"]);
        let sent = capture.finish();

        // still complete under the cap
        for (role, peer) in b["bacnet"].as_object().expect("peers") {
            assert_bacnet_device(&json, role, peer);
        }
        assert_knx_gateway(&json, &b["knx"]["gateway"]);

        let udp: Vec<f64> = sent
            .iter()
            .filter(|p| p.proto == 17)
            .map(|p| p.time)
            .collect();
        assert!(
            udp.len() > RATE_CAP + 1,
            "only {} UDP packets: too few for the cap to matter",
            udp.len()
        );
        let (worst, at) = max_in_sliding_window(&udp, 1.0);
        let mut report = Vec::new();
        writeln!(
            report,
            "{} UDP packets over {:.2} s; busiest 1-s window holds {worst} (from t={at:.3})",
            udp.len(),
            udp.last().unwrap_or(&0.0) - udp.first().unwrap_or(&0.0)
        )
        .expect("write");
        eprintln!("{}", String::from_utf8_lossy(&report));
        assert!(
            worst <= RATE_CAP + 1,
            "--rate {RATE_CAP} exceeded on the wire: {}",
            String::from_utf8_lossy(&report)
        );
        let unreachable: Vec<&Sent> = sent
            .iter()
            .filter(|p| p.proto == 1 && p.icmp_type == Some(3))
            .collect();
        assert!(
            unreachable.is_empty(),
            "the auditor answered peers with ICMP destination-unreachable: {unreachable:?}"
        );
    }
    assert_eq!(
        leftover_namespaces(&prefix),
        Vec::<String>::new(),
        "teardown"
    );
}

/// The largest number of timestamps in any half-open window [t, t + width) that starts at a
/// packet (the maximum over all windows is always reached at one that starts at a packet), and
/// that start time relative to the first packet.
fn max_in_sliding_window(sorted: &[f64], width: f64) -> (usize, f64) {
    let mut best = (0, 0.0);
    let mut end = 0;
    for (start, t) in sorted.iter().enumerate() {
        while end < sorted.len() && sorted[end] < t + width {
            end += 1;
        }
        if end - start > best.0 {
            best = (end - start, t - sorted[0]);
        }
    }
    best
}

#[test]
fn sliding_window_counts_the_busiest_second() {
    assert_eq!(max_in_sliding_window(&[], 1.0), (0, 0.0));
    // evenly spaced at 8/s (exact in binary): eight in any second, never nine; spacing of 0.1 s
    // would already show how float rounding at the edge adds one, which is why the cap is N + 1
    let even: Vec<f64> = (0..50).map(|i| f64::from(i) * 0.125).collect();
    assert_eq!(max_in_sliding_window(&even, 1.0).0, 8);
    // a burst of 20 inside 0.5 s, then quiet
    let mut burst: Vec<f64> = (0..20).map(|i| 5.0 + f64::from(i) * 0.025).collect();
    burst.push(7.0);
    assert_eq!(max_in_sliding_window(&burst, 1.0), (20, 0.0));
    // window alignment: 10 at the end of one second and 10 at the start of the next are 20
    // packets within one second, which fixed [n, n+1) windows would report as two tens
    let straddle: Vec<f64> = (0..10)
        .map(|i| 0.55 + f64::from(i) * 0.04)
        .chain((0..10).map(|i| 1.0 + f64::from(i) * 0.04))
        .collect();
    assert_eq!(max_in_sliding_window(&straddle, 1.0).0, 20);
}

#[test]
fn family_ids_reads_every_reasonable_shape() {
    let v = serde_json::json!([2, [4, 1], {"id": 5, "version": 1}, "device-management v1",
                               {"family": "security", "version": 1}]);
    assert_eq!(family_ids(&v), [2, 3, 4, 5, 9].into());
    assert!(mentions_ip(
        &serde_json::json!("2:198.18.2.10:47808"),
        "198.18.2.10"
    ));
    assert!(!mentions_ip(
        &serde_json::json!("198.18.2.100"),
        "198.18.2.10"
    ));
}

/// The discover assertions themselves, on a document shaped like design §6 built from
/// building.json (so they are known to accept a right answer and refuse wrong ones before any
/// real discover runs).
#[test]
fn discover_assertions_accept_the_building_and_refuse_mistakes() {
    let b = building();
    let mut devices = Vec::new();
    for peer in b["bacnet"].as_object().expect("peers").values() {
        let id = &peer["device"];
        let ports = peer
            .get("ports")
            .and_then(Value::as_array)
            .map_or(1, Vec::len);
        let points = peer["objects"].as_array().map_or(0, Vec::len);
        let ip = peer
            .get("ip")
            .or_else(|| peer["ports"][0].get("ip"))
            .and_then(Value::as_str)
            .expect("ip");
        let (address, network, mac) = match peer.get("network") {
            Some(n) => (
                format!("{n}:{ip}:{BACNET_PORT}"),
                n.clone(),
                Value::from(format!("{ip}:{BACNET_PORT}")),
            ),
            None => (format!("{ip}:{BACNET_PORT}"), Value::Null, Value::Null),
        };
        devices.push(serde_json::json!({
            "device_instance": id["instance"], "address": address, "network": network,
            "mac": mac, "vendor_id": id["vendor_id"], "vendor_name": id["vendor_name"],
            "model_name": id["model_name"], "firmware_revision": id["firmware_revision"],
            "object_name": id["name"], "object_count": 1 + ports + points,
        }));
    }
    let gw = &b["knx"]["gateway"];
    let good = serde_json::json!({
        "bacnet": {
            "devices": devices,
            "routers": [{"address": "198.18.1.20:47808", "networks": [2], "local_network": 1}],
            "bbmds": [{"address": "198.18.1.30:47808", "bdt": [
                {"address": "198.18.1.30:47808", "mask": "255.255.255.255"},
                {"address": "198.18.3.30:47808", "mask": "255.255.255.255"}]}],
        },
        "knx": {"gateways": [{
            "address": "198.18.1.40:3671", "name": gw["name"],
            "individual_address": gw["individual_address"], "mac": "02:42:C6:12:01:28",
            "serial": "0000:00000000", "serials": ["0102:03040506", "0000:00000000"],
            "answers": ["search-response", "description-response"],
            "disagreements": ["serial number: 010203040506 in search-response, 000000000000 in description-response"],
            "service_families": ["core v1", "device-management v1", "tunnelling v1",
                                 "routing v1"],
            "secure_supported": false, "tunnelling_requires_secure": false,
            "routing_requires_secure": false,
        }]},
    });
    let check = |json: &Value| {
        for (role, peer) in b["bacnet"].as_object().expect("peers") {
            assert_bacnet_device(json, role, peer);
        }
        assert_router(json, &b["bacnet"]["router"]);
        assert_bbmd(json, &b["bacnet"]["bbmd"]);
        assert_knx_gateway(json, gw);
    };
    check(&good);

    let refused = |mutate: &dyn Fn(&mut Value)| {
        let mut bad = good.clone();
        mutate(&mut bad);
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(&bad))).is_err()
    };
    let vav = |v: &mut Value| -> usize {
        v["bacnet"]["devices"]
            .as_array()
            .expect("devices")
            .iter()
            .position(|d| d["device_instance"] == 2001)
            .expect("vav")
    };
    assert!(refused(&|v| {
        let i = vav(v);
        v["bacnet"]["devices"][i]["network"] = Value::Null;
    }));
    assert!(refused(&|v| {
        let i = vav(v);
        v["bacnet"]["devices"][i]["address"] = "198.18.1.20:47808".into();
        v["bacnet"]["devices"][i]["mac"] = Value::Null;
    }));
    assert!(refused(
        &|v| v["bacnet"]["devices"][0]["object_count"] = 99.into()
    ));
    assert!(refused(
        &|v| v["bacnet"]["devices"][0]["model_name"] = "x".into()
    ));
    assert!(refused(&|v| {
        v["bacnet"]["devices"]
            .as_array_mut()
            .expect("devices")
            .pop();
    }));
    assert!(refused(
        &|v| v["bacnet"]["routers"][0]["networks"] = serde_json::json!([3])
    ));
    assert!(refused(&|v| {
        v["bacnet"]["bbmds"][0]["bdt"]
            .as_array_mut()
            .expect("bdt")
            .pop();
    }));
    assert!(refused(
        &|v| v["knx"]["gateways"][0]["individual_address"] = "1.1.1".into()
    ));
    assert!(refused(&|v| {
        v["knx"]["gateways"][0]["service_families"] = serde_json::json!(["core v1"]);
    }));
    assert!(refused(&|v| {
        v["knx"]["gateways"][0]["serials"] = serde_json::json!(["000000000000"]);
    }));
    assert!(refused(&|v| {
        v["knx"]["gateways"][0]["disagreements"] = serde_json::json!([]);
    }));
    assert!(refused(
        &|v| v["knx"]["gateways"][0]["tunnelling_requires_secure"] = Value::Null
    ));
}
