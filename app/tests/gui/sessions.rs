//! Saved audits: autosave, reopening after a restart, renaming, deleting, refused files.

use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use bas_audit::gui::flows::session::SaveStatus;
use bas_audit::gui::jobs::core_analyzer;

use crate::harness::*;

#[test]
fn a_session_survives_a_restart_and_can_be_renamed_and_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let name = {
        let mut harness = harness(config(dir.path(), core_analyzer()));
        harness.run();
        start_installer_audit(&mut harness);
        step_until(&mut harness, "autosave", |h| {
            matches!(h.state().state.sessions.save_status, SaveStatus::Saved(_))
        });
        harness.state().state.session.as_ref().unwrap().name.clone()
        // Dropping the harness drops the app: it saves and stops its threads.
    };

    let mut harness = harness(config(dir.path(), core_analyzer()));
    step_until(&mut harness, "recent audit listed", |h| has_label(h, &name));

    harness.get_by_label("Rename").click();
    harness.run();
    type_into(&mut harness, "New name:", " (boiler room)");
    harness.get_by_label("Save name").click();
    let renamed = format!("{name} (boiler room)");
    step_until(&mut harness, "renamed audit", |h| has_label(h, &renamed));

    // Delete asks first; "Keep it" keeps it.
    harness.get_by_label("Delete…").click();
    harness.run();
    harness.get_by_label("Keep it").click();
    harness.run();
    assert!(has_label(&harness, &renamed));
    harness.get_by_label("Delete…").click();
    harness.run();
    harness.get_by_label("Delete audit").click();
    step_until(&mut harness, "deleted", |h| !has_label(h, &renamed));
    let files: Vec<_> = std::fs::read_dir(dir.path().join("sessions"))
        .unwrap()
        .collect();
    assert!(files.is_empty(), "{files:?}");
}

#[test]
fn reopening_a_session_shows_its_last_analysis() {
    let dir = tempfile::tempdir().unwrap();
    let started = Arc::new(AtomicBool::new(false));
    {
        let mut harness = harness(config(dir.path(), slow_analyzer(Arc::clone(&started))));
        harness.run();
        open_capture_screen(&mut harness);
        analyse(&mut harness, FIXTURE);
        step_until(&mut harness, "Cancel button", |h| has_label(h, "Cancel"));
        harness.get_by_label("Cancel").click();
        step_until(&mut harness, "Cancelled", |h| has_label(h, "Cancelled"));
    }
    let mut harness = harness(config(dir.path(), core_analyzer()));
    step_until(&mut harness, "recent list", |h| has_label(h, "Open"));
    harness.get_by_label("Open").click();
    wait_for_label(&mut harness, "Scope");
    harness.get_by_label("Capture analysis").click();
    wait_for_label(&mut harness, "Cancelled");
}

#[test]
fn unreadable_session_files_are_listed_as_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let sessions = dir.path().join("sessions");
    std::fs::create_dir_all(&sessions).unwrap();
    let newer = sessions.join("20990101-000000-deadbeef.json");
    let newer_bytes = br#"{"format_version": 99, "id": "20990101-000000-deadbeef"}"#;
    std::fs::write(&newer, newer_bytes).unwrap();
    let corrupt = sessions.join("20200101-000000-00000001.json");
    std::fs::write(&corrupt, b"{ not json").unwrap();
    {
        let mut harness = harness(config(dir.path(), core_analyzer()));
        step_until(&mut harness, "refused entries", |h| {
            has_label_containing(h, "saved by a newer BAS Audit")
                && has_label_containing(h, "is not a readable audit file")
        });
        start_installer_audit(&mut harness);
        step_until(&mut harness, "autosave", |h| {
            matches!(h.state().state.sessions.save_status, SaveStatus::Saved(_))
        });
    }
    assert_eq!(std::fs::read(&newer).unwrap(), newer_bytes);
    assert_eq!(std::fs::read(&corrupt).unwrap(), b"{ not json");
}
