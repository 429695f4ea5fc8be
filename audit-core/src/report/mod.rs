//! Reports: results rendered for people. `text.rs` is the plain text of the CLI and the
//! installer summary; the document formats (HTML, PDF) land beside it.

pub mod text;
