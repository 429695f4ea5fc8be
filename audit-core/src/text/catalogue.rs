//! The Fluent bundles: one per [`Lang`], built once from the `.ftl` files compiled into the
//! binary. Placeables are not wrapped in Unicode isolation marks (they show as boxes where a
//! renderer lacks BiDi support, and EN/DE/NL are left-to-right).

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use super::{Arg, Lang};

/// The catalogue files of one language: `assets/text/<lang>/<area>.ftl`, one per area.
macro_rules! files {
    ($lang:literal: $($area:literal),* $(,)?) => {
        &[$(
            ($area, include_str!(concat!("../../../assets/text/", $lang, "/", $area, ".ftl"))),
        )*]
    };
}

/// The same areas in every language (the tests require every English message in each).
macro_rules! areas {
    ($lang:literal) => {
        files!(
            $lang: "verdict", "diagnosis", "report", "trust", "exposure", "checks", "watch",
            // The desktop app's texts, one file per screen.
            "gui-shell", "gui-start", "gui-scope", "gui-devices", "gui-findings",
            "gui-self-check", "gui-capture", "gui-watch", "gui-log", "gui-about", "gui-consent",
            "gui-report", "gui-lang", "gui-router", "gui-save", "cli", "cli-help", "sim", "job",
            // KNX datapoint words (wire::knxip::dpt).
            "dpt",
        )
    };
}

/// Every language's files, by area. A new language: its folder under `assets/text/` with the
/// same files, a [`Lang`] variant, and a line here. The pseudo-language is English, changed
/// when formatted.
pub fn sources(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::En | Lang::Pseudo => areas!("en"),
        Lang::De => areas!("de"),
        Lang::Nl => areas!("nl"),
    }
}

/// The hash a translation stores of the English message it was translated from (`# en:
/// HASH` on the line above it; scripts/translations.py writes it): FNV-1a (32 bits) over the
/// message's lines in the English file (its id line and the indented lines after it, trailing
/// spaces cut, blank lines left out), as 8 hex digits. `None` when English has no such id.
pub fn source_hash(id: &str) -> Option<String> {
    sources(Lang::En)
        .iter()
        .find_map(|(_, source)| message_block(source, id))
        .map(|block| fnv1a32(&block))
}

/// The lines of message `id` in `source`, as [`source_hash`] hashes them.
pub(super) fn message_block(source: &str, id: &str) -> Option<String> {
    let mut lines = source.lines();
    let first = lines.by_ref().find(|line| {
        line.split_once('=')
            .is_some_and(|(name, _)| !line.starts_with(' ') && name.trim_end() == id)
    })?;
    let mut block = vec![first.trim_end()];
    for line in lines {
        if line.trim().is_empty() {
            continue;
        }
        if !line.starts_with(' ') {
            break;
        }
        block.push(line.trim_end());
    }
    Some(block.join("\n"))
}

/// FNV-1a, 32 bits, as 8 lower-case hex digits (the same function as scripts/translations.py).
pub fn fnv1a32(text: &str) -> String {
    let mut h: u32 = 0x811c_9dc5;
    for b in text.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    format!("{h:08x}")
}

type Bundle = FluentBundle<FluentResource>;

fn build(lang: Lang) -> Bundle {
    let code = match lang {
        Lang::Pseudo => "en",
        l => l.code(),
    };
    let id: LanguageIdentifier = code.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    bundle.set_use_isolating(false);
    for (_, source) in sources(lang) {
        // A file with a syntax error still gives the messages that parse; the catalogue tests
        // fail on any error, so none ships.
        let resource = FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, _)| r);
        // Duplicate ids are refused by the tests as well; the first one stays.
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// Each language's bundle is built the first time it is asked for: parsing one language's
/// files costs about 6 M instructions, and a CLI run speaks one language (a `watch learn` paid
/// for all four to word its summary).
fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: [OnceLock<Bundle>; Lang::ALL.len()] =
        [const { OnceLock::new() }; Lang::ALL.len()];
    BUNDLES[lang.index()].get_or_init(|| build(lang))
}

