//! Detection: the learned model indexed for lookups ([`ModelIndex`]), the three detectors
//! (value ranges, message rates, knowledge rules) and the [`Engine`] that runs them over
//! observations and folds their alerts.
//!
//! Detectors are functions of (model, state, observation) → alert drafts; the engine owns the
//! state and the alert log. No I/O.

pub mod knx_value;
pub mod message_rate;
pub mod rules;
pub mod value_range;

use std::collections::BTreeSet;
use std::net::Ipv4Addr;

use crate::knx_project::DptSource;
use crate::text;
use crate::text::Text;
use crate::wire::bacnet::tag::ObjectId;
use crate::wire::knxip::GroupAddress;
use crate::wire::knxip::dpt::{Dpt, Role, ValueKind};

use super::alert::{Alert, AlertLog, Draft};
use super::baseline::{
    Baseline, Bursts, LearnConfig, MAX_NAMES, PointModel, band_with_floor, pair, units_text,
};
use super::keys::{FastMap, FastSet};
use super::observation::{
    DeviceAddr, Endpoint, Host, Observation, PointKey, Value, object_text, prop, property_text,
};
use super::stats::{Band, Histogram, Summary};

/// A rate band with the figures that explain it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LearnedRate {
    pub band: Band,
    pub summary: Option<Summary>,
}

impl LearnedRate {
    fn from_histogram(h: &[[u64; 2]], floor: Option<u64>, cfg: &LearnConfig) -> Self {
        let hist = Histogram::from_bins(
            h.iter()
                .map(|[c, n]| (u32::try_from(*c).unwrap_or(u32::MAX), *n)),
        );
        LearnedRate {
            band: band_with_floor(h, floor, cfg),
            summary: hist.summary(),
        }
    }
}

/// What the detectors know about a KNX group's type: from the model (learned with the ETS
/// table or inferred), or from the ETS table alone for a group the model never saw.
#[derive(Debug, Clone, PartialEq)]
pub struct KnxType {
    pub dpt: Option<Dpt>,
    pub source: DptSource,
    pub kind: ValueKind,
    pub role: Role,
    pub name: Option<String>,
}

impl KnxType {
    fn of_point(p: &PointModel) -> Option<Self> {
        Some(KnxType {
            dpt: p.dpt,
            source: p.dpt_source.unwrap_or_default(),
            kind: p.kind?,
            role: p.role.unwrap_or_default(),
            name: p.name.clone(),
        })
    }

    /// `9.001 temperature`, or the main type's title (worded where it is shown).
    pub fn type_text(&self) -> Option<Text> {
        self.dpt.map(Dpt::type_text)
    }

    /// A value of this type in words, from the number the model keeps (worded where it is
    /// shown, in the reader's language: `on`/`Ein`, `21.36 °C`/`21,36 °C`).
    pub fn value_text(&self, v: f64) -> Text {
        match self.dpt {
            Some(d) => d.value_text(v),
            None => decimal(v),
        }
    }
}

/// What the value-range check needs of a point, small enough that the map of them stays in
/// the cache (a [`PointModel`] is some 300 octets). Accepting a value here means exactly that
/// [`value_range::outside`] would find it normal; anything else goes to the full model.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum PointCheck {
    /// The accepted range.
    Range(f64, f64),
    /// A set of values, all integers in 0..64 (binary and multi-state points): bit `v` set
    /// for each value `v` learned.
    SmallSet(u64),
    /// No learned range: every value is accepted (what `outside` does without min and max).
    Any,
    /// Decided by the full model.
    Model,
}

impl PointCheck {
    pub fn new(m: &PointModel, cfg: &LearnConfig) -> Self {
        if m.is_discrete() {
            let set = m.values.as_deref().unwrap_or_default();
            let mut mask = 0u64;
            for v in set {
                match small_int(*v) {
                    Some(i) => mask |= 1 << i,
                    None => return PointCheck::Model,
                }
            }
            return PointCheck::SmallSet(mask);
        }
        match m.allowed_range(cfg) {
            Some((lo, hi)) => PointCheck::Range(lo, hi),
            None => PointCheck::Any,
        }
    }

