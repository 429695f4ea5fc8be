//! Findings: run the checks (discovery, router probes, opt-in write test) after consent, then
//! every finding with its severity, evidence and the fix. The results live in the session, so a
//! reopened audit shows them without sending anything.

use audit_core::checks::Verdict;
use audit_core::findings::{Finding, Severity};
use audit_core::text::locale::date_time;
use audit_core::text::{Lang, tr};
use eframe::egui;
use egui_extras::Column;

use super::{page_header, section, user_scope_line};
use crate::gui::command::Command;
use crate::gui::flows::checks::{ChecksCommand, ChecksFlow, FindingKey, RouterInputs};
use crate::gui::state::AppState;
use crate::gui::theme::{self, TOKENS};
use crate::gui::widgets::exposure::exposure_ui;
use crate::gui::widgets::progress::{JobProgress, job_progress};
use crate::gui::widgets::router_inputs::{demo_router_ui, router_inputs_ui};
use crate::gui::widgets::severity_badge::{severity_badge, severity_word};
use crate::gui::widgets::{shown, table};

/// Order of the findings table.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FindingSort {
    /// Most severe first (the checks' own order).
    #[default]
    Severity,
    Target,
    Title,
    Check,
}

impl FindingSort {
    const ALL: [FindingSort; 4] = [
        FindingSort::Severity,
        FindingSort::Target,
        FindingSort::Title,
        FindingSort::Check,
    ];

    fn label(self, lang: Lang) -> String {
        match self {
            FindingSort::Severity => tr(lang, "gui-findings-sort-severity", &[]),
            FindingSort::Target => tr(lang, "gui-findings-sort-target", &[]),
            FindingSort::Title => tr(lang, "gui-findings-sort-title", &[]),
            FindingSort::Check => tr(lang, "gui-findings-sort-check", &[]),
        }
    }
}

#[derive(Debug, Default)]
pub struct FindingsView {
    /// Severities switched off in the filter (index = position in `Severity::ALL`).
    pub hidden: [bool; 5],
    /// Free-text filter over title, target, check id and evidence.
    pub search: String,
    pub sort: FindingSort,
    /// The router's internet address and STUN server, as typed.
    pub router: RouterInputs,
}

impl FindingsView {
    fn shows(&self, f: &Finding) -> bool {
        let visible = Severity::ALL
            .iter()
            .position(|s| *s == f.severity)
            .and_then(|i| self.hidden.get(i))
            .is_none_or(|hidden| !hidden);
        if !visible {
            return false;
        }
        let needle = self.search.trim().to_lowercase();
        needle.is_empty()
            || [
                f.title.to_string(),
                f.target.to_string(),
                f.check_id.clone(),
                f.evidence.summary.to_string(),
            ]
            .iter()
            .any(|h| h.to_lowercase().contains(&needle))
    }

    /// The findings to list: filtered, then sorted (ties keep the checks' order).
    pub fn visible<'a>(&self, findings: &'a [Finding]) -> Vec<&'a Finding> {
        let mut rows: Vec<&Finding> = findings.iter().filter(|f| self.shows(f)).collect();
        match self.sort {
            FindingSort::Severity => rows.sort_by_key(|f| f.severity),
            FindingSort::Target => rows.sort_by_cached_key(|f| f.target.to_string()),
            FindingSort::Title => rows.sort_by_cached_key(|f| f.title.to_string()),
            FindingSort::Check => rows.sort_by(|a, b| a.check_id.cmp(&b.check_id)),
        }
        rows
    }
}

