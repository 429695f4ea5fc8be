//! Homeowner self-check: one big button, a short plain consent, then a traffic light, what it
//! means, what to ask the installer, and the findings in homeowner words. Runs the same checks
//! as the installer's Findings screen with safe defaults: discovery and the router questions,
//! never the write test; the internet lookup only if ticked. With `--demo` it checks the demo
//! building; otherwise it waits until the user has picked the home network's connection.

use audit_core::checks::Verdict;
use audit_core::findings::{Finding, Severity};
use audit_core::report::text::{self, light_word, questions};
use eframe::egui;

use super::findings::{headline, job_ui};
use super::{page_header, section};
use crate::gui::command::Command;
use crate::gui::state::{AppState, Interfaces};
use crate::gui::theme::{self, TOKENS};

#[derive(Debug, Default)]
pub struct SelfCheckView {
    /// When the "Copy for my installer" text was last copied (feedback under the button).
    copied: bool,
}

pub fn ui(
    ui: &mut egui::Ui,
    state: &AppState,
    view: &mut SelfCheckView,
    commands: &mut Vec<Command>,
) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(TOKENS.content_max_width - 80.0);
            page_header(
                ui,
                "Homeowner self-check",
                "Can your home automation be reached from the internet? One button, a plain \
                 answer.",
            );
            let session = state.session.as_ref();
            let verdict = session.and_then(|s| s.verdict.as_ref());
            let running = state.checks.running.is_some();
            if running {
                job_ui(ui, &state.checks, commands, true);
                return;
            }
            match verdict {
                Some(v) => {
                    let findings = session.map_or(&[][..], |s| s.findings.as_slice());
                    result_ui(ui, v, findings, view);
                    ui.add_space(TOKENS.space_l);
                    ui.separator();
                    start_ui(ui, state, commands, true);
                }
                None => {
                    intro_ui(ui);
                    start_ui(ui, state, commands, false);
                }
            }
            job_ui(ui, &state.checks, commands, true);
        });
}

fn intro_ui(ui: &mut egui::Ui) {
    section(ui, "What it looks at");
    for line in [
        "Your router's list of open doors (port forwardings) from the internet to devices in \
         your home.",
        "Whether your router answers on its internet address the way an outsider would see it.",
        "Building controllers and KNX gateways on your home network, and whether they are \
         protected.",
    ] {
        ui.label(format!("• {line}"));
    }
    ui.add_space(TOKENS.space_s);
    ui.label(theme::subdued(
        "Nothing is changed on any device or on your router. You will be asked before \
         anything is sent, and the Log shows every message.",
    ));
    ui.add_space(TOKENS.space_m);
}

/// The network picker (not in the demo) and the big button.
fn start_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>, again: bool) {
    let ready = if state.demo_scope.is_some() {
        ui.label(theme::subdued(
            "Demo: this checks the built-in demo home (simulated devices and router on this \
             computer only).",
        ));
        true
    } else {
        network_picker(ui, state, commands)
    };
    ui.add_space(TOKENS.space_s);
    let text = if again {
        "Check again"
    } else {
        "Check my home"
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
                .on_hover_text("Shows what will happen and asks before sending anything")
                .on_disabled_hover_text("Pick your home network's connection first")
                .clicked()
        })
        .inner;
    if clicked {
        commands.push(Command::RequestChecks { homeowner: true });
    }
}

