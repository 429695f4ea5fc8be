//! `bas-audit`: the command-line and (later) graphical front end over `audit-core`.
//! Each subcommand lives in its own module under `cli/`; this file only dispatches.

mod cli;

fn main() -> std::process::ExitCode {
    cli::run()
}
