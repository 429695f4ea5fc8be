//! `bas-audit`: the command-line and graphical front end over `audit-core`.
//! Each subcommand lives in its own module under `cli/`; the desktop app under `gui/`; this file
//! only dispatches.

mod cli;
mod gui;

use std::process::ExitCode;

fn main() -> ExitCode {
    // Plain `bas-audit` (no arguments) starts the desktop app; anything else is the CLI.
    if std::env::args_os().len() <= 1 {
        return match gui::run(gui::AppConfig::from_env()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("bas-audit: {e:#}");
                ExitCode::FAILURE
            }
        };
    }
    cli::run()
}
