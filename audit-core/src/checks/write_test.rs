//! Results of the opt-in active write test (write back the value just read to Description or
//! Location, read again).

use serde_json::json;

use super::CheckInput;
use super::common::{finding, none, shown};
use crate::findings::{Finding, Severity};
use crate::inventory::WriteTestResult;
use crate::text;
use crate::text::Text;

pub const ACCEPTED: &str = "bacnet.write_test.accepted";
pub const VALUE_CHANGED: &str = "bacnet.write_test.value_changed";
pub const REFUSED: &str = "bacnet.write_test.refused";
pub const NOT_COMPLETED: &str = "bacnet.write_test.not_completed";

pub const IDS: &[&str] = &[ACCEPTED, VALUE_CHANGED, REFUSED, NOT_COMPLETED];

fn quoted(v: &Option<String>) -> Text {
    v.as_deref().map_or_else(
        || text!("checks-write-test-not-read"),
        |s| text!("checks-quoted", value = shown(s)),
    )
}

pub fn check_write_tests(input: &CheckInput<'_>) -> Vec<Finding> {
    input.write_tests.iter().map(one).collect()
}

fn one(r: &WriteTestResult) -> Finding {
    let target = text!(
        "checks-target-bacnet-device-at",
        instance = r.device_instance,
        address = r.address.as_str()
    );
    let object = if r.object.is_empty() {
        format!("device,{}", r.device_instance)
    } else {
        r.object.clone()
    };
    let what = if r.property.is_empty() {
        text!("checks-write-test-what-property", object = object)
    } else {
        text!(
            "checks-write-test-what",
            property = r.property.as_str(),
            object = object
        )
    };
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
            text!("checks-title-write-test-accepted"),
            text!(
                "checks-summary-write-test-accepted",
                what = what,
                before = quoted(&r.before),
                after = quoted(&r.after)
            ),
        ),
        "differs" => (
            VALUE_CHANGED,
            Severity::Critical,
            text!("checks-title-write-test-changed"),
            text!(
                "checks-summary-write-test-changed",
                what = what,
                before = quoted(&r.before),
                after = quoted(&r.after)
            ),
        ),
        "refused" => (
            REFUSED,
            Severity::Info,
            text!("checks-title-write-test-refused"),
            text!(
                "checks-summary-write-test-refused",
                what = what,
                error = r
                    .error
                    .as_deref()
                    .map(|e| text!("checks-colon-detail", detail = e))
                    .unwrap_or_else(none)
            ),
        ),
        other => (
            NOT_COMPLETED,
            Severity::Info,
            text!("checks-title-write-test-not-completed"),
            text!(
                "checks-summary-write-test-not-completed",
                what = what,
                outcome = if other.is_empty() {
                    text!("checks-write-test-no-result")
                } else {
                    Text::plain(other)
                },
                detail = r
                    .detail
                    .as_deref()
                    .or(r.error.as_deref())
                    .map(|d| text!("checks-colon-detail", detail = d))
                    .unwrap_or_else(none)
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
