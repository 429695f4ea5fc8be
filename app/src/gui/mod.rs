//! The desktop app (eframe/egui). Plain `bas-audit` with no subcommand starts it.
//!
//! Shape (egui demo app, rerun `re_viewer`, ruffle desktop; see ARCHITECTURE.md):
//! - `app` — [`BasAuditApp`]: the frame loop; hands commands and job events to the flows;
//! - `state` — [`state::AppState`]: everything the screens show, the flows included; panels
//!   only read it;
//! - `command` — what panels may ask for (a flow's own commands are that flow's type);
//! - `flows/` — the work screens start (sessions, analysis, discovery, checks, watch), each a
//!   struct that owns its running job, the job waiting for consent and its results;
//! - `panels/` — one file per screen; `nav` — which panels a workspace shows, as data;
//! - `dialogs/` — the fail-closed consent dialog and what it says for each job;
//! - `widgets/` — the table setup, the severity badge, a job's progress line;
//! - `jobs` — background work over bounded channels (the UI thread never blocks on I/O);
//! - `theme` — every colour and size; `config` — how the app starts.
//!
//! Every word on screen comes from the text catalogue (`assets/text/<lang>/gui-*.ftl`) in
//! `AppState::lang`.

pub mod analysis;
pub mod app;
pub mod command;
pub mod config;
pub mod dialogs;
pub mod flows;
pub mod jobs;
pub mod nav;
pub mod panels;
pub mod settings;
pub mod state;
pub mod steps;
pub mod theme;
pub mod widgets;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use audit_core::text::tr;

pub use app::BasAuditApp;
pub use config::AppConfig;

/// Renderers to try, in order. `BAS_AUDIT_RENDERER=glow|wgpu` picks one.
fn renderers() -> Vec<eframe::Renderer> {
    let all: Vec<eframe::Renderer> = vec![
        #[cfg(feature = "wgpu")]
        eframe::Renderer::Wgpu,
        #[cfg(feature = "glow")]
        eframe::Renderer::Glow,
    ];
    let wanted = std::env::var("BAS_AUDIT_RENDERER").unwrap_or_default();
    let picked: Vec<_> = all
        .iter()
        .copied()
        .filter(|r| format!("{r:?}").eq_ignore_ascii_case(&wanted))
        .collect();
    if picked.is_empty() { all } else { picked }
}

/// Starts the desktop app and returns when its window closes.
pub fn run(config: AppConfig) -> anyhow::Result<()> {
    let lang = audit_core::text::default_lang();
    let renderers = renderers();
    let mut last_error = None;
    for (i, renderer) in renderers.iter().copied().enumerate() {
        let options = eframe::NativeOptions {
            renderer,
            viewport: eframe::egui::ViewportBuilder::default()
                .with_title("BAS Audit")
                .with_app_id("bas-audit")
                .with_inner_size([1100.0, 760.0])
                .with_min_inner_size([720.0, 520.0]),
            ..Default::default()
        };
        // Only fall back to the next renderer if this one failed before the app existed: never
        // open a second window after the user has worked in the first.
        let started = Arc::new(AtomicBool::new(false));
        let started_in_app = Arc::clone(&started);
        let config = config.clone();
        let result = eframe::run_native(
            "BAS Audit",
            options,
            Box::new(move |cc| {
                started_in_app.store(true, Ordering::Relaxed);
                theme::apply(&cc.egui_ctx);
                let app = BasAuditApp::new(config)?;
                Ok(Box::new(app))
            }),
        );
        match result {
            Ok(()) => return Ok(()),
            Err(e) if started.load(Ordering::Relaxed) => {
                let error = e.to_string().into();
                return Err(anyhow::anyhow!(tr(
                    lang,
                    "gui-window-stopped",
                    &[("error", error)]
                )));
            }
            Err(e) => {
                if let Some(next) = renderers.get(i + 1) {
                    let args = [
                        ("renderer", format!("{renderer:?}").into()),
                        ("error", e.to_string().into()),
                        ("next", format!("{next:?}").into()),
                    ];
                    eprintln!(
                        "bas-audit: {}",
                        tr(lang, "gui-window-renderer-failed", &args)
                    );
                }
                last_error = Some(e.to_string());
            }
        }
    }
    let error = last_error.unwrap_or_else(|| tr(lang, "gui-window-no-renderer", &[]));
    Err(anyhow::anyhow!(tr(
        lang,
        "gui-window-failed",
        &[("error", error.into())]
    )))
}
