//! The KNXnet/IP header (03_08_02 §2.3.1): `06 10 <service type u16> <total length u16>`, and
//! the service type identifiers of every service family (03_08_01 §5.3, AN159 for Security).
//!
//! This path is allocation-free: [`peek_header`] and [`service_name`] let a capture loop count
//! services without decoding bodies.

use crate::wire::writer::{put_u8, put_u16};
use crate::wire::{Reader, WireError};

/// Header length of protocol version 1.0.
pub const HEADER_LEN: u8 = 0x06;
/// Protocol version 1.0, the only one ever published.
pub const PROTOCOL_VERSION: u8 = 0x10;
/// Bytes the fixed header fields occupy; a larger header length adds unknown bytes after them.
pub const FIXED_HEADER_BYTES: usize = 6;

/// Service type identifiers.
pub mod service {
    pub const SEARCH_REQUEST: u16 = 0x0201;
    pub const SEARCH_RESPONSE: u16 = 0x0202;
    pub const DESCRIPTION_REQUEST: u16 = 0x0203;
    pub const DESCRIPTION_RESPONSE: u16 = 0x0204;
    pub const CONNECT_REQUEST: u16 = 0x0205;
    pub const CONNECT_RESPONSE: u16 = 0x0206;
    pub const CONNECTIONSTATE_REQUEST: u16 = 0x0207;
    pub const CONNECTIONSTATE_RESPONSE: u16 = 0x0208;
    pub const DISCONNECT_REQUEST: u16 = 0x0209;
    pub const DISCONNECT_RESPONSE: u16 = 0x020A;
    pub const SEARCH_REQUEST_EXTENDED: u16 = 0x020B;
    pub const SEARCH_RESPONSE_EXTENDED: u16 = 0x020C;
    pub const DEVICE_CONFIGURATION_REQUEST: u16 = 0x0310;
    pub const DEVICE_CONFIGURATION_ACK: u16 = 0x0311;
    pub const TUNNELLING_REQUEST: u16 = 0x0420;
    pub const TUNNELLING_ACK: u16 = 0x0421;
    pub const TUNNELLING_FEATURE_GET: u16 = 0x0422;
    pub const TUNNELLING_FEATURE_RESPONSE: u16 = 0x0423;
    pub const TUNNELLING_FEATURE_SET: u16 = 0x0424;
    pub const TUNNELLING_FEATURE_INFO: u16 = 0x0425;
    pub const ROUTING_INDICATION: u16 = 0x0530;
    pub const ROUTING_LOST_MESSAGE: u16 = 0x0531;
    pub const ROUTING_BUSY: u16 = 0x0532;
    pub const ROUTING_SYSTEM_BROADCAST: u16 = 0x0533;
    pub const REMOTE_DIAGNOSTIC_REQUEST: u16 = 0x0740;
    pub const REMOTE_DIAGNOSTIC_RESPONSE: u16 = 0x0741;
    pub const REMOTE_BASIC_CONFIGURATION_REQUEST: u16 = 0x0742;
    pub const REMOTE_RESET_REQUEST: u16 = 0x0743;
    pub const SECURE_WRAPPER: u16 = 0x0950;
    pub const SESSION_REQUEST: u16 = 0x0951;
    pub const SESSION_RESPONSE: u16 = 0x0952;
    pub const SESSION_AUTHENTICATE: u16 = 0x0953;
    pub const SESSION_STATUS: u16 = 0x0954;
    pub const TIMER_NOTIFY: u16 = 0x0955;
}

/// Kebab-case standard name of a service type; `"unknown-service"` for anything else.
pub const fn service_name(service_type: u16) -> &'static str {
    use service::*;
    match service_type {
        SEARCH_REQUEST => "search-request",
        SEARCH_RESPONSE => "search-response",
        DESCRIPTION_REQUEST => "description-request",
        DESCRIPTION_RESPONSE => "description-response",
        CONNECT_REQUEST => "connect-request",
        CONNECT_RESPONSE => "connect-response",
        CONNECTIONSTATE_REQUEST => "connectionstate-request",
        CONNECTIONSTATE_RESPONSE => "connectionstate-response",
        DISCONNECT_REQUEST => "disconnect-request",
        DISCONNECT_RESPONSE => "disconnect-response",
        SEARCH_REQUEST_EXTENDED => "search-request-extended",
        SEARCH_RESPONSE_EXTENDED => "search-response-extended",
        DEVICE_CONFIGURATION_REQUEST => "device-configuration-request",
        DEVICE_CONFIGURATION_ACK => "device-configuration-ack",
        TUNNELLING_REQUEST => "tunnelling-request",
        TUNNELLING_ACK => "tunnelling-ack",
        TUNNELLING_FEATURE_GET => "tunnelling-feature-get",
        TUNNELLING_FEATURE_RESPONSE => "tunnelling-feature-response",
        TUNNELLING_FEATURE_SET => "tunnelling-feature-set",
        TUNNELLING_FEATURE_INFO => "tunnelling-feature-info",
        ROUTING_INDICATION => "routing-indication",
        ROUTING_LOST_MESSAGE => "routing-lost-message",
        ROUTING_BUSY => "routing-busy",
        ROUTING_SYSTEM_BROADCAST => "routing-system-broadcast",
        REMOTE_DIAGNOSTIC_REQUEST => "remote-diagnostic-request",
        REMOTE_DIAGNOSTIC_RESPONSE => "remote-diagnostic-response",
        REMOTE_BASIC_CONFIGURATION_REQUEST => "remote-basic-configuration-request",
        REMOTE_RESET_REQUEST => "remote-reset-request",
        SECURE_WRAPPER => "secure-wrapper",
        SESSION_REQUEST => "session-request",
        SESSION_RESPONSE => "session-response",
        SESSION_AUTHENTICATE => "session-authenticate",
        SESSION_STATUS => "session-status",
        TIMER_NOTIFY => "timer-notify",
        _ => "unknown-service",
    }
}

