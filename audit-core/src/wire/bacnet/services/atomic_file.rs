//! AtomicReadFile and AtomicWriteFile (clauses 14.1, 14.2) and their ACKs. File contents are
//! kept as the octets sent (they can be anything, e.g. a controller's program).
//!
//! AtomicReadFile: `fileIdentifier, CHOICE { [0] { fileStartPosition INTEGER,
//! requestedOctetCount Unsigned }, [1] { fileStartRecord INTEGER, requestedRecordCount Unsigned } }`.
//! ACK: `endOfFile BOOLEAN, CHOICE { [0] { fileStartPosition, fileData OCTET STRING },
//! [1] { fileStartRecord, returnedRecordCount, fileRecordData SEQUENCE OF OCTET STRING } }`.
//! AtomicWriteFile: `fileIdentifier`, then the same CHOICE as the read ACK (with recordCount).
//! Write ACK: `CHOICE { [0] fileStartPosition, [1] fileStartRecord }`.

use super::super::tag::{
    ObjectId, app_tag, application, application_boolean, context, decode_object_id,
    decode_octet_string, decode_signed, decode_unsigned, encode_object_id, encode_signed,
    encode_unsigned, expect_closing, expect_opening, next_is_closing, next_is_context,
    next_is_opening, put_application, put_application_boolean, put_closing, put_context,
    put_opening,
};
use super::{push_trailing, trailing};
use crate::wire::{Reader, WireError};

pub const RECORD_COUNT_MISMATCH: &str = "record count disagrees with the records sent";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadFileAccess {
    Stream { start: i64, octet_count: u64 },
    Record { start: i64, record_count: u64 },
}

/// File contents with their position: what a read ACK returns and a write request sends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileData {
    Stream {
        start: i64,
        data: Vec<u8>,
    },
    Record {
        start: i64,
        /// The count as sent; compare with `records.len()`.
        record_count: u64,
        records: Vec<Vec<u8>>,
    },
}

