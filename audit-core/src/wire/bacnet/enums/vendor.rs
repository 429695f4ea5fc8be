//! BACnet vendor identifiers (the Vendor_Identifier property, proprietary NPDU message vendor IDs,
//! PrivateTransfer vendor IDs) mapped to the organisation names ASHRAE publishes.
//!
//! The table is data, not code: `assets/bacnet-vendors.csv` (see `assets/SOURCES.md`), so that it
//! can be refreshed without touching Rust. It is embedded at compile time and parsed once, on first
//! use. Parsing never panics: a malformed line is skipped and counted, and a test keeps that count
//! at zero for the shipped file.

use std::borrow::Cow;
use std::sync::LazyLock;

/// Where the vendor table comes from, for the About screen (its sentence is the catalogue's
/// `gui-about-vendor-source`, in the reader's language).
pub const VENDOR_TABLE_FILE: &str = "epan/dissectors/data-bacnet.c";
pub const VENDOR_TABLE_COMMIT: &str = "08ff3a70b7d2ed038a88d07635276cffedc8e170";
pub const VENDOR_TABLE_RETRIEVED: &str = "2026-11-22";

const VENDOR_CSV: &str = include_str!("../../../../../assets/bacnet-vendors.csv");

const HEADER: &str = "id,name";

#[derive(Debug)]
struct VendorTable {
    /// Sorted by id, ids unique.
    entries: Vec<(u16, Cow<'static, str>)>,
    /// Lines that were not `id,name` with a u16 id and a non-empty, well-quoted name, plus
    /// repeated ids (only the first is kept).
    bad_lines: usize,
}

static TABLE: LazyLock<VendorTable> = LazyLock::new(|| parse_table(VENDOR_CSV));

/// The organisation ASHRAE assigned `id` to, or `None` if the id is not in the table (unassigned,
/// newer than the table, or withheld). Some ids are listed as "Reserved for ASHRAE".
pub fn vendor_name(id: u16) -> Option<&'static str> {
    let table: &'static VendorTable = &TABLE;
    let at = table.entries.binary_search_by_key(&id, |(k, _)| *k).ok()?;
    table.entries.get(at).map(|(_, name)| name.as_ref())
}

/// Number of vendor identifiers in the embedded table.
pub fn vendor_count() -> usize {
    TABLE.entries.len()
}

/// Lines of the embedded table that were skipped as malformed or as repeated ids (0 for the
/// shipped file; a non-zero value after a data refresh means the CSV needs fixing).
pub fn vendor_table_skipped_lines() -> usize {
    TABLE.bad_lines
}

fn parse_table(text: &'static str) -> VendorTable {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut entries = Vec::new();
    let mut bad_lines = 0usize;
    for (index, raw) in text.lines().enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if line.is_empty() || (index == 0 && line == HEADER) {
            continue;
        }
        match parse_line(line) {
            Some(entry) => entries.push(entry),
            None => bad_lines = bad_lines.saturating_add(1),
        }
    }
    // Stable sort keeps the first occurrence of a repeated id in front, so dedup keeps it.
    entries.sort_by_key(|(id, _)| *id);
    let before = entries.len();
    entries.dedup_by_key(|(id, _)| *id);
    bad_lines = bad_lines.saturating_add(before.saturating_sub(entries.len()));
    VendorTable { entries, bad_lines }
}

fn parse_line(line: &'static str) -> Option<(u16, Cow<'static, str>)> {
    let (id, name) = line.split_once(',')?;
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let id: u16 = id.parse().ok()?;
    let name = unquote(name)?;
    if name.trim().is_empty() {
        return None;
    }
    Some((id, name))
}

