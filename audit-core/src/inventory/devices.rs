//! The devices, gateways, routers and BBMDs discovery found.
//!
//! Plain data with serde; JSON keys are snake_case and follow the `discover` contract of
//! design §6: `{"bacnet":{"devices":[...],"routers":[...],"bbmds":[...]},"knx":{"gateways":[...]}}`.
//! Values the device did not give stay `null` (never an invented default), so that a check can
//! tell "not readable" from "empty".

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::wire::knxip::ServiceFamily;
use crate::wire::knxip::dib::FamilyVersion;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Inventory {
    pub bacnet: BacnetInventory,
    pub knx: KnxInventory,
    /// What was not believed, and why: claims, limits, identity conflicts, malformed answers
    /// (docs/TRUST.md).
    #[serde(
        default,
        skip_serializing_if = "crate::inventory::TrustFacts::is_empty"
    )]
    pub trust: crate::inventory::TrustFacts,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BacnetInventory {
    pub devices: Vec<Device>,
    pub routers: Vec<Router>,
    pub bbmds: Vec<Bbmd>,
    pub networks: Vec<Network>,
    /// Device instances that answered from more than one address.
    pub duplicate_instances: Vec<DuplicateInstance>,
    /// Addresses that answered as more than one device instance.
    pub shared_addresses: Vec<SharedAddress>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KnxInventory {
    pub gateways: Vec<Gateway>,
}

/// One BACnet device (one Device object), local or behind a router.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Device {
    pub device_instance: u32,
    /// The BACnet/IP address the device is reached at ("ip:port"); for a routed device, the
    /// router's address.
    pub address: String,
    /// BACnet network number: the remote network for a routed device, the local network
    /// number when a router told it (Network-Number-Is), else null.
    pub network: Option<u16>,
    /// Reached through a BACnet router (the I-Am carried SNET/SADR).
    pub routed: bool,
    /// The device's MAC on its network (SADR, hex) when routed.
    pub mac: Option<String>,
    pub vendor_id: u16,
    pub vendor_name: Option<String>,
    pub model_name: Option<String>,
    pub firmware_revision: Option<String>,
    pub application_software_version: Option<String>,
    pub object_name: Option<String>,
    pub description: Option<String>,
    pub location: Option<String>,
    pub protocol_version: Option<u32>,
    pub protocol_revision: Option<u32>,
    /// Max APDU length from the I-Am (octets).
    pub max_apdu: u32,
    /// Max_APDU_Length_Accepted as read from the Device object.
    pub max_apdu_length_accepted: Option<u32>,
    /// `segmented-both`, `segmented-transmit`, `segmented-receive`, `no-segmentation`.
    pub segmentation: String,
    pub database_revision: Option<u32>,
    /// Standard names (kebab-case) of Protocol_Services_Supported.
    pub services_supported: Vec<String>,
    /// Standard names (kebab-case) of Protocol_Object_Types_Supported.
    pub object_types_supported: Vec<String>,
    /// Entries of the object list (the whole list, even when not every object was read).
    pub object_count: Option<u32>,
    /// Object count per object type name.
    pub object_types: BTreeMap<String, u32>,
    pub objects: Vec<ObjectInfo>,
    pub network_ports: Vec<NetworkPortInfo>,
    /// How properties were read in the end: `read-property-multiple`, `read-property`, or
    /// `read-property-array-index` (object list read element by element).
    pub read_method: String,
    /// Why interrogation changed method, in words (e.g. "ReadPropertyMultiple rejected:
    /// unrecognized-service; fell back to ReadProperty").
    pub fallbacks: Vec<String>,
    /// Findings-to-be: `duplicate-device-instance`, `address-with-several-instances`,
    /// `interrogation-incomplete`, `object-list-truncated`.
    pub flags: Vec<String>,
    /// Confirmed requests that failed (timeouts, errors), in words.
    pub errors: Vec<String>,
}

/// One object of a device.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ObjectInfo {
    /// Standard object type name, e.g. `analog-value`.
    pub object_type: String,
    pub instance: u32,
    pub object_name: Option<String>,
    /// Engineering units name, e.g. `degrees-celsius`.
    pub units: Option<String>,
    pub present_value: Option<serde_json::Value>,
    /// Priority_Array / Relinquish_Default present: the object is commandable (writes go
    /// through the priority array).
    pub commandable: bool,
    /// Occupied Priority_Array slots (1–16) with their values, when the array was read.
    #[serde(default)]
    pub priority_slots: Option<Vec<PrioritySlot>>,
    #[serde(default)]
    pub relinquish_default: Option<serde_json::Value>,
}

