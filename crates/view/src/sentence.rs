//! Sentences as data: a message id plus named arguments.
//!
//! The summary and the charts' text alternatives are lists of [`Sentence`]s.
//! Each has a stable [`id`](Sentence::id) and [`args`](Sentence::args), which
//! is what a Fluent bundle needs: `worthit-i18n` formats the arguments with
//! [`format_arg`] (numbers through the locale's [`NumberFormat`], costs and
//! inputs through its [`Labels`]) and looks the id up in a translation file.
//! There is no English here: English is one of those files
//! (`www/locales/en.ftl`), and the command line, the prerendered block and
//! the page all write English through it.
//!
//! [`NumberFormat`]: crate::NumberFormat

use worthit_engine::ChoiceOption;

use crate::labels::{InputRef, Labels};
use crate::phrase::Phrase;

/// Which side of an A vs. B comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    A,
    B,
}

/// Why adopters stop using the product (results' `lost_to_expectation`
/// and `lost_to_recurring`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LossCause {
    /// Use delivered less than the claims and screenshots promised.
    Expectation,
    /// What using it keeps costing outweighs what it delivers.
    Recurring,
}

impl LossCause {
    /// The selector key a translation chooses its wording by.
    pub fn key(self) -> &'static str {
        match self {
            LossCause::Expectation => "expectation",
            LossCause::Recurring => "recurring",
        }
    }
}

/// A named argument of a sentence, typed so each locale can write it its
/// own way.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A share 0..1, written as a percentage: `43.1%`.
    Share(f64),
    /// A share with the given decimals, where one decimal would print two
    /// different shares alike: `49.46%`.
    ShareDigits(f64, usize),
    /// An interval of shares: `42.8–43.4%`.
    ShareRange(f64, f64),
    /// The size of a change in share, in percentage points, unsigned: `2.1`.
    Points(f64),
    /// [`Arg::Points`] with the given decimals: `0.04`.
    PointsDigits(f64, usize),
    /// [`Arg::PointsRange`] with the given decimals: `0.01–0.07`.
    PointsRangeDigits(f64, f64, usize),
    /// A change in share in percentage points with its sign: `+2.1`.
    SignedPoints(f64),
    /// An interval of changes in percentage points: `3.8–4.6`.
    PointsRange(f64, f64),
    /// A probability that reads honestly at the ends: `> 99.9%`.
    Probability(f64),
    /// A count of people: `100,000`.
    Count(u64),
    /// A number with the given decimals: `0.8`.
    Number(f64, usize),
    /// A signed number with the given decimals: `+0.8`.
    Signed(f64, usize),
    /// A period of the timeline: `9`.
    Period(u32),
    /// User-given text (an option's or a segment's name), never translated.
    Text(String),
    /// A cost component by its key (`trust`), named by [`Labels::cost_name`].
    Cost(String),
    /// A what-if input, named by [`Labels::input_ref_name`].
    Input(InputRef),
    /// A or B, named by [`Labels::variant_a`] / [`Labels::variant_b`].
    Variant(Variant),
    /// A screenshot kind at a 1-based position of the strip, written as
    /// [`Phrase::ScreenshotAt`]: "gameplay as screenshot 1".
    Screenshot { kind: String, position: u32 },
    /// The no-choice option of a choice list, named by
    /// [`Labels::none_option`].
    NoChoice,
    /// A list such as "Our game: 43.1%, None: 26.4%".
    List(Vec<ListItem>),
    /// A selector for translations (e.g. `lower` / `raise`): a message
    /// chooses its wording by it and never prints it.
    Key(&'static str),
}

/// One entry of a list argument: name parts joined by spaces, then the
/// values joined by the locale's "versus" separator.
#[derive(Debug, Clone, PartialEq)]
pub struct ListItem {
    pub name: Vec<Arg>,
    pub values: Vec<Arg>,
}

