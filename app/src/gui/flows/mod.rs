//! Flows: the work the screens start. Each flow is a struct that owns its job's state (the job
//! that runs, the one waiting for consent, the last result and error), handles its own commands
//! and its jobs' events, and records what it produced in the open audit.
//!
//! Flows live in [`AppState`](super::state::AppState), so panels read them directly; only
//! `app::BasAuditApp` calls them, handing each call a [`Ctx`] with what the flows share. A flow
//! never reaches into another flow, except where one result is shown on two screens (a check
//! run's discovery goes to the Devices screen; the caller passes that flow in).

pub mod analysis;
pub mod checks;
pub mod discovery;
pub mod report;
pub mod session;
pub mod watch;

use audit_core::audit::plan::{self, Demo, Plan, PlanError, ScopeRequest};
use audit_core::job::{JobEvent, NoteLevel};
use audit_core::session::AuditSession;
use audit_core::sim::SimBuilding;
use audit_core::text::{Lang, tr};
use eframe::egui;
use tokio::sync::oneshot;

use super::dialogs::consent::{Choices, ConsentAnswer, ConsentDialog, ConsentRequest};
use super::jobs::Jobs;
use super::state::{EventLog, LogLevel};

/// What the flows share, borrowed from the app for one command or event.
#[derive(Debug)]
pub struct Ctx<'a> {
    /// The UI language.
    pub lang: Lang,
    pub jobs: &'a mut Jobs,
    pub log: &'a mut EventLog,
    /// A message shown at the top until dismissed.
    pub notice: &'a mut Option<String>,
    /// The open audit; flows record what they produced in it (see [`Ctx::record`]).
    pub session: &'a mut Option<AuditSession>,
    /// The open audit has changes the store has not been handed yet.
    pub dirty: &'a mut bool,
    /// The demo building (`--demo`): while it runs it is the scope of every job.
    pub demo: Option<&'a SimBuilding>,
    /// What runs elsewhere, for a flow deciding whether it may start.
    pub busy: Busy,
}

/// Jobs of other flows that keep a flow from starting.
#[derive(Clone, Copy, Debug, Default)]
pub struct Busy {
    /// A consent dialog is open (one at a time).
    pub consent: bool,
    pub discovery: bool,
    pub checks: bool,
}

impl Ctx<'_> {
    /// Changes the open audit, if one is open; it is saved soon after.
    pub fn record(&mut self, change: impl FnOnce(&mut AuditSession)) {
        if let Some(session) = self.session.as_mut() {
            change(session);
            session.touch();
            *self.dirty = true;
        }
    }

    /// Store requests are refused only when its queue is full (the disk is stuck): say so.
    pub fn report_busy(&mut self, queued: bool) {
        if !queued {
            let message = tr(self.lang, "gui-store-busy", &[]);
            self.log.warn(message.clone());
            *self.notice = Some(message);
        }
    }

    /// Scope, policy and router-probe options of the open audit (`audit::plan`, the same
    /// resolution the CLI uses): the demo building, or the audit's interface, targets and
    /// rate cap.
    pub fn plan(&self) -> Result<Plan, String> {
        let demo = self.demo.map_or(Demo::No, Demo::Running);
        let Some(session) = self.session.as_ref() else {
            // The demo building needs no saved scope; a real network does.
            if self.demo.is_none() {
                return Err(tr(self.lang, "gui-no-audit-open", &[]));
            }
            return plan::plan(&ScopeRequest::default(), demo).map_err(|e| e.to_string());
        };
        let request = ScopeRequest::from_user_scope(&session.scope, self.demo.is_some());
        plan::plan(&request, demo).map_err(|e| match e {
            PlanError::NoScope => tr(self.lang, "gui-no-scope", &[]),
            PlanError::Policy(p) => p.0,
            other => other.to_string(),
        })
    }
}

/// The active jobs, for the log lines they share.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ActiveJob {
    Discovery,
    Checks,
}

