//! Per-interval message counts kept as a histogram (count → how many intervals had it), so the
//! memory of a rate model does not grow with the length of the learning period, and the three
//! normal bands of Fauri et al.: min–max, mean ± σ, median ± MAD.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Distinct counts kept per histogram. Above this, a new count joins the nearest kept one:
/// the band moves by less than the gap between neighbouring counts.
pub const MAX_HISTOGRAM_BINS: usize = 512;
/// Scale that makes the MAD of normal data an estimate of its standard deviation.
pub const MAD_SCALE: f64 = 1.4826;
/// Every upper bound lies at least this many messages above the learned centre (an interval
/// may hold one more poll cycle than any interval of the learning period did), and never
/// below the learned maximum.
pub const RATE_SLACK_MIN: f64 = 3.0;
/// ... and at least this fraction of the centre above it.
pub const RATE_SLACK_FRACTION: f64 = 0.2;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum RateMetric {
    /// Upper bound `max × (1 + t)`.
    #[serde(alias = "min-max")]
    Minmax,
    /// Upper bound `mean + t × σ`.
    Mean,
    /// Upper bound `median + c × 1.4826 × MAD`.
    Mad,
}

impl RateMetric {
    pub fn name(self) -> &'static str {
        match self {
            RateMetric::Minmax => "minmax",
            RateMetric::Mean => "mean",
            RateMetric::Mad => "mad",
        }
    }

    /// Default tolerance: 50 % above the maximum, 3 σ above the mean, 5 MADs above the median.
    pub fn default_tolerance(self) -> f64 {
        match self {
            RateMetric::Minmax => 0.5,
            RateMetric::Mean => 3.0,
            RateMetric::Mad => 5.0,
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "minmax" | "min-max" => Some(RateMetric::Minmax),
            "mean" => Some(RateMetric::Mean),
            "mad" | "median" => Some(RateMetric::Mad),
            _ => None,
        }
    }
}

/// Counts per interval: `count → number of intervals`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Histogram {
    bins: BTreeMap<u32, u64>,
}

/// Summary figures of a histogram.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    pub intervals: u64,
    pub max: f64,
    pub mean: f64,
    pub std_dev: f64,
    pub median: f64,
    pub mad: f64,
}

impl Histogram {
    pub fn add(&mut self, count: u32, intervals: u64) {
        if intervals == 0 {
            return;
        }
        let key = if self.bins.len() < MAX_HISTOGRAM_BINS || self.bins.contains_key(&count) {
            count
        } else {
            self.nearest(count)
        };
        *self.bins.entry(key).or_insert(0) += intervals;
    }

    fn nearest(&self, count: u32) -> u32 {
        let below = self.bins.range(..=count).next_back().map(|(k, _)| *k);
        let above = self.bins.range(count..).next().map(|(k, _)| *k);
        match (below, above) {
            (Some(b), Some(a)) if count - b <= a - count => b,
            (_, Some(a)) => a,
            (Some(b), None) => b,
            (None, None) => count,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.bins.is_empty()
    }

    pub fn bins(&self) -> impl Iterator<Item = (u32, u64)> + '_ {
        self.bins.iter().map(|(k, v)| (*k, *v))
    }

    pub fn from_bins(bins: impl IntoIterator<Item = (u32, u64)>) -> Self {
        let mut h = Histogram::default();
        for (c, n) in bins {
            h.add(c, n);
        }
        h
    }

    pub fn summary(&self) -> Option<Summary> {
        let n: u64 = self.bins.values().sum();
        if n == 0 {
            return None;
        }
        let nf = n as f64;
        let max = f64::from(*self.bins.keys().next_back()?);
        let mean = self
            .bins
            .iter()
            .map(|(k, v)| f64::from(*k) * *v as f64)
            .sum::<f64>()
            / nf;
        let var = self
            .bins
            .iter()
            .map(|(k, v)| (f64::from(*k) - mean).powi(2) * *v as f64)
            .sum::<f64>()
            / nf;
        let median = weighted_median(self.bins.iter().map(|(k, v)| (f64::from(*k), *v)), n)?;
        let mut dev: Vec<(f64, u64)> = self
            .bins
            .iter()
            .map(|(k, v)| ((f64::from(*k) - median).abs(), *v))
            .collect();
        dev.sort_by(|a, b| a.0.total_cmp(&b.0));
        let mad = weighted_median(dev.into_iter(), n)?;
        Some(Summary {
            intervals: n,
            max,
            mean,
            std_dev: var.sqrt(),
            median,
            mad,
        })
    }
}

