//! BACnet tags and primitive values (ASHRAE 135 clause 20.2).
//!
//! Decoding is lenient where an audit must still see the data: character strings in any charset
//! (DBCS, JIS, invalid UTF-8) keep their raw octets next to a lossy text; property values that are
//! constructed, context-tagged or do not decode are kept as their exact bytes. Emitting always
//! uses the shortest form the standard allows, so a non-minimal encoding on the wire (an Unsigned
//! with a leading zero octet, a short length in the extended form) does not re-emit identically.

use crate::wire::{Reader, WireError};

/// How deep opening tags may nest inside one property value before the value is refused.
/// Real values nest a handful of levels (a schedule's exception list is about four); the
/// limit keeps a hostile run of opening tags from costing anything.
pub const MAX_NESTING_DEPTH: usize = 32;

/// Application tag numbers (clause 20.2.1.4).
pub mod app_tag {
    pub const NULL: u8 = 0;
    pub const BOOLEAN: u8 = 1;
    pub const UNSIGNED: u8 = 2;
    pub const SIGNED: u8 = 3;
    pub const REAL: u8 = 4;
    pub const DOUBLE: u8 = 5;
    pub const OCTET_STRING: u8 = 6;
    pub const CHARACTER_STRING: u8 = 7;
    pub const BIT_STRING: u8 = 8;
    pub const ENUMERATED: u8 = 9;
    pub const DATE: u8 = 10;
    pub const TIME: u8 = 11;
    pub const OBJECT_IDENTIFIER: u8 = 12;
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TagClass {
    Application,
    Context,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TagKind {
    /// A primitive: the length of the content octets. For an application-tagged Boolean this is
    /// the value itself (0 or 1) and no content octets follow.
    Primitive(u32),
    Opening,
    Closing,
}

/// One tag octet (plus its extended tag number and extended length, if any).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Tag {
    pub class: TagClass,
    pub number: u8,
    pub kind: TagKind,
}

impl Tag {
    pub const fn application(number: u8, len: u32) -> Self {
        Self {
            class: TagClass::Application,
            number,
            kind: TagKind::Primitive(len),
        }
    }

    pub const fn context(number: u8, len: u32) -> Self {
        Self {
            class: TagClass::Context,
            number,
            kind: TagKind::Primitive(len),
        }
    }

    pub const fn opening(number: u8) -> Self {
        Self {
            class: TagClass::Context,
            number,
            kind: TagKind::Opening,
        }
    }

    pub const fn closing(number: u8) -> Self {
        Self {
            class: TagClass::Context,
            number,
            kind: TagKind::Closing,
        }
    }

    pub fn parse(r: &mut Reader<'_>) -> Result<Tag, WireError> {
        let first = r.u8()?;
        let class = if first & 0x08 != 0 {
            TagClass::Context
        } else {
            TagClass::Application
        };
        let mut number = first >> 4;
        if number == 0x0F {
            number = r.u8()?;
        }
        let lvt = first & 0x07;
        let kind = match (class, lvt) {
            // Opening and closing tags exist only in the context class: an application tag with
            // LVT 6 or 7 is a primitive of that length.
            (TagClass::Context, 6) => TagKind::Opening,
            (TagClass::Context, 7) => TagKind::Closing,
            (_, 5) => TagKind::Primitive(match r.u8()? {
                254 => u32::from(r.u16()?),
                255 => r.u32()?,
                n => u32::from(n),
            }),
            (_, n) => TagKind::Primitive(u32::from(n)),
        };
        Ok(Tag {
            class,
            number,
            kind,
        })
    }

    /// The next tag, without consuming it (None at the end or if it does not parse).
    pub fn peek(r: &Reader<'_>) -> Option<Tag> {
        Tag::parse(&mut r.clone()).ok()
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        let class_bit = match self.class {
            TagClass::Application => 0x00,
            TagClass::Context => 0x08,
        };
        let number_bits = if self.number < 15 {
            self.number << 4
        } else {
            0xF0
        };
        let (lvt, ext): (u8, Option<u32>) = match self.kind {
            TagKind::Opening => (6, None),
            TagKind::Closing => (7, None),
            TagKind::Primitive(n) if n <= 4 => (n as u8, None),
            TagKind::Primitive(n) => (5, Some(n)),
        };
        out.push(number_bits | class_bit | lvt);
        if self.number >= 15 {
            out.push(self.number);
        }
        if let Some(n) = ext {
            if let Ok(b) = u8::try_from(n)
                && b < 254
            {
                out.push(b);
            } else if let Ok(w) = u16::try_from(n) {
                out.push(254);
                out.extend_from_slice(&w.to_be_bytes());
            } else {
                out.push(255);
                out.extend_from_slice(&n.to_be_bytes());
            }
        }
    }

    /// Number of content octets that follow the tag (none for opening/closing tags and for an
    /// application-tagged Boolean, whose value sits in the tag).
    pub fn content_len(&self) -> u32 {
        match (self.class, self.number, self.kind) {
            (TagClass::Application, app_tag::BOOLEAN, _) => 0,
            (_, _, TagKind::Primitive(n)) => n,
            _ => 0,
        }
    }

    pub fn is_opening(&self, number: u8) -> bool {
        self.kind == TagKind::Opening && self.number == number
    }

    pub fn is_closing(&self, number: u8) -> bool {
        self.kind == TagKind::Closing && self.number == number
    }

    /// A context-class primitive with this number.
    pub fn is_context(&self, number: u8) -> bool {
        self.class == TagClass::Context
            && self.number == number
            && matches!(self.kind, TagKind::Primitive(_))
    }

    pub fn is_application(&self, number: u8) -> bool {
        self.class == TagClass::Application && self.number == number
    }
}

// ---- primitive contents (clause 20.2.2 – 20.2.14) ----

/// BACnetObjectIdentifier: 10-bit object type, 22-bit instance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ObjectId {
    pub object_type: u16,
    pub instance: u32,
}

impl ObjectId {
    pub const MAX_INSTANCE: u32 = 0x3F_FFFF;
    pub const DEVICE: u16 = 8;

    /// Fields wider than the wire format are truncated to 10 and 22 bits.
    pub const fn new(object_type: u16, instance: u32) -> Self {
        Self {
            object_type: object_type & 0x3FF,
            instance: instance & Self::MAX_INSTANCE,
        }
    }