    /// True when the value is normal for the point.
    #[inline]
    pub fn accepts(self, v: f64) -> bool {
        match self {
            PointCheck::Range(lo, hi) => (lo..=hi).contains(&v),
            PointCheck::SmallSet(mask) => small_int(v).is_some_and(|i| mask & (1 << i) != 0),
            PointCheck::Any => true,
            PointCheck::Model => false,
        }
    }
}

/// `v` as an integer in 0..64, when it is one.
fn small_int(v: f64) -> Option<u32> {
    (v.fract() == 0.0 && (0.0..64.0).contains(&v)).then_some(v as u32)
}

/// The model, indexed.
#[derive(Debug)]
pub struct ModelIndex {
    pub config: LearnConfig,
    pub points: FastMap<PointKey, PointModel>,
    /// The same points' checks (see [`PointCheck`]).
    pub checks: FastMap<PointKey, PointCheck>,
    /// Object names: learned, plus names read during detection.
    pub names: FastMap<(DeviceAddr, ObjectId), String>,
    pub units: FastMap<(DeviceAddr, ObjectId), String>,
    /// Device instance (and name) by address.
    pub devices: FastMap<DeviceAddr, (u32, Option<String>)>,
    pub instance_addrs: FastMap<u32, Vec<DeviceAddr>>,
    pub addr_instances: FastMap<DeviceAddr, Vec<u32>>,
    pub rates: FastMap<(Host, String), LearnedRate>,
    pub services: FastMap<String, (LearnedRate, u64)>,
    pub hosts: FastSet<Host>,
    pub conversations: FastSet<(Host, Host)>,
    pub routers: FastMap<Endpoint, BTreeSet<u16>>,
    pub network_routers: FastMap<u16, Vec<Endpoint>>,
    pub broadcasts: FastSet<Ipv4Addr>,
    pub invalid_network_sources: FastSet<Host>,
    pub bursts: Bursts,
    /// Management messages learned: by service, the sources that sent them and how often.
    pub management: FastMap<String, FastMap<Host, u64>>,
    pub knx_clients: FastSet<Host>,
    pub knx_management: FastSet<Host>,
    /// KNX groups' types, names and roles (model points and the ETS table).
    pub knx_types: FastMap<GroupAddress, KnxType>,
    /// Main groups each KNX individual address wrote to while learning.
    pub knx_writer_mains: FastMap<Host, u32>,
    /// The ETS table's address style (`1/2/3`, `1/234`, `2305`).
    pub knx_style: crate::knx_project::AddressStyle,
    /// How the learning period is described in alerts ("while learning (10 min)").
    pub period_text: Text,
}

