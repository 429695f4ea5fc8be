//! The probe policy: how fast, how patient and how persistent discovery may be.
//!
//! A [`ProbePolicy`] is what a user or the GUI sets (serde, plain numbers); [`ProbePolicy::validate`]
//! turns it into a [`ValidPolicy`], the only form the job accepts, so that every packet sent goes
//! through one checked value. The [`Pacer`] enforces the packet-rate cap for every socket of a
//! job; the [`ErrorBudget`] stops a job that keeps failing instead of hammering a silent target.

use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use tokio::sync::{Mutex, MutexGuard};
use tokio::time::Instant;

use super::cancel::CancelFlag;

/// Packets per second when nobody says otherwise. bacnet-ops and BAC0 users report that
/// controllers on slow MS/TP trunks behind routers start dropping above a few dozen requests/s.
pub const DEFAULT_RATE: u32 = 20;
/// Allowed range of the rate cap (packets/s).
pub const RATE_RANGE: std::ops::RangeInclusive<u32> = 1..=200;
/// Allowed range of the per-attempt request timeout (seconds).
pub const TIMEOUT_RANGE_S: std::ops::RangeInclusive<f64> = 0.05..=30.0;
/// Allowed range of the listening window after broadcasts/multicasts (seconds).
pub const LISTEN_RANGE_S: std::ops::RangeInclusive<f64> = 0.1..=120.0;
/// Retries after the first attempt.
pub const MAX_RETRIES: u8 = 5;
/// Allowed range of the error budget.
pub const ERROR_BUDGET_RANGE: std::ops::RangeInclusive<u32> = 1..=100_000;
/// Devices interrogated at the same time (each with one request in flight).
pub const PARALLEL_RANGE: std::ops::RangeInclusive<usize> = 1..=64;
/// Replies to one Who-Is above which its range is split and asked again in halves.
pub const SPLIT_THRESHOLD_RANGE: std::ops::RangeInclusive<u32> = 2..=10_000;
/// Objects read per device at most (an object list of 100 000 entries would otherwise cost
/// 100 000 packets at the array-index fallback).
pub const MAX_OBJECTS_RANGE: std::ops::RangeInclusive<u32> = 0..=100_000;
/// Longest a job may run (seconds) when nobody says otherwise: the quarter of an hour an
/// installer gives an audit on site (design §1). Whatever peers claim, a discovery or a check
/// stops here and says what it skipped.
pub const DEFAULT_TIME_BUDGET_S: f64 = 900.0;
/// Allowed range of the time budget (seconds): five seconds to a day.
pub const TIME_BUDGET_RANGE_S: std::ops::RangeInclusive<f64> = 5.0..=86_400.0;

/// What the user sets. Times in seconds so that JSON and the GUI stay plain.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ProbePolicy {
    /// Global cap on packets sent per second, all protocols and destinations together.
    pub rate: u32,
    /// Time to wait for the answer to one confirmed request attempt.
    pub request_timeout_s: f64,
    /// Retries of a confirmed request after the first attempt.
    pub retries: u8,
    /// Wait before the first retry; doubled before each further one.
    pub backoff_s: f64,
    /// Failed attempts (timeouts, refused sends) after which the job stops.
    pub error_budget: u32,
    /// How long to listen for I-Am / search responses after each broadcast or multicast.
    pub listen_s: f64,
    /// Devices interrogated concurrently.
    pub parallel_devices: usize,
    /// I-Am replies to one Who-Is range above which the range is split in two and asked again.
    pub whois_split_threshold: u32,
    /// Objects read per device at most; the object count is still reported in full.
    pub max_objects_per_device: u32,
    /// Register as a foreign device (TTL [`REGISTER_FD_TTL_S`] s) with every BBMD found, to see
    /// whether it accepts registrations from here. Adds a row to the BBMD's foreign device
    /// table for TTL + 30 s, so only with the user's consent; off by default.
    #[serde(default)]
    pub register_foreign_device: bool,
    /// Ask every KNX gateway found once more for its description with the NAT address
    /// 0.0.0.0:0 (answer to the packet's source), to see whether it answers across NAT.
    #[serde(default = "yes")]
    pub nat_description: bool,
    /// Longest the whole job may run, in seconds (`--time-budget`); hostile claims cannot make
    /// it longer. When it runs out the job stops sending and returns what it gathered.
    #[serde(
        default = "default_time_budget",
        skip_serializing_if = "is_default_time_budget"
    )]
    pub time_budget_s: f64,
}

