use super::*;
use proptest::prelude::*;
use serde_json::Value as Json;

fn long(bytes: &[u8]) -> GroupValue {
    GroupValue::Long(bytes.to_vec())
}

fn dpt(s: &str) -> Dpt {
    s.parse().unwrap()
}

fn decode(d: &str, v: &GroupValue) -> Decoded {
    dpt(d)
        .decode(v)
        .unwrap_or_else(|e| panic!("{d} {v:?}: {e}"))
}

/// Encodings KNX 03_07_02 states itself: the 2-octet float's formula, limits and "invalid
/// data" (§3.10), 5.001's and 5.003's end points (§3.5), the 16.000 example "KNX is OK"
/// (§3.18), 3.007's step codes (§3.3), 17.001/18.001's layout (§3.23, §3.24), 20.102's values.
#[test]
fn specification_examples() {
    let num = |d: &str, b: &[u8]| match decode(d, &long(b)).value {
        DptValue::Number(v) => v,
        other => panic!("{d} {b:02x?}: {other:?}"),
    };
    // 0.01 × M × 2^E: 0x0C1A is E = 1, M = 1050 → 21 °C.
    assert_eq!(num("9.001", &[0x0C, 0x1A]), 21.0);
    assert_eq!(num("9.001", &[0x00, 0x00]), 0.0);
    assert_eq!(num("9.001", &[0x07, 0xFF]), 20.47);
    // Negative mantissa in two's complement: 0x87FF is M = −1 → −0.01.
    assert_eq!(num("9.001", &[0x87, 0xFF]), -0.01);
    // The range's ends: M = −2048, E = 15 and M = 2046, E = 15 (2047 with E = 15 is 0x7FFF).
    assert_eq!(num("9.001", &[0xF8, 0x00]), table::F16_MIN);
    assert_eq!(num("9.001", &[0x7F, 0xFE]), 670_433.28);
    assert_eq!(
        decode("9.001", &long(&[0x7F, 0xFF])).value,
        DptValue::Invalid
    );
    assert_eq!(num("5.001", &[0x00]), 0.0);
    assert_eq!(num("5.001", &[0xFF]), 100.0);
    assert_eq!(num("5.003", &[0xFF]), 360.0);
    let ok = decode("16.000", &long(b"KNX is OK\0\0\0\0\0"));
    assert_eq!(ok.value, DptValue::Text("KNX is OK".into()));
    assert!(!ok.flags.any());
    assert_eq!(ok.to_string(), "\"KNX is OK\"");
    // 3.007: c = 1 increase, step code 001 = one interval (100 %); 000 = break.
    assert_eq!(
        decode("3.007", &GroupValue::Short(0b1001)).to_string(),
        "increase by 100 %"
    );
    assert_eq!(
        decode("3.007", &GroupValue::Short(0b0111)).to_string(),
        "decrease by 1.6 %"
    );
    assert_eq!(
        decode("3.007", &GroupValue::Short(0b1000)).to_string(),
        "stop"
    );
    assert_eq!(
        decode("3.008", &GroupValue::Short(0b1010)).to_string(),
        "down by 50 %"
    );
    assert_eq!(decode("17.001", &long(&[0x3F])).value, DptValue::Scene(63));
    assert_eq!(decode("17.001", &long(&[0x3F])).to_string(), "scene 64");
    let learn = decode("18.001", &long(&[0x82]));
    assert_eq!(
        learn.value,
        DptValue::SceneControl {
            learn: true,
            scene: 2
        }
    );
    assert_eq!(learn.to_string(), "store scene 3");
    let names: Vec<String> = (0..5)
        .map(|n| decode("20.102", &long(&[n])).to_string())
        .collect();
    assert_eq!(
        names,
        [
            "auto",
            "comfort",
            "standby",
            "economy",
            "building protection"
        ]
    );
}

