//! The report's machine and HTML formats on real audits of the demo building (simulators on
//! loopback) and on hostile data: the JSON validates against docs/report-schema.json and reads
//! back equal, the CSV and EDE files parse back, the HTML fetches nothing and no device text
//! becomes markup anywhere, redaction leaves no trace of a redacted value, and a second visit
//! after the port forward was removed reports that finding as fixed.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use std::collections::BTreeSet;

use audit_core::audit::{self, CheckOptions};
use audit_core::findings::{Evidence, Finding, Remediation, Severity};
use audit_core::inventory::{Device, DibRecord, Gateway, ObjectInfo};
use audit_core::inventory::{ExposureReport, HairpinProbe, IgdReport, PortMapping};
use audit_core::job::{CancelFlag, ProbePolicy};
use audit_core::report::model::FindingStatus;
use audit_core::report::{self, Audience, ReportModel, ReportOptions};
use audit_core::session::{AuditSession, SessionKind};
use audit_core::sim::SimBuilding;

fn check(sim: &SimBuilding) -> audit::CheckReport {
    let policy = ProbePolicy {
        listen_s: 1.0,
        request_timeout_s: 1.0,
        ..ProbePolicy::default()
    }
    .validate()
    .unwrap();
    let mut opts = CheckOptions::new(sim.scope(), policy);
    opts.exposure = Some(sim.exposure_options());
    audit::run_check_blocking(opts, CancelFlag::new(), |_| {}).unwrap()
}

fn demo_session(forward: bool) -> AuditSession {
    let sim = if forward {
        SimBuilding::start_demo().unwrap()
    } else {
        SimBuilding::start_demo_without_forward().unwrap()
    };
    let report = check(&sim);
    drop(sim);
    let mut s = AuditSession::new("Demo audit", SessionKind::Installer);
    s.scope.site.name = "Haus Süd".into();
    s.record_check(&report);
    s
}

fn model(s: &AuditSession, previous: Option<&AuditSession>) -> ReportModel {
    ReportModel::from_session(s, previous, &ReportOptions::default())
}

fn schema_validate(json: &serde_json::Value) -> Result<(), String> {
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../../docs/report-schema.json")).unwrap();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.enable_format_assertions();
    compiler
        .add_resource("report-schema.json", schema)
        .map_err(|e| e.to_string())?;
    let index = compiler
        .compile("report-schema.json", &mut schemas)
        .map_err(|e| format!("{e:#}"))?;
    schemas.validate(json, index).map_err(|e| format!("{e:#}"))
}

/// The JSON that the HTML carries in its data block, decoded.
fn embedded_json(html: &str) -> serde_json::Value {
    let start = html
        .find("<script type=\"application/json\" id=\"bas-audit-data\">")
        .unwrap();
    let body = &html[start..];
    let open_end = body.find('>').unwrap() + 1;
    let close = body.find("</script>").unwrap();
    serde_json::from_str(&body[open_end..close]).unwrap()
}

/// Tag names used in the HTML (opening and closing), lower-cased.
fn tags(html: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let b = html.as_bytes();
    for (i, _) in html.match_indices('<') {
        let rest = &b[i + 1..];
        let rest = rest.strip_prefix(b"/").unwrap_or(rest);
        let name: String = rest
            .iter()
            .take_while(|c| c.is_ascii_alphanumeric() || **c == b'!')
            .map(|c| (*c as char).to_ascii_lowercase())
            .collect();
        out.insert(name);
    }
    out
}

const ALLOWED_TAGS: &[&str] = &[
    "!doctype",
    "html",
    "head",
    "meta",
    "title",
    "style",
    "body",
    "header",
    "h1",
    "h2",
    "h3",
    "h4",
    "p",
    "span",
    "strong",
    "dl",
    "div",
    "dt",
    "dd",
    "nav",
    "ol",
    "ul",
    "li",
    "a",
    "main",
    "section",
    "footer",
    "script",
    "table",
    "caption",
    "colgroup",
    "col",
    "thead",
    "tbody",
    "tfoot",
    "tr",
    "th",
    "td",
    "figure",
    "figcaption",
    "svg",
    "rect",
    "text",
    "article",
    "code",
    "pre",
];

