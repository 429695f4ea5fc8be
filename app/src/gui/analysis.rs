//! What the capture analysis screen shows, read from the analyzer's JSON report.
//!
//! The view is deserialised from the report's JSON (the same JSON `bas-audit analyze --json`
//! prints and the session stores), not from the Rust type: a session saved by another version
//! still opens, and unknown keys are ignored. Keys follow design §6 (snake_case).

use std::collections::BTreeMap;

use serde::Deserialize;
use serde_json::Value;

#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(default)]
pub struct ProtocolView {
    pub messages: u64,
    pub malformed: u64,
    pub by_service: BTreeMap<String, u64>,
    pub malformed_by_reason: BTreeMap<String, u64>,
    /// BACnet devices seen (objects; shown with whatever keys the analyzer gives).
    pub devices: Vec<Value>,
    /// KNXnet/IP gateways seen.
    pub gateways: Vec<Value>,
    /// Rows left out of `devices` / `gateways` because of the analyzer's memory cap.
    pub devices_not_listed: u64,
    pub gateways_not_listed: u64,
}

#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(default)]
pub struct LinkErrorsView {
    pub frames: u64,
    pub by_reason: BTreeMap<String, u64>,
}

#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(default)]
pub struct ReadErrorView {
    pub offset: u64,
    pub message: String,
}

#[derive(Clone, Debug, Default, Deserialize, PartialEq)]
#[serde(default)]
pub struct AnalysisView {
    pub file: String,
    /// "pcap" or "pcapng".
    pub format: String,
    pub bytes_read: u64,
    pub packets: u64,
    #[serde(alias = "first_time", alias = "first_ts")]
    pub first_timestamp: Value,
    #[serde(alias = "last_time", alias = "last_ts")]
    pub last_timestamp: Value,
    pub duration_s: Option<f64>,
    pub bacnet: ProtocolView,
    pub knx: ProtocolView,
    pub ip_fragments: u64,
    pub truncated_packets: u64,
    pub other_packets: u64,
    pub link_errors: LinkErrorsView,
    pub read_error: Option<ReadErrorView>,
    pub cancelled: bool,
}

impl AnalysisView {
    pub fn from_report(report: &Value) -> Result<Self, String> {
        AnalysisView::deserialize(report).map_err(|e| format!("unexpected report shape: {e}"))
    }

    /// One line saying how the analysis ended.
    pub fn outcome(&self) -> Outcome {
        if self.cancelled {
            Outcome::Cancelled
        } else if let Some(e) = &self.read_error {
            Outcome::ReadError {
                offset: e.offset,
                message: e.message.clone(),
            }
        } else {
            Outcome::Complete
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Complete,
    Cancelled,
    ReadError { offset: u64, message: String },
}

/// Sort order of a counts table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CountSort {
    #[default]
    CountDescending,
    CountAscending,
    NameAscending,
    NameDescending,
}

impl CountSort {
    /// The order after a click on the name column header.
    pub fn toggle_name(self) -> Self {
        match self {
            CountSort::NameAscending => CountSort::NameDescending,
            _ => CountSort::NameAscending,
        }
    }

    /// The order after a click on the count column header.
    pub fn toggle_count(self) -> Self {
        match self {
            CountSort::CountDescending => CountSort::CountAscending,
            _ => CountSort::CountDescending,
        }
    }
}

/// Rows of a name → count map in the given order (ties broken by name so the order is stable).
pub fn sorted_counts(map: &BTreeMap<String, u64>, sort: CountSort) -> Vec<(&str, u64)> {
    let mut rows: Vec<(&str, u64)> = map.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    match sort {
        CountSort::NameAscending => {}
        CountSort::NameDescending => rows.reverse(),
        CountSort::CountDescending => rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0))),
        CountSort::CountAscending => rows.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(b.0))),
    }
    rows
}

/// Column names for a list of JSON objects: the keys of the rows, known ones in a reading order
/// (identity first, then details, then times), unknown ones after them.
pub fn object_columns(rows: &[Value]) -> Vec<String> {
    let mut columns: Vec<String> = Vec::new();
    for row in rows.iter().take(MAX_ROWS_FOR_COLUMNS) {
        if let Value::Object(map) = row {
            for key in map.keys() {
                if !columns.iter().any(|c| c == key) {
                    columns.push(key.clone());
                }
            }
        }
    }
    let rank = |c: &String| {
        COLUMN_ORDER
            .iter()
            .position(|k| k == c)
            .unwrap_or(COLUMN_ORDER.len())
    };
    columns.sort_by_key(rank);
    columns
}

