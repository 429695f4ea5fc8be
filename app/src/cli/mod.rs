//! Command-line front end (design §6). Thin: parse arguments, call `audit-core`, print.

pub mod analyze;
pub mod check;
pub mod discover;
pub mod docs;
pub mod report;
pub mod watch;

use std::process::ExitCode;

use audit_core::job::{CancelFlag, OnCtrlC};
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

/// Exit status for "nothing could be done with the input".
pub const EXIT_BAD_INPUT: u8 = 2;

/// The one-line error for bad input, and its exit status.
pub fn bad(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("bas-audit: {msg}");
    ExitCode::from(EXIT_BAD_INPUT)
}

/// Ctrl-C during an active job: say so, then cancel it (it stops sending and returns what it
/// gathered, which is still printed and saved).
pub fn on_ctrl_c(cancel: CancelFlag) -> OnCtrlC {
    OnCtrlC {
        cancel,
        announce: || eprintln!("bas-audit: cancelling (Ctrl-C)"),
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
