//! People simulated per second, single core: the basic model (normal
//! value, four log-normal costs, threshold) and a full scenario (3 segments,
//! 2 alternatives, 5 screenshots, a claim), each with the what-if
//! sensitivity off and on; and the full scenario as adoption over time
//! (52 weekly periods, p = 0.03, q = 0.38, social proof 0.3) at 100,000 and
//! 1,000,000 people. Run with `cargo bench -p worthit-engine`; divan
//! prints items (people, each passed through every period) per second.

use divan::counter::ItemsCount;
use divan::{Bencher, black_box};
use worthit_engine::{Diffusion, RunOptions, Scenario, run};

fn main() {
    divan::main();
}

const USERS: u64 = 1_000_000;

fn basic() -> Scenario {
    serde_json::from_value(serde_json::json!({
        "schema": 1, "seed": 1, "users": USERS,
        "product": { "value": { "dist": "normal", "mean": 5.0, "sd": 1.5 },
            "costs": {
                "time": { "dist": "lognormal", "mean": 1.5, "sd": 0.6 },
                "learning": { "dist": "lognormal", "mean": 1.0, "sd": 0.5 },
                "trust": { "dist": "lognormal", "mean": 0.8, "sd": 0.4 },
                "safety": { "dist": "lognormal", "mean": 0.5, "sd": 0.3 } } },
        "decision": { "rule": "threshold" }
    }))
    .expect("basic scenario")
}

fn full() -> Scenario {
    serde_json::from_value(serde_json::json!({
        "schema": 1, "seed": 1, "users": USERS,
        "product": { "value": { "dist": "normal", "mean": 5.0, "sd": 1.5 },
            "claim": 6.5,
            "costs": {
                "money": { "dist": "fixed", "value": 0.5 },
                "time": { "dist": "lognormal", "mean": 1.5, "sd": 0.6 },
                "learning": { "dist": "lognormal", "mean": 1.0, "sd": 0.5 },
                "trust": { "dist": "lognormal", "mean": 0.8, "sd": 0.4 },
                "safety": { "dist": "lognormal", "mean": 0.5, "sd": 0.3 } },
            "screenshots": ["characters", "gameplay", "progression", "social_proof", "features"] },
        "alternatives": [
            { "name": "Leader", "value": { "dist": "normal", "mean": 5.5, "sd": 1.0 },
              "costs": { "time": { "dist": "fixed", "value": 0.5 } } },
            { "name": "Old habit", "value": { "dist": "uniform", "min": 1.0, "max": 4.0 } } ],
        "segments": [
            { "name": "Casual", "share": 0.5, "weights": { "time": 1.3, "learning": 1.5 }, "skepticism": 0.3 },
            { "name": "Core", "share": 0.3, "weights": { "value": 1.2, "time": 0.8 }, "skepticism": 0.6 },
            { "name": "Lapsed", "share": 0.2, "screenshots_viewed": 1.5 } ],
        "decision": { "rule": "beat_alternatives" }
    }))
    .expect("full scenario")
}

/// The full scenario over 52 weeks, for `users` people.
fn over_time(users: u64) -> Scenario {
    let mut s = full();
    s.users = users;
    s.diffusion = Some(Diffusion {
        periods: 52,
        p: 0.03,
        q: 0.38,
        social_proof: 0.3,
    });
    s
}

fn bench(b: Bencher, s: Scenario, sensitivity: bool) {
    let o = RunOptions {
        sensitivity,
        chunk_size: 65_536,
    };
    b.counter(ItemsCount::new(s.users))
        .bench(|| black_box(run(black_box(&s), &o).expect("valid")));
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn basic_sensitivity_off(b: Bencher) {
    bench(b, basic(), false);
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn basic_sensitivity_on(b: Bencher) {
    bench(b, basic(), true);
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn full_sensitivity_off(b: Bencher) {
    bench(b, full(), false);
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn full_sensitivity_on(b: Bencher) {
    bench(b, full(), true);
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn over_time_100k_sensitivity_off(b: Bencher) {
    bench(b, over_time(100_000), false);
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn over_time_100k_sensitivity_on(b: Bencher) {
    bench(b, over_time(100_000), true);
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn over_time_1m_sensitivity_off(b: Bencher) {
    bench(b, over_time(USERS), false);
}

#[divan::bench(sample_count = 3, sample_size = 1)]
fn over_time_1m_sensitivity_on(b: Bencher) {
    bench(b, over_time(USERS), true);
}
