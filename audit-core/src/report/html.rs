//! The report as one self-contained HTML file: inline CSS and SVG, no script that runs, no web
//! font, no URL of any kind (a Content-Security-Policy of `default-src 'none'` makes the browser
//! refuse any fetch even if one slipped in), a print stylesheet, real tables, and the full JSON
//! export embedded in `<script type="application/json" id="bas-audit-data">`.
//!
//! Injection safety by construction: the writer inserts markup only from `&'static str`
//! literals; every other string goes through [`Html::text`] or [`Html::attr`], which escape.
//! The one exception is the severity chart, an [`chart::Svg`] that only `chart.rs` can make.

use crate::checks::Light;
use crate::text::Lang;

use super::chart;
use super::json;
use super::markdown::Span;
use super::model::ReportModel;
use super::view::{Block, Document, Fact, FindingView, Labels, Section, Table};

/// The HTML report of `model`.
pub fn render(model: &ReportModel) -> String {
    let doc = Document::of(model);
    let data = json::to_string(model);
    render_document(&doc, &data)
}

const CSS: &str = include_str!("report.css");

struct Html {
    out: String,
    /// The report's language and the words around a finding's parts in it.
    lang: Lang,
    labels: Labels,
}

impl Html {
    fn raw(&mut self, markup: &'static str) {
        self.out.push_str(markup);
    }
    fn text(&mut self, s: &str) {
        for c in s.chars() {
            match c {
                '&' => self.out.push_str("&amp;"),
                '<' => self.out.push_str("&lt;"),
                '>' => self.out.push_str("&gt;"),
                '"' => self.out.push_str("&quot;"),
                '\'' => self.out.push_str("&#39;"),
                c => self.out.push(c),
            }
        }
    }
    /// ` name="value"`, the value escaped.
    fn attr(&mut self, name: &'static str, value: &str) {
        self.out.push(' ');
        self.raw(name);
        self.raw("=\"");
        self.text(value);
        self.out.push('"');
    }
    fn svg(&mut self, svg: &chart::Svg) {
        self.out.push_str(svg.as_str());
    }
    /// `<tag>text</tag>`.
    fn el(&mut self, open: &'static str, text: &str, close: &'static str) {
        self.raw(open);
        self.text(text);
        self.raw(close);
    }
}

/// Script data must not contain `</script` or `<!--`: `<` (which in JSON only occurs inside
/// strings) is written as `\u003c`, and `>`, `&` likewise; the JSON stays equal.
pub fn embed_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + 64);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c => out.push(c),
        }
    }
    out
}

fn light_class(l: Light) -> &'static str {
    match l {
        Light::Red => "light red",
        Light::Amber => "light amber",
        Light::Green => "light green",
    }
}

