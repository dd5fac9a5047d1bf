//! Adoption over time (the `diffusion` block): the Bass recursion when
//! everyone aware adopts, pure outside reach, no reach without p, social
//! proof as a fraction of the trust cost, what-ifs equal to reruns, and the
//! same numbers whatever the chunk size or thread count.

mod common;

use common::opts;
use serde_json::json;
use worthit_engine::*;

fn scenario(v: serde_json::Value) -> Scenario {
    serde_json::from_value(v).expect("test scenario parses")
}

/// Everyone who hears of the product adopts: value fixed 10, no costs.
fn everyone_adopts(users: u64, seed: u64, p: f64, q: f64, periods: u32) -> Scenario {
    scenario(json!({
        "schema": 1, "seed": seed, "users": users,
        "product": { "value": { "dist": "fixed", "value": 10.0 } },
        "decision": { "rule": "threshold" },
        "diffusion": { "periods": periods, "p": p, "q": q }
    }))
}

/// The example scenario (two segments, an alternative, screenshots) over
/// 26 weeks with social proof.
fn example_over_time(users: u64) -> Scenario {
    let mut s = common::example();
    s.users = users;
    s.diffusion = Some(Diffusion {
        periods: 26,
        p: 0.03,
        q: 0.38,
        social_proof: 0.5,
    });
    s
}

fn timeline(r: &Results) -> &[TimelineRow] {
    r.timeline
        .as_deref()
        .expect("a diffusion run has a timeline")
}

/// When everyone aware adopts, F(t) follows F(t) = F(t−1) + (p + q F(t−1))
/// (1 − F(t−1)) in expectation, at every period.
///
/// Tolerance: given F(t−1), the period's adopters are Binomial(N(1 − F),
/// h) with h = p + q F, variance (1 − F) h (1 − h) / N in share terms, and
/// an error already present grows by the recursion's slope
/// g'(F) = 1 + q − p − 2 q F. So the variance of F̂(t) − F(t) is, to first
/// order, V(t) = g'(F(t−1))² V(t−1) + (1 − F) h (1 − h) / N. Each period
/// must be within 4 of those standard errors (two-sided α ≈ 6·10⁻⁵ per
/// period, so under 0.4% for 52 periods even if they were independent;
/// the seed is fixed, so the test is deterministic either way).
#[test]
fn everyone_adopting_follows_the_discrete_bass_recursion() {
    for (p, q, periods) in [(0.03, 0.38, 52), (0.01, 0.6, 30), (0.2, 0.0, 10)] {
        let n = 200_000u64;
        let r = run(&everyone_adopts(n, 11, p, q, periods), &opts(false, 65_536)).unwrap();
        let rows = timeline(&r);
        assert_eq!(rows.len(), periods as usize);
        let (mut f, mut var) = (0.0f64, 0.0f64);
        for (t, row) in rows.iter().enumerate() {
            let h = p + q * f;
            let slope = 1.0 + q - p - 2.0 * q * f;
            var = slope * slope * var + (1.0 - f) * h * (1.0 - h) / n as f64;
            f += h * (1.0 - f);
            let se = var.sqrt();
            assert_eq!(row.period, t as u32 + 1);
            assert!(
                (row.cumulative_share - f).abs() <= 4.0 * se,
                "p {p} q {q} period {}: {} vs Bass {f} (se {se})",
                row.period,
                row.cumulative_share
            );
            // Everyone aware adopted.
            assert_eq!(row.aware_share, row.cumulative_share);
        }
        assert_eq!(r.adoption.share, rows.last().unwrap().cumulative_share);
    }
}

/// Without word of mouth (q = 0) awareness is outside reach alone,
/// 1 − (1 − p)^t, however few adopt: here nobody does (value below cost),
/// so the whole population hears of it and stays with "none".
#[test]
fn outside_reach_alone_is_geometric_and_independent_of_adoption() {
    let n = 100_000u64;
    let s = scenario(json!({
        "schema": 1, "seed": 3, "users": n,
        "product": { "value": { "dist": "fixed", "value": 1.0 },
                     "costs": { "time": { "dist": "fixed", "value": 2.0 } } },
        "decision": { "rule": "threshold" },
        "diffusion": { "periods": 20, "p": 0.1, "q": 0.9 }
    }));
    let r = run(&s, &opts(false, 65_536)).unwrap();
    assert_eq!(r.adoption.adopters, 0);
    for row in timeline(&r) {
        // q·0 adds nothing: the hazard is p every period.
        let expected = 1.0 - 0.9f64.powi(row.period as i32);
        let se = (expected * (1.0 - expected) / n as f64).sqrt();
        assert!((row.aware_share - expected).abs() <= 4.0 * se, "{row:?}");
        assert_eq!(row.new_adopters, 0);
    }
    // Barriers and the histogram describe the aware, who all declined.
    let aware = (timeline(&r).last().unwrap().aware_share * n as f64).round() as u64;
    assert_eq!(r.net_value.histogram.counts.iter().sum::<u64>(), aware);
    assert_eq!(r.barriers[0].decisive_share, 1.0);
}

