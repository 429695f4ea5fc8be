//! Devices: discovery of BACnet/IP devices and KNXnet/IP gateways in the scope. The only screen
//! that sends, and only after the consent dialog: the "Discover" button asks, it does not send.

use audit_core::discovery::DiscoveryResult;
use audit_core::inventory::{Device, Gateway};
use eframe::egui;
use egui_extras::Column;

use super::{page_header, section};
use crate::gui::command::Command;
use crate::gui::flows::discovery::{DeviceKey, DiscoveryCommand, DiscoveryFlow};
use crate::gui::state::AppState;
use crate::gui::theme::{self, TOKENS};
use crate::gui::widgets::table;

/// One line of the devices table, from the live events or from the finished result.
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
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            page_header(
                ui,
                "Devices",
                "Finds BACnet/IP devices and KNXnet/IP gateways in the scope. Sends packets only \
                 after you allow it; reads only, never writes.",
            );
            scope_ui(ui, state);
            job_ui(ui, &state.discovery, commands);
            if let Some(result) = &state.discovery.result
                && state.discovery.running.is_none()
            {
                diagnosis_ui(ui, result);
            }
            // A selected device replaces the list, so its details are in view at once.
            if let (Some(key), Some(result)) = (&state.discovery.selected, &state.discovery.result)
                && state.discovery.running.is_none()
            {
                ui.separator();
                detail_ui(ui, key, result, commands);
                return;
            }
            let rows = rows(&state.discovery);
            section(ui, &format!("Found ({})", rows.len()));
            if rows.is_empty() {
                ui.label(theme::subdued(
                    "Nothing yet. Devices appear here as they answer.",
                ));
            } else {
                table_ui(ui, &rows, state.discovery.selected.as_ref(), commands);
            }
        });
}

fn scope_ui(ui: &mut egui::Ui, state: &AppState) {
    if let Some(scope) = &state.demo_scope {
        ui.label(format!(
            "Scope: the built-in demo building on loopback (BACnet/IP port {}, KNXnet/IP port {}).",
            scope.bacnet_port, scope.knx_port
        ));
        ui.collapsing("What the demo building contains", |ui| {
            for line in &state.demo_description {
                ui.label(format!("• {line}"));
            }
        });
    } else if let Some(session) = &state.session {
        let scope = &session.scope;
        let interface = scope.interface.as_deref().unwrap_or("none");
        ui.label(format!(
            "Scope: interface {interface}; {} target address(es); at most {} packets per second.",
            scope.targets.len(),
            scope.rate_cap_pps
        ));
    }
}

fn job_ui(ui: &mut egui::Ui, discovery: &DiscoveryFlow, commands: &mut Vec<Command>) {
    ui.add_space(TOKENS.space_s);
    match &discovery.running {
        None => {
            ui.horizontal(|ui| {
                if ui
                    .add(theme::primary_button("Discover"))
                    .on_hover_text("Shows what will be sent and asks before sending anything")
                    .clicked()
                {
                    commands.push(Command::Discovery(DiscoveryCommand::Request));
                }
                ui.label(theme::subdued("You will be asked before anything is sent."));
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
                ui.label(format!(
                    "Discovering: {} — {} of about {} packets sent, {:.0} s",
                    job.phase,
                    job.packets_sent,
                    job.estimated_packets,
                    job.started.elapsed().as_secs_f32()
                ));
            });
            ui.horizontal(|ui| {
                ui.add(
                    egui::ProgressBar::new(fraction)
                        .desired_width(360.0)
                        .show_percentage(),
                );
                if job.cancel_requested {
                    ui.label("Cancelling…");
                } else if ui.button("Cancel discovery").clicked() {
                    commands.push(Command::Discovery(DiscoveryCommand::Cancel));
                }
            });
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(250));
        }
    }
    if let Some(error) = &discovery.error {
        ui.colored_label(TOKENS.error, error);
    }
    if let Some(result) = &discovery.result
        && discovery.running.is_none()
    {
        ui.label(theme::subdued(format!(
            "Last discovery {}: {} packets sent, {} received in {:.1} s (estimate was {}).",
            match result.stopped.as_deref() {
                Some("cancelled") => "was cancelled".to_owned(),
                Some(reason) => format!("stopped ({reason})"),
                None => "finished".to_owned(),
            },
            result.packets_sent,
            result.packets_received,
            result.elapsed_s,
            result.estimated_packets
        )));
    }
}

