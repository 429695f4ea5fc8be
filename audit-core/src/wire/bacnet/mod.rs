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
