use std::cell::Cell;
use std::io::{self, Read};
use std::net::Ipv4Addr;
use std::path::PathBuf;

use super::*;
use crate::capture::frame::{emit, linktype};
use crate::capture::pcap as source;
use crate::job::CancelFlag;

const WHO_IS: &[u8] = &[0x81, 0x0a, 0x00, 0x08, 0x01, 0x00, 0x10, 0x08];

fn bacnet_frame() -> Vec<u8> {
    emit::ethernet_udp(
        (Ipv4Addr::new(10, 0, 0, 1), 47808),
        (Ipv4Addr::new(10, 0, 0, 255), 47808),
        WHO_IS,
    )
}

fn raw_bacnet_packet() -> Vec<u8> {
    let mut out = Vec::new();
    emit::ipv4_udp(
        &mut out,
        (Ipv4Addr::new(10, 0, 0, 1), 47808),
        (Ipv4Addr::new(10, 0, 0, 255), 47808),
        WHO_IS,
    );
    out
}

fn put16(out: &mut Vec<u8>, be: bool, v: u16) {
    out.extend_from_slice(&if be { v.to_be_bytes() } else { v.to_le_bytes() });
}

fn put32(out: &mut Vec<u8>, be: bool, v: u32) {
    out.extend_from_slice(&if be { v.to_be_bytes() } else { v.to_le_bytes() });
}

/// Classic pcap: records are (seconds, fraction in µs or ns, frame).
fn pcap(be: bool, nanos: bool, network: u32, records: &[(u32, u32, &[u8])]) -> Vec<u8> {
    let mut out = Vec::new();
    put32(&mut out, be, if nanos { 0xa1b2_3c4d } else { 0xa1b2_c3d4 });
    put16(&mut out, be, 2);
    put16(&mut out, be, 4);
    put32(&mut out, be, 0);
    put32(&mut out, be, 0);
    put32(&mut out, be, 65535);
    put32(&mut out, be, network);
    for (sec, frac, data) in records {
        put32(&mut out, be, *sec);
        put32(&mut out, be, *frac);
        put32(&mut out, be, u32::try_from(data.len()).unwrap());
        put32(&mut out, be, u32::try_from(data.len()).unwrap());
        out.extend_from_slice(data);
    }
    out
}

/// pcapng writer for tests.
struct Ng {
    be: bool,
    out: Vec<u8>,
}

impl Ng {
    fn new(be: bool) -> Self {
        let mut ng = Ng {
            be,
            out: Vec::new(),
        };
        ng.shb();
        ng
    }

    fn block(&mut self, kind: u32, body: &[u8]) {
        let padded = body.len().div_ceil(4) * 4;
        let total = u32::try_from(12 + padded).unwrap();
        put32(&mut self.out, self.be, kind);
        put32(&mut self.out, self.be, total);
        self.out.extend_from_slice(body);
        self.out.resize(self.out.len() + padded - body.len(), 0);
        put32(&mut self.out, self.be, total);
    }

    fn shb(&mut self) {
        let mut body = Vec::new();
        put32(&mut body, self.be, 0x1a2b_3c4d);
        put16(&mut body, self.be, 1);
        put16(&mut body, self.be, 0);
        body.extend_from_slice(&[0xff; 8]);
        self.block(0x0a0d_0d0a, &body);
    }

    fn idb(&mut self, linktype: u16, tsresol: Option<u8>, tsoffset: Option<i64>) {
        let mut body = Vec::new();
        put16(&mut body, self.be, linktype);
        put16(&mut body, self.be, 0);
        put32(&mut body, self.be, 0);
        if let Some(r) = tsresol {
            put16(&mut body, self.be, 9);
            put16(&mut body, self.be, 1);
            body.extend_from_slice(&[r, 0, 0, 0]);
        }
        if let Some(o) = tsoffset {
            put16(&mut body, self.be, 14);
            put16(&mut body, self.be, 8);
            body.extend_from_slice(&if self.be {
                o.to_be_bytes()
            } else {
                o.to_le_bytes()
            });
        }
        if tsresol.is_some() || tsoffset.is_some() {
            put32(&mut body, self.be, 0);
        }
        self.block(1, &body);
    }

