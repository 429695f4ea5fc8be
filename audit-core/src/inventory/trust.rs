//! What the audit did not believe, and why (docs/TRUST.md): claims a peer made about another
//! host, work a peer's claims would have multiplied beyond the limits, identities two hosts
//! both claimed, answers that did not decode, and packets the trust rules kept from leaving.
//!
//! Everything here names the peer that sent it (the UDP source of its datagrams), so the
//! checks can say who did it and a reader can go and look.

use serde::{Deserialize, Serialize};

/// Rows kept per list below; more are counted in the list's `*_not_listed` total.
pub const MAX_ROWS: usize = 256;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct TrustFacts {
    /// Claims naming another host, kept as their sender's claims (trusted or not).
    pub claims: Vec<Claim>,
    /// Limits that stopped work a peer's claims (or the clock) would have caused.
    pub limits: Vec<LimitHit>,
    /// One identity (MAC, serial) claimed by several answering addresses.
    pub identity_conflicts: Vec<IdentityConflict>,
    /// Datagrams that did not decode or were irregular, per source and reason.
    pub malformed: Vec<MalformedFrom>,
    /// Packets the trust rules did not let leave (should be none: discovery checks first).
    pub refused_sends: Vec<RefusedSend>,
    /// Rows left out of the lists above because they were full.
    pub rows_not_listed: u64,
}

impl TrustFacts {
    pub fn is_empty(&self) -> bool {
        self.claims.is_empty()
            && self.limits.is_empty()
            && self.identity_conflicts.is_empty()
            && self.malformed.is_empty()
            && self.refused_sends.is_empty()
            && self.rows_not_listed == 0
    }

    /// Add a claim, or count it on the same one already kept.
    pub fn claim(&mut self, c: Claim) {
        if let Some(k) = self.claims.iter_mut().find(|k| {
            k.from == c.from && k.kind == c.kind && k.names == c.names && k.reason == c.reason
        }) {
            k.count = k.count.saturating_add(c.count);
        } else if self.claims.len() < MAX_ROWS {
            self.claims.push(c);
        } else {
            self.rows_not_listed = self.rows_not_listed.saturating_add(1);
        }
    }

    pub fn limit(&mut self, l: LimitHit) {
        if self.limits.len() < MAX_ROWS {
            self.limits.push(l);
        } else {
            self.rows_not_listed = self.rows_not_listed.saturating_add(1);
        }
    }

    pub fn malformed_from(&mut self, m: MalformedFrom) {
        if let Some(k) = self
            .malformed
            .iter_mut()
            .find(|k| k.source == m.source && k.reason == m.reason && k.protocol == m.protocol)
        {
            k.count = k.count.saturating_add(m.count);
            k.listed |= m.listed;
        } else if self.malformed.len() < MAX_ROWS {
            self.malformed.push(m);
        } else {
            self.rows_not_listed = self.rows_not_listed.saturating_add(1);
        }
    }

    /// Malformed datagrams in all, per protocol (`bacnet`, `knxip`).
    pub fn malformed_count(&self, protocol: &str) -> u64 {
        self.malformed
            .iter()
            .filter(|m| m.protocol == protocol)
            .map(|m| m.count)
            .sum()
    }
}

/// A peer's claim about another host. `trusted` says whether the audit acted on it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Claim {
    /// The sender, "ip:port" (the UDP source).
    pub from: String,
    /// `bacnet` or `knxip`.
    pub protocol: String,
    /// `forwarded-npdu` (a BACnet message forwarded on behalf of `names`),
    /// `forwarded-router` (a router announcement forwarded on behalf of `names`),
    /// `control-endpoint` (a KNX answer naming `names` as the gateway's address),
    /// `outside-scope` (an answer from outside the scope that no BBMD vouched for).
    pub kind: String,
    /// The other host the claim names ("ip:port").
    pub names: String,
    /// What it claimed there, in our words (e.g. "device 4242").
    pub what: String,
    /// How many times.
    pub count: u64,
    pub trusted: bool,
    /// Why it was not trusted, kebab-case (`not-a-known-bbmd`, `subnet-broadcast-address`,
    /// `own-address`, `outside-scope`, ...); empty when trusted.
    pub reason: String,
}

/// A limit that stopped work.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct LimitHit {
    /// `instances-per-address`, `devices-per-source`, `networks-per-router`, `routers`,
    /// `answers-per-address`, `gateways-per-search`, `time-budget`.
    pub limit: String,
    /// The peer whose claims reached it ("ip:port" or "ip"); empty for the time budget.
    pub peer: String,
    /// What the peer claimed (distinct instances, networks, answers, ...).
    pub claimed: u64,
    /// The limit's value.
    pub allowed: u64,
    /// What was not done, in our words ("4,992 device instances not interrogated"): a
    /// catalogue message (a plain string in older saved audits).
    pub skipped: crate::text::Text,
}

/// Several answering addresses claim one identity.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct IdentityConflict {
    /// `mac` or `serial`.
    pub field: String,
    pub value: String,
    /// Every claimant, with what it says about security.
    pub claimants: Vec<Claimant>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Claimant {
    /// The answering address ("ip:port").
    pub address: String,
    /// Its KNX IP Secure claim: the security family listed.
    pub secure_supported: bool,
    /// Tunnelling secured, as it claims (`None`: unknown).
    pub tunnelling_requires_secure: Option<bool>,
}

/// Datagrams from one source that did not decode, or decoded with oddities a device stack
/// would refuse.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct MalformedFrom {
    /// "ip:port".
    pub source: String,
    /// `bacnet` or `knxip`.
    pub protocol: String,
    /// Wire-layer reason (`knxip: DIB length unusable`, `bvlc: truncated`, ...).
    pub reason: String,
    pub count: u64,
    /// The answer was still usable and appears in the inventory, flagged.
    pub listed: bool,
}

/// Packets the trust rules refused to send.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct RefusedSend {
    pub destination: String,
    pub reason: String,
    pub count: u64,
}
