//! What the audit did not believe (docs/TRUST.md), judged: a peer that claims far more work
//! than a building has (device storm, router with thousands of networks, answer flood), claims
//! that name another host, two addresses that claim one KNX gateway's identity, answers that
//! do not decode, and a job its time budget stopped. Each finding names the peer.

use serde_json::json;

use super::CheckInput;
use super::common::{finding, list_words};
use crate::findings::{Finding, Severity};
use crate::inventory::{IdentityConflict, LimitHit, TrustFacts};
use crate::text::{default_lang, tr};

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
    let lang = default_lang();
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
            tr(lang, "trust-target-audit", &[]),
            tr(lang, "trust-time-budget-title", &[]),
            tr(
                lang,
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
        "instances-per-address" | "devices-per-source" => tr(
            lang,
            "trust-device-storm-title",
            &[("peer", l.peer.clone().into())],
        ),
        "networks-per-router" => tr(
            lang,
            "trust-router-networks-title",
            &[
                ("peer", l.peer.clone().into()),
                ("claimed", l.claimed.into()),
            ],
        ),
        "answers-per-address" => tr(
            lang,
            "trust-answer-flood-title",
            &[("peer", l.peer.clone().into())],
        ),
        "gateways-per-search" => tr(
            lang,
            "trust-gateway-flood-title",
            &[("claimed", l.claimed.into())],
        ),
        // Limits of the job itself (receive queue, router count) with no one peer to name.
        _ => tr(
            lang,
            "trust-limit-title",
            &[("limit", l.limit.clone().into())],
        ),
    };
    Some(finding(
        WORK_LIMIT,
        Severity::Medium,
        if l.peer.is_empty() {
            tr(lang, "trust-target-audit", &[])
        } else {
            l.peer.clone()
        },
        title,
        tr(
            lang,
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
    let lang = default_lang();
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
                from.to_owned(),
                tr(
                    lang,
                    "trust-claim-title",
                    &[("peer", from.to_owned().into())],
                ),
                tr(
                    lang,
                    "trust-claim-summary",
                    &[
                        ("count", count.into()),
                        ("named", list_words(&named, 5).into()),
                    ],
                ),
                json!({ "claims": mine }),
            )
        })
        .collect()
}

/// One finding per source of malformed answers.
fn malformed(t: &TrustFacts) -> Vec<Finding> {
    let lang = default_lang();
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
                source.to_owned(),
                tr(
                    lang,
                    "trust-malformed-title",
                    &[("peer", source.to_owned().into())],
                ),
                tr(
                    lang,
                    "trust-malformed-summary",
                    &[
                        ("count", count.into()),
                        ("reasons", list_words(&reasons, 6).into()),
                    ],
                ),
                json!({ "malformed": mine }),
            )
        })
        .collect()
}

fn conflict(c: &IdentityConflict) -> Finding {
    let lang = default_lang();
    let who: Vec<String> = c
        .claimants
        .iter()
        .map(|x| {
            let secure = if x.secure_supported {
                tr(lang, "trust-claims-secure", &[])
            } else {
                tr(lang, "trust-claims-not-secure", &[])
            };
            format!("{} ({secure})", x.address)
        })
        .collect();
    finding(
        IDENTITY_CONFLICT,
        Severity::Medium,
        c.claimants
            .iter()
            .map(|x| x.address.as_str())
            .collect::<Vec<_>>()
            .join(", "),
        tr(lang, "trust-identity-title", &[]),
        tr(
            lang,
            "trust-identity-summary",
            &[
                ("field", c.field.clone().into()),
                ("value", c.value.clone().into()),
                ("claimants", list_words(&who, 5).into()),
            ],
        ),
        json!({ "field": c.field, "value": c.value, "claimants": c.claimants }),
    )
}
