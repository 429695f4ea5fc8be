//! Whole files, read and written safely: the one bounded reader and the one atomic write.
//!
//! - [`read_bounded`] / [`read_text_bounded`]: every file we read as a whole (sessions, watch
//!   models) is hostile input. The byte limit is enforced while reading (a file that grows, or a
//!   `/proc` file whose size says 0, cannot get past it), and only regular files are read: a
//!   directory, a device or a FIFO is refused with a message naming the file and the problem
//!   (opening never blocks on a FIFO).
//! - [`write_atomic`]: temp file beside the target, fsync, rename over it, fsync the folder, so
//!   a crash or power loss leaves the old file or the new one, never half of one. Sessions,
//!   models and exports are written this way.

use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Why a file could not be read or written.
#[derive(Debug)]
pub enum FileError {
    Io {
        path: PathBuf,
        source: io::Error,
    },
    /// Not a regular file: `kind` says what it is ("a directory", "a FIFO (named pipe)", ...).
    NotAFile {
        path: PathBuf,
        kind: &'static str,
    },
    /// More than `limit` bytes (found while reading).
    TooLarge {
        path: PathBuf,
        limit: u64,
    },
    /// Not UTF-8 text; the first `valid_up_to` bytes were.
    NotUtf8 {
        path: PathBuf,
        valid_up_to: usize,
    },
}

impl FileError {
    pub fn path(&self) -> &Path {
        match self {
            FileError::Io { path, .. }
            | FileError::NotAFile { path, .. }
            | FileError::TooLarge { path, .. }
            | FileError::NotUtf8 { path, .. } => path,
        }
    }

    /// The problem in words, without the file name.
    pub fn problem(&self) -> String {
        match self {
            FileError::Io { source, .. } => source.to_string(),
            FileError::NotAFile { kind, .. } => format!("it is {kind}, not a regular file"),
            FileError::TooLarge { limit, .. } => format!("it is larger than {limit} bytes"),
            FileError::NotUtf8 { valid_up_to, .. } => {
                format!("not UTF-8 text (byte {valid_up_to})")
            }
        }
    }
}

impl fmt::Display for FileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path().display(), self.problem())
    }
}

impl std::error::Error for FileError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            FileError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}

fn io_error(path: &Path) -> impl FnOnce(io::Error) -> FileError + '_ {
    move |source| FileError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// What a file that is not a regular file is, in words.
fn kind_of(t: fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a FIFO (named pipe)";
        }
        if t.is_char_device() || t.is_block_device() {
            return "a device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    if t.is_dir() {
        "a directory"
    } else {
        "not a regular file"
    }
}

#[cfg(unix)]
fn open_for_reading(path: &Path) -> io::Result<File> {
    use std::os::unix::fs::OpenOptionsExt;
    // Non-blocking, so that opening a FIFO with no writer returns at once (and is then refused
    // below); no controlling terminal from a tty device. Reads of a regular file ignore it.
    OpenOptions::new()
        .read(true)
        .custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY)
        .open(path)
}

#[cfg(not(unix))]
fn open_for_reading(path: &Path) -> io::Result<File> {
    File::open(path)
}

/// Open `path` for reading, only if it is a regular file: a directory, a device, a FIFO or a
/// socket is refused with what it is (opening never blocks on a FIFO). For files that are
/// streamed rather than read whole (captures); the caller bounds its own memory.
pub fn open_regular(path: &Path) -> Result<(File, fs::Metadata), FileError> {
    let file = open_for_reading(path).map_err(io_error(path))?;
    let meta = file.metadata().map_err(io_error(path))?;
    if !meta.is_file() {
        return Err(FileError::NotAFile {
            path: path.to_path_buf(),
            kind: kind_of(meta.file_type()),
        });
    }
    Ok((file, meta))
}

/// The whole of `path`, at most `limit` bytes; only a regular file.
pub fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, FileError> {
    let (file, meta) = open_regular(path)?;
    // The size on disk is only a hint for the buffer; the limit holds whatever it says.
    let hint = usize::try_from(meta.len().min(limit)).unwrap_or(0);
    let mut bytes = Vec::with_capacity(hint);
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(io_error(path))?;
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > limit {
        return Err(FileError::TooLarge {
            path: path.to_path_buf(),
            limit,
        });
    }
    Ok(bytes)
}

