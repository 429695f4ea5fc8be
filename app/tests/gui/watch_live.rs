//! Learning watch, live: the screen listens on a loopback address given by the test (never on
//! the machine's interfaces), real BACnet/IP datagrams built with the `audit_core::wire`
//! emitters are sent to it from test sockets on loopback, and the screen shows the message
//! count while learning, then, in detect mode, an alert naming the write as it comes, and its
//! whole text in the detail view.

use std::net::{Ipv4Addr, SocketAddrV4, UdpSocket};
use std::time::Duration;

use audit_core::wire::bacnet::apdu::{
    Apdu, Body, ConfirmedRequestPdu, Segmentable, UnconfirmedRequestPdu,
};
use audit_core::wire::bacnet::bvlc::{Bvlc, BvlcFunction};
use audit_core::wire::bacnet::npdu::Npdu;
use audit_core::wire::bacnet::services::{
    ConfirmedRequest, IAm, UnconfirmedRequest, WriteProperty,
};
use audit_core::wire::bacnet::tag::{ApplicationValue, ObjectId, ValueList};
use audit_core::wire::bacnet::{BacnetMessage, Payload};
use bas_audit::gui::jobs::core_analyzer;
use eframe::egui;

use crate::harness::*;

/// Loopback addresses of the test: the watch listens on LISTEN, the others send.
const LISTEN: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 1);

const DEVICE: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 10);

const WORKSTATION: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 40);

const INTRUDER: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 66);

const OBJECT_BINARY_OUTPUT: u16 = 4;

const OBJECT_DEVICE: u16 = 8;

const PRESENT_VALUE: u32 = 85;

/// A BACnet/IP datagram (Original-Unicast-NPDU) carrying `apdu`, through the codec's emitter.
fn bip(apdu: Apdu) -> Vec<u8> {
    let message = BacnetMessage {
        bvlc: Some(Bvlc::new(BvlcFunction::OriginalUnicastNpdu)),
        npdu: Some(Npdu::default()),
        payload: Payload::Apdu(apdu),
    };
    let mut out = Vec::new();
    message.emit(&mut out);
    out
}

/// WriteProperty of binary-output,1's present value (1 active, 0 inactive) at priority 8.
fn write_fan(invoke_id: u8, value: u32) -> Vec<u8> {
    bip(Apdu::ConfirmedRequest(ConfirmedRequestPdu {
        more_follows: false,
        segmented_response_accepted: false,
        max_segments_code: 0,
        max_apdu_code: 5,
        invoke_id,
        body: Segmentable::Whole(Body::Decoded(ConfirmedRequest::WriteProperty(
            WriteProperty {
                object: ObjectId::new(OBJECT_BINARY_OUTPUT, 1),
                property: PRESENT_VALUE,
                array_index: None,
                value: ValueList::single(ApplicationValue::Enumerated(value)),
                priority: Some(8),
                trailing: Vec::new(),
            },
        ))),
        reserved_bits: 0,
        reserved_octet1_bit: false,
    }))
}

fn i_am(instance: u32) -> Vec<u8> {
    bip(Apdu::UnconfirmedRequest(UnconfirmedRequestPdu {
        body: Body::Decoded(UnconfirmedRequest::IAm(IAm {
            device: ObjectId::new(OBJECT_DEVICE, instance),
            max_apdu: 1476,
            segmentation: 3,
            vendor_id: 999,
            trailing: Vec::new(),
        })),
        reserved_bits: 0,
    }))
}

fn sender(ip: Ipv4Addr) -> UdpSocket {
    UdpSocket::bind(SocketAddrV4::new(ip, 0)).unwrap()
}

/// A free UDP port on the listening address (taken, then released for the watch).
fn free_port() -> u16 {
    let s = UdpSocket::bind(SocketAddrV4::new(LISTEN, 0)).unwrap();
    s.local_addr().unwrap().port()
}