impl ModelIndex {
    pub fn new(b: &Baseline) -> Self {
        let cfg = b.config.clone();
        let mut points = FastMap::with_capacity_and_hasher(b.points.len(), Default::default());
        let mut checks = FastMap::with_capacity_and_hasher(b.points.len(), Default::default());
        let mut names = FastMap::default();
        let mut units = FastMap::default();
        let mut knx_types = FastMap::default();
        let mut knx_writer_mains: FastMap<Host, u32> = FastMap::default();
        for p in &b.points {
            let Ok(key) = p.key() else { continue };
            if let PointKey::Knx { group } = key {
                if let Some(t) = KnxType::of_point(p) {
                    knx_types.insert(group, t);
                }
                for w in &p.writers {
                    *knx_writer_mains.entry(*w).or_default() |= 1 << group.main();
                }
            }
            if let PointKey::Bacnet { device, object, .. } = key {
                if let Some(n) = &p.name {
                    names.insert((device, object), n.clone());
                }
                if let Some(u) = &p.units {
                    units.insert((device, object), u.clone());
                }
                if let (Some(i), Some(n)) = (p.device_instance, &p.device_name) {
                    names.insert((device, ObjectId::new(ObjectId::DEVICE, i)), n.clone());
                }
            }
            checks.insert(key, PointCheck::new(p, &cfg));
            points.insert(key, p.clone());
        }
        let mut devices = FastMap::default();
        let mut instance_addrs: FastMap<u32, Vec<DeviceAddr>> = FastMap::default();
        let mut addr_instances: FastMap<DeviceAddr, Vec<u32>> = FastMap::default();
        for d in &b.devices {
            devices.insert(d.address, (d.instance, d.name.clone()));
            instance_addrs
                .entry(d.instance)
                .or_default()
                .push(d.address);
            addr_instances
                .entry(d.address)
                .or_default()
                .push(d.instance);
        }
        let mut routers = FastMap::default();
        let mut network_routers: FastMap<u16, Vec<Endpoint>> = FastMap::default();
        for r in &b.routers {
            routers.insert(r.address, r.networks.iter().copied().collect());
            for n in &r.networks {
                network_routers.entry(*n).or_default().push(r.address);
            }
        }
        if let Some(table) = &b.knx_project {
            for g in &table.groups {
                let Some(dpt) = g.dpt else { continue };
                knx_types.entry(g.address).or_insert_with(|| KnxType {
                    dpt: Some(dpt),
                    source: g.dpt_source,
                    kind: dpt.kind(),
                    role: g.role,
                    name: Some(g.name.clone()).filter(|n| !n.is_empty()),
                });
            }
        }
        let minutes = b.period.duration_s / 60.0;
        let period_text = if minutes >= 120.0 {
            text!(
                "watch-period-hours",
                hours = format!("{:.1}", minutes / 60.0)
            )
        } else {
            text!("watch-period-minutes", minutes = format!("{minutes:.0}"))
        };
        ModelIndex {
            rates: b
                .rates
                .iter()
                .map(|r| {
                    (
                        (r.source, r.service.clone()),
                        LearnedRate::from_histogram(&r.histogram, r.window_max, &cfg),
                    )
                })
                .collect(),
            services: b
                .services
                .iter()
                .map(|s| {
                    (
                        s.service.clone(),
                        (
                            LearnedRate::from_histogram(&s.histogram, None, &cfg),
                            s.sources,
                        ),
                    )
                })
                .collect(),
            hosts: b.hosts.iter().map(|h| h.host).collect(),
            conversations: b
                .conversations
                .iter()
                .map(|c| pair(c.hosts[0], c.hosts[1]))
                .collect(),
            broadcasts: b.broadcast_addresses.iter().copied().collect(),
            invalid_network_sources: b.invalid_network_sources.iter().copied().collect(),
            bursts: b.bursts,
            management: b.management.iter().fold(FastMap::default(), |mut m, x| {
                m.entry(x.service.clone())
                    .or_insert_with(FastMap::default)
                    .insert(x.source, x.count);
                m
            }),
            knx_clients: b.knx.tunnel_clients.iter().copied().collect(),
            knx_management: b.knx.management_sources.iter().copied().collect(),
            knx_types,
            knx_writer_mains,
            knx_style: b.knx_project.as_ref().map(|t| t.style).unwrap_or_default(),
            config: cfg,
            points,
            checks,
            names,
            units,
            devices,
            instance_addrs,
            addr_instances,
            routers,
            network_routers,
            period_text,
        }
    }

    /// Whether `sender` sent this management service while learning.
    pub fn manages(&self, sender: Host, service: &str) -> bool {
        self.management
            .get(service)
            .is_some_and(|sources| sources.contains_key(&sender))
    }

