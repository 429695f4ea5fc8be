//! Learning watch: a semantics-aware intrusion detector for BACnet and KNX (design §5, after
//! Fauri et al., "Leveraging semantics for actionable intrusion detection in building
//! automation systems", CRITIS 2018).
//!
//! ```text
//! source (pcap file | UDP sockets | raw capture)          source.rs
//!   └─> Observation {time, source, destination, protocol,  observation.rs
//!                    service, points, event, flags}
//!         ├─ learn:  Learner ──> Baseline (serde JSON)      baseline.rs, stats.rs
//!         └─ detect: Engine(ModelIndex) ──> Alert           detectors/, alert.rs
//!                    value ranges · message rates · knowledge rules
//! ```
//!
//! Front ends call [`learn`] and [`detect`]: each takes a [`WatchSource`], a cancel flag and an
//! event callback ([`WatchEvent`]: progress, live per-service rates, alerts as they come), and
//! returns a serde-serialisable report. [`event_forwarder`] adapts a bounded channel.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    clippy::unreachable
)]

pub mod alert;
pub mod baseline;
pub mod detectors;
pub mod keys;
pub mod observation;
pub mod observed;
pub mod source;
pub mod stats;

use crate::job::CancelFlag;
use std::sync::mpsc::SyncSender;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::capture::time::rfc3339;
use crate::knx_project::GroupAddressTable;

pub use alert::{Alert, DetectorKind};
pub use baseline::{Baseline, LearnConfig, Learner, Limits};
pub use detectors::Engine;
pub use observation::{Observation, Observer, Protocol};
pub use source::{LiveCapture, SourceProgress, WatchError, WatchSource};
pub use stats::RateMetric;

/// How often (wall clock) progress and rate events are sent at most.
pub const EVENT_EVERY: Duration = Duration::from_millis(250);

