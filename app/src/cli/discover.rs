//! `bas-audit discover [--demo | --interface NAME | --bind IP] [--target IP[:PORT]]...
//! [--timeout S] [--rate N] [--global-broadcast] [--nat] [--session FILE] [--json]`
//!
//! Prints the packets it will send before sending, then what answered, then (when little or
//! nothing was found) why. Exit 0 whenever the job ran, whatever it found; exit 2 with a
//! one-line error on bad input (unknown interface, bad target, rate out of range).

use std::fmt::Write as _;
use std::io::{self, Write};
use std::net::Ipv4Addr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use audit_core::discovery::{
    self, CancelFlag, DiscoveryEvent, DiscoveryResult, EventSink, NoteLevel, ProbePolicy, Scope,
    Target,
};
use audit_core::inventory::{Device, Gateway};
use audit_core::sim::SimBuilding;
use clap::Args;

use super::EXIT_BAD_INPUT;

/// Where to look and how politely: shared by `discover` and `check`.
#[derive(Debug, Args)]
pub struct ScopeArgs {
    /// Interface plugged into the building network (its subnet broadcast is used)
    #[arg(long, value_name = "NAME", conflicts_with = "bind")]
    pub interface: Option<String>,
    /// Local IPv4 address to send from (the interface holding it is used)
    #[arg(long, value_name = "IP")]
    pub bind: Option<Ipv4Addr>,
    /// Probe this address by unicast (port 3671: KNX only; other port: BACnet only; none: both)
    #[arg(long = "target", value_name = "IP[:PORT]")]
    pub targets: Vec<String>,
    /// Seconds to wait for answers after each broadcast and for each request
    #[arg(long, value_name = "S")]
    pub timeout: Option<f64>,
    /// Packets per second at most, all protocols together (1-200)
    #[arg(long, value_name = "N", default_value_t = discovery::policy::DEFAULT_RATE)]
    pub rate: u32,
    /// Also send a BACnet global broadcast Who-Is (every device on every network answers)
    #[arg(long)]
    pub global_broadcast: bool,
    /// KNX: ask for answers to the packet source (HPAI 0.0.0.0:0), for gateways behind NAT
    #[arg(long)]
    pub nat: bool,
}

#[derive(Debug, Args)]
pub struct DiscoverArgs {
    #[command(flatten)]
    pub scope: ScopeArgs,
    /// Also save the result (JSON) to this file
    #[arg(long, value_name = "FILE")]
    pub session: Option<PathBuf>,
    /// Print the result as JSON instead of text
    #[arg(long)]
    pub json: bool,
    /// Print every packet sent (time, destination, service) on stderr
    #[arg(long, short)]
    pub verbose: bool,
}

/// A job ready to run: the scope, the validated policy and, with `--demo`, the running demo
/// building (dropping it stops the simulators).
pub struct Prepared {
    pub sim: Option<SimBuilding>,
    pub scope: Scope,
    pub policy: discovery::ValidPolicy,
}

/// Scope and policy from the shared flags; `Err` is the one-line message for bad input.
pub fn prepare(args: &ScopeArgs, demo: bool) -> Result<Prepared, String> {
    if demo && (args.interface.is_some() || args.bind.is_some()) {
        return Err("--demo cannot be combined with --interface or --bind".into());
    }
    let mut targets = Vec::new();
    for t in &args.targets {
        targets.push(Target::parse(t)?);
    }
    let mut policy = ProbePolicy {
        rate: args.rate,
        ..ProbePolicy::default()
    };
    if demo {
        // Loopback answers in microseconds; one second of listening is plenty.
        policy.listen_s = 1.0;
        policy.request_timeout_s = 1.0;
    }
    if let Some(t) = args.timeout {
        policy.listen_s = t;
        policy.request_timeout_s = t.min(discovery::policy::TIMEOUT_RANGE_S.end().to_owned());
    }
    let policy = policy.validate().map_err(|e| e.to_string())?;
    let sim = if demo {
        Some(
            SimBuilding::start_demo()
                .map_err(|e| format!("cannot start the demo building: {e}"))?,
        )
    } else {
        None
    };
    let scope = match (&sim, &args.interface, args.bind) {
        (Some(s), _, _) => Ok(s.scope()),
        (None, Some(name), _) => Scope::for_interface(name),
        (None, None, Some(ip)) => Scope::for_bind(ip),
        (None, None, None) if !targets.is_empty() => Ok(Scope::targets_only(Vec::new())),
        (None, None, None) => Err(
            "say where to look: --interface NAME, --bind IP, --target IP[:PORT] or --demo".into(),
        ),
    };
    let mut scope = scope?.with_targets(targets);
    scope.global_broadcast = args.global_broadcast;
    scope.nat = args.nat;
    Ok(Prepared { sim, scope, policy })
}

