//! The report's data: everything every format shows, built once from an audit session by
//! [`ReportModel::from_session`], the only code that knows the session's shape.
//!
//! The model is plain serde data. Its JSON is the `--format json` export, described by
//! `docs/report-schema.json` (version [`SCHEMA_VERSION`]); the human formats (HTML, PDF) draw it
//! through [`super::view`], the machine formats (CSV, EDE) read it directly.

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::audit::DiscoverySummary;
use crate::checks::{self, Verdict};
use crate::findings::{Finding, Severity};
use crate::inventory::{ExposureReport, Inventory, WriteTestResult};
use crate::session::{AuditSession, SessionKind, Site, WatchRecord};
use crate::text::{Lang, Text};
use crate::watch::Alert;
use crate::watch::baseline::{LearnConfig, Period};

use super::compare::{self, Changes};
use super::texts;

/// Name written at the top of every JSON export.
pub const FORMAT_NAME: &str = "bas-audit-report";
/// Version of the JSON export's schema (`docs/report-schema.json`). Bump on any change that
/// removes or renames a key or changes its meaning; added keys keep the version.
pub const SCHEMA_VERSION: u32 = 1;

/// Who the report is for.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    /// Cover, the owner summary, the changes since the last visit and the sign-off.
    Owner,
    /// Everything.
    #[default]
    Full,
}

/// How to build a report.
#[derive(Debug, Clone)]
pub struct ReportOptions {
    pub audience: Audience,
    /// When the report is made (the JSON's `generated`; never used as the audit date).
    pub generated: DateTime<Utc>,
    /// The report's language (chosen per report; the UI may speak another).
    pub lang: Lang,
}

impl Default for ReportOptions {
    fn default() -> Self {
        Self {
            audience: Audience::Full,
            generated: Utc::now(),
            lang: Lang::En,
        }
    }
}

/// A finding against the last visit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FindingStatus {
    /// No earlier audit was given.
    FirstAudit,
    /// Not in the earlier audit.
    New,
    /// In the earlier audit with the same severity.
    StillOpen,
    /// In the earlier audit with another severity (`previous_severity`).
    SeverityChanged,
}

/// One finding of the audit with what the report adds to it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportFinding {
    /// Stable across audits: see [`fingerprint`].
    pub fingerprint: String,
    /// The finding as the check wrote it (the `check` contract: check_id, severity, target,
    /// title, evidence, remediation).
    #[serde(flatten)]
    pub finding: Finding,
    pub status: FindingStatus,
    /// The severity at the last visit, when it changed.
    #[serde(default)]
    pub previous_severity: Option<Severity>,
}

/// Findings that share one root cause: the same check at the same severity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingGroup {
    pub check_id: String,
    pub severity: Severity,
    /// The findings' own title when they all share it, else the check's general title.
    pub title: String,
    /// Indices into [`ReportModel::findings`], in order.
    pub findings: Vec<usize>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeverityCount {
    pub severity: Severity,
    pub count: usize,
}

/// The audit the report is about.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AuditInfo {
    pub id: String,
    pub name: String,
    pub kind: SessionKind,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    /// When the latest check run finished; `None` when no check ran.
    pub checked: Option<DateTime<Utc>>,
    /// The BAS Audit version that wrote the session.
    pub tool_version: String,
    pub site: Site,
}

/// What the learning watch saw, as far as the report tells it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WatchReport {
    /// Where the model came from, in words ("learned from site.pcap").
    pub origin: Option<String>,
    pub period: Option<Period>,
    pub config: Option<LearnConfig>,
    pub learned: Learned,
    pub alerts: Vec<Alert>,
}

/// How much the model learned (counts of its parts).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Learned {
    pub points: usize,
    pub rates: usize,
    pub hosts: usize,
    pub devices: usize,
    pub routers: usize,
    pub management: usize,
    /// The model is present at all (alerts may exist without it, from an older session).
    pub model: bool,
}

