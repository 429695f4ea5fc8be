//! BACnet/IP discovery: networks and routers, Who-Is per network with device-instance ranges,
//! interrogation of every device, read-only BBMD tables.
//!
//! Polite sequence (BAC0 `Discover.py`, bacnet-stack `whois`): What-Is-Network-Number and
//! Who-Is-Router-To-Network on the local broadcast, a ranged Who-Is on the local network, then
//! one ranged Who-Is per remote network sent to the router that announced it. A range whose
//! answers exceed the split threshold is asked again in two halves, split at the median of the
//! instances heard, so that answers lost in the burst are asked for again by smaller groups.
//! The global broadcast (DNET 0xFFFF) is sent only when asked for.

pub mod client;
pub mod interrogate;

use std::collections::{BTreeMap, BTreeSet};
use std::net::SocketAddrV4;
use std::sync::Arc;

use tokio::sync::{Semaphore, mpsc};
use tokio::task::JoinSet;

use self::client::{BacnetLink, GLOBAL_NETWORK, IAmSeen, Peer, Reply, ReqError};
use self::interrogate::{Found, interrogate};
use crate::inventory::{
    BacnetInventory, Bbmd, BdtRow, Device, DuplicateInstance, FdtRow, Network, Router,
    SharedAddress,
};
use crate::job::policy::REGISTER_FD_TTL_S;
use crate::job::{CancelFlag, JobCtx, JobEvent, Note, Phase, Scope};
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

/// Facts about the BACnet part of a job, for the result and the diagnosis.
#[derive(Debug, Clone, Default)]
pub struct BacnetFacts {
    pub local: Option<String>,
    pub socket_error: Option<String>,
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
                    format!(
                        "{} answers to Who-Is {lo}-{hi}: asking again in two halves",
                        heard.len()
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
            let msg = format!(
                "cannot open a BACnet/IP socket on {}:{}: {e}",
                scope.bind, scope.bacnet_port
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
    // the listening windows do not leave the rate budget unused.
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
        ctx.phase(Phase::BacnetNetworks, format!("asking routers on {bdest}"))
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
                "global broadcast Who-Is sent as asked: every device on every network answers, \
                 through every router",
            ))
            .await;
            link.who_is(&ctx, bdest, true, Some(GLOBAL_NETWORK), None)
                .await;
        }
        ctx.phase(Phase::BacnetWhoIs, format!("local network via {bdest}"))
            .await;
        scans.spawn(who_is_ranges(link.clone(), ctx.clone(), bdest, true, None));
    }
    let targets: Vec<SocketAddrV4> = scope
        .targets
        .iter()
        .filter_map(|t| t.bacnet(port))
        .collect();
    for t in &targets {
        ctx.phase(Phase::BacnetWhoIs, format!("target {t}")).await;
        link.who_is(&ctx, *t, false, None, None).await;
    }
    if scans.is_empty() && !targets.is_empty() {
        listen(&ctx).await;
    }
    while scans.join_next().await.is_some() {}

    // 2. Remote networks behind the routers that answered.
    let routers = link.routers();
    let mut asked: BTreeSet<u16> = BTreeSet::new();
    for (router, nets) in &routers {
        for &n in nets {
            if n == GLOBAL_NETWORK || !asked.insert(n) {
                continue;
            }
            ctx.phase(
                Phase::BacnetWhoIs,
                format!("network {n} via router {router}"),
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
    let mut found = feeder.await.unwrap_or_default();
    for t in &targets {
        if ctx.stopped() {
            break;
        }
        if found.iter().any(|f| f.peer.addr == *t) {
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
                instance: id.instance,
                vendor_id: 0,
                max_apdu: 480,
                segmentation: 3,
            };
            announce(&ctx, &f).await;
            let _ = found_tx.send(f.clone());
            found.push(f);
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
        format!("{} devices found; finishing interrogation", found.len()),
    )
    .await;
    let mut devices = interrogator.await.unwrap_or_default();
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

    // 5. BBMDs: Read-BDT to every local BACnet/IP address whose Network Port does not say it is
    // a plain node; Read-FDT where the BDT was given (before registering, so that the table
    // read is the building's own). Register-Foreign-Device only with consent.
    let mut candidates: BTreeSet<SocketAddrV4> = BTreeSet::new();
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
    candidates.extend(routers.iter().map(|(a, _)| *a));
    // A target that stayed silent is not asked again.
    candidates.extend(targets.iter().copied().filter(|t| link.heard_from(*t.ip())));
    if !candidates.is_empty() && !ctx.stopped() {
        ctx.phase(Phase::BacnetBbmd, format!("{} addresses", candidates.len()))
            .await;
    }
    for a in candidates {
        if ctx.stopped() {
            break;
        }
        if let Ok(BvlcFunction::ReadBdtAck(bdt)) =
            link.bvlc_request(&ctx, a, BvlcFunction::ReadBdt).await
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
            match link.bvlc_request(&ctx, a, BvlcFunction::ReadFdt).await {
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
                b.register_fd = Some(register_foreign_device(&link, &ctx, a).await);
            }
            out.inventory.bbmds.push(b);
        }
    }

    // 6. Routers and networks.
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
    if link.i_am_overflow() > 0 {
        ctx.note_once(Note::warning(
            "bacnet-i-am-storm",
            format!(
                "{} I-Am beyond the record limit were counted only",
                link.i_am_overflow()
            ),
        ))
        .await;
    }
    out
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
            i.source,
            i.route.map(|(n, m)| (n, m.as_bytes().to_vec())),
            i.instance,
        );
        if seen.insert(key) {
            out.push(Found {
                peer,
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

/// Hand every new device (first I-Am of an address and instance) to interrogation until
/// `stop`, then once more; returns every device found, in the order first heard.
async fn feed(
    link: Arc<BacnetLink>,
    ctx: Arc<JobCtx>,
    tx: mpsc::UnboundedSender<Found>,
    stop: CancelFlag,
) -> Vec<Found> {
    let mut all: Vec<Found> = Vec::new();
    let mut keys = BTreeSet::new();
    let mut mark = 0;
    loop {
        let last = stop.is_cancelled();
        let new = link.i_ams_since(mark);
        mark += new.len();
        for f in collect(&new) {
            if keys.insert(found_key(&f)) {
                announce(&ctx, &f).await;
                let _ = tx.send(f.clone());
                all.push(f);
            }
        }
        if last {
            return all;
        }
        tokio::select! {
            () = tokio::time::sleep(FEED_INTERVAL) => {}
            () = stop.cancelled() => {}
        }
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
