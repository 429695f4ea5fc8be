//! From what the user asked for to what a job may do, decided once: the scope (where to send),
//! the validated policy (how politely) and the router-probe options. The CLI (`discover`,
//! `check` flags) and the GUI (the audit's saved scope) both call [`plan`]; neither resolves a
//! scope, a policy or the demo building on its own.

use std::fmt;
use std::net::Ipv4Addr;

use crate::exposure::ExposureOptions;
use crate::job::policy::{DEFAULT_RATE, PolicyError, RATE_RANGE, TIMEOUT_RANGE_S};
use crate::job::{ProbePolicy, Scope, Target, ValidPolicy};
use crate::session::UserScope;
use crate::sim::SimBuilding;

use super::exposure_options_for;

/// Where to look and how politely, as given (CLI flags, or an audit's saved scope).
#[derive(Debug, Clone, PartialEq)]
pub struct ScopeRequest {
    /// Interface plugged into the building network (its subnet broadcast is used).
    pub interface: Option<String>,
    /// Local address to send from (the interface holding it is used).
    pub bind: Option<Ipv4Addr>,
    /// Unicast targets, `IP` or `IP:PORT` (see [`Target::parse`]).
    pub targets: Vec<String>,
    /// Packets per second at most.
    pub rate: u32,
    /// Listening window and request timeout, seconds; `None` = the policy's defaults.
    pub timeout_s: Option<f64>,
    /// Also a BACnet global broadcast Who-Is.
    pub global_broadcast: bool,
    /// KNX: answers to the packet source (HPAI 0.0.0.0:0).
    pub nat: bool,
}

impl Default for ScopeRequest {
    fn default() -> Self {
        Self {
            interface: None,
            bind: None,
            targets: Vec::new(),
            rate: DEFAULT_RATE,
            timeout_s: None,
            global_broadcast: false,
            nat: false,
        }
    }
}

impl ScopeRequest {
    /// What an audit's saved scope asks for. With the demo building the demo is the scope: the
    /// saved interface and targets (a real site's) are left out. The saved rate is kept within
    /// the allowed range (the Scope screen only accepts such values).
    pub fn from_user_scope(scope: &UserScope, demo: bool) -> Self {
        let rate = scope
            .rate_cap_pps
            .clamp(*RATE_RANGE.start(), *RATE_RANGE.end());
        if demo {
            return Self {
                rate,
                ..Self::default()
            };
        }
        Self {
            interface: scope.interface.clone(),
            targets: scope.targets.clone(),
            rate,
            ..Self::default()
        }
    }
}

/// The demo building, if the job is for it.
#[derive(Debug, Clone, Copy)]
pub enum Demo<'a> {
    /// A real network.
    No,
    /// Start the demo building (after the request was checked); the plan owns it.
    Start,
    /// The demo building that already runs (the GUI starts it with the app).
    Running(&'a SimBuilding),
}

/// What a job may do.
#[derive(Debug)]
pub struct Plan {
    /// The demo building started for this plan (`Demo::Start`); dropping it stops it.
    pub sim: Option<SimBuilding>,
    pub scope: Scope,
    pub policy: ValidPolicy,
    /// Router probes that follow the scope: the demo building's own router on loopback, or the
    /// interface's default gateway (the CLI's `--router`, `--internet-lookup` adjust them).
    pub exposure: ExposureOptions,
}

/// Why a request cannot become a plan.
#[derive(Debug, Clone, PartialEq)]
pub enum PlanError {
    /// The demo building is its own scope.
    DemoWithInterface,
    /// A target that is not `IP` or `IP:PORT` (the message says which).
    BadTarget(String),
    /// Rate or timeout out of range (the message names the setting).
    Policy(PolicyError),
    /// Nothing says where to look.
    NoScope,
    /// The interface or bind address cannot be used (the message says why).
    Interface(String),
    DemoStart(String),
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanError::DemoWithInterface => {
                f.write_str("--demo cannot be combined with --interface or --bind")
            }
            PlanError::BadTarget(e) | PlanError::Interface(e) => f.write_str(e),
            PlanError::Policy(e) => write!(f, "{e}"),
            PlanError::NoScope => f.write_str(
                "say where to look: --interface NAME, --bind IP, --target IP[:PORT] or --demo",
            ),
            PlanError::DemoStart(e) => write!(f, "cannot start the demo building: {e}"),
        }
    }
}

impl std::error::Error for PlanError {}

