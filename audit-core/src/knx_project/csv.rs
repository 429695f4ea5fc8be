//! ETS group-address exports in CSV. ETS offers two layouts and three separators:
//!
//! "1/1" (one name column; main and middle groups are rows of their own, with `-` for the
//! levels below them):
//! ```text
//! "Group name","Address","Central","Unfiltered","Description","DatapointType","Security"
//! "Heating","3/-/-","","","","","Auto"
//! "Room temperatures","3/1/-","","","","","Auto"
//! "Living room temperature","3/1/1","","","","DPST-9-1","Auto"
//! ```
//! "3/1" (three name columns; the name sits in the column of its level):
//! ```text
//! "Main","Middle","Sub","Address","Central","Unfiltered","Description","DatapointType","Security"
//! "Heating","","","3/-/-","","","","","Auto"
//! "","Room temperatures","","3/1/-","","","","","Auto"
//! "","","Living room temperature","3/1/1","","","","DPST-9-1","Auto"
//! ```
//! Separator comma, semicolon (ETS 6's default in German-speaking locales) or tab; every field
//! quoted, `""` for a quote inside one; CRLF line ends. Older ETS versions have no "Security"
//! column (ETS 4: no "DatapointType" either); the columns are found by their header, in any
//! order. Empty cells may be written without quotes (`,,"Living room",...`). Two-level and
//! free addresses (`3/1`, `6145`) are read as well.
//!
//! Sources for the layouts: the ETS CSV samples published by node-red-contrib-knx-ultimate and
//! knx-ga-exporter (1/1, tab), knx-ets-utils and KnxMonitor (3/1, semicolon), bussard's ETS
//! export writer (UTF-8 BOM, semicolon, CRLF).

use super::{
    AddressCell, AddressStyle, Builder, ErrorKind, GroupAddressTable, ImportError, ImportFormat,
    Location, MAX_PATH_DEPTH, WarningKind, clean, parse_address,
};
use crate::wire::knxip::dpt::printable;
use std::collections::BTreeMap;

/// Fields per row; ETS writes 9.
pub const MAX_FIELDS: usize = 64;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Layout {
    OneColumn,
    ThreeColumns,
}

/// Columns found in the header.
#[derive(Debug, Default)]
struct Columns {
    name: Option<usize>,
    main: Option<usize>,
    middle: Option<usize>,
    sub: Option<usize>,
    address: usize,
    description: Option<usize>,
    dpt: Option<usize>,
}

pub fn parse(text: &str, file: &str) -> Result<GroupAddressTable, ImportError> {
    let err =
        |line: usize, kind: ErrorKind| ImportError::new(file, Some(Location::Line(line)), kind);
    let (sep, header, body_start) = header(text).ok_or_else(|| {
        let first = text.lines().next().unwrap_or_default();
        err(1, ErrorKind::NotAnExport(printable(first, 80)))
    })?;
    let (layout, cols) = columns(&header).ok_or_else(|| {
        let names: Vec<String> = header
            .iter()
            .map(|h| format!("\"{}\"", printable(h, 24)))
            .collect();
        err(1, ErrorKind::NotAnExport(names.join(", ")))
    })?;
    let mut b = Builder::default();
    let mut mains: BTreeMap<u8, String> = BTreeMap::new();
    let mut middles: BTreeMap<(u8, u8), String> = BTreeMap::new();
    let mut records = Records::new(text.get(body_start..).unwrap_or_default(), sep, 2);
    while let Some(record) = records.next() {
        let (line, fields) = record.map_err(|(line, what)| err(line, ErrorKind::Csv(what)))?;
        if fields.len() > MAX_FIELDS {
            b.warn(Some(line), WarningKind::TooManyFields);
            continue;
        }
        if fields.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let cell = |i: Option<usize>| i.and_then(|i| fields.get(i)).map_or("", |s| s.as_str());
        let address = cell(Some(cols.address));
        let name = match layout {
            Layout::OneColumn => cell(cols.name).to_owned(),
            // The name is in the column of its level; take the deepest one filled.
            Layout::ThreeColumns => [cols.sub, cols.middle, cols.main]
                .into_iter()
                .map(cell)
                .find(|s| !s.trim().is_empty())
                .unwrap_or_default()
                .to_owned(),
        };
        if address.trim().is_empty() {
            b.warn(Some(line), WarningKind::NoAddress);
            continue;
        }
        match parse_address(address) {
            Some(AddressCell::Main(m)) => {
                mains.insert(m, clean(&name));
            }
            Some(AddressCell::Middle(m, mi)) => {
                middles.insert((m, mi), clean(&name));
            }
            Some(AddressCell::Group(ga, style)) => {
                let mut path = Vec::new();
                if style != AddressStyle::Free {
                    path.extend(mains.get(&ga.main()).cloned());
                }
                if style == AddressStyle::ThreeLevel {
                    path.extend(middles.get(&(ga.main(), ga.middle())).cloned());
                }
                path.retain(|p| !p.is_empty());
                path.truncate(MAX_PATH_DEPTH);
                b.add(
                    Some(line),
                    ga,
                    style,
                    &name,
                    path,
                    cell(cols.description),
                    cell(cols.dpt),
                );
            }
            None => b.warn(Some(line), WarningKind::BadAddress(printable(address, 40))),
        }
    }
    let format = match layout {
        Layout::OneColumn => ImportFormat::EtsCsvOneColumn,
        Layout::ThreeColumns => ImportFormat::EtsCsvThreeColumns,
    };
    b.finish(format, file)
}

