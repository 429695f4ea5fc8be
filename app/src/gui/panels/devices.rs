//! Devices: discovery of BACnet/IP devices and KNXnet/IP gateways in the scope. The only screen
//! that sends, and only after the consent dialog: the "Discover" button asks, it does not send.

use audit_core::discovery::DiscoveryResult;
use audit_core::inventory::{Device, Gateway};
use audit_core::text::{Lang, tr};
use eframe::egui;
use egui_extras::Column;

use super::{page_header, section, user_scope_line};
use crate::gui::command::Command;
use crate::gui::flows::discovery::{DeviceKey, DiscoveryCommand, DiscoveryFlow};
use crate::gui::state::AppState;
use crate::gui::theme::{self, TOKENS};
use crate::gui::widgets::progress::{JobProgress, job_progress};
use crate::gui::widgets::{shown, table};

/// One line of the devices table, from the live events or from the finished result. Every
/// cell is device-supplied or built around device text: [`Row::shown`] escapes them all.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Row {
    key: DeviceKey,
    protocol: &'static str,
    address: String,
    id: String,
    vendor: String,
    model: String,
    firmware: String,
    objects: String,
    flags: String,
}

pub fn ui(ui: &mut egui::Ui, state: &AppState, commands: &mut Vec<Command>) {
    let lang = state.lang;
    let detail = state.discovery.selected.is_some()
        && state.discovery.result.is_some()
        && state.discovery.running.is_none();
    if detail {
        // Above the scrolling page, so the way back stays in view however far one scrolls.
        ui.horizontal(|ui| {
            ui.heading(tr(lang, "gui-devices-details", &[]));
            if ui.button(tr(lang, "gui-devices-back", &[])).clicked() {
                commands.push(Command::Discovery(DiscoveryCommand::Select(None)));
            }
        });
        ui.separator();
    }
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            page_header(
                ui,
                &tr(lang, "gui-devices-title", &[]),
                &tr(lang, "gui-devices-what", &[]),
            );
            scope_ui(ui, state);
            job_ui(ui, lang, &state.discovery, commands);
            if let Some(result) = &state.discovery.result
                && state.discovery.running.is_none()
            {
                diagnosis_ui(ui, lang, result);
            }
            // A selected device replaces the list, so its details are in view at once.
            if let (Some(key), Some(result)) = (&state.discovery.selected, &state.discovery.result)
                && state.discovery.running.is_none()
            {
                ui.separator();
                detail_ui(ui, lang, key, result);
                return;
            }
            let rows = rows(lang, &state.discovery);
            section(
                ui,
                &tr(lang, "gui-devices-found", &[("count", rows.len().into())]),
            );
            if rows.is_empty() {
                ui.label(theme::subdued(tr(lang, "gui-devices-nothing-yet", &[])));
            } else {
                table_ui(ui, lang, &rows, state.discovery.selected.as_ref(), commands);
            }
        });
}

impl Row {
    /// The row with every cell made safe to show ([`shown`]): the one place this table's
    /// device text passes.
    fn shown(self) -> Row {
        let s = |t: String| shown::string(&t);
        Row {
            address: s(self.address),
            id: s(self.id),
            vendor: s(self.vendor),
            model: s(self.model),
            firmware: s(self.firmware),
            objects: s(self.objects),
            flags: s(self.flags),
            ..self
        }
    }
}

fn scope_ui(ui: &mut egui::Ui, state: &AppState) {
    let lang = state.lang;
    if let Some(scope) = &state.demo_scope {
        ui.label(tr(
            lang,
            "gui-devices-demo-scope",
            &[
                ("bacnet_port", scope.bacnet_port.into()),
                ("knx_port", scope.knx_port.into()),
            ],
        ));
        ui.collapsing(tr(lang, "gui-devices-demo-contents", &[]), |ui| {
            for line in &state.demo_description {
                ui.label(format!("• {}", line.render(lang)));
            }
        });
    } else if let Some(session) = &state.session {
        ui.label(user_scope_line(lang, &session.scope));
    }
}

