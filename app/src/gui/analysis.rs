//! Helpers of the capture analysis screen: how an analysis ended, count tables' sort order,
//! byte sizes. The screen reads the analyzer's typed report (`audit_core::analyze`).

use std::collections::BTreeMap;

use audit_core::analyze::AnalysisReport;

/// How an analysis ended, in one line.
pub fn outcome(report: &AnalysisReport) -> Outcome {
    if report.cancelled {
        Outcome::Cancelled
    } else if let Some(e) = &report.read_error {
        Outcome::ReadError {
            offset: e.offset,
            message: e.message.clone(),
        }
    } else {
        Outcome::Complete
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
mod tests {
    use super::*;
    use audit_core::analyze::ReadError;

    #[test]
    fn cancelled_wins_over_read_error() {
        let mut r = AnalysisReport {
            read_error: Some(ReadError {
                offset: 99,
                message: "truncated record".into(),
            }),
            ..AnalysisReport::default()
        };
        assert_eq!(
            outcome(&r),
            Outcome::ReadError {
                offset: 99,
                message: "truncated record".into()
            }
        );
        r.cancelled = true;
        assert_eq!(outcome(&r), Outcome::Cancelled);
        assert_eq!(outcome(&AnalysisReport::default()), Outcome::Complete);
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
}
