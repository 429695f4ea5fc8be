//! `bas-audit generate-docs DIR` (hidden; for packagers): the man pages and shell completions,
//! made from the same clap definitions the binary parses its arguments with, so they cannot drift
//! from the options it accepts. The packaging scripts run it on the very binary they ship
//! (installers/deb/build.sh, .github/workflows/release.yml); installers/README.md says why this
//! is a subcommand rather than a build script or an xtask.
//!
//! Writes `DIR/man/bas-audit.1` (with the sections clap cannot know: live capture permission,
//! files, environment, exit status), one page per visible subcommand (`bas-audit-analyze.1`,
//! `bas-audit-watch-learn.1`, ...) and `DIR/completions/` for bash, zsh and fish.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use std::ffi::OsString;

use clap::{CommandFactory, Parser};
use clap_complete::Shell;
use clap_mangen::Man;
use clap_mangen::roff::{Roff, bold, italic, roman};

use super::EXIT_BAD_INPUT;

/// The hidden command's name: `bas-audit generate-docs DIR`.
pub const COMMAND: &str = "generate-docs";

/// Its own small parser: it is not a subcommand of `Cli`, so that the pages and completions it
/// writes do not list it.
#[derive(Debug, Parser)]
#[command(
    name = "bas-audit generate-docs",
    about = "Write the man pages and shell completions (for packagers)"
)]
pub struct GenerateDocsArgs {
    /// Directory to write into (created if missing): man/ and completions/
    #[arg(value_name = "DIR")]
    pub out: PathBuf,
}

/// Shells we write completions for (the ones Debian has vendor completion directories for).
pub const SHELLS: [Shell; 3] = [Shell::Bash, Shell::Zsh, Shell::Fish];

pub fn run(args: impl IntoIterator<Item = OsString>) -> ExitCode {
    let args = GenerateDocsArgs::parse_from(args);
    match write_all(&args.out) {
        Ok(files) => {
            for f in files {
                println!("{}", f.display());
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!(
                "bas-audit: generate-docs: cannot write into {}: {e}",
                args.out.display()
            );
            ExitCode::from(EXIT_BAD_INPUT)
        }
    }
}

/// Writes every page and completion file; returns the paths written.
pub fn write_all(out: &Path) -> io::Result<Vec<PathBuf>> {
    let man_dir = out.join("man");
    let completions_dir = out.join("completions");
    fs::create_dir_all(&man_dir)?;
    fs::create_dir_all(&completions_dir)?;
    let mut written = Vec::new();

    let mut cmd = super::Cli::command().disable_help_subcommand(true);
    debug_assert!(cmd.find_subcommand(COMMAND).is_none());
    // Gives subcommands their display names (`bas-audit-watch-learn`) and propagates globals.
    cmd.build();
    written.push(write_main_page(&cmd, &man_dir)?);
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        subcommand_pages(sub.clone(), &man_dir, &mut written)?;
    }

    for shell in SHELLS {
        written.push(clap_complete::generate_to(
            shell,
            &mut cmd,
            "bas-audit",
            &completions_dir,
        )?);
    }
    Ok(written)
}

fn man(cmd: clap::Command) -> Man {
    Man::new(cmd).manual("BAS Audit manual")
}

fn subcommand_pages(cmd: clap::Command, dir: &Path, written: &mut Vec<PathBuf>) -> io::Result<()> {
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()) {
        subcommand_pages(sub.clone(), dir, written)?;
    }
    written.push(man(cmd).generate_to(dir)?);
    Ok(())
}

fn write_main_page(cmd: &clap::Command, dir: &Path) -> io::Result<PathBuf> {
    let page = man(cmd.clone());
    let mut rendered = Vec::new();
    page.render(&mut rendered)?;
    let mut text = String::from_utf8_lossy(&rendered).into_owned();
    // Our sections go where a reader looks for them: the overview before the options, the rest
    // before the version (clap_mangen renders whole pages only).
    insert_before(&mut text, "\n.SH OPTIONS", &body(&overview()));
    insert_before(&mut text, "\n.SH VERSION", &body(&extra_sections()));
    let path = dir.join(page.get_filename());
    fs::write(&path, text)?;
    Ok(path)
}

/// Inserts `what` before the line starting `marker` (at the end when there is none).
fn insert_before(text: &mut String, marker: &str, what: &str) {
    let at = text.find(marker).map_or(text.len(), |i| i + 1);
    text.insert_str(at, what);
}

/// Roff source without the apostrophe preamble, which the page already starts with.
fn body(roff: &Roff) -> String {
    roff.render()
        .lines()
        .filter(|l| !l.starts_with(".ie \\n(.g .ds Aq") && !l.starts_with(".el .ds Aq"))
        .map(|l| format!("{l}\n"))
        .collect()
}

/// Text after clap's one-line description: what the program is for and how it behaves.
fn overview() -> Roff {
    let mut r = Roff::new();
    r.control("PP", []).text([roman(
        "Without a subcommand, bas-audit opens the desktop app (with --demo: on a built-in demo \
         building simulated on loopback). The subcommands are the same jobs from the command \
         line. Nothing is sent on the network until you start a job that sends, and every such \
         job is rate-limited and read-only unless you ask for a write test.",
    )]);
    r
}

