//! KNXnet/IP (KNX Standard 03_08_xx): header, HPAI, DIBs, core/tunnelling/routing/device
//! management/remote configuration services, cEMI, and KNX IP Secure frames (recognised, not
//! decrypted).
//!
//! [`decode`] turns one UDP payload (or one frame of a TCP stream, see [`split_stream`]) into a
//! [`KnxFrame`]; [`KnxFrame::emit`] writes it back byte for byte. Oddities an audit must see are
//! kept rather than refused: a header length other than 6, a version other than 1.0, a total
//! length that disagrees with the datagram, bytes the service's layout does not consume (in
//! [`KnxFrame::trailing`]), malformed DIBs. A body too short for its service's fixed fields is
//! an error; the header can still be read with [`peek_header`] (no allocation).

pub mod address;
pub mod apdu;
pub mod body;
pub mod cemi;
pub mod connect;
pub mod description;
pub mod dib;
pub mod dpt;
pub mod header;
pub mod hpai;
pub mod remote;
pub mod routing;
pub mod search;
pub mod secure;
mod structure;
mod summary;
pub mod tunnelling;

#[cfg(test)]
mod test_fixtures;
#[cfg(test)]
mod tests;

pub use address::{GroupAddress, IndividualAddress, KnxAddress};
pub use body::Body;
pub use description::Description;
pub use dib::{Dib, ServiceFamily, TunnellingSlot};
pub use header::{Header, frame_len, peek_header, service, service_name, split_stream};
pub use hpai::{HostProtocol, Hpai};
pub use summary::reason as response_reason;
pub use summary::{GatewaySummary, ResponseCheck, check_response};

use crate::wire::{Reader, WireError};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnxFrame {
    /// The header as sent (its total length is written back verbatim by [`KnxFrame::emit`]).
    pub header: Header,
    /// Header bytes beyond the six standard ones (when the header length is above 6).
    pub header_extra: Vec<u8>,
    pub body: Body,
    /// Bytes the body's layout did not consume: after the declared total length, after a fixed
    /// layout, or an undecodable tail of a DIB/SRP list.
    pub trailing: Vec<u8>,
    /// Recorded by [`decode`] (which knows the datagram length) so [`KnxFrame::flags`] needs
    /// no re-encoding.
    total_length_mismatch: bool,
}

/// Oddities of a decoded frame, for counting and for the watch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct FrameFlags {
    pub header_length_unexpected: bool,
    pub version_unexpected: bool,
    pub total_length_mismatch: bool,
    pub trailing_bytes: bool,
}

impl FrameFlags {
    pub fn any(&self) -> bool {
        self.header_length_unexpected
            || self.version_unexpected
            || self.total_length_mismatch
            || self.trailing_bytes
    }
}

/// Decode one KNXnet/IP frame (UDP payload or one frame of a TCP stream).
pub fn decode(datagram: &[u8]) -> Result<KnxFrame, WireError> {
    let mut r = Reader::new(datagram, "knxip");
    let header = Header::parse(&mut r)?;
    let body_start = header.body_offset();
    let header_extra = r
        .take(body_start.saturating_sub(header::FIXED_HEADER_BYTES))
        .map_err(|_| r.error("header length exceeds datagram"))?;
    // The body ends at the declared total length when that is plausible, else at the end of
    // the datagram (a truncated capture is decoded as far as it goes).
    let total = usize::from(header.total_length);
    let body_end = if total >= body_start && total <= datagram.len() {
        total
    } else {
        datagram.len()
    };
    let mut body_reader = r.sub(body_end.saturating_sub(body_start))?;
    let body = Body::parse(header.service_type, &mut body_reader)?;
    let mut trailing = body_reader.rest().to_vec();
    trailing.extend_from_slice(r.rest());
    Ok(KnxFrame {
        header,
        header_extra: header_extra.to_vec(),
        body,
        trailing,
        total_length_mismatch: total != datagram.len(),
    })
}

impl KnxFrame {
    /// A well-formed frame: standard header with the right service type and total length.
    pub fn new(body: Body) -> Self {
        let mut buf = Vec::new();
        body.emit(&mut buf);
        let total = buf.len().saturating_add(usize::from(header::HEADER_LEN));
        Self {
            header: Header {
                header_len: header::HEADER_LEN,
                version: header::PROTOCOL_VERSION,
                service_type: body.service_type(),
                total_length: u16::try_from(total).unwrap_or(u16::MAX),
            },
            header_extra: Vec::new(),
            body,
            trailing: Vec::new(),
            total_length_mismatch: total > usize::from(u16::MAX),
        }
    }

    /// Write the frame as it was decoded or built. The header is written as stored, so a frame
    /// built with [`KnxFrame::new`] and then edited should be rebuilt with `new`.
    pub fn emit(&self, out: &mut Vec<u8>) {
        self.header.emit(out);
        out.extend_from_slice(&self.header_extra);
        self.body.emit(out);
        out.extend_from_slice(&self.trailing);
    }

    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::new();
        self.emit(&mut out);
        out
    }

    /// Standard name in kebab-case: `search-request`, `search-response-extended`,
    /// `tunnelling-request`, `routing-indication`, `secure-wrapper`, ...
    pub fn service_name(&self) -> &'static str {
        self.header.service_name()
    }

    /// The raw service type identifier from the header.
    pub fn service_type(&self) -> u16 {
        self.header.service_type
    }

    /// Oddities as decoded (no allocation).
    pub fn flags(&self) -> FrameFlags {
        FrameFlags {
            header_length_unexpected: self.header.header_length_unexpected(),
            version_unexpected: self.header.version_unexpected(),
            total_length_mismatch: self.total_length_mismatch,
            trailing_bytes: !self.trailing.is_empty(),
        }
    }

    pub fn gateway_summary(&self) -> Option<GatewaySummary> {
        match &self.body {
            Body::SearchResponse(s) => Some(summary::summarise(
                &s.description,
                Some(&s.control_endpoint),
                false,
            )),
            Body::SearchResponseExtended(s) => Some(summary::summarise(
                &s.description,
                Some(&s.control_endpoint),
                true,
            )),
            Body::DescriptionResponse(d) => Some(summary::summarise(d, None, false)),
            _ => None,
        }
    }
}
