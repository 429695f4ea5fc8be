//! Connection management (03_08_02 §7.8): CONNECT, CONNECTIONSTATE and DISCONNECT requests and
//! responses, the Connection Request Information (CRI) and Connection Response Data (CRD), and
//! the status codes (Core v2 adds 0x28, 0x2D, 0x2E).

use super::address::IndividualAddress;
use super::hpai::Hpai;
use super::structure::{emit_struct, take_struct};
use crate::wire::writer::{put_u8, put_u16};
use crate::wire::{Reader, WireError};

/// Status / error code of KNXnet/IP responses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Status(pub u8);

impl Status {
    pub const NO_ERROR: Self = Self(0x00);
    pub const HOST_PROTOCOL_TYPE: Self = Self(0x01);
    pub const VERSION_NOT_SUPPORTED: Self = Self(0x02);
    pub const SEQUENCE_NUMBER: Self = Self(0x04);
    pub const ERROR: Self = Self(0x0F);
    pub const CONNECTION_ID: Self = Self(0x21);
    pub const CONNECTION_TYPE: Self = Self(0x22);
    pub const CONNECTION_OPTION: Self = Self(0x23);
    pub const NO_MORE_CONNECTIONS: Self = Self(0x24);
    pub const NO_MORE_UNIQUE_CONNECTIONS: Self = Self(0x25);
    pub const DATA_CONNECTION: Self = Self(0x26);
    pub const KNX_CONNECTION: Self = Self(0x27);
    pub const AUTHORISATION_ERROR: Self = Self(0x28);
    pub const TUNNELLING_LAYER: Self = Self(0x29);
    pub const NO_TUNNELLING_ADDRESS: Self = Self(0x2D);
    pub const CONNECTION_IN_USE: Self = Self(0x2E);

    pub fn is_ok(self) -> bool {
        self == Self::NO_ERROR
    }

    /// The standard E_* name in kebab case without the prefix.
    pub const fn name(self) -> &'static str {
        match self.0 {
            0x00 => "no-error",
            0x01 => "host-protocol-type",
            0x02 => "version-not-supported",
            0x04 => "sequence-number",
            0x0F => "error",
            0x21 => "connection-id",
            0x22 => "connection-type",
            0x23 => "connection-option",
            0x24 => "no-more-connections",
            0x25 => "no-more-unique-connections",
            0x26 => "data-connection",
            0x27 => "knx-connection",
            0x28 => "authorisation-error",
            0x29 => "tunnelling-layer",
            0x2D => "no-tunnelling-address",
            0x2E => "connection-in-use",
            _ => "unknown-status",
        }
    }
}

/// Connection type codes of CRI/CRD.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ConnectionType(pub u8);

impl ConnectionType {
    pub const DEVICE_MANAGEMENT: Self = Self(0x03);
    pub const TUNNEL: Self = Self(0x04);
    pub const REMOTE_LOGGING: Self = Self(0x06);
    pub const REMOTE_CONFIGURATION: Self = Self(0x07);
    pub const OBJECT_SERVER: Self = Self(0x08);

    pub const fn name(self) -> &'static str {
        match self.0 {
            0x03 => "device-management",
            0x04 => "tunnel",
            0x06 => "remote-logging",
            0x07 => "remote-configuration",
            0x08 => "object-server",
            _ => "unknown-connection-type",
        }
    }
}

/// KNX layer of a tunnel CRI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TunnellingLayer(pub u8);

impl TunnellingLayer {
    pub const LINK: Self = Self(0x02);
    pub const RAW: Self = Self(0x04);
    pub const BUSMONITOR: Self = Self(0x80);

    pub const fn name(self) -> &'static str {
        match self.0 {
            0x02 => "link-layer",
            0x04 => "raw",
            0x80 => "busmonitor",
            _ => "unknown-layer",
        }
    }
}

/// Connection Request Information.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cri {
    /// Tunnel (length 4); Core v2 "extended CRI" (length 6) asks for a specific individual
    /// address.
    Tunnel {
        layer: TunnellingLayer,
        reserved: u8,
        individual_address: Option<IndividualAddress>,
    },
    DeviceManagement,
    /// Other connection types, or a known type with a length that does not fit it.
    Other {
        connection_type: ConnectionType,
        data: Vec<u8>,
    },
}

