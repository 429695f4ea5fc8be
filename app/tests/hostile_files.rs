//! Issue 13, kinds 6 and 7: hostile files and interruptions (no network beyond the demo
//! building on loopback). Every file is read bounded and only if it is a regular file; nothing
//! an audit gathered is lost to a damaged session file, to `discover --session` on an audit,
//! or to SIGTERM/SIGHUP. `BAS_AUDIT_BIN` runs another binary (to show these fail before the
//! fix).

use std::io::Write;
use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

fn bin() -> String {
    std::env::var("BAS_AUDIT_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_bas-audit").into())
}

/// Runs `bas-audit ARGS`, killed after `limit` (then `None`).
fn run_for(args: &[&str], limit: Duration) -> Option<Output> {
    let mut child = Command::new(bin())
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn bas-audit");
    let deadline = Instant::now() + limit;
    loop {
        if child.try_wait().expect("wait").is_some() {
            return Some(child.wait_with_output().expect("output"));
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            return None;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn mkfifo(path: &Path) -> bool {
    Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success())
}

/// A writer that feeds `path` (a FIFO) a valid pcap header and then packets without end, until
/// the reader goes away; bounded by `limit`.
fn endless_writer(path: &Path, limit: Duration) -> std::thread::JoinHandle<()> {
    let path = path.to_path_buf();
    std::thread::spawn(move || {
        let Ok(mut f) = std::fs::OpenOptions::new().write(true).open(&path) else {
            return;
        };
        let mut header = 0xa1b2_c3d4u32.to_le_bytes().to_vec();
        header.extend_from_slice(&2u16.to_le_bytes());
        header.extend_from_slice(&4u16.to_le_bytes());
        header.extend_from_slice(&[0; 8]);
        header.extend_from_slice(&65535u32.to_le_bytes());
        header.extend_from_slice(&1u32.to_le_bytes());
        if f.write_all(&header).is_err() {
            return;
        }
        let frame = [0u8; 60];
        let mut record = Vec::new();
        record.extend_from_slice(&[0; 8]);
        record.extend_from_slice(&60u32.to_le_bytes());
        record.extend_from_slice(&60u32.to_le_bytes());
        record.extend_from_slice(&frame);
        let end = Instant::now() + limit;
        while Instant::now() < end {
            if f.write_all(&record).is_err() {
                return;
            }
        }
    })
}

/// Kind 6: a capture that is a FIFO fed without end (or a device) is refused at once, with
/// what it is; before, `analyze` opened it (blocking until a writer came) and read forever.
#[test]
fn a_fifo_or_device_capture_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("capture.pcap");
    if !mkfifo(&fifo) {
        eprintln!("skipping: mkfifo not available");
        return;
    }
    let writer = endless_writer(&fifo, Duration::from_secs(20));
    let out = run_for(
        &["analyze", fifo.to_str().unwrap()],
        Duration::from_secs(10),
    );
    // Unblock the writer if nobody opened the FIFO (the fixed reader never does).
    let _ = std::fs::OpenOptions::new()
        .read(true)
        .custom_flags_nonblock()
        .open(&fifo);
    let out = out.expect("analyze of a FIFO did not return within 10 s");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("FIFO"), "{err}");
    let _ = writer.join();
    for device in ["/dev/zero", "/dev/urandom"] {
        let out = run_for(&["analyze", device], Duration::from_secs(10))
            .unwrap_or_else(|| panic!("analyze {device} did not return"));
        assert_eq!(out.status.code(), Some(2), "{device}: {out:?}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("a device"),
            "{device}: {out:?}"
        );
    }
}

/// Kind 6: a model that is a device is refused before anything runs, by `watch detect` and by
/// `check --watch-model` (both were bounded already by the core re-layout; kept as a guard).
#[test]
fn models_that_are_devices_are_refused() {
    let out = run_for(
        &[
            "watch",
            "detect",
            "--pcap",
            "/dev/null",
            "--model",
            "/dev/zero",
        ],
        Duration::from_secs(20),
    )
    .expect("watch detect --model /dev/zero returned");
    assert!(!out.status.success(), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("a device"),
        "{out:?}"
    );
    let out = run_for(
        &[
            "--demo",
            "check",
            "--watch-model",
            "/dev/zero",
            "--no-router",
        ],
        Duration::from_secs(20),
    )
    .expect("check --watch-model /dev/zero returned");
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("a device"),
        "{out:?}"
    );
}

