//! The learning watch: learn a model from a capture or by listening (after consent), detect
//! against it, save and load models, and keep the model and its alerts in the audit. Reading a
//! file sends nothing; listening sends no BACnet or KNX packet.

use std::collections::VecDeque;
use std::net::SocketAddrV4;
use std::path::PathBuf;
use std::time::Instant;

use audit_core::job::{self, CancelFlag};
use audit_core::knx_project::{GroupAddressTable, ImportFormat};
use audit_core::session::{AuditSession, WatchRecord};
use audit_core::text::{Lang, tr};
use audit_core::watch::{
    Alert, Baseline, LearnConfig, LiveCapture, RateSnapshot, WatchEvent, WatchProgress,
    WatchSource, WatchStats,
};
use eframe::egui;

use super::{Ctx, Pending};
use crate::gui::dialogs::consent_texts;
use crate::gui::jobs::{WatchJob, WatchJobEvent, WatchOutcome};

/// Rate snapshots kept for the plot.
pub const MAX_RATE_SNAPSHOTS: usize = 600;
/// Alerts kept on screen (the report keeps its own cap).
pub const MAX_SHOWN_ALERTS: usize = 5000;

/// What a learning-watch job does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WatchMode {
    Learn,
    Detect,
}

/// Where the learning watch reads traffic.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WatchInput {
    File(PathBuf),
    /// Passive UDP listening for this many seconds (after consent).
    Live {
        seconds: u64,
    },
}

/// A learning-watch job in progress.
#[derive(Debug)]
pub struct RunningWatch {
    pub job_id: u64,
    pub mode: WatchMode,
    pub input: WatchInput,
    pub cancel: CancelFlag,
    pub cancel_requested: bool,
    pub started: Instant,
    pub progress: WatchProgress,
}

/// What the watch flow is asked to do.
#[derive(Clone, Debug, PartialEq)]
pub enum WatchCommand {
    /// Learn or detect; a live input asks for consent first.
    Start {
        mode: WatchMode,
        input: WatchInput,
    },
    Stop,
    SetConfig(LearnConfig),
    SaveModel(PathBuf),
    LoadModel(PathBuf),
    /// Choose an ETS group-address export in the system's file dialog, then import it.
    PickEts,
    /// Import this ETS group-address export (CSV, XML or `.knxproj`) into the audit.
    ImportEts(PathBuf),
    /// Forget the audit's ETS table.
    RemoveEts,
}

/// Live listening waiting for consent.
#[derive(Debug)]
pub struct LiveWatchJob {
    mode: WatchMode,
    input: WatchInput,
    source: WatchSource,
}

/// The Learning watch screen's data and job.
#[derive(Debug, Default)]
pub struct WatchFlow {
    pub config: LearnConfig,
    pub running: Option<RunningWatch>,
    pub pending: Option<Pending<LiveWatchJob>>,
    /// (seconds since the job started, snapshot), oldest first.
    pub rates: VecDeque<(f64, RateSnapshot)>,
    pub model: Option<Box<Baseline>>,
    /// Where the model came from, in words.
    pub model_origin: Option<String>,
    pub learn_stats: Option<WatchStats>,
    pub alerts: Vec<Alert>,
    pub detect_stats: Option<WatchStats>,
    pub error: Option<String>,
    /// The capture file of the latest job (fills the path field).
    pub last_file: Option<PathBuf>,
    /// Live listening on this one address (BACnet only, no KNX multicast) instead of every
    /// interface: set by tests to a loopback address.
    pub live_bind: Option<SocketAddrV4>,
    /// Detect on this file as soon as learning finishes (scripts/screenshots.sh).
    pub detect_after_learn: Option<PathBuf>,
    /// The audit's ETS group-address table (kept in the audit as `knx_project`): learning
    /// names and types KNX groups after it.
    pub ets: Option<Box<GroupAddressTable>>,
    /// Why the latest ETS import failed (the earlier table, if any, stays).
    pub ets_error: Option<String>,
}

