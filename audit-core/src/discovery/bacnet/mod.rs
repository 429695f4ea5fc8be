//! BACnet/IP discovery: networks and routers, Who-Is per network with device-instance ranges,
//! interrogation of every device, read-only BBMD tables.
//!
//! Polite sequence (BAC0 `Discover.py`, bacnet-stack `whois`): What-Is-Network-Number and
//! Who-Is-Router-To-Network on the local broadcast, a ranged Who-Is on the local network, then
//! one ranged Who-Is per remote network sent to the router that announced it. A range whose
//! answers exceed the split threshold is asked again in two halves, split at the median of the
//! instances heard, so that answers lost in the burst are asked for again by smaller groups.
//! The global broadcast (DNET 0xFFFF) is sent only when asked for.

pub mod interrogate;

use std::collections::{BTreeMap, BTreeSet};
use std::net::SocketAddrV4;
use std::sync::Arc;

use tokio::sync::{Semaphore, mpsc};
use tokio::task::JoinSet;

use self::interrogate::{Found, interrogate};
use crate::inventory::{
    BacnetInventory, Bbmd, BdtRow, Claim, Device, DuplicateInstance, FdtRow, LimitHit,
    MalformedFrom, Network, Router, SharedAddress, TrustFacts,
};
use crate::job::bacnet_link::{self, BacnetLink, GLOBAL_NETWORK, IAmSeen, Peer, Reply, ReqError};
use crate::job::policy::REGISTER_FD_TTL_S;
use crate::job::{CancelFlag, JobCtx, JobEvent, Note, Phase, Refusal, Scope};
use crate::wire::bacnet::bvlc::{BvlcFunction, BvlcResultCode};
use crate::wire::bacnet::network::NetworkMessage;
use crate::wire::bacnet::services::{ComplexAck, ConfirmedRequest, ReadProperty};
use crate::wire::bacnet::tag::ObjectId;
use crate::wire::bacnet::values::{self, otype, prop};

/// Highest device instance (22 bits). 4194303 is the wildcard in requests; a device that
/// answers with it is unconfigured, which an audit wants to see, so Who-Is ranges include it.
pub const MAX_INSTANCE: u32 = ObjectId::MAX_INSTANCE;
/// Packets a device costs on average to interrogate (identity + object list in one RPM, about
/// three RPMs of objects, one Read-BDT), for the estimate shown before and during a job.
/// Priority arrays make the object RPMs longer, not more numerous; a BBMD adds Read-FDT and,
/// with consent, one Register-Foreign-Device.
pub const PER_DEVICE_ESTIMATE: u64 = 5;
/// Ranges narrower than this are not split further.
const MIN_SPLIT_WIDTH: u32 = 2;
/// Remote network scans (one router, one network) per job, all routers together.
pub const MAX_REMOTE_SCANS: usize = 1024;

/// Facts about the BACnet part of a job, for the result and the diagnosis.
#[derive(Debug, Clone, Default)]
pub struct BacnetFacts {
    pub local: Option<String>,
    pub socket_error: Option<crate::text::Text>,
    pub port_fallback: bool,
    pub broadcast_listener: bool,
    pub broadcast_sent: bool,
    pub i_am_received: usize,
    pub routers: usize,
    pub remote_networks: usize,
    pub unexpected_sources: BTreeMap<String, u64>,
    pub malformed: u64,
    /// Most confirmed requests outstanding at once to one device.
    pub max_in_flight: usize,
    /// BACnet targets and whether anything at all came back from them.
    pub targets: Vec<(String, bool)>,
}

#[derive(Debug, Clone, Default)]
pub struct BacnetOutcome {
    pub inventory: BacnetInventory,
    pub facts: BacnetFacts,
    /// Claims, limits and malformed answers of the BACnet part.
    pub trust: TrustFacts,
}

/// Packets the BACnet part sends before any device is known.
pub fn estimate_discovery(scope: &Scope) -> u64 {
    if !scope.bacnet {
        return 0;
    }
    let mut n = 0;
    if scope.can_broadcast() {
        n += 3; // What-Is-Network-Number, Who-Is-Router-To-Network, local Who-Is
        if scope.global_broadcast {
            n += 1;
        }
    }
    // Per target: Who-Is, ReadProperty on the wildcard instance if no I-Am came, Read-BDT.
    n + 3 * scope
        .targets
        .iter()
        .filter(|t| t.bacnet(scope.bacnet_port).is_some())
        .count() as u64
}

