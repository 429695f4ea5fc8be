//! The router's internet address without UPnP or NAT-PMP, on loopback: a router that answers
//! neither, a STUN server (a responder built here from RFC 5389's layout), and a "forward" on
//! the address STUN names that answers a KNX DESCRIPTION_REQUEST like the demo's KNX gateway.
//! The address STUN names stands for a public one (`SimulatedInternet`, loopback only).
//!
//! Proves: the STUN request is sent only when asked for, is the 20-byte Binding request, and
//! its answer is used as the address to test; an address the user typed is used the same way;
//! without either, no test is made and the verdict says a forward set by hand cannot be
//! excluded; a STUN answer naming an address on the LAN side, or for another transaction, is
//! not believed.

use std::net::{Ipv4Addr, SocketAddrV4, UdpSocket};
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use audit_core::checks::exposure::Mechanism;
use audit_core::checks::{ExposureState, assess};
use audit_core::exposure::{ExposureOptions, probe};
use audit_core::inventory::{AddressSource, ExposureReport, Inventory, SimulatedInternet};
use audit_core::job::{CancelFlag, EventSink, JobEvent};
use audit_core::net::AddressClass;

const ROUTER: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 91);
const STUN: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 92);
/// The address STUN says the site has; a "forward" answers there.
const SITE: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 93);

/// The demo KNX gateway's DESCRIPTION_RESPONSE (recorded from `sim::knx` through the demo
/// router's hairpin forward).
const KNX_DESCRIPTION_RESPONSE: &str = "06100204006a360102001100001100c501020304e000170c00246d0102034b4e582049502053656375726520526f75746572000000000000000000000c0202020302040205020901060604010301140700fe11f0000511f1000411f2000511f300050808000000fe091a";

fn unhex(s: &str) -> Vec<u8> {
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

struct Peer {
    addr: SocketAddrV4,
    stop: Arc<AtomicBool>,
    requests: Arc<Mutex<Vec<Vec<u8>>>>,
}

impl Drop for Peer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
    }
}

/// A UDP peer on `ip` that answers each datagram with `answer(request, source)`, for 20 s at
/// most.
fn peer(
    ip: Ipv4Addr,
    answer: impl Fn(&[u8], SocketAddrV4) -> Option<Vec<u8>> + Send + 'static,
) -> Peer {
    let sock = UdpSocket::bind((ip, 0)).unwrap();
    sock.set_read_timeout(Some(Duration::from_millis(50)))
        .unwrap();
    let addr = match sock.local_addr().unwrap() {
        std::net::SocketAddr::V4(a) => a,
        _ => unreachable!(),
    };
    let stop = Arc::new(AtomicBool::new(false));
    let requests = Arc::new(Mutex::new(Vec::new()));
    let (s, r) = (stop.clone(), requests.clone());
    std::thread::spawn(move || {
        let t0 = Instant::now();
        let mut buf = [0u8; 2048];
        while !s.load(Ordering::SeqCst) && t0.elapsed() < Duration::from_secs(20) {
            if let Ok((n, std::net::SocketAddr::V4(src))) = sock.recv_from(&mut buf) {
                r.lock().unwrap().push(buf[..n].to_vec());
                if let Some(a) = answer(&buf[..n], src) {
                    let _ = sock.send_to(&a, src);
                }
            }
        }
    });
    Peer {
        addr,
        stop,
        requests,
    }
}

/// A Binding success answer naming `mapped` (XOR-MAPPED-ADDRESS), for the request's
/// transaction (or a wrong one).
fn stun_answer(req: &[u8], mapped: SocketAddrV4, wrong_tid: bool) -> Option<Vec<u8>> {
    if req.len() < 20 || req[..2] != [0x00, 0x01] {
        return None;
    }
    let mut a = vec![0x01, 0x01, 0x00, 0x0c, 0x21, 0x12, 0xa4, 0x42];
    let mut tid = req[8..20].to_vec();
    if wrong_tid {
        tid[0] ^= 0xff;
    }
    a.extend_from_slice(&tid);
    a.extend_from_slice(&[0x00, 0x20, 0x00, 0x08, 0x00, 0x01]);
    a.extend_from_slice(&(mapped.port() ^ 0x2112).to_be_bytes());
    a.extend_from_slice(&(u32::from(*mapped.ip()) ^ 0x2112_a442).to_be_bytes());
    Some(a)
}

