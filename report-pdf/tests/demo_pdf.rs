//! The demo building's audit as a PDF, checked the way a reader would: its text (pdftotext),
//! its metadata and pages (pdfinfo), and its pages as pictures (pdftoppm) for a person to look
//! at (written to `$BAS_AUDIT_REPORT_OUT` when set).
//!
//! Needs poppler-utils; skips with a message when it is missing, unless
//! `BAS_AUDIT_REQUIRE_PEERS` is set (CI), where a missing tool fails the test.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::path::{Path, PathBuf};
use std::process::Command;

use audit_core::audit::{self, CheckOptions};
use audit_core::job::{CancelFlag, ProbePolicy};
use audit_core::report::markdown::{self, MdBlock};
use audit_core::report::{Audience, ReportModel, ReportOptions};
use audit_core::session::{AuditSession, SessionKind};
use audit_core::sim::SimBuilding;

fn tool(name: &str) -> bool {
    let found = Command::new(name).arg("-v").output().is_ok();
    if !found {
        assert!(
            std::env::var_os("BAS_AUDIT_REQUIRE_PEERS").is_none(),
            "{name} (poppler-utils) is required but missing"
        );
        eprintln!("skipping: {name} (poppler-utils) is not installed");
    }
    found
}

fn demo_session() -> AuditSession {
    let sim = SimBuilding::start_demo().unwrap();
    let policy = ProbePolicy {
        listen_s: 1.0,
        request_timeout_s: 1.0,
        ..ProbePolicy::default()
    }
    .validate()
    .unwrap();
    let mut opts = CheckOptions::new(sim.scope(), policy);
    opts.exposure = Some(sim.exposure_options());
    let report = audit::run_check_blocking(opts, CancelFlag::new(), |_| {}).unwrap();
    let mut s = AuditSession::new("Demo audit", SessionKind::Installer);
    s.scope.site.name = "Wohnanlage Müllerstraße 12 – Haus Süd".into();
    s.scope.site.address = "Müllerstraße 12, 80469 München".into();
    s.scope.site.owner = "Zoë Łukasiewicz".into();
    s.scope.site.auditor = "Jürgen Ørsted".into();
    s.scope.site.company = "Gebäudetechnik Ørsted GmbH".into();
    s.record_check(&report);
    s
}

fn out_dir() -> (Option<tempfile::TempDir>, PathBuf) {
    match std::env::var_os("BAS_AUDIT_REPORT_OUT") {
        Some(d) => {
            std::fs::create_dir_all(&d).unwrap();
            (None, PathBuf::from(d))
        }
        None => {
            let t = tempfile::tempdir().unwrap();
            let p = t.path().to_path_buf();
            (Some(t), p)
        }
    }
}