async fn listen(ctx: &JobCtx) {
    tokio::select! {
        () = tokio::time::sleep(ctx.policy.listen()) => {}
        () = ctx.stop.cancelled() => {}
    }
}

/// Ranged Who-Is with splitting; `network` filters the I-Ams that count for this scan
/// (`None`: local devices).
async fn who_is_ranges(
    link: Arc<BacnetLink>,
    ctx: Arc<JobCtx>,
    dest: SocketAddrV4,
    broadcast: bool,
    dnet: Option<u16>,
) {
    // Level by level: every range of a level is asked, then one listening window serves them
    // all, so splitting costs one window per level rather than one per range.
    let mut level = vec![(0u32, MAX_INSTANCE)];
    let threshold = ctx.policy.whois_split_threshold() as usize;
    while !level.is_empty() {
        if ctx.stopped() {
            return;
        }
        let mark = link.i_am_count();
        for &(lo, hi) in &level {
            if !link
                .who_is(&ctx, dest, broadcast, dnet, Some((lo, hi)))
                .await
            {
                return;
            }
        }
        listen(&ctx).await;
        let answers = link.i_ams_since(mark);
        let mut next = Vec::new();
        for (lo, hi) in level {
            let heard: Vec<u32> = answers
                .iter()
                .filter(|i| i.route.map(|r| r.0) == dnet && (lo..=hi).contains(&i.instance))
                // A source over a per-address limit does not make us ask again.
                .filter(|i| !link.storming(*i.udp_source.ip()))
                .map(|i| i.instance)
                .collect::<BTreeSet<u32>>()
                .into_iter()
                .collect();
            if heard.len() > threshold && hi - lo >= MIN_SPLIT_WIDTH {
                // Sorted (from the set); the lower half gets exactly half of the instances heard.
                let mid = heard
                    .get((heard.len() / 2).saturating_sub(1))
                    .copied()
                    .unwrap_or(lo + (hi - lo) / 2)
                    .clamp(lo, hi - 1);
                ctx.phase(
                    Phase::BacnetWhoIs,
                    crate::text!(
                        "job-phase-who-is-split",
                        count = heard.len(),
                        low = lo.to_string(),
                        high = hi.to_string()
                    ),
                )
                .await;
                next.push((lo, mid));
                next.push((mid + 1, hi));
            }
        }
        level = next;
    }
}

