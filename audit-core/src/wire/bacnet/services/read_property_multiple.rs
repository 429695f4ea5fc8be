//! ReadPropertyMultiple (clause 15.7).
//!
//! Request: SEQUENCE OF `{ [0] objectIdentifier, [1] SEQUENCE OF BACnetPropertyReference }`.
//! ACK: SEQUENCE OF `{ [0] objectIdentifier, [1] SEQUENCE OF { [2] propertyIdentifier,
//! [3] propertyArrayIndex OPTIONAL, [4] propertyValue | [5] propertyAccessError } OPTIONAL }`.

use super::super::tag::{
    ObjectId, ValueList, app_tag, application, context, decode_enumerated, decode_object_id,
    decode_unsigned, encode_enumerated, encode_object_id, encode_unsigned, expect_closing,
    expect_opening, next_is_closing, next_is_opening, optional_context, put_application,
    put_closing, put_context, put_opening,
};
use super::property::PropertyReference;
use crate::wire::{Reader, WireError};

pub const EMPTY_LIST: &str = "empty list";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadAccessSpec {
    pub object: ObjectId,
    pub properties: Vec<PropertyReference>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadPropertyMultiple {
    pub specs: Vec<ReadAccessSpec>,
}

impl ReadPropertyMultiple {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let mut specs = Vec::new();
        while !r.is_empty() {
            let object = context(r, 0, decode_object_id)?;
            expect_opening(r, 1)?;
            let mut properties = Vec::new();
            while !next_is_closing(r, 1) {
                properties.push(PropertyReference::parse(r)?);
            }
            expect_closing(r, 1)?;
            specs.push(ReadAccessSpec { object, properties });
        }
        Ok(Self { specs })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        for s in &self.specs {
            put_context(out, 0, &encode_object_id(s.object));
            put_opening(out, 1);
            for p in &s.properties {
                p.emit(out);
            }
            put_closing(out, 1);
        }
    }

    pub fn oddities(&self) -> Vec<&'static str> {
        let empty = self.specs.is_empty() || self.specs.iter().any(|s| s.properties.is_empty());
        if empty { vec![EMPTY_LIST] } else { Vec::new() }
    }
}

/// The outcome of reading one property.
#[derive(Debug, Clone, PartialEq)]
pub enum ReadOutcome {
    Value(ValueList),
    /// Error class and code (clause 18), e.g. property (2) / unknown-property (32).
    Error {
        class: u32,
        code: u32,
    },
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReadResult {
    pub property: u32,
    pub array_index: Option<u64>,
    pub outcome: ReadOutcome,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReadAccessResult {
    pub object: ObjectId,
    /// None when the optional list of results is absent altogether.
    pub results: Option<Vec<ReadResult>>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ReadPropertyMultipleAck {
    pub results: Vec<ReadAccessResult>,
}

impl ReadPropertyMultipleAck {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let mut results = Vec::new();
        while !r.is_empty() {
            let object = context(r, 0, decode_object_id)?;
            let list = if next_is_opening(r, 1) {
                expect_opening(r, 1)?;
                let mut list = Vec::new();
                while !next_is_closing(r, 1) {
                    list.push(parse_result(r)?);
                }
                expect_closing(r, 1)?;
                Some(list)
            } else {
                None
            };
            results.push(ReadAccessResult {
                object,
                results: list,
            });
        }
        Ok(Self { results })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        for a in &self.results {
            put_context(out, 0, &encode_object_id(a.object));
            let Some(list) = &a.results else { continue };
            put_opening(out, 1);
            for res in list {
                put_context(out, 2, &encode_enumerated(res.property));
                if let Some(i) = res.array_index {
                    put_context(out, 3, &encode_unsigned(i));
                }
                match &res.outcome {
                    ReadOutcome::Value(v) => v.emit_enclosed(4, out),
                    ReadOutcome::Error { class, code } => {
                        put_opening(out, 5);
                        put_application(out, app_tag::ENUMERATED, &encode_enumerated(*class));
                        put_application(out, app_tag::ENUMERATED, &encode_enumerated(*code));
                        put_closing(out, 5);
                    }
                }
            }
            put_closing(out, 1);
        }
    }

    /// Every (object, result) pair, for callers that do not care about the grouping.
    pub fn iter(&self) -> impl Iterator<Item = (ObjectId, &ReadResult)> {
        self.results
            .iter()
            .flat_map(|a| a.results.iter().flatten().map(move |r| (a.object, r)))
    }

    pub fn oddities(&self) -> Vec<&'static str> {
        if self.results.is_empty() {
            vec![EMPTY_LIST]
        } else {
            Vec::new()
        }
    }
}

fn parse_result(r: &mut Reader<'_>) -> Result<ReadResult, WireError> {
    let property = context(r, 2, decode_enumerated)?;
    let array_index = optional_context(r, 3, decode_unsigned)?;
    let outcome = if next_is_opening(r, 4) {
        expect_opening(r, 4)?;
        ReadOutcome::Value(ValueList::parse_until_closing(r, 4)?)
    } else {
        expect_opening(r, 5)?;
        let class = application(r, app_tag::ENUMERATED, decode_enumerated)?;
        let code = application(r, app_tag::ENUMERATED, decode_enumerated)?;
        expect_closing(r, 5)?;
        ReadOutcome::Error { class, code }
    };
    Ok(ReadResult {
        property,
        array_index,
        outcome,
    })
}

#[cfg(test)]
mod tests {
    use super::super::LAYER;
    use super::super::fixtures::{
        RPM_ACK_EXCEPTION, RPM_ACK_SCHEDULE, RPM_ACK_SEGMENTED, RPM_MANY, RPM_SCHEDULE, hex,
    };
    use super::*;

