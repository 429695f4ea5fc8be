//! The report as a document: cover, then sections of blocks (paragraphs, lists, labelled facts,
//! tables, findings, the chart), in reading order, with every text already worded in the
//! report's language (the catalogue's `report-*` messages, [`super::texts`]), made visible
//! ([`super::safe::visible_text`]) and shortened where a table or a sentence needs it (the full
//! value goes to the "long values" appendix).
//!
//! The HTML renderer walks this tree; the PDF renderer hands it to the typst template as JSON
//! (so device names stay data); a preview can draw it too. One tree, so every format shows the
//! same content in the same order.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::checks::Light;
use crate::findings::Severity;

use super::chart;
use super::markdown::{self, MdBlock, Span};
use super::model::{Audience, FindingStatus, ReportFinding, ReportModel};
use super::safe;
use super::texts as t;
use crate::text::{Lang, tr};

/// Device text in a table cell is shortened to this many characters.
pub const CELL_MAX_CHARS: usize = 40;
/// Device text inside a sentence (targets, what was seen) is shortened to this many characters.
pub const PROSE_MAX_CHARS: usize = 600;
/// The long-values appendix shows at most this much of one value.
pub const LONG_VALUE_MAX_CHARS: usize = 64 * 1024;
/// ... and at most this much of all values together (the JSON export has everything).
pub const LONG_VALUES_TOTAL_MAX_CHARS: usize = 1024 * 1024;
/// Width of a line of a long value in the appendix.
pub const LONG_VALUE_LINE_CHARS: usize = 80;
/// Evidence facts shown with a finding; the rest are in the appendix.
pub const FACTS_INLINE_MAX: usize = 10;
/// Elements of one evidence list that are spelled out.
pub const FACT_ITEMS_MAX: usize = 20;
/// Nesting of evidence objects that is spelled out.
pub const FACT_DEPTH_MAX: usize = 4;
/// Evidence facts of one finding in the appendix; the rest are in the JSON export.
pub const APPENDIX_FACTS_MAX: usize = 24;
/// Raw bytes shown per finding in the appendix.
pub const HEX_MAX_BYTES: usize = 2048;
/// Rows of one table (devices, affected targets); the rest are counted.
pub const TABLE_ROWS_MAX: usize = 1000;
/// Findings with an appendix entry.
pub const APPENDIX_FINDINGS_MAX: usize = 1000;
/// Learning-watch alerts spelled out.
pub const ALERTS_SHOWN_MAX: usize = 200;
/// Finding groups spelled out (a real audit has a few dozen; a hostile file may have any).
pub const GROUPS_SHOWN_MAX: usize = 300;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub lang: String,
    pub meta: Meta,
    pub labels: Labels,
    pub cover: Cover,
    pub sections: Vec<Section>,
}

/// Document metadata (PDF info, HTML head) and the running header.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    pub title: String,
    pub subject: String,
    pub author: String,
    pub keywords: Vec<String>,
    /// The site's name (running header, left).
    pub site: String,
    /// The audit's date, YYYY-MM-DD (running header, right).
    pub date: String,
    pub audit_id: String,
    /// "BAS Audit 0.1.0".
    pub creator: String,
    pub redacted: bool,
    pub audience: Audience,
}

