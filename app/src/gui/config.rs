//! How the app starts: where audits are saved, the demo building, and what scripts/screenshots.sh
//! asks it to open right away.

use std::path::PathBuf;
use std::sync::Arc;

use super::jobs::{AnalyzeFn, core_analyzer};

/// How the app starts.
#[derive(Clone)]
pub struct AppConfig {
    /// Folder for saved audits (`sessions/` is created inside); `None` = the default data folder.
    pub data_dir: Option<PathBuf>,
    /// Analyse this capture right after start (used by scripts/screenshots.sh).
    pub open_capture: Option<PathBuf>,
    pub analyzer: Arc<AnalyzeFn>,
    /// `bas-audit --demo`: start the built-in demo building on loopback and use it as the scope.
    /// Discovery still waits for the user's click and consent.
    pub demo: bool,
    /// Learn from this capture right after start, then detect on `watch_detect` (used by
    /// scripts/screenshots.sh; reading files sends nothing).
    pub watch_learn: Option<PathBuf>,
    pub watch_detect: Option<PathBuf>,
}

impl std::fmt::Debug for AppConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppConfig")
            .field("data_dir", &self.data_dir)
            .field("open_capture", &self.open_capture)
            .field("demo", &self.demo)
            .finish_non_exhaustive()
    }
}

impl AppConfig {
    /// Defaults, with `BAS_AUDIT_OPEN_CAPTURE` read from the environment (the data folder
    /// override `BAS_AUDIT_DATA_DIR` is read by the session store itself).
    pub fn from_env() -> Self {
        let path = |name: &str| {
            std::env::var_os(name)
                .filter(|v| !v.is_empty())
                .map(PathBuf::from)
        };
        AppConfig {
            data_dir: None,
            open_capture: path("BAS_AUDIT_OPEN_CAPTURE"),
            analyzer: core_analyzer(),
            demo: false,
            watch_learn: path("BAS_AUDIT_WATCH_LEARN"),
            watch_detect: path("BAS_AUDIT_WATCH_DETECT"),
        }
    }
}
