//! BACnet/IP (ASHRAE 135 Annex J) and the BACnet network and application layers.
//!
//! Layers, one file each: [`bvlc`] (BACnet Virtual Link Control), [`npdu`] (network layer header),
//! [`network`] (network-layer messages), [`apdu`] (application layer header, all eight PDU types),
//! [`tag`] (application and context tags, primitive values), [`services`] (service bodies),
//! [`enums`] (standard names of object types, properties, units, error codes, vendors).
//!
//! Entry points: [`decode_bip`] for a UDP payload, [`decode_npdu_message`] for an NPDU carried
//! without BVLC (BACnet/Ethernet, ISO 8802-2 LLC).

pub mod apdu;
pub mod bvlc;
pub mod enums;
pub mod network;
pub mod npdu;
pub mod services;
pub mod tag;
pub mod values;

// ---- Interface fixed for the whole crate (the bvlc/npdu helper fills in the bodies) ----

use crate::wire::WireError;

use apdu::Apdu;
use bvlc::Bvlc;
use network::NetworkMessage;
use npdu::{Npdu, NpduBody};

/// One decoded BACnet message: a BVLL (absent for BACnet/Ethernet), an NPDU (absent for
/// BVLC-only functions such as Read-BDT), and what the NPDU carries.
#[derive(Debug, Clone, PartialEq)]
pub struct BacnetMessage {
    pub bvlc: Option<Bvlc>,
    pub npdu: Option<Npdu>,
    pub payload: Payload,
}

/// What follows the headers.
#[derive(Debug, Clone, PartialEq)]
pub enum Payload {
    /// BVLC-only functions (BVLC-Result, Read-BDT, Register-Foreign-Device, ...).
    None,
    Network(NetworkMessage),
    Apdu(Apdu),
    /// Secure-BVLL wrapper or the payload of an unknown BVLC function, as received.
    Raw(Vec<u8>),
}

/// Decode a BACnet/IP UDP payload (starts with the BVLC type octet 0x81).
///
/// A BACnet/IPv6 BVLL (type 0x82) is refused with `what` = [`bvlc::WHAT_BIP6`].
#[inline(always)]
pub fn decode_bip(datagram: &[u8]) -> Result<BacnetMessage, WireError> {
    let (bvlc, rest) = Bvlc::parse(datagram)?;
    if bvlc.function.carries_npdu() {
        let (npdu, payload) = decode_nsdu(rest)?;
        Ok(BacnetMessage {
            bvlc: Some(bvlc),
            npdu: Some(npdu),
            payload,
        })
    } else {
        // Bvlc::parse leaves bytes only for functions that carry a raw payload.
        let payload = if bvlc.function.carries_raw() {
            Payload::Raw(rest.to_vec())
        } else {
            Payload::None
        };
        Ok(BacnetMessage {
            bvlc: Some(bvlc),
            npdu: None,
            payload,
        })
    }
}

/// Decode an NPDU carried without BVLC (BACnet/Ethernet after the LLC header). The caller cuts
/// the frame at the 802.3 length: Ethernet padding would otherwise be read as NSDU octets.
pub fn decode_npdu_message(npdu: &[u8]) -> Result<BacnetMessage, WireError> {
    let (npdu, payload) = decode_nsdu(npdu)?;
    Ok(BacnetMessage {
        bvlc: None,
        npdu: Some(npdu),
        payload,
    })
}

#[inline(always)]
fn decode_nsdu(bytes: &[u8]) -> Result<(Npdu, Payload), WireError> {
    let (npdu, body) = Npdu::parse(bytes)?;
    let payload = match body {
        NpduBody::Network(b) => Payload::Network(NetworkMessage::parse(b)?),
        NpduBody::Apdu(b) => Payload::Apdu(Apdu::parse(b)?),
    };
    Ok((npdu, payload))
}

