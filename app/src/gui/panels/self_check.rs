//! Homeowner self-check: one big button, a short plain consent, then a traffic light, what it
//! means, what to ask the installer, and the findings in homeowner words. Runs the same checks
//! as the installer's Findings screen with safe defaults: discovery and the router questions,
//! never the write test; the internet lookup only if ticked. With `--demo` it checks the demo
//! building; otherwise it waits until the user has picked the home network's connection.

use audit_core::checks::Verdict;
use audit_core::findings::{Finding, Severity};
use audit_core::report::text::{self, light_word_in, questions};
use audit_core::text::{Lang, tr};
use eframe::egui;

use super::findings::{headline, job_ui, router_ui};
use super::report::save_ui;
use super::{page_header, section};
use crate::gui::command::Command;
use crate::gui::flows::checks::ChecksCommand;
use crate::gui::flows::report::ReportChoice;
use crate::gui::flows::session::{SessionCommand, SessionEdit};
use crate::gui::state::{AppState, Interfaces};
use crate::gui::theme::{self, TOKENS};
use crate::gui::widgets::exposure::exposure_ui;
use crate::gui::widgets::severity_badge::plain_severity_badge;
use crate::gui::widgets::shown;

#[derive(Debug, Default)]
pub struct SelfCheckView {
    /// When the "Copy for my installer" text was last copied (feedback under the button).
    copied: bool,
    /// Where to save the summary PDF, as typed.
    summary_path: String,
    /// The router's internet address and STUN server, as typed.
    router: crate::gui::flows::checks::RouterInputs,
}

pub fn ui(
    ui: &mut egui::Ui,
    state: &AppState,
    view: &mut SelfCheckView,
    commands: &mut Vec<Command>,
) {
    let lang = state.lang;
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(TOKENS.content_max_width - 80.0);
            page_header(
                ui,
                &tr(lang, "gui-self-check-title", &[]),
                &tr(lang, "gui-self-check-what", &[]),
            );
            let session = state.session.as_ref();
            let verdict = session.and_then(|s| s.verdict.as_ref());
            let running = state.checks.running.is_some();
            if running {
                job_ui(ui, lang, &state.checks, &view.router, commands, true);
                return;
            }
            match verdict {
                Some(v) => {
                    let findings = session.map_or(&[][..], |s| s.findings.as_slice());
                    result_ui(ui, lang, v, findings, view);
                    summary_ui(ui, state, view, commands);
                    ui.add_space(TOKENS.space_l);
                    ui.separator();
                    start_ui(ui, state, view, commands, true);
                }
                None => {
                    intro_ui(ui, lang);
                    start_ui(ui, state, view, commands, false);
                }
            }
            job_ui(ui, lang, &state.checks, &view.router, commands, true);
        });
}

/// The owner summary as a PDF, to send to the installer (the Report screen's save, audience
/// owner).
fn summary_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    view: &mut SelfCheckView,
    commands: &mut Vec<Command>,
) {
    let lang = state.lang;
    section(ui, &tr(lang, "gui-report-owner-summary-title", &[]));
    ui.label(theme::subdued(tr(
        lang,
        "gui-report-owner-summary-what",
        &[],
    )));
    ui.add_space(TOKENS.space_xs);
    save_ui(
        ui,
        lang,
        &state.report,
        &mut view.summary_path,
        &ReportChoice::owner_summary_pdf(),
        &tr(lang, "gui-report-owner-summary", &[]),
        commands,
    );
}

fn intro_ui(ui: &mut egui::Ui, lang: Lang) {
    section(ui, &tr(lang, "gui-self-check-looks-at", &[]));
    for line in [
        tr(lang, "gui-self-check-looks-router", &[]),
        tr(lang, "gui-self-check-looks-outside", &[]),
        tr(lang, "gui-self-check-looks-devices", &[]),
    ] {
        ui.label(format!("• {line}"));
    }
    ui.add_space(TOKENS.space_s);
    ui.label(theme::subdued(tr(
        lang,
        "gui-self-check-nothing-changed",
        &[],
    )));
    ui.add_space(TOKENS.space_m);
}

/// The network picker (not in the demo) and the big button.
fn start_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    view: &mut SelfCheckView,
    commands: &mut Vec<Command>,
    again: bool,
) {
    let lang = state.lang;
    let ready = if state.demo_scope.is_some() {
        ui.label(theme::subdued(tr(lang, "gui-self-check-demo", &[])));
        true
    } else {
        network_picker(ui, state, commands)
    };
    router_ui(ui, state, &mut view.router, commands);
    ui.add_space(TOKENS.space_s);
    let text = if again {
        tr(lang, "gui-self-check-again", &[])
    } else {
        tr(lang, "gui-self-check-start", &[])
    };
    let button = egui::Button::new(
        egui::RichText::new(text)
            .size(TOKENS.heading_size)
            .color(TOKENS.accent_text)
            .strong(),
    )
    .fill(TOKENS.accent);
    let clicked = ui
        .scope(|ui| {
            // Generous padding rather than a fixed size keeps the words centred.
            ui.spacing_mut().button_padding = egui::vec2(TOKENS.space_xl, TOKENS.space_m + 2.0);
            ui.add_enabled(ready, button)
                .on_hover_text(tr(lang, "gui-self-check-start-hint", &[]))
                .on_disabled_hover_text(tr(lang, "gui-self-check-pick-first", &[]))
                .clicked()
        })
        .inner;
    if clicked {
        commands.push(Command::Checks(ChecksCommand::Request {
            homeowner: true,
            router: view.router.clone(),
        }));
    }
}

