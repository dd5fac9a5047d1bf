//! A scenario compiled for the hot loop, and the evaluation of one person.
//!
//! Compilation turns the serde types into flat numbers: samplers with their
//! parameters precomputed, per-segment weights and claim effects, the
//! cumulative effect of the first k screenshots, cumulative segment shares.
//! Evaluating a person then needs no allocation and no lookup by name.

use crate::copula::{Copula, MAX_VARS};
use crate::dist::{Sampler, Shock, dist_mean, uniform01};
use crate::math::nonneg;
use crate::normal::fill_standard_normal;
use crate::retention::{RetentionModel, Stay};
use crate::rng::{self, slot, slot_rng};
use crate::scenario::{COST_NAMES, CostKind, Costs, Decision, Dist, Endpoint, Scenario, Segment};
use crate::screenshots::{StripEffect, strip_effects, viewed_distribution};
use crate::sensitivity::{Variant, pre_rows, predraw};
use crate::stats::normal_cdf;

/// Largest number of alternatives a person can hold (the format's limit).
pub(crate) const MAX_ALTS: usize = 16;
/// Number of cost components.
pub(crate) const COSTS: usize = COST_NAMES.len();
/// Index of the trust component.
pub(crate) const TRUST: usize = CostKind::Trust as usize;

/// The decision rule with its constants.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Rule {
    Threshold,
    Beat,
    Logit { tau: f64 },
}

/// Value and costs of one option (the product or an alternative).
#[derive(Debug, Clone)]
pub(crate) struct OptionModel {
    pub value: Sampler,
    /// Every component; absent ones are `Fixed(0)`.
    pub costs: [Sampler; 6],
    /// Components that take part in the sum, in index order.
    pub active: Vec<usize>,
    /// The same components ready for the hot loop.
    pub terms: Vec<CostTerm>,
}

/// One cost component of an option as the hot loop reads it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CostTerm {
    /// Component index, 0..6.
    pub k: usize,
    /// Random slot of the component.
    pub slot: u64,
    pub sampler: Sampler,
}

impl OptionModel {
    fn new(value: &Dist, costs: &Costs, force_trust: bool, first_cost_slot: u64) -> OptionModel {
        let mut samplers = [Sampler::Fixed(0.0); 6];
        let mut active = Vec::new();
        for kind in CostKind::ALL {
            let k = kind as usize;
            if let Some(d) = costs.get(kind) {
                samplers[k] = Sampler::new(d);
            }
            if !samplers[k].never_positive() || (k == TRUST && force_trust) {
                active.push(k);
            }
        }
        let terms = active
            .iter()
            .map(|&k| CostTerm {
                k,
                slot: first_cost_slot + k as u64,
                sampler: samplers[k],
            })
            .collect();
        OptionModel {
            value: Sampler::new(value),
            costs: samplers,
            active,
            terms,
        }
    }
}

/// What a person's segment fixes.
#[derive(Debug, Clone)]
pub(crate) struct SegmentModel {
    pub w_value: f64,
    /// Indexed by component; 8 entries so `k & 7` needs no bounds check.
    pub w_cost: [f64; 8],
    /// Claim effects for this segment: added value and added trust cost.
    pub claim: ClaimEffect,
    /// P(k ≤ j) for j in 0..strip length: k = number of entries ≤ u.
    pub viewed_cdf: Vec<f64>,
}

/// What an over-claim does to one segment.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub(crate) struct ClaimEffect {
    /// (1 − skepticism) · excess.
    pub value: f64,
    /// skepticism · excess² / credibility.
    pub trust: f64,
}

/// The largest trust cost an over-claim adds. A credibility near zero
/// (validation accepts any positive number) would otherwise give an
/// infinite cost and results that JSON cannot hold; 10¹² is already far
/// beyond anything else a scenario can produce, so nothing else changes.
pub(crate) const MAX_CLAIM_TRUST: f64 = 1e12;