/// "Why nothing was found", in plain words, when little or nothing answered.
fn diagnosis_ui(ui: &mut egui::Ui, result: &DiscoveryResult) {
    let diagnosis = &result.diagnosis;
    let found = result.inventory.bacnet.devices.len() + result.inventory.knx.gateways.len();
    if !diagnosis.little_found && found > 0 {
        return;
    }
    ui.add_space(TOKENS.space_s);
    theme::card_frame().show(ui, |ui| {
        ui.label(
            egui::RichText::new(if found == 0 {
                "Why nothing was found"
            } else {
                "Why so little was found"
            })
            .strong()
            .color(TOKENS.warn),
        );
        ui.label(diagnosis.summary.to_string());
        for item in &diagnosis.items {
            ui.add_space(TOKENS.space_xs);
            ui.label(egui::RichText::new(item.title.to_string()).strong());
            ui.label(theme::subdued(item.evidence.to_string()));
            for step in &item.next_steps {
                ui.label(format!("→ {step}"));
            }
        }
    });
}

fn rows(discovery: &DiscoveryFlow) -> Vec<Row> {
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
                    r.network.map(|n| format!("network {n}")),
                    (!r.interrogated).then(|| "reading…".to_owned()),
                ]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(", "),
            })
            .collect(),
        (None, Some(result)) => result_rows(result),
        (None, None) => Vec::new(),
    }
}

fn device_flags(d: &Device, result: &DiscoveryResult) -> Vec<String> {
    let bacnet = &result.inventory.bacnet;
    let mut flags = Vec::new();
    if bacnet
        .duplicate_instances
        .iter()
        .any(|x| x.device_instance == d.device_instance)
    {
        flags.push("duplicate instance".to_owned());
    }
    if d.routed {
        flags.push(match d.network {
            Some(n) => format!("routed (network {n})"),
            None => "routed".to_owned(),
        });
    }
    if bacnet.bbmds.iter().any(|b| b.address == d.address) {
        flags.push("BBMD".to_owned());
    }
    if bacnet.routers.iter().any(|r| r.address == d.address) && !d.routed {
        flags.push("router".to_owned());
    }
    if d.network_ports.iter().any(|p| {
        p.network_type_name
            .as_deref()
            .is_some_and(|n| n.contains("secure"))
    }) || d.network_ports.iter().any(|p| p.network_type == Some(11))
    {
        flags.push("BACnet/SC".to_owned());
    }
    if bacnet
        .shared_addresses
        .iter()
        .any(|s| s.address == d.address && s.device_instances.len() > 1)
        && !d.routed
    {
        flags.push("shared address".to_owned());
    }
    flags.extend(d.flags.iter().cloned());
    flags
}

fn gateway_flags(g: &Gateway) -> Vec<String> {
    let mut flags = Vec::new();
    if g.secure_supported {
        flags.push("secure".to_owned());
    }
    if g.tunnelling_requires_secure == Some(false) || g.routing_requires_secure == Some(false) {
        flags.push("plain access allowed".to_owned());
    }
    if g.programming_mode {
        flags.push("programming mode".to_owned());
    }
    if !g.disagreements.is_empty() {
        flags.push("answers disagree".to_owned());
    }
    flags
}