    fn epb(&mut self, if_id: u32, ts: u64, data: &[u8]) {
        let mut body = Vec::new();
        put32(&mut body, self.be, if_id);
        put32(&mut body, self.be, u32::try_from(ts >> 32).unwrap());
        put32(&mut body, self.be, u32::try_from(ts & 0xffff_ffff).unwrap());
        put32(&mut body, self.be, u32::try_from(data.len()).unwrap());
        put32(&mut body, self.be, u32::try_from(data.len()).unwrap());
        body.extend_from_slice(data);
        self.block(6, &body);
    }

    fn spb(&mut self, data: &[u8]) {
        let mut body = Vec::new();
        put32(&mut body, self.be, u32::try_from(data.len()).unwrap());
        body.extend_from_slice(data);
        self.block(3, &body);
    }

    fn obsolete_pb(&mut self, if_id: u16, ts: u64, data: &[u8]) {
        let mut body = Vec::new();
        put16(&mut body, self.be, if_id);
        put16(&mut body, self.be, 0);
        put32(&mut body, self.be, u32::try_from(ts >> 32).unwrap());
        put32(&mut body, self.be, u32::try_from(ts & 0xffff_ffff).unwrap());
        put32(&mut body, self.be, u32::try_from(data.len()).unwrap());
        put32(&mut body, self.be, u32::try_from(data.len()).unwrap());
        body.extend_from_slice(data);
        self.block(2, &body);
    }
}

fn run(bytes: &[u8]) -> Result<AnalysisReport, AnalyzeError> {
    analyze_reader(
        bytes,
        "t.pcap",
        Some(bytes.len() as u64),
        &|_| {},
        &CancelFlag::new(),
    )
}

fn run_buffered<R: Read>(reader: R, buffer: usize) -> Result<AnalysisReport, AnalyzeError> {
    analyze_with_buffer(reader, "t.pcap", None, buffer, &|_| {}, &CancelFlag::new())
}

#[test]
fn pcap_little_endian_microseconds() {
    let f = bacnet_frame();
    let bytes = pcap(
        false,
        false,
        1,
        &[
            (1_218_932_816, 381_127, &f),
            (1_218_932_817, 0, &f),
            (1_218_932_818, 500_000, &f),
        ],
    );
    let r = run(&bytes).unwrap();
    assert_eq!(r.format, "pcap");
    assert_eq!(r.packets, 3);
    assert_eq!(r.bacnet.messages, 3);
    assert_eq!(r.bytes_read, bytes.len() as u64);
    assert_eq!(
        r.first_timestamp.as_deref(),
        Some("2008-08-17T00:26:56.381127Z")
    );
    assert_eq!(
        r.last_timestamp.as_deref(),
        Some("2008-08-17T00:26:58.500000Z")
    );
    assert!((r.duration_s - 2.118_873).abs() < 1e-9);
    assert_eq!(r.read_error, None);
    assert!(!r.cancelled);
}

#[test]
fn pcap_big_endian_nanoseconds() {
    let f = bacnet_frame();
    let bytes = pcap(true, true, 1, &[(10, 123_456_789, &f), (12, 1, &f)]);
    assert_eq!(&bytes[..4], &[0xa1, 0xb2, 0x3c, 0x4d]);
    let r = run(&bytes).unwrap();
    assert_eq!(r.packets, 2);
    assert_eq!(r.bacnet.messages, 2);
    assert_eq!(
        r.first_timestamp.as_deref(),
        Some("1970-01-01T00:00:10.123456789Z")
    );
    assert_eq!(
        r.last_timestamp.as_deref(),
        Some("1970-01-01T00:00:12.000000001Z")
    );
}

#[test]
fn pcap_raw_ip_with_fcs_bits_in_link_type() {
    // LinkType field: FCS-length bits set above the 16-bit link type (pcap draft spec).
    let p = raw_bacnet_packet();
    let bytes = pcap(false, false, 0x1000_0000 | linktype::RAW, &[(1, 0, &p)]);
    let r = run(&bytes).unwrap();
    assert_eq!(
        (r.packets, r.bacnet.messages, r.link_errors.frames),
        (1, 1, 0)
    );
}