/// The claim effect: excess = max(0, claim − value mean).
pub(crate) fn claim_effect(
    claim: Option<f64>,
    value_mean: f64,
    credibility: f64,
    skepticism: f64,
) -> ClaimEffect {
    let Some(claim) = claim else {
        return ClaimEffect::default();
    };
    let excess = (claim - value_mean).max(0.0);
    let skep = skepticism.clamp(0.0, 1.0);
    let trust = if credibility > 0.0 {
        (skep * excess * excess / credibility).min(MAX_CLAIM_TRUST)
    } else {
        0.0
    };
    ClaimEffect {
        value: (1.0 - skep) * excess,
        trust,
    }
}

/// Cumulative viewed-count thresholds for a strip of `len`.
pub(crate) fn viewed_cdf(mean: f64, len: u32) -> Vec<f64> {
    let probs = viewed_distribution(mean, len);
    let mut acc = 0.0;
    probs
        .iter()
        .take(len as usize)
        .map(|p| {
            acc += p;
            acc
        })
        .collect()
}

/// The scenario, compiled.
#[derive(Debug, Clone)]
pub(crate) struct Model {
    pub rule: Rule,
    pub users: u64,
    pub run_key: u64,
    /// Segment j is chosen when exactly j thresholds are ≤ u (n − 1 entries).
    pub seg_thresholds: Vec<f64>,
    pub segments: Vec<SegmentModel>,
    pub segment_names: Vec<String>,
    pub product: OptionModel,
    /// Mean of the product's value distribution: clarity scales around it.
    pub value_mean: f64,
    /// Combined effect of the first k screenshots, k = 0..=strip length.
    pub strip: Vec<StripEffect>,
    pub alts: Vec<OptionModel>,
    /// Product, alternatives, "none".
    pub option_names: Vec<String>,
    /// Whether trust is part of the product's cost sum.
    pub trust_active: bool,
    /// The retention block, if the scenario has one.
    pub retention: Option<RetentionModel>,
    /// Correlated perceptions (`None` without `correlations`: every
    /// quantity is then drawn exactly as before they existed).
    pub copula: Option<Copula>,
}

/// Segments as the scenario gives them, or the default "Everyone".
pub fn effective_segments(scenario: &Scenario) -> Vec<Segment> {
    if scenario.segments.is_empty() {
        vec![Segment::new("Everyone", 1.0)]
    } else {
        scenario.segments.clone()
    }
}

/// Segment shares as the simulation counts them: non-finite or negative
/// shares count as 0; if nothing is left, segments are equal.
fn clean_shares(shares: &[f64]) -> Vec<f64> {
    let clean: Vec<f64> = shares
        .iter()
        .map(|s| if s.is_finite() && *s > 0.0 { *s } else { 0.0 })
        .collect();
    let total: f64 = clean.iter().sum();
    if total > 0.0 {
        clean
    } else {
        vec![1.0; shares.len()]
    }
}

/// The fraction of people in each segment, as the simulation draws them
/// (see [`clean_shares`]): the shares normalised to sum to 1.
pub fn segment_shares(shares: &[f64]) -> Vec<f64> {
    let clean = clean_shares(shares);
    let total: f64 = clean.iter().sum();
    clean.iter().map(|s| s / total).collect()
}

/// Segment thresholds from shares normalised to sum to 1. Non-finite or
/// negative shares count as 0; if nothing is left, segments are equal.
pub(crate) fn segment_thresholds(shares: &[f64]) -> Vec<f64> {
    let clean = clean_shares(shares);
    let total: f64 = clean.iter().sum();
    let n = clean.len();
    let mut out = Vec::with_capacity(n.saturating_sub(1));
    let mut acc = 0.0;
    for j in 0..n.saturating_sub(1) {
        acc += clean[j];
        let rest: f64 = clean[j + 1..].iter().sum();
        // Trailing empty segments must never be drawn, even when rounding
        // leaves the running sum a hair below 1.
        out.push(if rest > 0.0 {
            acc / total
        } else {
            f64::INFINITY
        });
    }
    out
}

