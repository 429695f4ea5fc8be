//! The app: owns state, view state and background jobs. Each frame: take job events, draw
//! (panels push commands), apply the commands in one place, autosave.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use audit_core::session::{AuditSession, CaptureAnalysisRecord, SessionKind};
use chrono::{Local, Utc};
use eframe::egui;

use super::analysis::AnalysisView;
use super::command::Command;
use super::jobs::{AnalyzeFn, JobEvent, Jobs, StoreReply, core_analyzer};
use super::nav::{PanelId, first_panel, nav_entries};
use super::panels::{self, Views};
use super::state::{AnalysisJob, AppState, Interfaces, RunningAnalysis, SaveStatus, Screen};
use super::theme::{self, TOKENS};

/// A changed session is saved at most this often (and when it is closed or the app exits).
pub const AUTOSAVE_INTERVAL: Duration = Duration::from_secs(2);
/// A file dialog that returns nothing faster than this most likely could not be shown at all.
const NO_DIALOG_THRESHOLD: Duration = Duration::from_millis(400);

/// How the app starts.
#[derive(Clone)]
pub struct AppConfig {
    /// Folder for saved audits (`sessions/` is created inside); `None` = the default data folder.
    pub data_dir: Option<PathBuf>,
    /// Analyse this capture right after start (used by scripts/screenshots.sh).
    pub open_capture: Option<PathBuf>,
    pub analyzer: Arc<AnalyzeFn>,
}

impl std::fmt::Debug for AppConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppConfig")
            .field("data_dir", &self.data_dir)
            .field("open_capture", &self.open_capture)
            .finish_non_exhaustive()
    }
}

impl AppConfig {
    /// Defaults, with `BAS_AUDIT_OPEN_CAPTURE` read from the environment (the data folder
    /// override `BAS_AUDIT_DATA_DIR` is read by the session store itself).
    pub fn from_env() -> Self {
        AppConfig {
            data_dir: None,
            open_capture: std::env::var_os("BAS_AUDIT_OPEN_CAPTURE")
                .filter(|v| !v.is_empty())
                .map(PathBuf::from),
            analyzer: core_analyzer(),
        }
    }
}

pub struct BasAuditApp {
    pub state: AppState,
    views: Views,
    jobs: Jobs,
    commands: Vec<Command>,
    shut_down: bool,
}

impl std::fmt::Debug for BasAuditApp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BasAuditApp")
            .field("state", &self.state)
            .finish_non_exhaustive()
    }
}

impl BasAuditApp {
    pub fn new(config: AppConfig) -> anyhow::Result<Self> {
        let jobs = Jobs::new(config.data_dir.clone(), Arc::clone(&config.analyzer))?;
        let mut state = AppState::new();
        state
            .log
            .info("BAS Audit started. Nothing is sent on the network unless you start a job that says so.");
        jobs.list_recent();
        let mut commands = Vec::new();
        if let Some(path) = config.open_capture {
            commands.push(Command::NewSession(SessionKind::Installer));
            commands.push(Command::ShowPanel(PanelId::CaptureAnalysis));
            commands.push(Command::AnalyseCapture(path));
        }
        Ok(BasAuditApp {
            state,
            views: Views::default(),
            jobs,
            commands,
            shut_down: false,
        })
    }

    /// Takes job events and applies them (also called while the window is hidden).
    pub fn logic(&mut self, ctx: &egui::Context) {
        self.jobs.attach(ctx);
        for event in self.jobs.drain() {
            self.handle_event(event);
        }
    }

    /// The whole UI; shared by eframe and the kittest harness.
    pub fn ui_root(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        // Normally done before the first frame (see `gui::run`); a no-op after the first call.
        theme::apply(&ctx);
        self.logic(&ctx);

        let Self {
            state,
            views,
            commands,
            ..
        } = self;
        if matches!(state.screen, Screen::Workspace(_)) {
            top_bar(ui, state, commands);
        }
        match state.screen {
            Screen::Start => {
                egui::CentralPanel::default_margins().show(ui, |ui| {
                    panels::start::ui(ui, state, &mut views.start, commands);
                });
            }
            Screen::Workspace(panel) => {
                let kind = state
                    .session
                    .as_ref()
                    .map_or(SessionKind::Installer, |s| s.kind);
                egui::Panel::left("nav")
                    .resizable(false)
                    .exact_size(TOKENS.nav_width)
                    .show(ui, |ui| nav_ui(ui, kind, panel, commands));
                egui::CentralPanel::default_margins().show(ui, |ui| match panel {
                    PanelId::SelfCheck => panels::self_check::ui(ui),
                    PanelId::Scope => panels::scope::ui(ui, state, &mut views.scope, commands),
                    PanelId::CaptureAnalysis => {
                        panels::capture::ui(ui, state, &mut views.capture, commands);
                    }
                    PanelId::Log => panels::log::ui(ui, state),
                    PanelId::About => panels::about::ui(ui),
                });
            }
        }

        let pending = std::mem::take(&mut self.commands);
        for command in pending {
            self.apply(command);
        }
        self.autosave(&ctx);
    }

