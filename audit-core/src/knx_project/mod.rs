//! What the KNX project says about each group address: its name, its datapoint type and its place
//! in the group tree, from the files installers already have. The installer's ETS (the KNX
//! project tool) exports the group addresses as CSV or XML; Home Assistant and openHAB users
//! import those exports for the same reason. An unprotected project file (`.knxproj`) holds the
//! same table. Without any of them, [`infer`] guesses a datapoint type from what the group
//! carries, and the table says the type is inferred.
//!
//! Formats read (what each looks like is in the submodules' docs and the fixtures):
//! - ETS CSV export, "1/1" (one name column: `"Group name","Address",...`) and "3/1" (three
//!   name columns: `"Main","Middle","Sub","Address",...`), separated by comma, semicolon or tab,
//!   in UTF-8 (with or without BOM), UTF-16 with BOM or Windows-1252 ([`csv`]);
//! - ETS XML export `<GroupAddress-Export xmlns="http://knx.org/xml/ga-export/01">` ([`xml`]);
//! - an ETS 4/5/6 project `.knxproj` that is not password-protected ([`knxproj`]).
//!   Password-protected projects (ETS 5: a ZIP password; ETS 6: AES) are not read: the import
//!   says so and asks for the group-address export instead.
//!
//! Every file is hostile input: read through one bounded reader ([`read_bounded`], at most
//! [`MAX_FILE_BYTES`]), parsed without panics and without allocation beyond named limits, and a
//! problem is reported with the line or element it was found at. Names are stored with control
//! characters escaped and cut at [`MAX_NAME_CHARS`].
#![deny(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic,
    clippy::unreachable
)]

pub mod csv;
pub mod infer;
pub mod knxproj;
pub mod roles;
pub mod text;
pub mod xml;

use std::collections::BTreeMap;
use std::fmt;
use std::io::Read;
use std::path::Path;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::text::Text;
use crate::wire::knxip::GroupAddress;
use crate::wire::knxip::dpt::{Dpt, Role, printable};

/// Largest group-address export read (CSV or XML). An export of all 65 536 group addresses
/// with long names is about 10 MB.
pub const MAX_FILE_BYTES: u64 = 10 * 1024 * 1024;
/// Longest name or description kept (characters).
pub const MAX_NAME_CHARS: usize = 128;
/// Import warnings kept; beyond, counted.
pub const MAX_WARNINGS: usize = 100;
/// Group-range names kept above one group address.
pub const MAX_PATH_DEPTH: usize = 8;
/// XML nodes parsed at most (roxmltree's own limit).
pub const MAX_XML_NODES: u32 = 2_000_000;

/// Which file the table came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ImportFormat {
    /// ETS group-address export, CSV "1/1" (one name column).
    EtsCsvOneColumn,
    /// ETS group-address export, CSV "3/1" (main, middle, sub name columns).
    EtsCsvThreeColumns,
    /// ETS group-address export, XML.
    EtsXml,
    /// ETS project file (.knxproj).
    Knxproj,
    /// No file: datapoint types inferred from traffic.
    Inferred,
}

/// How the project writes group addresses (the 16 bits are the same).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AddressStyle {
    /// `main/middle/sub` (5/3/8 bits), the ETS default.
    #[default]
    ThreeLevel,
    /// `main/sub` (5/11 bits).
    TwoLevel,
    /// One number, 0..65535.
    Free,
}

impl AddressStyle {
    pub fn format(self, ga: GroupAddress) -> String {
        match self {
            AddressStyle::ThreeLevel => ga.to_string(),
            AddressStyle::TwoLevel => format!("{}/{}", ga.main(), ga.0 & 0x07FF),
            AddressStyle::Free => ga.0.to_string(),
        }
    }
}

/// Where a group's datapoint type comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DptSource {
    /// The ETS project (export or project file).
    Ets,
    /// Guessed from the payloads seen ([`infer`]): say so wherever it is shown.
    Inferred,
    /// Not known.
    #[default]
    None,
}

/// One group address of the project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupEntry {
    #[serde(serialize_with = "ser_ga", deserialize_with = "de_ga")]
    pub address: GroupAddress,
    /// The group's name (control characters escaped); empty when the project gives none.
    pub name: String,
    /// Names of the group ranges above it (main group, middle group).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub path: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dpt: Option<Dpt>,
    #[serde(default)]
    pub dpt_source: DptSource,
    /// What the value stands for, from the name (room temperature, setpoint, ...).
    #[serde(default)]
    pub role: Role,
}

