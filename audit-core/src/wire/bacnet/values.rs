//! Property identifiers we read and how their values become inventory fields.

/// Max-APDU-length-accepted code we put in requests: 5 = 1476 octets (BACnet/IP's maximum).
pub const OUR_MAX_APDU_CODE: u8 = 5;
pub const OUR_MAX_APDU: usize = 1476;

use crate::wire::bacnet::apdu::{confirmed_service_name, unconfirmed_service_name};
use crate::wire::bacnet::enums::object_type::object_type_name;
use crate::wire::bacnet::tag::{ApplicationValue, BitString, ObjectId, ValueItem, ValueList};

/// Property identifiers (BACnetPropertyIdentifier, clause 21).
pub mod prop {
    pub const APPLICATION_SOFTWARE_VERSION: u32 = 12;
    pub const DESCRIPTION: u32 = 28;
    pub const FIRMWARE_REVISION: u32 = 44;
    pub const LOCATION: u32 = 58;
    pub const MAX_APDU_LENGTH_ACCEPTED: u32 = 62;
    pub const MODEL_NAME: u32 = 70;
    pub const OBJECT_IDENTIFIER: u32 = 75;
    pub const OBJECT_LIST: u32 = 76;
    pub const OBJECT_NAME: u32 = 77;
    pub const OBJECT_TYPE: u32 = 79;
    pub const PRESENT_VALUE: u32 = 85;
    pub const PRIORITY_ARRAY: u32 = 87;
    pub const PROTOCOL_OBJECT_TYPES_SUPPORTED: u32 = 96;
    pub const PROTOCOL_SERVICES_SUPPORTED: u32 = 97;
    pub const PROTOCOL_VERSION: u32 = 98;
    pub const RELINQUISH_DEFAULT: u32 = 104;
    pub const SEGMENTATION_SUPPORTED: u32 = 107;
    pub const STATUS_FLAGS: u32 = 111;
    pub const UNITS: u32 = 117;
    pub const VENDOR_IDENTIFIER: u32 = 120;
    pub const VENDOR_NAME: u32 = 121;
    pub const PROTOCOL_REVISION: u32 = 139;
    pub const DATABASE_REVISION: u32 = 155;
    pub const BACNET_IP_MODE: u32 = 408;
    pub const BBMD_ACCEPT_FD_REGISTRATIONS: u32 = 413;
    pub const NETWORK_TYPE: u32 = 427;
}

/// Object types (BACnetObjectType) the discovery treats specially.
pub mod otype {
    pub const ANALOG_INPUT: u16 = 0;
    pub const ANALOG_OUTPUT: u16 = 1;
    pub const ANALOG_VALUE: u16 = 2;
    pub const BINARY_INPUT: u16 = 3;
    pub const BINARY_OUTPUT: u16 = 4;
    pub const BINARY_VALUE: u16 = 5;
    pub const DEVICE: u16 = 8;
    pub const MULTI_STATE_INPUT: u16 = 13;
    pub const MULTI_STATE_OUTPUT: u16 = 14;
    pub const MULTI_STATE_VALUE: u16 = 19;
    pub const NETWORK_PORT: u16 = 56;
}

/// Error class/code pairs the simulators and the fallbacks use (clause 18).
pub mod err {
    pub const CLASS_OBJECT: u32 = 1;
    pub const CLASS_PROPERTY: u32 = 2;
    pub const CLASS_SERVICES: u32 = 5;
    pub const UNKNOWN_OBJECT: u32 = 31;
    pub const UNKNOWN_PROPERTY: u32 = 32;
    pub const WRITE_ACCESS_DENIED: u32 = 40;
    pub const INVALID_ARRAY_INDEX: u32 = 42;
    pub const PROPERTY_IS_NOT_AN_ARRAY: u32 = 50;
    pub const VALUE_OUT_OF_RANGE: u32 = 37;
    pub const INVALID_DATA_TYPE: u32 = 9;
}

/// Reject and abort reasons (clause 18.8, 18.9).
pub mod reason {
    pub const REJECT_UNRECOGNIZED_SERVICE: u8 = 9;
    pub const ABORT_BUFFER_OVERFLOW: u8 = 1;
    pub const ABORT_SEGMENTATION_NOT_SUPPORTED: u8 = 4;
    pub const ABORT_APDU_TOO_LONG: u8 = 11;
}

/// Properties read from the Device object.
pub const DEVICE_IDENTITY: [u32; 15] = [
    prop::OBJECT_NAME,
    prop::VENDOR_IDENTIFIER,
    prop::VENDOR_NAME,
    prop::MODEL_NAME,
    prop::FIRMWARE_REVISION,
    prop::APPLICATION_SOFTWARE_VERSION,
    prop::DESCRIPTION,
    prop::LOCATION,
    prop::PROTOCOL_VERSION,
    prop::PROTOCOL_REVISION,
    prop::PROTOCOL_SERVICES_SUPPORTED,
    prop::PROTOCOL_OBJECT_TYPES_SUPPORTED,
    prop::MAX_APDU_LENGTH_ACCEPTED,
    prop::SEGMENTATION_SUPPORTED,
    prop::DATABASE_REVISION,
];