    /// The one place commands change state.
    pub fn apply(&mut self, command: Command) {
        let state = &mut self.state;
        match command {
            Command::NewSession(kind) => {
                self.close_session();
                let name = format!("{} {}", kind.label(), Local::now().format("%Y-%m-%d %H:%M"));
                let session = AuditSession::new(name.clone(), kind);
                let state = &mut self.state;
                state.log.info(format!("Started “{name}”."));
                state.screen = Screen::Workspace(first_panel(kind));
                state.session = Some(session);
                state.dirty = true;
                self.open_panel(first_panel(kind));
            }
            Command::OpenCaptureFromStart => {
                self.apply(Command::NewSession(SessionKind::Installer));
                self.apply(Command::ShowPanel(PanelId::CaptureAnalysis));
                self.apply(Command::PickCaptureFile);
            }
            Command::OpenSession { id } => {
                self.close_session();
                let queued = self.jobs.load(id);
                self.report_busy(queued);
            }
            Command::RenameSession { id, name } => {
                let open = state.session.as_mut().filter(|s| s.id == id);
                if let Some(session) = open {
                    state
                        .log
                        .info(format!("Renamed “{}” to “{name}”.", session.name));
                    session.name = name;
                    session.touch();
                    state.dirty = true;
                } else {
                    let queued = self.jobs.rename(id, name);
                    self.report_busy(queued);
                }
            }
            Command::DeleteSession { id } => {
                if state.session.as_ref().is_some_and(|s| s.id == id) {
                    state.session = None;
                    state.dirty = false;
                    state.screen = Screen::Start;
                }
                let queued = self.jobs.delete(id) && self.jobs.list_recent();
                self.report_busy(queued);
            }
            Command::RefreshRecent => {
                let queued = self.jobs.list_recent();
                self.report_busy(queued);
            }
            Command::GoHome => {
                self.close_session();
                self.state.screen = Screen::Start;
                let queued = self.jobs.list_recent();
                self.report_busy(queued);
            }
            Command::ShowPanel(panel) => self.open_panel(panel),
            Command::RefreshInterfaces => {
                state.interfaces = Interfaces::Loading;
                self.jobs.list_interfaces();
            }
            Command::SetInterface(interface) => {
                if let Some(session) = &mut state.session {
                    state.log.info(match &interface {
                        Some(name) => format!("Scope: interface set to {name}."),
                        None => "Scope: interface cleared.".to_owned(),
                    });
                    session.scope.interface = interface;
                    session.touch();
                    state.dirty = true;
                }
            }
            Command::SetTargets(targets) => {
                if let Some(session) = &mut state.session
                    && session.scope.targets != targets
                {
                    session.scope.targets = targets;
                    session.touch();
                    state.dirty = true;
                }
            }
            Command::SetRateCap(rate) => {
                if let Some(session) = &mut state.session
                    && session.scope.rate_cap_pps != rate
                {
                    session.scope.rate_cap_pps = rate;
                    session.touch();
                    state.dirty = true;
                }
            }
            Command::SetNotes(notes) => {
                if let Some(session) = &mut state.session
                    && session.notes != notes
                {
                    session.notes = notes;
                    session.touch();
                    state.dirty = true;
                }
            }
            Command::PickCaptureFile => {
                state.dialog_hint = None;
                if !state.file_dialog_open {
                    state.file_dialog_open = true;
                    state.log.info("Opened the file dialog.");
                    self.jobs.pick_capture_file();
                }
            }
            Command::AnalyseCapture(file) => {
                if state.is_analysis_running() {
                    return;
                }
                self.views.capture.path_text = file.display().to_string();
                state.log.info(format!(
                    "Analysing {} (reads the file; sends nothing).",
                    file.display()
                ));
                let (job_id, cancel) = self.jobs.start_analysis(file.clone());
                // The size arrives with the first progress report (no file I/O on this thread).
                self.state.analysis = AnalysisJob::Running(RunningAnalysis {
                    job_id,
                    file,
                    bytes_read: 0,
                    bytes_total: 0,
                    cancel,
                    cancel_requested: false,
                });
            }
            Command::CancelAnalysis => {
                if let AnalysisJob::Running(job) = &mut state.analysis {
                    job.cancel.store(true, Ordering::Relaxed);
                    job.cancel_requested = true;
                    state.log.info(format!(
                        "Cancelling the analysis of {}.",
                        job.file.display()
                    ));
                }
            }
            Command::ShowAnalysis(index) => {
                let report = state
                    .session
                    .as_ref()
                    .and_then(|s| s.capture_analyses.get(index))
                    .map(|r| AnalysisView::from_report(&r.report));
                match report {
                    Some(Ok(view)) => state.shown_analysis = Some((index, view)),
                    Some(Err(e)) => state.notice = Some(format!("Cannot show that analysis: {e}")),
                    None => {}
                }
            }
            Command::DismissNotice => state.notice = None,
        }
    }

