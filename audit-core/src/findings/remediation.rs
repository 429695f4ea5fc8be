//! Remediation texts: reviewed prose in `assets/remediation/<lang>/<check_id>.md`, compiled in.
//!
//! File format (sections in this order, each a level-2 heading that ends with its marker; the
//! heading words are the translator's, the marker finds the section in every language):
//! ```text
//! # Title
//! ## Why it matters {#why}
//! ## Installer {#installer}
//! ## Homeowner {#homeowner}
//! ## Verify {#verify}
//! ## Ask your installer {#ask}
//! ```
//! Section bodies are kept as written (Markdown: paragraphs and `-` lists), trimmed.

use super::Remediation;
use crate::text::Lang;

macro_rules! texts {
    ($($id:literal),* $(,)?) => {
        /// Every remediation file, by check_id (English: the source the others translate).
        pub static TEXTS: &[(&str, &str)] = &[
            $(($id, include_str!(concat!("../../../assets/remediation/en/", $id, ".md")))),*
        ];
        static TEXTS_DE: &[(&str, &str)] = &[
            $(($id, include_str!(concat!("../../../assets/remediation/de/", $id, ".md")))),*
        ];
        static TEXTS_NL: &[(&str, &str)] = &[
            $(($id, include_str!(concat!("../../../assets/remediation/nl/", $id, ".md")))),*
        ];
    };
}

texts![
    "knx.gateway.port_forwarded",
    "bacnet.device.port_forwarded",
    "router.mapping.to_device",
    "router.mapping.disabled",
    "router.hairpin.static_forward",
    "router.hairpin.unlisted_forward",
    "router.forward.behind_nat",
    "router.forward.address_unknown",
    "router.hairpin.inconclusive",
    "router.upnp.enabled",
    "router.upnp.list_incomplete",
    "router.port_control.enabled",
    "router.external_ip.known",
    "router.probes.not_checked",
    "internet.internetdb.bas_ports",
    "internet.internetdb.other_ports",
    "internet.internetdb.not_listed",
    "internet.internetdb.not_checked",
    "network.device.public_address",
    "bacnet.bbmd.public_peer",
    "bacnet.bbmd.foreign_subnet_peer",
    "knx.gateway.secure_unsupported",
    "knx.gateway.secure_not_enforced",
    "knx.gateway.core_v1",
    "knx.routing.unsecured_multicast",
    "knx.gateway.tunnel_slots",
    "knx.gateway.answers_nat",
    "bacnet.network.unauthenticated",
    "bacnet.bbmd.accepts_foreign_devices",
    "bacnet.sc.not_used",
    "bacnet.sc.legacy_open",
    "bacnet.device.duplicate_instance",
    "bacnet.address.several_instances",
    "bacnet.device.management_services",
    "bacnet.device.writable_points",
    "bacnet.device.writes_confirmed",
    "bacnet.object.life_safety_priority",
    "bacnet.write_test.accepted",
    "network.peer.work_limit",
    "network.peer.untrusted_claim",
    "network.peer.malformed_answers",
    "knx.gateway.identity_conflict",
    "discovery.job.time_budget",
    "bacnet.write_test.value_changed",
    "bacnet.write_test.refused",
    "bacnet.write_test.not_completed",
];

/// One parsed remediation file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Text {
    /// The `# ` heading: a general title for the check.
    pub title: String,
    pub remediation: Remediation,
}

/// Parse a remediation file. Unknown `##` sections are ignored (so a file may carry notes for
/// reviewers); text before the first `##` other than the title is ignored too.
pub fn parse(md: &str) -> Text {
    let mut t = Text::default();
    let mut current: Option<&mut String> = None;
    for line in md.lines() {
        if let Some(h) = line.strip_prefix("## ") {
            current = match section_key(h).as_str() {
                "why" | "why it matters" => Some(&mut t.remediation.why),
                "installer" => Some(&mut t.remediation.installer),
                "homeowner" => Some(&mut t.remediation.homeowner),
                "verify" => Some(&mut t.remediation.verify),
                "ask" | "ask your installer" => Some(&mut t.remediation.ask_installer),
                _ => None,
            };
        } else if let Some(h) = line.strip_prefix("# ") {
            t.title = h.trim().to_owned();
            current = None;
        } else if let Some(s) = current.as_deref_mut() {
            s.push_str(line);
            s.push('\n');
        }
    }
    for s in [
        &mut t.remediation.why,
        &mut t.remediation.installer,
        &mut t.remediation.homeowner,
        &mut t.remediation.verify,
        &mut t.remediation.ask_installer,
    ] {
        *s = s.trim().to_owned();
    }
    t
}

/// A section heading's key: its `{#marker}` when it has one, else its words (older English
/// files had no markers).
fn section_key(heading: &str) -> String {
    let h = heading.trim();
    match h.rfind("{#") {
        Some(at) if h.ends_with('}') => h[at + 2..h.len() - 1].trim().to_ascii_lowercase(),
        _ => h.to_ascii_lowercase(),
    }
}

/// The parsed file for a check id (English: the texts the checks store with a finding).
pub fn text(check_id: &str) -> Option<Text> {
    text_in(Lang::En, check_id)
}

/// The remediation files of `lang`, by check_id: `assets/remediation/<code>/<id>.md`; a
/// language is added with a file for every id and its table here
/// (CONTRIBUTING "Add a language").
pub fn texts_of(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::En | Lang::Pseudo => TEXTS,
        Lang::De => TEXTS_DE,
        Lang::Nl => TEXTS_NL,
    }
}

