//! The severity chart (five horizontal bars, SVG) and the report's colours, used by the HTML
//! (inline) and the PDF (typst draws the same SVG). Counts are printed beside each bar and in
//! the table next to the chart, so colour never carries the meaning alone.

use std::fmt::Write as _;

use crate::checks::Light;
use crate::findings::Severity;

use super::texts;
use crate::text::Lang;

/// One colour per severity (badges, bars, the finding's left rule): dark enough for white text.
pub fn severity_colour(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "#8e1b1b",
        Severity::High => "#c2410c",
        Severity::Medium => "#a16207",
        Severity::Low => "#1d4ed8",
        Severity::Info => "#4b5563",
    }
}

pub fn light_colour(l: Light) -> &'static str {
    match l {
        Light::Red => "#c62828",
        Light::Amber => "#d98e04",
        Light::Green => "#2e7d32",
    }
}

const WIDTH: u32 = 360;
const ROW: u32 = 26;
const LABEL_W: u32 = 78;
const BAR_MAX: u32 = 230;

/// The chart for `(severity, count)` rows. All text in it is ours (severity words, numbers).
/// `standalone` adds the SVG namespace, which an SVG file (the PDF's image) needs and SVG
/// inline in HTML does not (HTML puts `<svg>` in it by itself, and the HTML report then holds no
/// URL at all).
pub fn severity_svg(counts: &[(Severity, usize)], lang: Lang, standalone: bool) -> Svg {
    let max = counts.iter().map(|(_, n)| *n).max().unwrap_or(0).max(1);
    let height = ROW * counts.len() as u32 + 8;
    let label = texts::chart_label(lang, counts);
    let mut s = String::new();
    let _ = write!(
        s,
        "<svg {}viewBox=\"0 0 {WIDTH} {height}\" \
         width=\"{WIDTH}\" height=\"{height}\" role=\"img\" aria-label=\"{}\" \
         font-family=\"DejaVu Sans, sans-serif\" font-size=\"12\"><title>{}</title>",
        if standalone {
            "xmlns=\"http://www.w3.org/2000/svg\" "
        } else {
            ""
        },
        xml_escape(&label),
        xml_escape(&label)
    );
    for (i, (sev, n)) in counts.iter().enumerate() {
        let y = 4 + ROW * i as u32;
        let w = if *n == 0 {
            0
        } else {
            ((*n as u64 * u64::from(BAR_MAX)) / max as u64).max(3) as u32
        };
        let _ = write!(
            s,
            "<text x=\"0\" y=\"{}\" fill=\"#1f2937\">{}</text>\
             <rect x=\"{LABEL_W}\" y=\"{}\" width=\"{BAR_MAX}\" height=\"16\" fill=\"#eef0f3\"/>\
             <rect x=\"{LABEL_W}\" y=\"{}\" width=\"{w}\" height=\"16\" fill=\"{}\"/>\
             <text x=\"{}\" y=\"{}\" fill=\"#1f2937\" font-weight=\"bold\">{n}</text>",
            y + 13,
            xml_escape(&texts::severity_word(lang, *sev)),
            y + 1,
            y + 1,
            severity_colour(*sev),
            LABEL_W + BAR_MAX + 8,
            y + 13,
        );
    }
    s.push_str("</svg>");
    Svg(s)
}

/// SVG markup made here, from our own words and numbers only: the one piece of markup the
/// HTML writer inserts as it is (it cannot be built outside this module).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Svg(String);

impl Svg {
    pub fn as_str(&self) -> &str {
        &self.0
    }
    pub fn into_string(self) -> String {
        self.0
    }
}

/// Escapes text for XML content and attribute values.
pub fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn bars_scale_to_the_largest_count_and_carry_numbers() {
        let svg = severity_svg(
            &[
                (Severity::Critical, 1),
                (Severity::High, 4),
                (Severity::Low, 0),
            ],
            Lang::En,
            false,
        )
        .into_string();
        assert!(svg.starts_with("<svg") && svg.ends_with("</svg>"));
        assert!(svg.contains(&format!(
            "width=\"{BAR_MAX}\" height=\"16\" fill=\"{}\"",
            severity_colour(Severity::High)
        )));
        assert!(
            svg.contains("width=\"57\""),
            "1 of 4 → a quarter of the bar: {svg}"
        );
        assert!(svg.contains(">4</text>") && svg.contains(">0</text>"));
        assert!(
            svg.contains(
                "aria-label=\"Number of findings per severity: Critical 1, High 4, Low 0\""
            )
        );
        assert!(
            !svg.contains("href") && !svg.contains("http"),
            "no URL of any kind"
        );
        assert!(
            severity_svg(&[], Lang::En, true)
                .as_str()
                .contains("xmlns=\"http://www.w3.org/2000/svg\"")
        );
    }

    #[test]
    fn xml_escape_covers_markup() {
        assert_eq!(
            xml_escape("<a href='x'>&\""),
            "&lt;a href=&#39;x&#39;&gt;&amp;&quot;"
        );
    }
}
