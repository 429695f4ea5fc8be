//! BACnetObjectType (ASHRAE 135-2020 clause 21, with addendum 135-2020ca for 63 and 64).
//!
//! Names are the standard ASN.1 identifiers (already kebab-case). Values 0-127 are reserved to
//! ASHRAE, 128-1023 are proprietary; the 10-bit object-type field cannot carry more.
//! Sources cross-checked: bacnet-stack `src/bacnet/bacenum.h`, BACpypes3 `primitivedata.py`,
//! Wireshark 4.0 `packet-bacapp.c` (`tshark -G values`, field `bacapp.objectType`).

use std::borrow::Cow;

/// First proprietary object type.
pub const PROPRIETARY_MIN: u16 = 128;
/// Last value the 10-bit object-type field of an object identifier can hold.
pub const OBJECT_TYPE_MAX: u16 = 1023;

/// Look `key` up in a table sorted by key (a test checks every table is sorted).
pub(super) fn lookup<K: Ord + Copy>(
    table: &'static [(K, &'static str)],
    key: K,
) -> Option<&'static str> {
    table
        .binary_search_by_key(&key, |&(k, _)| k)
        .ok()
        .and_then(|i| table.get(i))
        .map(|&(_, name)| name)
}

/// Reverse of [`lookup`]: the value whose standard name is `name`.
pub(super) fn lookup_name<K: Copy>(table: &'static [(K, &'static str)], name: &str) -> Option<K> {
    table.iter().find(|&&(_, n)| n == name).map(|&(k, _)| k)
}

/// Standard name of an object type, `proprietary-object-type-N` for 128-1023,
/// `unknown-N` for reserved or out-of-range values.
pub fn object_type_name(value: u16) -> Cow<'static, str> {
    match lookup(OBJECT_TYPES, value) {
        Some(name) => Cow::Borrowed(name),
        None if (PROPRIETARY_MIN..=OBJECT_TYPE_MAX).contains(&value) => {
            Cow::Owned(format!("proprietary-object-type-{value}"))
        }
        None => Cow::Owned(format!("unknown-{value}")),
    }
}

/// The object type whose standard name is `name` (`"device"` → 8).
pub fn object_type_by_name(name: &str) -> Option<u16> {
    lookup_name(OBJECT_TYPES, name)
}

static OBJECT_TYPES: &[(u16, &str)] = &[
    (0, "analog-input"),
    (1, "analog-output"),
    (2, "analog-value"),
    (3, "binary-input"),
    (4, "binary-output"),
    (5, "binary-value"),
    (6, "calendar"),
    (7, "command"),
    (8, "device"),
    (9, "event-enrollment"),
    (10, "file"),
    (11, "group"),
    (12, "loop"),
    (13, "multi-state-input"),
    (14, "multi-state-output"),
    (15, "notification-class"),
    (16, "program"),
    (17, "schedule"),
    (18, "averaging"),
    (19, "multi-state-value"),
    (20, "trend-log"),
    (21, "life-safety-point"),
    (22, "life-safety-zone"),
    (23, "accumulator"),
    (24, "pulse-converter"),
    (25, "event-log"),
    (26, "global-group"),
    (27, "trend-log-multiple"),
    (28, "load-control"),
    (29, "structured-view"),
    (30, "access-door"),
    (31, "timer"),
    (32, "access-credential"),
    (33, "access-point"),
    (34, "access-rights"),
    (35, "access-user"),
    (36, "access-zone"),
    (37, "credential-data-input"),
    (38, "network-security"),
    (39, "bitstring-value"),
    (40, "characterstring-value"),
    (41, "date-pattern-value"),
    (42, "date-value"),
    (43, "datetime-pattern-value"),
    (44, "datetime-value"),
    (45, "integer-value"),
    (46, "large-analog-value"),
    (47, "octetstring-value"),
    (48, "positive-integer-value"),
    (49, "time-pattern-value"),
    (50, "time-value"),
    (51, "notification-forwarder"),
    (52, "alert-enrollment"),
    (53, "channel"),
    (54, "lighting-output"),
    (55, "binary-lighting-output"),
    (56, "network-port"),
    (57, "elevator-group"),
    (58, "escalator"),
    (59, "lift"),
    (60, "staging"),
    (61, "audit-log"),
    (62, "audit-reporter"),
    (63, "color"),
    (64, "color-temperature"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_sorted_and_names_kebab() {
        assert!(OBJECT_TYPES.windows(2).all(|w| w[0].0 < w[1].0));
        for (_, n) in OBJECT_TYPES {
            assert!(
                n.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            );
        }
        assert_eq!(OBJECT_TYPES.len(), 65);
    }

    #[test]
    fn known_values() {
        assert_eq!(object_type_name(0), "analog-input");
        assert_eq!(object_type_name(8), "device");
        assert_eq!(object_type_name(17), "schedule");
        assert_eq!(object_type_name(20), "trend-log");
        assert_eq!(object_type_name(31), "timer");
        assert_eq!(object_type_name(56), "network-port");
        assert_eq!(object_type_name(57), "elevator-group");
        assert_eq!(object_type_name(61), "audit-log");
        assert_eq!(object_type_name(62), "audit-reporter");
        assert_eq!(object_type_name(63), "color");
        assert_eq!(object_type_name(64), "color-temperature");
        assert_eq!(object_type_by_name("network-port"), Some(56));
        assert_eq!(object_type_by_name("no-such-type"), None);
    }

    #[test]
    fn unknown_and_proprietary() {
        assert_eq!(object_type_name(65), "unknown-65");
        assert_eq!(object_type_name(127), "unknown-127");
        assert_eq!(object_type_name(128), "proprietary-object-type-128");
        assert_eq!(object_type_name(1023), "proprietary-object-type-1023");
        assert_eq!(object_type_name(1024), "unknown-1024");
        assert!(matches!(object_type_name(8), Cow::Borrowed(_)));
    }
}
