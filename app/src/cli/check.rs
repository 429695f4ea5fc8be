//! `bas-audit check [--demo [--demo-router public|cgnat|none] | --interface NAME | --bind IP]
//! [--target IP[:PORT]]... [--timeout S] [--rate N] [--router IP | --no-router]
//! [--external-ip IP] [--stun HOST[:PORT]] [--internet-lookup] [--allow-write-test]
//! [--session FILE] [--json]`
//!
//! Discovery, then the router probes, then (only with `--allow-write-test`) the write test, then
//! every check and the traffic-light verdict (`audit_core::audit::run_check`). Exit 0 whenever
//! the job ran, whatever it found; exit 2 with a one-line error on bad input (a damaged
//! `--session` file is refused before anything is sent); 128 + the signal after Ctrl-C,
//! SIGTERM or SIGHUP (what was gathered is still printed and saved).

use std::fmt::Write as _;
use std::io::{self, Write};
use std::net::Ipv4Addr;
use std::path::PathBuf;
use std::process::ExitCode;

use audit_core::audit::plan::{self, Demo, Plan, ScopeRequest};
use audit_core::audit::{self, CheckOptions, CheckReport};
use audit_core::exposure;
use audit_core::job::{self, CancelFlag, OnInterrupt, Scope};
use audit_core::report;
use audit_core::session::{self, AuditSession, SessionKind};
use audit_core::sim::router::DemoRouter;
use audit_core::watch::{self, Baseline};
use clap::Args;

use super::discover::{ScopeArgs, preamble, preamble_column, print_event};
use super::{bad, exit_status, json_text, lang, on_interrupt, save_beside, say};

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
    /// The router's internet (WAN) address as its status page shows it: used to test that
    /// address from inside when the router does not tell it (no UPnP or NAT-PMP)
    #[arg(long, value_name = "IP", conflicts_with = "no_router")]
    pub external_ip: Option<Ipv4Addr>,
    /// Ask this STUN server which address the internet sees for this site (sends one small
    /// request there: that server learns the site's public address and port; needs internet)
    #[arg(long, value_name = "HOST[:PORT]", conflicts_with = "no_router")]
    pub stun: Option<String>,
    /// With --demo: the demo building's home router (public: a forward on a public address;
    /// cgnat: the same behind the provider's shared address; none: no forward)
    #[arg(long, value_name = "KIND", value_parser = ["public", "cgnat", "none"])]
    pub demo_router: Option<String>,
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

/// Scope, policy and router-probe options from the flags (`audit::plan`, as `discover`
/// does), with the demo building's home router of `--demo-router`.
fn prepare(args: &CheckArgs, demo: bool) -> Result<Plan, String> {
    let s = &args.scope;
    let req = ScopeRequest {
        interface: s.interface.clone(),
        bind: s.bind,
        targets: s.targets.clone(),
        rate: s.rate,
        timeout_s: s.timeout,
        global_broadcast: s.global_broadcast,
        nat: s.nat,
        time_budget_s: s.time_budget,
    };
    let kind = args.demo_router.as_deref().map(DemoRouter::parse);
    let demo = match (demo, kind) {
        (false, None) => Demo::No,
        (false, Some(_)) => return Err(say("cli-demo-router-needs-demo", &[])),
        (true, None) => Demo::Start,
        (true, Some(Some(k))) => Demo::StartWith(k),
        (true, Some(None)) => return Err(say("cli-demo-router-kind", &[])),
    };
    plan::plan(&req, demo).map_err(|e| e.to_string())
}

