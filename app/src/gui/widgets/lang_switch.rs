//! The language switch: each language listed by its own name, so a user who cannot read the
//! current one still finds theirs. Shown on the start screen and in every workspace's top bar.

use audit_core::text::{Lang, tr};
use eframe::egui;

use crate::gui::command::Command;

pub fn lang_switch(ui: &mut egui::Ui, lang: Lang, commands: &mut Vec<Command>) {
    let label = ui.label(tr(lang, "gui-lang-label", &[]));
    egui::ComboBox::from_id_salt("ui-language")
        .selected_text(lang.autonym())
        .show_ui(ui, |ui| {
            for choice in Lang::SHIPPED {
                if ui
                    .selectable_label(choice == lang, choice.autonym())
                    .clicked()
                    && choice != lang
                {
                    commands.push(Command::SetLang(choice));
                }
            }
        })
        .response
        .on_hover_text(tr(lang, "gui-lang-hint", &[]))
        .labelled_by(label.id);
}

/// The same, inside a right-to-left layout (the label stays left of the box).
pub fn lang_switch_rtl(ui: &mut egui::Ui, lang: Lang, commands: &mut Vec<Command>) {
    ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
        lang_switch(ui, lang, commands);
    });
}
