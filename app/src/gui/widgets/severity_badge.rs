//! The severity badge: a small rounded label in the severity's colours ([`theme::severity_colors`]).
//! Installers read the severity's name (`critical` ... `info`), homeowners plain words
//! (`Urgent` ... `Note`); the colours are the same.

use audit_core::findings::Severity;
use audit_core::text::{Lang, tr};
use eframe::egui;

use crate::gui::theme::{self, TOKENS};

/// The badge with the severity's name.
pub fn severity_badge(ui: &mut egui::Ui, lang: Lang, severity: Severity) -> egui::Response {
    badge(ui, severity, &severity_word(lang, severity))
}

/// The same badge in the homeowner's words.
pub fn plain_severity_badge(ui: &mut egui::Ui, lang: Lang, severity: Severity) -> egui::Response {
    badge(ui, severity, &plain_severity(lang, severity))
}

/// The severity's name, as installers read it (`critical` ... `info`).
pub fn severity_word(lang: Lang, severity: Severity) -> String {
    match severity {
        Severity::Critical => tr(lang, "gui-severity-critical", &[]),
        Severity::High => tr(lang, "gui-severity-high", &[]),
        Severity::Medium => tr(lang, "gui-severity-medium", &[]),
        Severity::Low => tr(lang, "gui-severity-low", &[]),
        Severity::Info => tr(lang, "gui-severity-info", &[]),
    }
}

/// Severity in words a homeowner reads without a glossary.
pub fn plain_severity(lang: Lang, severity: Severity) -> String {
    match severity {
        Severity::Critical => tr(lang, "gui-severity-plain-critical", &[]),
        Severity::High => tr(lang, "gui-severity-plain-high", &[]),
        Severity::Medium => tr(lang, "gui-severity-plain-medium", &[]),
        Severity::Low => tr(lang, "gui-severity-plain-low", &[]),
        Severity::Info => tr(lang, "gui-severity-plain-info", &[]),
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
                severity_badge(ui, Lang::En, s);
            }
        });
        harness.run();
        for s in Severity::ALL {
            harness.get_by_label(s.name());
        }
    }
}
