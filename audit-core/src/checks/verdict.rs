//! The homeowner's traffic light: one verdict in plain words from the findings.

use serde::{Deserialize, Serialize};

use crate::exposure::ExposureReport;
use crate::findings::{Finding, Severity};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Light {
    /// Nothing reachable from the internet was found and nothing urgent.
    Green,
    /// Something to fix, or we could not check everything.
    Amber,
    /// Reachable from the internet or writable by anyone: act now.
    Red,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    pub light: Light,
    /// One short sentence, no jargon.
    pub headline: String,
    /// A few sentences: what we looked at and what it means.
    pub explanation: String,
    /// Questions/requests to hand to the installer, one per line.
    pub ask_installer: Vec<String>,
    /// What was checked, in words ("your router's port-forwarding list", ...).
    pub checked: Vec<String>,
    /// What could not be checked and why.
    pub not_checked: Vec<String>,
}

/// The verdict for a set of findings (sorted or not) and the router probe that ran, if any.
pub fn verdict(findings: &[Finding], exposure: Option<&ExposureReport>) -> Verdict {
    let worst = findings.iter().map(|f| f.severity).min();
    let light = match worst {
        Some(Severity::Critical) => Light::Red,
        Some(Severity::High | Severity::Medium) => Light::Amber,
        _ if exposure.is_none() => Light::Amber,
        _ => Light::Green,
    };
    Verdict {
        light,
        headline: String::new(),
        explanation: String::new(),
        ask_installer: Vec::new(),
        checked: Vec::new(),
        not_checked: Vec::new(),
    }
}
