use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::*;

/// Message ids named in the code: the first string literal of `text!(`, `Text::new(` and
/// `tr(` calls and of the plain-text helpers `w(`, `label(` (report/text.rs) and `say(`
/// (the CLI) (ids are always literals, so this finds them all).
fn ids_in(source: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for marker in [
        "text!(",
        "Text::new(",
        "Text::with(",
        "tr(",
        "w(",
        "label(",
        "say(",
    ] {
        let mut rest = source;
        while let Some(at) = rest.find(marker) {
            let before = rest[..at].chars().next_back();
            let call = &rest[at + marker.len()..];
            rest = call;
            let is_call = !before.is_some_and(|c| c.is_alphanumeric() || c == '_');
            if !is_call {
                continue;
            }
            let head: String = call.chars().take(200).collect();
            // The id is the call's first literal: nothing before it ends a statement or a
            // block (arguments such as `default_lang()` may come first).
            let head = head.split([';', '{', '}']).next().unwrap_or("");
            if let Some(start) = head.find('"') {
                let lit = &head[start + 1..];
                if let Some(end) = lit.find('"') {
                    let id = &lit[..end];
                    if !id.is_empty()
                        && id
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    {
                        ids.push(id.to_owned());
                    }
                }
            }
        }
    }
    ids
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every id the code uses (both crates), with where.
fn used_ids() -> Vec<(String, PathBuf)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src"), &mut files);
    let app = root.join("../app/src");
    if app.is_dir() {
        rust_files(&app, &mut files);
    }
    let mut used = Vec::new();
    for f in files {
        // This file's own examples are not uses.
        if f.ends_with("text/tests.rs") {
            continue;
        }
        let source = std::fs::read_to_string(&f).unwrap();
        used.extend(ids_in(&source).into_iter().map(|id| (id, f.clone())));
    }
    used
}

#[test]
fn every_catalogue_file_parses() {
    for lang in Lang::ALL {
        assert_eq!(super::catalogue::parse_errors(lang), Vec::<String>::new());
    }
}

#[test]
fn every_id_used_in_code_is_in_the_english_catalogue() {
    let used = used_ids();
    assert!(used.len() > 50, "the scan found too little: {used:?}");
    let missing: Vec<_> = used
        .iter()
        .filter(|(id, _)| !has_message(Lang::En, id))
        .collect();
    assert!(missing.is_empty(), "not in assets/text/en: {missing:?}");
}

#[test]
fn every_catalogue_entry_is_used_and_unique() {
    let used: BTreeSet<String> = used_ids().into_iter().map(|(id, _)| id).collect();
    let ids = message_ids(Lang::En);
    // The `--help` texts are looked up by command path and argument id, not by a literal;
    // app/src/cli/help.rs's tests check each belongs to a command or argument. So are the
    // datapoint words (by their English).
    let by_path = |id: &str| {
        [
            "cli-about",
            "cli-long-about-",
            "cli-help-",
            "cli-long-help-",
            "cli-value-",
            // KNX datapoint words, looked up by their English (wire::knxip::dpt::word_id);
            // the dpt tests check each belongs to a word of the table.
            "dpt-w-",
        ]
        .iter()
        .any(|p| id.starts_with(p))
    };
    let unused: Vec<_> = ids
        .iter()
        .filter(|(_, id)| !used.contains(id) && !by_path(id))
        .collect();
    assert!(
        unused.is_empty(),
        "catalogue entries no code uses: {unused:?}"
    );
    let mut seen = BTreeSet::new();
    for (area, id) in &ids {
        assert!(seen.insert(id), "{id} defined twice (again in {area}.ftl)");
    }
}

#[test]
fn every_language_has_every_english_message() {
    let english: BTreeSet<String> = message_ids(Lang::En).into_iter().map(|(_, i)| i).collect();
    for lang in Lang::ALL {
        let theirs: BTreeSet<String> = message_ids(lang).into_iter().map(|(_, i)| i).collect();
        assert_eq!(theirs, english, "{}", lang.code());
    }
}

