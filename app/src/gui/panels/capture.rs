//! Capture analysis: open a pcap/pcapng file, watch progress, cancel, read the counts.

use std::collections::BTreeMap;
use std::path::PathBuf;

use audit_core::analyze::{AnalysisReport, DeviceRow, GatewayRow};
use audit_core::text::{Lang, tr};
use eframe::egui;
use egui_extras::Column;

use super::{counts_table, page_header, section};
use crate::gui::analysis::{CountSort, Outcome, human_bytes, outcome};
use crate::gui::command::Command;
use crate::gui::flows::analysis::{AnalysisCommand, AnalysisJob};
use crate::gui::state::AppState;
use crate::gui::theme::{self, TOKENS};
use crate::gui::widgets::{shown, table};

#[cfg(test)]
mod tests {
    #[test]
    fn durations_read_like_a_person_would_say_them() {
        use super::human_duration;
        assert_eq!(human_duration(12.34), "12.3 s");
        assert_eq!(human_duration(125.0), "2 min 5 s");
        assert_eq!(human_duration(7260.0), "2 h 1 min");
        assert_eq!(human_duration(864_438.5), "10 d 0 h 7 min");
        assert_eq!(human_duration(f64::NAN), "—");
    }
}

#[derive(Debug, Default)]
pub struct CaptureView {
    pub path_text: String,
    /// The analysis whose file the path field was last filled from.
    filled_for: Option<u64>,
    bacnet_sort: CountSort,
    knx_sort: CountSort,
    bacnet_malformed_sort: CountSort,
    knx_malformed_sort: CountSort,
    link_errors_sort: CountSort,
}

pub fn ui(
    ui: &mut egui::Ui,
    state: &AppState,
    view: &mut CaptureView,
    commands: &mut Vec<Command>,
) {
    // An analysis started from the file dialog (or on start) shows its file in the field once.
    if let Some((job_id, file)) = &state.analysis.started
        && view.filled_for != Some(*job_id)
    {
        view.filled_for = Some(*job_id);
        view.path_text = file.display().to_string();
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(TOKENS.content_max_width + 200.0);
            let lang = state.lang;
            page_header(
                ui,
                &tr(lang, "gui-capture-title", &[]),
                &tr(lang, "gui-capture-what", &[]),
            );
            open_ui(ui, state, view, commands);
            job_ui(ui, state, commands);
            if let Some((index, analysis)) = &state.analysis.shown {
                ui.separator();
                results_ui(ui, lang, analysis, view);
                earlier_ui(ui, state, *index, commands);
            }
        });
}

fn open_ui(
    ui: &mut egui::Ui,
    state: &AppState,
    view: &mut CaptureView,
    commands: &mut Vec<Command>,
) {
    let lang = state.lang;
    let busy = state.analysis.is_running();
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                !busy && !state.analysis.file_dialog_open,
                egui::Button::new(tr(lang, "gui-capture-open", &[])),
            )
            .clicked()
        {
            commands.push(Command::Analysis(AnalysisCommand::PickFile));
        }
        if state.analysis.file_dialog_open {
            ui.spinner();
            ui.label(theme::subdued(tr(lang, "gui-capture-waiting-dialog", &[])));
        } else if let Some(hint) = &state.analysis.dialog_hint {
            ui.colored_label(TOKENS.warn, shown::shown(hint));
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label(tr(lang, "gui-capture-path", &[]));
        let edit = ui
            .add_enabled(
                !busy,
                egui::TextEdit::singleline(&mut view.path_text)
                    .desired_width(440.0)
                    .hint_text("/path/to/capture.pcapng"),
            )
            .labelled_by(label.id);
        let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let path = view.path_text.trim();
        let clicked = ui
            .add_enabled(
                !busy && !path.is_empty(),
                egui::Button::new(tr(lang, "gui-capture-analyse", &[])),
            )
            .clicked();
        if (clicked || enter) && !busy && !path.is_empty() {
            commands.push(Command::Analysis(AnalysisCommand::Analyse(PathBuf::from(
                path,
            ))));
        }
    });
    ui.label(
        egui::RichText::new(tr(lang, "gui-capture-no-dialog-hint", &[]))
            .small()
            .color(TOKENS.text_subdued),
    );
}

