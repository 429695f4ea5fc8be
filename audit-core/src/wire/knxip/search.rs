//! SEARCH_REQUEST / SEARCH_RESPONSE (03_08_02 §7.6) and the Core v2 extended search with its
//! Search Request Parameters (SRP).
//!
//! An SRP is `<length> <M|type> <data>`: bit 7 of the type byte is "mandatory" (a server that
//! does not understand a mandatory SRP must not answer).

use super::description::Description;
use super::dib::ServiceFamily;
use super::hpai::Hpai;
use super::structure::emit_struct;
use crate::wire::writer::put_u8;
use crate::wire::{Reader, WireError};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchRequest {
    pub discovery_endpoint: Hpai,
}

impl SearchRequest {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self {
            discovery_endpoint: Hpai::parse(r)?,
        })
    }
    pub fn emit(&self, out: &mut Vec<u8>) {
        self.discovery_endpoint.emit(out);
    }
}

/// SRP type codes (the low 7 bits of the type byte).
pub mod srp_type {
    pub const SELECT_BY_PROGRAMMING_MODE: u8 = 0x01;
    pub const SELECT_BY_MAC: u8 = 0x02;
    pub const SELECT_BY_SERVICE: u8 = 0x03;
    pub const REQUEST_DIBS: u8 = 0x04;
}

const MANDATORY: u8 = 0x80;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Srp {
    /// Only devices in programming mode answer.
    ProgrammingMode { mandatory: bool },
    /// Only the device with this MAC answers.
    MacAddress { mandatory: bool, mac: [u8; 6] },
    /// Only devices supporting this family at least in this version answer.
    Service {
        mandatory: bool,
        family: ServiceFamily,
        version: u8,
    },
    /// DIB codes the answer must contain, as sent (0x00 bytes pad to an even length).
    RequestDibs { mandatory: bool, codes: Vec<u8> },
    /// Unknown type, or a known type with a length that does not fit it.
    Other {
        mandatory: bool,
        srp_type: u8,
        data: Vec<u8>,
    },
}

impl Srp {
    pub fn mandatory(&self) -> bool {
        match self {
            Srp::ProgrammingMode { mandatory }
            | Srp::MacAddress { mandatory, .. }
            | Srp::Service { mandatory, .. }
            | Srp::RequestDibs { mandatory, .. }
            | Srp::Other { mandatory, .. } => *mandatory,
        }
    }

    pub fn srp_type(&self) -> u8 {
        match self {
            Srp::ProgrammingMode { .. } => srp_type::SELECT_BY_PROGRAMMING_MODE,
            Srp::MacAddress { .. } => srp_type::SELECT_BY_MAC,
            Srp::Service { .. } => srp_type::SELECT_BY_SERVICE,
            Srp::RequestDibs { .. } => srp_type::REQUEST_DIBS,
            Srp::Other { srp_type, .. } => *srp_type,
        }
    }

    pub fn name(&self) -> &'static str {
        match self {
            Srp::ProgrammingMode { .. } => "select-by-programming-mode",
            Srp::MacAddress { .. } => "select-by-mac-address",
            Srp::Service { .. } => "select-by-service",
            Srp::RequestDibs { .. } => "request-dibs",
            Srp::Other { .. } => "unknown-srp",
        }
    }

    /// Requested DIB codes without the 0x00 padding.
    pub fn requested_dibs(&self) -> Vec<u8> {
        match self {
            Srp::RequestDibs { codes, .. } => codes.iter().copied().filter(|&c| c != 0).collect(),
            _ => Vec::new(),
        }
    }

    /// The request-DIBs SRP as xknx and Calimero send it: non-mandatory, padded to even length.
    pub fn request_dibs(codes: &[u8]) -> Self {
        let mut codes = codes.to_vec();
        if !codes.len().is_multiple_of(2) {
            codes.push(0);
        }
        Srp::RequestDibs {
            mandatory: false,
            codes,
        }
    }

    fn parse_body(type_byte: u8, data: &[u8]) -> Self {
        let mandatory = type_byte & MANDATORY != 0;
        let t = type_byte & !MANDATORY;
        match (t, data) {
            (srp_type::SELECT_BY_PROGRAMMING_MODE, []) => Srp::ProgrammingMode { mandatory },
            (srp_type::SELECT_BY_MAC, &[a, b, c, d, e, f]) => Srp::MacAddress {
                mandatory,
                mac: [a, b, c, d, e, f],
            },
            (srp_type::SELECT_BY_SERVICE, &[family, version]) => Srp::Service {
                mandatory,
                family: ServiceFamily(family),
                version,
            },
            (srp_type::REQUEST_DIBS, codes) if !codes.is_empty() => Srp::RequestDibs {
                mandatory,
                codes: codes.to_vec(),
            },
            _ => Srp::Other {
                mandatory,
                srp_type: t,
                data: data.to_vec(),
            },
        }
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        emit_struct(out, |out| {
            let m = if self.mandatory() { MANDATORY } else { 0 };
            put_u8(out, m | (self.srp_type() & !MANDATORY));
            match self {
                Srp::ProgrammingMode { .. } => {}
                Srp::MacAddress { mac, .. } => out.extend_from_slice(mac),
                Srp::Service {
                    family, version, ..
                } => {
                    put_u8(out, family.0);
                    put_u8(out, *version);
                }
                Srp::RequestDibs { codes, .. } => out.extend_from_slice(codes),
                Srp::Other { data, .. } => out.extend_from_slice(data),
            }
        });
    }
}

