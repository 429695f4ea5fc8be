//! Device-supplied text is shown, never interpreted (issue 13, docs/TRUST.md §7): a saved audit
//! whose devices, gateway, capture analysis, findings and watch alerts carry terminal escapes,
//! control characters, a bidi override and a zero-width space is opened, every screen of the
//! installer flow is visited, and no AccessKit label, value or description on any of them holds
//! a character the safe-text rule escapes; the escaped forms are what is shown.

use std::path::Path;

use audit_core::analyze::{AnalysisReport, GatewayRow};
use audit_core::audit::DiscoverySummary;
use audit_core::checks::{CheckInput, run_all, verdict};
use audit_core::findings::{Evidence, Finding, Remediation, Severity};
use audit_core::inventory::{Device, Gateway, Inventory, NetworkPortInfo, ObjectInfo};
use audit_core::job::{ProbePolicy, Scope};
use audit_core::session::{
    AuditSession, CaptureAnalysisRecord, SessionKind, WatchRecord, write_session_file,
};
use audit_core::text::Text;
use audit_core::watch::Alert;
use bas_audit::gui::jobs::core_analyzer;
use eframe::egui;

use egui_kittest::kittest::NodeT as _;

use crate::harness::*;

/// ESC [2J (clear screen), BEL, CR, NUL, U+202E (right-to-left override), U+200B (zero width).
pub const HOSTILE: &str = "\x1b[2J\x07\r\0AHU\u{202e}1gnp.exe\u{200b}";
/// [`HOSTILE`] as the app must show it.
pub const SHOWN: &str = "\\x1b[2J\\x07\\x0d\\x00AHU\\u{202e}1gnp.exe\\u{200b}";

fn hostile(what: &str) -> String {
    format!("{what}{HOSTILE}")
}

fn shown(what: &str) -> String {
    format!("{what}{SHOWN}")
}

fn inventory() -> Inventory {
    let mut inv = Inventory::default();
    inv.bacnet.devices.push(Device {
        device_instance: 4001,
        address: "198.18.1.30:47808".into(),
        vendor_id: 999,
        vendor_name: Some(hostile("Vendor")),
        model_name: Some(hostile("Model")),
        firmware_revision: Some(hostile("FW")),
        object_name: Some(hostile("Dev")),
        description: Some(hostile("Desc")),
        location: Some(hostile("Loc")),
        max_apdu: 1476,
        segmentation: "no-segmentation".into(),
        object_count: Some(1),
        objects: vec![ObjectInfo {
            object_type: "analog-value".into(),
            instance: 1,
            object_name: Some(hostile("Obj")),
            units: Some(hostile("Unit")),
            present_value: Some(serde_json::Value::String(hostile("Val"))),
            commandable: true,
            ..ObjectInfo::default()
        }],
        network_ports: vec![NetworkPortInfo {
            instance: 1,
            object_name: Some(hostile("Port")),
            ..NetworkPortInfo::default()
        }],
        read_method: "read-property-multiple".into(),
        flags: vec![hostile("Flag")],
        errors: vec![hostile("Err")],
        ..Device::default()
    });
    inv.knx.gateways.push(Gateway {
        address: "198.18.1.41:3671".into(),
        name: hostile("Gw"),
        individual_address: "1.1.250".into(),
        mac: hostile("Mac"),
        serial: hostile("Ser"),
        core_version: Some(1),
        tunnelling_requires_secure: Some(false),
        knx_medium: "TP1".into(),
        disagreements: vec![hostile("Dis")],
        ..Gateway::default()
    });
    inv
}

