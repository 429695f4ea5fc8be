//! Network-layer messages (ASHRAE 135 clause 6.4), from the message type octet on: message
//! type, vendor id of proprietary messages (0x80–0xFF), and the body.
//!
//! Bodies must fill the NSDU exactly: a network message has no length field of its own, so
//! bytes left over mean the message was not what its type says, and the whole message is
//! refused as malformed (tshark shows them as "Data").

use crate::wire::writer::{put_u8, put_u16};
use crate::wire::{Reader, WireError};

const LAYER: &str = "network";

/// Each Initialize-Routing-Table entry takes at least DNET, port id and info length.
const MIN_ROUTING_ENTRY_LEN: usize = 4;

pub mod message_type {
    pub const WHO_IS_ROUTER_TO_NETWORK: u8 = 0x00;
    pub const I_AM_ROUTER_TO_NETWORK: u8 = 0x01;
    pub const I_COULD_BE_ROUTER_TO_NETWORK: u8 = 0x02;
    pub const REJECT_MESSAGE_TO_NETWORK: u8 = 0x03;
    pub const ROUTER_BUSY_TO_NETWORK: u8 = 0x04;
    pub const ROUTER_AVAILABLE_TO_NETWORK: u8 = 0x05;
    pub const INITIALIZE_ROUTING_TABLE: u8 = 0x06;
    pub const INITIALIZE_ROUTING_TABLE_ACK: u8 = 0x07;
    pub const ESTABLISH_CONNECTION_TO_NETWORK: u8 = 0x08;
    pub const DISCONNECT_CONNECTION_TO_NETWORK: u8 = 0x09;
    /// 0x0A–0x11: clause 24 network security messages, removed from the standard.
    pub const FIRST_REMOVED_SECURITY: u8 = 0x0a;
    pub const LAST_REMOVED_SECURITY: u8 = 0x11;
    pub const WHAT_IS_NETWORK_NUMBER: u8 = 0x12;
    pub const NETWORK_NUMBER_IS: u8 = 0x13;
    /// 0x80–0xFF carry a vendor id.
    pub const FIRST_PROPRIETARY: u8 = 0x80;
}

/// Reason of a Reject-Message-To-Network (clause 6.4.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RejectReason {
    Other,
    /// Not directly connected to DNET and no router to it found with Who-Is-Router-To-Network.
    NoRouteToNetwork,
    RouterBusy,
    UnknownNetworkMessage,
    MessageTooLong,
    SecurityError,
    AddressingError,
    Unknown(u8),
}

impl RejectReason {
    pub fn from_u8(v: u8) -> Self {
        match v {
            0 => Self::Other,
            1 => Self::NoRouteToNetwork,
            2 => Self::RouterBusy,
            3 => Self::UnknownNetworkMessage,
            4 => Self::MessageTooLong,
            5 => Self::SecurityError,
            6 => Self::AddressingError,
            other => Self::Unknown(other),
        }
    }

    pub fn to_u8(self) -> u8 {
        match self {
            Self::Other => 0,
            Self::NoRouteToNetwork => 1,
            Self::RouterBusy => 2,
            Self::UnknownNetworkMessage => 3,
            Self::MessageTooLong => 4,
            Self::SecurityError => 5,
            Self::AddressingError => 6,
            Self::Unknown(v) => v,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Self::Other => "other",
            Self::NoRouteToNetwork => "no-route-to-network",
            Self::RouterBusy => "router-busy",
            Self::UnknownNetworkMessage => "unknown-network-message",
            Self::MessageTooLong => "message-too-long",
            Self::SecurityError => "security-error",
            Self::AddressingError => "addressing-error",
            Self::Unknown(_) => "unknown",
        }
    }
}

/// Whether the number in a Network-Number-Is was configured or learned (clause 6.4.20).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NetworkNumberStatus {
    Learned,
    Configured,
    Unknown(u8),
}

impl NetworkNumberStatus {
    pub fn from_u8(v: u8) -> Self {
        match v {
            0 => Self::Learned,
            1 => Self::Configured,
            other => Self::Unknown(other),
        }
    }

    pub fn to_u8(self) -> u8 {
        match self {
            Self::Learned => 0,
            Self::Configured => 1,
            Self::Unknown(v) => v,
        }
    }
}