#[test]
fn pcapng_two_interfaces_with_own_link_types_and_resolutions() {
    let mut ng = Ng::new(false);
    ng.idb(1, None, None);
    // Raw IPv4, nanosecond resolution, timestamps offset by 100 s.
    ng.idb(228, Some(9), Some(100));
    let eth = bacnet_frame();
    let raw = raw_bacnet_packet();
    ng.epb(0, 5_000_001, &eth);
    ng.epb(1, 7_000_000_123, &raw);
    ng.spb(&eth);
    ng.obsolete_pb(1, 1_000_000_000, &raw);
    ng.epb(5, 0, &eth);
    let r = run(&ng.out).unwrap();
    assert_eq!(r.format, "pcapng");
    assert_eq!(r.packets, 5);
    assert_eq!(r.bacnet.messages, 4);
    assert_eq!(r.link_errors.frames, 1);
    assert_eq!(
        r.link_errors.by_reason["pcapng: packet for an undeclared interface"],
        1
    );
    assert_eq!(
        r.first_timestamp.as_deref(),
        Some("1970-01-01T00:00:05.000001Z")
    );
    assert_eq!(
        r.last_timestamp.as_deref(),
        Some("1970-01-01T00:01:47.000000123Z")
    );
    assert_eq!(r.read_error, None);
}

#[test]
fn pcapng_power_of_two_and_coarse_resolutions() {
    let mut ng = Ng::new(false);
    // 2^-10 s units, and whole seconds with an offset.
    ng.idb(1, Some(0x8a), None);
    ng.idb(1, Some(0), Some(-10));
    ng.epb(0, 1536, &bacnet_frame());
    ng.epb(1, 20, &bacnet_frame());
    let r = run(&ng.out).unwrap();
    assert_eq!(r.packets, 2);
    assert_eq!(
        r.first_timestamp.as_deref(),
        Some("1970-01-01T00:00:01.500000Z")
    );
    assert_eq!(
        r.last_timestamp.as_deref(),
        Some("1970-01-01T00:00:10.000000Z")
    );
}

#[test]
fn pcapng_big_endian_then_little_endian_section() {
    let mut be = Ng::new(true);
    be.idb(228, None, None);
    be.epb(0, 1_000_000, &raw_bacnet_packet());
    be.spb(&raw_bacnet_packet());
    be.obsolete_pb(0, 1_500_000, &raw_bacnet_packet());
    let mut le = Ng::new(false);
    // The new section has no interface 0 of its own until it declares one.
    le.epb(0, 0, &bacnet_frame());
    le.idb(1, None, None);
    le.epb(0, 2_000_000, &bacnet_frame());
    let mut bytes = be.out;
    bytes.extend_from_slice(&le.out);
    let r = run(&bytes).unwrap();
    assert_eq!(
        (r.packets, r.bacnet.messages, r.link_errors.frames),
        (5, 4, 1)
    );
    assert_eq!(
        r.first_timestamp.as_deref(),
        Some("1970-01-01T00:00:01.000000Z")
    );
    assert_eq!(
        r.last_timestamp.as_deref(),
        Some("1970-01-01T00:00:02.000000Z")
    );
}

#[test]
fn truncated_pcap_keeps_what_came_before_and_names_the_offset() {
    let f = bacnet_frame();
    let bytes = pcap(false, false, 1, &[(1, 0, &f), (2, 0, &f), (3, 0, &f)]);
    let record = 16 + f.len();
    let third = 24 + 2 * record;
    let r = run(&bytes[..third + 20]).unwrap();
    assert_eq!(r.packets, 2);
    assert_eq!(r.bacnet.messages, 2);
    let e = r.read_error.unwrap();
    assert_eq!(e.offset, third as u64);
    assert!(e.message.contains("truncated"), "{}", e.message);
    assert_eq!(
        e.line("x.pcap"),
        format!("x.pcap: reading stopped at byte {third}: {}", e.message)
    );
    // Cut inside a record header too.
    let r = run(&bytes[..third + 3]).unwrap();
    assert_eq!((r.packets, r.read_error.unwrap().offset), (2, third as u64));
}