/// Everything a report shows, in every format.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReportModel {
    /// Always [`FORMAT_NAME`].
    pub format: String,
    pub schema_version: u32,
    /// When this report was made, RFC 3339 UTC.
    pub generated: String,
    /// Language of the report's texts (`en`); every text in the model is already worded in it.
    pub lang: Lang,
    pub audience: Audience,
    /// Placeholders replace sensitive values (`--redact`).
    pub redacted: bool,
    /// The BAS Audit version that made the report.
    pub report_tool_version: String,
    pub audit: AuditInfo,
    /// The traffic light, its texts worded in `lang` (plain texts).
    pub verdict: Verdict,
    /// Most severe first, zeros included.
    pub counts: Vec<SeverityCount>,
    /// Most severe first, then check id, then target.
    pub findings: Vec<ReportFinding>,
    pub groups: Vec<FindingGroup>,
    /// `None` when no earlier audit was given.
    pub changes: Option<Changes>,
    pub inventory: Inventory,
    pub exposure: Option<ExposureReport>,
    pub write_tests: Vec<WriteTestResult>,
    pub discovery: Option<DiscoverySummary>,
    pub watch: Option<WatchReport>,
    pub notes: String,
}

impl ReportModel {
    /// The report of `session`, compared with `previous` (an earlier audit of the same site)
    /// when given. Pure: reads the sessions, touches nothing else.
    pub fn from_session(
        session: &AuditSession,
        previous: Option<&AuditSession>,
        opts: &ReportOptions,
    ) -> ReportModel {
        let names = device_names(&session.inventory);
        let mut findings: Vec<ReportFinding> = session
            .findings
            .iter()
            .map(|f| ReportFinding {
                fingerprint: fingerprint(
                    &f.check_id,
                    &canonical_target(&f.target.render(Lang::En), &names),
                ),
                finding: worded_finding(f, opts.lang),
                status: FindingStatus::FirstAudit,
                previous_severity: None,
            })
            .collect();
        findings.sort_by(|a, b| {
            (
                a.finding.severity,
                &a.finding.check_id,
                a.finding.target.to_string(),
            )
                .cmp(&(
                    b.finding.severity,
                    &b.finding.check_id,
                    b.finding.target.to_string(),
                ))
        });
        let verdict = session.verdict.clone().unwrap_or_else(|| {
            checks::verdict::verdict_with(
                &session.findings,
                session.exposure.as_ref(),
                Some(&session.inventory),
            )
        });
        let changes = previous.map(|p| {
            let prev_names = device_names(&p.inventory);
            let prev: Vec<(String, &Finding)> = p
                .findings
                .iter()
                .map(|f| {
                    (
                        fingerprint(
                            &f.check_id,
                            &canonical_target(&f.target.render(Lang::En), &prev_names),
                        ),
                        f,
                    )
                })
                .collect();
            compare::compare(session, &mut findings, p, &prev, &verdict)
        });
        let counts = Severity::ALL
            .iter()
            .map(|s| SeverityCount {
                severity: *s,
                count: findings.iter().filter(|f| f.finding.severity == *s).count(),
            })
            .collect();
        let groups = group(&findings, opts.lang);
        ReportModel {
            format: FORMAT_NAME.to_owned(),
            schema_version: SCHEMA_VERSION,
            generated: opts
                .generated
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            lang: opts.lang,
            audience: opts.audience,
            redacted: false,
            report_tool_version: env!("CARGO_PKG_VERSION").to_owned(),
            audit: AuditInfo {
                id: session.id.clone(),
                name: session.name.clone(),
                kind: session.kind,
                created: session.created,
                updated: session.updated,
                checked: session.checked,
                tool_version: session.tool_version.clone(),
                site: session.scope.site.clone(),
            },
            verdict: worded_verdict(verdict, opts.lang),
            counts,
            findings,
            groups,
            changes,
            inventory: session.inventory.clone(),
            exposure: session.exposure.as_ref().map(|x| worded_data(x, opts.lang)),
            write_tests: session.write_tests.clone(),
            discovery: session
                .discovery
                .clone()
                .map(|d| worded_discovery(d, opts.lang)),
            watch: session.watch.as_ref().and_then(watch_report),
            notes: session.notes.clone(),
        }
    }

    /// The date the audit stands for: the check run, else the last change.
    pub fn audit_date(&self) -> DateTime<Utc> {
        self.audit.checked.unwrap_or(self.audit.updated)
    }

