//! The learned model ([`Baseline`]): white-box, serde JSON, meant to be read, edited (a
//! per-point `tolerance`) and reused on the next visit. [`Learner`] builds it from
//! observations.
//!
//! What is learned (design §5, Fauri et al. 2018):
//! - per (device, object, property): the range (min–max) or, for binary and multi-state
//!   values, the set of values seen in every value-carrying service (ReadProperty-ACK,
//!   ReadPropertyMultiple-ACK, WriteProperty, WritePropertyMultiple, COV notifications),
//!   and who wrote it;
//! - per KNX group address: its datapoint type (from the ETS project, else inferred from the
//!   first [`INFER_SAMPLES`] values and marked inferred), name, role and kind, and the decoded
//!   values by kind: the range of continuous values, the set of discrete ones, the largest
//!   step of counters; and who wrote it. Echoes (a gateway's copies) are not counted;
//! - per (source, service): a histogram of message counts per interval of `interval_s`
//!   seconds, and per service the same normalised by the number of active sources (for sources
//!   never seen);
//! - who talks to whom, which device instance answers at which address, which router serves
//!   which networks, the broadcast addresses in use, the largest Who-Is / I-Am / KNX write
//!   bursts, and who did device management.
//!
//! Memory is bounded by the number of distinct keys (the `MAX_*` consts), never by the number
//! of messages: a key beyond a cap is counted in [`Limits`] and not learned.

use std::collections::BTreeSet;
use std::net::Ipv4Addr;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::capture::time::rfc3339;
use crate::files::{self, FileError};
use crate::knx_project::{self, DptSource, GroupAddressTable};
use crate::wire::bacnet::enums::units::{units_name, units_symbol};
use crate::wire::bacnet::tag::ObjectId;
use crate::wire::knxip::GroupAddress;
use crate::wire::knxip::dpt::{Dpt, Role, ValueKind};

use super::keys::{FastMap, ServiceTable, Slots};
use super::observation::{
    DeviceAddr, Endpoint, Event, Host, KnxRaw, Observation, PointKey, Protocol, Transaction, Value,
    ValueRole, object_text, parse_group, parse_object_text, parse_property_text, prop,
};
use super::stats::{Band, Histogram, RateMetric};

pub const FORMAT: &str = "bas-audit-watch-baseline";
/// 1: KNX group values as raw integers. 2: KNX group values decoded with their datapoint
/// type (`dpt`, `dpt_source`, `kind`, `role` on KNX points; the ETS table in `knx_project`),
/// echoes and mirrors not counted, the sliding-window maximum of KNX rates. Format-1 models are
/// still read; their KNX points are checked as raw integers, as they were learned.
pub const FORMAT_VERSION: u32 = 2;
/// Model files larger than this are refused (a model of every cap's worth of points stays far
/// below it).
pub const MAX_MODEL_BYTES: u64 = 64 * 1024 * 1024;

/// Distinct (device, object, property) and KNX group addresses learned.
pub const MAX_POINTS: usize = 200_000;
/// Distinct (source, service) rate keys learned.
pub const MAX_RATE_KEYS: usize = 50_000;
/// Distinct hosts and conversations (unordered host pairs).
pub const MAX_HOSTS: usize = 50_000;
pub const MAX_CONVERSATIONS: usize = 200_000;
/// Distinct (device instance, address) pairs.
pub const MAX_DEVICES: usize = 100_000;
/// Routers, and networks kept per router.
pub const MAX_ROUTERS: usize = 10_000;
pub const MAX_NETWORKS_PER_ROUTER: usize = 1024;
/// Writers remembered per point; a point written by more hosts is marked `many_writers`.
pub const MAX_WRITERS_PER_POINT: usize = 64;
/// Distinct values kept for a binary/multi-state point or KNX group; beyond, only the range.
pub const MAX_DISCRETE_VALUES: usize = 32;
/// Object names and units kept.
pub const MAX_NAMES: usize = 200_000;
/// Broadcast addresses, foreign-device and KNX client sets.
pub const MAX_SMALL_SET: usize = 10_000;
/// Length of the windows in which Who-Is floods, I-Am storms and KNX write bursts are counted.
pub const FLOOD_WINDOW_S: i64 = 10;
/// BACnet writes awaiting their SimpleACK. When full, writes older than
/// [`PENDING_WRITE_TTL_S`] are dropped, and if more than half are still young (a flood of
/// unanswered writes) all are dropped and counted in [`Limits::pending_writes`].
pub const MAX_PENDING_WRITES: usize = 4096;
/// A SimpleACK later than this (capture time) after its write is not paired with it (BACnet's
/// default APDU timeout is 3 s).
pub const PENDING_WRITE_TTL_S: i64 = 5;
/// Points remembered per pending WritePropertyMultiple.
const MAX_PENDING_POINTS: usize = 256;
/// KNX values kept per group until its datapoint type is inferred (without an ETS type).
pub const INFER_SAMPLES: usize = 32;
/// Timestamps kept per KNX rate key for the sliding-window maximum; a window holding more
/// counts as holding this many (the fixed grids see such rates well).
pub const MAX_SLIDING: usize = 64;
/// Service choices of WriteProperty and WritePropertyMultiple (clause 21).
const WRITE_PROPERTY: u8 = 15;
const WRITE_PROPERTY_MULTIPLE: u8 = 16;

const NS: i64 = 1_000_000_000;

/// Learning settings; stored in the model so detection uses the same ones.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LearnConfig {
    /// Tolerance for setpoints, outputs and other commandable values: a learned range is
    /// widened by `t × max(span, |midpoint|)` on each side.
    pub tolerance_setpoint: f64,
    /// Tolerance for sensor inputs (analog/binary/multi-state inputs, accumulators).
    pub tolerance_sensor: f64,
    /// Interval length T for message rates, seconds.
    pub interval_s: u32,
    pub metric: RateMetric,
    /// Rate tolerance; `None` uses the metric's default (see [`RateMetric::default_tolerance`]).
    pub rate_tolerance: Option<f64>,
}

impl Default for LearnConfig {
    fn default() -> Self {
        Self {
            tolerance_setpoint: 0.1,
            tolerance_sensor: 0.5,
            interval_s: 60,
            metric: RateMetric::Mad,
            rate_tolerance: None,
        }
    }
}

impl LearnConfig {
    pub fn rate_tolerance(&self) -> f64 {
        self.rate_tolerance
            .unwrap_or_else(|| self.metric.default_tolerance())
    }

    /// Refuse settings that would make nonsense bands.
    pub fn validate(&self) -> Result<(), String> {
        let ok = |x: f64| x.is_finite() && (0.0..=100.0).contains(&x);
        if !ok(self.tolerance_setpoint) || !ok(self.tolerance_sensor) {
            return Err("tolerances must be between 0 and 100".to_owned());
        }
        if self.rate_tolerance.is_some_and(|t| !ok(t)) {
            return Err("rate tolerance must be between 0 and 100".to_owned());
        }
        if !(1..=86_400).contains(&self.interval_s) {
            return Err("interval must be between 1 and 86400 seconds".to_owned());
        }
        Ok(())
    }

    fn interval_ns(&self) -> i64 {
        i64::from(self.interval_s.max(1)) * NS
    }
}

