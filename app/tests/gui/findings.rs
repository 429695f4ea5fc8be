//! GUI tests of the Findings screen and the homeowner self-check (egui_kittest, AccessKit
//! queries, headless). Jobs that send run only against the demo building on loopback.

use std::path::Path;
use std::time::Duration;

use audit_core::checks::{Light, Verdict};
use audit_core::findings::{Evidence, Finding, Remediation, Severity};
use audit_core::text::Text;
use bas_audit::gui::AppConfig;
use bas_audit::gui::jobs::core_analyzer;
use eframe::egui;

use crate::harness::*;

/// The app (the demo building on loopback when `demo`), a little taller than the default.
fn app(data_dir: &Path, demo: bool) -> App {
    let config = AppConfig {
        demo,
        ..config(data_dir, core_analyzer())
    };
    let mut h = harness_of_size(config, egui::vec2(1100.0, 900.0));
    h.run_steps(2);
    h
}

fn finding(severity: Severity, id: &str, target: &str, title: &str) -> Finding {
    Finding {
        check_id: id.into(),
        severity,
        target: target.into(),
        title: title.into(),
        evidence: Evidence {
            summary: format!("Seen on {target}."),
            facts: serde_json::json!({"external_port": 3671, "protocol": "UDP"})
                .as_object()
                .cloned()
                .unwrap(),
            raw_hex: Some("061002030008aabb".into()),
        },
        remediation: Remediation {
            why: format!("Why {title} matters."),
            installer: format!("Installer steps for {title}."),
            homeowner: format!("Owner words for {title}."),
            verify: format!("Verify {title}."),
            ..Default::default()
        },
    }
}

/// The check run has ended and its verdict is in the audit.
fn checks_done(h: &App) -> bool {
    let state = &h.state().state;
    state.session.as_ref().is_some_and(|s| s.verdict.is_some()) && state.checks.running.is_none()
}

/// The demo building's installer audit on its Findings screen, nothing run yet.
fn demo_findings(dir: &Path) -> App {
    let mut h = app(dir, true);
    wait_for_label(&mut h, "Findings");
    h.get_by_label("Findings").click();
    wait_for_label(&mut h, "Run checks");
    h
}

/// Installer audit with three findings put straight into the session (no job, nothing sent).
fn installer_with_findings(dir: &Path) -> App {
    let mut h = app(dir, false);
    h.get_by_label("Installer audit").click();
    wait_for_label(&mut h, "Findings");
    {
        let session = h.state_mut().state.session.as_mut().unwrap();
        session.findings = vec![
            finding(
                Severity::Critical,
                "knx.gateway.port_forwarded",
                "router 198.18.0.1",
                "Router forwards UDP 3671 to the KNX gateway",
            ),
            finding(
                Severity::Medium,
                "bacnet.bbmd.fdt_open",
                "BACnet device 4001 at 198.18.1.30:47808",
                "BBMD accepts foreign devices from anywhere",
            ),
            finding(
                Severity::Info,
                "knx.gateway.core_v1",
                "KNX gateway 198.18.1.41:3671",
                "Legacy KNXnet/IP gateway without KNX IP Secure",
            ),
        ];
        session.verdict = Some(Verdict {
            light: Light::Red,
            headline: Text::plain("Your KNX system can be reached from the internet."),
            explanation: Text::plain("The router forwards a KNX port."),
            ask_installer: vec![Text::plain("Remove the port forwarding for UDP 3671.")],
            checked: vec![Text::plain("your router's port-forwarding list")],
            not_checked: Vec::new(),
        });
    }
    h.get_by_label("Findings").click();
    wait_for_label(&mut h, "Run checks");
    h
}