/// The markup of the HTML: every tag's text (`<` to `>`), outside the style and data blocks.
/// Text never holds a raw `<` (the writer escapes it), so this finds every tag there is.
fn tag_texts(html: &str) -> (Vec<String>, String) {
    let mut tags = Vec::new();
    let mut style = String::new();
    let mut rest = html;
    while let Some(i) = rest.find('<') {
        let Some(j) = rest[i..].find('>') else { break };
        let tag = rest[i..i + j + 1].to_ascii_lowercase();
        rest = &rest[i + j + 1..];
        for (open, close) in [("<style", "</style>"), ("<script", "</script>")] {
            if tag.starts_with(open) {
                let end = rest.find(close).unwrap();
                if open == "<style" {
                    style.push_str(&rest[..end]);
                }
                rest = &rest[end..];
            }
        }
        tags.push(tag);
    }
    (tags, style.to_ascii_lowercase())
}

/// Proof by inspection that the HTML makes no request: no attribute that loads anything, no
/// CSS that does, and a CSP that forbids loading even if one slipped in.
fn assert_fetches_nothing(html: &str) {
    let (tags, style) = tag_texts(html);
    for t in &tags {
        for attr in [
            " src=",
            " srcset=",
            " data=",
            " action=",
            " formaction=",
            " poster=",
            " background=",
            "xlink:href",
            " ping=",
            " manifest=",
        ] {
            assert!(!t.contains(attr), "{attr} in {t}");
        }
        if let Some(i) = t.find(" href=\"") {
            assert_eq!(&t[i + 7..i + 8], "#", "a link that is not an anchor: {t}");
        }
        if let Some(i) = t.find(" style=\"") {
            assert!(!t[i..].contains("url("), "{t}");
        }
        for el in [
            "<link", "<img", "<iframe", "<object", "<embed", "<base", "<form", "<audio", "<video",
            "<source", "<use", "<image",
        ] {
            assert!(!t.starts_with(el), "{t}");
        }
    }
    assert!(!style.contains("url(") && !style.contains("@import") && !style.contains("@font-face"));
    let lower = html.to_ascii_lowercase();
    assert!(lower.contains("content-security-policy\" content=\"default-src 'none'"));
    assert_eq!(
        tags.iter().filter(|t| t.starts_with("<script")).count(),
        1,
        "only the JSON data block"
    );
    assert!(lower.contains("<script type=\"application/json\""));
}

#[test]
fn demo_json_validates_round_trips_and_html_is_self_contained() {
    let s = demo_session(true);
    let m = model(&s, None);
    assert!(m.findings.len() >= 5);
    let json = report::json::to_string(&m);
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    schema_validate(&value).unwrap();
    assert_eq!(report::json::from_str(&json).unwrap(), m, "round trip");
    // Fingerprints are unique and stable across two models of the same session.
    let fps: BTreeSet<&str> = m.findings.iter().map(|f| f.fingerprint.as_str()).collect();
    assert_eq!(fps.len(), m.findings.len());
    assert_eq!(
        model(&s, None).findings[0].fingerprint,
        m.findings[0].fingerprint
    );

    let html = report::html::render(&m);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert_fetches_nothing(&html);
    let used = tags(&html);
    for t in &used {
        assert!(ALLOWED_TAGS.contains(&t.as_str()), "unexpected tag <{t}>");
    }
    assert_eq!(
        embedded_json(&html),
        value,
        "the HTML carries the full JSON"
    );
    assert!(html.contains("<th scope=\"col\">"));
    for f in &m.findings {
        let title = f
            .finding
            .title
            .replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('\'', "&#39;");
        assert!(html.contains(&title), "{title}");
    }
    assert!(html.contains("@media print"));
}