/// How strictly a point's learned range is kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PointClass {
    /// Analog/integer values (setpoints and the like): strict.
    Setpoint,
    /// Analog/binary/multi-state outputs: strict.
    Output,
    /// Inputs and accumulators: lenient (sensors are noisy).
    Sensor,
    /// Binary and multi-state values, KNX group values: the set of values seen.
    State,
    /// Any other property: strict.
    Other,
}

impl PointClass {
    pub fn of(point: &PointKey) -> PointClass {
        match point {
            PointKey::Knx { .. } => PointClass::State,
            PointKey::Bacnet {
                object, property, ..
            } => {
                if *property != prop::PRESENT_VALUE {
                    return PointClass::Other;
                }
                match object.object_type {
                    0 | 3 | 13 | 23 | 24 => PointClass::Sensor,
                    1 | 4 | 14 => PointClass::Output,
                    5 | 19 => PointClass::State,
                    2 | 45 | 46 | 48 => PointClass::Setpoint,
                    _ => PointClass::Other,
                }
            }
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            PointClass::Setpoint => "setpoint",
            PointClass::Output => "output",
            PointClass::Sensor => "sensor",
            PointClass::State => "state",
            PointClass::Other => "other",
        }
    }

    /// Multi-state objects carry their state as an Unsigned, not an Enumerated.
    fn discrete_by_type(point: &PointKey) -> bool {
        match point {
            PointKey::Knx { .. } => true,
            PointKey::Bacnet { object, .. } => matches!(object.object_type, 13 | 14 | 19),
        }
    }
}

