//! Streaming pcap/pcapng reading with `pcap-parser` over a fixed-size buffer refilled from any
//! `Read`: memory stays at [`INITIAL_BUFFER`] unless one block is larger, and never above
//! [`MAX_BLOCK_BYTES`], whatever the file size.
//!
//! Supported: pcap in both byte orders with micro- or nanosecond timestamps (and the LE
//! "modified" variant); pcapng with several sections (either byte order), several interfaces
//! with their own link types, `if_tsresol` and `if_tsoffset`, Enhanced, Simple and obsolete
//! Packet Blocks.

use std::cell::RefCell;
use std::io::{self, Read};
use std::rc::Rc;

use pcap_parser::pcapng::Block;
use pcap_parser::traits::{PcapNGPacketBlock, PcapReaderIterator};
use pcap_parser::{LegacyPcapReader, PcapBlockOwned, PcapError, PcapNGReader};

use super::time::units_to_ns;
use crate::job::CancelFlag;

/// Starting buffer: large enough that refills are rare, small enough not to matter.
pub const INITIAL_BUFFER: usize = 1 << 17;
/// Largest single record/block accepted. libpcap's own limit for a packet is 256 KiB; pcapng
/// name-resolution or custom blocks can be bigger, but a length above this is corruption.
pub const MAX_BLOCK_BYTES: usize = 16 << 20;
/// How often (in bytes consumed) progress is reported.
pub const PROGRESS_STEP: u64 = 64 * 1024;
/// Interfaces remembered per pcapng section; packets on later ones count as unreadable.
pub const MAX_INTERFACES: usize = 65_536;
/// libpcap's maximum snapshot length: a legacy record may not claim more than this or the
/// file's snaplen, whichever is larger (Wireshark refuses such files the same way).
const MAX_LEGACY_SNAPLEN: u32 = 262_144;
/// Obsolete pcapng Packet Block (type 2), which `pcap-parser` leaves as an unknown block.
const OBSOLETE_PB_TYPE: u32 = 2;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pcap,
    PcapNg,
}

impl Format {
    pub fn name(self) -> &'static str {
        match self {
            Format::Pcap => "pcap",
            Format::PcapNg => "pcapng",
        }
    }
}

/// Receives the frames read.
pub trait Sink {
    fn frame(&mut self, linktype: u32, ts_ns: Option<i64>, data: &[u8]);
    /// A frame that exists but cannot be dissected (reason in wire-error style).
    fn unreadable_frame(&mut self, layer: &'static str, what: &'static str);
    /// Frames so far, for progress reports.
    fn frames(&self) -> u64;
}

/// The file could not be opened as a capture at all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenError {
    pub offset: u64,
    pub message: String,
}

/// How reading ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcome {
    pub format: Format,
    pub bytes_read: u64,
    /// (offset, message) of the block that stopped reading.
    pub read_error: Option<(u64, String)>,
    pub cancelled: bool,
}

/// Progress callback arguments: bytes consumed and frames read so far.
pub type ProgressFn<'a> = &'a mut dyn FnMut(u64, u64);

/// Read a whole capture into `sink`.
pub fn read_capture<R: Read>(
    input: R,
    buffer: usize,
    sink: &mut dyn Sink,
    progress: ProgressFn<'_>,
    cancel: &CancelFlag,
) -> Result<Outcome, OpenError> {
    let mut input = input;
    let mut magic = [0u8; 4];
    let got = read_full(&mut input, &mut magic).map_err(|e| OpenError {
        offset: 0,
        message: format!("cannot read: {e}"),
    })?;
    let format = match (got, magic) {
        (0, _) => return Err(open_error(0, "empty file")),
        (1..=3, _) => return Err(open_error(0, "too short to be a capture")),
        (_, [0xd4, 0xc3, 0xb2, 0xa1] | [0xa1, 0xb2, 0xc3, 0xd4])
        | (_, [0x4d, 0x3c, 0xb2, 0xa1] | [0xa1, 0xb2, 0x3c, 0x4d])
        | (_, [0x34, 0xcd, 0xb2, 0xa1]) => Format::Pcap,
        (_, [0x0a, 0x0d, 0x0d, 0x0a]) => Format::PcapNg,
        (_, [0xa1, 0xb2, 0xcd, 0x34]) => {
            return Err(open_error(
                0,
                "big-endian \"modified\" pcap is not supported",
            ));
        }
        (_, [0x1f, 0x8b, _, _]) => {
            return Err(open_error(0, "gzip-compressed file: decompress it first"));
        }
        (_, m) => {
            return Err(OpenError {
                offset: 0,
                message: format!(
                    "not a pcap or pcapng capture (starts with {:02x} {:02x} {:02x} {:02x})",
                    m[0], m[1], m[2], m[3]
                ),
            });
        }
    };
    // Put the magic back in front so the parser sees the whole file.
    let io_error = Rc::new(RefCell::new(None));
    let input = FullRead {
        inner: io::Cursor::new(magic).chain(input),
        error: Rc::clone(&io_error),
    };
    let buffer = buffer.clamp(64, MAX_BLOCK_BYTES);
    let mut driver = Driver {
        state: State::default(),
        legacy: format == Format::Pcap,
        capacity: buffer,
        io_error,
    };
    let (read_error, cancelled, bytes_read) = match format {
        Format::Pcap => {
            let mut r = LegacyPcapReader::new(buffer, input)
                .map_err(|e| header_error(&e, "pcap file header"))?;
            driver.run(&mut r, sink, progress, cancel)
        }
        Format::PcapNg => {
            let mut r = PcapNGReader::new(buffer, input)
                .map_err(|e| header_error(&e, "pcapng section header"))?;
            driver.run(&mut r, sink, progress, cancel)
        }
    };
    Ok(Outcome {
        format,
        bytes_read,
        read_error,
        cancelled,
    })
}

