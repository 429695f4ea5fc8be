//! Audit sessions: everything one audit produced, saved so that no work is lost.
//!
//! An [`AuditSession`] is a plain serde value. A [`SessionStore`] keeps one JSON file per session
//! in a data directory and writes it atomically (temp file in the same directory, fsync, rename,
//! fsync of the directory), so a crash or power loss leaves either the old or the new file, never a
//! torn one.
//!
//! Files this version cannot read safely — corrupt JSON, or a `format_version` newer than
//! [`FORMAT_VERSION`] — are refused with a clear message and never overwritten: a newer release's
//! work must survive a user opening it with an older one.

use std::collections::hash_map::RandomState;
use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::hash::{BuildHasher, Hasher};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Version of the session file format this build writes and the newest it reads.
pub const FORMAT_VERSION: u32 = 1;

/// Environment variable that overrides the data directory (tests and portable installs use it).
pub const DATA_DIR_ENV: &str = "BAS_AUDIT_DATA_DIR";

/// Session files larger than this are refused rather than read into memory.
pub const MAX_SESSION_FILE_BYTES: u64 = 64 * 1024 * 1024;

const FILE_EXTENSION: &str = "json";
const SESSIONS_SUBDIR: &str = "sessions";

/// Which entry flow created the session.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum SessionKind {
    #[default]
    Installer,
    Homeowner,
}

impl SessionKind {
    pub fn label(self) -> &'static str {
        match self {
            SessionKind::Installer => "Installer audit",
            SessionKind::Homeowner => "Homeowner self-check",
        }
    }
}

/// What an audit may touch. Nothing is sent because of a scope alone: it only bounds later jobs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Scope {
    /// Interface name (e.g. `eth0`) the audit works on; `None` until the user picks one.
    pub interface: Option<String>,
    /// Optional unicast targets, each `a.b.c.d` or `a.b.c.d:port`.
    pub targets: Vec<String>,
    /// Global cap on packets per second for any active job.
    pub rate_cap_pps: u32,
}

/// Default packets-per-second cap: gentle enough for small building controllers.
pub const DEFAULT_RATE_CAP_PPS: u32 = 20;
/// Smallest accepted rate cap.
pub const MIN_RATE_CAP_PPS: u32 = 1;
/// Largest accepted rate cap; above this, discovery could disturb fragile controllers.
pub const MAX_RATE_CAP_PPS: u32 = 200;

impl Default for Scope {
    fn default() -> Self {
        Scope {
            interface: None,
            targets: Vec::new(),
            rate_cap_pps: DEFAULT_RATE_CAP_PPS,
        }
    }
}

/// Devices and gateways known to the audit. Discovery does not exist yet, so these stay empty;
/// the shape is deliberately minimal until the inventory module defines the real records.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Inventory {
    pub devices: Vec<DeviceRecord>,
    pub gateways: Vec<GatewayRecord>,
}

/// A BACnet device known to the audit.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeviceRecord {
    pub device_instance: Option<u32>,
    pub address: String,
    pub vendor_id: Option<u16>,
}

/// A KNXnet/IP gateway known to the audit.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct GatewayRecord {
    pub address: String,
    pub name: Option<String>,
}

/// One capture analysis run inside this session.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaptureAnalysisRecord {
    /// Path of the capture as the user gave it.
    pub file: String,
    pub analysed_at: DateTime<Utc>,
    /// The analyzer's report as JSON. Kept as a JSON value so that a report from an older or newer
    /// analyzer still loads; readers take the keys they know.
    pub report: serde_json::Value,
}

/// Everything one audit produced.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditSession {
    pub format_version: u32,
    /// Version of BAS Audit that last wrote the file.
    pub tool_version: String,
    /// File-name-safe identifier, unique within a store.
    pub id: String,
    pub name: String,
    #[serde(default)]
    pub kind: SessionKind,
    pub created: DateTime<Utc>,
    pub updated: DateTime<Utc>,
    #[serde(default)]
    pub scope: Scope,
    #[serde(default)]
    pub inventory: Inventory,
    /// Findings (the checks do not exist yet; always empty in this version).
    #[serde(default)]
    pub findings: Vec<serde_json::Value>,
    /// Learning-watch baseline and alerts (not built yet; always `None` in this version).
    #[serde(default)]
    pub watch: Option<serde_json::Value>,
    #[serde(default)]
    pub notes: String,
    #[serde(default)]
    pub capture_analyses: Vec<CaptureAnalysisRecord>,
}