fn alert() -> Alert {
    let text = |key: &str| Text::plain(hostile(key));
    Alert {
        detector: audit_core::watch::DetectorKind::ValueRange,
        rule: Some(hostile("Rule")),
        severity: Severity::High,
        time: "2026-12-07T20:00:00Z".into(),
        time_ns: 1_796_673_600_000_000_000,
        last_time: "2026-12-07T20:00:00Z".into(),
        last_time_ns: 1_796_673_600_000_000_000,
        count: 1,
        protocol: audit_core::watch::observation::Protocol::Bacnet,
        service: hostile("Svc"),
        source: hostile("Src"),
        target: Some(text("Tgt")),
        summary: audit_core::text!(
            "watch-value-reported",
            label = hostile("Point"),
            value = "99",
            service = "WriteProperty",
            source = "198.18.1.30",
            normal = "normal is 20 to 22"
        ),
        observed: text("Obs"),
        normal: text("Norm"),
        action: text("Act"),
        folded: None,
    }
}

/// An installer audit as a file: the inventory above, the findings the real checks make of it,
/// a capture analysis that saw a hostile KNX gateway, and a watch alert naming a hostile point.
fn write_hostile_audit(dir: &Path, kind: SessionKind, name: &str) -> AuditSession {
    let mut session = AuditSession::new(name, kind);
    session.inventory = inventory();
    session.discovery = Some(DiscoverySummary {
        scope: Scope::targets_only(Vec::new()),
        policy: ProbePolicy::default(),
        started: "2026-12-07T20:00:00Z".into(),
        elapsed_s: 3.0,
        estimated_packets: 10,
        packets_sent: 10,
        packets_received: 4,
        malformed_received: 0,
        sent_by_service: Default::default(),
        max_in_flight_per_device: 1,
        stopped: None,
        notes: Vec::new(),
        facts: Default::default(),
        diagnosis: Default::default(),
    });
    session.findings = run_all(&CheckInput {
        inventory: Some(&session.inventory),
        exposure: None,
        write_tests: &[],
        observed_writes: &[],
    });
    // A saved file is as hostile as the network: a finding in it may carry raw text.
    session.findings.push(Finding {
        check_id: hostile("check"),
        severity: Severity::High,
        target: Text::plain(hostile("FTarget")),
        title: Text::plain(hostile("FTitle")),
        evidence: Evidence {
            summary: Text::plain(hostile("FSeen")),
            facts: serde_json::json!({ "name": hostile("FFact") })
                .as_object()
                .cloned()
                .unwrap(),
            raw_hex: None,
        },
        remediation: Remediation {
            why: hostile("FWhy"),
            installer: hostile("FFix"),
            ..Default::default()
        },
    });
    session.verdict = Some(verdict(&session.findings, None));
    session.checked = Some(chrono::Utc::now());
    let mut report = AnalysisReport {
        file: hostile("capture"),
        format: "pcap".into(),
        packets: 3,
        ..AnalysisReport::default()
    };
    report.knx.gateways.push(GatewayRow {
        address: "198.18.1.42:3671".into(),
        name: hostile("CapGw"),
        individual_address: "1.1.251".into(),
        mac: hostile("CapMac"),
        serial: hostile("CapSer"),
        responses: 1,
        ..GatewayRow::default()
    });
    report.bacnet.by_service.insert(hostile("service"), 1);
    session.capture_analyses.push(CaptureAnalysisRecord {
        file: hostile("capture"),
        analysed_at: chrono::Utc::now(),
        report,
    });
    // An ETS export's file name, kept in the audit.
    session.knx_project = Some(
        serde_json::from_value(serde_json::json!({
            "format": "ets-xml",
            "file": hostile("ets"),
            "groups": [],
        }))
        .unwrap(),
    );
    session.watch = Some(WatchRecord {
        model: None,
        model_origin: None,
        alerts: vec![alert()],
    });
    let sessions = dir.join("sessions");
    std::fs::create_dir_all(&sessions).unwrap();
    write_session_file(&sessions.join(format!("{}.json", session.id)), &session).unwrap();
    session
}

