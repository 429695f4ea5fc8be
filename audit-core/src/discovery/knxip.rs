//! KNXnet/IP discovery: SEARCH_REQUEST_EXTENDED (asking for DIBs 01, 02, 06, 07, 08) and
//! SEARCH_REQUEST to 224.0.23.12 from the chosen interface, DESCRIPTION_REQUEST to every
//! responder and every target. Never CONNECT_REQUEST: no tunnel is ever opened.
//!
//! One socket, bound to the interface address on an ephemeral port, with IP_MULTICAST_IF set to
//! that address; its real address and port go into the HPAI (xknx; a multicast address there
//! breaks Windows gateways, XKNX/xknx#825). With `--nat`, and whenever the socket has no single
//! address, the HPAI is 0.0.0.0:0 so that answers go to the packet's source (calimero `--nat`).
//! The socket stays open until the job ends, so a late answer reaches us instead of provoking
//! an ICMP port-unreachable (nmap's knx-gateway-discover closes too early).
//!
//! Trust (docs/TRUST.md): one gateway per answering address. The control endpoint an answer
//! names is its claim: the description request goes to the address that answered, and an
//! endpoint naming another host is kept as a claim, never contacted. Answers from different
//! addresses are never merged, whatever MAC or serial they share; a shared identity is listed
//! as a conflict (`checks::trust` raises a finding). A malformed answer is counted per source
//! and reason, and a gateway is listed only from an answer with a well-formed device
//! information and service families DIB (flagged when other parts were malformed).

use std::collections::{BTreeMap, BTreeSet};
use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use tokio::net::UdpSocket;
use tokio::sync::mpsc;

use crate::inventory::{
    Claim, Claimant, DibRecord, Gateway, IdentityConflict, KnxInventory, LimitHit, MalformedFrom,
    TrustFacts, TunnelSlot,
};
use crate::job::socket::{ERROR_PAUSE, MAX_DATAGRAM, SocketOpts, bind_udp, local_v4};
use crate::job::{JobCtx, JobEvent, Note, Phase, Scope};
use crate::text;
use crate::text::Text;
use crate::wire::knxip::description::{Description, DescriptionRequest};
use crate::wire::knxip::dib::code as dib_code;
use crate::wire::knxip::search::{SearchRequest, SearchRequestExtended, Srp};
use crate::wire::knxip::{
    Body, GatewaySummary, Hpai, KnxFrame, ServiceFamily, check_response, decode,
};

/// DIBs asked for in the extended search: device info, supported families, secured families,
/// tunnelling info, extended device info.
pub const REQUESTED_DIBS: [u8; 5] = [
    dib_code::DEVICE_INFO,
    dib_code::SUPPORTED_SERVICE_FAMILIES,
    dib_code::SECURED_SERVICE_FAMILIES,
    dib_code::TUNNELLING_INFO,
    dib_code::EXTENDED_DEVICE_INFO,
];
/// Packets per gateway found: the description, and the NAT-mode description when the policy
/// asks for it (the default).
pub const PER_GATEWAY_ESTIMATE: u64 = 2;
/// Answers kept per job (a flood of search responses is counted, not stored).
pub const MAX_ANSWERS: usize = 10_000;
/// Answers kept from one address (search, extended search, description and their repeats
/// are a handful); more are counted and named, not merged.
pub const MAX_ANSWERS_PER_ADDRESS: usize = 16;
/// Answering addresses listed and described per job: more than a building's KNX IP
/// interfaces and routers. The rest are counted and named.
pub const MAX_GATEWAYS_PER_SEARCH: usize = 256;
/// Datagrams waiting to be read; a flood beyond is dropped and counted.
pub const MAX_QUEUED_DATAGRAMS: usize = 4096;
/// Serial numbers kept per gateway (every answer of an honest one says the same one or two).
pub const MAX_SERIALS_KEPT: usize = 8;
/// Sources whose malformed answers are counted one by one (the rest share one row).
pub const MAX_MALFORMED_SOURCES: usize = 256;
/// Values shown per field on which a gateway's answers disagree.
const MAX_DISAGREEING_SHOWN: usize = 4;

#[derive(Debug, Clone, Default)]
pub struct KnxFacts {
    pub local: Option<String>,
    pub socket_error: Option<Text>,
    pub multicast_sent: bool,
    pub multicast_error: Option<Text>,
    pub answers: usize,
    pub malformed: u64,
    pub targets: Vec<(String, bool)>,
    pub unexpected_sources: BTreeMap<String, u64>,
    /// (source, reason) → (count, the answer was still listed).
    pub malformed_from: BTreeMap<(String, String), (u64, bool)>,
    /// Answers per address beyond [`MAX_ANSWERS_PER_ADDRESS`].
    pub answers_over: BTreeMap<SocketAddrV4, u64>,
    /// Addresses beyond [`MAX_GATEWAYS_PER_SEARCH`], with their answers.
    pub gateways_over: BTreeMap<Ipv4Addr, u64>,
    /// Datagrams dropped because the queue was full.
    pub queue_dropped: u64,
}