pub(crate) fn render_document(doc: &Document, data_json: &str) -> String {
    let mut h = Html {
        out: String::with_capacity(64 * 1024 + data_json.len()),
        lang: Lang::parse(&doc.lang).unwrap_or_default(),
        labels: doc.labels.clone(),
    };
    h.raw("<!DOCTYPE html>\n<html");
    h.attr("lang", &doc.lang);
    h.raw(">\n<head>\n<meta charset=\"utf-8\">\n");
    h.raw(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; \
         style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'\">\n",
    );
    h.raw("<meta name=\"referrer\" content=\"no-referrer\">\n");
    h.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.el("<title>", &doc.meta.title, "</title>\n");
    h.raw("<meta name=\"author\"");
    h.attr("content", &doc.meta.author);
    h.raw(">\n<meta name=\"description\"");
    h.attr("content", &doc.meta.subject);
    h.raw(">\n<meta name=\"keywords\"");
    h.attr("content", &doc.meta.keywords.join(", "));
    h.raw(">\n<meta name=\"generator\"");
    h.attr("content", &doc.meta.creator);
    h.raw(">\n<style>\n");
    h.raw(CSS);
    h.raw("</style>\n</head>\n<body>\n");

    // Cover
    h.raw("<header class=\"cover\">\n<p class=\"kicker\">");
    h.text(&doc.meta.creator);
    h.raw("</p>\n");
    h.el("<h1>", &doc.cover.title, "</h1>\n");
    h.el("<p class=\"site\">", &doc.cover.site, "</p>\n");
    h.raw("<p");
    h.attr("class", light_class(doc.cover.light));
    h.raw("><span class=\"dot\" aria-hidden=\"true\"></span><strong>");
    h.text(&doc.cover.light_word);
    h.raw("</strong> ");
    h.text(&doc.cover.headline);
    h.raw("</p>\n");
    facts(&mut h, &doc.cover.facts, "facts cover-facts");
    for n in &doc.cover.notes {
        h.el("<p class=\"note\">", n, "</p>\n");
    }
    h.raw("</header>\n");

    // Contents
    h.raw("<nav class=\"toc\" aria-labelledby=\"toc-title\">\n<h2 id=\"toc-title\">");
    h.text(&doc.labels.contents);
    h.raw("</h2>\n<ol>\n");
    for s in &doc.sections {
        h.raw("<li><a");
        h.attr("href", &format!("#{}", s.id));
        h.raw(">");
        h.text(&s.title);
        h.raw("</a></li>\n");
    }
    h.raw("</ol>\n</nav>\n<main>\n");
    for s in &doc.sections {
        section(&mut h, s);
    }
    h.raw("</main>\n<footer><p>");
    h.text(&format!(
        "{} \u{00b7} {} \u{00b7} {}",
        doc.meta.site, doc.meta.date, doc.meta.creator
    ));
    h.raw("</p></footer>\n");
    h.raw("<script type=\"application/json\" id=\"bas-audit-data\">");
    h.out.push_str(&embed_json(data_json));
    h.raw("</script>\n</body>\n</html>\n");
    h.out
}

fn section(h: &mut Html, s: &Section) {
    h.raw("<section");
    h.attr("id", &s.id);
    let class = match (s.new_page, s.own_page) {
        (true, true) => "new-page own-page",
        (true, false) => "new-page",
        (false, true) => "own-page",
        (false, false) => "",
    };
    if !class.is_empty() {
        h.attr("class", class);
    }
    h.raw(">\n");
    h.el("<h2>", &s.title, "</h2>\n");
    for b in &s.blocks {
        block(h, b);
    }
    h.raw("</section>\n");
}

fn spans(h: &mut Html, spans: &[Span]) {
    for s in spans {
        match (s.code, s.strong) {
            (true, _) => h.el("<code>", &s.text, "</code>"),
            (false, true) => h.el("<strong>", &s.text, "</strong>"),
            (false, false) => h.text(&s.text),
        }
    }
}

fn facts(h: &mut Html, facts: &[Fact], class: &'static str) {
    if facts.is_empty() {
        return;
    }
    h.raw("<dl");
    h.attr("class", class);
    h.raw(">\n");
    for f in facts {
        h.el("<div><dt>", &f.label, "</dt>");
        h.el("<dd>", &f.value, "</dd></div>\n");
    }
    h.raw("</dl>\n");
}

fn table(h: &mut Html, t: &Table) {
    h.raw("<div class=\"table-wrap\"><table>\n");
    if t.show_caption {
        h.el("<caption>", &t.caption, "</caption>\n");
    } else {
        h.el("<caption class=\"sr-only\">", &t.caption, "</caption>\n");
    }
    let total: u32 = t.widths.iter().sum::<u32>().max(1);
    h.raw("<colgroup>");
    for w in &t.widths {
        h.raw("<col");
        h.attr("style", &format!("width:{}%", w * 100 / total));
        h.raw(">");
    }
    h.raw("</colgroup>\n<thead><tr>");
    for c in &t.columns {
        h.el("<th scope=\"col\">", c, "</th>");
    }
    h.raw("</tr></thead>\n<tbody>\n");
    for row in &t.rows {
        h.raw("<tr>");
        for (i, cell) in row.iter().enumerate() {
            if i == 0 {
                h.el("<th scope=\"row\">", cell, "</th>");
            } else {
                h.el("<td>", cell, "</td>");
            }
        }
        h.raw("</tr>\n");
    }
    h.raw("</tbody>\n</table></div>\n");
}