impl Model {
    pub(crate) fn new(scenario: &Scenario) -> Model {
        let product = &scenario.product;
        let segments_in = effective_segments(scenario);
        let value_mean = dist_mean(&product.value);
        let strip = strip_effects(&product.screenshots, &product.screenshot_effects);
        let strip_len = product.screenshots.len().min(u32::MAX as usize) as u32;
        let segments: Vec<SegmentModel> = segments_in
            .iter()
            .map(|s| {
                let mut w_cost = [0.0; 8];
                for kind in CostKind::ALL {
                    w_cost[kind as usize] = s.weights.cost(kind);
                }
                SegmentModel {
                    w_value: s.weights.value,
                    w_cost,
                    claim: claim_effect(
                        product.claim,
                        value_mean,
                        product.credibility,
                        s.skepticism,
                    ),
                    viewed_cdf: viewed_cdf(s.screenshots_viewed, strip_len),
                }
            })
            .collect();
        // Trust must be evaluated whenever screenshots or a claim can move
        // it, even if the product's own trust cost is zero.
        let force_trust = product.claim.is_some() || strip.iter().any(|e| e.trust != 0.0);
        let rule = match scenario.decision {
            Decision::Threshold => Rule::Threshold,
            Decision::BeatAlternatives => Rule::Beat,
            Decision::Logit { temperature } if temperature > 0.0 && temperature.is_finite() => {
                Rule::Logit { tau: temperature }
            }
            // Validation rejects τ ≤ 0; its limit is "pick the best".
            Decision::Logit { .. } => Rule::Beat,
        };
        let product_model =
            OptionModel::new(&product.value, &product.costs, force_trust, slot::COST);
        let alts: Vec<OptionModel> = scenario
            .alternatives
            .iter()
            .take(MAX_ALTS)
            .enumerate()
            .map(|(j, a)| {
                OptionModel::new(
                    &a.value,
                    &a.costs,
                    false,
                    slot::ALT + slot::ALT_STRIDE * j as u64 + 1,
                )
            })
            .collect();
        let mut option_names = vec![product.name.clone()];
        option_names.extend(
            scenario
                .alternatives
                .iter()
                .take(MAX_ALTS)
                .map(|a| a.name.clone()),
        );
        option_names.push(crate::results::ChoiceOption::NONE_NAME.to_string());
        Model {
            rule,
            users: scenario.users,
            run_key: rng::run_key(scenario.seed),
            seg_thresholds: segment_thresholds(
                &segments_in.iter().map(|s| s.share).collect::<Vec<_>>(),
            ),
            segment_names: segments_in.iter().map(|s| s.name.clone()).collect(),
            segments,
            trust_active: product_model.active.contains(&TRUST),
            product: product_model,
            value_mean,
            strip,
            alts,
            option_names,
            retention: scenario.retention.as_ref().map(|r| {
                RetentionModel::new(
                    r,
                    product.experience.as_ref(),
                    crate::copula::experience_rho(&scenario.correlations),
                    scenario.diffusion.map_or(0, |d| d.periods),
                )
            }),
            copula: Copula::new(&scenario.correlations),
        }
    }

    /// The product's sampler of a copula quantity.
    #[inline(always)]
    pub(crate) fn sampler_of(&self, e: Endpoint) -> &Sampler {
        match e.cost() {
            None => &self.product.value,
            Some(kind) => &self.product.costs[kind as usize],
        }
    }

    /// Number of options including "none".
    pub(crate) fn n_options(&self) -> usize {
        self.alts.len() + 2
    }

    /// Whether alternatives take part in decisions.
    pub(crate) fn uses_alternatives(&self) -> bool {
        self.rule != Rule::Threshold && !self.alts.is_empty()
    }

    /// Perceived product value from the raw draw x, for screenshots seen k
    /// and the segment's claim effect.
    #[inline(always)]
    pub(crate) fn product_value(&self, x: f64, value_mean: f64, k: usize, claim: f64) -> f64 {
        let base = if self.strip.len() > 1 {
            let fx = &self.strip[k];
            value_mean + fx.value + fx.clarity * (x - value_mean)
        } else {
            x
        };
        base + claim
    }

