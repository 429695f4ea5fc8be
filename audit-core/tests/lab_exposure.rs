//! The exposure probes against a real home-router stack in network namespaces
//! (lab/router/lab.sh): miniupnpd (UPnP IGD, NAT-PMP, PCP) with nftables NAT, knxd with a UPnP
//! mapping made by `upnpc`, and a bacpypes3 device behind a static DNAT that also hairpins.
//!
//! Needs root, ip, nft, miniupnpd, upnpc, knxd, python3 + bacpypes3. Without them the test
//! prints why and passes as skipped, unless BAS_AUDIT_REQUIRE_PEERS=1 (then it fails).
//!
//! The probe itself runs inside the auditor namespace: the test binary re-executes itself there
//! (`lab.sh exec aud -- /proc/self/exe --exact inner_probe_entry_point`) with INNER_ENV set;
//! the inner run checks that it is in the namespace it was told, probes, and writes the report
//! as JSON for the outer run to judge.

use std::net::Ipv4Addr;
use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

use audit_core::exposure::{ExposureOptions, probe};
use audit_core::inventory::ExposureReport;
use audit_core::inventory::Inventory;
use audit_core::job::{CancelFlag, EventSink};

const INNER_ENV: &str = "BAS_AUDIT_EXPOSURE_LAB_INNER";
const AUDITOR: Ipv4Addr = Ipv4Addr::new(198, 18, 1, 2);
const ROUTER: Ipv4Addr = Ipv4Addr::new(198, 18, 1, 1);
const WAN: Ipv4Addr = Ipv4Addr::new(198, 19, 0, 1);

fn lab_sh() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../lab/router/lab.sh")
}

fn skip_or_fail(why: &str) {
    if std::env::var("BAS_AUDIT_REQUIRE_PEERS").as_deref() == Ok("1") {
        panic!("router lab cannot run: {why} (BAS_AUDIT_REQUIRE_PEERS=1)");
    }
    eprintln!("skipped: router lab cannot run: {why}");
}

fn missing_tools() -> Option<String> {
    let uid = Command::new("id").arg("-u").output().ok()?;
    if String::from_utf8_lossy(&uid.stdout).trim() != "0" {
        return Some("not root (network namespaces need root)".into());
    }
    for t in ["ip", "nft", "miniupnpd", "upnpc", "knxd", "timeout"] {
        let ok = Command::new("sh")
            .args(["-c", &format!("command -v {t}")])
            .output()
            .is_ok_and(|o| o.status.success());
        if !ok {
            return Some(format!("{t} missing"));
        }
    }
    let py = Command::new("python3")
        .args(["-c", "import bacpypes3"])
        .output();
    if !py.is_ok_and(|o| o.status.success()) {
        return Some("python3 with bacpypes3 missing".into());
    }
    None
}

/// Entry point of the run inside the auditor namespace; a no-op in a normal test run.
#[test]
fn inner_probe_entry_point() {
    let Ok(spec) = std::env::var(INNER_ENV) else {
        return;
    };
    let (netns, out) = spec.split_once('|').expect("netns|outfile");
    let here = Command::new("ip")
        .args(["netns", "identify", &std::process::id().to_string()])
        .output()
        .unwrap();
    assert_eq!(
        String::from_utf8_lossy(&here.stdout).trim(),
        netns,
        "refusing: not inside the lab's auditor namespace"
    );
    let opts = ExposureOptions {
        bind: AUDITOR,
        interface: Some("aud0".into()),
        // The router comes from the namespace's routing table; the search is multicast on aud0.
        router: None,
        ssdp_unicast: false,
        timeout_s: 2.0,
        rate: 50,
        // The ISP namespace's STUN server (lab/router/stun.py): our codec against a real peer.
        stun: Some("198.19.0.2:3478".into()),
        ..ExposureOptions::default()
    };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let r = rt.block_on(probe(
        opts,
        &Inventory::default(),
        EventSink::none(),
        CancelFlag::new(),
    ));
    std::fs::write(out, serde_json::to_vec_pretty(&r).unwrap()).unwrap();
}

struct Lab {
    prefix: String,
}

impl Drop for Lab {
    fn drop(&mut self) {
        let _ = Command::new(lab_sh())
            .args(["down", "--prefix", &self.prefix])
            .status();
        let left = Command::new("ip").args(["netns", "list"]).output().unwrap();
        let left = String::from_utf8_lossy(&left.stdout);
        assert!(
            !left
                .lines()
                .any(|l| l.starts_with(&format!("{}-", self.prefix))),
            "namespaces left behind: {left}"
        );
    }
}

impl Lab {
    fn run(&self, args: &[&str]) {
        let st = Command::new(lab_sh())
            .arg(args[0])
            .args(["--prefix", &self.prefix])
            .args(&args[1..])
            .status()
            .unwrap();
        assert!(st.success(), "lab.sh {args:?} failed");
    }