/// What an I-Am says, for inventories built from captures.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IAmSummary {
    pub device_instance: u32,
    pub vendor_id: u16,
    pub max_apdu: u32,
    /// Segmentation supported: 0 both, 1 transmit, 2 receive, 3 none.
    pub segmentation: u32,
    /// SNET and SADR when the I-Am came through a router.
    pub source_network: Option<(u16, Vec<u8>)>,
}

impl BacnetMessage {
    /// Standard name in kebab-case: `who-is`, `read-property`, `read-property-ack`,
    /// `i-am-router-to-network`, `register-foreign-device`, ...
    pub fn service_name(&self) -> &'static str {
        match &self.payload {
            Payload::Apdu(a) => a.service_name(),
            Payload::Network(m) => m.name(),
            Payload::None | Payload::Raw(_) => {
                self.bvlc.as_ref().map_or("unknown", |b| b.function.name())
            }
        }
    }

    /// The I-Am carried by this message, with the router's SNET/SADR when it was routed.
    /// Wire values wider than the summary's fields saturate (an audit still sees the device).
    pub fn i_am(&self) -> Option<IAmSummary> {
        let Payload::Apdu(apdu::Apdu::UnconfirmedRequest(pdu)) = &self.payload else {
            return None;
        };
        let services::UnconfirmedRequest::IAm(i_am) = pdu.body.decoded()? else {
            return None;
        };
        let source_network = self
            .npdu
            .as_ref()
            .and_then(|n| n.source.as_ref())
            .map(|s| (s.network, s.mac.as_bytes().to_vec()));
        Some(IAmSummary {
            device_instance: i_am.device.instance,
            vendor_id: u16::try_from(i_am.vendor_id).unwrap_or(u16::MAX),
            max_apdu: u32::try_from(i_am.max_apdu).unwrap_or(u32::MAX),
            segmentation: i_am.segmentation,
            source_network,
        })
    }

    /// The original sender named by a Forwarded-NPDU (the UDP source is the forwarding BBMD).
    pub fn forwarded_from(&self) -> Option<std::net::SocketAddrV4> {
        match self.bvlc.as_ref().map(|b| &b.function) {
            Some(bvlc::BvlcFunction::ForwardedNpdu { origin }) => Some(*origin),
            _ => None,
        }
    }

    /// Why the service body inside an otherwise well-formed message was refused, if it was.
    /// Capture analysis counts such a message as malformed under this reason.
    pub fn body_error(&self) -> Option<WireError> {
        let Payload::Apdu(apdu) = &self.payload else {
            return None;
        };
        apdu.body_error()
    }

    /// BVLC function code, `None` without BVLL (BACnet/Ethernet). Same as tshark `bvlc.function`.
    pub fn bvlc_function(&self) -> Option<u8> {
        self.bvlc.as_ref().map(|b| b.function.code())
    }

    /// Network-layer message type, `None` for APDUs. Same as tshark `bacnet.mesgtyp`.
    pub fn network_message_type(&self) -> Option<u8> {
        match &self.payload {
            Payload::Network(m) => Some(m.message_type()),
            _ => None,
        }
    }

    pub fn network_message(&self) -> Option<&NetworkMessage> {
        match &self.payload {
            Payload::Network(m) => Some(m),
            _ => None,
        }
    }

    pub fn apdu(&self) -> Option<&Apdu> {
        match &self.payload {
            Payload::Apdu(a) => Some(a),
            _ => None,
        }
    }

    /// The BVLC Length disagreed with the datagram (see [`bvlc`] for how it was read).
    pub fn length_mismatch(&self) -> bool {
        self.bvlc
            .as_ref()
            .is_some_and(|b| b.length_mismatch.is_some())
    }

    /// Write the message back to bytes: the UDP payload when there is a BVLL, else the NPDU.
    pub fn emit(&self, out: &mut Vec<u8>) {
        let start = self.bvlc.as_ref().map(|b| (b, b.emit_head(out)));
        if let Some(npdu) = &self.npdu {
            npdu.emit(matches!(self.payload, Payload::Network(_)), out);
        }
        match &self.payload {
            Payload::None => {}
            Payload::Network(m) => m.emit(out),
            Payload::Apdu(a) => a.emit(out),
            Payload::Raw(r) => out.extend_from_slice(r),
        }
        if let Some((b, at)) = start {
            b.emit_finish(out, at);
        }
    }
}

