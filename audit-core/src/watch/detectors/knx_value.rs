//! KNX group values in their datapoint type's terms: decoded with the group's type (from the
//! ETS project, or inferred while learning and said to be inferred), named after the project,
//! and judged by the kind of value (design §5, issue 19):
//!
//! - **continuous** (9.x, 14.x, 5.001, ...): outside the range its type, physics or its role in
//!   the building allows ([`Dpt::range_broken`]) is `value-implausible`, its own alert even for
//!   groups the model never saw; else outside the learned range, widened as BACnet analog
//!   points are (sensors more than setpoints and commands), is `value-range`;
//! - **discrete** (1.x, 3.x, 17.x, 18.x, 20.x): a value its type does not define (reserved bits,
//!   an undefined code) is `value-implausible`; a value outside the learned set only for groups
//!   that were stable while learning ([`STABLE_SAMPLES`] values, at most [`STABLE_VALUES`]
//!   distinct): scenes and modes used now and then are guarded by the writer rule instead;
//! - **counters** (12.x, 13.010–13.016): going back, or a step larger than [`COUNTER_JUMP`] times
//!   the largest step learned, between two values of this detection run (a model is reused on
//!   later visits, when the meter has moved on);
//! - **text** (16.x): not judged (the writer rule guards it);
//! - a payload whose size does not fit the type is `value-implausible` (the sender is not what
//!   the project says it is).
//!
//! Pure apart from the counters' last values (bounded).

use super::value_range::{class_text, excess};
use super::{KnxType, ModelIndex, decimal, listed};
use crate::findings::Severity;
use crate::knx_project::DptSource;
use crate::text;
use crate::text::Text;
use crate::watch::alert::{DetectorKind, Draft, DraftValue};
use crate::watch::baseline::{PointClass, PointModel};
use crate::watch::keys::FastMap;
use crate::watch::observation::{Host, KnxRaw, Observation, PointKey, Value, ValueRole};
use crate::wire::knxip::GroupAddress;
use crate::wire::knxip::dpt::{Decoded, Dpt, RangeBasis, Role, ValueKind, ValueRange};

/// A discrete group's learned set is enforced only when it held at least this many values...
pub const STABLE_SAMPLES: u64 = 20;
/// ... and at most this many distinct ones while learning.
pub const STABLE_VALUES: usize = 4;
/// A counter step larger than this many times the largest learned step is a jump.
pub const COUNTER_JUMP: f64 = 5.0;
/// Counters followed during one detection run.
pub const MAX_COUNTERS: usize = 65_536;

/// The state of one detection run: the last value of each counter.
#[derive(Debug, Default)]
pub struct KnxValues {
    counters: FastMap<GroupAddress, f64>,
}

/// What every KNX value alert is built from.
struct Seen<'a> {
    idx: &'a ModelIndex,
    o: &'a Observation,
    group: GroupAddress,
    role: ValueRole,
    t: &'a KnxType,
    model: Option<&'a PointModel>,
    sender: Host,
    label: Text,
}

impl KnxValues {
    /// Check the KNX group values of `o`; returns how many belonged to groups the model does
    /// not know.
    pub fn check(&mut self, idx: &ModelIndex, o: &Observation, out: &mut Vec<Draft>) -> u64 {
        let mut unknown = 0;
        for pv in &o.points {
            let (PointKey::Knx { group }, &Value::Knx(raw)) = (pv.point, &pv.value) else {
                continue;
            };
            let model = idx.points.get(&pv.point);
            if model.is_some_and(|m| !m.is_typed_knx()) {
                // Format-1 model: raw integers, checked by value_range.
                continue;
            }
            if model.is_none() {
                unknown += 1;
            }
            let Some(t) = idx.knx_types.get(&group) else {
                continue;
            };
            let Some(dpt) = t.dpt else { continue };
            let seen = Seen {
                idx,
                o,
                group,
                role: pv.role,
                t,
                model,
                sender: o.sender(),
                label: idx.group_label(group),
            };
            let decoded = match raw.decode(dpt) {
                Ok(d) => d,
                Err(_) => {
                    out.push(mismatch(&seen, raw, dpt));
                    continue;
                }
            };
            if decoded.flags.undefined || decoded.flags.reserved_bits {
                // An inferred type is the narrowest that fits what learning saw: a larger
                // value says the guess was too narrow, not that the sender breaks the type.
                if t.source == DptSource::Ets {
                    out.push(undefined(&seen, &decoded));
                }
                continue;
            }
            let Some(v) = decoded.number() else { continue };
            match t.kind {
                ValueKind::Continuous => {
                    if let Some(broken) = dpt.range_broken(t.role, v) {
                        out.push(implausible(&seen, &decoded, v, broken));
                    } else if let Some(d) = outside_range(&seen, &decoded, v) {
                        out.push(d);
                    }
                }
                ValueKind::Discrete => out.extend(outside_set(&seen, &decoded, v)),
                ValueKind::Counter => {
                    let last = self.counters.get(&group).copied();
                    if self.counters.len() < MAX_COUNTERS || last.is_some() {
                        self.counters.insert(group, v);
                    }
                    if let Some(last) = last {
                        out.extend(counter(&seen, &decoded, last, v));
                    }
                }
                ValueKind::Text => {}
            }
        }
        unknown
    }
}

