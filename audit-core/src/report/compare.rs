//! "Changed since the last visit": this audit against an earlier one of the same site.
//!
//! Findings match by fingerprint ([`super::model::fingerprint`]): new, fixed, still open,
//! severity changed. Devices match by BACnet device instance, KNX gateways by serial number
//! (their address when they gave none). Exposure: the router's public address, its forwards
//! and whether it could be checked, and the traffic light.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::checks::{self, Light, Verdict};
use crate::findings::{Finding, Severity};
use crate::inventory::{Device, Gateway, Inventory};
use crate::inventory::{ExposureReport, PortMapping};
use crate::session::AuditSession;

use super::model::{FindingStatus, ReportFinding};

/// The earlier audit compared with.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PreviousAudit {
    pub id: String,
    pub name: String,
    /// The check run's time, else the last change (RFC 3339).
    pub date: String,
    pub light: Option<Light>,
}

/// A finding of the earlier audit that is gone now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FixedFinding {
    pub fingerprint: String,
    pub check_id: String,
    pub severity: Severity,
    pub target: String,
    pub title: String,
}

/// A finding whose severity differs from the earlier audit's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeverityChange {
    pub fingerprint: String,
    pub title: String,
    pub target: String,
    pub from: Severity,
    pub to: Severity,
}

/// A device or gateway as the comparison names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThingRef {
    /// `bacnet-device` or `knx-gateway`.
    pub kind: String,
    /// Device instance, or the gateway's serial (its address when it gave none).
    pub id: String,
    pub address: String,
    pub name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FirmwareChange {
    pub thing: ThingRef,
    pub from: String,
    pub to: String,
}

/// How the internet exposure changed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExposureChange {
    /// (before, now), when the router's public address differs.
    pub external_ip: Option<(String, String)>,
    /// Active forwards now listed that were not, in words ("UDP 3671 → 198.18.1.10:3671").
    pub forwards_added: Vec<String>,
    pub forwards_removed: Vec<String>,
    /// (before, now), when the router could be checked one time and not the other.
    pub router_checked: Option<(bool, bool)>,
    /// (before, now), when the traffic light changed.
    pub light: Option<(Light, Light)>,
}

impl ExposureChange {
    pub fn is_empty(&self) -> bool {
        self == &ExposureChange::default()
    }
}

/// Everything that changed since the earlier audit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Changes {
    pub previous: PreviousAudit,
    /// Fingerprints of findings that are new.
    pub new: Vec<String>,
    pub fixed: Vec<FixedFinding>,
    /// Fingerprints of findings open then and now with the same severity.
    pub still_open: Vec<String>,
    pub severity_changed: Vec<SeverityChange>,
    pub devices_added: Vec<ThingRef>,
    pub devices_removed: Vec<ThingRef>,
    pub firmware_changed: Vec<FirmwareChange>,
    pub exposure: ExposureChange,
}

/// Compares, and sets every current finding's status. `prev` pairs each earlier finding with
/// its fingerprint.
pub(crate) fn compare(
    now: &AuditSession,
    findings: &mut [ReportFinding],
    previous: &AuditSession,
    prev: &[(String, &Finding)],
    verdict: &Verdict,
) -> Changes {
    let before: BTreeMap<&str, &Finding> = prev.iter().map(|(fp, f)| (fp.as_str(), *f)).collect();
    let mut new = Vec::new();
    let mut still_open = Vec::new();
    let mut severity_changed = Vec::new();
    for f in findings.iter_mut() {
        match before.get(f.fingerprint.as_str()) {
            None => {
                f.status = FindingStatus::New;
                new.push(f.fingerprint.clone());
            }
            Some(p) if p.severity == f.finding.severity => {
                f.status = FindingStatus::StillOpen;
                still_open.push(f.fingerprint.clone());
            }
            Some(p) => {
                f.status = FindingStatus::SeverityChanged;
                f.previous_severity = Some(p.severity);
                severity_changed.push(SeverityChange {
                    fingerprint: f.fingerprint.clone(),
                    title: f.finding.title.to_string(),
                    target: f.finding.target.to_string(),
                    from: p.severity,
                    to: f.finding.severity,
                });
            }
        }
    }
    let current: BTreeSet<&str> = findings.iter().map(|f| f.fingerprint.as_str()).collect();
    let mut seen_fixed = BTreeSet::new();
    let fixed = prev
        .iter()
        .filter(|(fp, _)| !current.contains(fp.as_str()) && seen_fixed.insert(fp.clone()))
        .map(|(fp, f)| FixedFinding {
            fingerprint: fp.clone(),
            check_id: f.check_id.clone(),
            severity: f.severity,
            target: f.target.to_string(),
            title: f.title.to_string(),
        })
        .collect();
    let (devices_added, devices_removed, firmware_changed) =
        things(&now.inventory, &previous.inventory);
    let prev_light = previous.verdict.as_ref().map(|v| v.light);
    Changes {
        previous: PreviousAudit {
            id: previous.id.clone(),
            name: previous.name.clone(),
            date: previous
                .checked
                .unwrap_or(previous.updated)
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            light: prev_light,
        },
        new,
        fixed,
        still_open,
        severity_changed,
        devices_added,
        devices_removed,
        firmware_changed,
        exposure: exposure(
            now.exposure.as_ref(),
            previous.exposure.as_ref(),
            prev_light,
            verdict.light,
        ),
    }
}

