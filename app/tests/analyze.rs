//! `bas-audit analyze` run as a user would, on the public captures in `shared/` next to the
//! repository (SOURCES.md there lists them with tshark's packet totals).

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_bas-audit");

fn public(rel: &str) -> PathBuf {
    let p = Path::new(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../shared/captures/public/"
    ))
    .join(rel);
    assert!(
        p.exists(),
        "{} missing: the public captures must sit in shared/ next to the repository",
        p.display()
    );
    p
}

fn run(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(BIN)
        .args(args)
        .output()
        .expect("run bas-audit")
}

fn analyze_json(path: &Path) -> (Value, Output) {
    let out = run(&["analyze".as_ref(), path.as_os_str(), "--json".as_ref()]);
    assert!(
        out.status.success(),
        "{}: {}",
        path.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).expect("stdout is JSON");
    (v, out)
}

/// A scratch directory removed on drop.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Self {
        let dir =
            std::env::temp_dir().join(format!("bas-audit-test-{}-{name}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        Scratch(dir)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// (file, packets per SOURCES.md, BACnet messages, KNXnet/IP messages). BACnet: frames tshark
/// shows as BVLC or LLC+BACnet; the MS/TP mix has 2264 Cimetrics MS/TP-over-LLC frames and 3
/// ARP besides. KNX: frame 3 is one TCP segment with two KNXnet/IP frames, so 2 + 2.
const PUBLIC: [(&str, u64, u64, u64); 13] = [
    (
        "bacnet/automayt_BACnet-exception-schedule-property-1.pcapng",
        2,
        2,
        0,
    ),
    ("bacnet/automayt_BACnetL_SchedRPM.pcapng", 2, 2, 0),
    (
        "bacnet/cisagov-icsnpp_bacnet_error_reject_abort.pcap",
        45,
        45,
        0,
    ),
    ("bacnet/cisagov-icsnpp_bacnet_example.pcap", 3257, 3257, 0),
    (
        "bacnet/cisagov-icsnpp_bacnet_segmented_data.pcap",
        20,
        20,
        0,
    ),
    ("bacnet/cisagov-icsnpp_bacnet_services.pcap", 7158, 7158, 0),
    ("bacnet/emreekin_BACnet-BBMD-on-same-subnet.pcap", 14, 14, 0),
    ("bacnet/emreekin_BACnetIP-MSTP-Mix.pcap", 2411, 72, 0),
    ("bacnet/emreekin_bacnet-ip.pcap", 834, 834, 0),
    ("bacnet/emreekin_bacnet-properties.pcap", 4120, 4120, 0),
    ("bacnet/ndpi_bacnet.pcap", 23, 23, 0),
    ("knx/ndpi_knxip.pcapng", 3, 0, 4),
    ("related/ndpi_natpmp.pcap", 11, 0, 0),
];

#[test]
fn packet_totals_match_sources_md() {
    for (rel, packets, bacnet, knx) in PUBLIC {
        let (v, out) = analyze_json(&public(rel));
        assert_eq!(v["packets"], packets, "{rel}");
        assert_eq!(v["bacnet"]["messages"], bacnet, "{rel}");
        assert_eq!(v["knx"]["messages"], knx, "{rel}");
        assert_eq!(v["read_error"], Value::Null, "{rel}");
        assert_eq!(v["link_errors"]["frames"], 0, "{rel}");
        assert!(
            out.stderr.is_empty(),
            "{rel}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        // by_service + malformed account for every message.
        for proto in ["bacnet", "knx"] {
            let by: u64 = v[proto]["by_service"]
                .as_object()
                .unwrap()
                .values()
                .map(|n| n.as_u64().unwrap())
                .sum();
            let malformed = v[proto]["malformed"].as_u64().unwrap();
            assert_eq!(
                by + malformed,
                v[proto]["messages"].as_u64().unwrap(),
                "{rel}"
            );
        }
    }
}

#[test]
fn json_has_the_design_keys() {
    let (v, _) = analyze_json(&public("bacnet/cisagov-icsnpp_bacnet_example.pcap"));
    for key in [
        "file",
        "packets",
        "first_timestamp",
        "last_timestamp",
        "duration_s",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    for key in ["ip_fragments", "other_packets", "link_errors", "read_error"] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    for key in [
        "messages",
        "malformed",
        "by_service",
        "malformed_by_reason",
        "devices",
    ] {
        assert!(v["bacnet"].get(key).is_some(), "missing bacnet.{key}");
    }
    for key in [
        "messages",
        "malformed",
        "by_service",
        "malformed_by_reason",
        "gateways",
    ] {
        assert!(v["knx"].get(key).is_some(), "missing knx.{key}");
    }
    // capinfos: first packet 2020-01-28 19:00:02.797008, last 19:06:30.362641 (UTC).
    assert_eq!(v["first_timestamp"], "2020-01-28T19:00:02.797008Z");
    assert_eq!(v["last_timestamp"], "2020-01-28T19:06:30.362641Z");
    let span = v["duration_s"].as_f64().unwrap();
    assert!((span - 387.6).abs() < 0.1, "{span}");
}

#[test]
fn plain_output_is_readable() {
    let path = public("bacnet/cisagov-icsnpp_bacnet_example.pcap");
    let out = run(&["analyze".as_ref(), path.as_os_str()]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("cisagov-icsnpp_bacnet_example.pcap"),
        "{text}"
    );
    assert!(text.contains("Packets   3257"), "{text}");
    assert!(text.contains("BACnet    3257 messages"), "{text}");
    assert!(text.contains("KNXnet/IP 0 messages"), "{text}");
    assert!(out.stderr.is_empty());
}

/// Offsets of the records of a little-endian microsecond pcap.
fn pcap_record_offsets(bytes: &[u8]) -> Vec<usize> {
    assert_eq!(&bytes[..4], &[0xd4, 0xc3, 0xb2, 0xa1]);
    let mut offsets = Vec::new();
    let mut at = 24;
    while at + 16 <= bytes.len() {
        offsets.push(at);
        let caplen = u32::from_le_bytes(bytes[at + 8..at + 12].try_into().unwrap()) as usize;
        at += 16 + caplen;
    }
    offsets
}

#[test]
fn truncated_copy_reports_what_came_before_and_the_offset() {
    let original = std::fs::read(public("bacnet/cisagov-icsnpp_bacnet_example.pcap")).unwrap();
    let offsets = pcap_record_offsets(&original);
    assert_eq!(offsets.len(), 3257);
    // Cut 10 bytes into record 2000 (0-based 1999).
    let cut_record = offsets[1999];
    let scratch = Scratch::new("truncated");
    let path = scratch.0.join("cut.pcap");
    std::fs::write(&path, &original[..cut_record + 10]).unwrap();

    let (v, out) = analyze_json(&path);
    assert_eq!(v["packets"], 1999);
    assert_eq!(v["read_error"]["offset"], cut_record as u64);
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("cut.pcap"), "{stderr}");
    assert!(stderr.contains(&format!("byte {cut_record}")), "{stderr}");

    // Plain output too: report on stdout, the one line on stderr, exit 0.
    let out = run(&["analyze".as_ref(), path.as_os_str()]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("Packets   1999"));
    assert_eq!(String::from_utf8_lossy(&out.stderr).lines().count(), 1);
}

#[test]
fn garbage_and_missing_files_fail_with_one_line() {
    let scratch = Scratch::new("garbage");
    let garbage = scratch.0.join("notes.pcap");
    std::fs::write(&garbage, b"this is not a capture, just some text\n").unwrap();
    let missing = scratch.0.join("nope.pcapng");
    let empty = scratch.0.join("empty.pcap");
    std::fs::write(&empty, b"").unwrap();
    for path in [&garbage, &missing, &empty] {
        for json in [false, true] {
            let mut args = vec!["analyze".as_ref(), path.as_os_str()];
            if json {
                args.push("--json".as_ref());
            }
            let out = run(&args);
            assert!(!out.status.success(), "{}", path.display());
            assert!(out.stdout.is_empty());
            let stderr = String::from_utf8(out.stderr).unwrap();
            assert_eq!(stderr.lines().count(), 1, "{stderr}");
            let name = path.file_name().unwrap().to_str().unwrap();
            assert!(stderr.contains(name), "{stderr}");
        }
    }
}

#[test]
fn help_lists_analyze_and_version_works() {
    let out = run(&["--help".as_ref()]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("analyze"), "{text}");

    let out = run(&["--version".as_ref()]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    // The version and the commit it was built from (tests/version_cli.rs checks the commit).
    assert_eq!(
        text.trim(),
        format!(
            "bas-audit {} (commit {})",
            env!("CARGO_PKG_VERSION"),
            env!("BAS_AUDIT_COMMIT")
        )
    );
}

/// Plain `bas-audit` starts the desktop app; with no display it fails with one clear line
/// (the display variables are removed so this never opens a window on a developer's desktop).
#[test]
fn no_arguments_starts_the_gui_and_fails_cleanly_without_a_display() {
    let data = std::env::temp_dir().join(format!("bas-audit-no-display-{}", std::process::id()));
    let out = Command::new(BIN)
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .env_remove("WAYLAND_SOCKET")
        .env("BAS_AUDIT_DATA_DIR", &data)
        .output()
        .expect("run bas-audit");
    assert!(!out.status.success());
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(stderr.contains("could not open a window"), "{stderr}");
    assert!(stderr.contains("bas-audit --help"), "{stderr}");
    std::fs::remove_dir_all(&data).ok();
}

// ---- Counts by service: meaningful once the real BACnet and KNX codecs are merged. ----
// Expected values from tshark 4.0.17 (`-T fields -e bacapp.unconfirmed_service
// -e bacapp.confirmed_service -e bacapp.type`, `-e kip.servicetype`).

fn service(v: &Value, proto: &str, name: &str) -> u64 {
    v[proto]["by_service"][name].as_u64().unwrap_or(0)
}

#[test]
fn example_capture_services_and_devices() {
    let (v, _) = analyze_json(&public("bacnet/cisagov-icsnpp_bacnet_example.pcap"));
    assert_eq!(v["bacnet"]["malformed"], 0);
    assert_eq!(service(&v, "bacnet", "i-am"), 210);
    assert_eq!(service(&v, "bacnet", "who-is"), 7);
    // 1400 Read-Property requests (confirmed service 12, PDU type 0).
    assert_eq!(service(&v, "bacnet", "read-property"), 1400);
    // 30 devices 172.20.32.100..=129, seven I-Ams each.
    let devices = v["bacnet"]["devices"].as_array().unwrap();
    assert_eq!(devices.len(), 30);
    assert!(devices.iter().all(|d| d["i_am_count"] == 7));
    let d = devices
        .iter()
        .find(|d| d["device_instance"] == 416)
        .unwrap();
    assert_eq!(d["address"], "172.20.32.100:47808");
    assert_eq!(d["vendor_id"], 138);
}

#[test]
fn ndpi_capture_services() {
    let (v, _) = analyze_json(&public("bacnet/ndpi_bacnet.pcap"));
    assert_eq!(service(&v, "bacnet", "who-is"), 6);
    assert_eq!(service(&v, "bacnet", "i-am"), 5);
    // tshark: frame 22 bacnet.mesgtyp 0x01, frame 23 0x13.
    assert_eq!(service(&v, "bacnet", "i-am-router-to-network"), 1);
    assert_eq!(service(&v, "bacnet", "network-number-is"), 1);
}

#[test]
fn bbmd_capture_routed_devices() {
    let (v, _) = analyze_json(&public("bacnet/emreekin_BACnet-BBMD-on-same-subnet.pcap"));
    assert_eq!(service(&v, "bacnet", "i-am"), 10);
    assert_eq!(service(&v, "bacnet", "who-is"), 2);
    let devices = v["bacnet"]["devices"].as_array().unwrap();
    // Device 884456 sits behind a router on network 4, MS/TP MAC 0x56.
    let routed: Vec<_> = devices
        .iter()
        .filter(|d| d["device_instance"] == 884_456)
        .collect();
    assert!(!routed.is_empty());
    assert!(
        routed
            .iter()
            .all(|d| d["network"] == 4 && d["address"] == "net 4 mac 56")
    );
    // Frames 7 and 8: device 18's own I-Am, and the BBMD (192.168.0.24) forwarding it with
    // origin 192.168.0.18. Both count for the device at its own address, not the BBMD's.
    assert_eq!(devices.len(), 5);
    let d18 = devices.iter().find(|d| d["device_instance"] == 18).unwrap();
    assert_eq!(d18["address"], "192.168.0.18:47808");
    assert_eq!(d18["i_am_count"], 2);
}

#[test]
fn knx_capture_services() {
    let (v, _) = analyze_json(&public("knx/ndpi_knxip.pcapng"));
    assert_eq!(v["knx"]["malformed"], 0);
    assert_eq!(service(&v, "knx", "search-request-extended"), 1);
    assert_eq!(service(&v, "knx", "search-request"), 1);
    // Service types 0x0423 and 0x0425 in one TCP segment.
    assert_eq!(service(&v, "knx", "tunnelling-feature-response"), 1);
    assert_eq!(service(&v, "knx", "tunnelling-feature-info"), 1);
}

/// `analyze` in plain text, with `--lang` (or none) and extra environment.
fn analyze_text(path: &Path, lang: Option<&str>, env: &[(&str, &str)]) -> String {
    let mut cmd = Command::new(BIN);
    // The test's own locale must not choose the language.
    for var in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] {
        cmd.env_remove(var);
    }
    cmd.envs(env.iter().copied());
    if let Some(l) = lang {
        cmd.args(["--lang", l]);
    }
    let out = cmd
        .arg("analyze")
        .arg(path)
        .output()
        .expect("run bas-audit");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).unwrap()
}

/// The English words that start the label and table-header lines of `analyze`.
fn english_labels() -> Vec<String> {
    use audit_core::text::{Lang, tr};
    let mut ids: Vec<(&str, String)> = audit_core::text::message_ids(Lang::En);
    ids.retain(|(area, id)| {
        *area == "cli"
            && (id.starts_with("cli-label-") || id.starts_with("cli-col-"))
            && !matches!(id.as_str(), "cli-col-mac" | "cli-col-i-ams")
    });
    ids.into_iter()
        .map(|(_, id)| tr(Lang::En, &id, &[]))
        .collect()
}

/// `--lang de` / `--lang nl`: every label line of the English output (block labels, protocol
/// lines, table headers) reads differently, no line starts with an English label, and the
/// layout (line count, the label column) is kept.
#[test]
fn analyze_text_in_german_and_dutch_has_no_english_label() {
    let labels = english_labels();
    assert!(labels.contains(&"Capture".to_owned()), "{labels:?}");
    for capture in [
        "bacnet/cisagov-icsnpp_bacnet_example.pcap",
        "knx/ndpi_knxip.pcapng",
    ] {
        let path = public(capture);
        let en = analyze_text(&path, Some("en"), &[]);
        assert!(en.starts_with("Capture   "), "{en}");
        let en_lines: Vec<&str> = en.lines().collect();
        let is_label_line = |l: &str| {
            let first = l.trim_start();
            first.starts_with("BACnet")
                || first.starts_with("KNXnet/IP")
                || labels
                    .iter()
                    .any(|w| first.starts_with(w.as_str()) && first[w.len()..].starts_with(' '))
        };
        let label_lines: Vec<usize> = (0..en_lines.len())
            .filter(|&i| is_label_line(en_lines[i]))
            .collect();
        assert!(label_lines.len() >= 6, "{en}");
        for lang in ["de", "nl"] {
            let text = analyze_text(&path, Some(lang), &[]);
            let lines: Vec<&str> = text.lines().collect();
            assert_eq!(lines.len(), en_lines.len(), "{lang}: same layout\n{text}");
            for &i in &label_lines {
                assert_ne!(
                    lines[i], en_lines[i],
                    "{lang}: line {i} still English\n{text}"
                );
            }
            for l in &lines {
                let first = l.trim_start();
                assert!(
                    !labels.iter().any(
                        |w| first.starts_with(w.as_str()) && first[w.len()..].starts_with("  ")
                    ),
                    "{lang}: English label in {l:?}\n{text}"
                );
            }
            // The header block's values start in one column.
            let column = |l: &str| l.len() - l[l.find(' ').unwrap_or(0)..].trim_start().len();
            let head: Vec<usize> = lines[..3].iter().map(|l| column(l)).collect();
            assert!(
                head.iter().all(|c| *c == head[0]),
                "{lang}: {head:?}\n{text}"
            );
        }
    }
}

/// Without `--lang`, the system's locale chooses: `LC_ALL=de_DE.UTF-8` prints German.
#[test]
fn analyze_text_follows_the_system_locale() {
    let path = public("bacnet/cisagov-icsnpp_bacnet_example.pcap");
    let de = analyze_text(&path, None, &[("LC_ALL", "de_DE.UTF-8")]);
    assert!(de.starts_with("Mitschnitt "), "{de}");
    assert!(de.contains("3257 Nachrichten"), "{de}");
    let nl = analyze_text(&path, None, &[("LANG", "nl_NL.UTF-8")]);
    assert!(nl.starts_with("Opname "), "{nl}");
    let en = analyze_text(&path, None, &[("LC_ALL", "fr_FR.UTF-8")]);
    assert!(
        en.starts_with("Capture   "),
        "another language: English\n{en}"
    );
    // --lang wins over the locale.
    let en = analyze_text(&path, Some("en"), &[("LC_ALL", "de_DE.UTF-8")]);
    assert!(en.starts_with("Capture   "), "{en}");
}