#[test]
fn findings_table_filters_and_opens_the_detail() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = installer_with_findings(dir.path());
    let critical = "Router forwards UDP 3671 to the KNX gateway";
    let medium = "BBMD accepts foreign devices from anywhere";
    wait_for_label(&mut h, critical);
    assert!(has_label(&h, medium));
    assert!(has_label(
        &h,
        "Your KNX system can be reached from the internet."
    ));
    assert!(has_label_containing(&h, "Findings (3 of 3)"));

    // Severity filter: hide critical.
    h.get_by_label("critical (1)").click();
    h.run_steps(3);
    assert!(
        !has_label(&h, critical),
        "critical still listed after hiding it"
    );
    assert!(has_label_containing(&h, "Findings (2 of 3)"));
    h.get_by_label("critical (1)").click();
    h.run_steps(3);
    assert!(has_label(&h, critical));

    // Free-text filter over targets.
    h.get_by_label("Search").focus();
    h.step();
    h.get_by_label("Search").type_text("4001");
    h.run_steps(3);
    assert!(has_label(&h, medium));
    assert!(!has_label(&h, critical));
    assert!(has_label_containing(&h, "Findings (1 of 3)"));

    // Detail by clicking the row.
    h.get_by_label(medium).click();
    wait_for_label(&mut h, "What was seen");
    for section in [
        "Why it matters",
        "What to do (installer)",
        "For the owner",
        "How to verify the fix",
    ] {
        assert!(has_label(&h, section), "no {section}");
    }
    assert!(has_label(&h, &format!("Installer steps for {medium}.")));
    assert!(has_label(&h, &format!("Owner words for {medium}.")));
    assert!(has_label(&h, "bacnet.bbmd.fdt_open"));
    assert!(has_label(&h, "Raw bytes (hex)"));
    assert!(has_label(&h, "external port"), "facts are listed");
    h.get_by_label("Raw bytes (hex)").click();
    h.run_steps(3);
    assert!(
        has_label_containing(&h, "0000  06 10 02 03"),
        "hex dump shown when opened"
    );
    h.get_by_label("Back to all findings").click();
    wait_for_label(&mut h, "Run checks");
    assert!(h.state().state.checks.selected.is_none());
    // Nothing was sent by any of this.
    assert_eq!(h.state().state.log.sent_count(), 0);
}

#[test]
fn run_checks_asks_first_with_opt_ins_off_and_cancel_sends_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_findings(dir.path());
    h.get_by_label("Run checks").click();
    wait_for_label(&mut h, "Allow: Run checks?");
    for option in [
        "Ask the router which ports it forwards",
        "Look up my public address in Shodan InternetDB (needs internet)",
        "Write test: write back the same value to a harmless property",
    ] {
        assert!(has_label(&h, option), "no option {option}");
    }
    h.get_by_label("Cancel").click();
    h.run_steps(5);
    std::thread::sleep(Duration::from_millis(200));
    h.run_steps(3);
    assert!(h.state().state.checks.running.is_none());
    assert_eq!(h.state().state.log.sent_count(), 0);
    assert_eq!(h.state().demo_datagrams_received(), Some(0));
}

