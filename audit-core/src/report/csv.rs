//! CSV exports for spreadsheets: BACnet devices, KNX gateways and findings, one file each
//! (RFC 4180, comma, UTF-8 with a byte-order mark so that spreadsheet programs read the
//! accents right, CRLF line ends).
//!
//! Text cells are made visible ([`super::safe::visible_text`]) and a cell that starts with `=`, `+`,
//! `-`, `@`, a tab or a carriage return gets a leading `'`, so that a device name can never
//! become a spreadsheet formula. Numbers and yes/no columns are written as they are.

use super::model::ReportModel;
use super::safe;

/// The byte-order mark at the start of every file.
pub const BOM: &str = "\u{feff}";

/// (file-name suffix, contents) of every CSV file of one export.
pub fn files(model: &ReportModel) -> Vec<(&'static str, String)> {
    vec![
        ("devices", devices(model)),
        ("gateways", gateways(model)),
        ("findings", findings(model)),
    ]
}

/// A text cell: visible, and never a formula.
pub fn text_cell(s: &str) -> String {
    no_formula(safe::visible_text(s))
}

/// A multi-line text cell (the remediation Markdown): each line made visible, the line breaks
/// kept, `- ` list items as `• ` (a cell starting with `-` would read as a formula).
pub fn lines_cell(s: &str) -> String {
    let text = s
        .lines()
        .map(|l| match l.strip_prefix("- ") {
            Some(item) => format!("\u{2022} {}", safe::visible_text(item)),
            None => safe::visible_text(l),
        })
        .collect::<Vec<_>>()
        .join("\n");
    no_formula(text)
}

fn no_formula(v: String) -> String {
    match v.chars().next() {
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => format!("'{v}"),
        _ => v,
    }
}

fn opt_text(s: Option<&str>) -> String {
    s.map(text_cell).unwrap_or_default()
}

fn opt_num<T: ToString>(n: Option<T>) -> String {
    n.map(|n| n.to_string()).unwrap_or_default()
}

fn opt_bool(b: Option<bool>) -> String {
    b.map(|b| b.to_string()).unwrap_or_default()
}

fn write(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> String {
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // Writing to a Vec cannot fail; a failed row would only be missing, never half-written text.
    let _ = w.write_record(header);
    for r in rows {
        let _ = w.write_record(&r);
    }
    let bytes = w.into_inner().unwrap_or_default();
    format!("{BOM}{}", String::from_utf8_lossy(&bytes))
}

pub const DEVICE_COLUMNS: &[&str] = &[
    "device_instance",
    "object_name",
    "address",
    "network",
    "routed",
    "vendor_id",
    "vendor_name",
    "model_name",
    "firmware_revision",
    "application_software_version",
    "location",
    "description",
    "object_count",
    "flags",
];

pub fn devices(model: &ReportModel) -> String {
    let rows = model.inventory.bacnet.devices.iter().map(|d| {
        vec![
            d.device_instance.to_string(),
            opt_text(d.object_name.as_deref()),
            text_cell(&d.address),
            opt_num(d.network),
            d.routed.to_string(),
            d.vendor_id.to_string(),
            opt_text(d.vendor_name.as_deref()),
            opt_text(d.model_name.as_deref()),
            opt_text(d.firmware_revision.as_deref()),
            opt_text(d.application_software_version.as_deref()),
            opt_text(d.location.as_deref()),
            opt_text(d.description.as_deref()),
            opt_num(d.object_count),
            text_cell(&d.flags.join(" ")),
        ]
    });
    write(DEVICE_COLUMNS, rows)
}

pub const GATEWAY_COLUMNS: &[&str] = &[
    "address",
    "name",
    "individual_address",
    "mac",
    "serial",
    "core_version",
    "service_families",
    "secure_supported",
    "tunnelling_requires_secure",
    "routing_requires_secure",
    "tunnel_slots",
    "tunnel_slots_free",
    "knx_medium",
];

pub fn gateways(model: &ReportModel) -> String {
    let rows = model.inventory.knx.gateways.iter().map(|g| {
        vec![
            text_cell(&g.address),
            text_cell(&g.name),
            text_cell(&g.individual_address),
            text_cell(&g.mac),
            text_cell(&g.serial),
            opt_num(g.core_version),
            text_cell(
                &g.service_families
                    .iter()
                    .map(ToString::to_string)
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            g.secure_supported.to_string(),
            opt_bool(g.tunnelling_requires_secure),
            opt_bool(g.routing_requires_secure),
            g.tunnelling_slots.len().to_string(),
            g.tunnelling_slots
                .iter()
                .filter(|s| s.free)
                .count()
                .to_string(),
            text_cell(&g.knx_medium),
        ]
    });
    write(GATEWAY_COLUMNS, rows)
}

pub const FINDING_COLUMNS: &[&str] = &[
    "fingerprint",
    "severity",
    "check_id",
    "target",
    "title",
    "status",
    "previous_severity",
    "what_was_seen",
    "why_it_matters",
    "installer",
    "homeowner",
    "verify",
];

pub fn findings(model: &ReportModel) -> String {
    let status = |f: &super::model::ReportFinding| {
        serde_json::to_value(f.status)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default()
    };
    let rows = model.findings.iter().map(|f| {
        let r = &f.finding.remediation;
        vec![
            f.fingerprint.clone(),
            f.finding.severity.name().to_owned(),
            text_cell(&f.finding.check_id),
            text_cell(&f.finding.target),
            text_cell(&f.finding.title),
            status(f),
            f.previous_severity
                .map(|s| s.name().to_owned())
                .unwrap_or_default(),
            text_cell(&f.finding.evidence.summary),
            // Remediation texts are multi-line: line breaks kept (quoted by CSV), the rest made
            // visible like any text from a file.
            lines_cell(&r.why),
            lines_cell(&r.installer),
            lines_cell(&r.homeowner),
            lines_cell(&r.verify),
        ]
    });
    write(FINDING_COLUMNS, rows)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn formulas_and_controls_are_neutralised() {
        assert_eq!(text_cell("=cmd|' /C calc'!A0"), "'=cmd|' /C calc'!A0");
        assert_eq!(text_cell("@SUM(1)"), "'@SUM(1)");
        assert_eq!(text_cell("-2"), "'-2");
        assert_eq!(text_cell("AHU\u{1b}[2J"), "AHU\\x1b[2J");
        assert_eq!(text_cell("\tx"), "\\tx", "a tab becomes visible first");
        assert_eq!(text_cell("Küche"), "Küche");
    }

    #[test]
    fn quoting_keeps_commas_quotes_and_newlines_in_one_cell() {
        let s = write(
            &["a", "b"],
            vec![vec!["x, \"y\"".to_owned(), "line1\nline2".to_owned()]].into_iter(),
        );
        assert!(s.starts_with(BOM));
        let mut r = ::csv::Reader::from_reader(s.trim_start_matches(BOM).as_bytes());
        let rec = r.records().next().unwrap().unwrap();
        assert_eq!(&rec[0], "x, \"y\"");
        assert_eq!(&rec[1], "line1\nline2");
    }
}
