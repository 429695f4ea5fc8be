//! Description Information Blocks (03_08_02 §7.5.4, Core v2 for 0x06–0x08): what a gateway
//! says about itself in search and description responses.
//!
//! Every DIB is `<length> <type> <body>`. Known types are decoded; bytes a layout does not
//! account for are kept in `extra` (so a decode re-emits identical bytes); a known type whose
//! body is too short for its layout becomes [`Dib::Malformed`]; unknown types stay raw.

use std::net::Ipv4Addr;

use super::address::{IndividualAddress, format_mac, format_serial};
use super::structure::emit_struct;
use crate::wire::Reader;
use crate::wire::writer::{put_u8, put_u16};

/// DIB type codes.
pub mod code {
    pub const DEVICE_INFO: u8 = 0x01;
    pub const SUPPORTED_SERVICE_FAMILIES: u8 = 0x02;
    pub const IP_CONFIG: u8 = 0x03;
    pub const CURRENT_IP_CONFIG: u8 = 0x04;
    pub const KNX_ADDRESSES: u8 = 0x05;
    pub const SECURED_SERVICE_FAMILIES: u8 = 0x06;
    pub const TUNNELLING_INFO: u8 = 0x07;
    pub const EXTENDED_DEVICE_INFO: u8 = 0x08;
    pub const MANUFACTURER_DATA: u8 = 0xFE;
}

/// Kebab-case name of a DIB type code.
pub const fn dib_name(code: u8) -> &'static str {
    match code {
        code::DEVICE_INFO => "device-info",
        code::SUPPORTED_SERVICE_FAMILIES => "supported-service-families",
        code::IP_CONFIG => "ip-config",
        code::CURRENT_IP_CONFIG => "current-ip-config",
        code::KNX_ADDRESSES => "knx-addresses",
        code::SECURED_SERVICE_FAMILIES => "secured-service-families",
        code::TUNNELLING_INFO => "tunnelling-info",
        code::EXTENDED_DEVICE_INFO => "extended-device-info",
        code::MANUFACTURER_DATA => "manufacturer-data",
        _ => "unknown-dib",
    }
}

/// Service family identifier (the high byte of service types, and the family code in DIBs
/// 0x02/0x06 and in the select-by-service SRP).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ServiceFamily(pub u8);

impl ServiceFamily {
    pub const CORE: Self = Self(0x02);
    pub const DEVICE_MANAGEMENT: Self = Self(0x03);
    pub const TUNNELLING: Self = Self(0x04);
    pub const ROUTING: Self = Self(0x05);
    pub const REMOTE_LOGGING: Self = Self(0x06);
    pub const REMOTE_CONFIGURATION: Self = Self(0x07);
    pub const OBJECT_SERVER: Self = Self(0x08);
    pub const SECURITY: Self = Self(0x09);

    pub const fn name(self) -> &'static str {
        match self.0 {
            0x02 => "core",
            0x03 => "device-management",
            0x04 => "tunnelling",
            0x05 => "routing",
            0x06 => "remote-logging",
            0x07 => "remote-configuration",
            0x08 => "object-server",
            0x09 => "security",
            _ => "unknown-family",
        }
    }
}

/// KNX medium code of the device info DIB (a single bit is set).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KnxMedium(pub u8);

impl KnxMedium {
    pub const TP0: Self = Self(0x01);
    pub const TP1: Self = Self(0x02);
    pub const PL110: Self = Self(0x04);
    pub const PL132: Self = Self(0x08);
    pub const RF: Self = Self(0x10);
    pub const IP: Self = Self(0x20);

    pub const fn name(self) -> &'static str {
        match self.0 {
            0x01 => "tp0",
            0x02 => "tp1",
            0x04 => "pl110",
            0x08 => "pl132",
            0x10 => "rf",
            0x20 => "ip",
            _ => "unknown-medium",
        }
    }
}

/// Length of the friendly name field of DIB 0x01.
pub const FRIENDLY_NAME_LEN: usize = 30;

