//! Command-line front end (design §6). Thin: parse arguments, call `audit-core`, print.

pub mod analyze;
pub mod check;
pub mod discover;
pub mod docs;
pub mod watch;

use std::process::ExitCode;

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
    /// Learning watch: learn normal BACnet/KNX traffic, then detect attacks and anomalies
    Watch(watch::WatchArgs),
}

/// Exit status for "nothing could be done with the input".
pub const EXIT_BAD_INPUT: u8 = 2;

pub fn run() -> ExitCode {
    // The packagers' `generate-docs` stays outside `Cli`, so help and completions never offer it.
    if std::env::args_os()
        .nth(1)
        .is_some_and(|a| a == docs::COMMAND)
    {
        return docs::run(std::env::args_os().skip(1));
    }
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Analyze(args)) => analyze::run(&args),
        Some(Command::Check(args)) => check::run(&args, cli.demo),
        Some(Command::Discover(args)) => discover::run(&args, cli.demo),
        Some(Command::Watch(args)) => watch::run(&args),
        // Plain `bas-audit` (or `bas-audit --demo`) opens the desktop app.
        None => crate::run_gui(cli.demo),
    }
}
