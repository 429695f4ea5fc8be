use super::fixtures::*;
use crate::checks::internet::*;
use crate::findings::Severity;
use crate::inventory::InternetDbReport;

#[test]
fn internetdb_table() {
    let db = |listed: bool, ports: &[u16], error: Option<&str>| InternetDbReport {
        ip: Some("81.2.69.160".parse().unwrap()),
        listed,
        ports: ports.to_vec(),
        error: error.map(crate::text::Text::plain),
        url: "https://internetdb.shodan.io/81.2.69.160".into(),
        ..InternetDbReport::default()
    };
    let table: Vec<(Option<InternetDbReport>, &[&str], Option<Severity>)> = vec![
        (None, &[], None),
        (
            Some(db(true, &[3671], None)),
            &[BAS_PORTS],
            Some(Severity::Critical),
        ),
        (
            Some(db(true, &[443, 47808], None)),
            &[BAS_PORTS],
            Some(Severity::Critical),
        ),
        (
            Some(db(true, &[47823], None)),
            &[BAS_PORTS],
            Some(Severity::Critical),
        ),
        (
            Some(db(true, &[47824, 443], None)),
            &[OTHER_PORTS],
            Some(Severity::Low),
        ),
        (
            Some(db(true, &[], None)),
            &[OTHER_PORTS],
            Some(Severity::Low),
        ),
        (
            Some(db(false, &[], None)),
            &[NOT_LISTED],
            Some(Severity::Info),
        ),
        (
            Some(db(false, &[], Some("timed out"))),
            &[LOOKUP_FAILED],
            Some(Severity::Info),
        ),
    ];
    for (report, want, sev) in table {
        let mut x = router();
        x.internetdb = report.clone();
        let fs = run(check_internetdb, None, Some(&x), &[], &[]);
        assert_eq!(ids(&fs), want, "{report:?}");
        if let Some(f) = fs.first() {
            assert_eq!(Some(f.severity), sev);
            assert!(f.target.to_string().contains("81.2.69.160"));
        }
    }
    let mut x = router();
    x.internetdb = Some(db(true, &[443, 47808], None));
    let fs = run(check_internetdb, None, Some(&x), &[], &[]);
    assert!(
        fs[0].evidence.summary.to_string().contains("47808")
            && fs[0].evidence.summary.to_string().contains("also 443")
    );
}
