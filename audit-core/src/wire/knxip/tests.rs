//! Frame-level tests: real capture bytes, spec frames cross-checked with tshark, malformed
//! frames, prefixes, and emit/decode properties.

use std::net::Ipv4Addr;

use proptest::collection::vec;
use proptest::prelude::*;

use super::apdu::{Apdu, GroupValue, PropertyRef, Tpdu};
use super::cemi::Cemi;
use super::connect::{
    ChannelRequest, ChannelResponse, ConnectRequest, ConnectResponse, Crd, Cri, Status,
};
use super::description::{Description, DescriptionRequest};
use super::dib::{Dib, FamilyVersion, ServiceFamily};
use super::remote::{
    RemoteBasicConfigurationRequest, RemoteDiagnosticRequest, RemoteDiagnosticResponse,
    RemoteResetRequest, Selector,
};
use super::routing::{RoutingBusy, RoutingLostMessage};
use super::search::{SearchRequest, SearchRequestExtended, SearchResponse, Srp};
use super::secure::{
    SecureWrapper, SessionAuthenticate, SessionRequest, SessionResponse, SessionStatus,
    SessionStatusCode, TimerNotify,
};
use super::test_fixtures::*;
use super::tunnelling::{CemiRequest, ConnectionHeader, FeatureId, TunnellingFeature};
use super::*;

// --- Real capture: /work/shared/captures/public/knx/ndpi_knxip.pcapng (`tshark -r F -x`) ---

/// Frame 1: SEARCH_REQUEST_EXTENDED from 192.168.88.231:41343 with an SRP requesting DIBs
/// 01 02 06 07 (UDP payload, bytes 0x2a..0x3e of the frame).
const CAPTURE_FRAME1: &[u8] = &[
    0x06, 0x10, 0x02, 0x0b, 0x00, 0x14, 0x08, 0x01, 0xc0, 0xa8, 0x58, 0xe7, 0xa1, 0x7f, 0x06, 0x04,
    0x01, 0x02, 0x06, 0x07,
];
/// Frame 2: SEARCH_REQUEST from the same endpoint.
const CAPTURE_FRAME2: &[u8] = &[
    0x06, 0x10, 0x02, 0x01, 0x00, 0x0e, 0x08, 0x01, 0xc0, 0xa8, 0x58, 0xe7, 0xa1, 0x7f,
];
/// Frame 3: one TCP segment from 192.168.1.28:3671 holding TUNNELLING_FEATURE_RESPONSE and
/// TUNNELLING_FEATURE_INFO (individual address 1.0.135).
const CAPTURE_FRAME3_SEGMENT: &[u8] = &[
    0x06, 0x10, 0x04, 0x23, 0x00, 0x0e, 0x04, 0x01, 0x02, 0x00, 0x06, 0x00, 0x10, 0x87, 0x06, 0x10,
    0x04, 0x25, 0x00, 0x0e, 0x04, 0x01, 0x03, 0x00, 0x06, 0x00, 0x10, 0x87,
];

fn round_trip(bytes: &[u8]) -> KnxFrame {
    let f = decode(bytes).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        f.to_bytes(),
        bytes,
        "decode -> emit must give identical bytes"
    );
    f
}

#[test]
fn capture_frame1_search_request_extended() {
    let f = round_trip(CAPTURE_FRAME1);
    assert_eq!(f.service_name(), "search-request-extended");
    assert_eq!(f.service_type(), 0x020b);
    assert!(!f.flags().any());
    let Body::SearchRequestExtended(b) = &f.body else {
        panic!()
    };
    assert_eq!(
        b.discovery_endpoint.socket_addr().to_string(),
        "192.168.88.231:41343"
    );
    assert_eq!(b.discovery_endpoint.protocol, HostProtocol::IPV4_UDP);
    assert_eq!(b.parameters.len(), 1);
    assert!(!b.parameters[0].mandatory());
    assert_eq!(b.parameters[0].requested_dibs(), [1, 2, 6, 7]);
    assert_eq!(f.gateway_summary(), None);
}

#[test]
fn capture_frame2_search_request() {
    let f = round_trip(CAPTURE_FRAME2);
    assert_eq!(f.service_name(), "search-request");
    let Body::SearchRequest(b) = &f.body else {
        panic!()
    };
    assert_eq!(
        b.discovery_endpoint.socket_addr().to_string(),
        "192.168.88.231:41343"
    );
    // Building the same request gives the captured bytes.
    let built = KnxFrame::new(Body::SearchRequest(SearchRequest {
        discovery_endpoint: Hpai::udp(Ipv4Addr::new(192, 168, 88, 231), 41343),
    }));
    assert_eq!(built.to_bytes(), CAPTURE_FRAME2);
}

#[test]
fn capture_frame3_tunnelling_feature_response_and_info() {
    let (frames, rest) = split_stream(CAPTURE_FRAME3_SEGMENT);
    assert!(rest.is_empty());
    assert_eq!(frames.len(), 2);
    let resp = round_trip(frames[0]);
    assert_eq!(resp.service_name(), "tunnelling-feature-response");
    let Body::TunnellingFeatureResponse(r) = &resp.body else {
        panic!()
    };
    // tshark: Connection Header #01:2, Feature Identifier 0x06 = IndividualAddress, Status OK,
    // Feature Value $1087.
    assert_eq!(
        r.header,
        ConnectionHeader {
            channel: 1,
            sequence: 2,
            status: 0
        }
    );
    assert_eq!(r.feature, FeatureId::INDIVIDUAL_ADDRESS);
    assert_eq!(r.return_code().name(), "success");
    assert_eq!(r.value, [0x10, 0x87]);
    assert_eq!(IndividualAddress(0x1087).to_string(), "1.0.135");
    let info = round_trip(frames[1]);
    assert_eq!(info.service_name(), "tunnelling-feature-info");
    let Body::TunnellingFeatureInfo(i) = &info.body else {
        panic!()
    };
    assert_eq!(
        (i.header.sequence, i.feature.name()),
        (3, "interface-individual-address")
    );
}

// --- Spec frames (test_fixtures.rs), values as tshark printed them ---

