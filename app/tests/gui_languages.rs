//! The app in German, Dutch and the pseudo-language (issue 17): the demo audit from start to
//! report meets no English sentence, every text on every screen comes from the catalogue, the
//! language switch is remembered, and the report can be made in another language.
//!
//! A separate test binary: the app's language is the process's (`text::set_default_lang`, so
//! that kept texts render in it too), and the tests here change it; a lock keeps them one at a
//! time, and the other GUI tests, in English, run in their own process.

// The GUI tests' harness; this binary uses only part of it.
#[allow(dead_code)]
#[path = "gui/harness.rs"]
mod harness;

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Mutex;

use audit_core::findings::remediation;
use audit_core::text::{Lang, message_ids, set_default_lang, tr};
use bas_audit::gui::AppConfig;
use bas_audit::gui::jobs::core_analyzer;
use bas_audit::gui::nav::PanelId;
use eframe::egui;
use egui_kittest::kittest::{By, NodeT};
use harness::*;

static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

/// Runs `f` with the process speaking `lang`, alone; English again afterwards.
fn speaking(lang: Lang, f: impl FnOnce()) {
    let _alone = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
    set_default_lang(lang);
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
    set_default_lang(Lang::En);
    if let Err(e) = outcome {
        std::panic::resume_unwind(e);
    }
}

fn demo_app(dir: &Path) -> App {
    let config = AppConfig {
        demo: true,
        ..config(dir, core_analyzer())
    };
    let mut h = harness_of_size(config, egui::vec2(1366.0, 2400.0));
    h.run_steps(2);
    h
}

/// Every text the screen shows to a person or a screen reader: labels and values.
fn screen_texts(h: &App) -> Vec<String> {
    let mut out = Vec::new();
    for node in h.query_all(By::new().predicate(|_| true)) {
        let n = node.accesskit_node();
        // A wrapped label's lines are text runs of the label, which is read whole.
        if n.role() == egui::accesskit::Role::TextRun {
            continue;
        }
        out.extend(n.label().filter(|l| !l.trim().is_empty()));
        out.extend(n.value().filter(|v| !v.trim().is_empty()));
    }
    out
}

/// English sentences of the catalogue (those without arguments) that `lang` never uses: words
/// both languages share ("Check" in German, "Scope" ...) are fine.
fn english_only(lang: Lang) -> BTreeSet<String> {
    let ids = message_ids(Lang::En);
    let theirs: BTreeSet<String> = ids.iter().map(|(_, id)| tr(lang, id, &[])).collect();
    let mut english: BTreeSet<String> = ids
        .iter()
        .map(|(_, id)| tr(Lang::En, id, &[]))
        .filter(|en| {
            !theirs.contains(en)
                && !en.contains('{')
                && en.chars().filter(|c| c.is_alphabetic()).count() > 3
        })
        .collect();
    // The remediation files' titles and requests to the installer, shown on the findings
    // screen, in the self-check and in the report.
    for (check, _) in remediation::texts_of(Lang::En) {
        let (Some(en), Some(t)) = (
            remediation::text_in(Lang::En, check),
            remediation::text_in(lang, check),
        ) else {
            continue;
        };
        for (e, o) in [
            (en.title, t.title),
            (en.remediation.ask_installer, t.remediation.ask_installer),
        ] {
            if e != o {
                english.insert(e);
            }
        }
    }
    english
}

/// No text on screen is an English catalogue sentence that `lang` words otherwise.
fn assert_no_english(h: &App, lang: Lang, screen: &str) {
    if lang == Lang::Pseudo {
        // English inside ⟦ ⟧ is the pseudo-language; its own test looks for texts without them.
        return;
    }
    let english = english_only(lang);
    let found: Vec<String> = screen_texts(h)
        .into_iter()
        .filter(|t| {
            english.contains(t.trim())
                || english
                    .iter()
                    .any(|e| e.len() >= 24 && t.contains(e.as_str()))
        })
        .collect();
    assert!(
        found.is_empty(),
        "{} screen {screen}: English text: {found:#?}",
        lang.code()
    );
}

fn open(h: &mut App, lang: Lang, panel: PanelId) {
    let label = panel.label(lang);
    h.get_by_label(&label).click();
    h.run_steps(4);
}

/// The demo's installer audit with the checks run (consent given), in `lang`.
fn demo_checked(h: &mut App, lang: Lang) {
    let findings = tr(lang, "gui-nav-findings", &[]);
    wait_for_label(h, &findings);
    h.get_by_label(&findings).click();
    let run = tr(lang, "gui-findings-run", &[]);
    wait_for_label(h, &run);
    h.get_by_label(&run).click();
    let allow = tr(lang, "gui-consent-allow", &[]);
    wait_for_label(h, &allow);
    assert_no_english(h, lang, "consent");
    h.get_by_label(&allow).click();
    step_until(h, "the checks to finish", checks_done);
}

