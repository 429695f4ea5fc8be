//! Simulated KNXnet/IP gateways: a secure-capable Core v2 router/interface that answers the
//! extended search with DIBs 06/07/08, and a legacy Core v1 interface that knows only the plain
//! search and, like knxd, reports a different serial number in its description answer.

use std::net::{Ipv4Addr, SocketAddrV4};

use crate::job::scope::KNX_MULTICAST;
use crate::wire::knxip::description::Description;
use crate::wire::knxip::dib::{
    DeviceInfo, Dib, ExtendedDeviceInfo, FamilyVersion, KnxMedium, ServiceFamilies, TunnellingInfo,
    code,
};
use crate::wire::knxip::search::SearchResponse;
use crate::wire::knxip::{
    Body, Hpai, IndividualAddress, KnxFrame, ServiceFamily, TunnellingSlot, decode,
};

#[derive(Debug, Clone, PartialEq)]
pub struct SimGateway {
    pub ip: Ipv4Addr,
    pub name: String,
    pub individual_address: IndividualAddress,
    pub mac: [u8; 6],
    pub serial: [u8; 6],
    /// Serial given in the description answer when it differs from the search answer.
    pub description_serial: Option<[u8; 6]>,
    /// (family, version) of DIB 0x02.
    pub families: Vec<(ServiceFamily, u8)>,
    /// Core v2: answers SEARCH_REQUEST_EXTENDED and can give DIBs 06/07/08.
    pub core_v2: bool,
    /// DIB 0x06 content (families that require security); `None` = not secure-capable.
    pub secured: Option<Vec<ServiceFamily>>,
    pub slots: Vec<TunnellingSlot>,
    pub device_descriptor: u16,
    /// Old firmware that takes the NAT address 0.0.0.0:0 literally and so never answers a
    /// request carrying it (instead of answering the packet's source).
    pub ignores_nat: bool,
}

impl SimGateway {
    /// A KNX IP Secure router: Core v2, tunnelling v2 secured, routing left open.
    pub fn secure_router(ip: Ipv4Addr) -> Self {
        Self {
            ip,
            name: "KNX IP Secure Router".into(),
            individual_address: IndividualAddress::new(1, 1, 0),
            mac: [0x00, 0x24, 0x6d, 0x01, 0x02, 0x03],
            serial: [0x00, 0xc5, 0x01, 0x02, 0x03, 0x04],
            description_serial: None,
            families: vec![
                (ServiceFamily::CORE, 2),
                (ServiceFamily::DEVICE_MANAGEMENT, 2),
                (ServiceFamily::TUNNELLING, 2),
                (ServiceFamily::ROUTING, 2),
                (ServiceFamily::SECURITY, 1),
            ],
            core_v2: true,
            secured: Some(vec![
                ServiceFamily::TUNNELLING,
                ServiceFamily::DEVICE_MANAGEMENT,
            ]),
            slots: vec![
                TunnellingSlot {
                    address: IndividualAddress::new(1, 1, 240),
                    status: TunnellingSlot::FREE | TunnellingSlot::USABLE,
                },
                TunnellingSlot {
                    address: IndividualAddress::new(1, 1, 241),
                    status: TunnellingSlot::USABLE,
                },
                TunnellingSlot {
                    address: IndividualAddress::new(1, 1, 242),
                    status: TunnellingSlot::FREE | TunnellingSlot::USABLE,
                },
                TunnellingSlot {
                    address: IndividualAddress::new(1, 1, 243),
                    status: TunnellingSlot::FREE | TunnellingSlot::USABLE,
                },
            ],
            device_descriptor: 0x091a,
            ignores_nat: false,
        }
    }

    /// A Core v1 IP interface (tunnelling v1 only), knxd-like serial disagreement.
    pub fn legacy_interface(ip: Ipv4Addr) -> Self {
        Self {
            ip,
            name: "KNX IP Interface (legacy)".into(),
            individual_address: IndividualAddress::new(1, 0, 250),
            mac: [0x00, 0x0e, 0x8c, 0x0a, 0x0b, 0x0c],
            serial: [0x00, 0x01, 0x11, 0x22, 0x33, 0x44],
            description_serial: Some([0x00, 0x01, 0x11, 0x22, 0x33, 0x45]),
            families: vec![
                (ServiceFamily::CORE, 1),
                (ServiceFamily::DEVICE_MANAGEMENT, 1),
                (ServiceFamily::TUNNELLING, 1),
            ],
            core_v2: false,
            secured: None,
            slots: Vec::new(),
            device_descriptor: 0x0705,
            ignores_nat: false,
        }
    }

    /// This gateway, but deaf to requests that carry the NAT address 0.0.0.0:0.
    pub fn ignoring_nat(mut self) -> Self {
        self.ignores_nat = true;
        self
    }

