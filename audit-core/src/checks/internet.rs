//! The opt-in lookup of the site's public address in Shodan InternetDB.

use serde_json::json;

use super::CheckInput;
use super::common::finding;
use super::router::bas_port;
use crate::findings::{Finding, Severity};

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
        || "the site's internet address".to_owned(),
        |i| i.to_string(),
    );
    let target = format!("internet address {ip}");
    let facts = json!({
        "ip": db.ip, "listed": db.listed, "ports": db.ports, "hostnames": db.hostnames,
        "tags": db.tags, "vulns": db.vulns, "cpes": db.cpes, "url": db.url, "error": db.error,
    });
    if let Some(e) = &db.error {
        return vec![finding(
            LOOKUP_FAILED,
            Severity::Info,
            target,
            "Public internet index not checked",
            format!("The lookup of {ip} in Shodan InternetDB failed: {e}."),
            facts,
        )];
    }
    if !db.listed {
        return vec![finding(
            NOT_LISTED,
            Severity::Info,
            target,
            "Not listed in the public internet index",
            format!("Shodan InternetDB has no entry for {ip} (its data is about a week old)."),
            facts,
        )];
    }
    let ports = |f: fn(u16) -> bool| -> Vec<String> {
        db.ports
            .iter()
            .copied()
            .filter(|&p| f(p))
            .map(|p| p.to_string())
            .collect()
    };
    let bas = ports(|p| bas_port(p).is_some());
    let other = ports(|p| bas_port(p).is_none());
    if !bas.is_empty() {
        return vec![finding(
            BAS_PORTS,
            Severity::Critical,
            target,
            "Public internet index lists building-automation ports at your address",
            format!(
                "Shodan InternetDB lists {ip} with port {} open (KNX 3671 / BACnet 47808–47823){}. Its scanners reached building controls from the internet within about the last week.",
                bas.join(", "),
                if other.is_empty() {
                    String::new()
                } else {
                    format!(", and also {}", other.join(", "))
                }
            ),
            facts,
        )];
    }
    vec![finding(
        OTHER_PORTS,
        Severity::Low,
        target,
        "Public internet index lists other open ports at your address",
        if other.is_empty() {
            format!("Shodan InternetDB lists {ip}, without open ports.")
        } else {
            format!(
                "Shodan InternetDB lists {ip} with port {} open; no KNX or BACnet port.",
                other.join(", ")
            )
        },
        facts,
    )]
}
