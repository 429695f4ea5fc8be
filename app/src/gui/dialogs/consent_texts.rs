//! What the consent dialog says before each job that sends or listens: the scope, the packet
//! budget, what will be sent, and the opt-ins (words in `assets/text/<lang>/gui-consent.ftl`).
//! The flows ask with these; the dialog only shows.

use std::net::SocketAddrV4;

use audit_core::discovery;
use audit_core::exposure::ExposureOptions;
use audit_core::job::Scope;
use audit_core::text::{Lang, tr};

use super::consent::{Choice, ConsentDialog, ConsentOption, ConsentRequest};

/// Before a discovery.
pub fn discovery(lang: Lang, scope: &Scope, rate: u32) -> ConsentRequest {
    let estimate = discovery::estimate(scope);
    let mut lines = vec![scope.label.clone()];
    if let Some(broadcast) = scope.broadcast.filter(|_| scope.can_broadcast()) {
        lines.push(tr(
            lang,
            "gui-consent-discovery-broadcast",
            &[
                ("broadcast", broadcast.to_string().into()),
                ("port", scope.bacnet_port.into()),
            ],
        ));
    }
    if scope.knx && scope.can_multicast() {
        lines.push(tr(
            lang,
            "gui-consent-discovery-multicast",
            &[
                ("group", scope.knx_multicast.to_string().into()),
                ("port", scope.knx_port.into()),
            ],
        ));
    }
    for target in &scope.targets {
        let target = target.to_string().into();
        lines.push(tr(
            lang,
            "gui-consent-discovery-target",
            &[("target", target)],
        ));
    }
    ConsentRequest {
        title: tr(lang, "gui-consent-discovery-title", &[]),
        scope: lines,
        packet_budget: tr(
            lang,
            "gui-consent-discovery-budget",
            &[
                ("first", estimate.discovery.into()),
                ("per_device", estimate.per_device.into()),
                ("per_gateway", estimate.per_gateway.into()),
                ("rate", rate.into()),
            ],
        ),
        will_send: vec![
            tr(lang, "gui-consent-discovery-who-is", &[]),
            tr(lang, "gui-consent-discovery-network", &[]),
            tr(lang, "gui-consent-discovery-read", &[]),
            tr(lang, "gui-consent-discovery-bbmd", &[]),
            tr(lang, "gui-consent-discovery-knx", &[]),
        ],
    }
}

/// Before the checks: the request and its opt-ins. The installer may switch the router probes
/// off and the internet lookup and the write test on; the homeowner only chooses the internet
/// lookup (router probes always, never the write test). A typed router address is named in the
/// scope; a typed STUN server becomes one more opt-in, off, that names the server and what it
/// learns (`exposure::stun_consent`, the CLI's words).
pub fn checks(
    lang: Lang,
    scope: &Scope,
    rate: u32,
    exposure: &ExposureOptions,
    stun: Option<&str>,
    homeowner: bool,
) -> (ConsentRequest, Vec<ConsentOption>) {
    let (mut request, mut options) =
        checks_without_router_inputs(lang, scope, rate, exposure, homeowner);
    if let Some(ip) = exposure.external_ip {
        request.scope.push(tr(
            lang,
            "gui-router-typed-scope",
            &[("ip", ip.to_string().into())],
        ));
    }
    if let Some(server) = stun {
        let shown = audit_core::exposure::shown_input(server);
        let option = ConsentOption {
            choice: Choice::Stun,
            label: tr(lang, "gui-router-stun-option", &[("server", shown.into())]),
            explanation: audit_core::exposure::stun_consent(server).render(lang),
            default: false,
        };
        // Beside the other question sent to the internet.
        let at = options
            .iter()
            .position(|o| o.choice == Choice::InternetLookup)
            .map_or(options.len(), |i| i + 1);
        options.insert(at, option);
    }
    (request, options)
}