impl KnxFacts {
    fn count_malformed(&mut self, src: SocketAddrV4, reason: String, listed: bool) {
        let source = if self.malformed_from.len() < MAX_MALFORMED_SOURCES
            || self
                .malformed_from
                .keys()
                .any(|(s, _)| *s == src.to_string())
        {
            src.to_string()
        } else {
            "other sources".to_owned()
        };
        let e = self
            .malformed_from
            .entry((source, reason))
            .or_insert((0, listed));
        e.0 = e.0.saturating_add(1);
        e.1 |= listed;
    }
}

#[derive(Debug, Clone, Default)]
pub struct KnxOutcome {
    pub inventory: KnxInventory,
    pub facts: KnxFacts,
    /// Claims, limits, identity conflicts and malformed answers of the KNX part.
    pub trust: TrustFacts,
    /// The socket, kept open until the whole job ends: a gateway that answers late then meets
    /// an open port instead of an ICMP port-unreachable.
    pub socket: Option<Arc<UdpSocket>>,
}

/// One answer as received.
#[derive(Debug, Clone)]
pub struct Answer {
    pub source: SocketAddrV4,
    /// `search-response`, `search-response-extended`, `description-response`.
    pub kind: &'static str,
    pub summary: GatewaySummary,
    pub description: Description,
    pub from_target: bool,
    /// Some part of it was malformed (counted per reason in the trust facts).
    pub irregular: bool,
}

pub fn estimate_discovery(scope: &Scope) -> u64 {
    if !scope.knx {
        return 0;
    }
    let search = if scope.can_multicast() { 2 } else { 0 };
    search
        + scope
            .targets
            .iter()
            .filter(|t| t.knx(scope.knx_port).is_some())
            .count() as u64
}

fn request(body: Body) -> Vec<u8> {
    KnxFrame::new(body).to_bytes()
}

/// Read answers until `until`: each decoded, checked, counted per source, and kept when it
/// is usable and its address is within the limits. `true` once a description response from
/// `want_from`'s address arrived.
async fn drain(
    ctx: &JobCtx,
    rx: &mut mpsc::Receiver<(SocketAddrV4, Vec<u8>)>,
    answers: &mut Vec<Answer>,
    facts: &mut KnxFacts,
    until: tokio::time::Instant,
    want_from: Option<SocketAddrV4>,
    from_target: bool,
) -> bool {
    loop {
        let item = tokio::select! {
            m = rx.recv() => m,
            () = tokio::time::sleep_until(until) => return false,
            () = ctx.stop.cancelled() => return false,
        };
        let Some((src, data)) = item else {
            return false;
        };
        ctx.count_received();
        let frame = match decode(&data) {
            Ok(f) => f,
            Err(e) => {
                facts.malformed += 1;
                facts.count_malformed(src, e.reason(), false);
                continue;
            }
        };
        let kind = match &frame.body {
            Body::SearchResponse(_) => "search-response",
            Body::SearchResponseExtended(_) => "search-response-extended",
            Body::DescriptionResponse(_) => "description-response",
            // Our own multicast search looped back, other tools' searches, routing traffic.
            _ => continue,
        };
        if let Some(g) = &ctx.gate {
            g.answered(*src.ip());
        }
        let Some(check) = check_response(&frame) else {
            continue;
        };
        for (layer, what) in &check.problems {
            facts.count_malformed(src, format!("{layer}: {what}"), check.usable);
        }
        if !check.problems.is_empty() {
            facts.malformed += 1;
        }
        // Never a gateway with an empty name from a broken answer: counted, not listed.
        if !check.usable {
            continue;
        }
        let (Some(summary), Some(description)) = (frame.gateway_summary(), description_of(&frame))
        else {
            continue;
        };
        let from_this = answers.iter().filter(|a| a.source.ip() == src.ip()).count();
        if from_this >= MAX_ANSWERS_PER_ADDRESS {
            *facts.answers_over.entry(src).or_default() += 1;
            continue;
        }
        if from_this == 0 {
            let addresses: BTreeSet<Ipv4Addr> = answers.iter().map(|a| *a.source.ip()).collect();
            if addresses.len() >= MAX_GATEWAYS_PER_SEARCH {
                *facts.gateways_over.entry(*src.ip()).or_default() += 1;
                continue;
            }
            // A new gateway: its description (and NAT description) join the estimate.
            let est = ctx.add_estimate(PER_GATEWAY_ESTIMATE);
            ctx.events
                .emit(JobEvent::Progress {
                    packets_sent: ctx.packets_sent(),
                    estimated_packets: est,
                })
                .await;
        }
        ctx.events
            .emit(JobEvent::GatewayFound {
                address: src.to_string(),
                answer: kind.to_owned(),
            })
            .await;
        if answers.len() < MAX_ANSWERS {
            answers.push(Answer {
                source: src,
                kind,
                summary,
                description,
                from_target,
                irregular: !check.problems.is_empty(),
            });
        }
        if kind == "description-response" && want_from.is_some_and(|w| *w.ip() == *src.ip()) {
            return true;
        }
    }
}

