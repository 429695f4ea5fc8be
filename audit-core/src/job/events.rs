//! What a running job reports: every packet it sends, what it finds, and notes the user must
//! see (a port that was taken, a broadcast that could not be sent). The GUI event log and the
//! CLI `--verbose` print these. Every active job (discovery, router probes, write test, the
//! check job around them) reports on the same [`EventSink`] with the same [`JobEvent`].

use serde::{Deserialize, Serialize};
use tokio::sync::mpsc;

use crate::text::Text;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum JobEvent {
    /// Before the first packet: what will be sent at least.
    Started {
        scope: String,
        estimated_packets: u64,
        per_device_packets: u64,
    },
    /// A step of the job begins; `detail` says what it does, in words (a catalogue text,
    /// rendered where it is shown; empty when the step's name says enough).
    Phase {
        name: Phase,
        detail: Text,
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

/// The steps of the active jobs, in the order a check job runs them. Printed and serialised in
/// kebab-case (`router-probes`, `bacnet-who-is`, ...), the names the CLI's `--verbose` shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Phase {
    // Discovery, BACnet.
    BacnetNetworks,
    BacnetWhoIs,
    BacnetInterrogation,
    BacnetBbmd,
    // Discovery, KNXnet/IP.
    KnxSearch,
    KnxDescription,
    KnxNatDescription,
    // Router probes (the check job's second stage, and its steps).
    RouterProbes,
    UpnpSearch,
    NatPmp,
    Pcp,
    /// The opt-in STUN request (what the internet sees of this site).
    Stun,
    Hairpin,
    Internetdb,
    /// The opt-in write test.
    WriteTest,
    /// Judging what was gathered (no traffic).
    Checks,
}

impl Phase {
    pub const ALL: [Phase; 16] = [
        Phase::BacnetNetworks,
        Phase::BacnetWhoIs,
        Phase::BacnetInterrogation,
        Phase::BacnetBbmd,
        Phase::KnxSearch,
        Phase::KnxDescription,
        Phase::KnxNatDescription,
        Phase::RouterProbes,
        Phase::UpnpSearch,
        Phase::NatPmp,
        Phase::Pcp,
        Phase::Stun,
        Phase::Hairpin,
        Phase::Internetdb,
        Phase::WriteTest,
        Phase::Checks,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Phase::BacnetNetworks => "bacnet-networks",
            Phase::BacnetWhoIs => "bacnet-who-is",
            Phase::BacnetInterrogation => "bacnet-interrogation",
            Phase::BacnetBbmd => "bacnet-bbmd",
            Phase::KnxSearch => "knx-search",
            Phase::KnxDescription => "knx-description",
            Phase::KnxNatDescription => "knx-nat-description",
            Phase::RouterProbes => "router-probes",
            Phase::UpnpSearch => "upnp-search",
            Phase::NatPmp => "nat-pmp",
            Phase::Pcp => "pcp",
            Phase::Stun => "stun",
            Phase::Hairpin => "hairpin",
            Phase::Internetdb => "internetdb",
            Phase::WriteTest => "write-test",
            Phase::Checks => "checks",
        }
    }

    /// Steps of discovery itself (the check job's first stage).
    pub fn is_discovery(self) -> bool {
        matches!(
            self,
            Phase::BacnetNetworks
                | Phase::BacnetWhoIs
                | Phase::BacnetInterrogation
                | Phase::BacnetBbmd
                | Phase::KnxSearch
                | Phase::KnxDescription
                | Phase::KnxNatDescription
        )
    }
}

impl std::fmt::Display for Phase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
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
    /// Stable kebab-case code, e.g. `bacnet-port-fallback` (for scripts: never translated).
    pub code: String,
    /// The words: a catalogue text, rendered in the reader's language where it is shown. In
    /// the CLI's JSON it is the sentence in `--lang` (the system's language by default), like
    /// every other text there; a saved audit keeps its id and arguments.
    pub message: Text,
}

impl Note {
    pub fn info(code: &str, message: impl Into<Text>) -> Self {
        Self {
            level: NoteLevel::Info,
            code: code.to_owned(),
            message: message.into(),
        }
    }
    pub fn warning(code: &str, message: impl Into<Text>) -> Self {
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
    tx: Option<mpsc::Sender<JobEvent>>,
}

impl EventSink {
    pub fn none() -> Self {
        Self { tx: None }
    }
    pub fn channel(tx: mpsc::Sender<JobEvent>) -> Self {
        Self { tx: Some(tx) }
    }
    /// A bounded channel and its sink.
    pub fn bounded(capacity: usize) -> (Self, mpsc::Receiver<JobEvent>) {
        let (tx, rx) = mpsc::channel(capacity.max(1));
        (Self::channel(tx), rx)
    }
    pub async fn emit(&self, e: JobEvent) {
        if let Some(tx) = &self.tx {
            // A receiver that went away (GUI closed the panel) must not stop the job.
            let _ = tx.send(e).await;
        }
    }

    /// Announce a step of the job.
    pub async fn phase(&self, name: Phase, detail: impl Into<Text>) {
        self.emit(JobEvent::Phase {
            name,
            detail: detail.into(),
        })
        .await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_note_is_a_sentence_in_json_and_its_id_in_a_saved_audit() {
        use crate::text::{Lang, storing, wording_in};
        let note = Note::warning(
            "send-failed",
            crate::text!(
                "job-note-send-failed",
                service = "who-is",
                destination = "198.18.0.9:47808",
                error = "Network is unreachable (os error 101)"
            ),
        );
        // The CLI's JSON: the same keys as ever, the message a sentence in the language.
        let json = wording_in(Lang::De, || serde_json::to_value(&note)).unwrap();
        assert_eq!(json["code"], "send-failed");
        assert_eq!(json["level"], "warning");
        assert_eq!(
            json["message"],
            "who-is an 198.18.0.9:47808 nicht gesendet: Network is unreachable (os error 101)"
        );
        // A saved audit keeps the id, so it reads in any language later.
        let stored = storing(|| serde_json::to_string(&note)).unwrap();
        assert!(
            stored.contains("\"id\":\"job-note-send-failed\""),
            "{stored}"
        );
        let back: Note = serde_json::from_str(&stored).unwrap();
        assert_eq!(back, note);
        assert!(back.message.render(Lang::Nl).contains("niet verzonden"));
        // A note saved before notes were catalogue texts reads back as its words.
        let old: Note =
            serde_json::from_str(r#"{"level":"info","code":"x","message":"plain words"}"#).unwrap();
        assert_eq!(old.message.render(Lang::De), "plain words");
    }

    #[test]
    fn phase_names_are_their_serialised_names() {
        for p in Phase::ALL {
            assert_eq!(
                serde_json::to_value(p).unwrap(),
                serde_json::Value::String(p.name().to_owned())
            );
            assert_eq!(p.to_string(), p.name());
        }
    }
}