/// Everything the summary and the text alternatives can say.
#[derive(Debug, Clone, PartialEq)]
pub enum Sentence {
    // ---- Summary of one run ----
    /// The run simulated nobody.
    NoPeople,
    /// "43.1% of 100,000 simulated people adopt (95% interval 42.8–43.4%)."
    Headline {
        share: f64,
        lo: f64,
        hi: f64,
        adopters: u64,
        users: u64,
    },
    /// An alternative wins more people than the product. `decimals` is
    /// what the two shares need to print differently.
    AlternativeLeads {
        option: String,
        share: f64,
        product_share: f64,
        decimals: usize,
    },
    /// An alternative wins more people than the product, but by less than
    /// two decimals of a percent can show: about as many.
    AlternativeTies {
        option: String,
        share: f64,
    },
    /// The cost that, removed alone, would win the most non-adopters.
    LargestBarrier {
        cost: String,
        share: f64,
    },
    /// No cost removed alone would win even 0.5% of non-adopters.
    NoSingleBarrier,
    /// The what-if input with the largest effect on adoption.
    BiggestLever {
        input: InputRef,
        step: f64,
        change: f64,
    },
    /// No what-if change moves adoption by even 0.05 points.
    NoLever,
    /// The segments that adopt most and least.
    SegmentRange {
        best: String,
        best_share: f64,
        worst: String,
        worst_share: f64,
    },

    // ---- Adoption over time ----
    /// The period with the most new adopters.
    TimelinePeak {
        period: u32,
        new_adopters: u64,
    },
    /// Nobody became aware: reach is the limit.
    TimelineNoReach {
        periods: u32,
    },
    /// Nearly everyone heard of it (≥ 90%) but under 90% of them adopt.
    TimelineValueLimited {
        ever: f64,
        aware: f64,
    },
    /// Nearly everyone heard of it and nearly all of them adopt.
    TimelineSaturated {
        ever: f64,
        period: u32,
    },
    /// Under 90% heard of it; at least half of those adopt.
    TimelineReachLimited {
        aware: f64,
        conversion: f64,
        period: u32,
    },
    /// Under 90% heard of it and under half of those adopt.
    TimelineBothLimited {
        aware: f64,
        conversion: f64,
        period: u32,
    },

    // ---- Who stays (retention) ----
    /// Retained adopters: the share of all people who adopted and still
    /// use the product after `periods` periods, with its 95% interval.
    RetainedHeadline {
        share: f64,
        lo: f64,
        hi: f64,
        periods: u32,
    },
    /// Whether expectation (claims, screenshots) or the recurring costs
    /// lose more adopters by the horizon; `larger` names the larger.
    RetentionLoss {
        expectation: f64,
        recurring: f64,
        larger: LossCause,
    },
    /// Nobody who adopts leaves by the horizon.
    RetentionNoLoss {
        periods: u32,
    },

    // ---- A vs. B ----
    /// Both adoption shares, with the decimals that print them apart when
    /// they differ.
    CompareShares {
        a: f64,
        b: f64,
        decimals: usize,
    },
    /// One variant wins: its interval of the lift excludes zero. `decimals`
    /// is what the points need to print as more than zero.
    CompareWinner {
        winner: Variant,
        points: f64,
        lo: f64,
        hi: f64,
        probability: f64,
        decimals: usize,
    },
    /// The interval of the lift includes zero.
    CompareUnclear {
        leader: Variant,
        points: f64,
        lo: f64,
        hi: f64,
        probability: f64,
        decimals: usize,
    },
    /// A and B give exactly the same adoption (lift 0 on the same people).
    CompareSame {
        share: f64,
    },

    // ---- Screenshot lab ----
    /// The best screenshot to add clearly raises adoption (its interval of
    /// the lift lies above zero). `position` is 1-based.
    NextBest {
        kind: String,
        position: u32,
        points: f64,
        lo: f64,
        hi: f64,
        probability: f64,
    },
    /// No candidate clearly raises adoption; the best one's change and
    /// interval.
    NextNone {
        kind: String,
        position: u32,
        change: f64,
        lo: f64,
        hi: f64,
    },
    /// The candidates after the best: (kind, 1-based position, lift).
    NextRanking {
        items: Vec<(String, u32, f64)>,
    },
    /// The strip has the most screenshots a store page shows.
    NextFull {
        max: u32,
    },
    /// The claim with the highest adoption lies above the value's mean.
    ClaimBest {
        claim: f64,
        share: f64,
        no_claim_share: f64,
    },
    /// No claim above the mean raises adoption.
    ClaimNoGain {
        no_claim_share: f64,
    },
    /// With retention: the claim with the most retained adopters, against
    /// the claim with the most adopters.
    ClaimBestRetained {
        claim: f64,
        share: f64,
        adoption_claim: f64,
    },
    /// The scenario's own claim against the best.
    ClaimCurrent {
        claim: f64,
        share: f64,
        best_share: f64,
    },

