//! The checks (the Findings screen and the homeowner self-check): asks for consent with the
//! opt-ins, runs discovery, router probes and the opt-in write test, and keeps the findings and
//! the verdict in the audit. Nothing is sent before the user allows it.

use std::net::Ipv4Addr;
use std::time::Instant;

use audit_core::audit::{CheckOptions, CheckReport};
use audit_core::discovery;
use audit_core::exposure;
use audit_core::job::{JobEvent, Phase};
use audit_core::report::text::light_word_in;
use audit_core::text::{Lang, tr};
use audit_core::watch::Baseline;
use eframe::egui;

use super::discovery::DiscoveryFlow;
use super::{ActiveJob, Ctx, Pending};
use crate::gui::dialogs::consent::{Choice, Choices, ConsentDialog};
use crate::gui::dialogs::consent_texts;
use crate::gui::jobs::ActiveEvent;
use crate::gui::widgets::severity_badge::severity_word;

/// A check run (discovery, router probes, opt-in write test, checks) in progress.
#[derive(Debug)]
pub struct RunningCheck {
    pub job_id: u64,
    pub cancel: audit_core::job::CancelFlag,
    pub cancel_requested: bool,
    pub started: Instant,
    /// Stage in plain words ("Looking for devices", "Asking the router", ...).
    pub phase: String,
    /// 0 discovery, 1 router probes, 2 write test, 3 checks.
    pub stage: u8,
    pub packets_sent: u64,
    pub estimated_packets: u64,
    /// Fraction done as shown: never goes back (see [`progress_fraction`]).
    pub fraction: f32,
    /// Started from the homeowner self-check (plain words on screen).
    pub homeowner: bool,
}

/// Fraction done: discovery is most of the work, then the router, the write test, the checks.
pub fn progress_fraction(stage: u8, packets_sent: u64, estimated_packets: u64) -> f32 {
    let discovery = if estimated_packets > 0 {
        (packets_sent as f32 / estimated_packets as f32).min(1.0)
    } else {
        0.0
    };
    match stage {
        0 => discovery * 0.6,
        1 => 0.7,
        2 => 0.85,
        _ => 0.95,
    }
}

impl RunningCheck {
    /// Moves the bar on after an event. Discovery's estimate grows as it learns more (routers,
    /// object lists), and later steps report discovery phases too: the bar holds its place
    /// instead of going back.
    fn advance(&mut self) {
        let now = progress_fraction(self.stage, self.packets_sent, self.estimated_packets);
        self.fraction = self.fraction.max(now);
    }
}

/// Which finding the detail pane shows: check id and target (stable across re-sorting).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FindingKey {
    pub check_id: String,
    pub target: String,
}

/// What the user typed about the router's internet address (the Findings screen and the
/// self-check), checked when the checks are asked for: the same two inputs as the CLI's
/// `check --external-ip IP` and `--stun HOST[:PORT]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RouterInputs {
    /// The router's internet address as its status page shows it; empty: not given.
    pub external_ip: String,
    /// A STUN server the consent dialog offers to ask (off unless ticked); empty: none.
    pub stun: String,
}

/// [`RouterInputs`] once checked.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RouterChoice {
    pub external_ip: Option<Ipv4Addr>,
    pub stun: Option<String>,
}

impl RouterInputs {
    /// The typed address (an IPv4 address, any class: the exposure judgement weighs a private
    /// or shared one) and the STUN server (checked by the core, as `--stun` is). `Err` says
    /// what is wrong, in words.
    pub fn check(&self, lang: Lang) -> Result<RouterChoice, String> {
        let ip = self.external_ip.trim();
        let external_ip = if ip.is_empty() {
            None
        } else {
            let ip = ip.parse::<Ipv4Addr>().map_err(|_| {
                let shown = audit_core::exposure::shown_input(ip);
                tr(lang, "gui-router-ip-bad", &[("ip", shown.into())])
            })?;
            Some(ip)
        };
        let server = self.stun.trim();
        let stun = if server.is_empty() {
            None
        } else {
            exposure::check_stun_server(server).map_err(|e| {
                tr(
                    lang,
                    "gui-router-stun-bad",
                    &[("problem", e.render(lang).into())],
                )
            })?;
            Some(server.to_owned())
        };
        Ok(RouterChoice { external_ip, stun })
    }
}

