//! Plain text: what the CLI prints (`check`, `discover`, `analyze`, `watch`) and the
//! homeowner's summary the GUI copies for the installer, in the language asked for (every
//! word from the catalogue, `assets/text/<lang>/cli.ftl`). Front ends print or copy these;
//! they do not format results themselves.

use std::fmt::Write as _;
use std::path::Path;

use crate::analyze::AnalysisReport;
use crate::audit::CheckReport;
use crate::checks::{Light, Verdict};
use crate::discovery::DiscoveryResult;
use crate::findings::{Finding, Severity};
use crate::inventory::{Device, Gateway};
use crate::knx_project::DptSource;
use crate::text::{Arg, Lang, locale, safe, safe_lines, tr};
use crate::watch::{Alert, Baseline, DetectReport, WatchStats};

/// The traffic light in one word (`Green`).
pub fn light_word_in(lang: Lang, l: Light) -> String {
    match l {
        Light::Green => tr(lang, "verdict-light-green", &[]),
        Light::Amber => tr(lang, "verdict-light-amber", &[]),
        Light::Red => tr(lang, "verdict-light-red", &[]),
    }
}

/// The verdict's headline, or a plain one for its light while it has none (an old audit).
pub fn headline(lang: Lang, v: &Verdict) -> String {
    let own = v.headline.render(lang);
    if !own.trim().is_empty() {
        return own;
    }
    match v.light {
        Light::Green => tr(lang, "verdict-fallback-green", &[]),
        Light::Amber => tr(lang, "verdict-fallback-amber", &[]),
        Light::Red => tr(lang, "verdict-fallback-red", &[]),
    }
}

/// A severity in one word (`high`).
pub fn severity_word(lang: Lang, s: Severity) -> String {
    match s {
        Severity::Critical => tr(lang, "gui-severity-critical", &[]),
        Severity::High => tr(lang, "gui-severity-high", &[]),
        Severity::Medium => tr(lang, "gui-severity-medium", &[]),
        Severity::Low => tr(lang, "gui-severity-low", &[]),
        Severity::Info => tr(lang, "gui-severity-info", &[]),
    }
}

/// Kept texts in `lang`, joined.
fn joined_in(lang: Lang, items: &[crate::text::Text], separator: &str) -> String {
    items
        .iter()
        .map(|t| t.render(lang))
        .collect::<Vec<_>>()
        .join(separator)
}

/// Items in their text form, joined.
fn joined(items: &[impl ToString], separator: &str) -> String {
    items
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(separator)
}

/// A message without arguments.
fn w(lang: Lang, id: &str) -> String {
    tr(lang, id, &[])
}

/// The labels that start the lines of one block (`Capture   site.pcap`), padded into one
/// column in the block's language: as wide as its widest label plus a space, and at least
/// `min` (the English layout's column), so every language stays aligned.
#[derive(Debug)]
pub struct Column {
    lang: Lang,
    width: usize,
}

impl Column {
    /// The column of a block whose labels, in `lang`, are `labels`.
    pub fn new(lang: Lang, labels: &[String], min: usize) -> Self {
        let widest = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
        Column {
            lang,
            width: (widest + 1).max(min),
        }
    }

    /// At least `n` wide.
    pub fn at_least(self, n: usize) -> Self {
        Column {
            width: self.width.max(n),
            ..self
        }
    }

    /// The label `id`, padded to the column.
    pub fn label(&self, id: &str) -> String {
        self.pad(&w(self.lang, id))
    }

    /// Words that are not ours to translate (`KNXnet/IP`), padded to the column.
    pub fn pad(&self, words: &str) -> String {
        format!("{words:<width$}", width = self.width)
    }
}

// ---- check ----