impl WatchFlow {
    pub fn apply(&mut self, command: WatchCommand, cx: &mut Ctx) {
        match command {
            WatchCommand::Start { mode, input } => self.request(mode, input, cx),
            WatchCommand::Stop => {
                if let Some(job) = &mut self.running {
                    job.cancel.cancel();
                    job.cancel_requested = true;
                    cx.log.info(tr(cx.lang, "gui-watch-stopping-log", &[]));
                }
            }
            WatchCommand::SetConfig(config) => match config.validate() {
                Ok(()) => {
                    self.config = config;
                    self.error = None;
                }
                Err(e) => self.error = Some(e),
            },
            WatchCommand::SaveModel(path) => {
                if let Some(model) = &self.model {
                    let shown = [("path", path.display().to_string().into())];
                    cx.log.info(tr(cx.lang, "gui-watch-saving", &shown));
                    cx.jobs.save_model(path, model.clone());
                } else {
                    self.error = Some(tr(cx.lang, "gui-watch-no-model-to-save", &[]));
                }
            }
            WatchCommand::LoadModel(path) => {
                let shown = [("path", path.display().to_string().into())];
                cx.log.info(tr(cx.lang, "gui-watch-loading", &shown));
                cx.jobs.load_model(path);
            }
            WatchCommand::PickEts => cx.jobs.pick_ets_file(),
            WatchCommand::ImportEts(path) => {
                let shown = [("path", path.display().to_string().into())];
                cx.log.info(tr(cx.lang, "gui-watch-ets-importing", &shown));
                cx.jobs.import_ets(path);
            }
            WatchCommand::RemoveEts => {
                self.ets = None;
                self.ets_error = None;
                cx.log.info(tr(cx.lang, "gui-watch-ets-removed", &[]));
                cx.record(|session| session.knx_project = None);
            }
        }
    }

    fn request(&mut self, mode: WatchMode, input: WatchInput, cx: &mut Ctx) {
        if cx.busy.consent || self.running.is_some() {
            return;
        }
        if mode == WatchMode::Detect && self.model.is_none() {
            self.error = Some(tr(cx.lang, "gui-watch-needs-model", &[]));
            return;
        }
        let seconds = match &input {
            WatchInput::File(path) => {
                let source = WatchSource::Pcap(path.clone());
                self.start(mode, input, source, cx);
                return;
            }
            WatchInput::Live { seconds } => *seconds,
        };
        let interface = cx.session.as_ref().and_then(|s| s.scope.interface.clone());
        let bacnet_port = cx
            .demo
            .map_or(job::scope::BACNET_PORT, |b| b.scope().bacnet_port);
        let bind = self.live_bind;
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
        let request =
            consent_texts::live_watch(cx.lang, seconds, bind, bacnet_port, interface.as_deref());
        let job = LiveWatchJob {
            mode,
            input,
            source,
        };
        self.pending = Some(Pending::ask(request, job));
    }

    /// Draws the consent dialog while it waits; starts listening once allowed.
    pub fn consent_ui(&mut self, ctx: &egui::Context, cx: &mut Ctx) {
        if let Some((job, _)) = Pending::poll(&mut self.pending, ctx, cx.lang, cx.log) {
            self.start(job.mode, job.input, job.source, cx);
        }
    }

    fn start(&mut self, mode: WatchMode, input: WatchInput, source: WatchSource, cx: &mut Ctx) {
        let job = match mode {
            WatchMode::Learn => WatchJob::Learn(self.config.clone(), self.ets.clone()),
            WatchMode::Detect => match &self.model {
                Some(model) => {
                    let mut model = model.clone();
                    // The audit's ETS table names the groups, as `watch detect` takes the
                    // session's (an export imported after learning counts too).
                    if let Some(t) = &self.ets {
                        model.apply_project((**t).clone());
                    }
                    WatchJob::Detect(model)
                }
                None => return,
            },
        };
        let lang = cx.lang;
        let path = |p: &PathBuf| [("path", p.display().to_string().into())];
        cx.log.info(match (&mode, &input) {
            (WatchMode::Learn, WatchInput::File(p)) => {
                tr(lang, "gui-watch-learning-file", &path(p))
            }
            (WatchMode::Detect, WatchInput::File(p)) => {
                tr(lang, "gui-watch-detecting-file", &path(p))
            }
            (_, WatchInput::Live { seconds }) => tr(
                lang,
                "gui-watch-listening",
                &[("seconds", (*seconds).into())],
            ),
        });
        let (job_id, cancel) = cx.jobs.start_watch(source, job);
        self.error = None;
        self.rates.clear();
        if let WatchInput::File(path) = &input {
            self.last_file = Some(path.clone());
        }
        if mode == WatchMode::Detect {
            self.alerts.clear();
            self.detect_stats = None;
        }
        self.running = Some(RunningWatch {
            job_id,
            mode,
            input,
            cancel,
            cancel_requested: false,
            started: Instant::now(),
            progress: WatchProgress::default(),
        });
    }

