//! Build script: records the commit the binary is built from (see `build/commit.rs`).

#[path = "build/commit.rs"]
mod commit;

use std::path::Path;
use std::process::Command;

fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

fn main() {
    let dir = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".to_owned());
    let dir = Path::new(&dir);
    println!("cargo:rerun-if-env-changed=BAS_AUDIT_COMMIT");
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build/commit.rs");

    let override_value = std::env::var("BAS_AUDIT_COMMIT").ok();
    // Only this repository's git: a source tarball unpacked inside some other git checkout (a
    // distribution's packaging repository, say) must not report that checkout's commit.
    let ours = git(dir, &["rev-parse", "--show-toplevel"]).is_some_and(|top| {
        let app = Path::new(&top).join("app");
        app.canonicalize().ok() == dir.canonicalize().ok()
    });
    let head = if ours {
        git(dir, &["rev-parse", "HEAD"])
    } else {
        None
    };
    // Rebuild when HEAD moves: watch HEAD itself, the branch file it names and packed-refs.
    // Only files that exist: a missing one would make cargo rerun this script on every build.
    if head.is_some() {
        let mut watched = vec!["HEAD".to_owned(), "packed-refs".to_owned()];
        if let Some(reference) = git(dir, &["symbolic-ref", "-q", "HEAD"]) {
            watched.push(reference);
        }
        for name in watched {
            if let Some(path) = git(
                dir,
                &["rev-parse", "--path-format=absolute", "--git-path", &name],
            ) && Path::new(&path).exists()
            {
                println!("cargo:rerun-if-changed={path}");
            }
        }
    }
    let source = match (&override_value, &head) {
        (Some(v), _) if !v.trim().is_empty() => "env",
        (_, Some(_)) => "git",
        _ => "none",
    };
    match commit::commit_label(override_value.as_deref(), head.as_deref()) {
        Ok(label) => {
            println!("cargo:rustc-env=BAS_AUDIT_COMMIT={label}");
            println!("cargo:rustc-env=BAS_AUDIT_COMMIT_SOURCE={source}");
        }
        Err(message) => {
            eprintln!("error: {message}");
            std::process::exit(1);
        }
    }
}
