//! Saved audits: creating one, the store's answers (open, list, rename, delete), autosave, and
//! edits of the open audit's own fields (scope, notes). The open audit itself is
//! `AppState::session`, shared by every flow; this flow owns how and when it reaches the disk.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use audit_core::session::{
    AuditSession, RecentEntry, SessionKind, Site, UserScope, new_session_id,
};
use audit_core::text::tr;
use chrono::{DateTime, Local};
use eframe::egui;

use super::Ctx;
use crate::gui::jobs::{JobEvent, StoreReply};
use crate::gui::nav::kind_label;

/// A changed session is saved at most this often (and when it is closed or the app exits).
pub const AUTOSAVE_INTERVAL: Duration = Duration::from_secs(2);

#[derive(Clone, Debug, Default, PartialEq)]
pub enum SaveStatus {
    #[default]
    NotSaved,
    Saving,
    Saved(DateTime<Local>),
    Failed(String),
}

/// A change to the open audit's own fields (from the Scope screen and the self-check).
#[derive(Clone, Debug, PartialEq)]
pub enum SessionEdit {
    Interface(Option<String>),
    Targets(Vec<String>),
    RateCap(u32),
    Notes(String),
    /// The cover's names (Report screen).
    Site(Site),
    /// The site's or audit's name (an empty name is not taken).
    Name(String),
}

impl SessionEdit {
    /// Writes the edit into `session`; whether anything changed.
    fn write(self, session: &mut AuditSession) -> bool {
        let scope = &mut session.scope;
        match self {
            // Sent only when the user picks another interface.
            SessionEdit::Interface(interface) => {
                scope.interface = interface;
                true
            }
            SessionEdit::Targets(targets) => replace(&mut scope.targets, targets),
            SessionEdit::RateCap(rate) => replace(&mut scope.rate_cap_pps, rate),
            SessionEdit::Notes(notes) => replace(&mut session.notes, notes),
            SessionEdit::Site(site) => replace(&mut scope.site, site),
            SessionEdit::Name(name) => {
                let name = name.trim();
                !name.is_empty() && replace(&mut session.name, name.to_owned())
            }
        }
    }
}

/// Sets `field` to `value`; whether it was different.
fn replace<T: PartialEq>(field: &mut T, value: T) -> bool {
    let changed = *field != value;
    *field = value;
    changed
}

/// What the session flow is asked to do.
#[derive(Clone, Debug, PartialEq)]
pub enum SessionCommand {
    Rename { id: String, name: String },
    RefreshRecent,
    Edit(SessionEdit),
}

/// The store's side of the saved audits.
#[derive(Debug, Default)]
pub struct SessionFlow {
    pub save_status: SaveStatus,
    pub last_save_request: Option<Instant>,
    /// Where saved audits live, or why there is no such place; `None` while the store opens.
    pub store_location: Option<Result<PathBuf, String>>,
    pub recent: Vec<RecentEntry>,
    pub recent_error: Option<String>,
    /// The name a new audit got when it was created, while it has never been saved: it is
    /// saved once something is in it or the user names it ([`worth_saving`]), and its file is
    /// then named after it. `None` for an audit opened from the store or saved once.
    pub unsaved_new: Option<String>,
}

/// Whether a new audit holds anything worth a file: results, notes, a scope or a name the user
/// gave it (`default_name` is the one it was created with). Starting an audit or clicking
/// through its screens leaves nothing in Recent audits.
pub fn worth_saving(session: &AuditSession, default_name: &str) -> bool {
    session.name != default_name
        || session.scope != UserScope::default()
        || !session.notes.is_empty()
        || session.discovery.is_some()
        || !session.inventory.bacnet.devices.is_empty()
        || !session.inventory.knx.gateways.is_empty()
        || !session.findings.is_empty()
        || session.verdict.is_some()
        || session.exposure.is_some()
        || !session.write_tests.is_empty()
        || session.watch.is_some()
        || !session.capture_analyses.is_empty()
}

