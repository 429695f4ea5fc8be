//! Where observations come from: a pcap/pcapng file (through `capture::open`,
//! `capture::read_capture`, `capture::frame::dissect` and the codecs), passive UDP sockets (BACnet/IP port 47808 and the
//! KNX multicast group 224.0.23.12:3671; no privileges; they see broadcasts, multicast and
//! traffic to this host), or raw capture on one interface (AF_PACKET through `pnet_datalink`;
//! needs CAP_NET_RAW; sees everything a mirror port delivers).
//!
//! Nothing here sends: the UDP sockets only receive (joining the KNX multicast group makes the
//! kernel send an IGMP membership report, as any KNX tool does), and the raw channel's sending
//! half is dropped unused.

use std::fmt;
use std::io;
use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4, UdpSocket};
use std::path::PathBuf;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::capture::frame::linktype;
use crate::capture::{self, Sink};
use crate::job::CancelFlag;

use super::observation::{FrameCounts, Observation, Observer};

/// BACnet/IP's standard port, the KNXnet/IP port and the KNX routing multicast group.
pub use crate::job::scope::{BACNET_PORT, KNX_MULTICAST, KNX_PORT};
/// Largest datagram read from a socket (BACnet/IP and KNXnet/IP stay far below).
pub const MAX_DATAGRAM: usize = 65_535;
/// How often a live source looks at the cancel flag and the clock.
pub const POLL: Duration = Duration::from_millis(200);
/// Datagrams queued between the socket threads and the observer.
pub const QUEUE: usize = 4096;
/// How close the loopback copy of a frame follows the original.
const LOOPBACK_TWIN: Duration = Duration::from_millis(10);
/// Longest live watch accepted (a week).
pub const MAX_LIVE: Duration = Duration::from_secs(7 * 24 * 3600);

/// What to watch.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WatchSource {
    /// A pcap or pcapng file.
    Pcap(PathBuf),
    /// Live traffic for a while.
    Live { seconds: u64, capture: LiveCapture },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LiveCapture {
    /// Passive UDP sockets on every interface: BACnet/IP on `bacnet_port`, and when `knx` the
    /// KNX multicast group joined on `multicast_interface` (the default route's when `None`).
    /// With `bind`, the sockets are bound to that one address instead of every interface
    /// (BACnet on `bind:bacnet_port`, KNX on `bind:3671` without joining the multicast group):
    /// tests and `--bind` use it to listen on a loopback address only.
    Udp {
        bacnet_port: u16,
        knx: bool,
        multicast_interface: Option<String>,
        #[serde(default)]
        bind: Option<Ipv4Addr>,
    },
    /// Raw capture (AF_PACKET) on this interface.
    Interface(String),
}

impl LiveCapture {
    pub fn udp() -> Self {
        LiveCapture::Udp {
            bacnet_port: BACNET_PORT,
            knx: true,
            multicast_interface: None,
            bind: None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WatchError {
    /// The file or socket could not be opened (or is not a capture).
    Open { what: String, message: String },
    /// Raw capture needs CAP_NET_RAW.
    Permission { interface: String, message: String },
    /// The model file is unreadable or not a model.
    Model(String),
    /// Bad settings.
    Settings(String),
}

impl fmt::Display for WatchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WatchError::Open { what, message } => write!(f, "{what}: {message}"),
            // Says what the permission means and the one way to grant it per install; it is
            // never granted silently (installers/README.md, "Live capture permission").
            WatchError::Permission { interface, message } => write!(
                f,
                "raw capture on {interface} is not permitted ({message}). Capturing everything \
                 an interface sees needs the CAP_NET_RAW capability, which lets a program read \
                 all traffic on this computer's network interfaces; BAS Audit never grants it \
                 by itself. To allow it for every user of this computer: with the Debian \
                 package run `sudo dpkg-reconfigure bas-audit` and answer yes; otherwise run \
                 `sudo setcap cap_net_raw+ep \"$(command -v bas-audit)\"`. Or run this command \
                 as root once, or leave out --interface to listen passively on the BACnet/KNX \
                 UDP ports, which needs no permission"
            ),
            WatchError::Model(m) => write!(f, "model: {m}"),
            WatchError::Settings(m) => f.write_str(m),
        }
    }
}

impl std::error::Error for WatchError {}

/// Where a source is, for progress reports.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct SourceProgress {
    pub counts: FrameCounts,
    /// Bytes of a file read so far, and its size.
    pub bytes_read: u64,
    pub total_bytes: Option<u64>,
    /// Seconds elapsed and planned, for a live source.
    pub elapsed_s: f64,
    pub planned_s: Option<f64>,
}

impl SourceProgress {
    pub fn fraction(&self) -> Option<f64> {
        if let Some(total) = self.total_bytes.filter(|t| *t > 0) {
            return Some((self.bytes_read as f64 / total as f64).min(1.0));
        }
        self.planned_s
            .filter(|p| *p > 0.0)
            .map(|p| (self.elapsed_s / p).min(1.0))
    }
}

