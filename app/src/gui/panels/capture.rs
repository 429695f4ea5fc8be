//! Capture analysis: open a pcap/pcapng file, watch progress, cancel, read the counts.

use std::collections::BTreeMap;
use std::path::PathBuf;

use audit_core::analyze::{AnalysisReport, DeviceRow, GatewayRow};
use eframe::egui;
use egui_extras::Column;

use super::{counts_table, page_header, section};
use crate::gui::analysis::{CountSort, Outcome, human_bytes, outcome};
use crate::gui::command::Command;
use crate::gui::flows::analysis::{AnalysisCommand, AnalysisJob};
use crate::gui::state::AppState;
use crate::gui::theme::{self, TOKENS};
use crate::gui::widgets::table;

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
            page_header(
                ui,
                "Capture analysis",
                "Reads a saved capture file (pcap or pcapng) and counts what it contains. \
                 Sends nothing on the network.",
            );
            open_ui(ui, state, view, commands);
            job_ui(ui, state, commands);
            if let Some((index, analysis)) = &state.analysis.shown {
                ui.separator();
                results_ui(ui, analysis, view);
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
    let busy = state.analysis.is_running();
    ui.horizontal(|ui| {
        if ui
            .add_enabled(
                !busy && !state.analysis.file_dialog_open,
                egui::Button::new("Open capture…"),
            )
            .clicked()
        {
            commands.push(Command::Analysis(AnalysisCommand::PickFile));
        }
        if state.analysis.file_dialog_open {
            ui.spinner();
            ui.label(theme::subdued("Waiting for the file dialog…"));
        } else if let Some(hint) = &state.analysis.dialog_hint {
            ui.colored_label(TOKENS.warn, hint);
        }
    });
    ui.horizontal(|ui| {
        let label = ui.label("Capture file path:");
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
            .add_enabled(!busy && !path.is_empty(), egui::Button::new("Analyse"))
            .clicked();
        if (clicked || enter) && !busy && !path.is_empty() {
            commands.push(Command::Analysis(AnalysisCommand::Analyse(PathBuf::from(
                path,
            ))));
        }
    });
    ui.label(
        egui::RichText::new(
            "If no file dialog appears (some desktops have none), type or paste the path here.",
        )
        .small()
        .color(TOKENS.text_subdued),
    );
}

