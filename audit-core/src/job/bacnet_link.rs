//! The BACnet/IP side of a job: one unicast socket (47808, or an ephemeral port when another
//! tool holds it), one broadcast listener, a reader task that sorts what arrives, and
//! confirmed-request transactions with timeout, retries and back-off.
//!
//! We are a client only: Who-Is, ReadProperty and friends addressed to us are never answered, so
//! the auditor never shows up in the building's device list (BAC0 does; peer-behaviour.md).

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::io;
use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use tokio::net::UdpSocket;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::job::policy::REGISTER_FD_TTL_MAX_S;
use crate::job::socket::{ERROR_PAUSE, MAX_DATAGRAM, SocketOpts, bind_udp, local_v4};
use crate::job::{JobCtx, Note, Scope};
use crate::wire::bacnet::apdu::{
    Apdu, Body, ConfirmedRequestPdu, ErrorBody, Segmentable, UnconfirmedRequestPdu,
};
use crate::wire::bacnet::bvlc::{Bvlc, BvlcFunction};
use crate::wire::bacnet::network::NetworkMessage;
use crate::wire::bacnet::npdu::{
    Destination, GLOBAL_BROADCAST_NETWORK, MacAddress, NetworkAddress, Npdu,
};
use crate::wire::bacnet::services::{ComplexAck, ConfirmedRequest, UnconfirmedRequest, WhoIs};
use crate::wire::bacnet::{BacnetMessage, Payload, decode_bip};

pub use crate::wire::bacnet::values::{OUR_MAX_APDU, OUR_MAX_APDU_CODE};
/// Hop count of routed requests (the standard's initial value).
const HOP_COUNT: u8 = 255;
/// I-Am records kept per job; more means a storm, and the rest is counted only.
pub const MAX_I_AM_RECORDS: usize = 100_000;
/// Device instances one BACnet address (IP:port, and network/MAC behind a router) may claim
/// and have interrogated. One is normal; a few multi-device stacks exist.
pub const MAX_INSTANCES_PER_ADDRESS: usize = 8;
/// Devices (distinct address and instance) one UDP source may bring: a router with its whole
/// field bus, a BBMD forwarding a remote site. Beyond, it is counted and named, not read.
pub const MAX_DEVICES_PER_SOURCE: usize = 1000;
/// Networks one router may add to the scan (I-Am-Router-To-Network); a building's routers
/// know tens, a campus a few hundred.
pub const MAX_NETWORKS_PER_ROUTER: usize = 255;
/// Routers whose networks are scanned.
pub const MAX_ROUTERS: usize = 64;
/// Sources whose malformed datagrams are counted one by one (the rest under one row).
pub const MAX_MALFORMED_SOURCES: usize = 256;
/// Confirmed requests to one BACnet address that may go unanswered in a row (every retry
/// spent) before that address is given up: its further requests fail at once. One silent
/// device with many claimed instances costs two requests' time, not one per instance.
pub const MAX_SILENT_REQUESTS: u32 = 2;

/// A BACnet address: the IP endpoint and, for a device behind a router, its network and MAC.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Peer {
    pub addr: SocketAddrV4,
    pub route: Option<(u16, MacAddress)>,
}

impl Peer {
    pub fn local(addr: SocketAddrV4) -> Self {
        Self { addr, route: None }
    }
}

