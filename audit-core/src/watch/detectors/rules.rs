//! Knowledge rules: what BACnet and KNX semantics say is suspicious, whatever the learned
//! rates. The rule pack is the [`RULES`] table (id, protocol, severity, why, what to do);
//! `docs/DETECTION.md` lists the same table and a test keeps the two in step. The checks below
//! use the model where "new" or "changed" needs a reference (writers, devices, routers,
//! hosts), and otherwise fire on the message alone.

use std::collections::BTreeSet;
use std::net::Ipv4Addr;

use super::ModelIndex;
use crate::findings::Severity;
use crate::text;
use crate::text::Text;
use crate::watch::alert::{DetectorKind, Draft};
use crate::watch::baseline::{MAX_DEVICES, MAX_HOSTS, MAX_ROUTERS, WindowMax, pair};
use crate::watch::keys::{FastMap, FastSet, Recent};
use crate::watch::observation::{
    DeviceAddr, Endpoint, Event, Host, Observation, PointKey, Protocol, UNKNOWN_HOST_WORD, Value,
    ValueRole,
};

/// One knowledge rule. Its words are catalogue messages (`watch-rule-<id>-title`, `-why`,
/// `-action` in `assets/text/en/watch.ftl`).
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub id: &'static str,
    pub protocol: &'static str,
    pub severity: Severity,
    pub title: fn() -> Text,
    /// Why it matters.
    pub why: fn() -> Text,
    /// What to do.
    pub action: fn() -> Text,
}

/// Who-Is from one source in one window above this (or three times the learned maximum) is a
/// flood.
pub const WHO_IS_FLOOD_MIN: u64 = 20;
/// I-Am from everybody in one window above this (or three times the learned maximum, or twice
/// the number of known devices) is a storm.
pub const I_AM_STORM_MIN: u64 = 50;
/// KNX group writes from one source in one window above this (or three times the learned
/// maximum) is a burst.
pub const KNX_WRITE_BURST_MIN: u64 = 30;
/// A_Authorize_Request from one source in one window from this many on is key guessing.
pub const KNX_AUTHORIZE_GUESSING: u64 = 3;