const SPEC_FRAMES: &[(&str, &[u8], u16, &str)] = &[
    (
        "SEARCH_RESPONSE",
        SEARCH_RESPONSE,
        0x0202,
        "search-response",
    ),
    (
        "SEARCH_RESPONSE_EXTENDED",
        SEARCH_RESPONSE_EXTENDED,
        0x020c,
        "search-response-extended",
    ),
    (
        "DESCRIPTION_RESPONSE",
        DESCRIPTION_RESPONSE,
        0x0204,
        "description-response",
    ),
    (
        "DESCRIPTION_REQUEST_NAT",
        DESCRIPTION_REQUEST_NAT,
        0x0203,
        "description-request",
    ),
    (
        "CONNECT_REQUEST_TUNNEL",
        CONNECT_REQUEST_TUNNEL,
        0x0205,
        "connect-request",
    ),
    (
        "CONNECT_REQUEST_TCP_EXTENDED",
        CONNECT_REQUEST_TCP_EXTENDED,
        0x0205,
        "connect-request",
    ),
    (
        "CONNECT_REQUEST_DEVICE_MANAGEMENT",
        CONNECT_REQUEST_DEVICE_MANAGEMENT,
        0x0205,
        "connect-request",
    ),
    (
        "CONNECT_RESPONSE_OK",
        CONNECT_RESPONSE_OK,
        0x0206,
        "connect-response",
    ),
    (
        "CONNECT_RESPONSE_NO_MORE_CONNECTIONS",
        CONNECT_RESPONSE_NO_MORE_CONNECTIONS,
        0x0206,
        "connect-response",
    ),
    (
        "CONNECTIONSTATE_REQUEST",
        CONNECTIONSTATE_REQUEST,
        0x0207,
        "connectionstate-request",
    ),
    (
        "CONNECTIONSTATE_RESPONSE",
        CONNECTIONSTATE_RESPONSE,
        0x0208,
        "connectionstate-response",
    ),
    (
        "DISCONNECT_REQUEST",
        DISCONNECT_REQUEST,
        0x0209,
        "disconnect-request",
    ),
    (
        "DISCONNECT_RESPONSE",
        DISCONNECT_RESPONSE,
        0x020a,
        "disconnect-response",
    ),
    (
        "TUNNELLING_REQUEST_GROUP_WRITE",
        TUNNELLING_REQUEST_GROUP_WRITE,
        0x0420,
        "tunnelling-request",
    ),
    ("TUNNELLING_ACK", TUNNELLING_ACK, 0x0421, "tunnelling-ack"),
    (
        "TUNNELLING_REQUEST_T_CONNECT",
        TUNNELLING_REQUEST_T_CONNECT,
        0x0420,
        "tunnelling-request",
    ),
    (
        "TUNNELLING_REQUEST_PROPERTY_VALUE_READ",
        TUNNELLING_REQUEST_PROPERTY_VALUE_READ,
        0x0420,
        "tunnelling-request",
    ),
    (
        "TUNNELLING_REQUEST_AUTHORIZE",
        TUNNELLING_REQUEST_AUTHORIZE,
        0x0420,
        "tunnelling-request",
    ),
    (
        "TUNNELLING_REQUEST_MEMORY_READ",
        TUNNELLING_REQUEST_MEMORY_READ,
        0x0420,
        "tunnelling-request",
    ),
    (
        "TUNNELLING_REQUEST_DEVICE_DESCRIPTOR_READ",
        TUNNELLING_REQUEST_DEVICE_DESCRIPTOR_READ,
        0x0420,
        "tunnelling-request",
    ),
    (
        "TUNNELLING_REQUEST_INDIVIDUAL_ADDRESS_WRITE",
        TUNNELLING_REQUEST_INDIVIDUAL_ADDRESS_WRITE,
        0x0420,
        "tunnelling-request",
    ),
    (
        "TUNNELLING_REQUEST_RESTART",
        TUNNELLING_REQUEST_RESTART,
        0x0420,
        "tunnelling-request",
    ),
    (
        "TUNNELLING_FEATURE_GET",
        TUNNELLING_FEATURE_GET,
        0x0422,
        "tunnelling-feature-get",
    ),
    (
        "TUNNELLING_FEATURE_SET",
        TUNNELLING_FEATURE_SET,
        0x0424,
        "tunnelling-feature-set",
    ),
    (
        "DEVICE_CONFIGURATION_REQUEST",
        DEVICE_CONFIGURATION_REQUEST,
        0x0310,
        "device-configuration-request",
    ),
    (
        "DEVICE_CONFIGURATION_ACK",
        DEVICE_CONFIGURATION_ACK,
        0x0311,
        "device-configuration-ack",
    ),
    (
        "ROUTING_INDICATION",
        ROUTING_INDICATION,
        0x0530,
        "routing-indication",
    ),
    (
        "ROUTING_LOST_MESSAGE",
        ROUTING_LOST_MESSAGE,
        0x0531,
        "routing-lost-message",
    ),
    ("ROUTING_BUSY", ROUTING_BUSY, 0x0532, "routing-busy"),
    (
        "ROUTING_SYSTEM_BROADCAST",
        ROUTING_SYSTEM_BROADCAST,
        0x0533,
        "routing-system-broadcast",
    ),
    (
        "REMOTE_DIAGNOSTIC_REQUEST",
        REMOTE_DIAGNOSTIC_REQUEST,
        0x0740,
        "remote-diagnostic-request",
    ),
    (
        "REMOTE_DIAGNOSTIC_RESPONSE",
        REMOTE_DIAGNOSTIC_RESPONSE,
        0x0741,
        "remote-diagnostic-response",
    ),
    (
        "REMOTE_BASIC_CONFIGURATION_REQUEST",
        REMOTE_BASIC_CONFIGURATION_REQUEST,
        0x0742,
        "remote-basic-configuration-request",
    ),
    (
        "REMOTE_RESET_REQUEST",
        REMOTE_RESET_REQUEST,
        0x0743,
        "remote-reset-request",
    ),
    ("SECURE_WRAPPER", SECURE_WRAPPER, 0x0950, "secure-wrapper"),
    (
        "SESSION_REQUEST",
        SESSION_REQUEST,
        0x0951,
        "session-request",
    ),
    (
        "SESSION_RESPONSE",
        SESSION_RESPONSE,
        0x0952,
        "session-response",
    ),
    (
        "SESSION_AUTHENTICATE",
        SESSION_AUTHENTICATE,
        0x0953,
        "session-authenticate",
    ),
    ("SESSION_STATUS", SESSION_STATUS, 0x0954, "session-status"),
    ("TIMER_NOTIFY", TIMER_NOTIFY, 0x0955, "timer-notify"),
    (
        "TUNNELLING_REQUEST_PROPERTY_VALUE_RESPONSE",
        TUNNELLING_REQUEST_PROPERTY_VALUE_RESPONSE,
        0x0420,
        "tunnelling-request",
    ),
    (
        "TUNNELLING_REQUEST_DEVICE_DESCRIPTOR_RESPONSE",
        TUNNELLING_REQUEST_DEVICE_DESCRIPTOR_RESPONSE,
        0x0420,
        "tunnelling-request",
    ),
    (
        "TUNNELLING_REQUEST_AUTHORIZE_RESPONSE",
        TUNNELLING_REQUEST_AUTHORIZE_RESPONSE,
        0x0420,
        "tunnelling-request",
    ),
    (
        "TUNNELLING_REQUEST_MEMORY_RESPONSE",
        TUNNELLING_REQUEST_MEMORY_RESPONSE,
        0x0420,
        "tunnelling-request",
    ),
    (
        "TUNNELLING_REQUEST_PROPERTY_DESCRIPTION_RESPONSE",
        TUNNELLING_REQUEST_PROPERTY_DESCRIPTION_RESPONSE,
        0x0420,
        "tunnelling-request",
    ),
    (
        "TUNNELLING_REQUEST_INDIVIDUAL_ADDRESS_READ",
        TUNNELLING_REQUEST_INDIVIDUAL_ADDRESS_READ,
        0x0420,
        "tunnelling-request",
    ),
    (
        "TUNNELLING_REQUEST_INDIVIDUAL_ADDRESS_RESPONSE",
        TUNNELLING_REQUEST_INDIVIDUAL_ADDRESS_RESPONSE,
        0x0420,
        "tunnelling-request",
    ),
    (
        "ROUTING_INDICATION_GROUP_RESPONSE",
        ROUTING_INDICATION_GROUP_RESPONSE,
        0x0530,
        "routing-indication",
    ),
    (
        "DEVICE_CONFIGURATION_REQUEST_PROP_READ_CON",
        DEVICE_CONFIGURATION_REQUEST_PROP_READ_CON,
        0x0310,
        "device-configuration-request",
    ),
    (
        "UNKNOWN_SERVICE",
        UNKNOWN_SERVICE,
        0xf080,
        "unknown-service",
    ),
];

