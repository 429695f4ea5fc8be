//! The writable-points map, without writing: objects whose standard-required writable
//! properties make them writable, commandable objects and their occupied priority slots, and
//! writes actually seen (learning watch or capture).

use std::collections::BTreeMap;

use serde_json::{Value, json};

use super::common::{device_target, finding, list_words, none, shown};
use super::{CheckInput, ObservedWrite};
use crate::findings::{Finding, Severity};
use crate::inventory::{Device, ObjectInfo};
use crate::text;
use crate::text::Text;

pub const WRITABLE_POINTS: &str = "bacnet.device.writable_points";
pub const WRITES_CONFIRMED: &str = "bacnet.device.writes_confirmed";
pub const LIFE_SAFETY_PRIORITY: &str = "bacnet.object.life_safety_priority";

pub const IDS: &[&str] = &[WRITABLE_POINTS, WRITES_CONFIRMED, LIFE_SAFETY_PRIORITY];

/// Properties the standard requires to be writable ("W" in the object's property table),
/// by object type name (ASHRAE 135 clause 12; bacnet-stack `property_list_writable_member()`,
/// anchors §4.5).
pub const REQUIRED_WRITABLE: &[(&str, &[&str])] = &[
    ("analog-output", &["present-value"]),
    ("binary-output", &["present-value"]),
    ("multi-state-output", &["present-value"]),
    ("binary-lighting-output", &["present-value"]),
    ("lighting-output", &["present-value", "lighting-command"]),
    ("access-door", &["present-value"]),
    ("command", &["present-value"]),
    ("staging", &["present-value"]),
    ("channel", &["present-value"]),
    ("color", &["present-value", "color-command"]),
    ("color-temperature", &["present-value", "color-command"]),
    ("program", &["program-change"]),
    ("life-safety-point", &["mode"]),
    ("life-safety-zone", &["mode"]),
    ("file", &["archive"]),
    ("averaging", &["window-interval", "window-samples"]),
    ("trend-log", &["enable", "record-count"]),
    ("trend-log-multiple", &["enable", "record-count"]),
    ("event-log", &["enable", "record-count"]),
    (
        "load-control",
        &[
            "requested-shed-level",
            "start-time",
            "shed-duration",
            "duty-window",
        ],
    ),
    ("notification-forwarder", &["subscribed-recipients"]),
    ("network-security", &["base-device-security-policy"]),
    ("audit-log", &["enable"]),
];

/// Writable properties of an object: the standard's required ones, plus Present_Value of any
/// commandable object (it has a Priority_Array).
pub fn writable_properties(o: &ObjectInfo) -> Vec<&'static str> {
    let mut props: Vec<&'static str> = REQUIRED_WRITABLE
        .iter()
        .find(|(t, _)| *t == o.object_type)
        .map(|(_, p)| p.to_vec())
        .unwrap_or_default();
    if o.commandable && !props.contains(&"present-value") {
        props.insert(0, "present-value");
    }
    props
}

const WRITE_SERVICES: &[&str] = &["write-property", "write-property-multiple"];

fn object_id(o: &ObjectInfo) -> String {
    format!("{},{}", o.object_type, o.instance)
}

fn object_words(o: &ObjectInfo) -> Text {
    match o.object_name.as_deref().filter(|n| !n.is_empty()) {
        Some(n) => text!(
            "checks-object-named",
            object = object_id(o),
            name = shown(n)
        ),
        None => Text::plain(object_id(o)),
    }
}

fn occupied(o: &ObjectInfo) -> Vec<u8> {
    o.priority_slots
        .iter()
        .flatten()
        .map(|s| s.priority)
        .collect()
}

/// The writes seen to a device (by instance, or by address when the instance is unknown).
fn writes_to<'a>(d: &Device, all: &'a [ObservedWrite]) -> Vec<&'a ObservedWrite> {
    all.iter()
        .filter(|w| match w.device_instance {
            Some(i) => i == d.device_instance,
            None => w.destination == d.address,
        })
        .collect()
}

fn write_facts(w: &ObservedWrite) -> Value {
    json!({
        "source": w.source, "destination": w.destination, "device_instance": w.device_instance,
        "object": w.object, "property": w.property, "acknowledged": w.acknowledged, "count": w.count,
    })
}

fn write_words(w: &ObservedWrite) -> Text {
    text!(
        "checks-write-words",
        object = w.object.as_str(),
        property = w.property.as_str(),
        source = w.source.as_str(),
        count = w.count
    )
}

