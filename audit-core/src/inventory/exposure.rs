//! What the router probes gathered (`exposure::probe`): the router's port mappings, NAT-PMP/PCP
//! answers, the hairpin probes of the external address and the opt-in InternetDB lookup. Facts
//! only; `checks/router.rs`, `internet.rs` and `verdict.rs` judge them.

use std::net::{Ipv4Addr, SocketAddrV4};

use serde::{Deserialize, Serialize};

use crate::net::{AddressClass, address_class, in_net};
use crate::text::Text;

/// Everything the router probes gathered. Each part is `None` when it was not attempted.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ExposureReport {
    /// The router asked (default gateway of the interface, or given), if any.
    pub router: Option<Ipv4Addr>,
    pub igd: Option<IgdReport>,
    pub nat_pmp: Option<NatPmpReport>,
    pub pcp: Option<PcpReport>,
    /// The router's own external (WAN) address: from IGD, else NAT-PMP, else the address the
    /// user typed from the router's status page (`external_ip_source` says which). Never the
    /// STUN server's answer, which is what the internet sees (`stun.mapped`).
    pub external_ip: Option<Ipv4Addr>,
    /// Where `external_ip` came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_ip_source: Option<AddressSource>,
    /// The address the user typed (`--external-ip`), as typed, also when another source won.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub typed_external_ip: Option<Ipv4Addr>,
    /// The opt-in STUN request, when the user allowed it (`--stun`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stun: Option<StunReport>,
    pub hairpin: Vec<HairpinProbe>,
    pub internetdb: Option<InternetDbReport>,
    /// The demo building's or the router lab's stand-in internet, when the probes ran against
    /// one; `None` on every real network.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub simulated_internet: Option<SimulatedInternet>,
    /// What happened, in words, in order (the job's log; catalogue texts, shown in the
    /// reader's language).
    pub notes: Vec<Text>,
    pub packets_sent: u64,
}

impl ExposureReport {
    /// The class of `ip` on this site: the IANA table, or the stand-in internet of the demo
    /// building / the router lab when the report says the probes ran against one.
    pub fn class_of(&self, ip: Ipv4Addr) -> AddressClass {
        match &self.simulated_internet {
            Some(sim) if sim.contains(ip) => sim.class,
            _ => address_class(ip),
        }
    }

    /// The address the STUN server says this site has, when it answered.
    pub fn stun_ip(&self) -> Option<Ipv4Addr> {
        self.stun.as_ref().and_then(|s| s.mapped).map(|m| *m.ip())
    }
}

/// How the router's internet address was learned.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AddressSource {
    /// UPnP GetExternalIPAddress (the router's claim).
    Upnp,
    /// NAT-PMP external-address answer (the router's claim).
    NatPmp,
    /// Typed by the user from the router's status page.
    Typed,
    /// A STUN server's answer (that server's claim of what the internet sees).
    Stun,
}

impl AddressSource {
    pub fn name(self) -> &'static str {
        match self {
            AddressSource::Upnp => "upnp",
            AddressSource::NatPmp => "nat-pmp",
            AddressSource::Typed => "typed",
            AddressSource::Stun => "stun",
        }
    }
}

/// The opt-in STUN binding request (RFC 5389) and its answer.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct StunReport {
    /// The server as the user named it (`host:port`).
    pub server: String,
    /// The address the name resolved to, which was asked.
    pub server_addr: Option<SocketAddrV4>,
    /// The address and port the server says the request came from: only its claim.
    pub mapped: Option<SocketAddrV4>,
    /// The answer carried XOR-MAPPED-ADDRESS (RFC 5389), not only the older MAPPED-ADDRESS.
    #[serde(default)]
    pub xor_mapped: bool,
    /// The server's SOFTWARE attribute, control characters escaped.
    pub software: Option<String>,
    /// Why there is no usable answer, in words.
    pub error: Option<Text>,
    /// Every answer datagram, hex.
    pub answer_hex: Option<String>,
}

/// A stand-in internet for the demo building (loopback) and the router lab (198.18.0.0/15):
/// addresses in `net/prefix` count as `class` although the IANA table says they are not
/// public. Only prefixes inside 127.0.0.0/8 or 198.18.0.0/15 are accepted (also when read
/// from a file), so no address a real router or provider uses is ever judged by it; the
/// product's CLI and GUI cannot set it (the demo building sets its own loopback address, and
/// only debug builds read the lab's prefix from `BAS_AUDIT_LAB_PUBLIC_PREFIX`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawSimulated")]
pub struct SimulatedInternet {
    pub net: Ipv4Addr,
    pub prefix: u8,
    /// `public` or `shared`.
    pub class: AddressClass,
}

#[derive(Deserialize)]
struct RawSimulated {
    net: Ipv4Addr,
    prefix: u8,
    class: AddressClass,
}

impl TryFrom<RawSimulated> for SimulatedInternet {
    type Error = String;
    fn try_from(r: RawSimulated) -> Result<Self, String> {
        SimulatedInternet::new(r.net, r.prefix, r.class).ok_or_else(|| {
            format!(
                "simulated internet {}/{} ({:?}) refused: only 127.0.0.0/8 or 198.18.0.0/15, public or shared",
                r.net, r.prefix, r.class
            )
        })
    }
}

impl SimulatedInternet {
    /// `None` unless `net/prefix` lies inside 127.0.0.0/8 or 198.18.0.0/15 and `class` is
    /// public or shared.
    pub fn new(net: Ipv4Addr, prefix: u8, class: AddressClass) -> Option<Self> {
        let inside = |outer: Ipv4Addr, len: u8| prefix >= len && in_net(net, outer, len);
        let allowed =
            inside(Ipv4Addr::new(127, 0, 0, 0), 8) || inside(Ipv4Addr::new(198, 18, 0, 0), 15);
        (allowed && prefix <= 32 && class != AddressClass::Private).then_some(Self {
            net,
            prefix,
            class,
        })
    }

    /// `"198.19.0.0/24"` as a public stand-in (the router lab's WAN).
    pub fn parse_public(s: &str) -> Option<Self> {
        Self::parse(s, AddressClass::Public)
    }

    /// `"198.19.100.0/24"` as `class` (the router lab's carrier-grade-NAT WAN is `shared`).
    pub fn parse(s: &str, class: AddressClass) -> Option<Self> {
        let (net, len) = s.trim().split_once('/')?;
        Self::new(net.parse().ok()?, len.parse().ok()?, class)
    }

    pub fn contains(&self, ip: Ipv4Addr) -> bool {
        in_net(ip, self.net, self.prefix)
    }
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
    pub error: Option<Text>,
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
    pub error: Option<Text>,
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
    pub answer_summary: Option<Text>,
    pub answer_hex: Option<String>,
    /// Whether this router is known to hairpin (a listed mapping answered through the external
    /// address): `Some(false)` makes a `no-answer` inconclusive rather than "no forward".
    pub router_hairpins: Option<bool>,
    pub detail: Option<Text>,
}

impl HairpinProbe {
    /// The address probed (the IP of `target`).
    pub fn address(&self) -> Option<Ipv4Addr> {
        self.target.parse::<SocketAddrV4>().ok().map(|a| *a.ip())
    }

    pub fn port(&self) -> Option<u16> {
        self.target.parse::<SocketAddrV4>().ok().map(|a| a.port())
    }
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
    pub error: Option<Text>,
    /// The URL asked.
    pub url: String,
}