fn job_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.lang;
    match &state.analysis.job {
        AnalysisJob::Idle => {}
        AnalysisJob::Running(job) => {
            ui.add_space(TOKENS.space_s);
            let name = file_name(&job.file);
            let fraction = if job.bytes_total > 0 {
                job.bytes_read as f32 / job.bytes_total as f32
            } else {
                0.0
            };
            let text = if job.bytes_total > 0 {
                tr(
                    lang,
                    "gui-capture-reading-of",
                    &[
                        ("name", name.into()),
                        ("read", human_bytes(job.bytes_read).into()),
                        ("total", human_bytes(job.bytes_total).into()),
                    ],
                )
            } else {
                tr(
                    lang,
                    "gui-capture-reading",
                    &[
                        ("name", name.into()),
                        ("read", human_bytes(job.bytes_read).into()),
                    ],
                )
            };
            ui.add(
                egui::ProgressBar::new(fraction)
                    .text(text)
                    .desired_width(520.0),
            );
            ui.horizontal(|ui| {
                if job.cancel_requested {
                    ui.spinner();
                    ui.label(tr(lang, "gui-job-cancelling", &[]));
                } else if ui.button(tr(lang, "gui-capture-cancel", &[])).clicked() {
                    commands.push(Command::Analysis(AnalysisCommand::Cancel));
                }
            });
        }
        AnalysisJob::Failed { file, message } => {
            ui.add_space(TOKENS.space_s);
            ui.colored_label(
                TOKENS.error,
                tr(
                    lang,
                    "gui-capture-failed",
                    &[
                        ("file", file.display().to_string().into()),
                        ("message", shown::string(message).into()),
                    ],
                ),
            );
        }
    }
}

