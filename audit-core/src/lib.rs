//! BAS Audit core library.
//!
//! `wire` knows bytes only (no I/O); `analyze` streams a capture file through the codecs.
//! See ARCHITECTURE.md at the repository root for the map.

pub mod analyze;
pub mod audit;
pub mod capture;
pub mod checks;
pub mod discovery;
pub mod exposure;
pub mod files;
pub mod findings;
pub mod inventory;
pub mod job;
pub mod knx_project;
pub mod net;
pub mod report;
pub mod session;
pub mod sim;
pub mod text;
pub mod watch;
pub mod wire;
pub mod write_test;
