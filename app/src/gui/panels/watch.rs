//! Learning watch: learn what normal traffic looks like (value ranges, message rates, who talks
//! to whom), then check traffic against it and show alerts as they come. Reading a capture file
//! sends nothing; live listening asks for consent first.

use std::path::PathBuf;

use audit_core::text::{Lang, locale, tr};
use audit_core::watch::{Alert, LearnConfig, RateMetric};
use eframe::egui;
use egui_extras::Column;
use egui_plot::{Legend, Line, Plot, PlotPoints};

use super::{page_header, section};
use crate::gui::command::Command;
use crate::gui::flows::watch::{WatchCommand, WatchFlow, WatchInput, WatchMode, ets_summary};
use crate::gui::state::AppState;
use crate::gui::theme::{self, TOKENS};
use crate::gui::widgets::progress::{JobProgress, job_progress};
use crate::gui::widgets::severity_badge::severity_badge;
use crate::gui::widgets::{shown, table};

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
    /// The typed path of an ETS export (beside the file dialog).
    ets_path_text: String,
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
            ets_path_text: String::new(),
            filled_from: None,
            selected_alert: None,
        }
    }
}

pub fn ui(ui: &mut egui::Ui, state: &AppState, view: &mut WatchView, commands: &mut Vec<Command>) {
    let lang = state.lang;
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
                &tr(lang, "gui-watch-title", &[]),
                &tr(lang, "gui-watch-what", &[]),
            );
            // What is running and what it found first; settings below.
            source_ui(ui, lang, view);
            ets_ui(ui, lang, watch, view, commands);
            run_ui(ui, lang, watch, view, commands);
            if let Some(error) = &watch.error {
                ui.colored_label(TOKENS.error, shown::shown(error));
            }
            alerts_ui(ui, lang, watch, &mut view.selected_alert);
            // One snapshot is a dot, not a rate over time.
            if watch.rates.len() > 1 {
                section(ui, &tr(lang, "gui-watch-rates", &[]));
                rate_plot(ui, lang, watch);
            }
            parameters_ui(ui, lang, &watch.config, watch.running.is_none(), commands);
            model_ui(ui, lang, watch, view, commands);
        });
}

fn source_ui(ui: &mut egui::Ui, lang: Lang, view: &mut WatchView) {
    section(ui, &tr(lang, "gui-watch-source", &[]));
    ui.horizontal(|ui| {
        ui.radio_value(
            &mut view.source,
            SourceChoice::File,
            tr(lang, "gui-watch-source-file", &[]),
        );
        ui.radio_value(
            &mut view.source,
            SourceChoice::Live,
            tr(lang, "gui-watch-source-live", &[]),
        );
    });
    match view.source {
        SourceChoice::File => {
            ui.horizontal(|ui| {
                let label = ui.label(tr(lang, "gui-watch-file-path", &[]));
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
                ui.label(tr(lang, "gui-watch-listen-for", &[]));
                ui.add(egui::DragValue::new(&mut view.live_seconds).range(1..=7 * 24 * 3600));
            });
            ui.label(theme::subdued(tr(lang, "gui-watch-live-what", &[])));
            ui.label(theme::subdued(tr(
                lang,
                "gui-watch-live-capture-permission",
                &[],
            )));
        }
    }
}