/// The learned normal of a continuous group, short: `21.36–21.94 °C (sensor, ±50 %)`.
fn normal_short(s: &Seen<'_>) -> Text {
    match s.model.and_then(|m| Some((m, m.min?, m.max?))) {
        Some((m, min, max)) => text!(
            "watch-knx-normal-range",
            min = s.t.value_text(min),
            max = s.t.value_text(max),
            class = class_text(m.class()),
            tolerance = percent(m.tolerance(&s.idx.config))
        ),
        None => text!(
            "watch-knx-never-learned",
            period = s.idx.period_text.clone()
        ),
    }
}

/// `; its type 9.001 temperature is inferred from traffic`, or nothing for an ETS type.
fn inferred_note(t: &KnxType) -> Text {
    match (t.source, t.type_text()) {
        (DptSource::Ets, _) | (_, None) => Text::plain(""),
        (_, Some(ty)) => text!("watch-knx-inferred-note", dpt = ty),
    }
}

/// `9.001 temperature, from the ETS project` or `..., inferred from traffic`.
fn type_text(t: &KnxType) -> Text {
    let ty = t.type_text().unwrap_or_default();
    match t.source {
        DptSource::Ets => text!("watch-knx-type-ets", dpt = ty),
        _ => text!("watch-knx-type-inferred", dpt = ty),
    }
}

fn percent(t: f64) -> Text {
    decimal(t * 100.0)
}

/// The value in words (`84.96 °C`, `on`), worded where it is shown.
fn words(d: &Decoded) -> Text {
    d.words()
}

/// Summary for a value outside its normal (`$why` for implausible values).
fn summary(s: &Seen<'_>, value: &Text, normal: Text, why: Option<Text>) -> Text {
    let sender = s.sender.to_string();
    let note = inferred_note(s.t);
    match (why, set_value(s)) {
        (Some(why), true) => text!(
            "watch-knx-implausible-written",
            label = s.label.clone(),
            value = value.clone(),
            sender = sender,
            why = why,
            normal = normal,
            note = note
        ),
        (Some(why), false) => text!(
            "watch-knx-implausible-reported",
            label = s.label.clone(),
            value = value.clone(),
            sender = sender,
            why = why,
            normal = normal,
            note = note
        ),
        (None, true) => text!(
            "watch-knx-written",
            label = s.label.clone(),
            value = value.clone(),
            sender = sender,
            normal = normal,
            who = who(s),
            note = note
        ),
        (None, false) => text!(
            "watch-knx-reported",
            label = s.label.clone(),
            value = value.clone(),
            sender = sender,
            normal = normal,
            note = note
        ),
    }
}

/// Whether the value sets something (a client's command, or a write to a group learned as a
/// setpoint or command) rather than reports a reading: said "written to", not "reported".
fn set_value(s: &Seen<'_>) -> bool {
    s.o.flags.knx_request
        || (s.role == ValueRole::Written
            && (s.t.role == Role::RoomSetpoint
                || s.model.is_some_and(|m| m.class() == PointClass::Setpoint)))
}

/// Whether `sender` wrote the group before, in words.
fn who(s: &Seen<'_>) -> Text {
    let sender = s.sender.to_string();
    match s.model {
        Some(m) if m.writers.contains(&s.sender) => {
            text!("watch-value-writer-known", sender = sender)
        }
        Some(m) if m.writes > 0 => text!("watch-value-writer-new", sender = sender),
        _ => text!("watch-value-writer-nobody"),
    }
}

fn observed(s: &Seen<'_>, value: &Text) -> Text {
    let source = s.o.source.to_string();
    match s.role {
        ValueRole::Written => text!(
            "watch-knx-observed-written",
            value = value.clone(),
            service = s.o.service,
            source = source
        ),
        ValueRole::Reported => text!(
            "watch-knx-observed-reported",
            value = value.clone(),
            service = s.o.service,
            source = source
        ),
    }
}