    fn device_info(&self, serial: [u8; 6]) -> Dib {
        Dib::DeviceInfo(DeviceInfo {
            medium: KnxMedium::TP1,
            status: 0,
            individual_address: self.individual_address,
            project_installation_id: 0x0011,
            serial,
            multicast_address: KNX_MULTICAST,
            mac: self.mac,
            name: DeviceInfo::encode_name(&self.name),
            extra: Vec::new(),
        })
    }

    fn dib(&self, c: u8, serial: [u8; 6]) -> Option<Dib> {
        Some(match c {
            code::DEVICE_INFO => self.device_info(serial),
            code::SUPPORTED_SERVICE_FAMILIES => Dib::SupportedServiceFamilies(ServiceFamilies {
                families: self
                    .families
                    .iter()
                    .map(|&(family, version)| FamilyVersion { family, version })
                    .collect(),
                extra: Vec::new(),
            }),
            code::SECURED_SERVICE_FAMILIES if self.core_v2 => {
                Dib::SecuredServiceFamilies(ServiceFamilies {
                    families: self
                        .secured
                        .as_ref()?
                        .iter()
                        .map(|&family| FamilyVersion { family, version: 1 })
                        .collect(),
                    extra: Vec::new(),
                })
            }
            code::TUNNELLING_INFO if self.core_v2 && !self.slots.is_empty() => {
                Dib::TunnellingInfo(TunnellingInfo {
                    max_apdu_length: 254,
                    slots: self.slots.clone(),
                    extra: Vec::new(),
                })
            }
            code::EXTENDED_DEVICE_INFO if self.core_v2 => {
                Dib::ExtendedDeviceInfo(ExtendedDeviceInfo {
                    medium_status: 0,
                    reserved: 0,
                    max_local_apdu_length: 254,
                    device_descriptor: self.device_descriptor,
                    extra: Vec::new(),
                })
            }
            _ => return None,
        })
    }

    fn description(&self, codes: &[u8], serial: [u8; 6]) -> Description {
        Description {
            dibs: codes.iter().filter_map(|&c| self.dib(c, serial)).collect(),
        }
    }

    /// Answer one datagram from `src` on control endpoint port `port`.
    pub fn handle(
        &self,
        data: &[u8],
        src: SocketAddrV4,
        port: u16,
    ) -> Option<(SocketAddrV4, Vec<u8>)> {
        let frame = decode(data).ok()?;
        let route_back = match &frame.body {
            Body::SearchRequest(s) => s.discovery_endpoint.is_route_back(),
            Body::SearchRequestExtended(s) => s.discovery_endpoint.is_route_back(),
            Body::DescriptionRequest(d) => d.control_endpoint.is_route_back(),
            _ => false,
        };
        if route_back && self.ignores_nat {
            return None;
        }
        let control = Hpai::udp(self.ip, port);
        let reply_to = |h: &Hpai| {
            if h.is_route_back() {
                src
            } else {
                h.socket_addr()
            }
        };
        let (dest, body) = match &frame.body {
            Body::SearchRequest(s) => (
                reply_to(&s.discovery_endpoint),
                Body::SearchResponse(SearchResponse {
                    control_endpoint: control,
                    description: self.description(
                        &[code::DEVICE_INFO, code::SUPPORTED_SERVICE_FAMILIES],
                        self.serial,
                    ),
                }),
            ),
            Body::SearchRequestExtended(s) if self.core_v2 => {
                let mut codes = vec![code::DEVICE_INFO, code::SUPPORTED_SERVICE_FAMILIES];
                for srp in &s.parameters {
                    for c in srp.requested_dibs() {
                        if !codes.contains(&c) {
                            codes.push(c);
                        }
                    }
                }
                (
                    reply_to(&s.discovery_endpoint),
                    Body::SearchResponseExtended(SearchResponse {
                        control_endpoint: control,
                        description: self.description(&codes, self.serial),
                    }),
                )
            }
            Body::DescriptionRequest(d) => {
                let codes: &[u8] = if self.core_v2 {
                    &[
                        code::DEVICE_INFO,
                        code::SUPPORTED_SERVICE_FAMILIES,
                        code::SECURED_SERVICE_FAMILIES,
                        code::TUNNELLING_INFO,
                        code::EXTENDED_DEVICE_INFO,
                    ]
                } else {
                    &[code::DEVICE_INFO, code::SUPPORTED_SERVICE_FAMILIES]
                };
                (
                    reply_to(&d.control_endpoint),
                    Body::DescriptionResponse(
                        self.description(codes, self.description_serial.unwrap_or(self.serial)),
                    ),
                )
            }
            _ => return None,
        };
        Some((dest, KnxFrame::new(body).to_bytes()))
    }
}
