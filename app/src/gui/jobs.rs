//! Background work. The UI thread never blocks on I/O: file reads, the file dialog, interface
//! listing and session saves run here and report back as [`JobEvent`]s over one bounded channel,
//! each followed by a repaint request.
//!
//! - Capture analysis and interface listing run on a small tokio runtime (`spawn_blocking`).
//! - The file dialog runs as an async task on the same runtime.
//! - Session store operations run on one dedicated thread, in order, so a save can never race a
//!   rename or delete of the same file.
//!
//! Active jobs (discovery, checks) run through `audit_core::job::run`, which forwards their
//! events here.

use std::cell::Cell;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock, mpsc as std_mpsc};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use audit_core::analyze::{AnalysisReport, Progress};
use audit_core::audit::{CheckOptions, CheckReport};
use audit_core::discovery::DiscoveryResult;
use audit_core::job::{self, CancelFlag, Scope, ValidPolicy};
use audit_core::knx_project::GroupAddressTable;
use audit_core::session::{AuditSession, RecentEntry, SessionStore};
use audit_core::text::{Lang, tr};
use audit_core::watch::{
    Baseline, DetectReport, LearnConfig, LearnReport, WatchEvent, WatchSource,
};
use eframe::egui;
use tokio::sync::mpsc;

use super::flows::report::{PreviewDoc, Saved};
use super::state::InterfaceRow;
use crate::export::Format;

/// Capacity of the job-event channel. Progress events are dropped when it is full (the next one
/// carries newer numbers anyway); results wait for room.
pub const EVENT_CHANNEL_CAPACITY: usize = 256;
/// Capacity of the store request queue.
const STORE_QUEUE_CAPACITY: usize = 32;
/// Progress events per second at most, so a fast analysis does not flood the UI.
const PROGRESS_INTERVAL: Duration = Duration::from_millis(50);
/// How long closing the app waits for the last save.
const SHUTDOWN_WAIT: Duration = Duration::from_secs(10);

/// A capture analyzer: reads `path`, reports progress, stops early when `cancel` is set, and
/// returns its report (tests give a fake one).
pub type AnalyzeFn =
    dyn Fn(&Path, &dyn Fn(Progress), &CancelFlag) -> Result<AnalysisReport, String> + Send + Sync;

/// The analyzer in `audit-core`.
pub fn core_analyzer() -> Arc<AnalyzeFn> {
    Arc::new(|path, progress, cancel| {
        audit_core::analyze::analyze_file(path, progress, cancel).map_err(|e| e.to_string())
    })
}

/// What background work reports, by the flow it is for.
#[derive(Debug)]
pub enum JobEvent {
    Interfaces(Result<Vec<InterfaceRow>, String>),
    Store(StoreReply),
    Analysis(AnalysisEvent),
    Discovery(ActiveEvent<DiscoveryResult>),
    /// The check job reports the same events as discovery's, plus a phase per stage.
    Checks(ActiveEvent<CheckReport>),
    Watch(WatchJobEvent),
    Report(ReportEvent),
}

/// The hand-over report: previews, saves and the save dialog.
#[derive(Debug)]
pub enum ReportEvent {
    Previewed {
        job_id: u64,
        result: Result<PreviewDoc, String>,
    },
    Saved {
        job_id: u64,
        result: Result<Saved, String>,
    },
    /// The save dialog closed; `None` if nothing was chosen or no dialog could be shown.
    PathPicked(Option<PathBuf>),
    /// The job panicked (a bug): the screen says so instead of waiting forever.
    Crashed { job_id: u64 },
}

/// The capture file dialog and capture analyses.
#[derive(Debug)]
pub enum AnalysisEvent {
    /// The file dialog closed; `None` if nothing was chosen or no dialog could be shown.
    FilePicked {
        path: Option<PathBuf>,
        after: Duration,
    },
    Progress {
        job_id: u64,
        progress: Progress,
    },
    Finished {
        job_id: u64,
        file: PathBuf,
        result: Result<Box<AnalysisReport>, String>,
    },
}