    pub const fn from_u32(v: u32) -> Self {
        Self {
            object_type: (v >> 22) as u16,
            instance: v & Self::MAX_INSTANCE,
        }
    }

    pub const fn to_u32(self) -> u32 {
        ((self.object_type as u32 & 0x3FF) << 22) | (self.instance & Self::MAX_INSTANCE)
    }
}

/// BACnet Date, the four octets as sent; 255 in a field means "unspecified".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Date {
    /// Year minus 1900.
    pub year: u8,
    /// 1–12, 13 odd months, 14 even months.
    pub month: u8,
    /// 1–31, 32 last day, 33 odd days, 34 even days.
    pub day: u8,
    /// 1 Monday – 7 Sunday.
    pub weekday: u8,
}

impl Date {
    pub const UNSPECIFIED: u8 = 0xFF;

    pub fn year(&self) -> Option<u16> {
        (self.year != Self::UNSPECIFIED).then(|| 1900 + u16::from(self.year))
    }
}

/// BACnet Time, the four octets as sent; 255 in a field means "unspecified".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Time {
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
    pub hundredths: u8,
}

impl Time {
    pub const UNSPECIFIED: u8 = 0xFF;
}

/// BACnet character set codes (clause 20.2.9).
pub mod charset {
    /// ISO 10646 UTF-8 (called ANSI X3.4 before 135-2008).
    pub const UTF8: u8 = 0;
    /// IBM/Microsoft DBCS; a two-octet code page precedes the characters.
    pub const DBCS: u8 = 1;
    pub const JIS_X_0208: u8 = 2;
    pub const UCS4: u8 = 3;
    pub const UCS2: u8 = 4;
    pub const ISO_8859_1: u8 = 5;
}

/// CharacterString: the charset and the octets as sent. Any charset is accepted; [`text`]
/// decodes what it can and substitutes U+FFFD for the rest.
///
/// [`text`]: CharString::text
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CharString {
    pub charset: u8,
    pub bytes: Vec<u8>,
}

impl CharString {
    pub fn utf8(s: &str) -> Self {
        Self {
            charset: charset::UTF8,
            bytes: s.as_bytes().to_vec(),
        }
    }

    /// The text, decoded for UTF-8, UCS-2, UCS-4 and ISO 8859-1. DBCS and JIS X 0208 keep
    /// their ASCII and become U+FFFD per multi-octet character (no code-page tables here).
    pub fn text(&self) -> String {
        match self.charset {
            charset::UTF8 => String::from_utf8_lossy(&self.bytes).into_owned(),
            charset::ISO_8859_1 => self.bytes.iter().map(|&b| char::from(b)).collect(),
            charset::UCS2 => {
                let units = self
                    .bytes
                    .chunks(2)
                    .map(|c| match c {
                        [a, b] => u16::from_be_bytes([*a, *b]),
                        _ => 0xFFFD,
                    })
                    .collect::<Vec<_>>();
                char::decode_utf16(units)
                    .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
                    .collect()
            }
            charset::UCS4 => self
                .bytes
                .chunks(4)
                .map(|c| match c {
                    [a, b, d, e] => char::from_u32(u32::from_be_bytes([*a, *b, *d, *e]))
                        .unwrap_or(char::REPLACEMENT_CHARACTER),
                    _ => char::REPLACEMENT_CHARACTER,
                })
                .collect(),
            charset::DBCS => lossy_multibyte(self.bytes.get(2..).unwrap_or(&[]), Lossy::ShiftJis),
            charset::JIS_X_0208 => lossy_multibyte(&self.bytes, Lossy::Jis),
            _ => lossy_multibyte(&self.bytes, Lossy::Ascii),
        }
    }

    /// True when [`CharString::text`] is exact (no substitution was needed).
    pub fn is_exact(&self) -> bool {
        match self.charset {
            charset::UTF8 => std::str::from_utf8(&self.bytes).is_ok(),
            charset::ISO_8859_1 => true,
            charset::UCS2 => {
                self.bytes.len().is_multiple_of(2)
                    && char::decode_utf16(self.bytes.chunks_exact(2).map(|c| {
                        u16::from_be_bytes([
                            c.first().copied().unwrap_or(0),
                            c.get(1).copied().unwrap_or(0),
                        ])
                    }))
                    .all(|c| c.is_ok())
            }
            charset::UCS4 => {
                self.bytes.len().is_multiple_of(4)
                    && self.bytes.chunks_exact(4).all(|c| {
                        <[u8; 4]>::try_from(c)
                            .ok()
                            .and_then(|b| char::from_u32(u32::from_be_bytes(b)))
                            .is_some()
                    })
            }
            // DBCS and JIS text needs tables this crate does not carry.
            charset::DBCS | charset::JIS_X_0208 => false,
            _ => self.bytes.iter().all(u8::is_ascii),
        }
    }

    /// The code page of a DBCS string (the two octets after the charset), e.g. 932 for Shift-JIS.
    pub fn dbcs_code_page(&self) -> Option<u16> {
        match (self.charset, self.bytes.as_slice()) {
            (charset::DBCS, [a, b, ..]) => Some(u16::from_be_bytes([*a, *b])),
            _ => None,
        }
    }

    /// Number of characters as far as they can be told apart (see [`CharString::text`]).
    pub fn char_count(&self) -> usize {
        self.text().chars().count()
    }

    fn decode(content: &[u8]) -> Result<Self, &'static str> {
        let (&cs, rest) = content
            .split_first()
            .ok_or("character string without charset octet")?;
        Ok(Self {
            charset: cs,
            bytes: rest.to_vec(),
        })
    }

    fn encode(&self, out: &mut Vec<u8>) {
        out.push(self.charset);
        out.extend_from_slice(&self.bytes);
    }
}

#[derive(Clone, Copy)]
enum Lossy {
    /// Shift-JIS style DBCS: 0xA1–0xDF are single-octet half-width katakana, other high
    /// octets lead a two-octet character.
    ShiftJis,
    /// JIS X 0208: characters are pairs of octets in 0x21–0x7E.
    Jis,
    /// Unknown charset: ASCII passes, every other octet is one unknown character.
    Ascii,
}