/// The rule pack.
pub const RULES: &[Rule] = &[
    Rule {
        id: "broadcast-source",
        protocol: "bacnet, knx",
        severity: Severity::High,
        title: || text!("watch-rule-broadcast-source-title"),
        why: || text!("watch-rule-broadcast-source-why"),
        action: || text!("watch-rule-broadcast-source-action"),
    },
    Rule {
        id: "device-spoofing",
        protocol: "bacnet",
        severity: Severity::High,
        title: || text!("watch-rule-device-spoofing-title"),
        why: || text!("watch-rule-device-spoofing-why"),
        action: || text!("watch-rule-device-spoofing-action"),
    },
    Rule {
        id: "router-spoofing",
        protocol: "bacnet",
        severity: Severity::High,
        title: || text!("watch-rule-router-spoofing-title"),
        why: || text!("watch-rule-router-spoofing-why"),
        action: || text!("watch-rule-router-spoofing-action"),
    },
    Rule {
        id: "who-is-flood",
        protocol: "bacnet",
        severity: Severity::High,
        title: || text!("watch-rule-who-is-flood-title"),
        why: || text!("watch-rule-who-is-flood-why"),
        action: || text!("watch-rule-who-is-flood-action"),
    },
    Rule {
        id: "i-am-storm",
        protocol: "bacnet",
        severity: Severity::Medium,
        title: || text!("watch-rule-i-am-storm-title"),
        why: || text!("watch-rule-i-am-storm-why"),
        action: || text!("watch-rule-i-am-storm-action"),
    },
    Rule {
        id: "new-writer",
        protocol: "bacnet",
        severity: Severity::High,
        title: || text!("watch-rule-new-writer-title"),
        why: || text!("watch-rule-new-writer-why"),
        action: || text!("watch-rule-new-writer-action"),
    },
    Rule {
        id: "device-control",
        protocol: "bacnet",
        severity: Severity::High,
        title: || text!("watch-rule-device-control-title"),
        why: || text!("watch-rule-device-control-why"),
        action: || text!("watch-rule-device-control-action"),
    },
    Rule {
        id: "bbmd-table-change",
        protocol: "bacnet",
        severity: Severity::High,
        title: || text!("watch-rule-bbmd-table-change-title"),
        why: || text!("watch-rule-bbmd-table-change-why"),
        action: || text!("watch-rule-bbmd-table-change-action"),
    },
    Rule {
        id: "new-foreign-device",
        protocol: "bacnet",
        severity: Severity::Medium,
        title: || text!("watch-rule-new-foreign-device-title"),
        why: || text!("watch-rule-new-foreign-device-why"),
        action: || text!("watch-rule-new-foreign-device-action"),
    },
    Rule {
        id: "new-host",
        protocol: "bacnet, knx",
        severity: Severity::Medium,
        title: || text!("watch-rule-new-host-title"),
        why: || text!("watch-rule-new-host-why"),
        action: || text!("watch-rule-new-host-action"),
    },
    Rule {
        id: "new-conversation",
        protocol: "bacnet",
        severity: Severity::Low,
        title: || text!("watch-rule-new-conversation-title"),
        why: || text!("watch-rule-new-conversation-why"),
        action: || text!("watch-rule-new-conversation-action"),
    },
    Rule {
        id: "knx-new-group-writer",
        protocol: "knx",
        severity: Severity::High,
        title: || text!("watch-rule-knx-new-group-writer-title"),
        why: || text!("watch-rule-knx-new-group-writer-why"),
        action: || text!("watch-rule-knx-new-group-writer-action"),
    },
    Rule {
        id: "knx-write-burst",
        protocol: "knx",
        severity: Severity::Medium,
        title: || text!("watch-rule-knx-write-burst-title"),
        why: || text!("watch-rule-knx-write-burst-why"),
        action: || text!("watch-rule-knx-write-burst-action"),
    },
    Rule {
        id: "knx-authorize",
        protocol: "knx",
        severity: Severity::High,
        title: || text!("watch-rule-knx-authorize-title"),
        why: || text!("watch-rule-knx-authorize-why"),
        action: || text!("watch-rule-knx-authorize-action"),
    },
    Rule {
        id: "knx-tunnel-outside",
        protocol: "knx",
        severity: Severity::High,
        title: || text!("watch-rule-knx-tunnel-outside-title"),
        why: || text!("watch-rule-knx-tunnel-outside-why"),
        action: || text!("watch-rule-knx-tunnel-outside-action"),
    },
    Rule {
        id: "knx-new-tunnel-client",
        protocol: "knx",
        severity: Severity::Medium,
        title: || text!("watch-rule-knx-new-tunnel-client-title"),
        why: || text!("watch-rule-knx-new-tunnel-client-why"),
        action: || text!("watch-rule-knx-new-tunnel-client-action"),
    },
    Rule {
        id: "knx-device-management",
        protocol: "knx",
        severity: Severity::High,
        title: || text!("watch-rule-knx-device-management-title"),
        why: || text!("watch-rule-knx-device-management-why"),
        action: || text!("watch-rule-knx-device-management-action"),
    },
];

/// The rule with this id (ids are the table's; an unknown id is a programming error caught by
/// the tests, and yields the first rule's text rather than a panic).
pub fn rule(id: &str) -> &'static Rule {
    RULES
        .iter()
        .find(|r| r.id == id)
        .or_else(|| RULES.first())
        .unwrap_or(&FALLBACK)
}

const FALLBACK: Rule = Rule {
    id: "unknown",
    protocol: "",
    severity: Severity::Info,
    title: Text::default,
    why: Text::default,
    action: Text::default,
};

/// State the rules keep during one detection run (all maps capped).
#[derive(Debug, Default)]
pub struct Rules {
    who_is: WindowMax,
    i_am: WindowMax,
    knx_writes: WindowMax,
    knx_authorize: WindowMax,
    /// Instances and addresses first seen during detection (not in the model).
    seen_instance: FastMap<u32, DeviceAddr>,
    seen_addr: FastMap<DeviceAddr, u32>,
    seen_routers: FastMap<Endpoint, BTreeSet<u16>>,
    broadcasts: FastSet<Ipv4Addr>,
    /// Whether the model knows a host, and a conversation, for the last few asked (the
    /// model does not change during detection).
    known_hosts: Recent<Host, bool>,
    known_conversations: Recent<(Host, Host), bool>,
}

