//! What the results say, in a few sentences a marketer or a student reads
//! at a glance, and what each chart shows, in words.
//!
//! The rules that pick a sentence are deliberately simple and written down
//! here, because a reader should be able to check them against the charts:
//!
//! - The largest barrier is the cost with the largest decisive share; below
//!   0.5% of non-adopters no single cost is called a barrier.
//! - The biggest lever is the what-if row with the largest |change|; below
//!   0.05 points nothing is called a lever.
//! - Segments are named when there are two or more and they differ by at
//!   least 0.1 points.
//! - Timeline, at the last period, with aware share *a* and adopted share
//!   *c*: nobody aware → reach is the limit; *a* ≥ 90% → value and cost are
//!   the limit unless *c/a* ≥ 90% (saturated); *a* < 90% → reach is the
//!   limit, and value for cost as well when under half of the aware adopt.
//! - Retention: retained adopters with their interval; then the larger of
//!   the adopters lost to expectation and to recurring costs is named,
//!   unless together they are under 0.05 points of all people.
//! - A vs. B: a winner is named only when the 95% interval of the lift
//!   excludes zero.

use worthit_engine::{ChoiceOption, CompareResults, Results, RetentionResult, TimelineRow};

use crate::charts::ChartKind;
use crate::format::decimals_to_tell_apart;
use crate::labels::InputRef;
use crate::sentence::{LossCause, Sentence, Variant};

/// Share of non-adopters below which no cost is called a barrier.
const MIN_BARRIER: f64 = 0.005;
/// Change in adoption below which no input is called a lever.
const MIN_LEVER: f64 = 0.0005;
/// Gap between segments below which they are not contrasted.
const MIN_SEGMENT_GAP: f64 = 0.001;
/// Most decimals of a percent a comparing sentence prints: enough to tell
/// apart two shares of up to 100,000,000 people that differ by one.
const MAX_DECIMALS: usize = 6;
/// Aware share and conversion above which a timeline counts as "nearly
/// everyone".
const NEARLY_ALL: f64 = 0.9;
/// Share of all people lost by the horizon below which nobody is said to
/// leave.
const MIN_LOSS: f64 = 0.0005;

/// The plain-language summary of one run: headline, leading alternative,
/// largest barrier, biggest lever, segments. A run with a timeline has
/// more to say in [`timeline_summary`]; [`full_summary`] is both.
pub fn summary(r: &Results) -> Vec<Sentence> {
    if r.users == 0 {
        return vec![Sentence::NoPeople];
    }
    let mut out = vec![Sentence::Headline {
        share: r.adoption.share,
        lo: r.adoption.ci95[0],
        hi: r.adoption.ci95[1],
        adopters: r.adoption.adopters,
        users: r.users,
    }];

    let product_share = r.choices.first().map_or(r.adoption.share, |c| c.share);
    if let Some(best) = r
        .options()
        .filter(|(o, c)| matches!(o, ChoiceOption::Alternative(_)) && c.share.is_finite())
        .map(|(_, c)| c)
        .max_by(|a, b| a.share.total_cmp(&b.share))
        .filter(|c| c.share > product_share)
    {
        // The sentence says "more often", so it prints the two shares with
        // the digits that show it; closer than two decimals of a percent
        // can show, it says "about as often" instead.
        out.push(
            match decimals_to_tell_apart(best.share, product_share, 1, 2) {
                Some(decimals) => Sentence::AlternativeLeads {
                    option: best.option.clone(),
                    share: best.share,
                    product_share,
                    decimals,
                },
                None => Sentence::AlternativeTies {
                    option: best.option.clone(),
                    share: best.share,
                },
            },
        );
    }

    if r.adoption.adopters < r.users && !r.barriers.is_empty() {
        let best = r
            .barriers
            .iter()
            .filter(|b| b.decisive_share.is_finite())
            .max_by(|a, b| a.decisive_share.total_cmp(&b.decisive_share));
        match best {
            Some(b) if b.decisive_share >= MIN_BARRIER => out.push(Sentence::LargestBarrier {
                cost: b.cost.clone(),
                share: b.decisive_share,
            }),
            _ => out.push(Sentence::NoSingleBarrier),
        }
    }

    let lever = r
        .sensitivity
        .iter()
        .filter(|s| s.change.is_finite() && s.step.is_finite())
        .max_by(|a, b| a.change.abs().total_cmp(&b.change.abs()));
    match lever {
        Some(s) if s.change.abs() >= MIN_LEVER => out.push(Sentence::BiggestLever {
            input: InputRef::resolve(&s.input, r),
            step: s.step,
            change: s.change,
        }),
        Some(_) => out.push(Sentence::NoLever),
        None => {}
    }

    let segments: Vec<_> = r
        .segments
        .iter()
        .filter(|s| s.adoption_share.is_finite())
        .collect();
    if segments.len() >= 2 {
        let best = segments
            .iter()
            .max_by(|a, b| a.adoption_share.total_cmp(&b.adoption_share));
        let worst = segments
            .iter()
            .min_by(|a, b| a.adoption_share.total_cmp(&b.adoption_share));
        if let (Some(b), Some(w)) = (best, worst) {
            if b.adoption_share - w.adoption_share >= MIN_SEGMENT_GAP {
                out.push(Sentence::SegmentRange {
                    best: b.name.clone(),
                    best_share: b.adoption_share,
                    worst: w.name.clone(),
                    worst_share: w.adoption_share,
                });
            }
        }
    }

    out
}

