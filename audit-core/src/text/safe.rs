//! Device-supplied text made safe to show: the one function every renderer calls before it puts
//! a name, a model, a serial, an object name or any other text a peer or a capture gave us in
//! front of a person (terminal, log, report, GUI).
//!
//! A BACnet device or a KNX gateway can put anything in its names: ESC sequences that clear the
//! screen, set the window title or ask the terminal to answer; BEL, backspace and carriage
//! return that overwrite what was printed; NUL; bidi overrides (U+202E) that make text read
//! backwards; invisible characters that make two names look the same. [`safe`] shows every such
//! character as a visible escape (`\x1b`, `\u{202e}`) and leaves everything else as it is, so an
//! honest name is unchanged and a hostile one is shown, not interpreted.
//!
//! [`json`] does the same for JSON text: it rewrites such characters as `\uXXXX` escapes, which
//! decode to the very same string, so `--json` keeps the data exact and a terminal that shows
//! it interprets nothing.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Characters that are never printed as they are: C0 and C1 controls and DEL (`char::is_control`),
/// bidi embeddings, overrides, isolates and marks, zero-width and invisible formatting
/// characters, the line and paragraph separators, the byte-order mark, interlinear annotation
/// marks and the tag characters.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00AD}'                  // soft hyphen (invisible but at a line end)
            | '\u{061C}'                // Arabic letter mark
            | '\u{180E}'                // Mongolian vowel separator (invisible)
            | '\u{200B}'..='\u{200F}'   // zero-width space/joiners, LRM, RLM
            | '\u{2028}'..='\u{202E}'   // line/paragraph separator, LRE RLE PDF LRO RLO
            | '\u{2060}'..='\u{2064}'   // word joiner, invisible operators
            | '\u{2066}'..='\u{206F}'   // isolates LRI RLI FSI PDI, deprecated format chars
            | '\u{FEFF}'                // byte-order mark / zero-width no-break space
            | '\u{FFF9}'..='\u{FFFB}'   // interlinear annotation
            | '\u{E0000}'..='\u{E007F}' // tag characters
        )
}

/// `s` with every [`is_unsafe`] character shown as an escape: `\x1b` for the ASCII controls
/// and DEL, `\u{202e}` for the rest. Borrowed (no copy) when nothing needed escaping.
pub fn safe(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if !is_unsafe(c) {
            out.push(c);
        } else if u32::from(c) < 0x80 {
            let _ = write!(out, "\\x{:02x}", u32::from(c));
        } else {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        }
    }
    Cow::Owned(out)
}

/// [`safe`] for an optional value.
pub fn safe_opt(s: Option<&str>) -> Option<Cow<'_, str>> {
    s.map(safe)
}

/// A whole text a renderer built, line by line: every [`is_unsafe`] character but the line
/// breaks is escaped. A second line of defence after [`safe`] on each field (which also
/// escapes line breaks inside a name, so a name cannot forge a line of the report).
pub fn safe_lines(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| c != '\n' && is_unsafe(c)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        out.push_str(&safe(line));
    }
    Cow::Owned(out)
}

/// JSON text with every [`is_unsafe`] character inside it written as a `\uXXXX` escape
/// (surrogate pairs above the BMP). serde_json already escapes C0 controls; this adds DEL, the
/// C1 controls, bidi and invisible characters. Outside strings JSON has no such characters, so
/// the document decodes to exactly the same value.
pub fn json(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_unsafe_in_json) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if is_unsafe_in_json(c) {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                let _ = write!(out, "\\u{u:04x}");
            }
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Whitespace that JSON itself uses between tokens stays; everything else unsafe is escaped.
fn is_unsafe_in_json(c: char) -> bool {
    !matches!(c, '\n' | '\r' | '\t') && is_unsafe(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn honest_names_are_unchanged_and_not_copied() {
        for s in [
            "LAB-AHU-1",
            "Zähler Büro 3.OG",
            "東京ビル",
            "",
            "a\\b",
            "emoji 🌡",
        ] {
            assert!(matches!(safe(s), Cow::Borrowed(_)), "{s}");
            assert!(matches!(json(s), Cow::Borrowed(_)), "{s}");
        }
    }

    #[test]
    fn terminal_controls_and_bidi_are_shown_escaped() {
        let hostile = "\x1b[2J\x1b]0;pwned\x07\x08\r\0name\u{202e}gnp.exe\u{9b}\u{7f}\u{200b}";
        let s = safe(hostile);
        assert_eq!(
            s,
            "\\x1b[2J\\x1b]0;pwned\\x07\\x08\\x0d\\x00name\\u{202e}gnp.exe\\u{9b}\\x7f\\u{200b}"
        );
        assert!(!s.chars().any(is_unsafe));
        assert_eq!(safe("a\nb\tc"), "a\\x0ab\\x09c");
        assert_eq!(safe_lines("a\x1b\nb\u{2066}"), "a\\x1b\nb\\u{2066}");
    }

    #[test]
    fn json_escapes_decode_to_the_same_string() {
        let v = serde_json::json!({"name": "x\u{202e}y\u{9b}\u{7f}\u{e0041}\x1b"});
        let text = serde_json::to_string_pretty(&v).unwrap();
        assert!(text.contains('\u{202e}'), "serde_json leaves bidi raw");
        let escaped = json(&text);
        assert!(
            !escaped.chars().any(|c| c != '\n' && is_unsafe(c)),
            "{escaped}"
        );
        assert!(escaped.contains("\\u202e") && escaped.contains("\\udb40\\udc41"));
        let back: serde_json::Value = serde_json::from_str(&escaped).unwrap();
        assert_eq!(back, v);
    }

    proptest! {
        #[test]
        fn nothing_unsafe_survives_and_safe_text_is_kept(s in any::<String>()) {
            let out = safe(&s);
            prop_assert!(!out.chars().any(is_unsafe));
            // Idempotent: a text the core already escaped (finding targets, hairpin names) is
            // shown unchanged when a renderer (the GUI) escapes it again.
            let twice = safe(&out).into_owned();
            prop_assert_eq!(twice.as_str(), out.as_ref());
            let lines = safe_lines(&s);
            let lines_twice = safe_lines(&lines).into_owned();
            prop_assert_eq!(lines_twice.as_str(), lines.as_ref());
            if !s.chars().any(is_unsafe) {
                prop_assert_eq!(out.as_ref(), s.as_str());
            }
            let j = serde_json::to_string(&s).unwrap();
            let escaped = json(&j);
            prop_assert!(!escaped.chars().any(is_unsafe));
            let back: String = serde_json::from_str(&escaped).unwrap();
            prop_assert_eq!(back, s);
        }
    }
}
