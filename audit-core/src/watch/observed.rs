//! Writes learned by the watch, as [`ObservedWrite`]s for the writable-points check.
//!
//! The baseline keeps, per BACnet point, the hosts that wrote it, how many writes were seen
//! and the writers whose write the device answered with a SimpleACK (`PointModel.writers`,
//! `writes`, `acked_writers`). A write is `acknowledged` when its writer is among the acked
//! ones (models learned before `acked_writers` existed have none: "seen", never "confirmed").
//! The baseline does not keep the writer's UDP port or a count per writer, so `source` is the
//! writer's address without port and `count` is the point's total over all writers.

use crate::inventory::ObservedWrite;
use crate::watch::baseline::Baseline;
use crate::watch::observation::Protocol;

pub fn from_baseline(b: &Baseline) -> Vec<ObservedWrite> {
    let mut out = Vec::new();
    for p in &b.points {
        if p.protocol != Some(Protocol::Bacnet) || p.writers.is_empty() {
            continue;
        }
        let Some(device) = &p.device else { continue };
        for w in &p.writers {
            out.push(ObservedWrite {
                source: w.to_string(),
                destination: device.link.to_string(),
                device_instance: p.device_instance,
                object: p.object.clone().unwrap_or_default(),
                property: p.property.clone().unwrap_or_default(),
                acknowledged: p.acked_writers.contains(w),
                count: p.writes,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::job::CancelFlag;
    use crate::watch::detectors::testkit::{ATK, CTL, T0, WS, learner};
    use crate::watch::observation::{Endpoint, bacnet_observation};
    use crate::wire::bacnet::decode_bip;

    fn bip(src: &str, dst: &str, t_ms: i64, hex: &str) -> crate::watch::Observation {
        let data: Vec<u8> = (0..hex.len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
            .collect();
        bacnet_observation(
            T0 * 1_000_000_000 + t_ms * 1_000_000,
            Endpoint::Ip(src.parse().unwrap()),
            Endpoint::Ip(dst.parse().unwrap()),
            decode_bip(&data),
        )
    }

    #[test]
    fn a_write_is_acknowledged_only_when_the_device_answered_it() {
        // eval/pcaps/learn.pcap frames 111 (WriteProperty, invoke id 51) and 112 (SimpleACK).
        let write = "810a001801040244330f0c0080000319553e4441b000003f";
        let mut l = learner();
        l.observe(&bip(WS, CTL, 0, write));
        l.observe(&bip(CTL, WS, 4, "810a0009010020330f"));
        l.observe(&bip(ATK, CTL, 10, write));
        // Answered with another invoke id: not this write.
        l.observe(&bip(CTL, ATK, 12, "810a0009010020340f"));
        let writes = from_baseline(&l.finish("test"));
        assert_eq!(writes.len(), 2);
        let by = |s: &str| writes.iter().find(|w| w.source == s).unwrap();
        assert!(by("198.18.1.40").acknowledged);
        assert!(!by("198.18.1.66").acknowledged);
        assert_eq!(by("198.18.1.40").destination, CTL);
        assert_eq!(by("198.18.1.40").object, "analog-value,3");
    }

    #[test]
    fn the_lab_workstation_writes_are_confirmed() {
        let pcap =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../eval/pcaps/learn.pcap");
        let b = crate::watch::learn(
            &crate::watch::WatchSource::Pcap(pcap),
            &crate::watch::LearnConfig::default(),
            &CancelFlag::new(),
            &mut |_| {},
        )
        .unwrap()
        .baseline;
        let writes = from_baseline(&b);
        assert!(!writes.is_empty());
        for w in &writes {
            assert_eq!(w.source, "198.18.1.40");
            assert!(w.acknowledged, "{w:?}");
        }
    }
}

/// Moved with the adapter from the checks' tests.
#[cfg(test)]
mod table_tests {
    use super::from_baseline;
    use crate::watch::detectors::testkit::*;

    #[test]
    fn writes_learned_by_the_watch_become_unacknowledged_observed_writes() {
        let mut l = learner();
        for s in 0..5 {
            l.observe(&write_av(WS, CTL, 3, 20.0 + f64::from(s), i64::from(s)));
        }
        l.observe(&i_am(CTL, dev(CTL), 1001, 0));
        l.observe(&plain(WS, CTL, "read-property", 6));
        let b = l.finish("bas-audit test");
        let ws = from_baseline(&b);
        assert_eq!(ws.len(), 1, "{ws:?}");
        let w = &ws[0];
        assert_eq!(w.source, "198.18.1.40");
        assert_eq!(w.destination, CTL);
        assert_eq!(w.device_instance, Some(1001));
        assert_eq!(w.object, "analog-value,3");
        assert_eq!(w.property, "present-value");
        assert!(!w.acknowledged, "the baseline does not record the answer");
        assert_eq!(w.count, 5);
    }

    #[test]
    fn no_writes_no_observed_writes() {
        let mut l = learner();
        l.observe(&plain(WS, CTL, "read-property", 1));
        assert!(from_baseline(&l.finish("t")).is_empty());
    }
}
