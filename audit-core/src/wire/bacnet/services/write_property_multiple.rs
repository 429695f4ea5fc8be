//! WritePropertyMultiple (clause 15.10): SEQUENCE OF `{ [0] objectIdentifier,
//! [1] SEQUENCE OF BACnetPropertyValue }`.

use super::super::tag::{
    ObjectId, context, decode_object_id, encode_object_id, expect_closing, expect_opening,
    next_is_closing, put_closing, put_context, put_opening,
};
use super::property::{PRIORITY_OUT_OF_RANGE, PropertyValue};
use super::read_property_multiple::EMPTY_LIST;
use crate::wire::{Reader, WireError};

#[derive(Debug, Clone, PartialEq)]
pub struct WriteAccessSpec {
    pub object: ObjectId,
    pub values: Vec<PropertyValue>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct WritePropertyMultiple {
    pub specs: Vec<WriteAccessSpec>,
}

impl WritePropertyMultiple {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let mut specs = Vec::new();
        while !r.is_empty() {
            let object = context(r, 0, decode_object_id)?;
            expect_opening(r, 1)?;
            let mut values = Vec::new();
            while !next_is_closing(r, 1) {
                values.push(PropertyValue::parse(r)?);
            }
            expect_closing(r, 1)?;
            specs.push(WriteAccessSpec { object, values });
        }
        Ok(Self { specs })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        for s in &self.specs {
            put_context(out, 0, &encode_object_id(s.object));
            put_opening(out, 1);
            for v in &s.values {
                v.emit(out);
            }
            put_closing(out, 1);
        }
    }

    /// Every (object, property value) pair.
    pub fn iter(&self) -> impl Iterator<Item = (ObjectId, &PropertyValue)> {
        self.specs
            .iter()
            .flat_map(|s| s.values.iter().map(move |v| (s.object, v)))
    }

    pub fn oddities(&self) -> Vec<&'static str> {
        let mut odd = Vec::new();
        if self.specs.is_empty() || self.specs.iter().any(|s| s.values.is_empty()) {
            odd.push(EMPTY_LIST);
        }
        if self.iter().any(|(_, v)| v.priority_out_of_range()) {
            odd.push(PRIORITY_OUT_OF_RANGE);
        }
        odd
    }
}

#[cfg(test)]
mod tests {
    use super::super::LAYER;
    use super::super::fixtures::{WPM_TWO, hex};
    use super::*;

    #[test]
    fn fixture_decodes_like_tshark() {
        let w = WritePropertyMultiple::parse(&mut Reader::new(&hex(WPM_TWO.hex), LAYER)).unwrap();
        let all: Vec<_> = w.iter().collect();
        assert_eq!(all.len(), 2);
        for (i, (obj, v)) in all.iter().enumerate() {
            assert_eq!(*obj, ObjectId::new(4, i as u32));
            assert_eq!(v.property, 85);
            assert_eq!(v.value.as_f64(), Some(0.0));
            assert_eq!(v.priority, Some(5));
        }
    }

    #[test]
    fn priority_17_is_flagged() {
        let mut b = hex(WPM_TWO.hex);
        // The first priority octet ("39 05" after the first closing [2]).
        let at = b.windows(2).position(|w| w == [0x39, 0x05]).unwrap();
        b[at + 1] = 17;
        let w = WritePropertyMultiple::parse(&mut Reader::new(&b, LAYER)).unwrap();
        assert_eq!(w.oddities(), [PRIORITY_OUT_OF_RANGE]);
    }
}
