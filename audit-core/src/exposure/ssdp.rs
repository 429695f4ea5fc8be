//! SSDP M-SEARCH for an Internet Gateway Device, out of one interface only (or by unicast to the
//! router), and the pure parser of the answers.

use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4};
use std::time::Duration;

use socket2::{Domain, Protocol, Socket, Type};
use tokio::net::UdpSocket;

use crate::job::JobCtx;
use crate::text;
use crate::text::Text;

pub const SSDP_GROUP: Ipv4Addr = Ipv4Addr::new(239, 255, 255, 250);
pub const IGD_TARGETS: [&str; 2] = [
    "urn:schemas-upnp-org:device:InternetGatewayDevice:1",
    "urn:schemas-upnp-org:device:InternetGatewayDevice:2",
];
/// Seconds a device may wait before answering a multicast search (UPnP DA 1.1 §1.3.2).
pub const MX: u8 = 2;
/// Multicast TTL: the UPnP DA default is 2; the search must not travel further.
pub const MULTICAST_TTL: u32 = 2;
/// Answers read at most per search (a flood is cut here).
pub const MAX_ANSWERS: usize = 64;

/// The M-SEARCH request. `host` is the HOST header (the group, or the router by unicast).
pub fn m_search(host: SocketAddrV4, st: &str) -> Vec<u8> {
    format!(
        "M-SEARCH * HTTP/1.1\r\nHOST: {host}\r\nMAN: \"ssdp:discover\"\r\nMX: {MX}\r\nST: {st}\r\nUSER-AGENT: Linux/1 UPnP/1.1 bas-audit/{}\r\n\r\n",
        env!("CARGO_PKG_VERSION")
    )
    .into_bytes()
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SsdpAnswer {
    pub status: u16,
    pub location: Option<String>,
    pub st: Option<String>,
    pub server: Option<String>,
    pub usn: Option<String>,
}

/// Parse a search answer (`HTTP/1.1 200 OK` + headers).
pub fn parse_answer(b: &[u8]) -> Result<SsdpAnswer, String> {
    let text = std::str::from_utf8(b).map_err(|_| "SSDP answer is not text".to_string())?;
    let mut lines = text.split("\r\n").flat_map(|l| l.split('\n'));
    let first = lines.next().unwrap_or("");
    let mut parts = first.split_whitespace();
    if !parts.next().is_some_and(|v| v.starts_with("HTTP/1.")) {
        return Err(format!(
            "not an SSDP search answer: {}",
            super::http::shorten(first)
        ));
    }
    let status = parts
        .next()
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| format!("bad SSDP status line: {}", super::http::shorten(first)))?;
    let mut a = SsdpAnswer {
        status,
        ..SsdpAnswer::default()
    };
    for line in lines.take(100) {
        let Some((k, v)) = line.split_once(':') else {
            continue;
        };
        let v = Some(
            v.trim()
                .chars()
                .take(super::http::MAX_URL)
                .collect::<String>(),
        );
        match k.trim().to_ascii_lowercase().as_str() {
            "location" => a.location = v,
            "st" => a.st = v,
            "server" => a.server = v,
            "usn" => a.usn = v,
            _ => {}
        }
    }
    Ok(a)
}

fn socket(bind: Ipv4Addr, multicast: bool) -> std::io::Result<UdpSocket> {
    let s = Socket::new(Domain::IPV4, Type::DGRAM, Some(Protocol::UDP))?;
    if multicast {
        // Out of the chosen interface only, never by the routing table's choice.
        s.set_multicast_if_v4(&bind)?;
        s.set_multicast_ttl_v4(MULTICAST_TTL)?;
        s.set_multicast_loop_v4(false)?;
    }
    s.set_nonblocking(true)?;
    s.bind(&SocketAddr::V4(SocketAddrV4::new(bind, 0)).into())?;
    UdpSocket::from_std(s.into())
}

#[derive(Debug, Default)]
pub struct SearchOutcome {
    /// Answers whose source is the router, with a LOCATION.
    pub answer: Option<(SocketAddrV4, SsdpAnswer)>,
    /// Answers from other hosts (ignored: we talk only to the router).
    pub others: Vec<SocketAddrV4>,
    pub malformed: Vec<Text>,
    pub sent: u32,
    pub error: Option<Text>,
}