impl SessionFlow {
    pub fn apply(&mut self, command: SessionCommand, cx: &mut Ctx) {
        match command {
            SessionCommand::Rename { id, name } => {
                let open = cx.session.as_mut().filter(|s| s.id == id);
                if let Some(session) = open {
                    cx.log.info(tr(
                        cx.lang,
                        "gui-session-renamed",
                        &[("old", (&session.name).into()), ("name", (&name).into())],
                    ));
                    session.name = name;
                    session.touch();
                    *cx.dirty = true;
                } else {
                    let queued = cx.jobs.rename(id, name);
                    cx.report_busy(queued);
                }
            }
            SessionCommand::RefreshRecent => self.refresh(cx),
            SessionCommand::Edit(edit) => {
                let Some(session) = cx.session.as_mut() else {
                    return;
                };
                if let SessionEdit::Interface(interface) = &edit {
                    cx.log.info(match interface {
                        Some(name) => {
                            tr(cx.lang, "gui-scope-interface-set", &[("name", name.into())])
                        }
                        None => tr(cx.lang, "gui-scope-interface-cleared", &[]),
                    });
                }
                if edit.write(session) {
                    session.touch();
                    *cx.dirty = true;
                }
            }
        }
    }

    /// A new audit of `kind`, open and unsaved.
    pub fn create(&mut self, kind: SessionKind, cx: &mut Ctx) {
        let name = format!(
            "{} {}",
            kind_label(cx.lang, kind),
            audit_core::text::locale::date_time(cx.lang, &Local::now())
        );
        cx.log.info(tr(
            cx.lang,
            "gui-session-started",
            &[("name", (&name).into())],
        ));
        let mut session = AuditSession::new(&name, kind);
        session.demo = cx.demo.is_some();
        *cx.session = Some(session);
        *cx.dirty = true;
        self.unsaved_new = Some(name);
    }

