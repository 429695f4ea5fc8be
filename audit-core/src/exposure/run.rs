//! The exposure job: which router, then each probe in turn, each bounded and cancellable.

use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4};
use std::time::Duration;

use tokio::net::UdpSocket;

use super::{ExposureOptions, hairpin, http, igd, internetdb, natpmp, pcp, route, ssdp};
use crate::inventory::{
    ExposureReport, HairpinProbe, IgdReport, InternetDbReport, Inventory, NatPmpReport, PcpReport,
};
use crate::job::{CancelFlag, EventSink, JobCtx, Note, Phase, ValidPolicy};
use crate::net::is_public;

/// An address a hairpin probe may go to: not 0.0.0.0 (miniupnpd says that when it has no
/// usable WAN address), broadcast or multicast.
fn usable_external(ip: Ipv4Addr) -> bool {
    !(ip.is_unspecified() || ip.is_broadcast() || ip.is_multicast() || ip.octets()[0] == 0)
}

/// Name of what discovery found at `ip`, if anything.
fn known_at(known: &Inventory, ip: &str) -> Option<String> {
    let at = |addr: &str| addr == ip || addr.strip_prefix(ip).is_some_and(|r| r.starts_with(':'));
    if let Some(g) = known.knx.gateways.iter().find(|g| at(&g.address)) {
        return Some(format!("KNX gateway \"{}\"", g.name));
    }
    known
        .bacnet
        .devices
        .iter()
        .find(|d| at(&d.address))
        .map(|d| format!("BACnet device {}", d.device_instance))
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
    let mut rep = ExposureReport::default();
    let router = match opts.router {
        Some(r) => Some(r),
        None => {
            let iface = opts
                .interface
                .clone()
                .or_else(|| route::interface_of(opts.bind));
            let gw = route::system_default_gateway(iface.as_deref());
            if let Some(g) = gw {
                ctx.note(Note::info(
                    "router-from-routes",
                    format!(
                        "the router is {g}, the default gateway of {}",
                        iface.as_deref().unwrap_or("this computer")
                    ),
                ))
                .await;
            }
            gw
        }
    };
    let Some(router) = router else {
        ctx.note(Note::warning(
            "no-router",
            "no router found (the interface has no default gateway); router probes skipped",
        ))
        .await;
        return finish(rep, &ctx);
    };
    if router.is_unspecified() || router.is_broadcast() || router.is_multicast() {
        ctx.note(Note::warning(
            "bad-router",
            format!("{router} cannot be a router; router probes skipped"),
        ))
        .await;
        return finish(rep, &ctx);
    }
    rep.router = Some(router);

    // 1. UPnP IGD.
    ctx.phase(
        Phase::UpnpSearch,
        if opts.ssdp_unicast {
            format!("unicast M-SEARCH to {router}:{}", opts.ssdp_port)
        } else {
            format!("multicast M-SEARCH out of {}", opts.bind)
        },
    )
    .await;
    rep.igd = Some(upnp(&ctx, &opts, router, known).await);

    // 2. NAT-PMP and PCP.
    if !ctx.stopped() {
        ctx.phase(Phase::NatPmp, format!("{router}:{}", opts.nat_pmp_port))
            .await;
        rep.nat_pmp = Some(nat_pmp(&ctx, &opts, router).await);
    }
    if !ctx.stopped() {
        ctx.phase(
            Phase::Pcp,
            format!("ANNOUNCE to {router}:{}", opts.nat_pmp_port),
        )
        .await;
        rep.pcp = Some(pcp_announce(&ctx, &opts, router).await);
    }

    let from_igd = rep.igd.as_ref().and_then(|i| i.external_ip);
    let from_pmp = rep.nat_pmp.as_ref().and_then(|n| n.external_ip);
    rep.external_ip = from_igd.or(from_pmp);
    let mut disagree = false;
    if let (Some(a), Some(b)) = (from_igd, from_pmp)
        && a != b
    {
        disagree = true;
        ctx.note(Note::warning("external-ip-disagree", format!("UPnP says the external address is {a}, NAT-PMP says {b}; using {a}, and no hairpin probes (the router's answers cannot be trusted to name its own address)")))
        .await;
    }
    match rep.external_ip {
        Some(ip) if !is_public(ip) && !ip.is_loopback() => {
            ctx.note(Note::warning("external-ip-private", format!("the router's external address {ip} is not a public address: another router or the provider's NAT (CGNAT) sits in front of it, so the internet's view is decided there")))
            .await;
        }
        Some(_) => {}
        None => {
            ctx.note(Note::info(
                "no-external-ip",
                "the router did not tell its external address",
            ))
            .await
        }
    }

    // 3. Hairpin.
    if opts.hairpin && !ctx.stopped() && !disagree {
        if let Some(ext) = rep.external_ip.filter(|ip| usable_external(*ip)) {
            let mappings = rep
                .igd
                .as_ref()
                .map(|i| i.mappings.clone())
                .unwrap_or_default();
            let targets = hairpin::targets(ext, opts.knx_port, opts.bacnet_port, &mappings);
            ctx.phase(Phase::Hairpin, format!("{} probes of {ext}", targets.len()))
                .await;
            let mut probes: Vec<HairpinProbe> = Vec::new();
            for (proto, t) in targets {
                let p = if ctx.stopped() {
                    HairpinProbe {
                        protocol: proto.into(),
                        target: t.to_string(),
                        outcome: "not-tried".into(),
                        detail: Some("cancelled".into()),
                        ..HairpinProbe::default()
                    }
                } else if proto == "knx" {
                    hairpin::knx(&ctx, opts.bind, t).await
                } else {
                    hairpin::bacnet(&ctx, opts.bind, t).await
                };
                probes.push(p);
            }
            let hp = hairpin::router_hairpins(&probes, &mappings);
            for p in &mut probes {
                p.router_hairpins = hp;
                let msg = match p.outcome.as_str() {
                    "answered" => format!(
                        "{} probe of the external address {} was answered: {}",
                        p.protocol,
                        p.target,
                        p.answer_summary.as_deref().unwrap_or("an answer")
                    ),
                    "no-answer" => format!(
                        "{} probe of the external address {}: no answer ({})",
                        p.protocol,
                        p.target,
                        match hp {
                            Some(true) => "the router loops back, so no forward is likely",
                            Some(false) => "inconclusive: a listed forward did not answer either",
                            None => "inconclusive: no listed forward to compare with",
                        }
                    ),
                    o => format!(
                        "{} probe of {}: {o} ({})",
                        p.protocol,
                        p.target,
                        p.detail.as_deref().unwrap_or("")
                    ),
                };
                ctx.note(Note::info("hairpin", msg)).await;
            }
            rep.hairpin = probes;
        } else {
            ctx.note(Note::info(
                "hairpin-skipped",
                "hairpin probes skipped: external address unknown",
            ))
            .await;
        }
    }

    // 4. InternetDB (consent only).
    if opts.internetdb && !ctx.stopped() {
        rep.internetdb = internet_db(&ctx, &opts, rep.external_ip).await;
    }
    finish(rep, &ctx)
}

