//! The opt-in active write test: read a harmless property (Description or Location), write the
//! same value back, read it again. Never on a commandable property, never NULL; aborts and
//! reports when a value ever differs.
//!
//! Per device, one request at a time, every packet through the job's pacer:
//! 1. ReadProperty Description of the Device object (Location when Description is absent);
//! 2. ReadProperty again: a value that changes by itself (something else writes it, or the
//!    device computes it) is never written back, since the write would put an old value over a
//!    new one. Outcome `differs`, and the test stops writing;
//! 3. WriteProperty with the value of step 2, byte for byte (same application tag, same octets,
//!    checked against the answer's bytes), without a priority;
//! 4. ReadProperty again: the same value ⇒ `accepted`; anything else ⇒ `differs`, and the test
//!    stops writing to any further device.
//!
//! What the write carries is built in one place ([`write_request`]) and checked there: Device
//! object, Description or Location, a single character string, no array index, no priority.

use std::net::SocketAddrV4;
use std::sync::Arc;

pub use crate::inventory::WriteTestResult;
use crate::job::bacnet_link::{BacnetLink, Peer, Reply, ReqError, Traced};
use crate::job::{CancelFlag, EventSink, JobCtx, Phase, Scope, StopReason, ValidPolicy};
use crate::wire::bacnet::enums::error_code::{
    abort_reason_name, error_class_name, error_code_name, reject_reason_name,
};
use crate::wire::bacnet::npdu::MacAddress;
use crate::wire::bacnet::services::{ComplexAck, ConfirmedRequest, ReadProperty, WriteProperty};
use crate::wire::bacnet::tag::{ApplicationValue, ObjectId, ValueList};
use crate::wire::bacnet::values::{self, otype, prop};

/// Properties the test may ever write, in the order tried: harmless texts of the Device object.
pub const WRITABLE_PROPERTIES: [(u32, &str); 2] = [
    (prop::DESCRIPTION, "description"),
    (prop::LOCATION, "location"),
];

/// Why a write request was not built.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotWritten(pub String);

/// The only WriteProperty this tool sends: `value` (as read, unchanged) to `property` of the
/// Device object `device`, which must be Description or Location and a single character string;
/// no array index, no priority (the property is not commandable), never NULL.
pub fn write_request(
    device: u32,
    property: u32,
    value: &ValueList,
) -> Result<WriteProperty, NotWritten> {
    if !WRITABLE_PROPERTIES.iter().any(|(p, _)| *p == property) {
        return Err(NotWritten(format!(
            "property {property} is not one the write test may write"
        )));
    }
    match value.as_single() {
        Some(ApplicationValue::CharacterString(_)) => {}
        Some(ApplicationValue::Null) => {
            return Err(NotWritten(
                "the value read is NULL; NULL is never written".into(),
            ));
        }
        _ => {
            return Err(NotWritten(
                "the value read is not a single character string; not written".into(),
            ));
        }
    }
    Ok(WriteProperty {
        object: ObjectId::new(otype::DEVICE, device),
        property,
        array_index: None,
        value: value.clone(),
        priority: None,
        trailing: Vec::new(),
    })
}

fn value_bytes(v: &ValueList) -> Vec<u8> {
    let mut out = Vec::new();
    v.emit(&mut out);
    out
}

/// A BACnet address from an inventory device: its IP endpoint, and network and MAC when routed.
pub fn peer_of(d: &crate::inventory::Device) -> Result<Peer, String> {
    let addr: SocketAddrV4 = d
        .address
        .parse()
        .map_err(|_| format!("address {:?} is not ip:port", d.address))?;
    if !d.routed {
        return Ok(Peer::local(addr));
    }
    let network = d
        .network
        .ok_or_else(|| "routed device without a network number".to_owned())?;
    let mac_hex = d.mac.as_deref().unwrap_or("");
    let mac = crate::wire::hex::parse_hex(mac_hex)
        .filter(|b| !b.is_empty())
        .and_then(|b| MacAddress::new(&b))
        .ok_or_else(|| format!("routed device with an unusable MAC {mac_hex:?}"))?;
    Ok(Peer {
        addr,
        route: Some((network, mac)),
    })
}

/// A read that answered with a value, with the answer's bytes.
struct Read {
    value: ValueList,
    answer: Vec<u8>,
}

async fn read(
    link: &BacnetLink,
    ctx: &JobCtx,
    peer: &Peer,
    object: ObjectId,
    property: u32,
) -> Result<Read, String> {
    let req = ConfirmedRequest::ReadProperty(ReadProperty::new(object, property, None));
    match link.confirmed_traced(ctx, peer, &req).await {
        Ok(Traced {
            reply: Reply::Ack(ComplexAck::ReadProperty(a)),
            answer,
            ..
        }) => Ok(Read {
            value: a.value,
            answer,
        }),
        Ok(t) => Err(reply_words(&t.reply)),
        Err(e) => Err(req_words(e).into()),
    }
}