    /// Draws the product's value and costs of people `start..start + n`
    /// (n ≤ [`BATCH`]) into `d`, one variable at a time: the sampler's kind
    /// is looked at once per batch, and the transforms (the log-normal's
    /// `exp` above all) run as tight loops the compiler vectorises.
    pub(crate) fn draw_batch(&self, start: u64, n: usize, d: &mut Draws) {
        let n = n.min(BATCH);
        rng::person_keys(self.run_key, start, &mut d.pk[..n]);
        self.draw_keys(n, d);
    }

    /// Draws the product's value and costs of the `n` people whose keys
    /// are already in `d.pk` (consecutive or not: adoption over time
    /// gathers the people who became aware in a period).
    pub(crate) fn draw_keys(&self, n: usize, d: &mut Draws) {
        let n = n.min(BATCH);
        if let Some(cop) = &self.copula {
            self.draw_correlated(cop, n, d);
            return;
        }
        self.fill_value(n, d);
        for t in &self.product.terms {
            fill_term(t, n, d);
        }
    }

    /// The value's own draw, from its slot (no copula joins it).
    #[inline(always)]
    fn fill_value(&self, n: usize, d: &mut Draws) {
        fill(
            &self.product.value,
            slot::VALUE,
            &d.pk[..n],
            &mut d.v_shock[..n],
            &mut d.x[..n],
        );
    }

    /// [`Model::draw_keys`] with correlated perceptions: independent
    /// standard normals from each joined quantity's own slot, made
    /// correlated by the copula's Cholesky factor, then turned into each
    /// quantity's shock (Φ of it for uniform and triangular) and value.
    /// Quantities outside the copula draw exactly as without it.
    fn draw_correlated(&self, cop: &Copula, n: usize, d: &mut Draws) {
        let prod = &self.product;
        for (m, e) in cop.vars.iter().enumerate() {
            fill_standard_normal(&d.pk[..n], endpoint_slot(*e), &mut d.z[m & 7][..n]);
        }
        for (m, e) in cop.vars.iter().enumerate() {
            let shocks = match e.cost() {
                None => &mut d.v_shock,
                Some(kind) => &mut d.c_shock[kind as usize & 7],
            };
            cop.correlate(m, &d.z, n, &mut shocks[..n]);
            match self.sampler_of(*e).shock() {
                Shock::Normal => {}
                Shock::Uniform => shocks[..n].iter_mut().for_each(|s| *s = normal_cdf(*s)),
                Shock::None => shocks[..n].iter_mut().for_each(|s| *s = 0.0),
            }
        }
        if cop.has(Endpoint::Value) {
            prod.value.transform_all(&d.v_shock[..n], &mut d.x[..n]);
        } else {
            self.fill_value(n, d);
        }
        for t in &prod.terms {
            let k = t.k & 7;
            let joined = CostKind::ALL
                .get(k)
                .is_some_and(|kind| cop.has(Endpoint::of_cost(*kind)));
            if joined {
                t.sampler
                    .transform_all(&d.c_shock[k][..n], &mut d.c_raw[k][..n]);
            } else {
                fill_term(t, n, d);
            }
        }
    }

    /// Evaluates people `start..end` in batches, calling `f` with each
    /// batch's first person index, its size, the decided batch and the
    /// what-ifs' batch draws (see [`predraw`]). `trust_scale`
    /// multiplies every perceived trust cost (1 except under social proof,
    /// see [`Model::decide_batch`]).
    #[inline(always)]
    pub(crate) fn eval_range(
        &self,
        start: u64,
        end: u64,
        work: &mut Work,
        variants: &[Variant],
        trust_scale: f64,
        mut f: impl FnMut(u64, usize, &Batch, &[[f64; BATCH]]),
    ) {
        let Work { draws, batch, pre } = work;
        pre.resize(pre_rows(variants), [0.0; BATCH]);
        batch.trust_scale = [trust_scale; BATCH];
        let mut s = start;
        while s < end {
            let n = (end - s).min(BATCH as u64) as usize;
            self.draw_batch(s, n, draws);
            predraw(variants, draws, n, pre);
            self.decide_batch(draws, n, batch);
            f(s, n, batch, pre);
            s += n as u64;
        }
    }