    /// The site's name, or the audit's name when no site was given.
    pub fn site_name(&self) -> &str {
        if self.audit.site.name.trim().is_empty() {
            &self.audit.name
        } else {
            &self.audit.site.name
        }
    }

    /// The count of findings with this severity.
    pub fn count(&self, s: Severity) -> usize {
        self.counts
            .iter()
            .find(|c| c.severity == s)
            .map_or(0, |c| c.count)
    }
}

/// Device-supplied names that appear in finding targets (`… (Name)`): they are not part of a
/// finding's identity, since a name can change between visits.
fn device_names(inv: &Inventory) -> Vec<&str> {
    let mut names: Vec<&str> = inv
        .bacnet
        .devices
        .iter()
        .filter_map(|d| d.object_name.as_deref())
        .chain(inv.knx.gateways.iter().map(|g| g.name.as_str()))
        .filter(|n| !n.is_empty())
        .collect();
    // Longest first, so a name that ends another name is not removed from it.
    names.sort_by_key(|n| std::cmp::Reverse(n.len()));
    names
}

/// The identity part of a target: the target as the check wrote it, without a trailing
/// device-supplied name in brackets, with whitespace collapsed and ASCII letters in lower case.
/// "KNX gateway 198.18.1.10:3671 (IP Router N146)" → "knx gateway 198.18.1.10:3671".
pub fn canonical_target(target: &str, names: &[&str]) -> String {
    let mut t = target.trim();
    for name in names {
        if let Some(rest) = t
            .strip_suffix(')')
            .and_then(|r| r.strip_suffix(*name))
            .and_then(|r| r.strip_suffix(" ("))
        {
            t = rest;
            break;
        }
    }
    t.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_ascii_lowercase()
}

/// A finding's fingerprint: 16 hex digits of FNV-1a (64 bit) over `check_id`, a line feed and
/// the canonical target. Stable across versions and machines; documented in docs/REPORT.md.
pub fn fingerprint(check_id: &str, canonical_target: &str) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut h = OFFSET;
    for b in check_id
        .bytes()
        .chain(std::iter::once(b'\n'))
        .chain(canonical_target.bytes())
    {
        h ^= u64::from(b);
        h = h.wrapping_mul(PRIME);
    }
    format!("{h:016x}")
}

/// Groups by (check, severity) in the findings' order.
pub fn group(findings: &[ReportFinding], lang: Lang) -> Vec<FindingGroup> {
    let mut order: Vec<(String, Severity)> = Vec::new();
    let mut members: BTreeMap<(String, Severity), Vec<usize>> = BTreeMap::new();
    for (i, f) in findings.iter().enumerate() {
        let key = (f.finding.check_id.clone(), f.finding.severity);
        let entry = members.entry(key.clone()).or_default();
        if entry.is_empty() {
            order.push(key);
        }
        entry.push(i);
    }
    order
        .into_iter()
        .filter_map(|key| {
            let idx = members.remove(&key)?;
            let first = findings.get(*idx.first()?)?;
            let same_title = idx
                .iter()
                .filter_map(|i| findings.get(*i))
                .all(|f| f.finding.title == first.finding.title);
            let title = if same_title {
                first.finding.title.to_string()
            } else {
                texts::check_title(&key.0, lang).unwrap_or_else(|| first.finding.title.to_string())
            };
            Some(FindingGroup {
                check_id: key.0,
                severity: key.1,
                title,
                findings: idx,
            })
        })
        .collect()
}

/// A kept text as plain words in `lang`: the model holds the report's words, so every format
/// (and the JSON export, whatever the process's language) shows the same.
fn worded(t: &mut Text, lang: Lang) {
    *t = Text::Plain(t.render(lang));
}

