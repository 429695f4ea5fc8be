//! Observations from real captures: the public ones (`../shared/captures/public`) and the lab
//! captures recorded with bacpypes3 devices (`eval/pcaps`, see eval/README.md).

use super::*;
use crate::capture::pcap::{INITIAL_BUFFER, Sink, read_capture};
use crate::job::CancelFlag;
use std::path::{Path, PathBuf};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

#[derive(Default)]
struct Collect {
    observer: Observer,
    all: Vec<Observation>,
}

impl Sink for Collect {
    fn frame(&mut self, linktype: u32, ts_ns: Option<i64>, data: &[u8]) {
        let mut out = Vec::new();
        self.observer.frame(linktype, ts_ns, data, &mut out);
        self.all.extend(out);
    }
    fn unreadable_frame(&mut self, _: &'static str, _: &'static str) {
        self.observer.counts.packets += 1;
    }
    fn frames(&self) -> u64 {
        self.observer.counts.packets
    }
}

fn observe(path: &Path) -> Collect {
    let mut c = Collect::default();
    let f = std::fs::File::open(path).unwrap();
    read_capture(
        f,
        INITIAL_BUFFER,
        &mut c,
        &mut |_, _| {},
        &CancelFlag::new(),
    )
    .unwrap();
    c
}

fn public_captures() -> Vec<PathBuf> {
    let dir = repo().join("../shared/captures/public");
    let mut v = Vec::new();
    for sub in ["bacnet", "knx"] {
        if let Ok(rd) = std::fs::read_dir(dir.join(sub)) {
            v.extend(rd.flatten().map(|e| e.path()));
        }
    }
    v.sort();
    v
}

#[test]
fn every_message_of_the_public_captures_is_one_observation_as_analyze_counts_it() {
    let files = public_captures();
    if files.is_empty() {
        eprintln!("skipped: ../shared/captures/public not found");
        return;
    }
    for f in files {
        let c = observe(&f);
        let report = crate::analyze::analyze_file(&f, &|_| {}, &CancelFlag::new()).unwrap();
        let messages = report.bacnet.messages + report.knx.messages;
        assert_eq!(c.observer.counts.messages, messages, "{}", f.display());
        assert_eq!(c.all.len() as u64, messages, "{}", f.display());
        let malformed = report.bacnet.malformed + report.knx.malformed;
        assert_eq!(c.observer.counts.malformed, malformed, "{}", f.display());
    }
}

fn lab(name: &str) -> Vec<Observation> {
    observe(&repo().join("eval/pcaps").join(name)).all
}

fn find<'a>(obs: &'a [Observation], service: &str) -> &'a Observation {
    obs.iter().find(|o| o.service == service).unwrap()
}

const WS: &str = "198.18.1.40:47808";
const CTL: &str = "198.18.1.10:47808";
const RTR: &str = "198.18.1.20:47808";

#[test]
fn lab_write_property_names_the_point_the_value_and_the_writer() {
    let obs = lab("learn.pcap");
    let w = obs
        .iter()
        .find(|o| {
            o.service == "write-property"
                && matches!(o.points.first().map(|p| p.point),
                    Some(PointKey::Bacnet { object, .. }) if object.object_type == 2)
        })
        .unwrap();
    assert_eq!(w.source.to_string(), WS);
    assert!(w.flags.request && !w.flags.broadcast);
    let pv = &w.points[0];
    assert_eq!(pv.role, ValueRole::Written);
    assert_eq!(
        pv.point,
        PointKey::Bacnet {
            device: CTL.parse().unwrap(),
            object: ObjectId::new(2, 3),
            property: prop::PRESENT_VALUE,
        }
    );
    let v = pv.value.number().unwrap();
    assert!((20.0..=22.0).contains(&v), "{v}");
    assert_eq!(w.sender(), Host::Ip("198.18.1.40".parse().unwrap()));
}

#[test]
fn lab_rpm_ack_reports_every_point_and_binary_values_are_discrete() {
    let obs = lab("learn.pcap");
    let a = find(&obs, "read-property-multiple-ack");
    assert_eq!(a.source.to_string(), CTL);
    assert_eq!(a.points.len(), 6);
    assert!(a.points.iter().all(|p| p.role == ValueRole::Reported));
    let bo = a
        .points
        .iter()
        .find(|p| matches!(p.point, PointKey::Bacnet { object, .. } if object.object_type == 4))
        .unwrap();
    assert!(matches!(bo.value, Value::Number { discrete: true, .. }));
}

