//! BACnet application layer header: the eight APDU types of ASHRAE 135 clause 20.1.
//!
//! The header is decoded here; service bodies go to [`crate::wire::bacnet::services`]. A segment
//! of a segmented message keeps its bytes raw, because a body can only be decoded once all its
//! segments are put back together.
//!
//! Leniency, as an audit needs it: reserved bits are kept and reported (never refused), bytes
//! after a fixed-size PDU are kept as `trailing`, a service body the service decoder refuses is
//! kept raw with the reason ([`Body::Malformed`]), an Error PDU whose class and code are not in
//! the canonical shape is kept raw ([`ErrorBody::Raw`]), and the reserved PDU types 8-15 become
//! [`Apdu::Unknown`] (tshark 4.0 shows them as an empty APDU tree, not as malformed). Only a
//! header cut short is an error. Everything kept is written back by `emit`, so that
//! `parse` → `emit` reproduces the input byte for byte.

use crate::wire::bacnet::enums::error_code::{
    abort_reason_name, error_class_name, error_code_name, reject_reason_name,
};
use crate::wire::bacnet::services::{ComplexAck, ConfirmedRequest, UnconfirmedRequest};
use crate::wire::writer::put_u8;
use crate::wire::{Reader, WireError};
use std::borrow::Cow;

const LAYER: &str = "apdu";

/// PDU type numbers (high nibble of the first octet).
pub mod pdu_type {
    pub const CONFIRMED_REQUEST: u8 = 0;
    pub const UNCONFIRMED_REQUEST: u8 = 1;
    pub const SIMPLE_ACK: u8 = 2;
    pub const COMPLEX_ACK: u8 = 3;
    pub const SEGMENT_ACK: u8 = 4;
    pub const ERROR: u8 = 5;
    pub const REJECT: u8 = 6;
    pub const ABORT: u8 = 7;
}

// Flag bits of the first octet (clause 20.1.2 to 20.1.9).
const SEG: u8 = 0x08;
const MOR: u8 = 0x04;
const SA: u8 = 0x02;
const NAK: u8 = 0x02;
const SRV: u8 = 0x01;

// Bits of the first octet that each PDU type leaves reserved (shall be zero).
const CONFIRMED_RESERVED: u8 = 0x01;
const NO_FLAGS_RESERVED: u8 = 0x0f;
const COMPLEX_ACK_RESERVED: u8 = 0x03;
const SEGMENT_ACK_RESERVED: u8 = 0x0c;
const ABORT_RESERVED: u8 = 0x0e;
// Bit 7 of the second octet of a Confirmed-Request (shall be zero).
const OCTET1_RESERVED: u8 = 0x80;

/// One APDU.
#[derive(Debug, Clone, PartialEq)]
pub enum Apdu {
    ConfirmedRequest(ConfirmedRequestPdu),
    UnconfirmedRequest(UnconfirmedRequestPdu),
    SimpleAck(SimpleAckPdu),
    ComplexAck(ComplexAckPdu),
    SegmentAck(SegmentAckPdu),
    Error(ErrorPdu),
    Reject(RejectPdu),
    Abort(AbortPdu),
    /// PDU types 8-15, reserved by ASHRAE: first octet and the rest, undecoded.
    Unknown {
        first_octet: u8,
        rest: Vec<u8>,
    },
}

/// BACnet-Confirmed-Request-PDU (clause 20.1.2).
#[derive(Debug, Clone, PartialEq)]
pub struct ConfirmedRequestPdu {
    /// MOR: more segments follow this one.
    pub more_follows: bool,
    /// SA: the requester accepts a segmented response.
    pub segmented_response_accepted: bool,
    /// Max-segments-accepted code (0-7), see [`max_segments`].
    pub max_segments_code: u8,
    /// Max-APDU-length-accepted code (0-15), see [`max_apdu_octets`].
    pub max_apdu_code: u8,
    pub invoke_id: u8,
    /// Service choice and body, or one raw segment (SEG set).
    pub body: Segmentable<ConfirmedRequest>,
    /// Reserved bit 0 of the first octet, as found.
    pub reserved_bits: u8,
    /// Reserved bit 7 of the second octet was set.
    pub reserved_octet1_bit: bool,
}

/// BACnet-Unconfirmed-Request-PDU (clause 20.1.3).
#[derive(Debug, Clone, PartialEq)]
pub struct UnconfirmedRequestPdu {
    pub body: Body<UnconfirmedRequest>,
    /// Low nibble of the first octet (reserved), as found.
    pub reserved_bits: u8,
}

/// BACnet-SimpleACK-PDU (clause 20.1.4).
#[derive(Debug, Clone, PartialEq)]
pub struct SimpleAckPdu {
    pub invoke_id: u8,
    pub service_choice: u8,
    pub reserved_bits: u8,
    /// Bytes after the service choice (none in a well-formed SimpleACK).
    pub trailing: Vec<u8>,
}

/// BACnet-ComplexACK-PDU (clause 20.1.5).
#[derive(Debug, Clone, PartialEq)]
pub struct ComplexAckPdu {
    /// MOR: more segments follow this one.
    pub more_follows: bool,
    pub invoke_id: u8,
    /// Service choice and body, or one raw segment (SEG set).
    pub body: Segmentable<ComplexAck>,
    /// Reserved bits 0-1 of the first octet, as found.
    pub reserved_bits: u8,
}

/// BACnet-SegmentACK-PDU (clause 20.1.6).
#[derive(Debug, Clone, PartialEq)]
pub struct SegmentAckPdu {
    /// NAK: negative acknowledgement (segment out of order).
    pub negative: bool,
    /// SRV: sent by the server (the device answering), not the client.
    pub server: bool,
    pub invoke_id: u8,
    pub sequence_number: u8,
    pub actual_window_size: u8,
    pub reserved_bits: u8,
    pub trailing: Vec<u8>,
}

/// BACnet-Error-PDU (clause 20.1.7).
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorPdu {
    pub invoke_id: u8,
    /// The confirmed service that failed.
    pub service_choice: u8,
    pub error: ErrorBody,
    pub reserved_bits: u8,
}

/// BACnet-Reject-PDU (clause 20.1.8).
#[derive(Debug, Clone, PartialEq)]
pub struct RejectPdu {
    pub invoke_id: u8,
    /// See [`crate::wire::bacnet::enums::error_code::reject_reason_name`].
    pub reason: u8,
    pub reserved_bits: u8,
    pub trailing: Vec<u8>,
}

/// BACnet-Abort-PDU (clause 20.1.9).
#[derive(Debug, Clone, PartialEq)]
pub struct AbortPdu {
    /// SRV: sent by the server, not the client.
    pub server: bool,
    pub invoke_id: u8,
    /// See [`crate::wire::bacnet::enums::error_code::abort_reason_name`].
    pub reason: u8,
    pub reserved_bits: u8,
    pub trailing: Vec<u8>,
}

/// A service body as the service decoder saw it.
#[derive(Debug, Clone, PartialEq)]
pub enum Body<T> {
    Decoded(T),
    /// The service decoder refused the body; kept raw with its reason.
    Malformed {
        choice: u8,
        raw: Vec<u8>,
        error: WireError,
    },
}

