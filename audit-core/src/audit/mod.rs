//! One whole audit run, the `check` job: discovery → router probes → (opt-in) write test →
//! checks → verdict. The CLI (`bas-audit check`) and the GUI (Findings screen, homeowner
//! self-check) both call [`run_check`] / [`run_check_blocking`]; neither adds logic of its own.
//!
//! Every packet of every stage is reported on the same [`EventSink`] as discovery's, so the GUI
//! log and `check --verbose` show the whole job. Each stage starts with a
//! [`JobEvent::Phase`] ([`Phase::RouterProbes`], [`Phase::WriteTest`], [`Phase::Checks`]) so
//! a progress line can name it. Cancelling stops the stage that runs; later stages that send are skipped, and the
//! checks still judge what was gathered (the report says it was cancelled).
//!
//! The JSON of [`CheckReport`] is the `check` contract of design §6:
//! `{"inventory":{...},"findings":[{"check_id","severity","target","title","evidence",
//! "remediation":{...}}],"verdict":{...},"exposure":{...}|null,"write_tests":[...],
//! "discovery":{...}}`.

pub mod plan;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::checks::{self, CheckInput, Verdict};
use crate::discovery::{self, Diagnosis, DiscoveryResult, JobFacts};
use crate::exposure::{self, ExposureOptions};
use crate::findings::{Finding, Severity};
use crate::inventory::{ExposureReport, Inventory, ObservedWrite, WriteTestResult};
use crate::job::{
    self, CancelFlag, EventSink, JobEvent, Note, Phase, ProbePolicy, Scope, ValidPolicy,
};
use crate::write_test;

/// What a check job may do. Building one is not consent: the caller asks the user first.
#[derive(Debug, Clone)]
pub struct CheckOptions {
    pub scope: Scope,
    pub policy: ValidPolicy,
    /// Router probes; `None` = do not ask the router anything.
    pub exposure: Option<ExposureOptions>,
    /// The user consented to the write test (write back the same value to a harmless property
    /// of every BACnet device found).
    pub write_test: bool,
    /// Writes seen earlier (learning watch, capture), judged with the rest.
    pub observed_writes: Vec<ObservedWrite>,
}

impl CheckOptions {
    /// Discovery and router probes with the given scope; no write test, no internet lookup.
    pub fn new(scope: Scope, policy: ValidPolicy) -> Self {
        let exposure = Some(exposure_options_for(&scope, &policy));
        Self {
            scope,
            policy,
            exposure,
            write_test: false,
            observed_writes: Vec::new(),
        }
    }
}

/// Router-probe options that follow an audit scope: same local address and interface, the
/// policy's rate cap and request timeout. The router is the interface's default gateway unless
/// the caller sets `router`.
pub fn exposure_options_for(scope: &Scope, policy: &ValidPolicy) -> ExposureOptions {
    ExposureOptions {
        bind: scope.bind,
        interface: scope.interface.clone(),
        knx_port: scope.knx_port,
        bacnet_port: scope.bacnet_port,
        rate: policy.rate(),
        timeout_s: policy.request_timeout().as_secs_f64(),
        ..ExposureOptions::default()
    }
}

/// How the discovery stage went: [`DiscoveryResult`] without its inventory (which the report
/// carries once, at the top).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DiscoverySummary {
    pub scope: Scope,
    pub policy: ProbePolicy,
    pub started: String,
    pub elapsed_s: f64,
    pub estimated_packets: u64,
    pub packets_sent: u64,
    pub packets_received: u64,
    #[serde(default)]
    pub malformed_received: u64,
    #[serde(default)]
    pub sent_by_service: BTreeMap<String, u64>,
    #[serde(default)]
    pub max_in_flight_per_device: usize,
    pub stopped: Option<String>,
    #[serde(default)]
    pub notes: Vec<Note>,
    #[serde(default)]
    pub facts: JobFacts,
    #[serde(default)]
    pub diagnosis: Diagnosis,
}

impl DiscoverySummary {
    pub fn of(r: &DiscoveryResult) -> Self {
        Self {
            scope: r.scope.clone(),
            policy: r.policy.clone(),
            started: r.started.clone(),
            elapsed_s: r.elapsed_s,
            estimated_packets: r.estimated_packets,
            packets_sent: r.packets_sent,
            packets_received: r.packets_received,
            malformed_received: r.malformed_received,
            sent_by_service: r.sent_by_service.clone(),
            max_in_flight_per_device: r.max_in_flight_per_device,
            stopped: r.stopped.clone(),
            notes: r.notes.clone(),
            facts: r.facts.clone(),
            diagnosis: r.diagnosis.clone(),
        }
    }

