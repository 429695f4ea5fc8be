//! Without an ETS file: the likely datapoint type of a group from what it carries. The size of a
//! group value narrows the type to a format (1 bit, 1 octet, 2 octets, ...); the values narrow
//! it further where a pattern is telling. It is a guess, and every table built here says so
//! ([`DptSource::Inferred`](super::DptSource)): the model and the alerts must show it as
//! inferred. The reasons are in [`Inference::why`], in words.
//!
//! Rules, most common building use first (03_07_02 and what KNX installations carry):
//! - ≤ 6 bits: only 0/1 → 1.001 switch; up to 3 → 2.001; up to 15 → 3.007 dimming step.
//! - 1 octet: a few values below 64 → a scene or mode (kept raw, learned as a set); otherwise
//!   5.001 percentage (the most common 1-octet type: valves, dimmers, blinds).
//! - 2 octets: 9.xxx 2-octet float (temperature, lux, humidity, ... all share it); 9.001 when
//!   every value lies between 10 and 35 with a spread below 10 (a room temperature or a
//!   setpoint).
//! - 4 octets: 14.xxx float when every value reads as an ordinary IEEE float; counts that never
//!   decrease → 13.xxx meter; otherwise 13.xxx signed value.
//! - 14 octets: 16.001 text; 3 octets: a time or date (10.001/11.001, not decoded).

use std::collections::BTreeMap;

use serde::Serialize;

use super::{AddressStyle, DptSource, GroupAddressTable, GroupEntry, ImportFormat};
use crate::wire::knxip::GroupAddress;
use crate::wire::knxip::apdu::GroupValue;
use crate::wire::knxip::dpt::{Dpt, ValueKind};

/// Values looked at per group (the first ones seen are enough to tell a format).
pub const MAX_SAMPLES: usize = 64;
/// Groups in an inferred table.
pub const MAX_GROUPS: usize = 65_536;

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Inference {
    pub dpt: Option<Dpt>,
    pub kind: ValueKind,
    /// Why, in words.
    pub why: &'static str,
}

const fn guess(dpt: Option<Dpt>, kind: ValueKind, why: &'static str) -> Inference {
    Inference { dpt, kind, why }
}

/// The likely type of a group from (up to [`MAX_SAMPLES`] of) its values.
pub fn infer(samples: &[GroupValue]) -> Option<Inference> {
    let samples = samples.get(..samples.len().min(MAX_SAMPLES))?;
    // The most common size: a value of another size is an oddity, not the type.
    let mut sizes: BTreeMap<Option<usize>, usize> = BTreeMap::new();
    for v in samples {
        *sizes.entry(size(v)).or_default() += 1;
    }
    let (&size_key, _) = sizes.iter().max_by_key(|(_, n)| **n)?;
    let same: Vec<&GroupValue> = samples.iter().filter(|v| size(v) == size_key).collect();
    Some(match size_key {
        None => short(&same),
        Some(1) => one_octet(&same),
        Some(2) => two_octets(&same),
        Some(3) => guess(
            None,
            ValueKind::Discrete,
            "3-octet values: a time or a date (10.001/11.001), not decoded",
        ),
        Some(4) => four_octets(&same),
        Some(14) => guess(
            Some(Dpt::new(16, 1)),
            ValueKind::Text,
            "14-octet values: a text (16.001)",
        ),
        Some(_) => guess(
            None,
            ValueKind::Discrete,
            "values of a size no common type has",
        ),
    })
}

fn size(v: &GroupValue) -> Option<usize> {
    match v {
        GroupValue::Short(_) => None,
        GroupValue::Long(d) => Some(d.len()),
    }
}

fn octets<const N: usize>(v: &GroupValue) -> Option<[u8; N]> {
    match v {
        GroupValue::Long(d) => d.as_slice().try_into().ok(),
        GroupValue::Short(_) => None,
    }
}

fn short(values: &[&GroupValue]) -> Inference {
    let max = values
        .iter()
        .filter_map(|v| match v {
            GroupValue::Short(b) => Some(b & 0x3F),
            GroupValue::Long(_) => None,
        })
        .max()
        .unwrap_or(0);
    match max {
        0..=1 => guess(
            Some(Dpt::new(1, 1)),
            ValueKind::Discrete,
            "1-bit values (on/off)",
        ),
        2..=3 => guess(
            Some(Dpt::new(2, 1)),
            ValueKind::Discrete,
            "2-bit values (switching with priority control)",
        ),
        4..=15 => guess(
            Some(Dpt::new(3, 7)),
            ValueKind::Discrete,
            "4-bit values (a dimming or blinds step)",
        ),
        _ => guess(None, ValueKind::Discrete, "6-bit values of an unknown type"),
    }
}

fn one_octet(values: &[&GroupValue]) -> Inference {
    let raw: Vec<u8> = values
        .iter()
        .filter_map(|v| octets::<1>(v))
        .map(|[b]| b)
        .collect();
    let mut distinct = raw.clone();
    distinct.sort_unstable();
    distinct.dedup();
    if distinct.len() <= 8 && distinct.last().is_some_and(|m| *m < 64) {
        return guess(
            Some(Dpt::main_only(5)),
            ValueKind::Discrete,
            "a few small 1-octet values: a scene or a mode (17.001, 20.x), kept as numbers",
        );
    }
    guess(
        Some(Dpt::new(5, 1)),
        ValueKind::Continuous,
        "1-octet values spread over 0–255: most likely a percentage (5.001)",
    )
}