/// An active job (discovery, checks) that returns a `T`.
#[derive(Debug)]
pub enum ActiveEvent<T> {
    /// Something it reported (packets sent, devices found, phases, notes).
    Reported { job_id: u64, event: job::JobEvent },
    Finished {
        job_id: u64,
        result: Result<Box<T>, String>,
    },
}

/// Learning-watch jobs and model files.
#[derive(Debug)]
pub enum WatchJobEvent {
    /// Progress, rates or an alert (boxed: an alert is ten times the size of the others).
    Reported {
        job_id: u64,
        event: Box<WatchEvent>,
    },
    Finished {
        job_id: u64,
        result: Result<WatchOutcome, String>,
    },
    ModelSaved(Result<PathBuf, String>),
    ModelLoaded {
        path: PathBuf,
        result: Result<Box<Baseline>, String>,
    },
    /// The file dialog for an ETS export closed (`None`: nothing chosen).
    EtsPicked(Option<PathBuf>),
    /// An ETS group-address export was read and parsed (the error in words).
    EtsImported(Result<Box<GroupAddressTable>, String>),
}

/// What a learning-watch job produced.
#[derive(Debug)]
pub enum WatchOutcome {
    Learned(Box<LearnReport>),
    Detected(Box<DetectReport>),
}

/// What a learning-watch job is asked to do.
#[derive(Debug)]
pub enum WatchJob {
    /// Learn, naming and typing KNX groups after the audit's ETS table when there is one.
    Learn(LearnConfig, Option<Box<GroupAddressTable>>),
    Detect(Box<Baseline>),
}

enum StoreRequest {
    Save(Box<AuditSession>),
    List,
    Load(String),
    Rename { id: String, name: String },
    Delete(String),
    Shutdown,
}

#[derive(Debug)]
pub enum StoreReply {
    /// The store's folder, or why there is none.
    Opened(Result<PathBuf, String>),
    Saved {
        id: String,
        result: Result<PathBuf, String>,
    },
    Listed(Result<Vec<RecentEntry>, String>),
    Loaded(Result<Box<AuditSession>, String>),
    Renamed(Result<Box<AuditSession>, String>),
    Deleted {
        id: String,
        result: Result<(), String>,
    },
}

/// Lets background threads ask for a repaint once the UI has handed over its context.
#[derive(Clone, Default)]
struct Repainter(Arc<OnceLock<egui::Context>>);

impl Repainter {
    fn repaint(&self) {
        if let Some(ctx) = self.0.get() {
            ctx.request_repaint();
        }
    }
}

/// Owner of the runtime, the store thread and the event channel.
pub struct Jobs {
    runtime: Option<tokio::runtime::Runtime>,
    events_tx: mpsc::Sender<JobEvent>,
    events_rx: mpsc::Receiver<JobEvent>,
    store_tx: Option<std_mpsc::SyncSender<StoreRequest>>,
    store_thread: Option<JoinHandle<()>>,
    analyzer: Arc<AnalyzeFn>,
    repainter: Repainter,
    next_job_id: u64,
    /// Cancel flags of jobs that may still run, set when the app closes.
    cancels: Vec<CancelFlag>,
    /// The language of the messages background work words (errors, the file dialog).
    lang: Lang,
}

impl std::fmt::Debug for Jobs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Jobs")
            .field("next_job_id", &self.next_job_id)
            .finish_non_exhaustive()
    }
}

