use crate::checks::observed::from_baseline;
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
