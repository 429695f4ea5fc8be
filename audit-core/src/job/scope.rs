//! Where a job may look: the local address to send from, the broadcast address of that subnet,
//! unicast targets. Built from an interface name, a bind address, targets only, or the demo
//! building. Nothing here sends anything.

use std::net::{Ipv4Addr, SocketAddrV4};

use serde::{Deserialize, Serialize};

pub const BACNET_PORT: u16 = 47808;
pub const KNX_PORT: u16 = 3671;
pub const KNX_MULTICAST: Ipv4Addr = Ipv4Addr::new(224, 0, 23, 12);

/// `--target IP[:PORT]`: port 3671 means KNXnet/IP only, any other port BACnet/IP only, no port
/// both (BACnet on 47808, KNX on 3671).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Target {
    pub ip: Ipv4Addr,
    pub port: Option<u16>,
}

impl Target {
    pub fn parse(s: &str) -> Result<Self, String> {
        let s = s.trim();
        if let Ok(ip) = s.parse::<Ipv4Addr>() {
            return Ok(Self { ip, port: None });
        }
        match s.parse::<SocketAddrV4>() {
            Ok(sa) if sa.port() != 0 => Ok(Self {
                ip: *sa.ip(),
                port: Some(sa.port()),
            }),
            _ => Err(format!(
                "target {s:?} is not an IPv4 address or IPv4:port (e.g. 198.18.0.5 or 198.18.0.5:47808)"
            )),
        }
    }

    /// The BACnet/IP address to probe, if this target is for BACnet.
    pub fn bacnet(&self, default_port: u16) -> Option<SocketAddrV4> {
        match self.port {
            None => Some(SocketAddrV4::new(self.ip, default_port)),
            Some(KNX_PORT) => None,
            Some(p) => Some(SocketAddrV4::new(self.ip, p)),
        }
    }

    /// The KNXnet/IP control endpoint to probe, if this target is for KNX.
    pub fn knx(&self, default_port: u16) -> Option<SocketAddrV4> {
        match self.port {
            None => Some(SocketAddrV4::new(self.ip, default_port)),
            Some(KNX_PORT) => Some(SocketAddrV4::new(self.ip, KNX_PORT)),
            Some(p) if p == default_port => Some(SocketAddrV4::new(self.ip, p)),
            Some(_) => None,
        }
    }
}

impl std::fmt::Display for Target {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.port {
            Some(p) => write!(f, "{}:{p}", self.ip),
            None => write!(f, "{}", self.ip),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scope {
    /// In words: "interface eth1 (198.18.0.1/24)", "demo building", ...
    pub label: String,
    pub interface: Option<String>,
    /// Local address to send from. `0.0.0.0` for targets-only jobs (no broadcast, no multicast).
    pub bind: Ipv4Addr,
    /// Subnet-directed broadcast for Who-Is; `None` when the interface has none.
    pub broadcast: Option<Ipv4Addr>,
    /// Send KNX multicast search on this interface.
    pub multicast: bool,
    pub bacnet_port: u16,
    pub knx_port: u16,
    pub knx_multicast: Ipv4Addr,
    pub targets: Vec<Target>,
    /// Also send a BACnet global broadcast (DNET 0xFFFF) Who-Is. Off by default: every device
    /// of every network answers, through every router.
    pub global_broadcast: bool,
    /// KNX: HPAI 0.0.0.0:0 so that answers go to the packet source (NAT between us and targets).
    pub nat: bool,
    pub bacnet: bool,
    pub knx: bool,
    /// IPv4 network of the interface (address, prefix), for "reply from outside the subnet".
    pub subnet: Option<(Ipv4Addr, u8)>,
}

impl Scope {
    fn base(label: String, bind: Ipv4Addr) -> Self {
        Self {
            label,
            interface: None,
            bind,
            broadcast: None,
            multicast: false,
            bacnet_port: BACNET_PORT,
            knx_port: KNX_PORT,
            knx_multicast: KNX_MULTICAST,
            targets: Vec::new(),
            global_broadcast: false,
            nat: false,
            bacnet: true,
            knx: true,
            subnet: None,
        }
    }

