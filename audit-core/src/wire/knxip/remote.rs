//! Remote diagnosis and configuration (03_08_07): requests select their target device by
//! programming mode or MAC address; responses and configuration requests carry DIBs.

use super::dib::{Dib, emit_dibs, parse_dibs};
use super::hpai::Hpai;
use super::structure::{emit_struct, take_struct};
use crate::wire::writer::put_u8;
use crate::wire::{Reader, WireError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selector {
    ProgrammingMode,
    MacAddress([u8; 6]),
    /// Unknown selector type, or a known one with a length that does not fit.
    Other {
        selector_type: u8,
        data: Vec<u8>,
    },
}

impl Selector {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let mut s = take_struct(r)?;
        let t = s.u8()?;
        Ok(match (t, s.rest()) {
            (0x01, []) => Selector::ProgrammingMode,
            (0x02, &[a, b, c, d, e, f]) => Selector::MacAddress([a, b, c, d, e, f]),
            (t, data) => Selector::Other {
                selector_type: t,
                data: data.to_vec(),
            },
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        emit_struct(out, |out| match self {
            Selector::ProgrammingMode => put_u8(out, 0x01),
            Selector::MacAddress(mac) => {
                put_u8(out, 0x02);
                out.extend_from_slice(mac);
            }
            Selector::Other {
                selector_type,
                data,
            } => {
                put_u8(out, *selector_type);
                out.extend_from_slice(data);
            }
        });
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemoteDiagnosticRequest {
    pub discovery_endpoint: Hpai,
    pub selector: Selector,
}

impl RemoteDiagnosticRequest {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self {
            discovery_endpoint: Hpai::parse(r)?,
            selector: Selector::parse(r)?,
        })
    }
    pub fn emit(&self, out: &mut Vec<u8>) {
        self.discovery_endpoint.emit(out);
        self.selector.emit(out);
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemoteDiagnosticResponse {
    pub selector: Selector,
    pub dibs: Vec<Dib>,
}

impl RemoteDiagnosticResponse {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let selector = Selector::parse(r)?;
        Ok(Self {
            selector,
            dibs: parse_dibs(r),
        })
    }
    pub fn emit(&self, out: &mut Vec<u8>) {
        self.selector.emit(out);
        emit_dibs(&self.dibs, out);
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemoteBasicConfigurationRequest {
    pub discovery_endpoint: Hpai,
    pub selector: Selector,
    pub dibs: Vec<Dib>,
}

impl RemoteBasicConfigurationRequest {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let discovery_endpoint = Hpai::parse(r)?;
        let selector = Selector::parse(r)?;
        Ok(Self {
            discovery_endpoint,
            selector,
            dibs: parse_dibs(r),
        })
    }
    pub fn emit(&self, out: &mut Vec<u8>) {
        self.discovery_endpoint.emit(out);
        self.selector.emit(out);
        emit_dibs(&self.dibs, out);
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RemoteResetRequest {
    pub selector: Selector,
    /// 0x01 restart, 0x02 master reset.
    pub command: u8,
    pub reserved: u8,
}

impl RemoteResetRequest {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self {
            selector: Selector::parse(r)?,
            command: r.u8()?,
            reserved: r.u8()?,
        })
    }
    pub fn emit(&self, out: &mut Vec<u8>) {
        self.selector.emit(out);
        put_u8(out, self.command);
        put_u8(out, self.reserved);
    }
    pub fn command_name(&self) -> &'static str {
        match self.command {
            0x01 => "restart",
            0x02 => "master-reset",
            _ => "unknown-reset-command",
        }
    }
}
