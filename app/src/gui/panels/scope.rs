//! Scope: which interface, which addresses and how many packets per second an audit may use.
//! Nothing is sent from this screen; it only bounds later jobs.

use std::net::{Ipv4Addr, SocketAddrV4};

use audit_core::job::policy::RATE_RANGE;
use audit_core::session::{AuditSession, UserScope as Scope};
use audit_core::text::{Lang, tr};
use eframe::egui;
use egui_extras::Column;

use super::{page_header, section};
use crate::gui::command::Command;
use crate::gui::flows::session::{SessionCommand, SessionEdit};
use crate::gui::flows::watch::ets_summary;
use crate::gui::nav::PanelId;
use crate::gui::state::{AppState, Interfaces};
use crate::gui::theme::{self, TOKENS};
use crate::gui::widgets::{shown, table};

const MIN_RATE_CAP_PPS: u32 = *RATE_RANGE.start();
const MAX_RATE_CAP_PPS: u32 = *RATE_RANGE.end();

#[derive(Debug, Default)]
pub struct ScopeView {
    /// Session whose scope the text fields were filled from.
    loaded_for: Option<String>,
    targets_text: String,
    targets_errors: Vec<String>,
    rate_text: String,
    rate_error: Option<String>,
    notes_text: String,
    name_text: String,
}

pub fn ui(ui: &mut egui::Ui, state: &AppState, view: &mut ScopeView, commands: &mut Vec<Command>) {
    let Some(session) = &state.session else {
        return;
    };
    let lang = state.lang;
    if view.loaded_for.as_deref() != Some(session.id.as_str()) {
        *view = ScopeView {
            loaded_for: Some(session.id.clone()),
            targets_text: session.scope.targets.join("\n"),
            rate_text: session.scope.rate_cap_pps.to_string(),
            notes_text: session.notes.clone(),
            name_text: session.name.clone(),
            ..ScopeView::default()
        };
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(TOKENS.content_max_width);
            page_header(
                ui,
                &tr(lang, "gui-scope-title", &[]),
                &tr(lang, "gui-scope-what", &[]),
            );
            name_ui(ui, lang, view, commands);
            if let Some(demo) = &state.demo_scope {
                // Every job goes to the demo building: the machine's interfaces and typed
                // targets are not used, so they are not offered.
                demo_ui(ui, state, demo);
            } else {
                interfaces_ui(ui, state, &session.scope, commands);
                targets_ui(ui, lang, view, commands);
            }
            rate_ui(ui, lang, view, commands);
            ets_ui(ui, lang, session, commands);
            notes_ui(ui, lang, view, commands);
            ui.add_space(TOKENS.space_l);
            ui.label(theme::subdued(tr(lang, "gui-scope-footer", &[])));
        });
}

/// Which ETS group-address export the audit holds; it is imported on the Learning watch
/// screen, where learning uses it.
fn ets_ui(ui: &mut egui::Ui, lang: Lang, session: &AuditSession, commands: &mut Vec<Command>) {
    section(ui, &tr(lang, "gui-scope-ets", &[]));
    ui.horizontal(|ui| {
        match &session.knx_project {
            Some(table) => ui.label(tr(
                lang,
                "gui-scope-ets-in-audit",
                // The export's file name is read from the saved audit.
                &[("summary", shown::string(&ets_summary(lang, table)).into())],
            )),
            None => ui.label(tr(lang, "gui-scope-ets-none", &[])),
        };
        if ui
            .button(tr(lang, "gui-scope-ets-open-watch", &[]))
            .on_hover_text(tr(lang, "gui-scope-ets-open-watch-hint", &[]))
            .clicked()
        {
            commands.push(Command::ShowPanel(PanelId::Watch));
        }
    });
}

