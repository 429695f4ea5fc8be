//! The consent dialog on its own: it shows scope, budget and what is sent, and every way of
//! leaving it other than the allow button answers Cancel (it fails closed).

use bas_audit::gui::dialogs::consent::{ConsentAnswer, ConsentDialog, ConsentRequest};
use bas_audit::gui::theme;
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;

/// Hosts a consent dialog the way the app will: `None` = closed.
pub struct ConsentHost {
    dialog: Option<ConsentDialog>,
}

pub fn consent_harness() -> (
    Harness<'static, ConsentHost>,
    tokio::sync::oneshot::Receiver<ConsentAnswer>,
) {
    let (dialog, rx) = ConsentDialog::new(ConsentRequest {
        title: "Write test".into(),
        scope: vec!["eth0 (192.0.2.2/24)".into(), "device 192.0.2.10".into()],
        packet_budget: "at most 4 packets, at most 20 per second".into(),
        will_send: vec!["read-property then write-property of the same value".into()],
    });
    let harness = Harness::builder()
        .with_size(egui::vec2(800.0, 600.0))
        .with_theme(egui::Theme::Light)
        .build_ui_state(
            |ui, host: &mut ConsentHost| {
                theme::apply(ui.ctx());
                ui.label("Workspace behind the dialog");
                if let Some(dialog) = &mut host.dialog
                    && !dialog.show(ui.ctx(), audit_core::text::Lang::En)
                {
                    host.dialog = None;
                }
            },
            ConsentHost {
                dialog: Some(dialog),
            },
        );
    (harness, rx)
}

#[test]
fn consent_dialog_shows_scope_budget_and_what_is_sent() {
    let (mut harness, mut rx) = consent_harness();
    harness.run();
    harness.get_by_label("Allow: Write test?");
    harness.get_by_label("• device 192.0.2.10");
    harness.get_by_label("at most 4 packets, at most 20 per second");
    harness.get_by_label("• read-property then write-property of the same value");
    assert!(rx.try_recv().is_err(), "no answer before the user acts");
    harness.get_by_label("Allow and send").click();
    harness.run();
    assert_eq!(rx.try_recv(), Ok(ConsentAnswer::Allow));
    assert!(harness.state().dialog.is_none());
}

#[test]
fn consent_dialog_cancel_button_cancels() {
    let (mut harness, mut rx) = consent_harness();
    harness.run();
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(rx.try_recv(), Ok(ConsentAnswer::Cancel));
    assert!(harness.state().dialog.is_none());
}

#[test]
fn consent_dialog_escape_cancels() {
    let (mut harness, mut rx) = consent_harness();
    harness.run();
    harness.key_press(egui::Key::Escape);
    harness.run();
    assert_eq!(rx.try_recv(), Ok(ConsentAnswer::Cancel));
    assert!(harness.state().dialog.is_none());
}

#[test]
fn consent_dialog_click_outside_cancels() {
    let (mut harness, mut rx) = consent_harness();
    harness.run();
    harness.get_by_label("Workspace behind the dialog").click();
    harness.run();
    assert_eq!(rx.try_recv(), Ok(ConsentAnswer::Cancel));
}

#[test]
fn consent_dialog_window_close_cancels() {
    let (mut harness, mut rx) = consent_harness();
    harness.run();
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.step();
    assert_eq!(rx.try_recv(), Ok(ConsentAnswer::Cancel));
}

#[test]
fn consent_dialog_dropped_unanswered_cancels() {
    let (mut harness, mut rx) = consent_harness();
    harness.run();
    harness.state_mut().dialog = None;
    assert_eq!(rx.try_recv(), Ok(ConsentAnswer::Cancel));
}
