//! The funnel's numbers and verdict (`src/funnel.rs`); the funnel on the
//! page is tested in the page's `tests/time.rs`.

mod timeline_fixture;

use timeline_fixture::{row, with_timeline};
use worthit_view::funnel::{Bottleneck, funnel};

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