#[test]
fn plurals_follow_cldr_rules_and_nothing_is_isolated() {
    let one = text!(
        "verdict-amber-fix-explanation",
        to_fix = 1,
        router_checked = "yes"
    );
    let two = text!(
        "verdict-amber-fix-explanation",
        to_fix = 2,
        router_checked = "no"
    );
    assert_eq!(
        one.render(Lang::En),
        "We found one thing that your installer should fix. None of them makes your home \
         reachable from the internet."
    );
    assert_eq!(
        two.render(Lang::En),
        "We found 2 things that your installer should fix. None of them makes your home \
         reachable from the internet as far as we could see; we could not check your router \
         fully."
    );
    assert!(!two.render(Lang::En).contains(['\u{2068}', '\u{2069}']));
}

#[test]
fn a_missing_message_shows_its_id_and_plain_text_stays_as_it_is() {
    assert_eq!(tr(Lang::En, "no-such-message", &[]), "no-such-message");
    assert_eq!(
        Text::plain("Ä device name").render(Lang::En),
        "Ä device name"
    );
    assert_eq!(
        tr(
            Lang::En,
            "diagnosis-summary-found",
            &[("devices", 3u64.into()), ("gateways", 1u64.into())]
        ),
        "Found 3 BACnet device(s) and 1 KNX gateway(s)."
    );
}

#[test]
fn inline_lists_start_lower_case_in_english() {
    let t = text!(
        "diagnosis-summary-nothing-causes",
        causes = vec![text!("diagnosis-cancelled"), Text::plain("BACnet/IP X")]
    );
    assert_eq!(
        t.render(Lang::En),
        "Nothing was found. Likely causes: the job was cancelled; bACnet/IP X."
    );
}

#[test]
fn serialised_as_words_but_stored_as_ids_and_both_read_back() {
    let t = text!(
        "diagnosis-no-answer-evidence",
        sent = 5u64,
        scope = "interface eth1",
    );
    let words = serde_json::to_value(&t).unwrap();
    assert_eq!(
        words,
        serde_json::json!("5 packets sent, none received on interface eth1")
    );
    let stored = storing(|| serde_json::to_value(&t).unwrap());
    assert_eq!(stored["id"], "diagnosis-no-answer-evidence");
    assert_eq!(stored["args"]["sent"], 5);
    assert_eq!(stored["args"]["scope"], "interface eth1");
    assert_eq!(serde_json::from_value::<Text>(stored).unwrap(), t);
    assert_eq!(
        serde_json::from_value::<Text>(words).unwrap(),
        Text::plain("5 packets sent, none received on interface eth1")
    );
    // Nested texts and lists round-trip too; the flag is reset afterwards.
    let nested = text!(
        "diagnosis-summary-found-notes",
        devices = 1u64,
        gateways = 0u64,
        notes = vec![text!("diagnosis-cancelled"), Text::plain("x")],
    );
    let v = storing(|| serde_json::to_value(&nested).unwrap());
    assert_eq!(serde_json::from_value::<Text>(v).unwrap(), nested);
    assert!(serde_json::to_value(&nested).unwrap().is_string());
}

#[test]
fn languages_parse_by_code() {
    assert_eq!(Lang::parse("EN"), Some(Lang::En));
    assert_eq!(Lang::parse("de"), Some(Lang::De));
    assert_eq!(Lang::parse(" nl "), Some(Lang::Nl));
    assert_eq!(Lang::parse("xx"), None);
    assert_eq!(default_lang(), Lang::En);
}

/// The `{ $name }` placeholders of a message's source lines.
fn placeholders(block: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut rest = block;
    while let Some(at) = rest.find('{') {
        rest = &rest[at + 1..];
        let inner = rest.trim_start();
        if let Some(name) = inner.strip_prefix('$') {
            let name: String = name
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            names.insert(name);
        }
    }
    names
}

