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

use std::io::{self, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use audit_core::job::CancelFlag;
use audit_core::report;
use audit_core::watch::{
    self, Baseline, LearnConfig, LiveCapture, RateMetric, WatchEvent, WatchSource,
};
use clap::{Args, Subcommand};

use super::bad as fail;

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
                eprintln!("ALERT {}", audit_core::text::safe(&a.summary));
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
    let cancel = CancelFlag::new();
    let mut rep = Reporter::new(false);
    let result = watch::learn(&source, &config, &cancel, &mut |e| rep.event(e));
    rep.clear();
    let report = match result {
        Ok(r) => r,
        Err(e) => return fail(e),
    };
    if let Err(e) = report.baseline.save(&a.model) {
        return fail(e);
    }
    let _ = io::stdout().lock().write_all(
        report::text::watch_learned(&report.baseline, &report.stats, &a.model).as_bytes(),
    );
    if let Some(e) = &report.stats.read_error {
        eprintln!("bas-audit: {e}");
    }
    ExitCode::SUCCESS
}

fn detect(a: &DetectArgs) -> ExitCode {
    let Some(source) = a.source.source() else {
        return fail("give --pcap FILE or --live SECONDS");
    };
    let baseline = match Baseline::load(&a.model) {
        Ok(b) => b,
        Err(e) => return fail(e),
    };
    let cancel = CancelFlag::new();
    let live = matches!(source, WatchSource::Live { .. });
    let mut rep = Reporter::new(live && !a.json);
    let result = watch::detect(&source, &baseline, &cancel, &mut |e| rep.event(e));
    rep.clear();
    let report = match result {
        Ok(r) => r,
        Err(e) => return fail(e),
    };
    let out = if a.json {
        match super::json_text(&report) {
            Ok(s) => s,
            Err(e) => return fail(format!("cannot encode the report as JSON: {e}")),
        }
    } else {
        report::text::watch_detected(&report)
    };
    let _ = io::stdout().lock().write_all(out.as_bytes());
    if let Some(e) = &report.stats.read_error {
        eprintln!("bas-audit: {e}");
    }
    ExitCode::SUCCESS
}
