//! The funnel's numbers and verdict (`src/funnel.rs`); the funnel on the
//! page is tested in the page's `tests/time.rs`.

use worthit_engine::{Results, TimelineRow};
use worthit_view::funnel::{Bottleneck, funnel};

fn row(period: u32, aware: f64, new_adopters: u64, cumulative: f64) -> TimelineRow {
    TimelineRow {
        period,
        aware_share: aware,
        new_adopters,
        cumulative_share: cumulative,
        active_share: None,
    }
}

/// A hand-built run of 1,000 people with `rows` as its timeline.
fn with_timeline(rows: Option<Vec<TimelineRow>>) -> Results {
    let adopters = rows
        .iter()
        .flatten()
        .fold(0u64, |sum, r| sum.saturating_add(r.new_adopters))
        .min(1000);
    let json = format!(
        r#"{{"schema":1,"title":"Launch","seed":7,"users":1000,
        "adoption":{{"share":{share},"ci95":[0.0,1.0],"adopters":{adopters}}},
        "choices":[{{"option":"Our game","share":{share}}},{{"option":"none","share":{rest}}}],
        "segments":[],
        "net_value":{{"mean":0.8,"sd":2.1,"histogram":{{"edges":[-1,0,1],"counts":[500,500],"adopter_counts":[0,500]}}}},
        "barriers":[],"sensitivity":[],"elapsed_ms":12.0}}"#,
        share = adopters as f64 / 1000.0,
        rest = 1.0 - adopters as f64 / 1000.0,
    );
    let mut r: Results = serde_json::from_str(&json).unwrap();
    r.timeline = rows;
    r
}

#[test]
fn every_verdict_follows_the_summary_rules() {
    let cases = [
        // Few hear of it, most of them adopt.
        (vec![row(1, 0.5, 400, 0.4)], Bottleneck::Reach),
        // Few hear of it, few of them adopt.
        (vec![row(1, 0.5, 100, 0.1)], Bottleneck::Both),
        // Nearly all hear of it and adopt.
        (vec![row(1, 0.95, 900, 0.9)], Bottleneck::Neither),
        // No one hears of it (p = 0).
        (
            vec![row(1, 0.0, 0, 0.0), row(2, 0.0, 0, 0.0)],
            Bottleneck::NoReach,
        ),
    ];
    for (rows, expected) in cases {
        let f = funnel(&with_timeline(Some(rows.clone()))).unwrap();
        assert_eq!(f.bottleneck, expected, "{rows:?}");
    }
    assert_eq!(funnel(&with_timeline(None)), None);
    assert_eq!(funnel(&with_timeline(Some(Vec::new()))), None);
}

#[test]
fn odd_numbers_are_clamped_never_a_panic() {
    let mut r = with_timeline(Some(vec![
        row(1, f64::NAN, u64::MAX, 2.0),
        row(2, 7.0, 5, -1.0),
    ]));
    let f = funnel(&r).unwrap();
    assert_eq!((f.aware, f.adopted), (1000, 1000));
    assert!(f.conversion <= 1.0 && f.aware_share <= 1.0);
    r.users = 0;
    let f = funnel(&r).unwrap();
    assert_eq!((f.people, f.aware, f.adopted, f.conversion), (0, 0, 0, 0.0));
}
