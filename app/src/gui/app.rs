//! The app: owns the state, the panels' view state and the background jobs. Each frame: take
//! job events, draw (panels push commands), apply the commands in one place, autosave. The work
//! itself is in the flows (`flows/`); this file hands them their commands and events.

use std::path::PathBuf;
use std::sync::Arc;

use audit_core::session::SessionKind;
use audit_core::sim::SimBuilding;
use audit_core::text::{Lang, tr};
use eframe::egui;

use super::command::Command;
use super::config::AppConfig;
use super::flows::Ctx;
use super::flows::analysis::{AnalysisCommand, AnalysisFlow};
use super::flows::checks::ChecksFlow;
use super::flows::discovery::DiscoveryFlow;
use super::flows::report::ReportFlow;
use super::flows::session::{SessionCommand, SessionFlow};
use super::flows::watch::{WatchCommand, WatchFlow, WatchInput, WatchMode};
use super::jobs::{JobEvent, Jobs};
use super::nav::{PanelId, first_panel};
use super::panels::{self, Views, shell};
use super::settings;
use super::state::{AppState, Interfaces, Screen};
use super::theme::{self, TOKENS};

pub struct BasAuditApp {
    pub state: AppState,
    views: Views,
    jobs: Jobs,
    commands: Vec<Command>,
    shut_down: bool,
    /// The demo building (`--demo`); held so it runs, dropping it stops the simulators.
    demo_building: Option<SimBuilding>,
    /// Where the chosen language is remembered (`settings.json` in the data folder).
    settings_path: Option<std::path::PathBuf>,
}

impl std::fmt::Debug for BasAuditApp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BasAuditApp")
            .field("state", &self.state)
            .finish_non_exhaustive()
    }
}

/// The flows, borrowed apart from what they share (the [`Ctx`]).
struct Flows<'a> {
    sessions: &'a mut SessionFlow,
    analysis: &'a mut AnalysisFlow,
    discovery: &'a mut DiscoveryFlow,
    checks: &'a mut ChecksFlow,
    watch: &'a mut WatchFlow,
    report: &'a mut ReportFlow,
}

impl BasAuditApp {
    pub fn new(config: AppConfig) -> anyhow::Result<Self> {
        let mut state = AppState::new();
        // The language the user chose last time, else the system's (set by main).
        let settings_path = settings::path(config.data_dir.as_deref());
        if let Some(chosen) = settings::load(settings_path.as_deref()).lang {
            state.lang = chosen;
            audit_core::text::set_default_lang(chosen);
        }
        let lang = state.lang;
        let jobs = Jobs::new(config.data_dir.clone(), Arc::clone(&config.analyzer), lang)?;
        state.log.info(tr(lang, "gui-log-started", &[]));
        jobs.list_recent();
        let mut commands = Vec::new();
        let mut demo = None;
        if config.demo {
            // Binding the simulators' sockets on 127.0.0.x sends nothing; discovery still waits
            // for a click and consent.
            match SimBuilding::start_demo() {
                Ok(building) => {
                    let scope = building.scope();
                    state.log.info(tr(
                        lang,
                        "gui-log-demo-started",
                        &[
                            ("simulators", building.description.len().into()),
                            ("bacnet_port", scope.bacnet_port.into()),
                            ("knx_port", scope.knx_port.into()),
                        ],
                    ));
                    state.demo_description = building.description.clone();
                    state.demo_router = building.router().map(|r| r.kind);
                    state.demo_scope = Some(scope);
                    demo = Some(building);
                    // scripts/screenshots.sh opens other screens of the demo this way.
                    let (kind, panel) = match std::env::var("BAS_AUDIT_DEMO_SCREEN").as_deref() {
                        Ok("self-check") => (SessionKind::Homeowner, None),
                        Ok("findings") => (SessionKind::Installer, Some(PanelId::Findings)),
                        _ => (SessionKind::Installer, Some(PanelId::Devices)),
                    };
                    commands.push(Command::NewSession(kind));
                    commands.extend(panel.map(Command::ShowPanel));
                }
                Err(e) => {
                    let message = tr(lang, "gui-demo-failed", &[("error", e.to_string().into())]);
                    state.log.error(message.clone());
                    state.notice = Some(message);
                }
            }
        }
        if let Some(path) = config.watch_learn {
            commands.push(Command::NewSession(SessionKind::Installer));
            commands.push(Command::ShowPanel(PanelId::Watch));
            commands.push(Command::Watch(WatchCommand::Start {
                mode: WatchMode::Learn,
                input: WatchInput::File(path),
            }));
        }
        if let Some(path) = config.open_capture {
            commands.push(Command::NewSession(SessionKind::Installer));
            commands.push(Command::ShowPanel(PanelId::CaptureAnalysis));
            commands.push(Command::Analysis(AnalysisCommand::Analyse(path)));
        }
        state.watch.detect_after_learn = config.watch_detect;
        Ok(BasAuditApp {
            state,
            views: Views::default(),
            jobs,
            commands,
            shut_down: false,
            demo_building: demo,
            settings_path,
        })
    }