fn device_ref(d: &Device) -> ThingRef {
    ThingRef {
        kind: "bacnet-device".into(),
        id: d.device_instance.to_string(),
        address: d.address.clone(),
        name: d.object_name.clone().unwrap_or_default(),
    }
}

fn gateway_ref(g: &Gateway) -> ThingRef {
    ThingRef {
        kind: "knx-gateway".into(),
        id: if g.serial.is_empty() {
            g.address.clone()
        } else {
            g.serial.clone()
        },
        address: g.address.clone(),
        name: g.name.clone(),
    }
}

fn device_firmware(d: &Device) -> String {
    [
        d.firmware_revision.as_deref(),
        d.application_software_version.as_deref(),
    ]
    .iter()
    .flatten()
    .copied()
    .collect::<Vec<_>>()
    .join(" / ")
}

type Things = (Vec<ThingRef>, Vec<ThingRef>, Vec<FirmwareChange>);

fn things(now: &Inventory, before: &Inventory) -> Things {
    let mut added = Vec::new();
    let mut removed = Vec::new();
    let mut firmware = Vec::new();
    let index = |inv: &Inventory| -> BTreeMap<(u8, String), (ThingRef, String)> {
        let mut m = BTreeMap::new();
        for d in &inv.bacnet.devices {
            let r = device_ref(d);
            m.entry((0, r.id.clone()))
                .or_insert((r, device_firmware(d)));
        }
        for g in &inv.knx.gateways {
            let r = gateway_ref(g);
            let fw = g.mask_version.clone().unwrap_or_default();
            m.entry((1, r.id.clone())).or_insert((r, fw));
        }
        m
    };
    let a = index(now);
    let b = index(before);
    for (k, (r, fw)) in &a {
        match b.get(k) {
            None => added.push(r.clone()),
            Some((_, old)) if old != fw && !(old.is_empty() && fw.is_empty()) => {
                firmware.push(FirmwareChange {
                    thing: r.clone(),
                    from: old.clone(),
                    to: fw.clone(),
                })
            }
            Some(_) => {}
        }
    }
    for (k, (r, _)) in &b {
        if !a.contains_key(k) {
            removed.push(r.clone());
        }
    }
    (added, removed, firmware)
}

/// An active forward in words: "UDP 3671 → 198.18.1.10:3671".
pub fn forward_words(m: &PortMapping) -> String {
    format!(
        "{} {} \u{2192} {}:{}",
        m.protocol, m.external_port, m.internal_client, m.internal_port
    )
}

fn forwards(x: Option<&ExposureReport>) -> BTreeSet<String> {
    x.and_then(|x| x.igd.as_ref())
        .map(|i| {
            i.mappings
                .iter()
                .filter(|m| m.enabled)
                .map(forward_words)
                .collect()
        })
        .unwrap_or_default()
}

fn exposure(
    now: Option<&ExposureReport>,
    before: Option<&ExposureReport>,
    prev_light: Option<Light>,
    light: Light,
) -> ExposureChange {
    let ip = |x: Option<&ExposureReport>| x.and_then(|x| x.external_ip).map(|i| i.to_string());
    let (ip_now, ip_before) = (ip(now), ip(before));
    let external_ip = match (&ip_before, &ip_now) {
        (Some(b), Some(n)) if b != n => Some((b.clone(), n.clone())),
        _ => None,
    };
    let (f_now, f_before) = (forwards(now), forwards(before));
    let (c_now, c_before) = (router_checked(now), router_checked(before));
    ExposureChange {
        external_ip,
        forwards_added: f_now.difference(&f_before).cloned().collect(),
        forwards_removed: f_before.difference(&f_now).cloned().collect(),
        router_checked: (c_now != c_before).then_some((c_before, c_now)),
        light: prev_light.filter(|p| *p != light).map(|p| (p, light)),
    }
}