#[test]
fn lab_routed_answers_and_announcements_carry_the_remote_station() {
    let obs = lab("learn.pcap");
    let i_am_2001 = obs
        .iter()
        .find(|o| matches!(o.event, Event::IAm { instance: 2001, .. }))
        .unwrap();
    let Event::IAm { device, .. } = &i_am_2001.event else {
        panic!()
    };
    assert_eq!(device.link.to_string(), RTR);
    let remote = device.remote.unwrap();
    assert_eq!(remote.network, 2);
    // The same device address keys the values read through the router.
    let ack = obs
        .iter()
        .find(|o| o.service == "read-property-ack" && o.source.to_string() == RTR)
        .unwrap();
    let PointKey::Bacnet { device: d2, .. } = ack.points[0].point else {
        panic!()
    };
    assert_eq!(d2, *device);
    let r = find(&obs, "i-am-router-to-network");
    assert_eq!(r.event, Event::IAmRouter { networks: vec![2] });
}

#[test]
fn lab_cov_notifications_and_object_names() {
    let obs = lab("learn.pcap");
    let cov = find(&obs, "unconfirmed-cov-notification");
    assert!(cov.points.iter().any(|p| p.point
        == PointKey::Bacnet {
            device: CTL.parse().unwrap(),
            object: ObjectId::new(0, 1),
            property: prop::PRESENT_VALUE,
        }));
    let names: Vec<&str> = obs
        .iter()
        .flat_map(|o| &o.points)
        .filter_map(|p| match &p.value {
            Value::Text(t) => Some(t.as_str()),
            _ => None,
        })
        .collect();
    assert!(names.contains(&"AHU-2 supply setpoint"), "{names:?}");
}

#[test]
fn lab_reflected_who_is_keeps_the_forged_source() {
    let obs = lab("attack-6-ddos.pcap");
    let who_is: Vec<&Observation> = obs.iter().filter(|o| o.event == Event::WhoIs).collect();
    assert!(who_is.len() >= 1000, "{}", who_is.len());
    assert!(who_is.iter().all(|o| o.flags.broadcast));
    assert!(who_is.iter().any(|o| o.source.to_string() == WS));
}

#[test]
fn knx_public_capture_yields_knx_observations() {
    let f = repo().join("../shared/captures/public/knx/ndpi_knxip.pcapng");
    if !f.exists() {
        eprintln!("skipped: {} not found", f.display());
        return;
    }
    // Frames 1-2: search-request-extended and search-request to the multicast group; frame 3
    // (KNXnet/IP over TCP) holds two: tunnelling-feature-response and -info.
    let obs = observe(&f).all;
    assert_eq!(obs.len(), 4);
    assert!(
        obs.iter()
            .all(|o| o.protocol == Protocol::Knx && !o.flags.malformed)
    );
    let services: Vec<&str> = obs.iter().map(|o| o.service).collect();
    assert!(services.contains(&"search-request"), "{services:?}");
    assert!(
        obs.iter().any(|o| o.flags.broadcast),
        "the searches go to the multicast group"
    );
}

#[test]
fn malformed_bacnet_is_observed_as_malformed() {
    let bad = bacnet_observation(
        0,
        Endpoint::Unknown,
        Endpoint::Unknown,
        bacnet::decode_bip(&[0x81]),
    );
    assert!(bad.flags.malformed);
    assert_eq!(bad.service, "malformed");
}

