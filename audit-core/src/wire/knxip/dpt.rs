//! KNX datapoint types (KNX Standard 03_07_02 "Datapoint Types"): what the octets of a group
//! value mean. A [`Dpt`] (`9.001`, parsed from `"9.001"`, `"DPST-9-1"`, `"DPT-9"`, ...) decodes
//! a [`GroupValue`] into a [`Decoded`] value with its unit and a display, and encodes one back
//! (for tests and the evaluation peers). Pure: no I/O, no allocation beyond the value.
//!
//! Families: 1.x switching, 2.x switching with priority control, 3.x dimming and blinds steps,
//! 5.x 8-bit (5.001 percent, 5.003 angle, ...), 6.x, 7.x, 8.x, 9.x 2-octet float with units,
//! 12.x, 13.x, 14.x 4-octet float, 16.x strings, 17.x/18.x scenes, 20.x enumerations (20.102
//! HVAC mode and others). Names, units and ranges of every subtype are in [`table`]. A main type
//! without a known subtype (`9.xxx`, or `9.999`) decodes with the main type's format and no
//! unit.
//!
//! Oddities are kept, not refused (design §3): reserved bits set, a ≤6-bit value carried in a
//! data octet, a string shorter than 14 octets, a 20.x value the subtype does not define, the
//! 2-octet float's "invalid data" 0x7FFF. They travel in [`DecodeFlags`]. A payload whose size
//! does not fit the type at all (3 octets for a 9.x) is an error: the type is wrong, or the
//! sender is not what the project says.
//!
//! # Ranges: what "outside the physical range of its type or unit" means
//!
//! A decoded number can be held against three ranges, each narrower than the one before and
//! each with a different meaning ([`RangeBasis`]):
//!
//! 1. **Specification** — the subtype's range in 03_07_02 (9.001: −273 … 670 760 °C; 5.001:
//!    0 … 100 %, which its encoding cannot leave; 9.007 humidity: 0 … 670 760 %). A value
//!    outside it breaks the standard: no conforming device sends it.
//! 2. **Physics** — narrower where nature sets the limit and the specification does not:
//!    relative humidity above 100 %, a temperature below absolute zero (−273.15 °C), a power
//!    factor beyond ±1. No sensor can measure it.
//! 3. **Building** — what the quantity reaches in a working building, for a known role
//!    ([`Role`]): room air −10 … 50 °C, room setpoints 3 … 35 °C, outdoor air −50 … 60 °C,
//!    heating and hot water 0 … 110 °C. A DPT alone does not say the role (9.001 is a room, the
//!    outside, a boiler or a solar collector alike), so this range needs the group's name from
//!    the ETS project, or a role inferred from what was learned. Outside it, the value is a
//!    broken sensor or a forgery: 85 °C in a living room, −30 °C in a bedroom.
//!
//! The learned range (the watch's normal) sits inside all three and is what ordinary alerts
//! compare with; leaving one of these ranges is worse than leaving the learned normal, and the
//! watch should say which one was left ([`Dpt::range_broken`]).

pub mod table;

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

use super::apdu::GroupValue;
use crate::text::{self, Arg, Lang, Text, locale};
use table::{MainType, Subtype, words};

/// How a main type's value is laid out (03_07_02 §2 format codes).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// 1 bit (B1), carried in the APCI.
    B1,
    /// 2 bits: control and value (B2), carried in the APCI.
    B2,
    /// 4 bits: direction and step code (B1U3), carried in the APCI.
    B1U3,
    /// 1 octet unsigned (U8).
    U8,
    /// 1 octet signed (V8).
    V8,
    /// 2 octets unsigned (U16).
    U16,
    /// 2 octets signed (V16).
    V16,
    /// 2 octets float (F16): 0.01 × M × 2^E.
    F16,
    /// 4 octets unsigned (U32).
    U32,
    /// 4 octets signed (V32).
    V32,
    /// 4 octets IEEE 754 single precision (F32).
    F32,
    /// 14 characters (A112).
    A112,
    /// r2 U6: scene number 0..63.
    SceneNumber,
    /// B1 r1 U6: learn bit and scene number.
    SceneControl,
    /// 1 octet enumeration (N8).
    N8,
}

impl Format {
    /// Octets after the APCI; 0 for the types carried in the APCI's 6 low bits.
    pub fn octets(self) -> usize {
        match self {
            Format::B1 | Format::B2 | Format::B1U3 => 0,
            Format::U8 | Format::V8 | Format::SceneNumber | Format::SceneControl | Format::N8 => 1,
            Format::U16 | Format::V16 | Format::F16 => 2,
            Format::U32 | Format::V32 | Format::F32 => 4,
            Format::A112 => TEXT_OCTETS,
        }
    }

