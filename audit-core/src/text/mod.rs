//! The text catalogue: every user-facing sentence is looked up by message id in a language's
//! catalogue (`assets/text/<lang>/*.ftl`, Fluent syntax: arguments, CLDR plural rules).
//! English, German and Dutch (and a pseudo-language for screen tests); a language is added
//! by adding its files and a [`Lang`] (see CONTRIBUTING "Add a language", docs/TRANSLATIONS.md).
//!
//! Two ways to use it:
//! - [`tr`]`(lang, id, args)`: a sentence shown right away (a label, a log line).
//! - [`Text`] (build it with [`text!`]): a sentence that is *kept* (in a finding, the verdict,
//!   the diagnosis, an alert, a saved audit). It holds the id and the arguments, not the
//!   words, and is rendered where it is shown, in the reader's language: the report language
//!   and the UI language can differ.
//!
//! ```
//! use audit_core::text::{Lang, Text, tr};
//!
//! let t: Text = audit_core::text!("verdict-amber-fix-explanation", to_fix = 2, router_checked = "yes");
//! assert!(t.render(Lang::En).starts_with("We found 2 things"));
//! assert_eq!(tr(Lang::En, "verdict-light-red", &[]), "Red");
//! ```
//!
//! Serialised, a [`Text`] is its rendered sentence in the [`default_lang`] (so the CLI's JSON
//! stays the plain strings of its contract), except inside [`storing`], where it is
//! `{"id": ..., "args": {...}}` (the session store writes sessions that way). Either form reads
//! back; a plain string becomes [`Text::Plain`].

mod catalogue;
pub mod locale;
pub mod safe;

use std::cell::Cell;
use std::collections::BTreeMap;
use std::fmt;
use std::sync::atomic::{AtomicU8, Ordering};

use serde::de::{self, Deserializer};
use serde::ser::{SerializeMap, Serializer};
use serde::{Deserialize, Serialize};

pub use catalogue::{fnv1a32, has_message, message_ids, pseudo, source_hash, sources};
pub use safe::{safe, safe_lines};

/// A language the catalogue speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    De,
    Nl,
    /// Not a language: English wrapped in `⟦ ⟧` and made 40 % longer, so that a screen test
    /// sees every text that bypasses the catalogue and every layout that breaks with longer
    /// words (`--lang pseudo`; never offered in the app's language switch).
    Pseudo,
}

impl Lang {
    /// Every catalogue, the pseudo-language included (the bundles are indexed by this).
    pub const ALL: [Lang; 4] = [Lang::En, Lang::De, Lang::Nl, Lang::Pseudo];
    /// The languages a user can choose.
    pub const SHIPPED: [Lang; 3] = [Lang::En, Lang::De, Lang::Nl];

    /// The language tag, as in `--lang en` and `assets/text/<code>/`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Nl => "nl",
            Lang::Pseudo => "pseudo",
        }
    }

    /// The language's own name for itself (a language switch lists these, untranslated).
    pub fn autonym(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::De => "Deutsch",
            Lang::Nl => "Nederlands",
            Lang::Pseudo => "Pseudo",
        }
    }

    pub fn parse(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The language of a system locale (`de_DE.UTF-8`, `nl-BE`, `en_US`): its first subtag
    /// when we speak it, else `None`.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let primary = locale
            .split(['_', '-', '.', '@'])
            .next()
            .unwrap_or_default();
        Lang::SHIPPED
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(primary))
    }

    /// A sentence's title used inside another sentence ("Likely causes: the job was
    /// cancelled; ..."): in English and Dutch its first letter goes lower-case; German keeps
    /// it (its nouns are capitalised).
    fn inline(self, s: &str) -> String {
        match self {
            Lang::De => s.to_owned(),
            Lang::En | Lang::Nl | Lang::Pseudo => {
                let mut c = s.chars();
                c.next()
                    .map(|f| f.to_lowercase().chain(c).collect::<String>())
                    .unwrap_or_default()
            }
        }
    }

    /// Position in [`Lang::ALL`].
    fn index(self) -> usize {
        match self {
            Lang::En => 0,
            Lang::De => 1,
            Lang::Nl => 2,
            Lang::Pseudo => 3,
        }
    }
}