/// The body of a PDU type that can be segmented.
#[derive(Debug, Clone, PartialEq)]
pub enum Segmentable<T> {
    /// SEG clear: the whole service body.
    Whole(Body<T>),
    /// SEG set: one segment, raw.
    Segment(Segment),
}

/// One segment of a segmented Confirmed-Request or ComplexACK.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub sequence_number: u8,
    /// Proposed window size (1-127 when valid).
    pub window_size: u8,
    pub service_choice: u8,
    /// This segment's share of the service body.
    pub raw: Vec<u8>,
}

/// What follows the service choice of an Error PDU.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorBody {
    /// Error class and code as two application-tagged enumerated values, in canonical (shortest)
    /// encoding.
    Parsed {
        class: u32,
        code: u32,
        /// The pair sits inside context tag [0] (error-type), as in the extended error bodies of
        /// CreateObject, Add/RemoveListElement, WritePropertyMultiple, ConfirmedPrivateTransfer,
        /// VT-Close and SubscribeCOVPropertyMultiple (see [`has_extended_error`]).
        wrapped: bool,
        /// What follows, raw: the other context tags of an extended error body (e.g. [1]
        /// first-failed-write-attempt), or stray bytes after a plain one.
        rest: Vec<u8>,
    },
    /// Anything else (missing tags, non-canonical lengths, truncation); kept raw.
    /// [`ErrorBody::class_and_code`] still reads class and code where it can.
    Raw(Vec<u8>),
}

/// What a Max-Segments-Accepted code means (clause 20.1.2.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MaxSegments {
    Unspecified,
    /// Up to this many segments (2, 4, ..., 64).
    UpTo(u8),
    MoreThan64,
}

/// Octets a Max-APDU-Length-Accepted code stands for (clause 20.1.2.5); `None` for the
/// reserved codes 6-15.
pub fn max_apdu_octets(code: u8) -> Option<u16> {
    match code {
        0 => Some(50),
        1 => Some(128),
        2 => Some(206),
        3 => Some(480),
        4 => Some(1024),
        5 => Some(1476),
        _ => None,
    }
}

/// Meaning of a 3-bit Max-Segments-Accepted code.
pub fn max_segments(code: u8) -> MaxSegments {
    match code & 0x07 {
        0 => MaxSegments::Unspecified,
        7 => MaxSegments::MoreThan64,
        n => MaxSegments::UpTo(1u8 << n),
    }
}

/// Whether a confirmed service answers errors with an extended body (`[0] error-type` and more)
/// rather than a plain `Error` (135-2020 clause 21, BACnet-Error-PDU choices).
pub fn has_extended_error(service_choice: u8) -> bool {
    matches!(service_choice, 8 | 9 | 10 | 16 | 18 | 22 | 30)
}

// ---- service names ----

macro_rules! confirmed_services {
    ($($n:literal => $name:literal),* $(,)?) => {
        /// Standard name of a confirmed service choice (`12` → `read-property`).
        pub fn confirmed_service_name(choice: u8) -> &'static str {
            match choice { $($n => $name,)* _ => "unknown-confirmed-service" }
        }
        fn confirmed_ack_name(choice: u8) -> &'static str {
            match choice { $($n => concat!($name, "-ack"),)* _ => "unknown-confirmed-service-ack" }
        }
        fn confirmed_error_name(choice: u8) -> &'static str {
            match choice {
                $($n => concat!($name, "-error"),)*
                _ => "unknown-confirmed-service-error"
            }
        }
    };
}

// BACnetConfirmedServiceChoice, 135-2020 clause 21. 13 (read-property-conditional),
// 24 (authenticate) and 25 (request-key) were withdrawn but still have their names.
confirmed_services! {
    0 => "acknowledge-alarm",
    1 => "confirmed-cov-notification",
    2 => "confirmed-event-notification",
    3 => "get-alarm-summary",
    4 => "get-enrollment-summary",
    5 => "subscribe-cov",
    6 => "atomic-read-file",
    7 => "atomic-write-file",
    8 => "add-list-element",
    9 => "remove-list-element",
    10 => "create-object",
    11 => "delete-object",
    12 => "read-property",
    13 => "read-property-conditional",
    14 => "read-property-multiple",
    15 => "write-property",
    16 => "write-property-multiple",
    17 => "device-communication-control",
    18 => "confirmed-private-transfer",
    19 => "confirmed-text-message",
    20 => "reinitialize-device",
    21 => "vt-open",
    22 => "vt-close",
    23 => "vt-data",
    24 => "authenticate",
    25 => "request-key",
    26 => "read-range",
    27 => "life-safety-operation",
    28 => "subscribe-cov-property",
    29 => "get-event-information",
    30 => "subscribe-cov-property-multiple",
    31 => "confirmed-cov-notification-multiple",
    32 => "confirmed-audit-notification",
    33 => "audit-log-query",
}

/// Standard name of an unconfirmed service choice (`8` → `who-is`).
pub fn unconfirmed_service_name(choice: u8) -> &'static str {
    match choice {
        0 => "i-am",
        1 => "i-have",
        2 => "unconfirmed-cov-notification",
        3 => "unconfirmed-event-notification",
        4 => "unconfirmed-private-transfer",
        5 => "unconfirmed-text-message",
        6 => "time-synchronization",
        7 => "who-has",
        8 => "who-is",
        9 => "utc-time-synchronization",
        10 => "write-group",
        11 => "unconfirmed-cov-notification-multiple",
        12 => "unconfirmed-audit-notification",
        13 => "who-am-i",
        14 => "you-are",
        _ => "unknown-unconfirmed-service",
    }
}

// ---- accessors ----

impl Apdu {
    /// The service decoder's reason when it refused this APDU's body (header was fine).
    pub fn body_error(&self) -> Option<WireError> {
        fn of<T>(body: &Body<T>) -> Option<WireError> {
            match body {
                Body::Malformed { error, .. } => Some(*error),
                Body::Decoded(_) => None,
            }
        }
        match self {
            Apdu::ConfirmedRequest(p) => match &p.body {
                Segmentable::Whole(b) => of(b),
                Segmentable::Segment(_) => None,
            },
            Apdu::UnconfirmedRequest(p) => of(&p.body),
            Apdu::ComplexAck(p) => match &p.body {
                Segmentable::Whole(b) => of(b),
                Segmentable::Segment(_) => None,
            },
            _ => None,
        }
    }
}

impl<T> Body<T> {
    #[inline(always)]
    fn from_result(result: Result<T, WireError>, choice: u8, raw: &[u8]) -> Self {
        match result {
            Ok(decoded) => Body::Decoded(decoded),
            Err(error) => Body::Malformed {
                choice,
                raw: raw.to_vec(),
                error,
            },
        }
    }

    /// The decoded service, if the decoder accepted the body.
    pub fn decoded(&self) -> Option<&T> {
        match self {
            Body::Decoded(t) => Some(t),
            Body::Malformed { .. } => None,
        }
    }
}

impl<T> Segmentable<T> {
    /// The segment, when this PDU carries one.
    pub fn segment(&self) -> Option<&Segment> {
        match self {
            Segmentable::Segment(s) => Some(s),
            Segmentable::Whole(_) => None,
        }
    }

