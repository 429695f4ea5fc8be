//! What frames every workspace screen: the top bar (home, audit name, save status, notice) and
//! the navigation column.

use audit_core::session::SessionKind;
use eframe::egui;

use crate::gui::command::Command;
use crate::gui::flows::session::SaveStatus;
use crate::gui::nav::{PanelId, nav_entries};
use crate::gui::state::AppState;
use crate::gui::theme::{self, TOKENS};

pub fn top_bar(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
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
                    .button("Home")
                    .on_hover_text("Save and go back to the start screen")
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
            if let Some(notice) = &state.notice {
                ui.horizontal_wrapped(|ui| {
                    ui.colored_label(TOKENS.warn, notice);
                    if ui.small_button("Dismiss").clicked() {
                        commands.push(Command::DismissNotice);
                    }
                });
            }
        });
}

fn save_status_ui(ui: &mut egui::Ui, state: &AppState) {
    let (text, color) = match &state.sessions.save_status {
        SaveStatus::NotSaved if state.dirty => ("Not saved yet".to_owned(), TOKENS.text_subdued),
        SaveStatus::NotSaved => ("No changes".to_owned(), TOKENS.text_subdued),
        SaveStatus::Saving => ("Saving…".to_owned(), TOKENS.text_subdued),
        SaveStatus::Saved(t) if state.dirty => (
            format!("Saved {} · changes pending", t.format("%H:%M:%S")),
            TOKENS.text_subdued,
        ),
        SaveStatus::Saved(t) => (format!("Saved {}", t.format("%H:%M:%S")), TOKENS.ok),
        SaveStatus::Failed(e) => (format!("Not saved: {e}"), TOKENS.error),
    };
    ui.add(egui::Label::new(egui::RichText::new(text).color(color)).truncate());
}

pub fn nav_ui(ui: &mut egui::Ui, kind: SessionKind, current: PanelId, commands: &mut Vec<Command>) {
    ui.add_space(TOKENS.space_m);
    ui.label(theme::subdued(kind.label()));
    ui.add_space(TOKENS.space_s);
    ui.with_layout(egui::Layout::top_down_justified(egui::Align::LEFT), |ui| {
        for entry in nav_entries(kind) {
            let selected = entry.panel == current;
            let button =
                egui::Button::selectable(selected, entry.label).min_size(egui::vec2(0.0, 30.0));
            let response = ui.add(button).on_hover_text(entry.hint);
            if response.clicked() && !selected {
                commands.push(Command::ShowPanel(entry.panel));
            }
        }
    });
}
