//! Length-prefixed structures: HPAI, DIB, SRP, CRI, CRD, connection header, selector and the
//! routing info blocks all start with one byte giving their own total length.

use crate::wire::{Reader, WireError};

/// Largest structure a one-byte length can describe.
pub const MAX_STRUCT_LEN: usize = u8::MAX as usize;

/// Emit a structure whose first byte is its own length. A body longer than a one-byte length
/// allows is cut at 255 bytes (only reachable with hand-built values, never after a decode).
pub(crate) fn emit_struct(out: &mut Vec<u8>, body: impl FnOnce(&mut Vec<u8>)) {
    let start = out.len();
    out.push(0);
    body(out);
    let mut len = out.len().saturating_sub(start);
    if len > MAX_STRUCT_LEN {
        out.truncate(start.saturating_add(MAX_STRUCT_LEN));
        len = MAX_STRUCT_LEN;
    }
    if let Some(b) = out.get_mut(start) {
        *b = u8::try_from(len).unwrap_or(u8::MAX);
    }
}

/// Take one length-prefixed structure and return a reader over what follows its length byte.
pub(crate) fn take_struct<'a>(r: &mut Reader<'a>) -> Result<Reader<'a>, WireError> {
    let len = r.peek_u8().ok_or_else(|| r.error("truncated"))?;
    if len < 2 {
        return Err(r.error("structure length too short"));
    }
    if usize::from(len) > r.remaining() {
        return Err(r.error("structure length exceeds remaining bytes"));
    }
    let mut s = r.sub(usize::from(len))?;
    s.u8()?;
    Ok(s)
}

/// Like [`take_struct`] but the length must be exactly `expected`.
pub(crate) fn take_fixed_struct<'a>(
    r: &mut Reader<'a>,
    expected: u8,
    what: &'static str,
) -> Result<Reader<'a>, WireError> {
    if r.peek_u8() != Some(expected) && r.peek_u8().is_some() {
        return Err(r.error(what));
    }
    take_struct(r)
}
