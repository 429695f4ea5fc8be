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

use audit_core::audit::{self, CheckOptions, CheckReport};
use audit_core::checks::Light;
use audit_core::discovery::{CancelFlag, EventSink};
use audit_core::findings::Severity;
use audit_core::session::{self, AuditSession, SessionKind};
use clap::Args;

use super::EXIT_BAD_INPUT;
use super::discover::{Prepared, ScopeArgs, preamble, prepare, print_event};

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

/// The model file is hostile input like any other: size-capped, and a clear error names it.
fn read_watch_model(path: &Path) -> Result<audit_core::watch::Baseline, String> {
    const MAX_MODEL_BYTES: u64 = 64 * 1024 * 1024;
    let meta = std::fs::metadata(path)
        .map_err(|e| format!("{}: cannot read the watch model: {e}", path.display()))?;
    if meta.len() > MAX_MODEL_BYTES {
        return Err(format!(
            "{}: the watch model is {} bytes, more than the {MAX_MODEL_BYTES} a model can be",
            path.display(),
            meta.len()
        ));
    }
    let bytes = std::fs::read(path)
        .map_err(|e| format!("{}: cannot read the watch model: {e}", path.display()))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{}: not a watch model: not UTF-8 JSON text (byte {})",
            path.display(),
            e.utf8_error().valid_up_to()
        )
    })?;
    audit_core::watch::Baseline::from_json(&text)
        .map_err(|e| format!("{}: not a watch model: {e}", path.display()))
}

fn bad(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("bas-audit: {msg}");
    ExitCode::from(EXIT_BAD_INPUT)
}

pub fn run(args: &CheckArgs, demo: bool) -> ExitCode {
    let prepared = match prepare(&args.scope, demo) {
        Ok(p) => p,
        Err(e) => return bad(e),
    };
    let mut opts = CheckOptions::new(prepared.scope.clone(), prepared.policy.clone());
    opts.write_test = args.allow_write_test;
    if let Some(path) = &args.watch_model {
        match read_watch_model(path) {
            Ok(b) => opts.observed_writes = audit_core::checks::observed::from_baseline(&b),
            Err(e) => return bad(e),
        }
    }
    opts.exposure = if args.no_router {
        None
    } else {
        let mut o = match &prepared.sim {
            Some(sim) => audit::demo_exposure_options(sim),
            None => audit::exposure_options_for(&prepared.scope, &prepared.policy),
        };
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

    let Prepared { sim, scope, .. } = prepared;
    let report = match run_job(opts, args.verbose) {
        Ok(r) => r,
        Err(e) => return bad(format!("cannot run the check: {e}")),
    };
    drop(sim);

    if let Some(path) = &args.session
        && let Err(e) = save_session(path, &scope, &report)
    {
        return bad(format!("cannot write {}: {e}", path.display()));
    }
    let out = if args.json {
        match serde_json::to_string_pretty(&report) {
            Ok(s) => s + "\n",
            Err(e) => return bad(format!("cannot encode the result as JSON: {e}")),
        }
    } else {
        render_text(&report)
    };
    let _ = io::stdout().lock().write_all(out.as_bytes());
    ExitCode::SUCCESS
}

fn run_job(opts: CheckOptions, verbose: bool) -> io::Result<CheckReport> {
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    rt.block_on(async move {
        let cancel = CancelFlag::new();
        let (sink, mut rx) = EventSink::bounded(1024);
        let job = tokio::spawn(audit::run_check(opts, sink, cancel.clone()));
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

/// Updates the session in `path` if it is one, else starts a new installer session there.
fn save_session(
    path: &Path,
    scope: &audit_core::discovery::Scope,
    report: &CheckReport,
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
        s
    };
    s.record_check(report);
    session::write_session_file(path, &s)
}

fn light_word(l: Light) -> &'static str {
    match l {
        Light::Green => "GREEN",
        Light::Amber => "AMBER",
        Light::Red => "RED",
    }
}

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
pub fn render_text(r: &CheckReport) -> String {
    let mut s = String::new();
    let v = &r.verdict;
    let _ = writeln!(
        s,
        "\nVerdict   {}{}",
        light_word(v.light),
        if v.headline.is_empty() {
            String::new()
        } else {
            format!(": {}", v.headline)
        }
    );
    if !v.explanation.is_empty() {
        let _ = writeln!(s, "          {}", hang(&v.explanation, 10));
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
    for sev in Severity::ALL {
        let group: Vec<_> = r.findings.iter().filter(|f| f.severity == sev).collect();
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(s, "\n{} ({})", sev.name().to_uppercase(), group.len());
        for f in group {
            let _ = writeln!(s, "  * {}  [{}]", f.title, f.check_id);
            let _ = writeln!(s, "    Target  {}", f.target);
            if !f.evidence.summary.is_empty() {
                let _ = writeln!(s, "    Seen    {}", hang(&f.evidence.summary, 12));
            }
            if !f.remediation.installer.is_empty() {
                let _ = writeln!(s, "    Fix     {}", hang(&f.remediation.installer, 12));
            }
        }
    }
    if !v.ask_installer.is_empty() {
        let _ = writeln!(s, "\nAsk the installer");
        for a in &v.ask_installer {
            let _ = writeln!(s, "  - {a}");
        }
    }
    if !v.checked.is_empty() {
        let _ = writeln!(s, "\nChecked: {}", v.checked.join("; "));
    }
    if !v.not_checked.is_empty() {
        let _ = writeln!(s, "Not checked: {}", v.not_checked.join("; "));
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
    s
}
