//! Alerts a person can act on: which detector, when, from whom, to what, what was seen against
//! which learned normal, how serious, and what to do. Repeats of the same alert (same detector
//! and subject) within [`REPEAT_HOLD_S`] are folded into one with a count — but folding never
//! hides: a folded value alert keeps the lowest and highest value it folded, and a value
//! further outside its normal than the one shown (by more than [`ESCALATION`]) raises a new
//! alert that names the one it goes beyond.
//!
//! The sentences are [`Text`]s (message ids with arguments, `assets/text/en/watch.ftl`):
//! rendered where they are shown, stored as ids in a saved audit.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::capture::time::rfc3339;
use crate::findings::Severity;
use crate::text;
use crate::text::Text;

use super::observation::Protocol;

/// Repeats of one alert closer than this to its last occurrence are counted, not raised again.
pub const REPEAT_HOLD_S: i64 = 3600;
/// Distinct alerts kept; beyond, alerts are counted in `suppressed`.
pub const MAX_ALERTS: usize = 10_000;
/// A repeated value is folded into the alert shown when it lies at most this many times as far
/// outside its normal as the value shown; further out (and by at least [`ESCALATION_MIN`]), it
/// raises a new alert.
pub const ESCALATION: f64 = 1.5;
/// ... and at least this much further out, in widths of the normal range (so that readings
/// hovering just outside the range do not raise one alert after another).
pub const ESCALATION_MIN: f64 = 0.25;

/// Which detector raised an alert.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DetectorKind {
    ValueRange,
    /// A value outside what its datapoint type, physics or its role in a building allows
    /// (never folded into a value-range alert).
    ValueImplausible,
    MessageRate,
    Rule,
}

impl DetectorKind {
    pub fn name(self) -> &'static str {
        match self {
            DetectorKind::ValueRange => "value-range",
            DetectorKind::ValueImplausible => "value-implausible",
            DetectorKind::MessageRate => "message-rate",
            DetectorKind::Rule => "rule",
        }
    }

    /// The detector in words, in `lang` (the text output and the app); [`DetectorKind::name`]
    /// stays the code (JSON, scripts).
    pub fn words(self, lang: text::Lang) -> String {
        match self {
            DetectorKind::ValueRange => text::tr(lang, "watch-detector-value-range", &[]),
            DetectorKind::ValueImplausible => {
                text::tr(lang, "watch-detector-value-implausible", &[])
            }
            DetectorKind::MessageRate => text::tr(lang, "watch-detector-message-rate", &[]),
            DetectorKind::Rule => text::tr(lang, "watch-detector-rule", &[]),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Alert {
    pub detector: DetectorKind,
    /// Knowledge rule id (see `detectors::rules::RULES`) when `detector` is `rule`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    pub severity: Severity,
    /// First occurrence, RFC 3339 UTC.
    pub time: String,
    pub time_ns: i64,
    /// Last occurrence folded into this alert.
    pub last_time: String,
    pub last_time_ns: i64,
    pub count: u64,
    pub protocol: Protocol,
    pub service: String,
    /// Who sent it (host, with the port or KNX address when that is what identifies it).
    pub source: String,
    /// What it was aimed at (device, object, group address, network), when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target: Option<Text>,
    /// One sentence: what happened, against which normal.
    pub summary: Text,
    /// What was seen, in detail.
    pub observed: Text,
    /// The learned normal (or the knowledge) it was compared with.
    pub normal: Text,
    /// What to do.
    pub action: Text,
    /// Value alerts: the values folded into this one (`count - 1` of them), lowest and
    /// highest, in words with their units.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub folded: Option<Folded>,
}

/// The range of the values a value alert folded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Folded {
    pub lowest: Text,
    pub highest: Text,
}

impl Alert {
    /// What the alert folded, in words ("and 21 more values from 21.2 °C to 21.3 °C until
    /// 2026-..."); `None` when it folded nothing or is not a value alert.
    pub fn folded_text(&self) -> Option<Text> {
        let f = self.folded.as_ref()?;
        let more = self.count.checked_sub(1).filter(|n| *n > 0)?;
        Some(text!(
            "watch-folded-values",
            count = more,
            lowest = f.lowest.clone(),
            highest = f.highest.clone(),
            until = self.last_time.as_str()
        ))
    }
}

/// What a detector hands over; [`AlertLog`] adds times and counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub detector: DetectorKind,
    pub rule: Option<&'static str>,
    pub severity: Severity,
    /// Subject for folding repeats (e.g. the point, the source and service). Not shown.
    pub key: String,
    pub source: String,
    pub target: Option<Text>,
    pub summary: Text,
    pub observed: Text,
    pub normal: Text,
    pub action: Text,
    /// Value alerts: the value, for folding by how far outside its normal it lies.
    pub value: Option<DraftValue>,
}

