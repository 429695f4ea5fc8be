//! ETS project files (`.knxproj`, ETS 4, 5 and 6): a ZIP archive holding the project as
//! `P-xxxx/0.xml` (the installation: topology, devices, group addresses, buildings) and
//! `P-xxxx/project.xml` (name, group-address style), beside the manufacturers' product data
//! (`M-xxxx/...`) and `knx_master.xml`. That is what xknxproject reads too (its `zip/extractor.py`
//! and `loader/project_loader.py`).
//!
//! Only the group addresses are read, with the datapoint type the group itself carries
//! (`DatapointType`). A group without one gets none here; xknxproject then takes the type of the
//! communication objects linked to it, which needs the topology and the manufacturers'
//! application programs (not read here), so such groups fall back to inference from traffic.
//! `0.xml` is inflated as a stream, only its `<GroupAddresses>` element is kept (at most
//! [`MAX_GROUP_SECTION_BYTES`]) and parsed, so a project of any size costs bounded memory. A password-protected project holds
//! `P-xxxx.zip` (ZIP-encrypted in ETS 5, AES with a PBKDF2-derived key in ETS 6) instead of
//! `P-xxxx/0.xml`: it is not opened, and the error says to export the group addresses instead.

use std::io::{Read, Seek};
use std::path::Path;

use super::{
    AddressStyle, ErrorKind, GroupAddressTable, ImportError, ImportFormat, Location, clean, xml,
};
use crate::wire::knxip::dpt::printable;

/// Largest project archive opened. Projects carry the manufacturers' product databases, so
/// they are much larger than an export; only the central directory and two members are read.
pub const MAX_PROJECT_ARCHIVE_BYTES: u64 = 256 * 1024 * 1024;
/// Members of the archive looked at.
pub const MAX_ARCHIVE_ENTRIES: usize = 100_000;
/// `0.xml` inflated at most while looking for the group addresses (a zip bomb stops here).
pub const MAX_PROJECT_XML_BYTES: u64 = 512 * 1024 * 1024;
/// Largest `<GroupAddresses>` element kept (an export of the same table is at most ~10 MB).
pub const MAX_GROUP_SECTION_BYTES: usize = 16 * 1024 * 1024;
/// Largest `project.xml` read.
pub const MAX_PROJECT_META_BYTES: u64 = 4 * 1024 * 1024;
/// Start of `0.xml` kept for the ETS version (`CreatedBy`, `ToolVersion`).
const HEADER_BYTES: usize = 4096;

pub fn read(path: &Path, file: &str) -> Result<GroupAddressTable, ImportError> {
    let f = std::fs::File::open(path)
        .map_err(|e| ImportError::new(file, None, ErrorKind::Io(e.to_string())))?;
    let len = f
        .metadata()
        .map_err(|e| ImportError::new(file, None, ErrorKind::Io(e.to_string())))?
        .len();
    if len > MAX_PROJECT_ARCHIVE_BYTES {
        return Err(ImportError::new(
            file,
            None,
            ErrorKind::TooLarge {
                limit: MAX_PROJECT_ARCHIVE_BYTES,
            },
        ));
    }
    read_archive(std::io::BufReader::new(f), file)
}

/// Read the group addresses of a project archive.
pub fn read_archive<R: Read + Seek>(
    reader: R,
    file: &str,
) -> Result<GroupAddressTable, ImportError> {
    let err = |at: Option<Location>, kind| ImportError::new(file, at, kind);
    let mut z =
        zip::ZipArchive::new(reader).map_err(|e| err(None, ErrorKind::Zip(e.to_string())))?;
    if z.len() > MAX_ARCHIVE_ENTRIES {
        return Err(err(
            None,
            ErrorKind::Zip(format!("more than {MAX_ARCHIVE_ENTRIES} members")),
        ));
    }
    let names: Vec<String> = z
        .file_names()
        .filter_map(Result::ok)
        .map(|n| n.into_owned())
        .collect();
    let Some(project) = names
        .iter()
        .filter_map(|n| n.strip_suffix("/0.xml"))
        .find(|p| is_project_id(p))
        .map(str::to_owned)
    else {
        let protected = names
            .iter()
            .filter_map(|n| n.strip_suffix(".zip"))
            .any(is_project_id);
        return Err(err(
            None,
            if protected {
                ErrorKind::Protected
            } else {
                ErrorKind::NotAProject
            },
        ));
    };
    let zero = format!("{project}/0.xml");
    let (header, section) = scan_zero(&mut z, &zero, file)?;
    let meta = names
        .iter()
        .find(|n| {
            n.strip_prefix(&project)
                .is_some_and(|rest| rest.eq_ignore_ascii_case("/project.xml"))
        })
        .cloned();
    let (project_name, style) = meta
        .and_then(|m| read_meta(&mut z, &m))
        .unwrap_or((None, AddressStyle::ThreeLevel));
    let Some(section) = section else {
        return Err(err(Some(Location::Member(zero)), ErrorKind::NoGroups));
    };
    let text = String::from_utf8(section).map_err(|e| {
        err(
            Some(Location::Member(zero.clone())),
            ErrorKind::Encoding(format!("invalid UTF-8 in the group addresses ({e})")),
        )
    })?;
    let b = xml::parse_project_section(&text, file, &zero, style)?;
    let mut t = b.finish(ImportFormat::Knxproj, file)?;
    t.style = style;
    t.project = project_name;
    t.tool = tool(&header);
    Ok(t)
}

