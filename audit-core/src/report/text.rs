//! Plain text: what the CLI prints (`check`, `discover`, `analyze`, `watch`) and the
//! homeowner's summary the GUI copies for the installer. Front ends print or copy these; they
//! do not format results themselves.

use std::fmt::Write as _;
use std::path::Path;

use crate::analyze::AnalysisReport;
use crate::audit::CheckReport;
use crate::checks::{Light, Verdict};
use crate::discovery::DiscoveryResult;
use crate::findings::{Finding, Severity};
use crate::inventory::{Device, Gateway};
use crate::knx_project::DptSource;
use crate::text::Arg;
use crate::text::{Lang, default_lang, safe, safe_lines, tr};
use crate::watch::{Alert, Baseline, DetectReport, WatchStats};

/// The traffic light in one word (`Green`), in the default language.
pub fn light_word(l: Light) -> String {
    light_word_in(default_lang(), l)
}

pub fn light_word_in(lang: Lang, l: Light) -> String {
    match l {
        Light::Green => tr(lang, "verdict-light-green", &[]),
        Light::Amber => tr(lang, "verdict-light-amber", &[]),
        Light::Red => tr(lang, "verdict-light-red", &[]),
    }
}

/// The verdict's headline, or a plain one for its light while it has none (an old audit).
pub fn headline(v: &Verdict) -> String {
    if !v.headline.to_string().trim().is_empty() {
        return v.headline.to_string();
    }
    let lang = default_lang();
    match v.light {
        Light::Green => tr(lang, "verdict-fallback-green", &[]),
        Light::Amber => tr(lang, "verdict-fallback-amber", &[]),
        Light::Red => tr(lang, "verdict-fallback-red", &[]),
    }
}

/// Items in their text form, joined.
fn joined(items: &[impl ToString], separator: &str) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(separator)
}

// ---- check ----

