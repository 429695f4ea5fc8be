//! Discovery (the Devices screen): asks for consent, runs the discovery, fills the live table
//! from its events, keeps the result in the audit. Nothing is sent before the user allows it.

use std::time::Instant;

use audit_core::discovery::{self, DiscoveryResult};
use audit_core::job::{JobEvent, Scope, ValidPolicy};
use audit_core::session::AuditSession;
use audit_core::text::tr;
use eframe::egui;

use super::{ActiveJob, Ctx, Pending};
use crate::gui::dialogs::consent_texts;
use crate::gui::jobs::ActiveEvent;

/// A device or gateway as the live table shows it while discovery runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LiveRow {
    pub protocol: &'static str,
    pub address: String,
    /// BACnet device instance or KNX individual address/answer.
    pub id: String,
    pub network: Option<u16>,
    pub interrogated: bool,
}

/// A discovery in progress.
#[derive(Debug)]
pub struct RunningDiscovery {
    pub job_id: u64,
    pub cancel: audit_core::job::CancelFlag,
    pub cancel_requested: bool,
    pub started: Instant,
    pub phase: String,
    pub packets_sent: u64,
    pub estimated_packets: u64,
    pub rows: Vec<LiveRow>,
}

/// Which device the detail view shows: BACnet (instance, address) or KNX gateway address.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DeviceKey {
    Bacnet { instance: u32, address: String },
    Knx { address: String },
}

/// What the discovery flow is asked to do.
#[derive(Clone, Debug, PartialEq)]
pub enum DiscoveryCommand {
    /// Ask for consent to discover (the consent dialog opens; nothing is sent before Allow).
    Request,
    Cancel,
    /// Show this device's details (`None` closes the detail view).
    Select(Option<DeviceKey>),
}

/// A discovery waiting for consent.
#[derive(Debug)]
pub struct DiscoveryJob {
    scope: Scope,
    policy: ValidPolicy,
}

/// The Devices screen's data and job.
#[derive(Debug, Default)]
pub struct DiscoveryFlow {
    pub running: Option<RunningDiscovery>,
    pub pending: Option<Pending<DiscoveryJob>>,
    /// The latest finished (or cancelled) discovery of the open session.
    pub result: Option<Box<DiscoveryResult>>,
    pub selected: Option<DeviceKey>,
    /// Why a discovery could not start (no scope, bad scope).
    pub error: Option<String>,
}

impl DiscoveryFlow {
    pub fn apply(&mut self, command: DiscoveryCommand, cx: &mut Ctx) {
        match command {
            DiscoveryCommand::Request => self.request(cx),
            DiscoveryCommand::Cancel => {
                if let Some(job) = &mut self.running {
                    job.cancel.cancel();
                    job.cancel_requested = true;
                    cx.log.info(tr(cx.lang, "gui-discovery-cancelling", &[]));
                }
            }
            DiscoveryCommand::Select(key) => self.selected = key,
        }
    }

    fn request(&mut self, cx: &mut Ctx) {
        if cx.busy.consent || self.running.is_some() {
            return;
        }
        if cx.busy.checks {
            self.error = Some(tr(cx.lang, "gui-discovery-checks-running", &[]));
            return;
        }
        let plan = match cx.plan() {
            Ok(p) => p,
            Err(e) => {
                self.error = Some(e);
                return;
            }
        };
        self.error = None;
        let (scope, policy) = (plan.scope, plan.policy);
        let request = consent_texts::discovery(cx.lang, &scope, policy.rate());
        cx.log.info(tr(
            cx.lang,
            "gui-discovery-asking",
            &[
                ("scope", (&scope.label).into()),
                ("budget", (&request.packet_budget).into()),
            ],
        ));
        self.pending = Some(Pending::ask(request, DiscoveryJob { scope, policy }));
    }

    /// Draws the consent dialog while it waits; starts the discovery once allowed.
    pub fn consent_ui(&mut self, ctx: &egui::Context, cx: &mut Ctx) {
        if let Some((job, _)) = Pending::poll(&mut self.pending, ctx, cx.lang, cx.log) {
            self.start(job, cx);
        }
    }

    fn start(&mut self, DiscoveryJob { scope, policy }: DiscoveryJob, cx: &mut Ctx) {
        let estimated = discovery::estimate_packets(&scope);
        cx.log.info(tr(
            cx.lang,
            "gui-discovery-allowed",
            &[
                ("scope", (&scope.label).into()),
                ("estimate", estimated.into()),
                ("rate", policy.rate().into()),
            ],
        ));
        let (job_id, cancel) = cx.jobs.start_discovery(scope, policy);
        self.selected = None;
        self.running = Some(RunningDiscovery {
            job_id,
            cancel,
            cancel_requested: false,
            started: Instant::now(),
            phase: tr(cx.lang, "gui-discovery-starting", &[]),
            packets_sent: 0,
            estimated_packets: estimated,
            rows: Vec::new(),
        });
    }

