//! The hand-over report's files, made the same way by `bas-audit report` and by the desktop
//! app's Report screen: build the model from a session (and an earlier one to compare with),
//! redact if asked, render one format. Writing is the caller's (`files::write_atomic`), so
//! each front end words what it wrote in its own way.

use std::path::{Path, PathBuf};

use audit_core::report::redact::{self, Replacement};
use audit_core::report::{self, ReportModel, ReportOptions};
use audit_core::session::AuditSession;
use clap::ValueEnum;

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

impl Format {
    pub const ALL: [Format; 5] = [
        Format::Pdf,
        Format::Html,
        Format::Json,
        Format::Csv,
        Format::Ede,
    ];

    /// The file name extension a file of this format gets.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Pdf => "pdf",
            Format::Html => "html",
            Format::Json => "json",
            Format::Csv | Format::Ede => "csv",
        }
    }

    /// Its name on screen (the same in every language).
    pub fn name(self) -> &'static str {
        match self {
            Format::Pdf => "PDF",
            Format::Html => "HTML",
            Format::Json => "JSON",
            Format::Csv => "CSV",
            Format::Ede => "EDE",
        }
    }
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

/// The files a report in `format` at `out` consists of (one, or three for CSV).
pub fn output_paths(format: Format, out: &Path) -> Vec<PathBuf> {
    match format {
        Format::Csv => csv_paths(out).into_iter().map(|(_, p)| p).collect(),
        _ => vec![out.to_path_buf()],
    }
}

/// The first file of a report in `format` at `out` that is one of `sessions` (the audit
/// reported on, the one compared with): writing the report there would destroy that audit.
/// `bas-audit report --out` and the GUI's Save both refuse it.
pub fn output_on_session(format: Format, out: &Path, sessions: &[&Path]) -> Option<PathBuf> {
    output_paths(format, out)
        .into_iter()
        .find(|o| sessions.iter().any(|s| audit_core::files::same_file(o, s)))
}

/// The report model of `current` (compared with `previous`), redacted when asked; the
/// replacements are for the user's eyes only and go into no file.
pub fn model(
    current: &AuditSession,
    previous: Option<&AuditSession>,
    opts: &ReportOptions,
    redacted: bool,
) -> Result<(ReportModel, Vec<Replacement>), String> {
    let model = ReportModel::from_session(current, previous, opts);
    if redacted {
        redact::redact(&model).map_err(|e| e.to_string())
    } else {
        Ok((model, Vec::new()))
    }
}

/// The bytes of each file of the report in `format` at `out`.
pub fn render(
    model: &ReportModel,
    format: Format,
    out: &Path,
) -> Result<Vec<(PathBuf, Vec<u8>)>, String> {
    Ok(match format {
        Format::Pdf => vec![(
            out.to_path_buf(),
            report_pdf::render(model).map_err(|e| e.to_string())?,
        )],
        Format::Html => vec![(out.to_path_buf(), report::html::render(model).into_bytes())],
        Format::Json => vec![(
            out.to_path_buf(),
            report::json::to_string(model).into_bytes(),
        )],
        Format::Ede => vec![(out.to_path_buf(), report::ede::render(model).into_bytes())],
        Format::Csv => report::csv::files(model)
            .into_iter()
            .zip(csv_paths(out))
            .map(|((_, text), (_, path))| (path, text.into_bytes()))
            .collect(),
    })
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
        assert_eq!(output_paths(Format::Pdf, Path::new("r.pdf")).len(), 1);
    }
}