#[test]
fn displays_speak_units_and_labels() {
    let table: &[(&str, GroupValue, &str)] = &[
        ("9.001", long(&[0x0C, 0x38]), "21.6 °C"),
        ("9.001", long(&[0x0C, 0x39]), "21.62 °C"),
        ("9.007", long(&[0x15, 0x1C]), "52.32 %"),
        ("9.004", long(&[0x55, 0xB9]), "15001.6 lx"),
        ("5.001", long(&[0x80]), "50.2 %"),
        ("5.001", long(&[0x00]), "0 %"),
        ("5.003", long(&[0x40]), "90.4 °"),
        ("5.004", long(&[0x80]), "128 %"),
        ("7.003", long(&[0x00, 0x05]), "50 ms"),
        ("8.010", long(&[0xFF, 0x6A]), "-1.5 %"),
        ("12.001", long(&[0xFF, 0xFF, 0xFF, 0xFF]), "4294967295"),
        ("13.010", long(&[0x00, 0x01, 0xE8, 0x48]), "125000 Wh"),
        ("14.056", long(&[0x44, 0x48, 0x20, 0x00]), "800.5 W"),
        ("14.057", long(&[0x3F, 0x73, 0x33, 0x33]), "0.95"),
        ("1.001", GroupValue::Short(1), "on"),
        ("1.001", GroupValue::Short(0), "off"),
        ("1.008", GroupValue::Short(1), "down"),
        ("1.018", GroupValue::Short(0), "not occupied"),
        ("2.001", GroupValue::Short(3), "on (with priority control)"),
        ("20.102", long(&[9]), "undefined value 9"),
        ("20.999", long(&[9]), "9"),
        ("9.xxx", long(&[0x0C, 0x38]), "21.6"),
        (
            "16.001",
            long(b"Gr\xfc\xdfe\0\0\0\0\0\0\0\0\0"),
            "\"Grüße\"",
        ),
        // Device text is shown with control characters escaped.
        (
            "16.001",
            long(b"a\x1b[31mb\0\0\0\0\0\0\0"),
            "\"a\\u{1b}[31mb\"",
        ),
    ];
    for (d, v, want) in table {
        assert_eq!(decode(d, v).to_string(), *want, "{d} {v:?}");
    }
}

#[test]
fn parses_the_spellings_of_ets_and_the_literature() {
    let table: &[(&str, Dpt)] = &[
        ("9.001", Dpt::new(9, 1)),
        ("9.1", Dpt::new(9, 1)),
        ("DPST-9-1", Dpt::new(9, 1)),
        ("dpst-20-102", Dpt::new(20, 102)),
        ("DPT-9", Dpt::main_only(9)),
        ("DPT9.001", Dpt::new(9, 1)),
        ("DPT 9.001", Dpt::new(9, 1)),
        ("DPT_9.001", Dpt::new(9, 1)),
        ("9", Dpt::main_only(9)),
        ("9.xxx", Dpt::main_only(9)),
        ("9.*", Dpt::main_only(9)),
        (" 12.1200 ", Dpt::new(12, 1200)),
    ];
    for (s, want) in table {
        assert_eq!(s.parse::<Dpt>().unwrap(), *want, "{s}");
    }
    for bad in [
        "",
        "DPST-9",
        "DPST-9-",
        "9.",
        ".1",
        "x",
        "9.-1",
        "DPT-",
        "1234567",
        "9.001.2",
        "DPST-9-1-1",
        "٩.001",
    ] {
        let e = bad.parse::<Dpt>().unwrap_err();
        assert!(matches!(e, DptError::Parse(_)), "{bad}: {e:?}");
    }
    assert_eq!(Dpt::new(9, 1).to_string(), "9.001");
    assert_eq!(Dpt::new(12, 1200).to_string(), "12.1200");
    assert_eq!(Dpt::main_only(9).to_string(), "9.xxx");
    assert_eq!(
        serde_json::to_string(&Dpt::new(20, 102)).unwrap(),
        "\"20.102\""
    );
    assert_eq!(
        serde_json::from_str::<Dpt>("\"DPST-5-1\"").unwrap(),
        Dpt::new(5, 1)
    );
}