/// Opens the audit named `name` (the escaped form `listed` is what the start screen shows).
fn open_hostile_audit(dir: &Path, kind: SessionKind, name: &str, listed: &str) -> App {
    let session = write_hostile_audit(dir, kind, name);
    // The real checks name the devices, already escaped by the core (the GUI must not escape
    // them a second time); the hand-written finding carries the raw text a file can hold.
    assert!(
        session
            .findings
            .iter()
            .any(|f| f.target.to_string().contains(SHOWN)),
        "no core finding names the hostile gateway: {:#?}",
        session.findings
    );
    assert!(
        session
            .findings
            .iter()
            .any(|f| f.target.to_string().contains(HOSTILE)),
        "the raw finding is missing"
    );
    let mut h = harness_of_size(config(dir, core_analyzer()), egui::vec2(1400.0, 1400.0));
    step_until(&mut h, "recent audit listed", |h| has_label(h, listed));
    assert_no_unsafe_text(&h, "Home");
    h.get_by_label("Open").click();
    h.run_steps(3);
    h
}

#[test]
fn a_saved_audit_with_hostile_names_shows_them_escaped_on_every_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = open_hostile_audit(
        dir.path(),
        SessionKind::Installer,
        "Hostile site",
        "Hostile site",
    );
    wait_for_label(&mut h, "Scope");
    assert!(
        has_label_containing(&h, &shown("ets")),
        "the ETS export's file name"
    );
    assert_no_unsafe_text(&h, "Scope");

    h.get_by_label("Devices").click();
    wait_for_label(&mut h, &shown("Model"));
    assert!(has_label(&h, &shown("Vendor")));
    assert!(has_label(&h, &shown("FW")));
    assert!(has_label(&h, &shown("Gw")), "KNX gateway name in the table");
    assert_no_unsafe_text(&h, "Devices");

    h.get_by_label(&shown("Model")).click();
    wait_for_label(&mut h, "Device details");
    assert!(has_label_containing(&h, &shown("Dev")), "device heading");
    assert!(has_label(&h, &shown("Desc")));
    assert!(
        has_label(&h, &shown("Obj")),
        "object name in the object list"
    );
    assert!(has_label(&h, &shown("Val")), "present value");
    assert!(has_label_containing(&h, &shown("Port")), "network port");
    assert_no_unsafe_text(&h, "Devices: BACnet device details");
    h.get_by_label("Back to all devices").click();
    wait_for_label(&mut h, &shown("Gw"));

    h.get_by_label(&shown("Gw")).click();
    wait_for_label(&mut h, "Device details");
    assert!(has_label(&h, &shown("Ser")));
    assert!(has_label(&h, &shown("Mac")));
    assert_no_unsafe_text(&h, "Devices: KNX gateway details");
    h.get_by_label("Back to all devices").click();
    wait_for_label(&mut h, &shown("Gw"));

    h.get_by_label("Findings").click();
    wait_for_label(&mut h, "Run checks");
    h.run_steps(3);
    assert!(
        has_label(&h, &shown("FTitle")),
        "the raw finding's title, escaped"
    );
    assert!(
        has_label_containing(&h, &format!("Gw{SHOWN}")),
        "the core's finding names the gateway, escaped once"
    );
    assert_no_unsafe_text(&h, "Findings");
    h.get_by_label(&shown("FTitle")).click();
    wait_for_label(&mut h, &shown("FSeen"));
    assert!(has_label(&h, &shown("FFact")));
    assert!(has_label(&h, &shown("FWhy")));
    assert_no_unsafe_text(&h, "Findings: finding details");

    h.get_by_label("Capture analysis").click();
    wait_for_label(&mut h, &shown("CapGw"));
    assert!(has_label(&h, &shown("CapSer")));
    assert!(
        has_label(&h, &shown("service")),
        "service name from the file"
    );
    assert_no_unsafe_text(&h, "Capture analysis (saved)");

    h.get_by_label("Learning watch").click();
    wait_for_label(&mut h, "Learning watch");
    h.run_steps(3);
    assert!(has_label_containing(&h, &shown("Point")), "alert summary");
    assert_no_unsafe_text(&h, "Learning watch");
    h.get_all_by_label_contains(&shown("Point"))
        .next()
        .unwrap()
        .click();
    h.run_steps(3);
    assert!(has_label(&h, &shown("Src")), "alert source in the details");
    assert_no_unsafe_text(&h, "Learning watch: alert details");

    h.get_by_label("Report").click();
    step_until(&mut h, "report preview", |h| {
        h.state().state.report.preview.is_some()
    });
    h.run_steps(5);
    assert_no_unsafe_text(&h, "Report");
    // Unfold every folded section of the preview (devices, findings, appendix) and look again.
    let folded: Vec<String> = h
        .query_all_by_role(egui::accesskit::Role::DisclosureTriangle)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert!(folded.len() > 2, "report sections: {folded:?}");
    for label in &folded {
        let triangle = egui::accesskit::Role::DisclosureTriangle;
        // By AccessKit action: most headers are below the fold of the page.
        if let Some(n) = h.query_all_by_role_and_label(triangle, label).next() {
            n.click_accesskit();
        }
        h.run_steps(2);
    }
    h.run_steps(3);
    assert!(
        has_label_containing(&h, SHOWN),
        "the unfolded report names the hostile devices, escaped"
    );
    assert_no_unsafe_text(&h, "Report, every section unfolded");
    // Redaction lists what it replaced, originals included: the gateway's serial is one.
    h.get_by_label("Hide addresses, names and serial numbers")
        .click_accesskit();
    step_until(&mut h, "the redaction list", |h| {
        has_label(h, "What redaction replaced")
    });
    h.run_steps(3);
    assert!(has_label(&h, &shown("Ser")), "the replaced serial, escaped");
    assert_no_unsafe_text(&h, "Report, redaction list");

    for screen in ["Log", "About", "Scope"] {
        h.get_by_label(screen).click();
        h.run_steps(4);
        assert_no_unsafe_text(&h, screen);
    }
}