pub async fn run(ctx: Arc<JobCtx>, scope: &Scope) -> BacnetOutcome {
    let mut out = BacnetOutcome::default();
    let link = match BacnetLink::open(&ctx, scope).await {
        Ok(l) => Arc::new(l),
        Err(e) => {
            let msg = crate::text!(
                "job-note-bacnet-socket",
                address = SocketAddrV4::new(scope.bind, scope.bacnet_port).to_string(),
                error = e.to_string()
            );
            ctx.note_once(Note::warning("bacnet-socket", msg.clone()))
                .await;
            out.facts.socket_error = Some(msg);
            return out;
        }
    };
    out.facts.local = Some(link.local.to_string());
    out.facts.port_fallback = link.facts.port_fallback;
    out.facts.broadcast_listener = link.facts.broadcast_listener;
    let port = scope.bacnet_port;

    // Devices are interrogated as their I-Am arrives, while discovery still listens, so that
    // the listening windows do not leave the rate budget unused. Only devices the trust rules
    // allow go there; the rest wait for the BBMDs (step 6) or stay their sender's claims.
    let (found_tx, found_rx) = mpsc::unbounded_channel::<Found>();
    let interrogator = tokio::spawn(interrogate_stream(link.clone(), ctx.clone(), found_rx));
    let feeder_stop = CancelFlag::new();
    let feeder = tokio::spawn(feed(
        link.clone(),
        ctx.clone(),
        found_tx.clone(),
        feeder_stop.clone(),
    ));

    // 1. Networks, routers and local devices.
    let mut scans = JoinSet::new();
    if let (true, Some(b)) = (scope.can_broadcast(), scope.broadcast) {
        let bdest = SocketAddrV4::new(b, port);
        ctx.phase(
            Phase::BacnetNetworks,
            crate::text!("job-phase-bacnet-routers", address = bdest.to_string()),
        )
        .await;
        link.send_network_message(&ctx, bdest, true, NetworkMessage::WhatIsNetworkNumber)
            .await;
        link.send_network_message(
            &ctx,
            bdest,
            true,
            NetworkMessage::WhoIsRouterToNetwork { network: None },
        )
        .await;
        out.facts.broadcast_sent = true;
        if scope.global_broadcast {
            ctx.note_once(Note::warning(
                "bacnet-global-broadcast",
                crate::text!("job-note-bacnet-global-broadcast"),
            ))
            .await;
            link.who_is(&ctx, bdest, true, Some(GLOBAL_NETWORK), None)
                .await;
        }
        ctx.phase(
            Phase::BacnetWhoIs,
            crate::text!("job-phase-who-is-local", address = bdest.to_string()),
        )
        .await;
        scans.spawn(who_is_ranges(link.clone(), ctx.clone(), bdest, true, None));
    }
    let targets: Vec<SocketAddrV4> = scope
        .targets
        .iter()
        .filter_map(|t| t.bacnet(port))
        .collect();
    for t in &targets {
        ctx.phase(
            Phase::BacnetWhoIs,
            crate::text!("job-phase-who-is-target", address = t.to_string()),
        )
        .await;
        link.who_is(&ctx, *t, false, None, None).await;
    }
    if scans.is_empty() && !targets.is_empty() {
        listen(&ctx).await;
    }
    while scans.join_next().await.is_some() {}

    // 2. Remote networks behind the routers that answered themselves (never a router a
    // forwarded message names), at most MAX_NETWORKS_PER_ROUTER each.
    let routers: Vec<(SocketAddrV4, Vec<u16>)> = link
        .routers()
        .into_iter()
        .filter(|(r, _)| {
            ctx.gate
                .as_ref()
                .is_none_or(|g| g.check_probe(*r.ip()).is_ok())
        })
        .collect();
    // Each router is asked for each network it announced, even one another router announced
    // too: a router that claims someone else's network must not hide the real one's devices.
    let mut scans_left = MAX_REMOTE_SCANS;
    for (router, nets) in &routers {
        let mut new: Vec<u16> = nets
            .iter()
            .copied()
            .filter(|n| *n != GLOBAL_NETWORK)
            .collect();
        new.truncate(scans_left);
        scans_left -= new.len();
        if new.is_empty() {
            continue;
        }
        // One ranged Who-Is per network: the estimate grows with what the router claimed,
        // never beyond the limit.
        let est = ctx.add_estimate(new.len() as u64);
        ctx.events
            .emit(JobEvent::Progress {
                packets_sent: ctx.packets_sent(),
                estimated_packets: est,
            })
            .await;
        for n in new {
            ctx.phase(
                Phase::BacnetWhoIs,
                crate::text!(
                    "job-phase-who-is-network",
                    network = n.to_string(),
                    router = router.to_string()
                ),
            )
            .await;
            scans.spawn(who_is_ranges(
                link.clone(),
                ctx.clone(),
                *router,
                false,
                Some(n),
            ));
        }
    }
    while scans.join_next().await.is_some() {}

    // 3. Targets that did not answer Who-Is: ReadProperty on the wildcard device instance
    // reaches a device without knowing its instance (nmap bacnet-info).
    feeder_stop.cancel();
    let mut fed = feeder.await.unwrap_or_default();
    for t in &targets {
        if ctx.stopped() {
            break;
        }
        if fed.accepted.iter().any(|f| f.peer.addr == *t) {
            continue;
        }
        let req = ConfirmedRequest::ReadProperty(ReadProperty::new(
            ObjectId::new(otype::DEVICE, MAX_INSTANCE),
            prop::OBJECT_IDENTIFIER,
            None,
        ));
        if let Ok(Reply::Ack(ComplexAck::ReadProperty(a))) =
            link.confirmed(&ctx, &Peer::local(*t), &req).await
            && let Some(id) = values::object_ids(&a.value).first()
        {
            let f = Found {
                peer: Peer::local(*t),
                udp_source: *t,
                forwarded: false,
                instance: id.instance,
                vendor_id: 0,
                max_apdu: 480,
                segmentation: 3,
            };
            announce(&ctx, &f).await;
            let _ = found_tx.send(f.clone());
            fed.accepted.push(f);
        }
    }
    drop(found_tx);
    out.facts.targets = targets
        .iter()
        .map(|t| (t.to_string(), link.heard_from(*t.ip())))
        .collect();

    // 4. Wait for the interrogations (one request in flight per device address).
    ctx.phase(
        Phase::BacnetInterrogation,
        crate::text!("job-phase-interrogation", count = fed.accepted.len()),
    )
    .await;
    let mut devices = interrogator.await.unwrap_or_default();

    // 5. BBMDs among what was read (see `bbmd_candidates`), and the networks they vouch for.
    let mut asked_bdt: BTreeSet<SocketAddrV4> = BTreeSet::new();
    let mut candidates = bbmd_candidates(&devices);
    candidates.extend(routers.iter().map(|(a, _)| *a));
    // A target that stayed silent is not asked again.
    candidates.extend(targets.iter().copied().filter(|t| link.heard_from(*t.ip())));
    read_bbmds(&link, &ctx, candidates, &mut asked_bdt, &mut out.inventory).await;

    // 6. What waited for a BBMD: forwarded I-Ams (trusted only from a BBMD we found) and
    // answers from outside the subnet (probed only inside a network a BBMD vouches for).
    let known_bbmds: BTreeSet<SocketAddrV4> = out
        .inventory
        .bbmds
        .iter()
        .filter_map(|b| b.address.parse().ok())
        .collect();
    let (late, claims) = settle_parked(&ctx, &known_bbmds, &fed.parked);
    for c in claims {
        out.trust.claim(c);
    }
    if !late.is_empty() && !ctx.stopped() {
        ctx.phase(
            Phase::BacnetInterrogation,
            crate::text!("job-phase-interrogation-vouched", count = late.len()),
        )
        .await;
        let (tx, rx) = mpsc::unbounded_channel::<Found>();
        let second = tokio::spawn(interrogate_stream(link.clone(), ctx.clone(), rx));
        for f in &late {
            announce(&ctx, f).await;
            let _ = tx.send(f.clone());
        }
        drop(tx);
        let more = second.await.unwrap_or_default();
        // Their BBMDs too (the annex's own), one level: what those vouch for is not probed.
        let candidates = bbmd_candidates(&more);
        read_bbmds(&link, &ctx, candidates, &mut asked_bdt, &mut out.inventory).await;
        devices.extend(more);
    }
    for (f, r) in &fed.refused {
        out.trust.claim(Claim {
            from: f.udp_source.to_string(),
            protocol: "bacnet".into(),
            kind: if f.forwarded {
                "forwarded-npdu"
            } else {
                "outside-scope"
            }
            .into(),
            names: f.peer.addr.to_string(),
            what: format!("device {}", f.instance),
            count: 1,
            trusted: false,
            reason: r.code().into(),
        });
    }

    let local_network = link.network_numbers().first().map(|(_, n)| *n);
    for d in devices.iter_mut().filter(|d| !d.routed) {
        d.network = local_network;
    }
    // Stable order for people and diffs: local before routed, then by instance.
    devices.sort_by(|a, b| {
        (a.routed, a.network, a.device_instance, &a.address).cmp(&(
            b.routed,
            b.network,
            b.device_instance,
            &b.address,
        ))
    });
    flag_duplicates(&mut devices, &mut out.inventory);

    // 7. Routers and networks.
    let numbers = link.network_numbers();
    out.inventory.routers = routers
        .iter()
        .map(|(a, nets)| Router {
            address: a.to_string(),
            networks: nets.clone(),
            local_network: numbers.iter().find(|(s, _)| s == a).map(|(_, n)| *n),
        })
        .collect();
    let mut networks: BTreeMap<u16, Network> = BTreeMap::new();
    for (_, n) in &numbers {
        networks.entry(*n).or_insert(Network {
            number: *n,
            local: true,
            via: Vec::new(),
        });
    }
    for (a, nets) in &routers {
        for n in nets {
            let e = networks.entry(*n).or_insert(Network {
                number: *n,
                local: false,
                via: Vec::new(),
            });
            if !e.local {
                e.via.push(a.to_string());
            }
        }
    }
    out.facts.routers = routers.len();
    out.facts.remote_networks = networks.values().filter(|n| !n.local).count();
    out.inventory.networks = networks.into_values().collect();
    out.inventory.devices = devices;
    out.facts.i_am_received = link.i_am_count();
    out.facts.unexpected_sources = link.unexpected_sources();
    out.facts.malformed = link.malformed();
    out.facts.max_in_flight = link.max_in_flight();
    trust_facts(&link, &fed, &mut out.trust);
    if link.i_am_overflow() > 0 {
        ctx.note_once(Note::warning(
            "bacnet-i-am-storm",
            crate::text!("job-note-bacnet-i-am-storm", count = link.i_am_overflow()),
        ))
        .await;
    }
    out
}