#[test]
fn sizes_that_do_not_fit_are_errors_and_oddities_are_flags() {
    // A 9.x of 3 octets, a 1.x of 2 octets, a 5.x carried in the APCI, an empty 16.x.
    for (d, v) in [
        ("9.001", long(&[1, 2, 3])),
        ("9.001", long(&[1])),
        ("9.001", GroupValue::Short(1)),
        ("1.001", long(&[0, 1])),
        ("5.001", GroupValue::Short(1)),
        ("14.056", long(&[0; 2])),
        ("16.000", long(&[])),
        ("16.000", long(&[b'a'; 15])),
    ] {
        let e = dpt(d).decode(&v).unwrap_err();
        assert!(matches!(e, DptError::Size { .. }), "{d} {v:?}: {e:?}");
    }
    assert_eq!(
        dpt("9.001")
            .decode(&long(&[1, 2, 3]))
            .unwrap_err()
            .to_string(),
        "datapoint type 9.001 carries 2 octets; the telegram carried 3 octets"
    );
    assert!(matches!(
        dpt("99.001").decode(&long(&[1])),
        Err(DptError::Unknown(_))
    ));
    let flags = |d: &str, v: GroupValue| decode(d, &v).flags;
    assert!(flags("1.001", GroupValue::Short(0b11)).reserved_bits);
    assert!(flags("1.001", long(&[1])).long_form);
    assert!(flags("17.001", long(&[0x45])).reserved_bits);
    assert!(flags("18.001", long(&[0x40])).reserved_bits);
    assert!(flags("20.102", long(&[5])).undefined);
    assert!(!flags("20.999", long(&[5])).undefined);
    assert!(flags("16.000", long(b"short")).short_text);
    assert!(flags("16.000", long(b"caf\xe9\0\0\0\0\0\0\0\0\0\0")).non_ascii);
    assert!(!flags("16.001", long(b"caf\xe9\0\0\0\0\0\0\0\0\0\0")).non_ascii);
    assert!(flags("16.000", long(b"ab\0cd\0\0\0\0\0\0\0\0\0")).reserved_bits);
    assert_eq!(
        decode("14.056", &long(&[0x7F, 0xC0, 0, 0])).value,
        DptValue::Invalid
    );
}

#[test]
fn ranges_name_what_was_left() {
    let t = Dpt::new(9, 1);
    // 85 °C and −30 °C in a living room: outside what a room reaches; fine for the DPT.
    for v in [85.0, -30.0, 60.0] {
        let r = t.range_broken(Role::RoomTemperature, v).unwrap();
        assert_eq!(r.basis, RangeBasis::Building, "{v}");
        assert!(t.range_broken(Role::Unknown, v).is_none(), "{v}");
    }
    assert!(t.range_broken(Role::RoomTemperature, 21.6).is_none());
    assert!(t.range_broken(Role::OutdoorTemperature, -30.0).is_none());
    assert_eq!(
        t.range_broken(Role::RoomSetpoint, 45.0).unwrap().basis,
        RangeBasis::Building
    );
    // Below −273 breaks the specification (the widest range broken is named).
    assert_eq!(
        t.range_broken(Role::RoomTemperature, -300.0).unwrap().basis,
        RangeBasis::Specification
    );
    // Relative humidity above 100 % is within 9.007's specified range but not physical.
    let h = Dpt::new(9, 7);
    assert_eq!(
        h.range_broken(Role::Unknown, 120.0).unwrap().basis,
        RangeBasis::Physics
    );
    assert_eq!(
        h.range_broken(Role::Unknown, -1.0).unwrap().basis,
        RangeBasis::Specification
    );
    assert!(h.range_broken(Role::Unknown, 55.0).is_none());
    assert_eq!(
        Dpt::new(14, 57)
            .range_broken(Role::Unknown, 1.5)
            .unwrap()
            .basis,
        RangeBasis::Physics
    );
    // Roles narrow temperatures only.
    assert!(
        Dpt::new(9, 4)
            .range_broken(Role::RoomTemperature, 50_000.0)
            .is_none()
    );
    assert!(Dpt::main_only(9).ranges(Role::RoomTemperature).is_empty());
}