/// Something a running job reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
// An alert is the largest event; events come a few per second, so boxing buys nothing.
#[allow(clippy::large_enum_variant)]
pub enum WatchEvent {
    Progress(WatchProgress),
    /// Messages per second by service since the previous snapshot.
    Rates(RateSnapshot),
    Alert(Alert),
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct WatchProgress {
    /// Time of the latest message (capture time for files).
    pub time: Option<String>,
    pub packets: u64,
    pub messages: u64,
    pub malformed: u64,
    /// Distinct points (device/object/property, KNX groups) learned, or checked so far.
    pub objects: usize,
    /// Distinct sources seen.
    pub sources: usize,
    pub alerts: usize,
    /// 0.0..=1.0 when the end is known (file size, live duration).
    pub fraction: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RateSnapshot {
    pub time: Option<String>,
    /// Seconds of traffic the snapshot covers.
    pub window_s: f64,
    pub per_service: Vec<ServiceRate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceRate {
    pub service: String,
    pub per_second: f64,
}

/// Figures of one run.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct WatchStats {
    /// `pcap`, `pcapng`, `udp` or `interface NAME`.
    pub source: String,
    pub packets: u64,
    pub messages: u64,
    pub malformed: u64,
    pub first: Option<String>,
    pub last: Option<String>,
    pub duration_s: f64,
    /// Distinct points and sources.
    pub objects: usize,
    pub sources: usize,
    /// Detection: values of points the model does not know (not checked).
    pub unknown_points: u64,
    /// Detection: alerts beyond the cap, counted only.
    pub alerts_suppressed: u64,
    pub read_error: Option<String>,
    pub cancelled: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LearnReport {
    pub baseline: Baseline,
    pub stats: WatchStats,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DetectReport {
    pub alerts: Vec<Alert>,
    pub stats: WatchStats,
}

/// Adapt a bounded channel to the event callback: alerts are always delivered (the job waits
/// when the channel is full), progress and rates are dropped when the receiver lags.
pub fn event_forwarder(tx: SyncSender<WatchEvent>) -> impl FnMut(WatchEvent) {
    move |e| match e {
        WatchEvent::Alert(_) => {
            let _ = tx.send(e);
        }
        _ => {
            let _ = tx.try_send(e);
        }
    }
}

/// Learn a model from `source` (KNX datapoint types inferred from traffic).
pub fn learn(
    source: &WatchSource,
    config: &LearnConfig,
    cancel: &CancelFlag,
    on_event: &mut dyn FnMut(WatchEvent),
) -> Result<LearnReport, WatchError> {
    learn_with(source, config, None, cancel, on_event)
}

/// Learn a model from `source`, naming and typing KNX groups after an ETS group-address table
/// (`knx_project::import_file`) when one is given; the table is kept in the model.
pub fn learn_with(
    source: &WatchSource,
    config: &LearnConfig,
    project: Option<GroupAddressTable>,
    cancel: &CancelFlag,
    on_event: &mut dyn FnMut(WatchEvent),
) -> Result<LearnReport, WatchError> {
    config.validate().map_err(WatchError::Settings)?;
    let mut job = Job::new(
        Mode::Learn(Box::new(Learner::new(config.clone()).with_project(project))),
        on_event,
    );
    let outcome = source::run(source, cancel, &mut job)?;
    job.flush();
    let (objects, sources) = job.sizes();
    let Mode::Learn(learner) = job.mode else {
        return Err(WatchError::Settings(
            "internal: learn job lost its learner".to_owned(),
        ));
    };
    let baseline = learner.finish(&format!("bas-audit {}", env!("CARGO_PKG_VERSION")));
    let stats = stats(&job.span, &outcome, objects, sources, 0, 0);
    Ok(LearnReport { baseline, stats })
}

/// Check `source` against a learned model. To check with an ETS table given after learning,
/// apply it to the model first ([`Baseline::apply_project`]).
pub fn detect(
    source: &WatchSource,
    baseline: &Baseline,
    cancel: &CancelFlag,
    on_event: &mut dyn FnMut(WatchEvent),
) -> Result<DetectReport, WatchError> {
    baseline.config.validate().map_err(WatchError::Model)?;
    let mut job = Job::new(Mode::Detect(Box::new(Engine::new(baseline))), on_event);
    let outcome = source::run(source, cancel, &mut job)?;
    job.flush();
    let (objects, sources) = job.sizes();
    let Mode::Detect(engine) = job.mode else {
        return Err(WatchError::Settings(
            "internal: detect job lost its engine".to_owned(),
        ));
    };
    let stats = stats(
        &job.span,
        &outcome,
        objects,
        sources,
        engine.unknown_points,
        engine.suppressed(),
    );
    Ok(DetectReport {
        alerts: engine.into_alerts(),
        stats,
    })
}

fn stats(
    span: &Span,
    outcome: &source::SourceOutcome,
    objects: usize,
    sources: usize,
    unknown_points: u64,
    alerts_suppressed: u64,
) -> WatchStats {
    WatchStats {
        source: outcome.kind.clone(),
        packets: outcome.counts.packets,
        messages: outcome.counts.messages,
        malformed: outcome.counts.malformed,
        first: span.first.map(rfc3339),
        last: span.last.map(rfc3339),
        duration_s: match (span.first, span.last) {
            (Some(a), Some(b)) => (b - a) as f64 / 1e9,
            _ => 0.0,
        },
        objects,
        sources,
        unknown_points,
        alerts_suppressed,
        read_error: outcome.read_error.clone(),
        cancelled: outcome.cancelled,
    }
}

enum Mode {
    Learn(Box<Learner>),
    Detect(Box<Engine>),
}

#[derive(Debug, Default)]
struct Span {
    first: Option<i64>,
    last: Option<i64>,
}

/// Feeds observations to the learner or the engine and turns them into events.
struct Job<'a> {
    mode: Mode,
    on_event: &'a mut dyn FnMut(WatchEvent),
    span: Span,
    rate_counts: Vec<u64>,
    rate_since: Option<i64>,
    last_event: Option<Instant>,
    progress: SourceProgress,
    alerts: usize,
}

impl<'a> Job<'a> {
    fn new(mode: Mode, on_event: &'a mut dyn FnMut(WatchEvent)) -> Self {
        Job {
            mode,
            on_event,
            span: Span::default(),
            rate_counts: Vec::new(),
            rate_since: None,
            last_event: None,
            progress: SourceProgress::default(),
            alerts: 0,
        }
    }

    fn sizes(&self) -> (usize, usize) {
        match &self.mode {
            Mode::Learn(l) => l.sizes(),
            Mode::Detect(e) => (e.index.points.len(), e.sources()),
        }
    }

    fn service_name(&self, id: u16) -> &'static str {
        match &self.mode {
            Mode::Learn(l) => l.service_name(id),
            Mode::Detect(e) => e.service_name(id),
        }
    }

    fn flush(&mut self) {
        self.emit_progress();
    }

    fn emit_progress(&mut self) {
        let (objects, sources) = self.sizes();
        let time = self.span.last.map(rfc3339);
        let p = WatchProgress {
            time: time.clone(),
            packets: self.progress.counts.packets,
            messages: self.progress.counts.messages,
            malformed: self.progress.counts.malformed,
            objects,
            sources,
            alerts: self.alerts,
            fraction: self.progress.fraction(),
        };
        (self.on_event)(WatchEvent::Progress(p));
        if let (Some(since), Some(now)) = (self.rate_since, self.span.last) {
            let window_s = (now - since) as f64 / 1e9;
            if window_s > 0.0 {
                let per_service = self
                    .rate_counts
                    .iter()
                    .enumerate()
                    .filter(|(_, n)| **n > 0)
                    .map(|(id, n)| ServiceRate {
                        service: self.service_name(u16::try_from(id).unwrap_or(0)).to_owned(),
                        per_second: *n as f64 / window_s,
                    })
                    .collect();
                (self.on_event)(WatchEvent::Rates(RateSnapshot {
                    time,
                    window_s,
                    per_service,
                }));
            }
        }
        self.rate_counts.iter_mut().for_each(|n| *n = 0);
        self.rate_since = self.span.last;
    }
}

impl source::ObservationSink for Job<'_> {
    fn observation(&mut self, o: &Observation) {
        let t = o.time_ns;
        self.span.first = Some(self.span.first.map_or(t, |f| f.min(t)));
        self.span.last = Some(self.span.last.map_or(t, |l| l.max(t)));
        if self.rate_since.is_none() {
            self.rate_since = Some(t);
        }
        let id = match &mut self.mode {
            Mode::Learn(l) => l.observe(o),
            Mode::Detect(e) => {
                let on_event = &mut self.on_event;
                let alerts = &mut self.alerts;
                e.observe(o, &mut |a| {
                    *alerts += 1;
                    on_event(WatchEvent::Alert(a.clone()));
                })
            }
        };
        let id = usize::from(id);
        if self.rate_counts.len() <= id {
            self.rate_counts.resize(id + 1, 0);
        }
        if let Some(n) = self.rate_counts.get_mut(id) {
            *n += 1;
        }
    }

    fn progress(&mut self, p: &SourceProgress) {
        self.progress = *p;
        if self.last_event.is_none_or(|t| t.elapsed() >= EVENT_EVERY) {
            self.last_event = Some(Instant::now());
            self.emit_progress();
        }
    }
}
