//! The funnel of a run with adoption over time, in numbers: all people →
//! those who heard of the product (reach) → those who adopted
//! (conversion), and which step is the bottleneck. The page's
//! `results/funnel.rs` draws it.
//!
//! The verdict follows the summary's timeline sentence
//! ([`crate::timeline_summary`]), so the funnel and the "Why" list never
//! disagree; docs/model.md ("Reading the funnel") writes the rule down.

use worthit_engine::Results;

use crate::Sentence;

/// Which step of the funnel holds adoption back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bottleneck {
    /// No one heard of the product at all.
    NoReach,
    /// Too few hear of it; most of those who do adopt.
    Reach,
    /// Nearly everyone hears of it; too few of them adopt.
    Conversion,
    /// Too few hear of it and under half of those adopt.
    Both,
    /// Nearly everyone hears of it and nearly all of them adopt.
    Neither,
}

impl Bottleneck {
    /// The value of the funnel's `data-bottleneck` attribute.
    pub fn key(self) -> &'static str {
        match self {
            Bottleneck::NoReach => "no-reach",
            Bottleneck::Reach => "reach",
            Bottleneck::Conversion => "conversion",
            Bottleneck::Both => "both",
            Bottleneck::Neither => "neither",
        }
    }
}

/// The funnel's numbers, at the timeline's last period.
#[derive(Debug, Clone, PartialEq)]
pub struct FunnelData {
    pub people: u64,
    pub aware: u64,
    pub adopted: u64,
    /// Shares of all people.
    pub aware_share: f64,
    pub adopted_share: f64,
    /// Share of the aware who adopted (0 when no one is aware).
    pub conversion: f64,
    /// With retention: those still using it at the last period (count,
    /// share of all people); the drop from `adopted` is who left.
    pub still_using: Option<(u64, f64)>,
    /// The last period of the timeline.
    pub period: u32,
    pub bottleneck: Bottleneck,
}

/// The funnel of `results`, or `None` for a run without a timeline (or an
/// empty one). Odd numbers (NaN, shares above 1, more adopters than
/// people) are clamped, never a panic.
pub fn funnel(results: &Results) -> Option<FunnelData> {
    let rows = results.timeline.as_deref()?;
    let last = rows.iter().max_by_key(|r| r.period)?;
    let people = results.users;
    let share = |x: f64| {
        if x.is_finite() {
            x.clamp(0.0, 1.0)
        } else {
            0.0
        }
    };
    let aware_share = share(last.aware_share);
    // The engine's aware share is a count over the people, so this gives
    // the count back exactly.
    let aware = ((aware_share * people as f64).round() as u64).min(people);
    let adopted = rows
        .iter()
        .fold(0u64, |sum, r| sum.saturating_add(r.new_adopters))
        .min(people);
    let adopted_share = if people == 0 {
        0.0
    } else {
        adopted as f64 / people as f64
    };
    let conversion = if aware == 0 {
        0.0
    } else {
        (adopted as f64 / aware as f64).min(1.0)
    };
    let verdict = crate::timeline_summary(rows)
        .into_iter()
        .find_map(|s| match s {
            Sentence::TimelineNoReach { .. } => Some(Bottleneck::NoReach),
            Sentence::TimelineReachLimited { .. } => Some(Bottleneck::Reach),
            Sentence::TimelineValueLimited { .. } => Some(Bottleneck::Conversion),
            Sentence::TimelineBothLimited { .. } => Some(Bottleneck::Both),
            Sentence::TimelineSaturated { .. } => Some(Bottleneck::Neither),
            _ => None,
        });
    let bottleneck = match verdict {
        Some(b) => b,
        None if aware == 0 => Bottleneck::NoReach,
        None => Bottleneck::Both,
    };
    // The engine's active share is a count over the people as well.
    let still_using = last.active_share.map(|s| {
        let s = share(s);
        (((s * people as f64).round() as u64).min(people), s)
    });
    Some(FunnelData {
        people,
        aware,
        adopted,
        aware_share,
        adopted_share,
        conversion,
        still_using,
        period: last.period,
        bottleneck,
    })
}