fn result_rows(result: &DiscoveryResult) -> Vec<Row> {
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
            vendor: d
                .vendor_name
                .clone()
                .unwrap_or_else(|| format!("vendor {}", d.vendor_id)),
            model: d.model_name.clone().unwrap_or_default(),
            firmware: d.firmware_revision.clone().unwrap_or_default(),
            objects: d
                .object_count
                .map_or_else(|| d.objects.len().to_string(), |n| n.to_string()),
            flags: device_flags(d, result).join(", "),
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
                .map(|m| format!("manufacturer {m}"))
                .unwrap_or_default(),
            model: g.name.clone(),
            firmware: g
                .core_version
                .map(|v| format!("Core v{v}"))
                .unwrap_or_default(),
            objects: String::new(),
            flags: gateway_flags(g).join(", "),
        }
    }));
    rows
}

fn table_ui(
    ui: &mut egui::Ui,
    rows: &[Row],
    selected: Option<&DeviceKey>,
    commands: &mut Vec<Command>,
) {
    let height = table::row_height(ui);
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
                for title in [
                    "Protocol",
                    "Address",
                    "Instance / individual address",
                    "Vendor",
                    "Model",
                    "Firmware",
                    "Objects",
                    "Flags",
                ] {
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
    ui.label(theme::subdued(
        "Click a row for all properties and the object list.",
    ));
}

fn detail_ui(
    ui: &mut egui::Ui,
    key: &DeviceKey,
    result: &DiscoveryResult,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        ui.heading("Device details");
        if ui.button("Back to all devices").clicked() {
            commands.push(Command::Discovery(DiscoveryCommand::Select(None)));
        }
    });
    match key {
        DeviceKey::Bacnet { instance, address } => {
            let device = result
                .inventory
                .bacnet
                .devices
                .iter()
                .find(|d| d.device_instance == *instance && d.address == *address);
            match device {
                Some(d) => bacnet_detail(ui, d, result),
                None => {
                    ui.label("This device is not in the latest result.");
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
                Some(g) => knx_detail(ui, g),
                None => {
                    ui.label("This gateway is not in the latest result.");
                }
            }
        }
    }
}

fn properties_grid(ui: &mut egui::Ui, id: &str, props: &[(&str, String)]) {
    egui::Grid::new(id)
        .num_columns(2)
        .striped(true)
        .spacing([TOKENS.space_m, TOKENS.space_xs])
        .show(ui, |ui| {
            for (name, value) in props {
                if value.is_empty() {
                    continue;
                }
                ui.label(theme::subdued(*name));
                ui.add(egui::Label::new(value.as_str()).wrap());
                ui.end_row();
            }
        });
}

fn opt<T: ToString>(v: Option<&T>) -> String {
    v.map(ToString::to_string).unwrap_or_default()
}