/// The audit's ETS group-address export: what is imported, import (dialog or typed path),
/// remove. Learning names and types KNX groups after it.
fn ets_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    watch: &WatchFlow,
    view: &mut WatchView,
    commands: &mut Vec<Command>,
) {
    section(ui, &tr(lang, "gui-watch-ets", &[]));
    ui.label(theme::subdued(tr(lang, "gui-watch-ets-what", &[])));
    match &watch.ets {
        Some(table) => {
            ui.horizontal(|ui| {
                // The file name and counts come from the export (or a saved audit).
                ui.label(shown::string(&ets_summary(lang, table)));
                if ui
                    .add_enabled(
                        watch.running.is_none(),
                        egui::Button::new(tr(lang, "gui-watch-ets-remove", &[])),
                    )
                    .clicked()
                {
                    commands.push(Command::Watch(WatchCommand::RemoveEts));
                }
            });
            // An export imported after learning: detection names the groups after it at once
            // (`Baseline::apply_project`), but a learned range keeps the type it was decoded
            // with until the model is learned again.
            if watch
                .model
                .as_ref()
                .is_some_and(|m| m.knx_project.as_ref() != Some(&**table))
            {
                ui.label(theme::subdued(tr(
                    lang,
                    "gui-watch-ets-after-learning",
                    &[],
                )));
            }
        }
        None => {
            ui.label(tr(lang, "gui-watch-ets-none", &[]));
        }
    }
    ui.add_enabled_ui(watch.running.is_none(), |ui| {
        ui.horizontal(|ui| {
            if ui
                .button(tr(lang, "gui-watch-ets-pick", &[]))
                .on_hover_text(tr(lang, "gui-watch-ets-pick-hint", &[]))
                .clicked()
            {
                commands.push(Command::Watch(WatchCommand::PickEts));
            }
            let label = ui.label(tr(lang, "gui-watch-ets-path", &[]));
            ui.add(
                egui::TextEdit::singleline(&mut view.ets_path_text)
                    .desired_width(360.0)
                    .hint_text("/path/to/group-addresses.csv"),
            )
            .labelled_by(label.id);
            let path = view.ets_path_text.trim();
            if ui
                .add_enabled(
                    !path.is_empty(),
                    egui::Button::new(tr(lang, "gui-watch-ets-import", &[])),
                )
                .clicked()
            {
                commands.push(Command::Watch(WatchCommand::ImportEts(PathBuf::from(path))));
            }
        });
    });
    if let Some(error) = &watch.ets_error {
        ui.colored_label(TOKENS.error, shown::shown(error));
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
    lang: Lang,
    config: &LearnConfig,
    editable: bool,
    commands: &mut Vec<Command>,
) {
    section(ui, &tr(lang, "gui-watch-parameters", &[]));
    let mut edited = config.clone();
    let mut changed = false;
    ui.add_enabled_ui(editable, |ui| {
        egui::Grid::new("watch_parameters")
            .num_columns(3)
            .spacing([TOKENS.space_m, TOKENS.space_s])
            .show(ui, |ui| {
                changed |= parameter_row(
                    ui,
                    &tr(lang, "gui-watch-interval", &[]),
                    &tr(lang, "gui-watch-interval-what", &[]),
                    |ui| ui.add(egui::DragValue::new(&mut edited.interval_s).range(1..=86_400)),
                );
                changed |= parameter_row(
                    ui,
                    &tr(lang, "gui-watch-tolerance-setpoint", &[]),
                    &tr(lang, "gui-watch-tolerance-setpoint-what", &[]),
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
                    &tr(lang, "gui-watch-tolerance-sensor", &[]),
                    &tr(lang, "gui-watch-tolerance-sensor-what", &[]),
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
                    &tr(lang, "gui-watch-metric", &[]),
                    &tr(lang, "gui-watch-metric-what", &[]),
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
                    &tr(lang, "gui-watch-cutoff", &[]),
                    &tr(lang, "gui-watch-cutoff-what", &[]),
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
            if ui.small_button(tr(lang, "gui-watch-reset", &[])).clicked() {
                commands.push(Command::Watch(WatchCommand::SetConfig(
                    LearnConfig::default(),
                )));
            }
        } else {
            ui.label(theme::subdued(tr(lang, "gui-watch-defaults", &[])));
        }
    });
    if changed {
        commands.push(Command::Watch(WatchCommand::SetConfig(edited)));
    }
}

fn run_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    watch: &WatchFlow,
    view: &WatchView,
    commands: &mut Vec<Command>,
) {
    section(ui, &tr(lang, "gui-watch-run", &[]));
    match &watch.running {
        None => {
            let input = input(view);
            ui.horizontal(|ui| {
                let learn = ui
                    .add_enabled(
                        input.is_some(),
                        theme::primary_button(&tr(lang, "gui-watch-learn", &[])),
                    )
                    .on_hover_text(tr(lang, "gui-watch-learn-hint", &[]));
                if learn.clicked()
                    && let Some(input) = &input
                {
                    commands.push(Command::Watch(WatchCommand::Start {
                        mode: WatchMode::Learn,
                        input: input.clone(),
                    }));
                }
                let detect = ui
                    .add_enabled(
                        input.is_some() && watch.model.is_some(),
                        egui::Button::new(tr(lang, "gui-watch-detect", &[])),
                    )
                    .on_hover_text(tr(lang, "gui-watch-detect-hint", &[]))
                    .on_disabled_hover_text(tr(lang, "gui-watch-detect-disabled", &[]));
                if detect.clicked()
                    && let Some(input) = input
                {
                    commands.push(Command::Watch(WatchCommand::Start {
                        mode: WatchMode::Detect,
                        input,
                    }));
                }
            });
        }
        Some(job) => {
            let p = &job.progress;
            ui.horizontal(|ui| {
                ui.spinner();
                let time = p
                    .time
                    .as_ref()
                    .map(|t| tr(lang, "gui-watch-traffic-time", &[("time", t.into())]))
                    .unwrap_or_default();
                let args = [
                    ("messages", p.messages.into()),
                    ("objects", p.objects.into()),
                    ("sources", p.sources.into()),
                    ("time", time.into()),
                ];
                ui.label(match job.mode {
                    WatchMode::Learn => tr(lang, "gui-watch-running-learn", &args),
                    WatchMode::Detect => tr(lang, "gui-watch-running-detect", &args),
                });
            });
            let seconds = format!("{:.0}", job.started.elapsed().as_secs_f32());
            let progress = JobProgress {
                fraction: p.fraction.unwrap_or(0.0) as f32,
                beside: Some(tr(
                    lang,
                    "gui-watch-elapsed",
                    &[("seconds", seconds.into())],
                )),
                cancel_requested: job.cancel_requested,
                cancel: &tr(lang, "gui-watch-stop", &[]),
                cancelling: &tr(lang, "gui-watch-stopping", &[]),
            };
            if job_progress(ui, &progress) {
                commands.push(Command::Watch(WatchCommand::Stop));
            }
        }
    }
    if let Some(stats) = &watch.learn_stats {
        ui.label(theme::subdued(tr(
            lang,
            "gui-watch-learned-stats",
            &[
                ("messages", stats.messages.into()),
                ("seconds", format!("{:.0}", stats.duration_s).into()),
                ("objects", stats.objects.into()),
                ("sources", stats.sources.into()),
            ],
        )));
    }
    if let Some(stats) = &watch.detect_stats {
        ui.label(theme::subdued(tr(
            lang,
            "gui-watch-detect-stats",
            &[
                ("messages", stats.messages.into()),
                ("seconds", format!("{:.0}", stats.duration_s).into()),
                ("alerts", watch.alerts.len().into()),
                ("unknown", stats.unknown_points.into()),
            ],
        )));
    }
}

fn rate_plot(ui: &mut egui::Ui, lang: Lang, watch: &WatchFlow) {
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
        .x_axis_label(tr(lang, "gui-watch-rates-axis", &[]))
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
                plot_ui.line(Line::new(shown::string(service), PlotPoints::from(points)));
            }
        });
}

