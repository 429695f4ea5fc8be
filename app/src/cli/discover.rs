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

use audit_core::audit::plan::{self, Demo, Plan, ScopeRequest};
use audit_core::discovery::{self, DiscoveryResult};
use audit_core::job::{self, CancelFlag, JobEvent, NoteLevel, Scope, ValidPolicy};
use audit_core::{files, report};
use clap::Args;

use super::{bad, on_ctrl_c};

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
    #[arg(long, value_name = "N", default_value_t = job::policy::DEFAULT_RATE)]
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

/// Scope, policy and router-probe options from the shared flags (`audit::plan`, the same
/// resolution the GUI uses); `Err` is the one-line message for bad input.
pub fn prepare(args: &ScopeArgs, demo: bool) -> Result<Plan, String> {
    let req = ScopeRequest {
        interface: args.interface.clone(),
        bind: args.bind,
        targets: args.targets.clone(),
        rate: args.rate,
        timeout_s: args.timeout,
        global_broadcast: args.global_broadcast,
        nat: args.nat,
    };
    plan::plan(&req, if demo { Demo::Start } else { Demo::No }).map_err(|e| e.to_string())
}

/// What will be sent before any answer (printed before the job starts).
pub fn preamble(p: &Plan, global_broadcast: bool) -> String {
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
    let Plan {
        sim, scope, policy, ..
    } = prepared;

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
        report::text::discovery(&result)
    };
    let _ = io::stdout().lock().write_all(out.as_bytes());
    ExitCode::SUCCESS
}

fn run_job(scope: Scope, policy: ValidPolicy, verbose: bool) -> io::Result<DiscoveryResult> {
    let cancel = CancelFlag::new();
    let job_cancel = cancel.clone();
    job::run_blocking(
        |events| discovery::discover(scope, policy, events, job_cancel),
        Some(on_ctrl_c(cancel)),
        |e| print_event(&e, verbose),
    )
}

pub fn print_event(e: &JobEvent, verbose: bool) {
    match e {
        JobEvent::PacketSent(p) if verbose => eprintln!(
            "  sent {:8.3}s  {:<22} {:<8} {:<28} {} bytes",
            p.t_s, p.destination, p.protocol, p.service, p.bytes
        ),
        JobEvent::Phase { name, detail } if verbose => eprintln!("- {name}: {detail}"),
        JobEvent::Note(n) => {
            let mark = match n.level {
                NoteLevel::Warning => "warning",
                NoteLevel::Info => "note",
            };
            eprintln!("bas-audit: {mark}: {}", n.message);
        }
        _ => {}
    }
}

/// The result as JSON, written atomically.
fn save_json(path: &Path, r: &DiscoveryResult) -> Result<(), String> {
    let json = serde_json::to_string_pretty(r).map_err(|e| e.to_string())?;
    files::write_atomic(path, (json + "\n").as_bytes()).map_err(|e| e.problem())
}
