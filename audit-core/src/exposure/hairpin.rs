//! Hairpin probes: from the LAN, ask the router's *external* address the same questions a
//! scanner on the internet would ask. An answer means a forward to a device exists (whether or
//! not the IGD lists it), provided the router loops LAN traffic back (NAT hairpinning).
//!
//! KNX: DESCRIPTION_REQUEST with the NAT HPAI 0.0.0.0:0 (answer to the packet's source, design
//! §4 / anchors §4.1). BACnet: ReadProperty of the wildcard device 4194303 object-identifier,
//! then object-name of the instance that answered. Both built with `crate::wire`.

use std::net::{Ipv4Addr, SocketAddrV4};

use tokio::net::UdpSocket;

use crate::inventory::{HairpinProbe, PortMapping};
use crate::job::{JobCtx, Note};
use crate::text;
use crate::text::Text;
use crate::wire::bacnet::apdu::{Apdu, Body as ApduBody, ConfirmedRequestPdu, Segmentable};
use crate::wire::bacnet::apdu::{ErrorBody, UnconfirmedRequestPdu};
use crate::wire::bacnet::bvlc::{Bvlc, BvlcFunction};
use crate::wire::bacnet::npdu::Npdu;
use crate::wire::bacnet::services::{
    ComplexAck, ConfirmedRequest, ReadProperty, UnconfirmedRequest, WhoIs,
};
use crate::wire::bacnet::tag::ObjectId;
use crate::wire::bacnet::values::{self, otype, prop};
use crate::wire::bacnet::{BacnetMessage, Payload, decode_bip};
use crate::wire::hex::hex;
use crate::wire::knxip::description::DescriptionRequest;
use crate::wire::knxip::{Body, Hpai, KnxFrame, decode};

/// Other BACnet/IP ports (47809..=47823, "BAC1".."BACF") are probed only when a mapping lists them.
pub const BACNET_EXTRA_PORTS: std::ops::RangeInclusive<u16> = 47809..=47823;

pub fn knx_description_request() -> Vec<u8> {
    KnxFrame::new(Body::DescriptionRequest(DescriptionRequest {
        control_endpoint: Hpai::nat(),
    }))
    .to_bytes()
}

pub fn bacnet_read_property(invoke_id: u8, object: ObjectId, property: u32) -> Vec<u8> {
    let msg = BacnetMessage {
        bvlc: Some(Bvlc::new(BvlcFunction::OriginalUnicastNpdu)),
        npdu: Some(Npdu {
            expecting_reply: true,
            ..Npdu::default()
        }),
        payload: Payload::Apdu(Apdu::ConfirmedRequest(ConfirmedRequestPdu {
            more_follows: false,
            segmented_response_accepted: false,
            max_segments_code: 0,
            max_apdu_code: values::OUR_MAX_APDU_CODE,
            invoke_id,
            body: Segmentable::Whole(ApduBody::Decoded(ConfirmedRequest::ReadProperty(
                ReadProperty::new(object, property, None),
            ))),
            reserved_bits: 0,
            reserved_octet1_bit: false,
        })),
    };
    let mut out = Vec::new();
    msg.emit(&mut out);
    out
}

/// A Who-Is without limits, by unicast (the fallback for stacks that refuse the wildcard
/// instance in ReadProperty; any BACnet device answers it with I-Am).
pub fn bacnet_who_is() -> Vec<u8> {
    let msg = BacnetMessage {
        bvlc: Some(Bvlc::new(BvlcFunction::OriginalUnicastNpdu)),
        npdu: Some(Npdu::default()),
        payload: Payload::Apdu(Apdu::UnconfirmedRequest(UnconfirmedRequestPdu {
            body: ApduBody::Decoded(UnconfirmedRequest::WhoIs(WhoIs {
                low: None,
                high: None,
                trailing: Vec::new(),
            })),
            reserved_bits: 0,
        })),
    };
    let mut out = Vec::new();
    msg.emit(&mut out);
    out
}

/// The device instance of an I-Am, if `bytes` is one.
pub fn i_am_instance(bytes: &[u8]) -> Option<u32> {
    decode_bip(bytes).ok()?.i_am().map(|i| i.device_instance)
}

