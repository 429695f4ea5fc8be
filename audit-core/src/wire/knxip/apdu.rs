//! Transport and application layer of an L_Data frame (03_03_04 TPCI, 03_03_07 APCI).
//!
//! The first TPDU byte is the TPCI: bit 7 data/control, bit 6 numbered, bits 5–2 sequence
//! number; for data PDUs bits 1–0 are the top of the 10-bit APCI, which continues in the
//! second byte. Group values of up to 6 bits travel inside the APCI byte itself.
//!
//! Typed variants are chosen only when the bytes fit the service's layout exactly, so every
//! decoded value re-emits identically; everything else is `Apdu::Other { apci, data }`.

use super::address::IndividualAddress;
use crate::wire::writer::{put_u8, put_u16, put_u32};

/// APCI codes (10 bits) of the services decoded into typed variants.
pub mod apci {
    pub const GROUP_VALUE_READ: u16 = 0x000;
    pub const GROUP_VALUE_RESPONSE: u16 = 0x040;
    pub const GROUP_VALUE_WRITE: u16 = 0x080;
    pub const INDIVIDUAL_ADDRESS_WRITE: u16 = 0x0C0;
    pub const INDIVIDUAL_ADDRESS_READ: u16 = 0x100;
    pub const INDIVIDUAL_ADDRESS_RESPONSE: u16 = 0x140;
    pub const MEMORY_READ: u16 = 0x200;
    pub const MEMORY_RESPONSE: u16 = 0x240;
    pub const MEMORY_WRITE: u16 = 0x280;
    pub const DEVICE_DESCRIPTOR_READ: u16 = 0x300;
    pub const DEVICE_DESCRIPTOR_RESPONSE: u16 = 0x340;
    pub const RESTART: u16 = 0x380;
    pub const MASTER_RESET: u16 = 0x381;
    pub const RESTART_RESPONSE: u16 = 0x3A1;
    pub const AUTHORIZE_REQUEST: u16 = 0x3D1;
    pub const AUTHORIZE_RESPONSE: u16 = 0x3D2;
    pub const KEY_WRITE: u16 = 0x3D3;
    pub const KEY_RESPONSE: u16 = 0x3D4;
    pub const PROPERTY_VALUE_READ: u16 = 0x3D5;
    pub const PROPERTY_VALUE_RESPONSE: u16 = 0x3D6;
    pub const PROPERTY_VALUE_WRITE: u16 = 0x3D7;
    pub const PROPERTY_DESCRIPTION_READ: u16 = 0x3D8;
    pub const PROPERTY_DESCRIPTION_RESPONSE: u16 = 0x3D9;
    pub const SECURE_SERVICE: u16 = 0x3F1;
}