/// Receives what a source produces, on the calling thread.
pub trait ObservationSink {
    fn observation(&mut self, o: &Observation);
    /// Called now and then (about every 64 KiB of a file, every [`POLL`] live).
    fn progress(&mut self, p: &SourceProgress);
}

/// How a source ended.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceOutcome {
    pub counts: FrameCounts,
    /// `pcap`, `pcapng`, `udp` or `interface NAME`.
    pub kind: String,
    /// Reading a file stopped early (offset and reason).
    pub read_error: Option<String>,
    pub cancelled: bool,
}

/// Run a source to its end (end of file, time up, or `cancel`).
pub fn run(
    source: &WatchSource,
    cancel: &CancelFlag,
    sink: &mut dyn ObservationSink,
) -> Result<SourceOutcome, WatchError> {
    match source {
        WatchSource::Pcap(path) => run_pcap(path, cancel, sink),
        WatchSource::Live { seconds, capture } => {
            let d = Duration::from_secs(*seconds);
            if d.is_zero() || d > MAX_LIVE {
                return Err(WatchError::Settings(format!(
                    "live duration must be between 1 s and {} s",
                    MAX_LIVE.as_secs()
                )));
            }
            match capture {
                LiveCapture::Udp {
                    bacnet_port,
                    knx,
                    multicast_interface,
                    bind,
                } => run_udp(
                    d,
                    UdpPlan {
                        bacnet_port: *bacnet_port,
                        knx: *knx,
                        multicast_interface: multicast_interface.as_deref(),
                        bind: *bind,
                    },
                    cancel,
                    sink,
                ),
                LiveCapture::Interface(name) => run_raw(name, d, cancel, sink),
            }
        }
    }
}

// ---- capture files ----

/// Runs on the caller's thread: dissects, decodes and hands each observation on at once.
struct DirectSink<'a> {
    observer: Observer,
    /// Reused for every frame (a frame yields none, one, or a few observations).
    buf: Vec<Observation>,
    sink: &'a mut dyn ObservationSink,
    bytes_read: &'a std::cell::Cell<u64>,
    reported: u64,
    total: u64,
}

impl DirectSink<'_> {
    fn progress(&mut self) {
        self.reported = self.bytes_read.get();
        self.sink.progress(&SourceProgress {
            counts: self.observer.counts,
            bytes_read: self.reported,
            total_bytes: Some(self.total),
            ..SourceProgress::default()
        });
    }
}

impl Sink for DirectSink<'_> {
    fn frame(&mut self, linktype: u32, ts_ns: Option<i64>, data: &[u8]) {
        self.observer.frame(linktype, ts_ns, data, &mut self.buf);
        // By reference, then cleared: moving each (large) observation out cost a copy.
        for o in &self.buf {
            self.sink.observation(o);
        }
        self.buf.clear();
        if self.bytes_read.get() != self.reported {
            self.progress();
        }
    }

    fn unreadable_frame(&mut self, _layer: &'static str, _what: &'static str) {
        self.observer.counts.packets += 1;
        self.observer.counts.other += 1;
    }

    fn frames(&self) -> u64 {
        self.observer.counts.packets
    }
}

/// Read a capture file on the calling thread. (A reading thread that handed batches of
/// observations to the caller's thread cost more CPU than it saved: moving the observations
/// between threads and freeing them on the other one (glibc arena lock contention) outweighed
/// the overlap, and the wall time was no shorter.)
fn run_pcap(
    path: &std::path::Path,
    cancel: &CancelFlag,
    sink: &mut dyn ObservationSink,
) -> Result<SourceOutcome, WatchError> {
    let name = path.display().to_string();
    let capture::CaptureFile { file, size: total } =
        capture::open(path).map_err(|message| WatchError::Open {
            what: name.clone(),
            message,
        })?;
    let bytes_read = std::cell::Cell::new(0u64);
    let mut ds = DirectSink {
        observer: Observer::default(),
        buf: Vec::new(),
        sink,
        bytes_read: &bytes_read,
        reported: 0,
        total,
    };
    let mut on_progress = |bytes: u64, _frames: u64| bytes_read.set(bytes);
    let result = capture::read_capture(
        file,
        capture::pcap::INITIAL_BUFFER,
        &mut ds,
        &mut on_progress,
        cancel,
    );
    if let Ok(o) = &result {
        bytes_read.set(o.bytes_read);
    }
    ds.progress();
    let counts = ds.observer.counts;
    let outcome = result.map_err(|e| WatchError::Open {
        what: name.clone(),
        message: if e.offset > 0 {
            format!("{} (at byte {})", e.message, e.offset)
        } else {
            e.message
        },
    })?;
    Ok(SourceOutcome {
        counts,
        kind: outcome.format.name().to_owned(),
        read_error: outcome
            .read_error
            .map(|(offset, m)| format!("reading stopped at byte {offset}: {m}")),
        cancelled: outcome.cancelled,
    })
}