/// The site's or audit's name: shown in Recent audits and the top bar, and (if typed before
/// the first save) the name of its file. Taken when the field is left or Enter is pressed.
fn name_ui(ui: &mut egui::Ui, lang: Lang, view: &mut ScopeView, commands: &mut Vec<Command>) {
    section(ui, &tr(lang, "gui-scope-name", &[]));
    ui.horizontal(|ui| {
        let label = ui.label(tr(lang, "gui-scope-name-label", &[]));
        let edit = ui
            .add(egui::TextEdit::singleline(&mut view.name_text).desired_width(360.0))
            .labelled_by(label.id);
        let name = view.name_text.trim();
        if edit.lost_focus() && !name.is_empty() {
            commands.push(Command::Session(SessionCommand::Edit(SessionEdit::Name(
                name.to_owned(),
            ))));
        }
    });
    ui.label(theme::subdued(tr(lang, "gui-scope-name-what", &[])));
}

/// The demo building in place of the interface and targets: where every job of this audit goes.
fn demo_ui(ui: &mut egui::Ui, state: &AppState, demo: &audit_core::job::Scope) {
    let lang = state.lang;
    section(ui, &tr(lang, "gui-scope-demo", &[]));
    ui.add(
        egui::Label::new(tr(
            lang,
            "gui-scope-demo-line",
            &[
                ("bacnet_port", demo.bacnet_port.into()),
                ("knx_port", demo.knx_port.into()),
            ],
        ))
        .wrap(),
    );
    ui.collapsing(tr(lang, "gui-scope-demo-contents", &[]), |ui| {
        for line in &state.demo_description {
            ui.label(format!("• {}", line.render(lang)));
        }
    });
}

fn interfaces_ui(ui: &mut egui::Ui, state: &AppState, scope: &Scope, commands: &mut Vec<Command>) {
    let lang = state.lang;
    section(ui, &tr(lang, "gui-scope-interface", &[]));
    ui.horizontal(|ui| {
        ui.label(theme::subdued(tr(lang, "gui-scope-interface-what", &[])));
        if ui
            .small_button(tr(lang, "gui-scope-refresh", &[]))
            .clicked()
        {
            commands.push(Command::RefreshInterfaces);
        }
    });
    let rows = match &state.interfaces {
        Interfaces::NotLoaded | Interfaces::Loading => {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr(lang, "gui-scope-listing", &[]));
            });
            return;
        }
        Interfaces::Failed(e) => {
            ui.colored_label(TOKENS.error, e);
            return;
        }
        Interfaces::Loaded(rows) => rows,
    };
    if rows.is_empty() {
        ui.label(tr(lang, "gui-scope-no-interface", &[]));
        return;
    }
    let height = table::row_height(ui) + 4.0;
    table::show(ui, "interfaces_table", |t| {
        t.vscroll(false)
            .column(Column::initial(150.0).at_least(110.0))
            .column(Column::initial(130.0).at_least(110.0))
            .column(Column::initial(70.0))
            .column(Column::initial(130.0).at_least(110.0))
            .column(Column::remainder().at_least(120.0))
            .header(height, |mut header| {
                table::titles(
                    &mut header,
                    &[
                        &tr(lang, "gui-scope-col-interface", &[]),
                        &tr(lang, "gui-scope-col-address", &[]),
                        &tr(lang, "gui-scope-col-prefix", &[]),
                        &tr(lang, "gui-scope-col-broadcast", &[]),
                        &tr(lang, "gui-scope-col-notes", &[]),
                    ],
                );
            })
            .body(|mut body| {
                for row_data in rows {
                    body.row(height, |mut row| {
                        row.col(|ui| {
                            let selected =
                                scope.interface.as_deref() == Some(row_data.name.as_str());
                            if ui.radio(selected, row_data.name.as_str()).clicked() && !selected {
                                commands.push(Command::Session(SessionCommand::Edit(
                                    SessionEdit::Interface(Some(row_data.name.clone())),
                                )));
                            }
                        });
                        row.col(|ui| {
                            ui.label(row_data.address.to_string());
                        });
                        row.col(|ui| {
                            ui.label(format!("/{}", row_data.prefix_len));
                        });
                        row.col(|ui| {
                            ui.label(
                                row_data
                                    .broadcast
                                    .map_or_else(|| "—".to_owned(), |b| b.to_string()),
                            );
                        });
                        row.col(|ui| {
                            if row_data.loopback {
                                ui.label(theme::subdued(tr(lang, "gui-scope-loopback", &[])));
                            } else if row_data.down {
                                ui.colored_label(TOKENS.warn, tr(lang, "gui-scope-down", &[]));
                            } else {
                                ui.label("");
                            }
                        });
                    });
                }
            });
    });
    if let Some(name) = &scope.interface
        && !rows.iter().any(|r| &r.name == name)
    {
        ui.colored_label(
            TOKENS.warn,
            tr(lang, "gui-scope-interface-gone", &[("name", name.into())]),
        );
    }
}