fn default_time_budget() -> f64 {
    DEFAULT_TIME_BUDGET_S
}

/// Saved policies stay as they were unless the budget was changed (older files have none).
fn is_default_time_budget(s: &f64) -> bool {
    *s == DEFAULT_TIME_BUDGET_S
}

fn yes() -> bool {
    true
}

/// Time-to-live of the consented Register-Foreign-Device probe (seconds). The BBMD keeps the
/// row for TTL + 30 s (J.5.2.1); anchors §4.2 asks for at most 60.
pub const REGISTER_FD_TTL_S: u16 = 30;
/// Longest TTL the probe may ever ask for.
pub const REGISTER_FD_TTL_MAX_S: u16 = 60;
const _: () = assert!(REGISTER_FD_TTL_S <= REGISTER_FD_TTL_MAX_S);

impl Default for ProbePolicy {
    fn default() -> Self {
        Self {
            rate: DEFAULT_RATE,
            request_timeout_s: 3.0,
            retries: 2,
            backoff_s: 0.5,
            error_budget: 50,
            listen_s: 3.0,
            parallel_devices: 4,
            whois_split_threshold: 100,
            max_objects_per_device: 2000,
            register_foreign_device: false,
            nat_description: true,
            time_budget_s: DEFAULT_TIME_BUDGET_S,
        }
    }
}

/// Why a policy was refused, in words for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PolicyError(pub String);

impl std::fmt::Display for PolicyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for PolicyError {}

fn check<T: PartialOrd + std::fmt::Display>(
    name: &str,
    v: T,
    range: &std::ops::RangeInclusive<T>,
) -> Result<(), PolicyError> {
    if range.contains(&v) {
        Ok(())
    } else {
        Err(PolicyError(format!(
            "{name} {v} is outside the allowed range {}..={}",
            range.start(),
            range.end()
        )))
    }
}

impl ProbePolicy {
    pub fn validate(&self) -> Result<ValidPolicy, PolicyError> {
        check("rate", self.rate, &RATE_RANGE)?;
        if !self.request_timeout_s.is_finite() {
            return Err(PolicyError("request timeout must be a number".into()));
        }
        check(
            "request timeout (s)",
            self.request_timeout_s,
            &TIMEOUT_RANGE_S,
        )?;
        check("retries", self.retries, &(0..=MAX_RETRIES))?;
        if !self.backoff_s.is_finite() {
            return Err(PolicyError("back-off must be a number".into()));
        }
        check("back-off (s)", self.backoff_s, &(0.0..=10.0))?;
        check("error budget", self.error_budget, &ERROR_BUDGET_RANGE)?;
        if !self.listen_s.is_finite() {
            return Err(PolicyError("listen time must be a number".into()));
        }
        check("listen time (s)", self.listen_s, &LISTEN_RANGE_S)?;
        check("parallel devices", self.parallel_devices, &PARALLEL_RANGE)?;
        check(
            "Who-Is split threshold",
            self.whois_split_threshold,
            &SPLIT_THRESHOLD_RANGE,
        )?;
        check(
            "objects per device",
            self.max_objects_per_device,
            &MAX_OBJECTS_RANGE,
        )?;
        if !self.time_budget_s.is_finite() {
            return Err(PolicyError("time budget must be a number".into()));
        }
        check("time budget (s)", self.time_budget_s, &TIME_BUDGET_RANGE_S)?;
        Ok(ValidPolicy { p: self.clone() })
    }
}

impl ValidPolicy {
    /// The policy of a job that takes only a rate cap and a request timeout (the router probes,
    /// whose options carry the audit's): both clamped into their allowed ranges, a timeout that
    /// is not a number becomes 3 s, everything else is the default.
    pub fn clamped(rate: u32, request_timeout_s: f64) -> ValidPolicy {
        let request_timeout_s = if request_timeout_s.is_finite() {
            request_timeout_s.clamp(*TIMEOUT_RANGE_S.start(), *TIMEOUT_RANGE_S.end())
        } else {
            3.0
        };
        ValidPolicy {
            p: ProbePolicy {
                rate: rate.clamp(*RATE_RANGE.start(), *RATE_RANGE.end()),
                request_timeout_s,
                ..ProbePolicy::default()
            },
        }
    }
}