    /// The decoded service of an unsegmented PDU.
    pub fn decoded(&self) -> Option<&T> {
        match self {
            Segmentable::Whole(b) => b.decoded(),
            Segmentable::Segment(_) => None,
        }
    }
}

/// What `Body` and `Segmentable` need of a service decoder; implemented for the three service
/// enums of [`crate::wire::bacnet::services`], which share one shape.
pub trait ServiceBody: Sized {
    fn parse_body(choice: u8, body: &[u8]) -> Result<Self, WireError>;
    fn emit_body(&self, out: &mut Vec<u8>);
    fn service_choice(&self) -> u8;
}

macro_rules! service_impl {
    ($t:ty) => {
        impl ServiceBody for $t {
            #[inline(always)]
            fn parse_body(choice: u8, body: &[u8]) -> Result<Self, WireError> {
                <$t>::parse(choice, body)
            }
            fn emit_body(&self, out: &mut Vec<u8>) {
                self.emit(out)
            }
            fn service_choice(&self) -> u8 {
                self.choice()
            }
        }
    };
}
service_impl!(ConfirmedRequest);
service_impl!(UnconfirmedRequest);
service_impl!(ComplexAck);

impl<T: ServiceBody> Body<T> {
    #[inline(always)]
    fn parse(choice: u8, raw: &[u8]) -> Self {
        Self::from_result(T::parse_body(choice, raw), choice, raw)
    }

    /// Service choice.
    pub fn choice(&self) -> u8 {
        match self {
            Body::Decoded(t) => t.service_choice(),
            Body::Malformed { choice, .. } => *choice,
        }
    }

    /// Service choice octet, then the body.
    fn emit(&self, out: &mut Vec<u8>) {
        put_u8(out, self.choice());
        match self {
            Body::Decoded(t) => t.emit_body(out),
            Body::Malformed { raw, .. } => out.extend_from_slice(raw),
        }
    }
}

impl<T: ServiceBody> Segmentable<T> {
    /// Service choice.
    pub fn choice(&self) -> u8 {
        match self {
            Segmentable::Whole(b) => b.choice(),
            Segmentable::Segment(s) => s.service_choice,
        }
    }

    fn is_segmented(&self) -> bool {
        matches!(self, Segmentable::Segment(_))
    }

    /// Read what follows the invoke id: [sequence number, window size,] service choice, body.
    #[inline(always)]
    fn parse(r: &mut Reader<'_>, segmented: bool) -> Result<Self, WireError> {
        if segmented {
            let sequence_number = r.u8()?;
            let window_size = r.u8()?;
            let service_choice = r.u8()?;
            Ok(Segmentable::Segment(Segment {
                sequence_number,
                window_size,
                service_choice,
                raw: r.rest().to_vec(),
            }))
        } else {
            let choice = r.u8()?;
            Ok(Segmentable::Whole(Body::parse(choice, r.rest())))
        }
    }

    fn emit(&self, out: &mut Vec<u8>) {
        match self {
            Segmentable::Whole(b) => b.emit(out),
            Segmentable::Segment(s) => {
                put_u8(out, s.sequence_number);
                put_u8(out, s.window_size);
                put_u8(out, s.service_choice);
                out.extend_from_slice(&s.raw);
            }
        }
    }
}

impl ConfirmedRequestPdu {
    pub fn max_apdu_octets(&self) -> Option<u16> {
        max_apdu_octets(self.max_apdu_code)
    }

    pub fn max_segments(&self) -> MaxSegments {
        max_segments(self.max_segments_code)
    }
}

impl ErrorPdu {
    /// Standard names of error class and code, when they could be read.
    pub fn names(&self) -> Option<(Cow<'static, str>, Cow<'static, str>)> {
        self.error
            .class_and_code()
            .map(|(class, code)| (error_class_name(class), error_code_name(code)))
    }
}

impl RejectPdu {
    pub fn reason_name(&self) -> Cow<'static, str> {
        reject_reason_name(self.reason)
    }
}

impl AbortPdu {
    pub fn reason_name(&self) -> Cow<'static, str> {
        abort_reason_name(self.reason)
    }
}

// ---- Error PDU body ----

/// Application tag 9 (enumerated), class bit clear: high nibble of the tag octet.
const ENUMERATED_TAG: u8 = 0x90;
const OPENING_TAG_0: u8 = 0x0e;
const CLOSING_TAG_0: u8 = 0x0f;

/// Read an application-tagged enumerated value of 1-4 octets (longer ones would not fit a
/// u32, and the extended-length forms are never needed for them).
fn read_enumerated(r: &mut Reader<'_>) -> Option<u32> {
    let tag = r.u8().ok()?;
    if tag & 0xf8 != ENUMERATED_TAG {
        return None;
    }
    let len = usize::from(tag & 0x07);
    if !(1..=4).contains(&len) {
        return None;
    }
    let bytes = r.take(len).ok()?;
    Some(bytes.iter().fold(0u32, |acc, &b| (acc << 8) | u32::from(b)))
}

fn write_enumerated(out: &mut Vec<u8>, value: u32) {
    let bytes = value.to_be_bytes();
    let skip = bytes.iter().take(3).take_while(|&&b| b == 0).count();
    let significant = bytes.get(skip..).unwrap_or(&[]);
    // At most 4 octets, so the length fits the tag's three low bits.
    let len = u8::try_from(significant.len()).unwrap_or(4);
    put_u8(out, ENUMERATED_TAG | len);
    out.extend_from_slice(significant);
}

impl ErrorBody {
    /// Decode leniently: a plain pair, or a pair wrapped in [0]. Anything that would not be
    /// written back identically stays [`ErrorBody::Raw`].
    fn parse(bytes: &[u8]) -> Self {
        match Self::read(bytes) {
            Some((class, code, wrapped, rest)) => {
                let parsed = ErrorBody::Parsed {
                    class,
                    code,
                    wrapped,
                    rest: rest.to_vec(),
                };
                let mut again = Vec::with_capacity(bytes.len());
                parsed.emit(&mut again);
                if again == bytes {
                    parsed
                } else {
                    ErrorBody::Raw(bytes.to_vec())
                }
            }
            None => ErrorBody::Raw(bytes.to_vec()),
        }
    }

    /// (class, code, wrapped in [0], what follows).
    fn read(bytes: &[u8]) -> Option<(u32, u32, bool, &[u8])> {
        let mut r = Reader::new(bytes, LAYER);
        let wrapped = r.peek_u8() == Some(OPENING_TAG_0);
        if wrapped {
            r.u8().ok()?;
        }
        let class = read_enumerated(&mut r)?;
        let code = read_enumerated(&mut r)?;
        if wrapped && r.u8().ok()? != CLOSING_TAG_0 {
            return None;
        }
        Some((class, code, wrapped, r.rest()))
    }

    /// Error class and code, also from a [`ErrorBody::Raw`] body where they can be read.
    pub fn class_and_code(&self) -> Option<(u32, u32)> {
        match self {
            ErrorBody::Parsed { class, code, .. } => Some((*class, *code)),
            ErrorBody::Raw(raw) => Self::read(raw).map(|(class, code, _, _)| (class, code)),
        }
    }