fn worded_verdict(mut v: Verdict, lang: Lang) -> Verdict {
    worded(&mut v.headline, lang);
    worded(&mut v.explanation, lang);
    for t in v
        .ask_installer
        .iter_mut()
        .chain(v.checked.iter_mut())
        .chain(v.not_checked.iter_mut())
    {
        worded(t, lang);
    }
    if let Some(a) = &mut v.exposure {
        worded(&mut a.headline, lang);
        worded(&mut a.explanation, lang);
        for t in a
            .proof
            .iter_mut()
            .chain(a.what_to_do.iter_mut())
            .chain(a.checked.iter_mut())
            .chain(a.not_checked.iter_mut())
        {
            worded(t, lang);
        }
        for f in &mut a.forwards {
            for t in [&mut f.device, &mut f.device_name, &mut f.answer]
                .into_iter()
                .flatten()
            {
                worded(t, lang);
            }
        }
    }
    v
}

fn worded_discovery(mut d: DiscoverySummary, lang: Lang) -> DiscoverySummary {
    worded(&mut d.diagnosis.summary, lang);
    for item in &mut d.diagnosis.items {
        worded(&mut item.title, lang);
        worded(&mut item.evidence, lang);
        for t in &mut item.next_steps {
            worded(t, lang);
        }
    }
    d
}

/// The learning-watch part of a session, counted for the report.
fn watch_report(w: &WatchRecord) -> Option<WatchReport> {
    let model = w.model.as_ref();
    if model.is_none() && w.alerts.is_empty() {
        return None;
    }
    Some(WatchReport {
        origin: w.model_origin.clone(),
        period: model.map(|m| m.period.clone()),
        config: model.map(|m| m.config.clone()),
        learned: model.map_or_else(Learned::default, |m| Learned {
            points: m.points.len(),
            rates: m.rates.len(),
            hosts: m.hosts.len(),
            devices: m.devices.len(),
            routers: m.routers.len(),
            management: m.management.len(),
            model: true,
        }),
        alerts: w.alerts.clone(),
    })
}

/// The finding with its texts worded in the report's language.
fn worded_finding(f: &Finding, lang: Lang) -> Finding {
    let mut f = f.clone();
    worded(&mut f.title, lang);
    worded(&mut f.target, lang);
    worded(&mut f.evidence.summary, lang);
    // What to do, from the report language's remediation file (English: as stored).
    f.remediation = super::texts::remediation_of(&f, lang);
    f
}