/// The value of a value alert.
#[derive(Debug, Clone, PartialEq)]
pub struct DraftValue {
    pub number: f64,
    /// The value in words with its unit (`84.96 °C`, `on`), worded where it is shown.
    pub words: Text,
    /// How far outside its normal: distance beyond the accepted (or plausible) range divided
    /// by the range's width; 0 for a value outside a learned set.
    pub excess: f64,
}

/// Per open value alert: how far out the value shown lies, and the folded values' range.
#[derive(Debug, Clone)]
struct FoldState {
    excess: f64,
    words: Text,
    lowest: Option<(f64, Text)>,
    highest: Option<(f64, Text)>,
}

/// Alerts of one run, repeats folded.
#[derive(Debug, Default)]
pub struct AlertLog {
    alerts: Vec<Alert>,
    open: HashMap<(DetectorKind, Option<&'static str>, String), usize>,
    folds: HashMap<usize, FoldState>,
    pub suppressed: u64,
}

impl AlertLog {
    /// Record a draft raised by message `time_ns`/`protocol`/`service`. Returns the new alert
    /// when it is one (not a repeat).
    pub fn raise(
        &mut self,
        d: Draft,
        time_ns: i64,
        protocol: Protocol,
        service: &str,
    ) -> Option<&Alert> {
        let k = (d.detector, d.rule, d.key.clone());
        let mut escalates = None;
        if let Some(&i) = self.open.get(&k)
            && let Some(a) = self.alerts.get_mut(i)
            && time_ns.saturating_sub(a.last_time_ns) <= REPEAT_HOLD_S * 1_000_000_000
        {
            match (&d.value, self.folds.get_mut(&i)) {
                (Some(v), Some(state))
                    if v.excess > state.excess * ESCALATION
                        && v.excess >= state.excess + ESCALATION_MIN =>
                {
                    escalates = Some((state.words.clone(), a.time_ns));
                }
                (v, state) => {
                    a.count += 1;
                    if time_ns > a.last_time_ns {
                        a.last_time = rfc3339(time_ns);
                        a.last_time_ns = time_ns;
                    }
                    if let (Some(v), Some(state)) = (v, state) {
                        state.fold(v);
                        a.folded = state.folded();
                    }
                    return None;
                }
            }
        }
        if self.alerts.len() >= MAX_ALERTS {
            self.suppressed += 1;
            return None;
        }
        let summary = match escalates {
            Some((shown, at)) => text!(
                "watch-escalated",
                summary = d.summary,
                shown = shown,
                at = clock(at)
            ),
            None => d.summary,
        };
        let alert = Alert {
            detector: d.detector,
            rule: d.rule.map(str::to_owned),
            severity: d.severity,
            time: rfc3339(time_ns),
            time_ns,
            last_time: rfc3339(time_ns),
            last_time_ns: time_ns,
            count: 1,
            protocol,
            service: service.to_owned(),
            source: d.source,
            target: d.target,
            summary,
            observed: d.observed,
            normal: d.normal,
            action: d.action,
            folded: None,
        };
        let index = self.alerts.len();
        if let Some(v) = d.value {
            self.folds.insert(
                index,
                FoldState {
                    excess: v.excess,
                    words: v.words,
                    lowest: None,
                    highest: None,
                },
            );
        }
        self.open.insert(k, index);
        self.alerts.push(alert);
        self.alerts.last()
    }

    pub fn alerts(&self) -> &[Alert] {
        &self.alerts
    }

    pub fn into_alerts(self) -> Vec<Alert> {
        self.alerts
    }
}

impl FoldState {
    fn fold(&mut self, v: &DraftValue) {
        if self.lowest.as_ref().is_none_or(|(n, _)| v.number < *n) {
            self.lowest = Some((v.number, v.words.clone()));
        }
        if self.highest.as_ref().is_none_or(|(n, _)| v.number > *n) {
            self.highest = Some((v.number, v.words.clone()));
        }
    }