impl AuditSession {
    /// A new, empty session created now.
    pub fn new(name: impl Into<String>, kind: SessionKind) -> Self {
        let now = Utc::now();
        AuditSession {
            format_version: FORMAT_VERSION,
            tool_version: env!("CARGO_PKG_VERSION").to_owned(),
            id: new_session_id(now),
            name: name.into(),
            kind,
            created: now,
            updated: now,
            scope: Scope::default(),
            inventory: Inventory::default(),
            findings: Vec::new(),
            watch: None,
            notes: String::new(),
            capture_analyses: Vec::new(),
        }
    }

    /// Marks the session as changed now.
    pub fn touch(&mut self) {
        self.updated = Utc::now();
    }
}

/// A unique id: UTC time to the second plus 32 random bits (std's per-process random hash keys),
/// so ids sort by creation time and two sessions made in the same second do not collide.
fn new_session_id(now: DateTime<Utc>) -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut hasher = RandomState::new().build_hasher();
    hasher.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    hasher.write_i64(now.timestamp_nanos_opt().unwrap_or_default());
    let random = hasher.finish() as u32;
    format!("{}-{random:08x}", now.format("%Y%m%d-%H%M%S"))
}

/// Why a session could not be read, written or found.
#[derive(Debug)]
pub enum SessionError {
    /// No data directory could be determined (no home directory and no override).
    NoDataDir,
    /// An id that is not a plain file-name-safe token.
    BadId(String),
    Io {
        path: PathBuf,
        source: io::Error,
    },
    /// The file is not a session this version understands; it is left as it is.
    Corrupt {
        path: PathBuf,
        detail: String,
    },
    /// The file was written by a newer BAS Audit; it is left as it is.
    NewerFormat {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    /// The file is larger than [`MAX_SESSION_FILE_BYTES`].
    TooLarge {
        path: PathBuf,
        bytes: u64,
    },
}

impl fmt::Display for SessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SessionError::NoDataDir => write!(
                f,
                "no data folder for saved audits (no home folder); set {DATA_DIR_ENV} to a folder"
            ),
            SessionError::BadId(id) => write!(f, "not a valid audit id: {id:?}"),
            SessionError::Io { path, source } => write!(f, "{}: {source}", path.display()),
            SessionError::Corrupt { path, detail } => write!(
                f,
                "{} is not a readable audit file ({detail}); it was left untouched",
                path.display()
            ),
            SessionError::NewerFormat {
                path,
                found,
                supported,
            } => write!(
                f,
                "{} was saved by a newer BAS Audit (file format {found}, this version reads up to \
                 {supported}); update BAS Audit to open it. The file was left untouched",
                path.display()
            ),
            SessionError::TooLarge { path, bytes } => write!(
                f,
                "{} is too large to be an audit file ({bytes} bytes); it was left untouched",
                path.display()
            ),
        }
    }
}

impl std::error::Error for SessionError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            SessionError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> SessionError + '_ {
    move |source| SessionError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// One line of the "Recent audits" list.
#[derive(Clone, Debug, PartialEq)]
pub enum RecentEntry {
    Readable {
        id: String,
        name: String,
        kind: SessionKind,
        updated: DateTime<Utc>,
        path: PathBuf,
    },
    /// A file in the store that this version refuses to open, with the reason.
    Refused { path: PathBuf, reason: String },
}

impl RecentEntry {
    fn sort_key(&self) -> Option<DateTime<Utc>> {
        match self {
            RecentEntry::Readable { updated, .. } => Some(*updated),
            RecentEntry::Refused { .. } => None,
        }
    }
}

/// The folder of saved sessions.
#[derive(Clone, Debug)]
pub struct SessionStore {
    dir: PathBuf,
}

/// Only the version field, read before the rest so a newer format is refused with the right
/// message even when the rest of it would not parse.
#[derive(Deserialize)]
struct VersionProbe {
    format_version: u32,
}