/// The text that can be told without code-page tables: ASCII, and U+FFFD per other character.
fn lossy_multibyte(bytes: &[u8], mode: Lossy) -> String {
    let mut s = String::with_capacity(bytes.len());
    let mut it = bytes.iter();
    while let Some(&b) = it.next() {
        let pair = match mode {
            Lossy::ShiftJis => !b.is_ascii() && !(0xA1..=0xDF).contains(&b),
            Lossy::Jis => (0x21..=0x7E).contains(&b),
            Lossy::Ascii => false,
        };
        if pair {
            it.next();
            s.push(char::REPLACEMENT_CHARACTER);
        } else if b.is_ascii() {
            s.push(char::from(b));
        } else {
            s.push(char::REPLACEMENT_CHARACTER);
        }
    }
    s
}

/// BIT STRING: the count of unused bits in the last octet, and the octets.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct BitString {
    pub unused_bits: u8,
    pub bytes: Vec<u8>,
}

impl BitString {
    /// Build from bits, first bit first (bit 0 is the most significant bit of the first octet).
    pub fn from_bits(bits: &[bool]) -> Self {
        let mut bytes = vec![0u8; bits.len().div_ceil(8)];
        for (i, &b) in bits.iter().enumerate() {
            if b && let Some(o) = bytes.get_mut(i / 8) {
                *o |= 0x80 >> (i % 8);
            }
        }
        let unused = (bytes.len() * 8 - bits.len()) as u8;
        Self {
            unused_bits: unused,
            bytes,
        }
    }

    /// Number of used bits (0 if the unused-bits count is larger than the octets hold).
    pub fn len_bits(&self) -> usize {
        (self.bytes.len() * 8).saturating_sub(usize::from(self.unused_bits))
    }

    pub fn bit(&self, i: usize) -> Option<bool> {
        if i >= self.len_bits() {
            return None;
        }
        self.bytes.get(i / 8).map(|o| o & (0x80 >> (i % 8)) != 0)
    }

    /// A conformant encoding has 0–7 unused bits and none when there are no octets.
    pub fn is_valid(&self) -> bool {
        self.unused_bits <= 7 && (!self.bytes.is_empty() || self.unused_bits == 0)
    }
}

// Content decoders: they take the content octets of one primitive and name what was wrong.

pub fn decode_unsigned(c: &[u8]) -> Result<u64, &'static str> {
    if c.is_empty() {
        return Err("empty unsigned");
    }
    if c.len() > 8 {
        return Err("unsigned longer than 8 octets");
    }
    Ok(c.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b)))
}

pub fn decode_signed(c: &[u8]) -> Result<i64, &'static str> {
    let (&first, _) = c.split_first().ok_or("empty signed")?;
    if c.len() > 8 {
        return Err("signed longer than 8 octets");
    }
    let init: i64 = if first & 0x80 != 0 { -1 } else { 0 };
    Ok(c.iter().fold(init, |acc, &b| (acc << 8) | i64::from(b)))
}

/// Enumerations are 32-bit in every standard table; longer ones are refused here (a property
/// value keeps them as raw bytes instead).
pub fn decode_enumerated(c: &[u8]) -> Result<u32, &'static str> {
    if c.len() > 4 {
        return Err("enumerated longer than 4 octets");
    }
    decode_unsigned(c).map(|v| v as u32)
}

pub fn decode_real(c: &[u8]) -> Result<f32, &'static str> {
    <[u8; 4]>::try_from(c)
        .map(f32::from_be_bytes)
        .map_err(|_| "real is not 4 octets")
}

pub fn decode_double(c: &[u8]) -> Result<f64, &'static str> {
    <[u8; 8]>::try_from(c)
        .map(f64::from_be_bytes)
        .map_err(|_| "double is not 8 octets")
}

/// A context-tagged Boolean carries one content octet.
pub fn decode_context_boolean(c: &[u8]) -> Result<bool, &'static str> {
    match c {
        [0] => Ok(false),
        [1] => Ok(true),
        [_] => Err("boolean value out of range"),
        _ => Err("boolean is not 1 octet"),
    }
}

pub fn decode_object_id(c: &[u8]) -> Result<ObjectId, &'static str> {
    <[u8; 4]>::try_from(c)
        .map(|b| ObjectId::from_u32(u32::from_be_bytes(b)))
        .map_err(|_| "object identifier is not 4 octets")
}

pub fn decode_date(c: &[u8]) -> Result<Date, &'static str> {
    match c {
        &[year, month, day, weekday] => Ok(Date {
            year,
            month,
            day,
            weekday,
        }),
        _ => Err("date is not 4 octets"),
    }
}

pub fn decode_time(c: &[u8]) -> Result<Time, &'static str> {
    match c {
        &[hour, minute, second, hundredths] => Ok(Time {
            hour,
            minute,
            second,
            hundredths,
        }),
        _ => Err("time is not 4 octets"),
    }
}

pub fn decode_char_string(c: &[u8]) -> Result<CharString, &'static str> {
    CharString::decode(c)
}

pub fn decode_octet_string(c: &[u8]) -> Result<Vec<u8>, &'static str> {
    Ok(c.to_vec())
}

pub fn decode_bit_string(c: &[u8]) -> Result<BitString, &'static str> {
    let (&unused_bits, rest) = c
        .split_first()
        .ok_or("bit string without unused-bits octet")?;
    Ok(BitString {
        unused_bits,
        bytes: rest.to_vec(),
    })
}

// Content encoders: the shortest conformant content octets.

pub fn encode_unsigned(v: u64) -> Vec<u8> {
    let b = v.to_be_bytes();
    let skip = (v.leading_zeros() / 8).min(7) as usize;
    b.get(skip..).unwrap_or(&[0]).to_vec()
}

pub fn encode_signed(v: i64) -> Vec<u8> {
    let b = v.to_be_bytes();
    // Drop leading octets that are pure sign extension of the next one.
    let mut skip = 0;
    while skip < 7 {
        let (Some(&hi), Some(&lo)) = (b.get(skip), b.get(skip + 1)) else {
            break;
        };
        if (hi == 0x00 && lo & 0x80 == 0) || (hi == 0xFF && lo & 0x80 != 0) {
            skip += 1;
        } else {
            break;
        }
    }
    b.get(skip..).unwrap_or(&[0]).to_vec()
}

pub fn encode_enumerated(v: u32) -> Vec<u8> {
    encode_unsigned(u64::from(v))
}

pub fn encode_object_id(id: ObjectId) -> Vec<u8> {
    id.to_u32().to_be_bytes().to_vec()
}