pub fn ui(
    ui: &mut egui::Ui,
    state: &AppState,
    view: &mut FindingsView,
    commands: &mut Vec<Command>,
) {
    let lang = state.lang;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            // Keep clear of the scroll bar, which floats over the right edge.
            ui.set_max_width(ui.available_width() - TOKENS.space_m);
            page_header(
                ui,
                &tr(lang, "gui-findings-title", &[]),
                &tr(lang, "gui-findings-what", &[]),
            );
            scope_line(ui, state);
            router_ui(ui, state, &mut view.router, commands);
            job_ui(ui, lang, &state.checks, &view.router, commands, false);
            let Some(session) = &state.session else {
                return;
            };
            let Some(verdict) = &session.verdict else {
                ui.add_space(TOKENS.space_m);
                ui.label(theme::subdued(tr(lang, "gui-findings-none-yet", &[])));
                return;
            };
            if state.checks.running.is_some() {
                ui.label(theme::subdued(tr(lang, "gui-findings-previous", &[])));
            }
            verdict_card(ui, lang, verdict, &session.findings, session.checked);
            let findings = &session.findings;
            if let Some(key) = &state.checks.selected
                && let Some(f) = findings
                    .iter()
                    .find(|f| f.check_id == key.check_id && f.target.to_string() == key.target)
            {
                ui.separator();
                detail_ui(ui, lang, f, commands);
                return;
            }
            if findings.is_empty() {
                section(ui, &tr(lang, "gui-findings-count-zero", &[]));
                ui.label(tr(lang, "gui-findings-nothing-seen", &[]));
                return;
            }
            filter_ui(ui, lang, view, findings);
            let rows = view.visible(findings);
            section(
                ui,
                &tr(
                    lang,
                    "gui-findings-count",
                    &[
                        ("shown", rows.len().into()),
                        ("total", findings.len().into()),
                    ],
                ),
            );
            if rows.is_empty() {
                ui.label(theme::subdued(tr(lang, "gui-findings-no-match", &[])));
            } else {
                table_ui(ui, lang, &rows, commands);
            }
        });
}

fn scope_line(ui: &mut egui::Ui, state: &AppState) {
    let lang = state.lang;
    if let Some(scope) = &state.demo_scope {
        ui.label(tr(
            lang,
            "gui-findings-demo-scope",
            &[
                ("bacnet_port", scope.bacnet_port.into()),
                ("knx_port", scope.knx_port.into()),
            ],
        ));
    } else if let Some(session) = &state.session {
        ui.label(user_scope_line(lang, &session.scope));
    }
}

/// The demo's choice of home router and the router's internet address; shared with the
/// self-check. Locked while a check runs or waits for consent.
pub fn router_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    inputs: &mut RouterInputs,
    commands: &mut Vec<Command>,
) {
    let lang = state.lang;
    let busy = state.busy();
    let free = !(busy.consent || busy.checks || busy.discovery);
    ui.add_space(TOKENS.space_xs);
    if let Some(kind) = state.demo_router {
        demo_router_ui(ui, lang, kind, free, commands);
    }
    router_inputs_ui(ui, lang, inputs, free);
}

/// The Run button, or the running job's progress and Cancel; shared with the self-check.
/// `router`: what the user typed about the router, sent with the request.
pub fn job_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    checks: &ChecksFlow,
    router: &RouterInputs,
    commands: &mut Vec<Command>,
    homeowner: bool,
) {
    ui.add_space(TOKENS.space_s);
    match &checks.running {
        None if homeowner => {}
        None => {
            ui.horizontal(|ui| {
                if ui
                    .add(theme::primary_button(&tr(lang, "gui-findings-run", &[])))
                    .on_hover_text(tr(lang, "gui-job-asks-hint", &[]))
                    .clicked()
                {
                    commands.push(Command::Checks(ChecksCommand::Request {
                        homeowner: false,
                        router: router.clone(),
                    }));
                }
                ui.label(theme::subdued(tr(lang, "gui-job-asks", &[])));
            });
        }
        Some(job) => {
            ui.horizontal(|ui| {
                ui.spinner();
                let seconds = format!("{:.0}", job.started.elapsed().as_secs_f32());
                ui.label(tr(
                    lang,
                    "gui-findings-running",
                    &[
                        ("phase", (&job.phase).into()),
                        ("sent", job.packets_sent.into()),
                        ("seconds", seconds.into()),
                    ],
                ));
            });
            let cancel = if homeowner {
                tr(lang, "gui-findings-stop", &[])
            } else {
                tr(lang, "gui-findings-cancel", &[])
            };
            let progress = JobProgress {
                fraction: job.fraction,
                beside: None,
                cancel_requested: job.cancel_requested,
                cancel: &cancel,
                cancelling: &tr(lang, "gui-job-cancelling", &[]),
            };
            if job_progress(ui, &progress) {
                commands.push(Command::Checks(ChecksCommand::Cancel));
            }
        }
    }
    if let Some(error) = &checks.error {
        ui.colored_label(TOKENS.error, shown::shown(error));
    }
    if checks.running.is_none()
        && let Some(reason) = &checks.last_stopped
    {
        ui.colored_label(
            TOKENS.warn,
            if reason == "cancelled" {
                tr(lang, "gui-findings-last-cancelled", &[])
            } else {
                tr(
                    lang,
                    "gui-findings-last-stopped",
                    &[("reason", shown::string(reason).into())],
                )
            },
        );
    }
}