impl Jobs {
    /// `data_dir`: folder for saved audits (`sessions/` inside); `None` = the default data folder.
    /// The store is opened on its own thread (creating folders is I/O); it reports
    /// [`StoreReply::Opened`] first.
    /// The language of what background work says from now on (the language switch).
    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }

    pub fn new(
        data_dir: Option<PathBuf>,
        analyzer: Arc<AnalyzeFn>,
        lang: Lang,
    ) -> anyhow::Result<Self> {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .max_blocking_threads(4)
            .thread_name("bas-audit-jobs")
            // Discovery needs the I/O driver (UDP sockets) as well as timers.
            .enable_all()
            .build()?;
        let (events_tx, events_rx) = mpsc::channel(EVENT_CHANNEL_CAPACITY);
        let (store_tx, store_rx) = std_mpsc::sync_channel(STORE_QUEUE_CAPACITY);
        let repainter = Repainter::default();
        let store_thread = {
            let events_tx = events_tx.clone();
            let repainter = repainter.clone();
            std::thread::Builder::new()
                .name("bas-audit-store".into())
                .spawn(move || store_worker(data_dir, &store_rx, &events_tx, &repainter, lang))?
        };
        Ok(Jobs {
            runtime: Some(runtime),
            events_tx,
            events_rx,
            store_tx: Some(store_tx),
            store_thread: Some(store_thread),
            analyzer,
            repainter,
            next_job_id: 1,
            cancels: Vec::new(),
            lang,
        })
    }

    /// Called every frame with the UI's context (cheap after the first call).
    pub fn attach(&self, ctx: &egui::Context) {
        if self.repainter.0.get().is_none() {
            self.repainter.0.set(ctx.clone()).ok();
        }
    }

    /// Events that arrived since the last call.
    pub fn drain(&mut self) -> Vec<JobEvent> {
        let mut events = Vec::new();
        while let Ok(event) = self.events_rx.try_recv() {
            events.push(event);
        }
        events
    }

    fn spawn_blocking(&self, f: impl FnOnce() + Send + 'static) {
        if let Some(rt) = &self.runtime {
            rt.spawn_blocking(f);
        }
    }

    pub fn list_interfaces(&self) {
        let tx = self.events_tx.clone();
        let repainter = self.repainter.clone();
        let lang = self.lang;
        self.spawn_blocking(move || {
            let result = if_addrs::get_if_addrs().map(interface_rows).map_err(|e| {
                let error = e.to_string().into();
                tr(lang, "gui-interfaces-failed", &[("error", error)])
            });
            tx.blocking_send(JobEvent::Interfaces(result)).ok();
            repainter.repaint();
        });
    }

    /// Opens the system file dialog without blocking the UI.
    pub fn pick_capture_file(&self) {
        let Some(rt) = &self.runtime else { return };
        let tx = self.events_tx.clone();
        let repainter = self.repainter.clone();
        let lang = self.lang;
        rt.spawn(async move {
            let started = Instant::now();
            let picked = rfd::AsyncFileDialog::new()
                .set_title(tr(lang, "gui-capture-dialog-title", &[]))
                .add_filter(
                    tr(lang, "gui-capture-dialog-captures", &[]),
                    &["pcap", "pcapng", "cap"],
                )
                .add_filter(tr(lang, "gui-capture-dialog-all", &[]), &["*"])
                .pick_file()
                .await;
            let event = JobEvent::Analysis(AnalysisEvent::FilePicked {
                path: picked.map(|handle| handle.path().to_path_buf()),
                after: started.elapsed(),
            });
            tx.send(event).await.ok();
            repainter.repaint();
        });
    }

    /// A cancel flag for a new job, kept so that closing the app stops it.
    fn new_cancel(&mut self) -> CancelFlag {
        // A flag no job holds any more belongs to a finished job.
        self.cancels.retain(CancelFlag::in_use);
        let cancel = CancelFlag::new();
        self.cancels.push(cancel.clone());
        cancel
    }

    /// Starts analysing `file`; returns the job id and its cancel flag.
    pub fn start_analysis(&mut self, file: PathBuf) -> (u64, CancelFlag) {
        let job_id = self.next_id();
        let cancel = self.new_cancel();
        let tx = self.events_tx.clone();
        let repainter = self.repainter.clone();
        let analyzer = Arc::clone(&self.analyzer);
        let job_cancel = cancel.clone();
        let crashed = tr(self.lang, "gui-capture-crashed", &[]);
        self.spawn_blocking(move || {
            let last_sent = Cell::new(None::<Instant>);
            let progress = |p: Progress| {
                let due = last_sent
                    .get()
                    .is_none_or(|t| t.elapsed() >= PROGRESS_INTERVAL);
                if due {
                    last_sent.set(Some(Instant::now()));
                    let event = JobEvent::Analysis(AnalysisEvent::Progress {
                        job_id,
                        progress: p,
                    });
                    if tx.try_send(event).is_ok() {
                        repainter.repaint();
                    }
                }
            };
            // A bug in the analyzer must end the job with a message, not leave it "running".
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                analyzer(&file, &progress, &job_cancel).map(Box::new)
            }))
            .unwrap_or(Err(crashed));
            tx.blocking_send(JobEvent::Analysis(AnalysisEvent::Finished {
                job_id,
                file,
                result,
            }))
            .ok();
            repainter.repaint();
        });
        (job_id, cancel)
    }

    fn next_id(&mut self) -> u64 {
        let id = self.next_job_id;
        self.next_job_id += 1;
        id
    }

    /// Starts a discovery on the runtime; every event it reports comes back as
    /// [`JobEvent::Discovery`] (back-pressure: the job waits when the UI lags, nothing is lost).
    /// Only called after the user allowed it in the consent dialog.
    pub fn start_discovery(&mut self, scope: Scope, policy: ValidPolicy) -> (u64, CancelFlag) {
        let lang = self.lang;
        self.start_active(
            |events, cancel| audit_core::discovery::discover(scope, policy, events, cancel),
            JobEvent::Discovery,
            move |e| {
                tr(
                    lang,
                    "gui-discovery-crashed",
                    &[("error", e.to_string().into())],
                )
            },
        )
    }

    /// Starts a check job (discovery, router probes, opt-in write test, checks) on the runtime;
    /// its events come back as [`JobEvent::Checks`]. Only called after the user allowed it.
    pub fn start_check(&mut self, opts: CheckOptions) -> (u64, CancelFlag) {
        let lang = self.lang;
        self.start_active(
            |events, cancel| audit_core::audit::run_check(opts, events, cancel),
            JobEvent::Checks,
            move |e| {
                tr(
                    lang,
                    "gui-checks-crashed",
                    &[("error", e.to_string().into())],
                )
            },
        )
    }

    /// Runs an active job on the runtime through `audit_core::job::run`: each of its events
    /// comes back as [`ActiveEvent::Reported`] (waiting for room: nothing is lost), then its
    /// result as [`ActiveEvent::Finished`] (`crashed` words a job that panicked). Returns the
    /// job id and its cancel flag.
    fn start_active<T, Fut>(
        &mut self,
        job: impl FnOnce(audit_core::job::EventSink, CancelFlag) -> Fut + Send + 'static,
        wrap: fn(ActiveEvent<T>) -> JobEvent,
        crashed: impl FnOnce(tokio::task::JoinError) -> String + Send + 'static,
    ) -> (u64, CancelFlag)
    where
        Fut: Future<Output = T> + Send + 'static,
        T: Send + 'static,
    {
        let job_id = self.next_id();
        let cancel = self.new_cancel();
        let job_cancel = cancel.clone();
        let Some(rt) = &self.runtime else {
            return (job_id, cancel);
        };
        let tx = self.events_tx.clone();
        let repainter = self.repainter.clone();
        rt.spawn(async move {
            let forward = |event| {
                let message = wrap(ActiveEvent::Reported { job_id, event });
                let (tx, repainter) = (tx.clone(), repainter.clone());
                async move {
                    let sent = tx.send(message).await.is_ok();
                    if sent {
                        repainter.repaint();
                    }
                    sent
                }
            };
            let result = job::run(
                EVENT_CHANNEL_CAPACITY,
                |events| job(events, job_cancel),
                forward,
            )
            .await;
            let result = result.map(Box::new).map_err(crashed);
            tx.send(wrap(ActiveEvent::Finished { job_id, result }))
                .await
                .ok();
            repainter.repaint();
        });
        (job_id, cancel)
    }

    /// Starts learning or detecting on a blocking thread. Alerts always arrive; progress and
    /// rate events are dropped when the channel is full (the next ones carry newer numbers).
    pub fn start_watch(&mut self, source: WatchSource, job: WatchJob) -> (u64, CancelFlag) {
        let job_id = self.next_id();
        let cancel = self.new_cancel();
        let tx = self.events_tx.clone();
        let repainter = self.repainter.clone();
        let job_cancel = cancel.clone();
        let crashed = tr(self.lang, "gui-watch-crashed", &[]);
        self.spawn_blocking(move || {
            let mut on_event = |event: WatchEvent| {
                let alert = matches!(event, WatchEvent::Alert(_));
                let message = JobEvent::Watch(WatchJobEvent::Reported {
                    job_id,
                    event: Box::new(event),
                });
                let sent = if alert {
                    tx.blocking_send(message).is_ok()
                } else {
                    tx.try_send(message).is_ok()
                };
                if sent {
                    repainter.repaint();
                }
            };
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| match &job {
                WatchJob::Learn(config, ets) => {
                    let ets = ets.as_deref().cloned();
                    audit_core::watch::learn_with(&source, config, ets, &job_cancel, &mut on_event)
                        .map(|r| WatchOutcome::Learned(Box::new(r)))
                        .map_err(|e| e.to_string())
                }
                WatchJob::Detect(baseline) => {
                    audit_core::watch::detect(&source, baseline, &job_cancel, &mut on_event)
                        .map(|r| WatchOutcome::Detected(Box::new(r)))
                        .map_err(|e| e.to_string())
                }
            }))
            .unwrap_or(Err(crashed));
            tx.blocking_send(JobEvent::Watch(WatchJobEvent::Finished { job_id, result }))
                .ok();
            repainter.repaint();
        });
        (job_id, cancel)
    }

    /// Runs report work (a preview, or rendering and writing a file) on a blocking thread;
    /// `work` gets the job id and words the event. Returns the job id.
    pub fn start_report(&mut self, work: impl FnOnce(u64) -> ReportEvent + Send + 'static) -> u64 {
        let job_id = self.next_id();
        let tx = self.events_tx.clone();
        let repainter = self.repainter.clone();
        self.spawn_blocking(move || {
            let event = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(job_id)))
                .unwrap_or(ReportEvent::Crashed { job_id });
            tx.blocking_send(JobEvent::Report(event)).ok();
            repainter.repaint();
        });
        job_id
    }

    /// The system's save dialog for a report, without blocking the UI.
    pub fn pick_report_path(&self, suggested: String, format: Format) {
        let Some(rt) = &self.runtime else { return };
        let tx = self.events_tx.clone();
        let repainter = self.repainter.clone();
        let lang = self.lang;
        rt.spawn(async move {
            let picked = rfd::AsyncFileDialog::new()
                .set_title(tr(lang, "gui-report-dialog-title", &[]))
                .set_file_name(suggested)
                .add_filter(format.name(), &[format.extension()])
                .save_file()
                .await;
            let path = picked.map(|handle| handle.path().to_path_buf());
            tx.send(JobEvent::Report(ReportEvent::PathPicked(path)))
                .await
                .ok();
            repainter.repaint();
        });
    }

    /// Writes a model file off the UI thread (atomically).
    pub fn save_model(&self, path: PathBuf, model: Box<Baseline>) {
        let tx = self.events_tx.clone();
        let repainter = self.repainter.clone();
        self.spawn_blocking(move || {
            let result = model.save(&path).map(|()| path.clone());
            tx.blocking_send(JobEvent::Watch(WatchJobEvent::ModelSaved(result)))
                .ok();
            repainter.repaint();
        });
    }

    /// Reads a model file off the UI thread.
    pub fn load_model(&self, path: PathBuf) {
        let tx = self.events_tx.clone();
        let repainter = self.repainter.clone();
        self.spawn_blocking(move || {
            let result = Baseline::load(&path).map(Box::new);
            tx.blocking_send(JobEvent::Watch(WatchJobEvent::ModelLoaded { path, result }))
                .ok();
            repainter.repaint();
        });
    }

    /// The system's open dialog for an ETS group-address export, without blocking the UI.
    pub fn pick_ets_file(&self) {
        let Some(rt) = &self.runtime else { return };
        let tx = self.events_tx.clone();
        let repainter = self.repainter.clone();
        let lang = self.lang;
        rt.spawn(async move {
            let picked = rfd::AsyncFileDialog::new()
                .set_title(tr(lang, "gui-watch-ets-dialog-title", &[]))
                .add_filter(
                    tr(lang, "gui-watch-ets-dialog-exports", &[]),
                    &["csv", "xml", "knxproj"],
                )
                .add_filter(tr(lang, "gui-watch-ets-dialog-all", &[]), &["*"])
                .pick_file()
                .await;
            let path = picked.map(|handle| handle.path().to_path_buf());
            tx.send(JobEvent::Watch(WatchJobEvent::EtsPicked(path)))
                .await
                .ok();
            repainter.repaint();
        });
    }

    /// Reads and parses an ETS export off the UI thread, through the same bounded reader as
    /// `watch learn --ets` (`knx_project::import_file`).
    pub fn import_ets(&self, path: PathBuf) {
        let tx = self.events_tx.clone();
        let repainter = self.repainter.clone();
        let crashed = tr(self.lang, "gui-watch-ets-crashed", &[]);
        self.spawn_blocking(move || {
            let result = std::panic::catch_unwind(|| {
                audit_core::knx_project::import_file(&path)
                    .map(Box::new)
                    .map_err(|e| e.to_string())
            })
            .unwrap_or(Err(crashed));
            tx.blocking_send(JobEvent::Watch(WatchJobEvent::EtsImported(result)))
                .ok();
            repainter.repaint();
        });
    }

    /// Queues a store request without blocking; `false` if the queue is full or closed.
    fn store_request(&self, request: StoreRequest) -> bool {
        // The queue is bounded; the UI sends a handful of requests per user action and one save
        // per autosave interval, so a full queue means the disk is stuck. Refuse rather than
        // freeze the UI; callers that must not lose a save keep it pending.
        self.store_tx
            .as_ref()
            .is_some_and(|tx| tx.try_send(request).is_ok())
    }

    /// Queues a save; `false` if it could not be queued now (try again later).
    #[must_use]
    pub fn save(&self, session: &AuditSession) -> bool {
        self.store_request(StoreRequest::Save(Box::new(session.clone())))
    }

    /// Queues a save, waiting (up to [`SHUTDOWN_WAIT`]) for room if the queue is full; used when a
    /// session is closed, where there is no later chance. Returns the events taken meanwhile.
    pub fn save_reliably(&mut self, session: &AuditSession) -> (bool, Vec<JobEvent>) {
        let mut events = Vec::new();
        let deadline = Instant::now() + SHUTDOWN_WAIT;
        loop {
            let Some(tx) = &self.store_tx else {
                return (false, events);
            };
            match tx.try_send(StoreRequest::Save(Box::new(session.clone()))) {
                Ok(()) => return (true, events),
                Err(std_mpsc::TrySendError::Disconnected(_)) => return (false, events),
                Err(std_mpsc::TrySendError::Full(_)) if Instant::now() < deadline => {
                    // The store thread may be waiting for room in the event channel.
                    events.extend(self.drain());
                    std::thread::sleep(Duration::from_millis(5));
                }
                Err(std_mpsc::TrySendError::Full(_)) => return (false, events),
            }
        }
    }

    pub fn list_recent(&self) -> bool {
        self.store_request(StoreRequest::List)
    }

    pub fn load(&self, id: String) -> bool {
        self.store_request(StoreRequest::Load(id))
    }

    pub fn rename(&self, id: String, name: String) -> bool {
        self.store_request(StoreRequest::Rename { id, name })
    }

    pub fn delete(&self, id: String) -> bool {
        self.store_request(StoreRequest::Delete(id))
    }

    /// Stops everything: cancels analyses, lets queued saves finish (waiting up to
    /// [`SHUTDOWN_WAIT`]) and returns the events that came in meanwhile.
    pub fn shutdown(&mut self) -> Vec<JobEvent> {
        for cancel in &self.cancels {
            cancel.cancel();
        }
        let mut events = Vec::new();
        if let Some(tx) = self.store_tx.take() {
            tx.send(StoreRequest::Shutdown).ok();
        }
        if let Some(handle) = self.store_thread.take() {
            let deadline = Instant::now() + SHUTDOWN_WAIT;
            // Keep draining: the store thread may be waiting for room in the event channel.
            while !handle.is_finished() && Instant::now() < deadline {
                events.extend(self.drain());
                std::thread::sleep(Duration::from_millis(5));
            }
            if handle.is_finished() {
                handle.join().ok();
            }
        }
        events.extend(self.drain());
        if let Some(rt) = self.runtime.take() {
            rt.shutdown_timeout(Duration::from_secs(1));
        }
        events
    }
}