/// Severity of a value alert: a command is High, a reading Medium (as for BACnet points).
fn value_severity(s: &Seen<'_>) -> Severity {
    if s.role == ValueRole::Written {
        Severity::High
    } else {
        Severity::Medium
    }
}

fn value_action(s: &Seen<'_>) -> Text {
    if set_value(s) {
        text!(
            "watch-knx-value-written-action",
            sender = s.sender.to_string()
        )
    } else {
        text!("watch-knx-value-reported-action")
    }
}

/// The subject for folding: the group and the side of its normal the value left. A write and
/// a read response of the same group carry the same value: one subject.
fn key(s: &Seen<'_>, what: &str) -> String {
    format!("knx|{}|{what}", s.group)
}

/// Outside the learned range (continuous values).
fn outside_range(s: &Seen<'_>, d: &Decoded, v: f64) -> Option<Draft> {
    let m = s.model?;
    let (lo, hi) = m.allowed_range(&s.idx.config)?;
    if (lo..=hi).contains(&v) {
        return None;
    }
    let (min, max) = (m.min?, m.max?);
    let value = words(d);
    let normal = text!(
        "watch-knx-range-normal",
        min = s.t.value_text(min),
        max = s.t.value_text(max),
        samples = m.samples,
        period = s.idx.period_text.clone(),
        low = s.t.value_text(lo),
        high = s.t.value_text(hi),
        class = class_text(m.class()),
        tolerance = percent(m.tolerance(&s.idx.config)),
        datatype = type_text(s.t)
    );
    Some(Draft {
        detector: DetectorKind::ValueRange,
        rule: None,
        severity: value_severity(s),
        key: key(s, if v > hi { "above" } else { "below" }),
        source: s.sender.to_string(),
        target: Some(s.label.clone()),
        summary: summary(s, &value, normal_short(s), None),
        observed: observed(s, &value),
        normal,
        action: value_action(s),
        value: Some(DraftValue {
            number: v,
            words: value,
            excess: excess(v, lo, hi),
        }),
    })
}

/// Outside what the type, physics or the group's role allows.
fn implausible(s: &Seen<'_>, d: &Decoded, v: f64, broken: ValueRange) -> Draft {
    let dpt = d.dpt;
    let (low, high) = (dpt.value_text(broken.min), dpt.value_text(broken.max));
    let why = match (broken.basis, s.t.role) {
        (RangeBasis::Building, Role::RoomTemperature) => {
            text!("watch-knx-why-room", low = low.clone(), high = high.clone())
        }
        (RangeBasis::Building, Role::RoomSetpoint) => {
            text!(
                "watch-knx-why-setpoint",
                low = low.clone(),
                high = high.clone()
            )
        }
        (RangeBasis::Building, Role::OutdoorTemperature) => {
            text!(
                "watch-knx-why-outdoor",
                low = low.clone(),
                high = high.clone()
            )
        }
        (RangeBasis::Building, _) => {
            text!(
                "watch-knx-why-water",
                low = low.clone(),
                high = high.clone()
            )
        }
        (RangeBasis::Physics, _) => {
            text!(
                "watch-knx-why-physics",
                low = low.clone(),
                high = high.clone()
            )
        }
        (RangeBasis::Specification, _) => text!(
            "watch-knx-why-specification",
            dpt = dpt.to_string(),
            low = low.clone(),
            high = high.clone()
        ),
    };
    let value = words(d);
    // A client's command to an implausible value drives equipment: critical.
    let command = s.o.flags.knx_request;
    let normal = text!(
        "watch-knx-implausible-normal",
        why = why.clone(),
        learned = normal_short(s),
        datatype = type_text(s.t)
    );
    Draft {
        detector: DetectorKind::ValueImplausible,
        rule: None,
        severity: if command {
            Severity::Critical
        } else {
            Severity::High
        },
        key: key(s, if v > broken.max { "above" } else { "below" }),
        source: s.sender.to_string(),
        target: Some(s.label.clone()),
        summary: summary(s, &value, normal_short(s), Some(why)),
        observed: observed(s, &value),
        normal,
        action: if set_value(s) {
            text!(
                "watch-knx-implausible-command-action",
                source = s.o.source.to_string()
            )
        } else {
            text!(
                "watch-knx-implausible-action",
                sender = s.sender.to_string()
            )
        },
        value: Some(DraftValue {
            number: v,
            words: value,
            excess: excess(v, broken.min, broken.max),
        }),
    }
}

