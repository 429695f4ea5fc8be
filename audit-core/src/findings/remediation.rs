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
        /// Every remediation file, by check_id.
        pub static TEXTS: &[(&str, &str)] = &[
            $(($id, include_str!(concat!("../../../assets/remediation/en/", $id, ".md")))),*
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
fn texts_of(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::En => TEXTS,
    }
}

/// The parsed file for a check id in `lang`; `None` when that language has no file for it.
pub fn text_in(lang: Lang, check_id: &str) -> Option<Text> {
    texts_of(lang)
        .iter()
        .find(|(id, _)| *id == check_id)
        .map(|(_, md)| parse(md))
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
}
