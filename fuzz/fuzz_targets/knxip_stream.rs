//! A KNXnet/IP TCP stream: split into frames by their total length, each decoded and, when it
//! is a gateway response, checked the way discovery and analysis check it.
#![no_main]
use audit_core::wire::knxip;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (frames, _rest) = knxip::split_stream(data);
    for f in frames {
        let _ = knxip::frame_len(f);
        if let Ok(frame) = knxip::decode(f) {
            let _ = knxip::check_response(&frame);
        }
    }
});
