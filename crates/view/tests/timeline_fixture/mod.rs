//! A hand-built run with a timeline, for the funnel's tests: the native
//! ones (`crates/view/tests/funnel.rs`) and the page's browser ones
//! (`tests/time.rs`, which includes this file by its path).

use worthit_engine::{Results, TimelineRow};

pub fn row(period: u32, aware: f64, new_adopters: u64, cumulative: f64) -> TimelineRow {
    TimelineRow {
        period,
        aware_share: aware,
        new_adopters,
        cumulative_share: cumulative,
        active_share: None,
    }
}

/// A hand-built run of 1,000 people with `rows` as its timeline.
pub fn with_timeline(rows: Option<Vec<TimelineRow>>) -> Results {
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
