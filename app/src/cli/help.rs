//! Clap's `--help` in the CLI's language. The derive (`Cli`) stays the parser and the English
//! source; before parsing, its `Command` is walked and every command's about and every
//! argument's help are replaced by catalogue messages (`assets/text/<lang>/cli-help.ftl`),
//! named after the command path and the argument's id: `cli-about-watch-learn`,
//! `cli-help-analyze-json`, `cli-long-help-<command>-<argument>` (a long help, when the
//! derive has one), `cli-value-report-format-pdf` (a value's help). English is the derive's own words (a
//! test keeps them equal), so the man pages and completions `generate-docs` writes read the
//! same.

use audit_core::text::{Lang, has_message, tr};
use clap::{Arg, ArgAction, Command, CommandFactory};

use super::Cli;

/// One text of the command tree: its message id and the derive's English words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HelpText {
    pub id: String,
    pub english: String,
}

/// The command line's `Command` with its texts in `lang`. In English it is the derive's
/// (clap's own words around them included); in another language clap's headings, its `-h`,
/// `-V` and `help` texts are the catalogue's too (`cli-clap-*`). Clap's error messages stay
/// English.
pub fn command(lang: Lang) -> Command {
    let cmd = localise(Cli::command(), &[], lang);
    if lang == Lang::En {
        return cmd;
    }
    let mut cmd = headings(values_and_defaults(cmd, &[], lang), lang);
    // Clap adds its `--help`, `--version` and `help` when it builds the tree; they are
    // reworded after that.
    cmd.build();
    reword_builtins(cmd, lang)
}