    fn emit(&self, out: &mut Vec<u8>) {
        match self {
            ErrorBody::Parsed {
                class,
                code,
                wrapped,
                rest,
            } => {
                if *wrapped {
                    put_u8(out, OPENING_TAG_0);
                }
                write_enumerated(out, *class);
                write_enumerated(out, *code);
                if *wrapped {
                    put_u8(out, CLOSING_TAG_0);
                }
                out.extend_from_slice(rest);
            }
            ErrorBody::Raw(raw) => out.extend_from_slice(raw),
        }
    }
}

// ---- the APDU ----

impl Apdu {
    // Inlined into the message decoder so that the APDU is built where it is stored, not
    // built on the stack and copied up through each `Result` (a measurable share of decoding).
    #[inline(always)]
    pub fn parse(bytes: &[u8]) -> Result<Apdu, WireError> {
        let mut r = Reader::new(bytes, LAYER);
        let first = r.u8()?;
        let flags = first & 0x0f;
        let apdu = match first >> 4 {
            pdu_type::CONFIRMED_REQUEST => {
                let second = r.u8()?;
                let invoke_id = r.u8()?;
                Apdu::ConfirmedRequest(ConfirmedRequestPdu {
                    more_follows: flags & MOR != 0,
                    segmented_response_accepted: flags & SA != 0,
                    max_segments_code: (second >> 4) & 0x07,
                    max_apdu_code: second & 0x0f,
                    invoke_id,
                    body: Segmentable::parse(&mut r, flags & SEG != 0)?,
                    reserved_bits: flags & CONFIRMED_RESERVED,
                    reserved_octet1_bit: second & OCTET1_RESERVED != 0,
                })
            }
            pdu_type::UNCONFIRMED_REQUEST => {
                let choice = r.u8()?;
                Apdu::UnconfirmedRequest(UnconfirmedRequestPdu {
                    body: Body::parse(choice, r.rest()),
                    reserved_bits: flags & NO_FLAGS_RESERVED,
                })
            }
            pdu_type::SIMPLE_ACK => Apdu::SimpleAck(SimpleAckPdu {
                invoke_id: r.u8()?,
                service_choice: r.u8()?,
                reserved_bits: flags & NO_FLAGS_RESERVED,
                trailing: r.rest().to_vec(),
            }),
            pdu_type::COMPLEX_ACK => {
                let invoke_id = r.u8()?;
                Apdu::ComplexAck(ComplexAckPdu {
                    more_follows: flags & MOR != 0,
                    invoke_id,
                    body: Segmentable::parse(&mut r, flags & SEG != 0)?,
                    reserved_bits: flags & COMPLEX_ACK_RESERVED,
                })
            }
            pdu_type::SEGMENT_ACK => Apdu::SegmentAck(SegmentAckPdu {
                negative: flags & NAK != 0,
                server: flags & SRV != 0,
                invoke_id: r.u8()?,
                sequence_number: r.u8()?,
                actual_window_size: r.u8()?,
                reserved_bits: flags & SEGMENT_ACK_RESERVED,
                trailing: r.rest().to_vec(),
            }),
            pdu_type::ERROR => Apdu::Error(ErrorPdu {
                invoke_id: r.u8()?,
                service_choice: r.u8()?,
                error: ErrorBody::parse(r.rest()),
                reserved_bits: flags & NO_FLAGS_RESERVED,
            }),
            pdu_type::REJECT => Apdu::Reject(RejectPdu {
                invoke_id: r.u8()?,
                reason: r.u8()?,
                reserved_bits: flags & NO_FLAGS_RESERVED,
                trailing: r.rest().to_vec(),
            }),
            pdu_type::ABORT => Apdu::Abort(AbortPdu {
                server: flags & SRV != 0,
                invoke_id: r.u8()?,
                reason: r.u8()?,
                reserved_bits: flags & ABORT_RESERVED,
                trailing: r.rest().to_vec(),
            }),
            _ => Apdu::Unknown {
                first_octet: first,
                rest: r.rest().to_vec(),
            },
        };
        Ok(apdu)
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        let first = |kind: u8, flags: u8| (kind << 4) | (flags & 0x0f);
        let bit = |set: bool, mask: u8| if set { mask } else { 0 };
        match self {
            Apdu::ConfirmedRequest(p) => {
                let flags = bit(p.body.is_segmented(), SEG)
                    | bit(p.more_follows, MOR)
                    | bit(p.segmented_response_accepted, SA)
                    | (p.reserved_bits & CONFIRMED_RESERVED);
                put_u8(out, first(pdu_type::CONFIRMED_REQUEST, flags));
                put_u8(
                    out,
                    bit(p.reserved_octet1_bit, OCTET1_RESERVED)
                        | ((p.max_segments_code & 0x07) << 4)
                        | (p.max_apdu_code & 0x0f),
                );
                put_u8(out, p.invoke_id);
                p.body.emit(out);
            }
            Apdu::UnconfirmedRequest(p) => {
                put_u8(out, first(pdu_type::UNCONFIRMED_REQUEST, p.reserved_bits));
                p.body.emit(out);
            }
            Apdu::SimpleAck(p) => {
                put_u8(out, first(pdu_type::SIMPLE_ACK, p.reserved_bits));
                put_u8(out, p.invoke_id);
                put_u8(out, p.service_choice);
                out.extend_from_slice(&p.trailing);
            }
            Apdu::ComplexAck(p) => {
                let flags = bit(p.body.is_segmented(), SEG)
                    | bit(p.more_follows, MOR)
                    | (p.reserved_bits & COMPLEX_ACK_RESERVED);
                put_u8(out, first(pdu_type::COMPLEX_ACK, flags));
                put_u8(out, p.invoke_id);
                p.body.emit(out);
            }
            Apdu::SegmentAck(p) => {
                let flags = bit(p.negative, NAK)
                    | bit(p.server, SRV)
                    | (p.reserved_bits & SEGMENT_ACK_RESERVED);
                put_u8(out, first(pdu_type::SEGMENT_ACK, flags));
                put_u8(out, p.invoke_id);
                put_u8(out, p.sequence_number);
                put_u8(out, p.actual_window_size);
                out.extend_from_slice(&p.trailing);
            }
            Apdu::Error(p) => {
                put_u8(out, first(pdu_type::ERROR, p.reserved_bits));
                put_u8(out, p.invoke_id);
                put_u8(out, p.service_choice);
                p.error.emit(out);
            }
            Apdu::Reject(p) => {
                put_u8(out, first(pdu_type::REJECT, p.reserved_bits));
                put_u8(out, p.invoke_id);
                put_u8(out, p.reason);
                out.extend_from_slice(&p.trailing);
            }
            Apdu::Abort(p) => {
                let flags = bit(p.server, SRV) | (p.reserved_bits & ABORT_RESERVED);
                put_u8(out, first(pdu_type::ABORT, flags));
                put_u8(out, p.invoke_id);
                put_u8(out, p.reason);
                out.extend_from_slice(&p.trailing);
            }
            Apdu::Unknown { first_octet, rest } => {
                put_u8(out, *first_octet);
                out.extend_from_slice(rest);
            }
        }
    }