/// The router's forwards were judged (listed in full or proven by a hairpin): the exposure
/// state is anything but undetermined.
fn router_checked(x: Option<&ExposureReport>) -> bool {
    x.is_some()
        && checks::exposure::assess(x, None).state != checks::exposure::ExposureState::Undetermined
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::super::model::{ReportModel, ReportOptions};
    use super::*;
    use crate::findings::{Evidence, Remediation};
    use crate::inventory::IgdReport;
    use crate::session::SessionKind;

    fn f(check_id: &str, severity: Severity, target: &str) -> Finding {
        Finding {
            check_id: check_id.into(),
            severity,
            target: target.into(),
            title: check_id.into(),
            evidence: Evidence::default(),
            remediation: Remediation::default(),
        }
    }

    fn mapping(port: u16, enabled: bool) -> PortMapping {
        PortMapping {
            protocol: "UDP".into(),
            external_port: port,
            internal_client: "198.18.1.10".into(),
            internal_port: port,
            enabled,
            ..Default::default()
        }
    }

    #[test]
    fn findings_new_fixed_open_and_changed() {
        let mut old = AuditSession::new("old", SessionKind::Installer);
        old.findings = vec![
            f("a", Severity::Critical, "router 1.1.1.1"),
            f("b", Severity::Medium, "x"),
            f("c", Severity::Low, "y"),
        ];
        let mut now = AuditSession::new("now", SessionKind::Installer);
        now.findings = vec![
            f("b", Severity::Medium, "x"),
            f("c", Severity::High, "y"),
            f("d", Severity::Info, "z"),
        ];
        let m = ReportModel::from_session(&now, Some(&old), &ReportOptions::default());
        let c = m.changes.as_ref().unwrap();
        assert_eq!(c.fixed.len(), 1);
        assert_eq!(c.fixed[0].check_id, "a");
        assert_eq!(c.new.len(), 1);
        assert_eq!(c.still_open.len(), 1);
        assert_eq!(c.severity_changed.len(), 1);
        assert_eq!(c.severity_changed[0].from, Severity::Low);
        assert_eq!(c.severity_changed[0].to, Severity::High);
        let status = |id: &str| {
            m.findings
                .iter()
                .find(|x| x.finding.check_id == id)
                .map(|x| (x.status, x.previous_severity))
                .unwrap()
        };
        assert_eq!(status("b"), (FindingStatus::StillOpen, None));
        assert_eq!(
            status("c"),
            (FindingStatus::SeverityChanged, Some(Severity::Low))
        );
        assert_eq!(status("d"), (FindingStatus::New, None));
    }

    #[test]
    fn devices_added_removed_and_firmware_changed() {
        let dev = |i: u32, fw: &str| Device {
            device_instance: i,
            address: format!("198.18.1.{i}:47808"),
            firmware_revision: Some(fw.into()),
            ..Default::default()
        };
        let mut before = Inventory::default();
        before.bacnet.devices = vec![dev(1, "1.0"), dev(2, "1.0")];
        before.knx.gateways = vec![Gateway {
            address: "198.18.1.40:3671".into(),
            serial: "00fa:01020304".into(),
            ..Default::default()
        }];
        let mut now = Inventory::default();
        now.bacnet.devices = vec![dev(2, "2.0"), dev(3, "1.0")];
        // Same gateway (same serial) on a new address: not added, not removed.
        now.knx.gateways = vec![Gateway {
            address: "198.18.1.41:3671".into(),
            serial: "00fa:01020304".into(),
            ..Default::default()
        }];
        let (added, removed, fw) = things(&now, &before);
        assert_eq!(
            added.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
            ["3"]
        );
        assert_eq!(
            removed.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(),
            ["1"]
        );
        assert_eq!(fw.len(), 1);
        assert_eq!((fw[0].from.as_str(), fw[0].to.as_str()), ("1.0", "2.0"));
    }

    #[test]
    fn exposure_changes_name_forwards_and_address() {
        let x = |ip: [u8; 4], maps: Vec<PortMapping>| ExposureReport {
            router: Some([198, 18, 0, 1].into()),
            external_ip: Some(ip.into()),
            igd: Some(IgdReport {
                found: true,
                mappings_complete: true,
                mappings: maps,
                ..Default::default()
            }),
            ..Default::default()
        };
        let before = x([85, 1, 2, 3], vec![mapping(3671, true), mapping(80, false)]);
        let now = x([85, 1, 2, 4], vec![mapping(47808, true)]);
        let c = exposure(Some(&now), Some(&before), Some(Light::Red), Light::Amber);
        assert_eq!(
            c.external_ip,
            Some(("85.1.2.3".to_owned(), "85.1.2.4".to_owned()))
        );
        assert_eq!(
            c.forwards_removed,
            vec!["UDP 3671 \u{2192} 198.18.1.10:3671"]
        );
        assert_eq!(
            c.forwards_added,
            vec!["UDP 47808 \u{2192} 198.18.1.10:47808"]
        );
        assert_eq!(c.light, Some((Light::Red, Light::Amber)));
        assert_eq!(c.router_checked, None);
        assert!(exposure(Some(&now), Some(&now), Some(Light::Red), Light::Red).is_empty());
    }
}