/// What the checks flow is asked to do.
#[derive(Clone, Debug, PartialEq)]
pub enum ChecksCommand {
    /// Ask for consent to run the checks (discovery, router probes, opt-ins); `homeowner` uses
    /// the self-check's plain dialog and safe defaults. Nothing is sent before Allow; nothing
    /// is asked when `router` holds something that is not an address or a server.
    Request {
        homeowner: bool,
        router: RouterInputs,
    },
    Cancel,
    /// Show this finding's evidence and remediation (`None` closes the detail pane).
    Select(Option<FindingKey>),
}

/// A check run waiting for consent: the options before the user's choices.
#[derive(Debug)]
pub struct ChecksJob {
    opts: Box<CheckOptions>,
    homeowner: bool,
    /// The STUN server the dialog offered (asked only if ticked).
    stun: Option<String>,
}

/// The check job. Its results live in the session (`findings`, `verdict`, `exposure`, ...), so
/// a reopened audit shows them.
#[derive(Debug, Default)]
pub struct ChecksFlow {
    pub running: Option<RunningCheck>,
    pub pending: Option<Pending<ChecksJob>>,
    pub selected: Option<FindingKey>,
    /// Why a check run could not start or failed.
    pub error: Option<String>,
    /// How the latest run of this app session ended ("cancelled", ...), shown under the button.
    pub last_stopped: Option<String>,
}

impl ChecksFlow {
    /// `model`: the Learning watch's model, whose observed writes the checks use.
    pub fn apply(&mut self, command: ChecksCommand, model: Option<&Baseline>, cx: &mut Ctx) {
        match command {
            ChecksCommand::Request { homeowner, router } => {
                self.request(homeowner, &router, model, cx);
            }
            ChecksCommand::Cancel => {
                if let Some(job) = &mut self.running {
                    job.cancel.cancel();
                    job.cancel_requested = true;
                    cx.log.info(tr(cx.lang, "gui-checks-cancelling", &[]));
                }
            }
            ChecksCommand::Select(key) => self.selected = key,
        }
    }

    fn request(
        &mut self,
        homeowner: bool,
        router: &RouterInputs,
        model: Option<&Baseline>,
        cx: &mut Ctx,
    ) {
        if cx.busy.consent || self.running.is_some() || cx.busy.discovery {
            return;
        }
        let router = match router.check(cx.lang) {
            Ok(r) => r,
            Err(e) => {
                self.error = Some(e);
                return;
            }
        };
        let plan = match cx.plan() {
            Ok(p) => p,
            Err(e) => {
                self.error = Some(if homeowner {
                    tr(cx.lang, "gui-checks-pick-connection", &[])
                } else {
                    e
                });
                return;
            }
        };
        self.error = None;
        let (scope, policy, mut exposure) = (plan.scope, plan.policy, plan.exposure);
        exposure.external_ip = router.external_ip;
        let (request, options) = consent_texts::checks(
            cx.lang,
            &scope,
            policy.rate(),
            &exposure,
            router.stun.as_deref(),
            homeowner,
        );
        cx.log.info(tr(
            cx.lang,
            "gui-checks-asking",
            &[
                ("scope", (&scope.label).into()),
                ("budget", (&request.packet_budget).into()),
            ],
        ));
        let (dialog, answer, choices) = ConsentDialog::with_options(request, options);
        let dialog = if homeowner {
            consent_texts::homeowner_plain(cx.lang, dialog)
        } else {
            dialog
        };
        let mut opts = CheckOptions::new(scope, policy);
        opts.exposure = Some(exposure);
        // Writes the Learning watch saw (and whether they were acknowledged) let the checks say
        // "confirmed" instead of "not tested".
        if let Some(model) = model {
            opts.observed_writes = audit_core::watch::observed::from_baseline(model);
        }
        let job = ChecksJob {
            opts: Box::new(opts),
            homeowner,
            stun: router.stun,
        };
        self.pending = Some(Pending::ask_with(dialog, answer, choices, job));
    }

