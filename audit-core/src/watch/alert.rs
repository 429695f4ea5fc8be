//! Alerts a person can act on: which detector, when, from whom, to what, what was seen against
//! which learned normal, how serious, and what to do. Repeats of the same alert (same detector
//! and subject) within [`REPEAT_HOLD_S`] are folded into one with a count.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::capture::time::rfc3339;
use crate::findings::Severity;

use super::observation::Protocol;

/// Repeats of one alert closer than this to its last occurrence are counted, not raised again.
pub const REPEAT_HOLD_S: i64 = 3600;
/// Distinct alerts kept; beyond, alerts are counted in `suppressed`.
pub const MAX_ALERTS: usize = 10_000;

/// Which detector raised an alert.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DetectorKind {
    ValueRange,
    MessageRate,
    Rule,
}

impl DetectorKind {
    pub fn name(self) -> &'static str {
        match self {
            DetectorKind::ValueRange => "value-range",
            DetectorKind::MessageRate => "message-rate",
            DetectorKind::Rule => "rule",
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
    pub target: Option<String>,
    /// One sentence: what happened, against which normal.
    pub summary: String,
    /// What was seen, in detail.
    pub observed: String,
    /// The learned normal (or the knowledge) it was compared with.
    pub normal: String,
    /// What to do.
    pub action: String,
}

/// What a detector hands over; [`AlertLog`] adds times and counts.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub detector: DetectorKind,
    pub rule: Option<&'static str>,
    pub severity: Severity,
    /// Subject for folding repeats (e.g. the point, the source and service).
    pub key: String,
    pub source: String,
    pub target: Option<String>,
    pub summary: String,
    pub observed: String,
    pub normal: String,
    pub action: String,
}

/// Alerts of one run, repeats folded.
#[derive(Debug, Default)]
pub struct AlertLog {
    alerts: Vec<Alert>,
    open: HashMap<(DetectorKind, Option<&'static str>, String), usize>,
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
        let k = (d.detector, d.rule, d.key);
        if let Some(&i) = self.open.get(&k)
            && let Some(a) = self.alerts.get_mut(i)
            && time_ns.saturating_sub(a.last_time_ns) <= REPEAT_HOLD_S * 1_000_000_000
        {
            a.count += 1;
            if time_ns > a.last_time_ns {
                a.last_time = rfc3339(time_ns);
                a.last_time_ns = time_ns;
            }
            return None;
        }
        if self.alerts.len() >= MAX_ALERTS {
            self.suppressed += 1;
            return None;
        }
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
            summary: d.summary,
            observed: d.observed,
            normal: d.normal,
            action: d.action,
        };
        self.open.insert(k, self.alerts.len());
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
            summary: "s".to_owned(),
            observed: "o".to_owned(),
            normal: "n".to_owned(),
            action: "a".to_owned(),
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