/// Every translated message: its placeholders are the English ones, and the `# en: HASH` line
/// above it names the English text it was translated from (a changed English text makes it
/// stale until it is translated again and re-stamped: scripts/translations.py).
#[test]
fn translations_keep_placeholders_and_are_not_stale() {
    let mut problems = Vec::new();
    for lang in Lang::SHIPPED.into_iter().filter(|l| *l != Lang::En) {
        for (area, source) in sources(lang) {
            let english = sources(Lang::En)
                .iter()
                .find(|(a, _)| a == area)
                .map(|(_, s)| *s)
                .unwrap_or_default();
            let lines: Vec<&str> = source.lines().collect();
            for (i, line) in lines.iter().enumerate() {
                let Some((name, _)) = line.split_once('=') else {
                    continue;
                };
                let id = name.trim_end();
                if line.starts_with([' ', '#', '-']) || id.contains(' ') || id.is_empty() {
                    continue;
                }
                let place = format!("{}/{area}.ftl: {id}", lang.code());
                let (Some(theirs), Some(ours)) = (
                    super::catalogue::message_block(source, id),
                    super::catalogue::message_block(english, id),
                ) else {
                    problems.push(format!("{place}: not in en/{area}.ftl"));
                    continue;
                };
                if placeholders(&theirs) != placeholders(&ours) {
                    problems.push(format!(
                        "{place}: placeholders {:?}, English {:?}",
                        placeholders(&theirs),
                        placeholders(&ours)
                    ));
                }
                let stamp = i
                    .checked_sub(1)
                    .and_then(|p| lines[p].strip_prefix("# en: "))
                    .map(str::trim);
                match stamp {
                    None => problems.push(format!("{place}: no '# en: HASH' line above it")),
                    Some(h) if Some(h.to_owned()) != source_hash(id) => problems.push(format!(
                        "{place}: stale (English changed since it was translated)"
                    )),
                    Some(_) => {}
                }
            }
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s) (scripts/translations.py check LANG):\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Every message renders in every language with all its arguments (no `{$name}` left, no
/// id shown for a message a language lacks).
#[test]
fn every_message_renders_in_every_language() {
    for lang in Lang::ALL {
        for (_, id) in message_ids(Lang::En) {
            let block = sources(Lang::En)
                .iter()
                .find_map(|(_, s)| super::catalogue::message_block(s, &id))
                .unwrap_or_default();
            let args: Vec<(String, Arg)> = placeholders(&block)
                .into_iter()
                .map(|n| (n, Arg::Int(2)))
                .collect();
            let args: Vec<(&str, Arg)> =
                args.iter().map(|(n, a)| (n.as_str(), a.clone())).collect();
            let words = tr(lang, &id, &args);
            assert!(
                !words.contains("{$") && !words.contains("{ $") && words != id,
                "{}: {id} renders as {words:?}",
                lang.code()
            );
        }
    }
}

#[test]
fn the_pseudo_language_wraps_and_lengthens_english() {
    let en = tr(Lang::En, "verdict-light-red", &[]);
    let pseudo = tr(Lang::Pseudo, "verdict-light-red", &[]);
    assert!(pseudo.starts_with('⟦') && pseudo.ends_with('⟧'), "{pseudo}");
    assert!(pseudo.contains(&en));
    assert!(pseudo.chars().count() >= en.chars().count() * 7 / 5);
    assert!(!Lang::SHIPPED.contains(&Lang::Pseudo));
}

#[test]
fn german_and_dutch_speak_their_own_words() {
    // A sample that must differ from English in both (the light words).
    for lang in [Lang::De, Lang::Nl] {
        assert_ne!(
            tr(lang, "verdict-light-red", &[]),
            tr(Lang::En, "verdict-light-red", &[]),
            "{}",
            lang.code()
        );
    }
    assert_eq!(tr(Lang::De, "verdict-light-red", &[]), "Rot");
    assert_eq!(tr(Lang::Nl, "verdict-light-amber", &[]), "Oranje");
}
