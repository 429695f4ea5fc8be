//! The workspace navigation, as data: which panels each flow (installer audit, homeowner
//! self-check) shows, in order, and their names and hints. A new screen adds its [`PanelId`],
//! its words below, and its place in [`nav_entries`].

use audit_core::session::SessionKind;
use audit_core::text::{Lang, tr};

/// Every panel a workspace can show.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PanelId {
    /// The homeowner self-check: one button, a traffic light, plain advice.
    SelfCheck,
    Scope,
    /// Discovery: sends after consent.
    Devices,
    /// Checks and their findings: sends after consent (discovery, router probes, opt-ins).
    Findings,
    CaptureAnalysis,
    /// Learning watch: learn normal traffic, detect departures.
    Watch,
    Log,
    About,
}

impl PanelId {
    /// The panel's line in the left navigation.
    pub fn label(self, lang: Lang) -> String {
        match self {
            PanelId::SelfCheck => tr(lang, "gui-nav-self-check", &[]),
            PanelId::Scope => tr(lang, "gui-nav-scope", &[]),
            PanelId::Devices => tr(lang, "gui-nav-devices", &[]),
            PanelId::Findings => tr(lang, "gui-nav-findings", &[]),
            PanelId::CaptureAnalysis => tr(lang, "gui-nav-capture", &[]),
            PanelId::Watch => tr(lang, "gui-nav-watch", &[]),
            PanelId::Log => tr(lang, "gui-nav-log", &[]),
            PanelId::About => tr(lang, "gui-nav-about", &[]),
        }
    }

    /// Its tooltip: what the panel is for, and whether it can send anything.
    pub fn hint(self, lang: Lang) -> String {
        match self {
            PanelId::SelfCheck => tr(lang, "gui-nav-self-check-hint", &[]),
            PanelId::Scope => tr(lang, "gui-nav-scope-hint", &[]),
            PanelId::Devices => tr(lang, "gui-nav-devices-hint", &[]),
            PanelId::Findings => tr(lang, "gui-nav-findings-hint", &[]),
            PanelId::CaptureAnalysis => tr(lang, "gui-nav-capture-hint", &[]),
            PanelId::Watch => tr(lang, "gui-nav-watch-hint", &[]),
            PanelId::Log => tr(lang, "gui-nav-log-hint", &[]),
            PanelId::About => tr(lang, "gui-nav-about-hint", &[]),
        }
    }
}

/// The name of a kind of audit (the start screen's flows, the navigation, new audits' names).
pub fn kind_label(lang: Lang, kind: SessionKind) -> String {
    match kind {
        SessionKind::Installer => tr(lang, "gui-kind-installer", &[]),
        SessionKind::Homeowner => tr(lang, "gui-kind-homeowner", &[]),
    }
}

const INSTALLER: &[PanelId] = &[
    PanelId::Scope,
    PanelId::Devices,
    PanelId::Findings,
    PanelId::CaptureAnalysis,
    PanelId::Watch,
    PanelId::Log,
    PanelId::About,
];
const HOMEOWNER: &[PanelId] = &[PanelId::SelfCheck, PanelId::Log, PanelId::About];

/// The navigation of a workspace, in display order.
pub fn nav_entries(kind: SessionKind) -> &'static [PanelId] {
    match kind {
        SessionKind::Installer => INSTALLER,
        SessionKind::Homeowner => HOMEOWNER,
    }
}

/// The panel a workspace opens on.
pub fn first_panel(kind: SessionKind) -> PanelId {
    nav_entries(kind).first().copied().unwrap_or(PanelId::Log)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(kind: SessionKind) -> Vec<String> {
        nav_entries(kind)
            .iter()
            .map(|p| p.label(Lang::En))
            .collect()
    }

    #[test]
    fn unbuilt_panels_are_absent() {
        for kind in [SessionKind::Installer, SessionKind::Homeowner] {
            let labels = labels(kind);
            assert!(
                !labels.iter().any(|l| l == "Report"),
                "{kind:?} lists Report"
            );
            assert!(labels.iter().any(|l| l == "Log") && labels.iter().any(|l| l == "About"));
        }
        // Sending screens exist only in the installer flow.
        let installer = labels(SessionKind::Installer);
        let homeowner = labels(SessionKind::Homeowner);
        for screen in ["Devices", "Findings", "Learning watch"] {
            assert!(
                installer.iter().any(|l| l == screen),
                "installer lacks {screen}"
            );
            assert!(
                !homeowner.iter().any(|l| l == screen),
                "homeowner lists {screen}"
            );
        }
        assert_eq!(first_panel(SessionKind::Installer), PanelId::Scope);
        assert_eq!(first_panel(SessionKind::Homeowner), PanelId::SelfCheck);
    }
}