/// Lower median of sorted `(value, weight)` pairs with total weight `n`.
fn weighted_median(sorted: impl Iterator<Item = (f64, u64)>, n: u64) -> Option<f64> {
    let half = n.div_ceil(2);
    let mut seen = 0u64;
    for (v, w) in sorted {
        seen += w;
        if seen >= half {
            return Some(v);
        }
    }
    None
}

/// The learned normal band of one rate: where the metric puts the centre and the upper bound.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Band {
    pub centre: f64,
    pub upper: f64,
}

impl Band {
    pub fn from_summary(s: &Summary, metric: RateMetric, tolerance: f64) -> Band {
        let (centre, raw) = match metric {
            RateMetric::Minmax => (s.max, s.max * (1.0 + tolerance)),
            RateMetric::Mean => (s.mean, s.mean + tolerance * s.std_dev),
            RateMetric::Mad => (s.median, s.median + tolerance * MAD_SCALE * s.mad),
        };
        let slack = RATE_SLACK_MIN.max(RATE_SLACK_FRACTION * centre);
        // Whatever the learning period held is normal by definition: the traffic a model was
        // learned from never alerts against it (a start-up burst of name reads, say).
        Band {
            centre,
            upper: raw.max(centre + slack).max(s.max),
        }
    }

    /// The band of something never seen: nothing but the slack.
    pub fn unseen() -> Band {
        Band {
            centre: 0.0,
            upper: RATE_SLACK_MIN,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_figures_match_the_definitions() {
        // Intervals: 10, 10, 10, 12, 30 → median 10, MAD of |0,0,0,2,20| = 0, mean 14.4.
        let h = Histogram::from_bins([(10, 3), (12, 1), (30, 1)]);
        let s = h.summary().unwrap();
        assert_eq!(s.intervals, 5);
        assert_eq!(s.max, 30.0);
        assert!((s.mean - 14.4).abs() < 1e-9);
        assert_eq!(s.median, 10.0);
        assert_eq!(s.mad, 0.0);
        let var = (3.0 * 4.4f64.powi(2) + 2.4f64.powi(2) + 15.6f64.powi(2)) / 5.0;
        assert!((s.std_dev - var.sqrt()).abs() < 1e-9);
    }

    #[test]
    fn bands_per_metric() {
        let s = Histogram::from_bins([(40, 5), (50, 5)]).summary().unwrap();
        // (metric, tolerance, expected upper)
        let table = [
            (RateMetric::Minmax, 0.5, 75.0),
            (RateMetric::Mean, 3.0, 45.0 + 3.0 * 5.0),
            // median 40, MAD 0: 40 + slack 8 = 48, raised to the learned maximum 50
            (RateMetric::Mad, 5.0, 50.0),
        ];
        for (metric, t, want) in table {
            let b = Band::from_summary(&s, metric, t);
            assert!(
                (b.upper - want).abs() < 1e-9,
                "{metric:?}: {} != {want}",
                b.upper
            );
        }
    }

    #[test]
    fn slack_keeps_sparse_rates_quiet() {
        // A source that sent nothing in most intervals and one message in a few.
        let s = Histogram::from_bins([(0, 50), (1, 3)]).summary().unwrap();
        for m in [RateMetric::Minmax, RateMetric::Mean, RateMetric::Mad] {
            let b = Band::from_summary(&s, m, m.default_tolerance());
            assert!(b.upper >= 3.0, "{m:?}");
            assert!(b.upper < 6.0, "{m:?}");
        }
    }

    #[test]
    fn histogram_memory_is_bounded() {
        let mut h = Histogram::default();
        for c in 0..10_000u32 {
            h.add(c * 3, 1);
        }
        assert_eq!(h.bins().count(), MAX_HISTOGRAM_BINS);
        assert_eq!(h.summary().unwrap().intervals, 10_000);
        // A new count beyond the last kept one joins it.
        h.add(1_000_000, 1);
        assert_eq!(h.bins().count(), MAX_HISTOGRAM_BINS);
    }

    #[test]
    fn metric_names_parse_back() {
        for m in [RateMetric::Minmax, RateMetric::Mean, RateMetric::Mad] {
            assert_eq!(RateMetric::parse(m.name()), Some(m));
        }
        assert_eq!(RateMetric::parse("median-ish"), None);
    }
}