#[test]
fn every_spec_frame_decodes_round_trips_and_names_its_service() {
    // Every fixture of test_fixtures.rs is in the table (kept in step by hand).
    assert_eq!(SPEC_FRAMES.len(), 50);
    for (label, bytes, service_type, name) in SPEC_FRAMES {
        let f = decode(bytes).unwrap_or_else(|e| panic!("{label}: {e}"));
        assert_eq!(
            f.service_type(),
            *service_type,
            "{label}: tshark knxip.service"
        );
        assert_eq!(f.service_name(), *name, "{label}");
        assert_eq!(
            f.body.service_type(),
            *service_type,
            "{label}: body variant"
        );
        assert!(!f.flags().any(), "{label}: {:?}", f.flags());
        assert_eq!(f.to_bytes(), *bytes, "{label}: decode -> emit");
        // A well-formed frame is exactly what `new` builds from its body.
        assert_eq!(KnxFrame::new(f.body.clone()), f, "{label}: new(body)");
        assert_eq!(
            peek_header(bytes).unwrap(),
            f.header,
            "{label}: peek_header"
        );
    }
}

#[test]
fn every_prefix_of_every_fixture_is_ok_or_err_without_panic() {
    let captures: &[&[u8]] = &[CAPTURE_FRAME1, CAPTURE_FRAME2, CAPTURE_FRAME3_SEGMENT];
    for bytes in captures
        .iter()
        .copied()
        .chain(SPEC_FRAMES.iter().map(|f| f.1))
    {
        for n in 0..=bytes.len() {
            let prefix = &bytes[..n];
            if let Ok(f) = decode(prefix) {
                // Whatever decodes re-emits the very same bytes.
                assert_eq!(f.to_bytes(), prefix);
                let _ = f.gateway_summary();
                let _ = f.flags();
            }
            let _ = split_stream(prefix);
        }
    }
}

#[test]
fn search_response_v1_summary() {
    let f = decode(SEARCH_RESPONSE).unwrap();
    let s = f.gateway_summary().unwrap();
    assert_eq!(s.control_endpoint.unwrap().to_string(), "192.168.1.28:3671");
    assert_eq!(s.name, "KNX IP Router");
    assert_eq!(s.individual_address, "1.1.0");
    assert_eq!(s.mac, "00:50:c2:79:3e:03");
    assert_eq!(s.serial, "00c501020304");
    let fv = |family, version| FamilyVersion { family, version };
    assert_eq!(
        s.service_families,
        [
            fv(ServiceFamily::CORE, 1),
            fv(ServiceFamily::DEVICE_MANAGEMENT, 1),
            fv(ServiceFamily::TUNNELLING, 1),
            fv(ServiceFamily::ROUTING, 1)
        ]
    );
    assert_eq!(s.core_version, Some(1));
    assert!(!s.secure_supported && !s.secure_families_known && !s.extended);
    assert_eq!(s.knx_medium, "tp1");
    assert_eq!(s.multicast_address, Some(Ipv4Addr::new(224, 0, 23, 12)));
}

#[test]
fn search_response_extended_secure_and_slots() {
    let f = decode(SEARCH_RESPONSE_EXTENDED).unwrap();
    let d = f.body.description().unwrap();
    // tshark: Core v2, Device Management v1, Tunneling v2, Routing v2, Security v1.
    assert_eq!(d.core_version(), Some(2));
    assert!(d.tunnelling_over_tcp());
    assert!(d.secure_supported());
    // tshark: DIB SecSvcFam: Tunneling (security version 1).
    assert_eq!(d.secure_required(ServiceFamily::TUNNELLING), Some(true));
    assert_eq!(d.secure_required(ServiceFamily::ROUTING), Some(false));
    // tshark: Max APDU 254; slots 1.1.251 U/A/F, 1.1.252 U/A used, 1.1.253 U/F not authorised.
    let t = d.tunnelling_info().unwrap();
    assert_eq!(t.max_apdu_length, 254);
    assert_eq!((t.free_slots(), t.used_slots()), (2, 1));
    assert!(t.slots[1].usable() && t.slots[1].authorised() && !t.slots[1].free());
    assert!(!t.slots[2].authorised());
    // tshark: Medium Status 0x00, Max APDU Length 254, Mask Version 0x091a.
    let x = d.extended_device_info().unwrap();
    assert_eq!(
        (x.max_local_apdu_length, x.device_descriptor),
        (254, 0x091a)
    );
    let s = f.gateway_summary().unwrap();
    assert!(s.extended && s.programming_mode && s.secure_supported && s.secure_families_known);
    assert_eq!(s.name, "IP Router Secure N 146");
    assert_eq!(s.individual_address, "1.1.255");
    assert_eq!(s.secure_families, [ServiceFamily::TUNNELLING]);
    assert_eq!(
        s.service_families.last().unwrap(),
        &FamilyVersion {
            family: ServiceFamily::SECURITY,
            version: 1
        }
    );
    assert_eq!(s.tunnelling_slots.len(), 3);
    assert_eq!(s.mask_version, Some(0x091a));
    assert_eq!(s.medium_ok, Some(true));
    assert_eq!(s.project_installation_id, Some(0x0012));
}

