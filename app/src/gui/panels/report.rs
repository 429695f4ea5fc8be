//! The Report screen: who the report is for, the format, redaction, an earlier audit to
//! compare with, the cover's names, a preview, and Save (a typed path, or the system's save
//! dialog) and Open. The preview draws the same document the HTML and PDF are made from
//! (`audit_core::report::view::Document`), block by block; nothing here words the report.
//! [`save_ui`] is shared with the homeowner self-check (its summary PDF).

use std::path::PathBuf;
use std::time::Duration;

use audit_core::report::Audience;
use audit_core::report::markdown::Span;
use audit_core::report::view::{Block, Document, Fact, FindingView, Labels, Section, Table};
use audit_core::session::{RecentEntry, Site};
use audit_core::text::{Lang, tr};
use eframe::egui;

use super::{page_header, section};
use crate::export::Format;
use crate::gui::command::Command;
use crate::gui::flows::report::{Overwrite, PreviewKey, ReportChoice, ReportCommand, ReportFlow};
use crate::gui::flows::session::{SessionCommand, SessionEdit};
use crate::gui::state::AppState;
use crate::gui::theme::{self, TOKENS};
use crate::gui::widgets::shown;

/// Rows of one table the preview draws; the saved file has them all.
const PREVIEW_TABLE_ROWS: usize = 50;
/// Lines of one monospaced block (hex, long values) the preview draws.
const PREVIEW_MONO_LINES: usize = 40;
/// How often the screen redraws while a report is being made (the seconds counter).
const REDRAW_WHILE_SAVING: Duration = Duration::from_millis(250);

#[derive(Debug, Default)]
pub struct ReportView {
    pub choice: ReportChoice,
    /// The path being typed.
    pub path: String,
    /// The cover's names as typed, and the audit they were taken from.
    site: Site,
    site_of: Option<String>,
}

pub fn ui(ui: &mut egui::Ui, state: &AppState, view: &mut ReportView, commands: &mut Vec<Command>) {
    let lang = state.lang;
    let Some(session) = state.session.as_ref() else {
        return;
    };
    if view.site_of.as_deref() != Some(session.id.as_str()) {
        view.site = session.scope.site.clone();
        view.site_of = Some(session.id.clone());
        view.choice.compare = None;
    }
    let key = PreviewKey::of(&view.choice, session, state.lang);
    if !state.report.has_preview_for(&key) {
        commands.push(Command::Report(ReportCommand::Preview(view.choice.clone())));
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(TOKENS.content_max_width);
            page_header(
                ui,
                &tr(lang, "gui-report-title", &[]),
                &tr(lang, "gui-report-what", &[]),
            );
            if session.verdict.is_none() {
                ui.label(theme::subdued(tr(lang, "gui-report-no-checks", &[])));
            }
            options_ui(ui, state, view);
            section(ui, &tr(lang, "gui-report-save", &[]));
            let dialog = tr(lang, "gui-report-save-as", &[]);
            save_ui(
                ui,
                lang,
                &state.report,
                &mut view.path,
                &view.choice,
                &dialog,
                commands,
            );
            ui.add_space(TOKENS.space_s);
            cover_ui(ui, lang, view, commands);
            redaction_ui(ui, lang, &state.report, &key);
            section(ui, &tr(lang, "gui-report-preview", &[]));
            preview_ui(ui, lang, &state.report, &key);
        });
}

