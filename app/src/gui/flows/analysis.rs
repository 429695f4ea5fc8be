//! Capture analysis: the file dialog, one analysis at a time (progress, cancel), and which of
//! the audit's analyses is on screen. Reads files only; sends nothing.

use std::path::PathBuf;
use std::time::Duration;

use audit_core::analyze::AnalysisReport;
use audit_core::job::CancelFlag;
use audit_core::session::{AuditSession, CaptureAnalysisRecord};
use audit_core::text::tr;
use chrono::Utc;

use super::Ctx;
use crate::gui::jobs::AnalysisEvent;

/// A file dialog that returns nothing faster than this most likely could not be shown at all.
const NO_DIALOG_THRESHOLD: Duration = Duration::from_millis(400);

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

/// What the analysis flow is asked to do.
#[derive(Clone, Debug, PartialEq)]
pub enum AnalysisCommand {
    /// Open the system file dialog (off the UI thread).
    PickFile,
    Analyse(PathBuf),
    Cancel,
    /// Show an earlier analysis of this session (index into `capture_analyses`).
    Show(usize),
}

#[derive(Debug, Default)]
pub struct AnalysisFlow {
    pub job: AnalysisJob,
    /// The analysis on screen: the latest one, or one picked from the session's list.
    pub shown: Option<(usize, Box<AnalysisReport>)>,
    /// The latest analysis started (job id, file): the screen fills its path field from it.
    pub started: Option<(u64, PathBuf)>,
    pub file_dialog_open: bool,
    /// Shown under "Open capture…" after the dialog returned no file.
    pub dialog_hint: Option<String>,
}

impl AnalysisFlow {
    pub fn is_running(&self) -> bool {
        matches!(self.job, AnalysisJob::Running(_))
    }

    pub fn apply(&mut self, command: AnalysisCommand, cx: &mut Ctx) {
        match command {
            AnalysisCommand::PickFile => {
                self.dialog_hint = None;
                if !self.file_dialog_open {
                    self.file_dialog_open = true;
                    cx.log.info(tr(cx.lang, "gui-capture-dialog-opened", &[]));
                    cx.jobs.pick_capture_file();
                }
            }
            AnalysisCommand::Analyse(file) => self.start(file, cx),
            AnalysisCommand::Cancel => {
                if let AnalysisJob::Running(job) = &mut self.job {
                    job.cancel.cancel();
                    job.cancel_requested = true;
                    let file = [("file", job.file.display().to_string().into())];
                    cx.log.info(tr(cx.lang, "gui-capture-cancelling", &file));
                }
            }
            AnalysisCommand::Show(index) => {
                let report = cx
                    .session
                    .as_ref()
                    .and_then(|s| s.capture_analyses.get(index));
                if let Some(r) = report {
                    self.shown = Some((index, Box::new(r.report.clone())));
                }
            }
        }
    }

    fn start(&mut self, file: PathBuf, cx: &mut Ctx) {
        if self.is_running() {
            return;
        }
        let shown = [("file", file.display().to_string().into())];
        cx.log.info(tr(cx.lang, "gui-capture-analysing", &shown));
        let (job_id, cancel) = cx.jobs.start_analysis(file.clone());
        self.started = Some((job_id, file.clone()));
        // The size arrives with the first progress report (no file I/O on this thread).
        self.job = AnalysisJob::Running(RunningAnalysis {
            job_id,
            file,
            bytes_read: 0,
            bytes_total: 0,
            cancel,
            cancel_requested: false,
        });
    }

    pub fn on_event(&mut self, event: AnalysisEvent, cx: &mut Ctx) {
        match event {
            AnalysisEvent::FilePicked { path, after } => {
                self.file_dialog_open = false;
                match path {
                    Some(path) => {
                        self.dialog_hint = None;
                        self.start(path, cx);
                    }
                    None => {
                        // rfd returns nothing both when the user cancels and when no dialog
                        // could be shown at all (no portal, no zenity): say both.
                        let quick = after < NO_DIALOG_THRESHOLD;
                        cx.log.info(tr(
                            cx.lang,
                            "gui-capture-dialog-none",
                            &[
                                ("seconds", format!("{:.1}", after.as_secs_f32()).into()),
                                ("quick", if quick { "yes" } else { "no" }.into()),
                            ],
                        ));
                        self.dialog_hint = Some(if quick {
                            tr(cx.lang, "gui-capture-dialog-unavailable", &[])
                        } else {
                            tr(cx.lang, "gui-capture-dialog-nothing-chosen", &[])
                        });
                    }
                }
            }
            AnalysisEvent::Progress { job_id, progress } => {
                if let AnalysisJob::Running(job) = &mut self.job
                    && job.job_id == job_id
                {
                    job.bytes_read = progress.bytes_read;
                    if let Some(total) = progress.total_bytes.filter(|t| *t > 0) {
                        job.bytes_total = total;
                    }
                }
            }
            AnalysisEvent::Finished {
                job_id,
                file,
                result,
            } => {
                let ours = matches!(&self.job, AnalysisJob::Running(j) if j.job_id == job_id);
                if ours {
                    self.finish(file, result, cx);
                }
            }
        }
    }

    fn finish(&mut self, file: PathBuf, result: Result<Box<AnalysisReport>, String>, cx: &mut Ctx) {
        self.job = AnalysisJob::Idle;
        let report = match result {
            Ok(report) => report,
            Err(message) => {
                cx.log.error(tr(
                    cx.lang,
                    "gui-capture-failed",
                    &[
                        ("file", file.display().to_string().into()),
                        ("message", (&message).into()),
                    ],
                ));
                self.job = AnalysisJob::Failed { file, message };
                return;
            }
        };
        cx.log.info(tr(
            cx.lang,
            "gui-capture-analysed",
            &[
                (
                    "cancelled",
                    if report.cancelled { "yes" } else { "no" }.into(),
                ),
                ("file", file.display().to_string().into()),
                ("packets", report.packets.into()),
                ("bacnet", report.bacnet.messages.into()),
                ("knx", report.knx.messages.into()),
            ],
        ));
        let mut index = 0;
        cx.record(|session| {
            session.capture_analyses.push(CaptureAnalysisRecord {
                file: file.display().to_string(),
                analysed_at: Utc::now(),
                report: (*report).clone(),
            });
            index = session.capture_analyses.len() - 1;
        });
        self.shown = Some((index, report));
    }

    /// Shows the latest analysis of an audit just opened.
    pub fn show_latest(&mut self, session: &AuditSession) {
        self.shown = session.capture_analyses.len().checked_sub(1).and_then(|i| {
            let r = session.capture_analyses.get(i)?;
            Some((i, Box::new(r.report.clone())))
        });
    }

    /// Stops the analysis of a closing audit and forgets what it showed.
    pub fn close(&mut self) {
        if let AnalysisJob::Running(job) = &self.job {
            job.cancel.cancel();
        }
        self.job = AnalysisJob::Idle;
        self.shown = None;
    }
}