/// An alert's time (nanoseconds since the epoch, UTC) in this computer's local time to the
/// second, as the Log shows times.
pub fn local_time(ns: i64) -> String {
    chrono::DateTime::from_timestamp_nanos(ns)
        .with_timezone(&chrono::Local)
        .format("%Y-%m-%d %H:%M:%S")
        .to_string()
}

fn alerts_ui(ui: &mut egui::Ui, lang: Lang, watch: &WatchFlow, selected: &mut Option<usize>) {
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
    section(
        ui,
        &tr(
            lang,
            "gui-watch-alerts",
            &[("count", watch.alerts.len().into())],
        ),
    );
    if watch.alerts.is_empty() {
        if watch.running.is_some() {
            ui.label(theme::subdued(tr(lang, "gui-watch-no-alerts-yet", &[])));
        } else {
            ui.colored_label(TOKENS.ok, tr(lang, "gui-watch-no-alerts", &[]));
        }
        *selected = None;
        return;
    }
    if selected.is_some_and(|i| i >= watch.alerts.len()) {
        *selected = None;
    }
    ui.label(theme::subdued(tr(lang, "gui-watch-click-alert", &[])));
    let alerts: &[Alert] = &watch.alerts;
    let height = table::row_height(ui) + 4.0;
    table::show(ui, "alerts_table", |t| {
        t.column(Column::exact(80.0))
            .column(Column::initial(150.0).resizable(true).clip(true))
            .column(Column::initial(80.0).resizable(true).clip(true))
            .column(Column::initial(280.0).resizable(true).clip(true))
            .column(Column::initial(140.0).resizable(true).clip(true))
            .column(Column::remainder().at_least(80.0).clip(true))
            .header(height, |mut header| {
                table::titles(
                    &mut header,
                    &[
                        &tr(lang, "gui-watch-col-severity", &[]),
                        &tr(lang, "gui-watch-col-time", &[]),
                        &tr(lang, "gui-watch-col-detector", &[]),
                        &tr(lang, "gui-watch-col-what", &[]),
                        &tr(lang, "gui-watch-col-observed", &[]),
                        &tr(lang, "gui-watch-col-normal", &[]),
                    ],
                );
            })
            .body(|body| {
                body.rows(height, alerts.len(), |mut row| {
                    let Some(a) = alerts.get(row.index()) else {
                        return;
                    };
                    row.col(|ui| {
                        severity_badge(ui, lang, a.severity);
                    });
                    // Alert texts name points, groups and devices from the traffic.
                    let what = shown::string(&if a.count > 1 {
                        tr(
                            lang,
                            "gui-watch-repeated",
                            &[
                                ("summary", a.summary.render(lang).into()),
                                ("count", a.count.into()),
                            ],
                        )
                    } else {
                        a.summary.render(lang)
                    });
                    let index = row.index();
                    let is_selected = *selected == Some(index);
                    row.col(|ui| {
                        ui.add(egui::Label::new(local_time(a.time_ns)).truncate())
                            .on_hover_text(&a.time);
                    });
                    row.col(|ui| {
                        ui.add(egui::Label::new(a.detector.words(lang)).truncate());
                    });
                    row.col(|ui| {
                        let what = ui
                            .add(egui::Button::selectable(is_selected, what).truncate())
                            .on_hover_text(tr(lang, "gui-watch-show-alert", &[]));
                        if what.clicked() {
                            *selected = if is_selected { None } else { Some(index) };
                        }
                    });
                    for text in [shown::text(&a.observed, lang), shown::text(&a.normal, lang)] {
                        row.col(|ui| {
                            ui.add(egui::Label::new(text).truncate());
                        });
                    }
                });
            });
    });
    if let Some(a) = selected.and_then(|i| alerts.get(i)) {
        alert_detail_ui(ui, lang, a);
    }
}

