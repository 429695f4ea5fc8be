//! The shell: the start screen, the two flows' workspaces and their navigation, the Scope
//! screen. Nothing here sends.

use bas_audit::gui::jobs::core_analyzer;

use crate::harness::*;

#[test]
fn start_screen_offers_both_flows_and_says_nothing_is_sent() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(config(dir.path(), core_analyzer()));
    harness.run();
    harness.get_by_label("Installer audit");
    harness.get_by_label("Homeowner self-check");
    harness.get_by_label("Open capture…");
    harness.get_by_label("Recent audits");
    assert!(has_label_containing(&harness, "Network traffic: none"));
    wait_for_label(
        &mut harness,
        "No saved audits yet. Audits are saved automatically while you work.",
    );
    assert_eq!(harness.state().state.log.sent_count(), 0);
}

#[test]
fn installer_flow_opens_its_workspace_with_only_built_panels() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(config(dir.path(), core_analyzer()));
    harness.run();
    start_installer_audit(&mut harness);
    assert!(has_label_containing(
        &harness,
        "Nothing is sent from this screen"
    ));
    for present in [
        "Scope",
        "Devices",
        "Findings",
        "Capture analysis",
        "Learning watch",
        "Report",
        "Log",
        "About",
        "Home",
    ] {
        assert!(has_label(&harness, present), "{present} missing");
    }
    // The steps: a new audit starts with its scope; the report comes last.
    assert!(has_label(&harness, "1. Site & scope · next"));
    assert!(has_label(&harness, "2. Devices"));
    assert!(has_label(&harness, "6. Report"));
    harness.get_by_label("3. Checks").click();
    wait_for_label(&mut harness, "Run checks");
    harness.get_by_label("Log").click();
    wait_for_label(&mut harness, "Network traffic sent so far: none.");
    harness.get_by_label("About").click();
    wait_for_label(&mut harness, "About BAS Audit");
    // What it sends, truthfully: nothing without consent, read-only, under the rate cap.
    assert!(!has_label_containing(
        &harness,
        "sends nothing on the network"
    ));
    assert!(has_label_containing(
        &harness,
        "BAS Audit sends only after you allow it"
    ));
    assert!(has_label_containing(
        &harness,
        "at most 20 packets a second"
    ));
    // The version with the commit it was built from, as `bas-audit --version` prints it.
    assert!(has_label(&harness, bas_audit::version::VERSION_LINE));
    assert!(has_label_containing(
        &harness,
        "BACnet vendor identifiers are assigned by ASHRAE"
    ));
    // The provenance text renders with the bundled fonts (kittest fails on a missing glyph).
    harness
        .get_by_label("Full provenance (assets/SOURCES.md)")
        .click();
    wait_for_label(&mut harness, "Full provenance (assets/SOURCES.md)");
    harness.run_steps(3);
    assert!(has_label_containing(
        &harness,
        "Bundled data: provenance and licences"
    ));
}

#[test]
fn homeowner_flow_opens_its_workspace() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(config(dir.path(), core_analyzer()));
    harness.run();
    harness.get_by_label("Homeowner self-check").click();
    wait_for_label(&mut harness, "Self-check");
    assert!(has_label_containing(&harness, "Check my home"));
    assert!(!has_label(&harness, "Scope"));
    harness.get_by_label("Home").click();
    wait_for_label(&mut harness, "Recent audits");
}

#[test]
fn interface_picker_lists_loopback_and_sets_the_scope() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(config(dir.path(), core_analyzer()));
    harness.run();
    start_installer_audit(&mut harness);
    wait_for_label(&mut harness, "lo");
    assert!(has_label(&harness, "127.0.0.1"));
    assert!(has_label(&harness, "loopback: this computer only"));
    harness.get_by_label("lo").click();
    step_until(&mut harness, "interface in scope", |h| {
        h.state()
            .state
            .session
            .as_ref()
            .and_then(|s| s.scope.interface.as_deref())
            == Some("lo")
    });
}

#[test]
fn scope_fields_validate_before_changing_the_session() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(config(dir.path(), core_analyzer()));
    harness.run();
    start_installer_audit(&mut harness);
    let scope = |h: &App| h.state().state.session.clone().unwrap().scope;
    // The field holds "20"; typing appends.
    type_into(&mut harness, "At most", "0");
    step_until(&mut harness, "rate 200", |h| scope(h).rate_cap_pps == 200);
    type_into(&mut harness, "At most", "0");
    wait_for_label(
        &mut harness,
        "The packet budget must be a whole number from 1 to 200.",
    );
    assert_eq!(
        scope(&harness).rate_cap_pps,
        200,
        "an invalid value changes nothing"
    );

    let targets_label = "IPv4 addresses, one per line, optionally with a UDP port: 192.0.2.10 or \
         192.0.2.10:47808. Leave empty to rely on discovery in the chosen network.";
    type_into(&mut harness, targets_label, "192.0.2.7:47808");
    step_until(&mut harness, "targets in scope", |h| {
        scope(h).targets == vec!["192.0.2.7:47808".to_owned()]
    });
    type_into(&mut harness, targets_label, " nonsense");
    wait_for_label(&mut harness, "“nonsense”: not an IPv4 address");
    assert_eq!(scope(&harness).targets, vec!["192.0.2.7:47808".to_owned()]);

    let notes_label = "Anything worth remembering about this site: who let you in, which switch \
         port, what the owner asked for. Saved with the audit.";
    type_into(&mut harness, notes_label, "Key from the caretaker");
    step_until(&mut harness, "notes in the session", |h| {
        h.state().state.session.as_ref().unwrap().notes == "Key from the caretaker"
    });
}
