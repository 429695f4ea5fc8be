//! Built-in simulators: a small building of BACnet/IP devices and KNXnet/IP gateways on
//! loopback, speaking the real protocols through our own codecs. Used by `--demo` and by tests.
//!
//! Addressing on Linux loopback: every 127.0.0.0/8 address is local, and the local table has
//! `broadcast 127.255.255.255 dev lo`. Each simulated host binds its own 127.0.0.N on the
//! BACnet (or KNX) port, so answers come from distinct addresses; a socket bound to a unicast
//! address does not receive broadcasts, so one listener bound to 127.255.255.255 (SO_REUSEADDR)
//! hands broadcasts to every host, and one listener bound to 224.0.23.12 and joined on
//! 127.0.0.1 does the same for the KNX search multicast (multicast on `lo` works with
//! IP_MULTICAST_IF 127.0.0.1 and IP_MULTICAST_LOOP). Ports: the standard 47808/3671 when free,
//! otherwise a free pair, so that several buildings (parallel tests) never hear each other.
//!
//! The simulators run on a thread of their own with its own tokio runtime: `start` is
//! synchronous and the building stops when the handle is dropped.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

pub mod bacnet;
pub mod knx;
pub mod router;

use std::io;
use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use tokio::net::UdpSocket;
use tokio::sync::mpsc;

use crate::job::CancelFlag;
use crate::job::scope::{BACNET_PORT, KNX_MULTICAST, KNX_PORT, Scope};
use crate::job::socket::{ERROR_PAUSE, MAX_DATAGRAM, SocketOpts, bind_udp, join_multicast};
use crate::text;
use crate::text::Text;
use crate::wire::bacnet::bvlc::{BdtEntry, FdtEntry};

pub use bacnet::{SimBbmd, SimDevice, SimHost, SimRouter, WireLog};
pub use knx::SimGateway;

/// The address the auditor side uses on loopback.
pub const AUDITOR_IP: Ipv4Addr = Ipv4Addr::new(127, 0, 0, 1);
/// How the description's line about the home router starts (replaced with the router).
/// The router lines' message ids start so (`set_router` replaces that line).
const ROUTER_LINE_PREFIX: &str = "sim-router-";
pub const LOOPBACK_BROADCAST: Ipv4Addr = Ipv4Addr::new(127, 255, 255, 255);

/// What the building is made of.
#[derive(Debug, Clone, Default)]
pub struct SimConfig {
    pub bacnet_hosts: Vec<SimHost>,
    pub gateways: Vec<SimGateway>,
    /// Try 47808 and 3671 first.
    pub standard_ports: bool,
}

/// One datagram a simulator received (for tests: pacing, what was asked).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Received {
    pub at: Instant,
    pub from: SocketAddrV4,
    /// The address it was sent to (a host, the broadcast or the multicast group).
    pub to: SocketAddrV4,
    pub bytes: usize,
    /// Standard name of what was received (`who-is`, `search-request-extended`, ...).
    pub service: &'static str,
}

fn bacnet_service(d: &[u8]) -> &'static str {
    crate::wire::bacnet::decode_bip(d).map_or("malformed", |m| m.service_name())
}

fn knx_service(d: &[u8]) -> &'static str {
    crate::wire::knxip::peek_header(d).map_or("malformed", |h| h.service_name())
}

/// A running simulated building; dropping it stops every simulator.
#[derive(Debug)]
pub struct SimBuilding {
    scope: Scope,
    stop: CancelFlag,
    thread: Option<std::thread::JoinHandle<()>>,
    log: Arc<Mutex<Vec<Received>>>,
    /// One line per simulator, for `--demo` output.
    pub description: Vec<Text>,
    /// The home router of the demo building (exposure probes), if started.
    router: Option<router::RunningRouter>,
}

impl Drop for SimBuilding {
    fn drop(&mut self) {
        self.stop.cancel();
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Two distinct UDP ports no socket uses on any address right now.
fn free_ports() -> io::Result<(u16, u16)> {
    let a = std::net::UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0))?;
    let b = std::net::UdpSocket::bind((Ipv4Addr::UNSPECIFIED, 0))?;
    Ok((a.local_addr()?.port(), b.local_addr()?.port()))
}