/// Scope, policy and router-probe options for `req`, checked in this order: the demo is not
/// combined with an interface, every target parses, the policy is valid; only then is the demo
/// building started (`Demo::Start`) or the interface looked up.
pub fn plan(req: &ScopeRequest, demo: Demo<'_>) -> Result<Plan, PlanError> {
    let is_demo = !matches!(demo, Demo::No);
    if is_demo && (req.interface.is_some() || req.bind.is_some()) {
        return Err(PlanError::DemoWithInterface);
    }
    let targets = req
        .targets
        .iter()
        .map(|t| Target::parse(t))
        .collect::<Result<Vec<_>, _>>()
        .map_err(PlanError::BadTarget)?;
    let policy = policy_for(req, is_demo)?;
    let sim = match demo {
        Demo::Start => {
            Some(SimBuilding::start_demo().map_err(|e| PlanError::DemoStart(e.to_string()))?)
        }
        Demo::No | Demo::Running(_) => None,
    };
    let building = match demo {
        Demo::Running(b) => Some(b),
        _ => sim.as_ref(),
    };
    let scope = match (building, &req.interface, req.bind) {
        (Some(b), _, _) => b.scope(),
        (None, Some(name), _) => Scope::for_interface(name).map_err(PlanError::Interface)?,
        (None, None, Some(ip)) => Scope::for_bind(ip).map_err(PlanError::Interface)?,
        (None, None, None) if !targets.is_empty() => Scope::targets_only(Vec::new()),
        (None, None, None) => return Err(PlanError::NoScope),
    };
    let mut scope = scope.with_targets(targets);
    scope.global_broadcast = req.global_broadcast;
    scope.nat = req.nat;
    let exposure = match building {
        // Only the demo's own router on loopback, never the machine's real gateway.
        Some(b) => b.exposure_options(),
        None => exposure_options_for(&scope, &policy),
    };
    Ok(Plan {
        sim,
        scope,
        policy,
        exposure,
    })
}

fn policy_for(req: &ScopeRequest, demo: bool) -> Result<ValidPolicy, PlanError> {
    let mut policy = ProbePolicy {
        rate: req.rate,
        ..ProbePolicy::default()
    };
    if demo {
        // Loopback answers in microseconds; one second of listening is plenty.
        policy.listen_s = 1.0;
        policy.request_timeout_s = 1.0;
    }
    if let Some(t) = req.timeout_s {
        policy.listen_s = t;
        policy.request_timeout_s = t.min(*TIMEOUT_RANGE_S.end());
    }
    policy.validate().map_err(PlanError::Policy)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn requests_are_checked_before_anything_starts() {
        let demo_with_iface = ScopeRequest {
            interface: Some("lo".into()),
            ..ScopeRequest::default()
        };
        assert_eq!(
            plan(&demo_with_iface, Demo::Start).unwrap_err(),
            PlanError::DemoWithInterface
        );
        let bad_target = ScopeRequest {
            targets: vec!["not-an-address".into()],
            ..ScopeRequest::default()
        };
        assert!(matches!(
            plan(&bad_target, Demo::Start).unwrap_err(),
            PlanError::BadTarget(_)
        ));
        let bad_rate = ScopeRequest {
            rate: 0,
            ..ScopeRequest::default()
        };
        let e = plan(&bad_rate, Demo::Start).unwrap_err();
        assert!(e.to_string().contains("rate"), "{e}");
        assert_eq!(
            plan(&ScopeRequest::default(), Demo::No).unwrap_err(),
            PlanError::NoScope
        );
    }

    #[test]
    fn targets_alone_are_the_scope_and_probe_options_follow_it() {
        let req = ScopeRequest {
            targets: vec!["198.18.0.5".into(), "198.18.0.6:47809".into()],
            rate: 7,
            timeout_s: Some(2.0),
            ..ScopeRequest::default()
        };
        let p = plan(&req, Demo::No).unwrap();
        assert!(p.sim.is_none());
        assert_eq!(p.scope.targets.len(), 2);
        assert!(p.scope.bind.is_unspecified());
        assert_eq!(p.policy.rate(), 7);
        assert_eq!(p.policy.listen(), std::time::Duration::from_secs(2));
        assert_eq!(p.exposure.rate, 7);
        assert!(!p.exposure.internetdb, "internet lookup is opt-in");
    }

    #[test]
    fn the_demo_building_is_the_scope_with_short_waits_and_its_own_router() {
        let p = plan(&ScopeRequest::default(), Demo::Start).unwrap();
        let sim = p.sim.as_ref().expect("started for the plan");
        assert_eq!(p.scope, sim.scope());
        assert_eq!(p.policy.listen(), std::time::Duration::from_secs(1));
        assert_eq!(p.exposure, sim.exposure_options());
        // The GUI's demo: its saved interface is not the demo's scope.
        let saved = UserScope {
            interface: Some("eth0".into()),
            targets: vec!["198.18.0.9".into()],
            rate_cap_pps: 500,
            ..UserScope::default()
        };
        let req = ScopeRequest::from_user_scope(&saved, true);
        assert_eq!((req.interface.as_deref(), req.targets.len()), (None, 0));
        assert_eq!(req.rate, *RATE_RANGE.end());
        let again = plan(&req, Demo::Running(sim)).unwrap();
        assert!(again.sim.is_none());
        assert_eq!(again.scope, sim.scope());
    }
}
