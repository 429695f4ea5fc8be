//! The KNX value models as tables: what is learned from typed values, and which values of
//! each kind alert, with and without an ETS type.

use super::*;
use crate::knx_project::{self, GroupAddressTable};
use crate::watch::baseline::{LearnConfig, Learner};
use crate::watch::detectors::testkit::knx;
use crate::watch::observation::{PointValue, Points};
use crate::wire::knxip::apdu::GroupValue;
use crate::wire::knxip::dpt::DptValue;

const ROUTER: &str = "198.18.10.20:3671";
const VIS: &str = "198.18.10.30:52009";

fn ets() -> GroupAddressTable {
    let csv = "\"Group name\";\"Address\";\"DatapointType\"\n\
               \"Living room temperature\";\"3/1/1\";\"DPST-9-1\"\n\
               \"Living room setpoint\";\"3/2/1\";\"DPST-9-1\"\n\
               \"Living room HVAC mode\";\"3/4/1\";\"DPST-20-102\"\n\
               \"Living room ceiling light\";\"1/1/1\";\"DPST-1-1\"\n\
               \"Active energy\";\"4/1/2\";\"DPST-13-10\"\n\
               \"Blind position\";\"2/4/1\";\"DPST-5-1\"\n\
               \"Kitchen temperature\";\"3/1/9\";\"DPST-9-1\"\n";
    knx_project::parse_export(csv.as_bytes(), "test.csv").unwrap()
}

fn ga(s: &str) -> GroupAddress {
    crate::watch::observation::parse_group(s).unwrap()
}

fn encode(dpt: &str, v: DptValue) -> GroupValue {
    dpt.parse::<Dpt>().unwrap().encode(&v).unwrap()
}

/// A group write of `value` to `group` at `t_ms`, from individual address `ia`, routed by
/// `ip`; `command` marks a client's L_Data.req.
fn write(ip: &str, ia: (u8, u8, u8), group: &str, value: GroupValue, t_ms: i64) -> Observation {
    let mut o = knx(ip, ia, "group-value-write", t_ms);
    o.event = crate::watch::observation::Event::KnxGroupWrite;
    o.flags.knx_request = ip == VIS;
    let mut points = Points::new();
    points.push(PointValue {
        point: PointKey::Knx { group: ga(group) },
        value: Value::Knx(KnxRaw::new(&value).unwrap()),
        role: ValueRole::Written,
        priority: None,
    });
    o.points = points;
    o
}

fn temp(group: &str, v: f64, t_ms: i64) -> Observation {
    write(
        ROUTER,
        (1, 1, 11),
        group,
        encode("9.001", DptValue::Number(v)),
        t_ms,
    )
}

fn learn(table: Option<GroupAddressTable>, obs: &[Observation]) -> ModelIndex {
    let mut l = Learner::new(LearnConfig::default()).with_project(table);
    for o in obs {
        l.observe(o);
    }
    ModelIndex::new(&l.finish("test"))
}

fn check(idx: &ModelIndex, obs: &[Observation]) -> Vec<Draft> {
    let mut state = KnxValues::default();
    let mut out = Vec::new();
    for o in obs {
        state.check(idx, o, &mut out);
    }
    out
}

/// A room sensor reading 21.4–21.9 °C every minute for 40 minutes.
fn room(table: Option<GroupAddressTable>) -> ModelIndex {
    let obs: Vec<Observation> = (0..40)
        .map(|i| {
            temp(
                "3/1/1",
                21.4 + f64::from(i % 6) * 0.1,
                i64::from(i) * 60_000,
            )
        })
        .collect();
    learn(table, &obs)
}

#[test]
fn a_typed_group_is_learned_in_its_unit_with_its_name() {
    let idx = room(Some(ets()));
    let p = idx
        .points
        .get(&PointKey::Knx { group: ga("3/1/1") })
        .unwrap();
    assert_eq!(p.dpt, Some(Dpt::new(9, 1)));
    assert_eq!(p.dpt_source, Some(DptSource::Ets));
    assert_eq!(p.kind, Some(ValueKind::Continuous));
    assert_eq!(p.role, Some(Role::RoomTemperature));
    assert_eq!(p.class(), PointClass::Sensor);
    assert_eq!(p.units.as_deref(), Some("°C"));
    assert_eq!((p.min, p.max), (Some(21.4), Some(21.9)));
    assert_eq!(
        idx.group_label(ga("3/1/1")).to_string(),
        "Living room temperature (3/1/1)"
    );
    // Without the table, the same values give an inferred 9.001 and no name.
    let idx = room(None);
    let p = idx
        .points
        .get(&PointKey::Knx { group: ga("3/1/1") })
        .unwrap();
    assert_eq!(p.dpt, Some(Dpt::new(9, 1)));
    assert_eq!(p.dpt_source, Some(DptSource::Inferred));
    assert_eq!(p.role, None);
    assert_eq!(
        idx.group_label(ga("3/1/1")).to_string(),
        "group address 3/1/1"
    );
}

