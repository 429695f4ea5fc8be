//! Router exposure probes against the demo building's simulated home router on loopback, and
//! against hostile fake routers (huge, garbled, bombs, wrong faults, endless lists): facts are
//! gathered, errors are reported in words, nothing panics, nothing but read-only requests are
//! sent, and the InternetDB lookup only ever goes to a mock server on 127.0.0.1.

use std::io::{Read, Write};
use std::net::{Ipv4Addr, TcpListener, UdpSocket};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use audit_core::exposure::{ExposureOptions, probe};
use audit_core::inventory::ExposureReport;
use audit_core::inventory::Inventory;
use audit_core::job::{CancelFlag, EventSink, JobEvent};
use audit_core::sim::SimBuilding;
use audit_core::text::{Lang, Text};

async fn run(opts: ExposureOptions) -> (ExposureReport, Vec<JobEvent>) {
    let (sink, mut rx) = EventSink::bounded(4096);
    let collector = tokio::spawn(async move {
        let mut v = Vec::new();
        while let Some(e) = rx.recv().await {
            v.push(e);
        }
        v
    });
    let r = probe(opts, &Inventory::default(), sink, CancelFlag::new()).await;
    let events = collector.await.unwrap();
    (r, events)
}

fn sent(events: &[JobEvent]) -> Vec<(String, String, String, f64)> {
    events
        .iter()
        .filter_map(|e| match e {
            JobEvent::PacketSent(p) => Some((
                p.protocol.clone(),
                p.service.clone(),
                p.destination.clone(),
                p.t_s,
            )),
            _ => None,
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_router_mappings_external_ip_hairpin_nat_pmp() {
    let sim = SimBuilding::start_demo().unwrap();
    let opts = sim.exposure_options();
    let router = sim.router().unwrap();
    let (r, events) = run(opts.clone()).await;
    let igd = r.igd.as_ref().unwrap();
    assert!(igd.found, "{r:#?}");
    assert_eq!(igd.error, None, "{r:#?}");
    assert_eq!(igd.friendly_name.as_deref(), Some("Demo Home Router"));
    assert_eq!(igd.external_ip, Some(router.external_ip));
    assert!(igd.mappings_complete);
    assert_eq!(igd.end_code, Some(713));
    assert_eq!(igd.mappings.len(), 2);
    let knx = &igd.mappings[0];
    assert_eq!(
        (
            knx.protocol.as_str(),
            knx.external_port,
            knx.internal_client.as_str()
        ),
        ("UDP", opts.knx_port, "127.0.0.40")
    );
    assert_eq!(
        (
            igd.mappings[1].protocol.as_str(),
            igd.mappings[1].external_port
        ),
        ("TCP", 8443)
    );
    let pmp = r.nat_pmp.as_ref().unwrap();
    assert!(pmp.available);
    assert_eq!(pmp.external_ip, Some(router.external_ip));
    let pcp = r.pcp.as_ref().unwrap();
    assert!(pcp.available);
    assert_eq!(pcp.version, Some(2));
    assert_eq!(r.external_ip, Some(router.external_ip));

    // Hairpin: the forwarded KNX port answers with the demo gateway; BACnet has no forward.
    assert_eq!(r.hairpin.len(), 2, "{:#?}", r.hairpin);
    let k = &r.hairpin[0];
    assert_eq!(k.protocol, "knx");
    assert_eq!(k.outcome, "answered", "{k:#?}");
    assert!(
        k.answer_summary
            .as_ref()
            .unwrap()
            .to_string()
            .contains("KNX gateway"),
        "{k:#?}"
    );
    assert!(
        k.answer_hex.as_ref().unwrap().starts_with("06100204"),
        "{k:#?}"
    );
    let b = &r.hairpin[1];
    assert_eq!(
        (b.protocol.as_str(), b.outcome.as_str()),
        ("bacnet", "no-answer")
    );
    assert!(r.hairpin.iter().all(|p| p.router_hairpins == Some(true)));
    assert!(r.internetdb.is_none());

    // Every request was reported, and the router saw only read-only requests.
    let s = sent(&events);
    assert_eq!(r.packets_sent, s.len() as u64);
    for proto in ["upnp", "nat-pmp", "pcp", "knxip", "bacnet"] {
        assert!(s.iter().any(|x| x.0 == proto), "no {proto} in {s:?}");
    }
    assert!(
        s.iter()
            .all(|x| x.2.starts_with("127.0.0.2:") || x.2.starts_with("127.0.0.3:")),
        "{s:?}"
    );
    let actions = router.actions();
    let allowed = [
        "m-search",
        "GET /rootDesc.xml",
        "GetExternalIPAddress",
        "GetGenericPortMappingEntry",
        "nat-pmp-0",
        "pcp-0",
        "relay",
    ];
    assert!(
        actions.iter().all(|a| allowed.contains(&a.as_str())),
        "{actions:?}"
    );
    assert_eq!(actions.iter().filter(|a| *a == "m-search").count(), 1);
    assert_eq!(
        actions
            .iter()
            .filter(|a| *a == "GetGenericPortMappingEntry")
            .count(),
        3
    );
    assert!(
        english(&r.notes).iter().any(|n| n.contains("forward UDP")),
        "{:?}",
        r.notes
    );
    // The JSON form round-trips: words in the CLI form, message ids when stored.
    let json = serde_json::to_string(&r).unwrap();
    let back = serde_json::from_str::<ExposureReport>(&json).unwrap();
    assert_eq!(serde_json::to_string(&back).unwrap(), json);
    let stored = audit_core::text::storing(|| serde_json::to_string(&r).unwrap());
    assert_eq!(serde_json::from_str::<ExposureReport>(&stored).unwrap(), r);
}

/// The GUI's choice of demo router: the router is replaced in the running building (the old
/// one's forward on 127.0.0.3 is freed first), and the new one answers as its kind.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_router_can_be_swapped_in_a_running_building() {
    use audit_core::sim::router::DemoRouter;
    let mut sim = SimBuilding::start_demo().unwrap();
    for kind in [DemoRouter::None, DemoRouter::Cgnat, DemoRouter::Public] {
        sim.set_router(kind);
        let router = sim.router().expect("the new router runs");
        assert_eq!(router.kind, kind);
        let lines: Vec<String> = sim
            .description
            .iter()
            .map(|l| l.render(audit_core::text::Lang::En))
            .filter(|l| l.starts_with("Home router"))
            .collect();
        assert_eq!(lines.len(), 1, "{:?}", sim.description);
        let (r, _) = run(sim.exposure_options()).await;
        let mappings = r.igd.as_ref().map_or(0, |i| i.mappings.len());
        assert_eq!(
            mappings,
            if kind == DemoRouter::None { 0 } else { 2 },
            "{r:#?}"
        );
        assert_eq!(r.external_ip, Some(router.external_ip), "{r:#?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_rate_cap_holds() {
    let sim = SimBuilding::start_demo().unwrap();
    let mut opts = sim.exposure_options();
    opts.rate = 10;
    opts.hairpin = false;
    let (r, events) = run(opts).await;
    assert!(r.igd.unwrap().found);
    let s = sent(&events);
    assert!(s.len() >= 6, "{s:?}");
    for w in s.windows(2) {
        assert!(
            w[1].3 - w[0].3 >= 0.095,
            "packets closer than 1/rate: {s:?}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cancel_stops_quickly() {
    // A silent router (nothing listens on 127.0.0.6): without cancel this takes several s.
    let opts = ExposureOptions {
        bind: Ipv4Addr::LOCALHOST,
        router: Some(Ipv4Addr::new(127, 0, 0, 6)),
        ssdp_unicast: true,
        ssdp_port: free_udp_port(),
        nat_pmp_port: free_udp_port(),
        timeout_s: 5.0,
        ..ExposureOptions::default()
    };
    let cancel = CancelFlag::new();
    let c2 = cancel.clone();
    let t0 = Instant::now();
    let job =
        tokio::spawn(
            async move { probe(opts, &Inventory::default(), EventSink::none(), c2).await },
        );
    tokio::time::sleep(Duration::from_millis(300)).await;
    cancel.cancel();
    let r = tokio::time::timeout(Duration::from_secs(2), job)
        .await
        .expect("stopped in time")
        .unwrap();
    assert!(t0.elapsed() < Duration::from_secs(2));
    assert!(
        english(&r.notes).iter().any(|n| n.contains("cancelled")),
        "{:?}",
        r.notes
    );
    assert!(r.packets_sent <= 2, "{r:#?}");
    assert!(r.hairpin.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mappings_are_named_after_what_discovery_found() {
    let sim = SimBuilding::start_demo().unwrap();
    let mut opts = sim.exposure_options();
    opts.hairpin = false;
    let mut known = Inventory::default();
    known.knx.gateways.push(audit_core::inventory::Gateway {
        address: format!("127.0.0.40:{}", opts.knx_port),
        name: "KNX IP Secure Router".into(),
        ..Default::default()
    });
    let r = probe(opts, &known, EventSink::none(), CancelFlag::new()).await;
    assert!(
        english(&r.notes)
            .iter()
            .any(|n| n.contains("127.0.0.40") && n.contains("KNX gateway \"KNX IP Secure Router\"")),
        "{:?}",
        r.notes
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn multicast_search_needs_an_interface_address() {
    // Multicast with bind 0.0.0.0 would let the kernel pick the interface: refused, nothing sent.
    let opts = ExposureOptions {
        bind: Ipv4Addr::UNSPECIFIED,
        router: Some(Ipv4Addr::new(127, 0, 0, 6)),
        ssdp_unicast: false,
        nat_pmp_port: free_udp_port(),
        timeout_s: 0.2,
        hairpin: false,
        ..ExposureOptions::default()
    };
    let (r, events) = run(opts).await;
    assert!(
        r.igd
            .unwrap()
            .error
            .unwrap()
            .to_string()
            .contains("no interface address")
    );
    assert!(sent(&events).iter().all(|s| s.0 != "upnp"));
}

fn free_udp_port() -> u16 {
    UdpSocket::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A fake router on `ip`: answers M-SEARCH with a LOCATION on its HTTP server, whose answers
/// come from `http` (request text → raw response bytes). Bounded: stops after 20 s or on drop.
struct FakeRouter {
    ip: Ipv4Addr,
    ssdp_port: u16,
    stop: Arc<AtomicBool>,
}

impl Drop for FakeRouter {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

fn fake_router(
    ip: Ipv4Addr,
    location_host: Option<Ipv4Addr>,
    http: impl Fn(&str) -> Vec<u8> + Send + 'static,
) -> FakeRouter {
    let stop = Arc::new(AtomicBool::new(false));
    let tcp = TcpListener::bind((ip, 0)).unwrap();
    let http_port = tcp.local_addr().unwrap().port();
    tcp.set_nonblocking(true).unwrap();
    let udp = UdpSocket::bind((ip, 0)).unwrap();
    let ssdp_port = udp.local_addr().unwrap().port();
    udp.set_read_timeout(Some(Duration::from_millis(100)))
        .unwrap();
    let loc = location_host.unwrap_or(ip);
    let s1 = stop.clone();
    std::thread::spawn(move || {
        let t0 = Instant::now();
        let mut buf = [0u8; 2048];
        while !s1.load(Ordering::SeqCst) && t0.elapsed() < Duration::from_secs(20) {
            if let Ok((_, src)) = udp.recv_from(&mut buf) {
                let a = format!(
                    "HTTP/1.1 200 OK\r\nST: urn:schemas-upnp-org:device:InternetGatewayDevice:1\r\nLOCATION: http://{loc}:{http_port}/desc.xml\r\n\r\n"
                );
                let _ = udp.send_to(a.as_bytes(), src);
            }
        }
    });
    let s2 = stop.clone();
    std::thread::spawn(move || {
        let t0 = Instant::now();
        while !s2.load(Ordering::SeqCst) && t0.elapsed() < Duration::from_secs(20) {
            match tcp.accept() {
                Ok((mut c, _)) => {
                    c.set_nonblocking(false).unwrap();
                    c.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
                    let mut req = Vec::new();
                    let mut b = [0u8; 4096];
                    loop {
                        let n = c.read(&mut b).unwrap_or(0);
                        req.extend_from_slice(&b[..n]);
                        let t = String::from_utf8_lossy(&req);
                        if n == 0
                            || (t.contains("\r\n\r\n")
                                && (t.starts_with("GET") || t.contains("</s:Envelope>")))
                        {
                            break;
                        }
                    }
                    let answer = http(&String::from_utf8_lossy(&req));
                    let _ = c.write_all(&answer);
                }
                Err(_) => std::thread::sleep(Duration::from_millis(10)),
            }
        }
    });
    FakeRouter {
        ip,
        ssdp_port,
        stop,
    }
}

fn opts_for(f: &FakeRouter) -> ExposureOptions {
    ExposureOptions {
        bind: Ipv4Addr::LOCALHOST,
        router: Some(f.ip),
        ssdp_unicast: true,
        ssdp_port: f.ssdp_port,
        nat_pmp_port: free_udp_port(),
        hairpin: false,
        timeout_s: 1.0,
        rate: 200,
        ..ExposureOptions::default()
    }
}

fn ok(body: &str) -> Vec<u8> {
    format!(
        "HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    )
    .into_bytes()
}

const DESC: &str = r#"<?xml version="1.0"?><root xmlns="urn:schemas-upnp-org:device-1-0"><device><friendlyName>Fake</friendlyName><deviceList><device><deviceList><device><serviceList><service><serviceType>urn:schemas-upnp-org:service:WANIPConnection:1</serviceType><controlURL>/ctl</controlURL></service></serviceList></device></deviceList></device></deviceList></device></root>"#;

fn envelope(inner: &str) -> String {
    format!(
        r#"<?xml version="1.0"?><s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>{inner}</s:Body></s:Envelope>"#
    )
}

async fn igd_error_for(ip: u8, http: impl Fn(&str) -> Vec<u8> + Send + 'static) -> String {
    let f = fake_router(Ipv4Addr::new(127, 0, 0, ip), None, http);
    let (r, _) = run(opts_for(&f)).await;
    let igd = r.igd.unwrap();
    assert!(igd.found);
    let dbg = format!("{igd:#?}");
    igd.error
        .unwrap_or_else(|| panic!("no error reported: {dbg}"))
        .to_string()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_descriptions_are_errors_not_panics() {
    let huge = igd_error_for(7, |_| {
        let mut v = b"HTTP/1.1 200 OK\r\n\r\n".to_vec();
        v.extend(std::iter::repeat_n(b'<', 1_000_000));
        v
    })
    .await;
    assert!(huge.contains("larger than"), "{huge}");
    let announced = igd_error_for(7, |_| {
        b"HTTP/1.1 200 OK\r\nContent-Length: 99999999\r\n\r\n".to_vec()
    })
    .await;
    assert!(announced.contains("cap"), "{announced}");
    let garbled = igd_error_for(8, |_| vec![0xff; 3000]).await;
    assert!(garbled.contains("device description"), "{garbled}");
    let bomb = igd_error_for(9, |_| {
        ok(r#"<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]><root><device><friendlyName>&c;</friendlyName></device></root>"#)
    })
    .await;
    assert!(bomb.contains("bad XML"), "{bomb}");
    let no_wan = igd_error_for(10, |_| {
        ok("<root><device><friendlyName>x</friendlyName></device></root>")
    })
    .await;
    assert!(no_wan.contains("no WAN connection service"), "{no_wan}");
    let chunky = igd_error_for(11, |_| {
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n".to_vec()
    })
    .await;
    assert!(chunky.contains("chunk"), "{chunky}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn location_off_the_router_is_not_contacted() {
    let hits = Arc::new(AtomicBool::new(false));
    let h2 = hits.clone();
    // The fake router's LOCATION names 127.0.0.13; its own HTTP server must not be asked.
    let f = fake_router(
        Ipv4Addr::new(127, 0, 0, 12),
        Some(Ipv4Addr::new(127, 0, 0, 13)),
        move |_| {
            h2.store(true, Ordering::SeqCst);
            ok(DESC)
        },
    );
    let (r, events) = run(opts_for(&f)).await;
    let igd = r.igd.unwrap();
    assert!(igd.error.unwrap().to_string().contains("not the router"));
    assert!(!hits.load(Ordering::SeqCst));
    assert!(sent(&events).iter().all(|s| !s.2.starts_with("127.0.0.13")));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn soap_faults_and_endless_lists() {
    // Wrong fault: no UPnPError, a SOAP fault string → error in words, list incomplete.
    let f = fake_router(Ipv4Addr::new(127, 0, 0, 14), None, |req| {
        if req.starts_with("GET") {
            ok(DESC)
        } else {
            let b = envelope(
                "<s:Fault><faultcode>s:Server</faultcode><faultstring>boom</faultstring></s:Fault>",
            );
            format!(
                "HTTP/1.1 500 Internal Server Error\r\nContent-Length: {}\r\n\r\n{b}",
                b.len()
            )
            .into_bytes()
        }
    });
    let (r, _) = run(opts_for(&f)).await;
    let igd = r.igd.unwrap();
    assert!(!igd.mappings_complete);
    assert!(
        igd.error.as_ref().unwrap().to_string().contains("boom"),
        "{igd:#?}"
    );
    assert!(
        english(&r.notes)
            .iter()
            .any(|n| n.contains("GetExternalIPAddress failed")),
        "{:?}",
        r.notes
    );

    // A router that lists the same entry forever: stops at max_mappings, says incomplete.
    let f = fake_router(Ipv4Addr::new(127, 0, 0, 15), None, |req| {
        if req.starts_with("GET") {
            ok(DESC)
        } else if req.contains("GetExternalIPAddress") {
            ok(&envelope(
                "<u:GetExternalIPAddressResponse xmlns:u=\"x\"><NewExternalIPAddress>203.0.113.77</NewExternalIPAddress></u:GetExternalIPAddressResponse>",
            ))
        } else {
            ok(&envelope(
                "<u:GetGenericPortMappingEntryResponse xmlns:u=\"x\"><NewExternalPort>47808</NewExternalPort><NewProtocol>UDP</NewProtocol><NewInternalPort>47808</NewInternalPort><NewInternalClient>10.0.0.5</NewInternalClient><NewEnabled>1</NewEnabled></u:GetGenericPortMappingEntryResponse>",
            ))
        }
    });
    let mut o = opts_for(&f);
    o.max_mappings = 5;
    let (r, _) = run(o).await;
    let igd = r.igd.unwrap();
    assert_eq!(igd.mappings.len(), 5);
    assert!(!igd.mappings_complete);
    assert_eq!(igd.external_ip, Some(Ipv4Addr::new(203, 0, 113, 77)));
    assert!(
        english(&r.notes).iter().any(|n| n.contains("more than 5")),
        "{:?}",
        r.notes
    );

    // Error 501 at the end of the list (a known router quirk): the end, said so.
    let f = fake_router(Ipv4Addr::new(127, 0, 0, 16), None, |req| {
        if req.starts_with("GET") {
            ok(DESC)
        } else {
            let b = envelope(
                "<s:Fault><faultcode>s:Client</faultcode><faultstring>UPnPError</faultstring><detail><UPnPError><errorCode>501</errorCode><errorDescription>Action Failed</errorDescription></UPnPError></detail></s:Fault>",
            );
            format!(
                "HTTP/1.1 500 Internal Server Error\r\nContent-Length: {}\r\n\r\n{b}",
                b.len()
            )
            .into_bytes()
        }
    });
    let (r, _) = run(opts_for(&f)).await;
    let igd = r.igd.unwrap();
    assert!(igd.mappings_complete);
    assert_eq!(igd.end_code, Some(501));
    assert!(
        english(&r.notes)
            .iter()
            .any(|n| n.contains("instead of 713")),
        "{:?}",
        r.notes
    );
}

/// A mock InternetDB on 127.0.0.1 answering `status` with `body` to every request (bounded).
fn mock_internetdb(
    status: u16,
    body: &'static str,
) -> (String, std::thread::JoinHandle<Vec<String>>) {
    let l = TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://127.0.0.1:{}", l.local_addr().unwrap().port());
    let t = std::thread::spawn(move || {
        let mut seen = Vec::new();
        l.set_nonblocking(true).unwrap();
        let t0 = Instant::now();
        while t0.elapsed() < Duration::from_secs(10) && seen.is_empty() {
            if let Ok((mut c, _)) = l.accept() {
                c.set_nonblocking(false).unwrap();
                c.set_read_timeout(Some(Duration::from_secs(2))).unwrap();
                let mut b = [0u8; 4096];
                let n = c.read(&mut b).unwrap_or(0);
                seen.push(
                    String::from_utf8_lossy(&b[..n])
                        .lines()
                        .next()
                        .unwrap_or("")
                        .to_owned(),
                );
                let _ = c.write_all(
                    format!(
                        "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                        body.len()
                    )
                    .as_bytes(),
                );
            } else {
                std::thread::sleep(Duration::from_millis(10));
            }
        }
        seen
    });
    (url, t)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn internetdb_only_with_consent_and_only_to_the_given_url() {
    let sim = SimBuilding::start_demo().unwrap();
    let (url, server) = mock_internetdb(
        200,
        r#"{"cpes":[],"hostnames":["site.example"],"ip":"127.0.0.3","ports":[3671,8443],"tags":["ics"],"vulns":[]}"#,
    );
    let mut opts = sim.exposure_options();
    opts.hairpin = false;
    opts.internetdb = true;
    opts.internetdb_url = url.clone();
    let (r, events) = run(opts).await;
    let db = r.internetdb.unwrap();
    assert_eq!(db.error, None, "{db:#?}");
    assert!(db.listed);
    assert_eq!(db.ports, vec![3671, 8443]);
    assert_eq!(db.url, format!("{url}/127.0.0.3"));
    assert_eq!(
        server.join().unwrap(),
        vec!["GET /127.0.0.3 HTTP/1.1".to_string()]
    );
    assert!(sent(&events).iter().any(|s| s.0 == "https"));

    let (url, server) = mock_internetdb(404, r#"{"detail":"No information available"}"#);
    let mut opts = sim.exposure_options();
    opts.hairpin = false;
    opts.internetdb = true;
    opts.internetdb_url = url;
    let (r, _) = run(opts).await;
    let db = r.internetdb.unwrap();
    assert!(!db.listed && db.error.is_none(), "{db:#?}");
    server.join().unwrap();

    // Without consent: no lookup at all.
    let (url, server) = mock_internetdb(200, "{}");
    let mut opts = sim.exposure_options();
    opts.hairpin = false;
    opts.internetdb_url = url;
    let (r, events) = run(opts).await;
    assert!(r.internetdb.is_none());
    assert!(sent(&events).iter().all(|s| s.0 != "https"));
    assert!(server.join().unwrap().is_empty());
}

/// The report's notes in English (the words the assertions look for).
fn english(notes: &[Text]) -> Vec<String> {
    notes.iter().map(|n| n.render(Lang::En)).collect()
}
