//! Message rates: messages per (source, service) counted in intervals of the learned length T
//! on two grids shifted by T/2 (a burst shorter than T/2 falls whole into one interval), and
//! compared with the learned upper bound. A source never seen sending the service is compared
//! with the per-service rate of one active source; a service never seen at all with the slack
//! alone. Only rates above the upper bound alert (Fauri et al.: a quiet device is not an
//! attack).

use super::{LearnedRate, ModelIndex, decimal};
use crate::findings::Severity;
use crate::text;
use crate::text::Text;
use crate::watch::alert::{DetectorKind, Draft};
use crate::watch::baseline::{LearnConfig, PhaseClock, TwoPhase};
use crate::watch::keys::{ServiceTable, Slots};
use crate::watch::observation::{Host, Observation};
use crate::watch::stats::Band;

/// Distinct (source, service) keys tracked during detection; beyond, new keys are not rated.
pub const MAX_TRACKED_KEYS: usize = 100_000;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Basis {
    /// The source's own learned rate.
    Own(LearnedRate),
    /// Per active source of this service (the source was never seen sending it).
    PerSource(LearnedRate, u64),
    /// The service was never seen.
    Unseen,
}

impl Basis {
    fn band(&self) -> Band {
        match self {
            Basis::Own(r) | Basis::PerSource(r, _) => r.band,
            Basis::Unseen => Band::unseen(),
        }
    }
}

#[derive(Debug, Clone, Copy)]
struct KeyState {
    bins: TwoPhase,
    basis: Basis,
    /// Interval index per phase already alerted.
    alerted: [Option<i64>; 2],
}

#[derive(Debug)]
pub struct MessageRate {
    clock: PhaseClock,
    interval_s: u32,
    services: ServiceTable,
    keys: Slots<(Host, u16), KeyState>,
    hosts: crate::watch::keys::FastSet<Host>,
    pub untracked: u64,
}

impl MessageRate {
    pub fn new(cfg: &LearnConfig) -> Self {
        Self {
            clock: PhaseClock::new(i64::from(cfg.interval_s.max(1)) * 1_000_000_000),
            interval_s: cfg.interval_s,
            services: ServiceTable::default(),
            keys: Slots::with_cap(MAX_TRACKED_KEYS),
            hosts: crate::watch::keys::FastSet::default(),
            untracked: 0,
        }
    }

    /// Distinct sources seen.
    pub fn sources(&self) -> usize {
        self.hosts.len()
    }

    pub fn service_name(&self, id: u16) -> &'static str {
        self.services.name(id)
    }

    /// Count `o` and check its rate; returns its service's id.
    pub fn check(&mut self, idx: &ModelIndex, o: &Observation, out: &mut Vec<Draft>) -> u16 {
        let sender = o.sender();
        let id = self.services.intern(o.service);
        // A gateway's copies and acknowledgements follow other traffic: the original is rated.
        if o.flags.echo || o.flags.mirror {
            return id;
        }
        let mut is_new = false;
        let packed = (u128::from(o.sender_word()) << 16) | u128::from(id);
        let Some(state) = self.keys.get_or_insert_packed(
            packed,
            || (sender, id),
            || {
                is_new = true;
                KeyState {
                    bins: TwoPhase::default(),
                    basis: basis(idx, sender, o.service),
                    alerted: [None; 2],
                }
            },
        ) else {
            self.untracked += 1;
            return id;
        };
        if is_new && self.hosts.len() < MAX_TRACKED_KEYS {
            self.hosts.insert(sender);
        }
        let indices = self.clock.indices(o.time_ns);
        state.bins.add_at(indices);
        let band = state.basis.band();
        for (p, &idx_now) in indices.iter().enumerate() {
            let count = state.bins.count(p);
            if f64::from(count) <= band.upper || state.alerted.contains(&Some(idx_now)) {
                continue;
            }
            // One alert per burst: mark both grids' current intervals.
            state.alerted = indices.map(Some);
            out.push(draft(idx, o, sender, count, &state.basis, self.interval_s));
            break;
        }
        id
    }
}

fn basis(idx: &ModelIndex, sender: Host, service: &str) -> Basis {
    if let Some(r) = idx.rates.get(&(sender, service.to_owned())) {
        return Basis::Own(*r);
    }
    match idx.services.get(service) {
        Some((r, sources)) => Basis::PerSource(*r, *sources),
        None => Basis::Unseen,
    }
}