fn reply_words(r: &Reply) -> String {
    match r {
        Reply::Error { class, code } => {
            format!("{}: {}", error_class_name(*class), error_code_name(*code))
        }
        Reply::Reject(x) => format!("reject: {}", reject_reason_name(*x)),
        Reply::Abort(x) => format!("abort: {}", abort_reason_name(*x)),
        Reply::SimpleAck => "simple-ack".into(),
        Reply::Ack(_) => "unexpected complex-ack".into(),
        Reply::Segmented => "segmented answer".into(),
        Reply::Malformed(w) => format!("malformed answer: {w}"),
    }
}

fn req_words(e: ReqError) -> &'static str {
    match e {
        ReqError::Timeout => "no answer",
        ReqError::Stopped => "job stopped",
        ReqError::NotAllowed => "request not allowed",
        ReqError::GaveUp => "no answer (the device left its last requests unanswered)",
    }
}

/// What one device did; `true` in the second place means: stop writing (a value differed or
/// could not be verified).
async fn one_device(
    link: &BacnetLink,
    ctx: &JobCtx,
    d: &crate::inventory::Device,
) -> (WriteTestResult, bool) {
    let device = ObjectId::new(otype::DEVICE, d.device_instance);
    let mut res = WriteTestResult {
        device_instance: d.device_instance,
        address: d.address.clone(),
        object: format!("device,{}", d.device_instance),
        outcome: "not-tried".into(),
        ..WriteTestResult::default()
    };
    let peer = match peer_of(d) {
        Ok(p) => p,
        Err(why) => {
            res.detail = Some(why);
            return (res, false);
        }
    };

    // 1. Description, else Location.
    let mut tried = Vec::new();
    let mut first = None;
    for (p, name) in WRITABLE_PROPERTIES {
        match read(link, ctx, &peer, device, p).await {
            Ok(r) => {
                first = Some((p, name, r));
                break;
            }
            Err(why) => {
                // A silent device is not asked for Location too.
                let give_up = ctx.stopped() || why == req_words(ReqError::Timeout);
                tried.push(format!("{name}: {why}"));
                if give_up {
                    break;
                }
            }
        }
    }
    let Some((property, name, before)) = first else {
        res.detail = Some(format!("nothing to write back ({})", tried.join("; ")));
        return (res, false);
    };
    res.property = name.into();
    res.before = values::text(&before.value);

    // 2. Stable? A value that moves by itself is never written back.
    let again = match read(link, ctx, &peer, device, property).await {
        Ok(r) => r,
        Err(why) => {
            res.detail = Some(format!("second read of {name} failed ({why}); not written"));
            return (res, false);
        }
    };
    if value_bytes(&again.value) != value_bytes(&before.value) {
        res.outcome = "differs".into();
        res.after = values::text(&again.value);
        res.detail = Some(format!(
            "{name} changed between two reads before any write; nothing was written and the \
             test stopped writing"
        ));
        return (res, true);
    }

    // 3. The write: the value as read, checked to be exactly the octets the device sent.
    let wp = match write_request(d.device_instance, property, &again.value) {
        Ok(w) => w,
        Err(NotWritten(why)) => {
            res.detail = Some(why);
            return (res, false);
        }
    };
    let bytes = value_bytes(&wp.value);
    if bytes.is_empty() || !again.answer.windows(bytes.len()).any(|w| w == bytes) {
        res.detail = Some(format!(
            "the {name} value could not be reproduced byte for byte; not written"
        ));
        return (res, false);
    }
    let write = ConfirmedRequest::WriteProperty(wp);
    let answer = link.confirmed_traced(ctx, &peer, &write).await;
    let unverified_stop;
    match &answer {
        Ok(t) => {
            res.request_hex = Some(values::hex(&t.request));
            res.answer_hex = Some(values::hex(&t.answer));
            match &t.reply {
                Reply::SimpleAck => {
                    res.outcome = "accepted".into();
                    unverified_stop = true;
                }
                other => {
                    res.outcome = "refused".into();
                    res.error = Some(reply_words(other));
                    unverified_stop = false;
                }
            }
        }
        Err(e) => {
            res.outcome = "no-answer".into();
            res.detail = Some(format!("write-property: {}", req_words(*e)));
            // It may have been applied without the answer reaching us: verify below.
            unverified_stop = true;
        }
    }

    // 4. Read back, whatever the answer: a refused or unanswered write must not have changed
    // anything either.
    match read(link, ctx, &peer, device, property).await {
        Ok(after) => {
            res.after = values::text(&after.value);
            if value_bytes(&after.value) != value_bytes(&before.value) {
                res.outcome = "differs".into();
                res.detail = Some(format!(
                    "{name} read back differs from the value written; the test stopped writing"
                ));
                return (res, true);
            }
            (res, false)
        }
        Err(why) => {
            let note = format!("reading {name} back failed ({why})");
            if res.outcome == "accepted" {
                // Acknowledged but not verified: not `accepted` by the contract.
                res.outcome = "no-answer".into();
                res.detail = Some(format!(
                    "write acknowledged, but {note}; the test stopped writing"
                ));
            } else {
                res.detail = Some(match res.detail.take() {
                    Some(d) => format!("{d}; {note}"),
                    None => note,
                });
            }
            (res, unverified_stop)
        }
    }
}

