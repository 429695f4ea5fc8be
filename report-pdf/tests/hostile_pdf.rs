//! The PDF with hostile device text (typst and HTML markup, controls, ANSI, bidi, a 64 KB name)
//! and with redaction: what a reader of the PDF sees (pdftotext), its metadata (pdfinfo) and
//! its raw bytes. Needs poppler-utils (skips without, fails in CI: BAS_AUDIT_REQUIRE_PEERS).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::process::Command;

use audit_core::findings::{Evidence, Finding, Remediation, Severity};
use audit_core::inventory::{Device, DibRecord, Gateway};
use audit_core::inventory::{ExposureReport, IgdReport, PortMapping};
use audit_core::report::{self, ReportModel, ReportOptions};
use audit_core::session::{AuditSession, SessionKind};

fn poppler() -> bool {
    let found = Command::new("pdftotext").arg("-v").output().is_ok();
    if !found {
        assert!(
            std::env::var_os("BAS_AUDIT_REQUIRE_PEERS").is_none(),
            "pdftotext (poppler-utils) is required but missing"
        );
        eprintln!("skipping: poppler-utils is not installed");
    }
    found
}

fn run(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd).args(args).output().unwrap();
    assert!(out.status.success(), "{cmd} {args:?}: {out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// pdftotext's text with line breaks, hyphenation and break opportunities removed.
fn flat(s: &str) -> String {
    s.replace("\u{ad}\n", "")
        .replace(['\u{ad}', '\u{200b}'], "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn text_of(pdf: &[u8]) -> (String, String, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("r.pdf");
    std::fs::write(&p, pdf).unwrap();
    let p = p.to_str().unwrap();
    let text = run("pdftotext", &["-enc", "UTF-8", p, "-"]);
    let info = run("pdfinfo", &[p]) + &run("pdfinfo", &["-meta", p]);
    (text, info, dir)
}

const TYPST_MARKUP: &str = "#panic(\"boom\") #read(\"/etc/passwd\") $x^2$ *strong* _em_ [link] \\ `raw` {{ tpl }} <label> @ref = heading";

#[test]
fn hostile_text_prints_literally() {
    if !poppler() {
        return;
    }
    let mut s = AuditSession::new("<script>alert(1)</script>", SessionKind::Installer);
    s.scope.site.name = "</table> & #set page(width: 1cm)".into();
    let long = format!("Long{}", "Q".repeat(64 * 1024));
    s.inventory.bacnet.devices.push(Device {
        device_instance: 1,
        address: "198.18.1.1:47808".into(),
        object_name: Some(TYPST_MARKUP.into()),
        model_name: Some("\u{1b}[31mred\u{1b}[0m".into()),
        vendor_name: Some("safe\u{202e}txt.exe".into()),
        description: Some(long.clone()),
        location: Some(long.clone()),
        ..Default::default()
    });
    s.inventory.bacnet.devices.push(Device {
        device_instance: 2,
        address: "198.18.1.2:47808".into(),
        object_name: Some(long.clone()),
        ..Default::default()
    });
    for (i, text) in [
        TYPST_MARKUP,
        "<script>x</script></td>",
        "line1\nline2\t\u{0}",
    ]
    .iter()
    .enumerate()
    {
        s.findings.push(Finding {
            check_id: format!("hostile.{i}"),
            severity: Severity::High,
            target: (*text).to_owned(),
            title: format!("Title {text}"),
            evidence: Evidence {
                summary: (*text).to_owned(),
                facts: serde_json::json!({ "name": text })
                    .as_object()
                    .unwrap()
                    .clone(),
                raw_hex: Some("0610".into()),
            },
            remediation: Remediation {
                why: (*text).to_owned(),
                installer: format!("- {text}"),
                homeowner: (*text).to_owned(),
                verify: (*text).to_owned(),
                ask_installer: (*text).to_owned(),
            },
        });
    }
    let m = ReportModel::from_session(&s, None, &ReportOptions::default());
    let pdf = report_pdf::render(&m).unwrap();
    let (text, info, _dir) = text_of(&pdf);
    let flat_text = flat(&text);
    if let Some(d) = std::env::var_os("BAS_AUDIT_REPORT_OUT") {
        std::fs::write(std::path::Path::new(&d).join("hostile.txt"), &text).unwrap();
        std::fs::write(std::path::Path::new(&d).join("hostile.pdf"), &pdf).unwrap();
    }
    // Markup of every kind is printed as it is, not acted on.
    assert!(
        flat_text.contains(&flat(TYPST_MARKUP)),
        "typst markup not literal"
    );
    assert!(flat_text.contains("</table> & #set page(width: 1cm)"));
    assert!(flat_text.contains("<script>x</script></td>"));
    assert!(
        info.contains("</table> & #set page(width: 1cm)"),
        "title metadata as text"
    );
    // Controls, ANSI and bidi are shown as escapes.
    // (Table cells may wrap a value anywhere: compared without white space.)
    let packed: String = flat_text.split_whitespace().collect();
    assert!(packed.contains("\\x1b[31mred\\x1b[0m"));
    assert!(packed.contains("safe\\u{202e}txt.exe"));
    assert!(flat_text.contains("line1\\nline2\\t\\x00"));
    for c in ['\u{1b}', '\u{202e}', '\u{0}'] {
        assert!(!text.contains(c), "raw {c:?} in the PDF text");
    }
    // The 64 KB value: shortened in the table, complete in the long-values appendix.
    assert!(flat_text.contains("[L1]"));
    let qs = text.chars().filter(|c| *c == 'Q').count();
    assert!(qs >= 64 * 1024, "appendix holds the whole value ({qs} Q)");
}

#[test]
fn redacted_pdf_has_no_trace_in_text_metadata_or_bytes() {
    if !poppler() {
        return;
    }
    let mut s = AuditSession::new("Audit Villa Kunterbunt", SessionKind::Installer);
    s.scope.site.name = "Villa Kunterbunt".into();
    s.scope.site.address = "Hauptstraße 5, Taka-Tuka".into();
    s.scope.site.owner = "Pippi Langstrumpf".into();
    s.scope.site.auditor = "Thomas Installateur".into();
    s.scope.site.company = "Elektro Blitz GmbH".into();
    s.notes = "Router password: hunter2".into();
    s.inventory.knx.gateways.push(Gateway {
        address: "192.168.1.40:3671".into(),
        name: "KNX Villa Kunterbunt".into(),
        mac: "00:24:6d:01:02:03".into(),
        serial: "00c501020304".into(),
        dibs: vec![DibRecord {
            code: 1,
            name: "device-info".into(),
            answer: "search-response".into(),
            hex: "3601020011010000c501020304e000170c00246d010203".into(),
        }],
        ..Default::default()
    });
    s.inventory.bacnet.devices.push(Device {
        device_instance: 7,
        address: "93.184.216.34:47808".into(),
        ..Default::default()
    });
    s.exposure = Some(ExposureReport {
        router: Some([192, 168, 1, 1].into()),
        external_ip: Some([85, 1, 2, 3].into()),
        igd: Some(IgdReport {
            found: true,
            mappings_complete: true,
            mappings: vec![PortMapping {
                protocol: "UDP".into(),
                external_port: 3671,
                internal_client: "192.168.1.40".into(),
                internal_port: 3671,
                enabled: true,
                description: "Villa Kunterbunt".into(),
                ..Default::default()
            }],
            ..Default::default()
        }),
        ..Default::default()
    });
    s.findings.push(Finding {
        check_id: "internet.internetdb.bas_ports".into(),
        severity: Severity::Critical,
        target: "internet address 85.1.2.3".into(),
        title: "Listed at 85.1.2.3".into(),
        evidence: Evidence {
            summary: "85.1.2.3 answered (MAC 00:24:6d:01:02:03, serial 00c501020304).".into(),
            facts: serde_json::Map::new(),
            raw_hex: Some("0610020400080155010203".into()),
        },
        remediation: Remediation::default(),
    });
    let m = ReportModel::from_session(&s, None, &ReportOptions::default());
    let (r, list) = report::redact::redact(&m).unwrap();
    let pdf = report_pdf::render(&r).unwrap();
    let (text, info, _dir) = text_of(&pdf);
    let raw = String::from_utf8_lossy(&pdf).to_lowercase();
    let text = flat(&text).to_lowercase();
    let info = info.to_lowercase();
    for secret in [
        "85.1.2.3",
        "93.184.216.34",
        "00:24:6d:01:02:03",
        "00c501020304",
        "villa kunterbunt",
        "hauptstraße",
        "pippi langstrumpf",
        "thomas installateur",
        "elektro blitz",
        "hunter2",
    ] {
        assert!(!text.contains(secret), "text has {secret}");
        assert!(!info.contains(secret), "metadata has {secret}");
        assert!(!raw.contains(secret), "raw bytes have {secret}");
    }
    // The appendix prints raw bytes spaced ("55 01 02 03").
    for hex in ["55010203", "00246d010203", "00c501020304"] {
        let spaced: Vec<&str> = (0..hex.len()).step_by(2).map(|i| &hex[i..i + 2]).collect();
        assert!(
            !text.contains(&spaced.join(" ")),
            "text has the bytes {hex}"
        );
    }
    assert!(
        text.contains("06 10 02 04 00 08 01 c6 33 64"),
        "the placeholder's bytes instead"
    );
    let ip = list.iter().find(|x| x.original == "85.1.2.3").unwrap();
    assert!(text.contains(&ip.placeholder), "{}", ip.placeholder);
    assert!(text.contains("redacted copy"));
}
