//! `bas-audit watch learn|detect`: the learning watch (design §5, §6).
//!
//! ```text
//! bas-audit watch learn  (--pcap FILE | --live SECONDS [--interface NAME | --bind IP:PORT])
//!                        --model MODEL.json
//!                        [--tolerance-setpoint X] [--tolerance-sensor Y] [--interval T]
//!                        [--metric minmax|mean|mad] [--rate-tolerance R]
//! bas-audit watch detect (--pcap FILE | --live SECONDS [--interface NAME | --bind IP:PORT])
//!                        --model MODEL.json [--json]
//! ```
//! Exit 0 when the job ran (alerts or not); 2 with a one-line error on bad input (unreadable
//! capture or model, bad settings, no permission for raw capture).

use std::fmt::Write as _;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::atomic::AtomicBool;

use audit_core::watch::{
    self, Alert, Baseline, DetectReport, LearnConfig, LiveCapture, RateMetric, WatchEvent,
    WatchSource, WatchStats,
};
use clap::{Args, Subcommand};

use super::EXIT_BAD_INPUT;

#[derive(Debug, Args)]
pub struct WatchArgs {
    #[command(subcommand)]
    pub command: WatchCommand,
}

#[derive(Debug, Subcommand)]
pub enum WatchCommand {
    /// Learn what normal traffic looks like and save it as a model (JSON)
    Learn(LearnArgs),
    /// Check traffic against a learned model and report alerts
    Detect(DetectArgs),
}

#[derive(Debug, Args)]
#[group(skip)]
pub struct SourceArgs {
    /// Read traffic from a capture file (.pcap or .pcapng)
    #[arg(long, value_name = "FILE")]
    pub pcap: Option<PathBuf>,
    /// Watch live traffic for this many seconds
    #[arg(long, value_name = "SECONDS")]
    pub live: Option<u64>,
    /// With --live: capture everything on this interface (needs CAP_NET_RAW). Without it,
    /// --live listens passively on UDP 47808 and the KNX multicast group (no privileges).
    #[arg(long, value_name = "NAME", requires = "live")]
    pub interface: Option<String>,
    /// With --live: listen for BACnet/IP on this one address and port only (e.g.
    /// 127.0.0.1:47808 for a test on loopback) instead of every interface; no KNX multicast
    #[arg(
        long,
        value_name = "IP:PORT",
        requires = "live",
        conflicts_with = "interface"
    )]
    pub bind: Option<std::net::SocketAddrV4>,
}

impl SourceArgs {
    fn source(&self) -> Option<WatchSource> {
        if let Some(p) = &self.pcap {
            return Some(WatchSource::Pcap(p.clone()));
        }
        let seconds = self.live?;
        Some(WatchSource::Live {
            seconds,
            capture: match (&self.interface, self.bind) {
                (Some(name), _) => LiveCapture::Interface(name.clone()),
                (None, Some(at)) => LiveCapture::Udp {
                    bacnet_port: at.port(),
                    knx: false,
                    multicast_interface: None,
                    bind: Some(*at.ip()),
                },
                (None, None) => LiveCapture::udp(),
            },
        })
    }
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("source").required(true).args(["pcap", "live"])))]
pub struct LearnArgs {
    #[command(flatten)]
    pub source: SourceArgs,
    /// Where to write the model
    #[arg(long, value_name = "MODEL.json")]
    pub model: PathBuf,
    /// Tolerance for setpoints and outputs (fraction of the learned span or midpoint)
    #[arg(long, value_name = "X", default_value_t = 0.1)]
    pub tolerance_setpoint: f64,
    /// Tolerance for sensor inputs
    #[arg(long, value_name = "Y", default_value_t = 0.5)]
    pub tolerance_sensor: f64,
    /// Interval for message rates, seconds
    #[arg(long, value_name = "T", default_value_t = 60)]
    pub interval: u32,
    /// Normal band of message rates
    #[arg(long, value_name = "METRIC", default_value = "mad", value_parser = parse_metric)]
    pub metric: RateMetric,
    /// Rate tolerance: fraction above the maximum (minmax, default 0.5), standard deviations
    /// above the mean (mean, default 3), MADs above the median (mad, default 5)
    #[arg(long, value_name = "R")]
    pub rate_tolerance: Option<f64>,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("source").required(true).args(["pcap", "live"])))]
pub struct DetectArgs {
    #[command(flatten)]
    pub source: SourceArgs,
    /// The model written by `watch learn`
    #[arg(long, value_name = "MODEL.json")]
    pub model: PathBuf,
    /// Print the alerts and statistics as JSON
    #[arg(long)]
    pub json: bool,
}

