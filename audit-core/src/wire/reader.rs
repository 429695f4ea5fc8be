//! A bounds-checked cursor over a byte slice (in the style of rustls `msgs/codec.rs`).
//!
//! Every read either returns the bytes or a `WireError` naming the layer; nothing here can
//! panic or read past the end.

use super::WireError;

#[derive(Debug, Clone)]
pub struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
    layer: &'static str,
}

impl<'a> Reader<'a> {
    pub fn new(buf: &'a [u8], layer: &'static str) -> Self {
        Self { buf, pos: 0, layer }
    }

    /// An error of this reader's layer at the current position.
    pub fn error(&self, what: &'static str) -> WireError {
        WireError::new(self.layer, what, self.pos)
    }

    pub fn layer(&self) -> &'static str {
        self.layer
    }

    pub fn position(&self) -> usize {
        self.pos
    }

    pub fn remaining(&self) -> usize {
        self.buf.len().saturating_sub(self.pos)
    }

    pub fn is_empty(&self) -> bool {
        self.remaining() == 0
    }

    /// The unread bytes, without consuming them.
    pub fn peek_rest(&self) -> &'a [u8] {
        self.buf.get(self.pos..).unwrap_or(&[])
    }

    #[inline]
    pub fn peek_u8(&self) -> Option<u8> {
        self.buf.get(self.pos).copied()
    }

    /// Take `n` bytes or fail with "truncated".
    #[inline]
    pub fn take(&mut self, n: usize) -> Result<&'a [u8], WireError> {
        let end = self
            .pos
            .checked_add(n)
            .ok_or_else(|| self.error("length overflow"))?;
        let out = self
            .buf
            .get(self.pos..end)
            .ok_or_else(|| self.error("truncated"))?;
        self.pos = end;
        Ok(out)
    }

    /// Take everything that is left.
    pub fn rest(&mut self) -> &'a [u8] {
        let out = self.peek_rest();
        self.pos = self.buf.len();
        out
    }

    /// A sub-reader over the next `n` bytes (consumed from this one), same layer.
    pub fn sub(&mut self, n: usize) -> Result<Reader<'a>, WireError> {
        let layer = self.layer;
        Ok(Reader::new(self.take(n)?, layer))
    }

    #[inline]
    pub fn u8(&mut self) -> Result<u8, WireError> {
        let b = self.take(1)?;
        b.first().copied().ok_or_else(|| self.error("truncated"))
    }

    pub fn u16(&mut self) -> Result<u16, WireError> {
        let b = self.array::<2>()?;
        Ok(u16::from_be_bytes(b))
    }

    pub fn u24(&mut self) -> Result<u32, WireError> {
        let [a, b, c] = self.array::<3>()?;
        Ok(u32::from_be_bytes([0, a, b, c]))
    }

    pub fn u32(&mut self) -> Result<u32, WireError> {
        let b = self.array::<4>()?;
        Ok(u32::from_be_bytes(b))
    }

    pub fn array<const N: usize>(&mut self) -> Result<[u8; N], WireError> {
        let s = self.take(N)?;
        <[u8; N]>::try_from(s).map_err(|_| self.error("truncated"))
    }

    /// Fail with "trailing bytes" unless everything was consumed.
    pub fn expect_empty(&self) -> Result<(), WireError> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(self.error("trailing bytes"))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_big_endian_and_refuses_past_end() {
        let mut r = Reader::new(&[0x81, 0x0a, 0x00, 0x0c, 0x01], "bvlc");
        assert_eq!(r.u8().unwrap(), 0x81);
        assert_eq!(r.u8().unwrap(), 0x0a);
        assert_eq!(r.u16().unwrap(), 12);
        assert_eq!(r.u16().unwrap_err().what, "truncated");
        assert_eq!(r.u8().unwrap(), 1);
        assert!(r.expect_empty().is_ok());
        assert_eq!(r.take(usize::MAX).unwrap_err().what, "length overflow");
    }
}