/// The sections clap cannot derive from the arguments.
fn extra_sections() -> Roff {
    let mut r = Roff::new();
    r.control("SH", ["LIVE CAPTURE"]);
    r.text([
        roman("Listening passively on the BACnet/IP and KNX UDP ports needs no privileges. "),
        roman("Capturing everything an interface sees ("),
        bold("watch learn --live SECONDS --interface NAME"),
        roman(
            ", e.g. on a switch's mirror port) needs the CAP_NET_RAW capability. It is never \
               granted silently. With the Debian package, run ",
        ),
        bold("sudo dpkg-reconfigure bas-audit"),
        roman(" and answer yes; otherwise run "),
        bold("sudo setcap cap_net_raw+ep /usr/bin/bas-audit"),
        roman(
            ". Either way every user of this computer can then read all traffic on its network \
               interfaces with bas-audit. Remove it again with ",
        ),
        bold("sudo setcap -r /usr/bin/bas-audit"),
        roman(" (or answer no)."),
    ]);
    r.control("SH", ["FILES"]);
    r.control("TP", [])
        .text([italic("~/.local/share/bas-audit/sessions/")]);
    r.text([roman(
        "Saved audits (JSON), written by the desktop app and by --session. \
         $BAS_AUDIT_DATA_DIR/sessions when that variable is set.",
    )]);
    r.control("SH", ["ENVIRONMENT"]);
    r.control("TP", []).text([bold("BAS_AUDIT_DATA_DIR")]);
    r.text([roman(
        "Where saved audits are kept, instead of the user's data directory.",
    )]);
    r.control("TP", []).text([bold("BAS_AUDIT_RENDERER")]);
    r.text([roman(
        "Desktop app renderer: wgpu (the default) or glow, when both are built in.",
    )]);
    r.control("SH", ["EXIT STATUS"]);
    r.text([roman(
        "0 when the job ran, whether or not it found anything; 2 with a one-line error when the \
         input or the settings could not be used; 1 on other failures.",
    )]);
    r.control("SH", ["SEE ALSO"]);
    r.text([
        bold("bas-audit-analyze"),
        roman("(1), "),
        bold("bas-audit-check"),
        roman("(1), "),
        bold("bas-audit-discover"),
        roman("(1), "),
        bold("bas-audit-report"),
        roman("(1), "),
        bold("bas-audit-watch"),
        roman("(1), "),
        bold("setcap"),
        roman("(8)"),
    ]);
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_a_page_per_visible_subcommand_and_the_completions() {
        let dir = tempfile::tempdir().unwrap();
        let written = write_all(dir.path()).unwrap();
        let names: Vec<String> = written
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        for expected in [
            "bas-audit.1",
            "bas-audit-analyze.1",
            "bas-audit-check.1",
            "bas-audit-discover.1",
            "bas-audit-report.1",
            "bas-audit-watch.1",
            "bas-audit-watch-learn.1",
            "bas-audit-watch-detect.1",
            "bas-audit.bash",
            "_bas-audit",
            "bas-audit.fish",
        ] {
            assert!(
                names.iter().any(|n| n == expected),
                "{expected} in {names:?}"
            );
        }
        // The packaging command gets no page and is not offered for completion.
        assert!(!names.iter().any(|n| n.contains("generate")), "{names:?}");
        for file in ["bas-audit.bash", "_bas-audit", "bas-audit.fish"] {
            let text = fs::read_to_string(dir.path().join("completions").join(file)).unwrap();
            // (fish writes long options as `-l interface`)
            assert!(
                text.contains("analyze") && text.contains("interface"),
                "{file}"
            );
            assert!(!text.contains(COMMAND), "{file}");
        }
    }

    #[test]
    fn the_main_page_has_the_options_and_the_capture_permission() {
        let dir = tempfile::tempdir().unwrap();
        write_all(dir.path()).unwrap();
        let page = fs::read_to_string(dir.path().join("man/bas-audit.1")).unwrap();
        assert!(page.contains("\n.TH bas-audit 1 "), "{page}");
        // One apostrophe preamble, at the top.
        assert_eq!(page.matches(".ds Aq \\(aq").count(), 1, "{page}");
        // The overview sits between the description and the options.
        let overview = page.find("Without a subcommand").unwrap();
        assert!(page.find(".SH DESCRIPTION").unwrap() < overview);
        assert!(overview < page.find(".SH OPTIONS").unwrap());
        for section in [
            "NAME",
            "SYNOPSIS",
            "OPTIONS",
            "SUBCOMMANDS",
            "\"LIVE CAPTURE\"",
            "FILES",
            "ENVIRONMENT",
            "\"EXIT STATUS\"",
        ] {
            assert!(page.contains(&format!(".SH {section}")), "{section}");
        }
        assert!(page.contains("dpkg\\-reconfigure bas\\-audit"));
        assert!(page.contains(env!("BAS_AUDIT_COMMIT")));
        let learn = fs::read_to_string(dir.path().join("man/bas-audit-watch-learn.1")).unwrap();
        assert!(learn.contains("\\-\\-interface"));
    }
}
