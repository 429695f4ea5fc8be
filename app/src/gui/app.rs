//! The app: owns state, view state and background jobs. Each frame: take job events, draw
//! (panels push commands), apply the commands in one place, autosave.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use audit_core::analyze::AnalysisReport;
use audit_core::audit::plan::{self, Demo, Plan, PlanError, ScopeRequest};
use audit_core::audit::{CheckOptions, CheckReport};
use audit_core::discovery;
use audit_core::exposure::ExposureOptions;
use audit_core::job::{self, JobEvent as ActiveJobEvent, NoteLevel, Phase, Scope, ValidPolicy};
use audit_core::session::{AuditSession, CaptureAnalysisRecord, SessionKind, WatchRecord};
use audit_core::sim::SimBuilding;
use audit_core::watch::{LiveCapture, WatchEvent, WatchSource};
use chrono::{Local, Utc};
use eframe::egui;

use super::command::Command;
use super::consent::{ConsentAnswer, ConsentDialog, ConsentOption, ConsentRequest};
use super::jobs::{AnalyzeFn, JobEvent, Jobs, StoreReply, WatchJob, WatchOutcome, core_analyzer};
use super::nav::{PanelId, first_panel, nav_entries};
use super::panels::{self, Views};
use super::state::{
    AnalysisJob, AppState, ChecksState, DiscoveryState, Interfaces, LiveRow, MAX_RATE_SNAPSHOTS,
    MAX_SHOWN_ALERTS, RunningAnalysis, RunningCheck, RunningDiscovery, RunningWatch, SaveStatus,
    Screen, WatchInput, WatchMode, WatchState,
};
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
    /// `bas-audit --demo`: start the built-in demo building on loopback and use it as the scope.
    /// Discovery still waits for the user's click and consent.
    pub demo: bool,
    /// Learn from this capture right after start, then detect on `watch_detect` (used by
    /// scripts/screenshots.sh; reading files sends nothing).
    pub watch_learn: Option<PathBuf>,
    pub watch_detect: Option<PathBuf>,
}

impl std::fmt::Debug for AppConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppConfig")
            .field("data_dir", &self.data_dir)
            .field("open_capture", &self.open_capture)
            .field("demo", &self.demo)
            .finish_non_exhaustive()
    }
}

