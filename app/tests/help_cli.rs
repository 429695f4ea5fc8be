//! `--help` speaks the CLI's language: `--lang`, else the system's (`LC_ALL`/`LANG`), else
//! English. The texts come from assets/text/<lang>/cli-help.ftl (app/src/cli/help.rs).

use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_bas-audit");

/// Stdout of `bas-audit ARGS` with the locale `locale` (every locale variable set to it).
fn help(locale: &str, args: &[&str]) -> String {
    let out = Command::new(BIN)
        .args(args)
        .env("LC_ALL", locale)
        .env("LC_MESSAGES", locale)
        .env("LANG", locale)
        .env_remove("LANGUAGE")
        .output()
        .expect("run bas-audit");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn help_is_english_by_default() {
    let out = help("C", &["analyze", "--help"]);
    assert!(
        out.contains("Print the report as JSON instead of text"),
        "{out}"
    );
    assert!(out.contains("Usage: bas-audit analyze"), "{out}");
}

#[test]
fn lang_de_gives_german_help() {
    let out = help("C", &["--lang", "de", "check", "--help"]);
    assert!(
        out.contains("Nur BACnet") || out.contains("nur BACnet"),
        "the --targets help in German: {out}"
    );
    assert!(
        out.contains("Schreibtest: auf jedem gefundenen BACnet-Gerät"),
        "{out}"
    );
    assert!(out.contains("Aufruf: bas-audit check"), "{out}");
    assert!(!out.contains("Print help"), "{out}");
    // After the command as well.
    let out = help("C", &["analyze", "--help", "--lang=de"]);
    assert!(
        out.contains("Den Bericht als JSON statt als Text ausgeben"),
        "{out}"
    );
}

#[test]
fn the_system_language_gives_its_help() {
    let de = help("de_DE.UTF-8", &["watch", "learn", "--help"]);
    assert!(de.contains("Wohin das Modell geschrieben wird"), "{de}");
    let nl = help("nl_NL.UTF-8", &["report", "--help"]);
    assert!(nl.contains("Voor wie het rapport is"), "{nl}");
    // `--lang` wins over the system's.
    let en = help("nl_NL.UTF-8", &["--lang", "en", "report", "--help"]);
    assert!(en.contains("Who the report is for"), "{en}");
}
