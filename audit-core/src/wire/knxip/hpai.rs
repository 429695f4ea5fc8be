//! Host Protocol Address Information (03_08_02 §8.6.2): `08 <protocol> <ipv4> <port>`.
//!
//! The address 0.0.0.0 with port 0 means "answer to where the request came from" (route back):
//! what a client behind NAT must send, and what every TCP HPAI must hold.

use std::net::{Ipv4Addr, SocketAddrV4};

use super::structure::{emit_struct, take_fixed_struct};
use crate::wire::writer::{put_u8, put_u16};
use crate::wire::{Reader, WireError};

/// Host protocol code of an HPAI.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct HostProtocol(pub u8);

impl HostProtocol {
    pub const IPV4_UDP: Self = Self(0x01);
    pub const IPV4_TCP: Self = Self(0x02);

    pub const fn name(self) -> &'static str {
        match self.0 {
            0x01 => "ipv4-udp",
            0x02 => "ipv4-tcp",
            _ => "unknown-host-protocol",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Hpai {
    pub protocol: HostProtocol,
    pub address: Ipv4Addr,
    pub port: u16,
}

impl Hpai {
    pub const LEN: u8 = 8;

    pub const fn udp(address: Ipv4Addr, port: u16) -> Self {
        Self {
            protocol: HostProtocol::IPV4_UDP,
            address,
            port,
        }
    }

    /// UDP route-back HPAI (0.0.0.0:0), the NAT-safe choice for remote probes.
    pub const fn nat() -> Self {
        Self::udp(Ipv4Addr::UNSPECIFIED, 0)
    }

    /// TCP HPAI: always 0.0.0.0:0, the connection itself is the endpoint.
    pub const fn tcp() -> Self {
        Self {
            protocol: HostProtocol::IPV4_TCP,
            address: Ipv4Addr::UNSPECIFIED,
            port: 0,
        }
    }

    /// 0.0.0.0:0: the receiver must answer to the packet's source address and port.
    pub fn is_route_back(&self) -> bool {
        self.address.is_unspecified() && self.port == 0
    }

    pub fn is_tcp(&self) -> bool {
        self.protocol == HostProtocol::IPV4_TCP
    }

    pub fn socket_addr(&self) -> SocketAddrV4 {
        SocketAddrV4::new(self.address, self.port)
    }

    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let mut s = take_fixed_struct(r, Self::LEN, "hpai length is not 8")?;
        let protocol = HostProtocol(s.u8()?);
        let address = Ipv4Addr::from(s.array::<4>()?);
        let port = s.u16()?;
        Ok(Self {
            protocol,
            address,
            port,
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        emit_struct(out, |out| {
            put_u8(out, self.protocol.0);
            out.extend_from_slice(&self.address.octets());
            put_u16(out, self.port);
        });
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;

    pub(crate) fn arb_hpai() -> impl Strategy<Value = Hpai> {
        (any::<u8>(), any::<[u8; 4]>(), any::<u16>()).prop_map(|(p, a, port)| Hpai {
            protocol: HostProtocol(p),
            address: Ipv4Addr::from(a),
            port,
        })
    }

    /// Capture ndpi_knxip.pcapng frame 2 (SEARCH_REQUEST), bytes 6..14.
    #[test]
    fn parses_capture_hpai() {
        let b = [0x08, 0x01, 0xc0, 0xa8, 0x58, 0xe7, 0xa1, 0x7f];
        let h = Hpai::parse(&mut Reader::new(&b, "knxip")).unwrap();
        assert_eq!(h.socket_addr().to_string(), "192.168.88.231:41343");
        assert_eq!(h.protocol.name(), "ipv4-udp");
        assert!(!h.is_route_back());
        let mut out = Vec::new();
        h.emit(&mut out);
        assert_eq!(out, b);
    }

    #[test]
    fn nat_and_tcp_are_route_back() {
        assert!(Hpai::nat().is_route_back());
        assert!(Hpai::tcp().is_route_back() && Hpai::tcp().is_tcp());
        let mut out = Vec::new();
        Hpai::nat().emit(&mut out);
        assert_eq!(out, [8, 1, 0, 0, 0, 0, 0, 0]);
    }

    #[test]
    fn refuses_bad_lengths() {
        for b in [
            &[0x07, 1, 0, 0, 0, 0, 0][..],
            &[0x09, 1, 0, 0, 0, 0, 0, 0, 0],
            &[0x08, 1],
        ] {
            assert!(Hpai::parse(&mut Reader::new(b, "knxip")).is_err());
        }
    }

    proptest! {
        #[test]
        fn round_trip(h in arb_hpai()) {
            let mut out = Vec::new();
            h.emit(&mut out);
            prop_assert_eq!(out.len(), 8);
            let mut r = Reader::new(&out, "knxip");
            prop_assert_eq!(Hpai::parse(&mut r).unwrap(), h);
            prop_assert!(r.is_empty());
        }
    }
}
