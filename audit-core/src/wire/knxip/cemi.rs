//! Common External Message Interface (03_06_03 §4, AN033): the KNX telegram inside tunnelling,
//! routing and device-management frames.
//!
//! Link-layer messages are `<code> <add-info length> <add-info> <service information>`; local
//! device-management messages (M_Prop*, M_FuncProp*, M_Reset) have no additional-info field.
//! Additional information is kept raw. Layouts that do not fit become `Cemi::Other` so that a
//! decode always re-emits identical bytes.

use super::address::{GroupAddress, IndividualAddress, KnxAddress};
use super::apdu::{Apdu, Tpdu};
use crate::wire::writer::{put_u8, put_u16};
use crate::wire::{Reader, WireError};

/// cEMI message codes.
pub mod code {
    pub const L_RAW_REQ: u8 = 0x10;
    pub const L_DATA_REQ: u8 = 0x11;
    pub const L_POLL_DATA_REQ: u8 = 0x13;
    pub const L_POLL_DATA_CON: u8 = 0x25;
    pub const L_DATA_IND: u8 = 0x29;
    pub const L_BUSMON_IND: u8 = 0x2B;
    pub const L_RAW_IND: u8 = 0x2D;
    pub const L_DATA_CON: u8 = 0x2E;
    pub const L_RAW_CON: u8 = 0x2F;
    pub const T_DATA_CONNECTED_REQ: u8 = 0x41;
    pub const T_DATA_INDIVIDUAL_REQ: u8 = 0x4A;
    pub const T_DATA_CONNECTED_IND: u8 = 0x89;
    pub const T_DATA_INDIVIDUAL_IND: u8 = 0x94;
    pub const M_RESET_IND: u8 = 0xF0;
    pub const M_RESET_REQ: u8 = 0xF1;
    pub const M_PROP_WRITE_CON: u8 = 0xF5;
    pub const M_PROP_WRITE_REQ: u8 = 0xF6;
    pub const M_PROP_INFO_IND: u8 = 0xF7;
    pub const M_FUNC_PROP_COMMAND_REQ: u8 = 0xF8;
    pub const M_FUNC_PROP_STATE_READ_REQ: u8 = 0xF9;
    pub const M_FUNC_PROP_CON: u8 = 0xFA;
    pub const M_PROP_READ_CON: u8 = 0xFB;
    pub const M_PROP_READ_REQ: u8 = 0xFC;
}

/// Standard primitive name of a message code (`L_Data.ind`, `M_PropRead.req`, ...).
pub const fn message_name(message_code: u8) -> &'static str {
    match message_code {
        code::L_RAW_REQ => "L_Raw.req",
        code::L_DATA_REQ => "L_Data.req",
        code::L_POLL_DATA_REQ => "L_Poll_Data.req",
        code::L_POLL_DATA_CON => "L_Poll_Data.con",
        code::L_DATA_IND => "L_Data.ind",
        code::L_BUSMON_IND => "L_Busmon.ind",
        code::L_RAW_IND => "L_Raw.ind",
        code::L_DATA_CON => "L_Data.con",
        code::L_RAW_CON => "L_Raw.con",
        code::T_DATA_CONNECTED_REQ => "T_Data_Connected.req",
        code::T_DATA_INDIVIDUAL_REQ => "T_Data_Individual.req",
        code::T_DATA_CONNECTED_IND => "T_Data_Connected.ind",
        code::T_DATA_INDIVIDUAL_IND => "T_Data_Individual.ind",
        code::M_RESET_IND => "M_Reset.ind",
        code::M_RESET_REQ => "M_Reset.req",
        code::M_PROP_WRITE_CON => "M_PropWrite.con",
        code::M_PROP_WRITE_REQ => "M_PropWrite.req",
        code::M_PROP_INFO_IND => "M_PropInfo.ind",
        code::M_FUNC_PROP_COMMAND_REQ => "M_FuncPropCommand.req",
        code::M_FUNC_PROP_STATE_READ_REQ => "M_FuncPropStateRead.req",
        code::M_FUNC_PROP_CON => "M_FuncProp.con",
        code::M_PROP_READ_CON => "M_PropRead.con",
        code::M_PROP_READ_REQ => "M_PropRead.req",
        _ => "unknown-message",
    }
}