/// How a confirmed request was answered.
#[derive(Debug, Clone, PartialEq)]
pub enum Reply {
    Ack(ComplexAck),
    SimpleAck,
    Error {
        class: u32,
        code: u32,
    },
    Reject(u8),
    Abort(u8),
    /// The device sent a segmented answer although we said we do not accept one.
    Segmented,
    /// A ComplexACK body our decoder refused.
    Malformed(String),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReqError {
    /// No answer after every retry.
    Timeout,
    /// The job is stopping (cancel or error budget).
    Stopped,
    /// Not sent: a request this tool never sends (it would change a device's configuration).
    NotAllowed,
    /// Not sent: the address left [`MAX_SILENT_REQUESTS`] requests in a row unanswered.
    GaveUp,
}

/// A confirmed request's answer with the bytes on the wire: the datagram of the attempt that
/// was answered and the answer's datagram.
#[derive(Debug, Clone, PartialEq)]
pub struct Traced {
    pub reply: Reply,
    pub request: Vec<u8>,
    pub answer: Vec<u8>,
}

/// One request/answer exchange under the policy: timeout per attempt, retries after a back-off
/// that doubles, every unanswered attempt spent from the error budget, stop on cancel.
/// `attempt` registers where the answer goes and sends, giving back the registration's key, the
/// receiver (`None` when the packet was not sent) and what was sent; `forget` drops a
/// registration that will not be answered. The answer comes with what its attempt sent.
async fn exchange<T, K: Copy, S, F>(
    ctx: &JobCtx,
    to: Ipv4Addr,
    mut attempt: impl FnMut() -> F,
    forget: impl Fn(K),
) -> Result<(T, S), ReqError>
where
    F: Future<Output = (K, Option<oneshot::Receiver<T>>, S)>,
{
    let policy = &ctx.policy;
    for n in 0..=policy.retries() {
        if ctx.stopped() {
            return Err(ReqError::Stopped);
        }
        if n > 0 {
            tokio::select! {
                () = tokio::time::sleep(policy.backoff(n)) => {}
                () = ctx.stop.cancelled() => return Err(ReqError::Stopped),
            }
        }
        let (key, rx, sent) = attempt().await;
        let Some(rx) = rx else {
            // Not sent (the refusal was counted by the send); stop or try again.
            forget(key);
            if ctx.stopped() {
                return Err(ReqError::Stopped);
            }
            continue;
        };
        let outcome = tokio::select! {
            r = tokio::time::timeout(policy.request_timeout(), rx) => r,
            () = ctx.stop.cancelled() => {
                forget(key);
                return Err(ReqError::Stopped);
            }
        };
        match outcome {
            Ok(Ok(v)) => return Ok((v, sent)),
            _ => {
                forget(key);
                if !ctx.spend_error_for(to) {
                    return Err(ReqError::Stopped);
                }
            }
        }
    }
    Err(ReqError::Timeout)
}

/// One I-Am as received.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IAmSeen {
    /// The device's BACnet/IP address: the UDP source, or the origin a Forwarded-NPDU names.
    pub source: SocketAddrV4,
    /// The host the datagram came from (the BBMD for a Forwarded-NPDU).
    pub udp_source: SocketAddrV4,
    /// Came in a Forwarded-NPDU: `source` is the forwarder's claim.
    pub forwarded: bool,
    pub route: Option<(u16, MacAddress)>,
    pub instance: u32,
    pub vendor_id: u16,
    pub max_apdu: u32,
    pub segmentation: u32,
    pub at: Instant,
}

type TxKey = (SocketAddrV4, Option<(u16, MacAddress)>, u8);

/// A remote station behind a router: (network, MAC), or `None` on the local network.
type RemoteStation = Option<(u16, MacAddress)>;
/// A BACnet address as discovery keys it: the UDP source and the remote station.
type BacnetAddress = (SocketAddrV4, RemoteStation);
#[derive(Debug, Default)]
struct LinkState {
    pending: HashMap<TxKey, oneshot::Sender<(Reply, Vec<u8>)>>,
    pending_bvlc: HashMap<SocketAddrV4, oneshot::Sender<(BvlcFunction, Vec<u8>)>>,
    invoke: HashMap<SocketAddrV4, u8>,
    i_ams: Vec<IAmSeen>,
    i_am_overflow: u64,
    routers: Vec<RouterSeen>,
    /// Routers beyond [`MAX_ROUTERS`], with how many networks each claimed.
    routers_not_kept: u64,
    network_numbers: Vec<(SocketAddrV4, u16)>,
    contacted: HashSet<Ipv4Addr>,
    heard_from: HashSet<Ipv4Addr>,
    unexpected: BTreeMap<String, u64>,
    malformed: u64,
    /// (source, reason) → (count, still usable).
    malformed_from: BTreeMap<(String, String), (u64, bool)>,
    /// Forwarded router announcements: (forwarder, named router) → count.
    forwarded_routers: BTreeMap<(SocketAddrV4, SocketAddrV4), u64>,
    /// Distinct instances claimed per BACnet address, distinct devices per UDP source IP.
    instances_at: HashMap<BacnetAddress, HashSet<u32>>,
    devices_from: HashMap<Ipv4Addr, HashSet<(SocketAddrV4, RemoteStation, u32)>>,
    /// Sources over one of the per-address limits: their I-Ams do not split Who-Is ranges.
    storming: HashSet<Ipv4Addr>,
    /// Answers that named our invoke id but came from another host than the one asked.
    foreign_answers: u64,
    /// Requests in a row that got no answer, per BACnet address.
    silent: HashMap<(SocketAddrV4, Option<(u16, MacAddress)>), u32>,
    late: u64,
    /// Most confirmed requests ever outstanding at once to one device (policy: 1).
    max_in_flight: usize,
}