#[test]
fn truncated_pcapng_keeps_what_came_before() {
    let mut ng = Ng::new(false);
    ng.idb(1, None, None);
    ng.epb(0, 0, &bacnet_frame());
    let cut = ng.out.len();
    ng.epb(0, 0, &bacnet_frame());
    let r = run(&ng.out[..cut + 30]).unwrap();
    assert_eq!(r.packets, 1);
    assert_eq!(r.read_error.unwrap().offset, cut as u64);
}

#[test]
fn header_only_capture_is_empty_not_an_error() {
    let r = run(&pcap(false, false, 1, &[])).unwrap();
    assert_eq!((r.packets, r.read_error.clone()), (0, None));
    assert_eq!(r.first_timestamp, None);
    assert_eq!(r.duration_s, 0.0);
    let r = run(&Ng::new(false).out).unwrap();
    assert_eq!((r.packets, r.read_error), (0, None));
}

#[test]
fn files_that_are_not_captures_are_errors() {
    let cases: [(&[u8], &str); 6] = [
        (b"", "empty file"),
        (b"ab", "too short"),
        (
            b"hello, this is text",
            "not a pcap or pcapng capture (starts with 68 65 6c 6c)",
        ),
        (&[0x1f, 0x8b, 0x08, 0x00, 0, 0], "gzip"),
        (
            &[0xd4, 0xc3, 0xb2, 0xa1, 2, 0, 4, 0],
            "pcap file header is truncated",
        ),
        (
            &[0x0a, 0x0d, 0x0d, 0x0a, 0x1c, 0, 0, 0, 0x4d, 0x3c],
            "pcapng section header",
        ),
    ];
    for (bytes, want) in cases {
        let e = run(bytes).unwrap_err();
        assert!(e.message.contains(want), "{want}: {e}");
        assert_eq!(e.offset, Some(0));
        assert!(e.to_string().starts_with("t.pcap: "), "{e}");
        assert!(e.to_string().ends_with(" (at byte 0)"), "{e}");
        assert!(!e.to_string().contains('\n'));
    }
}

#[test]
fn missing_file_and_directory_are_errors_without_offset() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let e = analyze_file(&dir, &|_| {}, &CancelFlag::new()).unwrap_err();
    assert_eq!(e.offset, None);
    assert!(
        e.to_string()
            .ends_with("is a directory, not a capture file"),
        "{e}"
    );
    let e = analyze_file(&dir.join("no-such.pcap"), &|_| {}, &CancelFlag::new()).unwrap_err();
    assert!(e.to_string().contains("no-such.pcap: cannot open:"), "{e}");
}

#[test]
fn corrupt_record_length_stops_with_a_read_error() {
    let f = bacnet_frame();
    let mut bytes = pcap(false, false, 1, &[(1, 0, &f), (2, 0, &f)]);
    let second = 24 + 16 + f.len();
    bytes[second + 8..second + 12].copy_from_slice(&0x7fff_0000u32.to_le_bytes());
    let r = run(&bytes).unwrap();
    assert_eq!(r.packets, 1);
    let e = r.read_error.unwrap();
    assert_eq!(e.offset, second as u64);
    assert!(e.message.contains("record claims"), "{}", e.message);
}

#[test]
fn corrupt_pcapng_blocks_stop_with_a_read_error() {
    let mut ng = Ng::new(false);
    ng.idb(1, None, None);
    ng.epb(0, 0, &bacnet_frame());
    let second = ng.out.len();
    ng.epb(0, 0, &bacnet_frame());
    // Trailing length disagrees with the leading one.
    let mut bad = ng.out.clone();
    let last = bad.len() - 4;
    bad[last] ^= 0x40;
    let r = run(&bad).unwrap();
    assert_eq!(r.packets, 1);
    let e = r.read_error.unwrap();
    assert_eq!(e.offset, second as u64);
    assert!(
        e.message.starts_with("corrupt block (type 0x00000006"),
        "{}",
        e.message
    );
    // A length far beyond the limit.
    let mut huge = ng.out.clone();
    huge[second + 4..second + 8].copy_from_slice(&0x4000_0000u32.to_le_bytes());
    let r = run_buffered(&huge[..], 4096).unwrap();
    assert_eq!(r.packets, 1);
    assert!(r.read_error.unwrap().message.contains("MiB limit"));
}