fn open_error(offset: u64, message: &str) -> OpenError {
    OpenError {
        offset,
        message: message.to_owned(),
    }
}

fn header_error(e: &PcapError<&[u8]>, what: &str) -> OpenError {
    let why = match e {
        PcapError::Incomplete(_) | PcapError::UnexpectedEof | PcapError::Eof => "truncated",
        PcapError::ReadError => "unreadable",
        _ => "invalid",
    };
    OpenError {
        offset: 0,
        message: format!("{what} is {why}"),
    }
}

/// Read until `buf` is full or the input ends.
fn read_full<R: Read>(input: &mut R, buf: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while let Some(space) = buf.get_mut(filled..).filter(|s| !s.is_empty()) {
        match input.read(space) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}

/// Fills the caller's buffer as far as the input allows (pipes and slow disks return short
/// reads), retries interrupted reads, and keeps the text of an I/O error, which `pcap-parser`
/// would reduce to "read error".
struct FullRead<R> {
    inner: R,
    error: Rc<RefCell<Option<String>>>,
}

impl<R: Read> Read for FullRead<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        if self.error.borrow().is_some() {
            return Err(io::Error::other("earlier read failed"));
        }
        let mut filled = 0;
        while let Some(space) = buf.get_mut(filled..).filter(|s| !s.is_empty()) {
            match self.inner.read(space) {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
                Err(e) => {
                    *self.error.borrow_mut() = Some(e.to_string());
                    if filled == 0 {
                        return Err(e);
                    }
                    break;
                }
            }
        }
        Ok(filled)
    }
}

#[derive(Debug, Clone, Copy)]
struct Interface {
    linktype: u32,
    units_per_sec: u64,
    /// Nanoseconds per unit when the resolution divides a second evenly (the usual 10^-6 and
    /// 10^-9): a multiply instead of a 64-bit division per packet.
    ns_per_unit: Option<i64>,
    offset_s: i64,
}

impl Interface {
    fn ts_ns(&self, ts: u64) -> Option<i64> {
        match self.ns_per_unit {
            Some(mult) => i64::try_from(ts)
                .ok()?
                .checked_mul(mult)?
                .checked_add(self.offset_s.checked_mul(1_000_000_000)?),
            None => units_to_ns(ts, self.units_per_sec, self.offset_s),
        }
    }
}

#[derive(Debug, Default)]
struct State {
    /// pcap: the one link type; nanosecond timestamps; record length limit.
    legacy_linktype: u32,
    legacy_nanos: bool,
    legacy_max_caplen: u32,
    legacy_big_endian: bool,
    /// pcapng: current section's interfaces and byte order.
    interfaces: Vec<Interface>,
    big_endian: bool,
}

struct Driver {
    state: State,
    legacy: bool,
    capacity: usize,
    io_error: Rc<RefCell<Option<String>>>,
}

