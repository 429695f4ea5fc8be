//! Helpers for emitting big-endian fields into a `Vec<u8>`.

pub fn put_u8(out: &mut Vec<u8>, v: u8) {
    out.push(v);
}

pub fn put_u16(out: &mut Vec<u8>, v: u16) {
    out.extend_from_slice(&v.to_be_bytes());
}

pub fn put_u24(out: &mut Vec<u8>, v: u32) {
    let b = v.to_be_bytes();
    out.extend_from_slice(b.get(1..).unwrap_or(&[]));
}

pub fn put_u32(out: &mut Vec<u8>, v: u32) {
    out.extend_from_slice(&v.to_be_bytes());
}

/// Overwrite a big-endian u16 at `at` (used to fill in a length once the body is written).
/// Does nothing if `at` is out of range, which would be a bug in the caller's emit.
pub fn patch_u16(out: &mut [u8], at: usize, v: u16) {
    if let Some(slot) = out.get_mut(at..at.saturating_add(2)) {
        slot.copy_from_slice(&v.to_be_bytes());
    }
}