/// DIB 0x01 (54 bytes on the wire).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceInfo {
    pub medium: KnxMedium,
    /// Device status; bit 0 is programming mode.
    pub status: u8,
    pub individual_address: IndividualAddress,
    /// Project number (12 bits) and installation number (4 bits) as set by ETS.
    pub project_installation_id: u16,
    pub serial: [u8; 6],
    pub multicast_address: Ipv4Addr,
    pub mac: [u8; 6],
    /// The raw 30-byte name field (ISO 8859-1, NUL-padded); see [`DeviceInfo::friendly_name`].
    pub name: [u8; FRIENDLY_NAME_LEN],
    pub extra: Vec<u8>,
}

impl DeviceInfo {
    const BODY_LEN: usize = 52;

    pub fn programming_mode(&self) -> bool {
        self.status & 0x01 != 0
    }
    pub fn project_number(&self) -> u16 {
        self.project_installation_id >> 4
    }
    pub fn installation_number(&self) -> u8 {
        (self.project_installation_id & 0x0F) as u8
    }
    pub fn mac_string(&self) -> String {
        format_mac(&self.mac)
    }
    pub fn serial_string(&self) -> String {
        format_serial(&self.serial)
    }

    /// The name up to the first NUL. The standard says ISO 8859-1; some devices send UTF-8,
    /// so valid UTF-8 is taken as such and anything else is read as Latin-1 (never fails).
    pub fn friendly_name(&self) -> String {
        let end = self
            .name
            .iter()
            .position(|&b| b == 0)
            .unwrap_or(self.name.len());
        let bytes = self.name.get(..end).unwrap_or(&[]);
        match std::str::from_utf8(bytes) {
            Ok(s) => s.to_owned(),
            Err(_) => bytes.iter().map(|&b| char::from(b)).collect(),
        }
    }

    /// Encode a name into the 30-byte field: Latin-1 when every character fits, otherwise
    /// UTF-8 cut at a character boundary; NUL-padded.
    pub fn encode_name(name: &str) -> [u8; FRIENDLY_NAME_LEN] {
        let mut out = [0u8; FRIENDLY_NAME_LEN];
        if name.chars().all(|c| u32::from(c) <= 0xFF) {
            for (slot, c) in out.iter_mut().zip(name.chars()) {
                *slot = u8::try_from(u32::from(c)).unwrap_or(b'?');
            }
        } else {
            let mut end = name.len().min(FRIENDLY_NAME_LEN);
            while !name.is_char_boundary(end) {
                end = end.saturating_sub(1);
            }
            for (slot, b) in out.iter_mut().zip(name.as_bytes().iter().take(end)) {
                *slot = *b;
            }
        }
        out
    }

    fn parse(r: &mut Reader<'_>) -> Option<Self> {
        if r.remaining() < Self::BODY_LEN {
            return None;
        }
        Some(Self {
            medium: KnxMedium(r.u8().ok()?),
            status: r.u8().ok()?,
            individual_address: IndividualAddress(r.u16().ok()?),
            project_installation_id: r.u16().ok()?,
            serial: r.array().ok()?,
            multicast_address: Ipv4Addr::from(r.array::<4>().ok()?),
            mac: r.array().ok()?,
            name: r.array().ok()?,
            extra: r.rest().to_vec(),
        })
    }

    fn emit(&self, out: &mut Vec<u8>) {
        put_u8(out, self.medium.0);
        put_u8(out, self.status);
        put_u16(out, self.individual_address.0);
        put_u16(out, self.project_installation_id);
        out.extend_from_slice(&self.serial);
        out.extend_from_slice(&self.multicast_address.octets());
        out.extend_from_slice(&self.mac);
        out.extend_from_slice(&self.name);
        out.extend_from_slice(&self.extra);
    }
}

/// One (family, version) pair. In DIB 0x06 the second byte is the security version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FamilyVersion {
    pub family: ServiceFamily,
    pub version: u8,
}

/// DIB 0x02 (supported service families) or 0x06 (secured service families).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ServiceFamilies {
    pub families: Vec<FamilyVersion>,
    /// An odd byte at the end (a malformed DIB).
    pub extra: Vec<u8>,
}

