//! Sockets and the one place packets leave: [`JobCtx::send`] waits for the pacer, sends, counts
//! and reports the packet. No other code in `discovery` calls `send_to`.

use std::collections::BTreeMap;
use std::io;
use std::net::{Ipv4Addr, SocketAddr, SocketAddrV4};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use socket2::{Domain, Protocol, Socket, Type};
use tokio::net::UdpSocket;

use super::cancel::CancelFlag;
use super::events::{DiscoveryEvent, EventSink, Note, SentPacket};
use super::policy::{ErrorBudget, Pacer, ValidPolicy};

/// Receive buffer asked of the kernel: a few hundred I-Am answering one Who-Is at once must not
/// overflow it.
pub const RECV_BUFFER_BYTES: usize = 1 << 20;
/// Largest datagram read (BACnet/IP and KNXnet/IP stay far below).
pub const MAX_DATAGRAM: usize = 2048;

/// Options for a UDP socket.
#[derive(Debug, Clone, Copy, Default)]
pub struct SocketOpts {
    pub reuse_address: bool,
    pub broadcast: bool,
    /// Interface address for outgoing multicast (IP_MULTICAST_IF), loopback on, TTL 1.
    pub multicast_if: Option<Ipv4Addr>,
}

/// Bind a non-blocking UDP socket with the given options (needs a tokio runtime).
pub fn bind_udp(addr: SocketAddrV4, opts: SocketOpts) -> io::Result<UdpSocket> {
    let s = Socket::new(Domain::IPV4, Type::DGRAM, Some(Protocol::UDP))?;
    if opts.reuse_address {
        s.set_reuse_address(true)?;
    }
    if opts.broadcast {
        s.set_broadcast(true)?;
    }
    // Best effort: a smaller buffer only means more loss under a reply storm.
    let _ = s.set_recv_buffer_size(RECV_BUFFER_BYTES);
    if let Some(ifaddr) = opts.multicast_if {
        s.set_multicast_if_v4(&ifaddr)?;
        s.set_multicast_loop_v4(true)?;
        // Discovery stays on the local link; routers must not carry our search further.
        s.set_multicast_ttl_v4(1)?;
    }
    s.set_nonblocking(true)?;
    s.bind(&SocketAddr::V4(addr).into())?;
    UdpSocket::from_std(s.into())
}

/// Join a multicast group on the interface with address `ifaddr` (simulators listen this way).
pub fn join_multicast(sock: &UdpSocket, group: Ipv4Addr, ifaddr: Ipv4Addr) -> io::Result<()> {
    sock.join_multicast_v4(group, ifaddr)
}

pub fn local_v4(sock: &UdpSocket) -> io::Result<SocketAddrV4> {
    match sock.local_addr()? {
        SocketAddr::V4(a) => Ok(a),
        SocketAddr::V6(_) => Err(io::Error::other("IPv6 socket")),
    }
}

/// Why a job ended early.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StopReason {
    Cancelled,
    ErrorBudget,
}

impl StopReason {
    pub fn name(self) -> &'static str {
        match self {
            StopReason::Cancelled => "cancelled",
            StopReason::ErrorBudget => "error-budget-exhausted",
        }
    }
}

/// Shared state of one job: policy, pacer, budget, stop flag, counters, events, notes.
#[derive(Debug)]
pub struct JobCtx {
    pub policy: ValidPolicy,
    pub pacer: Pacer,
    pub budget: ErrorBudget,
    /// Tripped by the user's cancel or by the error budget; every loop watches it.
    pub stop: CancelFlag,
    pub events: EventSink,
    started: Instant,
    sent: AtomicU64,
    received: AtomicU64,
    estimate: AtomicU64,
    sent_by_service: Mutex<BTreeMap<String, u64>>,
    notes: Mutex<Vec<Note>>,
    stop_reason: Mutex<Option<StopReason>>,
    send_errors: Mutex<Vec<String>>,
}

impl JobCtx {
    pub fn new(policy: ValidPolicy, events: EventSink) -> Self {
        Self {
            pacer: Pacer::new(&policy),
            budget: ErrorBudget::new(policy.error_budget()),
            policy,
            stop: CancelFlag::new(),
            events,
            started: Instant::now(),
            sent: AtomicU64::new(0),
            received: AtomicU64::new(0),
            estimate: AtomicU64::new(0),
            sent_by_service: Mutex::new(BTreeMap::new()),
            notes: Mutex::new(Vec::new()),
            stop_reason: Mutex::new(None),
            send_errors: Mutex::new(Vec::new()),
        }
    }

