//! The exposure job: which router, then each probe in turn, each bounded and cancellable.

use std::hash::{BuildHasher, Hasher};
use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4};
use std::time::Duration;

use tokio::net::UdpSocket;

use super::{ExposureOptions, hairpin, http, igd, internetdb, natpmp, pcp, route, ssdp, stun};
use crate::inventory::{
    AddressSource, ExposureReport, HairpinProbe, IgdReport, InternetDbReport, Inventory,
    NatPmpReport, PcpReport, StunReport,
};
use crate::job::{CancelFlag, EventSink, JobCtx, Note, Phase, ValidPolicy};
use crate::net::AddressClass;
use crate::text;
use crate::text::Text;

/// An address a hairpin probe may go to: not 0.0.0.0 (miniupnpd says that when it has no
/// usable WAN address), broadcast or multicast.
fn usable_external(ip: Ipv4Addr) -> bool {
    !(ip.is_unspecified() || ip.is_broadcast() || ip.is_multicast() || ip.octets()[0] == 0)
}

/// Something the user typed, as it may be shown back (control characters escaped, cut).
pub(super) fn shown_input(s: &str) -> String {
    hairpin::shown(s)
}

/// Name of what discovery found at `ip`, if anything.
fn known_at(known: &Inventory, ip: &str) -> Option<Text> {
    let at = |addr: &str| addr == ip || addr.strip_prefix(ip).is_some_and(|r| r.starts_with(':'));
    if let Some(g) = known.knx.gateways.iter().find(|g| at(&g.address)) {
        return Some(text!(
            "exposure-known-knx-gateway",
            name = hairpin::shown(&g.name)
        ));
    }
    known
        .bacnet
        .devices
        .iter()
        .find(|d| at(&d.address))
        .map(|d| text!("exposure-known-bacnet-device", instance = d.device_instance))
}

/// Whether discovery found anything at `ip` (a STUN answer naming such an address is not the
/// internet's view of this site).
fn is_known_host(known: &Inventory, ip: Ipv4Addr) -> bool {
    let at = |addr: &str| {
        addr.parse::<Ipv4Addr>().ok() == Some(ip)
            || addr.parse::<SocketAddrV4>().ok().map(|a| *a.ip()) == Some(ip)
    };
    known.knx.gateways.iter().any(|g| at(&g.address))
        || known.bacnet.devices.iter().any(|d| at(&d.address))
        || known.bacnet.bbmds.iter().any(|b| at(&b.address))
        || known.bacnet.routers.iter().any(|r| at(&r.address))
}

async fn info(ctx: &JobCtx, code: &str, t: Text) {
    ctx.note(Note::info(code, t)).await;
}

async fn warn(ctx: &JobCtx, code: &str, t: Text) {
    ctx.note(Note::warning(code, t)).await;
}

