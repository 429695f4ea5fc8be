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

/// Every language's files. A new language: its folder under `assets/text/` with the same
/// files, a [`Lang`] variant, and a line here.
fn sources(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::En => files!(
            "en": "verdict", "diagnosis", "report", "trust", "exposure", "checks", "watch",
            // The desktop app's texts, one file per screen.
            "gui-shell", "gui-start", "gui-scope", "gui-devices", "gui-findings",
            "gui-self-check", "gui-capture", "gui-watch", "gui-log", "gui-about", "gui-consent",
            "gui-report", "gui-router", "gui-save",
        ),
    }
}

type Bundle = FluentBundle<FluentResource>;

fn build(lang: Lang) -> Bundle {
    let id: LanguageIdentifier = lang.code().parse().unwrap_or_default();
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

fn bundle(lang: Lang) -> &'static Bundle {
    static BUNDLES: OnceLock<[Bundle; Lang::ALL.len()]> = OnceLock::new();
    &BUNDLES.get_or_init(|| Lang::ALL.map(build))[lang.index()]
}

/// The message in `lang`, English when `lang` lacks it, its id when English does too.
pub(super) fn format(lang: Lang, id: &str, args: &BTreeMap<String, Arg>) -> String {
    let (bundle, pattern) = match [lang, Lang::En].into_iter().find_map(|l| {
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
    bundle
        .format_pattern(pattern, Some(&fluent_args), &mut errors)
        .into_owned()
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