#[test]
fn blocks_bigger_than_the_buffer_grow_it() {
    // A 9000-byte jumbo frame (UDP payload padded) with a 4 KiB starting buffer.
    let mut payload = WHO_IS.to_vec();
    payload.resize(8950, 0);
    let jumbo = emit::ethernet_udp(
        (Ipv4Addr::new(10, 0, 0, 1), 47808),
        (Ipv4Addr::new(10, 0, 0, 2), 47808),
        &payload,
    );
    let bytes = pcap(false, false, 1, &[(1, 0, &bacnet_frame()), (2, 0, &jumbo)]);
    let r = run_buffered(&bytes[..], 4096).unwrap();
    assert_eq!((r.packets, r.bacnet.messages, r.read_error), (2, 2, None));
    let mut ng = Ng::new(false);
    ng.idb(1, None, None);
    ng.epb(0, 0, &jumbo);
    let r = run_buffered(&ng.out[..], 4096).unwrap();
    assert_eq!((r.packets, r.read_error), (1, None));
}

/// Returns at most `step` bytes per read, like a pipe.
struct Trickle<'a> {
    data: &'a [u8],
    step: usize,
}

impl Read for Trickle<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = buf.len().min(self.step).min(self.data.len());
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        Ok(n)
    }
}

#[test]
fn short_reads_and_small_buffers_give_the_same_report() {
    let f = bacnet_frame();
    let records: Vec<(u32, u32, &[u8])> = (0..200).map(|i| (i, 0, &f[..])).collect();
    let bytes = pcap(false, false, 1, &records);
    let whole = run_buffered(&bytes[..], source::INITIAL_BUFFER).unwrap();
    for (step, buffer) in [(1, 256), (7, 100), (4096, 64)] {
        let r = run_buffered(Trickle { data: &bytes, step }, buffer).unwrap();
        assert_eq!(r, whole, "step {step}, buffer {buffer}");
    }
    assert_eq!(whole.packets, 200);
}

/// Fails with an I/O error after `ok` bytes.
struct Failing<'a> {
    data: &'a [u8],
    ok: usize,
}

impl Read for Failing<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.ok == 0 {
            return Err(io::Error::other("disk on fire"));
        }
        let n = buf.len().min(self.ok).min(self.data.len());
        buf[..n].copy_from_slice(&self.data[..n]);
        self.data = &self.data[n..];
        self.ok -= n;
        Ok(n)
    }
}

#[test]
fn io_errors_mid_file_become_read_errors() {
    let f = bacnet_frame();
    let bytes = pcap(false, false, 1, &[(1, 0, &f), (2, 0, &f), (3, 0, &f)]);
    let r = run_buffered(
        Failing {
            data: &bytes,
            ok: 24 + 16 + f.len() + 5,
        },
        64,
    )
    .unwrap();
    assert_eq!(r.packets, 1);
    let e = r.read_error.unwrap();
    assert!(e.message.contains("disk on fire"), "{}", e.message);
    let e = run_buffered(
        Failing {
            data: &bytes,
            ok: 0,
        },
        64,
    )
    .unwrap_err();
    assert!(e.message.contains("disk on fire"), "{e}");
}

#[test]
fn progress_is_bounded_and_cancel_returns_what_was_counted() {
    let f = bacnet_frame();
    let records: Vec<(u32, u32, &[u8])> = (0..3000).map(|i| (i, 0, &f[..])).collect();
    let bytes = pcap(false, false, 1, &records);
    let calls = Cell::new(Vec::new());
    let progress = |p: Progress| {
        let mut v = calls.take();
        v.push(p);
        calls.set(v);
    };
    let r = analyze_reader(
        &bytes[..],
        "t",
        Some(bytes.len() as u64),
        &progress,
        &CancelFlag::new(),
    )
    .unwrap();
    let calls = calls.take();
    assert_eq!(r.packets, 3000);
    let max_calls = bytes.len() as u64 / source::PROGRESS_STEP + 2;
    assert!(calls.len() as u64 <= max_calls, "{} calls", calls.len());
    assert!(calls.windows(2).all(|w| w[0].bytes_read <= w[1].bytes_read));
    let last = calls.last().unwrap();
    assert_eq!(last.bytes_read, bytes.len() as u64);
    assert_eq!(last.packets, 3000);
    assert_eq!(last.fraction(), Some(1.0));

    // Cancel from the first progress report on.
    let cancel = CancelFlag::new();
    let r = analyze_reader(&bytes[..], "t", None, &|_| cancel.cancel(), &cancel).unwrap();
    assert!(r.cancelled);
    assert!(r.packets > 0 && r.packets < 3000, "{}", r.packets);
    assert_eq!(r.bacnet.messages, r.packets);
}