impl Rules {
    pub fn check(&mut self, idx: &ModelIndex, o: &Observation, out: &mut Vec<Draft>) {
        // Looked up once: both rules below need it, and it lets the broadcast rule skip its
        // own lookups for the senders the learning period already knew (most messages).
        let src_word = o.source.host_word();
        let known_source = match self.known_hosts.get_packed(src_word.into()) {
            Some(known) => known,
            None => {
                let known = idx.hosts.contains(&o.source.host());
                self.known_hosts.put_packed(src_word.into(), known);
                known
            }
        };
        self.broadcast_source(idx, o, known_source, out);
        self.hosts(idx, o, src_word, known_source, out);
        // A gateway's copy of a KNX telegram is the telegram already judged.
        if o.flags.echo {
            return;
        }
        if o.points.iter().any(|p| p.role == ValueRole::Written) {
            self.writes(idx, o, o.sender(), out);
        }
        if matches!(o.event, Event::None) {
            return;
        }
        let sender = o.sender();
        let w = window(idx);
        match &o.event {
            Event::WhoIs => {
                let n = self.who_is.add(sender, o.time_ns, MAX_HOSTS);
                let limit = WHO_IS_FLOOD_MIN.max(3 * idx.bursts.who_is_per_source);
                if n == limit + 1 {
                    out.push(draft(
                        "who-is-flood",
                        sender.to_string(),
                        None,
                        text!(
                            "watch-who-is-flood",
                            sender = sender.to_string(),
                            limit = limit,
                            window = w
                        ),
                        text!("watch-who-is-flood-observed", count = n, window = w),
                        text!(
                            "watch-who-is-flood-normal",
                            max = idx.bursts.who_is_per_source,
                            window = w,
                            period = idx.period_text.clone(),
                            limit = limit
                        ),
                    ));
                }
            }
            Event::IAm { instance, device } => {
                let n = self.i_am.add(Host::Unknown, o.time_ns, 1);
                let limit = I_AM_STORM_MIN
                    .max(3 * idx.bursts.i_am_total)
                    .max(2 * idx.devices.len() as u64);
                if n == limit + 1 {
                    out.push(draft(
                        "i-am-storm",
                        sender.to_string(),
                        None,
                        text!("watch-i-am-storm", limit = limit, window = w),
                        text!(
                            "watch-i-am-storm-observed",
                            count = n,
                            window = w,
                            sender = sender.to_string()
                        ),
                        text!(
                            "watch-i-am-storm-normal",
                            max = idx.bursts.i_am_total,
                            window = w,
                            period = idx.period_text.clone(),
                            devices = idx.devices.len()
                        ),
                    ));
                }
                self.device_spoofing(idx, *instance, *device, out);
            }
            Event::IAmRouter { networks } => self.router_spoofing(idx, o.source, networks, out),
            Event::DeviceCommunicationControl {
                target,
                state,
                duration_min,
                password,
            } => {
                let what = || {
                    let duration = match duration_min {
                        Some(d) => text!("watch-dcc-duration", minutes = *d),
                        None => Text::plain(""),
                    };
                    text!(
                        "watch-dcc",
                        state = state_text(*state),
                        device = idx.device_label(target),
                        duration = duration,
                        password = password_text(*password)
                    )
                };
                out.extend(management(
                    idx,
                    "device-control",
                    sender,
                    o.service,
                    what,
                    Some(target),
                ));
            }
            Event::ReinitializeDevice {
                target,
                state,
                password,
            } => {
                let what = || {
                    text!(
                        "watch-reinitialize",
                        state = state_text(*state),
                        device = idx.device_label(target),
                        password = password_text(*password)
                    )
                };
                out.extend(management(
                    idx,
                    "device-control",
                    sender,
                    o.service,
                    what,
                    Some(target),
                ));
            }
            Event::WriteBdt { entries } => {
                let what = || {
                    text!(
                        "watch-write-bdt",
                        entries = *entries,
                        bbmd = o.destination.to_string()
                    )
                };
                out.extend(management(
                    idx,
                    "bbmd-table-change",
                    sender,
                    o.service,
                    what,
                    None,
                ));
            }
            Event::DeleteFdtEntry { entry } => {
                let what = || {
                    text!(
                        "watch-delete-fdt-entry",
                        entry = entry.to_string(),
                        bbmd = o.destination.to_string()
                    )
                };
                out.extend(management(
                    idx,
                    "bbmd-table-change",
                    sender,
                    o.service,
                    what,
                    None,
                ));
            }
            Event::RegisterForeignDevice { ttl } => {
                if !idx.manages(sender, o.service) {
                    out.push(draft(
                        "new-foreign-device",
                        sender.to_string(),
                        Some(text!("watch-bbmd", bbmd = o.destination.to_string())),
                        text!(
                            "watch-new-foreign-device",
                            sender = sender.to_string(),
                            ttl = *ttl,
                            bbmd = o.destination.to_string(),
                            period = idx.period_text.clone()
                        ),
                        text!("watch-new-foreign-device-observed", ttl = *ttl),
                        text!("watch-new-foreign-device-normal"),
                    ));
                }
            }
            Event::KnxGroupWrite => {
                let n = self.knx_writes.add(sender, o.time_ns, MAX_HOSTS);
                let limit = KNX_WRITE_BURST_MIN.max(3 * idx.bursts.knx_group_writes_per_source);
                if n == limit + 1 {
                    out.push(draft(
                        "knx-write-burst",
                        sender.to_string(),
                        None,
                        text!(
                            "watch-knx-write-burst",
                            sender = sender.to_string(),
                            limit = limit,
                            window = w
                        ),
                        text!("watch-knx-write-burst-observed", count = n, window = w),
                        text!(
                            "watch-knx-write-burst-normal",
                            max = idx.bursts.knx_group_writes_per_source,
                            window = w,
                            period = idx.period_text.clone()
                        ),
                    ));
                }
            }
            Event::KnxAuthorize { key } => {
                let n = self.knx_authorize.add(sender, o.time_ns, MAX_HOSTS);
                let key = format!("{key:#010x}");
                let mut d = draft(
                    "knx-authorize",
                    sender.to_string(),
                    None,
                    text!(
                        "watch-knx-authorize",
                        sender = sender.to_string(),
                        key = key.as_str()
                    ),
                    text!(
                        "watch-knx-authorize-observed",
                        key = key.as_str(),
                        source = o.source.to_string()
                    ),
                    text!("watch-knx-authorize-normal"),
                );
                if n >= KNX_AUTHORIZE_GUESSING {
                    d.severity = Severity::Critical;
                    d.key = format!("{sender}|guessing");
                    d.summary = text!(
                        "watch-knx-key-guessing",
                        sender = sender.to_string(),
                        count = n,
                        window = w
                    );
                }
                out.push(d);
            }
            Event::KnxManagement { target } => {
                if !idx.knx_management.contains(&sender) {
                    let mut d = draft(
                        "knx-device-management",
                        sender.to_string(),
                        Some(text!("watch-knx-device", device = target.to_string())),
                        text!(
                            "watch-knx-management",
                            sender = sender.to_string(),
                            service = o.service,
                            device = target.to_string(),
                            period = idx.period_text.clone()
                        ),
                        text!(
                            "watch-knx-management-observed",
                            service = o.service,
                            device = target.to_string(),
                            source = o.source.to_string()
                        ),
                        text!("watch-knx-management-normal"),
                    );
                    // A restart after a property write is news, not a repeat of it.
                    d.key = format!("{sender}|{target}|{}", o.service);
                    out.push(d);
                }
            }
            Event::KnxConnect {
                control_endpoint,
                tunnel,
            } => self.knx_connect(idx, o, *control_endpoint, *tunnel, out),
            Event::None => {}
        }
    }

