//! `bas-audit check [--demo | --interface NAME | --bind IP] [--target IP[:PORT]]... [--timeout S]
//! [--rate N] [--router IP | --no-router] [--internet-lookup] [--allow-write-test]
//! [--session FILE] [--json]`
//!
//! Discovery, then the router probes, then (only with `--allow-write-test`) the write test, then
//! every check and the traffic-light verdict (`audit_core::audit::run_check`). Exit 0 whenever
//! the job ran, whatever it found; exit 2 with a one-line error on bad input.

use std::fmt::Write as _;
use std::io::{self, Write};
use std::net::Ipv4Addr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use audit_core::audit::plan::Plan;
use audit_core::audit::{self, CheckOptions, CheckReport};
use audit_core::job::{self, CancelFlag, Scope};
use audit_core::report;
use audit_core::session::{self, AuditSession, SessionKind};
use audit_core::watch::{self, Baseline};
use clap::Args;

use super::discover::{ScopeArgs, preamble, prepare, print_event};
use super::{bad, on_ctrl_c};

#[derive(Debug, Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub scope: ScopeArgs,
    /// The router to ask for port forwardings (default: the interface's default gateway)
    #[arg(long, value_name = "IP", conflicts_with = "no_router")]
    pub router: Option<Ipv4Addr>,
    /// Do not ask the router anything (no UPnP, NAT-PMP, PCP or hairpin probes)
    #[arg(long)]
    pub no_router: bool,
    /// Look up the router's public address in Shodan InternetDB (sends that address to
    /// internetdb.shodan.io; needs internet)
    #[arg(long, conflicts_with = "no_router")]
    pub internet_lookup: bool,
    /// Write test: on every BACnet device found, read a harmless property (Description or
    /// Location) and write the same value back, to prove whether anyone may write
    #[arg(long)]
    pub allow_write_test: bool,
    /// Also save the audit session (inventory, findings, verdict) to this file; an existing
    /// session file is updated
    #[arg(long, value_name = "FILE")]
    pub session: Option<PathBuf>,
    /// A learning-watch model (`watch learn --model`): writes it saw, and whether the devices
    /// acknowledged them, turn "writable (not tested)" into "writes confirmed"
    #[arg(long, value_name = "MODEL.json")]
    pub watch_model: Option<PathBuf>,
    /// Print the result as JSON instead of text
    #[arg(long)]
    pub json: bool,
    /// Print every packet sent (time, destination, service) on stderr
    #[arg(long, short)]
    pub verbose: bool,
}

pub fn run(args: &CheckArgs, demo: bool) -> ExitCode {
    let prepared = match prepare(&args.scope, demo) {
        Ok(p) => p,
        Err(e) => return bad(e),
    };
    let mut opts = CheckOptions::new(prepared.scope.clone(), prepared.policy.clone());
    opts.write_test = args.allow_write_test;
    if let Some(path) = &args.watch_model {
        // The model file is hostile input like any other: read bounded, refused in one line.
        match Baseline::load(path) {
            Ok(b) => opts.observed_writes = watch::observed::from_baseline(&b),
            Err(e) => return bad(e),
        }
    }
    opts.exposure = if args.no_router {
        None
    } else {
        let mut o = prepared.exposure.clone();
        if let Some(r) = args.router {
            o.router = Some(r);
        }
        o.internetdb = args.internet_lookup;
        Some(o)
    };

    let mut pre = preamble(&prepared, args.scope.global_broadcast);
    match &opts.exposure {
        None => {
            let _ = writeln!(pre, "Router    not asked (--no-router)");
        }
        Some(o) => {
            let _ = writeln!(
                pre,
                "Router    ask {} which ports it forwards (UPnP IGD, NAT-PMP, PCP){}",
                o.router
                    .map_or("the default gateway".to_owned(), |r| r.to_string()),
                if o.hairpin {
                    ", then try its public address from inside"
                } else {
                    ""
                }
            );
            if o.internetdb {
                let _ = writeln!(
                    pre,
                    "Internet  look up the public address at {} (you allowed it with \
                     --internet-lookup)",
                    o.internetdb_url
                );
            }
        }
    }
    if args.json {
        eprint!("{pre}");
    } else {
        print!("{pre}");
        let _ = io::stdout().flush();
    }
    if args.allow_write_test {
        eprintln!(
            "bas-audit: write test allowed: on every BACnet device found, read its Description \
             (or Location), write the very same value back, and read it again. Never a \
             commandable property, never a new value; it stops if a value ever differs."
        );
    }

    let Plan { sim, scope, .. } = prepared;
    let report = match run_job(opts, args.verbose) {
        Ok(r) => r,
        Err(e) => return bad(format!("cannot run the check: {e}")),
    };
    drop(sim);

    if let Some(path) = &args.session
        && let Err(e) = save_session(path, &scope, &report, demo)
    {
        return bad(format!("cannot write {}: {e}", path.display()));
    }
    let out = if args.json {
        match serde_json::to_string_pretty(&report) {
            Ok(s) => s + "\n",
            Err(e) => return bad(format!("cannot encode the result as JSON: {e}")),
        }
    } else {
        report::text::check(&report)
    };
    let _ = io::stdout().lock().write_all(out.as_bytes());
    ExitCode::SUCCESS
}

fn run_job(opts: CheckOptions, verbose: bool) -> io::Result<CheckReport> {
    let cancel = CancelFlag::new();
    let job_cancel = cancel.clone();
    job::run_blocking(
        |events| audit::run_check(opts, events, job_cancel),
        Some(on_ctrl_c(cancel)),
        |e| print_event(&e, verbose),
    )
}

/// The site name a demo audit's report shows on its cover (stored in the session, like the
/// audit's own name).
pub const DEMO_SITE_NAME: &str = "BAS Audit demo building (simulated)";

/// Updates the session in `path` if it is one, else starts a new installer session there.
fn save_session(
    path: &Path,
    scope: &Scope,
    report: &CheckReport,
    demo: bool,
) -> Result<(), session::SessionError> {
    let mut s = if path.exists() {
        session::read_session_file(path)?
    } else {
        let mut s = AuditSession::new(
            format!(
                "Check of {} {}",
                scope.label,
                chrono::Local::now().format("%Y-%m-%d %H:%M")
            ),
            SessionKind::Installer,
        );
        s.scope.interface = scope.interface.clone();
        s.scope.targets = scope.targets.iter().map(ToString::to_string).collect();
        if demo {
            s.scope.site.name = DEMO_SITE_NAME.to_owned();
        }
        s
    };
    s.record_check(report);
    session::write_session_file(path, &s)
}
