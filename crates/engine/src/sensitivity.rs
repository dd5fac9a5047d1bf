//! What-if sensitivity: each numeric input moved by a set step and the same
//! simulated people decided again.
//!
//! Every step is 10% of the input's current value (0.1 when the value is 0),
//! in the direction that would help the product if the effect were simple:
//!
//! | input | step |
//! |---|---|
//! | `product.value.mean` | +10% |
//! | `product.value.sd` | −10% (clearer value) |
//! | `product.costs.K.mean`, for each non-zero cost K | −10% |
//! | `product.costs.K.sd`, where the sd is > 0 | −10% |
//! | `product.claim` (if set) | +10% (louder; may hurt: the inverted U) |
//! | `product.credibility` (if a claim is set) | +10% |
//! | `segments[s].skepticism` (claim set, skepticism > 0) | −10% |
//! | `segments[s].screenshots_viewed` (screenshots present) | +10% |
//! | `alternatives[j].value.mean` (rules that use alternatives) | −10% |
//! | `correlations[i].rho` (both ends random) | +0.1, see below |
//!
//! A correlation moves by [`RHO_STEP`] (0.1) up, clamped at 1; a rho
//! already at 1 moves down instead. When the moved correlations would be
//! impossible together (not positive semi-definite) the step goes the
//! other way; when both ways are impossible the row is left out. Moving a
//! correlation changes the person's correlated shocks, so the row redraws
//! every joined quantity from the same independent normals.
//!
//! "mean" and "sd" are those of the distribution: a uniform or triangular
//! distribution is shifted by the mean step and scaled about its mean by
//! the sd step. The person keeps every random shock, so the change in
//! adoption is due to the step alone, not to new random numbers.
//!
//! A huge run decides only its first [`WHAT_IF_USERS`] people again under
//! each what-if: a row's change is the paired difference on those people
//! (each compared with their own base decision), its precision is said by
//! the row's paired 95% interval (`change_ci95`), and the results say how
//! many people the rows used (`what_if_users`). A run of at most
//! [`WHAT_IF_USERS`] people decides everyone under every what-if.

use crate::copula::Copula;
use crate::dist::{Sampler, Shock, dist_mean, dist_sd, scale_sd, shift_mean};
use crate::math::nonneg;
use crate::model::{
    BATCH, Batch, ClaimEffect, Draws, Model, TRUST, claim_effect, cost_name, effective_segments,
    viewed_cdf, wins,
};
use crate::scenario::{CostKind, Scenario};
use crate::stats::normal_cdf;

/// Relative size of every step.
pub const STEP_FRACTION: f64 = 0.1;

/// How far a what-if moves a correlation (an absolute step of rho).
pub const RHO_STEP: f64 = 0.1;

/// Most people a run decides again under each what-if: the first
/// 1,000,000. The paired error of a change moving a share m of people is
/// √(m / 1,000,000): under ±0.03 points (95%) for a row that moves 2% of
/// people, far below the differences between rows that the tornado chart
/// ranks. On a 4,000,000-person run the rows then cost a quarter of what
/// deciding everyone again would (`docs/performance.md`).
pub const WHAT_IF_USERS: u64 = 1_000_000;

/// The step for an input currently at `x`, in `direction` (±1).
fn step_for(x: f64, direction: f64) -> f64 {
    if x == 0.0 {
        direction * STEP_FRACTION
    } else {
        direction * STEP_FRACTION * x.abs()
    }
}

/// One what-if: an input, its step, and how to re-decide a person.
#[derive(Debug, Clone)]
pub(crate) struct Variant {
    pub input: String,
    pub step: f64,
    pub kind: VariantKind,
}

#[derive(Debug, Clone)]
pub(crate) enum VariantKind {
    /// The product's value distribution changes (so may the claim excess).
    Value {
        sampler: Sampler,
        value_mean: f64,
        claims: Vec<ClaimEffect>,
    },
    /// One product cost's distribution changes.
    Cost { k: usize, sampler: Sampler },
    /// The claim's effect per segment changes.
    Claim { claims: Vec<ClaimEffect> },
    /// The viewed-count distribution of one segment changes.
    Viewed { seg: usize, cdf: Vec<f64> },
    /// An alternative's value distribution changes.
    AltValue { j: usize, sampler: Sampler },
    /// One correlation moves: the same quantities under another Cholesky
    /// factor. Their redrawn values for a batch are rows `rows..rows + m`
    /// of the what-ifs' draws (m quantities; see [`pre_rows`]).
    Correlation {
        copula: Box<Copula>,
        rows: usize,
        /// The base model's sampler of each quantity of `copula.vars`.
        samplers: Vec<Sampler>,
    },
}

