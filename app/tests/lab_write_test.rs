//! End-to-end: the opt-in write test against bacpypes3 devices in the lab building of
//! `lab/netns.sh` (docs/LAB.md). What bacpypes3 does with a WriteProperty of its Device
//! object's Description is asserted as it really is (it takes it: SimpleACK, value unchanged).
//!
//! The test process stays in the root namespace and starts the lab; the write test itself runs
//! in the auditor namespace as this same test binary, re-executed through `netns.sh exec`
//! (which refuses to run anything outside that namespace) with the ignored test
//! `inner_write_test_in_the_auditor_namespace`, which checks once more where it runs before
//! sending anything. Needs root, `ip`, `knxd` and python3 with bacpypes3; skips and says why
//! otherwise, unless `BAS_AUDIT_REQUIRE_PEERS=1`, then it fails.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::Value;

const LAB_UP_LIMIT: Duration = Duration::from_secs(150);
const INNER_LIMIT: Duration = Duration::from_secs(120);
/// The env var that makes the ignored inner test run, naming the namespace it must be in.
const INNER_ENV: &str = "BAS_LAB_WRITE_TEST_NETNS";
const MARK: &str = "WRITE-TEST-RESULT ";

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("workspace root")
        .to_path_buf()
}

fn building() -> Value {
    let text =
        std::fs::read_to_string(repo().join("lab/building.json")).expect("lab/building.json");
    serde_json::from_str(&text).expect("building.json is JSON")
}

fn command_ok(program: &str, args: &[&str]) -> bool {
    Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

fn missing() -> Vec<&'static str> {
    let mut why = Vec::new();
    let root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    if !root {
        why.push("not root (network namespaces need root)");
    }
    if !command_ok("ip", &["-V"]) {
        why.push("`ip` (iproute2) not found");
    }
    if !command_ok("knxd", &["--version"]) {
        why.push("`knxd` not found (apt-get install knxd)");
    }
    if !command_ok("python3", &["-c", "import bacpypes3"]) {
        why.push("python3 module bacpypes3 not found (pip install bacpypes3)");
    }
    why
}

/// `netns.sh hold`; dropping closes its stdin, which tears the lab down.
struct Lab {
    prefix: String,
    state: PathBuf,
    hold: Child,
    stdin: Option<ChildStdin>,
}

impl Lab {
    fn start() -> Lab {
        let prefix = format!("bw{}", std::process::id() % 100_000);
        let state = std::env::temp_dir().join(format!("bas-lab-test-{prefix}"));
        let _ = std::fs::remove_dir_all(&state);
        std::fs::create_dir_all(&state).expect("state dir");
        let log = std::fs::File::create(state.join("netns.log")).expect("netns.log");
        let mut hold = Command::new("bash")
            .arg(repo().join("lab/netns.sh"))
            .args(["hold", "--prefix", &prefix, "--max-seconds", "600"])
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
        let lab = Lab {
            prefix,
            state,
            hold,
            stdin,
        };
        let deadline = Instant::now() + LAB_UP_LIMIT;
        loop {
            match rx.recv_timeout(deadline.saturating_duration_since(Instant::now())) {
                Ok(line) if line.starts_with("READY ") => break,
                Ok(_) => continue,
                Err(_) => panic!(
                    "lab did not come up within {LAB_UP_LIMIT:?}:\n{}",
                    std::fs::read_to_string(lab.state.join("netns.log")).unwrap_or_default()
                ),
            }
        }
        lab
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
                        .arg(repo().join("lab/netns.sh"))
                        .args(["down", "--prefix", &self.prefix])
                        .status();
                    break;
                }
            }
        }
        let _ = std::fs::remove_dir_all(&self.state);
    }
}