fn job_ui(ui: &mut egui::Ui, lang: Lang, discovery: &DiscoveryFlow, commands: &mut Vec<Command>) {
    ui.add_space(TOKENS.space_s);
    match &discovery.running {
        None => {
            ui.horizontal(|ui| {
                if ui
                    .add(theme::primary_button(&tr(
                        lang,
                        "gui-devices-discover",
                        &[],
                    )))
                    .on_hover_text(tr(lang, "gui-job-asks-hint", &[]))
                    .clicked()
                {
                    commands.push(Command::Discovery(DiscoveryCommand::Request));
                }
                ui.label(theme::subdued(tr(lang, "gui-job-asks", &[])));
            });
        }
        Some(job) => {
            let fraction = if job.estimated_packets > 0 {
                (job.packets_sent as f32 / job.estimated_packets as f32).min(1.0)
            } else {
                0.0
            };
            ui.horizontal(|ui| {
                ui.spinner();
                let seconds = format!("{:.0}", job.started.elapsed().as_secs_f32());
                ui.label(tr(
                    lang,
                    "gui-devices-running",
                    &[
                        ("phase", (&job.phase).into()),
                        ("sent", job.packets_sent.into()),
                        ("estimate", job.estimated_packets.into()),
                        ("seconds", seconds.into()),
                    ],
                ));
            });
            let progress = JobProgress {
                fraction,
                beside: None,
                cancel_requested: job.cancel_requested,
                cancel: &tr(lang, "gui-devices-cancel", &[]),
                cancelling: &tr(lang, "gui-job-cancelling", &[]),
            };
            if job_progress(ui, &progress) {
                commands.push(Command::Discovery(DiscoveryCommand::Cancel));
            }
        }
    }
    if let Some(error) = &discovery.error {
        ui.colored_label(TOKENS.error, shown::shown(error));
    }
    if let Some(result) = &discovery.result
        && discovery.running.is_none()
    {
        let outcome = match result.stopped.as_deref() {
            Some("cancelled") => tr(lang, "gui-devices-outcome-cancelled", &[]),
            Some(reason) => tr(
                lang,
                "gui-devices-outcome-stopped",
                &[("reason", shown::string(reason).into())],
            ),
            None => tr(lang, "gui-devices-outcome-finished", &[]),
        };
        ui.label(theme::subdued(tr(
            lang,
            "gui-devices-last",
            &[
                ("outcome", outcome.into()),
                ("sent", result.packets_sent.into()),
                ("received", result.packets_received.into()),
                ("seconds", format!("{:.1}", result.elapsed_s).into()),
                ("estimate", result.estimated_packets.into()),
            ],
        )));
    }
}

/// "Why nothing was found", in plain words, when little or nothing answered.
fn diagnosis_ui(ui: &mut egui::Ui, lang: Lang, result: &DiscoveryResult) {
    let diagnosis = &result.diagnosis;
    let found = result.inventory.bacnet.devices.len() + result.inventory.knx.gateways.len();
    if !diagnosis.little_found && found > 0 {
        return;
    }
    ui.add_space(TOKENS.space_s);
    theme::card_frame().show(ui, |ui| {
        ui.label(
            egui::RichText::new(if found == 0 {
                tr(lang, "gui-devices-why-nothing", &[])
            } else {
                tr(lang, "gui-devices-why-little", &[])
            })
            .strong()
            .color(TOKENS.warn),
        );
        ui.label(shown::text_lines(&diagnosis.summary, lang));
        for item in &diagnosis.items {
            ui.add_space(TOKENS.space_xs);
            ui.label(egui::RichText::new(shown::text(&item.title, lang)).strong());
            ui.label(theme::subdued(shown::text_lines(&item.evidence, lang)));
            for step in &item.next_steps {
                ui.label(format!("→ {}", shown::text(step, lang)));
            }
        }
    });
}

fn rows(lang: Lang, discovery: &DiscoveryFlow) -> Vec<Row> {
    all_rows(lang, discovery)
        .into_iter()
        .map(Row::shown)
        .collect()
}

fn all_rows(lang: Lang, discovery: &DiscoveryFlow) -> Vec<Row> {
    match (&discovery.running, &discovery.result) {
        (Some(job), _) => job
            .rows
            .iter()
            .map(|r| Row {
                key: if r.protocol == "BACnet" {
                    DeviceKey::Bacnet {
                        instance: r.id.parse().unwrap_or_default(),
                        address: r.address.clone(),
                    }
                } else {
                    DeviceKey::Knx {
                        address: r.address.clone(),
                    }
                },
                protocol: r.protocol,
                address: r.address.clone(),
                id: r.id.clone(),
                vendor: String::new(),
                model: String::new(),
                firmware: String::new(),
                objects: String::new(),
                flags: [
                    r.network
                        .map(|n| tr(lang, "gui-devices-flag-network", &[("network", n.into())])),
                    (!r.interrogated).then(|| tr(lang, "gui-devices-flag-reading", &[])),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", "),
            })
            .collect(),
        (None, Some(result)) => result_rows(lang, result),
        (None, None) => Vec::new(),
    }
}

