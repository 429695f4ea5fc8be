//! The consent dialog shown before any active traffic beyond discovery.
//!
//! It fails closed, like ruffle's network-access dialog: the answer travels over a oneshot
//! channel, and anything other than a click on the allow button — the Cancel button, Escape, a
//! click outside, closing the window, or the dialog state simply being dropped — answers
//! [`ConsentAnswer::Cancel`]. Discovery and live listening ask here before they start.

use std::collections::BTreeSet;

use audit_core::text::{Lang, tr};
use eframe::egui;
use tokio::sync::oneshot;

use crate::gui::theme::{self, TOKENS};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConsentAnswer {
    Allow,
    Cancel,
}

/// What the user is asked to allow.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsentRequest {
    /// Short name of the job, e.g. "Discovery".
    pub title: String,
    /// Interface and addresses the job will touch.
    pub scope: Vec<String>,
    /// Packet budget in plain words, e.g. "at most 40 packets, at most 20 per second".
    pub packet_budget: String,
    /// Each kind of packet that will be sent and to whom.
    pub will_send: Vec<String>,
}

/// An opt-in the user may tick in the dialog, by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Choice {
    /// UPnP / NAT-PMP questions to the router and the knock on its public address.
    RouterProbes,
    /// The public address sent to an internet lookup service.
    InternetLookup,
    /// One STUN Binding request to the server the user typed (it learns this site's public
    /// address).
    Stun,
    /// Write back the value just read to a harmless property.
    WriteTest,
}

/// The options the user ticked. They travel with Allow only; on Cancel, or when the dialog is
/// dropped, nothing is sent and the caller sees every option off (fail closed).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Choices(BTreeSet<Choice>);

impl Choices {
    /// Whether the user ticked `choice` (an option the dialog did not offer is off).
    pub fn is_on(&self, choice: Choice) -> bool {
        self.0.contains(&choice)
    }
}

impl FromIterator<Choice> for Choices {
    fn from_iter<I: IntoIterator<Item = Choice>>(ticked: I) -> Self {
        Choices(ticked.into_iter().collect())
    }
}

/// A choice the user makes in the dialog (a checkbox).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConsentOption {
    pub choice: Choice,
    pub label: String,
    /// One or two lines under the checkbox: what it sends and where.
    pub explanation: String,
    pub default: bool,
}

/// An open consent dialog. `None` in its owner means closed.
#[derive(Debug)]
pub struct ConsentDialog {
    request: ConsentRequest,
    reply: Option<oneshot::Sender<ConsentAnswer>>,
    options: Vec<(ConsentOption, bool)>,
    choices: Option<oneshot::Sender<Choices>>,
    /// Replaces the standard first paragraph (plain words for the homeowner).
    intro: Option<String>,
    /// Words on the allow button (default: "Allow and send").
    allow_label: Option<String>,
}

impl ConsentDialog {
    pub fn new(request: ConsentRequest) -> (Self, oneshot::Receiver<ConsentAnswer>) {
        let (tx, rx) = oneshot::channel();
        (
            ConsentDialog {
                request,
                reply: Some(tx),
                options: Vec::new(),
                choices: None,
                intro: None,
                allow_label: None,
            },
            rx,
        )
    }

    /// A dialog with checkboxes; the third value receives the ticked options only when the user
    /// allows.
    pub fn with_options(
        request: ConsentRequest,
        options: Vec<ConsentOption>,
    ) -> (
        Self,
        oneshot::Receiver<ConsentAnswer>,
        oneshot::Receiver<Choices>,
    ) {
        let (mut dialog, rx) = Self::new(request);
        let (tx, choices) = oneshot::channel();
        dialog.options = options
            .into_iter()
            .map(|o| {
                let on = o.default;
                (o, on)
            })
            .collect();
        dialog.choices = Some(tx);
        (dialog, rx, choices)
    }