#[cfg(test)]
mod tests {
    //! Hand-built frames here and in `bvlc`/`network` were cross-checked against tshark 4.0.17:
    //! each datagram written as a hexdump, `text2pcap -u 47808,47808 dump.txt out.pcap`, then
    //! `tshark -r out.pcap -V` shows the same function, fields and message type.

    use super::bvlc::{BdtEntry, BvlcFunction, BvlcResultCode, FdtEntry};
    use super::network::{NetworkNumberStatus, RejectReason};
    use super::npdu::{Destination, MacAddress, NetworkAddress};
    use super::*;
    use proptest::prelude::*;
    use std::net::{Ipv4Addr, SocketAddrV4};

    use crate::wire::hex::bytes as hex;

    /// Whole UDP payloads from the public captures: (file and frame, bytes).
    fn bip_fixtures() -> Vec<(&'static str, Vec<u8>)> {
        vec![
            (
                "emreekin_BACnet-BBMD-on-same-subnet.pcap #1 register-foreign-device",
                hex("81050006ea60"),
            ),
            (
                "emreekin_BACnet-BBMD-on-same-subnet.pcap #2 distribute-broadcast who-is",
                hex("8109000c0120ffff000e1008"),
            ),
            (
                "emreekin_BACnet-BBMD-on-same-subnet.pcap #3 bvlc-result",
                hex("810000060000"),
            ),
            (
                "emreekin_BACnet-BBMD-on-same-subnet.pcap #12 forwarded-npdu routed i-am",
                hex("81040022c0a80018bac00128ffff0065910172fe1000c40201506221329103220104"),
            ),
            (
                "cisagov-icsnpp_bacnet_services.pcap #273 who-is-router-to-network",
                hex("810b0007018000"),
            ),
            (
                "cisagov-icsnpp_bacnet_services.pcap #274 i-am-router-to-network",
                hex("810b000b01800100020003"),
            ),
            (
                "cisagov-icsnpp_bacnet_services.pcap #1 routed to DNET 3",
                hex("810a001601240003016cff0203010c0c004000651955"),
            ),
            (
                "cisagov-icsnpp_bacnet_services.pcap #2 routed from SNET 3",
                hex("810a001b01080003016c30010c0c0040006519553e4442c800003f"),
            ),
            (
                "ndpi_bacnet.pcap #22 i-am-router-to-network",
                hex("810b000d01a0ffff00ff010000"),
            ),
            (
                "ndpi_bacnet.pcap #23 network-number-is",
                hex("810b000e01a0ffff00ff1300000b"),
            ),
            (
                "cisagov-icsnpp_bacnet_example.pcap #573 BVLC length 17 in a 13-octet datagram",
                hex("810a0011010450011491059 11a"),
            ),
        ]
    }

    #[test]
    fn bbmd_capture_frames() {
        let f = bip_fixtures();
        let m = decode_bip(&f[0].1).unwrap();
        assert_eq!(m.service_name(), "register-foreign-device");
        assert_eq!(m.bvlc_function(), Some(0x05));
        assert_eq!(m.npdu, None);
        assert_eq!(m.payload, Payload::None);

        let m = decode_bip(&f[1].1).unwrap();
        assert_eq!(
            m.bvlc.as_ref().unwrap().function,
            BvlcFunction::DistributeBroadcastToNetwork
        );
        assert!(m.npdu.unwrap().destination.unwrap().is_global_broadcast());
        assert!(m.apdu().is_some());

        let m = decode_bip(&f[2].1).unwrap();
        assert_eq!(m.service_name(), "bvlc-result");
        assert_eq!(
            m.bvlc.unwrap().function,
            BvlcFunction::Result(BvlcResultCode::SuccessfulCompletion)
        );

        let m = decode_bip(&f[3].1).unwrap();
        assert_eq!(
            m.bvlc.as_ref().unwrap().function,
            BvlcFunction::ForwardedNpdu {
                origin: SocketAddrV4::new(Ipv4Addr::new(192, 168, 0, 24), 47808)
            }
        );
        let n = m.npdu.unwrap();
        assert_eq!(n.source.unwrap().network, 26001);
        assert_eq!(n.destination.unwrap().hop_count, 254);
    }

