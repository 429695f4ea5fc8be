use super::*;
use crate::watch::detectors::testkit::*;

fn small() -> Baseline {
    let mut l = learner();
    l.observe(&name_ack(CTL, WS, 2, 3, "AHU-2 supply setpoint"));
    l.observe(&units_ack(CTL, WS, 2, 3, 62));
    for s in 0..300 {
        l.observe(&plain(WS, CTL, "read-property", s));
        if s % 30 == 0 {
            l.observe(&write_av(WS, CTL, 3, 20.0 + (s / 30) as f64 * 0.2, s));
            l.observe(&write_bo(WS, CTL, 1, (s / 30 % 2) as u8, s));
        }
    }
    l.observe(&i_am(CTL, dev(CTL), 1001, 0));
    l.observe(&i_am_router(RTR, &[2, 3], 1));
    l.finish("bas-audit test")
}

#[test]
fn the_model_says_what_it_learned() {
    let b = small();
    assert_eq!(b.format, FORMAT);
    let sp = b
        .points
        .iter()
        .find(|p| {
            p.object.as_deref() == Some("analog-value,3")
                && p.property.as_deref() == Some("present-value")
        })
        .unwrap();
    assert_eq!(sp.name.as_deref(), Some("AHU-2 supply setpoint"));
    assert_eq!(sp.units.as_deref(), Some("°C"));
    assert_eq!(sp.class, Some(PointClass::Setpoint));
    assert_eq!(sp.device_instance, Some(1001));
    assert_eq!((sp.min, sp.max, sp.writes), (Some(20.0), Some(21.8), 10));
    assert_eq!(sp.writers, vec![host(WS)]);
    let bo = b
        .points
        .iter()
        .find(|p| p.object.as_deref() == Some("binary-output,1"))
        .unwrap();
    assert_eq!(bo.class, Some(PointClass::State));
    assert_eq!(bo.values.as_deref(), Some(&[0.0, 1.0][..]));
    // One read-property a second, 60 s intervals → 60 per interval (both grids).
    let rp = b
        .rates
        .iter()
        .find(|r| r.service == "read-property")
        .unwrap();
    assert_eq!(rp.source, host(WS));
    let busiest = rp.histogram.iter().max_by_key(|[_, n]| *n).unwrap();
    assert_eq!(busiest[0], 60);
    assert_eq!(b.routers[0].networks, vec![2, 3]);
    assert_eq!(b.devices[0].instance, 1001);
    assert!(!b.limits.any());
}

#[test]
fn serde_round_trip_is_exact() {
    let b = small();
    let text = b.to_json();
    let back = Baseline::from_json(&text).unwrap();
    assert_eq!(back, b);
    // Every point key survives its text form.
    for p in &b.points {
        let k = p.key().unwrap();
        assert!(back.points.iter().any(|q| q.key().unwrap() == k));
    }
}

#[test]
fn foreign_or_broken_models_are_refused() {
    let b = small();
    let mut v: serde_json::Value = serde_json::from_str(&b.to_json()).unwrap();
    v["format"] = "something-else".into();
    assert!(
        Baseline::from_json(&v.to_string())
            .unwrap_err()
            .contains("not a")
    );
    let mut v: serde_json::Value = serde_json::from_str(&b.to_json()).unwrap();
    v["version"] = 99.into();
    assert!(
        Baseline::from_json(&v.to_string())
            .unwrap_err()
            .contains("newer")
    );
    let mut v: serde_json::Value = serde_json::from_str(&b.to_json()).unwrap();
    v["config"]["interval_s"] = 0.into();
    assert!(Baseline::from_json(&v.to_string()).is_err());
    let mut v: serde_json::Value = serde_json::from_str(&b.to_json()).unwrap();
    v["points"][0]["object"] = "no-such-type,1".into();
    assert!(Baseline::from_json(&v.to_string()).is_err());
    assert!(Baseline::from_json("{").is_err());
}

#[test]
fn memory_is_bounded_by_distinct_keys_not_messages() {
    let mut l = learner();
    // Many messages, few keys: nothing dropped, model size fixed.
    for s in 0..20_000 {
        l.observe(&report_ai(CTL, WS, 1, (s % 7) as f64, s));
    }
    let b = l.finish("t");
    assert_eq!(b.points.len(), 1);
    assert!(b.rates[0].histogram.len() <= crate::watch::stats::MAX_HISTOGRAM_BINS);
    // More keys than the cap: the rest is counted, not learned.
    let mut l = learner();
    for i in 0..(MAX_POINTS + 10) as u32 {
        l.observe(&report_ai(CTL, WS, i, 1.0, 0));
    }
    let b = l.finish("t");
    assert_eq!(b.points.len(), MAX_POINTS);
    assert_eq!(b.limits.points, 10);
}

#[test]
fn editing_the_config_refreshes_the_informative_bounds() {
    let mut b = small();
    let sp = |b: &Baseline| {
        b.points
            .iter()
            .find(|p| {
                p.object.as_deref() == Some("analog-value,3")
                    && p.property.as_deref() == Some("present-value")
            })
            .unwrap()
            .allowed
            .unwrap()
    };
    let before = sp(&b);
    b.config.tolerance_setpoint = 0.0;
    b.refresh_informative();
    assert_eq!(sp(&b), [20.0, 21.8]);
    assert!(before[0] < 20.0 && before[1] > 21.8);
}

#[test]
fn two_phase_counts_see_a_burst_whole_on_one_grid() {
    let mut tp = TwoPhase::default();
    let t = 60_000_000_000i64; // interval 60 s
    // 10 messages around the 120 s boundary of grid 0 (119.5 s .. 120.4 s).
    for i in 0..10 {
        tp.add(2 * t - 500_000_000 + i * 100_000_000, t);
    }
    assert_eq!(tp.count(0), 5);
    assert_eq!(tp.count(1), 10);
}
