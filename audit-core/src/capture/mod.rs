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
/// cannot be opened, or it is a directory.
pub fn open(path: &Path) -> Result<CaptureFile, String> {
    let open_err = |e: std::io::Error| format!("cannot open: {e}");
    let file = File::open(path).map_err(open_err)?;
    let meta = file.metadata().map_err(open_err)?;
    if meta.is_dir() {
        return Err("is a directory, not a capture file".to_owned());
    }
    Ok(CaptureFile {
        file,
        size: meta.len(),
    })
}
