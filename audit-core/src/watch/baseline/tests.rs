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

// learn.pcap frame 111: WS writes analog-value,3 present-value = 22.0 to CTL, invoke id 51;
// frame 112: CTL's SimpleACK (service 15, invoke id 51).
const WRITE_AV3: &str = "810a001801040244330f0c0080000319553e4441b000003f";
const ACK_51: &str = "810a0009010020330f";

fn bytes(hex: &str) -> Vec<u8> {
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect()
}

fn bip(src: &str, dst: &str, t_ms: i64, data: &[u8]) -> Observation {
    crate::watch::observation::bacnet_observation(
        T0 * NS + t_ms * 1_000_000,
        ep(src),
        ep(dst),
        crate::wire::bacnet::decode_bip(data),
    )
}

fn av3(b: &Baseline) -> &PointModel {
    b.points
        .iter()
        .find(|p| p.object.as_deref() == Some("analog-value,3"))
        .unwrap()
}

#[test]
fn a_simple_ack_with_the_same_invoke_id_confirms_the_write() {
    let write = bytes(WRITE_AV3);
    let ack = bytes(ACK_51);
    let mut other_id = ack.clone();
    other_id[7] = 52;
    let emitted =
        crate::wire::bacnet::apdu::Apdu::SimpleAck(crate::wire::bacnet::apdu::SimpleAckPdu {
            invoke_id: 51,
            service_choice: 15,
            reserved_bits: 0,
            trailing: Vec::new(),
        });
    let mut l = learner();
    // WS: write, then the answer 4 ms later (as in the capture).
    l.observe(&bip(WS, CTL, 0, &write));
    l.observe(&bip(CTL, WS, 4, &ack));
    // ATK: the same write, answered with another invoke id, then a late ACK.
    l.observe(&bip(ATK, CTL, 10, &write));
    l.observe(&bip(CTL, ATK, 12, &other_id));
    l.observe(&bip(CTL, ATK, 10 + PENDING_WRITE_TTL_S * 1000 + 1, &ack));
    // RTR: a write nobody answers; an ACK to the wrong host does not confirm it.
    l.observe(&bip(RTR, CTL, 20, &write));
    l.observe(&bip(CTL, WS, 22, &ack));
    // ATK's (answered late) and RTR's stay pending until swept.
    assert_eq!(l.pending_writes(), 2);
    let b = l.finish("test");
    let p = av3(&b);
    assert_eq!(p.writes, 3);
    assert_eq!(p.writers.len(), 3);
    assert_eq!(p.acked_writers, vec![host(WS)]);
    // The emitted SimpleACK is the captured one.
    let mut out = Vec::new();
    emitted.emit(&mut out);
    assert_eq!(&ack[6..], &out[..]);
}

#[test]
fn models_without_acked_writers_still_load() {
    let mut l = learner();
    l.observe(&bip(WS, CTL, 0, &bytes(WRITE_AV3)));
    l.observe(&bip(CTL, WS, 4, &bytes(ACK_51)));
    let b = l.finish("test");
    let json = b.to_json();
    assert!(json.contains("\"acked_writers\""), "{json}");
    let mut v: serde_json::Value = serde_json::from_str(&json).unwrap();
    for p in v["points"].as_array_mut().unwrap() {
        p.as_object_mut().unwrap().remove("acked_writers");
    }
    v["limits"]
        .as_object_mut()
        .unwrap()
        .remove("pending_writes");
    let old = Baseline::from_json(&v.to_string()).unwrap();
    assert!(av3(&old).acked_writers.is_empty());
    assert_eq!(av3(&old).writers, vec![host(WS)]);
    assert_eq!(Baseline::from_json(&json).unwrap(), b);
}

#[test]
fn a_flood_of_unanswered_writes_keeps_the_pending_map_at_its_cap() {
    let write = bip(ATK, CTL, 0, &bytes(WRITE_AV3));
    let mut l = learner();
    let mut most = 0;
    for i in 0..3 * MAX_PENDING_WRITES as u32 {
        let mut o = write.clone();
        o.source = Endpoint::Ip(std::net::SocketAddrV4::new(
            "198.18.1.66".parse().unwrap(),
            10_000 + (i / 256) as u16,
        ));
        o.transaction.as_mut().unwrap().invoke_id = i as u8;
        l.observe(&o);
        most = most.max(l.pending_writes());
    }
    assert_eq!(most, MAX_PENDING_WRITES);
    // A genuine write after the flood is still paired with its answer.
    l.observe(&bip(WS, CTL, 100, &bytes(WRITE_AV3)));
    l.observe(&bip(CTL, WS, 104, &bytes(ACK_51)));
    let b = l.finish("test");
    assert!(b.limits.pending_writes > 0);
    assert_eq!(av3(&b).acked_writers, vec![host(WS)]);
}