/// What a BACnet answer says, in words; `Ok(Some(ack))` for a ReadProperty ack of `invoke_id`.
pub fn bacnet_answer(bytes: &[u8], invoke_id: u8) -> Result<Option<ComplexAck>, String> {
    let m = decode_bip(bytes).map_err(|e| format!("undecodable BACnet answer: {e}"))?;
    match m.payload {
        Payload::Apdu(Apdu::ComplexAck(p)) if p.invoke_id == invoke_id => match p.body {
            Segmentable::Whole(ApduBody::Decoded(a)) => Ok(Some(a)),
            _ => Err("BACnet answer is segmented or malformed".into()),
        },
        Payload::Apdu(Apdu::Error(p)) if p.invoke_id == invoke_id => {
            let (class, code) = match &p.error {
                ErrorBody::Parsed { class, code, .. } => (*class, *code),
                e @ ErrorBody::Raw(_) => e.class_and_code().unwrap_or((0, 0)),
            };
            Err(format!(
                "the device answered with BACnet error class {class} code {code}"
            ))
        }
        Payload::Apdu(Apdu::Reject(p)) if p.invoke_id == invoke_id => Err(format!(
            "the device rejected the request (reason {})",
            p.reason
        )),
        _ => Ok(None),
    }
}

async fn socket(bind: Ipv4Addr) -> Result<UdpSocket, String> {
    UdpSocket::bind(SocketAddrV4::new(bind, 0))
        .await
        .map_err(|e| format!("cannot open a socket on {bind}: {e}"))
}

/// Send `req` and wait for one answer from `target` (bounded: one try, the probe timeout).
async fn ask(
    ctx: &JobCtx,
    sock: &UdpSocket,
    target: SocketAddrV4,
    req: &[u8],
    protocol: &str,
    service: &str,
) -> Result<Option<Vec<u8>>, String> {
    ctx.try_send(sock, target, req, protocol, service).await?;
    let deadline = tokio::time::Instant::now() + ctx.policy.request_timeout();
    let mut others = 0;
    let r = ctx.recv_from(sock, target, deadline, &mut others).await;
    if others > 0 {
        ctx.note(Note::warning(
            "hairpin-other-source",
            text!(
                "exposure-hairpin-other-source",
                count = others,
                protocol = protocol,
                target = target.to_string()
            ),
        ))
        .await;
    }
    if r.is_none() && ctx.stopped() {
        return Err("cancelled".into());
    }
    Ok(r)
}

fn probe_base(protocol: &str, target: SocketAddrV4) -> HairpinProbe {
    HairpinProbe {
        protocol: protocol.into(),
        target: target.to_string(),
        outcome: "not-tried".into(),
        ..HairpinProbe::default()
    }
}

pub async fn knx(ctx: &JobCtx, bind: Ipv4Addr, target: SocketAddrV4) -> HairpinProbe {
    let mut p = probe_base("knx", target);
    let sock = match socket(bind).await {
        Ok(s) => s,
        Err(e) => {
            p.outcome = "error".into();
            p.detail = Some(Text::plain(e));
            return p;
        }
    };
    match ask(
        ctx,
        &sock,
        target,
        &knx_description_request(),
        "knxip",
        "description-request",
    )
    .await
    {
        Err(e) => failed(&mut p, e),
        Ok(None) => silent(&mut p, ctx),
        Ok(Some(bytes)) => {
            p.outcome = "answered".into();
            p.answer_hex = Some(hex(&bytes));
            p.answer_summary = Some(match decode(&bytes) {
                Ok(f) => match f.gateway_summary() {
                    Some(g) => text!(
                        "exposure-hairpin-knx-gateway",
                        name = shown(&g.name),
                        individual_address = g.individual_address.to_string(),
                        mac = g.mac.to_string()
                    ),
                    None => text!("exposure-hairpin-knx-other", service = f.service_name()),
                },
                Err(e) => text!("exposure-hairpin-knx-undecodable", error = e.to_string()),
            });
        }
    }
    p
}

/// A name from the wire, as it may be shown: at most 64 characters, then the crate's one
/// safe-text rule ([`crate::text::safe`]: controls, bidi and invisible characters escaped;
/// design §10).
pub fn shown(name: &str) -> String {
    let cut: String = name.chars().take(64).collect();
    crate::text::safe(&cut).into_owned()
}

