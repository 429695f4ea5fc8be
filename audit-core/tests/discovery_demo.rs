//! Discovery against the built-in demo building on loopback: everything is found with the
//! right properties, including the device behind the router, the BBMD tables and both KNX
//! gateways with their security posture; nothing but read-only services is ever sent; the
//! auditor never answers as a device.

use std::collections::BTreeSet;
use std::net::{Ipv4Addr, SocketAddrV4};
use std::time::Duration;

use audit_core::discovery::{DiscoveryResult, discover, estimate_packets};
use audit_core::inventory::Device;
use audit_core::job::{CancelFlag, EventSink, ProbePolicy, Scope, Target};
use audit_core::sim::{SimBuilding, SimConfig, SimGateway, demo_config};
use audit_core::wire::bacnet::apdu::{Apdu, Body, UnconfirmedRequestPdu};
use audit_core::wire::bacnet::bvlc::{Bvlc, BvlcFunction};
use audit_core::wire::bacnet::npdu::Npdu;
use audit_core::wire::bacnet::services::{UnconfirmedRequest, WhoIs};
use audit_core::wire::bacnet::{BacnetMessage, Payload, decode_bip};

fn fast_policy() -> ProbePolicy {
    ProbePolicy {
        rate: 200,
        listen_s: 0.4,
        request_timeout_s: 1.0,
        ..ProbePolicy::default()
    }
}

async fn run(scope: Scope) -> DiscoveryResult {
    let policy = fast_policy().validate().unwrap();
    discover(scope, policy, EventSink::none(), CancelFlag::new()).await
}