fn device_flags(lang: Lang, d: &Device, result: &DiscoveryResult) -> Vec<String> {
    let bacnet = &result.inventory.bacnet;
    let mut flags = Vec::new();
    if bacnet
        .duplicate_instances
        .iter()
        .any(|x| x.device_instance == d.device_instance)
    {
        flags.push(tr(lang, "gui-devices-flag-duplicate", &[]));
    }
    if d.routed {
        flags.push(match d.network {
            Some(n) => tr(
                lang,
                "gui-devices-flag-routed-network",
                &[("network", n.into())],
            ),
            None => tr(lang, "gui-devices-flag-routed", &[]),
        });
    }
    if bacnet.bbmds.iter().any(|b| b.address == d.address) {
        flags.push(tr(lang, "gui-devices-flag-bbmd", &[]));
    }
    if bacnet.routers.iter().any(|r| r.address == d.address) && !d.routed {
        flags.push(tr(lang, "gui-devices-flag-router", &[]));
    }
    if d.network_ports.iter().any(|p| {
        p.network_type_name
            .as_deref()
            .is_some_and(|n| n.contains("secure"))
    }) || d.network_ports.iter().any(|p| p.network_type == Some(11))
    {
        flags.push(tr(lang, "gui-devices-flag-sc", &[]));
    }
    if bacnet
        .shared_addresses
        .iter()
        .any(|s| s.address == d.address && s.device_instances.len() > 1)
        && !d.routed
    {
        flags.push(tr(lang, "gui-devices-flag-shared", &[]));
    }
    flags.extend(d.flags.iter().cloned());
    flags
}

fn gateway_flags(lang: Lang, g: &Gateway) -> Vec<String> {
    let mut flags = Vec::new();
    if g.secure_supported {
        flags.push(tr(lang, "gui-devices-flag-secure", &[]));
    }
    if g.tunnelling_requires_secure == Some(false) || g.routing_requires_secure == Some(false) {
        flags.push(tr(lang, "gui-devices-flag-plain-allowed", &[]));
    }
    if g.programming_mode {
        flags.push(tr(lang, "gui-devices-flag-programming", &[]));
    }
    if !g.disagreements.is_empty() {
        flags.push(tr(lang, "gui-devices-flag-disagree", &[]));
    }
    flags
}

fn result_rows(lang: Lang, result: &DiscoveryResult) -> Vec<Row> {
    let mut rows: Vec<Row> = result
        .inventory
        .bacnet
        .devices
        .iter()
        .map(|d| Row {
            key: DeviceKey::Bacnet {
                instance: d.device_instance,
                address: d.address.clone(),
            },
            protocol: "BACnet",
            address: d.address.clone(),
            id: d.device_instance.to_string(),
            vendor: d.vendor_name.clone().unwrap_or_else(|| {
                tr(lang, "gui-devices-vendor-id", &[("id", d.vendor_id.into())])
            }),
            model: d.model_name.clone().unwrap_or_default(),
            firmware: d.firmware_revision.clone().unwrap_or_default(),
            objects: d
                .object_count
                .map_or_else(|| d.objects.len().to_string(), |n| n.to_string()),
            flags: device_flags(lang, d, result).join(", "),
        })
        .collect();
    rows.extend(result.inventory.knx.gateways.iter().map(|g| {
        Row {
            key: DeviceKey::Knx {
                address: g.address.clone(),
            },
            protocol: "KNXnet/IP",
            address: g.address.clone(),
            id: g.individual_address.clone(),
            vendor: g
                .manufacturer_id
                .map(|m| tr(lang, "gui-devices-manufacturer", &[("id", m.into())]))
                .unwrap_or_default(),
            model: g.name.clone(),
            firmware: g
                .core_version
                .map(|v| tr(lang, "gui-devices-core-version", &[("version", v.into())]))
                .unwrap_or_default(),
            objects: String::new(),
            flags: gateway_flags(lang, g).join(", "),
        }
    }));
    rows
}

