//! At least one sentence of every kind, with the argument values that make
//! the English wording change (singulars, directions, the ends of a
//! probability, a value not a number): `tests/english.rs` pins each one's
//! English, the other tests check every language renders them.

use worthit_engine::ChoiceOption;
use worthit_view::{InputRef, LossCause, Sentence, Variant};

/// The name of a sentence's kind. The match has no wildcard on purpose: a
/// new kind of sentence stops this test from compiling until it has
/// samples below (and templates in every language).
pub fn kind(s: &Sentence) -> &'static str {
    match s {
        Sentence::NoPeople => "NoPeople",
        Sentence::Headline { .. } => "Headline",
        Sentence::AlternativeLeads { .. } => "AlternativeLeads",
        Sentence::AlternativeTies { .. } => "AlternativeTies",
        Sentence::LargestBarrier { .. } => "LargestBarrier",
        Sentence::NoSingleBarrier => "NoSingleBarrier",
        Sentence::BiggestLever { .. } => "BiggestLever",
        Sentence::NoLever => "NoLever",
        Sentence::SegmentRange { .. } => "SegmentRange",
        Sentence::TimelinePeak { .. } => "TimelinePeak",
        Sentence::TimelineNoReach { .. } => "TimelineNoReach",
        Sentence::TimelineValueLimited { .. } => "TimelineValueLimited",
        Sentence::TimelineSaturated { .. } => "TimelineSaturated",
        Sentence::TimelineReachLimited { .. } => "TimelineReachLimited",
        Sentence::TimelineBothLimited { .. } => "TimelineBothLimited",
        Sentence::RetainedHeadline { .. } => "RetainedHeadline",
        Sentence::RetentionLoss { .. } => "RetentionLoss",
        Sentence::RetentionNoLoss { .. } => "RetentionNoLoss",
        Sentence::ClaimBestRetained { .. } => "ClaimBestRetained",
        Sentence::DescRetention { .. } => "DescRetention",
        Sentence::CompareShares { .. } => "CompareShares",
        Sentence::CompareWinner { .. } => "CompareWinner",
        Sentence::CompareUnclear { .. } => "CompareUnclear",
        Sentence::CompareSame { .. } => "CompareSame",
        Sentence::NextBest { .. } => "NextBest",
        Sentence::NextNone { .. } => "NextNone",
        Sentence::NextRanking { .. } => "NextRanking",
        Sentence::NextFull { .. } => "NextFull",
        Sentence::ClaimBest { .. } => "ClaimBest",
        Sentence::ClaimNoGain { .. } => "ClaimNoGain",
        Sentence::ClaimCurrent { .. } => "ClaimCurrent",
        Sentence::NoData => "NoData",
        Sentence::DescNetValue { .. } => "DescNetValue",
        Sentence::DescChoices { .. } => "DescChoices",
        Sentence::DescBarriers { .. } => "DescBarriers",
        Sentence::DescBarrierMeans { .. } => "DescBarrierMeans",
        Sentence::DescTornado { .. } => "DescTornado",
        Sentence::DescSegments { .. } => "DescSegments",
        Sentence::DescTimeline { .. } => "DescTimeline",
        Sentence::DescOverlay { .. } => "DescOverlay",
        Sentence::DescClaimCurve { .. } => "DescClaimCurve",
    }
}

/// Every kind listed by [`kind`], so the test can check none is missing
/// from [`all`].
pub const KINDS: usize = 41;

fn input(path: &str, alternative: Option<&str>, segment: Option<&str>) -> InputRef {
    InputRef {
        path: path.to_string(),
        alternative: alternative.map(str::to_string),
        segment: segment.map(str::to_string),
        between: None,
    }
}

