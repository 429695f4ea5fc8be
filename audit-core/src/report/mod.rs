//! Reports: results rendered for people.
//!
//! - `text`: the plain text of the CLI and the installer summary;
//! - the hand-over report: a [`model::ReportModel`] built from an audit session by pure code,
//!   and one renderer per format. Renderers take the model, never the session. See
//!   docs/REPORT.md.
//!   - `model` (+ `compare`): the data; `view`: the document (sections and blocks) that HTML and
//!     PDF draw; `texts`: every sentence the report prints;
//!   - `html`, `json`, `csv`, `ede`: the formats (the PDF is the `report-pdf` crate, so that
//!     typst is compiled and linked only where a PDF is made);
//!   - `redact`: placeholders for sensitive values; `safe`, `markdown`, `chart`: helpers.

pub mod chart;
pub mod compare;
pub mod csv;
pub mod ede;
pub mod html;
pub mod json;
pub mod markdown;
pub mod model;
pub mod redact;
pub mod safe;
pub mod text;
pub mod texts;
pub mod view;

pub use model::{Audience, ReportModel, ReportOptions};
