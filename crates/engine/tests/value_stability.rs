//! Value-stability vectors: fixed scenarios and seeds give these exact
//! counts, natively and in WebAssembly (this file also runs under
//! wasm-bindgen-test in headless Chromium). A change to the random streams,
//! the samplers or the decision rules shows up here first; if it is
//! intended, the numbers are regenerated and the change is noted, because
//! every shared link's numbers change with them.

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod common;

use worthit_engine::*;

/// (adopters, users per segment, people per option) of a run.
fn counts(s: &Scenario) -> (u64, Vec<u64>, Vec<u64>) {
    let r = run(
        s,
        &RunOptions {
            sensitivity: true,
            chunk_size: 10_000,
        },
    )
    .expect("valid scenario");
    let per_option = r
        .choices
        .iter()
        .map(|c| (c.share * r.users as f64).round() as u64)
        .collect();
    (
        r.adoption.adopters,
        r.segments.iter().map(|s| s.users).collect(),
        per_option,
    )
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn example_scenario_counts() {
    let s = common::example();
    assert_eq!(
        counts(&s),
        (5821, vec![70_000, 30_000], vec![5821, 94_179, 0])
    );
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn basic_threshold_counts() {
    let s = common::basic(100_000, 42);
    assert_eq!(counts(&s), (75_704, vec![100_000], vec![75_704, 24_296]));
}

/// Logit, a claim, and the uniform and triangular samplers: all six cost
/// components in the product's sum.
fn logit_claim() -> Scenario {
    let mut s = common::example();
    s.users = 50_000;
    s.seed = 2024;
    s.decision = Decision::Logit { temperature: 0.7 };
    s.product.claim = Some(6.5);
    s.product.costs.money = Some(Dist::Uniform { min: 0.0, max: 1.0 });
    s.product.costs.emotional = Some(Dist::Triangular {
        min: 0.0,
        mode: 0.2,
        max: 1.0,
    });
    s
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn logit_claim_counts() {
    let s = logit_claim();
    assert_eq!(
        counts(&s),
        (3112, vec![34_953, 15_047], vec![3112, 46_811, 77])
    );
}

/// The first draws of each distribution, to the bit.
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn first_draws_are_bit_stable() {
    let bits = |d: Dist| dist::draws(&d, 7, 3).map(f64::to_bits).collect::<Vec<_>>();
    assert_eq!(
        bits(Dist::Normal { mean: 0.0, sd: 1.0 }),
        [
            13827889017669398264,
            4600065656945749496,
            13824570529985252743
        ]
    );
    assert_eq!(
        bits(Dist::Lognormal { mean: 1.0, sd: 0.5 }),
        [
            4603952078048165495,
            4607442269203911260,
            4604788499449700380
        ]
    );
    assert_eq!(
        bits(Dist::Uniform { min: 0.0, max: 1.0 }),
        [
            4599346018077071714,
            4604693656075048805,
            4600091521657330970
        ]
    );
    assert_eq!(
        bits(Dist::Triangular {
            min: 0.0,
            mode: 0.3,
            max: 1.0
        }),
        [
            4599211709679308106,
            4603221137790912518,
            4599594388275382134
        ]
    );
}

/// Adoption over time: the example over 12 weeks with social proof, what-if
/// reruns included. The new adopters of every period are fixed too.
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn diffusion_counts() {
    let mut s = common::example();
    s.users = 30_000;
    s.seed = 52;
    s.product.value = Dist::Normal { mean: 7.0, sd: 1.5 };
    s.product.costs.trust = Some(Dist::Lognormal { mean: 2.0, sd: 1.0 });
    s.diffusion = Some(Diffusion {
        periods: 12,
        p: 0.03,
        q: 0.38,
        social_proof: 0.6,
    });
    let r = run(
        &s,
        &RunOptions {
            sensitivity: true,
            chunk_size: 10_000,
        },
    )
    .expect("valid scenario");
    let timeline = r.timeline.as_ref().expect("a timeline");
    let new: Vec<u64> = timeline.iter().map(|row| row.new_adopters).collect();
    let aware = (timeline[11].aware_share * 30_000.0).round() as u64;
    assert_eq!((r.adoption.adopters, aware), (1756, 11725));
    assert_eq!(
        new,
        [142, 131, 141, 132, 146, 143, 151, 161, 140, 162, 168, 139]
    );
    let what_if: Vec<(&str, u64)> = r
        .sensitivity
        .iter()
        .map(|w| {
            (
                w.input.as_str(),
                (w.adoption_share * 30_000.0).round() as u64,
            )
        })
        .collect();
    assert_eq!(
        what_if,
        [
            ("product.value.mean", 3129),
            ("alternatives[0].value.mean", 2761),
            ("product.costs.trust.mean", 2085),
            ("product.costs.time.mean", 2015),
            ("product.costs.learning.mean", 1963),
            ("product.value.sd", 1602),
            ("diffusion.p", 1891),
            ("product.costs.safety.mean", 1821),
            ("diffusion.q", 1810),
            ("product.costs.trust.sd", 1706),
            ("segments[0].screenshots_viewed", 1789),
            ("segments[1].screenshots_viewed", 1788),
            ("product.costs.time.sd", 1729),
            ("product.costs.learning.sd", 1735),
            ("product.costs.safety.sd", 1750),
            ("diffusion.social_proof", 1761),
        ]
    );
}

/// Retention: a uniform value (Φ⁻¹ of its shock for the log-normal
/// experience), a use cost from its own slot, logit's fresh noise and the
/// keyed leave periods. (retained, lost to expectation, lost to recurring
/// costs, active counts of periods 0, 1, 2, 5, 10.)
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn retention_counts() {
    let mut s = common::example();
    s.users = 40_000;
    s.seed = 18;
    s.product.value = Dist::Uniform { min: 2.0, max: 8.0 };
    s.product.experience = Some(Dist::Lognormal { mean: 4.5, sd: 1.2 });
    s.decision = Decision::Logit { temperature: 0.6 };
    s.retention = Some(Retention {
        periods: 10,
        notice: 0.35,
        recurring: default_recurring(),
        costs: Costs {
            money: Some(Dist::Normal { mean: 0.5, sd: 0.2 }),
            ..Costs::default()
        },
    });
    let r = run(
        &s,
        &RunOptions {
            sensitivity: false,
            chunk_size: 10_000,
        },
    )
    .expect("valid scenario");
    let k = r.retention.expect("retention results");
    let users = r.users as f64;
    let count = |share: f64| (share * users).round() as u64;
    let active: Vec<u64> = [0, 1, 2, 5, 10]
        .iter()
        .map(|&t| count(k.curve[t].active_share))
        .collect();
    assert_eq!(
        (
            k.retained,
            count(k.lost_to_expectation),
            count(k.lost_to_recurring),
            active
        ),
        (519, 2914, 332, vec![3765, 2596, 1862, 893, 519])
    );
}

/// Correlated perceptions: a normal value, a uniform, a triangular and a
/// log-normal cost joined by a copula (Φ of the correlated normals for the
/// uniform and triangular), what-if rows included; and the first joined
/// draws to the bit. Pins that native and WebAssembly agree on the copula
/// step and on the portable Φ.
#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn correlated_counts() {
    let mut s = common::example();
    s.users = 40_000;
    s.seed = 4;
    s.product.costs.money = Some(Dist::Uniform { min: 0.0, max: 1.0 });
    s.product.costs.emotional = Some(Dist::Triangular {
        min: 0.0,
        mode: 0.2,
        max: 1.0,
    });
    let pair = |a, b, rho| Correlation { a, b, rho };
    s.correlations = vec![
        pair(Endpoint::Value, Endpoint::Trust, -0.4),
        pair(Endpoint::Money, Endpoint::Emotional, 0.5),
        pair(Endpoint::Trust, Endpoint::Emotional, 0.3),
    ];
    let r = run(
        &s,
        &RunOptions {
            sensitivity: true,
            chunk_size: 10_000,
        },
    )
    .expect("valid scenario");
    let rows: Vec<(String, u64)> = r
        .sensitivity
        .iter()
        .filter(|w| w.input.starts_with("correlations"))
        .map(|w| {
            (
                w.input.clone(),
                (w.adoption_share * 40_000.0).round() as u64,
            )
        })
        .collect();
    let first: Vec<[u64; 4]> = copula::sample_quantities(&s, 2)
        .iter()
        .map(|q| [q[0], q[1], q[4], q[5]].map(f64::to_bits))
        .collect();
    assert_eq!(
        counts(&s),
        (1248, vec![27_881, 12_119], vec![1248, 38_752, 0])
    );
    let want = [
        ("correlations[0].rho", 1200),
        ("correlations[1].rho", 1257),
        ("correlations[2].rho", 1256),
    ];
    assert_eq!(
        rows,
        want.map(|(i, n)| (i.to_string(), n)).to_vec(),
        "correlation what-ifs"
    );
    assert_eq!(
        first,
        [
            [
                4619360998857065467,
                4606752778967767376,
                4603636743443347177,
                4603921904617626196
            ],
            [
                4614879983397113148,
                4606528584695966943,
                4612059262353608912,
                4601939292661330420
            ]
        ]
    );
}

/// Every barrier row's numbers, to the bit: `(cost, decisive share, mean
/// cost among adopters, among the rest)`. They come from the recording
/// loop's cost lanes, which WebAssembly runs over the product's components
/// only and native builds over all eight rows (`accum.rs`), so this pins
/// that both give the same sums and decisive counts.
fn barrier_bits(s: &Scenario) -> Vec<(String, u64, u64, u64)> {
    let r = run(s, &RunOptions::default()).expect("valid scenario");
    r.barriers
        .iter()
        .map(|b| {
            (
                b.cost.clone(),
                b.decisive_share.to_bits(),
                b.mean_adopters.to_bits(),
                b.mean_non_adopters.to_bits(),
            )
        })
        .collect()
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn barrier_numbers() {
    let basic = common::basic(100_000, 42);
    let logit = logit_claim();
    let want = |rows: &[(&str, u64, u64, u64)]| {
        rows.iter()
            .map(|&(c, d, a, n)| (c.to_string(), d, a, n))
            .collect::<Vec<_>>()
    };
    // Four components (two rows never used), and all six with a claim.
    assert_eq!(
        barrier_bits(&basic),
        want(&[
            (
                "time",
                0x3fe8d923fe506a8c,
                0x3ff68e36dd588753,
                0x3ffc71bf1da0c1cc
            ),
            (
                "learning",
                0x3fe2fbb3761871f7,
                0x3fedfaf79a316d28,
                0x3ff335a0f23491bb
            ),
            (
                "trust",
                0x3fdfc34efbb37618,
                0x3fe8567a504f15f7,
                0x3fedba682605018f
            ),
            (
                "safety",
                0x3fd4f067d98fe3ad,
                0x3fde7e20614d8bab,
                0x3fe2482d596ac3a8
            ),
        ])
    );
    assert_eq!(
        barrier_bits(&logit),
        want(&[
            (
                "money",
                0x3f9e6c0f8cb04961,
                0x3fdc2a94ed2107e8,
                0x3fe0248262da8f83
            ),
            (
                "time",
                0x3fc15e20958e2c77,
                0x3ff408a074d93cb2,
                0x3ff84817d4a004c8
            ),
            (
                "learning",
                0x3fb8559c269ca19c,
                0x3fea100a96123e05,
                0x3ff038d1e1bc868f
            ),
            (
                "trust",
                0x3fb79353e8106c53,
                0x3ff2e4924c811927,
                0x3ff45f314ac48884
            ),
            (
                "emotional",
                0x3f96ff2b8c2a1b2b,
                0x3fd6fab1a699cade,
                0x3fd9b1b70b382620
            ),
            (
                "safety",
                0x3f9dd51b8fa8a495,
                0x3fdc105cd12e103a,
                0x3fe01377fd8c46da
            ),
        ])
    );
}