#[test]
fn description_response_all_core_dibs() {
    let f = decode(DESCRIPTION_RESPONSE).unwrap();
    let Body::DescriptionResponse(d) = &f.body else {
        panic!()
    };
    let codes: Vec<u8> = d.dibs.iter().map(Dib::code).collect();
    assert_eq!(codes, [0x01, 0x02, 0x03, 0x04, 0x05, 0xfe]);
    assert!(!d.has_irregular_dib());
    // tshark: Friendly Name "Küche Schnittstelle" (ISO 8859-1).
    let s = f.gateway_summary().unwrap();
    assert_eq!(s.name, "Küche Schnittstelle");
    assert_eq!(s.control_endpoint, None);
    assert_eq!(s.manufacturer_id, Some(0x00c5));
    let Dib::IpConfig(ip) = &d.dibs[2] else {
        panic!()
    };
    // tshark: 192.168.1.28/255.255.255.0 gw 192.168.1.1, caps AutoIP|DHCP|BootP, manual.
    assert_eq!(ip.address, Ipv4Addr::new(192, 168, 1, 28));
    assert_eq!(ip.subnet_mask, Ipv4Addr::new(255, 255, 255, 0));
    assert_eq!(ip.default_gateway, Ipv4Addr::new(192, 168, 1, 1));
    assert_eq!((ip.capabilities, ip.assignment_method), (0x07, 0x01));
    let Dib::CurrentIpConfig(cur) = &d.dibs[3] else {
        panic!()
    };
    assert_eq!(cur.dhcp_server, Ipv4Addr::UNSPECIFIED);
    let Dib::KnxAddresses(a) = &d.dibs[4] else {
        panic!()
    };
    let a: Vec<String> = a.addresses.iter().map(ToString::to_string).collect();
    assert_eq!(a, ["1.1.0", "1.1.1", "1.1.2"]);
}

#[test]
fn description_request_with_nat_hpai() {
    let f = decode(DESCRIPTION_REQUEST_NAT).unwrap();
    let Body::DescriptionRequest(r) = f.body else {
        panic!()
    };
    assert!(r.control_endpoint.is_route_back());
    assert_eq!(
        KnxFrame::new(Body::DescriptionRequest(DescriptionRequest {
            control_endpoint: Hpai::nat()
        }))
        .to_bytes(),
        DESCRIPTION_REQUEST_NAT
    );
}

#[test]
fn connection_management() {
    let Body::ConnectRequest(c) = decode(CONNECT_REQUEST_TUNNEL).unwrap().body else {
        panic!()
    };
    assert_eq!(
        c.control_endpoint.socket_addr().to_string(),
        "192.168.1.24:54445"
    );
    assert_eq!(c.cri.connection_type().name(), "tunnel");
    let Cri::Tunnel {
        layer,
        individual_address,
        ..
    } = c.cri
    else {
        panic!()
    };
    assert_eq!((layer.name(), individual_address), ("link-layer", None));

    // tshark: "Tunnel ConnectReq @0.0.0.0:0 @0.0.0.0:0, 1.1.5" (over TCP, Core v2 extended CRI).
    let Body::ConnectRequest(c) = decode(CONNECT_REQUEST_TCP_EXTENDED).unwrap().body else {
        panic!()
    };
    assert!(c.control_endpoint.is_tcp() && c.data_endpoint.is_route_back());
    let Cri::Tunnel {
        individual_address, ..
    } = c.cri
    else {
        panic!()
    };
    assert_eq!(individual_address.unwrap().to_string(), "1.1.5");

    let Body::ConnectRequest(c) = decode(CONNECT_REQUEST_DEVICE_MANAGEMENT).unwrap().body else {
        panic!()
    };
    assert_eq!(c.cri, Cri::DeviceManagement);

    // tshark: "Tunnel ConnectResp #15 @192.168.1.28:3671, 1.1.10".
    let Body::ConnectResponse(r) = decode(CONNECT_RESPONSE_OK).unwrap().body else {
        panic!()
    };
    assert_eq!((r.channel, r.status), (0x15, Status::NO_ERROR));
    assert_eq!(
        r.crd,
        Some(Crd::Tunnel {
            individual_address: IndividualAddress::new(1, 1, 10)
        })
    );
    // tshark: "ConnectResp E_NO_MORE_CONNECTIONS".
    let Body::ConnectResponse(r) = decode(CONNECT_RESPONSE_NO_MORE_CONNECTIONS).unwrap().body
    else {
        panic!()
    };
    assert_eq!(r.status.name(), "no-more-connections");
    assert_eq!((r.data_endpoint, r.crd), (None, None));

    // tshark: "ConnStateResp #15 E_CONNECTION_ID", "DisconnectResp #15 OK".
    let Body::ConnectionStateResponse(s) = decode(CONNECTIONSTATE_RESPONSE).unwrap().body else {
        panic!()
    };
    assert_eq!((s.channel, s.status.name()), (0x15, "connection-id"));
    let Body::DisconnectRequest(d) = decode(DISCONNECT_REQUEST).unwrap().body else {
        panic!()
    };
    assert_eq!((d.channel, d.reserved), (0x15, 0));
    let Body::DisconnectResponse(d) = decode(DISCONNECT_RESPONSE).unwrap().body else {
        panic!()
    };
    assert!(d.status.is_ok());
}

fn tunnelled_ldata(bytes: &[u8]) -> (ConnectionHeader, super::cemi::LData) {
    let Body::TunnellingRequest(t) = decode(bytes).unwrap().body else {
        panic!()
    };
    let frame = t.cemi.ldata().unwrap().clone();
    assert!(["L_Data.req", "L_Data.ind"].contains(&t.cemi.message_name()));
    assert!(!frame.length_mismatch());
    (t.header, frame)
}

#[test]
fn tunnelled_cemi_matches_tshark() {
    // tshark: "TunnelReq #15:0 L_Data.req 0.0.0->1/2/3 GroupValueWrite $01", hop count 6,
    // priority low (3).
    let (h, f) = tunnelled_ldata(TUNNELLING_REQUEST_GROUP_WRITE);
    assert_eq!((h.channel, h.sequence), (0x15, 0));
    assert_eq!(f.destination().to_string(), "1/2/3");
    assert_eq!((f.hop_count(), f.priority()), (6, "low"));
    assert_eq!(f.apdu(), Some(&Apdu::GroupValueWrite(GroupValue::Short(1))));

    // tshark: "... 0.0.0->1.1.5 Connect" (control PDU).
    let (_, f) = tunnelled_ldata(TUNNELLING_REQUEST_T_CONNECT);
    assert_eq!(
        (f.tpdu.kind(), f.destination().to_string()),
        ("connect", "1.1.5".into())
    );

    // tshark: "PropValueRead OX=0 P=11", count 1 index 1, sequence number 0.
    let (_, f) = tunnelled_ldata(TUNNELLING_REQUEST_PROPERTY_VALUE_READ);
    assert_eq!(
        (f.tpdu.kind(), f.tpdu.sequence()),
        ("numbered-data", Some(0))
    );
    assert_eq!(
        f.apdu(),
        Some(&Apdu::PropertyValueRead(PropertyRef {
            object_index: 0,
            property_id: 11,
            count: 1,
            start_index: 1
        }))
    );
    assert_eq!(f.priority(), "system");

    // tshark: "AuthReq $FFFFFFFF", sequence 1.
    let (_, f) = tunnelled_ldata(TUNNELLING_REQUEST_AUTHORIZE);
    assert_eq!(f.tpdu.sequence(), Some(1));
    assert_eq!(
        f.apdu(),
        Some(&Apdu::AuthorizeRequest {
            reserved: 0,
            key: 0xFFFF_FFFF
        })
    );
    assert_eq!(f.apdu().unwrap().name(), "authorize-request");

    // tshark: "MemRead N=4 X=$0060", sequence 2.
    let (_, f) = tunnelled_ldata(TUNNELLING_REQUEST_MEMORY_READ);
    assert_eq!(f.tpdu.sequence(), Some(2));
    assert_eq!(
        f.apdu(),
        Some(&Apdu::MemoryRead {
            count: 4,
            address: 0x0060
        })
    );

    // tshark: "DevDescrRead", sequence 3.
    let (_, f) = tunnelled_ldata(TUNNELLING_REQUEST_DEVICE_DESCRIPTOR_READ);
    assert_eq!(f.tpdu.sequence(), Some(3));
    assert_eq!(
        f.apdu(),
        Some(&Apdu::DeviceDescriptorRead { descriptor_type: 0 })
    );

    // tshark: "0.0.0->0/0/0 IndAddrWrite $1105" (broadcast).
    let (_, f) = tunnelled_ldata(TUNNELLING_REQUEST_INDIVIDUAL_ADDRESS_WRITE);
    assert!(f.group_destination());
    assert_eq!(f.destination().to_string(), "0/0/0");
    assert_eq!(
        f.apdu(),
        Some(&Apdu::IndividualAddressWrite(IndividualAddress::new(
            1, 1, 5
        )))
    );

    // tshark: "Restart", sequence 4.
    let (_, f) = tunnelled_ldata(TUNNELLING_REQUEST_RESTART);
    assert_eq!(
        (f.tpdu.sequence(), f.apdu()),
        (Some(4), Some(&Apdu::Restart))
    );

    let Body::TunnellingAck(a) = decode(TUNNELLING_ACK).unwrap().body else {
        panic!()
    };
    assert_eq!((a.channel, a.sequence, a.status), (0x15, 0, 0));
}

