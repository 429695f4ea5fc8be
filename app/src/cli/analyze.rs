//! `bas-audit analyze CAPTURE [--json]`: a report of what a capture holds.
//!
//! Exit 0 whenever the file could be read as a capture, even if reading stopped early (then a
//! one-line error naming the file and byte offset follows the report on stderr); exit 2 with a
//! one-line error when nothing could be read.

use std::cell::Cell;
use std::fmt::Write as _;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use audit_core::analyze::{self, AnalysisReport, Progress};
use clap::Args;

use super::EXIT_BAD_INPUT;

#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// Capture file (.pcap or .pcapng)
    pub capture: PathBuf,
    /// Print the report as JSON instead of text
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &AnalyzeArgs) -> ExitCode {
    let show_progress = io::stderr().is_terminal();
    let shown = Cell::new(None::<u64>);
    let progress = |p: Progress| {
        if !show_progress {
            return;
        }
        if let Some(f) = p.fraction() {
            let pct = (f * 100.0) as u64;
            if shown.get() != Some(pct) {
                shown.set(Some(pct));
                eprint!("\ranalysing: {pct:3}%  ({} packets)", p.packets);
            }
        }
    };
    let cancel = AtomicBool::new(false);
    let result = analyze::analyze_file(&args.capture, &progress, &cancel);
    if shown.get().is_some() {
        eprint!("\r{:60}\r", "");
    }
    let report = match result {
        Ok(r) => r,
        Err(e) => {
            eprintln!("bas-audit: {e}");
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    let out = if args.json {
        match serde_json::to_string_pretty(&report) {
            Ok(s) => s + "\n",
            Err(e) => {
                eprintln!("bas-audit: cannot encode the report as JSON: {e}");
                return ExitCode::FAILURE;
            }
        }
    } else {
        render_text(&report)
    };
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = io::stdout().lock().write_all(out.as_bytes());
    if let Some(e) = &report.read_error {
        eprintln!("bas-audit: {}", e.line(&report.file));
    }
    ExitCode::SUCCESS
}

/// The plain-text report: header, then per protocol the services by count, malformed reasons,
/// devices or gateways, then what else the capture held.
pub fn render_text(r: &AnalysisReport) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "Capture   {} ({}, {} bytes read)",
        r.file, r.format, r.bytes_read
    );
    let _ = writeln!(s, "Packets   {}", r.packets);
    match (&r.first_timestamp, &r.last_timestamp) {
        (Some(a), Some(b)) => {
            let _ = writeln!(s, "Time      {a} to {b} ({:.1} s)", r.duration_s);
        }
        _ => {
            let _ = writeln!(s, "Time      (no timestamps)");
        }
    }
    if r.cancelled {
        let _ = writeln!(s, "Cancelled: the counts cover only what was read.");
    }

    let b = &r.bacnet;
    let _ = writeln!(
        s,
        "\nBACnet    {} messages, {} malformed",
        b.messages, b.malformed
    );
    counts(&mut s, "service", &b.by_service);
    counts(&mut s, "malformed, by reason", &b.malformed_by_reason);
    if !b.devices.is_empty() {
        let _ = writeln!(s, "\n  Devices ({})", b.devices.len());
        let rows = b
            .devices
            .iter()
            .map(|d| {
                vec![
                    d.device_instance.to_string(),
                    d.address.clone(),
                    d.network.map_or_else(String::new, |n| n.to_string()),
                    match &d.vendor_name {
                        Some(name) => format!("{name} ({})", d.vendor_id),
                        None => d.vendor_id.to_string(),
                    },
                    d.max_apdu.to_string(),
                    d.segmentation.clone(),
                    d.i_am_count.to_string(),
                    d.first_seen.clone().unwrap_or_default(),
                    d.last_seen.clone().unwrap_or_default(),
                ]
            })
            .collect();
        table(
            &mut s,
            &[
                ("instance", true),
                ("address", false),
                ("network", true),
                ("vendor", false),
                ("max APDU", true),
                ("segmentation", false),
                ("I-Ams", true),
                ("first seen", false),
                ("last seen", false),
            ],
            rows,
        );
    }
    if b.devices_not_listed > 0 {
        let _ = writeln!(
            s,
            "  ({} further I-Ams from devices beyond the listing limit)",
            b.devices_not_listed
        );
    }

    let k = &r.knx;
    let _ = writeln!(
        s,
        "\nKNXnet/IP {} messages, {} malformed",
        k.messages, k.malformed
    );
    counts(&mut s, "service", &k.by_service);
    counts(&mut s, "malformed, by reason", &k.malformed_by_reason);
    if !k.gateways.is_empty() {
        let _ = writeln!(s, "\n  Gateways ({})", k.gateways.len());
        let rows = k
            .gateways
            .iter()
            .map(|g| {
                vec![
                    g.address.clone(),
                    g.name.clone(),
                    g.individual_address.clone(),
                    g.mac.clone(),
                    g.serial.clone(),
                    g.service_families.join(", "),
                    g.secure_families.join(", "),
                ]
            })
            .collect();
        table(
            &mut s,
            &[
                ("address", false),
                ("name", false),
                ("individual", false),
                ("MAC", false),
                ("serial", false),
                ("services", false),
                ("secure", false),
            ],
            rows,
        );
    }
    if k.gateways_not_listed > 0 {
        let _ = writeln!(
            s,
            "  ({} further responses from gateways beyond the listing limit)",
            k.gateways_not_listed
        );
    }

    let _ = writeln!(
        s,
        "\nOther     {} other packets, {} IP fragments (not reassembled), {} cut by snapshot \
         length, {} unreadable",
        r.other_packets, r.ip_fragments, r.truncated_packets, r.link_errors.frames
    );
    counts(&mut s, "unreadable, by reason", &r.link_errors.by_reason);
    s
}

