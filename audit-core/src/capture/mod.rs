//! Capture files: open one ([`open`]), stream its frames out of pcap or pcapng with a fixed
//! buffer ([`pcap`]), dissect each frame down to the BACnet or KNXnet/IP payload ([`frame`]),
//! and write capture times as text ([`time`]). Capture analysis (`analyze`) and the learning
//! watch (`watch`) both read captures only through here; the codecs in `wire` see payloads.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    clippy::unreachable
)]

pub mod frame;
pub mod pcap;
pub mod time;

use std::fs::File;
use std::path::Path;

pub use pcap::{Format, OpenError, Outcome, Sink, read_capture};

/// A capture file opened for reading.
#[derive(Debug)]
pub struct CaptureFile {
    pub file: File,
    /// Size on disk, for progress (a file still being written may grow).
    pub size: u64,
}

/// Open `path` for streaming. `Err` is the reason in words (the caller names the file): it
/// cannot be opened, or it is not a regular file (a directory, a device such as /dev/zero, a
/// FIFO, which could feed bytes without end: refused without blocking, files.rs). Reading then
/// streams through a fixed buffer ([`pcap`]), so memory does not depend on the file.
pub fn open(path: &Path) -> Result<CaptureFile, String> {
    match crate::files::open_regular(path) {
        Ok((file, meta)) => Ok(CaptureFile {
            file,
            size: meta.len(),
        }),
        Err(crate::files::FileError::NotAFile { kind, .. }) => {
            Err(format!("is {kind}, not a capture file"))
        }
        Err(crate::files::FileError::Io { source, .. }) => Err(format!("cannot open: {source}")),
        Err(e) => Err(e.problem()),
    }
}
