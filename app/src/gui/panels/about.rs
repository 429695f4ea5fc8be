//! About: version, licences, bundled data.

use audit_core::job::policy::{DEFAULT_RATE, RATE_RANGE};
use audit_core::text::{Lang, tr};
use eframe::egui;

use super::{page_header, section};
use crate::gui::theme::{self, TOKENS};

/// Provenance and licences of the data files compiled into the binary.
const SOURCES_MD: &str = include_str!("../../../../assets/SOURCES.md");

/// Main libraries the app is built with (names, not words), and their licences.
const LIBRARIES: &[(&str, &str)] = &[
    ("egui, eframe, egui_extras", "MIT OR Apache-2.0"),
    ("wgpu, glow", "MIT OR Apache-2.0"),
    ("tokio", "MIT"),
    ("rfd", "MIT"),
    ("if-addrs", "MIT OR BSD-3-Clause"),
    (
        "serde, serde_json, chrono, directories",
        "MIT OR Apache-2.0",
    ),
    ("pcap-parser", "MIT OR Apache-2.0"),
];

pub fn ui(ui: &mut egui::Ui, lang: Lang) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(TOKENS.content_max_width);
            page_header(
                ui,
                &tr(lang, "gui-about-title", &[]),
                &tr(lang, "gui-about-what", &[]),
            );
            egui::Grid::new("about_grid")
                .num_columns(2)
                .spacing([TOKENS.space_l, TOKENS.space_xs])
                .show(ui, |ui| {
                    ui.label(theme::subdued(tr(lang, "gui-about-version", &[])));
                    // As `bas-audit --version` prints it: the version and the commit built from.
                    ui.label(crate::version::VERSION_LINE);
                    ui.end_row();
                    ui.label(theme::subdued(tr(lang, "gui-about-licence", &[])));
                    ui.label(env!("CARGO_PKG_LICENSE"));
                    ui.end_row();
                    ui.label(theme::subdued(tr(lang, "gui-about-traffic", &[])));
                    let caps = [
                        ("rate", DEFAULT_RATE.into()),
                        ("max", (*RATE_RANGE.end()).into()),
                    ];
                    ui.add(egui::Label::new(tr(lang, "gui-about-traffic-what", &caps)).wrap());
                    ui.end_row();
                });
            section(ui, &tr(lang, "gui-about-bundled", &[]));
            {
                use audit_core::wire::bacnet::enums::vendor as v;
                ui.label(tr(
                    lang,
                    "gui-about-vendor-source",
                    &[
                        ("file", v::VENDOR_TABLE_FILE.into()),
                        ("commit", v::VENDOR_TABLE_COMMIT.into()),
                        ("retrieved", v::VENDOR_TABLE_RETRIEVED.into()),
                    ],
                ));
            }
            ui.add_space(TOKENS.space_xs);
            // The bundled font (assets/gui/README.md).
            let font = tr(lang, "gui-about-font-source", &[]);
            ui.label(tr(lang, "gui-about-font", &[("font", font.into())]));
            ui.add_space(TOKENS.space_xs);
            egui::CollapsingHeader::new(tr(lang, "gui-about-provenance", &[]))
                .default_open(false)
                .show(ui, |ui| {
                    ui.add(egui::Label::new(egui::RichText::new(SOURCES_MD).small()).wrap());
                });
            section(ui, &tr(lang, "gui-about-built-with", &[]));
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
