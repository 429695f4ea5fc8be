//! Router and internet exposure, seen from the site's own router: UPnP IGD port mappings,
//! NAT-PMP/PCP external address, a hairpin probe of the external address, and (opt-in, needs
//! internet) a lookup of the public IP in Shodan InternetDB.
//!
//! Everything here only *gathers*; [`crate::checks`] judges. Every probe is bounded in count and
//! time and goes only to the router (the interface's default gateway or a given address), to the
//! router's external address (hairpin), or to the InternetDB endpoint when the user consented.

pub mod hairpin;
pub mod http;
pub mod igd;
pub mod internetdb;
pub mod natpmp;
pub mod pace;
pub mod pcp;
pub mod route;
pub mod ssdp;

mod run;

use std::net::Ipv4Addr;

use serde::{Deserialize, Serialize};

pub use run::is_public;

/// Everything the router probes gathered. Each part is `None` when it was not attempted.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExposureReport {
    /// The router asked (default gateway of the interface, or given), if any.
    pub router: Option<Ipv4Addr>,
    pub igd: Option<IgdReport>,
    pub nat_pmp: Option<NatPmpReport>,
    pub pcp: Option<PcpReport>,
    /// The router's external (WAN) address, from IGD or NAT-PMP, whichever answered.
    pub external_ip: Option<Ipv4Addr>,
    pub hairpin: Vec<HairpinProbe>,
    pub internetdb: Option<InternetDbReport>,
    /// What happened, in words, in order (for the log and the report).
    pub notes: Vec<String>,
    pub packets_sent: u64,
}

/// UPnP Internet Gateway Device.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct IgdReport {
    /// An IGD answered the SSDP search.
    pub found: bool,
    /// Device description URL (SSDP LOCATION).
    pub location: Option<String>,
    pub friendly_name: Option<String>,
    pub manufacturer: Option<String>,
    pub model_name: Option<String>,
    /// WANIPConnection / WANPPPConnection control URL used.
    pub control_url: Option<String>,
    pub service_type: Option<String>,
    pub external_ip: Option<Ipv4Addr>,
    /// Every entry of GetGenericPortMappingEntry, index 0 upward.
    pub mappings: Vec<PortMapping>,
    /// The enumeration ended normally (SpecifiedArrayIndexInvalid / 713), not by an error or
    /// the entry cap.
    pub mappings_complete: bool,
    pub error: Option<String>,
    /// The UPnP error code that ended the list: 713 (SpecifiedArrayIndexInvalid, the standard
    /// end), or 402/501 from routers that end it that way; `None` when it did not end normally.
    #[serde(default)]
    pub end_code: Option<u16>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortMapping {
    pub index: u32,
    /// `UDP` or `TCP`.
    pub protocol: String,
    pub external_port: u16,
    /// Empty = any remote host.
    pub remote_host: String,
    pub internal_client: String,
    pub internal_port: u16,
    pub enabled: bool,
    pub description: String,
    pub lease_duration_s: u32,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NatPmpReport {
    pub available: bool,
    pub external_ip: Option<Ipv4Addr>,
    /// NAT-PMP result code name when the router answered with an error.
    pub error: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct PcpReport {
    pub available: bool,
    pub version: Option<u8>,
    pub error: Option<String>,
}

/// One probe of the router's external address (does a forward exist that the IGD does not list?).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct HairpinProbe {
    /// `knx` (DESCRIPTION_REQUEST, NAT HPAI) or `bacnet` (ReadProperty device 4194303).
    pub protocol: String,
    /// "external_ip:port".
    pub target: String,
    /// `answered`, `no-answer`, `error`, `not-tried`.
    pub outcome: String,
    /// What answered, in words (gateway name / device instance), and the raw answer.
    pub answer_summary: Option<String>,
    pub answer_hex: Option<String>,
    /// Whether this router is known to hairpin (a listed mapping answered through the external
    /// address): `Some(false)` makes a `no-answer` inconclusive rather than "no forward".
    pub router_hairpins: Option<bool>,
    pub detail: Option<String>,
}

/// Shodan InternetDB (opt-in).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct InternetDbReport {
    pub ip: Option<Ipv4Addr>,
    /// The IP is in the index (HTTP 200); `false` for "No information available" (404).
    pub listed: bool,
    pub ports: Vec<u16>,
    pub hostnames: Vec<String>,
    pub tags: Vec<String>,
    pub vulns: Vec<String>,
    pub cpes: Vec<String>,
    pub error: Option<String>,
    /// The URL asked.
    pub url: String,
}

