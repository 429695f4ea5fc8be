//! Router and internet exposure, seen from the site's own router: UPnP IGD port mappings,
//! NAT-PMP/PCP external address, (opt-in) a STUN request or the address the user typed, a
//! hairpin probe of the external address, and (opt-in, needs internet) a lookup of the public
//! IP in Shodan InternetDB.
//!
//! Everything here only *gathers* (into [`crate::inventory::ExposureReport`]); [`crate::checks`]
//! judges. Every probe is bounded in count and
//! time and goes only to the router (the interface's default gateway or a given address), to the
//! router's external address (hairpin), or to the InternetDB endpoint when the user consented.

pub mod hairpin;
pub mod http;
pub mod igd;
pub mod internetdb;
pub mod natpmp;
pub mod pcp;
pub mod route;
pub mod ssdp;
pub mod stun;

mod run;

use std::net::Ipv4Addr;

use serde::{Deserialize, Serialize};

use crate::inventory::{ExposureReport, SimulatedInternet};
use crate::job::{CancelFlag, EventSink};
use crate::text;
use crate::text::Text;

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
    /// The router's internet address as the user read it on the router's status page
    /// (`--external-ip`), used when neither UPnP nor NAT-PMP tells it.
    #[serde(default)]
    pub external_ip: Option<Ipv4Addr>,
    /// A STUN server (`host[:port]`) the user allowed us to ask for this site's public
    /// address (`--stun`); `None` (the default): no STUN request.
    #[serde(default)]
    pub stun: Option<String>,
    /// The demo building's or the router lab's stand-in internet (see [`SimulatedInternet`]);
    /// never read from a file, never set by the CLI or GUI.
    #[serde(skip)]
    pub simulated_internet: Option<SimulatedInternet>,
}

fn default_knx_port() -> u16 {
    crate::job::scope::KNX_PORT
}

fn default_bacnet_port() -> u16 {
    crate::job::scope::BACNET_PORT
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
            rate: crate::job::policy::DEFAULT_RATE,
            timeout_s: 3.0,
            max_mappings: 256,
            knx_port: default_knx_port(),
            bacnet_port: default_bacnet_port(),
            external_ip: None,
            stun: None,
            simulated_internet: None,
        }
    }
}

/// Longest STUN server name accepted (a DNS name is at most 253 characters).
pub const MAX_STUN_SERVER: usize = 260;

/// Check a STUN server as the user typed it: `IPv4[:port]` or `dns-name[:port]`. `Err` says
/// what is wrong, in words.
pub fn check_stun_server(s: &str) -> Result<(), Text> {
    let s = s.trim();
    let bad = || text!("exposure-stun-server-bad", server = run::shown_input(s));
    if s.is_empty() || s.len() > MAX_STUN_SERVER {
        return Err(bad());
    }
    let (host, port) = match s.rsplit_once(':') {
        Some((h, p)) => (h, Some(p)),
        None => (s, None),
    };
    if port.is_some_and(|p| p.parse::<u16>().map_or(true, |p| p == 0)) {
        return Err(bad());
    }
    let name_ok = host.split('.').all(|l| {
        !l.is_empty() && l.len() <= 63 && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    });
    if host.parse::<Ipv4Addr>().is_err() && !name_ok {
        return Err(bad());
    }
    Ok(())
}

/// Something the user typed (a STUN server, an address), as it may be shown back: control
/// characters escaped, cut. The GUI's messages about what was typed use it too.
pub fn shown_input(s: &str) -> String {
    run::shown_input(s)
}

/// What the user is asked before the STUN request (the CLI prints it, the GUI's consent
/// dialog shows it): which server, and what that third party learns.
pub fn stun_consent(server: &str) -> Text {
    text!("exposure-stun-consent", server = run::shown_input(server))
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
    events: EventSink,
    cancel: CancelFlag,
) -> ExposureReport {
    run::probe(opts, known, events, cancel).await
}
