//! The severity badge: a small rounded label in the severity's colours ([`theme::severity_colors`]).
//! Installers read the severity's name (`critical` ... `info`), homeowners plain words
//! (`Urgent` ... `Note`); the colours are the same.

use audit_core::findings::Severity;
use eframe::egui;

use crate::gui::theme::{self, TOKENS};

/// The badge with the severity's name.
pub fn severity_badge(ui: &mut egui::Ui, severity: Severity) -> egui::Response {
    badge(ui, severity, severity.name())
}

/// The same badge in the homeowner's words.
pub fn plain_severity_badge(ui: &mut egui::Ui, severity: Severity) -> egui::Response {
    badge(ui, severity, plain_severity(severity))
}

/// Severity in words a homeowner reads without a glossary.
pub fn plain_severity(severity: Severity) -> &'static str {
    match severity {
        Severity::Critical => "Urgent",
        Severity::High => "Important",
        Severity::Medium => "Should be fixed",
        Severity::Low => "Good to improve",
        Severity::Info => "Note",
    }
}

fn badge(ui: &mut egui::Ui, severity: Severity, words: &str) -> egui::Response {
    let colors = theme::severity_colors(severity);
    egui::Frame::new()
        .fill(colors.fill)
        .corner_radius(TOKENS.corner_radius)
        .inner_margin(egui::Margin::symmetric(6, 2))
        .show(ui, |ui| {
            ui.label(
                egui::RichText::new(words)
                    .color(colors.text)
                    .size(TOKENS.small_size)
                    .strong(),
            )
        })
        .inner
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn severity_badges_render_with_their_names() {
        use egui_kittest::kittest::Queryable as _;
        let mut harness = egui_kittest::Harness::new_ui(|ui| {
            for s in Severity::ALL {
                severity_badge(ui, s);
            }
        });
        harness.run();
        for s in Severity::ALL {
            harness.get_by_label(s.name());
        }
    }
}