impl ServiceFamilies {
    /// Highest version listed for a family (devices list a family once per version).
    pub fn version_of(&self, family: ServiceFamily) -> Option<u8> {
        self.families
            .iter()
            .filter(|f| f.family == family)
            .map(|f| f.version)
            .max()
    }
    pub fn contains(&self, family: ServiceFamily) -> bool {
        self.families.iter().any(|f| f.family == family)
    }

    fn parse(r: &mut Reader<'_>) -> Self {
        let mut families = Vec::with_capacity(r.remaining() / 2);
        while r.remaining() >= 2 {
            if let (Ok(f), Ok(v)) = (r.u8(), r.u8()) {
                families.push(FamilyVersion {
                    family: ServiceFamily(f),
                    version: v,
                });
            }
        }
        Self {
            families,
            extra: r.rest().to_vec(),
        }
    }

    fn emit(&self, out: &mut Vec<u8>) {
        for f in &self.families {
            put_u8(out, f.family.0);
            put_u8(out, f.version);
        }
        out.extend_from_slice(&self.extra);
    }
}

/// IP capability and assignment-method bits (DIB 0x03/0x04).
pub mod ip_bits {
    /// Capabilities (DIB 0x03).
    pub const CAP_BOOTP: u8 = 0x01;
    pub const CAP_DHCP: u8 = 0x02;
    pub const CAP_AUTO_IP: u8 = 0x04;
    /// Assignment methods (DIB 0x03 enabled, DIB 0x04 current).
    pub const ASSIGN_MANUAL: u8 = 0x01;
    pub const ASSIGN_BOOTP: u8 = 0x02;
    pub const ASSIGN_DHCP: u8 = 0x04;
    pub const ASSIGN_AUTO_IP: u8 = 0x08;
}

/// DIB 0x03: configured IP settings (16 bytes on the wire).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IpConfig {
    pub address: Ipv4Addr,
    pub subnet_mask: Ipv4Addr,
    pub default_gateway: Ipv4Addr,
    pub capabilities: u8,
    pub assignment_method: u8,
    pub extra: Vec<u8>,
}

impl IpConfig {
    fn parse(r: &mut Reader<'_>) -> Option<Self> {
        if r.remaining() < 14 {
            return None;
        }
        Some(Self {
            address: Ipv4Addr::from(r.array::<4>().ok()?),
            subnet_mask: Ipv4Addr::from(r.array::<4>().ok()?),
            default_gateway: Ipv4Addr::from(r.array::<4>().ok()?),
            capabilities: r.u8().ok()?,
            assignment_method: r.u8().ok()?,
            extra: r.rest().to_vec(),
        })
    }
    fn emit(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.address.octets());
        out.extend_from_slice(&self.subnet_mask.octets());
        out.extend_from_slice(&self.default_gateway.octets());
        put_u8(out, self.capabilities);
        put_u8(out, self.assignment_method);
        out.extend_from_slice(&self.extra);
    }
}

/// DIB 0x04: IP settings in use (20 bytes on the wire).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CurrentIpConfig {
    pub address: Ipv4Addr,
    pub subnet_mask: Ipv4Addr,
    pub default_gateway: Ipv4Addr,
    pub dhcp_server: Ipv4Addr,
    pub assignment_method: u8,
    pub reserved: u8,
    pub extra: Vec<u8>,
}

impl CurrentIpConfig {
    fn parse(r: &mut Reader<'_>) -> Option<Self> {
        if r.remaining() < 18 {
            return None;
        }
        Some(Self {
            address: Ipv4Addr::from(r.array::<4>().ok()?),
            subnet_mask: Ipv4Addr::from(r.array::<4>().ok()?),
            default_gateway: Ipv4Addr::from(r.array::<4>().ok()?),
            dhcp_server: Ipv4Addr::from(r.array::<4>().ok()?),
            assignment_method: r.u8().ok()?,
            reserved: r.u8().ok()?,
            extra: r.rest().to_vec(),
        })
    }
    fn emit(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.address.octets());
        out.extend_from_slice(&self.subnet_mask.octets());
        out.extend_from_slice(&self.default_gateway.octets());
        out.extend_from_slice(&self.dhcp_server.octets());
        put_u8(out, self.assignment_method);
        put_u8(out, self.reserved);
        out.extend_from_slice(&self.extra);
    }
}