    fn folded(&self) -> Option<Folded> {
        Some(Folded {
            lowest: self.lowest.as_ref()?.1.clone(),
            highest: self.highest.as_ref()?.1.clone(),
        })
    }
}

/// `11:48:02` (UTC) of a capture time.
fn clock(ns: i64) -> String {
    let t = rfc3339(ns);
    t.get(11..19).map_or(t.clone(), str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn draft(key: &str) -> Draft {
        Draft {
            detector: DetectorKind::Rule,
            rule: Some("device-spoofing"),
            severity: Severity::High,
            key: key.to_owned(),
            source: "198.18.1.66".to_owned(),
            target: None,
            summary: Text::plain("s"),
            observed: Text::plain("o"),
            normal: Text::plain("n"),
            action: Text::plain("a"),
            value: None,
        }
    }

    #[test]
    fn repeats_fold_within_the_hold_and_rise_again_after() {
        let s = 1_000_000_000i64;
        let mut log = AlertLog::default();
        assert!(
            log.raise(draft("k"), 10 * s, Protocol::Bacnet, "i-am")
                .is_some()
        );
        assert!(
            log.raise(draft("k"), 20 * s, Protocol::Bacnet, "i-am")
                .is_none()
        );
        assert!(
            log.raise(draft("other"), 20 * s, Protocol::Bacnet, "i-am")
                .is_some()
        );
        let late = 20 * s + REPEAT_HOLD_S * s + s;
        assert!(
            log.raise(draft("k"), late, Protocol::Bacnet, "i-am")
                .is_some()
        );
        let a = log.alerts();
        assert_eq!(a.len(), 3);
        assert_eq!(a[0].count, 2);
        assert_eq!(a[0].last_time_ns, 20 * s);
    }

    fn value(key: &str, number: f64, excess: f64) -> Draft {
        Draft {
            detector: DetectorKind::ValueRange,
            rule: None,
            summary: Text::plain(format!("3/1/1 reported {number}")),
            value: Some(DraftValue {
                number,
                words: Text::plain(format!("{number} °C")),
                excess,
            }),
            ..draft(key)
        }
    }

    #[test]
    fn folding_never_hides_a_worse_value() {
        let s = 1_000_000_000i64;
        let mut log = AlertLog::default();
        // A normal-looking reading just outside the learned range raises an alert...
        assert!(
            log.raise(value("k", 21.2, 0.02), 10 * s, Protocol::Knx, "w")
                .is_some()
        );
        // ... repeats as far out fold into it, with their range kept ...
        for (i, v) in [21.25, 21.22, 21.28].iter().enumerate() {
            let t = (20 + i as i64) * s;
            assert!(
                log.raise(value("k", *v, 0.025), t, Protocol::Knx, "w")
                    .is_none()
            );
        }
        // ... and a value much further out is a new alert naming the one it goes beyond.
        let new = log
            .raise(value("k", 84.96, 6.0), 60 * s, Protocol::Knx, "w")
            .cloned()
            .unwrap();
        assert_eq!(
            new.summary.to_string(),
            "3/1/1 reported 84.96; further out than 21.2 °C, shown at 00:00:10"
        );
        // Further repeats fold into the worst one shown, not into the first.
        assert!(
            log.raise(value("k", 60.0, 4.0), 70 * s, Protocol::Knx, "w")
                .is_none()
        );
        let a = log.alerts();
        assert_eq!(a.len(), 2);
        assert_eq!(a[0].count, 4);
        assert_eq!(
            a[0].folded_text().unwrap().to_string(),
            format!(
                "and 3 more values from 21.22 °C to 21.28 °C until {}",
                rfc3339(22 * s)
            )
        );
        assert_eq!(a[1].count, 2);
        assert_eq!(
            a[1].folded,
            Some(Folded {
                lowest: "60 °C".into(),
                highest: "60 °C".into()
            })
        );
        // Alerts that are not about values fold as before, without a range.
        log.raise(draft("r"), 0, Protocol::Knx, "x");
        log.raise(draft("r"), s, Protocol::Knx, "x");
        assert!(log.alerts()[2].folded_text().is_none());
        assert_eq!(log.alerts()[2].count, 2);
    }

    #[test]
    fn a_stored_alert_reads_back_and_an_old_one_with_plain_words_too() {
        let mut log = AlertLog::default();
        log.raise(value("k", 84.96, 6.0), 0, Protocol::Knx, "w");
        let a = log.alerts()[0].clone();
        let stored = crate::text::storing(|| serde_json::to_string(&a).unwrap());
        let back: Alert = serde_json::from_str(&stored).unwrap();
        assert_eq!(back, a);
        let words: Alert = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
        assert_eq!(words.summary.to_string(), a.summary.to_string());
    }

    #[test]
    fn the_log_is_bounded() {
        let mut log = AlertLog::default();
        for i in 0..MAX_ALERTS + 5 {
            log.raise(draft(&i.to_string()), 0, Protocol::Knx, "x");
        }
        assert_eq!(log.alerts().len(), MAX_ALERTS);
        assert_eq!(log.suppressed, 5);
    }

    #[test]
    fn alert_json_uses_the_contract_keys() {
        let mut log = AlertLog::default();
        log.raise(draft("k"), 0, Protocol::Bacnet, "i-am");
        let v = serde_json::to_value(&log.alerts()[0]).unwrap();
        for key in [
            "detector", "time", "source", "summary", "severity", "action",
        ] {
            assert!(v.get(key).is_some(), "{key}");
        }
        assert_eq!(v["detector"], "rule");
        assert_eq!(v["rule"], "device-spoofing");
    }
}
