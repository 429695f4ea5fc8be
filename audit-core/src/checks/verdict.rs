//! The homeowner's traffic light: one verdict in plain words from the findings.
//!
//! - Red: any critical finding (reachable from the internet, or a value changed during the
//!   write test).
//! - Amber: a high or medium finding, or the router could not be checked.
//! - Green: nothing high or worse AND the router was checked.

use serde::{Deserialize, Serialize};

use crate::exposure::ExposureReport;
use crate::findings::{Finding, Severity};
use crate::inventory::Inventory;

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
            "Your building controls can be reached from the internet.".to_owned(),
            "Anyone on the internet can find and use them, without a password. Ask your installer to close this today; until then, the list below says what to ask for."
                .to_owned(),
        ),
        Light::Red => (
            "Act now: something needs checking today.".to_owned(),
            "During the test a setting on one of your controllers changed, or something else needs urgent attention. Ask your installer to check it today."
                .to_owned(),
        ),
        Light::Amber if to_fix > 0 => (
            "Nothing is open to the internet, but some things should be fixed.".to_owned(),
            format!(
                "We found {} that your installer should fix. None of them makes your home reachable from the internet{}.",
                if to_fix == 1 { "one thing".to_owned() } else { format!("{to_fix} things") },
                if router_ok { "" } else { " as far as we could see; we could not check your router fully" }
            ),
        ),
        Light::Amber => (
            "Nothing urgent found, but we could not check your router.".to_owned(),
            "The most common way building controls end up on the internet is a setting in the router. We could not look at it, so we cannot say that your home is closed. The list below says what was not checked."
                .to_owned(),
        ),
        Light::Green => (
            "Nothing reachable from the internet was found.".to_owned(),
            "We looked at your router and your building controls and found nothing open to the internet and nothing urgent to fix. Run this check again after changes to your network."
                .to_owned(),
        ),
    };
    let mut ask: Vec<String> = Vec::new();
    let mut sorted: Vec<&Finding> = findings.iter().collect();
    sorted.sort_by_key(|f| f.severity);
    for f in sorted.iter().filter(|f| f.severity <= Severity::Medium) {
        let a = f.remediation.ask_installer.trim();
        if !a.is_empty() && !ask.iter().any(|x| x == a) && ask.len() < MAX_ASK {
            ask.push(a.to_owned());
        }
    }
    if !router_ok && ask.len() < MAX_ASK {
        ask.push(
            "Please check our router for port forwards, DMZ and UPnP settings that reach our building controls."
                .to_owned(),
        );
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
) -> (Vec<String>, Vec<String>) {
    let mut checked = Vec::new();
    let mut not = Vec::new();
    if let Some(inv) = inventory {
        checked.push(format!(
            "the building controls on your network ({} BACnet {} and {} KNX {})",
            inv.bacnet.devices.len(),
            if inv.bacnet.devices.len() == 1 {
                "device"
            } else {
                "devices"
            },
            inv.knx.gateways.len(),
            if inv.knx.gateways.len() == 1 {
                "gateway"
            } else {
                "gateways"
            },
        ));
    }
    let Some(x) = exposure else {
        not.push("your router: the router check did not run".to_owned());
        not.push(
            "a public search engine for internet devices: only asked with your permission"
                .to_owned(),
        );
        return (checked, not);
    };
    if x.router.is_none() {
        not.push("your router: none was found on this network".to_owned());
    }
    match &x.igd {
        Some(i) if i.found && i.error.is_none() && i.mappings_complete => checked.push(format!(
            "your router's list of open doors to the internet ({} {})",
            i.mappings.len(),
            if i.mappings.len() == 1 { "entry" } else { "entries" }
        )),
        Some(i) if i.found => not.push(
            "part of your router's list of open doors to the internet: the router stopped answering"
                .to_owned(),
        ),
        _ => not.push(
            "your router's list of open doors to the internet: the router does not share it (the feature may be switched off)"
                .to_owned(),
        ),
    }
    if x.nat_pmp.is_some() || x.pcp.is_some() || x.igd.is_some() {
        checked.push("whether devices can open doors in your router by themselves".to_owned());
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
        checked.push("a test knock on your home's internet address from inside".to_owned());
    } else if tried.is_empty() {
        not.push("a test knock on your home's internet address: not run".to_owned());
    } else {
        not.push(
            "a test knock on your home's internet address: your router does not let us test from inside; test from outside, for example from a laptop connected through a phone on mobile data"
                .to_owned(),
        );
    }
    match &x.internetdb {
        Some(db) if db.error.is_none() => {
            checked.push("a public search engine for internet devices (Shodan)".to_owned())
        }
        Some(_) => not.push(
            "a public search engine for internet devices: it could not be reached".to_owned(),
        ),
        None => not.push(
            "a public search engine for internet devices: only asked with your permission"
                .to_owned(),
        ),
    }
    (checked, not)
}