pub fn run(args: &CheckArgs, demo: bool) -> ExitCode {
    if let Some(s) = &args.stun
        && let Err(e) = exposure::check_stun_server(s)
    {
        return bad(e);
    }
    // The session file is checked before anything is sent: a damaged one would otherwise
    // refuse the audit that just ran.
    let existing = match args
        .session
        .as_deref()
        .map(session::check_session_target)
        .transpose()
    {
        Ok(s) => s.flatten(),
        Err(e) => {
            return bad(say(
                "cli-check-session-bad",
                &[("error", e.to_string().into())],
            ));
        }
    };
    let prepared = match prepare(args, demo) {
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
        o.external_ip = args.external_ip;
        o.stun = args.stun.clone();
        Some(o)
    };

    let mut pre = preamble(&prepared, args.scope.global_broadcast);
    let col = preamble_column();
    match &opts.exposure {
        None => {
            let _ = writeln!(
                pre,
                "{}{}",
                col.label("cli-label-router"),
                say("cli-router-not-asked", &[])
            );
        }
        Some(o) => {
            let router = o
                .router
                .map_or_else(|| say("cli-router-default-gateway", &[]), |r| r.to_string());
            let _ = writeln!(
                pre,
                "{}{}",
                col.label("cli-label-router"),
                say(
                    "cli-router-ask",
                    &[
                        ("router", router.into()),
                        ("hairpin", if o.hairpin { "yes" } else { "no" }.into()),
                    ],
                )
            );
            if let Some(ip) = o.external_ip {
                let _ = writeln!(
                    pre,
                    "{}",
                    audit_core::text!("exposure-preamble-typed", ip = ip.to_string())
                        .render(lang())
                );
            }
            if let Some(server) = &o.stun {
                let _ = writeln!(
                    pre,
                    "{}",
                    audit_core::text!(
                        "exposure-preamble-stun",
                        consent = exposure::stun_consent(server)
                    )
                    .render(lang())
                );
            }
            if o.internetdb {
                let _ = writeln!(
                    pre,
                    "{}{}",
                    col.label("cli-label-internet"),
                    say(
                        "cli-internet-lookup",
                        &[("url", o.internetdb_url.clone().into())]
                    )
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
        eprintln!("bas-audit: {}", say("cli-write-test-allowed", &[]));
    }

    let Plan { sim, scope, .. } = prepared;
    let interrupt = on_interrupt(CancelFlag::new());
    let report = match run_job(opts, &interrupt, args.verbose) {
        Ok(r) => r,
        Err(e) => {
            return bad(say(
                "cli-cannot-run-check",
                &[("error", e.to_string().into())],
            ));
        }
    };
    drop(sim);

    let out = if args.json {
        match json_text(&report) {
            Ok(s) => s,
            Err(e) => return bad(say("cli-json-error", &[("error", e.to_string().into())])),
        }
    } else {
        report::text::check(lang(), &report)
    };
    let _ = io::stdout().lock().write_all(out.as_bytes());
    if let Some(path) = &args.session {
        let s = session_with(existing, &scope, &report, demo);
        if let Err(e) = session::write_session_file(path, &s) {
            // Nothing gathered is lost: the session goes beside the file, said out loud.
            let bytes =
                audit_core::text::storing(|| serde_json::to_vec_pretty(&s)).unwrap_or_default();
            return match save_beside(path, &bytes) {
                Ok(other) => bad(say(
                    "cli-audit-saved-instead",
                    &[
                        ("file", path.display().to_string().into()),
                        ("error", e.to_string().into()),
                        ("other", other.display().to_string().into()),
                    ],
                )),
                Err(e2) => bad(say(
                    "cli-not-saved",
                    &[
                        ("file", path.display().to_string().into()),
                        ("error", e.to_string().into()),
                        ("error2", e2.into()),
                    ],
                )),
            };
        }
    }
    exit_status(&interrupt)
}

fn run_job(opts: CheckOptions, interrupt: &OnInterrupt, verbose: bool) -> io::Result<CheckReport> {
    let job_cancel = interrupt.cancel.clone();
    let mut last_estimate = 0;
    job::run_blocking(
        |events| audit::run_check(opts, events, job_cancel),
        Some(interrupt.clone()),
        |e| print_event(&e, verbose, &mut last_estimate),
    )
}

/// The site name a demo audit's report shows on its cover (stored in the session, like the
/// audit's own name), in the program's language.
pub fn demo_site_name() -> String {
    say("sim-site-name", &[])
}

/// The session checked before the job with this run added, or a new installer session.
fn session_with(
    existing: Option<AuditSession>,
    scope: &Scope,
    report: &CheckReport,
    demo: bool,
) -> AuditSession {
    let mut s = match existing {
        Some(s) => s,
        None => {
            let mut s = AuditSession::new(
                say(
                    "cli-check-session-name",
                    &[
                        ("scope", scope.label.clone().into()),
                        (
                            "date",
                            audit_core::text::locale::date_time(lang(), &chrono::Local::now())
                                .into(),
                        ),
                    ],
                ),
                SessionKind::Installer,
            );
            s.scope.interface = scope.interface.clone();
            s.scope.targets = scope.targets.iter().map(ToString::to_string).collect();
            if demo {
                s.scope.site.name = demo_site_name();
            }
            s
        }
    };
    s.record_check(report);
    s
}
