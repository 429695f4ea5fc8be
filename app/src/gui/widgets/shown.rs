//! Text that came from outside the app, as the GUI shows it: device, vendor, model and object
//! names, KNX gateway names, router (UPnP) names, anything read from a capture, a saved audit
//! or an ETS export, and the catalogue texts built around them (finding titles and targets,
//! notes, log lines). Every screen puts such text through these functions, usually where it
//! builds its rows, so a control character, a bidi override or an invisible character is shown
//! as a visible escape (`\x1b`, `\u{202e}`) and never reaches a label or AccessKit.
//!
//! They are the crate's one safe-text rule ([`audit_core::text::safe`]), nothing more: it
//! leaves honest text unchanged (not even copied) and is idempotent (an escape is plain ASCII),
//! so a text the core already escaped (hairpin probe names) is shown exactly once escaped.

use std::borrow::Cow;

use audit_core::text::{Lang, Text};

/// A one-line text (table cell, heading, name): line breaks are escaped too, so a name cannot
/// forge a second line.
pub fn shown(s: &str) -> Cow<'_, str> {
    audit_core::text::safe(s)
}

/// A text of several lines (an explanation, a remediation, a preview): line breaks stay.
pub fn shown_lines(s: &str) -> Cow<'_, str> {
    audit_core::text::safe_lines(s)
}

/// A catalogue text whose arguments may be device-supplied, rendered for one line.
pub fn text(t: &Text, lang: Lang) -> String {
    shown(&t.render(lang)).into_owned()
}

/// A catalogue text whose arguments may be device-supplied, rendered with its line breaks.
pub fn text_lines(t: &Text, lang: Lang) -> String {
    shown_lines(&t.render(lang)).into_owned()
}

/// [`shown`] as an owned `String` (row structs hold owned cells).
pub fn string(s: &str) -> String {
    shown(s).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_text_is_escaped_once_and_honest_text_kept() {
        let hostile = "\x1b[2J\x07\r\0AHU\u{202e}1\u{200b}";
        let once = string(hostile);
        assert_eq!(once, "\\x1b[2J\\x07\\x0d\\x00AHU\\u{202e}1\\u{200b}");
        // What the core already escaped is not escaped again.
        assert_eq!(string(&once), once);
        assert_eq!(shown_lines("a\u{202e}\nb"), "a\\u{202e}\nb");
        assert_eq!(shown("Zähler Büro"), "Zähler Büro");
        let t = Text::plain(hostile);
        assert_eq!(text(&t, Lang::En), once);
    }
}
