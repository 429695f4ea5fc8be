//! The report's words in a language: catalogue messages (`assets/text/<lang>/report.ftl`) for
//! everything that takes a value or a choice, and the remediation sections of a finding.
//!
//! Labels without a value are looked up where they are used (`tr(lang, "report-...", &[])` in
//! `view.rs`); the functions here are the words that need a decision (a severity, a light, a
//! status, a plural) or a table (glossary, fact labels). Everything takes the REPORT's
//! language, which may differ from the UI's ([`crate::text::default_lang`]).

use crate::checks::Light;
use crate::findings::{Finding, Remediation, Severity, remediation};
use crate::session::SessionKind;
use crate::text::{Lang, tr};

use super::model::{Audience, FindingStatus};

/// The product's name (a name, not translated): the PDF author when no auditor is given.
pub const TOOL_NAME: &str = "BAS Audit";

/// The remediation sections of `f` in `lang`: the language's own file
/// (`findings::remediation::for_check_in`) when there is one, else the texts the check stored
/// with the finding (English, as written at the time of the audit). The one place the report
/// takes remediation texts from, so a language is added by adding its files.
pub fn remediation_of(f: &Finding, lang: Lang) -> Remediation {
    if lang == Lang::En {
        return f.remediation.clone();
    }
    remediation::for_check_in(lang, &f.check_id).unwrap_or_else(|| f.remediation.clone())
}

/// A check's general title in `lang` (the `# ` heading of its remediation file), used for a
/// group of findings whose own titles differ.
pub fn check_title(check_id: &str, lang: Lang) -> Option<String> {
    remediation::text_in(lang, check_id)
        .map(|t| t.title)
        .filter(|t| !t.is_empty())
}

pub fn tool_version(lang: Lang, version: &str) -> String {
    tr(lang, "report-tool-version", &[("version", version.into())])
}

pub fn kind_word(lang: Lang, k: SessionKind) -> String {
    match k {
        SessionKind::Installer => tr(lang, "report-kind-installer", &[]),
        SessionKind::Homeowner => tr(lang, "report-kind-homeowner", &[]),
    }
}

pub fn audience_word(lang: Lang, a: Audience) -> String {
    match a {
        Audience::Owner => tr(lang, "report-audience-owner", &[]),
        Audience::Full => tr(lang, "report-audience-full", &[]),
    }
}

pub fn kind_and_audience(lang: Lang, k: SessionKind, a: Audience) -> String {
    tr(
        lang,
        "report-kind-and-audience",
        &[
            ("kind", kind_word(lang, k).into()),
            ("audience", audience_word(lang, a).into()),
        ],
    )
}

/// "How to read this report", paragraph by paragraph.
pub fn how_to_read(lang: Lang) -> Vec<String> {
    vec![
        tr(lang, "report-how-to-read-1", &[]),
        tr(lang, "report-how-to-read-2", &[]),
        tr(lang, "report-how-to-read-3", &[]),
        tr(lang, "report-how-to-read-4", &[]),
    ]
}

pub fn severity_word(lang: Lang, s: Severity) -> String {
    match s {
        Severity::Critical => tr(lang, "report-severity-critical", &[]),
        Severity::High => tr(lang, "report-severity-high", &[]),
        Severity::Medium => tr(lang, "report-severity-medium", &[]),
        Severity::Low => tr(lang, "report-severity-low", &[]),
        Severity::Info => tr(lang, "report-severity-info", &[]),
    }
}

pub fn severity_meaning(lang: Lang, s: Severity) -> String {
    match s {
        Severity::Critical => tr(lang, "report-severity-critical-meaning", &[]),
        Severity::High => tr(lang, "report-severity-high-meaning", &[]),
        Severity::Medium => tr(lang, "report-severity-medium-meaning", &[]),
        Severity::Low => tr(lang, "report-severity-low-meaning", &[]),
        Severity::Info => tr(lang, "report-severity-info-meaning", &[]),
    }
}

pub fn light_word(lang: Lang, l: Light) -> String {
    match l {
        Light::Red => tr(lang, "report-light-red", &[]),
        Light::Amber => tr(lang, "report-light-amber", &[]),
        Light::Green => tr(lang, "report-light-green", &[]),
    }
}

