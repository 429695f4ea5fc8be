//! What the router probes gathered (`exposure::probe`): the router's port mappings, NAT-PMP/PCP
//! answers, the hairpin probes of the external address and the opt-in InternetDB lookup. Facts
//! only; `checks/router.rs`, `internet.rs` and `verdict.rs` judge them.

use std::net::Ipv4Addr;

use serde::{Deserialize, Serialize};

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
