//! GUI tests of the Report screen and the homeowner's summary PDF: on the demo building
//! (loopback only), run the checks, then save the report through the typed-path field and read
//! the files back. The file dialog and Open (the system viewer) are never used here.

use std::path::Path;

use bas_audit::gui::AppConfig;
use bas_audit::gui::jobs::core_analyzer;
use eframe::egui;

use crate::harness::*;

const PATH_FIELD: &str = "Or type a file path:";
/// A finding the demo building always gives (its router forwards UDP 3671).
const DEMO_FINDING: &str = "KNX gateway port forwarded from the internet";
const SITE: &str = "Harbour View Offices";

fn demo_app(dir: &Path) -> App {
    let config = AppConfig {
        demo: true,
        ..config(dir, core_analyzer())
    };
    // Tall: the self-check's save row is below its findings, and a click must land on screen.
    let mut h = harness_of_size(config, egui::vec2(1200.0, 2400.0));
    h.run_steps(2);
    h
}

/// The last save has ended; its outcome.
fn saved(h: &App) -> bool {
    let report = &h.state().state.report;
    report.saving.is_none() && report.saved.is_some()
}

/// Clicks "Save to this path" (the window is tall enough to show it without scrolling).
fn click_save(h: &mut App) {
    h.get_by_label("Save to this path").click();
    h.run_steps(3);
    assert!(
        h.state().state.report.saving.is_some() || h.state().state.report.saved.is_some(),
        "the click did not start a save"
    );
}

/// Types `out` into the path field, saves, waits, and returns the file's bytes.
fn save_to(h: &mut App, out: &Path) -> Vec<u8> {
    h.get_by_label(PATH_FIELD)
        .set_text_value_accesskit(&out.display().to_string());
    h.run_steps(2);
    click_save(h);
    step_until(h, "the report to be saved", saved);
    let outcome = h.state().state.report.saved.clone().unwrap();
    let files = outcome.unwrap_or_else(|e| panic!("save failed: {e}"));
    assert_eq!(files.files[0].0, out);
    assert!(
        has_label_containing(h, "Saved "),
        "no word that it was saved"
    );
    assert!(has_label(h, "Open"), "no Open button");
    std::fs::read(out).unwrap()
}

/// The demo's installer audit with the checks run, on the Report screen.
fn demo_report_screen(dir: &Path) -> App {
    let mut h = demo_app(dir);
    wait_for_label(&mut h, "Findings");
    h.get_by_label("Findings").click();
    wait_for_label(&mut h, "Run checks");
    h.get_by_label("Run checks").click();
    wait_for_label(&mut h, "Allow and send");
    h.get_by_label("Allow and send").click();
    step_until(&mut h, "the checks to finish", checks_done);
    h.get_by_label("Report").click();
    wait_for_label(&mut h, "Save…");
    // The preview is the report's document: its sections, and the finding among them.
    step_until(&mut h, "the preview", |h| {
        has_label_containing(h, "Summary for the owner")
    });
    h
}

#[test]
fn the_report_screen_saves_html_and_pdf_and_redacts() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut h = demo_report_screen(dir.path());
    let sent_before = h.state().state.log.sent_count();
    for widget in [
        "Full report",
        "Owner summary only",
        "PDF",
        "HTML",
        "JSON",
        "CSV",
        "EDE",
        "Hide addresses, names and serial numbers",
        "Compare with",
        PATH_FIELD,
        "Save…",
        "Save to this path",
    ] {
        assert!(has_label(&h, widget), "no widget labelled {widget:?}");
    }

    // The cover's site name, kept in the audit (the names are folded until asked for).
    assert!(!has_label(&h, "Site name:"));
    h.get_by_label("Names on the cover").click();
    wait_for_label(&mut h, "Site name:");
    h.get_by_label("Site name:").set_text_value_accesskit(SITE);
    h.run_steps(3);
    let site = &h.state().state.session.as_ref().unwrap().scope.site;
    assert_eq!(site.name, SITE);

    // HTML.
    h.get_by_label("HTML").click();
    h.run_steps(2);
    let html_path = out.path().join("demo.html");
    let html = String::from_utf8(save_to(&mut h, &html_path)).unwrap();
    assert!(html.starts_with("<!DOCTYPE html"), "{}", &html[..80]);
    assert!(html.contains(DEMO_FINDING), "no finding title in the HTML");
    assert!(html.contains(SITE), "the site's name is on the cover");

    // PDF (typst, off the UI thread).
    h.get_by_label("PDF").click();
    h.run_steps(2);
    let pdf = save_to(&mut h, &out.path().join("demo.pdf"));
    assert!(pdf.starts_with(b"%PDF"), "not a PDF");
    assert!(pdf.len() > 20_000, "a PDF of {} bytes", pdf.len());

    // Redacted HTML: the site's name is nowhere in it; the list is on screen only.
    h.get_by_label("Hide addresses, names and serial numbers")
        .click();
    h.get_by_label("HTML").click();
    step_until(&mut h, "the redaction list", |h| {
        has_label(h, "What redaction replaced")
    });
    assert!(has_label(&h, SITE), "the replaced site name is listed");
    assert!(has_label_containing(&h, "→ site-1"));
    let redacted = String::from_utf8(save_to(&mut h, &out.path().join("redacted.html"))).unwrap();
    assert!(redacted.starts_with("<!DOCTYPE html"));
    assert!(
        !redacted.contains(SITE),
        "the site's name is in the redacted file"
    );
    assert!(redacted.contains("site-1"));
    assert!(redacted.contains(DEMO_FINDING));

    // A path that cannot be written: plain words, and nothing written.
    let bad = out.path().join("no such folder").join("r.html");
    h.get_by_label(PATH_FIELD)
        .set_text_value_accesskit(&bad.display().to_string());
    h.run_steps(2);
    click_save(&mut h);
    step_until(&mut h, "the failed save", saved);
    assert!(h.state().state.report.saved.as_ref().unwrap().is_err());
    assert!(has_label_containing(&h, "Could not save"));
    assert!(!bad.exists());

    // Making reports sends nothing.
    assert_eq!(h.state().state.log.sent_count(), sent_before);
}