pub fn light_meaning(lang: Lang, l: Light) -> String {
    match l {
        Light::Red => tr(lang, "report-light-red-meaning", &[]),
        Light::Amber => tr(lang, "report-light-amber-meaning", &[]),
        Light::Green => tr(lang, "report-light-green-meaning", &[]),
    }
}

pub fn summary_counts(lang: Lang, total: usize, groups: usize) -> String {
    if total > 1 && groups != total {
        tr(
            lang,
            "report-summary-counts-causes",
            &[("total", total.into()), ("groups", groups.into())],
        )
    } else {
        tr(lang, "report-summary-counts", &[("total", total.into())])
    }
}

pub fn when_for(lang: Lang, s: Severity) -> String {
    match s {
        Severity::Critical => tr(lang, "report-when-today", &[]),
        Severity::High | Severity::Medium => tr(lang, "report-when-month", &[]),
        Severity::Low | Severity::Info => tr(lang, "report-when-next-visit", &[]),
    }
}

/// The chart's accessible label: the caption and every count.
pub fn chart_label(lang: Lang, counts: &[(Severity, usize)]) -> String {
    let parts: Vec<String> = counts
        .iter()
        .map(|(s, n)| {
            tr(
                lang,
                "report-chart-count",
                &[
                    ("severity", severity_word(lang, *s).into()),
                    ("count", (*n).into()),
                ],
            )
        })
        .collect();
    tr(
        lang,
        "report-chart-label",
        &[("counts", parts.join(", ").into())],
    )
}

pub fn changes_intro(lang: Lang, previous_name: &str, previous_date: &str) -> String {
    tr(
        lang,
        "report-changes-intro",
        &[
            ("name", previous_name.into()),
            ("date", previous_date.into()),
        ],
    )
}

pub fn external_ip_changed(lang: Lang, from: &str, to: &str) -> String {
    tr(
        lang,
        "report-changes-external-ip",
        &[("from", from.into()), ("to", to.into())],
    )
}

pub fn light_changed(lang: Lang, from: Light, to: Light) -> String {
    tr(
        lang,
        "report-changes-light",
        &[
            ("from", light_word(lang, from).into()),
            ("to", light_word(lang, to).into()),
        ],
    )
}

pub fn forward_added(lang: Lang, what: &str) -> String {
    tr(
        lang,
        "report-changes-forward-added",
        &[("forward", what.into())],
    )
}

pub fn forward_removed(lang: Lang, what: &str) -> String {
    tr(
        lang,
        "report-changes-forward-removed",
        &[("forward", what.into())],
    )
}

pub fn router_checked_changed(lang: Lang, now: bool) -> String {
    if now {
        tr(lang, "report-changes-router-now-checked", &[])
    } else {
        tr(lang, "report-changes-router-not-checked", &[])
    }
}

pub fn status_word(lang: Lang, s: FindingStatus, previous: Option<Severity>) -> String {
    match (s, previous) {
        (FindingStatus::New, _) => tr(lang, "report-status-new", &[]),
        (FindingStatus::StillOpen, _) => tr(lang, "report-status-still-open", &[]),
        (FindingStatus::SeverityChanged, Some(p)) => tr(
            lang,
            "report-status-severity-changed",
            &[("previous", severity_word(lang, p).to_lowercase().into())],
        ),
        (FindingStatus::SeverityChanged, None) => tr(lang, "report-status-open", &[]),
        (FindingStatus::FirstAudit, _) => tr(lang, "report-status-first-audit", &[]),
    }
}

pub fn finding_number(lang: Lang, n: usize) -> String {
    tr(lang, "report-finding-number", &[("number", n.into())])
}

pub fn affected_count(lang: Lang, n: usize) -> String {
    tr(
        lang,
        "report-finding-affected-count",
        &[("count", n.into())],
    )
}

pub fn raw_in_appendix(lang: Lang, refs: &str) -> String {
    tr(
        lang,
        "report-finding-raw-in-appendix",
        &[("refs", refs.into())],
    )
}

pub fn more_facts(lang: Lang, n: usize) -> String {
    tr(lang, "report-finding-more-facts", &[("count", n.into())])
}

pub fn more_facts_in_json(lang: Lang, n: usize) -> String {
    tr(
        lang,
        "report-finding-more-facts-json",
        &[("count", n.into())],
    )
}