static DEFAULT_LANG: AtomicU8 = AtomicU8::new(0);

/// The process-wide language: the CLI's `--lang`, the GUI's choice. Texts are shown and
/// serialised in it unless a caller names another.
pub fn default_lang() -> Lang {
    let i = usize::from(DEFAULT_LANG.load(Ordering::Relaxed));
    Lang::ALL.get(i).copied().unwrap_or_default()
}

pub fn set_default_lang(lang: Lang) {
    DEFAULT_LANG.store(u8::try_from(lang.index()).unwrap_or(0), Ordering::Relaxed);
}

/// A value a message is filled with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    /// Words or numbers already formatted as the caller wants them (addresses, `1.5`).
    Str(String),
    /// A count: plural rules select on it.
    Int(i64),
    /// Another message, rendered in the same language.
    Text(Box<Text>),
    /// Titles listed inside a sentence: each rendered, started lower-case where the language
    /// does, joined by `; `.
    Inline(Vec<Text>),
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(s.to_owned())
    }
}
impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Str(s)
    }
}
impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::Str(s.clone())
    }
}
impl From<Text> for Arg {
    /// Plain text is a plain argument (so a stored text reads back equal).
    fn from(t: Text) -> Self {
        match t {
            Text::Plain(s) => Arg::Str(s),
            t => Arg::Text(Box::new(t)),
        }
    }
}
impl From<Vec<Text>> for Arg {
    fn from(t: Vec<Text>) -> Self {
        Arg::Inline(t)
    }
}
macro_rules! int_arg {
    ($($t:ty)*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Int(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
int_arg!(u8 u16 u32 u64 usize i32 i64);

/// A kept sentence: a catalogue message with its arguments, or plain text that is not ours to
/// translate (a device's name, an OS error, a sentence from an older saved audit).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    Msg {
        id: String,
        args: BTreeMap<String, Arg>,
    },
    Plain(String),
}

/// Plain words (not ours to translate).
impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Plain(s.to_owned())
    }
}

/// Plain words (not ours to translate).
impl From<String> for Text {
    fn from(s: String) -> Self {
        Text::Plain(s)
    }
}

impl Default for Text {
    fn default() -> Self {
        Text::Plain(String::new())
    }
}

impl Text {
    /// The message `id` (a literal, so that the catalogue test finds it; see [`text!`]).
    pub fn new(id: &'static str) -> Self {
        Text::Msg {
            id: id.to_owned(),
            args: BTreeMap::new(),
        }
    }

    /// The message `id` with `args`, in the shape [`tr`] takes them (a literal id, like
    /// [`Text::new`]).
    pub fn with(id: &'static str, args: &[(&str, Arg)]) -> Self {
        Text::Msg {
            id: id.to_owned(),
            args: args
                .iter()
                .map(|(k, v)| ((*k).to_owned(), v.clone()))
                .collect(),
        }
    }

    pub fn plain(s: impl Into<String>) -> Self {
        Text::Plain(s.into())
    }

    /// With one more argument.
    #[must_use]
    pub fn arg(mut self, name: &str, value: impl Into<Arg>) -> Self {
        if let Text::Msg { args, .. } = &mut self {
            args.insert(name.to_owned(), value.into());
        }
        self
    }

    /// The sentence in `lang`.
    pub fn render(&self, lang: Lang) -> String {
        match self {
            Text::Plain(s) => s.clone(),
            Text::Msg { id, args } => catalogue::format(lang, id, args),
        }
    }

    /// No words at all (an empty plain text).
    pub fn is_empty(&self) -> bool {
        matches!(self, Text::Plain(s) if s.trim().is_empty())
    }

    /// The message id, for a catalogue message.
    pub fn id(&self) -> Option<&str> {
        match self {
            Text::Msg { id, .. } => Some(id),
            Text::Plain(_) => None,
        }
    }
}