fn file_name(path: &std::path::Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

fn results_ui(ui: &mut egui::Ui, lang: Lang, a: &AnalysisReport, view: &mut CaptureView) {
    ui.add_space(TOKENS.space_s);
    match outcome(a) {
        Outcome::Complete => {
            let complete = tr(lang, "gui-capture-complete", &[]);
            ui.colored_label(TOKENS.ok, egui::RichText::new(complete).strong());
        }
        Outcome::Cancelled => {
            ui.horizontal_wrapped(|ui| {
                let cancelled = tr(lang, "gui-capture-cancelled", &[]);
                ui.colored_label(TOKENS.warn, egui::RichText::new(cancelled).strong());
                ui.label(tr(lang, "gui-capture-cancelled-what", &[]));
            });
        }
        Outcome::ReadError { offset, message } => {
            ui.horizontal_wrapped(|ui| {
                let at = tr(lang, "gui-capture-read-error", &[("offset", offset.into())]);
                ui.colored_label(TOKENS.error, egui::RichText::new(at).strong());
                ui.label(tr(
                    lang,
                    "gui-capture-read-error-what",
                    &[("message", shown::string(&message).into())],
                ));
            });
        }
    }
    // Two label/value pairs per row keep the counts tables above the fold.
    ui.horizontal(|ui| {
        ui.label(theme::subdued(tr(lang, "gui-capture-file", &[])));
        ui.label(shown::shown(&a.file));
    });
    let malformed = |messages: u64, malformed: u64| {
        tr(
            lang,
            "gui-capture-messages-malformed",
            &[
                ("messages", messages.into()),
                ("malformed", malformed.into()),
            ],
        )
    };
    let pairs = [
        (
            tr(lang, "gui-capture-format", &[]),
            if a.format.is_empty() {
                "—".to_owned()
            } else {
                a.format.clone()
            },
        ),
        (tr(lang, "gui-capture-packets", &[]), a.packets.to_string()),
        (
            tr(lang, "gui-capture-first-packet", &[]),
            time_cell(a.first_timestamp.as_deref()),
        ),
        (
            tr(lang, "gui-capture-last-packet", &[]),
            time_cell(a.last_timestamp.as_deref()),
        ),
        (
            tr(lang, "gui-capture-duration", &[]),
            human_duration(a.duration_s),
        ),
        (
            tr(lang, "gui-capture-bacnet-messages", &[]),
            malformed(a.bacnet.messages, a.bacnet.malformed),
        ),
        (
            tr(lang, "gui-capture-knx-messages", &[]),
            malformed(a.knx.messages, a.knx.malformed),
        ),
        (
            tr(lang, "gui-capture-fragments", &[]),
            a.ip_fragments.to_string(),
        ),
        (
            tr(lang, "gui-capture-cut-short", &[]),
            a.truncated_packets.to_string(),
        ),
        (
            tr(lang, "gui-capture-link-errors", &[]),
            a.link_errors.frames.to_string(),
        ),
        (
            tr(lang, "gui-capture-other-packets", &[]),
            a.other_packets.to_string(),
        ),
    ];
    egui::Grid::new("analysis_summary")
        .num_columns(4)
        .striped(true)
        .spacing([TOKENS.space_l, TOKENS.space_xs])
        .show(ui, |ui| {
            for pair in pairs.chunks(2) {
                // A saved audit's analysis is a file like any other: its values are shown safe.
                for (name, value) in pair {
                    ui.label(theme::subdued(name));
                    ui.label(shown::shown(value));
                }
                ui.end_row();
            }
        });

    protocol_ui(
        ui,
        lang,
        "BACnet",
        "bacnet",
        Counts {
            malformed: a.bacnet.malformed,
            by_service: &a.bacnet.by_service,
            malformed_by_reason: &a.bacnet.malformed_by_reason,
        },
        &mut view.bacnet_sort,
        &mut view.bacnet_malformed_sort,
    );
    objects_table(
        ui,
        lang,
        &tr(lang, "gui-capture-bacnet-devices", &[]),
        "bacnet_devices",
        DEVICE_COLUMNS,
        &a.bacnet.devices,
        device_cell,
    );
    protocol_ui(
        ui,
        lang,
        "KNXnet/IP",
        "knx",
        Counts {
            malformed: a.knx.malformed,
            by_service: &a.knx.by_service,
            malformed_by_reason: &a.knx.malformed_by_reason,
        },
        &mut view.knx_sort,
        &mut view.knx_malformed_sort,
    );
    objects_table(
        ui,
        lang,
        &tr(lang, "gui-capture-knx-gateways", &[]),
        "knx_gateways",
        GATEWAY_COLUMNS,
        &a.knx.gateways,
        gateway_cell,
    );
    if a.knx.gateways_not_listed > 0 {
        ui.label(theme::subdued(tr(
            lang,
            "gui-capture-gateways-not-listed",
            &[("count", a.knx.gateways_not_listed.into())],
        )));
    }
    if !a.link_errors.by_reason.is_empty() {
        section(ui, &tr(lang, "gui-capture-link-errors-by-reason", &[]));
        counts_table(
            ui,
            lang,
            "link_errors",
            &tr(lang, "gui-capture-col-reason", &[]),
            &a.link_errors.by_reason,
            &mut view.link_errors_sort,
        );
    }
}

/// "10 d 0 h 7 min" for long captures, seconds for short ones.
fn human_duration(seconds: f64) -> String {
    if !seconds.is_finite() || seconds < 0.0 {
        return "—".to_owned();
    }
    if seconds < 60.0 {
        return format!("{seconds:.1} s");
    }
    let total = seconds.round() as u64;
    let (d, h, m, s) = (
        total / 86_400,
        total % 86_400 / 3600,
        total % 3600 / 60,
        total % 60,
    );
    match (d, h) {
        (0, 0) => format!("{m} min {s} s"),
        (0, _) => format!("{h} h {m} min"),
        _ => format!("{d} d {h} h {m} min"),
    }
}

/// RFC 3339 capture times, shown in UTC: the capture may come from another time zone.
fn time_cell(value: Option<&str>) -> String {
    let Some(text) = value else {
        return NONE.to_owned();
    };
    chrono::DateTime::parse_from_rfc3339(text).map_or_else(
        |_| text.to_owned(),
        |t| {
            t.with_timezone(&chrono::Utc)
                .format("%Y-%m-%d %H:%M:%S UTC")
                .to_string()
        },
    )
}

/// An empty cell.
const NONE: &str = "—";

fn opt_cell(value: Option<impl ToString>) -> String {
    value.map_or_else(|| NONE.to_owned(), |v| v.to_string())
}

fn list_cell(items: &[impl ToString]) -> String {
    if items.is_empty() {
        return NONE.to_owned();
    }
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The device table's columns: identity first, then details, then times.
const DEVICE_COLUMNS: &[&str] = &[
    "device_instance",
    "address",
    "network",
    "vendor_name",
    "vendor_id",
    "max_apdu",
    "segmentation",
    "i_am_count",
    "first_seen",
    "last_seen",
];

fn device_cell(d: &DeviceRow, column: &str) -> String {
    match column {
        "device_instance" => d.device_instance.to_string(),
        "address" => d.address.clone(),
        "network" => opt_cell(d.network),
        "vendor_name" => opt_cell(d.vendor_name.as_ref()),
        "vendor_id" => d.vendor_id.to_string(),
        "max_apdu" => d.max_apdu.to_string(),
        "segmentation" => d.segmentation.clone(),
        "i_am_count" => d.i_am_count.to_string(),
        "first_seen" => time_cell(d.first_seen.as_deref()),
        "last_seen" => time_cell(d.last_seen.as_deref()),
        _ => NONE.to_owned(),
    }
}

/// The gateway table's columns.
const GATEWAY_COLUMNS: &[&str] = &[
    "name",
    "address",
    "individual_address",
    "service_families",
    "secure_families",
    "mac",
    "serial",
    "responses",
    "first_seen",
    "last_seen",
];

fn gateway_cell(g: &GatewayRow, column: &str) -> String {
    match column {
        "name" => g.name.clone(),
        "address" => g.address.clone(),
        "individual_address" => g.individual_address.clone(),
        "service_families" => list_cell(&g.service_families),
        "secure_families" => list_cell(&g.secure_families),
        "mac" => g.mac.clone(),
        "serial" => g.serial.clone(),
        "responses" => g.responses.to_string(),
        "first_seen" => time_cell(g.first_seen.as_deref()),
        "last_seen" => time_cell(g.last_seen.as_deref()),
        _ => NONE.to_owned(),
    }
}

/// What a protocol section shows.
struct Counts<'a> {
    malformed: u64,
    by_service: &'a BTreeMap<String, u64>,
    malformed_by_reason: &'a BTreeMap<String, u64>,
}

fn protocol_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    name: &str,
    id: &str,
    p: Counts<'_>,
    sort: &mut CountSort,
    malformed_sort: &mut CountSort,
) {
    let protocol = [("protocol", name.into())];
    section(ui, &tr(lang, "gui-capture-by-service", &protocol));
    if p.by_service.is_empty() {
        ui.label(theme::subdued(tr(
            lang,
            "gui-capture-no-messages",
            &protocol,
        )));
    } else {
        counts_table(
            ui,
            lang,
            &format!("{id}_services"),
            &tr(lang, "gui-capture-col-service", &[]),
            p.by_service,
            sort,
        );
    }
    if p.malformed > 0 || !p.malformed_by_reason.is_empty() {
        section(ui, &tr(lang, "gui-capture-malformed-by-reason", &protocol));
        counts_table(
            ui,
            lang,
            &format!("{id}_malformed"),
            &tr(lang, "gui-capture-col-reason", &[]),
            p.malformed_by_reason,
            malformed_sort,
        );
    }
}

