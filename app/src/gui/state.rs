//! Application state. Panels only read it; `BasAuditApp::apply` and the job-event handler are the
//! only writers.

use std::collections::VecDeque;
use std::path::PathBuf;
use std::time::Instant;

use audit_core::session::{AuditSession, RecentEntry};
use chrono::{DateTime, Local};

use super::nav::PanelId;
use audit_core::analyze::AnalysisReport;
use audit_core::job::CancelFlag;

/// Which screen is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    /// The workspace of the open session, on this panel.
    Workspace(PanelId),
}

/// How bad a log line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LogLevel {
    Info,
    /// A packet was sent on the network (discovery, checks): the log shows every one.
    Sent,
    Warning,
    Error,
}

#[derive(Clone, Debug)]
pub struct LogEntry {
    pub time: DateTime<Local>,
    pub level: LogLevel,
    pub text: String,
}

/// What the app did and sent. Bounded: the oldest lines go first.
#[derive(Debug, Default)]
pub struct EventLog {
    entries: VecDeque<LogEntry>,
}

/// Lines kept in the event log.
pub const MAX_LOG_ENTRIES: usize = 2000;

impl EventLog {
    pub fn push(&mut self, level: LogLevel, text: impl Into<String>) {
        if self.entries.len() >= MAX_LOG_ENTRIES {
            self.entries.pop_front();
        }
        self.entries.push_back(LogEntry {
            time: Local::now(),
            level,
            text: text.into(),
        });
    }

    pub fn info(&mut self, text: impl Into<String>) {
        self.push(LogLevel::Info, text);
    }

    pub fn warn(&mut self, text: impl Into<String>) {
        self.push(LogLevel::Warning, text);
    }

    pub fn error(&mut self, text: impl Into<String>) {
        self.push(LogLevel::Error, text);
    }

    pub fn entries(&self) -> &VecDeque<LogEntry> {
        &self.entries
    }

    /// Lines that record network traffic sent by the app.
    pub fn sent_count(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| e.level == LogLevel::Sent)
            .count()
    }
}

/// One IPv4 address of a local interface, for the scope picker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InterfaceRow {
    pub name: String,
    pub address: std::net::Ipv4Addr,
    pub prefix_len: u8,
    pub broadcast: Option<std::net::Ipv4Addr>,
    pub loopback: bool,
    /// Operationally down (the kernel says so); `false` when the state is unknown.
    pub down: bool,
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Interfaces {
    #[default]
    NotLoaded,
    Loading,
    Loaded(Vec<InterfaceRow>),
    Failed(String),
}

/// A capture analysis in progress.
#[derive(Debug)]
pub struct RunningAnalysis {
    pub job_id: u64,
    pub file: PathBuf,
    pub bytes_read: u64,
    pub bytes_total: u64,
    pub cancel: CancelFlag,
    pub cancel_requested: bool,
}

/// The capture analysis screen's job state.
#[derive(Debug, Default)]
pub enum AnalysisJob {
    #[default]
    Idle,
    Running(RunningAnalysis),
    /// The analysis could not run at all (e.g. the file does not exist).
    Failed {
        file: PathBuf,
        message: String,
    },
}

#[derive(Clone, Debug, Default, PartialEq)]
pub enum SaveStatus {
    #[default]
    NotSaved,
    Saving,
    Saved(DateTime<Local>),
    Failed(String),
}

/// Everything the panels show.
#[derive(Debug)]
pub struct AppState {
    pub screen: Screen,
    pub session: Option<AuditSession>,
    /// The open session has changes not yet handed to the store.
    pub dirty: bool,
    pub last_save_request: Option<Instant>,
    pub save_status: SaveStatus,
    /// Where saved audits live, or why there is no such place; `None` while the store opens.
    pub store_location: Option<Result<PathBuf, String>>,
    pub recent: Vec<RecentEntry>,
    pub recent_error: Option<String>,
    pub interfaces: Interfaces,
    pub analysis: AnalysisJob,
    /// The analysis on screen: the latest one, or one picked from the session's list.
    pub shown_analysis: Option<(usize, Box<AnalysisReport>)>,
    pub file_dialog_open: bool,
    /// Shown under "Open capture…" after the dialog returned no file.
    pub dialog_hint: Option<String>,
    /// A message shown at the top until dismissed (e.g. why an audit could not be opened).
    pub notice: Option<String>,
    pub log: EventLog,
    pub discovery: DiscoveryState,
    pub watch: WatchState,
    /// The Findings screen's and the homeowner self-check's job.
    pub checks: ChecksState,
    /// The built-in demo building's scope, when started with `--demo`.
    pub demo_scope: Option<audit_core::job::Scope>,
    /// Lines describing the demo building (one per simulator).
    pub demo_description: Vec<String>,
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

impl AppState {
    pub fn new() -> Self {
        AppState {
            screen: Screen::Start,
            session: None,
            dirty: false,
            last_save_request: None,
            save_status: SaveStatus::NotSaved,
            store_location: None,
            recent: Vec::new(),
            recent_error: None,
            interfaces: Interfaces::NotLoaded,
            analysis: AnalysisJob::Idle,
            shown_analysis: None,
            file_dialog_open: false,
            dialog_hint: None,
            notice: None,
            log: EventLog::default(),
            discovery: DiscoveryState::default(),
            watch: WatchState::default(),
            checks: ChecksState::default(),
            demo_scope: None,
            demo_description: Vec::new(),
        }
    }