/// [`summary`], with [`retention_summary`] after its headline when the
/// run has a retention block, followed by [`timeline_summary`] when it has
/// a timeline.
pub fn full_summary(r: &Results) -> Vec<Sentence> {
    let mut out = summary(r);
    if let Some(ret) = r.retention.as_ref().filter(|_| r.users > 0) {
        let at = out.len().min(1);
        out.splice(at..at, retention_summary(ret));
    }
    if let Some(rows) = r.timeline.as_deref() {
        out.extend(timeline_summary(rows));
    }
    out
}

/// [`full_summary`] for a reader who may change only some inputs (a
/// classroom exercise locks the rest): the lever sentence names only
/// inputs for which `is_open(path)` holds, so it never suggests a change
/// the reader cannot make.
pub fn full_summary_open(r: &Results, is_open: impl Fn(&str) -> bool) -> Vec<Sentence> {
    if r.sensitivity.iter().all(|s| is_open(&s.input)) {
        return full_summary(r);
    }
    let mut open = r.clone();
    open.sensitivity.retain(|s| is_open(&s.input));
    full_summary(&open)
}

/// What retention says: retained adopters with their interval, then
/// whether expectation (claims, screenshots) or the recurring costs lose
/// more adopters, naming the larger. Below 0.05 points of all people lost
/// either way, nobody is said to leave; a tie goes to expectation (the
/// cause the page's claim and screenshot tools can act on).
pub fn retention_summary(ret: &RetentionResult) -> Vec<Sentence> {
    let mut out = vec![Sentence::RetainedHeadline {
        share: ret.retained_share,
        lo: ret.retained_ci95[0],
        hi: ret.retained_ci95[1],
        periods: ret.periods,
    }];
    let expectation = finite_share(ret.lost_to_expectation);
    let recurring = finite_share(ret.lost_to_recurring);
    if expectation + recurring < MIN_LOSS {
        out.push(Sentence::RetentionNoLoss {
            periods: ret.periods,
        });
    } else {
        out.push(Sentence::RetentionLoss {
            expectation,
            recurring,
            larger: if expectation >= recurring {
                LossCause::Expectation
            } else {
                LossCause::Recurring
            },
        });
    }
    out
}

/// What a timeline says: the peak period, and whether reach or value and
/// cost set the ceiling.
pub fn timeline_summary(rows: &[TimelineRow]) -> Vec<Sentence> {
    let Some(last) = rows.iter().max_by_key(|r| r.period) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if let Some(peak) = peak(rows) {
        out.push(Sentence::TimelinePeak {
            period: peak.period,
            new_adopters: peak.new_adopters,
        });
    }
    let aware = finite_share(last.aware_share);
    let ever = finite_share(last.cumulative_share);
    if aware <= 0.0 {
        out.push(Sentence::TimelineNoReach {
            periods: rows.len() as u32,
        });
        return out;
    }
    let conversion = (ever / aware).clamp(0.0, 1.0);
    out.push(if aware >= NEARLY_ALL {
        if conversion >= NEARLY_ALL {
            Sentence::TimelineSaturated {
                ever,
                period: last.period,
            }
        } else {
            Sentence::TimelineValueLimited { ever, aware }
        }
    } else if conversion >= 0.5 {
        Sentence::TimelineReachLimited {
            aware,
            conversion,
            period: last.period,
        }
    } else {
        Sentence::TimelineBothLimited {
            aware,
            conversion,
            period: last.period,
        }
    });
    out
}

/// The first period with the most new adopters, if anyone adopted.
fn peak(rows: &[TimelineRow]) -> Option<&TimelineRow> {
    let max = rows.iter().map(|r| r.new_adopters).max()?;
    (max > 0)
        .then(|| rows.iter().find(|r| r.new_adopters == max))
        .flatten()
}

fn finite_share(x: f64) -> f64 {
    if x.is_finite() {
        x.clamp(0.0, 1.0)
    } else {
        0.0
    }
}