    /// The segment of the person with key `pk`.
    #[inline(always)]
    pub(crate) fn segment_of(&self, pk: u64) -> usize {
        if self.seg_thresholds.is_empty() {
            0
        } else {
            let u = uniform01(&mut slot_rng(pk, slot::SEGMENT));
            self.seg_thresholds.iter().filter(|t| **t <= u).count()
        }
    }

    /// Completes people `0..n` of a drawn batch: segment, screenshots
    /// seen, perceived value and costs, the other options, the choice.
    ///
    /// Each step runs for the whole batch before the next (a column at a
    /// time), so the arithmetic of the common cases compiles to tight,
    /// often vectorised loops; every person still gets exactly the
    /// operations, in the same order, that deciding them alone would give.
    ///
    /// `b.trust_scale[i]` (0 to 1, set by the caller) multiplies person
    /// i's whole perceived trust cost, after the screenshot and claim
    /// effects: social proof in adoption over time passes 1 − social_proof
    /// · adopted share; every other run passes 1, which changes nothing.
    #[inline(always)]
    pub(crate) fn decide_batch(&self, d: &Draws, n: usize, b: &mut Batch) {
        let n = n.min(BATCH);
        // Segments and screenshots viewed.
        if self.seg_thresholds.is_empty() {
            b.seg = [0; BATCH];
        } else {
            for i in 0..n {
                b.seg[i] = self.segment_of(d.pk[i]);
            }
        }
        if self.strip.len() > 1 {
            for i in 0..n {
                let u = uniform01(&mut slot_rng(d.pk[i], slot::SCREENSHOTS));
                b.u_viewed[i] = u;
                let cdf = &self.segments[b.seg[i]].viewed_cdf;
                b.k[i] = cdf.iter().filter(|t| **t <= u).count();
            }
        } else {
            b.k = [0; BATCH];
        }
        // Product value and costs: with one segment its weights are
        // constants, which lets the loops vectorise.
        if self.segments.len() == 1 {
            self.product_net_values::<true>(d, n, b);
        } else {
            self.product_net_values::<false>(d, n, b);
        }
        // The other options and the noise.
        match self.rule {
            Rule::Threshold => {
                for i in 0..n {
                    b.noise_product[i] = 0.0;
                    b.u_product[i] = b.nv[i];
                    b.u_none[i] = 0.0;
                    b.best_alt[i] = f64::NEG_INFINITY;
                }
            }
            Rule::Beat => {
                for i in 0..n {
                    b.noise_product[i] = 0.0;
                    b.u_product[i] = b.nv[i];
                    b.u_none[i] = 0.0;
                    b.best_alt[i] = self.eval_alts(d.pk[i], b, i, 0.0);
                }
            }
            Rule::Logit { tau } => {
                for i in 0..n {
                    let pk = d.pk[i];
                    b.noise_product[i] = tau * gumbel(pk, slot::NOISE_PRODUCT);
                    b.u_product[i] = b.nv[i] + b.noise_product[i];
                    b.u_none[i] = tau * gumbel(pk, slot::NOISE_NONE);
                    b.best_alt[i] = self.eval_alts(pk, b, i, tau);
                }
            }
        }
        if self.rule == Rule::Threshold || self.alts.is_empty() {
            // No alternative can be chosen: everyone who does not adopt
            // chooses "none". The same comparisons as [`Model::choose`],
            // without its per-person loop over alternatives, so the batch
            // is decided in one branch-free, vectorised loop.
            let none = self.alts.len() + 1;
            for i in 0..n {
                let adopt = (b.u_product[i] > b.u_none[i]) & (b.u_product[i] >= b.best_alt[i]);
                b.adopt[i] = adopt;
                b.choice[i] = if adopt { 0 } else { none };
            }
        } else {
            for i in 0..n {
                self.choose(b, i);
            }
        }
        // Retention re-decides the batch as users (a separate step that
        // reads the columns above and writes only `b.stay`).
        if let Some(r) = &self.retention {
            r.stay_batch(self, d, n, b);
        }
    }

