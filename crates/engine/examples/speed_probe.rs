//! The basic model's speed in CPU time, for a machine shared with other
//! work: `cargo run --release -p worthit-engine --example speed_probe --
//! [people] [runs]` (1,000,000 and 30 by default).
//!
//! The bench (`benches/people_per_second.rs`) times wall clock, which on a
//! loaded machine mostly measures the wait for a core. This probe reads
//! the thread's own CPU time (Linux: `/proc/thread-self/schedstat`; wall
//! clock elsewhere, and it says so) and prints the fastest and median of
//! the runs, and a hash of the whole results document, so two builds can be
//! compared back to back for speed and for identical numbers.

use std::hash::{DefaultHasher, Hash, Hasher};
use std::time::Instant;

use worthit_engine::{RunOptions, Scenario, run};

/// Nanoseconds of CPU time this thread has used, if the system says.
fn cpu_ns() -> Option<u64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    text.split_whitespace().next()?.parse().ok()
}

/// The bench's basic model (`benches/basic-model.json`, one file for the
/// bench and this probe): normal value, four log-normal costs, threshold.
fn basic(users: u64) -> Scenario {
    let mut scenario: Scenario =
        serde_json::from_str(include_str!("../benches/basic-model.json")).expect("the basic model");
    scenario.users = users;
    scenario
}

fn main() {
    let mut args = std::env::args().skip(1);
    let users: u64 = args
        .next()
        .map_or(1_000_000, |a| a.parse().expect("people"));
    let runs: usize = args.next().map_or(30, |a| a.parse().expect("runs")).max(1);
    let scenario = basic(users);
    let options = RunOptions {
        sensitivity: false,
        chunk_size: 65_536,
    };
    let cpu_clock = cpu_ns().is_some();
    let mut times = Vec::with_capacity(runs);
    let mut digest = String::new();
    for _ in 0..runs {
        let (cpu0, wall0) = (cpu_ns(), Instant::now());
        let results = run(&scenario, &options).expect("a valid scenario");
        let ms = match (cpu0, cpu_ns()) {
            (Some(a), Some(b)) => (b - a) as f64 / 1e6,
            _ => wall0.elapsed().as_secs_f64() * 1e3,
        };
        times.push(ms);
        let mut h = DefaultHasher::new();
        serde_json::to_string(&results)
            .expect("results serialise")
            .hash(&mut h);
        digest = format!(
            "share {} results hash {:016x}",
            results.adoption.share,
            h.finish()
        );
    }
    times.sort_by(f64::total_cmp);
    println!(
        "{} people, {} time: fastest {:.1} ms ({:.1} M people/s), median {:.1} ms; {digest}",
        users,
        if cpu_clock { "CPU" } else { "wall-clock" },
        times[0],
        users as f64 / times[0] / 1e3,
        times[runs / 2],
    );
}
