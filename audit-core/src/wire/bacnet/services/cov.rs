//! SubscribeCOV (clause 13.14) and COV notifications (clauses 13.6, 13.7).
//!
//! SubscribeCOV: `[0] subscriberProcessIdentifier, [1] monitoredObjectIdentifier,
//! [2] issueConfirmedNotifications OPTIONAL, [3] lifetime OPTIONAL`; both optional fields
//! absent means cancellation. Notification: `[0] subscriberProcessIdentifier,
//! [1] initiatingDeviceIdentifier, [2] monitoredObjectIdentifier, [3] timeRemaining,
//! [4] listOfValues (SEQUENCE OF BACnetPropertyValue)`.

use super::super::tag::{
    ObjectId, context, decode_context_boolean, decode_object_id, decode_unsigned, encode_object_id,
    encode_unsigned, expect_closing, expect_opening, next_is_closing, optional_context,
    put_closing, put_context, put_context_boolean, put_opening,
};
use super::property::{PRESENT_VALUE, PropertyValue};
use super::{push_trailing, trailing};
use crate::wire::{Reader, WireError};

pub const ONE_OF_CONFIRMED_AND_LIFETIME: &str =
    "only one of issue-confirmed-notifications and lifetime";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubscribeCov {
    pub process_id: u64,
    pub object: ObjectId,
    pub issue_confirmed: Option<bool>,
    /// Seconds; 0 means indefinite.
    pub lifetime: Option<u64>,
    pub trailing: Vec<u8>,
}

impl SubscribeCov {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self {
            process_id: context(r, 0, decode_unsigned)?,
            object: context(r, 1, decode_object_id)?,
            issue_confirmed: optional_context(r, 2, decode_context_boolean)?,
            lifetime: optional_context(r, 3, decode_unsigned)?,
            trailing: trailing(r),
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        put_context(out, 0, &encode_unsigned(self.process_id));
        put_context(out, 1, &encode_object_id(self.object));
        if let Some(c) = self.issue_confirmed {
            put_context_boolean(out, 2, c);
        }
        if let Some(l) = self.lifetime {
            put_context(out, 3, &encode_unsigned(l));
        }
        out.extend_from_slice(&self.trailing);
    }

    pub fn is_cancellation(&self) -> bool {
        self.issue_confirmed.is_none() && self.lifetime.is_none()
    }

    pub fn oddities(&self) -> Vec<&'static str> {
        let mut odd = Vec::new();
        // The standard requires issueConfirmedNotifications in a subscription (not a cancellation).
        if self.issue_confirmed.is_none() && self.lifetime.is_some() {
            odd.push(ONE_OF_CONFIRMED_AND_LIFETIME);
        }
        push_trailing(&mut odd, &self.trailing);
        odd
    }
}

/// The body of both ConfirmedCOVNotification and UnconfirmedCOVNotification.
#[derive(Debug, Clone, PartialEq)]
pub struct CovNotification {
    pub process_id: u64,
    pub initiating_device: ObjectId,
    pub monitored_object: ObjectId,
    /// Seconds left in the subscription.
    pub time_remaining: u64,
    pub values: Vec<PropertyValue>,
    pub trailing: Vec<u8>,
}

impl CovNotification {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let process_id = context(r, 0, decode_unsigned)?;
        let initiating_device = context(r, 1, decode_object_id)?;
        let monitored_object = context(r, 2, decode_object_id)?;
        let time_remaining = context(r, 3, decode_unsigned)?;
        expect_opening(r, 4)?;
        let mut values = Vec::new();
        while !next_is_closing(r, 4) {
            values.push(PropertyValue::parse(r)?);
        }
        expect_closing(r, 4)?;
        Ok(Self {
            process_id,
            initiating_device,
            monitored_object,
            time_remaining,
            values,
            trailing: trailing(r),
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        put_context(out, 0, &encode_unsigned(self.process_id));
        put_context(out, 1, &encode_object_id(self.initiating_device));
        put_context(out, 2, &encode_object_id(self.monitored_object));
        put_context(out, 3, &encode_unsigned(self.time_remaining));
        put_opening(out, 4);
        for v in &self.values {
            v.emit(out);
        }
        put_closing(out, 4);
        out.extend_from_slice(&self.trailing);
    }

    /// The value of one property in the notification.
    pub fn value_of(&self, property: u32) -> Option<&PropertyValue> {
        self.values.iter().find(|v| v.property == property)
    }

    /// Present_Value as a number, when it is one.
    pub fn present_value(&self) -> Option<f64> {
        self.value_of(PRESENT_VALUE).and_then(|v| v.value.as_f64())
    }

    pub fn oddities(&self) -> Vec<&'static str> {
        let mut odd = Vec::new();
        push_trailing(&mut odd, &self.trailing);
        odd
    }
}

#[cfg(test)]
mod tests {
    use super::super::LAYER;
    use super::super::fixtures::{COV_CONFIRMED, COV_UNCONFIRMED, SUBSCRIBE_COV_F_1_10, hex};
    use super::*;
    use crate::wire::bacnet::tag::{ApplicationValue, BitString};

    #[test]
    fn subscribe_and_cancel() {
        let b = hex(SUBSCRIBE_COV_F_1_10.hex);
        let s = SubscribeCov::parse(&mut Reader::new(&b, LAYER)).unwrap();
        assert_eq!(s.process_id, 18);
        assert_eq!(s.object, ObjectId::new(0, 10));
        assert_eq!((s.issue_confirmed, s.lifetime), (Some(true), Some(0)));
        assert!(!s.is_cancellation());
        // The same request without the two optional fields cancels the subscription.
        let c = SubscribeCov::parse(&mut Reader::new(&b[..7], LAYER)).unwrap();
        assert!(c.is_cancellation());
        assert!(c.oddities().is_empty());
        // A context Boolean of 2 is not a Boolean.
        let mut bad = b.clone();
        bad[8] = 2;
        assert!(SubscribeCov::parse(&mut Reader::new(&bad, LAYER)).is_err());
    }

    #[test]
    fn notifications_decode_like_tshark() {
        let n = CovNotification::parse(&mut Reader::new(&hex(COV_CONFIRMED.hex), LAYER)).unwrap();
        assert_eq!(n.process_id, 1);
        assert_eq!(n.initiating_device, ObjectId::new(8, 1234));
        assert_eq!(n.monitored_object, ObjectId::new(1, 1));
        // tshark: "Time remaining: (hh.mm.ss): 0.09.59".
        assert_eq!(n.time_remaining, 9 * 60 + 59);
        assert_eq!(n.present_value(), Some(0.0));
        assert_eq!(
            n.value_of(111).unwrap().value.as_single(),
            Some(&ApplicationValue::BitString(BitString::from_bits(
                &[false; 4]
            )))
        );
        let n = CovNotification::parse(&mut Reader::new(&hex(COV_UNCONFIRMED.hex), LAYER)).unwrap();
        assert_eq!(n.monitored_object, ObjectId::new(3, 4));
        assert_eq!(n.time_remaining, 5);
        assert_eq!(n.present_value(), Some(100.0));
    }
}