#[test]
fn tunnelled_responses_match_tshark() {
    // tshark: "L_Data.ind 1.1.5->0.0.0 PropValueResp OX=0 P=11 $00C501020304", N=1, X=1.
    let (h, f) = tunnelled_ldata(TUNNELLING_REQUEST_PROPERTY_VALUE_RESPONSE);
    assert_eq!(h.sequence, 8);
    assert_eq!(
        (f.source.to_string(), f.destination().to_string()),
        ("1.1.5".into(), "0.0.0".into())
    );
    assert_eq!(
        f.apdu(),
        Some(&Apdu::PropertyValueResponse(
            PropertyRef {
                object_index: 0,
                property_id: 11,
                count: 1,
                start_index: 1
            },
            vec![0x00, 0xc5, 1, 2, 3, 4]
        ))
    );
    // tshark: "DevDescrResp $07B0", sequence 1.
    let (_, f) = tunnelled_ldata(TUNNELLING_REQUEST_DEVICE_DESCRIPTOR_RESPONSE);
    assert_eq!(f.tpdu.sequence(), Some(1));
    assert_eq!(
        f.apdu(),
        Some(&Apdu::DeviceDescriptorResponse {
            descriptor_type: 0,
            descriptor: vec![0x07, 0xb0]
        })
    );
    // tshark: "AuthResp L=0", sequence 2.
    let (_, f) = tunnelled_ldata(TUNNELLING_REQUEST_AUTHORIZE_RESPONSE);
    assert_eq!(f.apdu(), Some(&Apdu::AuthorizeResponse { level: 0 }));
    // tshark: "MemResp N=4 X=$0060 $01020304", sequence 3.
    let (_, f) = tunnelled_ldata(TUNNELLING_REQUEST_MEMORY_RESPONSE);
    assert_eq!(f.tpdu.sequence(), Some(3));
    assert_eq!(
        f.apdu(),
        Some(&Apdu::MemoryResponse {
            count: 4,
            address: 0x0060,
            data: vec![1, 2, 3, 4]
        })
    );
    // tshark: "PropDescrResp OX=0 P=11 PX=0 T=4 R=3 W=0", writable 1, max elements 1.
    let (_, f) = tunnelled_ldata(TUNNELLING_REQUEST_PROPERTY_DESCRIPTION_RESPONSE);
    let Some(Apdu::PropertyDescriptionResponse {
        object_index,
        property_id,
        property_index,
        type_byte,
        max_elements,
        access,
    }) = f.apdu().cloned()
    else {
        panic!()
    };
    assert_eq!((object_index, property_id, property_index), (0, 11, 0));
    assert_eq!(
        (type_byte >> 7, type_byte & 0x3f, max_elements & 0x0fff),
        (1, 4, 1)
    );
    assert_eq!((access >> 4, access & 0x0f), (3, 0));
    // tshark: "IndAddrRead" (broadcast), "IndAddrResp" from 1.1.5.
    let (_, f) = tunnelled_ldata(TUNNELLING_REQUEST_INDIVIDUAL_ADDRESS_READ);
    assert_eq!(f.apdu(), Some(&Apdu::IndividualAddressRead));
    let (_, f) = tunnelled_ldata(TUNNELLING_REQUEST_INDIVIDUAL_ADDRESS_RESPONSE);
    assert_eq!(f.apdu(), Some(&Apdu::IndividualAddressResponse));
    assert_eq!(f.source.to_string(), "1.1.5");
    // tshark: "RoutingInd L_Data.ind 1.1.10->1/2/3 GroupValueResp $00".
    let f = decode(ROUTING_INDICATION_GROUP_RESPONSE).unwrap();
    assert_eq!(
        f.body.cemi().unwrap().ldata().unwrap().apdu(),
        Some(&Apdu::GroupValueResponse(GroupValue::Short(0)))
    );
    // tshark: "ConfigReq #01:1 M_PropRead.con OT=11 P=53 $0010".
    let f = decode(DEVICE_CONFIGURATION_REQUEST_PROP_READ_CON).unwrap();
    let c = f.body.cemi().unwrap();
    assert_eq!(c.message_name(), "M_PropRead.con");
    let Cemi::Property { address, data, .. } = c else {
        panic!()
    };
    assert_eq!(
        (address.object_type, address.property_id, data.as_slice()),
        (11, 53, &[0x00, 0x10][..])
    );
}

#[test]
fn feature_get_set_and_device_management() {
    // tshark: "TunnelFeatureGet #01:1 BusStatus", "TunnelFeatureSet #01:2 InfoServiceEnable $01".
    let Body::TunnellingFeatureGet(g) = decode(TUNNELLING_FEATURE_GET).unwrap().body else {
        panic!()
    };
    assert_eq!(g.feature.name(), "bus-connection-status");
    assert!(g.value.is_empty());
    let Body::TunnellingFeatureSet(s) = decode(TUNNELLING_FEATURE_SET).unwrap().body else {
        panic!()
    };
    assert_eq!(
        (s.feature, s.value.as_slice()),
        (FeatureId::INFO_SERVICE_ENABLE, &[1u8][..])
    );

    // tshark: "ConfigReq #01:0 M_PropRead.req OT=11 P=53", count 1, index 1.
    let Body::DeviceConfigurationRequest(r) = decode(DEVICE_CONFIGURATION_REQUEST).unwrap().body
    else {
        panic!()
    };
    assert_eq!(r.cemi.message_name(), "M_PropRead.req");
    let Cemi::Property { address, data, .. } = &r.cemi else {
        panic!()
    };
    assert_eq!(
        (
            address.object_type,
            address.object_instance,
            address.property_id
        ),
        (11, 1, 53)
    );
    assert_eq!((address.count, address.start_index), (1, 1));
    assert!(data.is_empty());
    let Body::DeviceConfigurationAck(a) = decode(DEVICE_CONFIGURATION_ACK).unwrap().body else {
        panic!()
    };
    assert_eq!(a.status, 0);
}

