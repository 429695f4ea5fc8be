//! DESCRIPTION_REQUEST / DESCRIPTION_RESPONSE (03_08_02 §7.7), and [`Description`], the DIB
//! list shared with the search responses, with the questions an audit asks of it.

use super::dib::{
    DeviceInfo, Dib, ExtendedDeviceInfo, ServiceFamilies, ServiceFamily, TunnellingInfo, emit_dibs,
    parse_dibs,
};
use super::hpai::Hpai;
use crate::wire::{Reader, WireError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DescriptionRequest {
    pub control_endpoint: Hpai,
}

impl DescriptionRequest {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self {
            control_endpoint: Hpai::parse(r)?,
        })
    }
    pub fn emit(&self, out: &mut Vec<u8>) {
        self.control_endpoint.emit(out);
    }
}

/// The DIBs of a SEARCH_RESPONSE(_EXTENDED) or DESCRIPTION_RESPONSE, in wire order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Description {
    pub dibs: Vec<Dib>,
}

impl Description {
    /// Reads DIBs to the end; an unusable tail is left in the reader (see [`parse_dibs`]).
    pub fn parse(r: &mut Reader<'_>) -> Self {
        Self {
            dibs: parse_dibs(r),
        }
    }
    pub fn emit(&self, out: &mut Vec<u8>) {
        emit_dibs(&self.dibs, out);
    }

    pub fn device_info(&self) -> Option<&DeviceInfo> {
        self.dibs.iter().find_map(|d| match d {
            Dib::DeviceInfo(x) => Some(x),
            _ => None,
        })
    }
    pub fn supported_service_families(&self) -> Option<&ServiceFamilies> {
        self.dibs.iter().find_map(|d| match d {
            Dib::SupportedServiceFamilies(x) => Some(x),
            _ => None,
        })
    }
    /// DIB 0x06. `None` means the DIB was absent (not requested, or a Core v1 device), which is
    /// different from present and empty (secure available but required for nothing).
    pub fn secured_service_families(&self) -> Option<&ServiceFamilies> {
        self.dibs.iter().find_map(|d| match d {
            Dib::SecuredServiceFamilies(x) => Some(x),
            _ => None,
        })
    }
    pub fn tunnelling_info(&self) -> Option<&TunnellingInfo> {
        self.dibs.iter().find_map(|d| match d {
            Dib::TunnellingInfo(x) => Some(x),
            _ => None,
        })
    }
    pub fn extended_device_info(&self) -> Option<&ExtendedDeviceInfo> {
        self.dibs.iter().find_map(|d| match d {
            Dib::ExtendedDeviceInfo(x) => Some(x),
            _ => None,
        })
    }
    pub fn manufacturer_id(&self) -> Option<u16> {
        self.dibs.iter().find_map(|d| match d {
            Dib::ManufacturerData(x) => Some(x.manufacturer_id),
            _ => None,
        })
    }

    /// Version of a service family as listed in DIB 0x02.
    pub fn family_version(&self, family: ServiceFamily) -> Option<u8> {
        self.supported_service_families()?.version_of(family)
    }
    /// Core version: 1 = KNXnet/IP Core v1, 2 = Core v2 (extended search, TCP, secure DIBs).
    pub fn core_version(&self) -> Option<u8> {
        self.family_version(ServiceFamily::CORE)
    }
    /// Tunnelling v2 means tunnelling over TCP is offered.
    pub fn tunnelling_over_tcp(&self) -> bool {
        self.family_version(ServiceFamily::TUNNELLING)
            .is_some_and(|v| v >= 2)
    }
    /// The device implements KNX IP Secure (security family listed in DIB 0x02).
    pub fn secure_supported(&self) -> bool {
        self.supported_service_families()
            .is_some_and(|f| f.contains(ServiceFamily::SECURITY))
    }
    /// The device requires security for this family (listed in DIB 0x06). `None` when DIB 0x06
    /// is absent, so "not required" and "unknown" stay distinct.
    pub fn secure_required(&self, family: ServiceFamily) -> Option<bool> {
        self.secured_service_families().map(|f| f.contains(family))
    }
    /// True when any DIB carried bytes its layout does not account for.
    pub fn has_irregular_dib(&self) -> bool {
        self.dibs.iter().any(Dib::is_irregular)
    }
}
