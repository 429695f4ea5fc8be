//! A whole capture file (pcap or pcapng) through analysis: file format, link layers, IP, UDP,
//! and both protocol stacks.
#![no_main]
use audit_core::analyze;
use libfuzzer_sys::fuzz_target;
use audit_core::job::CancelFlag;

fuzz_target!(|data: &[u8]| {
    let cancel = CancelFlag::new();
    let _ = analyze::analyze_reader(data, "fuzz", Some(data.len() as u64), &|_| {}, &cancel);
});