/// Kebab-case name of any 10-bit APCI: exact extended codes first (03_03_07 and the Wireshark
/// cEMI table), then the 4-bit service classes whose low 6 bits carry data.
pub const fn apci_name(apci: u16) -> &'static str {
    match apci & 0x3FF {
        0x1C8 => "system-network-parameter-read",
        0x1C9 => "system-network-parameter-response",
        0x1CA => "system-network-parameter-write",
        0x1CC => "property-ext-value-read",
        0x1CD => "property-ext-value-response",
        0x1CE => "property-ext-value-write-con",
        0x1CF => "property-ext-value-write-con-response",
        0x1D0 => "property-ext-value-write-uncon",
        0x1D1 => "property-ext-value-info-report",
        0x1D2 => "property-ext-description-read",
        0x1D3 => "property-ext-description-response",
        0x1D4 => "function-property-ext-command",
        0x1D5 => "function-property-ext-state-read",
        0x1D6 => "function-property-ext-state-response",
        0x1FB => "memory-ext-write",
        0x1FC => "memory-ext-write-response",
        0x1FD => "memory-ext-read",
        0x1FE => "memory-ext-read-response",
        0x2C0 => "user-memory-read",
        0x2C1 => "user-memory-response",
        0x2C2 => "user-memory-write",
        0x2C4 => "user-memory-bit-write",
        0x2C5 => "user-manufacturer-info-read",
        0x2C6 => "user-manufacturer-info-response",
        0x2C7 => "function-property-command",
        0x2C8 => "function-property-state-read",
        0x2C9 => "function-property-state-response",
        0x380 => "restart",
        0x381 => "master-reset",
        0x3A1 => "restart-response",
        0x3C0 => "open-routing-table-request",
        0x3C1 => "read-routing-table-request",
        0x3C2 => "read-routing-table-response",
        0x3C3 => "write-routing-table-request",
        0x3C8 => "read-router-memory-request",
        0x3C9 => "read-router-memory-response",
        0x3CA => "write-router-memory-request",
        0x3CD => "read-router-status-request",
        0x3CE => "read-router-status-response",
        0x3CF => "write-router-status-request",
        0x3D0 => "memory-bit-write",
        0x3D1 => "authorize-request",
        0x3D2 => "authorize-response",
        0x3D3 => "key-write",
        0x3D4 => "key-response",
        0x3D5 => "property-value-read",
        0x3D6 => "property-value-response",
        0x3D7 => "property-value-write",
        0x3D8 => "property-description-read",
        0x3D9 => "property-description-response",
        0x3DA => "network-parameter-read",
        0x3DB => "network-parameter-response",
        0x3DC => "individual-address-serial-number-read",
        0x3DD => "individual-address-serial-number-response",
        0x3DE => "individual-address-serial-number-write",
        0x3E0 => "domain-address-write",
        0x3E1 => "domain-address-read",
        0x3E2 => "domain-address-response",
        0x3E3 => "domain-address-selective-read",
        0x3E4 => "network-parameter-write",
        0x3E5 => "link-read",
        0x3E6 => "link-response",
        0x3E7 => "link-write",
        0x3E8 => "group-property-value-read",
        0x3E9 => "group-property-value-response",
        0x3EA => "group-property-value-write",
        0x3EB => "group-property-value-info-report",
        0x3EC => "domain-address-serial-number-read",
        0x3ED => "domain-address-serial-number-response",
        0x3EE => "domain-address-serial-number-write",
        0x3F0 => "filestream-info-report",
        0x3F1 => "secure-service",
        a => match a >> 6 {
            0 => "group-value-read",
            1 => "group-value-response",
            2 => "group-value-write",
            3 => "individual-address-write",
            4 => "individual-address-read",
            5 => "individual-address-response",
            6 => "adc-read",
            7 => "adc-response",
            8 => "memory-read",
            9 => "memory-response",
            10 => "memory-write",
            11 => "user-message",
            12 => "device-descriptor-read",
            13 => "device-descriptor-response",
            14 => "restart",
            _ => "escape",
        },
    }
}

/// Value of a GroupValueWrite/Response.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GroupValue {
    /// Up to 6 bits carried in the APCI byte (DPT 1, 2, 3 ...).
    Short(u8),
    /// One or more bytes after the APCI (the APCI's low 6 bits are zero).
    Long(Vec<u8>),
}

/// Object index, property id, element count (4 bits) and start index (12 bits).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PropertyRef {
    pub object_index: u8,
    pub property_id: u8,
    pub count: u8,
    pub start_index: u16,
}