pub fn is_analog(t: u16) -> bool {
    matches!(t, 0..=2 | 23 | 24 | 45 | 46 | 47 | 48)
}

/// Object types with a Present_Value worth showing.
pub fn has_value(t: u16) -> bool {
    matches!(t, 0..=5 | 13 | 14 | 19 | 23 | 24 | 39..=48)
}

/// Properties read from each object of type `t`.
pub fn object_properties(t: u16) -> Vec<u32> {
    let mut v = vec![prop::OBJECT_NAME];
    if t == otype::NETWORK_PORT {
        v.extend([
            prop::NETWORK_TYPE,
            prop::BACNET_IP_MODE,
            prop::BBMD_ACCEPT_FD_REGISTRATIONS,
        ]);
        return v;
    }
    if has_value(t) {
        v.push(prop::PRESENT_VALUE);
        if is_analog(t) {
            v.push(prop::UNITS);
        }
        v.push(prop::RELINQUISH_DEFAULT);
    }
    v
}

pub fn single(v: &ValueList) -> Option<&ApplicationValue> {
    v.as_single()
}

pub fn text(v: &ValueList) -> Option<String> {
    match single(v)? {
        ApplicationValue::CharacterString(s) => Some(s.text()),
        _ => None,
    }
}

pub fn unsigned(v: &ValueList) -> Option<u64> {
    match single(v)? {
        ApplicationValue::Unsigned(n) => Some(*n),
        ApplicationValue::Enumerated(n) => Some(u64::from(*n)),
        _ => None,
    }
}

pub fn enumerated(v: &ValueList) -> Option<u32> {
    match single(v)? {
        ApplicationValue::Enumerated(n) => Some(*n),
        ApplicationValue::Unsigned(n) => u32::try_from(*n).ok(),
        _ => None,
    }
}

pub fn boolean(v: &ValueList) -> Option<bool> {
    match single(v)? {
        ApplicationValue::Boolean(b) => Some(*b),
        _ => None,
    }
}

pub fn bit_string(v: &ValueList) -> Option<&BitString> {
    match single(v)? {
        ApplicationValue::BitString(b) => Some(b),
        _ => None,
    }
}

pub fn object_ids(v: &ValueList) -> Vec<ObjectId> {
    v.items
        .iter()
        .filter_map(|i| match i {
            ValueItem::Value(ApplicationValue::ObjectIdentifier(o)) => Some(*o),
            _ => None,
        })
        .collect()
}

pub fn segmentation_name(v: u32) -> String {
    match v {
        0 => "segmented-both".into(),
        1 => "segmented-transmit".into(),
        2 => "segmented-receive".into(),
        3 => "no-segmentation".into(),
        n => format!("unknown-{n}"),
    }
}

pub fn network_type_name(v: u32) -> String {
    match v {
        0 => "ethernet".into(),
        1 => "arcnet".into(),
        2 => "mstp".into(),
        3 => "ptp".into(),
        4 => "lontalk".into(),
        5 => "ipv4".into(),
        6 => "zigbee".into(),
        7 => "virtual".into(),
        9 => "ipv6".into(),
        10 => "serial".into(),
        11 => "secure-connect".into(),
        n => format!("unknown-{n}"),
    }
}

pub fn ip_mode_name(v: u32) -> String {
    match v {
        0 => "normal".into(),
        1 => "foreign".into(),
        2 => "bbmd".into(),
        n => format!("unknown-{n}"),
    }
}

/// Name of bit `bit` of BACnetServicesSupported (bits are not the service choice numbers).
pub fn service_bit_name(bit: usize) -> String {
    let conf = |c: u8| confirmed_service_name(c).to_owned();
    let unconf = |c: u8| unconfirmed_service_name(c).to_owned();
    match bit {
        0..=25 => conf(u8::try_from(bit).unwrap_or(0)),
        26..=34 => unconf(u8::try_from(bit - 26).unwrap_or(0)),
        35 => conf(26),
        36 => unconf(9),
        37 => conf(27),
        38 => conf(28),
        39 => conf(29),
        40 => unconf(10),
        41 => conf(30),
        42 => conf(31),
        43 => unconf(11),
        44 => conf(32),
        45 => conf(33),
        46 => unconf(12),
        47 => unconf(13),
        48 => unconf(14),
        n => format!("unknown-service-bit-{n}"),
    }
}