struct Bound {
    bacnet_port: u16,
    knx_port: u16,
    hosts: Vec<(SimHost, UdpSocket)>,
    gateways: Vec<(SimGateway, UdpSocket)>,
    bcast: Option<UdpSocket>,
    mcast: Option<UdpSocket>,
}

fn bind_all(config: &SimConfig, bacnet_port: u16, knx_port: u16) -> io::Result<Bound> {
    let mut hosts = Vec::new();
    for h in &config.bacnet_hosts {
        let opts = SocketOpts {
            broadcast: true,
            ..SocketOpts::default()
        };
        hosts.push((
            h.clone(),
            bind_udp(SocketAddrV4::new(h.ip, bacnet_port), opts)?,
        ));
    }
    let mut gateways = Vec::new();
    for g in &config.gateways {
        gateways.push((
            g.clone(),
            bind_udp(SocketAddrV4::new(g.ip, knx_port), SocketOpts::default())?,
        ));
    }
    let reuse = SocketOpts {
        reuse_address: true,
        ..SocketOpts::default()
    };
    let bcast = if hosts.is_empty() {
        None
    } else {
        Some(bind_udp(
            SocketAddrV4::new(LOOPBACK_BROADCAST, bacnet_port),
            reuse,
        )?)
    };
    let mcast = if gateways.is_empty() {
        None
    } else {
        let s = bind_udp(SocketAddrV4::new(KNX_MULTICAST, knx_port), reuse)?;
        join_multicast(&s, KNX_MULTICAST, AUDITOR_IP)?;
        Some(s)
    };
    Ok(Bound {
        bacnet_port,
        knx_port,
        hosts,
        gateways,
        bcast,
        mcast,
    })
}

fn bind_with_retries(config: &SimConfig) -> io::Result<Bound> {
    let mut last = None;
    for attempt in 0..8 {
        let (b, k) = if attempt == 0 && config.standard_ports {
            (BACNET_PORT, KNX_PORT)
        } else {
            free_ports()?
        };
        match bind_all(config, b, k) {
            Ok(bound) => return Ok(bound),
            Err(e) if e.kind() == io::ErrorKind::AddrInUse => last = Some(e),
            Err(e) => return Err(e),
        }
    }
    Err(last.unwrap_or_else(|| io::Error::other("no free ports")))
}

fn log_push(log: &Mutex<Vec<Received>>, r: Received) {
    if let Ok(mut l) = log.lock() {
        // Bounded: a runaway client must not eat the test machine's memory.
        if l.len() < 1_000_000 {
            l.push(r);
        }
    }
}

async fn listener(
    sock: UdpSocket,
    to: SocketAddrV4,
    name: fn(&[u8]) -> &'static str,
    fanout: Vec<mpsc::UnboundedSender<(SocketAddrV4, Vec<u8>)>>,
    log: Arc<Mutex<Vec<Received>>>,
) {
    let mut buf = vec![0u8; MAX_DATAGRAM];
    loop {
        let Ok((n, SocketAddr::V4(src))) = sock.recv_from(&mut buf).await else {
            tokio::time::sleep(ERROR_PAUSE).await;
            continue;
        };
        let Some(data) = buf.get(..n) else { continue };
        log_push(
            &log,
            Received {
                at: Instant::now(),
                from: src,
                to,
                bytes: n,
                service: name(data),
            },
        );
        for tx in &fanout {
            let _ = tx.send((src, data.to_vec()));
        }
    }
}

