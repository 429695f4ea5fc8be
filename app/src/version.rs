//! The version line: the package version and the commit the binary was built from (recorded by
//! `app/build.rs`; "unknown" outside git unless `BAS_AUDIT_COMMIT` names it).

/// What `bas-audit --version` prints after the program name. The commit is 12 hex digits from
/// git, the `BAS_AUDIT_COMMIT` given at build time, or "unknown".
pub const VERSION_LINE: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (commit ",
    env!("BAS_AUDIT_COMMIT"),
    ")"
);

#[cfg(test)]
#[path = "../build/commit.rs"]
mod commit;

#[cfg(test)]
mod tests {
    use super::commit::{MAX_COMMIT_LEN, commit_label};

    const HEAD: &str = "91337b3fa9c0e4d1b2a3c4d5e6f708192a3b4c5d";

    #[test]
    fn git_head_is_shortened_to_twelve_digits() {
        assert_eq!(commit_label(None, Some(HEAD)).unwrap(), "91337b3fa9c0");
        assert_eq!(
            commit_label(None, Some("91337B3FA9C0E4D1\n")).unwrap(),
            "91337b3fa9c0"
        );
    }

    #[test]
    fn the_environment_override_wins_over_git() {
        assert_eq!(commit_label(Some("v0.1.0"), Some(HEAD)).unwrap(), "v0.1.0");
        assert_eq!(commit_label(Some(" abc123 "), None).unwrap(), "abc123");
        // Set but empty means "not set" (an empty variable in a packaging script).
        assert_eq!(commit_label(Some(""), Some(HEAD)).unwrap(), "91337b3fa9c0");
    }

    #[test]
    fn without_git_or_override_it_says_unknown() {
        assert_eq!(commit_label(None, None).unwrap(), "unknown");
        // Not an object name (git printed something else): not shown as one.
        assert_eq!(commit_label(None, Some("HEAD")).unwrap(), "unknown");
        assert_eq!(commit_label(None, Some("91337b3")).unwrap(), "unknown");
    }

    #[test]
    fn a_malformed_override_is_refused() {
        for bad in ["abc def", "abc\u{1b}[31m", "x;rm", "ü"] {
            assert!(commit_label(Some(bad), Some(HEAD)).is_err(), "{bad:?}");
        }
        let long = "a".repeat(MAX_COMMIT_LEN + 1);
        assert!(commit_label(Some(&long), None).is_err());
        let longest = "a".repeat(MAX_COMMIT_LEN);
        assert_eq!(commit_label(Some(&longest), None).unwrap(), longest);
    }

    #[test]
    fn the_version_line_names_the_package_version_and_commit() {
        assert!(super::VERSION_LINE.starts_with(env!("CARGO_PKG_VERSION")));
        assert!(super::VERSION_LINE.ends_with(concat!("(commit ", env!("BAS_AUDIT_COMMIT"), ")")));
    }
}
