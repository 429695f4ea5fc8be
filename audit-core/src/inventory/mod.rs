//! Every fact an audit gathered, typed, in one place: what discovery found (`devices.rs`), what
//! the router said (`exposure.rs`), what the write test found (`write_test.rs`) and writes seen
//! on the wire (`observed.rs`). The gathering modules fill these; `checks/` reads only these
//! (and `findings/`), reports and the GUI show them.
//!
//! Plain data with serde; the JSON is the CLI contract of design §6 (snake_case keys, standard
//! names in kebab-case).

pub mod devices;
pub mod exposure;
pub mod observed;
pub mod trust;
pub mod write_test;

pub use devices::*;
pub use exposure::{
    AddressSource, ExposureReport, HairpinProbe, IgdReport, InternetDbReport, NatPmpReport,
    PcpReport, PortMapping, SimulatedInternet, StunReport,
};
pub use observed::ObservedWrite;
pub use trust::{
    Claim, Claimant, IdentityConflict, LimitHit, MalformedFrom, RefusedSend, TrustFacts,
};
pub use write_test::WriteTestResult;