#[test]
fn csv_and_ede_of_the_demo_parse_back() {
    let s = demo_session(true);
    let m = model(&s, None);
    let files = report::csv::files(&m);
    let by = |n: &str| files.iter().find(|(k, _)| *k == n).unwrap().1.clone();
    let read = |text: &str| {
        let mut r = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let header: Vec<String> = r.headers().unwrap().iter().map(str::to_owned).collect();
        let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
        (header, rows)
    };
    let (h, rows) = read(&by("devices"));
    assert_eq!(h, report::csv::DEVICE_COLUMNS);
    assert_eq!(rows.len(), m.inventory.bacnet.devices.len());
    for (row, d) in rows.iter().zip(&m.inventory.bacnet.devices) {
        assert_eq!(row[0].parse::<u32>().unwrap(), d.device_instance);
        assert_eq!(&row[2], d.address);
        assert_eq!(row[1], d.object_name.clone().unwrap_or_default());
    }
    let (h, rows) = read(&by("gateways"));
    assert_eq!(h, report::csv::GATEWAY_COLUMNS);
    assert_eq!(rows.len(), m.inventory.knx.gateways.len());
    assert_eq!(&rows[0][4], m.inventory.knx.gateways[0].serial);
    let (h, rows) = read(&by("findings"));
    assert_eq!(h, report::csv::FINDING_COLUMNS);
    assert_eq!(rows.len(), m.findings.len());
    for (row, f) in rows.iter().zip(&m.findings) {
        assert_eq!(&row[0], f.fingerprint);
        assert_eq!(&row[2], f.finding.check_id);
        assert_eq!(
            &row[9],
            f.finding.remediation.installer.replace("- ", "\u{2022} "),
            "multi-line text survives, list items as bullets"
        );
    }

    let ede = report::ede::render(&m);
    assert!(ede.starts_with("# Engineering-Data-Exchange - B.I.G.-EU\r\n"));
    let mut r = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .flexible(true)
        .from_reader(ede.as_bytes());
    let recs: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert_eq!(&recs[1][0], "PROJECT_NAME");
    assert_eq!(&recs[1][1], "Haus Süd");
    assert_eq!(&recs[5][0], "VERSION_OF_LAYOUT");
    assert_eq!(&recs[5][1], "2.3");
    assert_eq!(recs[7].len(), 16);
    assert_eq!(&recs[7][1], "device obj.-instance");
    let points = &recs[8..];
    let expected: usize = m
        .inventory
        .bacnet
        .devices
        .iter()
        .map(|d| {
            1 + d
                .objects
                .iter()
                .filter(|o| o.object_type != "device")
                .count()
        })
        .sum();
    assert_eq!(points.len(), expected);
    for p in points {
        assert_eq!(p.len(), 16);
        let inst: u32 = p[1].parse().unwrap();
        let d = m
            .inventory
            .bacnet
            .devices
            .iter()
            .find(|d| d.device_instance == inst)
            .unwrap();
        let otype: u16 = p[3].parse().unwrap();
        let oinst: u32 = p[4].parse().unwrap();
        if otype == 8 {
            assert_eq!(oinst, inst);
            continue;
        }
        let o = d
            .objects
            .iter()
            .find(|o| {
                o.instance == oinst && report::ede::object_type_code(&o.object_type) == Some(otype)
            })
            .unwrap();
        assert_eq!(p[2], o.object_name.clone().unwrap_or_default());
        assert_eq!(&p[9], if o.commandable { "Y" } else { "N" });
        if o.units.as_deref() == Some("degrees-celsius") {
            assert_eq!(&p[14], "62");
        }
    }
}