#[test]
fn routing_services() {
    // tshark: "RoutingInd L_Data.ind 1.1.10->1/2/3 GroupValueWrite $0C1A", hop count 5.
    let f = decode(ROUTING_INDICATION).unwrap();
    let l = f.body.cemi().unwrap().ldata().unwrap();
    assert_eq!(f.body.cemi().unwrap().message_name(), "L_Data.ind");
    assert_eq!(
        (l.source.to_string(), l.destination().to_string()),
        ("1.1.10".into(), "1/2/3".into())
    );
    assert_eq!(l.hop_count(), 5);
    assert_eq!(
        l.apdu(),
        Some(&Apdu::GroupValueWrite(GroupValue::Long(vec![0x0c, 0x1a])))
    );
    // tshark: "RoutingLoss: 5", "RoutingBusy: 100 ms".
    let Body::RoutingLostMessage(m) = decode(ROUTING_LOST_MESSAGE).unwrap().body else {
        panic!()
    };
    assert_eq!((m.device_state, m.lost_messages), (0, 5));
    let Body::RoutingBusy(b) = decode(ROUTING_BUSY).unwrap().body else {
        panic!()
    };
    assert_eq!((b.wait_time_ms, b.control), (100, 0));
    // tshark: "RoutingSBC L_Data.ind 1.1.10->0/0/0 IndAddrSerNumRead SN=$00C501020304".
    let f = decode(ROUTING_SYSTEM_BROADCAST).unwrap();
    let l = f.body.cemi().unwrap().ldata().unwrap();
    assert!(l.system_broadcast());
    let a = l.apdu().unwrap();
    assert_eq!(a.name(), "individual-address-serial-number-read");
    assert_eq!(
        a,
        &Apdu::Other {
            apci: 0x3dc,
            data: vec![0x00, 0xc5, 1, 2, 3, 4]
        }
    );
}

#[test]
fn remote_diagnosis_and_configuration() {
    // tshark: "RemoteDiagReq @192.168.1.24:54445 ProgMode".
    let Body::RemoteDiagnosticRequest(r) = decode(REMOTE_DIAGNOSTIC_REQUEST).unwrap().body else {
        panic!()
    };
    assert_eq!(r.selector, Selector::ProgrammingMode);
    // tshark: "RemoteDiagResp MAC=00:50:c2:79:3e:03, IpConfig, CurConfig, KnxAddr".
    let Body::RemoteDiagnosticResponse(r) = decode(REMOTE_DIAGNOSTIC_RESPONSE).unwrap().body else {
        panic!()
    };
    assert_eq!(
        r.selector,
        Selector::MacAddress([0, 0x50, 0xc2, 0x79, 0x3e, 3])
    );
    let codes: Vec<u8> = r.dibs.iter().map(Dib::code).collect();
    assert_eq!(codes, [3, 4, 5]);
    // tshark: "RemoteConfigReq ... ProgMode, IpConfig", "RemoteResetReq ProgMode, Restart".
    let Body::RemoteBasicConfigurationRequest(r) =
        decode(REMOTE_BASIC_CONFIGURATION_REQUEST).unwrap().body
    else {
        panic!()
    };
    assert_eq!(r.dibs.len(), 1);
    let Body::RemoteResetRequest(r) = decode(REMOTE_RESET_REQUEST).unwrap().body else {
        panic!()
    };
    assert_eq!(r.command_name(), "restart");
}

#[test]
fn secure_frames_are_split_not_decrypted() {
    // tshark: "SecureWrapper #0001 $00000000002A.00FA12345678.0000".
    let Body::SecureWrapper(w) = decode(SECURE_WRAPPER).unwrap().body else {
        panic!()
    };
    assert_eq!(
        (w.session_id, w.sequence_number(), w.message_tag),
        (1, 42, 0)
    );
    assert_eq!(super::address::format_serial(&w.serial), "00fa12345678");
    assert_eq!(w.encrypted.len(), 24);
    assert_eq!(w.mac[0], 0xa0);
    // tshark: "SessionReq @0.0.0.0:0" (TCP), 32-byte public value.
    let Body::SessionRequest(r) = decode(SESSION_REQUEST).unwrap().body else {
        panic!()
    };
    assert!(r.control_endpoint.is_tcp());
    assert_eq!(r.client_public_value.len(), super::secure::PUBLIC_VALUE_LEN);
    // tshark: "SessionResp #0001".
    let Body::SessionResponse(r) = decode(SESSION_RESPONSE).unwrap().body else {
        panic!()
    };
    assert_eq!((r.session_id, r.server_public_value.len()), (1, 32));
    // tshark: "SessionAuth User=2", "SessionStatus 1".
    let Body::SessionAuthenticate(a) = decode(SESSION_AUTHENTICATE).unwrap().body else {
        panic!()
    };
    assert_eq!(a.user_id, 2);
    let Body::SessionStatus(s) = decode(SESSION_STATUS).unwrap().body else {
        panic!()
    };
    assert_eq!(s.status.name(), "authentication-failed");
    // tshark: "TimerNotify $00000001E240.00FA12345678.0000".
    let Body::TimerNotify(t) = decode(TIMER_NOTIFY).unwrap().body else {
        panic!()
    };
    assert_eq!(t.timer, [0, 0, 0, 1, 0xe2, 0x40]);
    // A wrapper too short to hold its MAC is refused, not mis-split.
    assert!(decode(&SECURE_WRAPPER[..6 + 16 + 15]).is_err());
}

#[test]
fn unknown_service_is_kept() {
    let f = decode(UNKNOWN_SERVICE).unwrap();
    assert_eq!(
        f.body,
        Body::Unknown {
            service_type: 0xf080,
            data: vec![1, 2]
        }
    );
}

// --- Oddities decoded leniently and flagged ---

#[test]
fn total_length_shorter_than_datagram() {
    let mut bytes = CAPTURE_FRAME2.to_vec();
    bytes.extend_from_slice(&[0xde, 0xad]);
    let f = round_trip(&bytes);
    assert_eq!(f.trailing, [0xde, 0xad]);
    let fl = f.flags();
    assert!(fl.total_length_mismatch && fl.trailing_bytes);
    assert!(matches!(f.body, Body::SearchRequest(_)));
}