#[test]
fn addresses_print_and_parse_back() {
    let cases = [
        "198.18.1.10:47808",
        "198.18.1.20:47808 net 2 mac c6:12:02:0a:ba:c0",
        "mac 00:11:22:33:44:55",
        "unknown",
        "198.18.1.20:47808 net 5",
    ];
    for c in cases {
        let d: DeviceAddr = c.parse().unwrap();
        assert_eq!(d.to_string(), c);
        let back: DeviceAddr = d.to_string().parse().unwrap();
        assert_eq!(back, d, "{c}");
    }
    for h in [
        "198.18.1.40",
        "mac 00:11:22:33:44:55",
        "knx 1.1.5",
        "unknown",
    ] {
        assert_eq!(h.parse::<Host>().unwrap().to_string(), h);
    }
    assert!("knx 16.1.1".parse::<Host>().is_err());
    assert!("300.1.1.1".parse::<Host>().is_err());
    assert_eq!(
        parse_object_text("analog-value,3").unwrap(),
        ObjectId::new(2, 3)
    );
    assert_eq!(object_text(ObjectId::new(2, 3)), "analog-value,3");
    assert_eq!(parse_group("1/2/3").unwrap().to_string(), "1/2/3");
}

#[test]
fn every_object_type_and_property_name_parses_back() {
    for t in 0..=1023u16 {
        let o = ObjectId::new(t, 7);
        assert_eq!(
            parse_object_text(&object_text(o)).unwrap(),
            o,
            "{}",
            object_text(o)
        );
    }
    for p in (0..2000u32).chain([4_194_303, 4_194_304, u32::MAX]) {
        assert_eq!(
            parse_property_text(&property_text(p)).unwrap(),
            p,
            "{}",
            property_text(p)
        );
    }
}

mod props {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn device_addresses_round_trip(ip: [u8; 4], port: u16, net: u16,
                                       mac in proptest::collection::vec(any::<u8>(), 0..=MAX_SADR),
                                       routed: bool) {
            let link = Endpoint::Ip(SocketAddrV4::new(Ipv4Addr::from(ip), port));
            let d = DeviceAddr { link, remote: routed.then(|| RemoteStation::new(net, &mac)) };
            let back: DeviceAddr = d.to_string().parse().unwrap();
            prop_assert_eq!(back, d);
        }

        #[test]
        fn any_frame_bytes_observe_without_panic(data in proptest::collection::vec(any::<u8>(), 0..200)) {
            let mut obs = Observer::default();
            let mut out = Vec::new();
            for lt in [crate::capture::frame::linktype::ETHERNET, crate::capture::frame::linktype::RAW] {
                obs.frame(lt, Some(0), &data, &mut out);
            }
            let _ = obs.bacnet_datagram(0, "198.18.1.1:47808".parse().unwrap(), &data);
            let _ = obs.knx_datagram(0, "198.18.1.1:3671".parse().unwrap(), &data);
        }
    }
}

#[test]
fn lab_writes_and_their_simple_acks_carry_the_same_transaction() {
    let obs = lab("learn.pcap");
    let mut paired = 0;
    for (i, w) in obs.iter().enumerate() {
        if w.service != "write-property" {
            continue;
        }
        let tx = w.transaction.unwrap();
        assert!(!tx.simple_ack);
        assert_eq!(tx.service_choice, 15);
        let ack = obs[i + 1..]
            .iter()
            .find(|a| a.source == w.destination && a.destination == w.source)
            .unwrap();
        assert_eq!(ack.service, "write-property-ack");
        assert_eq!(
            ack.transaction,
            Some(Transaction {
                simple_ack: true,
                ..tx
            })
        );
        paired += 1;
    }
    // learn.pcap: 17 WriteProperty requests and 17 SimpleACKs to them (tshark -Y
    // "bacapp.type==0 && bacapp.confirmed_service==15", then bacapp.type==2).
    assert_eq!(paired, 17);
    let rp = find(&obs, "read-property");
    assert!(
        rp.transaction
            .is_some_and(|t| !t.simple_ack && t.service_choice == 12)
    );
    let i_am = find(&obs, "i-am");
    assert_eq!(i_am.transaction, None);
}