    /// Bits a value carried in the APCI may use (0 for data-octet formats).
    fn short_bits(self) -> u8 {
        match self {
            Format::B1 => 1,
            Format::B2 => 2,
            Format::B1U3 => 4,
            _ => 0,
        }
    }
}

/// Octets of a 16.x string.
pub const TEXT_OCTETS: usize = 14;

/// How a value behaves over time, which decides how the watch models it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ValueKind {
    /// A few states (switch, step, scene, mode): learned as a set.
    Discrete,
    /// A measured or set quantity: learned as a range.
    Continuous,
    /// A meter reading that only grows (energy, pulses, operating hours).
    Counter,
    /// A string.
    Text,
}

/// A datapoint type: main number and, when known, subtype (`9.001`; `9.xxx` without subtype).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Dpt {
    pub main: u16,
    pub sub: Option<u16>,
}

impl Dpt {
    pub const fn new(main: u16, sub: u16) -> Self {
        Self {
            main,
            sub: Some(sub),
        }
    }

    pub const fn main_only(main: u16) -> Self {
        Self { main, sub: None }
    }

    pub fn main_type(self) -> Option<&'static MainType> {
        table::MAIN_TYPES.iter().find(|m| m.main == self.main)
    }

    pub fn subtype(self) -> Option<&'static Subtype> {
        let sub = self.sub?;
        self.main_type()?.subs.iter().find(|s| s.sub == sub)
    }

    pub fn format(self) -> Option<Format> {
        self.main_type().map(|m| m.format)
    }

    /// Both the main type and the subtype are in the table.
    pub fn is_known(self) -> bool {
        self.subtype().is_some()
    }

    pub fn unit(self) -> &'static str {
        self.subtype().map_or("", |s| s.unit)
    }

    /// [`Dpt::title`] in `lang`.
    pub fn title_in(self, lang: Lang) -> String {
        word(lang, self.title())
    }

    /// What it is, in plain words (English): the subtype's title, else the main type's.
    pub fn title(self) -> &'static str {
        match (self.subtype(), self.main_type()) {
            (Some(s), _) => s.title,
            (None, Some(m)) => m.title,
            (None, None) => words::UNKNOWN_TYPE,
        }
    }

    pub fn kind(self) -> ValueKind {
        if let Some(k) = self.subtype().and_then(|s| s.kind) {
            return k;
        }
        match self.format() {
            Some(Format::A112) => ValueKind::Text,
            Some(
                Format::B1
                | Format::B2
                | Format::B1U3
                | Format::SceneNumber
                | Format::SceneControl
                | Format::N8,
            ) => ValueKind::Discrete,
            Some(_) => ValueKind::Continuous,
            None => ValueKind::Discrete,
        }
    }

    /// A number as [`Decoded::number`] gives it (a state's raw code, or the value in the unit),
    /// shown as the decoded value would be: `on`, `comfort`, `scene 5`, `21.6 °C` (English).
    pub fn display_number(self, v: f64) -> String {
        self.display_number_in(Lang::En, v)
    }

    /// [`Dpt::display_number`] in `lang`: `Ein`, `Komfort`, `Szene 5`, `21,6 °C`.
    pub fn display_number_in(self, lang: Lang, v: f64) -> String {
        let code = || (v.fract() == 0.0 && (0.0..=255.0).contains(&v)).then_some(v as u8);
        let value = match (self.format(), code()) {
            (Some(Format::B1), Some(c)) => DptValue::Bool(c & 1 == 1),
            (Some(Format::B2), Some(c)) => DptValue::Controlled {
                control: c & 2 != 0,
                value: c & 1 == 1,
            },
            (Some(Format::B1U3), Some(c)) => DptValue::Step {
                increase: c & 8 != 0,
                step_code: c & 7,
            },
            (Some(Format::SceneNumber), Some(c)) => DptValue::Scene(c & 0x3F),
            (Some(Format::SceneControl), Some(c)) => DptValue::SceneControl {
                learn: c & 0x80 != 0,
                scene: c & 0x3F,
            },
            (Some(Format::N8), Some(c)) => DptValue::Enum(c),
            _ => DptValue::Number(v),
        };
        Decoded {
            dpt: self,
            value,
            flags: DecodeFlags::default(),
        }
        .render(lang)
    }

    /// A number as [`Decoded::number`] gives it, kept as a text that is worded where it is
    /// shown, in the reader's language ([`Dpt::display_number_in`]): the datapoint type and
    /// the number (exactly, as Rust writes an `f64`), not words. Stored so in a saved audit.
    pub fn value_text(self, v: f64) -> Text {
        Text::with(
            "dpt-value",
            &[
                ("dpt", self.to_string().into()),
                ("number", v.to_string().into()),
            ],
        )
    }

    /// `9.001 temperature` kept as a text (worded where shown: `9.001 Temperatur`).
    pub fn type_text(self) -> Text {
        Text::with("dpt-type", &[("dpt", self.to_string().into())])
    }

    /// Whether `other` reads every payload as the same number as this type (same format and
    /// scale): a value decoded with one means the same with the other (9.xxx and 9.001).
    pub fn same_numbers(self, other: Dpt) -> bool {
        self.format().is_some() && self.format() == other.format() && self.scale() == other.scale()
    }

    fn scale(self) -> (f64, f64) {
        self.subtype().map_or((1.0, 1.0), |s| s.scale)
    }

    fn decimals(self) -> u8 {
        match (self.subtype(), self.format()) {
            (Some(s), _) => s.decimals,
            (None, Some(Format::F16)) => 2,
            _ => 0,
        }
    }

    /// Decode a group value.
    pub fn decode(self, value: &GroupValue) -> Result<Decoded, DptError> {
        match value {
            GroupValue::Short(bits) => self.decode_parts(Some(*bits), &[]),
            GroupValue::Long(data) => self.decode_parts(None, data),
        }
    }

    /// Decode the 6 bits carried in the APCI (`short`) or the octets after it (`data`).
    pub fn decode_parts(self, short: Option<u8>, data: &[u8]) -> Result<Decoded, DptError> {
        let format = self.format().ok_or(DptError::Unknown(self))?;
        let mut flags = DecodeFlags::default();
        let size_error = || DptError::Size {
            dpt: self,
            format,
            short: short.is_some(),
            octets: data.len(),
        };
        let value = match format {
            Format::B1 | Format::B2 | Format::B1U3 => {
                let raw = match (short, data) {
                    (Some(bits), _) => bits & 0x3F,
                    // A ≤6-bit value in a data octet: legal framing, unusual for these types.
                    (None, [octet]) => {
                        flags.long_form = true;
                        *octet
                    }
                    _ => return Err(size_error()),
                };
                let used = (1u8 << format.short_bits()) - 1;
                flags.reserved_bits = raw & !used != 0;
                match format {
                    Format::B1 => DptValue::Bool(raw & 1 == 1),
                    Format::B2 => DptValue::Controlled {
                        control: raw & 2 != 0,
                        value: raw & 1 == 1,
                    },
                    _ => DptValue::Step {
                        increase: raw & 8 != 0,
                        step_code: raw & 7,
                    },
                }
            }
            _ if short.is_some() => return Err(size_error()),
            Format::A112 => {
                if data.is_empty() || data.len() > TEXT_OCTETS {
                    return Err(size_error());
                }
                flags.short_text = data.len() < TEXT_OCTETS;
                let end = data.iter().position(|b| *b == 0).unwrap_or(data.len());
                let (text, padding) = data.split_at(end);
                flags.reserved_bits = padding.iter().any(|b| *b != 0);
                flags.non_ascii = self.sub == Some(0) && text.iter().any(|b| *b > 0x7F);
                // ISO 8859-1 maps each octet to the code point of the same number.
                DptValue::Text(text.iter().map(|b| char::from(*b)).collect())
            }
            _ => {
                let bytes = data;
                if bytes.len() != format.octets() {
                    return Err(size_error());
                }
                self.decode_octets(format, bytes, &mut flags)
                    .ok_or_else(size_error)?
            }
        };
        Ok(Decoded {
            dpt: self,
            value,
            flags,
        })
    }

    fn decode_octets(self, format: Format, b: &[u8], flags: &mut DecodeFlags) -> Option<DptValue> {
        let (numerator, denominator) = self.scale();
        let scaled = |raw: f64| DptValue::Number(raw * numerator / denominator);
        Some(match format {
            Format::U8 => scaled(f64::from(*b.first()?)),
            Format::V8 => scaled(f64::from(i8::from_be_bytes([*b.first()?]))),
            Format::U16 => scaled(f64::from(u16::from_be_bytes(b.try_into().ok()?))),
            Format::V16 => scaled(f64::from(i16::from_be_bytes(b.try_into().ok()?))),
            Format::U32 => scaled(f64::from(u32::from_be_bytes(b.try_into().ok()?))),
            Format::V32 => scaled(f64::from(i32::from_be_bytes(b.try_into().ok()?))),
            Format::F16 => match u16::from_be_bytes(b.try_into().ok()?) {
                F16_INVALID => DptValue::Invalid,
                raw => DptValue::Number(f16_value(raw)),
            },
            Format::F32 => {
                let v = f32::from_be_bytes(b.try_into().ok()?);
                if v.is_finite() {
                    DptValue::Number(f64::from(v))
                } else {
                    DptValue::Invalid
                }
            }
            Format::SceneNumber => {
                let raw = *b.first()?;
                flags.reserved_bits = raw & 0xC0 != 0;
                DptValue::Scene(raw & 0x3F)
            }
            Format::SceneControl => {
                let raw = *b.first()?;
                flags.reserved_bits = raw & 0x40 != 0;
                DptValue::SceneControl {
                    learn: raw & 0x80 != 0,
                    scene: raw & 0x3F,
                }
            }
            Format::N8 => {
                let raw = *b.first()?;
                if let Some(s) = self.subtype() {
                    flags.undefined = !s.values.iter().any(|(v, _)| *v == raw);
                }
                DptValue::Enum(raw)
            }
            Format::B1 | Format::B2 | Format::B1U3 | Format::A112 => return None,
        })
    }

    /// Encode a value (for tests and the lab peers; the watch only decodes).
    pub fn encode(self, value: &DptValue) -> Result<GroupValue, DptError> {
        let format = self.format().ok_or(DptError::Unknown(self))?;
        let wrong = || DptError::WrongValue { dpt: self };
        let out_of_range = |v: f64| DptError::OutOfRange {
            dpt: self,
            value: v,
        };
        let one = |b: u8| Ok(GroupValue::Long(vec![b]));
        match (format, value) {
            (Format::B1, DptValue::Bool(v)) => Ok(GroupValue::Short(u8::from(*v))),
            (Format::B2, DptValue::Controlled { control, value }) => Ok(GroupValue::Short(
                (u8::from(*control) << 1) | u8::from(*value),
            )),
            (
                Format::B1U3,
                DptValue::Step {
                    increase,
                    step_code,
                },
            ) if *step_code < 8 => Ok(GroupValue::Short((u8::from(*increase) << 3) | step_code)),
            (Format::SceneNumber, DptValue::Scene(n)) if *n < 64 => one(*n),
            (Format::SceneControl, DptValue::SceneControl { learn, scene }) if *scene < 64 => {
                one((u8::from(*learn) << 7) | scene)
            }
            (Format::N8, DptValue::Enum(n)) => one(*n),
            (Format::A112, DptValue::Text(t)) => {
                let mut out = Vec::with_capacity(TEXT_OCTETS);
                let limit = if self.sub == Some(0) { 0x7F } else { 0xFF };
                for c in t.chars() {
                    let code = u32::from(c);
                    let octet = u8::try_from(code)
                        .ok()
                        .filter(|o| u32::from(*o) <= limit && *o != 0)
                        .ok_or(DptError::TextNotEncodable { dpt: self })?;
                    out.push(octet);
                }
                if out.len() > TEXT_OCTETS {
                    return Err(DptError::TextTooLong { dpt: self });
                }
                out.resize(TEXT_OCTETS, 0);
                Ok(GroupValue::Long(out))
            }
            (Format::F16, DptValue::Number(v)) => f16_encode(*v)
                .map(|raw| GroupValue::Long(raw.to_be_bytes().to_vec()))
                .ok_or_else(|| out_of_range(*v)),
            (Format::F16, DptValue::Invalid) => {
                Ok(GroupValue::Long(F16_INVALID.to_be_bytes().to_vec()))
            }
            (Format::F32, DptValue::Number(v)) => {
                let f = *v as f32;
                if !f.is_finite() {
                    return Err(out_of_range(*v));
                }
                Ok(GroupValue::Long(f.to_be_bytes().to_vec()))
            }
            (
                Format::U8 | Format::V8 | Format::U16 | Format::V16 | Format::U32 | Format::V32,
                DptValue::Number(v),
            ) => {
                // Ties to even, the IEEE 754 default (and what xknx does).
                let (numerator, denominator) = self.scale();
                let raw = (v * denominator / numerator).round_ties_even();
                let (min, max) = integer_limits(format);
                if !raw.is_finite() || raw < min || raw > max {
                    return Err(out_of_range(*v));
                }
                // In range and integral: the casts below are exact.
                let bytes = match format {
                    Format::U8 => vec![raw as u8],
                    Format::V8 => (raw as i8).to_be_bytes().to_vec(),
                    Format::U16 => (raw as u16).to_be_bytes().to_vec(),
                    Format::V16 => (raw as i16).to_be_bytes().to_vec(),
                    Format::U32 => (raw as u32).to_be_bytes().to_vec(),
                    _ => (raw as i32).to_be_bytes().to_vec(),
                };
                Ok(GroupValue::Long(bytes))
            }
            _ => Err(wrong()),
        }
    }

    /// The ranges a value of this type is held against, widest first (see the module doc).
    /// A role narrows temperatures only.
    pub fn ranges(self, role: Role) -> Vec<ValueRange> {
        let mut out = Vec::with_capacity(3);
        let Some(s) = self.subtype() else {
            return out;
        };
        if let Some((min, max)) = s.defined {
            out.push(ValueRange::new(min, max, RangeBasis::Specification));
        }
        if let Some((min, max)) = s.physical {
            out.push(ValueRange::new(min, max, RangeBasis::Physics));
        }
        let temperature = matches!((self.main, self.sub), (9, Some(1)) | (14, Some(68)));
        let building = match role {
            _ if !temperature => None,
            Role::Unknown => None,
            Role::RoomTemperature => Some(table::ROOM_TEMPERATURE),
            Role::RoomSetpoint => Some(table::ROOM_SETPOINT),
            Role::OutdoorTemperature => Some(table::OUTDOOR_TEMPERATURE),
            Role::WaterTemperature => Some(table::WATER_TEMPERATURE),
        };
        if let Some((min, max)) = building {
            out.push(ValueRange::new(min, max, RangeBasis::Building));
        }
        out
    }

    /// The widest range `v` is outside of, if any: the strongest statement about the value.
    pub fn range_broken(self, role: Role, v: f64) -> Option<ValueRange> {
        self.ranges(role).into_iter().find(|r| !r.contains(v))
    }
}

