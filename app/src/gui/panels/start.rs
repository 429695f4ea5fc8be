//! The start screen: the two entry flows, opening a capture, and recent audits.

use audit_core::checks::Light;
use audit_core::session::{RecentEntry, RecentSummary, SessionKind};
use audit_core::text::locale::date_time;
use audit_core::text::{Lang, tr};
use chrono::Local;
use eframe::egui;

use crate::gui::command::Command;
use crate::gui::flows::session::SessionCommand;
use crate::gui::nav::kind_label;
use crate::gui::panels::shell::notice_ui;
use crate::gui::state::AppState;
use crate::gui::theme::{self, TOKENS};
use crate::gui::widgets::demo_marker::demo_marker;
use crate::gui::widgets::shown;

#[derive(Debug, Default)]
pub struct StartView {
    /// The audit being renamed and the name typed so far.
    renaming: Option<(String, String)>,
    /// The audit the user asked to delete, waiting for confirmation (id, name).
    confirm_delete: Option<(String, String)>,
}

/// Width below which the two flow cards stack instead of sitting side by side.
const TWO_COLUMN_MIN_WIDTH: f32 = 640.0;

pub fn ui(ui: &mut egui::Ui, state: &AppState, view: &mut StartView, commands: &mut Vec<Command>) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let width = ui.available_width().min(TOKENS.content_max_width);
            let margin = ((ui.available_width() - width) / 2.0).max(0.0);
            ui.horizontal(|ui| {
                ui.add_space(margin);
                ui.vertical(|ui| {
                    ui.set_width(width);
                    contents(ui, state, view, commands);
                });
            });
        });
    confirm_delete_dialog(ui.ctx(), state.lang, view, commands);
}

fn contents(
    ui: &mut egui::Ui,
    state: &AppState,
    view: &mut StartView,
    commands: &mut Vec<Command>,
) {
    let lang = state.lang;
    ui.add_space(TOKENS.space_xl);
    ui.horizontal(|ui| {
        ui.label(
            egui::RichText::new("BAS Audit")
                .size(TOKENS.title_size)
                .family(theme::bold_family()),
        );
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            // Right to left: the switch first, then its label.
            crate::gui::widgets::lang_switch::lang_switch_rtl(ui, lang, commands);
        });
    });
    ui.label(theme::subdued(tr(lang, "gui-start-tagline", &[])));
    if state.demo_scope.is_some() {
        ui.add_space(TOKENS.space_s);
        ui.horizontal(|ui| demo_marker(ui, lang, true));
    }
    if state.notice.is_some() {
        ui.add_space(TOKENS.space_s);
        notice_ui(ui, state, commands);
    }
    ui.add_space(TOKENS.space_l);

    let flows = |ui: &mut egui::Ui, which: usize, commands: &mut Vec<Command>| match which {
        0 => flow_card(
            ui,
            lang,
            SessionKind::Installer,
            &tr(lang, "gui-start-installer-what", &[]),
            &tr(lang, "gui-start-installer-traffic", &[]),
            commands,
        ),
        _ => flow_card(
            ui,
            lang,
            SessionKind::Homeowner,
            &tr(lang, "gui-start-homeowner-what", &[]),
            &tr(lang, "gui-start-homeowner-traffic", &[]),
            commands,
        ),
    };
    if ui.available_width() >= TWO_COLUMN_MIN_WIDTH {
        ui.columns(2, |cols| {
            for (i, col) in cols.iter_mut().enumerate() {
                flows(col, i, commands);
            }
        });
    } else {
        flows(ui, 0, commands);
        ui.add_space(TOKENS.space_m);
        flows(ui, 1, commands);
    }

    ui.add_space(TOKENS.space_m);
    theme::card_frame().show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            let enabled = !state.analysis.file_dialog_open;
            if ui
                .add_enabled(
                    enabled,
                    egui::Button::new(tr(lang, "gui-start-open-capture", &[])),
                )
                .clicked()
            {
                commands.push(Command::OpenCaptureFromStart);
            }
            ui.vertical(|ui| {
                ui.label(tr(lang, "gui-start-capture-what", &[]));
                ui.label(theme::subdued(tr(lang, "gui-start-capture-traffic", &[])));
            });
        });
    });

    ui.add_space(TOKENS.space_l);
    recent_ui(ui, state, view, commands);
}

