//! Learning watch: learn what normal traffic looks like (value ranges, message rates, who talks
//! to whom), then check traffic against it and show alerts as they come. Reading a capture file
//! sends nothing; live listening asks for consent first.

use std::path::PathBuf;

use audit_core::watch::{Alert, LearnConfig, RateMetric, Severity as WatchSeverity};
use eframe::egui;
use egui_extras::{Column, TableBuilder};
use egui_plot::{Legend, Line, Plot, PlotPoints};

use super::{TABLE_MAX_HEIGHT, page_header, row_height, section};
use crate::gui::command::Command;
use crate::gui::state::{AppState, WatchInput, WatchMode, WatchState};
use crate::gui::theme::{self, Severity, TOKENS};

/// Services drawn in the rate plot (the busiest ones).
const PLOTTED_SERVICES: usize = 6;
/// Default live listening time.
const DEFAULT_LIVE_SECONDS: u64 = 60;

#[derive(Debug, PartialEq, Eq, Default, Clone, Copy)]
enum SourceChoice {
    #[default]
    File,
    Live,
}

#[derive(Debug)]
pub struct WatchView {
    source: SourceChoice,
    path_text: String,
    live_seconds: u64,
    model_path_text: String,
    filled_from: Option<PathBuf>,
    /// The alert whose full text is shown below the table (index into the alert list).
    selected_alert: Option<usize>,
}

impl Default for WatchView {
    fn default() -> Self {
        WatchView {
            source: SourceChoice::File,
            path_text: String::new(),
            live_seconds: DEFAULT_LIVE_SECONDS,
            model_path_text: String::new(),
            filled_from: None,
            selected_alert: None,
        }
    }
}

pub fn ui(ui: &mut egui::Ui, state: &AppState, view: &mut WatchView, commands: &mut Vec<Command>) {
    let watch = &state.watch;
    // A job started elsewhere (e.g. on start) shows its file once; typing is not overwritten.
    if watch.last_file != view.filled_from {
        view.filled_from.clone_from(&watch.last_file);
        if let Some(p) = &watch.last_file {
            view.path_text = p.display().to_string();
        }
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            page_header(
                ui,
                "Learning watch",
                "Learns what normal traffic looks like, then flags what departs from it. Reading \
                 a capture file sends nothing; live listening asks first.",
            );
            // What is running and what it found first; settings below.
            source_ui(ui, view);
            run_ui(ui, watch, view, commands);
            if let Some(error) = &watch.error {
                ui.colored_label(TOKENS.error, error);
            }
            alerts_ui(ui, watch, &mut view.selected_alert);
            // One snapshot is a dot, not a rate over time.
            if watch.rates.len() > 1 {
                section(ui, "Message rate per service (messages per second)");
                rate_plot(ui, watch);
            }
            parameters_ui(ui, &watch.config, watch.running.is_none(), commands);
            model_ui(ui, watch, view, commands);
        });
}

fn source_ui(ui: &mut egui::Ui, view: &mut WatchView) {
    section(ui, "Traffic source");
    ui.horizontal(|ui| {
        ui.radio_value(&mut view.source, SourceChoice::File, "Capture file");
        ui.radio_value(
            &mut view.source,
            SourceChoice::Live,
            "Live: listen on the scope's interface",
        );
    });
    match view.source {
        SourceChoice::File => {
            ui.horizontal(|ui| {
                let label = ui.label("Capture file path");
                ui.add(
                    egui::TextEdit::singleline(&mut view.path_text)
                        .desired_width(520.0)
                        .hint_text("/path/to/traffic.pcapng"),
                )
                .labelled_by(label.id);
            });
        }
        SourceChoice::Live => {
            ui.horizontal(|ui| {
                ui.label("Listen for (seconds)");
                ui.add(egui::DragValue::new(&mut view.live_seconds).range(1..=7 * 24 * 3600));
            });
            ui.label(theme::subdued(
                "Passive: listens on the BACnet/IP UDP port and the KNX multicast group; sends \
                 no BACnet or KNX packet. You will be asked before it starts.",
            ));
            ui.label(theme::subdued(
                "To see everything a switch's mirror port delivers, capture on the interface \
                 from the command line: bas-audit watch learn --live SECONDS --interface NAME. \
                 That needs the capture permission (CAP_NET_RAW: it lets a program read all \
                 traffic on this computer's interfaces), which is never granted silently: with \
                 the Debian package, run sudo dpkg-reconfigure bas-audit and answer yes.",
            ));
        }
    }
}