fn targets_ui(ui: &mut egui::Ui, lang: Lang, view: &mut ScopeView, commands: &mut Vec<Command>) {
    section(ui, &tr(lang, "gui-scope-targets", &[]));
    let label = ui.label(theme::subdued(tr(lang, "gui-scope-targets-what", &[])));
    let edit = ui
        .add(
            egui::TextEdit::multiline(&mut view.targets_text)
                .desired_rows(4)
                .desired_width(360.0)
                .font(egui::TextStyle::Monospace),
        )
        .labelled_by(label.id);
    if edit.changed() {
        match parse_targets(lang, &view.targets_text) {
            Ok(targets) => {
                view.targets_errors.clear();
                commands.push(Command::Session(SessionCommand::Edit(
                    SessionEdit::Targets(targets),
                )));
            }
            Err(errors) => view.targets_errors = errors,
        }
    }
    for error in &view.targets_errors {
        ui.colored_label(TOKENS.error, error);
    }
}

fn rate_ui(ui: &mut egui::Ui, lang: Lang, view: &mut ScopeView, commands: &mut Vec<Command>) {
    section(ui, &tr(lang, "gui-scope-budget", &[]));
    ui.horizontal(|ui| {
        let label = ui.label(tr(lang, "gui-scope-at-most", &[]));
        let edit = ui
            .add(egui::TextEdit::singleline(&mut view.rate_text).desired_width(60.0))
            .labelled_by(label.id);
        ui.label(tr(
            lang,
            "gui-scope-per-second",
            &[
                ("min", MIN_RATE_CAP_PPS.into()),
                ("max", MAX_RATE_CAP_PPS.into()),
            ],
        ));
        if edit.changed() {
            match parse_rate(lang, &view.rate_text) {
                Ok(rate) => {
                    view.rate_error = None;
                    commands.push(Command::Session(SessionCommand::Edit(
                        SessionEdit::RateCap(rate),
                    )));
                }
                Err(e) => view.rate_error = Some(e),
            }
        }
    });
    if let Some(error) = &view.rate_error {
        ui.colored_label(TOKENS.error, error);
    }
    ui.label(theme::subdued(tr(lang, "gui-scope-budget-what", &[])));
}

fn notes_ui(ui: &mut egui::Ui, lang: Lang, view: &mut ScopeView, commands: &mut Vec<Command>) {
    section(ui, &tr(lang, "gui-scope-notes", &[]));
    let label = ui.label(theme::subdued(tr(lang, "gui-scope-notes-what", &[])));
    let edit = ui
        .add(
            egui::TextEdit::multiline(&mut view.notes_text)
                .desired_rows(4)
                .desired_width(TOKENS.content_max_width - 40.0),
        )
        .labelled_by(label.id);
    if edit.changed() {
        commands.push(Command::Session(SessionCommand::Edit(SessionEdit::Notes(
            view.notes_text.clone(),
        ))));
    }
}

/// Why an entry of the targets field is not one device's address.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TargetError {
    PortZero,
    BadPort,
    NotIpv4,
    NotOneDevice,
}