/// Search for the router's IGD: IGD:1, then IGD:2 if nothing answered (at most two sends).
pub async fn search(
    ctx: &JobCtx,
    bind: Ipv4Addr,
    router: Ipv4Addr,
    port: u16,
    unicast: bool,
) -> SearchOutcome {
    let mut out = SearchOutcome::default();
    if !unicast && bind.is_unspecified() {
        // Without an interface address the kernel would pick the interface: refuse instead.
        out.error = Some(text!("exposure-ssdp-no-interface"));
        return out;
    }
    let sock = match socket(bind, !unicast) {
        Ok(s) => s,
        Err(e) => {
            out.error = Some(text!(
                "exposure-ssdp-socket",
                bind = bind.to_string(),
                error = e.to_string()
            ));
            return out;
        }
    };
    let dest = if unicast {
        SocketAddrV4::new(router, port)
    } else {
        SocketAddrV4::new(SSDP_GROUP, port)
    };
    let wait = if unicast {
        ctx.policy.request_timeout()
    } else {
        ctx.policy
            .request_timeout()
            .max(Duration::from_secs(u64::from(MX) + 1))
    };
    let mut buf = vec![0u8; crate::job::socket::MAX_DATAGRAM];
    let mut reads = 0usize;
    for st in IGD_TARGETS {
        if ctx.stopped() {
            out.error = Some(text!("exposure-cancelled"));
            return out;
        }
        if let Err(e) = ctx
            .try_send(&sock, dest, &m_search(dest, st), "upnp", "m-search")
            .await
        {
            out.error = Some(Text::plain(e));
            return out;
        }
        out.sent += 1;
        let deadline = tokio::time::Instant::now() + wait;
        while reads < MAX_ANSWERS {
            let r = tokio::select! {
                r = tokio::time::timeout_at(deadline, sock.recv_from(&mut buf)) => r,
                () = ctx.stop.cancelled() => {
                    out.error = Some(text!("exposure-cancelled"));
                    return out;
                }
            };
            let (n, src) = match r {
                Err(_) => break,
                Ok(Ok((n, SocketAddr::V4(src)))) => (n, src),
                Ok(Ok(_)) => continue,
                Ok(Err(_)) => break,
            };
            reads += 1;
            if *src.ip() != router {
                if out.others.len() < MAX_ANSWERS {
                    out.others.push(src);
                }
                continue;
            }
            match parse_answer(buf.get(..n).unwrap_or_default()) {
                Ok(a) if a.status == 200 && a.location.is_some() => {
                    out.answer = Some((src, a));
                    return out;
                }
                Ok(a) => out.malformed.push(text!(
                    "exposure-ssdp-unusable-answer",
                    source = src.to_string(),
                    status = a.status,
                    location = if a.location.is_some() { "yes" } else { "no" }
                )),
                Err(e) => out.malformed.push(text!(
                    "exposure-ssdp-bad-answer",
                    source = src.to_string(),
                    error = e
                )),
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn search_and_answer() {
        let m = String::from_utf8(m_search(
            SocketAddrV4::new(SSDP_GROUP, 1900),
            IGD_TARGETS[0],
        ))
        .unwrap();
        assert!(m.starts_with("M-SEARCH * HTTP/1.1\r\nHOST: 239.255.255.250:1900\r\n"));
        assert!(m.contains("MAN: \"ssdp:discover\"\r\nMX: 2\r\n"));
        assert!(m.ends_with("\r\n\r\n"));
        // Shape of a miniupnpd answer.
        let a = parse_answer(
            b"HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=120\r\nST: urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\nUSN: uuid:x::urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\nEXT:\r\nSERVER: Debian/12 UPnP/1.1 MiniUPnPd/2.3.1\r\nLOCATION: http://198.18.1.1:5000/rootDesc.xml\r\n\r\n",
        )
        .unwrap();
        assert_eq!(a.status, 200);
        assert_eq!(
            a.location.as_deref(),
            Some("http://198.18.1.1:5000/rootDesc.xml")
        );
        assert!(a.server.unwrap().contains("MiniUPnPd"));
    }

    #[test]
    fn miniupnpd_answer() {
        // Real answer of miniupnpd 2.3.1 in lab/router to a unicast M-SEARCH, 2026-11-22.
        let b = b"HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=120\r\nST: urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\nUSN: uuid:3d3cec3a-8cf0-11e0-98ee-001a6bd2d07b::urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\nEXT:\r\nSERVER: Debian/6.18.44-fc-v657 UPnP/1.1 MiniUPnPd/2.3.1\r\nLOCATION: http://198.18.1.1:5000/rootDesc.xml\r\nOPT: \"http://schemas.upnp.org/upnp/1/0/\"; ns=01\r\n01-NLS: 1795368805\r\nBOOTID.UPNP.ORG: 1795368805\r\nCONFIGID.UPNP.ORG: 1337\r\n\r\n";
        let a = parse_answer(b).unwrap();
        assert_eq!(
            a.location.as_deref(),
            Some("http://198.18.1.1:5000/rootDesc.xml")
        );
        assert_eq!(a.st.as_deref(), Some(IGD_TARGETS[0]));
        for n in 0..b.len() {
            let _ = parse_answer(&b[..n]);
        }
    }

    #[test]
    fn not_answers() {
        assert!(parse_answer(b"NOTIFY * HTTP/1.1\r\n\r\n").is_err());
        assert!(parse_answer(&[0xff, 0xfe]).is_err());
        assert!(parse_answer(b"").is_err());
    }

    proptest! {
        #[test]
        fn garbage_never_panics(b in proptest::collection::vec(any::<u8>(), 0..200)) {
            let _ = parse_answer(&b);
        }
    }
}