    #[test]
    fn network_message_capture_frames() {
        let f = bip_fixtures();
        let m = decode_bip(&f[4].1).unwrap();
        assert_eq!(m.service_name(), "who-is-router-to-network");
        assert_eq!(m.network_message_type(), Some(0x00));
        let m = decode_bip(&f[5].1).unwrap();
        assert_eq!(m.service_name(), "i-am-router-to-network");
        assert_eq!(
            m.network_message(),
            Some(&NetworkMessage::IAmRouterToNetwork {
                networks: vec![2, 3]
            })
        );
        let m = decode_bip(&f[9].1).unwrap();
        assert_eq!(m.service_name(), "network-number-is");
        assert_eq!(m.network_message_type(), Some(0x13));
        assert_eq!(m.apdu(), None);
    }

    #[test]
    fn routed_capture_frames() {
        let f = bip_fixtures();
        let m = decode_bip(&f[6].1).unwrap();
        let d = m.npdu.unwrap().destination.unwrap();
        assert_eq!(d.address.network, 3);
        assert_eq!(d.address.mac.as_bytes(), &[0x6c]);
        assert_eq!(m.network_message_type(), None);
        let m = decode_bip(&f[7].1).unwrap();
        assert_eq!(m.npdu.unwrap().source.unwrap().network, 3);
    }

    #[test]
    fn length_mismatch_capture_frame() {
        let f = bip_fixtures();
        let m = decode_bip(&f[10].1).unwrap();
        assert!(m.length_mismatch());
        assert_eq!(m.bvlc.as_ref().unwrap().length_mismatch, Some(17));
        // tshark 4.0.17 decodes the Error PDU that fills the 9 octets after the BVLL.
        assert!(m.apdu().is_some());
        let consistent = decode_bip(&f[0].1).unwrap();
        assert!(!consistent.length_mismatch());
    }

    #[test]
    fn bacnet_ethernet_llc_frame() {
        // cisagov-icsnpp_bacnet_services.pcap frame 276: 802.3 length 10, LLC 82 82 03, NPDU.
        let m = decode_npdu_message(&hex("01800100010003")).unwrap();
        assert_eq!(m.bvlc_function(), None);
        assert_eq!(m.service_name(), "i-am-router-to-network");
        let mut out = Vec::new();
        m.emit(&mut out);
        assert_eq!(out, hex("01800100010003"));
    }

    #[test]
    fn ipv6_and_secure_bvll() {
        let e = decode_bip(&hex("820b0009 0102030405")).unwrap_err();
        assert_eq!(e.what, bvlc::WHAT_BIP6);
        let m = decode_bip(&hex("810c0006 aabb")).unwrap();
        assert_eq!(m.service_name(), "secure-bvll");
        assert_eq!(m.payload, Payload::Raw(vec![0xaa, 0xbb]));
        let m = decode_bip(&hex("813f0005 aa")).unwrap();
        assert_eq!(
            (m.service_name(), m.bvlc_function()),
            ("unknown", Some(0x3f))
        );
    }

    #[test]
    fn fixtures_round_trip_and_every_prefix_is_safe() {
        for (what, d) in bip_fixtures() {
            let m = decode_bip(&d).unwrap_or_else(|e| panic!("{what}: {e}"));
            let mut out = Vec::new();
            m.emit(&mut out);
            assert_eq!(out, d, "{what}");
            for k in 0..d.len() {
                let _ = decode_bip(&d[..k]);
                let _ = decode_npdu_message(&d[k..]);
            }
        }
    }