/// What will be sent before any answer (printed before the job starts).
pub fn preamble(p: &Prepared, global_broadcast: bool) -> String {
    let est = discovery::estimate(&p.scope);
    let mut pre = String::new();
    if let Some(s) = &p.sim {
        let _ = writeln!(pre, "Demo building: simulators started on loopback");
        for line in &s.description {
            let _ = writeln!(pre, "  {line}");
        }
    }
    let _ = writeln!(pre, "Scope     {}", p.scope.label);
    let _ = writeln!(
        pre,
        "Sending   {} packets before any answer, about {} more per BACnet device and {} per KNX \
         gateway found; at most {} packets/s",
        est.discovery,
        est.per_device,
        est.per_gateway,
        p.policy.rate()
    );
    if global_broadcast {
        let _ = writeln!(
            pre,
            "Warning   --global-broadcast: every BACnet device on every network will answer"
        );
    }
    pre
}

fn bad(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("bas-audit: {msg}");
    ExitCode::from(EXIT_BAD_INPUT)
}

pub fn run(args: &DiscoverArgs, demo: bool) -> ExitCode {
    let prepared = match prepare(&args.scope, demo) {
        Ok(p) => p,
        Err(e) => return bad(e),
    };
    // Before anything is sent: what will be sent.
    let pre = preamble(&prepared, args.scope.global_broadcast);
    if args.json {
        eprint!("{pre}");
    } else {
        print!("{pre}");
        let _ = io::stdout().flush();
    }
    let Prepared { sim, scope, policy } = prepared;

    let result = match run_job(scope, policy, args.verbose) {
        Ok(r) => r,
        Err(e) => return bad(format!("cannot run discovery: {e}")),
    };
    drop(sim);

    if let Some(path) = &args.session
        && let Err(e) = save_json(path, &result)
    {
        return bad(format!("cannot write {}: {e}", path.display()));
    }
    let out = if args.json {
        match serde_json::to_string_pretty(&result) {
            Ok(s) => s + "\n",
            Err(e) => return bad(format!("cannot encode the result as JSON: {e}")),
        }
    } else {
        render_text(&result)
    };
    let _ = io::stdout().lock().write_all(out.as_bytes());
    ExitCode::SUCCESS
}

fn run_job(
    scope: Scope,
    policy: discovery::ValidPolicy,
    verbose: bool,
) -> io::Result<DiscoveryResult> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let cancel = CancelFlag::new();
        let (sink, mut rx) = EventSink::bounded(1024);
        let job = tokio::spawn(discovery::discover(scope, policy, sink, cancel.clone()));
        let ctrl_c = {
            let cancel = cancel.clone();
            tokio::spawn(async move {
                if tokio::signal::ctrl_c().await.is_ok() {
                    eprintln!("bas-audit: cancelling (Ctrl-C)");
                    cancel.cancel();
                }
            })
        };
        while let Some(e) = rx.recv().await {
            print_event(&e, verbose);
        }
        ctrl_c.abort();
        job.await.map_err(io::Error::other)
    })
}

pub fn print_event(e: &DiscoveryEvent, verbose: bool) {
    match e {
        DiscoveryEvent::PacketSent(p) if verbose => eprintln!(
            "  sent {:8.3}s  {:<22} {:<8} {:<28} {} bytes",
            p.t_s, p.destination, p.protocol, p.service, p.bytes
        ),
        DiscoveryEvent::Phase { name, detail } if verbose => eprintln!("- {name}: {detail}"),
        DiscoveryEvent::Note(n) => {
            let mark = match n.level {
                NoteLevel::Warning => "warning",
                NoteLevel::Info => "note",
            };
            eprintln!("bas-audit: {mark}: {}", n.message);
        }
        _ => {}
    }
}

/// Atomic write: a temporary file next to the target, then rename.
fn save_json(path: &Path, r: &DiscoveryResult) -> io::Result<()> {
    let json = serde_json::to_string_pretty(r).map_err(io::Error::other)?;
    let tmp = path.with_extension("tmp-bas-audit");
    std::fs::write(&tmp, json + "\n")?;
    std::fs::rename(&tmp, path)
}

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
    let mut s = format!(
        "  {:<8} {:<22} net {:<20} {:<28} {:<18} {:<18} fw {:<8} {objects}",
        d.device_instance,
        d.address,
        net,
        or_dash(&d.object_name),
        cut(d.vendor_name.as_deref().unwrap_or("vendor ?"), 18),
        cut(or_dash(&d.model_name), 18),
        or_dash(&d.firmware_revision),
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
pub fn render_text(r: &DiscoveryResult) -> String {
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
            format!("{:?}", g.name),
            g.core_version.map_or("?".into(), |v| v.to_string()),
            g.serial,
            secure_words(g)
        );
        for d in &g.disagreements {
            let _ = writeln!(s, "    ! answers disagree: {d}");
        }
    }
    for n in &r.notes {
        let _ = writeln!(s, "Note: {}", n.message);
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
            let _ = writeln!(s, "\n* {}\n  Seen: {}", i.title, i.evidence);
            for step in &i.next_steps {
                let _ = writeln!(s, "  - {step}");
            }
        }
    }
    s
}