/// "Which connection is your home network?"; `true` once one is picked.
fn network_picker(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) -> bool {
    let lang = state.lang;
    let picked = state
        .session
        .as_ref()
        .and_then(|s| s.scope.interface.clone());
    ui.label(tr(lang, "gui-self-check-which", &[]));
    match &state.interfaces {
        Interfaces::NotLoaded | Interfaces::Loading => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr(lang, "gui-self-check-looking", &[]));
            });
        }
        Interfaces::Failed(e) => {
            ui.colored_label(TOKENS.error, shown::shown(e));
        }
        Interfaces::Loaded(rows) => {
            let usable: Vec<_> = rows.iter().filter(|r| !r.loopback && !r.down).collect();
            if usable.is_empty() {
                ui.label(tr(lang, "gui-self-check-no-connection", &[]));
            }
            for r in usable {
                let selected = picked.as_deref() == Some(r.name.as_str());
                let label = tr(
                    lang,
                    "gui-self-check-connection",
                    &[
                        ("name", shown::string(&r.name).into()),
                        ("address", r.address.to_string().into()),
                    ],
                );
                if ui.radio(selected, label).clicked() && !selected {
                    commands.push(Command::Session(SessionCommand::Edit(
                        SessionEdit::Interface(Some(r.name.clone())),
                    )));
                }
            }
        }
    }
    picked.is_some()
}

fn result_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    v: &Verdict,
    findings: &[Finding],
    view: &mut SelfCheckView,
) {
    let light = light_word_in(lang, v.light);
    theme::card_frame().show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            theme::traffic_light(ui, v.light, 40.0).on_hover_text(tr(
                lang,
                "gui-self-check-light-hint",
                &[("light", (&light).into())],
            ));
            ui.add_space(TOKENS.space_m);
            ui.vertical(|ui| {
                ui.add_space(TOKENS.space_s);
                ui.label(
                    egui::RichText::new(&light)
                        .color(theme::light_color(v.light))
                        .strong(),
                );
                ui.add(
                    egui::Label::new(
                        egui::RichText::new(shown::string(&headline(lang, v)))
                            .family(theme::bold_family())
                            .size(TOKENS.heading_size),
                    )
                    .wrap(),
                );
            });
        });
        if !v.explanation.is_empty() {
            ui.add_space(TOKENS.space_s);
            ui.add(egui::Label::new(shown::text_lines(&v.explanation, lang)).wrap());
        }
        if let Some(a) = &v.exposure {
            exposure_ui(ui, lang, a);
        }
    });
    let qs = questions(lang, v, findings);
    if !qs.is_empty() {
        section(ui, &tr(lang, "gui-self-check-ask", &[]));
        for q in &qs {
            ui.label(format!("• {}", shown::shown(q)));
        }
    }
    ui.add_space(TOKENS.space_s);
    ui.horizontal(|ui| {
        if ui
            .button(tr(lang, "gui-self-check-copy", &[]))
            .on_hover_text(tr(lang, "gui-self-check-copy-hint", &[]))
            .clicked()
        {
            ui.ctx().copy_text(text::installer(lang, v, findings));
            view.copied = true;
        }
        if view.copied {
            ui.label(theme::subdued(tr(lang, "gui-self-check-copied", &[])));
        } else {
            ui.label(theme::subdued(tr(lang, "gui-self-check-saved", &[])));
        }
    });
    if !findings.is_empty() {
        section(ui, &tr(lang, "gui-self-check-found", &[]));
        // A homeowner acts on what needs fixing; smaller improvements and notes are counted here
        // and listed in full in "Copy for my installer" and on the installer's Findings screen.
        let (act, rest): (Vec<&Finding>, Vec<&Finding>) = findings
            .iter()
            .partition(|f| f.severity <= Severity::Medium);
        if act.is_empty() {
            ui.label(tr(lang, "gui-self-check-nothing-to-fix", &[]));
        }
        for f in act {
            ui.add_space(TOKENS.space_s);
            ui.horizontal_wrapped(|ui| {
                plain_severity_badge(ui, lang, f.severity);
                ui.label(egui::RichText::new(shown::text(&f.title, lang)).strong());
            });
            let text = if f.remediation.homeowner.trim().is_empty() {
                f.evidence.summary.to_string()
            } else {
                f.remediation.homeowner.trim().to_owned()
            };
            ui.add(egui::Label::new(shown::shown_lines(&text)).wrap());
        }
        if !rest.is_empty() {
            ui.add_space(TOKENS.space_s);
            ui.label(theme::subdued(tr(
                lang,
                "gui-self-check-also",
                &[("count", rest.len().into())],
            )));
        }
    }
    if !v.checked.is_empty() {
        section(ui, &tr(lang, "gui-self-check-checked", &[]));
        for c in &v.checked {
            ui.label(format!("• {}", shown::text(c, lang)));
        }
    }
    if !v.not_checked.is_empty() {
        section(ui, &tr(lang, "gui-self-check-not-checked", &[]));
        for c in &v.not_checked {
            ui.label(format!("• {}", shown::text(c, lang)));
        }
    }
}
