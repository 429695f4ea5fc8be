//! `bas-audit`: the command-line and graphical front end over `audit-core`. This file only
//! dispatches: a subcommand runs in `cli`, no subcommand opens the desktop app in `gui`.

use std::process::ExitCode;

use bas_audit::{cli, gui};
use clap::FromArgMatches as _;

fn main() -> ExitCode {
    // The packagers' `generate-docs` stays outside `Cli`: clap_complete lists hidden subcommands
    // too, so as a `Command` variant it would be offered by every shell's completion.
    if std::env::args_os()
        .nth(1)
        .is_some_and(|a| a == cli::docs::COMMAND)
    {
        return cli::docs::run(std::env::args_os().skip(1));
    }
    // The language first (`--lang` read ahead of clap, else the system's), so that `--help`
    // is in it and clap's refusal of a bad `--lang` is in the system's.
    let argv: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let lang = cli::help::lang_in_args(argv.iter().skip(1))
        .unwrap_or_else(audit_core::text::locale::system_lang);
    audit_core::text::set_default_lang(lang);
    let matches = cli::help::command(lang).get_matches_from(argv);
    let args = cli::Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    if let Some(lang) = args.lang {
        audit_core::text::set_default_lang(lang);
    }
    match args.command {
        Some(command) => cli::run(command, args.demo),
        // Plain `bas-audit` (or `bas-audit --demo`: on the demo building) opens the desktop app.
        None => run_gui(args.demo),
    }
}

fn run_gui(demo: bool) -> ExitCode {
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