/// A flow's card: its button (the kind's name) starts a new audit of that kind.
fn flow_card(
    ui: &mut egui::Ui,
    lang: Lang,
    kind: SessionKind,
    what: &str,
    traffic: &str,
    commands: &mut Vec<Command>,
) {
    theme::card_frame().show(ui, |ui| {
        ui.set_width(ui.available_width());
        // `columns` hands out justified layouts; cards want ragged-right text and a button that
        // looks like a button, not a bar.
        ui.with_layout(egui::Layout::top_down(egui::Align::LEFT), |ui| {
            let title = kind_label(lang, kind);
            let button = theme::primary_button(&title).min_size(egui::vec2(0.0, 36.0));
            if ui.add(button).clicked() {
                commands.push(Command::NewSession(kind));
            }
            ui.add_space(TOKENS.space_s);
            ui.label(what);
            ui.add_space(TOKENS.space_xs);
            ui.label(theme::subdued(traffic));
        });
    });
}

fn recent_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    view: &mut StartView,
    commands: &mut Vec<Command>,
) {
    let lang = state.lang;
    ui.horizontal(|ui| {
        ui.label(
            egui::RichText::new(tr(lang, "gui-start-recent", &[]))
                .family(theme::bold_family())
                .size(TOKENS.body_size + 2.0),
        );
        if ui
            .small_button(tr(lang, "gui-start-refresh", &[]))
            .clicked()
        {
            commands.push(Command::Session(SessionCommand::RefreshRecent));
        }
    });
    if let Some(error) = &state.sessions.recent_error {
        ui.colored_label(TOKENS.error, error);
    }
    let readable = state
        .sessions
        .recent
        .iter()
        .filter(|e| matches!(e, RecentEntry::Readable { .. }))
        .count();
    if readable == 0 && state.sessions.recent_error.is_none() {
        ui.label(theme::subdued(tr(lang, "gui-start-no-recent", &[])));
    }
    for entry in &state.sessions.recent {
        match entry {
            RecentEntry::Readable {
                id,
                name,
                kind,
                updated,
                summary,
                ..
            } => {
                let row = RecentRow {
                    id,
                    name,
                    kind: *kind,
                    updated,
                    summary,
                };
                recent_row(ui, lang, view, commands, &row);
            }
            RecentEntry::Refused { path, reason } => {
                ui.horizontal_wrapped(|ui| {
                    ui.label(
                        egui::RichText::new(
                            path.file_name()
                                .map(|n| n.to_string_lossy().into_owned())
                                .unwrap_or_default(),
                        )
                        .strong(),
                    );
                    ui.colored_label(TOKENS.warn, shown::shown(reason));
                });
            }
        }
        ui.separator();
    }
    if let Some(Ok(dir)) = &state.sessions.store_location {
        let folder = dir.display().to_string().into();
        ui.label(
            egui::RichText::new(tr(lang, "gui-start-kept-in", &[("folder", folder)]))
                .small()
                .color(TOKENS.text_subdued),
        );
    } else if let Some(Err(e)) = &state.sessions.store_location {
        let error = tr(lang, "gui-session-cannot-save-any", &[("error", e.into())]);
        ui.colored_label(TOKENS.error, error);
    }
}

/// A saved audit the store could read.
struct RecentRow<'a> {
    id: &'a str,
    name: &'a str,
    kind: SessionKind,
    updated: &'a chrono::DateTime<chrono::Utc>,
    summary: &'a RecentSummary,
}

/// Room kept for the light at the start of a row, so names line up with or without one.
const LIGHT_SLOT: f32 = 18.0;