    /// Store requests are refused only when its queue is full (the disk is stuck): say so.
    fn report_busy(&mut self, queued: bool) {
        if !queued {
            let message = "Saved audits are busy (the disk is slow to answer); try again.";
            self.state.log.warn(message);
            self.state.notice = Some(message.to_owned());
        }
    }

    fn open_panel(&mut self, panel: PanelId) {
        let state = &mut self.state;
        if state.session.is_none() {
            return;
        }
        state.screen = Screen::Workspace(panel);
        if panel == PanelId::Scope && state.interfaces == Interfaces::NotLoaded {
            state.interfaces = Interfaces::Loading;
            self.jobs.list_interfaces();
        }
    }

    /// Saves (if changed) and closes the open session; cancels its analysis.
    fn close_session(&mut self) {
        // Text being typed belongs to the closed session.
        self.views.scope = Default::default();
        if let AnalysisJob::Running(job) = &self.state.analysis {
            job.cancel.store(true, Ordering::Relaxed);
        }
        self.state.analysis = AnalysisJob::Idle;
        self.state.shown_analysis = None;
        if let Some(session) = self.state.session.take()
            && self.state.dirty
        {
            let (queued, events) = self.jobs.save_reliably(&session);
            if !queued {
                let message = format!(
                    "Could not save “{}”: the disk is not answering. Its last changes may be lost.",
                    session.name
                );
                self.state.log.error(message.clone());
                self.state.notice = Some(message);
            }
            for event in events {
                self.handle_event(event);
            }
        }
        self.state.dirty = false;
        self.state.save_status = SaveStatus::NotSaved;
        self.state.last_save_request = None;
    }

    pub(super) fn handle_event(&mut self, event: JobEvent) {
        let state = &mut self.state;
        match event {
            JobEvent::Interfaces(Ok(rows)) => {
                state.log.info(format!(
                    "Listed {} IPv4 interface addresses (read from this computer; nothing sent).",
                    rows.len()
                ));
                state.interfaces = Interfaces::Loaded(rows);
            }
            JobEvent::Interfaces(Err(e)) => {
                state.log.error(e.clone());
                state.interfaces = Interfaces::Failed(e);
            }
            JobEvent::FilePicked { path, after } => {
                state.file_dialog_open = false;
                match path {
                    Some(path) => {
                        state.dialog_hint = None;
                        self.apply(Command::AnalyseCapture(path));
                    }
                    None => {
                        // rfd returns nothing both when the user cancels and when no dialog
                        // could be shown at all (no portal, no zenity): say both.
                        let quick = after < NO_DIALOG_THRESHOLD;
                        state.log.info(format!(
                            "The file dialog returned no file after {:.1} s{}.",
                            after.as_secs_f32(),
                            if quick {
                                " (probably no dialog is available)"
                            } else {
                                ""
                            }
                        ));
                        state.dialog_hint = Some(
                            if quick {
                                "No file dialog could be shown on this desktop. Type or paste the \
                                 capture's path below."
                            } else {
                                "No file was chosen. If no dialog appeared, type or paste the \
                                 capture's path below."
                            }
                            .to_owned(),
                        );
                    }
                }
            }
            JobEvent::AnalysisProgress { job_id, progress } => {
                if let AnalysisJob::Running(job) = &mut state.analysis
                    && job.job_id == job_id
                {
                    job.bytes_read = progress.bytes_read;
                    if progress.bytes_total > 0 {
                        job.bytes_total = progress.bytes_total;
                    }
                }
            }
            JobEvent::AnalysisFinished {
                job_id,
                file,
                result,
            } => {
                let ours = matches!(&state.analysis, AnalysisJob::Running(j) if j.job_id == job_id);
                if ours {
                    self.finish_analysis(file, result);
                }
            }
            JobEvent::Store(reply) => self.handle_store_reply(reply),
        }
    }

