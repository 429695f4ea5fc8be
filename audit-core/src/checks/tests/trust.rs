use super::fixtures::*;
use crate::checks::trust::*;
use crate::findings::Severity;
use crate::inventory::{
    Claim, Claimant, IdentityConflict, Inventory, LimitHit, MalformedFrom, TrustFacts,
};

fn check(t: TrustFacts) -> Vec<crate::findings::Finding> {
    let mut inv = inventory();
    inv.trust = t;
    run(check_trust, Some(&inv), None, &[], &[])
}

fn claim(from: &str, names: &str, reason: &str, trusted: bool) -> Claim {
    Claim {
        from: from.into(),
        protocol: "bacnet".into(),
        kind: "forwarded-npdu".into(),
        names: names.into(),
        what: "device 4242".into(),
        count: 1,
        trusted,
        reason: reason.into(),
    }
}

#[test]
fn an_honest_site_raises_nothing() {
    assert!(check(TrustFacts::default()).is_empty());
    assert!(run(check_trust, None, None, &[], &[]).is_empty());
    assert!(run(check_trust, Some(&Inventory::default()), None, &[], &[]).is_empty());
}

#[test]
fn limits_name_the_peer_and_the_time_budget_is_info() {
    let storm = LimitHit {
        limit: "instances-per-address".into(),
        peer: "198.18.1.66:47808".into(),
        claimed: 5000,
        allowed: 8,
        skipped: "4992 device instances not interrogated".into(),
    };
    let networks = LimitHit {
        limit: "networks-per-router".into(),
        peer: "198.18.1.66:47808".into(),
        claimed: 65_534,
        allowed: 255,
        skipped: "65279 networks not scanned".into(),
    };
    let time = LimitHit {
        limit: "time-budget".into(),
        allowed: 30,
        skipped: "stopped after 30 s".into(),
        ..LimitHit::default()
    };
    let f = check(TrustFacts {
        limits: vec![storm, networks, time],
        ..TrustFacts::default()
    });
    assert_eq!(ids(&f), [WORK_LIMIT, WORK_LIMIT, TIME_BUDGET]);
    assert_eq!(
        f[0].title.to_string(),
        "Device storm from 198.18.1.66:47808"
    );
    assert_eq!(f[0].target.to_string(), "198.18.1.66:47808");
    assert_eq!(f[0].severity, Severity::Medium);
    assert!(
        f[0].evidence.summary.to_string().contains("5000"),
        "{:?}",
        f[0]
    );
    assert_eq!(
        f[1].title.to_string(),
        "Router 198.18.1.66:47808 claims 65534 networks"
    );
    assert_eq!(f[2].severity, Severity::Info);
    assert!(!f[2].remediation.installer.is_empty());
}

#[test]
fn untrusted_claims_one_finding_per_sender_medium_when_dangerous() {
    let f = check(TrustFacts {
        claims: vec![
            claim(
                "198.18.1.66:47808",
                "198.18.1.255:47808",
                "not-a-known-bbmd",
                false,
            ),
            claim(
                "198.18.1.66:47808",
                "198.18.1.10:47808",
                "not-a-known-bbmd",
                false,
            ),
            claim(
                "198.18.1.40:3671",
                "10.9.9.9:3671",
                "names-another-host",
                false,
            ),
            // Trusted (a BBMD we found forwarded it): no finding.
            claim("198.18.1.30:47808", "198.18.3.31:47808", "", true),
        ],
        ..TrustFacts::default()
    });
    assert_eq!(ids(&f), [UNTRUSTED_CLAIM, UNTRUSTED_CLAIM]);
    let hostile = f
        .iter()
        .find(|x| x.target.to_string() == "198.18.1.66:47808")
        .unwrap();
    assert_eq!(hostile.severity, Severity::Medium);
    assert!(
        hostile
            .evidence
            .summary
            .to_string()
            .contains("198.18.1.255:47808")
    );
    assert!(
        hostile
            .evidence
            .summary
            .to_string()
            .starts_with("2 answers")
    );
    let odd = f
        .iter()
        .find(|x| x.target.to_string() == "198.18.1.40:3671")
        .unwrap();
    assert_eq!(odd.severity, Severity::Low);
}

#[test]
fn malformed_answers_and_identity_conflicts() {
    let f = check(TrustFacts {
        malformed: vec![
            MalformedFrom {
                source: "198.18.1.66:3671".into(),
                protocol: "knxip".into(),
                reason: "knxip: DIB length unusable (0, 1, or past the end)".into(),
                count: 3,
                listed: false,
            },
            MalformedFrom {
                source: "198.18.1.66:3671".into(),
                protocol: "knxip".into(),
                reason: "knxip: header length is not 6".into(),
                count: 1,
                listed: true,
            },
        ],
        identity_conflicts: vec![IdentityConflict {
            field: "mac".into(),
            value: "02:42:c6:12:01:28".into(),
            claimants: vec![
                Claimant {
                    address: "198.18.1.40:3671".into(),
                    secure_supported: false,
                    tunnelling_requires_secure: Some(false),
                },
                Claimant {
                    address: "198.18.1.66:3671".into(),
                    secure_supported: true,
                    tunnelling_requires_secure: Some(true),
                },
            ],
        }],
        ..TrustFacts::default()
    });
    assert_eq!(ids(&f), [MALFORMED, IDENTITY_CONFLICT]);
    assert!(
        f[0].evidence.summary.to_string().starts_with("4 answers"),
        "{}",
        f[0].evidence.summary.to_string()
    );
    assert_eq!(
        f[1].title.to_string(),
        "Two devices claim to be the same KNX gateway"
    );
    assert!(
        f[1].evidence
            .summary
            .to_string()
            .contains("198.18.1.40:3671 (no KNX IP Secure)")
    );
    assert!(
        f[1].evidence
            .summary
            .to_string()
            .contains("198.18.1.66:3671 (claims KNX IP Secure)")
    );
    assert_eq!(
        f[1].target.to_string(),
        "198.18.1.40:3671, 198.18.1.66:3671"
    );
}