/// The verdict of an A vs. B comparison: both shares, then who wins by how
/// much with the interval and the probability, or that it is unclear.
pub fn compare_summary(c: &CompareResults) -> Vec<Sentence> {
    let k = &c.comparison;
    // Shares that differ print differently, and a lift that is not zero
    // prints as more than zero: one decimal usually, more when needed (a
    // difference of one person in 100,000,000 needs six).
    let shares_apart =
        decimals_to_tell_apart(c.a.adoption.share, c.b.adoption.share, 1, MAX_DECIMALS);
    let lift_apart = decimals_to_tell_apart(k.lift.abs(), 0.0, 1, MAX_DECIMALS);
    let decimals = shares_apart.unwrap_or(1).max(lift_apart.unwrap_or(1));
    let mut out = vec![Sentence::CompareShares {
        a: c.a.adoption.share,
        b: c.b.adoption.share,
        decimals,
    }];
    let [lo, hi] = k.ci95;
    if !(k.lift.is_finite() && lo.is_finite() && hi.is_finite() && k.p_b_better.is_finite()) {
        return out;
    }
    if k.lift == 0.0 && lo == 0.0 && hi == 0.0 {
        out.push(Sentence::CompareSame {
            share: c.a.adoption.share,
        });
        return out;
    }
    // Everything is said from the side of the variant that is ahead, so the
    // numbers are positive and the interval reads low to high.
    let (variant, lo, hi, probability) = if k.lift >= 0.0 {
        (Variant::B, lo, hi, k.p_b_better)
    } else {
        (Variant::A, -hi, -lo, 1.0 - k.p_b_better)
    };
    let points = k.lift.abs();
    out.push(if lo > 0.0 {
        Sentence::CompareWinner {
            winner: variant,
            points,
            lo,
            hi,
            probability,
            decimals,
        }
    } else {
        Sentence::CompareUnclear {
            leader: variant,
            points,
            lo,
            hi,
            probability,
            decimals,
        }
    });
    out
}

/// What chart `kind` shows, in words: its text alternative.
pub fn chart_description(kind: ChartKind, r: &Results) -> Vec<Sentence> {
    if !kind.has_data(r) {
        return vec![Sentence::NoData];
    }
    let s = match kind {
        ChartKind::NetValue => Sentence::DescNetValue {
            mean: r.net_value.mean,
            sd: r.net_value.sd,
            positive: positive_share(r),
        },
        ChartKind::Choices => Sentence::DescChoices {
            items: r
                .options()
                .map(|(o, c)| (o, c.option.clone(), c.share))
                .collect(),
        },
        ChartKind::Barriers => {
            let mut items: Vec<_> = r
                .barriers
                .iter()
                .map(|b| (b.cost.clone(), b.decisive_share))
                .collect();
            worthit_engine::sort::sort_by(&mut items, |a, b| b.1.total_cmp(&a.1));
            Sentence::DescBarriers { items }
        }
        ChartKind::BarrierMeans => Sentence::DescBarrierMeans {
            items: r
                .barriers
                .iter()
                .map(|b| (b.cost.clone(), b.mean_adopters, b.mean_non_adopters))
                .collect(),
        },
        ChartKind::Tornado => {
            let mut rows: Vec<_> = r.sensitivity.iter().collect();
            worthit_engine::sort::sort_by(&mut rows, |a, b| {
                b.change.abs().total_cmp(&a.change.abs())
            });
            Sentence::DescTornado {
                items: rows
                    .iter()
                    .map(|s| (InputRef::resolve(&s.input, r), s.step, s.change))
                    .collect(),
            }
        }
        ChartKind::Segments => Sentence::DescSegments {
            items: r
                .segments
                .iter()
                .map(|s| (s.name.clone(), s.adoption_share))
                .collect(),
            overall: r.adoption.share,
        },
        ChartKind::Retention => {
            let ret = r.retention.as_ref();
            Sentence::DescRetention {
                periods: ret.map_or(0, |x| x.periods),
                adopted: finite_share(r.adoption.share),
                retained: ret.map_or(0.0, |x| finite_share(x.retained_share)),
            }
        }
        ChartKind::Timeline => {
            let rows = r.timeline.as_deref().unwrap_or(&[]);
            let last = rows.iter().max_by_key(|r| r.period);
            Sentence::DescTimeline {
                periods: rows.len() as u32,
                peak_period: peak(rows).map_or(0, |p| p.period),
                ever: last.map_or(0.0, |l| finite_share(l.cumulative_share)),
                aware: last.map_or(0.0, |l| finite_share(l.aware_share)),
            }
        }
    };
    vec![s]
}

/// The text alternative of the A vs. B overlay.
pub fn overlay_description(a: &Results, b: &Results) -> Vec<Sentence> {
    if !(ChartKind::NetValue.has_data(a) && ChartKind::NetValue.has_data(b)) {
        return vec![Sentence::NoData];
    }
    vec![Sentence::DescOverlay {
        a_mean: a.net_value.mean,
        b_mean: b.net_value.mean,
    }]
}

/// Share of people with net value above zero, read off the histogram (the
/// bin that holds zero counts in proportion to its part above zero).
fn positive_share(r: &Results) -> f64 {
    let h = &r.net_value.histogram;
    let total = h.counts.iter().fold(0u64, |a, &c| a.saturating_add(c));
    if total == 0 || h.edges.len() != h.counts.len() + 1 {
        return 0.0;
    }
    let mut above = 0.0;
    for (i, &c) in h.counts.iter().enumerate() {
        let (lo, hi) = (h.edges[i], h.edges[i + 1]);
        if lo >= 0.0 {
            above += c as f64;
        } else if hi > 0.0 && hi > lo {
            above += c as f64 * hi / (hi - lo);
        }
    }
    above / total as f64
}
