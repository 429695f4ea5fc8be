//! The consent dialog shown before any active traffic beyond discovery.
//!
//! It fails closed, like ruffle's network-access dialog: the answer travels over a oneshot
//! channel, and anything other than a click on the allow button — the Cancel button, Escape, a
//! click outside, closing the window, or the dialog state simply being dropped — answers
//! [`ConsentAnswer::Cancel`]. Discovery and live listening ask here before they start.

use eframe::egui;
use tokio::sync::oneshot;

use super::theme::{self, TOKENS};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConsentAnswer {
    Allow,
    Cancel,
}

/// What the user is asked to allow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsentRequest {
    /// Short name of the job, e.g. "Write test".
    pub title: String,
    /// Interface and addresses the job will touch.
    pub scope: Vec<String>,
    /// Packet budget in plain words, e.g. "at most 40 packets, at most 20 per second".
    pub packet_budget: String,
    /// Each kind of packet that will be sent and to whom.
    pub will_send: Vec<String>,
}

/// An open consent dialog. `None` in its owner means closed.
#[derive(Debug)]
pub struct ConsentDialog {
    request: ConsentRequest,
    reply: Option<oneshot::Sender<ConsentAnswer>>,
}

impl ConsentDialog {
    pub fn new(request: ConsentRequest) -> (Self, oneshot::Receiver<ConsentAnswer>) {
        let (tx, rx) = oneshot::channel();
        (
            ConsentDialog {
                request,
                reply: Some(tx),
            },
            rx,
        )
    }

    fn answer(&mut self, answer: ConsentAnswer) {
        if let Some(tx) = self.reply.take() {
            tx.send(answer).ok();
        }
    }

    /// Draws the dialog; returns whether it stays open. Once it returns `false` the answer has
    /// been sent and the caller should drop it.
    pub fn show(&mut self, ctx: &egui::Context) -> bool {
        let mut answer = None;
        let modal = egui::Modal::new(egui::Id::unique("consent_dialog")).show(ctx, |ui| {
            ui.set_max_width(480.0);
            ui.heading(format!("Allow: {}?", self.request.title));
            ui.add_space(TOKENS.space_s);
            ui.label(theme::subdued(
                "BAS Audit is about to send packets on the network. Nothing is sent unless you \
                 allow it here.",
            ));
            ui.add_space(TOKENS.space_s);
            ui.label(egui::RichText::new("Scope").strong());
            for line in &self.request.scope {
                ui.label(format!("• {line}"));
            }
            ui.label(egui::RichText::new("Packet budget").strong());
            ui.label(&self.request.packet_budget);
            ui.label(egui::RichText::new("What will be sent").strong());
            for line in &self.request.will_send {
                ui.label(format!("• {line}"));
            }
            ui.add_space(TOKENS.space_m);
            ui.horizontal(|ui| {
                if ui.button("Cancel").clicked() {
                    answer = Some(ConsentAnswer::Cancel);
                }
                if ui.add(theme::primary_button("Allow and send")).clicked() {
                    answer = Some(ConsentAnswer::Allow);
                }
            });
        });
        if answer.is_none() && modal.should_close() {
            answer = Some(ConsentAnswer::Cancel);
        }
        // The window itself closing counts as Cancel too.
        if answer.is_none() && ctx.input(|i| i.viewport().close_requested()) {
            answer = Some(ConsentAnswer::Cancel);
        }
        match answer {
            Some(a) => {
                self.answer(a);
                false
            }
            None => true,
        }
    }
}

impl Drop for ConsentDialog {
    /// Fail closed: a dialog that goes away without an answer refuses.
    fn drop(&mut self) {
        self.answer(ConsentAnswer::Cancel);
    }
}