fn checks_without_router_inputs(
    lang: Lang,
    scope: &Scope,
    rate: u32,
    exposure: &ExposureOptions,
    homeowner: bool,
) -> (ConsentRequest, Vec<ConsentOption>) {
    let estimate = discovery::estimate(scope);
    let internet = ConsentOption {
        choice: Choice::InternetLookup,
        label: tr(lang, "gui-consent-internet-option", &[]),
        explanation: tr(
            lang,
            "gui-consent-internet-option-why",
            &[("url", exposure.internetdb_url.to_string().into())],
        ),
        default: false,
    };
    if homeowner {
        let request = ConsentRequest {
            title: tr(lang, "gui-consent-home-title", &[]),
            scope: vec![
                tr(lang, "gui-consent-home-connection", &[]),
                match exposure.router {
                    Some(r) => tr(
                        lang,
                        "gui-consent-home-router-at",
                        &[("router", r.to_string().into())],
                    ),
                    None => tr(lang, "gui-consent-home-router", &[]),
                },
            ],
            packet_budget: tr(
                lang,
                "gui-consent-home-budget",
                &[
                    ("messages", (estimate.discovery + 6).into()),
                    ("rate", rate.into()),
                ],
            ),
            will_send: vec![
                tr(lang, "gui-consent-home-ask-router", &[]),
                tr(lang, "gui-consent-home-look", &[]),
                tr(lang, "gui-consent-home-nothing-changed", &[]),
            ],
        };
        return (request, vec![internet]);
    }
    let router = match exposure.router {
        Some(r) => tr(
            lang,
            "gui-consent-checks-router-at",
            &[("router", r.to_string().into())],
        ),
        None => tr(lang, "gui-consent-checks-router-default", &[]),
    };
    let hairpin = if exposure.hairpin { "yes" } else { "no" };
    let mut request = discovery(lang, scope, rate);
    request.title = tr(lang, "gui-consent-checks-title", &[]);
    request.scope.push(tr(
        lang,
        "gui-consent-checks-router-scope",
        &[("router", router.into()), ("hairpin", hairpin.into())],
    ));
    request.packet_budget = tr(
        lang,
        "gui-consent-checks-budget",
        &[
            ("first", estimate.discovery.into()),
            ("per_device", estimate.per_device.into()),
            ("per_gateway", estimate.per_gateway.into()),
            ("max_mappings", exposure.max_mappings.into()),
            ("rate", rate.into()),
        ],
    );
    request.will_send = vec![
        tr(lang, "gui-consent-checks-discovery", &[]),
        tr(lang, "gui-consent-checks-router", &[]),
        tr(lang, "gui-consent-checks-opt-ins", &[]),
    ];
    let options = vec![
        ConsentOption {
            choice: Choice::RouterProbes,
            label: tr(lang, "gui-consent-router-option", &[]),
            explanation: tr(lang, "gui-consent-router-option-why", &[]),
            default: true,
        },
        internet,
        ConsentOption {
            choice: Choice::WriteTest,
            label: tr(lang, "gui-consent-write-option", &[]),
            explanation: tr(lang, "gui-consent-write-option-why", &[]),
            default: false,
        },
    ];
    (request, options)
}

/// The homeowner's dialog in plain words.
pub fn homeowner_plain(lang: Lang, dialog: ConsentDialog) -> ConsentDialog {
    dialog.plain(
        tr(lang, "gui-consent-home-intro", &[]),
        tr(lang, "gui-consent-home-allow", &[]),
    )
}

/// Before live listening: on one address (`bind`, tests), or on the BACnet/IP port and the
/// KNX multicast group of `interface` (the default route's when `None`).
pub fn live_watch(
    lang: Lang,
    seconds: u64,
    bind: Option<SocketAddrV4>,
    bacnet_port: u16,
    interface: Option<&str>,
) -> ConsentRequest {
    ConsentRequest {
        title: tr(lang, "gui-consent-live-title", &[]),
        scope: match bind {
            Some(a) => vec![tr(
                lang,
                "gui-consent-live-bind",
                &[
                    ("seconds", seconds.into()),
                    ("address", a.to_string().into()),
                ],
            )],
            None => vec![
                tr(
                    lang,
                    "gui-consent-live-ports",
                    &[("seconds", seconds.into()), ("port", bacnet_port.into())],
                ),
                match interface {
                    Some(name) => tr(
                        lang,
                        "gui-consent-live-interface",
                        &[("interface", name.into())],
                    ),
                    None => tr(lang, "gui-consent-live-default-route", &[]),
                },
            ],
        },
        packet_budget: tr(lang, "gui-consent-live-budget", &[]),
        will_send: vec![tr(lang, "gui-consent-live-igmp", &[])],
    }
}
