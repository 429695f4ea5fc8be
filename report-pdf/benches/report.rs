//! Report rendering benchmark (docs/PERFORMANCE.md §4): a generated audit of 200 BACnet devices
//! × 50 objects and 50 KNX gateways whose ≈500 findings come from running the real checks over
//! that inventory (so they share a few check ids, as in a real site), rendered to PDF and HTML.
//!
//! `cargo bench -p report-pdf --bench report` (release code). Figures, per document:
//! - cold: a fresh process that builds the model and renders one PDF (fonts parsed, typst's
//!   library built, nothing memoized); its wall and CPU time and its peak memory (VmHWM).
//!   The bench runs itself as that child process ([`CHILD`]).
//! - warm: in this process, after one untimed render, each run first empties typst's memo
//!   caches (`report_pdf::evict_caches`): fonts and library loaded, the layout done afresh, as
//!   in a running app asked for a new report.
//! - memoized: the same model again without emptying the caches (the GUI's Save after a
//!   preview).
//! - HTML and JSON, warm.
//!
//! Medians with ranges. Documents: `realistic` (the target of issue 14), `spread` (500 findings
//! cycling through every check id and every severity: ≈190 groups, a worst case for grouping),
//! and a hostile 10,000-finding audit rendered once. Optional argument: runs (default 7).
//! `BENCH_SECTION=<id>` renders one section of the realistic document alone (profiling).

use std::net::Ipv4Addr;
use std::process::Command;
use std::time::{Duration, Instant};

use audit_core::checks::{self, CheckInput};
use audit_core::findings::{Evidence, Finding, Severity, remediation};
use audit_core::inventory::{
    Device, ExposureReport, Gateway, IgdReport, Inventory, ObjectInfo, OfferedFamily, PortMapping,
    TunnelSlot,
};
use audit_core::report::{ReportModel, ReportOptions, html, json};
use audit_core::session::{AuditSession, SessionKind};

/// First argument of the child process that renders one PDF cold.
const CHILD: &str = "--cold-child";