/// Lists the what-ifs of a scenario in a fixed order.
pub(crate) fn build_variants(scenario: &Scenario, model: &Model) -> Vec<Variant> {
    let mut out = Vec::new();
    let product = &scenario.product;
    let segments = effective_segments(scenario);
    let base_claims: Vec<ClaimEffect> = model.segments.iter().map(|s| s.claim).collect();
    let claims_for = |claim: Option<f64>,
                      value_mean: f64,
                      credibility: f64,
                      skep_override: Option<(usize, f64)>| {
        segments
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let skep = match skep_override {
                    Some((j, v)) if j == i => v,
                    _ => s.skepticism,
                };
                claim_effect(claim, value_mean, credibility, skep)
            })
            .collect::<Vec<_>>()
    };

    // Product value.
    let vmean = dist_mean(&product.value);
    let step = step_for(vmean, 1.0);
    let d = shift_mean(&product.value, step);
    let new_mean = dist_mean(&d);
    out.push(Variant {
        input: "product.value.mean".into(),
        step,
        kind: VariantKind::Value {
            sampler: Sampler::new(&d),
            value_mean: new_mean,
            claims: claims_for(product.claim, new_mean, product.credibility, None),
        },
    });
    let vsd = dist_sd(&product.value);
    if vsd > 0.0 {
        let d = scale_sd(&product.value, 1.0 - STEP_FRACTION);
        out.push(Variant {
            input: "product.value.sd".into(),
            step: -STEP_FRACTION * vsd,
            kind: VariantKind::Value {
                sampler: Sampler::new(&d),
                value_mean: vmean,
                claims: base_claims.clone(),
            },
        });
    }

    // Product costs that are non-zero.
    for kind in CostKind::ALL {
        let k = kind as usize;
        let Some(d) = product.costs.get(kind) else {
            continue;
        };
        if !model.product.active.contains(&k) || model.product.costs[k].never_positive() {
            continue;
        }
        let m = dist_mean(d);
        let step = step_for(m, -1.0);
        out.push(Variant {
            input: format!("product.costs.{}.mean", cost_name(k)),
            step,
            kind: VariantKind::Cost {
                k,
                sampler: Sampler::new(&shift_mean(d, step)),
            },
        });
        let sd = dist_sd(d);
        if sd > 0.0 {
            out.push(Variant {
                input: format!("product.costs.{}.sd", cost_name(k)),
                step: -STEP_FRACTION * sd,
                kind: VariantKind::Cost {
                    k,
                    sampler: Sampler::new(&scale_sd(d, 1.0 - STEP_FRACTION)),
                },
            });
        }
    }

    // Claim, credibility, skepticism.
    if let Some(claim) = product.claim {
        let step = step_for(claim, 1.0);
        out.push(Variant {
            input: "product.claim".into(),
            step,
            kind: VariantKind::Claim {
                claims: claims_for(Some(claim + step), vmean, product.credibility, None),
            },
        });
        let step = step_for(product.credibility, 1.0);
        out.push(Variant {
            input: "product.credibility".into(),
            step,
            kind: VariantKind::Claim {
                claims: claims_for(Some(claim), vmean, product.credibility + step, None),
            },
        });
        if !scenario.segments.is_empty() {
            for (i, s) in segments.iter().enumerate() {
                if s.skepticism > 0.0 {
                    let step = step_for(s.skepticism, -1.0);
                    out.push(Variant {
                        input: format!("segments[{i}].skepticism"),
                        step,
                        kind: VariantKind::Claim {
                            claims: claims_for(
                                Some(claim),
                                vmean,
                                product.credibility,
                                Some((i, s.skepticism + step)),
                            ),
                        },
                    });
                }
            }
        }
    }

    // Screenshots viewed.
    if !product.screenshots.is_empty() && !scenario.segments.is_empty() {
        let len = product.screenshots.len().min(u32::MAX as usize) as u32;
        for (i, s) in segments.iter().enumerate() {
            let step = step_for(s.screenshots_viewed, 1.0);
            out.push(Variant {
                input: format!("segments[{i}].screenshots_viewed"),
                step,
                kind: VariantKind::Viewed {
                    seg: i,
                    cdf: viewed_cdf(s.screenshots_viewed + step, len),
                },
            });
        }
    }

    // Alternatives.
    if model.uses_alternatives() {
        for (j, a) in scenario
            .alternatives
            .iter()
            .take(model.alts.len())
            .enumerate()
        {
            let step = step_for(dist_mean(&a.value), -1.0);
            out.push(Variant {
                input: format!("alternatives[{j}].value.mean"),
                step,
                kind: VariantKind::AltValue {
                    j,
                    sampler: Sampler::new(&shift_mean(&a.value, step)),
                },
            });
        }
    }

    // Correlations whose two ends are both random. Their extra rows of
    // draws come after one row for every what-if.
    if model.copula.is_some() {
        let first_extra = out.len() + scenario.correlations.len();
        let mut extra = 0;
        let random = |e: crate::scenario::Endpoint| {
            let sampler = model.sampler_of(e);
            let active = e
                .cost()
                .is_none_or(|k| model.product.active.contains(&(k as usize)));
            active && sampler.shock() != Shock::None
        };
        for (i, c) in scenario.correlations.iter().enumerate() {
            // The value–experience pair is outside the copula: it moves who
            // stays, never who adopts, so a row here would always read 0.
            let experience = crate::scenario::Endpoint::Experience;
            if c.a == experience || c.b == experience || !(random(c.a) && random(c.b)) {
                continue;
            }
            let up = (c.rho + RHO_STEP).min(1.0);
            let down = (c.rho - RHO_STEP).max(-1.0);
            let first = if up > c.rho { up } else { down };
            let second = if up > c.rho { down } else { up };
            let moved = [first, second].into_iter().find_map(|rho| {
                let mut list = scenario.correlations.clone();
                list[i].rho = rho;
                Copula::new(&list).map(|copula| (rho, Box::new(copula)))
            });
            if let Some((rho, copula)) = moved {
                let rows = first_extra + extra;
                extra += copula.vars.len();
                out.push(Variant {
                    input: format!("correlations[{i}].rho"),
                    step: rho - c.rho,
                    kind: VariantKind::Correlation {
                        samplers: copula.vars.iter().map(|e| *model.sampler_of(*e)).collect(),
                        copula,
                        rows,
                    },
                });
            }
        }
    }
    out
}