async fn host_task(
    mut host: SimHost,
    sock: UdpSocket,
    port: u16,
    mut rx: mpsc::UnboundedReceiver<(SocketAddrV4, Vec<u8>)>,
    log: Arc<Mutex<Vec<Received>>>,
    t0: Instant,
) {
    let me = SocketAddrV4::new(host.ip, port);
    let broadcast = SocketAddrV4::new(LOOPBACK_BROADCAST, port);
    let mut buf = vec![0u8; MAX_DATAGRAM];
    loop {
        let (src, data) = tokio::select! {
            r = sock.recv_from(&mut buf) => match r {
                Ok((n, SocketAddr::V4(src))) => {
                    let data = buf.get(..n).map(<[u8]>::to_vec).unwrap_or_default();
                    log_push(&log, Received { at: Instant::now(), from: src, to: me, bytes: n, service: bacnet_service(&data) });
                    (src, data)
                }
                _ => {
                    tokio::time::sleep(ERROR_PAUSE).await;
                    continue;
                }
            },
            m = rx.recv() => match m {
                Some(m) => m,
                None => return,
            },
        };
        if src == me {
            continue;
        }
        for (dest, bytes) in host.handle(&data, src, t0) {
            let to = match dest {
                bacnet::Dest::To(a) => a,
                bacnet::Dest::Broadcast => broadcast,
            };
            let _ = sock.send_to(&bytes, to).await;
        }
    }
}

async fn gateway_task(
    gw: SimGateway,
    sock: UdpSocket,
    port: u16,
    mut rx: mpsc::UnboundedReceiver<(SocketAddrV4, Vec<u8>)>,
    log: Arc<Mutex<Vec<Received>>>,
) {
    let me = SocketAddrV4::new(gw.ip, port);
    let mut buf = vec![0u8; MAX_DATAGRAM];
    loop {
        let (src, data) = tokio::select! {
            r = sock.recv_from(&mut buf) => match r {
                Ok((n, SocketAddr::V4(src))) => {
                    let data = buf.get(..n).map(<[u8]>::to_vec).unwrap_or_default();
                    log_push(&log, Received { at: Instant::now(), from: src, to: me, bytes: n, service: knx_service(&data) });
                    (src, data)
                }
                _ => {
                    tokio::time::sleep(ERROR_PAUSE).await;
                    continue;
                }
            },
            m = rx.recv() => match m {
                Some(m) => m,
                None => return,
            },
        };
        if let Some((dest, bytes)) = gw.handle(&data, src, port) {
            let _ = sock.send_to(&bytes, dest).await;
        }
    }
}

