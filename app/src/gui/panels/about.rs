//! About: version, licences, bundled data.

use eframe::egui;

use super::{page_header, section};
use crate::gui::theme::{self, TOKENS};

/// Provenance and licences of the data files compiled into the binary.
const SOURCES_MD: &str = include_str!("../../../../assets/SOURCES.md");

/// The bundled font (assets/gui/README.md).
const FONT_SOURCE: &str = "DejaVu Sans 2.37 (https://dejavu-fonts.github.io/): Bitstream Vera \
licence; DejaVu changes are in the public domain.";

/// Main libraries the app is built with, and their licences.
const LIBRARIES: &[(&str, &str)] = &[
    ("egui, eframe, egui_extras", "MIT OR Apache-2.0"),
    ("wgpu / glow (rendering)", "MIT OR Apache-2.0"),
    ("tokio", "MIT"),
    ("rfd (file dialog)", "MIT"),
    ("if-addrs", "MIT OR BSD-3-Clause"),
    (
        "serde, serde_json, chrono, directories",
        "MIT OR Apache-2.0",
    ),
    ("pcap-parser", "MIT OR Apache-2.0"),
];

pub fn ui(ui: &mut egui::Ui) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(TOKENS.content_max_width);
            page_header(
                ui,
                "About BAS Audit",
                "Audits BACnet/IP and KNXnet/IP building-automation networks.",
            );
            egui::Grid::new("about_grid")
                .num_columns(2)
                .spacing([TOKENS.space_l, TOKENS.space_xs])
                .show(ui, |ui| {
                    ui.label(theme::subdued("Version"));
                    ui.label(crate::version::VERSION_LINE);
                    ui.end_row();
                    ui.label(theme::subdued("Licence"));
                    ui.label(env!("CARGO_PKG_LICENSE"));
                    ui.end_row();
                    ui.label(theme::subdued("Network traffic"));
                    ui.label("This version sends nothing on the network.");
                    ui.end_row();
                });
            section(ui, "Bundled data");
            ui.label(audit_core::wire::bacnet::enums::vendor::VENDOR_TABLE_SOURCE);
            ui.add_space(TOKENS.space_xs);
            ui.label(format!("Font: {FONT_SOURCE}"));
            ui.add_space(TOKENS.space_xs);
            egui::CollapsingHeader::new("Full provenance (assets/SOURCES.md)")
                .default_open(false)
                .show(ui, |ui| {
                    ui.add(egui::Label::new(egui::RichText::new(SOURCES_MD).small()).wrap());
                });
            section(ui, "Built with");
            egui::Grid::new("about_libraries")
                .num_columns(2)
                .striped(true)
                .spacing([TOKENS.space_l, TOKENS.space_xs])
                .show(ui, |ui| {
                    for (name, licence) in LIBRARIES {
                        ui.label(*name);
                        ui.label(*licence);
                        ui.end_row();
                    }
                });
        });
}