/// The 2-octet float's "invalid data" (03_07_02 §3.10).
pub const F16_INVALID: u16 = 0x7FFF;

fn f16_value(raw: u16) -> f64 {
    let exponent = i32::from((raw >> 11) & 0x0F);
    let mantissa = i32::from(raw & 0x07FF);
    let m = if raw & 0x8000 != 0 {
        mantissa - 2048
    } else {
        mantissa
    };
    // M × 2^E is an exact integer (|M × 2^E| < 2^27); one division by 100 then gives the
    // double nearest to the decimal value (84.96, not 84.96000000000001).
    f64::from(m * (1i32 << exponent)) / 100.0
}

/// The smallest exponent whose mantissa fits: the finest resolution for the value.
fn f16_encode(v: f64) -> Option<u16> {
    if !v.is_finite() {
        return None;
    }
    for exponent in 0u16..16 {
        let m = (v * 100.0 / f64::from(1u16 << exponent)).round_ties_even();
        if (-2048.0..=2047.0).contains(&m) {
            // In −2048..2047: exact as i16; its low 11 bits and the sign make the field.
            let m = m as i16;
            let raw = (u16::from(m < 0) << 15) | (exponent << 11) | (m as u16 & 0x07FF);
            return (raw != F16_INVALID).then_some(raw);
        }
    }
    None
}

