//! Panels: each reads [`AppState`](super::state::AppState), keeps only its own view state (text
//! being typed, sort order) and pushes [`Command`](super::command::Command)s.

pub mod about;
pub mod capture;
pub mod devices;
pub mod findings;
pub mod log;
pub mod report;
pub mod scope;
pub mod self_check;
pub mod shell;
pub mod start;
pub mod watch;

use std::collections::BTreeMap;

use audit_core::session::UserScope;
use audit_core::text::{Lang, tr};
use eframe::egui;
use egui_extras::Column;

use super::analysis::{CountSort, sorted_counts};
use super::theme::{self, TOKENS};
use super::widgets::{shown, table};

/// View state of every panel (nothing here is saved).
#[derive(Debug, Default)]
pub struct Views {
    pub start: start::StartView,
    pub scope: scope::ScopeView,
    pub capture: capture::CaptureView,
    pub findings: findings::FindingsView,
    pub self_check: self_check::SelfCheckView,
    pub watch: watch::WatchView,
    pub report: report::ReportView,
}

/// A heading plus one subdued line saying what the screen does.
pub fn page_header(ui: &mut egui::Ui, title: &str, what: &str) {
    ui.heading(title);
    ui.label(theme::subdued(what));
    ui.add_space(TOKENS.space_m);
}

/// A section title inside a page.
pub fn section(ui: &mut egui::Ui, title: &str) {
    ui.add_space(TOKENS.space_m);
    ui.label(
        egui::RichText::new(title)
            .family(theme::bold_family())
            .size(TOKENS.body_size + 1.0),
    );
    ui.add_space(TOKENS.space_xs);
}

/// The audit's own scope in one line (Devices and Findings screens).
pub fn user_scope_line(lang: Lang, scope: &UserScope) -> String {
    let interface = match &scope.interface {
        Some(name) => shown::string(name),
        None => tr(lang, "gui-job-scope-no-interface", &[]),
    };
    tr(
        lang,
        "gui-job-scope",
        &[
            ("interface", interface.into()),
            ("targets", scope.targets.len().into()),
            ("rate", scope.rate_cap_pps.into()),
        ],
    )
}

/// A two-column name → count table whose headers sort it.
pub fn counts_table(
    ui: &mut egui::Ui,
    lang: Lang,
    id_salt: &str,
    name_header: &str,
    counts: &BTreeMap<String, u64>,
    sort: &mut CountSort,
) {
    let rows = sorted_counts(counts, *sort);
    let arrow = |active: bool, ascending: bool| match (active, ascending) {
        (false, _) => "",
        (true, true) => " ▲",
        (true, false) => " ▼",
    };
    let name_active = matches!(sort, CountSort::NameAscending | CountSort::NameDescending);
    let height = table::row_height(ui);
    table::show(ui, id_salt, |t| {
        t.auto_shrink([true, true])
            .column(Column::initial(320.0).at_least(160.0).resizable(true))
            .column(Column::exact(110.0))
            .header(height + 4.0, |mut header| {
                header.col(|ui| {
                    let text = format!(
                        "{name_header}{}",
                        arrow(name_active, *sort == CountSort::NameAscending)
                    );
                    if ui
                        .button(egui::RichText::new(text).strong())
                        .on_hover_text(tr(lang, "gui-capture-sort-name", &[]))
                        .clicked()
                    {
                        *sort = sort.toggle_name();
                    }
                });
                header.col(|ui| {
                    let text = format!(
                        "{}{}",
                        tr(lang, "gui-capture-col-count", &[]),
                        arrow(!name_active, *sort == CountSort::CountAscending)
                    );
                    if ui
                        .button(egui::RichText::new(text).strong())
                        .on_hover_text(tr(lang, "gui-capture-sort-count", &[]))
                        .clicked()
                    {
                        *sort = sort.toggle_count();
                    }
                });
            })
            .body(|body| {
                body.rows(height, rows.len(), |mut row| {
                    let Some((name, count)) = rows.get(row.index()).copied() else {
                        return;
                    };
                    // Service and reason names can come from a saved audit.
                    row.col(|ui| {
                        ui.label(shown::shown(name));
                    });
                    row.col(|ui| {
                        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                            ui.label(count.to_string());
                        });
                    });
                });
            });
    });
}