    /// Draws the consent dialog while it waits; starts the checks once allowed.
    pub fn consent_ui(&mut self, ctx: &egui::Context, cx: &mut Ctx) {
        if let Some((job, choices)) = Pending::poll(&mut self.pending, ctx, cx.lang, cx.log) {
            self.start(job, &choices, cx);
        }
    }

    /// The homeowner is not asked about the router probes (always on) or the write test
    /// (never); an option the dialog did not offer is off.
    fn start(&mut self, job: ChecksJob, choices: &Choices, cx: &mut Ctx) {
        let ChecksJob {
            mut opts,
            homeowner,
            stun,
        } = job;
        let router = homeowner || choices.is_on(Choice::RouterProbes);
        let internet = choices.is_on(Choice::InternetLookup);
        let write = !homeowner && choices.is_on(Choice::WriteTest);
        let stun = stun.filter(|_| router && choices.is_on(Choice::Stun));
        if router {
            if let Some(o) = &mut opts.exposure {
                o.internetdb = internet;
                if let Some(ip) = o.external_ip {
                    cx.log.info(tr(
                        cx.lang,
                        "gui-router-log-typed",
                        &[("ip", ip.to_string().into())],
                    ));
                }
                if let Some(server) = &stun {
                    let server = exposure::shown_input(server);
                    cx.log.info(tr(
                        cx.lang,
                        "gui-router-log-stun",
                        &[("server", server.into())],
                    ));
                }
                o.stun = stun;
            }
        } else {
            opts.exposure = None;
        }
        opts.write_test = write;
        let estimated = discovery::estimate_packets(&opts.scope);
        let on_off = |on: bool| {
            if on {
                tr(cx.lang, "gui-checks-on", &[])
            } else {
                tr(cx.lang, "gui-checks-off", &[])
            }
        };
        cx.log.info(tr(
            cx.lang,
            "gui-checks-allowed",
            &[
                ("scope", (&opts.scope.label).into()),
                ("router", on_off(router).into()),
                ("internet", on_off(internet && router).into()),
                ("write", on_off(write).into()),
                ("rate", opts.policy.rate().into()),
            ],
        ));
        let (job_id, cancel) = cx.jobs.start_check(*opts);
        self.error = None;
        self.last_stopped = None;
        self.running = Some(RunningCheck {
            job_id,
            cancel,
            cancel_requested: false,
            started: Instant::now(),
            phase: tr(cx.lang, "gui-checks-stage-discovery-start", &[]),
            stage: 0,
            packets_sent: 0,
            estimated_packets: estimated,
            fraction: 0.0,
            homeowner,
        });
    }

    /// `discovery`: the Devices screen, which shows the discovery the checks ran.
    pub fn on_event(
        &mut self,
        event: ActiveEvent<CheckReport>,
        discovery: &mut DiscoveryFlow,
        cx: &mut Ctx,
    ) {
        match event {
            ActiveEvent::Reported { job_id, event } => self.reported(job_id, event, cx),
            ActiveEvent::Finished { job_id, result } => {
                if self.running.as_ref().is_some_and(|j| j.job_id == job_id) {
                    self.finish(result, discovery, cx);
                }
            }
        }
    }

    fn reported(&mut self, job_id: u64, event: JobEvent, cx: &mut Ctx) {
        let Some(job) = self.running.as_mut().filter(|j| j.job_id == job_id) else {
            return;
        };
        let lang = cx.lang;
        let seconds = job.started.elapsed().as_secs_f64();
        ActiveJob::Checks.log(lang, cx.log, &event, seconds);
        match event {
            JobEvent::Started {
                estimated_packets, ..
            } => job.estimated_packets = estimated_packets,
            JobEvent::Phase { name, detail } => {
                let (stage, words) = match name {
                    Phase::RouterProbes => (1, tr(lang, "gui-checks-stage-router", &[])),
                    Phase::WriteTest => (2, tr(lang, "gui-checks-stage-write-test", &[])),
                    Phase::Checks => (3, tr(lang, "gui-checks-stage-judging", &[])),
                    _ if job.homeowner => (0, tr(lang, "gui-checks-stage-looking", &[])),
                    _ => {
                        let step = if detail.is_empty() {
                            name.to_string()
                        } else {
                            detail.render(lang)
                        };
                        let step = [("step", step.into())];
                        (0, tr(lang, "gui-checks-stage-discovery", &step))
                    }
                };
                // Steps only go forward (a later step may report a discovery phase).
                job.stage = job.stage.max(stage);
                job.phase = words;
            }
            JobEvent::PacketSent(_) => job.packets_sent += 1,
            JobEvent::Progress {
                estimated_packets, ..
            } => job.estimated_packets = job.estimated_packets.max(estimated_packets),
            _ => {}
        }
        job.advance();
    }

