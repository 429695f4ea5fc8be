//! What the app remembers between runs that is not an audit: the language the user chose.
//! One small JSON file beside the saved audits (`settings.json` in the data folder, so
//! `BAS_AUDIT_DATA_DIR` keeps tests and portable installs to themselves).

use std::path::{Path, PathBuf};

use audit_core::files;
use audit_core::text::Lang;
use serde::{Deserialize, Serialize};

/// A settings file is a few bytes; anything larger is not ours.
const MAX_SETTINGS_BYTES: u64 = 64 * 1024;
const FILE_NAME: &str = "settings.json";

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    /// The language chosen in the app; `None`: the system's.
    #[serde(default)]
    pub lang: Option<Lang>,
}

/// Where the settings live: `data_dir` (the app's override) or the default data folder.
pub fn path(data_dir: Option<&Path>) -> Option<PathBuf> {
    let dir = match data_dir {
        Some(d) => d.to_path_buf(),
        None => audit_core::session::default_data_dir().ok()?,
    };
    Some(dir.join(FILE_NAME))
}

/// The saved settings; defaults when there are none or they cannot be read (a damaged file is
/// replaced at the next change, and the app starts in the system's language meanwhile).
pub fn load(path: Option<&Path>) -> Settings {
    path.and_then(|p| files::read_bounded(p, MAX_SETTINGS_BYTES).ok())
        .and_then(|bytes| serde_json::from_slice(&bytes).ok())
        .unwrap_or_default()
}

/// Saves the settings (the folder is created when missing); the error in words.
pub fn save(path: Option<&Path>, settings: &Settings) -> Result<(), String> {
    let Some(path) = path else {
        return Err("no data folder".into());
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    let json = serde_json::to_vec_pretty(settings).map_err(|e| e.to_string())?;
    files::write_atomic(path, &json).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chosen_language_is_remembered_and_junk_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let p = path(Some(dir.path())).unwrap();
        assert_eq!(load(Some(&p)), Settings::default());
        save(
            Some(&p),
            &Settings {
                lang: Some(Lang::Nl),
            },
        )
        .unwrap();
        assert_eq!(load(Some(&p)).lang, Some(Lang::Nl));
        std::fs::write(&p, b"{\"lang\": \"klingon\"}").unwrap();
        assert_eq!(load(Some(&p)), Settings::default());
    }
}