impl SessionStore {
    /// The default store: `$BAS_AUDIT_DATA_DIR/sessions` if set, else the platform data folder
    /// (`~/.local/share/bas-audit/sessions` on Linux). Creates it if missing.
    pub fn open_default() -> Result<Self, SessionError> {
        Self::open(default_data_dir()?.join(SESSIONS_SUBDIR))
    }

    /// A store in `dir`, created if missing.
    pub fn open(dir: impl Into<PathBuf>) -> Result<Self, SessionError> {
        let dir = dir.into();
        fs::create_dir_all(&dir).map_err(io_err(&dir))?;
        Ok(SessionStore { dir })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Path of the file for `id`; refuses ids that could name anything outside the store.
    pub fn path_for(&self, id: &str) -> Result<PathBuf, SessionError> {
        let valid = !id.is_empty()
            && id.len() <= 64
            && id
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
        if !valid {
            return Err(SessionError::BadId(id.to_owned()));
        }
        Ok(self.dir.join(format!("{id}.{FILE_EXTENSION}")))
    }

    /// Saves atomically. Refuses to replace a file this version could not read (corrupt or newer
    /// format), so such a file survives even a save under the same id.
    pub fn save(&self, session: &AuditSession) -> Result<PathBuf, SessionError> {
        let path = self.path_for(&session.id)?;
        if path.exists() {
            read_session_file(&path)?;
        }
        let mut to_write = session.clone();
        to_write.format_version = FORMAT_VERSION;
        to_write.tool_version = env!("CARGO_PKG_VERSION").to_owned();
        let bytes = serde_json::to_vec_pretty(&to_write).map_err(|e| SessionError::Corrupt {
            path: path.clone(),
            detail: format!("could not encode: {e}"),
        })?;
        write_atomically(&self.dir, &path, &bytes)?;
        Ok(path)
    }

    pub fn load(&self, id: &str) -> Result<AuditSession, SessionError> {
        read_session_file(&self.path_for(id)?)
    }

    /// All session files, newest first; files this version refuses are listed last with why.
    pub fn list(&self) -> Result<Vec<RecentEntry>, SessionError> {
        let mut entries = Vec::new();
        for item in fs::read_dir(&self.dir).map_err(io_err(&self.dir))? {
            let item = item.map_err(io_err(&self.dir))?;
            let path = item.path();
            let is_session = path.extension().is_some_and(|e| e == FILE_EXTENSION)
                && !item.file_name().to_string_lossy().starts_with('.');
            if !is_session {
                continue;
            }
            entries.push(match read_session_file(&path) {
                Ok(s) => RecentEntry::Readable {
                    id: s.id,
                    name: s.name,
                    kind: s.kind,
                    updated: s.updated,
                    path,
                },
                Err(e) => RecentEntry::Refused {
                    path,
                    reason: e.to_string(),
                },
            });
        }
        entries.sort_by_key(|e| std::cmp::Reverse(e.sort_key()));
        Ok(entries)
    }

    /// Renames a saved session (the id and file name stay).
    pub fn rename(&self, id: &str, new_name: &str) -> Result<AuditSession, SessionError> {
        let mut session = self.load(id)?;
        session.name = new_name.to_owned();
        session.touch();
        self.save(&session)?;
        Ok(session)
    }

    /// Deletes a saved session file. Refused files are not deleted through this (they have no id
    /// this version trusts); the user can remove them by hand.
    pub fn delete(&self, id: &str) -> Result<(), SessionError> {
        let path = self.path_for(id)?;
        fs::remove_file(&path).map_err(io_err(&path))?;
        sync_dir(&self.dir)
    }
}

/// `$BAS_AUDIT_DATA_DIR` if set and not empty, else the platform's data folder for BAS Audit.
pub fn default_data_dir() -> Result<PathBuf, SessionError> {
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|d| !d.is_empty()) {
        return Ok(PathBuf::from(dir));
    }
    directories::ProjectDirs::from("org", "BAS Audit", "bas-audit")
        .map(|dirs| dirs.data_dir().to_path_buf())
        .ok_or(SessionError::NoDataDir)
}