fn integer_limits(format: Format) -> (f64, f64) {
    match format {
        Format::U8 => (0.0, 255.0),
        Format::V8 => (-128.0, 127.0),
        Format::U16 => (0.0, 65_535.0),
        Format::V16 => (-32_768.0, 32_767.0),
        Format::U32 => (0.0, 4_294_967_295.0),
        _ => (-2_147_483_648.0, 2_147_483_647.0),
    }
}

impl fmt::Display for Dpt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.sub {
            Some(sub) => write!(f, "{}.{sub:03}", self.main),
            None => write!(f, "{}.xxx", self.main),
        }
    }
}

impl FromStr for Dpt {
    type Err = DptError;

    /// `9.001`, `9.1`, `9`, `9.xxx`, `9.*`, `DPT9.001`, `DPT 9.001`, `DPT-9`, `DPST-9-1`
    /// (case-insensitive; ETS writes the last two).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || DptError::Parse(printable(s, 32));
        let t = s.trim();
        let upper = t.to_ascii_uppercase();
        let number = |p: &str| -> Result<u16, DptError> {
            if p.is_empty() || p.len() > 5 || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            p.parse().map_err(|_| bad())
        };
        if let Some(rest) = upper.strip_prefix("DPST-") {
            let (main, sub) = rest.split_once('-').ok_or_else(bad)?;
            return Ok(Dpt::new(number(main)?, number(sub)?));
        }
        let rest = upper
            .strip_prefix("DPT-")
            .or_else(|| upper.strip_prefix("DPT_"))
            .or_else(|| upper.strip_prefix("DPT "))
            .or_else(|| upper.strip_prefix("DPT"))
            .unwrap_or(&upper);
        match rest.split_once('.') {
            None => Ok(Dpt::main_only(number(rest)?)),
            Some((main, "XXX" | "*")) => Ok(Dpt::main_only(number(main)?)),
            Some((main, sub)) => Ok(Dpt::new(number(main)?, number(sub)?)),
        }
    }
}