#[test]
fn packed_equality_matches_the_addresses() {
    use proptest::prelude::*;
    let endpoint = prop_oneof![
        (any::<u32>(), any::<u16>())
            .prop_map(|(ip, port)| Endpoint::Ip(SocketAddrV4::new(Ipv4Addr::from(ip), port))),
        any::<[u8; 6]>().prop_map(Endpoint::Mac),
        Just(Endpoint::Unknown),
    ];
    let remote = proptest::option::of(
        (
            any::<u16>(),
            proptest::collection::vec(any::<u8>(), 0..=MAX_SADR),
        )
            .prop_map(|(n, mac)| RemoteStation::new(n, &mac)),
    );
    let device = (endpoint, remote).prop_map(|(link, remote)| DeviceAddr { link, remote });
    // Small value spaces so that equal pairs occur often.
    let small = (
        0u32..3,
        0u16..2,
        0u16..2,
        proptest::collection::vec(0u8..2, 0..3),
        any::<bool>(),
    )
        .prop_map(|(ip, port, net, mac, routed)| DeviceAddr {
            link: Endpoint::Ip(SocketAddrV4::new(Ipv4Addr::from(ip), port)),
            remote: routed.then(|| RemoteStation::new(net, &mac)),
        });
    let mut runner = proptest::test_runner::TestRunner::default();
    runner
        .run(
            &(
                prop_oneof![device.clone(), small.clone()],
                prop_oneof![device, small],
            ),
            |(a, b)| {
                // Display names every field, so equal text is equal addresses.
                prop_assert_eq!(a == b, a.to_string() == b.to_string());
                prop_assert_eq!(a.link == b.link, a.link.to_string() == b.link.to_string());
                let (ha, hb) = (a.link.host(), b.link.host());
                prop_assert_eq!(ha == hb, ha.to_string() == hb.to_string());
                // The recent-lookup caches compare packed keys: equal exactly when equal.
                prop_assert_eq!(ha == hb, ha.packed() == hb.packed());
                prop_assert_eq!((ha, hb) == (hb, ha), (ha, hb).packed() == (hb, ha).packed());
                prop_assert_eq!(ha == hb, (ha, 7u16).packed() == (hb, 7u16).packed());
                prop_assert_ne!((ha, 7u16).packed(), (ha, 8u16).packed());
                prop_assert_ne!(ha.packed(), u128::MAX);
                prop_assert_eq!(a.link.host_word(), ha.word());
                prop_assert_eq!(a == b, a.cmp(&b) == std::cmp::Ordering::Equal);
                Ok(())
            },
        )
        .unwrap();
}

#[test]
fn packed_hosts_differ_across_kinds() {
    // The same low bits in every kind of host, and both ends of each kind's range: no two
    // packings may be equal unless the hosts are.
    let mut hosts = vec![Host::Unknown];
    for low in [0u32, 1, 0xFFFF, 0xFFFF_FFFF] {
        hosts.push(Host::Ip(Ipv4Addr::from(low)));
        let b = low.to_be_bytes();
        hosts.push(Host::Mac([0, 0, b[0], b[1], b[2], b[3]]));
        hosts.push(Host::Mac([0xFF, 0xFF, b[0], b[1], b[2], b[3]]));
        hosts.push(Host::Knx(IndividualAddress(low as u16)));
    }
    for a in &hosts {
        for b in &hosts {
            assert_eq!(a == b, a.packed() == b.packed(), "{a} / {b}");
            assert_eq!(
                (a, b) == (b, a),
                (*a, *b).packed() == (*b, *a).packed(),
                "{a} / {b}"
            );
        }
    }
}

fn hex(s: &str) -> Vec<u8> {
    crate::wire::hex::parse_hex(s).unwrap()
}

/// The first frames of eval/knx/pcaps/learn.pcap (tshark -T fields -e udp.payload): a bus
/// telegram the KNX IP router 198.18.10.20 routes, knxd's copy to its tunnel client and the
/// client's ACK; then the client's own write (L_Data.req), knxd's ACK, its routing of it and
/// its L_Data.con.
const KNX_FRAMES: &[(&str, &str)] = &[
    (
        "198.18.10.20:3671",
        "0610053000132900bce0110d19040300801516",
    ),
    (
        "198.18.10.10:3671",
        "061004200017040100002900bcd0110d19040300801516",
    ),
    ("198.18.10.30:52009", "06100421000a04010000"),
    (
        "198.18.10.30:52009",
        "061004200017040100001100bce010c81a010300800c4c",
    ),
    ("198.18.10.10:3671", "06100421000a04010000"),
    (
        "198.18.10.10:3671",
        "0610053000132900bcd010c81a010300800c4c",
    ),
    (
        "198.18.10.10:3671",
        "061004200017040101002e00bce010c81a010300800c4c",
    ),
];

