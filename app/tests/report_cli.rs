//! `bas-audit report` run as a user would: a demo audit saved with `check --demo --session`
//! (loopback only), then every format; bad session files; and the HTML opened in headless
//! Chromium with a network log, to show that the page asks for nothing but itself.
//!
//! Chromium (Debian `chromium`) is needed for the last test: it skips without it, unless
//! BAS_AUDIT_REQUIRE_PEERS is set (CI). Chromium runs with its own background services off, every
//! host name mapped to "not found" and a dead loopback proxy, so nothing it does leaves the
//! machine; its screenshot is kept in $BAS_AUDIT_REPORT_OUT when that is set.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_bas-audit");

fn run(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .output()
        .expect("run bas-audit")
}

fn ok(out: &Output) -> String {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A demo audit saved in `dir`.
fn demo_session(dir: &Path) -> PathBuf {
    let s = dir.join("audit.json");
    ok(&run(&[
        "check",
        "--demo",
        "--rate",
        "200",
        "--timeout",
        "0.5",
        "--session",
        s.to_str().unwrap(),
    ]));
    s
}

fn report(session: &Path, format: &str, out: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "report",
        "--session",
        session.to_str().unwrap(),
        "--format",
        format,
        "--out",
        out.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    run(&args)
}

#[test]
fn demo_report_in_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let s = demo_session(dir.path());
    let pdf = dir.path().join("r.pdf");
    let stdout = ok(&report(&s, "pdf", &pdf, &[]));
    assert!(stdout.starts_with("Wrote "), "{stdout}");
    let bytes = std::fs::read(&pdf).unwrap();
    assert!(bytes.starts_with(b"%PDF-1.7"));
    assert!(bytes.len() > 50_000);

    let html = dir.path().join("r.html");
    ok(&report(&s, "html", &html, &["--audience", "owner"]));
    let text = std::fs::read_to_string(&html).unwrap();
    assert!(text.contains("Summary for the owner"));
    assert!(!text.contains("Appendix: raw evidence"), "owner audience");
    assert!(text.contains("BAS Audit demo building (simulated)"));

    let json = dir.path().join("r.json");
    ok(&report(&s, "json", &json, &[]));
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&json).unwrap()).unwrap();
    assert_eq!(v["format"], "bas-audit-report");
    assert!(v["findings"].as_array().unwrap().len() >= 5);

    let csv = dir.path().join("site.csv");
    let stdout = ok(&report(&s, "csv", &csv, &[]));
    for part in ["devices", "gateways", "findings"] {
        let p = dir.path().join(format!("site-{part}.csv"));
        assert!(p.exists(), "{part}: {stdout}");
    }
    let ede = dir.path().join("site_EDE.csv");
    ok(&report(&s, "ede", &ede, &[]));
    assert!(
        std::fs::read_to_string(&ede)
            .unwrap()
            .starts_with("# Engineering-Data-Exchange - B.I.G.-EU\r\n")
    );

    // Redacted: the site's name is gone, and the list of replacements went to stderr only.
    let red = dir.path().join("red.html");
    let out = report(&s, "html", &red, &["--redact"]);
    ok(&out);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("shown once and saved nowhere"), "{stderr}");
    assert!(stderr.contains("BAS Audit demo building (simulated)"));
    let text = std::fs::read_to_string(&red).unwrap();
    assert!(!text.contains("demo building (simulated)"));
    assert!(text.contains("site-1"));

    // Compared with itself: nothing new, nothing fixed.
    let cmp = dir.path().join("cmp.json");
    ok(&report(
        &s,
        "json",
        &cmp,
        &["--compare", s.to_str().unwrap()],
    ));
    let v: serde_json::Value = serde_json::from_slice(&std::fs::read(&cmp).unwrap()).unwrap();
    assert_eq!(v["changes"]["new"].as_array().unwrap().len(), 0);
    assert_eq!(v["changes"]["fixed"].as_array().unwrap().len(), 0);
}

fn one_line_error(out: &Output) -> String {
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(out.stdout.is_empty());
    let err = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.starts_with("bas-audit: "), "{err}");
    err
}

#[test]
fn missing_damaged_or_newer_sessions_give_exit_2_and_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("r.pdf");
    let missing = dir.path().join("missing.json");
    let err = one_line_error(&report(&missing, "pdf", &out, &[]));
    assert!(err.contains("missing.json"), "{err}");

    let damaged = dir.path().join("damaged.json");
    std::fs::write(&damaged, b"{\"format_version\": 2, \"id\": tru").unwrap();
    let err = one_line_error(&report(&damaged, "html", &out, &[]));
    assert!(err.contains("not a readable audit file"), "{err}");

    let newer = dir.path().join("newer.json");
    std::fs::write(&newer, b"{\"format_version\": 999}").unwrap();
    let err = one_line_error(&report(&newer, "json", &out, &[]));
    assert!(err.contains("newer BAS Audit"), "{err}");

    // A good session compared with a damaged one: the same, naming --compare.
    let good = dir.path().join("good.json");
    std::fs::write(
        &good,
        br#"{"format_version":2,"tool_version":"0.1.0","id":"20260101-000000-00000000",
            "name":"x","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z"}"#,
    )
    .unwrap();
    let err = one_line_error(&report(
        &good,
        "pdf",
        &out,
        &["--compare", damaged.to_str().unwrap()],
    ));
    assert!(err.contains("--compare"), "{err}");
    // The session itself is never overwritten by the report.
    let err = one_line_error(&report(&good, "json", &good, &[]));
    assert!(err.contains("session itself"), "{err}");
    assert!(!out.exists(), "nothing written on error");
    // A minimal but valid session still makes a report (nothing checked yet).
    ok(&report(&good, "pdf", &out, &[]));
    // The report speaks English, German and Dutch; another language is refused, naming the
    // ones there are.
    ok(&report(&good, "json", &out, &["--report-lang", "de"]));
    let refused = report(&good, "json", &out, &["--report-lang", "fr"]);
    assert_eq!(refused.status.code(), Some(2));
    let err = String::from_utf8_lossy(&refused.stderr);
    assert!(
        err.contains("no language \"fr\" (languages: en, de, nl)"),
        "{err}"
    );
}