    pub fn on_event(&mut self, event: WatchJobEvent, cx: &mut Ctx) {
        match event {
            WatchJobEvent::Reported { job_id, event } => {
                let Some(job) = self.running.as_mut().filter(|j| j.job_id == job_id) else {
                    return;
                };
                match *event {
                    WatchEvent::Progress(p) => job.progress = p,
                    WatchEvent::Rates(r) => {
                        let x = self.rates.back().map_or(0.0, |(x, _)| *x) + r.window_s;
                        if self.rates.len() >= MAX_RATE_SNAPSHOTS {
                            self.rates.pop_front();
                        }
                        self.rates.push_back((x, r));
                    }
                    WatchEvent::Alert(a) => {
                        if self.alerts.len() < MAX_SHOWN_ALERTS {
                            self.alerts.push(a);
                        }
                    }
                }
            }
            WatchJobEvent::Finished { job_id, result } => {
                if self.running.as_ref().is_some_and(|j| j.job_id == job_id) {
                    self.finish(result, cx);
                }
            }
            WatchJobEvent::EtsPicked(path) => {
                if let Some(path) = path {
                    self.apply(WatchCommand::ImportEts(path), cx);
                }
            }
            WatchJobEvent::EtsImported(result) => match result {
                Ok(table) => {
                    cx.log.info(tr(
                        cx.lang,
                        "gui-watch-ets-imported-log",
                        &[("summary", ets_summary(cx.lang, &table).into())],
                    ));
                    let kept = (*table).clone();
                    cx.record(|session| session.knx_project = Some(kept));
                    self.ets = Some(table);
                    self.ets_error = None;
                }
                Err(e) => {
                    let line = tr(cx.lang, "gui-watch-ets-failed", &[("error", e.into())]);
                    cx.log.error(line.clone());
                    self.ets_error = Some(line);
                }
            },
            WatchJobEvent::ModelSaved(result) => match result {
                Ok(path) => {
                    let shown = [("path", path.display().to_string().into())];
                    cx.log.info(tr(cx.lang, "gui-watch-saved", &shown));
                }
                Err(e) => {
                    cx.log.error(e.clone());
                    self.error = Some(e);
                }
            },
            WatchJobEvent::ModelLoaded { path, result } => match result {
                Ok(model) => {
                    let shown = path.display().to_string();
                    cx.log.info(tr(
                        cx.lang,
                        "gui-watch-loaded",
                        &[
                            ("points", model.points.len().into()),
                            ("path", (&shown).into()),
                        ],
                    ));
                    self.config = model.config.clone();
                    self.model = Some(model);
                    self.model_origin = Some(tr(
                        cx.lang,
                        "gui-watch-origin-loaded-from",
                        &[("path", shown.into())],
                    ));
                    self.learn_stats = None;
                    self.error = None;
                }
                Err(e) => {
                    cx.log.error(e.clone());
                    self.error = Some(e);
                }
            },
        }
    }

