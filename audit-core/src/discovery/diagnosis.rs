//! "Why nothing was found": a pure function from the facts of a finished job to plain-word
//! explanations with their evidence and next steps. Table-tested; no I/O.

use serde::{Deserialize, Serialize};

use crate::text;
use crate::text::{Arg, Text};

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
    pub multicast_error: Option<Text>,
    pub bacnet_port: u16,
    pub bacnet_port_fallback: bool,
    pub bacnet_broadcast_listener: bool,
    pub bacnet_socket_error: Option<Text>,
    pub knx_socket_error: Option<Text>,
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

/// One cause of "little found": its texts are catalogue messages
/// (`assets/text/<lang>/diagnosis.ftl`), kept as ids with their arguments.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiagnosisItem {
    /// Stable kebab-case code.
    pub code: String,
    pub title: Text,
    pub evidence: Text,
    pub next_steps: Vec<Text>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnosis {
    /// One sentence for the top of the screen.
    pub summary: Text,
    /// Nothing or little was found (the CLI prints the items then).
    pub little_found: bool,
    pub items: Vec<DiagnosisItem>,
}

fn item(code: &str, title: Text, evidence: Text, next_steps: Vec<Text>) -> DiagnosisItem {
    DiagnosisItem {
        code: code.to_owned(),
        title,
        evidence,
        next_steps,
    }
}

pub fn diagnose(f: &JobFacts) -> Diagnosis {
    let mut items = Vec::new();
    let little_found = f.bacnet_devices + f.knx_gateways == 0;

    if let Some(s) = &f.stopped {
        let (title, next) = if s == "cancelled" {
            (
                text!("diagnosis-cancelled"),
                vec![text!("diagnosis-cancelled-step")],
            )
        } else if s == "time-budget-exhausted" {
            (
                text!("diagnosis-time-budget"),
                vec![
                    text!("diagnosis-time-budget-step-raise"),
                    text!("diagnosis-time-budget-step-claims"),
                ],
            )
        } else {
            (
                text!("diagnosis-budget"),
                vec![
                    text!("diagnosis-budget-step-reachable"),
                    text!("diagnosis-budget-step-timeout"),
                ],
            )
        };
        items.push(item(
            "job-stopped",
            title,
            text!(
                "diagnosis-stopped-evidence",
                reason = text!("cli-stop-reason", reason = s),
                sent = f.packets_sent
            ),
            next,
        ));
    }
    if let Some(e) = &f.bacnet_socket_error {
        items.push(item(
            "bacnet-socket",
            text!("diagnosis-bacnet-socket"),
            e.clone(),
            vec![text!("diagnosis-bacnet-socket-step")],
        ));
    }
    if let Some(e) = &f.knx_socket_error {
        items.push(item(
            "knx-socket",
            text!("diagnosis-knx-socket"),
            e.clone(),
            vec![text!("diagnosis-knx-socket-step")],
        ));
    }
    if f.bacnet_enabled && f.wanted_broadcast && !f.has_broadcast {
        let interface = match &f.interface {
            Some(name) => Arg::from(name),
            None => Arg::from(text!("diagnosis-the-chosen-interface")),
        };
        items.push(item(
            "no-broadcast",
            text!("diagnosis-no-broadcast"),
            text!("diagnosis-no-broadcast-evidence", interface = interface),
            vec![
                text!("diagnosis-no-broadcast-step-interface"),
                text!("diagnosis-no-broadcast-step-target"),
            ],
        ));
    }
    if f.knx_enabled && f.wanted_multicast && !f.multicast_sent {
        items.push(item(
            "multicast-unavailable",
            text!("diagnosis-multicast"),
            f.multicast_error
                .clone()
                .unwrap_or_else(|| text!("diagnosis-multicast-evidence")),
            vec![
                text!("diagnosis-multicast-step-interface"),
                text!("diagnosis-multicast-step-target"),
            ],
        ));
    }
    if f.bacnet_port_fallback {
        items.push(item(
            "port-in-use",
            text!("diagnosis-port-in-use"),
            text!(
                "diagnosis-port-in-use-evidence",
                port = f.bacnet_port,
                listener = if f.bacnet_broadcast_listener {
                    "yes"
                } else {
                    "no"
                },
            ),
            vec![
                text!("diagnosis-port-in-use-step-close"),
                text!("diagnosis-port-in-use-step-unicast"),
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
            text!("diagnosis-unexpected-sources"),
            text!(
                "diagnosis-unexpected-sources-evidence",
                sources = list.join(", ")
            ),
            vec![
                text!("diagnosis-unexpected-sources-step-vlan"),
                text!("diagnosis-unexpected-sources-step-nat"),
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
            text!("diagnosis-firewall"),
            text!("diagnosis-firewall-evidence", targets = silent.join(", ")),
            vec![
                text!("diagnosis-firewall-step-laptop"),
                text!("diagnosis-firewall-step-ports"),
                text!("diagnosis-firewall-step-site"),
            ],
        ));
    } else if !silent.is_empty() {
        items.push(item(
            "targets-silent",
            text!("diagnosis-targets-silent"),
            text!(
                "diagnosis-targets-silent-evidence",
                targets = silent.join(", ")
            ),
            vec![text!("diagnosis-targets-silent-step")],
        ));
    }
    if f.routers > 0 && f.routed_devices == 0 && f.remote_networks > 0 {
        items.push(item(
            "devices-behind-router",
            text!("diagnosis-behind-router"),
            text!(
                "diagnosis-behind-router-evidence",
                routers = f.routers,
                networks = f.remote_networks
            ),
            vec![
                text!("diagnosis-behind-router-step-bbmd"),
                text!("diagnosis-behind-router-step-timeout"),
            ],
        ));
    }
    if f.packets_sent > 0 && f.packets_received == 0 && little_found && f.stopped.is_none() {
        items.push(item(
            "no-answer",
            text!("diagnosis-no-answer"),
            text!(
                "diagnosis-no-answer-evidence",
                sent = f.packets_sent,
                scope = &f.scope_label
            ),
            vec![
                text!("diagnosis-no-answer-step-cable"),
                text!("diagnosis-no-answer-step-firewall"),
                text!("diagnosis-no-answer-step-target"),
            ],
        ));
    }
    if f.packets_sent == 0 && f.stopped.is_none() {
        items.push(item(
            "nothing-sent",
            text!("diagnosis-nothing-sent"),
            text!("diagnosis-nothing-sent-evidence"),
            vec![text!("diagnosis-nothing-sent-step")],
        ));
    }

    let titles = || items.iter().map(|i| i.title.clone()).collect::<Vec<_>>();
    let summary = if little_found && items.is_empty() {
        text!("diagnosis-summary-nothing")
    } else if little_found {
        text!("diagnosis-summary-nothing-causes", causes = titles())
    } else if items.is_empty() {
        text!(
            "diagnosis-summary-found",
            devices = f.bacnet_devices,
            gateways = f.knx_gateways
        )
    } else {
        text!(
            "diagnosis-summary-found-notes",
            devices = f.bacnet_devices,
            gateways = f.knx_gateways,
            notes = titles(),
        )
    };
    Diagnosis {
        summary,
        little_found,
        items,
    }
}

#[cfg(test)]
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
        assert!(
            d.summary.to_string().starts_with("Nothing was found"),
            "{}",
            d.summary
        );
        assert!(d.summary.to_string().contains("broadcast"), "{}", d.summary);
        let d = diagnose(&JobFacts {
            bacnet_devices: 4,
            ..base()
        });
        assert!(!d.little_found);
        assert!(d.summary.to_string().contains("4 BACnet"), "{}", d.summary);
    }
}
