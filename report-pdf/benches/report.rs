//! Report rendering benchmark (docs/PERFORMANCE.md §4): a generated audit of 200 BACnet devices
//! × 50 objects, 50 KNX gateways and 500 findings, rendered to PDF and HTML.
//!
//! `cargo bench -p report-pdf --bench report` (release code). Warm = after one untimed render
//! (fonts parsed, typst's caches filled as they would be in a running app); each figure is the
//! median of the runs, with the range. Peak memory is the process's VmHWM after everything,
//! which includes the model and the documents kept alive. Targets: PDF < 1 s, HTML < 100 ms,
//! peak < 200 MB. Optional argument: runs (default 7). Also renders a hostile 10,000-finding
//! audit once, to show it completes.

use std::time::{Duration, Instant};

use audit_core::findings::{Evidence, Finding, Severity, remediation};
use audit_core::inventory::{Device, Gateway, ObjectInfo, TunnelSlot};
use audit_core::report::{ReportModel, ReportOptions, html, json};
use audit_core::session::{AuditSession, SessionKind};

fn generated(devices: u32, objects: u32, gateways: u32, findings: usize) -> AuditSession {
    let mut s = AuditSession::new("Benchmark audit", SessionKind::Installer);
    s.scope.site.name = "Verwaltungsgebäude Nord – Bauteil C".into();
    s.scope.site.auditor = "Benchmark".into();
    let types = [
        "analog-input",
        "analog-value",
        "binary-output",
        "multi-state-value",
    ];
    for d in 0..devices {
        s.inventory.bacnet.devices.push(Device {
            device_instance: 10_000 + d,
            address: format!("10.{}.{}.{}:47808", d / 65536, (d / 256) % 256, d % 256),
            network: Some(1 + (d % 4) as u16),
            vendor_id: 5,
            vendor_name: Some("Johnson Controls, Inc.".into()),
            model_name: Some(format!("FX-PC 36{:02}", d % 100)),
            firmware_revision: Some("4.2.1".into()),
            object_name: Some(format!("AHU-{d} Controller Geschoss {}", d % 7)),
            object_count: Some(objects),
            objects: (0..objects)
                .map(|o| ObjectInfo {
                    object_type: types[(o % 4) as usize].into(),
                    instance: o,
                    object_name: Some(format!("Raum {d}.{o} Sollwert Temperatur")),
                    units: Some("degrees-celsius".into()),
                    commandable: o % 3 == 0,
                    ..Default::default()
                })
                .collect(),
            ..Default::default()
        });
    }
    for g in 0..gateways {
        s.inventory.knx.gateways.push(Gateway {
            address: format!("10.200.{}.{}:3671", g / 256, g % 256),
            name: format!("KNX IP Router Linie {g}"),
            individual_address: format!("1.{}.0", g % 16),
            mac: format!("00:24:6d:00:{:02x}:{:02x}", g / 256, g % 256),
            serial: format!("00c5{g:08x}"),
            secure_supported: g % 2 == 0,
            tunnelling_requires_secure: Some(false),
            routing_requires_secure: Some(false),
            tunnelling_slots: (0..4)
                .map(|i| TunnelSlot {
                    individual_address: format!("1.{}.{}", g % 16, 200 + i),
                    free: i > 0,
                    authorised: false,
                    usable: true,
                })
                .collect(),
            ..Default::default()
        });
    }
    let ids: Vec<&str> = remediation::TEXTS.iter().map(|(id, _)| *id).collect();
    for i in 0..findings {
        let id = ids[i % ids.len()];
        let d = &s.inventory.bacnet.devices[i % s.inventory.bacnet.devices.len()];
        s.findings.push(Finding {
            check_id: id.into(),
            severity: Severity::ALL[i % 5],
            target: format!("BACnet device {} at {} ({})", d.device_instance, d.address, d.object_name.clone().unwrap_or_default()),
            title: remediation::text(id).map(|t| t.title).unwrap_or_default(),
            evidence: Evidence {
                summary: format!("The device {} answered with {} writable points; nothing was written.", d.device_instance, i % 50),
                facts: serde_json::json!({"device_instance": d.device_instance, "points": ["analog-value,1", "analog-value,2"], "writable": true})
                    .as_object()
                    .cloned()
                    .unwrap_or_default(),
                raw_hex: Some("810a001b01040275010e0c020027d91e".repeat(4)),
            },
            remediation: remediation::for_check(id).unwrap_or_default(),
        });
    }
    s
}