fn objects_table<R>(
    ui: &mut egui::Ui,
    lang: Lang,
    title: &str,
    id: &str,
    columns: &[&str],
    rows: &[R],
    cell: fn(&R, &str) -> String,
) {
    section(ui, title);
    if rows.is_empty() {
        ui.label(theme::subdued(tr(lang, "gui-capture-none-seen", &[])));
        return;
    }
    let height = table::row_height(ui);
    // Cells never wrap (a wrapped address reads as two); a wide table scrolls sideways.
    egui::ScrollArea::horizontal()
        .id_salt(format!("{id}_hscroll"))
        .show(ui, |ui| {
            table::show(ui, id, |t| {
                let mut t = t.auto_shrink([true, true]);
                for _ in columns {
                    t = t.column(Column::auto().at_least(60.0).resizable(true));
                }
                t.header(height + 4.0, |mut header| {
                    for c in columns {
                        header.col(|ui| {
                            ui.add(
                                egui::Label::new(
                                    egui::RichText::new(column_title(lang, c)).strong(),
                                )
                                .extend(),
                            );
                        });
                    }
                })
                .body(|body| {
                    body.rows(height, rows.len(), |mut row| {
                        let r = rows.get(row.index());
                        for c in columns {
                            row.col(|ui| {
                                // Names, serials and addresses as the capture gave them.
                                let text = r.map_or_else(|| NONE.to_owned(), |r| cell(r, c));
                                ui.add(egui::Label::new(shown::shown(&text)).extend());
                            });
                        }
                    });
                });
            });
        });
}