fn options_ui(ui: &mut egui::Ui, state: &AppState, view: &mut ReportView) {
    let lang = state.lang;
    let choice = &mut view.choice;
    section(ui, &tr(lang, "gui-report-options", &[]));
    egui::Grid::new("report-options")
        .num_columns(2)
        .spacing([TOKENS.space_m, TOKENS.space_s])
        .show(ui, |ui| {
            ui.label(tr(lang, "gui-report-audience", &[]));
            ui.horizontal(|ui| {
                ui.radio_value(
                    &mut choice.audience,
                    Audience::Full,
                    tr(lang, "gui-report-audience-full", &[]),
                )
                .on_hover_text(tr(lang, "gui-report-audience-full-hint", &[]));
                ui.radio_value(
                    &mut choice.audience,
                    Audience::Owner,
                    tr(lang, "gui-report-audience-owner", &[]),
                )
                .on_hover_text(tr(lang, "gui-report-audience-owner-hint", &[]));
            });
            ui.end_row();

            ui.label(tr(lang, "gui-report-format", &[]));
            ui.horizontal(|ui| {
                for format in Format::ALL {
                    ui.radio_value(&mut choice.format, format, format.name())
                        .on_hover_text(format_hint(lang, format));
                }
            });
            ui.end_row();

            ui.label(tr(lang, "gui-report-redaction", &[]));
            ui.checkbox(&mut choice.redact, tr(lang, "gui-report-redact", &[]))
                .on_hover_text(tr(lang, "gui-report-redact-hint", &[]));
            ui.end_row();

            let label = ui.label(tr(lang, "gui-report-compare", &[]));
            compare_ui(ui, state, choice).labelled_by(label.id);
            ui.end_row();

            let label = ui.label(tr(lang, "gui-report-lang", &[]));
            let current = choice.lang.unwrap_or(lang);
            egui::ComboBox::from_id_salt("report-language")
                .selected_text(current.autonym())
                .show_ui(ui, |ui| {
                    for l in Lang::SHIPPED {
                        if ui.selectable_label(l == current, l.autonym()).clicked() {
                            choice.lang = Some(l);
                        }
                    }
                })
                .response
                .on_hover_text(tr(lang, "gui-report-lang-hint", &[]))
                .labelled_by(label.id);
            ui.end_row();
        });
}

fn format_hint(lang: Lang, format: Format) -> String {
    match format {
        Format::Pdf => tr(lang, "gui-report-format-pdf", &[]),
        Format::Html => tr(lang, "gui-report-format-html", &[]),
        Format::Json => tr(lang, "gui-report-format-json", &[]),
        Format::Csv => tr(lang, "gui-report-format-csv", &[]),
        Format::Ede => tr(lang, "gui-report-format-ede", &[]),
    }
}

/// Earlier audits of the same site (all other installer audits when this one names no site).
fn compare_ui(ui: &mut egui::Ui, state: &AppState, choice: &mut ReportChoice) -> egui::Response {
    let lang = state.lang;
    let Some(session) = state.session.as_ref() else {
        return ui.label("");
    };
    let site = session.scope.site.name.trim().to_lowercase();
    let earlier: Vec<(String, PathBuf)> = state
        .sessions
        .recent
        .iter()
        .filter_map(|e| match e {
            RecentEntry::Readable {
                id,
                name,
                kind,
                updated,
                path,
                site: other_site,
                ..
            } if *id != session.id
                && *kind == session.kind
                && (site.is_empty() || other_site.trim().to_lowercase() == site) =>
            {
                let when = updated
                    .with_timezone(&chrono::Local)
                    .format("%Y-%m-%d %H:%M")
                    .to_string();
                // Names of other saved audits: read from their files.
                Some((format!("{} ({when})", shown::shown(name)), path.clone()))
            }
            _ => None,
        })
        .collect();
    let none = tr(lang, "gui-report-compare-none", &[]);
    let selected = choice
        .compare
        .as_ref()
        .and_then(|p| earlier.iter().find(|(_, q)| q == p))
        .map_or_else(|| none.clone(), |(name, _)| name.clone());
    let response = egui::ComboBox::from_id_salt("report-compare")
        .selected_text(selected)
        .width(360.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut choice.compare, None, none);
            for (name, path) in &earlier {
                ui.selectable_value(&mut choice.compare, Some(path.clone()), name);
            }
        })
        .response;
    if earlier.is_empty() {
        response.on_hover_text(tr(lang, "gui-report-compare-empty", &[]))
    } else {
        response.on_hover_text(tr(lang, "gui-report-compare-hint", &[]))
    }
}

