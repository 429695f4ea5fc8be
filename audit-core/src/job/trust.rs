//! The trust gate: which addresses a job may send to, decided in one place (docs/TRUST.md).
//!
//! A network answer is a claim by its sender, nothing more. A unicast probe may go to an
//! address only if
//! - it is not unspecified, a broadcast (the limited one, the scope's subnet broadcast or
//!   network address), multicast or reserved, not loopback unless the scope itself is on
//!   loopback, and not one of our own addresses;
//! - it is inside the scope: a target the user named, the interface's subnet, or a network a
//!   BBMD we found vouches for in its broadcast distribution table (never a public one, never
//!   wider than [`MIN_VOUCHED_PREFIX`]);
//! - and it answered us itself (its own UDP source address), or a BBMD we found vouched for
//!   it, or the user named it.
//!
//! Broadcasts and multicasts are allowed only to the scope's own subnet broadcast and KNX
//! group, when the scope allows them at all. Targets the user named bypass the loopback and
//! own-address rules (auditing a soft controller on this machine is a reasonable request), never
//! the broadcast and multicast ones.
//!
//! [`crate::job::JobCtx::send`] asks the gate before every packet of a job that has one
//! (discovery); discovery asks it earlier too, to keep a refused claim as its sender's claim
//! rather than as work. A refusal is counted per destination and reason and never sent.

use std::collections::{BTreeMap, HashSet};
use std::net::{Ipv4Addr, SocketAddrV4};
use std::sync::Mutex;

use super::scope::{Scope, prefix_mask};
use crate::net::{self, Subnet};

/// Vouching never covers a network wider than this (a BDT row with mask 0.0.0.0 would
/// otherwise vouch for the whole internet).
pub const MIN_VOUCHED_PREFIX: u8 = 16;
/// Networks one BBMD may vouch for (its BDT rows); more are not taken.
pub const MAX_VOUCHED_PER_BBMD: usize = 64;
/// Refused destinations remembered (each with its reason and count); more are counted only.
pub const MAX_REFUSED_KEPT: usize = 256;

/// Why an address may not be sent to. `code()` is the stable kebab-case name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Refusal {
    Unspecified,
    /// 255.255.255.255.
    LimitedBroadcast,
    /// The scope's subnet broadcast address, outside a deliberate broadcast.
    SubnetBroadcast,
    /// The scope's subnet network address (treated as a broadcast by some stacks).
    NetworkAddress,
    Multicast,
    /// 240.0.0.0/4.
    Reserved,
    /// 127.0.0.0/8 while the scope is not on loopback.
    Loopback,
    /// The auditor's own address.
    OwnAddress,
    /// Not a target, not in the subnet, not vouched for by a BBMD we found.
    OutsideScope,
    /// In scope, but it never answered us and nobody we trust vouched for it.
    NotAnswered,
    /// A broadcast or multicast to anything but the scope's own broadcast address or group, or
    /// one the scope does not allow.
    NotOurBroadcast,
}

impl Refusal {
    pub fn code(self) -> &'static str {
        match self {
            Refusal::Unspecified => "unspecified-address",
            Refusal::LimitedBroadcast => "broadcast-address",
            Refusal::SubnetBroadcast => "subnet-broadcast-address",
            Refusal::NetworkAddress => "subnet-network-address",
            Refusal::Multicast => "multicast-address",
            Refusal::Reserved => "reserved-address",
            Refusal::Loopback => "loopback-address",
            Refusal::OwnAddress => "own-address",
            Refusal::OutsideScope => "outside-scope",
            Refusal::NotAnswered => "never-answered",
            Refusal::NotOurBroadcast => "not-the-scope-broadcast",
        }
    }

    /// Refusals that only mean "not yet": the address may become sendable once a BBMD we find
    /// vouches for it.
    pub fn may_change(self) -> bool {
        matches!(self, Refusal::OutsideScope | Refusal::NotAnswered)
    }
}