fn description_of(frame: &KnxFrame) -> Option<Description> {
    match &frame.body {
        Body::SearchResponse(s) | Body::SearchResponseExtended(s) => Some(s.description.clone()),
        Body::DescriptionResponse(d) => Some(d.clone()),
        _ => None,
    }
}

/// Where a gateway is reached: the address that answered, with the port its control endpoint
/// names when that endpoint is the same host (a claim never moves us to another host).
pub fn answering_endpoint(a: &Answer) -> SocketAddrV4 {
    match a.summary.control_endpoint {
        Some(c) if c.ip() == a.source.ip() && c.port() != 0 => c,
        _ => a.source,
    }
}

/// The control endpoint an answer names when it is another host than the one that answered.
fn claimed_elsewhere(a: &Answer) -> Option<SocketAddrV4> {
    a.summary
        .control_endpoint
        .filter(|c| !c.ip().is_unspecified() && c.ip() != a.source.ip())
}

pub async fn run(ctx: Arc<JobCtx>, scope: &Scope) -> KnxOutcome {
    let mut out = KnxOutcome::default();
    let multicast_if = scope.can_multicast().then_some(scope.bind);
    let opts = SocketOpts {
        multicast_if,
        ..SocketOpts::default()
    };
    let sock = match bind_udp(SocketAddrV4::new(scope.bind, 0), opts) {
        Ok(s) => s,
        Err(e) if multicast_if.is_some() => {
            // IP_MULTICAST_IF refused (interface without multicast): go on with unicast only.
            let msg = text!(
                "job-note-knx-multicast",
                address = scope.bind.to_string(),
                error = e.to_string()
            );
            out.facts.multicast_error = Some(msg.clone());
            ctx.note_once(Note::warning("knx-multicast", msg)).await;
            match bind_udp(SocketAddrV4::new(scope.bind, 0), SocketOpts::default()) {
                Ok(s) => s,
                Err(e) => {
                    out.facts.socket_error =
                        Some(text!("job-note-knx-socket-unicast", error = e.to_string()));
                    return out;
                }
            }
        }
        Err(e) => {
            let msg = text!(
                "job-note-knx-socket",
                address = scope.bind.to_string(),
                error = e.to_string()
            );
            ctx.note_once(Note::warning("knx-socket", msg.clone()))
                .await;
            out.facts.socket_error = Some(msg);
            return out;
        }
    };
    let Ok(local) = local_v4(&sock) else {
        out.facts.socket_error = Some(text!("job-note-knx-socket-no-address"));
        return out;
    };
    out.facts.local = Some(local.to_string());
    let hpai = if scope.nat || local.ip().is_unspecified() {
        Hpai::nat()
    } else {
        Hpai::udp(*local.ip(), local.port())
    };
    let sock = Arc::new(sock);
    let (tx, mut rx) = mpsc::channel(MAX_QUEUED_DATAGRAMS);
    let dropped = Arc::new(AtomicU64::new(0));
    let reader = tokio::spawn(read_loop(sock.clone(), tx, dropped.clone()));

    let mut answers = Vec::new();
    if multicast_if.is_some() && out.facts.multicast_error.is_none() {
        let group = SocketAddrV4::new(scope.knx_multicast, scope.knx_port);
        ctx.phase(
            Phase::KnxSearch,
            text!(
                "job-phase-knx-search",
                group = group.to_string(),
                local = local.to_string()
            ),
        )
        .await;
        let ext = request(Body::SearchRequestExtended(SearchRequestExtended {
            discovery_endpoint: hpai,
            parameters: vec![Srp::request_dibs(&REQUESTED_DIBS)],
        }));
        let plain = request(Body::SearchRequest(SearchRequest {
            discovery_endpoint: hpai,
        }));
        let a = ctx
            .send_broadcast(&sock, group, &ext, "knxip", "search-request-extended")
            .await;
        let b = ctx
            .send_broadcast(&sock, group, &plain, "knxip", "search-request")
            .await;
        out.facts.multicast_sent = a || b;
        let until = tokio::time::Instant::now() + ctx.policy.listen();
        drain(
            &ctx,
            &mut rx,
            &mut answers,
            &mut out.facts,
            until,
            None,
            false,
        )
        .await;
    }

    // Description of every address that answered (never the endpoint an answer names, when
    // that is another host) and of every target, one at a time.
    let mut endpoints: Vec<(SocketAddrV4, bool)> = Vec::new();
    for a in &answers {
        let ep = answering_endpoint(a);
        let allowed = ctx
            .gate
            .as_ref()
            .is_none_or(|g| g.check_probe(*ep.ip()).is_ok());
        if allowed && !endpoints.iter().any(|(e, _)| e.ip() == ep.ip()) {
            endpoints.push((ep, false));
        }
    }
    let targets: Vec<SocketAddrV4> = scope
        .targets
        .iter()
        .filter_map(|t| t.knx(scope.knx_port))
        .collect();
    for t in &targets {
        if !endpoints.iter().any(|(e, _)| e.ip() == t.ip()) {
            endpoints.push((*t, true));
        }
    }
    if !endpoints.is_empty() {
        ctx.phase(
            Phase::KnxDescription,
            text!("job-phase-knx-description", count = endpoints.len()),
        )
        .await;
    }
    let req = request(Body::DescriptionRequest(DescriptionRequest {
        control_endpoint: hpai,
    }));
    let mut answered_targets = Vec::new();
    for (ep, from_target) in &endpoints {
        let mut got = false;
        for attempt in 0..=ctx.policy.retries() {
            if ctx.stopped() {
                break;
            }
            if attempt > 0 {
                tokio::select! {
                    () = tokio::time::sleep(ctx.policy.backoff(attempt)) => {}
                    () = ctx.stop.cancelled() => break,
                }
            }
            if !ctx
                .send(&sock, *ep, &req, "knxip", "description-request")
                .await
            {
                continue;
            }
            let until = tokio::time::Instant::now() + ctx.policy.request_timeout();
            if drain(
                &ctx,
                &mut rx,
                &mut answers,
                &mut out.facts,
                until,
                Some(*ep),
                *from_target,
            )
            .await
            {
                got = true;
                break;
            }
            if !ctx.spend_error() {
                break;
            }
        }
        if *from_target {
            answered_targets.push((ep.to_string(), got));
        }
    }
    // NAT-mode description: once more to every gateway that answered, with 0.0.0.0:0, which
    // asks it to answer the packet's source, as it must for a client behind NAT (calimero
    // `--nat`). One attempt, no retry and no error budget: silence is the answer we record.
    let mut nat_answers: Vec<(Ipv4Addr, bool)> = Vec::new();
    if ctx.policy.nat_description() {
        let nat_req = request(Body::DescriptionRequest(DescriptionRequest {
            control_endpoint: Hpai::nat(),
        }));
        let answered: Vec<SocketAddrV4> = endpoints
            .iter()
            .map(|(ep, _)| *ep)
            .filter(|ep| answers.iter().any(|a| a.source.ip() == ep.ip()))
            .collect();
        if !answered.is_empty() {
            ctx.phase(
                Phase::KnxNatDescription,
                text!("job-phase-knx-nat-description", count = answered.len()),
            )
            .await;
        }
        for ep in answered {
            if ctx.stopped() {
                break;
            }
            let got = if hpai.is_route_back() {
                // Every description above already carried 0.0.0.0:0.
                answers
                    .iter()
                    .any(|a| a.source.ip() == ep.ip() && a.kind == "description-response")
            } else if ctx
                .send(&sock, ep, &nat_req, "knxip", "description-request")
                .await
            {
                let until = tokio::time::Instant::now() + ctx.policy.request_timeout();
                // Kept apart: the same description again adds nothing to the inventory.
                let mut scratch = Vec::new();
                drain(
                    &ctx,
                    &mut rx,
                    &mut scratch,
                    &mut out.facts,
                    until,
                    Some(ep),
                    false,
                )
                .await
            } else {
                continue;
            };
            nat_answers.push((*ep.ip(), got));
        }
    }
    reader.abort();
    out.facts.queue_dropped = dropped.load(Ordering::Relaxed);
    out.facts.targets = answered_targets;
    out.facts.answers = answers.len();
    let scope_ok = |ip: Ipv4Addr| scope.in_subnet(ip) || targets.iter().any(|t| *t.ip() == ip);
    for a in &answers {
        if !scope_ok(*a.source.ip()) {
            *out.facts
                .unexpected_sources
                .entry(a.source.to_string())
                .or_default() += 1;
        }
    }
    out.inventory.gateways = merge(&answers);
    for g in &mut out.inventory.gateways {
        let ip = g.address.parse::<SocketAddrV4>().ok().map(|a| *a.ip());
        // Only this address's own answer counts (never another host sharing its MAC).
        g.answers_nat_description = nat_answers
            .iter()
            .find(|(nip, _)| Some(*nip) == ip)
            .map(|(_, got)| *got);
    }
    let conflicts = identity_conflicts(&mut out.inventory.gateways);
    out.trust = trust_facts(&ctx, &answers, &out.facts, conflicts);
    out.socket = Some(sock);
    out
}