/// DIB 0x05: the device's individual address first, then additional ones (tunnelling).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnxAddresses {
    pub addresses: Vec<IndividualAddress>,
    pub extra: Vec<u8>,
}

impl KnxAddresses {
    fn parse(r: &mut Reader<'_>) -> Option<Self> {
        if r.remaining() < 2 {
            return None;
        }
        let mut addresses = Vec::with_capacity(r.remaining() / 2);
        while r.remaining() >= 2 {
            addresses.push(IndividualAddress(r.u16().ok()?));
        }
        Some(Self {
            addresses,
            extra: r.rest().to_vec(),
        })
    }
    fn emit(&self, out: &mut Vec<u8>) {
        for a in &self.addresses {
            put_u16(out, a.0);
        }
        out.extend_from_slice(&self.extra);
    }
}

/// One tunnelling slot of DIB 0x07.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TunnellingSlot {
    pub address: IndividualAddress,
    /// Slot status (2 bytes): bit 0 free, bit 1 authorised, bit 2 usable; others reserved.
    pub status: u16,
}

impl TunnellingSlot {
    pub const FREE: u16 = 0x0001;
    pub const AUTHORISED: u16 = 0x0002;
    pub const USABLE: u16 = 0x0004;

    pub fn free(&self) -> bool {
        self.status & Self::FREE != 0
    }
    /// The client that asked may use this slot (its credentials allow it).
    pub fn authorised(&self) -> bool {
        self.status & Self::AUTHORISED != 0
    }
    pub fn usable(&self) -> bool {
        self.status & Self::USABLE != 0
    }
    pub fn reserved_bits_set(&self) -> bool {
        self.status & !0x0007 != 0
    }
}

/// DIB 0x07 (Core v2): maximum APDU length and one entry per tunnelling slot.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TunnellingInfo {
    pub max_apdu_length: u16,
    pub slots: Vec<TunnellingSlot>,
    pub extra: Vec<u8>,
}

impl TunnellingInfo {
    pub fn free_slots(&self) -> usize {
        self.slots.iter().filter(|s| s.free()).count()
    }
    pub fn used_slots(&self) -> usize {
        self.slots.len().saturating_sub(self.free_slots())
    }

    fn parse(r: &mut Reader<'_>) -> Option<Self> {
        let max_apdu_length = r.u16().ok()?;
        let mut slots = Vec::with_capacity(r.remaining() / 4);
        while r.remaining() >= 4 {
            slots.push(TunnellingSlot {
                address: IndividualAddress(r.u16().ok()?),
                status: r.u16().ok()?,
            });
        }
        Some(Self {
            max_apdu_length,
            slots,
            extra: r.rest().to_vec(),
        })
    }
    fn emit(&self, out: &mut Vec<u8>) {
        put_u16(out, self.max_apdu_length);
        for s in &self.slots {
            put_u16(out, s.address.0);
            put_u16(out, s.status);
        }
        out.extend_from_slice(&self.extra);
    }
}

/// DIB 0x08 (Core v2, 8 bytes on the wire).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExtendedDeviceInfo {
    /// Bit 0 set: communication on the KNX medium is impossible.
    pub medium_status: u8,
    pub reserved: u8,
    pub max_local_apdu_length: u16,
    /// Device descriptor type 0 (mask version), e.g. 0x091A for an IP router.
    pub device_descriptor: u16,
    pub extra: Vec<u8>,
}