/// p = 0: nobody hears of the product from outside, so word of mouth has
/// nobody to start from. No one is aware, no one adopts, everyone is in
/// "none" and still counted in their segment.
#[test]
fn no_outside_reach_means_no_adoption() {
    let mut s = example_over_time(30_000);
    s.diffusion = Some(Diffusion {
        periods: 52,
        p: 0.0,
        q: 1.0,
        social_proof: 1.0,
    });
    let r = run(&s, &opts(true, 65_536)).unwrap();
    assert_eq!(r.users, 30_000);
    assert_eq!(r.adoption.adopters, 0);
    assert_eq!(r.adoption.share, 0.0);
    assert!(
        timeline(&r).iter().all(|row| row.aware_share == 0.0
            && row.new_adopters == 0
            && row.cumulative_share == 0.0)
    );
    assert_eq!(r.choices.last().unwrap().option, "none");
    assert_eq!(r.choices.last().unwrap().share, 1.0);
    assert_eq!(r.segments.iter().map(|s| s.users).sum::<u64>(), 30_000);
    assert_eq!(r.net_value.histogram.counts.iter().sum::<u64>(), 0);
    // Only moving p itself (0 → 0.1) can change anything.
    for row in &r.sensitivity {
        if row.input == "diffusion.p" {
            assert!(row.change > 0.01, "{row:?}");
        } else {
            assert_eq!(row.change, 0.0, "{row:?}");
        }
    }
}

/// Social proof multiplies the trust cost of a person deciding in period t
/// by 1 − social_proof · F(t − 1). Value uniform(0, 4), trust fixed 2,
/// threshold: in period 1 (F = 0) a person adopts iff V > 2, probability
/// 1/2; in period 2 iff V > 2 (1 − sp F(1)), probability (1 + sp F(1)) / 2
/// (an additive reading, trust − sp F, would give (2 + sp F(1)) / 4, and
/// using F(2) instead of F(1) would be higher still). Both conversions are
/// checked within 4 binomial standard errors of the people newly aware.
#[test]
fn social_proof_is_a_fraction_of_the_trust_cost_at_the_decision() {
    let n = 200_000u64;
    let sp = 1.0;
    let s = scenario(json!({
        "schema": 1, "seed": 5, "users": n,
        "product": { "value": { "dist": "uniform", "min": 0.0, "max": 4.0 },
                     "costs": { "trust": { "dist": "fixed", "value": 2.0 } } },
        "decision": { "rule": "threshold" },
        "diffusion": { "periods": 2, "p": 0.3, "q": 0.5, "social_proof": sp }
    }));
    let r = run(&s, &opts(false, 65_536)).unwrap();
    let rows = timeline(&r);
    let new_aware = [
        rows[0].aware_share * n as f64,
        (rows[1].aware_share - rows[0].aware_share) * n as f64,
    ];
    let f1 = rows[0].cumulative_share;
    for (t, expected) in [(0, 0.5), (1, (1.0 + sp * f1) / 2.0)] {
        let m = new_aware[t];
        let conversion = rows[t].new_adopters as f64 / m;
        let se = (expected * (1.0 - expected) / m).sqrt();
        assert!(
            (conversion - expected).abs() <= 4.0 * se,
            "period {}: {conversion} vs {expected}",
            t + 1
        );
    }
    // Trust's mean among adopters is the scaled cost.
    let trust = r.barriers.iter().find(|b| b.cost == "trust").unwrap();
    assert!(trust.mean_adopters < 2.0 && trust.mean_adopters > 2.0 * (1.0 - f1));
}

