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

// ---- Interface fixed for the whole crate (the bvlc/npdu helper fills in the bodies) ----

use crate::wire::WireError;

/// One decoded BACnet message: a BVLL (absent for BACnet/Ethernet), an NPDU (absent for
/// BVLC-only functions such as Read-BDT), and what the NPDU carries.
#[derive(Debug, Clone, PartialEq)]
pub struct BacnetMessage {
    pub raw_len: usize,
}

/// Decode a BACnet/IP UDP payload (starts with the BVLC type octet 0x81).
pub fn decode_bip(datagram: &[u8]) -> Result<BacnetMessage, WireError> {
    Ok(BacnetMessage {
        raw_len: datagram.len(),
    })
}

/// Decode an NPDU carried without BVLC (BACnet/Ethernet after the LLC header).
pub fn decode_npdu_message(npdu: &[u8]) -> Result<BacnetMessage, WireError> {
    Ok(BacnetMessage {
        raw_len: npdu.len(),
    })
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
        "unknown"
    }

    pub fn i_am(&self) -> Option<IAmSummary> {
        None
    }
}