    fn finish_analysis(&mut self, file: PathBuf, result: Result<serde_json::Value, String>) {
        let state = &mut self.state;
        state.analysis = AnalysisJob::Idle;
        let report = match result {
            Ok(report) => report,
            Err(message) => {
                state
                    .log
                    .error(format!("Could not analyse {}: {message}", file.display()));
                state.analysis = AnalysisJob::Failed { file, message };
                return;
            }
        };
        let view = match AnalysisView::from_report(&report) {
            Ok(view) => view,
            Err(message) => {
                state.log.error(format!(
                    "Could not show the analysis of {}: {message}",
                    file.display()
                ));
                state.analysis = AnalysisJob::Failed { file, message };
                return;
            }
        };
        state.log.info(format!(
            "{} {}: {} packets, {} BACnet and {} KNXnet/IP messages.",
            if view.cancelled {
                "Cancelled analysing"
            } else {
                "Analysed"
            },
            file.display(),
            view.packets,
            view.bacnet.messages,
            view.knx.messages
        ));
        if let Some(session) = &mut state.session {
            session.capture_analyses.push(CaptureAnalysisRecord {
                file: file.display().to_string(),
                analysed_at: Utc::now(),
                report,
            });
            session.touch();
            state.dirty = true;
            state.shown_analysis = Some((session.capture_analyses.len() - 1, view));
        } else {
            state.shown_analysis = Some((0, view));
        }
    }

    fn handle_store_reply(&mut self, reply: StoreReply) {
        let state = &mut self.state;
        match reply {
            StoreReply::Opened(location) => {
                if let Err(e) = &location {
                    state.log.error(format!("Audits cannot be saved: {e}"));
                }
                state.store_location = Some(location);
            }
            StoreReply::Saved { id, result } => {
                let current = state.session.as_ref().is_some_and(|s| s.id == id);
                match result {
                    Ok(_) if current => state.save_status = SaveStatus::Saved(Local::now()),
                    Ok(_) => {}
                    Err(e) => {
                        let first =
                            !matches!(&state.save_status, SaveStatus::Failed(old) if *old == e);
                        if first {
                            state.log.error(format!("Could not save the audit: {e}"));
                        }
                        if current {
                            state.save_status = SaveStatus::Failed(e);
                            state.dirty = true;
                        } else {
                            state.notice = Some(format!("Could not save the audit: {e}"));
                        }
                    }
                }
            }
            StoreReply::Listed(Ok(list)) => {
                state.recent = list;
                state.recent_error = None;
            }
            StoreReply::Listed(Err(e)) => state.recent_error = Some(e),
            StoreReply::Loaded(Ok(session)) => {
                let kind = session.kind;
                state.log.info(format!("Opened “{}”.", session.name));
                state.shown_analysis =
                    session.capture_analyses.len().checked_sub(1).and_then(|i| {
                        let r = session.capture_analyses.get(i)?;
                        AnalysisView::from_report(&r.report).ok().map(|v| (i, v))
                    });
                state.session = Some(*session);
                state.dirty = false;
                state.save_status = SaveStatus::NotSaved;
                self.open_panel(first_panel(kind));
            }
            StoreReply::Loaded(Err(e)) => {
                state.log.error(format!("Could not open the audit: {e}"));
                state.notice = Some(format!("Could not open the audit: {e}"));
            }
            StoreReply::Renamed(result) => {
                match result {
                    Ok(s) => state.log.info(format!("Renamed an audit to “{}”.", s.name)),
                    Err(e) => state.notice = Some(format!("Could not rename the audit: {e}")),
                }
                let queued = self.jobs.list_recent();
                self.report_busy(queued);
            }
            StoreReply::Deleted { id, result } => match result {
                Ok(()) => state.log.info(format!("Deleted the saved audit {id}.")),
                Err(e) => state.notice = Some(format!("Could not delete the audit: {e}")),
            },
        }
    }