pub async fn probe(
    opts: ExposureOptions,
    known: &Inventory,
    events: EventSink,
    cancel: CancelFlag,
) -> ExposureReport {
    let ctx = JobCtx::new(
        ValidPolicy::clamped(opts.rate, opts.timeout_s),
        events,
        &cancel,
    );
    let mut rep = ExposureReport {
        simulated_internet: opts.simulated_internet,
        typed_external_ip: opts.external_ip,
        ..ExposureReport::default()
    };
    let router = match opts.router {
        Some(r) => Some(r),
        None => {
            let iface = opts
                .interface
                .clone()
                .or_else(|| route::interface_of(opts.bind));
            let gw = route::system_default_gateway(iface.as_deref());
            if let Some(g) = gw {
                let t = match iface.as_deref() {
                    Some(i) => text!(
                        "exposure-router-from-routes",
                        router = g.to_string(),
                        interface = i
                    ),
                    None => text!("exposure-router-from-routes-here", router = g.to_string()),
                };
                info(&ctx, "router-from-routes", t).await;
            }
            gw
        }
    };
    let Some(router) = router else {
        warn(&ctx, "no-router", text!("exposure-no-router")).await;
        return finish(rep, &ctx);
    };
    if router.is_unspecified() || router.is_broadcast() || router.is_multicast() {
        warn(
            &ctx,
            "bad-router",
            text!("exposure-bad-router", router = router.to_string()),
        )
        .await;
        return finish(rep, &ctx);
    }
    rep.router = Some(router);

    // 1. UPnP IGD.
    ctx.phase(
        Phase::UpnpSearch,
        if opts.ssdp_unicast {
            text!(
                "exposure-phase-ssdp-unicast",
                target = SocketAddrV4::new(router, opts.ssdp_port).to_string()
            )
        } else {
            text!(
                "exposure-phase-ssdp-multicast",
                bind = opts.bind.to_string()
            )
        }
        .to_string(),
    )
    .await;
    rep.igd = Some(upnp(&ctx, &opts, router, known).await);

    // 2. NAT-PMP and PCP.
    if !ctx.stopped() {
        ctx.phase(
            Phase::NatPmp,
            SocketAddrV4::new(router, opts.nat_pmp_port).to_string(),
        )
        .await;
        rep.nat_pmp = Some(nat_pmp(&ctx, &opts, router).await);
    }
    if !ctx.stopped() {
        ctx.phase(
            Phase::Pcp,
            text!(
                "exposure-phase-pcp",
                target = SocketAddrV4::new(router, opts.nat_pmp_port).to_string()
            )
            .to_string(),
        )
        .await;
        rep.pcp = Some(pcp_announce(&ctx, &opts, router).await);
    }

    // 3. The router's own internet address: UPnP, else NAT-PMP, else what the user typed.
    let from_igd = rep.igd.as_ref().and_then(|i| i.external_ip);
    let from_pmp = rep.nat_pmp.as_ref().and_then(|n| n.external_ip);
    let typed = opts.external_ip.filter(|ip| {
        usable_external(*ip) && (!ip.is_loopback() || rep.class_of(*ip) != AddressClass::Private)
    });
    if let (Some(t), None) = (opts.external_ip, typed) {
        warn(
            &ctx,
            "typed-external-ip-unusable",
            text!("exposure-typed-unusable", ip = t.to_string()),
        )
        .await;
    }
    (rep.external_ip, rep.external_ip_source) = match (from_igd, from_pmp, typed) {
        (Some(a), _, _) => (Some(a), Some(AddressSource::Upnp)),
        (None, Some(b), _) => (Some(b), Some(AddressSource::NatPmp)),
        (None, None, Some(t)) => (Some(t), Some(AddressSource::Typed)),
        (None, None, None) => (None, None),
    };
    let mut disagree = false;
    if let (Some(a), Some(b)) = (from_igd, from_pmp)
        && a != b
    {
        disagree = true;
        warn(
            &ctx,
            "external-ip-disagree",
            text!(
                "exposure-external-disagree",
                upnp = a.to_string(),
                nat_pmp = b.to_string()
            ),
        )
        .await;
    }
    if let (Some(own), Some(t)) = (from_igd.or(from_pmp), typed)
        && own != t
    {
        warn(
            &ctx,
            "typed-external-ip-differs",
            text!(
                "exposure-typed-differs",
                router = own.to_string(),
                typed = t.to_string()
            ),
        )
        .await;
    }
    match rep.external_ip {
        Some(ip) => match rep.class_of(ip) {
            AddressClass::Public => {}
            AddressClass::Shared => {
                warn(
                    &ctx,
                    "external-ip-shared",
                    text!("exposure-external-shared", ip = ip.to_string()),
                )
                .await
            }
            AddressClass::Private => {
                warn(
                    &ctx,
                    "external-ip-private",
                    text!("exposure-external-private", ip = ip.to_string()),
                )
                .await
            }
        },
        None => info(&ctx, "no-external-ip", text!("exposure-no-external-ip")).await,
    }

    // 4. STUN, only when the user allowed it.
    if let Some(server) = opts.stun.as_deref()
        && !ctx.stopped()
    {
        ctx.phase(Phase::Stun, shown_input(server)).await;
        rep.stun = Some(ask_stun(&ctx, &opts, server, router, known).await);
    }
    let stun_ip = rep.stun_ip().filter(|ip| stun_usable(&rep, *ip));
    if let Some(s) = &rep.stun
        && let Some(m) = s.mapped
    {
        let ip = *m.ip();
        let t = match (stun_ip, rep.external_ip) {
            (None, _) => text!("exposure-stun-not-used", ip = ip.to_string()),
            (Some(_), Some(own)) if own == ip => {
                text!("exposure-stun-same", ip = ip.to_string())
            }
            (Some(_), Some(own)) => text!(
                "exposure-stun-differs",
                ip = ip.to_string(),
                router = own.to_string()
            ),
            (Some(_), None) => text!("exposure-stun-only", ip = ip.to_string()),
        };
        info(&ctx, "stun", t).await;
    }

    // 5. Hairpin: the router's own address; the STUN address as well when it is public and
    // the router's is not (the path through the provider's or another router's NAT), or when
    // the router's own address is unknown.
    let mut addresses: Vec<Ipv4Addr> = rep
        .external_ip
        .filter(|ip| usable_external(*ip))
        .into_iter()
        .collect();
    if let Some(s) = stun_ip
        && !addresses.contains(&s)
        && rep
            .external_ip
            .is_none_or(|own| rep.class_of(own) != AddressClass::Public)
    {
        addresses.push(s);
    }
    if opts.hairpin && !ctx.stopped() && !disagree && !addresses.is_empty() {
        let mappings = rep
            .igd
            .as_ref()
            .map(|i| i.mappings.clone())
            .unwrap_or_default();
        let mut targets = Vec::new();
        for (n, ext) in addresses.iter().enumerate() {
            for t in hairpin::targets(*ext, opts.knx_port, opts.bacnet_port, &mappings) {
                targets.push((n, t));
            }
        }
        ctx.phase(
            Phase::Hairpin,
            text!(
                "exposure-phase-hairpin",
                probes = targets.len(),
                addresses = addresses
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            )
            .to_string(),
        )
        .await;
        let mut probes: Vec<(usize, HairpinProbe)> = Vec::new();
        for (n, (proto, t)) in targets {
            let p = if ctx.stopped() {
                HairpinProbe {
                    protocol: proto.into(),
                    target: t.to_string(),
                    outcome: "not-tried".into(),
                    detail: Some(text!("exposure-cancelled")),
                    ..HairpinProbe::default()
                }
            } else if proto == "knx" {
                hairpin::knx(&ctx, opts.bind, t).await
            } else {
                hairpin::bacnet(&ctx, opts.bind, t).await
            };
            probes.push((n, p));
        }
        // Whether the router loops back is known from its own address only; the second
        // address is another device's (the provider's NAT, or a router in front).
        let first: Vec<HairpinProbe> = probes
            .iter()
            .filter(|(n, _)| *n == 0)
            .map(|(_, p)| p.clone())
            .collect();
        let hp = hairpin::router_hairpins(&first, &mappings);
        for (n, p) in &mut probes {
            p.router_hairpins = if *n == 0 { hp } else { None };
            let answer = p
                .answer_summary
                .clone()
                .unwrap_or_else(|| text!("exposure-an-answer"));
            let t = match p.outcome.as_str() {
                "answered" => text!(
                    "exposure-hairpin-answered",
                    protocol = p.protocol.clone(),
                    target = p.target.clone(),
                    answer = answer
                ),
                "no-answer" => text!(
                    "exposure-hairpin-silent",
                    protocol = p.protocol.clone(),
                    target = p.target.clone(),
                    hairpins = match p.router_hairpins {
                        Some(true) => "yes",
                        Some(false) => "no",
                        None => "unknown",
                    }
                ),
                o => text!(
                    "exposure-hairpin-other",
                    protocol = p.protocol.clone(),
                    target = p.target.clone(),
                    outcome = o,
                    detail = p.detail.clone().unwrap_or_default()
                ),
            };
            info(&ctx, "hairpin", t).await;
        }
        rep.hairpin = probes.into_iter().map(|(_, p)| p).collect();
    } else if opts.hairpin && !ctx.stopped() && !disagree {
        info(&ctx, "hairpin-skipped", text!("exposure-hairpin-skipped")).await;
    }

    // 6. InternetDB (consent only): the site's public address, the router's own or STUN's.
    if opts.internetdb && !ctx.stopped() {
        let public = rep
            .external_ip
            .filter(|ip| rep.class_of(*ip) == AddressClass::Public)
            .or(stun_ip);
        rep.internetdb = internet_db(&ctx, &opts, public.or(rep.external_ip), &rep).await;
    }
    finish(rep, &ctx)
}