impl SimBuilding {
    /// Start the simulators of `config` on a thread of their own.
    pub fn start(config: SimConfig) -> io::Result<SimBuilding> {
        let stop = CancelFlag::new();
        let log = Arc::new(Mutex::new(Vec::new()));
        let (ready_tx, ready_rx) = std::sync::mpsc::channel::<io::Result<(u16, u16)>>();
        let description = describe(&config);
        let thread = {
            let stop = stop.clone();
            let log = log.clone();
            std::thread::Builder::new()
                .name("bas-audit-sim".into())
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
                        let bound = match bind_with_retries(&config) {
                            Ok(b) => b,
                            Err(e) => {
                                let _ = ready_tx.send(Err(e));
                                return;
                            }
                        };
                        let t0 = Instant::now();
                        let (bp, kp) = (bound.bacnet_port, bound.knx_port);
                        let mut host_tx = Vec::new();
                        for (h, s) in bound.hosts {
                            let (tx, rx) = mpsc::unbounded_channel();
                            host_tx.push(tx);
                            tokio::spawn(host_task(h, s, bp, rx, log.clone(), t0));
                        }
                        let mut gw_tx = Vec::new();
                        for (g, s) in bound.gateways {
                            let (tx, rx) = mpsc::unbounded_channel();
                            gw_tx.push(tx);
                            tokio::spawn(gateway_task(g, s, kp, rx, log.clone()));
                        }
                        if let Some(b) = bound.bcast {
                            let to = SocketAddrV4::new(LOOPBACK_BROADCAST, bp);
                            tokio::spawn(listener(b, to, bacnet_service, host_tx, log.clone()));
                        }
                        if let Some(m) = bound.mcast {
                            let to = SocketAddrV4::new(KNX_MULTICAST, kp);
                            tokio::spawn(listener(m, to, knx_service, gw_tx, log.clone()));
                        }
                        let _ = ready_tx.send(Ok((bp, kp)));
                        stop.cancelled().await;
                    });
                })?
        };
        let (bacnet_port, knx_port) = ready_rx
            .recv()
            .map_err(|_| io::Error::other("simulator thread ended before starting"))??;
        let mut scope = Scope::from_parts(
            Some("lo".into()),
            AUDITOR_IP,
            8,
            Some(LOOPBACK_BROADCAST),
            true,
        );
        // A label is kept with the audit as plain words: in the program's language now.
        scope.label = crate::text::tr(
            crate::text::default_lang(),
            "sim-scope-label",
            &[
                ("bacnet_port", bacnet_port.into()),
                ("knx_port", knx_port.into()),
            ],
        );
        scope.bacnet_port = bacnet_port;
        scope.knx_port = knx_port;
        Ok(SimBuilding {
            scope,
            stop,
            thread: Some(thread),
            log,
            description,
            router: None,
        })
    }

    /// The built-in demo building (see [`demo_config`]) with the default home router
    /// ([`router::DemoRouter::Public`]).
    pub fn start_demo() -> io::Result<SimBuilding> {
        Self::start_demo_with(router::DemoRouter::default())
    }

    /// The demo building after its port forwards were removed: the same devices, a router
    /// without forwards (a second visit, for "fixed since last time").
    pub fn start_demo_without_forward() -> io::Result<SimBuilding> {
        Self::start_demo_with(router::DemoRouter::None)
    }

    /// The built-in demo building with a home router of the given kind.
    pub fn start_demo_with(kind: router::DemoRouter) -> io::Result<SimBuilding> {
        let mut b = Self::start(demo_config())?;
        // Without its router the building is still a building: say so and go on.
        b.start_router(kind);
        Ok(b)
    }

    /// Replaces the demo building's home router by one of `kind` (the GUI's choice of demo
    /// router): the old one stops first (its "external" forward frees the KNX port on
    /// 127.0.0.3), then the new one starts; the description's router line follows. Sends
    /// nothing.
    pub fn set_router(&mut self, kind: router::DemoRouter) {
        self.router = None;
        self.description
            .retain(|l| !l.id().is_some_and(|id| id.starts_with(ROUTER_LINE_PREFIX)));
        self.start_router(kind);
    }

    fn start_router(&mut self, kind: router::DemoRouter) {
        // The home router forwards UDP KNX to the first gateway (the secure-capable router).
        let gw = SocketAddrV4::new(Ipv4Addr::new(127, 0, 0, 40), self.scope.knx_port);
        match router::start(kind, gw, self.scope.knx_port, self.scope.bacnet_port) {
            Ok(r) => {
                let line = match kind {
                    router::DemoRouter::Public => Text::new("sim-router-public"),
                    router::DemoRouter::Cgnat => Text::new("sim-router-cgnat"),
                    router::DemoRouter::None => Text::new("sim-router-none"),
                };
                self.description.push(
                    line.arg("ip", r.lan_ip.to_string())
                        .arg("external", r.external_ip.to_string())
                        .arg("port", r.knx_port)
                        .arg("target", gw.to_string()),
                );
                self.router = Some(r);
            }
            Err(e) => self
                .description
                .push(text!("sim-router-failed", error = e.to_string())),
        }
    }

    /// The building's home router, when it has one (the demo building does).
    pub fn router(&self) -> Option<&router::RunningRouter> {
        self.router.as_ref()
    }

    /// Exposure probe options aimed at this building's router only (unicast SSDP, its ports).
    /// Without a router they still name a loopback address, never the machine's real gateway.
    pub fn exposure_options(&self) -> crate::exposure::ExposureOptions {
        match &self.router {
            Some(r) => r.exposure_options(),
            None => crate::exposure::ExposureOptions {
                bind: AUDITOR_IP,
                interface: Some("lo".into()),
                router: Some(router::ROUTER_LAN_IP),
                ssdp_unicast: true,
                knx_port: self.scope.knx_port,
                bacnet_port: self.scope.bacnet_port,
                timeout_s: 3.0,
                ..crate::exposure::ExposureOptions::default()
            },
        }
    }

    /// The scope that finds this building: bind 127.0.0.1, broadcast 127.255.255.255, the
    /// building's ports.
    pub fn scope(&self) -> Scope {
        self.scope.clone()
    }

    /// Every datagram the simulators received so far.
    pub fn received(&self) -> Vec<Received> {
        self.log.lock().map(|l| l.clone()).unwrap_or_default()
    }
}