    /// The discovery result again, with the inventory it found (a saved audit reopened).
    pub fn with_inventory(&self, inventory: Inventory) -> DiscoveryResult {
        DiscoveryResult {
            inventory,
            scope: self.scope.clone(),
            policy: self.policy.clone(),
            started: self.started.clone(),
            elapsed_s: self.elapsed_s,
            estimated_packets: self.estimated_packets,
            packets_sent: self.packets_sent,
            packets_received: self.packets_received,
            malformed_received: self.malformed_received,
            sent_by_service: self.sent_by_service.clone(),
            max_in_flight_per_device: self.max_in_flight_per_device,
            stopped: self.stopped.clone(),
            notes: self.notes.clone(),
            facts: self.facts.clone(),
            diagnosis: self.diagnosis.clone(),
        }
    }
}

/// Everything one check job produced (serde: the `check --json` document).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CheckReport {
    pub inventory: Inventory,
    /// Sorted by severity (critical first), then check id, then target.
    pub findings: Vec<Finding>,
    pub verdict: Verdict,
    /// `None` when the router probes were not asked for (or the job was cancelled before them).
    pub exposure: Option<ExposureReport>,
    /// Empty unless the user consented to the write test.
    pub write_tests: Vec<WriteTestResult>,
    pub discovery: DiscoverySummary,
    /// Job start, RFC 3339 UTC (the discovery's start).
    pub started: String,
    /// Seconds from start to verdict.
    pub elapsed_s: f64,
    /// Packets sent by every stage together.
    pub packets_sent: u64,
    /// `cancelled` (or discovery's own reason) when the job ended early.
    pub stopped: Option<String>,
}

impl CheckReport {
    /// How many findings of each severity, most severe first (zeros included).
    pub fn counts(&self) -> Vec<(Severity, usize)> {
        Severity::ALL
            .iter()
            .map(|s| {
                (
                    *s,
                    self.findings.iter().filter(|f| f.severity == *s).count(),
                )
            })
            .collect()
    }
}

/// The check's time budget: a flag (child of the caller's) that a timer cancels when the
/// budget runs out. Dropping it stops the timer.
struct TimeBudget {
    flag: CancelFlag,
    fired: std::sync::Arc<std::sync::atomic::AtomicBool>,
    timer: tokio::task::JoinHandle<()>,
}

impl TimeBudget {
    fn start(cancel: &CancelFlag, budget: std::time::Duration) -> Self {
        let flag = cancel.child();
        let fired = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let (f, done) = (flag.clone(), fired.clone());
        let timer = tokio::spawn(async move {
            tokio::time::sleep(budget).await;
            done.store(true, std::sync::atomic::Ordering::SeqCst);
            f.cancel();
        });
        Self { flag, fired, timer }
    }

    fn ran_out(&self) -> bool {
        self.fired.load(std::sync::atomic::Ordering::SeqCst)
    }
}

impl Drop for TimeBudget {
    fn drop(&mut self) {
        self.timer.abort();
    }
}