/// A policy that passed [`ProbePolicy::validate`]; read-only.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ValidPolicy {
    p: ProbePolicy,
}

impl ValidPolicy {
    pub fn settings(&self) -> &ProbePolicy {
        &self.p
    }
    pub fn rate(&self) -> u32 {
        self.p.rate
    }
    pub fn interval(&self) -> Duration {
        Duration::from_secs_f64(1.0 / f64::from(self.p.rate.max(1)))
    }
    pub fn request_timeout(&self) -> Duration {
        Duration::from_secs_f64(self.p.request_timeout_s)
    }
    pub fn retries(&self) -> u8 {
        self.p.retries
    }
    /// Wait before retry number `retry` (1-based): back-off, doubled for each further retry.
    pub fn backoff(&self, retry: u8) -> Duration {
        let factor = 1u32 << u32::from(retry.saturating_sub(1).min(10));
        Duration::from_secs_f64(self.p.backoff_s).saturating_mul(factor)
    }
    pub fn error_budget(&self) -> u32 {
        self.p.error_budget
    }
    pub fn listen(&self) -> Duration {
        Duration::from_secs_f64(self.p.listen_s)
    }
    pub fn parallel_devices(&self) -> usize {
        self.p.parallel_devices
    }
    pub fn whois_split_threshold(&self) -> u32 {
        self.p.whois_split_threshold
    }
    pub fn max_objects_per_device(&self) -> u32 {
        self.p.max_objects_per_device
    }
    pub fn register_foreign_device(&self) -> bool {
        self.p.register_foreign_device
    }
    pub fn nat_description(&self) -> bool {
        self.p.nat_description
    }
    /// Longest the whole job may run.
    pub fn time_budget(&self) -> Duration {
        Duration::from_secs_f64(self.p.time_budget_s)
    }
}

/// Fixed-interval pacer: consecutive packets of a job leave at least `1/rate` apart, measured
/// from the moment the previous one was actually handed to the kernel. Unlike a token bucket it
/// never bursts, so no window of one second ever holds more than `rate` packets.
#[derive(Debug)]
pub struct Pacer {
    interval: Duration,
    last: Mutex<Option<Instant>>,
}

/// Held while one packet is sent; dropping it starts the next interval.
#[derive(Debug)]
pub struct PacerTurn<'a> {
    last: MutexGuard<'a, Option<Instant>>,
}

impl Drop for PacerTurn<'_> {
    fn drop(&mut self) {
        *self.last = Some(Instant::now());
    }
}

impl Pacer {
    pub fn new(policy: &ValidPolicy) -> Self {
        Self::with_interval(policy.interval())
    }

    pub fn with_interval(interval: Duration) -> Self {
        Self {
            interval,
            last: Mutex::new(None),
        }
    }

    pub fn interval(&self) -> Duration {
        self.interval
    }

    /// Wait for this caller's turn to send one packet; `None` if cancelled while waiting.
    pub async fn turn(&self, cancel: &CancelFlag) -> Option<PacerTurn<'_>> {
        let last = tokio::select! {
            g = self.last.lock() => g,
            () = cancel.cancelled() => return None,
        };
        if let Some(prev) = *last {
            let due = prev + self.interval;
            tokio::select! {
                () = tokio::time::sleep_until(due) => {}
                () = cancel.cancelled() => return None,
            }
        }
        if cancel.is_cancelled() {
            return None;
        }
        Some(PacerTurn { last })
    }
}

/// Failed attempts a job may spend before it stops.
#[derive(Debug)]
pub struct ErrorBudget {
    limit: u32,
    spent: AtomicU32,
}

impl ErrorBudget {
    pub fn new(limit: u32) -> Self {
        Self {
            limit,
            spent: AtomicU32::new(0),
        }
    }

    /// Spend one; `false` once the budget is exhausted (this one included).
    pub fn spend(&self) -> bool {
        let before = self.spent.fetch_add(1, Ordering::SeqCst);
        before.saturating_add(1) < self.limit
    }

    pub fn spent(&self) -> u32 {
        self.spent.load(Ordering::SeqCst)
    }

    pub fn exhausted(&self) -> bool {
        self.spent() >= self.limit
    }