#[test]
fn second_visit_without_the_forward_shows_it_fixed() {
    let first = demo_session(true);
    let second = demo_session(false);
    let m = model(&second, Some(&first));
    let c = m.changes.as_ref().expect("compared");
    assert!(
        c.fixed
            .iter()
            .any(|f| f.check_id == "knx.gateway.port_forwarded"),
        "{:?}",
        c.fixed
    );
    assert!(
        !m.findings
            .iter()
            .any(|f| f.finding.check_id == "knx.gateway.port_forwarded")
    );
    assert!(
        c.exposure
            .forwards_removed
            .iter()
            .any(|f| f.starts_with("UDP ")),
        "{:?}",
        c.exposure
    );
    assert!(c.devices_added.is_empty() && c.devices_removed.is_empty());
    // Everything else has its status against the first visit. The simulators take the standard
    // ports when they are free and others when not (a running app holds them), and a port is
    // part of a finding's identity; so "still open" is asserted when both visits had the same.
    assert!(
        m.findings
            .iter()
            .all(|f| f.status != FindingStatus::FirstAudit)
    );
    let addresses = |s: &AuditSession| -> BTreeSet<String> {
        s.inventory
            .knx
            .gateways
            .iter()
            .map(|g| g.address.clone())
            .collect()
    };
    let same_ports = addresses(&first) == addresses(&second);
    if same_ports {
        assert!(
            m.findings
                .iter()
                .any(|f| f.status == FindingStatus::StillOpen)
        );
    }
    let html = report::html::render(&m);
    assert!(html.contains("Fixed since the last visit"));
    if same_ports {
        assert!(html.contains("Still open since the last visit"));
    }
    let value: serde_json::Value = serde_json::from_str(&report::json::to_string(&m)).unwrap();
    schema_validate(&value).unwrap();
}

/// Markup of every format, controls, ANSI, bidi.
const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "</table></td><img src=x onerror=alert(1)>",
    "A & B \"quoted\" 'single'",
    "#set page(width: 1cm) #panic(\"x\") $x^2$ [link](http://x) \\ `code` {{ tpl }} {% x %}",
    "=cmd|' /C calc'!A0",
    "\u{1b}[31mred\u{1b}[0m\u{7}",
    "safe\u{202e}txt.exe\u{2066}x\u{2069}",
    "line1\nline2\r\n\tTab\u{0}nul",
    "</script><!-- -->",
    "*bold* _em_ <b>b</b> ]]> <![CDATA[",
];

fn hostile_session(findings: usize, long: bool) -> AuditSession {
    let mut s = AuditSession::new(HOSTILE[0], SessionKind::Installer);
    s.scope.site.name = HOSTILE[3].into();
    s.notes = HOSTILE.join("\n");
    let big = "W".repeat(64 * 1024);
    for (i, h) in HOSTILE.iter().enumerate() {
        let name = if long && i == 0 {
            format!("{h}{big}")
        } else {
            (*h).to_owned()
        };
        s.inventory.bacnet.devices.push(Device {
            device_instance: i as u32,
            address: format!("198.18.1.{i}:47808"),
            object_name: Some(name.clone()),
            vendor_name: Some((*h).to_owned()),
            model_name: Some((*h).to_owned()),
            firmware_revision: Some((*h).to_owned()),
            description: Some((*h).to_owned()),
            flags: vec![(*h).to_owned()],
            objects: vec![ObjectInfo {
                object_type: "analog-value".into(),
                instance: 1,
                object_name: Some(name),
                units: Some("degrees-celsius".into()),
                commandable: true,
                ..Default::default()
            }],
            ..Default::default()
        });
        s.inventory.knx.gateways.push(Gateway {
            address: format!("198.18.2.{i}:3671"),
            name: (*h).to_owned(),
            individual_address: (*h).to_owned(),
            mac: (*h).to_owned(),
            serial: (*h).to_owned(),
            ..Default::default()
        });
    }
    for i in 0..findings {
        let h = HOSTILE[i % HOSTILE.len()];
        let mut facts = serde_json::Map::new();
        facts.insert(
            h.to_owned(),
            serde_json::json!({ "nested": h, "list": [h, h] }),
        );
        s.findings.push(Finding {
            check_id: format!("hostile.{}", i % 37),
            severity: Severity::ALL[i % 5],
            target: format!("{h} #{i}"),
            title: h.to_owned(),
            evidence: Evidence {
                summary: if long && i == 0 {
                    format!("{h} {big}")
                } else {
                    h.to_owned()
                },
                facts,
                raw_hex: Some(format!("0610{h}")),
            },
            remediation: Remediation {
                why: h.to_owned(),
                installer: format!("- {h}\n- second"),
                homeowner: h.to_owned(),
                verify: h.to_owned(),
                ask_installer: h.to_owned(),
            },
        });
    }
    s
}