/// Run the write test on the given devices (BACnet/IP addresses from discovery), one device at
/// a time under the policy's rate cap. The caller must have the user's explicit consent.
pub async fn run(
    scope: &Scope,
    policy: ValidPolicy,
    devices: &[crate::inventory::Device],
    events: EventSink,
    cancel: CancelFlag,
) -> Vec<WriteTestResult> {
    let ctx = Arc::new(JobCtx::new(policy, events, &cancel));
    let not_tried = |d: &crate::inventory::Device, why: String| WriteTestResult {
        device_instance: d.device_instance,
        address: d.address.clone(),
        object: format!("device,{}", d.device_instance),
        outcome: "not-tried".into(),
        detail: Some(why),
        ..WriteTestResult::default()
    };
    let link = match BacnetLink::open(&ctx, scope).await {
        Ok(l) => l,
        Err(e) => {
            let why = format!(
                "cannot open a BACnet/IP socket on {}:{}: {e}",
                scope.bind, scope.bacnet_port
            );
            return devices.iter().map(|d| not_tried(d, why.clone())).collect();
        }
    };
    ctx.phase(
        Phase::WriteTest,
        crate::text!("job-phase-write-test-devices", count = devices.len()),
    )
    .await;
    let mut out = Vec::with_capacity(devices.len());
    let mut stopped_by: Option<u32> = None;
    for d in devices {
        if let Some(at) = stopped_by {
            out.push(not_tried(
                d,
                format!("not tried: the test stopped writing after device {at}"),
            ));
            continue;
        }
        if ctx.stopped() {
            let why = ctx.stop_reason().map_or("stopped", StopReason::name);
            out.push(not_tried(d, format!("not tried: {why}")));
            continue;
        }
        ctx.phase(
            Phase::WriteTest,
            crate::text!(
                "job-phase-write-test-device",
                instance = d.device_instance.to_string(),
                address = d.address.clone()
            ),
        )
        .await;
        let (r, stop) = one_device(&link, &ctx, d).await;
        if stop {
            stopped_by = Some(d.device_instance);
        }
        out.push(r);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::bacnet::tag::{CharString, ValueItem};

    fn text(s: &str) -> ValueList {
        ValueList::single(ApplicationValue::CharacterString(CharString::utf8(s)))
    }

    #[test]
    fn only_description_or_location_only_text_never_null_never_priority() {
        let w = write_request(7, prop::DESCRIPTION, &text("Boiler")).unwrap();
        assert_eq!(w.object, ObjectId::new(otype::DEVICE, 7));
        assert_eq!((w.array_index, w.priority), (None, None));
        assert_eq!(w.value, text("Boiler"));
        assert!(write_request(7, prop::LOCATION, &text("")).is_ok());
        for p in [prop::PRESENT_VALUE, prop::PRIORITY_ARRAY, prop::OBJECT_NAME] {
            assert!(write_request(7, p, &text("x")).is_err(), "{p}");
        }
        let null = ValueList::single(ApplicationValue::Null);
        assert!(
            write_request(7, prop::DESCRIPTION, &null)
                .unwrap_err()
                .0
                .contains("NULL")
        );
        assert!(write_request(7, prop::DESCRIPTION, &ValueList::default()).is_err());
        let two = ValueList {
            items: smallvec::smallvec![
                text("a").items[0].clone(),
                ValueItem::Value(ApplicationValue::Null),
            ],
        };
        assert!(write_request(7, prop::DESCRIPTION, &two).is_err());
        assert!(
            write_request(
                7,
                prop::DESCRIPTION,
                &ValueList::single(ApplicationValue::Real(1.0))
            )
            .is_err()
        );
    }

    #[test]
    fn routed_peers_come_from_network_and_mac() {
        let mut d = crate::inventory::Device {
            address: "127.0.0.20:47808".into(),
            ..Default::default()
        };
        assert_eq!(peer_of(&d).unwrap().route, None);
        d.routed = true;
        d.network = Some(2);
        d.mac = Some("05".into());
        let p = peer_of(&d).unwrap();
        assert_eq!(p.route, Some((2, MacAddress::new(&[5]).unwrap())));
        d.mac = Some("zz".into());
        assert!(peer_of(&d).is_err());
        d.mac = None;
        assert!(peer_of(&d).is_err());
        d.address = "nonsense".into();
        assert!(peer_of(&d).is_err());
    }
}