/// Decode SRPs until the reader is empty or the next length is unusable; that tail is left in
/// the reader. Each SRP consumes at least two bytes.
pub fn parse_srps(r: &mut Reader<'_>) -> Vec<Srp> {
    let mut srps = Vec::new();
    loop {
        let rest = r.peek_rest();
        let (Some(&len), Some(&t)) = (rest.first(), rest.get(1)) else {
            break;
        };
        let len = usize::from(len);
        if len < 2 || len > rest.len() {
            break;
        }
        let Ok(whole) = r.take(len) else { break };
        srps.push(Srp::parse_body(t, whole.get(2..).unwrap_or(&[])));
    }
    srps
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchRequestExtended {
    pub discovery_endpoint: Hpai,
    pub parameters: Vec<Srp>,
}

impl SearchRequestExtended {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let discovery_endpoint = Hpai::parse(r)?;
        Ok(Self {
            discovery_endpoint,
            parameters: parse_srps(r),
        })
    }
    pub fn emit(&self, out: &mut Vec<u8>) {
        self.discovery_endpoint.emit(out);
        for s in &self.parameters {
            s.emit(out);
        }
    }
}

/// SEARCH_RESPONSE and SEARCH_RESPONSE_EXTENDED have the same layout.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchResponse {
    pub control_endpoint: Hpai,
    pub description: Description,
}

impl SearchResponse {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let control_endpoint = Hpai::parse(r)?;
        Ok(Self {
            control_endpoint,
            description: Description::parse(r),
        })
    }
    pub fn emit(&self, out: &mut Vec<u8>) {
        self.control_endpoint.emit(out);
        self.description.emit(out);
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::collection::vec;
    use proptest::prelude::*;

    pub(crate) fn arb_srp() -> impl Strategy<Value = Srp> {
        prop_oneof![
            any::<bool>().prop_map(|mandatory| Srp::ProgrammingMode { mandatory }),
            (any::<bool>(), any::<[u8; 6]>())
                .prop_map(|(mandatory, mac)| Srp::MacAddress { mandatory, mac }),
            (any::<bool>(), any::<u8>(), any::<u8>()).prop_map(|(mandatory, f, version)| {
                Srp::Service {
                    mandatory,
                    family: ServiceFamily(f),
                    version,
                }
            }),
            (any::<bool>(), vec(any::<u8>(), 1..10))
                .prop_map(|(mandatory, codes)| Srp::RequestDibs { mandatory, codes }),
            (any::<bool>(), 5u8..0x80, vec(any::<u8>(), 0..10)).prop_map(
                |(mandatory, srp_type, data)| Srp::Other {
                    mandatory,
                    srp_type,
                    data
                }
            ),
        ]
    }

    #[test]
    fn srp_kinds_and_mandatory_bit() {
        let bytes = [
            0x02, 0x81, // programming mode, mandatory
            0x08, 0x02, 0, 0x50, 0xc2, 0x79, 0x3e, 0x03, // MAC
            0x04, 0x83, 0x04, 0x02, // tunnelling >= v2, mandatory
            0x03, 0x01, 0x00, // programming mode with a stray byte: kept as other
        ];
        let mut r = Reader::new(&bytes, "knxip");
        let srps = parse_srps(&mut r);
        assert!(r.is_empty());
        assert_eq!(srps[0], Srp::ProgrammingMode { mandatory: true });
        assert_eq!(srps[1].name(), "select-by-mac-address");
        assert_eq!(
            srps[2],
            Srp::Service {
                mandatory: true,
                family: ServiceFamily::TUNNELLING,
                version: 2
            }
        );
        assert_eq!(srps[3].srp_type(), 1);
        assert_eq!(srps[3].name(), "unknown-srp");
        let mut out = Vec::new();
        for s in &srps {
            s.emit(&mut out);
        }
        assert_eq!(out, bytes);
    }

    #[test]
    fn request_dibs_pads_to_even() {
        let s = Srp::request_dibs(&[1, 2, 6, 7, 8]);
        let mut out = Vec::new();
        s.emit(&mut out);
        assert_eq!(out, [0x08, 0x04, 1, 2, 6, 7, 8, 0]);
        assert_eq!(s.requested_dibs(), [1, 2, 6, 7, 8]);
    }

    proptest! {
        #[test]
        fn srp_round_trip(srps in vec(arb_srp(), 0..5)) {
            let mut out = Vec::new();
            for s in &srps { s.emit(&mut out); }
            let mut r = Reader::new(&out, "knxip");
            prop_assert_eq!(parse_srps(&mut r), srps);
            prop_assert!(r.is_empty());
        }
    }
}