    /// PDU type: 0-7, or 8-15 for [`Apdu::Unknown`].
    pub fn pdu_type(&self) -> u8 {
        match self {
            Apdu::ConfirmedRequest(_) => pdu_type::CONFIRMED_REQUEST,
            Apdu::UnconfirmedRequest(_) => pdu_type::UNCONFIRMED_REQUEST,
            Apdu::SimpleAck(_) => pdu_type::SIMPLE_ACK,
            Apdu::ComplexAck(_) => pdu_type::COMPLEX_ACK,
            Apdu::SegmentAck(_) => pdu_type::SEGMENT_ACK,
            Apdu::Error(_) => pdu_type::ERROR,
            Apdu::Reject(_) => pdu_type::REJECT,
            Apdu::Abort(_) => pdu_type::ABORT,
            Apdu::Unknown { first_octet, .. } => first_octet >> 4,
        }
    }

    /// Service choice, for the PDU types that carry one.
    pub fn service_choice(&self) -> Option<u8> {
        match self {
            Apdu::ConfirmedRequest(p) => Some(p.body.choice()),
            Apdu::UnconfirmedRequest(p) => Some(p.body.choice()),
            Apdu::SimpleAck(p) => Some(p.service_choice),
            Apdu::ComplexAck(p) => Some(p.body.choice()),
            Apdu::Error(p) => Some(p.service_choice),
            Apdu::SegmentAck(_) | Apdu::Reject(_) | Apdu::Abort(_) | Apdu::Unknown { .. } => None,
        }
    }

    /// Invoke id, for every PDU type but Unconfirmed-Request.
    pub fn invoke_id(&self) -> Option<u8> {
        match self {
            Apdu::ConfirmedRequest(p) => Some(p.invoke_id),
            Apdu::SimpleAck(p) => Some(p.invoke_id),
            Apdu::ComplexAck(p) => Some(p.invoke_id),
            Apdu::SegmentAck(p) => Some(p.invoke_id),
            Apdu::Error(p) => Some(p.invoke_id),
            Apdu::Reject(p) => Some(p.invoke_id),
            Apdu::Abort(p) => Some(p.invoke_id),
            Apdu::UnconfirmedRequest(_) | Apdu::Unknown { .. } => None,
        }
    }

    /// Any bit that the standard reserves (shall be zero) was set.
    pub fn has_reserved_bits(&self) -> bool {
        match self {
            Apdu::ConfirmedRequest(p) => p.reserved_bits != 0 || p.reserved_octet1_bit,
            Apdu::UnconfirmedRequest(p) => p.reserved_bits != 0,
            Apdu::SimpleAck(p) => p.reserved_bits != 0,
            Apdu::ComplexAck(p) => p.reserved_bits != 0,
            Apdu::SegmentAck(p) => p.reserved_bits != 0,
            Apdu::Error(p) => p.reserved_bits != 0,
            Apdu::Reject(p) => p.reserved_bits != 0,
            Apdu::Abort(p) => p.reserved_bits != 0,
            Apdu::Unknown { .. } => false,
        }
    }