/// Run one check job on the current tokio runtime.
pub async fn run_check(opts: CheckOptions, events: EventSink, cancel: CancelFlag) -> CheckReport {
    let started_at = std::time::Instant::now();
    let policy_budget_s = opts.policy.time_budget().as_secs_f64();
    let CheckOptions {
        scope,
        policy,
        exposure: exposure_opts,
        write_test: write_test_allowed,
        observed_writes,
    } = opts;
    // One time budget for the whole check: discovery keeps its own clock (same start, same
    // budget: it reports "time-budget-exhausted" itself); the stages after it run on a flag
    // that the budget's end cancels, and are skipped once it has.
    let budget = TimeBudget::start(&cancel, policy.time_budget());
    let mut found = discovery::discover(
        scope.clone(),
        policy.clone(),
        events.clone(),
        cancel.clone(),
    )
    .await;
    let mut packets_sent = found.packets_sent;
    let stage_cancel = budget.flag.clone();

    let exposure = match exposure_opts {
        Some(o) if !stage_cancel.is_cancelled() => {
            events
                .phase(
                    Phase::RouterProbes,
                    match o.router {
                        Some(r) => crate::text!("job-phase-router", router = r.to_string()),
                        None => crate::text!("job-phase-router-default"),
                    },
                )
                .await;
            let report =
                exposure::probe(o, &found.inventory, events.clone(), stage_cancel.clone()).await;
            packets_sent = packets_sent.saturating_add(report.packets_sent);
            Some(report)
        }
        _ => None,
    };

    let devices = &found.inventory.bacnet.devices;
    let write_tests = if write_test_allowed && !devices.is_empty() && !stage_cancel.is_cancelled() {
        events
            .phase(
                Phase::WriteTest,
                crate::text!("job-phase-write-test", count = devices.len()),
            )
            .await;
        write_test::run(
            &scope,
            policy,
            devices,
            events.clone(),
            stage_cancel.clone(),
        )
        .await
    } else {
        Vec::new()
    };

    // A budget that ran out after discovery (in the router probes or the write test) is said
    // like one that stopped discovery: a limit in the trust facts, judged by the checks.
    let budget_after_discovery = budget.ran_out() && found.stopped.is_none();
    if budget_after_discovery {
        found.inventory.trust.limit(crate::inventory::LimitHit {
            limit: "time-budget".into(),
            peer: String::new(),
            claimed: 0,
            allowed: policy_budget_s as u64,
            skipped: if exposure.is_some() {
                crate::text!("limit-skipped-stages-unfinished")
            } else {
                crate::text!("limit-skipped-stages-not-run")
            },
        });
    }
    events
        .phase(Phase::Checks, crate::text!("job-phase-checks"))
        .await;
    let findings = checks::run_all(&CheckInput {
        inventory: Some(&found.inventory),
        exposure: exposure.as_ref(),
        write_tests: &write_tests,
        observed_writes: &observed_writes,
    });
    let verdict = checks::verdict_with(&findings, exposure.as_ref(), Some(&found.inventory));
    let stopped = found.stopped.clone().or_else(|| {
        if cancel.is_cancelled() {
            Some("cancelled".to_owned())
        } else if budget.ran_out() {
            Some(job::StopReason::TimeBudget.name().to_owned())
        } else {
            None
        }
    });
    if budget_after_discovery {
        events
            .emit(JobEvent::Note(Note::warning(
                "time-budget",
                crate::text!(
                    "job-note-time-budget",
                    seconds = format!("{policy_budget_s:.0}")
                ),
            )))
            .await;
    }
    drop(budget);
    let discovery = DiscoverySummary::of(&found);
    CheckReport {
        inventory: found.inventory,
        findings,
        verdict,
        exposure,
        write_tests,
        started: discovery.started.clone(),
        discovery,
        elapsed_s: started_at.elapsed().as_secs_f64(),
        packets_sent,
        stopped,
    }
}