    pub fn on_event(&mut self, event: ActiveEvent<DiscoveryResult>, cx: &mut Ctx) {
        match event {
            ActiveEvent::Reported { job_id, event } => self.reported(job_id, event, cx),
            ActiveEvent::Finished { job_id, result } => {
                if self.running.as_ref().is_some_and(|j| j.job_id == job_id) {
                    self.finish(result, cx);
                }
            }
        }
    }

    fn reported(&mut self, job_id: u64, event: JobEvent, cx: &mut Ctx) {
        let Some(job) = self.running.as_mut().filter(|j| j.job_id == job_id) else {
            return;
        };
        let seconds = match &event {
            JobEvent::PacketSent(p) => p.t_s,
            _ => 0.0,
        };
        ActiveJob::Discovery.log(cx.lang, cx.log, &event, seconds);
        match event {
            JobEvent::Started {
                estimated_packets, ..
            } => job.estimated_packets = estimated_packets,
            JobEvent::Phase { name, detail } => {
                job.phase = if detail.is_empty() {
                    name.to_string()
                } else {
                    detail.render(cx.lang)
                };
            }
            JobEvent::PacketSent(_) => job.packets_sent += 1,
            JobEvent::Note(_) => {}
            JobEvent::DeviceFound {
                device_instance,
                address,
                network,
            } => {
                let id = device_instance.to_string();
                if !job
                    .rows
                    .iter()
                    .any(|r| r.protocol == "BACnet" && r.id == id && r.address == address)
                {
                    job.rows.push(LiveRow {
                        protocol: "BACnet",
                        address,
                        id,
                        network,
                        interrogated: false,
                    });
                }
            }
            JobEvent::GatewayFound { address, answer } => {
                if !job
                    .rows
                    .iter()
                    .any(|r| r.protocol == "KNXnet/IP" && r.address == address)
                {
                    job.rows.push(LiveRow {
                        protocol: "KNXnet/IP",
                        address,
                        id: answer,
                        network: None,
                        interrogated: false,
                    });
                }
            }
            JobEvent::DeviceInterrogated {
                device_instance,
                address,
                ..
            } => {
                let id = device_instance.to_string();
                if let Some(row) = job
                    .rows
                    .iter_mut()
                    .find(|r| r.protocol == "BACnet" && r.id == id && r.address == address)
                {
                    row.interrogated = true;
                }
            }
            JobEvent::Progress {
                packets_sent,
                estimated_packets,
            } => {
                job.packets_sent = job.packets_sent.max(packets_sent);
                job.estimated_packets = estimated_packets;
            }
            JobEvent::Finished { .. } => {}
        }
    }

    fn finish(&mut self, result: Result<Box<DiscoveryResult>, String>, cx: &mut Ctx) {
        self.running = None;
        let result = match result {
            Ok(result) => result,
            Err(e) => {
                cx.log.error(tr(
                    cx.lang,
                    "gui-discovery-failed",
                    &[("error", (&e).into())],
                ));
                self.error = Some(e);
                return;
            }
        };
        let inv = &result.inventory;
        let outcome = match result.stopped.as_deref() {
            Some(reason) => tr(
                cx.lang,
                "gui-discovery-outcome-stopped",
                &[("reason", reason.into())],
            ),
            None => tr(cx.lang, "gui-discovery-outcome-finished", &[]),
        };
        cx.log.info(tr(
            cx.lang,
            "gui-discovery-done",
            &[
                ("outcome", outcome.into()),
                ("devices", inv.bacnet.devices.len().into()),
                ("gateways", inv.knx.gateways.len().into()),
                ("sent", result.packets_sent.into()),
                ("received", result.packets_received.into()),
                (
                    "seconds",
                    audit_core::text::locale::decimal(cx.lang, result.elapsed_s, 1).into(),
                ),
                ("summary", result.diagnosis.summary.clone().into()),
            ],
        ));
        cx.record(|session| session.record_discovery(&result));
        self.result = Some(result);
    }

    /// Shows a discovery that ran elsewhere (the checks include one); closes the detail view.
    pub fn show(&mut self, result: DiscoveryResult) {
        self.result = Some(Box::new(result));
        self.selected = None;
    }

    /// Shows what an audit just opened found.
    pub fn show_saved(&mut self, session: &AuditSession) {
        self.result = session.discovery_result().map(Box::new);
    }

    /// Stops the discovery of a closing audit (and a request waiting for consent, which is
    /// refused) and forgets its results.
    pub fn close(&mut self) {
        if let Some(job) = &self.running {
            job.cancel.cancel();
        }
        *self = DiscoveryFlow::default();
    }
}