fn job_ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
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
                format!(
                    "Reading {name}: {} of {}",
                    human_bytes(job.bytes_read),
                    human_bytes(job.bytes_total)
                )
            } else {
                format!("Reading {name}: {}", human_bytes(job.bytes_read))
            };
            ui.add(
                egui::ProgressBar::new(fraction)
                    .text(text)
                    .desired_width(520.0),
            );
            ui.horizontal(|ui| {
                if job.cancel_requested {
                    ui.spinner();
                    ui.label("Cancelling…");
                } else if ui.button("Cancel").clicked() {
                    commands.push(Command::Analysis(AnalysisCommand::Cancel));
                }
            });
        }
        AnalysisJob::Failed { file, message } => {
            ui.add_space(TOKENS.space_s);
            ui.colored_label(
                TOKENS.error,
                format!("Could not analyse {}: {message}", file.display()),
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

fn results_ui(ui: &mut egui::Ui, a: &AnalysisReport, view: &mut CaptureView) {
    ui.add_space(TOKENS.space_s);
    match outcome(a) {
        Outcome::Complete => {
            ui.colored_label(TOKENS.ok, egui::RichText::new("Complete").strong());
        }
        Outcome::Cancelled => {
            ui.horizontal_wrapped(|ui| {
                ui.colored_label(TOKENS.warn, egui::RichText::new("Cancelled").strong());
                ui.label("The counts below cover only the part read before you cancelled.");
            });
        }
        Outcome::ReadError { offset, message } => {
            ui.horizontal_wrapped(|ui| {
                ui.colored_label(
                    TOKENS.error,
                    egui::RichText::new(format!("Read error at byte {offset}")).strong(),
                );
                ui.label(format!(
                    "{message}. Everything before that point is counted below."
                ));
            });
        }
    }
    // Two label/value pairs per row keep the counts tables above the fold.
    ui.horizontal(|ui| {
        ui.label(theme::subdued("File"));
        ui.label(&a.file);
    });
    let pairs = [
        (
            "Format",
            if a.format.is_empty() {
                "—".to_owned()
            } else {
                a.format.clone()
            },
        ),
        ("Packets", a.packets.to_string()),
        ("First packet", time_cell(a.first_timestamp.as_deref())),
        ("Last packet", time_cell(a.last_timestamp.as_deref())),
        ("Duration", human_duration(a.duration_s)),
        (
            "BACnet messages",
            format!("{} ({} malformed)", a.bacnet.messages, a.bacnet.malformed),
        ),
        (
            "KNXnet/IP messages",
            format!("{} ({} malformed)", a.knx.messages, a.knx.malformed),
        ),
        ("IP fragments", a.ip_fragments.to_string()),
        ("Cut short by the capture", a.truncated_packets.to_string()),
        ("Link-layer errors", a.link_errors.frames.to_string()),
        ("Other packets", a.other_packets.to_string()),
    ];
    egui::Grid::new("analysis_summary")
        .num_columns(4)
        .striped(true)
        .spacing([TOKENS.space_l, TOKENS.space_xs])
        .show(ui, |ui| {
            for pair in pairs.chunks(2) {
                for (name, value) in pair {
                    ui.label(theme::subdued(*name));
                    ui.label(value);
                }
                ui.end_row();
            }
        });

    protocol_ui(
        ui,
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
        "BACnet devices seen",
        "bacnet_devices",
        DEVICE_COLUMNS,
        &a.bacnet.devices,
        device_cell,
    );
    protocol_ui(
        ui,
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
        "KNX gateways seen",
        "knx_gateways",
        GATEWAY_COLUMNS,
        &a.knx.gateways,
        gateway_cell,
    );
    not_listed(ui, a.knx.gateways_not_listed, "gateways");
    if !a.link_errors.by_reason.is_empty() {
        section(ui, "Link-layer errors by reason");
        counts_table(
            ui,
            "link_errors",
            "Reason",
            &a.link_errors.by_reason,
            &mut view.link_errors_sort,
        );
    }
}

fn not_listed(ui: &mut egui::Ui, count: u64, what: &str) {
    if count > 0 {
        ui.label(theme::subdued(format!(
            "{count} more {what} were seen but not listed (memory cap)."
        )));
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
    name: &str,
    id: &str,
    p: Counts<'_>,
    sort: &mut CountSort,
    malformed_sort: &mut CountSort,
) {
    section(ui, &format!("{name} messages by service"));
    if p.by_service.is_empty() {
        ui.label(theme::subdued(format!(
            "No {name} messages in this capture."
        )));
    } else {
        counts_table(ui, &format!("{id}_services"), "Service", p.by_service, sort);
    }
    if p.malformed > 0 || !p.malformed_by_reason.is_empty() {
        section(ui, &format!("Malformed {name} messages by reason"));
        counts_table(
            ui,
            &format!("{id}_malformed"),
            "Reason",
            p.malformed_by_reason,
            malformed_sort,
        );
    }
}

fn objects_table<R>(
    ui: &mut egui::Ui,
    title: &str,
    id: &str,
    columns: &[&str],
    rows: &[R],
    cell: fn(&R, &str) -> String,
) {
    section(ui, title);
    if rows.is_empty() {
        ui.label(theme::subdued("None seen."));
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
                                egui::Label::new(egui::RichText::new(column_title(c)).strong())
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
                                let text = r.map_or_else(|| NONE.to_owned(), |r| cell(r, c));
                                ui.add(egui::Label::new(text).extend());
                            });
                        }
                    });
                });
            });
        });
}

/// Column titles in plain words for the analyzer's keys.
fn column_title(key: &str) -> String {
    let known = match key {
        "device_instance" => "Device instance",
        "address" => "Address",
        "network" => "Network",
        "vendor_name" => "Vendor",
        "vendor_id" => "Vendor id",
        "max_apdu" => "Max APDU",
        "segmentation" => "Segmentation",
        "i_am_count" => "I-Am count",
        "first_seen" => "First seen",
        "last_seen" => "Last seen",
        "name" => "Name",
        "individual_address" => "KNX address",
        "service_families" => "Services",
        "secure_families" => "Secure services",
        "mac" => "MAC",
        "serial" => "Serial",
        "responses" => "Responses",
        other => return other.replace('_', " "),
    };
    known.to_owned()
}

fn earlier_ui(ui: &mut egui::Ui, state: &AppState, shown: usize, commands: &mut Vec<Command>) {
    let Some(session) = &state.session else {
        return;
    };
    if session.capture_analyses.len() < 2 {
        return;
    }
    section(ui, "Analyses in this audit");
    for (i, record) in session.capture_analyses.iter().enumerate().rev() {
        let text = format!(
            "{} · {}",
            record.file,
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