/// The names on the cover and the sign-off, kept in the audit (folded: the preview matters
/// more, and the names are typed once per audit).
fn cover_ui(ui: &mut egui::Ui, lang: Lang, view: &mut ReportView, commands: &mut Vec<Command>) {
    let mut changed = false;
    let title = egui::RichText::new(tr(lang, "gui-report-cover", &[]))
        .family(theme::bold_family())
        .size(TOKENS.body_size + 1.0);
    egui::CollapsingHeader::new(title)
        .id_salt("report-cover")
        .show(ui, |ui| {
            egui::Grid::new("report-cover-names")
                .num_columns(2)
                .spacing([TOKENS.space_m, TOKENS.space_s])
                .show(ui, |ui| {
                    let site = &mut view.site;
                    for (words, value) in [
                        (tr(lang, "gui-report-site-name", &[]), &mut site.name),
                        (tr(lang, "gui-report-site-address", &[]), &mut site.address),
                        (tr(lang, "gui-report-site-owner", &[]), &mut site.owner),
                        (tr(lang, "gui-report-site-auditor", &[]), &mut site.auditor),
                        (tr(lang, "gui-report-site-company", &[]), &mut site.company),
                    ] {
                        let label = ui.label(words);
                        changed |= ui
                            .add(egui::TextEdit::singleline(value).desired_width(360.0))
                            .labelled_by(label.id)
                            .changed();
                        ui.end_row();
                    }
                });
        });
    if changed {
        commands.push(Command::Session(SessionCommand::Edit(SessionEdit::Site(
            view.site.clone(),
        ))));
    }
}

/// Save with the system's dialog (`dialog_label`), or to a typed path; the running save, its
/// outcome in plain words, and Open. Shared with the homeowner self-check.
pub fn save_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    flow: &ReportFlow,
    path: &mut String,
    choice: &ReportChoice,
    dialog_label: &str,
    commands: &mut Vec<Command>,
) {
    let busy = flow.saving.is_some() || flow.picking() || flow.confirm.is_some();
    if ui
        .add_enabled(!busy, theme::primary_button(dialog_label))
        .on_hover_text(tr(lang, "gui-report-save-as-hint", &[]))
        .clicked()
    {
        commands.push(Command::Report(ReportCommand::PickAndSave(choice.clone())));
    }
    ui.add_space(TOKENS.space_xs);
    ui.horizontal(|ui| {
        let label = ui.label(tr(lang, "gui-report-path", &[]));
        let hint = format!("/home/me/report.{}", choice.format.extension());
        let edit = ui
            .add_enabled(
                !busy,
                egui::TextEdit::singleline(path)
                    .desired_width(380.0)
                    .hint_text(hint),
            )
            .labelled_by(label.id);
        let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let typed = path.trim();
        let clicked = ui
            .add_enabled(
                !busy && !typed.is_empty(),
                egui::Button::new(tr(lang, "gui-report-save-here", &[])),
            )
            .clicked();
        if (clicked || enter) && !busy && !typed.is_empty() {
            commands.push(Command::Report(ReportCommand::Save {
                choice: choice.clone(),
                out: PathBuf::from(typed),
            }));
        }
    });
    if let Some(o) = &flow.confirm {
        confirm_ui(ui, lang, o, commands);
    } else if flow.kept {
        ui.label(theme::subdued(tr(lang, "gui-save-kept", &[])));
    }
    if let Some(saving) = &flow.saving {
        ui.horizontal(|ui| {
            ui.spinner();
            ui.label(tr(
                lang,
                "gui-report-saving",
                &[
                    ("format", saving.format.name().into()),
                    ("seconds", saving.started.elapsed().as_secs().into()),
                ],
            ));
        });
        ui.ctx().request_repaint_after(REDRAW_WHILE_SAVING);
    } else if flow.picking() {
        ui.label(theme::subdued(tr(lang, "gui-report-dialog-open", &[])));
    }
    match &flow.saved {
        Some(Ok(saved)) => {
            for (file, bytes) in &saved.files {
                ui.label(tr(
                    lang,
                    "gui-report-saved",
                    &[
                        ("file", file.display().to_string().into()),
                        ("bytes", (*bytes).into()),
                        ("seconds", format!("{:.1}", saved.took.as_secs_f64()).into()),
                    ],
                ));
            }
            if let Some((first, _)) = saved.files.first()
                && ui
                    .button(tr(lang, "gui-report-open", &[]))
                    .on_hover_text(tr(lang, "gui-report-open-hint", &[]))
                    .clicked()
            {
                commands.push(Command::Report(ReportCommand::Open(first.clone())));
            }
        }
        Some(Err(e)) => {
            ui.colored_label(TOKENS.error, e);
        }
        None => {}
    }
}