/// Facts about the BACnet sockets, for the result and the diagnosis.
#[derive(Debug, Clone, Default)]
pub struct LinkFacts {
    pub local: Option<SocketAddrV4>,
    pub port_fallback: bool,
    pub broadcast_listener: bool,
    pub bind_error: Option<String>,
}

/// A router that answered Who-Is-Router-To-Network itself.
#[derive(Debug, Clone, Default)]
pub struct RouterSeen {
    pub address: Option<SocketAddrV4>,
    /// Networks kept (at most [`MAX_NETWORKS_PER_ROUTER`]), in the order announced.
    pub networks: Vec<u16>,
    /// Distinct networks it claimed (bit per network number).
    claimed: Vec<u64>,
}

impl RouterSeen {
    fn new(address: SocketAddrV4) -> Self {
        Self {
            address: Some(address),
            networks: Vec::new(),
            claimed: vec![0; 1024],
        }
    }

    fn add(&mut self, n: u16) {
        let (word, bit) = (usize::from(n / 64), n % 64);
        if let Some(w) = self.claimed.get_mut(word)
            && *w & (1 << bit) == 0
        {
            *w |= 1 << bit;
            if self.networks.len() < MAX_NETWORKS_PER_ROUTER {
                self.networks.push(n);
            }
        }
    }

    /// Distinct networks claimed.
    pub fn claimed(&self) -> u64 {
        self.claimed.iter().map(|w| u64::from(w.count_ones())).sum()
    }
}

#[derive(Debug)]
pub struct BacnetLink {
    sock: Arc<UdpSocket>,
    pub local: SocketAddrV4,
    pub facts: LinkFacts,
    state: Arc<Mutex<LinkState>>,
    reader: JoinHandle<()>,
}

impl Drop for BacnetLink {
    fn drop(&mut self) {
        self.reader.abort();
    }
}