/// Facts that hold kept texts (router answers, errors), with every text in words in `lang`:
/// written out and read back, so the model's data equals what its JSON export reads back.
fn worded_data<T: Serialize + serde::de::DeserializeOwned + Clone>(v: &T, lang: Lang) -> T {
    crate::text::wording_in(lang, || serde_json::to_value(v))
        .and_then(serde_json::from_value)
        .unwrap_or_else(|_| v.clone())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use crate::findings::{Evidence, Remediation};

    pub(crate) fn finding(check_id: &str, severity: Severity, target: &str) -> Finding {
        Finding {
            check_id: check_id.into(),
            severity,
            target: target.into(),
            title: format!("title of {check_id}").into(),
            evidence: Evidence {
                summary: format!("seen at {target}").into(),
                ..Evidence::default()
            },
            remediation: Remediation {
                installer: "- do it".into(),
                ..Remediation::default()
            },
        }
    }

    #[test]
    fn canonical_target_drops_the_device_name_only() {
        let names = ["IP Router N146", "N146"];
        assert_eq!(
            canonical_target("KNX gateway 198.18.1.10:3671 (IP Router N146)", &names),
            "knx gateway 198.18.1.10:3671"
        );
        // A bracket that is not a device name stays: it is part of the identity.
        assert_eq!(
            canonical_target("router 198.18.0.1 (mapping to 198.18.1.9:80)", &names),
            "router 198.18.0.1 (mapping to 198.18.1.9:80)"
        );
        assert_eq!(
            canonical_target("  BACnet  device 7 at 1.2.3.4:47808 ", &[]),
            "bacnet device 7 at 1.2.3.4:47808"
        );
    }

    #[test]
    fn fingerprint_is_stable_and_distinguishes() {
        // FNV-1a 64 of "a\nb", computed independently (Python, the published offset basis and
        // prime): fixed forever, docs/REPORT.md documents the algorithm.
        assert_eq!(fingerprint("a", "b"), "e5beb1190415e670".to_owned());
        assert_ne!(fingerprint("a", "b"), fingerprint("a\nb", ""));
        assert_eq!(fingerprint("x", "y").len(), 16);
    }

    #[test]
    fn renaming_a_device_keeps_the_fingerprint() {
        let mut a = AuditSession::new("a", SessionKind::Installer);
        a.inventory.knx.gateways.push(crate::inventory::Gateway {
            address: "198.18.1.10:3671".into(),
            name: "Old name".into(),
            ..Default::default()
        });
        a.findings.push(finding(
            "knx.gateway.core_v1",
            Severity::Low,
            "KNX gateway 198.18.1.10:3671 (Old name)",
        ));
        let mut b = a.clone();
        b.inventory.knx.gateways[0].name = "New name".into();
        b.findings[0].target = "KNX gateway 198.18.1.10:3671 (New name)".into();
        let opts = ReportOptions::default();
        let ma = ReportModel::from_session(&a, None, &opts);
        let mb = ReportModel::from_session(&b, Some(&a), &opts);
        assert_eq!(ma.findings[0].fingerprint, mb.findings[0].fingerprint);
        assert_eq!(mb.findings[0].status, FindingStatus::StillOpen);
        assert_eq!(ma.findings[0].status, FindingStatus::FirstAudit);
    }

    #[test]
    fn groups_share_check_and_severity_in_order() {
        let mut s = AuditSession::new("g", SessionKind::Installer);
        s.findings = vec![
            finding("b.x", Severity::Medium, "t1"),
            finding("a.y", Severity::Critical, "t0"),
            finding("b.x", Severity::Medium, "t2"),
            finding("b.x", Severity::Low, "t3"),
        ];
        let m = ReportModel::from_session(&s, None, &ReportOptions::default());
        let keys: Vec<(&str, Severity, usize)> = m
            .groups
            .iter()
            .map(|g| (g.check_id.as_str(), g.severity, g.findings.len()))
            .collect();
        assert_eq!(
            keys,
            vec![
                ("a.y", Severity::Critical, 1),
                ("b.x", Severity::Medium, 2),
                ("b.x", Severity::Low, 1)
            ]
        );
        assert_eq!(m.count(Severity::Medium), 2);
        assert_eq!(m.counts.iter().map(|c| c.count).sum::<usize>(), 4);
        // Every finding is in exactly one group.
        let mut all: Vec<usize> = m.groups.iter().flat_map(|g| g.findings.clone()).collect();
        all.sort_unstable();
        assert_eq!(all, vec![0, 1, 2, 3]);
    }

    #[test]
    fn kept_texts_are_worded_in_the_report_language() {
        let mut s = AuditSession::new("v", SessionKind::Installer);
        s.findings = vec![finding("knx.gateway.core_v1", Severity::Low, "t")];
        let v = checks::verdict::verdict(&s.findings, None);
        assert!(v.headline.id().is_some(), "the session keeps ids");
        s.verdict = Some(v.clone());
        let m = ReportModel::from_session(&s, None, &ReportOptions::default());
        assert_eq!(m.lang, Lang::En);
        assert_eq!(m.verdict.headline, Text::Plain(v.headline.render(Lang::En)));
        assert!(m.verdict.not_checked.iter().all(|t| t.id().is_none()));
        // Even where texts are stored as ids, the export says words.
        let json = crate::text::storing(|| serde_json::to_value(&m).unwrap());
        assert_eq!(json["lang"], "en");
        assert!(
            json["verdict"]["headline"].is_string(),
            "{}",
            json["verdict"]
        );
    }

    #[test]
    fn watch_report_counts_the_model_and_keeps_the_alerts() {
        let mut model =
            crate::watch::baseline::Learner::new(LearnConfig::default()).finish("bas-audit test");
        model.period.messages = 12;
        model.points = vec![Default::default(); 3];
        let w = WatchRecord {
            model: Some(model),
            model_origin: Some("learned from x.pcap".into()),
            alerts: Vec::new(),
        };
        let r = watch_report(&w).unwrap();
        assert_eq!(r.learned.points, 3);
        assert!(r.learned.model);
        assert_eq!(r.period.as_ref().map(|p| p.messages), Some(12));
        assert_eq!(r.origin.as_deref(), Some("learned from x.pcap"));
        assert!(watch_report(&WatchRecord::default()).is_none());
    }
}