/// `P-` and a few letters or digits (ETS writes `P-` and four hex digits, e.g. `P-05B2`).
fn is_project_id(p: &str) -> bool {
    p.strip_prefix("P-").is_some_and(|id| {
        (1..=16).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric())
    })
}

type Scan = (Vec<u8>, Option<Vec<u8>>);

/// Inflate `0.xml` as a stream; keep its first octets and its `<GroupAddresses>` element.
fn scan_zero<R: Read + Seek>(
    z: &mut zip::ZipArchive<R>,
    member: &str,
    file: &str,
) -> Result<Scan, ImportError> {
    let at = || Some(Location::Member(member.to_owned()));
    let entry = z.by_name(member).map_err(|e| {
        let kind = match e {
            zip::result::ZipError::UnsupportedArchive(m) if m.contains("assword") => {
                ErrorKind::Protected
            }
            other => ErrorKind::Zip(other.to_string()),
        };
        ImportError::new(file, at(), kind)
    })?;
    if entry.encrypted() {
        return Err(ImportError::new(file, at(), ErrorKind::Protected));
    }
    let mut reader = entry.take(MAX_PROJECT_XML_BYTES);
    let mut buf = vec![0u8; 64 * 1024];
    let mut header = Vec::with_capacity(HEADER_BYTES);
    let mut scanner = SectionScanner::default();
    loop {
        let n = reader
            .read(&mut buf)
            .map_err(|e| ImportError::new(file, at(), ErrorKind::Zip(e.to_string())))?;
        let Some(chunk) = buf.get(..n) else { break };
        if chunk.is_empty() {
            break;
        }
        let room = HEADER_BYTES.saturating_sub(header.len());
        header.extend_from_slice(chunk.get(..room.min(n)).unwrap_or_default());
        match scanner.feed(chunk) {
            Ok(true) => break,
            Ok(false) => {}
            Err(()) => return Err(ImportError::new(file, at(), ErrorKind::SectionTooLarge)),
        }
    }
    Ok((header, scanner.finish()))
}

const OPEN: &[u8] = b"<GroupAddresses";
const CLOSE: &[u8] = b"</GroupAddresses>";

/// Finds `<GroupAddresses ...>...</GroupAddresses>` (or `<GroupAddresses/>`) in a stream of
/// chunks, keeping only that element. `<` cannot appear unescaped in attribute values or text
/// of XML, so the tags are found by their octets.
#[derive(Debug, Default)]
struct SectionScanner {
    /// Before the element: the tail of what was seen (a tag may span two chunks).
    window: Vec<u8>,
    section: Option<Vec<u8>>,
    /// How far the end tag has been searched for in `section`.
    searched: usize,
    done: bool,
}

impl SectionScanner {
    /// `Ok(true)` once the element is complete; `Err` when it grows beyond the limit.
    fn feed(&mut self, chunk: &[u8]) -> Result<bool, ()> {
        if self.done {
            return Ok(true);
        }
        match &mut self.section {
            None => {
                self.window.extend_from_slice(chunk);
                match find_open(&self.window) {
                    Some(i) => {
                        self.section = Some(self.window.split_off(i));
                        self.window.clear();
                    }
                    None => {
                        let keep = self.window.len().saturating_sub(OPEN.len() + 1);
                        self.window.drain(..keep);
                        return Ok(false);
                    }
                }
            }
            Some(s) => s.extend_from_slice(chunk),
        }
        let Some(s) = &mut self.section else {
            return Ok(false);
        };
        // A self-closing element: the first '>' closes it.
        if let Some(gt) = s.iter().position(|b| *b == b'>')
            && gt > 0
            && s.get(gt - 1) == Some(&b'/')
        {
            s.truncate(gt + 1);
            self.done = true;
            return Ok(true);
        }
        let from = self.searched.saturating_sub(CLOSE.len());
        if let Some(i) = find(s.get(from..).unwrap_or_default(), CLOSE) {
            s.truncate(from + i + CLOSE.len());
            self.done = true;
            return if s.len() > MAX_GROUP_SECTION_BYTES {
                Err(())
            } else {
                Ok(true)
            };
        }
        self.searched = s.len();
        if s.len() > MAX_GROUP_SECTION_BYTES {
            return Err(());
        }
        Ok(false)
    }