/// One port of an Initialize-Routing-Table(-Ack).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoutingTableEntry {
    pub network: u16,
    pub port_id: u8,
    /// Port info, at most 255 octets.
    pub port_info: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NetworkMessage {
    /// `None` asks for every reachable network.
    WhoIsRouterToNetwork {
        network: Option<u16>,
    },
    IAmRouterToNetwork {
        networks: Vec<u16>,
    },
    ICouldBeRouterToNetwork {
        network: u16,
        performance_index: u8,
    },
    RejectMessageToNetwork {
        reason: RejectReason,
        network: u16,
    },
    /// An empty list means every network the router serves.
    RouterBusyToNetwork {
        networks: Vec<u16>,
    },
    RouterAvailableToNetwork {
        networks: Vec<u16>,
    },
    /// No entries: a query for the complete routing table.
    InitializeRoutingTable {
        entries: Vec<RoutingTableEntry>,
    },
    InitializeRoutingTableAck {
        entries: Vec<RoutingTableEntry>,
    },
    EstablishConnectionToNetwork {
        network: u16,
        termination_time: u8,
    },
    DisconnectConnectionToNetwork {
        network: u16,
    },
    /// 0x0A–0x11, the removed clause 24 security messages; body kept raw.
    RemovedSecurity {
        message_type: u8,
        data: Vec<u8>,
    },
    WhatIsNetworkNumber,
    NetworkNumberIs {
        network: u16,
        status: NetworkNumberStatus,
    },
    /// 0x14–0x7F, reserved by ASHRAE; body kept raw.
    Reserved {
        message_type: u8,
        data: Vec<u8>,
    },
    /// 0x80–0xFF.
    Proprietary {
        message_type: u8,
        vendor_id: u16,
        data: Vec<u8>,
    },
}

impl NetworkMessage {
    /// Parse a network message from its message type octet to the end of the NSDU.
    pub fn parse(bytes: &[u8]) -> Result<NetworkMessage, WireError> {
        use message_type::*;
        let mut r = Reader::new(bytes, LAYER);
        let t = r.u8()?;
        let msg = match t {
            WHO_IS_ROUTER_TO_NETWORK => {
                let network = if r.is_empty() { None } else { Some(r.u16()?) };
                Self::WhoIsRouterToNetwork { network }
            }
            I_AM_ROUTER_TO_NETWORK => Self::IAmRouterToNetwork {
                networks: parse_networks(&mut r)?,
            },
            I_COULD_BE_ROUTER_TO_NETWORK => Self::ICouldBeRouterToNetwork {
                network: r.u16()?,
                performance_index: r.u8()?,
            },
            REJECT_MESSAGE_TO_NETWORK => Self::RejectMessageToNetwork {
                reason: RejectReason::from_u8(r.u8()?),
                network: r.u16()?,
            },
            ROUTER_BUSY_TO_NETWORK => Self::RouterBusyToNetwork {
                networks: parse_networks(&mut r)?,
            },
            ROUTER_AVAILABLE_TO_NETWORK => Self::RouterAvailableToNetwork {
                networks: parse_networks(&mut r)?,
            },
            INITIALIZE_ROUTING_TABLE => Self::InitializeRoutingTable {
                entries: parse_routing_table(&mut r)?,
            },
            INITIALIZE_ROUTING_TABLE_ACK => Self::InitializeRoutingTableAck {
                entries: parse_routing_table(&mut r)?,
            },
            ESTABLISH_CONNECTION_TO_NETWORK => Self::EstablishConnectionToNetwork {
                network: r.u16()?,
                termination_time: r.u8()?,
            },
            DISCONNECT_CONNECTION_TO_NETWORK => {
                Self::DisconnectConnectionToNetwork { network: r.u16()? }
            }
            FIRST_REMOVED_SECURITY..=LAST_REMOVED_SECURITY => Self::RemovedSecurity {
                message_type: t,
                data: r.rest().to_vec(),
            },
            WHAT_IS_NETWORK_NUMBER => Self::WhatIsNetworkNumber,
            NETWORK_NUMBER_IS => Self::NetworkNumberIs {
                network: r.u16()?,
                status: NetworkNumberStatus::from_u8(r.u8()?),
            },
            FIRST_PROPRIETARY..=0xff => Self::Proprietary {
                message_type: t,
                vendor_id: r.u16()?,
                data: r.rest().to_vec(),
            },
            _ => Self::Reserved {
                message_type: t,
                data: r.rest().to_vec(),
            },
        };
        r.expect_empty()?;
        Ok(msg)
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        put_u8(out, self.message_type());
        match self {
            Self::WhoIsRouterToNetwork { network } => {
                if let Some(n) = network {
                    put_u16(out, *n);
                }
            }
            Self::IAmRouterToNetwork { networks }
            | Self::RouterBusyToNetwork { networks }
            | Self::RouterAvailableToNetwork { networks } => {
                for n in networks {
                    put_u16(out, *n);
                }
            }
            Self::ICouldBeRouterToNetwork {
                network,
                performance_index,
            } => {
                put_u16(out, *network);
                put_u8(out, *performance_index);
            }
            Self::RejectMessageToNetwork { reason, network } => {
                put_u8(out, reason.to_u8());
                put_u16(out, *network);
            }
            Self::InitializeRoutingTable { entries }
            | Self::InitializeRoutingTableAck { entries } => {
                // Counts and lengths saturate: a value built with more than 255 entries or
                // octets cannot be expressed and is cut, never wrapped.
                let count = entries.len().min(usize::from(u8::MAX));
                put_u8(out, u8::try_from(count).unwrap_or(u8::MAX));
                for e in entries.iter().take(count) {
                    put_u16(out, e.network);
                    put_u8(out, e.port_id);
                    let info = e
                        .port_info
                        .get(..usize::from(u8::MAX))
                        .unwrap_or(&e.port_info);
                    put_u8(out, u8::try_from(info.len()).unwrap_or(u8::MAX));
                    out.extend_from_slice(info);
                }
            }
            Self::EstablishConnectionToNetwork {
                network,
                termination_time,
            } => {
                put_u16(out, *network);
                put_u8(out, *termination_time);
            }
            Self::DisconnectConnectionToNetwork { network } => put_u16(out, *network),
            Self::WhatIsNetworkNumber => {}
            Self::NetworkNumberIs { network, status } => {
                put_u16(out, *network);
                put_u8(out, status.to_u8());
            }
            Self::RemovedSecurity { data, .. } | Self::Reserved { data, .. } => {
                out.extend_from_slice(data);
            }
            Self::Proprietary {
                vendor_id, data, ..
            } => {
                put_u16(out, *vendor_id);
                out.extend_from_slice(data);
            }
        }
    }