fn input(view: &WatchView) -> Option<WatchInput> {
    match view.source {
        SourceChoice::File => {
            let text = view.path_text.trim();
            (!text.is_empty()).then(|| WatchInput::File(PathBuf::from(text)))
        }
        SourceChoice::Live => Some(WatchInput::Live {
            seconds: view.live_seconds.max(1),
        }),
    }
}

/// One parameter row: label, editor, one line of explanation.
fn parameter_row(
    ui: &mut egui::Ui,
    label: &str,
    explanation: &str,
    editor: impl FnOnce(&mut egui::Ui) -> egui::Response,
) -> bool {
    ui.label(label);
    let changed = editor(ui).changed();
    ui.label(theme::subdued(explanation));
    ui.end_row();
    changed
}

fn parameters_ui(
    ui: &mut egui::Ui,
    config: &LearnConfig,
    editable: bool,
    commands: &mut Vec<Command>,
) {
    section(ui, "Parameters");
    let mut edited = config.clone();
    let mut changed = false;
    ui.add_enabled_ui(editable, |ui| {
        egui::Grid::new("watch_parameters")
            .num_columns(3)
            .spacing([TOKENS.space_m, TOKENS.space_s])
            .show(ui, |ui| {
                changed |= parameter_row(
                    ui,
                    "T (interval, s)",
                    "Message rates are counted per interval of this length.",
                    |ui| ui.add(egui::DragValue::new(&mut edited.interval_s).range(1..=86_400)),
                );
                changed |= parameter_row(
                    ui,
                    "t setpoints/outputs",
                    "Learned ranges of commandable values are widened by t × span on each side.",
                    |ui| {
                        ui.add(
                            egui::DragValue::new(&mut edited.tolerance_setpoint)
                                .range(0.0..=100.0)
                                .speed(0.01),
                        )
                    },
                );
                changed |= parameter_row(
                    ui,
                    "t sensors",
                    "Learned ranges of sensor inputs are widened by t × span on each side.",
                    |ui| {
                        ui.add(
                            egui::DragValue::new(&mut edited.tolerance_sensor)
                                .range(0.0..=100.0)
                                .speed(0.01),
                        )
                    },
                );
                changed |= parameter_row(
                    ui,
                    "Rate metric",
                    "How the normal rate is summarised: maximum, mean + σ, or median + MAD.",
                    |ui| {
                        let before = edited.metric;
                        let mut response = egui::ComboBox::from_id_salt("rate_metric")
                            .selected_text(edited.metric.name())
                            .show_ui(ui, |ui| {
                                for m in [RateMetric::Minmax, RateMetric::Mean, RateMetric::Mad] {
                                    ui.selectable_value(&mut edited.metric, m, m.name());
                                }
                            })
                            .response;
                        if edited.metric != before {
                            // The cutoff default belongs to the metric.
                            edited.rate_tolerance = None;
                            response.mark_changed();
                        }
                        response
                    },
                );
                changed |= parameter_row(
                    ui,
                    "Rate cutoff",
                    "How far above normal a rate may go before it alerts (default per metric).",
                    |ui| {
                        let mut cutoff = edited.rate_tolerance();
                        let response = ui.add(
                            egui::DragValue::new(&mut cutoff)
                                .range(0.0..=100.0)
                                .speed(0.05),
                        );
                        if response.changed() {
                            edited.rate_tolerance = Some(cutoff);
                        }
                        response
                    },
                );
            });
        if *config != LearnConfig::default() {
            if ui.small_button("Reset parameters to defaults").clicked() {
                commands.push(Command::SetWatchConfig(LearnConfig::default()));
            }
        } else {
            ui.label(theme::subdued("All parameters are at their defaults."));
        }
    });
    if changed {
        commands.push(Command::SetWatchConfig(edited));
    }
}