    /// Only the given targets, by unicast; nothing broadcast or multicast.
    pub fn targets_only(targets: Vec<Target>) -> Self {
        let mut s = Self::base("targets only".into(), Ipv4Addr::UNSPECIFIED);
        s.targets = targets;
        s
    }

    /// A scope from an interface's IPv4 address, netmask and broadcast as given.
    pub fn from_parts(
        interface: Option<String>,
        ip: Ipv4Addr,
        prefix: u8,
        broadcast: Option<Ipv4Addr>,
        multicast: bool,
    ) -> Self {
        let name = interface.clone().unwrap_or_else(|| "?".into());
        let mut s = Self::base(format!("interface {name} ({ip}/{prefix})"), ip);
        s.interface = interface;
        s.broadcast = broadcast;
        s.multicast = multicast;
        s.subnet = Some((ip, prefix));
        s
    }

    /// The scope of a local interface by name (its first IPv4 address).
    pub fn for_interface(name: &str) -> Result<Self, String> {
        let ifs = if_addrs::get_if_addrs().map_err(|e| format!("cannot list interfaces: {e}"))?;
        let found = ifs.iter().find_map(|i| match &i.addr {
            if_addrs::IfAddr::V4(a) if i.name == name => Some((a.clone(), i.is_loopback())),
            _ => None,
        });
        let Some((a, loopback)) = found else {
            let names: Vec<String> = ifs
                .iter()
                .filter(|i| matches!(i.addr, if_addrs::IfAddr::V4(_)))
                .map(|i| i.name.clone())
                .collect();
            return Err(format!(
                "interface {name:?} has no IPv4 address (interfaces with IPv4: {})",
                names.join(", ")
            ));
        };
        Ok(Self::from_if(name, &a, loopback))
    }

    /// The scope of the interface that holds `ip`.
    pub fn for_bind(ip: Ipv4Addr) -> Result<Self, String> {
        let ifs = if_addrs::get_if_addrs().map_err(|e| format!("cannot list interfaces: {e}"))?;
        let found = ifs.iter().find_map(|i| match &i.addr {
            if_addrs::IfAddr::V4(a) if a.ip == ip => {
                Some((i.name.clone(), a.clone(), i.is_loopback()))
            }
            _ => None,
        });
        match found {
            Some((name, a, loopback)) => Ok(Self::from_if(&name, &a, loopback)),
            // Any address of 127.0.0.0/8 is local on Linux without being configured.
            None if ip.is_loopback() => Ok(Self::from_parts(
                Some("lo".into()),
                ip,
                8,
                Some(Ipv4Addr::new(127, 255, 255, 255)),
                true,
            )),
            None => Err(format!("no local interface has the address {ip}")),
        }
    }

    fn from_if(name: &str, a: &if_addrs::Ifv4Addr, loopback: bool) -> Self {
        let flags = interface_flags(name);
        // Linux has `broadcast 127.255.255.255 dev lo` in the local table although `lo` has no
        // broadcast flag; that is what lets the built-in simulators be found by broadcast.
        let broadcast = a
            .broadcast
            .or_else(|| loopback.then(|| subnet_broadcast(a.ip, a.prefixlen)));
        let multicast = loopback || flags.is_none_or(|f| f & IFF_MULTICAST != 0);
        Self::from_parts(
            Some(name.to_owned()),
            a.ip,
            a.prefixlen,
            broadcast,
            multicast,
        )
    }

    pub fn with_targets(mut self, targets: Vec<Target>) -> Self {
        self.targets = targets;
        self
    }

