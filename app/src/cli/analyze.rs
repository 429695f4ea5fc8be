//! `bas-audit analyze CAPTURE [--json]`: a report of what a capture holds.
//!
//! Exit 0 whenever the file could be read as a capture, even if reading stopped early (then a
//! one-line error naming the file and byte offset follows the report on stderr); exit 2 with a
//! one-line error when nothing could be read (also for a FIFO, a device or a directory); 128 +
//! the signal after Ctrl-C, SIGTERM or SIGHUP (the counts so far are still printed).

use std::cell::Cell;
use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use audit_core::analyze::{self, Progress};
use audit_core::job::CancelFlag;
use audit_core::report;
use clap::Args;

use super::{EXIT_BAD_INPUT, exit_status, json_text, lang, on_interrupt, say};

#[derive(Debug, Args)]
pub struct AnalyzeArgs {
    /// Capture file (.pcap or .pcapng)
    pub capture: PathBuf,
    /// Print the report as JSON instead of text
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: &AnalyzeArgs) -> ExitCode {
    let show_progress = io::stderr().is_terminal();
    let shown = Cell::new(None::<u64>);
    let progress = |p: Progress| {
        if !show_progress {
            return;
        }
        if let Some(f) = p.fraction() {
            let pct = (f * 100.0) as u64;
            if shown.get() != Some(pct) {
                shown.set(Some(pct));
                let line = say(
                    "cli-analysing",
                    &[
                        ("percent", format!("{pct:3}").into()),
                        ("packets", p.packets.into()),
                    ],
                );
                eprint!("\r{line}");
            }
        }
    };
    let interrupt = on_interrupt(CancelFlag::new());
    if let Err(e) = interrupt.listen_in_background() {
        eprintln!(
            "bas-audit: {}",
            say("cli-no-signals", &[("error", e.to_string().into())])
        );
    }
    let result = analyze::analyze_file(&args.capture, &progress, &interrupt.cancel);
    if shown.get().is_some() {
        eprint!("\r{:60}\r", "");
    }
    let report = match result {
        Ok(r) => r,
        Err(e) => {
            eprintln!("bas-audit: {e}");
            return ExitCode::from(EXIT_BAD_INPUT);
        }
    };
    let out = if args.json {
        match json_text(&report) {
            Ok(s) => s,
            Err(e) => {
                eprintln!(
                    "bas-audit: {}",
                    say("cli-json-error", &[("error", e.to_string().into())])
                );
                return ExitCode::FAILURE;
            }
        }
    } else {
        report::text::analysis(lang(), &report)
    };
    // A closed pipe (`| head`) is not an error worth a panic.
    let _ = io::stdout().lock().write_all(out.as_bytes());
    if let Some(e) = &report.read_error {
        eprintln!(
            "bas-audit: {}",
            audit_core::text::safe(&e.line(&report.file))
        );
    }
    exit_status(&interrupt)
}