/// A [`Text`] from a message id and named arguments:
/// `text!("diagnosis-no-answer-evidence", sent = n, scope = label)`.
#[macro_export]
macro_rules! text {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::text::Text::new($id)$(.arg(stringify!($name), $value))*
    };
}

/// The message `id` in `lang` with `args`, e.g. `tr(Lang::En, "verdict-light-red", &[])`. A
/// message missing from `lang` falls back to English, one missing there to its id.
pub fn tr(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let args: BTreeMap<String, Arg> = args
        .iter()
        .map(|(k, v)| ((*k).to_owned(), v.clone()))
        .collect();
    catalogue::format(lang, id, &args)
}

impl fmt::Display for Text {
    /// Rendered in the [`default_lang`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(default_lang()))
    }
}

thread_local! {
    static STORING: Cell<bool> = const { Cell::new(false) };
}

/// Run `f` (a serialisation) with every [`Text`] written as its id and arguments rather than
/// its rendered words: the form that is stored (sessions), so a saved audit can be shown in
/// any language later.
pub fn storing<T>(f: impl FnOnce() -> T) -> T {
    struct Reset(bool);
    impl Drop for Reset {
        fn drop(&mut self) {
            STORING.with(|s| s.set(self.0));
        }
    }
    let _reset = Reset(STORING.with(|s| s.replace(true)));
    f()
}

fn is_storing() -> bool {
    STORING.with(Cell::get)
}

thread_local! {
    static WORDING: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Run `f` (a serialisation) with every [`Text`] written as its words in `lang` (not in the
/// [`default_lang`]): a report is written in its own language, whatever the process's.
pub fn wording_in<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    struct Reset(Option<Lang>);
    impl Drop for Reset {
        fn drop(&mut self) {
            WORDING.with(|w| w.set(self.0));
        }
    }
    let _reset = Reset(WORDING.with(|w| w.replace(Some(lang))));
    f()
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Text::Msg { id, args } if is_storing() => {
                let mut m = s.serialize_map(Some(2))?;
                m.serialize_entry("id", id)?;
                m.serialize_entry("args", args)?;
                m.end()
            }
            Text::Plain(p) => s.serialize_str(p),
            Text::Msg { .. } => {
                let lang = WORDING.with(Cell::get).unwrap_or_else(default_lang);
                s.serialize_str(&self.render(lang))
            }
        }
    }
}

impl Serialize for Arg {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Arg::Str(v) => s.serialize_str(v),
            Arg::Int(n) => s.serialize_i64(*n),
            Arg::Text(t) => t.serialize(s),
            Arg::Inline(list) => list.serialize(s),
        }
    }
}

/// What a stored text or argument may look like in JSON.
#[derive(Deserialize)]
#[serde(untagged)]
enum Stored {
    Plain(String),
    Int(i64),
    Msg {
        id: String,
        #[serde(default)]
        args: BTreeMap<String, Stored>,
    },
    List(Vec<Stored>),
}

impl Stored {
    fn into_text(self) -> Result<Text, String> {
        match self {
            Stored::Plain(s) => Ok(Text::Plain(s)),
            Stored::Msg { id, args } => Ok(Text::Msg {
                id,
                args: args
                    .into_iter()
                    .map(|(k, v)| v.into_arg().map(|v| (k, v)))
                    .collect::<Result<_, _>>()?,
            }),
            Stored::Int(_) | Stored::List(_) => Err("a text must be a string or {id, args}".into()),
        }
    }

    fn into_arg(self) -> Result<Arg, String> {
        match self {
            Stored::Plain(s) => Ok(Arg::Str(s)),
            Stored::Int(n) => Ok(Arg::Int(n)),
            m @ Stored::Msg { .. } => Ok(Arg::Text(Box::new(m.into_text()?))),
            Stored::List(items) => Ok(Arg::Inline(
                items
                    .into_iter()
                    .map(Stored::into_text)
                    .collect::<Result<_, _>>()?,
            )),
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        Stored::deserialize(d)?
            .into_text()
            .map_err(de::Error::custom)
    }
}

#[cfg(test)]
mod tests;