    pub fn message_type(&self) -> u8 {
        use message_type::*;
        match self {
            Self::WhoIsRouterToNetwork { .. } => WHO_IS_ROUTER_TO_NETWORK,
            Self::IAmRouterToNetwork { .. } => I_AM_ROUTER_TO_NETWORK,
            Self::ICouldBeRouterToNetwork { .. } => I_COULD_BE_ROUTER_TO_NETWORK,
            Self::RejectMessageToNetwork { .. } => REJECT_MESSAGE_TO_NETWORK,
            Self::RouterBusyToNetwork { .. } => ROUTER_BUSY_TO_NETWORK,
            Self::RouterAvailableToNetwork { .. } => ROUTER_AVAILABLE_TO_NETWORK,
            Self::InitializeRoutingTable { .. } => INITIALIZE_ROUTING_TABLE,
            Self::InitializeRoutingTableAck { .. } => INITIALIZE_ROUTING_TABLE_ACK,
            Self::EstablishConnectionToNetwork { .. } => ESTABLISH_CONNECTION_TO_NETWORK,
            Self::DisconnectConnectionToNetwork { .. } => DISCONNECT_CONNECTION_TO_NETWORK,
            Self::WhatIsNetworkNumber => WHAT_IS_NETWORK_NUMBER,
            Self::NetworkNumberIs { .. } => NETWORK_NUMBER_IS,
            Self::RemovedSecurity { message_type, .. }
            | Self::Reserved { message_type, .. }
            | Self::Proprietary { message_type, .. } => *message_type,
        }
    }

    pub fn vendor_id(&self) -> Option<u16> {
        match self {
            Self::Proprietary { vendor_id, .. } => Some(*vendor_id),
            _ => None,
        }
    }