/// Local BACnet/IP addresses whose Network Port does not say they are plain nodes: they may
/// be BBMDs (Read-BDT tells).
fn bbmd_candidates(devices: &[Device]) -> BTreeSet<SocketAddrV4> {
    let mut candidates = BTreeSet::new();
    for d in devices.iter().filter(|d| !d.routed) {
        let plain = !d.network_ports.is_empty()
            && d.network_ports.iter().all(|p| {
                p.bacnet_ip_mode.as_deref().is_some_and(|m| m != "bbmd")
                    || p.network_type.is_some_and(|t| t != 5)
            });
        if let (false, Ok(a)) = (plain, d.address.parse()) {
            candidates.insert(a);
        }
    }
    candidates
}

/// Read-BDT to every candidate not asked yet; Read-FDT where the BDT was given (before
/// registering, so that the table read is the building's own). Register-Foreign-Device only
/// with consent. Every BBMD found vouches for the networks of its BDT rows (trust gate).
async fn read_bbmds(
    link: &BacnetLink,
    ctx: &JobCtx,
    candidates: BTreeSet<SocketAddrV4>,
    asked: &mut BTreeSet<SocketAddrV4>,
    inv: &mut BacnetInventory,
) {
    let candidates: Vec<SocketAddrV4> = candidates
        .into_iter()
        .filter(|a| asked.insert(*a))
        .collect();
    if !candidates.is_empty() && !ctx.stopped() {
        ctx.phase(
            Phase::BacnetBbmd,
            crate::text!("job-phase-bbmd", count = candidates.len()),
        )
        .await;
    }
    for a in candidates {
        if ctx.stopped() {
            break;
        }
        if let Ok(BvlcFunction::ReadBdtAck(bdt)) =
            link.bvlc_request(ctx, a, BvlcFunction::ReadBdt).await
        {
            let mut b = Bbmd {
                address: a.to_string(),
                bdt: bdt
                    .iter()
                    .map(|e| BdtRow {
                        address: e.address.to_string(),
                        mask: e.mask.to_string(),
                    })
                    .collect(),
                ..Bbmd::default()
            };
            if let Some(g) = &ctx.gate {
                for e in bdt.iter() {
                    g.vouch_net(a, *e.address.ip(), &e.mask.to_string());
                }
            }
            match link.bvlc_request(ctx, a, BvlcFunction::ReadFdt).await {
                Ok(BvlcFunction::ReadFdtAck(fdt)) => {
                    b.fdt = Some(
                        fdt.iter()
                            .map(|e| FdtRow {
                                address: e.address.to_string(),
                                ttl: e.ttl,
                                remaining: e.remaining,
                            })
                            .collect(),
                    );
                }
                Ok(BvlcFunction::Result(code)) => {
                    b.read_fdt_refused = Some(code.name().to_owned());
                }
                _ => {}
            }
            if ctx.policy.register_foreign_device() && !ctx.stopped() {
                b.register_fd = Some(register_foreign_device(link, ctx, a).await);
            }
            inv.bbmds.push(b);
        }
    }
}