fn start_live(harness: &mut App, button: &str) {
    harness.get_by_label(button).click();
    step_until(harness, "consent dialog", |h| {
        has_label(h, "Allow: Live listening?")
    });
    // The consent names the one loopback address, not the interfaces.
    assert!(has_label_containing(harness, "on UDP 127.0.0.1:"));
    harness.get_by_label("Allow and send").click();
    step_until(harness, "watch running", |h| {
        h.state().state.watch.running.is_some()
    });
    // The socket is bound when the job thread gets to it; give it a moment.
    std::thread::sleep(Duration::from_millis(300));
    harness.run_steps(2);
}

fn stop(harness: &mut App) {
    harness.get_by_label("Stop").click();
    step_until(harness, "watch stopped", |h| {
        h.state().state.watch.running.is_none()
    });
}

#[test]
fn live_learn_then_detect_on_loopback_shows_counts_and_an_alert_naming_the_write() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = harness_of_size(
        config(dir.path(), core_analyzer()),
        egui::vec2(1100.0, 1600.0),
    );
    harness.run();
    harness.get_by_label("Installer audit").click();
    step_until(&mut harness, "scope", |h| has_label(h, "Scope"));
    harness.get_by_label("Learning watch").click();
    step_until(&mut harness, "watch screen", |h| has_label(h, "Parameters"));
    let listen = SocketAddrV4::new(LISTEN, free_port());
    harness.state_mut().state.watch.live_bind = Some(listen);
    harness
        .get_by_label("Live: listen on the scope's interface")
        .click();
    harness.run_steps(2);

    // Learn: the device announces itself, the workstation switches the fan four times.
    start_live(&mut harness, "Learn");
    let device = sender(DEVICE);
    let workstation = sender(WORKSTATION);
    device.send_to(&i_am(1001), listen).unwrap();
    for (i, v) in [0, 1, 0, 1].into_iter().enumerate() {
        workstation
            .send_to(&write_fan(u8::try_from(i).unwrap(), v), listen)
            .unwrap();
    }
    step_until(&mut harness, "5 messages on screen", |h| {
        has_label_containing(h, "Learning: 5 messages")
    });
    stop(&mut harness);
    let model = harness.state().state.watch.model.clone().expect("a model");
    assert!(has_label_containing(&harness, "Learned from 5 messages"));
    assert!(
        model.points.iter().any(|p| p.samples >= 4),
        "the fan's writes were not learned"
    );

    // Detect: the same value written by a host that never wrote it (Tampering1).
    start_live(&mut harness, "Detect");
    sender(INTRUDER).send_to(&write_fan(9, 0), listen).unwrap();
    step_until(&mut harness, "alert on screen while listening", |h| {
        h.state()
            .state
            .watch
            .alerts
            .iter()
            .any(|a| a.summary.to_string().contains("127.0.0.66 wrote"))
    });
    assert!(
        harness.state().state.watch.running.is_some(),
        "the alert came in while listening"
    );
    let alert = harness
        .state()
        .state
        .watch
        .alerts
        .iter()
        .find(|a| a.summary.to_string().contains("127.0.0.66 wrote"))
        .unwrap()
        .clone();
    assert_eq!(alert.rule.as_deref(), Some("new-writer"));
    assert!(
        alert.summary.to_string().contains("binary-output,1"),
        "{}",
        alert.summary
    );
    assert!(has_label_containing(&harness, &alert.summary.to_string()));
    assert!(has_label_containing(&harness, "Alerts ("));

    // The detail view shows the whole alert: seen, learned normal, what to do.
    harness
        .get_by_label_contains(&alert.summary.to_string())
        .click();
    step_until(&mut harness, "alert details", |h| {
        has_label(h, "Alert details")
    });
    for label in ["What was seen", "Learned normal", "What to do"] {
        assert!(has_label(&harness, label), "{label} missing");
    }
    assert!(has_label(&harness, &alert.action.to_string()));
    assert!(has_label(&harness, &alert.normal.to_string()));
    stop(&mut harness);
    assert!(harness.state().state.watch.detect_stats.is_some());
}