impl ExtendedDeviceInfo {
    pub fn communication_possible(&self) -> bool {
        self.medium_status & 0x01 == 0
    }
    fn parse(r: &mut Reader<'_>) -> Option<Self> {
        if r.remaining() < 6 {
            return None;
        }
        Some(Self {
            medium_status: r.u8().ok()?,
            reserved: r.u8().ok()?,
            max_local_apdu_length: r.u16().ok()?,
            device_descriptor: r.u16().ok()?,
            extra: r.rest().to_vec(),
        })
    }
    fn emit(&self, out: &mut Vec<u8>) {
        put_u8(out, self.medium_status);
        put_u8(out, self.reserved);
        put_u16(out, self.max_local_apdu_length);
        put_u16(out, self.device_descriptor);
        out.extend_from_slice(&self.extra);
    }
}

/// DIB 0xFE: KNX manufacturer id, then manufacturer-specific bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ManufacturerData {
    pub manufacturer_id: u16,
    pub data: Vec<u8>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dib {
    DeviceInfo(DeviceInfo),
    SupportedServiceFamilies(ServiceFamilies),
    IpConfig(IpConfig),
    CurrentIpConfig(CurrentIpConfig),
    KnxAddresses(KnxAddresses),
    SecuredServiceFamilies(ServiceFamilies),
    TunnellingInfo(TunnellingInfo),
    ExtendedDeviceInfo(ExtendedDeviceInfo),
    ManufacturerData(ManufacturerData),
    /// A type code this decoder does not know.
    Unknown {
        code: u8,
        data: Vec<u8>,
    },
    /// A known type code whose body is too short for its layout.
    Malformed {
        code: u8,
        data: Vec<u8>,
    },
}

impl Dib {
    pub fn code(&self) -> u8 {
        match self {
            Dib::DeviceInfo(_) => code::DEVICE_INFO,
            Dib::SupportedServiceFamilies(_) => code::SUPPORTED_SERVICE_FAMILIES,
            Dib::IpConfig(_) => code::IP_CONFIG,
            Dib::CurrentIpConfig(_) => code::CURRENT_IP_CONFIG,
            Dib::KnxAddresses(_) => code::KNX_ADDRESSES,
            Dib::SecuredServiceFamilies(_) => code::SECURED_SERVICE_FAMILIES,
            Dib::TunnellingInfo(_) => code::TUNNELLING_INFO,
            Dib::ExtendedDeviceInfo(_) => code::EXTENDED_DEVICE_INFO,
            Dib::ManufacturerData(_) => code::MANUFACTURER_DATA,
            Dib::Unknown { code, .. } | Dib::Malformed { code, .. } => *code,
        }
    }

