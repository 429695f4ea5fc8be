//! Opt-in lookup of the site's public address in Shodan InternetDB (`GET {base}/{ip}`): what the
//! internet's scanners last saw open there. Only ever called when the user consented.

use std::net::Ipv4Addr;
use std::time::Duration;

use serde::Deserialize;

use crate::inventory::InternetDbReport;
use crate::text;

/// Largest answer read (a listed host's JSON is well under 10 KiB).
pub const MAX_BODY: u64 = 256 * 1024;
/// Entries kept per list.
pub const MAX_ITEMS: usize = 1000;

#[derive(Debug, Deserialize)]
struct Answer {
    ip: Option<String>,
    #[serde(default)]
    ports: Vec<u16>,
    #[serde(default)]
    hostnames: Vec<String>,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    vulns: Vec<String>,
    #[serde(default)]
    cpes: Vec<String>,
}

fn cap(mut v: Vec<String>) -> Vec<String> {
    v.truncate(MAX_ITEMS);
    for s in &mut v {
        if s.len() > 256 {
            *s = s.chars().take(256).collect();
        }
    }
    v
}

/// Turn an HTTP status and body into the report (pure, for tests).
pub fn interpret(url: &str, status: u16, body: &str) -> InternetDbReport {
    let mut r = InternetDbReport {
        url: url.to_owned(),
        ..InternetDbReport::default()
    };
    match status {
        200 => match serde_json::from_str::<Answer>(body) {
            Ok(a) => {
                r.listed = true;
                r.ip = a.ip.and_then(|s| s.parse().ok());
                r.ports = a.ports;
                r.ports.truncate(MAX_ITEMS);
                r.hostnames = cap(a.hostnames);
                r.tags = cap(a.tags);
                r.vulns = cap(a.vulns);
                r.cpes = cap(a.cpes);
            }
            Err(e) => r.error = Some(text!("exposure-internetdb-not-json", error = e.to_string())),
        },
        404 => {
            // {"detail":"No information available"}: nothing known about this address.
            r.listed = false;
        }
        s => r.error = Some(text!("exposure-internetdb-http-status", status = s)),
    }
    r
}

fn host_is_loopback(url: &str) -> bool {
    let rest = url.split("://").nth(1).unwrap_or("");
    let host = rest.split(['/', ':']).next().unwrap_or("");
    host == "localhost" || host.parse::<Ipv4Addr>().is_ok_and(|ip| ip.is_loopback())
}

/// Blocking lookup (run it on a blocking thread).
pub fn lookup_blocking(base: &str, ip: Ipv4Addr, timeout: Duration) -> InternetDbReport {
    let url = format!("{}/{ip}", base.trim_end_matches('/'));
    let mut cfg = ureq::Agent::config_builder()
        .timeout_global(Some(timeout))
        .http_status_as_error(false)
        .max_redirects(0)
        .user_agent(concat!("bas-audit/", env!("CARGO_PKG_VERSION")));
    if host_is_loopback(base) {
        // A local test server must never go through a proxy from the environment.
        cfg = cfg.proxy(None);
    }
    let agent: ureq::Agent = cfg.build().into();
    match agent.get(&url).call() {
        Ok(mut resp) => {
            let status = resp.status().as_u16();
            match resp
                .body_mut()
                .with_config()
                .limit(MAX_BODY)
                .read_to_string()
            {
                Ok(body) => interpret(&url, status, &body),
                Err(e) => InternetDbReport {
                    url,
                    error: Some(text!(
                        "exposure-internetdb-unreadable",
                        kib = MAX_BODY / 1024,
                        error = e.to_string()
                    )),
                    ..InternetDbReport::default()
                },
            }
        }
        Err(e) => InternetDbReport {
            url,
            error: Some(text!(
                "exposure-internetdb-not-reached",
                error = e.to_string()
            )),
            ..InternetDbReport::default()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listed_unlisted_and_junk() {
        let r = interpret(
            "u",
            200,
            r#"{"cpes":["cpe:/a:x"],"hostnames":["h.example"],"ip":"203.0.113.7","ports":[3671,47808],"tags":["ics"],"vulns":["CVE-2020-1"]}"#,
        );
        assert!(r.listed);
        assert_eq!(r.ports, vec![3671, 47808]);
        assert_eq!(r.ip, Some(Ipv4Addr::new(203, 0, 113, 7)));
        let r = interpret("u", 404, r#"{"detail":"No information available"}"#);
        assert!(!r.listed && r.error.is_none());
        assert!(interpret("u", 200, "<html>").error.is_some());
        assert!(interpret("u", 429, "").error.is_some());
        assert!(host_is_loopback("http://127.0.0.1:4000"));
        assert!(!host_is_loopback("https://internetdb.shodan.io"));
    }
}
