//! The shared state of one running job and the one place its packets leave: [`JobCtx::send`]
//! waits for the pacer, sends, counts and reports the packet. Discovery, the router probes and
//! the write test each run on a `JobCtx`; no other code calls `send_to`.

use std::collections::{BTreeMap, HashMap};
use std::net::{Ipv4Addr, SocketAddrV4};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use tokio::net::UdpSocket;

use super::cancel::CancelFlag;
use super::events::{EventSink, JobEvent, Note, Phase, SentPacket};
use super::policy::{ErrorBudget, Pacer, PacerTurn, ValidPolicy};
use super::socket::MAX_DATAGRAM;
use super::trust::{Gate, Via};
use crate::text;
use crate::text::Text;

/// Notes kept per job; more are still sent as events but not stored.
pub const MAX_NOTES: usize = 1000;
/// Send errors kept per job (in words).
pub const MAX_SEND_ERRORS: usize = 100;
/// Failed attempts one address may spend from the job's error budget. A peer that never
/// answers costs its own requests' time, but cannot exhaust the budget (and so stop the job)
/// for everyone else: its further failures are counted, not spent.
pub const MAX_ERRORS_PER_ADDRESS: u32 = 12;
/// Addresses whose failures are tracked one by one; beyond, failures are spent as before.
const MAX_TRACKED_ADDRESSES: usize = 4096;

/// Why a job ended early.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StopReason {
    Cancelled,
    ErrorBudget,
    /// The job's time budget ([`crate::job::ProbePolicy::time_budget_s`]) ran out.
    TimeBudget,
}

impl StopReason {
    pub fn name(self) -> &'static str {
        match self {
            StopReason::Cancelled => "cancelled",
            StopReason::ErrorBudget => "error-budget-exhausted",
            StopReason::TimeBudget => "time-budget-exhausted",
        }
    }
}