/// The service information of an L_Data message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LData {
    /// Control field 1: frame type, repeat, broadcast, priority, ack request, confirm.
    pub ctrl1: u8,
    /// Control field 2: destination address type, hop count, extended frame format.
    pub ctrl2: u8,
    pub source: IndividualAddress,
    /// Raw destination; see [`LData::destination`].
    pub destination: u16,
    /// The length byte as sent: number of TPDU bytes after the TPCI byte.
    pub declared_length: u8,
    pub tpdu: Tpdu,
}

impl LData {
    /// Build with a length byte that matches the TPDU.
    pub fn new(
        ctrl1: u8,
        ctrl2: u8,
        source: IndividualAddress,
        destination: u16,
        tpdu: Tpdu,
    ) -> Self {
        let declared_length = u8::try_from(tpdu.wire_len().saturating_sub(1)).unwrap_or(u8::MAX);
        Self {
            ctrl1,
            ctrl2,
            source,
            destination,
            declared_length,
            tpdu,
        }
    }

    /// A group telegram as a KNX IP router forwards it: standard frame, no repeat, broadcast,
    /// low priority, group destination, hop count 6.
    pub fn group(source: IndividualAddress, destination: GroupAddress, apdu: Apdu) -> Self {
        Self::new(
            0xBC,
            0xE0,
            source,
            destination.0,
            Tpdu::Data { tpci: 0, apdu },
        )
    }

    pub fn standard_frame(&self) -> bool {
        self.ctrl1 & 0x80 != 0
    }
    /// cEMI inverts the repeat bit: 0 means "repeat on error".
    pub fn repeat_on_error(&self) -> bool {
        self.ctrl1 & 0x20 == 0
    }
    pub fn system_broadcast(&self) -> bool {
        self.ctrl1 & 0x10 == 0
    }
    /// Priority: `system`, `normal`, `urgent`, `low`.
    pub fn priority(&self) -> &'static str {
        match (self.ctrl1 >> 2) & 0x03 {
            0 => "system",
            1 => "normal",
            2 => "urgent",
            _ => "low",
        }
    }
    pub fn ack_requested(&self) -> bool {
        self.ctrl1 & 0x02 != 0
    }
    /// Set in L_Data.con when the frame could not be sent.
    pub fn confirm_error(&self) -> bool {
        self.ctrl1 & 0x01 != 0
    }
    pub fn group_destination(&self) -> bool {
        self.ctrl2 & 0x80 != 0
    }
    pub fn hop_count(&self) -> u8 {
        (self.ctrl2 >> 4) & 0x07
    }
    pub fn extended_frame_format(&self) -> u8 {
        self.ctrl2 & 0x0F
    }
    pub fn destination(&self) -> KnxAddress {
        if self.group_destination() {
            KnxAddress::Group(GroupAddress(self.destination))
        } else {
            KnxAddress::Individual(IndividualAddress(self.destination))
        }
    }
    pub fn apdu(&self) -> Option<&Apdu> {
        self.tpdu.apdu()
    }
    /// The length byte disagrees with the bytes present.
    pub fn length_mismatch(&self) -> bool {
        usize::from(self.declared_length).saturating_add(1) != self.tpdu.wire_len()
    }

    fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self {
            ctrl1: r.u8()?,
            ctrl2: r.u8()?,
            source: IndividualAddress(r.u16()?),
            destination: r.u16()?,
            declared_length: r.u8()?,
            tpdu: Tpdu::parse(r.rest()),
        })
    }

    fn emit(&self, out: &mut Vec<u8>) {
        put_u8(out, self.ctrl1);
        put_u8(out, self.ctrl2);
        put_u16(out, self.source.0);
        put_u16(out, self.destination);
        put_u8(out, self.declared_length);
        self.tpdu.emit(out);
    }
}

