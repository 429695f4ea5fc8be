//! Command-line front end (design §6). Thin: parse arguments, call `audit-core`, print.

pub mod analyze;
pub mod check;
pub mod discover;
pub mod docs;
pub mod help;
pub mod report;
pub mod watch;

use std::process::ExitCode;

use audit_core::job::{CancelFlag, Interrupt, OnInterrupt};
use audit_core::text::{Lang, default_lang, tr};
use clap::{Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "bas-audit",
    version = crate::version::VERSION_LINE,
    about = "Audit BACnet/IP and KNXnet/IP building-automation networks",
    long_about = None
)]
pub struct Cli {
    /// Use the built-in demo building (simulators on loopback) as the scope
    #[arg(long, global = true)]
    pub demo: bool,
    /// Language of everything the program says (en, de, nl); default: the system's language,
    /// English when it is another
    #[arg(long, global = true, value_name = "LANG", value_parser = report::parse_lang)]
    pub lang: Option<audit_core::text::Lang>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Count BACnet and KNXnet/IP traffic, devices and gateways in a pcap or pcapng file
    Analyze(analyze::AnalyzeArgs),
    /// Full audit: discovery, router port forwardings, (opt-in) write test, findings, verdict
    Check(check::CheckArgs),
    /// Find BACnet/IP devices and KNXnet/IP gateways (polite: rate-capped, read-only)
    Discover(discover::DiscoverArgs),
    /// The hand-over report of a saved audit: PDF, HTML, JSON, CSV or EDE
    Report(report::ReportArgs),
    /// Learning watch: learn normal BACnet/KNX traffic, then detect attacks and anomalies
    Watch(watch::WatchArgs),
}

/// The language the CLI speaks: `--lang`, else the system's (set by `main` before a command
/// runs). Clap's `--help` texts are in it too (`help`).
pub fn lang() -> Lang {
    default_lang()
}

/// A message in the CLI's language.
pub fn say(id: &str, args: &[(&str, audit_core::text::Arg)]) -> String {
    tr(lang(), id, args)
}

/// Exit status for "nothing could be done with the input".
pub const EXIT_BAD_INPUT: u8 = 2;

/// The one-line error for bad input, and its exit status.
pub fn bad(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("bas-audit: {msg}");
    ExitCode::from(EXIT_BAD_INPUT)
}

/// Ctrl-C, SIGTERM or SIGHUP during a job: say so, then cancel it (it stops sending and
/// returns what it gathered, which is still printed and saved; the exit status is then
/// 128 + the signal number). A second signal ends the process at once.
pub fn on_interrupt(cancel: CancelFlag) -> OnInterrupt {
    OnInterrupt::new(cancel, |i: Interrupt| {
        eprintln!(
            "bas-audit: {}",
            tr(lang(), "cli-interrupted", &[("signal", i.name().into())])
        );
    })
}

/// The exit status after a job: success, or the interrupt's code when one stopped it.
pub fn exit_status(interrupt: &OnInterrupt) -> ExitCode {
    match interrupt.received() {
        Some(i) => ExitCode::from(i.exit_code()),
        None => ExitCode::SUCCESS,
    }
}

/// JSON for the terminal: every control and bidi character inside strings written as a
/// `\uXXXX` escape (the same data; nothing a terminal would act on).
pub fn json_text<T: serde::Serialize>(v: &T) -> Result<String, serde_json::Error> {
    let s = serde_json::to_string_pretty(v)?;
    Ok(audit_core::text::safe::json(&s).into_owned() + "\n")
}

/// Write `bytes` beside `path` under a new name (`NAME.recovered-TIME.json`, or in the temp
/// folder when that fails too) so that a result the target refused is not lost; the path
/// written, or why not.
pub fn save_beside(path: &std::path::Path, bytes: &[u8]) -> Result<std::path::PathBuf, String> {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "bas-audit".into());
    let name = format!(
        "{stem}.recovered-{}.json",
        chrono::Local::now().format("%Y%m%d-%H%M%S")
    );
    let beside = path.with_file_name(&name);
    match audit_core::files::write_atomic(&beside, bytes) {
        Ok(()) => Ok(beside),
        Err(first) => {
            let tmp = std::env::temp_dir().join(&name);
            audit_core::files::write_atomic(&tmp, bytes)
                .map(|()| tmp)
                .map_err(|e| format!("{first}; {e}"))
        }
    }
}

/// Runs one subcommand (`demo`: the global `--demo` flag).
pub fn run(command: Command, demo: bool) -> ExitCode {
    match command {
        Command::Analyze(args) => analyze::run(&args),
        Command::Check(args) => check::run(&args, demo),
        Command::Discover(args) => discover::run(&args, demo),
        Command::Report(args) => report::run(&args),
        Command::Watch(args) => watch::run(&args),
    }
}