    /// `device 1001 "AHU-2 controller" (198.18.1.10:47808)`, or the address alone.
    pub fn device_label(&self, addr: &DeviceAddr) -> Text {
        let named = |i: u32, name: &String| {
            text!(
                "watch-device-named",
                instance = i.to_string(),
                name = name.as_str(),
                address = addr.to_string()
            )
        };
        match self.devices.get(addr) {
            Some((i, Some(name))) => named(*i, name),
            Some((i, None)) => match self
                .names
                .get(&(*addr, ObjectId::new(ObjectId::DEVICE, *i)))
            {
                Some(name) => named(*i, name),
                None => text!(
                    "watch-device",
                    instance = i.to_string(),
                    address = addr.to_string()
                ),
            },
            None => Text::plain(addr.to_string()),
        }
    }

    /// `"AHU-2 supply setpoint" (analog-value,3 of device 1001 ... )`; the property is named
    /// when it is not the present value. KNX: `Living room temperature (3/1/1)` with the ETS
    /// name, else `group address 3/1/1`.
    pub fn point_label(&self, key: &PointKey) -> Text {
        match key {
            PointKey::Bacnet {
                device,
                object,
                property,
            } => {
                let what = if *property == prop::PRESENT_VALUE {
                    object_text(*object)
                } else {
                    format!("{} {}", object_text(*object), property_text(*property))
                };
                match self.names.get(&(*device, *object)) {
                    Some(n) => text!(
                        "watch-point-named",
                        name = n.as_str(),
                        what = what,
                        device = self.device_label(device)
                    ),
                    None => text!(
                        "watch-point",
                        what = what,
                        device = self.device_label(device)
                    ),
                }
            }
            PointKey::Knx { group } => self.group_label(*group),
        }
    }

    /// `Living room temperature (3/1/1)`, or `group address 3/1/1`.
    pub fn group_label(&self, group: GroupAddress) -> Text {
        let address = self.knx_style.format(group);
        match self.knx_types.get(&group).and_then(|t| t.name.as_deref()) {
            Some(name) => text!("watch-group-named", name = name, group = address),
            None => text!("watch-group", group = address),
        }
    }

    /// A value in words: `active`/`inactive` for binary present values, else the number with
    /// the point's units; a KNX value as its datapoint type shows it.
    pub fn value_text(&self, key: &PointKey, v: f64) -> Text {
        match key {
            PointKey::Bacnet {
                device,
                object,
                property,
            } => {
                if *property == prop::PRESENT_VALUE && matches!(object.object_type, 3..=5) {
                    return if v == 0.0 {
                        text!("watch-binary-inactive")
                    } else if v == 1.0 {
                        text!("watch-binary-active")
                    } else {
                        decimal(v)
                    };
                }
                if let Some(u) = self.units.get(&(*device, *object)) {
                    return text!("watch-number-unit", number = number(v), unit = u.as_str());
                }
                decimal(v)
            }
            PointKey::Knx { group } => match self.knx_types.get(group) {
                Some(t) => t.value_text(v),
                None => decimal(v),
            },
        }
    }

    /// A KNX value as the number the model keeps for its group: decoded with the group's
    /// type, or the raw integer of a format-1 model; `None` when it does not decode.
    pub fn knx_number(
        &self,
        key: &PointKey,
        model: Option<&PointModel>,
        raw: super::observation::KnxRaw,
    ) -> Option<f64> {
        if model.is_some_and(|m| !m.is_typed_knx()) {
            return raw.legacy_number();
        }
        let PointKey::Knx { group } = key else {
            return None;
        };
        let dpt = self.knx_types.get(group)?.dpt?;
        raw.decode(dpt).ok()?.number()
    }