fn lock(state: &Mutex<LinkState>) -> std::sync::MutexGuard<'_, LinkState> {
    state
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl BacnetLink {
    /// Open the sockets for `scope`. When the BACnet port is taken on the bind address, fall
    /// back to an ephemeral port and say so (a note and an event): devices then answer our
    /// unicast requests normally, and answers they broadcast reach us only through the
    /// broadcast listener, if that one could be opened.
    pub async fn open(ctx: &Arc<JobCtx>, scope: &Scope) -> io::Result<Self> {
        let port = scope.bacnet_port;
        let opts = SocketOpts {
            broadcast: true,
            ..SocketOpts::default()
        };
        let mut facts = LinkFacts::default();
        let sock = match bind_udp(SocketAddrV4::new(scope.bind, port), opts) {
            Ok(s) => s,
            Err(e) if e.kind() == io::ErrorKind::AddrInUse => {
                let s = bind_udp(SocketAddrV4::new(scope.bind, 0), opts)?;
                let local = local_v4(&s)?;
                facts.port_fallback = true;
                ctx.note_once(Note::warning(
                    "bacnet-port-fallback",
                    crate::text!(
                        "job-note-bacnet-port-fallback",
                        port = port.to_string(),
                        bind = scope.bind.to_string(),
                        local = local.to_string()
                    ),
                ))
                .await;
                s
            }
            Err(e) => return Err(e),
        };
        let local = local_v4(&sock)?;
        facts.local = Some(local);
        let bcast = match scope.broadcast {
            Some(b) if scope.can_broadcast() && b != scope.bind => {
                let o = SocketOpts {
                    reuse_address: true,
                    ..SocketOpts::default()
                };
                match bind_udp(SocketAddrV4::new(b, port), o) {
                    Ok(s) => {
                        facts.broadcast_listener = true;
                        Some(s)
                    }
                    Err(e) => {
                        ctx.note_once(Note::warning(
                            "bacnet-broadcast-listener",
                            crate::text!(
                                "job-note-bacnet-broadcast-listener",
                                address = SocketAddrV4::new(b, port).to_string(),
                                error = e.to_string()
                            ),
                        ))
                        .await;
                        None
                    }
                }
            }
            _ => None,
        };
        if facts.port_fallback && !facts.broadcast_listener && scope.can_broadcast() {
            ctx.note_once(Note::warning(
                "bacnet-broadcast-replies-missed",
                crate::text!("job-note-bacnet-broadcast-replies-missed"),
            ))
            .await;
        }
        let sock = Arc::new(sock);
        let state = Arc::new(Mutex::new(LinkState::default()));
        let reader = tokio::spawn(read_loop(
            ctx.clone(),
            sock.clone(),
            bcast.map(Arc::new),
            local,
            scope.clone(),
            state.clone(),
        ));
        Ok(Self {
            sock,
            local,
            facts,
            state,
            reader,
        })
    }

    fn mark_contacted(&self, ip: Ipv4Addr) {
        lock(&self.state).contacted.insert(ip);
    }

    /// Send an NPDU (network message or APDU) wrapped in Original-Unicast/Broadcast-NPDU.
    pub async fn send_npdu(
        &self,
        ctx: &JobCtx,
        dest: SocketAddrV4,
        broadcast: bool,
        npdu: Npdu,
        payload: Payload,
    ) -> bool {
        self.send_npdu_bytes(ctx, dest, broadcast, npdu, payload)
            .await
            .0
    }

    /// [`Self::send_npdu`], also giving the datagram as sent.
    async fn send_npdu_bytes(
        &self,
        ctx: &JobCtx,
        dest: SocketAddrV4,
        broadcast: bool,
        npdu: Npdu,
        payload: Payload,
    ) -> (bool, Vec<u8>) {
        let function = if broadcast {
            BvlcFunction::OriginalBroadcastNpdu
        } else {
            self.mark_contacted(*dest.ip());
            BvlcFunction::OriginalUnicastNpdu
        };
        let msg = BacnetMessage {
            bvlc: Some(Bvlc::new(function)),
            npdu: Some(npdu),
            payload,
        };
        let mut out = Vec::new();
        msg.emit(&mut out);
        let ok = if broadcast {
            ctx.send_broadcast(&self.sock, dest, &out, "bacnet", msg.service_name())
                .await
        } else {
            ctx.send(&self.sock, dest, &out, "bacnet", msg.service_name())
                .await
        };
        (ok, out)
    }

    pub async fn send_network_message(
        &self,
        ctx: &JobCtx,
        dest: SocketAddrV4,
        broadcast: bool,
        m: NetworkMessage,
    ) -> bool {
        self.send_npdu(ctx, dest, broadcast, Npdu::default(), Payload::Network(m))
            .await
    }

    /// Who-Is with optional limits. `dnet`: `None` local, `Some(n)` remote network `n` (sent to
    /// the router at `dest`), `Some(0xFFFF)` global broadcast.
    pub async fn who_is(
        &self,
        ctx: &JobCtx,
        dest: SocketAddrV4,
        broadcast: bool,
        dnet: Option<u16>,
        range: Option<(u32, u32)>,
    ) -> bool {
        let npdu = Npdu {
            destination: dnet.map(|network| Destination {
                address: NetworkAddress {
                    network,
                    mac: MacAddress::EMPTY,
                },
                hop_count: HOP_COUNT,
            }),
            ..Npdu::default()
        };
        let who = match range {
            Some((lo, hi)) => WhoIs::range(lo, hi),
            None => WhoIs::all(),
        };
        let apdu = Apdu::UnconfirmedRequest(UnconfirmedRequestPdu {
            body: Body::Decoded(UnconfirmedRequest::WhoIs(who)),
            reserved_bits: 0,
        });
        self.send_npdu(ctx, dest, broadcast, npdu, Payload::Apdu(apdu))
            .await
    }

    fn next_invoke(&self, addr: SocketAddrV4) -> u8 {
        let mut st = lock(&self.state);
        let e = st.invoke.entry(addr).or_insert(0);
        let id = *e;
        *e = e.wrapping_add(1);
        id
    }

    /// One confirmed request with retries and back-off; each attempt that times out is spent
    /// from the error budget. The caller keeps one request in flight per device.
    pub async fn confirmed(
        &self,
        ctx: &JobCtx,
        peer: &Peer,
        req: &ConfirmedRequest,
    ) -> Result<Reply, ReqError> {
        self.confirmed_traced(ctx, peer, req).await.map(|t| t.reply)
    }

    /// [`Self::confirmed`], keeping the bytes of the attempt that was answered and of its
    /// answer (the write test reports both).
    pub async fn confirmed_traced(
        &self,
        ctx: &JobCtx,
        peer: &Peer,
        req: &ConfirmedRequest,
    ) -> Result<Traced, ReqError> {
        let key = (peer.addr, peer.route);
        if lock(&self.state).silent.get(&key).copied().unwrap_or(0) >= MAX_SILENT_REQUESTS {
            return Err(ReqError::GaveUp);
        }
        let outcome = self.confirmed_attempts(ctx, peer, req).await;
        {
            let mut st = lock(&self.state);
            match &outcome {
                Err(ReqError::Timeout) => *st.silent.entry(key).or_default() += 1,
                Ok(_) => {
                    st.silent.remove(&key);
                }
                Err(_) => {}
            }
        }
        outcome
    }

    /// Addresses given up after [`MAX_SILENT_REQUESTS`] unanswered requests in a row.
    pub fn given_up(&self) -> Vec<String> {
        lock(&self.state)
            .silent
            .iter()
            .filter(|(_, n)| **n >= MAX_SILENT_REQUESTS)
            .map(|((a, r), _)| match r {
                Some((net, mac)) => format!(
                    "{a} network {net} MAC {}",
                    crate::wire::bacnet::values::hex(mac.as_bytes())
                ),
                None => a.to_string(),
            })
            .collect()
    }

    async fn confirmed_attempts(
        &self,
        ctx: &JobCtx,
        peer: &Peer,
        req: &ConfirmedRequest,
    ) -> Result<Traced, ReqError> {
        let ((reply, answer), request) = exchange(
            ctx,
            *peer.addr.ip(),
            || async move {
                let invoke_id = self.next_invoke(peer.addr);
                let key = (peer.addr, peer.route, invoke_id);
                let (tx, rx) = oneshot::channel();
                {
                    let mut st = lock(&self.state);
                    st.pending.insert(key, tx);
                    let n = st
                        .pending
                        .keys()
                        .filter(|(a, r, _)| *a == peer.addr && *r == peer.route)
                        .count();
                    st.max_in_flight = st.max_in_flight.max(n);
                }
                let npdu = Npdu {
                    expecting_reply: true,
                    destination: peer.route.map(|(network, mac)| Destination {
                        address: NetworkAddress { network, mac },
                        hop_count: HOP_COUNT,
                    }),
                    ..Npdu::default()
                };
                let apdu = Apdu::ConfirmedRequest(ConfirmedRequestPdu {
                    more_follows: false,
                    segmented_response_accepted: false,
                    max_segments_code: 0,
                    max_apdu_code: OUR_MAX_APDU_CODE,
                    invoke_id,
                    body: Segmentable::Whole(Body::Decoded(req.clone())),
                    reserved_bits: 0,
                    reserved_octet1_bit: false,
                });
                let (ok, bytes) = self
                    .send_npdu_bytes(ctx, peer.addr, false, npdu, Payload::Apdu(apdu))
                    .await;
                (key, ok.then_some(rx), bytes)
            },
            |key| {
                lock(&self.state).pending.remove(&key);
            },
        )
        .await?;
        Ok(Traced {
            reply,
            request,
            answer,
        })
    }

    /// A BVLC-only request (Read-BDT, Read-FDT, and with consent Register-Foreign-Device with
    /// a short TTL) with retries; the answer is the BVLC function. Anything that changes a
    /// BBMD's tables otherwise (Write-BDT, Delete-FDT-Entry) or a longer registration is never
    /// sent: [`ReqError::NotAllowed`].
    pub async fn bvlc_request(
        &self,
        ctx: &JobCtx,
        dest: SocketAddrV4,
        function: BvlcFunction,
    ) -> Result<BvlcFunction, ReqError> {
        match function {
            BvlcFunction::ReadBdt | BvlcFunction::ReadFdt => {}
            BvlcFunction::RegisterForeignDevice { ttl } if ttl <= REGISTER_FD_TTL_MAX_S => {}
            _ => return Err(ReqError::NotAllowed),
        }
        let mut bytes = Vec::new();
        Bvlc::new(function.clone()).emit(&[], &mut bytes);
        let (function, bytes) = (&function, &bytes);
        exchange(
            ctx,
            *dest.ip(),
            || async move {
                let (tx, rx) = oneshot::channel();
                {
                    let mut st = lock(&self.state);
                    st.pending_bvlc.insert(dest, tx);
                    st.contacted.insert(*dest.ip());
                }
                let ok = ctx
                    .send(&self.sock, dest, bytes, "bacnet", function.name())
                    .await;
                (dest, ok.then_some(rx), ())
            },
            |dest| {
                lock(&self.state).pending_bvlc.remove(&dest);
            },
        )
        .await
        .map(|((f, _), ())| f)
    }

    pub fn i_am_count(&self) -> usize {
        lock(&self.state).i_ams.len()
    }

    /// I-Ams received since index `from`.
    pub fn i_ams_since(&self, from: usize) -> Vec<IAmSeen> {
        lock(&self.state)
            .i_ams
            .get(from..)
            .map(<[IAmSeen]>::to_vec)
            .unwrap_or_default()
    }

    /// Routers that answered themselves, with the networks kept for each.
    pub fn routers(&self) -> Vec<(SocketAddrV4, Vec<u16>)> {
        lock(&self.state)
            .routers
            .iter()
            .filter_map(|r| r.address.map(|a| (a, r.networks.clone())))
            .collect()
    }

    /// Routers with the distinct networks each claimed, and routers not kept.
    pub fn router_claims(&self) -> (Vec<(SocketAddrV4, u64)>, u64) {
        let st = lock(&self.state);
        (
            st.routers
                .iter()
                .filter_map(|r| r.address.map(|a| (a, r.claimed())))
                .collect(),
            st.routers_not_kept,
        )
    }

    /// Router announcements forwarded by another host: (forwarder, named router, count).
    pub fn forwarded_routers(&self) -> Vec<(SocketAddrV4, SocketAddrV4, u64)> {
        lock(&self.state)
            .forwarded_routers
            .iter()
            .map(|((f, r), n)| (*f, *r, *n))
            .collect()
    }

    /// Malformed or irregular datagrams: (source, reason, count, usable).
    pub fn malformed_from(&self) -> Vec<(String, String, u64, bool)> {
        lock(&self.state)
            .malformed_from
            .iter()
            .map(|((s, r), (n, u))| (s.clone(), r.clone(), *n, *u))
            .collect()
    }

    /// UDP sources over a per-address limit (their I-Ams do not split Who-Is ranges).
    pub fn storming(&self, ip: Ipv4Addr) -> bool {
        lock(&self.state).storming.contains(&ip)
    }

    /// Answers to our requests that came from another host than the one asked.
    pub fn foreign_answers(&self) -> u64 {
        lock(&self.state).foreign_answers
    }

    pub fn network_numbers(&self) -> Vec<(SocketAddrV4, u16)> {
        lock(&self.state).network_numbers.clone()
    }

    pub fn heard_from(&self, ip: Ipv4Addr) -> bool {
        lock(&self.state).heard_from.contains(&ip)
    }

    pub fn unexpected_sources(&self) -> BTreeMap<String, u64> {
        lock(&self.state).unexpected.clone()
    }

    pub fn malformed(&self) -> u64 {
        lock(&self.state).malformed
    }

    /// Most confirmed requests that were outstanding at once to one device.
    pub fn max_in_flight(&self) -> usize {
        lock(&self.state).max_in_flight
    }

    pub fn i_am_overflow(&self) -> u64 {
        lock(&self.state).i_am_overflow
    }
}