/// Bit of BACnetServicesSupported for a confirmed service choice (for the simulators).
pub fn confirmed_service_bit(choice: u8) -> Option<usize> {
    Some(match choice {
        0..=25 => usize::from(choice),
        26 => 35,
        27 => 37,
        28 => 38,
        29 => 39,
        30 => 41,
        31 => 42,
        32 => 44,
        33 => 45,
        _ => return None,
    })
}

/// Bit of BACnetServicesSupported for an unconfirmed service choice.
pub fn unconfirmed_service_bit(choice: u8) -> Option<usize> {
    Some(match choice {
        0..=8 => 26 + usize::from(choice),
        9 => 36,
        10 => 40,
        11 => 43,
        12 => 46,
        13 => 47,
        14 => 48,
        _ => return None,
    })
}

pub fn set_bits(b: &BitString) -> Vec<usize> {
    (0..b.len_bits())
        .filter(|&i| b.bit(i) == Some(true))
        .collect()
}

pub fn services_supported(v: &ValueList) -> Vec<String> {
    bit_string(v)
        .map(|b| set_bits(b).into_iter().map(service_bit_name).collect())
        .unwrap_or_default()
}

pub fn object_types_supported(v: &ValueList) -> Vec<String> {
    bit_string(v)
        .map(|b| {
            set_bits(b)
                .into_iter()
                .map(|i| object_type_name(u16::try_from(i).unwrap_or(u16::MAX)).into_owned())
                .collect()
        })
        .unwrap_or_default()
}

/// A property value as JSON: numbers, booleans, text; lists become arrays.
pub fn to_json(v: &ValueList) -> serde_json::Value {
    let one = |i: &ValueItem| -> serde_json::Value {
        match i {
            ValueItem::Value(a) => app_to_json(a),
            ValueItem::Raw(b) => serde_json::Value::String(hex(b)),
        }
    };
    match v.items.as_slice() {
        [i] => one(i),
        items => serde_json::Value::Array(items.iter().map(one).collect()),
    }
}

fn app_to_json(a: &ApplicationValue) -> serde_json::Value {
    use serde_json::Value as J;
    match a {
        ApplicationValue::Null => J::Null,
        ApplicationValue::Boolean(b) => J::Bool(*b),
        ApplicationValue::Unsigned(n) => J::from(*n),
        ApplicationValue::Signed(n) => J::from(*n),
        // Round through the shortest decimal of the f32 so 21.5 does not print as 21.5000000001.
        ApplicationValue::Real(f) => format!("{f}")
            .parse::<f64>()
            .ok()
            .and_then(serde_json::Number::from_f64)
            .map_or(J::Null, J::Number),
        ApplicationValue::Double(f) => serde_json::Number::from_f64(*f).map_or(J::Null, J::Number),
        ApplicationValue::Enumerated(n) => J::from(*n),
        ApplicationValue::CharacterString(s) => J::String(s.text()),
        ApplicationValue::OctetString(b) => J::String(hex(b)),
        ApplicationValue::BitString(b) => J::String(
            (0..b.len_bits())
                .map(|i| if b.bit(i) == Some(true) { '1' } else { '0' })
                .collect(),
        ),
        ApplicationValue::Date(d) => J::String(format!("{d:?}")),
        ApplicationValue::Time(t) => J::String(format!("{t:?}")),
        ApplicationValue::ObjectIdentifier(o) => J::String(format!(
            "{}:{}",
            object_type_name(o.object_type),
            o.instance
        )),
    }
}

pub use crate::wire::hex::hex;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn service_bits_round_trip_through_choices() {
        for c in 0u8..=33 {
            let bit = confirmed_service_bit(c).unwrap();
            assert_eq!(
                service_bit_name(bit),
                confirmed_service_name(c),
                "confirmed {c}"
            );
        }
        for c in 0u8..=14 {
            let bit = unconfirmed_service_bit(c).unwrap();
            assert_eq!(
                service_bit_name(bit),
                unconfirmed_service_name(c),
                "unconfirmed {c}"
            );
        }
        assert_eq!(service_bit_name(34), "who-is");
        assert_eq!(service_bit_name(35), "read-range");
        assert_eq!(service_bit_name(12), "read-property");
    }

    #[test]
    fn values_to_json() {
        let v = ValueList::single(ApplicationValue::Real(21.5));
        assert_eq!(to_json(&v), serde_json::json!(21.5));
        let v = ValueList::single(ApplicationValue::Real(0.1));
        assert_eq!(to_json(&v), serde_json::json!(0.1));
        let v = ValueList {
            items: smallvec::smallvec![
                ValueItem::Value(ApplicationValue::Null),
                ValueItem::Value(ApplicationValue::Boolean(true)),
            ],
        };
        assert_eq!(to_json(&v), serde_json::json!([null, true]));
        assert_eq!(
            to_json(&ValueList::single(ApplicationValue::ObjectIdentifier(
                ObjectId::new(2, 1)
            ))),
            serde_json::json!("analog-value:1")
        );
    }
}