/// The parsed file for a check id in `lang`; `None` when that language has no file for it.
pub fn text_in(lang: Lang, check_id: &str) -> Option<Text> {
    let mut t = texts_of(lang)
        .iter()
        .find(|(id, _)| *id == check_id)
        .map(|(_, md)| parse(md))?;
    if lang == Lang::Pseudo {
        let r = &mut t.remediation;
        for s in [
            &mut t.title,
            &mut r.why,
            &mut r.installer,
            &mut r.homeowner,
            &mut r.verify,
            &mut r.ask_installer,
        ] {
            *s = crate::text::pseudo(s);
        }
    }
    Some(t)
}

/// The hash a translated file stores on its first line (`<!-- en: HASH -->`) of the English
/// file it was translated from: FNV-1a over the file with trailing spaces cut from each line
/// and the whole trimmed (scripts/translations.py writes it).
pub fn source_hash(check_id: &str) -> Option<String> {
    let (_, md) = TEXTS.iter().find(|(id, _)| *id == check_id)?;
    let lines: Vec<&str> = md.lines().map(str::trim_end).collect();
    Some(crate::text::fnv1a32(lines.join("\n").trim()))
}

/// The remediation sections for a check id in `lang` (the report's language).
pub fn for_check_in(lang: Lang, check_id: &str) -> Option<Remediation> {
    text_in(lang, check_id).map(|t| t.remediation)
}

/// The texts for a check id; `None` when no file exists for it (a test makes sure every
/// check_id a check can emit has one).
pub fn for_check(check_id: &str) -> Option<Remediation> {
    text(check_id).map(|t| t.remediation)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_sections_in_any_case_and_ignores_unknown_ones() {
        let t = parse(
            "# A title\nintro ignored\n## Warum {#why}\nBecause.\n\n## Notes\nskip me\n\
             ## INSTALLER\n- step 1\n- step 2\n## Homeowner\nAsk.\n## Verify\nRun it.\n\
             ## Ask your installer\nPlease fix.\n",
        );
        assert_eq!(t.title, "A title");
        assert_eq!(t.remediation.why, "Because.");
        assert_eq!(t.remediation.installer, "- step 1\n- step 2");
        assert_eq!(t.remediation.homeowner, "Ask.");
        assert_eq!(t.remediation.verify, "Run it.");
        assert_eq!(t.remediation.ask_installer, "Please fix.");
    }

    #[test]
    fn unknown_check_has_no_text() {
        assert!(for_check("no.such.check").is_none());
        assert!(for_check("knx.gateway.port_forwarded").is_some());
    }

    #[test]
    fn every_file_has_every_section_and_ids_are_unique() {
        let mut seen = std::collections::BTreeSet::new();
        for (id, md) in TEXTS {
            assert!(seen.insert(*id), "{id} listed twice");
            let t = parse(md);
            assert!(!t.title.is_empty(), "{id}: title");
            let r = &t.remediation;
            for (name, s) in [
                ("why", &r.why),
                ("installer", &r.installer),
                ("homeowner", &r.homeowner),
                ("verify", &r.verify),
                ("ask", &r.ask_installer),
            ] {
                assert!(!s.is_empty(), "{id}: section {name} is empty");
            }
            let lines = md.lines().count();
            assert!((8..=30).contains(&lines), "{id}: {lines} lines");
        }
    }

    /// German and Dutch: a file for every check, every section found by its marker, and the
    /// English it was translated from unchanged since (its hash on the first line).
    #[test]
    fn every_translation_is_complete_and_not_stale() {
        let mut problems = Vec::new();
        for lang in [Lang::De, Lang::Nl] {
            for (id, md) in texts_of(lang) {
                let place = format!("assets/remediation/{}/{id}.md", lang.code());
                let t = parse(md);
                let r = &t.remediation;
                for (name, s) in [
                    ("title", &t.title),
                    ("why", &r.why),
                    ("installer", &r.installer),
                    ("homeowner", &r.homeowner),
                    ("verify", &r.verify),
                    ("ask", &r.ask_installer),
                ] {
                    if s.is_empty() {
                        problems.push(format!("{place}: {name} missing (section marker?)"));
                    }
                }
                let markers = md
                    .lines()
                    .filter(|l| l.starts_with("## ") && l.trim_end().ends_with('}'));
                if markers.count() != 5 {
                    problems.push(format!("{place}: want 5 marked sections"));
                }
                let stamp = md
                    .lines()
                    .next()
                    .and_then(|l| l.strip_prefix("<!-- en: "))
                    .and_then(|l| l.strip_suffix(" -->"));
                if stamp.map(str::to_owned) != source_hash(id) {
                    problems.push(format!(
                        "{place}: stale or unstamped (scripts/translations.py)"
                    ));
                }
                // Translations differ from the English they came from.
                if text_in(Lang::En, id).map(|e| e.title) == Some(t.title.clone()) {
                    problems.push(format!("{place}: title is still the English one"));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    #[test]
    fn the_pseudo_language_wraps_every_section() {
        let t = text_in(Lang::Pseudo, "knx.gateway.port_forwarded").unwrap();
        assert!(t.title.starts_with('⟦'));
        assert!(t.remediation.homeowner.ends_with('⟧'));
    }
}
