//! One KNXnet/IP frame: header, body, DIBs, cEMI. Whatever decodes must emit and decode again.
#![no_main]
use audit_core::wire::knxip;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(frame) = knxip::decode(data) {
        let _ = frame.service_name();
        let _ = frame.gateway_summary();
        let _ = knxip::check_response(&frame);
        let mut out = Vec::new();
        frame.emit(&mut out);
        let _ = knxip::decode(&out);
    }
});