fn table_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    rows: &[Row],
    selected: Option<&DeviceKey>,
    commands: &mut Vec<Command>,
) {
    let height = table::row_height(ui);
    let titles = [
        tr(lang, "gui-devices-col-protocol", &[]),
        tr(lang, "gui-devices-col-address", &[]),
        tr(lang, "gui-devices-col-id", &[]),
        tr(lang, "gui-devices-col-vendor", &[]),
        tr(lang, "gui-devices-col-model", &[]),
        tr(lang, "gui-devices-col-firmware", &[]),
        tr(lang, "gui-devices-col-objects", &[]),
        tr(lang, "gui-devices-col-flags", &[]),
    ];
    table::show(ui, "devices_table", |t| {
        t.sense(egui::Sense::click())
            .column(Column::exact(80.0))
            .column(Column::initial(130.0).resizable(true))
            .column(Column::initial(100.0).resizable(true).clip(true))
            .column(Column::initial(120.0).resizable(true).clip(true))
            .column(Column::initial(120.0).resizable(true).clip(true))
            .column(Column::initial(70.0).resizable(true).clip(true))
            .column(Column::exact(60.0))
            .column(Column::remainder().at_least(100.0).clip(true))
            .header(height + 4.0, |mut header| {
                // Narrow columns: long titles are cut, with the whole title on hover.
                for title in &titles {
                    header.col(|ui| {
                        ui.add(egui::Label::new(egui::RichText::new(title).strong()).truncate());
                    });
                }
            })
            .body(|body| {
                body.rows(height, rows.len(), |mut row| {
                    let Some(r) = rows.get(row.index()) else {
                        return;
                    };
                    row.set_selected(selected == Some(&r.key));
                    for text in [
                        r.protocol,
                        &r.address,
                        &r.id,
                        &r.vendor,
                        &r.model,
                        &r.firmware,
                        &r.objects,
                        &r.flags,
                    ] {
                        row.col(|ui| {
                            ui.add(egui::Label::new(text).truncate().selectable(false));
                        });
                    }
                    if row.response().clicked() {
                        commands.push(Command::Discovery(DiscoveryCommand::Select(Some(
                            r.key.clone(),
                        ))));
                    }
                });
            });
    });
    ui.label(theme::subdued(tr(lang, "gui-devices-click-row", &[])));
}

fn detail_ui(ui: &mut egui::Ui, lang: Lang, key: &DeviceKey, result: &DiscoveryResult) {
    match key {
        DeviceKey::Bacnet { instance, address } => {
            let device = result
                .inventory
                .bacnet
                .devices
                .iter()
                .find(|d| d.device_instance == *instance && d.address == *address);
            match device {
                Some(d) => bacnet_detail(ui, lang, d, result),
                None => {
                    ui.label(tr(lang, "gui-devices-device-gone", &[]));
                }
            }
        }
        DeviceKey::Knx { address } => {
            match result
                .inventory
                .knx
                .gateways
                .iter()
                .find(|g| g.address == *address)
            {
                Some(g) => knx_detail(ui, lang, g),
                None => {
                    ui.label(tr(lang, "gui-devices-gateway-gone", &[]));
                }
            }
        }
    }
}

/// Name and value per row; empty values are left out.
fn properties_grid(ui: &mut egui::Ui, id: &str, props: &[(String, String)]) {
    egui::Grid::new(id)
        .num_columns(2)
        .striped(true)
        .spacing([TOKENS.space_m, TOKENS.space_xs])
        .show(ui, |ui| {
            for (name, value) in props {
                if value.is_empty() {
                    continue;
                }
                // Every value is device-supplied or built around device text.
                ui.label(theme::subdued(name));
                ui.add(egui::Label::new(shown::shown(value)).wrap());
                ui.end_row();
            }
        });
}

fn opt<T: ToString>(v: Option<&T>) -> String {
    v.map(ToString::to_string).unwrap_or_default()
}