    fn broadcast_source(
        &mut self,
        idx: &ModelIndex,
        o: &Observation,
        known_source: bool,
        out: &mut Vec<Draft>,
    ) {
        if o.flags.link_broadcast
            && let Endpoint::Ip(d) = o.destination
            && !d.ip().is_multicast()
            && self.broadcasts.len() < MAX_HOSTS
        {
            self.broadcasts.insert(*d.ip());
        }
        // What the learning period held is normal here, odd as it is (some stacks answer from
        // the broadcast address).
        let ip_reason = match o.source {
            _ if known_source => None,
            Endpoint::Ip(s) => {
                let ip = *s.ip();
                if ip.is_broadcast() {
                    Some(text!("watch-broadcast-source-limited"))
                } else if ip.is_unspecified() {
                    Some(text!("watch-broadcast-source-unspecified"))
                } else if ip.is_multicast() {
                    Some(text!("watch-broadcast-source-multicast"))
                } else if idx.broadcasts.contains(&ip) || self.broadcasts.contains(&ip) {
                    Some(text!("watch-broadcast-source-subnet"))
                } else {
                    None
                }
            }
            _ => None,
        };
        let invalid = o.flags.invalid_network_source
            && !idx.invalid_network_sources.contains(&o.source.host());
        let reason = ip_reason.or_else(|| invalid.then(|| text!("watch-broadcast-source-network")));
        if let Some(reason) = reason {
            out.push(draft(
                "broadcast-source",
                o.source.to_string(),
                None,
                text!(
                    "watch-broadcast-source",
                    service = o.service,
                    source = o.source.to_string(),
                    reason = reason
                ),
                text!(
                    "watch-broadcast-source-observed",
                    service = o.service,
                    source = o.source.to_string()
                ),
                text!("watch-broadcast-source-normal"),
            ));
        }
    }