fn two_octets(values: &[&GroupValue]) -> Inference {
    let floats: Vec<f64> = values
        .iter()
        .filter_map(|v| Dpt::main_only(9).decode(v).ok())
        .filter_map(|d| d.number())
        .collect();
    let (min, max) = floats
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
            (lo.min(*v), hi.max(*v))
        });
    if !floats.is_empty() && min >= 10.0 && max <= 35.0 && max - min < 10.0 {
        return guess(
            Some(Dpt::new(9, 1)),
            ValueKind::Continuous,
            "2-octet floats between 10 and 35: most likely a room temperature or a setpoint (9.001)",
        );
    }
    guess(
        Some(Dpt::main_only(9)),
        ValueKind::Continuous,
        "2-octet values: most likely a 2-octet float (9.xxx; unit unknown)",
    )
}

fn four_octets(values: &[&GroupValue]) -> Inference {
    let words: Vec<[u8; 4]> = values.iter().filter_map(|v| octets::<4>(v)).collect();
    let ordinary_float = |w: &[u8; 4]| {
        let f = f32::from_be_bytes(*w);
        f == 0.0 || (f.is_normal() && (1e-6..1e12).contains(&f.abs()))
    };
    if words.iter().all(ordinary_float) {
        return guess(
            Some(Dpt::main_only(14)),
            ValueKind::Continuous,
            "4-octet values that read as ordinary floats (14.xxx; unit unknown)",
        );
    }
    let counts: Vec<i32> = words.iter().map(|w| i32::from_be_bytes(*w)).collect();
    if counts.windows(2).all(|p| matches!(p, [a, b] if a <= b)) {
        return guess(
            Some(Dpt::main_only(13)),
            ValueKind::Counter,
            "4-octet counts that never decrease: a meter reading (13.x or 12.x)",
        );
    }
    guess(
        Some(Dpt::main_only(13)),
        ValueKind::Continuous,
        "4-octet integers (13.xxx; unit unknown)",
    )
}

/// A table of inferred types for groups seen in traffic (no names).
pub fn table_from_traffic<'a>(
    groups: impl IntoIterator<Item = (GroupAddress, &'a [GroupValue])>,
) -> GroupAddressTable {
    let mut out: BTreeMap<GroupAddress, GroupEntry> = BTreeMap::new();
    for (address, samples) in groups {
        if out.len() >= MAX_GROUPS {
            break;
        }
        let Some(i) = infer(samples) else { continue };
        out.entry(address).or_insert(GroupEntry {
            address,
            name: String::new(),
            path: Vec::new(),
            description: Some(i.why.to_owned()),
            dpt: i.dpt,
            dpt_source: DptSource::Inferred,
            role: crate::wire::knxip::dpt::Role::Unknown,
        });
    }
    GroupAddressTable {
        format: ImportFormat::Inferred,
        file: None,
        tool: None,
        project: None,
        style: AddressStyle::ThreeLevel,
        groups: out.into_values().collect(),
        warnings: Vec::new(),
        more_warnings: 0,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn long(b: &[u8]) -> GroupValue {
        GroupValue::Long(b.to_vec())
    }

    fn encode(d: Dpt, v: f64) -> GroupValue {
        d.encode(&crate::wire::knxip::dpt::DptValue::Number(v))
            .unwrap()
    }

    #[test]
    fn guesses() {
        let t9 = Dpt::new(9, 1);
        let dpt = |s: &[GroupValue]| infer(s).unwrap().dpt;
        assert_eq!(
            dpt(&[GroupValue::Short(0), GroupValue::Short(1)]),
            Some(Dpt::new(1, 1))
        );
        assert_eq!(
            dpt(&[GroupValue::Short(9), GroupValue::Short(0)]),
            Some(Dpt::new(3, 7))
        );
        let temps: Vec<GroupValue> = [21.4, 21.6, 22.0].iter().map(|v| encode(t9, *v)).collect();
        assert_eq!(dpt(&temps), Some(t9));
        let outdoor: Vec<GroupValue> = [-2.0, 3.5].iter().map(|v| encode(t9, *v)).collect();
        assert_eq!(dpt(&outdoor), Some(Dpt::main_only(9)));
        let valve: Vec<GroupValue> = (0..20).map(|i| long(&[i * 12])).collect();
        assert_eq!(dpt(&valve), Some(Dpt::new(5, 1)));
        assert_eq!(infer(&valve).unwrap().kind, ValueKind::Continuous);
        let modes = [long(&[1]), long(&[2]), long(&[1])];
        assert_eq!(infer(&modes).unwrap().kind, ValueKind::Discrete);
        let power = [
            long(&800.5f32.to_be_bytes()),
            long(&1234.5f32.to_be_bytes()),
        ];
        assert_eq!(dpt(&power), Some(Dpt::main_only(14)));
        let meter = [
            long(&125_000i32.to_be_bytes()),
            long(&125_070i32.to_be_bytes()),
        ];
        assert_eq!(infer(&meter).unwrap().kind, ValueKind::Counter);
        assert_eq!(dpt(&[long(b"Heating OK\0\0\0\0")]), Some(Dpt::new(16, 1)));
        assert_eq!(dpt(&[long(&[1, 2, 3])]), None);
        assert!(infer(&[]).is_none());
        // The common size decides; one odd value does not.
        let mixed = [encode(t9, 21.0), encode(t9, 21.5), long(&[1])];
        assert_eq!(dpt(&mixed), Some(t9));
    }

    #[test]
    fn inferred_tables_say_so() {
        let v = [GroupValue::Short(1)];
        let t = table_from_traffic([(GroupAddress::new(1, 1, 1), &v[..])]);
        assert_eq!(t.format, ImportFormat::Inferred);
        assert_eq!(t.groups[0].dpt_source, DptSource::Inferred);
        assert_eq!(t.label(GroupAddress::new(1, 1, 1)), "1/1/1");
    }
}