    #[test]
    fn request_fixtures() {
        let rpm =
            ReadPropertyMultiple::parse(&mut Reader::new(&hex(RPM_SCHEDULE.hex), LAYER)).unwrap();
        assert_eq!(rpm.specs.len(), 1);
        assert_eq!(rpm.specs[0].object, ObjectId::new(17, 88));
        assert_eq!(rpm.specs[0].properties.len(), 15);
        assert_eq!(rpm.specs[0].properties[0].property, 75);
        let rpm = ReadPropertyMultiple::parse(&mut Reader::new(&hex(RPM_MANY.hex), LAYER)).unwrap();
        let instances: Vec<u32> = rpm.specs.iter().map(|s| s.object.instance).collect();
        assert_eq!(instances, (2101..=2132).collect::<Vec<_>>());
        assert!(rpm.oddities().is_empty());
    }

    #[test]
    fn ack_fixtures() {
        let ack =
            ReadPropertyMultipleAck::parse(&mut Reader::new(&hex(RPM_ACK_SCHEDULE.hex), LAYER))
                .unwrap();
        let all: Vec<_> = ack.iter().collect();
        assert_eq!(all.len(), 15);
        let errors: Vec<_> = all
            .iter()
            .filter(|(_, r)| matches!(r.outcome, ReadOutcome::Error { .. }))
            .collect();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].1.property, 168);
        assert_eq!(
            errors[0].1.outcome,
            ReadOutcome::Error { class: 2, code: 32 }
        );

        let ack =
            ReadPropertyMultipleAck::parse(&mut Reader::new(&hex(RPM_ACK_EXCEPTION.hex), LAYER))
                .unwrap();
        let pv = ack.iter().find(|(_, r)| r.property == 85).unwrap().1;
        let ReadOutcome::Value(v) = &pv.outcome else {
            panic!()
        };
        assert_eq!(v.as_f64(), Some(12.0));

        // tshark counts 22 "Error Code" in the reassembled ACK.
        let ack =
            ReadPropertyMultipleAck::parse(&mut Reader::new(&hex(RPM_ACK_SEGMENTED.hex), LAYER))
                .unwrap();
        let (mut values, mut errors) = (0, 0);
        for (_, r) in ack.iter() {
            match &r.outcome {
                ReadOutcome::Value(v) => {
                    assert!(v.as_f64().is_some());
                    values += 1;
                }
                ReadOutcome::Error { class, code } => {
                    assert_eq!((*class, *code), (1, 31));
                    errors += 1;
                }
            }
        }
        assert_eq!((values, errors), (10, 22));
    }

    #[test]
    fn result_list_may_be_absent_and_errors_need_both_codes() {
        let b = [0x0C, 0x00, 0x00, 0x00, 0x01];
        let ack = ReadPropertyMultipleAck::parse(&mut Reader::new(&b, LAYER)).unwrap();
        assert_eq!(ack.results[0].results, None);
        let mut out = Vec::new();
        ack.emit(&mut out);
        assert_eq!(out, b);
        // [5] with only an error class.
        let b = [
            0x0C, 0, 0, 0, 1, 0x1E, 0x29, 0x55, 0x5E, 0x91, 0x01, 0x5F, 0x1F,
        ];
        assert!(ReadPropertyMultipleAck::parse(&mut Reader::new(&b, LAYER)).is_err());
    }
}
