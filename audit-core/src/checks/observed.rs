//! Writes learned by the watch, as [`ObservedWrite`]s for the writable-points check.
//!
//! The baseline keeps, per BACnet point, the hosts that wrote it and how many writes were seen
//! (`PointModel.writers`, `PointModel.writes`). It does not keep whether the device answered
//! with a SimpleACK, the writer's UDP port, or a count per writer; so every write taken from a
//! baseline is `acknowledged = false` (it shows up as "seen", never as "confirmed"), `source`
//! is the writer's address without port, and `count` is the point's total over all writers.

use super::ObservedWrite;
use crate::watch::baseline::Baseline;
use crate::watch::observation::Protocol;

pub fn from_baseline(b: &Baseline) -> Vec<ObservedWrite> {
    let mut out = Vec::new();
    for p in &b.points {
        if p.protocol != Some(Protocol::Bacnet) || p.writers.is_empty() {
            continue;
        }
        let Some(device) = &p.device else { continue };
        for w in &p.writers {
            out.push(ObservedWrite {
                source: w.to_string(),
                destination: device.link.to_string(),
                device_instance: p.device_instance,
                object: p.object.clone().unwrap_or_default(),
                property: p.property.clone().unwrap_or_default(),
                acknowledged: false,
                count: p.writes,
            });
        }
    }
    out
}
