//! The exposure state with its proof (issue 18), as the Findings screen and the homeowner
//! self-check show it: what was proven about reaching the building controls from the internet,
//! the router's internet address and what kind it is, one sentence per forward saying how it
//! was made and how it was proven, and what to do. It is the same judgement
//! (`checks::Assessment`) the verdict, the CLI and the report read, so they cannot disagree.

use audit_core::checks::Assessment;
use audit_core::checks::exposure::address_words;
use audit_core::text::{Lang, tr};
use eframe::egui;

use crate::gui::theme::{self, TOKENS};
use crate::gui::widgets::shown;

pub fn exposure_ui(ui: &mut egui::Ui, lang: Lang, a: &Assessment) {
    ui.add_space(TOKENS.space_s);
    // Proofs quote routers (UPnP names, descriptions) and addresses they reported.
    let state = [("state", a.state.words().render(lang).into())];
    ui.label(egui::RichText::new(shown::string(&tr(lang, "gui-exposure-state", &state))).strong());
    if let Some(addr) = &a.address {
        let address = [("address", address_words(addr).render(lang).into())];
        ui.add(egui::Label::new(shown::string(&tr(lang, "gui-exposure-address", &address))).wrap());
    }
    if let Some(seen) = &a.internet_view {
        let args = [
            ("server", a.stun_server.clone().unwrap_or_default().into()),
            ("address", address_words(seen).render(lang).into()),
        ];
        ui.add(
            egui::Label::new(shown::string(&tr(
                lang,
                "gui-exposure-internet-view",
                &args,
            )))
            .wrap(),
        );
    }
    list(ui, lang, &tr(lang, "gui-exposure-proof", &[]), &a.proof);
    list(ui, lang, &tr(lang, "gui-exposure-do", &[]), &a.what_to_do);
}

fn list(ui: &mut egui::Ui, lang: Lang, title: &str, items: &[audit_core::text::Text]) {
    if items.is_empty() {
        return;
    }
    ui.add_space(TOKENS.space_xs);
    ui.label(theme::subdued(title));
    for t in items {
        ui.add(egui::Label::new(format!("• {}", shown::text(t, lang))).wrap());
    }
}
