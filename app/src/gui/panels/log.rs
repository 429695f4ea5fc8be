//! The event log: what the app did and sent, with local times.

use audit_core::text::locale::date_time_seconds;
use audit_core::text::tr;
use eframe::egui;
use egui_extras::{Column, TableBuilder};

use super::page_header;
use crate::gui::state::{AppState, LogLevel};
use crate::gui::theme::TOKENS;
use crate::gui::widgets::{shown, table};

pub fn ui(ui: &mut egui::Ui, state: &AppState) {
    let lang = state.lang;
    page_header(
        ui,
        &tr(lang, "gui-log-title", &[]),
        &tr(lang, "gui-log-what", &[]),
    );
    let sent = state.log.sent_count();
    ui.label(if sent == 0 {
        tr(lang, "gui-log-sent-none", &[])
    } else {
        tr(lang, "gui-log-sent", &[("sent", sent.into())])
    });
    ui.add_space(TOKENS.space_s);
    let entries = state.log.entries();
    let height = table::row_height(ui);
    TableBuilder::new(ui)
        .id_salt("event_log")
        .striped(true)
        .stick_to_bottom(true)
        .auto_shrink([false, false])
        .column(Column::exact(150.0))
        .column(Column::exact(70.0))
        .column(Column::remainder())
        .header(height + 4.0, |mut header| {
            table::titles(
                &mut header,
                &[
                    &tr(lang, "gui-log-col-time", &[]),
                    &tr(lang, "gui-log-col-kind", &[]),
                    &tr(lang, "gui-log-col-what", &[]),
                ],
            );
        })
        .body(|body| {
            body.rows(height, entries.len(), |mut row| {
                let Some(entry) = entries.get(row.index()) else {
                    return;
                };
                row.col(|ui| {
                    ui.monospace(date_time_seconds(lang, &entry.time));
                });
                row.col(|ui| {
                    let (text, color) = match entry.level {
                        LogLevel::Info => (tr(lang, "gui-log-kind-info", &[]), TOKENS.text_subdued),
                        LogLevel::Sent => (tr(lang, "gui-log-kind-sent", &[]), TOKENS.accent),
                        LogLevel::Warning => (tr(lang, "gui-log-kind-warning", &[]), TOKENS.warn),
                        LogLevel::Error => (tr(lang, "gui-log-kind-error", &[]), TOKENS.error),
                    };
                    ui.colored_label(color, text);
                });
                // Log lines quote devices, gateways and files: one line each, shown safe.
                row.col(|ui| {
                    let text = shown::shown(&entry.text);
                    ui.add(egui::Label::new(text.as_ref()).truncate())
                        .on_hover_text(text.as_ref());
                });
            });
        });
}