// ---- live ----

fn now_ns() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_nanos()).unwrap_or(i64::MAX))
}

enum Datagram {
    Bacnet(i64, SocketAddrV4, Vec<u8>),
    Knx(i64, SocketAddrV4, Vec<u8>),
}

fn reuse_socket(at: SocketAddrV4) -> io::Result<socket2::Socket> {
    use socket2::{Domain, Protocol, Socket, Type};
    let s = Socket::new(Domain::IPV4, Type::DGRAM, Some(Protocol::UDP))?;
    s.set_reuse_address(true)?;
    s.set_reuse_port(true)?;
    s.bind(&SocketAddr::V4(at).into())?;
    s.set_read_timeout(Some(POLL))?;
    Ok(s)
}

/// The first IPv4 address of an interface, for joining multicast on it.
pub fn interface_ipv4(name: &str) -> Option<Ipv4Addr> {
    pnet_datalink::interfaces()
        .into_iter()
        .find(|i| i.name == name)?
        .ips
        .iter()
        .find_map(|ip| match ip.ip() {
            std::net::IpAddr::V4(v4) => Some(v4),
            std::net::IpAddr::V6(_) => None,
        })
}

fn spawn_reader(
    socket: UdpSocket,
    knx: bool,
    stop: CancelFlag,
    tx: mpsc::SyncSender<Datagram>,
) -> thread::JoinHandle<()> {
    thread::spawn(move || {
        let mut buf = vec![0u8; MAX_DATAGRAM];
        while !stop.is_cancelled() {
            match socket.recv_from(&mut buf) {
                Ok((n, SocketAddr::V4(from))) => {
                    let data = buf.get(..n).unwrap_or_default().to_vec();
                    let d = if knx {
                        Datagram::Knx(now_ns(), from, data)
                    } else {
                        Datagram::Bacnet(now_ns(), from, data)
                    };
                    // A full queue drops the datagram rather than stall the socket.
                    let _ = tx.try_send(d);
                }
                Ok(_) => {}
                Err(e)
                    if matches!(
                        e.kind(),
                        io::ErrorKind::WouldBlock
                            | io::ErrorKind::TimedOut
                            | io::ErrorKind::Interrupted
                    ) => {}
                Err(_) => break,
            }
        }
    })
}

/// Where the passive UDP source listens.
struct UdpPlan<'a> {
    bacnet_port: u16,
    knx: bool,
    multicast_interface: Option<&'a str>,
    bind: Option<Ipv4Addr>,
}