    /// Perceived value, costs and net value of the product for people
    /// `0..n`. Costs are clamped at zero; trust also carries the screenshot
    /// and claim effects and the person's trust scale, and is clamped again.
    #[inline(always)]
    fn product_net_values<const ONE_SEGMENT: bool>(&self, d: &Draws, n: usize, b: &mut Batch) {
        let seg = |b: &Batch, i: usize| if ONE_SEGMENT { 0 } else { b.seg[i] };
        for i in 0..n {
            let sm = &self.segments[seg(b, i)];
            b.x[i] = d.x[i];
            b.v[i] = self.product_value(d.x[i], self.value_mean, b.k[i], sm.claim.value);
            b.nv[i] = sm.w_value * b.v[i];
        }
        for t in &self.product.terms {
            let k = t.k & 7;
            if k == TRUST && self.strip.len() > 1 {
                for i in 0..n {
                    let sm = &self.segments[seg(b, i)];
                    let base = nonneg(d.c_raw[k][i]);
                    b.trust_base[i] = base;
                    let c =
                        nonneg(base + self.strip[b.k[i]].trust + sm.claim.trust) * b.trust_scale[i];
                    b.c[k][i] = c;
                    b.nv[i] -= sm.w_cost[k] * c;
                }
            } else if k == TRUST {
                // No screenshots: everyone has seen none (`b.k` is all 0),
                // so the strip's effect is one number, read once rather
                // than looked up per person; the loop then vectorises.
                let strip_trust = self.strip.first().map_or(0.0, |e| e.trust);
                for i in 0..n {
                    let sm = &self.segments[seg(b, i)];
                    let base = nonneg(d.c_raw[k][i]);
                    b.trust_base[i] = base;
                    let c = nonneg(base + strip_trust + sm.claim.trust) * b.trust_scale[i];
                    b.c[k][i] = c;
                    b.nv[i] -= sm.w_cost[k] * c;
                }
            } else {
                for i in 0..n {
                    let sm = &self.segments[seg(b, i)];
                    let c = nonneg(d.c_raw[k][i]);
                    b.c[k][i] = c;
                    b.nv[i] -= sm.w_cost[k] * c;
                }
            }
        }
    }

    /// Decides person `i` of a batch again with another `trust_scale`,
    /// keeping every draw: only the trust cost, the net value and the
    /// choice change. The same as [`Model::decide_batch`] with that scale,
    /// without redrawing the person's segment, screenshots and alternatives.
    #[inline(always)]
    pub(crate) fn rescale_trust(&self, b: &mut Batch, i: usize, trust_scale: f64) {
        let i = i & (BATCH - 1);
        b.trust_scale[i] = trust_scale;
        if !self.trust_active {
            return;
        }
        let sm = &self.segments[b.seg[i]];
        let c = nonneg(b.trust_base[i] + self.strip[b.k[i]].trust + sm.claim.trust) * trust_scale;
        b.nv[i] -= sm.w_cost[TRUST] * (c - b.c[TRUST][i]);
        b.c[TRUST][i] = c;
        b.u_product[i] = b.nv[i] + b.noise_product[i];
        self.choose(b, i);
    }

    /// Person `i`'s choice from their utilities.
    #[inline(always)]
    fn choose(&self, b: &mut Batch, i: usize) {
        let i = i & (BATCH - 1);
        let adopt = (b.u_product[i] > b.u_none[i]) & (b.u_product[i] >= b.best_alt[i]);
        b.adopt[i] = adopt;
        // The best other option; ties go to the earlier one: none, then
        // alternatives in order.
        let mut best = self.alts.len() + 1;
        if self.rule != Rule::Threshold {
            let mut best_u = b.u_none[i];
            for j in 0..self.alts.len() {
                if b.alt_u[j][i] > best_u {
                    best_u = b.alt_u[j][i];
                    best = j + 1;
                }
            }
        }
        b.choice[i] = if adopt { 0 } else { best };
    }