/// Parked devices once the BBMDs are known: those now allowed (to interrogate) and the claims
/// of those still refused.
fn settle_parked(
    ctx: &JobCtx,
    known_bbmds: &BTreeSet<SocketAddrV4>,
    parked: &[Found],
) -> (Vec<Found>, Vec<Claim>) {
    let mut allowed = Vec::new();
    let mut claims = Vec::new();
    let Some(gate) = &ctx.gate else {
        return (parked.to_vec(), claims);
    };
    for f in parked {
        let ip = *f.peer.addr.ip();
        let verdict = if f.forwarded {
            if !known_bbmds.contains(&f.udp_source) {
                Err("not-a-known-bbmd")
            } else if gate.vouch_host(f.udp_source, ip) {
                gate.check_probe(ip).map_err(Refusal::code)
            } else if let Err(r) = gate.check_never(ip) {
                Err(r.code())
            } else if gate.in_subnet(ip) {
                Err("names-a-local-address")
            } else {
                Err("public-address")
            }
        } else {
            gate.check_probe(ip).map_err(Refusal::code)
        };
        let claim = |trusted: bool, reason: &str| Claim {
            from: f.udp_source.to_string(),
            protocol: "bacnet".into(),
            kind: if f.forwarded {
                "forwarded-npdu"
            } else {
                "outside-scope"
            }
            .into(),
            names: f.peer.addr.to_string(),
            what: format!("device {}", f.instance),
            count: 1,
            trusted,
            reason: reason.into(),
        };
        match verdict {
            Ok(()) => {
                if f.forwarded {
                    claims.push(claim(true, ""));
                }
                allowed.push(f.clone());
            }
            Err(reason) => claims.push(claim(false, reason)),
        }
    }
    (allowed, claims)
}