impl Cri {
    pub fn connection_type(&self) -> ConnectionType {
        match self {
            Cri::Tunnel { .. } => ConnectionType::TUNNEL,
            Cri::DeviceManagement => ConnectionType::DEVICE_MANAGEMENT,
            Cri::Other {
                connection_type, ..
            } => *connection_type,
        }
    }

    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let mut s = take_struct(r)?;
        let t = ConnectionType(s.u8()?);
        let data = s.rest();
        Ok(match (t, data) {
            (ConnectionType::TUNNEL, &[layer, reserved]) => Cri::Tunnel {
                layer: TunnellingLayer(layer),
                reserved,
                individual_address: None,
            },
            (ConnectionType::TUNNEL, &[layer, reserved, hi, lo]) => Cri::Tunnel {
                layer: TunnellingLayer(layer),
                reserved,
                individual_address: Some(IndividualAddress(u16::from_be_bytes([hi, lo]))),
            },
            (ConnectionType::DEVICE_MANAGEMENT, []) => Cri::DeviceManagement,
            _ => Cri::Other {
                connection_type: t,
                data: data.to_vec(),
            },
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        emit_struct(out, |out| {
            put_u8(out, self.connection_type().0);
            match self {
                Cri::Tunnel {
                    layer,
                    reserved,
                    individual_address,
                } => {
                    put_u8(out, layer.0);
                    put_u8(out, *reserved);
                    if let Some(a) = individual_address {
                        put_u16(out, a.0);
                    }
                }
                Cri::DeviceManagement => {}
                Cri::Other { data, .. } => out.extend_from_slice(data),
            }
        });
    }
}

/// Connection Response Data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Crd {
    /// The individual address the server assigned to the tunnel.
    Tunnel {
        individual_address: IndividualAddress,
    },
    DeviceManagement,
    Other {
        connection_type: ConnectionType,
        data: Vec<u8>,
    },
}

impl Crd {
    pub fn connection_type(&self) -> ConnectionType {
        match self {
            Crd::Tunnel { .. } => ConnectionType::TUNNEL,
            Crd::DeviceManagement => ConnectionType::DEVICE_MANAGEMENT,
            Crd::Other {
                connection_type, ..
            } => *connection_type,
        }
    }

    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let mut s = take_struct(r)?;
        let t = ConnectionType(s.u8()?);
        let data = s.rest();
        Ok(match (t, data) {
            (ConnectionType::TUNNEL, &[hi, lo]) => Crd::Tunnel {
                individual_address: IndividualAddress(u16::from_be_bytes([hi, lo])),
            },
            (ConnectionType::DEVICE_MANAGEMENT, []) => Crd::DeviceManagement,
            _ => Crd::Other {
                connection_type: t,
                data: data.to_vec(),
            },
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        emit_struct(out, |out| {
            put_u8(out, self.connection_type().0);
            match self {
                Crd::Tunnel { individual_address } => put_u16(out, individual_address.0),
                Crd::DeviceManagement => {}
                Crd::Other { data, .. } => out.extend_from_slice(data),
            }
        });
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectRequest {
    pub control_endpoint: Hpai,
    pub data_endpoint: Hpai,
    pub cri: Cri,
}

impl ConnectRequest {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self {
            control_endpoint: Hpai::parse(r)?,
            data_endpoint: Hpai::parse(r)?,
            cri: Cri::parse(r)?,
        })
    }
    pub fn emit(&self, out: &mut Vec<u8>) {
        self.control_endpoint.emit(out);
        self.data_endpoint.emit(out);
        self.cri.emit(out);
    }
}

/// A refused connection normally ends after the status; the data endpoint and CRD are decoded
/// whenever they are present.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectResponse {
    pub channel: u8,
    pub status: Status,
    pub data_endpoint: Option<Hpai>,
    /// Only emitted together with a data endpoint.
    pub crd: Option<Crd>,
}

impl ConnectResponse {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let channel = r.u8()?;
        let status = Status(r.u8()?);
        let data_endpoint = if r.is_empty() {
            None
        } else {
            Some(Hpai::parse(r)?)
        };
        let crd = if r.is_empty() {
            None
        } else {
            Some(Crd::parse(r)?)
        };
        Ok(Self {
            channel,
            status,
            data_endpoint,
            crd,
        })
    }
    pub fn emit(&self, out: &mut Vec<u8>) {
        put_u8(out, self.channel);
        put_u8(out, self.status.0);
        if let Some(h) = &self.data_endpoint {
            h.emit(out);
            if let Some(c) = &self.crd {
                c.emit(out);
            }
        }
    }
}

