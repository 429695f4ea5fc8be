//! Older session files brought up to [`FORMAT_VERSION`], in memory: the file on disk is not
//! touched; the next save writes the new format.

use serde::{Deserialize, Serialize};

use super::model::FORMAT_VERSION;
use crate::findings::Finding;
use crate::inventory::Inventory;

/// The inventory of format 1 (devices and gateways by address only). Read only to migrate old
/// files; format 2 stores the full [`crate::inventory::Inventory`].
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct InventoryV1 {
    pub devices: Vec<DeviceRecord>,
    pub gateways: Vec<GatewayRecord>,
}

/// A BACnet device as format 1 stored it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct DeviceRecord {
    pub device_instance: Option<u32>,
    pub address: String,
    pub vendor_id: Option<u16>,
}

/// A KNXnet/IP gateway as format 1 stored it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct GatewayRecord {
    pub address: String,
    pub name: Option<String>,
}

impl InventoryV1 {
    /// The full inventory with what format 1 kept; everything else stays unknown.
    pub fn upgrade(&self) -> Inventory {
        let mut inv = Inventory::default();
        inv.bacnet.devices = self
            .devices
            .iter()
            .map(|d| crate::inventory::Device {
                device_instance: d.device_instance.unwrap_or_default(),
                address: d.address.clone(),
                vendor_id: d.vendor_id.unwrap_or_default(),
                ..Default::default()
            })
            .collect();
        inv.knx.gateways = self
            .gateways
            .iter()
            .map(|g| crate::inventory::Gateway {
                address: g.address.clone(),
                name: g.name.clone().unwrap_or_default(),
                ..Default::default()
            })
            .collect();
        inv
    }
}

/// Brings a session document of an older format up to [`FORMAT_VERSION`], in place. The file
/// on disk is not touched; the next save writes the new format.
pub fn migrate(value: &mut serde_json::Value, from: u32) -> Result<(), String> {
    let Some(doc) = value.as_object_mut() else {
        return Err("not a JSON object".into());
    };
    if from < 2 {
        // Format 1: the minimal inventory becomes the full one; findings were always empty
        // (and untyped): keep those that read as findings.
        if let Some(old) = doc.remove("inventory") {
            let old: InventoryV1 =
                serde_json::from_value(old).map_err(|e| format!("format 1 inventory: {e}"))?;
            let new = serde_json::to_value(old.upgrade())
                .map_err(|e| format!("could not convert the format 1 inventory: {e}"))?;
            doc.insert("inventory".into(), new);
        }
        if let Some(serde_json::Value::Array(items)) = doc.remove("findings") {
            let kept: Vec<serde_json::Value> = items
                .into_iter()
                .filter(|f| serde_json::from_value::<Finding>(f.clone()).is_ok())
                .collect();
            doc.insert("findings".into(), serde_json::Value::Array(kept));
        }
    }
    // 2 -> 3: the same JSON, now read into types: `watch` ({"model","model_origin","alerts"},
    // as the GUI wrote it) and `capture_analyses[].report` (the analyzer's report). Nothing to
    // rewrite; a part that does not read as its type makes the file refused (and untouched),
    // never silently dropped. Verdict and diagnosis sentences stay plain texts.
    doc.insert("format_version".into(), FORMAT_VERSION.into());
    Ok(())
}