/// A problem with one line or element that did not stop the import.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warning {
    /// Line in the file (1-based), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    pub what: String,
}

/// The project's group addresses, by address.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GroupAddressTable {
    pub format: ImportFormat,
    /// The file's name (without its directory).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub file: Option<String>,
    /// The ETS that wrote it, when the file says ("ETS6 6.1.5686.0").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tool: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project: Option<String>,
    #[serde(default)]
    pub style: AddressStyle,
    /// Sorted by address, one entry per address.
    pub groups: Vec<GroupEntry>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Warning>,
    /// Warnings beyond [`MAX_WARNINGS`].
    #[serde(default, skip_serializing_if = "is_zero")]
    pub more_warnings: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

impl GroupAddressTable {
    pub fn get(&self, ga: GroupAddress) -> Option<&GroupEntry> {
        self.groups
            .binary_search_by_key(&ga, |g| g.address)
            .ok()
            .and_then(|i| self.groups.get(i))
    }

    /// `Living room temperature (3/1/1)`, or the address alone.
    pub fn label(&self, ga: GroupAddress) -> String {
        let address = self.style.format(ga);
        match self.get(ga) {
            Some(g) if !g.name.is_empty() => format!("{} ({address})", g.name),
            _ => address,
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

fn ser_ga<S: Serializer>(ga: &GroupAddress, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(ga)
}

fn de_ga<'de, D: Deserializer<'de>>(d: D) -> Result<GroupAddress, D::Error> {
    let s = String::deserialize(d)?;
    match parse_address(&s) {
        Some(AddressCell::Group(ga, _)) => Ok(ga),
        _ => Err(serde::de::Error::custom(format!(
            "not a group address: {}",
            printable(&s, 32)
        ))),
    }
}

// ---- building a table ----

/// Collects entries while a file is read: first entry per address wins, names of ranges
/// become paths, warnings are bounded.
#[derive(Debug, Default)]
pub(crate) struct Builder {
    groups: BTreeMap<GroupAddress, GroupEntry>,
    warnings: Vec<Warning>,
    more_warnings: u64,
    style: Option<AddressStyle>,
}

impl Builder {
    pub(crate) fn warn(&mut self, line: Option<usize>, what: WarningKind) {
        if self.warnings.len() < MAX_WARNINGS {
            self.warnings.push(Warning {
                line,
                what: what.to_string(),
            });
        } else {
            self.more_warnings += 1;
        }
    }

    /// Add a group; `dpt_cell` is the file's datapoint text (one or more types).
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn add(
        &mut self,
        line: Option<usize>,
        address: GroupAddress,
        style: AddressStyle,
        name: &str,
        path: Vec<String>,
        description: &str,
        dpt_cell: &str,
    ) {
        if self.groups.contains_key(&address) {
            self.warn(line, WarningKind::Duplicate(address));
            return;
        }
        self.style.get_or_insert(style);
        let dpt = match parse_dpt_cell(dpt_cell) {
            Ok(d) => d,
            Err(()) => {
                self.warn(line, WarningKind::BadDpt(printable(dpt_cell, 40)));
                None
            }
        };
        let name = clean(name);
        let role = roles::role(&name, dpt);
        self.groups.insert(
            address,
            GroupEntry {
                address,
                name,
                path,
                description: Some(clean(description)).filter(|d| !d.is_empty()),
                dpt,
                dpt_source: if dpt.is_some() {
                    DptSource::Ets
                } else {
                    DptSource::None
                },
                role,
            },
        );
    }

    pub(crate) fn finish(
        self,
        format: ImportFormat,
        file: &str,
    ) -> Result<GroupAddressTable, ImportError> {
        if self.groups.is_empty() {
            return Err(ImportError::new(file, None, ErrorKind::NoGroups));
        }
        Ok(GroupAddressTable {
            format,
            file: Some(printable(file, 120)),
            tool: None,
            project: None,
            style: self.style.unwrap_or_default(),
            groups: self.groups.into_values().collect(),
            warnings: self.warnings,
            more_warnings: self.more_warnings,
        })
    }
}

/// Names and descriptions as stored: trimmed, control characters escaped, bounded.
pub(crate) fn clean(s: &str) -> String {
    printable(s.trim(), MAX_NAME_CHARS)
}

/// The first datapoint type of a cell (`DPST-9-1`, `DPT-9`, `9.001`; several may be listed,
/// separated by commas or spaces); `Ok(None)` for an empty cell.
fn parse_dpt_cell(cell: &str) -> Result<Option<Dpt>, ()> {
    let mut tokens = cell
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|t| !t.is_empty())
        .peekable();
    if tokens.peek().is_none() {
        return Ok(None);
    }
    tokens
        .find_map(|t| t.parse::<Dpt>().ok())
        .map(Some)
        .ok_or(())
}

/// What an address cell of an export holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum AddressCell {
    Group(GroupAddress, AddressStyle),
    /// `1/-/-` (or `1/-` in two-level style): a main group's row.
    Main(u8),
    /// `1/2/-`: a middle group's row.
    Middle(u8, u8),
}

/// `1/2/3`, `1/234`, `2305`; `1/-/-`, `1/2/-` and `1/-` for group-range rows.
pub(crate) fn parse_address(s: &str) -> Option<AddressCell> {
    let s = s.trim();
    let num = |p: &str, max: u16| -> Option<u16> {
        if p.is_empty() || p.len() > 5 || !p.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        p.parse::<u16>().ok().filter(|v| *v <= max)
    };
    let parts: Vec<&str> = s.split('/').collect();
    let main8 = |p: &str| num(p, 31).and_then(|v| u8::try_from(v).ok());
    match parts.as_slice() {
        [free] => {
            num(free, u16::MAX).map(|v| AddressCell::Group(GroupAddress(v), AddressStyle::Free))
        }
        [main, "-"] => main8(main).map(AddressCell::Main),
        [main, sub] => {
            let (m, s) = (main8(main)?, num(sub, 2047)?);
            Some(AddressCell::Group(
                GroupAddress((u16::from(m) << 11) | s),
                AddressStyle::TwoLevel,
            ))
        }
        [main, "-", "-"] => main8(main).map(AddressCell::Main),
        [main, middle, "-"] => {
            let middle = num(middle, 7).and_then(|v| u8::try_from(v).ok())?;
            Some(AddressCell::Middle(main8(main)?, middle))
        }
        [main, middle, sub] => {
            let middle = num(middle, 7).and_then(|v| u8::try_from(v).ok())?;
            let sub = num(sub, 255).and_then(|v| u8::try_from(v).ok())?;
            Some(AddressCell::Group(
                GroupAddress::new(main8(main)?, middle, sub),
                AddressStyle::ThreeLevel,
            ))
        }
        _ => None,
    }
}

// ---- reading files ----

/// Import a group-address table from a file: an ETS CSV or XML export, or a `.knxproj`. The
/// kind is recognised from the content, not the name.
pub fn import_file(path: &Path) -> Result<GroupAddressTable, ImportError> {
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    let mut head = [0u8; 4];
    let mut f = std::fs::File::open(path)
        .map_err(|e| ImportError::new(&name, None, ErrorKind::Io(e.to_string())))?;
    let n = f
        .read(&mut head)
        .map_err(|e| ImportError::new(&name, None, ErrorKind::Io(e.to_string())))?;
    if head.get(..n).is_some_and(|h| h.starts_with(b"PK")) {
        return knxproj::read(path, &name);
    }
    let bytes =
        read_bounded(path, MAX_FILE_BYTES).map_err(|kind| ImportError::new(&name, None, kind))?;
    parse_export(&bytes, &name)
}

/// Parse an ETS group-address export (CSV or XML) held in memory.
pub fn parse_export(bytes: &[u8], file: &str) -> Result<GroupAddressTable, ImportError> {
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(ImportError::new(
            file,
            None,
            ErrorKind::TooLarge {
                limit: MAX_FILE_BYTES,
            },
        ));
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::new(file, None, ErrorKind::Empty));
    }
    let decoded = text::decode(bytes).map_err(|(line, what)| {
        ImportError::new(file, Some(Location::Line(line)), ErrorKind::Encoding(what))
    })?;
    if decoded.trim_start().starts_with('<') {
        xml::parse_export(&decoded, file)
    } else {
        csv::parse(&decoded, file)
    }
}

