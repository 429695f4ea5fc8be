//! Text from devices made safe to show: control characters, ANSI escapes and bidi overrides
//! become visible escapes, long values are shortened, raw bytes are laid out as hex lines.
//!
//! Escaping for a format (HTML entities, CSV quoting, JSON) is the renderer's job; this module
//! only makes invisible or misleading characters visible, so that a name like
//! "Pump\u{202e}gnp.exe" or one carrying a terminal escape reads as what it is in every output.

/// Text the report did not write (device names, anything read from a session file) as every
/// report format shows it: the ONE function the report's view and CSV/EDE call for that (the
/// JSON export keeps the data and escapes the same characters as `\uXXXX`, `json.rs`).
///
/// `\n`, `\t`, `\r` as those two characters; other C0 controls, DEL and C1 controls as `\xNN`;
/// bidi controls, zero-width and other invisible format characters as `\u{NNNN}`.
///
/// Issue 13 (hostile network) brings one safe-text function for every renderer; this one is
/// to be folded into it when both land.
pub fn visible_text(s: &str) -> String {
    if !s.chars().any(needs_escape) {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        push_visible(&mut out, c);
    }
    out
}

fn needs_escape(c: char) -> bool {
    c.is_control() || is_invisible_format(c)
}

/// Characters that change how text around them is shown, or show nothing at all: bidi
/// embeddings, overrides and isolates, marks, zero-width characters, line/paragraph separators,
/// the byte-order mark, interlinear annotation.
pub fn is_invisible_format(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{061C}' | '\u{180E}'
        | '\u{200B}'..='\u{200F}'
        | '\u{2028}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206F}'
        | '\u{FEFF}'
        | '\u{FFF9}'..='\u{FFFB}')
}

fn push_visible(out: &mut String, c: char) {
    match c {
        '\n' => out.push_str("\\n"),
        '\t' => out.push_str("\\t"),
        '\r' => out.push_str("\\r"),
        c if (c as u32) < 0x100 && c.is_control() => {
            out.push_str(&format!("\\x{:02x}", c as u32));
        }
        c if needs_escape(c) => out.push_str(&format!("\\u{{{:04x}}}", c as u32)),
        c => out.push(c),
    }
}

/// At most `max` characters: the start of `s` and "…" when it is longer (`None` when it fits).
pub fn elide(s: &str, max: usize) -> Option<String> {
    if max == 0 {
        return Some("\u{2026}".to_owned());
    }
    let mut end = None;
    for (count, (i, _)) in s.char_indices().enumerate() {
        if count == max - 1 {
            end = Some(i);
        }
        if count == max {
            let cut = end.unwrap_or(i);
            let mut out = s.get(..cut).unwrap_or_default().to_owned();
            out.push('\u{2026}');
            return Some(out);
        }
    }
    None
}

/// The first `max` characters of `s` and how many were left out.
pub fn cap(s: &str, max: usize) -> (&str, usize) {
    match s.char_indices().nth(max) {
        Some((i, _)) => (s.get(..i).unwrap_or_default(), s[i..].chars().count()),
        None => (s, 0),
    }
}

/// Lines of at most `width` characters (a value without spaces still wraps).
pub fn chunk_lines(s: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut n = 0;
    for c in s.chars() {
        line.push(c);
        n += 1;
        if n == width {
            lines.push(std::mem::take(&mut line));
            n = 0;
        }
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

/// Hex as offset + 16 bytes per line ("0000  06 10 02 05 …"); at most `max_bytes` bytes.
/// Anything that is not an even run of hex digits (after removing spaces and colons) is shown
/// as visible text in lines instead, since it is not ours to reinterpret.
pub fn hex_lines(hex: &str, max_bytes: usize) -> (Vec<String>, usize) {
    let digits: String = hex
        .chars()
        .filter(|c| !c.is_whitespace() && *c != ':')
        .collect();
    if digits.is_empty() {
        return (Vec::new(), 0);
    }
    if !digits.len().is_multiple_of(2) || !digits.chars().all(|c| c.is_ascii_hexdigit()) {
        let (shown, more) = cap(hex, max_bytes * 2);
        return (chunk_lines(&visible_text(shown), 64), more);
    }
    let bytes = digits.len() / 2;
    let shown = bytes.min(max_bytes);
    let mut lines = Vec::new();
    for start in (0..shown).step_by(16) {
        let end = (start + 16).min(shown);
        let mut line = format!("{start:04x} ");
        for b in start..end {
            line.push(' ');
            line.push_str(digits.get(b * 2..b * 2 + 2).unwrap_or("??"));
        }
        lines.push(line.to_ascii_lowercase());
    }
    (lines, bytes - shown)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn controls_ansi_and_bidi_become_visible() {
        assert_eq!(visible_text("plain Ä ß €"), "plain Ä ß €");
        assert_eq!(visible_text("a\u{1b}[31mred"), "a\\x1b[31mred");
        assert_eq!(visible_text("x\ny\tz\r"), "x\\ny\\tz\\r");
        assert_eq!(visible_text("\u{7f}\u{85}"), "\\x7f\\x85");
        assert_eq!(visible_text("abc\u{202e}gnp.exe"), "abc\\u{202e}gnp.exe");
        assert_eq!(
            visible_text("\u{2066}\u{200b}\u{feff}"),
            "\\u{2066}\\u{200b}\\u{feff}"
        );
        assert_eq!(visible_text("\0"), "\\x00");
    }

    #[test]
    fn nothing_invisible_survives_any_input() {
        for c in (0u32..0x3000).filter_map(char::from_u32) {
            let v = visible_text(&format!("a{c}b"));
            assert!(
                !v.chars().any(|x| x.is_control() || is_invisible_format(x)),
                "{:x} -> {v:?}",
                c as u32
            );
        }
    }

    #[test]
    fn elide_counts_characters_not_bytes() {
        assert_eq!(elide("abc", 3), None);
        assert_eq!(elide("abcd", 3).unwrap(), "ab\u{2026}");
        assert_eq!(elide("äöüß", 2).unwrap(), "ä\u{2026}");
        assert_eq!(elide("", 1), None);
        assert_eq!(elide("ab", 0).unwrap(), "\u{2026}");
        assert_eq!(elide("ab", 1).unwrap(), "\u{2026}");
    }

    #[test]
    fn cap_and_chunks() {
        assert_eq!(cap("äbcdef", 2), ("äb", 4));
        assert_eq!(cap("ab", 5), ("ab", 0));
        assert_eq!(chunk_lines("abcde", 2), ["ab", "cd", "e"]);
        assert_eq!(chunk_lines("", 2), [""]);
        assert_eq!(chunk_lines("ab", 2), ["ab"]);
    }

    #[test]
    fn hex_is_laid_out_in_lines_of_sixteen() {
        let hex: String = (0u8..20).map(|b| format!("{b:02X}")).collect();
        let (lines, more) = hex_lines(&hex, 1000);
        assert_eq!(more, 0);
        assert_eq!(
            lines[0],
            "0000  00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f"
        );
        assert_eq!(lines[1], "0010  10 11 12 13");
        let (lines, more) = hex_lines(&hex, 4);
        assert_eq!((lines.len(), more), (1, 16));
        // Not hex: shown as visible text, never interpreted.
        let (lines, _) = hex_lines("06 1\u{1b}", 100);
        assert_eq!(lines, ["06 1\\x1b"]);
        assert_eq!(hex_lines("", 10), (Vec::new(), 0));
    }
}