fn failed(p: &mut HairpinProbe, e: String) {
    p.outcome = if e == "cancelled" {
        "not-tried"
    } else {
        "error"
    }
    .into();
    p.detail = Some(if e == "cancelled" {
        text!("exposure-cancelled")
    } else {
        Text::plain(e)
    });
}

fn silent(p: &mut HairpinProbe, ctx: &JobCtx) {
    p.outcome = "no-answer".into();
    p.detail = Some(text!(
        "exposure-hairpin-no-answer-within",
        seconds = format!("{:.1}", ctx.policy.request_timeout().as_secs_f64())
    ));
}

pub async fn bacnet(ctx: &JobCtx, bind: Ipv4Addr, target: SocketAddrV4) -> HairpinProbe {
    let mut p = probe_base("bacnet", target);
    let sock = match socket(bind).await {
        Ok(s) => s,
        Err(e) => {
            p.outcome = "error".into();
            p.detail = Some(Text::plain(e));
            return p;
        }
    };
    let wildcard = ObjectId::new(otype::DEVICE, ObjectId::MAX_INSTANCE);
    let req = bacnet_read_property(1, wildcard, prop::OBJECT_IDENTIFIER);
    let first = match ask(ctx, &sock, target, &req, "bacnet", "read-property").await {
        Err(e) => {
            failed(&mut p, e);
            return p;
        }
        Ok(None) => {
            silent(&mut p, ctx);
            return p;
        }
        Ok(Some(b)) => b,
    };
    p.outcome = "answered".into();
    let mut raw = vec![hex(&first)];
    let mut refused = None;
    let mut instance = match bacnet_answer(&first, 1) {
        Ok(Some(ComplexAck::ReadProperty(a))) => {
            values::object_ids(&a.value).first().map(|o| o.instance)
        }
        Ok(_) => None,
        Err(e) => {
            refused = Some(e);
            None
        }
    };
    if instance.is_none() {
        // Some stacks (bacpypes3 among them) refuse the wildcard instance; a BACnet device
        // answered all the same. Ask who it is with a unicast Who-Is.
        if let Ok(Some(b)) = ask(ctx, &sock, target, &bacnet_who_is(), "bacnet", "who-is").await {
            raw.push(hex(&b));
            instance = i_am_instance(&b);
        }
    }
    p.answer_hex = Some(raw.join(" "));
    let Some(instance) = instance else {
        p.answer_summary = Some(match refused {
            Some(e) => text!("exposure-hairpin-bacnet-unnamed", error = e),
            None => text!("exposure-hairpin-bacnet-no-identifier"),
        });
        return p;
    };
    let mut summary = text!("exposure-hairpin-bacnet-device", instance = instance);
    let req = bacnet_read_property(2, ObjectId::new(otype::DEVICE, instance), prop::OBJECT_NAME);
    if let Ok(Some(b)) = ask(ctx, &sock, target, &req, "bacnet", "read-property").await
        && let Ok(Some(ComplexAck::ReadProperty(a))) = bacnet_answer(&b, 2)
        && let Some(name) = values::text(&a.value)
    {
        summary = text!(
            "exposure-hairpin-bacnet-device-named",
            instance = instance,
            name = shown(&name)
        );
        raw.push(hex(&b));
        p.answer_hex = Some(raw.join(" "));
    }
    p.answer_summary = Some(summary);
    p
}

/// The ports to probe: KNX `knx_port`, BACnet `bacnet_port`, and every UDP mapping's external
/// port in 47809..=47823.
pub fn targets(
    external: Ipv4Addr,
    knx_port: u16,
    bacnet_port: u16,
    mappings: &[PortMapping],
) -> Vec<(&'static str, SocketAddrV4)> {
    let mut v = vec![
        ("knx", SocketAddrV4::new(external, knx_port)),
        ("bacnet", SocketAddrV4::new(external, bacnet_port)),
    ];
    for m in mappings {
        if m.protocol.eq_ignore_ascii_case("UDP")
            && BACNET_EXTRA_PORTS.contains(&m.external_port)
            && m.external_port != bacnet_port
            && !v.iter().any(|(_, a)| a.port() == m.external_port)
        {
            v.push(("bacnet", SocketAddrV4::new(external, m.external_port)));
        }
    }
    v
}