/// "Which connection is your home network?"; `true` once one is picked.
fn network_picker(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) -> bool {
    let picked = state
        .session
        .as_ref()
        .and_then(|s| s.scope.interface.clone());
    ui.label("Which connection of this computer is on your home network?");
    match &state.interfaces {
        Interfaces::NotLoaded | Interfaces::Loading => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label("Looking at this computer's connections…");
            });
        }
        Interfaces::Failed(e) => {
            ui.colored_label(TOKENS.error, e);
        }
        Interfaces::Loaded(rows) => {
            let usable: Vec<_> = rows.iter().filter(|r| !r.loopback && !r.down).collect();
            if usable.is_empty() {
                ui.label("This computer has no working network connection.");
            }
            for r in usable {
                let selected = picked.as_deref() == Some(r.name.as_str());
                let label = format!("{} (address {})", r.name, r.address);
                if ui.radio(selected, label).clicked() && !selected {
                    commands.push(Command::SetInterface(Some(r.name.clone())));
                }
            }
        }
    }
    picked.is_some()
}

fn result_ui(ui: &mut egui::Ui, v: &Verdict, findings: &[Finding], view: &mut SelfCheckView) {
    theme::card_frame().show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            theme::traffic_light(ui, v.light, 40.0)
                .on_hover_text(format!("Traffic light: {}", light_word(v.light)));
            ui.add_space(TOKENS.space_m);
            ui.vertical(|ui| {
                ui.add_space(TOKENS.space_s);
                ui.label(
                    egui::RichText::new(light_word(v.light))
                        .color(theme::light_color(v.light))
                        .strong(),
                );
                ui.add(
                    egui::Label::new(
                        egui::RichText::new(headline(v))
                            .family(theme::bold_family())
                            .size(TOKENS.heading_size),
                    )
                    .wrap(),
                );
            });
        });
        if !v.explanation.is_empty() {
            ui.add_space(TOKENS.space_s);
            ui.add(egui::Label::new(v.explanation.to_string()).wrap());
        }
    });
    let qs = questions(v, findings);
    if !qs.is_empty() {
        section(ui, "What to ask your installer");
        for q in &qs {
            ui.label(format!("• {q}"));
        }
    }
    ui.add_space(TOKENS.space_s);
    ui.horizontal(|ui| {
        if ui
            .button("Copy for my installer")
            .on_hover_text("Copies the answer, the questions and what was found as text")
            .clicked()
        {
            ui.ctx().copy_text(text::installer(v, findings));
            view.copied = true;
        }
        if view.copied {
            ui.label(theme::subdued(
                "Copied. Paste it into an email or message to your installer.",
            ));
        } else {
            ui.label(theme::subdued("The result is also saved with this check."));
        }
    });
    if !findings.is_empty() {
        section(ui, "What we found");
        // A homeowner acts on what needs fixing; smaller improvements and notes are counted here
        // and listed in full in "Copy for my installer" and on the installer's Findings screen.
        let (act, rest): (Vec<&Finding>, Vec<&Finding>) = findings
            .iter()
            .partition(|f| f.severity <= Severity::Medium);
        if act.is_empty() {
            ui.label("Nothing that needs fixing.");
        }
        for f in act {
            ui.add_space(TOKENS.space_s);
            ui.horizontal_wrapped(|ui| {
                theme::plain_severity_badge(ui, f.severity);
                ui.label(egui::RichText::new(f.title.to_string()).strong());
            });
            let text = if f.remediation.homeowner.trim().is_empty() {
                f.evidence.summary.to_string()
            } else {
                f.remediation.homeowner.trim().to_owned()
            };
            ui.add(egui::Label::new(text).wrap());
        }
        if !rest.is_empty() {
            ui.add_space(TOKENS.space_s);
            ui.label(theme::subdued(format!(
                "Also {} smaller {} for your installer; \"Copy for my installer\" includes {}.",
                rest.len(),
                if rest.len() == 1 {
                    "note"
                } else {
                    "improvements and notes"
                },
                if rest.len() == 1 { "it" } else { "them all" }
            )));
        }
    }
    if !v.checked.is_empty() {
        section(ui, "What we checked");
        for c in &v.checked {
            ui.label(format!("• {c}"));
        }
    }
    if !v.not_checked.is_empty() {
        section(ui, "What we could not check");
        for c in &v.not_checked {
            ui.label(format!("• {c}"));
        }
    }
}