/// Claims, limits, malformed answers and identity conflicts of the KNX part.
fn trust_facts(
    ctx: &JobCtx,
    answers: &[Answer],
    facts: &KnxFacts,
    conflicts: Vec<IdentityConflict>,
) -> TrustFacts {
    let mut t = TrustFacts {
        identity_conflicts: conflicts,
        ..TrustFacts::default()
    };
    for a in answers {
        if let Some(c) = claimed_elsewhere(a) {
            let reason = match &ctx.gate {
                Some(g) => match g.check_never(*c.ip()) {
                    Err(r) => r.code(),
                    Ok(()) => "names-another-host",
                },
                None => "names-another-host",
            };
            t.claim(Claim {
                from: a.source.to_string(),
                protocol: "knxip".into(),
                kind: "control-endpoint".into(),
                names: c.to_string(),
                what: format!("its control endpoint ({})", a.kind),
                count: 1,
                trusted: false,
                reason: reason.into(),
            });
        }
    }
    for ((source, reason), (count, listed)) in &facts.malformed_from {
        t.malformed_from(MalformedFrom {
            source: source.clone(),
            protocol: "knxip".into(),
            reason: reason.clone(),
            count: *count,
            listed: *listed,
        });
    }
    for (src, over) in &facts.answers_over {
        let kept = answers.iter().filter(|a| a.source.ip() == src.ip()).count() as u64;
        t.limit(LimitHit {
            limit: "answers-per-address".into(),
            peer: src.to_string(),
            claimed: kept + over,
            allowed: MAX_ANSWERS_PER_ADDRESS as u64,
            skipped: crate::text!("limit-skipped-answers", count = *over),
        });
    }
    if !facts.gateways_over.is_empty() {
        let peers: Vec<String> = facts
            .gateways_over
            .keys()
            .take(5)
            .map(Ipv4Addr::to_string)
            .collect();
        let more = facts.gateways_over.len().saturating_sub(5);
        t.limit(LimitHit {
            limit: "gateways-per-search".into(),
            peer: if more > 0 {
                format!("{} and {more} more", peers.join(", "))
            } else {
                peers.join(", ")
            },
            claimed: (MAX_GATEWAYS_PER_SEARCH + facts.gateways_over.len()) as u64,
            allowed: MAX_GATEWAYS_PER_SEARCH as u64,
            skipped: crate::text!("limit-skipped-gateways", count = facts.gateways_over.len()),
        });
    }
    if facts.queue_dropped > 0 {
        t.limit(LimitHit {
            limit: "receive-queue".into(),
            peer: String::new(),
            claimed: facts.queue_dropped,
            allowed: MAX_QUEUED_DATAGRAMS as u64,
            skipped: crate::text!("limit-skipped-datagrams", count = facts.queue_dropped),
        });
    }
    t
}