/// [`run_check`] on a runtime of its own; `on_event` is called on this thread for every event.
/// Call it from a plain thread, not from inside a tokio runtime (which cannot nest).
pub fn run_check_blocking(
    opts: CheckOptions,
    cancel: CancelFlag,
    on_event: impl FnMut(JobEvent),
) -> std::io::Result<CheckReport> {
    job::run_blocking(|events| run_check(opts, events, cancel), None, on_event)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::SimBuilding;

    fn demo_options(sim: &SimBuilding) -> CheckOptions {
        let policy = ProbePolicy {
            listen_s: 1.0,
            request_timeout_s: 1.0,
            ..ProbePolicy::default()
        }
        .validate()
        .unwrap();
        let mut opts = CheckOptions::new(sim.scope(), policy);
        opts.exposure = Some(sim.exposure_options());
        opts
    }

    #[test]
    fn demo_building_check_reports_inventory_findings_and_verdict() {
        let sim = SimBuilding::start_demo().unwrap();
        let mut phases = Vec::new();
        let mut sent = 0u64;
        let report = run_check_blocking(demo_options(&sim), CancelFlag::new(), |e| match e {
            JobEvent::Phase { name, .. } => phases.push(name),
            JobEvent::PacketSent(_) => sent += 1,
            _ => {}
        })
        .unwrap();
        assert!(report.inventory.bacnet.devices.len() >= 4, "{report:?}");
        assert!(!report.inventory.knx.gateways.is_empty());
        // The demo home router lists its UDP forward of the KNX port to the gateway (3671, or
        // another port when a parallel test's demo holds 3671).
        let exposure = report
            .exposure
            .as_ref()
            .expect("router probes were asked for");
        let igd = exposure.igd.as_ref().expect("the demo router speaks UPnP");
        assert!(igd.found && igd.mappings_complete, "{igd:?}");
        assert!(
            igd.mappings
                .iter()
                .any(|m| m.protocol == "UDP" && m.external_port == sim.scope().knx_port),
            "{:?}",
            igd.mappings
        );
        assert!(exposure.external_ip.is_some());
        // ...on an address that stands for a public one: reachable, red, the critical finding
        // first, and the verdict agrees with its own exposure facts (issue 15 2d).
        assert_eq!(report.verdict.light, crate::checks::Light::Red);
        let a = report.verdict.exposure.as_ref().expect("exposure state");
        assert_eq!(a.state, crate::checks::ExposureState::Reachable);
        assert_eq!(
            a.address.as_ref().map(|f| f.class),
            Some(crate::net::AddressClass::Public)
        );
        assert_eq!(
            report.verdict.headline.id(),
            Some("exposure-reachable-headline")
        );
        let first = report
            .findings
            .first()
            .expect("findings on the demo building");
        assert_eq!(first.check_id, "knx.gateway.port_forwarded");
        assert_eq!(first.severity, Severity::Critical);
        assert!(
            first
                .evidence
                .summary
                .to_string()
                .contains(&sim.scope().knx_port.to_string()),
            "{first:?}"
        );
        assert!(
            report.write_tests.is_empty(),
            "no write test without consent"
        );
        assert!(phases.contains(&Phase::RouterProbes), "{phases:?}");
        assert!(phases.contains(&Phase::Checks), "{phases:?}");
        assert!(!phases.contains(&Phase::WriteTest), "{phases:?}");
        // Every packet of discovery went through the same sink.
        assert!(sent >= report.discovery.packets_sent);
        assert!(report.packets_sent >= report.discovery.packets_sent);
        assert_eq!(report.stopped, None);
        // Findings are sorted by severity, critical first.
        for w in report.findings.windows(2) {
            assert!(w[0].severity <= w[1].severity);
        }
        assert_eq!(
            report.counts().iter().map(|(_, n)| n).sum::<usize>(),
            report.findings.len()
        );

        // The JSON follows the check contract of design §6.
        let v = serde_json::to_value(&report).unwrap();
        for key in [
            "inventory",
            "findings",
            "verdict",
            "exposure",
            "write_tests",
            "discovery",
        ] {
            assert!(v.get(key).is_some(), "missing {key}");
        }
        assert!(v["inventory"]["bacnet"]["devices"].is_array());
        assert!(v["inventory"]["knx"]["gateways"].is_array());
        for f in v["findings"].as_array().unwrap() {
            for key in ["check_id", "severity", "target", "title", "evidence"] {
                assert!(f.get(key).is_some(), "finding without {key}: {f}");
            }
            assert!(f["remediation"]["installer"].is_string());
            assert!(f["remediation"]["homeowner"].is_string());
        }
        // Texts are the rendered sentences in the contract, ids and arguments when stored.
        assert!(v["verdict"]["headline"].is_string());
        assert!(v["discovery"]["diagnosis"]["summary"].is_string());
        let stored = crate::text::storing(|| serde_json::to_value(&report).unwrap());
        assert!(stored["verdict"]["headline"]["id"].is_string());
        let back: CheckReport = serde_json::from_value(stored).unwrap();
        assert_eq!(back, report);
    }

    /// The other demo routers: the same forward behind the provider's shared address, and no
    /// forward at all. Each state's light, headline and finding ids agree.
    #[test]
    fn demo_routers_show_the_other_states() {
        use crate::checks::{ExposureState, Light};
        use crate::sim::router::DemoRouter;
        for (kind, state, light, headline, has, lacks) in [
            (
                DemoRouter::Cgnat,
                ExposureState::ForwardedBehindNat,
                Light::Amber,
                "exposure-behind-nat-headline",
                "router.forward.behind_nat",
                "knx.gateway.port_forwarded",
            ),
            (
                DemoRouter::None,
                ExposureState::NothingFound,
                Light::Amber,
                "verdict-amber-fix-headline",
                "router.upnp.enabled",
                "router.forward.behind_nat",
            ),
        ] {
            let sim = SimBuilding::start_demo_with(kind).unwrap();
            let report = run_check_blocking(demo_options(&sim), CancelFlag::new(), |_| {}).unwrap();
            let v = &report.verdict;
            let a = v.exposure.as_ref().unwrap();
            assert_eq!(a.state, state, "{kind:?}: {a:#?}");
            assert_eq!(v.light, light, "{kind:?}");
            assert_eq!(v.headline.id(), Some(headline), "{kind:?}");
            let ids: Vec<&str> = report
                .findings
                .iter()
                .map(|f| f.check_id.as_str())
                .collect();
            assert!(ids.contains(&has), "{kind:?}: {ids:?}");
            assert!(!ids.contains(&lacks), "{kind:?}: {ids:?}");
            assert!(
                !report
                    .findings
                    .iter()
                    .any(|f| f.severity == Severity::Critical),
                "{kind:?}: {ids:?}"
            );
            if kind == DemoRouter::Cgnat {
                // Proven by the hairpin answer through the shared address, made by UPnP.
                let f = &a.forwards[0];
                assert_eq!(f.mechanism, crate::checks::exposure::Mechanism::Upnp);
                assert_eq!(f.class, Some(crate::net::AddressClass::Shared));
                assert!(f.answer.is_some());
            } else {
                assert!(a.listed_complete && a.forwards.is_empty());
            }
        }
    }

    #[test]
    fn write_test_runs_only_with_consent_and_only_on_devices_found() {
        let sim = SimBuilding::start_demo().unwrap();
        let mut opts = demo_options(&sim);
        opts.exposure = None;
        opts.write_test = true;
        let mut phases = Vec::new();
        let report = run_check_blocking(opts, CancelFlag::new(), |e| {
            if let JobEvent::Phase { name, .. } = e {
                phases.push(name);
            }
        })
        .unwrap();
        assert!(report.exposure.is_none());
        assert!(phases.contains(&Phase::WriteTest), "{phases:?}");
        assert!(!phases.contains(&Phase::RouterProbes), "{phases:?}");
        assert!(!report.write_tests.is_empty());
        // The demo controller 1001 takes an unauthenticated write of the same value; the
        // others refuse.
        let by_instance = |i: u32| {
            report
                .write_tests
                .iter()
                .find(|w| w.device_instance == i)
                .map(|w| w.outcome.as_str())
        };
        assert_eq!(by_instance(1001), Some("accepted"));
        assert_eq!(by_instance(2001), Some("refused"));
        for w in &report.write_tests {
            assert!(
                report
                    .inventory
                    .bacnet
                    .devices
                    .iter()
                    .any(|d| d.device_instance == w.device_instance),
                "write test on a device discovery did not find: {w:?}"
            );
        }
    }

    #[test]
    fn cancelled_before_start_skips_the_sending_stages() {
        let sim = SimBuilding::start_demo().unwrap();
        let mut opts = demo_options(&sim);
        opts.write_test = true;
        let cancel = CancelFlag::new();
        cancel.cancel();
        let report = run_check_blocking(opts, cancel, |_| {}).unwrap();
        assert_eq!(report.stopped.as_deref(), Some("cancelled"));
        assert!(report.exposure.is_none());
        assert!(report.write_tests.is_empty());
    }

    #[test]
    fn summary_round_trips_to_a_discovery_result() {
        let sim = SimBuilding::start_demo().unwrap();
        let policy = demo_options(&sim).policy;
        let r =
            discovery::discover_blocking(sim.scope(), policy, CancelFlag::new(), |_| {}).unwrap();
        let again = DiscoverySummary::of(&r).with_inventory(r.inventory.clone());
        assert_eq!(again, r);
    }

    #[test]
    fn exposure_options_follow_the_scope_and_policy() {
        let scope = Scope::targets_only(Vec::new());
        let policy = ProbePolicy {
            rate: 7,
            ..ProbePolicy::default()
        }
        .validate()
        .unwrap();
        let o = exposure_options_for(&scope, &policy);
        assert_eq!(o.bind, scope.bind);
        assert_eq!(o.rate, 7);
        assert!(!o.internetdb, "internet lookup is opt-in");
    }
}