fn parse_metric(s: &str) -> Result<RateMetric, String> {
    RateMetric::parse(s).ok_or_else(|| format!("unknown metric {s:?}: use minmax, mean or mad"))
}

pub fn run(args: &WatchArgs) -> ExitCode {
    match &args.command {
        WatchCommand::Learn(a) => learn(a),
        WatchCommand::Detect(a) => detect(a),
    }
}

fn fail(msg: impl std::fmt::Display) -> ExitCode {
    eprintln!("bas-audit: {msg}");
    ExitCode::from(EXIT_BAD_INPUT)
}

/// Progress on stderr when it is a terminal; alerts as they come when `live_alerts`.
struct Reporter {
    tty: bool,
    shown: bool,
    live_alerts: bool,
}

impl Reporter {
    fn new(live_alerts: bool) -> Self {
        Reporter {
            tty: io::stderr().is_terminal(),
            shown: false,
            live_alerts,
        }
    }

    fn event(&mut self, e: WatchEvent) {
        match e {
            WatchEvent::Progress(p) if self.tty => {
                let pct = p
                    .fraction
                    .map_or(String::new(), |f| format!("{:3.0}%  ", f * 100.0));
                eprint!(
                    "\r{pct}{} messages, {} points, {} sources, {} alerts   ",
                    p.messages, p.objects, p.sources, p.alerts
                );
                self.shown = true;
            }
            WatchEvent::Alert(a) if self.live_alerts => {
                self.clear();
                eprintln!("ALERT {}", a.summary);
            }
            _ => {}
        }
    }

    fn clear(&mut self) {
        if self.shown {
            eprint!("\r{:90}\r", "");
            self.shown = false;
        }
    }
}

fn learn(a: &LearnArgs) -> ExitCode {
    let Some(source) = a.source.source() else {
        return fail("give --pcap FILE or --live SECONDS");
    };
    let config = LearnConfig {
        tolerance_setpoint: a.tolerance_setpoint,
        tolerance_sensor: a.tolerance_sensor,
        interval_s: a.interval,
        metric: a.metric,
        rate_tolerance: a.rate_tolerance,
    };
    let cancel = AtomicBool::new(false);
    let mut rep = Reporter::new(false);
    let result = watch::learn(&source, &config, &cancel, &mut |e| rep.event(e));
    rep.clear();
    let report = match result {
        Ok(r) => r,
        Err(e) => return fail(e),
    };
    if let Err(e) = write_atomic(&a.model, &report.baseline.to_json()) {
        return fail(format!(
            "{}: cannot write the model: {e}",
            a.model.display()
        ));
    }
    let _ = io::stdout()
        .lock()
        .write_all(render_learn(&report.baseline, &report.stats, &a.model).as_bytes());
    if let Some(e) = &report.stats.read_error {
        eprintln!("bas-audit: {e}");
    }
    ExitCode::SUCCESS
}

fn detect(a: &DetectArgs) -> ExitCode {
    let Some(source) = a.source.source() else {
        return fail("give --pcap FILE or --live SECONDS");
    };
    let text = match std::fs::read_to_string(&a.model) {
        Ok(t) => t,
        Err(e) => return fail(format!("{}: cannot read the model: {e}", a.model.display())),
    };
    let baseline = match Baseline::from_json(&text) {
        Ok(b) => b,
        Err(e) => return fail(format!("{}: {e}", a.model.display())),
    };
    let cancel = AtomicBool::new(false);
    let live = matches!(source, WatchSource::Live { .. });
    let mut rep = Reporter::new(live && !a.json);
    let result = watch::detect(&source, &baseline, &cancel, &mut |e| rep.event(e));
    rep.clear();
    let report = match result {
        Ok(r) => r,
        Err(e) => return fail(e),
    };
    let out = if a.json {
        match serde_json::to_string_pretty(&report) {
            Ok(s) => s + "\n",
            Err(e) => return fail(format!("cannot encode the report as JSON: {e}")),
        }
    } else {
        render_detect(&report)
    };
    let _ = io::stdout().lock().write_all(out.as_bytes());
    if let Some(e) = &report.stats.read_error {
        eprintln!("bas-audit: {e}");
    }
    ExitCode::SUCCESS
}