/// The homeowner's self-check of the demo in `lang`, from the start screen to its verdict.
fn self_check(h: &mut App, lang: Lang) {
    let home = tr(lang, "gui-top-home", &[]);
    wait_for_label(h, &home);
    h.get_by_label(&home).click();
    let kind = tr(lang, "gui-kind-homeowner", &[]);
    wait_for_label(h, &kind);
    assert_no_english(h, lang, "start");
    h.get_by_label(&kind).click();
    let start = tr(lang, "gui-self-check-start", &[]);
    wait_for_label(h, &start);
    assert_no_english(h, lang, "self-check");
    h.get_by_label(&start).click();
    let now = tr(lang, "gui-consent-home-allow", &[]);
    wait_for_label(h, &now);
    assert_no_english(h, lang, "self-check consent");
    h.get_by_label(&now).click();
    step_until(h, "the self-check verdict", checks_done);
    h.run_steps(4);
    assert_no_english(h, lang, "self-check verdict");
}

/// The whole demo audit in `lang`: every screen of the installer workspace, the checks, the
/// report preview and an HTML report saved, all without an English sentence.
fn journey(lang: Lang) {
    let dir = tempfile::tempdir().unwrap();
    let mut h = demo_app(dir.path());
    assert_no_english(&h, lang, "devices (start)");
    demo_checked(&mut h, lang);
    assert_no_english(&h, lang, "findings");
    for panel in [
        PanelId::Scope,
        PanelId::Devices,
        PanelId::CaptureAnalysis,
        PanelId::Watch,
        PanelId::Log,
        PanelId::About,
    ] {
        open(&mut h, lang, panel);
        assert_no_english(&h, lang, &panel.label(Lang::En));
    }
    open(&mut h, lang, PanelId::Report);
    let summary = tr(lang, "report-section-summary", &[]);
    step_until(&mut h, "the preview", |h| has_label_containing(h, &summary));
    assert_no_english(&h, lang, "report");
    // Saved as HTML: the page says its language and is worded in it.
    h.get_by_label("HTML").click();
    h.run_steps(2);
    let out = dir.path().join("report.html");
    h.get_by_label(&tr(lang, "gui-report-path", &[]))
        .set_text_value_accesskit(&out.display().to_string());
    h.run_steps(2);
    h.get_by_label(&tr(lang, "gui-report-save-here", &[]))
        .click();
    step_until(&mut h, "the report to be saved", |h| {
        let r = &h.state().state.report;
        r.saving.is_none() && r.saved.is_some()
    });
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(
        html.contains(&format!("lang=\"{}\"", lang.code())),
        "no lang attribute"
    );
    assert!(
        html.contains(&summary),
        "the summary heading is not in {}",
        lang.code()
    );
    for english in [
        "Summary for the owner",
        "Why it matters",
        "What was checked",
    ] {
        assert!(
            !html.contains(english),
            "{}: English in the report: {english}",
            lang.code()
        );
    }
    // What to do comes from the language's remediation file, not the English the check stored.
    let fix = |l| {
        audit_core::findings::remediation::text_in(l, "knx.gateway.port_forwarded")
            .unwrap()
            .remediation
            .ask_installer
    };
    let first_words = |s: String| s.split_whitespace().take(6).collect::<Vec<_>>().join(" ");
    assert!(
        !html.contains(&first_words(fix(Lang::En))),
        "English remediation in the report"
    );
    assert!(
        html.contains(&first_words(fix(lang))),
        "no {} remediation",
        lang.code()
    );
    // The homeowner's side: the self-check from the start screen to its verdict.
    self_check(&mut h, lang);
}

#[test]
fn the_demo_audit_in_german_meets_no_english_sentence() {
    speaking(Lang::De, || journey(Lang::De));
}

#[test]
fn the_demo_audit_in_dutch_meets_no_english_sentence() {
    speaking(Lang::Nl, || journey(Lang::Nl));
}