impl FileData {
    fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        if next_is_opening(r, 0) {
            expect_opening(r, 0)?;
            let start = application(r, app_tag::SIGNED, decode_signed)?;
            let data = application(r, app_tag::OCTET_STRING, decode_octet_string)?;
            expect_closing(r, 0)?;
            return Ok(Self::Stream { start, data });
        }
        expect_opening(r, 1)?;
        let start = application(r, app_tag::SIGNED, decode_signed)?;
        let record_count = application(r, app_tag::UNSIGNED, decode_unsigned)?;
        // Not preallocated from the count: each record costs at least one octet of input.
        let mut records = Vec::new();
        while !next_is_closing(r, 1) {
            records.push(application(r, app_tag::OCTET_STRING, decode_octet_string)?);
        }
        expect_closing(r, 1)?;
        Ok(Self::Record {
            start,
            record_count,
            records,
        })
    }

    fn emit(&self, out: &mut Vec<u8>) {
        match self {
            Self::Stream { start, data } => {
                put_opening(out, 0);
                put_application(out, app_tag::SIGNED, &encode_signed(*start));
                put_application(out, app_tag::OCTET_STRING, data);
                put_closing(out, 0);
            }
            Self::Record {
                start,
                record_count,
                records,
            } => {
                put_opening(out, 1);
                put_application(out, app_tag::SIGNED, &encode_signed(*start));
                put_application(out, app_tag::UNSIGNED, &encode_unsigned(*record_count));
                for rec in records {
                    put_application(out, app_tag::OCTET_STRING, rec);
                }
                put_closing(out, 1);
            }
        }
    }

    pub fn start(&self) -> i64 {
        match self {
            Self::Stream { start, .. } | Self::Record { start, .. } => *start,
        }
    }

    /// Octets of file content carried.
    pub fn data_len(&self) -> usize {
        match self {
            Self::Stream { data, .. } => data.len(),
            Self::Record { records, .. } => records.iter().map(Vec::len).sum(),
        }
    }

    fn oddities(&self, odd: &mut Vec<&'static str>) {
        if let Self::Record {
            record_count,
            records,
            ..
        } = self
            && u64::try_from(records.len()).ok() != Some(*record_count)
        {
            odd.push(RECORD_COUNT_MISMATCH);
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AtomicReadFile {
    pub file: ObjectId,
    pub access: ReadFileAccess,
    pub trailing: Vec<u8>,
}

impl AtomicReadFile {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let file = application(r, app_tag::OBJECT_IDENTIFIER, decode_object_id)?;
        let stream = next_is_opening(r, 0);
        expect_opening(r, if stream { 0 } else { 1 })?;
        let start = application(r, app_tag::SIGNED, decode_signed)?;
        let count = application(r, app_tag::UNSIGNED, decode_unsigned)?;
        let access = if stream {
            expect_closing(r, 0)?;
            ReadFileAccess::Stream {
                start,
                octet_count: count,
            }
        } else {
            expect_closing(r, 1)?;
            ReadFileAccess::Record {
                start,
                record_count: count,
            }
        };
        Ok(Self {
            file,
            access,
            trailing: trailing(r),
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        put_application(
            out,
            app_tag::OBJECT_IDENTIFIER,
            &encode_object_id(self.file),
        );
        let (n, start, count) = match self.access {
            ReadFileAccess::Stream { start, octet_count } => (0, start, octet_count),
            ReadFileAccess::Record {
                start,
                record_count,
            } => (1, start, record_count),
        };
        put_opening(out, n);
        put_application(out, app_tag::SIGNED, &encode_signed(start));
        put_application(out, app_tag::UNSIGNED, &encode_unsigned(count));
        put_closing(out, n);
        out.extend_from_slice(&self.trailing);
    }

    pub fn oddities(&self) -> Vec<&'static str> {
        let mut odd = Vec::new();
        push_trailing(&mut odd, &self.trailing);
        odd
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AtomicReadFileAck {
    pub end_of_file: bool,
    pub data: FileData,
    pub trailing: Vec<u8>,
}

impl AtomicReadFileAck {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self {
            end_of_file: application_boolean(r)?,
            data: FileData::parse(r)?,
            trailing: trailing(r),
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        put_application_boolean(out, self.end_of_file);
        self.data.emit(out);
        out.extend_from_slice(&self.trailing);
    }

    pub fn oddities(&self) -> Vec<&'static str> {
        let mut odd = Vec::new();
        self.data.oddities(&mut odd);
        push_trailing(&mut odd, &self.trailing);
        odd
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AtomicWriteFile {
    pub file: ObjectId,
    pub data: FileData,
    pub trailing: Vec<u8>,
}

impl AtomicWriteFile {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        Ok(Self {
            file: application(r, app_tag::OBJECT_IDENTIFIER, decode_object_id)?,
            data: FileData::parse(r)?,
            trailing: trailing(r),
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        put_application(
            out,
            app_tag::OBJECT_IDENTIFIER,
            &encode_object_id(self.file),
        );
        self.data.emit(out);
        out.extend_from_slice(&self.trailing);
    }

    pub fn oddities(&self) -> Vec<&'static str> {
        let mut odd = Vec::new();
        self.data.oddities(&mut odd);
        push_trailing(&mut odd, &self.trailing);
        odd
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilePosition {
    Stream(i64),
    Record(i64),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AtomicWriteFileAck {
    pub start: FilePosition,
    pub trailing: Vec<u8>,
}

impl AtomicWriteFileAck {
    pub fn parse(r: &mut Reader<'_>) -> Result<Self, WireError> {
        let start = if next_is_context(r, 0) {
            FilePosition::Stream(context(r, 0, decode_signed)?)
        } else {
            FilePosition::Record(context(r, 1, decode_signed)?)
        };
        Ok(Self {
            start,
            trailing: trailing(r),
        })
    }

    pub fn emit(&self, out: &mut Vec<u8>) {
        match self.start {
            FilePosition::Stream(s) => put_context(out, 0, &encode_signed(s)),
            FilePosition::Record(s) => put_context(out, 1, &encode_signed(s)),
        }
        out.extend_from_slice(&self.trailing);
    }

    pub fn oddities(&self) -> Vec<&'static str> {
        let mut odd = Vec::new();
        push_trailing(&mut odd, &self.trailing);
        odd
    }
}

#[cfg(test)]
mod tests {
    use super::super::LAYER;
    use super::super::fixtures::{
        ATOMIC_READ_STREAM_440, ATOMIC_WRITE_STREAM, READ_FILE_ACK_EMPTY, READ_FILE_ACK_EOF,
        WRITE_FILE_ACK_440, hex,
    };
    use super::*;

    fn rd(b: &[u8]) -> Reader<'_> {
        Reader::new(b, LAYER)
    }

    #[test]
    fn fixtures_decode_like_tshark() {
        let b = hex(ATOMIC_READ_STREAM_440.hex);
        let a = AtomicReadFile::parse(&mut rd(&b)).unwrap();
        assert_eq!(a.file, ObjectId::new(10, 1));
        assert_eq!(
            a.access,
            ReadFileAccess::Stream {
                start: 440,
                octet_count: 440
            }
        );
        let b = hex(ATOMIC_WRITE_STREAM.hex);
        let w = AtomicWriteFile::parse(&mut rd(&b)).unwrap();
        assert_eq!(w.data.start(), 27280);
        assert_eq!(w.data.data_len(), 124);
        let FileData::Stream { data, .. } = &w.data else {
            panic!()
        };
        assert!(data.starts_with(b"ROOM 12,"));
        let ack = AtomicReadFileAck::parse(&mut rd(&hex(READ_FILE_ACK_EOF.hex))).unwrap();
        assert!(ack.end_of_file);
        assert_eq!(ack.data, w.data);
        let ack = AtomicReadFileAck::parse(&mut rd(&hex(READ_FILE_ACK_EMPTY.hex))).unwrap();
        assert_eq!(ack.data.data_len(), 0);
        let ack = AtomicWriteFileAck::parse(&mut rd(&hex(WRITE_FILE_ACK_440.hex))).unwrap();
        assert_eq!(ack.start, FilePosition::Stream(440));
    }

    #[test]
    fn record_access_and_count_mismatch() {
        // Hand-built (no capture has record access): file,3 records from 2, count 2, data
        // "ab" and "c"; then the same with a count of 5.
        let mut b = hex("c4 02 80 00 03 1e 31 02 21 02 62 61 62 61 63 1f");
        let w = AtomicWriteFile::parse(&mut rd(&b)).unwrap();
        assert_eq!(
            w.data,
            FileData::Record {
                start: 2,
                record_count: 2,
                records: vec![b"ab".to_vec(), b"c".to_vec()]
            }
        );
        assert!(w.oddities().is_empty());
        b[9] = 5;
        let w = AtomicWriteFile::parse(&mut rd(&b)).unwrap();
        assert_eq!(w.oddities(), [RECORD_COUNT_MISMATCH]);
        let r = AtomicReadFile::parse(&mut rd(&hex("c4 02 80 00 03 1e 31 02 21 0a 1f"))).unwrap();
        assert_eq!(
            r.access,
            ReadFileAccess::Record {
                start: 2,
                record_count: 10
            }
        );
        // Opening [0] closed by [1].
        assert!(AtomicReadFile::parse(&mut rd(&hex("c4 02 80 00 03 0e 31 02 21 0a 1f"))).is_err());
    }
}