/// The whole text of one alert, wrapped: what happened, what was seen, the learned normal it
/// was held against, and what to do.
fn alert_detail_ui(ui: &mut egui::Ui, lang: Lang, a: &Alert) {
    section(ui, &tr(lang, "gui-watch-alert-details", &[]));
    ui.horizontal(|ui| {
        severity_badge(ui, lang, a.severity);
        ui.label(egui::RichText::new(a.detector.words(lang)).strong());
        if let Some(rule) = &a.rule {
            ui.label(theme::subdued(tr(
                lang,
                "gui-watch-rule",
                &[("rule", shown::string(rule).into())],
            )));
        }
    });
    ui.add(egui::Label::new(egui::RichText::new(shown::text(&a.summary, lang)).strong()).wrap());
    egui::Grid::new("alert_detail")
        .num_columns(2)
        .spacing([TOKENS.space_m, TOKENS.space_s])
        .show(ui, |ui| {
            let when = if a.count > 1 {
                tr(
                    lang,
                    "gui-watch-when-repeated",
                    &[
                        ("first", local_time(a.time_ns).into()),
                        ("last", local_time(a.last_time_ns).into()),
                        ("count", a.count.into()),
                    ],
                )
            } else {
                local_time(a.time_ns)
            };
            let target = a
                .target
                .as_ref()
                .map_or_else(|| "—".to_owned(), |t| t.render(lang));
            let (observed, normal, action) = (
                a.observed.render(lang),
                a.normal.render(lang),
                a.action.render(lang),
            );
            for (label, text) in [
                (tr(lang, "gui-watch-when", &[]), when.as_str()),
                (tr(lang, "gui-watch-from", &[]), a.source.as_str()),
                (tr(lang, "gui-watch-to", &[]), target.as_str()),
                (tr(lang, "gui-watch-message", &[]), a.service.as_str()),
                (tr(lang, "gui-watch-seen", &[]), observed.as_str()),
                (tr(lang, "gui-watch-normal", &[]), normal.as_str()),
                (tr(lang, "gui-watch-action", &[]), action.as_str()),
            ] {
                // Addresses, services and texts from the traffic (or a saved audit).
                ui.label(egui::RichText::new(label).strong());
                ui.add(egui::Label::new(shown::shown_lines(text)).wrap());
                ui.end_row();
            }
        });
}