/// Interface object type, instance, property id, element count (4 bits), start index (12
/// bits): the addressing of the M_Prop* messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PropertyAddress {
    pub object_type: u16,
    pub object_instance: u8,
    pub property_id: u8,
    pub count: u8,
    pub start_index: u16,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cemi {
    /// L_Data.req / .con / .ind.
    LData {
        message_code: u8,
        add_info: Vec<u8>,
        frame: LData,
    },
    /// L_Busmon.ind: the raw frame as seen on the medium.
    Busmon { add_info: Vec<u8>, raw: Vec<u8> },
    /// L_Raw.req / .ind / .con.
    Raw {
        message_code: u8,
        add_info: Vec<u8>,
        raw: Vec<u8>,
    },
    /// T_Data_Connected / T_Data_Individual .req / .ind: kept raw after the additional info.
    TData {
        message_code: u8,
        add_info: Vec<u8>,
        data: Vec<u8>,
    },
    /// M_PropRead.req/.con, M_PropWrite.req/.con, M_PropInfo.ind. `data` holds values, or
    /// one error byte in a negative confirmation (count 0).
    Property {
        message_code: u8,
        address: PropertyAddress,
        data: Vec<u8>,
    },
    /// M_FuncPropCommand.req, M_FuncPropStateRead.req, M_FuncPropCommand.con.
    FunctionProperty {
        message_code: u8,
        object_type: u16,
        object_instance: u8,
        property_id: u8,
        data: Vec<u8>,
    },
    /// M_Reset.req / M_Reset.ind (`data` should be empty).
    Reset { message_code: u8, data: Vec<u8> },
    /// Unknown message code, or bytes that do not fit the code's layout.
    Other { message_code: u8, data: Vec<u8> },
}

impl Cemi {
    pub fn message_code(&self) -> u8 {
        match self {
            Cemi::Busmon { .. } => code::L_BUSMON_IND,
            Cemi::LData { message_code, .. }
            | Cemi::Raw { message_code, .. }
            | Cemi::TData { message_code, .. }
            | Cemi::Property { message_code, .. }
            | Cemi::FunctionProperty { message_code, .. }
            | Cemi::Reset { message_code, .. }
            | Cemi::Other { message_code, .. } => *message_code,
        }
    }

    pub fn message_name(&self) -> &'static str {
        message_name(self.message_code())
    }

    pub fn ldata(&self) -> Option<&LData> {
        match self {
            Cemi::LData { frame, .. } => Some(frame),
            _ => None,
        }
    }

    /// Decode a whole cEMI message (all of `bytes`).
    pub fn parse(bytes: &[u8]) -> Result<Self, WireError> {
        let mut r = Reader::new(bytes, "cemi");
        let mc = r.u8().map_err(|_| r.error("missing message code"))?;
        let body = r.peek_rest();
        Ok(Self::parse_body(mc, &mut r).unwrap_or_else(|| Cemi::Other {
            message_code: mc,
            data: body.to_vec(),
        }))
    }

    fn parse_body(mc: u8, r: &mut Reader<'_>) -> Option<Self> {
        match mc {
            code::L_DATA_REQ | code::L_DATA_CON | code::L_DATA_IND => {
                let add_info = take_add_info(r)?;
                let frame = LData::parse(r).ok()?;
                Some(Cemi::LData {
                    message_code: mc,
                    add_info,
                    frame,
                })
            }
            code::L_BUSMON_IND => {
                let add_info = take_add_info(r)?;
                Some(Cemi::Busmon {
                    add_info,
                    raw: r.rest().to_vec(),
                })
            }
            code::L_RAW_REQ | code::L_RAW_IND | code::L_RAW_CON => {
                let add_info = take_add_info(r)?;
                Some(Cemi::Raw {
                    message_code: mc,
                    add_info,
                    raw: r.rest().to_vec(),
                })
            }
            code::T_DATA_CONNECTED_REQ
            | code::T_DATA_CONNECTED_IND
            | code::T_DATA_INDIVIDUAL_REQ
            | code::T_DATA_INDIVIDUAL_IND => {
                let add_info = take_add_info(r)?;
                Some(Cemi::TData {
                    message_code: mc,
                    add_info,
                    data: r.rest().to_vec(),
                })
            }
            code::M_PROP_READ_REQ
            | code::M_PROP_READ_CON
            | code::M_PROP_WRITE_REQ
            | code::M_PROP_WRITE_CON
            | code::M_PROP_INFO_IND => {
                let object_type = r.u16().ok()?;
                let object_instance = r.u8().ok()?;
                let property_id = r.u8().ok()?;
                let ne_sx = r.u16().ok()?;
                Some(Cemi::Property {
                    message_code: mc,
                    address: PropertyAddress {
                        object_type,
                        object_instance,
                        property_id,
                        count: (ne_sx >> 12) as u8,
                        start_index: ne_sx & 0x0FFF,
                    },
                    data: r.rest().to_vec(),
                })
            }
            code::M_FUNC_PROP_COMMAND_REQ
            | code::M_FUNC_PROP_STATE_READ_REQ
            | code::M_FUNC_PROP_CON => Some(Cemi::FunctionProperty {
                message_code: mc,
                object_type: r.u16().ok()?,
                object_instance: r.u8().ok()?,
                property_id: r.u8().ok()?,
                data: r.rest().to_vec(),
            }),
            code::M_RESET_REQ | code::M_RESET_IND => Some(Cemi::Reset {
                message_code: mc,
                data: r.rest().to_vec(),
            }),
            _ => None,
        }
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        put_u8(out, self.message_code());
        match self {
            Cemi::LData {
                add_info, frame, ..
            } => {
                emit_add_info(out, add_info);
                frame.emit(out);
            }
            Cemi::Busmon { add_info, raw }
            | Cemi::Raw { add_info, raw, .. }
            | Cemi::TData {
                add_info,
                data: raw,
                ..
            } => {
                emit_add_info(out, add_info);
                out.extend_from_slice(raw);
            }
            Cemi::Property { address, data, .. } => {
                put_u16(out, address.object_type);
                put_u8(out, address.object_instance);
                put_u8(out, address.property_id);
                put_u16(
                    out,
                    (u16::from(address.count & 0x0F) << 12) | (address.start_index & 0x0FFF),
                );
                out.extend_from_slice(data);
            }
            Cemi::FunctionProperty {
                object_type,
                object_instance,
                property_id,
                data,
                ..
            } => {
                put_u16(out, *object_type);
                put_u8(out, *object_instance);
                put_u8(out, *property_id);
                out.extend_from_slice(data);
            }
            Cemi::Reset { data, .. } | Cemi::Other { data, .. } => out.extend_from_slice(data),
        }
    }
}