    /// Draws every alternative for person `i` (key `pk`); returns the best
    /// utility (−∞ without alternatives).
    #[inline(always)]
    fn eval_alts(&self, pk: u64, b: &mut Batch, i: usize, tau: f64) -> f64 {
        let i = i & (BATCH - 1);
        let sm = &self.segments[b.seg[i]];
        let mut best = f64::NEG_INFINITY;
        for (j, alt) in self.alts.iter().enumerate() {
            let base = slot::ALT + slot::ALT_STRIDE * j as u64;
            let (shock, x) = alt.value.sample(&mut slot_rng(pk, base));
            b.alt_shock[j][i] = shock;
            b.alt_x[j][i] = x;
            let mut u = sm.w_value * x;
            for t in &alt.terms {
                let (_, c) = t.sampler.sample(&mut slot_rng(pk, t.slot));
                u -= sm.w_cost[t.k & 7] * nonneg(c);
            }
            if tau > 0.0 {
                u += tau * gumbel(pk, base + slot::ALT_NOISE);
            }
            b.alt_u[j][i] = u;
            if u > best {
                best = u;
            }
        }
        best
    }
}

/// People drawn together; a power of two so an index can be masked, and
/// the width of a `u64`, so a set of a batch's people fits one word.
pub(crate) const BATCH: usize = 64;

/// The first `n` people of a batch, as a set (see [`BATCH`]).
#[inline(always)]
pub(crate) fn everyone(n: usize) -> u64 {
    if n >= BATCH {
        u64::MAX
    } else {
        (1u64 << n) - 1
    }
}

/// The product's draws for a batch of consecutive people (shocks and raw
/// values, before clamping and adjustments). About 10 KB, reused.
#[derive(Debug, Clone)]
pub(crate) struct Draws {
    pub pk: [u64; BATCH],
    pub v_shock: [f64; BATCH],
    pub x: [f64; BATCH],
    /// By cost component (8 rows so `k & 7` needs no bounds check).
    pub c_shock: [[f64; BATCH]; 8],
    pub c_raw: [[f64; BATCH]; 8],
    /// Independent standard normals of the copula's quantities, by the
    /// quantity's index in [`Copula::vars`] (unused without correlations).
    pub z: [[f64; BATCH]; MAX_VARS],
}

/// Scratch space of a simulation loop, allocated once per run (or per
/// block on a thread), never per person.
#[derive(Debug, Clone)]
pub(crate) struct Work {
    pub draws: Box<Draws>,
    pub batch: Box<Batch>,
    /// Per what-if, its draws for the current batch.
    pub pre: Vec<[f64; BATCH]>,
}

impl Work {
    pub(crate) fn new() -> Work {
        Work {
            draws: Draws::new(),
            batch: Batch::new(),
            pre: Vec::new(),
        }
    }
}

impl Draws {
    pub(crate) fn new() -> Box<Draws> {
        Box::new(Draws {
            pk: [0; BATCH],
            v_shock: [0.0; BATCH],
            x: [0.0; BATCH],
            c_shock: [[0.0; BATCH]; 8],
            c_raw: [[0.0; BATCH]; 8],
            z: [[0.0; BATCH]; MAX_VARS],
        })
    }
}

/// A cost term's own draw, from its slot (no copula joins it).
#[inline(always)]
fn fill_term(t: &CostTerm, n: usize, d: &mut Draws) {
    let k = t.k & 7;
    fill(
        &t.sampler,
        t.slot,
        &d.pk[..n],
        &mut d.c_shock[k][..n],
        &mut d.c_raw[k][..n],
    );
}

/// Draws one variable for a batch of people: shocks from each person's
/// slot stream, then the transform. Same numbers as [`Sampler::sample`].
#[inline(always)]
fn fill(sampler: &Sampler, slot: u64, pk: &[u64], shocks: &mut [f64], vals: &mut [f64]) {
    match sampler.shock() {
        Shock::None => shocks.iter_mut().for_each(|s| *s = 0.0),
        Shock::Normal => fill_standard_normal(pk, slot, shocks),
        Shock::Uniform => {
            for (s, k) in shocks.iter_mut().zip(pk) {
                *s = uniform01(&mut slot_rng(*k, slot));
            }
        }
    }
    sampler.transform_all(shocks, vals);
}

