//! The one harness every GUI test uses: the whole app in egui_kittest (headless, no GPU, the
//! real theme), driven through AccessKit (find by label, click, type), and small helpers to
//! wait for background jobs.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use audit_core::analyze::{AnalysisReport, Progress};
use bas_audit::gui::jobs::{AnalyzeFn, core_analyzer};
use bas_audit::gui::{AppConfig, BasAuditApp, theme};
use eframe::egui;
use egui_kittest::Harness;
// Every test file finds widgets by label through this trait (glob-imported with the harness).
pub use egui_kittest::kittest::Queryable as _;

/// Longest a background job may take in a test before it counts as hung.
pub const JOB_TIMEOUT: Duration = Duration::from_secs(60);

/// The window size most tests use; taller pages ask for more with [`harness_of_size`].
pub const SIZE: egui::Vec2 = egui::vec2(1100.0, 800.0);

/// A real public capture with BACnet read-property traffic (shared/captures/public/SOURCES.md).
pub const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../shared/captures/public/bacnet/ndpi_bacnet.pcap"
);

/// Recorded lab captures of the learning-watch evaluation (eval/README.md).
pub fn lab(name: &str) -> String {
    format!("{}/../eval/pcaps/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// The app saving into `data_dir`, analysing with `analyzer`, without the demo building.
pub fn config(data_dir: &Path, analyzer: Arc<AnalyzeFn>) -> AppConfig {
    AppConfig {
        data_dir: Some(data_dir.to_path_buf()),
        open_capture: None,
        analyzer,
        demo: false,
        watch_learn: None,
        watch_detect: None,
    }
}

/// The app as `bas-audit --demo` starts it (demo building on loopback), saving into `data_dir`.
pub fn demo_config(data_dir: &Path) -> AppConfig {
    AppConfig {
        demo: true,
        ..config(data_dir, core_analyzer())
    }
}

pub type App = Harness<'static, BasAuditApp>;

pub fn harness(config: AppConfig) -> App {
    harness_of_size(config, SIZE)
}

pub fn harness_of_size(config: AppConfig, size: egui::Vec2) -> App {
    Harness::builder()
        .with_size(size)
        .with_theme(egui::Theme::Light)
        .build_eframe(move |cc| {
            theme::apply(&cc.egui_ctx);
            BasAuditApp::new(config).unwrap()
        })
}

/// Steps frames until `done` holds; background jobs finish in their own time.
pub fn step_until(harness: &mut App, what: &str, mut done: impl FnMut(&App) -> bool) {
    let deadline = Instant::now() + JOB_TIMEOUT;
    loop {
        harness.step();
        if done(harness) {
            // A few more frames so the layout settles (grids and tables size themselves first).
            harness.run_steps(3);
            return;
        }
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// The check run has ended and its verdict is in the audit.
pub fn checks_done(h: &App) -> bool {
    let state = &h.state().state;
    state.session.as_ref().is_some_and(|s| s.verdict.is_some()) && state.checks.running.is_none()
}

pub fn has_label(harness: &App, label: &str) -> bool {
    harness.query_all_by_label(label).next().is_some()
}

pub fn has_label_containing(harness: &App, part: &str) -> bool {
    harness.query_all_by_label_contains(part).next().is_some()
}

pub fn wait_for_label(harness: &mut App, label: &str) {
    step_until(harness, label, |h| has_label(h, label));
}

pub fn type_into(harness: &mut App, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.step();
    harness.get_by_label(label).type_text(text);
    harness.step();
}

/// Replaces the text of the field labelled `label` with `text` and presses Enter.
pub fn replace_text(harness: &mut App, label: &str, text: &str) {
    harness.get_by_label(label).focus();
    harness.step();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness.step();
    harness.get_by_label(label).type_text(text);
    harness.step();
    harness.key_press(egui::Key::Enter);
    harness.step();
}

/// Names the open audit on its Scope screen, where a new installer audit starts (a new audit
/// is saved once it is named).
pub fn name_audit(harness: &mut App, name: &str) {
    wait_for_label(harness, "Site or audit name");
    replace_text(harness, "Site or audit name", name);
}

pub fn start_installer_audit(harness: &mut App) {
    harness.get_by_label("Installer audit").click();
    wait_for_label(harness, "Scope");
}

/// A new installer audit on its Capture analysis screen.
pub fn open_capture_screen(harness: &mut App) {
    start_installer_audit(harness);
    harness.get_by_label("Capture analysis").click();
    wait_for_label(harness, "Capture file path:");
}

/// Types `path` into the capture screen's path field and starts the analysis.
pub fn analyse(harness: &mut App, path: &str) {
    type_into(harness, "Capture file path:", path);
    harness.get_by_label("Analyse").click();
}

/// An analyzer that reads nothing and reports progress slowly until it is cancelled.
pub fn slow_analyzer(started: Arc<AtomicBool>) -> Arc<AnalyzeFn> {
    Arc::new(move |path, progress, cancel| {
        started.store(true, Ordering::Relaxed);
        let total = 1_000_000u64;
        let mut read = 0;
        let deadline = Instant::now() + JOB_TIMEOUT;
        while !cancel.is_cancelled() && Instant::now() < deadline {
            read = (read + 1000).min(total - 1);
            progress(Progress {
                bytes_read: read,
                total_bytes: Some(total),
                packets: read / 100,
            });
            std::thread::sleep(Duration::from_millis(5));
        }
        Ok(AnalysisReport {
            file: path.display().to_string(),
            packets: read / 100,
            cancelled: cancel.is_cancelled(),
            ..AnalysisReport::default()
        })
    })
}

/// Every AccessKit node's label, value and description that holds a character the safe-text
/// rule escapes (`text::safe::is_unsafe`: controls, bidi, invisible), with the node's role.
/// Text fields the user types into are included too: a test that puts hostile text in one
/// would see it here.
pub fn unsafe_texts(harness: &App) -> Vec<String> {
    use audit_core::text::safe::is_unsafe;
    use egui_kittest::kittest::{By, NodeT as _};
    let hostile = |s: Option<String>| s.filter(|s| s.chars().any(is_unsafe));
    harness
        .query_all(By::new().include_labels().predicate(move |n| {
            hostile(n.label()).is_some()
                || hostile(n.value()).is_some()
                || hostile(n.description()).is_some()
        }))
        .map(|n| {
            let n = n.accesskit_node();
            format!(
                "{:?}: label {:?} value {:?} description {:?}",
                n.role(),
                n.label(),
                n.value(),
                n.description()
            )
        })
        .collect()
}

/// How many AccessKit nodes carry any text (so a walk that found nothing unsafe is known to
/// have looked at something).
pub fn texts_seen(harness: &App) -> usize {
    use egui_kittest::kittest::By;
    harness
        .query_all(By::new().include_labels().predicate(|n| {
            n.label().is_some_and(|l| !l.is_empty()) || n.value().is_some_and(|v| !v.is_empty())
        }))
        .count()
}

/// No label, value or description on screen holds a raw control, bidi or invisible character.
pub fn assert_no_unsafe_text(harness: &App, screen: &str) {
    let seen = texts_seen(harness);
    assert!(seen > 5, "{screen}: only {seen} texts on screen");
    let bad = unsafe_texts(harness);
    assert!(
        bad.is_empty(),
        "{screen}: raw device text reached the screen:\n{}",
        bad.join("\n")
    );
}