fn describe(c: &SimConfig) -> Vec<Text> {
    let mut v = Vec::new();
    for h in &c.bacnet_hosts {
        for d in &h.devices {
            let line = if h.bbmd.is_some() {
                Text::new("sim-bacnet-device-bbmd")
            } else {
                Text::new("sim-bacnet-device")
            };
            v.push(
                line.arg("instance", d.instance)
                    .arg("ip", h.ip.to_string())
                    .arg("objects", d.objects.len()),
            );
        }
        if let Some(r) = &h.router {
            for (net, devs) in &r.remote {
                for (mac, d) in devs {
                    v.push(text!(
                        "sim-bacnet-remote",
                        instance = d.instance,
                        network = *net,
                        mac = mac.iter().map(|b| format!("{b:02x}")).collect::<String>(),
                        ip = h.ip.to_string()
                    ));
                }
            }
        }
    }
    for g in &c.gateways {
        v.push(text!(
            "sim-knx-gateway",
            name = g.name.clone(),
            address = g.individual_address.to_string(),
            ip = g.ip.to_string()
        ));
    }
    v
}

/// Units used by the demo (BACnetEngineeringUnits).
mod units {
    pub const DEGREES_CELSIUS: u32 = 62;
    pub const PERCENT_RELATIVE_HUMIDITY: u32 = 29;
    pub const PERCENT: u32 = 98;
    pub const PASCALS: u32 = 53;
}