/// A name → count table, largest first (ties by name).
fn counts(s: &mut String, title: &str, map: &std::collections::BTreeMap<String, u64>) {
    if map.is_empty() {
        return;
    }
    let mut rows: Vec<_> = map.iter().collect();
    rows.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    let rows = rows
        .into_iter()
        .map(|(k, v)| vec![k.clone(), v.to_string()])
        .collect();
    table(s, &[(title, false), ("count", true)], rows);
}

/// Columns padded to their widest cell; `true` right-aligns (numbers).
fn table(s: &mut String, headers: &[(&str, bool)], rows: Vec<Vec<String>>) {
    let mut widths: Vec<usize> = headers.iter().map(|(h, _)| h.chars().count()).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    let header: Vec<String> = headers.iter().map(|(h, _)| (*h).to_owned()).collect();
    for row in std::iter::once(&header).chain(&rows) {
        let mut line = String::from(" ");
        for ((cell, w), (_, right)) in row.iter().zip(&widths).zip(headers) {
            if *right {
                let _ = write!(line, " {cell:>w$}");
            } else {
                let _ = write!(line, " {cell:<w$}");
            }
        }
        let _ = writeln!(s, "{}", line.trim_end());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use audit_core::analyze::{BacnetReport, DeviceRow, KnxReport, LinkErrors, ReadError};

    fn report() -> AnalysisReport {
        AnalysisReport {
            file: "site.pcap".into(),
            format: "pcap".into(),
            bytes_read: 1000,
            packets: 12,
            first_timestamp: Some("2024-01-01T00:00:00.000000Z".into()),
            last_timestamp: Some("2024-01-01T00:00:10.000000Z".into()),
            duration_s: 10.0,
            bacnet: BacnetReport {
                messages: 10,
                malformed: 1,
                by_service: [("who-is".to_owned(), 2), ("i-am".to_owned(), 7)].into(),
                malformed_by_reason: [("apdu: truncated".to_owned(), 1)].into(),
                devices: vec![DeviceRow {
                    device_instance: 1234,
                    address: "10.0.0.5:47808".into(),
                    network: None,
                    vendor_id: 5,
                    vendor_name: Some("Johnson Controls".into()),
                    max_apdu: 1476,
                    segmentation: "no-segmentation".into(),
                    first_seen: None,
                    last_seen: None,
                    i_am_count: 7,
                }],
                devices_not_listed: 0,
            },
            knx: KnxReport::default(),
            ip_fragments: 0,
            truncated_packets: 0,
            other_packets: 2,
            link_errors: LinkErrors::default(),
            read_error: Some(ReadError {
                offset: 900,
                message: "the file ends in the middle of a block".into(),
            }),
            cancelled: false,
        }
    }

    #[test]
    fn text_lists_services_by_count_and_devices() {
        let text = render_text(&report());
        assert!(text.starts_with("Capture   site.pcap (pcap, 1000 bytes read)\nPackets   12\n"));
        let i_am = text.find("i-am").unwrap();
        let who_is = text.find("who-is").unwrap();
        assert!(i_am < who_is, "largest count first:\n{text}");
        assert!(text.contains("apdu: truncated"));
        assert!(text.contains("Johnson Controls (5)"));
        assert!(text.contains("10.0.0.5:47808"));
        assert!(text.contains("KNXnet/IP 0 messages, 0 malformed"));
        assert!(!text.contains("Gateways"));
    }
}