    /// Plain words: `intro` replaces the technical first paragraph, `allow` the button text.
    pub fn plain(mut self, intro: String, allow: String) -> Self {
        self.intro = Some(intro);
        self.allow_label = Some(allow);
        self
    }

    fn answer(&mut self, answer: ConsentAnswer) {
        if answer == ConsentAnswer::Allow
            && let Some(tx) = self.choices.take()
        {
            let ticked = self.options.iter().filter(|(_, on)| *on);
            tx.send(ticked.map(|(o, _)| o.choice).collect()).ok();
        }
        if let Some(tx) = self.reply.take() {
            tx.send(answer).ok();
        }
    }

    /// Draws the dialog; returns whether it stays open. Once it returns `false` the answer has
    /// been sent and the caller should drop it.
    pub fn show(&mut self, ctx: &egui::Context, lang: Lang) -> bool {
        let mut answer = None;
        let modal = egui::Modal::new(egui::Id::unique("consent_dialog")).show(ctx, |ui| {
            ui.set_max_width(560.0);
            let title = self.request.title.as_str().into();
            ui.heading(tr(lang, "gui-consent-heading", &[("title", title)]));
            ui.add_space(TOKENS.space_s);
            let intro = self
                .intro
                .clone()
                .unwrap_or_else(|| tr(lang, "gui-consent-intro", &[]));
            ui.label(theme::subdued(intro));
            ui.add_space(TOKENS.space_s);
            // Long requests scroll; the title above and the buttons below always stay in view.
            let max_height = (ctx.content_rect().height() - 240.0).clamp(160.0, 520.0);
            egui::ScrollArea::vertical()
                .max_height(max_height)
                .min_scrolled_height(max_height)
                .auto_shrink([false, true])
                .show(ui, |ui| self.body_ui(ui, lang));
            ui.add_space(TOKENS.space_m);
            ui.horizontal(|ui| {
                if ui.button(tr(lang, "gui-consent-cancel", &[])).clicked() {
                    answer = Some(ConsentAnswer::Cancel);
                }
                let allow = self
                    .allow_label
                    .clone()
                    .unwrap_or_else(|| tr(lang, "gui-consent-allow", &[]));
                if ui.add(theme::primary_button(&allow)).clicked() {
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

    /// Scope, budget, the choices, and what is sent.
    fn body_ui(&mut self, ui: &mut egui::Ui, lang: Lang) {
        let plain = self.intro.is_some();
        let [where_, budget, what] = if plain {
            [
                tr(lang, "gui-consent-plain-scope", &[]),
                tr(lang, "gui-consent-plain-budget", &[]),
                tr(lang, "gui-consent-plain-will-send", &[]),
            ]
        } else {
            [
                tr(lang, "gui-consent-scope", &[]),
                tr(lang, "gui-consent-budget", &[]),
                tr(lang, "gui-consent-will-send", &[]),
            ]
        };
        ui.label(egui::RichText::new(where_).strong());
        for line in &self.request.scope {
            ui.label(format!("• {line}"));
        }
        ui.add_space(TOKENS.space_xs);
        ui.label(egui::RichText::new(budget).strong());
        ui.label(&self.request.packet_budget);
        if !self.options.is_empty() {
            ui.add_space(TOKENS.space_xs);
            ui.label(egui::RichText::new(tr(lang, "gui-consent-choices", &[])).strong());
            for (option, on) in &mut self.options {
                ui.checkbox(on, &option.label);
                ui.horizontal(|ui| {
                    ui.add_space(TOKENS.space_l + TOKENS.space_xs);
                    ui.add(egui::Label::new(theme::subdued(&option.explanation)).wrap());
                });
            }
        }
        ui.add_space(TOKENS.space_xs);
        ui.label(egui::RichText::new(what).strong());
        for line in &self.request.will_send {
            ui.label(format!("• {line}"));
        }
    }
}

impl Drop for ConsentDialog {
    /// Fail closed: a dialog that goes away without an answer refuses.
    fn drop(&mut self) {
        self.answer(ConsentAnswer::Cancel);
    }
}
