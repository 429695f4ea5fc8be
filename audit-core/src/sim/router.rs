//! A simulated home router on loopback for the demo building and the exposure tests: UPnP IGD
//! (SSDP by unicast, device description, the read-only SOAP actions), NAT-PMP and PCP ANNOUNCE,
//! and (for the kinds with a forward) one real forward on its "external" address (UDP KNX port
//! → the demo KNX gateway), so a hairpin probe gets a real answer.
//!
//! Addresses: LAN side [`ROUTER_LAN_IP`], "external" side [`ROUTER_EXTERNAL_IP`] (loopback, so
//! nothing leaves the machine). Ports of the LAN side are chosen by the kernel. A loopback
//! address is not public; the router's [`DemoRouter`] kind says what it *stands for* (a public
//! address, or the provider's shared carrier-grade NAT address), and the probe options carry
//! that as a [`SimulatedInternet`] so the verdict is coherent (issue 15 2d).
//!
//! Every request is logged by action name ([`RunningRouter::actions`]), so tests can prove that
//! nothing but read-only calls arrived.

use std::collections::HashMap;
use std::io;
use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4};
use std::sync::{Arc, Mutex};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream, UdpSocket};

use crate::exposure::ExposureOptions;
use crate::inventory::SimulatedInternet;
use crate::job::CancelFlag;
use crate::net::AddressClass;

pub const ROUTER_LAN_IP: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 2);
pub const ROUTER_EXTERNAL_IP: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 3);
/// The NAS the unrelated TCP forward points at (nothing listens there).
pub const NAS_IP: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 60);
const SERVICE: &str = "urn:schemas-upnp-org:service:WANIPConnection:1";
/// Hairpin relay: clients remembered at most.
const MAX_RELAY_CLIENTS: usize = 64;
/// Largest HTTP request read.
const MAX_REQUEST: usize = 64 * 1024;

/// Which home router the demo building has: one per exposure state the demo can show.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DemoRouter {
    /// A public internet address and a UPnP forward of UDP 3671 to the KNX gateway (and TCP
    /// 8443 to a NAS): reachable from the internet, red. The default: it shows what the
    /// audit is for, with a real hairpin answer as proof.
    #[default]
    Public,
    /// The same forwards, behind the provider's carrier-grade NAT (the address stands for one
    /// in 100.64.0.0/10): forwarded behind the provider's NAT, amber.
    Cgnat,
    /// A public address and an empty UPnP list, no forward: nothing open as far as checked.
    None,
}

impl DemoRouter {
    pub const ALL: [DemoRouter; 3] = [DemoRouter::Public, DemoRouter::Cgnat, DemoRouter::None];

    pub fn name(self) -> &'static str {
        match self {
            DemoRouter::Public => "public",
            DemoRouter::Cgnat => "cgnat",
            DemoRouter::None => "none",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.name() == s.trim())
    }

    /// What the loopback "external" address stands for.
    pub fn simulated_internet(self) -> Option<SimulatedInternet> {
        let class = match self {
            DemoRouter::Cgnat => AddressClass::Shared,
            DemoRouter::Public | DemoRouter::None => AddressClass::Public,
        };
        SimulatedInternet::new(ROUTER_EXTERNAL_IP, 32, class)
    }

    fn forwards(self) -> bool {
        self != DemoRouter::None
    }
}

/// One forward of the simulated router.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimMapping {
    pub protocol: &'static str,
    pub external_port: u16,
    pub internal: SocketAddrV4,
    pub description: &'static str,
}