    /// The open audit, ready to be handed to the store: `None` while it is new and holds
    /// nothing ([`worth_saving`]). A new audit's first save names its file after it.
    fn ready_to_save<'a>(&mut self, session: &'a mut AuditSession) -> Option<&'a AuditSession> {
        if let Some(default_name) = &self.unsaved_new {
            if !worth_saving(session, default_name) {
                return None;
            }
            session.id = new_session_id(&session.name, session.created);
            self.unsaved_new = None;
        }
        Some(session)
    }

    /// Asks the store for a saved audit (it opens when [`StoreReply::Loaded`] comes back).
    pub fn open(&mut self, id: String, cx: &mut Ctx) {
        let queued = cx.jobs.load(id);
        cx.report_busy(queued);
    }

    pub fn refresh(&mut self, cx: &mut Ctx) {
        let queued = cx.jobs.list_recent();
        cx.report_busy(queued);
    }

    /// Deletes a saved audit and lists the rest again.
    pub fn delete(&mut self, id: String, cx: &mut Ctx) {
        let queued = cx.jobs.delete(id) && cx.jobs.list_recent();
        cx.report_busy(queued);
    }

    /// Saves the open audit if it changed, and closes it. Returns the events that came in
    /// while waiting for room in the store's queue (the caller handles them).
    #[must_use]
    pub fn close(&mut self, cx: &mut Ctx) -> Vec<JobEvent> {
        let mut events = Vec::new();
        if let Some(mut session) = cx.session.take()
            && *cx.dirty
            && let Some(session) = self.ready_to_save(&mut session)
        {
            let (queued, taken) = cx.jobs.save_reliably(session);
            if !queued {
                let message = tr(
                    cx.lang,
                    "gui-session-close-not-saved",
                    &[("name", (&session.name).into())],
                );
                cx.log.error(message.clone());
                *cx.notice = Some(message);
            }
            events = taken;
        }
        *cx.dirty = false;
        self.save_status = SaveStatus::NotSaved;
        self.last_save_request = None;
        self.unsaved_new = None;
        events
    }

    /// Saves what is unsaved when the app closes. Returns the events taken meanwhile.
    #[must_use]
    pub fn save_before_exit(&mut self, cx: &mut Ctx) -> Vec<JobEvent> {
        let Some(session) = cx.session.as_mut().filter(|_| *cx.dirty) else {
            return Vec::new();
        };
        let Some(session) = self.ready_to_save(session) else {
            return Vec::new();
        };
        let (queued, events) = cx.jobs.save_reliably(session);
        *cx.dirty = !queued;
        events
    }

    /// Acts on the store's answer. Returns the kind of an audit that was just opened (it is
    /// then `cx.session`), for the caller to show.
    pub fn on_store_reply(&mut self, reply: StoreReply, cx: &mut Ctx) -> Option<SessionKind> {
        let lang = cx.lang;
        match reply {
            StoreReply::Opened(location) => {
                if let Err(e) = &location {
                    cx.log.error(tr(
                        lang,
                        "gui-session-cannot-save-any",
                        &[("error", e.into())],
                    ));
                }
                self.store_location = Some(location);
            }
            StoreReply::Saved { id, result } => {
                let current = cx.session.as_ref().is_some_and(|s| s.id == id);
                match result {
                    Ok(_) if current => self.save_status = SaveStatus::Saved(Local::now()),
                    Ok(_) => {}
                    Err(e) => {
                        let first =
                            !matches!(&self.save_status, SaveStatus::Failed(old) if *old == e);
                        let message =
                            tr(lang, "gui-session-save-failed", &[("error", (&e).into())]);
                        if first {
                            cx.log.error(message.clone());
                        }
                        if current {
                            self.save_status = SaveStatus::Failed(e);
                            *cx.dirty = true;
                        } else {
                            *cx.notice = Some(message);
                        }
                    }
                }
            }
            StoreReply::Listed(Ok(list)) => {
                self.recent = list;
                self.recent_error = None;
            }
            StoreReply::Listed(Err(e)) => self.recent_error = Some(e),
            StoreReply::Loaded(Ok(session)) => {
                let kind = session.kind;
                cx.log.info(tr(
                    lang,
                    "gui-session-opened",
                    &[("name", (&session.name).into())],
                ));
                *cx.session = Some(*session);
                *cx.dirty = false;
                self.save_status = SaveStatus::NotSaved;
                self.unsaved_new = None;
                return Some(kind);
            }
            StoreReply::Loaded(Err(e)) => {
                let message = tr(lang, "gui-session-open-failed", &[("error", e.into())]);
                cx.log.error(message.clone());
                *cx.notice = Some(message);
            }
            StoreReply::Renamed(result) => {
                match result {
                    Ok(s) => cx.log.info(tr(
                        lang,
                        "gui-session-renamed-saved",
                        &[("name", (&s.name).into())],
                    )),
                    Err(e) => {
                        *cx.notice = Some(tr(
                            lang,
                            "gui-session-rename-failed",
                            &[("error", e.into())],
                        ))
                    }
                }
                self.refresh(cx);
            }
            StoreReply::Deleted { id, result } => match result {
                Ok(()) => cx
                    .log
                    .info(tr(lang, "gui-session-deleted", &[("id", id.into())])),
                Err(e) => {
                    *cx.notice = Some(tr(
                        lang,
                        "gui-session-delete-failed",
                        &[("error", e.into())],
                    ))
                }
            },
        }
        None
    }

    /// Hands the open audit to the store at most every [`AUTOSAVE_INTERVAL`] while it has
    /// changes.
    pub fn autosave(&mut self, ctx: &egui::Context, cx: &mut Ctx) {
        if !*cx.dirty {
            return;
        }
        let Some(session) = cx.session.as_mut() else {
            return;
        };
        let since = self.last_save_request.map(|t| t.elapsed());
        match since {
            Some(elapsed) if elapsed < AUTOSAVE_INTERVAL => {
                ctx.request_repaint_after(AUTOSAVE_INTERVAL - elapsed);
            }
            _ => {
                // Nothing in a new audit yet: stay unsaved (and dirty) until there is.
                let Some(session) = self.ready_to_save(session) else {
                    return;
                };
                // If the store queue is full, stay dirty and try again next interval.
                if cx.jobs.save(session) {
                    *cx.dirty = false;
                    self.save_status = SaveStatus::Saving;
                }
                self.last_save_request = Some(Instant::now());
                ctx.request_repaint_after(AUTOSAVE_INTERVAL);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_audit_is_worth_saving_once_something_is_in_it() {
        let fresh =
            || AuditSession::new("Installer audit 2026-01-01 10:00", SessionKind::Installer);
        let default_name = fresh().name;
        assert!(!worth_saving(&fresh(), &default_name));
        let changes: [fn(&mut AuditSession); 5] = [
            |s| s.name = "Boiler house".into(),
            |s| s.notes = "key at reception".into(),
            |s| s.scope.rate_cap_pps = 5,
            |s| s.watch = Some(Default::default()),
            |s| s.scope.targets = vec!["198.18.0.10".into()],
        ];
        for change in changes {
            let mut s = fresh();
            change(&mut s);
            assert!(worth_saving(&s, &default_name), "{s:?}");
        }
    }
}
