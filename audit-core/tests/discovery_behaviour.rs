//! Discovery behaviour on loopback simulators: fallbacks (RPM rejected, segmentation refused),
//! duplicates, the BACnet port taken by another tool, pacing measured on the receiving side,
//! cancellation and the error budget.

use std::net::{Ipv4Addr, SocketAddrV4};
use std::time::{Duration, Instant};

use audit_core::discovery::{DiscoveryResult, discover};
use audit_core::job::{CancelFlag, EventSink, JobEvent, ProbePolicy, Scope, Target};
use audit_core::sim::{SimBuilding, SimConfig, SimDevice, SimHost, bench_config, demo_config};
use audit_core::text::Lang;

fn ip(d: u8) -> Ipv4Addr {
    Ipv4Addr::new(127, 0, 0, d)
}

fn fast() -> ProbePolicy {
    ProbePolicy {
        rate: 200,
        listen_s: 0.4,
        request_timeout_s: 1.0,
        ..ProbePolicy::default()
    }
}

async fn run(scope: Scope, p: ProbePolicy) -> DiscoveryResult {
    discover(
        scope,
        p.validate().unwrap(),
        EventSink::none(),
        CancelFlag::new(),
    )
    .await
}

fn device(r: &DiscoveryResult, instance: u32) -> &audit_core::inventory::Device {
    r.inventory
        .bacnet
        .devices
        .iter()
        .find(|d| d.device_instance == instance)
        .unwrap_or_else(|| panic!("device {instance} not found"))
}