    fn hosts(
        &mut self,
        idx: &ModelIndex,
        o: &Observation,
        src_word: u64,
        known_source: bool,
        out: &mut Vec<Draft>,
    ) {
        if src_word == UNKNOWN_HOST_WORD {
            return;
        }
        if !known_source {
            let src = o.source.host();
            out.push(draft(
                "new-host",
                src.to_string(),
                None,
                text!(
                    "watch-new-host",
                    host = src.to_string(),
                    protocol = proto(o.protocol),
                    service = o.service,
                    period = idx.period_text.clone()
                ),
                text!(
                    "watch-new-host-observed",
                    service = o.service,
                    source = o.source.to_string()
                ),
                known_hosts(idx),
            ));
            return;
        }
        if !o.flags.request || o.flags.broadcast || o.protocol != Protocol::Bacnet {
            return;
        }
        let dst_word = o.destination.host_word();
        if dst_word == UNKNOWN_HOST_WORD {
            return;
        }
        // A conversation has no direction: the cache key is the two words in order.
        let (lo, hi) = (src_word.min(dst_word), src_word.max(dst_word));
        let key = (u128::from(lo) << 64) | u128::from(hi);
        let known = match self.known_conversations.get_packed(key) {
            Some(known) => known,
            None => {
                let known = idx
                    .conversations
                    .contains(&pair(o.source.host(), o.destination.host()));
                self.known_conversations.put_packed(key, known);
                known
            }
        };
        if known {
            return;
        }
        let (src, dst) = (o.source.host(), o.destination.host());
        out.push(draft(
            "new-conversation",
            src.to_string(),
            Some(Text::plain(dst.to_string())),
            text!(
                "watch-new-conversation",
                host = src.to_string(),
                service = o.service,
                partner = dst.to_string(),
                period = idx.period_text.clone()
            ),
            text!(
                "watch-new-conversation-observed",
                service = o.service,
                source = o.source.to_string(),
                destination = o.destination.to_string()
            ),
            text!(
                "watch-new-conversation-normal",
                conversations = idx.conversations.len()
            ),
        ));
    }