fn bacnet_detail(ui: &mut egui::Ui, lang: Lang, d: &Device, result: &DiscoveryResult) {
    let name = d.object_name.clone().unwrap_or_default();
    ui.label(
        egui::RichText::new(tr(
            lang,
            "gui-devices-bacnet-heading",
            &[
                ("instance", d.device_instance.into()),
                ("name", shown::string(&name).into()),
            ],
        ))
        .strong(),
    );
    let vendor = tr(
        lang,
        "gui-devices-vendor",
        &[
            (
                "name",
                d.vendor_name
                    .clone()
                    .unwrap_or_else(|| tr(lang, "gui-devices-vendor-unknown", &[]))
                    .into(),
            ),
            ("id", d.vendor_id.into()),
        ],
    );
    let props = [
        (tr(lang, "gui-devices-prop-address", &[]), d.address.clone()),
        (
            tr(lang, "gui-devices-prop-network", &[]),
            opt(d.network.as_ref()),
        ),
        (tr(lang, "gui-devices-prop-mac", &[]), opt(d.mac.as_ref())),
        (tr(lang, "gui-devices-prop-vendor", &[]), vendor),
        (
            tr(lang, "gui-devices-prop-model", &[]),
            opt(d.model_name.as_ref()),
        ),
        (
            tr(lang, "gui-devices-prop-firmware", &[]),
            opt(d.firmware_revision.as_ref()),
        ),
        (
            tr(lang, "gui-devices-prop-software", &[]),
            opt(d.application_software_version.as_ref()),
        ),
        (
            tr(lang, "gui-devices-prop-description", &[]),
            opt(d.description.as_ref()),
        ),
        (
            tr(lang, "gui-devices-prop-location", &[]),
            opt(d.location.as_ref()),
        ),
        (
            tr(lang, "gui-devices-prop-protocol", &[]),
            match (d.protocol_version, d.protocol_revision) {
                (Some(v), Some(r)) => format!("{v} / {r}"),
                _ => String::new(),
            },
        ),
        (
            tr(lang, "gui-devices-prop-max-apdu", &[]),
            d.max_apdu.to_string(),
        ),
        (
            tr(lang, "gui-devices-prop-segmentation", &[]),
            d.segmentation.clone(),
        ),
        (
            tr(lang, "gui-devices-prop-database", &[]),
            opt(d.database_revision.as_ref()),
        ),
        (
            tr(lang, "gui-devices-prop-services", &[]),
            d.services_supported.join(", "),
        ),
        (
            tr(lang, "gui-devices-prop-object-types", &[]),
            d.object_types_supported.join(", "),
        ),
        (
            tr(lang, "gui-devices-prop-objects", &[]),
            opt(d.object_count.as_ref()),
        ),
        (
            tr(lang, "gui-devices-prop-read-with", &[]),
            d.read_method.clone(),
        ),
        (
            tr(lang, "gui-devices-prop-fallbacks", &[]),
            d.fallbacks.join(", "),
        ),
        (
            tr(lang, "gui-devices-prop-flags", &[]),
            device_flags(lang, d, result).join(", "),
        ),
        (
            tr(lang, "gui-devices-prop-errors", &[]),
            d.errors.join("; "),
        ),
    ];
    properties_grid(ui, "bacnet_detail", &props);
    if !d.network_ports.is_empty() {
        section(ui, &tr(lang, "gui-devices-network-ports", &[]));
        for p in &d.network_ports {
            ui.label(shown::string(&format!(
                "• {} {}: {}{}{}",
                p.instance,
                p.object_name.as_deref().unwrap_or(""),
                p.network_type_name
                    .clone()
                    .or_else(|| p.network_type.map(|t| tr(
                        lang,
                        "gui-devices-port-type",
                        &[("type", t.into())]
                    )))
                    .unwrap_or_default(),
                p.bacnet_ip_mode
                    .as_ref()
                    .map(|m| tr(lang, "gui-devices-port-mode", &[("mode", m.into())]))
                    .unwrap_or_default(),
                match p.bbmd_accept_fd_registrations {
                    Some(true) => tr(lang, "gui-devices-port-accepts-fd", &[]),
                    _ => String::new(),
                }
            )));
        }
    }
    section(
        ui,
        &tr(
            lang,
            "gui-devices-object-list",
            &[("count", d.objects.len().into())],
        ),
    );
    let height = table::row_height(ui);
    let yes = tr(lang, "gui-devices-yes", &[]);
    table::show(ui, "objects_table", |t| {
        t.column(Column::initial(240.0).resizable(true).clip(true))
            .column(Column::initial(180.0).resizable(true).clip(true))
            .column(Column::initial(140.0).resizable(true).clip(true))
            .column(Column::initial(120.0).resizable(true).clip(true))
            .column(Column::remainder().at_least(90.0))
            .header(height + 4.0, |mut header| {
                table::titles(
                    &mut header,
                    &[
                        &tr(lang, "gui-devices-col-name", &[]),
                        &tr(lang, "gui-devices-col-type", &[]),
                        &tr(lang, "gui-devices-col-units", &[]),
                        &tr(lang, "gui-devices-col-value", &[]),
                        &tr(lang, "gui-devices-col-commandable", &[]),
                    ],
                );
            })
            .body(|body| {
                body.rows(height, d.objects.len(), |mut row| {
                    let Some(o) = d.objects.get(row.index()) else {
                        return;
                    };
                    let value = match &o.present_value {
                        None => String::new(),
                        Some(serde_json::Value::Number(n)) => match n.as_f64() {
                            Some(f) if n.is_f64() => format!("{f:.2}"),
                            _ => n.to_string(),
                        },
                        Some(serde_json::Value::String(s)) => s.clone(),
                        Some(v) => v.to_string(),
                    };
                    let cells = [
                        o.object_name.clone().unwrap_or_default(),
                        format!("{} {}", o.object_type, o.instance),
                        o.units.clone().unwrap_or_default(),
                        value,
                        if o.commandable {
                            yes.clone()
                        } else {
                            String::new()
                        },
                    ];
                    for text in cells {
                        row.col(|ui| {
                            ui.add(egui::Label::new(shown::shown(&text)).truncate());
                        });
                    }
                });
            });
    });
}