pub fn encode_char_string(s: &CharString) -> Vec<u8> {
    let mut v = Vec::with_capacity(s.bytes.len() + 1);
    s.encode(&mut v);
    v
}

pub fn encode_bit_string(b: &BitString) -> Vec<u8> {
    let mut v = Vec::with_capacity(b.bytes.len() + 1);
    v.push(b.unused_bits);
    v.extend_from_slice(&b.bytes);
    v
}

pub fn encode_date(d: Date) -> Vec<u8> {
    vec![d.year, d.month, d.day, d.weekday]
}

pub fn encode_time(t: Time) -> Vec<u8> {
    vec![t.hour, t.minute, t.second, t.hundredths]
}

/// Content lengths are u32 on the wire; an emitter never produces more than 4 GiB.
fn len32(content: &[u8]) -> u32 {
    u32::try_from(content.len()).unwrap_or(u32::MAX)
}

// ---- reading and writing tagged fields (what the service codecs are made of) ----

/// The length of a context primitive with tag `number` when the next octet is such a tag in its
/// one-octet form (tag number below 15, length below 5): by far the most common encoding of
/// a service field. The general path ([`Tag::parse`]) handles every other form.
#[inline]
fn short_context_len(r: &Reader<'_>, number: u8) -> Option<usize> {
    let first = r.peek_u8()?;
    (number < 15 && first >> 4 == number && first & 0x08 != 0 && first & 0x07 < 5)
        .then_some(usize::from(first & 0x07))
}

/// The content octets of a context-class primitive with tag `number`.
#[inline]
pub fn read_context<'a>(r: &mut Reader<'a>, number: u8) -> Result<&'a [u8], WireError> {
    if let Some(len) = short_context_len(r, number) {
        r.u8()?;
        return r.take(len);
    }
    read_context_long(r, number)
}

fn read_context_long<'a>(r: &mut Reader<'a>, number: u8) -> Result<&'a [u8], WireError> {
    let at = r.position();
    let tag = Tag::parse(r)?;
    if !tag.is_context(number) {
        return Err(WireError::new(r.layer(), "unexpected tag", at));
    }
    r.take(tag.content_len() as usize)
}

/// A context field decoded with `dec`; errors point at the tag. (Generic over the decoder, not a
/// function pointer, so that the decoder is inlined.)
#[inline]
pub fn context<T>(
    r: &mut Reader<'_>,
    number: u8,
    dec: impl FnOnce(&[u8]) -> Result<T, &'static str>,
) -> Result<T, WireError> {
    let at = r.position();
    let c = read_context(r, number)?;
    dec(c).map_err(|what| WireError::new(r.layer(), what, at))
}

/// An OPTIONAL context field: absent when the next tag is anything else.
#[inline]
pub fn optional_context<T>(
    r: &mut Reader<'_>,
    number: u8,
    dec: impl FnOnce(&[u8]) -> Result<T, &'static str>,
) -> Result<Option<T>, WireError> {
    if short_context_len(r, number).is_some() {
        return context(r, number, dec).map(Some);
    }
    if r.is_empty() {
        return Ok(None);
    }
    match Tag::peek(r) {
        Some(t) if t.is_context(number) => context(r, number, dec).map(Some),
        _ => Ok(None),
    }
}

/// An application-tagged field of the given application tag number, decoded with `dec`.
/// (Application Booleans carry their value in the tag: use [`application_boolean`].)
pub fn application<T>(
    r: &mut Reader<'_>,
    number: u8,
    dec: fn(&[u8]) -> Result<T, &'static str>,
) -> Result<T, WireError> {
    let at = r.position();
    let tag = Tag::parse(r)?;
    if tag.class != TagClass::Application || tag.number != number {
        return Err(WireError::new(r.layer(), "unexpected tag", at));
    }
    let c = r.take(tag.content_len() as usize)?;
    dec(c).map_err(|what| WireError::new(r.layer(), what, at))
}

pub fn application_boolean(r: &mut Reader<'_>) -> Result<bool, WireError> {
    let at = r.position();
    let tag = Tag::parse(r)?;
    match (tag.class, tag.number, tag.kind) {
        (TagClass::Application, app_tag::BOOLEAN, TagKind::Primitive(0)) => Ok(false),
        (TagClass::Application, app_tag::BOOLEAN, TagKind::Primitive(1)) => Ok(true),
        (TagClass::Application, app_tag::BOOLEAN, _) => {
            Err(WireError::new(r.layer(), "boolean value out of range", at))
        }
        _ => Err(WireError::new(r.layer(), "unexpected tag", at)),
    }
}

pub fn expect_opening(r: &mut Reader<'_>, number: u8) -> Result<(), WireError> {
    let at = r.position();
    if Tag::parse(r)?.is_opening(number) {
        Ok(())
    } else {
        Err(WireError::new(r.layer(), "expected opening tag", at))
    }
}

pub fn expect_closing(r: &mut Reader<'_>, number: u8) -> Result<(), WireError> {
    let at = r.position();
    if Tag::parse(r)?.is_closing(number) {
        Ok(())
    } else {
        Err(WireError::new(r.layer(), "expected closing tag", at))
    }
}

pub fn next_is_opening(r: &Reader<'_>, number: u8) -> bool {
    Tag::peek(r).is_some_and(|t| t.is_opening(number))
}

pub fn next_is_closing(r: &Reader<'_>, number: u8) -> bool {
    Tag::peek(r).is_some_and(|t| t.is_closing(number))
}

pub fn next_is_context(r: &Reader<'_>, number: u8) -> bool {
    Tag::peek(r).is_some_and(|t| t.is_context(number))
}

pub fn put_context(out: &mut Vec<u8>, number: u8, content: &[u8]) {
    Tag::context(number, len32(content)).emit(out);
    out.extend_from_slice(content);
}

pub fn put_application(out: &mut Vec<u8>, number: u8, content: &[u8]) {
    Tag::application(number, len32(content)).emit(out);
    out.extend_from_slice(content);
}

pub fn put_application_boolean(out: &mut Vec<u8>, v: bool) {
    Tag::application(app_tag::BOOLEAN, u32::from(v)).emit(out);
}

pub fn put_context_boolean(out: &mut Vec<u8>, number: u8, v: bool) {
    put_context(out, number, &[u8::from(v)]);
}

pub fn put_opening(out: &mut Vec<u8>, number: u8) {
    Tag::opening(number).emit(out);
}

