//! "Why nothing was found": a pure function from the facts of a finished job to plain-word
//! explanations with their evidence and next steps. Table-tested; no I/O.

use serde::{Deserialize, Serialize};

/// What a job observed about itself (filled by the job, or by hand in tests).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct JobFacts {
    pub scope_label: String,
    pub interface: Option<String>,
    pub bacnet_enabled: bool,
    pub knx_enabled: bool,
    /// The scope allowed local broadcast (an interface with a broadcast address was chosen).
    pub wanted_broadcast: bool,
    pub has_broadcast: bool,
    pub wanted_multicast: bool,
    pub multicast_sent: bool,
    pub multicast_error: Option<String>,
    pub bacnet_port: u16,
    pub bacnet_port_fallback: bool,
    pub bacnet_broadcast_listener: bool,
    pub bacnet_socket_error: Option<String>,
    pub knx_socket_error: Option<String>,
    pub packets_sent: u64,
    pub packets_received: u64,
    pub bacnet_devices: usize,
    pub routed_devices: usize,
    pub routers: usize,
    pub remote_networks: usize,
    pub bbmds: usize,
    pub knx_gateways: usize,
    /// Targets given and whether anything came back from each.
    pub targets: Vec<(String, bool)>,
    /// Sources of answers from outside the scope, with counts.
    pub unexpected_sources: Vec<(String, u64)>,
    pub send_errors: usize,
    /// `cancelled`, `error-budget-exhausted`.
    pub stopped: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiagnosisItem {
    /// Stable kebab-case code.
    pub code: String,
    pub title: String,
    pub evidence: String,
    pub next_steps: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnosis {
    /// One sentence for the top of the screen.
    pub summary: String,
    /// Nothing or little was found (the CLI prints the items then).
    pub little_found: bool,
    pub items: Vec<DiagnosisItem>,
}

fn item(code: &str, title: &str, evidence: String, next: &[&str]) -> DiagnosisItem {
    DiagnosisItem {
        code: code.to_owned(),
        title: title.to_owned(),
        evidence,
        next_steps: next.iter().map(|s| (*s).to_owned()).collect(),
    }
}

pub fn diagnose(f: &JobFacts) -> Diagnosis {
    let mut items = Vec::new();
    let found = f.bacnet_devices + f.knx_gateways + f.routers + f.bbmds;
    let little_found = f.bacnet_devices + f.knx_gateways == 0;

    if let Some(s) = &f.stopped {
        let (title, next): (&str, &[&str]) = if s == "cancelled" {
            (
                "The job was cancelled",
                &["Run discovery again and let it finish."],
            )
        } else {
            (
                "The job stopped after too many unanswered requests",
                &[
                    "Check that the targets are switched on and reachable (ping, cable, VLAN).",
                    "Raise the timeout or the error budget if the network is slow.",
                ],
            )
        };
        items.push(item(
            "job-stopped",
            title,
            format!("stopped: {s}; {} packets sent before that", f.packets_sent),
            next,
        ));
    }
    if let Some(e) = &f.bacnet_socket_error {
        items.push(item(
            "bacnet-socket",
            "BACnet/IP could not be used",
            e.clone(),
            &["Check the address given with --bind, or run with the rights to open UDP sockets."],
        ));
    }
    if let Some(e) = &f.knx_socket_error {
        items.push(item(
            "knx-socket",
            "KNXnet/IP could not be used",
            e.clone(),
            &["Check the address given with --bind."],
        ));
    }
    if f.bacnet_enabled && f.wanted_broadcast && !f.has_broadcast {
        items.push(item(
            "no-broadcast",
            "The interface has no broadcast address",
            format!(
                "{} has no IPv4 broadcast address, so no Who-Is could be broadcast",
                f.interface.as_deref().unwrap_or("the chosen interface")
            ),
            &[
                "Choose the interface that is plugged into the building network (--interface).",
                "Or name the devices directly with --target IP.",
            ],
        ));
    }
    if f.knx_enabled && f.wanted_multicast && !f.multicast_sent {
        items.push(item(
            "multicast-unavailable",
            "The KNX multicast search could not be sent",
            f.multicast_error
                .clone()
                .unwrap_or_else(|| "no search request left this interface".into()),
            &[
                "Choose an interface with multicast enabled.",
                "Or name KNX gateways directly with --target IP:3671.",
            ],
        ));
    }
    if f.bacnet_port_fallback {
        let heard = if f.bacnet_broadcast_listener {
            "broadcast answers are still heard through the broadcast listener"
        } else {
            "answers broadcast to that port are missed"
        };
        items.push(item(
            "port-in-use",
            "The BACnet port was in use by another program",
            format!(
                "UDP {} was taken (YABE, ETS, BAC0 or a BACnet service?); requests were sent from \
                 an ephemeral port and {heard}",
                f.bacnet_port
            ),
            &[
                "Close the other BACnet tool and run discovery again for a complete picture.",
                "Devices that answer by unicast were found all the same.",
            ],
        ));
    }
    if !f.unexpected_sources.is_empty() {
        let list: Vec<String> = f
            .unexpected_sources
            .iter()
            .take(5)
            .map(|(a, n)| format!("{a} ({n})"))
            .collect();
        items.push(item(
            "unexpected-sources",
            "Answers came from addresses outside the chosen network",
            format!("from {}", list.join(", ")),
            &[
                "The laptop may be on another VLAN or subnet than expected: check the interface.",
                "A NAT or a BBMD may be forwarding; for KNX gateways behind NAT use --nat.",
            ],
        ));
    }
    let silent: Vec<&str> = f
        .targets
        .iter()
        .filter(|(_, answered)| !answered)
        .map(|(t, _)| t.as_str())
        .collect();
    if !silent.is_empty() && silent.len() == f.targets.len() {
        items.push(item(
            "firewall-suspected",
            "No target answered at all",
            format!(
                "nothing came back from {}: not even an error, which is what a firewall dropping \
                 UDP looks like",
                silent.join(", ")
            ),
            &[
                "Check the laptop's own firewall for UDP 47808 and 3671 (answers come back to us).",
                "Check that the target addresses and ports are right (BACnet may use 47808-47823).",
                "A site firewall or router between us and the targets may drop UDP: test from the devices' subnet.",
            ],
        ));
    } else if !silent.is_empty() {
        items.push(item(
            "targets-silent",
            "Some targets did not answer",
            format!("no answer from {}", silent.join(", ")),
            &["Check those addresses and ports, and whether the devices are on."],
        ));
    }
    if f.routers > 0 && f.routed_devices == 0 && f.remote_networks > 0 {
        items.push(item(
            "devices-behind-router",
            "Routers answered, but no device behind them",
            format!(
                "{} router(s) announced {} remote network(s); Who-Is sent there got no I-Am",
                f.routers, f.remote_networks
            ),
            &[
                "The remote networks may be other IP subnets joined by BBMDs: give the BBMD or the devices with --target.",
                "MS/TP trunks may be slow or down: raise --timeout.",
            ],
        ));
    }
    if f.packets_sent > 0 && f.packets_received == 0 && little_found && f.stopped.is_none() {
        items.push(item(
            "no-answer",
            "Nothing answered",
            format!(
                "{} packets sent, none received on {}",
                f.packets_sent, f.scope_label
            ),
            &[
                "Check the cable or Wi-Fi and that this interface is on the building network.",
                "Check the laptop's firewall: answers to our requests must be let in.",
                "If the devices are on another subnet, give them with --target.",
            ],
        ));
    }
    if f.packets_sent == 0 && f.stopped.is_none() {
        items.push(item(
            "nothing-sent",
            "Nothing was sent",
            "the scope allowed no broadcast, no multicast and no target".into(),
            &["Choose an interface (--interface), an address (--bind) or targets (--target)."],
        ));
    }

    let summary = if little_found && items.is_empty() {
        "Nothing was found, and nothing points to a cause on our side.".to_owned()
    } else if little_found {
        format!("Nothing was found. Likely causes: {}.", titles(&items))
    } else if items.is_empty() {
        format!(
            "Found {} BACnet device(s) and {} KNX gateway(s).",
            f.bacnet_devices, f.knx_gateways
        )
    } else {
        format!(
            "Found {} BACnet device(s) and {} KNX gateway(s); note: {}.",
            f.bacnet_devices,
            f.knx_gateways,
            titles(&items)
        )
    };
    let _ = found;
    Diagnosis {
        summary,
        little_found,
        items,
    }
}

fn titles(items: &[DiagnosisItem]) -> String {
    items
        .iter()
        .map(|i| {
            // Lower-case the first letter only: "BACnet" and "KNX" keep their capitals.
            let mut c = i.title.chars();
            c.next()
                .map(|f| f.to_lowercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]
mod tests {
    use super::*;

    fn base() -> JobFacts {
        JobFacts {
            scope_label: "interface eth1 (198.18.0.1/24)".into(),
            interface: Some("eth1".into()),
            bacnet_enabled: true,
            knx_enabled: true,
            wanted_broadcast: true,
            has_broadcast: true,
            wanted_multicast: true,
            multicast_sent: true,
            bacnet_port: 47808,
            bacnet_broadcast_listener: true,
            packets_sent: 5,
            packets_received: 3,
            ..JobFacts::default()
        }
    }

    fn codes(d: &Diagnosis) -> Vec<&str> {
        d.items.iter().map(|i| i.code.as_str()).collect()
    }

    /// One row per situation: the facts, and the codes the diagnosis must give.
    #[test]
    fn diagnosis_table() {
        let table: Vec<(&str, JobFacts, Vec<&str>)> = vec![
            (
                "healthy site",
                JobFacts {
                    bacnet_devices: 3,
                    knx_gateways: 1,
                    ..base()
                },
                vec![],
            ),
            (
                "no broadcast",
                JobFacts {
                    has_broadcast: false,
                    packets_received: 0,
                    packets_sent: 2,
                    ..base()
                },
                vec!["no-broadcast", "no-answer"],
            ),
            (
                "multicast failed",
                JobFacts {
                    multicast_sent: false,
                    multicast_error: Some("EADDRNOTAVAIL".into()),
                    ..base()
                },
                vec!["multicast-unavailable"],
            ),
            (
                "port in use, found devices",
                JobFacts {
                    bacnet_port_fallback: true,
                    bacnet_devices: 2,
                    ..base()
                },
                vec!["port-in-use"],
            ),
            (
                "unexpected sources",
                JobFacts {
                    unexpected_sources: vec![("10.9.9.9:47808".into(), 4)],
                    ..base()
                },
                vec!["unexpected-sources"],
            ),
            (
                "firewall",
                JobFacts {
                    wanted_broadcast: false,
                    wanted_multicast: false,
                    targets: vec![("198.18.0.9:47808".into(), false)],
                    packets_received: 0,
                    ..base()
                },
                vec!["firewall-suspected", "no-answer"],
            ),
            (
                "one target silent",
                JobFacts {
                    targets: vec![("a".into(), true), ("b".into(), false)],
                    bacnet_devices: 1,
                    ..base()
                },
                vec!["targets-silent"],
            ),
            (
                "behind router",
                JobFacts {
                    routers: 1,
                    remote_networks: 2,
                    ..base()
                },
                vec!["devices-behind-router"],
            ),
            (
                "routed found",
                JobFacts {
                    routers: 1,
                    remote_networks: 1,
                    routed_devices: 1,
                    bacnet_devices: 1,
                    ..base()
                },
                vec![],
            ),
            (
                "budget",
                JobFacts {
                    stopped: Some("error-budget-exhausted".into()),
                    ..base()
                },
                vec!["job-stopped"],
            ),
            (
                "nothing sent",
                JobFacts {
                    packets_sent: 0,
                    packets_received: 0,
                    wanted_broadcast: false,
                    wanted_multicast: false,
                    ..base()
                },
                vec!["nothing-sent"],
            ),
            (
                "socket error",
                JobFacts {
                    bacnet_socket_error: Some("cannot open".into()),
                    ..base()
                },
                vec!["bacnet-socket"],
            ),
        ];
        for (name, facts, want) in table {
            let d = diagnose(&facts);
            assert_eq!(codes(&d), want, "{name}");
            for i in &d.items {
                assert!(
                    !i.evidence.is_empty() && !i.next_steps.is_empty(),
                    "{name}: {}",
                    i.code
                );
            }
        }
    }

    #[test]
    fn summary_says_nothing_found_with_causes() {
        let d = diagnose(&JobFacts {
            has_broadcast: false,
            ..base()
        });
        assert!(d.little_found);
        assert!(d.summary.starts_with("Nothing was found"), "{}", d.summary);
        assert!(d.summary.contains("broadcast"), "{}", d.summary);
        let d = diagnose(&JobFacts {
            bacnet_devices: 4,
            ..base()
        });
        assert!(!d.little_found);
        assert!(d.summary.contains("4 BACnet"), "{}", d.summary);
    }
}