/// In the pseudo-language every catalogue text is wrapped in ⟦ ⟧: a text on screen with
/// words but without the brackets bypassed the catalogue, unless it is the audit's own data
/// (device names, addresses, vendors: found in the saved audit) or a name that is not
/// translated.
#[test]
fn every_screen_in_the_pseudo_language_shows_only_catalogue_texts() {
    speaking(Lang::Pseudo, || {
        let dir = tempfile::tempdir().unwrap();
        let mut h = demo_app(dir.path());
        demo_checked(&mut h, Lang::Pseudo);
        let mut offending = BTreeSet::new();
        for panel in [
            PanelId::Scope,
            PanelId::Devices,
            PanelId::Findings,
            PanelId::CaptureAnalysis,
            PanelId::Watch,
            PanelId::Report,
            PanelId::Log,
            PanelId::About,
        ] {
            open(&mut h, Lang::Pseudo, panel);
            h.run_steps(6);
            for t in bypassing(&h) {
                offending.insert(format!("{}: {t}", panel.label(Lang::En)));
            }
        }
        self_check(&mut h, Lang::Pseudo);
        for t in bypassing(&h) {
            offending.insert(format!("self-check: {t}"));
        }
        assert!(
            offending.is_empty(),
            "texts that bypass the catalogue ({}):\n{}",
            offending.len(),
            offending.into_iter().collect::<Vec<_>>().join("\n")
        );
    });
}

/// The texts on screen with words but without ⟦ ⟧ that are not the audit's own data.
fn bypassing(h: &App) -> Vec<String> {
    let state = &h.state().state;
    let data = serde_json::to_string(&state.session).unwrap_or_default();
    screen_texts(h)
        .into_iter()
        .filter(|t| has_words(t) && !t.contains('⟦') && !is_name(t))
        .filter(|t| !data.contains(t.trim()) && !data.contains(&json_escaped(t.trim())))
        .collect()
}

/// Two words of three letters or more: a sentence or a label, not a number or an address.
fn has_words(t: &str) -> bool {
    t.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 3)
        .count()
        >= 2
}

/// Names shown as they are in every language: the product, the languages' own names, the
/// version line ("0.1.0 (commit 1a2b3c)", git's word), the libraries and licences on the About
/// screen.
fn is_name(t: &str) -> bool {
    const NAMES: &[&str] = &["BAS Audit", "English", "Deutsch", "Nederlands", "Pseudo"];
    let t = t.trim();
    NAMES.contains(&t)
        || t.starts_with(env!("CARGO_PKG_VERSION"))
        || t.split(" OR ")
            .all(|l| l.starts_with("MIT") || l.starts_with("Apache") || l.starts_with("BSD"))
        || t.split(", ").all(|w| !w.contains(' '))
}

fn json_escaped(t: &str) -> String {
    let s = serde_json::to_string(t).unwrap_or_default();
    s.trim_matches('"').to_owned()
}

/// The switch changes the app's language at once and the next start speaks it too.
#[test]
fn the_language_switch_is_remembered() {
    speaking(Lang::En, || {
        let dir = tempfile::tempdir().unwrap();
        let mut h = harness(config(dir.path(), core_analyzer()));
        h.run_steps(2);
        assert!(has_label(&h, &tr(Lang::En, "gui-kind-installer", &[])));
        h.get_by_label("Language").click();
        h.run_steps(2);
        h.get_by_label("Nederlands").click();
        h.run_steps(4);
        assert_eq!(h.state().state.lang, Lang::Nl);
        assert!(has_label(&h, &tr(Lang::Nl, "gui-kind-installer", &[])));
        assert!(has_label(&h, "Taal"));
        let saved = std::fs::read_to_string(dir.path().join("settings.json")).unwrap();
        assert!(saved.contains("\"nl\""), "{saved}");
        drop(h);
        // Whatever the system says, the next start speaks Dutch.
        set_default_lang(Lang::En);
        let mut again = harness(config(dir.path(), core_analyzer()));
        again.run_steps(2);
        assert_eq!(again.state().state.lang, Lang::Nl);
        assert!(has_label(&again, &tr(Lang::Nl, "gui-kind-installer", &[])));
    });
}

/// A German installer hands an English report to an English-speaking owner.
#[test]
fn the_report_language_is_chosen_apart_from_the_apps() {
    speaking(Lang::De, || {
        let dir = tempfile::tempdir().unwrap();
        let mut h = demo_app(dir.path());
        demo_checked(&mut h, Lang::De);
        open(&mut h, Lang::De, PanelId::Report);
        let summary_de = tr(Lang::De, "report-section-summary", &[]);
        step_until(&mut h, "the German preview", |h| {
            has_label_containing(h, &summary_de)
        });
        h.get_by_label(&tr(Lang::De, "gui-report-lang", &[]))
            .click();
        h.run_steps(2);
        h.get_by_label("English").click();
        let summary_en = tr(Lang::En, "report-section-summary", &[]);
        step_until(&mut h, "the English preview", |h| {
            has_label_containing(h, &summary_en)
        });
        // The app itself still speaks German.
        assert!(has_label(&h, &tr(Lang::De, "gui-nav-report", &[])));
    });
}