    pub fn is_analysis_running(&self) -> bool {
        matches!(self.analysis, AnalysisJob::Running(_))
    }
}

/// A device or gateway as the live table shows it while discovery runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LiveRow {
    pub protocol: &'static str,
    pub address: String,
    /// BACnet device instance or KNX individual address/answer.
    pub id: String,
    pub network: Option<u16>,
    pub interrogated: bool,
}

/// A discovery in progress.
#[derive(Debug)]
pub struct RunningDiscovery {
    pub job_id: u64,
    pub cancel: CancelFlag,
    pub cancel_requested: bool,
    pub started: Instant,
    pub phase: String,
    pub packets_sent: u64,
    pub estimated_packets: u64,
    pub rows: Vec<LiveRow>,
}

/// Which device the detail view shows: BACnet (instance, address) or KNX gateway address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeviceKey {
    Bacnet { instance: u32, address: String },
    Knx { address: String },
}

/// The Devices screen's data.
#[derive(Debug, Default)]
pub struct DiscoveryState {
    pub running: Option<RunningDiscovery>,
    /// The latest finished (or cancelled) discovery of the open session.
    pub result: Option<Box<audit_core::discovery::DiscoveryResult>>,
    pub selected: Option<DeviceKey>,
    /// Why a discovery could not start (no scope, bad scope).
    pub error: Option<String>,
}

/// A check run (discovery, router probes, opt-in write test, checks) in progress.
#[derive(Debug)]
pub struct RunningCheck {
    pub job_id: u64,
    pub cancel: CancelFlag,
    pub cancel_requested: bool,
    pub started: Instant,
    /// Stage in plain words ("Looking for devices", "Asking the router", ...).
    pub phase: String,
    /// 0 discovery, 1 router probes, 2 write test, 3 checks.
    pub stage: u8,
    pub packets_sent: u64,
    pub estimated_packets: u64,
    /// Started from the homeowner self-check (plain words on screen).
    pub homeowner: bool,
}

/// Which finding the detail pane shows: check id and target (stable across re-sorting).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FindingKey {
    pub check_id: String,
    pub target: String,
}

/// The check job. Its results live in the session (`findings`, `verdict`, `exposure`, ...), so
/// a reopened audit shows them.
#[derive(Debug, Default)]
pub struct ChecksState {
    pub running: Option<RunningCheck>,
    pub selected: Option<FindingKey>,
    /// Why a check run could not start or failed.
    pub error: Option<String>,
    /// How the latest run of this app session ended ("cancelled", ...), shown under the button.
    pub last_stopped: Option<String>,
}

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
    pub progress: audit_core::watch::WatchProgress,
}

/// Rate snapshots kept for the plot.
pub const MAX_RATE_SNAPSHOTS: usize = 600;
/// Alerts kept on screen (the report keeps its own cap).
pub const MAX_SHOWN_ALERTS: usize = 5000;

/// The Learning watch screen's data.
#[derive(Debug, Default)]
pub struct WatchState {
    pub config: audit_core::watch::LearnConfig,
    pub running: Option<RunningWatch>,
    /// (seconds since the job started, snapshot), oldest first.
    pub rates: VecDeque<(f64, audit_core::watch::RateSnapshot)>,
    pub model: Option<Box<audit_core::watch::Baseline>>,
    /// Where the model came from, in words.
    pub model_origin: Option<String>,
    pub learn_stats: Option<audit_core::watch::WatchStats>,
    pub alerts: Vec<audit_core::watch::Alert>,
    pub detect_stats: Option<audit_core::watch::WatchStats>,
    pub error: Option<String>,
    /// The capture file of the latest job (fills the path field).
    pub last_file: Option<PathBuf>,
    /// Live listening on this one address (BACnet only, no KNX multicast) instead of every
    /// interface: set by tests to a loopback address.
    pub live_bind: Option<std::net::SocketAddrV4>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn event_log_is_bounded() {
        let mut log = EventLog::default();
        for i in 0..MAX_LOG_ENTRIES + 5 {
            log.info(format!("line {i}"));
        }
        assert_eq!(log.entries().len(), MAX_LOG_ENTRIES);
        assert_eq!(
            log.entries().front().map(|e| e.text.as_str()),
            Some("line 5")
        );
        assert_eq!(log.sent_count(), 0);
    }
}