fn assert_no_raw_hostile(text: &str, what: &str) {
    for c in ['\u{1b}', '\u{202e}', '\u{2066}', '\u{7}', '\u{0}'] {
        assert!(!text.contains(c), "{what}: raw {:?}", c);
    }
}

#[test]
fn hostile_text_stays_text_in_every_format() {
    let s = hostile_session(40, true);
    let m = model(&s, None);
    let html = report::html::render(&m);
    assert_fetches_nothing(&html);
    for t in tags(&html) {
        assert!(ALLOWED_TAGS.contains(&t.as_str()), "injected tag <{t}>");
    }
    assert_no_raw_hostile(&html, "html");
    assert!(!html.contains("<img src=x"));
    assert!(html.contains("&lt;/table&gt;&lt;/td&gt;&lt;img src=x onerror=alert(1)&gt;"));
    assert!(html.contains("\\x1b[31mred"), "ANSI shown visibly");
    assert!(
        html.contains("safe\\u{202e}txt.exe"),
        "bidi override shown visibly"
    );
    assert_eq!(
        embedded_json(&html),
        serde_json::from_str::<serde_json::Value>(&report::json::to_string(&m)).unwrap()
    );
    // The 64 KB name is shortened in tables and given in full in the appendix.
    assert!(html.contains("[L1]"));
    assert!(html.contains(&"W".repeat(80)));

    let json = report::json::to_string(&m);
    assert_no_raw_hostile(&json, "json");
    let back = report::json::from_str(&json).unwrap();
    assert_eq!(back, m, "the data itself is unchanged");
    schema_validate(&serde_json::from_str(&json).unwrap()).unwrap();

    for (name, text) in report::csv::files(&m) {
        assert_no_raw_hostile(&text, name);
        let mut r = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        let width = r.headers().unwrap().len();
        for rec in r.records() {
            let rec = rec.unwrap();
            assert_eq!(rec.len(), width, "{name}: a value split a row");
            for field in rec.iter() {
                assert!(!field.starts_with('='), "{name}: formula {field}");
            }
        }
    }
    let ede = report::ede::render(&m);
    assert_no_raw_hostile(&ede, "ede");
    let mut r = csv::ReaderBuilder::new()
        .delimiter(b';')
        .has_headers(false)
        .flexible(true)
        .from_reader(ede.as_bytes());
    let recs: Vec<_> = r.records().map(Result::unwrap).collect();
    for p in &recs[8..] {
        assert_eq!(p.len(), 16, "{p:?}");
        assert!(!p[2].starts_with('='));
    }
}

#[test]
fn ten_thousand_findings_render() {
    let s = hostile_session(10_000, false);
    let started = std::time::Instant::now();
    let m = model(&s, None);
    assert_eq!(m.findings.len(), 10_000);
    let html = report::html::render(&m);
    assert_fetches_nothing(&html);
    let json = report::json::to_string(&m);
    assert_eq!(
        report::json::from_str(&json).unwrap().findings.len(),
        10_000
    );
    let text = report::csv::findings(&m);
    let mut r = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    assert_eq!(r.records().count(), 10_000);
    eprintln!(
        "10,000 findings: model + HTML + JSON + CSV in {:?} (debug build), HTML {} bytes",
        started.elapsed(),
        html.len()
    );
}

/// Values that must vanish, in text and as the bytes raw evidence would carry them.
struct Secret {
    text: &'static str,
    hex: Option<&'static str>,
}

const SECRETS: &[Secret] = &[
    Secret {
        text: "85.1.2.3",
        hex: Some("55010203"),
    },
    Secret {
        text: "93.184.216.34",
        hex: Some("5db8d822"),
    },
    Secret {
        text: "00:24:6d:01:02:03",
        hex: Some("00246d010203"),
    },
    Secret {
        text: "00c501020304",
        hex: Some("00c501020304"),
    },
    Secret {
        text: "Villa Kunterbunt",
        hex: Some("56696c6c61204b756e746572"),
    },
    Secret {
        text: "Hauptstraße 5",
        hex: None,
    },
    Secret {
        text: "Pippi Langstrumpf",
        hex: None,
    },
    Secret {
        text: "Annika Settergren",
        hex: None,
    },
    Secret {
        text: "Thomas Installateur",
        hex: None,
    },
    Secret {
        text: "Elektro Blitz GmbH",
        hex: None,
    },
    Secret {
        text: "hunter2",
        hex: None,
    },
    Secret {
        text: "cust-85-1-2-3.isp.example",
        hex: None,
    },
];

