//! TODO: being written (apdu/enums helper). Fixed interface used by the rest of the crate:
use crate::wire::WireError;

#[derive(Debug, Clone, PartialEq)]
pub struct Apdu {
    pub raw: Vec<u8>,
}

impl Apdu {
    pub fn parse(bytes: &[u8]) -> Result<Apdu, WireError> {
        Ok(Apdu {
            raw: bytes.to_vec(),
        })
    }
    pub fn emit(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.raw);
    }
    pub fn service_name(&self) -> &'static str {
        "unknown"
    }
}