/// CONNECTIONSTATE_REQUEST and DISCONNECT_REQUEST: channel, reserved byte, control endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChannelRequest {
    pub channel: u8,
    pub reserved: u8,
    pub control_endpoint: Hpai,
}

impl ChannelRequest {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self {
            channel: r.u8()?,
            reserved: r.u8()?,
            control_endpoint: Hpai::parse(r)?,
        })
    }
    pub fn emit(&self, out: &mut Vec<u8>) {
        put_u8(out, self.channel);
        put_u8(out, self.reserved);
        self.control_endpoint.emit(out);
    }
}

/// CONNECTIONSTATE_RESPONSE and DISCONNECT_RESPONSE: channel and status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChannelResponse {
    pub channel: u8,
    pub status: Status,
}

impl ChannelResponse {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self {
            channel: r.u8()?,
            status: Status(r.u8()?),
        })
    }
    pub fn emit(&self, out: &mut Vec<u8>) {
        put_u8(out, self.channel);
        put_u8(out, self.status.0);
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::collection::vec;
    use proptest::prelude::*;

    pub(crate) fn arb_cri() -> impl Strategy<Value = Cri> {
        prop_oneof![
            (any::<u8>(), any::<u8>(), proptest::option::of(any::<u16>())).prop_map(|(l, r, a)| {
                Cri::Tunnel {
                    layer: TunnellingLayer(l),
                    reserved: r,
                    individual_address: a.map(IndividualAddress),
                }
            }),
            Just(Cri::DeviceManagement),
            (5u8..=255, vec(any::<u8>(), 0..6)).prop_map(|(t, data)| Cri::Other {
                connection_type: ConnectionType(t),
                data
            }),
        ]
    }

    pub(crate) fn arb_crd() -> impl Strategy<Value = Crd> {
        prop_oneof![
            any::<u16>().prop_map(|a| Crd::Tunnel {
                individual_address: IndividualAddress(a)
            }),
            Just(Crd::DeviceManagement),
            (5u8..=255, vec(any::<u8>(), 0..6)).prop_map(|(t, data)| Crd::Other {
                connection_type: ConnectionType(t),
                data
            }),
        ]
    }

    #[test]
    fn status_names() {
        assert_eq!(Status(0x24).name(), "no-more-connections");
        assert_eq!(Status(0x28).name(), "authorisation-error");
        assert_eq!(Status(0x99).name(), "unknown-status");
        assert!(Status(0).is_ok());
    }

    #[test]
    fn extended_cri_and_odd_lengths() {
        let b = [0x06, 0x04, 0x02, 0x00, 0x11, 0x05];
        let cri = Cri::parse(&mut Reader::new(&b, "knxip")).unwrap();
        assert_eq!(
            cri,
            Cri::Tunnel {
                layer: TunnellingLayer::LINK,
                reserved: 0,
                individual_address: Some(IndividualAddress::new(1, 1, 5))
            }
        );
        // A 5-byte tunnel CRI fits no layout: kept raw, re-emitted identically.
        let b = [0x05, 0x04, 0x02, 0x00, 0x11];
        let cri = Cri::parse(&mut Reader::new(&b, "knxip")).unwrap();
        assert!(matches!(cri, Cri::Other { .. }));
        let mut out = Vec::new();
        cri.emit(&mut out);
        assert_eq!(out, b);
        assert!(Cri::parse(&mut Reader::new(&[0x01], "knxip")).is_err());
    }

    proptest! {
        #[test]
        fn cri_crd_round_trip(cri in arb_cri(), crd in arb_crd()) {
            let mut out = Vec::new();
            cri.emit(&mut out);
            crd.emit(&mut out);
            let mut r = Reader::new(&out, "knxip");
            prop_assert_eq!(Cri::parse(&mut r).unwrap(), cri);
            prop_assert_eq!(Crd::parse(&mut r).unwrap(), crd);
            prop_assert!(r.is_empty());
        }
    }
}
