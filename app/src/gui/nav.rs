//! The workspace navigation, as data: which panels each flow (installer audit, homeowner
//! self-check) shows, in order. A new screen adds its entry to [`nav_entries`].

use audit_core::session::SessionKind;

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

/// One line of the left navigation.
#[derive(Clone, Copy, Debug)]
pub struct NavEntry {
    pub panel: PanelId,
    pub label: &'static str,
    /// Tooltip: what the panel is for, and whether it can send anything.
    pub hint: &'static str,
}

const SCOPE: NavEntry = NavEntry {
    panel: PanelId::Scope,
    label: "Scope",
    hint: "Which network and addresses this audit may touch. Sends nothing.",
};
const CAPTURE: NavEntry = NavEntry {
    panel: PanelId::CaptureAnalysis,
    label: "Capture analysis",
    hint: "Read a saved capture file (pcap, pcapng). Sends nothing.",
};
const DEVICES: NavEntry = NavEntry {
    panel: PanelId::Devices,
    label: "Devices",
    hint: "Find BACnet/IP devices and KNXnet/IP gateways. Sends packets only after you allow it.",
};
const WATCH: NavEntry = NavEntry {
    panel: PanelId::Watch,
    label: "Learning watch",
    hint: "Learn normal traffic from a capture or by listening, then flag departures. Reading a \
           file sends nothing.",
};
const FINDINGS: NavEntry = NavEntry {
    panel: PanelId::Findings,
    label: "Findings",
    hint: "Check what the router exposes and what discovery found; each finding with evidence \
           and the fix. Sends packets only after you allow it.",
};
const LOG: NavEntry = NavEntry {
    panel: PanelId::Log,
    label: "Log",
    hint: "What the app did and sent, with times.",
};
const ABOUT: NavEntry = NavEntry {
    panel: PanelId::About,
    label: "About",
    hint: "Version and licences.",
};
const SELF_CHECK: NavEntry = NavEntry {
    panel: PanelId::SelfCheck,
    label: "Self-check",
    hint: "Is your home automation reachable from the internet? Asks before it sends anything.",
};

const INSTALLER: &[NavEntry] = &[SCOPE, DEVICES, FINDINGS, CAPTURE, WATCH, LOG, ABOUT];
const HOMEOWNER: &[NavEntry] = &[SELF_CHECK, LOG, ABOUT];

/// The navigation of a workspace, in display order.
pub fn nav_entries(kind: SessionKind) -> &'static [NavEntry] {
    match kind {
        SessionKind::Installer => INSTALLER,
        SessionKind::Homeowner => HOMEOWNER,
    }
}

/// The panel a workspace opens on.
pub fn first_panel(kind: SessionKind) -> PanelId {
    nav_entries(kind)
        .first()
        .map_or(PanelId::Log, |entry| entry.panel)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unbuilt_panels_are_absent() {
        for kind in [SessionKind::Installer, SessionKind::Homeowner] {
            let labels: Vec<_> = nav_entries(kind).iter().map(|e| e.label).collect();
            assert!(!labels.contains(&"Report"), "{kind:?} lists Report");
            assert!(labels.contains(&"Log") && labels.contains(&"About"));
        }
        // Sending screens exist only in the installer flow.
        let installer: Vec<_> = nav_entries(SessionKind::Installer)
            .iter()
            .map(|e| e.label)
            .collect();
        let homeowner: Vec<_> = nav_entries(SessionKind::Homeowner)
            .iter()
            .map(|e| e.label)
            .collect();
        for screen in ["Devices", "Findings", "Learning watch"] {
            assert!(installer.contains(&screen), "installer lacks {screen}");
            assert!(!homeowner.contains(&screen), "homeowner lists {screen}");
        }
        assert_eq!(first_panel(SessionKind::Installer), PanelId::Scope);
        assert_eq!(first_panel(SessionKind::Homeowner), PanelId::SelfCheck);
    }
}