/// One occupied slot of a Priority_Array.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PrioritySlot {
    /// 1 (manual life safety) … 16 (lowest).
    pub priority: u8,
    pub value: serde_json::Value,
}

/// What a Network Port object (type 56) says.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct NetworkPortInfo {
    pub instance: u32,
    pub object_name: Option<String>,
    /// Network_Type as a number (11 is BACnet/SC) and its name.
    pub network_type: Option<u32>,
    pub network_type_name: Option<String>,
    /// BACnet_IP_Mode: `normal`, `foreign`, `bbmd`.
    pub bacnet_ip_mode: Option<String>,
    pub bbmd_accept_fd_registrations: Option<bool>,
}

/// A BACnet router (answered Who-Is-Router-To-Network).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Router {
    pub address: String,
    /// Networks the router says it reaches (I-Am-Router-To-Network).
    pub networks: Vec<u16>,
    /// The local network number it announced (Network-Number-Is), if it did.
    pub local_network: Option<u16>,
}

/// A BBMD as seen through Read-BDT / Read-FDT (read-only; we never register).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Bbmd {
    pub address: String,
    pub bdt: Vec<BdtRow>,
    /// `None` when Read-FDT was refused (NAK) or not answered.
    pub fdt: Option<Vec<FdtRow>>,
    /// `bvlc-result` code name when Read-FDT was refused.
    pub read_fdt_refused: Option<String>,
    /// Result of the consented short-TTL Register-Foreign-Device probe: `accepted`, the NAK
    /// code name, or `no-answer`; `None` when not tried (the default).
    #[serde(default)]
    pub register_fd: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct BdtRow {
    pub address: String,
    pub mask: String,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct FdtRow {
    pub address: String,
    pub ttl: u16,
    pub remaining: u16,
}

/// A BACnet network number and how it is reached.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Network {
    pub number: u16,
    /// True for the network the auditor is on.
    pub local: bool,
    /// Routers (addresses) that announced the network.
    pub via: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DuplicateInstance {
    pub device_instance: u32,
    pub addresses: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedAddress {
    pub address: String,
    pub device_instances: Vec<u32>,
}

/// A KNXnet/IP server (IP interface, IP router, knxd, ...). Never connected to.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Gateway {
    /// Control endpoint "ip:port".
    pub address: String,
    pub name: String,
    /// KNX individual address "area.line.device".
    pub individual_address: String,
    pub mac: String,
    /// Serial number from the preferred answer (extended search, then description, then search).
    pub serial: String,
    /// Every distinct serial number the gateway gave (knxd gives different ones in its search and
    /// description answers).
    pub serials: Vec<String>,
    /// Answers received: `search-response`, `search-response-extended`, `description-response`.
    pub answers: Vec<String>,
    /// Fields on which the answers disagree, in words.
    pub disagreements: Vec<String>,
    /// Service families with versions (JSON: `"tunnelling v2"`).
    pub service_families: Vec<OfferedFamily>,
    /// KNXnet/IP Core version (2 = Core v2: extended search, TCP, secure DIBs).
    pub core_version: Option<u8>,
    /// The security family is listed (KNX IP Secure implemented).
    pub secure_supported: bool,
    /// Families listed in DIB 0x06 (secured service families), when that DIB was received.
    pub secure_families: Option<Vec<KnxFamily>>,
    /// Security required for tunnelling; `null` when unknown (secure-capable but DIB 0x06 not
    /// received).
    pub tunnelling_requires_secure: Option<bool>,
    pub routing_requires_secure: Option<bool>,
    pub device_management_requires_secure: Option<bool>,
    /// Tunnelling v2: tunnelling over TCP offered.
    pub tunnelling_over_tcp: bool,
    pub tunnelling_slots: Vec<TunnelSlot>,
    pub knx_medium: String,
    pub programming_mode: bool,
    pub project_installation_id: Option<u16>,
    pub multicast_address: Option<String>,
    pub max_apdu_length: Option<u16>,
    pub mask_version: Option<String>,
    pub medium_ok: Option<bool>,
    pub manufacturer_id: Option<u16>,
    /// Every DIB received, raw, from every answer (code, name, answer kind, hex).
    pub dibs: Vec<DibRecord>,
    /// The gateway was given with `--target` (not found by multicast search).
    pub from_target: bool,
    /// Answered a DESCRIPTION_REQUEST carrying the NAT HPAI 0.0.0.0:0 (so it answers across
    /// NAT); `None` when not asked.
    #[serde(default)]
    pub answers_nat_description: Option<bool>,
    /// The control endpoint its answers named, when that is another host than the one that
    /// answered (kept as its claim; never contacted).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub claimed_control_endpoint: Option<String>,
    /// Oddities of its answers: `answer-irregular` (a malformed part, listed in the trust
    /// facts per reason), `identity-shared` (another address claims its MAC or serial),
    /// `answers-capped` (it sent more answers than were kept).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub flags: Vec<String>,
}

impl Gateway {
    /// The gateway lists this service family (in any version).
    pub fn offers(&self, family: KnxFamily) -> bool {
        self.service_families.iter().any(|f| f.family == family)
    }
}

/// A KNXnet/IP service family (DIB 0x02 and 0x06). In JSON and text by its standard name
/// (`core`, `tunnelling`, ...); a code the standard does not name as `family-0x0a`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KnxFamily {
    Core,
    DeviceManagement,
    Tunnelling,
    Routing,
    RemoteLogging,
    RemoteConfiguration,
    ObjectServer,
    Security,
    Unknown(u8),
}