    fn finish(&mut self, result: Result<WatchOutcome, String>, cx: &mut Ctx) {
        let Some(job) = self.running.take() else {
            return;
        };
        let lang = cx.lang;
        let source = match &job.input {
            WatchInput::File(p) => p.display().to_string(),
            WatchInput::Live { seconds } => tr(
                lang,
                "gui-watch-source-live-words",
                &[("seconds", (*seconds).into())],
            ),
        };
        let yes_no = |b: bool| if b { "yes" } else { "no" };
        match result {
            Err(e) => {
                cx.log
                    .error(tr(lang, "gui-watch-failed", &[("error", (&e).into())]));
                self.error = Some(e);
            }
            Ok(WatchOutcome::Learned(report)) => {
                cx.log.info(tr(
                    lang,
                    "gui-watch-learned",
                    &[
                        ("points", report.baseline.points.len().into()),
                        ("rates", report.baseline.rates.len().into()),
                        ("source", (&source).into()),
                        ("messages", report.stats.messages.into()),
                        ("cancelled", yes_no(report.stats.cancelled).into()),
                    ],
                ));
                self.model = Some(Box::new(report.baseline));
                self.model_origin = Some(tr(
                    lang,
                    "gui-watch-origin-learned-from",
                    &[("source", source.into())],
                ));
                self.learn_stats = Some(report.stats);
                self.record(cx);
                if let Some(path) = self.detect_after_learn.take() {
                    self.request(WatchMode::Detect, WatchInput::File(path), cx);
                }
            }
            Ok(WatchOutcome::Detected(report)) => {
                cx.log.info(tr(
                    lang,
                    "gui-watch-detected",
                    &[
                        ("source", source.into()),
                        ("alerts", report.alerts.len().into()),
                        ("messages", report.stats.messages.into()),
                        ("cancelled", yes_no(report.stats.cancelled).into()),
                    ],
                ));
                let mut alerts = report.alerts;
                alerts.truncate(MAX_SHOWN_ALERTS);
                self.alerts = alerts;
                self.detect_stats = Some(report.stats);
                self.record(cx);
            }
        }
    }

    /// Keeps the model and the latest alerts in the audit (saved with it).
    fn record(&self, cx: &mut Ctx) {
        cx.record(|session| {
            session.watch = Some(WatchRecord {
                model: self.model.as_deref().cloned(),
                model_origin: self.model_origin.clone(),
                alerts: self.alerts.clone(),
            });
        });
    }

    /// Shows what a reopened audit's watch left: its model (with the settings it was learned
    /// with) and the alerts of its latest detection.
    pub fn show_saved(&mut self, session: &AuditSession) {
        self.ets = session.knx_project.clone().map(Box::new);
        let Some(record) = &session.watch else {
            return;
        };
        if let Some(model) = &record.model {
            self.config = model.config.clone();
            self.model = Some(Box::new(model.clone()));
        }
        self.model_origin.clone_from(&record.model_origin);
        self.alerts = record.alerts.clone();
        self.alerts.truncate(MAX_SHOWN_ALERTS);
    }

    /// Stops the watch of a closing audit (and listening that waits for consent, which is
    /// refused) and forgets its model and alerts; the parameters stay.
    pub fn close(&mut self) {
        if let Some(job) = &self.running {
            job.cancel.cancel();
        }
        *self = WatchFlow {
            config: std::mem::take(&mut self.config),
            detect_after_learn: self.detect_after_learn.take(),
            ..WatchFlow::default()
        };
    }
}

/// What an ETS table holds, in one line: `building.csv (ETS CSV export, three name columns):
/// 27 group addresses, 27 with a datapoint type`.
pub fn ets_summary(lang: Lang, t: &GroupAddressTable) -> String {
    let format = match t.format {
        ImportFormat::EtsCsvOneColumn => tr(lang, "watch-cli-ets-csv-one", &[]),
        ImportFormat::EtsCsvThreeColumns => tr(lang, "watch-cli-ets-csv-three", &[]),
        ImportFormat::EtsXml => tr(lang, "watch-cli-ets-xml", &[]),
        ImportFormat::Knxproj => tr(lang, "watch-cli-ets-knxproj", &[]),
        ImportFormat::Inferred => tr(lang, "watch-cli-ets-inferred", &[]),
    };
    let typed = t.groups.iter().filter(|g| g.dpt.is_some()).count();
    let mut line = tr(
        lang,
        "gui-watch-ets-summary",
        &[
            ("file", t.file.clone().unwrap_or_default().into()),
            ("format", format.into()),
            ("groups", t.groups.len().into()),
            ("typed", typed.into()),
        ],
    );
    let skipped = t.warnings.len() as u64 + t.more_warnings;
    if skipped > 0 {
        line.push_str(&tr(
            lang,
            "gui-watch-ets-summary-warnings",
            &[("warnings", skipped.into())],
        ));
    }
    line
}