#[test]
fn total_length_longer_than_datagram() {
    // A search response cut inside the device-info DIB: the HPAI is kept, the cut DIB goes
    // to the trailing bytes, and the frame is flagged.
    let cut = &SEARCH_RESPONSE[..30];
    let f = round_trip(cut);
    assert!(f.flags().total_length_mismatch);
    let Body::SearchResponse(s) = &f.body else {
        panic!()
    };
    assert!(s.description.dibs.is_empty());
    assert_eq!(f.trailing.len(), 30 - 14);
}

#[test]
fn header_length_and_version_oddities() {
    // Header length 8 with two extra header bytes, version 2.0.
    let mut bytes = vec![0x08, 0x20, 0x02, 0x01, 0x00, 0x10, 0xaa, 0xbb];
    bytes.extend_from_slice(&CAPTURE_FRAME2[6..]);
    let f = round_trip(&bytes);
    let fl = f.flags();
    assert!(fl.header_length_unexpected && fl.version_unexpected);
    assert!(!fl.total_length_mismatch);
    assert_eq!(f.header_extra, [0xaa, 0xbb]);
    assert!(matches!(f.body, Body::SearchRequest(_)));
    // Header length 4: the six standard bytes are still read.
    let mut bytes = CAPTURE_FRAME2.to_vec();
    bytes[0] = 4;
    let f = round_trip(&bytes);
    assert!(f.flags().header_length_unexpected);
    // Header length beyond the datagram.
    assert_eq!(
        decode(&[0x40, 0x10, 0x02, 0x01, 0x00, 0x0e, 0x08])
            .unwrap_err()
            .what,
        "header length exceeds datagram"
    );
}

#[test]
fn zero_length_dib_in_a_search_response_stops_cleanly() {
    let mut bytes = SEARCH_RESPONSE[..14].to_vec();
    bytes.extend_from_slice(&[0x00, 0x01, 0x02, 0x03]);
    bytes[5] = bytes.len() as u8;
    let f = round_trip(&bytes);
    assert_eq!(f.trailing, [0x00, 0x01, 0x02, 0x03]);
    assert!(f.flags().trailing_bytes && !f.flags().total_length_mismatch);
    assert!(f.gateway_summary().unwrap().name.is_empty());
}

#[test]
fn truncated_fixed_fields_are_errors() {
    for bytes in [
        &CONNECT_REQUEST_TUNNEL[..20],
        &TUNNELLING_ACK[..8],
        &ROUTING_BUSY[..9],
    ] {
        assert!(decode(bytes).is_err());
    }
    assert_eq!(decode(&[0x06, 0x10]).unwrap_err().what, "truncated header");
}

// --- Properties ---

fn arb_hpai() -> impl Strategy<Value = Hpai> {
    super::hpai::tests::arb_hpai()
}

fn bytes(n: usize) -> impl Strategy<Value = Vec<u8>> {
    vec(any::<u8>(), 0..n)
}

fn arb_header() -> impl Strategy<Value = ConnectionHeader> {
    (any::<u8>(), any::<u8>(), any::<u8>()).prop_map(|(channel, sequence, status)| {
        ConnectionHeader {
            channel,
            sequence,
            status,
        }
    })
}

fn arb_feature() -> impl Strategy<Value = TunnellingFeature> {
    (arb_header(), any::<u8>(), any::<u8>(), bytes(4)).prop_map(|(header, f, status, value)| {
        TunnellingFeature {
            header,
            feature: FeatureId(f),
            status,
            value,
        }
    })
}

fn arb_selector() -> impl Strategy<Value = Selector> {
    prop_oneof![
        Just(Selector::ProgrammingMode),
        any::<[u8; 6]>().prop_map(Selector::MacAddress),
        (3u8..=255, bytes(6)).prop_map(|(selector_type, data)| Selector::Other {
            selector_type,
            data
        }),
    ]
}

fn arb_description() -> impl Strategy<Value = Description> {
    vec(super::dib::tests::arb_dib(), 0..6).prop_map(|dibs| Description { dibs })
}

fn arb_body() -> impl Strategy<Value = Body> {
    let cemi = super::cemi::tests::arb_cemi;
    prop_oneof![
        arb_hpai().prop_map(|h| Body::SearchRequest(SearchRequest {
            discovery_endpoint: h
        })),
        (arb_hpai(), vec(super::search::tests::arb_srp(), 0..4)).prop_map(|(h, p)| {
            Body::SearchRequestExtended(SearchRequestExtended {
                discovery_endpoint: h,
                parameters: p,
            })
        }),
        (arb_hpai(), arb_description()).prop_map(|(h, d)| Body::SearchResponse(SearchResponse {
            control_endpoint: h,
            description: d
        })),
        (arb_hpai(), arb_description()).prop_map(|(h, d)| {
            Body::SearchResponseExtended(SearchResponse {
                control_endpoint: h,
                description: d,
            })
        }),
        arb_hpai().prop_map(|h| Body::DescriptionRequest(DescriptionRequest {
            control_endpoint: h
        })),
        arb_description().prop_map(Body::DescriptionResponse),
        (arb_hpai(), arb_hpai(), super::connect::tests::arb_cri()).prop_map(|(c, d, cri)| {
            Body::ConnectRequest(ConnectRequest {
                control_endpoint: c,
                data_endpoint: d,
                cri,
            })
        }),
        (
            any::<u8>(),
            any::<u8>(),
            proptest::option::of((
                arb_hpai(),
                proptest::option::of(super::connect::tests::arb_crd())
            ))
        )
            .prop_map(|(channel, s, rest)| Body::ConnectResponse(ConnectResponse {
                channel,
                status: Status(s),
                data_endpoint: rest.as_ref().map(|r| r.0),
                crd: rest.and_then(|r| r.1),
            })),
        (any::<u8>(), any::<u8>(), arb_hpai()).prop_map(|(channel, reserved, h)| {
            Body::ConnectionStateRequest(ChannelRequest {
                channel,
                reserved,
                control_endpoint: h,
            })
        }),
        (any::<u8>(), any::<u8>()).prop_map(|(channel, s)| Body::DisconnectResponse(
            ChannelResponse {
                channel,
                status: Status(s)
            }
        )),
        (arb_header(), cemi())
            .prop_map(|(header, cemi)| Body::TunnellingRequest(CemiRequest { header, cemi })),
        (arb_header(), cemi()).prop_map(|(header, cemi)| {
            Body::DeviceConfigurationRequest(CemiRequest { header, cemi })
        }),
        arb_header().prop_map(Body::TunnellingAck),
        arb_feature().prop_map(Body::TunnellingFeatureResponse),
        arb_feature().prop_map(Body::TunnellingFeatureGet),
        cemi().prop_map(Body::RoutingIndication),
        cemi().prop_map(Body::RoutingSystemBroadcast),
        (any::<u8>(), any::<u16>()).prop_map(|(device_state, lost_messages)| {
            Body::RoutingLostMessage(RoutingLostMessage {
                device_state,
                lost_messages,
            })
        }),
        (any::<u8>(), any::<u16>(), any::<u16>()).prop_map(|(d, w, c)| Body::RoutingBusy(
            RoutingBusy {
                device_state: d,
                wait_time_ms: w,
                control: c
            }
        )),
        (arb_hpai(), arb_selector()).prop_map(|(h, selector)| Body::RemoteDiagnosticRequest(
            RemoteDiagnosticRequest {
                discovery_endpoint: h,
                selector
            }
        )),
        (arb_selector(), arb_description()).prop_map(|(selector, d)| {
            Body::RemoteDiagnosticResponse(RemoteDiagnosticResponse {
                selector,
                dibs: d.dibs,
            })
        }),
        (arb_hpai(), arb_selector(), arb_description()).prop_map(|(h, selector, d)| {
            Body::RemoteBasicConfigurationRequest(RemoteBasicConfigurationRequest {
                discovery_endpoint: h,
                selector,
                dibs: d.dibs,
            })
        }),
        (arb_selector(), any::<u8>(), any::<u8>()).prop_map(|(selector, command, reserved)| {
            Body::RemoteResetRequest(RemoteResetRequest {
                selector,
                command,
                reserved,
            })
        }),
        (
            any::<u16>(),
            any::<[u8; 6]>(),
            any::<[u8; 6]>(),
            any::<u16>(),
            bytes(40),
            any::<[u8; 16]>()
        )
            .prop_map(
                |(session_id, sequence, serial, message_tag, encrypted, mac)| {
                    Body::SecureWrapper(SecureWrapper {
                        session_id,
                        sequence,
                        serial,
                        message_tag,
                        encrypted,
                        mac,
                    })
                }
            ),
        (arb_hpai(), bytes(40)).prop_map(|(h, v)| Body::SessionRequest(SessionRequest {
            control_endpoint: h,
            client_public_value: v
        })),
        (any::<u16>(), bytes(40), any::<[u8; 16]>()).prop_map(|(session_id, v, mac)| {
            Body::SessionResponse(SessionResponse {
                session_id,
                server_public_value: v,
                mac,
            })
        }),
        (any::<u8>(), any::<u8>(), any::<[u8; 16]>()).prop_map(|(reserved, user_id, mac)| {
            Body::SessionAuthenticate(SessionAuthenticate {
                reserved,
                user_id,
                mac,
            })
        }),
        (any::<u8>(), any::<u8>()).prop_map(|(s, reserved)| Body::SessionStatus(SessionStatus {
            status: SessionStatusCode(s),
            reserved
        })),
        (
            any::<[u8; 6]>(),
            any::<[u8; 6]>(),
            any::<u16>(),
            any::<[u8; 16]>()
        )
            .prop_map(
                |(timer, serial, message_tag, mac)| Body::TimerNotify(TimerNotify {
                    timer,
                    serial,
                    message_tag,
                    mac
                })
            ),
        (0x0a00u16..0x0f00, bytes(20))
            .prop_map(|(service_type, data)| Body::Unknown { service_type, data }),
    ]
}

