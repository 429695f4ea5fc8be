//! Everything a router (or something pretending to be one) sends the router probes: NAT-PMP
//! and PCP answers, SSDP answers, HTTP responses, the UPnP device description and SOAP answers,
//! and the BACnet/KNX answers of the hairpin probe.
#![no_main]
use audit_core::exposure::{hairpin, http, igd, natpmp, pcp, ssdp};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = natpmp::Response::parse(data);
    let _ = pcp::Answer::parse(data);
    let _ = ssdp::parse_answer(data);
    if let Ok(r) = http::parse_response(data) {
        let _ = igd::parse_description(&r.body);
        let _ = igd::parse_soap(r.status, &r.body, "GetGenericPortMappingEntry");
    }
    let _ = igd::parse_description(data);
    let _ = igd::parse_soap(200, data, "GetExternalIPAddress");
    let _ = hairpin::i_am_instance(data);
    let _ = hairpin::bacnet_answer(data, data.first().copied().unwrap_or(0));
    if let Ok(s) = std::str::from_utf8(data) {
        if let Ok(base) = http::parse_url(s) {
            let _ = http::resolve(&base, "/ctl/IPConn");
        }
    }
});