/// The typed path names files that exist: Replace (the report overwrites them) or Cancel
/// (they stay as they are).
fn confirm_ui(ui: &mut egui::Ui, lang: Lang, o: &Overwrite, commands: &mut Vec<Command>) {
    let question = match o.existing.as_slice() {
        [one] => tr(
            lang,
            "gui-save-exists",
            &[("file", one.display().to_string().into())],
        ),
        many => {
            let files: Vec<String> = many.iter().map(|p| p.display().to_string()).collect();
            tr(
                lang,
                "gui-save-exists-many",
                &[
                    ("count", many.len().into()),
                    ("files", files.join(", ").into()),
                ],
            )
        }
    };
    egui::Frame::group(ui.style())
        .stroke(egui::Stroke::new(1.0, TOKENS.warn))
        .show(ui, |ui| {
            ui.add(egui::Label::new(egui::RichText::new(question).color(TOKENS.warn)).wrap());
            ui.horizontal(|ui| {
                if ui.button(tr(lang, "gui-save-keep", &[])).clicked() {
                    commands.push(Command::Report(ReportCommand::KeepExisting));
                }
                if ui
                    .add(theme::primary_button(&tr(lang, "gui-save-replace", &[])))
                    .clicked()
                {
                    commands.push(Command::Report(ReportCommand::ConfirmOverwrite));
                }
            });
        });
}

/// The list of replacements, on screen only (it is in no file).
fn redaction_ui(ui: &mut egui::Ui, lang: Lang, flow: &ReportFlow, key: &PreviewKey) {
    if !key.redact {
        return;
    }
    let Some(Ok(doc)) = flow
        .preview
        .as_ref()
        .filter(|p| &p.key == key)
        .map(|p| &p.result)
    else {
        return;
    };
    section(ui, &tr(lang, "gui-report-replaced", &[]));
    ui.label(theme::subdued(tr(
        lang,
        "gui-report-replaced-what",
        &[("count", doc.replacements.len().into())],
    )));
    egui::Grid::new("report-replaced")
        .striped(true)
        .num_columns(3)
        .show(ui, |ui| {
            for r in &doc.replacements {
                ui.label(r.kind);
                // The original is the device's own text.
                ui.label(shown::shown(&r.original));
                ui.label(format!("→ {}", r.placeholder));
                ui.end_row();
            }
        });
}

fn preview_ui(ui: &mut egui::Ui, lang: Lang, flow: &ReportFlow, key: &PreviewKey) {
    match flow.preview.as_ref() {
        Some(p) if &p.key == key => match &p.result {
            Ok(doc) => document_ui(ui, &doc.document),
            Err(e) => {
                ui.colored_label(TOKENS.error, shown::shown(e));
            }
        },
        _ => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr(lang, "gui-report-preview-building", &[]));
            });
        }
    }
}

/// The document as the HTML and PDF show it: the cover, then each section (the first ones
/// open, the long ones folded).
fn document_ui(ui: &mut egui::Ui, doc: &Document) {
    theme::card_frame().show(ui, |ui| {
        ui.set_width(ui.available_width());
        let cover = &doc.cover;
        ui.label(
            egui::RichText::new(&cover.title)
                .family(theme::bold_family())
                .size(TOKENS.title_size),
        );
        ui.label(egui::RichText::new(&cover.site).size(TOKENS.heading_size));
        facts_ui(ui, "cover-facts", &cover.facts);
        ui.horizontal_wrapped(|ui| {
            ui.label(
                egui::RichText::new(&cover.light_word)
                    .color(hex_colour(&cover.light_colour))
                    .strong(),
            );
            ui.label(&cover.headline);
        });
        for note in &cover.notes {
            ui.label(theme::subdued(note));
        }
    });
    for (i, s) in doc.sections.iter().enumerate() {
        section_ui(ui, s, &doc.labels, i < 2);
    }
}

fn section_ui(ui: &mut egui::Ui, s: &Section, labels: &Labels, open: bool) {
    egui::CollapsingHeader::new(
        egui::RichText::new(&s.title)
            .family(theme::bold_family())
            .size(TOKENS.body_size + 2.0),
    )
    .id_salt(("report-section", &s.id))
    .default_open(open)
    .show(ui, |ui| {
        for (i, block) in s.blocks.iter().enumerate() {
            ui.push_id(i, |ui| block_ui(ui, labels, block));
        }
    });
}