    fn probe(&self, tag: &str) -> ExposureReport {
        let out = std::env::temp_dir().join(format!("{}-{tag}.json", self.prefix));
        let _ = std::fs::remove_file(&out);
        let exe = std::env::current_exe().unwrap();
        let t0 = Instant::now();
        let st = Command::new(lab_sh())
            .args(["exec", "--prefix", &self.prefix, "aud", "--"])
            .arg(exe)
            .args([
                "--exact",
                "inner_probe_entry_point",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(INNER_ENV, format!("{}-aud|{}", self.prefix, out.display()))
            .status()
            .unwrap();
        assert!(st.success(), "inner probe failed");
        let r: ExposureReport = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
        eprintln!(
            "--- {tag}: {:.1} s, {} packets\n{}",
            t0.elapsed().as_secs_f64(),
            r.packets_sent,
            serde_json::to_string_pretty(&r).unwrap()
        );
        let _ = std::fs::remove_file(&out);
        r
    }
}

#[test]
fn router_lab_mapping_external_ip_hairpin_and_removal() {
    if let Some(why) = missing_tools() {
        skip_or_fail(&why);
        return;
    }
    let lab = Lab {
        prefix: format!("bx{}", std::process::id() % 1_000_000),
    };
    lab.run(&["up"]);

    let r = lab.probe("mapped");
    assert_eq!(r.router, Some(ROUTER));
    let igd = r.igd.as_ref().expect("igd attempted");
    assert!(igd.found, "no IGD: {igd:#?}");
    assert_eq!(igd.error, None);
    assert!(igd.mappings_complete);
    assert_eq!(igd.end_code, Some(713));
    assert!(
        igd.mappings.iter().any(|m| m.protocol == "UDP"
            && m.external_port == 3671
            && m.internal_client == "198.18.1.10"
            && m.internal_port == 3671),
        "{:#?}",
        igd.mappings
    );
    assert_eq!(igd.external_ip, Some(WAN));
    assert_eq!(r.external_ip, Some(WAN));
    let pmp = r.nat_pmp.as_ref().unwrap();
    assert!(pmp.available, "{pmp:#?}");
    assert_eq!(pmp.external_ip, Some(WAN));
    // The STUN server saw the auditor's request come from the router's WAN address (the
    // router's masquerade), and said so in XOR-MAPPED-ADDRESS. 198.19.0.1 is not public (no
    // stand-in internet here), so it is reported, not used as a second address to test.
    let stun = r.stun.as_ref().expect("STUN asked");
    assert_eq!(stun.mapped.map(|m| *m.ip()), Some(WAN), "{stun:#?}");
    assert!(stun.xor_mapped && stun.error.is_none(), "{stun:#?}");
    assert!(
        stun.answer_hex
            .as_ref()
            .is_some_and(|h| h.starts_with("0101"))
    );
    assert!(
        r.hairpin
            .iter()
            .all(|p| p.target.starts_with("198.19.0.1:")),
        "{:#?}",
        r.hairpin
    );
    // The static DNAT of 47808 hairpins: the bacpypes3 device answers through the WAN address.
    let bac = r
        .hairpin
        .iter()
        .find(|p| p.protocol == "bacnet" && p.target == format!("{WAN}:47808"))
        .expect("bacnet hairpin probe");
    assert_eq!(bac.outcome, "answered", "{bac:#?}");
    let summary = bac.answer_summary.as_ref().unwrap().to_string();
    assert!(summary.contains("4711"), "{summary}");
    assert!(summary.contains("RTR-LAB-CTL"), "{summary}");
    // miniupnpd's DNAT matches only packets arriving on the WAN interface, so its mapping does
    // not loop back from the LAN: the KNX probe gets no answer, and because a listed forward
    // did not answer, the report marks every no-answer as inconclusive.
    let knx = r.hairpin.iter().find(|p| p.protocol == "knx").unwrap();
    assert_eq!(knx.outcome, "no-answer", "{knx:#?}");
    assert!(r.hairpin.iter().all(|p| p.router_hairpins == Some(false)));

    lab.run(&["unmap"]);
    let r = lab.probe("unmapped");
    let igd = r.igd.as_ref().unwrap();
    assert!(igd.found && igd.mappings_complete, "{igd:#?}");
    assert!(igd.mappings.is_empty(), "{:#?}", igd.mappings);
    assert_eq!(r.external_ip, Some(WAN));
    assert!(
        r.hairpin.iter().all(|p| p.outcome == "no-answer"),
        "{:#?}",
        r.hairpin
    );
    // No listed forward left to compare with: unknown, not "no forward".
    assert!(r.hairpin.iter().all(|p| p.router_hairpins.is_none()));
}