/// Service types this decoder knows, to aim random bodies at every parser.
const KNOWN_SERVICES: &[u16] = &[
    0x0201, 0x0202, 0x0203, 0x0204, 0x0205, 0x0206, 0x0207, 0x0208, 0x0209, 0x020a, 0x020b, 0x020c,
    0x0310, 0x0311, 0x0420, 0x0421, 0x0422, 0x0423, 0x0424, 0x0425, 0x0530, 0x0531, 0x0532, 0x0533,
    0x0740, 0x0741, 0x0742, 0x0743, 0x0950, 0x0951, 0x0952, 0x0953, 0x0954, 0x0955,
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    /// emit -> decode -> equal, for generated frames of every service.
    #[test]
    fn generated_frames_round_trip(body in arb_body()) {
        let f = KnxFrame::new(body);
        let bytes = f.to_bytes();
        prop_assert_eq!(usize::from(f.header.total_length), bytes.len());
        let d = decode(&bytes).unwrap();
        prop_assert!(!d.flags().any(), "{:?}", d.flags());
        prop_assert_eq!(d, f);
    }

    /// Random bodies under every known service type: never a panic, and whatever decodes
    /// re-emits exactly the input.
    #[test]
    fn random_bodies_decode_or_fail_cleanly(
        service in prop::sample::select(KNOWN_SERVICES),
        body in bytes(80),
        total_delta in -3i32..3,
        header_len in prop::sample::select(vec![6u8, 6, 6, 4, 8]),
    ) {
        let total = (6 + body.len()) as i32 + total_delta;
        let mut bytes = vec![header_len, 0x10];
        bytes.extend_from_slice(&service.to_be_bytes());
        bytes.extend_from_slice(&(total.max(0) as u16).to_be_bytes());
        bytes.extend_from_slice(&body);
        if let Ok(f) = decode(&bytes) {
            prop_assert_eq!(f.to_bytes(), bytes);
            prop_assert_eq!(f.service_type(), service);
            let _ = f.gateway_summary();
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in bytes(120)) {
        if let Ok(f) = decode(&bytes) {
            prop_assert_eq!(f.to_bytes(), bytes);
        }
    }

    /// Gateway summaries of generated search responses agree with the DIBs they came from.
    #[test]
    fn summary_follows_dibs(h in arb_hpai(), d in arb_description()) {
        let f = KnxFrame::new(Body::SearchResponseExtended(SearchResponse {
            control_endpoint: h,
            description: d.clone(),
        }));
        let s = f.gateway_summary().unwrap();
        prop_assert!(s.extended);
        prop_assert_eq!(s.control_endpoint, Some(h.socket_addr()));
        prop_assert_eq!(s.secure_families_known, d.secured_service_families().is_some());
        prop_assert_eq!(s.secure_supported, d.secure_supported());
        prop_assert_eq!(
            s.tunnelling_slots.len(),
            d.tunnelling_info().map_or(0, |t| t.slots.len())
        );
        if let Some(di) = d.device_info() {
            prop_assert_eq!(s.individual_address, di.individual_address.to_string());
            prop_assert_eq!(s.serial.len(), 12);
        }
    }
}

/// Prints every spec frame as a text2pcap hexdump; used to re-check the fixtures with tshark:
/// `cargo test -p audit-core --lib knxip::tests::dump_for_tshark -- --ignored --nocapture`,
/// then `text2pcap -u 3671,3671 dump.txt out.pcap && tshark -r out.pcap -V`.
#[test]
#[ignore]
fn dump_for_tshark() {
    for (_, bytes, _, _) in SPEC_FRAMES {
        for (i, chunk) in bytes.chunks(16).enumerate() {
            let hex: Vec<String> = chunk.iter().map(|b| format!("{b:02x}")).collect();
            println!("{:06x}  {}", i * 16, hex.join(" "));
        }
        println!();
    }
}

#[test]
fn tpdu_helpers_used_by_fixtures() {
    // Keeps the Tpdu import honest: the T_Connect fixture is a control PDU with no APDU.
    let (_, f) = tunnelled_ldata(TUNNELLING_REQUEST_T_CONNECT);
    assert!(matches!(f.tpdu, Tpdu::Control { tpci: 0x80, .. }));
    assert_eq!(f.apdu(), None);
    let _ = Srp::request_dibs(&[1]);
}
