//! The PDF of the audit report, made in-process with typst 0.15 as a library.
//!
//! The report's document tree ([`audit_core::report::view::Document`]) is handed to the
//! template (`report.typ`) as the file `/data.json`, which the template reads with `json()`:
//! names from devices stay data and can never act as typst markup. The template, the data and
//! the fonts (DejaVu Sans, Bold and Sans Mono, embedded) are the only files the typst "world"
//! has; it reads nothing from disk and has no packages.
//!
//! This crate is separate from `audit-core` so that typst (about 300 crates) is compiled once
//! and linked only into what makes PDFs (the `bas-audit` binary), not into every audit-core test
//! binary. docs/decisions.md §11 has the measurements.

use std::sync::LazyLock;

use audit_core::report::ReportModel;
use audit_core::report::view::Document;
use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime, Smart};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World};
use typst_layout::PagedDocument;

/// The template.
const TEMPLATE: &str = include_str!("report.typ");

/// Fonts compiled in: Latin, Latin-1, Latin Extended-A/B, Greek, Cyrillic and the symbols the
/// report uses (DejaVu 2.37, Debian `fonts-dejavu-core`; licence in assets/gui/DejaVu-LICENSE.txt).
static FONT_FILES: [&[u8]; 3] = [
    include_bytes!("../../assets/gui/DejaVuSans.ttf"),
    include_bytes!("../../assets/gui/DejaVuSans-Bold.ttf"),
    include_bytes!("../../assets/report/DejaVuSansMono.ttf"),
];

struct Fonts {
    book: LazyHash<FontBook>,
    fonts: Vec<Font>,
}

static FONTS: LazyLock<Fonts> = LazyLock::new(|| {
    let fonts: Vec<Font> = FONT_FILES
        .iter()
        .flat_map(|data| Font::iter(Bytes::new(*data)))
        .collect();
    Fonts {
        book: LazyHash::new(FontBook::from_fonts(&fonts)),
        fonts,
    }
});

static LIBRARY: LazyLock<LazyHash<Library>> = LazyLock::new(|| LazyHash::new(Library::default()));

fn file_id(path: &str) -> FileId {
    // Both paths are constants that are valid virtual paths.
    let vpath = VirtualPath::new(path).unwrap_or_else(|_| unreachable_path());
    FileId::new(RootedPath::new(VirtualRoot::Project, vpath))
}

#[cold]
fn unreachable_path() -> VirtualPath {
    // A constant path that failed to parse would be a programming error caught by every test.
    VirtualPath::new("/main.typ").unwrap_or_else(|_| std::process::abort())
}

/// The in-memory world: one source, one data file, the embedded fonts, a fixed "today".
struct ReportWorld {
    main: FileId,
    data_id: FileId,
    source: Source,
    data: Bytes,
    today: Option<Datetime>,
}

impl World for ReportWorld {
    fn library(&self) -> &LazyHash<Library> {
        &LIBRARY
    }
    fn book(&self) -> &LazyHash<FontBook> {
        &FONTS.book
    }
    fn main(&self) -> FileId {
        self.main
    }
    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main {
            Ok(self.source.clone())
        } else {
            Err(FileError::AccessDenied)
        }
    }
    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.data_id {
            Ok(self.data.clone())
        } else if id == self.main {
            Ok(Bytes::from_string(self.source.clone()))
        } else {
            Err(FileError::AccessDenied)
        }
    }
    fn font(&self, index: usize) -> Option<Font> {
        FONTS.fonts.get(index).cloned()
    }
    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        self.today
    }
}

/// Why no PDF was made.
#[derive(Debug)]
pub struct PdfError(pub String);

impl std::fmt::Display for PdfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "could not make the PDF: {}", self.0)
    }
}

impl std::error::Error for PdfError {}

fn diagnostics(errors: &[SourceDiagnostic]) -> String {
    errors
        .iter()
        .take(5)
        .map(|e| e.message.to_string())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The PDF of `model`: tagged (accessible) PDF 1.7 with title, author, subject, keywords,
/// language and the audit's date as metadata, fonts embedded and subset.
pub fn render(model: &ReportModel) -> Result<Vec<u8>, PdfError> {
    let doc = Document::of(model);
    render_document(&doc, model)
}

/// The PDF of an already built document (benchmarks reuse one).
pub fn render_document(doc: &Document, model: &ReportModel) -> Result<Vec<u8>, PdfError> {
    let data = serde_json::to_vec(doc).map_err(|e| PdfError(e.to_string()))?;
    let date = model.audit_date();
    let datetime = {
        use chrono::{Datelike, Timelike};
        Datetime::from_ymd_hms(
            date.year(),
            date.month() as u8,
            date.day() as u8,
            date.hour() as u8,
            date.minute() as u8,
            date.second() as u8,
        )
    };
    let main = file_id("/main.typ");
    let world = ReportWorld {
        main,
        data_id: file_id("/data.json"),
        source: Source::new(main, TEMPLATE.to_owned()),
        data: Bytes::new(data),
        today: datetime.and_then(|d| Datetime::from_ymd(d.year()?, d.month()?, d.day()?)),
    };
    let compiled = typst::compile::<PagedDocument>(&world);
    let document = compiled
        .output
        .map_err(|errors| PdfError(diagnostics(&errors)))?;
    let options = typst_pdf::PdfOptions {
        ident: Smart::Custom(model.audit.id.clone()),
        creator: Smart::Custom(Some(doc.meta.creator.clone())),
        timestamp: datetime.map(typst_pdf::Timestamp::new_utc),
        ..typst_pdf::PdfOptions::default()
    };
    typst_pdf::pdf(&document, &options).map_err(|errors| PdfError(diagnostics(&errors)))
}

/// Empties typst's memo caches (laid-out paragraphs, shaped text, ...). Rendering the same
/// report again right after is faster with them (a preview, then Save); a long-running app
/// calls this when it is done with a report, so memory goes back down. Fonts stay loaded.
pub fn evict_caches() {
    typst::comemo::evict(0);
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn fonts_cover_latin_1_and_latin_extended_a() {
        let book = &FONTS.book;
        for family in ["dejavu sans", "dejavu sans mono"] {
            let info = book
                .families()
                .find(|(name, _)| name.eq_ignore_ascii_case(family))
                .map(|(_, ids)| ids.filter_map(|i| book.info(i)).collect::<Vec<_>>())
                .unwrap_or_default();
            assert!(!info.is_empty(), "{family} missing");
            for i in &info {
                for c in (0xA0u32..=0x17F).filter_map(char::from_u32) {
                    assert!(i.coverage.contains(c as u32), "{family}: {c:?}");
                }
            }
        }
    }
}