/// More social proof never lowers adoption on the same seed. It does not
/// hold person by person (someone who hears earlier, when fewer have
/// adopted, sees less proof), but more proof raises every period's
/// conversion and so word of mouth; on these fixed seeds the adopters at
/// the end of the horizon, and at every period, never fall as social proof
/// rises.
#[test]
fn more_social_proof_never_lowers_adoption() {
    for seed in [1u64, 2, 3] {
        let mut previous: Option<Results> = None;
        let mut without = 0.0;
        for sp in [0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0] {
            let s = scenario(json!({
                "schema": 1, "seed": seed, "users": 50_000,
                "product": { "value": { "dist": "normal", "mean": 2.0, "sd": 1.0 },
                    "costs": { "trust": { "dist": "lognormal", "mean": 2.0, "sd": 1.0 },
                               "time": { "dist": "lognormal", "mean": 0.5, "sd": 0.3 } } },
                "alternatives": [ { "name": "Habit",
                    "value": { "dist": "normal", "mean": 0.3, "sd": 0.5 } } ],
                "decision": { "rule": "beat_alternatives" },
                "diffusion": { "periods": 40, "p": 0.02, "q": 0.4, "social_proof": sp }
            }));
            let r = run(&s, &opts(false, 65_536)).unwrap();
            if sp == 0.0 {
                without = r.adoption.share;
            }
            if let Some(prev) = &previous {
                assert!(
                    r.adoption.adopters >= prev.adoption.adopters,
                    "seed {seed} sp {sp}: {} < {}",
                    r.adoption.adopters,
                    prev.adoption.adopters
                );
                for (a, b) in timeline(&r).iter().zip(timeline(prev)) {
                    assert!(
                        a.cumulative_share >= b.cumulative_share,
                        "seed {seed} sp {sp}"
                    );
                }
            }
            previous = Some(r);
        }
        // And the effect is real: full proof against none, far beyond the
        // Monte Carlo error (a share's standard error here is ≤ 0.0023).
        let last = previous.unwrap();
        assert!(
            last.adoption.share > without + 0.05,
            "{without} vs {:?}",
            last.adoption
        );
    }
}

/// The timeline is one row per period and the main results describe the
/// whole population at the end of the horizon.
#[test]
fn timeline_rows_and_totals_agree() {
    let s = example_over_time(40_000);
    let r = run(&s, &opts(true, 65_536)).unwrap();
    let rows = timeline(&r);
    assert_eq!(rows.len(), 26);
    let mut before = 0.0;
    for (t, row) in rows.iter().enumerate() {
        assert_eq!(row.period, t as u32 + 1);
        assert!(row.cumulative_share >= before);
        assert!(row.aware_share >= row.cumulative_share);
        assert!(row.aware_share <= 1.0);
        before = row.cumulative_share;
    }
    let adopters: u64 = rows.iter().map(|r| r.new_adopters).sum();
    assert_eq!(adopters, r.adoption.adopters);
    assert_eq!(r.adoption.share, before);
    assert_eq!(r.users, 40_000);
    assert_eq!(r.segments.iter().map(|s| s.users).sum::<u64>(), 40_000);
    let shares: f64 = r.choices.iter().map(|c| c.share).sum();
    assert!((shares - 1.0).abs() < 1e-12);
    // Histogram and barriers: the aware people, who decided.
    let aware = (rows.last().unwrap().aware_share * 40_000.0).round() as u64;
    assert_eq!(r.net_value.histogram.counts.iter().sum::<u64>(), aware);
    assert_eq!(
        r.net_value.histogram.adopter_counts.iter().sum::<u64>(),
        r.adoption.adopters
    );
    // The what-ifs include the diffusion inputs.
    for must in ["diffusion.p", "diffusion.q", "diffusion.social_proof"] {
        assert!(r.sensitivity.iter().any(|s| s.input == must), "{must}");
    }
    // Without a diffusion block there is no timeline.
    let mut plain = s.clone();
    plain.diffusion = None;
    assert!(
        run(&plain, &opts(false, 65_536))
            .unwrap()
            .timeline
            .is_none()
    );
}

/// Every what-if row equals a separate diffusion run with the input moved:
/// the row reruns the whole process, word of mouth included.
#[test]
fn what_if_rows_equal_reruns() {
    let mut base = example_over_time(20_000);
    base.product.claim = Some(6.5);
    let r = run(&base, &opts(true, 65_536)).unwrap();
    let mut checked = 0;
    for row in &r.sensitivity {
        let mut s = base.clone();
        let d = s.diffusion.as_mut().unwrap();
        match row.input.as_str() {
            "diffusion.p" => d.p += row.step,
            "diffusion.q" => d.q += row.step,
            "diffusion.social_proof" => d.social_proof += row.step,
            "product.value.mean" => s.product.value = dist::shift_mean(&s.product.value, row.step),
            "product.costs.trust.mean" => {
                let c = s.product.costs.trust.as_mut().unwrap();
                *c = dist::shift_mean(c, row.step);
            }
            "product.claim" => s.product.claim = s.product.claim.map(|c| c + row.step),
            "alternatives[0].value.mean" => {
                let v = &mut s.alternatives[0].value;
                *v = dist::shift_mean(v, row.step);
            }
            _ => continue,
        }
        let again = run(&s, &opts(false, 65_536)).unwrap();
        assert_eq!(
            row.adoption_share, again.adoption.share,
            "{} moved by {}",
            row.input, row.step
        );
        checked += 1;
    }
    assert_eq!(checked, 7);
}