/// Keep the first reason a job stopped for; a user's cancel that came first wins.
fn record_stop(slot: &Mutex<Option<StopReason>>, cancel: &CancelFlag, reason: StopReason) {
    if let Ok(mut r) = slot.lock() {
        let reason = if cancel.is_cancelled() {
            StopReason::Cancelled
        } else {
            reason
        };
        r.get_or_insert(reason);
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
    /// The caller's flag (`stop` is its child): tells a user's cancel from the error budget.
    cancel: CancelFlag,
    /// Where this job may send (discovery has one; `None`: the job checks its own addresses).
    pub gate: Option<Arc<Gate>>,
    started: Instant,
    /// When the time budget runs out.
    deadline: Instant,
    sent: AtomicU64,
    received: AtomicU64,
    estimate: AtomicU64,
    sent_by_service: Mutex<BTreeMap<String, u64>>,
    notes: Mutex<Vec<Note>>,
    stop_reason: Arc<Mutex<Option<StopReason>>>,
    send_errors: Mutex<Vec<String>>,
    errors_by_address: Mutex<HashMap<Ipv4Addr, u32>>,
    /// Failures not spent because their address had spent its share.
    errors_not_spent: AtomicU64,
    /// Ends the time-budget timer when the job is over.
    timer_off: CancelFlag,
}

impl Drop for JobCtx {
    fn drop(&mut self) {
        self.timer_off.cancel();
    }
}

impl JobCtx {
    /// A job under `policy`, reporting on `events`, stopped by `cancel` (or by its own budget).
    /// The time budget starts now: inside a tokio runtime a timer stops the job when it runs
    /// out (outside one, [`JobCtx::stopped`] still notices it).
    pub fn new(policy: ValidPolicy, events: EventSink, cancel: &CancelFlag) -> Self {
        let started = Instant::now();
        let deadline = started + policy.time_budget();
        let stop = cancel.child();
        let stop_reason = Arc::new(Mutex::new(None));
        let timer_off = CancelFlag::new();
        if let Ok(rt) = tokio::runtime::Handle::try_current() {
            let (stop, reason, cancel, off) = (
                stop.clone(),
                stop_reason.clone(),
                cancel.clone(),
                timer_off.clone(),
            );
            rt.spawn(async move {
                tokio::select! {
                    () = tokio::time::sleep_until(deadline.into()) => {
                        record_stop(&reason, &cancel, StopReason::TimeBudget);
                        stop.cancel();
                    }
                    () = stop.cancelled() => {}
                    () = off.cancelled() => {}
                }
            });
        }
        Self {
            pacer: Pacer::new(&policy),
            budget: ErrorBudget::new(policy.error_budget()),
            policy,
            stop,
            events,
            cancel: cancel.clone(),
            gate: None,
            started,
            deadline,
            sent: AtomicU64::new(0),
            received: AtomicU64::new(0),
            estimate: AtomicU64::new(0),
            sent_by_service: Mutex::new(BTreeMap::new()),
            notes: Mutex::new(Vec::new()),
            stop_reason,
            send_errors: Mutex::new(Vec::new()),
            errors_by_address: Mutex::new(HashMap::new()),
            errors_not_spent: AtomicU64::new(0),
            timer_off,
        }
    }

    /// This job sends only what `gate` permits.
    #[must_use]
    pub fn with_gate(mut self, gate: Gate) -> Self {
        self.gate = Some(Arc::new(gate));
        self
    }

    /// When the time budget runs out.
    pub fn deadline(&self) -> Instant {
        self.deadline
    }

    pub fn elapsed_s(&self) -> f64 {
        self.started.elapsed().as_secs_f64()
    }

    pub fn stopped(&self) -> bool {
        if !self.stop.is_cancelled() && Instant::now() >= self.deadline {
            self.stop_with(StopReason::TimeBudget);
        }
        self.stop.is_cancelled()
    }

    /// Stop the job. The first reason given is kept; a user's cancel that came first wins.
    pub fn stop_with(&self, reason: StopReason) {
        record_stop(&self.stop_reason, &self.cancel, reason);
        self.stop.cancel();
    }

    pub fn stop_reason(&self) -> Option<StopReason> {
        let recorded = self.stop_reason.lock().ok().and_then(|r| *r);
        recorded.or_else(|| self.cancel.is_cancelled().then_some(StopReason::Cancelled))
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

    /// One attempt to `ip` failed: spent from the budget while that address has spent less
    /// than [`MAX_ERRORS_PER_ADDRESS`], counted only after that. `false` when the job stopped.
    pub fn spend_error_for(&self, ip: Ipv4Addr) -> bool {
        let share_left = self.errors_by_address.lock().is_ok_and(|mut m| {
            let tracked = m.len();
            match m.get_mut(&ip) {
                Some(n) => {
                    *n = n.saturating_add(1);
                    *n <= MAX_ERRORS_PER_ADDRESS
                }
                None if tracked < MAX_TRACKED_ADDRESSES => {
                    m.insert(ip, 1);
                    true
                }
                None => true,
            }
        });
        if share_left {
            self.spend_error()
        } else {
            self.errors_not_spent.fetch_add(1, Ordering::Relaxed);
            !self.stopped()
        }
    }

    /// Failed attempts of addresses that had spent their share of the error budget.
    pub fn errors_not_spent(&self) -> u64 {
        self.errors_not_spent.load(Ordering::Relaxed)
    }

    /// Failed attempts per address, most first (for naming a peer that never answers).
    pub fn errors_by_address(&self) -> Vec<(Ipv4Addr, u32)> {
        let mut v: Vec<(Ipv4Addr, u32)> = self
            .errors_by_address
            .lock()
            .map(|m| m.iter().map(|(a, n)| (*a, *n)).collect())
            .unwrap_or_default();
        v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        v
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

    /// Tell the user something: kept for the result (at most [`MAX_NOTES`]) and sent as an
    /// event.
    pub async fn note(&self, note: Note) {
        if let Ok(mut n) = self.notes.lock()
            && n.len() < MAX_NOTES
        {
            n.push(note.clone());
        }
        self.events.emit(JobEvent::Note(note)).await;
    }

    /// [`JobCtx::note`], unless a note with the same code and message was given already (a
    /// socket that fails the same way for every packet is said once).
    pub async fn note_once(&self, note: Note) {
        let seen = self.notes.lock().is_ok_and(|n| {
            n.iter()
                .any(|x| x.code == note.code && x.message == note.message)
        });
        if !seen {
            self.note(note).await;
        }
    }

    pub async fn phase(&self, name: Phase, detail: impl Into<Text>) {
        self.events.phase(name, detail).await;
    }

    /// Wait for the next slot under the rate cap; `None` when the job is stopping.
    pub async fn turn(&self) -> Option<PacerTurn<'_>> {
        self.pacer.turn(&self.stop).await
    }

    /// Count and report one packet or request that was handed to the kernel.
    pub async fn sent(&self, dest: SocketAddrV4, protocol: &str, service: &str, bytes: usize) {
        let t_s = self.elapsed_s();
        self.sent.fetch_add(1, Ordering::SeqCst);
        if let Ok(mut m) = self.sent_by_service.lock() {
            *m.entry(service.to_owned()).or_default() += 1;
        }
        let time_ms = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
            .unwrap_or(0);
        self.events
            .emit(JobEvent::PacketSent(SentPacket {
                time_ms,
                t_s,
                destination: dest.to_string(),
                protocol: protocol.to_owned(),
                service: service.to_owned(),
                bytes,
            }))
            .await;
    }

    /// Wait for the pacer, send, report. `None` when the job stopped before its turn (or its
    /// time ran out).
    async fn paced_send(
        &self,
        sock: &UdpSocket,
        dest: SocketAddrV4,
        bytes: &[u8],
        protocol: &str,
        service: &str,
    ) -> Option<std::io::Result<()>> {
        if self.stopped() {
            return None;
        }
        let turn = self.turn().await?;
        let result = sock.send_to(bytes, dest).await;
        drop(turn);
        Some(match result {
            Ok(_) => {
                self.sent(dest, protocol, service, bytes.len()).await;
                Ok(())
            }
            Err(e) => Err(e),
        })
    }

    /// Send one datagram under the rate cap and report it; `Err` in words when the job is
    /// stopping or the kernel refused it. Nothing is counted against the error budget.
    pub async fn try_send(
        &self,
        sock: &UdpSocket,
        dest: SocketAddrV4,
        bytes: &[u8],
        protocol: &str,
        service: &str,
    ) -> Result<(), String> {
        match self.paced_send(sock, dest, bytes, protocol, service).await {
            Some(Ok(())) => Ok(()),
            Some(Err(e)) => Err(format!("{service} to {dest} not sent: {e}")),
            None => Err("cancelled".to_owned()),
        }
    }

    /// Send one datagram to one host under the rate cap and report it. `false` when the job is
    /// stopping, the trust gate refuses the address (counted by the gate, said once in a note,
    /// never sent), or the kernel refused the packet (a warning note, counted against the error
    /// budget).
    pub async fn send(
        &self,
        sock: &UdpSocket,
        dest: SocketAddrV4,
        bytes: &[u8],
        protocol: &str,
        service: &str,
    ) -> bool {
        self.send_via(sock, dest, bytes, protocol, service, Via::Unicast)
            .await
    }

    /// [`JobCtx::send`] to the scope's own subnet broadcast or KNX multicast group (the only
    /// broadcast and multicast destinations a gated job may use).
    pub async fn send_broadcast(
        &self,
        sock: &UdpSocket,
        dest: SocketAddrV4,
        bytes: &[u8],
        protocol: &str,
        service: &str,
    ) -> bool {
        self.send_via(sock, dest, bytes, protocol, service, Via::Broadcast)
            .await
    }

    async fn send_via(
        &self,
        sock: &UdpSocket,
        dest: SocketAddrV4,
        bytes: &[u8],
        protocol: &str,
        service: &str,
        via: Via,
    ) -> bool {
        if let Some(gate) = &self.gate
            && let Err(r) = gate.permit(dest, via)
        {
            self.note_once(Note::warning(
                "send-refused",
                text!(
                    "job-note-send-refused",
                    service = service,
                    destination = dest.to_string(),
                    rule = r.code()
                ),
            ))
            .await;
            return false;
        }
        match self.paced_send(sock, dest, bytes, protocol, service).await {
            None => false,
            Some(Ok(())) => true,
            Some(Err(e)) => {
                if let Ok(mut v) = self.send_errors.lock()
                    && v.len() < MAX_SEND_ERRORS
                {
                    v.push(format!("{service} to {dest} not sent: {e}"));
                }
                let said: Text = text!(
                    "job-note-send-failed",
                    service = service,
                    destination = dest.to_string(),
                    error = e.to_string()
                );
                self.note_once(Note::warning("send-failed", said)).await;
                self.spend_error();
                false
            }
        }
    }

    /// Receive one datagram from `from` until `deadline`; datagrams from anyone else are
    /// counted in `others` and dropped. `None` on timeout or stop.
    pub async fn recv_from(
        &self,
        sock: &UdpSocket,
        from: SocketAddrV4,
        deadline: tokio::time::Instant,
        others: &mut u32,
    ) -> Option<Vec<u8>> {
        let mut buf = vec![0u8; MAX_DATAGRAM];
        loop {
            let r = tokio::select! {
                r = tokio::time::timeout_at(deadline, sock.recv_from(&mut buf)) => r,
                () = self.stop.cancelled() => return None,
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
                        () = self.stop.cancelled() => return None,
                    }
                }
            }
        }
    }
}