// ---- the model (serde) ----

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Baseline {
    pub format: String,
    pub version: u32,
    /// `bas-audit x.y.z` that learned it.
    pub tool: String,
    pub config: LearnConfig,
    pub period: Period,
    pub points: Vec<PointModel>,
    pub rates: Vec<RateModel>,
    pub services: Vec<ServiceModel>,
    pub hosts: Vec<HostModel>,
    pub conversations: Vec<ConversationModel>,
    pub devices: Vec<DeviceModel>,
    pub routers: Vec<RouterModel>,
    pub broadcast_addresses: Vec<Ipv4Addr>,
    /// Hosts that sent BACnet messages with an invalid network-layer source (SNET 0xFFFF or
    /// an empty SADR) while learning.
    #[serde(default)]
    pub invalid_network_sources: Vec<Host>,
    pub bursts: Bursts,
    pub management: Vec<ManagementModel>,
    pub knx: KnxModel,
    /// The ETS group-address table the model was learned (or last checked) with.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub knx_project: Option<GroupAddressTable>,
    pub limits: Limits,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Period {
    pub first: Option<String>,
    pub last: Option<String>,
    pub first_ns: Option<i64>,
    pub last_ns: Option<i64>,
    pub duration_s: f64,
    pub messages: u64,
    pub malformed: u64,
}

/// One learned point. `device`/`object`/`property` for BACnet, `group` for KNX.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct PointModel {
    pub protocol: Option<Protocol>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device: Option<DeviceAddr>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_instance: Option<u32>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub device_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub object: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub property: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub group: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub units: Option<String>,
    pub class: Option<PointClass>,
    /// Values seen (reports and writes).
    pub samples: u64,
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// The set of values, for binary/multi-state points and KNX groups (absent when there
    /// were more than [`MAX_DISCRETE_VALUES`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub values: Option<Vec<f64>>,
    /// Per-point tolerance overriding the class default (edit the model to set it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tolerance: Option<f64>,
    /// Informative: the range detection accepts, from min/max and the tolerance.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub allowed: Option<[f64; 2]>,
    pub writes: u64,
    pub writers: Vec<Host>,
    /// More writers than [`MAX_WRITERS_PER_POINT`]: the writer rule stays silent.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub many_writers: bool,
    /// Writers whose write the device answered with a SimpleACK: the device accepted it
    /// (bounded like `writers`; absent in models learned before this field existed).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub acked_writers: Vec<Host>,
    /// KNX: the group's datapoint type, and where it comes from (the ETS project, or inferred
    /// from the values seen: every text about the point says so).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dpt: Option<Dpt>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dpt_source: Option<DptSource>,
    /// KNX: how the value is modelled (continuous: range; discrete: set; counter: steps;
    /// text: not checked). Absent in format-1 models: raw integers.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kind: Option<ValueKind>,
    /// KNX: what the value stands for (from the ETS name): narrows the plausible range.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    /// KNX: the group ranges above the group in the ETS project.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub path: Vec<String>,
    /// KNX counters: the largest step between two consecutive values while learning.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_step: Option<f64>,
    /// KNX: values whose size does not fit the datapoint type (not learned).
    #[serde(skip_serializing_if = "is_zero")]
    pub undecodable: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl PointModel {
    /// The key this model describes, rebuilt from its text fields.
    pub fn key(&self) -> Result<PointKey, String> {
        if let Some(g) = &self.group {
            return Ok(PointKey::Knx {
                group: parse_group(g)?,
            });
        }
        let device = self.device.ok_or("point without device or group")?;
        let object = parse_object_text(self.object.as_deref().ok_or("point without object")?)?;
        let property =
            parse_property_text(self.property.as_deref().ok_or("point without property")?)?;
        Ok(PointKey::Bacnet {
            device,
            object,
            property,
        })
    }

    pub fn class(&self) -> PointClass {
        self.class.unwrap_or(PointClass::Other)
    }

    /// Tolerance in force: the point's own, else the class default.
    pub fn tolerance(&self, config: &LearnConfig) -> f64 {
        self.tolerance.unwrap_or(match self.class() {
            PointClass::Sensor => config.tolerance_sensor,
            _ => config.tolerance_setpoint,
        })
    }

    /// The accepted range: learned min–max widened by `t × max(span, |midpoint|)`. A KNX
    /// 1-octet value with a defined range (a percentage, an angle) is widened by at least half
    /// that range: positions and levels use their whole range in normal use, and the writer
    /// rule guards who sets them.
    pub fn allowed_range(&self, config: &LearnConfig) -> Option<(f64, f64)> {
        let (min, max) = (self.min?, self.max?);
        let mut margin = self.tolerance(config) * (max - min).max(((max + min) / 2.0).abs());
        if let Some(d) = self.dpt.filter(|d| d.main == 5)
            && let Some((lo, hi)) = d.subtype().and_then(|s| s.defined)
        {
            margin = margin.max((hi - lo) / 2.0);
        }
        Some((min - margin, max + margin))
    }

    /// A KNX point learned with a datapoint type (format 2); `false` for BACnet points and
    /// format-1 KNX points (raw integers).
    pub fn is_typed_knx(&self) -> bool {
        self.protocol == Some(Protocol::Knx) && self.kind.is_some()
    }

    /// Checked as a set of values rather than a range.
    pub fn is_discrete(&self) -> bool {
        self.values.is_some() && self.class() == PointClass::State
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RateModel {
    pub source: Host,
    pub service: String,
    /// `[messages in an interval, number of intervals]`, both phases of the interval grid.
    pub histogram: Vec<[u64; 2]>,
    /// KNX: the most messages seen in any window of the interval's length slid over the
    /// learning period (capped at [`MAX_SLIDING`]). The band never lies below it: senders
    /// with irregular timing (a sensor every 10–60 s, three values sent on independent
    /// periods) are judged by what they did in any window, not by where the grid fell.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub window_max: Option<u64>,
    /// Informative: upper bound with the model's metric and tolerance.
    #[serde(default)]
    pub upper: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceModel {
    pub service: String,
    /// Distinct sources seen sending it.
    pub sources: u64,
    /// Messages per interval per active source (rounded up), as a histogram.
    pub histogram: Vec<[u64; 2]>,
    #[serde(default)]
    pub upper: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HostModel {
    pub host: Host,
    pub messages: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConversationModel {
    /// The two hosts, in address order (a conversation has no direction here).
    pub hosts: [Host; 2],
    pub messages: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DeviceModel {
    pub instance: u32,
    pub address: DeviceAddr,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    pub i_am: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RouterModel {
    pub address: Endpoint,
    pub networks: Vec<u16>,
}

/// Largest counts in one [`FLOOD_WINDOW_S`] window during learning.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bursts {
    pub window_s: i64,
    pub who_is_per_source: u64,
    pub i_am_total: u64,
    pub knx_group_writes_per_source: u64,
    pub knx_authorize_per_source: u64,
}

/// Device-management messages seen while learning (DCC, ReinitializeDevice, BBMD table
/// changes, foreign-device registrations).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ManagementModel {
    pub source: Host,
    pub service: String,
    pub count: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnxModel {
    /// Hosts that opened KNXnet/IP connections (CONNECT_REQUEST).
    pub tunnel_clients: Vec<Host>,
    /// Hosts (individual addresses or IPs) that did device management.
    pub management_sources: Vec<Host>,
}

/// Keys not learned because a cap was reached.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Limits {
    pub points: u64,
    pub rate_keys: u64,
    pub hosts: u64,
    pub conversations: u64,
    pub devices: u64,
    pub routers: u64,
    pub names: u64,
    pub other: u64,
    /// Writes no longer awaited for a SimpleACK because [`MAX_PENDING_WRITES`] was reached.
    #[serde(default)]
    pub pending_writes: u64,
}

impl Limits {
    pub fn any(&self) -> bool {
        *self != Limits::default()
    }
}

impl Baseline {
    /// Recompute the informative fields (`allowed`, `upper`) after an edit of the config.
    pub fn refresh_informative(&mut self) {
        let cfg = self.config.clone();
        for p in &mut self.points {
            p.allowed = if p.is_discrete() {
                None
            } else {
                p.allowed_range(&cfg).map(|(a, b)| [round3(a), round3(b)])
            };
        }
        for r in &mut self.rates {
            r.upper = round3(band_with_floor(&r.histogram, r.window_max, &cfg).upper);
        }
        for s in &mut self.services {
            s.upper = round3(band(&s.histogram, &cfg).upper);
        }
    }

    /// Name the KNX points after an ETS group-address table given after learning (`watch
    /// detect --ets`, an import in the app): names, paths and roles always; the datapoint type
    /// where the learned numbers keep their meaning (the ETS type reads the same octets as the
    /// same numbers, e.g. an inferred 9.xxx that ETS calls 9.001). Otherwise the learned type
    /// stays, since the learned range was decoded with it; relearn with the table to use it.
    /// The table is kept in the model.
    pub fn apply_project(&mut self, table: GroupAddressTable) {
        for p in &mut self.points {
            if !p.is_typed_knx() {
                continue;
            }
            let Some(entry) = p
                .group
                .as_deref()
                .and_then(|g| parse_group(g).ok())
                .and_then(|ga| table.get(ga))
            else {
                continue;
            };
            if !entry.name.is_empty() {
                p.name = Some(entry.name.clone());
            }
            p.path = entry.path.clone();
            if let (Some(ets), Some(learned)) = (entry.dpt, p.dpt)
                && p.dpt_source != Some(DptSource::Ets)
                && ets.same_numbers(learned)
                && ets.kind() == p.kind.unwrap_or(ets.kind())
            {
                p.dpt = Some(ets);
                p.dpt_source = Some(DptSource::Ets);
                p.units = Some(ets.unit())
                    .filter(|u| !u.is_empty())
                    .map(str::to_owned);
            }
            let role = knx_project::roles::role(&entry.name, p.dpt);
            p.role = (role != Role::Unknown).then_some(role);
        }
        self.knx_project = Some(table);
        self.refresh_informative();
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }

    /// Read a model file through the bounded reader (at most [`MAX_MODEL_BYTES`]); `Err` is
    /// one line naming the file. The CLI (`check --watch-model`, `watch detect`) and the GUI
    /// load models only this way.
    pub fn load(path: &Path) -> Result<Baseline, String> {
        let text = files::read_text_bounded(path, MAX_MODEL_BYTES).map_err(|e| match e {
            FileError::Io { source, .. } => {
                format!("{}: cannot read the model: {source}", path.display())
            }
            other => format!("{}: not a watch model: {}", path.display(), other.problem()),
        })?;
        Baseline::from_json(&text).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Write the model file atomically (see [`crate::files::write_atomic`]).
    pub fn save(&self, path: &Path) -> Result<(), String> {
        files::write_atomic(path, self.to_json().as_bytes()).map_err(|e| {
            format!(
                "{}: cannot write the model: {}",
                path.display(),
                e.problem()
            )
        })
    }

    pub fn from_json(text: &str) -> Result<Baseline, String> {
        let b: Baseline = serde_json::from_str(text).map_err(|e| format!("not a model: {e}"))?;
        b.validate()?;
        Ok(b)
    }

    /// What a model read from anywhere (a file, a session) must satisfy before it is used.
    pub fn validate(&self) -> Result<(), String> {
        if self.format != FORMAT {
            return Err(format!("not a {FORMAT} file (format {:?})", self.format));
        }
        if self.version > FORMAT_VERSION {
            return Err(format!(
                "model format version {} is newer than this tool reads ({FORMAT_VERSION})",
                self.version
            ));
        }
        self.config.validate()?;
        for p in &self.points {
            p.key()?;
        }
        Ok(())
    }
}

/// [`band`], never below `floor` messages (a rate's sliding-window maximum).
pub fn band_with_floor(histogram: &[[u64; 2]], floor: Option<u64>, cfg: &LearnConfig) -> Band {
    let mut b = band(histogram, cfg);
    if let Some(f) = floor {
        b.upper = b.upper.max(f as f64);
    }
    b
}

/// The band of a histogram under a config (used by detection and for the informative fields).
pub fn band(histogram: &[[u64; 2]], cfg: &LearnConfig) -> Band {
    let h = Histogram::from_bins(
        histogram
            .iter()
            .map(|[c, n]| (u32::try_from(*c).unwrap_or(u32::MAX), *n)),
    );
    match h.summary() {
        Some(s) => Band::from_summary(&s, cfg.metric, cfg.rate_tolerance()),
        None => Band::unseen(),
    }
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

// ---- learning ----

#[derive(Debug, Clone)]
struct PointAcc {
    samples: u64,
    min: f64,
    max: f64,
    all_discrete: bool,
    values: Option<Vec<f64>>,
    writes: u64,
    writers: Vec<Host>,
    many_writers: bool,
    acked_writers: Vec<Host>,
    /// KNX groups: the type and what decoding needs (boxed: BACnet points do without).
    knx: Option<Box<KnxAcc>>,
}

/// What the learner keeps of a KNX group beyond the numbers.
#[derive(Debug, Clone)]
struct KnxAcc {
    /// The datapoint type, once known (from ETS at once; inferred after [`INFER_SAMPLES`]
    /// values or at the end).
    dpt: Option<Dpt>,
    source: DptSource,
    kind: ValueKind,
    decided: bool,
    name: Option<String>,
    path: Vec<String>,
    role: Role,
    /// Values awaiting the inferred type (at most [`INFER_SAMPLES`]).
    pending: Vec<(KnxRaw, bool)>,
    undecodable: u64,
    /// Values written as commands (L_Data.req from a client).
    commands: u64,
    last: Option<f64>,
    max_step: f64,
}

impl KnxAcc {
    fn new(project: Option<&GroupAddressTable>, group: GroupAddress) -> Self {
        let entry = project.and_then(|t| t.get(group));
        let dpt = entry.and_then(|e| e.dpt).filter(|d| d.format().is_some());
        Self {
            dpt,
            source: if dpt.is_some() {
                DptSource::Ets
            } else {
                DptSource::None
            },
            kind: dpt.map_or(ValueKind::Discrete, Dpt::kind),
            decided: dpt.is_some(),
            name: entry.map(|e| e.name.clone()).filter(|n| !n.is_empty()),
            path: entry.map(|e| e.path.clone()).unwrap_or_default(),
            role: entry.map_or(Role::Unknown, |e| e.role),
            pending: Vec::new(),
            undecodable: 0,
            commands: 0,
            last: None,
            max_step: 0.0,
        }
    }

    /// Decide the type from the values kept (no ETS type): [`knx_project::infer`], marked
    /// inferred. A role then comes from the ETS name if there is one.
    fn infer(&mut self) {
        let samples: Vec<_> = self.pending.iter().map(|(r, _)| r.group_value()).collect();
        if let Some(i) = knx_project::infer::infer(&samples) {
            self.dpt = i.dpt.filter(|d| d.format().is_some());
            self.kind = i.kind;
            self.source = DptSource::Inferred;
            if let Some(name) = &self.name {
                self.role = knx_project::roles::role(name, self.dpt);
            }
        }
        self.decided = true;
    }
}

/// A confirmed write seen, not yet answered. `first` inline so that a WriteProperty costs no
/// allocation beyond the map slot.
#[derive(Debug)]
struct PendingWrite {
    t: i64,
    service_choice: u8,
    first: PointKey,
    rest: Vec<PointKey>,
}

impl PointAcc {
    fn new() -> Self {
        Self {
            samples: 0,
            min: f64::INFINITY,
            max: f64::NEG_INFINITY,
            all_discrete: true,
            values: Some(Vec::new()),
            writes: 0,
            writers: Vec::new(),
            many_writers: false,
            acked_writers: Vec::new(),
            knx: None,
        }
    }

    /// One KNX group value (not an echo).
    fn knx_value(&mut self, raw: KnxRaw, command: bool) {
        let Some(k) = self.knx.as_deref_mut() else {
            return;
        };
        if command {
            k.commands += 1;
        }
        if !k.decided {
            k.pending.push((raw, command));
            if k.pending.len() < INFER_SAMPLES {
                return;
            }
            k.infer();
            self.replay_pending();
            return;
        }
        self.knx_decoded(raw);
    }

    /// Decode the values kept while the type was unknown.
    fn replay_pending(&mut self) {
        let pending = self
            .knx
            .as_deref_mut()
            .map(|k| std::mem::take(&mut k.pending))
            .unwrap_or_default();
        for (raw, _) in pending {
            self.knx_decoded(raw);
        }
    }

    fn knx_decoded(&mut self, raw: KnxRaw) {
        let Some(k) = self.knx.as_deref_mut() else {
            return;
        };
        let Some(dpt) = k.dpt else {
            // No type (an unusual size): the value is seen, not modelled.
            k.undecodable += 1;
            return;
        };
        let decoded = match raw.decode(dpt) {
            Ok(d) => d,
            Err(_) => {
                k.undecodable += 1;
                return;
            }
        };
        let kind = k.kind;
        if kind == ValueKind::Text {
            self.samples += 1;
            return;
        }
        let Some(v) = decoded.number() else {
            return;
        };
        if kind == ValueKind::Counter {
            if let Some(last) = k.last {
                k.max_step = k.max_step.max(v - last);
            }
            k.last = Some(v);
        }
        self.value(v, kind == ValueKind::Discrete);
    }

    fn acked(&mut self, h: Host) {
        if !self.acked_writers.contains(&h) && self.acked_writers.len() < MAX_WRITERS_PER_POINT {
            self.acked_writers.push(h);
        }
    }

    fn value(&mut self, v: f64, discrete: bool) {
        self.samples += 1;
        self.min = self.min.min(v);
        self.max = self.max.max(v);
        self.all_discrete &= discrete;
        if let Some(set) = &mut self.values
            && !set.contains(&v)
        {
            if set.len() < MAX_DISCRETE_VALUES {
                set.push(v);
            } else {
                self.values = None;
            }
        }
    }

    fn writer(&mut self, h: Host) {
        self.writes += 1;
        if self.many_writers || self.writers.contains(&h) {
            return;
        }
        if self.writers.len() < MAX_WRITERS_PER_POINT {
            self.writers.push(h);
        } else {
            self.many_writers = true;
        }
    }
}

/// Two counters per key, on two interval grids shifted by half an interval: a burst shorter
/// than half an interval always falls whole into one interval of one grid.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct TwoPhase {
    index: [i64; 2],
    count: [u32; 2],
}

impl TwoPhase {
    /// Count one message at `t`; returns, per phase, the closed interval's count when the
    /// message opened a new interval (`Some(0)` never happens), and whether this phase's
    /// interval is new (first message in it).
    #[cfg(test)]
    pub(crate) fn add(&mut self, t: i64, interval_ns: i64) -> [(Option<u32>, bool); 2] {
        self.add_at(phase_indices(t, interval_ns))
    }

    /// [`TwoPhase::add`] with the message's interval indices already computed
    /// ([`phase_indices`]): callers compute them once per message, not once per key.
    pub(crate) fn add_at(&mut self, indices: [i64; 2]) -> [(Option<u32>, bool); 2] {
        let mut out = [(None, false); 2];
        for (p, (slot, idx)) in out.iter_mut().zip(indices).enumerate() {
            let (Some(index), Some(count)) = (self.index.get_mut(p), self.count.get_mut(p)) else {
                continue;
            };
            if *count == 0 || idx > *index {
                let closed = (*count > 0).then_some(*count);
                *index = idx;
                *count = 0;
                *slot = (closed, true);
            }
            *count = count.saturating_add(1);
        }
        out
    }

    pub(crate) fn count(&self, phase: usize) -> u32 {
        self.count.get(phase).copied().unwrap_or(0)
    }

    fn open(&self) -> impl Iterator<Item = u32> + '_ {
        self.count.iter().copied().filter(|c| *c > 0)
    }
}

pub(crate) fn phase_index(t: i64, interval_ns: i64, phase: usize) -> i64 {
    let shift = if phase == 0 { 0 } else { interval_ns / 2 };
    t.saturating_add(shift).div_euclid(interval_ns.max(1))
}

/// Both grids' interval indices of time `t`.
pub(crate) fn phase_indices(t: i64, interval_ns: i64) -> [i64; 2] {
    [
        phase_index(t, interval_ns, 0),
        phase_index(t, interval_ns, 1),
    ]
}

/// [`phase_indices`] for a stream of messages: remembers the span of time over which both
/// indices stay the same, so that most messages need no 64-bit division (two per message were
/// a visible share of the learner's and the rate detector's time).
#[derive(Debug, Clone, Copy)]
pub(crate) struct PhaseClock {
    interval_ns: i64,
    /// Both indices are `indices` for every time in `from..until` (empty at first).
    from: i64,
    until: i64,
    indices: [i64; 2],
}

impl PhaseClock {
    pub(crate) fn new(interval_ns: i64) -> Self {
        Self {
            interval_ns,
            from: 0,
            until: 0,
            indices: [0; 2],
        }
    }

    pub(crate) fn indices(&mut self, t: i64) -> [i64; 2] {
        if self.from <= t && t < self.until {
            return self.indices;
        }
        let indices = phase_indices(t, self.interval_ns);
        let interval = self.interval_ns.max(1);
        let shift = self.interval_ns / 2;
        let start0 = indices[0].saturating_mul(interval);
        let start1 = indices[1].saturating_mul(interval).saturating_sub(shift);
        let from = start0.max(start1);
        let until = start0
            .saturating_add(interval)
            .min(start1.saturating_add(interval));
        // Near the ends of the i64 range the saturating arithmetic is not periodic: keep no
        // span there rather than a wrong one.
        let exact = from <= t
            && t < until
            && phase_indices(from, self.interval_ns) == indices
            && phase_indices(until - 1, self.interval_ns) == indices;
        (self.from, self.until) = if exact { (from, until) } else { (0, 0) };
        self.indices = indices;
        indices
    }
}

#[derive(Debug, Default)]
struct RateAcc {
    bins: TwoPhase,
    hist: Histogram,
    busy_intervals: u64,
    /// KNX keys only (boxed: BACnet keys do without).
    sliding: Option<Box<SlidingMax>>,
}

/// The most messages in any window of length T, from the last messages' times (at most
/// [`MAX_SLIDING`] kept).
#[derive(Debug, Default)]
struct SlidingMax {
    times: std::collections::VecDeque<i64>,
    max: u64,
}

impl SlidingMax {
    fn add(&mut self, t: i64, window_ns: i64) {
        while self
            .times
            .front()
            .is_some_and(|f| t.saturating_sub(*f) >= window_ns)
        {
            self.times.pop_front();
        }
        if self.times.len() >= MAX_SLIDING {
            self.times.pop_front();
        }
        self.times.push_back(t);
        self.max = self.max.max(self.times.len() as u64);
    }
}

#[derive(Debug, Default)]
struct ServiceAcc {
    index: [i64; 2],
    total: [u64; 2],
    sources: [u64; 2],
    hist: Histogram,
    distinct_sources: u64,
}

impl ServiceAcc {
    /// One message in phase `p`'s interval `idx`; `new_source` when it is its sender's first
    /// in that interval.
    fn count(&mut self, p: usize, idx: i64, new_source: bool) {
        let Some(index) = self.index.get(p).copied() else {
            return;
        };
        if idx > index {
            self.close(p);
            if let Some(i) = self.index.get_mut(p) {
                *i = idx;
            }
        }
        if let Some(t) = self.total.get_mut(p) {
            *t += 1;
        }
        if new_source && let Some(s) = self.sources.get_mut(p) {
            *s += 1;
        }
    }

    fn close(&mut self, p: usize) {
        let (Some(total), Some(sources)) = (self.total.get_mut(p), self.sources.get_mut(p)) else {
            return;
        };
        if *sources > 0 {
            let per = total.div_ceil(*sources);
            self.hist.add(u32::try_from(per).unwrap_or(u32::MAX), 1);
        }
        *total = 0;
        *sources = 0;
    }
}

/// Counts per key in fixed [`FLOOD_WINDOW_S`] windows; keeps the largest.
#[derive(Debug, Default)]
pub(crate) struct WindowMax {
    current: FastMap<Host, (i64, u64)>,
    pub(crate) max: u64,
}

impl WindowMax {
    /// Count one at `t` for `key`; returns the count in the current window.
    pub(crate) fn add(&mut self, key: Host, t: i64, cap: usize) -> u64 {
        let w = t.div_euclid(FLOOD_WINDOW_S * NS);
        let len = self.current.len();
        let slot = match self.current.get_mut(&key) {
            Some(s) => s,
            None if len < cap => self.current.entry(key).or_insert((w, 0)),
            None => return 0,
        };
        if slot.0 != w {
            *slot = (w, 0);
        }
        slot.1 += 1;
        self.max = self.max.max(slot.1);
        slot.1
    }
}

/// Builds a [`Baseline`] from observations.
#[derive(Debug)]
pub struct Learner {
    config: LearnConfig,
    services: ServiceTable,
    first_ns: Option<i64>,
    last_ns: Option<i64>,
    messages: u64,
    malformed: u64,
    points: FastMap<PointKey, PointAcc>,
    names: FastMap<(DeviceAddr, ObjectId), String>,
    units: FastMap<(DeviceAddr, ObjectId), u32>,
    rates: Slots<(Host, u16), RateAcc>,
    /// Indexed by interned service id (ids are small and dense).
    service_acc: Vec<Option<ServiceAcc>>,
    clock: PhaseClock,
    grid: [Option<(i64, i64)>; 2],
    hosts: Slots<Host, u64>,
    conversations: Slots<(Host, Host), u64>,
    devices: FastMap<(u32, DeviceAddr), u64>,
    routers: FastMap<Endpoint, BTreeSet<u16>>,
    broadcasts: BTreeSet<Ipv4Addr>,
    invalid_sources: BTreeSet<Host>,
    who_is: WindowMax,
    i_am: WindowMax,
    knx_writes: WindowMax,
    knx_authorize: WindowMax,
    management: FastMap<(Host, &'static str), u64>,
    knx_clients: BTreeSet<Host>,
    knx_management: BTreeSet<Host>,
    /// (writer, device, invoke id) of confirmed writes awaiting a SimpleACK. The device with
    /// its remote station, so that writes through one router to two devices stay apart.
    pending: FastMap<(Endpoint, DeviceAddr, u8), PendingWrite>,
    /// The ETS group-address table, when given: names and datapoint types of KNX groups.
    project: Option<GroupAddressTable>,
    limits: Limits,
}

impl Learner {
    pub fn new(config: LearnConfig) -> Self {
        let interval_ns = config.interval_ns();
        Self {
            config,
            services: ServiceTable::default(),
            first_ns: None,
            last_ns: None,
            messages: 0,
            malformed: 0,
            points: FastMap::default(),
            names: FastMap::default(),
            units: FastMap::default(),
            rates: Slots::with_cap(MAX_RATE_KEYS),
            service_acc: Vec::new(),
            clock: PhaseClock::new(interval_ns),
            grid: [None; 2],
            hosts: Slots::with_cap(MAX_HOSTS),
            conversations: Slots::with_cap(MAX_CONVERSATIONS),
            devices: FastMap::default(),
            routers: FastMap::default(),
            broadcasts: BTreeSet::new(),
            invalid_sources: BTreeSet::new(),
            who_is: WindowMax::default(),
            i_am: WindowMax::default(),
            knx_writes: WindowMax::default(),
            knx_authorize: WindowMax::default(),
            management: FastMap::default(),
            knx_clients: BTreeSet::new(),
            knx_management: BTreeSet::new(),
            pending: FastMap::default(),
            project: None,
            limits: Limits::default(),
        }
    }

    /// Learn KNX groups with the names and datapoint types of this ETS table (kept in the
    /// model). Without it, types are inferred from the values.
    pub fn with_project(mut self, table: Option<GroupAddressTable>) -> Self {
        self.project = table;
        self
    }

    /// Distinct points and sources learned so far (for progress reports).
    pub fn sizes(&self) -> (usize, usize) {
        (self.points.len(), self.hosts.len())
    }

    /// Learn from one observation; returns its service's id (see [`Learner::service_name`]).
    pub fn observe(&mut self, o: &Observation) -> u16 {
        let t = o.time_ns;
        self.first_ns = Some(self.first_ns.map_or(t, |f| f.min(t)));
        self.last_ns = Some(self.last_ns.map_or(t, |l| l.max(t)));
        self.messages += 1;
        if o.flags.malformed {
            self.malformed += 1;
        }
        let indices = self.clock.indices(t);
        for (g, &idx) in self.grid.iter_mut().zip(&indices) {
            *g = Some(g.map_or((idx, idx), |(a, b)| (a.min(idx), b.max(idx))));
        }
        let sender = o.sender();
        let id = self.services.intern(o.service);
        // A gateway's copies and acknowledgements follow somebody else's traffic: the
        // original is what is rated, valued and checked.
        let copy = o.flags.echo || o.flags.mirror;
        if !copy {
            self.rate(o, id, indices);
        }
        self.host_and_conversation(o);
        if !o.flags.echo {
            self.values(o, sender);
            self.event(o, sender, t);
        }
        if let Some(tx) = o.transaction {
            self.transaction(o, tx, t);
        }
        id
    }

    /// Writes awaiting a SimpleACK (bounded by [`MAX_PENDING_WRITES`]).
    pub fn pending_writes(&self) -> usize {
        self.pending.len()
    }

    /// Pair a WriteProperty/WritePropertyMultiple with the SimpleACK answering it: the same
    /// invoke id and service choice, from the device back to the writer.
    fn transaction(&mut self, o: &Observation, tx: Transaction, t: i64) {
        if o.protocol != Protocol::Bacnet
            || !matches!(tx.service_choice, WRITE_PROPERTY | WRITE_PROPERTY_MULTIPLE)
        {
            return;
        }
        let ttl = PENDING_WRITE_TTL_S * NS;
        if tx.simple_ack {
            let device = DeviceAddr {
                link: o.source,
                remote: o.routed_from,
            };
            let key = (o.destination, device, tx.invoke_id);
            let answers = self.pending.get(&key).is_some_and(|p| {
                p.service_choice == tx.service_choice && t.saturating_sub(p.t) <= ttl
            });
            if answers && let Some(p) = self.pending.remove(&key) {
                let writer = o.destination.host();
                for k in std::iter::once(&p.first).chain(&p.rest) {
                    if let Some(acc) = self.points.get_mut(k) {
                        acc.acked(writer);
                    }
                }
            }
            return;
        }
        let mut written = o
            .points
            .iter()
            .filter(|pv| pv.role == ValueRole::Written)
            .map(|pv| pv.point);
        let Some(first) = written.next() else { return };
        let PointKey::Bacnet { device, .. } = first else {
            return;
        };
        let key = (o.source, device, tx.invoke_id);
        if self.pending.len() >= MAX_PENDING_WRITES && !self.pending.contains_key(&key) {
            self.pending.retain(|_, p| t.saturating_sub(p.t) <= ttl);
            if self.pending.len() > MAX_PENDING_WRITES / 2 {
                self.limits.pending_writes += self.pending.len() as u64;
                self.pending.clear();
            }
        }
        self.pending.insert(
            key,
            PendingWrite {
                t,
                service_choice: tx.service_choice,
                first,
                rest: written.take(MAX_PENDING_POINTS - 1).collect(),
            },
        );
    }

    pub fn service_name(&self, id: u16) -> &'static str {
        self.services.name(id)
    }

    fn rate(&mut self, o: &Observation, id: u16, indices: [i64; 2]) {
        let packed = (u128::from(o.sender_word()) << 16) | u128::from(id);
        let key = || (o.sender(), id);
        let Some(acc) = self
            .rates
            .get_or_insert_packed(packed, key, RateAcc::default)
        else {
            self.limits.rate_keys += 1;
            return;
        };
        let slot = usize::from(id);
        if self.service_acc.len() <= slot {
            self.service_acc.resize_with(slot + 1, || None);
        }
        let Some(svc) = self
            .service_acc
            .get_mut(slot)
            .map(|s| s.get_or_insert_with(ServiceAcc::default))
        else {
            return;
        };
        if acc.busy_intervals == 0 && acc.bins.open().next().is_none() {
            svc.distinct_sources += 1;
        }
        if o.protocol == Protocol::Knx {
            acc.sliding
                .get_or_insert_with(Box::default)
                .add(o.time_ns, self.config.interval_ns());
        }
        let steps = acc.bins.add_at(indices);
        for (p, ((closed, new), idx)) in steps.into_iter().zip(indices).enumerate() {
            if let Some(c) = closed {
                acc.hist.add(c, 1);
                acc.busy_intervals += 1;
            }
            svc.count(p, idx, new);
        }
    }

    fn host_and_conversation(&mut self, o: &Observation) {
        if o.flags.invalid_network_source && self.invalid_sources.len() < MAX_SMALL_SET {
            self.invalid_sources.insert(o.source.host());
        }
        // Keyed by packed words built from the endpoints: the hosts themselves are built only
        // when the recent keys miss.
        let src_word = o.source.host_word();
        match self
            .hosts
            .get_or_insert_packed(src_word.into(), || o.source.host(), || 0)
        {
            Some(n) => *n += 1,
            None => self.limits.hosts += 1,
        }
        if o.flags.broadcast || o.destination == Endpoint::Unknown {
            if o.flags.link_broadcast
                && let Endpoint::Ip(d) = o.destination
                && !d.ip().is_multicast()
                && self.broadcasts.len() < MAX_SMALL_SET
            {
                self.broadcasts.insert(*d.ip());
            }
            return;
        }
        // `pair` orders hosts as their words are ordered.
        let dst_word = o.destination.host_word();
        let (lo, hi) = (src_word.min(dst_word), src_word.max(dst_word));
        let packed = (u128::from(lo) << 64) | u128::from(hi);
        let key = || pair(o.source.host(), o.destination.host());
        match self.conversations.get_or_insert_packed(packed, key, || 0) {
            Some(n) => *n += 1,
            None => self.limits.conversations += 1,
        }
    }

    fn values(&mut self, o: &Observation, sender: Host) {
        for pv in &o.points {
            if let PointKey::Bacnet {
                device,
                object,
                property,
            } = pv.point
            {
                match (&pv.value, property) {
                    (Value::Text(name), prop::OBJECT_NAME) => {
                        // Names are read over and over: copy one only when it is new or changed.
                        let len = self.names.len();
                        match self.names.get_mut(&(device, object)) {
                            Some(known) if known != name => known.clone_from(name),
                            Some(_) => {}
                            None if len < MAX_NAMES => {
                                self.names.insert((device, object), name.clone());
                            }
                            None => self.limits.names += 1,
                        }
                        continue;
                    }
                    (Value::Number { value, .. }, prop::UNITS) if self.units.len() < MAX_NAMES => {
                        self.units.insert((device, object), *value as u32);
                    }
                    _ => {}
                }
            }
            let len = self.points.len();
            let acc = match self.points.get_mut(&pv.point) {
                Some(a) => a,
                None if len < MAX_POINTS => {
                    let mut acc = PointAcc::new();
                    if let PointKey::Knx { group } = pv.point {
                        acc.knx = Some(Box::new(KnxAcc::new(self.project.as_ref(), group)));
                    }
                    self.points.entry(pv.point).or_insert(acc)
                }
                None => {
                    self.limits.points += 1;
                    continue;
                }
            };
            match pv.value {
                Value::Number { value, discrete } => acc.value(value, discrete),
                Value::Knx(raw) => acc.knx_value(raw, o.flags.knx_request),
                _ => {}
            }
            if pv.role == ValueRole::Written {
                acc.writer(sender);
            }
        }
    }

    fn event(&mut self, o: &Observation, sender: Host, t: i64) {
        match &o.event {
            Event::WhoIs => {
                self.who_is.add(sender, t, MAX_HOSTS);
            }
            Event::IAm { instance, device } => {
                self.i_am.add(Host::Unknown, t, 1);
                let len = self.devices.len();
                match self.devices.get_mut(&(*instance, *device)) {
                    Some(n) => *n += 1,
                    None if len < MAX_DEVICES => {
                        self.devices.insert((*instance, *device), 1);
                    }
                    None => self.limits.devices += 1,
                }
            }
            Event::IAmRouter { networks } => {
                let len = self.routers.len();
                let set = match self.routers.get_mut(&o.source) {
                    Some(s) => s,
                    None if len < MAX_ROUTERS => self.routers.entry(o.source).or_default(),
                    None => {
                        self.limits.routers += 1;
                        return;
                    }
                };
                for n in networks {
                    if set.len() < MAX_NETWORKS_PER_ROUTER {
                        set.insert(*n);
                    }
                }
            }
            Event::DeviceCommunicationControl { .. }
            | Event::ReinitializeDevice { .. }
            | Event::WriteBdt { .. }
            | Event::DeleteFdtEntry { .. }
            | Event::RegisterForeignDevice { .. } => {
                let len = self.management.len();
                match self.management.get_mut(&(sender, o.service)) {
                    Some(n) => *n += 1,
                    None if len < MAX_SMALL_SET => {
                        self.management.insert((sender, o.service), 1);
                    }
                    None => self.limits.other += 1,
                }
            }
            Event::KnxGroupWrite => {
                self.knx_writes.add(sender, t, MAX_HOSTS);
            }
            Event::KnxAuthorize { .. } => {
                self.knx_authorize.add(sender, t, MAX_HOSTS);
                self.insert_small(sender, true);
            }
            Event::KnxManagement { .. } => self.insert_small(sender, true),
            Event::KnxConnect { .. } => self.insert_small(o.source.host(), false),
            Event::None => {}
        }
    }

    fn insert_small(&mut self, h: Host, management: bool) {
        let set = if management {
            &mut self.knx_management
        } else {
            &mut self.knx_clients
        };
        if set.len() < MAX_SMALL_SET {
            set.insert(h);
        } else {
            self.limits.other += 1;
        }
    }

    /// Close the open intervals and write the model.
    pub fn finish(mut self, tool: &str) -> Baseline {
        let cfg = self.config.clone();
        let intervals_per_phase: [u64; 2] = [0, 1].map(|p: usize| {
            self.grid
                .get(p)
                .copied()
                .flatten()
                .map_or(0, |(a, b)| u64::try_from(b - a + 1).unwrap_or(0))
        });
        let total_intervals: u64 = intervals_per_phase.iter().sum();
        let mut rates = Vec::with_capacity(self.rates.len());
        let rate_accs = std::mem::replace(&mut self.rates, Slots::with_cap(MAX_RATE_KEYS));
        for ((host, id), mut acc) in rate_accs.into_entries() {
            for c in acc.bins.open() {
                acc.hist.add(c, 1);
                acc.busy_intervals += 1;
            }
            acc.hist
                .add(0, total_intervals.saturating_sub(acc.busy_intervals));
            let histogram = hist_vec(&acc.hist);
            let window_max = acc.sliding.as_ref().map(|s| s.max);
            rates.push(RateModel {
                source: host,
                service: self.services.name(id).to_owned(),
                upper: round3(band_with_floor(&histogram, window_max, &cfg).upper),
                histogram,
                window_max,
            });
        }
        rates.sort_by(|a, b| (a.source, &a.service).cmp(&(b.source, &b.service)));
        let mut services = Vec::with_capacity(self.service_acc.len());
        let accs = std::mem::take(&mut self.service_acc)
            .into_iter()
            .zip(0u16..);
        for (mut acc, id) in accs.filter_map(|(acc, id)| Some((acc?, id))) {
            acc.close(0);
            acc.close(1);
            let histogram = hist_vec(&acc.hist);
            services.push(ServiceModel {
                service: self.services.name(id).to_owned(),
                sources: acc.distinct_sources,
                upper: round3(band(&histogram, &cfg).upper),
                histogram,
            });
        }
        services.sort_by(|a, b| a.service.cmp(&b.service));

        // Groups with fewer values than it takes to infer a type: infer from what there is.
        for acc in self.points.values_mut() {
            if acc.knx.as_ref().is_some_and(|k| !k.decided) {
                if let Some(k) = acc.knx.as_deref_mut() {
                    k.infer();
                }
                acc.replay_pending();
            }
        }
        let instance_of: FastMap<DeviceAddr, u32> =
            self.devices.keys().map(|(i, a)| (*a, *i)).collect();
        let mut points: Vec<PointModel> = self
            .points
            .iter()
            .map(|(k, acc)| self.point_model(k, acc, &instance_of))
            .collect();
        sort_large_by(&mut points, |a, b| {
            (a.protocol, a.device, &a.object, &a.property, &a.group).cmp(&(
                b.protocol,
                b.device,
                &b.object,
                &b.property,
                &b.group,
            ))
        });
        let mut devices: Vec<DeviceModel> = self
            .devices
            .iter()
            .map(|((instance, address), n)| DeviceModel {
                instance: *instance,
                address: *address,
                name: self
                    .names
                    .get(&(*address, ObjectId::new(ObjectId::DEVICE, *instance)))
                    .cloned(),
                i_am: *n,
            })
            .collect();
        devices.sort_by_key(|d| (d.instance, d.address));
        let mut hosts: Vec<HostModel> = self
            .hosts
            .iter()
            .map(|(h, n)| HostModel {
                host: *h,
                messages: *n,
            })
            .collect();
        hosts.sort_by_key(|h| h.host);
        let mut conversations: Vec<ConversationModel> = self
            .conversations
            .iter()
            .map(|((a, b), n)| ConversationModel {
                hosts: [*a, *b],
                messages: *n,
            })
            .collect();
        conversations.sort_by_key(|c| c.hosts);
        let mut routers: Vec<RouterModel> = self
            .routers
            .iter()
            .map(|(a, n)| RouterModel {
                address: *a,
                networks: n.iter().copied().collect(),
            })
            .collect();
        routers.sort_by_key(|r| r.address);
        let mut management: Vec<ManagementModel> = self
            .management
            .iter()
            .map(|((h, s), n)| ManagementModel {
                source: *h,
                service: (*s).to_owned(),
                count: *n,
            })
            .collect();
        management.sort_by(|a, b| (a.source, &a.service).cmp(&(b.source, &b.service)));
        let duration_s = match (self.first_ns, self.last_ns) {
            (Some(a), Some(b)) => (b - a) as f64 / 1e9,
            _ => 0.0,
        };
        let mut baseline = Baseline {
            format: FORMAT.to_owned(),
            version: FORMAT_VERSION,
            tool: tool.to_owned(),
            config: cfg,
            period: Period {
                first: self.first_ns.map(rfc3339),
                last: self.last_ns.map(rfc3339),
                first_ns: self.first_ns,
                last_ns: self.last_ns,
                duration_s,
                messages: self.messages,
                malformed: self.malformed,
            },
            points,
            rates,
            services,
            hosts,
            conversations,
            devices,
            routers,
            broadcast_addresses: self.broadcasts.iter().copied().collect(),
            invalid_network_sources: self.invalid_sources.iter().copied().collect(),
            bursts: Bursts {
                window_s: FLOOD_WINDOW_S,
                who_is_per_source: self.who_is.max,
                i_am_total: self.i_am.max,
                knx_group_writes_per_source: self.knx_writes.max,
                knx_authorize_per_source: self.knx_authorize.max,
            },
            management,
            knx: KnxModel {
                tunnel_clients: self.knx_clients.iter().copied().collect(),
                management_sources: self.knx_management.iter().copied().collect(),
            },
            knx_project: self.project.take(),
            limits: self.limits,
        };
        baseline.refresh_informative();
        baseline
    }

    fn point_model(
        &self,
        k: &PointKey,
        acc: &PointAcc,
        instance_of: &FastMap<DeviceAddr, u32>,
    ) -> PointModel {
        let class = if let Some(knx) = &acc.knx {
            knx_class(knx)
        } else if acc.samples > 0 && acc.all_discrete || PointClass::discrete_by_type(k) {
            match PointClass::of(k) {
                PointClass::Other => PointClass::Other,
                _ => PointClass::State,
            }
        } else {
            PointClass::of(k)
        };
        let numbers = acc.samples > 0 && acc.min.is_finite() && acc.max.is_finite();
        let mut m = PointModel {
            class: Some(class),
            samples: acc.samples,
            min: numbers.then_some(acc.min),
            max: numbers.then_some(acc.max),
            values: if numbers && class == PointClass::State {
                acc.values.clone().map(|mut v| {
                    v.sort_by(f64::total_cmp);
                    v
                })
            } else {
                None
            },
            writes: acc.writes,
            writers: {
                let mut w = acc.writers.clone();
                w.sort();
                w
            },
            many_writers: acc.many_writers,
            acked_writers: {
                let mut w = acc.acked_writers.clone();
                w.sort();
                w
            },
            ..PointModel::default()
        };
        match k {
            PointKey::Bacnet {
                device,
                object,
                property,
            } => {
                m.protocol = Some(Protocol::Bacnet);
                m.device = Some(*device);
                m.object = Some(object_text(*object));
                m.property = Some(super::observation::property_text(*property));
                m.name = self.names.get(&(*device, *object)).cloned();
                m.device_instance = instance_of.get(device).copied();
                m.device_name = m.device_instance.and_then(|i| {
                    self.names
                        .get(&(*device, ObjectId::new(ObjectId::DEVICE, i)))
                        .cloned()
                });
                m.units = self.units.get(&(*device, *object)).map(|u| units_text(*u));
            }
            PointKey::Knx { group } => {
                m.protocol = Some(Protocol::Knx);
                m.group = Some(group.to_string());
                if let Some(knx) = &acc.knx {
                    m.dpt = knx.dpt;
                    m.dpt_source = Some(knx.source);
                    m.kind = Some(knx.kind);
                    m.role = (knx.role != Role::Unknown).then_some(knx.role);
                    m.name = knx.name.clone();
                    m.path = knx.path.clone();
                    m.units = knx
                        .dpt
                        .map(Dpt::unit)
                        .filter(|u| !u.is_empty())
                        .map(str::to_owned);
                    m.max_step = (knx.kind == ValueKind::Counter && knx.last.is_some())
                        .then_some(knx.max_step);
                    m.undecodable = knx.undecodable;
                }
            }
        }
        m
    }
}

/// How strictly a KNX group's values are kept: discrete values as a set (state); a room
/// setpoint, or a value a client sent as a command, strictly (setpoint); readings and meters
/// leniently (sensor); text not at all.
fn knx_class(k: &KnxAcc) -> PointClass {
    match k.kind {
        ValueKind::Discrete => PointClass::State,
        ValueKind::Text => PointClass::Other,
        ValueKind::Counter => PointClass::Sensor,
        ValueKind::Continuous if k.role == Role::RoomSetpoint || k.commands > 0 => {
            PointClass::Setpoint
        }
        ValueKind::Continuous => PointClass::Sensor,
    }
}

/// `°C`, or the standard name when there is no symbol.
pub fn units_text(u: u32) -> String {
    units_symbol(u).map_or_else(|| units_name(u).into_owned(), str::to_owned)
}

fn hist_vec(h: &Histogram) -> Vec<[u64; 2]> {
    h.bins().map(|(c, n)| [u64::from(c), n]).collect()
}

/// Unordered pair key.
/// `v.sort_by(cmp)` for elements too large to move around cheaply (a [`PointModel`] is some
/// 300 octets): their positions are sorted, then each element is moved once.
fn sort_large_by<T>(v: &mut Vec<T>, cmp: impl Fn(&T, &T) -> std::cmp::Ordering) {
    let mut order: Vec<(usize, &T)> = v.iter().enumerate().collect();
    order.sort_by(|a, b| cmp(a.1, b.1));
    let order: Vec<usize> = order.into_iter().map(|(i, _)| i).collect();
    let mut slots: Vec<Option<T>> = std::mem::take(v).into_iter().map(Some).collect();
    *v = order
        .into_iter()
        .filter_map(|i| slots.get_mut(i).and_then(Option::take))
        .collect();
}

pub(crate) fn pair(a: Host, b: Host) -> (Host, Host) {
    if a <= b { (a, b) } else { (b, a) }
}

#[cfg(test)]
mod tests;