/// A running simulated router; dropping it stops it.
#[derive(Debug)]
pub struct RunningRouter {
    pub kind: DemoRouter,
    pub lan_ip: Ipv4Addr,
    pub external_ip: Ipv4Addr,
    pub ssdp_port: u16,
    pub http_port: u16,
    pub nat_pmp_port: u16,
    pub knx_port: u16,
    pub bacnet_port: u16,
    pub mappings: Vec<SimMapping>,
    actions: Arc<Mutex<Vec<String>>>,
    stop: CancelFlag,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Drop for RunningRouter {
    fn drop(&mut self) {
        self.stop.cancel();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

impl RunningRouter {
    /// Every request received, by name (`m-search`, `GET /rootDesc.xml`, SOAP action names,
    /// `nat-pmp-0`, `pcp-0`, `relay`), in order.
    pub fn actions(&self) -> Vec<String> {
        self.actions.lock().map(|a| a.clone()).unwrap_or_default()
    }

    /// Options that point the exposure probes at this router only.
    pub fn exposure_options(&self) -> ExposureOptions {
        ExposureOptions {
            bind: super::AUDITOR_IP,
            interface: Some("lo".into()),
            router: Some(self.lan_ip),
            ssdp_port: self.ssdp_port,
            nat_pmp_port: self.nat_pmp_port,
            ssdp_unicast: true,
            knx_port: self.knx_port,
            bacnet_port: self.bacnet_port,
            // Generous: the simulators answer in milliseconds, but a loaded CI machine once
            // left two 1 s SSDP searches unanswered.
            timeout_s: 3.0,
            simulated_internet: self.kind.simulated_internet(),
            ..ExposureOptions::default()
        }
    }
}

fn log(actions: &Mutex<Vec<String>>, a: impl Into<String>) {
    if let Ok(mut v) = actions.lock()
        && v.len() < 100_000
    {
        v.push(a.into());
    }
}

/// Start the router of `kind`: `knx_gateway` is what the forward of UDP `knx_port` reaches
/// (kinds with a forward).
pub fn start(
    kind: DemoRouter,
    knx_gateway: SocketAddrV4,
    knx_port: u16,
    bacnet_port: u16,
) -> io::Result<RunningRouter> {
    let stop = CancelFlag::new();
    let actions = Arc::new(Mutex::new(Vec::new()));
    let mappings = if kind.forwards() {
        vec![
            SimMapping {
                protocol: "UDP",
                external_port: knx_port,
                internal: knx_gateway,
                description: "KNX remote access",
            },
            SimMapping {
                protocol: "TCP",
                external_port: 8443,
                internal: SocketAddrV4::new(NAS_IP, 443),
                description: "NAS web",
            },
        ]
    } else {
        Vec::new()
    };
    let (ready_tx, ready_rx) = std::sync::mpsc::channel::<io::Result<(u16, u16, u16)>>();
    let thread = {
        let stop = stop.clone();
        let actions = actions.clone();
        let mappings = mappings.clone();
        std::thread::Builder::new()
            .name("bas-audit-sim-router".into())
            .spawn(move || {
                let rt = match tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                {
                    Ok(rt) => rt,
                    Err(e) => {
                        let _ = ready_tx.send(Err(e));
                        return;
                    }
                };
                rt.block_on(async move {
                    let bound = async {
                        let ssdp = UdpSocket::bind(SocketAddrV4::new(ROUTER_LAN_IP, 0)).await?;
                        let http = TcpListener::bind(SocketAddrV4::new(ROUTER_LAN_IP, 0)).await?;
                        let pmp = UdpSocket::bind(SocketAddrV4::new(ROUTER_LAN_IP, 0)).await?;
                        let fwd = if kind.forwards() {
                            Some(
                                UdpSocket::bind(SocketAddrV4::new(ROUTER_EXTERNAL_IP, knx_port))
                                    .await?,
                            )
                        } else {
                            None
                        };
                        io::Result::Ok((ssdp, http, pmp, fwd))
                    }
                    .await;
                    let (ssdp, http, pmp, fwd) = match bound {
                        Ok(b) => b,
                        Err(e) => {
                            let _ = ready_tx.send(Err(e));
                            return;
                        }
                    };
                    let port = |s: io::Result<SocketAddr>| s.map(|a| a.port()).unwrap_or(0);
                    let ports = (
                        port(ssdp.local_addr()),
                        port(http.local_addr()),
                        port(pmp.local_addr()),
                    );
                    let http_port = ports.1;
                    tokio::spawn(ssdp_task(ssdp, http_port, actions.clone()));
                    tokio::spawn(http_task(http, mappings, actions.clone()));
                    tokio::spawn(nat_pmp_task(pmp, actions.clone()));
                    if let Some(fwd) = fwd {
                        tokio::spawn(relay_task(fwd, knx_gateway, actions.clone()));
                    }
                    let _ = ready_tx.send(Ok(ports));
                    stop.cancelled().await;
                });
            })?
    };
    let (ssdp_port, http_port, nat_pmp_port) = ready_rx
        .recv()
        .map_err(|_| io::Error::other("router simulator ended before starting"))??;
    Ok(RunningRouter {
        kind,
        lan_ip: ROUTER_LAN_IP,
        external_ip: ROUTER_EXTERNAL_IP,
        ssdp_port,
        http_port,
        nat_pmp_port,
        knx_port,
        bacnet_port,
        mappings,
        actions,
        stop,
        thread: Some(thread),
    })
}

async fn ssdp_task(sock: UdpSocket, http_port: u16, actions: Arc<Mutex<Vec<String>>>) {
    let mut buf = vec![0u8; 2048];
    loop {
        let Ok((n, src)) = sock.recv_from(&mut buf).await else {
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            continue;
        };
        let text = String::from_utf8_lossy(buf.get(..n).unwrap_or_default()).to_string();
        if !text.starts_with("M-SEARCH") {
            continue;
        }
        log(&actions, "m-search");
        let st = text
            .lines()
            .find_map(|l| l.strip_prefix("ST:").or_else(|| l.strip_prefix("st:")))
            .map(str::trim)
            .unwrap_or("");
        if !st.starts_with("urn:schemas-upnp-org:device:InternetGatewayDevice:") && st != "ssdp:all"
        {
            continue;
        }
        let answer = format!(
            "HTTP/1.1 200 OK\r\nCACHE-CONTROL: max-age=120\r\nST: {st}\r\nUSN: uuid:bas-audit-demo-router::{st}\r\nEXT:\r\nSERVER: Demo/1 UPnP/1.1 DemoRouter/1.0\r\nLOCATION: http://{ROUTER_LAN_IP}:{http_port}/rootDesc.xml\r\n\r\n"
        );
        let _ = sock.send_to(answer.as_bytes(), src).await;
    }
}

fn description() -> String {
    format!(
        r#"<?xml version="1.0"?>
<root xmlns="urn:schemas-upnp-org:device-1-0"><specVersion><major>1</major><minor>1</minor></specVersion>
<device><deviceType>urn:schemas-upnp-org:device:InternetGatewayDevice:1</deviceType>
<friendlyName>Demo Home Router</friendlyName><manufacturer>BAS Audit demo</manufacturer><modelName>HR-1000</modelName>
<UDN>uuid:bas-audit-demo-router</UDN>
<deviceList><device><deviceType>urn:schemas-upnp-org:device:WANDevice:1</deviceType>
<deviceList><device><deviceType>urn:schemas-upnp-org:device:WANConnectionDevice:1</deviceType>
<serviceList><service><serviceType>{SERVICE}</serviceType><serviceId>urn:upnp-org:serviceId:WANIPConn1</serviceId>
<controlURL>/ctl/IPConn</controlURL><eventSubURL>/evt/IPConn</eventSubURL><SCPDURL>/WANIPCn.xml</SCPDURL></service></serviceList>
</device></deviceList></device></deviceList></device></root>"#
    )
}

fn soap_ok(action: &str, args: &str) -> String {
    format!(
        "<?xml version=\"1.0\"?>\r\n<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" s:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\"><s:Body><u:{action}Response xmlns:u=\"{SERVICE}\">{args}</u:{action}Response></s:Body></s:Envelope>\r\n"
    )
}

fn soap_fault(code: u16, desc: &str) -> String {
    format!(
        "<?xml version=\"1.0\"?>\r\n<s:Envelope xmlns:s=\"http://schemas.xmlsoap.org/soap/envelope/\" s:encodingStyle=\"http://schemas.xmlsoap.org/soap/encoding/\"><s:Body><s:Fault><faultcode>s:Client</faultcode><faultstring>UPnPError</faultstring><detail><UPnPError xmlns=\"urn:schemas-upnp-org:control-1-0\"><errorCode>{code}</errorCode><errorDescription>{desc}</errorDescription></UPnPError></detail></s:Fault></s:Body></s:Envelope>\r\n"
    )
}

fn between<'a>(s: &'a str, open: &str, close: &str) -> Option<&'a str> {
    let a = s.find(open)? + open.len();
    let b = s.get(a..)?.find(close)? + a;
    s.get(a..b)
}

fn answer(request: &str, mappings: &[SimMapping], actions: &Mutex<Vec<String>>) -> (u16, String) {
    let first = request.lines().next().unwrap_or("");
    if first.starts_with("GET /rootDesc.xml ") {
        log(actions, "GET /rootDesc.xml");
        return (200, description());
    }
    if !first.starts_with("POST /ctl/IPConn ") {
        log(
            actions,
            format!("other: {}", first.chars().take(80).collect::<String>()),
        );
        return (404, String::new());
    }
    let action = request
        .lines()
        .find(|l| l.to_ascii_lowercase().starts_with("soapaction:"))
        .and_then(|l| l.split('#').nth(1))
        .map(|a| {
            a.trim_matches(|c: char| c == '"' || c.is_whitespace())
                .to_owned()
        })
        .unwrap_or_default();
    log(actions, action.clone());
    match action.as_str() {
        "GetExternalIPAddress" => (
            200,
            soap_ok(
                &action,
                &format!("<NewExternalIPAddress>{ROUTER_EXTERNAL_IP}</NewExternalIPAddress>"),
            ),
        ),
        "GetGenericPortMappingEntry" => {
            let index = between(request, "<NewPortMappingIndex>", "</NewPortMappingIndex>")
                .and_then(|i| i.trim().parse::<usize>().ok());
            match index.and_then(|i| mappings.get(i)) {
                Some(m) => (
                    200,
                    soap_ok(
                        &action,
                        &format!(
                            "<NewRemoteHost></NewRemoteHost><NewExternalPort>{}</NewExternalPort><NewProtocol>{}</NewProtocol><NewInternalPort>{}</NewInternalPort><NewInternalClient>{}</NewInternalClient><NewEnabled>1</NewEnabled><NewPortMappingDescription>{}</NewPortMappingDescription><NewLeaseDuration>0</NewLeaseDuration>",
                            m.external_port,
                            m.protocol,
                            m.internal.port(),
                            m.internal.ip(),
                            m.description
                        ),
                    ),
                ),
                None if index.is_some() => (500, soap_fault(713, "SpecifiedArrayIndexInvalid")),
                None => (500, soap_fault(402, "Invalid Args")),
            }
        }
        _ => (500, soap_fault(401, "Invalid Action")),
    }
}

async fn serve(mut s: TcpStream, mappings: Vec<SimMapping>, actions: Arc<Mutex<Vec<String>>>) {
    let mut buf = Vec::new();
    let mut chunk = [0u8; 4096];
    let read = async {
        loop {
            let n = s.read(&mut chunk).await.unwrap_or(0);
            if n == 0 {
                break;
            }
            buf.extend_from_slice(chunk.get(..n).unwrap_or_default());
            let text = String::from_utf8_lossy(&buf);
            if let Some(h) = text.find("\r\n\r\n") {
                let cl = text
                    .get(..h)
                    .unwrap_or("")
                    .lines()
                    .find_map(|l| {
                        let (k, v) = l.split_once(':')?;
                        k.eq_ignore_ascii_case("content-length")
                            .then(|| v.trim().parse::<usize>().ok())?
                    })
                    .unwrap_or(0);
                if buf.len() >= h + 4 + cl {
                    break;
                }
            }
            if buf.len() > MAX_REQUEST {
                break;
            }
        }
    };
    if tokio::time::timeout(std::time::Duration::from_secs(5), read)
        .await
        .is_err()
    {
        return;
    }
    let (status, body) = answer(&String::from_utf8_lossy(&buf), &mappings, &actions);
    let reason = match status {
        200 => "OK",
        404 => "Not Found",
        _ => "Internal Server Error",
    };
    let head = format!(
        "HTTP/1.1 {status} {reason}\r\nContent-Type: text/xml; charset=\"utf-8\"\r\nConnection: close\r\nContent-Length: {}\r\nServer: Demo/1 UPnP/1.1 DemoRouter/1.0\r\n\r\n",
        body.len()
    );
    let _ = s.write_all(head.as_bytes()).await;
    let _ = s.write_all(body.as_bytes()).await;
    let _ = s.shutdown().await;
}

async fn http_task(l: TcpListener, mappings: Vec<SimMapping>, actions: Arc<Mutex<Vec<String>>>) {
    loop {
        let Ok((s, _)) = l.accept().await else {
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            continue;
        };
        tokio::spawn(serve(s, mappings.clone(), actions.clone()));
    }
}

async fn nat_pmp_task(sock: UdpSocket, actions: Arc<Mutex<Vec<String>>>) {
    use crate::exposure::{natpmp, pcp};
    let mut buf = vec![0u8; 1100];
    let t0 = std::time::Instant::now();
    loop {
        let Ok((n, src)) = sock.recv_from(&mut buf).await else {
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            continue;
        };
        let req = buf.get(..n).unwrap_or_default();
        let epoch_s = u32::try_from(t0.elapsed().as_secs()).unwrap_or(u32::MAX);
        let mut out = Vec::new();
        match req {
            [0, op, ..] => {
                log(&actions, format!("nat-pmp-{op}"));
                natpmp::Response {
                    version: 0,
                    opcode: op.saturating_add(128),
                    result: if *op == 0 {
                        natpmp::ResultCode::Success
                    } else {
                        // The demo never maps anything.
                        natpmp::ResultCode::NotAuthorized
                    },
                    epoch_s,
                    body: if *op == 0 {
                        natpmp::ResponseBody::ExternalAddress(ROUTER_EXTERNAL_IP)
                    } else {
                        natpmp::ResponseBody::Other(Vec::new())
                    },
                    trailing: 0,
                }
                .emit(&mut out);
            }
            [2, op, ..] => {
                log(&actions, format!("pcp-{}", op & 0x7f));
                pcp::Response {
                    version: 2,
                    opcode: op & 0x7f,
                    result: if op & 0x7f == pcp::OP_ANNOUNCE { 0 } else { 2 },
                    lifetime_s: 0,
                    epoch_s,
                    rest: Vec::new(),
                    reserved_nonzero: false,
                    oversized: false,
                }
                .emit(&mut out);
            }
            _ => continue,
        }
        let _ = sock.send_to(&out, src).await;
    }
}

/// The forward: datagrams to the external address go to the KNX gateway from a socket per
/// client, and the gateway's answers go back to the client from the external address (what a
/// router's NAT does with a DNAT rule and hairpinning).
async fn relay_task(ext: UdpSocket, gateway: SocketAddrV4, actions: Arc<Mutex<Vec<String>>>) {
    let ext = Arc::new(ext);
    let mut upstream: HashMap<SocketAddr, Arc<UdpSocket>> = HashMap::new();
    let mut buf = vec![0u8; 2048];
    loop {
        let Ok((n, client)) = ext.recv_from(&mut buf).await else {
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
            continue;
        };
        log(&actions, "relay");
        if !upstream.contains_key(&client) {
            if upstream.len() >= MAX_RELAY_CLIENTS {
                upstream.clear();
            }
            let Ok(up) = UdpSocket::bind(SocketAddrV4::new(ROUTER_LAN_IP, 0)).await else {
                continue;
            };
            let up = Arc::new(up);
            let (up2, ext2) = (up.clone(), ext.clone());
            tokio::spawn(async move {
                let mut b = vec![0u8; 2048];
                // Bounded like a NAT entry: idle for 60 s and it is gone.
                while let Ok(Ok((n, _))) =
                    tokio::time::timeout(std::time::Duration::from_secs(60), up2.recv_from(&mut b))
                        .await
                {
                    let _ = ext2.send_to(b.get(..n).unwrap_or_default(), client).await;
                }
            });
            upstream.insert(client, up);
        }
        if let Some(up) = upstream.get(&client) {
            let _ = up.send_to(buf.get(..n).unwrap_or_default(), gateway).await;
        }
    }
}
