//! Standard names of BACnet enumerations (ASHRAE 135 clause 21), and the vendor table.
//! Unknown values are never errors: they get a generated name such as `"proprietary-612"`.

pub mod error_code;
pub mod object_type;
pub mod property;
pub mod units;
pub mod vendor;
