//! What the audit did not believe (docs/TRUST.md), judged: a peer that claims far more work
//! than a building has (device storm, router with thousands of networks, answer flood), claims
//! that name another host, two addresses that claim one KNX gateway's identity, answers that
//! do not decode, and a job its time budget stopped. Each finding names the peer.

use serde_json::json;

use super::CheckInput;
use super::common::{finding, list_words};
use crate::findings::{Finding, Severity};
use crate::inventory::{IdentityConflict, LimitHit, TrustFacts};
use crate::text::Text;

pub const WORK_LIMIT: &str = "network.peer.work_limit";
pub const UNTRUSTED_CLAIM: &str = "network.peer.untrusted_claim";
pub const MALFORMED: &str = "network.peer.malformed_answers";
pub const IDENTITY_CONFLICT: &str = "knx.gateway.identity_conflict";
pub const TIME_BUDGET: &str = "discovery.job.time_budget";

pub const IDS: &[&str] = &[
    WORK_LIMIT,
    UNTRUSTED_CLAIM,
    MALFORMED,
    IDENTITY_CONFLICT,
    TIME_BUDGET,
];

/// Claim reasons that mean the claim named an address no answer may ever make us probe.
const DANGEROUS: &[&str] = &[
    "unspecified-address",
    "broadcast-address",
    "subnet-broadcast-address",
    "subnet-network-address",
    "multicast-address",
    "reserved-address",
    "loopback-address",
    "own-address",
    "not-a-known-bbmd",
    "names-a-local-address",
];

pub fn check_trust(input: &CheckInput<'_>) -> Vec<Finding> {
    let Some(inv) = input.inventory else {
        return Vec::new();
    };
    let t = &inv.trust;
    let mut out = Vec::new();
    out.extend(t.limits.iter().filter_map(limit));
    out.extend(claims(t));
    out.extend(malformed(t));
    out.extend(t.identity_conflicts.iter().map(conflict));
    out
}

fn limit(l: &LimitHit) -> Option<Finding> {
    let facts = json!({
        "limit": l.limit,
        "peer": l.peer,
        "claimed": l.claimed,
        "allowed": l.allowed,
        "skipped": l.skipped,
    });
    if l.limit == "time-budget" {
        return Some(finding(
            TIME_BUDGET,
            Severity::Info,
            Text::with("trust-target-audit", &[]),
            Text::with("trust-time-budget-title", &[]),
            Text::with(
                "trust-time-budget-summary",
                &[
                    ("seconds", l.allowed.into()),
                    ("skipped", l.skipped.clone().into()),
                ],
            ),
            facts,
        ));
    }
    let title = match l.limit.as_str() {
        "instances-per-address" | "devices-per-source" => Text::with(
            "trust-device-storm-title",
            &[("peer", l.peer.clone().into())],
        ),
        "networks-per-router" => Text::with(
            "trust-router-networks-title",
            &[
                ("peer", l.peer.clone().into()),
                ("claimed", l.claimed.into()),
            ],
        ),
        "answers-per-address" => Text::with(
            "trust-answer-flood-title",
            &[("peer", l.peer.clone().into())],
        ),
        "gateways-per-search" => Text::with(
            "trust-gateway-flood-title",
            &[("claimed", l.claimed.into())],
        ),
        // Limits of the job itself (receive queue, router count) with no one peer to name.
        _ => Text::with("trust-limit-title", &[("limit", l.limit.clone().into())]),
    };
    Some(finding(
        WORK_LIMIT,
        Severity::Medium,
        if l.peer.is_empty() {
            Text::with("trust-target-audit", &[])
        } else {
            Text::plain(l.peer.clone())
        },
        title,
        Text::with(
            "trust-limit-summary",
            &[
                ("claimed", l.claimed.into()),
                ("allowed", l.allowed.into()),
                ("skipped", l.skipped.clone().into()),
            ],
        ),
        facts,
    ))
}

/// One finding per sender of untrusted claims.
fn claims(t: &TrustFacts) -> Vec<Finding> {
    let mut senders: Vec<&str> = t
        .claims
        .iter()
        .filter(|c| !c.trusted)
        .map(|c| c.from.as_str())
        .collect();
    senders.sort_unstable();
    senders.dedup();
    senders
        .into_iter()
        .map(|from| {
            let mine: Vec<_> = t
                .claims
                .iter()
                .filter(|c| !c.trusted && c.from == from)
                .collect();
            let dangerous = mine.iter().any(|c| DANGEROUS.contains(&c.reason.as_str()));
            let named: Vec<String> = mine
                .iter()
                .map(|c| format!("{} ({}, {})", c.names, c.what, c.reason))
                .collect();
            let count: u64 = mine.iter().map(|c| c.count).sum();
            finding(
                UNTRUSTED_CLAIM,
                if dangerous {
                    Severity::Medium
                } else {
                    Severity::Low
                },
                Text::plain(from),
                Text::with("trust-claim-title", &[("peer", from.to_owned().into())]),
                Text::with(
                    "trust-claim-summary",
                    &[
                        ("count", count.into()),
                        ("named", list_words(&plain(&named), 5).into()),
                    ],
                ),
                json!({ "claims": mine }),
            )
        })
        .collect()
}

/// One finding per source of malformed answers.
fn malformed(t: &TrustFacts) -> Vec<Finding> {
    let mut sources: Vec<&str> = t.malformed.iter().map(|m| m.source.as_str()).collect();
    sources.sort_unstable();
    sources.dedup();
    sources
        .into_iter()
        .map(|source| {
            let mine: Vec<_> = t.malformed.iter().filter(|m| m.source == source).collect();
            let count: u64 = mine.iter().map(|m| m.count).sum();
            let reasons: Vec<String> = mine
                .iter()
                .map(|m| format!("{} ×{}", m.reason, m.count))
                .collect();
            finding(
                MALFORMED,
                Severity::Low,
                Text::plain(source),
                Text::with(
                    "trust-malformed-title",
                    &[("peer", source.to_owned().into())],
                ),
                Text::with(
                    "trust-malformed-summary",
                    &[
                        ("count", count.into()),
                        ("reasons", list_words(&plain(&reasons), 6).into()),
                    ],
                ),
                json!({ "malformed": mine }),
            )
        })
        .collect()
}

fn conflict(c: &IdentityConflict) -> Finding {
    let who: Vec<String> = c
        .claimants
        .iter()
        .map(|x| {
            let secure = if x.secure_supported {
                Text::with("trust-claims-secure", &[])
            } else {
                Text::with("trust-claims-not-secure", &[])
            };
            format!("{} ({secure})", x.address)
        })
        .collect();
    finding(
        IDENTITY_CONFLICT,
        Severity::Medium,
        Text::plain(
            c.claimants
                .iter()
                .map(|x| x.address.as_str())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        Text::with("trust-identity-title", &[]),
        Text::with(
            "trust-identity-summary",
            &[
                (
                    "field",
                    Text::with("cli-identity-field", &[("field", c.field.clone().into())]).into(),
                ),
                ("value", c.value.clone().into()),
                ("claimants", list_words(&plain(&who), 5).into()),
            ],
        ),
        json!({ "field": c.field, "value": c.value, "claimants": c.claimants }),
    )
}

/// Words from peers and counters, as texts for a list.
fn plain<S: AsRef<str>>(items: &[S]) -> Vec<Text> {
    items.iter().map(|s| Text::plain(s.as_ref())).collect()
}