impl KnxFamily {
    const NAMED: [KnxFamily; 8] = [
        KnxFamily::Core,
        KnxFamily::DeviceManagement,
        KnxFamily::Tunnelling,
        KnxFamily::Routing,
        KnxFamily::RemoteLogging,
        KnxFamily::RemoteConfiguration,
        KnxFamily::ObjectServer,
        KnxFamily::Security,
    ];

    /// The family code on the wire.
    pub fn code(self) -> u8 {
        match self {
            KnxFamily::Core => ServiceFamily::CORE.0,
            KnxFamily::DeviceManagement => ServiceFamily::DEVICE_MANAGEMENT.0,
            KnxFamily::Tunnelling => ServiceFamily::TUNNELLING.0,
            KnxFamily::Routing => ServiceFamily::ROUTING.0,
            KnxFamily::RemoteLogging => ServiceFamily::REMOTE_LOGGING.0,
            KnxFamily::RemoteConfiguration => ServiceFamily::REMOTE_CONFIGURATION.0,
            KnxFamily::ObjectServer => ServiceFamily::OBJECT_SERVER.0,
            KnxFamily::Security => ServiceFamily::SECURITY.0,
            KnxFamily::Unknown(c) => c,
        }
    }

    /// The standard name (kebab-case), `None` for a code the standard does not name.
    pub fn name(self) -> Option<&'static str> {
        match self {
            KnxFamily::Unknown(_) => None,
            f => Some(ServiceFamily(f.code()).name()),
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        if let Some(code) = s.strip_prefix("family-0x") {
            return u8::from_str_radix(code, 16).ok().map(Self::from_code);
        }
        Self::NAMED.into_iter().find(|f| f.name() == Some(s))
    }

    pub fn from_code(code: u8) -> Self {
        Self::NAMED
            .into_iter()
            .find(|f| f.code() == code)
            .unwrap_or(KnxFamily::Unknown(code))
    }
}

impl From<ServiceFamily> for KnxFamily {
    fn from(f: ServiceFamily) -> Self {
        Self::from_code(f.0)
    }
}

impl fmt::Display for KnxFamily {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.name() {
            Some(name) => f.write_str(name),
            None => write!(f, "family-0x{:02x}", self.code()),
        }
    }
}

/// A service family in the version a gateway offers it (JSON and text: `tunnelling v2`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct OfferedFamily {
    pub family: KnxFamily,
    pub version: u8,
}

impl OfferedFamily {
    pub fn parse(s: &str) -> Option<Self> {
        let (name, version) = s.rsplit_once(" v")?;
        Some(Self {
            family: KnxFamily::parse(name)?,
            version: version.parse().ok()?,
        })
    }
}

