//! What the consent dialog says before each job that sends or listens: the scope, the packet
//! budget, what will be sent, and the opt-ins. The flows ask with these; the dialog only shows.

use std::net::SocketAddrV4;

use audit_core::discovery;
use audit_core::exposure::ExposureOptions;
use audit_core::job::Scope;

use super::consent::{Choice, ConsentDialog, ConsentOption, ConsentRequest};

/// Before a discovery.
pub fn discovery(scope: &Scope, rate: u32) -> ConsentRequest {
    let estimate = discovery::estimate(scope);
    let mut lines = vec![scope.label.clone()];
    if let Some(broadcast) = scope.broadcast.filter(|_| scope.can_broadcast()) {
        lines.push(format!(
            "Broadcast {broadcast}, BACnet/IP UDP port {}",
            scope.bacnet_port
        ));
    }
    if scope.knx && scope.can_multicast() {
        lines.push(format!(
            "Multicast {}:{} (KNXnet/IP)",
            scope.knx_multicast, scope.knx_port
        ));
    }
    for target in &scope.targets {
        lines.push(format!("Target {target}"));
    }
    ConsentRequest {
        title: "Discovery".into(),
        scope: lines,
        packet_budget: format!(
            "{} packets before any device answers, then about {} per BACnet device and {} per \
             KNX gateway found; at most {rate} packets per second, one request at a time per \
             device.",
            estimate.discovery, estimate.per_device, estimate.per_gateway
        ),
        will_send: vec![
            "BACnet Who-Is per network (read-only)".into(),
            "BACnet What-Is-Network-Number and Who-Is-Router-To-Network".into(),
            "BACnet ReadPropertyMultiple / ReadProperty to each device found (reads only, no \
             writes)"
                .into(),
            "BACnet Read-Broadcast-Distribution-Table / Read-Foreign-Device-Table to BBMDs".into(),
            "KNXnet/IP SEARCH (and extended SEARCH) and DESCRIPTION requests".into(),
        ],
    }
}

/// Before the checks: the request and its opt-ins. The installer may switch the router probes
/// off and the internet lookup and the write test on; the homeowner only chooses the internet
/// lookup (router probes always, never the write test).
pub fn checks(
    scope: &Scope,
    rate: u32,
    exposure: &ExposureOptions,
    homeowner: bool,
) -> (ConsentRequest, Vec<ConsentOption>) {
    let estimate = discovery::estimate(scope);
    let router = exposure.router.map_or(
        "the router (this network's default gateway)".to_owned(),
        |r| format!("the router {r}"),
    );
    let internet = ConsentOption {
        choice: Choice::InternetLookup,
        label: "Look up my public address in Shodan InternetDB (needs internet)".into(),
        explanation: format!(
            "Sends your public address to {} to see whether internet scanners have already \
             listed open doors. Off unless you tick it.",
            exposure.internetdb_url
        ),
        default: false,
    };
    if homeowner {
        let request = ConsentRequest {
            title: "Check my home".into(),
            scope: vec![
                "This computer's network connection".into(),
                match exposure.router {
                    Some(r) => format!("Your router ({r}) and devices on this network only"),
                    None => "Your router and devices on this network only".to_owned(),
                },
            ],
            packet_budget: format!(
                "About {} small messages, plus a few for each device that answers; never more \
                 than {rate} per second.",
                estimate.discovery + 6
            ),
            will_send: vec![
                "Ask your router which doors (port forwardings) it opened to the internet".into(),
                "Look for building controllers and KNX gateways on this network (read only)".into(),
                "Nothing is changed on any device or on your router".into(),
            ],
        };
        return (request, vec![internet]);
    }
    let mut request = discovery(scope, rate);
    request.title = "Run checks".into();
    request.scope.push(format!(
        "Router probes go to {router}{}",
        if exposure.hairpin {
            " and to its public address"
        } else {
            ""
        }
    ));
    request.packet_budget = format!(
        "Discovery: {} packets before any device answers, then about {} per BACnet device and \
         {} per KNX gateway. Router: about 6 questions plus one per forwarding rule (at most \
         {}). At most {rate} packets per second.",
        estimate.discovery, estimate.per_device, estimate.per_gateway, exposure.max_mappings
    );
    request.will_send = vec![
        "Discovery (reads only): BACnet Who-Is, network and router queries, ReadProperty \
         (Multiple) to each device found, BBMD table reads; KNXnet/IP SEARCH and DESCRIPTION"
            .into(),
        "Router (reads only): UPnP search and its port-mapping list, NAT-PMP/PCP \
         external-address request; nothing is opened or closed"
            .into(),
        "Only what you tick below: the internet lookup, the write test".into(),
    ];
    let options = vec![
        ConsentOption {
            choice: Choice::RouterProbes,
            label: "Ask the router which ports it forwards".into(),
            explanation: "On: UPnP and NAT-PMP questions to the router, and a knock on its \
                          public address from inside. This is how an open door to the \
                          internet is found."
                .into(),
            default: true,
        },
        internet,
        ConsentOption {
            choice: Choice::WriteTest,
            label: "Write test: write back the same value to a harmless property".into(),
            explanation: "On every BACnet device found: read its Description (or Location), \
                          write the very same value back, read it again. Proves whether anyone \
                          on the network may write. Never a setpoint or output."
                .into(),
            default: false,
        },
    ];
    (request, options)
}

/// The homeowner's dialog in plain words.
pub fn homeowner_plain(dialog: ConsentDialog) -> ConsentDialog {
    dialog.plain(
        "We will ask your router which doors it opened to the internet and look for building \
         controllers on this network. Nothing is changed.",
        "Check now",
    )
}

/// Before live listening: on one address (`bind`, tests), or on the BACnet/IP port and the
/// KNX multicast group of `interface` (the default route's when `None`).
pub fn live_watch(
    seconds: u64,
    bind: Option<SocketAddrV4>,
    bacnet_port: u16,
    interface: Option<&str>,
) -> ConsentRequest {
    ConsentRequest {
        title: "Live listening".into(),
        scope: match bind {
            Some(a) => vec![format!("Listen for {seconds} s on UDP {a} (BACnet/IP)")],
            None => vec![
                format!(
                    "Listen for {seconds} s on UDP port {bacnet_port} (BACnet/IP) and the KNX \
                     multicast group 224.0.23.12:3671"
                ),
                format!(
                    "Multicast joined on interface {}",
                    interface.unwrap_or("of the default route")
                ),
            ],
        },
        packet_budget: "No BACnet or KNX packet is sent. Joining the KNX multicast group makes \
                        the computer send one or two IGMP membership reports."
            .into(),
        will_send: vec!["IGMP membership report for 224.0.23.12 (to the local network)".into()],
    }
}
