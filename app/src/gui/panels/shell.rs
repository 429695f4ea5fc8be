//! What frames every workspace screen: the top bar (home, audit name, save status, notice) and
//! the navigation column.

use audit_core::session::SessionKind;
use audit_core::text::{Lang, tr};
use eframe::egui;

use crate::gui::command::Command;
use crate::gui::flows::session::SaveStatus;
use crate::gui::nav::{PanelId, kind_label, nav_entries};
use crate::gui::state::AppState;
use crate::gui::theme::{self, TOKENS};

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
                if let Some(session) = &state.session {
                    ui.separator();
                    ui.label(egui::RichText::new(&session.name).strong());
                }
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
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
            ui.colored_label(TOKENS.warn, notice);
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
