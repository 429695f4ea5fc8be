//! Command-line front end (design §6). Thin: parse arguments, call `audit-core`, print.

pub mod analyze;
pub mod discover;
pub mod watch;

use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

#[derive(Debug, Parser)]
#[command(
    name = "bas-audit",
    version,
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
    /// Find BACnet/IP devices and KNXnet/IP gateways (polite: rate-capped, read-only)
    Discover(discover::DiscoverArgs),
    /// Learning watch: learn normal BACnet/KNX traffic, then detect attacks and anomalies
    Watch(watch::WatchArgs),
}

/// Exit status for "nothing could be done with the input".
pub const EXIT_BAD_INPUT: u8 = 2;

pub fn run() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Some(Command::Analyze(args)) => analyze::run(&args),
        Some(Command::Discover(args)) => discover::run(&args, cli.demo),
        Some(Command::Watch(args)) => watch::run(&args),
        None => {
            // Plain `bas-audit` will open the GUI; until it exists, say so and show the CLI.
            let mut cmd = Cli::command();
            let help = cmd.render_help();
            println!("{help}");
            println!("The graphical interface is not built yet; use a subcommand above.");
            ExitCode::SUCCESS
        }
    }
}