fn draft(
    idx: &ModelIndex,
    o: &Observation,
    sender: Host,
    count: u32,
    basis: &Basis,
    interval_s: u32,
) -> Draft {
    let service = o.service;
    let band = basis.band();
    let metric = idx.config.metric.name();
    let figures = |r: &LearnedRate| match r.summary {
        Some(s) => text!(
            "watch-rate-figures",
            metric = metric,
            intervals = s.intervals,
            max = decimal(s.max),
            mean = decimal(s.mean),
            median = decimal(s.median),
            mad = decimal(s.mad)
        ),
        None => text!("watch-rate-no-intervals"),
    };
    let upper = decimal(band.upper.floor());
    let (normal, who) = match basis {
        Basis::Own(r) => (
            text!(
                "watch-rate-normal-own",
                upper = upper.clone(),
                interval = interval_s,
                figures = figures(r)
            ),
            Text::plain(sender.to_string()),
        ),
        Basis::PerSource(r, sources) => (
            text!(
                "watch-rate-normal-per-source",
                centre = decimal(band.centre),
                interval = interval_s,
                upper = upper.clone(),
                sources = *sources,
                period = idx.period_text.clone(),
                figures = figures(r)
            ),
            text!(
                "watch-rate-who-new",
                sender = sender.to_string(),
                service = service,
                period = idx.period_text.clone()
            ),
        ),
        Basis::Unseen => (
            text!(
                "watch-rate-normal-unseen",
                service = service,
                period = idx.period_text.clone(),
                upper = upper.clone(),
                interval = interval_s
            ),
            Text::plain(sender.to_string()),
        ),
    };
    // Raised at the first message over the bound, before the size of the burst is known: the
    // rules (floods, storms, bursts) are the ones that say "high".
    let severity = Severity::Medium;
    Draft {
        detector: DetectorKind::MessageRate,
        rule: None,
        severity,
        key: format!("{sender}|{service}"),
        source: sender.to_string(),
        target: None,
        summary: text!(
            "watch-rate-summary",
            who = who,
            count = count,
            service = service,
            interval = interval_s,
            upper = upper.clone()
        ),
        observed: text!(
            "watch-rate-observed",
            count = count,
            service = service,
            interval = interval_s,
            sender = sender.to_string()
        ),
        normal,
        action: text!(
            "watch-rate-action",
            sender = sender.to_string(),
            service = service,
            hint = hint(service)
        ),
        value: None,
    }
}

fn hint(service: &str) -> Text {
    match service {
        "read-property" | "read-property-multiple" => text!("watch-rate-hint-reads"),
        "who-is" | "who-has" => text!("watch-rate-hint-who-is"),
        "write-property" | "write-property-multiple" | "group-value-write" => {
            text!("watch-rate-hint-writes")
        }
        "i-am" => text!("watch-rate-hint-i-am"),
        _ => text!("watch-rate-hint-other"),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testkit::*;
    use super::*;

    /// A workstation reading 30 times a minute for 20 minutes.
    fn polled() -> ModelIndex {
        let mut l = learner();
        for s in 0..1200 {
            if s % 2 == 0 {
                l.observe(&plain(WS, CTL, "read-property", s));
            }
        }
        index(l)
    }

    fn run(idx: &ModelIndex, obs: &[Observation]) -> Vec<Draft> {
        let mut r = MessageRate::new(&idx.config);
        let mut out = Vec::new();
        for o in obs {
            r.check(idx, o, &mut out);
        }
        out
    }

    #[test]
    fn table_of_rates() {
        let idx = polled();
        let burst = |src: &str, n: usize| -> Vec<Observation> {
            (0..n)
                .map(|i| plain_ms(src, CTL, "read-property", 5000 * 1000 + i as i64 * 100))
                .collect()
        };
        let normal: Vec<Observation> = (0..600)
            .filter(|s| s % 2 == 0)
            .map(|s| plain(WS, CTL, "read-property", 5000 + s))
            .collect();
        // (what, traffic, alerts)
        let table: Vec<(&str, Vec<Observation>, usize)> = vec![
            ("the same polling", normal, 0),
            // median 30 → slack max(3, 6) → upper 36
            ("a poll cycle more", burst(WS, 36), 0),
            ("twice the polling", burst(WS, 60), 1),
            // a new source is compared with one active source's rate: also 36
            ("new source, polite", burst(ATK, 20), 0),
            ("new source snooping", burst(ATK, 90), 1),
        ];
        for (what, obs, want) in table {
            let out = run(&idx, &obs);
            assert_eq!(out.len(), want, "{what}: {out:#?}");
        }
    }

    #[test]
    fn a_burst_across_an_interval_boundary_is_still_seen() {
        let idx = polled();
        // 60 messages from 59.5 s to 60.5 s of some minute: split 30/30 on one grid, whole on
        // the other.
        let start = 6000 * 1000 + 59_500;
        let obs: Vec<Observation> = (0..60)
            .map(|i| plain_ms(WS, CTL, "read-property", start + i * 16))
            .collect();
        assert_eq!(run(&idx, &obs).len(), 1);
    }

    #[test]
    fn a_service_never_seen_gets_only_the_slack_and_explains_it() {
        let idx = polled();
        let obs: Vec<Observation> = (0..5)
            .map(|i| plain(WS, CTL, "who-has", 7000 + i))
            .collect();
        let out = run(&idx, &obs);
        assert_eq!(out.len(), 1);
        assert!(
            out[0].normal.to_string().contains("never seen"),
            "{}",
            out[0].normal
        );
    }

    #[test]
    fn a_flood_alerts_once_and_says_what_it_is() {
        let idx = polled();
        let obs: Vec<Observation> = (0..1000)
            .map(|i| plain_ms(WS, BCAST, "who-is", 8000 * 1000 + i * 2))
            .collect();
        let out = run(&idx, &obs);
        assert_eq!(out.len(), 1);
        assert_eq!(out[0].severity, Severity::Medium);
        assert!(
            out[0].action.to_string().contains("reflection"),
            "{}",
            out[0].action
        );
    }
}