fn bacnet_detail(ui: &mut egui::Ui, d: &Device, result: &DiscoveryResult) {
    let name = d.object_name.clone().unwrap_or_default();
    ui.label(egui::RichText::new(format!("BACnet device {} {name}", d.device_instance)).strong());
    let props = [
        ("Address", d.address.clone()),
        ("Network", opt(d.network.as_ref())),
        ("MAC", opt(d.mac.as_ref())),
        (
            "Vendor",
            format!(
                "{} ({})",
                d.vendor_name.clone().unwrap_or_else(|| "unknown".into()),
                d.vendor_id
            ),
        ),
        ("Model", opt(d.model_name.as_ref())),
        ("Firmware", opt(d.firmware_revision.as_ref())),
        (
            "Application software",
            opt(d.application_software_version.as_ref()),
        ),
        ("Description", opt(d.description.as_ref())),
        ("Location", opt(d.location.as_ref())),
        (
            "Protocol version / revision",
            match (d.protocol_version, d.protocol_revision) {
                (Some(v), Some(r)) => format!("{v} / {r}"),
                _ => String::new(),
            },
        ),
        ("Max APDU", d.max_apdu.to_string()),
        ("Segmentation", d.segmentation.clone()),
        ("Database revision", opt(d.database_revision.as_ref())),
        ("Services supported", d.services_supported.join(", ")),
        (
            "Object types supported",
            d.object_types_supported.join(", "),
        ),
        ("Objects", opt(d.object_count.as_ref())),
        ("Read with", d.read_method.clone()),
        ("Fallbacks", d.fallbacks.join(", ")),
        ("Flags", device_flags(d, result).join(", ")),
        ("Errors", d.errors.join("; ")),
    ];
    properties_grid(ui, "bacnet_detail", &props);
    if !d.network_ports.is_empty() {
        section(ui, "Network ports");
        for p in &d.network_ports {
            ui.label(format!(
                "• {} {}: {}{}{}",
                p.instance,
                p.object_name.as_deref().unwrap_or(""),
                p.network_type_name
                    .clone()
                    .or_else(|| p.network_type.map(|t| format!("type {t}")))
                    .unwrap_or_default(),
                p.bacnet_ip_mode
                    .as_ref()
                    .map(|m| format!(", mode {m}"))
                    .unwrap_or_default(),
                match p.bbmd_accept_fd_registrations {
                    Some(true) => ", accepts foreign devices",
                    _ => "",
                }
            ));
        }
    }
    section(ui, &format!("Object list ({})", d.objects.len()));
    let height = table::row_height(ui);
    table::show(ui, "objects_table", |t| {
        t.column(Column::initial(240.0).resizable(true).clip(true))
            .column(Column::initial(180.0).resizable(true).clip(true))
            .column(Column::initial(140.0).resizable(true).clip(true))
            .column(Column::initial(120.0).resizable(true).clip(true))
            .column(Column::remainder().at_least(90.0))
            .header(height + 4.0, |mut header| {
                table::titles(
                    &mut header,
                    &["Name", "Type", "Units", "Present value", "Commandable"],
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
                        if o.commandable { "yes" } else { "" }.to_owned(),
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

fn knx_detail(ui: &mut egui::Ui, g: &Gateway) {
    ui.label(egui::RichText::new(format!("KNXnet/IP gateway {}", g.name)).strong());
    let yes_no = |v: Option<bool>| match v {
        Some(true) => "yes".to_owned(),
        Some(false) => "no".to_owned(),
        None => String::new(),
    };
    let props = [
        ("Address", g.address.clone()),
        ("Individual address", g.individual_address.clone()),
        ("MAC", g.mac.clone()),
        ("Serial", g.serial.clone()),
        ("Answered", g.answers.join(", ")),
        (
            "Service families",
            g.service_families
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ("Core version", opt(g.core_version.as_ref())),
        (
            "KNX IP Secure",
            if g.secure_supported {
                "supported"
            } else {
                "not supported"
            }
            .into(),
        ),
        (
            "Tunnelling requires secure",
            yes_no(g.tunnelling_requires_secure),
        ),
        ("Routing requires secure", yes_no(g.routing_requires_secure)),
        (
            "Device management requires secure",
            yes_no(g.device_management_requires_secure),
        ),
        (
            "Tunnelling over TCP",
            if g.tunnelling_over_tcp { "yes" } else { "no" }.into(),
        ),
        (
            "Tunnelling slots",
            g.tunnelling_slots
                .iter()
                .map(|s| {
                    format!(
                        "{}{}",
                        s.individual_address,
                        if s.free { " (free)" } else { " (in use)" }
                    )
                })
                .collect::<Vec<_>>()
                .join(", "),
        ),
        ("KNX medium", g.knx_medium.clone()),
        (
            "Programming mode",
            if g.programming_mode { "on" } else { "off" }.into(),
        ),
        (
            "Project / installation",
            opt(g.project_installation_id.as_ref()),
        ),
        ("Routing multicast", opt(g.multicast_address.as_ref())),
        ("Manufacturer", opt(g.manufacturer_id.as_ref())),
        ("Answers disagree", g.disagreements.join("; ")),
    ];
    properties_grid(ui, "knx_detail", &props);
}