pub use audit_core::report::text::headline;

fn verdict_card(
    ui: &mut egui::Ui,
    lang: Lang,
    verdict: &Verdict,
    findings: &[Finding],
    checked: Option<chrono::DateTime<chrono::Utc>>,
) {
    ui.add_space(TOKENS.space_s);
    theme::card_frame().show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            theme::traffic_light(ui, verdict.light, 16.0);
            ui.vertical(|ui| {
                ui.label(
                    egui::RichText::new(shown::string(&headline(lang, verdict)))
                        .family(theme::bold_family())
                        .size(TOKENS.body_size + 2.0),
                );
                if let Some(t) = checked {
                    let time = date_time(lang, &t.with_timezone(&chrono::Local));
                    let time = [("time", time.into())];
                    ui.label(theme::subdued(tr(lang, "gui-findings-checked", &time)));
                }
            });
        });
        if !verdict.explanation.is_empty() {
            ui.add(egui::Label::new(shown::text_lines(&verdict.explanation, lang)).wrap());
        }
        if let Some(a) = &verdict.exposure {
            exposure_ui(ui, lang, a);
        }
        if !findings.is_empty() {
            ui.horizontal_wrapped(|ui| {
                for s in Severity::ALL {
                    let n = findings.iter().filter(|f| f.severity == s).count();
                    if n > 0 {
                        severity_badge(ui, lang, s);
                        ui.label(n.to_string());
                        ui.add_space(TOKENS.space_s);
                    }
                }
            });
        }
        if !verdict.not_checked.is_empty() {
            let items = verdict
                .not_checked
                .iter()
                .map(|t| shown::text(t, lang))
                .collect::<Vec<_>>()
                .join("; ");
            let items = [("items", items.into())];
            ui.label(theme::subdued(tr(lang, "gui-findings-not-checked", &items)));
        }
    });
}

