//! Devices: discovery of the demo building on loopback, only after consent; cancel.

use std::path::Path;
use std::time::Duration;

use bas_audit::gui::jobs::core_analyzer;
use eframe::egui;

use crate::harness::*;

/// The app as `bas-audit --demo` starts it: demo building on loopback, Devices screen.
fn demo_harness(dir: &Path) -> App {
    let mut harness = harness(demo_config(dir));
    harness.run_steps(2);
    wait_for_label(&mut harness, "Discover");
    harness
}

fn consent_open(harness: &App) -> bool {
    has_label(harness, "Allow: Discovery?")
}

#[test]
fn devices_and_learning_watch_exist_only_in_the_installer_flow() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(config(dir.path(), core_analyzer()));
    harness.run();
    harness.get_by_label("Homeowner self-check").click();
    wait_for_label(&mut harness, "Self-check");
    assert!(!has_label(&harness, "Devices"));
    assert!(!has_label(&harness, "Learning watch"));
    harness.get_by_label("Home").click();
    wait_for_label(&mut harness, "Installer audit");
    start_installer_audit(&mut harness);
    harness.get_by_label("Devices").click();
    wait_for_label(&mut harness, "Discover");
    // Opening the screen sends nothing and starts nothing.
    assert!(harness.state().state.discovery.running.is_none());
    assert_eq!(harness.state().state.log.sent_count(), 0);
}

#[test]
fn demo_starts_on_devices_with_the_demo_scope_and_sends_nothing_by_itself() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = demo_harness(dir.path());
    assert!(has_label_containing(
        &harness,
        "built-in demo building on loopback"
    ));
    assert!(harness.state().state.demo_scope.is_some());
    // Let it idle: nothing may start without a click and consent.
    harness.run_steps(20);
    std::thread::sleep(Duration::from_millis(200));
    harness.run_steps(5);
    assert!(harness.state().state.discovery.running.is_none());
    assert_eq!(harness.state().state.log.sent_count(), 0);
    assert_eq!(harness.state().demo_datagrams_received(), Some(0));
}

#[test]
fn discover_without_consent_sends_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = demo_harness(dir.path());
    harness.get_by_label("Discover").click();
    step_until(&mut harness, "consent dialog", consent_open);
    // The dialog states the budget and what will be sent.
    assert!(has_label(&harness, "Packet budget"));
    assert!(has_label_containing(&harness, "Who-Is per network"));
    assert!(has_label_containing(&harness, "SEARCH"));
    harness.get_by_label("Cancel").click();
    step_until(&mut harness, "consent closed", |h| !consent_open(h));
    harness.run_steps(10);
    std::thread::sleep(Duration::from_millis(300));
    harness.run_steps(5);
    let state = &harness.state().state;
    assert!(
        state.discovery.running.is_none(),
        "a job started without consent"
    );
    assert!(state.discovery.result.is_none());
    assert_eq!(state.log.sent_count(), 0);
    assert!(
        state
            .log
            .entries()
            .iter()
            .any(|e| e.text.contains("nothing was sent"))
    );
    assert_eq!(harness.state().demo_datagrams_received(), Some(0));
}

#[test]
fn discover_with_consent_lists_the_demo_devices_and_saves_them() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = demo_harness(dir.path());
    harness.get_by_label("Discover").click();
    step_until(&mut harness, "consent dialog", consent_open);
    harness.get_by_label("Allow and send").click();
    step_until(&mut harness, "discovery running", |h| {
        h.state().state.discovery.running.is_some()
    });
    step_until(&mut harness, "discovery finished", |h| {
        h.state().state.discovery.result.is_some()
    });
    // Instances of the demo building: controller, I/O modules, router, VAV behind it, BBMD.
    for instance in ["1001", "2001", "2002", "3001", "2205", "4001"] {
        assert!(
            has_label(&harness, instance),
            "device {instance} not in the table"
        );
    }
    assert!(
        has_label(&harness, "FX-PC 3611"),
        "model of the AHU controller"
    );
    assert!(has_label_containing(&harness, "routed (network 2)"));
    assert!(has_label_containing(&harness, "BBMD"));
    assert!(has_label(&harness, "KNXnet/IP"), "no KNX gateway row");
    let state = &harness.state().state;
    let sent = state.log.sent_count();
    assert!(sent > 0, "packets sent are logged");
    assert!(
        state
            .log
            .entries()
            .iter()
            .any(|e| e.text.contains("who-is"))
    );
    let inventory = &state.session.as_ref().unwrap().inventory;
    assert!(
        inventory
            .bacnet
            .devices
            .iter()
            .any(|d| d.device_instance == 1001)
    );
    assert!(!inventory.knx.gateways.is_empty());
    assert!(harness.state().demo_datagrams_received().unwrap() > 0);

    // Detail view: every read property and the object list (tall window: the list is below
    // the properties, and its rows are only laid out when visible).
    harness.set_size(egui::vec2(1100.0, 1600.0));
    harness.run_steps(2);
    harness.get_by_label("1001").click();
    wait_for_label(&mut harness, "Device details");
    wait_for_label(&mut harness, "AHU-1 Supply Air Setpoint");
    assert!(has_label_containing(&harness, "Plant room, level -1"));
    assert!(has_label(&harness, "Commandable"));
}

#[test]
fn cancel_stops_a_running_discovery() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = demo_harness(dir.path());
    harness.get_by_label("Discover").click();
    step_until(&mut harness, "consent dialog", consent_open);
    harness.get_by_label("Allow and send").click();
    wait_for_label(&mut harness, "Cancel discovery");
    harness.get_by_label("Cancel discovery").click();
    step_until(&mut harness, "discovery ended", |h| {
        h.state().state.discovery.result.is_some()
    });
    let result = harness.state().state.discovery.result.clone().unwrap();
    assert_eq!(result.stopped.as_deref(), Some("cancelled"));
    assert!(has_label_containing(&harness, "was cancelled"));
    assert!(harness.state().state.discovery.running.is_none());
}
