use super::*;
use crate::wire::knxip::dpt::Role;
use proptest::prelude::*;
use std::io::{Cursor, Write};

fn fixture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("src/knx_project/fixtures")
        .join(name)
}

fn import(name: &str) -> GroupAddressTable {
    import_file(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn ga(s: &str) -> GroupAddress {
    match parse_address(s) {
        Some(AddressCell::Group(g, _)) => g,
        other => panic!("{s}: {other:?}"),
    }
}

/// (address, name, DPT, path, role)
type Expected = (
    &'static str,
    &'static str,
    Option<Dpt>,
    [&'static str; 2],
    Role,
);

/// The house of the fixtures.
fn expected_house() -> Vec<Expected> {
    let d = |m, s| Some(Dpt::new(m, s));
    vec![
        (
            "1/0/1",
            "Wohnzimmer Decke schalten",
            d(1, 1),
            ["Beleuchtung", "Schalten"],
            Role::Unknown,
        ),
        (
            "1/0/2",
            "Küche Spots schalten",
            d(1, 1),
            ["Beleuchtung", "Schalten"],
            Role::Unknown,
        ),
        (
            "1/1/1",
            "Wohnzimmer Decke dimmen",
            d(3, 7),
            ["Beleuchtung", "Dimmen"],
            Role::Unknown,
        ),
        (
            "1/2/1",
            "Wohnzimmer Decke Helligkeit",
            d(5, 1),
            ["Beleuchtung", "Helligkeitswert"],
            Role::Unknown,
        ),
        (
            "2/0/1",
            "Wohnzimmer Jalousie Auf/Ab",
            d(1, 8),
            ["Jalousien", "Auf/Ab"],
            Role::Unknown,
        ),
        (
            "2/1/1",
            "Wohnzimmer Jalousie Position",
            d(5, 1),
            ["Jalousien", "Position"],
            Role::Unknown,
        ),
        (
            "3/0/1",
            "Raumtemperatur Wohnzimmer",
            d(9, 1),
            ["Heizung", "Ist-Temperatur"],
            Role::RoomTemperature,
        ),
        (
            "3/0/2",
            "Raumtemperatur Bad",
            d(9, 1),
            ["Heizung", "Ist-Temperatur"],
            Role::RoomTemperature,
        ),
        (
            "3/0/3",
            "Außentemperatur",
            d(9, 1),
            ["Heizung", "Ist-Temperatur"],
            Role::OutdoorTemperature,
        ),
        (
            "3/1/1",
            "Sollwert Komfort Wohnzimmer",
            d(9, 1),
            ["Heizung", "Sollwerte"],
            Role::RoomSetpoint,
        ),
        (
            "3/2/1",
            "Stellgröße Wohnzimmer",
            d(5, 1),
            ["Heizung", "Stellgrößen"],
            Role::Unknown,
        ),
        (
            "3/3/1",
            "Betriebsart Wohnzimmer",
            d(20, 102),
            ["Heizung", "Betriebsart"],
            Role::Unknown,
        ),
        (
            "4/0/1",
            "Szene Wohnen",
            d(17, 1),
            ["Zentral", "Szenen"],
            Role::Unknown,
        ),
        (
            "4/0/2",
            "Energie Zähler",
            d(13, 10),
            ["Zentral", "Szenen"],
            Role::Unknown,
        ),
        (
            "4/0/3",
            "Meldetext",
            d(16, 1),
            ["Zentral", "Szenen"],
            Role::Unknown,
        ),
        (
            "4/0/4",
            "Reserve",
            None,
            ["Zentral", "Szenen"],
            Role::Unknown,
        ),
    ]
}

fn assert_house(t: &GroupAddressTable, what: &str) {
    let want = expected_house();
    assert_eq!(t.groups.len(), want.len(), "{what}: {:#?}", t.groups);
    for (a, name, dpt, path, role) in want {
        let g = t
            .get(ga(a))
            .unwrap_or_else(|| panic!("{what}: {a} missing"));
        assert_eq!(g.name, name, "{what} {a}");
        assert_eq!(g.dpt, dpt, "{what} {a}");
        assert_eq!(g.path, path, "{what} {a}");
        assert_eq!(g.role, role, "{what} {a}");
        let source = if dpt.is_some() {
            DptSource::Ets
        } else {
            DptSource::None
        };
        assert_eq!(g.dpt_source, source, "{what} {a}");
    }
    assert_eq!(
        t.get(ga("1/0/2")).unwrap().description.as_deref(),
        Some("Spots über der Arbeitsplatte"),
        "{what}"
    );
    assert!(t.warnings.is_empty(), "{what}: {:?}", t.warnings);
    assert_eq!(t.style, AddressStyle::ThreeLevel);
    assert_eq!(
        t.label(ga("3/0/1")),
        "Raumtemperatur Wohnzimmer (3/0/1)",
        "{what}"
    );
    assert_eq!(t.label(ga("7/7/7")), "7/7/7", "{what}");
}

#[test]
fn every_export_layout_gives_the_same_table() {
    for (file, format) in [
        ("ets5-1col-tab-cp1252.csv", ImportFormat::EtsCsvOneColumn),
        ("ets5-3col-comma.csv", ImportFormat::EtsCsvThreeColumns),
        (
            "ets6-3col-semicolon-bom.csv",
            ImportFormat::EtsCsvThreeColumns,
        ),
        ("ets6-export.xml", ImportFormat::EtsXml),
        ("ets5-export-utf16.xml", ImportFormat::EtsXml),
    ] {
        let t = import(file);
        assert_eq!(t.format, format, "{file}");
        assert_eq!(t.file.as_deref(), Some(file));
        assert_house(&t, file);
    }
}

#[test]
fn an_ets4_export_without_security_column_and_main_types_only() {
    let t = import("ets4-1col-comma.csv");
    assert_eq!(t.groups.len(), 5);
    assert_eq!(t.get(ga("1/2/1")).unwrap().dpt, Some(Dpt::main_only(5)));
    assert_eq!(t.get(ga("1/0/2")).unwrap().name, "Küche Spots schalten");
}

#[test]
fn two_level_addresses() {
    let t = import("ets5-two-level.csv");
    assert_eq!(t.style, AddressStyle::TwoLevel);
    let flur = GroupAddress((1 << 11) | 257);
    assert_eq!(t.get(flur).unwrap().name, "Flur Licht Status");
    assert_eq!(t.get(flur).unwrap().path, ["Licht"]);
    assert_eq!(t.label(flur), "Flur Licht Status (1/257)");
    assert_eq!(
        t.get(GroupAddress((3 << 11) | 2047)).unwrap().name,
        "Letzte Adresse"
    );
    assert_eq!(
        t.get(GroupAddress((3 << 11) | 10)).unwrap().role,
        Role::RoomTemperature,
        "\"Temperatur Flur\": a hall"
    );
}

#[test]
fn an_unprotected_project() {
    let t = import("ets6-project.knxproj");
    assert_eq!(t.format, ImportFormat::Knxproj);
    assert_eq!(t.project.as_deref(), Some("Haus Müller"));
    assert_eq!(t.tool.as_deref(), Some("ETS6 6.2.7302.0"));
    assert_eq!(t.groups.len(), 8);
    let room = t.get(GroupAddress(6145)).unwrap();
    assert_eq!(room.address, ga("3/0/1"));
    assert_eq!(room.name, "Raumtemperatur Wohnzimmer");
    assert_eq!(room.dpt, Some(Dpt::new(9, 1)));
    assert_eq!(room.path, ["Heizung", "Ist-Temperatur"]);
    assert_eq!(room.role, Role::RoomTemperature);
    assert_eq!(t.get(GroupAddress(8193)).unwrap().dpt, None);
    assert_eq!(
        t.label(GroupAddress(6913)),
        "Betriebsart Wohnzimmer (3/3/1)"
    );
}

#[test]
fn a_protected_project_is_refused_with_what_to_do() {
    let e = import_file(&fixture("ets6-protected.knxproj")).unwrap_err();
    assert_eq!(e.kind, ErrorKind::Protected);
    let text = e.to_string();
    assert!(text.starts_with("ets6-protected.knxproj: "), "{text}");
    assert!(text.contains("password-protected"), "{text}");
    assert!(text.contains("export the group addresses"), "{text}");
}

#[test]
fn the_table_round_trips_through_json() {
    let t = import("ets6-export.xml");
    let json = t.to_json();
    assert!(json.contains("\"address\": \"3/0/1\""), "{json}");
    assert!(json.contains("\"dpt\": \"9.001\""), "{json}");
    assert!(json.contains("\"role\": \"room-temperature\""), "{json}");
    let back: GroupAddressTable = serde_json::from_str(&json).unwrap();
    assert_eq!(back, t);
}

// ---- hostile and broken files ----

fn csv(text: &str) -> Result<GroupAddressTable, ImportError> {
    parse_export(text.as_bytes(), "test.csv")
}

const HEADER: &str = "\"Group name\",\"Address\",\"Central\",\"Unfiltered\",\"Description\",\"DatapointType\",\"Security\"\n";

#[test]
fn broken_csv_names_the_line() {
    let e = csv("hello,world\n1,2\n").unwrap_err();
    assert!(matches!(e.kind, ErrorKind::NotAnExport(_)), "{e}");
    assert_eq!(e.at, Some(Location::Line(1)));
    assert!(e.to_string().contains("no \"Address\" column"), "{e}");
    let e = csv(&format!("{HEADER}\"a\",\"1/1/1\",\"open text\nmore\n")).unwrap_err();
    assert_eq!(e.at, Some(Location::Line(2)), "{e}");
    assert!(e.to_string().contains("line 2"), "{e}");
    let e = csv(&format!(
        "{HEADER}\"a\",\"32/1/1\"\n\"b\",\"1/8/1\"\n\"c\",\"\"\n"
    ))
    .unwrap_err();
    assert_eq!(e.kind, ErrorKind::NoGroups);
    let e = csv(" \r\n").unwrap_err();
    assert_eq!(e.kind, ErrorKind::Empty);
    assert_eq!(e.to_string(), "test.csv: the file is empty");
}

#[test]
fn an_import_error_is_said_in_the_readers_language() {
    use crate::text::Lang;
    let e = csv(" \r\n").unwrap_err();
    assert_eq!(e.text().render(Lang::De), "test.csv: die Datei ist leer");
    assert_eq!(e.text().render(Lang::Nl), "test.csv: het bestand is leeg");
    let e = csv("hello,world\n1,2\n").unwrap_err();
    let de = e.text().render(Lang::De);
    assert!(
        de.starts_with("test.csv, Zeile 1: kein ETS-Gruppenadressen-Export"),
        "{de}"
    );
    assert!(
        de.contains("(sie hat: hello,world)"),
        "the file's own words stay: {de}"
    );
}

#[test]
fn row_problems_are_warnings_with_lines() {
    let text = format!(
        "{HEADER}\"ok\",\"1/1/1\",\"\",\"\",\"\",\"DPST-1-1\",\"Auto\"\n\
         \"bad\",\"1/9/1\",\"\",\"\",\"\",\"\",\"Auto\"\n\
         \"again\",\"1/1/1\",\"\",\"\",\"\",\"DPST-9-1\",\"Auto\"\n\
         \"dpt\",\"1/1/2\",\"\",\"\",\"\",\"DPST-x-y\",\"Auto\"\n\
         \"several\",\"1/1/3\",\"\",\"\",\"\",\"DPST-9-1, DPST-9-4\",\"Auto\"\n"
    );
    let t = csv(&text).unwrap();
    assert_eq!(t.groups.len(), 3);
    assert_eq!(t.get(ga("1/1/1")).unwrap().name, "ok");
    assert_eq!(t.get(ga("1/1/1")).unwrap().dpt, Some(Dpt::new(1, 1)));
    assert_eq!(t.get(ga("1/1/2")).unwrap().dpt, None);
    assert_eq!(t.get(ga("1/1/3")).unwrap().dpt, Some(Dpt::new(9, 1)));
    let lines: Vec<Option<usize>> = t.warnings.iter().map(|w| w.line).collect();
    assert_eq!(lines, [Some(3), Some(4), Some(5)]);
    assert!(
        t.warnings[0]
            .what
            .contains("\"1/9/1\" is not a group address"),
        "{:?}",
        t.warnings
    );
    assert!(
        t.warnings[1].what.contains("listed again"),
        "{:?}",
        t.warnings
    );
    assert!(
        t.warnings[2].what.contains("not a datapoint type"),
        "{:?}",
        t.warnings
    );
}

#[test]
fn names_are_made_safe_and_bounded() {
    let long = "x".repeat(500);
    let text = format!(
        "{HEADER}\"evil\u{1b}[2J\u{7}\",\"1/1/1\",\"\",\"\",\"\",\"\",\"\"\n\"{long}\",\"1/1/2\",\"\",\"\",\"\",\"\",\"\"\n"
    );
    let t = csv(&text).unwrap();
    assert_eq!(t.get(ga("1/1/1")).unwrap().name, "evil\\u{1b}[2J\\u{7}");
    let cut = &t.get(ga("1/1/2")).unwrap().name;
    assert_eq!(cut.chars().count(), MAX_NAME_CHARS + 1);
    assert!(cut.ends_with('…'));
}

#[test]
fn warnings_are_bounded() {
    let mut text = HEADER.to_owned();
    text.push_str("\"ok\",\"1/1/1\"\n");
    for i in 0..500 {
        text.push_str(&format!("\"bad {i}\",\"99/99/99\"\n"));
    }
    let t = csv(&text).unwrap();
    assert_eq!(t.warnings.len(), MAX_WARNINGS);
    assert_eq!(t.more_warnings, 500 - MAX_WARNINGS as u64);
}

#[test]
fn oversized_files_are_refused_not_cut() {
    let big = vec![b'a'; MAX_FILE_BYTES as usize + 1];
    let e = parse_export(&big, "big.csv").unwrap_err();
    assert_eq!(
        e.kind,
        ErrorKind::TooLarge {
            limit: MAX_FILE_BYTES
        }
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.csv");
    std::fs::write(&path, &big).unwrap();
    let e = import_file(&path).unwrap_err();
    assert_eq!(
        e.kind,
        ErrorKind::TooLarge {
            limit: MAX_FILE_BYTES
        }
    );
    assert!(
        e.to_string()
            .starts_with("big.csv: the file is larger than 10 MB"),
        "{e}"
    );
}

#[test]
fn broken_xml_names_the_line_or_element() {
    let xml = |s: &str| parse_export(s.as_bytes(), "t.xml");
    let e = xml("<GroupAddress-Export>\n<GroupRange Name=\"a\">\n<GroupAddress Name=\"x\" Address=\"1/1/1\">\n</GroupAddress-Export>").unwrap_err();
    assert!(matches!(e.kind, ErrorKind::Xml(_)), "{e}");
    assert!(matches!(e.at, Some(Location::Line(4))), "{e:?}");
    // An entity bomb: refused (no DTD at all).
    let bomb = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;\">]><GroupAddress-Export><GroupAddress Name=\"&lol2;\" Address=\"1/1/1\"/></GroupAddress-Export>";
    assert!(matches!(xml(bomb).unwrap_err().kind, ErrorKind::Xml(_)));
    let e = xml("<html><body/></html>").unwrap_err();
    assert_eq!(e.kind, ErrorKind::UnknownXml("html".into()));
    let t = xml("\n\n<GroupAddress-Export xmlns=\"http://knx.org/xml/ga-export/01\">\n<GroupAddress Name=\"a\"/>\n<GroupAddress Name=\"b\" Address=\"1/1/1\" DPTs=\"DPST-1-1\"/>\n<GroupAddress Name=\"c\" Address=\"1/1\"/>\n<GroupAddress Name=\"d\" Address=\"x\"/>\n</GroupAddress-Export>").unwrap();
    assert_eq!(t.groups.len(), 2);
    // Lines are counted in the file, blank lines before the document included.
    let lines: Vec<Option<usize>> = t.warnings.iter().map(|w| w.line).collect();
    assert_eq!(lines, [Some(4), Some(7)]);
    // Nodes beyond the limit are refused by the parser.
    let many = format!(
        "<GroupAddress-Export>{}</GroupAddress-Export>",
        "<a/>".repeat(MAX_XML_NODES as usize + 1)
    );
    assert!(matches!(xml(&many).unwrap_err().kind, ErrorKind::Xml(_)));
}

fn zip_of(members: &[(&str, &[u8], bool)]) -> Vec<u8> {
    let mut w = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for (name, data, deflate) in members {
        let method = if *deflate {
            zip::CompressionMethod::Deflated
        } else {
            zip::CompressionMethod::Stored
        };
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(method)
            .large_file(data.len() > u32::MAX as usize);
        w.start_file(*name, opts).unwrap();
        w.write_all(data).unwrap();
    }
    w.finish().unwrap().into_inner()
}

fn archive(bytes: Vec<u8>) -> Result<GroupAddressTable, ImportError> {
    knxproj::read_archive(Cursor::new(bytes), "t.knxproj")
}

#[test]
fn hostile_archives() {
    let zero = b"<KNX CreatedBy=\"ETS5\" ToolVersion=\"5.7.4\"><Project><Installations><Installation><GroupAddresses><GroupRanges><GroupRange Name=\"r\"><GroupAddress Address=\"1\" Name=\"one\" DatapointType=\"DPST-1-1\"/></GroupRange></GroupRanges></GroupAddresses></Installation></Installations></Project></KNX>";
    let t = archive(zip_of(&[("P-1/0.xml", zero, true)])).unwrap();
    assert_eq!(t.groups.len(), 1);
    assert_eq!(t.tool.as_deref(), Some("ETS5 5.7.4"));
    assert_eq!(t.groups[0].path, ["r"]);
    // Not a project, not a zip, a truncated zip.
    let e = archive(zip_of(&[("readme.txt", b"hi", true)])).unwrap_err();
    assert_eq!(e.kind, ErrorKind::NotAProject);
    assert!(matches!(
        archive(b"PK\x03\x04garbage".to_vec()).unwrap_err().kind,
        ErrorKind::Zip(_)
    ));
    let mut cut = zip_of(&[("P-1/0.xml", zero, true)]);
    cut.truncate(cut.len() / 2);
    assert!(matches!(archive(cut).unwrap_err().kind, ErrorKind::Zip(_)));
    // A project without group addresses.
    let e = archive(zip_of(&[("P-1/0.xml", b"<KNX><Project/></KNX>", true)])).unwrap_err();
    assert_eq!(e.kind, ErrorKind::NoGroups);
    assert!(e.to_string().contains("P-1/0.xml"), "{e}");
    // A group-address section beyond the limit is refused while streaming.
    let mut huge = b"<KNX><GroupAddresses>".to_vec();
    huge.resize(knxproj::MAX_GROUP_SECTION_BYTES + 1024, b' ');
    huge.extend_from_slice(b"</GroupAddresses></KNX>");
    let e = archive(zip_of(&[("P-1/0.xml", &huge, false)])).unwrap_err();
    assert_eq!(e.kind, ErrorKind::SectionTooLarge);
    // Broken XML inside the section names the member.
    let e = archive(zip_of(&[(
        "P-1/0.xml",
        b"<KNX><GroupAddresses><GroupAddress Address=\"1\"></GroupAddresses>",
        true,
    )]))
    .unwrap_err();
    assert!(matches!(e.kind, ErrorKind::Xml(_)), "{e}");
    assert!(e.to_string().contains("P-1/0.xml"), "{e}");
}

#[test]
fn a_zip_bomb_inflates_no_further_than_the_limit() {
    // 20 MB of spaces before the group addresses (more than the section may hold): inflated
    // as a stream and dropped.
    let mut bomb = b"<KNX>".to_vec();
    bomb.resize(20 * 1024 * 1024, b' ');
    bomb.extend_from_slice(
        b"<GroupAddresses><GroupAddress Address=\"7\" Name=\"late\"/></GroupAddresses></KNX>",
    );
    let t = archive(zip_of(&[("P-1/0.xml", &bomb, true)])).unwrap();
    assert_eq!(t.groups.len(), 1);
}

proptest! {
    /// Any octets: an error or a table, never a panic.
    #[test]
    fn arbitrary_exports_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = parse_export(&bytes, "x");
    }

    /// CSV-shaped noise after a valid header.
    #[test]
    fn csv_noise_never_panics(rows in proptest::collection::vec(
        proptest::collection::vec("[\"a-z0-9/;,\\t\\r\\n -]{0,12}", 0..10), 0..20)) {
        let mut text = HEADER.to_owned();
        for r in rows {
            text.push_str(&r.join(","));
            text.push('\n');
        }
        if let Ok(t) = csv(&text) {
            prop_assert!(!t.groups.is_empty());
            prop_assert!(t.groups.windows(2).all(|w| w[0].address < w[1].address));
        }
    }

    /// XML-shaped noise.
    #[test]
    fn xml_noise_never_panics(parts in proptest::collection::vec(prop_oneof![
        Just("<GroupAddress-Export>".to_owned()), Just("</GroupAddress-Export>".to_owned()),
        Just("<GroupRange Name=\"r\">".to_owned()), Just("</GroupRange>".to_owned()),
        "<GroupAddress Name=\"[a-z]{0,4}\" Address=\"[0-9/]{0,8}\" DPTs=\"[A-Z0-9-]{0,10}\"/>",
        "[<>/\"a-z ]{0,6}",
    ], 0..12)) {
        let _ = parse_export(parts.concat().as_bytes(), "x.xml");
    }

    /// Any octets after the ZIP magic.
    #[test]
    fn arbitrary_archives_never_panic(tail in proptest::collection::vec(any::<u8>(), 0..300)) {
        let mut bytes = b"PK\x03\x04".to_vec();
        bytes.extend(tail);
        let _ = archive(bytes);
    }

    /// A valid archive with one member's octets changed.
    #[test]
    fn damaged_archives_never_panic(at in any::<prop::sample::Index>(), x in any::<u8>()) {
        let mut bytes = std::fs::read(fixture("ets6-project.knxproj")).unwrap();
        let i = at.index(bytes.len());
        bytes[i] ^= x | 1;
        let _ = archive(bytes);
    }

    #[test]
    fn addresses_parse_or_not_but_never_panic(s in "[0-9/ -]{0,12}") {
        if let Some(AddressCell::Group(g, style)) = parse_address(&s) {
            prop_assert_eq!(parse_address(&style.format(g)), Some(AddressCell::Group(g, style)));
        }
    }
}
