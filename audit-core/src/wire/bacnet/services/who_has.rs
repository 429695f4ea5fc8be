//! Who-Has and I-Have (clause 16.9).
//!
//! Who-Has: `[0] low limit, [1] high limit` (both or neither), then the object asked for,
//! `[2] objectIdentifier` or `[3] objectName`. I-Have: application-tagged `deviceIdentifier,
//! objectIdentifier, objectName`. Names in any charset decode (DBCS names are seen in the wild).

use super::super::tag::{
    CharString, ObjectId, app_tag, application, context, decode_char_string, decode_object_id,
    encode_char_string, encode_object_id, next_is_context, put_application, put_context,
};
use super::who_is::{emit_limits, limit_oddities, parse_limits};
use super::{push_trailing, trailing};
use crate::wire::{Reader, WireError};

pub const I_HAVE_NOT_A_DEVICE: &str = "identifier is not a device object";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WhoHasObject {
    Identifier(ObjectId),
    Name(CharString),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WhoHas {
    pub low: Option<u64>,
    pub high: Option<u64>,
    pub object: WhoHasObject,
    pub trailing: Vec<u8>,
}

impl WhoHas {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let (low, high) = parse_limits(r)?;
        let object = if next_is_context(r, 2) {
            WhoHasObject::Identifier(context(r, 2, decode_object_id)?)
        } else {
            WhoHasObject::Name(context(r, 3, decode_char_string)?)
        };
        Ok(Self {
            low,
            high,
            object,
            trailing: trailing(r),
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        emit_limits(self.low, self.high, out);
        match &self.object {
            WhoHasObject::Identifier(id) => put_context(out, 2, &encode_object_id(*id)),
            WhoHasObject::Name(n) => put_context(out, 3, &encode_char_string(n)),
        }
        out.extend_from_slice(&self.trailing);
    }

    pub fn oddities(&self) -> Vec<&'static str> {
        let mut odd = Vec::new();
        limit_oddities(self.low, self.high, &mut odd);
        push_trailing(&mut odd, &self.trailing);
        odd
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IHave {
    pub device: ObjectId,
    pub object: ObjectId,
    pub object_name: CharString,
    pub trailing: Vec<u8>,
}

impl IHave {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self {
            device: application(r, app_tag::OBJECT_IDENTIFIER, decode_object_id)?,
            object: application(r, app_tag::OBJECT_IDENTIFIER, decode_object_id)?,
            object_name: application(r, app_tag::CHARACTER_STRING, decode_char_string)?,
            trailing: trailing(r),
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        put_application(
            out,
            app_tag::OBJECT_IDENTIFIER,
            &encode_object_id(self.device),
        );
        put_application(
            out,
            app_tag::OBJECT_IDENTIFIER,
            &encode_object_id(self.object),
        );
        put_application(
            out,
            app_tag::CHARACTER_STRING,
            &encode_char_string(&self.object_name),
        );
        out.extend_from_slice(&self.trailing);
    }

    pub fn oddities(&self) -> Vec<&'static str> {
        let mut odd = Vec::new();
        if self.device.object_type != ObjectId::DEVICE {
            odd.push(I_HAVE_NOT_A_DEVICE);
        }
        push_trailing(&mut odd, &self.trailing);
        odd
    }
}

#[cfg(test)]
mod tests {
    use super::super::LAYER;
    use super::super::fixtures::{I_HAVE_DBCS, I_HAVE_SYNERGY, WHO_HAS_ID, WHO_HAS_NAME, hex};
    use super::super::who_is::ONE_LIMIT_ONLY;
    use super::*;
    use crate::wire::bacnet::tag::charset;

    #[test]
    fn who_has_fixtures() {
        // tshark: ObjectIdentifier: device, 108.
        let w = WhoHas::parse(&mut Reader::new(&hex(WHO_HAS_ID.hex), LAYER)).unwrap();
        assert_eq!(w.object, WhoHasObject::Identifier(ObjectId::new(8, 108)));
        assert_eq!((w.low, w.high), (None, None));
        // tshark: ObjectName: relay 108.
        let w = WhoHas::parse(&mut Reader::new(&hex(WHO_HAS_NAME.hex), LAYER)).unwrap();
        let WhoHasObject::Name(n) = &w.object else {
            panic!("{w:?}")
        };
        assert_eq!(n.text(), "relay 108");
        // Neither [2] nor [3]: an error, not a guess.
        assert!(WhoHas::parse(&mut Reader::new(&[0x09, 0x01, 0x19, 0x02], LAYER)).is_err());
        let w = WhoHas::parse(&mut Reader::new(&[0x09, 0x01, 0x2C, 0, 0, 0, 1], LAYER)).unwrap();
        assert_eq!(w.oddities(), [ONE_LIMIT_ONLY]);
    }

    #[test]
    fn i_have_with_a_dbcs_name_decodes() {
        // rusty-bacnet refuses this frame; tshark shows accumulator,4 and "Code Page: 932".
        let h = IHave::parse(&mut Reader::new(&hex(I_HAVE_DBCS.hex), LAYER)).unwrap();
        assert_eq!(h.device, ObjectId::new(8, 254));
        assert_eq!(h.object, ObjectId::new(23, 4));
        assert_eq!(h.object_name.charset, charset::DBCS);
        assert_eq!(h.object_name.dbcs_code_page(), Some(932));
        assert_eq!(h.object_name.bytes.len(), 8);
        assert!(h.oddities().is_empty());
        let h = IHave::parse(&mut Reader::new(&hex(I_HAVE_SYNERGY.hex), LAYER)).unwrap();
        assert_eq!(h.object_name.text(), "SYNERGY");
        assert_eq!(h.device, h.object);
    }
}