impl From<FamilyVersion> for OfferedFamily {
    fn from(f: FamilyVersion) -> Self {
        Self {
            family: f.family.into(),
            version: f.version,
        }
    }
}

impl fmt::Display for OfferedFamily {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} v{}", self.family, self.version)
    }
}

/// Serde through the text form, so the JSON stays the strings of the CLI contract.
macro_rules! serde_as_text {
    ($t:ty, $what:literal) => {
        impl Serialize for $t {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.collect_str(self)
            }
        }

        impl<'de> Deserialize<'de> for $t {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                <$t>::parse(&s)
                    .ok_or_else(|| serde::de::Error::custom(format!("not a {}: {s:?}", $what)))
            }
        }
    };
}

serde_as_text!(KnxFamily, "KNX service family");
serde_as_text!(
    OfferedFamily,
    "KNX service family with version (e.g. \"tunnelling v2\")"
);

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TunnelSlot {
    pub individual_address: String,
    pub free: bool,
    pub authorised: bool,
    pub usable: bool,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DibRecord {
    pub code: u8,
    pub name: String,
    /// The answer the DIB came in.
    pub answer: String,
    pub hex: String,
}

impl Inventory {
    pub fn is_empty(&self) -> bool {
        self.bacnet.devices.is_empty()
            && self.bacnet.routers.is_empty()
            && self.bacnet.bbmds.is_empty()
            && self.knx.gateways.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The keys of design §6 are where the contract says they are.
    #[test]
    fn json_shape_follows_the_cli_contract() {
        let inv = Inventory {
            bacnet: BacnetInventory {
                devices: vec![Device {
                    device_instance: 7,
                    address: "127.0.0.2:47808".into(),
                    ..Device::default()
                }],
                ..BacnetInventory::default()
            },
            knx: KnxInventory {
                gateways: vec![Gateway::default()],
            },
            trust: crate::inventory::TrustFacts::default(),
        };
        let v = serde_json::to_value(&inv).unwrap();
        let d = &v["bacnet"]["devices"][0];
        for k in [
            "device_instance",
            "address",
            "network",
            "vendor_id",
            "vendor_name",
            "model_name",
            "firmware_revision",
            "object_name",
            "object_count",
        ] {
            assert!(d.get(k).is_some(), "device key {k}");
        }
        assert!(v["bacnet"]["routers"].is_array());
        assert!(v["bacnet"]["bbmds"].is_array());
        let g = &v["knx"]["gateways"][0];
        for k in [
            "address",
            "name",
            "individual_address",
            "mac",
            "serial",
            "service_families",
            "secure_supported",
            "tunnelling_requires_secure",
            "routing_requires_secure",
        ] {
            assert!(g.get(k).is_some(), "gateway key {k}");
        }
        let back: Inventory = serde_json::from_value(v).unwrap();
        assert_eq!(back, inv);
    }

    #[test]
    fn knx_families_read_and_write_their_contract_names() {
        for code in 0..=255u8 {
            let f = KnxFamily::from_code(code);
            assert_eq!(f.code(), code);
            assert_eq!(KnxFamily::parse(&f.to_string()), Some(f));
            let o = OfferedFamily {
                family: f,
                version: code,
            };
            assert_eq!(OfferedFamily::parse(&o.to_string()), Some(o));
        }
        assert_eq!(KnxFamily::from_code(4).to_string(), "tunnelling");
        assert_eq!(KnxFamily::from_code(0x0a).to_string(), "family-0x0a");
        let g = Gateway {
            service_families: vec![OfferedFamily {
                family: KnxFamily::Tunnelling,
                version: 2,
            }],
            secure_families: Some(vec![KnxFamily::Tunnelling]),
            ..Gateway::default()
        };
        let v = serde_json::to_value(&g).unwrap();
        assert_eq!(v["service_families"], serde_json::json!(["tunnelling v2"]));
        assert_eq!(v["secure_families"], serde_json::json!(["tunnelling"]));
        assert!(g.offers(KnxFamily::Tunnelling) && !g.offers(KnxFamily::Routing));
        assert!(serde_json::from_value::<OfferedFamily>(serde_json::json!("tunnelling")).is_err());
    }
}