#[test]
fn kinds_follow_the_type() {
    assert_eq!(Dpt::new(9, 1).kind(), ValueKind::Continuous);
    assert_eq!(Dpt::new(5, 1).kind(), ValueKind::Continuous);
    assert_eq!(Dpt::new(1, 1).kind(), ValueKind::Discrete);
    assert_eq!(Dpt::new(20, 102).kind(), ValueKind::Discrete);
    assert_eq!(Dpt::new(17, 1).kind(), ValueKind::Discrete);
    assert_eq!(Dpt::new(13, 10).kind(), ValueKind::Counter);
    assert_eq!(Dpt::new(12, 1).kind(), ValueKind::Counter);
    assert_eq!(Dpt::new(16, 1).kind(), ValueKind::Text);
    assert_eq!(Dpt::new(5, 6).kind(), ValueKind::Discrete);
}

/// Every subtype of the table is reachable and its ranges are ordered.
#[test]
fn the_table_is_consistent() {
    for m in table::MAIN_TYPES {
        assert_eq!(
            table::MAIN_TYPES
                .iter()
                .filter(|x| x.main == m.main)
                .count(),
            1,
            "{}",
            m.main
        );
        for s in m.subs {
            let d = Dpt::new(m.main, s.sub);
            assert_eq!(d.subtype(), Some(s));
            assert_eq!(m.subs.iter().filter(|x| x.sub == s.sub).count(), 1, "{d}");
            for r in d.ranges(Role::RoomTemperature) {
                assert!(r.min < r.max, "{d}");
            }
            assert!(s.scale.0 > 0.0 && s.scale.1 > 0.0, "{d}");
            if m.format == Format::N8 {
                assert!(!s.values.is_empty(), "{d} lists no values");
            }
        }
    }
}

// ---- xknx ----

/// The fixture written by scripts/xknx-dpt-fixture.py: xknx's encodings (and decodings) of a
/// table of values. Every row is decoded here and compared with xknx's decoding; our encoding
/// of the decoded value (and of xknx's input, for numbers) must give xknx's octets.
#[test]
fn xknx_encodings_decode_to_xknx_values() {
    let fixture = include_str!("xknx_encodings.tsv");
    let mut rows = 0;
    for line in fixture.lines().filter(|l| !l.starts_with('#')) {
        let cols: Vec<&str> = line.split('\t').collect();
        let [d, input, wire, xknx] = cols[..] else {
            panic!("bad fixture row: {line}");
        };
        let what = format!("row {line:?}");
        let d = dpt(d);
        let input: Json = serde_json::from_str(input).unwrap();
        let xknx: Json = serde_json::from_str(xknx).unwrap();
        let gv = match wire.strip_prefix("short:") {
            Some(h) => GroupValue::Short(u8::from_str_radix(h, 16).unwrap()),
            None => long(&hex(wire)),
        };
        let got = d.decode(&gv).unwrap_or_else(|e| panic!("{what}: {e}"));
        assert!(!got.flags.any(), "{what}: {:?}", got.flags);
        let sub = d.subtype().unwrap();
        match &got.value {
            DptValue::Bool(b) => assert_eq!(xknx, Json::Bool(*b), "{what}"),
            DptValue::Controlled { control, value } => {
                assert_eq!(xknx["control"], Json::Bool(*control), "{what}");
                assert_eq!(xknx["value"], if *value { "on" } else { "off" }, "{what}");
            }
            DptValue::Step {
                increase,
                step_code,
            } => {
                assert_eq!(xknx["step_code"], *step_code, "{what}");
                let (off, on) = sub.labels.unwrap();
                assert_eq!(xknx["control"], if *increase { on } else { off }, "{what}");
            }
            DptValue::Number(v) => {
                let x = xknx.as_f64().unwrap();
                match d.format().unwrap() {
                    // xknx rounds 5.001 and 5.003 to whole percent and degrees.
                    Format::U8 if sub.scale != (1.0, 1.0) => {
                        assert!((v - x).abs() <= 0.5, "{what}: {v}")
                    }
                    Format::F32 => assert_eq!(*v as f32, x as f32, "{what}"),
                    _ => assert!((v - x).abs() <= 1e-9 * x.abs().max(1.0), "{what}: {v}"),
                }
                // Our encoder, given xknx's input, writes xknx's octets.
                if let Some(i) = input.as_f64() {
                    assert_eq!(d.encode(&DptValue::Number(i)).unwrap(), gv, "{what}");
                }
            }
            DptValue::Text(t) => assert_eq!(xknx, Json::String(t.clone()), "{what}"),
            DptValue::Scene(n) => assert_eq!(xknx, u16::from(*n) + 1, "{what}"),
            DptValue::SceneControl { learn, scene } => {
                assert_eq!(xknx["scene_number"], u16::from(*scene) + 1, "{what}");
                assert_eq!(xknx["learn"], *learn, "{what}");
            }
            DptValue::Enum(n) => assert_eq!(xknx, *n, "{what}"),
            DptValue::Invalid => panic!("{what}: invalid"),
        }
        assert_eq!(d.encode(&got.value).unwrap(), gv, "{what}: re-encoded");
        rows += 1;
    }
    assert!(rows > 150, "only {rows} rows");
}