/// Gateways at different addresses that claim the same MAC or serial: listed separately,
/// flagged `identity-shared`, and returned as conflicts (with what each says about security).
pub fn identity_conflicts(gateways: &mut [Gateway]) -> Vec<IdentityConflict> {
    let blank = |v: &str| v.is_empty() || v.chars().all(|c| c == '0' || c == ':');
    let mut by: BTreeMap<(&'static str, String), Vec<usize>> = BTreeMap::new();
    for (i, g) in gateways.iter().enumerate() {
        if !blank(&g.mac) {
            by.entry(("mac", g.mac.clone())).or_default().push(i);
        }
        let mut serials: Vec<&String> = g.serials.iter().collect();
        if !serials.contains(&&g.serial) {
            serials.push(&g.serial);
        }
        for s in serials.into_iter().filter(|s| !blank(s)) {
            let e = by.entry(("serial", s.clone())).or_default();
            if !e.contains(&i) {
                e.push(i);
            }
        }
    }
    let mut out = Vec::new();
    for ((field, value), idx) in by {
        if idx.len() < 2 {
            continue;
        }
        let claimants = idx
            .iter()
            .filter_map(|&i| gateways.get(i))
            .map(|g| Claimant {
                address: g.address.clone(),
                secure_supported: g.secure_supported,
                tunnelling_requires_secure: g.tunnelling_requires_secure,
            })
            .collect();
        for &i in &idx {
            if let Some(g) = gateways.get_mut(i)
                && !g.flags.iter().any(|f| f == "identity-shared")
            {
                g.flags.push("identity-shared".into());
            }
        }
        out.push(IdentityConflict {
            field: field.into(),
            value,
            claimants,
        });
    }
    out
}

async fn read_loop(
    sock: Arc<UdpSocket>,
    tx: mpsc::Sender<(SocketAddrV4, Vec<u8>)>,
    dropped: Arc<AtomicU64>,
) {
    let mut buf = vec![0u8; MAX_DATAGRAM];
    loop {
        match sock.recv_from(&mut buf).await {
            Ok((n, SocketAddr::V4(src))) => {
                let Some(d) = buf.get(..n) else { continue };
                match tx.try_send((src, d.to_vec())) {
                    Ok(()) => {}
                    Err(mpsc::error::TrySendError::Full(_)) => {
                        dropped.fetch_add(1, Ordering::Relaxed);
                    }
                    Err(mpsc::error::TrySendError::Closed(_)) => return,
                }
            }
            Ok(_) => continue,
            Err(_) => tokio::time::sleep(ERROR_PAUSE).await,
        }
    }
}

type FieldOf = fn(&GatewaySummary) -> String;

fn rank(kind: &str) -> u8 {
    match kind {
        "search-response-extended" => 0,
        "description-response" => 1,
        _ => 2,
    }
}

/// One gateway per answering address: the answers of each address merged (the extended
/// search answer preferred, then the description, then the plain search; every serial kept and
/// every field on which they disagree named). Answers from different addresses are never
/// merged, whatever they claim: see [`identity_conflicts`].
pub fn merge(answers: &[Answer]) -> Vec<Gateway> {
    let mut groups: Vec<(Ipv4Addr, Vec<&Answer>)> = Vec::new();
    for a in answers {
        let ip = *a.source.ip();
        match groups.iter_mut().find(|(gip, _)| *gip == ip) {
            Some((_, v)) => v.push(a),
            None => groups.push((ip, vec![a])),
        }
    }
    groups.into_iter().map(|(_, g)| gateway(&g)).collect()
}

fn gateway(group: &[&Answer]) -> Gateway {
    let mut sorted: Vec<&Answer> = group.to_vec();
    sorted.sort_by_key(|a| rank(a.kind));
    let Some(best) = sorted.first() else {
        return Gateway::default();
    };
    let s = &best.summary;
    // The address that answered (the port its endpoint names for itself, if it does).
    let control = group
        .iter()
        .map(|a| answering_endpoint(a))
        .find(|e| *e != best.source)
        .unwrap_or(best.source);
    let mut g = Gateway {
        address: control.to_string(),
        claimed_control_endpoint: group
            .iter()
            .find_map(|a| claimed_elsewhere(a))
            .map(|c| c.to_string()),
        name: s.name.clone(),
        individual_address: s.individual_address.clone(),
        mac: s.mac.clone(),
        serial: s.serial.clone(),
        service_families: s.service_families.iter().map(|f| (*f).into()).collect(),
        core_version: s.core_version,
        knx_medium: s.knx_medium.clone(),
        programming_mode: s.programming_mode,
        project_installation_id: s.project_installation_id,
        multicast_address: s.multicast_address.map(|m| m.to_string()),
        max_apdu_length: s.max_apdu_length,
        mask_version: s.mask_version.map(|m| format!("{m:04x}")),
        medium_ok: s.medium_ok,
        manufacturer_id: s.manufacturer_id,
        from_target: group.iter().all(|a| a.from_target),
        ..Gateway::default()
    };
    for a in &sorted {
        if !g.answers.iter().any(|k| k == a.kind) {
            g.answers.push(a.kind.to_owned());
        }
        if !a.summary.serial.is_empty()
            && !g.serials.contains(&a.summary.serial)
            && g.serials.len() < MAX_SERIALS_KEPT
        {
            g.serials.push(a.summary.serial.clone());
        }
        if a.irregular && !g.flags.iter().any(|f| f == "answer-irregular") {
            g.flags.push("answer-irregular".into());
        }
        for d in &a.description.dibs {
            let mut bytes = Vec::new();
            d.emit(&mut bytes);
            g.dibs.push(DibRecord {
                code: d.code(),
                name: d.name().to_owned(),
                answer: a.kind.to_owned(),
                hex: crate::wire::hex::hex(&bytes),
            });
        }
    }
    // Disagreements between answers, field by field.
    let fields: [(&str, FieldOf); 4] = [
        ("serial", |s| s.serial.clone()),
        ("mac", |s| s.mac.clone()),
        ("individual address", |s| s.individual_address.clone()),
        ("name", |s| s.name.clone()),
    ];
    for (name, get) in fields {
        let vals: Vec<(String, &str)> = sorted
            .iter()
            .filter(|a| !a.summary.knx_medium.is_empty())
            .map(|a| (get(&a.summary), a.kind))
            .collect();
        if let Some((first, _)) = vals.first()
            && vals.iter().any(|(v, _)| v != first)
        {
            let mut parts: Vec<String> = vals
                .iter()
                .take(MAX_DISAGREEING_SHOWN)
                .map(|(v, k)| format!("{k}: {v}"))
                .collect();
            if vals.len() > MAX_DISAGREEING_SHOWN {
                parts.push(format!(
                    "and {} more answers",
                    vals.len() - MAX_DISAGREEING_SHOWN
                ));
            }
            g.disagreements
                .push(format!("{name} differs ({})", parts.join("; ")));
        }
    }
    // Security: supported if any answer lists the security family; required per family from
    // DIB 0x06 of any answer that carried it.
    g.secure_supported = sorted.iter().any(|a| a.description.secure_supported());
    let secured = sorted
        .iter()
        .find_map(|a| a.description.secured_service_families().cloned());
    g.tunnelling_over_tcp = sorted.iter().any(|a| a.description.tunnelling_over_tcp());
    let required = |f: ServiceFamily| -> Option<bool> {
        match &secured {
            Some(s) => Some(s.contains(f)),
            // Without the security family nothing can be required; with it, unknown.
            None if !g.secure_supported => Some(false),
            None => None,
        }
    };
    g.tunnelling_requires_secure = required(ServiceFamily::TUNNELLING);
    g.routing_requires_secure = required(ServiceFamily::ROUTING);
    g.device_management_requires_secure = required(ServiceFamily::DEVICE_MANAGEMENT);
    g.secure_families = secured.map(|s| s.families.iter().map(|f| f.family.into()).collect());
    if let Some(t) = sorted.iter().find_map(|a| a.description.tunnelling_info()) {
        g.tunnelling_slots = t
            .slots
            .iter()
            .map(|s| TunnelSlot {
                individual_address: s.address.to_string(),
                free: s.free(),
                authorised: s.authorised(),
                usable: s.usable(),
            })
            .collect();
    }
    g
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::SimGateway;

    fn answer_from(gw: &SimGateway, request: Body, source: SocketAddrV4) -> Answer {
        let req = request_bytes(request);
        let (_, bytes) = gw
            .handle(&req, SocketAddrV4::new(Ipv4Addr::LOCALHOST, 40000), 3671)
            .unwrap();
        let frame = decode(&bytes).unwrap();
        let kind = frame.service_name();
        let description = match frame.body.clone() {
            Body::SearchResponse(s) | Body::SearchResponseExtended(s) => s.description,
            Body::DescriptionResponse(d) => d,
            b => panic!("{b:?}"),
        };
        Answer {
            source,
            kind: match kind {
                "search-response" => "search-response",
                "search-response-extended" => "search-response-extended",
                _ => "description-response",
            },
            summary: frame.gateway_summary().unwrap(),
            description,
            from_target: false,
            irregular: false,
        }
    }

    fn request_bytes(b: Body) -> Vec<u8> {
        request(b)
    }

    fn hpai() -> Hpai {
        Hpai::udp(Ipv4Addr::LOCALHOST, 40000)
    }

    #[test]
    fn disagreeing_answers_are_merged_and_flagged() {
        let ip = Ipv4Addr::new(127, 0, 0, 41);
        let gw = SimGateway::legacy_interface(ip);
        let src = SocketAddrV4::new(ip, 3671);
        let answers = vec![
            answer_from(
                &gw,
                Body::SearchRequest(SearchRequest {
                    discovery_endpoint: hpai(),
                }),
                src,
            ),
            answer_from(
                &gw,
                Body::DescriptionRequest(DescriptionRequest {
                    control_endpoint: hpai(),
                }),
                src,
            ),
        ];
        let g = merge(&answers);
        assert_eq!(g.len(), 1);
        let g = &g[0];
        assert_eq!(g.serials, ["000111223345", "000111223344"]);
        assert_eq!(
            g.serial, "000111223345",
            "description preferred over plain search"
        );
        assert_eq!(g.disagreements.len(), 1);
        assert!(g.disagreements[0].starts_with("serial differs"));
        assert_eq!(g.core_version, Some(1));
        assert_eq!(
            g.tunnelling_requires_secure,
            Some(false),
            "no security family: nothing required"
        );
        assert_eq!(g.dibs.len(), 4);
    }

    #[test]
    fn extended_answer_wins_and_security_is_per_family() {
        let ip = Ipv4Addr::new(127, 0, 0, 40);
        let gw = SimGateway::secure_router(ip);
        let src = SocketAddrV4::new(ip, 3671);
        let ext = Body::SearchRequestExtended(SearchRequestExtended {
            discovery_endpoint: hpai(),
            parameters: vec![Srp::request_dibs(&REQUESTED_DIBS)],
        });
        let plain = answer_from(
            &gw,
            Body::SearchRequest(SearchRequest {
                discovery_endpoint: hpai(),
            }),
            src,
        );
        // The plain answer alone: secure-capable, but DIB 0x06 unknown.
        let only_plain = merge(std::slice::from_ref(&plain));
        assert!(only_plain[0].secure_supported);
        assert_eq!(only_plain[0].tunnelling_requires_secure, None);
        assert_eq!(only_plain[0].secure_families, None);
        let g = merge(&[plain, answer_from(&gw, ext, src)]);
        assert_eq!(g.len(), 1);
        assert_eq!(g[0].answers[0], "search-response-extended");
        assert_eq!(g[0].tunnelling_requires_secure, Some(true));
        assert_eq!(g[0].routing_requires_secure, Some(false));
        assert_eq!(g[0].device_management_requires_secure, Some(true));
        assert_eq!(g[0].tunnelling_slots.len(), 4);
        assert!(g[0].disagreements.is_empty());
    }

    #[test]
    fn one_gateway_per_answering_address_whatever_the_answers_claim() {
        let a = SimGateway::secure_router(Ipv4Addr::new(127, 0, 0, 40));
        let b = SimGateway::legacy_interface(Ipv4Addr::new(127, 0, 0, 41));
        let req = || {
            Body::SearchRequest(SearchRequest {
                discovery_endpoint: hpai(),
            })
        };
        let answers = vec![
            answer_from(
                &a,
                req(),
                SocketAddrV4::new(Ipv4Addr::new(127, 0, 0, 40), 3671),
            ),
            // Another host repeats the first one's answer (same MAC, serial, endpoint).
            answer_from(
                &a,
                req(),
                SocketAddrV4::new(Ipv4Addr::new(127, 0, 0, 50), 3671),
            ),
            answer_from(
                &b,
                req(),
                SocketAddrV4::new(Ipv4Addr::new(127, 0, 0, 41), 3671),
            ),
        ];
        let mut g = merge(&answers);
        assert_eq!(g.len(), 3, "never merged across addresses");
        // Each is listed at the address that answered, not at the endpoint it names.
        let addresses: Vec<&str> = g.iter().map(|g| g.address.as_str()).collect();
        assert_eq!(
            addresses,
            ["127.0.0.40:3671", "127.0.0.50:3671", "127.0.0.41:3671"]
        );
        assert_eq!(
            g[1].claimed_control_endpoint.as_deref(),
            Some("127.0.0.40:3671")
        );
        assert_eq!(g[0].claimed_control_endpoint, None);
        let conflicts = identity_conflicts(&mut g);
        let fields: Vec<&str> = conflicts.iter().map(|c| c.field.as_str()).collect();
        assert_eq!(fields, ["mac", "serial"]);
        for c in &conflicts {
            let who: Vec<&str> = c.claimants.iter().map(|x| x.address.as_str()).collect();
            assert_eq!(who, ["127.0.0.40:3671", "127.0.0.50:3671"]);
        }
        assert!(g[0].flags.contains(&"identity-shared".to_owned()));
        assert!(g[1].flags.contains(&"identity-shared".to_owned()));
        assert!(g[2].flags.is_empty());
    }

    /// A copy of an unsecured gateway's identity that claims KNX IP Secure changes nothing of
    /// the real gateway's verdict: each is judged on its own answers.
    #[test]
    fn a_security_verdict_never_comes_from_another_host() {
        let honest = SimGateway::legacy_interface(Ipv4Addr::new(127, 0, 0, 41));
        let secure = SimGateway::secure_router(Ipv4Addr::new(127, 0, 0, 40));
        let plain = Body::SearchRequest(SearchRequest {
            discovery_endpoint: hpai(),
        });
        let ext = Body::SearchRequestExtended(SearchRequestExtended {
            discovery_endpoint: hpai(),
            parameters: vec![Srp::request_dibs(&REQUESTED_DIBS)],
        });
        let honest_src = SocketAddrV4::new(Ipv4Addr::new(127, 0, 0, 41), 3671);
        let copy_src = SocketAddrV4::new(Ipv4Addr::new(127, 0, 0, 66), 3671);
        let real = answer_from(&honest, plain, honest_src);
        // The copy: the secure router's answer with the honest gateway's MAC and serial.
        let mut copy = answer_from(&secure, ext, copy_src);
        copy.summary.mac = real.summary.mac.clone();
        copy.summary.serial = real.summary.serial.clone();
        let mut g = merge(&[real, copy]);
        assert_eq!(g.len(), 2);
        let real_gw = g
            .iter()
            .find(|g| g.address.starts_with("127.0.0.41"))
            .unwrap();
        assert!(!real_gw.secure_supported);
        assert_eq!(real_gw.tunnelling_requires_secure, Some(false));
        let copy_gw = g
            .iter()
            .find(|g| g.address.starts_with("127.0.0.66"))
            .unwrap();
        assert!(copy_gw.secure_supported);
        let conflicts = identity_conflicts(&mut g);
        assert!(!conflicts.is_empty());
        let c = &conflicts[0];
        assert_eq!(c.claimants.len(), 2);
        assert!(c.claimants.iter().any(|x| !x.secure_supported));
        assert!(c.claimants.iter().any(|x| x.secure_supported));
    }
}