    /// Standard name in kebab-case.
    pub fn name(&self) -> &'static str {
        match self {
            Self::WhoIsRouterToNetwork { .. } => "who-is-router-to-network",
            Self::IAmRouterToNetwork { .. } => "i-am-router-to-network",
            Self::ICouldBeRouterToNetwork { .. } => "i-could-be-router-to-network",
            Self::RejectMessageToNetwork { .. } => "reject-message-to-network",
            Self::RouterBusyToNetwork { .. } => "router-busy-to-network",
            Self::RouterAvailableToNetwork { .. } => "router-available-to-network",
            Self::InitializeRoutingTable { .. } => "initialize-routing-table",
            Self::InitializeRoutingTableAck { .. } => "initialize-routing-table-ack",
            Self::EstablishConnectionToNetwork { .. } => "establish-connection-to-network",
            Self::DisconnectConnectionToNetwork { .. } => "disconnect-connection-to-network",
            Self::WhatIsNetworkNumber => "what-is-network-number",
            Self::NetworkNumberIs { .. } => "network-number-is",
            Self::RemovedSecurity { message_type, .. } => match message_type {
                0x0a => "challenge-request",
                0x0b => "security-payload",
                0x0c => "security-response",
                0x0d => "request-key-update",
                0x0e => "update-key-set",
                0x0f => "update-distribution-key",
                0x10 => "request-master-key",
                _ => "set-master-key",
            },
            Self::Reserved { .. } => "reserved-network-message",
            Self::Proprietary { .. } => "proprietary-network-message",
        }
    }

    /// One of the clause 24 security messages that 135-2016 removed: a current stack would not
    /// send it.
    pub fn is_removed_security(&self) -> bool {
        matches!(self, Self::RemovedSecurity { .. })
    }
}

fn parse_networks(r: &mut Reader<'_>) -> Result<Vec<u16>, WireError> {
    if !r.remaining().is_multiple_of(2) {
        return Err(r.error("odd length network list"));
    }
    let mut out = Vec::with_capacity(r.remaining() / 2);
    while !r.is_empty() {
        out.push(r.u16()?);
    }
    Ok(out)
}