#[test]
fn a_routed_write_is_confirmed_only_by_the_station_it_went_to() {
    // learn.pcap frame 237: WS writes binary-output,1 on network 2 station c6:12:02:0a:ba:c0
    // through RTR, invoke id 110; frame 238: the SimpleACK routed back (SNET 2, same SADR).
    let write = bytes("810a001f0124000206c612020abac0ff02446e0f0c0100000119553e91013f");
    let ack = bytes("810a00120108000206c612020abac0206e0f");
    let mut other_station = ack.clone();
    other_station[15] = 0xc1;
    let mut l = learner();
    l.observe(&bip(WS, RTR, 0, &write));
    l.observe(&bip(RTR, WS, 2, &other_station));
    let b = l.finish("test");
    assert_eq!(b.points.len(), 1);
    assert!(b.points[0].acked_writers.is_empty());
    let mut l = learner();
    l.observe(&bip(WS, RTR, 0, &write));
    l.observe(&bip(RTR, WS, 2, &other_station));
    l.observe(&bip(RTR, WS, 4, &ack));
    let b = l.finish("test");
    assert_eq!(b.points[0].acked_writers, vec![host(WS)]);
    assert_eq!(l_pending_after(&write, &ack), 0);
}

fn l_pending_after(write: &[u8], ack: &[u8]) -> usize {
    let mut l = learner();
    l.observe(&bip(WS, RTR, 0, write));
    l.observe(&bip(RTR, WS, 4, ack));
    l.pending_writes()
}

#[test]
fn phase_clock_agrees_with_phase_indices() {
    use proptest::prelude::*;
    let mut runner = proptest::test_runner::TestRunner::default();
    // Mostly increasing times (a capture), with jumps back, and the ends of the i64 range.
    let time = prop_oneof![
        0i64..400_000_000_000,
        Just(i64::MAX),
        Just(i64::MAX - 1),
        Just(i64::MIN),
        any::<i64>(),
    ];
    let strategy = (1i64..120, proptest::collection::vec(time, 1..200));
    runner
        .run(&strategy, |(interval_s, times)| {
            let interval_ns = interval_s * 1_000_000_000;
            let mut clock = PhaseClock::new(interval_ns);
            for t in times {
                prop_assert_eq!(clock.indices(t), phase_indices(t, interval_ns));
            }
            Ok(())
        })
        .unwrap();
    // Every nanosecond around both grids' boundaries.
    let interval_ns = 60_000_000_000;
    let mut clock = PhaseClock::new(interval_ns);
    for base in [0, interval_ns / 2, interval_ns, 3 * interval_ns / 2] {
        for t in base - 3..base + 3 {
            assert_eq!(clock.indices(t), phase_indices(t, interval_ns), "t = {t}");
        }
    }
}

proptest::proptest! {
    /// Sorting positions then moving elements gives what a stable sort gives, ties included.
    #[test]
    fn sort_large_by_is_a_stable_sort(v in proptest::collection::vec((0u8..8, proptest::num::u16::ANY), 0..200)) {
        let mut ours = v.clone();
        sort_large_by(&mut ours, |a, b| a.0.cmp(&b.0));
        let mut std = v;
        std.sort_by_key(|a| a.0);
        proptest::prop_assert_eq!(ours, std);
    }
}

/// A KNX group write from `ia` to 3/1/1 at `t_ms`, routed by 198.18.10.20.
fn knx_temp(ia: (u8, u8, u8), v: f64, t_ms: i64) -> Observation {
    use crate::wire::knxip::dpt::{Dpt, DptValue};
    let mut o = knx("198.18.10.20:3671", ia, "group-value-write", t_ms);
    o.event = Event::KnxGroupWrite;
    let raw = Dpt::new(9, 1).encode(&DptValue::Number(v)).unwrap();
    o.points.push(crate::watch::observation::PointValue {
        point: PointKey::Knx {
            group: crate::wire::knxip::GroupAddress::new(3, 1, 1),
        },
        value: Value::Knx(KnxRaw::new(&raw).unwrap()),
        role: ValueRole::Written,
        priority: None,
    });
    o
}

