//! Capture-file analysis: stream a pcap or pcapng file through the wire codecs and count what
//! it holds: BACnet and KNXnet/IP messages by service, malformed ones by reason, the devices
//! that announced themselves (I-Am) and the KNX gateways that answered searches.
//!
//! Memory does not grow with the file: a fixed buffer is refilled from the reader
//! ([`crate::capture::pcap`]), and the inventories are capped ([`tally::MAX_DEVICES`],
//! [`tally::MAX_GATEWAYS`]). A capture that breaks off (truncated copy, corrupt block) keeps
//! everything counted before the break and says where it broke ([`ReadError`]); only a file
//! that is not a capture at all is an [`AnalyzeError`].
//!
//! Not done, on purpose (see `capture::frame`): IP fragment and TCP stream reassembly. Fragments
//! are counted in `ip_fragments`; a KNXnet/IP frame split across TCP segments is counted as
//! malformed with a reason that says so.

pub mod report;
pub mod tally;

use std::fmt;
use std::io::Read;
use std::path::Path;

use crate::capture::{self, Sink, time};
use crate::job::CancelFlag;
pub use report::{
    AnalysisReport, BacnetReport, DeviceRow, GatewayRow, KnxReport, LinkErrors, ReadError,
};
use tally::Tally;

/// Where a running analysis is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    pub bytes_read: u64,
    /// File size, when known.
    pub total_bytes: Option<u64>,
    pub packets: u64,
}

impl Progress {
    /// Fraction done in 0.0..=1.0, when the size is known.
    pub fn fraction(&self) -> Option<f64> {
        self.total_bytes
            .filter(|&t| t > 0)
            .map(|t| (self.bytes_read as f64 / t as f64).min(1.0))
    }
}

/// Nothing could be read: the file is missing, unreadable, or not a capture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AnalyzeError {
    pub file: String,
    /// Byte offset where the problem was found (0 for the file header); `None` when the file
    /// could not be opened at all.
    pub offset: Option<u64>,
    pub message: String,
}

impl fmt::Display for AnalyzeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.offset {
            Some(offset) => write!(f, "{}: {} (at byte {offset})", self.file, self.message),
            None => write!(f, "{}: {}", self.file, self.message),
        }
    }
}

impl std::error::Error for AnalyzeError {}

impl ReadError {
    /// One line naming the file and the offset, for a CLI's stderr.
    pub fn line(&self, file: &str) -> String {
        format!(
            "{file}: reading stopped at byte {}: {}",
            self.offset, self.message
        )
    }
}

/// Analyse a capture file. `progress` is called about every 64 KiB and once at the end;
/// setting `cancel` stops the analysis and returns what was counted, marked `cancelled`.
pub fn analyze_file(
    path: &Path,
    progress: &dyn Fn(Progress),
    cancel: &CancelFlag,
) -> Result<AnalysisReport, AnalyzeError> {
    let name = path.display().to_string();
    let file = capture::open(path).map_err(|message| AnalyzeError {
        file: name.clone(),
        offset: None,
        message,
    })?;
    analyze_reader(file.file, &name, Some(file.size), progress, cancel)
}

/// Analyse a capture from any reader; `name` is used in the report and errors, `total_bytes`
/// for progress.
pub fn analyze_reader<R: Read>(
    reader: R,
    name: &str,
    total_bytes: Option<u64>,
    progress: &dyn Fn(Progress),
    cancel: &CancelFlag,
) -> Result<AnalysisReport, AnalyzeError> {
    // A small file needs no larger buffer than itself (the reader still grows it for a block
    // that claims more): a 2 KB capture costs 2 KB, not 128 KB.
    let buffer = total_bytes
        .and_then(|n| usize::try_from(n.saturating_add(64)).ok())
        .map_or(capture::pcap::INITIAL_BUFFER, |n| {
            n.min(capture::pcap::INITIAL_BUFFER)
        });
    analyze_with_buffer(reader, name, total_bytes, buffer, progress, cancel)
}

fn analyze_with_buffer<R: Read>(
    reader: R,
    name: &str,
    total_bytes: Option<u64>,
    buffer: usize,
    progress: &dyn Fn(Progress),
    cancel: &CancelFlag,
) -> Result<AnalysisReport, AnalyzeError> {
    let mut tally = Tally::default();
    let mut on_progress = |bytes_read, packets| {
        progress(Progress {
            bytes_read,
            total_bytes,
            packets,
        });
    };
    let outcome = capture::read_capture(reader, buffer, &mut tally, &mut on_progress, cancel)
        .map_err(|e| AnalyzeError {
            file: name.to_owned(),
            offset: Some(e.offset),
            message: e.message,
        })?;
    let (first, last) = (tally.first_ns(), tally.last_ns());
    let duration_s = match (first, last) {
        (Some(a), Some(b)) => (b.saturating_sub(a)) as f64 / 1e9,
        _ => 0.0,
    };
    Ok(AnalysisReport {
        file: name.to_owned(),
        format: outcome.format.name().to_owned(),
        bytes_read: outcome.bytes_read,
        packets: tally.packets,
        first_timestamp: first.map(time::rfc3339),
        last_timestamp: last.map(time::rfc3339),
        duration_s,
        bacnet: tally.bacnet_report(),
        knx: tally.knx_report(),
        ip_fragments: tally.ip_fragments,
        truncated_packets: tally.truncated_packets,
        other_packets: tally.other_packets,
        link_errors: tally.link_errors_report(),
        read_error: outcome
            .read_error
            .map(|(offset, message)| ReadError { offset, message }),
        cancelled: outcome.cancelled,
    })
}

impl Sink for Tally {
    fn frame(&mut self, linktype: u32, ts_ns: Option<i64>, data: &[u8]) {
        Tally::frame(self, linktype, ts_ns, data);
    }

    fn unreadable_frame(&mut self, layer: &'static str, what: &'static str) {
        Tally::unreadable_frame(self, layer, what);
    }

    fn frames(&self) -> u64 {
        self.packets
    }
}

#[cfg(test)]
mod tests;
