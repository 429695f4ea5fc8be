//! GUI tests of the router's internet address before the checks (issue 18): the demo
//! building's choice of home router, the typed address and the opt-in STUN server. Jobs send
//! only to the demo building on loopback and to a STUN responder on loopback built here.

use std::net::{Ipv4Addr, SocketAddrV4, UdpSocket};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use audit_core::checks::{ExposureState, Light};
use audit_core::sim::router::DemoRouter;
use bas_audit::gui::AppConfig;
use bas_audit::gui::jobs::core_analyzer;
use eframe::egui;

use crate::harness::*;

const SECTION: &str = "Router's internet address (optional)";
const ADDRESS: &str = "Router's internet address:";
const STUN: &str = "STUN server:";
const DEMO_ROUTER: &str = "Demo home router:";

fn demo_findings(dir: &Path) -> App {
    let config = AppConfig {
        demo: true,
        ..config(dir, core_analyzer())
    };
    let mut h = harness_of_size(config, egui::vec2(1100.0, 1000.0));
    h.run_steps(2);
    wait_for_label(&mut h, "Findings");
    h.get_by_label("Findings").click();
    wait_for_label(&mut h, "Run checks");
    h
}

/// Opens the folded section and types into its fields.
fn type_router(h: &mut App, address: &str, stun: &str) {
    if !has_label(h, ADDRESS) {
        h.get_by_label(SECTION).click();
        wait_for_label(h, ADDRESS);
    }
    h.get_by_label(ADDRESS).set_text_value_accesskit(address);
    h.get_by_label(STUN).set_text_value_accesskit(stun);
    h.run_steps(2);
}

/// Runs the checks with the consent dialog's defaults (plus `tick`), and waits for them.
fn run_checks(h: &mut App, tick: &[&str]) {
    h.get_by_label("Run checks").click();
    wait_for_label(h, "Allow and send");
    for option in tick {
        h.get_by_label(option).click();
        h.run_steps(1);
    }
    h.get_by_label("Allow and send").click();
    step_until(h, "the checks to start", |h| {
        h.state().state.checks.running.is_some()
    });
    step_until(h, "the checks to finish", checks_done);
}

fn state_of(h: &App) -> ExposureState {
    let session = h.state().state.session.as_ref().unwrap();
    let verdict = session.verdict.as_ref().unwrap();
    verdict.exposure.as_ref().expect("an exposure state").state
}

/// Picks the demo router in its drop-down and waits for the swap.
fn pick_demo_router(h: &mut App, label: &str, kind: DemoRouter) {
    h.get_by_label(DEMO_ROUTER).click();
    wait_for_label(h, label);
    h.get_by_label(label).click();
    step_until(h, "the demo router swap", |h| {
        h.state().state.demo_router == Some(kind)
    });
}

/// The demo router "behind the provider's NAT" gives that state on the verdict card; back to
/// "public", the card says reachable. The router is swapped in the running building.
#[test]
fn the_demo_router_choice_shows_each_exposure_state() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_findings(dir.path());
    assert_eq!(h.state().state.demo_router, Some(DemoRouter::Public));
    // The drop-down offers the three kinds.
    h.get_by_label(DEMO_ROUTER).click();
    for label in [
        "Public address, door open",
        "Behind the provider's NAT, door open",
        "Public address, no door open",
    ] {
        wait_for_label(&mut h, label);
    }
    h.key_press(egui::Key::Escape);
    h.run_steps(2);
    pick_demo_router(
        &mut h,
        "Behind the provider's NAT, door open",
        DemoRouter::Cgnat,
    );
    assert!(
        h.state().state.demo_description.iter().any(|l| l
            .render(audit_core::text::Lang::En)
            .contains("shared carrier-grade NAT")),
        "{:?}",
        h.state().state.demo_description
    );
    run_checks(&mut h, &[]);
    assert_eq!(state_of(&h), ExposureState::ForwardedBehindNat);
    let light = h
        .state()
        .state
        .session
        .as_ref()
        .unwrap()
        .verdict
        .as_ref()
        .unwrap()
        .light;
    assert_eq!(light, Light::Amber);
    wait_for_label(&mut h, "Internet: forwarded, behind the provider's network");
    assert!(has_label_containing(
        &h,
        "Your router's internet address: 127.0.0.3"
    ));
    assert!(!has_label_containing(
        &h,
        "can be reached from the internet"
    ));
    assert!(!has_label(&h, "Internet: reachable from the internet"));

    pick_demo_router(&mut h, "Public address, door open", DemoRouter::Public);
    run_checks(&mut h, &[]);
    assert_eq!(state_of(&h), ExposureState::Reachable);
    wait_for_label(&mut h, "Internet: reachable from the internet");
    assert!(has_label(
        &h,
        "Your building controls can be reached from the internet."
    ));
}

