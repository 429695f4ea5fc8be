//! The opt-in write test against the simulators: what each kind of device answers, and, read
//! from the bytes the simulated devices received, that every write carried exactly the value
//! read, only to Description or Location of the Device object, never NULL, never a priority,
//! and that nothing was written after a value differed.

use std::net::Ipv4Addr;

use audit_core::discovery::{DiscoveryResult, discover};
use audit_core::inventory::Device;
use audit_core::inventory::WriteTestResult;
use audit_core::job::{CancelFlag, EventSink, ProbePolicy, Scope};
use audit_core::sim::{SimBuilding, SimConfig, SimDevice, SimHost, WireLog, demo_config};
use audit_core::wire::bacnet::apdu::{Apdu, ConfirmedRequestPdu};
use audit_core::wire::bacnet::services::{ConfirmedRequest, WriteProperty};
use audit_core::wire::bacnet::tag::{ApplicationValue, CharString, ValueItem, ValueList};
use audit_core::wire::bacnet::{Payload, decode_bip};
use audit_core::write_test;

const DESCRIPTION: u32 = 28;
const LOCATION: u32 = 58;

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

async fn found(scope: Scope) -> DiscoveryResult {
    discover(
        scope,
        fast().validate().unwrap(),
        EventSink::none(),
        CancelFlag::new(),
    )
    .await
}

async fn write_test(scope: &Scope, devices: &[Device]) -> Vec<WriteTestResult> {
    write_test::run(
        scope,
        fast().validate().unwrap(),
        devices,
        EventSink::none(),
        CancelFlag::new(),
    )
    .await
}

/// Every confirmed request a host received.
fn requests(log: &WireLog) -> Vec<ConfirmedRequest> {
    log.datagrams()
        .iter()
        .filter_map(|d| match decode_bip(d).ok()?.payload {
            Payload::Apdu(Apdu::ConfirmedRequest(ConfirmedRequestPdu { body, .. })) => {
                body.decoded().cloned()
            }
            _ => None,
        })
        .collect()
}

fn writes(log: &WireLog) -> Vec<WriteProperty> {
    requests(log)
        .into_iter()
        .filter_map(|r| match r {
            ConfirmedRequest::WriteProperty(w) => Some(w),
            _ => None,
        })
        .collect()
}

fn text(s: &str) -> ValueList {
    ValueList::single(ApplicationValue::CharacterString(CharString::utf8(s)))
}

fn bytes(v: &ValueList) -> Vec<u8> {
    let mut out = Vec::new();
    v.emit(&mut out);
    out
}

