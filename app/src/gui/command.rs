//! What panels may ask for. Panels read [`super::state::AppState`] and push commands; only
//! `BasAuditApp::apply` changes state (egui demo `Command`, rerun `SystemCommand`).

use std::path::PathBuf;

use audit_core::session::SessionKind;

use super::nav::PanelId;
use super::state::{DeviceKey, FindingKey, WatchInput, WatchMode};

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Start a new audit of this kind and open its workspace.
    NewSession(SessionKind),
    /// From the start screen: new installer audit, capture screen, file dialog.
    OpenCaptureFromStart,
    OpenSession {
        id: String,
    },
    RenameSession {
        id: String,
        name: String,
    },
    /// Only sent after the user confirmed.
    DeleteSession {
        id: String,
    },
    RefreshRecent,
    GoHome,
    ShowPanel(PanelId),
    RefreshInterfaces,
    SetInterface(Option<String>),
    SetTargets(Vec<String>),
    SetRateCap(u32),
    SetNotes(String),
    /// Open the system file dialog (off the UI thread).
    PickCaptureFile,
    AnalyseCapture(PathBuf),
    CancelAnalysis,
    /// Show an earlier analysis of this session (index into `capture_analyses`).
    ShowAnalysis(usize),
    DismissNotice,
    /// Ask for consent to discover (the consent dialog opens; nothing is sent before Allow).
    RequestDiscovery,
    CancelDiscovery,
    /// Show this device's details (`None` closes the detail view).
    SelectDevice(Option<DeviceKey>),
    /// Learn or detect; a live input asks for consent first.
    StartWatch {
        mode: WatchMode,
        input: WatchInput,
    },
    StopWatch,
    SetWatchConfig(audit_core::watch::LearnConfig),
    SaveModel(PathBuf),
    LoadModel(PathBuf),
    /// Ask for consent to run the checks (discovery, router probes, opt-ins); `homeowner` uses
    /// the self-check's plain dialog and safe defaults. Nothing is sent before Allow.
    RequestChecks {
        homeowner: bool,
    },
    CancelChecks,
    /// Show this finding's evidence and remediation (`None` closes the detail pane).
    SelectFinding(Option<FindingKey>),
}
