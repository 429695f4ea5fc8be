//! BACnet service bodies (ASHRAE 135 clauses 13–16): the octets after the APDU header.
//!
//! [`apdu`](super::apdu) reads the header and calls `X::parse(choice, body)`; `emit` writes the
//! body back (no header) and `choice` gives the service choice. Services this module does not
//! decode stay `Other { choice, raw }`.
//!
//! Decoding is lenient like Wireshark, not validating like a device stack: what a conformant
//! device would refuse (a password over 20 characters or in any charset, priority 0 or 17,
//! Who-Is with one limit or low > high, octets after the last field) is decoded and reported by
//! `oddities()`, because an audit has to see exactly those messages.

pub mod atomic_file;
pub mod cov;
pub mod device_communication_control;
pub mod i_am;
pub mod property;
pub mod read_property;
pub mod read_property_multiple;
pub mod reinitialize_device;
pub mod time_synchronization;
pub mod who_has;
pub mod who_is;
pub mod write_property;
pub mod write_property_multiple;

#[cfg(test)]
mod fixtures;

pub use atomic_file::{
    AtomicReadFile, AtomicReadFileAck, AtomicWriteFile, AtomicWriteFileAck, FileData, FilePosition,
    ReadFileAccess,
};
pub use cov::{CovNotification, SubscribeCov};
pub use device_communication_control::DeviceCommunicationControl;
pub use i_am::IAm;
pub use property::{PropertyReference, PropertyValue};
pub use read_property::{ReadProperty, ReadPropertyAck};
pub use read_property_multiple::{
    ReadAccessResult, ReadAccessSpec, ReadOutcome, ReadPropertyMultiple, ReadPropertyMultipleAck,
    ReadResult,
};
pub use reinitialize_device::ReinitializeDevice;
pub use time_synchronization::TimeSynchronization;
pub use who_has::{IHave, WhoHas, WhoHasObject};
pub use who_is::WhoIs;
pub use write_property::WriteProperty;
pub use write_property_multiple::{WriteAccessSpec, WritePropertyMultiple};

use crate::wire::{Reader, WireError};

/// Layer name in errors from service bodies.
pub const LAYER: &str = "service";

/// Oddity recorded when octets follow the last field of a service.
pub const TRAILING_OCTETS: &str = "octets after the last field";

/// Confirmed service choices decoded here (clause 21, BACnetConfirmedServiceChoice).
pub mod confirmed_choice {
    pub const CONFIRMED_COV_NOTIFICATION: u8 = 1;
    pub const SUBSCRIBE_COV: u8 = 5;
    pub const ATOMIC_READ_FILE: u8 = 6;
    pub const ATOMIC_WRITE_FILE: u8 = 7;
    pub const READ_PROPERTY: u8 = 12;
    pub const READ_PROPERTY_MULTIPLE: u8 = 14;
    pub const WRITE_PROPERTY: u8 = 15;
    pub const WRITE_PROPERTY_MULTIPLE: u8 = 16;
    pub const DEVICE_COMMUNICATION_CONTROL: u8 = 17;
    pub const REINITIALIZE_DEVICE: u8 = 20;
}

/// Unconfirmed service choices decoded here (BACnetUnconfirmedServiceChoice).
pub mod unconfirmed_choice {
    pub const I_AM: u8 = 0;
    pub const I_HAVE: u8 = 1;
    pub const UNCONFIRMED_COV_NOTIFICATION: u8 = 2;
    pub const TIME_SYNCHRONIZATION: u8 = 6;
    pub const WHO_HAS: u8 = 7;
    pub const WHO_IS: u8 = 8;
    pub const UTC_TIME_SYNCHRONIZATION: u8 = 9;
}

