//! The start screen: the two entry flows, opening a capture, and recent audits.

use audit_core::session::{RecentEntry, SessionKind};
use chrono::Local;
use eframe::egui;

use crate::gui::command::Command;
use crate::gui::flows::session::SessionCommand;
use crate::gui::state::AppState;
use crate::gui::theme::{self, TOKENS};

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
    confirm_delete_dialog(ui.ctx(), view, commands);
}

fn contents(
    ui: &mut egui::Ui,
    state: &AppState,
    view: &mut StartView,
    commands: &mut Vec<Command>,
) {
    ui.add_space(TOKENS.space_xl);
    ui.label(
        egui::RichText::new("BAS Audit")
            .size(TOKENS.title_size)
            .family(theme::bold_family()),
    );
    ui.label(theme::subdued(
        "Check how exposed and how writable a building's automation network is \
         (BACnet/IP and KNXnet/IP), and what to fix.",
    ));
    if let Some(notice) = &state.notice {
        ui.add_space(TOKENS.space_s);
        ui.horizontal_wrapped(|ui| {
            ui.colored_label(TOKENS.warn, notice);
            if ui.small_button("Dismiss").clicked() {
                commands.push(Command::DismissNotice);
            }
        });
    }
    ui.add_space(TOKENS.space_l);

    let flows = |ui: &mut egui::Ui, which: usize, commands: &mut Vec<Command>| match which {
        0 => flow_card(
            ui,
            "Installer audit",
            "For installers on site: set the audit's scope, find the devices, check what the \
             router exposes to the internet and get every finding with its fix; analyse \
             captures of building traffic.",
            "Network traffic: none. Nothing is sent until you start a job, and every job \
             that sends asks first.",
            Command::NewSession(SessionKind::Installer),
            commands,
        ),
        _ => flow_card(
            ui,
            "Homeowner self-check",
            "One question in plain words: can your home automation be reached from the \
             internet, and what should you ask your installer?",
            "Network traffic: none until you press \"Check my home\" and allow it.",
            Command::NewSession(SessionKind::Homeowner),
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
                .add_enabled(enabled, egui::Button::new("Open capture…"))
                .clicked()
            {
                commands.push(Command::OpenCaptureFromStart);
            }
            ui.vertical(|ui| {
                ui.label("Read a saved capture file (pcap or pcapng) and count its BACnet and KNX messages.");
                ui.label(theme::subdued("Network traffic: none. It only reads the file."));
            });
        });
    });

    ui.add_space(TOKENS.space_l);
    recent_ui(ui, state, view, commands);
}

fn flow_card(
    ui: &mut egui::Ui,
    title: &str,
    what: &str,
    traffic: &str,
    command: Command,
    commands: &mut Vec<Command>,
) {
    theme::card_frame().show(ui, |ui| {
        ui.set_width(ui.available_width());
        // `columns` hands out justified layouts; cards want ragged-right text and a button that
        // looks like a button, not a bar.
        ui.with_layout(egui::Layout::top_down(egui::Align::LEFT), |ui| {
            let button = theme::primary_button(title).min_size(egui::vec2(0.0, 36.0));
            if ui.add(button).clicked() {
                commands.push(command);
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
    ui.horizontal(|ui| {
        ui.label(
            egui::RichText::new("Recent audits")
                .family(theme::bold_family())
                .size(TOKENS.body_size + 2.0),
        );
        if ui.small_button("Refresh").clicked() {
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
        ui.label(theme::subdued(
            "No saved audits yet. Audits are saved automatically while you work.",
        ));
    }
    for entry in &state.sessions.recent {
        match entry {
            RecentEntry::Readable {
                id,
                name,
                kind,
                updated,
                ..
            } => recent_row(ui, view, commands, id, name, *kind, updated),
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
                    ui.colored_label(TOKENS.warn, reason);
                });
            }
        }
        ui.separator();
    }
    if let Some(Ok(dir)) = &state.sessions.store_location {
        ui.label(
            egui::RichText::new(format!("Saved audits are kept in {}", dir.display()))
                .small()
                .color(TOKENS.text_subdued),
        );
    } else if let Some(Err(e)) = &state.sessions.store_location {
        ui.colored_label(TOKENS.error, format!("Audits cannot be saved: {e}"));
    }
}

fn recent_row(
    ui: &mut egui::Ui,
    view: &mut StartView,
    commands: &mut Vec<Command>,
    id: &str,
    name: &str,
    kind: SessionKind,
    updated: &chrono::DateTime<chrono::Utc>,
) {
    let editing = view.renaming.as_ref().is_some_and(|(rid, _)| rid == id);
    ui.horizontal(|ui| {
        if editing {
            let mut done = None;
            if let Some((_, text)) = view.renaming.as_mut() {
                let label = ui.label("New name:");
                let edit = ui
                    .add(egui::TextEdit::singleline(text).desired_width(260.0))
                    .labelled_by(label.id);
                let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if ui.button("Save name").clicked() || enter {
                    done = Some(Some(text.trim().to_owned()));
                }
                if ui.button("Cancel").clicked() {
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
        ui.vertical(|ui| {
            ui.label(egui::RichText::new(name).strong());
            ui.label(theme::subdued(format!(
                "{} · last changed {}",
                kind.label(),
                updated.with_timezone(&Local).format("%Y-%m-%d %H:%M")
            )));
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button("Delete…")
                .on_hover_text(format!("Delete “{name}” (asks first)"))
                .clicked()
            {
                view.confirm_delete = Some((id.to_owned(), name.to_owned()));
            }
            if ui
                .button("Rename")
                .on_hover_text(format!("Rename “{name}”"))
                .clicked()
            {
                view.renaming = Some((id.to_owned(), name.to_owned()));
            }
            if ui
                .button("Open")
                .on_hover_text(format!("Open “{name}”"))
                .clicked()
            {
                commands.push(Command::OpenSession { id: id.to_owned() });
            }
        });
    });
}

fn confirm_delete_dialog(ctx: &egui::Context, view: &mut StartView, commands: &mut Vec<Command>) {
    let Some((id, name)) = view.confirm_delete.clone() else {
        return;
    };
    let mut decided = None;
    let modal = egui::Modal::new(egui::Id::unique("confirm_delete")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.heading(format!("Delete “{name}”?"));
        ui.label("This removes the saved audit file from this computer. It cannot be undone.");
        ui.add_space(TOKENS.space_m);
        ui.horizontal(|ui| {
            if ui.button("Keep it").clicked() {
                decided = Some(false);
            }
            let delete = egui::Button::new(
                egui::RichText::new("Delete audit")
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
