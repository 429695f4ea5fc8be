//! The demo marker: a small amber tag that says the audit is of the built-in demo building
//! (`--demo`), not of a real site. Shown in the top bar of every screen, on the start screen and
//! on demo audits in Recent audits.

use audit_core::text::{Lang, tr};
use eframe::egui;

use crate::gui::theme::TOKENS;

/// The tag; `long` adds "simulated building" (the top bar and start screen have room for it).
pub fn demo_marker(ui: &mut egui::Ui, lang: Lang, long: bool) -> egui::Response {
    let text = if long {
        tr(lang, "gui-demo-marker-long", &[])
    } else {
        tr(lang, "gui-demo-marker", &[])
    };
    egui::Frame::new()
        .fill(TOKENS.warn)
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(6, 1))
        .show(ui, |ui| {
            ui.label(egui::RichText::new(text).color(TOKENS.accent_text).strong())
        })
        .inner
        .on_hover_text(tr(lang, "gui-demo-marker-hint", &[]))
}