#[derive(Debug, Clone, PartialEq)]
pub enum ConfirmedRequest {
    ConfirmedCovNotification(CovNotification),
    SubscribeCov(SubscribeCov),
    AtomicReadFile(AtomicReadFile),
    AtomicWriteFile(AtomicWriteFile),
    ReadProperty(ReadProperty),
    ReadPropertyMultiple(ReadPropertyMultiple),
    WriteProperty(WriteProperty),
    WritePropertyMultiple(WritePropertyMultiple),
    DeviceCommunicationControl(DeviceCommunicationControl),
    ReinitializeDevice(ReinitializeDevice),
    Other { choice: u8, raw: Vec<u8> },
}

#[derive(Debug, Clone, PartialEq)]
pub enum UnconfirmedRequest {
    IAm(IAm),
    IHave(IHave),
    UnconfirmedCovNotification(CovNotification),
    TimeSynchronization(TimeSynchronization),
    WhoHas(WhoHas),
    WhoIs(WhoIs),
    UtcTimeSynchronization(TimeSynchronization),
    Other { choice: u8, raw: Vec<u8> },
}

#[derive(Debug, Clone, PartialEq)]
pub enum ComplexAck {
    AtomicReadFile(AtomicReadFileAck),
    AtomicWriteFile(AtomicWriteFileAck),
    ReadProperty(ReadPropertyAck),
    ReadPropertyMultiple(ReadPropertyMultipleAck),
    Other { choice: u8, raw: Vec<u8> },
}

