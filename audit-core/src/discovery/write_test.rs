//! The opt-in active write test: read a harmless property (Description or Location), write the
//! same value back, read it again. Never on a commandable property, never NULL; aborts and
//! reports when a value ever differs.

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

/// Run the write test on the given devices (BACnet/IP addresses from discovery), one device at
/// a time under the policy's rate cap. The caller must have the user's explicit consent.
pub async fn run(
    scope: &super::Scope,
    policy: super::ValidPolicy,
    devices: &[crate::inventory::Device],
    events: super::EventSink,
    cancel: super::CancelFlag,
) -> Vec<WriteTestResult> {
    let _ = (scope, &policy, &events, &cancel);
    devices
        .iter()
        .map(|d| WriteTestResult {
            device_instance: d.device_instance,
            address: d.address.clone(),
            outcome: "not-tried".into(),
            detail: Some("the write test is not built yet".into()),
            ..WriteTestResult::default()
        })
        .collect()
}