#[test]
fn an_irregular_knx_sender_is_judged_by_any_window_not_by_where_the_grid_fell() {
    // Four readings within 58 s that no 60-s interval of either grid holds together (the
    // grids are cut every 30 s): the busiest grid interval holds 3, a sliding window 4.
    let mut l = learner();
    for s in [5, 29, 31, 63] {
        l.observe(&knx_temp((1, 1, 11), 21.5, s * 1000));
    }
    let b = l.finish("test");
    let r = b
        .rates
        .iter()
        .find(|r| r.service == "group-value-write")
        .unwrap();
    let grid_max = r.histogram.iter().map(|[c, _]| *c).max().unwrap();
    assert_eq!(grid_max, 3);
    assert_eq!(r.window_max, Some(4));
    assert!(r.upper >= 4.0, "{}", r.upper);
    // BACnet rates keep the grids alone.
    assert!(small().rates.iter().all(|r| r.window_max.is_none()));
}

#[test]
fn echoes_and_mirrors_are_not_rated_and_echoes_not_learned() {
    let mut l = learner();
    let original = knx_temp((1, 1, 11), 21.5, 0);
    let mut echo = knx_temp((1, 1, 11), 21.5, 3);
    echo.source = ep("198.18.10.10:3671");
    echo.flags.echo = true;
    let mut ack = knx("198.18.10.30:52009", (1, 1, 11), "tunnelling-ack", 7);
    ack.knx_source = None;
    ack.flags.mirror = true;
    for o in [&original, &echo, &ack] {
        l.observe(o);
    }
    let b = l.finish("test");
    assert_eq!(b.points[0].samples, 1);
    let counted: u64 = b
        .rates
        .iter()
        .flat_map(|r| r.histogram.iter().filter(|[c, _]| *c > 0).map(|[_, n]| *n))
        .sum();
    // One message on each of the two grids.
    assert_eq!(counted, 2, "{:?}", b.rates);
    assert!(b.rates.iter().all(|r| r.service != "tunnelling-ack"));
    // The hosts that sent the copies are still known hosts.
    assert_eq!(b.hosts.len(), 3);
}

#[test]
fn format_1_models_keep_checking_knx_values_as_raw_integers() {
    // A KNX point as format 1 wrote it: raw integers, no datapoint type.
    let json = serde_json::json!({
        "format": FORMAT, "version": 1, "tool": "bas-audit 0.1.0",
        "config": LearnConfig::default(), "period": {"duration_s": 600.0, "messages": 1, "malformed": 0},
        "points": [{"protocol": "knx", "group": "3/1/1", "class": "state", "samples": 3,
                    "min": 3116.0, "max": 3120.0, "values": [3116.0, 3119.0, 3120.0],
                    "writes": 3, "writers": ["knx 1.1.11"]}],
        "rates": [], "services": [], "hosts": [], "conversations": [], "devices": [],
        "routers": [], "broadcast_addresses": [], "bursts": Bursts::default(),
        "management": [], "knx": {"tunnel_clients": [], "management_sources": []},
        "limits": Limits::default()
    });
    let b = Baseline::from_json(&json.to_string()).unwrap();
    assert!(!b.points[0].is_typed_knx());
    let mut engine = crate::watch::Engine::new(&b);
    let mut alerts = Vec::new();
    for v in [21.8, 22.5] {
        // 21.8 °C is 0x0c42 = 3138 raw: not in the learned set.
        engine.observe(&knx_temp((1, 1, 11), v, 0), &mut |a| alerts.push(a.clone()));
    }
    let values: Vec<String> = alerts
        .iter()
        .filter(|a| a.detector == crate::watch::DetectorKind::ValueRange)
        .map(|a| a.summary.to_string())
        .collect();
    assert_eq!(values.len(), 1, "{values:?}");
    assert!(
        values[0].starts_with("group address 3/1/1 written to 3138 by knx 1.1.11"),
        "{values:?}"
    );
}