#[test]
fn a_homeowners_saved_self_check_with_hostile_findings_shows_them_escaped() {
    let dir = tempfile::tempdir().unwrap();
    // The audit's own name comes from the file too (the installer's Scope screen edits it in
    // a text field, so that test keeps an honest name).
    let mut h = open_hostile_audit(
        dir.path(),
        SessionKind::Homeowner,
        &hostile("Home"),
        &shown("Home"),
    );
    wait_for_label(&mut h, &shown("FTitle"));
    assert!(
        has_label(&h, &shown("Home")),
        "the audit's name in the top bar"
    );
    assert!(has_label(&h, &shown("FSeen")) || has_label(&h, &shown("FFix")));
    assert_no_unsafe_text(&h, "Self-check");
    h.get_by_label("Log").click();
    h.run_steps(4);
    assert!(
        has_label_containing(&h, &shown("Home")),
        "the log line saying the audit was opened"
    );
    assert_no_unsafe_text(&h, "Log");
    for screen in ["About", "Self-check"] {
        h.get_by_label(screen).click();
        h.run_steps(4);
        assert_no_unsafe_text(&h, screen);
    }
}

/// A KNXnet/IP SEARCH_RESPONSE (03_08_02 §7.6) from 198.18.1.42:3671 whose friendly name is
/// `name` (UTF-8, at most 30 bytes, NUL-padded), in Ethernet/IPv4/UDP, as one pcap record.
fn knx_search_response_pcap(name: &[u8]) -> Vec<u8> {
    assert!(name.len() <= 30);
    let mut knx = vec![0x06, 0x10, 0x02, 0x02, 0x00, 0x00];
    knx.extend([0x08, 0x01, 198, 18, 1, 42, 0x0e, 0x57]); // HPAI: UDP 198.18.1.42:3671
    knx.extend([0x36, 0x01, 0x02, 0x00, 0x11, 0xfb, 0x00, 0x00]); // DIB device info, TP1, 1.1.251
    knx.extend([0x00, 0xfa, 0x01, 0x02, 0x03, 0x04]); // serial
    knx.extend([224, 0, 23, 12]); // routing multicast
    knx.extend([0x02, 0x24, 0x6d, 0x01, 0x02, 0x03]); // MAC
    let mut field = [0u8; 30];
    field[..name.len()].copy_from_slice(name);
    knx.extend(field);
    knx.extend([0x0a, 0x02, 0x02, 0x01, 0x03, 0x01, 0x04, 0x01, 0x05, 0x01]); // families
    let total = u16::try_from(knx.len()).unwrap();
    knx[4..6].copy_from_slice(&total.to_be_bytes());

    let udp_len = 8 + total;
    let mut udp = Vec::new();
    udp.extend(3671u16.to_be_bytes());
    udp.extend(3671u16.to_be_bytes());
    udp.extend(udp_len.to_be_bytes());
    udp.extend([0, 0]); // no checksum (allowed over IPv4)
    udp.extend(&knx);

    let ip_len = 20 + udp_len;
    let mut ip = vec![0x45, 0x00];
    ip.extend(ip_len.to_be_bytes());
    ip.extend([0x00, 0x01, 0x40, 0x00, 64, 17, 0, 0]);
    ip.extend([198, 18, 1, 42, 198, 18, 1, 10]);
    let sum = ip
        .chunks(2)
        .map(|w| u32::from(u16::from_be_bytes([w[0], w[1]])))
        .sum::<u32>();
    let sum = (sum & 0xffff) + (sum >> 16);
    let checksum = !u16::try_from((sum & 0xffff) + (sum >> 16)).unwrap();
    ip[10..12].copy_from_slice(&checksum.to_be_bytes());
    ip.extend(&udp);

    let mut frame = vec![0x02, 0, 0, 0, 0, 0x10, 0x02, 0x24, 0x6d, 0x01, 0x02, 0x03];
    frame.extend([0x08, 0x00]);
    frame.extend(&ip);

    let mut pcap = Vec::new();
    pcap.extend(0xa1b2_c3d4u32.to_le_bytes());
    pcap.extend(2u16.to_le_bytes());
    pcap.extend(4u16.to_le_bytes());
    pcap.extend([0u8; 8]);
    pcap.extend(65_535u32.to_le_bytes());
    pcap.extend(1u32.to_le_bytes()); // Ethernet
    let len = u32::try_from(frame.len()).unwrap();
    pcap.extend(1_796_673_600u32.to_le_bytes());
    pcap.extend(0u32.to_le_bytes());
    pcap.extend(len.to_le_bytes());
    pcap.extend(len.to_le_bytes());
    pcap.extend(&frame);
    pcap
}