impl ConfirmedRequest {
    // Inlined into the APDU decoder (see `Apdu::parse`): the service is then built where the
    // message stores it.
    #[inline(always)]
    pub fn parse(choice: u8, body: &[u8]) -> Result<Self, WireError> {
        use confirmed_choice::*;
        let r = &mut Reader::new(body, LAYER);
        Ok(match choice {
            CONFIRMED_COV_NOTIFICATION => {
                Self::ConfirmedCovNotification(CovNotification::parse(r)?)
            }
            SUBSCRIBE_COV => Self::SubscribeCov(SubscribeCov::parse(r)?),
            ATOMIC_READ_FILE => Self::AtomicReadFile(AtomicReadFile::parse(r)?),
            ATOMIC_WRITE_FILE => Self::AtomicWriteFile(AtomicWriteFile::parse(r)?),
            READ_PROPERTY => Self::ReadProperty(ReadProperty::parse(r)?),
            READ_PROPERTY_MULTIPLE => Self::ReadPropertyMultiple(ReadPropertyMultiple::parse(r)?),
            WRITE_PROPERTY => Self::WriteProperty(WriteProperty::parse(r)?),
            WRITE_PROPERTY_MULTIPLE => {
                Self::WritePropertyMultiple(WritePropertyMultiple::parse(r)?)
            }
            DEVICE_COMMUNICATION_CONTROL => {
                Self::DeviceCommunicationControl(DeviceCommunicationControl::parse(r)?)
            }
            REINITIALIZE_DEVICE => Self::ReinitializeDevice(ReinitializeDevice::parse(r)?),
            _ => Self::Other {
                choice,
                raw: body.to_vec(),
            },
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        match self {
            Self::ConfirmedCovNotification(s) => s.emit(out),
            Self::SubscribeCov(s) => s.emit(out),
            Self::AtomicReadFile(s) => s.emit(out),
            Self::AtomicWriteFile(s) => s.emit(out),
            Self::ReadProperty(s) => s.emit(out),
            Self::ReadPropertyMultiple(s) => s.emit(out),
            Self::WriteProperty(s) => s.emit(out),
            Self::WritePropertyMultiple(s) => s.emit(out),
            Self::DeviceCommunicationControl(s) => s.emit(out),
            Self::ReinitializeDevice(s) => s.emit(out),
            Self::Other { raw, .. } => out.extend_from_slice(raw),
        }
    }

    pub fn choice(&self) -> u8 {
        use confirmed_choice::*;
        match self {
            Self::ConfirmedCovNotification(_) => CONFIRMED_COV_NOTIFICATION,
            Self::SubscribeCov(_) => SUBSCRIBE_COV,
            Self::AtomicReadFile(_) => ATOMIC_READ_FILE,
            Self::AtomicWriteFile(_) => ATOMIC_WRITE_FILE,
            Self::ReadProperty(_) => READ_PROPERTY,
            Self::ReadPropertyMultiple(_) => READ_PROPERTY_MULTIPLE,
            Self::WriteProperty(_) => WRITE_PROPERTY,
            Self::WritePropertyMultiple(_) => WRITE_PROPERTY_MULTIPLE,
            Self::DeviceCommunicationControl(_) => DEVICE_COMMUNICATION_CONTROL,
            Self::ReinitializeDevice(_) => REINITIALIZE_DEVICE,
            Self::Other { choice, .. } => *choice,
        }
    }

    /// What a conformant device would have refused, in short phrases (empty when none).
    pub fn oddities(&self) -> Vec<&'static str> {
        match self {
            Self::ConfirmedCovNotification(s) => s.oddities(),
            Self::SubscribeCov(s) => s.oddities(),
            Self::AtomicReadFile(s) => s.oddities(),
            Self::AtomicWriteFile(s) => s.oddities(),
            Self::ReadProperty(s) => s.oddities(),
            Self::ReadPropertyMultiple(s) => s.oddities(),
            Self::WriteProperty(s) => s.oddities(),
            Self::WritePropertyMultiple(s) => s.oddities(),
            Self::DeviceCommunicationControl(s) => s.oddities(),
            Self::ReinitializeDevice(s) => s.oddities(),
            Self::Other { .. } => Vec::new(),
        }
    }
}

impl UnconfirmedRequest {
    pub fn parse(choice: u8, body: &[u8]) -> Result<Self, WireError> {
        use unconfirmed_choice::*;
        let r = &mut Reader::new(body, LAYER);
        Ok(match choice {
            I_AM => Self::IAm(IAm::parse(r)?),
            I_HAVE => Self::IHave(IHave::parse(r)?),
            UNCONFIRMED_COV_NOTIFICATION => {
                Self::UnconfirmedCovNotification(CovNotification::parse(r)?)
            }
            TIME_SYNCHRONIZATION => Self::TimeSynchronization(TimeSynchronization::parse(r)?),
            WHO_HAS => Self::WhoHas(WhoHas::parse(r)?),
            WHO_IS => Self::WhoIs(WhoIs::parse(r)?),
            UTC_TIME_SYNCHRONIZATION => {
                Self::UtcTimeSynchronization(TimeSynchronization::parse(r)?)
            }
            _ => Self::Other {
                choice,
                raw: body.to_vec(),
            },
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        match self {
            Self::IAm(s) => s.emit(out),
            Self::IHave(s) => s.emit(out),
            Self::UnconfirmedCovNotification(s) => s.emit(out),
            Self::TimeSynchronization(s) => s.emit(out),
            Self::WhoHas(s) => s.emit(out),
            Self::WhoIs(s) => s.emit(out),
            Self::UtcTimeSynchronization(s) => s.emit(out),
            Self::Other { raw, .. } => out.extend_from_slice(raw),
        }
    }

    pub fn choice(&self) -> u8 {
        use unconfirmed_choice::*;
        match self {
            Self::IAm(_) => I_AM,
            Self::IHave(_) => I_HAVE,
            Self::UnconfirmedCovNotification(_) => UNCONFIRMED_COV_NOTIFICATION,
            Self::TimeSynchronization(_) => TIME_SYNCHRONIZATION,
            Self::WhoHas(_) => WHO_HAS,
            Self::WhoIs(_) => WHO_IS,
            Self::UtcTimeSynchronization(_) => UTC_TIME_SYNCHRONIZATION,
            Self::Other { choice, .. } => *choice,
        }
    }

    pub fn oddities(&self) -> Vec<&'static str> {
        match self {
            Self::IAm(s) => s.oddities(),
            Self::IHave(s) => s.oddities(),
            Self::UnconfirmedCovNotification(s) => s.oddities(),
            Self::TimeSynchronization(s) | Self::UtcTimeSynchronization(s) => s.oddities(),
            Self::WhoHas(s) => s.oddities(),
            Self::WhoIs(s) => s.oddities(),
            Self::Other { .. } => Vec::new(),
        }
    }
}

impl ComplexAck {
    // Inlined into the APDU decoder (see `Apdu::parse`): the service is then built where the
    // message stores it.
    #[inline(always)]
    pub fn parse(choice: u8, body: &[u8]) -> Result<Self, WireError> {
        use confirmed_choice::*;
        let r = &mut Reader::new(body, LAYER);
        Ok(match choice {
            ATOMIC_READ_FILE => Self::AtomicReadFile(AtomicReadFileAck::parse(r)?),
            ATOMIC_WRITE_FILE => Self::AtomicWriteFile(AtomicWriteFileAck::parse(r)?),
            READ_PROPERTY => Self::ReadProperty(ReadPropertyAck::parse(r)?),
            READ_PROPERTY_MULTIPLE => {
                Self::ReadPropertyMultiple(ReadPropertyMultipleAck::parse(r)?)
            }
            _ => Self::Other {
                choice,
                raw: body.to_vec(),
            },
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        match self {
            Self::AtomicReadFile(s) => s.emit(out),
            Self::AtomicWriteFile(s) => s.emit(out),
            Self::ReadProperty(s) => s.emit(out),
            Self::ReadPropertyMultiple(s) => s.emit(out),
            Self::Other { raw, .. } => out.extend_from_slice(raw),
        }
    }

    pub fn choice(&self) -> u8 {
        use confirmed_choice::*;
        match self {
            Self::AtomicReadFile(_) => ATOMIC_READ_FILE,
            Self::AtomicWriteFile(_) => ATOMIC_WRITE_FILE,
            Self::ReadProperty(_) => READ_PROPERTY,
            Self::ReadPropertyMultiple(_) => READ_PROPERTY_MULTIPLE,
            Self::Other { choice, .. } => *choice,
        }
    }

    pub fn oddities(&self) -> Vec<&'static str> {
        match self {
            Self::AtomicReadFile(s) => s.oddities(),
            Self::AtomicWriteFile(s) => s.oddities(),
            Self::ReadProperty(s) => s.oddities(),
            Self::ReadPropertyMultiple(s) => s.oddities(),
            Self::Other { .. } => Vec::new(),
        }
    }
}

/// What is left after the last field, kept so that it is seen and re-emitted.
fn trailing(r: &mut Reader<'_>) -> Vec<u8> {
    r.rest().to_vec()
}

fn push_trailing(odd: &mut Vec<&'static str>, trailing: &[u8]) {
    if !trailing.is_empty() {
        odd.push(TRAILING_OCTETS);
    }
}

#[cfg(test)]
mod tests {
    use super::fixtures::*;
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn every_fixture_round_trips_and_no_prefix_panics() {
        let mut n = 0;
        for f in ALL {
            let body = hex(f.hex);
            let mut out = Vec::new();
            let odd = match f.kind {
                Kind::Confirmed => {
                    let v = ConfirmedRequest::parse(f.choice, &body).unwrap();
                    assert!(!matches!(v, ConfirmedRequest::Other { .. }), "{}", f.name);
                    assert_eq!(v.choice(), f.choice);
                    v.emit(&mut out);
                    v.oddities()
                }
                Kind::Unconfirmed => {
                    let v = UnconfirmedRequest::parse(f.choice, &body).unwrap();
                    assert!(!matches!(v, UnconfirmedRequest::Other { .. }), "{}", f.name);
                    assert_eq!(v.choice(), f.choice);
                    v.emit(&mut out);
                    v.oddities()
                }
                Kind::Ack => {
                    let v = ComplexAck::parse(f.choice, &body).unwrap();
                    assert!(!matches!(v, ComplexAck::Other { .. }), "{}", f.name);
                    assert_eq!(v.choice(), f.choice);
                    v.emit(&mut out);
                    v.oddities()
                }
            };
            assert_eq!(out, body, "round trip of {}", f.name);
            assert_eq!(odd, f.oddities, "oddities of {}", f.name);
            for len in 0..body.len() {
                let p = &body[..len];
                let _ = ConfirmedRequest::parse(f.choice, p);
                let _ = UnconfirmedRequest::parse(f.choice, p);
                let _ = ComplexAck::parse(f.choice, p);
            }
            n += 1;
        }
        assert!(n >= 30, "only {n} fixtures");
    }

