//! The small Markdown of the remediation texts (`assets/remediation/<lang>/*.md`): paragraphs, `-`
//! lists, `1.` lists, `` `code` `` and `**strong**`. Parsed into data, so that no renderer ever
//! interprets text as markup (the typst template gets spans, never Markdown or typst syntax).

use serde::{Deserialize, Serialize};

/// A run of text with one style.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub text: String,
    #[serde(default, skip_serializing_if = "is_false")]
    pub code: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub strong: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl Span {
    pub fn plain(text: impl Into<String>) -> Self {
        Span {
            text: text.into(),
            code: false,
            strong: false,
        }
    }
    pub fn strong(text: impl Into<String>) -> Self {
        Span {
            strong: true,
            ..Span::plain(text)
        }
    }
}

/// One block of a remediation text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MdBlock {
    Para(Vec<Span>),
    List {
        ordered: bool,
        items: Vec<Vec<Span>>,
    },
}

/// Blocks of `md`. Lines that continue a list item (indented) join it; a blank line ends a
/// paragraph. Unknown syntax is kept as text.
pub fn parse(md: &str) -> Vec<MdBlock> {
    let mut blocks = Vec::new();
    let mut para: Vec<&str> = Vec::new();
    let mut list: Option<(bool, Vec<String>)> = None;
    let flush_para = |para: &mut Vec<&str>, blocks: &mut Vec<MdBlock>| {
        if !para.is_empty() {
            blocks.push(MdBlock::Para(inline(&para.join(" "))));
            para.clear();
        }
    };
    let flush_list = |list: &mut Option<(bool, Vec<String>)>, blocks: &mut Vec<MdBlock>| {
        if let Some((ordered, items)) = list.take() {
            blocks.push(MdBlock::List {
                ordered,
                items: items.iter().map(|i| inline(i)).collect(),
            });
        }
    };
    for line in md.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() {
            flush_para(&mut para, &mut blocks);
            flush_list(&mut list, &mut blocks);
            continue;
        }
        let item = list_item(trimmed);
        if let Some((ordered, text)) = item
            && !line.starts_with("  ")
        {
            flush_para(&mut para, &mut blocks);
            match &mut list {
                Some((o, items)) if *o == ordered => items.push(text.to_owned()),
                _ => {
                    flush_list(&mut list, &mut blocks);
                    list = Some((ordered, vec![text.to_owned()]));
                }
            }
            continue;
        }
        if let Some((_, items)) = &mut list
            && let Some(last) = items.last_mut()
        {
            last.push(' ');
            last.push_str(trimmed);
            continue;
        }
        para.push(trimmed);
    }
    flush_para(&mut para, &mut blocks);
    flush_list(&mut list, &mut blocks);
    blocks
}

fn list_item(line: &str) -> Option<(bool, &str)> {
    if let Some(rest) = line.strip_prefix("- ").or_else(|| line.strip_prefix("* ")) {
        return Some((false, rest.trim()));
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && digits <= 3 {
        let rest = line.get(digits..)?;
        if let Some(r) = rest.strip_prefix(". ").or_else(|| rest.strip_prefix(") ")) {
            return Some((true, r.trim()));
        }
    }
    None
}

/// Spans of one paragraph or list item: `code` and `**strong**`; an unclosed marker stays text.
pub fn inline(s: &str) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut rest = s;
    let mut text = String::new();
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix('`')
            && let Some(end) = after.find('`')
        {
            push_text(&mut spans, &mut text);
            spans.push(Span {
                code: true,
                ..Span::plain(&after[..end])
            });
            rest = &after[end + 1..];
            continue;
        }
        if let Some(after) = rest.strip_prefix("**")
            && let Some(end) = after.find("**")
            && end > 0
        {
            push_text(&mut spans, &mut text);
            spans.push(Span::strong(&after[..end]));
            rest = &after[end + 2..];
            continue;
        }
        let mut chars = rest.chars();
        if let Some(c) = chars.next() {
            text.push(c);
        }
        rest = chars.as_str();
    }
    push_text(&mut spans, &mut text);
    spans
}

fn push_text(spans: &mut Vec<Span>, text: &mut String) {
    if !text.is_empty() {
        spans.push(Span::plain(std::mem::take(text)));
    }
}

/// The plain text of spans (tests, CSV).
pub fn plain(spans: &[Span]) -> String {
    spans.iter().map(|s| s.text.as_str()).collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_lists_and_code() {
        let b = parse(
            "First line\nsame para `bas-audit check`.\n\n- one\n- two **now**\n  continued\n\n1. a\n2) b\nafter",
        );
        assert_eq!(b.len(), 3, "{b:?}");
        match &b[0] {
            MdBlock::Para(s) => {
                assert_eq!(plain(s), "First line same para bas-audit check.");
                assert!(s[1].code);
            }
            other => panic!("{other:?}"),
        }
        match &b[1] {
            MdBlock::List { ordered, items } => {
                assert!(!ordered);
                assert_eq!(plain(&items[1]), "two now continued");
                assert!(items[1][1].strong);
            }
            other => panic!("{other:?}"),
        }
        match &b[2] {
            MdBlock::List { ordered, items } => {
                assert!(ordered);
                // "after" continues the last item (no blank line before it).
                assert_eq!(plain(&items[1]), "b after");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn unclosed_markers_and_markup_stay_text() {
        let s = inline("a `b **c <script>#x[$]");
        assert_eq!(plain(&s), "a `b **c <script>#x[$]");
        assert!(s.iter().all(|x| !x.code && !x.strong));
        assert!(parse("").is_empty());
        assert_eq!(inline("``").len(), 1);
    }

    #[test]
    fn every_remediation_text_parses_to_something() {
        for (id, md) in crate::findings::remediation::TEXTS {
            let t = crate::findings::remediation::parse(md);
            for part in [&t.remediation.installer, &t.remediation.why] {
                assert!(!parse(part).is_empty(), "{id}");
            }
        }
    }
}