fn sensitive_session() -> AuditSession {
    let mut s = AuditSession::new("Audit Villa Kunterbunt", SessionKind::Installer);
    s.scope.site.name = "Villa Kunterbunt".into();
    s.scope.site.address = "Hauptstraße 5, 12345 Taka-Tuka".into();
    s.scope.site.owner = "Annika Settergren".into();
    s.scope.site.auditor = "Thomas Installateur".into();
    s.scope.site.company = "Elektro Blitz GmbH".into();
    s.notes = "Router password: hunter2. Owner Pippi Langstrumpf says hi.".into();
    s.scope.site.owner = "Pippi Langstrumpf".into();
    s.inventory.knx.gateways.push(Gateway {
        address: "192.168.1.40:3671".into(),
        name: "KNX Villa Kunterbunt".into(),
        mac: "00:24:6D:01:02:03".into(),
        serial: "00c501020304".into(),
        serials: vec!["00c501020304".into()],
        dibs: vec![DibRecord {
            code: 1,
            name: "device-info".into(),
            answer: "search-response".into(),
            hex: "3601020011010000c501020304e000170c00246d010203".to_owned()
                + "56696c6c61204b756e746572",
        }],
        ..Default::default()
    });
    s.inventory.bacnet.devices.push(Device {
        device_instance: 7,
        address: "93.184.216.34:47808".into(),
        object_name: Some("Boiler Villa Kunterbunt".into()),
        ..Default::default()
    });
    s.exposure = Some(ExposureReport {
        router: Some([192, 168, 1, 1].into()),
        external_ip: Some([85, 1, 2, 3].into()),
        igd: Some(IgdReport {
            found: true,
            external_ip: Some([85, 1, 2, 3].into()),
            mappings_complete: true,
            mappings: vec![PortMapping {
                protocol: "UDP".into(),
                external_port: 3671,
                internal_client: "192.168.1.40".into(),
                internal_port: 3671,
                enabled: true,
                description: "Villa Kunterbunt remote".into(),
                ..Default::default()
            }],
            ..Default::default()
        }),
        hairpin: vec![HairpinProbe {
            protocol: "knx".into(),
            target: "85.1.2.3:3671".into(),
            outcome: "answered".into(),
            answer_summary: Some(
                "KNX gateway \"KNX Villa Kunterbunt\" MAC 00:24:6d:01:02:03".into(),
            ),
            answer_hex: Some("06100204000801550102030e57".into()),
            ..Default::default()
        }],
        internetdb: Some(audit_core::inventory::InternetDbReport {
            ip: Some([85, 1, 2, 3].into()),
            listed: true,
            ports: vec![3671],
            hostnames: vec!["cust-85-1-2-3.isp.example".into()],
            url: "https://internetdb.shodan.io/85.1.2.3".into(),
            ..Default::default()
        }),
        ..Default::default()
    });
    s.findings.push(Finding {
        check_id: "knx.gateway.port_forwarded".into(),
        severity: Severity::Critical,
        target: "KNX gateway 192.168.1.40:3671 (KNX Villa Kunterbunt)".into(),
        title: "KNX gateway port forwarded from the internet".into(),
        evidence: Evidence {
            summary: "The router's external address 85.1.2.3:3671 answered: KNX gateway \"KNX Villa Kunterbunt\" (MAC 00:24:6d:01:02:03, serial 00c501020304).".into(),
            facts: serde_json::json!({"external_ip": "85.1.2.3", "mac": "00:24:6d:01:02:03"}).as_object().unwrap().clone(),
            raw_hex: Some("0610020400080155010203".into()),
        },
        remediation: audit_core::findings::remediation::for_check("knx.gateway.port_forwarded").unwrap(),
    });
    s.findings.push(Finding {
        check_id: "internet.internetdb.bas_ports".into(),
        severity: Severity::Critical,
        target: "internet address 85.1.2.3".into(),
        title: "Listed in a public exposure index".into(),
        evidence: Evidence {
            summary: "InternetDB lists 85.1.2.3 (cust-85-1-2-3.isp.example) with port 3671 open."
                .into(),
            ..Evidence::default()
        },
        remediation: Remediation::default(),
    });
    s
}