#[test]
fn a_capture_whose_gateway_name_is_hostile_is_shown_escaped_after_analysis() {
    let dir = tempfile::tempdir().unwrap();
    // ESC [2J, BEL, CR, U+202E, U+200B: NUL would end the name field.
    let name = "\x1b[2J\x07\rGW\u{202e}1\u{200b}";
    let capture = dir.path().join("hostile-gateway.pcap");
    std::fs::write(&capture, knx_search_response_pcap(name.as_bytes())).unwrap();
    let mut h = harness_of_size(
        config(dir.path(), core_analyzer()),
        egui::vec2(1400.0, 1400.0),
    );
    h.run();
    open_capture_screen(&mut h);
    analyse(&mut h, capture.to_str().unwrap());
    let escaped = "\\x1b[2J\\x07\\x0dGW\\u{202e}1\\u{200b}";
    wait_for_label(&mut h, escaped);
    assert!(has_label(&h, "1.1.251"), "the gateway row");
    assert_no_unsafe_text(&h, "Capture analysis (fresh)");
    // The analysis itself keeps the name exactly as the capture had it.
    let (_, report) = h.state().state.analysis.shown.clone().unwrap();
    assert_eq!(report.knx.gateways[0].name, name);
    for screen in ["Log", "Report"] {
        h.get_by_label(screen).click();
        h.run_steps(4);
        assert_no_unsafe_text(&h, screen);
    }
}