pub fn put_closing(out: &mut Vec<u8>, number: u8) {
    Tag::closing(number).emit(out);
}

// ---- application values ----

/// A primitive application-tagged value (clause 20.2.1.4, tags 0–12).
#[derive(Debug, Clone, PartialEq)]
pub enum ApplicationValue {
    Null,
    Boolean(bool),
    Unsigned(u64),
    Signed(i64),
    Real(f32),
    Double(f64),
    OctetString(Vec<u8>),
    CharacterString(CharString),
    BitString(BitString),
    Enumerated(u32),
    Date(Date),
    Time(Time),
    ObjectIdentifier(ObjectId),
}

impl ApplicationValue {
    /// Read one application-tagged primitive.
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let at = r.position();
        let tag = Tag::parse(r)?;
        if tag.class != TagClass::Application {
            return Err(WireError::new(r.layer(), "expected application tag", at));
        }
        let c = r.take(tag.content_len() as usize)?;
        Self::decode(tag, c).map_err(|what| WireError::new(r.layer(), what, at))
    }

    /// Decode the content of an application tag already read.
    pub fn decode(tag: Tag, c: &[u8]) -> Result<Self, &'static str> {
        use app_tag::*;
        let TagKind::Primitive(lvt) = tag.kind else {
            return Err("expected application tag");
        };
        Ok(match tag.number {
            NULL if c.is_empty() => Self::Null,
            NULL => return Err("null with content"),
            BOOLEAN => match lvt {
                0 => Self::Boolean(false),
                1 => Self::Boolean(true),
                _ => return Err("boolean value out of range"),
            },
            UNSIGNED => Self::Unsigned(decode_unsigned(c)?),
            SIGNED => Self::Signed(decode_signed(c)?),
            REAL => Self::Real(decode_real(c)?),
            DOUBLE => Self::Double(decode_double(c)?),
            OCTET_STRING => Self::OctetString(c.to_vec()),
            CHARACTER_STRING => Self::CharacterString(decode_char_string(c)?),
            BIT_STRING => Self::BitString(decode_bit_string(c)?),
            ENUMERATED => Self::Enumerated(decode_enumerated(c)?),
            DATE => Self::Date(decode_date(c)?),
            TIME => Self::Time(decode_time(c)?),
            OBJECT_IDENTIFIER => Self::ObjectIdentifier(decode_object_id(c)?),
            _ => return Err("reserved application tag"),
        })
    }

    pub fn tag_number(&self) -> u8 {
        use app_tag::*;
        match self {
            Self::Null => NULL,
            Self::Boolean(_) => BOOLEAN,
            Self::Unsigned(_) => UNSIGNED,
            Self::Signed(_) => SIGNED,
            Self::Real(_) => REAL,
            Self::Double(_) => DOUBLE,
            Self::OctetString(_) => OCTET_STRING,
            Self::CharacterString(_) => CHARACTER_STRING,
            Self::BitString(_) => BIT_STRING,
            Self::Enumerated(_) => ENUMERATED,
            Self::Date(_) => DATE,
            Self::Time(_) => TIME,
            Self::ObjectIdentifier(_) => OBJECT_IDENTIFIER,
        }
    }

    /// The content octets (for a Boolean, the one octet of its context-tagged form).
    pub fn content(&self) -> Vec<u8> {
        match self {
            Self::Null => Vec::new(),
            Self::Boolean(b) => vec![u8::from(*b)],
            Self::Unsigned(v) => encode_unsigned(*v),
            Self::Signed(v) => encode_signed(*v),
            Self::Real(v) => v.to_be_bytes().to_vec(),
            Self::Double(v) => v.to_be_bytes().to_vec(),
            Self::OctetString(v) => v.clone(),
            Self::CharacterString(s) => encode_char_string(s),
            Self::BitString(b) => encode_bit_string(b),
            Self::Enumerated(v) => encode_enumerated(*v),
            Self::Date(d) => encode_date(*d),
            Self::Time(t) => encode_time(*t),
            Self::ObjectIdentifier(o) => encode_object_id(*o),
        }
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        match self {
            Self::Boolean(b) => put_application_boolean(out, *b),
            _ => put_application(out, self.tag_number(), &self.content()),
        }
    }

    /// The value as a number, for the types that are one.
    pub fn as_f64(&self) -> Option<f64> {
        match *self {
            Self::Boolean(b) => Some(if b { 1.0 } else { 0.0 }),
            Self::Unsigned(v) => Some(v as f64),
            Self::Signed(v) => Some(v as f64),
            Self::Real(v) => Some(f64::from(v)),
            Self::Double(v) => Some(v),
            Self::Enumerated(v) => Some(f64::from(v)),
            _ => None,
        }
    }
}

// ---- property values (ABSTRACT-SYNTAX.&Type) ----

/// One element of a property value.
#[derive(Debug, Clone, PartialEq)]
pub enum ValueItem {
    /// An application-tagged primitive.
    Value(ApplicationValue),
    /// The exact octets, tags included, of a context-tagged primitive, of a constructed part
    /// (opening tag to matching closing tag), or of an application primitive that does not
    /// decode (wrong length for its type, reserved tag number, oversized enumeration).
    Raw(Vec<u8>),
}

/// The elements of a [`ValueList`]: most property values are one element, kept inline.
pub type ValueItems = smallvec::SmallVec<[ValueItem; 1]>;

/// A property value as carried between an opening and a closing tag.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ValueList {
    pub items: ValueItems,
}

impl ValueList {
    pub fn single(v: ApplicationValue) -> Self {
        Self {
            items: smallvec::smallvec![ValueItem::Value(v)],
        }
    }

    /// Read elements up to and including the closing tag `closing` (the opening tag has been
    /// read by the caller). Opening tags inside are matched, iteratively, to at most
    /// [`MAX_NESTING_DEPTH`] levels.
    pub fn parse_until_closing(r: &mut Reader<'_>, closing: u8) -> Result<Self, WireError> {
        let mut items = ValueItems::new();
        loop {
            let start = r.clone();
            let at = r.position();
            let tag = Tag::parse(r)?;
            match (tag.class, tag.kind) {
                (_, TagKind::Closing) if tag.number == closing => break,
                (_, TagKind::Closing) => {
                    return Err(WireError::new(r.layer(), "unexpected closing tag", at));
                }
                (_, TagKind::Opening) => {
                    skip_constructed(r, tag.number)?;
                    items.push(ValueItem::Raw(consumed(&start, r).to_vec()));
                }
                (TagClass::Context, TagKind::Primitive(_)) => {
                    r.take(tag.content_len() as usize)?;
                    items.push(ValueItem::Raw(consumed(&start, r).to_vec()));
                }
                (TagClass::Application, TagKind::Primitive(_)) => {
                    let c = r.take(tag.content_len() as usize)?;
                    items.push(match ApplicationValue::decode(tag, c) {
                        Ok(v) => ValueItem::Value(v),
                        Err(_) => ValueItem::Raw(consumed(&start, r).to_vec()),
                    });
                }
            }
        }
        Ok(Self { items })
    }

