//! Value ranges: every number a device reports or is written, checked against the range (or,
//! for binary and multi-state values, the set) learned for its (device, object, property).
//! Only values of known points are checked; the count of the others is returned. KNX group
//! values of models with datapoint types are checked in [`super::knx_value`]; here only those
//! of format-1 models (raw integers, as they were learned).

use super::{ModelIndex, listed};
use crate::findings::Severity;
use crate::text;
use crate::text::Text;
use crate::watch::alert::{DetectorKind, Draft, DraftValue};
use crate::watch::baseline::PointModel;
use crate::watch::observation::{Observation, PointKey, Value, ValueRole};

/// Check the values in `o`; returns how many belonged to points the model does not know.
pub fn check(idx: &ModelIndex, o: &Observation, out: &mut Vec<Draft>) -> u64 {
    let mut unknown = 0;
    for pv in &o.points {
        let value = match pv.value {
            Value::Number { value, .. } => value,
            // Format-1 models learned KNX values as raw integers: check them so.
            Value::Knx(raw) => match idx.points.get(&pv.point) {
                Some(m) if !m.is_typed_knx() => match raw.legacy_number() {
                    Some(v) => v,
                    None => continue,
                },
                _ => continue,
            },
            _ => continue,
        };
        let Some(check) = idx.checks.get(&pv.point) else {
            unknown += 1;
            continue;
        };
        if check.accepts(value) {
            continue;
        }
        let Some(model) = idx.points.get(&pv.point) else {
            continue;
        };
        let Some(normal) = outside(idx, &pv.point, model, value) else {
            continue;
        };
        let label = idx.point_label(&pv.point);
        let shown = idx.value_text(&pv.point, value);
        let sender = o.sender();
        let (summary, severity, action) = match pv.role {
            ValueRole::Written => {
                let who = match (model.writers.contains(&sender), model.writes) {
                    (true, _) => text!("watch-value-writer-known", sender = sender.to_string()),
                    (false, 0) => text!("watch-value-writer-nobody"),
                    (false, _) => text!("watch-value-writer-new", sender = sender.to_string()),
                };
                (
                    text!(
                        "watch-value-written",
                        label = label.clone(),
                        value = shown.clone(),
                        sender = sender.to_string(),
                        normal = normal.clone(),
                        who = who
                    ),
                    Severity::High,
                    text!("watch-value-written-action", sender = sender.to_string()),
                )
            }
            ValueRole::Reported => (
                text!(
                    "watch-value-reported",
                    label = label.clone(),
                    value = shown.clone(),
                    service = o.service,
                    source = o.source.to_string(),
                    normal = normal.clone()
                ),
                Severity::Medium,
                text!("watch-value-reported-action"),
            ),
        };
        let observed = match pv.role {
            ValueRole::Written => text!(
                "watch-value-observed-written",
                value = shown.clone(),
                service = o.service
            ),
            ValueRole::Reported => text!(
                "watch-value-observed-reported",
                value = shown.clone(),
                service = o.service
            ),
        };
        let excess = model
            .allowed_range(&idx.config)
            .filter(|_| !model.is_discrete())
            .map_or(0.0, |(lo, hi)| excess(value, lo, hi));
        out.push(Draft {
            detector: DetectorKind::ValueRange,
            rule: None,
            severity,
            key: format!("{}|{:?}|{}", pv.point, pv.role, side(model, idx, value)),
            source: sender.to_string(),
            target: Some(label),
            summary,
            observed,
            normal,
            action,
            value: Some(DraftValue {
                number: value,
                words: shown.clone(),
                excess,
            }),
        });
    }
    unknown
}

/// How far `v` lies outside `lo..=hi`, in widths of the range (a range of width 0 counts as
/// one of its value's size, or 1).
pub fn excess(v: f64, lo: f64, hi: f64) -> f64 {
    let width = (hi - lo).abs();
    let width = if width > 0.0 {
        width
    } else {
        lo.abs().max(1.0)
    };
    if v > hi {
        (v - hi) / width
    } else if v < lo {
        (lo - v) / width
    } else {
        0.0
    }
}

/// Which side of the normal a value left: values above and below are separate alerts (a
/// value below never folds into an alert about a value above).
fn side(m: &PointModel, idx: &ModelIndex, v: f64) -> &'static str {
    match m.allowed_range(&idx.config) {
        Some((_, hi)) if !m.is_discrete() && v > hi => "above",
        Some((lo, _)) if !m.is_discrete() && v < lo => "below",
        _ => "set",
    }
}