/// Reading order of the analyzer's device and gateway columns.
const COLUMN_ORDER: &[&str] = &[
    "device_instance",
    "name",
    "address",
    "network",
    "individual_address",
    "vendor_name",
    "vendor_id",
    "max_apdu",
    "segmentation",
    "service_families",
    "secure_families",
    "mac",
    "serial",
    "i_am_count",
    "responses",
    "first_seen",
    "last_seen",
];

/// Only the first rows are scanned for column names; reports with thousands of devices share keys.
const MAX_ROWS_FOR_COLUMNS: usize = 64;

/// A JSON value as a table cell.
pub fn cell_text(value: Option<&Value>) -> String {
    match value {
        None | Some(Value::Null) => "—".to_owned(),
        Some(Value::String(s)) => s.clone(),
        Some(Value::Bool(b)) => if *b { "yes" } else { "no" }.to_owned(),
        Some(Value::Number(n)) => n.to_string(),
        Some(Value::Array(items)) if items.is_empty() => "—".to_owned(),
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| cell_text(Some(v)))
            .collect::<Vec<_>>()
            .join(", "),
        Some(other) => other.to_string(),
    }
}

/// Human byte size with one decimal ("12.3 MB").
pub fn human_bytes(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KB", "MB", "GB", "TB"];
    if bytes < 1000 {
        return format!("{bytes} bytes");
    }
    let mut value = bytes as f64 / 1000.0;
    let mut unit = UNITS[0];
    for next in &UNITS[1..] {
        if value < 1000.0 {
            break;
        }
        value /= 1000.0;
        unit = next;
    }
    format!("{value:.1} {unit}")
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn view_reads_design_keys_and_ignores_unknown_ones() {
        let report = json!({
            "file": "x.pcap", "packets": 10, "duration_s": 1.5,
            "first_timestamp": "2020-01-01T00:00:00Z",
            "bacnet": {"messages": 7, "malformed": 1,
                       "by_service": {"who-is": 3, "i-am": 4},
                       "malformed_by_reason": {"npdu: truncated": 1},
                       "devices": [{"device_instance": 5, "address": "10.0.0.5:47808"}]},
            "knx": {"messages": 0},
            "read_error": {"offset": 99, "message": "truncated record"},
            "something_new": [1, 2, 3]
        });
        let view = AnalysisView::from_report(&report).unwrap();
        assert_eq!(view.packets, 10);
        assert_eq!(view.bacnet.by_service["i-am"], 4);
        assert_eq!(view.bacnet.devices.len(), 1);
        assert_eq!(
            view.outcome(),
            Outcome::ReadError {
                offset: 99,
                message: "truncated record".into()
            }
        );
        assert_eq!(
            object_columns(&view.bacnet.devices),
            vec!["device_instance".to_owned(), "address".to_owned()]
        );
    }

    #[test]
    fn cancelled_wins_over_read_error() {
        let view =
            AnalysisView::from_report(&json!({"cancelled": true, "read_error": null})).unwrap();
        assert_eq!(view.outcome(), Outcome::Cancelled);
    }

    #[test]
    fn sorting() {
        let map: BTreeMap<String, u64> = [("b", 2), ("a", 2), ("c", 9)]
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect();
        let names = |s| {
            sorted_counts(&map, s)
                .into_iter()
                .map(|r| r.0)
                .collect::<Vec<_>>()
        };
        assert_eq!(names(CountSort::CountDescending), ["c", "a", "b"]);
        assert_eq!(names(CountSort::CountAscending), ["a", "b", "c"]);
        assert_eq!(names(CountSort::NameDescending), ["c", "b", "a"]);
        assert_eq!(
            CountSort::default().toggle_count(),
            CountSort::CountAscending
        );
        assert_eq!(
            CountSort::NameAscending.toggle_name(),
            CountSort::NameDescending
        );
    }

    #[test]
    fn byte_sizes() {
        assert_eq!(human_bytes(999), "999 bytes");
        assert_eq!(human_bytes(12_345_678), "12.3 MB");
        assert_eq!(human_bytes(2_000_000_000), "2.0 GB");
    }

    #[test]
    fn cells() {
        assert_eq!(cell_text(None), "—");
        assert_eq!(cell_text(Some(&json!("a"))), "a");
        assert_eq!(cell_text(Some(&json!(true))), "yes");
        assert_eq!(
            cell_text(Some(&json!(["core", "tunnelling"]))),
            "core, tunnelling"
        );
        assert_eq!(cell_text(Some(&json!([]))), "—");
        assert_eq!(cell_text(Some(&json!({"a": 1}))), r#"{"a":1}"#);
    }
}
