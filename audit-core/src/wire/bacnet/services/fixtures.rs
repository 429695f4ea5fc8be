//! Service bodies taken from the public captures in `shared/captures/public/bacnet/` (the
//! octets after the APDU header; file and frame named on each), with what `tshark -V` (4.0)
//! shows for them. Two large reassembled ACKs live in `fixtures/*.hex`.

use super::*;
use crate::wire::bacnet::tag::{
    ApplicationValue, BitString, CharString, Date, ObjectId, Time, ValueItem, ValueList,
};
use proptest::prelude::*;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Confirmed,
    Unconfirmed,
    Ack,
}

#[derive(Debug, Clone, Copy)]
pub struct Fixture {
    pub name: &'static str,
    pub kind: Kind,
    pub choice: u8,
    pub hex: &'static str,
    /// What `oddities()` must report for it.
    pub oddities: &'static [&'static str],
}

/// Hex to bytes; whitespace is ignored.
pub(crate) use crate::wire::hex::bytes as hex;

/// cisagov-icsnpp_bacnet_example.pcap frame 1: analog-input,1 object-name (77).
pub const RP_OBJECT_NAME: Fixture = Fixture {
    name: "RP_OBJECT_NAME",
    kind: Kind::Confirmed,
    choice: 12,
    hex: "0c00000001194d",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_error_reject_abort.pcap frame 13: device,101 vendor-name (121).
pub const RP_VENDOR_NAME: Fixture = Fixture {
    name: "RP_VENDOR_NAME",
    kind: Kind::Confirmed,
    choice: 12,
    hex: "0c020000651979",
    oddities: &[],
};

/// automayt_BACnetL_SchedRPM.pcapng frame 1: schedule,88 with 15 property references.
pub const RPM_SCHEDULE: Fixture = Fixture {
    name: "RPM_SCHEDULE",
    kind: Kind::Confirmed,
    choice: 14,
    hex: "0c044000581e094b094d094f0955091c0920097b092609ae09360958096f0967095109a81f",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_services.pcap frame 275: analog-input 2101..2132, present-value each.
pub const RPM_MANY: Fixture = Fixture {
    name: "RPM_MANY",
    kind: Kind::Confirmed,
    choice: 14,
    hex: "0c000008351e09551f0c000008361e09551f0c000008371e09551f0c000008381e09551f0c000008391e09551f0c0000083a1e09551f0c0000083b1e09551f0c0000083c1e09551f0c0000083d1e09551f0c0000083e1e09551f0c0000083f1e09551f0c000008401e09551f0c000008411e09551f0c000008421e09551f0c000008431e09551f0c000008441e09551f0c000008451e09551f0c000008461e09551f0c000008471e09551f0c000008481e09551f0c000008491e09551f0c0000084a1e09551f0c0000084b1e09551f0c0000084c1e09551f0c0000084d1e09551f0c0000084e1e09551f0c0000084f1e09551f0c000008501e09551f0c000008511e09551f0c000008521e09551f0c000008531e09551f0c000008541e09551f",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_error_reject_abort.pcap frame 14: device,101 vendor-name, model-name, description, object-list.
pub const RPM_THREE: Fixture = Fixture {
    name: "RPM_THREE",
    kind: Kind::Confirmed,
    choice: 14,
    hex: "0c020000651e09790946091c094c1f",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_services.pcap frame 7157: analog-input,201 present-value := Real 100, priority 10.
pub const WP_REAL_PRIORITY: Fixture = Fixture {
    name: "WP_REAL_PRIORITY",
    kind: Kind::Confirmed,
    choice: 15,
    hex: "0c000000c919553e4442c800003f490a",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_services.pcap frame 7153: binary-input,201 present-value := Enumerated 1, priority 10.
pub const WP_ENUM: Fixture = Fixture {
    name: "WP_ENUM",
    kind: Kind::Confirmed,
    choice: 15,
    hex: "0c00c000c919553e91013f490a",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_services.pcap frame 7133: binary-value,1 present-value := NULL (relinquish), priority 5.
pub const WP_NULL: Fixture = Fixture {
    name: "WP_NULL",
    kind: Kind::Confirmed,
    choice: 15,
    hex: "0c0140000119553e003f4905",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_error_reject_abort.pcap frame 15: analog-output,0 present-value := Real 80, priority 5.
pub const WP_REAL: Fixture = Fixture {
    name: "WP_REAL",
    kind: Kind::Confirmed,
    choice: 15,
    hex: "0c0040000019553e4442a000003f4905",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_error_reject_abort.pcap frame 16: binary-output,0 and binary-output,1 present-value := Real 0, priority 5.
pub const WPM_TWO: Fixture = Fixture {
    name: "WPM_TWO",
    kind: Kind::Confirmed,
    choice: 16,
    hex: "0c010000001e09552e44000000002f39051f0c010000011e09552e44000000002f39051f",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_error_reject_abort.pcap frame 2: process 1, device,1234, analog-output,1, 0.09.59 remaining, present-value 0, status-flags.
pub const COV_CONFIRMED: Fixture = Fixture {
    name: "COV_CONFIRMED",
    kind: Kind::Confirmed,
    choice: 1,
    hex: "09011c020004d22c004000013a02574e09552e44000000002f096f2e8204002f4f",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_services.pcap frame 267: time duration 1, disable, password UTF-8 "filister".
pub const DCC_PASSWORD: Fixture = Fixture {
    name: "DCC_PASSWORD",
    kind: Kind::Confirmed,
    choice: 17,
    hex: "090119012d090066696c6973746572",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_services.pcap frame 269: enable, password UTF-8 "" (present but empty).
pub const DCC_EMPTY_PASSWORD: Fixture = Fixture {
    name: "DCC_EMPTY_PASSWORD",
    kind: Kind::Confirmed,
    choice: 17,
    hex: "19002900",
    oddities: &[device_communication_control::PASSWORD_EMPTY],
};

/// cisagov-icsnpp_bacnet_services.pcap frame 265: disable, password UTF-8 "" (present but empty).
pub const DCC_DISABLE_EMPTY_PASSWORD: Fixture = Fixture {
    name: "DCC_DISABLE_EMPTY_PASSWORD",
    kind: Kind::Confirmed,
    choice: 17,
    hex: "19012900",
    oddities: &[device_communication_control::PASSWORD_EMPTY],
};

/// cisagov-icsnpp_bacnet_services.pcap frame 271: enable, password "filister".
pub const DCC_ENABLE: Fixture = Fixture {
    name: "DCC_ENABLE",
    kind: Kind::Confirmed,
    choice: 17,
    hex: "19002d090066696c6973746572",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_error_reject_abort.pcap frame 17: time duration 60, disable, password "filister".
pub const DCC_60_MINUTES: Fixture = Fixture {
    name: "DCC_60_MINUTES",
    kind: Kind::Confirmed,
    choice: 17,
    hex: "093c19012d090066696c6973746572",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_example.pcap frame 572: abort-restore (6), password "Delcatty70".
pub const REINIT_ABORT_RESTORE: Fixture = Fixture {
    name: "REINIT_ABORT_RESTORE",
    kind: Kind::Confirmed,
    choice: 20,
    hex: "09061d0b0044656c63617474793730",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_error_reject_abort.pcap frame 19: coldstart (0), no password.
pub const REINIT_COLDSTART: Fixture = Fixture {
    name: "REINIT_COLDSTART",
    kind: Kind::Confirmed,
    choice: 20,
    hex: "0900",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_services.pcap frame 9: file,0 stream start 0 count 440.
pub const ATOMIC_READ_STREAM: Fixture = Fixture {
    name: "ATOMIC_READ_STREAM",
    kind: Kind::Confirmed,
    choice: 6,
    hex: "c4028000000e31002201b80f",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_services.pcap frame 13: file,1 stream start 440 count 440.
pub const ATOMIC_READ_STREAM_440: Fixture = Fixture {
    name: "ATOMIC_READ_STREAM_440",
    kind: Kind::Confirmed,
    choice: 6,
    hex: "c4028000010e3201b82201b80f",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_services.pcap frame 261: file,0 stream start 27280, 124 octets of data.
pub const ATOMIC_WRITE_STREAM: Fixture = Fixture {
    name: "ATOMIC_WRITE_STREAM",
    kind: Kind::Confirmed,
    choice: 7,
    hex: "c4028000000e326a90657c524f4f4d2031322c0d0a2020202053544154494f4e203131290d0a2020524f4f4d2031322822524f4f4d203132222c0d0a20202020504152544954494f4e2031363d524f4f4d20362c0d0a20202020504152544954494f4e2032353d524f4f4d2031312c0d0a2020202053544154494f4e203132290d0a7d0d0a0d0a0f",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_error_reject_abort.pcap frame 29: device,101, max APDU 1024, segmented-both, vendor 1337.
pub const I_AM_101: Fixture = Fixture {
    name: "I_AM_101",
    kind: Kind::Unconfirmed,
    choice: 0,
    hex: "c4020000652204009100220539",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_services.pcap frame 299: device,4194303, max APDU 480, no-segmentation, vendor 24.
pub const I_AM_4194303: Fixture = Fixture {
    name: "I_AM_4194303",
    kind: Kind::Unconfirmed,
    choice: 0,
    hex: "c4023fffff2201e091032118",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_error_reject_abort.pcap frame 30: device,61 device,61 "SYNERGY".
pub const I_HAVE_SYNERGY: Fixture = Fixture {
    name: "I_HAVE_SYNERGY",
    kind: Kind::Unconfirmed,
    choice: 1,
    hex: "c40200003dc40200003d75080053594e45524759",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_segmented_data.pcap frame 1: device,254 accumulator,4, name in IBM/Microsoft DBCS, code page 932.
pub const I_HAVE_DBCS: Fixture = Fixture {
    name: "I_HAVE_DBCS",
    kind: Kind::Unconfirmed,
    choice: 1,
    hex: "c4020000fec405c0000475090103a489b793788251",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_services.pcap frame 392: device,4194303 device,108 "Unknown".
pub const I_HAVE_UNKNOWN: Fixture = Fixture {
    name: "I_HAVE_UNKNOWN",
    kind: Kind::Unconfirmed,
    choice: 1,
    hex: "c4023fffffc40200006c750800556e6b6e6f776e",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_error_reject_abort.pcap frame 31: process 1, device,2, binary-input,4, 0.00.05 remaining, present-value Real 100.
pub const COV_UNCONFIRMED: Fixture = Fixture {
    name: "COV_UNCONFIRMED",
    kind: Kind::Unconfirmed,
    choice: 2,
    hex: "09011c020000022c00c0000439054e09552e4442c800002f4f",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_services.pcap frame 263: May 20 2005 (any weekday), 08:22:51.0.
pub const TIME_SYNC: Fixture = Fixture {
    name: "TIME_SYNC",
    kind: Kind::Unconfirmed,
    choice: 6,
    hex: "a4690514ffb408163300",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_segmented_data.pcap frame 9: March 6 2018 Tuesday, 16:18:48.27.
pub const TIME_SYNC_2: Fixture = Fixture {
    name: "TIME_SYNC_2",
    kind: Kind::Unconfirmed,
    choice: 6,
    hex: "a476030602b41012301b",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_error_reject_abort.pcap frame 38: January 1 1900 Monday, 12:45:56.27.
pub const UTC_TIME_SYNC: Fixture = Fixture {
    name: "UTC_TIME_SYNC",
    kind: Kind::Unconfirmed,
    choice: 9,
    hex: "a400010101b40c2d381b",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_services.pcap frame 389: object device,108.
pub const WHO_HAS_ID: Fixture = Fixture {
    name: "WHO_HAS_ID",
    kind: Kind::Unconfirmed,
    choice: 7,
    hex: "2c0200006c",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_services.pcap frame 395: object name "relay 108".
pub const WHO_HAS_NAME: Fixture = Fixture {
    name: "WHO_HAS_NAME",
    kind: Kind::Unconfirmed,
    choice: 7,
    hex: "3d0a0072656c617920313038",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_error_reject_abort.pcap frame 36: object name "SYNERGY".
pub const WHO_HAS_SYNERGY: Fixture = Fixture {
    name: "WHO_HAS_SYNERGY",
    kind: Kind::Unconfirmed,
    choice: 7,
    hex: "3d080053594e45524759",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_services.pcap frame 283: limits 108..108.
pub const WHO_IS_108: Fixture = Fixture {
    name: "WHO_IS_108",
    kind: Kind::Unconfirmed,
    choice: 8,
    hex: "096c196c",
    oddities: &[],
};

/// emreekin_BACnetIP-MSTP-Mix.pcap frame 1879: limits 86114..86114 (three-octet Unsigned).
pub const WHO_IS_3_OCTET: Fixture = Fixture {
    name: "WHO_IS_3_OCTET",
    kind: Kind::Unconfirmed,
    choice: 8,
    hex: "0b0150621b015062",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_error_reject_abort.pcap frame 37: no limits (empty body).
pub const WHO_IS_ALL: Fixture = Fixture {
    name: "WHO_IS_ALL",
    kind: Kind::Unconfirmed,
    choice: 8,
    hex: "",
    oddities: &[],
};

/// ndpi_bacnet.pcap frame 20: limits 5..5.
pub const WHO_IS_5: Fixture = Fixture {
    name: "WHO_IS_5",
    kind: Kind::Unconfirmed,
    choice: 8,
    hex: "09051905",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_example.pcap frame 2: analog-input,1 object-name "Sensor_45312".
pub const RP_ACK_NAME: Fixture = Fixture {
    name: "RP_ACK_NAME",
    kind: Kind::Ack,
    choice: 12,
    hex: "0c00000001194d3e750d0053656e736f725f34353331323f",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_example.pcap frame 10: analog-input,1 present-value Real 60.092586517334.
pub const RP_ACK_PRESENT_VALUE: Fixture = Fixture {
    name: "RP_ACK_PRESENT_VALUE",
    kind: Kind::Ack,
    choice: 12,
    hex: "0c0000000119553e4442705ecf3f",
    oddities: &[],
};

/// automayt_BACnetL_SchedRPM.pcapng frame 2: schedule,88, 15 results; profile-name (168) gives error property (2) unknown-property (32).
pub const RPM_ACK_SCHEDULE: Fixture = Fixture {
    name: "RPM_ACK_SCHEDULE",
    kind: Kind::Ack,
    choice: 14,
    hex: "0c044000581e294b4ec4044000584f294d4e74003132334f294f4e91114f29554e004f291c4e74003132334f29204ea4720101ffa4730101ff4f297b4e0e0f0e0f0e0f0e0f0e0f0e0f0e0f4f29264e4f29ae4e004f29364e4f29584e210a4f296f4e8204004f29674e91004f29514e104f29a85e910291205f1f",
    oddities: &[],
};

/// automayt_BACnet-exception-schedule-property-1.pcapng frame 1: schedule,88 exception-schedule empty, present-value Unsigned 12.
pub const RPM_ACK_EXCEPTION_EMPTY: Fixture = Fixture {
    name: "RPM_ACK_EXCEPTION_EMPTY",
    kind: Kind::Ack,
    choice: 14,
    hex: "0c044000581e29264e4f29554e210c4f1f",
    oddities: &[],
};

/// automayt_BACnet-exception-schedule-property-1.pcapng frame 2: schedule,88 exception-schedule (constructed), present-value Unsigned 12.
pub const RPM_ACK_EXCEPTION: Fixture = Fixture {
    name: "RPM_ACK_EXCEPTION",
    kind: Kind::Ack,
    choice: 14,
    hex: "0c044000581e29264e0e0c000101ff0f2eb4000000ff44414000002f39004f29554e210c4f1f",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_services.pcap frame 10: end-of-file TRUE, stream start 0, no data.
pub const READ_FILE_ACK_EMPTY: Fixture = Fixture {
    name: "READ_FILE_ACK_EMPTY",
    kind: Kind::Ack,
    choice: 6,
    hex: "110e3100600f",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_services.pcap frame 136: end-of-file TRUE, stream start 27280, 124 octets.
pub const READ_FILE_ACK_EOF: Fixture = Fixture {
    name: "READ_FILE_ACK_EOF",
    kind: Kind::Ack,
    choice: 6,
    hex: "110e326a90657c524f4f4d2031322c0d0a2020202053544154494f4e203131290d0a2020524f4f4d2031322822524f4f4d203132222c0d0a20202020504152544954494f4e2031363d524f4f4d20362c0d0a20202020504152544954494f4e2032353d524f4f4d2031312c0d0a2020202053544154494f4e203132290d0a7d0d0a0d0a0f",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_services.pcap frame 138: stream start 0.
pub const WRITE_FILE_ACK_0: Fixture = Fixture {
    name: "WRITE_FILE_ACK_0",
    kind: Kind::Ack,
    choice: 7,
    hex: "0900",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_services.pcap frame 140: stream start 440.
pub const WRITE_FILE_ACK_440: Fixture = Fixture {
    name: "WRITE_FILE_ACK_440",
    kind: Kind::Ack,
    choice: 7,
    hex: "0a01b8",
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_segmented_data.pcap frames 15+17+18, reassembled by tshark
/// ("Reassembled BACapp (2139 bytes)"): device,254 object-list, 426 object identifiers.
pub const RP_ACK_SEGMENTED: Fixture = Fixture {
    name: "RP_ACK_SEGMENTED",
    kind: Kind::Ack,
    choice: 12,
    hex: include_str!("fixtures/rp_ack_segmented_data_frame18.hex"),
    oddities: &[],
};

/// cisagov-icsnpp_bacnet_services.pcap frames 279+281, reassembled by tshark (490 bytes):
/// present-value of analog-input 2101..2132: 10 Real values and 22 errors, class object (1)
/// code unknown-object (31).
pub const RPM_ACK_SEGMENTED: Fixture = Fixture {
    name: "RPM_ACK_SEGMENTED",
    kind: Kind::Ack,
    choice: 14,
    hex: include_str!("fixtures/rpm_ack_services_frame281.hex"),
    oddities: &[],
};

/// ASHRAE 135 Annex F.1.10 (SubscribeCOV request example; no capture holds one): process 18,
/// analog-input,10, issue confirmed notifications TRUE, lifetime 0.
pub const SUBSCRIBE_COV_F_1_10: Fixture = Fixture {
    name: "SUBSCRIBE_COV_F_1_10",
    kind: Kind::Confirmed,
    choice: 5,
    hex: "09121c0000000a29013900",
    oddities: &[],
};

pub const ALL: &[Fixture] = &[
    RP_OBJECT_NAME,
    RP_VENDOR_NAME,
    RPM_SCHEDULE,
    RPM_MANY,
    RPM_THREE,
    WP_REAL_PRIORITY,
    WP_ENUM,
    WP_NULL,
    WP_REAL,
    WPM_TWO,
    COV_CONFIRMED,
    DCC_PASSWORD,
    DCC_EMPTY_PASSWORD,
    DCC_DISABLE_EMPTY_PASSWORD,
    DCC_ENABLE,
    DCC_60_MINUTES,
    REINIT_ABORT_RESTORE,
    REINIT_COLDSTART,
    ATOMIC_READ_STREAM,
    ATOMIC_READ_STREAM_440,
    ATOMIC_WRITE_STREAM,
    I_AM_101,
    I_AM_4194303,
    I_HAVE_SYNERGY,
    I_HAVE_DBCS,
    I_HAVE_UNKNOWN,
    COV_UNCONFIRMED,
    TIME_SYNC,
    TIME_SYNC_2,
    UTC_TIME_SYNC,
    WHO_HAS_ID,
    WHO_HAS_NAME,
    WHO_HAS_SYNERGY,
    WHO_IS_108,
    WHO_IS_3_OCTET,
    WHO_IS_ALL,
    WHO_IS_5,
    RP_ACK_NAME,
    RP_ACK_PRESENT_VALUE,
    RPM_ACK_SCHEDULE,
    RPM_ACK_EXCEPTION_EMPTY,
    RPM_ACK_EXCEPTION,
    READ_FILE_ACK_EMPTY,
    READ_FILE_ACK_EOF,
    WRITE_FILE_ACK_0,
    WRITE_FILE_ACK_440,
    RP_ACK_SEGMENTED,
    RPM_ACK_SEGMENTED,
    SUBSCRIBE_COV_F_1_10,
];

// ---- generated values for the emit → parse proptests ----

pub fn arb_oid() -> impl Strategy<Value = ObjectId> {
    (0u16..1024, 0u32..=ObjectId::MAX_INSTANCE).prop_map(|(t, i)| ObjectId::new(t, i))
}

pub fn arb_char_string() -> impl Strategy<Value = CharString> {
    (0u8..8, proptest::collection::vec(any::<u8>(), 0..30))
        .prop_map(|(charset, bytes)| CharString { charset, bytes })
}

fn arb_date() -> impl Strategy<Value = Date> {
    any::<[u8; 4]>().prop_map(|[year, month, day, weekday]| Date {
        year,
        month,
        day,
        weekday,
    })
}

fn arb_time() -> impl Strategy<Value = Time> {
    any::<[u8; 4]>().prop_map(|[hour, minute, second, hundredths]| Time {
        hour,
        minute,
        second,
        hundredths,
    })
}

/// Application values without NaN, so that `==` holds after a round trip.
pub fn arb_app_value() -> impl Strategy<Value = ApplicationValue> {
    prop_oneof![
        Just(ApplicationValue::Null),
        any::<bool>().prop_map(ApplicationValue::Boolean),
        any::<u64>().prop_map(ApplicationValue::Unsigned),
        any::<i64>().prop_map(ApplicationValue::Signed),
        (-1.0e30f32..1.0e30).prop_map(ApplicationValue::Real),
        (-1.0e300f64..1.0e300).prop_map(ApplicationValue::Double),
        proptest::collection::vec(any::<u8>(), 0..20).prop_map(ApplicationValue::OctetString),
        arb_char_string().prop_map(ApplicationValue::CharacterString),
        (0u8..8, proptest::collection::vec(any::<u8>(), 0..4)).prop_map(|(u, b)| {
            ApplicationValue::BitString(BitString {
                unused_bits: u,
                bytes: b,
            })
        }),
        any::<u32>().prop_map(ApplicationValue::Enumerated),
        arb_date().prop_map(ApplicationValue::Date),
        arb_time().prop_map(ApplicationValue::Time),
        arb_oid().prop_map(ApplicationValue::ObjectIdentifier),
    ]
}

fn arb_item() -> impl Strategy<Value = ValueItem> {
    prop_oneof![
        3 => arb_app_value().prop_map(ValueItem::Value),
        1 => (0u8..20, proptest::collection::vec(any::<u8>(), 0..6)).prop_map(|(n, c)| {
            let mut raw = Vec::new();
            crate::wire::bacnet::tag::put_opening(&mut raw, n);
            crate::wire::bacnet::tag::put_context(&mut raw, n.wrapping_add(1), &c);
            crate::wire::bacnet::tag::put_closing(&mut raw, n);
            ValueItem::Raw(raw)
        }),
        1 => (0u8..20, proptest::collection::vec(any::<u8>(), 0..6)).prop_map(|(n, c)| {
            let mut raw = Vec::new();
            crate::wire::bacnet::tag::put_context(&mut raw, n, &c);
            ValueItem::Raw(raw)
        }),
    ]
}

pub fn arb_value_list() -> impl Strategy<Value = ValueList> {
    proptest::collection::vec(arb_item(), 0..4).prop_map(|items| ValueList {
        items: items.into(),
    })
}

fn opt_u64() -> impl Strategy<Value = Option<u64>> {
    proptest::option::of(any::<u64>())
}

pub fn arb_property_value() -> impl Strategy<Value = PropertyValue> {
    (any::<u32>(), opt_u64(), arb_value_list(), opt_u64()).prop_map(
        |(property, array_index, value, priority)| PropertyValue {
            property,
            array_index,
            value,
            priority,
        },
    )
}

fn arb_cov() -> impl Strategy<Value = CovNotification> {
    (
        any::<u64>(),
        arb_oid(),
        arb_oid(),
        any::<u64>(),
        proptest::collection::vec(arb_property_value(), 0..3),
    )
        .prop_map(|(process_id, d, o, t, values)| CovNotification {
            process_id,
            initiating_device: d,
            monitored_object: o,
            time_remaining: t,
            values,
            trailing: Vec::new(),
        })
}

fn arb_file_data() -> impl Strategy<Value = FileData> {
    prop_oneof![
        (any::<i64>(), proptest::collection::vec(any::<u8>(), 0..40))
            .prop_map(|(start, data)| FileData::Stream { start, data }),
        (
            any::<i64>(),
            any::<u64>(),
            proptest::collection::vec(proptest::collection::vec(any::<u8>(), 0..10), 0..4)
        )
            .prop_map(|(start, record_count, records)| FileData::Record {
                start,
                record_count,
                records
            }),
    ]
}

pub fn arb_confirmed() -> impl Strategy<Value = ConfirmedRequest> {
    let prop_ref =
        (any::<u32>(), opt_u64()).prop_map(|(property, array_index)| PropertyReference {
            property,
            array_index,
        });
    prop_oneof![
        (arb_oid(), any::<u32>(), opt_u64())
            .prop_map(|(o, p, i)| { ConfirmedRequest::ReadProperty(ReadProperty::new(o, p, i)) }),
        proptest::collection::vec(
            (arb_oid(), proptest::collection::vec(prop_ref, 0..4))
                .prop_map(|(object, properties)| ReadAccessSpec { object, properties }),
            0..4
        )
        .prop_map(|specs| ConfirmedRequest::ReadPropertyMultiple(ReadPropertyMultiple { specs })),
        (
            arb_oid(),
            any::<u32>(),
            opt_u64(),
            arb_value_list(),
            opt_u64()
        )
            .prop_map(|(object, property, array_index, value, priority)| {
                ConfirmedRequest::WriteProperty(WriteProperty {
                    object,
                    property,
                    array_index,
                    value,
                    priority,
                    trailing: Vec::new(),
                })
            }),
        proptest::collection::vec(
            (
                arb_oid(),
                proptest::collection::vec(arb_property_value(), 0..3)
            )
                .prop_map(|(object, values)| WriteAccessSpec { object, values }),
            0..3
        )
        .prop_map(|specs| ConfirmedRequest::WritePropertyMultiple(WritePropertyMultiple { specs })),
        (
            any::<u64>(),
            arb_oid(),
            proptest::option::of(any::<bool>()),
            opt_u64()
        )
            .prop_map(|(process_id, object, issue_confirmed, lifetime)| {
                ConfirmedRequest::SubscribeCov(SubscribeCov {
                    process_id,
                    object,
                    issue_confirmed,
                    lifetime,
                    trailing: Vec::new(),
                })
            }),
        arb_cov().prop_map(ConfirmedRequest::ConfirmedCovNotification),
        (
            opt_u64(),
            any::<u32>(),
            proptest::option::of(arb_char_string())
        )
            .prop_map(|(time_duration, enable_disable, password)| {
                ConfirmedRequest::DeviceCommunicationControl(DeviceCommunicationControl {
                    time_duration,
                    enable_disable,
                    password,
                    trailing: Vec::new(),
                })
            }),
        (any::<u32>(), proptest::option::of(arb_char_string())).prop_map(|(state, password)| {
            ConfirmedRequest::ReinitializeDevice(ReinitializeDevice {
                state,
                password,
                trailing: Vec::new(),
            })
        }),
        (arb_oid(), any::<bool>(), any::<i64>(), any::<u64>()).prop_map(
            |(file, stream, start, n)| {
                let access = if stream {
                    ReadFileAccess::Stream {
                        start,
                        octet_count: n,
                    }
                } else {
                    ReadFileAccess::Record {
                        start,
                        record_count: n,
                    }
                };
                ConfirmedRequest::AtomicReadFile(AtomicReadFile {
                    file,
                    access,
                    trailing: Vec::new(),
                })
            }
        ),
        (arb_oid(), arb_file_data()).prop_map(|(file, data)| {
            ConfirmedRequest::AtomicWriteFile(AtomicWriteFile {
                file,
                data,
                trailing: Vec::new(),
            })
        }),
    ]
}

pub fn arb_unconfirmed() -> impl Strategy<Value = UnconfirmedRequest> {
    let who_has_object = prop_oneof![
        arb_oid().prop_map(WhoHasObject::Identifier),
        arb_char_string().prop_map(WhoHasObject::Name),
    ];
    let time_sync = || {
        (arb_date(), arb_time()).prop_map(|(date, time)| TimeSynchronization {
            date,
            time,
            trailing: Vec::new(),
        })
    };
    prop_oneof![
        (arb_oid(), any::<u64>(), any::<u32>(), any::<u64>()).prop_map(
            |(device, max_apdu, segmentation, vendor_id)| {
                UnconfirmedRequest::IAm(IAm {
                    device,
                    max_apdu,
                    segmentation,
                    vendor_id,
                    trailing: Vec::new(),
                })
            }
        ),
        (arb_oid(), arb_oid(), arb_char_string()).prop_map(|(device, object, object_name)| {
            UnconfirmedRequest::IHave(IHave {
                device,
                object,
                object_name,
                trailing: Vec::new(),
            })
        }),
        arb_cov().prop_map(UnconfirmedRequest::UnconfirmedCovNotification),
        time_sync().prop_map(UnconfirmedRequest::TimeSynchronization),
        time_sync().prop_map(UnconfirmedRequest::UtcTimeSynchronization),
        (opt_u64(), opt_u64(), who_has_object).prop_map(|(low, high, object)| {
            UnconfirmedRequest::WhoHas(WhoHas {
                low,
                high,
                object,
                trailing: Vec::new(),
            })
        }),
        (opt_u64(), opt_u64()).prop_map(|(low, high)| UnconfirmedRequest::WhoIs(WhoIs {
            low,
            high,
            trailing: Vec::new()
        })),
    ]
}

pub fn arb_ack() -> impl Strategy<Value = ComplexAck> {
    let outcome = prop_oneof![
        arb_value_list().prop_map(ReadOutcome::Value),
        (any::<u32>(), any::<u32>()).prop_map(|(class, code)| ReadOutcome::Error { class, code }),
    ];
    let result = (any::<u32>(), opt_u64(), outcome).prop_map(|(property, array_index, outcome)| {
        ReadResult {
            property,
            array_index,
            outcome,
        }
    });
    let access_result = (
        arb_oid(),
        proptest::option::of(proptest::collection::vec(result, 0..3)),
    )
        .prop_map(|(object, results)| ReadAccessResult { object, results });
    prop_oneof![
        (arb_oid(), any::<u32>(), opt_u64(), arb_value_list()).prop_map(
            |(object, property, array_index, value)| {
                ComplexAck::ReadProperty(ReadPropertyAck {
                    object,
                    property,
                    array_index,
                    value,
                    trailing: Vec::new(),
                })
            }
        ),
        proptest::collection::vec(access_result, 0..3).prop_map(|results| {
            ComplexAck::ReadPropertyMultiple(ReadPropertyMultipleAck { results })
        }),
        (any::<bool>(), arb_file_data()).prop_map(|(end_of_file, data)| {
            ComplexAck::AtomicReadFile(AtomicReadFileAck {
                end_of_file,
                data,
                trailing: Vec::new(),
            })
        }),
        (any::<bool>(), any::<i64>()).prop_map(|(stream, s)| {
            ComplexAck::AtomicWriteFile(AtomicWriteFileAck {
                start: if stream {
                    FilePosition::Stream(s)
                } else {
                    FilePosition::Record(s)
                },
                trailing: Vec::new(),
            })
        }),
    ]
}