    fn finish(
        &mut self,
        result: Result<Box<CheckReport>, String>,
        discovery: &mut DiscoveryFlow,
        cx: &mut Ctx,
    ) {
        self.running = None;
        let report = match result {
            Ok(r) => r,
            Err(e) => {
                cx.log
                    .error(tr(cx.lang, "gui-checks-failed", &[("error", (&e).into())]));
                self.error = Some(e);
                return;
            }
        };
        let lang = cx.lang;
        let counts: Vec<String> = report
            .counts()
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(s, n)| {
                let args = [
                    ("count", (*n).into()),
                    ("severity", severity_word(lang, *s).into()),
                ];
                tr(lang, "gui-checks-severity-count", &args)
            })
            .collect();
        let outcome = match report.stopped.as_deref() {
            Some(reason) => tr(
                lang,
                "gui-checks-outcome-stopped",
                &[("reason", reason.into())],
            ),
            None => tr(lang, "gui-checks-outcome-finished", &[]),
        };
        let counts = if counts.is_empty() {
            tr(lang, "gui-checks-no-findings", &[])
        } else {
            counts.join(", ")
        };
        cx.log.info(tr(
            lang,
            "gui-checks-done",
            &[
                ("outcome", outcome.into()),
                ("findings", report.findings.len().into()),
                ("counts", counts.into()),
                ("light", light_word_in(lang, report.verdict.light).into()),
                ("sent", report.packets_sent.into()),
                (
                    "seconds",
                    audit_core::text::locale::decimal(lang, report.elapsed_s, 1).into(),
                ),
            ],
        ));
        if let Some(e) = &report.exposure {
            for note in &e.notes {
                let note = note.render(lang).into();
                cx.log
                    .info(tr(lang, "gui-checks-router-note", &[("note", note)]));
            }
        }
        self.last_stopped = report.stopped.clone();
        if let Some(key) = &self.selected
            && !report
                .findings
                .iter()
                .any(|f| f.check_id == key.check_id && f.target.to_string() == key.target)
        {
            self.selected = None;
        }
        discovery.show(report.discovery.with_inventory(report.inventory.clone()));
        cx.record(|session| session.record_check(&report));
    }

    /// Stops the checks of a closing audit (and a request waiting for consent, which is
    /// refused) and forgets their state.
    pub fn close(&mut self) {
        if let Some(job) = &self.running {
            job.cancel.cancel();
        }
        *self = ChecksFlow::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_progress_bar_never_goes_back() {
        let cancel = audit_core::job::CancelFlag::new();
        let mut job = RunningCheck {
            job_id: 1,
            cancel,
            cancel_requested: false,
            started: Instant::now(),
            phase: String::new(),
            stage: 0,
            packets_sent: 0,
            estimated_packets: 10,
            fraction: 0.0,
            homeowner: false,
        };
        // 10 of 10 packets (60 %), then discovery finds more to read: 10 of 16 would be 37 %.
        job.packets_sent = 10;
        job.advance();
        assert!((job.fraction - 0.6).abs() < 1e-6);
        job.estimated_packets = 16;
        job.advance();
        assert!((job.fraction - 0.6).abs() < 1e-6, "{}", job.fraction);
        job.packets_sent = 16;
        job.stage = 1;
        job.advance();
        assert!((job.fraction - 0.7).abs() < 1e-6);
        assert_eq!(progress_fraction(0, 8, 16), 0.3);
    }
}