    pub fn elapsed_s(&self) -> f64 {
        self.started.elapsed().as_secs_f64()
    }

    pub fn stopped(&self) -> bool {
        self.stop.is_cancelled()
    }

    pub fn stop_with(&self, reason: StopReason) {
        if let Ok(mut r) = self.stop_reason.lock() {
            r.get_or_insert(reason);
        }
        self.stop.cancel();
    }

    pub fn stop_reason(&self) -> Option<StopReason> {
        self.stop_reason.lock().ok().and_then(|r| *r)
    }

    /// One attempt failed (timeout, refused send). `false` when the budget is now spent and the
    /// job has been stopped.
    pub fn spend_error(&self) -> bool {
        if self.budget.spend() {
            true
        } else {
            self.stop_with(StopReason::ErrorBudget);
            false
        }
    }

    pub fn packets_sent(&self) -> u64 {
        self.sent.load(Ordering::SeqCst)
    }

    pub fn count_received(&self) {
        self.received.fetch_add(1, Ordering::Relaxed);
    }

    pub fn packets_received(&self) -> u64 {
        self.received.load(Ordering::Relaxed)
    }

    pub fn add_estimate(&self, n: u64) -> u64 {
        self.estimate
            .fetch_add(n, Ordering::SeqCst)
            .saturating_add(n)
    }

    pub fn estimate(&self) -> u64 {
        self.estimate.load(Ordering::SeqCst)
    }

    pub fn sent_by_service(&self) -> BTreeMap<String, u64> {
        self.sent_by_service
            .lock()
            .map(|m| m.clone())
            .unwrap_or_default()
    }

    pub fn notes(&self) -> Vec<Note> {
        self.notes.lock().map(|n| n.clone()).unwrap_or_default()
    }

    pub fn send_errors(&self) -> Vec<String> {
        self.send_errors
            .lock()
            .map(|n| n.clone())
            .unwrap_or_default()
    }

    pub async fn note(&self, note: Note) {
        if let Ok(mut n) = self.notes.lock() {
            if n.iter()
                .any(|x| x.code == note.code && x.message == note.message)
            {
                return;
            }
            n.push(note.clone());
        }
        self.events.emit(DiscoveryEvent::Note(note)).await;
    }

    pub async fn phase(&self, name: &str, detail: impl Into<String>) {
        self.events
            .emit(DiscoveryEvent::Phase {
                name: name.to_owned(),
                detail: detail.into(),
            })
            .await;
    }

    /// Send one datagram under the rate cap and report it. `false` when the job is stopping or
    /// the kernel refused the packet (the refusal is counted against the error budget).
    pub async fn send(
        &self,
        sock: &UdpSocket,
        dest: SocketAddrV4,
        bytes: &[u8],
        protocol: &str,
        service: &str,
    ) -> bool {
        let Some(turn) = self.pacer.turn(&self.stop).await else {
            return false;
        };
        let result = sock.send_to(bytes, dest).await;
        drop(turn);
        let t_s = self.elapsed_s();
        match result {
            Ok(_) => {
                self.sent.fetch_add(1, Ordering::SeqCst);
                if let Ok(mut m) = self.sent_by_service.lock() {
                    *m.entry(service.to_owned()).or_default() += 1;
                }
                let time_ms = SystemTime::now()
                    .duration_since(UNIX_EPOCH)
                    .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
                    .unwrap_or(0);
                self.events
                    .emit(DiscoveryEvent::PacketSent(SentPacket {
                        time_ms,
                        t_s,
                        destination: dest.to_string(),
                        protocol: protocol.to_owned(),
                        service: service.to_owned(),
                        bytes: bytes.len(),
                    }))
                    .await;
                true
            }
            Err(e) => {
                let msg = format!("{service} to {dest} not sent: {e}");
                if let Ok(mut v) = self.send_errors.lock()
                    && v.len() < 100
                {
                    v.push(msg.clone());
                }
                self.note(Note::warning("send-failed", msg)).await;
                self.spend_error();
                false
            }
        }
    }
}
