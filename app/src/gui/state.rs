//! Application state. Panels only read it; `BasAuditApp` (its commands and job events, through
//! the flows) is the only writer.

use std::collections::VecDeque;

use audit_core::session::AuditSession;
use audit_core::text::Lang;
use chrono::{DateTime, Local};

use super::flows::Busy;
use super::flows::analysis::AnalysisFlow;
use super::flows::checks::ChecksFlow;
use super::flows::discovery::DiscoveryFlow;
use super::flows::report::ReportFlow;
use super::flows::session::SessionFlow;
use super::flows::watch::WatchFlow;
use super::nav::PanelId;

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

/// Everything the panels show.
#[derive(Debug)]
pub struct AppState {
    /// The UI language: the language switch's choice (remembered), else the system's.
    pub lang: Lang,
    pub screen: Screen,
    /// The open audit; every flow records what it produced here.
    pub session: Option<AuditSession>,
    /// The open session has changes not yet handed to the store.
    pub dirty: bool,
    pub interfaces: Interfaces,
    /// A message shown at the top until dismissed (e.g. why an audit could not be opened).
    pub notice: Option<String>,
    pub log: EventLog,
    /// Saved audits: the store's answers and the save status.
    pub sessions: SessionFlow,
    /// The capture analysis screen.
    pub analysis: AnalysisFlow,
    /// The Devices screen.
    pub discovery: DiscoveryFlow,
    /// The Findings screen's and the homeowner self-check's job.
    pub checks: ChecksFlow,
    /// The Learning watch screen.
    pub watch: WatchFlow,
    /// The Report screen and the homeowner's summary PDF.
    pub report: ReportFlow,
    /// The built-in demo building's scope, when started with `--demo`.
    pub demo_scope: Option<audit_core::job::Scope>,
    /// Lines describing the demo building (one per simulator).
    pub demo_description: Vec<audit_core::text::Text>,
    /// The demo building's home router (with `--demo`).
    pub demo_router: Option<audit_core::sim::router::DemoRouter>,
}

impl Default for AppState {
    fn default() -> Self {
        Self::new()
    }
}

impl AppState {
    pub fn new() -> Self {
        AppState {
            lang: audit_core::text::default_lang(),
            screen: Screen::Start,
            session: None,
            dirty: false,
            interfaces: Interfaces::NotLoaded,
            notice: None,
            log: EventLog::default(),
            sessions: SessionFlow::default(),
            analysis: AnalysisFlow::default(),
            discovery: DiscoveryFlow::default(),
            checks: ChecksFlow::default(),
            watch: WatchFlow::default(),
            report: ReportFlow::default(),
            demo_scope: None,
            demo_description: Vec::new(),
            demo_router: None,
        }
    }

    /// What runs now, for a flow deciding whether it may start.
    pub fn busy(&self) -> Busy {
        Busy {
            consent: self.discovery.pending.is_some()
                || self.checks.pending.is_some()
                || self.watch.pending.is_some(),
            discovery: self.discovery.running.is_some(),
            checks: self.checks.running.is_some(),
        }
    }
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