fn finish(mut rep: ExposureReport, ctx: &JobCtx) -> ExposureReport {
    rep.notes = ctx.notes().into_iter().map(|n| n.message).collect();
    if ctx.stopped() {
        rep.notes.push("stopped: cancelled by the user".into());
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
        ctx.note(Note::info("ssdp-other-sources", format!(
                "{} search answers came from hosts other than the router ({}); ignored: only the router's own port-mapping table counts",
                s.others.len(),
                s.others.iter().take(5).map(ToString::to_string).collect::<Vec<_>>().join(", ")
            )))
        .await;
    }
    for m in s.malformed.iter().take(5) {
        ctx.note(Note::warning(
            "ssdp-malformed",
            format!("unusable search answer: {m}"),
        ))
        .await;
    }
    let Some((src, answer)) = s.answer else {
        igd.error = Some(s.error.unwrap_or_else(|| {
            format!(
                "no UPnP answer from the router {router} ({} searches sent); UPnP is off or blocked",
                s.sent
            )
        }));
        ctx.note(Note::info(
            "igd-none",
            igd.error.clone().unwrap_or_default(),
        ))
        .await;
        return igd;
    };
    igd.found = true;
    igd.location = answer.location.clone();
    let loc = answer.location.as_deref().unwrap_or("");
    let url = match http::parse_url(loc) {
        Ok(u) if u.host == router => u,
        Ok(u) => {
            igd.error = Some(format!(
                "the router's answer (from {src}) points to {u}, which is not the router; not contacted"
            ));
            return igd;
        }
        Err(e) => {
            igd.error = Some(format!("the router's LOCATION is unusable: {e}"));
            return igd;
        }
    };
    ctx.note(Note::info(
        "igd-found",
        format!("UPnP gateway found at {url}"),
    ))
    .await;
    igd::query(ctx, opts.bind, router, &url, opts.max_mappings, &mut igd).await;
    if let Some(e) = &igd.error {
        ctx.note(Note::warning("igd-error", format!("UPnP: {e}")))
            .await;
    }
    let listed = if igd.mappings_complete {
        "complete"
    } else {
        "incomplete"
    };
    ctx.note(Note::info(
        "igd-mappings",
        format!(
            "the router lists {} port forwards (list {listed})",
            igd.mappings.len()
        ),
    ))
    .await;
    for m in &igd.mappings {
        let who = known_at(known, &m.internal_client)
            .map(|n| format!(" ({n})"))
            .unwrap_or_default();
        ctx.note(Note::info(
            "igd-mapping",
            format!(
                "forward {} {} → {}:{}{who}{}",
                m.protocol,
                m.external_port,
                m.internal_client,
                m.internal_port,
                if m.enabled { "" } else { " (disabled)" }
            ),
        ))
        .await;
    }
    igd
}