fn blocks(h: &mut Html, bs: &[Block]) {
    for b in bs {
        block(h, b);
    }
}

fn block(h: &mut Html, b: &Block) {
    match b {
        Block::Heading { text } => h.el("<h3>", text, "</h3>\n"),
        Block::Para { spans: s } => {
            h.raw("<p>");
            spans(h, s);
            h.raw("</p>\n");
        }
        Block::List { ordered, items } => {
            h.raw(if *ordered { "<ol>\n" } else { "<ul>\n" });
            for i in items {
                h.raw("<li>");
                spans(h, i);
                h.raw("</li>\n");
            }
            h.raw(if *ordered { "</ol>\n" } else { "</ul>\n" });
        }
        Block::Facts { facts: f, compact } => {
            if *compact {
                h.raw("<p class=\"facts-inline\">");
                for (i, x) in f.iter().enumerate() {
                    if i > 0 {
                        h.raw(" \u{00b7} ");
                    }
                    h.el("<span class=\"label\">", &x.label, "</span>: ");
                    h.text(&x.value);
                }
                h.raw("</p>\n");
            } else {
                facts(h, f, "facts");
            }
        }
        Block::Table(t) => table(h, t),
        Block::Verdict {
            light,
            word,
            meaning,
            headline,
            explanation,
            ..
        } => {
            h.raw("<div");
            h.attr("class", &format!("verdict {}", light_class(*light)));
            h.raw(
                ">\n<div class=\"lamp\" aria-hidden=\"true\"><span class=\"r\"></span>\
                   <span class=\"a\"></span><span class=\"g\"></span></div>\n<div>\
                   <p class=\"word\"><strong>",
            );
            h.text(word);
            h.raw("</strong> \u{2013} ");
            h.text(meaning);
            h.raw("</p>\n");
            h.el("<p class=\"headline\">", headline, "</p>\n");
            h.el("<p>", explanation, "</p>\n");
            h.raw("</div>\n</div>\n");
        }
        Block::Actions { labels, items } => {
            let label = |i: usize| labels.get(i).map(String::as_str).unwrap_or_default();
            h.raw("<ol class=\"actions\">\n");
            for a in items {
                h.raw("<li>");
                h.el("<p class=\"action-title\"><strong>", &a.title, "</strong>");
                if !a.finding.is_empty() {
                    h.raw(" <a");
                    h.attr("href", &format!("#{}", a.anchor));
                    h.raw(">");
                    h.text(&format!("({})", a.finding));
                    h.raw("</a>");
                }
                h.raw("</p>\n<dl class=\"facts compact\">");
                for (i, v) in [(0, &a.what), (1, &a.who), (2, &a.when)] {
                    h.el("<div><dt>", label(i), "</dt>");
                    h.el("<dd>", v, "</dd></div>");
                }
                h.raw("</dl></li>\n");
            }
            h.raw("</ol>\n");
        }
        Block::Chart {
            caption,
            columns,
            rows,
            total_label,
            total,
            ..
        } => {
            let counts: Vec<_> = rows.iter().map(|r| (r.severity, r.count)).collect();
            h.raw("<div class=\"chart\">\n<figure>");
            let svg = chart::severity_svg(&counts, h.lang, false);
            h.svg(&svg);
            h.el("<figcaption>", caption, "</figcaption></figure>\n");
            h.raw("<table class=\"counts\">\n");
            h.el("<caption>", caption, "</caption>\n<thead><tr>");
            for c in columns {
                h.el("<th scope=\"col\">", c, "</th>");
            }
            h.raw("</tr></thead>\n<tbody>\n");
            for r in rows {
                h.raw("<tr><th scope=\"row\"><span class=\"swatch\"");
                h.attr("style", &format!("background:{}", r.colour));
                h.raw("></span>");
                h.text(&r.word);
                h.el("</th><td class=\"num\">", &r.count.to_string(), "</td>");
                h.el("<td>", &r.meaning, "</td></tr>\n");
            }
            h.el(
                "</tbody>\n<tfoot><tr><th scope=\"row\">",
                total_label,
                "</th>",
            );
            h.el(
                "<td class=\"num\">",
                &total.to_string(),
                "</td><td></td></tr></tfoot>\n</table>\n</div>\n",
            );
        }
        Block::Finding(f) => finding(h, f),
        Block::Signoff {
            intro,
            parties,
            labels,
        } => {
            h.el("<p>", intro, "</p>\n<div class=\"signoff\">\n");
            for p in parties {
                h.raw("<div class=\"party\">");
                h.el("<h3>", &p.role, "</h3>\n<dl class=\"lines\">");
                let values = [p.name.as_str(), p.company.as_str(), "", ""];
                for (l, v) in labels.iter().zip(values) {
                    h.el("<div><dt>", l, "</dt>");
                    h.el("<dd>", v, "</dd></div>");
                }
                h.raw("</dl></div>\n");
            }
            h.raw("</div>\n");
        }
        Block::Mono { lines } => {
            h.raw("<pre>");
            for (i, l) in lines.iter().enumerate() {
                if i > 0 {
                    h.raw("\n");
                }
                h.text(l);
            }
            h.raw("</pre>\n");
        }
        Block::Note { text } => h.el("<p class=\"note\">", text, "</p>\n"),
    }
}