/// [`read_bounded`], as UTF-8 text.
pub fn read_text_bounded(path: &Path, limit: u64) -> Result<String, FileError> {
    String::from_utf8(read_bounded(path, limit)?).map_err(|e| FileError::NotUtf8 {
        path: path.to_path_buf(),
        valid_up_to: e.utf8_error().valid_up_to(),
    })
}

/// Whether `a` and `b` name the same existing file (links and `..` resolved). A file that
/// does not exist is the same as nothing: writing there cannot destroy another file.
pub fn same_file(a: &Path, b: &Path) -> bool {
    match (fs::canonicalize(a), fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => false,
    }
}

/// Replace `path` with `bytes` atomically: a hidden temp file in the same folder (so the rename
/// cannot cross file systems), fsync, rename over the target, fsync of the folder so the rename
/// itself is durable. The temp file is removed when anything fails.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), FileError> {
    static TEMP_COUNTER: AtomicU64 = AtomicU64::new(0);
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
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
            .map_err(io_error(&temp))?;
        file.write_all(bytes).map_err(io_error(&temp))?;
        file.sync_all().map_err(io_error(&temp))?;
        drop(file);
        fs::rename(&temp, path).map_err(io_error(path))?;
        sync_dir(&dir)
    })();
    if result.is_err() {
        // Best effort: a left-over temp file is hidden, but do not litter.
        fs::remove_file(&temp).ok();
    }
    result
}

/// Make a rename or delete in `dir` durable.
#[cfg(unix)]
pub fn sync_dir(dir: &Path) -> Result<(), FileError> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io_error(dir))
}

/// Directories cannot be opened for fsync on Windows; NTFS journals the rename itself.
#[cfg(not(unix))]
pub fn sync_dir(_dir: &Path) -> Result<(), FileError> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_file_within_the_limit_and_refuses_a_larger_one() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.json");
        fs::write(&path, b"0123456789").unwrap();
        assert_eq!(read_bounded(&path, 10).unwrap(), b"0123456789");
        let e = read_bounded(&path, 9).unwrap_err();
        assert!(matches!(e, FileError::TooLarge { limit: 9, .. }), "{e}");
        assert!(
            e.to_string().starts_with(&path.display().to_string()),
            "{e}"
        );
        assert!(e.to_string().contains("larger than 9 bytes"), "{e}");
    }

    /// The limit holds even when the size on disk says nothing (procfs files report 0).
    #[cfg(target_os = "linux")]
    #[test]
    fn the_limit_is_enforced_while_reading() {
        let path = Path::new("/proc/self/maps");
        assert_eq!(fs::metadata(path).unwrap().len(), 0);
        let e = read_bounded(path, 16).unwrap_err();
        assert!(matches!(e, FileError::TooLarge { .. }), "{e}");
    }

    #[test]
    fn refuses_directories() {
        let dir = tempfile::tempdir().unwrap();
        let e = read_bounded(dir.path(), 1 << 20).unwrap_err();
        assert!(
            e.to_string().contains("a directory, not a regular file"),
            "{e}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn refuses_devices_and_fifos_without_blocking() {
        let e = read_bounded(Path::new("/dev/zero"), 1 << 20).unwrap_err();
        assert!(e.to_string().contains("a device"), "{e}");
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .is_ok_and(|s| s.success());
        if made {
            // No writer: a blocking open would hang here.
            let e = read_bounded(&fifo, 1 << 20).unwrap_err();
            assert!(e.to_string().contains("FIFO"), "{e}");
        }
    }

    #[test]
    fn text_must_be_utf8() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bin");
        fs::write(&path, b"ab\xff").unwrap();
        let e = read_text_bounded(&path, 100).unwrap_err();
        assert!(e.to_string().contains("not UTF-8 text (byte 2)"), "{e}");
    }

    #[test]
    fn atomic_write_replaces_and_leaves_no_temp_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("model.json");
        write_atomic(&path, b"old").unwrap();
        write_atomic(&path, b"new").unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["model.json"]);
        // A target in a folder that does not exist: an error naming it, nothing left behind.
        let e = write_atomic(&dir.path().join("no/such.json"), b"x").unwrap_err();
        assert!(e.to_string().contains("no"), "{e}");
    }
}
