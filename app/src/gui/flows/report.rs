//! The hand-over report (Report screen, and the homeowner's summary PDF): a preview of the
//! document built from the open audit with the chosen options, and saving it in a format.
//! Both run off the UI thread (reading the audit to compare with is I/O; the PDF takes
//! seconds); the open audit is copied into the job. Files are written with
//! `files::write_atomic`. The redaction list comes back with the preview, for the screen only.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use audit_core::files;
use audit_core::report::redact::Replacement;
use audit_core::report::view::Document;
use audit_core::report::{Audience, ReportOptions};
use audit_core::session::{self, AuditSession, SessionStore};
use audit_core::text::{Lang, tr};
use chrono::{DateTime, Utc};

use super::Ctx;
use crate::export::{self, Format};
use crate::gui::jobs::ReportEvent;

/// What the user chose for the report.
#[derive(Clone, Debug, PartialEq)]
pub struct ReportChoice {
    pub audience: Audience,
    pub format: Format,
    pub redact: bool,
    /// An earlier audit's file to compare with.
    pub compare: Option<PathBuf>,
    /// The report's language; `None`: the app's.
    pub lang: Option<Lang>,
}

impl Default for ReportChoice {
    fn default() -> Self {
        ReportChoice {
            audience: Audience::Full,
            format: Format::Pdf,
            redact: false,
            compare: None,
            lang: None,
        }
    }
}