    // ---- Text alternatives of the charts ----
    /// The chart has nothing to show.
    NoData,
    DescNetValue {
        mean: f64,
        sd: f64,
        positive: f64,
    },
    /// (option, its name as the results write it, share).
    DescChoices {
        items: Vec<(ChoiceOption, String, f64)>,
    },
    DescBarriers {
        items: Vec<(String, f64)>,
    },
    /// (cost, mean for adopters, mean for non-adopters).
    DescBarrierMeans {
        items: Vec<(String, f64, f64)>,
    },
    /// (input, step, change).
    DescTornado {
        items: Vec<(InputRef, f64, f64)>,
    },
    DescSegments {
        items: Vec<(String, f64)>,
        overall: f64,
    },
    DescTimeline {
        periods: u32,
        peak_period: u32,
        ever: f64,
        aware: f64,
    },
    DescOverlay {
        a_mean: f64,
        b_mean: f64,
    },
    /// The retention chart: adopted share, retained share at the horizon.
    DescRetention {
        periods: u32,
        adopted: f64,
        retained: f64,
    },
    DescClaimCurve {
        lo: f64,
        hi: f64,
        best_claim: f64,
        best_share: f64,
        no_claim_share: f64,
        end_share: f64,
    },
}

impl Sentence {
    /// The template id, stable across releases (a Fluent message id).
    pub fn id(&self) -> &'static str {
        match self {
            Sentence::NoPeople => "summary-no-people",
            Sentence::Headline { .. } => "summary-headline",
            Sentence::AlternativeLeads { .. } => "summary-alternative-leads",
            Sentence::AlternativeTies { .. } => "summary-alternative-ties",
            Sentence::LargestBarrier { .. } => "summary-largest-barrier",
            Sentence::NoSingleBarrier => "summary-no-single-barrier",
            Sentence::BiggestLever { .. } => "summary-biggest-lever",
            Sentence::NoLever => "summary-no-lever",
            Sentence::SegmentRange { .. } => "summary-segment-range",
            Sentence::TimelinePeak { .. } => "timeline-peak",
            Sentence::TimelineNoReach { .. } => "timeline-no-reach",
            Sentence::TimelineValueLimited { .. } => "timeline-value-limited",
            Sentence::TimelineSaturated { .. } => "timeline-saturated",
            Sentence::TimelineReachLimited { .. } => "timeline-reach-limited",
            Sentence::TimelineBothLimited { .. } => "timeline-both-limited",
            Sentence::RetainedHeadline { .. } => "retention-headline",
            Sentence::RetentionLoss { .. } => "retention-loss",
            Sentence::RetentionNoLoss { .. } => "retention-no-loss",
            Sentence::CompareShares { .. } => "compare-shares",
            Sentence::CompareWinner { .. } => "compare-winner",
            Sentence::CompareUnclear { .. } => "compare-unclear",
            Sentence::CompareSame { .. } => "compare-same",
            Sentence::NextBest { .. } => "lab-next-best",
            Sentence::NextNone { .. } => "lab-next-none",
            Sentence::NextRanking { .. } => "lab-next-ranking",
            Sentence::NextFull { .. } => "lab-next-full",
            Sentence::ClaimBest { .. } => "lab-claim-best",
            Sentence::ClaimNoGain { .. } => "lab-claim-no-gain",
            Sentence::ClaimCurrent { .. } => "lab-claim-current",
            Sentence::ClaimBestRetained { .. } => "lab-claim-best-retained",
            Sentence::NoData => "chart-no-data",
            Sentence::DescNetValue { .. } => "chart-net-value",
            Sentence::DescChoices { .. } => "chart-choices",
            Sentence::DescBarriers { .. } => "chart-barriers",
            Sentence::DescBarrierMeans { .. } => "chart-barrier-means",
            Sentence::DescTornado { .. } => "chart-tornado",
            Sentence::DescSegments { .. } => "chart-segments",
            Sentence::DescTimeline { .. } => "chart-timeline",
            Sentence::DescOverlay { .. } => "chart-overlay",
            Sentence::DescRetention { .. } => "chart-retention",
            Sentence::DescClaimCurve { .. } => "chart-claim-curve",
        }
    }

    /// The named arguments a template may use.
    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        use Arg::*;
        match self {
            Sentence::NoPeople
            | Sentence::NoSingleBarrier
            | Sentence::NoLever
            | Sentence::NoData => vec![],
            Sentence::Headline {
                share,
                lo,
                hi,
                adopters,
                users,
            } => vec![
                ("share", Share(*share)),
                ("interval", ShareRange(*lo, *hi)),
                ("adopters", Count(*adopters)),
                ("users", Count(*users)),
            ],
            Sentence::AlternativeLeads {
                option,
                share,
                product_share,
                decimals,
            } => vec![
                ("option", Text(option.clone())),
                ("share", ShareDigits(*share, *decimals)),
                ("product_share", ShareDigits(*product_share, *decimals)),
            ],
            Sentence::AlternativeTies { option, share } => {
                vec![("option", Text(option.clone())), ("share", Share(*share))]
            }
            Sentence::LargestBarrier { cost, share } => {
                vec![("cost", Cost(cost.clone())), ("share", Share(*share))]
            }
            Sentence::BiggestLever {
                input,
                step,
                change,
            } => vec![
                (
                    "direction",
                    Key(if *step < 0.0 { "lower" } else { "raise" }),
                ),
                ("effect", Key(if *change < 0.0 { "loss" } else { "gain" })),
                ("input", Input(input.clone())),
                (
                    "step",
                    Number(step.abs(), crate::format::step_decimals(*step)),
                ),
                ("points", Points(*change)),
            ],
            Sentence::SegmentRange {
                best,
                best_share,
                worst,
                worst_share,
            } => vec![
                ("best", Text(best.clone())),
                ("best_share", Share(*best_share)),
                ("worst", Text(worst.clone())),
                ("worst_share", Share(*worst_share)),
            ],
            Sentence::TimelinePeak {
                period,
                new_adopters,
            } => vec![
                ("period", Period(*period)),
                ("new_adopters", Count(*new_adopters)),
            ],
            Sentence::TimelineNoReach { periods } => vec![("periods", Period(*periods))],
            Sentence::TimelineValueLimited { ever, aware } => {
                vec![("ever", Share(*ever)), ("aware", Share(*aware))]
            }
            Sentence::TimelineSaturated { ever, period } => {
                vec![("ever", Share(*ever)), ("period", Period(*period))]
            }
            Sentence::TimelineReachLimited {
                aware,
                conversion,
                period,
            }
            | Sentence::TimelineBothLimited {
                aware,
                conversion,
                period,
            } => vec![
                ("aware", Share(*aware)),
                ("conversion", Share(*conversion)),
                ("period", Period(*period)),
            ],
            Sentence::RetainedHeadline {
                share,
                lo,
                hi,
                periods,
            } => vec![
                ("share", Share(*share)),
                ("interval", ShareRange(*lo, *hi)),
                ("periods", Period(*periods)),
            ],
            Sentence::RetentionLoss {
                expectation,
                recurring,
                larger,
            } => vec![
                ("larger", Key(larger.key())),
                ("expectation", Share(*expectation)),
                ("recurring", Share(*recurring)),
            ],
            Sentence::RetentionNoLoss { periods } => vec![("periods", Period(*periods))],
            Sentence::DescRetention {
                periods,
                adopted,
                retained,
            } => vec![
                ("periods", Period(*periods)),
                ("adopted", Share(*adopted)),
                ("retained", Share(*retained)),
            ],
            Sentence::CompareShares { a, b, decimals } => vec![
                ("a", Variant(self::Variant::A)),
                ("a_share", ShareDigits(*a, *decimals)),
                ("b", Variant(self::Variant::B)),
                ("b_share", ShareDigits(*b, *decimals)),
            ],
            Sentence::CompareWinner {
                winner: v,
                points,
                lo,
                hi,
                probability,
                decimals,
            }
            | Sentence::CompareUnclear {
                leader: v,
                points,
                lo,
                hi,
                probability,
                decimals,
            } => vec![
                ("variant", Variant(*v)),
                ("points", PointsDigits(*points, *decimals)),
                ("interval", PointsRangeDigits(*lo, *hi, *decimals)),
                ("probability", Probability(*probability)),
            ],
            Sentence::CompareSame { share } => vec![
                ("a", Variant(self::Variant::A)),
                ("b", Variant(self::Variant::B)),
                ("share", Share(*share)),
            ],
            Sentence::NextBest {
                kind,
                position,
                points,
                lo,
                hi,
                probability,
            } => vec![
                (
                    "candidate",
                    Screenshot {
                        kind: kind.clone(),
                        position: *position,
                    },
                ),
                ("points", Points(*points)),
                ("interval", PointsRange(*lo, *hi)),
                ("probability", Probability(*probability)),
            ],
            Sentence::NextNone {
                kind,
                position,
                change,
                lo,
                hi,
            } => vec![
                (
                    "candidate",
                    Screenshot {
                        kind: kind.clone(),
                        position: *position,
                    },
                ),
                ("change", SignedPoints(*change)),
                ("interval", PointsRange(*lo, *hi)),
            ],
            Sentence::NextRanking { items } => vec![(
                "list",
                List(
                    items
                        .iter()
                        .map(|(kind, position, lift)| ListItem {
                            name: vec![Screenshot {
                                kind: kind.clone(),
                                position: *position,
                            }],
                            values: vec![SignedPoints(*lift)],
                        })
                        .collect(),
                ),
            )],
            Sentence::NextFull { max } => vec![("max", Period(*max))],
            Sentence::ClaimBest {
                claim,
                share,
                no_claim_share,
            } => vec![
                ("claim", Number(*claim, 1)),
                ("share", Share(*share)),
                ("no_claim", Share(*no_claim_share)),
            ],
            Sentence::ClaimBestRetained {
                claim,
                share,
                adoption_claim,
            } => vec![
                (
                    "position",
                    Key(if claim < adoption_claim {
                        "smaller"
                    } else {
                        "same"
                    }),
                ),
                ("claim", Number(*claim, 1)),
                ("share", Share(*share)),
                ("adoption_claim", Number(*adoption_claim, 1)),
            ],
            Sentence::ClaimNoGain { no_claim_share } => {
                vec![("no_claim", Share(*no_claim_share))]
            }
            Sentence::ClaimCurrent {
                claim,
                share,
                best_share,
            } => vec![
                ("claim", Number(*claim, 1)),
                ("share", Share(*share)),
                ("points", Points(best_share - share)),
            ],
            Sentence::DescClaimCurve {
                lo,
                hi,
                best_claim,
                best_share,
                no_claim_share,
                end_share,
            } => vec![
                ("lo", Number(*lo, 1)),
                ("hi", Number(*hi, 1)),
                ("best_claim", Number(*best_claim, 1)),
                ("best_share", Share(*best_share)),
                ("no_claim", Share(*no_claim_share)),
                ("end_share", Share(*end_share)),
            ],
            Sentence::DescNetValue { mean, sd, positive } => vec![
                ("mean", Signed(*mean, 1)),
                ("sd", Number(*sd, 1)),
                ("positive", Share(*positive)),
            ],
            Sentence::DescChoices { items } => vec![("list", option_shares(items))],
            Sentence::DescBarriers { items } => vec![(
                "list",
                List(
                    items
                        .iter()
                        .map(|(c, s)| ListItem {
                            name: vec![Cost(c.clone())],
                            values: vec![Share(*s)],
                        })
                        .collect(),
                ),
            )],
            Sentence::DescBarrierMeans { items } => vec![(
                "list",
                List(
                    items
                        .iter()
                        .map(|(c, a, n)| ListItem {
                            name: vec![Cost(c.clone())],
                            values: vec![Number(*a, 2), Number(*n, 2)],
                        })
                        .collect(),
                ),
            )],
            Sentence::DescTornado { items } => vec![(
                "list",
                List(
                    items
                        .iter()
                        .map(|(input, step, change)| ListItem {
                            name: vec![
                                Input(input.clone()),
                                Signed(*step, crate::format::step_decimals(*step)),
                            ],
                            values: vec![SignedPoints(*change)],
                        })
                        .collect(),
                ),
            )],
            Sentence::DescSegments { items, overall } => {
                vec![("list", named_shares(items)), ("overall", Share(*overall))]
            }
            Sentence::DescTimeline {
                periods,
                peak_period,
                ever,
                aware,
            } => vec![
                ("periods", Period(*periods)),
                ("peak_period", Period(*peak_period)),
                ("ever", Share(*ever)),
                ("aware", Share(*aware)),
            ],
            Sentence::DescOverlay { a_mean, b_mean } => vec![
                ("a", Variant(self::Variant::A)),
                ("a_mean", Signed(*a_mean, 1)),
                ("b", Variant(self::Variant::B)),
                ("b_mean", Signed(*b_mean, 1)),
            ],
        }
    }
}

