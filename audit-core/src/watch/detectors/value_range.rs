//! Value ranges: every number a device reports or is written, checked against the range (or,
//! for binary and multi-state values, the set) learned for its (device, object, property).
//! Only values of known points are checked; the count of the others is returned.

use super::ModelIndex;
use crate::findings::Severity;
use crate::watch::alert::{DetectorKind, Draft};
use crate::watch::baseline::PointModel;
use crate::watch::observation::{Observation, PointKey, Value, ValueRole};

/// Check the values in `o`; returns how many belonged to points the model does not know.
pub fn check(idx: &ModelIndex, o: &Observation, out: &mut Vec<Draft>) -> u64 {
    let mut unknown = 0;
    for pv in &o.points {
        let Value::Number { value, .. } = pv.value else {
            continue;
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
                    (true, _) => format!("{sender} wrote it before"),
                    (false, 0) => "nobody wrote it while learning".to_owned(),
                    (false, _) => format!("{sender} never wrote it before"),
                };
                (
                    format!("{label} written to {shown} by {sender}; {normal}; {who}"),
                    Severity::High,
                    format!(
                        "Ask the operator whether {sender} was meant to set this value. If not, \
                         put the point back to its normal value, find out who used {sender}, and \
                         restrict who may write to the device (BACnet firewall rules, device \
                         passwords, a separate operator network)."
                    ),
                )
            }
            ValueRole::Reported => (
                format!(
                    "{label} reported {shown} (seen by {} {}); {normal}",
                    o.service,
                    direction(o)
                ),
                Severity::Medium,
                "Check the equipment and recent writes: a value outside its learned range \
                 means a fault, a manual override, an unusual season, or the effect of a write \
                 someone made. If the new range is right, relearn or widen this point's \
                 tolerance in the model."
                    .to_owned(),
            ),
        };
        out.push(Draft {
            detector: DetectorKind::ValueRange,
            rule: None,
            severity,
            key: format!("{}|{:?}", pv.point, pv.role),
            source: sender.to_string(),
            target: Some(label),
            summary,
            observed: format!("{} {shown} in {}", verb(pv.role), o.service),
            normal,
            action,
        });
    }
    unknown
}

fn verb(role: ValueRole) -> &'static str {
    match role {
        ValueRole::Written => "wrote",
        ValueRole::Reported => "reported",
    }
}

fn direction(o: &Observation) -> String {
    format!("from {}", o.source)
}

/// `None` when the value is normal; else the learned normal in words.
pub fn outside(idx: &ModelIndex, key: &PointKey, m: &PointModel, v: f64) -> Option<String> {
    let cfg = &idx.config;
    let values = m.samples;
    if m.is_discrete() {
        let set = m.values.as_deref().unwrap_or_default();
        if set.contains(&v) {
            return None;
        }
        let seen: Vec<String> = set.iter().map(|x| idx.value_text(key, *x)).collect();
        return Some(format!(
            "learned values {} from {values} values {}",
            seen.join(", "),
            idx.period_text
        ));
    }
    let (lo, hi) = m.allowed_range(cfg)?;
    if (lo..=hi).contains(&v) {
        return None;
    }
    let (min, max) = (m.min?, m.max?);
    Some(format!(
        "learned range {}–{} from {values} values {} (accepted {}–{} with {} tolerance {})",
        idx.value_text(key, min),
        idx.value_text(key, max),
        idx.period_text,
        super::number(lo),
        super::number(hi),
        m.class().name(),
        super::number(m.tolerance(cfg)),
    ))
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
        assert!(out[0].summary.contains("inactive"), "{}", out[0].summary);
        assert!(
            out[0].normal.contains("learned values active"),
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
            d.summary.contains("\"AHU-2 supply setpoint\""),
            "{}",
            d.summary
        );
        assert!(
            d.summary.contains("written to 31 °C by 198.18.1.66"),
            "{}",
            d.summary
        );
        assert!(
            d.summary
                .contains("learned range 17 °C–19.5 °C from 2 values"),
            "{}",
            d.summary
        );
        assert!(
            d.summary.contains("198.18.1.66 never wrote it before"),
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