/// The trust cost term's change when screenshots seen become `k` and the
/// claim's trust effect `claim_trust` (zero when trust is not in the sum).
#[inline(always)]
fn trust_delta(model: &Model, b: &Batch, i: usize, k: usize, claim_trust: f64) -> f64 {
    if !model.trust_active {
        return 0.0;
    }
    let t = nonneg(b.trust_base[i] + model.strip[k].trust + claim_trust) * b.trust_scale[i];
    -model.segments[b.seg[i]].w_cost[TRUST] * (t - b.c[TRUST][i])
}

/// How many rows of draws [`predraw`] fills: one per what-if, then a row
/// per quantity of each correlation what-if.
pub(crate) fn pre_rows(variants: &[Variant]) -> usize {
    variants
        .iter()
        .map(|v| match &v.kind {
            VariantKind::Correlation { copula, rows, .. } => rows + copula.vars.len(),
            _ => 0,
        })
        .max()
        .unwrap_or(0)
        .max(variants.len())
}

/// Draws what the what-ifs change for a whole batch at once (the value or
/// a cost under the moved distribution, from the same shocks; every
/// correlated quantity under a moved correlation), so the log-normal's
/// `exp` runs as SIMD code instead of once per person.
pub(crate) fn predraw(variants: &[Variant], d: &Draws, n: usize, out: &mut [[f64; BATCH]]) {
    let n = n.min(BATCH);
    for (j, v) in variants.iter().enumerate() {
        if let VariantKind::Correlation {
            copula,
            rows,
            samplers,
        } = &v.kind
        {
            predraw_correlated(copula, samplers, *rows, d, n, out);
            continue;
        }
        let Some(row) = out.get_mut(j) else {
            continue;
        };
        match &v.kind {
            VariantKind::Value { sampler, .. } => {
                sampler.transform_all(&d.v_shock[..n], &mut row[..n])
            }
            VariantKind::Cost { k, sampler } => {
                sampler.transform_all(&d.c_shock[k & 7][..n], &mut row[..n])
            }
            _ => {}
        }
    }
}