fn block_ui(ui: &mut egui::Ui, labels: &Labels, block: &Block) {
    match block {
        Block::Heading { text } => {
            ui.add_space(TOKENS.space_s);
            ui.label(egui::RichText::new(text).family(theme::bold_family()));
        }
        Block::Para { spans } => spans_ui(ui, "", spans),
        Block::List { ordered, items } => {
            for (n, item) in items.iter().enumerate() {
                let mark = if *ordered {
                    format!("{}. ", n + 1)
                } else {
                    "• ".to_owned()
                };
                spans_ui(ui, &mark, item);
            }
        }
        Block::Facts { facts, compact } => {
            if *compact {
                let line: Vec<String> = facts
                    .iter()
                    .map(|f| format!("{}: {}", f.label, f.value))
                    .collect();
                ui.add(egui::Label::new(line.join(" · ")).wrap());
            } else {
                facts_ui(ui, "facts", facts);
            }
        }
        Block::Table(table) => table_ui(ui, table),
        Block::Verdict {
            word,
            colour,
            headline,
            explanation,
            ..
        } => {
            ui.horizontal_wrapped(|ui| {
                ui.label(egui::RichText::new(word).color(hex_colour(colour)).strong());
                ui.label(egui::RichText::new(headline).family(theme::bold_family()));
            });
            ui.add(egui::Label::new(explanation).wrap());
        }
        Block::Actions { items, .. } => {
            for a in items {
                let mut line = format!(
                    "{}. {} — {} ({}, {})",
                    a.number, a.title, a.what, a.who, a.when
                );
                if !a.finding.is_empty() {
                    line.push_str(&format!(" [{}]", a.finding));
                }
                ui.add(egui::Label::new(line).wrap());
            }
        }
        Block::Chart {
            caption,
            rows,
            total_label,
            total,
            ..
        } => chart_ui(ui, caption, rows, total_label, *total),
        Block::Finding(f) => finding_ui(ui, labels, f),
        Block::Signoff { intro, parties, .. } => {
            ui.add(egui::Label::new(intro).wrap());
            for p in parties {
                ui.label(format!("{}: {} {}", p.role, p.name, p.company));
            }
        }
        Block::Mono { lines } => {
            for line in lines.iter().take(PREVIEW_MONO_LINES) {
                ui.label(egui::RichText::new(line).monospace());
            }
            if lines.len() > PREVIEW_MONO_LINES {
                ui.label(theme::subdued("…"));
            }
        }
        Block::Note { text } => {
            ui.add(egui::Label::new(theme::subdued(text).italics()).wrap());
        }
    }
}

/// Styled text runs as one wrapped paragraph.
fn spans_ui(ui: &mut egui::Ui, prefix: &str, spans: &[Span]) {
    let body = egui::TextStyle::Body.resolve(ui.style());
    let mono = egui::TextStyle::Monospace.resolve(ui.style());
    let colour = ui.visuals().text_color();
    let mut job = egui::text::LayoutJob::default();
    job.append(prefix, 0.0, egui::TextFormat::simple(body.clone(), colour));
    for span in spans {
        let font = if span.code {
            mono.clone()
        } else if span.strong {
            egui::FontId::new(body.size, theme::bold_family())
        } else {
            body.clone()
        };
        job.append(&span.text, 0.0, egui::TextFormat::simple(font, colour));
    }
    ui.add(egui::Label::new(job).wrap());
}

fn facts_ui(ui: &mut egui::Ui, salt: &str, facts: &[Fact]) {
    egui::Grid::new(salt)
        .num_columns(2)
        .spacing([TOKENS.space_m, TOKENS.space_xs])
        .show(ui, |ui| {
            for f in facts {
                ui.label(theme::subdued(&f.label));
                ui.add(egui::Label::new(&f.value).wrap());
                ui.end_row();
            }
        });
}

