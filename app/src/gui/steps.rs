//! The installer's audit as steps (Site & scope → Devices → Checks → Learning watch (optional)
//! → Findings → Report): which are done, which is next, which were skipped, derived from the open
//! audit alone (a pure function), so a reopened audit shows where it was left.

use audit_core::session::AuditSession;
use audit_core::text::{Lang, tr};

use super::nav::PanelId;

/// One step of the installer's audit, in order.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    SiteScope,
    Devices,
    Checks,
    /// Optional: skipping it does not hold the report back.
    Watch,
    Findings,
    /// The hand-over report (Report screen). A report is saved outside the audit, so this step
    /// is never marked done; it is next once the findings are in.
    Report,
}

pub const STEPS: [Step; 6] = [
    Step::SiteScope,
    Step::Devices,
    Step::Checks,
    Step::Watch,
    Step::Findings,
    Step::Report,
];

/// Where a step stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepState {
    Done,
    /// The first step neither done nor skipped: what to do now.
    Next,
    /// Not done, but a later step is.
    Skipped,
    /// Not done yet, after the next one.
    Later,
}

impl Step {
    /// The screen where the step is done.
    pub fn panel(self) -> Option<PanelId> {
        match self {
            Step::SiteScope => Some(PanelId::Scope),
            Step::Devices => Some(PanelId::Devices),
            Step::Checks | Step::Findings => Some(PanelId::Findings),
            Step::Watch => Some(PanelId::Watch),
            Step::Report => Some(PanelId::Report),
        }
    }

    pub fn label(self, lang: Lang) -> String {
        match self {
            Step::SiteScope => tr(lang, "gui-step-scope", &[]),
            Step::Devices => tr(lang, "gui-step-devices", &[]),
            Step::Checks => tr(lang, "gui-step-checks", &[]),
            Step::Watch => tr(lang, "gui-step-watch", &[]),
            Step::Findings => tr(lang, "gui-step-findings", &[]),
            Step::Report => tr(lang, "gui-step-report", &[]),
        }
    }

    /// Whether the audit holds this step's result. `demo`: the demo building is the scope.
    fn done(self, session: &AuditSession, demo: bool) -> bool {
        let checked = session.verdict.is_some();
        match self {
            Step::SiteScope => {
                demo || session.scope.interface.is_some() || !session.scope.targets.is_empty()
            }
            // A check run discovers too.
            Step::Devices => session.discovery.is_some() || checked,
            Step::Checks | Step::Findings => checked,
            Step::Watch => session.watch.as_ref().is_some_and(|w| w.model.is_some()),
            Step::Report => false,
        }
    }
}

/// Every step of `session` with where it stands.
pub fn steps(session: &AuditSession, demo: bool) -> [(Step, StepState); 6] {
    let done = STEPS.map(|s| s.done(session, demo));
    let mut next_given = false;
    let mut i = 0;
    STEPS.map(|step| {
        let later_done = done.iter().skip(i + 1).any(|d| *d);
        let state = if done[i] {
            StepState::Done
        } else if later_done {
            StepState::Skipped
        } else if !next_given {
            next_given = true;
            StepState::Next
        } else {
            StepState::Later
        };
        i += 1;
        (step, state)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use StepState::*;
    use audit_core::checks::{Light, verdict};
    use audit_core::session::{SessionKind, WatchRecord};

    fn states(session: &AuditSession, demo: bool) -> Vec<StepState> {
        steps(session, demo).iter().map(|(_, s)| *s).collect()
    }

    fn checked(session: &mut AuditSession) {
        session.verdict = Some(verdict(&[], None));
    }

    #[test]
    fn a_new_audit_starts_with_the_scope() {
        let s = AuditSession::new("x", SessionKind::Installer);
        assert_eq!(states(&s, false), [Next, Later, Later, Later, Later, Later]);
        // On the demo building the scope is given.
        assert_eq!(states(&s, true), [Done, Next, Later, Later, Later, Later]);
    }

    #[test]
    fn checks_done_without_the_watch_skip_it() {
        let mut s = AuditSession::new("x", SessionKind::Installer);
        s.scope.interface = Some("eth0".into());
        checked(&mut s);
        assert_ne!(s.verdict.as_ref().map(|v| v.light), None::<Light>);
        assert_eq!(states(&s, false), [Done, Done, Done, Skipped, Done, Next]);
    }

    #[test]
    fn a_skipped_scope_and_a_learned_watch() {
        let mut s = AuditSession::new("x", SessionKind::Installer);
        s.watch = Some(WatchRecord {
            model: None,
            ..Default::default()
        });
        // A watch record without a model is not a learned watch.
        assert_eq!(states(&s, false), [Next, Later, Later, Later, Later, Later]);
        s.watch = None;
        s.discovery = None;
        checked(&mut s);
        assert_eq!(
            states(&s, false),
            [Skipped, Done, Done, Skipped, Done, Next]
        );
    }
}
