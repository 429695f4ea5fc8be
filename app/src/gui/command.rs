//! What panels may ask for. Panels read [`super::state::AppState`] and push commands; only
//! `BasAuditApp::apply` changes state (egui demo `Command`, rerun `SystemCommand`). Commands of
//! one flow are that flow's own type; the rest change screens or several flows at once.

use audit_core::session::SessionKind;

use super::flows::analysis::AnalysisCommand;
use super::flows::checks::ChecksCommand;
use super::flows::discovery::DiscoveryCommand;
use super::flows::report::ReportCommand;
use super::flows::session::SessionCommand;
use super::flows::watch::WatchCommand;
use super::nav::PanelId;

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Start a new audit of this kind and open its workspace.
    NewSession(SessionKind),
    /// From the start screen: new installer audit, capture screen, file dialog.
    OpenCaptureFromStart,
    OpenSession {
        id: String,
    },
    /// Only sent after the user confirmed.
    DeleteSession {
        id: String,
    },
    GoHome,
    ShowPanel(PanelId),
    RefreshInterfaces,
    /// The language switch: speak this language and remember it.
    SetLang(audit_core::text::Lang),
    /// With `--demo`: give the demo building a home router of this kind (refused while a job
    /// runs or waits for consent).
    SetDemoRouter(audit_core::sim::router::DemoRouter),
    DismissNotice,
    Session(SessionCommand),
    Analysis(AnalysisCommand),
    Discovery(DiscoveryCommand),
    Checks(ChecksCommand),
    Watch(WatchCommand),
    Report(ReportCommand),
}