/// How a packet is meant to leave.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    /// To one host.
    Unicast,
    /// To the scope's subnet broadcast or its KNX multicast group (discovery's own requests).
    Broadcast,
}

/// A network a BBMD vouches for.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Vouched {
    net: Subnet,
    by: SocketAddrV4,
}

#[derive(Debug, Default)]
struct GateState {
    answered: HashSet<Ipv4Addr>,
    vouched_hosts: BTreeMap<Ipv4Addr, SocketAddrV4>,
    vouched_nets: Vec<Vouched>,
    refused: BTreeMap<(SocketAddrV4, Refusal), u64>,
    refused_other: u64,
}

/// What a job may send to (see the module documentation).
#[derive(Debug)]
pub struct Gate {
    bind: Ipv4Addr,
    /// Every IPv4 address of this machine (namespace) when the gate was made.
    own: Vec<Ipv4Addr>,
    subnet: Option<(Ipv4Addr, u8)>,
    broadcast: Option<Ipv4Addr>,
    can_broadcast: bool,
    group: Option<Ipv4Addr>,
    loopback_scope: bool,
    targets: Vec<Ipv4Addr>,
    state: Mutex<GateState>,
}

fn lock(m: &Mutex<GateState>) -> std::sync::MutexGuard<'_, GateState> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl Gate {
    /// The gate of a job in `scope`; our own addresses are read from the interface list.
    pub fn for_scope(scope: &Scope) -> Self {
        let own = if_addrs::get_if_addrs()
            .map(|ifs| {
                ifs.into_iter()
                    .filter_map(|i| match i.addr {
                        if_addrs::IfAddr::V4(a) => Some(a.ip),
                        if_addrs::IfAddr::V6(_) => None,
                    })
                    .collect()
            })
            .unwrap_or_default();
        Self::with_own_addresses(scope, own)
    }

    /// [`Gate::for_scope`] with the machine's addresses given (tests).
    pub fn with_own_addresses(scope: &Scope, own: Vec<Ipv4Addr>) -> Self {
        Self {
            bind: scope.bind,
            own,
            subnet: scope.subnet.filter(|_| !scope.bind.is_unspecified()),
            broadcast: scope.broadcast,
            can_broadcast: scope.can_broadcast(),
            group: (scope.knx && scope.can_multicast()).then_some(scope.knx_multicast),
            loopback_scope: scope.bind.is_loopback(),
            targets: scope.targets.iter().map(|t| t.ip).collect(),
            state: Mutex::new(GateState::default()),
        }
    }

    /// `ip` answered us itself (a datagram from it that decoded).
    pub fn answered(&self, ip: Ipv4Addr) {
        lock(&self.state).answered.insert(ip);
    }

    pub fn has_answered(&self, ip: Ipv4Addr) -> bool {
        lock(&self.state).answered.contains(&ip)
    }

    /// The BBMD `by` (which answered our Read-BDT) names `net/mask` in its BDT. A mask of all
    /// ones sends to that BBMD directly and says nothing of its subnet: the /24 around it is
    /// taken (net::mask_of). Refused (false): public networks, masks wider than
    /// [`MIN_VOUCHED_PREFIX`], a BBMD outside the scope, more than [`MAX_VOUCHED_PER_BBMD`].
    pub fn vouch_net(&self, by: SocketAddrV4, entry: Ipv4Addr, mask: &str) -> bool {
        let Some(m) = net::mask_of(mask) else {
            return false;
        };
        if m.leading_ones() < u32::from(MIN_VOUCHED_PREFIX) || net::is_public(entry) {
            return false;
        }
        if self.check_scope(*by.ip()).is_err() || self.check_never(*by.ip()).is_err() {
            return false;
        }
        let mut st = lock(&self.state);
        if st.vouched_nets.iter().filter(|v| v.by == by).count() >= MAX_VOUCHED_PER_BBMD {
            return false;
        }
        let v = Vouched {
            net: Subnet {
                net: Ipv4Addr::from(u32::from(entry) & m),
                mask: m,
            },
            by,
        };
        if !st.vouched_nets.contains(&v) {
            st.vouched_nets.push(v);
        }
        true
    }

    /// The BBMD `by` forwarded a message from `ip` (Forwarded-NPDU): it vouches for that host.
    /// Refused like [`Gate::vouch_net`], and for an address in our own subnet (a local device
    /// answers us itself; a forwarded message naming one is somebody else's claim).
    pub fn vouch_host(&self, by: SocketAddrV4, ip: Ipv4Addr) -> bool {
        if net::is_public(ip) || self.in_subnet(ip) || self.check_never(ip).is_err() {
            return false;
        }
        if self.check_scope(*by.ip()).is_err() {
            return false;
        }
        lock(&self.state).vouched_hosts.entry(ip).or_insert(by);
        true
    }

    /// The BBMD that vouches for `ip`, if one does.
    pub fn voucher(&self, ip: Ipv4Addr) -> Option<SocketAddrV4> {
        let st = lock(&self.state);
        st.vouched_hosts.get(&ip).copied().or_else(|| {
            st.vouched_nets
                .iter()
                .find(|v| v.net.contains(ip))
                .map(|v| v.by)
        })
    }

    pub fn is_target(&self, ip: Ipv4Addr) -> bool {
        self.targets.contains(&ip)
    }

    /// Inside the interface's subnet (false for a targets-only scope).
    pub fn in_subnet(&self, ip: Ipv4Addr) -> bool {
        self.subnet
            .is_some_and(|(net, prefix)| net::in_net(ip, net, prefix))
    }

    /// The rules no claim can override: unspecified, broadcast, multicast, reserved, loopback
    /// outside a loopback scope, our own address.
    pub fn check_never(&self, ip: Ipv4Addr) -> Result<(), Refusal> {
        if ip.is_unspecified() {
            return Err(Refusal::Unspecified);
        }
        if ip == Ipv4Addr::BROADCAST {
            return Err(Refusal::LimitedBroadcast);
        }
        if ip.is_multicast() {
            return Err(Refusal::Multicast);
        }
        if u32::from(ip) >= u32::from(Ipv4Addr::new(240, 0, 0, 0)) {
            return Err(Refusal::Reserved);
        }
        if let Some((net, prefix)) = self.subnet
            && prefix < 31
            && net::in_net(ip, net, prefix)
        {
            let host = u32::from(ip) & !prefix_mask(prefix);
            if host == !prefix_mask(prefix) {
                return Err(Refusal::SubnetBroadcast);
            }
            if host == 0 {
                return Err(Refusal::NetworkAddress);
            }
        }
        if self.broadcast == Some(ip) {
            return Err(Refusal::SubnetBroadcast);
        }
        let target = self.is_target(ip);
        if ip.is_loopback() && !self.loopback_scope && !target {
            return Err(Refusal::Loopback);
        }
        if !target && (ip == self.bind || self.own.contains(&ip)) {
            return Err(Refusal::OwnAddress);
        }
        Ok(())
    }

    /// Inside the scope: a target, the subnet, or vouched for by a BBMD we found.
    pub fn check_scope(&self, ip: Ipv4Addr) -> Result<(), Refusal> {
        if self.is_target(ip) || self.in_subnet(ip) || self.voucher(ip).is_some() {
            Ok(())
        } else {
            Err(Refusal::OutsideScope)
        }
    }

    /// May a unicast probe go to `ip`? (every rule; nothing is recorded)
    pub fn check_probe(&self, ip: Ipv4Addr) -> Result<(), Refusal> {
        self.check_never(ip)?;
        self.check_scope(ip)?;
        if self.is_target(ip) || self.has_answered(ip) || self.voucher(ip).is_some() {
            Ok(())
        } else {
            Err(Refusal::NotAnswered)
        }
    }

    /// May this packet leave? A refusal is counted under its destination and reason.
    pub fn permit(&self, dest: SocketAddrV4, via: Via) -> Result<(), Refusal> {
        let verdict = match via {
            Via::Unicast => self.check_probe(*dest.ip()),
            Via::Broadcast => {
                let ours = (self.can_broadcast && self.broadcast == Some(*dest.ip()))
                    || self.group == Some(*dest.ip());
                if ours {
                    Ok(())
                } else {
                    Err(Refusal::NotOurBroadcast)
                }
            }
        };
        if let Err(r) = verdict {
            let mut st = lock(&self.state);
            let kept = st.refused.len();
            match st.refused.get_mut(&(dest, r)) {
                Some(n) => *n += 1,
                None if kept < MAX_REFUSED_KEPT => {
                    st.refused.insert((dest, r), 1);
                }
                None => st.refused_other += 1,
            }
        }
        verdict
    }

    /// Packets refused so far: (destination, reason, count), and how many more were refused
    /// beyond [`MAX_REFUSED_KEPT`] destinations.
    pub fn refused(&self) -> (Vec<(SocketAddrV4, Refusal, u64)>, u64) {
        let st = lock(&self.state);
        (
            st.refused.iter().map(|((d, r), n)| (*d, *r, *n)).collect(),
            st.refused_other,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::job::scope::Target;

    fn lan() -> Gate {
        // The lab auditor: 198.18.1.100/24 on aud0.
        let scope = Scope::from_parts(
            Some("aud0".into()),
            Ipv4Addr::new(198, 18, 1, 100),
            24,
            Some(Ipv4Addr::new(198, 18, 1, 255)),
            true,
        );
        Gate::with_own_addresses(&scope, vec![Ipv4Addr::new(198, 18, 1, 100)])
    }

    fn ip(s: &str) -> Ipv4Addr {
        s.parse().unwrap()
    }

    fn sa(s: &str) -> SocketAddrV4 {
        s.parse().unwrap()
    }

    #[test]
    fn never_rules_hold_whatever_answered() {
        let g = lan();
        for (addr, why) in [
            ("0.0.0.0", Refusal::Unspecified),
            ("255.255.255.255", Refusal::LimitedBroadcast),
            ("198.18.1.255", Refusal::SubnetBroadcast),
            ("198.18.1.0", Refusal::NetworkAddress),
            ("224.0.23.12", Refusal::Multicast),
            ("239.255.255.250", Refusal::Multicast),
            ("240.0.0.1", Refusal::Reserved),
            ("127.0.0.1", Refusal::Loopback),
            ("127.0.0.10", Refusal::Loopback),
            ("198.18.1.100", Refusal::OwnAddress),
        ] {
            g.answered(ip(addr));
            assert_eq!(g.check_probe(ip(addr)), Err(why), "{addr}");
        }
    }

    #[test]
    fn probes_need_an_answer_inside_the_scope() {
        let g = lan();
        assert_eq!(g.check_probe(ip("198.18.1.10")), Err(Refusal::NotAnswered));
        g.answered(ip("198.18.1.10"));
        assert_eq!(g.check_probe(ip("198.18.1.10")), Ok(()));
        // Answered, but from another subnet and nobody vouches: outside the scope.
        g.answered(ip("198.18.3.30"));
        assert_eq!(g.check_probe(ip("198.18.3.30")), Err(Refusal::OutsideScope));
        assert!(Refusal::OutsideScope.may_change());
    }

    #[test]
    fn a_bbmd_in_scope_vouches_for_private_networks_only() {
        let g = lan();
        let bbmd = sa("198.18.1.30:47808");
        g.answered(ip("198.18.3.30"));
        // All-ones mask: the /24 around the peer BBMD.
        assert!(g.vouch_net(bbmd, ip("198.18.3.30"), "255.255.255.255"));
        assert_eq!(g.check_probe(ip("198.18.3.30")), Ok(()));
        assert_eq!(g.voucher(ip("198.18.3.77")), Some(bbmd));
        // Public, too wide, or vouched by a BBMD outside the scope: refused.
        assert!(!g.vouch_net(bbmd, ip("8.8.8.0"), "255.255.255.0"));
        assert!(!g.vouch_net(bbmd, ip("10.0.0.0"), "255.0.0.0"));
        assert!(!g.vouch_net(sa("10.9.9.9:47808"), ip("10.1.1.0"), "255.255.255.0"));
        assert_eq!(g.check_probe(ip("10.1.1.5")), Err(Refusal::OutsideScope));
        // A forwarded message can vouch for a remote host, never for a local address, a
        // broadcast or our own address.
        assert!(g.vouch_host(bbmd, ip("10.20.0.7")));
        assert_eq!(g.check_probe(ip("10.20.0.7")), Ok(()));
        for bad in [
            "198.18.1.10",
            "198.18.1.255",
            "198.18.1.100",
            "127.0.0.1",
            "1.1.1.1",
        ] {
            assert!(!g.vouch_host(bbmd, ip(bad)), "{bad}");
        }
    }

    #[test]
    fn broadcasts_only_to_the_scope_own_address_and_group() {
        let g = lan();
        assert_eq!(g.permit(sa("198.18.1.255:47808"), Via::Broadcast), Ok(()));
        assert_eq!(g.permit(sa("224.0.23.12:3671"), Via::Broadcast), Ok(()));
        assert_eq!(
            g.permit(sa("255.255.255.255:47808"), Via::Broadcast),
            Err(Refusal::NotOurBroadcast)
        );
        // A claim naming the broadcast address gets no unicast request either.
        assert_eq!(
            g.permit(sa("198.18.1.255:47808"), Via::Unicast),
            Err(Refusal::SubnetBroadcast)
        );
        let (refused, more) = g.refused();
        assert_eq!(refused.len(), 2);
        assert_eq!(more, 0);
    }

    #[test]
    fn loopback_is_allowed_inside_a_loopback_scope_but_never_our_own_address() {
        let scope = Scope::from_parts(
            Some("lo".into()),
            Ipv4Addr::new(127, 0, 0, 1),
            8,
            Some(Ipv4Addr::new(127, 255, 255, 255)),
            true,
        );
        let g = Gate::with_own_addresses(&scope, vec![Ipv4Addr::new(127, 0, 0, 1)]);
        g.answered(ip("127.0.0.10"));
        g.answered(ip("127.0.0.1"));
        assert_eq!(g.check_probe(ip("127.0.0.10")), Ok(()));
        assert_eq!(g.check_probe(ip("127.0.0.1")), Err(Refusal::OwnAddress));
        assert_eq!(
            g.check_probe(ip("127.255.255.255")),
            Err(Refusal::SubnetBroadcast)
        );
    }

    #[test]
    fn targets_are_the_whole_scope_of_a_targets_only_job() {
        let scope = Scope::targets_only(vec![
            Target::parse("127.0.0.77:47809").unwrap(),
            Target::parse("198.18.3.30").unwrap(),
        ]);
        let g = Gate::with_own_addresses(&scope, vec![Ipv4Addr::new(127, 0, 0, 1)]);
        assert_eq!(g.check_probe(ip("127.0.0.77")), Ok(()), "the user named it");
        assert_eq!(g.check_probe(ip("198.18.3.30")), Ok(()));
        g.answered(ip("198.18.3.31"));
        assert_eq!(g.check_probe(ip("198.18.3.31")), Err(Refusal::OutsideScope));
        assert_eq!(g.check_probe(ip("127.0.0.1")), Err(Refusal::Loopback));
        assert_eq!(
            g.permit(sa("198.18.3.255:47808"), Via::Broadcast),
            Err(Refusal::NotOurBroadcast)
        );
    }
}