fn model_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    watch: &WatchFlow,
    view: &mut WatchView,
    commands: &mut Vec<Command>,
) {
    section(ui, &tr(lang, "gui-watch-model", &[]));
    match &watch.model {
        Some(model) => {
            let origin = watch
                .model_origin
                .clone()
                .unwrap_or_else(|| tr(lang, "gui-watch-origin-learned", &[]));
            ui.label(tr(
                lang,
                "gui-watch-model-line",
                &[
                    ("points", model.points.len().into()),
                    ("rates", model.rates.len().into()),
                    ("hosts", model.hosts.len().into()),
                    ("origin", shown::string(&origin).into()),
                    ("messages", model.period.messages.into()),
                    ("seconds", format!("{:.0}", model.period.duration_s).into()),
                ],
            ));
        }
        None => {
            ui.label(theme::subdued(tr(lang, "gui-watch-no-model", &[])));
        }
    }
    ui.horizontal(|ui| {
        let label = ui.label(tr(lang, "gui-watch-model-file", &[]));
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
                egui::Button::new(tr(lang, "gui-watch-save-model", &[])),
            )
            .clicked()
        {
            commands.push(Command::Watch(WatchCommand::SaveModel(PathBuf::from(path))));
        }
        if ui
            .add_enabled(
                !path.is_empty() && watch.running.is_none(),
                egui::Button::new(tr(lang, "gui-watch-load-model", &[])),
            )
            .clicked()
        {
            commands.push(Command::Watch(WatchCommand::LoadModel(PathBuf::from(path))));
        }
    });
    let Some(model) = &watch.model else {
        return;
    };
    let ranged: Vec<_> = model.points.iter().filter(|p| p.min.is_some()).collect();
    section(
        ui,
        &tr(lang, "gui-watch-ranges", &[("count", ranged.len().into())]),
    );
    let height = table::row_height(ui);
    // Decimals with the language's mark (21,36 in German and Dutch).
    let dec = |v: f64| locale::decimal(lang, v, 2);
    let fmt = |v: Option<f64>| v.map(dec).unwrap_or_default();
    table::show(ui, "ranges_table", |t| {
        t.column(Column::initial(260.0).resizable(true).clip(true))
            .column(Column::initial(100.0).resizable(true).clip(true))
            .column(Column::initial(80.0))
            .column(Column::initial(80.0))
            .column(Column::initial(150.0))
            .column(Column::remainder().at_least(70.0))
            .header(height + 4.0, |mut header| {
                table::titles(
                    &mut header,
                    &[
                        &tr(lang, "gui-watch-col-point", &[]),
                        &tr(lang, "gui-watch-col-class", &[]),
                        &tr(lang, "gui-watch-col-min", &[]),
                        &tr(lang, "gui-watch-col-max", &[]),
                        &tr(lang, "gui-watch-col-allowed", &[]),
                        &tr(lang, "gui-watch-col-samples", &[]),
                    ],
                );
            })
            .body(|body| {
                body.rows(height, ranged.len(), |mut row| {
                    let Some(p) = ranged.get(row.index()) else {
                        return;
                    };
                    let name = match (&p.name, &p.group, &p.object) {
                        (Some(n), _, _) => n.clone(),
                        (None, Some(g), _) => {
                            tr(lang, "gui-watch-point-group", &[("group", g.into())])
                        }
                        (None, None, Some(o)) => format!(
                            "{} {o}",
                            p.device_instance
                                .map(|d| {
                                    tr(lang, "gui-watch-point-device", &[("device", d.into())])
                                })
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
                            .map(|[lo, hi]| format!("{} … {}", dec(lo), dec(hi)))
                            .unwrap_or_default(),
                        p.samples.to_string(),
                    ];
                    // Point names and units come from the ETS export or the traffic.
                    for text in cells {
                        row.col(|ui| {
                            ui.add(egui::Label::new(shown::shown(&text)).truncate());
                        });
                    }
                });
            });
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alert_times_are_local_to_the_second() {
        // 2024-03-01T12:34:56.789012345Z
        let ns = 1_709_296_496_789_012_345;
        let shown = local_time(ns);
        let expected = chrono::DateTime::from_timestamp(1_709_296_496, 0)
            .unwrap()
            .with_timezone(&chrono::Local)
            .format("%Y-%m-%d %H:%M:%S")
            .to_string();
        assert_eq!(shown, expected);
        assert_eq!(shown.len(), 19, "{shown}");
        assert!(!shown.contains('T') && !shown.contains('.'), "{shown}");
    }
}
