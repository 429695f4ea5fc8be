//! `bas-audit --version` names the package version and the commit the binary was built from
//! (app/build.rs). The choice between git, `BAS_AUDIT_COMMIT` and "unknown" is unit-tested in
//! `src/version.rs`; installers/test-deb.sh checks the packaged binary the same way.

use std::path::Path;
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_bas-audit");

fn version_output() -> String {
    let out = Command::new(BIN)
        .arg("--version")
        .output()
        .expect("run bas-audit");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// "bas-audit 0.1.0 (commit 91337b3fa9c0)\n" → ("0.1.0", "91337b3fa9c0").
fn parse(line: &str) -> (String, String) {
    let rest = line
        .strip_suffix('\n')
        .and_then(|l| l.strip_prefix("bas-audit "))
        .unwrap_or_else(|| panic!("not a version line: {line:?}"));
    let (version, commit) = rest
        .split_once(" (commit ")
        .unwrap_or_else(|| panic!("no commit in {line:?}"));
    let commit = commit
        .strip_suffix(')')
        .unwrap_or_else(|| panic!("unclosed in {line:?}"));
    (version.to_owned(), commit.to_owned())
}

#[test]
fn version_names_the_package_version_and_the_commit_built_from() {
    let (version, commit) = parse(&version_output());
    assert_eq!(version, env!("CARGO_PKG_VERSION"));
    match env!("BAS_AUDIT_COMMIT_SOURCE") {
        // Built in this repository's git: exactly HEAD's first 12 digits (build.rs reruns when
        // HEAD moves, so a commit made since the last build is seen).
        "git" => {
            let head = Command::new("git")
                .arg("-C")
                .arg(Path::new(env!("CARGO_MANIFEST_DIR")))
                .args(["rev-parse", "HEAD"])
                .output()
                .expect("git is there: build.rs used it");
            let head = String::from_utf8(head.stdout).expect("UTF-8");
            assert_eq!(commit.len(), 12, "{commit}");
            assert!(head.starts_with(&commit), "HEAD {head} vs {commit}");
        }
        "env" => assert_eq!(commit, env!("BAS_AUDIT_COMMIT")),
        "none" => assert_eq!(commit, "unknown"),
        other => panic!("unexpected BAS_AUDIT_COMMIT_SOURCE {other}"),
    }
}

#[test]
fn short_v_prints_the_same_line() {
    let out = Command::new(BIN).arg("-V").output().expect("run bas-audit");
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).expect("UTF-8"),
        version_output()
    );
}
