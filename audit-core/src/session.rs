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

use crate::audit::{CheckReport, DiscoverySummary};
use crate::checks::Verdict;
use crate::discovery::DiscoveryResult;
use crate::discovery::write_test::WriteTestResult;
use crate::exposure::ExposureReport;
use crate::findings::Finding;
use crate::inventory::Inventory;

/// Version of the session file format this build writes and the newest it reads.
///
/// - 1: minimal inventory (`{"devices":[{device_instance,address,vendor_id}],"gateways":[...]}`),
///   findings always empty.
/// - 2: the full discovery inventory (`{"bacnet":{...},"knx":{...}}`, design §6), typed
///   findings, router exposure report, write-test results, verdict, discovery summary.
///   Format 1 files are migrated when read ([`migrate`]).
pub const FORMAT_VERSION: u32 = 2;

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

/// The inventory of format 1 (devices and gateways by address only). Read only to migrate old
/// files; format 2 stores the full [`crate::inventory::Inventory`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InventoryV1 {
    pub devices: Vec<DeviceRecord>,
    pub gateways: Vec<GatewayRecord>,
}

/// A BACnet device as format 1 stored it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeviceRecord {
    pub device_instance: Option<u32>,
    pub address: String,
    pub vendor_id: Option<u16>,
}

/// A KNXnet/IP gateway as format 1 stored it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct GatewayRecord {
    pub address: String,
    pub name: Option<String>,
}

impl InventoryV1 {
    /// The full inventory with what format 1 kept; everything else stays unknown.
    pub fn upgrade(&self) -> Inventory {
        let mut inv = Inventory::default();
        inv.bacnet.devices = self
            .devices
            .iter()
            .map(|d| crate::inventory::Device {
                device_instance: d.device_instance.unwrap_or_default(),
                address: d.address.clone(),
                vendor_id: d.vendor_id.unwrap_or_default(),
                ..Default::default()
            })
            .collect();
        inv.knx.gateways = self
            .gateways
            .iter()
            .map(|g| crate::inventory::Gateway {
                address: g.address.clone(),
                name: g.name.clone().unwrap_or_default(),
                ..Default::default()
            })
            .collect();
        inv
    }
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
    /// Everything discovery found (the `discover` JSON shape of design §6).
    #[serde(default)]
    pub inventory: Inventory,
    /// How the latest discovery went (packets, diagnosis); with `inventory` it gives back the
    /// Devices screen of a reopened audit.
    #[serde(default)]
    pub discovery: Option<DiscoverySummary>,
    /// Findings of the latest check run, most severe first.
    #[serde(default)]
    pub findings: Vec<Finding>,
    /// What the router said about port forwardings and the public address (latest check run).
    #[serde(default)]
    pub exposure: Option<ExposureReport>,
    /// Results of the opt-in write test (latest check run).
    #[serde(default)]
    pub write_tests: Vec<WriteTestResult>,
    /// The traffic light of the latest check run.
    #[serde(default)]
    pub verdict: Option<Verdict>,
    /// When the latest check run finished.
    #[serde(default)]
    pub checked: Option<DateTime<Utc>>,
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
            discovery: None,
            findings: Vec::new(),
            exposure: None,
            write_tests: Vec::new(),
            verdict: None,
            checked: None,
            watch: None,
            notes: String::new(),
            capture_analyses: Vec::new(),
        }
    }

    /// Marks the session as changed now.
    pub fn touch(&mut self) {
        self.updated = Utc::now();
    }

    /// Keeps what a discovery found (replaces the previous inventory).
    pub fn record_discovery(&mut self, result: &DiscoveryResult) {
        self.inventory = result.inventory.clone();
        self.discovery = Some(DiscoverySummary::of(result));
        self.touch();
    }

    /// Keeps everything a check run produced (replaces the previous run's results).
    pub fn record_check(&mut self, report: &CheckReport) {
        self.inventory = report.inventory.clone();
        self.discovery = Some(report.discovery.clone());
        self.findings = report.findings.clone();
        self.exposure = report.exposure.clone();
        self.write_tests = report.write_tests.clone();
        self.verdict = Some(report.verdict.clone());
        self.checked = Some(Utc::now());
        self.touch();
    }

    /// The latest discovery result as the Devices screen shows it, rebuilt from what was saved.
    pub fn discovery_result(&self) -> Option<DiscoveryResult> {
        self.discovery
            .as_ref()
            .map(|d| d.with_inventory(self.inventory.clone()))
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
    let mut value: serde_json::Value = serde_json::from_slice(&bytes).map_err(corrupt)?;
    if probe.format_version < FORMAT_VERSION {
        migrate(&mut value, probe.format_version).map_err(|detail| SessionError::Corrupt {
            path: path.to_path_buf(),
            detail,
        })?;
    }
    serde_json::from_value(value).map_err(corrupt)
}

