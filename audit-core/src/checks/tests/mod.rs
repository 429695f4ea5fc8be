//! Table-driven tests of the checks: every check triggers on one input and stays silent on
//! another; remediation texts exist for every id; homeowner texts have no jargon.
#![allow(clippy::type_complexity)]

mod addresses;
mod bacnet;
mod exposure;
mod fixtures;
mod internet;
mod knx;
mod net;
mod router;
mod shape;
mod texts;
mod trust;
mod verdict;
mod writable;
mod write_test;
