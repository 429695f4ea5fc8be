//! ETS group-address exports (CSV, XML), project archives (.knxproj) and KNX datapoint values:
//! any bytes give a table, a value or an error, never a panic.
#![no_main]
use audit_core::knx_project;
use audit_core::wire::knxip::apdu::GroupValue;
use audit_core::wire::knxip::dpt::Dpt;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = knx_project::parse_export(data, "fuzz");
    let _ = knx_project::knxproj::read_archive(std::io::Cursor::new(data), "fuzz");
    if let [main, sub, rest @ ..] = data {
        let dpt = Dpt::new(u16::from(*main % 32), u16::from(*sub));
        for v in [GroupValue::Short(*sub), GroupValue::Long(rest.to_vec())] {
            if let Ok(d) = dpt.decode(&v) {
                let _ = d.to_string();
                let _ = d.number();
            }
        }
    }
});