impl AppConfig {
    /// Defaults, with `BAS_AUDIT_OPEN_CAPTURE` read from the environment (the data folder
    /// override `BAS_AUDIT_DATA_DIR` is read by the session store itself).
    pub fn from_env() -> Self {
        let path = |name: &str| {
            std::env::var_os(name)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        AppConfig {
            data_dir: None,
            open_capture: path("BAS_AUDIT_OPEN_CAPTURE"),
            analyzer: core_analyzer(),
            demo: false,
            watch_learn: path("BAS_AUDIT_WATCH_LEARN"),
            watch_detect: path("BAS_AUDIT_WATCH_DETECT"),
        }
    }
}

pub struct BasAuditApp {
    pub state: AppState,
    views: Views,
    jobs: Jobs,
    commands: Vec<Command>,
    shut_down: bool,
    /// The demo building (`--demo`); held so it runs, dropping it stops the simulators.
    _demo_building: Option<SimBuilding>,
    /// A job waiting for the user's answer in the consent dialog.
    consent: Option<PendingConsent>,
    /// Detect on this file as soon as learning finishes (scripts/screenshots.sh).
    detect_after_learn: Option<PathBuf>,
}

/// A job that sends (or listens) only once the user allows it.
#[derive(Debug)]
enum PendingJob {
    Discovery {
        scope: Scope,
        policy: ValidPolicy,
    },
    LiveWatch {
        mode: WatchMode,
        input: WatchInput,
        source: WatchSource,
    },
    /// Discovery, router probes and the opt-ins the user ticks in the dialog.
    Checks {
        opts: Box<CheckOptions>,
        homeowner: bool,
    },
}

#[derive(Debug)]
struct PendingConsent {
    /// `None` once the dialog has closed (its answer is then in `answer`).
    dialog: Option<ConsentDialog>,
    answer: tokio::sync::oneshot::Receiver<ConsentAnswer>,
    /// The dialog's checkbox values, sent only with Allow.
    choices: Option<tokio::sync::oneshot::Receiver<Vec<bool>>>,
    job: PendingJob,
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
        let mut demo = None;
        if config.demo {
            // Binding the simulators' sockets on 127.0.0.x sends nothing; discovery still waits
            // for a click and consent.
            match SimBuilding::start_demo() {
                Ok(building) => {
                    let scope = building.scope();
                    state.log.info(format!(
                        "Demo building started on loopback ({} simulators; BACnet/IP port {}, \
                         KNXnet/IP port {}). Nothing has been sent.",
                        building.description.len(),
                        scope.bacnet_port,
                        scope.knx_port
                    ));
                    state.demo_description = building.description.clone();
                    state.demo_scope = Some(scope);
                    demo = Some(building);
                    // scripts/screenshots.sh opens other screens of the demo this way.
                    match std::env::var("BAS_AUDIT_DEMO_SCREEN").as_deref() {
                        Ok("self-check") => {
                            commands.push(Command::NewSession(SessionKind::Homeowner));
                        }
                        Ok("findings") => {
                            commands.push(Command::NewSession(SessionKind::Installer));
                            commands.push(Command::ShowPanel(PanelId::Findings));
                        }
                        _ => {
                            commands.push(Command::NewSession(SessionKind::Installer));
                            commands.push(Command::ShowPanel(PanelId::Devices));
                        }
                    }
                }
                Err(e) => {
                    let message = format!("Could not start the demo building: {e}");
                    state.log.error(message.clone());
                    state.notice = Some(message);
                }
            }
        }
        if let Some(path) = config.watch_learn {
            commands.push(Command::NewSession(SessionKind::Installer));
            commands.push(Command::ShowPanel(PanelId::Watch));
            commands.push(Command::StartWatch {
                mode: WatchMode::Learn,
                input: WatchInput::File(path),
            });
        }
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
            _demo_building: demo,
            consent: None,
            detect_after_learn: config.watch_detect,
        })
    }

    /// Datagrams the demo building's simulators received so far (tests prove nothing was sent).
    #[cfg(test)]
    pub fn demo_datagrams_received(&self) -> Option<usize> {
        self._demo_building.as_ref().map(|b| b.received().len())
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
                    PanelId::SelfCheck => {
                        panels::self_check::ui(ui, state, &mut views.self_check, commands);
                    }
                    PanelId::Findings => {
                        panels::findings::ui(ui, state, &mut views.findings, commands);
                    }
                    PanelId::Scope => panels::scope::ui(ui, state, &mut views.scope, commands),
                    PanelId::CaptureAnalysis => {
                        panels::capture::ui(ui, state, &mut views.capture, commands);
                    }
                    PanelId::Devices => {
                        panels::devices::ui(ui, state, &mut views.devices, commands);
                    }
                    PanelId::Watch => panels::watch::ui(ui, state, &mut views.watch, commands),
                    PanelId::Log => panels::log::ui(ui, state),
                    PanelId::About => panels::about::ui(ui),
                });
            }
        }

        self.consent_ui(&ctx);
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
                    job.cancel.cancel();
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
                    .and_then(|s| s.capture_analyses.get(index));
                if let Some(r) = report {
                    state.shown_analysis = Some((index, Box::new(r.report.clone())));
                }
            }
            Command::DismissNotice => state.notice = None,
            Command::RequestDiscovery => self.request_discovery(),
            Command::CancelDiscovery => {
                if let Some(job) = &mut state.discovery.running {
                    job.cancel.cancel();
                    job.cancel_requested = true;
                    state
                        .log
                        .info("Cancelling the discovery: no new packets will be sent.");
                }
            }
            Command::SelectDevice(key) => state.discovery.selected = key,
            Command::StartWatch { mode, input } => self.request_watch(mode, input),
            Command::StopWatch => {
                if let Some(job) = &mut state.watch.running {
                    job.cancel.cancel();
                    job.cancel_requested = true;
                    state.log.info("Stopping the learning watch.");
                }
            }
            Command::SetWatchConfig(config) => match config.validate() {
                Ok(()) => {
                    state.watch.config = config;
                    state.watch.error = None;
                }
                Err(e) => state.watch.error = Some(e),
            },
            Command::SaveModel(path) => {
                if let Some(model) = &state.watch.model {
                    state
                        .log
                        .info(format!("Saving the model to {}.", path.display()));
                    self.jobs.save_model(path, model.clone());
                } else {
                    state.watch.error = Some("There is no model to save yet: learn first.".into());
                }
            }
            Command::LoadModel(path) => {
                state
                    .log
                    .info(format!("Loading a model from {}.", path.display()));
                self.jobs.load_model(path);
            }
            Command::RequestChecks { homeowner } => self.request_checks(homeowner),
            Command::CancelChecks => {
                if let Some(job) = &mut state.checks.running {
                    job.cancel.cancel();
                    job.cancel_requested = true;
                    state
                        .log
                        .info("Cancelling the checks: no new packets will be sent.");
                }
            }
            Command::SelectFinding(key) => state.checks.selected = key,
        }
    }

    /// Draws the consent dialog, if one is open, and acts on its answer.
    fn consent_ui(&mut self, ctx: &egui::Context) {
        let Some(pending) = &mut self.consent else {
            return;
        };
        if let Some(dialog) = &mut pending.dialog
            && !dialog.show(ctx)
        {
            pending.dialog = None;
        }
        let answer = match pending.answer.try_recv() {
            Ok(answer) => answer,
            Err(tokio::sync::oneshot::error::TryRecvError::Empty) => return,
            Err(tokio::sync::oneshot::error::TryRecvError::Closed) => ConsentAnswer::Cancel,
        };
        let Some(pending) = self.consent.take() else {
            return;
        };
        let choices = pending.choices.and_then(|mut rx| rx.try_recv().ok());
        match (answer, pending.job) {
            (ConsentAnswer::Allow, PendingJob::Checks { opts, homeowner }) => {
                self.start_checks(*opts, homeowner, choices.unwrap_or_default());
            }
            (ConsentAnswer::Allow, PendingJob::Discovery { scope, policy }) => {
                self.start_discovery(scope, policy);
            }
            (
                ConsentAnswer::Allow,
                PendingJob::LiveWatch {
                    mode,
                    input,
                    source,
                },
            ) => {
                self.start_watch(mode, input, source);
            }
            (ConsentAnswer::Cancel, _) => {
                self.state
                    .log
                    .info("Consent refused: the job was cancelled and nothing was sent.");
            }
        }
    }

    /// Scope, policy and router-probe options of the open audit (`audit::plan`, the same
    /// resolution the CLI uses): the demo building, or the audit's interface, targets and
    /// rate cap.
    fn plan(&self) -> Result<Plan, String> {
        let demo = self._demo_building.as_ref();
        let Some(session) = &self.state.session else {
            // The demo building needs no saved scope; a real network does.
            if demo.is_none() {
                return Err("No audit is open.".into());
            }
            return plan::plan(
                &ScopeRequest::default(),
                demo.map_or(Demo::No, Demo::Running),
            )
            .map_err(|e| e.to_string());
        };
        let request = ScopeRequest::from_user_scope(&session.scope, demo.is_some());
        plan::plan(&request, demo.map_or(Demo::No, Demo::Running)).map_err(|e| match e {
            PlanError::NoScope => "No scope yet: pick a network interface or add target \
                                   addresses on the Scope screen first."
                .to_owned(),
            PlanError::Policy(p) => p.0,
            other => other.to_string(),
        })
    }

    fn request_discovery(&mut self) {
        if self.consent.is_some() || self.state.discovery.running.is_some() {
            return;
        }
        if self.state.checks.running.is_some() {
            self.state.discovery.error =
                Some("The checks are running (they include a discovery); wait for them.".into());
            return;
        }
        let Plan { scope, policy, .. } = match self.plan() {
            Ok(p) => p,
            Err(e) => {
                self.state.discovery.error = Some(e);
                return;
            }
        };
        self.state.discovery.error = None;
        let request = discovery_consent(&scope, policy.rate());
        self.state.log.info(format!(
            "Asking for consent to discover in {} ({}). Nothing is sent before you allow it.",
            scope.label, request.packet_budget
        ));
        let (dialog, answer) = ConsentDialog::new(request);
        self.consent = Some(PendingConsent {
            dialog: Some(dialog),
            answer,
            choices: None,
            job: PendingJob::Discovery { scope, policy },
        });
    }

    fn request_checks(&mut self, homeowner: bool) {
        if self.consent.is_some()
            || self.state.checks.running.is_some()
            || self.state.discovery.running.is_some()
        {
            return;
        }
        let (scope, policy, exposure) = match self.plan() {
            Ok(p) => (p.scope, p.policy, p.exposure),
            Err(e) => {
                self.state.checks.error = Some(if homeowner {
                    "Pick the network connection of your home first.".to_owned()
                } else {
                    e
                });
                return;
            }
        };
        self.state.checks.error = None;
        let (request, options) = check_consent(&scope, policy.rate(), &exposure, homeowner);
        self.state.log.info(format!(
            "Asking for consent to run the checks in {} ({}). Nothing is sent before you allow \
             it.",
            scope.label, request.packet_budget
        ));
        let (dialog, answer, choices) = ConsentDialog::with_options(request, options);
        let dialog = if homeowner {
            dialog.plain(
                "We will ask your router which doors it opened to the internet and look for \
                 building controllers on this network. Nothing is changed.",
                "Check now",
            )
        } else {
            dialog
        };
        let mut opts = CheckOptions::new(scope, policy);
        opts.exposure = Some(exposure);
        // Writes the Learning watch saw (and whether they were acknowledged) let the checks say
        // "confirmed" instead of "not tested".
        if let Some(model) = &self.state.watch.model {
            opts.observed_writes = audit_core::watch::observed::from_baseline(model);
        }
        self.consent = Some(PendingConsent {
            dialog: Some(dialog),
            answer,
            choices: Some(choices),
            job: PendingJob::Checks {
                opts: Box::new(opts),
                homeowner,
            },
        });
    }

    /// `choices` are the dialog's checkboxes in [`check_consent`]'s order; missing = all off.
    fn start_checks(&mut self, mut opts: CheckOptions, homeowner: bool, choices: Vec<bool>) {
        let on = |i: usize| choices.get(i).copied().unwrap_or(false);
        let (router, internet, write) = if homeowner {
            (true, on(0), false)
        } else {
            (on(0), on(1), on(2))
        };
        if router {
            if let Some(o) = &mut opts.exposure {
                o.internetdb = internet;
            }
        } else {
            opts.exposure = None;
        }
        opts.write_test = write;
        let estimated = discovery::estimate_packets(&opts.scope);
        self.state.log.info(format!(
            "Checks allowed: starting in {} (router probes {}, internet lookup {}, write test \
             {}; at most {} packets per second).",
            opts.scope.label,
            if router { "on" } else { "off" },
            if internet && router { "on" } else { "off" },
            if write { "on" } else { "off" },
            opts.policy.rate()
        ));
        let (job_id, cancel) = self.jobs.start_check(opts);
        let checks = &mut self.state.checks;
        checks.error = None;
        checks.last_stopped = None;
        checks.running = Some(RunningCheck {
            job_id,
            cancel,
            cancel_requested: false,
            started: Instant::now(),
            phase: "Looking for building controllers".into(),
            stage: 0,
            packets_sent: 0,
            estimated_packets: estimated,
            homeowner,
        });
    }

    fn check_event(&mut self, job_id: u64, event: ActiveJobEvent) {
        let state = &mut self.state;
        let Some(job) = state.checks.running.as_mut().filter(|j| j.job_id == job_id) else {
            return;
        };
        match event {
            ActiveJobEvent::Started {
                estimated_packets, ..
            } => job.estimated_packets = estimated_packets,
            ActiveJobEvent::Phase { name, detail } => {
                state.log.info(format!("Checks: {name} — {detail}"));
                let (stage, words) = match name {
                    Phase::RouterProbes => {
                        (1, "Asking the router which doors it opened".to_owned())
                    }
                    Phase::WriteTest => (2, "Write test".to_owned()),
                    Phase::Checks => (3, "Judging what was found".to_owned()),
                    _ if job.homeowner => (
                        0,
                        "Looking for building controllers on this network".to_owned(),
                    ),
                    _ => (
                        0,
                        format!(
                            "Discovery: {}",
                            if detail.is_empty() {
                                name.to_string()
                            } else {
                                detail
                            }
                        ),
                    ),
                };
                job.stage = stage;
                job.phase = words;
            }
            ActiveJobEvent::PacketSent(p) => {
                job.packets_sent += 1;
                state.log.push(
                    super::state::LogLevel::Sent,
                    format!(
                        "Sent {} {} to {} ({} bytes, {:.3} s into the checks).",
                        p.protocol,
                        p.service,
                        p.destination,
                        p.bytes,
                        job.started.elapsed().as_secs_f64()
                    ),
                );
            }
            ActiveJobEvent::Note(note) => match note.level {
                NoteLevel::Info => state.log.info(format!("Checks: {}", note.message)),
                NoteLevel::Warning => state.log.warn(format!("Checks: {}", note.message)),
            },
            ActiveJobEvent::Progress {
                estimated_packets, ..
            } => job.estimated_packets = job.estimated_packets.max(estimated_packets),
            _ => {}
        }
    }

    fn finish_checks(&mut self, result: Result<Box<CheckReport>, String>) {
        let state = &mut self.state;
        state.checks.running = None;
        let report = match result {
            Ok(r) => r,
            Err(e) => {
                state.log.error(format!("The checks failed: {e}"));
                state.checks.error = Some(e);
                return;
            }
        };
        let counts: Vec<String> = report
            .counts()
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(s, n)| format!("{n} {}", s.name()))
            .collect();
        state.log.info(format!(
            "Checks {}: {} findings ({}); verdict {:?}; {} packets sent in {:.1} s.",
            match report.stopped.as_deref() {
                Some(reason) => format!("stopped ({reason})"),
                None => "finished".to_owned(),
            },
            report.findings.len(),
            if counts.is_empty() {
                "none".to_owned()
            } else {
                counts.join(", ")
            },
            report.verdict.light,
            report.packets_sent,
            report.elapsed_s
        ));
        if let Some(e) = &report.exposure {
            for note in &e.notes {
                state.log.info(format!("Router: {note}"));
            }
        }
        state.checks.last_stopped = report.stopped.clone();
        if let Some(key) = &state.checks.selected
            && !report
                .findings
                .iter()
                .any(|f| f.check_id == key.check_id && f.target.to_string() == key.target)
        {
            state.checks.selected = None;
        }
        state.discovery.result = Some(Box::new(
            report.discovery.with_inventory(report.inventory.clone()),
        ));
        state.discovery.selected = None;
        if let Some(session) = &mut state.session {
            session.record_check(&report);
            state.dirty = true;
        }
    }

    fn start_discovery(&mut self, scope: Scope, policy: ValidPolicy) {
        let estimated = discovery::estimate_packets(&scope);
        self.state.log.info(format!(
            "Discovery allowed: starting in {} (about {estimated} packets, at most {} per second).",
            scope.label,
            policy.rate()
        ));
        let (job_id, cancel) = self.jobs.start_discovery(scope, policy);
        let discovery = &mut self.state.discovery;
        discovery.selected = None;
        discovery.running = Some(RunningDiscovery {
            job_id,
            cancel,
            cancel_requested: false,
            started: Instant::now(),
            phase: "starting".into(),
            packets_sent: 0,
            estimated_packets: estimated,
            rows: Vec::new(),
        });
    }

    fn request_watch(&mut self, mode: WatchMode, input: WatchInput) {
        if self.consent.is_some() || self.state.watch.running.is_some() {
            return;
        }
        if mode == WatchMode::Detect && self.state.watch.model.is_none() {
            self.state.watch.error =
                Some("Detection needs a model: learn or load one first.".into());
            return;
        }
        match &input {
            WatchInput::File(path) => {
                let source = WatchSource::Pcap(path.clone());
                self.start_watch(mode, input, source);
            }
            WatchInput::Live { seconds } => {
                let seconds = *seconds;
                let interface = self
                    .state
                    .session
                    .as_ref()
                    .and_then(|s| s.scope.interface.clone());
                let bacnet_port = self
                    .state
                    .demo_scope
                    .as_ref()
                    .map_or(job::scope::BACNET_PORT, |s| s.bacnet_port);
                let bind = self.state.watch.live_bind;
                let bacnet_port = bind.map_or(bacnet_port, |a| a.port());
                let source = WatchSource::Live {
                    seconds,
                    capture: LiveCapture::Udp {
                        bacnet_port,
                        knx: bind.is_none(),
                        multicast_interface: interface.clone(),
                        bind: bind.map(|a| *a.ip()),
                    },
                };
                let request = ConsentRequest {
                    title: "Live listening".into(),
                    scope: match bind {
                        Some(a) => vec![format!("Listen for {seconds} s on UDP {a} (BACnet/IP)")],
                        None => vec![
                            format!(
                                "Listen for {seconds} s on UDP port {bacnet_port} (BACnet/IP) \
                                 and the KNX multicast group 224.0.23.12:3671"
                            ),
                            format!(
                                "Multicast joined on interface {}",
                                interface.as_deref().unwrap_or("of the default route")
                            ),
                        ],
                    },
                    packet_budget: "No BACnet or KNX packet is sent. Joining the KNX multicast \
                                    group makes the computer send one or two IGMP membership \
                                    reports."
                        .into(),
                    will_send: vec![
                        "IGMP membership report for 224.0.23.12 (to the local network)".into(),
                    ],
                };
                let (dialog, answer) = ConsentDialog::new(request);
                self.consent = Some(PendingConsent {
                    dialog: Some(dialog),
                    answer,
                    choices: None,
                    job: PendingJob::LiveWatch {
                        mode,
                        input,
                        source,
                    },
                });
            }
        }
    }

    fn start_watch(&mut self, mode: WatchMode, input: WatchInput, source: WatchSource) {
        let watch = &mut self.state.watch;
        let job = match mode {
            WatchMode::Learn => WatchJob::Learn(watch.config.clone()),
            WatchMode::Detect => match &watch.model {
                Some(model) => WatchJob::Detect(model.clone()),
                None => return,
            },
        };
        self.state.log.info(match (&mode, &input) {
            (WatchMode::Learn, WatchInput::File(p)) => {
                format!(
                    "Learning from {} (reads the file; sends nothing).",
                    p.display()
                )
            }
            (WatchMode::Detect, WatchInput::File(p)) => {
                format!(
                    "Detecting on {} (reads the file; sends nothing).",
                    p.display()
                )
            }
            (_, WatchInput::Live { seconds }) => {
                format!("Listening for {seconds} s (passive; sends no BACnet or KNX packet).")
            }
        });
        let (job_id, cancel) = self.jobs.start_watch(source, job);
        let watch = &mut self.state.watch;
        watch.error = None;
        watch.rates.clear();
        if let WatchInput::File(path) = &input {
            watch.last_file = Some(path.clone());
        }
        if mode == WatchMode::Detect {
            watch.alerts.clear();
            watch.detect_stats = None;
        }
        watch.running = Some(RunningWatch {
            job_id,
            mode,
            input,
            cancel,
            cancel_requested: false,
            started: Instant::now(),
            progress: Default::default(),
        });
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
        let picks_interface =
            panel == PanelId::Scope || (panel == PanelId::SelfCheck && state.demo_scope.is_none());
        if picks_interface && state.interfaces == Interfaces::NotLoaded {
            state.interfaces = Interfaces::Loading;
            self.jobs.list_interfaces();
        }
    }

    /// Saves (if changed) and closes the open session; cancels its analysis.
    fn close_session(&mut self) {
        // Text being typed belongs to the closed session.
        self.views.scope = Default::default();
        if let AnalysisJob::Running(job) = &self.state.analysis {
            job.cancel.cancel();
        }
        self.state.analysis = AnalysisJob::Idle;
        self.state.shown_analysis = None;
        if let Some(job) = &self.state.discovery.running {
            job.cancel.cancel();
        }
        self.state.discovery = DiscoveryState::default();
        if let Some(job) = &self.state.checks.running {
            job.cancel.cancel();
        }
        self.state.checks = ChecksState::default();
        if let Some(job) = &self.state.watch.running {
            job.cancel.cancel();
        }
        let config = self.state.watch.config.clone();
        self.state.watch = WatchState {
            config,
            ..WatchState::default()
        };
        self.consent = None;
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
                    if let Some(total) = progress.total_bytes.filter(|t| *t > 0) {
                        job.bytes_total = total;
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
            JobEvent::Discovery { job_id, event } => self.discovery_event(job_id, event),
            JobEvent::Check { job_id, event } => self.check_event(job_id, event),
            JobEvent::CheckFinished { job_id, result } => {
                let ours = state
                    .checks
                    .running
                    .as_ref()
                    .is_some_and(|j| j.job_id == job_id);
                if ours {
                    self.finish_checks(result);
                }
            }
            JobEvent::DiscoveryFinished { job_id, result } => {
                let ours = state
                    .discovery
                    .running
                    .as_ref()
                    .is_some_and(|j| j.job_id == job_id);
                if ours {
                    self.finish_discovery(result);
                }
            }
            JobEvent::Watch { job_id, event } => {
                let watch = &mut state.watch;
                let Some(job) = watch.running.as_mut().filter(|j| j.job_id == job_id) else {
                    return;
                };
                match event {
                    WatchEvent::Progress(p) => job.progress = p,
                    WatchEvent::Rates(r) => {
                        let x = watch.rates.back().map_or(0.0, |(x, _)| *x) + r.window_s;
                        if watch.rates.len() >= MAX_RATE_SNAPSHOTS {
                            watch.rates.pop_front();
                        }
                        watch.rates.push_back((x, r));
                    }
                    WatchEvent::Alert(a) => {
                        if watch.alerts.len() < MAX_SHOWN_ALERTS {
                            watch.alerts.push(a);
                        }
                    }
                }
            }
            JobEvent::WatchFinished { job_id, result } => {
                let ours = state
                    .watch
                    .running
                    .as_ref()
                    .is_some_and(|j| j.job_id == job_id);
                if ours {
                    self.finish_watch(result);
                }
            }
            JobEvent::ModelSaved(result) => match result {
                Ok(path) => state
                    .log
                    .info(format!("Saved the model to {}.", path.display())),
                Err(e) => {
                    state.log.error(e.clone());
                    state.watch.error = Some(e);
                }
            },
            JobEvent::ModelLoaded { path, result } => match result {
                Ok(model) => {
                    state.log.info(format!(
                        "Loaded a model of {} points from {}.",
                        model.points.len(),
                        path.display()
                    ));
                    state.watch.config = model.config.clone();
                    state.watch.model = Some(model);
                    state.watch.model_origin = Some(format!("loaded from {}", path.display()));
                    state.watch.learn_stats = None;
                    state.watch.error = None;
                }
                Err(e) => {
                    state.log.error(e.clone());
                    state.watch.error = Some(e);
                }
            },
        }
    }

    fn discovery_event(&mut self, job_id: u64, event: ActiveJobEvent) {
        let state = &mut self.state;
        let Some(job) = state
            .discovery
            .running
            .as_mut()
            .filter(|j| j.job_id == job_id)
        else {
            return;
        };
        match event {
            ActiveJobEvent::Started {
                estimated_packets, ..
            } => job.estimated_packets = estimated_packets,
            ActiveJobEvent::Phase { name, detail } => {
                state.log.info(format!("Discovery: {name} — {detail}"));
                job.phase = if detail.is_empty() {
                    name.to_string()
                } else {
                    detail
                };
            }
            ActiveJobEvent::PacketSent(p) => {
                job.packets_sent += 1;
                state.log.push(
                    super::state::LogLevel::Sent,
                    format!(
                        "Sent {} {} to {} ({} bytes, {:.3} s into the discovery).",
                        p.protocol, p.service, p.destination, p.bytes, p.t_s
                    ),
                );
            }
            ActiveJobEvent::Note(note) => match note.level {
                NoteLevel::Info => state.log.info(format!("Discovery: {}", note.message)),
                NoteLevel::Warning => state.log.warn(format!("Discovery: {}", note.message)),
            },
            ActiveJobEvent::DeviceFound {
                device_instance,
                address,
                network,
            } => {
                let id = device_instance.to_string();
                if !job
                    .rows
                    .iter()
                    .any(|r| r.protocol == "BACnet" && r.id == id && r.address == address)
                {
                    job.rows.push(LiveRow {
                        protocol: "BACnet",
                        address,
                        id,
                        network,
                        interrogated: false,
                    });
                }
            }
            ActiveJobEvent::GatewayFound { address, answer } => {
                if !job
                    .rows
                    .iter()
                    .any(|r| r.protocol == "KNXnet/IP" && r.address == address)
                {
                    job.rows.push(LiveRow {
                        protocol: "KNXnet/IP",
                        address,
                        id: answer,
                        network: None,
                        interrogated: false,
                    });
                }
            }
            ActiveJobEvent::DeviceInterrogated {
                device_instance,
                address,
                ..
            } => {
                let id = device_instance.to_string();
                if let Some(row) = job
                    .rows
                    .iter_mut()
                    .find(|r| r.protocol == "BACnet" && r.id == id && r.address == address)
                {
                    row.interrogated = true;
                }
            }
            ActiveJobEvent::Progress {
                packets_sent,
                estimated_packets,
            } => {
                job.packets_sent = job.packets_sent.max(packets_sent);
                job.estimated_packets = estimated_packets;
            }
            ActiveJobEvent::Finished { .. } => {}
        }
    }

    fn finish_discovery(&mut self, result: Result<Box<discovery::DiscoveryResult>, String>) {
        let state = &mut self.state;
        state.discovery.running = None;
        let result = match result {
            Ok(result) => result,
            Err(e) => {
                state.log.error(format!("Discovery failed: {e}"));
                state.discovery.error = Some(e);
                return;
            }
        };
        let inv = &result.inventory;
        state.log.info(format!(
            "Discovery {}: {} BACnet devices, {} KNXnet/IP gateways; {} packets sent, {} received \
             in {:.1} s. {}",
            match result.stopped.as_deref() {
                Some(reason) => format!("stopped ({reason})"),
                None => "finished".to_owned(),
            },
            inv.bacnet.devices.len(),
            inv.knx.gateways.len(),
            result.packets_sent,
            result.packets_received,
            result.elapsed_s,
            result.diagnosis.summary
        ));
        if let Some(session) = &mut state.session {
            session.record_discovery(&result);
            state.dirty = true;
        }
        state.discovery.result = Some(result);
    }

    fn finish_watch(&mut self, result: Result<WatchOutcome, String>) {
        let state = &mut self.state;
        let Some(job) = state.watch.running.take() else {
            return;
        };
        let source = match &job.input {
            WatchInput::File(p) => p.display().to_string(),
            WatchInput::Live { seconds } => format!("{seconds} s of live traffic"),
        };
        match result {
            Err(e) => {
                state.log.error(format!("Learning watch: {e}"));
                state.watch.error = Some(e);
            }
            Ok(WatchOutcome::Learned(report)) => {
                state.log.info(format!(
                    "Learned a model of {} points and {} message-rate keys from {source} ({} \
                     messages{}).",
                    report.baseline.points.len(),
                    report.baseline.rates.len(),
                    report.stats.messages,
                    if report.stats.cancelled {
                        ", stopped early"
                    } else {
                        ""
                    }
                ));
                state.watch.model = Some(Box::new(report.baseline));
                state.watch.model_origin = Some(format!("learned from {source}"));
                state.watch.learn_stats = Some(report.stats);
                self.record_watch();
                if let Some(path) = self.detect_after_learn.take() {
                    self.apply(Command::StartWatch {
                        mode: WatchMode::Detect,
                        input: WatchInput::File(path),
                    });
                }
            }
            Ok(WatchOutcome::Detected(report)) => {
                state.log.info(format!(
                    "Checked {source} against the model: {} alerts from {} messages{}.",
                    report.alerts.len(),
                    report.stats.messages,
                    if report.stats.cancelled {
                        " (stopped early)"
                    } else {
                        ""
                    }
                ));
                let mut alerts = report.alerts;
                alerts.truncate(MAX_SHOWN_ALERTS);
                state.watch.alerts = alerts;
                state.watch.detect_stats = Some(report.stats);
                self.record_watch();
            }
        }
    }

    /// Keeps the model and the latest alerts in the session (saved with it).
    fn record_watch(&mut self) {
        let state = &mut self.state;
        let Some(session) = &mut state.session else {
            return;
        };
        session.watch = Some(WatchRecord {
            model: state.watch.model.as_deref().cloned(),
            model_origin: state.watch.model_origin.clone(),
            alerts: state.watch.alerts.clone(),
        });
        session.touch();
        state.dirty = true;
    }

    fn finish_analysis(&mut self, file: PathBuf, result: Result<Box<AnalysisReport>, String>) {
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
        state.log.info(format!(
            "{} {}: {} packets, {} BACnet and {} KNXnet/IP messages.",
            if report.cancelled {
                "Cancelled analysing"
            } else {
                "Analysed"
            },
            file.display(),
            report.packets,
            report.bacnet.messages,
            report.knx.messages
        ));
        if let Some(session) = &mut state.session {
            session.capture_analyses.push(CaptureAnalysisRecord {
                file: file.display().to_string(),
                analysed_at: Utc::now(),
                report: (*report).clone(),
            });
            session.touch();
            state.dirty = true;
            state.shown_analysis = Some((session.capture_analyses.len() - 1, report));
        } else {
            state.shown_analysis = Some((0, report));
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
                        Some((i, Box::new(r.report.clone())))
                    });
                // The Devices screen shows what the saved audit found.
                state.discovery.result = session.discovery_result().map(Box::new);
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