/// The quantities of a moved copula for people `0..n`: correlated shocks
/// from the same independent normals under the moved factor, then each
/// quantity's transform (the same steps as [`Model::draw_keys`] with the
/// base factor), into rows `rows..` of `out`.
fn predraw_correlated(
    copula: &Copula,
    samplers: &[Sampler],
    rows: usize,
    d: &Draws,
    n: usize,
    out: &mut [[f64; BATCH]],
) {
    let mut shocks = [0.0; BATCH];
    for (m, sampler) in samplers.iter().enumerate() {
        copula.correlate(m, &d.z, n, &mut shocks[..n]);
        match sampler.shock() {
            Shock::Normal => {}
            Shock::Uniform => shocks[..n].iter_mut().for_each(|s| *s = normal_cdf(*s)),
            Shock::None => shocks[..n].iter_mut().for_each(|s| *s = 0.0),
        }
        if let Some(row) = out.get_mut(rows + m) {
            sampler.transform_all(&shocks[..n], &mut row[..n]);
        }
    }
}

/// Whether person `i` of batch `b` (already evaluated under the base
/// model) adopts the product under the what-if; `pre` is the person's entry
/// of [`predraw`], `rows` all of [`predraw`]'s rows (for a correlation).
#[inline(always)]
pub(crate) fn adopts(
    model: &Model,
    v: &VariantKind,
    b: &Batch,
    i: usize,
    pre: f64,
    rows: &[[f64; BATCH]],
) -> bool {
    let i = i & (BATCH - 1);
    let (seg, k_seen) = (b.seg[i], b.k[i]);
    let sm = &model.segments[seg];
    match v {
        VariantKind::Value {
            value_mean, claims, ..
        } => {
            let cl = claims[seg];
            let val = model.product_value(pre, *value_mean, k_seen, cl.value);
            let nv =
                b.nv[i] + sm.w_value * (val - b.v[i]) + trust_delta(model, b, i, k_seen, cl.trust);
            wins(nv + b.noise_product[i], b, i)
        }
        VariantKind::Cost { k, .. } => {
            let k = *k;
            let mut c = nonneg(pre);
            if k == TRUST {
                c = nonneg(c + model.strip[k_seen].trust + sm.claim.trust) * b.trust_scale[i];
            }
            let nv = b.nv[i] - sm.w_cost[k] * (c - b.c[k][i]);
            wins(nv + b.noise_product[i], b, i)
        }
        VariantKind::Claim { claims } => {
            let cl = claims[seg];
            let val = model.product_value(b.x[i], model.value_mean, k_seen, cl.value);
            let nv =
                b.nv[i] + sm.w_value * (val - b.v[i]) + trust_delta(model, b, i, k_seen, cl.trust);
            wins(nv + b.noise_product[i], b, i)
        }
        VariantKind::Viewed { seg: moved, cdf } => {
            if *moved != seg {
                return b.adopt[i];
            }
            let k = cdf.iter().filter(|t| **t <= b.u_viewed[i]).count();
            let val = model.product_value(b.x[i], model.value_mean, k, sm.claim.value);
            let nv =
                b.nv[i] + sm.w_value * (val - b.v[i]) + trust_delta(model, b, i, k, sm.claim.trust);
            wins(nv + b.noise_product[i], b, i)
        }
        VariantKind::AltValue { j, sampler } => {
            let j = *j;
            let x = sampler.transform(b.alt_shock[j][i]);
            let uj = b.alt_u[j][i] + sm.w_value * (x - b.alt_x[j][i]);
            let mut best = uj;
            for (other, u) in b.alt_u.iter().take(model.alts.len()).enumerate() {
                if other != j && u[i] > best {
                    best = u[i];
                }
            }
            b.u_product[i] > b.u_none[i] && b.u_product[i] >= best
        }
        VariantKind::Correlation {
            copula,
            rows: first,
            ..
        } => {
            let mut nv = b.nv[i];
            for (m, e) in copula.vars.iter().enumerate() {
                let x = rows.get(first + m).map_or(0.0, |row| row[i]);
                match e.cost() {
                    None => {
                        let val = model.product_value(x, model.value_mean, k_seen, sm.claim.value);
                        nv += sm.w_value * (val - b.v[i]);
                    }
                    Some(kind) => {
                        let k = kind as usize & 7;
                        if !model.product.active.contains(&k) {
                            continue;
                        }
                        let mut c = nonneg(x);
                        if k == TRUST {
                            c = nonneg(c + model.strip[k_seen].trust + sm.claim.trust)
                                * b.trust_scale[i];
                        }
                        nv -= sm.w_cost[k] * (c - b.c[k][i]);
                    }
                }
            }
            wins(nv + b.noise_product[i], b, i)
        }
    }
}
