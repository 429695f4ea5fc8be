//! The job kernel every active job shares: what a job reports ([`JobEvent`], with its steps as
//! [`Phase`]s), how it is stopped ([`CancelFlag`]), how polite it must be ([`ProbePolicy`] →
//! [`ValidPolicy`]: rate cap, timeouts, retries, error budget), where it may send ([`Scope`]),
//! the state it runs on ([`JobCtx`]: pacer, budget, counters, notes; the one place packets
//! leave) and how a front end runs it ([`run`], [`run_blocking`]).
//!
//! Discovery, the router probes, the write test and the simulators build on this module (the
//! BACnet/IP link that discovery and the write test share is [`bacnet_link`]); none of
//! them reaches into another's internals for it.
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    clippy::unreachable
)]

pub mod bacnet_link;
pub mod cancel;
pub mod ctx;
pub mod events;
pub mod policy;
pub mod run;
pub mod scope;
pub mod socket;
pub mod trust;

pub use cancel::CancelFlag;
pub use ctx::{JobCtx, StopReason};
pub use events::{EventSink, JobEvent, Note, NoteLevel, Phase, SentPacket};
pub use policy::{ProbePolicy, ValidPolicy};
pub use run::{EVENT_CAPACITY, Interrupt, OnInterrupt, run, run_blocking};
pub use scope::{Scope, Target};
pub use trust::{Gate, Refusal, Via};