/// The six header bytes as sent. Values are kept even when they are not the standard ones so
/// that the audit can report them; see the `*_unexpected` methods.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Header {
    pub header_len: u8,
    pub version: u8,
    pub service_type: u16,
    /// Total length as declared (header included).
    pub total_length: u16,
}

impl Header {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        if r.remaining() < FIXED_HEADER_BYTES {
            return Err(r.error("truncated header"));
        }
        Ok(Self {
            header_len: r.u8()?,
            version: r.u8()?,
            service_type: r.u16()?,
            total_length: r.u16()?,
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        put_u8(out, self.header_len);
        put_u8(out, self.version);
        put_u16(out, self.service_type);
        put_u16(out, self.total_length);
    }

    pub const fn service_name(&self) -> &'static str {
        service_name(self.service_type)
    }

    /// Service family: the high byte of the service type (0x02 core, 0x04 tunnelling, ...).
    pub const fn service_family(&self) -> u8 {
        (self.service_type >> 8) as u8
    }

    pub const fn header_length_unexpected(&self) -> bool {
        self.header_len != HEADER_LEN
    }

    pub const fn version_unexpected(&self) -> bool {
        self.version != PROTOCOL_VERSION
    }

    /// Offset where the body starts: after the header length as declared, but never inside the
    /// fixed fields (a header length below 6 is nonsense; the fields are read anyway).
    pub fn body_offset(&self) -> usize {
        usize::from(self.header_len).max(FIXED_HEADER_BYTES)
    }
}

/// Read only the header of a datagram (no allocation): enough to name and count services.
pub fn peek_header(datagram: &[u8]) -> Result<Header, WireError> {
    Header::parse(&mut Reader::new(datagram, "knxip"))
}

/// Length of the first complete KNXnet/IP frame at the start of a TCP stream buffer, from its
/// total-length field; `None` while the frame is incomplete or when the length is unusable
/// (below the header length), in which case the stream cannot be resynchronised.
pub fn frame_len(stream: &[u8]) -> Option<usize> {
    let h = peek_header(stream).ok()?;
    let total = usize::from(h.total_length);
    (total >= h.body_offset() && total <= stream.len()).then_some(total)
}

/// Split a TCP stream buffer into complete frames; also returns the unconsumed rest (an
/// incomplete frame, or bytes after an unusable total length).
pub fn split_stream(mut stream: &[u8]) -> (Vec<&[u8]>, &[u8]) {
    let mut frames = Vec::new();
    while let Some(n) = frame_len(stream) {
        let (frame, rest) = stream.split_at(n);
        frames.push(frame);
        stream = rest;
    }
    (frames, stream)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_round_trip_and_names() {
        let bytes = [0x06, 0x10, 0x02, 0x0b, 0x00, 0x14];
        let h = peek_header(&bytes).unwrap();
        assert_eq!(h.service_type, service::SEARCH_REQUEST_EXTENDED);
        assert_eq!(h.service_name(), "search-request-extended");
        assert_eq!(h.total_length, 20);
        assert!(!h.header_length_unexpected() && !h.version_unexpected());
        let mut out = Vec::new();
        h.emit(&mut out);
        assert_eq!(out, bytes);
        assert_eq!(service_name(0xF080), "unknown-service");
        assert_eq!(
            peek_header(&bytes[..5]).unwrap_err().what,
            "truncated header"
        );
    }

    #[test]
    fn odd_header_values_are_kept() {
        let h = peek_header(&[0x04, 0x20, 0x05, 0x30, 0x00, 0x06]).unwrap();
        assert!(h.header_length_unexpected());
        assert!(h.version_unexpected());
        assert_eq!(h.body_offset(), 6);
        assert_eq!(h.service_family(), 0x05);
    }

    /// Capture ndpi_knxip.pcapng frame 3: one TCP segment carrying two frames.
    #[test]
    fn splits_a_tcp_segment() {
        let seg = [
            0x06, 0x10, 0x04, 0x23, 0x00, 0x0e, 0x04, 0x01, 0x02, 0x00, 0x06, 0x00, 0x10, 0x87,
            0x06, 0x10, 0x04, 0x25, 0x00, 0x0e, 0x04, 0x01, 0x03, 0x00, 0x06, 0x00, 0x10, 0x87,
            0x06, 0x10,
        ];
        let (frames, rest) = split_stream(&seg);
        assert_eq!(frames.len(), 2);
        assert_eq!(frames[1][3], 0x25);
        assert_eq!(rest, &[0x06, 0x10]);
        // A total length below the header would never advance: refused, not looped on.
        assert_eq!(frame_len(&[6, 0x10, 2, 1, 0, 0]), None);
    }
}