/// Not an address: the message, no consent dialog, nothing sent.
#[test]
fn a_typed_address_that_is_not_one_shows_the_message_and_nothing_runs() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_findings(dir.path());
    type_router(&mut h, "192.168.1.300", "");
    h.get_by_label("Run checks").click();
    h.run_steps(3);
    let message = "\"192.168.1.300\" is not an internet address: type four numbers with dots, \
                   as the router's status page shows it. Nothing was sent.";
    wait_for_label(&mut h, message);
    assert!(
        h.state().state.checks.pending.is_none(),
        "consent was asked"
    );
    assert!(!has_label(&h, "Allow and send"));
    // A STUN server that is not one is refused the same way.
    type_router(&mut h, "", "stun.example.net:0");
    h.get_by_label("Run checks").click();
    h.run_steps(3);
    assert!(has_label_containing(&h, "is not a STUN server"));
    assert!(h.state().state.checks.pending.is_none());
    std::thread::sleep(Duration::from_millis(200));
    h.run_steps(2);
    assert!(h.state().state.checks.running.is_none());
    assert_eq!(h.state().state.log.sent_count(), 0);
    assert_eq!(h.state().demo_datagrams_received(), Some(0));
}

/// The demo router's address typed in (127.0.0.3, which stands for a public address): the GUI
/// keeps it in the audit and gives the state `bas-audit check --demo --external-ip` gives.
#[test]
fn a_typed_public_address_gives_the_state_the_cli_gives() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_findings(dir.path());
    type_router(&mut h, " 127.0.0.3 ", "");
    h.get_by_label("Run checks").click();
    wait_for_label(&mut h, "Allow and send");
    assert!(has_label_containing(
        &h,
        "The router's internet address as you typed it: 127.0.0.3"
    ));
    h.get_by_label("Allow and send").click();
    step_until(&mut h, "the checks to start", |h| {
        h.state().state.checks.running.is_some()
    });
    step_until(&mut h, "the checks to finish", checks_done);
    let session = h.state().state.session.as_ref().unwrap();
    let exposure = session.exposure.as_ref().unwrap();
    assert_eq!(
        exposure.typed_external_ip,
        Some(Ipv4Addr::new(127, 0, 0, 3))
    );
    assert!(exposure.stun.is_none(), "no STUN server was given");
    let gui = state_of(&h);
    assert_eq!(gui, ExposureState::Reachable);
    wait_for_label(&mut h, "Internet: reachable from the internet");

    let out = std::process::Command::new(env!("CARGO_BIN_EXE_bas-audit"))
        .args([
            "check",
            "--demo",
            "--json",
            "--timeout",
            "1",
            "--external-ip",
            "127.0.0.3",
        ])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["exposure"]["typed_external_ip"], "127.0.0.3");
    let cli = v["verdict"]["exposure"]["state"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(serde_json::to_value(gui).unwrap(), cli.as_str());
}

/// A STUN responder on loopback (RFC 5389 Binding success with XOR-MAPPED-ADDRESS `mapped`),
/// for 60 s at most; it records every request.
struct Responder {
    addr: SocketAddrV4,
    requests: Arc<Mutex<Vec<Vec<u8>>>>,
    stop: Arc<AtomicBool>,
}

