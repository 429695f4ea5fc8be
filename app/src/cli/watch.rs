//! `bas-audit watch learn|detect`: the learning watch (design §5, §6).
//!
//! ```text
//! bas-audit watch learn  (--pcap FILE | --live SECONDS [--interface NAME | --bind IP:PORT])
//!                        --model MODEL.json [--ets FILE] [--session FILE]
//!                        [--tolerance-setpoint X] [--tolerance-sensor Y] [--interval T]
//!                        [--metric minmax|mean|mad] [--rate-tolerance R]
//! bas-audit watch detect (--pcap FILE | --live SECONDS [--interface NAME | --bind IP:PORT])
//!                        --model MODEL.json [--ets FILE] [--session FILE] [--json]
//! ```
//! `--ets` names the ETS group-address export (CSV or XML) or an unprotected `.knxproj`: KNX
//! groups are then learned and checked with the project's names and datapoint types (without
//! it, types are inferred from traffic and said to be). `--session` keeps the model, the
//! alerts and the ETS table in an audit session file (created if missing); `watch detect`
//! takes the session's ETS table when `--ets` is not given.
//!
//! Exit 0 when the job ran (alerts or not); 2 with a one-line error on bad input (unreadable
//! capture, model, ETS file or session, bad settings, no permission for raw capture).

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use audit_core::job::CancelFlag;
use audit_core::knx_project::{self, GroupAddressTable, ImportFormat};
use audit_core::report;
use audit_core::session::{self, AuditSession, SessionKind, WatchRecord};
use audit_core::text::{Arg, default_lang, tr};
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
    #[command(flatten)]
    pub knx: KnxArgs,
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
    #[command(flatten)]
    pub knx: KnxArgs,
    /// Print the alerts and statistics as JSON
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
#[group(skip)]
pub struct KnxArgs {
    /// The building's ETS project: the group-address export (CSV or XML, as ETS 5 and 6 write
    /// it) or an unprotected .knxproj. KNX groups are then learned and checked with their
    /// names and datapoint types; without it, types are inferred from traffic
    #[arg(long, value_name = "FILE")]
    pub ets: Option<PathBuf>,
    /// Keep the model, the alerts and the ETS table in this audit session file (created if
    /// missing); `watch detect` uses the session's ETS table when --ets is not given
    #[arg(long, value_name = "FILE")]
    pub session: Option<PathBuf>,
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
        let l = lang();
        match e {
            WatchEvent::Progress(p) if self.tty => {
                let pct = p
                    .fraction
                    .map_or(String::new(), |f| format!("{:3.0}%  ", f * 100.0));
                let line = tr(
                    l,
                    "watch-cli-progress",
                    &[
                        ("messages", p.messages.into()),
                        ("points", p.objects.into()),
                        ("sources", p.sources.into()),
                        ("alerts", p.alerts.into()),
                    ],
                );
                eprint!("\r{pct}{line}   ");
                self.shown = true;
            }
            WatchEvent::Alert(a) if self.live_alerts => {
                self.clear();
                eprintln!(
                    "{}",
                    audit_core::text::safe(&tr(
                        l,
                        "watch-cli-alert",
                        &[("summary", Arg::Text(Box::new(a.summary)))]
                    ))
                );
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

/// The language the CLI speaks (`--lang`).
fn lang() -> audit_core::text::Lang {
    default_lang()
}

fn no_source() -> ExitCode {
    let l = lang();
    fail(tr(l, "watch-cli-no-source", &[]))
}

/// The ETS table of `--ets`, read now (a bad file is a one-line error, exit 2).
fn ets_table(knx: &KnxArgs) -> Result<Option<GroupAddressTable>, ExitCode> {
    match &knx.ets {
        None => Ok(None),
        Some(path) => knx_project::import_file(path).map(Some).map_err(fail),
    }
}

/// `ETS       building.csv (ETS CSV export, 3 name columns): 27 group addresses, 27 typed`
fn ets_line(t: &GroupAddressTable) -> String {
    let l = lang();
    let format = match t.format {
        ImportFormat::EtsCsvOneColumn => tr(l, "watch-cli-ets-csv-one", &[]),
        ImportFormat::EtsCsvThreeColumns => tr(l, "watch-cli-ets-csv-three", &[]),
        ImportFormat::EtsXml => tr(l, "watch-cli-ets-xml", &[]),
        ImportFormat::Knxproj => tr(l, "watch-cli-ets-knxproj", &[]),
        ImportFormat::Inferred => tr(l, "watch-cli-ets-inferred", &[]),
    };
    let typed = t.groups.iter().filter(|g| g.dpt.is_some()).count();
    let mut line = tr(
        l,
        "watch-cli-ets",
        &[
            ("file", t.file.clone().unwrap_or_default().into()),
            ("format", format.into()),
            ("groups", t.groups.len().into()),
            ("typed", typed.into()),
        ],
    );
    if !t.warnings.is_empty() {
        line.push_str(&tr(
            l,
            "watch-cli-ets-warnings",
            &[(
                "warnings",
                (t.warnings.len() as u64 + t.more_warnings).into(),
            )],
        ));
    }
    line + "\n"
}

/// The session in `path`, or a new installer session when there is no file yet.
fn open_session(path: &Path) -> Result<AuditSession, ExitCode> {
    let l = lang();
    if path.exists() {
        return session::read_session_file(path).map_err(fail);
    }
    Ok(AuditSession::new(
        tr(
            l,
            "watch-cli-session-name",
            &[(
                "date",
                chrono::Local::now()
                    .format("%Y-%m-%d %H:%M")
                    .to_string()
                    .into(),
            )],
        ),
        SessionKind::Installer,
    ))
}

fn save_session(path: &Path, s: &mut AuditSession) -> Result<(), ExitCode> {
    s.touch();
    session::write_session_file(path, s).map_err(fail)
}

fn source_name(source: &WatchSource) -> String {
    let l = lang();
    match source {
        WatchSource::Pcap(p) => p.display().to_string(),
        WatchSource::Live { seconds, .. } => tr(
            l,
            "watch-cli-live-source",
            &[("seconds", (*seconds).into())],
        ),
    }
}

fn learn(a: &LearnArgs) -> ExitCode {
    let l = lang();
    let Some(source) = a.source.source() else {
        return no_source();
    };
    let config = LearnConfig {
        tolerance_setpoint: a.tolerance_setpoint,
        tolerance_sensor: a.tolerance_sensor,
        interval_s: a.interval,
        metric: a.metric,
        rate_tolerance: a.rate_tolerance,
    };
    let table = match ets_table(&a.knx) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let mut sess = match a.knx.session.as_deref().map(open_session).transpose() {
        Ok(s) => s,
        Err(code) => return code,
    };
    let cancel = CancelFlag::new();
    let mut rep = Reporter::new(false);
    let result = watch::learn_with(&source, &config, table, &cancel, &mut |e| rep.event(e));
    rep.clear();
    let report = match result {
        Ok(r) => r,
        Err(e) => return fail(e),
    };
    if let Err(e) = report.baseline.save(&a.model) {
        return fail(e);
    }
    let mut out = report::text::watch_learned(l, &report.baseline, &report.stats, &a.model);
    if let Some(t) = &report.baseline.knx_project {
        out.push_str(&ets_line(t));
    }
    let _ = io::stdout().lock().write_all(out.as_bytes());
    if let Some(e) = &report.stats.read_error {
        eprintln!("bas-audit: {e}");
    }
    if let (Some(path), Some(s)) = (a.knx.session.as_deref(), sess.as_mut()) {
        if report.baseline.knx_project.is_some() {
            s.knx_project = report.baseline.knx_project.clone();
        }
        s.watch = Some(WatchRecord {
            model: Some(report.baseline.clone()),
            model_origin: Some(tr(
                l,
                "watch-cli-learned-from",
                &[("source", source_name(&source).into())],
            )),
            alerts: Vec::new(),
        });
        if let Err(code) = save_session(path, s) {
            return code;
        }
    }
    ExitCode::SUCCESS
}

fn detect(a: &DetectArgs) -> ExitCode {
    let l = lang();
    let Some(source) = a.source.source() else {
        return no_source();
    };
    let mut baseline = match Baseline::load(&a.model) {
        Ok(b) => b,
        Err(e) => return fail(e),
    };
    let table = match ets_table(&a.knx) {
        Ok(t) => t,
        Err(code) => return code,
    };
    let mut sess = match a.knx.session.as_deref().map(open_session).transpose() {
        Ok(s) => s,
        Err(code) => return code,
    };
    // The ETS table: the one given now, else the session's.
    let table = table.or_else(|| sess.as_ref().and_then(|s| s.knx_project.clone()));
    if let Some(t) = table {
        baseline.apply_project(t);
    }
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
            Err(e) => {
                return fail(tr(
                    l,
                    "watch-cli-json-error",
                    &[("error", e.to_string().into())],
                ));
            }
        }
    } else {
        report::text::watch_detected(l, &report)
    };
    let _ = io::stdout().lock().write_all(out.as_bytes());
    if let Some(e) = &report.stats.read_error {
        eprintln!("bas-audit: {e}");
    }
    if let (Some(path), Some(s)) = (a.knx.session.as_deref(), sess.as_mut()) {
        if a.knx.ets.is_some() {
            s.knx_project = baseline.knx_project.clone();
        }
        let record = s.watch.get_or_insert_with(WatchRecord::default);
        if record.model.is_none() {
            record.model = Some(baseline);
            record.model_origin = Some(tr(
                l,
                "watch-cli-loaded-from",
                &[("model", a.model.display().to_string().into())],
            ));
        }
        record.alerts = report.alerts;
        if let Err(code) = save_session(path, s) {
            return code;
        }
    }
    ExitCode::SUCCESS
}