    #[test]
    fn unknown_services_are_kept_raw() {
        // getAlarmSummary (confirmed 3) has an empty body; a vtOpen body
        // (cisagov-icsnpp_bacnet_error_reject_abort.pcap frame 20) is kept as it came.
        let v = ConfirmedRequest::parse(3, &[]).unwrap();
        assert_eq!(
            v,
            ConfirmedRequest::Other {
                choice: 3,
                raw: vec![]
            }
        );
        let raw = hex("9100 2105");
        let v = ConfirmedRequest::parse(21, &raw).unwrap();
        let mut out = Vec::new();
        v.emit(&mut out);
        assert_eq!((v.choice(), out), (21, raw));
        assert_eq!(
            UnconfirmedRequest::parse(200, &[1, 2]).unwrap().choice(),
            200
        );
        assert_eq!(ComplexAck::parse(26, &[1]).unwrap().choice(), 26);
    }

    #[test]
    fn random_bodies_never_panic() {
        // A fixed pseudo-random walk over every choice, in addition to the proptests below.
        let mut x: u32 = 0x1234_5678;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            let len = (x % 40) as usize;
            let body: Vec<u8> = (0..len)
                .map(|i| (x.rotate_left(i as u32) & 0xFF) as u8)
                .collect();
            let choice = (x >> 24) as u8 % 32;
            let _ = ConfirmedRequest::parse(choice, &body);
            let _ = UnconfirmedRequest::parse(choice, &body);
            let _ = ComplexAck::parse(choice, &body);
        }
    }

