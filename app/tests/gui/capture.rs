//! Capture analysis: a real public capture, the file dialog's answers, a missing file, cancel.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use bas_audit::gui::jobs::{AnalysisEvent, JobEvent, core_analyzer};

use crate::harness::*;

#[test]
fn analysing_a_fixture_capture_shows_its_service_counts() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(config(dir.path(), core_analyzer()));
    harness.run();
    open_capture_screen(&mut harness);
    analyse(&mut harness, FIXTURE);
    step_until(&mut harness, "analysis result", |h| {
        has_label(h, "Complete")
    });
    assert!(
        has_label(&harness, "read-property"),
        "no read-property row in the BACnet services table"
    );
    assert!(has_label(&harness, "BACnet messages by service"));
    let session = harness.state().state.session.clone().unwrap();
    assert_eq!(session.capture_analyses.len(), 1);
    assert_eq!(session.capture_analyses[0].file, FIXTURE);
}

/// The file dialog itself (rfd) is not driven in tests: it could open a real dialog on a
/// developer's desktop. What the app does with its answer is.
#[test]
fn file_dialog_answers_are_handled() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(config(dir.path(), core_analyzer()));
    harness.run();
    open_capture_screen(&mut harness);

    harness
        .state_mut()
        .handle_event(JobEvent::Analysis(AnalysisEvent::FilePicked {
            path: None,
            after: Duration::from_millis(20),
        }));
    wait_for_label(
        &mut harness,
        "No file dialog could be shown on this desktop. Type or paste the capture's path below.",
    );
    harness
        .state_mut()
        .handle_event(JobEvent::Analysis(AnalysisEvent::FilePicked {
            path: Some(FIXTURE.into()),
            after: Duration::from_secs(3),
        }));
    step_until(&mut harness, "analysis result", |h| {
        has_label(h, "Complete")
    });
    assert!(!has_label_containing(
        &harness,
        "No file dialog could be shown"
    ));
    assert_eq!(
        harness
            .get_by_label("Capture file path:")
            .value()
            .as_deref(),
        Some(FIXTURE)
    );
}

#[test]
fn a_missing_file_is_reported_not_hung() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness(config(dir.path(), core_analyzer()));
    harness.run();
    open_capture_screen(&mut harness);
    let missing = dir.path().join("no-such-capture.pcap");
    analyse(&mut harness, &missing.display().to_string());
    step_until(&mut harness, "error message", |h| {
        has_label_containing(h, "Could not analyse")
    });
}

#[test]
fn cancel_stops_a_running_analysis() {
    let dir = tempfile::tempdir().unwrap();
    let started = Arc::new(AtomicBool::new(false));
    let mut harness = harness(config(dir.path(), slow_analyzer(Arc::clone(&started))));
    harness.run();
    open_capture_screen(&mut harness);
    analyse(&mut harness, FIXTURE);
    step_until(&mut harness, "progress", |h| {
        has_label_containing(h, "of 1.0 MB")
    });
    assert!(started.load(Ordering::Relaxed));
    harness.get_by_label("Cancel").click();
    step_until(&mut harness, "Cancelled", |h| has_label(h, "Cancelled"));
    assert!(has_label_containing(
        &harness,
        "cover only the part read before you cancelled"
    ));
    assert!(!harness.state().state.analysis.is_running());
}