impl serde::Serialize for Dpt {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Dpt {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

/// A decoded value.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DptValue {
    /// 1.x
    Bool(bool),
    /// 2.x: priority control bit and value.
    Controlled { control: bool, value: bool },
    /// 3.x: direction and step code (0 = stop; n = 2^(n−1) intervals).
    Step { increase: bool, step_code: u8 },
    /// Every number, in the subtype's unit (scaled: 5.001 in %, 7.003 in ms).
    Number(f64),
    /// 16.x, without the NUL padding.
    Text(String),
    /// 17.x: the scene number on the wire, 0..63 (ETS and users count scenes 1..64).
    Scene(u8),
    /// 18.x: store (learn) or activate scene 0..63.
    SceneControl { learn: bool, scene: u8 },
    /// 20.x
    Enum(u8),
    /// The sender marks the value as not valid (9.x 0x7FFF), or a 14.x NaN or infinity.
    Invalid,
}

/// Oddities of a decoded value.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize)]
pub struct DecodeFlags {
    /// Bits the type reserves (must be 0) are set, or a string has octets after its NUL.
    pub reserved_bits: bool,
    /// A value of 6 bits or fewer sent in a data octet instead of the APCI.
    pub long_form: bool,
    /// A string of fewer than 14 octets.
    pub short_text: bool,
    /// A 16.000 (ASCII) string with octets above 0x7F.
    pub non_ascii: bool,
    /// A 20.x value the subtype does not define.
    pub undefined: bool,
}

impl DecodeFlags {
    pub fn any(&self) -> bool {
        self.reserved_bits || self.long_form || self.short_text || self.non_ascii || self.undefined
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Decoded {
    pub dpt: Dpt,
    pub value: DptValue,
    pub flags: DecodeFlags,
}

impl Decoded {
    /// The value as one number, for ranges and sets: numbers as they are; states as their raw
    /// code (1.x 0/1, 2.x 0..3, 3.x 0..15 direction×8+step, scenes and enumerations their
    /// number, 18.x the whole octet). `None` for text and invalid values.
    pub fn number(&self) -> Option<f64> {
        match &self.value {
            DptValue::Bool(b) => Some(f64::from(u8::from(*b))),
            DptValue::Controlled { control, value } => {
                Some(f64::from((u8::from(*control) << 1) | u8::from(*value)))
            }
            DptValue::Step {
                increase,
                step_code,
            } => Some(f64::from((u8::from(*increase) << 3) | step_code)),
            DptValue::Number(v) => Some(*v),
            DptValue::Scene(n) | DptValue::Enum(n) => Some(f64::from(*n)),
            DptValue::SceneControl { learn, scene } => {
                Some(f64::from((u8::from(*learn) << 7) | scene))
            }
            DptValue::Text(_) | DptValue::Invalid => None,
        }
    }

    /// The value in words with its unit: `21.6 °C`, `on`, `comfort`, `increase, 1 step`.
    pub fn text(&self) -> String {
        self.to_string()
    }
}

impl Decoded {
    /// The value in `lang`'s words and decimal mark: `21,6 °C`, `Ein`, `Komfort`.
    pub fn render(&self, lang: Lang) -> String {
        let sub = self.dpt.subtype();
        let label = |bit: bool| {
            sub.and_then(|s| s.labels)
                .map(|(a, b)| word(lang, if bit { b } else { a }))
        };
        let decimal = |n: String| locale::decimal_mark(lang, &n);
        match &self.value {
            DptValue::Bool(b) => label(*b).unwrap_or_else(|| u8::from(*b).to_string()),
            DptValue::Controlled { control, value } => {
                let v = label(*value).unwrap_or_else(|| u8::from(*value).to_string());
                let args = [("value", v.into())];
                if *control {
                    text::tr(lang, "dpt-with-control", &args)
                } else {
                    text::tr(lang, "dpt-without-control", &args)
                }
            }
            DptValue::Step {
                increase,
                step_code,
            } => {
                if *step_code == 0 {
                    return word(lang, words::STOP);
                }
                let dir = label(*increase)
                    .unwrap_or_else(|| if *increase { "+" } else { "−" }.to_owned());
                // Step code n divides the range into 2^(n−1) intervals.
                let intervals = f64::from(1u8 << (step_code - 1));
                let percent = decimal(number(100.0 / intervals, 1));
                text::tr(
                    lang,
                    "dpt-step",
                    &[("direction", dir.into()), ("percent", percent.into())],
                )
            }
            DptValue::Number(v) => {
                let n = if self.dpt.format() == Some(Format::F32) {
                    // The shortest text that reads back as the same f32.
                    format!("{}", *v as f32)
                } else {
                    number(*v, self.dpt.decimals())
                };
                match self.dpt.unit() {
                    "" => decimal(n),
                    u => format!("{} {u}", decimal(n)),
                }
            }
            DptValue::Text(t) => format!("\"{}\"", printable(t, TEXT_OCTETS)),
            DptValue::Scene(n) => {
                text::tr(lang, "dpt-scene", &[("number", (u16::from(*n) + 1).into())])
            }
            DptValue::SceneControl { learn, scene } => {
                let args = [("number", (u16::from(*scene) + 1).into())];
                if *learn {
                    text::tr(lang, "dpt-scene-store", &args)
                } else {
                    text::tr(lang, "dpt-scene-activate", &args)
                }
            }
            DptValue::Enum(n) => match sub.and_then(|s| s.values.iter().find(|(v, _)| v == n)) {
                Some((_, name)) => word(lang, name),
                None if sub.is_some_and(|s| !s.values.is_empty()) => {
                    text::tr(lang, "dpt-undefined-value", &[("number", (*n).into())])
                }
                None => n.to_string(),
            },
            DptValue::Invalid => text::tr(lang, "dpt-invalid", &[]),
        }
    }

    /// The value kept as a text, worded where it is shown in the reader's language (an
    /// alert's value: decoded once, shown in the app's, the CLI's or the report's language).
    pub fn words(&self) -> Text {
        match (self.number(), &self.value) {
            (Some(v), _) => self.dpt.value_text(v),
            (None, DptValue::Invalid) => Text::new("dpt-invalid"),
            // A device's text: not ours to translate.
            (None, _) => Text::plain(self.render(Lang::En)),
        }
    }
}

impl fmt::Display for Decoded {
    /// In English (tests, logs); shown to a person through [`Decoded::render`] or
    /// [`Decoded::words`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render(Lang::En))
    }
}

/// The message id of a word of the table (`off` → `dpt-w-off`, `not occupied` →
/// `dpt-w-not-occupied`, `up/down` → `dpt-w-up_down`): letters and digits lower-cased, every
/// run of other characters one `-` (`_` when it holds a `/`). The words are in
/// `assets/text/<lang>/dpt.ftl`; the tests check that every word of the table has its id,
/// with the table's English as the English text.
pub fn word_id(english: &str) -> String {
    let mut id = String::from("dpt-w-");
    let mut run: Option<bool> = None;
    for c in english.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            if let Some(slash) = run.take()
                && !id.ends_with('-')
            {
                id.push(if slash { '_' } else { '-' });
            }
            id.push(c);
        } else {
            run = Some(run.unwrap_or(false) || c == '/');
        }
    }
    id
}