    #[test]
    fn every_bvlc_function_and_network_message_hand_built() {
        let sa = |a: [u8; 4], p| SocketAddrV4::new(Ipv4Addr::from(a), p);
        let bvlc_only = [
            BvlcFunction::Result(BvlcResultCode::DistributeBroadcastToNetworkNak),
            BvlcFunction::WriteBdt(vec![BdtEntry {
                address: sa([10, 0, 0, 1], 47808),
                mask: Ipv4Addr::BROADCAST,
            }]),
            BvlcFunction::ReadBdt,
            BvlcFunction::ReadBdtAck(vec![]),
            BvlcFunction::RegisterForeignDevice { ttl: 60 },
            BvlcFunction::ReadFdt,
            BvlcFunction::ReadFdtAck(vec![FdtEntry {
                address: sa([10, 0, 0, 9], 47808),
                ttl: 60,
                remaining: 85,
            }]),
            BvlcFunction::DeleteFdtEntry(sa([10, 0, 0, 9], 47808)),
        ];
        let names = [
            "bvlc-result",
            "write-bdt",
            "read-bdt",
            "read-bdt-ack",
            "register-foreign-device",
            "read-fdt",
            "read-fdt-ack",
            "delete-fdt-entry",
        ];
        for (f, name) in bvlc_only.into_iter().zip(names) {
            let m = BacnetMessage {
                bvlc: Some(Bvlc::new(f)),
                npdu: None,
                payload: Payload::None,
            };
            let mut out = Vec::new();
            m.emit(&mut out);
            let back = decode_bip(&out).unwrap();
            assert_eq!(back, m);
            assert_eq!(back.service_name(), name);
        }
        let carriers = [
            BvlcFunction::ForwardedNpdu {
                origin: sa([10, 0, 0, 2], 47808),
            },
            BvlcFunction::DistributeBroadcastToNetwork,
            BvlcFunction::OriginalUnicastNpdu,
            BvlcFunction::OriginalBroadcastNpdu,
        ];
        let routed = Npdu {
            destination: Some(Destination {
                address: NetworkAddress {
                    network: 5,
                    mac: MacAddress::new(&[0x0a, 0, 0, 3, 0xba, 0xc0]).unwrap(),
                },
                hop_count: 255,
            }),
            source: Some(NetworkAddress {
                network: 7,
                mac: MacAddress::new(&[0x21]).unwrap(),
            }),
            ..Npdu::default()
        };
        for f in carriers {
            for (_, msg) in network::tests::hand_built() {
                let m = BacnetMessage {
                    bvlc: Some(Bvlc::new(f.clone())),
                    npdu: Some(routed),
                    payload: Payload::Network(msg.clone()),
                };
                let mut out = Vec::new();
                m.emit(&mut out);
                let back = decode_bip(&out).unwrap();
                assert_eq!(back, m);
                assert_eq!(back.service_name(), msg.name());
                assert_eq!(back.network_message_type(), Some(msg.message_type()));
            }
        }
        // Spot values of the named enums through the whole stack.
        let m = decode_bip(&hex("810b000a 0180 03 03 0009")).unwrap();
        assert_eq!(
            m.network_message(),
            Some(&NetworkMessage::RejectMessageToNetwork {
                reason: RejectReason::UnknownNetworkMessage,
                network: 9
            })
        );
        let m = decode_bip(&hex("810b000a 0180 13 0009 00")).unwrap();
        assert_eq!(
            m.network_message(),
            Some(&NetworkMessage::NetworkNumberIs {
                network: 9,
                status: NetworkNumberStatus::Learned
            })
        );
    }

