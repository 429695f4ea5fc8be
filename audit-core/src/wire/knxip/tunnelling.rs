//! Tunnelling (03_08_04) and device management (03_08_03): frames on an open connection start
//! with a 4-byte connection header `04 <channel> <sequence> <reserved|status>`.
//!
//! Tunnelling v2 adds the feature services GET/RESPONSE/SET/INFO: connection header, feature
//! identifier, a return code (responses) or reserved byte, and the feature value.

use super::cemi::Cemi;
use super::structure::{emit_struct, take_fixed_struct};
use crate::wire::writer::put_u8;
use crate::wire::{Reader, WireError};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ConnectionHeader {
    pub channel: u8,
    pub sequence: u8,
    /// Reserved (0) in requests, the status code in acknowledgements.
    pub status: u8,
}

impl ConnectionHeader {
    pub const LEN: u8 = 4;

    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let mut s = take_fixed_struct(r, Self::LEN, "connection header length is not 4")?;
        Ok(Self {
            channel: s.u8()?,
            sequence: s.u8()?,
            status: s.u8()?,
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        emit_struct(out, |out| {
            put_u8(out, self.channel);
            put_u8(out, self.sequence);
            put_u8(out, self.status);
        });
    }
}

/// TUNNELLING_REQUEST and DEVICE_CONFIGURATION_REQUEST: connection header and a cEMI message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CemiRequest {
    pub header: ConnectionHeader,
    pub cemi: Cemi,
}

impl CemiRequest {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let header = ConnectionHeader::parse(r)?;
        let cemi = Cemi::parse(r.rest())?;
        Ok(Self { header, cemi })
    }
    pub fn emit(&self, out: &mut Vec<u8>) {
        self.header.emit(out);
        self.cemi.emit(out);
    }
}

/// Tunnelling feature identifiers (03_08_04 v2 §4.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FeatureId(pub u8);

impl FeatureId {
    pub const SUPPORTED_EMI_TYPE: Self = Self(0x01);
    pub const DEVICE_DESCRIPTOR_TYPE_0: Self = Self(0x02);
    pub const BUS_CONNECTION_STATUS: Self = Self(0x03);
    pub const MANUFACTURER_CODE: Self = Self(0x04);
    pub const ACTIVE_EMI_TYPE: Self = Self(0x05);
    pub const INDIVIDUAL_ADDRESS: Self = Self(0x06);
    pub const MAX_APDU_LENGTH: Self = Self(0x07);
    pub const INFO_SERVICE_ENABLE: Self = Self(0x08);

    pub const fn name(self) -> &'static str {
        match self.0 {
            0x01 => "supported-emi-type",
            0x02 => "host-device-descriptor-type-0",
            0x03 => "bus-connection-status",
            0x04 => "knx-manufacturer-code",
            0x05 => "active-emi-type",
            0x06 => "interface-individual-address",
            0x07 => "max-interface-apdu-length",
            0x08 => "interface-feature-info-service-enable",
            _ => "unknown-feature",
        }
    }
}

/// Return code of a TUNNELLING_FEATURE_RESPONSE (the generic KNX return codes, 03_03_07).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReturnCode(pub u8);

impl ReturnCode {
    pub const fn name(self) -> &'static str {
        match self.0 {
            0x00 => "success",
            0x01 => "success-with-crc",
            0xF1 => "memory-error",
            0xF2 => "invalid-command",
            0xF3 => "impossible-command",
            0xF4 => "exceeds-max-apdu-length",
            0xF5 => "data-overflow",
            0xF6 => "out-of-min-range",
            0xF7 => "out-of-max-range",
            0xF8 => "data-void",
            0xF9 => "temporarily-not-available",
            0xFA => "access-write-only",
            0xFB => "access-read-only",
            0xFC => "access-denied",
            0xFD => "address-void",
            0xFE => "data-type-conflict",
            0xFF => "error",
            _ => "unknown-return-code",
        }
    }
}

/// TUNNELLING_FEATURE_GET / RESPONSE / SET / INFO.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TunnellingFeature {
    pub header: ConnectionHeader,
    pub feature: FeatureId,
    /// Return code in a RESPONSE ([`ReturnCode`]), reserved (0) in the other three.
    pub status: u8,
    /// Empty in a GET.
    pub value: Vec<u8>,
}

impl TunnellingFeature {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self {
            header: ConnectionHeader::parse(r)?,
            feature: FeatureId(r.u8()?),
            status: r.u8()?,
            value: r.rest().to_vec(),
        })
    }
    pub fn emit(&self, out: &mut Vec<u8>) {
        self.header.emit(out);
        put_u8(out, self.feature.0);
        put_u8(out, self.status);
        out.extend_from_slice(&self.value);
    }
    pub fn return_code(&self) -> ReturnCode {
        ReturnCode(self.status)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn connection_header_length_must_be_4() {
        let h = ConnectionHeader::parse(&mut Reader::new(&[4, 1, 2, 0], "knxip")).unwrap();
        assert_eq!((h.channel, h.sequence, h.status), (1, 2, 0));
        assert!(ConnectionHeader::parse(&mut Reader::new(&[5, 1, 2, 0, 0], "knxip")).is_err());
        assert!(ConnectionHeader::parse(&mut Reader::new(&[4, 1, 2], "knxip")).is_err());
    }

    #[test]
    fn feature_names() {
        assert_eq!(FeatureId(6).name(), "interface-individual-address");
        assert_eq!(ReturnCode(0xFC).name(), "access-denied");
    }
}