fn inventory(devices: u32, objects: u32, gateways: u32) -> Inventory {
    let mut inv = Inventory::default();
    let types = [
        "analog-input",
        "analog-value",
        "binary-output",
        "multi-state-value",
    ];
    for d in 0..devices {
        inv.bacnet.devices.push(Device {
            device_instance: 10_000 + d,
            address: format!("10.{}.{}.{}:47808", d / 65536, (d / 256) % 256, d % 256),
            network: Some(1 + (d % 4) as u16),
            vendor_id: 5,
            vendor_name: Some("Johnson Controls, Inc.".into()),
            model_name: Some(format!("FX-PC 36{:02}", d % 100)),
            firmware_revision: Some("4.2.1".into()),
            object_name: Some(format!("AHU-{d} Controller Geschoss {}", d % 7)),
            object_count: Some(objects),
            services_supported: [
                "read-property",
                "write-property",
                "device-communication-control",
                "reinitialize-device",
            ]
            .map(String::from)
            .to_vec(),
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
        inv.knx.gateways.push(Gateway {
            address: format!("10.200.{}.{}:3671", g / 256, g % 256),
            name: format!("KNX IP Router Linie {g}"),
            individual_address: format!("1.{}.0", g % 16),
            mac: format!("00:24:6d:00:{:02x}:{:02x}", g / 256, g % 256),
            serial: format!("00c5{g:08x}"),
            core_version: Some(2),
            service_families: ["core v2", "device-management v2", "tunnelling v2"]
                .iter()
                .filter_map(|f| OfferedFamily::parse(f))
                .collect(),
            secure_supported: g % 2 == 0,
            tunnelling_requires_secure: Some(false),
            device_management_requires_secure: Some(false),
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
    inv
}

/// The router forwards UDP 3671 to the first gateway (one critical finding, as in the demo).
fn exposure() -> ExposureReport {
    ExposureReport {
        router: Some(Ipv4Addr::new(10, 0, 0, 1)),
        external_ip: Some(Ipv4Addr::new(198, 51, 100, 7)),
        igd: Some(IgdReport {
            found: true,
            mappings: vec![PortMapping {
                index: 0,
                protocol: "UDP".into(),
                external_port: 3671,
                internal_client: "10.200.0.0".into(),
                internal_port: 3671,
                enabled: true,
                description: "KNX remote access".into(),
                ..Default::default()
            }],
            mappings_complete: true,
            ..Default::default()
        }),
        ..Default::default()
    }
}

/// A site as an audit finds it: the findings are what the checks make of the inventory.
fn realistic() -> AuditSession {
    let mut s = AuditSession::new("Benchmark audit", SessionKind::Installer);
    s.scope.site.name = "Verwaltungsgebäude Nord – Bauteil C".into();
    s.scope.site.auditor = "Benchmark".into();
    s.inventory = inventory(200, 50, 50);
    s.exposure = Some(exposure());
    s.findings = checks::run_all(&CheckInput {
        inventory: Some(&s.inventory),
        exposure: s.exposure.as_ref(),
        write_tests: &[],
        observed_writes: &[],
    });
    s.verdict = Some(checks::verdict::verdict_with(
        &s.findings,
        s.exposure.as_ref(),
        Some(&s.inventory),
    ));
    s
}

/// `findings` findings cycling through every check id and every severity (so hardly two share
/// a cause), each with raw evidence: the worst case for grouping.
fn spread(devices: u32, objects: u32, gateways: u32, findings: usize) -> AuditSession {
    let mut s = AuditSession::new("Benchmark audit", SessionKind::Installer);
    s.scope.site.name = "Verwaltungsgebäude Nord – Bauteil C".into();
    s.inventory = inventory(devices, objects, gateways);
    let ids: Vec<&str> = remediation::TEXTS.iter().map(|(id, _)| *id).collect();
    for i in 0..findings {
        let id = ids[i % ids.len()];
        let d = &s.inventory.bacnet.devices[i % s.inventory.bacnet.devices.len()];
        s.findings.push(Finding {
            check_id: id.into(),
            severity: Severity::ALL[i % 5],
            target: format!(
                "BACnet device {} at {} ({})",
                d.device_instance,
                d.address,
                d.object_name.clone().unwrap_or_default()
            ),
            title: remediation::text(id).map(|t| t.title).unwrap_or_default(),
            evidence: Evidence {
                summary: format!(
                    "The device {} answered with {} writable points; nothing was written.",
                    d.device_instance,
                    i % 50
                ),
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

fn session(name: &str) -> AuditSession {
    match name {
        "realistic" => realistic(),
        "spread" => spread(200, 50, 50, 500),
        "hostile" => spread(20, 5, 5, 10_000),
        other => panic!("no document {other}"),
    }
}

fn model(name: &str) -> ReportModel {
    ReportModel::from_session(&session(name), None, &ReportOptions::default())
}

fn median(mut v: Vec<Duration>) -> (Duration, Duration, Duration) {
    v.sort();
    (v[v.len() / 2], v[0], v[v.len() - 1])
}

/// CPU time of this process so far (user + system, all threads), from /proc/self/stat.
fn cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let after = stat.rsplit(')').next().unwrap_or_default();
    let f: Vec<i64> = after
        .split_whitespace()
        .filter_map(|x| x.parse().ok())
        .collect();
    // utime and stime are fields 14 and 15 of the line: indices 10 and 11 of the numeric fields
    // after the state letter. Clock ticks of 10 ms.
    let ticks = f.get(10).copied().unwrap_or(0) + f.get(11).copied().unwrap_or(0);
    Duration::from_millis(ticks.max(0) as u64 * 10)
}

fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(0.0, |kb| kb / 1024.0)
}

/// Pages of a PDF: its page objects.
fn pages(pdf: &[u8]) -> usize {
    let needle = b"/Type /Page";
    pdf.windows(needle.len() + 1)
        .filter(|w| w.starts_with(needle) && w[needle.len()] != b's')
        .count()
}

fn load() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_owned))
        .unwrap_or_default()
}

/// The child: one cold PDF of `name`; prints "wall_ms cpu_ms peak_mb pages bytes".
fn cold_child(name: &str) {
    let t = Instant::now();
    let c = cpu_time();
    let m = model(name);
    let pdf = report_pdf::render(&m).expect("pdf");
    println!(
        "{} {} {:.0} {} {}",
        t.elapsed().as_millis(),
        (cpu_time() - c).as_millis(),
        peak_rss_mb(),
        pages(&pdf),
        pdf.len()
    );
}

fn cold(name: &str, runs: usize) {
    let exe = std::env::current_exe().expect("own path");
    let mut lines = Vec::new();
    for _ in 0..runs {
        let out = Command::new(&exe)
            .args([CHILD, name])
            .output()
            .expect("child");
        assert!(out.status.success(), "{out:?}");
        lines.push(String::from_utf8_lossy(&out.stdout).trim().to_owned());
    }
    let col = |i: usize| -> Vec<f64> {
        lines
            .iter()
            .filter_map(|l| l.split_whitespace().nth(i)?.parse().ok())
            .collect()
    };
    let med = |mut v: Vec<f64>| -> (f64, f64, f64) {
        v.sort_by(f64::total_cmp);
        (v[v.len() / 2], v[0], v[v.len() - 1])
    };
    let (w, wmin, wmax) = med(col(0));
    let (c, cmin, cmax) = med(col(1));
    let (p, pmin, pmax) = med(col(2));
    let last: Vec<&str> = lines
        .last()
        .map(|l| l.split_whitespace().collect())
        .unwrap_or_default();
    println!(
        "{name}: PDF cold (fresh process, model + one PDF), {runs} runs: wall {w:.0} ms \
         ({wmin:.0}–{wmax:.0}), CPU {c:.0} ms ({cmin:.0}–{cmax:.0}), peak {p:.0} MB \
         ({pmin:.0}–{pmax:.0}); {} pages, {} bytes",
        last.get(3).unwrap_or(&"?"),
        last.get(4).unwrap_or(&"?"),
    );
}

fn warm(name: &str, runs: usize) {
    let t = Instant::now();
    let s = session(name);
    let m = ReportModel::from_session(&s, None, &ReportOptions::default());
    println!(
        "{name}: {} findings in {} groups; session + model {:?}",
        m.findings.len(),
        m.groups.len(),
        t.elapsed()
    );
    let first = report_pdf::render(&m).expect("pdf");
    let mut fresh = Vec::new();
    let mut cpu = Vec::new();
    for _ in 0..runs {
        report_pdf::evict_caches();
        let c = cpu_time();
        let t = Instant::now();
        let bytes = report_pdf::render(&m).expect("pdf");
        fresh.push(t.elapsed());
        cpu.push(cpu_time() - c);
        assert_eq!(bytes.len() / 1000, first.len() / 1000);
    }
    let mut memo = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        std::hint::black_box(report_pdf::render(&m).expect("pdf"));
        memo.push(t.elapsed());
    }
    let html_first = html::render(&m);
    let mut html_times = Vec::new();
    for _ in 0..runs.max(20) {
        let t = Instant::now();
        std::hint::black_box(html::render(&m));
        html_times.push(t.elapsed());
    }
    let mut json_times = Vec::new();
    for _ in 0..runs.max(20) {
        let t = Instant::now();
        std::hint::black_box(json::to_string(&m));
        json_times.push(t.elapsed());
    }
    let (p, pmin, pmax) = median(fresh);
    let (c, cmin, cmax) = median(cpu);
    let (q, qmin, qmax) = median(memo);
    let (h, hmin, hmax) = median(html_times);
    let (j, jmin, jmax) = median(json_times);
    println!(
        "{name}: PDF warm (caches emptied), {runs} runs: wall {p:.0?} ({pmin:.0?}–{pmax:.0?}), \
         CPU {c:.0?} ({cmin:.0?}–{cmax:.0?}); {} pages",
        pages(&first)
    );
    println!("{name}: PDF memoized re-render: {q:.0?} ({qmin:.0?}–{qmax:.0?})");
    println!(
        "{name}: HTML warm: {h:.1?} ({hmin:.1?}–{hmax:.1?}), {} bytes",
        html_first.len()
    );
    println!("{name}: JSON warm: {j:.1?} ({jmin:.1?}–{jmax:.1?})");
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some(CHILD) {
        cold_child(args.get(1).map_or("realistic", String::as_str));
        return;
    }
    let runs: usize = args.iter().find_map(|a| a.parse().ok()).unwrap_or(7);
    if let Ok(keep) = std::env::var("BENCH_SECTION") {
        let m = model("realistic");
        let mut doc = audit_core::report::view::Document::of(&m);
        doc.sections.retain(|s| s.id == keep);
        report_pdf::render_document(&doc, &m).expect("pdf");
        report_pdf::evict_caches();
        let t = Instant::now();
        let c = cpu_time();
        let pdf = report_pdf::render_document(&doc, &m).expect("pdf");
        println!(
            "section {keep}: {} pages, {} bytes in {:?} (CPU {:?})",
            pages(&pdf),
            pdf.len(),
            t.elapsed(),
            cpu_time() - c
        );
        return;
    }
    println!("load average (1 min) at start: {}", load());
    for name in ["realistic", "spread"] {
        cold(name, runs.min(5));
        warm(name, runs);
    }
    let t = Instant::now();
    let m = model("hostile");
    let bytes = report_pdf::render(&m).expect("pdf of 10,000 findings");
    println!(
        "hostile: 10,000 findings: PDF {} pages, {} bytes in {:?}; peak of this process {:.0} MB",
        pages(&bytes),
        bytes.len(),
        t.elapsed(),
        peak_rss_mb()
    );
    println!("load average (1 min) at the end: {}", load());
}