/// Reads and checks one session file without changing it.
pub fn read_session_file(path: &Path) -> Result<AuditSession, SessionError> {
    let bytes_on_disk = fs::metadata(path).map_err(io_err(path))?.len();
    if bytes_on_disk > MAX_SESSION_FILE_BYTES {
        return Err(SessionError::TooLarge {
            path: path.to_path_buf(),
            bytes: bytes_on_disk,
        });
    }
    let bytes = fs::read(path).map_err(io_err(path))?;
    let corrupt = |e: serde_json::Error| SessionError::Corrupt {
        path: path.to_path_buf(),
        detail: e.to_string(),
    };
    let probe: VersionProbe = serde_json::from_slice(&bytes).map_err(corrupt)?;
    if probe.format_version > FORMAT_VERSION {
        return Err(SessionError::NewerFormat {
            path: path.to_path_buf(),
            found: probe.format_version,
            supported: FORMAT_VERSION,
        });
    }
    serde_json::from_slice(&bytes).map_err(corrupt)
}

/// Temp file in the same directory (so rename is atomic), fsync it, rename over the target, fsync
/// the directory so the rename itself is durable.
fn write_atomically(dir: &Path, path: &Path, bytes: &[u8]) -> Result<(), SessionError> {
    static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);
    let file_name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temp = dir.join(format!(
        ".{file_name}.tmp-{}-{}",
        std::process::id(),
        TEMP_COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let result = (|| {
        let mut file = OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&temp)
            .map_err(io_err(&temp))?;
        file.write_all(bytes).map_err(io_err(&temp))?;
        file.sync_all().map_err(io_err(&temp))?;
        drop(file);
        fs::rename(&temp, path).map_err(io_err(path))?;
        sync_dir(dir)
    })();
    if result.is_err() {
        // Best effort: a left-over temp file is hidden and ignored by `list`, but do not litter.
        fs::remove_file(&temp).ok();
    }
    result
}

#[cfg(unix)]
fn sync_dir(dir: &Path) -> Result<(), SessionError> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io_err(dir))
}

// Directories cannot be opened for fsync on Windows; NTFS journals the rename itself.
#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> Result<(), SessionError> {
    Ok(())
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
mod tests {
    use super::*;

    fn store() -> (tempfile::TempDir, SessionStore) {
        let dir = tempfile::tempdir().unwrap();
        let store = SessionStore::open(dir.path().join("sessions")).unwrap();
        (dir, store)
    }

    fn sample() -> AuditSession {
        let mut s = AuditSession::new("Plant room B", SessionKind::Installer);
        s.scope.interface = Some("eth0".into());
        s.scope.targets = vec!["192.0.2.10".into(), "192.0.2.11:47809".into()];
        s.notes = "Ä ö ü — notes survive".into();
        s.capture_analyses.push(CaptureAnalysisRecord {
            file: "/tmp/x.pcap".into(),
            analysed_at: Utc::now(),
            report: serde_json::json!({"packets": 3, "bacnet": {"by_service": {"who-is": 2}}}),
        });
        s
    }

