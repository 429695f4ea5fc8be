//! `bas-audit report --session FILE --format pdf|html|json|csv|ede --out FILE [--redact]
//! [--compare OLD_SESSION] [--audience owner|full] [--lang en]`
//!
//! Renders a saved audit (`check --session FILE`) as the hand-over report. Thin: read the
//! session(s), build `audit_core::report::ReportModel`, redact if asked, call the renderer,
//! write the file atomically (`files::write_atomic`). The report's words are in `--lang`; the
//! lines this command prints are in the program's language. Exit 0 when the report was written; exit 2 with one line naming
//! the problem when a session file is missing, damaged or from a newer version, or the output
//! cannot be written.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use audit_core::files;
use audit_core::report::{self, Audience, ReportModel, ReportOptions};
use audit_core::session;
use audit_core::text::{Lang, default_lang, tr};
use clap::{Args, ValueEnum};

use super::bad;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// The report as PDF (A4, tagged, fonts embedded)
    Pdf,
    /// The report as one self-contained HTML file (with the JSON inside)
    Html,
    /// Everything, as JSON (schema: docs/report-schema.json)
    Json,
    /// Three CSV files next to OUT: -devices, -gateways, -findings
    Csv,
    /// BACnet points as an EDE 2.3 file (YABE, BMS tools)
    Ede,
}

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
    /// Language of the report, independent of the program's (only `en` for now; German and
    /// Dutch come in a later version)
    #[arg(long, default_value = "en", value_parser = parse_lang)]
    pub lang: Lang,
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

/// `--lang`: a language the catalogue has (only `en` until German and Dutch arrive).
fn parse_lang(code: &str) -> Result<Lang, String> {
    Lang::parse(code).ok_or_else(|| {
        let known: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        tr(
            default_lang(),
            "report-cli-unknown-lang",
            &[("lang", code.into()), ("known", known.join(", ").into())],
        )
    })
}

/// The three CSV files for `--out base.csv`: base-devices.csv, base-gateways.csv, ...
pub fn csv_paths(out: &Path) -> Vec<(&'static str, PathBuf)> {
    let stem = out
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "report".to_owned());
    let dir = out.parent().unwrap_or(Path::new(""));
    ["devices", "gateways", "findings"]
        .into_iter()
        .map(|part| (part, dir.join(format!("{stem}-{part}.csv"))))
        .collect()
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
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
    let outputs: Vec<PathBuf> = match args.format {
        Format::Csv => csv_paths(&args.out).into_iter().map(|(_, p)| p).collect(),
        _ => vec![args.out.clone()],
    };
    for out in &outputs {
        for input in std::iter::once(&args.session).chain(args.compare.as_ref()) {
            if same_file(out, input) {
                return bad(tr(
                    ui,
                    "report-cli-out-is-session",
                    &[("file", out.display().to_string().into())],
                ));
            }
        }
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
        lang: args.lang,
        ..ReportOptions::default()
    };
    let mut model = ReportModel::from_session(&current, previous.as_ref(), &opts);
    if args.redact {
        match report::redact::redact(&model) {
            Ok((redacted, list)) => {
                model = redacted;
                eprintln!(
                    "bas-audit: {}",
                    tr(ui, "report-cli-redacted", &[("count", list.len().into())])
                );
                for r in &list {
                    eprintln!("  {:<9} {}  ->  {}", r.kind, r.original, r.placeholder);
                }
            }
            Err(e) => return bad(e),
        }
    }
    let files: Vec<(PathBuf, Vec<u8>)> = match args.format {
        Format::Pdf => match report_pdf::render(&model) {
            Ok(bytes) => vec![(args.out.clone(), bytes)],
            Err(e) => return bad(e),
        },
        Format::Html => vec![(args.out.clone(), report::html::render(&model).into_bytes())],
        Format::Json => vec![(
            args.out.clone(),
            report::json::to_string(&model).into_bytes(),
        )],
        Format::Ede => vec![(args.out.clone(), report::ede::render(&model).into_bytes())],
        Format::Csv => report::csv::files(&model)
            .into_iter()
            .zip(csv_paths(&args.out))
            .map(|((_, text), (_, path))| (path, text.into_bytes()))
            .collect(),
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_names_follow_the_out_name() {
        let p = csv_paths(Path::new("/tmp/site.csv"));
        assert_eq!(p[0].1, PathBuf::from("/tmp/site-devices.csv"));
        assert_eq!(p[2].1, PathBuf::from("/tmp/site-findings.csv"));
        assert_eq!(
            csv_paths(Path::new("x"))[1].1,
            PathBuf::from("x-gateways.csv")
        );
    }
}