pub fn roadmap_not_checked(lang: Lang, what: &str) -> String {
    tr(lang, "report-roadmap-not-checked", &[("what", what.into())])
}

pub fn fdt_entry(lang: Lang, address: &str, ttl: u16) -> String {
    tr(
        lang,
        "report-fdt-entry",
        &[
            ("address", address.into()),
            ("seconds", ttl.to_string().into()),
        ],
    )
}

pub fn secure_words(
    lang: Lang,
    supported: bool,
    tunnelling: Option<bool>,
    routing: Option<bool>,
) -> String {
    if !supported {
        return tr(lang, "report-secure-not-supported", &[]);
    }
    let req = |v: Option<bool>| match v {
        Some(true) => tr(lang, "report-secure-required", &[]),
        Some(false) => tr(lang, "report-secure-not-required", &[]),
        None => tr(lang, "report-unknown", &[]),
    };
    tr(
        lang,
        "report-secure-supported",
        &[
            ("tunnelling", req(tunnelling).into()),
            ("routing", req(routing).into()),
        ],
    )
}

pub fn tunnel_words(lang: Lang, total: usize, free: usize) -> String {
    if total == 0 {
        tr(lang, "report-tunnels-none", &[])
    } else {
        tr(
            lang,
            "report-tunnels",
            &[("total", total.into()), ("free", free.into())],
        )
    }
}

pub fn internetdb_words(lang: Lang, listed: bool, ports: &str) -> String {
    if listed {
        tr(lang, "report-internetdb-listed", &[("ports", ports.into())])
    } else {
        tr(lang, "report-internetdb-not-listed", &[])
    }
}

pub fn upnp_answered(lang: Lang, mappings: usize, complete: bool) -> String {
    let complete = if complete {
        tr(lang, "report-full-list", &[])
    } else {
        tr(lang, "report-partial-list", &[])
    };
    tr(
        lang,
        "report-upnp-answered",
        &[("count", mappings.into()), ("complete", complete.into())],
    )
}

pub fn watch_learned(lang: Lang, l: &super::model::Learned) -> String {
    tr(
        lang,
        "report-watch-learned-counts",
        &[
            ("points", l.points.into()),
            ("rates", l.rates.into()),
            ("hosts", l.hosts.into()),
            ("devices", l.devices.into()),
            ("management", l.management.into()),
        ],
    )
}

pub fn watch_period(lang: Lang, first: &str, last: &str, hours: f64) -> String {
    tr(
        lang,
        "report-watch-period-words",
        &[
            ("first", first.into()),
            ("last", last.into()),
            ("hours", format!("{hours:.1}").into()),
        ],
    )
}

pub fn rate_cap(lang: Lang, pps: u32) -> String {
    tr(lang, "report-rate-cap", &[("pps", pps.into())])
}

pub fn seconds(lang: Lang, s: f64) -> String {
    tr(
        lang,
        "report-seconds",
        &[("seconds", format!("{s:.1}").into())],
    )
}

pub fn write_outcome(lang: Lang, outcome: &str) -> String {
    match outcome {
        "accepted" => tr(lang, "report-write-accepted", &[]),
        "refused" => tr(lang, "report-write-refused", &[]),
        "differs" => tr(lang, "report-write-differs", &[]),
        "no-answer" => tr(lang, "report-write-no-answer", &[]),
        "not-tried" => tr(lang, "report-write-not-tried", &[]),
        _ => tr(lang, "report-write-other", &[]),
    }
}

/// What no audit of this tool checks, whatever was found.
pub fn limits_always(lang: Lang) -> Vec<String> {
    vec![
        tr(lang, "report-limit-protocols", &[]),
        tr(lang, "report-limit-silent", &[]),
        tr(lang, "report-limit-claims", &[]),
        tr(lang, "report-limit-inside", &[]),
    ]
}