/// Column titles in plain words for the analyzer's keys.
fn column_title(lang: Lang, key: &str) -> String {
    match key {
        "device_instance" => tr(lang, "gui-capture-col-device-instance", &[]),
        "address" => tr(lang, "gui-capture-col-address", &[]),
        "network" => tr(lang, "gui-capture-col-network", &[]),
        "vendor_name" => tr(lang, "gui-capture-col-vendor", &[]),
        "vendor_id" => tr(lang, "gui-capture-col-vendor-id", &[]),
        "max_apdu" => tr(lang, "gui-capture-col-max-apdu", &[]),
        "segmentation" => tr(lang, "gui-capture-col-segmentation", &[]),
        "i_am_count" => tr(lang, "gui-capture-col-i-am-count", &[]),
        "first_seen" => tr(lang, "gui-capture-col-first-seen", &[]),
        "last_seen" => tr(lang, "gui-capture-col-last-seen", &[]),
        "name" => tr(lang, "gui-capture-col-name", &[]),
        "individual_address" => tr(lang, "gui-capture-col-knx-address", &[]),
        "service_families" => tr(lang, "gui-capture-col-services", &[]),
        "secure_families" => tr(lang, "gui-capture-col-secure-services", &[]),
        "mac" => tr(lang, "gui-capture-col-mac", &[]),
        "serial" => tr(lang, "gui-capture-col-serial", &[]),
        "responses" => tr(lang, "gui-capture-col-responses", &[]),
        other => other.replace('_', " "),
    }
}

fn earlier_ui(ui: &mut egui::Ui, state: &AppState, shown: usize, commands: &mut Vec<Command>) {
    let Some(session) = &state.session else {
        return;
    };
    if session.capture_analyses.len() < 2 {
        return;
    }
    section(ui, &tr(state.lang, "gui-capture-earlier", &[]));
    for (i, record) in session.capture_analyses.iter().enumerate().rev() {
        let text = format!(
            "{} · {}",
            shown::shown(&record.file),
            record
                .analysed_at
                .with_timezone(&chrono::Local)
                .format("%Y-%m-%d %H:%M:%S")
        );
        if ui.selectable_label(i == shown, text).clicked() && i != shown {
            commands.push(Command::Analysis(AnalysisCommand::Show(i)));
        }
    }
}