fn dev(r: &DiscoveryResult, i: u32) -> &Device {
    r.inventory
        .bacnet
        .devices
        .iter()
        .find(|d| d.device_instance == i)
        .unwrap_or_else(|| panic!("device {i} missing"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_building_is_found_in_full() {
    let sim = SimBuilding::start_demo().unwrap();
    let scope = sim.scope();
    let port = scope.bacnet_port;
    assert_eq!(estimate_packets(&scope), 5);
    let r = run(scope).await;
    assert_eq!(r.stopped, None);
    assert!(r.notes.is_empty(), "{:?}", r.notes);
    let instances: Vec<u32> = r
        .inventory
        .bacnet
        .devices
        .iter()
        .map(|d| d.device_instance)
        .collect();
    assert_eq!(
        instances,
        [1001, 2001, 2002, 3001, 4001, 2205],
        "local by instance, then routed"
    );

    // The controller: identity, commandable setpoint with units, moving sensor.
    let c = dev(&r, 1001);
    assert_eq!(c.address, format!("127.0.0.10:{port}"));
    assert_eq!(c.network, Some(1));
    assert!(!c.routed);
    assert_eq!(c.vendor_id, 5);
    assert_eq!(c.vendor_name.as_deref(), Some("Johnson Controls, Inc."));
    assert_eq!(c.model_name.as_deref(), Some("FX-PC 3611"));
    assert_eq!(c.firmware_revision.as_deref(), Some("4.2.1"));
    assert_eq!(c.object_name.as_deref(), Some("AHU-1 Controller"));
    assert_eq!(c.location.as_deref(), Some("Plant room, level -1"));
    assert_eq!(
        (c.protocol_version, c.protocol_revision),
        (Some(1), Some(22))
    );
    assert_eq!(c.object_count, Some(8));
    assert_eq!(c.object_types["analog-value"], 2);
    assert_eq!(c.read_method, "read-property-multiple");
    assert!(c.services_supported.contains(&"write-property".to_owned()));
    assert_eq!(c.segmentation, "no-segmentation");
    let sp = c
        .objects
        .iter()
        .find(|o| o.object_name.as_deref() == Some("Room 101 Setpoint"))
        .unwrap();
    assert_eq!((sp.object_type.as_str(), sp.instance), ("analog-value", 2));
    assert!(sp.commandable);
    assert_eq!(sp.units.as_deref(), Some("degrees-celsius"));
    assert_eq!(sp.present_value, Some(serde_json::json!(21.5)));
    let ai = c
        .objects
        .iter()
        .find(|o| o.object_name.as_deref() == Some("AHU-1 Supply Air Temp"))
        .unwrap();
    assert!(!ai.commandable);
    let v = ai.present_value.as_ref().unwrap().as_f64().unwrap();
    assert!((17.6..=18.8).contains(&v), "{v}");
    assert_eq!(
        c.network_ports[0].network_type_name.as_deref(),
        Some("ipv4")
    );

    // The routed VAV behind the router on network 2, MS/TP MAC 05.
    let v = dev(&r, 2205);
    assert!(v.routed);
    assert_eq!(v.network, Some(2));
    assert_eq!(v.mac.as_deref(), Some("05"));
    assert_eq!(v.address, format!("127.0.0.20:{port}"));
    assert_eq!(v.object_name.as_deref(), Some("VAV-2-05"));
    assert_eq!(v.max_apdu, 480);
    assert_eq!(v.objects.iter().filter(|o| o.commandable).count(), 2);
    let rt = &r.inventory.bacnet.routers;
    assert_eq!(rt.len(), 1);
    assert_eq!(
        (rt[0].networks.clone(), rt[0].local_network),
        (vec![2], Some(1))
    );
    let nets: Vec<(u16, bool)> = r
        .inventory
        .bacnet
        .networks
        .iter()
        .map(|n| (n.number, n.local))
        .collect();
    assert_eq!(nets, [(1, true), (2, false)]);

    // The BBMD: tables read, Network Port says BBMD accepting foreign devices, SC port seen.
    let b = dev(&r, 4001);
    assert!(
        b.network_ports
            .iter()
            .any(|p| p.bacnet_ip_mode.as_deref() == Some("bbmd")
                && p.bbmd_accept_fd_registrations == Some(true))
    );
    assert!(
        b.network_ports.iter().any(|p| p.network_type == Some(11)
            && p.network_type_name.as_deref() == Some("secure-connect"))
    );
    let bb = &r.inventory.bacnet.bbmds;
    assert_eq!(bb.len(), 1);
    assert_eq!(bb[0].address, format!("127.0.0.30:{port}"));
    assert_eq!(bb[0].bdt.len(), 2);
    assert_eq!(bb[0].bdt[1].address, "198.18.7.1:47808");
    let fdt = bb[0].fdt.as_ref().unwrap();
    assert_eq!(
        (fdt[0].address.as_str(), fdt[0].ttl),
        ("198.51.100.23:47808", 60)
    );

    // KNX: the secure router and the legacy interface.
    let g = &r.inventory.knx.gateways;
    assert_eq!(g.len(), 2);
    let s = g.iter().find(|x| x.individual_address == "1.1.0").unwrap();
    assert_eq!(s.name, "KNX IP Secure Router");
    assert_eq!(s.core_version, Some(2));
    assert!(s.secure_supported);
    assert_eq!(s.tunnelling_requires_secure, Some(true));
    assert_eq!(s.routing_requires_secure, Some(false));
    assert_eq!(s.device_management_requires_secure, Some(true));
    assert!(s.tunnelling_over_tcp);
    assert_eq!(s.tunnelling_slots.len(), 4);
    assert_eq!(s.tunnelling_slots.iter().filter(|t| t.free).count(), 3);
    assert_eq!(s.mac, "00:24:6d:01:02:03");
    assert_eq!(s.mask_version.as_deref(), Some("091a"));
    assert!(s.answers.contains(&"search-response-extended".to_owned()));
    let codes: BTreeSet<u8> = s.dibs.iter().map(|d| d.code).collect();
    assert_eq!(codes, [1, 2, 6, 7, 8].into_iter().collect());
    assert!(s.disagreements.is_empty());
    let l = g
        .iter()
        .find(|x| x.individual_address == "1.0.250")
        .unwrap();
    assert_eq!(l.core_version, Some(1));
    assert!(!l.secure_supported);
    assert_eq!(l.tunnelling_requires_secure, Some(false));
    assert!(!l.answers.contains(&"search-response-extended".to_owned()));
    assert_eq!(
        l.serials.len(),
        2,
        "knxd-like disagreeing serials kept: {:?}",
        l.serials
    );
    assert!(
        l.disagreements
            .iter()
            .any(|d| d.starts_with("serial differs"))
    );

    assert_eq!(r.max_in_flight_per_device, 1);
    assert_eq!(r.diagnosis.items, vec![]);
    assert!(!r.diagnosis.little_found);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_read_only_services_are_sent_and_no_tunnel_is_opened() {
    let sim = demo();
    let r = run(sim.scope()).await;
    let got: BTreeSet<&str> = sim
        .received()
        .iter()
        .filter(|x| *x.from.ip() == Ipv4Addr::new(127, 0, 0, 1))
        .map(|x| x.service)
        .collect();
    let allowed: BTreeSet<&str> = [
        "what-is-network-number",
        "who-is-router-to-network",
        "who-is",
        "read-property-multiple",
        "read-property",
        "read-bdt",
        "read-fdt",
        "search-request",
        "search-request-extended",
        "description-request",
    ]
    .into_iter()
    .collect();
    assert!(got.is_subset(&allowed), "sent {got:?}");
    assert!(!got.contains("connect-request"));
    let sent: BTreeSet<&str> = r.sent_by_service.keys().map(String::as_str).collect();
    assert_eq!(sent, got, "what we report sending is what arrived");
}

fn who_is_bytes() -> Vec<u8> {
    let m = BacnetMessage {
        bvlc: Some(Bvlc::new(BvlcFunction::OriginalBroadcastNpdu)),
        npdu: Some(Npdu::default()),
        payload: Payload::Apdu(Apdu::UnconfirmedRequest(UnconfirmedRequestPdu {
            body: Body::Decoded(UnconfirmedRequest::WhoIs(WhoIs::all())),
            reserved_bits: 0,
        })),
    };
    let mut out = Vec::new();
    m.emit(&mut out);
    out
}

/// Another station's Who-Is during discovery: the simulators answer, the auditor does not.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_auditor_never_answers_who_is() {
    let sim = demo();
    let scope = sim.scope();
    let port = scope.bacnet_port;
    let job = tokio::spawn(run(scope));
    tokio::time::sleep(Duration::from_millis(100)).await;
    let probe = tokio::net::UdpSocket::bind("127.0.0.200:0").await.unwrap();
    probe.set_broadcast(true).unwrap();
    let w = who_is_bytes();
    probe
        .send_to(
            &w,
            SocketAddrV4::new(Ipv4Addr::new(127, 255, 255, 255), port),
        )
        .await
        .unwrap();
    probe
        .send_to(&w, SocketAddrV4::new(Ipv4Addr::new(127, 0, 0, 1), port))
        .await
        .unwrap();
    let mut i_am_from = BTreeSet::new();
    let mut buf = [0u8; 1500];
    while let Ok(Ok((n, src))) =
        tokio::time::timeout(Duration::from_millis(500), probe.recv_from(&mut buf)).await
    {
        if decode_bip(&buf[..n]).ok().and_then(|m| m.i_am()).is_some() {
            i_am_from.insert(src.ip().to_string());
        }
    }
    let r = job.await.unwrap();
    assert!(
        i_am_from.contains("127.0.0.11"),
        "simulators answer: {i_am_from:?}"
    );
    assert!(
        !i_am_from.contains("127.0.0.1"),
        "the auditor answered Who-Is"
    );
    assert_eq!(r.inventory.bacnet.devices.len(), 6);
}

/// KNX gateways given as targets only, with --nat: description requests, no multicast.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn knx_targets_with_nat_get_a_description() {
    let sim = SimBuilding::start(SimConfig {
        gateways: vec![
            SimGateway::secure_router(Ipv4Addr::new(127, 0, 0, 40)),
            SimGateway::legacy_interface(Ipv4Addr::new(127, 0, 0, 41)),
        ],
        ..SimConfig::default()
    })
    .unwrap();
    let kport = sim.scope().knx_port;
    let mut scope = Scope::targets_only(vec![
        Target {
            ip: Ipv4Addr::new(127, 0, 0, 40),
            port: None,
        },
        Target {
            ip: Ipv4Addr::new(127, 0, 0, 41),
            port: None,
        },
    ]);
    scope.knx_port = kport;
    scope.bacnet = false;
    scope.nat = true;
    let r = run(scope).await;
    let g = &r.inventory.knx.gateways;
    assert_eq!(g.len(), 2);
    assert!(
        g.iter()
            .all(|x| x.from_target && x.answers == ["description-response"])
    );
    let s = g.iter().find(|x| x.individual_address == "1.1.0").unwrap();
    assert_eq!(s.tunnelling_requires_secure, Some(true));
    assert_eq!(
        r.sent_by_service.keys().collect::<Vec<_>>(),
        ["description-request"]
    );
    assert!(
        !sim.received()
            .iter()
            .any(|x| x.service.starts_with("search"))
    );
}

/// Garbage thrown at the auditor's ports during discovery is counted and changes nothing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn garbage_datagrams_do_not_disturb_discovery() {
    let sim = demo();
    let scope = sim.scope();
    let port = scope.bacnet_port;
    let job = tokio::spawn(run(scope));
    let noise = tokio::net::UdpSocket::bind("127.0.0.201:0").await.unwrap();
    noise.set_broadcast(true).unwrap();
    let mut seed = 0x1234_5678u32;
    let mut next = || {
        seed = seed.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
        (seed >> 24) as u8
    };
    for i in 0..300 {
        let n = usize::from(next() % 64);
        let mut d: Vec<u8> = (0..n).map(|_| next()).collect();
        if i % 2 == 0 && d.len() >= 4 {
            // Plausible BVLC header with a random body.
            d[0] = 0x81;
            d[1] = next() % 0x0d;
            let len = d.len() as u16;
            d[2..4].copy_from_slice(&len.to_be_bytes());
        }
        let to = if i % 3 == 0 {
            Ipv4Addr::new(127, 255, 255, 255)
        } else {
            Ipv4Addr::new(127, 0, 0, 1)
        };
        let _ = noise.send_to(&d, SocketAddrV4::new(to, port)).await;
        if i % 50 == 0 {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    let r = job.await.unwrap();
    assert_eq!(r.inventory.bacnet.devices.len(), 6);
    assert_eq!(r.inventory.knx.gateways.len(), 2);
    assert!(r.malformed_received > 50, "{}", r.malformed_received);
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