impl ActiveJob {
    /// Logs what every active job reports alike: a step, a packet sent (`seconds` into the
    /// job), a note. Other events are the flow's own.
    pub fn log(self, lang: Lang, log: &mut EventLog, event: &JobEvent, seconds: f64) {
        match event {
            JobEvent::Phase { name, detail } => {
                let args = [
                    ("phase", name.to_string().into()),
                    ("detail", detail.render(lang).into()),
                ];
                log.info(match self {
                    ActiveJob::Discovery => tr(lang, "gui-discovery-phase", &args),
                    ActiveJob::Checks => tr(lang, "gui-checks-phase", &args),
                });
            }
            JobEvent::PacketSent(p) => {
                let args = [
                    ("protocol", p.protocol.to_string().into()),
                    ("service", p.service.to_string().into()),
                    ("destination", p.destination.to_string().into()),
                    ("bytes", p.bytes.into()),
                    ("seconds", format!("{seconds:.3}").into()),
                ];
                log.push(
                    LogLevel::Sent,
                    match self {
                        ActiveJob::Discovery => tr(lang, "gui-discovery-sent", &args),
                        ActiveJob::Checks => tr(lang, "gui-checks-sent", &args),
                    },
                );
            }
            JobEvent::Note(note) => {
                let args = [("note", note.message.render(lang).into())];
                let line = match self {
                    ActiveJob::Discovery => tr(lang, "gui-discovery-note", &args),
                    ActiveJob::Checks => tr(lang, "gui-checks-note", &args),
                };
                match note.level {
                    NoteLevel::Info => log.info(line),
                    NoteLevel::Warning => log.warn(line),
                }
            }
            _ => {}
        }
    }
}

/// A job that sends (or listens) only once the user allows it in the consent dialog.
#[derive(Debug)]
pub struct Pending<J> {
    /// `None` once the dialog has closed (its answer is then in `answer`).
    dialog: Option<ConsentDialog>,
    answer: oneshot::Receiver<ConsentAnswer>,
    /// The dialog's choices, sent only with Allow.
    choices: Option<oneshot::Receiver<Choices>>,
    job: J,
}

impl<J> Pending<J> {
    /// Asks with a dialog that has no choices.
    pub fn ask(request: ConsentRequest, job: J) -> Self {
        let (dialog, answer) = ConsentDialog::new(request);
        Pending {
            dialog: Some(dialog),
            answer,
            choices: None,
            job,
        }
    }

    /// Asks with a dialog built by the caller (choices, plain words).
    pub fn ask_with(
        dialog: ConsentDialog,
        answer: oneshot::Receiver<ConsentAnswer>,
        choices: oneshot::Receiver<Choices>,
        job: J,
    ) -> Self {
        Pending {
            dialog: Some(dialog),
            answer,
            choices: Some(choices),
            job,
        }
    }

    /// Draws the dialog of the job waiting in `slot`, if any. Once the user has answered, the
    /// slot is emptied and the job comes back with the chosen options if they allowed it; a
    /// refusal is logged and gives `None` (so does no answer yet).
    pub fn poll(
        slot: &mut Option<Self>,
        ctx: &egui::Context,
        lang: Lang,
        log: &mut EventLog,
    ) -> Option<(J, Choices)> {
        let pending = slot.as_mut()?;
        if let Some(dialog) = &mut pending.dialog
            && !dialog.show(ctx, lang)
        {
            pending.dialog = None;
        }
        let answer = match pending.answer.try_recv() {
            Ok(answer) => answer,
            Err(oneshot::error::TryRecvError::Empty) => return None,
            Err(oneshot::error::TryRecvError::Closed) => ConsentAnswer::Cancel,
        };
        let pending = slot.take()?;
        match answer {
            ConsentAnswer::Allow => {
                // Missing choices count as all off (fail closed).
                let choices = pending
                    .choices
                    .and_then(|mut rx| rx.try_recv().ok())
                    .unwrap_or_default();
                Some((pending.job, choices))
            }
            ConsentAnswer::Cancel => {
                log.info(tr(lang, "gui-consent-refused", &[]));
                None
            }
        }
    }
}