/// A word of the table in `lang` (its English when the catalogue lacks it).
pub fn word(lang: Lang, english: &str) -> String {
    let id = word_id(english);
    if text::has_message(Lang::En, &id) {
        text::tr(lang, &id, &[])
    } else {
        english.to_owned()
    }
}

/// The words of a kept `dpt-value` or `dpt-type` text in `lang` (see [`Dpt::value_text`]);
/// `None` for other ids or arguments that do not read back (the message's pattern is shown).
pub(crate) fn kept_words(lang: Lang, id: &str, args: &BTreeMap<String, Arg>) -> Option<String> {
    let arg = |name: &str| match args.get(name) {
        Some(Arg::Str(s)) => Some(s.as_str()),
        _ => None,
    };
    let dpt: Dpt = arg("dpt")?.parse().ok()?;
    match id {
        "dpt-value" => Some(dpt.display_number_in(lang, arg("number")?.parse().ok()?)),
        "dpt-type" => Some(format!("{dpt} {}", dpt.title_in(lang))),
        _ => None,
    }
}

/// `21.6`, `21.62`, `-0.5`: at most `decimals` decimals, no trailing zeros.
pub fn number(v: f64, decimals: u8) -> String {
    let s = format!("{v:.*}", usize::from(decimals));
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.')
    } else {
        &s
    };
    if s == "-0" {
        "0".to_owned()
    } else {
        s.to_owned()
    }
}