fn filter_ui(ui: &mut egui::Ui, lang: Lang, view: &mut FindingsView, findings: &[Finding]) {
    ui.add_space(TOKENS.space_s);
    ui.horizontal_wrapped(|ui| {
        ui.label(tr(lang, "gui-findings-show", &[]));
        for (i, s) in Severity::ALL.iter().enumerate() {
            let n = findings.iter().filter(|f| f.severity == *s).count();
            let Some(hidden) = view.hidden.get_mut(i) else {
                continue;
            };
            let colors = theme::severity_colors(*s);
            let text = egui::RichText::new(tr(
                lang,
                "gui-findings-filter",
                &[
                    ("severity", severity_word(lang, *s).into()),
                    ("count", n.into()),
                ],
            ));
            let button = if *hidden {
                egui::Button::new(text.color(TOKENS.text_subdued).strikethrough())
            } else {
                egui::Button::new(text.color(colors.text)).fill(colors.fill)
            };
            if ui
                .add(button)
                .on_hover_text(if *hidden {
                    tr(lang, "gui-findings-hidden-hint", &[])
                } else {
                    tr(lang, "gui-findings-shown-hint", &[])
                })
                .clicked()
            {
                *hidden = !*hidden;
            }
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label(tr(lang, "gui-findings-search", &[]));
        ui.add(
            egui::TextEdit::singleline(&mut view.search)
                .hint_text(tr(lang, "gui-findings-search-hint", &[]))
                .desired_width(280.0),
        )
        .labelled_by(label.id);
        egui::ComboBox::from_id_salt("findings_sort")
            .selected_text(view.sort.label(lang))
            .show_ui(ui, |ui| {
                for s in FindingSort::ALL {
                    ui.selectable_value(&mut view.sort, s, s.label(lang));
                }
            });
    });
}

fn table_ui(ui: &mut egui::Ui, lang: Lang, rows: &[&Finding], commands: &mut Vec<Command>) {
    let height = table::row_height(ui) + 4.0;
    table::show(ui, "findings_table", |t| {
        t.sense(egui::Sense::click())
            .column(Column::exact(84.0))
            .column(Column::initial(430.0).resizable(true).clip(true))
            .column(Column::initial(230.0).resizable(true).clip(true))
            .column(Column::remainder().at_least(90.0).clip(true))
            .header(height, |mut header| {
                table::titles(
                    &mut header,
                    &[
                        &tr(lang, "gui-findings-col-severity", &[]),
                        &tr(lang, "gui-findings-col-finding", &[]),
                        &tr(lang, "gui-findings-col-target", &[]),
                        &tr(lang, "gui-findings-col-check", &[]),
                    ],
                );
            })
            .body(|body| {
                body.rows(height, rows.len(), |mut row| {
                    let Some(f) = rows.get(row.index()) else {
                        return;
                    };
                    row.col(|ui| {
                        severity_badge(ui, lang, f.severity);
                    });
                    // Titles and targets name devices, gateways and routers.
                    for text in [&f.title, &f.target] {
                        row.col(|ui| {
                            ui.add(
                                egui::Label::new(shown::string(&text.to_string()))
                                    .truncate()
                                    .selectable(false),
                            );
                        });
                    }
                    row.col(|ui| {
                        ui.add(
                            egui::Label::new(theme::subdued(shown::shown(&f.check_id)))
                                .truncate()
                                .selectable(false),
                        );
                    });
                    if row.response().clicked() {
                        commands.push(Command::Checks(ChecksCommand::Select(Some(FindingKey {
                            check_id: f.check_id.clone(),
                            target: f.target.to_string(),
                        }))));
                    }
                });
            });
    });
    ui.label(theme::subdued(tr(lang, "gui-findings-click-row", &[])));
}

/// Hex in lines of 16 bytes, bytes separated by spaces.
pub fn hex_lines(hex: &str) -> String {
    let digits: Vec<char> = hex.chars().filter(char::is_ascii_hexdigit).collect();
    digits
        .chunks(32)
        .enumerate()
        .map(|(i, line)| {
            let bytes: Vec<String> = line.chunks(2).map(|b| b.iter().collect()).collect();
            format!("{:04x}  {}", i * 16, bytes.join(" "))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn text_block(ui: &mut egui::Ui, lang: Lang, title: &str, text: &str) {
    section(ui, title);
    if text.trim().is_empty() {
        ui.label(theme::subdued(tr(lang, "gui-findings-no-text", &[])));
    } else {
        ui.add(egui::Label::new(shown::shown_lines(text.trim())).wrap());
    }
}

fn detail_ui(ui: &mut egui::Ui, lang: Lang, f: &Finding, commands: &mut Vec<Command>) {
    if ui.button(tr(lang, "gui-findings-back", &[])).clicked() {
        commands.push(Command::Checks(ChecksCommand::Select(None)));
    }
    ui.add_space(TOKENS.space_s);
    ui.horizontal_wrapped(|ui| {
        severity_badge(ui, lang, f.severity);
        ui.heading(shown::text(&f.title, lang));
    });
    egui::Grid::new("finding_head")
        .num_columns(2)
        .spacing([TOKENS.space_m, TOKENS.space_xs])
        .show(ui, |ui| {
            ui.label(theme::subdued(tr(lang, "gui-findings-target", &[])));
            ui.label(shown::text(&f.target, lang));
            ui.end_row();
            ui.label(theme::subdued(tr(lang, "gui-findings-check", &[])));
            ui.label(shown::shown(&f.check_id));
            ui.end_row();
        });
    section(ui, &tr(lang, "gui-findings-seen", &[]));
    ui.add(egui::Label::new(shown::text_lines(&f.evidence.summary, lang)).wrap());
    if !f.evidence.facts.is_empty() {
        ui.add_space(TOKENS.space_xs);
        egui::Grid::new("finding_facts")
            .num_columns(2)
            .striped(true)
            .spacing([TOKENS.space_m, TOKENS.space_xs])
            .show(ui, |ui| {
                for (k, v) in &f.evidence.facts {
                    // Facts hold what the device said (names, models, addresses).
                    ui.label(theme::subdued(shown::string(&k.replace('_', " "))));
                    let value = match v {
                        serde_json::Value::String(s) => shown::string(s),
                        other => shown::string(&other.to_string()),
                    };
                    ui.add(egui::Label::new(value).wrap());
                    ui.end_row();
                }
            });
    }
    if let Some(hex) = f.evidence.raw_hex.as_deref().filter(|h| !h.is_empty()) {
        ui.add_space(TOKENS.space_xs);
        egui::CollapsingHeader::new(tr(lang, "gui-findings-raw", &[]))
            .default_open(false)
            .show(ui, |ui| {
                ui.add(egui::Label::new(egui::RichText::new(hex_lines(hex)).monospace()).wrap());
            });
    }
    let r = &f.remediation;
    text_block(ui, lang, &tr(lang, "gui-findings-why", &[]), &r.why);
    text_block(
        ui,
        lang,
        &tr(lang, "gui-findings-installer", &[]),
        &r.installer,
    );
    text_block(ui, lang, &tr(lang, "gui-findings-owner", &[]), &r.homeowner);
    text_block(ui, lang, &tr(lang, "gui-findings-verify", &[]), &r.verify);
}

#[cfg(test)]
mod tests {
    use super::*;
    use audit_core::findings::{Evidence, Remediation};

    fn finding(sev: Severity, id: &str, target: &str, title: &str) -> Finding {
        Finding {
            check_id: id.into(),
            severity: sev,
            target: audit_core::text::Text::plain(target),
            title: audit_core::text::Text::plain(title),
            evidence: Evidence::default(),
            remediation: Remediation::default(),
        }
    }

    #[test]
    fn filter_and_sort() {
        let all = vec![
            finding(Severity::Critical, "router.x", "router 1", "Zeta"),
            finding(Severity::Low, "bacnet.y", "device 2", "Alpha"),
            finding(Severity::Info, "knx.z", "gateway 3", "Mid"),
        ];
        let mut view = FindingsView::default();
        assert_eq!(view.visible(&all).len(), 3);
        view.hidden[0] = true;
        let titles: Vec<_> = view
            .visible(&all)
            .iter()
            .map(|f| f.title.to_string())
            .collect();
        assert_eq!(titles, ["Alpha", "Mid"]);
        view.hidden[0] = false;
        view.search = "GATEWAY".into();
        assert_eq!(view.visible(&all).len(), 1);
        view.search.clear();
        view.sort = FindingSort::Title;
        let titles: Vec<_> = view
            .visible(&all)
            .iter()
            .map(|f| f.title.to_string())
            .collect();
        assert_eq!(titles, ["Alpha", "Mid", "Zeta"]);
    }

    #[test]
    fn hex_is_grouped_in_lines_of_16_bytes() {
        let hex = "06100205001a".repeat(4);
        let text = hex_lines(&hex);
        let lines: Vec<_> = text.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(lines[0].starts_with("0000  06 10 02 05"));
        assert!(lines[1].starts_with("0010  "));
    }
}