fn median(mut v: Vec<Duration>) -> (Duration, Duration, Duration) {
    v.sort();
    (v[v.len() / 2], v[0], v[v.len() - 1])
}

/// CPU time of this process so far (user + system), from /proc/self/stat (clock ticks of 10 ms).
fn cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit(')').next().unwrap_or_default();
    let f: Vec<i64> = after
        .split_whitespace()
        .filter_map(|x| x.parse().ok())
        .collect();
    // Fields after the command: state(skipped, not a number) ppid ... utime is field 14 of the
    // whole line, i.e. index 11 of the numeric fields after the state.
    let ticks = f.get(10).copied().unwrap_or(0) + f.get(11).copied().unwrap_or(0);
    Duration::from_millis(ticks.max(0) as u64 * 10)
}

fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb / 1024.0)
}

fn main() {
    let runs: usize = std::env::args()
        .skip(1)
        .find_map(|a| a.parse().ok())
        .unwrap_or(7);
    let t = Instant::now();
    let session = generated(200, 50, 50, 500);
    let model = ReportModel::from_session(&session, None, &ReportOptions::default());
    println!("generated audit + model: {:?}", t.elapsed());

    if let Some(mb) = peak_rss_mb() {
        println!("peak memory before any render (VmHWM): {mb:.0} MB");
    }
    if let Ok(keep) = std::env::var("BENCH_SECTION") {
        let mut doc = audit_core::report::view::Document::of(&model);
        doc.sections.retain(|s| s.id == keep);
        let t = Instant::now();
        let c = cpu_time();
        let pdf = report_pdf::render_document(&doc, &model).expect("pdf");
        println!(
            "section {keep}: {} bytes in {:?} (CPU {:?})",
            pdf.len(),
            t.elapsed(),
            cpu_time() - c
        );
        return;
    }
    let t = Instant::now();
    let c = cpu_time();
    let pdf = report_pdf::render(&model).expect("pdf");
    let cold = t.elapsed();
    println!("first render CPU time {:?}", cpu_time() - c);
    let path = std::env::temp_dir().join("bas-audit-bench-report.pdf");
    let _ = std::fs::write(&path, &pdf);
    println!(
        "PDF size {} bytes ({}); first (cold) render {cold:?}",
        pdf.len(),
        path.display()
    );
    if let Some(mb) = peak_rss_mb() {
        println!("peak memory after one PDF (VmHWM): {mb:.0} MB");
    }
    let mut pdf_times = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let bytes = report_pdf::render(&model).expect("pdf");
        pdf_times.push(t.elapsed());
        assert_eq!(bytes.len() / 1000, pdf.len() / 1000);
    }
    let html_first = html::render(&model);
    let mut html_times = Vec::new();
    for _ in 0..runs.max(20) {
        let t = Instant::now();
        let h = html::render(&model);
        html_times.push(t.elapsed());
        assert_eq!(h.len(), html_first.len());
    }
    let mut json_times = Vec::new();
    for _ in 0..runs.max(20) {
        let t = Instant::now();
        let j = json::to_string(&model);
        json_times.push(t.elapsed());
        std::hint::black_box(j);
    }
    let (p, pmin, pmax) = median(pdf_times);
    let (h, hmin, hmax) = median(html_times);
    let (j, jmin, jmax) = median(json_times);
    println!("PDF  warm: median {p:?} (range {pmin:?} – {pmax:?}), {runs} runs");
    println!(
        "HTML warm: median {h:?} (range {hmin:?} – {hmax:?}), {} bytes",
        html_first.len()
    );
    println!("JSON warm: median {j:?} (range {jmin:?} – {jmax:?})");
    if let Some(mb) = peak_rss_mb() {
        println!("peak memory (VmHWM): {mb:.0} MB");
    }

    let t = Instant::now();
    let big = generated(20, 5, 5, 10_000);
    let m = ReportModel::from_session(&big, None, &ReportOptions::default());
    let bytes = report_pdf::render(&m).expect("pdf of 10,000 findings");
    println!(
        "10,000 findings: PDF {} bytes in {:?}",
        bytes.len(),
        t.elapsed()
    );
    if let Some(mb) = peak_rss_mb() {
        println!("peak memory after the 10,000-finding PDF (VmHWM): {mb:.0} MB");
    }
}
