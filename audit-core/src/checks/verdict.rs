//! The homeowner's traffic light: one verdict in plain words, from the exposure state
//! ([`super::exposure::assess`]) and the findings.
//!
//! - Red: reachable from the internet (a forward on a public address, or a public index
//!   lists a building-automation port), or any other critical finding (a value changed
//!   during the write test).
//! - Amber: a forward behind the provider's NAT or on an unknown address, exposure that could
//!   not be determined, or any high or medium finding that is not about the internet (those
//!   are judged through the exposure state).
//! - Green: nothing open as far as checked (the router's forwards were fully listed, or every
//!   probed path was silent on a router proven to loop back) and nothing high or worse.

use serde::{Deserialize, Serialize};

use super::exposure::{self, Assessment, ExposureState};
use crate::findings::{Finding, Severity};
use crate::inventory::{ExposureReport, Inventory};
use crate::text;
use crate::text::Text;

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

impl Light {
    fn rank(self) -> u8 {
        match self {
            Light::Green => 0,
            Light::Amber => 1,
            Light::Red => 2,
        }
    }

    fn worst(self, other: Light) -> Light {
        if other.rank() > self.rank() {
            other
        } else {
            self
        }
    }
}

/// The texts are catalogue messages (`assets/text/<lang>/verdict.ftl`, `exposure.ftl`), kept
/// as ids with their arguments and rendered where they are shown; the requests taken from
/// findings are their remediation texts as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    pub light: Light,
    /// One short sentence, no jargon.
    pub headline: Text,
    /// A few sentences: what we looked at and what it means.
    pub explanation: Text,
    /// Questions/requests to hand to the installer, one per line.
    pub ask_installer: Vec<Text>,
    /// What was checked, in words ("your router's port-forwarding list", ...).
    pub checked: Vec<Text>,
    /// What could not be checked and why.
    pub not_checked: Vec<Text>,
    /// The exposure state with its proof, what it means and what to do (the homeowner
    /// screen and the report show it); `None` in audits saved before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exposure: Option<Assessment>,
}

/// Requests handed to the installer at most (the report lists every finding).
pub const MAX_ASK: usize = 6;

/// Check ids about reaching the site from the internet (the exposure state speaks for them).
fn is_exposure(f: &Finding) -> bool {
    [
        "router.",
        "internet.",
        "knx.gateway.port_forwarded",
        "bacnet.device.port_forwarded",
    ]
    .iter()
    .any(|p| f.check_id.starts_with(p))
}

/// The verdict for a set of findings (sorted or not) and the router probe that ran, if any.
pub fn verdict(findings: &[Finding], exposure: Option<&ExposureReport>) -> Verdict {
    verdict_with(findings, exposure, None)
}

/// As [`verdict`], and with the inventory the exposure proof and the "checked" list also name
/// what was found.
pub fn verdict_with(
    findings: &[Finding],
    exposure: Option<&ExposureReport>,
    inventory: Option<&Inventory>,
) -> Verdict {
    let a = exposure::assess(exposure, inventory);
    // The exposure state speaks for the findings about the internet (so a saved audit judged
    // again cannot get a red light under an amber headline); the others count by severity.
    let worst = findings
        .iter()
        .filter(|f| !is_exposure(f))
        .map(|f| f.severity)
        .min();
    let state_light = match a.state {
        ExposureState::Reachable => Light::Red,
        ExposureState::NothingFound => Light::Green,
        _ => Light::Amber,
    };
    let findings_light = match worst {
        Some(Severity::Critical) => Light::Red,
        Some(Severity::High | Severity::Medium) => Light::Amber,
        _ => Light::Green,
    };
    let light = state_light.worst(findings_light);
    // Things to fix besides reaching the site from the internet, which the state words.
    let to_fix = findings
        .iter()
        .filter(|f| matches!(f.severity, Severity::High | Severity::Medium) && !is_exposure(f))
        .count();
    let other_critical = findings
        .iter()
        .any(|f| f.severity == Severity::Critical && !is_exposure(f));
    let (headline, explanation) = match a.state {
        ExposureState::Reachable => (a.headline.clone(), a.explanation.clone()),
        _ if other_critical => (
            text!("verdict-red-headline"),
            text!("verdict-red-explanation"),
        ),
        ExposureState::NothingFound if to_fix > 0 => (
            text!("verdict-amber-fix-headline"),
            text!(
                "verdict-amber-fix-explanation",
                to_fix = to_fix,
                router_checked = "yes",
            ),
        ),
        _ if to_fix > 0 => (
            a.headline.clone(),
            text!(
                "verdict-explanation-also-fix",
                explanation = a.explanation.clone(),
                to_fix = to_fix
            ),
        ),
        _ => (a.headline.clone(), a.explanation.clone()),
    };
    let mut ask: Vec<Text> = Vec::new();
    let mut asked: Vec<&str> = Vec::new();
    let mut sorted: Vec<&Finding> = findings.iter().collect();
    sorted.sort_by_key(|f| f.severity);
    for f in sorted.iter().filter(|f| f.severity <= Severity::Medium) {
        let a = f.remediation.ask_installer.trim();
        if !a.is_empty() && !asked.contains(&a) && ask.len() < MAX_ASK {
            asked.push(a);
            // Kept as the check's request, so it is read in the reader's language (its
            // remediation file's "Ask your installer"); the stored words when there is none.
            ask.push(text!(
                "remediation-ask",
                check = f.check_id.clone(),
                stored = a
            ));
        }
    }
    if matches!(
        a.state,
        ExposureState::Undetermined | ExposureState::ForwardedAddressUnknown
    ) && ask.len() < MAX_ASK
    {
        ask.push(text!("verdict-ask-router"));
    }
    let mut checked = Vec::new();
    if let Some(inv) = inventory {
        checked.push(text!(
            "verdict-checked-inventory",
            devices = inv.bacnet.devices.len(),
            gateways = inv.knx.gateways.len(),
        ));
    }
    checked.extend(a.checked.iter().cloned());
    Verdict {
        light,
        headline,
        explanation,
        ask_installer: ask,
        checked,
        not_checked: a.not_checked.clone(),
        exposure: Some(a),
    }
}