fn with_objects(mut d: SimDevice, n: u32) -> SimDevice {
    for k in 1..=n {
        d = d.analog_input(k, &format!("Point {k:03}"), 62, 20.0, 1.0);
    }
    d
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fallbacks_rp_and_array_index() {
    let sim = SimBuilding::start(SimConfig {
        bacnet_hosts: vec![
            SimHost::new(
                ip(2),
                vec![with_objects(SimDevice::new(601, "No RPM", 260, "old"), 10).without_rpm()],
            ),
            SimHost::new(
                ip(3),
                vec![
                    with_objects(SimDevice::new(602, "Small APDU", 260, "tiny"), 60)
                        .with_max_apdu(206, 3),
                ],
            ),
            SimHost::new(
                ip(4),
                vec![
                    with_objects(SimDevice::new(603, "Old and small", 260, "tiny"), 40)
                        .with_max_apdu(206, 3)
                        .without_rpm(),
                ],
            ),
        ],
        ..SimConfig::default()
    })
    .unwrap();
    let mut scope = sim.scope();
    scope.knx = false;
    let r = run(scope, fast()).await;

    let d = device(&r, 601);
    assert_eq!(d.read_method, "read-property", "{:?}", d.fallbacks);
    assert!(
        d.fallbacks
            .iter()
            .any(|f| f.contains("read-property-multiple refused (reject: unrecognized-service)")),
        "{:?}",
        d.fallbacks
    );
    assert_eq!(d.object_name.as_deref(), Some("No RPM"));
    assert_eq!(d.object_count, Some(11));
    assert_eq!(d.objects.len(), 10);
    assert!(
        d.objects
            .iter()
            .all(|o| o.object_name.is_some() && o.units.as_deref() == Some("degrees-celsius"))
    );
    assert!(
        !d.services_supported
            .contains(&"read-property-multiple".to_owned())
    );

    let d = device(&r, 602);
    assert_eq!(
        d.read_method, "read-property-array-index",
        "{:?}",
        d.fallbacks
    );
    assert!(
        d.fallbacks
            .iter()
            .any(|f| f.contains("object-list too big")),
        "{:?}",
        d.fallbacks
    );
    assert_eq!(d.object_count, Some(61));
    assert_eq!(d.objects.len(), 60);
    assert_eq!(d.objects[59].object_name.as_deref(), Some("Point 060"));
    assert_eq!(d.max_apdu, 206);
    assert!(d.errors.is_empty(), "{:?}", d.errors);

    assert_eq!(r.max_in_flight_per_device, 1);
    let d = device(&r, 603);
    assert_eq!(d.read_method, "read-property-array-index");
    assert_eq!(d.object_count, Some(41));
    assert_eq!(d.objects.len(), 40);
    assert!(d.flags.is_empty(), "{:?}", d.flags);
    // Only ReadProperty went to the device without RPM after the first refusal.
    assert!(r.sent_by_service["read-property"] >= 40 + 41);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn duplicate_instance_and_shared_address_are_flagged() {
    let sim = SimBuilding::start(SimConfig {
        bacnet_hosts: vec![
            SimHost::new(ip(2), vec![SimDevice::new(77, "Dup A", 260, "x")]),
            SimHost::new(ip(3), vec![SimDevice::new(77, "Dup B", 260, "x")]),
            SimHost::new(
                ip(4),
                vec![
                    SimDevice::new(501, "Twin 1", 260, "x"),
                    SimDevice::new(502, "Twin 2", 260, "x"),
                ],
            ),
            SimHost::new(ip(5), vec![SimDevice::new(900, "Normal", 260, "x")]),
        ],
        ..SimConfig::default()
    })
    .unwrap();
    let mut scope = sim.scope();
    scope.knx = false;
    let port = scope.bacnet_port;
    let r = run(scope, fast()).await;
    let b = &r.inventory.bacnet;
    assert_eq!(b.devices.len(), 5);
    assert_eq!(b.duplicate_instances.len(), 1);
    assert_eq!(b.duplicate_instances[0].device_instance, 77);
    assert_eq!(
        b.duplicate_instances[0].addresses,
        vec![format!("127.0.0.2:{port}"), format!("127.0.0.3:{port}")]
    );
    assert_eq!(b.shared_addresses.len(), 1);
    assert_eq!(b.shared_addresses[0].device_instances, vec![501, 502]);
    let names: Vec<_> = b
        .devices
        .iter()
        .filter(|d| d.device_instance == 77)
        .map(|d| d.object_name.clone().unwrap())
        .collect();
    assert_eq!(names, ["Dup A", "Dup B"]);
    for d in &b.devices {
        let dup = d.flags.contains(&"duplicate-device-instance".to_owned());
        let shared = d
            .flags
            .contains(&"address-with-several-instances".to_owned());
        assert_eq!(dup, d.device_instance == 77, "{}", d.device_instance);
        assert_eq!(
            shared,
            matches!(d.device_instance, 501 | 502),
            "{}",
            d.device_instance
        );
    }
    assert_eq!(device(&r, 502).object_name.as_deref(), Some("Twin 2"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn port_taken_by_another_tool_falls_back_and_says_so() {
    let sim = demo();
    let scope = sim.scope();
    // Another BACnet tool holds our BACnet port on our address.
    let blocker =
        std::net::UdpSocket::bind(SocketAddrV4::new(scope.bind, scope.bacnet_port)).unwrap();
    let (sink, mut rx) = EventSink::bounded(4096);
    let job = tokio::spawn(discover(
        scope.clone(),
        fast().validate().unwrap(),
        sink,
        CancelFlag::new(),
    ));
    let mut notes = Vec::new();
    while let Some(e) = rx.recv().await {
        if let JobEvent::Note(n) = e {
            notes.push(n.code);
        }
    }
    let r = job.await.unwrap();
    drop(blocker);
    assert!(
        notes.contains(&"bacnet-port-fallback".to_owned()),
        "{notes:?}"
    );
    assert!(r.notes.iter().any(|n| {
        n.code == "bacnet-port-fallback"
            && n.message
                .render(Lang::En)
                .contains("used by another program")
    }));
    assert!(r.facts.bacnet_port_fallback);
    assert!(r.diagnosis.items.iter().any(|i| i.code == "port-in-use"));
    // Unicast answers reach the ephemeral port; broadcast I-Ams reach the broadcast listener.
    assert_eq!(r.inventory.bacnet.devices.len(), 6);
    assert!(
        r.inventory
            .bacnet
            .devices
            .iter()
            .all(|d| d.object_name.is_some())
    );
}

/// Count per sliding one-second window, on the receiving side.
fn max_per_second(mut times: Vec<Instant>) -> usize {
    times.sort();
    let mut best = 0;
    for (i, t) in times.iter().enumerate() {
        let n = times[i..]
            .iter()
            .take_while(|u| u.duration_since(*t) < Duration::from_secs(1))
            .count();
        best = best.max(n);
    }
    best
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pacing_holds_on_the_receiving_side() {
    let sim = demo();
    let rate = 8;
    let p = ProbePolicy {
        rate,
        listen_s: 0.3,
        request_timeout_s: 1.0,
        ..ProbePolicy::default()
    };
    let scope = sim.scope();
    let r = run(scope, p).await;
    assert_eq!(r.inventory.bacnet.devices.len(), 6);
    let ours: Vec<Instant> = sim
        .received()
        .iter()
        .filter(|x| *x.from.ip() == Ipv4Addr::new(127, 0, 0, 1))
        .map(|x| x.at)
        .collect();
    assert_eq!(
        ours.len() as u64,
        r.packets_sent,
        "every packet sent was received once"
    );
    assert!(
        ours.len() > 2 * rate as usize,
        "enough packets to span several windows"
    );
    let peak = max_per_second(ours);
    assert!(
        peak <= rate as usize,
        "{peak} packets in one second, cap {rate}"
    );
    assert!(peak >= rate as usize - 2, "pacer far below the cap: {peak}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancel_stops_within_a_bound() {
    let sim = SimBuilding::start(bench_config(30, 40)).unwrap();
    let mut scope = sim.scope();
    scope.knx = false;
    let cancel = CancelFlag::new();
    let p = ProbePolicy {
        listen_s: 0.3,
        ..ProbePolicy::default()
    };
    let job = tokio::spawn(discover(
        scope,
        p.validate().unwrap(),
        EventSink::none(),
        cancel.clone(),
    ));
    tokio::time::sleep(Duration::from_millis(1500)).await;
    let t = Instant::now();
    cancel.cancel();
    let r = tokio::time::timeout(Duration::from_secs(2), job)
        .await
        .expect("stopped in time")
        .unwrap();
    let took = t.elapsed();
    assert!(took < Duration::from_millis(500), "took {took:?}");
    assert_eq!(r.stopped.as_deref(), Some("cancelled"));
    // 30 devices x ~4 requests would be ~120 packets; we stopped after about 1.5 s at 20/s.
    assert!(r.packets_sent < 40, "{}", r.packets_sent);
    assert!(
        r.inventory
            .bacnet
            .devices
            .iter()
            .any(|d| d.flags.contains(&"interrogation-incomplete".to_owned()))
    );
    assert!(r.diagnosis.items.iter().any(|i| i.code == "job-stopped"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn error_budget_stops_a_job_against_a_silent_target() {
    // Nothing listens on 127.0.0.99 at this port.
    let port = std::net::UdpSocket::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let scope = Scope::for_bind(Ipv4Addr::new(127, 0, 0, 1)).unwrap();
    let mut scope = Scope {
        broadcast: None,
        multicast: false,
        knx: false,
        ..scope
    };
    scope.interface = None;
    scope.targets = vec![
        Target {
            ip: ip(99),
            port: Some(port),
        },
        Target {
            ip: ip(98),
            port: Some(port),
        },
    ];
    let p = ProbePolicy {
        rate: 200,
        listen_s: 0.2,
        request_timeout_s: 0.2,
        retries: 5,
        backoff_s: 0.0,
        error_budget: 3,
        ..ProbePolicy::default()
    };
    let t = Instant::now();
    let r = run(scope, p).await;
    assert_eq!(r.stopped.as_deref(), Some("error-budget-exhausted"));
    // Two Who-Is, then three ReadProperty attempts to the first target, then stop: the second
    // target is never asked and the first is not tried six times.
    assert_eq!(
        r.sent_by_service.get("read-property"),
        Some(&3),
        "{:?}",
        r.sent_by_service
    );
    assert_eq!(r.sent_by_service.get("who-is"), Some(&2));
    assert!(t.elapsed() < Duration::from_secs(3));
    let codes: Vec<&str> = r.diagnosis.items.iter().map(|i| i.code.as_str()).collect();
    assert!(
        codes.contains(&"job-stopped") && codes.contains(&"firewall-suspected"),
        "{codes:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn busy_who_is_ranges_are_split_and_nothing_is_lost() {
    let sim = SimBuilding::start(bench_config(12, 2)).unwrap();
    let mut scope = sim.scope();
    scope.knx = false;
    let p = ProbePolicy {
        whois_split_threshold: 4,
        ..fast()
    };
    let (sink, mut rx) = EventSink::bounded(4096);
    let job = tokio::spawn(discover(
        scope,
        p.validate().unwrap(),
        sink,
        CancelFlag::new(),
    ));
    let mut splits = 0;
    let mut who_is = Vec::new();
    let mut sent_events = 0u64;
    while let Some(e) = rx.recv().await {
        if matches!(e, JobEvent::PacketSent(_)) {
            sent_events += 1;
        }
        match e {
            JobEvent::Phase { detail, .. } if detail.render(Lang::En).contains("two halves") => {
                splits += 1
            }
            JobEvent::PacketSent(p) if p.service == "who-is" => who_is.push(p.destination),
            _ => {}
        }
    }
    let r = job.await.unwrap();
    assert_eq!(sent_events, r.packets_sent, "one event per packet sent");
    assert_eq!(r.inventory.bacnet.devices.len(), 12);
    // 12 answers > 4: split at the median (6 and 6 > 4: split again, 3+3 each) = 3 splits.
    assert_eq!(splits, 3, "{who_is:?}");
    assert_eq!(who_is.len(), 7);
    assert!(who_is.iter().all(|d| d.starts_with("127.255.255.255:")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn interface_without_broadcast_is_diagnosed() {
    let sim = demo();
    let mut scope = sim.scope();
    scope.broadcast = None;
    scope.multicast = false;
    let r = run(scope, fast()).await;
    assert!(r.inventory.bacnet.devices.is_empty());
    assert!(r.inventory.knx.gateways.is_empty());
    let codes: Vec<&str> = r.diagnosis.items.iter().map(|i| i.code.as_str()).collect();
    assert_eq!(
        codes,
        ["no-broadcast", "multicast-unavailable", "nothing-sent"]
    );
    assert!(r.diagnosis.little_found);
    assert_eq!(r.packets_sent, 0);
}

/// The demo building on ports of its own: tests running in parallel processes must not share
/// 47808/3671 (`SimBuilding::start_demo` tries those first, for people).
fn demo() -> SimBuilding {
    SimBuilding::start(SimConfig {
        standard_ports: false,
        ..demo_config()
    })
    .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn global_broadcast_only_when_asked_and_with_a_warning() {
    let sim = demo();
    let mut scope = sim.scope();
    scope.knx = false;
    let r = run(scope.clone(), fast()).await;
    assert!(!r.notes.iter().any(|n| n.code == "bacnet-global-broadcast"));
    let global_who_is = |r: &DiscoveryResult| r.sent_by_service["who-is"];
    let polite = global_who_is(&r);
    scope.global_broadcast = true;
    let r = run(scope, fast()).await;
    assert!(r.notes.iter().any(|n| n.code == "bacnet-global-broadcast"));
    assert_eq!(global_who_is(&r), polite + 1);
    // The router forwards the global Who-Is to network 2: the VAV answers either way.
    assert!(
        r.inventory
            .bacnet
            .devices
            .iter()
            .any(|d| d.device_instance == 2205 && d.routed)
    );
    assert_eq!(
        r.inventory.bacnet.devices.len(),
        6,
        "no duplicates from two Who-Is"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn answers_from_outside_the_subnet_are_pointed_out() {
    let sim = demo();
    let mut scope = sim.scope();
    scope.knx = false;
    // Pretend the interface is 127.0.0.0/30: the simulators at .10 and up are outside it.
    scope.subnet = Some((Ipv4Addr::new(127, 0, 0, 1), 30));
    let r = run(scope, fast()).await;
    assert!(!r.facts.unexpected_sources.is_empty());
    assert!(
        r.facts
            .unexpected_sources
            .iter()
            .any(|(a, _)| a.starts_with("127.0.0.11:"))
    );
    assert!(
        r.diagnosis
            .items
            .iter()
            .any(|i| i.code == "unexpected-sources")
    );
}

fn object<'a>(
    d: &'a audit_core::inventory::Device,
    name: &str,
) -> &'a audit_core::inventory::ObjectInfo {
    d.objects
        .iter()
        .find(|o| o.object_name.as_deref() == Some(name))
        .unwrap_or_else(|| panic!("object {name} not found"))
}

/// Commandable objects: occupied priority slots with their values (free slots left out) and the
/// relinquish default; not read for inputs, and not at all when the object list was capped.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn priority_slots_and_relinquish_default_are_read() {
    use serde_json::json;
    let sim = demo();
    let mut scope = sim.scope();
    scope.knx = false;
    let r = run(scope.clone(), fast()).await;
    let c = device(&r, 1001);
    let over = object(c, "AHU-1 Supply Air Setpoint");
    assert!(over.commandable);
    let slots = over.priority_slots.as_ref().unwrap();
    assert_eq!(slots.len(), 1, "{slots:?}");
    assert_eq!((slots[0].priority, &slots[0].value), (8, &json!(16.0)));
    assert_eq!(over.relinquish_default, Some(json!(18.0)));
    assert_eq!(
        over.present_value,
        Some(json!(16.0)),
        "the override wins over the default"
    );
    let free = object(c, "Room 101 Setpoint");
    assert_eq!(free.priority_slots.as_deref(), Some(&[][..]));
    assert_eq!(free.relinquish_default, Some(json!(21.5)));
    let fan = object(c, "AHU-1 Supply Fan");
    assert_eq!(fan.priority_slots.as_deref(), Some(&[][..]));
    assert_eq!(fan.relinquish_default, Some(json!(0)));
    let sensor = object(c, "AHU-1 Supply Air Temp");
    assert!(!sensor.commandable);
    assert_eq!(
        (&sensor.priority_slots, &sensor.relinquish_default),
        (&None, &None)
    );
    // The routed VAV (max APDU 480) gets its slots too.
    let vav = device(&r, 2205);
    assert_eq!(
        object(vav, "VAV-2-05 Zone Setpoint")
            .priority_slots
            .as_deref(),
        Some(&[][..])
    );

    // Capped object list: the objects read carry no priority slots.
    let capped = ProbePolicy {
        max_objects_per_device: 2,
        ..fast()
    };
    let r = run(scope, capped).await;
    let c = device(&r, 1001);
    assert!(c.flags.contains(&"object-list-truncated".to_owned()));
    assert_eq!(c.objects.len(), 2);
    assert!(c.objects.iter().all(|o| o.priority_slots.is_none()));
}

/// Priority slots through ReadProperty only (a device without RPM).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn priority_slots_are_read_without_rpm_too() {
    use audit_core::wire::bacnet::tag::{ApplicationValue, ObjectId};
    let sim = SimBuilding::start(SimConfig {
        bacnet_hosts: vec![SimHost::new(
            ip(2),
            vec![
                SimDevice::new(611, "Old", 260, "old")
                    .setpoint(1, "SP", 62, 20.0)
                    .commanded_at(ObjectId::new(2, 1), 1, ApplicationValue::Real(30.0))
                    .commanded_at(ObjectId::new(2, 1), 16, ApplicationValue::Real(19.0))
                    .without_rpm(),
            ],
        )],
        ..SimConfig::default()
    })
    .unwrap();
    let mut scope = sim.scope();
    scope.knx = false;
    let r = run(scope, fast()).await;
    let d = device(&r, 611);
    assert_eq!(d.read_method, "read-property");
    let sp = object(d, "SP");
    let slots: Vec<(u8, f64)> = sp
        .priority_slots
        .as_ref()
        .unwrap()
        .iter()
        .map(|s| (s.priority, s.value.as_f64().unwrap()))
        .collect();
    assert_eq!(slots, [(1, 30.0), (16, 19.0)]);
    assert_eq!(sp.present_value, Some(serde_json::json!(30.0)));
}

/// NAT-mode description: one extra description request per gateway with 0.0.0.0:0; a gateway
/// that answers the packet's source says yes, one that takes the address literally says no;
/// switched off, nothing extra is sent and nothing is claimed.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nat_mode_description_is_asked_once_per_gateway() {
    use audit_core::sim::SimGateway;
    let sim = SimBuilding::start(SimConfig {
        gateways: vec![
            SimGateway::secure_router(ip(40)),
            SimGateway::legacy_interface(ip(41)).ignoring_nat(),
        ],
        ..SimConfig::default()
    })
    .unwrap();
    let mut scope = sim.scope();
    scope.bacnet = false;
    let r = run(scope.clone(), fast()).await;
    let g = &r.inventory.knx.gateways;
    assert_eq!(g.len(), 2);
    let by_ia = |ia: &str| g.iter().find(|x| x.individual_address == ia).unwrap();
    assert_eq!(by_ia("1.1.0").answers_nat_description, Some(true));
    assert_eq!(by_ia("1.0.250").answers_nat_description, Some(false));
    // Two normal descriptions (one each) and two NAT-mode ones, no retries of the latter.
    assert_eq!(r.sent_by_service["description-request"], 4);
    let nat_requests = sim
        .received()
        .iter()
        .filter(|x| x.service == "description-request")
        .count();
    assert_eq!(nat_requests, 4);
    let device_info_dibs =
        |g: &audit_core::inventory::Gateway| g.dibs.iter().filter(|d| d.code == 1).count();
    let with_nat = device_info_dibs(by_ia("1.1.0"));

    let off = ProbePolicy {
        nat_description: false,
        ..fast()
    };
    let r = run(scope, off).await;
    assert!(
        r.inventory
            .knx
            .gateways
            .iter()
            .all(|x| x.answers_nat_description.is_none())
    );
    assert_eq!(r.sent_by_service["description-request"], 2);
    let plain = r
        .inventory
        .knx
        .gateways
        .iter()
        .find(|x| x.individual_address == "1.1.0")
        .unwrap();
    assert_eq!(
        device_info_dibs(plain),
        with_nat,
        "the NAT answer is not recorded again"
    );
}

/// Register-Foreign-Device only with consent, once per BBMD, TTL 30 s, after the tables were
/// read; never Write-BDT or Delete-FDT-Entry. Accepted by the demo BBMD, NAK from one that
/// refuses registrations.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn register_foreign_device_only_with_consent() {
    use audit_core::sim::{SimBbmd, WireLog};
    use audit_core::wire::bacnet::bvlc::BvlcFunction;
    use audit_core::wire::bacnet::decode_bip;
    let (accepting, refusing) = (WireLog::new(), WireLog::new());
    let bbmd = |ip_: Ipv4Addr, instance: u32, accept: bool, log: &WireLog| {
        let mut h =
            SimHost::new(ip_, vec![SimDevice::new(instance, "BBMD", 260, "b")]).logging_to(log);
        h.bbmd = Some(SimBbmd {
            accept_fd_registrations: accept,
            ..SimBbmd::default()
        });
        h
    };
    let sim = SimBuilding::start(SimConfig {
        bacnet_hosts: vec![
            bbmd(ip(30), 4001, true, &accepting),
            bbmd(ip(31), 4002, false, &refusing),
        ],
        ..SimConfig::default()
    })
    .unwrap();
    let mut scope = sim.scope();
    scope.knx = false;
    let port = scope.bacnet_port;
    let functions = |log: &WireLog| -> Vec<BvlcFunction> {
        log.datagrams()
            .iter()
            .filter_map(|d| decode_bip(d).ok()?.bvlc.map(|b| b.function))
            .collect()
    };

    // Without consent: tables read, no registration.
    let r = run(scope.clone(), fast()).await;
    assert_eq!(r.inventory.bacnet.bbmds.len(), 2);
    assert!(
        r.inventory
            .bacnet
            .bbmds
            .iter()
            .all(|b| b.register_fd.is_none())
    );
    assert!(!r.sent_by_service.contains_key("register-foreign-device"));

    let consent = ProbePolicy {
        register_foreign_device: true,
        ..fast()
    };
    let r = run(scope, consent).await;
    let by_addr = |a: String| {
        r.inventory
            .bacnet
            .bbmds
            .iter()
            .find(|b| b.address == a)
            .unwrap()
            .clone()
    };
    let yes = by_addr(format!("127.0.0.30:{port}"));
    assert_eq!(yes.register_fd.as_deref(), Some("accepted"));
    assert_eq!(
        yes.fdt.as_ref().map(Vec::len),
        Some(0),
        "FDT read before registering"
    );
    let no = by_addr(format!("127.0.0.31:{port}"));
    assert_eq!(
        no.register_fd.as_deref(),
        Some("register-foreign-device-nak")
    );
    assert_eq!(r.sent_by_service["register-foreign-device"], 2);
    for log in [&accepting, &refusing] {
        let f = functions(log);
        let ttls: Vec<u16> = f
            .iter()
            .filter_map(|x| match x {
                BvlcFunction::RegisterForeignDevice { ttl } => Some(*ttl),
                _ => None,
            })
            .collect();
        assert_eq!(ttls, [30], "one registration, TTL 30 s: {f:?}");
        assert!(!f.iter().any(|x| matches!(
            x,
            BvlcFunction::WriteBdt(_) | BvlcFunction::DeleteFdtEntry(_)
        )));
        let reg = f
            .iter()
            .position(|x| matches!(x, BvlcFunction::RegisterForeignDevice { .. }))
            .unwrap();
        let read_fdt = f
            .iter()
            .position(|x| matches!(x, BvlcFunction::ReadFdt))
            .unwrap();
        assert!(read_fdt < reg, "{f:?}");
    }
}