/// Indents every line of `text` after the first by `indent` spaces.
fn hang(text: &str, indent: usize) -> String {
    let pad = " ".repeat(indent);
    text.trim()
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i == 0 {
                l.to_owned()
            } else {
                format!("{pad}{l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The plain-text result: verdict, then findings grouped by severity.
pub fn check(r: &CheckReport) -> String {
    let mut s = String::new();
    let v = &r.verdict;
    let _ = writeln!(
        s,
        "\nVerdict   {}{}",
        light_word(v.light).to_uppercase(),
        if v.headline.is_empty() {
            String::new()
        } else {
            format!(": {}", v.headline)
        }
    );
    if !v.explanation.is_empty() {
        let _ = writeln!(s, "          {}", hang(&v.explanation.to_string(), 10));
    }
    let counts: Vec<String> = r
        .counts()
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(sev, n)| format!("{n} {}", sev.name()))
        .collect();
    let _ = writeln!(
        s,
        "Findings  {}",
        if counts.is_empty() {
            "none".to_owned()
        } else {
            counts.join(", ")
        }
    );
    if let Some(a) = &v.exposure {
        s.push_str(&exposure(a));
    }
    for sev in Severity::ALL {
        let group: Vec<_> = r.findings.iter().filter(|f| f.severity == sev).collect();
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(s, "\n{} ({})", sev.name().to_uppercase(), group.len());
        for f in group {
            let _ = writeln!(s, "  * {}  [{}]", safe(&f.title.to_string()), f.check_id);
            let _ = writeln!(s, "    Target  {}", safe(&f.target.to_string()));
            if !f.evidence.summary.is_empty() {
                let _ = writeln!(
                    s,
                    "    Seen    {}",
                    hang(&safe(&f.evidence.summary.to_string()), 12)
                );
            }
            if !f.remediation.installer.is_empty() {
                let _ = writeln!(s, "    Fix     {}", hang(&f.remediation.installer, 12));
            }
        }
    }
    if !v.ask_installer.is_empty() {
        let _ = writeln!(s, "\nAsk the installer");
        for a in &v.ask_installer {
            let _ = writeln!(s, "  - {}", safe(&a.to_string()));
        }
    }
    if !v.checked.is_empty() {
        let _ = writeln!(s, "\nChecked: {}", joined(&v.checked, "; "));
    }
    if !v.not_checked.is_empty() {
        let _ = writeln!(s, "Not checked: {}", joined(&v.not_checked, "; "));
    }
    let d = &r.discovery;
    let _ = writeln!(
        s,
        "\n{} BACnet devices, {} KNXnet/IP gateways; {} packets sent in {:.1} s{}",
        r.inventory.bacnet.devices.len(),
        r.inventory.knx.gateways.len(),
        r.packets_sent,
        r.elapsed_s,
        r.stopped
            .as_deref()
            .map(|w| format!("; stopped: {w}"))
            .unwrap_or_default()
    );
    if d.diagnosis.little_found {
        let _ = writeln!(s, "{}", d.diagnosis.summary);
    }
    trust_section(&mut s, &r.inventory.trust);
    safe_lines(&s).into_owned()
}

/// The exposure state with its proof and what to do (under the verdict of `check`).
pub fn exposure(a: &crate::checks::Assessment) -> String {
    let mut s = String::new();
    let address = a
        .address
        .as_ref()
        .map(|f| format!(" ({})", crate::checks::exposure::address_words(f)))
        .unwrap_or_default();
    let _ = writeln!(s, "Exposure  {}{address}", a.state.words());
    for p in &a.proof {
        let _ = writeln!(s, "  Proof   {}", hang(&p.to_string(), 10));
    }
    for d in &a.what_to_do {
        let _ = writeln!(s, "  Do      {}", hang(&d.to_string(), 10));
    }
    s
}

// ---- discover ----

fn or_dash(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("-")
}

/// At most `n` characters, so that columns stay aligned.
fn cut(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

fn device_line(d: &Device) -> String {
    let net = match (d.network, d.routed) {
        (Some(n), true) => format!("{n} (routed, MAC {})", d.mac.as_deref().unwrap_or("?")),
        (Some(n), false) => n.to_string(),
        (None, _) => "-".into(),
    };
    let commandable = d.objects.iter().filter(|o| o.commandable).count();
    let objects = match d.object_count {
        Some(n) if commandable > 0 => format!("{n} objects, {commandable} commandable"),
        Some(n) => format!("{n} objects"),
        None => "objects unknown".into(),
    };
    // Names, vendor, model and firmware are the device's words: shown, never interpreted.
    let mut s = format!(
        "  {:<8} {:<22} net {:<20} {:<28} {:<18} {:<18} fw {:<8} {objects}",
        d.device_instance,
        d.address,
        net,
        safe(or_dash(&d.object_name)),
        cut(&safe(d.vendor_name.as_deref().unwrap_or("vendor ?")), 18),
        cut(&safe(or_dash(&d.model_name)), 18),
        safe(or_dash(&d.firmware_revision)),
    );
    for p in &d.network_ports {
        if p.network_type == Some(11) {
            s.push_str("; BACnet/SC port");
        }
        if p.bacnet_ip_mode.as_deref() == Some("bbmd") {
            s.push_str("; BBMD");
            if p.bbmd_accept_fd_registrations == Some(true) {
                s.push_str(" accepting foreign devices");
            }
        }
    }
    if d.read_method != "read-property-multiple" {
        let _ = write!(s, "; read with {}", d.read_method);
    }
    for f in &d.flags {
        let _ = write!(s, "; {f}");
    }
    s
}

fn secure_words(g: &Gateway) -> String {
    if !g.secure_supported {
        return "KNX IP Secure not supported".into();
    }
    let req = |name: &str, v: Option<bool>| match v {
        Some(true) => format!("{name} secured"),
        Some(false) => format!("{name} NOT secured"),
        None => format!("{name} unknown"),
    };
    format!(
        "KNX IP Secure supported: {}, {}, {}",
        req("tunnelling", g.tunnelling_requires_secure),
        req("routing", g.routing_requires_secure),
        req("device management", g.device_management_requires_secure)
    )
}

/// The plain-text result.
pub fn discovery(r: &DiscoveryResult) -> String {
    let mut s = String::new();
    let b = &r.inventory.bacnet;
    let _ = writeln!(s, "\nBACnet/IP devices: {}", b.devices.len());
    for d in &b.devices {
        let _ = writeln!(s, "{}", device_line(d));
    }
    if !b.routers.is_empty() {
        let _ = writeln!(s, "BACnet routers: {}", b.routers.len());
        for rt in &b.routers {
            let nets: Vec<String> = rt.networks.iter().map(u16::to_string).collect();
            let _ = writeln!(
                s,
                "  {:<22} to network(s) {}{}",
                rt.address,
                nets.join(", "),
                rt.local_network
                    .map(|n| format!(" (local network {n})"))
                    .unwrap_or_default()
            );
        }
    }
    if !b.bbmds.is_empty() {
        let _ = writeln!(s, "BBMDs: {}", b.bbmds.len());
        for m in &b.bbmds {
            let bdt: Vec<&str> = m.bdt.iter().map(|e| e.address.as_str()).collect();
            let fdt = match &m.fdt {
                Some(f) if f.is_empty() => "FDT empty".to_owned(),
                Some(f) => format!(
                    "FDT {}",
                    f.iter()
                        .map(|e| format!("{} (ttl {} s)", e.address, e.ttl))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                None => format!(
                    "FDT not readable{}",
                    m.read_fdt_refused
                        .as_deref()
                        .map(|c| format!(" ({c})"))
                        .unwrap_or_default()
                ),
            };
            let _ = writeln!(s, "  {:<22} BDT {}; {fdt}", m.address, bdt.join(", "));
        }
    }
    for d in &b.duplicate_instances {
        let _ = writeln!(
            s,
            "  ! device instance {} answers from several addresses: {}",
            d.device_instance,
            d.addresses.join(", ")
        );
    }
    for a in &b.shared_addresses {
        let inst: Vec<String> = a.device_instances.iter().map(u32::to_string).collect();
        let _ = writeln!(
            s,
            "  ! address {} answers as several device instances: {}",
            a.address,
            inst.join(", ")
        );
    }
    let k = &r.inventory.knx;
    let _ = writeln!(s, "KNXnet/IP gateways: {}", k.gateways.len());
    for g in &k.gateways {
        let slots = if g.tunnelling_slots.is_empty() {
            String::new()
        } else {
            format!(
                "; tunnel slots {} free of {}",
                g.tunnelling_slots.iter().filter(|t| t.free).count(),
                g.tunnelling_slots.len()
            )
        };
        let _ = writeln!(
            s,
            "  {:<22} {:<9} {:<30} Core v{} serial {}; {}{slots}",
            g.address,
            g.individual_address,
            format!("\"{}\"", safe(&g.name)),
            g.core_version.map_or("?".into(), |v| v.to_string()),
            safe(&g.serial),
            secure_words(g)
        );
        if let Some(c) = &g.claimed_control_endpoint {
            let _ = writeln!(
                s,
                "    ! its answers name {c} as its address (not believed, not contacted)"
            );
        }
        for f in &g.flags {
            let _ = writeln!(s, "    ! {f}");
        }
        for d in &g.disagreements {
            let _ = writeln!(s, "    ! answers disagree: {}", safe(d));
        }
    }
    for n in &r.notes {
        let _ = writeln!(s, "Note: {}", safe(&n.message));
    }
    let _ = writeln!(
        s,
        "\n{} packets sent ({} estimated), {} received, in {:.1} s{}",
        r.packets_sent,
        r.estimated_packets,
        r.packets_received,
        r.elapsed_s,
        r.stopped
            .as_deref()
            .map(|w| format!("; stopped: {w}"))
            .unwrap_or_default()
    );
    let _ = writeln!(s, "{}", r.diagnosis.summary);
    if r.diagnosis.little_found || !r.diagnosis.items.is_empty() {
        for i in &r.diagnosis.items {
            let _ = writeln!(
                s,
                "\n* {}\n  Seen: {}",
                i.title,
                safe(&i.evidence.to_string())
            );
            for step in &i.next_steps {
                let _ = writeln!(s, "  - {step}");
            }
        }
    }
    trust_section(&mut s, &r.inventory.trust);
    safe_lines(&s).into_owned()
}

/// What was not believed (docs/TRUST.md): claims, limits, identity conflicts, malformed
/// answers per source, refused sends. Nothing when all is plain.
fn trust_section(s: &mut String, t: &crate::inventory::TrustFacts) {
    if t.is_empty() {
        return;
    }
    let _ = writeln!(s, "\nNot believed or not done (see docs/TRUST.md):");
    for l in &t.limits {
        let peer = if l.peer.is_empty() {
            String::new()
        } else {
            format!("{}: ", l.peer)
        };
        let _ = writeln!(
            s,
            "  ! limit {}: {peer}claimed {}, at most {}; {}",
            l.limit, l.claimed, l.allowed, l.skipped
        );
    }
    for c in &t.claims {
        let verdict = if c.trusted {
            "believed (a BBMD we found vouches for it)".to_owned()
        } else {
            format!("not believed: {}", c.reason)
        };
        let _ = writeln!(
            s,
            "  ! {} claims {} at {} ({}, ×{}): {verdict}",
            c.from,
            safe(&c.what),
            c.names,
            c.kind,
            c.count
        );
    }
    for c in &t.identity_conflicts {
        let who: Vec<String> = c
            .claimants
            .iter()
            .map(|x| {
                format!(
                    "{}{}",
                    x.address,
                    if x.secure_supported {
                        " (claims KNX IP Secure)"
                    } else {
                        ""
                    }
                )
            })
            .collect();
        let _ = writeln!(
            s,
            "  ! two devices claim {} {}: {}",
            c.field,
            safe(&c.value),
            who.join(", ")
        );
    }
    for m in &t.malformed {
        let _ = writeln!(
            s,
            "  ! {} sent {} {} answer(s) with {}{}",
            m.source,
            m.count,
            m.protocol,
            m.reason,
            if m.listed {
                " (still listed, flagged)"
            } else {
                " (not listed)"
            }
        );
    }
    for r in &t.refused_sends {
        let _ = writeln!(
            s,
            "  ! not sent to {} ({}, ×{})",
            r.destination, r.reason, r.count
        );
    }
    if t.rows_not_listed > 0 {
        let _ = writeln!(s, "  ({} more rows not listed)", t.rows_not_listed);
    }
}

// ---- analyze ----

/// The plain-text report: header, then per protocol the services by count, malformed reasons,
/// devices or gateways, then what else the capture held.
pub fn analysis(r: &AnalysisReport) -> String {
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
                    safe(&g.name).into_owned(),
                    g.individual_address.clone(),
                    g.mac.clone(),
                    g.serial.clone(),
                    joined(&g.service_families, ", "),
                    joined(&g.secure_families, ", "),
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
    safe_lines(&s).into_owned()
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

// ---- watch ----

fn stats_line(s: &WatchStats) -> String {
    let span = match (&s.first, &s.last) {
        (Some(a), Some(b)) => format!(", {a} to {b} ({})", duration(s.duration_s)),
        _ => String::new(),
    };
    format!(
        "{} messages ({} malformed) in {} packets from {}{span}",
        s.messages, s.malformed, s.packets, s.source
    )
}

fn duration(s: f64) -> String {
    if s >= 7200.0 {
        format!("{:.1} h", s / 3600.0)
    } else if s >= 120.0 {
        format!("{:.0} min", s / 60.0)
    } else {
        format!("{s:.0} s")
    }
}

/// What the model holds, for an installer.
pub fn watch_learned(b: &Baseline, s: &WatchStats, model: &Path) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "Learned   {}", stats_line(s));
    let _ = writeln!(o, "Model     {}", model.display());
    let writable = b.points.iter().filter(|p| p.writes > 0).count();
    let _ = writeln!(
        o,
        "Points    {} (values of device objects and KNX groups; {} written)",
        b.points.len(),
        writable
    );
    let _ = writeln!(
        o,
        "Rates     {} source/service pairs, interval {} s, metric {}",
        b.rates.len(),
        b.config.interval_s,
        b.config.metric.name()
    );
    let _ = writeln!(
        o,
        "Network   {} hosts, {} conversations, {} devices, {} routers",
        b.hosts.len(),
        b.conversations.len(),
        b.devices.len(),
        b.routers.len()
    );
    if let Some(line) = knx_types_line(b) {
        let _ = writeln!(o, "{line}");
    }
    let written: Vec<_> = b.points.iter().filter(|p| p.writes > 0).take(20).collect();
    if !written.is_empty() {
        let _ = writeln!(o, "\nWritten points (who may write what):");
        for p in written {
            let what = p
                .name
                .clone()
                .or_else(|| p.object.clone())
                .or_else(|| p.group.clone().map(|g| format!("group {g}")))
                .unwrap_or_default();
            let what = safe(&what);
            // KNX values in their datapoint type's words (`on`, `21.6 °C`), units included.
            let typed = p.dpt.filter(|_| p.is_typed_knx());
            let value = |x: f64| typed.map_or_else(|| num(x), |d| d.display_number(x));
            let range = match (p.min, p.max, &p.values) {
                (_, _, Some(v)) if p.is_discrete() => format!(
                    "values {}",
                    v.iter().map(|x| value(*x)).collect::<Vec<_>>().join(", ")
                ),
                (Some(a), Some(z), _) => format!("{}–{}", value(a), value(z)),
                _ => String::new(),
            };
            let units = match (&p.units, typed) {
                (Some(u), None) => format!(" {u}"),
                _ => String::new(),
            };
            let inferred = if typed.is_some() && p.dpt_source != Some(DptSource::Ets) {
                let lang = default_lang();
                tr(lang, "watch-summary-inferred", &[])
            } else {
                String::new()
            };
            let writers: Vec<String> = p.writers.iter().map(ToString::to_string).collect();
            let _ = writeln!(
                o,
                "  {what:32} {range}{units}{inferred}  ({} writes by {})",
                p.writes,
                writers.join(", ")
            );
        }
    }
    if b.limits.any() {
        let _ = writeln!(
            o,
            "\nNote: some keys were not learned because a memory cap was reached: {:?}",
            b.limits
        );
    }
    safe_lines(&o).into_owned()
}

fn num(x: f64) -> String {
    crate::watch::detectors::number(x)
}

/// `KNX       20 groups: types from the ETS project building.csv (27 group addresses)` or
/// `... types inferred from traffic`; `None` without KNX groups.
fn knx_types_line(b: &Baseline) -> Option<String> {
    let knx: Vec<_> = b.points.iter().filter(|p| p.is_typed_knx()).collect();
    if knx.is_empty() {
        return None;
    }
    let ets = knx
        .iter()
        .filter(|p| p.dpt_source == Some(DptSource::Ets))
        .count();
    let args = [
        ("groups", Arg::from(knx.len())),
        ("ets", Arg::from(ets)),
        ("inferred", Arg::from(knx.len() - ets)),
        (
            "file",
            Arg::from(
                b.knx_project
                    .as_ref()
                    .and_then(|t| t.file.clone())
                    .unwrap_or_default(),
            ),
        ),
    ];
    let lang = default_lang();
    Some(tr(lang, "watch-summary-knx", &args))
}

/// Alerts for an installer: most severe first, each with what to do.
pub fn watch_detected(r: &DetectReport) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "Checked   {}", stats_line(&r.stats));
    if r.alerts.is_empty() {
        let _ = writeln!(o, "\nNo alerts: the traffic matches the learned model.");
        return o;
    }
    let mut alerts: Vec<&Alert> = r.alerts.iter().collect();
    alerts.sort_by_key(|a| (a.severity, a.time_ns));
    let _ = writeln!(o, "\n{} alerts:", alerts.len());
    for a in alerts {
        let what = a.rule.as_deref().map_or(a.detector.name().to_owned(), |r| {
            format!("{} {r}", a.detector.name())
        });
        let times = if a.count > 1 {
            format!(" (×{}, until {})", a.count, a.last_time)
        } else {
            String::new()
        };
        let _ = writeln!(
            o,
            "\n[{}] {}  {what}{times}",
            a.severity.name().to_uppercase(),
            a.time
        );
        let _ = writeln!(o, "  {}", safe(&a.summary.to_string()));
        if let Some(f) = a.folded_text() {
            let _ = writeln!(o, "  {}", safe(&f.to_string()));
        }
        let _ = writeln!(o, "  Normal: {}", safe(&a.normal.to_string()));
        let _ = writeln!(o, "  To do:  {}", safe(&a.action.to_string()));
    }
    if r.stats.alerts_suppressed > 0 {
        let _ = writeln!(
            o,
            "\n{} more alerts were counted but not kept (cap reached).",
            r.stats.alerts_suppressed
        );
    }
    safe_lines(&o).into_owned()
}

// ---- homeowner self-check (copied for the installer) ----

/// The questions for the installer: the verdict's own, else one per finding that needs work.
pub fn questions(v: &Verdict, findings: &[Finding]) -> Vec<String> {
    if !v.ask_installer.is_empty() {
        return v.ask_installer.iter().map(ToString::to_string).collect();
    }
    findings
        .iter()
        .filter(|f| f.severity != Severity::Info)
        .map(|f| format!("Please look at this: {}", safe(&f.title.to_string())))
        .collect()
}

/// Plain text for the installer (clipboard).
pub fn installer(v: &Verdict, findings: &[Finding]) -> String {
    let mut s = format!(
        "Home automation self-check (BAS Audit): {} — {}\n",
        light_word(v.light),
        headline(v)
    );
    if !v.explanation.is_empty() {
        s.push_str(&format!("\n{}\n", v.explanation.to_string().trim()));
    }
    // The exposure state with its proof, as `check` prints it under the verdict.
    if let Some(a) = &v.exposure {
        s.push('\n');
        s.push_str(&exposure(a));
    }
    let qs = questions(v, findings);
    if !qs.is_empty() {
        s.push_str("\nPlease:\n");
        for q in qs {
            s.push_str(&format!("- {}\n", safe(&q)));
        }
    }
    if !findings.is_empty() {
        s.push_str("\nWhat the check found:\n");
        for f in findings {
            s.push_str(&format!(
                "- [{}] {} ({})\n  Seen: {}\n",
                f.severity.name(),
                safe(&f.title.to_string()),
                safe(&f.target.to_string()),
                safe(&f.evidence.summary.to_string())
            ));
        }
    }
    safe_lines(&s).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "Copy for my installer" carries the exposure state with its proof, as `check` prints it.
    #[test]
    fn installer_text_has_the_exposure_state_and_its_proof() {
        use crate::inventory::{AddressSource, ExposureReport, IgdReport, PortMapping};
        let x = ExposureReport {
            router: Some("192.168.1.1".parse().unwrap()),
            igd: Some(IgdReport {
                found: true,
                mappings_complete: true,
                end_code: Some(713),
                mappings: vec![PortMapping {
                    protocol: "UDP".into(),
                    external_port: 3671,
                    internal_client: "192.168.1.10".into(),
                    internal_port: 3671,
                    enabled: true,
                    ..PortMapping::default()
                }],
                ..IgdReport::default()
            }),
            external_ip: Some("100.64.7.9".parse().unwrap()),
            external_ip_source: Some(AddressSource::Upnp),
            ..ExposureReport::default()
        };
        let v = crate::checks::verdict(&[], Some(&x));
        let t = installer(&v, &[]);
        assert!(
            t.contains(
                "Exposure  forwarded, behind the provider's network (100.64.7.9, an address shared"
            ),
            "{t}"
        );
        assert!(
            t.contains("Proof   The router's list has UDP port 3671 → 192.168.1.10:3671"),
            "{t}"
        );
        assert!(!t.contains("reached from the internet"), "{t}");
        assert_eq!(t.matches("Exposure  ").count(), 1);
    }
    use crate::analyze::{BacnetReport, DeviceRow, KnxReport, LinkErrors, ReadError};

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
                malformed_by_source: Default::default(),
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
    fn analysis_lists_services_by_count_and_devices() {
        let text = analysis(&report());
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

    /// What a hostile device can put in its names: screen clear, window title, cursor position
    /// report, BEL, BS, CR, NUL, a line break, C1 CSI, DEL and a right-to-left override.
    const HOSTILE: &str =
        "\x1b[2J\x1b]0;owned\x07\x1b[6n\x08\r\0LINE\nFORGED\u{9b}31m\u{7f}\u{202e}gnp.exe";

    /// The escapes of [`HOSTILE`], as every output shows them.
    const SHOWN: &str = "\\x1b[2J\\x1b]0;owned\\x07\\x1b[6n\\x08\\x0d\\x00LINE\\x0aFORGED\\u{9b}31m\\x7f\\u{202e}gnp.exe";

    fn assert_shown_not_interpreted(text: &str) {
        assert!(
            !text
                .chars()
                .any(|c| c != '\n' && crate::text::safe::is_unsafe(c)),
            "raw control or bidi character in:\n{text:?}"
        );
        assert!(text.contains(SHOWN), "the name is shown escaped:\n{text}");
        assert!(!text.contains("\nFORGED"), "a name forged a line:\n{text}");
    }

    fn hostile_discovery() -> DiscoveryResult {
        use crate::inventory::{BacnetInventory, Inventory, KnxInventory};
        let mut d = Device {
            device_instance: 4242,
            address: "198.18.1.66:47808".into(),
            object_name: Some(HOSTILE.into()),
            vendor_name: Some(HOSTILE.into()),
            model_name: Some(HOSTILE.into()),
            firmware_revision: Some(HOSTILE.into()),
            read_method: "read-property-multiple".into(),
            ..Device::default()
        };
        d.flags.push("object-list-truncated".into());
        let g = Gateway {
            address: "198.18.1.66:3671".into(),
            name: HOSTILE.into(),
            serial: HOSTILE.into(),
            disagreements: vec![format!("name differs ({HOSTILE})")],
            ..Gateway::default()
        };
        DiscoveryResult {
            inventory: Inventory {
                bacnet: BacnetInventory {
                    devices: vec![d],
                    ..BacnetInventory::default()
                },
                knx: KnxInventory { gateways: vec![g] },
                trust: crate::inventory::TrustFacts::default(),
            },
            scope: crate::job::Scope::targets_only(Vec::new()),
            policy: crate::job::ProbePolicy::default(),
            started: String::new(),
            elapsed_s: 1.0,
            estimated_packets: 1,
            packets_sent: 1,
            packets_received: 1,
            malformed_received: 0,
            sent_by_service: Default::default(),
            max_in_flight_per_device: 1,
            stopped: None,
            notes: vec![crate::job::Note::warning("x", HOSTILE)],
            facts: Default::default(),
            diagnosis: Default::default(),
        }
    }

    #[test]
    fn discover_text_shows_device_names_escaped() {
        let text = discovery(&hostile_discovery());
        assert_shown_not_interpreted(&text);
        // An honest name is printed as it is.
        let mut honest = hostile_discovery();
        honest.inventory.bacnet.devices[0].object_name = Some("LAB-AHU-1 Zähler".into());
        assert!(discovery(&honest).contains("LAB-AHU-1 Zähler"));
    }

    #[test]
    fn check_text_and_the_installer_copy_show_names_escaped() {
        let dr = hostile_discovery();
        let f = Finding {
            check_id: "knx.gateway.core_v1".into(),
            severity: Severity::Low,
            target: format!("KNX gateway ({HOSTILE})").into(),
            title: format!("Older KNX gateway {HOSTILE}").into(),
            evidence: crate::findings::Evidence {
                summary: format!("It calls itself {HOSTILE}.").into(),
                ..Default::default()
            },
            remediation: Default::default(),
        };
        let verdict = Verdict {
            light: Light::Amber,
            headline: crate::text::Text::plain("headline"),
            explanation: crate::text::Text::plain(""),
            ask_installer: Vec::new(),
            checked: Vec::new(),
            not_checked: Vec::new(),
            exposure: None,
        };
        let report = CheckReport {
            inventory: dr.inventory.clone(),
            findings: vec![f.clone()],
            verdict: verdict.clone(),
            exposure: None,
            write_tests: Vec::new(),
            discovery: crate::audit::DiscoverySummary::of(&dr),
            started: String::new(),
            elapsed_s: 1.0,
            packets_sent: 1,
            stopped: None,
        };
        assert_shown_not_interpreted(&check(&report));
        assert_shown_not_interpreted(&installer(&verdict, &[f]));
    }

    #[test]
    fn analyze_text_shows_gateway_names_escaped() {
        let mut r = report();
        r.knx.gateways.push(crate::analyze::GatewayRow {
            address: "198.18.1.66:3671".into(),
            name: HOSTILE.into(),
            ..Default::default()
        });
        assert_shown_not_interpreted(&analysis(&r));
    }

    #[test]
    fn watch_texts_show_object_names_and_alerts_escaped() {
        use crate::watch::detectors::testkit::{learner, name_ack, write_av};
        let mut l = learner();
        l.observe(&name_ack(
            "198.18.1.66:47808",
            "198.18.1.100:47808",
            2,
            1,
            HOSTILE,
        ));
        l.observe(&write_av(
            "198.18.1.100:47808",
            "198.18.1.66:47808",
            1,
            21.0,
            1,
        ));
        let b = l.finish("test");
        let learned = watch_learned(&b, &WatchStats::default(), Path::new("model.json"));
        assert_shown_not_interpreted(&learned);
        let alert = Alert {
            detector: crate::watch::DetectorKind::Rule,
            rule: None,
            severity: Severity::High,
            time: String::new(),
            time_ns: 0,
            last_time: String::new(),
            last_time_ns: 0,
            count: 1,
            protocol: crate::watch::Protocol::Bacnet,
            service: "write-property".into(),
            source: "198.18.1.66".into(),
            target: None,
            summary: format!("write to {HOSTILE}").into(),
            observed: crate::text::Text::default(),
            normal: HOSTILE.into(),
            action: "look".into(),
            folded: None,
        };
        let detected = watch_detected(&DetectReport {
            alerts: vec![alert],
            stats: WatchStats::default(),
        });
        assert_shown_not_interpreted(&detected);
    }
}
