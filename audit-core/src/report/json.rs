//! The JSON export: the [`ReportModel`] itself, described by `docs/report-schema.json`.
//!
//! serde_json escapes C0 controls; this also writes DEL, C1 controls, bidi controls and other
//! invisible characters as `\uXXXX`, so that no JSON viewer or terminal shows a device name
//! reordered or hidden. The data is unchanged: the escapes decode to the same strings.

use super::model::{FORMAT_NAME, ReportModel, SCHEMA_VERSION};
use super::safe::is_invisible_format;

/// Pretty JSON of the whole report.
pub fn to_string(model: &ReportModel) -> String {
    // Serializing plain data (string keys, finite numbers) cannot fail; an empty object would
    // only ever appear if a future type broke that, and the schema test would catch it.
    let json = serde_json::to_string_pretty(model).unwrap_or_else(|_| "{}".to_owned());
    escape_invisible(&json)
}

/// `\uXXXX` for characters that JSON allows raw but that hide or reorder text. They occur only
/// inside strings, so replacing them in the whole document is safe.
pub fn escape_invisible(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        let code = c as u32;
        if code == 0x7f || (0x80..0xa0).contains(&code) || is_invisible_format(c) {
            out.push_str(&format!("\\u{code:04x}"));
        } else {
            out.push(c);
        }
    }
    out
}

/// Why a JSON export could not be read back.
#[derive(Debug)]
pub struct ReadError(pub String);

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for ReadError {}

/// Reads a JSON export back (round trip, or an earlier report given to compare tools).
pub fn from_str(s: &str) -> Result<ReportModel, ReadError> {
    let v: serde_json::Value =
        serde_json::from_str(s).map_err(|e| ReadError(format!("not JSON: {e}")))?;
    if v.get("format").and_then(|f| f.as_str()) != Some(FORMAT_NAME) {
        return Err(ReadError(format!("not a {FORMAT_NAME} document")));
    }
    match v.get("schema_version").and_then(|x| x.as_u64()) {
        Some(n) if n <= u64::from(SCHEMA_VERSION) => {}
        Some(n) => {
            return Err(ReadError(format!(
                "schema version {n} is newer than this version reads ({SCHEMA_VERSION})"
            )));
        }
        None => return Err(ReadError("no schema_version".into())),
    }
    serde_json::from_value(v).map_err(|e| ReadError(format!("not a report: {e}")))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_are_escaped_and_decode_back() {
        let s = serde_json::to_string(&"a\u{202e}b\u{85}c\u{7f}\u{1b}").unwrap();
        let e = escape_invisible(&s);
        assert_eq!(e, "\"a\\u202eb\\u0085c\\u007f\\u001b\"");
        let back: String = serde_json::from_str(&e).unwrap();
        assert_eq!(back, "a\u{202e}b\u{85}c\u{7f}\u{1b}");
    }

    #[test]
    fn foreign_and_newer_documents_are_refused() {
        assert!(from_str("[]").is_err());
        assert!(from_str("{\"format\":\"other\"}").is_err());
        let newer = format!(
            "{{\"format\":\"{FORMAT_NAME}\",\"schema_version\":{}}}",
            SCHEMA_VERSION + 1
        );
        assert!(from_str(&newer).unwrap_err().0.contains("newer"));
    }
}
