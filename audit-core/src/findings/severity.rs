//! The one severity scale of findings and alerts.

use serde::{Deserialize, Serialize};

/// How bad a finding or a learning-watch alert is. Ordered from most to least severe so that
/// sorting puts critical first.
///
/// JSON: `critical`, `high`, `medium`, `low`, `info`. (Findings used to say `snake_case` and
/// alerts `kebab-case`; for these one-word names both give the same text, so one type serves
/// both outputs unchanged.)
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// Reachable from the internet, or writable by anyone with proof.
    Critical,
    High,
    Medium,
    Low,
    /// A fact worth knowing; nothing to fix on its own.
    Info,
}

impl Severity {
    pub const ALL: [Severity; 5] = [
        Severity::Critical,
        Severity::High,
        Severity::Medium,
        Severity::Low,
        Severity::Info,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Severity::Critical => "critical",
            Severity::High => "high",
            Severity::Medium => "medium",
            Severity::Low => "low",
            Severity::Info => "info",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_the_json_names_and_sorting_puts_critical_first() {
        for s in Severity::ALL {
            assert_eq!(
                serde_json::to_value(s).unwrap(),
                serde_json::Value::String(s.name().to_owned())
            );
        }
        let mut v = Severity::ALL.to_vec();
        v.reverse();
        v.sort();
        assert_eq!(v, Severity::ALL);
    }
}