    fn finish(self) -> Option<Vec<u8>> {
        self.section.filter(|_| self.done)
    }
}

/// `<GroupAddresses` followed by a space, `>` or `/` (not `<GroupAddressesFoo`).
fn find_open(hay: &[u8]) -> Option<usize> {
    let mut from = 0;
    while let Some(i) = hay.get(from..).and_then(|h| find(h, OPEN)) {
        let at = from + i;
        match hay.get(at + OPEN.len()) {
            Some(b' ' | b'\t' | b'\r' | b'\n' | b'>' | b'/') => return Some(at),
            // The next octet has not arrived yet: look again with the next chunk.
            None => return None,
            Some(_) => from = at + 1,
        }
    }
    None
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The project's name and group-address style from `project.xml`
/// (`<ProjectInformation Name="..." GroupAddressStyle="ThreeLevel">`). Problems here are not
/// fatal: the addresses are read anyway and shown in three-level style.
fn read_meta<R: Read + Seek>(
    z: &mut zip::ZipArchive<R>,
    member: &str,
) -> Option<(Option<String>, AddressStyle)> {
    let entry = z.by_name(member).ok()?;
    let mut bytes = Vec::new();
    entry
        .take(MAX_PROJECT_META_BYTES)
        .read_to_end(&mut bytes)
        .ok()?;
    let text = String::from_utf8(bytes).ok()?;
    let opts = roxmltree::ParsingOptions {
        allow_dtd: false,
        nodes_limit: super::MAX_XML_NODES,
        ..roxmltree::ParsingOptions::default()
    };
    let doc = roxmltree::Document::parse_with_options(
        text.trim_start_matches('\u{feff}').trim_start(),
        opts,
    )
    .ok()?;
    let info = doc
        .descendants()
        .find(|n| n.is_element() && n.tag_name().name() == "ProjectInformation")?;
    let style = match info.attribute("GroupAddressStyle") {
        Some("TwoLevel") => AddressStyle::TwoLevel,
        Some("Free") => AddressStyle::Free,
        _ => AddressStyle::ThreeLevel,
    };
    let name = info.attribute("Name").map(clean).filter(|n| !n.is_empty());
    Some((name, style))
}

/// `ETS6 6.1.5686.0` from `CreatedBy="ETS6" ToolVersion="6.1.5686.0"` at the start of `0.xml`.
fn tool(header: &[u8]) -> Option<String> {
    let text = String::from_utf8_lossy(header);
    let attr = |name: &str| {
        let start = text.find(&format!("{name}=\""))? + name.len() + 2;
        let rest = text.get(start..)?;
        let end = rest.find('"')?;
        rest.get(..end).map(|v| printable(v, 40))
    };
    match (attr("CreatedBy"), attr("ToolVersion")) {
        (Some(a), Some(b)) => Some(format!("{a} {b}")),
        (a, b) => a.or(b),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn scanner_finds_the_section_across_chunks() {
        let xml = b"<KNX><Project><GroupAddressesX/><GroupAddresses>\
            <GroupRanges><GroupRange Name=\"a\"><GroupAddress Address=\"1\" Name=\"x\"/>\
            </GroupRange></GroupRanges></GroupAddresses><Trailer/></KNX>";
        for size in [1, 2, 3, 7, 16, 17, 1000] {
            let mut s = SectionScanner::default();
            for c in xml.chunks(size) {
                if s.feed(c).unwrap() {
                    break;
                }
            }
            let got = String::from_utf8(s.finish().unwrap()).unwrap();
            assert!(got.starts_with("<GroupAddresses>"), "{size}: {got}");
            assert!(got.ends_with("</GroupAddresses>"), "{size}: {got}");
        }
        let mut s = SectionScanner::default();
        assert!(s.feed(b"<a><GroupAddresses /></a>").unwrap());
        assert_eq!(s.finish().unwrap(), b"<GroupAddresses />");
        let mut s = SectionScanner::default();
        s.feed(b"<a><GroupAddresses>unterminated").unwrap();
        assert!(s.finish().is_none());
    }

    #[test]
    fn tool_version() {
        assert_eq!(
            tool(b"<KNX CreatedBy=\"ETS6\" ToolVersion=\"6.1.5686.0\" xmlns=\"x\">").unwrap(),
            "ETS6 6.1.5686.0"
        );
        assert_eq!(tool(b"<KNX>"), None);
    }
}