fn take_add_info(r: &mut Reader<'_>) -> Option<Vec<u8>> {
    let n = r.u8().ok()?;
    r.take(usize::from(n)).ok().map(<[u8]>::to_vec)
}

/// Additional info longer than its one-byte length allows is cut (hand-built values only).
fn emit_add_info(out: &mut Vec<u8>, add_info: &[u8]) {
    let info = add_info.get(..add_info.len().min(255)).unwrap_or(&[]);
    put_u8(out, u8::try_from(info.len()).unwrap_or(u8::MAX));
    out.extend_from_slice(info);
}

#[cfg(test)]
pub(crate) mod tests {
    use super::super::apdu::GroupValue;
    use super::super::apdu::tests::arb_tpdu;
    use super::*;
    use proptest::collection::vec;
    use proptest::prelude::*;

    fn bytes(n: usize) -> impl Strategy<Value = Vec<u8>> {
        vec(any::<u8>(), 0..n)
    }

    pub(crate) fn arb_cemi() -> impl Strategy<Value = Cemi> {
        let ldata = (
            any::<u8>(),
            any::<u8>(),
            any::<u16>(),
            any::<u16>(),
            arb_tpdu(),
        )
            .prop_map(|(c1, c2, s, d, t)| LData::new(c1, c2, IndividualAddress(s), d, t));
        prop_oneof![
            4 => (prop::sample::select(vec![0x11u8, 0x2E, 0x29]), bytes(8), ldata).prop_map(
                |(message_code, add_info, frame)| Cemi::LData { message_code, add_info, frame }
            ),
            1 => (bytes(8), bytes(24)).prop_map(|(add_info, raw)| Cemi::Busmon { add_info, raw }),
            1 => (prop::sample::select(vec![0x10u8, 0x2D, 0x2F]), bytes(8), bytes(24))
                .prop_map(|(message_code, add_info, raw)| Cemi::Raw { message_code, add_info, raw }),
            1 => (prop::sample::select(vec![0x41u8, 0x89, 0x4A, 0x94]), bytes(8), bytes(24))
                .prop_map(|(message_code, add_info, data)| Cemi::TData { message_code, add_info, data }),
            2 => (
                prop::sample::select(vec![0xFCu8, 0xFB, 0xF6, 0xF5, 0xF7]),
                any::<u16>(), any::<u8>(), any::<u8>(), 0u8..16, 0u16..0x1000, bytes(12),
            ).prop_map(|(message_code, ot, oi, pid, count, sx, data)| Cemi::Property {
                message_code,
                address: PropertyAddress {
                    object_type: ot, object_instance: oi, property_id: pid, count, start_index: sx,
                },
                data,
            }),
            1 => (prop::sample::select(vec![0xF8u8, 0xF9, 0xFA]), any::<u16>(), any::<u8>(),
                  any::<u8>(), bytes(12))
                .prop_map(|(message_code, object_type, object_instance, property_id, data)| {
                    Cemi::FunctionProperty { message_code, object_type, object_instance, property_id, data }
                }),
            1 => (prop::sample::select(vec![0xF0u8, 0xF1]), bytes(2))
                .prop_map(|(message_code, data)| Cemi::Reset { message_code, data }),
            1 => (prop::sample::select(vec![0x00u8, 0x13, 0x25, 0x30, 0xE0]), bytes(12))
                .prop_map(|(message_code, data)| Cemi::Other { message_code, data }),
        ]
    }

