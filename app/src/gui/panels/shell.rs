//! What frames every workspace screen: the top bar (home, audit name, save status, notice) and
//! the navigation column.

use audit_core::session::SessionKind;
use audit_core::text::{Lang, tr};
use eframe::egui;

use crate::gui::command::Command;
use crate::gui::flows::session::SaveStatus;
use crate::gui::nav::{PanelId, kind_label, nav_entries};
use crate::gui::state::AppState;
use crate::gui::steps::{StepState, steps};
use crate::gui::theme::{self, TOKENS};
use crate::gui::widgets::demo_marker::demo_marker;
use crate::gui::widgets::shown;

pub fn top_bar(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.lang;
    egui::Panel::top("top_bar")
        .frame(
            egui::Frame::new()
                .fill(TOKENS.window_fill)
                .inner_margin(egui::Margin::symmetric(
                    TOKENS.space_m as i8,
                    TOKENS.space_s as i8,
                ))
                .stroke(egui::Stroke::new(1.0, TOKENS.card_stroke)),
        )
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                if ui
                    .button(tr(lang, "gui-top-home", &[]))
                    .on_hover_text(tr(lang, "gui-top-home-hint", &[]))
                    .clicked()
                {
                    commands.push(Command::GoHome);
                }
                ui.separator();
                ui.label(
                    egui::RichText::new("BAS Audit")
                        .strong()
                        .color(TOKENS.accent),
                );
                if state.demo_scope.is_some() {
                    demo_marker(ui, lang, true);
                }
                if let Some(session) = &state.session {
                    ui.separator();
                    ui.label(egui::RichText::new(shown::shown(&session.name)).strong());
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    crate::gui::widgets::lang_switch::lang_switch_rtl(ui, lang, commands);
                    ui.separator();
                    if state.session.is_some() {
                        save_status_ui(ui, state);
                    }
                });
            });
            notice_ui(ui, state, commands);
        });
}

/// The notice (why an audit could not be opened, ...) until the user dismisses it.
pub fn notice_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    if let Some(notice) = &state.notice {
        ui.horizontal_wrapped(|ui| {
            // A notice may quote a file or what a device said.
            ui.colored_label(TOKENS.warn, shown::shown(notice));
            if ui
                .small_button(tr(state.lang, "gui-dismiss", &[]))
                .clicked()
            {
                commands.push(Command::DismissNotice);
            }
        });
    }
}

fn save_status_ui(ui: &mut egui::Ui, state: &AppState) {
    let lang = state.lang;
    let time = |t: &chrono::DateTime<chrono::Local>| t.format("%H:%M:%S").to_string();
    let (text, color) = match &state.sessions.save_status {
        SaveStatus::NotSaved if state.sessions.unsaved_new.is_some() => {
            (tr(lang, "gui-save-waiting", &[]), TOKENS.text_subdued)
        }
        SaveStatus::NotSaved if state.dirty => {
            (tr(lang, "gui-save-not-yet", &[]), TOKENS.text_subdued)
        }
        SaveStatus::NotSaved => (tr(lang, "gui-save-no-changes", &[]), TOKENS.text_subdued),
        SaveStatus::Saving => (tr(lang, "gui-save-saving", &[]), TOKENS.text_subdued),
        SaveStatus::Saved(t) if state.dirty => (
            tr(lang, "gui-save-saved-pending", &[("time", time(t).into())]),
            TOKENS.text_subdued,
        ),
        SaveStatus::Saved(t) => (
            tr(lang, "gui-save-saved", &[("time", time(t).into())]),
            TOKENS.ok,
        ),
        SaveStatus::Failed(e) => (
            tr(lang, "gui-save-failed", &[("error", e.into())]),
            TOKENS.error,
        ),
    };
    ui.add(egui::Label::new(egui::RichText::new(text).color(color)).truncate());
}

pub fn nav_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    kind: SessionKind,
    current: PanelId,
    commands: &mut Vec<Command>,
) {
    ui.add_space(TOKENS.space_m);
    ui.label(theme::subdued(kind_label(lang, kind)));
    ui.add_space(TOKENS.space_s);
    ui.with_layout(egui::Layout::top_down_justified(egui::Align::LEFT), |ui| {
        for &panel in nav_entries(kind) {
            let selected = panel == current;
            let button = egui::Button::selectable(selected, panel.label(lang))
                .min_size(egui::vec2(0.0, 30.0));
            let response = ui.add(button).on_hover_text(panel.hint(lang));
            if response.clicked() && !selected {
                commands.push(Command::ShowPanel(panel));
            }
        }
    });
}

/// The installer's steps across the top of the work area: what is done, what is next, what
/// was skipped; a click opens the step's screen.
pub fn steps_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    current: PanelId,
    commands: &mut Vec<Command>,
) {
    let lang = state.lang;
    let Some(session) = &state.session else {
        return;
    };
    ui.horizontal_wrapped(|ui| {
        ui.spacing_mut().item_spacing.x = TOKENS.space_xs;
        for (i, (step, step_state)) in steps(session, state.demo_scope.is_some())
            .into_iter()
            .enumerate()
        {
            if i > 0 {
                ui.label(theme::subdued("→"));
            }
            let args = [("n", (i + 1).into()), ("step", step.label(lang).into())];
            let (text, color) = match step_state {
                StepState::Done => (tr(lang, "gui-step-done", &args), TOKENS.ok),
                StepState::Next => (tr(lang, "gui-step-next", &args), TOKENS.accent),
                StepState::Skipped => (tr(lang, "gui-step-skipped", &args), TOKENS.warn),
                StepState::Later => (tr(lang, "gui-step-later", &args), TOKENS.text_subdued),
            };
            let mut text = egui::RichText::new(text).color(color);
            if step_state == StepState::Next {
                text = text.strong();
            }
            let here = step.panel() == Some(current);
            let button =
                ui.add_enabled(step.panel().is_some(), egui::Button::selectable(here, text));
            if button.clicked()
                && let Some(panel) = step.panel()
                && !here
            {
                commands.push(Command::ShowPanel(panel));
            }
        }
    });
    ui.separator();
}