/// What-if inputs of every shape the labels name.
pub fn inputs() -> Vec<InputRef> {
    vec![
        input("product.costs.trust.mean", None, None),
        input("product.costs.time.sd", None, None),
        input("product.value.mean", None, None),
        input("product.value.mode", None, None),
        input("product.costs.money.min", None, None),
        input("product.costs.safety.max", None, None),
        input("product.claim", None, None),
        input("product.credibility", None, None),
        input("alternatives[0].value.mean", Some("Market leader"), None),
        input("alternatives[2].costs.learning.mean", None, None),
        input("segments[1].weights.time", None, Some("Core gamers")),
        input("segments[0].weights.value", None, Some("Casual")),
        input("segments[0].share", None, Some("Casual")),
        input("segments[0].skepticism", None, Some("Casual")),
        input("segments[3].screenshots_viewed", None, None),
        input("diffusion.p", None, None),
        input("diffusion.q", None, None),
        input("diffusion.social_proof", None, None),
        input("something.unknown", None, None),
        InputRef {
            between: Some([
                worthit_engine::Endpoint::Value,
                worthit_engine::Endpoint::Trust,
            ]),
            ..input("correlations[0].rho", None, None)
        },
    ]
}

pub fn all() -> Vec<Sentence> {
    let mut out = vec![
        Sentence::NoPeople,
        Sentence::Headline {
            share: 0.4312,
            lo: 0.4281,
            hi: 0.4339,
            adopters: 43_120,
            users: 100_000,
        },
        Sentence::Headline {
            share: 1.0,
            lo: 0.2065,
            hi: 1.0,
            adopters: 1,
            users: 1,
        },
        Sentence::Headline {
            share: f64::NAN,
            lo: f64::NAN,
            hi: f64::INFINITY,
            adopters: 0,
            users: 10_000_000,
        },
        Sentence::AlternativeLeads {
            option: "Market leader".into(),
            share: 0.512,
            product_share: 0.201,
            decimals: 1,
        },
        Sentence::AlternativeTies {
            option: "Bank savings account".into(),
            share: 0.495,
        },
        Sentence::NoSingleBarrier,
        Sentence::NoLever,
        Sentence::SegmentRange {
            best: "Core gamers".into(),
            best_share: 0.61,
            worst: "Casual".into(),
            worst_share: 0.12,
        },
        Sentence::TimelinePeak {
            period: 9,
            new_adopters: 4_210,
        },
        Sentence::TimelinePeak {
            period: 1,
            new_adopters: 1,
        },
        Sentence::TimelineNoReach { periods: 52 },
        Sentence::TimelineNoReach { periods: 1 },
        Sentence::TimelineValueLimited {
            ever: 0.43,
            aware: 0.97,
        },
        Sentence::TimelineSaturated {
            ever: 0.95,
            period: 40,
        },
        Sentence::TimelineReachLimited {
            aware: 0.5,
            conversion: 0.8,
            period: 12,
        },
        Sentence::TimelineBothLimited {
            aware: 0.4,
            conversion: 0.3,
            period: 12,
        },
        Sentence::RetainedHeadline {
            share: 0.231,
            lo: 0.228,
            hi: 0.234,
            periods: 30,
        },
        Sentence::RetainedHeadline {
            share: 0.4,
            lo: 0.39,
            hi: 0.41,
            periods: 1,
        },
        Sentence::RetentionLoss {
            expectation: 0.12,
            recurring: 0.03,
            larger: LossCause::Expectation,
        },
        Sentence::RetentionLoss {
            expectation: 0.01,
            recurring: 0.09,
            larger: LossCause::Recurring,
        },
        Sentence::RetentionNoLoss { periods: 30 },
        Sentence::RetentionNoLoss { periods: 1 },
        Sentence::ClaimBestRetained {
            claim: 7.5,
            share: 0.21,
            adoption_claim: 11.0,
        },
        Sentence::ClaimBestRetained {
            claim: 11.0,
            share: 0.21,
            adoption_claim: 11.0,
        },
        Sentence::DescRetention {
            periods: 30,
            adopted: 0.43,
            retained: 0.23,
        },
        Sentence::DescRetention {
            periods: 1,
            adopted: 0.43,
            retained: 0.41,
        },
        Sentence::CompareShares {
            a: 0.31,
            b: 0.352,
            decimals: 1,
        },
        Sentence::CompareSame { share: 0.43 },
        Sentence::NextBest {
            kind: "gameplay".into(),
            position: 1,
            points: 0.042,
            lo: 0.038,
            hi: 0.046,
            probability: 0.9999,
        },
        Sentence::NextNone {
            kind: "my_custom_kind".into(),
            position: 3,
            change: -0.001,
            lo: -0.004,
            hi: 0.002,
        },
        Sentence::NextRanking {
            items: vec![
                ("progression".into(), 2, 0.012),
                ("social_proof".into(), 1, -0.003),
                ("safety".into(), 10, 0.0),
            ],
        },
        Sentence::NextFull { max: 10 },
        Sentence::NextFull { max: 1 },
        Sentence::ClaimBest {
            claim: 12.5,
            share: 0.48,
            no_claim_share: 0.4,
        },
        Sentence::ClaimNoGain {
            no_claim_share: 0.4,
        },
        // As good as the best, just below and just above the English rule's
        // 0.05-point line.
        Sentence::ClaimCurrent {
            claim: 10.0,
            share: 0.48,
            best_share: 0.48,
        },
        Sentence::ClaimCurrent {
            claim: 10.0,
            share: 0.48,
            best_share: 0.4804,
        },
        Sentence::ClaimCurrent {
            claim: 30.0,
            share: 0.2,
            best_share: 0.48,
        },
        Sentence::NoData,
        Sentence::DescNetValue {
            mean: 0.8,
            sd: 2.1,
            positive: 0.64,
        },
        Sentence::DescNetValue {
            mean: -1234.56,
            sd: f64::NAN,
            positive: 0.0,
        },
        Sentence::DescChoices {
            items: vec![
                (ChoiceOption::Product, "Our game".into(), 0.4312),
                (ChoiceOption::Alternative(0), "Market leader".into(), 0.3048),
                (ChoiceOption::None, "none".into(), 0.264),
            ],
        },
        Sentence::DescChoices { items: vec![] },
        Sentence::DescBarriers {
            items: vec![
                ("trust".into(), 0.21),
                ("money".into(), 0.05),
                ("boredom".into(), 0.01),
            ],
        },
        Sentence::DescBarrierMeans {
            items: vec![("time".into(), 1.234, 2.5), ("emotional".into(), 0.1, 0.4)],
        },
        Sentence::DescTornado {
            items: inputs()
                .into_iter()
                .enumerate()
                .map(|(i, input)| {
                    (
                        input,
                        if i % 2 == 0 { 0.5 } else { -0.05 },
                        0.021 - 0.004 * i as f64,
                    )
                })
                .collect(),
        },
        Sentence::DescSegments {
            items: vec![("Core gamers".into(), 0.61), ("Casual".into(), 0.12)],
            overall: 0.4312,
        },
        Sentence::DescTimeline {
            periods: 52,
            peak_period: 9,
            ever: 0.43,
            aware: 0.97,
        },
        Sentence::DescTimeline {
            periods: 1,
            peak_period: 1,
            ever: 0.02,
            aware: 0.03,
        },
        Sentence::DescOverlay {
            a_mean: -0.3,
            b_mean: 0.5,
        },
        Sentence::DescClaimCurve {
            lo: 0.0,
            hi: 40.0,
            best_claim: 12.5,
            best_share: 0.48,
            no_claim_share: 0.4,
            end_share: 0.05,
        },
    ];
    for cost in [
        "money",
        "time",
        "learning",
        "trust",
        "emotional",
        "safety",
        "boredom",
    ] {
        out.push(Sentence::LargestBarrier {
            cost: cost.into(),
            share: 0.21,
        });
    }
    for input in inputs() {
        for (step, change) in [(0.5, 0.021), (-0.5, 0.021), (0.05, -0.004), (-2.0, -0.3)] {
            out.push(Sentence::BiggestLever {
                input: input.clone(),
                step,
                change,
            });
        }
    }
    for variant in [Variant::A, Variant::B] {
        for probability in [0.9999, 0.0001, 0.72] {
            out.push(Sentence::CompareWinner {
                winner: variant,
                points: 0.042,
                lo: 0.038,
                hi: 0.046,
                probability,
                decimals: 1,
            });
            out.push(Sentence::CompareUnclear {
                leader: variant,
                points: 0.002,
                lo: -0.002,
                hi: 0.008,
                probability,
                decimals: 1,
            });
        }
    }
    out
}
