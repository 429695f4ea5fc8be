//! The learning-watch evaluation on the lab captures (eval/pcaps, recorded with bacpypes3
//! devices in network namespaces by eval/record.sh): learn on normal traffic, then no alert on
//! the learning traffic itself, no alert on separate validation traffic, and each of the six
//! attacks of Fauri et al. (CRITIS 2018) caught by the detector that should catch it — for
//! several settings of interval, metric and tolerance.

use audit_core::job::CancelFlag;
use std::path::PathBuf;

use audit_core::watch::source::ObservationSink;
use audit_core::watch::{
    self, Alert, Baseline, DetectorKind, LearnConfig, Observation, RateMetric, SourceProgress,
    WatchEvent, WatchSource,
};

fn pcap(name: &str) -> WatchSource {
    WatchSource::Pcap(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../eval/pcaps")
            .join(name),
    )
}

fn learn(config: &LearnConfig) -> Baseline {
    watch::learn(&pcap("learn.pcap"), config, &CancelFlag::new(), &mut |_| {})
        .unwrap()
        .baseline
}

fn detect(b: &Baseline, name: &str) -> Vec<Alert> {
    watch::detect(&pcap(name), b, &CancelFlag::new(), &mut |_| {})
        .unwrap()
        .alerts
}

fn label(a: &Alert) -> String {
    match &a.rule {
        Some(r) => format!("rule:{r}"),
        None => a.detector.name().to_owned(),
    }
}

/// (capture, detector that must fire, what the alert must say)
const ATTACKS: &[(&str, &str, &str)] = &[
    (
        "attack-1-snooping.pcap",
        "message-rate",
        "198.18.1.66, never seen sending read-property",
    ),
    (
        "attack-2-tampering1.pcap",
        "rule:new-writer",
        "198.18.1.66 wrote \"AHU-2 supply fan command\"",
    ),
    (
        "attack-3-tampering2.pcap",
        "value-range",
        "\"AHU-2 supply setpoint\"",
    ),
    (
        "attack-4-spoofing1.pcap",
        "rule:device-spoofing",
        "claims device instance 1001",
    ),
    (
        "attack-5-spoofing2.pcap",
        "rule:router-spoofing",
        "claims to route to network 2",
    ),
    (
        "attack-6-ddos.pcap",
        "rule:who-is-flood",
        "Who-Is within 10 s",
    ),
];

fn settings() -> Vec<(&'static str, LearnConfig)> {
    let d = LearnConfig::default();
    vec![
        ("T=60 s, mad (defaults)", d.clone()),
        (
            "T=30 s, minmax",
            LearnConfig {
                interval_s: 30,
                metric: RateMetric::Minmax,
                ..d.clone()
            },
        ),
        (
            "T=10 s, mean",
            LearnConfig {
                interval_s: 10,
                metric: RateMetric::Mean,
                ..d.clone()
            },
        ),
        (
            "strict tolerances",
            LearnConfig {
                tolerance_setpoint: 0.05,
                tolerance_sensor: 0.25,
                ..d
            },
        ),
    ]
}

#[test]
fn no_alert_on_the_learning_traffic_itself() {
    for (name, cfg) in settings() {
        let b = learn(&cfg);
        let alerts = detect(&b, "learn.pcap");
        assert!(alerts.is_empty(), "{name}: {alerts:#?}");
    }
}

#[test]
fn no_false_alert_on_validation_traffic() {
    for (name, cfg) in settings() {
        let b = learn(&cfg);
        let alerts = detect(&b, "validate.pcap");
        assert!(alerts.is_empty(), "{name}: {alerts:#?}");
    }
}

#[test]
fn all_six_attacks_are_caught_and_explained() {
    for (name, cfg) in settings() {
        let b = learn(&cfg);
        for (file, detector, text) in ATTACKS {
            let alerts = detect(&b, file);
            let hit = alerts
                .iter()
                .find(|a| label(a) == *detector && a.summary.to_string().contains(text));
            assert!(
                hit.is_some(),
                "{name}: {file}: no {detector} alert saying {text:?}; got {:#?}",
                alerts
                    .iter()
                    .map(|a| (label(a), &a.summary))
                    .collect::<Vec<_>>()
            );
            for a in &alerts {
                assert!(!a.summary.is_empty() && !a.normal.is_empty() && !a.action.is_empty());
            }
        }
    }
}

#[test]
fn attack_captures_raise_nothing_before_the_attack_starts() {
    // The normal traffic before the attacker's first packet must stay quiet: every alert
    // comes at or after it.
    let b = learn(&LearnConfig::default());
    for (file, _, _) in ATTACKS {
        let start = attack_start(file);
        for a in detect(&b, file) {
            assert!(
                a.time_ns >= start,
                "{file}: alert before the attack: {}",
                a.summary
            );
        }
    }
}

/// Time of the attacker's first packet: from 198.18.1.66, from the workstation's second port
/// (tampering2), or the second Who-Is (the forged flood; the first is the workstation's own).
fn attack_start(file: &str) -> i64 {
    struct First {
        who_is: u32,
        at: Option<i64>,
    }
    impl ObservationSink for First {
        fn observation(&mut self, o: &Observation) {
            if self.at.is_some() {
                return;
            }
            let src = o.source.to_string();
            if o.service == "who-is" {
                self.who_is += 1;
            }
            if src.starts_with("198.18.1.66:") || src == "198.18.1.40:47809" || self.who_is == 2 {
                self.at = Some(o.time_ns);
            }
        }
        fn progress(&mut self, _: &SourceProgress) {}
    }
    let mut f = First {
        who_is: 0,
        at: None,
    };
    watch::source::run(&pcap(file), &CancelFlag::new(), &mut f).unwrap();
    f.at.unwrap()
}

#[test]
fn the_job_reports_progress_rates_and_alerts_as_they_come() {
    let b = learn(&LearnConfig::default());
    let mut progress = 0;
    let mut rates = 0;
    let mut alerts = 0;
    let report = watch::detect(
        &pcap("attack-6-ddos.pcap"),
        &b,
        &CancelFlag::new(),
        &mut |e| match e {
            WatchEvent::Progress(_) => progress += 1,
            WatchEvent::Rates(r) => {
                rates += 1;
                assert!(r.per_service.iter().any(|s| s.per_second > 0.0));
            }
            WatchEvent::Alert(_) => alerts += 1,
        },
    )
    .unwrap();
    assert!(progress >= 1);
    assert!(rates >= 1);
    assert_eq!(alerts, report.alerts.len());
    assert!(
        report
            .alerts
            .iter()
            .any(|a| a.detector == DetectorKind::MessageRate)
    );
}

#[test]
fn a_cancelled_job_stops_and_says_so() {
    let b = learn(&LearnConfig::default());
    let report = watch::detect(
        &pcap("learn.pcap"),
        &b,
        &{
            let c = CancelFlag::new();
            c.cancel();
            c
        },
        &mut |_| {},
    )
    .unwrap();
    assert!(report.stats.cancelled);
    assert!(report.stats.messages < 1119);
}

#[test]
fn the_model_file_round_trips_and_still_detects() {
    let b = learn(&LearnConfig::default());
    let back = Baseline::from_json(&b.to_json()).unwrap();
    assert_eq!(back, b);
    assert!(!detect(&back, "attack-2-tampering1.pcap").is_empty());
}
