//! `bas-audit discover [--demo | --interface NAME | --bind IP] [--target IP[:PORT]]...
//! [--timeout S] [--rate N] [--time-budget S] [--global-broadcast] [--nat] [--session FILE]
//! [--json]`
//!
//! Prints the packets it will send before sending, then what answered, then (when little or
//! nothing was found) why. Exit 0 whenever the job ran, whatever it found; exit 2 with a
//! one-line error on bad input (unknown interface, bad target, rate out of range, a
//! `--session` file that is neither an audit session nor an earlier discovery result: refused
//! before anything is sent); 128 + the signal after Ctrl-C, SIGTERM or SIGHUP (what was
//! gathered is still printed and saved).

use std::fmt::Write as _;
use std::io::{self, Write};
use std::net::Ipv4Addr;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use audit_core::audit::plan::{self, Demo, Plan, ScopeRequest};
use audit_core::discovery::{self, DiscoveryResult};
use audit_core::job::{self, CancelFlag, JobEvent, NoteLevel, OnInterrupt, Scope, ValidPolicy};
use audit_core::report::text::Column;
use audit_core::session::{self, AuditSession};
use audit_core::text::safe;
use audit_core::{files, report};
use clap::Args;

use super::{bad, exit_status, json_text, lang, on_interrupt, save_beside, say};

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
    /// Seconds the whole job may take at most, whatever the devices claim (default 900); it then
    /// stops, keeps what it found and says what it skipped
    #[arg(long, value_name = "S")]
    pub time_budget: Option<f64>,
}

#[derive(Debug, Args)]
pub struct DiscoverArgs {
    #[command(flatten)]
    pub scope: ScopeArgs,
    /// Also save the result (JSON) to this file; an existing audit session there gets the
    /// discovery added (its findings and notes are kept)
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
        time_budget_s: args.time_budget,
    };
    plan::plan(&req, if demo { Demo::Start } else { Demo::No }).map_err(|e| e.to_string())
}

/// The labels of the preamble (`discover`'s and `check`'s), padded into one column. The
/// `exposure-preamble-*` messages carry their labels padded to 10 columns, the English width.
pub fn preamble_column() -> Column {
    Column::new(
        lang(),
        &[
            say("cli-label-scope", &[]),
            say("cli-label-sending", &[]),
            say("cli-label-time", &[]),
            say("cli-label-warning", &[]),
            say("cli-label-router", &[]),
            say("cli-label-internet", &[]),
        ],
        10,
    )
}

/// What will be sent before any answer (printed before the job starts).
pub fn preamble(p: &Plan, global_broadcast: bool) -> String {
    let est = discovery::estimate(&p.scope);
    let col = preamble_column();
    let mut pre = String::new();
    if let Some(s) = &p.sim {
        let _ = writeln!(pre, "{}", say("cli-demo-started", &[]));
        for line in &s.description {
            let _ = writeln!(pre, "  {line}");
        }
    }
    let _ = writeln!(pre, "{}{}", col.label("cli-label-scope"), p.scope.label);
    let _ = writeln!(
        pre,
        "{}{}",
        col.label("cli-label-sending"),
        say(
            "cli-sending",
            &[
                ("discovery", est.discovery.into()),
                ("device", est.per_device.into()),
                ("gateway", est.per_gateway.into()),
                ("rate", p.policy.rate().to_string().into()),
            ],
        )
    );
    let _ = writeln!(
        pre,
        "{}{}",
        col.label("cli-label-time"),
        say(
            "cli-time-budget",
            &[(
                "seconds",
                format!("{:.0}", p.policy.time_budget().as_secs_f64()).into()
            )],
        )
    );
    if global_broadcast {
        let _ = writeln!(
            pre,
            "{}{}",
            col.label("cli-label-warning"),
            say("cli-global-broadcast", &[])
        );
    }
    pre
}

/// Where `--session FILE` saves, decided before anything is sent.
enum Target {
    /// Write the result there (a new file, or an earlier discovery result).
    Result(PathBuf),
    /// Add the discovery to the audit session there.
    Session(PathBuf, Box<AuditSession>),
}

/// A file the result may go to: absent (its folder exists), an audit session (the discovery is
/// added to it), or an earlier `discover --session` result (replaced). Anything else is
/// refused before the job starts, so nothing gathered is lost on it.
fn session_target(path: &Path) -> Result<Target, String> {
    match session::check_session_target(path) {
        Ok(None) => Ok(Target::Result(path.to_path_buf())),
        Ok(Some(s)) => Ok(Target::Session(path.to_path_buf(), Box::new(s))),
        Err(e) => {
            let earlier = files::read_bounded(path, session::MAX_SESSION_FILE_BYTES)
                .ok()
                .and_then(|b| serde_json::from_slice::<DiscoveryResult>(&b).ok());
            match earlier {
                Some(_) => Ok(Target::Result(path.to_path_buf())),
                None => Err(say(
                    "cli-discover-session-bad",
                    &[("error", e.to_string().into())],
                )),
            }
        }
    }
}

