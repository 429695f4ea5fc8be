//! Active discovery: BACnet/IP (Who-Is per network, interrogation, BBMD tables) and KNXnet/IP
//! (search, extended search, description), polite by construction.
//!
//! The API the CLI and the GUI call:
//! - [`estimate_packets`] before a job, to show what will be sent;
//! - [`discover`] (async, on the caller's tokio runtime) or [`discover_blocking`]: takes a
//!   [`Scope`], a [`ValidPolicy`], an [`EventSink`] (bounded channel of [`JobEvent`]) and
//!   a [`CancelFlag`]; returns a serde-serialisable [`DiscoveryResult`], also when cancelled or
//!   stopped by the error budget (with what was found until then).
//!
//! ```no_run
//! # async fn gui_job() {
//! use audit_core::discovery::discover;
//! use audit_core::job::{self, CancelFlag, JobEvent, ProbePolicy, EVENT_CAPACITY};
//! use audit_core::sim::SimBuilding;
//!
//! let sim = SimBuilding::start_demo().unwrap(); // or Scope::for_interface("eth1")
//! let policy = ProbePolicy::default().validate().unwrap();
//! let cancel = CancelFlag::new(); // cancel.cancel() from the UI thread stops the job
//! let scope = sim.scope();
//! let job_cancel = cancel.clone();
//! let result = job::run(
//!     EVENT_CAPACITY,
//!     |events| discover(scope, policy, events, job_cancel),
//!     |event| {
//!         if let JobEvent::PacketSent(p) = &event {
//!             println!("{:.3}s {} {}", p.t_s, p.destination, p.service);
//!         }
//!         std::future::ready(true)
//!     },
//! )
//! .await
//! .unwrap(); // serde: the `discover --json` document
//! # }
//! ```
//!
//! Every packet leaves through one paced send ([`crate::job::JobCtx::send`]) that enforces the
//! policy's rate cap and reports the packet as an event.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    clippy::unreachable
)]

pub mod bacnet;
pub mod diagnosis;
pub mod knxip;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

pub use diagnosis::{Diagnosis, DiagnosisItem, JobFacts, diagnose};

use crate::inventory::Inventory;
use crate::job::{
    self, CancelFlag, EventSink, JobCtx, JobEvent, Note, ProbePolicy, Scope, ValidPolicy,
};

/// Packets a job will send before knowing any device, and what each device found adds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PacketEstimate {
    /// Broadcasts, multicasts and target probes: sent whatever is found.
    pub discovery: u64,
    /// Added per BACnet device found (interrogation and BBMD read), on average.
    pub per_device: u64,
    /// Added per KNX gateway found (description request, NAT-mode description request).
    pub per_gateway: u64,
}

impl PacketEstimate {
    pub fn total_for(&self, devices: u64, gateways: u64) -> u64 {
        self.discovery
            .saturating_add(devices.saturating_mul(self.per_device))
            .saturating_add(gateways.saturating_mul(self.per_gateway))
    }
}

/// What a job will send before it knows what answers (shown before it starts).
pub fn estimate(scope: &Scope) -> PacketEstimate {
    PacketEstimate {
        discovery: bacnet::estimate_discovery(scope) + knxip::estimate_discovery(scope),
        per_device: bacnet::PER_DEVICE_ESTIMATE,
        per_gateway: knxip::PER_GATEWAY_ESTIMATE,
    }
}

/// Packets sent whatever is found: the number to show before a job starts.
pub fn estimate_packets(scope: &Scope) -> u64 {
    estimate(scope).discovery
}

/// Everything a job produced. Top-level `bacnet` and `knx` keys follow the `discover` JSON
/// contract (design §6); the rest says how the job went.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiscoveryResult {
    #[serde(flatten)]
    pub inventory: Inventory,
    pub scope: Scope,
    pub policy: ProbePolicy,
    /// Job start, RFC 3339 UTC.
    pub started: String,
    pub elapsed_s: f64,
    pub estimated_packets: u64,
    pub packets_sent: u64,
    pub packets_received: u64,
    /// Datagrams received that did not decode (BACnet and KNX together).
    pub malformed_received: u64,
    pub sent_by_service: BTreeMap<String, u64>,
    /// Most BACnet confirmed requests ever outstanding at once to one device (the policy
    /// allows 1).
    pub max_in_flight_per_device: usize,
    /// `cancelled` or `error-budget-exhausted` when the job ended early.
    pub stopped: Option<String>,
    pub notes: Vec<Note>,
    pub facts: JobFacts,
    pub diagnosis: Diagnosis,
}

fn now_rfc3339() -> String {
    let ns = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
        .unwrap_or(0);
    crate::capture::time::rfc3339(ns)
}