/// `None` when the value is normal; else the learned normal in words.
pub fn outside(idx: &ModelIndex, key: &PointKey, m: &PointModel, v: f64) -> Option<Text> {
    let cfg = &idx.config;
    let values = m.samples;
    if m.is_discrete() {
        let set = m.values.as_deref().unwrap_or_default();
        if set.contains(&v) {
            return None;
        }
        let seen = listed(set.iter().map(|x| idx.value_text(key, *x)));
        return Some(text!(
            "watch-set-normal",
            values = seen,
            samples = values,
            period = idx.period_text.clone()
        ));
    }
    let (lo, hi) = m.allowed_range(cfg)?;
    if (lo..=hi).contains(&v) {
        return None;
    }
    let (min, max) = (m.min?, m.max?);
    Some(text!(
        "watch-range-normal",
        min = idx.value_text(key, min),
        max = idx.value_text(key, max),
        samples = values,
        period = idx.period_text.clone(),
        low = super::decimal(lo),
        high = super::decimal(hi),
        class = class_text(m.class()),
        tolerance = super::decimal(m.tolerance(cfg)),
    ))
}

/// A point class in words.
pub fn class_text(c: crate::watch::baseline::PointClass) -> Text {
    use crate::watch::baseline::PointClass;
    match c {
        PointClass::Setpoint => text!("watch-class-setpoint"),
        PointClass::Output => text!("watch-class-output"),
        PointClass::Sensor => text!("watch-class-sensor"),
        PointClass::State => text!("watch-class-state"),
        PointClass::Other => text!("watch-class-other"),
    }
}

#[cfg(test)]
mod tests {
    use super::super::PointCheck;
    use super::super::testkit::*;
    use super::*;
    use crate::watch::baseline::PointClass;
    use crate::wire::bacnet::tag::ObjectId;
    use proptest::prelude::*;

    #[test]
    fn table_of_values_against_a_learned_setpoint_and_sensor() {
        // Learned: setpoint 20.0–22.0 written by the workstation, sensor 19.0–23.0 reported.
        let mut l = learner();
        for v in [20.0, 21.0, 22.0] {
            l.observe(&write_av(WS, CTL, 3, v, 0));
        }
        for v in [19.0, 21.0, 23.0] {
            l.observe(&report_ai(CTL, WS, 1, v, 0));
        }
        let idx = index(l);
        // (what, observation, alerts expected)
        let table: Vec<(&str, Observation, usize)> = vec![
            ("setpoint inside", write_av(WS, CTL, 3, 21.5, 1), 0),
            // margin = 0.1 × max(2, 21) = 2.1 → accepted 17.9–24.1
            (
                "setpoint within tolerance",
                write_av(WS, CTL, 3, 24.0, 1),
                0,
            ),
            ("setpoint +5 °C", write_av(WS, CTL, 3, 27.0, 1), 1),
            ("setpoint far below", write_av(WS, CTL, 3, 5.0, 1), 1),
            // sensor: margin = 0.5 × max(4, 21) = 10.5 → accepted 8.5–33.5
            ("sensor noisy but fine", report_ai(CTL, WS, 1, 30.0, 1), 0),
            ("sensor broken", report_ai(CTL, WS, 1, 85.0, 1), 1),
            (
                "unknown point is not checked",
                report_ai(CTL, WS, 9, 1e9, 1),
                0,
            ),
        ];
        for (what, o, want) in table {
            let mut out = Vec::new();
            check(&idx, &o, &mut out);
            assert_eq!(out.len(), want, "{what}: {out:?}");
        }
    }

    #[test]
    fn binary_values_are_a_set_and_a_seen_value_passes() {
        let mut l = learner();
        l.observe(&write_bo(WS, CTL, 1, 0, 0));
        l.observe(&write_bo(WS, CTL, 1, 1, 0));
        let idx = index(l);
        let mut out = Vec::new();
        // Tampering1's value is one the operator also writes: the value detector is silent
        // (the writer rule is what catches it).
        check(&idx, &write_bo(ATK, CTL, 1, 0, 1), &mut out);
        assert!(out.is_empty());
        let mut l = learner();
        l.observe(&write_bo(WS, CTL, 1, 1, 0));
        let idx = index(l);
        check(&idx, &write_bo(WS, CTL, 1, 0, 1), &mut out);
        assert_eq!(out.len(), 1);
        assert!(
            out[0].summary.to_string().contains("inactive"),
            "{}",
            out[0].summary
        );
        assert!(
            out[0].normal.to_string().contains("learned values active"),
            "{}",
            out[0].normal
        );
    }

