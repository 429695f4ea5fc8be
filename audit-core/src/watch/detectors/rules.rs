//! Knowledge rules: what BACnet and KNX semantics say is suspicious, whatever the learned
//! rates. The rule pack is the [`RULES`] table (id, protocol, severity, why, what to do);
//! `docs/DETECTION.md` lists the same table and a test keeps the two in step. The checks below
//! use the model where "new" or "changed" needs a reference (writers, devices, routers,
//! hosts), and otherwise fire on the message alone.

use std::collections::BTreeSet;
use std::net::Ipv4Addr;

use super::ModelIndex;
use crate::findings::Severity;
use crate::watch::alert::{DetectorKind, Draft};
use crate::watch::baseline::{MAX_DEVICES, MAX_HOSTS, MAX_ROUTERS, WindowMax, pair};
use crate::watch::keys::{FastMap, FastSet, Recent};
use crate::watch::observation::{
    DeviceAddr, Endpoint, Event, Host, Observation, PointKey, Protocol, UNKNOWN_HOST_WORD, Value,
    ValueRole,
};

/// One knowledge rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rule {
    pub id: &'static str,
    pub protocol: &'static str,
    pub severity: Severity,
    pub title: &'static str,
    /// Why it matters.
    pub why: &'static str,
    /// What to do.
    pub action: &'static str,
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
        title: "Broadcast address used as a source",
        why: "No station sends from a broadcast, multicast or unspecified address (IP), nor \
              from SNET 0xFFFF or an empty SADR (BACnet network layer): such packets are forged, \
              typically to make devices answer everybody (amplification) or to hide the sender.",
        action: "Find the switch port the packets enter on (mirror port, MAC address table) and \
                 disconnect the sender; filter spoofed sources at the router (BCP 38).",
    },
    Rule {
        id: "device-spoofing",
        protocol: "bacnet",
        severity: Severity::High,
        title: "Device instance at a second address, or an address with a second instance",
        why: "A device instance is unique on a BACnet internetwork. An I-Am that puts a known \
              instance at another address (or a second instance at a known address) either \
              impersonates a device, so that reads and writes go to the attacker, or is a \
              duplicate instance that breaks routing of requests.",
        action: "Compare the MAC address and vendor of both senders with the inventory; if one \
                 is not the installed device, disconnect it. If it is a replacement, relearn.",
    },
    Rule {
        id: "router-spoofing",
        protocol: "bacnet",
        severity: Severity::High,
        title: "Router claiming a network another router serves, or a new or changed router",
        why: "I-Am-Router-To-Network redirects all traffic for the networks it names. A second \
              router for a network, a router never seen, or a router whose network list grows \
              can divert every request to the attacker (man in the middle) or black-hole it.",
        action: "Check the router's address against the installed routers; if it is not one, \
                 disconnect it and restart the workstations' routing (they cache the path).",
    },
    Rule {
        id: "who-is-flood",
        protocol: "bacnet",
        severity: Severity::High,
        title: "Who-Is flood",
        why: "Every device answers a Who-Is. Many Who-Is in seconds load every controller and, \
              with a forged source, reflect a flood of I-Am onto a victim (reflected DDoS).",
        action: "Find the sender (if the source is forged, the switch port it enters on); block \
                 it; rate-limit BACnet broadcasts at BBMDs and routers.",
    },
    Rule {
        id: "i-am-storm",
        protocol: "bacnet",
        severity: Severity::Medium,
        title: "I-Am storm",
        why: "Far more I-Am in seconds than the building ever sends: the echo of a Who-Is \
              flood or a misbehaving device, either of which slows the whole network.",
        action: "Look for the Who-Is that caused it (who-is-flood alert) or the device that \
                 repeats itself; fix or disconnect it.",
    },
    Rule {
        id: "new-writer",
        protocol: "bacnet",
        severity: Severity::High,
        title: "Write from a source never seen writing that object",
        why: "Who writes which point is stable in a building: the operator workstation and \
              the controllers' own peer writes. A WriteProperty from anybody else changes the \
              building even when the value looks normal (Fauri et al.'s Tampering1).",
        action: "Ask whether the writer is a tool somebody installed. If not, restore the value \
                 and relinquish its priority, and restrict writes (BACnet firewall, passwords).",
    },
    Rule {
        id: "device-control",
        protocol: "bacnet",
        severity: Severity::High,
        title: "DeviceCommunicationControl or ReinitializeDevice",
        why: "These silence a device (it stops answering and reporting) or restart it. Needed \
              for maintenance, rare otherwise, and a classic denial of service.",
        action: "Confirm with the integrator that maintenance is going on; if not, check the \
                 device answers again, change its password, and find the sender.",
    },
    Rule {
        id: "bbmd-table-change",
        protocol: "bacnet",
        severity: Severity::High,
        title: "Write-BDT or Delete-FDT-Entry",
        why: "Changing a BBMD's broadcast distribution table or deleting foreign devices \
              reroutes or cuts the broadcasts of whole sites.",
        action: "Read the BDT of every BBMD back (bas-audit check) and compare it with the \
                 design; restrict BBMD management to the integrator's address.",
    },
    Rule {
        id: "new-foreign-device",
        protocol: "bacnet",
        severity: Severity::Medium,
        title: "Foreign-device registration from a new address",
        why: "A registered foreign device receives every broadcast of the site and can send \
              its own: the usual way in from outside.",
        action: "Check who owns the address; if nobody should, refuse foreign registrations on \
                 the BBMD or limit them to known addresses.",
    },
    Rule {
        id: "new-host",
        protocol: "bacnet, knx",
        severity: Severity::Medium,
        title: "A host never seen speaks BACnet or KNXnet/IP",
        why: "A new laptop, tool or device on the building network: an intruder's first \
              packets look like this (Fauri et al.'s Snooping and Spoofing start here).",
        action: "Identify the host (switch port, MAC vendor, who plugged it in). If it belongs, \
                 relearn so it becomes part of the normal.",
    },
    Rule {
        id: "new-conversation",
        protocol: "bacnet",
        severity: Severity::Low,
        title: "A known host sends requests to a host it never talked to",
        why: "Who talks to whom is stable. A workstation suddenly sending its reads to another \
              address is what a successful router or device spoofing looks like.",
        action: "Check that the new partner is a real device of the building; look for \
                 device-spoofing or router-spoofing alerts just before.",
    },
    Rule {
        id: "knx-new-group-writer",
        protocol: "knx",
        severity: Severity::High,
        title: "KNX group address written by a new individual address",
        why: "Which device (push button, presence detector, visualisation) writes which group \
              address is fixed by the ETS project. A new writer switches lights, blinds or \
              heating from outside the project.",
        action: "Look up the individual address in the ETS project; if it is not there, find \
                 the tunnel or router it came through and close it (KNX Secure, firewall).",
    },
    Rule {
        id: "knx-write-burst",
        protocol: "knx",
        severity: Severity::Medium,
        title: "Burst of KNX group writes",
        why: "Far more group writes in seconds than normal floods the line (KNX TP carries \
              about 50 telegrams/s) and can toggle loads fast enough to damage them.",
        action: "Find the sender and stop it; check loads that were switched.",
    },
    Rule {
        id: "knx-authorize",
        protocol: "knx",
        severity: Severity::High,
        title: "KNX A_Authorize_Request (key guessing when repeated)",
        why: "Authorize requests unlock device configuration; several in a row is somebody \
              trying keys (KNXmap's brute force).",
        action: "Find the tunnel or router the requests came through and close it; set \
                 non-default keys on the devices.",
    },
    Rule {
        id: "knx-tunnel-outside",
        protocol: "knx",
        severity: Severity::High,
        title: "KNXnet/IP connection from outside the gateway's subnet",
        why: "Tunnels from another network (often the internet, through a port forward) give \
              full bus access without KNX Secure.",
        action: "Remove the port forward or firewall rule for UDP/TCP 3671; use a VPN and \
                 KNX IP Secure for remote access.",
    },
    Rule {
        id: "knx-new-tunnel-client",
        protocol: "knx",
        severity: Severity::Medium,
        title: "KNXnet/IP connection from a client never seen",
        why: "A new ETS, visualisation or attacker opened a tunnel.",
        action: "Identify the client; if it should not have bus access, require KNX Secure \
                 tunnelling or restrict the gateway to known clients.",
    },
    Rule {
        id: "knx-device-management",
        protocol: "knx",
        severity: Severity::High,
        title: "KNX device management from a source never seen doing it",
        why: "Memory, property, key or individual-address writes and restarts reprogram \
              devices; outside commissioning only ETS should send them.",
        action: "Confirm commissioning is going on; otherwise find the sender, and download \
                 the ETS project to the affected devices again.",
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
    title: "",
    why: "",
    action: "",
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
        if o.points.iter().any(|p| p.role == ValueRole::Written) {
            self.writes(idx, o, o.sender(), out);
        }
        if matches!(o.event, Event::None) {
            return;
        }
        let sender = o.sender();
        match &o.event {
            Event::WhoIs => {
                let n = self.who_is.add(sender, o.time_ns, MAX_HOSTS);
                let limit = WHO_IS_FLOOD_MIN.max(3 * idx.bursts.who_is_per_source);
                if n == limit + 1 {
                    out.push(draft(
                        "who-is-flood",
                        sender.to_string(),
                        None,
                        format!(
                            "{sender} sent more than {limit} Who-Is within {} s (if {sender} did \
                             not send them, its address was forged so that every device's answer \
                             floods it: a reflection attack)",
                            window(idx)
                        ),
                        format!("{n} Who-Is within {} s", window(idx)),
                        format!(
                            "at most {} per {} s from one source {}; flood threshold {limit}",
                            idx.bursts.who_is_per_source,
                            window(idx),
                            idx.period_text
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
                        format!("more than {limit} I-Am within {} s", window(idx)),
                        format!(
                            "{n} I-Am within {} s, the latest from {sender}",
                            window(idx)
                        ),
                        format!(
                            "at most {} per {} s {} ({} devices known)",
                            idx.bursts.i_am_total,
                            window(idx),
                            idx.period_text,
                            idx.devices.len()
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
                    format!(
                        "DeviceCommunicationControl {} to {}{}{}",
                        state.unwrap_or("(unknown state)"),
                        idx.device_label(target),
                        duration_min.map_or(String::new(), |d| format!(" for {d} min")),
                        if *password {
                            ", with a password"
                        } else {
                            ", without a password"
                        }
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
                    format!(
                        "ReinitializeDevice {} to {}{}",
                        state.unwrap_or("(unknown state)"),
                        idx.device_label(target),
                        if *password {
                            ", with a password"
                        } else {
                            ", without a password"
                        }
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
                    format!(
                        "Write-BDT with {entries} entries sent to the BBMD at {}",
                        o.destination
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
                    format!(
                        "Delete-FDT-Entry for {entry} sent to the BBMD at {}",
                        o.destination
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
                        Some(format!("BBMD {}", o.destination)),
                        format!(
                            "{sender} registered as a foreign device (TTL {ttl} s) with the BBMD \
                             at {}; it never did {}",
                            o.destination, idx.period_text
                        ),
                        format!("Register-Foreign-Device, TTL {ttl} s"),
                        "foreign-device registrations seen only from the sources in the model"
                            .to_owned(),
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
                        format!(
                            "{sender} sent more than {limit} group writes within {} s",
                            window(idx)
                        ),
                        format!("{n} group writes within {} s", window(idx)),
                        format!(
                            "at most {} per {} s from one source {}",
                            idx.bursts.knx_group_writes_per_source,
                            window(idx),
                            idx.period_text
                        ),
                    ));
                }
            }
            Event::KnxAuthorize { key } => {
                let n = self.knx_authorize.add(sender, o.time_ns, MAX_HOSTS);
                let mut d = draft(
                    "knx-authorize",
                    sender.to_string(),
                    None,
                    format!("{sender} sent A_Authorize_Request (key {key:#010x})"),
                    format!("A_Authorize_Request with key {key:#010x} via {}", o.source),
                    "authorize requests are for commissioning only".to_owned(),
                );
                if n >= KNX_AUTHORIZE_GUESSING {
                    d.severity = Severity::Critical;
                    d.key = format!("{sender}|guessing");
                    d.summary = format!(
                        "{sender} tried {n} keys within {} s: somebody is guessing KNX device keys",
                        window(idx)
                    );
                }
                out.push(d);
            }
            Event::KnxManagement { target } => {
                if !idx.knx_management.contains(&sender) {
                    out.push(draft(
                        "knx-device-management",
                        sender.to_string(),
                        Some(format!("KNX device {target}")),
                        format!(
                            "{sender} sent {} to KNX device {target}; it never did device \
                             management {}",
                            o.service, idx.period_text
                        ),
                        format!("{} to {target} via {}", o.service, o.source),
                        "device management only from the sources in the model".to_owned(),
                    ));
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
                    Some("the limited broadcast address 255.255.255.255")
                } else if ip.is_unspecified() {
                    Some("the unspecified address 0.0.0.0")
                } else if ip.is_multicast() {
                    Some("a multicast address")
                } else if idx.broadcasts.contains(&ip) || self.broadcasts.contains(&ip) {
                    Some("an address this network uses as its broadcast address")
                } else {
                    None
                }
            }
            _ => None,
        };
        let invalid = o.flags.invalid_network_source
            && !idx.invalid_network_sources.contains(&o.source.host());
        let reason = ip_reason.or(invalid.then_some(
            "a BACnet network-layer source that cannot be a station (SNET 0xFFFF or empty SADR)",
        ));
        if let Some(reason) = reason {
            out.push(draft(
                "broadcast-source",
                o.source.to_string(),
                None,
                format!("{} sent from {}: {reason}", o.service, o.source),
                format!("{} with source {}", o.service, o.source),
                "stations send from their own unicast address".to_owned(),
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
                format!(
                    "{src} sends {} traffic ({} first); it was never seen {}",
                    proto(o.protocol),
                    o.service,
                    idx.period_text
                ),
                format!("{} from {}", o.service, o.source),
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
            Some(dst.to_string()),
            format!(
                "{src} sends {} to {dst}, a host it never talked to {}",
                o.service, idx.period_text
            ),
            format!("{} from {} to {}", o.service, o.source, o.destination),
            format!("{} conversations known", idx.conversations.len()),
        ));
    }

    fn writes(&mut self, idx: &ModelIndex, o: &Observation, sender: Host, out: &mut Vec<Draft>) {
        for pv in o.points.iter().filter(|p| p.role == ValueRole::Written) {
            let model = idx.points.get(&pv.point);
            if model.is_some_and(|m| m.many_writers || m.writers.contains(&sender)) {
                continue;
            }
            let label = idx.point_label(&pv.point);
            let value = match pv.value {
                Value::Number { value, .. } => {
                    let seen = model.is_some_and(|m| {
                        m.values.as_ref().is_some_and(|v| v.contains(&value))
                            || m.min
                                .zip(m.max)
                                .is_some_and(|(a, b)| (a..=b).contains(&value))
                    });
                    format!(
                        " to {}{}",
                        idx.value_text(&pv.point, value),
                        if seen {
                            " (a value also seen in normal use)"
                        } else {
                            ""
                        }
                    )
                }
                Value::Other => " (relinquish or a constructed value)".to_owned(),
                Value::Text(ref t) => format!(" to \"{t}\""),
            };
            let priority = pv
                .priority
                .map_or(String::new(), |p| format!(" at priority {p}"));
            let normal = match model {
                Some(m) if m.writes > 0 => format!(
                    "written {} times {}, only by {}",
                    m.writes,
                    idx.period_text,
                    m.writers
                        .iter()
                        .map(Host::to_string)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                Some(_) => format!("read but never written {}", idx.period_text),
                None => format!("never seen {}", idx.period_text),
            };
            let (id, target_kind) = match pv.point {
                PointKey::Bacnet { .. } => ("new-writer", "point"),
                PointKey::Knx { .. } => ("knx-new-group-writer", "group"),
            };
            let mut d = draft(
                id,
                sender.to_string(),
                Some(label.clone()),
                format!(
                    "{sender} wrote {label}{value}{priority}; this source never wrote this \
                     {target_kind} before ({normal})"
                ),
                format!("{}{value}{priority} from {}", o.service, o.source),
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
        if !no_addrs && !addrs().any(|a| *a == device) {
            let known = addrs()
                .map(|a| a.to_string())
                .collect::<Vec<_>>()
                .join(", ");
            let mut d = draft(
                "device-spoofing",
                device.to_string(),
                Some(format!("device {instance}")),
                format!(
                    "I-Am from {device} claims device instance {instance}, which answers at \
                     {known}"
                ),
                format!("I-Am device {instance} from {device}"),
                format!("device {instance} answers at {known}"),
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
                Some(format!("device {instance}")),
                format!("{device} announces device instance {instance}, but it is device {known}"),
                format!("I-Am device {instance} from {device}"),
                format!("{device} is device {known}"),
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
            let (summary, normal) = if !others.is_empty() {
                let list = others
                    .iter()
                    .map(Endpoint::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                (
                    format!("{router} claims to route to network {n}, which {list} serves"),
                    format!("network {n} is reached through {list}"),
                )
            } else if let Some(nets) = learned {
                (
                    format!("router {router} now also claims network {n}"),
                    format!(
                        "{router} routed to networks {} {}",
                        list_u16(nets.iter()),
                        idx.period_text
                    ),
                )
            } else {
                (
                    format!("{router}, never seen as a router, claims network {n}"),
                    if idx.routers.is_empty() {
                        format!("no router announced itself {}", idx.period_text)
                    } else {
                        format!(
                            "known routers: {}",
                            idx.routers
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
                Some(format!("network {n}")),
                summary,
                format!(
                    "I-Am-Router-To-Network {} from {router}",
                    list_u16(networks.iter())
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
            "tunnel"
        } else {
            "management connection"
        };
        let outside = match o.destination {
            Endpoint::Ip(g) => !same_24(*g.ip(), client) && !client.is_loopback(),
            _ => false,
        };
        if outside {
            out.push(draft(
                "knx-tunnel-outside",
                client.to_string(),
                Some(format!("KNXnet/IP gateway {}", o.destination)),
                format!(
                    "{client} opened a KNXnet/IP {kind} to the gateway {} from outside its subnet",
                    o.destination
                ),
                format!("CONNECT_REQUEST from {client} (control endpoint {control})"),
                "clients on the gateway's own /24".to_owned(),
            ));
        } else if !idx.knx_clients.contains(&Host::Ip(client)) {
            out.push(draft(
                "knx-new-tunnel-client",
                client.to_string(),
                Some(format!("KNXnet/IP gateway {}", o.destination)),
                format!(
                    "{client} opened a KNXnet/IP {kind} to {}; it never did {}",
                    o.destination, idx.period_text
                ),
                format!("CONNECT_REQUEST from {client}"),
                format!(
                    "tunnel clients {}: {}",
                    idx.period_text,
                    if idx.knx_clients.is_empty() {
                        "none".to_owned()
                    } else {
                        idx.knx_clients
                            .iter()
                            .map(Host::to_string)
                            .collect::<Vec<_>>()
                            .join(", ")
                    }
                ),
            ));
        }
    }
}

/// The hosts of the model, named (the first few).
fn known_hosts(idx: &ModelIndex) -> String {
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
    format!(
        "{} hosts seen {}: {list}{}",
        hosts.len(),
        idx.period_text,
        if more > 0 {
            format!(" and {more} more")
        } else {
            String::new()
        }
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

/// A management alert, unless this source sent this service while learning (then it is part
/// of the site's normal, e.g. a nightly restart by the BMS).
/// The alert for a management message from a source that never sent it while learning;
/// `what` (the message in words) is only written then.
fn management(
    idx: &ModelIndex,
    id: &'static str,
    sender: Host,
    service: &str,
    what: impl FnOnce() -> String,
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
    Some(draft(
        id,
        sender.to_string(),
        target.map(|t| idx.device_label(t)),
        format!("{sender} sent {what}"),
        what,
        if others.is_empty() {
            format!("{service} was never seen {}", idx.period_text)
        } else {
            format!(
                "{service} came only from {} {}",
                others.join(", "),
                idx.period_text
            )
        },
    ))
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
    target: Option<String>,
    summary: String,
    observed: String,
    normal: String,
) -> Draft {
    let r = rule(id);
    Draft {
        detector: DetectorKind::Rule,
        rule: Some(r.id),
        severity: r.severity,
        key: format!("{source}|{}", target.as_deref().unwrap_or("")),
        source,
        target,
        summary,
        observed,
        normal,
        action: r.action.to_owned(),
    }
}

#[cfg(test)]
mod tests;
