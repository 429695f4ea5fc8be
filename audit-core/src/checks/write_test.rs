//! Results of the opt-in active write test (write back the value just read to Description or
//! Location, read again).

use serde_json::json;

use super::CheckInput;
use super::common::finding;
use crate::findings::{Finding, Severity};
use crate::inventory::WriteTestResult;

pub const ACCEPTED: &str = "bacnet.write_test.accepted";
pub const VALUE_CHANGED: &str = "bacnet.write_test.value_changed";
pub const REFUSED: &str = "bacnet.write_test.refused";
pub const NOT_COMPLETED: &str = "bacnet.write_test.not_completed";

pub const IDS: &[&str] = &[ACCEPTED, VALUE_CHANGED, REFUSED, NOT_COMPLETED];

fn quoted(v: &Option<String>) -> String {
    v.as_deref()
        .map_or_else(|| "(not read)".to_owned(), |s| format!("\"{s}\""))
}

pub fn check_write_tests(input: &CheckInput<'_>) -> Vec<Finding> {
    input.write_tests.iter().map(one).collect()
}

fn one(r: &WriteTestResult) -> Finding {
    let target = format!("BACnet device {} at {}", r.device_instance, r.address);
    let what = format!(
        "{} of {}",
        if r.property.is_empty() {
            "the property"
        } else {
            r.property.as_str()
        },
        if r.object.is_empty() {
            format!("device,{}", r.device_instance)
        } else {
            r.object.clone()
        }
    );
    let facts = json!({
        "device_instance": r.device_instance, "address": r.address, "object": r.object,
        "property": r.property, "outcome": r.outcome, "before": r.before, "after": r.after,
        "error": r.error, "request_hex": r.request_hex, "answer_hex": r.answer_hex,
        "detail": r.detail,
    });
    let (id, severity, title, summary) = match r.outcome.as_str() {
        "accepted" => (
            ACCEPTED,
            Severity::High,
            "Device accepts unauthenticated writes (tested)",
            format!(
                "We wrote the value just read back to {what} without any login and the device accepted it. Before: {}; after: {}.",
                quoted(&r.before),
                quoted(&r.after)
            ),
        ),
        "differs" => (
            VALUE_CHANGED,
            Severity::Critical,
            "Value changed during the write test; test aborted",
            format!(
                "The value of {what} read back was not the value read before: before {}, after {}. The test stopped at once. Check the value on the device now.",
                quoted(&r.before),
                quoted(&r.after)
            ),
        ),
        "refused" => (
            REFUSED,
            Severity::Info,
            "Device refused an unauthenticated write (good)",
            format!(
                "Writing the same value back to {what} was refused{}.",
                r.error
                    .as_deref()
                    .map(|e| format!(": {e}"))
                    .unwrap_or_default()
            ),
        ),
        other => (
            NOT_COMPLETED,
            Severity::Info,
            "Write test not completed",
            format!(
                "The write test on {what} ended with \"{}\"{}.",
                if other.is_empty() { "no result" } else { other },
                r.detail
                    .as_deref()
                    .or(r.error.as_deref())
                    .map(|d| format!(": {d}"))
                    .unwrap_or_default()
            ),
        ),
    };
    let mut f = finding(id, severity, target, title, summary, facts);
    f.evidence.raw_hex = match (&r.request_hex, &r.answer_hex) {
        (Some(q), Some(a)) => Some(format!("{q} {a}")),
        (q, a) => a.clone().or_else(|| q.clone()),
    };
    f
}
