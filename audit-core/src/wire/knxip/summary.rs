//! What a SEARCH_RESPONSE(_EXTENDED) or DESCRIPTION_RESPONSE says about a gateway, in one
//! flat value (discovery and capture analysis build their gateway rows from it).

use std::net::{Ipv4Addr, SocketAddrV4};

use super::description::Description;
use super::dib::{FamilyVersion, ServiceFamily, TunnellingSlot};
use super::hpai::Hpai;

/// What a SEARCH_RESPONSE(_EXTENDED) or DESCRIPTION_RESPONSE says about a gateway.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GatewaySummary {
    /// Control endpoint from the HPAI (search responses); None for description responses.
    pub control_endpoint: Option<SocketAddrV4>,
    pub name: String,
    /// Individual address as "area.line.device".
    pub individual_address: String,
    pub mac: String,
    pub serial: String,
    /// Service families with versions (DIB 0x02), in the order listed.
    pub service_families: Vec<FamilyVersion>,
    /// Service families listed in DIB 0x06 (secured service families).
    pub secure_families: Vec<ServiceFamily>,
    /// Answer to SEARCH_REQUEST_EXTENDED (a Core v2 device).
    pub extended: bool,
    /// The control endpoint HPAI is TCP (connect over TCP to the responding address).
    pub control_endpoint_tcp: bool,
    /// `tp1`, `pl110`, `rf`, `ip`, ... (empty without DIB 0x01).
    pub knx_medium: String,
    pub programming_mode: bool,
    pub project_installation_id: Option<u16>,
    /// Routing multicast address (224.0.23.12 by default).
    pub multicast_address: Option<Ipv4Addr>,
    /// Version of the core family: 2 means Core v2.
    pub core_version: Option<u8>,
    /// The security family is listed in DIB 0x02 (KNX IP Secure implemented).
    pub secure_supported: bool,
    /// DIB 0x06 was present (so an empty `secure_families` means "required for nothing").
    pub secure_families_known: bool,
    /// Tunnelling slots of DIB 0x07.
    pub tunnelling_slots: Vec<TunnellingSlot>,
    pub max_apdu_length: Option<u16>,
    /// Device descriptor type 0 (mask version) from DIB 0x08.
    pub mask_version: Option<u16>,
    /// DIB 0x08 medium status: false when communication on the KNX medium is impossible.
    pub medium_ok: Option<bool>,
    /// KNX manufacturer id from DIB 0xFE.
    pub manufacturer_id: Option<u16>,
}

pub(crate) fn summarise(
    description: &Description,
    control_endpoint: Option<&Hpai>,
    extended: bool,
) -> GatewaySummary {
    let mut s = GatewaySummary {
        control_endpoint: control_endpoint.map(Hpai::socket_addr),
        control_endpoint_tcp: control_endpoint.is_some_and(Hpai::is_tcp),
        extended,
        core_version: description.core_version(),
        secure_supported: description.secure_supported(),
        manufacturer_id: description.manufacturer_id(),
        ..GatewaySummary::default()
    };
    if let Some(d) = description.device_info() {
        s.name = d.friendly_name();
        s.individual_address = d.individual_address.to_string();
        s.mac = d.mac_string();
        s.serial = d.serial_string();
        s.knx_medium = d.medium.name().to_owned();
        s.programming_mode = d.programming_mode();
        s.project_installation_id = Some(d.project_installation_id);
        s.multicast_address = Some(d.multicast_address);
    }
    if let Some(f) = description.supported_service_families() {
        s.service_families = f.families.clone();
    }
    if let Some(f) = description.secured_service_families() {
        s.secure_families = f.families.iter().map(|fv| fv.family).collect();
        s.secure_families_known = true;
    }
    if let Some(t) = description.tunnelling_info() {
        s.tunnelling_slots = t.slots.clone();
        s.max_apdu_length = Some(t.max_apdu_length);
    }
    if let Some(x) = description.extended_device_info() {
        s.mask_version = Some(x.device_descriptor);
        s.medium_ok = Some(x.communication_possible());
        s.max_apdu_length = s.max_apdu_length.or(Some(x.max_local_apdu_length));
    }
    s
}