/// What the link and the feeder saw that the trust facts keep: limits reached (naming the
/// peer), forwarded router announcements, malformed datagrams per source.
fn trust_facts(link: &BacnetLink, fed: &Fed, trust: &mut TrustFacts) {
    for (peer, claimed, allowed, limit) in bacnet_link::over_limits(link) {
        let skipped = fed.skipped.get(&peer).copied().unwrap_or(0);
        if skipped == 0 && limit == "devices-per-source" {
            // Another limit (its addresses') stopped the work first.
            continue;
        }
        trust.limit(LimitHit {
            limit: limit.into(),
            peer,
            claimed,
            allowed,
            skipped: crate::text!("limit-skipped-instances", count = skipped),
        });
    }
    let (routers, not_kept) = link.router_claims();
    for (r, claimed) in routers {
        if claimed > bacnet_link::MAX_NETWORKS_PER_ROUTER as u64 {
            trust.limit(LimitHit {
                limit: "networks-per-router".into(),
                peer: r.to_string(),
                claimed,
                allowed: bacnet_link::MAX_NETWORKS_PER_ROUTER as u64,
                skipped: crate::text!(
                    "limit-skipped-networks",
                    count = claimed - bacnet_link::MAX_NETWORKS_PER_ROUTER as u64
                ),
            });
        }
    }
    if not_kept > 0 {
        trust.limit(LimitHit {
            limit: "routers".into(),
            peer: String::new(),
            claimed: not_kept + bacnet_link::MAX_ROUTERS as u64,
            allowed: bacnet_link::MAX_ROUTERS as u64,
            skipped: crate::text!("limit-skipped-routers", count = not_kept),
        });
    }
    for (forwarder, named, n) in link.forwarded_routers() {
        trust.claim(Claim {
            from: forwarder.to_string(),
            protocol: "bacnet".into(),
            kind: "forwarded-router".into(),
            names: named.to_string(),
            what: "a BACnet router".into(),
            count: n,
            trusted: false,
            reason: "router-must-answer-itself".into(),
        });
    }
    for (source, reason, count, listed) in link.malformed_from() {
        trust.malformed_from(MalformedFrom {
            source,
            protocol: "bacnet".into(),
            reason,
            count,
            listed,
        });
    }
    if link.foreign_answers() > 0 {
        trust.malformed_from(MalformedFrom {
            source: "forwarded".into(),
            protocol: "bacnet".into(),
            reason: "bvlc: answer to our request inside a Forwarded-NPDU (ignored)".into(),
            count: link.foreign_answers(),
            listed: false,
        });
    }
}

/// The consented registration probe: Register-Foreign-Device with a short TTL (the BBMD keeps
/// the row for TTL + 30 s and then forgets it; we never delete it, never renew it). The answer
/// in words: `accepted`, the NAK's name, or `no-answer`.
async fn register_foreign_device(link: &BacnetLink, ctx: &JobCtx, bbmd: SocketAddrV4) -> String {
    let req = BvlcFunction::RegisterForeignDevice {
        ttl: REGISTER_FD_TTL_S,
    };
    match link.bvlc_request(ctx, bbmd, req).await {
        Ok(BvlcFunction::Result(BvlcResultCode::SuccessfulCompletion)) => "accepted".into(),
        Ok(BvlcFunction::Result(code)) => code.name().to_owned(),
        Ok(other) => format!("unexpected answer: {}", other.name()),
        Err(ReqError::NotAllowed) => "not-sent".into(),
        Err(_) => "no-answer".into(),
    }
}

/// Distinct devices from the I-Ams heard, in the order first heard.
pub fn collect(i_ams: &[IAmSeen]) -> Vec<Found> {
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    for i in i_ams {
        let peer = Peer {
            addr: i.source,
            route: i.route,
        };
        let key = (
            i.udp_source,
            i.source,
            i.route.map(|(n, m)| (n, m.as_bytes().to_vec())),
            i.instance,
        );
        if seen.insert(key) {
            out.push(Found {
                peer,
                udp_source: i.udp_source,
                forwarded: i.forwarded,
                instance: i.instance,
                vendor_id: i.vendor_id,
                max_apdu: i.max_apdu,
                segmentation: i.segmentation,
            });
        }
    }
    out
}