fn knx_detail(ui: &mut egui::Ui, lang: Lang, g: &Gateway) {
    ui.label(
        egui::RichText::new(tr(
            lang,
            "gui-devices-knx-heading",
            &[("name", shown::string(&g.name).into())],
        ))
        .strong(),
    );
    let yes_no = |v: bool| {
        if v {
            tr(lang, "gui-devices-yes", &[])
        } else {
            tr(lang, "gui-devices-no", &[])
        }
    };
    let maybe = |v: Option<bool>| v.map(yes_no).unwrap_or_default();
    let props = [
        (tr(lang, "gui-devices-prop-address", &[]), g.address.clone()),
        (
            tr(lang, "gui-devices-prop-individual", &[]),
            g.individual_address.clone(),
        ),
        (tr(lang, "gui-devices-prop-mac", &[]), g.mac.clone()),
        (tr(lang, "gui-devices-prop-serial", &[]), g.serial.clone()),
        (
            tr(lang, "gui-devices-prop-answered", &[]),
            g.answers.join(", "),
        ),
        (
            tr(lang, "gui-devices-prop-families", &[]),
            g.service_families
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        (
            tr(lang, "gui-devices-prop-core-version", &[]),
            opt(g.core_version.as_ref()),
        ),
        (
            tr(lang, "gui-devices-prop-secure", &[]),
            if g.secure_supported {
                tr(lang, "gui-devices-secure-supported", &[])
            } else {
                tr(lang, "gui-devices-secure-not-supported", &[])
            },
        ),
        (
            tr(lang, "gui-devices-prop-tunnelling-secure", &[]),
            maybe(g.tunnelling_requires_secure),
        ),
        (
            tr(lang, "gui-devices-prop-routing-secure", &[]),
            maybe(g.routing_requires_secure),
        ),
        (
            tr(lang, "gui-devices-prop-management-secure", &[]),
            maybe(g.device_management_requires_secure),
        ),
        (
            tr(lang, "gui-devices-prop-tcp", &[]),
            yes_no(g.tunnelling_over_tcp),
        ),
        (
            tr(lang, "gui-devices-prop-slots", &[]),
            g.tunnelling_slots
                .iter()
                .map(|s| {
                    let address = [("address", (&s.individual_address).into())];
                    if s.free {
                        tr(lang, "gui-devices-slot-free", &address)
                    } else {
                        tr(lang, "gui-devices-slot-in-use", &address)
                    }
                })
                .collect::<Vec<_>>()
                .join(", "),
        ),
        (
            tr(lang, "gui-devices-prop-medium", &[]),
            g.knx_medium.clone(),
        ),
        (
            tr(lang, "gui-devices-prop-programming", &[]),
            if g.programming_mode {
                tr(lang, "gui-devices-on", &[])
            } else {
                tr(lang, "gui-devices-off", &[])
            },
        ),
        (
            tr(lang, "gui-devices-prop-project", &[]),
            opt(g.project_installation_id.as_ref()),
        ),
        (
            tr(lang, "gui-devices-prop-multicast", &[]),
            opt(g.multicast_address.as_ref()),
        ),
        (
            tr(lang, "gui-devices-prop-manufacturer", &[]),
            opt(g.manufacturer_id.as_ref()),
        ),
        (
            tr(lang, "gui-devices-prop-disagree", &[]),
            g.disagreements.join("; "),
        ),
    ];
    properties_grid(ui, "knx_detail", &props);
}
