//! A running job's progress line: the bar, what else is worth saying beside it, and its cancel
//! button, or the words saying it is stopping. The screen keeps redrawing while a job runs.

use std::time::Duration;

use eframe::egui;

/// How often a screen with a running job redraws (elapsed time, packets sent).
const REDRAW_WHILE_RUNNING: Duration = Duration::from_millis(250);

/// What the progress line says.
#[derive(Debug)]
pub struct JobProgress<'a> {
    /// Done, from 0 to 1.
    pub fraction: f32,
    /// Shown between the bar and the button (elapsed time), if anything.
    pub beside: Option<String>,
    pub cancel_requested: bool,
    /// The button's words ("Cancel discovery", "Stop").
    pub cancel: &'a str,
    /// Shown instead of the button once cancel was asked for ("Cancelling…").
    pub cancelling: &'a str,
}

/// Draws the progress line; whether the cancel button was clicked.
pub fn job_progress(ui: &mut egui::Ui, p: &JobProgress<'_>) -> bool {
    let clicked = ui
        .horizontal(|ui| {
            ui.add(
                egui::ProgressBar::new(p.fraction)
                    .desired_width(360.0)
                    .show_percentage(),
            );
            if let Some(text) = &p.beside {
                ui.label(text);
            }
            if p.cancel_requested {
                ui.label(p.cancelling);
                false
            } else {
                ui.button(p.cancel).clicked()
            }
        })
        .inner;
    ui.ctx().request_repaint_after(REDRAW_WHILE_RUNNING);
    clicked
}