/// Read at most `limit` octets of a file; a larger file is refused (not cut).
pub fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, ErrorKind> {
    let f = std::fs::File::open(path).map_err(|e| ErrorKind::Io(e.to_string()))?;
    let mut out = Vec::new();
    f.take(limit.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|e| ErrorKind::Io(e.to_string()))?;
    if out.len() as u64 > limit {
        return Err(ErrorKind::TooLarge { limit });
    }
    Ok(out)
}

// ---- errors and warnings: every sentence of the import is here ----

/// Where in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    Line(usize),
    /// An XML element (its name) and the line it starts on.
    Element {
        name: String,
        line: usize,
    },
    /// A member of the .knxproj archive.
    Member(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ErrorKind {
    Io(String),
    Empty,
    TooLarge {
        limit: u64,
    },
    Encoding(String),
    /// The header names no address column (what it names, made printable).
    NotAnExport(String),
    Csv(String),
    Xml(String),
    /// The XML is well-formed but not an ETS export or project.
    UnknownXml(String),
    NoGroups,
    /// A .knxproj with a password.
    Protected,
    /// A zip archive that is not an ETS project.
    NotAProject,
    Zip(String),
    /// The project's group-address section is larger than [`knxproj::MAX_GROUP_SECTION_BYTES`].
    SectionTooLarge,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportError {
    pub file: String,
    pub at: Option<Location>,
    pub kind: ErrorKind,
}

impl ImportError {
    pub(crate) fn new(file: &str, at: Option<Location>, kind: ErrorKind) -> Self {
        Self {
            file: printable(file, 120),
            at,
            kind,
        }
    }
}

impl ImportError {
    /// Why the file was refused, as a catalogue text (`watch-ets-import-*`): the file, where
    /// in it, and the problem. What a reader or the system said (`{ $error }`) stays theirs.
    pub fn text(&self) -> Text {
        let problem = match &self.kind {
            ErrorKind::Io(e) => crate::text!("watch-ets-import-io", error = e),
            ErrorKind::Empty => crate::text!("watch-ets-import-empty"),
            ErrorKind::TooLarge { limit } => {
                crate::text!(
                    "watch-ets-import-too-large",
                    mb = (limit / (1024 * 1024)).to_string()
                )
            }
            ErrorKind::Encoding(e) => crate::text!("watch-ets-import-encoding", error = e),
            ErrorKind::NotAnExport(h) => crate::text!("watch-ets-import-not-an-export", header = h),
            ErrorKind::Csv(e) => Text::plain(e),
            ErrorKind::Xml(e) => crate::text!("watch-ets-import-xml", error = e),
            ErrorKind::UnknownXml(root) => {
                crate::text!("watch-ets-import-unknown-xml", root = root)
            }
            ErrorKind::NoGroups => crate::text!("watch-ets-import-no-groups"),
            ErrorKind::Protected => crate::text!("watch-ets-import-protected"),
            ErrorKind::NotAProject => crate::text!("watch-ets-import-not-a-project"),
            ErrorKind::Zip(e) => crate::text!("watch-ets-import-zip", error = e),
            ErrorKind::SectionTooLarge => crate::text!("watch-ets-import-section-too-large"),
        };
        let file = self.file.as_str();
        match &self.at {
            Some(Location::Line(n)) => crate::text!(
                "watch-ets-import-error-line",
                file = file,
                line = n.to_string(),
                problem = problem
            ),
            Some(Location::Element { name, line }) => crate::text!(
                "watch-ets-import-error-element",
                file = file,
                line = line.to_string(),
                element = name,
                problem = problem
            ),
            Some(Location::Member(m)) => crate::text!(
                "watch-ets-import-error-member",
                file = file,
                member = m,
                problem = problem
            ),
            None => crate::text!("watch-ets-import-error", file = file, problem = problem),
        }
    }
}

impl fmt::Display for ImportError {
    /// [`ImportError::text`] in the [`crate::text::default_lang`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.text())
    }
}

impl std::error::Error for ImportError {}

/// Line- or element-level problems (warnings).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum WarningKind {
    BadAddress(String),
    Duplicate(GroupAddress),
    BadDpt(String),
    TooManyFields,
    NoAddress,
}

impl fmt::Display for WarningKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WarningKind::BadAddress(a) => {
                write!(f, "\"{a}\" is not a group address; the row was skipped")
            }
            WarningKind::Duplicate(ga) => {
                write!(
                    f,
                    "group address {ga} is listed again; the first entry was kept"
                )
            }
            WarningKind::BadDpt(d) => write!(
                f,
                "\"{d}\" is not a datapoint type; the group was imported without one"
            ),
            WarningKind::TooManyFields => {
                f.write_str("the row has too many fields; it was skipped")
            }
            WarningKind::NoAddress => f.write_str("a group address without an address was skipped"),
        }
    }
}

#[cfg(test)]
#[allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]
mod tests;