    pub fn name(&self) -> &'static str {
        dib_name(self.code())
    }

    /// Bytes inside the DIB that its layout does not account for, or a malformed body.
    pub fn is_irregular(&self) -> bool {
        match self {
            Dib::DeviceInfo(d) => !d.extra.is_empty(),
            Dib::SupportedServiceFamilies(f) | Dib::SecuredServiceFamilies(f) => {
                !f.extra.is_empty()
            }
            Dib::IpConfig(d) => !d.extra.is_empty(),
            Dib::CurrentIpConfig(d) => !d.extra.is_empty(),
            Dib::KnxAddresses(d) => !d.extra.is_empty(),
            Dib::TunnellingInfo(d) => !d.extra.is_empty(),
            Dib::ExtendedDeviceInfo(d) => !d.extra.is_empty(),
            Dib::ManufacturerData(_) | Dib::Unknown { .. } => false,
            Dib::Malformed { .. } => true,
        }
    }

    /// Decode one DIB body (the bytes after the length and type bytes).
    fn parse_body(code: u8, body: &[u8]) -> Self {
        let mut r = Reader::new(body, "knxip");
        let parsed = match code {
            code::DEVICE_INFO => DeviceInfo::parse(&mut r).map(Dib::DeviceInfo),
            code::SUPPORTED_SERVICE_FAMILIES => Some(Dib::SupportedServiceFamilies(
                ServiceFamilies::parse(&mut r),
            )),
            code::IP_CONFIG => IpConfig::parse(&mut r).map(Dib::IpConfig),
            code::CURRENT_IP_CONFIG => CurrentIpConfig::parse(&mut r).map(Dib::CurrentIpConfig),
            code::KNX_ADDRESSES => KnxAddresses::parse(&mut r).map(Dib::KnxAddresses),
            code::SECURED_SERVICE_FAMILIES => {
                Some(Dib::SecuredServiceFamilies(ServiceFamilies::parse(&mut r)))
            }
            code::TUNNELLING_INFO => TunnellingInfo::parse(&mut r).map(Dib::TunnellingInfo),
            code::EXTENDED_DEVICE_INFO => {
                ExtendedDeviceInfo::parse(&mut r).map(Dib::ExtendedDeviceInfo)
            }
            code::MANUFACTURER_DATA => r.u16().ok().map(|manufacturer_id| {
                Dib::ManufacturerData(ManufacturerData {
                    manufacturer_id,
                    data: r.rest().to_vec(),
                })
            }),
            _ => {
                return Dib::Unknown {
                    code,
                    data: body.to_vec(),
                };
            }
        };
        parsed.unwrap_or_else(|| Dib::Malformed {
            code,
            data: body.to_vec(),
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        emit_struct(out, |out| {
            put_u8(out, self.code());
            match self {
                Dib::DeviceInfo(d) => d.emit(out),
                Dib::SupportedServiceFamilies(f) | Dib::SecuredServiceFamilies(f) => f.emit(out),
                Dib::IpConfig(d) => d.emit(out),
                Dib::CurrentIpConfig(d) => d.emit(out),
                Dib::KnxAddresses(d) => d.emit(out),
                Dib::TunnellingInfo(d) => d.emit(out),
                Dib::ExtendedDeviceInfo(d) => d.emit(out),
                Dib::ManufacturerData(m) => {
                    put_u16(out, m.manufacturer_id);
                    out.extend_from_slice(&m.data);
                }
                Dib::Unknown { data, .. } | Dib::Malformed { data, .. } => {
                    out.extend_from_slice(data)
                }
            }
        });
    }
}

/// Decode DIBs until the reader is empty or the next DIB's length is unusable (below 2 or past
/// the end); such a tail is left in the reader for the caller to keep as trailing bytes.
/// Every DIB consumes at least two bytes, so the loop and the vector are bounded by the input.
pub fn parse_dibs(r: &mut Reader<'_>) -> Vec<Dib> {
    let mut dibs = Vec::new();
    loop {
        let rest = r.peek_rest();
        let (Some(&len), Some(&code)) = (rest.first(), rest.get(1)) else {
            break;
        };
        let len = usize::from(len);
        if len < 2 || len > rest.len() {
            break;
        }
        let Ok(whole) = r.take(len) else { break };
        dibs.push(Dib::parse_body(code, whole.get(2..).unwrap_or(&[])));
    }
    dibs
}

pub fn emit_dibs(dibs: &[Dib], out: &mut Vec<u8>) {
    for d in dibs {
        d.emit(out);
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::collection::vec;
    use proptest::prelude::*;

    fn ip() -> impl Strategy<Value = Ipv4Addr> {
        any::<[u8; 4]>().prop_map(Ipv4Addr::from)
    }
    fn families() -> impl Strategy<Value = ServiceFamilies> {
        vec((any::<u8>(), any::<u8>()), 0..8).prop_map(|v| ServiceFamilies {
            families: v
                .into_iter()
                .map(|(f, version)| FamilyVersion {
                    family: ServiceFamily(f),
                    version,
                })
                .collect(),
            extra: Vec::new(),
        })
    }

    /// Well-formed DIBs of every kind (no `extra`, since in list DIBs extra bytes would be
    /// read back as list entries).
    pub(crate) fn arb_dib() -> impl Strategy<Value = Dib> {
        prop_oneof![
            (
                any::<u8>(),
                any::<u8>(),
                any::<u16>(),
                any::<u16>(),
                any::<[u8; 6]>(),
                ip(),
                any::<[u8; 6]>(),
                any::<[u8; 30]>(),
                vec(any::<u8>(), 0..4)
            )
                .prop_map(|(m, s, ia, pid, serial, mc, mac, name, extra)| {
                    Dib::DeviceInfo(DeviceInfo {
                        medium: KnxMedium(m),
                        status: s,
                        individual_address: IndividualAddress(ia),
                        project_installation_id: pid,
                        serial,
                        multicast_address: mc,
                        mac,
                        name,
                        extra,
                    })
                }),
            families().prop_map(Dib::SupportedServiceFamilies),
            families().prop_map(Dib::SecuredServiceFamilies),
            (ip(), ip(), ip(), any::<u8>(), any::<u8>()).prop_map(|(a, m, g, c, am)| {
                Dib::IpConfig(IpConfig {
                    address: a,
                    subnet_mask: m,
                    default_gateway: g,
                    capabilities: c,
                    assignment_method: am,
                    extra: Vec::new(),
                })
            }),
            (ip(), ip(), ip(), ip(), any::<u8>(), any::<u8>()).prop_map(|(a, m, g, d, am, r)| {
                Dib::CurrentIpConfig(CurrentIpConfig {
                    address: a,
                    subnet_mask: m,
                    default_gateway: g,
                    dhcp_server: d,
                    assignment_method: am,
                    reserved: r,
                    extra: Vec::new(),
                })
            }),
            vec(any::<u16>(), 1..10).prop_map(|v| Dib::KnxAddresses(KnxAddresses {
                addresses: v.into_iter().map(IndividualAddress).collect(),
                extra: Vec::new(),
            })),
            (any::<u16>(), vec((any::<u16>(), any::<u16>()), 0..8)).prop_map(|(m, v)| {
                Dib::TunnellingInfo(TunnellingInfo {
                    max_apdu_length: m,
                    slots: v
                        .into_iter()
                        .map(|(a, s)| TunnellingSlot {
                            address: IndividualAddress(a),
                            status: s,
                        })
                        .collect(),
                    extra: Vec::new(),
                })
            }),
            (
                any::<u8>(),
                any::<u8>(),
                any::<u16>(),
                any::<u16>(),
                vec(any::<u8>(), 0..3)
            )
                .prop_map(|(s, r, m, d, extra)| Dib::ExtendedDeviceInfo(
                    ExtendedDeviceInfo {
                        medium_status: s,
                        reserved: r,
                        max_local_apdu_length: m,
                        device_descriptor: d,
                        extra,
                    }
                )),
            (any::<u16>(), vec(any::<u8>(), 0..20)).prop_map(|(id, data)| {
                Dib::ManufacturerData(ManufacturerData {
                    manufacturer_id: id,
                    data,
                })
            }),
            (9u8..0xFE, vec(any::<u8>(), 0..20))
                .prop_map(|(code, data)| Dib::Unknown { code, data }),
        ]
    }

    fn dib_bytes(code: u8, body: &[u8]) -> Vec<u8> {
        let mut v = vec![(body.len() + 2) as u8, code];
        v.extend_from_slice(body);
        v
    }

    #[test]
    fn friendly_name_trims_and_tolerates_encodings() {
        let mut d = DeviceInfo {
            medium: KnxMedium::TP1,
            status: 1,
            individual_address: IndividualAddress(0x1100),
            project_installation_id: 0x0012,
            serial: [0, 1, 2, 3, 4, 5],
            multicast_address: Ipv4Addr::new(224, 0, 23, 12),
            mac: [0; 6],
            name: DeviceInfo::encode_name("Küche IP-Router"),
            extra: Vec::new(),
        };
        assert_eq!(d.name[1], 0xFC, "stored as Latin-1");
        assert_eq!(d.friendly_name(), "Küche IP-Router");
        d.name = DeviceInfo::encode_name("Gerät → ☃");
        assert_eq!(
            d.friendly_name(),
            "Gerät → ☃",
            "UTF-8 when Latin-1 cannot hold it"
        );
        d.name = [b'A'; 30];
        assert_eq!(d.friendly_name().len(), 30, "no NUL at all");
        d.name = DeviceInfo::encode_name(
            "x\u{2603}\u{2603}\u{2603}\u{2603}\u{2603}\u{2603}\u{2603}\u{2603}\u{2603}\u{2603}",
        );
        assert_eq!(
            d.friendly_name().chars().count(),
            10,
            "cut at a char boundary"
        );
        assert!(d.programming_mode());
        assert_eq!(d.project_number(), 1);
        assert_eq!(d.installation_number(), 2);
    }

    #[test]
    fn zero_and_overlong_lengths_stop_without_looping() {
        for bytes in [
            &[0x00, 0x01, 0x02][..],
            &[0x01, 0x01],
            &[0x40, 0x01, 0, 0],
            &[0x04, 0x02, 0x02, 0x01, 0x00],
        ] {
            let mut r = Reader::new(bytes, "knxip");
            let dibs = parse_dibs(&mut r);
            let consumed: usize = dibs
                .iter()
                .map(|d| {
                    let mut o = Vec::new();
                    d.emit(&mut o);
                    o.len()
                })
                .sum();
            assert_eq!(consumed + r.remaining(), bytes.len());
        }
    }

    #[test]
    fn short_known_dib_is_malformed_and_round_trips() {
        let bytes = dib_bytes(code::DEVICE_INFO, &[0x02, 0x00, 0x11]);
        let dibs = parse_dibs(&mut Reader::new(&bytes, "knxip"));
        assert!(matches!(dibs[0], Dib::Malformed { code: 1, .. }));
        assert!(dibs[0].is_irregular());
        let mut out = Vec::new();
        emit_dibs(&dibs, &mut out);
        assert_eq!(out, bytes);
    }

    #[test]
    fn odd_family_list_keeps_extra_byte() {
        let bytes = dib_bytes(code::SUPPORTED_SERVICE_FAMILIES, &[0x02, 0x02, 0x04]);
        let dibs = parse_dibs(&mut Reader::new(&bytes, "knxip"));
        let Dib::SupportedServiceFamilies(f) = &dibs[0] else {
            panic!()
        };
        assert_eq!(f.version_of(ServiceFamily::CORE), Some(2));
        assert_eq!(f.extra, [0x04]);
        let mut out = Vec::new();
        emit_dibs(&dibs, &mut out);
        assert_eq!(out, bytes);
    }

    #[test]
    fn tunnelling_slots_flags() {
        let bytes = dib_bytes(
            code::TUNNELLING_INFO,
            &[0x00, 0xFE, 0x11, 0x01, 0x00, 0x05, 0x11, 0x02, 0x00, 0x06],
        );
        let dibs = parse_dibs(&mut Reader::new(&bytes, "knxip"));
        let Dib::TunnellingInfo(t) = &dibs[0] else {
            panic!()
        };
        assert_eq!(t.max_apdu_length, 254);
        assert_eq!(t.slots[0].address.to_string(), "1.1.1");
        assert!(t.slots[0].free() && t.slots[0].usable() && !t.slots[0].authorised());
        assert!(!t.slots[1].free() && t.slots[1].authorised());
        assert_eq!((t.free_slots(), t.used_slots()), (1, 1));
    }

    proptest! {
        #[test]
        fn dib_round_trip(dibs in vec(arb_dib(), 0..6)) {
            let mut out = Vec::new();
            emit_dibs(&dibs, &mut out);
            let mut r = Reader::new(&out, "knxip");
            prop_assert_eq!(parse_dibs(&mut r), dibs);
            prop_assert!(r.is_empty());
        }

        #[test]
        fn any_bytes_parse_and_reemit(bytes in vec(any::<u8>(), 0..120)) {
            let mut r = Reader::new(&bytes, "knxip");
            let dibs = parse_dibs(&mut r);
            let mut out = Vec::new();
            emit_dibs(&dibs, &mut out);
            out.extend_from_slice(r.peek_rest());
            prop_assert_eq!(out, bytes);
        }
    }
}