    /// Hands the session to the store at most every [`AUTOSAVE_INTERVAL`] while it has changes.
    fn autosave(&mut self, ctx: &egui::Context) {
        let state = &mut self.state;
        if !state.dirty {
            return;
        }
        let Some(session) = &state.session else {
            return;
        };
        let since = state.last_save_request.map(|t| t.elapsed());
        match since {
            Some(elapsed) if elapsed < AUTOSAVE_INTERVAL => {
                ctx.request_repaint_after(AUTOSAVE_INTERVAL - elapsed);
            }
            _ => {
                // If the store queue is full, stay dirty and try again next interval.
                if self.jobs.save(session) {
                    state.dirty = false;
                    state.save_status = SaveStatus::Saving;
                }
                state.last_save_request = Some(Instant::now());
                ctx.request_repaint_after(AUTOSAVE_INTERVAL);
            }
        }
    }

    /// Saves what is unsaved and stops background work; waits for the save to reach the disk.
    pub fn shutdown(&mut self) {
        if self.shut_down {
            return;
        }
        self.shut_down = true;
        let mut events = Vec::new();
        if let Some(session) = self.state.session.clone()
            && self.state.dirty
        {
            let (queued, taken) = self.jobs.save_reliably(&session);
            events = taken;
            self.state.dirty = !queued;
        }
        events.extend(self.jobs.shutdown());
        for event in events {
            self.handle_event(event);
        }
    }
}

impl Drop for BasAuditApp {
    fn drop(&mut self) {
        self.shutdown();
    }
}

impl eframe::App for BasAuditApp {
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        BasAuditApp::logic(self, ctx);
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.ui_root(ui);
    }

    #[cfg(feature = "glow")]
    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.shutdown();
    }

    #[cfg(not(feature = "glow"))]
    fn on_exit(&mut self) {
        self.shutdown();
    }
}

fn top_bar(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    egui::Panel::top("top_bar")
        .frame(
            egui::Frame::new()
                .fill(TOKENS.window_fill)
                .inner_margin(egui::Margin::symmetric(
                    TOKENS.space_m as i8,
                    TOKENS.space_s as i8,
                ))
                .stroke(egui::Stroke::new(1.0, TOKENS.card_stroke)),
        )
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                if ui
                    .button("Home")
                    .on_hover_text("Save and go back to the start screen")
                    .clicked()
                {
                    commands.push(Command::GoHome);
                }
                ui.separator();
                ui.label(
                    egui::RichText::new("BAS Audit")
                        .strong()
                        .color(TOKENS.accent),
                );
                if let Some(session) = &state.session {
                    ui.separator();
                    ui.label(egui::RichText::new(&session.name).strong());
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if state.session.is_some() {
                        save_status_ui(ui, state);
                    }
                });
            });
            if let Some(notice) = &state.notice {
                ui.horizontal_wrapped(|ui| {
                    ui.colored_label(TOKENS.warn, notice);
                    if ui.small_button("Dismiss").clicked() {
                        commands.push(Command::DismissNotice);
                    }
                });
            }
        });
}

fn save_status_ui(ui: &mut egui::Ui, state: &AppState) {
    let (text, color) = match &state.save_status {
        SaveStatus::NotSaved if state.dirty => ("Not saved yet".to_owned(), TOKENS.text_subdued),
        SaveStatus::NotSaved => ("No changes".to_owned(), TOKENS.text_subdued),
        SaveStatus::Saving => ("Saving…".to_owned(), TOKENS.text_subdued),
        SaveStatus::Saved(t) if state.dirty => (
            format!("Saved {} · changes pending", t.format("%H:%M:%S")),
            TOKENS.text_subdued,
        ),
        SaveStatus::Saved(t) => (format!("Saved {}", t.format("%H:%M:%S")), TOKENS.ok),
        SaveStatus::Failed(e) => (format!("Not saved: {e}"), TOKENS.error),
    };
    ui.add(egui::Label::new(egui::RichText::new(text).color(color)).truncate());
}

fn nav_ui(ui: &mut egui::Ui, kind: SessionKind, current: PanelId, commands: &mut Vec<Command>) {
    ui.add_space(TOKENS.space_m);
    ui.label(theme::subdued(kind.label()));
    ui.add_space(TOKENS.space_s);
    ui.with_layout(egui::Layout::top_down_justified(egui::Align::LEFT), |ui| {
        for entry in nav_entries(kind) {
            let selected = entry.panel == current;
            let button =
                egui::Button::selectable(selected, entry.label).min_size(egui::vec2(0.0, 30.0));
            let response = ui.add(button).on_hover_text(entry.hint);
            if response.clicked() && !selected {
                commands.push(Command::ShowPanel(entry.panel));
            }
        }
    });
}