fn free_port(ip: Ipv4Addr) -> u16 {
    UdpSocket::bind((ip, 0))
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Options for a router that answers neither UPnP nor NAT-PMP/PCP (nothing listens on its
/// ports), probing the "forward" on `knx_port`.
fn options(knx_port: u16) -> ExposureOptions {
    ExposureOptions {
        bind: Ipv4Addr::new(127, 0, 0, 1),
        interface: Some("lo".into()),
        router: Some(ROUTER),
        ssdp_port: free_port(ROUTER),
        nat_pmp_port: free_port(ROUTER),
        ssdp_unicast: true,
        knx_port,
        bacnet_port: free_port(SITE),
        timeout_s: 0.5,
        rate: 100,
        simulated_internet: SimulatedInternet::new(SITE, 32, AddressClass::Public),
        ..ExposureOptions::default()
    }
}

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
    (r, collector.await.unwrap())
}

fn sent_to(events: &[JobEvent], protocol: &str) -> Vec<String> {
    events
        .iter()
        .filter_map(|e| match e {
            JobEvent::PacketSent(p) if p.protocol == protocol => Some(p.destination.clone()),
            _ => None,
        })
        .collect()
}

/// The forward on SITE: answers KNX DESCRIPTION_REQUESTs (service 0x0203).
fn forward() -> Peer {
    peer(SITE, |req, _| {
        (req.len() >= 4 && req[2..4] == [0x02, 0x03]).then(|| unhex(KNX_DESCRIPTION_RESPONSE))
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stun_names_the_address_and_the_hand_set_forward_is_found() {
    let fwd = forward();
    let stun = peer(STUN, |req, src| {
        stun_answer(req, SocketAddrV4::new(SITE, src.port()), false)
    });
    let mut opts = options(fwd.addr.port());
    opts.stun = Some(stun.addr.to_string());
    let (r, events) = run(opts).await;

    // One 20-byte Binding request, nothing in it but the header.
    let reqs = stun.requests.lock().unwrap().clone();
    assert_eq!(reqs.len(), 1, "{reqs:?}");
    assert_eq!(reqs[0].len(), 20);
    assert_eq!(
        &reqs[0][..8],
        &[0x00, 0x01, 0x00, 0x00, 0x21, 0x12, 0xa4, 0x42]
    );
    assert_eq!(sent_to(&events, "stun"), vec![stun.addr.to_string()]);
    let s = r.stun.as_ref().expect("STUN asked");
    assert!(s.error.is_none(), "{s:#?}");
    assert_eq!(s.mapped.map(|m| *m.ip()), Some(SITE));
    assert!(s.xor_mapped);
    // The router told nothing: the router's own address stays unknown; STUN's is tested.
    assert_eq!(r.external_ip, None);
    let knx = r
        .hairpin
        .iter()
        .find(|p| p.protocol == "knx")
        .expect("KNX probe of the STUN address");
    assert_eq!(knx.target, fwd.addr.to_string());
    assert_eq!(knx.outcome, "answered", "{knx:#?}");
    assert!(
        knx.answer_summary
            .as_ref()
            .unwrap()
            .to_string()
            .contains("KNX IP Secure Router")
    );
    // Judged: reachable, set by hand (no UPnP, no NAT-PMP), the static-forward finding.
    let a = assess(Some(&r), None);
    assert_eq!(a.state, ExposureState::Reachable, "{a:#?}");
    assert_eq!(a.forwards.len(), 1);
    assert_eq!(a.forwards[0].mechanism, Mechanism::ByHand);
    assert_eq!(a.forwards[0].check_id, "router.hairpin.static_forward");
    assert_eq!(
        a.internet_view.as_ref().unwrap().source,
        AddressSource::Stun
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_typed_address_is_tested_and_no_stun_is_sent_unasked() {
    let fwd = forward();
    let mut opts = options(fwd.addr.port());
    opts.external_ip = Some(SITE);
    let (r, events) = run(opts).await;
    assert!(sent_to(&events, "stun").is_empty());
    assert!(r.stun.is_none());
    assert_eq!(r.external_ip, Some(SITE));
    assert_eq!(r.external_ip_source, Some(AddressSource::Typed));
    assert!(r.hairpin.iter().any(|p| p.outcome == "answered"));
    let a = assess(Some(&r), None);
    assert_eq!(a.state, ExposureState::Reachable);
    assert_eq!(a.address.as_ref().unwrap().source, AddressSource::Typed);
    assert_eq!(a.forwards[0].check_id, "router.hairpin.static_forward");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_an_address_nothing_is_tested_and_that_is_said() {
    let fwd = forward();
    let (r, events) = run(options(fwd.addr.port())).await;
    assert!(sent_to(&events, "stun").is_empty());
    assert!(sent_to(&events, "knxip").is_empty(), "no address, no knock");
    assert!(fwd.requests.lock().unwrap().is_empty());
    let a = assess(Some(&r), None);
    assert_eq!(a.state, ExposureState::Undetermined);
    let not = a
        .not_checked
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(" | ");
    assert!(not.contains("a door set by hand"), "{not}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_stun_answer_naming_the_lan_or_another_transaction_is_not_believed() {
    let fwd = forward();
    // The server names the router's own (LAN-side) address.
    let lying = peer(STUN, |req, src| {
        stun_answer(req, SocketAddrV4::new(ROUTER, src.port()), false)
    });
    let mut opts = options(fwd.addr.port());
    opts.stun = Some(lying.addr.to_string());
    let (r, events) = run(opts).await;
    let s = r.stun.as_ref().unwrap();
    assert!(s.error.is_some(), "{s:#?}");
    assert!(sent_to(&events, "knxip").is_empty(), "{:?}", r.hairpin);
    assert!(assess(Some(&r), None).internet_view.is_none());
    drop(lying);

    // Answers for another transaction are read and dropped: no answer, three tries.
    let count = Arc::new(AtomicU32::new(0));
    let c = count.clone();
    let other = peer(STUN, move |req, src| {
        c.fetch_add(1, Ordering::SeqCst);
        stun_answer(req, SocketAddrV4::new(SITE, src.port()), true)
    });
    let mut opts = options(fwd.addr.port());
    opts.stun = Some(other.addr.to_string());
    let (r, _) = run(opts).await;
    let s = r.stun.as_ref().unwrap();
    assert_eq!(s.mapped, None);
    assert!(
        s.error.as_ref().unwrap().to_string().contains("no answer"),
        "{s:#?}"
    );
    assert_eq!(count.load(Ordering::SeqCst), 3);
}
