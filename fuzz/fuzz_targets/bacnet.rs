//! The whole BACnet stack on one datagram: BVLC → NPDU → network message | APDU → service body.
//! Whatever decodes must also emit and decode again without panicking.
#![no_main]
use audit_core::wire::bacnet;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(msg) = bacnet::decode_bip(data) {
        let _ = msg.service_name();
        let _ = msg.i_am();
        let mut out = Vec::new();
        msg.emit(&mut out);
        let _ = bacnet::decode_bip(&out);
    }
    if let Ok(msg) = bacnet::decode_npdu_message(data) {
        let _ = msg.service_name();
        let mut out = Vec::new();
        msg.emit(&mut out);
    }
});