    fn writes(&mut self, idx: &ModelIndex, o: &Observation, sender: Host, out: &mut Vec<Draft>) {
        for pv in o.points.iter().filter(|p| p.role == ValueRole::Written) {
            let model = idx.points.get(&pv.point);
            if model.is_some_and(|m| m.many_writers || m.writers.contains(&sender)) {
                continue;
            }
            // KNX: a device that writes groups of a main group (a push button's switching and
            // dimming groups) writing another group of it is the project's normal; the
            // writer rule judges addresses that never wrote there.
            if let PointKey::Knx { group } = pv.point
                && idx
                    .knx_writer_mains
                    .get(&sender)
                    .is_some_and(|mains| mains & (1 << group.main()) != 0)
            {
                continue;
            }
            let label = idx.point_label(&pv.point);
            let number = match pv.value {
                Value::Number { value, .. } => Some(value),
                Value::Knx(raw) => idx.knx_number(&pv.point, model, raw),
                _ => None,
            };
            let value = match (&pv.value, number) {
                (_, Some(value)) => {
                    let seen = model.is_some_and(|m| {
                        m.values.as_ref().is_some_and(|v| v.contains(&value))
                            || m.min
                                .zip(m.max)
                                .is_some_and(|(a, b)| (a..=b).contains(&value))
                    });
                    let value = idx.value_text(&pv.point, value);
                    if seen {
                        text!("watch-writer-value-seen", value = value)
                    } else {
                        text!("watch-writer-value", value = value)
                    }
                }
                (Value::Text(t), _) => text!("watch-writer-text", text = t.as_str()),
                (Value::Knx(raw), None) => text!("watch-writer-value", value = raw.hex()),
                _ => text!("watch-writer-other"),
            };
            let priority = match pv.priority {
                Some(p) => text!("watch-writer-priority", priority = p),
                None => Text::plain(""),
            };
            let normal = match model {
                Some(m) if m.writes > 0 => text!(
                    "watch-writer-normal",
                    writes = m.writes,
                    period = idx.period_text.clone(),
                    writers = m
                        .writers
                        .iter()
                        .map(Host::to_string)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                Some(_) => text!("watch-writer-normal-read", period = idx.period_text.clone()),
                None => text!(
                    "watch-writer-normal-unseen",
                    period = idx.period_text.clone()
                ),
            };
            let (id, summary) = match pv.point {
                PointKey::Bacnet { .. } => (
                    "new-writer",
                    text!(
                        "watch-new-writer",
                        sender = sender.to_string(),
                        label = label.clone(),
                        value = value.clone(),
                        priority = priority.clone(),
                        normal = normal.clone()
                    ),
                ),
                PointKey::Knx { .. } => (
                    "knx-new-group-writer",
                    text!(
                        "watch-knx-new-group-writer",
                        sender = sender.to_string(),
                        label = label.clone(),
                        value = value.clone(),
                        normal = normal.clone()
                    ),
                ),
            };
            let mut d = draft(
                id,
                sender.to_string(),
                Some(label),
                summary,
                text!(
                    "watch-writer-observed",
                    service = o.service,
                    value = value,
                    priority = priority,
                    source = o.source.to_string()
                ),
                normal,
            );
            d.key = format!("{sender}|{}", pv.point);
            if model.is_none() {
                d.severity = Severity::Medium;
            }
            out.push(d);
        }
    }

    fn device_spoofing(
        &mut self,
        idx: &ModelIndex,
        instance: u32,
        device: DeviceAddr,
        out: &mut Vec<Draft>,
    ) {
        // What the model knows, plus what detection saw first (most I-Am match the model:
        // nothing is copied for them).
        let (learned_addrs, seen_addr) =
            learned_and_seen(&idx.instance_addrs, &self.seen_instance, &instance);
        let addrs = || learned_addrs.iter().chain(seen_addr);
        let (learned_instances, seen_instance) =
            learned_and_seen(&idx.addr_instances, &self.seen_addr, &device);
        let instances = || learned_instances.iter().chain(seen_instance);
        let no_addrs = addrs().next().is_none();
        let no_instances = instances().next().is_none();
        let target = || {
            Some(text!(
                "watch-device-instance",
                instance = instance.to_string()
            ))
        };
        let observed = || {
            text!(
                "watch-device-spoofing-observed",
                instance = instance.to_string(),
                device = device.to_string()
            )
        };
        if !no_addrs && !addrs().any(|a| *a == device) {
            let known = addrs()
                .map(|a| a.to_string())
                .collect::<Vec<_>>()
                .join(", ");
            let mut d = draft(
                "device-spoofing",
                device.to_string(),
                target(),
                text!(
                    "watch-device-spoofing-address",
                    device = device.to_string(),
                    instance = instance.to_string(),
                    known = known.as_str()
                ),
                observed(),
                text!(
                    "watch-device-spoofing-address-normal",
                    instance = instance.to_string(),
                    known = known.as_str()
                ),
            );
            d.key = format!("{instance}|{device}");
            out.push(d);
        } else if !no_instances && !instances().any(|i| *i == instance) {
            let known = instances()
                .map(u32::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            let mut d = draft(
                "device-spoofing",
                device.to_string(),
                target(),
                text!(
                    "watch-device-spoofing-instance",
                    device = device.to_string(),
                    instance = instance.to_string(),
                    known = known.as_str()
                ),
                observed(),
                text!(
                    "watch-device-spoofing-instance-normal",
                    device = device.to_string(),
                    known = known.as_str()
                ),
            );
            d.key = format!("{instance}|{device}");
            out.push(d);
        }
        if no_addrs && self.seen_instance.len() < MAX_DEVICES {
            self.seen_instance.insert(instance, device);
        }
        if no_instances && self.seen_addr.len() < MAX_DEVICES {
            self.seen_addr.insert(device, instance);
        }
    }

    fn router_spoofing(
        &mut self,
        idx: &ModelIndex,
        router: Endpoint,
        networks: &[u16],
        out: &mut Vec<Draft>,
    ) {
        let learned = idx.routers.get(&router);
        for n in networks {
            if learned.is_some_and(|nets| nets.contains(n)) {
                continue;
            }
            let mut others: Vec<Endpoint> = idx
                .network_routers
                .get(n)
                .map(|v| v.iter().copied().filter(|r| *r != router).collect())
                .unwrap_or_default();
            for (r, nets) in &self.seen_routers {
                if *r != router && nets.contains(n) && !others.contains(r) {
                    others.push(*r);
                }
            }
            let network = n.to_string();
            let (summary, normal) = if !others.is_empty() {
                let list = others
                    .iter()
                    .map(Endpoint::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                (
                    text!(
                        "watch-router-spoofing-taken",
                        router = router.to_string(),
                        network = network.as_str(),
                        others = list.as_str()
                    ),
                    text!(
                        "watch-router-spoofing-taken-normal",
                        network = network.as_str(),
                        others = list.as_str()
                    ),
                )
            } else if let Some(nets) = learned {
                (
                    text!(
                        "watch-router-spoofing-grown",
                        router = router.to_string(),
                        network = network.as_str()
                    ),
                    text!(
                        "watch-router-spoofing-grown-normal",
                        router = router.to_string(),
                        networks = list_u16(nets.iter()),
                        period = idx.period_text.clone()
                    ),
                )
            } else {
                (
                    text!(
                        "watch-router-spoofing-new",
                        router = router.to_string(),
                        network = network.as_str()
                    ),
                    if idx.routers.is_empty() {
                        text!(
                            "watch-router-spoofing-no-routers",
                            period = idx.period_text.clone()
                        )
                    } else {
                        text!(
                            "watch-router-spoofing-known-routers",
                            routers = idx
                                .routers
                                .keys()
                                .map(Endpoint::to_string)
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    },
                )
            };
            let mut d = draft(
                "router-spoofing",
                router.to_string(),
                Some(text!("watch-network", network = network.as_str())),
                summary,
                text!(
                    "watch-router-spoofing-observed",
                    networks = list_u16(networks.iter()),
                    router = router.to_string()
                ),
                normal,
            );
            if others.is_empty() {
                d.severity = Severity::Medium;
            }
            d.key = format!("{router}|{n}");
            out.push(d);
        }
        let len = self.seen_routers.len();
        if let Some(set) = self.seen_routers.get_mut(&router) {
            set.extend(networks.iter().take(1024));
        } else if len < MAX_ROUTERS {
            self.seen_routers
                .insert(router, networks.iter().copied().take(1024).collect());
        }
    }

    fn knx_connect(
        &mut self,
        idx: &ModelIndex,
        o: &Observation,
        control: std::net::SocketAddrV4,
        tunnel: bool,
        out: &mut Vec<Draft>,
    ) {
        let client = *control.ip();
        let kind = if tunnel {
            text!("watch-knx-tunnel")
        } else {
            text!("watch-knx-management-connection")
        };
        let outside = match o.destination {
            Endpoint::Ip(g) => !same_24(*g.ip(), client) && !client.is_loopback(),
            _ => false,
        };
        let gateway = o.destination.to_string();
        let target = || Some(text!("watch-knx-gateway", gateway = gateway.as_str()));
        if outside {
            out.push(draft(
                "knx-tunnel-outside",
                client.to_string(),
                target(),
                text!(
                    "watch-knx-tunnel-outside",
                    client = client.to_string(),
                    kind = kind,
                    gateway = gateway.as_str()
                ),
                text!(
                    "watch-knx-tunnel-outside-observed",
                    client = client.to_string(),
                    control = control.to_string()
                ),
                text!("watch-knx-tunnel-outside-normal"),
            ));
        } else if !idx.knx_clients.contains(&Host::Ip(client)) {
            let clients = if idx.knx_clients.is_empty() {
                text!("watch-none")
            } else {
                let mut list: Vec<String> = idx.knx_clients.iter().map(Host::to_string).collect();
                list.sort();
                Text::plain(list.join(", "))
            };
            out.push(draft(
                "knx-new-tunnel-client",
                client.to_string(),
                target(),
                text!(
                    "watch-knx-new-tunnel-client",
                    client = client.to_string(),
                    kind = kind,
                    gateway = gateway.as_str(),
                    period = idx.period_text.clone()
                ),
                text!(
                    "watch-knx-new-tunnel-client-observed",
                    client = client.to_string()
                ),
                text!(
                    "watch-knx-new-tunnel-client-normal",
                    period = idx.period_text.clone(),
                    clients = clients
                ),
            ));
        }
    }
}

/// The hosts of the model, named (the first few).
fn known_hosts(idx: &ModelIndex) -> Text {
    const SHOWN: usize = 8;
    let mut hosts: Vec<&Host> = idx.hosts.iter().collect();
    hosts.sort();
    let list = hosts
        .iter()
        .take(SHOWN)
        .map(|h| h.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    let more = hosts.len().saturating_sub(SHOWN);
    let more = if more > 0 {
        text!("watch-hosts-more", more = more)
    } else {
        Text::plain("")
    };
    text!(
        "watch-known-hosts",
        hosts = hosts.len(),
        period = idx.period_text.clone(),
        list = list,
        more = more
    )
}

fn same_24(a: Ipv4Addr, b: Ipv4Addr) -> bool {
    a.octets().get(..3) == b.octets().get(..3)
}

fn list_u16<'a>(it: impl Iterator<Item = &'a u16>) -> String {
    it.map(u16::to_string).collect::<Vec<_>>().join(", ")
}

fn window(_idx: &ModelIndex) -> i64 {
    crate::watch::baseline::FLOOD_WINDOW_S
}

fn proto(p: Protocol) -> &'static str {
    match p {
        Protocol::Bacnet => "BACnet",
        Protocol::Knx => "KNXnet/IP",
    }
}

/// A DCC or ReinitializeDevice state (a standard name), or "(unknown state)".
fn state_text(state: Option<&'static str>) -> Text {
    match state {
        Some(s) => Text::plain(s),
        None => text!("watch-unknown-state"),
    }
}

fn password_text(password: bool) -> Text {
    if password {
        text!("watch-with-password")
    } else {
        text!("watch-without-password")
    }
}

/// The alert for a management message from a source that never sent it while learning (a
/// source that did is part of the site's normal, e.g. a nightly restart by the BMS); `what`
/// (the message in words) is only written then. The service is part of the subject: a
/// ReinitializeDevice after a DeviceCommunicationControl is news, not a repeat.
fn management(
    idx: &ModelIndex,
    id: &'static str,
    sender: Host,
    service: &str,
    what: impl FnOnce() -> Text,
    target: Option<&DeviceAddr>,
) -> Option<Draft> {
    if idx.manages(sender, service) {
        return None;
    }
    let what = what();
    let mut others: Vec<String> = idx
        .management
        .get(service)
        .into_iter()
        .flat_map(|sources| sources.keys())
        .map(Host::to_string)
        .collect();
    others.sort_unstable();
    let mut d = draft(
        id,
        sender.to_string(),
        target.map(|t| idx.device_label(t)),
        text!(
            "watch-management",
            sender = sender.to_string(),
            what = what.clone()
        ),
        what,
        if others.is_empty() {
            text!(
                "watch-management-normal-unseen",
                service = service,
                period = idx.period_text.clone()
            )
        } else {
            text!(
                "watch-management-normal",
                service = service,
                others = others.join(", "),
                period = idx.period_text.clone()
            )
        },
    );
    d.key = format!(
        "{sender}|{}|{service}",
        target.map(ToString::to_string).unwrap_or_default()
    );
    Some(d)
}

/// What the model learned for `k`, and what detection saw first for it when that is not
/// already among the learned.
fn learned_and_seen<'a, K: Eq + std::hash::Hash, T: PartialEq>(
    learned: &'a FastMap<K, Vec<T>>,
    seen: &'a FastMap<K, T>,
    k: &K,
) -> (&'a [T], Option<&'a T>) {
    let learned = learned.get(k).map_or(&[][..], Vec::as_slice);
    (learned, seen.get(k).filter(|t| !learned.contains(t)))
}

/// A draft with the rule's severity and action; `key` defaults to the source and target.
fn draft(
    id: &'static str,
    source: String,
    target: Option<Text>,
    summary: Text,
    observed: Text,
    normal: Text,
) -> Draft {
    let r = rule(id);
    let key = format!(
        "{source}|{}",
        target.as_ref().map(ToString::to_string).unwrap_or_default()
    );
    Draft {
        detector: DetectorKind::Rule,
        rule: Some(r.id),
        severity: r.severity,
        key,
        source,
        target,
        summary,
        observed,
        normal,
        action: (r.action)(),
        value: None,
    }
}

#[cfg(test)]
mod tests;