/// RFC 4180 field: either bare (no quote characters at all) or wrapped in quotes with inner
/// quotes doubled. Anything else is malformed rather than guessed at.
fn unquote(field: &'static str) -> Option<Cow<'static, str>> {
    let Some(inner) = field.strip_prefix('"') else {
        return (!field.contains('"')).then_some(Cow::Borrowed(field));
    };
    let inner = inner.strip_suffix('"')?;
    if !inner.contains('"') {
        return Some(Cow::Borrowed(inner));
    }
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c == '"' {
            // A lone quote inside a quoted field means the field ended early.
            if chars.next() != Some('"') {
                return None;
            }
        }
        out.push(c);
    }
    Some(Cow::Owned(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn shipped_table_parses_cleanly() {
        assert_eq!(vendor_table_skipped_lines(), 0);
        // One line per vendor after the header; 1,643 entries in the 2026-11-22 import.
        let data_lines = VENDOR_CSV.lines().count() - 1;
        assert_eq!(vendor_count(), data_lines);
        assert!(vendor_count() >= 1643, "{}", vendor_count());
    }

    #[test]
    fn known_vendor_ids() {
        // Checked against the source (Wireshark data-bacnet.c, generated from bacnet.org).
        assert_eq!(vendor_name(0), Some("ASHRAE"));
        assert_eq!(vendor_name(1), Some("NIST"));
        assert_eq!(vendor_name(2), Some("The Trane Company"));
        assert_eq!(vendor_name(5), Some("Johnson Controls, Inc."));
        assert_eq!(vendor_name(7), Some("Siemens Schweiz AG"));
        assert_eq!(vendor_name(8), Some("Delta Controls"));
        // 14 is Cimetrics; 15 is Cornell University.
        assert_eq!(vendor_name(14), Some("Cimetrics Technology"));
        assert_eq!(vendor_name(15), Some("Cornell University"));
        assert_eq!(vendor_name(24), Some("Automated Logic Corporation"));
        assert_eq!(vendor_name(36), Some("Tridium Inc."));
        assert_eq!(vendor_name(260), Some("BACnet Stack at SourceForge"));
        assert_eq!(vendor_name(555), Some("Reserved for ASHRAE"));
        assert_eq!(vendor_name(1646), Some("Iviva Pte Ltd"));
    }

    #[test]
    fn non_ascii_names_survive() {
        assert_eq!(
            vendor_name(73),
            Some("ABB Gebäudetechnik AG Bereich NetServ")
        );
        assert_eq!(vendor_name(1588), Some("Karel Čavojsky"));
    }

    #[test]
    fn gaps_and_out_of_range_are_none() {
        // Gaps in the source list, the dash-only entry deliberately dropped, and beyond the end.
        for id in [1395, 1400, 1520, 1618, 1647, u16::MAX] {
            assert_eq!(vendor_name(id), None, "{id}");
        }
    }

    #[test]
    fn ids_strictly_increasing() {
        assert!(TABLE.entries.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn malformed_lines_are_counted_not_fatal() {
        let t = parse_table(
            "id,name\r\n\
             3,Three\r\n\
             x,Not a number\n\
             70000,Too big\n\
             -1,Negative\n\
             +4,Signed\n\
             4\n\
             5,\n\
             6,\"unterminated\n\
             7,bare \"quote\n\
             8,\"lone \" quote\"\n\
             9,\"say \"\"hi\"\", inc.\"\n\
             3,Duplicate\n\
             \n\
             1,One\n",
        );
        assert_eq!(
            t.entries,
            vec![
                (1, Cow::Borrowed("One")),
                (3, Cow::Borrowed("Three")),
                (9, Cow::Owned(String::from("say \"hi\", inc."))),
            ]
        );
        assert_eq!(t.bad_lines, 10);
    }

    #[test]
    fn header_only_counts_when_first() {
        let t = parse_table("1,One\nid,name\n");
        assert_eq!(t.entries.len(), 1);
        assert_eq!(t.bad_lines, 1);
    }

    proptest! {
        // Hostile table text: parsing must not panic and must keep ids sorted and unique.
        #[test]
        fn arbitrary_text_never_panics(s in "(?s)[0-9,\"\r\n a-z\u{feff}]{0,400}|(?s).{0,400}") {
            let leaked: &'static str = Box::leak(s.into_boxed_str());
            let t = parse_table(leaked);
            prop_assert!(t.entries.windows(2).all(|w| w[0].0 < w[1].0));
            prop_assert!(t.entries.len() + t.bad_lines <= leaked.lines().count());
        }

        // Whatever a name contains, quoting it the RFC 4180 way gives it back unchanged.
        #[test]
        fn quoted_names_round_trip(id in any::<u16>(), name in "[^\r\n]{1,40}") {
            prop_assume!(!name.trim().is_empty());
            let line = format!("{id},\"{}\"", name.replace('"', "\"\""));
            let leaked: &'static str = Box::leak(line.into_boxed_str());
            let t = parse_table(leaked);
            prop_assert_eq!(t.bad_lines, 0);
            prop_assert_eq!(t.entries.len(), 1);
            prop_assert_eq!(t.entries[0].0, id);
            prop_assert_eq!(t.entries[0].1.as_ref(), name.as_str());
        }
    }
}