/// The rules every write that ever reached a simulator must follow.
fn assert_harmless(w: &WriteProperty) {
    assert_eq!(w.object.object_type, 8, "only the Device object: {w:?}");
    assert!(
        matches!(w.property, DESCRIPTION | LOCATION),
        "only Description/Location, never Present_Value or Priority_Array: {w:?}"
    );
    assert_eq!(w.priority, None, "never a priority: {w:?}");
    assert_eq!(w.array_index, None);
    assert!(
        !w.value
            .items
            .iter()
            .any(|i| matches!(i, ValueItem::Value(ApplicationValue::Null))),
        "never NULL: {w:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_kind_of_device_and_the_bytes_they_received() {
    let logs: Vec<WireLog> = (0..6).map(|_| WireLog::new()).collect();
    let host = |n: usize, d: SimDevice| SimHost::new(ip(2 + n as u8), vec![d]).logging_to(&logs[n]);
    let sim = SimBuilding::start(SimConfig {
        bacnet_hosts: vec![
            host(
                0,
                SimDevice::new(701, "Takes writes", 260, "w").accepting_text_writes(),
            ),
            host(1, SimDevice::new(702, "Refuses writes", 260, "w")),
            host(
                2,
                SimDevice::new(703, "No description", 260, "w")
                    .without_device_text(DESCRIPTION)
                    .set_device_text(LOCATION, "Riser 3")
                    .accepting_text_writes(),
            ),
            host(
                3,
                SimDevice::new(704, "No texts", 260, "w")
                    .without_device_text(DESCRIPTION)
                    .without_device_text(LOCATION)
                    .accepting_text_writes(),
            ),
            host(
                4,
                SimDevice::new(705, "Moving text", 260, "w")
                    .changing_description()
                    .accepting_text_writes(),
            ),
            host(
                5,
                SimDevice::new(706, "After the abort", 260, "w").accepting_text_writes(),
            ),
        ],
        ..SimConfig::default()
    })
    .unwrap();
    let mut scope = sim.scope();
    scope.knx = false;
    let r = found(scope.clone()).await;
    let mut devices = r.inventory.bacnet.devices.clone();
    devices.sort_by_key(|d| d.device_instance);
    assert_eq!(devices.len(), 6);
    let before_writes: Vec<usize> = logs.iter().map(|l| writes(l).len()).collect();
    assert_eq!(before_writes, [0; 6], "discovery never writes");

    let res = write_test(&scope, &devices).await;
    let by = |i: u32| res.iter().find(|x| x.device_instance == i).unwrap();
    let port = scope.bacnet_port;

    let a = by(701);
    assert_eq!(
        (a.outcome.as_str(), a.property.as_str(), a.object.as_str()),
        ("accepted", "description", "device,701"),
        "{a:?}"
    );
    assert_eq!(a.address, format!("127.0.0.2:{port}"));
    assert_eq!(a.before.as_deref(), Some("BAS Audit built-in simulator"));
    assert_eq!(a.after, a.before);
    assert!(a.request_hex.as_deref().unwrap().starts_with("810a"));
    // SimpleACK: PDU type 2, service write-property (15).
    assert!(a.answer_hex.as_deref().unwrap().ends_with("0f"), "{a:?}");

    let b = by(702);
    assert_eq!(b.outcome, "refused", "{b:?}");
    assert_eq!(b.error.as_deref(), Some("property: write-access-denied"));
    assert_eq!(b.after, b.before, "refused, and read back unchanged");
    assert!(b.answer_hex.is_some());

    let c = by(703);
    assert_eq!(
        (c.outcome.as_str(), c.property.as_str(), c.before.as_deref()),
        ("accepted", "location", Some("Riser 3")),
        "{c:?}"
    );

    let d = by(704);
    assert_eq!(d.outcome, "not-tried", "{d:?}");
    let why = d.detail.as_deref().unwrap();
    assert!(
        why.contains("description: property: unknown-property")
            && why.contains("location: property: unknown-property"),
        "{why}"
    );

    let e = by(705);
    assert_eq!(e.outcome, "differs", "{e:?}");
    assert_ne!(e.before, e.after);
    let f = by(706);
    assert_eq!(f.outcome, "not-tried", "{f:?}");
    assert!(f.detail.as_deref().unwrap().contains("after device 705"));

    // The bytes: one write each to 701, 702 and 703, none to the others.
    let w: Vec<Vec<WriteProperty>> = logs.iter().map(writes).collect();
    let counts: Vec<usize> = w.iter().map(Vec::len).collect();
    assert_eq!(counts, [1, 1, 1, 0, 0, 0], "writes per device");
    for x in w.iter().flatten() {
        assert_harmless(x);
    }
    // Written value = value read, octet for octet (application tag 7, UTF-8, same length).
    assert_eq!(w[0][0].property, DESCRIPTION);
    assert_eq!(
        bytes(&w[0][0].value),
        bytes(&text("BAS Audit built-in simulator"))
    );
    assert_eq!(
        bytes(&w[1][0].value),
        bytes(&text("BAS Audit built-in simulator"))
    );
    assert_eq!(
        (w[2][0].property, bytes(&w[2][0].value)),
        (LOCATION, bytes(&text("Riser 3")))
    );
    // The moving one was read twice, found different, and never written.
    let reads_705 = requests(&logs[4])
        .iter()
        .filter(|r| matches!(r, ConfirmedRequest::ReadProperty(p) if p.property == DESCRIPTION))
        .count();
    assert!(reads_705 >= 2);
    // 706 saw nothing of the write test at all (only discovery's requests).
    assert!(
        !requests(&logs[5])
            .iter()
            .any(|r| matches!(r, ConfirmedRequest::ReadProperty(p) if p.property == DESCRIPTION))
    );
}

/// The demo building: the controller takes the write, every other device refuses, the routed
/// VAV is reached through the router; nothing but harmless writes arrive anywhere.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_building_through_the_router_too() {
    let mut config = SimConfig {
        standard_ports: false,
        ..demo_config()
    };
    let logs: Vec<WireLog> = config.bacnet_hosts.iter().map(|_| WireLog::new()).collect();
    config.bacnet_hosts = config
        .bacnet_hosts
        .into_iter()
        .zip(&logs)
        .map(|(h, l)| h.logging_to(l))
        .collect();
    let sim = SimBuilding::start(config).unwrap();
    let mut scope = sim.scope();
    scope.knx = false;
    let r = found(scope.clone()).await;
    let res = write_test(&scope, &r.inventory.bacnet.devices).await;
    assert_eq!(res.len(), 6);
    for x in &res {
        let want = if x.device_instance == 1001 {
            "accepted"
        } else {
            "refused"
        };
        assert_eq!(x.outcome, want, "{x:?}");
    }
    let vav = res.iter().find(|x| x.device_instance == 2205).unwrap();
    assert_eq!(vav.error.as_deref(), Some("property: write-access-denied"));
    let all: Vec<WriteProperty> = logs.iter().flat_map(writes).collect();
    assert_eq!(all.len(), 6);
    for w in &all {
        assert_harmless(w);
    }
    let c = res.iter().find(|x| x.device_instance == 1001).unwrap();
    assert_eq!(c.before.as_deref(), Some("BAS Audit built-in simulator"));
}

/// Cancelled before it starts: nothing is sent, every device says why.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancelled_sends_nothing() {
    let log = WireLog::new();
    let sim = SimBuilding::start(SimConfig {
        bacnet_hosts: vec![
            SimHost::new(
                ip(2),
                vec![SimDevice::new(801, "x", 260, "x").accepting_text_writes()],
            )
            .logging_to(&log),
        ],
        ..SimConfig::default()
    })
    .unwrap();
    let mut scope = sim.scope();
    scope.knx = false;
    let devices = found(scope.clone()).await.inventory.bacnet.devices;
    let seen = log.datagrams().len();
    let cancel = CancelFlag::new();
    cancel.cancel();
    let res = write_test::run(
        &scope,
        fast().validate().unwrap(),
        &devices,
        EventSink::none(),
        cancel,
    )
    .await;
    assert_eq!(res.len(), 1);
    assert_eq!(res[0].outcome, "not-tried");
    assert!(res[0].detail.as_deref().unwrap().contains("cancelled"));
    std::thread::sleep(std::time::Duration::from_millis(200));
    assert_eq!(log.datagrams().len(), seen, "nothing sent");
}
