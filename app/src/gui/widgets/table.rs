//! The setup every data table shares (devices, objects, findings, alerts, learned ranges,
//! interfaces, counts): striped rows centred vertically, as wide as the page, and scrolling
//! inside the page past [`MAX_HEIGHT`] with only the visible rows laid out. A screen adds its
//! columns, header and rows.

use eframe::egui;
use egui_extras::{TableBuilder, TableRow};

/// Tables taller than this scroll inside the page (rows are then virtualised).
pub const MAX_HEIGHT: f32 = 320.0;

/// Row height for tables of plain text.
pub fn row_height(ui: &egui::Ui) -> f32 {
    ui.text_style_height(&egui::TextStyle::Body) + crate::gui::theme::TOKENS.space_xs
}

/// Builds the table `id` (its own id scope, so two tables on a page never clash) with the
/// shared setup and hands it to `table` for the columns, header and body.
pub fn show(ui: &mut egui::Ui, id: &str, table: impl FnOnce(TableBuilder<'_>)) {
    ui.push_id(id, |ui| {
        table(
            TableBuilder::new(ui)
                .id_salt(id)
                .striped(true)
                .vscroll(true)
                .max_scroll_height(MAX_HEIGHT)
                .auto_shrink([false, true])
                .cell_layout(egui::Layout::left_to_right(egui::Align::Center)),
        );
    });
}

/// A header of bold column titles.
pub fn titles(header: &mut TableRow<'_, '_>, titles: &[&str]) {
    for title in titles {
        header.col(|ui| {
            ui.strong(*title);
        });
    }
}
