use super::fixtures::*;
use crate::checks::write_test::*;
use crate::findings::Severity;
use crate::inventory::WriteTestResult;

fn result(outcome: &str, before: &str, after: &str) -> WriteTestResult {
    WriteTestResult {
        device_instance: 1001,
        address: CTL.into(),
        object: "device,1001".into(),
        property: "description".into(),
        outcome: outcome.into(),
        before: Some(before.into()),
        after: Some(after.into()),
        request_hex: Some("810a001a0104".into()),
        answer_hex: Some("810a000a0100200f".into()),
        ..WriteTestResult::default()
    }
}

#[test]
fn outcome_table() {
    let table: &[(&str, &str, Severity)] = &[
        ("accepted", ACCEPTED, Severity::High),
        ("differs", VALUE_CHANGED, Severity::Critical),
        ("refused", REFUSED, Severity::Info),
        ("no-answer", NOT_COMPLETED, Severity::Info),
        ("not-tried", NOT_COMPLETED, Severity::Info),
    ];
    for (outcome, id, sev) in table {
        let r = [result(
            outcome,
            "Boiler room",
            if *outcome == "differs" {
                "Hacked"
            } else {
                "Boiler room"
            },
        )];
        let fs = run(check_write_tests, None, None, &r, &[]);
        assert_eq!(ids(&fs), [*id], "{outcome}");
        assert_eq!(fs[0].severity, *sev);
        assert_eq!(
            fs[0].target.to_string(),
            format!("BACnet device 1001 at {CTL}")
        );
        assert!(
            fs[0]
                .evidence
                .raw_hex
                .as_deref()
                .unwrap()
                .contains("810a000a0100200f")
        );
    }
    let fs = run(
        check_write_tests,
        None,
        None,
        &[result("differs", "A", "B")],
        &[],
    );
    let s = fs[0].evidence.summary.to_string();
    assert!(
        s.contains("\"A\"") && s.contains("\"B\"") && s.contains("Check the value"),
        "{s}"
    );
    let fs = run(
        check_write_tests,
        None,
        None,
        &[result("accepted", "A", "A")],
        &[],
    );
    assert!(
        fs[0]
            .evidence
            .summary
            .to_string()
            .contains("description of device,1001")
    );
    assert!(run(check_write_tests, None, None, &[], &[]).is_empty());
}
