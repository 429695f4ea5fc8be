//! What `analyze` hands back: plain data, serialised as the stable JSON of
//! `bas-audit analyze --json` (design §6), and read back from audit sessions (every field has
//! a default, so a report missing a key still reads). Keys are snake_case; service names are the codecs'
//! kebab-case standard names; malformed reasons are `"layer: what"`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::inventory::{KnxFamily, OfferedFamily};

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct AnalysisReport {
    /// The capture as the caller named it.
    pub file: String,
    /// `"pcap"` or `"pcapng"`.
    pub format: String,
    /// Bytes of the file consumed (up to the read error, if any).
    pub bytes_read: u64,
    /// Every frame read, whatever it carried.
    pub packets: u64,
    /// Earliest and latest frame time (RFC 3339, UTC); absent without timestamps.
    pub first_timestamp: Option<String>,
    pub last_timestamp: Option<String>,
    pub duration_s: f64,
    pub bacnet: BacnetReport,
    pub knx: KnxReport,
    /// IPv4 fragments (counted, not reassembled).
    pub ip_fragments: u64,
    /// Frames the snapshot length cut short (their payload was still decoded as far as it went).
    pub truncated_packets: u64,
    /// Frames carrying neither BACnet nor KNXnet/IP (ARP, IPv6, other UDP/TCP, TCP segments
    /// without payload, ...).
    pub other_packets: u64,
    pub link_errors: LinkErrors,
    /// Where reading stopped early, if it did; everything before it is counted.
    pub read_error: Option<ReadError>,
    /// True when the caller cancelled; the counts cover what was read until then.
    pub cancelled: bool,
}

/// Counts of one protocol. `messages` counts every payload handed to the codec; `malformed` is
/// the part the codec refused, so `by_service` sums to `messages - malformed`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct BacnetReport {
    pub messages: u64,
    pub malformed: u64,
    pub by_service: BTreeMap<String, u64>,
    pub malformed_by_reason: BTreeMap<String, u64>,
    /// Malformed messages per sender (`ip:port`, `mac ..`); senders beyond the limit under
    /// `other sources`.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub malformed_by_source: BTreeMap<String, u64>,
    /// One row per (device instance, address) seen in an I-Am, sorted by instance.
    pub devices: Vec<DeviceRow>,
    /// I-Ams from further devices, not listed because of the memory cap.
    pub devices_not_listed: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeviceRow {
    pub device_instance: u32,
    /// `ip:port` for a local BACnet/IP device, `net N mac XX:..` for one behind a router,
    /// `mac XX:..` for a local BACnet/Ethernet device.
    pub address: String,
    /// Source network when the I-Am came through a router.
    pub network: Option<u16>,
    pub vendor_id: u16,
    pub vendor_name: Option<String>,
    pub max_apdu: u32,
    /// `segmented-both`, `segmented-transmit`, `segmented-receive`, `no-segmentation`.
    pub segmentation: String,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    pub i_am_count: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct KnxReport {
    pub messages: u64,
    pub malformed: u64,
    pub by_service: BTreeMap<String, u64>,
    pub malformed_by_reason: BTreeMap<String, u64>,
    /// Malformed messages per sender (`ip:port`); a gateway response with a malformed part
    /// counts here and under each of its reasons (`knxip: DIB length unusable ...`).
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub malformed_by_source: BTreeMap<String, u64>,
    /// One row per gateway that answered a search or description request, sorted by address.
    pub gateways: Vec<GatewayRow>,
    pub gateways_not_listed: u64,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct GatewayRow {
    /// The sender `ip:port`: one row per answering address, whatever its answers claim
    /// (docs/TRUST.md).
    pub address: String,
    /// The control endpoint its answers named, when that is another host (its claim).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub claimed_control_endpoint: Option<String>,
    /// `answer-irregular` when an answer had malformed parts (counted under the reasons).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<String>,
    pub name: String,
    pub individual_address: String,
    pub mac: String,
    pub serial: String,
    pub service_families: Vec<OfferedFamily>,
    pub secure_families: Vec<KnxFamily>,
    /// Search/description responses seen from it.
    pub responses: u64,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
}

/// Frames whose link, IP or transport header could not be read.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct LinkErrors {
    pub frames: u64,
    pub by_reason: BTreeMap<String, u64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReadError {
    /// Byte offset in the file of the block or record that could not be read.
    pub offset: u64,
    pub message: String,
}
