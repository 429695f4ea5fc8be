//! Audit sessions: everything one audit produced, saved so that no work is lost.
//!
//! - `model.rs`: [`AuditSession`] (plain serde) and its typed records (user scope, capture
//!   analyses, learning watch); [`FORMAT_VERSION`].
//! - `store.rs`: the folder of saved sessions ([`SessionStore`]) and single files
//!   ([`read_session_file`], [`write_session_file`]): bounded reads, atomic writes, files this
//!   version cannot read refused and left untouched.
//! - `migrate.rs`: older formats brought up to this one when read.

mod migrate;
mod model;
mod store;

pub use migrate::{DeviceRecord, GatewayRecord, InventoryV1, migrate};
pub use model::{
    AuditSession, CaptureAnalysisRecord, FORMAT_VERSION, SessionKind, Site, UserScope, WatchRecord,
};
pub use store::{
    DATA_DIR_ENV, MAX_SESSION_FILE_BYTES, RecentEntry, SessionError, SessionStore,
    default_data_dir, read_session_file, write_session_file,
};
