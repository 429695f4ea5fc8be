//! The router's internet address before the checks run (the Findings screen and the homeowner
//! self-check): the address the user read on the router's status page, a STUN server to offer
//! in the consent dialog (asked only if ticked there), and with `--demo` the demo building's
//! choice of home router. What is typed is checked when the checks are asked for
//! (`flows::checks::RouterInputs::check`), not here.

use audit_core::sim::router::DemoRouter;
use audit_core::text::{Lang, tr};
use eframe::egui;

use crate::gui::command::Command;
use crate::gui::flows::checks::RouterInputs;
use crate::gui::theme::{self, TOKENS};

/// The demo router's name on screen.
pub fn demo_router_word(lang: Lang, kind: DemoRouter) -> String {
    match kind {
        DemoRouter::Public => tr(lang, "gui-router-demo-public", &[]),
        DemoRouter::Cgnat => tr(lang, "gui-router-demo-cgnat", &[]),
        DemoRouter::None => tr(lang, "gui-router-demo-none", &[]),
    }
}

/// The demo building's home router, a drop-down of the kinds (only with `--demo`). `enabled`:
/// no job runs or waits for consent.
pub fn demo_router_ui(
    ui: &mut egui::Ui,
    lang: Lang,
    current: DemoRouter,
    enabled: bool,
    commands: &mut Vec<Command>,
) {
    ui.horizontal(|ui| {
        let label = ui.label(tr(lang, "gui-router-demo-label", &[]));
        ui.add_enabled_ui(enabled, |ui| {
            egui::ComboBox::from_id_salt("demo_router")
                .selected_text(demo_router_word(lang, current))
                .width(320.0)
                .show_ui(ui, |ui| {
                    for kind in DemoRouter::ALL {
                        let chosen = kind == current;
                        let item = ui.selectable_label(chosen, demo_router_word(lang, kind));
                        if item.clicked() && !chosen {
                            commands.push(Command::SetDemoRouter(kind));
                        }
                    }
                })
                .response
                .labelled_by(label.id)
                .on_hover_text(tr(lang, "gui-router-demo-why", &[]));
        });
    });
}

/// The typed address and the STUN server, folded until opened.
pub fn router_inputs_ui(ui: &mut egui::Ui, lang: Lang, inputs: &mut RouterInputs, enabled: bool) {
    egui::CollapsingHeader::new(tr(lang, "gui-router-section", &[]))
        .id_salt("router_inputs")
        .default_open(!inputs.external_ip.is_empty() || !inputs.stun.is_empty())
        .show(ui, |ui| {
            ui.add(
                egui::Label::new(theme::subdued(tr(lang, "gui-router-section-why", &[]))).wrap(),
            );
            ui.add_space(TOKENS.space_xs);
            egui::Grid::new("router_inputs_grid")
                .num_columns(2)
                .spacing([TOKENS.space_s, TOKENS.space_xs])
                .show(ui, |ui| {
                    let label = ui.label(tr(lang, "gui-router-ip-label", &[]));
                    ui.add_enabled(
                        enabled,
                        egui::TextEdit::singleline(&mut inputs.external_ip)
                            .desired_width(320.0)
                            .hint_text(tr(lang, "gui-router-ip-hint", &[])),
                    )
                    .labelled_by(label.id);
                    ui.end_row();
                    let label = ui.label(tr(lang, "gui-router-stun-label", &[]));
                    ui.add_enabled(
                        enabled,
                        egui::TextEdit::singleline(&mut inputs.stun)
                            .desired_width(320.0)
                            .hint_text(tr(lang, "gui-router-stun-hint", &[])),
                    )
                    .labelled_by(label.id);
                    ui.end_row();
                });
            ui.label(theme::subdued(tr(lang, "gui-router-stun-note", &[])));
        });
}
