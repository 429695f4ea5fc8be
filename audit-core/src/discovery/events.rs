//! What a running job reports: every packet it sends, what it finds, and notes the user must
//! see (a port that was taken, a broadcast that could not be sent). The GUI event log and the
//! CLI `--verbose` print these.

use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DiscoveryEvent {
    /// Before the first packet: what will be sent at least.
    Started {
        scope: String,
        estimated_packets: u64,
        per_device_packets: u64,
    },
    /// A step of the job begins, e.g. `bacnet-networks`, `bacnet-who-is`, `bacnet-interrogation`,
    /// `bacnet-bbmd`, `knx-search`, `knx-description`.
    Phase {
        name: String,
        detail: String,
    },
    PacketSent(SentPacket),
    Note(Note),
    DeviceFound {
        device_instance: u32,
        address: String,
        network: Option<u16>,
    },
    GatewayFound {
        address: String,
        answer: String,
    },
    /// A device has been interrogated (done of total).
    DeviceInterrogated {
        device_instance: u32,
        address: String,
        done: usize,
        total: usize,
    },
    /// Progress with an estimate that grows as devices are found.
    Progress {
        packets_sent: u64,
        estimated_packets: u64,
    },
    Finished {
        packets_sent: u64,
        elapsed_s: f64,
        stopped: Option<String>,
    },
}

/// One packet handed to the kernel.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentPacket {
    /// Milliseconds since the Unix epoch.
    pub time_ms: u64,
    /// Seconds since the job started.
    pub t_s: f64,
    /// "ip:port".
    pub destination: String,
    /// `bacnet` or `knxip`.
    pub protocol: String,
    /// Standard name in kebab-case (`who-is`, `read-property-multiple`, `search-request`, ...).
    pub service: String,
    pub bytes: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteLevel {
    Info,
    Warning,
}

/// Something the user must be told, in plain words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Note {
    pub level: NoteLevel,
    /// Stable kebab-case code, e.g. `bacnet-port-fallback`.
    pub code: String,
    pub message: String,
}

impl Note {
    pub fn info(code: &str, message: impl Into<String>) -> Self {
        Self {
            level: NoteLevel::Info,
            code: code.to_owned(),
            message: message.into(),
        }
    }
    pub fn warning(code: &str, message: impl Into<String>) -> Self {
        Self {
            level: NoteLevel::Warning,
            code: code.to_owned(),
            message: message.into(),
        }
    }
}

/// Where events go: a bounded channel (back-pressure, nothing dropped) or nowhere.
#[derive(Debug, Clone, Default)]
pub struct EventSink {
    tx: Option<mpsc::Sender<DiscoveryEvent>>,
}

impl EventSink {
    pub fn none() -> Self {
        Self { tx: None }
    }
    pub fn channel(tx: mpsc::Sender<DiscoveryEvent>) -> Self {
        Self { tx: Some(tx) }
    }
    /// A bounded channel and its sink.
    pub fn bounded(capacity: usize) -> (Self, mpsc::Receiver<DiscoveryEvent>) {
        let (tx, rx) = mpsc::channel(capacity.max(1));
        (Self::channel(tx), rx)
    }
    pub async fn emit(&self, e: DiscoveryEvent) {
        if let Some(tx) = &self.tx {
            // A receiver that went away (GUI closed the panel) must not stop the job.
            let _ = tx.send(e).await;
        }
    }
}