async fn read_loop(
    ctx: Arc<JobCtx>,
    sock: Arc<UdpSocket>,
    bcast: Option<Arc<UdpSocket>>,
    local: SocketAddrV4,
    scope: Scope,
    state: Arc<Mutex<LinkState>>,
) {
    let mut buf = vec![0u8; MAX_DATAGRAM];
    let mut bbuf = vec![0u8; MAX_DATAGRAM];
    loop {
        let (n, src, via_broadcast) = tokio::select! {
            r = sock.recv_from(&mut buf) => match r {
                Ok((n, src)) => (n, src, false),
                // A socket error (e.g. an ICMP error with IP_RECVERR) is not fatal; pause
                // briefly so that a repeating error cannot spin.
                Err(_) => {
                    tokio::time::sleep(ERROR_PAUSE).await;
                    continue;
                }
            },
            r = recv_opt(bcast.as_deref(), &mut bbuf) => match r {
                Ok((n, src)) => (n, src, true),
                Err(_) => {
                    tokio::time::sleep(ERROR_PAUSE).await;
                    continue;
                }
            },
        };
        let SocketAddr::V4(src) = src else { continue };
        if src == local {
            // Our own broadcast, looped back.
            continue;
        }
        let data = if via_broadcast {
            bbuf.get(..n)
        } else {
            buf.get(..n)
        };
        let Some(data) = data else { continue };
        ctx.count_received();
        handle_datagram(data, src, &scope, ctx.gate.as_deref(), &state);
    }
}