impl Driver {
    /// Returns (read error, cancelled, bytes consumed).
    fn run<P: PcapReaderIterator>(
        &mut self,
        reader: &mut P,
        sink: &mut dyn Sink,
        progress: ProgressFn<'_>,
        cancel: &CancelFlag,
    ) -> (Option<(u64, String)>, bool, u64) {
        let mut reported = 0u64;
        loop {
            let offset = reader.consumed() as u64;
            if offset >= reported.saturating_add(PROGRESS_STEP) {
                progress(offset, sink.frames());
                reported = offset;
            }
            if cancel.is_cancelled() {
                return (None, true, offset);
            }
            let failure = match reader.next() {
                Ok((len, block)) => match self.state.block(block, sink) {
                    Ok(()) => {
                        // Not `consume`: it moves the unread half of the buffer to the front
                        // each time half is read; `refill` moves only the partial block left.
                        reader.consume_noshift(len);
                        continue;
                    }
                    Err(message) => message,
                },
                Err(PcapError::Eof) => {
                    progress(offset, sink.frames());
                    return (None, false, offset);
                }
                Err(PcapError::Incomplete(_)) => {
                    let before = reader.data().len();
                    if reader.refill().is_err() {
                        self.io_message()
                    } else if reader.data().len() > before || reader.reader_exhausted() {
                        continue;
                    } else {
                        // Buffer full, yet the block is incomplete: it is bigger than the buffer.
                        match self.grow(reader) {
                            Ok(()) => continue,
                            Err(m) => m,
                        }
                    }
                }
                Err(PcapError::BufferTooSmall) => match self.grow(reader) {
                    Ok(()) => continue,
                    Err(m) => m,
                },
                Err(PcapError::UnexpectedEof) => {
                    "the file ends in the middle of a block (truncated capture)".to_owned()
                }
                Err(PcapError::ReadError) => self.io_message(),
                Err(_) => self.corrupt_message(reader.data()),
            };
            return (Some((offset, failure)), false, offset);
        }
    }

    fn io_message(&self) -> String {
        match self.io_error.borrow().as_deref() {
            Some(e) => format!("read error: {e}"),
            None => "read error".to_owned(),
        }
    }

    fn corrupt_message(&self, data: &[u8]) -> String {
        match self.block_header(data) {
            Some((kind, len)) => format!("corrupt block (type 0x{kind:08x}, length {len})"),
            None => "corrupt block".to_owned(),
        }
    }

    /// Type and length of the pcapng block at the start of `data`.
    fn block_header(&self, data: &[u8]) -> Option<(u32, u32)> {
        let kind = data.first_chunk::<4>()?;
        let len = data.get(4..8)?.first_chunk::<4>()?;
        Some(if self.state.big_endian {
            (u32::from_be_bytes(*kind), u32::from_be_bytes(*len))
        } else {
            (u32::from_le_bytes(*kind), u32::from_le_bytes(*len))
        })
    }

    /// Size the pending block says it has, if its header is in the buffer.
    fn declared_len(&self, data: &[u8]) -> Option<u64> {
        if self.legacy {
            let caplen = data.get(8..12)?.first_chunk::<4>()?;
            let caplen = if self.state.legacy_big_endian {
                u32::from_be_bytes(*caplen)
            } else {
                u32::from_le_bytes(*caplen)
            };
            Some(u64::from(caplen) + 16)
        } else {
            self.block_header(data).map(|(_, len)| u64::from(len))
        }
    }

    /// Grow the buffer to hold the pending block, or say why not.
    fn grow<P: PcapReaderIterator>(&mut self, reader: &mut P) -> Result<(), String> {
        let declared = self.declared_len(reader.data());
        if let Some(n) = declared
            && self.legacy
            && n - 16 > u64::from(self.state.legacy_max_caplen)
        {
            return Err(caplen_error(n - 16));
        }
        if let Some(n) = declared
            && n > MAX_BLOCK_BYTES as u64
        {
            return Err(format!(
                "block claims {n} bytes, more than the {} MiB limit (corrupt length?)",
                MAX_BLOCK_BYTES >> 20
            ));
        }
        if self.capacity >= MAX_BLOCK_BYTES {
            return Err(format!(
                "block larger than the {} MiB limit",
                MAX_BLOCK_BYTES >> 20
            ));
        }
        let want = declared.map_or(0, |n| usize::try_from(n).unwrap_or(MAX_BLOCK_BYTES) + 64);
        let new = want
            .max(self.capacity.saturating_mul(2))
            .min(MAX_BLOCK_BYTES);
        reader.grow(new);
        self.capacity = new;
        reader.refill().map_err(|_| self.io_message())
    }
}

/// Units per second from `if_tsresol`: 10^-n, or 2^-n when the top bit is set. Our own
/// because `pcap-parser` 0.17's `build_ts_resolution` compares the exponent before masking the
/// top bit, so it refuses every power-of-two resolution.
fn ts_resolution(tsresol: u8) -> Option<u64> {
    let exp = u32::from(tsresol & 0x7f);
    if tsresol & 0x80 == 0 {
        10u64.checked_pow(exp)
    } else {
        1u64.checked_shl(exp).filter(|_| exp < 64)
    }
}

fn caplen_error(caplen: u64) -> String {
    format!(
        "record claims {caplen} captured bytes, more than the snapshot length \
         (corrupt record header?)"
    )
}