/// Does this router hairpin? `Some(true)`: a probed port the IGD lists answered through the
/// external address. `Some(false)`: listed ports were probed and none answered (the router does
/// not loop back, or the mapped devices are off): every `no-answer` is inconclusive.
/// `None`: no listed port was probed, so nothing is known.
pub fn router_hairpins(probes: &[HairpinProbe], mappings: &[PortMapping]) -> Option<bool> {
    let listed = |p: &HairpinProbe| {
        let port = p
            .target
            .parse::<SocketAddrV4>()
            .map(|a| a.port())
            .unwrap_or(0);
        mappings
            .iter()
            .any(|m| m.protocol.eq_ignore_ascii_case("UDP") && m.external_port == port && m.enabled)
    };
    let tried: Vec<&HairpinProbe> = probes
        .iter()
        .filter(|p| listed(p) && (p.outcome == "answered" || p.outcome == "no-answer"))
        .collect();
    if tried.is_empty() {
        None
    } else {
        Some(tried.iter().any(|p| p.outcome == "answered"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_decode_with_our_codecs() {
        let k = knx_description_request();
        assert_eq!(k.len(), 14);
        assert_eq!(&k[..4], &[0x06, 0x10, 0x02, 0x03]);
        // NAT HPAI: UDP, 0.0.0.0:0.
        assert_eq!(&k[6..], &[0x08, 0x01, 0, 0, 0, 0, 0, 0]);
        let b = bacnet_read_property(
            1,
            ObjectId::new(otype::DEVICE, ObjectId::MAX_INSTANCE),
            prop::OBJECT_IDENTIFIER,
        );
        assert_eq!(decode_bip(&b).unwrap().service_name(), "read-property");
        assert_eq!(bacnet_answer(&b, 1).unwrap(), None);
        assert!(bacnet_answer(&[1, 2, 3], 1).is_err());
        let w = bacnet_who_is();
        assert_eq!(decode_bip(&w).unwrap().service_name(), "who-is");
        assert_eq!(i_am_instance(&w), None);
        // Error answer of bacpypes3 0.0.110 to ReadProperty of device 4194303 (router lab):
        // error class object (1), code unknown-object (31).
        let err = [
            0x81, 0x0a, 0x00, 0x0d, 0x01, 0x00, 0x50, 0x01, 0x0c, 0x91, 0x01, 0x91, 0x1f,
        ];
        assert_eq!(
            bacnet_answer(&err, 1).unwrap_err(),
            "the device answered with BACnet error class 1 code 31"
        );
    }

    fn probe(port: u16, outcome: &str) -> HairpinProbe {
        HairpinProbe {
            target: format!("203.0.113.9:{port}"),
            outcome: outcome.into(),
            ..HairpinProbe::default()
        }
    }

    fn mapping(port: u16) -> PortMapping {
        PortMapping {
            protocol: "UDP".into(),
            external_port: port,
            enabled: true,
            ..PortMapping::default()
        }
    }

    #[test]
    fn hairpin_logic() {
        let maps = [mapping(3671)];
        assert_eq!(
            router_hairpins(&[probe(3671, "answered"), probe(47808, "no-answer")], &maps),
            Some(true)
        );
        assert_eq!(
            router_hairpins(&[probe(3671, "no-answer"), probe(47808, "answered")], &maps),
            Some(false)
        );
        assert_eq!(router_hairpins(&[probe(3671, "error")], &maps), None);
        assert_eq!(router_hairpins(&[probe(47808, "answered")], &[]), None);
    }

    #[test]
    fn extra_ports_only_when_mapped() {
        let ip = Ipv4Addr::new(203, 0, 113, 9);
        assert_eq!(targets(ip, 3671, 47808, &[]).len(), 2);
        let t = targets(
            ip,
            3671,
            47808,
            &[
                mapping(47809),
                mapping(47808),
                mapping(8443),
                mapping(47809),
            ],
        );
        assert_eq!(t.len(), 3);
        assert_eq!(t[2].1.port(), 47809);
    }
}