fn finding(h: &mut Html, f: &FindingView) {
    h.raw("<article class=\"finding\"");
    h.attr("id", &f.anchor);
    h.attr("style", &format!("--sev:{}", f.colour));
    h.raw(">\n<header><span class=\"badge\">");
    h.text(&f.severity_word);
    h.raw("</span> <span class=\"num\">");
    h.text(&f.number);
    h.raw("</span>");
    h.el("<h3>", &f.title, "</h3></header>\n");
    facts(h, &f.head, "facts head");
    let label = h.labels.seen.clone();
    h.el("<h4>", &label, "</h4>\n");
    blocks(h, &f.seen);
    if !f.evidence.is_empty() {
        let label = h.labels.evidence.clone();
        h.el("<h4>", &label, "</h4>\n");
        facts(h, &f.evidence, "facts");
    }
    let label = h.labels.why.clone();
    h.el("<h4>", &label, "</h4>\n");
    blocks(h, &f.why);
    h.raw("<div class=\"fixes\">\n<section>");
    let label = h.labels.installer.clone();
    h.el("<h4>", &label, "</h4>\n");
    blocks(h, &f.installer);
    h.raw("</section>\n<section>");
    let label = h.labels.owner.clone();
    h.el("<h4>", &label, "</h4>\n");
    blocks(h, &f.owner);
    h.raw("</section>\n</div>\n");
    let label = h.labels.verify.clone();
    h.el("<h4>", &label, "</h4>\n");
    blocks(h, &f.verify);
    if !f.appendix.is_empty() {
        h.el("<p class=\"ref\">", &f.appendix, "</p>\n");
    }
    h.raw("</article>\n");
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn text_and_attributes_are_escaped() {
        let doc = Document::of(&ReportModel::from_session(
            &crate::session::AuditSession::new("t", crate::session::SessionKind::Installer),
            None,
            &Default::default(),
        ));
        let mut h = Html {
            out: String::new(),
            lang: Lang::En,
            labels: doc.labels,
        };
        h.text("<script>alert('x')</script> & \"q\"");
        h.attr("title", "\"><img src=x onerror=alert(1)>");
        assert_eq!(
            h.out,
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot; \
             title=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\""
        );
    }

    #[test]
    fn embedded_json_cannot_close_the_script_and_stays_equal() {
        let v = serde_json::json!({"name": "</script><!-- <script>alert(1)</script> & >"});
        let s = embed_json(&serde_json::to_string(&v).unwrap());
        assert!(!s.contains('<') && !s.contains('>') && !s.contains('&'));
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back, v);
    }
}