impl Drop for Jobs {
    fn drop(&mut self) {
        self.shutdown();
    }
}

fn store_worker(
    data_dir: Option<PathBuf>,
    requests: &std_mpsc::Receiver<StoreRequest>,
    events: &mpsc::Sender<JobEvent>,
    repainter: &Repainter,
    lang: Lang,
) {
    let store = match data_dir {
        Some(dir) => SessionStore::open(dir.join("sessions")),
        None => SessionStore::open_default(),
    }
    .map_err(|e| e.to_string());
    let opened = store
        .as_ref()
        .map(|s| s.dir().to_path_buf())
        .map_err(Clone::clone);
    if events
        .blocking_send(JobEvent::Store(StoreReply::Opened(opened)))
        .is_err()
    {
        return;
    }
    repainter.repaint();
    let no_store = |e: &String| tr(lang, "gui-store-unavailable", &[("error", e.into())]);
    while let Ok(request) = requests.recv() {
        let reply = match (&store, request) {
            (_, StoreRequest::Shutdown) => break,
            (Ok(store), StoreRequest::Save(session)) => StoreReply::Saved {
                id: session.id.clone(),
                result: store.save(&session).map_err(|e| e.to_string()),
            },
            (Err(e), StoreRequest::Save(session)) => StoreReply::Saved {
                id: session.id,
                result: Err(no_store(e)),
            },
            (Ok(store), StoreRequest::List) => {
                StoreReply::Listed(store.list().map_err(|e| e.to_string()))
            }
            (Err(e), StoreRequest::List) => StoreReply::Listed(Err(no_store(e))),
            (Ok(store), StoreRequest::Load(id)) => {
                StoreReply::Loaded(store.load(&id).map(Box::new).map_err(|e| e.to_string()))
            }
            (Err(e), StoreRequest::Load(_)) => StoreReply::Loaded(Err(no_store(e))),
            (Ok(store), StoreRequest::Rename { id, name }) => StoreReply::Renamed(
                store
                    .rename(&id, &name)
                    .map(Box::new)
                    .map_err(|e| e.to_string()),
            ),
            (Err(e), StoreRequest::Rename { .. }) => StoreReply::Renamed(Err(no_store(e))),
            (Ok(store), StoreRequest::Delete(id)) => StoreReply::Deleted {
                result: store.delete(&id).map_err(|e| e.to_string()),
                id,
            },
            (Err(e), StoreRequest::Delete(id)) => StoreReply::Deleted {
                id,
                result: Err(no_store(e)),
            },
        };
        if events.blocking_send(JobEvent::Store(reply)).is_err() {
            break;
        }
        repainter.repaint();
    }
}

/// IPv4 addresses only: BACnet/IP and KNXnet/IP discovery work over IPv4.
fn interface_rows(interfaces: Vec<if_addrs::Interface>) -> Vec<InterfaceRow> {
    use if_addrs::{IfAddr, IfOperStatus};
    let mut rows: Vec<InterfaceRow> = interfaces
        .into_iter()
        .filter_map(|iface| {
            let down = matches!(
                iface.oper_status,
                IfOperStatus::Down | IfOperStatus::NotPresent | IfOperStatus::LowerLayerDown
            );
            let loopback = iface.is_loopback();
            match iface.addr {
                IfAddr::V4(v4) => Some(InterfaceRow {
                    name: iface.name,
                    address: v4.ip,
                    prefix_len: v4.prefixlen,
                    broadcast: v4.broadcast,
                    loopback,
                    down,
                }),
                IfAddr::V6(_) => None,
            }
        })
        .collect();
    // Real interfaces first, loopback last; then by name.
    rows.sort_by(|a, b| a.loopback.cmp(&b.loopback).then(a.name.cmp(&b.name)));
    rows
}