#[test]
fn write_test_against_bacpypes3_devices() {
    let why = missing();
    if !why.is_empty() {
        let why = why.join("; ");
        assert!(
            std::env::var("BAS_AUDIT_REQUIRE_PEERS").as_deref() != Ok("1"),
            "BAS_AUDIT_REQUIRE_PEERS=1 but {why}"
        );
        eprintln!("skipping: {why} (set BAS_AUDIT_REQUIRE_PEERS=1 to fail instead)");
        return;
    }
    let b = building();
    let lab = Lab::start();
    let netns = format!("{}-aud", lab.prefix);
    let me = std::env::current_exe().expect("test binary");
    let mut child = Command::new("bash")
        .arg(repo().join("lab/netns.sh"))
        .args(["exec", "--prefix", &lab.prefix, "aud", "--"])
        .arg(me)
        .args([
            "--exact",
            "inner_write_test_in_the_auditor_namespace",
            "--ignored",
            "--nocapture",
        ])
        .env(INNER_ENV, &netns)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run the inner test in the auditor namespace");
    let deadline = Instant::now() + INNER_LIMIT;
    while child.try_wait().expect("wait").is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("inner write test did not finish within {INNER_LIMIT:?}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let out = child.wait_with_output().expect("inner output");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "inner write test failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json = stdout
        .lines()
        .find_map(|l| l.strip_prefix(MARK))
        .unwrap_or_else(|| panic!("no result line in:\n{stdout}"));
    let res: Vec<Value> = serde_json::from_str(json).expect("result JSON");
    eprintln!("write test in the lab: {json}");

    let controller = &b["bacnet"]["controller"];
    let io = &b["bacnet"]["io"];
    assert_eq!(res.len(), 2, "{res:?}");
    for (r, peer) in res.iter().zip([controller, io]) {
        let dev = &peer["device"];
        assert_eq!(r["device_instance"], dev["instance"], "{r}");
        // What bacpypes3 really does: its Device object's Description is writable (the
        // attribute has a setter); SimpleACK, and the same text reads back.
        assert_eq!(r["outcome"], "accepted", "{r}");
        assert_eq!(r["property"], "description");
        assert_eq!(r["before"], dev["description"]);
        assert_eq!(r["after"], dev["description"]);
        let req = r["request_hex"].as_str().expect("request hex");
        // Original-Unicast-NPDU, confirmed request, service write-property (0x0f), and no
        // priority tag ([4], 0x49) after the closing tag of the value ([3], 0x3f).
        assert!(req.starts_with("810a"), "{req}");
        assert!(req.ends_with("3f"), "no priority after the value: {req}");
        let text = dev["description"].as_str().expect("description");
        let text_hex: String = text.bytes().map(|c| format!("{c:02x}")).collect();
        assert!(
            req.contains(&text_hex),
            "the text read is what was written: {req}"
        );
        let ans = r["answer_hex"].as_str().expect("answer hex");
        assert!(ans.ends_with("0f"), "SimpleACK for write-property: {ans}");
    }
}

/// Runs only inside the lab's auditor namespace, started by the test above.
#[test]
#[ignore = "started by write_test_against_bacpypes3_devices inside the lab namespace"]
fn inner_write_test_in_the_auditor_namespace() {
    use audit_core::discovery::discover;
    use audit_core::job::{CancelFlag, EventSink, ProbePolicy, Scope, Target};
    use audit_core::write_test;
    let want = std::env::var(INNER_ENV).expect("started by the outer test");
    let here = Command::new("ip")
        .args(["netns", "identify", &std::process::id().to_string()])
        .output()
        .expect("ip netns identify");
    let here = String::from_utf8_lossy(&here.stdout).trim().to_string();
    assert_eq!(
        here, want,
        "refusing: not inside the lab's auditor namespace"
    );
    let b = building();
    let targets: Vec<Target> = ["controller", "io"]
        .iter()
        .map(|r| Target {
            ip: b["bacnet"][r]["ip"]
                .as_str()
                .and_then(|s| s.parse().ok())
                .expect("lab address"),
            port: None,
        })
        .collect();
    for t in &targets {
        assert!(
            t.ip.octets()[..2] == [198, 18],
            "lab addresses only: {}",
            t.ip
        );
    }
    let mut scope = Scope::targets_only(targets);
    scope.knx = false;
    let policy = ProbePolicy {
        rate: 20,
        listen_s: 2.0,
        ..ProbePolicy::default()
    }
    .validate()
    .expect("policy");
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    let res = rt.block_on(async {
        let found = discover(
            scope.clone(),
            policy.clone(),
            EventSink::none(),
            CancelFlag::new(),
        )
        .await;
        let mut devices = found.inventory.bacnet.devices;
        devices.sort_by_key(|d| d.device_instance);
        write_test::run(
            &scope,
            policy,
            &devices,
            EventSink::none(),
            CancelFlag::new(),
        )
        .await
    });
    println!(
        "{MARK}{}",
        serde_json::to_string(&res).expect("serialise results")
    );
}
