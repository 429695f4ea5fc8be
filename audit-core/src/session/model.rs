//! What a session holds: [`AuditSession`] and the typed records in it.

use std::collections::hash_map::RandomState;
use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::analyze::AnalysisReport;
use crate::audit::{CheckReport, DiscoverySummary};
use crate::checks::Verdict;
use crate::discovery::DiscoveryResult;
use crate::findings::Finding;
use crate::inventory::{ExposureReport, Inventory, WriteTestResult};
use crate::job::policy::DEFAULT_RATE;
use crate::knx_project::GroupAddressTable;
use crate::watch::{Alert, Baseline};

/// Version of the session file format this build writes and the newest it reads.
///
/// - 1: minimal inventory (`{"devices":[{device_instance,address,vendor_id}],"gateways":[...]}`),
///   findings always empty.
/// - 2: the full discovery inventory (`{"bacnet":{...},"knx":{...}}`, design §6), typed
///   findings, router exposure report, write-test results, verdict, discovery summary.
/// - 3: the learning watch (`watch`) and capture analyses (`capture_analyses[].report`) typed
///   and checked when read (format 2 kept them as free JSON); the verdict's and the diagnosis'
///   sentences stored as message ids with arguments (`{"id","args"}`, rendered in the reader's
///   language), older plain sentences still read.
///
/// Older files are migrated when read (`migrate`); the next save writes this format.
pub const FORMAT_VERSION: u32 = 3;

/// Which entry flow created the session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum SessionKind {
    #[default]
    Installer,
    Homeowner,
}

impl SessionKind {
    pub fn label(self) -> &'static str {
        match self {
            SessionKind::Installer => "Installer audit",
            SessionKind::Homeowner => "Homeowner self-check",
        }
    }
}

/// What an audit may touch. Nothing is sent because of a scope alone: it only bounds later jobs.
/// It is the user's side of the scope (the Scope screen, saved with the audit);
/// `audit::plan` turns it into the job's [`crate::job::Scope`] and policy.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct UserScope {
    /// Interface name (e.g. `eth0`) the audit works on; `None` until the user picks one.
    pub interface: Option<String>,
    /// Optional unicast targets, each `a.b.c.d` or `a.b.c.d:port`.
    pub targets: Vec<String>,
    /// Global cap on packets per second for any active job.
    pub rate_cap_pps: u32,
    /// Who and where the audit is for (report cover and sign-off). Empty until given; absent
    /// in files written before it existed (`#[serde(default)]` on the struct), and not written
    /// while empty, so such a file saves as it was.
    #[serde(skip_serializing_if = "Site::is_empty")]
    pub site: Site,
}

/// The site an audit is for and who audited it: the report's cover and sign-off block. Every
/// field may stay empty (the report then names the audit instead). Redaction (`--redact`)
/// replaces all of them.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Site {
    /// Site or building name, e.g. "Town hall annex".
    pub name: String,
    /// Postal address, one line or several.
    pub address: String,
    /// Building owner or client (a person or an organisation).
    pub owner: String,
    /// The person who did the audit.
    pub auditor: String,
    /// The auditor's company.
    pub company: String,
}

impl Site {
    /// Nothing given at all.
    pub fn is_empty(&self) -> bool {
        [
            &self.name,
            &self.address,
            &self.owner,
            &self.auditor,
            &self.company,
        ]
        .iter()
        .all(|s| s.is_empty())
    }
}

impl Default for UserScope {
    fn default() -> Self {
        UserScope {
            interface: None,
            targets: Vec::new(),
            rate_cap_pps: DEFAULT_RATE,
            site: Site::default(),
        }
    }
}

/// One capture analysis run inside this session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaptureAnalysisRecord {
    /// Path of the capture as the user gave it.
    pub file: String,
    pub analysed_at: DateTime<Utc>,
    /// The analyzer's report (the `analyze --json` document).
    pub report: AnalysisReport,
}

/// What the learning watch left in the session.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct WatchRecord {
    /// The model learned or loaded, if any.
    #[serde(default)]
    pub model: Option<Baseline>,
    /// Where the model came from, in words ("learned from site.pcap").
    #[serde(default)]
    pub model_origin: Option<String>,
    /// Alerts of the latest detection (most recent run only).
    #[serde(default)]
    pub alerts: Vec<Alert>,
}

/// Everything one audit produced.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditSession {
    pub format_version: u32,
    /// Version of BAS Audit that last wrote the file.
    pub tool_version: String,
    /// File-name-safe identifier, unique within a store.
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub kind: SessionKind,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    #[serde(default)]
    pub scope: UserScope,
    /// Everything discovery found (the `discover` JSON shape of design §6).
    #[serde(default)]
    pub inventory: Inventory,
    /// How the latest discovery went (packets, diagnosis); with `inventory` it gives back the
    /// Devices screen of a reopened audit.
    #[serde(default)]
    pub discovery: Option<DiscoverySummary>,
    /// Findings of the latest check run, most severe first.
    #[serde(default)]
    pub findings: Vec<Finding>,
    /// What the router said about port forwardings and the public address (latest check run).
    #[serde(default)]
    pub exposure: Option<ExposureReport>,
    /// Results of the opt-in write test (latest check run).
    #[serde(default)]
    pub write_tests: Vec<WriteTestResult>,
    /// The traffic light of the latest check run.
    #[serde(default)]
    pub verdict: Option<Verdict>,
    /// When the latest check run finished.
    #[serde(default)]
    pub checked: Option<DateTime<Utc>>,
    /// The learning watch: the model and the latest alerts (kept when the GUI learns or
    /// detects).
    #[serde(default)]
    pub watch: Option<WatchRecord>,
    /// The ETS group-address table imported for this building (names, datapoint types and
    /// roles of its KNX groups): what the learning watch learns and checks KNX values with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub knx_project: Option<GroupAddressTable>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub capture_analyses: Vec<CaptureAnalysisRecord>,
    /// Made on the built-in demo building (`--demo`), not a real site. Written only when true,
    /// so a real site's file is as before.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub demo: bool,
}

