//! Who-Is (clause 16.10): `[0] deviceInstanceRangeLowLimit OPTIONAL,
//! [1] deviceInstanceRangeHighLimit OPTIONAL`, both or neither.

use super::super::tag::{
    ObjectId, decode_unsigned, encode_unsigned, optional_context, put_context,
};
use super::{push_trailing, trailing};
use crate::wire::{Reader, WireError};

pub const ONE_LIMIT_ONLY: &str = "only one device-instance limit";
pub const LOW_ABOVE_HIGH: &str = "low limit above high limit";
pub const LIMIT_OUT_OF_RANGE: &str = "device-instance limit above 4194303";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhoIs {
    pub low: Option<u64>,
    pub high: Option<u64>,
    pub trailing: Vec<u8>,
}

impl WhoIs {
    /// A Who-Is for every device.
    pub fn all() -> Self {
        Self {
            low: None,
            high: None,
            trailing: Vec::new(),
        }
    }

    /// A Who-Is for the device instances `low..=high`.
    pub fn range(low: u32, high: u32) -> Self {
        Self {
            low: Some(u64::from(low)),
            high: Some(u64::from(high)),
            trailing: Vec::new(),
        }
    }

    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let (low, high) = parse_limits(r)?;
        Ok(Self {
            low,
            high,
            trailing: trailing(r),
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        emit_limits(self.low, self.high, out);
        out.extend_from_slice(&self.trailing);
    }

    /// Whether a device with this instance is asked (a one-sided limit is taken as given).
    pub fn matches(&self, instance: u32) -> bool {
        let i = u64::from(instance);
        self.low.is_none_or(|l| l <= i) && self.high.is_none_or(|h| i <= h)
    }

    pub fn oddities(&self) -> Vec<&'static str> {
        let mut odd = Vec::new();
        limit_oddities(self.low, self.high, &mut odd);
        push_trailing(&mut odd, &self.trailing);
        odd
    }
}

/// The two optional device-instance limits of Who-Is and Who-Has.
pub(super) fn parse_limits(r: &mut Reader<'_>) -> Result<(Option<u64>, Option<u64>), WireError> {
    let low = optional_context(r, 0, decode_unsigned)?;
    let high = optional_context(r, 1, decode_unsigned)?;
    Ok((low, high))
}

pub(super) fn emit_limits(low: Option<u64>, high: Option<u64>, out: &mut Vec<u8>) {
    if let Some(l) = low {
        put_context(out, 0, &encode_unsigned(l));
    }
    if let Some(h) = high {
        put_context(out, 1, &encode_unsigned(h));
    }
}

pub(super) fn limit_oddities(low: Option<u64>, high: Option<u64>, odd: &mut Vec<&'static str>) {
    match (low, high) {
        (Some(_), None) | (None, Some(_)) => odd.push(ONE_LIMIT_ONLY),
        (Some(l), Some(h)) if l > h => odd.push(LOW_ABOVE_HIGH),
        _ => {}
    }
    let max = u64::from(ObjectId::MAX_INSTANCE);
    if low.is_some_and(|l| l > max) || high.is_some_and(|h| h > max) {
        odd.push(LIMIT_OUT_OF_RANGE);
    }
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{WHO_IS_3_OCTET, WHO_IS_108, hex};
    use super::super::{LAYER, TRAILING_OCTETS};
    use super::*;

    fn parse(b: &[u8]) -> WhoIs {
        WhoIs::parse(&mut Reader::new(b, LAYER)).unwrap()
    }

    #[test]
    fn fixtures_decode_like_tshark() {
        // tshark: "who-Is 108 108".
        let w = parse(&hex(WHO_IS_108.hex));
        assert_eq!(w, WhoIs::range(108, 108));
        assert!(w.matches(108) && !w.matches(109));
        // tshark: Device Instance Range Low Limit: 86114, High Limit: 86114.
        assert_eq!(parse(&hex(WHO_IS_3_OCTET.hex)), WhoIs::range(86114, 86114));
        assert_eq!(parse(&[]), WhoIs::all());
    }

    #[test]
    fn odd_who_is_decodes_and_is_flagged() {
        // Hand-built from the frame-283 fixture: low > high, one limit, trailing octets.
        let w = parse(&[0x09, 0x6D, 0x19, 0x6C]);
        assert_eq!(w.oddities(), [LOW_ABOVE_HIGH]);
        let w = parse(&[0x19, 0x6C]);
        assert_eq!((w.low, w.high), (None, Some(108)));
        assert_eq!(w.oddities(), [ONE_LIMIT_ONLY]);
        assert!(w.matches(5));
        let b = [0x09, 0x6C, 0x19, 0x6C, 0x00];
        let w = parse(&b);
        assert_eq!(w.oddities(), [TRAILING_OCTETS]);
        let mut out = Vec::new();
        w.emit(&mut out);
        assert_eq!(out, b);
        let w = parse(&[0x0B, 0x40, 0x00, 0x00, 0x1B, 0x40, 0x00, 0x00]);
        assert_eq!(w.oddities(), [LIMIT_OUT_OF_RANGE]);
    }
}