    /// Learn names and units read during detection too (object-name reads are common when an
    /// operator front end starts).
    pub fn note_names(&mut self, o: &Observation) {
        for pv in &o.points {
            let PointKey::Bacnet {
                device,
                object,
                property,
            } = pv.point
            else {
                continue;
            };
            match (&pv.value, property) {
                (Value::Text(n), prop::OBJECT_NAME) if self.names.len() < MAX_NAMES => {
                    self.names
                        .entry((device, object))
                        .or_insert_with(|| n.clone());
                }
                (Value::Number { value, .. }, prop::UNITS) if self.units.len() < MAX_NAMES => {
                    self.units
                        .entry((device, object))
                        .or_insert_with(|| units_text(*value as u32));
                }
                _ => {}
            }
        }
    }
}

/// Texts listed in a sentence ("learned values active, inactive"), each worded where the
/// sentence is shown. Nested by halves (`watch-list` joins two), so that a stored list of
/// [`super::baseline::MAX_DISCRETE_VALUES`] stays a few levels deep.
pub fn listed(items: impl IntoIterator<Item = Text>) -> Text {
    fn join(mut items: Vec<Text>) -> Text {
        match items.len() {
            0 => Text::plain(""),
            1 => items.pop().unwrap_or_default(),
            n => {
                let rest = items.split_off(n / 2);
                text!("watch-list", first = join(items), rest = join(rest))
            }
        }
    }
    join(items.into_iter().collect())
}

/// `v` as [`number`] writes it, kept as a text that shows it with the reader's decimal mark
/// (`21,5` in German and Dutch; the catalogue applies it to `watch-number*` messages).
pub fn decimal(v: f64) -> Text {
    text!("watch-number", number = number(v))
}

/// `21`, `21.5`, `21.25`, `0.125` (at most three decimals, no trailing zeros).
pub fn number(v: f64) -> String {
    let s = format!("{v:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}

/// Runs the detectors over observations.
#[derive(Debug)]
pub struct Engine {
    pub index: ModelIndex,
    rates: message_rate::MessageRate,
    rules: rules::Rules,
    knx: knx_value::KnxValues,
    log: AlertLog,
    drafts: Vec<Draft>,
    /// Values seen for points the model does not know.
    pub unknown_points: u64,
}

impl Engine {
    pub fn new(baseline: &Baseline) -> Self {
        let index = ModelIndex::new(baseline);
        Engine {
            rates: message_rate::MessageRate::new(&index.config),
            rules: rules::Rules::default(),
            knx: knx_value::KnxValues::default(),
            index,
            log: AlertLog::default(),
            drafts: Vec::new(),
            unknown_points: 0,
        }
    }

    /// Check one observation; `on_alert` gets every new alert (not the folded repeats).
    /// Returns the observation's service id (see [`Engine::service_name`]).
    pub fn observe(&mut self, o: &Observation, on_alert: &mut dyn FnMut(&Alert)) -> u16 {
        self.index.note_names(o);
        self.drafts.clear();
        // A gateway's copy (echo) is the telegram already checked; acknowledgements and
        // confirmations (mirrors) follow other traffic and are not rated.
        if !o.flags.echo {
            self.unknown_points += value_range::check(&self.index, o, &mut self.drafts);
            if o.protocol == super::observation::Protocol::Knx {
                self.unknown_points += self.knx.check(&self.index, o, &mut self.drafts);
            }
        }
        let id = self.rates.check(&self.index, o, &mut self.drafts);
        self.rules.check(&self.index, o, &mut self.drafts);
        for d in self.drafts.drain(..) {
            if let Some(a) = self.log.raise(d, o.time_ns, o.protocol, o.service) {
                on_alert(a);
            }
        }
        id
    }

    pub fn service_name(&self, id: u16) -> &'static str {
        self.rates.service_name(id)
    }

    /// Distinct sources seen so far.
    pub fn sources(&self) -> usize {
        self.rates.sources()
    }

    pub fn alerts(&self) -> &[Alert] {
        self.log.alerts()
    }

    pub fn suppressed(&self) -> u64 {
        self.log.suppressed
    }

    pub fn into_alerts(self) -> Vec<Alert> {
        self.log.into_alerts()
    }
}

#[cfg(test)]
pub(crate) mod testkit;