    /// The elements, without enclosing tags.
    pub fn emit(&self, out: &mut Vec<u8>) {
        for item in &self.items {
            match item {
                ValueItem::Value(v) => v.emit(out),
                ValueItem::Raw(b) => out.extend_from_slice(b),
            }
        }
    }

    /// Opening tag `number`, the elements, closing tag `number`.
    pub fn emit_enclosed(&self, number: u8, out: &mut Vec<u8>) {
        put_opening(out, number);
        self.emit(out);
        put_closing(out, number);
    }

    /// The value when it is exactly one decoded primitive.
    pub fn as_single(&self) -> Option<&ApplicationValue> {
        match self.items.as_slice() {
            [ValueItem::Value(v)] => Some(v),
            _ => None,
        }
    }

    /// The number when the value is a single Real, Double, Unsigned, Signed, Enumerated or
    /// Boolean (the values a watch can learn a range of).
    pub fn as_f64(&self) -> Option<f64> {
        self.as_single().and_then(ApplicationValue::as_f64)
    }
}

/// The bytes `r` advanced over since `start` (a clone taken earlier from the same reader).
fn consumed<'a>(start: &Reader<'a>, r: &Reader<'a>) -> &'a [u8] {
    let n = r.position().saturating_sub(start.position());
    start.peek_rest().get(..n).unwrap_or(&[])
}

