//! Writes seen on the wire (a learning watch, a capture), with whether the device accepted
//! them: the proof that turns "writable (not tested)" into "writes confirmed".

use serde::{Deserialize, Serialize};

/// A WriteProperty / WritePropertyMultiple seen on the wire, with whether the device accepted it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ObservedWrite {
    /// Writer "ip:port".
    pub source: String,
    /// Written device "ip:port".
    pub destination: String,
    /// Device instance when known.
    pub device_instance: Option<u32>,
    /// e.g. `analog-value,3`.
    pub object: String,
    /// e.g. `present-value`.
    pub property: String,
    /// A SimpleACK answered the write.
    pub acknowledged: bool,
    pub count: u64,
}
