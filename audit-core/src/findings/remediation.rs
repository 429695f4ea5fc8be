//! Remediation texts: reviewed prose in `assets/remediation/<check_id>.md`, compiled in.
//!
//! File format (sections in this order, each a level-2 heading):
//! ```text
//! # Title
//! ## Why it matters
//! ## Installer
//! ## Homeowner
//! ## Verify
//! ```

use super::Remediation;

/// The texts for a check id; `None` when no file exists for it (a test makes sure every
/// check_id a check can emit has one).
pub fn for_check(check_id: &str) -> Option<Remediation> {
    let _ = check_id;
    None
}