fn run_ui(ui: &mut egui::Ui, watch: &WatchState, view: &WatchView, commands: &mut Vec<Command>) {
    section(ui, "Run");
    match &watch.running {
        None => {
            let input = input(view);
            ui.horizontal(|ui| {
                let learn = ui
                    .add_enabled(input.is_some(), theme::primary_button("Learn"))
                    .on_hover_text("Learn a model of normal traffic from this source");
                if learn.clicked()
                    && let Some(input) = &input
                {
                    commands.push(Command::StartWatch {
                        mode: WatchMode::Learn,
                        input: input.clone(),
                    });
                }
                let detect = ui
                    .add_enabled(
                        input.is_some() && watch.model.is_some(),
                        egui::Button::new("Detect"),
                    )
                    .on_hover_text("Check this source against the model and show alerts")
                    .on_disabled_hover_text("Needs a source and a model (learn or load one)");
                if detect.clicked()
                    && let Some(input) = input
                {
                    commands.push(Command::StartWatch {
                        mode: WatchMode::Detect,
                        input,
                    });
                }
            });
        }
        Some(job) => {
            let p = &job.progress;
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(format!(
                    "{}: {} messages, {} objects, {} sources{}",
                    match job.mode {
                        WatchMode::Learn => "Learning",
                        WatchMode::Detect => "Detecting",
                    },
                    p.messages,
                    p.objects,
                    p.sources,
                    p.time
                        .as_ref()
                        .map(|t| format!(", traffic time {t}"))
                        .unwrap_or_default()
                ));
            });
            ui.horizontal(|ui| {
                ui.add(
                    egui::ProgressBar::new(p.fraction.unwrap_or(0.0) as f32)
                        .desired_width(360.0)
                        .show_percentage(),
                );
                ui.label(format!("{:.0} s", job.started.elapsed().as_secs_f32()));
                if job.cancel_requested {
                    ui.label("Stopping…");
                } else if ui.button("Stop").clicked() {
                    commands.push(Command::StopWatch);
                }
            });
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(250));
        }
    }
    if let Some(stats) = &watch.learn_stats {
        ui.label(theme::subdued(format!(
            "Learned from {} messages over {:.0} s: {} objects, {} sources.",
            stats.messages, stats.duration_s, stats.objects, stats.sources
        )));
    }
    if let Some(stats) = &watch.detect_stats {
        ui.label(theme::subdued(format!(
            "Checked {} messages over {:.0} s: {} alerts, {} values of points the model does not know.",
            stats.messages,
            stats.duration_s,
            watch.alerts.len(),
            stats.unknown_points
        )));
    }
}

fn rate_plot(ui: &mut egui::Ui, watch: &WatchState) {
    // The busiest services over the whole run.
    let mut totals: std::collections::BTreeMap<&str, f64> = Default::default();
    for (_, snapshot) in &watch.rates {
        for r in &snapshot.per_service {
            *totals.entry(r.service.as_str()).or_default() += r.per_second;
        }
    }
    let mut busiest: Vec<(&str, f64)> = totals.into_iter().collect();
    busiest.sort_by(|a, b| b.1.total_cmp(&a.1));
    busiest.truncate(PLOTTED_SERVICES);
    Plot::new("rate_plot")
        .height(200.0)
        .legend(Legend::default())
        .x_axis_label("seconds of traffic")
        .allow_scroll(false)
        .show(ui, |plot_ui| {
            for (service, _) in &busiest {
                let points: Vec<[f64; 2]> = watch
                    .rates
                    .iter()
                    .map(|(x, snapshot)| {
                        let y = snapshot
                            .per_service
                            .iter()
                            .find(|r| r.service == *service)
                            .map_or(0.0, |r| r.per_second);
                        [*x, y]
                    })
                    .collect();
                plot_ui.line(Line::new(*service, PlotPoints::from(points)));
            }
        });
}

fn severity(s: WatchSeverity) -> Severity {
    match s {
        WatchSeverity::Critical => Severity::Critical,
        WatchSeverity::High => Severity::High,
        WatchSeverity::Medium => Severity::Medium,
        WatchSeverity::Low => Severity::Low,
        WatchSeverity::Info => Severity::Info,
    }
}