    #[test]
    fn group_write_indication() {
        // L_Data.ind 1.1.10 -> 1/2/3 GroupValueWrite "on", as a router forwards it.
        let b = [
            0x29, 0x00, 0xBC, 0xE0, 0x11, 0x0A, 0x0A, 0x03, 0x01, 0x00, 0x81,
        ];
        let c = Cemi::parse(&b).unwrap();
        assert_eq!(c.message_name(), "L_Data.ind");
        let f = c.ldata().unwrap();
        assert_eq!(f.source.to_string(), "1.1.10");
        assert_eq!(f.destination().to_string(), "1/2/3");
        assert_eq!(f.hop_count(), 6);
        assert_eq!(f.priority(), "low");
        assert!(f.standard_frame() && !f.repeat_on_error() && !f.system_broadcast());
        assert!(!f.length_mismatch());
        assert_eq!(f.apdu(), Some(&Apdu::GroupValueWrite(GroupValue::Short(1))));
        assert_eq!(
            *f,
            LData::group(
                IndividualAddress::new(1, 1, 10),
                GroupAddress::new(1, 2, 3),
                Apdu::GroupValueWrite(GroupValue::Short(1))
            )
        );
        let mut out = Vec::new();
        c.emit(&mut out);
        assert_eq!(out, b);
    }

    #[test]
    fn prop_read_con_and_malformed() {
        // M_PropRead.con device object (0), instance 1, PID 83, 1 element at index 1: 0x0010.
        let b = [0xFB, 0x00, 0x00, 0x01, 0x53, 0x10, 0x01, 0x00, 0x10];
        let c = Cemi::parse(&b).unwrap();
        let Cemi::Property { address, data, .. } = &c else {
            panic!()
        };
        assert_eq!(
            (address.property_id, address.count, address.start_index),
            (0x53, 1, 1)
        );
        assert_eq!(data, &[0x00, 0x10]);
        // L_Data.ind whose additional-info length runs past the end: kept as other.
        let c = Cemi::parse(&[0x29, 0x05, 0x01]).unwrap();
        assert!(matches!(
            c,
            Cemi::Other {
                message_code: 0x29,
                ..
            }
        ));
        assert!(Cemi::parse(&[]).is_err());
        // Length byte says 3 bytes after the TPCI, only 1 present.
        let c = Cemi::parse(&[
            0x29, 0x00, 0xBC, 0xE0, 0x11, 0x0A, 0x0A, 0x03, 0x03, 0x00, 0x81,
        ])
        .unwrap();
        assert!(c.ldata().unwrap().length_mismatch());
    }

    proptest! {
        #[test]
        fn cemi_round_trip(c in arb_cemi()) {
            let mut out = Vec::new();
            c.emit(&mut out);
            prop_assert_eq!(Cemi::parse(&out).unwrap(), c);
        }

        #[test]
        fn any_bytes_reemit(bytes in vec(any::<u8>(), 1..40)) {
            let mut out = Vec::new();
            Cemi::parse(&bytes).unwrap().emit(&mut out);
            prop_assert_eq!(out, bytes);
        }
    }
}
