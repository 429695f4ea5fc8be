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
        name_audit(&mut harness, "Boiler house Müller");
        step_until(&mut harness, "autosave", |h| {
            matches!(h.state().state.sessions.save_status, SaveStatus::Saved(_))
        });
        harness.state().state.session.as_ref().unwrap().name.clone()
        // Dropping the harness drops the app: it saves and stops its threads.
    };
    assert_eq!(name, "Boiler house Müller");
    // The file is named after the audit.
    let files: Vec<String> = std::fs::read_dir(dir.path().join("sessions"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    assert!(files[0].starts_with("boiler-house-mueller-"), "{files:?}");

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
        name_audit(&mut harness, "Plant room");
        step_until(&mut harness, "autosave", |h| {
            matches!(h.state().state.sessions.save_status, SaveStatus::Saved(_))
        });
    }
    assert_eq!(std::fs::read(&newer).unwrap(), newer_bytes);
    assert_eq!(std::fs::read(&corrupt).unwrap(), b"{ not json");
}

/// Closing the window saves what the autosave has not reached yet (issue 13: nothing gathered
/// is lost). The note is typed right after a save, inside the autosave interval, so only the
/// save on close can write it.
#[test]
fn a_change_made_just_before_closing_is_saved_on_close() {
    let dir = tempfile::tempdir().unwrap();
    let mut typed = String::new();
    {
        let mut harness = harness(config(dir.path(), core_analyzer()));
        harness.run();
        start_installer_audit(&mut harness);
        name_audit(&mut harness, "Plant room 2");
        step_until(&mut harness, "autosave", |h| {
            matches!(h.state().state.sessions.save_status, SaveStatus::Saved(_))
        });
        let notes = "Anything worth remembering about this site: who let you in, which switch \
                     port, what the owner asked for. Saved with the audit.";
        // On a slow machine the autosave may still catch a note; type again until one is left
        // unsaved when the window closes.
        for attempt in 0..5 {
            let text = format!(" left unsaved {attempt}");
            type_into(&mut harness, notes, &text);
            typed.push_str(&text);
            if harness.state().state.dirty {
                break;
            }
        }
        assert!(harness.state().state.dirty, "the autosave took every note");
        // What eframe calls when the window closes.
        harness.state_mut().shutdown();
    }
    let sessions = dir.path().join("sessions");
    let files: Vec<_> = std::fs::read_dir(&sessions)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let saved = std::fs::read_to_string(&files[0]).unwrap();
    let saved: serde_json::Value = serde_json::from_str(&saved).unwrap();
    assert_eq!(saved["notes"].as_str(), Some(typed.as_str()), "{saved}");
}

#[test]
fn an_audit_with_nothing_in_it_is_not_saved() {
    let dir = tempfile::tempdir().unwrap();
    {
        let mut harness = harness(config(dir.path(), core_analyzer()));
        harness.run();
        // Clicking through both flows' screens puts nothing in them.
        start_installer_audit(&mut harness);
        for screen in ["Devices", "Findings", "Learning watch", "Log", "About"] {
            harness.get_by_label(screen).click();
            harness.run_steps(3);
        }
        assert!(has_label(&harness, "Saved once it holds something"));
        harness.get_by_label("Home").click();
        step_until(&mut harness, "start screen", |h| {
            has_label(h, "Homeowner self-check")
        });
        harness.get_by_label("Homeowner self-check").click();
        harness.run_steps(5);
        harness.get_by_label("Home").click();
        harness.run_steps(5);
        assert!(has_label_containing(&harness, "No saved audits yet."));
    }
    let sessions = dir.path().join("sessions");
    let files: Vec<_> = std::fs::read_dir(&sessions).unwrap().collect();
    assert!(files.is_empty(), "{files:?}");

    // Notes are something: the audit is saved, named after its default name.
    let mut harness = harness(config(dir.path(), core_analyzer()));
    harness.run();
    start_installer_audit(&mut harness);
    let notes = "Anything worth remembering about this site: who let you in, which switch port, \
                 what the owner asked for. Saved with the audit.";
    type_into(&mut harness, notes, "Key at the reception");
    step_until(&mut harness, "autosave", |h| {
        matches!(h.state().state.sessions.save_status, SaveStatus::Saved(_))
    });
    let files: Vec<String> = std::fs::read_dir(&sessions)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    assert!(files[0].starts_with("installer-audit-"), "{files:?}");
}

#[test]
fn a_long_audit_name_is_cut_before_the_buttons() {
    let dir = tempfile::tempdir().unwrap();
    let store = audit_core::session::SessionStore::open(dir.path().join("sessions")).unwrap();
    let name = "Wohnanlage Sonnenhof, Haus A bis F, Tiefgarage und Heizzentrale, ".repeat(3);
    let name = name.trim_end_matches([',', ' ']).to_owned();
    let session =
        audit_core::session::AuditSession::new(&name, audit_core::session::SessionKind::Installer);
    store.save(&session).unwrap();
    let mut harness = harness(config(dir.path(), core_analyzer()));
    step_until(&mut harness, "recent list", |h| has_label(h, "Open"));
    // The whole name is there for screen readers and on hover; on screen it ends before Open.
    let label = harness.get_by_label(&name).rect();
    let open = harness.get_by_label("Open").rect();
    assert!(
        label.right() <= open.left(),
        "{label:?} runs under {open:?}"
    );
    assert!(has_label_containing(&harness, "0 devices · 0 findings"));
}
