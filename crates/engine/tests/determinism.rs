//! The numbers depend only on the scenario and the seed: not on the chunk
//! size, not on threads, and a change to one input never reshuffles the
//! random numbers of anything else.

mod common;

use common::{example, opts};
use worthit_engine::*;

/// 150,000 people cross two accumulation blocks (2^16) and end inside the
/// third, so chunk sizes that do and do not divide the blocks are covered.
#[test]
fn chunk_size_never_changes_a_number() {
    let mut s = example();
    s.users = 150_000;
    let reference = run(&s, &opts(true, 65_536)).unwrap();
    for chunk in [1_000, 4_097, 65_536 * 2, u64::MAX] {
        let r = run(&s, &opts(true, chunk)).unwrap();
        assert_eq!(r, reference, "chunk size {chunk}");
    }
    // A tiny chunk on a small run, with progress counted along the way.
    s.users = 5_000;
    let reference = run(&s, &opts(true, 65_536)).unwrap();
    let mut sim = Simulation::new(&s, &opts(true, 7)).unwrap();
    let mut steps = 0;
    while !sim.step() {
        steps += 1;
        assert_eq!(sim.done(), steps * 7);
    }
    assert_eq!(sim.total(), 5_000);
    assert_eq!(sim.finish(), reference);
}

#[test]
fn same_seed_same_results_other_seed_other_people() {
    let s = example();
    let a = run(&s, &opts(true, 65_536)).unwrap();
    let b = run(&s, &opts(true, 65_536)).unwrap();
    assert_eq!(a, b);
    let mut s2 = s.clone();
    s2.seed += 1;
    let c = run(&s2, &opts(true, 65_536)).unwrap();
    assert_ne!(a.net_value.histogram.counts, c.net_value.histogram.counts);
}

/// The product's net values, without who adopted.
fn product_draws(r: &Results) -> (f64, f64, Vec<f64>, Vec<u64>) {
    let nv = &r.net_value;
    (
        nv.mean,
        nv.sd,
        nv.histogram.edges.clone(),
        nv.histogram.counts.clone(),
    )
}

/// Keyed randomness: an alternative's inputs never move the product's draws,
/// so the product's net values (mean, histogram) stay exactly the same,
/// and adding an alternative at the end leaves earlier ones untouched.
#[test]
fn changing_one_input_does_not_reshuffle_others() {
    let base = example();
    let r0 = run(&base, &opts(false, 65_536)).unwrap();

    let mut s = base.clone();
    s.alternatives[0].value = Dist::Uniform { min: 1.0, max: 9.0 };
    let r1 = run(&s, &opts(false, 65_536)).unwrap();
    assert_eq!(product_draws(&r1), product_draws(&r0));
    assert_ne!(r1.adoption, r0.adoption);

    // Switching a cost's distribution kind (normal sampler ↔ uniform
    // sampler use different numbers of words) leaves the value untouched:
    // with the cost made zero the net value is exactly the value minus the
    // other costs, whatever the cost was before.
    let mut a = base.clone();
    a.product.costs.learning = Some(Dist::Fixed { value: 0.0 });
    let mut b = a.clone();
    b.product.costs.learning = Some(Dist::Triangular {
        min: 0.0,
        mode: 0.0,
        max: 0.0,
    });
    assert_eq!(
        run(&a, &opts(false, 65_536)).unwrap(),
        run(&b, &opts(false, 65_536)).unwrap()
    );

    // Adding a second alternative: nobody's product draw changes.
    let mut s = base.clone();
    s.alternatives.push(Alternative {
        name: "Newcomer".into(),
        value: Dist::Normal { mean: 4.0, sd: 2.0 },
        costs: Costs::default(),
    });
    let r2 = run(&s, &opts(false, 65_536)).unwrap();
    assert_eq!(product_draws(&r2), product_draws(&r0));
    assert!(r2.adoption.adopters <= r0.adoption.adopters);
}

#[cfg(feature = "parallel")]
#[test]
fn parallel_equals_serial() {
    let mut s = example();
    s.users = 300_000;
    let serial = run(&s, &opts(true, 10_000)).unwrap();
    let parallel = run_parallel(&s, &opts(true, 10_000)).unwrap();
    assert_eq!(parallel, serial);
    // Whatever the thread count.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(3)
        .build()
        .unwrap();
    assert_eq!(
        pool.install(|| run_parallel(&s, &opts(true, 10_000)).unwrap()),
        serial
    );
}

/// The progress reports of a parallel run climb from 0 to the total and
/// change nothing in the numbers, plain or over time.
#[cfg(feature = "parallel")]
#[test]
fn parallel_progress_climbs_to_the_total_and_keeps_the_numbers() {
    let mut s = example();
    s.users = 300_000;
    let mut seen: Vec<(u64, u64)> = Vec::new();
    // On one thread a wave is 4 blocks of 65,536 people, so 300,000 people
    // take two waves: the bar moves once in between.
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(1)
        .build()
        .unwrap();
    let with = pool
        .install(|| run_parallel_with_progress(&s, &opts(true, 10_000), |d, t| seen.push((d, t))))
        .unwrap();
    assert_eq!(with, run_parallel(&s, &opts(true, 10_000)).unwrap());
    assert_eq!(seen.first(), Some(&(0, 300_000)));
    assert_eq!(seen.last(), Some(&(300_000, 300_000)));
    assert!(
        seen.windows(2)
            .all(|w| w[0].0 <= w[1].0 && w[0].1 == w[1].1)
    );
    // More than a start and an end: the bar moves while the run works.
    assert!(seen.len() > 2, "{seen:?}");
}

/// A run stopped early (the page cancels by dropping it, but may also show
/// what it has) reports exactly the people simulated so far.
#[test]
fn finishing_early_reports_the_people_done() {
    let mut s = example();
    s.users = 50_000;
    let mut sim = Simulation::new(&s, &opts(false, 12_345)).unwrap();
    assert!(!sim.step());
    let r = sim.finish();
    assert_eq!(r.users, 12_345);
    assert_eq!(r.net_value.histogram.counts.iter().sum::<u64>(), 12_345);
    // The same people as the first 12,345 of a full run of that size.
    s.users = 12_345;
    let full = run(&s, &opts(false, 65_536)).unwrap();
    assert_eq!(r.adoption, full.adoption);
}

#[test]
fn zero_chunk_size_still_progresses() {
    let mut s = example();
    s.users = 300;
    let mut sim = Simulation::new(&s, &opts(false, 0)).unwrap();
    let mut steps = 0;
    while !sim.step() {
        steps += 1;
    }
    assert_eq!(steps, 299);
}
