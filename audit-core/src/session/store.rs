//! Where sessions live: one JSON file per session in a data folder ([`SessionStore`]), or any
//! file the CLI names (`--session FILE`). Files are read through the bounded reader and written
//! atomically ([`crate::files`]).
//!
//! Files this version cannot read safely — corrupt JSON, or a `format_version` newer than
//! [`FORMAT_VERSION`] — are refused with a clear message and never overwritten: a newer release's
//! work must survive a user opening it with an older one.

use std::fmt;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::Deserialize;

use super::migrate;
use super::model::{AuditSession, FORMAT_VERSION, SessionKind};
use crate::checks::Light;
use crate::files::{self, FileError};
use crate::text;

/// Environment variable that overrides the data directory (tests and portable installs use it).
pub const DATA_DIR_ENV: &str = "BAS_AUDIT_DATA_DIR";

/// Session files larger than this are refused rather than read into memory.
pub const MAX_SESSION_FILE_BYTES: u64 = 64 * 1024 * 1024;

const FILE_EXTENSION: &str = "json";
const SESSIONS_SUBDIR: &str = "sessions";

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
    /// The file is larger than [`MAX_SESSION_FILE_BYTES`] (found while reading it).
    TooLarge {
        path: PathBuf,
        limit: u64,
    },
    /// Not a regular file (a directory, a device, a FIFO): not read at all.
    NotAFile {
        path: PathBuf,
        kind: &'static str,
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
            SessionError::TooLarge { path, limit } => write!(
                f,
                "{} is too large to be an audit file (more than {limit} bytes); it was left \
                 untouched",
                path.display()
            ),
            SessionError::NotAFile { path, kind } => write!(
                f,
                "{} is {kind}, not an audit file; it was left untouched",
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

impl From<FileError> for SessionError {
    fn from(e: FileError) -> Self {
        match e {
            FileError::Io { path, source } => SessionError::Io { path, source },
            FileError::TooLarge { path, limit } => SessionError::TooLarge { path, limit },
            FileError::NotAFile { path, kind } => SessionError::NotAFile { path, kind },
            FileError::NotUtf8 { path, valid_up_to } => SessionError::Corrupt {
                path,
                detail: format!("not UTF-8 text (byte {valid_up_to})"),
            },
        }
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
        /// The site's name from the audit's scope (empty when none was given): the Report
        /// screen offers earlier audits of the same site to compare with.
        site: String,
        /// What the audit holds, for its line in the list.
        summary: RecentSummary,
    },
    /// A file in the store that this version refuses to open, with the reason.
    Refused { path: PathBuf, reason: String },
}

/// What a saved audit holds, in counts (the Recent audits list shows them).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RecentSummary {
    /// BACnet devices and KNXnet/IP gateways found.
    pub devices: usize,
    pub findings: usize,
    /// The traffic light of its latest check run.
    pub light: Option<Light>,
    /// Made on the demo building.
    pub demo: bool,
}

impl RecentSummary {
    pub fn of(session: &AuditSession) -> Self {
        RecentSummary {
            devices: session.inventory.bacnet.devices.len() + session.inventory.knx.gateways.len(),
            findings: session.findings.len(),
            light: session.verdict.as_ref().map(|v| v.light),
            demo: session.demo,
        }
    }
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
        write_session(&path, session)?;
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
                    summary: RecentSummary::of(&s),
                    id: s.id,
                    name: s.name,
                    kind: s.kind,
                    updated: s.updated,
                    path,
                    site: s.scope.site.name,
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
        Ok(files::sync_dir(&self.dir)?)
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

/// Where a job's session will be saved, checked before the job runs so that nothing it
/// gathers is thrown away afterwards: `Ok(None)` when the file does not exist yet and its
/// folder does, `Ok(Some(session))` for a session this version reads (the job adds to it),
/// `Err` for anything else (damaged, newer, not a file, no such folder), named in words.
pub fn check_session_target(path: &Path) -> Result<Option<AuditSession>, SessionError> {
    match fs::symlink_metadata(path) {
        Ok(_) => read_session_file(path).map(Some),
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            let dir = match path.parent() {
                Some(d) if !d.as_os_str().is_empty() => d,
                _ => Path::new("."),
            };
            match fs::metadata(dir) {
                Ok(m) if m.is_dir() => Ok(None),
                Ok(_) => Err(SessionError::Io {
                    path: dir.to_path_buf(),
                    source: io::Error::other("not a folder"),
                }),
                Err(e) => Err(SessionError::Io {
                    path: dir.to_path_buf(),
                    source: e,
                }),
            }
        }
        Err(e) => Err(SessionError::Io {
            path: path.to_path_buf(),
            source: e,
        }),
    }
}

/// Reads and checks one session file without changing it.
pub fn read_session_file(path: &Path) -> Result<AuditSession, SessionError> {
    let bytes = files::read_bounded(path, MAX_SESSION_FILE_BYTES)?;
    session_from_bytes(&bytes, path)
}

/// A session from the bytes of a file (`path` names it in errors): the version checked first,
/// older formats migrated, a model inside checked like a model file.
pub fn session_from_bytes(bytes: &[u8], path: &Path) -> Result<AuditSession, SessionError> {
    let corrupt = |e: serde_json::Error| SessionError::Corrupt {
        path: path.to_path_buf(),
        detail: e.to_string(),
    };
    let probe: VersionProbe = serde_json::from_slice(bytes).map_err(corrupt)?;
    if probe.format_version > FORMAT_VERSION {
        return Err(SessionError::NewerFormat {
            path: path.to_path_buf(),
            found: probe.format_version,
            supported: FORMAT_VERSION,
        });
    }
    let mut value: serde_json::Value = serde_json::from_slice(bytes).map_err(corrupt)?;
    if probe.format_version < FORMAT_VERSION {
        migrate::migrate(&mut value, probe.format_version).map_err(|detail| {
            SessionError::Corrupt {
                path: path.to_path_buf(),
                detail,
            }
        })?;
    }
    let session: AuditSession = serde_json::from_value(value).map_err(corrupt)?;
    if let Some(model) = session.watch.as_ref().and_then(|w| w.model.as_ref()) {
        // A model in a session is checked like a model file.
        model.validate().map_err(|detail| SessionError::Corrupt {
            path: path.to_path_buf(),
            detail: format!("learning-watch model: {detail}"),
        })?;
    }
    Ok(session)
}

/// Writes one session to any path, atomically (the CLI's `--session FILE`). Refuses to replace
/// a file that exists but is not a session this version can read.
pub fn write_session_file(path: &Path, session: &AuditSession) -> Result<(), SessionError> {
    if path.exists() {
        read_session_file(path)?;
    }
    write_session(path, session)
}

/// The file's bytes: this format and tool version, stored texts as message ids.
fn write_session(path: &Path, session: &AuditSession) -> Result<(), SessionError> {
    let mut to_write = session.clone();
    to_write.format_version = FORMAT_VERSION;
    to_write.tool_version = env!("CARGO_PKG_VERSION").to_owned();
    let bytes = text::storing(|| serde_json::to_vec_pretty(&to_write)).map_err(|e| {
        SessionError::Corrupt {
            path: path.to_path_buf(),
            detail: format!("could not encode: {e}"),
        }
    })?;
    Ok(files::write_atomic(path, &bytes)?)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze::AnalysisReport;
    use crate::findings::Finding;
    use crate::inventory::ExposureReport;
    use crate::session::{CaptureAnalysisRecord, UserScope};

    fn store() -> (tempfile::TempDir, SessionStore) {
        let dir = tempfile::tempdir().unwrap();
        let store = SessionStore::open(dir.path().join("sessions")).unwrap();
        (dir, store)
    }

    /// What `analyze` says about a small capture.
    fn sample_report() -> AnalysisReport {
        let mut report = AnalysisReport {
            file: "/tmp/x.pcap".into(),
            format: "pcap".into(),
            packets: 3,
            ..AnalysisReport::default()
        };
        report.bacnet.by_service.insert("who-is".into(), 2);
        report
    }

    fn sample() -> AuditSession {
        let mut s = AuditSession::new("Plant room B", SessionKind::Installer);
        s.scope.interface = Some("eth0".into());
        s.scope.targets = vec!["192.0.2.10".into(), "192.0.2.11:47809".into()];
        s.notes = "Ä ö ü — notes survive".into();
        s.capture_analyses.push(CaptureAnalysisRecord {
            file: "/tmp/x.pcap".into(),
            analysed_at: Utc::now(),
            report: sample_report(),
        });
        s
    }

    #[test]
    fn the_ets_table_is_kept_and_older_files_without_it_read() {
        let (_dir, store) = store();
        let mut s = sample();
        let csv = "\"Group name\";\"Address\";\"DatapointType\"\n\"Living room temperature\";\"3/1/1\";\"DPST-9-1\"\n";
        s.knx_project = Some(crate::knx_project::parse_export(csv.as_bytes(), "b.csv").unwrap());
        store.save(&s).unwrap();
        let back = store.load(&s.id).unwrap();
        assert_eq!(back.knx_project, s.knx_project);
        // A file written before the field existed.
        let mut v = serde_json::to_value(&s).unwrap();
        v.as_object_mut().unwrap().remove("knx_project");
        let old: AuditSession = serde_json::from_value(v).unwrap();
        assert_eq!(old.knx_project, None);
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
        assert_eq!(s.scope, UserScope::default());
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
    fn the_site_is_saved_when_given_and_left_out_when_empty() {
        let (_dir, store) = store();
        let mut s = sample();
        let path = store.save(&s).unwrap();
        let written: serde_json::Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
        assert!(written["scope"].get("site").is_none(), "{written}");
        s.scope.site.name = "Town hall annex".into();
        s.scope.site.auditor = "Zoë".into();
        store.save(&s).unwrap();
        assert_eq!(store.load(&s.id).unwrap().scope.site, s.scope.site);
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
            target: crate::text::Text::plain("router 198.18.0.1"),
            title: crate::text::Text::plain("The router forwards UDP 3671 to the KNX gateway"),
            evidence: Evidence {
                summary: crate::text::Text::plain("mapping 0: UDP 3671 -> 198.18.1.10:3671"),
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

        // The Recent audits line counts what it holds.
        s.demo = true;
        store.save(&s).unwrap();
        let list = store.list().unwrap();
        let Some(RecentEntry::Readable { summary, .. }) = list.first() else {
            panic!("{list:?}");
        };
        let light = s.verdict.as_ref().map(|v| v.light);
        assert_eq!(
            *summary,
            RecentSummary {
                devices: 1,
                findings: 1,
                light,
                demo: true,
            }
        );
    }

    #[test]
    fn files_are_named_after_the_audit_and_old_ids_still_load() {
        let (_dir, store) = store();
        let s = sample();
        let path = store.save(&s).unwrap();
        let file = path.file_name().unwrap().to_string_lossy().into_owned();
        assert!(file.starts_with("plant-room-b-"), "{file}");
        // A file saved under the old id scheme (time and random bits) opens by its id.
        let mut old = AuditSession::new("Old one", SessionKind::Installer);
        old.id = "20240101-120000-0000abcd".into();
        store.save(&old).unwrap();
        assert!(store.dir().join("20240101-120000-0000abcd.json").exists());
        assert_eq!(store.load("20240101-120000-0000abcd").unwrap(), old);
        assert_eq!(store.list().unwrap().len(), 2);
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
        let cap = UserScope::default().rate_cap_pps;
        assert_eq!(cap, crate::job::policy::DEFAULT_RATE);
        assert!(crate::job::policy::RATE_RANGE.contains(&cap));
    }
}