/// What the consent dialog says before the checks, and its checkboxes: installer = [router
/// probes (on), internet lookup (off), write test (off)]; homeowner = [internet lookup (off)].
fn check_consent(
    scope: &Scope,
    rate: u32,
    exposure: &ExposureOptions,
    homeowner: bool,
) -> (ConsentRequest, Vec<ConsentOption>) {
    let estimate = discovery::estimate(scope);
    let router = exposure.router.map_or(
        "the router (this network's default gateway)".to_owned(),
        |r| format!("the router {r}"),
    );
    let internet = ConsentOption {
        label: "Look up my public address in Shodan InternetDB (needs internet)".into(),
        explanation: format!(
            "Sends your public address to {} to see whether internet scanners have already \
             listed open doors. Off unless you tick it.",
            exposure.internetdb_url
        ),
        default: false,
    };
    if homeowner {
        let request = ConsentRequest {
            title: "Check my home".into(),
            scope: vec![
                "This computer's network connection".into(),
                match exposure.router {
                    Some(r) => format!("Your router ({r}) and devices on this network only"),
                    None => "Your router and devices on this network only".to_owned(),
                },
            ],
            packet_budget: format!(
                "About {} small messages, plus a few for each device that answers; never more \
                 than {rate} per second.",
                estimate.discovery + 6
            ),
            will_send: vec![
                "Ask your router which doors (port forwardings) it opened to the internet".into(),
                "Look for building controllers and KNX gateways on this network (read only)".into(),
                "Nothing is changed on any device or on your router".into(),
            ],
        };
        return (request, vec![internet]);
    }
    let mut request = discovery_consent(scope, rate);
    request.title = "Run checks".into();
    request.scope.push(format!(
        "Router probes go to {router}{}",
        if exposure.hairpin {
            " and to its public address"
        } else {
            ""
        }
    ));
    request.packet_budget = format!(
        "Discovery: {} packets before any device answers, then about {} per BACnet device and \
         {} per KNX gateway. Router: about 6 questions plus one per forwarding rule (at most \
         {}). At most {rate} packets per second.",
        estimate.discovery, estimate.per_device, estimate.per_gateway, exposure.max_mappings
    );
    request.will_send = vec![
        "Discovery (reads only): BACnet Who-Is, network and router queries, ReadProperty \
         (Multiple) to each device found, BBMD table reads; KNXnet/IP SEARCH and DESCRIPTION"
            .into(),
        "Router (reads only): UPnP search and its port-mapping list, NAT-PMP/PCP \
         external-address request; nothing is opened or closed"
            .into(),
        "Only what you tick below: the internet lookup, the write test".into(),
    ];
    let options = vec![
        ConsentOption {
            label: "Ask the router which ports it forwards".into(),
            explanation: "On: UPnP and NAT-PMP questions to the router, and a knock on its \
                          public address from inside. This is how an open door to the \
                          internet is found."
                .into(),
            default: true,
        },
        internet,
        ConsentOption {
            label: "Write test: write back the same value to a harmless property".into(),
            explanation: "On every BACnet device found: read its Description (or Location), \
                          write the very same value back, read it again. Proves whether anyone \
                          on the network may write. Never a setpoint or output."
                .into(),
            default: false,
        },
    ];
    (request, options)
}