    #[test]
    fn save_then_load_round_trips() {
        let (_dir, store) = store();
        let s = sample();
        let path = store.save(&s).unwrap();
        assert!(path.starts_with(store.dir()));
        assert_eq!(store.load(&s.id).unwrap(), s);
        // No temp files left behind.
        let names: Vec<_> = fs::read_dir(store.dir())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, vec![format!("{}.json", s.id)]);
    }

    #[test]
    fn ids_are_unique_and_file_name_safe() {
        let a = AuditSession::new("a", SessionKind::Installer);
        let b = AuditSession::new("b", SessionKind::Installer);
        assert_ne!(a.id, b.id);
        let (_dir, store) = store();
        store.path_for(&a.id).unwrap();
    }

    #[test]
    fn path_traversal_ids_are_refused() {
        let (_dir, store) = store();
        for bad in ["", "../x", "a/b", "a.json", "..", "a b"] {
            assert!(
                matches!(store.path_for(bad), Err(SessionError::BadId(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn corrupt_file_is_refused_and_left_untouched() {
        let (_dir, store) = store();
        let s = sample();
        let path = store.path_for(&s.id).unwrap();
        let garbage = b"{\"format_version\": 1, \"name\": tru".to_vec();
        fs::write(&path, &garbage).unwrap();

        let err = store.load(&s.id).unwrap_err();
        assert!(matches!(err, SessionError::Corrupt { .. }), "{err}");
        assert!(err.to_string().contains("left untouched"), "{err}");
        // A save under the same id must not replace it either.
        assert!(matches!(
            store.save(&s).unwrap_err(),
            SessionError::Corrupt { .. }
        ));
        assert!(store.rename(&s.id, "new name").is_err());
        assert_eq!(fs::read(&path).unwrap(), garbage);
    }

    #[test]
    fn newer_format_is_refused_and_left_untouched() {
        let (_dir, store) = store();
        let s = sample();
        let path = store.path_for(&s.id).unwrap();
        let mut value = serde_json::to_value(&s).unwrap();
        value["format_version"] = serde_json::json!(FORMAT_VERSION + 1);
        value["some_future_field"] = serde_json::json!({"x": 1});
        let bytes = serde_json::to_vec(&value).unwrap();
        fs::write(&path, &bytes).unwrap();

        let err = store.load(&s.id).unwrap_err();
        match &err {
            SessionError::NewerFormat {
                found, supported, ..
            } => {
                assert_eq!(*found, FORMAT_VERSION + 1);
                assert_eq!(*supported, FORMAT_VERSION);
            }
            other => panic!("expected NewerFormat, got {other}"),
        }
        assert!(err.to_string().contains("newer BAS Audit"));
        assert!(store.save(&s).is_err());
        assert_eq!(fs::read(&path).unwrap(), bytes);
    }

    #[test]
    fn list_shows_newest_first_and_refused_files_last() {
        let (_dir, store) = store();
        let mut older = AuditSession::new("older", SessionKind::Installer);
        older.updated = DateTime::from_timestamp(1_700_000_000, 0).unwrap();
        let newer = AuditSession::new("newer", SessionKind::Homeowner);
        store.save(&older).unwrap();
        store.save(&newer).unwrap();
        fs::write(store.dir().join("broken.json"), b"not json").unwrap();
        fs::write(store.dir().join(".hidden.json.tmp-1-0"), b"partial").unwrap();
        fs::write(store.dir().join("notes.txt"), b"ignored").unwrap();

        let list = store.list().unwrap();
        assert_eq!(list.len(), 3, "{list:?}");
        match (&list[0], &list[1], &list[2]) {
            (
                RecentEntry::Readable { name: a, kind, .. },
                RecentEntry::Readable { name: b, .. },
                RecentEntry::Refused { reason, .. },
            ) => {
                assert_eq!((a.as_str(), b.as_str()), ("newer", "older"));
                assert_eq!(*kind, SessionKind::Homeowner);
                assert!(reason.contains("not a readable audit file"), "{reason}");
            }
            other => panic!("unexpected order {other:?}"),
        }
    }

    #[test]
    fn rename_and_delete() {
        let (_dir, store) = store();
        let s = sample();
        store.save(&s).unwrap();
        let renamed = store.rename(&s.id, "Boiler house").unwrap();
        assert_eq!(renamed.name, "Boiler house");
        assert!(renamed.updated >= s.updated);
        assert_eq!(store.load(&s.id).unwrap().name, "Boiler house");
        store.delete(&s.id).unwrap();
        assert!(store.list().unwrap().is_empty());
        assert!(matches!(store.load(&s.id), Err(SessionError::Io { .. })));
    }

    #[test]
    fn old_file_missing_optional_fields_still_loads() {
        let (_dir, store) = store();
        let path = store.path_for("20260101-000000-00000000").unwrap();
        fs::write(
            &path,
            br#"{"format_version":1,"tool_version":"0.0.1","id":"20260101-000000-00000000",
                "name":"minimal","created":"2026-01-01T00:00:00Z","updated":"2026-01-01T00:00:00Z"}"#,
        )
        .unwrap();
        let s = store.load("20260101-000000-00000000").unwrap();
        assert_eq!(s.name, "minimal");
        assert_eq!(s.scope, Scope::default());
        assert!(s.findings.is_empty() && s.watch.is_none());
    }

    #[test]
    fn default_scope_rate_cap_is_within_bounds() {
        let cap = Scope::default().rate_cap_pps;
        assert_eq!(cap, DEFAULT_RATE_CAP_PPS);
        assert!((MIN_RATE_CAP_PPS..=MAX_RATE_CAP_PPS).contains(&cap));
    }
}