/// The random slot a copula quantity draws its normal from: the slot it
/// draws from without correlations.
#[inline(always)]
fn endpoint_slot(e: Endpoint) -> u64 {
    match e.cost() {
        None => slot::VALUE,
        Some(kind) => slot::COST + kind as u64,
    }
}

/// A standard Gumbel draw −ln(−ln u) from the person's slot.
#[inline(always)]
pub(crate) fn gumbel(pk: u64, s: u64) -> f64 {
    let u = uniform01(&mut slot_rng(pk, s));
    -libm::log(-libm::log(u))
}

/// Everything the analyses need to know about a batch of evaluated
/// people, one column per quantity (entry i is person i of the batch).
/// About 35 KB, on the heap and reused from batch to batch.
#[derive(Debug, Clone)]
pub(crate) struct Batch {
    pub seg: [usize; BATCH],
    /// Screenshots seen.
    pub k: [usize; BATCH],
    pub u_viewed: [f64; BATCH],
    /// Raw value draw before screenshots and claim.
    pub x: [f64; BATCH],
    /// Perceived value.
    pub v: [f64; BATCH],
    /// Perceived costs (clamped, with adjustments), by component (8 rows
    /// so `k & 7` needs no bounds check). A component that is not in the
    /// product's sum is never written and stays 0 for everyone, which the
    /// recording of a batch relies on.
    pub c: [[f64; BATCH]; 8],
    /// The trust draw, clamped, before screenshot and claim effects.
    pub trust_base: [f64; BATCH],
    /// What the perceived trust cost is multiplied by (social proof); an
    /// input of [`Model::decide_batch`].
    pub trust_scale: [f64; BATCH],
    /// Net value of the product (no noise).
    pub nv: [f64; BATCH],
    pub noise_product: [f64; BATCH],
    pub u_product: [f64; BATCH],
    pub u_none: [f64; BATCH],
    pub best_alt: [f64; BATCH],
    /// By alternative, then person.
    pub alt_shock: [[f64; BATCH]; MAX_ALTS],
    pub alt_x: [[f64; BATCH]; MAX_ALTS],
    pub alt_u: [[f64; BATCH]; MAX_ALTS],
    pub adopt: [bool; BATCH],
    /// 0 product, 1..=m alternatives, m + 1 none.
    pub choice: [usize; BATCH],
    /// The retention step's columns (written only with a retention block).
    pub stay: Stay,
}

impl Batch {
    pub(crate) fn new() -> Box<Batch> {
        Box::new(Batch {
            seg: [0; BATCH],
            k: [0; BATCH],
            u_viewed: [0.0; BATCH],
            x: [0.0; BATCH],
            v: [0.0; BATCH],
            c: [[0.0; BATCH]; 8],
            trust_base: [0.0; BATCH],
            trust_scale: [1.0; BATCH],
            nv: [0.0; BATCH],
            noise_product: [0.0; BATCH],
            u_product: [0.0; BATCH],
            u_none: [0.0; BATCH],
            best_alt: [f64::NEG_INFINITY; BATCH],
            alt_shock: [[0.0; BATCH]; MAX_ALTS],
            alt_x: [[0.0; BATCH]; MAX_ALTS],
            alt_u: [[0.0; BATCH]; MAX_ALTS],
            adopt: [false; BATCH],
            choice: [0; BATCH],
            stay: Stay::new(),
        })
    }
}

/// Whether the product wins with utility `u` against person `i`'s other
/// options (ties go to "none" first, then to the product).
#[inline(always)]
pub(crate) fn wins(u: f64, b: &Batch, i: usize) -> bool {
    let i = i & (BATCH - 1);
    (u > b.u_none[i]) & (u >= b.best_alt[i])
}

/// The cost names in index order (re-exported for analyses).
pub(crate) fn cost_name(k: usize) -> &'static str {
    COST_NAMES[k]
}
