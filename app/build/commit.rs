//! Which commit a build comes from, for `bas-audit --version` and the About screen.
//!
//! Shared by `app/build.rs` (which runs git) and the app's unit tests (which test the choice
//! without git). Order: the `BAS_AUDIT_COMMIT` environment variable when set (builds outside git:
//! a source tarball, a distribution's package build), else git's `HEAD`, else "unknown".

/// Longest accepted `BAS_AUDIT_COMMIT`: a full SHA-256 object name is 64 hex digits.
pub const MAX_COMMIT_LEN: usize = 64;

/// Digits of a git object name shown (as `git log --abbrev=12`).
pub const SHORT_LEN: usize = 12;

/// What `--version` prints after "commit ": the override, git's HEAD, or "unknown".
/// A malformed override is an error, so a typo fails the build instead of shipping it.
pub fn commit_label(
    override_value: Option<&str>,
    git_head: Option<&str>,
) -> Result<String, String> {
    if let Some(value) = override_value.map(str::trim).filter(|v| !v.is_empty()) {
        let allowed = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_' | '+');
        if value.len() > MAX_COMMIT_LEN || !value.chars().all(allowed) {
            return Err(format!(
                "BAS_AUDIT_COMMIT must be at most {MAX_COMMIT_LEN} characters of letters, digits \
                 and . - _ + (a commit id or a release tag), not {value:?}"
            ));
        }
        return Ok(value.to_owned());
    }
    let head = git_head
        .map(str::trim)
        .filter(|h| h.len() >= SHORT_LEN && h.chars().all(|c| c.is_ascii_hexdigit()));
    Ok(match head {
        Some(h) => h[..SHORT_LEN].to_ascii_lowercase(),
        None => "unknown".to_owned(),
    })
}
