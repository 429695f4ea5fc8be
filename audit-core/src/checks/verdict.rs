//! The homeowner's traffic light: one verdict in plain words from the findings.
//!
//! - Red: any critical finding (reachable from the internet, or a value changed during the
//!   write test).
//! - Amber: a high or medium finding, or the router could not be checked.
//! - Green: nothing high or worse AND the router was checked.

use serde::{Deserialize, Serialize};

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

/// The texts are catalogue messages (`assets/text/<lang>/verdict.ftl`), kept as ids with their
/// arguments and rendered where they are shown; the requests taken from findings are their
/// remediation texts as written.
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
}

/// Requests handed to the installer at most (the report lists every finding).
pub const MAX_ASK: usize = 6;

/// Check ids that mean "reachable from the internet".
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

/// The router's port list was read, or a test of its internet address was conclusive.
pub fn router_checked(x: Option<&ExposureReport>) -> bool {
    let Some(x) = x else { return false };
    if x.router.is_none() {
        return false;
    }
    let list = x
        .igd
        .as_ref()
        .is_some_and(|i| i.found && i.error.is_none() && i.mappings_complete);
    let hairpin = x.hairpin.iter().any(|p| {
        p.outcome == "answered" || (p.outcome == "no-answer" && p.router_hairpins == Some(true))
    });
    list || hairpin
}

/// The verdict for a set of findings (sorted or not) and the router probe that ran, if any.
pub fn verdict(findings: &[Finding], exposure: Option<&ExposureReport>) -> Verdict {
    verdict_with(findings, exposure, None)
}

/// As [`verdict`], and with the inventory the "checked" list also names what was found.
pub fn verdict_with(
    findings: &[Finding],
    exposure: Option<&ExposureReport>,
    inventory: Option<&Inventory>,
) -> Verdict {
    let worst = findings.iter().map(|f| f.severity).min();
    let router_ok = router_checked(exposure);
    let light = match worst {
        Some(Severity::Critical) => Light::Red,
        Some(Severity::High | Severity::Medium) => Light::Amber,
        _ if !router_ok => Light::Amber,
        _ => Light::Green,
    };
    let (checked, not_checked) = coverage(exposure, inventory);
    let exposed = findings
        .iter()
        .any(|f| f.severity == Severity::Critical && is_exposure(f));
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let to_fix = count(Severity::High) + count(Severity::Medium);
    let (headline, explanation) = match light {
        Light::Red if exposed => (
            text!("verdict-red-exposed-headline"),
            text!("verdict-red-exposed-explanation"),
        ),
        Light::Red => (
            text!("verdict-red-headline"),
            text!("verdict-red-explanation"),
        ),
        Light::Amber if to_fix > 0 => (
            text!("verdict-amber-fix-headline"),
            text!(
                "verdict-amber-fix-explanation",
                to_fix = to_fix,
                router_checked = if router_ok { "yes" } else { "no" },
            ),
        ),
        Light::Amber => (
            text!("verdict-amber-unchecked-headline"),
            text!("verdict-amber-unchecked-explanation"),
        ),
        Light::Green => (
            text!("verdict-green-headline"),
            text!("verdict-green-explanation"),
        ),
    };
    let mut ask: Vec<Text> = Vec::new();
    let mut sorted: Vec<&Finding> = findings.iter().collect();
    sorted.sort_by_key(|f| f.severity);
    for f in sorted.iter().filter(|f| f.severity <= Severity::Medium) {
        let a = f.remediation.ask_installer.trim();
        if !a.is_empty() && !ask.iter().any(|x| x == &Text::plain(a)) && ask.len() < MAX_ASK {
            ask.push(Text::plain(a));
        }
    }
    if !router_ok && ask.len() < MAX_ASK {
        ask.push(text!("verdict-ask-router"));
    }
    Verdict {
        light,
        headline,
        explanation,
        ask_installer: ask,
        checked,
        not_checked,
    }
}

fn coverage(
    exposure: Option<&ExposureReport>,
    inventory: Option<&Inventory>,
) -> (Vec<Text>, Vec<Text>) {
    let mut checked = Vec::new();
    let mut not = Vec::new();
    if let Some(inv) = inventory {
        checked.push(text!(
            "verdict-checked-inventory",
            devices = inv.bacnet.devices.len(),
            gateways = inv.knx.gateways.len(),
        ));
    }
    let Some(x) = exposure else {
        not.push(text!("verdict-not-checked-router-not-run"));
        not.push(text!("verdict-not-checked-search-consent"));
        return (checked, not);
    };
    if x.router.is_none() {
        not.push(text!("verdict-not-checked-router-none"));
    }
    match &x.igd {
        Some(i) if i.found && i.error.is_none() && i.mappings_complete => checked.push(text!(
            "verdict-checked-mappings",
            entries = i.mappings.len()
        )),
        Some(i) if i.found => not.push(text!("verdict-not-checked-mappings-partial")),
        _ => not.push(text!("verdict-not-checked-mappings-unshared")),
    }
    if x.nat_pmp.is_some() || x.pcp.is_some() || x.igd.is_some() {
        checked.push(text!("verdict-checked-self-opening"));
    }
    let tried: Vec<_> = x
        .hairpin
        .iter()
        .filter(|p| p.outcome != "not-tried")
        .collect();
    let conclusive = tried.iter().any(|p| {
        p.outcome == "answered" || (p.outcome == "no-answer" && p.router_hairpins == Some(true))
    });
    if conclusive {
        checked.push(text!("verdict-checked-knock"));
    } else if tried.is_empty() {
        not.push(text!("verdict-not-checked-knock-not-run"));
    } else {
        not.push(text!("verdict-not-checked-knock-no-hairpin"));
    }
    match &x.internetdb {
        Some(db) if db.error.is_none() => checked.push(text!("verdict-checked-search")),
        Some(_) => not.push(text!("verdict-not-checked-search-unreachable")),
        None => not.push(text!("verdict-not-checked-search-consent")),
    }
    (checked, not)
}