/// A discrete value outside the set of a group that was stable while learning.
fn outside_set(s: &Seen<'_>, d: &Decoded, v: f64) -> Option<Draft> {
    let m = s.model?;
    let set = m.values.as_deref()?;
    if m.samples < STABLE_SAMPLES || set.len() > STABLE_VALUES || set.contains(&v) {
        return None;
    }
    let value = words(d);
    let values = listed(set.iter().map(|x| s.t.value_text(*x)));
    let normal = text!(
        "watch-set-normal",
        values = values.clone(),
        samples = m.samples,
        period = s.idx.period_text.clone()
    );
    Some(Draft {
        detector: DetectorKind::ValueRange,
        rule: None,
        severity: value_severity(s),
        key: key(s, "set"),
        source: s.sender.to_string(),
        target: Some(s.label.clone()),
        summary: summary(s, &value, values, None),
        observed: observed(s, &value),
        normal,
        action: value_action(s),
        value: Some(DraftValue {
            number: v,
            words: value,
            excess: 0.0,
        }),
    })
}

/// A meter going back, or jumping.
fn counter(s: &Seen<'_>, d: &Decoded, last: f64, v: f64) -> Option<Draft> {
    let m = s.model?;
    let step = m.max_step.unwrap_or(0.0).max(1.0);
    let back = v < last;
    if !back && v - last <= COUNTER_JUMP * step {
        return None;
    }
    let (value, last_words) = (words(d), s.t.value_text(last));
    let note = inferred_note(s.t);
    let summary = if back {
        text!(
            "watch-knx-counter-back",
            label = s.label.clone(),
            last = last_words.clone(),
            value = value.clone(),
            sender = s.sender.to_string(),
            note = note
        )
    } else {
        text!(
            "watch-knx-counter-jump",
            label = s.label.clone(),
            last = last_words.clone(),
            value = value.clone(),
            sender = s.sender.to_string(),
            step = s.t.value_text(step),
            note = note
        )
    };
    Some(Draft {
        detector: DetectorKind::ValueRange,
        rule: None,
        severity: Severity::Medium,
        key: key(s, if back { "back" } else { "jump" }),
        source: s.sender.to_string(),
        target: Some(s.label.clone()),
        summary,
        observed: observed(s, &value),
        normal: text!(
            "watch-knx-counter-normal",
            step = s.t.value_text(step),
            period = s.idx.period_text.clone(),
            datatype = type_text(s.t)
        ),
        action: text!("watch-knx-counter-action"),
        value: Some(DraftValue {
            number: v,
            words: value,
            excess: ((v - last).abs() / step).max(0.0),
        }),
    })
}

/// A value its type does not define (reserved bits, an undefined code).
fn undefined(s: &Seen<'_>, d: &Decoded) -> Draft {
    let value = words(d);
    Draft {
        detector: DetectorKind::ValueImplausible,
        rule: None,
        severity: Severity::High,
        key: key(s, "undefined"),
        source: s.sender.to_string(),
        target: Some(s.label.clone()),
        summary: text!(
            "watch-knx-undefined",
            label = s.label.clone(),
            value = value.clone(),
            sender = s.sender.to_string(),
            dpt = d.dpt.to_string(),
            note = inferred_note(s.t)
        ),
        observed: observed(s, &value),
        normal: text!("watch-knx-type-normal", datatype = type_text(s.t)),
        action: text!("watch-knx-mismatch-action", sender = s.sender.to_string()),
        value: None,
    }
}

/// A payload whose size does not fit the type.
fn mismatch(s: &Seen<'_>, raw: KnxRaw, dpt: Dpt) -> Draft {
    let size = match raw.size() {
        None => text!("watch-knx-size-bits"),
        Some(n) => text!("watch-knx-size-octets", octets = n),
    };
    let value = Text::plain(raw.hex());
    Draft {
        detector: DetectorKind::ValueImplausible,
        rule: None,
        severity: Severity::High,
        key: key(s, "size"),
        source: s.sender.to_string(),
        target: Some(s.label.clone()),
        summary: text!(
            "watch-knx-mismatch",
            label = s.label.clone(),
            size = size,
            sender = s.sender.to_string(),
            dpt = dpt.to_string(),
            note = inferred_note(s.t)
        ),
        observed: observed(s, &value),
        normal: text!("watch-knx-type-normal", datatype = type_text(s.t)),
        action: text!("watch-knx-mismatch-action", sender = s.sender.to_string()),
        value: None,
    }
}

#[cfg(test)]
mod tests;