fn run_udp(
    duration: Duration,
    plan: UdpPlan<'_>,
    cancel: &CancelFlag,
    sink: &mut dyn ObservationSink,
) -> Result<SourceOutcome, WatchError> {
    let open = |what: String| {
        move |e: io::Error| WatchError::Open {
            what: what.clone(),
            message: match e.kind() {
                io::ErrorKind::AddrInUse => format!(
                    "{e} (another program holds the port \
                     without SO_REUSEPORT)"
                ),
                _ => e.to_string(),
            },
        }
    };
    let UdpPlan {
        bacnet_port,
        knx,
        multicast_interface,
        bind,
    } = plan;
    let ip = bind.unwrap_or(Ipv4Addr::UNSPECIFIED);
    let bacnet = reuse_socket(SocketAddrV4::new(ip, bacnet_port))
        .map_err(open(format!("UDP {ip}:{bacnet_port}")))?;
    // Bound to one address, every BACnet datagram was sent to it.
    let to = bind.and(bacnet.local_addr().ok().and_then(|a| a.as_socket_ipv4()));
    let mut sockets = vec![(UdpSocket::from(bacnet), false)];
    if knx {
        let s = reuse_socket(SocketAddrV4::new(ip, KNX_PORT))
            .map_err(open(format!("UDP {ip}:{KNX_PORT}")))?;
        // Bound to one address, the socket hears KNXnet/IP sent to that address only; the
        // multicast group is joined only when listening on every interface.
        if bind.is_none() {
            let iface = match multicast_interface {
                Some(name) => interface_ipv4(name).ok_or_else(|| WatchError::Open {
                    what: format!("interface {name}"),
                    message: "not found or has no IPv4 address".to_owned(),
                })?,
                None => Ipv4Addr::UNSPECIFIED,
            };
            s.join_multicast_v4(&KNX_MULTICAST, &iface)
                .map_err(open(format!("KNX multicast group {KNX_MULTICAST}")))?;
        }
        sockets.push((UdpSocket::from(s), true));
    }
    let stop = CancelFlag::new();
    let (tx, rx) = mpsc::sync_channel(QUEUE);
    let handles: Vec<_> = sockets
        .into_iter()
        .map(|(s, k)| spawn_reader(s, k, stop.clone(), tx.clone()))
        .collect();
    drop(tx);
    let mut observer = Observer::default();
    let start = Instant::now();
    let mut cancelled = false;
    let mut last_progress = Instant::now();
    loop {
        if cancel.is_cancelled() {
            cancelled = true;
            break;
        }
        if start.elapsed() >= duration {
            break;
        }
        match rx.recv_timeout(POLL) {
            Ok(Datagram::Bacnet(t, from, data)) => {
                let o = observer.bacnet_datagram_to(t, from, to, &data);
                sink.observation(&o);
            }
            Ok(Datagram::Knx(t, from, data)) => {
                let o = observer.knx_datagram(t, from, &data);
                sink.observation(&o);
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
        if last_progress.elapsed() >= POLL {
            last_progress = Instant::now();
            sink.progress(&live_progress(&observer, start, duration));
        }
    }
    stop.cancel();
    for h in handles {
        let _ = h.join();
    }
    sink.progress(&live_progress(&observer, start, duration));
    Ok(SourceOutcome {
        counts: observer.counts,
        kind: "udp".to_owned(),
        read_error: None,
        cancelled,
    })
}

fn live_progress(observer: &Observer, start: Instant, planned: Duration) -> SourceProgress {
    SourceProgress {
        counts: observer.counts,
        elapsed_s: start.elapsed().as_secs_f64(),
        planned_s: Some(planned.as_secs_f64()),
        ..SourceProgress::default()
    }
}

fn run_raw(
    name: &str,
    duration: Duration,
    cancel: &CancelFlag,
    sink: &mut dyn ObservationSink,
) -> Result<SourceOutcome, WatchError> {
    let iface = pnet_datalink::interfaces()
        .into_iter()
        .find(|i| i.name == name)
        .ok_or_else(|| WatchError::Open {
            what: format!("interface {name}"),
            message: "no such interface (see `ip link`)".to_owned(),
        })?;
    let config = pnet_datalink::Config {
        read_timeout: Some(POLL),
        promiscuous: true,
        ..pnet_datalink::Config::default()
    };
    let mut rx = match pnet_datalink::channel(&iface, config) {
        Ok(pnet_datalink::Channel::Ethernet(_tx, rx)) => rx,
        Ok(_) => {
            return Err(WatchError::Open {
                what: format!("interface {name}"),
                message: "not an Ethernet-like interface".to_owned(),
            });
        }
        Err(e) if e.kind() == io::ErrorKind::PermissionDenied || e.raw_os_error() == Some(1) => {
            return Err(WatchError::Permission {
                interface: name.to_owned(),
                message: e.to_string(),
            });
        }
        Err(e) => {
            return Err(WatchError::Open {
                what: format!("interface {name}"),
                message: e.to_string(),
            });
        }
    };
    // On a loopback interface AF_PACKET delivers every frame twice (outgoing and incoming);
    // libpcap drops the outgoing copy by its packet type, which pnet does not expose, so an
    // identical frame right after its twin is skipped there.
    let loopback = iface.is_loopback();
    let mut previous: (Vec<u8>, Option<Instant>) = (Vec::new(), None);
    let mut observer = Observer::default();
    let mut scratch = Vec::new();
    let start = Instant::now();
    let mut last_progress = Instant::now();
    let mut cancelled = false;
    loop {
        if cancel.is_cancelled() {
            cancelled = true;
            break;
        }
        if start.elapsed() >= duration {
            break;
        }
        match rx.next() {
            Ok(frame) => {
                if loopback {
                    let twin = previous.0 == frame
                        && previous.1.is_some_and(|t| t.elapsed() < LOOPBACK_TWIN);
                    previous = (frame.to_vec(), Some(Instant::now()));
                    if twin {
                        previous.1 = None;
                        continue;
                    }
                }
                scratch.clear();
                observer.frame(linktype::ETHERNET, Some(now_ns()), frame, &mut scratch);
                for o in &scratch {
                    sink.observation(o);
                }
            }
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::TimedOut
                        | io::ErrorKind::WouldBlock
                        | io::ErrorKind::Interrupted
                ) => {}
            Err(e) => {
                return Err(WatchError::Open {
                    what: format!("interface {name}"),
                    message: format!("capture failed: {e}"),
                });
            }
        }
        if last_progress.elapsed() >= POLL {
            last_progress = Instant::now();
            sink.progress(&live_progress(&observer, start, duration));
        }
    }
    sink.progress(&live_progress(&observer, start, duration));
    Ok(SourceOutcome {
        counts: observer.counts,
        kind: format!("interface {name}"),
        read_error: None,
        cancelled,
    })
}
