//! Table-driven tests of the checks: every check triggers on one input and stays silent on
//! another; remediation texts exist for every id; homeowner texts have no jargon.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
