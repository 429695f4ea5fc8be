//! Discovery benchmark: find and interrogate N simulated BACnet devices with M objects each
//! (default 200 × 50) on loopback under the rate cap (default 20 packets/s), and compare the
//! elapsed time with the least the cap allows (packets sent ÷ rate).
//!
//! `cargo bench -p audit-core --bench discovery [-- --devices N --objects M --rate R --listen S]`
//! Prints one line per run and a JSON summary line.

use std::time::Instant;

use audit_core::discovery::discover;
use audit_core::job::{CancelFlag, EventSink, ProbePolicy};
use audit_core::sim::{SimBuilding, bench_config};

fn arg(args: &[String], name: &str, default: f64) -> f64 {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let devices = arg(&args, "--devices", 200.0) as u32;
    let objects = arg(&args, "--objects", 50.0) as u32;
    let rate = arg(&args, "--rate", 20.0) as u32;
    let listen = arg(&args, "--listen", ProbePolicy::default().listen_s);

    let t_sim = Instant::now();
    let sim = match SimBuilding::start(bench_config(devices, objects)) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("cannot start simulators: {e}");
            std::process::exit(1);
        }
    };
    let sim_start_s = t_sim.elapsed().as_secs_f64();
    let mut scope = sim.scope();
    scope.knx = false;
    let policy = ProbePolicy {
        rate,
        listen_s: listen,
        ..ProbePolicy::default()
    };
    let policy = match policy.validate() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(2);
        }
    };
    let rt = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    let t = Instant::now();
    let r = rt.block_on(discover(
        scope,
        policy,
        EventSink::none(),
        CancelFlag::new(),
    ));
    let elapsed = t.elapsed().as_secs_f64();
    let found = r.inventory.bacnet.devices.len();
    let objects_read: usize = r
        .inventory
        .bacnet
        .devices
        .iter()
        .map(|d| d.objects.len() + d.network_ports.len())
        .sum();
    let complete = r
        .inventory
        .bacnet
        .devices
        .iter()
        .filter(|d| d.flags.is_empty() && d.errors.is_empty())
        .count();
    let min_s = r.packets_sent as f64 / f64::from(rate);
    let received_by_sims = sim.received().len();
    println!(
        "discovery: {found}/{devices} devices ({complete} complete), {objects_read} objects read, \
         {} packets sent ({} estimated), {elapsed:.2} s elapsed; cap {rate}/s allows {min_s:.2} s \
         at least; ratio {:.3}; listen window {listen} s; simulators started in {sim_start_s:.2} s",
        r.packets_sent,
        r.estimated_packets,
        elapsed / min_s
    );
    println!(
        "{}",
        serde_json::json!({
            "devices": devices,
            "objects_per_device": objects,
            "rate": rate,
            "listen_s": listen,
            "found": found,
            "complete": complete,
            "objects_read": objects_read,
            "packets_sent": r.packets_sent,
            "packets_received_by_simulators": received_by_sims,
            "estimated_packets": r.estimated_packets,
            "sent_by_service": r.sent_by_service,
            "elapsed_s": elapsed,
            "minimum_s": min_s,
            "ratio": elapsed / min_s,
        })
    );
    if found != devices as usize {
        std::process::exit(1);
    }
}