#[test]
fn run_checks_on_the_demo_building_keeps_results_in_the_audit() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_findings(dir.path());
    h.get_by_label("Run checks").click();
    wait_for_label(&mut h, "Allow and send");
    h.get_by_label("Allow and send").click();
    step_until(&mut h, "the checks to finish", checks_done);
    let state = &h.state().state;
    let session = state.session.as_ref().unwrap();
    assert!(session.inventory.bacnet.devices.len() >= 6);
    assert!(
        session.exposure.is_some(),
        "router probes are on by default"
    );
    assert!(
        session.write_tests.is_empty(),
        "write test is off by default"
    );
    assert!(state.log.sent_count() > 0, "packets sent are logged");
    assert!(
        state
            .log
            .entries()
            .iter()
            .any(|e| e.text.contains("router-probes")),
        "the router stage is logged"
    );
    assert!(h.state().demo_datagrams_received().unwrap() > 0);
    // The demo home router forwards UDP 3671 to the KNX gateway: red, critical first.
    assert_eq!(session.verdict.as_ref().unwrap().light, Light::Red);
    assert_eq!(session.findings[0].check_id, "knx.gateway.port_forwarded");
    wait_for_label(&mut h, "KNX gateway port forwarded from the internet");
    assert!(has_label(
        &h,
        "Your building controls can be reached from the internet."
    ));
    h.get_by_label("KNX gateway port forwarded from the internet")
        .click();
    wait_for_label(&mut h, "What to do (installer)");
    assert!(has_label_containing(&h, "delete the rule for port 3671"));
    h.get_by_label("Back to all findings").click();
    wait_for_label(&mut h, "Run checks");
    // The Devices screen shows what the checks found.
    h.get_by_label("Devices").click();
    wait_for_label(&mut h, "1001");

    // Reopened later, the audit shows its devices and its verdict without sending anything.
    h.get_by_label("Home").click();
    step_until(&mut h, "the recent list", |h| has_label(h, "Open"));
    h.get_by_label("Open").click();
    wait_for_label(&mut h, "Findings");
    let sent_before = h.state().state.log.sent_count();
    h.get_by_label("Devices").click();
    wait_for_label(&mut h, "1001");
    h.get_by_label("Findings").click();
    wait_for_label(&mut h, "Run checks");
    assert!(h.state().state.session.as_ref().unwrap().verdict.is_some());
    assert_eq!(h.state().state.log.sent_count(), sent_before);
}

#[test]
fn homeowner_self_check_on_the_demo_shows_a_traffic_light() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path(), true);
    wait_for_label(&mut h, "Home");
    h.get_by_label("Home").click();
    wait_for_label(&mut h, "Homeowner self-check");
    h.get_by_label("Homeowner self-check").click();
    wait_for_label(&mut h, "Check my home");
    assert!(
        has_label_containing(&h, "demo home"),
        "the demo is said out loud"
    );
    h.get_by_label("Check my home").click();
    wait_for_label(&mut h, "Check now");
    assert!(has_label_containing(&h, "Nothing is changed"));
    assert!(has_label(
        &h,
        "Look up my public address in Shodan InternetDB (needs internet)"
    ));
    assert!(
        !has_label_containing(&h, "Write test"),
        "no write test for homeowners"
    );
    h.get_by_label("Check now").click();
    step_until(&mut h, "the self-check verdict", checks_done);
    let verdict = h
        .state()
        .state
        .session
        .as_ref()
        .unwrap()
        .verdict
        .clone()
        .unwrap();
    assert_eq!(verdict.light, Light::Red, "the demo router forwards KNX");
    wait_for_label(&mut h, "Red");
    assert!(has_label(
        &h,
        "Your building controls can be reached from the internet."
    ));
    assert!(has_label(&h, "What to ask your installer"));
    assert!(has_label(&h, "What we found"));
    assert!(has_label(
        &h,
        "KNX gateway port forwarded from the internet"
    ));
    // Plain severity words, and the smaller items counted rather than listed.
    assert!(has_label(&h, "Urgent"));
    assert!(
        !has_label(&h, "critical"),
        "no installer severity names for homeowners"
    );
    let findings = &h.state().state.session.as_ref().unwrap().findings;
    let smaller = findings
        .iter()
        .filter(|f| f.severity > audit_core::findings::Severity::Medium)
        .count();
    assert!(smaller > 0);
    assert!(has_label_containing(&h, &format!("Also {smaller} smaller")));
    assert!(has_label(&h, &audit_core::report::text::headline(&verdict)));
    assert!(has_label(&h, "Copy for my installer"));
    assert!(has_label(&h, "Check again"));
    let session = h.state().state.session.as_ref().unwrap();
    assert!(session.write_tests.is_empty());
    assert!(
        session
            .exposure
            .as_ref()
            .is_some_and(|e| e.internetdb.is_none()),
        "no internet lookup unless ticked"
    );
}