#[test]
fn redaction_leaves_no_trace_in_any_file_of_the_export() {
    let previous = sensitive_session();
    let mut s = sensitive_session();
    s.findings.pop();
    let m = model(&s, Some(&previous));
    let (r, list) = report::redact::redact(&m).unwrap();
    assert!(r.redacted);
    let mut outputs = vec![
        ("html", report::html::render(&r)),
        ("json", report::json::to_string(&r)),
        ("ede", report::ede::render(&r)),
    ];
    outputs.extend(report::csv::files(&r));
    for (name, text) in &outputs {
        let lower = text.to_lowercase();
        for sec in SECRETS {
            assert!(
                !lower.contains(&sec.text.to_lowercase()),
                "{name} still has {}",
                sec.text
            );
            if let Some(hex) = sec.hex {
                assert!(
                    !lower.contains(hex),
                    "{name} still has the bytes of {}",
                    sec.text
                );
            }
        }
    }
    // Consistent: the same public address has the same placeholder in every file.
    let ip = list.iter().find(|x| x.original == "85.1.2.3").unwrap();
    assert!(ip.placeholder.starts_with("198.51.100."));
    for (name, text) in &outputs {
        if *name != "devices" && *name != "gateways" && *name != "ede" {
            assert!(
                text.contains(&ip.placeholder),
                "{name} lacks {}",
                ip.placeholder
            );
        }
    }
    assert_eq!(
        r.exposure
            .as_ref()
            .unwrap()
            .external_ip
            .unwrap()
            .to_string(),
        ip.placeholder
    );
    // Every kind was found, and the list is not part of any output.
    for kind in [
        "public-ip",
        "mac",
        "serial",
        "site",
        "person",
        "company",
        "secret",
        "host",
    ] {
        assert!(list.iter().any(|x| x.kind == kind), "no {kind} in {list:?}");
    }
    // Fingerprints over a redacted value were computed again (a hash of an address could be
    // reversed); the others stay, so redacted exports of two visits still match.
    let sensitive: Vec<&str> = m
        .findings
        .iter()
        .map(|f| (f.fingerprint.as_str(), f.finding.target.as_str()))
        .chain(
            m.changes
                .as_ref()
                .unwrap()
                .fixed
                .iter()
                .map(|f| (f.fingerprint.as_str(), f.target.as_str())),
        )
        // Addresses are part of a target's identity (names in brackets are not).
        .filter(|(_, target)| {
            ["85.1.2.3", "93.184.216.34"]
                .iter()
                .any(|ip| target.contains(ip))
        })
        .map(|(fp, _)| fp)
        .collect();
    assert!(!sensitive.is_empty());
    for fp in sensitive {
        assert!(
            !outputs.iter().any(|(_, t)| t.contains(fp)),
            "old fingerprint {fp}"
        );
    }
    assert_eq!(
        r.findings[0].fingerprint, m.findings[0].fingerprint,
        "no secret in that target"
    );
    // Still a valid report, and the comparison still holds.
    schema_validate(&serde_json::from_str(&report::json::to_string(&r)).unwrap()).unwrap();
    assert_eq!(r.changes.as_ref().unwrap().fixed.len(), 1);
    let owner = ReportModel::from_session(
        &s,
        None,
        &ReportOptions {
            audience: Audience::Owner,
            ..ReportOptions::default()
        },
    );
    let (ro, _) = report::redact::redact(&owner).unwrap();
    let html = report::html::render(&ro);
    assert!(!html.contains("Villa Kunterbunt"));
}