impl Drop for Responder {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

fn stun_responder(ip: Ipv4Addr, mapped: SocketAddrV4) -> Responder {
    let sock = UdpSocket::bind((ip, 0)).unwrap();
    sock.set_read_timeout(Some(Duration::from_millis(50)))
        .unwrap();
    let addr = match sock.local_addr().unwrap() {
        std::net::SocketAddr::V4(a) => a,
        other => panic!("{other}"),
    };
    let stop = Arc::new(AtomicBool::new(false));
    let requests = Arc::new(Mutex::new(Vec::new()));
    let (s, r) = (stop.clone(), requests.clone());
    std::thread::spawn(move || {
        let t0 = Instant::now();
        let mut buf = [0u8; 1500];
        while !s.load(Ordering::SeqCst) && t0.elapsed() < Duration::from_secs(60) {
            let Ok((n, src)) = sock.recv_from(&mut buf) else {
                continue;
            };
            let req = &buf[..n];
            r.lock().unwrap().push(req.to_vec());
            if n < 20 || req[..2] != [0x00, 0x01] {
                continue;
            }
            let mut a = vec![0x01, 0x01, 0x00, 0x0c, 0x21, 0x12, 0xa4, 0x42];
            a.extend_from_slice(&req[8..20]);
            a.extend_from_slice(&[0x00, 0x20, 0x00, 0x08, 0x00, 0x01]);
            a.extend_from_slice(&(mapped.port() ^ 0x2112).to_be_bytes());
            a.extend_from_slice(&(u32::from(*mapped.ip()) ^ 0x2112_a442).to_be_bytes());
            let _ = sock.send_to(&a, src);
        }
    });
    Responder {
        addr,
        requests,
        stop,
    }
}

/// The consent dialog names the STUN server and what it learns, off by default: unticked,
/// nothing reaches the server; ticked, one Binding request does and the audit keeps what the
/// server said.
#[test]
fn the_stun_server_is_named_in_the_consent_and_asked_only_when_ticked() {
    let responder = stun_responder(
        Ipv4Addr::new(127, 0, 0, 94),
        SocketAddrV4::new(Ipv4Addr::new(127, 0, 0, 3), 40_000),
    );
    let server = responder.addr.to_string();
    let option =
        format!("Ask the STUN server {server} for this network's public address (needs internet)");
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_findings(dir.path());
    type_router(&mut h, "", &server);

    // Unticked (the default): nothing goes to the server.
    h.get_by_label("Run checks").click();
    wait_for_label(&mut h, &option);
    assert!(has_label_containing(
        &h,
        &format!("Ask the STUN server {server} which address this site has on the internet")
    ));
    assert!(has_label_containing(
        &h,
        "it learns this site's public internet address and port"
    ));
    assert!(has_label_containing(&h, "with nothing else in it"));
    h.get_by_label("Allow and send").click();
    step_until(&mut h, "the checks to start", |h| {
        h.state().state.checks.running.is_some()
    });
    step_until(&mut h, "the checks to finish", checks_done);
    let exposure = h
        .state()
        .state
        .session
        .as_ref()
        .unwrap()
        .exposure
        .clone()
        .unwrap();
    assert!(exposure.stun.is_none(), "{:?}", exposure.stun);
    assert!(responder.requests.lock().unwrap().is_empty());

    // Ticked: the server gets the 20-byte Binding request, and its answer is in the audit.
    run_checks(&mut h, &[&option]);
    let requests = responder.requests.lock().unwrap().clone();
    assert!(
        (1..=3).contains(&requests.len()),
        "{} requests",
        requests.len()
    );
    for r in &requests {
        assert_eq!(r.len(), 20, "{r:02x?}");
        assert_eq!(r[..4], [0x00, 0x01, 0x00, 0x00]);
    }
    let exposure = h
        .state()
        .state
        .session
        .as_ref()
        .unwrap()
        .exposure
        .clone()
        .unwrap();
    let stun = exposure.stun.expect("the STUN answer is kept");
    assert_eq!(stun.server, server);
    assert_eq!(stun.error, None, "{stun:?}");
    assert_eq!(
        stun.mapped,
        Some(SocketAddrV4::new(Ipv4Addr::new(127, 0, 0, 3), 40_000))
    );
    assert!(
        h.state()
            .state
            .log
            .entries()
            .iter()
            .any(|e| e.text.contains(&format!("STUN allowed: {server}"))),
        "the choice is logged"
    );
}

/// The homeowner self-check has the same inputs, and its plain dialog offers the STUN server
/// the same way, unticked. Cancel sends nothing.
#[test]
fn the_self_check_offers_the_stun_server_too() {
    let dir = tempfile::tempdir().unwrap();
    let config = AppConfig {
        demo: true,
        ..config(dir.path(), core_analyzer())
    };
    let mut h = harness_of_size(config, egui::vec2(1100.0, 1000.0));
    h.run_steps(2);
    wait_for_label(&mut h, "Home");
    h.get_by_label("Home").click();
    wait_for_label(&mut h, "Homeowner self-check");
    h.get_by_label("Homeowner self-check").click();
    wait_for_label(&mut h, "Check my home");
    assert!(has_label(&h, DEMO_ROUTER));
    type_router(&mut h, "", "127.0.0.99:3478");
    h.get_by_label("Check my home").click();
    let option =
        "Ask the STUN server 127.0.0.99:3478 for this network's public address (needs internet)";
    wait_for_label(&mut h, option);
    assert!(has_label(&h, "Check now"));
    assert!(has_label_containing(&h, "with nothing else in it"));
    h.get_by_label("Cancel").click();
    h.run_steps(5);
    assert!(h.state().state.checks.pending.is_none());
    assert!(h.state().state.checks.running.is_none());
    assert_eq!(h.state().state.log.sent_count(), 0);
    assert_eq!(h.state().demo_datagrams_received(), Some(0));
}
