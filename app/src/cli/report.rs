//! `bas-audit report --session FILE --format pdf|html|json|csv|ede --out FILE [--redact]
//! [--compare OLD_SESSION] [--audience owner|full] [--lang en]`
//!
//! Renders a saved audit (`check --session FILE`) as the hand-over report. Thin: read the
//! session(s), build `audit_core::report::ReportModel`, redact if asked, call the renderer,
//! write the file atomically. Exit 0 when the report was written; exit 2 with one line naming
//! the problem when a session file is missing, damaged or from a newer version, or the output
//! cannot be written.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use audit_core::report::{self, Audience, ReportModel, ReportOptions};
use audit_core::session;
use clap::{Args, ValueEnum};

use super::EXIT_BAD_INPUT;

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
    /// Language of the report (German and Dutch come in a later version)
    #[arg(long, default_value = "en", value_parser = ["en"])]
    pub lang: String,
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

fn bad(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("bas-audit: {msg}");
    ExitCode::from(EXIT_BAD_INPUT)
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

/// Writes through a temp file in the same folder and a rename, so a reader never sees half a
/// report and a failed run leaves no partial file.
fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&temp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    if result.is_err() {
        std::fs::remove_file(&temp).ok();
    }
    result
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

pub fn run(args: &ReportArgs) -> ExitCode {
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
                return bad(format!(
                    "{} is the audit session itself; choose another --out",
                    out.display()
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
        ..ReportOptions::default()
    };
    let mut model = ReportModel::from_session(&current, previous.as_ref(), &opts);
    if args.redact {
        match report::redact::redact(&model) {
            Ok((redacted, list)) => {
                model = redacted;
                eprintln!(
                    "bas-audit: redacted {} value(s); this list is shown once and saved nowhere:",
                    list.len()
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
        if let Err(e) = write_atomically(path, bytes) {
            return bad(format!("cannot write {}: {e}", path.display()));
        }
        println!("Wrote {} ({} bytes)", path.display(), bytes.len());
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
