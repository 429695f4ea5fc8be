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

/// The app (the demo building on loopback when `demo`), taller than the default: the Findings
/// screen's verdict card and the first rows of the table stay on screen below the router
/// inputs.
fn app(data_dir: &Path, demo: bool) -> App {
    let config = AppConfig {
        demo,
        ..config(data_dir, core_analyzer())
    };
    let mut h = harness_of_size(config, egui::vec2(1100.0, 1000.0));
    h.run_steps(2);
    h
}

fn finding(severity: Severity, id: &str, target: &str, title: &str) -> Finding {
    Finding {
        check_id: id.into(),
        severity,
        target: Text::plain(target),
        title: Text::plain(title),
        evidence: Evidence {
            summary: Text::plain(format!("Seen on {target}.")),
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
            exposure: None,
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
    // The list of what is sent points to the boxes where they are: above it.
    let boxes = h.get_by_label("Your choices").rect();
    let pointer = h
        .query_by_label_contains("Only what you ticked above")
        .expect("the opt-ins line")
        .rect();
    assert!(boxes.bottom() <= pointer.top(), "{boxes:?} {pointer:?}");
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
    // The steps: everything up to the findings done, the optional watch skipped.
    for step in [
        "1. Site & scope ✓",
        "2. Devices ✓",
        "3. Checks ✓",
        "4. Learning watch (optional) · skipped",
        "5. Findings ✓",
        "6. Report · next",
    ] {
        assert!(has_label(&h, step), "{step}");
    }
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
    // Its Recent audits line: demo marker, verdict light, what it holds.
    let (devices, findings) = match h.state().state.sessions.recent.first() {
        Some(audit_core::session::RecentEntry::Readable { summary, .. }) => {
            (summary.devices, summary.findings)
        }
        other => panic!("{other:?}"),
    };
    assert!(devices >= 6 && findings >= 1);
    assert!(has_label(&h, "DEMO"), "no demo marker in the row");
    assert!(
        has_label(&h, "Verdict: red, act now"),
        "no light in the row"
    );
    assert!(has_label_containing(
        &h,
        &format!("{devices} devices · {findings} findings")
    ));
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
    // The exposure state with its proof: the demo router's address (a stand-in for a public
    // one) and the listed KNX forward that the knock through that address answered.
    assert!(has_label(&h, "Internet: reachable from the internet"));
    assert!(has_label_containing(
        &h,
        "Your router's internet address: 127.0.0.3, which stands for a public internet address"
    ));
    assert!(has_label(&h, "How we know"));
    // The demo's KNX port is 3671 when free, else one the kernel picks: match around it.
    let proof: Vec<String> = verdict
        .exposure
        .as_ref()
        .map(|a| a.proof.iter().map(ToString::to_string).collect())
        .unwrap_or_default();
    assert!(
        has_label_containing(&h, "The router's list has UDP port"),
        "{proof:?}"
    );
    assert!(
        has_label_containing(
            &h,
            "(KNX gateway \"KNX IP Secure Router\"), opened by a device through UPnP"
        ),
        "{proof:?}"
    );
    assert!(has_label_containing(&h, "127.0.0.3 answered through it"));
    assert!(has_label(&h, "What to do about it"));
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
    assert!(has_label(
        &h,
        &audit_core::report::text::headline(audit_core::text::Lang::En, &verdict)
    ));
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

/// A router behind the provider's carrier-grade NAT (100.64.0.0/10) with a UPnP forward of UDP
/// 3671, judged by the real checks and verdict (nothing sent): the Findings screen and the
/// self-check show the same state, the shared address in words and the forward's proof, and
/// never "reachable from the internet".
#[test]
fn a_forward_behind_carrier_grade_nat_is_shown_with_its_proof_on_both_screens() {
    use audit_core::checks::{CheckInput, ExposureState, run_all, verdict_with};
    use audit_core::inventory::{AddressSource, ExposureReport, IgdReport, PortMapping};

    let exposure = ExposureReport {
        router: Some("192.168.1.1".parse().unwrap()),
        igd: Some(IgdReport {
            found: true,
            mappings_complete: true,
            end_code: Some(713),
            external_ip: Some("100.64.7.9".parse().unwrap()),
            mappings: vec![PortMapping {
                protocol: "UDP".into(),
                external_port: 3671,
                internal_client: "192.168.1.10".into(),
                internal_port: 3671,
                enabled: true,
                description: "knx".into(),
                ..PortMapping::default()
            }],
            ..IgdReport::default()
        }),
        external_ip: Some("100.64.7.9".parse().unwrap()),
        external_ip_source: Some(AddressSource::Upnp),
        ..ExposureReport::default()
    };
    let findings = run_all(&CheckInput {
        inventory: None,
        exposure: Some(&exposure),
        write_tests: &[],
        observed_writes: &[],
    });
    let verdict = verdict_with(&findings, Some(&exposure), None);
    assert_eq!(
        verdict.exposure.as_ref().map(|a| a.state),
        Some(ExposureState::ForwardedBehindNat)
    );
    assert_eq!(verdict.light, Light::Amber);
    let headline = audit_core::report::text::headline(audit_core::text::Lang::En, &verdict);

    let behind = findings
        .iter()
        .find(|f| f.check_id == "router.forward.behind_nat")
        .expect("the forward's finding")
        .title
        .to_string();
    let shown = |h: &App| {
        assert!(has_label(h, &headline), "headline {headline}");
        assert!(has_label(
            h,
            "Internet: forwarded, behind the provider's network"
        ));
        assert!(has_label_containing(
            h,
            "Your router's internet address: 100.64.7.9, an address shared with other customers"
        ));
        assert!(has_label_containing(
            h,
            "The router's list has UDP port 3671 → 192.168.1.10:3671"
        ));
        assert!(has_label_containing(
            h,
            "close the open door in the router anyway"
        ));
        assert!(!has_label_containing(h, "reachable from the internet"));
        assert!(!has_label_containing(h, "can be reached from the internet"));
    };

    // The installer's Findings screen.
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path(), false);
    h.get_by_label("Installer audit").click();
    wait_for_label(&mut h, "Findings");
    {
        let session = h.state_mut().state.session.as_mut().unwrap();
        session.findings = findings.clone();
        session.verdict = Some(verdict.clone());
    }
    h.get_by_label("Findings").click();
    wait_for_label(&mut h, "Run checks");
    shown(&h);
    assert!(has_label(&h, &behind), "finding {behind}");
    assert_eq!(h.state().state.log.sent_count(), 0);

    // The homeowner's self-check says the same.
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path(), false);
    h.get_by_label("Homeowner self-check").click();
    wait_for_label(&mut h, "Check my home");
    {
        let session = h.state_mut().state.session.as_mut().unwrap();
        session.findings = findings;
        session.verdict = Some(verdict);
    }
    wait_for_label(&mut h, "Check again");
    shown(&h);
    assert!(has_label(&h, &behind), "finding {behind}");
    assert_eq!(h.state().state.log.sent_count(), 0);
}