impl PropertyRef {
    fn from_bytes(b: [u8; 4]) -> Self {
        let [object_index, property_id, hi, lo] = b;
        Self {
            object_index,
            property_id,
            count: hi >> 4,
            start_index: u16::from_be_bytes([hi & 0x0F, lo]),
        }
    }
    fn emit(&self, out: &mut Vec<u8>) {
        put_u8(out, self.object_index);
        put_u8(out, self.property_id);
        put_u16(
            out,
            (u16::from(self.count & 0x0F) << 12) | (self.start_index & 0x0FFF),
        );
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Apdu {
    GroupValueRead,
    GroupValueResponse(GroupValue),
    GroupValueWrite(GroupValue),
    IndividualAddressWrite(IndividualAddress),
    IndividualAddressRead,
    IndividualAddressResponse,
    /// `count` is 6 bits.
    MemoryRead {
        count: u8,
        address: u16,
    },
    MemoryResponse {
        count: u8,
        address: u16,
        data: Vec<u8>,
    },
    MemoryWrite {
        count: u8,
        address: u16,
        data: Vec<u8>,
    },
    /// `descriptor_type` is 6 bits (0 = mask version).
    DeviceDescriptorRead {
        descriptor_type: u8,
    },
    DeviceDescriptorResponse {
        descriptor_type: u8,
        descriptor: Vec<u8>,
    },
    /// Basic restart.
    Restart,
    MasterReset {
        erase_code: u8,
        channel: u8,
    },
    RestartResponse {
        error_code: u8,
        process_time: u16,
    },
    AuthorizeRequest {
        reserved: u8,
        key: u32,
    },
    AuthorizeResponse {
        level: u8,
    },
    KeyWrite {
        level: u8,
        key: u32,
    },
    KeyResponse {
        level: u8,
    },
    PropertyValueRead(PropertyRef),
    PropertyValueResponse(PropertyRef, Vec<u8>),
    PropertyValueWrite(PropertyRef, Vec<u8>),
    PropertyDescriptionRead {
        object_index: u8,
        property_id: u8,
        property_index: u8,
    },
    PropertyDescriptionResponse {
        object_index: u8,
        property_id: u8,
        property_index: u8,
        /// Bit 7 write-enable, bits 5–0 property data type.
        type_byte: u8,
        /// Bits 11–0 maximum number of elements (top 4 bits reserved).
        max_elements: u16,
        /// Read level (high nibble), write level (low nibble).
        access: u8,
    },
    /// Any other service, or a known one whose bytes do not fit its layout.
    Other {
        apci: u16,
        data: Vec<u8>,
    },
}

impl Apdu {
    /// Decode from the 10-bit APCI and the bytes after the APCI byte.
    pub fn parse(apci: u16, data: &[u8]) -> Self {
        let apci = apci & 0x3FF;
        let low6 = (apci & 0x3F) as u8;
        let typed = match (apci & 0x3C0, data) {
            (apci::GROUP_VALUE_READ, []) if low6 == 0 => Some(Apdu::GroupValueRead),
            (apci::GROUP_VALUE_RESPONSE, d) => group_value(low6, d).map(Apdu::GroupValueResponse),
            (apci::GROUP_VALUE_WRITE, d) => group_value(low6, d).map(Apdu::GroupValueWrite),
            (apci::INDIVIDUAL_ADDRESS_WRITE, &[hi, lo]) if low6 == 0 => Some(
                Apdu::IndividualAddressWrite(IndividualAddress(u16::from_be_bytes([hi, lo]))),
            ),
            (apci::INDIVIDUAL_ADDRESS_READ, []) if low6 == 0 => Some(Apdu::IndividualAddressRead),
            (apci::INDIVIDUAL_ADDRESS_RESPONSE, []) if low6 == 0 => {
                Some(Apdu::IndividualAddressResponse)
            }
            (apci::MEMORY_READ, &[hi, lo]) => Some(Apdu::MemoryRead {
                count: low6,
                address: u16::from_be_bytes([hi, lo]),
            }),
            (apci::MEMORY_RESPONSE, [hi, lo, rest @ ..]) => Some(Apdu::MemoryResponse {
                count: low6,
                address: u16::from_be_bytes([*hi, *lo]),
                data: rest.to_vec(),
            }),
            (apci::MEMORY_WRITE, [hi, lo, rest @ ..]) => Some(Apdu::MemoryWrite {
                count: low6,
                address: u16::from_be_bytes([*hi, *lo]),
                data: rest.to_vec(),
            }),
            (apci::DEVICE_DESCRIPTOR_READ, []) => Some(Apdu::DeviceDescriptorRead {
                descriptor_type: low6,
            }),
            (apci::DEVICE_DESCRIPTOR_RESPONSE, d) => Some(Apdu::DeviceDescriptorResponse {
                descriptor_type: low6,
                descriptor: d.to_vec(),
            }),
            _ => None,
        };
        if let Some(t) = typed {
            return t;
        }
        let typed = match (apci, data) {
            (apci::RESTART, []) => Some(Apdu::Restart),
            (apci::MASTER_RESET, &[erase_code, channel]) => Some(Apdu::MasterReset {
                erase_code,
                channel,
            }),
            (apci::RESTART_RESPONSE, &[error_code, hi, lo]) => Some(Apdu::RestartResponse {
                error_code,
                process_time: u16::from_be_bytes([hi, lo]),
            }),
            (apci::AUTHORIZE_REQUEST, &[reserved, a, b, c, d]) => Some(Apdu::AuthorizeRequest {
                reserved,
                key: u32::from_be_bytes([a, b, c, d]),
            }),
            (apci::AUTHORIZE_RESPONSE, &[level]) => Some(Apdu::AuthorizeResponse { level }),
            (apci::KEY_WRITE, &[level, a, b, c, d]) => Some(Apdu::KeyWrite {
                level,
                key: u32::from_be_bytes([a, b, c, d]),
            }),
            (apci::KEY_RESPONSE, &[level]) => Some(Apdu::KeyResponse { level }),
            (apci::PROPERTY_VALUE_READ, &[a, b, c, d]) => {
                Some(Apdu::PropertyValueRead(PropertyRef::from_bytes([
                    a, b, c, d,
                ])))
            }
            (apci::PROPERTY_VALUE_RESPONSE, [a, b, c, d, rest @ ..]) => {
                Some(Apdu::PropertyValueResponse(
                    PropertyRef::from_bytes([*a, *b, *c, *d]),
                    rest.to_vec(),
                ))
            }
            (apci::PROPERTY_VALUE_WRITE, [a, b, c, d, rest @ ..]) => Some(
                Apdu::PropertyValueWrite(PropertyRef::from_bytes([*a, *b, *c, *d]), rest.to_vec()),
            ),
            (apci::PROPERTY_DESCRIPTION_READ, &[object_index, property_id, property_index]) => {
                Some(Apdu::PropertyDescriptionRead {
                    object_index,
                    property_id,
                    property_index,
                })
            }
            (
                apci::PROPERTY_DESCRIPTION_RESPONSE,
                &[
                    object_index,
                    property_id,
                    property_index,
                    type_byte,
                    hi,
                    lo,
                    access,
                ],
            ) => Some(Apdu::PropertyDescriptionResponse {
                object_index,
                property_id,
                property_index,
                type_byte,
                max_elements: u16::from_be_bytes([hi, lo]),
                access,
            }),
            _ => None,
        };
        typed.unwrap_or_else(|| Apdu::Other {
            apci,
            data: data.to_vec(),
        })
    }

    /// The 10-bit APCI as it goes on the wire (including data carried in its low bits).
    pub fn apci(&self) -> u16 {
        match self {
            Apdu::GroupValueRead => apci::GROUP_VALUE_READ,
            Apdu::GroupValueResponse(v) => apci::GROUP_VALUE_RESPONSE | short_bits(v),
            Apdu::GroupValueWrite(v) => apci::GROUP_VALUE_WRITE | short_bits(v),
            Apdu::IndividualAddressWrite(_) => apci::INDIVIDUAL_ADDRESS_WRITE,
            Apdu::IndividualAddressRead => apci::INDIVIDUAL_ADDRESS_READ,
            Apdu::IndividualAddressResponse => apci::INDIVIDUAL_ADDRESS_RESPONSE,
            Apdu::MemoryRead { count, .. } => apci::MEMORY_READ | u16::from(count & 0x3F),
            Apdu::MemoryResponse { count, .. } => apci::MEMORY_RESPONSE | u16::from(count & 0x3F),
            Apdu::MemoryWrite { count, .. } => apci::MEMORY_WRITE | u16::from(count & 0x3F),
            Apdu::DeviceDescriptorRead { descriptor_type } => {
                apci::DEVICE_DESCRIPTOR_READ | u16::from(descriptor_type & 0x3F)
            }
            Apdu::DeviceDescriptorResponse {
                descriptor_type, ..
            } => apci::DEVICE_DESCRIPTOR_RESPONSE | u16::from(descriptor_type & 0x3F),
            Apdu::Restart => apci::RESTART,
            Apdu::MasterReset { .. } => apci::MASTER_RESET,
            Apdu::RestartResponse { .. } => apci::RESTART_RESPONSE,
            Apdu::AuthorizeRequest { .. } => apci::AUTHORIZE_REQUEST,
            Apdu::AuthorizeResponse { .. } => apci::AUTHORIZE_RESPONSE,
            Apdu::KeyWrite { .. } => apci::KEY_WRITE,
            Apdu::KeyResponse { .. } => apci::KEY_RESPONSE,
            Apdu::PropertyValueRead(_) => apci::PROPERTY_VALUE_READ,
            Apdu::PropertyValueResponse(..) => apci::PROPERTY_VALUE_RESPONSE,
            Apdu::PropertyValueWrite(..) => apci::PROPERTY_VALUE_WRITE,
            Apdu::PropertyDescriptionRead { .. } => apci::PROPERTY_DESCRIPTION_READ,
            Apdu::PropertyDescriptionResponse { .. } => apci::PROPERTY_DESCRIPTION_RESPONSE,
            Apdu::Other { apci, .. } => apci & 0x3FF,
        }
    }

    pub fn name(&self) -> &'static str {
        apci_name(self.apci())
    }

    /// Number of bytes [`Apdu::emit_data`] writes.
    pub fn data_len(&self) -> usize {
        match self {
            Apdu::GroupValueRead
            | Apdu::IndividualAddressRead
            | Apdu::IndividualAddressResponse
            | Apdu::DeviceDescriptorRead { .. }
            | Apdu::Restart => 0,
            Apdu::GroupValueResponse(v) | Apdu::GroupValueWrite(v) => match v {
                GroupValue::Short(_) => 0,
                GroupValue::Long(d) => d.len(),
            },
            Apdu::IndividualAddressWrite(_)
            | Apdu::MemoryRead { .. }
            | Apdu::MasterReset { .. } => 2,
            Apdu::MemoryResponse { data, .. } | Apdu::MemoryWrite { data, .. } => {
                data.len().saturating_add(2)
            }
            Apdu::DeviceDescriptorResponse { descriptor, .. } => descriptor.len(),
            Apdu::RestartResponse { .. } | Apdu::PropertyDescriptionRead { .. } => 3,
            Apdu::AuthorizeRequest { .. } | Apdu::KeyWrite { .. } => 5,
            Apdu::AuthorizeResponse { .. } | Apdu::KeyResponse { .. } => 1,
            Apdu::PropertyValueRead(_) => 4,
            Apdu::PropertyValueResponse(_, d) | Apdu::PropertyValueWrite(_, d) => {
                d.len().saturating_add(4)
            }
            Apdu::PropertyDescriptionResponse { .. } => 7,
            Apdu::Other { data, .. } => data.len(),
        }
    }

    /// Emit the bytes after the APCI byte.
    pub fn emit_data(&self, out: &mut Vec<u8>) {
        match self {
            Apdu::GroupValueRead
            | Apdu::IndividualAddressRead
            | Apdu::IndividualAddressResponse
            | Apdu::DeviceDescriptorRead { .. }
            | Apdu::Restart => {}
            Apdu::GroupValueResponse(v) | Apdu::GroupValueWrite(v) => {
                if let GroupValue::Long(d) = v {
                    out.extend_from_slice(d);
                }
            }
            Apdu::IndividualAddressWrite(a) => put_u16(out, a.0),
            Apdu::MemoryRead { address, .. } => put_u16(out, *address),
            Apdu::MemoryResponse { address, data, .. }
            | Apdu::MemoryWrite { address, data, .. } => {
                put_u16(out, *address);
                out.extend_from_slice(data);
            }
            Apdu::DeviceDescriptorResponse { descriptor, .. } => out.extend_from_slice(descriptor),
            Apdu::MasterReset {
                erase_code,
                channel,
            } => {
                put_u8(out, *erase_code);
                put_u8(out, *channel);
            }
            Apdu::RestartResponse {
                error_code,
                process_time,
            } => {
                put_u8(out, *error_code);
                put_u16(out, *process_time);
            }
            Apdu::AuthorizeRequest { reserved: l, key } | Apdu::KeyWrite { level: l, key } => {
                put_u8(out, *l);
                put_u32(out, *key);
            }
            Apdu::AuthorizeResponse { level } | Apdu::KeyResponse { level } => put_u8(out, *level),
            Apdu::PropertyValueRead(p) => p.emit(out),
            Apdu::PropertyValueResponse(p, d) | Apdu::PropertyValueWrite(p, d) => {
                p.emit(out);
                out.extend_from_slice(d);
            }
            Apdu::PropertyDescriptionRead {
                object_index,
                property_id,
                property_index,
            } => out.extend_from_slice(&[*object_index, *property_id, *property_index]),
            Apdu::PropertyDescriptionResponse {
                object_index,
                property_id,
                property_index,
                type_byte,
                max_elements,
                access,
            } => {
                out.extend_from_slice(&[*object_index, *property_id, *property_index, *type_byte]);
                put_u16(out, *max_elements);
                put_u8(out, *access);
            }
            Apdu::Other { data, .. } => out.extend_from_slice(data),
        }
    }
}

fn group_value(low6: u8, data: &[u8]) -> Option<GroupValue> {
    match (low6, data) {
        (v, []) => Some(GroupValue::Short(v)),
        (0, d) => Some(GroupValue::Long(d.to_vec())),
        _ => None,
    }
}

fn short_bits(v: &GroupValue) -> u16 {
    match v {
        GroupValue::Short(b) => u16::from(b & 0x3F),
        GroupValue::Long(_) => 0,
    }
}

/// Transport layer PDU.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Tpdu {
    /// Data PDU. `tpci` holds bits 7–2 of the first byte (bits 1–0 belong to the APCI).
    Data { tpci: u8, apdu: Apdu },
    /// Control PDU (bit 7 set): connect, disconnect, ack, nak. `extra` should be empty.
    Control { tpci: u8, extra: Vec<u8> },
    /// Fewer bytes than a data PDU needs (0 or 1).
    Truncated(Vec<u8>),
}