#[test]
fn the_homeowner_saves_a_summary_pdf_for_the_installer() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut h = demo_app(dir.path());
    wait_for_label(&mut h, "Home");
    h.get_by_label("Home").click();
    wait_for_label(&mut h, "Homeowner self-check");
    h.get_by_label("Homeowner self-check").click();
    wait_for_label(&mut h, "Check my home");
    h.get_by_label("Check my home").click();
    wait_for_label(&mut h, "Check now");
    h.get_by_label("Check now").click();
    step_until(&mut h, "the self-check verdict", checks_done);
    wait_for_label(&mut h, "Save a summary for my installer (PDF)");
    let path = out.path().join("summary.pdf");
    let pdf = save_to(&mut h, &path);
    assert!(pdf.starts_with(b"%PDF"), "not a PDF");
    // The owner summary is short: the full report of the same audit is several times larger.
    assert!(pdf.len() > 10_000, "a PDF of {} bytes", pdf.len());
}

/// Types `out` into the path field and clicks "Save to this path"; nothing more.
fn type_and_save(h: &mut App, out: &Path) {
    h.get_by_label(PATH_FIELD)
        .set_text_value_accesskit(&out.display().to_string());
    h.run_steps(2);
    h.get_by_label("Save to this path").click();
    h.run_steps(3);
}

/// A typed path that exists: the screen asks first. Cancel keeps the old bytes; Replace
/// writes the report over them.
#[test]
fn saving_over_an_existing_file_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut h = demo_report_screen(dir.path());
    h.get_by_label("HTML").click();
    h.run_steps(2);
    let path = out.path().join("existing.html");
    let old = b"the installer's own notes, not a report".to_vec();
    std::fs::write(&path, &old).unwrap();

    type_and_save(&mut h, &path);
    let question = format!(
        "{} already exists. Replace it with this report?",
        path.display()
    );
    wait_for_label(&mut h, &question);
    assert!(
        h.state().state.report.saving.is_none(),
        "saved without asking"
    );
    assert!(h.state().state.report.confirm.is_some());
    assert_eq!(std::fs::read(&path).unwrap(), old);

    // Cancel: nothing saved, the file as it was.
    h.get_by_label("Cancel").click();
    wait_for_label(&mut h, "Nothing was saved; the existing file was kept.");
    h.run_steps(3);
    assert!(h.state().state.report.confirm.is_none());
    assert!(h.state().state.report.saving.is_none());
    assert!(h.state().state.report.saved.is_none());
    assert_eq!(std::fs::read(&path).unwrap(), old);

    // Again, and Replace: the report is there.
    type_and_save(&mut h, &path);
    wait_for_label(&mut h, &question);
    h.get_by_label("Replace").click();
    step_until(&mut h, "the report to be saved", saved);
    let files = h.state().state.report.saved.clone().unwrap().unwrap();
    assert_eq!(files.files[0].0, path);
    let new = std::fs::read_to_string(&path).unwrap();
    assert!(new.starts_with("<!DOCTYPE html"), "{}", &new[..40]);
    assert!(new.contains(DEMO_FINDING));
    assert!(!has_label(&h, &question));
}

/// The audit's own saved file (in the store) is refused in words, and stays as it was: no
/// confirm step, nothing written. `bas-audit report --out` refuses it by the same rule.
#[test]
fn the_audits_own_session_file_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_report_screen(dir.path());
    let id = h.state().state.session.as_ref().unwrap().id.clone();
    let own = dir.path().join("sessions").join(format!("{id}.json"));
    step_until(&mut h, "the audit to be saved", |_| own.exists());
    // Let the autosave settle, then take the bytes.
    step_until(&mut h, "no unsaved changes", |h| !h.state().state.dirty);
    let before = std::fs::read(&own).unwrap();

    for format in ["HTML", "PDF"] {
        h.get_by_label(format).click();
        h.run_steps(2);
        type_and_save(&mut h, &own);
        step_until(&mut h, "the refusal", saved);
        let refused = h.state().state.report.saved.clone().unwrap();
        let message = refused.expect_err("the session file was written over");
        assert!(
            message.contains("is an audit's own saved file"),
            "{message}"
        );
        assert!(has_label_containing(
            &h,
            "saving the report there would destroy the audit"
        ));
        assert!(
            h.state().state.report.confirm.is_none(),
            "asked instead of refusing"
        );
        assert_eq!(std::fs::read(&own).unwrap(), before, "{format}");
    }
    // Through another name for the same file (`..`), too.
    let other_name = dir
        .path()
        .join("sessions")
        .join("..")
        .join("sessions")
        .join(format!("{id}.json"));
    type_and_save(&mut h, &other_name);
    step_until(&mut h, "the refusal", saved);
    assert!(h.state().state.report.saved.clone().unwrap().is_err());
    assert_eq!(std::fs::read(&own).unwrap(), before);
}