/// Words the renderers need around the content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Labels {
    pub page: String,
    pub of: String,
    pub contents: String,
    /// The parts of a finding.
    pub seen: String,
    pub evidence: String,
    pub why: String,
    pub installer: String,
    pub owner: String,
    pub verify: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Cover {
    pub title: String,
    pub site: String,
    pub facts: Vec<Fact>,
    pub light: Light,
    pub light_word: String,
    pub light_colour: String,
    pub headline: String,
    /// Confidentiality, and the redaction note when redacted.
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Section {
    /// Anchor, unique (`summary`, `findings`, ...).
    pub id: String,
    pub title: String,
    /// Starts on a new page in print.
    pub new_page: bool,
    /// Ends its page in print (the owner summary is one page).
    pub own_page: bool,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fact {
    pub label: String,
    pub value: String,
}

impl Fact {
    fn new(label: impl Into<String>, value: impl Into<String>) -> Self {
        Fact {
            label: label.into(),
            value: value.into(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Table {
    pub caption: String,
    pub columns: Vec<String>,
    /// Relative column widths, one per column.
    pub widths: Vec<u32>,
    pub rows: Vec<Vec<String>>,
    /// Rows not shown (beyond [`TABLE_ROWS_MAX`]).
    pub more_rows: usize,
    /// False when a heading with the same words stands right above the table: the caption is
    /// then for screen readers only.
    pub show_caption: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChartRow {
    pub severity: Severity,
    pub word: String,
    pub count: usize,
    pub meaning: String,
    pub colour: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Action {
    pub number: usize,
    pub title: String,
    pub what: String,
    pub who: String,
    pub when: String,
    /// The finding it comes from ("F1"), empty when none.
    pub finding: String,
    /// That finding's anchor (`f1`), empty when none.
    pub anchor: String,
    pub severity: Option<Severity>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Party {
    pub role: String,
    pub name: String,
    pub company: String,
}

/// One finding (or a group of findings with one cause).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FindingView {
    /// Anchor (`f1`).
    pub anchor: String,
    /// "F1".
    pub number: String,
    pub severity: Severity,
    pub severity_word: String,
    pub colour: String,
    pub title: String,
    /// Target, status, check, fingerprint.
    pub head: Vec<Fact>,
    /// What was seen: a paragraph, or a table of the affected targets for a group.
    pub seen: Vec<Block>,
    /// Key evidence as labelled facts (single findings).
    pub evidence: Vec<Fact>,
    pub why: Vec<Block>,
    pub installer: Vec<Block>,
    pub owner: Vec<Block>,
    pub verify: Vec<Block>,
    /// "Raw evidence: appendix A1, A2." (empty when there is no appendix entry).
    pub appendix: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Block {
    Heading {
        text: String,
    },
    Para {
        spans: Vec<Span>,
    },
    List {
        ordered: bool,
        items: Vec<Vec<Span>>,
    },
    Facts {
        facts: Vec<Fact>,
        /// One flowing paragraph ("label: value · label: value") instead of a two-column list:
        /// the appendix, where hundreds of entries would otherwise make a long and slow PDF.
        #[serde(default)]
        compact: bool,
    },
    Table(Table),
    Verdict {
        light: Light,
        word: String,
        meaning: String,
        colour: String,
        headline: String,
        explanation: String,
    },
    Actions {
        labels: Vec<String>,
        items: Vec<Action>,
    },
    Chart {
        /// Standalone SVG (with its namespace) for the PDF; HTML draws its own from `rows`.
        svg: String,
        caption: String,
        columns: Vec<String>,
        rows: Vec<ChartRow>,
        total_label: String,
        total: usize,
    },
    Finding(Box<FindingView>),
    Signoff {
        intro: String,
        parties: Vec<Party>,
        labels: Vec<String>,
    },
    /// Monospaced lines (hex, long values).
    Mono {
        lines: Vec<String>,
    },
    Note {
        text: String,
    },
}

fn para(text: impl Into<String>) -> Block {
    Block::Para {
        spans: vec![Span::plain(text)],
    }
}

fn heading(text: impl Into<String>) -> Block {
    Block::Heading { text: text.into() }
}

fn list(items: Vec<String>) -> Block {
    Block::List {
        ordered: false,
        items: items.into_iter().map(|s| vec![Span::plain(s)]).collect(),
    }
}

/// Remediation Markdown as blocks; the text is ours but passes through `safe::visible_text` anyway.
fn md_blocks(md: &str) -> Vec<Block> {
    let vis = |spans: Vec<Span>| -> Vec<Span> {
        spans
            .into_iter()
            .map(|s| Span {
                text: safe::visible_text(&s.text),
                ..s
            })
            .collect()
    };
    markdown::parse(md)
        .into_iter()
        .map(|b| match b {
            MdBlock::Para(s) => Block::Para { spans: vis(s) },
            MdBlock::List { ordered, items } => Block::List {
                ordered,
                items: items.into_iter().map(vis).collect(),
            },
        })
        .collect()
}

/// The report's language, and the shortened values with their references.
struct Ctx {
    lang: Lang,
    long: Vec<(String, String)>,
    refs: HashMap<String, usize>,
}

impl Ctx {
    /// `s` made visible and shortened to `max` characters; a shortened value gets a reference
    /// to the long-values appendix.
    fn text(&mut self, s: &str, max: usize) -> String {
        let v = safe::visible_text(s);
        match safe::elide(&v, max) {
            None => v,
            Some(short) => {
                let n = match self.refs.get(&v) {
                    Some(n) => *n,
                    None => {
                        let n = self.long.len() + 1;
                        self.refs.insert(v.clone(), n);
                        self.long.push((t::long_ref(self.lang, n), v));
                        n
                    }
                };
                format!("{short} [{}]", t::long_ref(self.lang, n))
            }
        }
    }
    fn cell(&mut self, s: &str) -> String {
        self.text(s, CELL_MAX_CHARS)
    }
    fn prose(&mut self, s: &str) -> String {
        self.text(s, PROSE_MAX_CHARS)
    }
    fn opt(&mut self, s: Option<&str>) -> String {
        match s {
            Some(s) if !s.is_empty() => self.cell(s),
            _ => "\u{2013}".to_owned(),
        }
    }
}

/// A table block, or a table and a note when rows were left out (beyond [`TABLE_ROWS_MAX`]).
fn table(rows: Vec<Vec<String>>, caption: String, columns: &[String], widths: &[u32]) -> Block {
    let more_rows = rows.len().saturating_sub(TABLE_ROWS_MAX);
    let mut rows = rows;
    rows.truncate(TABLE_ROWS_MAX);
    Block::Table(Table {
        caption,
        columns: columns.to_vec(),
        widths: widths.to_vec(),
        rows,
        more_rows,
        show_caption: true,
    })
}

/// Blocks with a note after every table that left rows out; a table right under a heading of
/// the same words does not repeat it visibly.
fn with_notes(l: Lang, blocks: Vec<Block>) -> Vec<Block> {
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len());
    for mut b in blocks {
        let more = match &mut b {
            Block::Table(t) => {
                if let Some(Block::Heading { text }) = out.last()
                    && *text == t.caption
                {
                    t.show_caption = false;
                }
                t.more_rows
            }
            _ => 0,
        };
        out.push(b);
        if more > 0 {
            out.push(Block::Note {
                text: t::truncated_rows(l, more),
            });
        }
    }
    out
}

/// A date as the report's language writes it (text::locale).
fn date_of(l: Lang, d: chrono::DateTime<chrono::Utc>) -> String {
    crate::text::locale::date(l, d.date_naive())
}

fn time_of(l: Lang, d: chrono::DateTime<chrono::Utc>) -> String {
    format!("{} UTC", crate::text::locale::date_time(l, &d))
}

/// "2026-12-07T09:59:28Z" → "2026-12-07 09:59 UTC" (in the report's language); anything else
/// as it is (made visible).
fn rfc3339_words(l: Lang, s: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(s)
        .map(|d| time_of(l, d.with_timezone(&chrono::Utc)))
        .unwrap_or_else(|_| safe::visible_text(s))
}

impl Document {
    /// The document for `model`, in the order of its audience.
    pub fn of(model: &ReportModel) -> Document {
        let l = model.lang;
        let mut ctx = Ctx {
            lang: l,
            long: Vec::new(),
            refs: HashMap::new(),
        };
        let site = ctx.text(model.site_name(), 120);
        let date = date_of(l, model.audit_date());
        let full = model.audience == Audience::Full;

        let mut sections = Vec::new();
        if full {
            sections.push(Section {
                id: "how-to-read".into(),
                title: tr(l, "report-section-how-to-read", &[]),
                new_page: true,
                own_page: false,
                blocks: t::how_to_read(l).into_iter().map(para).collect(),
            });
        }
        sections.push(summary(model, &mut ctx, !full));
        sections.push(chart_section(model));
        if let Some(c) = changes(model, &mut ctx) {
            sections.push(c);
        }
        if full {
            sections.push(findings(model, &mut ctx));
            sections.push(roadmap(model, &mut ctx));
            sections.push(inventory(model, &mut ctx));
            sections.push(watch(model, &mut ctx));
            sections.push(method(model, &mut ctx));
            sections.push(Section {
                id: "glossary".into(),
                title: tr(l, "report-section-glossary", &[]),
                new_page: true,
                own_page: false,
                blocks: vec![Block::Facts {
                    facts: t::glossary(l)
                        .into_iter()
                        .map(|(a, b)| Fact::new(a, b))
                        .collect(),
                    compact: false,
                }],
            });
        }
        sections.push(signoff(model, &mut ctx, full));
        if full {
            sections.push(appendix(model, &mut ctx));
        }
        if !ctx.long.is_empty() {
            sections.push(long_values(&ctx));
        }
        for s in &mut sections {
            s.blocks = with_notes(l, std::mem::take(&mut s.blocks));
            for b in &mut s.blocks {
                if let Block::Finding(f) = b {
                    f.seen = with_notes(l, std::mem::take(&mut f.seen));
                }
            }
        }

        let site_info = &model.audit.site;
        let mut cover_facts = vec![Fact::new(tr(l, "report-cover-site", &[]), site.clone())];
        for (label, value) in [
            (tr(l, "report-cover-address", &[]), &site_info.address),
            (tr(l, "report-cover-owner", &[]), &site_info.owner),
            (tr(l, "report-cover-auditor", &[]), &site_info.auditor),
            (tr(l, "report-cover-company", &[]), &site_info.company),
        ] {
            if !value.trim().is_empty() {
                cover_facts.push(Fact::new(label, ctx.text(value, 200)));
            }
        }
        cover_facts.push(Fact::new(
            tr(l, "report-cover-date", &[]),
            match model.audit.checked {
                Some(d) => date_of(l, d),
                None => format!("{} ({})", date, tr(l, "report-not-checked-yet", &[])),
            },
        ));
        cover_facts.push(Fact::new(
            tr(l, "report-cover-kind", &[]),
            t::kind_and_audience(l, model.audit.kind, model.audience),
        ));
        cover_facts.push(Fact::new(
            tr(l, "report-cover-tool", &[]),
            t::tool_version(l, &model.report_tool_version),
        ));
        cover_facts.push(Fact::new(
            tr(l, "report-cover-audit-id", &[]),
            safe::visible_text(&model.audit.id),
        ));
        let mut notes = vec![tr(l, "report-confidential", &[])];
        if model.redacted {
            notes.push(tr(l, "report-redacted-note", &[]));
        }
        let title = if full {
            tr(l, "report-title", &[])
        } else {
            tr(l, "report-title-owner", &[])
        };
        let author = [&site_info.auditor, &site_info.company]
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        let light = model.verdict.light;
        Document {
            lang: l.code().to_owned(),
            meta: Meta {
                title: format!("{title} \u{2013} {site}"),
                subject: tr(l, "report-subject", &[]),
                author: if author.is_empty() {
                    t::TOOL_NAME.to_owned()
                } else {
                    safe::visible_text(&author)
                },
                keywords: tr(l, "report-keywords", &[])
                    .split(", ")
                    .map(str::to_owned)
                    .collect(),
                site: safe::elide(&site, 60).unwrap_or_else(|| site.clone()),
                date,
                audit_id: safe::visible_text(&model.audit.id),
                creator: t::tool_version(l, &model.report_tool_version),
                redacted: model.redacted,
                audience: model.audience,
            },
            labels: Labels {
                page: tr(l, "report-page", &[]),
                of: tr(l, "report-page-of", &[]),
                contents: tr(l, "report-contents", &[]),
                seen: tr(l, "report-finding-seen", &[]),
                evidence: tr(l, "report-finding-evidence", &[]),
                why: tr(l, "report-finding-why", &[]),
                installer: tr(l, "report-finding-installer", &[]),
                owner: tr(l, "report-finding-owner", &[]),
                verify: tr(l, "report-finding-verify", &[]),
            },
            cover: Cover {
                title: title.to_owned(),
                site,
                facts: cover_facts,
                light,
                light_word: t::light_word(l, light),
                light_colour: chart::light_colour(light).to_owned(),
                headline: safe::visible_text(&model.verdict.headline.render(l)),
                notes,
            },
            sections,
        }
    }
}

/// Appendix references of findings `indices` (from 0, ascending), runs as ranges: "A1–A200",
/// "A3, A5–A7".
fn ref_ranges(l: Lang, indices: &[usize]) -> String {
    let mut parts = Vec::new();
    let mut k = 0;
    while let Some(&start) = indices.get(k) {
        let mut end = start;
        while indices.get(k + 1) == Some(&(end + 1)) {
            end += 1;
            k += 1;
        }
        k += 1;
        parts.push(if end == start {
            t::evidence_ref(l, start + 1)
        } else {
            format!(
                "{}\u{2013}{}",
                t::evidence_ref(l, start + 1),
                t::evidence_ref(l, end + 1)
            )
        });
    }
    parts.join(", ")
}

/// The anchor of the `g`-th group (from 0): `f1`, `f2`, ... (links, the outline).
fn finding_anchor(g: usize) -> String {
    format!("f{}", g + 1)
}

fn summary(model: &ReportModel, ctx: &mut Ctx, owner: bool) -> Section {
    let l = ctx.lang;
    let v = &model.verdict;
    let mut blocks = vec![Block::Verdict {
        light: v.light,
        word: t::light_word(l, v.light),
        meaning: t::light_meaning(l, v.light),
        colour: chart::light_colour(v.light).to_owned(),
        headline: ctx.prose(&v.headline.render(l)),
        explanation: ctx.prose(&v.explanation.render(l)),
    }];
    blocks.push(para(t::summary_counts(
        l,
        model.findings.len(),
        model.groups.len(),
    )));
    blocks.push(heading(tr(l, "report-summary-top-actions", &[])));
    let mut actions = Vec::new();
    for (g, group) in model.groups.iter().enumerate() {
        if actions.len() == 3 || group.severity > Severity::Medium {
            break;
        }
        let first = group.findings.first().and_then(|i| model.findings.get(*i));
        let what = first
            .map(|f| {
                let ask = f.finding.remediation.ask_installer.trim();
                if ask.is_empty() {
                    markdown::parse(&f.finding.remediation.installer)
                        .first()
                        .map(|b| match b {
                            MdBlock::Para(s) => markdown::plain(s),
                            MdBlock::List { items, .. } => items
                                .first()
                                .map(|i| markdown::plain(i))
                                .unwrap_or_default(),
                        })
                        .unwrap_or_default()
                } else {
                    ask.to_owned()
                }
            })
            .unwrap_or_default();
        actions.push(Action {
            number: actions.len() + 1,
            title: ctx.prose(&group.title),
            what: ctx.prose(&what),
            who: tr(l, "report-who-installer", &[]),
            when: t::when_for(l, group.severity),
            finding: if owner {
                String::new()
            } else {
                t::finding_number(l, g + 1)
            },
            anchor: if owner {
                String::new()
            } else {
                finding_anchor(g)
            },
            severity: Some(group.severity),
        });
    }
    // Requests of the verdict that no finding carries (e.g. "please check our router").
    for ask in &v.ask_installer {
        if actions.len() == 3 {
            break;
        }
        let ask = ask.render(l);
        let ask = ask.as_str();
        let known = model
            .findings
            .iter()
            .any(|f| f.finding.remediation.ask_installer.trim() == ask.trim());
        if !known {
            actions.push(Action {
                number: actions.len() + 1,
                title: ctx.prose(ask),
                what: ctx.prose(ask),
                who: tr(l, "report-who-installer", &[]),
                when: t::when_for(l, Severity::Medium),
                finding: String::new(),
                anchor: String::new(),
                severity: None,
            });
        }
    }
    if actions.is_empty() {
        blocks.push(para(tr(l, "report-summary-no-actions", &[])));
    } else {
        blocks.push(Block::Actions {
            labels: vec![
                tr(l, "report-action-what", &[]),
                tr(l, "report-action-who", &[]),
                tr(l, "report-action-when", &[]),
            ],
            items: actions,
        });
    }
    blocks.push(heading(tr(l, "report-summary-not-checked", &[])));
    if v.not_checked.is_empty() {
        blocks.push(para(tr(l, "report-summary-everything-checked", &[])));
    } else {
        blocks.push(list(
            v.not_checked
                .iter()
                .map(|s| ctx.prose(&s.render(l)))
                .collect(),
        ));
    }
    if !v.checked.is_empty() {
        blocks.push(heading(tr(l, "report-summary-checked", &[])));
        blocks.push(list(
            v.checked.iter().map(|s| ctx.prose(&s.render(l))).collect(),
        ));
    }
    Section {
        id: "summary".into(),
        title: tr(l, "report-section-summary", &[]),
        new_page: true,
        own_page: true,
        blocks,
    }
}

fn chart_section(model: &ReportModel) -> Section {
    let l = model.lang;
    let counts: Vec<(Severity, usize)> =
        model.counts.iter().map(|c| (c.severity, c.count)).collect();
    let rows = counts
        .iter()
        .map(|(s, n)| ChartRow {
            severity: *s,
            word: t::severity_word(l, *s),
            count: *n,
            meaning: t::severity_meaning(l, *s),
            colour: chart::severity_colour(*s).to_owned(),
        })
        .collect();
    Section {
        id: "chart".into(),
        title: tr(l, "report-section-chart", &[]),
        new_page: false,
        own_page: false,
        blocks: vec![Block::Chart {
            svg: chart::severity_svg(&counts, l, true).into_string(),
            caption: tr(l, "report-chart-caption", &[]),
            columns: vec![
                tr(l, "report-col-severity", &[]),
                tr(l, "report-col-count", &[]),
                tr(l, "report-col-meaning", &[]),
            ],
            rows,
            total_label: tr(l, "report-total", &[]),
            total: model.findings.len(),
        }],
    }
}

fn changes(model: &ReportModel, ctx: &mut Ctx) -> Option<Section> {
    let l = ctx.lang;
    let c = model.changes.as_ref()?;
    let mut blocks = vec![para(t::changes_intro(
        l,
        &ctx.prose(&c.previous.name),
        &rfc3339_words(l, &c.previous.date),
    ))];
    let by_fp = |fp: &str| model.findings.iter().find(|f| f.fingerprint == fp);
    let finding_row = |ctx: &mut Ctx, f: &ReportFinding| {
        vec![
            t::severity_word(l, f.finding.severity),
            ctx.prose(&f.finding.title.to_string()),
            ctx.cell(&f.finding.target.to_string()),
        ]
    };
    let cols = [
        tr(l, "report-col-severity", &[]),
        tr(l, "report-col-finding", &[]),
        tr(l, "report-col-target", &[]),
    ];
    let widths = [2, 6, 4];
    blocks.push(Block::Facts {
        facts: vec![
            Fact::new(tr(l, "report-changes-new", &[]), c.new.len().to_string()),
            Fact::new(
                tr(l, "report-changes-fixed", &[]),
                c.fixed.len().to_string(),
            ),
            Fact::new(
                tr(l, "report-changes-still-open", &[]),
                c.still_open.len().to_string(),
            ),
            Fact::new(
                tr(l, "report-changes-severity", &[]),
                c.severity_changed.len().to_string(),
            ),
        ],
        compact: false,
    });
    if !c.fixed.is_empty() {
        let rows = c
            .fixed
            .iter()
            .map(|f| {
                vec![
                    t::severity_word(l, f.severity),
                    ctx.prose(&f.title),
                    ctx.cell(&f.target),
                ]
            })
            .collect();
        blocks.push(table(
            rows,
            tr(l, "report-changes-fixed", &[]),
            &cols,
            &widths,
        ));
    }
    if !c.new.is_empty() {
        let rows = c
            .new
            .iter()
            .filter_map(|fp| by_fp(fp))
            .map(|f| finding_row(ctx, f))
            .collect();
        blocks.push(table(
            rows,
            tr(l, "report-changes-new", &[]),
            &cols,
            &widths,
        ));
    }
    if !c.severity_changed.is_empty() {
        let rows = c
            .severity_changed
            .iter()
            .map(|s| {
                vec![
                    ctx.prose(&s.title),
                    ctx.cell(&s.target),
                    t::severity_word(l, s.from),
                    t::severity_word(l, s.to),
                ]
            })
            .collect();
        blocks.push(table(
            rows,
            tr(l, "report-changes-severity", &[]),
            &[
                tr(l, "report-col-finding", &[]),
                tr(l, "report-col-target", &[]),
                tr(l, "report-col-was", &[]),
                tr(l, "report-col-now", &[]),
            ],
            &[6, 4, 2, 2],
        ));
    }
    let thing_rows = |ctx: &mut Ctx, v: &[super::compare::ThingRef]| -> Vec<Vec<String>> {
        v.iter()
            .map(|r| vec![ctx.cell(&r.id), ctx.cell(&r.address), ctx.cell(&r.name)])
            .collect()
    };
    let tcols = [
        tr(l, "report-col-instance", &[]),
        tr(l, "report-col-address", &[]),
        tr(l, "report-col-name", &[]),
    ];
    if c.devices_added.is_empty() && c.devices_removed.is_empty() && c.firmware_changed.is_empty() {
        blocks.push(para(tr(l, "report-changes-no-device-changes", &[])));
    }
    if !c.devices_added.is_empty() {
        let rows = thing_rows(ctx, &c.devices_added);
        blocks.push(table(
            rows,
            tr(l, "report-changes-devices-added", &[]),
            &tcols,
            &[2, 3, 4],
        ));
    }
    if !c.devices_removed.is_empty() {
        let rows = thing_rows(ctx, &c.devices_removed);
        blocks.push(table(
            rows,
            tr(l, "report-changes-devices-removed", &[]),
            &tcols,
            &[2, 3, 4],
        ));
    }
    if !c.firmware_changed.is_empty() {
        let rows = c
            .firmware_changed
            .iter()
            .map(|f| {
                vec![
                    ctx.cell(&f.thing.id),
                    ctx.cell(&f.thing.name),
                    ctx.cell(&f.from),
                    ctx.cell(&f.to),
                ]
            })
            .collect();
        blocks.push(table(
            rows,
            tr(l, "report-changes-firmware", &[]),
            &[
                tr(l, "report-col-instance", &[]),
                tr(l, "report-col-name", &[]),
                tr(l, "report-col-was", &[]),
                tr(l, "report-col-now", &[]),
            ],
            &[2, 4, 3, 3],
        ));
    }
    blocks.push(heading(tr(l, "report-changes-exposure", &[])));
    let x = &c.exposure;
    if x.is_empty() {
        blocks.push(para(tr(l, "report-changes-no-exposure-changes", &[])));
    } else {
        let mut items = Vec::new();
        if let Some((from, to)) = x.light {
            items.push(t::light_changed(l, from, to));
        }
        if let Some((from, to)) = &x.external_ip {
            items.push(t::external_ip_changed(l, &ctx.cell(from), &ctx.cell(to)));
        }
        for f in &x.forwards_added {
            items.push(t::forward_added(l, &ctx.prose(f)));
        }
        for f in &x.forwards_removed {
            items.push(t::forward_removed(l, &ctx.prose(f)));
        }
        if let Some((_, now)) = x.router_checked {
            items.push(t::router_checked_changed(l, now));
        }
        blocks.push(list(items));
    }
    Some(Section {
        id: "changes".into(),
        title: tr(l, "report-section-changes", &[]),
        new_page: false,
        own_page: false,
        blocks,
    })
}

/// Evidence facts as labelled lines: nested objects as "Mapping › Public port", lists of
/// values joined, lists of objects numbered. Never JSON.
fn flatten_facts(
    ctx: &mut Ctx,
    prefix: &str,
    v: &serde_json::Value,
    depth: usize,
    out: &mut Vec<Fact>,
) {
    let l = ctx.lang;
    use serde_json::Value;
    let scalar = |v: &Value| -> Option<String> {
        match v {
            Value::Null => None,
            Value::Bool(b) => Some(t::yes_no(l, *b)),
            Value::Number(n) => Some(n.to_string()),
            Value::String(s) => Some(s.clone()),
            _ => None,
        }
    };
    match v {
        Value::Object(m) => {
            if depth >= FACT_DEPTH_MAX {
                out.push(Fact::new(prefix, "\u{2026}"));
                return;
            }
            for (k, x) in m {
                // Keys are the check's words, but a session file is untrusted: shown visibly.
                let key = ctx.text(&t::fact_label(l, k), CELL_MAX_CHARS);
                let label = if prefix.is_empty() {
                    key
                } else {
                    format!("{prefix} \u{203a} {key}")
                };
                flatten_facts(ctx, &label, x, depth + 1, out);
            }
        }
        Value::Array(a) if a.iter().all(|x| !x.is_object() && !x.is_array()) => {
            let mut items: Vec<String> = a.iter().filter_map(scalar).collect();
            if items.is_empty() {
                out.push(Fact::new(prefix, tr(l, "report-none", &[])));
                return;
            }
            let more = items.len().saturating_sub(FACT_ITEMS_MAX);
            items.truncate(FACT_ITEMS_MAX);
            let mut s = items.join(", ");
            if more > 0 {
                s.push_str(&format!(", \u{2026} (+{more})"));
            }
            out.push(Fact::new(prefix, ctx.prose(&s)));
        }
        Value::Array(a) => {
            if depth >= FACT_DEPTH_MAX {
                out.push(Fact::new(prefix, "\u{2026}"));
                return;
            }
            for (i, x) in a.iter().take(FACT_ITEMS_MAX).enumerate() {
                flatten_facts(ctx, &format!("{prefix} {}", i + 1), x, depth + 1, out);
            }
            if a.len() > FACT_ITEMS_MAX {
                out.push(Fact::new(
                    prefix,
                    format!("\u{2026} (+{})", a.len() - FACT_ITEMS_MAX),
                ));
            }
        }
        other => {
            if let Some(s) = scalar(other) {
                let label = if prefix.is_empty() {
                    t::fact_label(l, "value")
                } else {
                    prefix.to_owned()
                };
                out.push(Fact::new(label, ctx.prose(&s)));
            }
        }
    }
}

fn facts_of(ctx: &mut Ctx, f: &ReportFinding) -> Vec<Fact> {
    let mut out = Vec::new();
    flatten_facts(
        ctx,
        "",
        &serde_json::Value::Object(f.finding.evidence.facts.clone()),
        0,
        &mut out,
    );
    out
}

fn status_of(model: &ReportModel, f: &ReportFinding) -> String {
    let l = model.lang;
    if model.changes.is_none() {
        return t::status_word(l, FindingStatus::FirstAudit, None);
    }
    t::status_word(l, f.status, f.previous_severity)
}

fn findings(model: &ReportModel, ctx: &mut Ctx) -> Section {
    let l = ctx.lang;
    let mut blocks = Vec::new();
    if model.groups.is_empty() {
        blocks.push(para(tr(l, "report-findings-none", &[])));
    }
    for (g, group) in model.groups.iter().enumerate().take(GROUPS_SHOWN_MAX) {
        let members: Vec<(usize, &ReportFinding)> = group
            .findings
            .iter()
            .filter_map(|i| model.findings.get(*i).map(|f| (*i, f)))
            .collect();
        let Some((_, first)) = members.first() else {
            continue;
        };
        let mut head = Vec::new();
        let mut seen = Vec::new();
        let mut evidence = Vec::new();
        if members.len() == 1 {
            head.push(Fact::new(
                tr(l, "report-finding-target", &[]),
                ctx.prose(&first.finding.target.to_string()),
            ));
            head.push(Fact::new(
                tr(l, "report-finding-status", &[]),
                status_of(model, first),
            ));
            seen.push(para(ctx.prose(&first.finding.evidence.summary.to_string())));
            evidence = facts_of(ctx, first);
        } else {
            head.push(Fact::new(
                tr(l, "report-finding-targets", &[]),
                members.len().to_string(),
            ));
            seen.push(para(t::affected_count(l, members.len())));
            let compared = model.changes.is_some();
            let rows: Vec<Vec<String>> = members
                .iter()
                .map(|(_, f)| {
                    let mut row = vec![
                        ctx.prose(&f.finding.target.to_string()),
                        ctx.prose(&f.finding.evidence.summary.to_string()),
                    ];
                    if compared {
                        row.push(status_of(model, f));
                    }
                    row
                })
                .collect();
            if compared {
                seen.push(table(
                    rows,
                    tr(l, "report-finding-targets", &[]),
                    &[
                        tr(l, "report-finding-target", &[]),
                        tr(l, "report-finding-seen", &[]),
                        tr(l, "report-finding-status", &[]),
                    ],
                    &[3, 6, 2],
                ));
            } else {
                head.push(Fact::new(
                    tr(l, "report-finding-status", &[]),
                    t::status_word(l, FindingStatus::FirstAudit, None),
                ));
                seen.push(table(
                    rows,
                    tr(l, "report-finding-targets", &[]),
                    &[
                        tr(l, "report-finding-target", &[]),
                        tr(l, "report-finding-seen", &[]),
                    ],
                    &[3, 7],
                ));
            }
        }
        head.push(Fact::new(
            tr(l, "report-finding-severity", &[]),
            t::severity_word(l, group.severity),
        ));
        head.push(Fact::new(
            tr(l, "report-finding-check", &[]),
            safe::visible_text(&group.check_id),
        ));
        if members.len() == 1 {
            head.push(Fact::new(
                tr(l, "report-finding-fingerprint", &[]),
                first.fingerprint.clone(),
            ));
        }
        let mut more = String::new();
        if evidence.len() > FACTS_INLINE_MAX {
            more = t::more_facts(l, evidence.len() - FACTS_INLINE_MAX);
            evidence.truncate(FACTS_INLINE_MAX);
        }
        let in_appendix: Vec<usize> = members
            .iter()
            .map(|(i, _)| *i)
            .filter(|i| *i < APPENDIX_FINDINGS_MAX)
            .collect();
        let mut appendix = if in_appendix.is_empty() {
            String::new()
        } else {
            t::raw_in_appendix(l, &ref_ranges(l, &in_appendix))
        };
        if !more.is_empty() {
            appendix = format!("{more} {appendix}");
        }
        let r = &first.finding.remediation;
        blocks.push(Block::Finding(Box::new(FindingView {
            anchor: finding_anchor(g),
            number: t::finding_number(l, g + 1),
            severity: group.severity,
            severity_word: t::severity_word(l, group.severity),
            colour: chart::severity_colour(group.severity).to_owned(),
            title: ctx.prose(&group.title),
            head,
            seen,
            evidence,
            why: md_blocks(&r.why),
            installer: md_blocks(&r.installer),
            owner: md_blocks(&r.homeowner),
            verify: md_blocks(&r.verify),
            appendix,
        })));
    }
    if model.groups.len() > GROUPS_SHOWN_MAX {
        blocks.push(Block::Note {
            text: t::truncated_groups(l, model.groups.len() - GROUPS_SHOWN_MAX),
        });
    }
    Section {
        id: "findings".into(),
        title: tr(l, "report-section-findings", &[]),
        new_page: false,
        own_page: false,
        blocks,
    }
}

fn roadmap(model: &ReportModel, ctx: &mut Ctx) -> Section {
    let l = ctx.lang;
    let mut blocks = vec![para(tr(l, "report-roadmap-intro", &[]))];
    let cols = [
        tr(l, "report-col-finding", &[]),
        tr(l, "report-action-who", &[]),
    ];
    let rows_for = |ctx: &mut Ctx, pred: &dyn Fn(Severity) -> bool| -> Vec<Vec<String>> {
        model
            .groups
            .iter()
            .enumerate()
            .filter(|(_, g)| pred(g.severity))
            .map(|(i, g)| {
                vec![
                    format!("{} {}", t::finding_number(l, i + 1), ctx.prose(&g.title)),
                    tr(l, "report-who-installer-short", &[]),
                ]
            })
            .collect()
    };
    for (title, pred) in [
        (
            tr(l, "report-roadmap-now", &[]),
            &(|s: Severity| s == Severity::Critical) as &dyn Fn(Severity) -> bool,
        ),
        (tr(l, "report-roadmap-month", &[]), &|s: Severity| {
            matches!(s, Severity::High | Severity::Medium)
        }),
    ] {
        blocks.push(heading(title.clone()));
        let rows = rows_for(ctx, pred);
        if rows.is_empty() {
            blocks.push(para(tr(l, "report-roadmap-empty", &[])));
        } else {
            blocks.push(table(rows, title, &cols, &[8, 2]));
        }
    }
    blocks.push(heading(tr(l, "report-roadmap-next", &[])));
    let mut rows = rows_for(ctx, &|s| s == Severity::Low);
    for nc in &model.verdict.not_checked {
        rows.push(vec![
            t::roadmap_not_checked(l, &ctx.prose(&nc.render(l))),
            tr(l, "report-who-installer-short", &[]),
        ]);
    }
    rows.push(vec![
        tr(l, "report-roadmap-recheck", &[]),
        tr(l, "report-who-installer-short", &[]),
    ]);
    blocks.push(table(
        rows,
        tr(l, "report-roadmap-next", &[]),
        &cols,
        &[8, 2],
    ));
    Section {
        id: "roadmap".into(),
        title: tr(l, "report-section-roadmap", &[]),
        new_page: true,
        own_page: false,
        blocks,
    }
}

fn inventory(model: &ReportModel, ctx: &mut Ctx) -> Section {
    let l = ctx.lang;
    let inv = &model.inventory;
    let mut blocks = vec![heading(tr(l, "report-inventory-bacnet", &[]))];
    if inv.bacnet.devices.is_empty() {
        blocks.push(para(tr(l, "report-inventory-none-bacnet", &[])));
    } else {
        let rows = inv
            .bacnet
            .devices
            .iter()
            .map(|d| {
                let vendor = d
                    .vendor_name
                    .clone()
                    .unwrap_or_else(|| d.vendor_id.to_string());
                vec![
                    d.device_instance.to_string(),
                    ctx.opt(d.object_name.as_deref()),
                    ctx.cell(&d.address),
                    d.network
                        .map(|n| {
                            format!(
                                "{n} ({})",
                                if d.routed {
                                    tr(l, "report-routed", &[])
                                } else {
                                    tr(l, "report-local", &[])
                                }
                            )
                        })
                        .unwrap_or_else(|| "\u{2013}".into()),
                    ctx.cell(&vendor),
                    ctx.opt(d.model_name.as_deref()),
                    ctx.opt(d.firmware_revision.as_deref()),
                    d.object_count
                        .map(|n| n.to_string())
                        .unwrap_or_else(|| "\u{2013}".into()),
                    ctx.cell(&d.flags.join(", ")),
                ]
            })
            .collect();
        blocks.push(table(
            rows,
            tr(l, "report-inventory-bacnet", &[]),
            &[
                tr(l, "report-col-instance", &[]),
                tr(l, "report-col-name", &[]),
                tr(l, "report-col-address", &[]),
                tr(l, "report-col-network", &[]),
                tr(l, "report-col-vendor", &[]),
                tr(l, "report-col-model", &[]),
                tr(l, "report-col-firmware", &[]),
                tr(l, "report-col-objects", &[]),
                tr(l, "report-col-flags", &[]),
            ],
            &[3, 5, 5, 3, 5, 4, 3, 3, 3],
        ));
    }
    blocks.push(heading(tr(l, "report-inventory-routers", &[])));
    if inv.bacnet.routers.is_empty() {
        blocks.push(para(tr(l, "report-inventory-none-routers", &[])));
    } else {
        let rows = inv
            .bacnet
            .routers
            .iter()
            .map(|r| {
                let nets: Vec<String> = r.networks.iter().map(u16::to_string).collect();
                vec![
                    ctx.cell(&r.address),
                    ctx.cell(&nets.join(", ")),
                    r.local_network
                        .map(|n| n.to_string())
                        .unwrap_or_else(|| "\u{2013}".into()),
                ]
            })
            .collect();
        blocks.push(table(
            rows,
            tr(l, "report-inventory-routers", &[]),
            &[
                tr(l, "report-col-address", &[]),
                tr(l, "report-col-networks", &[]),
                tr(l, "report-col-local-net", &[]),
            ],
            &[4, 6, 2],
        ));
    }
    blocks.push(heading(tr(l, "report-inventory-bbmds", &[])));
    if inv.bacnet.bbmds.is_empty() {
        blocks.push(para(tr(l, "report-inventory-none-bbmds", &[])));
    } else {
        let rows = inv
            .bacnet
            .bbmds
            .iter()
            .map(|b| {
                let bdt: Vec<String> = b
                    .bdt
                    .iter()
                    .map(|r| format!("{} / {}", r.address, r.mask))
                    .collect();
                let fdt = match &b.fdt {
                    Some(rows) if rows.is_empty() => tr(l, "report-none-listed", &[]),
                    Some(rows) => rows
                        .iter()
                        .map(|r| t::fdt_entry(l, &r.address, r.ttl))
                        .collect::<Vec<_>>()
                        .join("; "),
                    None => b
                        .read_fdt_refused
                        .as_deref()
                        .map(|c| format!("{} ({c})", tr(l, "report-fdt-refused", &[])))
                        .unwrap_or_else(|| tr(l, "report-unknown", &[])),
                };
                vec![
                    ctx.cell(&b.address),
                    ctx.prose(&if bdt.is_empty() {
                        tr(l, "report-none-listed", &[])
                    } else {
                        bdt.join("; ")
                    }),
                    ctx.prose(&fdt),
                ]
            })
            .collect();
        blocks.push(table(
            rows,
            tr(l, "report-inventory-bbmds", &[]),
            &[
                tr(l, "report-col-address", &[]),
                tr(l, "report-col-bdt", &[]),
                tr(l, "report-col-fdt", &[]),
            ],
            &[3, 5, 5],
        ));
    }
    blocks.push(heading(tr(l, "report-inventory-knx", &[])));
    if inv.knx.gateways.is_empty() {
        blocks.push(para(tr(l, "report-inventory-none-knx", &[])));
    } else {
        let rows = inv
            .knx
            .gateways
            .iter()
            .map(|g| {
                let free = g.tunnelling_slots.iter().filter(|s| s.free).count();
                vec![
                    ctx.cell(&g.address),
                    ctx.opt(Some(&g.name)),
                    ctx.opt(Some(&g.individual_address)),
                    ctx.opt(Some(&g.mac)),
                    ctx.opt(Some(&g.serial)),
                    t::secure_words(
                        l,
                        g.secure_supported,
                        g.tunnelling_requires_secure,
                        g.routing_requires_secure,
                    ),
                    t::tunnel_words(l, g.tunnelling_slots.len(), free),
                ]
            })
            .collect();
        blocks.push(table(
            rows,
            tr(l, "report-inventory-knx", &[]),
            &[
                tr(l, "report-col-address", &[]),
                tr(l, "report-col-name", &[]),
                tr(l, "report-col-ia", &[]),
                tr(l, "report-col-mac", &[]),
                tr(l, "report-col-serial", &[]),
                tr(l, "report-col-secure", &[]),
                tr(l, "report-col-tunnels", &[]),
            ],
            &[5, 5, 4, 5, 5, 6, 3],
        ));
    }
    blocks.push(heading(tr(l, "report-inventory-router", &[])));
    match &model.exposure {
        None => blocks.push(para(tr(l, "report-inventory-no-router", &[]))),
        Some(x) => {
            let mut facts = vec![Fact::new(
                tr(l, "report-router-address", &[]),
                x.router
                    .map(|r| r.to_string())
                    .unwrap_or_else(|| tr(l, "report-unknown", &[])),
            )];
            if let Some(igd) = &x.igd
                && igd.found
            {
                let model_words = [&igd.manufacturer, &igd.model_name, &igd.friendly_name]
                    .iter()
                    .filter_map(|s| s.as_deref())
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>()
                    .join(" ");
                if !model_words.is_empty() {
                    facts.push(Fact::new(
                        tr(l, "report-router-model", &[]),
                        ctx.prose(&model_words),
                    ));
                }
            }
            facts.push(Fact::new(
                tr(l, "report-router-public", &[]),
                x.external_ip
                    .map(|i| i.to_string())
                    .unwrap_or_else(|| tr(l, "report-unknown", &[])),
            ));
            facts.push(Fact::new(
                tr(l, "report-router-upnp", &[]),
                match &x.igd {
                    Some(i) if i.found => format!(
                        "{}, {} ({})",
                        tr(l, "report-answered", &[]),
                        i.mappings.len(),
                        if i.mappings_complete {
                            tr(l, "report-full-list", &[])
                        } else {
                            tr(l, "report-partial-list", &[])
                        }
                    ),
                    Some(_) => tr(l, "report-not-available", &[]),
                    None => tr(l, "report-not-asked", &[]),
                },
            ));
            facts.push(Fact::new(
                tr(l, "report-router-natpmp", &[]),
                match &x.nat_pmp {
                    Some(n) if n.available => tr(l, "report-answered", &[]),
                    Some(_) => tr(l, "report-not-available", &[]),
                    None => tr(l, "report-not-asked", &[]),
                },
            ));
            facts.push(Fact::new(
                tr(l, "report-router-pcp", &[]),
                match &x.pcp {
                    Some(p) if p.available => tr(l, "report-answered", &[]),
                    Some(_) => tr(l, "report-not-available", &[]),
                    None => tr(l, "report-not-asked", &[]),
                },
            ));
            facts.push(Fact::new(
                tr(l, "report-router-internetdb", &[]),
                match &x.internetdb {
                    Some(db) if db.error.is_none() => {
                        let ports: Vec<String> = db.ports.iter().map(u16::to_string).collect();
                        t::internetdb_words(l, db.listed, &ports.join(", "))
                    }
                    Some(_) => tr(l, "report-not-available", &[]),
                    None => tr(l, "report-not-asked", &[]),
                },
            ));
            blocks.push(Block::Facts {
                facts,
                compact: false,
            });
            let mappings = x.igd.as_ref().map(|i| &i.mappings[..]).unwrap_or(&[]);
            if mappings.is_empty() {
                blocks.push(para(tr(l, "report-inventory-no-mappings", &[])));
            } else {
                let rows = mappings
                    .iter()
                    .map(|m| {
                        vec![
                            ctx.cell(&m.protocol),
                            m.external_port.to_string(),
                            ctx.cell(&format!("{}:{}", m.internal_client, m.internal_port)),
                            t::yes_no(l, m.enabled),
                            ctx.cell(&m.description),
                        ]
                    })
                    .collect();
                blocks.push(table(
                    rows,
                    tr(l, "report-inventory-mappings", &[]),
                    &[
                        tr(l, "report-col-protocol", &[]),
                        tr(l, "report-col-external", &[]),
                        tr(l, "report-col-internal", &[]),
                        tr(l, "report-col-enabled", &[]),
                        tr(l, "report-col-description", &[]),
                    ],
                    &[2, 2, 4, 2, 4],
                ));
            }
            let probes: Vec<_> = x
                .hairpin
                .iter()
                .filter(|p| p.outcome != "not-tried")
                .collect();
            if !probes.is_empty() {
                let rows = probes
                    .iter()
                    .map(|p| {
                        vec![
                            ctx.cell(&p.protocol),
                            ctx.cell(&p.target),
                            ctx.prose(&match &p.answer_summary {
                                Some(a) => format!("{}: {a}", p.outcome),
                                None => p.outcome.clone(),
                            }),
                        ]
                    })
                    .collect();
                blocks.push(table(
                    rows,
                    tr(l, "report-inventory-hairpin", &[]),
                    &[
                        tr(l, "report-col-protocol", &[]),
                        tr(l, "report-col-target", &[]),
                        tr(l, "report-col-outcome", &[]),
                    ],
                    &[2, 4, 7],
                ));
            }
        }
    }
    Section {
        id: "inventory".into(),
        title: tr(l, "report-section-inventory", &[]),
        new_page: true,
        own_page: false,
        blocks,
    }
}

fn watch(model: &ReportModel, ctx: &mut Ctx) -> Section {
    let l = ctx.lang;
    let mut blocks = Vec::new();
    match &model.watch {
        None => blocks.push(para(tr(l, "report-watch-none", &[]))),
        Some(w) => {
            let mut facts = Vec::new();
            if let Some(o) = &w.origin {
                facts.push(Fact::new(tr(l, "report-watch-source", &[]), ctx.prose(o)));
            }
            if let Some(p) = &w.period {
                if let (Some(a), Some(b)) = (&p.first, &p.last) {
                    facts.push(Fact::new(
                        tr(l, "report-watch-period", &[]),
                        t::watch_period(
                            l,
                            &rfc3339_words(l, a),
                            &rfc3339_words(l, b),
                            p.duration_s / 3600.0,
                        ),
                    ));
                }
                facts.push(Fact::new(
                    tr(l, "report-watch-messages", &[]),
                    p.messages.to_string(),
                ));
            }
            if w.learned.model {
                facts.push(Fact::new(
                    tr(l, "report-watch-learned", &[]),
                    t::watch_learned(l, &w.learned),
                ));
            }
            if !facts.is_empty() {
                blocks.push(Block::Facts {
                    facts,
                    compact: false,
                });
            }
            blocks.push(heading(tr(l, "report-watch-alerts", &[])));
            if w.alerts.is_empty() {
                blocks.push(para(if w.learned.model {
                    tr(l, "report-watch-no-alerts", &[])
                } else {
                    tr(l, "report-watch-not-detected", &[])
                }));
            }
            for (i, a) in w.alerts.iter().take(ALERTS_SHOWN_MAX).enumerate() {
                blocks.push(heading(format!(
                    "{}. {} \u{2013} {}",
                    i + 1,
                    ctx.prose(&a.summary.render(l)),
                    t::severity_word(l, a.severity)
                )));
                let mut facts = vec![
                    Fact::new(tr(l, "report-col-time", &[]), rfc3339_words(l, &a.time)),
                    Fact::new(tr(l, "report-col-from", &[]), ctx.prose(&a.source)),
                ];
                if a.count > 1 {
                    facts.push(Fact::new(
                        tr(l, "report-col-times", &[]),
                        a.count.to_string(),
                    ));
                }
                if let Some(target) = &a.target {
                    facts.push(Fact::new(
                        tr(l, "report-col-target", &[]),
                        ctx.prose(&target.render(l)),
                    ));
                }
                facts.push(Fact::new(
                    tr(l, "report-col-what-seen", &[]),
                    ctx.prose(&a.observed.render(l)),
                ));
                facts.push(Fact::new(
                    tr(l, "report-col-normal", &[]),
                    ctx.prose(&a.normal.render(l)),
                ));
                facts.push(Fact::new(
                    tr(l, "report-col-todo", &[]),
                    ctx.prose(&a.action.render(l)),
                ));
                blocks.push(Block::Facts {
                    facts,
                    compact: false,
                });
            }
            if w.alerts.len() > ALERTS_SHOWN_MAX {
                blocks.push(Block::Note {
                    text: t::truncated_alerts(l, w.alerts.len() - ALERTS_SHOWN_MAX),
                });
            }
        }
    }
    Section {
        id: "watch".into(),
        title: tr(l, "report-section-watch", &[]),
        new_page: true,
        own_page: false,
        blocks,
    }
}

fn method(model: &ReportModel, ctx: &mut Ctx) -> Section {
    let l = ctx.lang;
    let mut blocks = vec![para(tr(l, "report-method-intro", &[]))];
    blocks.push(heading(tr(l, "report-method-where", &[])));
    match &model.discovery {
        None => blocks.push(para(tr(l, "report-method-no-discovery", &[]))),
        Some(d) => {
            let mut facts = vec![
                Fact::new(
                    tr(l, "report-method-interface", &[]),
                    ctx.opt(
                        d.scope
                            .interface
                            .as_deref()
                            .or(d.facts.interface.as_deref()),
                    ),
                ),
                Fact::new(
                    tr(l, "report-method-local-address", &[]),
                    d.scope.bind.to_string(),
                ),
                Fact::new(tr(l, "report-method-scope", &[]), ctx.prose(&d.scope.label)),
            ];
            if !d.scope.targets.is_empty() {
                let targets: Vec<String> = d.scope.targets.iter().map(|x| x.to_string()).collect();
                facts.push(Fact::new(
                    tr(l, "report-method-targets", &[]),
                    ctx.prose(&targets.join(", ")),
                ));
            }
            facts.push(Fact::new(
                tr(l, "report-method-started", &[]),
                rfc3339_words(l, &d.started),
            ));
            facts.push(Fact::new(
                tr(l, "report-method-duration", &[]),
                t::seconds(l, d.elapsed_s),
            ));
            facts.push(Fact::new(
                tr(l, "report-method-rate", &[]),
                t::rate_cap(l, d.policy.rate),
            ));
            blocks.push(Block::Facts {
                facts,
                compact: false,
            });

            blocks.push(heading(tr(l, "report-method-sent", &[])));
            let mut facts = vec![
                Fact::new(
                    tr(l, "report-method-packets-sent", &[]),
                    d.packets_sent.to_string(),
                ),
                Fact::new(
                    tr(l, "report-method-received", &[]),
                    d.packets_received.to_string(),
                ),
                Fact::new(
                    tr(l, "report-method-malformed", &[]),
                    d.malformed_received.to_string(),
                ),
            ];
            if let Some(x) = &model.exposure {
                facts.push(Fact::new(
                    tr(l, "report-method-router-packets", &[]),
                    x.packets_sent.to_string(),
                ));
            }
            if let Some(s) = &d.stopped {
                facts.push(Fact::new(tr(l, "report-method-stopped", &[]), ctx.prose(s)));
            }
            blocks.push(Block::Facts {
                facts,
                compact: false,
            });
            if !d.sent_by_service.is_empty() {
                let rows = d
                    .sent_by_service
                    .iter()
                    .map(|(s, n)| vec![ctx.cell(s), n.to_string()])
                    .collect();
                blocks.push(table(
                    rows,
                    tr(l, "report-method-sent", &[]),
                    &[
                        tr(l, "report-col-service", &[]),
                        tr(l, "report-col-packets", &[]),
                    ],
                    &[6, 2],
                ));
            }
            blocks.push(heading(tr(l, "report-method-consent", &[])));
            let given = |b: bool| {
                if b {
                    tr(l, "report-given", &[])
                } else {
                    tr(l, "report-not-given-consent", &[])
                }
                .to_owned()
            };
            let internet = model
                .exposure
                .as_ref()
                .is_some_and(|x| x.internetdb.is_some());
            blocks.push(Block::Facts {
                facts: vec![
                    Fact::new(
                        tr(l, "report-consent-write-test", &[]),
                        given(!model.write_tests.is_empty()),
                    ),
                    Fact::new(tr(l, "report-consent-internet", &[]), given(internet)),
                    Fact::new(
                        tr(l, "report-consent-foreign", &[]),
                        given(d.policy.register_foreign_device),
                    ),
                    Fact::new(
                        tr(l, "report-consent-broadcast", &[]),
                        given(d.scope.global_broadcast),
                    ),
                    Fact::new(
                        tr(l, "report-consent-nat", &[]),
                        given(d.policy.nat_description),
                    ),
                ],
                compact: false,
            });
        }
    }
    blocks.push(heading(tr(l, "report-method-write-test", &[])));
    if model.write_tests.is_empty() {
        blocks.push(para(tr(l, "report-write-test-not-run", &[])));
    } else {
        let rows = model
            .write_tests
            .iter()
            .map(|w| {
                vec![
                    w.device_instance.to_string(),
                    ctx.cell(&w.address),
                    ctx.cell(&w.property),
                    t::write_outcome(l, &w.outcome),
                    ctx.opt(w.before.as_deref()),
                    ctx.opt(w.after.as_deref()),
                ]
            })
            .collect();
        blocks.push(table(
            rows,
            tr(l, "report-method-write-test", &[]),
            &[
                tr(l, "report-col-device", &[]),
                tr(l, "report-col-address", &[]),
                tr(l, "report-col-property", &[]),
                tr(l, "report-col-outcome", &[]),
                tr(l, "report-col-before", &[]),
                tr(l, "report-col-after", &[]),
            ],
            &[2, 3, 2, 5, 3, 3],
        ));
    }
    blocks.push(heading(tr(l, "report-method-limits", &[])));
    let mut limits: Vec<String> = t::limits_always(l);
    for nc in &model.verdict.not_checked {
        limits.push(ctx.prose(&nc.render(l)));
    }
    if let Some(d) = &model.discovery {
        if d.diagnosis.little_found && !d.diagnosis.summary.is_empty() {
            limits.push(ctx.prose(&d.diagnosis.summary.render(l)));
        }
        for n in d.notes.iter().take(20) {
            limits.push(ctx.prose(&n.message.render(l)));
        }
    }
    blocks.push(list(limits));
    if !model.notes.trim().is_empty() {
        blocks.push(heading(tr(l, "report-method-notes", &[])));
        for p in model.notes.split("\n\n").filter(|p| !p.trim().is_empty()) {
            // Paragraphs of the notes keep their line breaks as separate lines.
            for line in p.lines() {
                blocks.push(para(ctx.prose(line)));
            }
        }
    }
    Section {
        id: "method".into(),
        title: tr(l, "report-section-method", &[]),
        new_page: true,
        own_page: false,
        blocks,
    }
}

fn signoff(model: &ReportModel, ctx: &mut Ctx, full: bool) -> Section {
    let l = ctx.lang;
    let site = &model.audit.site;
    Section {
        id: "signoff".into(),
        title: tr(l, "report-section-signoff", &[]),
        new_page: full,
        own_page: false,
        blocks: vec![Block::Signoff {
            intro: tr(l, "report-signoff-intro", &[]),
            parties: vec![
                Party {
                    role: tr(l, "report-signoff-installer", &[]),
                    name: ctx.text(&site.auditor, 80),
                    company: ctx.text(&site.company, 80),
                },
                Party {
                    role: tr(l, "report-signoff-owner", &[]),
                    name: ctx.text(&site.owner, 80),
                    company: String::new(),
                },
            ],
            labels: vec![
                tr(l, "report-signoff-name", &[]),
                tr(l, "report-signoff-company", &[]),
                tr(l, "report-signoff-date", &[]),
                tr(l, "report-signoff-signature", &[]),
            ],
        }],
    }
}

/// The facts and raw bytes behind every finding, by group: one heading per group (its number
/// and title), then one paragraph per finding (its reference, target, fingerprint and facts)
/// and its bytes as hex where a packet proves it.
fn appendix(model: &ReportModel, ctx: &mut Ctx) -> Section {
    let l = ctx.lang;
    let mut blocks = vec![para(tr(l, "report-appendix-intro", &[]))];
    let mut shown = 0;
    for (g, group) in model.groups.iter().enumerate() {
        let members: Vec<usize> = group
            .findings
            .iter()
            .copied()
            .filter(|i| *i < APPENDIX_FINDINGS_MAX)
            .collect();
        if members.is_empty() {
            continue;
        }
        blocks.push(heading(format!(
            "{} \u{00b7} {}",
            t::finding_number(l, g + 1),
            ctx.prose(&group.title)
        )));
        blocks.push(Block::Facts {
            facts: vec![Fact::new(
                tr(l, "report-finding-check", &[]),
                safe::visible_text(&group.check_id),
            )],
            compact: true,
        });
        let mut any_raw = false;
        for i in members {
            let Some(f) = model.findings.get(i) else {
                continue;
            };
            shown += 1;
            let mut facts = vec![
                Fact::new(
                    t::evidence_ref(l, i + 1),
                    ctx.prose(&f.finding.target.to_string()),
                ),
                Fact::new(
                    tr(l, "report-finding-fingerprint", &[]),
                    f.fingerprint.clone(),
                ),
            ];
            let mut own = facts_of(ctx, f);
            if own.len() > APPENDIX_FACTS_MAX {
                let more = own.len() - APPENDIX_FACTS_MAX;
                own.truncate(APPENDIX_FACTS_MAX);
                own.push(Fact::new("\u{2026}", t::more_facts_in_json(l, more)));
            }
            facts.extend(own);
            blocks.push(Block::Facts {
                facts,
                compact: true,
            });
            if let Some(hex) = f.finding.evidence.raw_hex.as_deref()
                && !hex.trim().is_empty()
            {
                any_raw = true;
                let (mut lines, more) = safe::hex_lines(hex, HEX_MAX_BYTES);
                if more > 0 {
                    lines.push(t::truncated_tail(l, more * 2));
                }
                blocks.push(Block::Mono { lines });
            }
        }
        if !any_raw {
            blocks.push(Block::Note {
                text: tr(l, "report-appendix-no-raw", &[]),
            });
        }
    }
    if model.findings.len() > shown {
        blocks.push(Block::Note {
            text: t::truncated_findings(l, model.findings.len() - shown),
        });
    }
    Section {
        id: "appendix".into(),
        title: tr(l, "report-section-appendix", &[]),
        new_page: true,
        own_page: false,
        blocks,
    }
}

fn long_values(ctx: &Ctx) -> Section {
    let l = ctx.lang;
    let mut blocks = vec![para(tr(l, "report-long-values-intro", &[]))];
    let mut budget = LONG_VALUES_TOTAL_MAX_CHARS;
    for (r, value) in &ctx.long {
        blocks.push(heading(format!("[{r}]")));
        let (shown, more) = safe::cap(value, LONG_VALUE_MAX_CHARS.min(budget));
        budget = budget.saturating_sub(shown.chars().count());
        let mut lines = safe::chunk_lines(shown, LONG_VALUE_LINE_CHARS);
        if more > 0 {
            lines.push(t::truncated_tail(l, more));
        }
        blocks.push(Block::Mono { lines });
    }
    Section {
        id: "long-values".into(),
        title: tr(l, "report-section-long-values", &[]),
        new_page: true,
        own_page: false,
        blocks,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;
    use crate::findings::{Evidence, Finding, Remediation};
    use crate::report::model::ReportOptions;
    use crate::session::{AuditSession, SessionKind};

    fn finding(id: &str, sev: Severity, target: &str, summary: &str) -> Finding {
        Finding {
            check_id: id.into(),
            severity: sev,
            target: target.into(),
            title: format!("Title {id}").into(),
            evidence: Evidence {
                summary: summary.into(),
                facts: serde_json::json!({
                    "mapping": {"external_port": 3671, "enabled": true, "remote_host": ""},
                    "list": [1, 2, 3],
                    "none": null,
                })
                .as_object()
                .unwrap()
                .clone(),
                raw_hex: Some("06100205".into()),
            },
            remediation: crate::findings::remediation::for_check(id).unwrap_or(Remediation {
                installer: "- step".into(),
                ..Remediation::default()
            }),
        }
    }

    fn doc(s: &AuditSession, audience: Audience) -> Document {
        let m = ReportModel::from_session(
            s,
            None,
            &ReportOptions {
                audience,
                ..ReportOptions::default()
            },
        );
        Document::of(&m)
    }

    fn ids(d: &Document) -> Vec<&str> {
        d.sections.iter().map(|s| s.id.as_str()).collect()
    }

    #[test]
    fn sections_come_in_report_order() {
        let mut s = AuditSession::new("Site", SessionKind::Installer);
        s.findings.push(finding(
            "knx.gateway.port_forwarded",
            Severity::Critical,
            "router 1",
            "seen",
        ));
        assert_eq!(
            ids(&doc(&s, Audience::Full)),
            [
                "how-to-read",
                "summary",
                "chart",
                "findings",
                "roadmap",
                "inventory",
                "watch",
                "method",
                "glossary",
                "signoff",
                "appendix"
            ]
        );
        assert_eq!(
            ids(&doc(&s, Audience::Owner)),
            ["summary", "chart", "signoff"]
        );
    }

    #[test]
    fn a_finding_has_every_part_and_facts_in_words() {
        let mut s = AuditSession::new("Site", SessionKind::Installer);
        s.findings.push(finding(
            "knx.gateway.port_forwarded",
            Severity::Critical,
            "router 1",
            "The router forwards UDP 3671.",
        ));
        let d = doc(&s, Audience::Full);
        let f = d
            .sections
            .iter()
            .flat_map(|s| &s.blocks)
            .find_map(|b| match b {
                Block::Finding(f) => Some(f),
                _ => None,
            })
            .unwrap();
        assert_eq!(f.number, "F1");
        assert!(!f.why.is_empty() && !f.installer.is_empty());
        assert!(!f.owner.is_empty() && !f.verify.is_empty());
        let labels: Vec<(&str, &str)> = f
            .evidence
            .iter()
            .map(|x| (x.label.as_str(), x.value.as_str()))
            .collect();
        assert!(
            labels.contains(&("Mapping \u{203a} Public port", "3671")),
            "{labels:?}"
        );
        assert!(labels.contains(&("Mapping \u{203a} Enabled", "yes")));
        assert!(labels.contains(&("List", "1, 2, 3")));
        assert!(
            !labels.iter().any(|(l, _)| l.contains("None")),
            "null facts are left out"
        );
        assert!(f.appendix.contains("A1"));
        // The top action of the summary is the finding's request to the installer.
        let summary = &d.sections[1];
        let actions = summary
            .blocks
            .iter()
            .find_map(|b| match b {
                Block::Actions { items, .. } => Some(items),
                _ => None,
            })
            .unwrap();
        assert!(
            actions[0].what.contains("remove the port forward"),
            "{actions:?}"
        );
        assert_eq!(actions[0].finding, "F1");
    }

    #[test]
    fn long_and_hostile_values_are_shortened_and_made_visible() {
        let mut s = AuditSession::new("Site", SessionKind::Installer);
        let long = "x".repeat(64 * 1024);
        s.inventory.bacnet.devices.push(crate::inventory::Device {
            device_instance: 1,
            object_name: Some(format!("Pump\u{1b}[31m\u{202e}{long}")),
            ..Default::default()
        });
        let d = doc(&s, Audience::Full);
        let json = serde_json::to_string(&d).unwrap();
        assert!(!json.contains('\u{1b}') && !json.contains('\u{202e}'));
        let inv = d.sections.iter().find(|s| s.id == "inventory").unwrap();
        let Block::Table(t) = &inv.blocks[1] else {
            panic!("{:?}", inv.blocks[1])
        };
        let name = &t.rows[0][1];
        assert!(name.starts_with("Pump\\x1b[31m\\u{202e}x"), "{name}");
        assert!(name.ends_with("\u{2026} [L1]"), "{name}");
        assert!(name.chars().count() < CELL_MAX_CHARS + 8);
        let long_section = d.sections.last().unwrap();
        assert_eq!(long_section.id, "long-values");
        let Block::Mono { lines } = &long_section.blocks[2] else {
            panic!()
        };
        let total: usize = lines.iter().map(|l| l.chars().count()).sum();
        assert!(total >= 64 * 1024, "the full value is in the appendix");
        assert!(
            lines
                .iter()
                .all(|l| l.chars().count() <= LONG_VALUE_LINE_CHARS)
        );
    }

    #[test]
    fn groups_show_a_table_of_targets() {
        let mut s = AuditSession::new("Site", SessionKind::Installer);
        for i in 0..3 {
            s.findings.push(finding(
                "bacnet.device.writable_points",
                Severity::Medium,
                &format!("BACnet device {i}"),
                "writable",
            ));
        }
        let d = doc(&s, Audience::Full);
        let f = d
            .sections
            .iter()
            .flat_map(|s| &s.blocks)
            .find_map(|b| match b {
                Block::Finding(f) => Some(f),
                _ => None,
            })
            .unwrap();
        let Block::Table(t) = &f.seen[1] else {
            panic!("{:?}", f.seen)
        };
        assert_eq!(t.rows.len(), 3);
        assert!(
            f.appendix.contains("appendix A1\u{2013}A3."),
            "{}",
            f.appendix
        );
        // The appendix: one heading for the group, one paragraph per finding, one note.
        let a = d.sections.iter().find(|s| s.id == "appendix").unwrap();
        let headings = a
            .blocks
            .iter()
            .filter(|b| matches!(b, Block::Heading { .. }))
            .count();
        assert_eq!(headings, 1);
        let refs: Vec<&str> = a
            .blocks
            .iter()
            .filter_map(|b| match b {
                Block::Facts { facts, .. } => facts.first().map(|f| f.label.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(refs, ["Check", "A1", "A2", "A3"]);
    }

    #[test]
    fn references_run_as_ranges() {
        let l = Lang::En;
        assert_eq!(ref_ranges(l, &[0, 1, 2]), "A1\u{2013}A3");
        assert_eq!(ref_ranges(l, &[2, 4, 5, 6, 9]), "A3, A5\u{2013}A7, A10");
        assert_eq!(ref_ranges(l, &[]), "");
    }
}
