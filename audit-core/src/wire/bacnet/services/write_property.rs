//! WriteProperty (clause 15.9): `[0] objectIdentifier, [1] propertyIdentifier,
//! [2] propertyArrayIndex OPTIONAL, [3] propertyValue, [4] priority OPTIONAL`.

use super::super::tag::{
    ObjectId, ValueList, context, decode_enumerated, decode_object_id, decode_unsigned,
    encode_enumerated, encode_object_id, encode_unsigned, expect_opening, optional_context,
    put_context,
};
use super::property::{PRIORITY_OUT_OF_RANGE, PRIORITY_RANGE};
use super::{push_trailing, trailing};
use crate::wire::{Reader, WireError};

#[derive(Debug, Clone, PartialEq)]
pub struct WriteProperty {
    pub object: ObjectId,
    pub property: u32,
    pub array_index: Option<u64>,
    pub value: ValueList,
    /// 1..16 in a conformant request; 0, 17 and beyond are decoded and flagged.
    pub priority: Option<u64>,
    pub trailing: Vec<u8>,
}

impl WriteProperty {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let object = context(r, 0, decode_object_id)?;
        let property = context(r, 1, decode_enumerated)?;
        let array_index = optional_context(r, 2, decode_unsigned)?;
        expect_opening(r, 3)?;
        let value = ValueList::parse_until_closing(r, 3)?;
        let priority = optional_context(r, 4, decode_unsigned)?;
        Ok(Self {
            object,
            property,
            array_index,
            value,
            priority,
            trailing: trailing(r),
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        put_context(out, 0, &encode_object_id(self.object));
        put_context(out, 1, &encode_enumerated(self.property));
        if let Some(i) = self.array_index {
            put_context(out, 2, &encode_unsigned(i));
        }
        self.value.emit_enclosed(3, out);
        if let Some(p) = self.priority {
            put_context(out, 4, &encode_unsigned(p));
        }
        out.extend_from_slice(&self.trailing);
    }

    pub fn priority_out_of_range(&self) -> bool {
        self.priority.is_some_and(|p| !PRIORITY_RANGE.contains(&p))
    }

    pub fn oddities(&self) -> Vec<&'static str> {
        let mut odd = Vec::new();
        if self.priority_out_of_range() {
            odd.push(PRIORITY_OUT_OF_RANGE);
        }
        push_trailing(&mut odd, &self.trailing);
        odd
    }
}

#[cfg(test)]
mod tests {
    use super::super::LAYER;
    use super::super::fixtures::{WP_ENUM, WP_NULL, WP_REAL_PRIORITY, hex};
    use super::*;
    use crate::wire::bacnet::tag::ApplicationValue;

    fn parse(b: &[u8]) -> WriteProperty {
        WriteProperty::parse(&mut Reader::new(b, LAYER)).unwrap()
    }

    #[test]
    fn fixtures_decode_like_tshark() {
        let w = parse(&hex(WP_REAL_PRIORITY.hex));
        assert_eq!(w.object, ObjectId::new(0, 201));
        assert_eq!(w.property, 85);
        assert_eq!(w.value.as_f64(), Some(100.0));
        assert_eq!(w.priority, Some(10));
        let w = parse(&hex(WP_ENUM.hex));
        assert_eq!(w.value.as_single(), Some(&ApplicationValue::Enumerated(1)));
        let w = parse(&hex(WP_NULL.hex));
        assert_eq!(w.value.as_single(), Some(&ApplicationValue::Null));
        assert_eq!(w.value.as_f64(), None);
        assert_eq!(w.priority, Some(5));
    }

    #[test]
    fn priority_0_and_17_decode_and_are_flagged() {
        // The frame-7157 request with its priority octet changed to 0, then 17.
        let mut b = hex(WP_REAL_PRIORITY.hex);
        for p in [0u8, 17] {
            *b.last_mut().unwrap() = p;
            let w = parse(&b);
            assert_eq!(w.priority, Some(u64::from(p)));
            assert_eq!(w.oddities(), [PRIORITY_OUT_OF_RANGE]);
            let mut out = Vec::new();
            w.emit(&mut out);
            assert_eq!(out, b);
        }
    }
}