impl TargetError {
    fn words(self, lang: Lang) -> String {
        match self {
            TargetError::PortZero => tr(lang, "gui-scope-target-port-zero", &[]),
            TargetError::BadPort => tr(lang, "gui-scope-target-bad-port", &[]),
            TargetError::NotIpv4 => tr(lang, "gui-scope-target-not-ipv4", &[]),
            TargetError::NotOneDevice => tr(lang, "gui-scope-target-not-one-device", &[]),
        }
    }
}

/// Parses the targets field: IPv4 unicast addresses with an optional port, separated by new
/// lines, commas or spaces. Errors name the entry and say what is wrong.
pub fn parse_targets(lang: Lang, text: &str) -> Result<Vec<String>, Vec<String>> {
    let mut targets = Vec::new();
    let mut errors = Vec::new();
    for entry in text
        .split(|c: char| c == ',' || c.is_whitespace())
        .filter(|s| !s.is_empty())
    {
        match parse_target(entry) {
            Ok(t) => {
                if !targets.contains(&t) {
                    targets.push(t);
                }
            }
            Err(why) => errors.push(tr(
                lang,
                "gui-scope-target-error",
                &[("entry", entry.into()), ("why", why.words(lang).into())],
            )),
        }
    }
    if errors.is_empty() {
        Ok(targets)
    } else {
        Err(errors)
    }
}

fn parse_target(entry: &str) -> Result<String, TargetError> {
    let (ip, port) = if let Ok(sa) = entry.parse::<SocketAddrV4>() {
        if sa.port() == 0 {
            return Err(TargetError::PortZero);
        }
        (*sa.ip(), Some(sa.port()))
    } else if let Ok(ip) = entry.parse::<Ipv4Addr>() {
        (ip, None)
    } else if entry.contains(':') {
        return Err(TargetError::BadPort);
    } else {
        return Err(TargetError::NotIpv4);
    };
    if ip.is_unspecified() || ip.is_broadcast() || ip.is_multicast() {
        return Err(TargetError::NotOneDevice);
    }
    Ok(match port {
        Some(port) => format!("{ip}:{port}"),
        None => ip.to_string(),
    })
}

/// Parses the packets-per-second cap.
pub fn parse_rate(lang: Lang, text: &str) -> Result<u32, String> {
    match text.trim().parse::<u32>() {
        Ok(v) if (MIN_RATE_CAP_PPS..=MAX_RATE_CAP_PPS).contains(&v) => Ok(v),
        _ => Err(tr(
            lang,
            "gui-scope-budget-error",
            &[
                ("min", MIN_RATE_CAP_PPS.into()),
                ("max", MAX_RATE_CAP_PPS.into()),
            ],
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_accept_addresses_and_ports() {
        assert_eq!(
            parse_targets(
                Lang::En,
                "192.0.2.10\n192.0.2.11:47809, 10.0.0.1  192.0.2.10"
            )
            .unwrap(),
            vec!["192.0.2.10", "192.0.2.11:47809", "10.0.0.1"]
        );
        assert_eq!(
            parse_targets(Lang::En, "  \n").unwrap(),
            Vec::<String>::new()
        );
    }

    #[test]
    fn targets_reject_what_is_not_one_ipv4_device() {
        let errors = parse_targets(
            Lang::En,
            "host.local 192.0.2.1:0 192.0.2.1:70000 255.255.255.255 224.0.23.12 0.0.0.0 ::1 1.2.3",
        )
        .unwrap_err();
        assert_eq!(errors.len(), 8, "{errors:?}");
        assert!(errors[0].contains("not an IPv4 address"));
        assert!(errors[1].contains("port 0"));
        assert!(errors[3].contains("broadcast"));
    }

    #[test]
    fn rate_range() {
        assert_eq!(parse_rate(Lang::En, " 20 "), Ok(20));
        assert_eq!(parse_rate(Lang::En, "1"), Ok(1));
        assert_eq!(parse_rate(Lang::En, "200"), Ok(200));
        for bad in ["0", "201", "-1", "fast", "", "2.5"] {
            assert!(parse_rate(Lang::En, bad).is_err(), "{bad}");
        }
    }
}
