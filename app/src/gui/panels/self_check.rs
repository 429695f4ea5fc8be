//! Homeowner self-check: what it will look at. The check itself is not built yet, so this page
//! explains and offers no button that would pretend to run it.

use eframe::egui;

use super::{page_header, section};
use crate::gui::theme::{self, TOKENS};

pub fn ui(ui: &mut egui::Ui) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(TOKENS.content_max_width);
            page_header(
                ui,
                "Homeowner self-check",
                "Can your home automation be reached from the internet? One button, a plain answer.",
            );
            ui.colored_label(
                TOKENS.warn,
                "The self-check is not available in this version yet. Nothing is sent from here.",
            );
            section(ui, "What it will look at");
            for line in [
                "Your router's list of open doors (port forwardings) to devices in your home.",
                "Whether your router answers on its internet address the way an outsider would see it.",
                "Whether a building-automation gateway on your network has a public address.",
            ] {
                ui.label(format!("• {line}"));
            }
            section(ui, "What you will get");
            ui.label(
                "A traffic-light answer (green, amber or red) and, for anything not green, the \
                 exact words to send your installer.",
            );
            ui.add_space(TOKENS.space_m);
            ui.label(theme::subdued(
                "It will ask before it sends anything, and show what it sends in the Log.",
            ));
        });
}