/// Run one discovery job on the current tokio runtime.
pub async fn discover(
    scope: Scope,
    policy: ValidPolicy,
    events: EventSink,
    cancel: CancelFlag,
) -> DiscoveryResult {
    let started = now_rfc3339();
    // Every packet of discovery passes the trust gate (docs/TRUST.md).
    let gate = job::Gate::for_scope(&scope);
    let ctx = Arc::new(JobCtx::new(policy.clone(), events, &cancel).with_gate(gate));
    let est = estimate(&scope);
    ctx.add_estimate(est.discovery);
    ctx.events
        .emit(JobEvent::Started {
            scope: scope.label.clone(),
            estimated_packets: est.discovery,
            per_device_packets: est.per_device,
        })
        .await;

    let bacnet_job = async {
        if scope.bacnet {
            bacnet::run(ctx.clone(), &scope).await
        } else {
            bacnet::BacnetOutcome::default()
        }
    };
    let knx_job = async {
        if scope.knx {
            knxip::run(ctx.clone(), &scope).await
        } else {
            knxip::KnxOutcome::default()
        }
    };
    let (b, mut k) = tokio::join!(bacnet_job, knx_job);
    drop(k.socket.take());

    let stopped = ctx.stop_reason().map(|r| r.name().to_owned());
    let trust = trust_facts(&ctx, b.trust, k.trust);
    let mut unexpected: Vec<(String, u64)> = b
        .facts
        .unexpected_sources
        .iter()
        .chain(k.facts.unexpected_sources.iter())
        .map(|(a, n)| (a.clone(), *n))
        // A host a BBMD we found vouches for (the annex) is inside the scope after all.
        .filter(|(a, _)| {
            let ip = a.parse::<std::net::SocketAddrV4>().map(|s| *s.ip());
            ctx.gate
                .as_ref()
                .zip(ip.ok())
                .is_none_or(|(g, ip)| g.voucher(ip).is_none())
        })
        .collect();
    unexpected.sort();
    let inventory = Inventory {
        bacnet: b.inventory,
        knx: k.inventory,
        trust,
    };
    let facts = JobFacts {
        scope_label: scope.label.clone(),
        interface: scope.interface.clone(),
        bacnet_enabled: scope.bacnet,
        knx_enabled: scope.knx,
        wanted_broadcast: scope.bacnet && !scope.bind.is_unspecified() && scope.interface.is_some(),
        has_broadcast: scope.broadcast.is_some(),
        wanted_multicast: scope.knx && !scope.bind.is_unspecified() && scope.interface.is_some(),
        multicast_sent: k.facts.multicast_sent,
        multicast_error: k.facts.multicast_error.clone(),
        bacnet_port: scope.bacnet_port,
        bacnet_port_fallback: b.facts.port_fallback,
        bacnet_broadcast_listener: b.facts.broadcast_listener,
        bacnet_socket_error: b.facts.socket_error.clone(),
        knx_socket_error: k.facts.socket_error.clone(),
        packets_sent: ctx.packets_sent(),
        packets_received: ctx.packets_received(),
        bacnet_devices: inventory.bacnet.devices.len(),
        routed_devices: inventory.bacnet.devices.iter().filter(|d| d.routed).count(),
        routers: inventory.bacnet.routers.len(),
        remote_networks: b.facts.remote_networks,
        bbmds: inventory.bacnet.bbmds.len(),
        knx_gateways: inventory.knx.gateways.len(),
        targets: b
            .facts
            .targets
            .iter()
            .chain(k.facts.targets.iter())
            .cloned()
            .collect(),
        unexpected_sources: unexpected,
        send_errors: ctx.send_errors().len(),
        stopped: stopped.clone(),
    };
    let diagnosis = diagnose(&facts);
    let elapsed_s = ctx.elapsed_s();
    ctx.events
        .emit(JobEvent::Finished {
            packets_sent: ctx.packets_sent(),
            elapsed_s,
            stopped: stopped.clone(),
        })
        .await;
    DiscoveryResult {
        inventory,
        scope,
        policy: policy.settings().clone(),
        started,
        elapsed_s,
        estimated_packets: ctx.estimate(),
        packets_sent: ctx.packets_sent(),
        packets_received: ctx.packets_received(),
        sent_by_service: ctx.sent_by_service(),
        max_in_flight_per_device: b.facts.max_in_flight,
        malformed_received: b.facts.malformed + k.facts.malformed,
        stopped,
        notes: ctx.notes(),
        facts,
        diagnosis,
    }
}

/// The trust facts of both protocols together, with the time budget when it stopped the job
/// and any packet the trust gate refused.
fn trust_facts(
    ctx: &JobCtx,
    bacnet: crate::inventory::TrustFacts,
    knx: crate::inventory::TrustFacts,
) -> crate::inventory::TrustFacts {
    use crate::inventory::{LimitHit, RefusedSend};
    let mut t = bacnet;
    for c in knx.claims {
        t.claim(c);
    }
    for l in knx.limits {
        t.limit(l);
    }
    for m in knx.malformed {
        t.malformed_from(m);
    }
    t.identity_conflicts.extend(knx.identity_conflicts);
    t.rows_not_listed = t.rows_not_listed.saturating_add(knx.rows_not_listed);
    if ctx.stop_reason() == Some(job::StopReason::TimeBudget) {
        t.limit(LimitHit {
            limit: "time-budget".into(),
            peer: String::new(),
            claimed: ctx.estimate(),
            allowed: ctx.policy.time_budget().as_secs(),
            skipped: crate::text!(
                "limit-skipped-time",
                seconds = format!("{:.0}", ctx.elapsed_s()),
                sent = ctx.packets_sent(),
                estimate = ctx.estimate()
            ),
        });
    }
    if let Some(g) = &ctx.gate {
        let (refused, more) = g.refused();
        for (dest, why, count) in refused {
            t.refused_sends.push(RefusedSend {
                destination: dest.to_string(),
                reason: why.code().into(),
                count,
            });
        }
        t.rows_not_listed = t.rows_not_listed.saturating_add(more);
    }
    t
}

/// [`discover`] on a runtime of its own; `on_event` is called on this thread for every event.
/// Call it from a plain thread, not from inside a tokio runtime (which cannot nest).
pub fn discover_blocking(
    scope: Scope,
    policy: ValidPolicy,
    cancel: CancelFlag,
    on_event: impl FnMut(JobEvent),
) -> std::io::Result<DiscoveryResult> {
    job::run_blocking(
        |events| discover(scope, policy, events, cancel),
        None,
        on_event,
    )
}