async fn udp_socket(bind: Ipv4Addr) -> Result<UdpSocket, String> {
    UdpSocket::bind(SocketAddrV4::new(bind, 0))
        .await
        .map_err(|e| format!("cannot open a socket on {bind}: {e}"))
}

/// Send `req` on the RFC 6886 schedule (at most three tries) and return the first answer.
async fn ask_retrying(
    ctx: &JobCtx,
    sock: &UdpSocket,
    dest: SocketAddrV4,
    req: &[u8],
    protocol: &str,
    service: &str,
) -> Result<Option<Vec<u8>>, String> {
    for wait in natpmp::RETRY_WAITS_MS {
        ctx.try_send(sock, dest, req, protocol, service).await?;
        let deadline = tokio::time::Instant::now() + Duration::from_millis(wait);
        let mut others = 0;
        if let Some(b) = ctx.recv_from(sock, dest, deadline, &mut others).await {
            return Ok(Some(b));
        }
        if ctx.stopped() {
            return Err("cancelled".into());
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
            r.error = Some(e);
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
        Err(e) => r.error = Some(e),
        Ok(None) => {
            ctx.note(Note::info(
                "nat-pmp-none",
                format!("no NAT-PMP answer from {dest} (3 tries)"),
            ))
            .await;
        }
        Ok(Some(b)) => match natpmp::Response::parse(&b) {
            Err(e) => r.error = Some(format!("undecodable NAT-PMP answer: {e}")),
            Ok(a) => {
                r.available = true;
                if a.result == natpmp::ResultCode::Success {
                    r.external_ip = a.external_address().filter(|ip| !ip.is_unspecified());
                    ctx.note(Note::info(
                        "nat-pmp",
                        format!(
                            "NAT-PMP is on: external address {}",
                            r.external_ip
                                .map(|i| i.to_string())
                                .unwrap_or_else(|| "not given".into())
                        ),
                    ))
                    .await;
                } else {
                    r.error = Some(a.result.name());
                    ctx.note(Note::info(
                        "nat-pmp",
                        format!("NAT-PMP answered {}", a.result.name()),
                    ))
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
            ctx.note(Note::info(
                "pcp-none",
                format!("no PCP answer from {dest} (3 tries)"),
            ))
            .await;
        }
        Ok(Some(b)) => match pcp::Answer::parse(&b) {
            Err(e) => r.error = Some(format!("undecodable PCP answer: {e}")),
            Ok(pcp::Answer::NatPmpOnly { result }) => {
                r.version = Some(0);
                r.error = Some(format!(
                    "the router speaks NAT-PMP only (answered version 0, result {})",
                    natpmp::ResultCode::from_u16(result).name()
                ));
            }
            Ok(pcp::Answer::Pcp(a)) => {
                r.version = Some(a.version);
                r.available = a.result == 0 || a.version == pcp::VERSION;
                if a.result != 0 {
                    r.error = Some(pcp::result_name(a.result));
                }
                ctx.note(Note::info(
                    "pcp",
                    format!(
                        "PCP answered: version {}, {}",
                        a.version,
                        pcp::result_name(a.result)
                    ),
                ))
                .await;
            }
        },
    }
    r
}

async fn internet_db(
    ctx: &JobCtx,
    opts: &ExposureOptions,
    ip: Option<Ipv4Addr>,
) -> Option<InternetDbReport> {
    let Some(ip) = ip else {
        ctx.note(Note::info(
            "internetdb-skipped",
            "InternetDB lookup skipped: external address unknown",
        ))
        .await;
        return None;
    };
    let base = opts.internetdb_url.trim_end_matches('/').to_owned();
    let local_test = base.starts_with("http://127.") || base.starts_with("http://localhost");
    if !is_public(ip) && !local_test {
        ctx.note(Note::info(
            "internetdb-skipped",
            format!("InternetDB lookup skipped: {ip} is not a public address"),
        ))
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
        r = job => r.unwrap_or_else(|e| InternetDbReport { error: Some(format!("lookup failed: {e}")), ..InternetDbReport::default() }),
        () = ctx.stop.cancelled() => return None,
    };
    let msg = match (&r.error, r.listed) {
        (Some(e), _) => format!("InternetDB lookup of {ip} failed: {e}"),
        (None, true) => format!("InternetDB lists {ip} with open ports {:?}", r.ports),
        (None, false) => format!("InternetDB has no information about {ip}"),
    };
    ctx.note(if r.error.is_some() {
        Note::warning("internetdb", msg)
    } else {
        Note::info("internetdb", msg)
    })
    .await;
    Some(r)
}