    /// Whether `ip` is inside the interface's subnet (true when the subnet is unknown).
    pub fn in_subnet(&self, ip: Ipv4Addr) -> bool {
        match self.subnet {
            Some((net, prefix)) => same_subnet(net, ip, prefix),
            None => true,
        }
    }

    /// Local broadcast discovery (Who-Is, network messages) is possible.
    pub fn can_broadcast(&self) -> bool {
        self.broadcast.is_some() && !self.bind.is_unspecified()
    }

    pub fn can_multicast(&self) -> bool {
        self.multicast && !self.bind.is_unspecified()
    }
}

const IFF_MULTICAST: u32 = 0x1000;

/// Interface flags from sysfs (Linux); `None` elsewhere or when unreadable.
fn interface_flags(name: &str) -> Option<u32> {
    if name.contains('/') || name.contains("..") {
        return None;
    }
    // A sysfs attribute: a few bytes ("0x1043\n").
    let path = format!("/sys/class/net/{name}/flags");
    let s = crate::files::read_text_bounded(std::path::Path::new(&path), 64).ok()?;
    u32::from_str_radix(s.trim().trim_start_matches("0x"), 16).ok()
}

pub fn prefix_mask(prefix: u8) -> u32 {
    match prefix {
        0 => 0,
        p if p >= 32 => u32::MAX,
        p => u32::MAX << (32 - u32::from(p)),
    }
}

pub fn subnet_broadcast(ip: Ipv4Addr, prefix: u8) -> Ipv4Addr {
    Ipv4Addr::from(u32::from(ip) | !prefix_mask(prefix))
}

pub fn same_subnet(a: Ipv4Addr, b: Ipv4Addr, prefix: u8) -> bool {
    let m = prefix_mask(prefix);
    u32::from(a) & m == u32::from(b) & m
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_parse_and_pick_protocols() {
        let t = Target::parse("198.18.0.5").unwrap();
        assert_eq!(t.bacnet(47808), Some("198.18.0.5:47808".parse().unwrap()));
        assert_eq!(t.knx(3671), Some("198.18.0.5:3671".parse().unwrap()));
        let t = Target::parse("198.18.0.5:3671").unwrap();
        assert_eq!(t.bacnet(47808), None);
        assert!(t.knx(3671).is_some());
        let t = Target::parse("198.18.0.5:47809").unwrap();
        assert_eq!(t.bacnet(47808), Some("198.18.0.5:47809".parse().unwrap()));
        assert_eq!(t.knx(3671), None);
        assert_eq!(t.to_string(), "198.18.0.5:47809");
        for bad in ["", "host", "1.2.3.4:0", "1.2.3.4:99999", "::1", "1.2.3"] {
            assert!(Target::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn subnet_arithmetic() {
        let ip = Ipv4Addr::new(198, 18, 0, 7);
        assert_eq!(subnet_broadcast(ip, 24), Ipv4Addr::new(198, 18, 0, 255));
        assert_eq!(subnet_broadcast(ip, 15), Ipv4Addr::new(198, 19, 255, 255));
        assert_eq!(subnet_broadcast(ip, 32), ip);
        assert_eq!(subnet_broadcast(ip, 0), Ipv4Addr::BROADCAST);
        assert!(same_subnet(ip, Ipv4Addr::new(198, 18, 0, 200), 24));
        assert!(!same_subnet(ip, Ipv4Addr::new(198, 18, 1, 200), 24));
    }

    #[test]
    fn loopback_bind_has_the_local_table_broadcast() {
        let s = Scope::for_bind(Ipv4Addr::new(127, 0, 0, 1)).unwrap();
        assert_eq!(s.broadcast, Some(Ipv4Addr::new(127, 255, 255, 255)));
        assert!(s.can_broadcast());
        let t = Scope::targets_only(vec![]);
        assert!(!t.can_broadcast() && !t.can_multicast());
        assert!(Scope::for_interface("no-such-if0").is_err());
    }
}
