//! What the opt-in write test (`write_test::run`) found on each device.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct WriteTestResult {
    pub device_instance: u32,
    /// "ip:port" the device was reached at.
    pub address: String,
    /// e.g. `device,1001`.
    pub object: String,
    /// `description` or `location`.
    pub property: String,
    /// `accepted` (the device took an unauthenticated write of the same value and reads it back
    /// unchanged), `refused` (error/reject, e.g. write-access-denied), `differs` (aborted: the
    /// value read back is not the value read before), `no-answer`, `not-tried`.
    pub outcome: String,
    /// The value read before, as text.
    pub before: Option<String>,
    /// The value read after the write, as text.
    pub after: Option<String>,
    /// Error class/code or reject/abort reason, in words, when refused.
    pub error: Option<String>,
    /// Raw WriteProperty request and its answer, hex.
    pub request_hex: Option<String>,
    pub answer_hex: Option<String>,
    pub detail: Option<String>,
}
