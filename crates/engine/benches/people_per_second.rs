//! People simulated per second, single core: the basic model (normal
//! value, four log-normal costs, threshold) and a full scenario (3 segments,
//! 2 alternatives, 5 screenshots, a claim), each with the what-if
//! sensitivity off and on; and the full scenario as adoption over time
//! (52 weekly periods, p = 0.03, q = 0.38, social proof 0.3) at 100,000 and
//! 1,000,000 people. The basic model again with correlated perceptions
//! (value, trust and safety joined by three correlations): the speed cost
//! of correlations is `basic_correlated_*` against `basic_*`. And a survey
//! of 100,000 respondents imported (`survey_import_100k`: read, fitted,
//! and its adoption check run). Run with `cargo bench -p worthit-engine`;
//! divan prints items (people, each passed through every period, or
//! respondents) per second.

use divan::counter::ItemsCount;
use divan::{Bencher, black_box};
use worthit_engine::{Diffusion, RunOptions, Scenario, run};

fn main() {
    divan::main();
}

const USERS: u64 = 1_000_000;

/// The basic model (normal value, four log-normal costs, threshold), in
/// one file with the CPU-time probe (`examples/speed_probe.rs`).
fn basic() -> Scenario {
    let mut scenario: Scenario =
        serde_json::from_str(include_str!("basic-model.json")).expect("the basic model");
    scenario.users = USERS;
    scenario
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

/// The basic model with value, trust and safety correlated.
fn basic_correlated() -> Scenario {
    let mut s = basic();
    s.correlations = serde_json::from_value(serde_json::json!([
        { "a": "product.value", "b": "product.costs.trust", "rho": -0.4 },
        { "a": "product.costs.trust", "b": "product.costs.safety", "rho": 0.5 },
        { "a": "product.value", "b": "product.costs.safety", "rho": -0.2 }
    ]))
    .expect("correlations");
    s
}

/// A survey export of `n` respondents: a timestamp, four ratings on a
/// 0–10 scale with one decimal, a segment and `adopted`.
fn survey_csv(n: u64) -> String {
    let s = basic_correlated();
    let rows = worthit_engine::copula::sample_quantities(&s, n);
    let mut out = String::from("Timestamp,value,time,learning,trust,safety,segment,adopted\n");
    for (i, r) in rows.iter().enumerate() {
        let cell = |x: f64| (x.clamp(0.0, 10.0) * 10.0).round() / 10.0;
        let adopted = u8::from(r[0] - r[2] - r[3] - r[4] - r[6] > 0.0);
        out.push_str(&format!(
            "2026-12-01 10:{:02},{},{},{},{},{},{},{adopted}\n",
            i % 60,
            cell(r[0]),
            cell(r[2]),
            cell(r[3]),
            cell(r[4]),
            cell(r[6]),
            ["a", "b", "c"][i % 3]
        ));
    }
    out
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

#[divan::bench(sample_count = 5, sample_size = 1)]
fn basic_correlated_sensitivity_off(b: Bencher) {
    bench(b, basic_correlated(), false);
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn basic_correlated_sensitivity_on(b: Bencher) {
    bench(b, basic_correlated(), true);
}

#[divan::bench(sample_count = 5, sample_size = 1)]
fn survey_import_100k(b: Bencher) {
    let text = survey_csv(100_000);
    b.counter(ItemsCount::new(100_000u64)).bench(|| {
        black_box(
            worthit_engine::survey::import(black_box(text.as_bytes()), None).expect("imports"),
        )
    });
}