/// 150,000 people cross two accumulation blocks; the chunk size (in
/// person-periods) never changes a number, and progress counts
/// person-periods up to users × periods.
#[test]
fn chunk_size_never_changes_a_diffusion_run() {
    let s = example_over_time(150_000);
    let reference = run(&s, &opts(true, 65_536)).unwrap();
    for chunk in [1_000, 4_097, 65_536 * 2, 150_000 * 3 + 17, u64::MAX] {
        assert_eq!(run(&s, &opts(true, chunk)).unwrap(), reference, "{chunk}");
    }
    let s = example_over_time(5_000);
    let reference = run(&s, &opts(true, 65_536)).unwrap();
    let mut sim = Simulation::new(&s, &opts(true, 777)).unwrap();
    assert_eq!(sim.total(), 5_000 * 26);
    let mut steps = 0;
    while !sim.step() {
        steps += 1;
        assert_eq!(sim.done(), steps * 777);
    }
    assert_eq!(sim.done(), sim.total());
    assert_eq!(sim.finish(), reference);
}

/// A run stopped early reports the periods passed, the last one counting
/// the people passed so far.
#[test]
fn finishing_early_reports_the_periods_done() {
    let s = example_over_time(10_000);
    let full = run(&s, &opts(false, 65_536)).unwrap();
    let mut sim = Simulation::new(&s, &opts(false, 10_000 * 5 + 2_500)).unwrap();
    assert!(!sim.step());
    let r = sim.finish();
    let rows = timeline(&r);
    assert_eq!(rows.len(), 6);
    assert_eq!(rows[..5], timeline(&full)[..5]);
    assert!(rows[5].new_adopters <= timeline(&full)[5].new_adopters);
    assert_eq!(r.users, 10_000);
    let adopters: u64 = rows.iter().map(|r| r.new_adopters).sum();
    assert_eq!(adopters, r.adoption.adopters);
}

#[test]
fn same_seed_same_timeline_other_seed_other() {
    let s = example_over_time(20_000);
    let a = run(&s, &opts(false, 65_536)).unwrap();
    assert_eq!(a, run(&s, &opts(false, 65_536)).unwrap());
    let mut s2 = s.clone();
    s2.seed += 1;
    assert_ne!(
        timeline(&a),
        timeline(&run(&s2, &opts(false, 65_536)).unwrap())
    );
}

#[cfg(feature = "parallel")]
#[test]
fn parallel_equals_serial_for_diffusion() {
    let s = example_over_time(200_000);
    let serial = run(&s, &opts(true, 10_000)).unwrap();
    assert_eq!(run_parallel(&s, &opts(true, 10_000)).unwrap(), serial);
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(3)
        .build()
        .unwrap();
    assert_eq!(
        pool.install(|| run_parallel(&s, &opts(true, 10_000)).unwrap()),
        serial
    );
}

/// Over time, progress counts person-periods: it climbs to users × periods.
#[cfg(feature = "parallel")]
#[test]
fn parallel_progress_over_time_counts_person_periods() {
    let s = example_over_time(200_000);
    let periods = u64::from(s.diffusion.as_ref().unwrap().periods);
    let mut seen: Vec<(u64, u64)> = Vec::new();
    let with = run_parallel_with_progress(&s, &opts(true, 10_000), |d, t| seen.push((d, t)));
    assert_eq!(with.unwrap(), run(&s, &opts(true, 10_000)).unwrap());
    let total = 200_000 * periods;
    assert_eq!(seen.first(), Some(&(0, total)));
    assert_eq!(seen.last(), Some(&(total, total)));
    assert!(seen.windows(2).all(|w| w[0].0 <= w[1].0), "{seen:?}");
    assert!(seen.len() as u64 > periods, "a report within every period");
}

/// The bundled launch preset teaches the funnel: within the year nearly
/// everyone hears of the game, yet adoption levels off far lower, so
/// conversion (value and cost), not reach, sets the ceiling; new adopters
/// peak in between.
#[test]
fn launch_preset_is_conversion_limited() {
    let preset = presets::get("game-launch-year").expect("the launch preset");
    let s = preset.scenario();
    let d = s.diffusion.expect("a diffusion block");
    assert_eq!((d.periods, d.p, d.q), (52, 0.03, 0.38));
    let r = run(&s, &opts(false, 65_536)).unwrap();
    let rows = timeline(&r);
    let last = rows.last().unwrap();
    assert!(last.aware_share > 0.99, "{last:?}");
    assert!(last.cumulative_share < 0.7, "{last:?}");
    let peak = rows.iter().max_by_key(|r| r.new_adopters).unwrap().period;
    assert!((4..=20).contains(&peak), "peak {peak}");
}