fn chromium() -> Option<&'static str> {
    for c in ["chromium", "chromium-browser"] {
        if Command::new(c)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
        {
            return Some(c);
        }
    }
    assert!(
        std::env::var_os("BAS_AUDIT_REQUIRE_PEERS").is_none(),
        "chromium is required but missing"
    );
    eprintln!("skipping: chromium is not installed");
    None
}

/// Opens `page` in headless Chromium; returns the URLs the page itself asked for (requests with
/// an initiator, from the network log), after checking that nothing at all was resolved.
fn page_requests(browser: &str, page: &Path, work: &Path, shot: &Path) -> Vec<String> {
    let profile = work.join("profile");
    let netlog = work.join("net.json");
    let url = format!("file://{}", page.display());
    let out = Command::new("timeout")
        .args(["120", browser])
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--bwsi",
            "--disable-extensions",
            "--disable-default-apps",
            "--no-pings",
            "--disable-domain-reliability",
            "--disable-client-side-phishing-detection",
            "--disable-breakpad",
            "--metrics-recording-only",
            "--no-default-browser-check",
            // Nothing leaves the machine, whatever the browser wants to do by itself.
            "--host-resolver-rules=MAP * ~NOTFOUND",
            "--proxy-server=http://127.0.0.1:9",
            "--proxy-bypass-list=<-loopback>",
            "--net-log-capture-mode=Everything",
            "--window-size=1100,2400",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .arg(format!("--log-net-log={}", netlog.display()))
        .arg(format!("--screenshot={}", shot.display()))
        .arg(&url)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let log: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&netlog).expect("net log written")).unwrap();
    let types = log["constants"]["logEventTypes"].as_object().unwrap();
    let id = |name: &str| types.get(name).and_then(|v| v.as_u64());
    let start = id("URL_REQUEST_START_JOB").unwrap();
    let events = log["events"].as_array().unwrap();
    if let Some(dns) = id("DNS_TRANSACTION") {
        assert!(
            !events.iter().any(|e| e["type"].as_u64() == Some(dns)),
            "a host name was resolved"
        );
    }
    events
        .iter()
        .filter(|e| e["type"].as_u64() == Some(start))
        .filter(|e| {
            // The browser's own background requests have no initiator ("not an origin"); a
            // request made by the page has the page's origin (a file page: "null").
            e["params"]["initiator"]
                .as_str()
                .is_some_and(|i| i != "not an origin")
        })
        .filter_map(|e| e["params"]["url"].as_str().map(str::to_owned))
        .collect()
}

#[test]
fn html_report_in_chromium_asks_for_nothing() {
    let Some(browser) = chromium() else { return };
    let dir = tempfile::tempdir().unwrap();
    let keep = std::env::var_os("BAS_AUDIT_REPORT_OUT").map(PathBuf::from);
    let shots = keep.clone().unwrap_or_else(|| dir.path().to_path_buf());
    std::fs::create_dir_all(&shots).unwrap();
    let s = demo_session(dir.path());
    let html = dir.path().join("report.html");
    ok(&report(&s, "html", &html, &[]));

    // 1. The report as written.
    let work = dir.path().join("c1");
    let shot = shots.join("report-html.png");
    let asked = page_requests(browser, &html, &work, &shot);
    assert!(asked.is_empty(), "the page asked for {asked:?}");
    assert!(
        std::fs::metadata(&shot).unwrap().len() > 20_000,
        "a real screenshot"
    );

    // 2. Without its Content-Security-Policy: still nothing (the content references nothing,
    //    so the CSP is a second wall, not the one that holds).
    let text = std::fs::read_to_string(&html).unwrap();
    let csp_start = text
        .find("<meta http-equiv=\"Content-Security-Policy\"")
        .unwrap();
    let csp_end = csp_start + text[csp_start..].find('>').unwrap() + 1;
    let open = format!("{}{}", &text[..csp_start], &text[csp_end..]);
    let open_page = dir.path().join("open.html");
    std::fs::write(&open_page, &open).unwrap();
    let asked = page_requests(
        browser,
        &open_page,
        &dir.path().join("c2"),
        &dir.path().join("c2.png"),
    );
    assert!(
        asked.is_empty(),
        "without the CSP the page asked for {asked:?}"
    );

    // 3. The method can see a request: the same page with one image from loopback port 9.
    let probe = open.replacen(
        "<body>",
        "<body><img src=\"http://127.0.0.1:9/probe.png\">",
        1,
    );
    let probe_page = dir.path().join("probe.html");
    std::fs::write(&probe_page, probe).unwrap();
    let asked = page_requests(
        browser,
        &probe_page,
        &dir.path().join("c3"),
        &dir.path().join("c3.png"),
    );
    assert!(
        asked
            .iter()
            .any(|u| u.starts_with("http://127.0.0.1:9/probe.png")),
        "the control request was not seen: {asked:?}"
    );
}