#[test]
fn table_of_temperatures_against_a_learned_room() {
    // Learned 21.4–21.9 °C, sensor tolerance 0.5 × max(0.5, 21.65) ≈ 10.8: accepted about
    // 10.6–32.7. A room reaches −10–50 °C.
    let later = 3_000_000;
    // (what, value, with ETS: detector, without ETS: detector)
    let table: &[(&str, f64, Option<DetectorKind>, Option<DetectorKind>)] = &[
        ("an ordinary reading", 21.66, None, None),
        ("0.06 °C above learning", 21.96, None, None),
        ("a warm afternoon", 27.0, None, None),
        (
            "outside learned, inside a room's range",
            40.0,
            Some(DetectorKind::ValueRange),
            Some(DetectorKind::ValueRange),
        ),
        (
            "85 °C",
            84.96,
            Some(DetectorKind::ValueImplausible),
            Some(DetectorKind::ValueRange),
        ),
        (
            "−30 °C",
            -30.0,
            Some(DetectorKind::ValueImplausible),
            Some(DetectorKind::ValueRange),
        ),
    ];
    for (with_ets, idx) in [(true, room(Some(ets()))), (false, room(None))] {
        for (what, v, want_ets, want_plain) in table {
            let out = check(&idx, &[temp("3/1/1", *v, later)]);
            let want = if with_ets { want_ets } else { want_plain };
            assert_eq!(
                out.iter().map(|d| d.detector).collect::<Vec<_>>(),
                want.iter().copied().collect::<Vec<_>>(),
                "{what}, ETS {with_ets}: {:?}",
                out.iter()
                    .map(|d| d.summary.to_string())
                    .collect::<Vec<_>>()
            );
        }
    }
}

#[test]
fn the_implausible_alert_speaks_in_names_and_units() {
    let idx = room(Some(ets()));
    let out = check(&idx, &[temp("3/1/1", 84.96, 3_000_000)]);
    let d = &out[0];
    assert_eq!(d.detector, DetectorKind::ValueImplausible);
    assert_eq!(d.severity, Severity::High);
    assert_eq!(
        d.summary.to_string(),
        "Living room temperature (3/1/1) reported 84.96 °C from knx 1.1.11, which a room \
         does not reach (-10 °C to 50 °C); normal 21.4 °C–21.9 °C (sensor, ±50 %)"
    );
    assert!(
        d.normal
            .to_string()
            .ends_with("type 9.001 temperature, from the ETS project"),
        "{}",
        d.normal
    );
    // Without the project: the learned range, and the type said to be inferred.
    let idx = room(None);
    let out = check(&idx, &[temp("3/1/1", 84.96, 3_000_000)]);
    assert_eq!(
        out[0].summary.to_string(),
        "group address 3/1/1 reported 84.96 °C from knx 1.1.11; normal 21.4 °C–21.9 °C \
         (sensor, ±50 %); its type 9.001 temperature is inferred from traffic, not taken from \
         an ETS project"
    );
}

#[test]
fn a_group_only_the_project_knows_is_still_held_to_its_roles_range() {
    // 3/1/9 never carried a value while learning: its ETS type and role still apply.
    let idx = room(Some(ets()));
    let out = check(
        &idx,
        &[
            temp("3/1/9", 85.0, 3_000_000),
            temp("3/1/9", 22.0, 3_001_000),
        ],
    );
    assert_eq!(out.len(), 1, "{out:?}");
    assert_eq!(out[0].detector, DetectorKind::ValueImplausible);
    assert!(
        out[0]
            .summary
            .to_string()
            .contains("never seen while learning"),
        "{}",
        out[0].summary
    );
}