/// Text from a device or a file, safe to show: control characters escaped, at most `max`
/// characters (an ellipsis marks a cut).
pub fn printable(s: &str, max: usize) -> String {
    let mut out = String::with_capacity(s.len().min(max.saturating_mul(4)));
    for (i, c) in s.chars().enumerate() {
        if i >= max {
            out.push('…');
            break;
        }
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// What a value stands for in the building, when known; it narrows the plausible range of a
/// temperature (see the module doc).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    #[default]
    Unknown,
    RoomTemperature,
    RoomSetpoint,
    OutdoorTemperature,
    /// Heating flow/return, hot water.
    WaterTemperature,
}

/// Why a range holds (see the module doc).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RangeBasis {
    Specification,
    Physics,
    Building,
}

impl RangeBasis {
    /// In words: "the range of its datapoint type (KNX 03_07_02)".
    pub fn text(self) -> &'static str {
        match self {
            RangeBasis::Specification => words::RANGE_SPECIFICATION,
            RangeBasis::Physics => words::RANGE_PHYSICS,
            RangeBasis::Building => words::RANGE_BUILDING,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize)]
pub struct ValueRange {
    pub min: f64,
    pub max: f64,
    pub basis: RangeBasis,
}

impl ValueRange {
    pub const fn new(min: f64, max: f64, basis: RangeBasis) -> Self {
        Self { min, max, basis }
    }