fn hex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

// ---- properties ----

fn known_dpts() -> Vec<Dpt> {
    let mut out = Vec::new();
    for m in table::MAIN_TYPES {
        out.push(Dpt::main_only(m.main));
        for s in m.subs {
            out.push(Dpt::new(m.main, s.sub));
        }
    }
    out
}

fn any_dpt() -> impl Strategy<Value = Dpt> {
    prop_oneof![
        proptest::sample::select(known_dpts()),
        (0u16..300, proptest::option::of(0u16..1300)).prop_map(|(main, sub)| Dpt { main, sub }),
    ]
}

fn any_group_value() -> impl Strategy<Value = GroupValue> {
    prop_oneof![
        any::<u8>().prop_map(GroupValue::Short),
        proptest::collection::vec(any::<u8>(), 0..40).prop_map(GroupValue::Long),
    ]
}

/// Every word of the table (titles, state labels, enumeration values, and the module's own)
/// has its catalogue message, whose English is the table's word; no `dpt-w-` message is left
/// without a word; two words never share an id.
#[test]
fn every_datapoint_word_is_in_the_catalogue() {
    use crate::text::{Lang, has_message, message_ids, tr};
    use std::collections::BTreeMap;
    let mut words: Vec<&str> = vec![words::STOP, words::UNKNOWN_TYPE];
    for m in table::MAIN_TYPES {
        words.push(m.title);
        for s in m.subs {
            words.push(s.title);
            if let Some((a, b)) = s.labels {
                words.extend([a, b]);
            }
            words.extend(s.values.iter().map(|(_, w)| *w));
        }
    }
    let mut ids: BTreeMap<String, &str> = BTreeMap::new();
    for w in words {
        let id = word_id(w);
        if let Some(other) = ids.insert(id.clone(), w) {
            assert_eq!(other, w, "{other:?} and {w:?} share the id {id}");
        }
        assert_eq!(tr(Lang::En, &id, &[]), w, "{id}");
        for lang in [Lang::De, Lang::Nl] {
            assert!(has_message(lang, &id), "{}: {id}", lang.code());
        }
    }
    assert!(ids.len() > 280, "{}", ids.len());
    let orphans: Vec<String> = message_ids(Lang::En)
        .into_iter()
        .map(|(_, id)| id)
        .filter(|id| id.starts_with("dpt-w-") && !ids.contains_key(id))
        .collect();
    assert!(
        orphans.is_empty(),
        "words no datapoint type uses: {orphans:?}"
    );
    assert_eq!(word_id("up/down"), "dpt-w-up_down");
    assert_eq!(word_id("start-stop"), "dpt-w-start-stop");
    assert_eq!(
        word_id("off / frost protection"),
        "dpt-w-off_frost-protection"
    );
}

