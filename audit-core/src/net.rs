//! IPv4 address facts: is an address reachable from the internet (the one rule, from the IANA
//! special-purpose registry, used by the checks and by the router probes alike), and which
//! subnets count as local.

use std::net::Ipv4Addr;

/// Special-purpose IPv4 blocks that are not globally routable (IANA IPv4 Special-Purpose
/// Address Registry, RFC 6890 and updates), as (network, prefix length, why).
pub const NOT_PUBLIC: &[(Ipv4Addr, u8, &str)] = &[
    (Ipv4Addr::new(0, 0, 0, 0), 8, "this network"),
    (Ipv4Addr::new(10, 0, 0, 0), 8, "private (RFC 1918)"),
    (
        Ipv4Addr::new(100, 64, 0, 0),
        10,
        "carrier-grade NAT (RFC 6598)",
    ),
    (Ipv4Addr::new(127, 0, 0, 0), 8, "loopback"),
    (Ipv4Addr::new(169, 254, 0, 0), 16, "link-local"),
    (Ipv4Addr::new(172, 16, 0, 0), 12, "private (RFC 1918)"),
    (Ipv4Addr::new(192, 0, 0, 0), 24, "IETF protocol assignments"),
    (
        Ipv4Addr::new(192, 0, 2, 0),
        24,
        "documentation (TEST-NET-1)",
    ),
    (
        Ipv4Addr::new(192, 88, 99, 0),
        24,
        "deprecated 6to4 relay anycast",
    ),
    (Ipv4Addr::new(192, 168, 0, 0), 16, "private (RFC 1918)"),
    (Ipv4Addr::new(198, 18, 0, 0), 15, "benchmarking (RFC 2544)"),
    (
        Ipv4Addr::new(198, 51, 100, 0),
        24,
        "documentation (TEST-NET-2)",
    ),
    (
        Ipv4Addr::new(203, 0, 113, 0),
        24,
        "documentation (TEST-NET-3)",
    ),
    (Ipv4Addr::new(224, 0, 0, 0), 4, "multicast"),
    (Ipv4Addr::new(240, 0, 0, 0), 4, "reserved (incl. broadcast)"),
];

/// Whether `ip` is inside `net/prefix`.
pub fn in_net(ip: Ipv4Addr, net: Ipv4Addr, prefix: u8) -> bool {
    let mask = prefix_mask(prefix);
    u32::from(ip) & mask == u32::from(net) & mask
}

pub fn prefix_mask(prefix: u8) -> u32 {
    match prefix {
        0 => 0,
        p if p >= 32 => u32::MAX,
        p => u32::MAX << (32 - u32::from(p)),
    }
}

/// The special-purpose block `ip` falls in, if any.
pub fn special_block(ip: Ipv4Addr) -> Option<&'static str> {
    NOT_PUBLIC
        .iter()
        .find(|(net, p, _)| in_net(ip, *net, *p))
        .map(|(_, _, why)| *why)
}

/// Globally routable: reachable from the internet if nothing filters it.
pub fn is_public(ip: Ipv4Addr) -> bool {
    special_block(ip).is_none()
}

/// The shared address space of carrier-grade NAT (RFC 6598).
pub const SHARED: (Ipv4Addr, u8) = (Ipv4Addr::new(100, 64, 0, 0), 10);

/// What kind of address a router's internet side has, which decides whether a forward on that
/// router reaches the internet (see `checks::exposure`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AddressClass {
    /// Globally routable ([`is_public`]).
    Public,
    /// 100.64.0.0/10: the provider's carrier-grade NAT sits in front; the provider's other
    /// customers may reach it, the internet does not.
    Shared,
    /// Any other special-purpose block (RFC 1918 private, loopback, benchmarking, ...): another
    /// router sits in front, and it decides.
    Private,
}

/// The class of `ip` by the IANA table (no exceptions: see `inventory::SimulatedInternet`
/// for the demo building's and the router lab's stand-in internet).
pub fn address_class(ip: Ipv4Addr) -> AddressClass {
    if in_net(ip, SHARED.0, SHARED.1) {
        AddressClass::Shared
    } else if is_public(ip) {
        AddressClass::Public
    } else {
        AddressClass::Private
    }
}

/// A local subnet (network address and mask) the audit saw devices in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Subnet {
    pub net: Ipv4Addr,
    pub mask: u32,
}

impl Subnet {
    pub fn contains(&self, ip: Ipv4Addr) -> bool {
        u32::from(ip) & self.mask == u32::from(self.net) & self.mask
    }
}

/// The /24 around an address: what "local" means when no mask is known.
pub fn slash24(ip: Ipv4Addr) -> Subnet {
    Subnet {
        net: ip,
        mask: prefix_mask(24),
    }
}

/// Parse a dotted mask ("255.255.255.0"); a BDT mask of all ones means "send directly" and
/// tells nothing about the subnet, so it is treated as a /24.
pub fn mask_of(s: &str) -> Option<u32> {
    let m = u32::from(s.trim().parse::<Ipv4Addr>().ok()?);
    if m == u32::MAX || m == 0 {
        return Some(prefix_mask(24));
    }
    // Only contiguous masks are masks.
    (m.leading_ones() + m.trailing_zeros() == 32).then_some(m)
}