/// Indents every line of `text` after the first by `indent` spaces.
fn hang(text: &str, indent: usize) -> String {
    let pad = " ".repeat(indent);
    text.trim()
        .lines()
        .enumerate()
        .map(|(i, l)| {
            if i == 0 {
                l.to_owned()
            } else {
                format!("{pad}{l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The column of a block with the exposure lines (`top`: its other labels, in `lang`): the
/// exposure's sub-labels are indented by two.
fn exposure_column(lang: Lang, mut top: Vec<String>) -> Column {
    let sub = [w(lang, "cli-label-proof"), w(lang, "cli-label-do")];
    let sub = Column::new(lang, &sub, 0).width + 2;
    top.push(w(lang, "cli-label-exposure"));
    Column::new(lang, &top, 10).at_least(sub)
}

/// A job's stop reason (`cancelled`) in words.
fn stop_words(lang: Lang, stopped: Option<&str>) -> String {
    stopped
        .map(|reason| {
            let reason = tr(lang, "cli-stop-reason", &[("reason", reason.into())]);
            tr(lang, "cli-stopped", &[("reason", reason.into())])
        })
        .unwrap_or_default()
}

/// The plain-text result: verdict, then findings grouped by severity.
pub fn check(lang: Lang, r: &CheckReport) -> String {
    let mut s = String::new();
    let v = &r.verdict;
    let col = exposure_column(
        lang,
        vec![w(lang, "cli-label-verdict"), w(lang, "cli-label-findings")],
    );
    let _ = writeln!(
        s,
        "\n{}{}{}",
        col.label("cli-label-verdict"),
        light_word_in(lang, v.light).to_uppercase(),
        if v.headline.is_empty() {
            String::new()
        } else {
            format!(": {}", v.headline.render(lang))
        }
    );
    if !v.explanation.is_empty() {
        let _ = writeln!(
            s,
            "{}{}",
            col.pad(""),
            hang(&v.explanation.render(lang), col.width)
        );
    }
    let counts: Vec<String> = r
        .counts()
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(sev, n)| {
            tr(
                lang,
                "gui-checks-severity-count",
                &[
                    ("count", (*n).into()),
                    ("severity", severity_word(lang, *sev).into()),
                ],
            )
        })
        .collect();
    let _ = writeln!(
        s,
        "{}{}",
        col.label("cli-label-findings"),
        if counts.is_empty() {
            w(lang, "cli-findings-none")
        } else {
            counts.join(", ")
        }
    );
    if let Some(a) = &v.exposure {
        s.push_str(&exposure_in(a, &col));
    }
    let finding_labels = [
        w(lang, "cli-label-target"),
        w(lang, "cli-label-seen"),
        w(lang, "cli-label-fix"),
    ];
    let fcol = Column::new(lang, &finding_labels, 8);
    let indent = 4 + fcol.width;
    for sev in Severity::ALL {
        let group: Vec<_> = r.findings.iter().filter(|f| f.severity == sev).collect();
        if group.is_empty() {
            continue;
        }
        let _ = writeln!(
            s,
            "\n{} ({})",
            severity_word(lang, sev).to_uppercase(),
            group.len()
        );
        for f in group {
            let _ = writeln!(s, "  * {}  [{}]", safe(&f.title.render(lang)), f.check_id);
            let _ = writeln!(
                s,
                "    {}{}",
                fcol.label("cli-label-target"),
                safe(&f.target.render(lang))
            );
            if !f.evidence.summary.is_empty() {
                let _ = writeln!(
                    s,
                    "    {}{}",
                    fcol.label("cli-label-seen"),
                    hang(&safe(&f.evidence.summary.render(lang)), indent)
                );
            }
            // The language's own remediation file, else what the check stored (English).
            let fix = super::texts::remediation_of(f, lang).installer;
            if !fix.is_empty() {
                let _ = writeln!(
                    s,
                    "    {}{}",
                    fcol.label("cli-label-fix"),
                    hang(&fix, indent)
                );
            }
        }
    }
    if !v.ask_installer.is_empty() {
        let _ = writeln!(s, "\n{}", w(lang, "cli-ask-installer"));
        for a in &v.ask_installer {
            let _ = writeln!(s, "  - {}", safe(&a.render(lang)));
        }
    }
    if !v.checked.is_empty() {
        let items = joined_in(lang, &v.checked, "; ");
        let _ = writeln!(
            s,
            "\n{}",
            tr(lang, "cli-checked", &[("items", items.into())])
        );
    }
    if !v.not_checked.is_empty() {
        let items = joined_in(lang, &v.not_checked, "; ");
        let _ = writeln!(
            s,
            "{}",
            tr(lang, "cli-not-checked", &[("items", items.into())])
        );
    }
    let d = &r.discovery;
    let totals = tr(
        lang,
        "cli-check-totals",
        &[
            ("devices", r.inventory.bacnet.devices.len().into()),
            ("gateways", r.inventory.knx.gateways.len().into()),
            ("sent", r.packets_sent.into()),
            ("seconds", locale::decimal(lang, r.elapsed_s, 1).into()),
        ],
    );
    let _ = writeln!(s, "\n{totals}{}", stop_words(lang, r.stopped.as_deref()));
    if d.diagnosis.little_found {
        let _ = writeln!(s, "{}", d.diagnosis.summary.render(lang));
    }
    trust_section(lang, &mut s, &r.inventory.trust);
    safe_lines(&s).into_owned()
}

/// The exposure state with its proof and what to do (under the verdict of `check`).
pub fn exposure(lang: Lang, a: &crate::checks::Assessment) -> String {
    exposure_in(a, &exposure_column(lang, Vec::new()))
}

fn exposure_in(a: &crate::checks::Assessment, col: &Column) -> String {
    let lang = col.lang;
    let mut s = String::new();
    let address = a
        .address
        .as_ref()
        .map(|f| {
            format!(
                " ({})",
                crate::checks::exposure::address_words(f).render(lang)
            )
        })
        .unwrap_or_default();
    let _ = writeln!(
        s,
        "{}{}{address}",
        col.label("cli-label-exposure"),
        a.state.words().render(lang)
    );
    let sub = Column {
        lang,
        width: col.width - 2,
    };
    for p in &a.proof {
        let _ = writeln!(
            s,
            "  {}{}",
            sub.label("cli-label-proof"),
            hang(&p.render(lang), col.width)
        );
    }
    for d in &a.what_to_do {
        let _ = writeln!(
            s,
            "  {}{}",
            sub.label("cli-label-do"),
            hang(&d.render(lang), col.width)
        );
    }
    s
}

// ---- discover ----

fn or_dash(s: &Option<String>) -> &str {
    s.as_deref().unwrap_or("-")
}

/// At most `n` characters, so that columns stay aligned.
fn cut(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_owned()
    } else {
        let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
        t.push('…');
        t
    }
}

fn device_line(lang: Lang, d: &Device) -> String {
    let net = match (d.network, d.routed) {
        (Some(n), true) => tr(
            lang,
            "cli-device-routed",
            &[
                ("network", n.to_string().into()),
                ("mac", d.mac.as_deref().unwrap_or("?").into()),
            ],
        ),
        (Some(n), false) => n.to_string(),
        (None, _) => "-".into(),
    };
    let commandable = d.objects.iter().filter(|o| o.commandable).count();
    let objects = match d.object_count {
        Some(n) if commandable > 0 => tr(
            lang,
            "cli-device-objects-commandable",
            &[("count", n.into()), ("commandable", commandable.into())],
        ),
        Some(n) => tr(lang, "cli-device-objects", &[("count", n.into())]),
        None => w(lang, "cli-device-objects-unknown"),
    };
    let vendor = match d.vendor_name.as_deref() {
        Some(v) => safe(v).into_owned(),
        None => w(lang, "cli-device-vendor-unknown"),
    };
    // Names, vendor, model and firmware are the device's words: shown, never interpreted.
    let mut s = format!(
        "  {:<8} {:<22} {} {:<20} {:<28} {:<18} {:<18} {} {:<8} {objects}",
        d.device_instance,
        d.address,
        w(lang, "cli-device-net"),
        net,
        safe(or_dash(&d.object_name)),
        cut(&vendor, 18),
        cut(&safe(or_dash(&d.model_name)), 18),
        w(lang, "cli-device-fw"),
        safe(or_dash(&d.firmware_revision)),
    );
    for p in &d.network_ports {
        if p.network_type == Some(11) {
            let _ = write!(s, "; {}", w(lang, "cli-device-sc-port"));
        }
        if p.bacnet_ip_mode.as_deref() == Some("bbmd") {
            let bbmd = if p.bbmd_accept_fd_registrations == Some(true) {
                w(lang, "cli-device-bbmd-fd")
            } else {
                w(lang, "cli-device-bbmd")
            };
            let _ = write!(s, "; {bbmd}");
        }
    }
    if d.read_method != "read-property-multiple" {
        let _ = write!(
            s,
            "; {}",
            tr(
                lang,
                "cli-device-read-with",
                &[("method", d.read_method.clone().into())]
            )
        );
    }
    for f in &d.flags {
        let _ = write!(s, "; {f}");
    }
    s
}

fn secure_words(lang: Lang, g: &Gateway) -> String {
    if !g.secure_supported {
        return w(lang, "cli-secure-not-supported");
    }
    let req = |service: String, v: Option<bool>| {
        let state = match v {
            Some(true) => "secured",
            Some(false) => "not-secured",
            None => "unknown",
        };
        tr(
            lang,
            "cli-secure-state",
            &[("service", service.into()), ("state", state.into())],
        )
    };
    tr(
        lang,
        "cli-secure-supported",
        &[
            (
                "tunnelling",
                req(
                    w(lang, "cli-service-tunnelling"),
                    g.tunnelling_requires_secure,
                )
                .into(),
            ),
            (
                "routing",
                req(w(lang, "cli-service-routing"), g.routing_requires_secure).into(),
            ),
            (
                "management",
                req(
                    w(lang, "cli-service-management"),
                    g.device_management_requires_secure,
                )
                .into(),
            ),
        ],
    )
}

/// The plain-text result.
pub fn discovery(lang: Lang, r: &DiscoveryResult) -> String {
    let mut s = String::new();
    let b = &r.inventory.bacnet;
    let _ = writeln!(
        s,
        "\n{}",
        tr(
            lang,
            "cli-bacnet-devices",
            &[("count", b.devices.len().into())]
        )
    );
    for d in &b.devices {
        let _ = writeln!(s, "{}", device_line(lang, d));
    }
    if !b.routers.is_empty() {
        let _ = writeln!(
            s,
            "{}",
            tr(
                lang,
                "cli-bacnet-routers",
                &[("count", b.routers.len().into())]
            )
        );
        for rt in &b.routers {
            let nets: Vec<String> = rt.networks.iter().map(u16::to_string).collect();
            let _ = writeln!(
                s,
                "  {:<22} {}{}",
                rt.address,
                tr(
                    lang,
                    "cli-router-networks",
                    &[("networks", nets.join(", ").into())]
                ),
                rt.local_network
                    .map(|n| format!(
                        " {}",
                        tr(lang, "cli-router-local", &[("network", n.into())])
                    ))
                    .unwrap_or_default()
            );
        }
    }
    if !b.bbmds.is_empty() {
        let _ = writeln!(
            s,
            "{}",
            tr(lang, "cli-bbmds", &[("count", b.bbmds.len().into())])
        );
        for m in &b.bbmds {
            let bdt: Vec<&str> = m.bdt.iter().map(|e| e.address.as_str()).collect();
            let fdt = match &m.fdt {
                Some(f) if f.is_empty() => w(lang, "cli-fdt-empty"),
                Some(f) => {
                    let entries = f
                        .iter()
                        .map(|e| {
                            tr(
                                lang,
                                "cli-fdt-entry",
                                &[("address", e.address.clone().into()), ("ttl", e.ttl.into())],
                            )
                        })
                        .collect::<Vec<_>>()
                        .join(", ");
                    tr(lang, "cli-fdt", &[("entries", entries.into())])
                }
                None => format!(
                    "{}{}",
                    w(lang, "cli-fdt-unreadable"),
                    m.read_fdt_refused
                        .as_deref()
                        .map(|c| format!(" ({c})"))
                        .unwrap_or_default()
                ),
            };
            let _ = writeln!(s, "  {:<22} BDT {}; {fdt}", m.address, bdt.join(", "));
        }
    }
    for d in &b.duplicate_instances {
        let _ = writeln!(
            s,
            "  {}",
            tr(
                lang,
                "cli-duplicate-instance",
                &[
                    ("instance", d.device_instance.to_string().into()),
                    ("addresses", d.addresses.join(", ").into()),
                ],
            )
        );
    }
    for a in &b.shared_addresses {
        let inst: Vec<String> = a.device_instances.iter().map(u32::to_string).collect();
        let _ = writeln!(
            s,
            "  {}",
            tr(
                lang,
                "cli-shared-address",
                &[
                    ("address", a.address.clone().into()),
                    ("instances", inst.join(", ").into()),
                ],
            )
        );
    }
    let k = &r.inventory.knx;
    let _ = writeln!(
        s,
        "{}",
        tr(
            lang,
            "cli-knx-gateways",
            &[("count", k.gateways.len().into())]
        )
    );
    for g in &k.gateways {
        let slots = if g.tunnelling_slots.is_empty() {
            String::new()
        } else {
            let free = g.tunnelling_slots.iter().filter(|t| t.free).count();
            format!(
                "; {}",
                tr(
                    lang,
                    "cli-tunnel-slots",
                    &[
                        ("free", free.into()),
                        ("total", g.tunnelling_slots.len().into())
                    ],
                )
            )
        };
        let core = tr(
            lang,
            "cli-gateway-core",
            &[
                (
                    "version",
                    g.core_version.map_or("?".into(), |v| v.to_string()).into(),
                ),
                ("serial", safe(&g.serial).into_owned().into()),
            ],
        );
        let _ = writeln!(
            s,
            "  {:<22} {:<9} {:<30} {core}; {}{slots}",
            g.address,
            g.individual_address,
            format!("\"{}\"", safe(&g.name)),
            secure_words(lang, g)
        );
        if let Some(c) = &g.claimed_control_endpoint {
            let _ = writeln!(
                s,
                "    {}",
                tr(
                    lang,
                    "cli-gateway-claimed-endpoint",
                    &[("address", c.to_string().into())]
                )
            );
        }
        for f in &g.flags {
            let _ = writeln!(s, "    ! {f}");
        }
        for d in &g.disagreements {
            let _ = writeln!(
                s,
                "    {}",
                tr(
                    lang,
                    "cli-gateway-disagree",
                    &[("what", safe(d).into_owned().into())]
                )
            );
        }
    }
    for n in &r.notes {
        let _ = writeln!(
            s,
            "{}",
            tr(
                lang,
                "cli-note",
                &[("message", safe(&n.message.render(lang)).into_owned().into())]
            )
        );
    }
    let totals = tr(
        lang,
        "cli-discovery-totals",
        &[
            ("sent", r.packets_sent.into()),
            ("estimated", r.estimated_packets.into()),
            ("received", r.packets_received.into()),
            ("seconds", locale::decimal(lang, r.elapsed_s, 1).into()),
        ],
    );
    let _ = writeln!(s, "\n{totals}{}", stop_words(lang, r.stopped.as_deref()));
    let _ = writeln!(s, "{}", r.diagnosis.summary.render(lang));
    if r.diagnosis.little_found || !r.diagnosis.items.is_empty() {
        for i in &r.diagnosis.items {
            let seen = tr(
                lang,
                "cli-diagnosis-seen",
                &[(
                    "evidence",
                    safe(&i.evidence.render(lang)).into_owned().into(),
                )],
            );
            let _ = writeln!(s, "\n* {}\n  {seen}", i.title.render(lang));
            for step in &i.next_steps {
                let _ = writeln!(s, "  - {}", step.render(lang));
            }
        }
    }
    trust_section(lang, &mut s, &r.inventory.trust);
    safe_lines(&s).into_owned()
}

/// What was not believed (docs/TRUST.md): claims, limits, identity conflicts, malformed
/// answers per source, refused sends. Nothing when all is plain.
fn trust_section(lang: Lang, s: &mut String, t: &crate::inventory::TrustFacts) {
    if t.is_empty() {
        return;
    }
    let _ = writeln!(s, "\n{}", w(lang, "cli-trust-heading"));
    for l in &t.limits {
        let peer = if l.peer.is_empty() {
            String::new()
        } else {
            format!("{}: ", l.peer)
        };
        let _ = writeln!(
            s,
            "  {}",
            tr(
                lang,
                "cli-trust-limit",
                &[
                    ("limit", l.limit.clone().into()),
                    ("peer", peer.into()),
                    ("claimed", l.claimed.into()),
                    ("allowed", l.allowed.into()),
                    ("skipped", l.skipped.render(lang).into()),
                ],
            )
        );
    }
    for c in &t.claims {
        let verdict = if c.trusted {
            w(lang, "cli-trust-believed")
        } else {
            tr(
                lang,
                "cli-trust-not-believed",
                &[("reason", c.reason.clone().into())],
            )
        };
        let _ = writeln!(
            s,
            "  {}",
            tr(
                lang,
                "cli-trust-claim",
                &[
                    ("from", c.from.clone().into()),
                    ("what", safe(&c.what).into_owned().into()),
                    ("names", c.names.clone().into()),
                    ("kind", c.kind.clone().into()),
                    ("count", c.count.into()),
                    ("verdict", verdict.into()),
                ],
            )
        );
    }
    for c in &t.identity_conflicts {
        let who: Vec<String> = c
            .claimants
            .iter()
            .map(|x| {
                if x.secure_supported {
                    format!("{} {}", x.address, w(lang, "cli-trust-claims-secure"))
                } else {
                    x.address.clone()
                }
            })
            .collect();
        let field = tr(
            lang,
            "cli-identity-field",
            &[("field", c.field.clone().into())],
        );
        let _ = writeln!(
            s,
            "  {}",
            tr(
                lang,
                "cli-trust-identity",
                &[
                    ("field", field.into()),
                    ("value", safe(&c.value).into_owned().into()),
                    ("claimants", who.join(", ").into()),
                ],
            )
        );
    }
    for m in &t.malformed {
        let _ = writeln!(
            s,
            "  {}",
            tr(
                lang,
                "cli-trust-malformed",
                &[
                    ("source", m.source.clone().into()),
                    ("count", m.count.into()),
                    ("protocol", m.protocol.clone().into()),
                    ("reason", m.reason.clone().into()),
                    ("listed", if m.listed { "yes" } else { "no" }.into()),
                ],
            )
        );
    }
    for r in &t.refused_sends {
        let _ = writeln!(
            s,
            "  {}",
            tr(
                lang,
                "cli-trust-refused",
                &[
                    ("destination", r.destination.clone().into()),
                    ("reason", r.reason.clone().into()),
                    ("count", r.count.into()),
                ],
            )
        );
    }
    if t.rows_not_listed > 0 {
        let _ = writeln!(
            s,
            "  {}",
            tr(
                lang,
                "cli-trust-more-rows",
                &[("count", t.rows_not_listed.into())]
            )
        );
    }
}

// ---- analyze ----

/// The plain-text report: header, then per protocol the services by count, malformed reasons,
/// devices or gateways, then what else the capture held.
pub fn analysis(lang: Lang, r: &AnalysisReport) -> String {
    let mut s = String::new();
    // The protocol names start lines of the same block (not translated).
    let labels = [
        w(lang, "cli-label-capture"),
        w(lang, "cli-label-packets"),
        w(lang, "cli-label-time"),
        w(lang, "cli-label-other"),
    ];
    let col = Column::new(lang, &labels, 10).at_least("KNXnet/IP".len() + 1);
    let _ = writeln!(
        s,
        "{}{}",
        col.label("cli-label-capture"),
        tr(
            lang,
            "cli-capture",
            &[
                ("file", r.file.clone().into()),
                ("format", r.format.clone().into()),
                ("bytes", r.bytes_read.into()),
            ],
        )
    );
    let _ = writeln!(s, "{}{}", col.label("cli-label-packets"), r.packets);
    let time = match (&r.first_timestamp, &r.last_timestamp) {
        (Some(a), Some(b)) => tr(
            lang,
            "cli-capture-time",
            &[
                ("first", a.clone().into()),
                ("last", b.clone().into()),
                ("seconds", locale::decimal(lang, r.duration_s, 1).into()),
            ],
        ),
        _ => w(lang, "cli-capture-no-time"),
    };
    let _ = writeln!(s, "{}{time}", col.label("cli-label-time"));
    if r.cancelled {
        let _ = writeln!(s, "{}", w(lang, "cli-capture-cancelled"));
    }
    let messages = |n: u64, bad: u64| {
        tr(
            lang,
            "cli-capture-messages",
            &[("messages", n.into()), ("malformed", bad.into())],
        )
    };

    let b = &r.bacnet;
    let _ = writeln!(
        s,
        "\n{}{}",
        col.pad("BACnet"),
        messages(b.messages, b.malformed)
    );
    counts(lang, &mut s, w(lang, "cli-col-service"), &b.by_service);
    counts(
        lang,
        &mut s,
        w(lang, "cli-col-malformed"),
        &b.malformed_by_reason,
    );
    if !b.devices.is_empty() {
        let _ = writeln!(
            s,
            "\n  {}",
            tr(
                lang,
                "cli-capture-devices",
                &[("count", b.devices.len().into())]
            )
        );
        let rows = b
            .devices
            .iter()
            .map(|d| {
                vec![
                    d.device_instance.to_string(),
                    d.address.clone(),
                    d.network.map_or_else(String::new, |n| n.to_string()),
                    match &d.vendor_name {
                        Some(name) => format!("{name} ({})", d.vendor_id),
                        None => d.vendor_id.to_string(),
                    },
                    d.max_apdu.to_string(),
                    d.segmentation.clone(),
                    d.i_am_count.to_string(),
                    d.first_seen.clone().unwrap_or_default(),
                    d.last_seen.clone().unwrap_or_default(),
                ]
            })
            .collect();
        table(
            &mut s,
            &[
                (w(lang, "cli-col-instance"), true),
                (w(lang, "cli-col-address"), false),
                (w(lang, "cli-col-network"), true),
                (w(lang, "cli-col-vendor"), false),
                (w(lang, "cli-col-max-apdu"), true),
                (w(lang, "cli-col-segmentation"), false),
                (w(lang, "cli-col-i-ams"), true),
                (w(lang, "cli-col-first-seen"), false),
                (w(lang, "cli-col-last-seen"), false),
            ],
            rows,
        );
    }
    if b.devices_not_listed > 0 {
        let _ = writeln!(
            s,
            "  {}",
            tr(
                lang,
                "cli-capture-more-devices",
                &[("count", b.devices_not_listed.into())]
            )
        );
    }

    let k = &r.knx;
    let _ = writeln!(
        s,
        "\n{}{}",
        col.pad("KNXnet/IP"),
        messages(k.messages, k.malformed)
    );
    counts(lang, &mut s, w(lang, "cli-col-service"), &k.by_service);
    counts(
        lang,
        &mut s,
        w(lang, "cli-col-malformed"),
        &k.malformed_by_reason,
    );
    if !k.gateways.is_empty() {
        let _ = writeln!(
            s,
            "\n  {}",
            tr(
                lang,
                "cli-capture-gateways",
                &[("count", k.gateways.len().into())]
            )
        );
        let rows = k
            .gateways
            .iter()
            .map(|g| {
                vec![
                    g.address.clone(),
                    safe(&g.name).into_owned(),
                    g.individual_address.clone(),
                    g.mac.clone(),
                    g.serial.clone(),
                    joined(&g.service_families, ", "),
                    joined(&g.secure_families, ", "),
                ]
            })
            .collect();
        table(
            &mut s,
            &[
                (w(lang, "cli-col-address"), false),
                (w(lang, "cli-col-name"), false),
                (w(lang, "cli-col-individual"), false),
                (w(lang, "cli-col-mac"), false),
                (w(lang, "cli-col-serial"), false),
                (w(lang, "cli-col-services"), false),
                (w(lang, "cli-col-secure"), false),
            ],
            rows,
        );
    }
    if k.gateways_not_listed > 0 {
        let _ = writeln!(
            s,
            "  {}",
            tr(
                lang,
                "cli-capture-more-gateways",
                &[("count", k.gateways_not_listed.into())]
            )
        );
    }

    let _ = writeln!(
        s,
        "\n{}{}",
        col.label("cli-label-other"),
        tr(
            lang,
            "cli-capture-other",
            &[
                ("other", r.other_packets.into()),
                ("fragments", r.ip_fragments.into()),
                ("cut", r.truncated_packets.into()),
                ("unreadable", r.link_errors.frames.into()),
            ],
        )
    );
    counts(
        lang,
        &mut s,
        w(lang, "cli-col-unreadable"),
        &r.link_errors.by_reason,
    );
    safe_lines(&s).into_owned()
}

/// A name → count table, largest first (ties by name); `title`: the name column's header.
fn counts(
    lang: Lang,
    s: &mut String,
    title: String,
    map: &std::collections::BTreeMap<String, u64>,
) {
    if map.is_empty() {
        return;
    }
    let mut rows: Vec<_> = map.iter().collect();
    rows.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    let rows = rows
        .into_iter()
        .map(|(k, v)| vec![k.clone(), v.to_string()])
        .collect();
    table(s, &[(title, false), (w(lang, "cli-col-count"), true)], rows);
}

/// Columns padded to their widest cell; `true` right-aligns (numbers).
fn table(s: &mut String, headers: &[(String, bool)], rows: Vec<Vec<String>>) {
    let header: Vec<String> = headers.iter().map(|(h, _)| h.clone()).collect();
    let mut widths: Vec<usize> = header.iter().map(|h| h.chars().count()).collect();
    for row in &rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(cell.chars().count());
        }
    }
    for row in std::iter::once(&header).chain(&rows) {
        let mut line = String::from(" ");
        for ((cell, w), (_, right)) in row.iter().zip(&widths).zip(headers) {
            if *right {
                let _ = write!(line, " {cell:>w$}");
            } else {
                let _ = write!(line, " {cell:<w$}");
            }
        }
        let _ = writeln!(s, "{}", line.trim_end());
    }
}

// ---- watch ----

fn stats_line(lang: Lang, s: &WatchStats) -> String {
    let span = match (&s.first, &s.last) {
        (Some(a), Some(b)) => tr(
            lang,
            "cli-watch-span",
            &[
                ("first", a.clone().into()),
                ("last", b.clone().into()),
                ("duration", duration(lang, s.duration_s).into()),
            ],
        ),
        _ => String::new(),
    };
    tr(
        lang,
        "cli-watch-stats",
        &[
            ("messages", s.messages.into()),
            ("malformed", s.malformed.into()),
            ("packets", s.packets.into()),
            ("source", s.source.clone().into()),
            ("span", span.into()),
        ],
    )
}

fn duration(lang: Lang, s: f64) -> String {
    if s >= 7200.0 {
        format!("{} h", locale::decimal(lang, s / 3600.0, 1))
    } else if s >= 120.0 {
        format!("{:.0} min", s / 60.0)
    } else {
        format!("{s:.0} s")
    }
}

/// What the model holds, for an installer.
pub fn watch_learned(lang: Lang, b: &Baseline, s: &WatchStats, model: &Path) -> String {
    let mut o = String::new();
    let labels = [
        w(lang, "cli-label-learned"),
        w(lang, "cli-label-model"),
        w(lang, "cli-label-points"),
        w(lang, "cli-label-rates"),
        w(lang, "cli-label-network"),
    ];
    let col = Column::new(lang, &labels, 10);
    let _ = writeln!(
        o,
        "{}{}",
        col.label("cli-label-learned"),
        stats_line(lang, s)
    );
    let _ = writeln!(o, "{}{}", col.label("cli-label-model"), model.display());
    let writable = b.points.iter().filter(|p| p.writes > 0).count();
    let _ = writeln!(
        o,
        "{}{}",
        col.label("cli-label-points"),
        tr(
            lang,
            "cli-watch-points",
            &[
                ("points", b.points.len().into()),
                ("written", writable.into())
            ],
        )
    );
    let _ = writeln!(
        o,
        "{}{}",
        col.label("cli-label-rates"),
        tr(
            lang,
            "cli-watch-rates",
            &[
                ("pairs", b.rates.len().into()),
                ("interval", b.config.interval_s.to_string().into()),
                ("metric", b.config.metric.name().into()),
            ],
        )
    );
    let _ = writeln!(
        o,
        "{}{}",
        col.label("cli-label-network"),
        tr(
            lang,
            "cli-watch-network",
            &[
                ("hosts", b.hosts.len().into()),
                ("conversations", b.conversations.len().into()),
                ("devices", b.devices.len().into()),
                ("routers", b.routers.len().into()),
            ],
        )
    );
    if let Some(line) = knx_types_line(lang, b) {
        let _ = writeln!(o, "{line}");
    }
    let written: Vec<_> = b.points.iter().filter(|p| p.writes > 0).take(20).collect();
    if !written.is_empty() {
        let _ = writeln!(o, "\n{}", w(lang, "cli-watch-written"));
        for p in written {
            let what = p
                .name
                .clone()
                .or_else(|| p.object.clone())
                .or_else(|| {
                    p.group
                        .clone()
                        .map(|g| tr(lang, "cli-watch-group", &[("group", g.into())]))
                })
                .unwrap_or_default();
            let what = safe(&what);
            // KNX values in their datapoint type's words (`on`, `21.6 °C`), units included.
            let typed = p.dpt.filter(|_| p.is_typed_knx());
            // ... and with the language's decimal mark (`21,36 °C`).
            let value = |x: f64| {
                typed.map_or_else(
                    || locale::decimal_mark(lang, &num(x)),
                    |d| d.display_number_in(lang, x),
                )
            };
            let range = match (p.min, p.max, &p.values) {
                (_, _, Some(v)) if p.is_discrete() => {
                    let values = v.iter().map(|x| value(*x)).collect::<Vec<_>>().join(", ");
                    tr(lang, "cli-watch-values", &[("values", values.into())])
                }
                (Some(a), Some(z), _) => format!("{}–{}", value(a), value(z)),
                _ => String::new(),
            };
            let units = match (&p.units, typed) {
                (Some(u), None) => format!(" {u}"),
                _ => String::new(),
            };
            let inferred = if typed.is_some() && p.dpt_source != Some(DptSource::Ets) {
                w(lang, "watch-summary-inferred")
            } else {
                String::new()
            };
            let writers: Vec<String> = p.writers.iter().map(ToString::to_string).collect();
            let writes = tr(
                lang,
                "cli-watch-writes",
                &[
                    ("count", p.writes.into()),
                    ("writers", writers.join(", ").into()),
                ],
            );
            let _ = writeln!(o, "  {what:32} {range}{units}{inferred}  {writes}");
        }
    }
    if b.limits.any() {
        let _ = writeln!(
            o,
            "\n{}",
            tr(
                lang,
                "cli-watch-capped",
                &[("limits", format!("{:?}", b.limits).into())]
            )
        );
    }
    safe_lines(&o).into_owned()
}

fn num(x: f64) -> String {
    crate::watch::detectors::number(x)
}

/// `KNX       20 groups: types from the ETS project building.csv (27 group addresses)` or
/// `... types inferred from traffic`; `None` without KNX groups.
fn knx_types_line(lang: Lang, b: &Baseline) -> Option<String> {
    let knx: Vec<_> = b.points.iter().filter(|p| p.is_typed_knx()).collect();
    if knx.is_empty() {
        return None;
    }
    let ets = knx
        .iter()
        .filter(|p| p.dpt_source == Some(DptSource::Ets))
        .count();
    let args = [
        ("groups", Arg::from(knx.len())),
        ("ets", Arg::from(ets)),
        ("inferred", Arg::from(knx.len() - ets)),
        (
            "file",
            Arg::from(
                b.knx_project
                    .as_ref()
                    .and_then(|t| t.file.clone())
                    .unwrap_or_default(),
            ),
        ),
    ];
    Some(tr(lang, "watch-summary-knx", &args))
}

/// Alerts for an installer: most severe first, each with what to do.
pub fn watch_detected(lang: Lang, r: &DetectReport) -> String {
    let mut o = String::new();
    let col = Column::new(lang, &[w(lang, "cli-label-checked")], 10);
    let _ = writeln!(
        o,
        "{}{}",
        col.label("cli-label-checked"),
        stats_line(lang, &r.stats)
    );
    if r.alerts.is_empty() {
        let _ = writeln!(o, "\n{}", w(lang, "cli-watch-no-alerts"));
        return o;
    }
    let mut alerts: Vec<&Alert> = r.alerts.iter().collect();
    alerts.sort_by_key(|a| (a.severity, a.time_ns));
    let _ = writeln!(
        o,
        "\n{}",
        tr(lang, "cli-watch-alerts", &[("count", alerts.len().into())])
    );
    let acol = Column::new(
        lang,
        &[w(lang, "cli-label-normal"), w(lang, "cli-label-to-do")],
        0,
    );
    for a in alerts {
        // The rule's id is a code (`new-writer`, as in the JSON), the detector a word.
        let what = a.rule.as_deref().map_or(a.detector.words(lang), |r| {
            tr(lang, "watch-detector-rule-named", &[("rule", r.into())])
        });
        let times = if a.count > 1 {
            format!(
                " {}",
                tr(
                    lang,
                    "cli-watch-repeated",
                    &[
                        ("count", a.count.into()),
                        ("last", a.last_time.clone().into())
                    ],
                )
            )
        } else {
            String::new()
        };
        let _ = writeln!(
            o,
            "\n[{}] {}  {what}{times}",
            severity_word(lang, a.severity).to_uppercase(),
            a.time
        );
        let _ = writeln!(o, "  {}", safe(&a.summary.render(lang)));
        if let Some(f) = a.folded_text() {
            let _ = writeln!(o, "  {}", safe(&f.render(lang)));
        }
        let _ = writeln!(
            o,
            "  {}{}",
            acol.label("cli-label-normal"),
            safe(&a.normal.render(lang))
        );
        let _ = writeln!(
            o,
            "  {}{}",
            acol.label("cli-label-to-do"),
            safe(&a.action.render(lang))
        );
    }
    if r.stats.alerts_suppressed > 0 {
        let _ = writeln!(
            o,
            "\n{}",
            tr(
                lang,
                "cli-watch-suppressed",
                &[("count", r.stats.alerts_suppressed.into())]
            )
        );
    }
    safe_lines(&o).into_owned()
}

// ---- homeowner self-check (copied for the installer) ----

/// The questions for the installer: the verdict's own, else one per finding that needs work.
pub fn questions(lang: Lang, v: &Verdict, findings: &[Finding]) -> Vec<String> {
    if !v.ask_installer.is_empty() {
        return v.ask_installer.iter().map(|t| t.render(lang)).collect();
    }
    findings
        .iter()
        .filter(|f| f.severity != Severity::Info)
        .map(|f| {
            tr(
                lang,
                "cli-installer-look-at",
                &[("title", safe(&f.title.render(lang)).into_owned().into())],
            )
        })
        .collect()
}

/// Plain text for the installer (clipboard).
pub fn installer(lang: Lang, v: &Verdict, findings: &[Finding]) -> String {
    let mut s = tr(
        lang,
        "cli-installer-heading",
        &[
            ("light", light_word_in(lang, v.light).into()),
            ("headline", headline(lang, v).into()),
        ],
    );
    s.push('\n');
    if !v.explanation.is_empty() {
        s.push_str(&format!("\n{}\n", v.explanation.render(lang).trim()));
    }
    // The exposure state with its proof, as `check` prints it under the verdict.
    if let Some(a) = &v.exposure {
        s.push('\n');
        s.push_str(&exposure(lang, a));
    }
    let qs = questions(lang, v, findings);
    if !qs.is_empty() {
        s.push_str(&format!("\n{}\n", w(lang, "cli-installer-please")));
        for q in qs {
            s.push_str(&format!("- {}\n", safe(&q)));
        }
    }
    if !findings.is_empty() {
        s.push_str(&format!("\n{}\n", w(lang, "cli-installer-found")));
        for f in findings {
            let seen = tr(
                lang,
                "cli-diagnosis-seen",
                &[(
                    "evidence",
                    safe(&f.evidence.summary.render(lang)).into_owned().into(),
                )],
            );
            s.push_str(&format!(
                "- [{}] {} ({})\n  {seen}\n",
                severity_word(lang, f.severity),
                safe(&f.title.render(lang)),
                safe(&f.target.render(lang)),
            ));
        }
    }
    safe_lines(&s).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "Copy for my installer" carries the exposure state with its proof, as `check` prints it.
    #[test]
    fn installer_text_has_the_exposure_state_and_its_proof() {
        use crate::inventory::{AddressSource, ExposureReport, IgdReport, PortMapping};
        let x = ExposureReport {
            router: Some("192.168.1.1".parse().unwrap()),
            igd: Some(IgdReport {
                found: true,
                mappings_complete: true,
                end_code: Some(713),
                mappings: vec![PortMapping {
                    protocol: "UDP".into(),
                    external_port: 3671,
                    internal_client: "192.168.1.10".into(),
                    internal_port: 3671,
                    enabled: true,
                    ..PortMapping::default()
                }],
                ..IgdReport::default()
            }),
            external_ip: Some("100.64.7.9".parse().unwrap()),
            external_ip_source: Some(AddressSource::Upnp),
            ..ExposureReport::default()
        };
        let v = crate::checks::verdict(&[], Some(&x));
        let t = installer(Lang::En, &v, &[]);
        assert!(
            t.contains(
                "Exposure  forwarded, behind the provider's network (100.64.7.9, an address shared"
            ),
            "{t}"
        );
        assert!(
            t.contains("Proof   The router's list has UDP port 3671 → 192.168.1.10:3671"),
            "{t}"
        );
        assert!(!t.contains("reached from the internet"), "{t}");
        assert_eq!(t.matches("Exposure  ").count(), 1);
    }
    use crate::analyze::{BacnetReport, DeviceRow, KnxReport, LinkErrors, ReadError};

    fn report() -> AnalysisReport {
        AnalysisReport {
            file: "site.pcap".into(),
            format: "pcap".into(),
            bytes_read: 1000,
            packets: 12,
            first_timestamp: Some("2024-01-01T00:00:00.000000Z".into()),
            last_timestamp: Some("2024-01-01T00:00:10.000000Z".into()),
            duration_s: 10.0,
            bacnet: BacnetReport {
                messages: 10,
                malformed: 1,
                by_service: [("who-is".to_owned(), 2), ("i-am".to_owned(), 7)].into(),
                malformed_by_reason: [("apdu: truncated".to_owned(), 1)].into(),
                malformed_by_source: Default::default(),
                devices: vec![DeviceRow {
                    device_instance: 1234,
                    address: "10.0.0.5:47808".into(),
                    network: None,
                    vendor_id: 5,
                    vendor_name: Some("Johnson Controls".into()),
                    max_apdu: 1476,
                    segmentation: "no-segmentation".into(),
                    first_seen: None,
                    last_seen: None,
                    i_am_count: 7,
                }],
                devices_not_listed: 0,
            },
            knx: KnxReport::default(),
            ip_fragments: 0,
            truncated_packets: 0,
            other_packets: 2,
            link_errors: LinkErrors::default(),
            read_error: Some(ReadError {
                offset: 900,
                message: "the file ends in the middle of a block".into(),
            }),
            cancelled: false,
        }
    }

    #[test]
    fn analysis_lists_services_by_count_and_devices() {
        let text = analysis(Lang::En, &report());
        assert!(text.starts_with("Capture   site.pcap (pcap, 1000 bytes read)\nPackets   12\n"));
        let i_am = text.find("i-am").unwrap();
        let who_is = text.find("who-is").unwrap();
        assert!(i_am < who_is, "largest count first:\n{text}");
        assert!(text.contains("apdu: truncated"));
        assert!(text.contains("Johnson Controls (5)"));
        assert!(text.contains("10.0.0.5:47808"));
        assert!(text.contains("KNXnet/IP 0 messages, 0 malformed"));
        assert!(!text.contains("Gateways"));
    }

    /// What a hostile device can put in its names: screen clear, window title, cursor position
    /// report, BEL, BS, CR, NUL, a line break, C1 CSI, DEL and a right-to-left override.
    const HOSTILE: &str =
        "\x1b[2J\x1b]0;owned\x07\x1b[6n\x08\r\0LINE\nFORGED\u{9b}31m\u{7f}\u{202e}gnp.exe";

    /// The escapes of [`HOSTILE`], as every output shows them.
    const SHOWN: &str = "\\x1b[2J\\x1b]0;owned\\x07\\x1b[6n\\x08\\x0d\\x00LINE\\x0aFORGED\\u{9b}31m\\x7f\\u{202e}gnp.exe";

    fn assert_shown_not_interpreted(text: &str) {
        assert!(
            !text
                .chars()
                .any(|c| c != '\n' && crate::text::safe::is_unsafe(c)),
            "raw control or bidi character in:\n{text:?}"
        );
        assert!(text.contains(SHOWN), "the name is shown escaped:\n{text}");
        assert!(!text.contains("\nFORGED"), "a name forged a line:\n{text}");
    }

    fn hostile_discovery() -> DiscoveryResult {
        use crate::inventory::{BacnetInventory, Inventory, KnxInventory};
        let mut d = Device {
            device_instance: 4242,
            address: "198.18.1.66:47808".into(),
            object_name: Some(HOSTILE.into()),
            vendor_name: Some(HOSTILE.into()),
            model_name: Some(HOSTILE.into()),
            firmware_revision: Some(HOSTILE.into()),
            read_method: "read-property-multiple".into(),
            ..Device::default()
        };
        d.flags.push("object-list-truncated".into());
        let g = Gateway {
            address: "198.18.1.66:3671".into(),
            name: HOSTILE.into(),
            serial: HOSTILE.into(),
            disagreements: vec![format!("name differs ({HOSTILE})")],
            ..Gateway::default()
        };
        DiscoveryResult {
            inventory: Inventory {
                bacnet: BacnetInventory {
                    devices: vec![d],
                    ..BacnetInventory::default()
                },
                knx: KnxInventory { gateways: vec![g] },
                trust: crate::inventory::TrustFacts::default(),
            },
            scope: crate::job::Scope::targets_only(Vec::new()),
            policy: crate::job::ProbePolicy::default(),
            started: String::new(),
            elapsed_s: 1.0,
            estimated_packets: 1,
            packets_sent: 1,
            packets_received: 1,
            malformed_received: 0,
            sent_by_service: Default::default(),
            max_in_flight_per_device: 1,
            stopped: None,
            notes: vec![crate::job::Note::warning("x", HOSTILE)],
            facts: Default::default(),
            diagnosis: Default::default(),
        }
    }

    #[test]
    fn discover_text_shows_device_names_escaped() {
        let text = discovery(Lang::En, &hostile_discovery());
        assert_shown_not_interpreted(&text);
        // An honest name is printed as it is.
        let mut honest = hostile_discovery();
        honest.inventory.bacnet.devices[0].object_name = Some("LAB-AHU-1 Zähler".into());
        assert!(discovery(Lang::En, &honest).contains("LAB-AHU-1 Zähler"));
    }

    #[test]
    fn check_text_and_the_installer_copy_show_names_escaped() {
        let dr = hostile_discovery();
        let f = Finding {
            check_id: "knx.gateway.core_v1".into(),
            severity: Severity::Low,
            target: format!("KNX gateway ({HOSTILE})").into(),
            title: format!("Older KNX gateway {HOSTILE}").into(),
            evidence: crate::findings::Evidence {
                summary: format!("It calls itself {HOSTILE}.").into(),
                ..Default::default()
            },
            remediation: Default::default(),
        };
        let verdict = Verdict {
            light: Light::Amber,
            headline: crate::text::Text::plain("headline"),
            explanation: crate::text::Text::plain(""),
            ask_installer: Vec::new(),
            checked: Vec::new(),
            not_checked: Vec::new(),
            exposure: None,
        };
        let report = CheckReport {
            inventory: dr.inventory.clone(),
            findings: vec![f.clone()],
            verdict: verdict.clone(),
            exposure: None,
            write_tests: Vec::new(),
            discovery: crate::audit::DiscoverySummary::of(&dr),
            started: String::new(),
            elapsed_s: 1.0,
            packets_sent: 1,
            stopped: None,
        };
        assert_shown_not_interpreted(&check(Lang::En, &report));
        assert_shown_not_interpreted(&installer(Lang::En, &verdict, &[f]));
    }

    #[test]
    fn analyze_text_shows_gateway_names_escaped() {
        let mut r = report();
        r.knx.gateways.push(crate::analyze::GatewayRow {
            address: "198.18.1.66:3671".into(),
            name: HOSTILE.into(),
            ..Default::default()
        });
        assert_shown_not_interpreted(&analysis(Lang::En, &r));
    }

    #[test]
    fn watch_texts_show_object_names_and_alerts_escaped() {
        use crate::watch::detectors::testkit::{learner, name_ack, write_av};
        let mut l = learner();
        l.observe(&name_ack(
            "198.18.1.66:47808",
            "198.18.1.100:47808",
            2,
            1,
            HOSTILE,
        ));
        l.observe(&write_av(
            "198.18.1.100:47808",
            "198.18.1.66:47808",
            1,
            21.0,
            1,
        ));
        let b = l.finish("test");
        let learned = watch_learned(
            Lang::En,
            &b,
            &WatchStats::default(),
            Path::new("model.json"),
        );
        assert_shown_not_interpreted(&learned);
        let alert = Alert {
            detector: crate::watch::DetectorKind::Rule,
            rule: None,
            severity: Severity::High,
            time: String::new(),
            time_ns: 0,
            last_time: String::new(),
            last_time_ns: 0,
            count: 1,
            protocol: crate::watch::Protocol::Bacnet,
            service: "write-property".into(),
            source: "198.18.1.66".into(),
            target: None,
            summary: format!("write to {HOSTILE}").into(),
            observed: crate::text::Text::default(),
            normal: HOSTILE.into(),
            action: "look".into(),
            folded: None,
        };
        let detected = watch_detected(
            Lang::En,
            &DetectReport {
                alerts: vec![alert],
                stats: WatchStats::default(),
            },
        );
        assert_shown_not_interpreted(&detected);
    }

    /// Where the value of a label line starts (in characters): after the label and its
    /// padding; the label is `label`.
    fn value_column(text: &str, label: &str) -> usize {
        let line = text
            .lines()
            .find(|l| l.trim_start().starts_with(label))
            .unwrap_or_else(|| panic!("no line with {label:?}:\n{text}"));
        let rest = line.trim_start().strip_prefix(label).unwrap_or_default();
        line.chars().count() - rest.trim_start().chars().count()
    }

    #[test]
    fn analysis_in_german_has_german_labels_aligned() {
        let text = analysis(Lang::De, &report());
        assert!(
            text.starts_with("Mitschnitt site.pcap (pcap, 1000 Bytes gelesen)\nPakete     12\n"),
            "{text}"
        );
        let col = value_column(&text, "Mitschnitt");
        for label in ["Pakete", "Zeit", "BACnet", "KNXnet/IP", "Sonstige"] {
            assert_eq!(value_column(&text, label), col, "{label}:\n{text}");
        }
        assert!(text.contains("10 Nachrichten, 1 fehlerhaft"), "{text}");
        assert!(
            text.contains("Zeit       2024-01-01T00:00:00.000000Z bis"),
            "{text}"
        );
        assert!(text.contains("(10,0 s)"), "decimal comma:\n{text}");
        for header in ["Dienst", "Anzahl", "Instanz", "Hersteller", "Segmentierung"] {
            assert!(text.contains(header), "{header}:\n{text}");
        }
        for english in [
            "Capture", "Packets", "Time ", "Other", "messages", "service", "count",
        ] {
            assert!(!text.contains(english), "{english}:\n{text}");
        }
    }

    /// The check's verdict block and a finding's lines, in German and Dutch: every label of
    /// a block starts its value in the same column, however long the language's words.
    #[test]
    fn check_text_in_german_and_dutch_is_aligned() {
        use crate::inventory::{ExposureReport, IgdReport, PortMapping};
        let x = ExposureReport {
            router: Some("192.168.1.1".parse().unwrap()),
            igd: Some(IgdReport {
                found: true,
                mappings_complete: true,
                end_code: Some(713),
                mappings: vec![PortMapping {
                    protocol: "UDP".into(),
                    external_port: 3671,
                    internal_client: "192.168.1.10".into(),
                    internal_port: 3671,
                    enabled: true,
                    ..PortMapping::default()
                }],
                ..IgdReport::default()
            }),
            external_ip: Some("203.0.113.9".parse().unwrap()),
            ..ExposureReport::default()
        };
        let dr = hostile_discovery();
        let f = Finding {
            check_id: "knx.gateway.core_v1".into(),
            severity: Severity::Low,
            target: "KNX gateway 198.18.1.66".into(),
            title: "Older KNX gateway".into(),
            evidence: crate::findings::Evidence {
                summary: "Core v1.".into(),
                ..Default::default()
            },
            remediation: crate::findings::Remediation {
                installer: "Replace it.".into(),
                ..Default::default()
            },
        };
        let verdict = crate::checks::verdict(std::slice::from_ref(&f), Some(&x));
        let report = CheckReport {
            inventory: dr.inventory.clone(),
            findings: vec![f.clone()],
            verdict: verdict.clone(),
            exposure: None,
            write_tests: Vec::new(),
            discovery: crate::audit::DiscoverySummary::of(&dr),
            started: String::new(),
            elapsed_s: 1.25,
            packets_sent: 1,
            stopped: Some("cancelled".into()),
        };
        for (lang, block, finding, words) in [
            (
                Lang::De,
                ["Urteil", "Befunde", "Internet", "Nachweis", "Maßnahme"],
                ["Ziel", "Gesehen", "Behebung"],
                [
                    "NIEDRIG (1)",
                    "1 BACnet-Gerät, 1 KNXnet/IP-Gateway; 1 Paket gesendet in 1,2 s; beendet: abgebrochen",
                ],
            ),
            (
                Lang::Nl,
                ["Oordeel", "Bevindingen", "Internet", "Bewijs", "Actie"],
                ["Doel", "Gezien", "Oplossing"],
                [
                    "LAAG (1)",
                    "1 BACnet-apparaat, 1 KNXnet/IP-gateway; 1 pakket verzonden in 1,2 s; gestopt: afgebroken",
                ],
            ),
        ] {
            let text = check(lang, &report);
            let col = value_column(&text, block[0]);
            for label in block {
                assert_eq!(value_column(&text, label), col, "{lang:?} {label}:\n{text}");
            }
            let col = value_column(&text, finding[0]);
            for label in finding {
                assert_eq!(value_column(&text, label), col, "{lang:?} {label}:\n{text}");
            }
            for w in words {
                assert!(text.contains(w), "{lang:?} {w}:\n{text}");
            }
            for english in [
                "Verdict", "Findings", "Exposure", "Proof", "Target", "Seen", "Fix ",
            ] {
                assert!(!text.contains(english), "{lang:?} {english}:\n{text}");
            }
        }
        // The copy for the installer, in German.
        let t = installer(Lang::De, &verdict, &[f]);
        assert!(
            t.starts_with("Selbsttest der Hausautomation (BAS Audit): "),
            "{t}"
        );
        assert!(t.contains("\nBitte:\n- "), "{t}");
        assert!(
            t.contains("Was der Test gefunden hat:\n- [niedrig] Older KNX gateway"),
            "{t}"
        );
        assert_eq!(
            value_column(&t, "Internet"),
            value_column(&t, "Nachweis"),
            "{t}"
        );
    }

    #[test]
    fn discovery_and_watch_texts_in_german() {
        let text = discovery(Lang::De, &hostile_discovery());
        for w in [
            "BACnet/IP-Geräte: 1",
            "KNXnet/IP-Gateways: 1",
            "Hinweis: ",
            "KNX IP Secure nicht unterstützt",
            "1 Paket gesendet (1 geschätzt), 1 empfangen, in 1,0 s",
            " Netz ",
        ] {
            assert!(text.contains(w), "{w}:\n{text}");
        }
        assert!(!text.contains("packets sent"), "{text}");
        let detected = watch_detected(
            Lang::De,
            &DetectReport {
                alerts: Vec::new(),
                stats: WatchStats::default(),
            },
        );
        assert!(
            detected.starts_with("Geprüft   0 Nachrichten (0 fehlerhaft) in 0 Paketen"),
            "{detected}"
        );
        assert!(detected.contains("Keine Warnungen"), "{detected}");
    }

    /// A limit's "what was not done", the stop reason and a shared identity are messages too.
    #[test]
    fn trust_words_built_in_rust_are_translated() {
        use crate::inventory::{Claimant, IdentityConflict, LimitHit, TrustFacts};
        let mut dr = hostile_discovery();
        dr.inventory.trust = TrustFacts {
            limits: vec![LimitHit {
                limit: "answers-per-address".into(),
                peer: "198.18.1.66:3671".into(),
                claimed: 40,
                allowed: 8,
                skipped: crate::text!("limit-skipped-answers", count = 32),
            }],
            identity_conflicts: vec![IdentityConflict {
                field: "mac".into(),
                value: "00:11:22:33:44:55".into(),
                claimants: vec![Claimant {
                    address: "198.18.1.66:3671".into(),
                    ..Default::default()
                }],
            }],
            ..TrustFacts::default()
        };
        let en = discovery(Lang::En, &dr);
        assert!(en.contains("; 32 answers not used"), "{en}");
        assert!(
            en.contains("! two devices claim MAC address 00:11:22:33:44:55"),
            "{en}"
        );
        let de = discovery(Lang::De, &dr);
        assert!(de.contains("; 32 Antworten nicht verwendet"), "{de}");
        assert!(
            de.contains("! zwei Geräte beanspruchen MAC-Adresse 00:11:22:33:44:55"),
            "{de}"
        );
        let nl = discovery(Lang::Nl, &dr);
        assert!(nl.contains("; 32 antwoorden niet gebruikt"), "{nl}");
    }
}