fn table_ui(ui: &mut egui::Ui, table: &Table) {
    if table.show_caption && !table.caption.is_empty() {
        ui.label(egui::RichText::new(&table.caption).italics());
    }
    egui::ScrollArea::horizontal()
        .id_salt("table")
        .show(ui, |ui| {
            egui::Grid::new("grid")
                .striped(true)
                .num_columns(table.columns.len())
                .show(ui, |ui| {
                    for c in &table.columns {
                        ui.label(egui::RichText::new(c).strong());
                    }
                    ui.end_row();
                    for row in table.rows.iter().take(PREVIEW_TABLE_ROWS) {
                        for cell in row {
                            ui.label(cell);
                        }
                        ui.end_row();
                    }
                });
        });
    let more = table.rows.len().saturating_sub(PREVIEW_TABLE_ROWS) + table.more_rows;
    if more > 0 {
        ui.label(theme::subdued(format!("… +{more}")));
    }
}

fn chart_ui(
    ui: &mut egui::Ui,
    caption: &str,
    rows: &[audit_core::report::view::ChartRow],
    total_label: &str,
    total: usize,
) {
    ui.label(egui::RichText::new(caption).italics());
    let most = rows.iter().map(|r| r.count).max().unwrap_or(0).max(1);
    egui::Grid::new("chart")
        .num_columns(3)
        .spacing([TOKENS.space_m, TOKENS.space_xs])
        .show(ui, |ui| {
            for r in rows {
                ui.label(&r.word);
                let width = 240.0 * r.count as f32 / most as f32;
                let (rect, _) =
                    ui.allocate_exact_size(egui::vec2(240.0, 14.0), egui::Sense::hover());
                let bar = egui::Rect::from_min_size(rect.min, egui::vec2(width, rect.height()));
                ui.painter().rect_filled(bar, 2.0, hex_colour(&r.colour));
                ui.label(format!("{} · {}", r.count, r.meaning));
                ui.end_row();
            }
            ui.label(egui::RichText::new(total_label).strong());
            ui.label("");
            ui.label(egui::RichText::new(total.to_string()).strong());
            ui.end_row();
        });
}

fn finding_ui(ui: &mut egui::Ui, labels: &Labels, f: &FindingView) {
    let title = format!("{} · {} · {}", f.number, f.severity_word, f.title);
    egui::CollapsingHeader::new(egui::RichText::new(title).color(hex_colour(&f.colour)))
        .id_salt(("report-finding", &f.anchor))
        .show(ui, |ui| {
            facts_ui(ui, "head", &f.head);
            let evidence = [Block::Facts {
                facts: f.evidence.clone(),
                compact: false,
            }];
            let evidence: &[Block] = if f.evidence.is_empty() {
                &[]
            } else {
                &evidence
            };
            for (label, blocks) in [
                (&labels.seen, f.seen.as_slice()),
                (&labels.evidence, evidence),
                (&labels.why, f.why.as_slice()),
                (&labels.installer, f.installer.as_slice()),
                (&labels.owner, f.owner.as_slice()),
                (&labels.verify, f.verify.as_slice()),
            ] {
                if blocks.is_empty() {
                    continue;
                }
                ui.add_space(TOKENS.space_xs);
                ui.label(egui::RichText::new(label).family(theme::bold_family()));
                for (i, b) in blocks.iter().enumerate() {
                    ui.push_id((label, i), |ui| block_ui(ui, labels, b));
                }
            }
            if !f.appendix.is_empty() {
                ui.label(theme::subdued(&f.appendix));
            }
        });
}

/// `#rrggbb` as a colour (the report's palette); the text colour when it is not one.
fn hex_colour(hex: &str) -> egui::Color32 {
    let digits = hex.trim_start_matches('#');
    let channel = |i: usize| {
        digits
            .get(i..i + 2)
            .and_then(|d| u8::from_str_radix(d, 16).ok())
    };
    match (digits.len(), channel(0), channel(2), channel(4)) {
        (6, Some(r), Some(g), Some(b)) => egui::Color32::from_rgb(r, g, b),
        _ => TOKENS.text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn report_colours_parse() {
        assert_eq!(
            hex_colour("#b00020"),
            egui::Color32::from_rgb(0xb0, 0, 0x20)
        );
        assert_eq!(hex_colour("b00020"), egui::Color32::from_rgb(0xb0, 0, 0x20));
        assert_eq!(hex_colour("#b0002"), TOKENS.text);
        assert_eq!(hex_colour("#zz0020"), TOKENS.text);
    }
}