/// Where and how the router probes run. Built by the caller (CLI/GUI) from the audit scope.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ExposureOptions {
    /// Local IPv4 address to send from (the interface the audit works on).
    pub bind: Ipv4Addr,
    /// Interface name, to find its default gateway when `router` is not given.
    pub interface: Option<String>,
    /// The router to ask; `None` = the interface's default gateway (from the routing table).
    pub router: Option<Ipv4Addr>,
    /// SSDP port of the router (1900; the demo building uses its own).
    pub ssdp_port: u16,
    /// NAT-PMP/PCP port of the router (5351; the demo building uses its own).
    pub nat_pmp_port: u16,
    /// Send the SSDP M-SEARCH by unicast to the router instead of multicast on the interface.
    pub ssdp_unicast: bool,
    /// Hairpin probes of the external address (KNX 3671, BACnet 47808 and mapped ports).
    pub hairpin: bool,
    /// The user consented to an internet lookup of the public IP.
    pub internetdb: bool,
    /// Base URL of InternetDB (`https://internetdb.shodan.io`); tests point it at a local mock.
    pub internetdb_url: String,
    /// Packets per second at most (shares the discovery policy's cap).
    pub rate: u32,
    /// Seconds to wait for each answer.
    pub timeout_s: f64,
    /// GetGenericPortMappingEntry calls at most (a router with thousands of mappings stops
    /// here, and the report says the list is incomplete).
    pub max_mappings: u32,
    /// KNXnet/IP port probed on the external address (3671; the demo building may use another).
    #[serde(default = "default_knx_port")]
    pub knx_port: u16,
    /// BACnet/IP port probed on the external address (47808; the demo building may use another).
    #[serde(default = "default_bacnet_port")]
    pub bacnet_port: u16,
}

fn default_knx_port() -> u16 {
    crate::discovery::scope::KNX_PORT
}

fn default_bacnet_port() -> u16 {
    crate::discovery::scope::BACNET_PORT
}

impl Default for ExposureOptions {
    fn default() -> Self {
        Self {
            bind: Ipv4Addr::UNSPECIFIED,
            interface: None,
            router: None,
            ssdp_port: 1900,
            nat_pmp_port: 5351,
            ssdp_unicast: false,
            hairpin: true,
            internetdb: false,
            internetdb_url: "https://internetdb.shodan.io".into(),
            rate: crate::discovery::policy::DEFAULT_RATE,
            timeout_s: 3.0,
            max_mappings: 256,
            knx_port: default_knx_port(),
            bacnet_port: default_bacnet_port(),
        }
    }
}

/// Run the router probes. `known` is what discovery found (to name the device a mapping or a
/// hairpin answer points at). Events go to the same sink as discovery's (packets sent, notes).
///
/// Order: SSDP search and IGD (description, external address, mapping list), NAT-PMP external
/// address, PCP ANNOUNCE, hairpin probes of the external address, InternetDB (only with
/// `opts.internetdb`). Nothing sent can change the router. See docs/EXPOSURE.md.
pub async fn probe(
    opts: ExposureOptions,
    known: &crate::inventory::Inventory,
    events: crate::discovery::EventSink,
    cancel: crate::discovery::CancelFlag,
) -> ExposureReport {
    run::probe(opts, known, events, cancel).await
}