/// Brings a session document of an older format up to [`FORMAT_VERSION`], in place. The file
/// on disk is not touched; the next save writes the new format.
pub fn migrate(value: &mut serde_json::Value, from: u32) -> Result<(), String> {
    let Some(doc) = value.as_object_mut() else {
        return Err("not a JSON object".into());
    };
    if from < 2 {
        // Format 1: the minimal inventory becomes the full one; findings were always empty
        // (and untyped): keep those that read as findings.
        if let Some(old) = doc.remove("inventory") {
            let old: InventoryV1 =
                serde_json::from_value(old).map_err(|e| format!("format 1 inventory: {e}"))?;
            let new = serde_json::to_value(old.upgrade())
                .map_err(|e| format!("could not convert the format 1 inventory: {e}"))?;
            doc.insert("inventory".into(), new);
        }
        if let Some(serde_json::Value::Array(items)) = doc.remove("findings") {
            let kept: Vec<serde_json::Value> = items
                .into_iter()
                .filter(|f| serde_json::from_value::<Finding>(f.clone()).is_ok())
                .collect();
            doc.insert("findings".into(), serde_json::Value::Array(kept));
        }
    }
    doc.insert("format_version".into(), FORMAT_VERSION.into());
    Ok(())
}

/// Writes one session to any path, atomically (the CLI's `--session FILE`). Refuses to replace
/// a file that exists but is not a session this version can read.
pub fn write_session_file(path: &Path, session: &AuditSession) -> Result<(), SessionError> {
    if path.exists() {
        read_session_file(path)?;
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let mut to_write = session.clone();
    to_write.format_version = FORMAT_VERSION;
    to_write.tool_version = env!("CARGO_PKG_VERSION").to_owned();
    let bytes = serde_json::to_vec_pretty(&to_write).map_err(|e| SessionError::Corrupt {
        path: path.to_path_buf(),
        detail: format!("could not encode: {e}"),
    })?;
    write_atomically(&dir, path, &bytes)
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

    /// A file written by format 1 (BAS Audit 0.1, after a demo discovery), verbatim shape.
    const FORMAT_1_DOCUMENT: &str = r#"{
      "format_version": 1,
      "tool_version": "0.1.0",
      "id": "20260301-101500-0a1b2c3d",
      "name": "Installer audit 2026-03-01 10:15",
      "kind": "installer",
      "created": "2026-03-01T10:15:00Z",
      "updated": "2026-03-01T10:16:30Z",
      "scope": {"interface": "eth1", "targets": ["198.18.1.20"], "rate_cap_pps": 20},
      "inventory": {
        "devices": [
          {"device_instance": 1001, "address": "198.18.1.20:47808", "vendor_id": 5},
          {"device_instance": null, "address": "198.18.1.21:47808", "vendor_id": null}
        ],
        "gateways": [{"address": "198.18.1.30:3671", "name": "IP Router N146"}]
      },
      "findings": [],
      "watch": null,
      "notes": "boiler room",
      "capture_analyses": []
    }"#;

    #[test]
    fn format_1_file_is_migrated_to_the_full_inventory() {
        let (_dir, store) = store();
        let id = "20260301-101500-0a1b2c3d";
        let path = store.path_for(id).unwrap();
        fs::write(&path, FORMAT_1_DOCUMENT).unwrap();
        let s = store.load(id).unwrap();
        assert_eq!(s.format_version, FORMAT_VERSION);
        assert_eq!(s.name, "Installer audit 2026-03-01 10:15");
        assert_eq!(s.notes, "boiler room");
        let devices = &s.inventory.bacnet.devices;
        assert_eq!(devices.len(), 2);
        assert_eq!(devices[0].device_instance, 1001);
        assert_eq!(devices[0].address, "198.18.1.20:47808");
        assert_eq!(devices[0].vendor_id, 5);
        assert_eq!(devices[1].address, "198.18.1.21:47808");
        let gateways = &s.inventory.knx.gateways;
        assert_eq!(gateways.len(), 1);
        assert_eq!(gateways[0].name, "IP Router N146");
        assert!(s.findings.is_empty() && s.verdict.is_none() && s.exposure.is_none());
        assert!(s.discovery.is_none() && s.discovery_result().is_none());
        // Reading does not rewrite the file; saving writes format 2, which reads back equal.
        assert_eq!(fs::read_to_string(&path).unwrap(), FORMAT_1_DOCUMENT);
        store.save(&s).unwrap();
        let raw: serde_json::Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
        assert_eq!(raw["format_version"], FORMAT_VERSION);
        assert!(raw["inventory"]["bacnet"]["devices"].is_array());
        assert_eq!(store.load(id).unwrap(), s);
    }

    #[test]
    fn format_1_with_a_malformed_inventory_is_refused_untouched() {
        let (_dir, store) = store();
        let id = "20260301-101500-0a1b2c3e";
        let path = store.path_for(id).unwrap();
        let doc = FORMAT_1_DOCUMENT
            .replace("20260301-101500-0a1b2c3d", id)
            .replace(r#""address": "198.18.1.30:3671""#, r#""address": 7"#);
        fs::write(&path, &doc).unwrap();
        let err = store.load(id).unwrap_err();
        assert!(matches!(err, SessionError::Corrupt { .. }), "{err}");
        assert!(
            store
                .save(&AuditSession::new("x", SessionKind::Installer))
                .is_ok()
        );
        assert_eq!(fs::read_to_string(&path).unwrap(), doc);
    }

    #[test]
    fn check_results_round_trip() {
        use crate::findings::{Evidence, Remediation, Severity};
        let (_dir, store) = store();
        let mut s = sample();
        s.inventory.bacnet.devices.push(crate::inventory::Device {
            device_instance: 7,
            address: "198.18.1.7:47808".into(),
            ..Default::default()
        });
        s.findings.push(Finding {
            check_id: "knx.gateway.port_forwarded".into(),
            severity: Severity::Critical,
            target: "router 198.18.0.1".into(),
            title: "The router forwards UDP 3671 to the KNX gateway".into(),
            evidence: Evidence {
                summary: "mapping 0: UDP 3671 -> 198.18.1.10:3671".into(),
                facts: serde_json::Map::new(),
                raw_hex: Some("0610".into()),
            },
            remediation: Remediation {
                why: "why".into(),
                installer: "installer".into(),
                homeowner: "homeowner".into(),
                verify: "verify".into(),
                ..Default::default()
            },
        });
        s.exposure = Some(ExposureReport {
            router: Some(std::net::Ipv4Addr::new(198, 18, 0, 1)),
            ..Default::default()
        });
        s.verdict = Some(crate::checks::verdict(&s.findings, s.exposure.as_ref()));
        s.checked = Some(Utc::now());
        store.save(&s).unwrap();
        assert_eq!(store.load(&s.id).unwrap(), s);
    }

    #[test]
    fn write_session_file_refuses_to_replace_a_foreign_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("audit.json");
        let s = sample();
        write_session_file(&path, &s).unwrap();
        assert_eq!(read_session_file(&path).unwrap(), s);
        let other = dir.path().join("notes.json");
        fs::write(&other, b"my notes").unwrap();
        assert!(write_session_file(&other, &s).is_err());
        assert_eq!(fs::read(&other).unwrap(), b"my notes");
    }

    #[test]
    fn default_scope_rate_cap_is_within_bounds() {
        let cap = Scope::default().rate_cap_pps;
        assert_eq!(cap, DEFAULT_RATE_CAP_PPS);
        assert!((MIN_RATE_CAP_PPS..=MAX_RATE_CAP_PPS).contains(&cap));
    }
}