    #[test]
    fn the_alert_explains_itself() {
        let mut l = learner();
        l.observe(&name_ack(CTL, WS, 2, 3, "AHU-2 supply setpoint"));
        l.observe(&units_ack(CTL, WS, 2, 3, 62)); // degrees-celsius
        for v in [17.0, 19.5] {
            l.observe(&write_av(WS, CTL, 3, v, 0));
        }
        let idx = index(l);
        let mut out = Vec::new();
        check(&idx, &write_av(ATK, CTL, 3, 31.0, 1), &mut out);
        let d = &out[0];
        assert_eq!(d.severity, Severity::High);
        assert!(
            d.summary.to_string().contains("\"AHU-2 supply setpoint\""),
            "{}",
            d.summary
        );
        assert!(
            d.summary
                .to_string()
                .contains("written to 31 °C by 198.18.1.66"),
            "{}",
            d.summary
        );
        assert!(
            d.summary
                .to_string()
                .contains("learned range 17 °C–19.5 °C from 2 values"),
            "{}",
            d.summary
        );
        assert!(
            d.summary
                .to_string()
                .contains("198.18.1.66 never wrote it before"),
            "{}",
            d.summary
        );
        assert!(!d.action.is_empty());
    }

    #[test]
    fn a_per_point_tolerance_overrides_the_class() {
        let mut l = learner();
        for v in [20.0, 22.0] {
            l.observe(&write_av(WS, CTL, 3, v, 0));
        }
        let mut b = l.finish("test");
        let o = write_av(WS, CTL, 3, 23.0, 1);
        let mut out = Vec::new();
        check(&ModelIndex::new(&b), &o, &mut out);
        assert!(out.is_empty(), "class tolerance 0.1 accepts 23");
        b.points[0].tolerance = Some(0.0);
        check(&ModelIndex::new(&b), &o, &mut out);
        assert_eq!(out.len(), 1);
    }

    proptest::proptest! {
        /// The compact check in front of the model never accepts what `outside` would alert
        /// on, and decides alone (without the model) exactly as `outside` does.
        #[test]
        fn point_check_agrees_with_outside(
            class in proptest::sample::select(vec![
                PointClass::Setpoint, PointClass::Output, PointClass::Sensor, PointClass::State,
                PointClass::Other,
            ]),
            bounds in proptest::option::of((-100.0f64..100.0, 0.0f64..50.0)),
            values in proptest::option::of(proptest::collection::vec(
                proptest::prop_oneof![0u8..70, 0u8..3].prop_map(f64::from), 0..6)),
            fractional in proptest::option::of(-3.0f64..3.0),
            tolerance in proptest::option::of(0.0f64..0.5),
            v in proptest::prop_oneof![
                -120.0f64..120.0,
                (0u8..70).prop_map(f64::from),
                proptest::sample::select(vec![-0.0, 0.5, 63.0, 64.0, f64::NAN]),
            ],
            // Half the time, the value is moved to just inside or outside an end of the range.
            near_end in proptest::option::of((any::<bool>(), -1.0f64..1.0)),
        ) {
            let mut values = values;
            if let (Some(set), Some(x)) = (values.as_mut(), fractional) {
                set.push(x);
            }
            let m = PointModel {
                class: Some(class),
                min: bounds.map(|(lo, _)| lo),
                max: bounds.map(|(lo, span)| lo + span),
                values,
                tolerance,
                samples: 5,
                ..PointModel::default()
            };
            let idx = index(learner());
            let v = match (near_end, m.allowed_range(&idx.config)) {
                (Some((upper, d)), Some((lo, hi))) => if upper { hi + d } else { lo - d },
                _ => v,
            };
            let key = PointKey::Bacnet {
                device: dev(CTL),
                object: ObjectId::new(2, 1),
                property: crate::watch::observation::prop::PRESENT_VALUE,
            };
            let check = PointCheck::new(&m, &idx.config);
            let normal = outside(&idx, &key, &m, v).is_none();
            if check.accepts(v) {
                prop_assert!(normal, "{check:?} accepted {v} that outside alerts on");
            } else if check != PointCheck::Model {
                prop_assert!(!normal, "{check:?} refused {v} that outside finds normal");
            }
        }
    }
}