fn recent_row(
    ui: &mut egui::Ui,
    lang: Lang,
    view: &mut StartView,
    commands: &mut Vec<Command>,
    row: &RecentRow<'_>,
) {
    let RecentRow {
        id,
        name,
        kind,
        updated,
        summary,
    } = *row;
    let editing = view.renaming.as_ref().is_some_and(|(rid, _)| rid == id);
    ui.horizontal(|ui| {
        if editing {
            let mut done = None;
            if let Some((_, text)) = view.renaming.as_mut() {
                let label = ui.label(tr(lang, "gui-start-new-name", &[]));
                let edit = ui
                    .add(egui::TextEdit::singleline(text).desired_width(260.0))
                    .labelled_by(label.id);
                let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if ui.button(tr(lang, "gui-start-save-name", &[])).clicked() || enter {
                    done = Some(Some(text.trim().to_owned()));
                }
                if ui.button(tr(lang, "gui-start-cancel", &[])).clicked() {
                    done = Some(None);
                }
            }
            if let Some(result) = done {
                if let Some(new_name) = result.filter(|n| !n.is_empty()) {
                    commands.push(Command::Session(SessionCommand::Rename {
                        id: id.to_owned(),
                        name: new_name,
                    }));
                }
                view.renaming = None;
            }
            return;
        }
        // Buttons first (right-aligned), so that a long name is cut to the room left of them.
        // An audit's name is read from its file: shown safe (kept as it is for renaming).
        let name_shown = shown::string(name);
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            let named = || [("name", name_shown.as_str().into())];
            if ui
                .button(tr(lang, "gui-start-delete", &[]))
                .on_hover_text(tr(lang, "gui-start-delete-hint", &named()))
                .clicked()
            {
                view.confirm_delete = Some((id.to_owned(), name.to_owned()));
            }
            if ui
                .button(tr(lang, "gui-start-rename", &[]))
                .on_hover_text(tr(lang, "gui-start-rename-hint", &named()))
                .clicked()
            {
                view.renaming = Some((id.to_owned(), name.to_owned()));
            }
            if ui
                .button(tr(lang, "gui-start-open", &[]))
                .on_hover_text(tr(lang, "gui-start-open-hint", &named()))
                .clicked()
            {
                commands.push(Command::OpenSession { id: id.to_owned() });
            }
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                recent_light(ui, lang, summary.light);
                ui.vertical(|ui| {
                    ui.set_max_width(ui.available_width());
                    ui.horizontal(|ui| {
                        if summary.demo {
                            demo_marker(ui, lang, false);
                        }
                        ui.add(
                            egui::Label::new(egui::RichText::new(&name_shown).strong()).truncate(),
                        )
                        .on_hover_text(&name_shown);
                    });
                    let changed = date_time(lang, &updated.with_timezone(&Local));
                    let line = tr(
                        lang,
                        "gui-start-recent-line",
                        &[
                            ("kind", kind_label(lang, kind).into()),
                            ("changed", changed.to_string().into()),
                        ],
                    );
                    let counts = tr(
                        lang,
                        "gui-start-recent-counts",
                        &[
                            ("devices", summary.devices.into()),
                            ("findings", summary.findings.into()),
                        ],
                    );
                    let line = format!("{line} · {counts}");
                    ui.add(egui::Label::new(theme::subdued(&line)).truncate())
                        .on_hover_text(line);
                });
            });
        });
    });
}

/// The verdict light of the audit's latest check run, named for screen readers; an empty slot
/// when it was not checked.
fn recent_light(ui: &mut egui::Ui, lang: Lang, light: Option<Light>) {
    let Some(light) = light else {
        ui.add_space(LIGHT_SLOT);
        return;
    };
    let word = match light {
        Light::Red => tr(lang, "gui-start-recent-light-red", &[]),
        Light::Amber => tr(lang, "gui-start-recent-light-amber", &[]),
        Light::Green => tr(lang, "gui-start-recent-light-green", &[]),
    };
    let response = theme::traffic_light(ui, light, LIGHT_SLOT / 2.0 - 1.0);
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, &word));
    response.on_hover_text(word);
}

fn confirm_delete_dialog(
    ctx: &egui::Context,
    lang: Lang,
    view: &mut StartView,
    commands: &mut Vec<Command>,
) {
    let Some((id, name)) = view.confirm_delete.clone() else {
        return;
    };
    let mut decided = None;
    let modal = egui::Modal::new(egui::Id::unique("confirm_delete")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        let named = [("name", shown::string(&name).into())];
        ui.heading(tr(lang, "gui-start-delete-heading", &named));
        ui.label(tr(lang, "gui-start-delete-what", &[]));
        ui.add_space(TOKENS.space_m);
        ui.horizontal(|ui| {
            if ui.button(tr(lang, "gui-start-keep", &[])).clicked() {
                decided = Some(false);
            }
            let delete = egui::Button::new(
                egui::RichText::new(tr(lang, "gui-start-delete-confirm", &[]))
                    .color(TOKENS.accent_text)
                    .strong(),
            )
            .fill(TOKENS.error);
            if ui.add(delete).clicked() {
                decided = Some(true);
            }
        });
    });
    if decided.is_none() && modal.should_close() {
        decided = Some(false);
    }
    if let Some(delete) = decided {
        if delete {
            commands.push(Command::DeleteSession { id });
        }
        view.confirm_delete = None;
    }
}