async fn recv_opt(sock: Option<&UdpSocket>, buf: &mut [u8]) -> io::Result<(usize, SocketAddr)> {
    match sock {
        Some(s) => s.recv_from(buf).await,
        None => std::future::pending().await,
    }
}

/// Count a datagram from `src` under `reason` (sources beyond [`MAX_MALFORMED_SOURCES`]
/// share one row). `usable`: it still decoded and was used, flagged.
fn count_malformed(st: &mut LinkState, src: SocketAddrV4, reason: String, usable: bool) {
    let known = st.malformed_from.len();
    let source = if known < MAX_MALFORMED_SOURCES
        || st.malformed_from.keys().any(|(s, _)| *s == src.to_string())
    {
        src.to_string()
    } else {
        "other sources".to_owned()
    };
    let e = st
        .malformed_from
        .entry((source, reason))
        .or_insert((0, usable));
    e.0 = e.0.saturating_add(1);
    e.1 |= usable;
}

fn handle_datagram(
    data: &[u8],
    udp_src: SocketAddrV4,
    scope: &Scope,
    gate: Option<&crate::job::Gate>,
    state: &Mutex<LinkState>,
) {
    let mut st = lock(state);
    st.heard_from.insert(*udp_src.ip());
    let msg = match decode_bip(data) {
        Ok(m) => m,
        Err(e) => {
            st.malformed += 1;
            count_malformed(&mut st, udp_src, e.reason(), false);
            return;
        }
    };
    // It answered us itself: a datagram from this host that decoded.
    if let Some(g) = gate {
        g.answered(*udp_src.ip());
    }
    if msg.length_mismatch() {
        count_malformed(
            &mut st,
            udp_src,
            "bvlc: length field disagrees with datagram".into(),
            true,
        );
    }
    if let Some(e) = msg.body_error() {
        st.malformed += 1;
        count_malformed(&mut st, udp_src, e.reason(), false);
    }
    // A Forwarded-NPDU names the original sender; the UDP source is the forwarder. What it
    // names is the forwarder's claim: kept as such for I-Ams (trusted later only if the
    // forwarder is a BBMD we found), never used to match answers or find routers.
    let forwarded = msg.forwarded_from();
    let src = forwarded.unwrap_or(udp_src);
    let route = msg
        .npdu
        .as_ref()
        .and_then(|n| n.source)
        .map(|s| (s.network, s.mac));
    match &msg.payload {
        Payload::Apdu(apdu) => {
            if let Some(i_am) = msg.i_am() {
                // Who answered from outside the subnet (a forwarded claim is not an answer
                // from the host it names: it is kept as its sender's claim instead).
                if forwarded.is_none()
                    && !scope.in_subnet(*src.ip())
                    && !st.contacted.contains(src.ip())
                {
                    *st.unexpected.entry(src.to_string()).or_default() += 1;
                }
                if st.i_ams.len() < MAX_I_AM_RECORDS {
                    let instance = i_am.device_instance;
                    let at = st.instances_at.entry((src, route)).or_default();
                    at.insert(instance);
                    let over_address = at.len() > MAX_INSTANCES_PER_ADDRESS;
                    let from = st.devices_from.entry(*udp_src.ip()).or_default();
                    from.insert((src, route, instance));
                    let over_source = from.len() > MAX_DEVICES_PER_SOURCE;
                    if over_address || over_source {
                        st.storming.insert(*udp_src.ip());
                    }
                    st.i_ams.push(IAmSeen {
                        source: src,
                        udp_source: udp_src,
                        forwarded: forwarded.is_some(),
                        route,
                        instance,
                        vendor_id: i_am.vendor_id,
                        max_apdu: i_am.max_apdu,
                        segmentation: i_am.segmentation,
                        at: Instant::now(),
                    });
                } else {
                    st.i_am_overflow += 1;
                }
                return;
            }
            let (invoke, reply) = match apdu {
                Apdu::ComplexAck(p) => (
                    p.invoke_id,
                    match &p.body {
                        Segmentable::Segment(_) => Reply::Segmented,
                        Segmentable::Whole(Body::Decoded(a)) => Reply::Ack(a.clone()),
                        Segmentable::Whole(Body::Malformed { error, .. }) => {
                            Reply::Malformed(error.to_string())
                        }
                    },
                ),
                Apdu::SimpleAck(p) => (p.invoke_id, Reply::SimpleAck),
                Apdu::Error(p) => {
                    let (class, code) = match &p.error {
                        ErrorBody::Parsed { class, code, .. } => (*class, *code),
                        e @ ErrorBody::Raw(_) => e.class_and_code().unwrap_or((0, 0)),
                    };
                    (p.invoke_id, Reply::Error { class, code })
                }
                Apdu::Reject(p) => (p.invoke_id, Reply::Reject(p.reason)),
                Apdu::Abort(p) if p.server => (p.invoke_id, Reply::Abort(p.reason)),
                // Requests addressed to us (Who-Is, ReadProperty, ...) are never answered.
                _ => return,
            };
            if forwarded.is_some() {
                // An answer to us is never forwarded by a BBMD: whoever sent this wants it
                // taken for another host's answer.
                st.foreign_answers += 1;
                return;
            }
            match st.pending.remove(&(src, route, invoke)) {
                Some(tx) => {
                    let _ = tx.send((reply, data.to_vec()));
                }
                None if st.contacted.contains(src.ip()) => st.late += 1,
                None => *st.unexpected.entry(src.to_string()).or_default() += 1,
            }
        }
        Payload::Network(m) => match m {
            NetworkMessage::IAmRouterToNetwork { networks } => {
                if let Some(origin) = forwarded {
                    let e = st.forwarded_routers.entry((udp_src, origin)).or_default();
                    *e = e.saturating_add(1);
                    return;
                }
                let known = st.routers.len();
                match st.routers.iter_mut().find(|r| r.address == Some(src)) {
                    Some(r) => networks.iter().for_each(|n| r.add(*n)),
                    None if known < MAX_ROUTERS => {
                        let mut r = RouterSeen::new(src);
                        networks.iter().for_each(|n| r.add(*n));
                        st.routers.push(r);
                    }
                    None => st.routers_not_kept += 1,
                }
            }
            NetworkMessage::NetworkNumberIs { network, .. }
                if forwarded.is_none()
                    && !st.network_numbers.contains(&(src, *network))
                    && st.network_numbers.len() < MAX_ROUTERS =>
            {
                st.network_numbers.push((src, *network));
            }
            _ => {}
        },
        Payload::None => {
            let Some(b) = &msg.bvlc else { return };
            if let f @ (BvlcFunction::Result(_)
            | BvlcFunction::ReadBdtAck(_)
            | BvlcFunction::ReadFdtAck(_)) = &b.function
            {
                match st.pending_bvlc.remove(&udp_src) {
                    Some(tx) => {
                        let _ = tx.send((f.clone(), data.to_vec()));
                    }
                    None if st.contacted.contains(udp_src.ip()) => st.late += 1,
                    None => *st.unexpected.entry(udp_src.to_string()).or_default() += 1,
                }
            }
        }
        Payload::Raw(_) => {}
    }
}

