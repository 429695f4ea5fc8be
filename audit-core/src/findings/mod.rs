//! Findings: what a check concluded, in words a person can act on.
//!
//! A [`Finding`] names a stable `check_id` (e.g. `knx.gateway.port_forwarded`), a severity, the
//! target it is about, a title, the evidence (a parsed summary plus raw bytes where they exist)
//! and the remediation texts, which live as reviewed prose in `assets/remediation/en/<check_id>.md`
//! (see [`remediation`]). JSON follows the `check` contract of design §6:
//! `{"check_id","severity","target","title","evidence","remediation":{"installer","homeowner"}}`.

pub mod remediation;
pub mod severity;

pub use severity::Severity;

use serde::{Deserialize, Serialize};

use crate::text::Text;

/// What was seen, as data and as words.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// One or two sentences naming the concrete facts: addresses, ports, values, counts (a
    /// catalogue message, rendered where it is shown).
    pub summary: Text,
    /// The parsed facts the summary is built from (mapping rows, DIB fields, ...).
    #[serde(default)]
    pub facts: serde_json::Map<String, serde_json::Value>,
    /// Raw bytes of the packet that proves it, hex, when one exists.
    #[serde(default)]
    pub raw_hex: Option<String>,
}

/// What to do, for two readers. Texts come from `assets/remediation/en/<check_id>.md`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Remediation {
    /// Why this matters, in plain words.
    pub why: String,
    /// Exact steps for the installer (router menus in general terms, ETS steps, BACnet settings).
    pub installer: String,
    /// The same for a homeowner: no jargon, what to ask the installer.
    pub homeowner: String,
    /// How to check the fix with this tool.
    pub verify: String,
    /// One plain sentence a homeowner can hand to the installer.
    #[serde(default)]
    pub ask_installer: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable identifier, dotted: `<protocol|router>.<subject>.<condition>`.
    pub check_id: String,
    pub severity: Severity,
    /// What the finding is about: "KNX gateway 198.18.1.10:3671 (IP Router N146)",
    /// "router 198.18.0.1", "BACnet device 1001 at 198.18.1.20:47808".
    pub target: Text,
    /// What was found, in one line (a catalogue message).
    pub title: Text,
    pub evidence: Evidence,
    pub remediation: Remediation,
}
