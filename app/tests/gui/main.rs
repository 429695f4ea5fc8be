//! GUI tests with egui_kittest: the whole app driven through AccessKit (find by label, click,
//! type), headless, no GPU. One test binary; one file per area; one harness (`harness.rs`).
//! Jobs that send run only against the demo building or test sockets on loopback. Image
//! snapshots only with `--features snapshots`.

mod harness;

mod capture;
mod consent;
mod devices;
mod findings;
mod hostile_text;
mod report;
mod router;
mod sessions;
mod shell;
#[cfg(feature = "snapshots")]
mod snapshots;
mod watch;
mod watch_live;