async fn announce(ctx: &JobCtx, f: &Found) {
    ctx.events
        .emit(JobEvent::DeviceFound {
            device_instance: f.instance,
            address: f.peer.addr.to_string(),
            network: f.peer.route.map(|r| r.0),
        })
        .await;
    let est = ctx.add_estimate(PER_DEVICE_ESTIMATE);
    ctx.events
        .emit(JobEvent::Progress {
            packets_sent: ctx.packets_sent(),
            estimated_packets: est,
        })
        .await;
}

/// Interval at which new I-Ams are handed to interrogation.
const FEED_INTERVAL: std::time::Duration = std::time::Duration::from_millis(50);

/// What the feeder did with the devices heard.
#[derive(Debug, Default)]
struct Fed {
    /// Handed to interrogation, in the order first heard.
    accepted: Vec<Found>,
    /// Waiting for the BBMDs: forwarded I-Ams, answers from outside the scope.
    parked: Vec<Found>,
    /// Refused for good (the address is one no claim can make us probe).
    refused: Vec<(Found, Refusal)>,
    /// Devices not interrogated because their address or source was over a limit, per
    /// address ("ip:port[ network N MAC m]") and per source IP.
    skipped: BTreeMap<String, u64>,
}

/// Devices parked at most (the rest of a storm of forwarded or outside claims is counted only).
const MAX_PARKED: usize = 4096;

/// Hand every new device (first I-Am of an address and instance) that the trust rules and the
/// per-address limits allow to interrogation until `stop`, then once more.
async fn feed(
    link: Arc<BacnetLink>,
    ctx: Arc<JobCtx>,
    tx: mpsc::UnboundedSender<Found>,
    stop: CancelFlag,
) -> Fed {
    let mut fed = Fed::default();
    let mut keys = BTreeSet::new();
    let mut per_address: BTreeMap<PeerKey, usize> = BTreeMap::new();
    let mut per_source: BTreeMap<std::net::Ipv4Addr, usize> = BTreeMap::new();
    let mut mark = 0;
    loop {
        let last = stop.is_cancelled();
        let new = link.i_ams_since(mark);
        mark += new.len();
        for f in collect(&new) {
            if !keys.insert((f.udp_source, found_key(&f))) {
                continue;
            }
            let (addr, route, _) = found_key(&f);
            let at = per_address.entry((addr, route)).or_default();
            let from = per_source.entry(*f.udp_source.ip()).or_default();
            if *at >= bacnet_link::MAX_INSTANCES_PER_ADDRESS {
                *fed.skipped.entry(address_name(&f)).or_default() += 1;
                continue;
            }
            if *from >= bacnet_link::MAX_DEVICES_PER_SOURCE {
                *fed.skipped
                    .entry(f.udp_source.ip().to_string())
                    .or_default() += 1;
                continue;
            }
            *at += 1;
            *from += 1;
            let verdict = if f.forwarded {
                Err(Refusal::OutsideScope)
            } else {
                match &ctx.gate {
                    Some(g) => g.check_probe(*f.peer.addr.ip()),
                    None => Ok(()),
                }
            };
            match verdict {
                Ok(()) => {
                    announce(&ctx, &f).await;
                    let _ = tx.send(f.clone());
                    fed.accepted.push(f);
                }
                Err(r) if r.may_change() || f.forwarded => {
                    if fed.parked.len() < MAX_PARKED {
                        fed.parked.push(f);
                    }
                }
                Err(r) => {
                    if fed.refused.len() < MAX_PARKED {
                        fed.refused.push((f, r));
                    }
                }
            }
        }
        if last {
            return fed;
        }
        tokio::select! {
            () = tokio::time::sleep(FEED_INTERVAL) => {}
            () = stop.cancelled() => {}
        }
    }
}

/// The BACnet address of a device in words, as the limits name it.
fn address_name(f: &Found) -> String {
    match f.peer.route {
        Some((net, mac)) => format!(
            "{} network {net} MAC {}",
            f.peer.addr,
            values::hex(mac.as_bytes())
        ),
        None => f.peer.addr.to_string(),
    }
}

type PeerKey = (SocketAddrV4, Option<(u16, Vec<u8>)>);
type FoundKey = (SocketAddrV4, Option<(u16, Vec<u8>)>, u32);

fn found_key(f: &Found) -> FoundKey {
    (
        f.peer.addr,
        f.peer.route.map(|(n, m)| (n, m.as_bytes().to_vec())),
        f.instance,
    )
}