/// The demo building: an AHU controller with a writable setpoint, two I/O modules with moving
/// sensor values, a router with a VAV controller behind it on network 2 (MS/TP MAC 0x05), a BBMD
/// with a BACnet/SC port, a KNX IP Secure router (Core v2) and a legacy KNX IP interface.
pub fn demo_config() -> SimConfig {
    use units::*;
    let ip = |d: u8| Ipv4Addr::new(127, 0, 0, d);
    let controller = SimDevice::new(1001, "AHU-1 Controller", 5, "FX-PC 3611")
        .set_device_text(
            crate::wire::bacnet::values::prop::LOCATION,
            "Plant room, level -1",
        )
        .broadcasting_i_am()
        .accepting_text_writes()
        .setpoint(1, "AHU-1 Supply Air Setpoint", DEGREES_CELSIUS, 18.0)
        .setpoint(2, "Room 101 Setpoint", DEGREES_CELSIUS, 21.5)
        // An operator override left at priority 8 (manual operator): shown as an occupied slot.
        .commanded_at(
            crate::wire::bacnet::tag::ObjectId::new(2, 1),
            8,
            crate::wire::bacnet::tag::ApplicationValue::Real(16.0),
        )
        .analog_input(1, "AHU-1 Supply Air Temp", DEGREES_CELSIUS, 18.2, 0.6)
        .analog_input(2, "AHU-1 Duct Pressure", PASCALS, 250.0, 15.0)
        .binary_output(1, "AHU-1 Supply Fan")
        .multistate_value(1, "AHU-1 Mode", 2)
        .network_port(1, "BACnet/IP port", 5, Some(0), Some(false));
    let io1 = SimDevice::new(2001, "IO Module Floor 1", 8, "DFM-1616")
        .analog_input(1, "Room 101 Temp", DEGREES_CELSIUS, 21.3, 0.8)
        .analog_input(2, "Room 101 Humidity", PERCENT_RELATIVE_HUMIDITY, 45.0, 4.0)
        .analog_input(3, "Room 102 Temp", DEGREES_CELSIUS, 22.1, 0.7)
        .analog_input(4, "Room 102 CO2 Valve", PERCENT, 30.0, 10.0)
        .binary_input(1, "Room 101 Window Contact", false)
        .binary_input(2, "Room 102 Presence", true)
        .network_port(1, "BACnet/IP port", 5, Some(0), Some(false));
    let io2 = SimDevice::new(2002, "IO Module Floor 2", 8, "DFM-1616")
        .analog_input(1, "Room 201 Temp", DEGREES_CELSIUS, 20.8, 0.9)
        .analog_input(2, "Room 201 Humidity", PERCENT_RELATIVE_HUMIDITY, 48.0, 5.0)
        .binary_input(1, "Room 201 Window Contact", true)
        .network_port(1, "BACnet/IP port", 5, Some(0), Some(false));
    let router_dev = SimDevice::new(3001, "BACnet Router R1", 24, "IP-MSTP Router")
        .network_port(1, "BACnet/IP port", 5, Some(0), Some(false))
        .network_port(2, "MS/TP trunk 2", 2, None, None);
    let vav = SimDevice::new(2205, "VAV-2-05", 24, "VAV Controller")
        .with_max_apdu(480, 3)
        .analog_input(1, "VAV-2-05 Zone Temp", DEGREES_CELSIUS, 22.4, 0.5)
        .setpoint(1, "VAV-2-05 Zone Setpoint", DEGREES_CELSIUS, 22.0)
        .binary_output(1, "VAV-2-05 Reheat");
    let mut router = SimHost::new(ip(20), vec![router_dev]);
    router.router = Some(SimRouter {
        local_network: 1,
        remote: [(2u16, vec![(vec![0x05u8], vav)])].into_iter().collect(),
    });
    let bbmd_dev = SimDevice::new(4001, "BBMD Gateway", 36, "BBMD-SC Hub")
        .network_port(1, "BACnet/IP port", 5, Some(2), Some(true))
        .network_port(2, "BACnet/SC hub port", 11, None, None);
    let mut bbmd = SimHost::new(ip(30), vec![bbmd_dev]);
    bbmd.bbmd = Some(SimBbmd {
        bdt: vec![
            BdtEntry {
                address: SocketAddrV4::new(ip(30), BACNET_PORT),
                mask: Ipv4Addr::BROADCAST,
            },
            BdtEntry {
                address: SocketAddrV4::new(Ipv4Addr::new(198, 18, 7, 1), BACNET_PORT),
                mask: Ipv4Addr::BROADCAST,
            },
        ],
        fdt: vec![FdtEntry {
            address: SocketAddrV4::new(Ipv4Addr::new(198, 51, 100, 23), BACNET_PORT),
            ttl: 60,
            remaining: 75,
        }],
        accept_fd_registrations: true,
    });
    SimConfig {
        bacnet_hosts: vec![
            SimHost::new(ip(10), vec![controller]),
            SimHost::new(ip(11), vec![io1]),
            SimHost::new(ip(12), vec![io2]),
            router,
            bbmd,
        ],
        gateways: vec![
            SimGateway::secure_router(ip(40)),
            SimGateway::legacy_interface(ip(41)),
        ],
        standard_ports: true,
    }
}

/// A building of `devices` BACnet devices with `objects` objects each (for the benchmark),
/// on 127.0.1.0 upward.
pub fn bench_config(devices: u32, objects: u32) -> SimConfig {
    let mut hosts = Vec::new();
    for i in 0..devices {
        let ip = Ipv4Addr::from(u32::from(Ipv4Addr::new(127, 0, 1, 0)) + i);
        let mut d = SimDevice::new(10_000 + i, &format!("Bench Device {i}"), 260, "bench")
            .network_port(1, "BACnet/IP port", 5, Some(0), Some(false));
        // `objects` counts every object but the Device object itself.
        for k in 1..objects {
            d = if k % 3 == 0 {
                d.binary_input(k, &format!("BI {k}"), k % 2 == 0)
            } else {
                d.analog_input(k, &format!("Sensor {k}"), units::DEGREES_CELSIUS, 20.0, 1.0)
            };
        }
        hosts.push(SimHost::new(ip, vec![d]));
    }
    SimConfig {
        bacnet_hosts: hosts,
        gateways: Vec::new(),
        standard_ports: false,
    }
}