/// The glossary: (term, explanation), in the order printed.
pub fn glossary(lang: Lang) -> Vec<(String, String)> {
    vec![
        (
            tr(lang, "report-term-bacnet", &[]),
            tr(lang, "report-term-bacnet-explained", &[]),
        ),
        (
            tr(lang, "report-term-instance", &[]),
            tr(lang, "report-term-instance-explained", &[]),
        ),
        (
            tr(lang, "report-term-bacnet-sc", &[]),
            tr(lang, "report-term-bacnet-sc-explained", &[]),
        ),
        (
            tr(lang, "report-term-bbmd", &[]),
            tr(lang, "report-term-bbmd-explained", &[]),
        ),
        (
            tr(lang, "report-term-commandable", &[]),
            tr(lang, "report-term-commandable-explained", &[]),
        ),
        (
            tr(lang, "report-term-firmware", &[]),
            tr(lang, "report-term-firmware-explained", &[]),
        ),
        (
            tr(lang, "report-term-fingerprint", &[]),
            tr(lang, "report-term-fingerprint-explained", &[]),
        ),
        (
            tr(lang, "report-term-hairpin", &[]),
            tr(lang, "report-term-hairpin-explained", &[]),
        ),
        (
            tr(lang, "report-term-knx", &[]),
            tr(lang, "report-term-knx-explained", &[]),
        ),
        (
            tr(lang, "report-term-knx-secure", &[]),
            tr(lang, "report-term-knx-secure-explained", &[]),
        ),
        (
            tr(lang, "report-term-knx-gateway", &[]),
            tr(lang, "report-term-knx-gateway-explained", &[]),
        ),
        (
            tr(lang, "report-term-mac", &[]),
            tr(lang, "report-term-mac-explained", &[]),
        ),
        (
            tr(lang, "report-term-nat-pmp", &[]),
            tr(lang, "report-term-nat-pmp-explained", &[]),
        ),
        (
            tr(lang, "report-term-port-forward", &[]),
            tr(lang, "report-term-port-forward-explained", &[]),
        ),
        (
            tr(lang, "report-term-public-address", &[]),
            tr(lang, "report-term-public-address-explained", &[]),
        ),
        (
            tr(lang, "report-term-tunnelling", &[]),
            tr(lang, "report-term-tunnelling-explained", &[]),
        ),
        (
            tr(lang, "report-term-upnp", &[]),
            tr(lang, "report-term-upnp-explained", &[]),
        ),
        (
            tr(lang, "report-term-vpn", &[]),
            tr(lang, "report-term-vpn-explained", &[]),
        ),
    ]
}

pub fn long_ref(lang: Lang, n: usize) -> String {
    tr(lang, "report-ref-long", &[("number", n.into())])
}

pub fn evidence_ref(lang: Lang, n: usize) -> String {
    tr(lang, "report-ref-evidence", &[("number", n.into())])
}

pub fn truncated_groups(lang: Lang, more: usize) -> String {
    tr(lang, "report-truncated-groups", &[("count", more.into())])
}

pub fn truncated_rows(lang: Lang, more: usize) -> String {
    tr(lang, "report-truncated-rows", &[("count", more.into())])
}

pub fn truncated_tail(lang: Lang, more: usize) -> String {
    tr(lang, "report-truncated-tail", &[("count", more.into())])
}

pub fn truncated_alerts(lang: Lang, more: usize) -> String {
    tr(lang, "report-truncated-alerts", &[("count", more.into())])
}

pub fn truncated_findings(lang: Lang, more: usize) -> String {
    tr(lang, "report-truncated-findings", &[("count", more.into())])
}

pub fn yes_no(lang: Lang, b: bool) -> String {
    if b {
        tr(lang, "report-yes", &[])
    } else {
        tr(lang, "report-no", &[])
    }
}