#[test]
fn a_setpoint_commanded_by_a_client_is_strict_and_an_implausible_one_critical() {
    let learned: Vec<Observation> = [20.5, 21.0, 22.0, 21.5]
        .iter()
        .enumerate()
        .map(|(i, v)| {
            write(
                VIS,
                (1, 0, 200),
                "3/2/1",
                encode("9.001", DptValue::Number(*v)),
                i as i64 * 60_000,
            )
        })
        .collect();
    for table in [Some(ets()), None] {
        let with_ets = table.is_some();
        let idx = learn(table, &learned);
        let p = idx
            .points
            .get(&PointKey::Knx { group: ga("3/2/1") })
            .unwrap();
        assert_eq!(
            p.class(),
            PointClass::Setpoint,
            "commands are kept strictly"
        );
        // 0.1 × max(1.5, 21.25) = 2.125: 25 °C is outside, 23 °C not.
        let set = |v: f64| {
            check(
                &idx,
                &[write(
                    VIS,
                    (1, 0, 200),
                    "3/2/1",
                    encode("9.001", DptValue::Number(v)),
                    900_000,
                )],
            )
        };
        assert!(set(23.0).is_empty());
        assert_eq!(set(25.0)[0].detector, DetectorKind::ValueRange);
        let out = set(45.0);
        if with_ets {
            assert_eq!(out[0].detector, DetectorKind::ValueImplausible);
            assert_eq!(out[0].severity, Severity::Critical);
            assert!(out[0].summary.to_string().starts_with(
                "Living room setpoint (3/2/1) written to 45 °C by knx 1.0.200, which no room is \
                 set to (3 °C to 35 °C)"
            ));
        } else {
            assert_eq!(out[0].detector, DetectorKind::ValueRange);
            assert_eq!(out[0].severity, Severity::High);
        }
    }
}

#[test]
fn discrete_groups_hold_their_set_only_when_it_was_stable() {
    let mode = |v: u8, t: i64| {
        write(
            ROUTER,
            (1, 1, 41),
            "3/4/1",
            encode("20.102", DptValue::Enum(v)),
            t,
        )
    };
    // Comfort and standby, 30 times: a stable set.
    let stable: Vec<Observation> = (0..30).map(|i| mode(1 + (i % 2) as u8, i * 1000)).collect();
    let idx = learn(Some(ets()), &stable);
    assert!(check(&idx, &[mode(2, 100_000)]).is_empty());
    let out = check(&idx, &[mode(3, 100_000)]);
    assert_eq!(out[0].detector, DetectorKind::ValueRange);
    assert!(
        out[0].summary.to_string().contains("reported economy")
            && out[0].summary.to_string().contains("comfort, standby"),
        "{}",
        out[0].summary
    );
    // A value 20.102 does not define: its own alert.
    let out = check(&idx, &[mode(9, 100_000)]);
    assert_eq!(out[0].detector, DetectorKind::ValueImplausible);
    // Used now and then (three values in five writes): not enforced.
    let sparse: Vec<Observation> = (0..5).map(|i| mode(1 + (i % 3) as u8, i * 1000)).collect();
    let idx = learn(Some(ets()), &sparse);
    assert!(check(&idx, &[mode(4, 100_000)]).is_empty());
}

#[test]
fn a_percentage_uses_its_whole_range() {
    // A blind position learned at 0–50 % is set to 100 % in normal use.
    let pos = |v: f64, t: i64| {
        write(
            VIS,
            (1, 0, 200),
            "2/4/1",
            encode("5.001", DptValue::Number(v)),
            t,
        )
    };
    let idx = learn(
        Some(ets()),
        &[pos(0.0, 0), pos(50.0, 1000), pos(20.0, 2000)],
    );
    assert!(check(&idx, &[pos(100.0, 10_000)]).is_empty());
}