#[test]
fn report_json_has_the_design_keys() {
    let r = run(&pcap(false, false, 1, &[(1, 0, &bacnet_frame())])).unwrap();
    let v = serde_json::to_value(&r).unwrap();
    for key in [
        "file",
        "packets",
        "first_timestamp",
        "last_timestamp",
        "duration_s",
        "bacnet",
        "knx",
        "ip_fragments",
        "other_packets",
        "link_errors",
        "read_error",
    ] {
        assert!(v.get(key).is_some(), "missing {key}");
    }
    for proto in ["bacnet", "knx"] {
        for key in ["messages", "malformed", "by_service", "malformed_by_reason"] {
            assert!(v[proto].get(key).is_some(), "missing {proto}.{key}");
        }
    }
    assert!(v["bacnet"]["devices"].is_array());
    assert!(v["knx"]["gateways"].is_array());
    assert_eq!(v["packets"], 1);
}

fn public_capture(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../shared/captures/public")
        .join(rel)
}

/// Packet totals from SOURCES.md (tshark); BACnet and KNX message counts from tshark's
/// protocol hierarchy (`bvlc` or `llc && bacnet` frames; KNX counts frames inside the TCP
/// segment of frame 3 separately, two of them). These hold whatever the codecs decide, since
/// malformed payloads are messages too.
const PUBLIC: [(&str, u64, u64, u64); 13] = [
    (
        "bacnet/automayt_BACnet-exception-schedule-property-1.pcapng",
        2,
        2,
        0,
    ),
    ("bacnet/automayt_BACnetL_SchedRPM.pcapng", 2, 2, 0),
    (
        "bacnet/cisagov-icsnpp_bacnet_error_reject_abort.pcap",
        45,
        45,
        0,
    ),
    ("bacnet/cisagov-icsnpp_bacnet_example.pcap", 3257, 3257, 0),
    (
        "bacnet/cisagov-icsnpp_bacnet_segmented_data.pcap",
        20,
        20,
        0,
    ),
    ("bacnet/cisagov-icsnpp_bacnet_services.pcap", 7158, 7158, 0),
    ("bacnet/emreekin_BACnet-BBMD-on-same-subnet.pcap", 14, 14, 0),
    // 72 BACnet/IP; 2339 others: Cimetrics MS/TP-over-LLC tunnel frames and ARP.
    ("bacnet/emreekin_BACnetIP-MSTP-Mix.pcap", 2411, 72, 0),
    ("bacnet/emreekin_bacnet-ip.pcap", 834, 834, 0),
    ("bacnet/emreekin_bacnet-properties.pcap", 4120, 4120, 0),
    ("bacnet/ndpi_bacnet.pcap", 23, 23, 0),
    ("knx/ndpi_knxip.pcapng", 3, 0, 4),
    ("related/ndpi_natpmp.pcap", 11, 0, 0),
];

#[test]
fn public_captures_totals() {
    for (rel, packets, bacnet, knx) in PUBLIC {
        let path = public_capture(rel);
        assert!(
            path.exists(),
            "{} missing: the public captures must sit in shared/ next to the repository",
            path.display()
        );
        let r = analyze_file(&path, &|_| {}, &CancelFlag::new()).unwrap();
        assert_eq!(r.packets, packets, "{rel}");
        assert_eq!(r.bacnet.messages, bacnet, "{rel}");
        assert_eq!(r.knx.messages, knx, "{rel}");
        assert_eq!(r.link_errors.frames, 0, "{rel}");
        assert_eq!(r.read_error, None, "{rel}");
        assert_eq!(r.ip_fragments + r.truncated_packets, 0, "{rel}");
        assert_eq!(
            r.other_packets,
            packets - bacnet - if knx > 0 { 3 } else { 0 },
            "{rel}"
        );
    }
}