impl AuditSession {
    /// A new, empty session created now.
    pub fn new(name: impl Into<String>, kind: SessionKind) -> Self {
        let now = Utc::now();
        let name = name.into();
        AuditSession {
            format_version: FORMAT_VERSION,
            tool_version: env!("CARGO_PKG_VERSION").to_owned(),
            id: new_session_id(&name, now),
            name,
            kind,
            created: now,
            updated: now,
            scope: UserScope::default(),
            inventory: Inventory::default(),
            discovery: None,
            findings: Vec::new(),
            exposure: None,
            write_tests: Vec::new(),
            verdict: None,
            checked: None,
            watch: None,
            knx_project: None,
            notes: String::new(),
            capture_analyses: Vec::new(),
            demo: false,
        }
    }

    /// Marks the session as changed now.
    pub fn touch(&mut self) {
        self.updated = Utc::now();
    }

    /// Keeps what a discovery found (replaces the previous inventory).
    pub fn record_discovery(&mut self, result: &DiscoveryResult) {
        self.inventory = result.inventory.clone();
        self.discovery = Some(DiscoverySummary::of(result));
        self.touch();
    }

    /// Keeps everything a check run produced (replaces the previous run's results).
    pub fn record_check(&mut self, report: &CheckReport) {
        self.inventory = report.inventory.clone();
        self.discovery = Some(report.discovery.clone());
        self.findings = report.findings.clone();
        self.exposure = report.exposure.clone();
        self.write_tests = report.write_tests.clone();
        self.verdict = Some(report.verdict.clone());
        self.checked = Some(Utc::now());
        self.touch();
    }

    /// The latest discovery result as the Devices screen shows it, rebuilt from what was saved.
    pub fn discovery_result(&self) -> Option<DiscoveryResult> {
        self.discovery
            .as_ref()
            .map(|d| d.with_inventory(self.inventory.clone()))
    }
}

/// Longest name part of a session id (ids are at most 64 bytes, see `SessionStore::path_for`).
const MAX_ID_SLUG: usize = 40;

/// A unique id that names the file after the audit: the slug of `name`, the creation date
/// (UTC), and 32 random bits (std's per-process random hash keys), so two audits of the same
/// name made the same day do not collide: `plant-room-b-20250601-3fa2c4d1`. Only ASCII letters,
/// digits and `-`, as the store requires.
pub fn new_session_id(name: &str, now: DateTime<Utc>) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    hasher.write_i64(now.timestamp_nanos_opt().unwrap_or_default());
    let random = hasher.finish() as u32;
    let slug = slug(name);
    let slug = if slug.is_empty() { "audit" } else { &slug };
    format!("{slug}-{}-{random:08x}", now.format("%Y%m%d"))
}

/// `name` in lower-case ASCII letters and digits, other runs of characters as one `-`
/// (common accented letters lose their accent), at most [`MAX_ID_SLUG`] bytes.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        let ascii = match c {
            'a'..='z' | '0'..='9' => Some(c.to_string()),
            'ä' | 'æ' => Some("ae".into()),
            'ö' | 'ø' | 'œ' => Some("oe".into()),
            'ü' => Some("ue".into()),
            'ß' => Some("ss".into()),
            'à' | 'á' | 'â' | 'ã' | 'å' => Some("a".into()),
            'ç' => Some("c".into()),
            'è' | 'é' | 'ê' | 'ë' => Some("e".into()),
            'ì' | 'í' | 'î' | 'ï' => Some("i".into()),
            'ñ' => Some("n".into()),
            'ò' | 'ó' | 'ô' | 'õ' => Some("o".into()),
            'ù' | 'ú' | 'û' => Some("u".into()),
            _ => None,
        };
        match ascii {
            Some(part) if out.len() + part.len() <= MAX_ID_SLUG => out.push_str(&part),
            Some(_) => break,
            None if !out.is_empty() && !out.ends_with('-') => out.push('-'),
            None => {}
        }
    }
    out.trim_end_matches('-').to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_name_the_audit_and_stay_file_name_safe() {
        let now = "2025-06-01T14:03:00Z".parse::<DateTime<Utc>>().unwrap();
        for (name, start) in [
            ("Plant room B", "plant-room-b-20250601-"),
            (
                "  Müller Straße 5 / Keller ",
                "mueller-strasse-5-keller-20250601-",
            ),
            (
                "Installer audit 2025-06-01 14:03",
                "installer-audit-2025-06-01-14-03-20250601-",
            ),
            ("../../etc", "etc-20250601-"),
            ("", "audit-20250601-"),
            ("日本", "audit-20250601-"),
        ] {
            let id = new_session_id(name, now);
            assert!(id.starts_with(start), "{name:?} gave {id}");
            assert_eq!(id.len(), start.len() + 8, "{id}");
            assert!(
                id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'),
                "{id}"
            );
        }
        let long = new_session_id(&"x".repeat(500), now);
        assert!(long.len() <= 64, "{long}");
        assert_ne!(new_session_id("a", now), new_session_id("a", now));
    }
}