fn parse_routing_table(r: &mut Reader<'_>) -> Result<Vec<RoutingTableEntry>, WireError> {
    let count = usize::from(r.u8()?);
    // Cap the reservation by what the remaining bytes could hold.
    let mut out = Vec::with_capacity(count.min(r.remaining() / MIN_ROUTING_ENTRY_LEN));
    for _ in 0..count {
        let network = r.u16()?;
        let port_id = r.u8()?;
        let len = usize::from(r.u8()?);
        let port_info = r.take(len)?.to_vec();
        out.push(RoutingTableEntry {
            network,
            port_id,
            port_info,
        });
    }
    Ok(out)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;

    pub(crate) use crate::wire::hex::bytes as hex;

    /// Network messages (from the message type octet) in the public captures.
    fn capture_fixtures() -> Vec<(&'static str, Vec<u8>, NetworkMessage)> {
        vec![
            // cisagov-icsnpp_bacnet_services.pcap frame 273: Who-Is-Router-To-Network, no DNET.
            (
                "who-is-router",
                hex("00"),
                NetworkMessage::WhoIsRouterToNetwork { network: None },
            ),
            // same file frame 274: I-Am-Router-To-Network 2, 3.
            (
                "i-am-router",
                hex("0100020003"),
                NetworkMessage::IAmRouterToNetwork {
                    networks: vec![2, 3],
                },
            ),
            // same file frame 276 (BACnet/Ethernet, LLC): I-Am-Router-To-Network 1, 3.
            (
                "i-am-router-llc",
                hex("0100010003"),
                NetworkMessage::IAmRouterToNetwork {
                    networks: vec![1, 3],
                },
            ),
            // ndpi_bacnet.pcap frame 22: I-Am-Router-To-Network 0.
            (
                "i-am-router-0",
                hex("010000"),
                NetworkMessage::IAmRouterToNetwork { networks: vec![0] },
            ),
            // ndpi_bacnet.pcap frame 23: Network-Number-Is 0 with status 11, which tshark shows
            // as a bare number: kept as Unknown(11).
            (
                "network-number-is",
                hex("1300000b"),
                NetworkMessage::NetworkNumberIs {
                    network: 0,
                    status: NetworkNumberStatus::Unknown(11),
                },
            ),
        ]
    }

    #[test]
    fn capture_fixtures_decode_round_trip_and_prefixes_are_safe() {
        for (what, bytes, want) in capture_fixtures() {
            let m = NetworkMessage::parse(&bytes).unwrap();
            assert_eq!(m, want, "{what}");
            let mut out = Vec::new();
            m.emit(&mut out);
            assert_eq!(out, bytes, "{what}");
            for k in 0..bytes.len() {
                let _ = NetworkMessage::parse(&bytes[..k]);
            }
        }
    }

    /// Every message type, hand built; the same bytes behind an NPDU were decoded by tshark
    /// 4.0.17 (`text2pcap -u 47808,47808`, `tshark -V`) to the same fields.
    pub(crate) fn hand_built() -> Vec<(Vec<u8>, NetworkMessage)> {
        vec![
            (
                hex("00 01ff"),
                NetworkMessage::WhoIsRouterToNetwork { network: Some(511) },
            ),
            (
                hex("01 0001 0002"),
                NetworkMessage::IAmRouterToNetwork {
                    networks: vec![1, 2],
                },
            ),
            (
                hex("02 0001 ff"),
                NetworkMessage::ICouldBeRouterToNetwork {
                    network: 1,
                    performance_index: 255,
                },
            ),
            (
                hex("03 01 0007"),
                NetworkMessage::RejectMessageToNetwork {
                    reason: RejectReason::NoRouteToNetwork,
                    network: 7,
                },
            ),
            (
                hex("03 09 0007"),
                NetworkMessage::RejectMessageToNetwork {
                    reason: RejectReason::Unknown(9),
                    network: 7,
                },
            ),
            (
                hex("04 03e8 0005"),
                NetworkMessage::RouterBusyToNetwork {
                    networks: vec![1000, 5],
                },
            ),
            (
                hex("04"),
                NetworkMessage::RouterBusyToNetwork { networks: vec![] },
            ),
            (
                hex("05 0001"),
                NetworkMessage::RouterAvailableToNetwork { networks: vec![1] },
            ),
            (
                hex("06 02 0001 01 00 0002 02 03 aabbcc"),
                NetworkMessage::InitializeRoutingTable {
                    entries: vec![
                        RoutingTableEntry {
                            network: 1,
                            port_id: 1,
                            port_info: vec![],
                        },
                        RoutingTableEntry {
                            network: 2,
                            port_id: 2,
                            port_info: vec![0xaa, 0xbb, 0xcc],
                        },
                    ],
                },
            ),
            (
                hex("06 00"),
                NetworkMessage::InitializeRoutingTable { entries: vec![] },
            ),
            (
                hex("07 01 0009 05 00"),
                NetworkMessage::InitializeRoutingTableAck {
                    entries: vec![RoutingTableEntry {
                        network: 9,
                        port_id: 5,
                        port_info: vec![],
                    }],
                },
            ),
            (
                hex("08 0001 1e"),
                NetworkMessage::EstablishConnectionToNetwork {
                    network: 1,
                    termination_time: 30,
                },
            ),
            (
                hex("09 0001"),
                NetworkMessage::DisconnectConnectionToNetwork { network: 1 },
            ),
            (
                hex("0a 0102"),
                NetworkMessage::RemovedSecurity {
                    message_type: 0x0a,
                    data: vec![1, 2],
                },
            ),
            (
                hex("11 0102"),
                NetworkMessage::RemovedSecurity {
                    message_type: 0x11,
                    data: vec![1, 2],
                },
            ),
            (hex("12"), NetworkMessage::WhatIsNetworkNumber),
            (
                hex("13 0005 01"),
                NetworkMessage::NetworkNumberIs {
                    network: 5,
                    status: NetworkNumberStatus::Configured,
                },
            ),
            (
                hex("14 0102"),
                NetworkMessage::Reserved {
                    message_type: 0x14,
                    data: vec![1, 2],
                },
            ),
            (
                hex("80 0102 aabb"),
                NetworkMessage::Proprietary {
                    message_type: 0x80,
                    vendor_id: 258,
                    data: vec![0xaa, 0xbb],
                },
            ),
        ]
    }

    #[test]
    fn every_message_type_hand_built() {
        for (bytes, want) in hand_built() {
            let m = NetworkMessage::parse(&bytes).unwrap();
            assert_eq!(m, want);
            assert_eq!(m.message_type(), bytes[0]);
            let mut out = Vec::new();
            m.emit(&mut out);
            assert_eq!(out, bytes);
            for k in 0..bytes.len() {
                let _ = NetworkMessage::parse(&bytes[..k]);
            }
        }
    }

    #[test]
    fn names_and_flags() {
        let m = NetworkMessage::parse(&hex("0a")).unwrap();
        assert_eq!(m.name(), "challenge-request");
        assert!(m.is_removed_security());
        let m = NetworkMessage::parse(&hex("0100010003")).unwrap();
        assert_eq!(m.name(), "i-am-router-to-network");
        assert!(!m.is_removed_security());
        let m = NetworkMessage::parse(&hex("ff 0007")).unwrap();
        assert_eq!(
            (m.name(), m.vendor_id()),
            ("proprietary-network-message", Some(7))
        );
        assert_eq!(RejectReason::from_u8(4).name(), "message-too-long");
    }

    #[test]
    fn refusals() {
        let what = |h: &str| NetworkMessage::parse(&hex(h)).unwrap_err().what;
        assert_eq!(what(""), "truncated");
        assert_eq!(what("01 000100"), "odd length network list");
        assert_eq!(what("00 000100 02"), "trailing bytes");
        assert_eq!(what("12 00"), "trailing bytes");
        // Port count says 3, one entry present.
        assert_eq!(what("06 03 0001 01 00"), "truncated");
        // Port info length runs past the end.
        assert_eq!(what("06 01 0001 01 05 aa"), "truncated");
        assert_eq!(what("80 01"), "truncated");
    }

    pub(crate) fn arb_message() -> impl Strategy<Value = NetworkMessage> {
        let nets = || prop::collection::vec(any::<u16>(), 0..6);
        let data = || prop::collection::vec(any::<u8>(), 0..8);
        let table = prop::collection::vec(
            (any::<u16>(), any::<u8>(), data()).prop_map(|(network, port_id, port_info)| {
                RoutingTableEntry {
                    network,
                    port_id,
                    port_info,
                }
            }),
            0..4,
        );
        prop_oneof![
            prop::option::of(any::<u16>())
                .prop_map(|network| NetworkMessage::WhoIsRouterToNetwork { network }),
            nets().prop_map(|networks| NetworkMessage::IAmRouterToNetwork { networks }),
            (any::<u16>(), any::<u8>()).prop_map(|(network, performance_index)| {
                NetworkMessage::ICouldBeRouterToNetwork {
                    network,
                    performance_index,
                }
            }),
            (any::<u8>(), any::<u16>()).prop_map(|(r, network)| {
                NetworkMessage::RejectMessageToNetwork {
                    reason: RejectReason::from_u8(r),
                    network,
                }
            }),
            nets().prop_map(|networks| NetworkMessage::RouterBusyToNetwork { networks }),
            nets().prop_map(|networks| NetworkMessage::RouterAvailableToNetwork { networks }),
            table
                .clone()
                .prop_map(|entries| NetworkMessage::InitializeRoutingTable { entries }),
            table.prop_map(|entries| NetworkMessage::InitializeRoutingTableAck { entries }),
            (any::<u16>(), any::<u8>()).prop_map(|(network, termination_time)| {
                NetworkMessage::EstablishConnectionToNetwork {
                    network,
                    termination_time,
                }
            }),
            any::<u16>()
                .prop_map(|network| NetworkMessage::DisconnectConnectionToNetwork { network }),
            (0x0au8..=0x11, data()).prop_map(|(message_type, data)| {
                NetworkMessage::RemovedSecurity { message_type, data }
            }),
            Just(NetworkMessage::WhatIsNetworkNumber),
            (any::<u16>(), any::<u8>()).prop_map(|(network, s)| {
                NetworkMessage::NetworkNumberIs {
                    network,
                    status: NetworkNumberStatus::from_u8(s),
                }
            }),
            (0x14u8..=0x7f, data())
                .prop_map(|(message_type, data)| NetworkMessage::Reserved { message_type, data }),
            (0x80u8..=0xff, any::<u16>(), data()).prop_map(|(message_type, vendor_id, data)| {
                NetworkMessage::Proprietary {
                    message_type,
                    vendor_id,
                    data,
                }
            }),
        ]
    }

    proptest! {
        #[test]
        fn emit_then_parse_is_identity(m in arb_message()) {
            let mut out = Vec::new();
            m.emit(&mut out);
            prop_assert_eq!(NetworkMessage::parse(&out).unwrap(), m);
        }

        #[test]
        fn arbitrary_bytes_never_panic(d in prop::collection::vec(any::<u8>(), 0..48)) {
            let _ = NetworkMessage::parse(&d);
        }
    }
}
