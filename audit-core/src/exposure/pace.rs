//! One pacer, one packet counter and one note list for every router probe, so that the whole
//! exposure job stays under the audit's packet-rate cap and reports every packet it sends.

use std::net::SocketAddrV4;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use tokio::net::UdpSocket;

use crate::discovery::events::{DiscoveryEvent, Note, SentPacket};
use crate::discovery::policy::{Pacer, PacerTurn, RATE_RANGE};
use crate::discovery::{CancelFlag, EventSink};

#[derive(Debug)]
pub struct Ctx {
    pub pacer: Pacer,
    pub events: EventSink,
    pub cancel: CancelFlag,
    pub timeout: Duration,
    t0: Instant,
    sent: AtomicU64,
    notes: Mutex<Vec<String>>,
}

impl Ctx {
    pub fn new(rate: u32, timeout_s: f64, events: EventSink, cancel: CancelFlag) -> Self {
        let rate = rate.clamp(*RATE_RANGE.start(), *RATE_RANGE.end());
        let timeout_s = if timeout_s.is_finite() {
            timeout_s.clamp(0.05, 30.0)
        } else {
            3.0
        };
        Self {
            pacer: Pacer::with_interval(Duration::from_secs_f64(1.0 / f64::from(rate))),
            events,
            cancel,
            timeout: Duration::from_secs_f64(timeout_s),
            t0: Instant::now(),
            sent: AtomicU64::new(0),
            notes: Mutex::new(Vec::new()),
        }
    }

    pub fn stopped(&self) -> bool {
        self.cancel.is_cancelled()
    }

    pub fn packets_sent(&self) -> u64 {
        self.sent.load(Ordering::SeqCst)
    }

    pub fn notes(&self) -> Vec<String> {
        self.notes.lock().map(|n| n.clone()).unwrap_or_default()
    }

    /// Plain-words note: into the report and out as an event.
    pub async fn note(&self, code: &str, warning: bool, message: impl Into<String>) {
        let message = message.into();
        if let Ok(mut n) = self.notes.lock()
            && n.len() < 1000
        {
            n.push(message.clone());
        }
        let note = if warning {
            Note::warning(code, message)
        } else {
            Note::info(code, message)
        };
        self.events.emit(DiscoveryEvent::Note(note)).await;
    }

    /// Wait for the next slot under the rate cap; `None` when cancelled.
    pub async fn turn(&self) -> Option<PacerTurn<'_>> {
        self.pacer.turn(&self.cancel).await
    }

    /// Count and report one packet or request that was handed to the kernel.
    pub async fn sent(&self, dest: SocketAddrV4, protocol: &str, service: &str, bytes: usize) {
        self.sent.fetch_add(1, Ordering::SeqCst);
        let time_ms = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
            .unwrap_or(0);
        self.events
            .emit(DiscoveryEvent::PacketSent(SentPacket {
                time_ms,
                t_s: self.t0.elapsed().as_secs_f64(),
                destination: dest.to_string(),
                protocol: protocol.to_owned(),
                service: service.to_owned(),
                bytes,
            }))
            .await;
    }

    /// Send one datagram under the rate cap and report it; `Err` in words.
    pub async fn send_udp(
        &self,
        sock: &UdpSocket,
        dest: SocketAddrV4,
        bytes: &[u8],
        protocol: &str,
        service: &str,
    ) -> Result<(), String> {
        let turn = self.turn().await.ok_or("cancelled")?;
        let r = sock.send_to(bytes, dest).await;
        drop(turn);
        match r {
            Ok(_) => {
                self.sent(dest, protocol, service, bytes.len()).await;
                Ok(())
            }
            Err(e) => Err(format!("{service} to {dest} not sent: {e}")),
        }
    }

    /// Receive one datagram from `from` until `deadline`; datagrams from anyone else are
    /// counted in `others` and dropped. `None` on timeout or cancel.
    pub async fn recv_from(
        &self,
        sock: &UdpSocket,
        from: SocketAddrV4,
        deadline: tokio::time::Instant,
        others: &mut u32,
    ) -> Option<Vec<u8>> {
        let mut buf = vec![0u8; crate::discovery::transport::MAX_DATAGRAM];
        loop {
            let r = tokio::select! {
                r = tokio::time::timeout_at(deadline, sock.recv_from(&mut buf)) => r,
                () = self.cancel.cancelled() => return None,
            };
            match r {
                Err(_) => return None,
                Ok(Ok((n, std::net::SocketAddr::V4(src)))) if src == from => {
                    return buf.get(..n).map(<[u8]>::to_vec);
                }
                Ok(Ok(_)) => *others = others.saturating_add(1),
                // ICMP errors surface here on some systems: no answer from this target.
                Ok(Err(_)) => {
                    tokio::select! {
                        () = tokio::time::sleep_until(deadline) => return None,
                        () = self.cancel.cancelled() => return None,
                    }
                }
            }
        }
    }
}

pub fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}
