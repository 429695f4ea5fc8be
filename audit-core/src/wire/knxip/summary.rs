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

/// What is wrong with a SEARCH_RESPONSE(_EXTENDED) or DESCRIPTION_RESPONSE, in wire-error
/// style reasons (`("knxip", what)`), and whether it still says enough to list a gateway.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ResponseCheck {
    pub problems: Vec<(&'static str, &'static str)>,
    /// A well-formed device information DIB and supported families DIB: a gateway can be
    /// listed from it (flagged when `problems` is not empty). Otherwise it is only counted.
    pub usable: bool,
}

/// Reasons [`check_response`] gives.
pub mod reason {
    pub const HEADER_LENGTH: &str = "header length is not 6";
    pub const VERSION: &str = "protocol version is not 1.0";
    pub const TOTAL_LENGTH: &str = "total length disagrees with datagram";
    pub const DIB_LENGTH: &str = "DIB length unusable (0, 1, or past the end)";
    pub const DIB_SHORT: &str = "DIB too short for its type";
    pub const DIB_EXTRA: &str = "DIB longer than its layout";
    pub const NO_DEVICE_INFO: &str = "no usable device information DIB";
    pub const NO_FAMILIES: &str = "no usable service families DIB";
}

/// Check a gateway response (`None` for any other service). Pure; used alike by discovery
/// and capture analysis, so a malformed answer is counted the same way in both.
pub fn check_response(frame: &super::KnxFrame) -> Option<ResponseCheck> {
    use super::Body;
    use super::dib::Dib;
    let description = match &frame.body {
        Body::SearchResponse(s) | Body::SearchResponseExtended(s) => &s.description,
        Body::DescriptionResponse(d) => d,
        _ => return None,
    };
    let flags = frame.flags();
    let mut problems = Vec::new();
    let mut add = |what: &'static str| {
        if !problems.contains(&("knxip", what)) {
            problems.push(("knxip", what));
        }
    };
    if flags.header_length_unexpected {
        add(reason::HEADER_LENGTH);
    }
    if flags.version_unexpected {
        add(reason::VERSION);
    }
    if flags.total_length_mismatch {
        add(reason::TOTAL_LENGTH);
    }
    if flags.trailing_bytes {
        add(reason::DIB_LENGTH);
    }
    for d in &description.dibs {
        match d {
            Dib::Malformed { .. } => add(reason::DIB_SHORT),
            d if d.is_irregular() => add(reason::DIB_EXTRA),
            _ => {}
        }
    }
    let has_info = description.device_info().is_some();
    let has_families = description.supported_service_families().is_some();
    if !has_info {
        add(reason::NO_DEVICE_INFO);
    }
    if !has_families {
        add(reason::NO_FAMILIES);
    }
    Some(ResponseCheck {
        problems,
        usable: has_info && has_families,
    })
}
