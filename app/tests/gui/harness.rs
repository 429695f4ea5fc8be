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