impl ReportChoice {
    /// The homeowner's summary for the installer.
    pub fn owner_summary_pdf() -> Self {
        ReportChoice {
            audience: Audience::Owner,
            ..ReportChoice::default()
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ReportCommand {
    /// Build the preview for these options (the panel asks when they or the audit changed).
    Preview(ReportChoice),
    /// Save to the file the user typed: refused when it is an audit's own file, asked first
    /// when it exists.
    Save { choice: ReportChoice, out: PathBuf },
    /// Replace the existing file(s) the confirm step named.
    ConfirmOverwrite,
    /// Keep the existing file(s): nothing is saved.
    KeepExisting,
    /// Ask where with the system's save dialog, then save there.
    PickAndSave(ReportChoice),
    /// Show the saved file in the system's viewer.
    Open(PathBuf),
}

/// What a preview depends on: the options that change the document, and the audit's version.
#[derive(Clone, Debug, PartialEq)]
pub struct PreviewKey {
    pub audience: Audience,
    pub redact: bool,
    pub compare: Option<PathBuf>,
    pub session_id: String,
    pub updated: DateTime<Utc>,
    /// The report's language (the app's unless chosen).
    pub lang: Lang,
}

impl PreviewKey {
    pub fn of(choice: &ReportChoice, session: &AuditSession, app_lang: Lang) -> Self {
        PreviewKey {
            lang: choice.lang.unwrap_or(app_lang),
            audience: choice.audience,
            redact: choice.redact,
            compare: choice.compare.clone(),
            session_id: session.id.clone(),
            updated: session.updated,
        }
    }
}

#[derive(Debug)]
pub struct Preview {
    pub key: PreviewKey,
    pub result: Result<PreviewDoc, String>,
}

#[derive(Debug)]
pub struct PreviewDoc {
    pub document: Box<Document>,
    /// What redaction replaced (empty when not redacted): shown on screen, written nowhere.
    pub replacements: Vec<Replacement>,
}

/// A save that runs.
#[derive(Debug)]
pub struct Saving {
    pub job_id: u64,
    pub format: Format,
    pub started: Instant,
}

/// A save to a typed path that would replace existing files, waiting for the user's answer.
#[derive(Clone, Debug, PartialEq)]
pub struct Overwrite {
    pub choice: ReportChoice,
    pub out: PathBuf,
    /// The report's files that exist already.
    pub existing: Vec<PathBuf>,
}

/// A saved report.
#[derive(Clone, Debug, PartialEq)]
pub struct Saved {
    /// Every file written (three for CSV); the first is the one to open.
    pub files: Vec<(PathBuf, usize)>,
    pub took: Duration,
}

#[derive(Debug, Default)]
pub struct ReportFlow {
    pub preview: Option<Preview>,
    /// The preview being built.
    preview_job: Option<(u64, PreviewKey)>,
    pub saving: Option<Saving>,
    /// The last save's outcome, in plain words when it failed.
    pub saved: Option<Result<Saved, String>>,
    /// The save dialog is open; the choice waits for its answer.
    picking: Option<ReportChoice>,
    /// A typed path names existing files: Replace or Cancel.
    pub confirm: Option<Overwrite>,
    /// The last confirm step ended with Cancel: the existing files were kept.
    pub kept: bool,
}

impl ReportFlow {
    /// Whether a preview for `key` is shown or being built.
    pub fn has_preview_for(&self, key: &PreviewKey) -> bool {
        self.preview.as_ref().is_some_and(|p| &p.key == key)
            || self.preview_job.as_ref().is_some_and(|(_, k)| k == key)
    }

    pub fn picking(&self) -> bool {
        self.picking.is_some()
    }

    pub fn close(&mut self) {
        *self = ReportFlow::default();
    }

    /// `store_dir`: where saved audits live (the open audit's own file is there).
    pub fn apply(&mut self, command: ReportCommand, store_dir: Option<&Path>, cx: &mut Ctx<'_>) {
        let lang = cx.lang;
        match command {
            ReportCommand::Preview(choice) => {
                let Some(session) = cx.session.clone() else {
                    return;
                };
                let key = PreviewKey::of(&choice, &session, lang);
                if self.has_preview_for(&key) {
                    return;
                }
                let job_id = cx.jobs.start_report(move |job_id| ReportEvent::Previewed {
                    job_id,
                    result: preview(lang, &session, &choice),
                });
                self.preview_job = Some((job_id, key));
            }
            ReportCommand::Save { choice, out } => self.save_typed(choice, out, store_dir, cx),
            ReportCommand::ConfirmOverwrite => {
                if let Some(o) = self.confirm.take() {
                    // Checked again: the confirm step may have stood open for a while.
                    if self.refuse_session_file(&o.choice, &o.out, store_dir, cx) {
                        return;
                    }
                    self.save(o.choice, o.out, cx);
                }
            }
            ReportCommand::KeepExisting => {
                if self.confirm.take().is_some() {
                    cx.log.info(tr(lang, "gui-save-kept", &[]));
                    self.kept = true;
                }
            }
            ReportCommand::PickAndSave(choice) => {
                if self.picking.is_some() || self.saving.is_some() || self.confirm.is_some() {
                    return;
                }
                let name = suggested_name(cx.session.as_ref(), &choice);
                cx.jobs.pick_report_path(name, choice.format);
                self.picking = Some(choice);
            }
            ReportCommand::Open(path) => {
                // Detached: the viewer lives on after the app, and the UI never waits for it.
                if let Err(e) = open::that_detached(&path) {
                    let message = tr(
                        lang,
                        "gui-report-open-failed",
                        &[
                            ("file", path.display().to_string().into()),
                            ("error", e.to_string().into()),
                        ],
                    );
                    cx.log.error(message.clone());
                    *cx.notice = Some(message);
                }
            }
        }
    }

    /// A typed path: the session files are refused (the rule `report --out` follows), and a
    /// path whose files exist waits for Replace or Cancel. The system's save dialog asks about
    /// replacing by itself; its path comes through [`Self::picked`].
    fn save_typed(
        &mut self,
        choice: ReportChoice,
        out: PathBuf,
        store_dir: Option<&Path>,
        cx: &mut Ctx<'_>,
    ) {
        if self.saving.is_some() || self.confirm.is_some() {
            return;
        }
        self.kept = false;
        if self.refuse_session_file(&choice, &out, store_dir, cx) {
            return;
        }
        let existing: Vec<PathBuf> = export::output_paths(choice.format, &out)
            .into_iter()
            .filter(|p| std::fs::symlink_metadata(p).is_ok())
            .collect();
        if existing.is_empty() {
            self.save(choice, out, cx);
        } else {
            self.saved = None;
            self.confirm = Some(Overwrite {
                choice,
                out,
                existing,
            });
        }
    }

    /// Refuses (and says why) when a file of the report would be the open audit's own saved
    /// file or the audit it is compared with.
    fn refuse_session_file(
        &mut self,
        choice: &ReportChoice,
        out: &Path,
        store_dir: Option<&Path>,
        cx: &mut Ctx<'_>,
    ) -> bool {
        let own = cx.session.as_ref().and_then(|s| {
            let store = SessionStore::open(store_dir?).ok()?;
            store.path_for(&s.id).ok()
        });
        let sessions: Vec<&Path> = own
            .iter()
            .chain(&choice.compare)
            .map(PathBuf::as_path)
            .collect();
        let Some(file) = export::output_on_session(choice.format, out, &sessions) else {
            return false;
        };
        let message = tr(
            cx.lang,
            "gui-save-is-session",
            &[("file", file.display().to_string().into())],
        );
        cx.log.error(message.clone());
        self.saved = Some(Err(message));
        true
    }

    fn save(&mut self, choice: ReportChoice, out: PathBuf, cx: &mut Ctx<'_>) {
        if self.saving.is_some() {
            return;
        }
        let lang = cx.lang;
        let Some(session) = cx.session.clone() else {
            return;
        };
        let format = choice.format;
        let job_id = cx.jobs.start_report(move |job_id| {
            let started = Instant::now();
            ReportEvent::Saved {
                job_id,
                result: save(lang, &session, &choice, &out).map(|files| Saved {
                    files,
                    took: started.elapsed(),
                }),
            }
        });
        self.kept = false;
        cx.log.info(tr(
            lang,
            "gui-report-log-saving",
            &[("format", format.name().into())],
        ));
        self.saved = None;
        self.saving = Some(Saving {
            job_id,
            format,
            started: Instant::now(),
        });
    }

    /// The system's save dialog answered (`None`: cancelled). It asked about replacing an
    /// existing file itself; an audit's own file is still refused.
    fn picked(&mut self, path: Option<PathBuf>, store_dir: Option<&Path>, cx: &mut Ctx<'_>) {
        let choice = self.picking.take();
        if let (Some(choice), Some(out)) = (choice, path)
            && !self.refuse_session_file(&choice, &out, store_dir, cx)
        {
            self.save(choice, out, cx);
        }
    }

    /// `store_dir`: as for [`Self::apply`].
    pub fn on_event(&mut self, event: ReportEvent, store_dir: Option<&Path>, cx: &mut Ctx<'_>) {
        match event {
            ReportEvent::Previewed { job_id, result } => {
                let Some((running, _)) = &self.preview_job else {
                    return;
                };
                if *running != job_id {
                    return;
                }
                if let Some((_, key)) = self.preview_job.take() {
                    self.preview = Some(Preview { key, result });
                }
            }
            ReportEvent::Saved { job_id, result } => {
                if self.saving.as_ref().is_none_or(|s| s.job_id != job_id) {
                    return;
                }
                self.saving = None;
                match &result {
                    Ok(saved) => {
                        for (path, bytes) in &saved.files {
                            cx.log.info(tr(
                                cx.lang,
                                "gui-report-log-saved",
                                &[
                                    ("file", path.display().to_string().into()),
                                    ("bytes", (*bytes).into()),
                                ],
                            ));
                        }
                    }
                    Err(e) => cx.log.error(e.clone()),
                }
                self.saved = Some(result);
            }
            ReportEvent::PathPicked(path) => self.picked(path, store_dir, cx),
            ReportEvent::Crashed { job_id } => {
                let message = tr(cx.lang, "gui-report-crashed", &[]);
                if self.preview_job.as_ref().is_some_and(|(j, _)| *j == job_id)
                    && let Some((_, key)) = self.preview_job.take()
                {
                    self.preview = Some(Preview {
                        key,
                        result: Err(message.clone()),
                    });
                }
                if self.saving.as_ref().is_some_and(|s| s.job_id == job_id) {
                    self.saving = None;
                    self.saved = Some(Err(message.clone()));
                }
                cx.log.error(message);
            }
        }
    }
}

/// A file name to offer in the save dialog: the audit's name, made safe, and the extension.
fn suggested_name(session: Option<&AuditSession>, choice: &ReportChoice) -> String {
    let base = session.map_or("report", |s| {
        if s.scope.site.name.trim().is_empty() {
            s.name.as_str()
        } else {
            s.scope.site.name.as_str()
        }
    });
    let safe: String = base
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { '-' })
        .collect();
    let safe = safe.trim_matches('-');
    let stem = if safe.is_empty() { "report" } else { safe };
    let audience = match choice.audience {
        Audience::Owner => "-summary",
        Audience::Full => "",
    };
    format!("{stem}{audience}.{}", choice.format.extension())
}

/// The model with the user's choices (reads the audit to compare with).
fn model(
    lang: Lang,
    session: &AuditSession,
    choice: &ReportChoice,
) -> Result<(audit_core::report::ReportModel, Vec<Replacement>), String> {
    let previous = match &choice.compare {
        None => None,
        Some(path) => Some(session::read_session_file(path).map_err(|e| {
            tr(
                lang,
                "gui-report-compare-failed",
                &[("error", e.to_string().into())],
            )
        })?),
    };
    let opts = ReportOptions {
        audience: choice.audience,
        lang: choice.lang.unwrap_or(lang),
        ..ReportOptions::default()
    };
    export::model(session, previous.as_ref(), &opts, choice.redact)
}

fn preview(
    lang: Lang,
    session: &AuditSession,
    choice: &ReportChoice,
) -> Result<PreviewDoc, String> {
    let (model, replacements) = model(lang, session, choice)?;
    Ok(PreviewDoc {
        document: Box::new(Document::of(&model)),
        replacements,
    })
}

/// Renders and writes the report; every file written, with its size.
fn save(
    lang: Lang,
    session: &AuditSession,
    choice: &ReportChoice,
    out: &std::path::Path,
) -> Result<Vec<(PathBuf, usize)>, String> {
    let (model, _) = model(lang, session, choice)?;
    let files = export::render(&model, choice.format, out)
        .map_err(|e| tr(lang, "gui-report-render-failed", &[("error", e.into())]))?;
    if choice.format == Format::Pdf {
        // typst keeps what it laid out for a faster second run; an app that stays open gives
        // that memory back.
        report_pdf::evict_caches();
    }
    let mut written = Vec::new();
    for (path, bytes) in &files {
        files::write_atomic(path, bytes).map_err(|e| {
            tr(
                lang,
                "gui-report-cannot-write",
                &[
                    ("file", path.display().to_string().into()),
                    ("problem", e.problem().into()),
                ],
            )
        })?;
        written.push((path.clone(), bytes.len()));
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;
    use audit_core::session::SessionKind;

    #[test]
    fn suggested_names_are_plain_file_names() {
        let mut s = AuditSession::new("Audit 07/12: a/b", SessionKind::Installer);
        let choice = ReportChoice::default();
        assert_eq!(suggested_name(Some(&s), &choice), "Audit-07-12--a-b.pdf");
        s.scope.site.name = "Town hall".into();
        assert_eq!(
            suggested_name(Some(&s), &ReportChoice::owner_summary_pdf()),
            "Town-hall-summary.pdf"
        );
        let html = ReportChoice {
            format: Format::Html,
            ..ReportChoice::default()
        };
        assert_eq!(suggested_name(None, &html), "report.html");
    }
}