/// Skip past the closing tag matching an opening tag `number` already read.
fn skip_constructed(r: &mut Reader<'_>, number: u8) -> Result<(), WireError> {
    let mut stack = [0u8; MAX_NESTING_DEPTH];
    let mut depth = 1usize;
    if let Some(s) = stack.first_mut() {
        *s = number;
    }
    while depth > 0 {
        let at = r.position();
        let tag = Tag::parse(r)?;
        match tag.kind {
            TagKind::Opening => {
                let slot = stack
                    .get_mut(depth)
                    .ok_or_else(|| WireError::new(r.layer(), "nesting too deep", at))?;
                *slot = tag.number;
                depth += 1;
            }
            TagKind::Closing => {
                depth -= 1;
                if stack.get(depth) != Some(&tag.number) {
                    return Err(WireError::new(
                        r.layer(),
                        "closing tag does not match opening tag",
                        at,
                    ));
                }
            }
            TagKind::Primitive(_) => {
                r.take(tag.content_len() as usize)?;
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn rd(b: &[u8]) -> Reader<'_> {
        Reader::new(b, "test")
    }

    fn tag_bytes(t: Tag) -> Vec<u8> {
        let mut v = Vec::new();
        t.emit(&mut v);
        v
    }

    #[test]
    fn tag_forms() {
        // Extended tag number, extended lengths 5 → u8, 254 → u16, 255 → u32.
        assert_eq!(tag_bytes(Tag::context(20, 3)), [0xF8 | 3, 20]);
        assert_eq!(tag_bytes(Tag::application(7, 9)), [0x75, 9]);
        assert_eq!(tag_bytes(Tag::application(6, 300)), [0x65, 254, 0x01, 0x2C]);
        assert_eq!(
            tag_bytes(Tag::application(6, 70_000)),
            [0x65, 255, 0x00, 0x01, 0x11, 0x70]
        );
        assert_eq!(tag_bytes(Tag::opening(3)), [0x3E]);
        assert_eq!(tag_bytes(Tag::closing(3)), [0x3F]);
        assert_eq!(tag_bytes(Tag::opening(30)), [0xFE, 30]);
        // Application class with LVT 6 is a length, not an opening tag.
        let t = Tag::parse(&mut rd(&[0x66])).unwrap();
        assert_eq!(t, Tag::application(6, 6));
        // 253 fits the one-octet extended length; 254 needs the u16 form.
        assert_eq!(tag_bytes(Tag::application(6, 253)), [0x65, 253]);
        assert_eq!(tag_bytes(Tag::application(6, 254)), [0x65, 254, 0, 254]);
    }

    #[test]
    fn tags_truncated_are_errors() {
        for b in [
            &[][..],
            &[0xF8],
            &[0x65],
            &[0x65, 254, 0],
            &[0x65, 255, 0, 0, 0],
        ] {
            assert_eq!(Tag::parse(&mut rd(b)).unwrap_err().what, "truncated");
        }
        // A huge extended length is refused by the cursor, not allocated.
        let mut r = rd(&[0x65, 255, 0xFF, 0xFF, 0xFF, 0xFF, 1, 2]);
        assert!(ApplicationValue::parse(&mut r).is_err());
    }

    #[test]
    fn numbers_decode_from_real_fixtures() {
        // I-Am of device 108 (cisagov-icsnpp_bacnet_services.pcap frame 286): c4 0200006c,
        // 22 0400, 91 03, 21 xx ...; the first three values.
        let b = [0xC4, 0x02, 0x00, 0x00, 0x6C, 0x22, 0x04, 0x00, 0x91, 0x03];
        let mut r = rd(&b);
        assert_eq!(
            ApplicationValue::parse(&mut r).unwrap(),
            ApplicationValue::ObjectIdentifier(ObjectId::new(8, 108))
        );
        assert_eq!(
            ApplicationValue::parse(&mut r).unwrap(),
            ApplicationValue::Unsigned(1024)
        );
        assert_eq!(
            ApplicationValue::parse(&mut r).unwrap(),
            ApplicationValue::Enumerated(3)
        );
        assert!(r.is_empty());
        assert_eq!(decode_signed(&[0xFF]), Ok(-1));
        assert_eq!(decode_signed(&[0x80, 0x00]), Ok(-32768));
        assert_eq!(decode_signed(&[0x00, 0x80]), Ok(128));
        assert_eq!(encode_signed(-129), [0xFF, 0x7F]);
        assert_eq!(encode_signed(127), [0x7F]);
        assert_eq!(encode_signed(128), [0x00, 0x80]);
        assert_eq!(encode_unsigned(0), [0]);
        assert_eq!(encode_unsigned(u64::MAX), [0xFF; 8]);
        assert!(decode_unsigned(&[]).is_err());
        assert!(decode_unsigned(&[0; 9]).is_err());
    }

    #[test]
    fn character_sets() {
        // I-Have object name in DBCS code page 932 (cisagov-icsnpp_bacnet_segmented_data.pcap
        // frame 1): 75 09 01 03a4 89b793788251; tshark shows "Code Page: 932".
        let b = [
            0x75, 0x09, 0x01, 0x03, 0xA4, 0x89, 0xB7, 0x93, 0x78, 0x82, 0x51,
        ];
        let v = ApplicationValue::parse(&mut rd(&b)).unwrap();
        let ApplicationValue::CharacterString(s) = &v else {
            panic!("{v:?}")
        };
        assert_eq!(s.charset, charset::DBCS);
        assert_eq!(s.dbcs_code_page(), Some(932));
        assert_eq!(s.text(), "\u{FFFD}\u{FFFD}\u{FFFD}");
        assert_eq!(s.char_count(), 3);
        assert!(!s.is_exact());
        let mut out = Vec::new();
        v.emit(&mut out);
        assert_eq!(out, b);

        let bad = CharString {
            charset: 0,
            bytes: vec![b'a', 0xFF, b'b'],
        };
        assert_eq!(bad.text(), "a\u{FFFD}b");
        assert!(!bad.is_exact());
        let ucs2 = CharString {
            charset: charset::UCS2,
            bytes: vec![0x00, b'h', 0x00, 0xE9],
        };
        assert_eq!(ucs2.text(), "hé");
        assert!(ucs2.is_exact());
        let latin1 = CharString {
            charset: charset::ISO_8859_1,
            bytes: vec![b'h', 0xE9],
        };
        assert_eq!(latin1.text(), "hé");
        let ucs4 = CharString {
            charset: charset::UCS4,
            bytes: vec![0, 0x01, 0xF6, 0x00],
        };
        assert_eq!(ucs4.text(), "😀");
        let jis = CharString {
            charset: charset::JIS_X_0208,
            bytes: vec![0x30, 0x21, 0x30, 0x22],
        };
        assert_eq!(jis.char_count(), 2);
        assert!(!jis.is_exact());
    }

    #[test]
    fn bit_strings_and_dates() {
        // Status_Flags in an unconfirmed COV notification
        // (cisagov-icsnpp_bacnet_error_reject_abort.pcap frame 31): 82 0400.
        let v = ApplicationValue::parse(&mut rd(&[0x82, 0x04, 0x00])).unwrap();
        let ApplicationValue::BitString(b) = v else {
            panic!()
        };
        assert_eq!(b.len_bits(), 4);
        assert_eq!(b.bit(0), Some(false));
        assert_eq!(b.bit(4), None);
        assert_eq!(b, BitString::from_bits(&[false; 4]));
        // Time synchronization (cisagov-icsnpp_bacnet_services.pcap frame 263): a4 690514ff,
        // b4 08163300; weekday unspecified.
        let mut r = rd(&[0xA4, 0x69, 0x05, 0x14, 0xFF, 0xB4, 0x08, 0x16, 0x33, 0x00]);
        let ApplicationValue::Date(d) = ApplicationValue::parse(&mut r).unwrap() else {
            panic!()
        };
        assert_eq!(d.year(), Some(2005));
        assert_eq!(d.weekday, Date::UNSPECIFIED);
        assert_eq!(
            ApplicationValue::parse(&mut r).unwrap(),
            ApplicationValue::Time(Time {
                hour: 8,
                minute: 22,
                second: 51,
                hundredths: 0
            })
        );
    }

    #[test]
    fn value_list_keeps_constructed_and_context_parts_raw() {
        // RPM-ACK value of Exception_Schedule (automayt_BACnet-exception-schedule-property-1
        // .pcapng frame 2): 4e 0e 0c 000101ff 0f 2e b4000000ff 44 41400000 2f 39 00 4f.
        let b = [
            0x0E, 0x0C, 0x00, 0x01, 0x01, 0xFF, 0x0F, 0x2E, 0xB4, 0x00, 0x00, 0x00, 0xFF, 0x44,
            0x41, 0x40, 0x00, 0x00, 0x2F, 0x39, 0x00, 0x4F,
        ];
        let mut r = rd(&b);
        let v = ValueList::parse_until_closing(&mut r, 4).unwrap();
        assert!(r.is_empty());
        assert_eq!(v.items.len(), 3);
        assert_eq!(v.items[0], ValueItem::Raw(b[..7].to_vec()));
        assert_eq!(v.items[2], ValueItem::Raw(vec![0x39, 0x00]));
        assert_eq!(v.as_f64(), None);
        let mut out = Vec::new();
        v.emit(&mut out);
        out.push(0x4F);
        assert_eq!(out, b);
    }

    #[test]
    fn value_list_limits_and_fallbacks() {
        // A Real of 3 octets and a reserved application tag 13 stay raw.
        let b = [0x43, 1, 2, 3, 0xD1, 9, 0x3F];
        let v = ValueList::parse_until_closing(&mut rd(&b), 3).unwrap();
        assert_eq!(
            v.items.as_slice(),
            [
                ValueItem::Raw(vec![0x43, 1, 2, 3]),
                ValueItem::Raw(vec![0xD1, 9])
            ]
        );
        // Nesting within the limit is fine, beyond it is refused, a mismatch is refused.
        let ok: Vec<u8> = std::iter::repeat_n(0x0E, MAX_NESTING_DEPTH)
            .chain(std::iter::repeat_n(0x0F, MAX_NESTING_DEPTH))
            .chain([0x3F])
            .collect();
        assert!(ValueList::parse_until_closing(&mut rd(&ok), 3).is_ok());
        let deep: Vec<u8> = std::iter::repeat_n(0x0E, MAX_NESTING_DEPTH + 1)
            .chain(std::iter::repeat_n(0x0F, MAX_NESTING_DEPTH + 1))
            .chain([0x3F])
            .collect();
        assert_eq!(
            ValueList::parse_until_closing(&mut rd(&deep), 3)
                .unwrap_err()
                .what,
            "nesting too deep"
        );
        let mismatch = [0x0E, 0x1F, 0x3F];
        assert!(ValueList::parse_until_closing(&mut rd(&mismatch), 3).is_err());
        assert!(ValueList::parse_until_closing(&mut rd(&[0x4F]), 3).is_err());
        assert!(ValueList::parse_until_closing(&mut rd(&[0x44, 0, 0]), 3).is_err());
        assert_eq!(
            ValueList::single(ApplicationValue::Real(72.5)).as_f64(),
            Some(72.5)
        );
    }

    fn arb_value() -> impl Strategy<Value = ApplicationValue> {
        prop_oneof![
            Just(ApplicationValue::Null),
            any::<bool>().prop_map(ApplicationValue::Boolean),
            any::<u64>().prop_map(ApplicationValue::Unsigned),
            any::<i64>().prop_map(ApplicationValue::Signed),
            any::<u32>().prop_map(|b| ApplicationValue::Real(f32::from_bits(b))),
            any::<u64>().prop_map(|b| ApplicationValue::Double(f64::from_bits(b))),
            proptest::collection::vec(any::<u8>(), 0..300).prop_map(ApplicationValue::OctetString),
            (any::<u8>(), proptest::collection::vec(any::<u8>(), 0..40)).prop_map(
                |(charset, bytes)| ApplicationValue::CharacterString(CharString { charset, bytes })
            ),
            (any::<u8>(), proptest::collection::vec(any::<u8>(), 0..8)).prop_map(
                |(unused_bits, bytes)| ApplicationValue::BitString(BitString {
                    unused_bits,
                    bytes
                })
            ),
            any::<u32>().prop_map(ApplicationValue::Enumerated),
            any::<[u8; 4]>().prop_map(|[a, b, c, d]| ApplicationValue::Date(Date {
                year: a,
                month: b,
                day: c,
                weekday: d
            })),
            any::<[u8; 4]>().prop_map(|[a, b, c, d]| ApplicationValue::Time(Time {
                hour: a,
                minute: b,
                second: c,
                hundredths: d
            })),
            (0u16..1024, 0u32..=ObjectId::MAX_INSTANCE)
                .prop_map(|(t, i)| ApplicationValue::ObjectIdentifier(ObjectId::new(t, i))),
        ]
    }

    fn same(a: &ApplicationValue, b: &ApplicationValue) -> bool {
        // Floats compare by bits so that NaN payloads count as round-tripping.
        match (a, b) {
            (ApplicationValue::Real(x), ApplicationValue::Real(y)) => x.to_bits() == y.to_bits(),
            (ApplicationValue::Double(x), ApplicationValue::Double(y)) => {
                x.to_bits() == y.to_bits()
            }
            _ => a == b,
        }
    }

    proptest! {
        #[test]
        fn tag_roundtrip(number in any::<u8>(), kind in 0u8..3, len in any::<u32>(), ctx in any::<bool>()) {
            let kind = match kind { 0 => TagKind::Opening, 1 => TagKind::Closing, _ => TagKind::Primitive(len) };
            let class = if ctx || kind != TagKind::Primitive(len) { TagClass::Context } else { TagClass::Application };
            // Application LVT 6/7 lengths are plain lengths, so this covers both classes.
            let t = Tag { class, number, kind };
            let b = tag_bytes(t);
            let mut r = rd(&b);
            prop_assert_eq!(Tag::parse(&mut r).unwrap(), t);
            prop_assert!(r.is_empty());
        }

        #[test]
        fn value_roundtrip(v in arb_value()) {
            let mut b = Vec::new();
            v.emit(&mut b);
            let mut r = rd(&b);
            let back = ApplicationValue::parse(&mut r).unwrap();
            prop_assert!(r.is_empty());
            prop_assert!(same(&back, &v), "{:?} != {:?}", back, v);
            for n in 0..b.len() {
                prop_assert!(ApplicationValue::parse(&mut rd(&b[..n])).is_err());
            }
        }

        #[test]
        fn context_unsigned_signed_roundtrip(n in any::<u8>(), u in any::<u64>(), s in any::<i64>()) {
            let mut b = Vec::new();
            put_context(&mut b, n, &encode_unsigned(u));
            put_context(&mut b, n.wrapping_add(1), &encode_signed(s));
            let mut r = rd(&b);
            prop_assert_eq!(context(&mut r, n, decode_unsigned).unwrap(), u);
            prop_assert_eq!(optional_context(&mut r, n, decode_signed).unwrap(), None);
            prop_assert_eq!(optional_context(&mut r, n.wrapping_add(1), decode_signed).unwrap(), Some(s));
            prop_assert!(r.is_empty());
        }

        #[test]
        fn value_list_roundtrip(vals in proptest::collection::vec(arb_value(), 0..6), ctx in proptest::collection::vec((0u8..40, proptest::collection::vec(any::<u8>(), 0..6)), 0..3)) {
            let mut items: Vec<ValueItem> = vals.into_iter().map(ValueItem::Value).collect();
            for (n, content) in ctx {
                let mut raw = Vec::new();
                put_opening(&mut raw, n);
                put_context(&mut raw, n, &content);
                put_closing(&mut raw, n);
                items.push(ValueItem::Raw(raw));
                let mut prim = Vec::new();
                put_context(&mut prim, n, &content);
                items.push(ValueItem::Raw(prim));
            }
            let list = ValueList { items: items.into() };
            let mut b = Vec::new();
            list.emit_enclosed(3, &mut b);
            let mut r = rd(&b);
            expect_opening(&mut r, 3).unwrap();
            let back = ValueList::parse_until_closing(&mut r, 3).unwrap();
            prop_assert!(r.is_empty());
            let mut b2 = Vec::new();
            back.emit_enclosed(3, &mut b2);
            prop_assert_eq!(&b2, &b);
            prop_assert_eq!(back.items.len(), list.items.len());
            for n in 0..b.len() {
                let mut r = rd(&b[..n]);
                let _ = expect_opening(&mut r, 3).and_then(|()| ValueList::parse_until_closing(&mut r, 3));
            }
        }

        #[test]
        fn value_list_never_panics(b in proptest::collection::vec(any::<u8>(), 0..64)) {
            let _ = ValueList::parse_until_closing(&mut rd(&b), 3);
        }
    }
}