impl Tpdu {
    pub fn parse(bytes: &[u8]) -> Self {
        match bytes {
            [t, rest @ ..] if t & 0x80 != 0 => Tpdu::Control {
                tpci: *t,
                extra: rest.to_vec(),
            },
            [t, a, rest @ ..] => Tpdu::Data {
                tpci: t & 0xFC,
                apdu: Apdu::parse((u16::from(t & 0x03) << 8) | u16::from(*a), rest),
            },
            other => Tpdu::Truncated(other.to_vec()),
        }
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        match self {
            Tpdu::Data { tpci, apdu } => {
                let a = apdu.apci();
                put_u8(out, (tpci & 0x7C) | ((a >> 8) as u8 & 0x03));
                put_u8(out, (a & 0xFF) as u8);
                apdu.emit_data(out);
            }
            Tpdu::Control { tpci, extra } => {
                put_u8(out, tpci | 0x80);
                out.extend_from_slice(extra);
            }
            Tpdu::Truncated(b) => out.extend_from_slice(b),
        }
    }

    /// Number of bytes [`Tpdu::emit`] writes.
    pub fn wire_len(&self) -> usize {
        match self {
            Tpdu::Data { apdu, .. } => apdu.data_len().saturating_add(2),
            Tpdu::Control { extra, .. } => extra.len().saturating_add(1),
            Tpdu::Truncated(b) => b.len(),
        }
    }