fn run(cmd: &str, args: &[&str]) -> String {
    let out = Command::new(cmd).args(args).output().unwrap();
    assert!(out.status.success(), "{cmd} {args:?}: {out:?}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The value of a `Key:   value` line of pdfinfo.
fn field(info: &str, key: &str) -> String {
    info.lines()
        .find_map(|l| l.strip_prefix(key)?.strip_prefix(':'))
        .unwrap_or_else(|| panic!("{key} missing in {info}"))
        .trim()
        .to_owned()
}

/// Text without line breaks and hyphenation, spaces collapsed: how a sentence can be found in
/// pdftotext's output however typst broke its lines.
fn flat(s: &str) -> String {
    // typst hyphenates with a soft hyphen at the line end; a real hyphen stays.
    s.replace("\u{ad}\n", "")
        .replace("-\n", "-")
        .replace(['\u{ad}', '\u{200b}'], "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn first_words(md: &str, n: usize) -> Vec<String> {
    markdown::parse(md)
        .iter()
        .flat_map(|b| match b {
            MdBlock::Para(s) => vec![markdown::plain(s)],
            MdBlock::List { items, .. } => items.iter().map(|i| markdown::plain(i)).collect(),
        })
        .map(|t| t.split_whitespace().take(n).collect::<Vec<_>>().join(" "))
        .collect()
}

#[test]
fn demo_audit_pdf_reads_right() {
    if !(tool("pdftotext") && tool("pdfinfo") && tool("pdftoppm")) {
        return;
    }
    let session = demo_session();
    assert!(!session.findings.is_empty());
    let model = ReportModel::from_session(&session, None, &ReportOptions::default());
    let started = std::time::Instant::now();
    let pdf = report_pdf::render(&model).unwrap();
    eprintln!(
        "PDF: {} bytes in {:?} (debug build)",
        pdf.len(),
        started.elapsed()
    );
    let (_keep, dir) = out_dir();
    let path = dir.join("demo-report.pdf");
    std::fs::write(&path, &pdf).unwrap();
    let p = path.to_str().unwrap();

    let info = run("pdfinfo", &[p]);
    eprintln!("{info}");
    assert_eq!(
        field(&info, "Title"),
        "Building automation security audit – Wohnanlage Müllerstraße 12 – Haus Süd"
    );
    assert_eq!(
        field(&info, "Author"),
        "Jürgen Ørsted, Gebäudetechnik Ørsted GmbH"
    );
    assert_eq!(field(&info, "Tagged"), "yes");
    assert_eq!(field(&info, "Page size"), "595.276 x 841.89 pts (A4)");
    let pages: usize = field(&info, "Pages").parse().unwrap();
    assert!(pages >= 8, "{pages} pages");
    let xmp = run("pdfinfo", &["-meta", p]);
    assert!(
        xmp.contains("<dc:language><rdf:Bag><rdf:li>en</rdf:li>"),
        "{xmp}"
    );

    let text = run("pdftotext", &["-enc", "UTF-8", p, "-"]);
    let flat_text = flat(&text);
    // Non-ASCII text survives (Latin-1 and Latin Extended-A).
    for s in [
        "Müllerstraße",
        "Zoë Łukasiewicz",
        "Jürgen Ørsted",
        "Gebäudetechnik",
    ] {
        assert!(flat_text.contains(s), "{s} missing");
    }
    // Every group's title (a finding's own title when it is alone in its group), what was
    // seen at each finding, and the start of each of its installer steps.
    for g in &model.groups {
        let title = flat(&g.title);
        assert!(flat_text.contains(&title), "title {title:?} missing");
        if g.findings.len() == 1 {
            let own = flat(&model.findings[g.findings[0]].finding.title);
            assert!(flat_text.contains(&own), "title {own:?} missing");
        }
    }
    for f in &model.findings {
        let seen: String = f
            .finding
            .evidence
            .summary
            .split_whitespace()
            .take(6)
            .collect::<Vec<_>>()
            .join(" ");
        assert!(
            flat_text.contains(&flat(&seen)),
            "what was seen {seen:?} missing"
        );
        for step in first_words(&f.finding.remediation.installer, 5) {
            assert!(
                flat_text.contains(&flat(&step)),
                "installer step {step:?} of {} missing",
                f.finding.check_id
            );
        }
    }
    // Page numbers and the running header.
    assert!(
        flat_text.contains(&format!("Page 2 of {pages}")),
        "page numbers"
    );
    assert!(flat_text.contains("Summary for the owner"));

    // Pictures of the first pages, for a person to look at.
    run(
        "pdftoppm",
        &[
            "-png",
            "-r",
            "60",
            "-f",
            "1",
            "-l",
            "6",
            p,
            dir.join("page").to_str().unwrap(),
        ],
    );
    assert!(
        Path::new(&dir.join("page-1.png")).exists() || Path::new(&dir.join("page-01.png")).exists()
    );

    // The owner's version is short.
    let owner = ReportModel::from_session(
        &session,
        None,
        &ReportOptions {
            audience: Audience::Owner,
            ..ReportOptions::default()
        },
    );
    let owner_pdf = report_pdf::render(&owner).unwrap();
    let op = dir.join("demo-owner.pdf");
    std::fs::write(&op, &owner_pdf).unwrap();
    let info = run("pdfinfo", &[op.to_str().unwrap()]);
    let owner_pages: usize = field(&info, "Pages").parse().unwrap();
    assert!(owner_pages < pages && owner_pages <= 5, "{owner_pages}");
}