/// Kind 7: a damaged `--session` file is refused before anything is sent (before, the check
/// ran, then refused the file and threw the audit away); the file is left as it was.
#[test]
fn a_damaged_session_is_refused_before_the_job() {
    let dir = tempfile::tempdir().unwrap();
    let damaged = dir.path().join("audit.json");
    std::fs::write(&damaged, b"{\"format_version\": 3, \"name\": tru").unwrap();
    for cmd in ["check", "discover"] {
        let mut args = vec!["--demo", cmd, "--rate", "200", "--timeout", "0.3"];
        if cmd == "check" {
            args.push("--no-router");
        }
        args.extend(["--session", damaged.to_str().unwrap()]);
        let out = run_for(&args, Duration::from_secs(60)).expect("returned");
        assert_eq!(out.status.code(), Some(2), "{cmd}: {out:?}");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            !stdout.contains("Sending") && !stdout.contains("BACnet/IP devices"),
            "{cmd}: the job ran before the file was refused:\n{stdout}"
        );
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.contains("audit.json") && err.contains("nothing was sent"),
            "{err}"
        );
        assert_eq!(
            std::fs::read(&damaged).unwrap(),
            b"{\"format_version\": 3, \"name\": tru"
        );
    }
}

/// Kind 7: `discover --session` on an audit session adds the discovery to it (its findings and
/// verdict stay); before, the audit was replaced by a bare discovery result.
#[test]
fn discover_adds_to_an_audit_session() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("audit.json");
    let p = path.to_str().unwrap();
    let out = run_for(
        &[
            "--demo",
            "check",
            "--rate",
            "200",
            "--timeout",
            "0.5",
            "--session",
            p,
        ],
        Duration::from_secs(120),
    )
    .expect("check returned");
    assert!(out.status.success(), "{out:?}");
    let before: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    let findings = before["findings"].as_array().map_or(0, Vec::len);
    assert!(findings > 0, "the check found something on the demo");
    let out = run_for(
        &[
            "--demo",
            "discover",
            "--rate",
            "200",
            "--timeout",
            "0.5",
            "--session",
            p,
        ],
        Duration::from_secs(120),
    )
    .expect("discover returned");
    assert!(out.status.success(), "{out:?}");
    let after: Value = serde_json::from_slice(&std::fs::read(&path).unwrap()).unwrap();
    assert_eq!(
        after["format_version"], before["format_version"],
        "still an audit session"
    );
    assert_eq!(after["id"], before["id"]);
    assert_eq!(after["findings"].as_array().map_or(0, Vec::len), findings);
    assert!(after["verdict"].is_object());
    assert_eq!(
        after["inventory"]["bacnet"]["devices"]
            .as_array()
            .map_or(0, Vec::len),
        6
    );
    assert_ne!(
        after["discovery"]["started"],
        before["discovery"]["started"]
    );
}

fn spawn(args: &[&str]) -> Child {
    Command::new(bin())
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn bas-audit")
}

/// Kind 7: SIGTERM and SIGHUP during a discovery are handled like Ctrl-C: it stops sending,
/// prints and saves what it gathered, and exits with 128 + the signal.
#[test]
fn sigterm_and_sighup_print_and_save_what_was_gathered() {
    for (signal, code) in [("TERM", 143), ("HUP", 129), ("INT", 130)] {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("result.json");
        // A long listening window: the job is still running when the signal comes.
        let child = spawn(&[
            "--demo",
            "discover",
            "--rate",
            "200",
            "--timeout",
            "20",
            "--session",
            path.to_str().unwrap(),
        ]);
        std::thread::sleep(Duration::from_secs(3));
        let pid = child.id().to_string();
        assert!(
            Command::new("kill")
                .args([&format!("-{signal}"), &pid])
                .status()
                .unwrap()
                .success()
        );
        let start = Instant::now();
        let out = child.wait_with_output().expect("wait");
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "{signal}: slow to stop"
        );
        assert_eq!(out.status.code(), Some(code), "SIG{signal}: {out:?}");
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            stdout.contains("BACnet/IP devices:"),
            "SIG{signal}: nothing printed:\n{stdout}"
        );
        assert!(
            stdout.contains("stopped: cancelled"),
            "SIG{signal}:\n{stdout}"
        );
        let saved: Value = serde_json::from_slice(&std::fs::read(&path).unwrap_or_default())
            .unwrap_or_else(|e| panic!("SIG{signal}: nothing saved ({e})"));
        assert_eq!(saved["stopped"], "cancelled");
        assert!(saved["packets_sent"].as_u64() > Some(0));
    }
}

/// `OpenOptions` in non-blocking mode (so that opening the FIFO to release its writer never
/// hangs the test itself).
trait NonBlock {
    fn custom_flags_nonblock(&mut self) -> &mut Self;
}

impl NonBlock for std::fs::OpenOptions {
    fn custom_flags_nonblock(&mut self) -> &mut Self {
        use std::os::unix::fs::OpenOptionsExt;
        self.custom_flags(0o4000) // O_NONBLOCK
    }
}
