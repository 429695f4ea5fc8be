//! The opt-in lookup of the site's public address in Shodan InternetDB.

use serde_json::json;

use super::CheckInput;
use super::common::finding;
use super::exposure::bas_port;
use crate::findings::{Finding, Severity};
use crate::text;

pub const BAS_PORTS: &str = "internet.internetdb.bas_ports";
pub const OTHER_PORTS: &str = "internet.internetdb.other_ports";
pub const NOT_LISTED: &str = "internet.internetdb.not_listed";
pub const LOOKUP_FAILED: &str = "internet.internetdb.not_checked";

pub const IDS: &[&str] = &[BAS_PORTS, OTHER_PORTS, NOT_LISTED, LOOKUP_FAILED];

/// Judges the lookup when it was made; silent when the user did not opt in (the verdict lists
/// it under "not checked").
pub fn check_internetdb(input: &CheckInput<'_>) -> Vec<Finding> {
    let Some(db) = input.exposure.and_then(|x| x.internetdb.as_ref()) else {
        return Vec::new();
    };
    let ip = db.ip.map_or_else(
        || text!("exposure-index-the-site-address"),
        |i| text::Text::plain(i.to_string()),
    );
    let target = text!("checks-target-internet-address", ip = ip.clone());
    let facts = json!({
        "ip": db.ip, "listed": db.listed, "ports": db.ports, "hostnames": db.hostnames,
        "tags": db.tags, "vulns": db.vulns, "cpes": db.cpes, "url": db.url, "error": db.error,
    });
    if let Some(e) = &db.error {
        return vec![finding(
            LOOKUP_FAILED,
            Severity::Info,
            target,
            text!("exposure-index-title-not-checked"),
            text!(
                "exposure-index-summary-not-checked",
                ip = ip,
                error = e.clone()
            ),
            facts,
        )];
    }
    if !db.listed {
        return vec![finding(
            NOT_LISTED,
            Severity::Info,
            target,
            text!("exposure-index-title-not-listed"),
            text!("exposure-index-summary-not-listed", ip = ip),
            facts,
        )];
    }
    let ports = |f: fn(u16) -> bool| -> String {
        db.ports
            .iter()
            .copied()
            .filter(|&p| f(p))
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    };
    let bas = ports(|p| bas_port(p).is_some());
    let other = ports(|p| bas_port(p).is_none());
    if !bas.is_empty() {
        return vec![finding(
            BAS_PORTS,
            Severity::Critical,
            target,
            text!("exposure-index-title-bas-ports"),
            if other.is_empty() {
                text!("exposure-index-summary-bas-ports", ip = ip, ports = bas)
            } else {
                text!(
                    "exposure-index-summary-bas-ports-and-others",
                    ip = ip,
                    ports = bas,
                    others = other
                )
            },
            facts,
        )];
    }
    vec![finding(
        OTHER_PORTS,
        Severity::Low,
        target,
        text!("exposure-index-title-other-ports"),
        if other.is_empty() {
            text!("exposure-index-summary-listed-no-ports", ip = ip)
        } else {
            text!("exposure-index-summary-other-ports", ip = ip, ports = other)
        },
        facts,
    )]
}
