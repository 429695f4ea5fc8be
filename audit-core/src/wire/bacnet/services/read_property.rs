//! ReadProperty (clause 15.5): `[0] objectIdentifier, [1] propertyIdentifier,
//! [2] propertyArrayIndex OPTIONAL`; the ACK adds `[3] propertyValue`.

use super::super::tag::{
    ObjectId, ValueList, context, decode_enumerated, decode_object_id, decode_unsigned,
    encode_enumerated, encode_object_id, encode_unsigned, expect_opening, optional_context,
    put_context,
};
use super::{push_trailing, trailing};
use crate::wire::{Reader, WireError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadProperty {
    pub object: ObjectId,
    pub property: u32,
    pub array_index: Option<u64>,
    pub trailing: Vec<u8>,
}

impl ReadProperty {
    pub fn new(object: ObjectId, property: u32, array_index: Option<u64>) -> Self {
        Self {
            object,
            property,
            array_index,
            trailing: Vec::new(),
        }
    }

    #[inline]
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let (object, property, array_index) = parse_head(r)?;
        Ok(Self {
            object,
            property,
            array_index,
            trailing: trailing(r),
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        emit_head(self.object, self.property, self.array_index, out);
        out.extend_from_slice(&self.trailing);
    }

    pub fn oddities(&self) -> Vec<&'static str> {
        let mut odd = Vec::new();
        push_trailing(&mut odd, &self.trailing);
        odd
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReadPropertyAck {
    pub object: ObjectId,
    pub property: u32,
    pub array_index: Option<u64>,
    pub value: ValueList,
    pub trailing: Vec<u8>,
}

impl ReadPropertyAck {
    #[inline]
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let (object, property, array_index) = parse_head(r)?;
        expect_opening(r, 3)?;
        let value = ValueList::parse_until_closing(r, 3)?;
        Ok(Self {
            object,
            property,
            array_index,
            value,
            trailing: trailing(r),
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        emit_head(self.object, self.property, self.array_index, out);
        self.value.emit_enclosed(3, out);
        out.extend_from_slice(&self.trailing);
    }

    pub fn oddities(&self) -> Vec<&'static str> {
        let mut odd = Vec::new();
        push_trailing(&mut odd, &self.trailing);
        odd
    }
}

fn parse_head(r: &mut Reader<'_>) -> Result<(ObjectId, u32, Option<u64>), WireError> {
    Ok((
        context(r, 0, decode_object_id)?,
        context(r, 1, decode_enumerated)?,
        optional_context(r, 2, decode_unsigned)?,
    ))
}

fn emit_head(object: ObjectId, property: u32, index: Option<u64>, out: &mut Vec<u8>) {
    put_context(out, 0, &encode_object_id(object));
    put_context(out, 1, &encode_enumerated(property));
    if let Some(i) = index {
        put_context(out, 2, &encode_unsigned(i));
    }
}

#[cfg(test)]
mod tests {
    use super::super::LAYER;
    use super::super::fixtures::{
        RP_ACK_NAME, RP_ACK_PRESENT_VALUE, RP_ACK_SEGMENTED, RP_OBJECT_NAME, hex,
    };
    use super::*;
    use crate::wire::bacnet::tag::{ApplicationValue, ValueItem};

    #[test]
    fn request_fixture() {
        // tshark: analog-input,1 object-name (77).
        let rp = ReadProperty::parse(&mut Reader::new(&hex(RP_OBJECT_NAME.hex), LAYER)).unwrap();
        assert_eq!(rp, ReadProperty::new(ObjectId::new(0, 1), 77, None));
        // Hand-built: the same with array index 3, and with trailing octets.
        let b = hex("0c00000001194d2903");
        let rp = ReadProperty::parse(&mut Reader::new(&b, LAYER)).unwrap();
        assert_eq!(rp.array_index, Some(3));
        let rp = ReadProperty::parse(&mut Reader::new(&hex("0c00000001194d00"), LAYER)).unwrap();
        assert_eq!(rp.trailing, [0]);
        assert_eq!(rp.oddities(), [super::super::TRAILING_OCTETS]);
    }

    #[test]
    fn ack_fixtures() {
        // tshark: analog-input,1 present-value (real): 60.092586517334.
        let ack = ReadPropertyAck::parse(&mut Reader::new(&hex(RP_ACK_PRESENT_VALUE.hex), LAYER))
            .unwrap();
        assert_eq!(ack.property, 85);
        assert_eq!(
            ack.value.as_f64(),
            Some(f64::from(f32::from_bits(0x4270_5ECF)))
        );
        assert!((ack.value.as_f64().unwrap() - 60.092_586_517_334).abs() < 1e-9);
        let ack = ReadPropertyAck::parse(&mut Reader::new(&hex(RP_ACK_NAME.hex), LAYER)).unwrap();
        let Some(ApplicationValue::CharacterString(s)) = ack.value.as_single() else {
            panic!("{ack:?}")
        };
        assert_eq!(s.text(), "Sensor_45312");
        assert_eq!(ack.value.as_f64(), None);
        // A reassembled 3-segment ACK: device,254 object-list, 426 object identifiers.
        let ack =
            ReadPropertyAck::parse(&mut Reader::new(&hex(RP_ACK_SEGMENTED.hex), LAYER)).unwrap();
        assert_eq!(ack.property, 76);
        assert_eq!(ack.value.items.len(), 426);
        assert!(
            ack.value
                .items
                .iter()
                .all(|i| matches!(i, ValueItem::Value(ApplicationValue::ObjectIdentifier(_))))
        );
    }

    #[test]
    fn ack_without_closing_tag_is_an_error() {
        let b = hex(RP_ACK_PRESENT_VALUE.hex);
        assert!(ReadPropertyAck::parse(&mut Reader::new(&b[..b.len() - 1], LAYER)).is_err());
    }
}