/// A label for an evidence key (`external_port` → "Public port"): known keys from the
/// catalogue, the others with underscores as spaces and the usual abbreviations in capitals.
pub fn fact_label(lang: Lang, key: &str) -> String {
    let known = match key {
        "ip" => Some(tr(lang, "report-fact-ip", &[])),
        "mac" => Some(tr(lang, "report-fact-mac", &[])),
        "external_ip" => Some(tr(lang, "report-fact-external-ip", &[])),
        "internal_client" => Some(tr(lang, "report-fact-internal-client", &[])),
        "internal_port" => Some(tr(lang, "report-fact-internal-port", &[])),
        "external_port" => Some(tr(lang, "report-fact-external-port", &[])),
        "remote_host" => Some(tr(lang, "report-fact-remote-host", &[])),
        "lease_duration_s" => Some(tr(lang, "report-fact-lease-duration", &[])),
        "device_instance" => Some(tr(lang, "report-fact-device-instance", &[])),
        "individual_address" => Some(tr(lang, "report-fact-individual-address", &[])),
        "core_version" => Some(tr(lang, "report-fact-core-version", &[])),
        "secure_supported" => Some(tr(lang, "report-fact-secure-supported", &[])),
        "tunnelling_requires_secure" => {
            Some(tr(lang, "report-fact-tunnelling-requires-secure", &[]))
        }
        "routing_requires_secure" => Some(tr(lang, "report-fact-routing-requires-secure", &[])),
        "device_management_requires_secure" => Some(tr(
            lang,
            "report-fact-device-management-requires-secure",
            &[],
        )),
        "service_families" => Some(tr(lang, "report-fact-service-families", &[])),
        "secure_families" => Some(tr(lang, "report-fact-secure-families", &[])),
        "value" => Some(tr(lang, "report-fact-value", &[])),
        _ => None,
    };
    if let Some(label) = known {
        return label;
    }
    let words: Vec<String> = key
        .split(['_', '-'])
        .filter(|w| !w.is_empty())
        .map(|w| match w {
            "ip" | "mac" | "knx" | "udp" | "tcp" | "upnp" | "igd" | "bbmd" | "bdt" | "fdt"
            | "ttl" | "id" | "url" | "hex" | "apdu" | "nat" | "pcp" | "dib" | "ia" | "sc" => {
                w.to_ascii_uppercase()
            }
            "bacnet" => "BACnet".to_owned(),
            "knxnet" => "KNXnet".to_owned(),
            _ => w.to_owned(),
        })
        .collect();
    let s = words.join(" ");
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => s,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn fact_labels_read_as_words() {
        assert_eq!(fact_label(Lang::En, "external_port"), "Public port");
        assert_eq!(fact_label(Lang::En, "router"), "Router");
        assert_eq!(fact_label(Lang::En, "bbmd_address"), "BBMD address");
        assert_eq!(fact_label(Lang::En, "ttl"), "TTL");
        assert_eq!(fact_label(Lang::En, ""), "");
        assert_eq!(fact_label(Lang::En, "élan"), "Élan");
    }

    #[test]
    fn counts_read_in_plural_and_singular() {
        let l = Lang::En;
        assert_eq!(summary_counts(l, 0, 0), "The audit raised no findings.");
        assert_eq!(summary_counts(l, 1, 1), "The audit raised one finding.");
        assert_eq!(summary_counts(l, 3, 3), "The audit raised 3 findings.");
        assert_eq!(
            summary_counts(l, 5, 2),
            "The audit raised 5 findings, from 2 different causes."
        );
        assert_eq!(
            chart_label(l, &[(Severity::Critical, 0), (Severity::High, 2)]),
            "Number of findings per severity: Critical 0, High 2"
        );
        assert_eq!(more_facts(l, 1), "One more fact in the appendix.");
        assert_eq!(more_facts(l, 4), "4 more facts in the appendix.");
        assert_eq!(
            truncated_rows(l, 2),
            "… 2 more rows are in the JSON and CSV exports."
        );
    }

    #[test]
    fn words_with_values_keep_them() {
        let l = Lang::En;
        assert_eq!(tool_version(l, "1.2.3"), "BAS Audit 1.2.3");
        assert_eq!(finding_number(l, 12), "F12");
        assert_eq!(
            status_word(l, FindingStatus::SeverityChanged, Some(Severity::High)),
            "Open since the last visit; severity was high"
        );
        assert_eq!(
            secure_words(l, true, Some(true), None),
            "supported; tunnelling required, routing unknown"
        );
        assert_eq!(seconds(l, 2.44), "2.4 s");
        assert_eq!(upnp_answered(l, 2, true), "answered, 2 (complete)");
        assert_eq!(glossary(l).len(), 18);
    }

    #[test]
    fn english_remediation_is_what_the_check_stored() {
        let f = Finding {
            check_id: "knx.gateway.core_v1".into(),
            severity: Severity::Low,
            target: "t".into(),
            title: "x".into(),
            evidence: Default::default(),
            remediation: Remediation {
                installer: "stored words".into(),
                ..Remediation::default()
            },
        };
        assert_eq!(remediation_of(&f, Lang::En).installer, "stored words");
        assert!(check_title("knx.gateway.core_v1", Lang::En).is_some());
        assert!(check_title("no.such.check", Lang::En).is_none());
    }
}
