//! I-Am (clause 16.10.2): application-tagged `iAmDeviceIdentifier, maxAPDULengthAccepted,
//! segmentationSupported, vendorID`.

use super::super::tag::{
    ObjectId, app_tag, application, decode_enumerated, decode_object_id, decode_unsigned,
    encode_enumerated, encode_object_id, encode_unsigned, put_application,
};
use super::{push_trailing, trailing};
use crate::wire::{Reader, WireError};

pub const NOT_A_DEVICE: &str = "identifier is not a device object";
pub const UNKNOWN_SEGMENTATION: &str = "unknown segmentation value";
pub const MAX_APDU_TOO_SMALL: &str = "max APDU length below 50";

/// The smallest max-APDU a device may announce (clause 20.1.2.5).
pub const MIN_MAX_APDU: u64 = 50;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IAm {
    pub device: ObjectId,
    pub max_apdu: u64,
    /// BACnetSegmentation: 0 both, 1 transmit, 2 receive, 3 none.
    pub segmentation: u32,
    pub vendor_id: u64,
    pub trailing: Vec<u8>,
}

impl IAm {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self {
            device: application(r, app_tag::OBJECT_IDENTIFIER, decode_object_id)?,
            max_apdu: application(r, app_tag::UNSIGNED, decode_unsigned)?,
            segmentation: application(r, app_tag::ENUMERATED, decode_enumerated)?,
            vendor_id: application(r, app_tag::UNSIGNED, decode_unsigned)?,
            trailing: trailing(r),
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        put_application(
            out,
            app_tag::OBJECT_IDENTIFIER,
            &encode_object_id(self.device),
        );
        put_application(out, app_tag::UNSIGNED, &encode_unsigned(self.max_apdu));
        put_application(
            out,
            app_tag::ENUMERATED,
            &encode_enumerated(self.segmentation),
        );
        put_application(out, app_tag::UNSIGNED, &encode_unsigned(self.vendor_id));
        out.extend_from_slice(&self.trailing);
    }

    pub fn device_instance(&self) -> u32 {
        self.device.instance
    }

    /// Standard name of the segmentation value, None if unknown.
    pub fn segmentation_name(&self) -> Option<&'static str> {
        match self.segmentation {
            0 => Some("segmented-both"),
            1 => Some("segmented-transmit"),
            2 => Some("segmented-receive"),
            3 => Some("no-segmentation"),
            _ => None,
        }
    }

    pub fn oddities(&self) -> Vec<&'static str> {
        let mut odd = Vec::new();
        if self.device.object_type != ObjectId::DEVICE {
            odd.push(NOT_A_DEVICE);
        }
        if self.max_apdu < MIN_MAX_APDU {
            odd.push(MAX_APDU_TOO_SMALL);
        }
        if self.segmentation_name().is_none() {
            odd.push(UNKNOWN_SEGMENTATION);
        }
        push_trailing(&mut odd, &self.trailing);
        odd
    }
}

#[cfg(test)]
mod tests {
    use super::super::LAYER;
    use super::super::fixtures::{I_AM_101, I_AM_4194303, hex};
    use super::*;

    #[test]
    fn fixtures_decode_like_tshark() {
        // tshark: device,101, Maximum APDU Length Accepted: 1024, segmented-both (0),
        // vendor 1337 (0x0539).
        let a = IAm::parse(&mut Reader::new(&hex(I_AM_101.hex), LAYER)).unwrap();
        assert_eq!(a.device, ObjectId::new(8, 101));
        assert_eq!(a.device_instance(), 101);
        assert_eq!(a.max_apdu, 1024);
        assert_eq!(a.segmentation_name(), Some("segmented-both"));
        assert_eq!(a.vendor_id, 1337);
        // Device 4194303 is the "unconfigured" wildcard instance, which devices do announce.
        let a = IAm::parse(&mut Reader::new(&hex(I_AM_4194303.hex), LAYER)).unwrap();
        assert_eq!(a.device_instance(), ObjectId::MAX_INSTANCE);
        assert!(a.oddities().is_empty());
    }

    #[test]
    fn wrong_tags_are_errors_odd_values_are_flagged() {
        // Max APDU as Enumerated instead of Unsigned.
        let b = [
            0xC4, 0x02, 0x00, 0x00, 0x65, 0x91, 0x04, 0x91, 0x00, 0x21, 0x05,
        ];
        assert!(IAm::parse(&mut Reader::new(&b, LAYER)).is_err());
        let b = [
            0xC4, 0x00, 0x00, 0x00, 0x65, 0x21, 0x10, 0x91, 0x07, 0x21, 0x05,
        ];
        let a = IAm::parse(&mut Reader::new(&b, LAYER)).unwrap();
        assert_eq!(
            a.oddities(),
            [NOT_A_DEVICE, MAX_APDU_TOO_SMALL, UNKNOWN_SEGMENTATION]
        );
    }
}