/// Interrogate devices as they come; devices sharing one address wait for each other, and at
/// most `parallel_devices` are read at once.
async fn interrogate_stream(
    link: Arc<BacnetLink>,
    ctx: Arc<JobCtx>,
    mut rx: mpsc::UnboundedReceiver<Found>,
) -> Vec<Device> {
    let sem = Arc::new(Semaphore::new(ctx.policy.parallel_devices()));
    let done = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let mut locks: BTreeMap<PeerKey, Arc<tokio::sync::Mutex<()>>> = BTreeMap::new();
    let mut set = JoinSet::new();
    let mut index = 0usize;
    let found = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    while let Some(f) = rx.recv().await {
        found.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
        let total = found.clone();
        let (addr, route, _) = found_key(&f);
        let lock = locks.entry((addr, route)).or_default().clone();
        let (link, ctx, sem, done) = (link.clone(), ctx.clone(), sem.clone(), done.clone());
        let i = index;
        index += 1;
        set.spawn(async move {
            let _turn = lock.lock().await;
            let Ok(_permit) = sem.acquire_owned().await else {
                return (i, skipped(&f, None));
            };
            if ctx.stopped() {
                return (i, skipped(&f, None));
            }
            let d = interrogate(&link, &ctx, &f, None).await;
            let n = done.fetch_add(1, std::sync::atomic::Ordering::SeqCst) + 1;
            ctx.events
                .emit(JobEvent::DeviceInterrogated {
                    device_instance: d.device_instance,
                    address: d.address.clone(),
                    done: n,
                    total: total.load(std::sync::atomic::Ordering::SeqCst),
                })
                .await;
            (i, d)
        });
    }
    let mut all: Vec<(usize, Device)> = Vec::new();
    while let Some(r) = set.join_next().await {
        if let Ok(v) = r {
            all.push(v);
        }
    }
    all.sort_by_key(|(i, _)| *i);
    all.into_iter().map(|(_, d)| d).collect()
}

/// A device found but not interrogated because the job stopped.
fn skipped(f: &Found, local_network: Option<u16>) -> Device {
    Device {
        device_instance: f.instance,
        address: f.peer.addr.to_string(),
        network: f.peer.route.map(|(n, _)| n).or(local_network),
        routed: f.peer.route.is_some(),
        mac: f.peer.route.map(|(_, m)| values::hex(m.as_bytes())),
        vendor_id: f.vendor_id,
        vendor_name: crate::wire::bacnet::enums::vendor::vendor_name(f.vendor_id)
            .map(str::to_owned),
        max_apdu: f.max_apdu,
        segmentation: values::segmentation_name(f.segmentation),
        flags: vec!["interrogation-incomplete".into()],
        errors: vec!["not interrogated: job stopped".into()],
        ..Device::default()
    }
}

fn device_key(d: &Device) -> String {
    match &d.mac {
        Some(m) => format!("{} net {} mac {m}", d.address, d.network.unwrap_or(0)),
        None => d.address.clone(),
    }
}

/// Flag one instance at several addresses, and one address answering as several instances.
pub fn flag_duplicates(devices: &mut [Device], inv: &mut BacnetInventory) {
    let mut by_instance: BTreeMap<u32, BTreeSet<String>> = BTreeMap::new();
    let mut by_address: BTreeMap<String, BTreeSet<u32>> = BTreeMap::new();
    for d in devices.iter() {
        by_instance
            .entry(d.device_instance)
            .or_default()
            .insert(device_key(d));
        by_address
            .entry(device_key(d))
            .or_default()
            .insert(d.device_instance);
    }
    for (instance, addrs) in &by_instance {
        if addrs.len() > 1 {
            inv.duplicate_instances.push(DuplicateInstance {
                device_instance: *instance,
                addresses: addrs.iter().cloned().collect(),
            });
        }
    }
    for (addr, instances) in &by_address {
        if instances.len() > 1 {
            inv.shared_addresses.push(SharedAddress {
                address: addr.clone(),
                device_instances: instances.iter().copied().collect(),
            });
        }
    }
    for d in devices.iter_mut() {
        if by_instance
            .get(&d.device_instance)
            .is_some_and(|a| a.len() > 1)
        {
            d.flags.push("duplicate-device-instance".into());
        }
        if by_address.get(&device_key(d)).is_some_and(|i| i.len() > 1) {
            d.flags.push("address-with-several-instances".into());
        }
    }
}