pub fn run(args: &DiscoverArgs, demo: bool) -> ExitCode {
    // Where the result goes is checked before anything is sent.
    let target = match args.session.as_deref().map(session_target).transpose() {
        Ok(t) => t,
        Err(e) => return bad(e),
    };
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

    let interrupt = on_interrupt(CancelFlag::new());
    let result = match run_job(scope, policy, &interrupt, args.verbose) {
        Ok(r) => r,
        Err(e) => {
            return bad(say(
                "cli-cannot-run-discovery",
                &[("error", e.to_string().into())],
            ));
        }
    };
    drop(sim);

    let out = if args.json {
        match json_text(&result) {
            Ok(s) => s,
            Err(e) => return bad(say("cli-json-error", &[("error", e.to_string().into())])),
        }
    } else {
        report::text::discovery(lang(), &result)
    };
    let _ = io::stdout().lock().write_all(out.as_bytes());
    // Saved after printing: whatever happens to the file, the result was shown.
    let saved = match target {
        None => Ok(()),
        Some(Target::Result(path)) => save_json(&path, &result).map_err(|e| (path, e)),
        Some(Target::Session(path, mut s)) => {
            s.record_discovery(&result);
            session::write_session_file(&path, &s).map_err(|e| (path, e.to_string()))
        }
    };
    if let Err((path, e)) = saved {
        let bytes = serde_json::to_vec_pretty(&result).unwrap_or_default();
        return match save_beside(&path, &bytes) {
            Ok(other) => bad(say(
                "cli-saved-instead",
                &[
                    ("file", path.display().to_string().into()),
                    ("error", e.into()),
                    ("other", other.display().to_string().into()),
                ],
            )),
            Err(e2) => bad(say(
                "cli-not-saved",
                &[
                    ("file", path.display().to_string().into()),
                    ("error", e.into()),
                    ("error2", e2.into()),
                ],
            )),
        };
    }
    exit_status(&interrupt)
}

fn run_job(
    scope: Scope,
    policy: ValidPolicy,
    interrupt: &OnInterrupt,
    verbose: bool,
) -> io::Result<DiscoveryResult> {
    let job_cancel = interrupt.cancel.clone();
    let mut last_estimate = 0;
    job::run_blocking(
        |events| discovery::discover(scope, policy, events, job_cancel),
        Some(interrupt.clone()),
        |e| print_event(&e, verbose, &mut last_estimate),
    )
}

/// One event on stderr (packets and phases with `--verbose`; notes always; the estimate with
/// `--verbose` when it grew by a tenth or more). Every text a peer could have put into an event
/// is shown through the safe-text function.
pub fn print_event(e: &JobEvent, verbose: bool, last_estimate: &mut u64) {
    match e {
        JobEvent::PacketSent(p) if verbose => eprintln!(
            "  {}",
            say(
                "cli-sent-packet",
                &[
                    ("seconds", format!("{:8.3}", p.t_s).into()),
                    ("destination", format!("{:<22}", p.destination).into()),
                    ("protocol", format!("{:<8}", p.protocol).into()),
                    ("service", format!("{:<28}", p.service).into()),
                    ("bytes", p.bytes.into()),
                ],
            )
        ),
        JobEvent::Phase { name, detail } if verbose => {
            eprintln!("- {name}: {}", safe(&detail.to_string()))
        }
        JobEvent::Started {
            estimated_packets, ..
        } => *last_estimate = *estimated_packets,
        JobEvent::Progress {
            packets_sent,
            estimated_packets,
        } if verbose
            && *estimated_packets >= last_estimate.saturating_add(*last_estimate / 10 + 1) =>
        {
            *last_estimate = *estimated_packets;
            eprintln!(
                "{}",
                say(
                    "cli-estimate",
                    &[
                        ("estimated", (*estimated_packets).into()),
                        ("sent", (*packets_sent).into()),
                    ],
                )
            );
        }
        JobEvent::Note(n) => {
            let mark = match n.level {
                NoteLevel::Warning => say("cli-mark-warning", &[]),
                NoteLevel::Info => say("cli-mark-note", &[]),
            };
            eprintln!("bas-audit: {mark}: {}", safe(&n.message.to_string()));
        }
        _ => {}
    }
}

/// The result as JSON, written atomically.
fn save_json(path: &Path, r: &DiscoveryResult) -> Result<(), String> {
    let json = serde_json::to_string_pretty(r).map_err(|e| e.to_string())?;
    files::write_atomic(path, (json + "\n").as_bytes()).map_err(|e| e.problem())
}
