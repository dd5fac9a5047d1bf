//! What the screenshot lab says, in sentences: which screenshot to add
//! next, where the claim curve peaks, and the claim chart's text
//! alternative.
//!
//! The rules, written down so a reader can check them against the numbers:
//!
//! - Which screenshot next: the best candidate is named as a gain only when
//!   its 95% interval of the lift lies above zero; otherwise the sentence
//!   says no candidate clearly helps and gives the best one's change. Up to
//!   three candidates after the best are listed with their lifts.
//! - Claim curve: a peak is named when the best claim's adoption exceeds
//!   the no-claim adoption by at least 0.05 points; otherwise no claim
//!   helps. The current claim, if any, is compared with the best.

use worthit_engine::lab::{ClaimCurve, ScreenshotOption};
use worthit_engine::validate::MAX_SCREENSHOTS;

use crate::sentence::Sentence;

/// Lift below which the best claim does not count as better than none.
const MIN_CLAIM_GAIN: f64 = 0.0005;
/// Candidates listed after the best.
const RANKING_AFTER_BEST: usize = 3;

/// The verdict of "which screenshot next?" for `options` as
/// [`worthit_engine::lab::screenshot_next`] returns them (best first), for
/// a strip of `strip_len` screenshots.
pub fn screenshot_next_summary(options: &[ScreenshotOption], strip_len: usize) -> Vec<Sentence> {
    if strip_len >= MAX_SCREENSHOTS {
        return vec![Sentence::NextFull {
            max: MAX_SCREENSHOTS as u32,
        }];
    }
    let usable: Vec<&ScreenshotOption> = options
        .iter()
        .filter(|o| o.lift.is_finite() && o.ci95.iter().all(|x| x.is_finite()))
        .collect();
    let Some(best) = usable.first() else {
        return vec![Sentence::NoData];
    };
    let position = best.position as u32 + 1;
    let mut out = vec![if best.ci95[0] > 0.0 {
        Sentence::NextBest {
            kind: best.kind.clone(),
            position,
            points: best.lift,
            lo: best.ci95[0],
            hi: best.ci95[1],
            probability: best.p_better,
        }
    } else {
        Sentence::NextNone {
            kind: best.kind.clone(),
            position,
            change: best.lift,
            lo: best.ci95[0],
            hi: best.ci95[1],
        }
    }];
    let rest: Vec<(String, u32, f64)> = usable
        .iter()
        .skip(1)
        .take(RANKING_AFTER_BEST)
        .map(|o| (o.kind.clone(), o.position as u32 + 1, o.lift))
        .collect();
    if !rest.is_empty() {
        out.push(Sentence::NextRanking { items: rest });
    }
    out
}

/// What a claim curve says: where adoption peaks against no claim, and how
/// the current claim compares.
pub fn claim_summary(curve: &ClaimCurve) -> Vec<Sentence> {
    let best = &curve.best;
    if curve.points.is_empty()
        || !(best.claim.is_finite()
            && best.adoption_share.is_finite()
            && curve.no_claim_share.is_finite())
    {
        return vec![Sentence::NoData];
    }
    let mut out = vec![
        if best.adoption_share - curve.no_claim_share >= MIN_CLAIM_GAIN {
            Sentence::ClaimBest {
                claim: best.claim,
                share: best.adoption_share,
                no_claim_share: curve.no_claim_share,
            }
        } else {
            Sentence::ClaimNoGain {
                no_claim_share: curve.no_claim_share,
            }
        },
    ];
    if let Some(c) = curve
        .current
        .filter(|c| c.claim.is_finite() && c.adoption_share.is_finite())
    {
        out.push(Sentence::ClaimCurrent {
            claim: c.claim,
            share: c.adoption_share,
            best_share: best.adoption_share.max(c.adoption_share),
        });
    }
    if let Some((claim, share)) = curve.best_retained.and_then(|b| {
        b.retained_share
            .filter(|s| s.is_finite() && b.claim.is_finite())
            .map(|s| (b.claim, s))
    }) {
        out.push(Sentence::ClaimBestRetained {
            claim,
            share,
            adoption_claim: best.claim,
        });
    }
    out
}

/// The text alternative of the claim-curve chart.
pub fn claim_curve_description(curve: &ClaimCurve) -> Vec<Sentence> {
    let (Some(first), Some(last)) = (curve.points.first(), curve.points.last()) else {
        return vec![Sentence::NoData];
    };
    vec![Sentence::DescClaimCurve {
        lo: first.claim,
        hi: last.claim,
        best_claim: curve.best.claim,
        best_share: curve.best.adoption_share,
        no_claim_share: curve.no_claim_share,
        end_share: last.adoption_share,
    }]
}