    /// Speak `lang` from the next frame on, and remember it for the next start. Texts kept in
    /// the audit are ids, so findings and the verdict change language too.
    fn set_lang(&mut self, lang: Lang) {
        if lang == self.state.lang {
            return;
        }
        self.state.lang = lang;
        audit_core::text::set_default_lang(lang);
        self.jobs.set_lang(lang);
        let chosen = settings::Settings { lang: Some(lang) };
        match settings::save(self.settings_path.as_deref(), &chosen) {
            Ok(()) => self.state.log.info(tr(
                lang,
                "gui-lang-changed",
                &[("lang", lang.autonym().into())],
            )),
            Err(e) => self
                .state
                .log
                .warn(tr(lang, "gui-lang-not-saved", &[("error", e.into())])),
        }
    }

    /// Datagrams the demo building's simulators received so far (tests prove nothing was sent).
    pub fn demo_datagrams_received(&self) -> Option<usize> {
        self.demo_building.as_ref().map(|b| b.received().len())
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
            shell::top_bar(ui, state, commands);
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
                    .show(ui, |ui| {
                        shell::nav_ui(ui, state.lang, kind, panel, commands)
                    });
                egui::CentralPanel::default_margins().show(ui, |ui| {
                    if kind == SessionKind::Installer {
                        shell::steps_ui(ui, state, panel, commands);
                    }
                    match panel {
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
                        PanelId::Devices => panels::devices::ui(ui, state, commands),
                        PanelId::Watch => panels::watch::ui(ui, state, &mut views.watch, commands),
                        PanelId::Report => {
                            panels::report::ui(ui, state, &mut views.report, commands);
                        }
                        PanelId::Log => panels::log::ui(ui, state),
                        PanelId::About => panels::about::ui(ui, state.lang),
                    }
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

    /// What the flows share, and the flows themselves, borrowed apart.
    fn split(&mut self) -> (Ctx<'_>, Flows<'_>) {
        let busy = self.state.busy();
        let AppState {
            lang,
            session,
            dirty,
            notice,
            log,
            sessions,
            analysis,
            discovery,
            checks,
            watch,
            report,
            ..
        } = &mut self.state;
        let cx = Ctx {
            lang: *lang,
            jobs: &mut self.jobs,
            log,
            notice,
            session,
            dirty,
            demo: self.demo_building.as_ref(),
            busy,
        };
        let flows = Flows {
            sessions,
            analysis,
            discovery,
            checks,
            watch,
            report,
        };
        (cx, flows)
    }

    /// The one place commands change state: a flow's own commands go to that flow; the rest
    /// change screens or close the open audit.
    pub fn apply(&mut self, command: Command) {
        let (mut cx, f) = self.split();
        match command {
            Command::Session(c) => f.sessions.apply(c, &mut cx),
            Command::Analysis(c) => f.analysis.apply(c, &mut cx),
            Command::Discovery(c) => f.discovery.apply(c, &mut cx),
            Command::Checks(c) => f.checks.apply(c, f.watch.model.as_deref(), &mut cx),
            Command::Watch(c) => f.watch.apply(c, &mut cx),
            Command::Report(c) => {
                let store = f
                    .sessions
                    .store_location
                    .as_ref()
                    .and_then(|l| l.as_ref().ok());
                f.report.apply(c, store.map(PathBuf::as_path), &mut cx);
            }
            Command::NewSession(kind) => {
                self.close_session();
                let (mut cx, f) = self.split();
                f.sessions.create(kind, &mut cx);
                self.open_panel(first_panel(kind));
            }
            Command::OpenCaptureFromStart => {
                self.apply(Command::NewSession(SessionKind::Installer));
                self.apply(Command::ShowPanel(PanelId::CaptureAnalysis));
                self.apply(Command::Analysis(AnalysisCommand::PickFile));
            }
            Command::OpenSession { id } => {
                self.close_session();
                let (mut cx, f) = self.split();
                f.sessions.open(id, &mut cx);
            }
            Command::DeleteSession { id } => {
                let state = &mut self.state;
                if state.session.as_ref().is_some_and(|s| s.id == id) {
                    state.session = None;
                    state.dirty = false;
                    state.screen = Screen::Start;
                }
                let (mut cx, f) = self.split();
                f.sessions.delete(id, &mut cx);
            }
            Command::GoHome => {
                self.close_session();
                self.state.screen = Screen::Start;
                self.apply(Command::Session(SessionCommand::RefreshRecent));
            }
            Command::ShowPanel(panel) => self.open_panel(panel),
            Command::SetLang(lang) => self.set_lang(lang),
            Command::RefreshInterfaces => {
                self.state.interfaces = Interfaces::Loading;
                self.jobs.list_interfaces();
            }
            Command::DismissNotice => self.state.notice = None,
            Command::SetDemoRouter(kind) => self.set_demo_router(kind),
        }
    }

    /// Swaps the demo building's home router; never under a running job or an open consent
    /// dialog (the job's options name the old router's ports).
    fn set_demo_router(&mut self, kind: audit_core::sim::router::DemoRouter) {
        let busy = self.state.busy();
        let lang = self.state.lang;
        let Some(building) = self.demo_building.as_mut() else {
            return;
        };
        if busy.consent || busy.discovery || busy.checks {
            self.state.log.warn(tr(lang, "gui-router-demo-busy", &[]));
            return;
        }
        building.set_router(kind);
        let state = &mut self.state;
        state.demo_description = building.description.clone();
        state.demo_router = building.router().map(|r| r.kind);
        let word = crate::gui::widgets::router_inputs::demo_router_word(lang, kind);
        state.log.info(tr(
            lang,
            "gui-router-demo-switched",
            &[("kind", word.into())],
        ));
    }

    /// Draws the consent dialog of the flow that waits for one (one at a time).
    fn consent_ui(&mut self, ctx: &egui::Context) {
        let (mut cx, f) = self.split();
        f.discovery.consent_ui(ctx, &mut cx);
        f.checks.consent_ui(ctx, &mut cx);
        f.watch.consent_ui(ctx, &mut cx);
    }

    /// Background work's reports, each to the flow it is for.
    pub fn handle_event(&mut self, event: JobEvent) {
        let (mut cx, f) = self.split();
        match event {
            JobEvent::Store(reply) => {
                if let Some(kind) = f.sessions.on_store_reply(reply, &mut cx) {
                    self.opened(kind);
                }
            }
            JobEvent::Analysis(e) => f.analysis.on_event(e, &mut cx),
            JobEvent::Discovery(e) => f.discovery.on_event(e, &mut cx),
            JobEvent::Checks(e) => f.checks.on_event(e, f.discovery, &mut cx),
            JobEvent::Watch(e) => f.watch.on_event(e, &mut cx),
            JobEvent::Report(e) => {
                let store = f
                    .sessions
                    .store_location
                    .as_ref()
                    .and_then(|l| l.as_ref().ok());
                f.report.on_event(e, store.map(PathBuf::as_path), &mut cx);
            }
            JobEvent::Interfaces(Ok(rows)) => {
                cx.log.info(tr(
                    cx.lang,
                    "gui-log-interfaces-listed",
                    &[("count", rows.len().into())],
                ));
                self.state.interfaces = Interfaces::Loaded(rows);
            }
            JobEvent::Interfaces(Err(e)) => {
                cx.log.error(e.clone());
                self.state.interfaces = Interfaces::Failed(e);
            }
        }
    }

    /// An audit was opened from the store: its screens show what it holds.
    fn opened(&mut self, kind: SessionKind) {
        let state = &mut self.state;
        if let Some(session) = &state.session {
            state.analysis.show_latest(session);
            // The Devices screen shows what the saved audit found.
            state.discovery.show_saved(session);
            state.watch.show_saved(session);
        }
        self.open_panel(first_panel(kind));
    }

    fn open_panel(&mut self, panel: PanelId) {
        let state = &mut self.state;
        if state.session.is_none() {
            return;
        }
        state.screen = Screen::Workspace(panel);
        // The demo building is the scope of every job: no interface to pick.
        let picks_interface =
            state.demo_scope.is_none() && matches!(panel, PanelId::Scope | PanelId::SelfCheck);
        if picks_interface && state.interfaces == Interfaces::NotLoaded {
            state.interfaces = Interfaces::Loading;
            self.jobs.list_interfaces();
        }
        if panel == PanelId::Report {
            // The audits to compare with: the list as the store has it now.
            let queued = self.jobs.list_recent();
            let (mut cx, _) = self.split();
            cx.report_busy(queued);
        }
    }

    /// Saves (if changed) and closes the open session; stops its jobs.
    fn close_session(&mut self) {
        // Text being typed belongs to the closed session.
        self.views.scope = Default::default();
        let state = &mut self.state;
        state.analysis.close();
        state.discovery.close();
        state.checks.close();
        state.watch.close();
        state.report.close();
        let (mut cx, f) = self.split();
        for event in f.sessions.close(&mut cx) {
            self.handle_event(event);
        }
    }

    fn autosave(&mut self, ctx: &egui::Context) {
        let (mut cx, f) = self.split();
        f.sessions.autosave(ctx, &mut cx);
    }

    /// Saves what is unsaved and stops background work; waits for the save to reach the disk.
    pub fn shutdown(&mut self) {
        if self.shut_down {
            return;
        }
        self.shut_down = true;
        let (mut cx, f) = self.split();
        let mut events = f.sessions.save_before_exit(&mut cx);
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