fn alerts_ui(ui: &mut egui::Ui, watch: &WatchState, selected: &mut Option<usize>) {
    if watch.alerts.is_empty() && watch.detect_stats.is_none() && watch.running.is_none() {
        return;
    }
    if watch
        .running
        .as_ref()
        .is_some_and(|j| j.mode == WatchMode::Learn)
        && watch.alerts.is_empty()
    {
        return;
    }
    section(ui, &format!("Alerts ({})", watch.alerts.len()));
    if watch.alerts.is_empty() {
        if watch.running.is_some() {
            ui.label(theme::subdued(
                "No alerts so far: alerts appear here as they are raised.",
            ));
        } else {
            ui.colored_label(TOKENS.ok, "No alerts: the traffic matched the model.");
        }
        *selected = None;
        return;
    }
    if selected.is_some_and(|i| i >= watch.alerts.len()) {
        *selected = None;
    }
    ui.label(theme::subdued(
        "Click an alert to read all of it: what was seen, the learned normal and what to do.",
    ));
    let alerts: &[Alert] = &watch.alerts;
    let height = row_height(ui) + 4.0;
    ui.push_id("alerts_table", |ui| {
        TableBuilder::new(ui)
            .id_salt("alerts_table")
            .striped(true)
            .vscroll(true)
            .max_scroll_height(TABLE_MAX_HEIGHT)
            .auto_shrink([false, true])
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .column(Column::exact(80.0))
            .column(Column::initial(150.0).resizable(true).clip(true))
            .column(Column::initial(80.0).resizable(true).clip(true))
            .column(Column::initial(280.0).resizable(true).clip(true))
            .column(Column::initial(140.0).resizable(true).clip(true))
            .column(Column::remainder().at_least(80.0).clip(true))
            .header(height, |mut header| {
                for title in ["Severity", "Time", "Detector", "What", "Observed", "Normal"] {
                    header.col(|ui| {
                        ui.label(egui::RichText::new(title).strong());
                    });
                }
            })
            .body(|body| {
                body.rows(height, alerts.len(), |mut row| {
                    let Some(a) = alerts.get(row.index()) else {
                        return;
                    };
                    row.col(|ui| {
                        theme::severity_badge(ui, severity(a.severity));
                    });
                    let count = if a.count > 1 {
                        format!(" (×{})", a.count)
                    } else {
                        String::new()
                    };
                    let index = row.index();
                    let is_selected = *selected == Some(index);
                    row.col(|ui| {
                        ui.add(egui::Label::new(a.time.clone()).truncate());
                    });
                    row.col(|ui| {
                        ui.add(egui::Label::new(a.detector.name()).truncate());
                    });
                    row.col(|ui| {
                        let what = ui
                            .add(
                                egui::Button::selectable(
                                    is_selected,
                                    format!("{}{count}", a.summary),
                                )
                                .truncate(),
                            )
                            .on_hover_text("Show the whole alert below");
                        if what.clicked() {
                            *selected = if is_selected { None } else { Some(index) };
                        }
                    });
                    for text in [a.observed.clone(), a.normal.clone()] {
                        row.col(|ui| {
                            ui.add(egui::Label::new(text).truncate());
                        });
                    }
                });
            });
    });
    if let Some(a) = selected.and_then(|i| alerts.get(i)) {
        alert_detail_ui(ui, a);
    }
}

/// The whole text of one alert, wrapped: what happened, what was seen, the learned normal it
/// was held against, and what to do.
fn alert_detail_ui(ui: &mut egui::Ui, a: &Alert) {
    section(ui, "Alert details");
    ui.horizontal(|ui| {
        theme::severity_badge(ui, severity(a.severity));
        ui.label(egui::RichText::new(a.detector.name()).strong());
        if let Some(rule) = &a.rule {
            ui.label(theme::subdued(format!("rule {rule}")));
        }
    });
    ui.add(egui::Label::new(egui::RichText::new(&a.summary).strong()).wrap());
    egui::Grid::new("alert_detail")
        .num_columns(2)
        .spacing([TOKENS.space_m, TOKENS.space_s])
        .show(ui, |ui| {
            let when = if a.count > 1 {
                format!("{} to {} ({} times)", a.time, a.last_time, a.count)
            } else {
                a.time.clone()
            };
            let target = a.target.clone().unwrap_or_else(|| "—".to_owned());
            for (label, text) in [
                ("When", when.as_str()),
                ("From", a.source.as_str()),
                ("To", target.as_str()),
                ("Message", a.service.as_str()),
                ("What was seen", a.observed.as_str()),
                ("Learned normal", a.normal.as_str()),
                ("What to do", a.action.as_str()),
            ] {
                ui.label(egui::RichText::new(label).strong());
                ui.add(egui::Label::new(text).wrap());
                ui.end_row();
            }
        });
}

