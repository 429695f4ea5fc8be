//! TODO: being written (services helper). Fixed interface used by apdu.rs (keep these names,
//! the `Other` variants and the three methods; add one variant per decoded service):
//! `X::parse(choice: u8, body: &[u8]) -> Result<X, WireError>`, `emit(&self, out)` writes the
//! body only (no APDU header), `choice(&self) -> u8`.
use crate::wire::WireError;

#[derive(Debug, Clone, PartialEq)]
pub enum ConfirmedRequest {
    Other { choice: u8, raw: Vec<u8> },
}

#[derive(Debug, Clone, PartialEq)]
pub enum UnconfirmedRequest {
    Other { choice: u8, raw: Vec<u8> },
}

#[derive(Debug, Clone, PartialEq)]
pub enum ComplexAck {
    Other { choice: u8, raw: Vec<u8> },
}

macro_rules! stub {
    ($t:ident) => {
        impl $t {
            pub fn parse(choice: u8, body: &[u8]) -> Result<Self, WireError> {
                Ok(Self::Other {
                    choice,
                    raw: body.to_vec(),
                })
            }
            pub fn emit(&self, out: &mut Vec<u8>) {
                let Self::Other { raw, .. } = self;
                out.extend_from_slice(raw);
            }
            pub fn choice(&self) -> u8 {
                let Self::Other { choice, .. } = self;
                *choice
            }
        }
    };
}
stub!(ConfirmedRequest);
stub!(UnconfirmedRequest);
stub!(ComplexAck);