pub fn check_writable(input: &CheckInput<'_>) -> Vec<Finding> {
    let mut out = Vec::new();
    let devices: &[Device] = input.inventory.map_or(&[], |i| i.bacnet.devices.as_slice());
    for d in devices {
        device(d, input.observed_writes, &mut out);
    }
    // Acknowledged writes to devices discovery did not find still prove something.
    let mut orphans: BTreeMap<(Option<u32>, String), Vec<&ObservedWrite>> = BTreeMap::new();
    for w in input.observed_writes.iter().filter(|w| w.acknowledged) {
        let known = devices.iter().any(|d| match w.device_instance {
            Some(i) => i == d.device_instance,
            None => w.destination == d.address,
        });
        if !known {
            let key = (w.device_instance, w.destination.clone());
            orphans.entry(key).or_default().push(w);
        }
    }
    for ((instance, destination), ws) in orphans {
        let target = match instance {
            Some(i) => text!(
                "checks-target-bacnet-device-at",
                instance = i,
                address = destination.as_str()
            ),
            None => text!(
                "checks-target-bacnet-unknown-at",
                address = destination.as_str()
            ),
        };
        out.push(confirmed(target, &ws, &[], &[]));
    }
    out
}

fn confirmed(
    target: Text,
    acked: &[&ObservedWrite],
    writable: &[Text],
    facts_points: &[Value],
) -> Finding {
    let words: Vec<Text> = acked.iter().map(|w| write_words(w)).collect();
    let mut sources: Vec<&str> = acked.iter().map(|w| w.source.as_str()).collect();
    sources.sort_unstable();
    sources.dedup();
    finding(
        WRITES_CONFIRMED,
        Severity::High,
        target,
        text!("checks-title-writes-confirmed"),
        text!(
            "checks-summary-writes-confirmed",
            writes = list_words(&words, 5),
            writers = sources.join(", "),
            more = if writable.is_empty() {
                none()
            } else {
                text!("checks-writes-confirmed-more", points = writable.len())
            }
        ),
        json!({
            "writes": acked.iter().map(|w| write_facts(w)).collect::<Vec<_>>(),
            "writers": sources,
            "writable_points": facts_points,
        }),
    )
}

fn device(d: &Device, observed: &[ObservedWrite], out: &mut Vec<Finding>) {
    let target = device_target(d);
    let mut points = Vec::new();
    let mut words = Vec::new();
    let mut life_safety: Vec<(Text, Vec<Value>)> = Vec::new();
    for o in &d.objects {
        let props = writable_properties(o);
        if props.is_empty() {
            continue;
        }
        let slots = occupied(o);
        if slots.iter().any(|p| *p <= 2) {
            let held: Vec<Value> = o
                .priority_slots
                .iter()
                .flatten()
                .filter(|s| s.priority <= 2)
                .map(|s| json!({ "priority": s.priority, "value": s.value }))
                .collect();
            life_safety.push((object_words(o), held));
        }
        words.push(text!(
            "checks-writable-point",
            object = object_words(o),
            properties = props.join("/")
        ));
        points.push(json!({
            "object": object_id(o), "name": o.object_name, "properties": props,
            "commandable": o.commandable, "occupied_priorities": slots,
            "relinquish_default": o.relinquish_default,
        }));
    }

    if !life_safety.is_empty() {
        let names: Vec<Text> = life_safety
            .iter()
            .map(|(n, held)| {
                let ps: Vec<String> = held
                    .iter()
                    .map(|h| format!("{} = {}", h["priority"], h["value"]))
                    .collect();
                text!(
                    "checks-life-safety-point",
                    object = n.clone(),
                    slots = ps.join(", ")
                )
            })
            .collect();
        out.push(finding(
            LIFE_SAFETY_PRIORITY,
            Severity::Medium,
            target.clone(),
            text!("checks-title-life-safety"),
            text!(
                "checks-summary-life-safety",
                count = names.len(),
                points = list_words(&names, 4)
            ),
            json!({ "objects": life_safety.iter().map(|(n, h)| json!({ "object": n, "slots": h })).collect::<Vec<_>>() }),
        ));
    }

    let mine = writes_to(d, observed);
    let acked: Vec<&ObservedWrite> = mine.iter().copied().filter(|w| w.acknowledged).collect();
    if !acked.is_empty() {
        out.push(confirmed(target, &acked, &words, &points));
        return;
    }

    let write_service: Vec<&str> = WRITE_SERVICES
        .iter()
        .copied()
        .filter(|s| d.services_supported.iter().any(|x| x == s))
        .collect();
    if write_service.is_empty() || points.is_empty() {
        return;
    }
    let unanswered: Vec<Value> = mine.iter().map(|w| write_facts(w)).collect();
    let seen = if unanswered.is_empty() {
        none()
    } else {
        text!("checks-writable-seen-unanswered", writes = unanswered.len())
    };
    out.push(finding(
        WRITABLE_POINTS,
        Severity::Medium,
        target,
        text!("checks-title-writable-points", points = points.len()),
        text!(
            "checks-summary-writable-points",
            services = write_service.join(" / "),
            count = points.len(),
            points = list_words(&words, 5),
            seen = seen
        ),
        json!({ "services": write_service, "points": points, "writes_seen_unanswered": unanswered }),
    ));
}