    pub fn limit(&self) -> u32 {
        self.limit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_policy_is_valid_and_polite() {
        let v = ProbePolicy::default().validate().unwrap();
        assert_eq!(v.rate(), 20);
        assert_eq!(v.interval(), Duration::from_millis(50));
        assert_eq!(v.backoff(1), Duration::from_millis(500));
        assert_eq!(v.backoff(2), Duration::from_millis(1000));
        assert_eq!(v.backoff(3), Duration::from_millis(2000));
    }

    #[test]
    fn out_of_range_values_are_refused_with_their_name() {
        let bad = [
            ProbePolicy {
                rate: 0,
                ..ProbePolicy::default()
            },
            ProbePolicy {
                rate: 201,
                ..ProbePolicy::default()
            },
            ProbePolicy {
                request_timeout_s: f64::NAN,
                ..ProbePolicy::default()
            },
            ProbePolicy {
                request_timeout_s: 31.0,
                ..ProbePolicy::default()
            },
            ProbePolicy {
                retries: 6,
                ..ProbePolicy::default()
            },
            ProbePolicy {
                error_budget: 0,
                ..ProbePolicy::default()
            },
            ProbePolicy {
                listen_s: 0.0,
                ..ProbePolicy::default()
            },
            ProbePolicy {
                parallel_devices: 0,
                ..ProbePolicy::default()
            },
            ProbePolicy {
                whois_split_threshold: 1,
                ..ProbePolicy::default()
            },
            ProbePolicy {
                time_budget_s: 1.0,
                ..ProbePolicy::default()
            },
            ProbePolicy {
                time_budget_s: f64::INFINITY,
                ..ProbePolicy::default()
            },
        ];
        let names = [
            "rate",
            "rate",
            "timeout",
            "timeout",
            "retries",
            "budget",
            "listen",
            "parallel",
            "split",
            "time budget",
            "time budget",
        ];
        for (p, name) in bad.iter().zip(names) {
            let e = p.validate().unwrap_err();
            assert!(e.0.contains(name), "{e} should name {name}");
        }
    }

    #[test]
    fn consent_switches_default_off_and_nat_on_also_from_old_json() {
        let p = ProbePolicy::default();
        assert!(!p.register_foreign_device);
        assert!(p.nat_description);
        // A policy saved before these switches existed.
        let old: ProbePolicy = serde_json::from_str(r#"{"rate": 5}"#).unwrap();
        assert_eq!(old.rate, 5);
        assert_eq!(old.time_budget_s, DEFAULT_TIME_BUDGET_S);
        assert!(!old.register_foreign_device);
        assert!(old.nat_description);
        let v = ProbePolicy {
            register_foreign_device: true,
            nat_description: false,
            ..ProbePolicy::default()
        }
        .validate()
        .unwrap();
        assert!(v.register_foreign_device());
        assert!(!v.nat_description());
    }

    #[test]
    fn clamped_policies_are_valid() {
        for (rate, timeout) in [(0, f64::NAN), (1000, 99.0), (7, 0.0), (20, 3.0)] {
            let v = ValidPolicy::clamped(rate, timeout);
            assert_eq!(v.settings().validate().unwrap(), v);
        }
        assert_eq!(ValidPolicy::clamped(0, f64::NAN).rate(), 1);
        assert_eq!(
            ValidPolicy::clamped(0, f64::NAN).request_timeout(),
            Duration::from_secs(3)
        );
        assert_eq!(ValidPolicy::clamped(1000, 99.0).rate(), 200);
    }

    #[test]
    fn error_budget_counts_down() {
        let b = ErrorBudget::new(3);
        assert!(b.spend());
        assert!(b.spend());
        assert!(!b.spend());
        assert!(b.exhausted());
        assert_eq!(b.spent(), 3);
    }

    #[tokio::test(start_paused = true)]
    async fn pacer_spaces_turns_and_stops_on_cancel() {
        let p = Pacer::with_interval(Duration::from_millis(100));
        let c = CancelFlag::new();
        let t0 = Instant::now();
        let mut times = Vec::new();
        for _ in 0..5 {
            let turn = p.turn(&c).await.unwrap();
            times.push(Instant::now() - t0);
            drop(turn);
        }
        for w in times.windows(2) {
            assert!(w[1] - w[0] >= Duration::from_millis(100), "{times:?}");
        }
        c.cancel();
        assert!(p.turn(&c).await.is_none());
    }
}