/// The separator, the header's fields and where the rows start: the first separator (comma,
/// semicolon, tab) whose split of the first record names an address column.
fn header(text: &str) -> Option<(char, Vec<String>, usize)> {
    for sep in [',', ';', '\t'] {
        let mut r = Records::new(text, sep, 1);
        let Some(Ok((_, fields))) = r.next() else {
            continue;
        };
        if fields.len() <= MAX_FIELDS && fields.iter().any(|f| norm(f) == "address") {
            return Some((sep, fields, r.pos));
        }
    }
    None
}

fn norm(h: &str) -> String {
    h.trim()
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

fn columns(header: &[String]) -> Option<(Layout, Columns)> {
    let find = |names: &[&str]| {
        header
            .iter()
            .position(|h| names.contains(&norm(h).as_str()))
    };
    let cols = Columns {
        name: find(&["groupname", "name"]),
        main: find(&["main", "maingroup"]),
        middle: find(&["middle", "middlegroup"]),
        sub: find(&["sub", "subgroup"]),
        address: find(&["address"])?,
        description: find(&["description"]),
        dpt: find(&["datapointtype", "dpt", "dpts", "datapointtypes"]),
    };
    let layout = if cols.sub.is_some() || cols.main.is_some() {
        Layout::ThreeColumns
    } else if cols.name.is_some() {
        Layout::OneColumn
    } else {
        return None;
    };
    Some((layout, cols))
}

/// An RFC 4180 reader: fields separated by `sep`, optionally quoted (`""` is a quote inside
/// quotes, and a quoted field may span lines), records ending at LF or CRLF outside quotes.
/// Yields (line the record starts on, fields).
struct Records<'a> {
    text: &'a str,
    sep: char,
    pos: usize,
    line: usize,
}

type Record = Result<(usize, Vec<String>), (usize, String)>;

impl<'a> Records<'a> {
    fn new(text: &'a str, sep: char, first_line: usize) -> Self {
        Self {
            text,
            sep,
            pos: 0,
            line: first_line,
        }
    }

    fn next(&mut self) -> Option<Record> {
        let rest = self.text.get(self.pos..)?;
        if rest.is_empty() {
            return None;
        }
        let start_line = self.line;
        let mut fields = Vec::new();
        let mut field = String::new();
        let mut quoted = false;
        // The field started with a quote (text after its closing quote is kept as is).
        let mut chars = rest.char_indices().peekable();
        let mut at_field_start = true;
        let mut end = rest.len();
        while let Some((i, c)) = chars.next() {
            if quoted {
                match c {
                    '"' if chars.peek().is_some_and(|(_, n)| *n == '"') => {
                        chars.next();
                        field.push('"');
                    }
                    '"' => quoted = false,
                    '\n' => {
                        self.line += 1;
                        field.push(c);
                    }
                    _ => field.push(c),
                }
                continue;
            }
            match c {
                '"' if at_field_start => {
                    quoted = true;
                    at_field_start = false;
                }
                c if c == self.sep => {
                    fields.push(std::mem::take(&mut field));
                    at_field_start = true;
                    if fields.len() > MAX_FIELDS {
                        // Keep reading to the end of the record, without keeping fields.
                        fields.truncate(MAX_FIELDS + 1);
                    }
                }
                '\n' => {
                    self.line += 1;
                    end = i + 1;
                    break;
                }
                '\r' if chars.peek().is_some_and(|(_, n)| *n == '\n') => {}
                _ => {
                    field.push(c);
                    at_field_start = false;
                }
            }
        }
        if quoted {
            return Some(Err((
                start_line,
                "a quoted field is not closed before the end of the file".to_owned(),
            )));
        }
        fields.push(field);
        self.pos += end;
        Some(Ok((start_line, fields)))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn all(text: &str, sep: char) -> Vec<(usize, Vec<String>)> {
        let mut r = Records::new(text, sep, 1);
        let mut out = Vec::new();
        while let Some(x) = r.next() {
            out.push(x.unwrap());
        }
        out
    }

    #[test]
    fn records() {
        let got = all("\"a\",\"b \"\"c\"\"\",,d\r\n\"x\ny\";2\n\n", ',');
        assert_eq!(
            got[0],
            (1, vec!["a".into(), "b \"c\"".into(), "".into(), "d".into()])
        );
        assert_eq!(got[1], (2, vec!["x\ny;2".into()]));
        assert_eq!(got[2], (4, vec!["".into()]));
        assert_eq!(all("a\tb", '\t')[0].1, vec!["a", "b"]);
        let mut r = Records::new("\"open", ',', 7);
        assert_eq!(r.next().unwrap().unwrap_err().0, 7);
    }
}