    /// Standard name in kebab-case: `read-property`, `who-is`, `read-property-ack`,
    /// `reinitialize-device-error`, `segment-ack`, `reject`, `abort`, `unknown-pdu-type`.
    pub fn service_name(&self) -> &'static str {
        match self {
            Apdu::ConfirmedRequest(p) => confirmed_service_name(p.body.choice()),
            Apdu::UnconfirmedRequest(p) => unconfirmed_service_name(p.body.choice()),
            Apdu::SimpleAck(p) => confirmed_ack_name(p.service_choice),
            Apdu::ComplexAck(p) => confirmed_ack_name(p.body.choice()),
            Apdu::SegmentAck(_) => "segment-ack",
            Apdu::Error(p) => confirmed_error_name(p.service_choice),
            Apdu::Reject(_) => "reject",
            Apdu::Abort(_) => "abort",
            Apdu::Unknown { .. } => "unknown-pdu-type",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    use crate::wire::hex::bytes as hex;

    // APDU bytes (after BVLC and NPDU) from the public captures in shared/captures/public/bacnet/.
    // RAA = cisagov-icsnpp_bacnet_error_reject_abort.pcap, SEG = cisagov-icsnpp_bacnet_segmented_data.pcap,
    // SRV = cisagov-icsnpp_bacnet_services.pcap, EIP = emreekin_bacnet-ip.pcap. Expected values
    // below were read off `tshark -r FILE -V -O bacapp` for the same frames.
    const RAA_13_READ_PROPERTY: &str = "0005010c0c020000651979";
    const SEG_12_READ_PROPERTY_SA: &str = "02345d0c0c020000fe194c2900";
    const RAA_29_I_AM: &str = "1000c4020000652204009100220539";
    const RAA_37_WHO_IS: &str = "1008";
    const SRV_4_SIMPLE_ACK: &str = "20020f";
    const SEG_13_COMPLEX_ACK: &str = "305d0c0c020000fe194c29003e2201aa3f";
    const SEG_16_SEGMENT_ACK: &str = "405e0003";
    const SRV_280_SEGMENT_ACK: &str = "40880010";
    const SRV_281_LAST_SEGMENT: &str = "388801100e0c000008541e29555e9101911f5f1f";
    const SEG_18_LAST_SEGMENT: &str = "
        385e02030cc404400181c404400182c404400183c404400184c404400185c404400186c404400187c404400188c40440
        0189c40440018ac40440018bc40440018cc40440018dc40440018ec40440018fc405c00001c405c00002c405c00003c4
        05c00004c405c000053f";
    const SRV_279_FIRST_SEGMENT: &str = "
        3c8800100e0c000008351e29554e44425c00004f1f0c000008361e29554e44425c00004f1f0c000008371e29554e4442
        5c00004f1f0c000008381e29555e9101911f5f1f0c000008391e29555e9101911f5f1f0c0000083a1e29555e9101911f
        5f1f0c0000083b1e29555e9101911f5f1f0c0000083c1e29555e9101911f5f1f0c0000083d1e29555e9101911f5f1f0c
        0000083e1e29554e44000000004f1f0c0000083f1e29554e4442c800004f1f0c000008401e29554e44426800004f1f0c
        000008411e29554e44425c00004f1f0c000008421e29554e44000000004f1f0c000008431e29554e44422400004f1f0c
        000008441e29554e44000000004f1f0c000008451e29555e9101911f5f1f0c000008461e29555e9101911f5f1f0c0000
        08471e29555e9101911f5f1f0c000008481e29555e9101911f5f1f0c000008491e29555e9101911f5f1f0c0000084a1e
        29555e9101911f5f1f0c0000084b1e29555e9101911f5f1f0c0000084c1e29555e9101911f5f1f0c0000084d1e29555e
        9101911f5f1f0c0000084e1e29555e9101911f5f1f0c0000084f1e29555e9101911f5f1f0c000008501e29555e910191
        1f5f1f0c000008511e29555e9101911f5f1f0c000008521e29555e9101911f5f1f0c000008531e29555e9101911f5f1f";
    const RAA_43_ERROR: &str = "5034149105911a";
    const EIP_636_ERROR: &str = "50050c91029120";
    const RAA_44_REJECT: &str = "603a09";
    const RAA_45_ABORT: &str = "710100";

    const FIXTURES: &[&str] = &[
        RAA_13_READ_PROPERTY,
        SEG_12_READ_PROPERTY_SA,
        RAA_29_I_AM,
        RAA_37_WHO_IS,
        SRV_4_SIMPLE_ACK,
        SEG_13_COMPLEX_ACK,
        SEG_16_SEGMENT_ACK,
        SRV_280_SEGMENT_ACK,
        SRV_281_LAST_SEGMENT,
        SEG_18_LAST_SEGMENT,
        SRV_279_FIRST_SEGMENT,
        RAA_43_ERROR,
        EIP_636_ERROR,
        RAA_44_REJECT,
        RAA_45_ABORT,
    ];

    fn parse(s: &str) -> Apdu {
        Apdu::parse(&hex(s)).unwrap()
    }

    #[test]
    fn confirmed_requests_as_tshark_shows_them() {
        // RAA frame 13: SA not accepted, max segments unspecified, max APDU 1476, invoke 1.
        let a = parse(RAA_13_READ_PROPERTY);
        let Apdu::ConfirmedRequest(p) = &a else {
            panic!("{a:?}")
        };
        assert!(!p.segmented_response_accepted && !p.more_follows);
        assert_eq!(p.max_segments(), MaxSegments::Unspecified);
        assert_eq!(p.max_apdu_octets(), Some(1476));
        assert_eq!((a.invoke_id(), a.service_choice()), (Some(1), Some(12)));
        assert!(p.body.segment().is_none());
        assert_eq!(a.service_name(), "read-property");
        assert_eq!(a.pdu_type(), 0);
        assert!(!a.has_reserved_bits());

        // SEG frame 12: SA accepted, 8 segments, 1024 octets, invoke 93.
        let a = parse(SEG_12_READ_PROPERTY_SA);
        let Apdu::ConfirmedRequest(p) = &a else {
            panic!("{a:?}")
        };
        assert!(p.segmented_response_accepted);
        assert_eq!(p.max_segments(), MaxSegments::UpTo(8));
        assert_eq!(p.max_apdu_octets(), Some(1024));
        assert_eq!((a.invoke_id(), a.service_choice()), (Some(93), Some(12)));
    }

    #[test]
    fn unconfirmed_requests() {
        let a = parse(RAA_29_I_AM);
        assert_eq!(a.pdu_type(), 1);
        assert_eq!(a.service_choice(), Some(0));
        assert_eq!(a.invoke_id(), None);
        assert_eq!(a.service_name(), "i-am");
        let a = parse(RAA_37_WHO_IS);
        assert_eq!(a.service_name(), "who-is");
        assert_eq!(a.service_choice(), Some(8));
    }

    #[test]
    fn acks_as_tshark_shows_them() {
        // SRV frame 4: SimpleACK, invoke 2, writeProperty.
        let a = parse(SRV_4_SIMPLE_ACK);
        assert_eq!(
            (a.pdu_type(), a.invoke_id(), a.service_choice()),
            (2, Some(2), Some(15))
        );
        assert_eq!(a.service_name(), "write-property-ack");

        // SEG frame 13: unsegmented ComplexACK, invoke 93, readProperty.
        let a = parse(SEG_13_COMPLEX_ACK);
        let Apdu::ComplexAck(p) = &a else {
            panic!("{a:?}")
        };
        assert!(p.body.segment().is_none() && !p.more_follows);
        assert_eq!((a.invoke_id(), a.service_choice()), (Some(93), Some(12)));
        assert_eq!(a.service_name(), "read-property-ack");

        // SRV frame 279: first segment, more follow, invoke 136, seq 0, window 16, RPM.
        let a = parse(SRV_279_FIRST_SEGMENT);
        let Apdu::ComplexAck(p) = &a else {
            panic!("{a:?}")
        };
        assert!(p.more_follows);
        let s = p.body.segment().unwrap();
        assert_eq!(
            (s.sequence_number, s.window_size, s.service_choice),
            (0, 16, 14)
        );
        assert_eq!(s.raw.len(), 480 - 5);
        assert_eq!(a.invoke_id(), Some(136));
        assert_eq!(a.service_name(), "read-property-multiple-ack");

        // SRV frame 281 and SEG frame 18: last segments (SEG set, MOR clear).
        let a = parse(SRV_281_LAST_SEGMENT);
        let Apdu::ComplexAck(p) = &a else {
            panic!("{a:?}")
        };
        assert!(!p.more_follows);
        let s = p.body.segment().unwrap();
        assert_eq!(
            (s.sequence_number, s.window_size, s.service_choice),
            (1, 16, 14)
        );
        let a = parse(SEG_18_LAST_SEGMENT);
        let Apdu::ComplexAck(p) = &a else {
            panic!("{a:?}")
        };
        let s = p.body.segment().unwrap();
        assert_eq!((p.invoke_id, s.sequence_number, s.window_size), (94, 2, 3));
        assert!(!p.more_follows);

        // SEG frame 16, SRV frame 280: SegmentACKs from the client.
        for (f, invoke, seq, win) in [
            (SEG_16_SEGMENT_ACK, 94, 0, 3),
            (SRV_280_SEGMENT_ACK, 136, 0, 16),
        ] {
            let a = parse(f);
            let Apdu::SegmentAck(p) = &a else {
                panic!("{a:?}")
            };
            assert!(!p.negative && !p.server);
            assert_eq!(
                (p.invoke_id, p.sequence_number, p.actual_window_size),
                (invoke, seq, win)
            );
            assert_eq!(a.service_name(), "segment-ack");
            assert_eq!(a.service_choice(), None);
        }
    }

    #[test]
    fn error_reject_abort_as_tshark_shows_them() {
        // RAA frame 43: Error, invoke 52, reinitializeDevice, services (5) / password-failure (26).
        let a = parse(RAA_43_ERROR);
        let Apdu::Error(p) = &a else { panic!("{a:?}") };
        assert_eq!((p.invoke_id, p.service_choice), (52, 20));
        assert_eq!(
            p.error,
            ErrorBody::Parsed {
                class: 5,
                code: 26,
                wrapped: false,
                rest: vec![]
            }
        );
        assert_eq!(a.service_name(), "reinitialize-device-error");
        let (class, code) = p.names().unwrap();
        assert_eq!(
            (class.as_ref(), code.as_ref()),
            ("services", "password-failure")
        );
        // EIP frame 636: property (2) / unknown-property (32).
        let a = parse(EIP_636_ERROR);
        let Apdu::Error(p) = &a else { panic!("{a:?}") };
        assert_eq!(p.error.class_and_code(), Some((2, 32)));
        assert_eq!(a.service_name(), "read-property-error");

        // RAA frame 44: Reject, invoke 58, unrecognized-service (9).
        let a = parse(RAA_44_REJECT);
        let Apdu::Reject(p) = &a else { panic!("{a:?}") };
        assert_eq!((p.invoke_id, p.reason), (58, 9));
        assert_eq!(p.reason_name(), "unrecognized-service");
        assert_eq!(a.service_name(), "reject");
        assert_eq!(a.service_choice(), None);

        // RAA frame 45: Abort from the server, invoke 1, other (0).
        let a = parse(RAA_45_ABORT);
        let Apdu::Abort(p) = &a else { panic!("{a:?}") };
        assert!(p.server);
        assert_eq!((p.invoke_id, p.reason), (1, 0));
        assert_eq!(p.reason_name(), "other");
        assert_eq!(a.service_name(), "abort");
        assert_eq!(a.pdu_type(), 7);
    }

    #[test]
    fn fixtures_round_trip_byte_for_byte() {
        for f in FIXTURES {
            let bytes = hex(f);
            let mut out = Vec::new();
            Apdu::parse(&bytes).unwrap().emit(&mut out);
            assert_eq!(out, bytes, "{f}");
        }
    }

    #[test]
    fn every_prefix_is_ok_or_err_without_panic() {
        for f in FIXTURES {
            let bytes = hex(f);
            for n in 0..=bytes.len() {
                if let Ok(a) = Apdu::parse(&bytes[..n]) {
                    let mut out = Vec::new();
                    a.emit(&mut out);
                    assert_eq!(out.len(), n, "{f} prefix {n}");
                }
            }
        }
        assert_eq!(Apdu::parse(&[]).unwrap_err().what, "truncated");
        // Header cut before the service choice.
        assert!(Apdu::parse(&hex("0005")).is_err());
        assert!(Apdu::parse(&hex("3c88")).is_err());
        assert!(Apdu::parse(&hex("3c8800")).is_err());
        assert!(Apdu::parse(&hex("4088")).is_err());
        assert!(Apdu::parse(&hex("5034")).is_err());
    }

    #[test]
    fn extended_error_bodies() {
        // WritePropertyMultiple-Error: [0] {property, unknown-property}, [1] first failed write
        // attempt {[0] analog-value 1, [1] present-value}.
        let bytes = hex("5007100e9102912 00f1e0c00800001195 51f"
            .replace(' ', "")
            .as_str());
        let a = Apdu::parse(&bytes).unwrap();
        let Apdu::Error(p) = &a else { panic!("{a:?}") };
        assert_eq!(
            p.error,
            ErrorBody::Parsed {
                class: 2,
                code: 32,
                wrapped: true,
                rest: hex("1e0c0080000119551f")
            }
        );
        assert!(has_extended_error(p.service_choice));
        assert_eq!(a.service_name(), "write-property-multiple-error");
        let mut out = Vec::new();
        a.emit(&mut out);
        assert_eq!(out, bytes);

        // ConfirmedPrivateTransfer-Error with a four-octet error code.
        let bytes = hex("5001120e910594010203040f19071a01ff");
        let Apdu::Error(p) = Apdu::parse(&bytes).unwrap() else {
            panic!()
        };
        assert_eq!(p.error.class_and_code(), Some((5, 0x0102_0304)));
        assert!(matches!(p.error, ErrorBody::Parsed { wrapped: true, .. }));
    }

    #[test]
    fn odd_error_bodies_are_kept_raw() {
        for (body, class_code) in [
            // Class encoded in two octets where one would do.
            ("92000591 1a", Some((5, 26))),
            // Wrapped but the closing tag is missing.
            ("0e91059 11a", None),
            // Only the class.
            ("9105", None),
            // Nothing at all.
            ("", None),
            // Unsigned (tag 2) instead of enumerated.
            ("21052 11a", None),
        ] {
            let body = hex(&body.replace(' ', ""));
            let mut bytes = hex("5001 0c");
            bytes.extend_from_slice(&body);
            let a = Apdu::parse(&bytes).unwrap();
            let Apdu::Error(p) = &a else { panic!() };
            assert_eq!(p.error, ErrorBody::Raw(body.clone()));
            assert_eq!(p.error.class_and_code(), class_code);
            let mut out = Vec::new();
            a.emit(&mut out);
            assert_eq!(out, bytes);
        }
        // Stray bytes after a plain pair are kept, not refused.
        let a = parse("50010c910291 20 ff");
        let Apdu::Error(p) = &a else { panic!() };
        assert_eq!(
            p.error,
            ErrorBody::Parsed {
                class: 2,
                code: 32,
                wrapped: false,
                rest: vec![0xff]
            }
        );
    }

    #[test]
    fn reserved_bits_are_flagged_not_refused() {
        for f in [
            "1108",
            "0105010c",
            "0085010c",
            "2102 0f",
            "3302 0c",
            "4c02 0000",
            "5f34149105911a",
            "6f3a09",
            "7f0100",
        ] {
            let bytes = hex(f);
            let a = Apdu::parse(&bytes).unwrap();
            assert!(a.has_reserved_bits(), "{f}");
            let mut out = Vec::new();
            a.emit(&mut out);
            assert_eq!(out, bytes, "{f}");
        }
        for f in FIXTURES {
            assert!(!parse(f).has_reserved_bits(), "{f}");
        }
    }

    #[test]
    fn malformed_bodies_are_written_back_raw() {
        let a = Apdu::UnconfirmedRequest(UnconfirmedRequestPdu {
            body: Body::Malformed {
                choice: 0,
                raw: vec![0xc4, 0x02],
                error: WireError::new("services", "truncated", 2),
            },
            reserved_bits: 0,
        });
        let mut out = Vec::new();
        a.emit(&mut out);
        assert_eq!(out, hex("1000c402"));
        assert_eq!((a.service_name(), a.service_choice()), ("i-am", Some(0)));
    }

    #[test]
    fn trailing_bytes_after_fixed_pdus_are_kept() {
        let a = parse("603a09ee");
        let Apdu::Reject(p) = &a else { panic!() };
        assert_eq!(p.trailing, vec![0xee]);
        let a = parse("20020f00");
        let Apdu::SimpleAck(p) = &a else { panic!() };
        assert_eq!(p.trailing, vec![0x00]);
    }

    #[test]
    fn reserved_pdu_types_become_unknown() {
        for t in 8u8..=15 {
            let bytes = [t << 4 | 0x3, 1, 2];
            let a = Apdu::parse(&bytes).unwrap();
            assert_eq!(
                a,
                Apdu::Unknown {
                    first_octet: t << 4 | 0x3,
                    rest: vec![1, 2]
                }
            );
            assert_eq!(a.pdu_type(), t);
            assert_eq!(a.service_name(), "unknown-pdu-type");
            assert_eq!((a.invoke_id(), a.service_choice()), (None, None));
        }
    }

    #[test]
    fn code_tables() {
        let octets: Vec<_> = (0..16).map(max_apdu_octets).collect();
        assert_eq!(
            &octets[..6],
            &[
                Some(50),
                Some(128),
                Some(206),
                Some(480),
                Some(1024),
                Some(1476)
            ]
        );
        assert!(octets[6..].iter().all(Option::is_none));
        assert_eq!(max_segments(0), MaxSegments::Unspecified);
        assert_eq!(max_segments(1), MaxSegments::UpTo(2));
        assert_eq!(max_segments(6), MaxSegments::UpTo(64));
        assert_eq!(max_segments(7), MaxSegments::MoreThan64);
    }

    #[test]
    fn service_names() {
        for (c, n) in [
            (0, "acknowledge-alarm"),
            (5, "subscribe-cov"),
            (6, "atomic-read-file"),
            (14, "read-property-multiple"),
            (16, "write-property-multiple"),
            (17, "device-communication-control"),
            (20, "reinitialize-device"),
            (26, "read-range"),
            (30, "subscribe-cov-property-multiple"),
            (32, "confirmed-audit-notification"),
            (33, "audit-log-query"),
            (34, "unknown-confirmed-service"),
            (255, "unknown-confirmed-service"),
        ] {
            assert_eq!(confirmed_service_name(c), n);
        }
        for (c, n) in [
            (0, "i-am"),
            (1, "i-have"),
            (6, "time-synchronization"),
            (7, "who-has"),
            (9, "utc-time-synchronization"),
            (10, "write-group"),
            (11, "unconfirmed-cov-notification-multiple"),
            (12, "unconfirmed-audit-notification"),
            (13, "who-am-i"),
            (14, "you-are"),
            (15, "unknown-unconfirmed-service"),
        ] {
            assert_eq!(unconfirmed_service_name(c), n);
        }
        assert_eq!(
            parse("20014a").service_name(),
            "unknown-confirmed-service-ack"
        );
        assert_eq!(
            parse("50014a91009100").service_name(),
            "unknown-confirmed-service-error"
        );
        assert_eq!(
            parse("2001 11").service_name(),
            "device-communication-control-ack"
        );
        assert_eq!(parse("1020").service_name(), "unknown-unconfirmed-service");
    }

    // ---- property tests ----

    fn bytes(max: usize) -> impl Strategy<Value = Vec<u8>> {
        prop::collection::vec(any::<u8>(), 0..max)
    }

    fn segment() -> impl Strategy<Value = Segment> {
        (any::<u8>(), any::<u8>(), any::<u8>(), bytes(40)).prop_map(
            |(sequence_number, window_size, service_choice, raw)| Segment {
                sequence_number,
                window_size,
                service_choice,
                raw,
            },
        )
    }

    // Whole bodies use choices no standard service has, so that they stay `Other` whatever the
    // service decoders learn.
    fn confirmed_body() -> impl Strategy<Value = Segmentable<ConfirmedRequest>> {
        prop_oneof![
            (34u8..=255, bytes(40)).prop_map(|(choice, raw)| Segmentable::Whole(Body::Decoded(
                ConfirmedRequest::Other { choice, raw }
            ))),
            segment().prop_map(Segmentable::Segment),
        ]
    }

    fn complex_ack_body() -> impl Strategy<Value = Segmentable<ComplexAck>> {
        prop_oneof![
            (34u8..=255, bytes(40)).prop_map(|(choice, raw)| Segmentable::Whole(Body::Decoded(
                ComplexAck::Other { choice, raw }
            ))),
            segment().prop_map(Segmentable::Segment),
        ]
    }

    fn error_body() -> impl Strategy<Value = ErrorBody> {
        (any::<u32>(), any::<u32>(), any::<bool>(), bytes(20)).prop_map(
            |(class, code, wrapped, rest)| ErrorBody::Parsed {
                class,
                code,
                wrapped,
                rest,
            },
        )
    }

    fn apdu() -> impl Strategy<Value = Apdu> {
        prop_oneof![
            (
                any::<bool>(),
                any::<bool>(),
                0u8..8,
                0u8..16,
                any::<u8>(),
                confirmed_body(),
                0u8..=1,
                any::<bool>()
            )
                .prop_map(
                    |(more_follows, sa, seg, max, invoke_id, body, reserved_bits, octet1)| {
                        Apdu::ConfirmedRequest(ConfirmedRequestPdu {
                            more_follows,
                            segmented_response_accepted: sa,
                            max_segments_code: seg,
                            max_apdu_code: max,
                            invoke_id,
                            body,
                            reserved_bits,
                            reserved_octet1_bit: octet1,
                        })
                    }
                ),
            (15u8..=255, bytes(40), 0u8..16).prop_map(|(choice, raw, reserved_bits)| {
                Apdu::UnconfirmedRequest(UnconfirmedRequestPdu {
                    body: Body::Decoded(UnconfirmedRequest::Other { choice, raw }),
                    reserved_bits,
                })
            }),
            (any::<u8>(), any::<u8>(), 0u8..16, bytes(4)).prop_map(
                |(invoke_id, service_choice, reserved_bits, trailing)| {
                    Apdu::SimpleAck(SimpleAckPdu {
                        invoke_id,
                        service_choice,
                        reserved_bits,
                        trailing,
                    })
                }
            ),
            (any::<bool>(), any::<u8>(), complex_ack_body(), 0u8..4).prop_map(
                |(more_follows, invoke_id, body, reserved_bits)| {
                    Apdu::ComplexAck(ComplexAckPdu {
                        more_follows,
                        invoke_id,
                        body,
                        reserved_bits,
                    })
                }
            ),
            (
                any::<bool>(),
                any::<bool>(),
                any::<u8>(),
                any::<u8>(),
                any::<u8>(),
                0u8..4,
                bytes(4)
            )
                .prop_map(
                    |(
                        negative,
                        server,
                        invoke_id,
                        sequence_number,
                        actual_window_size,
                        r,
                        trailing,
                    )| {
                        Apdu::SegmentAck(SegmentAckPdu {
                            negative,
                            server,
                            invoke_id,
                            sequence_number,
                            actual_window_size,
                            reserved_bits: r << 2,
                            trailing,
                        })
                    }
                ),
            (any::<u8>(), any::<u8>(), error_body(), 0u8..16).prop_map(
                |(invoke_id, service_choice, error, reserved_bits)| {
                    Apdu::Error(ErrorPdu {
                        invoke_id,
                        service_choice,
                        error,
                        reserved_bits,
                    })
                }
            ),
            (any::<u8>(), any::<u8>(), 0u8..16, bytes(4)).prop_map(
                |(invoke_id, reason, reserved_bits, trailing)| {
                    Apdu::Reject(RejectPdu {
                        invoke_id,
                        reason,
                        reserved_bits,
                        trailing,
                    })
                }
            ),
            (any::<bool>(), any::<u8>(), any::<u8>(), 0u8..8, bytes(4)).prop_map(
                |(server, invoke_id, reason, r, trailing)| {
                    Apdu::Abort(AbortPdu {
                        server,
                        invoke_id,
                        reason,
                        reserved_bits: r << 1,
                        trailing,
                    })
                }
            ),
            (0x80u8..=0xff, bytes(20))
                .prop_map(|(first_octet, rest)| Apdu::Unknown { first_octet, rest }),
        ]
    }

    fn has_decoded_body(a: &Apdu) -> bool {
        match a {
            Apdu::ConfirmedRequest(p) => p.body.decoded().is_some(),
            Apdu::UnconfirmedRequest(p) => p.body.decoded().is_some(),
            Apdu::ComplexAck(p) => p.body.decoded().is_some(),
            _ => false,
        }
    }

    proptest! {
        #[test]
        fn emit_then_parse_gives_the_same_value(a in apdu()) {
            let mut out = Vec::new();
            a.emit(&mut out);
            prop_assert_eq!(Apdu::parse(&out).unwrap(), a);
        }

        #[test]
        fn arbitrary_bytes_never_panic_and_round_trip(b in bytes(64)) {
            if let Ok(a) = Apdu::parse(&b) {
                let _ = (a.service_name(), a.pdu_type(), a.invoke_id(), a.service_choice());
                // Decoded service bodies are the service decoders' business; everything kept
                // here must come back byte for byte.
                if !has_decoded_body(&a) {
                    let mut out = Vec::new();
                    a.emit(&mut out);
                    prop_assert_eq!(out, b);
                }
            }
        }
    }
}