/// Write to a temporary file beside the target, then rename: a crash never leaves half a model.
fn write_atomic(path: &Path, text: &str) -> io::Result<()> {
    let tmp = path.with_extension("json.tmp");
    std::fs::write(&tmp, text)?;
    std::fs::rename(&tmp, path)
}

fn stats_line(s: &WatchStats) -> String {
    let span = match (&s.first, &s.last) {
        (Some(a), Some(b)) => format!(", {a} to {b} ({})", duration(s.duration_s)),
        _ => String::new(),
    };
    format!(
        "{} messages ({} malformed) in {} packets from {}{span}",
        s.messages, s.malformed, s.packets, s.source
    )
}

fn duration(s: f64) -> String {
    if s >= 7200.0 {
        format!("{:.1} h", s / 3600.0)
    } else if s >= 120.0 {
        format!("{:.0} min", s / 60.0)
    } else {
        format!("{s:.0} s")
    }
}

/// What the model holds, for an installer.
pub fn render_learn(b: &Baseline, s: &WatchStats, model: &Path) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "Learned   {}", stats_line(s));
    let _ = writeln!(o, "Model     {}", model.display());
    let writable = b.points.iter().filter(|p| p.writes > 0).count();
    let _ = writeln!(
        o,
        "Points    {} (values of device objects and KNX groups; {} written)",
        b.points.len(),
        writable
    );
    let _ = writeln!(
        o,
        "Rates     {} source/service pairs, interval {} s, metric {}",
        b.rates.len(),
        b.config.interval_s,
        b.config.metric.name()
    );
    let _ = writeln!(
        o,
        "Network   {} hosts, {} conversations, {} devices, {} routers",
        b.hosts.len(),
        b.conversations.len(),
        b.devices.len(),
        b.routers.len()
    );
    let written: Vec<_> = b.points.iter().filter(|p| p.writes > 0).take(20).collect();
    if !written.is_empty() {
        let _ = writeln!(o, "\nWritten points (who may write what):");
        for p in written {
            let what = p
                .name
                .clone()
                .or_else(|| p.object.clone())
                .or_else(|| p.group.clone().map(|g| format!("group {g}")))
                .unwrap_or_default();
            let range = match (p.min, p.max, &p.values) {
                (_, _, Some(v)) if p.is_discrete() => format!(
                    "values {}",
                    v.iter().map(|x| num(*x)).collect::<Vec<_>>().join(", ")
                ),
                (Some(a), Some(z), _) => format!("{}–{}", num(a), num(z)),
                _ => String::new(),
            };
            let units = p
                .units
                .as_deref()
                .map_or(String::new(), |u| format!(" {u}"));
            let writers: Vec<String> = p.writers.iter().map(ToString::to_string).collect();
            let _ = writeln!(
                o,
                "  {what:32} {range}{units}  ({} writes by {})",
                p.writes,
                writers.join(", ")
            );
        }
    }
    if b.limits.any() {
        let _ = writeln!(
            o,
            "\nNote: some keys were not learned because a memory cap was reached: {:?}",
            b.limits
        );
    }
    o
}

fn num(x: f64) -> String {
    audit_core::watch::detectors::number(x)
}

/// Alerts for an installer: most severe first, each with what to do.
pub fn render_detect(r: &DetectReport) -> String {
    let mut o = String::new();
    let _ = writeln!(o, "Checked   {}", stats_line(&r.stats));
    if r.alerts.is_empty() {
        let _ = writeln!(o, "\nNo alerts: the traffic matches the learned model.");
        return o;
    }
    let mut alerts: Vec<&Alert> = r.alerts.iter().collect();
    alerts.sort_by_key(|a| (a.severity, a.time_ns));
    let _ = writeln!(o, "\n{} alerts:", alerts.len());
    for a in alerts {
        let what = a.rule.as_deref().map_or(a.detector.name().to_owned(), |r| {
            format!("{} {r}", a.detector.name())
        });
        let times = if a.count > 1 {
            format!(" (×{}, until {})", a.count, a.last_time)
        } else {
            String::new()
        };
        let _ = writeln!(
            o,
            "\n[{}] {}  {what}{times}",
            a.severity.name().to_uppercase(),
            a.time
        );
        let _ = writeln!(o, "  {}", a.summary);
        let _ = writeln!(o, "  Normal: {}", a.normal);
        let _ = writeln!(o, "  To do:  {}", a.action);
    }
    if r.stats.alerts_suppressed > 0 {
        let _ = writeln!(
            o,
            "\n{} more alerts were counted but not kept (cap reached).",
            r.stats.alerts_suppressed
        );
    }
    o
}