/// What the consent dialog says before a discovery.
fn discovery_consent(scope: &Scope, rate: u32) -> ConsentRequest {
    let estimate = discovery::estimate(scope);
    let mut lines = vec![scope.label.clone()];
    if let Some(broadcast) = scope.broadcast.filter(|_| scope.can_broadcast()) {
        lines.push(format!(
            "Broadcast {broadcast}, BACnet/IP UDP port {}",
            scope.bacnet_port
        ));
    }
    if scope.knx && scope.can_multicast() {
        lines.push(format!(
            "Multicast {}:{} (KNXnet/IP)",
            scope.knx_multicast, scope.knx_port
        ));
    }
    for target in &scope.targets {
        lines.push(format!("Target {target}"));
    }
    ConsentRequest {
        title: "Discovery".into(),
        scope: lines,
        packet_budget: format!(
            "{} packets before any device answers, then about {} per BACnet device and {} per \
             KNX gateway found; at most {rate} packets per second, one request at a time per \
             device.",
            estimate.discovery, estimate.per_device, estimate.per_gateway
        ),
        will_send: vec![
            "BACnet Who-Is per network (read-only)".into(),
            "BACnet What-Is-Network-Number and Who-Is-Router-To-Network".into(),
            "BACnet ReadPropertyMultiple / ReadProperty to each device found (reads only, no \
             writes)"
                .into(),
            "BACnet Read-Broadcast-Distribution-Table / Read-Foreign-Device-Table to BBMDs".into(),
            "KNXnet/IP SEARCH (and extended SEARCH) and DESCRIPTION requests".into(),
        ],
    }
}