/// Values in German and Dutch words and decimal marks, decoded once and worded per reader.
#[test]
fn values_are_worded_in_the_readers_language() {
    use crate::text::Lang;
    let table: &[(&str, GroupValue, &str, &str, &str)] = &[
        ("1.001", GroupValue::Short(1), "on", "Ein", "aan"),
        ("1.001", GroupValue::Short(0), "off", "Aus", "uit"),
        (
            "1.018",
            GroupValue::Short(0),
            "not occupied",
            "nicht belegt",
            "niet bezet",
        ),
        (
            "2.001",
            GroupValue::Short(3),
            "on (with priority control)",
            "Ein (mit Zwangsführung)",
            "aan (met prioriteit)",
        ),
        (
            "3.007",
            GroupValue::Short(0b1001),
            "increase by 100 %",
            "Erhöhen um 100 %",
            "verhogen met 100 %",
        ),
        (
            "3.007",
            GroupValue::Short(0b0100),
            "decrease by 12.5 %",
            "Verringern um 12,5 %",
            "verlagen met 12,5 %",
        ),
        ("3.007", GroupValue::Short(0), "stop", "Stopp", "stop"),
        (
            "9.001",
            long(&[0x0c, 0x2c]),
            "21.36 °C",
            "21,36 °C",
            "21,36 °C",
        ),
        (
            "9.001",
            long(&[0x7f, 0xff]),
            "invalid (the sender marks the value as not valid)",
            "ungültig (der Sender kennzeichnet den Wert als nicht gültig)",
            "ongeldig (de zender markeert de waarde als niet geldig)",
        ),
        ("17.001", long(&[0x3f]), "scene 64", "Szene 64", "scène 64"),
        (
            "18.001",
            long(&[0x82]),
            "store scene 3",
            "Szene 3 speichern",
            "scène 3 opslaan",
        ),
        ("20.102", long(&[1]), "comfort", "Komfort", "comfort"),
        (
            "20.102",
            long(&[4]),
            "building protection",
            "Gebäudeschutz",
            "gebouwbescherming",
        ),
        (
            "20.102",
            long(&[9]),
            "undefined value 9",
            "undefinierter Wert 9",
            "ongedefinieerde waarde 9",
        ),
    ];
    for (d, v, en, de, nl) in table {
        let decoded = decode(d, v);
        let kept = decoded.words();
        for (lang, want) in [(Lang::En, en), (Lang::De, de), (Lang::Nl, nl)] {
            assert_eq!(decoded.render(lang), *want, "{d} {v:?} {}", lang.code());
            // The kept form (type and number) words it the same.
            assert_eq!(kept.render(lang), *want, "{d} {v:?} {}", lang.code());
        }
        assert_eq!(decoded.to_string(), *en);
    }
    let t = Dpt::new(9, 1);
    assert_eq!(t.type_text().render(Lang::En), "9.001 temperature");
    assert_eq!(t.type_text().render(Lang::De), "9.001 Temperatur");
    assert_eq!(
        Dpt::new(20, 102).type_text().render(Lang::Nl),
        "20.102 HVAC-modus"
    );
    assert_eq!(
        Dpt::main_only(9).type_text().render(Lang::De),
        "9.xxx 2-Byte-Gleitkommawert"
    );
    assert_eq!(t.value_text(-0.5).render(Lang::Nl), "-0,5 °C");
    // A string is the device's own: quoted, never translated.
    let s = decode("16.001", &long(b"Heizung\0\0\0\0\0\0\0"));
    assert_eq!(s.words().render(Lang::De), "\"Heizung\"");
}

/// The kept form words every value exactly as the decoded value itself, for every known
/// subtype and every one-octet payload (and the short ones).
#[test]
fn kept_values_word_like_the_decoded_ones() {
    use crate::text::Lang;
    for m in table::MAIN_TYPES {
        for s in m.subs {
            let d = Dpt::new(m.main, s.sub);
            let payloads: Vec<GroupValue> = match m.format.octets() {
                0 => (0..64).map(GroupValue::Short).collect(),
                1 => (0..=255).map(|b| long(&[b])).collect(),
                n => (0..=255).map(|b| long(&vec![b; n])).collect(),
            };
            for v in payloads {
                let Ok(decoded) = d.decode(&v) else { continue };
                for lang in [Lang::En, Lang::De, Lang::Nl] {
                    assert_eq!(
                        decoded.words().render(lang),
                        decoded.render(lang),
                        "{d} {v:?}"
                    );
                }
            }
        }
    }
}