#[test]
fn counters_may_count_up_but_not_back_nor_jump() {
    let meter = |v: i32, t: i64| {
        write(
            ROUTER,
            (1, 1, 50),
            "4/1/2",
            encode("13.010", DptValue::Number(f64::from(v))),
            t,
        )
    };
    let learned: Vec<Observation> = (0..10)
        .map(|i| meter(125_000 + i * 20, i64::from(i) * 60_000))
        .collect();
    for table in [Some(ets()), None] {
        let idx = learn(table, &learned);
        let p = idx
            .points
            .get(&PointKey::Knx { group: ga("4/1/2") })
            .unwrap();
        assert_eq!(p.kind, Some(ValueKind::Counter));
        assert_eq!(p.max_step, Some(20.0));
        // A later visit: the meter has moved on, and counts up.
        assert!(check(&idx, &[meter(200_000, 0), meter(200_030, 1)]).is_empty());
        let back = check(&idx, &[meter(200_000, 0), meter(199_000, 1)]);
        assert!(
            back[0].summary.to_string().contains("went back from"),
            "{}",
            back[0].summary
        );
        let jump = check(&idx, &[meter(200_000, 0), meter(200_500, 1)]);
        assert!(
            jump[0].summary.to_string().contains("jumped from"),
            "{}",
            jump[0].summary
        );
    }
}

#[test]
fn a_payload_that_does_not_fit_the_type_is_named() {
    let idx = room(Some(ets()));
    let odd = write(
        ROUTER,
        (1, 1, 11),
        "3/1/1",
        GroupValue::Long(vec![1, 2, 3]),
        3_000_000,
    );
    let out = check(&idx, &[odd]);
    assert_eq!(out[0].detector, DetectorKind::ValueImplausible);
    assert_eq!(
        out[0].summary.to_string(),
        "Living room temperature (3/1/1) carried 3 octets from knx 1.1.11, which does not fit \
         its datapoint type 9.001"
    );
}

#[test]
fn types_are_inferred_from_the_first_values_and_the_rest_decoded_with_them() {
    // More values than it takes to infer: the first ones are decoded too, once decided.
    let obs: Vec<Observation> = (0..(crate::watch::baseline::INFER_SAMPLES as i64 + 10))
        .map(|i| temp("3/1/1", 20.0 + (i % 10) as f64 * 0.1, i * 1000))
        .collect();
    let idx = learn(None, &obs);
    let p = idx
        .points
        .get(&PointKey::Knx { group: ga("3/1/1") })
        .unwrap();
    assert_eq!(p.samples, obs.len() as u64);
    assert_eq!((p.min, p.max), (Some(20.0), Some(20.9)));
    // An ETS table given later names the point and keeps the (same) type.
    let mut b = {
        let mut l = Learner::new(LearnConfig::default());
        for o in &obs {
            l.observe(o);
        }
        l.finish("test")
    };
    b.apply_project(ets());
    let p = b
        .points
        .iter()
        .find(|p| p.group.as_deref() == Some("3/1/1"))
        .unwrap();
    assert_eq!(p.name.as_deref(), Some("Living room temperature"));
    assert_eq!(p.dpt_source, Some(DptSource::Ets));
    assert_eq!(p.role, Some(Role::RoomTemperature));
}

#[test]
fn echoes_are_not_learned_twice_nor_checked_twice() {
    let mut echo = temp("3/1/1", 21.5, 10);
    echo.flags.echo = true;
    let idx = learn(None, &[temp("3/1/1", 21.5, 0), echo.clone()]);
    let p = idx
        .points
        .get(&PointKey::Knx { group: ga("3/1/1") })
        .unwrap();
    assert_eq!(p.samples, 1);
    // The engine skips the copy of an alerting telegram: one alert, not two.
    let b = {
        let mut l = Learner::new(LearnConfig::default()).with_project(Some(ets()));
        for i in 0..40 {
            l.observe(&temp("3/1/1", 21.5, i * 60_000));
        }
        l.finish("test")
    };
    let mut engine = crate::watch::Engine::new(&b);
    let mut spoof = temp("3/1/1", 84.96, 3_000_000);
    engine.observe(&spoof, &mut |_| {});
    spoof.flags.echo = true;
    spoof.time_ns += 3_000_000;
    engine.observe(&spoof, &mut |_| {});
    let alerts = engine.into_alerts();
    assert_eq!(alerts.len(), 1);
    assert_eq!(alerts[0].count, 1);
}

