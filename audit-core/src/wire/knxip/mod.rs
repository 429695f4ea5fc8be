//! KNXnet/IP (KNX Standard 03_08_xx): header, HPAI, DIBs, core/tunnelling/routing/device
//! management services, cEMI, and KNX IP Secure frames (recognised, not decrypted).
//! TODO: being written (knx helper). Fixed interface used by the rest of the crate below.

use crate::wire::WireError;

#[derive(Debug, Clone, PartialEq)]
pub struct KnxFrame {
    pub raw_len: usize,
}

/// Decode one KNXnet/IP frame (UDP payload or one frame of a TCP stream).
pub fn decode(datagram: &[u8]) -> Result<KnxFrame, WireError> {
    Ok(KnxFrame {
        raw_len: datagram.len(),
    })
}

/// What a SEARCH_RESPONSE(_EXTENDED) or DESCRIPTION_RESPONSE says about a gateway.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GatewaySummary {
    /// Control endpoint from the HPAI (search responses); None for description responses.
    pub control_endpoint: Option<std::net::SocketAddrV4>,
    pub name: String,
    /// Individual address as "area.line.device".
    pub individual_address: String,
    pub mac: String,
    pub serial: String,
    /// Service family names with versions, e.g. "tunnelling v2".
    pub service_families: Vec<String>,
    /// Service family names that are listed in DIB 0x06 (secured service families).
    pub secure_families: Vec<String>,
}

impl KnxFrame {
    /// Standard name in kebab-case: `search-request`, `search-response-extended`,
    /// `tunnelling-request`, `routing-indication`, `secure-wrapper`, ...
    pub fn service_name(&self) -> &'static str {
        "unknown"
    }

    pub fn gateway_summary(&self) -> Option<GatewaySummary> {
        None
    }
}