impl State {
    fn block(&mut self, block: PcapBlockOwned<'_>, sink: &mut dyn Sink) -> Result<(), String> {
        match block {
            PcapBlockOwned::LegacyHeader(h) => {
                // The upper bits may carry FCS information (pcap draft spec, LinkType field).
                self.legacy_linktype = (h.network.0 as u32) & 0xffff;
                self.legacy_nanos = h.is_nanosecond_precision();
                self.legacy_big_endian = h.is_bigendian();
                self.legacy_max_caplen = h.snaplen.max(MAX_LEGACY_SNAPLEN);
            }
            PcapBlockOwned::Legacy(b) => {
                if b.caplen > self.legacy_max_caplen {
                    return Err(caplen_error(u64::from(b.caplen)));
                }
                let frac = if self.legacy_nanos {
                    i64::from(b.ts_usec)
                } else {
                    i64::from(b.ts_usec) * 1000
                };
                let ts = i64::from(b.ts_sec) * 1_000_000_000 + frac;
                sink.frame(self.legacy_linktype, Some(ts), b.data);
            }
            PcapBlockOwned::NG(block) => self.ng_block(block, sink),
        }
        Ok(())
    }

    fn ng_block(&mut self, block: Block<'_>, sink: &mut dyn Sink) {
        match block {
            Block::SectionHeader(shb) => {
                self.interfaces.clear();
                self.big_endian = shb.big_endian();
            }
            Block::InterfaceDescription(idb) if self.interfaces.len() < MAX_INTERFACES => {
                // An invalid if_tsresol falls back to the default, microseconds.
                let units_per_sec = ts_resolution(idb.if_tsresol).unwrap_or(1_000_000);
                self.interfaces.push(Interface {
                    linktype: u32::from(idb.linktype.0 as u16),
                    units_per_sec,
                    ns_per_unit: (units_per_sec != 0
                        && units_per_sec <= 1_000_000_000
                        && 1_000_000_000 % units_per_sec == 0)
                        .then(|| i64::try_from(1_000_000_000 / units_per_sec).ok())
                        .flatten(),
                    offset_s: idb.ts_offset(),
                });
            }
            Block::EnhancedPacket(epb) => {
                let ts = (u64::from(epb.ts_high) << 32) | u64::from(epb.ts_low);
                self.packet(epb.if_id, Some(ts), epb.packet_data(), sink);
            }
            Block::SimplePacket(spb) => self.packet(0, None, spb.packet_data(), sink),
            Block::Unknown(u) => self.obsolete_packet(u.block_type, u.data, sink),
            _ => {}
        }
    }

    fn packet(&self, if_id: u32, ts: Option<u64>, data: &[u8], sink: &mut dyn Sink) {
        let Some(iface) = usize::try_from(if_id)
            .ok()
            .and_then(|i| self.interfaces.get(i))
        else {
            sink.unreadable_frame("pcapng", "packet for an undeclared interface");
            return;
        };
        let ts_ns = ts.and_then(|t| iface.ts_ns(t));
        sink.frame(iface.linktype, ts_ns, data);
    }

    /// Packet Block (pcapng draft, obsolete): interface id (u16), drops (u16), timestamp high
    /// and low, captured length, original length, data.
    fn obsolete_packet(&self, raw_type: u32, body: &[u8], sink: &mut dyn Sink) {
        // `pcap-parser` reads the type little-endian whatever the section's byte order.
        let kind = if self.big_endian {
            raw_type.swap_bytes()
        } else {
            raw_type
        };
        if kind != OBSOLETE_PB_TYPE {
            return;
        }
        let u16_at = |at: usize| -> Option<u16> {
            let b = *body.get(at..)?.first_chunk::<2>()?;
            Some(if self.big_endian {
                u16::from_be_bytes(b)
            } else {
                u16::from_le_bytes(b)
            })
        };
        let u32_at = |at: usize| -> Option<u32> {
            let b = *body.get(at..)?.first_chunk::<4>()?;
            Some(if self.big_endian {
                u32::from_be_bytes(b)
            } else {
                u32::from_le_bytes(b)
            })
        };
        let fields = (|| {
            let if_id = u16_at(0)?;
            let ts = (u64::from(u32_at(4)?) << 32) | u64::from(u32_at(8)?);
            let caplen = usize::try_from(u32_at(12)?).ok()?;
            let data = body.get(20..)?.get(..caplen)?;
            Some((if_id, ts, data))
        })();
        match fields {
            Some((if_id, ts, data)) => self.packet(u32::from(if_id), Some(ts), data, sink),
            None => sink.unreadable_frame("pcapng", "packet block shorter than its lengths"),
        }
    }
}