/// A list of (name, share), the names shown as typed.
fn named_shares(items: &[(String, f64)]) -> Arg {
    Arg::List(
        items
            .iter()
            .map(|(name, share)| ListItem {
                name: vec![Arg::Text(name.clone())],
                values: vec![Arg::Share(*share)],
            })
            .collect(),
    )
}

/// A list of choice options and their shares: the no-choice option is
/// translated, the product and the alternatives keep their names (even
/// "none").
fn option_shares(items: &[(ChoiceOption, String, f64)]) -> Arg {
    Arg::List(
        items
            .iter()
            .map(|(option, name, share)| ListItem {
                name: vec![match option {
                    ChoiceOption::None => Arg::NoChoice,
                    ChoiceOption::Product | ChoiceOption::Alternative(_) => Arg::Text(name.clone()),
                }],
                values: vec![Arg::Share(*share)],
            })
            .collect(),
    )
}

/// One argument written for a locale: numbers by `labels.numbers`, costs,
/// inputs, variants and the no-choice option by `labels`. A [`Arg::Key`] is
/// written as the key itself.
pub fn format_arg(arg: &Arg, labels: &Labels) -> String {
    let f = &labels.numbers;
    match arg {
        Arg::Share(x) => f.percent(*x, 1),
        Arg::ShareDigits(x, d) => f.percent(*x, *d),
        Arg::PointsDigits(x, d) => f.number(x.abs() * 100.0, *d),
        Arg::PointsRangeDigits(lo, hi, d) => f.points_range(*lo, *hi, *d),
        Arg::ShareRange(lo, hi) => f.percent_range(*lo, *hi, 1),
        Arg::Points(x) => f.number(x.abs() * 100.0, 1),
        Arg::SignedPoints(x) => f.points(*x, 1),
        Arg::PointsRange(lo, hi) => f.points_range(*lo, *hi, 1),
        Arg::Probability(p) => f.probability(*p),
        Arg::Count(n) => f.count(*n),
        Arg::Number(x, d) => f.number(*x, *d),
        Arg::Signed(x, d) => f.signed(*x, *d),
        Arg::Period(p) => f.count(u64::from(*p)),
        Arg::Text(s) => s.clone(),
        Arg::Cost(c) => labels.cost_name(c),
        Arg::Input(i) => labels.input_ref_name(i),
        Arg::Variant(Variant::A) => labels.variant_a.clone(),
        Arg::Variant(Variant::B) => labels.variant_b.clone(),
        Arg::Screenshot { kind, position } => labels.phrase(&Phrase::ScreenshotAt {
            kind: labels.screenshot_kind_name(kind),
            position: *position,
        }),
        Arg::NoChoice => labels.none_option.clone(),
        Arg::Key(k) => (*k).to_string(),
        Arg::List(items) => {
            let parts: Vec<String> = items
                .iter()
                .map(|item| {
                    let name: Vec<String> =
                        item.name.iter().map(|a| format_arg(a, labels)).collect();
                    let values: Vec<String> =
                        item.values.iter().map(|a| format_arg(a, labels)).collect();
                    format!("{}{}{}", name.join(" "), f.label, values.join(&f.versus))
                })
                .collect();
            f.join(&parts)
        }
    }
}