fn knx_frames(times_ms: &[i64]) -> Vec<Observation> {
    let mut obs = Observer::default();
    KNX_FRAMES
        .iter()
        .zip(times_ms)
        .map(|((from, data), t)| obs.knx_datagram(t * 1_000_000, from.parse().unwrap(), &hex(data)))
        .collect()
}

#[test]
fn a_gateways_copies_are_echoes_and_acknowledgements_mirrors() {
    let o = knx_frames(&[0, 3, 7, 550, 551, 551, 552]);
    let flags: Vec<(bool, bool, bool)> = o
        .iter()
        .map(|o| (o.flags.echo, o.flags.mirror, o.flags.knx_request))
        .collect();
    assert_eq!(
        flags,
        [
            (false, false, false), // the original routing indication
            (true, false, false),  // knxd's copy to its tunnel client
            (false, true, false),  // TUNNELLING_ACK
            (false, false, true),  // the client's command (L_Data.req)
            (false, true, false),  // TUNNELLING_ACK
            (true, false, false),  // knxd routing the client's command
            (false, true, false),  // L_Data.con
        ]
    );
    // The value is kept raw, decoded later with the group's type.
    let PointValue { point, value, .. } = &o[0].points[0];
    assert_eq!(point.to_string(), "group 3/1/4");
    let Value::Knx(raw) = value else {
        panic!("{value:?}")
    };
    assert_eq!(raw.data(), [0x15, 0x16]);
    assert_eq!(raw.size(), Some(2));
    assert_eq!(raw.decode(Dpt::new(9, 7)).unwrap().to_string(), "52.08 %");
    assert_eq!(raw.legacy_number(), Some(f64::from(0x1516u16)));
}

#[test]
fn the_same_telegram_from_the_same_host_or_after_a_second_is_not_an_echo() {
    let mut obs = Observer::default();
    let routing = hex(KNX_FRAMES[0].1);
    let from = "198.18.10.20:3671".parse().unwrap();
    // A button pressed twice, a flood: each telegram is an event.
    let a = obs.knx_datagram(0, from, &routing);
    let b = obs.knx_datagram(100_000_000, from, &routing);
    assert!(!a.flags.echo && !b.flags.echo);
    // Another host's copy more than a second later is a new telegram too.
    let late = obs.knx_datagram(
        1_200_000_000,
        "198.18.10.10:3671".parse().unwrap(),
        &routing,
    );
    assert!(!late.flags.echo);
}

#[test]
fn the_echo_memory_is_bounded() {
    let mut obs = Observer::default();
    let from = "198.18.10.20:3671".parse().unwrap();
    let mut frame = hex(KNX_FRAMES[0].1);
    let last = frame.len() - 1;
    for i in 0..(MAX_ECHO_TELEGRAMS as u32 * 3) {
        // Distinct telegrams (the value's last octet and the destination vary) within 1 s.
        frame[last] = i as u8;
        frame[last - 5] = (i >> 8) as u8;
        obs.knx_datagram(i64::from(i), from, &frame);
        assert!(obs.echoes.recent.len() <= MAX_ECHO_TELEGRAMS);
    }
}

#[test]
fn knx_raw_values_keep_every_size_up_to_a_text() {
    use crate::wire::knxip::apdu::GroupValue;
    let short = KnxRaw::new(&GroupValue::Short(0x41)).unwrap();
    assert_eq!(short.short(), Some(1), "only 6 bits are a value");
    assert_eq!(short.size(), None);
    assert_eq!(short.hex(), "$01");
    let text = KnxRaw::new(&GroupValue::Long(b"Heating OK\0\0\0\0".to_vec())).unwrap();
    assert_eq!(text.size(), Some(14));
    assert_eq!(text.legacy_number(), None);
    assert_eq!(
        text.decode(Dpt::new(16, 1)).unwrap().to_string(),
        "\"Heating OK\""
    );
    assert!(KnxRaw::new(&GroupValue::Long(vec![0; 15])).is_none());
    assert_eq!(
        KnxRaw::new(&text.group_value()),
        Some(text),
        "raw values round-trip"
    );
}
