//! `bas-audit report --session FILE --format pdf|html|json|csv|ede --out FILE [--redact]
//! [--compare OLD_SESSION] [--audience owner|full] [--report-lang en|de|nl]`
//!
//! Renders a saved audit (`check --session FILE`) as the hand-over report. Thin: read the
//! session(s), build `audit_core::report::ReportModel`, redact if asked, call the renderer,
//! write the file atomically (`files::write_atomic`). The report's words are in `--report-lang`
//! (default: the program's language, `--lang`); the lines this command prints are in the
//! program's language. Exit 0 when the report was written; exit 2 with one line naming
//! the problem when a session file is missing, damaged or from a newer version, or the output
//! cannot be written.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use audit_core::files;
use audit_core::report::{Audience, ReportOptions};
use audit_core::session;
use audit_core::text::{Lang, default_lang, tr};
use clap::{Args, ValueEnum};

use super::bad;
use crate::export;

pub use crate::export::Format;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AudienceArg {
    /// Cover, the summary for the owner, the chart, changes and sign-off
    Owner,
    /// Everything: findings with both fixes, inventory, method, glossary, appendix
    Full,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The audit session to report on (`check --session FILE` saves one)
    #[arg(long, value_name = "FILE")]
    pub session: PathBuf,
    /// Output format
    #[arg(long, value_enum)]
    pub format: Format,
    /// Where to write the report (for csv: the base name of the three files)
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Replace public addresses, MAC addresses, serial numbers, the site's name and address,
    /// people's names and keys or passwords by placeholders (the list is printed once, on
    /// stderr, and saved nowhere)
    #[arg(long)]
    pub redact: bool,
    /// An earlier audit of the same site: the report says what changed since then
    #[arg(long, value_name = "OLD_SESSION")]
    pub compare: Option<PathBuf>,
    /// Who the report is for
    #[arg(long, value_enum, default_value = "full")]
    pub audience: AudienceArg,
    /// Language of the report (en, de, nl), when it is not the program's (`--lang`): a German
    /// installer can hand an English report to an English-speaking owner
    #[arg(long, value_name = "LANG", value_parser = parse_lang)]
    pub report_lang: Option<Lang>,
    /// Site name for the cover (instead of the session's)
    #[arg(long, value_name = "NAME")]
    pub site: Option<String>,
    /// Site address for the cover
    #[arg(long, value_name = "TEXT")]
    pub site_address: Option<String>,
    /// The building owner or client
    #[arg(long, value_name = "NAME")]
    pub owner: Option<String>,
    /// The person who did the audit
    #[arg(long, value_name = "NAME")]
    pub auditor: Option<String>,
    /// The auditor's company
    #[arg(long, value_name = "NAME")]
    pub company: Option<String>,
}

/// `--lang`, `--report-lang`: a language the catalogue has (or the pseudo-language, for
/// screen tests).
pub fn parse_lang(code: &str) -> Result<Lang, String> {
    Lang::parse(code).ok_or_else(|| {
        let known: Vec<&str> = Lang::SHIPPED.iter().map(|l| l.code()).collect();
        tr(
            default_lang(),
            "report-cli-unknown-lang",
            &[("lang", code.into()), ("known", known.join(", ").into())],
        )
    })
}

pub fn run(args: &ReportArgs) -> ExitCode {
    let ui = default_lang();
    // Sessions are read by the session store's reader: bounded, regular files only, newer
    // formats refused, older ones migrated.
    let mut current = match session::read_session_file(&args.session) {
        Ok(s) => s,
        Err(e) => return bad(e),
    };
    let previous = match &args.compare {
        None => None,
        Some(p) => match session::read_session_file(p) {
            Ok(s) => Some(s),
            Err(e) => return bad(format!("--compare: {e}")),
        },
    };
    let inputs: Vec<&Path> = std::iter::once(&args.session)
        .chain(args.compare.as_ref())
        .map(PathBuf::as_path)
        .collect();
    if let Some(out) = export::output_on_session(args.format, &args.out, &inputs) {
        return bad(tr(
            ui,
            "report-cli-out-is-session",
            &[("file", out.display().to_string().into())],
        ));
    }
    let site = &mut current.scope.site;
    for (field, value) in [
        (&mut site.name, &args.site),
        (&mut site.address, &args.site_address),
        (&mut site.owner, &args.owner),
        (&mut site.auditor, &args.auditor),
        (&mut site.company, &args.company),
    ] {
        if let Some(v) = value {
            *field = v.clone();
        }
    }
    let opts = ReportOptions {
        audience: match args.audience {
            AudienceArg::Owner => Audience::Owner,
            AudienceArg::Full => Audience::Full,
        },
        lang: args.report_lang.unwrap_or(ui),
        ..ReportOptions::default()
    };
    let model = match export::model(&current, previous.as_ref(), &opts, args.redact) {
        Ok((model, list)) => {
            if args.redact {
                eprintln!(
                    "bas-audit: {}",
                    tr(ui, "report-cli-redacted", &[("count", list.len().into())])
                );
                for r in &list {
                    eprintln!("  {:<9} {}  ->  {}", r.kind, r.original, r.placeholder);
                }
            }
            model
        }
        Err(e) => return bad(e),
    };
    let files = match export::render(&model, args.format, &args.out) {
        Ok(files) => files,
        Err(e) => return bad(e),
    };
    for (path, bytes) in &files {
        // Atomic: a reader never sees half a report, a failed run leaves no partial file.
        if let Err(e) = files::write_atomic(path, bytes) {
            return bad(tr(
                ui,
                "report-cli-cannot-write",
                &[
                    ("file", path.display().to_string().into()),
                    ("problem", e.problem().into()),
                ],
            ));
        }
        println!(
            "{}",
            tr(
                ui,
                "report-cli-wrote",
                &[
                    ("file", path.display().to_string().into()),
                    ("bytes", bytes.len().into()),
                ]
            )
        );
    }
    ExitCode::SUCCESS
}