fn sample_files() -> Vec<Vec<u8>> {
    let f = bacnet_frame();
    let knx = emit::ethernet_knx_tcp(
        Ipv4Addr::new(10, 0, 0, 1),
        Ipv4Addr::new(10, 0, 0, 2),
        &[0x06, 0x10, 0x04, 0x23, 0x00, 0x08, 0x01, 0x02],
    );
    let mut ng = Ng::new(false);
    ng.idb(1, Some(9), None);
    ng.idb(228, None, Some(5));
    ng.epb(0, 7, &f);
    ng.spb(&knx);
    ng.obsolete_pb(1, 9, &raw_bacnet_packet());
    let mut be = Ng::new(true);
    be.idb(1, None, None);
    be.epb(0, 7, &knx);
    vec![
        pcap(false, false, 1, &[(1, 2, &f), (3, 4, &knx)]),
        pcap(true, true, 1, &[(1, 2, &knx), (3, 4, &f)]),
        ng.out,
        be.out,
    ]
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(128))]

    /// Corrupted and cut captures end in a report or an error, never a panic or a hang, and
    /// never count more frames than the intact file holds.
    #[test]
    fn damaged_captures_never_panic(
        which in 0usize..4,
        flips in proptest::collection::vec((proptest::prelude::any::<usize>(), proptest::prelude::any::<u8>()), 0..6),
        cut in proptest::prelude::any::<usize>(),
        buffer in 64usize..512,
    ) {
        let files = sample_files();
        let mut bytes = files[which].clone();
        let intact = run(&bytes).unwrap().packets;
        for (at, x) in flips {
            let n = bytes.len();
            bytes[at % n] ^= x;
        }
        bytes.truncate(cut % (bytes.len() + 1));
        if let Ok(r) = run_buffered(&bytes[..], buffer) {
            // A flipped length can split one record into several, but not beyond the bytes.
            proptest::prop_assert!(r.packets <= intact.max(bytes.len() as u64 / 16));
        }
    }
}

#[test]
fn refused_service_body_counts_under_its_service_and_as_malformed() {
    // An I-Am cut after the object identifier: headers fine, body refused.
    let broken_i_am: &[u8] = &[
        0x81, 0x0b, 0x00, 0x12, 0x01, 0x20, 0xff, 0xff, 0x00, 0xff, 0x10, 0x00, 0xc4, 0x02, 0x00,
        0x00, 0x00,
    ];
    // Not BACnet/IP at all on the BACnet port: BVLC type 0x42.
    let not_bvlc: &[u8] = &[0x42, 0x0a, 0x00, 0x04];
    let frame = |payload| {
        emit::ethernet_udp(
            (Ipv4Addr::new(10, 0, 0, 1), 47808),
            (Ipv4Addr::new(10, 0, 0, 255), 47808),
            payload,
        )
    };
    let (a, b, c) = (frame(broken_i_am), frame(not_bvlc), bacnet_frame());
    let r = run(&pcap(
        false,
        false,
        1,
        &[(1, 0, &a), (2, 0, &b), (3, 0, &c)],
    ))
    .unwrap();
    assert_eq!(r.bacnet.messages, 3);
    assert_eq!(r.bacnet.malformed, 2);
    assert_eq!(r.bacnet.by_service.get("i-am"), Some(&1));
    assert_eq!(r.bacnet.by_service.get("who-is"), Some(&1));
    assert!(
        r.bacnet.devices.is_empty(),
        "a refused I-Am names no device"
    );
    let reasons: Vec<&String> = r.bacnet.malformed_by_reason.keys().collect();
    assert_eq!(reasons.len(), 2, "{reasons:?}");
    assert!(
        reasons.iter().any(|k| k.starts_with("service:")),
        "{reasons:?}"
    );
    assert!(
        reasons.iter().any(|k| k.starts_with("bvlc:")),
        "{reasons:?}"
    );
}