/// A STUN answer is used as the site's internet address only when it is public, and not an
/// address on this side of the router (a server on the LAN, or one that lies, would name one).
fn stun_usable(rep: &ExposureReport, ip: Ipv4Addr) -> bool {
    usable_external(ip) && rep.class_of(ip) == AddressClass::Public && Some(ip) != rep.router
}

fn finish(mut rep: ExposureReport, ctx: &JobCtx) -> ExposureReport {
    rep.notes = ctx.notes().into_iter().map(|n| n.message).collect();
    if ctx.stopped() {
        rep.notes.push(text!("exposure-stopped"));
    }
    rep.packets_sent = ctx.packets_sent();
    rep
}

async fn upnp(
    ctx: &JobCtx,
    opts: &ExposureOptions,
    router: Ipv4Addr,
    known: &Inventory,
) -> IgdReport {
    let mut igd = IgdReport::default();
    let s = ssdp::search(ctx, opts.bind, router, opts.ssdp_port, opts.ssdp_unicast).await;
    if !s.others.is_empty() {
        info(
            ctx,
            "ssdp-other-sources",
            text!(
                "exposure-ssdp-others",
                count = s.others.len(),
                sources = s
                    .others
                    .iter()
                    .take(5)
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
        .await;
    }
    for m in s.malformed.iter().take(5) {
        warn(
            ctx,
            "ssdp-malformed",
            text!("exposure-ssdp-malformed", answer = m.clone()),
        )
        .await;
    }
    let Some((src, answer)) = s.answer else {
        igd.error = Some(s.error.unwrap_or_else(|| {
            text!(
                "exposure-igd-none",
                router = router.to_string(),
                searches = s.sent
            )
        }));
        info(ctx, "igd-none", igd.error.clone().unwrap_or_default()).await;
        return igd;
    };
    igd.found = true;
    igd.location = answer.location.clone();
    let loc = answer.location.as_deref().unwrap_or("");
    let url = match http::parse_url(loc) {
        Ok(u) if u.host == router => u,
        Ok(u) => {
            igd.error = Some(text!(
                "exposure-igd-location-elsewhere",
                source = src.to_string(),
                url = u.to_string()
            ));
            return igd;
        }
        Err(e) => {
            igd.error = Some(text!("exposure-igd-location-bad", error = e));
            return igd;
        }
    };
    info(
        ctx,
        "igd-found",
        text!("exposure-igd-found", url = url.to_string()),
    )
    .await;
    igd::query(ctx, opts.bind, router, &url, opts.max_mappings, &mut igd).await;
    if let Some(e) = &igd.error {
        warn(
            ctx,
            "igd-error",
            text!("exposure-igd-error", error = e.clone()),
        )
        .await;
    }
    info(
        ctx,
        "igd-mappings",
        text!(
            "exposure-igd-mappings",
            count = igd.mappings.len(),
            complete = if igd.mappings_complete { "yes" } else { "no" }
        ),
    )
    .await;
    for m in &igd.mappings {
        let enabled = if m.enabled { "yes" } else { "no" };
        let internal = format!("{}:{}", m.internal_client, m.internal_port);
        let t = match known_at(known, &m.internal_client) {
            Some(k) => text!(
                "exposure-igd-mapping-known",
                protocol = m.protocol.clone(),
                port = m.external_port,
                internal = internal,
                known = k,
                enabled = enabled
            ),
            None => text!(
                "exposure-igd-mapping",
                protocol = m.protocol.clone(),
                port = m.external_port,
                internal = internal,
                enabled = enabled
            ),
        };
        info(ctx, "igd-mapping", t).await;
    }
    igd
}

async fn udp_socket(bind: Ipv4Addr) -> Result<UdpSocket, Text> {
    UdpSocket::bind(SocketAddrV4::new(bind, 0))
        .await
        .map_err(|e| {
            text!(
                "exposure-socket-failed",
                bind = bind.to_string(),
                error = e.to_string()
            )
        })
}

/// Send `req` on the RFC 6886 schedule (at most three tries) and return the first answer.
async fn ask_retrying(
    ctx: &JobCtx,
    sock: &UdpSocket,
    dest: SocketAddrV4,
    req: &[u8],
    protocol: &str,
    service: &str,
) -> Result<Option<Vec<u8>>, Text> {
    for wait in natpmp::RETRY_WAITS_MS {
        ctx.try_send(sock, dest, req, protocol, service)
            .await
            .map_err(Text::plain)?;
        let deadline = tokio::time::Instant::now() + Duration::from_millis(wait);
        let mut others = 0;
        if let Some(b) = ctx.recv_from(sock, dest, deadline, &mut others).await {
            return Ok(Some(b));
        }
        if ctx.stopped() {
            return Err(text!("exposure-cancelled"));
        }
    }
    Ok(None)
}

async fn nat_pmp(ctx: &JobCtx, opts: &ExposureOptions, router: Ipv4Addr) -> NatPmpReport {
    let mut r = NatPmpReport::default();
    let dest = SocketAddrV4::new(router, opts.nat_pmp_port);
    let sock = match udp_socket(opts.bind).await {
        Ok(s) => s,
        Err(e) => {
            r.error = Some(e.to_string());
            return r;
        }
    };
    let req = natpmp::external_address_request();
    match ask_retrying(
        ctx,
        &sock,
        dest,
        &req,
        "nat-pmp",
        "external-address-request",
    )
    .await
    {
        Err(e) => r.error = Some(e.to_string()),
        Ok(None) => {
            info(
                ctx,
                "nat-pmp-none",
                text!("exposure-nat-pmp-none", target = dest.to_string()),
            )
            .await;
        }
        Ok(Some(b)) => match natpmp::Response::parse(&b) {
            Err(e) => r.error = Some(format!("undecodable NAT-PMP answer: {e}")),
            Ok(a) => {
                r.available = true;
                if a.result == natpmp::ResultCode::Success {
                    r.external_ip = a.external_address().filter(|ip| !ip.is_unspecified());
                    let t = match r.external_ip {
                        Some(ip) => text!("exposure-nat-pmp-on", ip = ip.to_string()),
                        None => text!("exposure-nat-pmp-on-no-address"),
                    };
                    info(ctx, "nat-pmp", t).await;
                } else {
                    r.error = Some(a.result.name());
                    info(
                        ctx,
                        "nat-pmp",
                        text!("exposure-nat-pmp-result", result = a.result.name()),
                    )
                    .await;
                }
            }
        },
    }
    r
}

async fn pcp_announce(ctx: &JobCtx, opts: &ExposureOptions, router: Ipv4Addr) -> PcpReport {
    let mut r = PcpReport::default();
    let dest = SocketAddrV4::new(router, opts.nat_pmp_port);
    let sock = match udp_socket(opts.bind).await {
        Ok(s) => s,
        Err(e) => {
            r.error = Some(e);
            return r;
        }
    };
    let client = match sock.local_addr() {
        Ok(SocketAddr::V4(a)) => *a.ip(),
        _ => opts.bind,
    };
    let req = pcp::announce_request(client);
    match ask_retrying(ctx, &sock, dest, &req, "pcp", "announce").await {
        Err(e) => r.error = Some(e),
        Ok(None) => {
            info(
                ctx,
                "pcp-none",
                text!("exposure-pcp-none", target = dest.to_string()),
            )
            .await;
        }
        Ok(Some(b)) => match pcp::Answer::parse(&b) {
            Err(e) => r.error = Some(text!("exposure-pcp-undecodable", error = e.to_string())),
            Ok(pcp::Answer::NatPmpOnly { result }) => {
                r.version = Some(0);
                r.error = Some(text!(
                    "exposure-pcp-nat-pmp-only",
                    result = natpmp::ResultCode::from_u16(result).name()
                ));
            }
            Ok(pcp::Answer::Pcp(a)) => {
                r.version = Some(a.version);
                r.available = a.result == 0 || a.version == pcp::VERSION;
                if a.result != 0 {
                    r.error = Some(Text::plain(pcp::result_name(a.result)));
                }
                info(
                    ctx,
                    "pcp",
                    text!(
                        "exposure-pcp-answered",
                        version = a.version,
                        result = pcp::result_name(a.result)
                    ),
                )
                .await;
            }
        },
    }
    r
}

/// 96 bits nobody on the path can guess ahead: the standard library's per-process random
/// hash keys over the time and a counter (no extra dependency for 12 bytes).
fn transaction_id() -> stun::TransactionId {
    static COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    let mut out = [0u8; 12];
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    for chunk in out.chunks_mut(8) {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(now);
        h.write_u64(COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed));
        let v = h.finish().to_be_bytes();
        for (o, b) in chunk.iter_mut().zip(v) {
            *o = b;
        }
    }
    out
}

/// The server's address: `IPv4[:port]` directly, a name through the system resolver (IPv4
/// answers only, the first one), bounded by the request timeout.
async fn resolve(ctx: &JobCtx, server: &str) -> Result<SocketAddrV4, Text> {
    let server = server.trim();
    if let Ok(a) = server.parse::<SocketAddrV4>() {
        return Ok(a);
    }
    if let Ok(ip) = server.parse::<Ipv4Addr>() {
        return Ok(SocketAddrV4::new(ip, stun::DEFAULT_PORT));
    }
    let with_port = if server.contains(':') {
        server.to_owned()
    } else {
        format!("{server}:{}", stun::DEFAULT_PORT)
    };
    let timeout = ctx.policy.request_timeout().max(Duration::from_secs(3));
    let found = tokio::select! {
        r = tokio::time::timeout(timeout, tokio::net::lookup_host(with_port)) => r,
        () = ctx.stop.cancelled() => return Err(text!("exposure-cancelled")),
    };
    let shown = shown_input(server);
    match found {
        Err(_) => Err(text!("exposure-stun-resolve-timeout", server = shown)),
        Ok(Err(e)) => Err(text!(
            "exposure-stun-resolve-failed",
            server = shown,
            error = e.to_string()
        )),
        Ok(Ok(mut addrs)) => addrs
            .find_map(|a| match a {
                SocketAddr::V4(v4) => Some(v4),
                SocketAddr::V6(_) => None,
            })
            .ok_or_else(|| text!("exposure-stun-no-ipv4", server = shown)),
    }
}

/// One STUN Binding exchange (at most three tries), answers only from the server asked.
async fn ask_stun(
    ctx: &JobCtx,
    opts: &ExposureOptions,
    server: &str,
    router: Ipv4Addr,
    known: &Inventory,
) -> StunReport {
    let mut r = StunReport {
        server: shown_input(server),
        ..StunReport::default()
    };
    if let Err(e) = super::check_stun_server(server) {
        r.error = Some(e);
        return r;
    }
    let dest = match resolve(ctx, server).await {
        Ok(a) => a,
        Err(e) => {
            r.error = Some(e);
            return r;
        }
    };
    r.server_addr = Some(dest);
    let ip = *dest.ip();
    if !usable_external(ip) || (ip.is_loopback() && opts.simulated_internet.is_none()) {
        r.error = Some(text!("exposure-stun-server-unusable", ip = ip.to_string()));
        return r;
    }
    let sock = match udp_socket(opts.bind).await {
        Ok(s) => s,
        Err(e) => {
            r.error = Some(e);
            return r;
        }
    };
    let tid = transaction_id();
    let req = stun::binding_request(&tid);
    let mut answers: Vec<String> = Vec::new();
    for wait in stun::RETRY_WAITS_MS {
        if let Err(e) = ctx
            .try_send(&sock, dest, &req, "stun", "binding-request")
            .await
        {
            r.error = Some(if ctx.stopped() {
                text!("exposure-cancelled")
            } else {
                Text::plain(e)
            });
            return r;
        }
        let deadline = tokio::time::Instant::now() + Duration::from_millis(wait);
        let mut others = 0;
        // Answers to another transaction (a late answer, or someone guessing) are read and
        // dropped until the deadline; at most a few per try.
        for _ in 0..8 {
            let Some(b) = ctx.recv_from(&sock, dest, deadline, &mut others).await else {
                break;
            };
            if answers.len() < 8 {
                answers.push(crate::wire::hex::hex(&b));
            }
            match stun::read_answer(&b, &tid) {
                Err(stun::AnswerError::NotOurs) => continue,
                Err(e) => {
                    r.answer_hex = Some(answers.join(" "));
                    r.error = Some(stun_error(&e));
                    return r;
                }
                Ok(m) => {
                    r.answer_hex = Some(answers.join(" "));
                    r.xor_mapped = m.xor;
                    r.software = m.software;
                    if m.disagree {
                        warn(ctx, "stun-rewritten", text!("exposure-stun-rewritten")).await;
                    }
                    let mapped_ip = *m.addr.ip();
                    if mapped_ip == opts.bind
                        || mapped_ip == router
                        || is_known_host(known, mapped_ip)
                    {
                        r.error =
                            Some(text!("exposure-stun-names-lan", ip = mapped_ip.to_string()));
                    }
                    r.mapped = Some(m.addr);
                    return r;
                }
            }
        }
        if ctx.stopped() {
            r.error = Some(text!("exposure-cancelled"));
            return r;
        }
    }
    if !answers.is_empty() {
        r.answer_hex = Some(answers.join(" "));
    }
    r.error = Some(text!(
        "exposure-stun-no-answer",
        server = dest.to_string(),
        tries = stun::RETRY_WAITS_MS.len()
    ));
    r
}

fn stun_error(e: &stun::AnswerError) -> Text {
    match e {
        stun::AnswerError::Undecodable(w) => text!("exposure-stun-undecodable", error = w.clone()),
        stun::AnswerError::NotOurs => text!("exposure-stun-not-ours"),
        stun::AnswerError::Refused { code, reason } => text!(
            "exposure-stun-refused",
            code = *code,
            reason = hairpin::shown(reason)
        ),
        stun::AnswerError::BadFingerprint => text!("exposure-stun-bad-fingerprint"),
        stun::AnswerError::Ipv6Only(ip) => text!("exposure-stun-ipv6-only", ip = ip.to_string()),
        stun::AnswerError::NoAddress => text!("exposure-stun-no-address"),
    }
}

async fn internet_db(
    ctx: &JobCtx,
    opts: &ExposureOptions,
    ip: Option<Ipv4Addr>,
    rep: &ExposureReport,
) -> Option<InternetDbReport> {
    let Some(ip) = ip else {
        info(
            ctx,
            "internetdb-skipped",
            text!("exposure-internetdb-skipped-unknown"),
        )
        .await;
        return None;
    };
    let base = opts.internetdb_url.trim_end_matches('/').to_owned();
    let local_test = base.starts_with("http://127.") || base.starts_with("http://localhost");
    if rep.class_of(ip) != AddressClass::Public && !local_test {
        info(
            ctx,
            "internetdb-skipped",
            text!("exposure-internetdb-skipped-private", ip = ip.to_string()),
        )
        .await;
        return None;
    }
    ctx.phase(Phase::Internetdb, format!("{base}/{ip}")).await;
    let turn = ctx.turn().await?;
    drop(turn);
    let host = base
        .split("://")
        .nth(1)
        .unwrap_or("")
        .split('/')
        .next()
        .unwrap_or("");
    let dest = if host.contains(':') {
        host.to_owned()
    } else {
        format!("{host}:443")
    };
    ctx.sent(
        dest.parse()
            .unwrap_or(SocketAddrV4::new(Ipv4Addr::UNSPECIFIED, 443)),
        "https",
        "internetdb-lookup",
        0,
    )
    .await;
    let timeout = ctx.policy.request_timeout().max(Duration::from_secs(5));
    let job = tokio::task::spawn_blocking(move || internetdb::lookup_blocking(&base, ip, timeout));
    let r = tokio::select! {
        r = job => r.unwrap_or_else(|e| InternetDbReport {
            error: Some(text!("exposure-internetdb-failed", error = e.to_string())),
            ..InternetDbReport::default()
        }),
        () = ctx.stop.cancelled() => return None,
    };
    let t = match (&r.error, r.listed) {
        (Some(e), _) => text!(
            "exposure-internetdb-note-failed",
            ip = ip.to_string(),
            error = e.clone()
        ),
        (None, true) => text!(
            "exposure-internetdb-note-listed",
            ip = ip.to_string(),
            ports = r
                .ports
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", ")
        ),
        (None, false) => text!("exposure-internetdb-note-unlisted", ip = ip.to_string()),
    };
    if r.error.is_some() {
        warn(ctx, "internetdb", t).await;
    } else {
        info(ctx, "internetdb", t).await;
    }
    Some(r)
}