fn model_ui(
    ui: &mut egui::Ui,
    watch: &WatchState,
    view: &mut WatchView,
    commands: &mut Vec<Command>,
) {
    section(ui, "Model");
    match &watch.model {
        Some(model) => {
            ui.label(format!(
                "{} points, {} message-rate keys, {} hosts; {} ({} messages over {:.0} s).",
                model.points.len(),
                model.rates.len(),
                model.hosts.len(),
                watch.model_origin.as_deref().unwrap_or("learned"),
                model.period.messages,
                model.period.duration_s
            ));
        }
        None => {
            ui.label(theme::subdued(
                "No model yet: learn one or load a saved model.",
            ));
        }
    }
    ui.horizontal(|ui| {
        let label = ui.label("Model file");
        ui.add(
            egui::TextEdit::singleline(&mut view.model_path_text)
                .desired_width(420.0)
                .hint_text("/path/to/model.json"),
        )
        .labelled_by(label.id);
        let path = view.model_path_text.trim();
        if ui
            .add_enabled(
                !path.is_empty() && watch.model.is_some(),
                egui::Button::new("Save model"),
            )
            .clicked()
        {
            commands.push(Command::SaveModel(PathBuf::from(path)));
        }
        if ui
            .add_enabled(
                !path.is_empty() && watch.running.is_none(),
                egui::Button::new("Load model"),
            )
            .clicked()
        {
            commands.push(Command::LoadModel(PathBuf::from(path)));
        }
    });
    let Some(model) = &watch.model else {
        return;
    };
    let ranged: Vec<_> = model.points.iter().filter(|p| p.min.is_some()).collect();
    section(ui, &format!("Learned ranges ({})", ranged.len()));
    let height = row_height(ui);
    let fmt = |v: Option<f64>| v.map(|v| format!("{v:.2}")).unwrap_or_default();
    ui.push_id("ranges_table", |ui| {
        TableBuilder::new(ui)
            .id_salt("ranges_table")
            .striped(true)
            .vscroll(true)
            .max_scroll_height(TABLE_MAX_HEIGHT)
            .auto_shrink([false, true])
            .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
            .column(Column::initial(260.0).resizable(true).clip(true))
            .column(Column::initial(100.0).resizable(true).clip(true))
            .column(Column::initial(80.0))
            .column(Column::initial(80.0))
            .column(Column::initial(150.0))
            .column(Column::remainder().at_least(70.0))
            .header(height + 4.0, |mut header| {
                for title in ["Point", "Class", "Min", "Max", "Allowed", "Samples"] {
                    header.col(|ui| {
                        ui.label(egui::RichText::new(title).strong());
                    });
                }
            })
            .body(|body| {
                body.rows(height, ranged.len(), |mut row| {
                    let Some(p) = ranged.get(row.index()) else {
                        return;
                    };
                    let name = match (&p.name, &p.group, &p.object) {
                        (Some(n), _, _) => n.clone(),
                        (None, Some(g), _) => format!("group {g}"),
                        (None, None, Some(o)) => format!(
                            "{} {o}",
                            p.device_instance
                                .map(|d| format!("device {d}"))
                                .unwrap_or_default()
                        ),
                        _ => String::new(),
                    };
                    let cells = [
                        format!(
                            "{name}{}",
                            p.units
                                .as_ref()
                                .map(|u| format!(" ({u})"))
                                .unwrap_or_default()
                        ),
                        p.class.map(|c| c.name().to_owned()).unwrap_or_default(),
                        fmt(p.min),
                        fmt(p.max),
                        p.allowed
                            .map(|[lo, hi]| format!("{lo:.2} … {hi:.2}"))
                            .unwrap_or_default(),
                        p.samples.to_string(),
                    ];
                    for text in cells {
                        row.col(|ui| {
                            ui.add(egui::Label::new(text).truncate());
                        });
                    }
                });
            });
    });
}
