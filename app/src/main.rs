//! `bas-audit`: the command-line and graphical front end over `audit-core`.
//! Each subcommand lives in its own module under `cli/`; the desktop app under `gui/`; this file
//! only dispatches.

mod cli;
mod gui;
mod version;

use std::process::ExitCode;

fn main() -> ExitCode {
    // No subcommand starts the desktop app (`--demo`: on the demo building); the CLI decides.
    cli::run()
}

/// The desktop app, started by the CLI when no subcommand was given.
pub fn run_gui(demo: bool) -> ExitCode {
    let config = gui::AppConfig {
        demo,
        ..gui::AppConfig::from_env()
    };
    match gui::run(config) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("bas-audit: {e:#}");
            ExitCode::FAILURE
        }
    }
}
