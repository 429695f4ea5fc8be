//! ETS group addresses in XML: the group-address export, and the group-address part of a
//! project's `0.xml`.
//!
//! The export (ETS 5 and 6, "Export group addresses", XML):
//! ```text
//! <?xml version="1.0" encoding="utf-8" standalone="yes"?>
//! <GroupAddress-Export xmlns="http://knx.org/xml/ga-export/01">
//!   <GroupRange Name="Heating" RangeStart="6144" RangeEnd="8191">
//!     <GroupRange Name="Room temperatures" RangeStart="6400" RangeEnd="6655">
//!       <GroupAddress Name="Living room temperature" Address="3/1/1" DPTs="DPST-9-1"
//!                     Description="Room sensor" Security="Auto" />
//! ```
//! `Address` is written in the project's style (`3/1/1`, `3/257`, `6401`); `DPTs` may list
//! several types. The project file (`P-xxxx/0.xml` in a `.knxproj`, namespace
//! `http://knx.org/xml/project/NN`) has the same tree under
//! `KNX/Project/Installations/Installation/GroupAddresses/GroupRanges`, with the address as a
//! number (`Address="6401"`) and the type in `DatapointType`. Sources: the ioBroker.openknx and
//! SRF.Knx import code and test data (export), xknxproject's project loader and the ETS 4/6
//! test projects it ships (project).
//!
//! Parsed with roxmltree: no DTD (so no entity expansion), at most [`MAX_XML_NODES`] nodes.

use super::{
    AddressCell, AddressStyle, Builder, ErrorKind, GroupAddressTable, ImportError, ImportFormat,
    Location, MAX_PATH_DEPTH, MAX_XML_NODES, WarningKind, clean, parse_address,
};
use crate::wire::knxip::GroupAddress;
use crate::wire::knxip::dpt::printable;

/// How addresses are written in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// `3/1/1` etc., in the project's style.
    Export,
    /// A number 0..65535; the style comes from the project's `project.xml`.
    Project(AddressStyle),
}

/// The document and the number of lines skipped before it (a BOM and blank lines, which
/// roxmltree refuses before the XML declaration), so that lines are counted in the file.
fn parse<'a>(text: &'a str, file: &str) -> Result<(roxmltree::Document<'a>, usize), ImportError> {
    let opts = roxmltree::ParsingOptions {
        allow_dtd: false,
        nodes_limit: MAX_XML_NODES,
        ..roxmltree::ParsingOptions::default()
    };
    let body = text.trim_start_matches('\u{feff}').trim_start();
    let skipped = text
        .get(..text.len() - body.len())
        .map_or(0, |p| p.matches('\n').count());
    roxmltree::Document::parse_with_options(body, opts)
        .map(|doc| (doc, skipped))
        .map_err(|e| {
            ImportError::new(
                file,
                Some(Location::Line(e.pos().row as usize + skipped)),
                ErrorKind::Xml(e.to_string()),
            )
        })
}

/// An export file (or a project's `0.xml` given on its own).
pub fn parse_export(text: &str, file: &str) -> Result<GroupAddressTable, ImportError> {
    let (doc, skipped) = parse(text, file)?;
    let root = doc.root_element();
    let (mode, format) = match root.tag_name().name() {
        "GroupAddress-Export" => (Mode::Export, ImportFormat::EtsXml),
        "KNX" | "GroupAddresses" => (
            Mode::Project(AddressStyle::ThreeLevel),
            ImportFormat::Knxproj,
        ),
        other => {
            return Err(ImportError::new(
                file,
                None,
                ErrorKind::UnknownXml(printable(other, 40)),
            ));
        }
    };
    let mut b = Builder::default();
    collect(&doc, root, mode, skipped, &mut b);
    b.finish(format, file)
}

/// The `<GroupAddresses>` element of a project's `0.xml`, cut out of the file (see
/// `knxproj`), with the project's address style.
pub(crate) fn parse_project_section(
    text: &str,
    file: &str,
    member: &str,
    style: AddressStyle,
) -> Result<Builder, ImportError> {
    let (doc, skipped) = parse(text, file).map_err(|mut e| {
        if let Some(Location::Line(line)) = e.at {
            e.at = Some(Location::Member(format!(
                "{member}, in the group addresses' line {line}"
            )));
        }
        e
    })?;
    let mut b = Builder::default();
    collect(
        &doc,
        doc.root_element(),
        Mode::Project(style),
        skipped,
        &mut b,
    );
    Ok(b)
}

fn collect(
    doc: &roxmltree::Document<'_>,
    root: roxmltree::Node<'_, '_>,
    mode: Mode,
    skipped: usize,
    b: &mut Builder,
) {
    for node in root
        .descendants()
        .filter(|n| n.is_element() && n.tag_name().name() == "GroupAddress")
    {
        let line = doc.text_pos_at(node.range().start).row as usize + skipped;
        let Some(address) = node.attribute("Address") else {
            b.warn(Some(line), WarningKind::NoAddress);
            continue;
        };
        let parsed = match mode {
            Mode::Export => match parse_address(address) {
                Some(AddressCell::Group(ga, style)) => Some((ga, style)),
                _ => None,
            },
            Mode::Project(style) => raw_address(address).map(|ga| (ga, style)),
        };
        let Some((ga, style)) = parsed else {
            b.warn(Some(line), WarningKind::BadAddress(printable(address, 40)));
            continue;
        };
        let mut path: Vec<String> = node
            .ancestors()
            .filter(|a| a.is_element() && a.tag_name().name() == "GroupRange")
            .take(MAX_PATH_DEPTH)
            .filter_map(|a| a.attribute("Name").map(clean))
            .filter(|n| !n.is_empty())
            .collect();
        path.reverse();
        let dpt = node
            .attribute("DPTs")
            .or_else(|| node.attribute("DatapointType"))
            .unwrap_or_default();
        b.add(
            Some(line),
            ga,
            style,
            node.attribute("Name").unwrap_or_default(),
            path,
            node.attribute("Description").unwrap_or_default(),
            dpt,
        );
    }
}

fn raw_address(s: &str) -> Option<GroupAddress> {
    let s = s.trim();
    if s.is_empty() || s.len() > 5 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse::<u16>().ok().map(GroupAddress)
}