    pub fn contains(&self, v: f64) -> bool {
        (self.min..=self.max).contains(&v)
    }
}

/// Why a value could not be decoded or encoded.
#[derive(Debug, Clone, PartialEq)]
pub enum DptError {
    /// A main type we do not know.
    Unknown(Dpt),
    /// The payload's size does not fit the type.
    Size {
        dpt: Dpt,
        format: Format,
        /// The value was carried in the APCI (no data octets).
        short: bool,
        octets: usize,
    },
    /// A number the type cannot carry.
    OutOfRange {
        dpt: Dpt,
        value: f64,
    },
    /// A value of another kind than the type's (a text for a 9.x).
    WrongValue {
        dpt: Dpt,
    },
    TextTooLong {
        dpt: Dpt,
    },
    TextNotEncodable {
        dpt: Dpt,
    },
    /// Not a datapoint type (the text, made printable).
    Parse(String),
}

impl fmt::Display for DptError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DptError::Unknown(d) => write!(f, "datapoint type {d} is not one this tool knows"),
            DptError::Size {
                dpt,
                format,
                short,
                octets,
            } => {
                let want = match format.octets() {
                    0 => "a value of at most 6 bits".to_owned(),
                    1 => "1 octet".to_owned(),
                    n => format!("{n} octets"),
                };
                let got = match (short, octets) {
                    (true, _) => "a value of at most 6 bits".to_owned(),
                    (false, 1) => "1 octet".to_owned(),
                    (false, n) => format!("{n} octets"),
                };
                write!(
                    f,
                    "datapoint type {dpt} carries {want}; the telegram carried {got}"
                )
            }
            DptError::OutOfRange { dpt, value } => {
                write!(f, "{value} cannot be encoded as datapoint type {dpt}")
            }
            DptError::WrongValue { dpt } => {
                write!(
                    f,
                    "this kind of value cannot be encoded as datapoint type {dpt}"
                )
            }
            DptError::TextTooLong { dpt } => write!(
                f,
                "datapoint type {dpt} carries at most {TEXT_OCTETS} characters"
            ),
            DptError::TextNotEncodable { dpt } => write!(
                f,
                "the text has characters datapoint type {dpt} cannot carry"
            ),
            DptError::Parse(s) => write!(
                f,
                "\"{s}\" is not a datapoint type (expected e.g. 9.001, DPST-9-1 or DPT-9)"
            ),
        }
    }
}

impl std::error::Error for DptError {}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
mod tests;
