//! Checks: pure functions from what the audit gathered to [`Finding`]s.
//!
//! Every check is registered once in [`REGISTRY`]; [`run_all`] runs them in that order and sorts
//! the findings by severity. A check never touches the network: discovery, the router probes
//! ([`crate::exposure`]), the opt-in write test and the learning watch gather, checks judge.
//!
//! One file per area: `exposure.rs` (the exposure state with its proof: the one judgement of
//! "reachable from the internet" the router checks and the verdict share), `router.rs`
//! (forwards, hairpin, router services), `internet.rs`
//! (InternetDB), `addresses.rs` (public addresses, BBMD tables), `knx.rs`, `bacnet.rs`,
//! `writable.rs` (writable points map, observed writes), `write_test.rs` (the opt-in write
//! test). Checks read only [`crate::inventory`] (every gathered fact) and build
//! [`crate::findings`]; the learning watch turns its model into observed writes itself
//! (`watch::observed`). `docs/CHECKS.md` lists every
//! check_id with its severity and the data it needs.

pub mod addresses;
pub mod bacnet;
mod common;
pub mod exposure;
pub mod internet;
pub mod knx;
pub mod router;
pub mod trust;
pub mod verdict;
pub mod writable;
pub mod write_test;

#[cfg(test)]
mod tests;

use crate::findings::Finding;
use crate::inventory::{ExposureReport, Inventory, ObservedWrite, WriteTestResult};
pub use exposure::{Assessment, ExposureState, assess};
pub use verdict::{Light, Verdict, verdict, verdict_with};

/// Everything the checks judge. Parts that were not gathered are `None` / empty, and checks
/// that need them stay silent (or report "not checked" as info where that matters).
#[derive(Debug, Clone, Default)]
pub struct CheckInput<'a> {
    pub inventory: Option<&'a Inventory>,
    pub exposure: Option<&'a ExposureReport>,
    /// Results of the opt-in active write test.
    pub write_tests: &'a [WriteTestResult],
    /// Writes seen during a learning watch (or a capture).
    pub observed_writes: &'a [ObservedWrite],
}

/// One registered check.
#[derive(Debug, Clone, Copy)]
pub struct Check {
    /// Name of the check function (several check_ids may come from one check).
    pub name: &'static str,
    /// Every check_id this check can emit (a test makes sure each has a remediation text).
    pub ids: &'static [&'static str],
    pub run: fn(&CheckInput<'_>) -> Vec<Finding>,
}

/// Every check, in the order they run.
pub static REGISTRY: &[Check] = &[
    Check {
        name: "router-mappings",
        ids: router::MAPPING_IDS,
        run: router::check_mappings,
    },
    Check {
        name: "router-services",
        ids: router::SERVICE_IDS,
        run: router::check_services,
    },
    Check {
        name: "internetdb",
        ids: internet::IDS,
        run: internet::check_internetdb,
    },
    Check {
        name: "public-addresses",
        ids: addresses::IDS,
        run: addresses::check_addresses,
    },
    Check {
        name: "knx-gateways",
        ids: knx::IDS,
        run: knx::check_gateways,
    },
    Check {
        name: "bacnet-posture",
        ids: bacnet::IDS,
        run: bacnet::check_posture,
    },
    Check {
        name: "bacnet-writable",
        ids: writable::IDS,
        run: writable::check_writable,
    },
    Check {
        name: "write-test",
        ids: write_test::IDS,
        run: write_test::check_write_tests,
    },
    Check {
        name: "trust",
        ids: trust::IDS,
        run: trust::check_trust,
    },
];

/// Every check_id any registered check can emit, in registry order.
pub fn all_ids() -> impl Iterator<Item = &'static str> {
    REGISTRY.iter().flat_map(|c| c.ids.iter().copied())
}

/// Run every registered check; findings sorted by severity (critical first), then check_id,
/// then target.
pub fn run_all(input: &CheckInput<'_>) -> Vec<Finding> {
    let mut out: Vec<Finding> = REGISTRY.iter().flat_map(|c| (c.run)(input)).collect();
    // Targets are texts: sorted by their words in the default language.
    out.sort_by_cached_key(|f| (f.severity, f.check_id.clone(), f.target.to_string()));
    out
}