/// Device instances claimed per BACnet address and devices per UDP source, beyond the limits,
/// for the result: (address or source, claimed, allowed, which limit).
pub fn over_limits(link: &BacnetLink) -> Vec<(String, u64, u64, &'static str)> {
    let st = lock(&link.state);
    let mut out = Vec::new();
    for ((addr, route), set) in &st.instances_at {
        if set.len() > MAX_INSTANCES_PER_ADDRESS {
            let mut name = addr.to_string();
            if let Some((net, mac)) = route {
                let _ = write!(
                    name,
                    " network {net} MAC {}",
                    crate::wire::bacnet::values::hex(mac.as_bytes())
                );
            }
            out.push((
                name,
                set.len() as u64,
                MAX_INSTANCES_PER_ADDRESS as u64,
                "instances-per-address",
            ));
        }
    }
    for (ip, set) in &st.devices_from {
        if set.len() > MAX_DEVICES_PER_SOURCE {
            out.push((
                ip.to_string(),
                set.len() as u64,
                MAX_DEVICES_PER_SOURCE as u64,
                "devices-per-source",
            ));
        }
    }
    out.sort();
    out
}

/// Global broadcast network number, re-exported for callers building remote Who-Is.
pub const GLOBAL_NETWORK: u16 = GLOBAL_BROADCAST_NETWORK;