/// The message in `lang`, English when `lang` lacks it, its id when English does too.
pub(super) fn format(lang: Lang, id: &str, args: &BTreeMap<String, Arg>) -> String {
    // A check's request to the installer lives in its remediation file, the second catalogue.
    if id == "remediation-ask"
        && let Some(Arg::Str(check)) = args.get("check")
        && let Some(t) = crate::findings::remediation::text_in(lang, check)
    {
        return t.remediation.ask_installer;
    }
    // A KNX value or datapoint type kept as data, worded now (wire::knxip::dpt).
    if matches!(id, "dpt-value" | "dpt-type")
        && let Some(words) = crate::wire::knxip::dpt::kept_words(lang, id, args)
    {
        return words;
    }
    // A watch figure kept as written with a point (`21.5`), shown with the language's mark.
    let marked;
    let args = match (id, args.get("number")) {
        ("watch-number" | "watch-number-unit", Some(Arg::Str(n))) => {
            let mut a = args.clone();
            a.insert(
                "number".into(),
                Arg::Str(super::locale::decimal_mark(lang, n)),
            );
            marked = a;
            &marked
        }
        _ => args,
    };
    let (bundle, pattern) = match [lang, Lang::En].into_iter().find_map(|l| {
        let l = if l == Lang::Pseudo { Lang::En } else { l };
        let b = bundle(l);
        b.get_message(id).and_then(|m| m.value()).map(|p| (b, p))
    }) {
        Some(found) => found,
        None => return id.to_owned(),
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        let value = match value {
            Arg::Str(s) => FluentValue::from(s.clone()),
            Arg::Int(n) => FluentValue::from(*n),
            Arg::Text(t) => FluentValue::from(t.render(lang)),
            Arg::Inline(list) => FluentValue::from(
                list.iter()
                    .map(|t| lang.inline(&t.render(lang)))
                    .collect::<Vec<_>>()
                    .join("; "),
            ),
        };
        fluent_args.set(name.clone(), value);
    }
    // A missing argument shows as `{$name}`; the catalogue tests render every message.
    let mut errors = Vec::new();
    let words = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    match lang {
        Lang::Pseudo => pseudo(&words),
        _ => words.into_owned(),
    }
}

/// The pseudo-language's form of an English text: wrapped in `⟦ ⟧` and 40 % longer (a text
/// on screen without the brackets did not come from the catalogue; one cut off shows where a
/// longer language would not fit).
pub fn pseudo(words: &str) -> String {
    let extra = words.chars().count() * 2 / 5;
    let mut out = String::with_capacity(words.len() + extra + 8);
    out.push('⟦');
    out.push_str(words);
    out.extend(std::iter::repeat_n('·', extra));
    out.push('⟧');
    out
}

/// `lang`'s catalogue has the message `id`.
pub fn has_message(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id)
}

/// Every message id in `lang`'s files, in file order (with the file it is in).
pub fn message_ids(lang: Lang) -> Vec<(&'static str, String)> {
    let mut ids = Vec::new();
    for (area, source) in sources(lang) {
        for line in source.lines() {
            // Messages start at the first column with their id; terms start with `-`,
            // comments with `#`, continuation lines with a space.
            let Some((name, _)) = line.split_once('=') else {
                continue;
            };
            let name = name.trim_end();
            let is_id = name.starts_with(|c: char| c.is_ascii_alphabetic())
                && name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            if is_id && !line.starts_with(' ') {
                ids.push((*area, name.to_owned()));
            }
        }
    }
    ids
}

/// Parse errors of every file of `lang` (the tests want none).
#[cfg(test)]
pub(super) fn parse_errors(lang: Lang) -> Vec<String> {
    sources(lang)
        .iter()
        .filter_map(|(area, source)| {
            FluentResource::try_new((*source).to_owned())
                .err()
                .map(|(_, e)| format!("{}/{area}.ftl: {e:?}", lang.code()))
        })
        .collect()
}