    fn tpci(&self) -> Option<u8> {
        match self {
            Tpdu::Data { tpci, .. } | Tpdu::Control { tpci, .. } => Some(*tpci),
            Tpdu::Truncated(b) => b.first().copied(),
        }
    }

    /// Sequence number of numbered PDUs (bits 5–2).
    pub fn sequence(&self) -> Option<u8> {
        let t = self.tpci()?;
        (t & 0x40 != 0).then_some((t >> 2) & 0x0F)
    }

    /// `unnumbered-data`, `numbered-data` (connection-oriented), or the control PDU name.
    pub fn kind(&self) -> &'static str {
        match self {
            Tpdu::Data { tpci, .. } if tpci & 0x40 != 0 => "numbered-data",
            Tpdu::Data { .. } => "unnumbered-data",
            Tpdu::Control { tpci, .. } => match (tpci & 0x40 != 0, tpci & 0x03) {
                (false, 0) => "connect",
                (false, 1) => "disconnect",
                (true, 2) => "ack",
                (true, 3) => "nak",
                _ => "unknown-control",
            },
            Tpdu::Truncated(_) => "truncated",
        }
    }

    pub fn apdu(&self) -> Option<&Apdu> {
        match self {
            Tpdu::Data { apdu, .. } => Some(apdu),
            _ => None,
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::collection::vec;
    use proptest::prelude::*;

    fn prop_ref() -> impl Strategy<Value = PropertyRef> {
        (any::<u8>(), any::<u8>(), 0u8..16, 0u16..0x1000).prop_map(|(o, p, c, s)| PropertyRef {
            object_index: o,
            property_id: p,
            count: c,
            start_index: s,
        })
    }

    fn group_value() -> impl Strategy<Value = GroupValue> {
        prop_oneof![
            (0u8..64).prop_map(GroupValue::Short),
            vec(any::<u8>(), 1..14).prop_map(GroupValue::Long),
        ]
    }

    fn bytes() -> impl Strategy<Value = Vec<u8>> {
        vec(any::<u8>(), 0..12)
    }

    pub(crate) fn arb_apdu() -> impl Strategy<Value = Apdu> {
        prop_oneof![
            Just(Apdu::GroupValueRead),
            group_value().prop_map(Apdu::GroupValueResponse),
            group_value().prop_map(Apdu::GroupValueWrite),
            any::<u16>().prop_map(|a| Apdu::IndividualAddressWrite(IndividualAddress(a))),
            Just(Apdu::IndividualAddressRead),
            Just(Apdu::IndividualAddressResponse),
            (0u8..64, any::<u16>())
                .prop_map(|(count, address)| Apdu::MemoryRead { count, address }),
            (0u8..64, any::<u16>(), bytes()).prop_map(|(count, address, data)| {
                Apdu::MemoryResponse {
                    count,
                    address,
                    data,
                }
            }),
            (0u8..64, any::<u16>(), bytes()).prop_map(|(count, address, data)| Apdu::MemoryWrite {
                count,
                address,
                data
            }),
            (0u8..64).prop_map(|descriptor_type| Apdu::DeviceDescriptorRead { descriptor_type }),
            (0u8..64, bytes()).prop_map(|(descriptor_type, descriptor)| {
                Apdu::DeviceDescriptorResponse {
                    descriptor_type,
                    descriptor,
                }
            }),
            Just(Apdu::Restart),
            (any::<u8>(), any::<u8>()).prop_map(|(erase_code, channel)| Apdu::MasterReset {
                erase_code,
                channel
            }),
            (any::<u8>(), any::<u16>()).prop_map(|(error_code, process_time)| {
                Apdu::RestartResponse {
                    error_code,
                    process_time,
                }
            }),
            (any::<u8>(), any::<u32>())
                .prop_map(|(reserved, key)| Apdu::AuthorizeRequest { reserved, key }),
            any::<u8>().prop_map(|level| Apdu::AuthorizeResponse { level }),
            (any::<u8>(), any::<u32>()).prop_map(|(level, key)| Apdu::KeyWrite { level, key }),
            any::<u8>().prop_map(|level| Apdu::KeyResponse { level }),
            prop_ref().prop_map(Apdu::PropertyValueRead),
            (prop_ref(), bytes()).prop_map(|(p, d)| Apdu::PropertyValueResponse(p, d)),
            (prop_ref(), bytes()).prop_map(|(p, d)| Apdu::PropertyValueWrite(p, d)),
            (any::<u8>(), any::<u8>(), any::<u8>()).prop_map(|(o, p, i)| {
                Apdu::PropertyDescriptionRead {
                    object_index: o,
                    property_id: p,
                    property_index: i,
                }
            }),
            (
                any::<u8>(),
                any::<u8>(),
                any::<u8>(),
                any::<u8>(),
                any::<u16>(),
                any::<u8>()
            )
                .prop_map(|(o, p, i, t, m, a)| Apdu::PropertyDescriptionResponse {
                    object_index: o,
                    property_id: p,
                    property_index: i,
                    type_byte: t,
                    max_elements: m,
                    access: a,
                }),
            // Services without a typed variant.
            (
                prop_oneof![0x180u16..0x200u16, 0x2C0u16..0x300u16, 0x3E0u16..0x400u16],
                bytes()
            )
                .prop_map(|(apci, data)| Apdu::Other { apci, data }),
        ]
    }

    pub(crate) fn arb_tpdu() -> impl Strategy<Value = Tpdu> {
        prop_oneof![
            4 => ((0u8..32).prop_map(|t| t << 2), arb_apdu())
                .prop_map(|(tpci, apdu)| Tpdu::Data { tpci, apdu }),
            1 => (0x80u8..=0xFF, vec(any::<u8>(), 0..3))
                .prop_map(|(tpci, extra)| Tpdu::Control { tpci, extra }),
            1 => vec(0u8..0x80, 0..2).prop_map(Tpdu::Truncated),
        ]
    }

    fn tpdu_of(bytes: &[u8]) -> Tpdu {
        Tpdu::parse(bytes)
    }

    #[test]
    fn group_values() {
        // GroupValueWrite of a 1-bit "on" (00 81) and of a 2-byte float (00 80 0c 1a).
        assert_eq!(
            tpdu_of(&[0x00, 0x81]).apdu(),
            Some(&Apdu::GroupValueWrite(GroupValue::Short(1)))
        );
        assert_eq!(
            tpdu_of(&[0x00, 0x80, 0x0c, 0x1a]).apdu(),
            Some(&Apdu::GroupValueWrite(GroupValue::Long(vec![0x0c, 0x1a])))
        );
        assert_eq!(tpdu_of(&[0x00, 0x00]).apdu(), Some(&Apdu::GroupValueRead));
        assert_eq!(
            tpdu_of(&[0x00, 0x41]).apdu().unwrap().name(),
            "group-value-response"
        );
        // Short bits and data together fit no layout: kept as other.
        let odd = tpdu_of(&[0x00, 0x81, 0x01]);
        assert!(matches!(odd.apdu(), Some(Apdu::Other { apci: 0x081, .. })));
        assert_eq!(odd.apdu().unwrap().name(), "group-value-write");
    }

    #[test]
    fn management_services() {
        // PropertyValueRead object 0, PID 11 (serial number), 1 element from index 1.
        let t = tpdu_of(&[0x43, 0xD5, 0x00, 0x0B, 0x10, 0x01]);
        assert_eq!(t.kind(), "numbered-data");
        assert_eq!(t.sequence(), Some(0));
        assert_eq!(
            t.apdu(),
            Some(&Apdu::PropertyValueRead(PropertyRef {
                object_index: 0,
                property_id: 11,
                count: 1,
                start_index: 1
            }))
        );
        // A_Authorize_Request with the default key 0xFFFFFFFF.
        let t = tpdu_of(&[0x47, 0xD1, 0x00, 0xFF, 0xFF, 0xFF, 0xFF]);
        assert_eq!(t.sequence(), Some(1));
        assert_eq!(
            t.apdu(),
            Some(&Apdu::AuthorizeRequest {
                reserved: 0,
                key: 0xFFFF_FFFF
            })
        );
        // DeviceDescriptorRead type 0, MemoryRead 4 bytes at 0x0060, basic restart.
        assert_eq!(
            tpdu_of(&[0x43, 0x00]).apdu(),
            Some(&Apdu::DeviceDescriptorRead { descriptor_type: 0 })
        );
        assert_eq!(
            tpdu_of(&[0x42, 0x04, 0x00, 0x60]).apdu(),
            Some(&Apdu::MemoryRead {
                count: 4,
                address: 0x0060
            })
        );
        assert_eq!(tpdu_of(&[0x03, 0x80]).apdu(), Some(&Apdu::Restart));
        assert_eq!(apci_name(0x1C8), "system-network-parameter-read");
        assert_eq!(apci_name(0x1C3), "adc-response");
    }

    #[test]
    fn control_pdus() {
        assert_eq!(tpdu_of(&[0x80]).kind(), "connect");
        assert_eq!(tpdu_of(&[0x81]).kind(), "disconnect");
        let ack = tpdu_of(&[0xC6]);
        assert_eq!((ack.kind(), ack.sequence()), ("ack", Some(1)));
        assert_eq!(tpdu_of(&[0xC3]).kind(), "nak");
        assert_eq!(tpdu_of(&[0x00]).kind(), "truncated");
    }

    proptest! {
        #[test]
        fn tpdu_round_trip(t in arb_tpdu()) {
            let mut out = Vec::new();
            t.emit(&mut out);
            prop_assert_eq!(out.len(), t.wire_len());
            prop_assert_eq!(Tpdu::parse(&out), t);
        }

        #[test]
        fn any_bytes_reemit(bytes in vec(any::<u8>(), 0..16)) {
            let mut out = Vec::new();
            Tpdu::parse(&bytes).emit(&mut out);
            prop_assert_eq!(out, bytes);
        }
    }
}