/// A switch (1.001) and an HVAC mode (20.102) left their learned set: the alert keeps the
/// values as data and words them in the reader's language, also after being stored (no
/// process-wide language is involved).
#[test]
fn datapoint_words_follow_the_readers_language() {
    use crate::text::{Lang, storing};
    let light = |on: bool, t: i64| {
        write(
            ROUTER,
            (1, 1, 21),
            "1/1/1",
            encode("1.001", DptValue::Bool(on)),
            t,
        )
    };
    let mode = |v: u8, t: i64| {
        write(
            ROUTER,
            (1, 1, 41),
            "3/4/1",
            encode("20.102", DptValue::Enum(v)),
            t,
        )
    };
    // The light always off, the mode comfort or standby: stable sets.
    let mut learned: Vec<Observation> = (0..30).map(|i| light(false, i * 1000)).collect();
    learned.extend((0..30).map(|i| mode(1 + (i % 2) as u8, i * 1000)));
    let idx = learn(Some(ets()), &learned);
    let out = check(&idx, &[light(true, 100_000), mode(3, 100_000)]);
    assert_eq!(out.len(), 2, "{out:?}");
    let (switch, hvac) = (&out[0], &out[1]);
    // (language, the switch's new value and learned one, the mode's new value and learned ones)
    let table = [
        (Lang::En, "on", "off", "economy", ["comfort", "standby"]),
        (
            Lang::De,
            "Ein",
            "Aus",
            "Nacht (Economy)",
            ["Komfort", "Standby"],
        ),
        (
            Lang::Nl,
            "aan",
            "uit",
            "nacht (economy)",
            ["comfort", "standby"],
        ),
    ];
    for (lang, on, off, economy, learned) in table {
        let summary = switch.summary.render(lang);
        assert!(
            summary.split([' ', ';']).any(|w| w == on) && summary.ends_with(off),
            "{}: {summary}",
            lang.code()
        );
        let observed = switch.observed.render(lang);
        assert!(observed.split(' ').any(|w| w == on), "{observed}");
        let summary = hvac.summary.render(lang);
        assert!(
            summary.contains(economy) && learned.iter().all(|w| summary.contains(w)),
            "{}: {summary}",
            lang.code()
        );
        assert_eq!(
            switch.value.as_ref().unwrap().words.render(lang),
            on,
            "{}",
            lang.code()
        );
    }
    assert!(!hvac.summary.render(Lang::De).contains("economy"));
    // Stored as data (datapoint type and number), read back, and worded again.
    let stored = storing(|| serde_json::to_string(&hvac.summary).unwrap());
    assert!(
        stored.contains("\"dpt-value\"") && stored.contains("\"20.102\""),
        "{stored}"
    );
    let back: Text = serde_json::from_str(&stored).unwrap();
    assert_eq!(back.render(Lang::De), hvac.summary.render(Lang::De));
    assert_eq!(back.render(Lang::En), hvac.summary.render(Lang::En));
}

/// A temperature in German and Dutch: decimal comma, the type's title in the language;
/// English as before.
#[test]
fn a_temperature_alert_has_the_languages_decimal_mark_and_type_title() {
    use crate::text::Lang;
    let idx = room(Some(ets()));
    let d = &check(&idx, &[temp("3/1/1", 84.96, 3_000_000)])[0];
    let de = d.summary.render(Lang::De);
    assert!(de.contains("84,96 °C") && de.contains("21,4 °C"), "{de}");
    assert!(!de.contains("84.96"), "{de}");
    assert!(
        d.normal.render(Lang::De).contains("9.001 Temperatur"),
        "{}",
        d.normal.render(Lang::De)
    );
    let nl = d.summary.render(Lang::Nl);
    assert!(nl.contains("84,96 °C"), "{nl}");
    assert!(d.normal.render(Lang::Nl).contains("9.001 temperatuur"));
    assert!(d.summary.render(Lang::En).contains("84.96 °C"));
}

/// The watch's other figures (BACnet values, tolerances, rates) are kept as written with a
/// point and shown with the reader's decimal mark.
#[test]
fn watch_figures_take_the_readers_decimal_mark() {
    use crate::text::Lang;
    let t = crate::watch::detectors::decimal(0.125);
    assert_eq!(t.render(Lang::En), "0.125");
    assert_eq!(t.render(Lang::De), "0,125");
    assert_eq!(t.render(Lang::Nl), "0,125");
    let u = text!(
        "watch-number-unit",
        number = "21.5",
        unit = "degrees-celsius"
    );
    assert_eq!(u.render(Lang::En), "21.5 degrees-celsius");
    assert_eq!(u.render(Lang::De), "21,5 degrees-celsius");
    // Stored and read back, still a figure.
    let back: Text =
        serde_json::from_value(crate::text::storing(|| serde_json::to_value(&u).unwrap())).unwrap();
    assert_eq!(back.render(Lang::Nl), "21,5 degrees-celsius");
}