    proptest! {
        #[test]
        fn confirmed_emit_parse(v in arb_confirmed()) {
            let mut b = Vec::new();
            v.emit(&mut b);
            let back = ConfirmedRequest::parse(v.choice(), &b).unwrap();
            prop_assert_eq!(&back, &v);
            for n in 0..b.len() { let _ = ConfirmedRequest::parse(v.choice(), &b[..n]); }
        }

        #[test]
        fn unconfirmed_emit_parse(v in arb_unconfirmed()) {
            let mut b = Vec::new();
            v.emit(&mut b);
            let back = UnconfirmedRequest::parse(v.choice(), &b).unwrap();
            prop_assert_eq!(&back, &v);
            for n in 0..b.len() { let _ = UnconfirmedRequest::parse(v.choice(), &b[..n]); }
        }

        #[test]
        fn ack_emit_parse(v in arb_ack()) {
            let mut b = Vec::new();
            v.emit(&mut b);
            let back = ComplexAck::parse(v.choice(), &b).unwrap();
            prop_assert_eq!(&back, &v);
            for n in 0..b.len() { let _ = ComplexAck::parse(v.choice(), &b[..n]); }
        }

        #[test]
        fn arbitrary_bodies_never_panic(choice in 0u8..40, b in proptest::collection::vec(any::<u8>(), 0..80)) {
            let _ = ConfirmedRequest::parse(choice, &b);
            let _ = UnconfirmedRequest::parse(choice, &b);
            let _ = ComplexAck::parse(choice, &b);
        }
    }
}
