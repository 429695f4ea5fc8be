//! The safe-text function: nothing unsafe survives it, safe text is unchanged, and the JSON
//! escapes decode to the very same string.
#![no_main]
use audit_core::text::safe;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let s = String::from_utf8_lossy(data);
    let shown = safe::safe(&s);
    assert!(!shown.chars().any(safe::is_unsafe));
    if !s.chars().any(safe::is_unsafe) {
        assert_eq!(shown.as_ref(), s.as_ref());
    }
    let lines = safe::safe_lines(&s);
    assert!(!lines.chars().any(|c| c != '\n' && safe::is_unsafe(c)));
    let json = serde_json::to_string(s.as_ref()).unwrap_or_default();
    let escaped = safe::json(&json);
    assert!(!escaped.chars().any(safe::is_unsafe));
    let back: String = serde_json::from_str(&escaped).unwrap_or_default();
    assert_eq!(back, s.as_ref());
});