/// An argument's `[default: 20]`, `[possible values: a, b]` and its values' helps, which clap
/// words itself, are written into its help in `lang` (and clap's hidden).
fn values_and_defaults(mut cmd: Command, path: &[String], lang: Lang) -> Command {
    let args: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for a in args {
        let k = key(path, Some(&a));
        cmd = cmd.mut_arg(a.as_str(), |mut arg: Arg| {
            // Flags have values too (true, false) that clap never shows.
            let Some(help) = arg
                .get_help()
                .filter(|_| arg.get_action().takes_values())
                .map(ToString::to_string)
            else {
                return arg;
            };
            let mut short = help.clone();
            let mut long = None;
            let values: Vec<_> = arg
                .get_possible_values()
                .into_iter()
                .filter(|v| !v.is_hide_set())
                .collect();
            if !values.is_empty() && !arg.is_hide_possible_values_set() {
                let possible = tr(lang, "cli-clap-possible-values", &[]);
                let names: Vec<&str> = values.iter().map(|v| v.get_name()).collect();
                short = format!("{short} [{possible}: {}]", names.join(", "));
                if values.iter().any(|v| v.get_help().is_some()) {
                    let width = names.iter().map(|n| n.len()).max().unwrap_or(0);
                    let lines: Vec<String> = values
                        .iter()
                        .map(|v| {
                            let id = format!("cli-value-{k}-{}", v.get_name());
                            let words = words(lang, &id)
                                .or_else(|| v.get_help().map(ToString::to_string))
                                .unwrap_or_default();
                            let name = format!("{}:", v.get_name());
                            format!("- {name:<w$} {words}", w = width + 1)
                        })
                        .collect();
                    let heading = tr(lang, "cli-clap-possible-values-heading", &[]);
                    long = Some(format!("{help}\n\n{heading}:\n{}", lines.join("\n")));
                }
                arg = arg.hide_possible_values(true);
            }
            let defaults: Vec<String> = arg
                .get_default_values()
                .iter()
                .map(|v| v.to_string_lossy().into_owned())
                .collect();
            if !defaults.is_empty() && !arg.is_hide_default_value_set() {
                let default = format!(
                    " [{}: {}]",
                    tr(lang, "cli-clap-default", &[]),
                    defaults.join(", ")
                );
                short.push_str(&default);
                long = long.map(|l| format!("{l}\n\n{}", default.trim_start()));
                arg = arg.hide_default_value(true);
            }
            arg = arg.help(short);
            if let Some(l) = long {
                arg = arg.long_help(l);
            }
            arg
        });
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for s in subs {
        let mut sub_path = path.to_vec();
        sub_path.push(s.clone());
        cmd = cmd.mut_subcommand(s.as_str(), |sub| values_and_defaults(sub, &sub_path, lang));
    }
    cmd
}

/// Headings: `Usage:` (in the template), `Commands`, `Arguments`, `Options`.
fn headings(mut cmd: Command, lang: Lang) -> Command {
    let usage = tr(lang, "cli-clap-usage", &[]);
    cmd = cmd
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{usage} {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(tr(lang, "cli-clap-commands", &[]));
    let args: Vec<(String, bool)> = cmd
        .get_arguments()
        .filter(|a| a.get_help_heading().is_none())
        .map(|a| (a.get_id().to_string(), a.is_positional()))
        .collect();
    for (a, positional) in args {
        let heading = if positional {
            tr(lang, "cli-clap-arguments", &[])
        } else {
            tr(lang, "cli-clap-options", &[])
        };
        cmd = cmd.mut_arg(a.as_str(), |arg| arg.help_heading(heading));
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for s in subs {
        cmd = cmd.mut_subcommand(s.as_str(), |sub| headings(sub, lang));
    }
    cmd
}

/// Clap's own `-h`, `-V` and `help` subcommand, in `lang`, through the whole built tree.
fn reword_builtins(mut cmd: Command, lang: Lang) -> Command {
    let options = tr(lang, "cli-clap-options", &[]);
    let has = |cmd: &Command, id: &str| cmd.get_arguments().any(|a| a.get_id() == id);
    if has(&cmd, "help") {
        let (short, long) = (
            tr(lang, "cli-clap-help-more", &[]),
            tr(lang, "cli-clap-help-summary", &[]),
        );
        let words = tr(lang, "cli-clap-help", &[]);
        let heading = options.clone();
        cmd = cmd.mut_arg("help", |a| {
            // With a long help somewhere, clap's `-h` says there is more with `--help`.
            if a.get_long_help().is_some() {
                a.help(short).long_help(long)
            } else {
                a.help(words)
            }
            .help_heading(heading)
        });
    }
    if has(&cmd, "version") {
        let words = tr(lang, "cli-clap-version", &[]);
        let heading = options.clone();
        cmd = cmd.mut_arg("version", |a| a.help(words).help_heading(heading));
    }
    if has(&cmd, "subcommand") && cmd.get_name() == "help" {
        let words = tr(lang, "cli-clap-help-command-for", &[]);
        let heading = tr(lang, "cli-clap-arguments", &[]);
        cmd = cmd.mut_arg("subcommand", |a| a.help(words).help_heading(heading));
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for s in subs {
        cmd = cmd.mut_subcommand(s.as_str(), |mut sub| {
            if s == "help" {
                sub = sub.about(tr(lang, "cli-clap-help-command", &[]));
            }
            reword_builtins(sub, lang)
        });
    }
    cmd
}

/// The language `--lang` asks for in `args` (`--lang de`, `--lang=de`), read before clap
/// parses them so that `--help` is already in it; `None` when absent or not a language (clap
/// refuses that one later).
pub fn lang_in_args<I, S>(args: I) -> Option<Lang>
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let mut args = args.into_iter();
    let mut found = None;
    while let Some(a) = args.next() {
        let Some(a) = a.as_ref().to_str() else {
            continue;
        };
        if a == "--" {
            break;
        }
        if a == "--lang" {
            found = args
                .next()
                .and_then(|v| v.as_ref().to_str().and_then(Lang::parse));
        } else if let Some(v) = a.strip_prefix("--lang=") {
            found = Lang::parse(v);
        }
    }
    found
}

fn key(path: &[String], leaf: Option<&str>) -> String {
    path.iter()
        .map(String::as_str)
        .chain(leaf)
        .map(|p| p.replace('_', "-"))
        .collect::<Vec<_>>()
        .join("-")
}

fn id(kind: &str, key: &str) -> String {
    if key.is_empty() {
        kind.to_owned()
    } else {
        format!("{kind}-{key}")
    }
}

/// The message `id` in `lang`, when the catalogue has it.
fn words(lang: Lang, id: &str) -> Option<String> {
    has_message(Lang::En, id).then(|| tr(lang, id, &[]))
}

fn localise(mut cmd: Command, path: &[String], lang: Lang) -> Command {
    let here = key(path, None);
    if cmd.get_about().is_some()
        && let Some(t) = words(lang, &id("cli-about", &here))
    {
        cmd = cmd.about(t);
    }
    if cmd.get_long_about().is_some()
        && let Some(t) = words(lang, &id("cli-long-about", &here))
    {
        cmd = cmd.long_about(t);
    }
    let args: Vec<String> = cmd
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for a in args {
        let k = key(path, Some(&a));
        let help = words(lang, &id("cli-help", &k));
        let long = words(lang, &id("cli-long-help", &k));
        cmd = cmd.mut_arg(a.as_str(), |mut arg: Arg| {
            if arg.get_help().is_some()
                && let Some(t) = help
            {
                arg = arg.help(t);
            }
            if arg.get_long_help().is_some()
                && let Some(t) = long
            {
                arg = arg.long_help(t);
            }
            arg
        });
    }
    let subs: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for s in subs {
        let mut sub_path = path.to_vec();
        sub_path.push(s.clone());
        cmd = cmd.mut_subcommand(s.as_str(), |sub| localise(sub, &sub_path, lang));
    }
    cmd
}

/// Every text of the derive's command tree, with the id it is looked up by (the tests check
/// each is in the catalogue, in every language, and that English says the same).
pub fn texts() -> Vec<HelpText> {
    let mut out = Vec::new();
    collect(&Cli::command(), &[], &mut out);
    out
}

fn collect(cmd: &Command, path: &[String], out: &mut Vec<HelpText>) {
    let here = key(path, None);
    let mut push = |id: String, words: Option<String>| {
        if let Some(english) = words {
            out.push(HelpText { id, english });
        }
    };
    push(
        id("cli-about", &here),
        cmd.get_about().map(ToString::to_string),
    );
    push(
        id("cli-long-about", &here),
        cmd.get_long_about().map(ToString::to_string),
    );
    for a in cmd.get_arguments() {
        let k = key(path, Some(a.get_id().as_str()));
        push(id("cli-help", &k), a.get_help().map(ToString::to_string));
        push(
            id("cli-long-help", &k),
            a.get_long_help().map(ToString::to_string),
        );
        for v in a.get_possible_values() {
            push(
                format!("cli-value-{k}-{}", v.get_name()),
                v.get_help().map(ToString::to_string),
            );
        }
    }
    for s in cmd.get_subcommands() {
        let mut sub_path = path.to_vec();
        sub_path.push(s.get_name().to_owned());
        collect(s, &sub_path, out);
    }
}

/// Arguments and commands of the derive that a user sees without a text (none should be).
pub fn missing() -> Vec<String> {
    let mut out = Vec::new();
    missing_in(&Cli::command(), &[], &mut out);
    out
}

fn missing_in(cmd: &Command, path: &[String], out: &mut Vec<String>) {
    if !cmd.is_hide_set() {
        if cmd.get_about().is_none() {
            out.push(format!("command `{}` has no about", key(path, None)));
        }
        for a in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            if a.get_help().is_none() && !matches!(a.get_action(), ArgAction::Help) {
                out.push(format!(
                    "argument `{}` has no help",
                    key(path, Some(a.get_id().as_str()))
                ));
            }
        }
    }
    for s in cmd.get_subcommands() {
        let mut sub_path = path.to_vec();
        sub_path.push(s.get_name().to_owned());
        missing_in(s, &sub_path, out);
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use audit_core::text::message_ids;

    use super::*;

    /// The ids looked up by command path (audit-core's catalogue test leaves them to this one).
    fn by_path(id: &str) -> bool {
        [
            "cli-about",
            "cli-long-about-",
            "cli-help-",
            "cli-long-help-",
            "cli-value-",
        ]
        .iter()
        .any(|p| id.starts_with(p))
    }

    #[test]
    fn every_command_and_argument_has_its_help_in_every_language() {
        assert_eq!(missing(), Vec::<String>::new());
        let texts = texts();
        assert!(texts.len() > 60, "the walk found too little: {texts:?}");
        let mut ids = BTreeSet::new();
        for t in &texts {
            assert!(ids.insert(&t.id), "two texts share the id {}", t.id);
            // English is the derive's own words, so the man pages say the same.
            assert_eq!(tr(Lang::En, &t.id, &[]), t.english, "{}", t.id);
            for lang in [Lang::De, Lang::Nl] {
                assert!(
                    message_ids(lang).iter().any(|(_, id)| *id == t.id),
                    "{} has no {} help",
                    t.id,
                    lang.code()
                );
                assert_ne!(tr(lang, &t.id, &[]), t.english, "{} untranslated", t.id);
            }
        }
        let stale: Vec<String> = message_ids(Lang::En)
            .into_iter()
            .map(|(_, id)| id)
            .filter(|id| by_path(id) && !ids.contains(id))
            .collect();
        assert!(
            stale.is_empty(),
            "help for no command or argument: {stale:?}"
        );
    }

    fn help_of(lang: Lang, path: &[&str]) -> String {
        let mut cmd = command(lang);
        cmd.build();
        let mut sub = &mut cmd;
        for p in path {
            sub = sub.find_subcommand_mut(p).expect("a subcommand");
        }
        sub.render_help().to_string()
    }

    #[test]
    fn help_is_in_the_language_asked_for() {
        let en = help_of(Lang::En, &["analyze"]);
        assert!(
            en.contains("Print the report as JSON instead of text"),
            "{en}"
        );
        assert!(en.contains("Usage:") && en.contains("Print help"), "{en}");
        let de = help_of(Lang::De, &["analyze"]);
        assert!(
            de.contains("Den Bericht als JSON statt als Text ausgeben"),
            "{de}"
        );
        assert!(
            de.contains("Aufruf:") && de.contains("Hilfe anzeigen"),
            "{de}"
        );
        assert!(de.contains("Mitschnitt-Datei (.pcap oder .pcapng)"), "{de}");
        let nl = help_of(Lang::Nl, &["watch", "learn"]);
        assert!(nl.contains("Waar het model wordt geschreven"), "{nl}");
        assert!(nl.contains("Opties") && !nl.contains("Options"), "{nl}");
        let top = help_of(Lang::De, &[]);
        assert!(
            top.contains("Befehle") && top.contains("Version anzeigen"),
            "{top}"
        );
        assert!(!top.contains("Print this message"), "{top}");
    }

    #[test]
    fn a_german_tree_still_parses_like_the_english_one() {
        let m = command(Lang::De)
            .try_get_matches_from(["bas-audit", "--lang", "de", "analyze", "x.pcap", "--json"])
            .unwrap();
        let cli = <Cli as clap::FromArgMatches>::from_arg_matches(&m).unwrap();
        assert_eq!(cli.lang, Some(Lang::De));
        assert!(matches!(
            cli.command,
            Some(super::super::Command::Analyze(_))
        ));
    }

    #[test]
    fn lang_is_read_ahead_of_clap() {
        assert_eq!(lang_in_args(["--lang", "de", "check"]), Some(Lang::De));
        assert_eq!(lang_in_args(["check", "--lang=nl"]), Some(Lang::Nl));
        assert_eq!(lang_in_args(["check", "--lang", "xx"]), None);
        assert_eq!(lang_in_args(["check", "--", "--lang", "de"]), None);
        assert_eq!(lang_in_args(["check"]), None);
    }
}