    fn arb_message() -> impl Strategy<Value = BacnetMessage> {
        let bvlc_only = bvlc::tests::arb_function()
            .prop_filter("bvlc-only", |f| !f.carries_npdu() && !f.carries_raw())
            .prop_map(|f| BacnetMessage {
                bvlc: Some(Bvlc::new(f)),
                npdu: None,
                payload: Payload::None,
            });
        let carrier = bvlc::tests::arb_function().prop_filter("npdu", |f| f.carries_npdu());
        let with_network = (
            prop::option::of(carrier),
            npdu::tests::arb_npdu(),
            network::tests::arb_message(),
        )
            .prop_map(|(f, n, m)| BacnetMessage {
                bvlc: f.map(Bvlc::new),
                npdu: Some(n),
                payload: Payload::Network(m),
            });
        prop_oneof![bvlc_only, with_network]
    }

    proptest! {
        #[test]
        fn emit_then_decode_is_identity(m in arb_message()) {
            let mut out = Vec::new();
            m.emit(&mut out);
            let back = if m.bvlc.is_some() {
                decode_bip(&out)
            } else {
                decode_npdu_message(&out)
            };
            prop_assert_eq!(back.unwrap(), m);
        }

        #[test]
        fn arbitrary_bytes_never_panic(d in prop::collection::vec(any::<u8>(), 0..64)) {
            let _ = decode_bip(&d);
            let _ = decode_npdu_message(&d);
        }

        #[test]
        fn arbitrary_bytes_behind_a_valid_header_never_panic(
            f in 0u8..0x10,
            d in prop::collection::vec(any::<u8>(), 0..64),
        ) {
            let mut dg = vec![0x81, f, 0, 0];
            dg.extend_from_slice(&d);
            let len = u16::try_from(dg.len()).unwrap();
            dg[2..4].copy_from_slice(&len.to_be_bytes());
            if let Ok(m) = decode_bip(&dg) {
                let mut out = Vec::new();
                m.emit(&mut out);
                prop_assert_eq!(out, dg);
            }
        }
    }
}

#[cfg(test)]
mod i_am_tests {
    use super::*;

    use crate::wire::hex::bytes as hex;

    /// ndpi_bacnet.pcap frame 11: a local I-Am (tshark: instance 0, vendor 260).
    #[test]
    fn local_i_am_summary() {
        let m = decode_bip(&hex("810b00190120ffff00ff1000c4020000002205c49103220104")).unwrap();
        let s = m.i_am().unwrap();
        assert_eq!(s.device_instance, 0);
        assert_eq!(s.vendor_id, 260);
        assert_eq!(s.max_apdu, 1476);
        assert_eq!(s.segmentation, 3);
        assert_eq!(s.source_network, None);
        assert_eq!(m.service_name(), "i-am");
        assert_eq!(m.body_error(), None);
    }

    /// cisagov-icsnpp_bacnet_services.pcap frame 287: an I-Am routed from network 3, MS/TP
    /// MAC 0x6c (tshark: instance 108).
    #[test]
    fn routed_i_am_keeps_snet_and_sadr() {
        let m = decode_bip(&hex(
            "810b001c0128ffff000003016cfe1000c40200006c2201e09100212a",
        ))
        .unwrap();
        let s = m.i_am().unwrap();
        assert_eq!(s.device_instance, 108);
        assert_eq!(s.source_network, Some((3, vec![0x6c])));
    }

    /// A Who-Is is not an I-Am; a truncated I-Am body is a body error, not a panic.
    #[test]
    fn non_i_am_and_broken_body() {
        let who_is = decode_bip(&hex("810b000c0120ffff00ff1008")).unwrap();
        assert_eq!(who_is.service_name(), "who-is");
        assert!(who_is.i_am().is_none());
        // I-Am cut after the object identifier (BVLC length fixed up to match).
        let broken = decode_bip(&hex("810b00120120ffff00ff1000c402000000")).unwrap();
        assert!(broken.i_am().is_none());
        assert_eq!(broken.body_error().unwrap().layer, "service");
    }
}
