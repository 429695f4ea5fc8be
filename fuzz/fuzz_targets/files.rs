//! Files a user may hand over: an audit session (any format version, migrated) and a
//! learning-watch model. Hostile input like the network's: refused with a reason, never a panic.
#![no_main]
use audit_core::session;
use audit_core::watch::Baseline;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = session::session_from_bytes(data, std::path::Path::new("fuzz.json"));
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = Baseline::from_json(text);
    }
});
