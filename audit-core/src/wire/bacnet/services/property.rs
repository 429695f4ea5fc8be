//! The property reference and property value sequences shared by several services
//! (BACnetPropertyReference, BACnetPropertyValue; clause 21).

use super::super::tag::{
    ValueList, context, decode_enumerated, decode_unsigned, encode_enumerated, encode_unsigned,
    expect_opening, optional_context, put_context,
};
use crate::wire::{Reader, WireError};

/// The priorities a commandable property accepts (clause 19.2).
pub const PRIORITY_RANGE: std::ops::RangeInclusive<u64> = 1..=16;

/// Oddity recorded for a write priority outside 1..16.
pub const PRIORITY_OUT_OF_RANGE: &str = "priority outside 1..16";

/// Property_Identifier of Present_Value, the property a watch learns most from.
pub const PRESENT_VALUE: u32 = 85;

/// BACnetPropertyReference: `[0] propertyIdentifier, [1] propertyArrayIndex OPTIONAL`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PropertyReference {
    pub property: u32,
    pub array_index: Option<u64>,
}

impl PropertyReference {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self {
            property: context(r, 0, decode_enumerated)?,
            array_index: optional_context(r, 1, decode_unsigned)?,
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        put_context(out, 0, &encode_enumerated(self.property));
        if let Some(i) = self.array_index {
            put_context(out, 1, &encode_unsigned(i));
        }
    }
}

/// BACnetPropertyValue: `[0] propertyIdentifier, [1] propertyArrayIndex OPTIONAL,
/// [2] value, [3] priority OPTIONAL` (WritePropertyMultiple, COV notifications).
#[derive(Debug, Clone, PartialEq)]
pub struct PropertyValue {
    pub property: u32,
    pub array_index: Option<u64>,
    pub value: ValueList,
    pub priority: Option<u64>,
}

impl PropertyValue {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let property = context(r, 0, decode_enumerated)?;
        let array_index = optional_context(r, 1, decode_unsigned)?;
        expect_opening(r, 2)?;
        let value = ValueList::parse_until_closing(r, 2)?;
        let priority = optional_context(r, 3, decode_unsigned)?;
        Ok(Self {
            property,
            array_index,
            value,
            priority,
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        put_context(out, 0, &encode_enumerated(self.property));
        if let Some(i) = self.array_index {
            put_context(out, 1, &encode_unsigned(i));
        }
        self.value.emit_enclosed(2, out);
        if let Some(p) = self.priority {
            put_context(out, 3, &encode_unsigned(p));
        }
    }

    pub fn priority_out_of_range(&self) -> bool {
        self.priority.is_some_and(|p| !PRIORITY_RANGE.contains(&p))
    }
}
