//! BACnet points as an EDE file (Engineering Data Exchange, BACnet Interest Group Europe,
//! layout version 2.3), the list that YABE exports and BMS engineering tools import.
//!
//! What we follow (the layout as YABE and other public EDE writers and readers use it):
//! - header lines `# Engineering-Data-Exchange - B.I.G.-EU`, `PROJECT_NAME;…`,
//!   `VERSION_OF_REFERENCEFILE;1`, `TIMESTAMP_OF_LAST_CHANGE;…`, `AUTHOR_OF_LAST_CHANGE;…`,
//!   `VERSION_OF_LAYOUT;2.3`, then the `#mandatory;…` line and the column-title line;
//! - one row per object, the Device object included, 16 columns separated by `;`, CRLF;
//! - object type and unit as their numbers (ASHRAE 135 enumerations), settable as `Y`/`N`.
//!
//! Only the main `_EDE.csv` file is written: state texts are not read by discovery, so the
//! `state-text-reference` column stays empty and no `_StateTexts.csv` is needed. A text that
//! contains `;`, `"` or a line break is quoted (RFC 4180 with `;`); device text is made visible
//! and never starts a formula ([`super::csv::text_cell`]).

use crate::inventory::Device;
use crate::wire::bacnet::enums::object_type::object_type_by_name;
use crate::wire::bacnet::enums::units::units_by_name;

use super::csv::text_cell;
use super::model::ReportModel;

pub const LAYOUT_VERSION: &str = "2.3";

/// The 16 column titles of layout 2.3, as written in the column-title line.
pub const COLUMNS: [&str; 16] = [
    "# keyname",
    "device obj.-instance",
    "object-name",
    "object-type",
    "object-instance",
    "description",
    "present-value-default",
    "min-present-value",
    "max-present-value",
    "settable",
    "supports COV",
    "hi-limit",
    "low-limit",
    "state-text-reference",
    "unit-code",
    "vendor-specific-address",
];

/// The number of an object type name: a standard name, or `proprietary-object-type-N` /
/// `unknown-N` as discovery writes numbers it has no name for.
pub fn object_type_code(name: &str) -> Option<u16> {
    object_type_by_name(name).or_else(|| trailing_number(name))
}

fn unit_code(name: &str) -> Option<u32> {
    units_by_name(name).or_else(|| trailing_number(name))
}

fn trailing_number<T: std::str::FromStr>(name: &str) -> Option<T> {
    name.rsplit('-').next()?.parse().ok()
}

fn line(out: &mut ::csv::Writer<Vec<u8>>, fields: &[String]) {
    // Writing to a Vec cannot fail.
    let _ = out.write_record(fields);
}

fn scalar(v: Option<&serde_json::Value>) -> String {
    match v {
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(serde_json::Value::Bool(b)) => if *b { "1" } else { "0" }.to_owned(),
        Some(serde_json::Value::String(s)) => text_cell(s),
        _ => String::new(),
    }
}

fn device_rows(d: &Device, out: &mut ::csv::Writer<Vec<u8>>) {
    let inst = d.device_instance.to_string();
    let yn = |b: bool| if b { "Y" } else { "N" }.to_owned();
    line(
        out,
        &[
            format!("{inst}:device:{inst}"),
            inst.clone(),
            d.object_name.as_deref().map(text_cell).unwrap_or_default(),
            "8".into(),
            inst.clone(),
            d.description.as_deref().map(text_cell).unwrap_or_default(),
            String::new(),
            String::new(),
            String::new(),
            "N".into(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ],
    );
    for o in &d.objects {
        if o.object_type == "device" && o.instance == d.device_instance {
            continue;
        }
        let Some(code) = object_type_code(&o.object_type) else {
            continue;
        };
        line(
            out,
            &[
                text_cell(&format!("{inst}:{}:{}", o.object_type, o.instance)),
                inst.clone(),
                o.object_name.as_deref().map(text_cell).unwrap_or_default(),
                code.to_string(),
                o.instance.to_string(),
                String::new(),
                scalar(o.relinquish_default.as_ref()),
                String::new(),
                String::new(),
                yn(o.commandable),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                o.units
                    .as_deref()
                    .and_then(unit_code)
                    .map(|u| u.to_string())
                    .unwrap_or_default(),
                String::new(),
            ],
        );
    }
}

/// The EDE file of every BACnet device in the report.
pub fn render(model: &ReportModel) -> String {
    let mut w = ::csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(::csv::Terminator::CRLF)
        .flexible(true)
        .from_writer(Vec::new());
    let header = [
        ("PROJECT_NAME", text_cell(model.site_name())),
        ("VERSION_OF_REFERENCEFILE", "1".to_owned()),
        (
            "TIMESTAMP_OF_LAST_CHANGE",
            model.audit_date().format("%d. %b %Y").to_string(),
        ),
        (
            "AUTHOR_OF_LAST_CHANGE",
            format!("BAS Audit {}", model.report_tool_version),
        ),
        ("VERSION_OF_LAYOUT", LAYOUT_VERSION.to_owned()),
    ];
    line(
        &mut w,
        &["# Engineering-Data-Exchange - B.I.G.-EU".to_owned()],
    );
    for (k, v) in header {
        line(&mut w, &[k.to_owned(), v]);
    }
    let mandatory: Vec<String> = (0..16)
        .map(|i| if i < 5 { "mandatory" } else { "optional" })
        .enumerate()
        .map(|(i, s)| {
            if i == 0 {
                format!("#{s}")
            } else {
                s.to_owned()
            }
        })
        .collect();
    line(&mut w, &mandatory);
    line(&mut w, &COLUMNS.map(str::to_owned));
    for d in &model.inventory.bacnet.devices {
        device_rows(d, &mut w);
    }
    String::from_utf8_lossy(&w.into_inner().unwrap_or_default()).into_owned()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    #[test]
    fn codes_of_names() {
        assert_eq!(object_type_code("analog-value"), Some(2));
        assert_eq!(object_type_code("proprietary-object-type-300"), Some(300));
        assert_eq!(object_type_code("unknown-77"), Some(77));
        assert_eq!(object_type_code("nonsense"), None);
        assert_eq!(unit_code("degrees-celsius"), Some(62));
    }
}