proptest! {
    /// Hostile payloads: any octets of any length for any type decode or fail, never panic;
    /// what decodes has a display, and a decoded number is finite.
    #[test]
    fn arbitrary_bytes_never_panic(d in any_dpt(), v in any_group_value()) {
        if let Ok(decoded) = d.decode(&v) {
            let _ = decoded.to_string();
            if let Some(n) = decoded.number() {
                prop_assert!(n.is_finite());
            }
            let _ = d.range_broken(Role::RoomTemperature, decoded.number().unwrap_or(0.0));
            // What decodes without oddities encodes back to the same value (not always the same
            // octets: a 2-octet float may come with a larger exponent than needed).
            if !decoded.flags.any() {
                let again = d.decode(&d.encode(&decoded.value).unwrap()).unwrap();
                prop_assert_eq!(again.value, decoded.value);
            }
        }
    }

    /// 2-octet float: encode → decode is within half the resolution at that magnitude
    /// (0.01 × 2^E / 2, at most |v| / 2048 beyond 20.47).
    #[test]
    fn f16_round_trip(v in -670_000.0f64..670_000.0) {
        let d = Dpt::new(9, 1);
        let back = match d.decode(&d.encode(&DptValue::Number(v)).unwrap()).unwrap().value {
            DptValue::Number(x) => x,
            other => panic!("{other:?}"),
        };
        let tolerance = (v.abs() / 2000.0).max(0.005) + 1e-9;
        prop_assert!((back - v).abs() <= tolerance, "{} -> {}", v, back);
    }

    #[test]
    fn f32_round_trip(v in any::<f32>().prop_filter("finite", |f| f.is_finite())) {
        let d = Dpt::new(14, 56);
        let back = d.decode(&d.encode(&DptValue::Number(f64::from(v))).unwrap()).unwrap();
        prop_assert_eq!(back.value, DptValue::Number(f64::from(v)));
    }

    /// Scaled 8-bit values: within half a step (100/255 % or 360/255 °).
    #[test]
    fn scaled_u8_round_trip(v in 0.0f64..=100.0, a in 0.0f64..=360.0) {
        for (d, x, step) in [(Dpt::new(5, 1), v, 100.0 / 255.0), (Dpt::new(5, 3), a, 360.0 / 255.0)] {
            let back = d.decode(&d.encode(&DptValue::Number(x)).unwrap()).unwrap().number().unwrap();
            prop_assert!((back - x).abs() <= step / 2.0 + 1e-9, "{} {} -> {}", d, x, back);
        }
    }

    /// Integers of every width round-trip exactly; one past the end is refused.
    #[test]
    fn integers_round_trip(v in any::<i64>()) {
        for (d, lo, hi) in [
            (Dpt::new(5, 10), 0i64, 255i64),
            (Dpt::new(6, 10), -128, 127),
            (Dpt::new(7, 1), 0, 65_535),
            (Dpt::new(8, 1), -32_768, 32_767),
            (Dpt::new(12, 1), 0, 4_294_967_295),
            (Dpt::new(13, 10), -2_147_483_648, 2_147_483_647),
        ] {
            let x = v.clamp(lo - 1, hi + 1);
            let encoded = d.encode(&DptValue::Number(x as f64));
            if (lo..=hi).contains(&x) {
                let back = d.decode(&encoded.unwrap()).unwrap().number().unwrap();
                prop_assert_eq!(back, x as f64);
            } else {
                let refused = matches!(encoded, Err(DptError::OutOfRange { .. }));
                prop_assert!(refused, "{} {}", d, x);
            }
        }
    }

    /// Texts of up to 14 Latin-1 characters round-trip (16.001); longer ones are refused.
    #[test]
    fn text_round_trip(t in "[ -~\u{a0}-\u{ff}]{0,16}") {
        let d = Dpt::new(16, 1);
        match d.encode(&DptValue::Text(t.clone())) {
            Ok(v) => prop_assert_eq!(d.decode(&v).unwrap().value, DptValue::Text(t)),
            Err(e) => {
                prop_assert!(t.chars().count() > TEXT_OCTETS);
                let too_long = matches!(e, DptError::TextTooLong { .. });
                prop_assert!(too_long);
            }
        }
    }

    #[test]
    fn dpt_text_round_trips(d in any_dpt()) {
        prop_assert_eq!(d.to_string().parse::<Dpt>().unwrap(), d);
    }

    #[test]
    fn parsing_any_text_never_panics(s in "\\PC{0,20}") {
        let _ = s.parse::<Dpt>();
    }
}
