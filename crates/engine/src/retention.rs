//! Retention: who keeps using the product after adopting it.
//!
//! A post-decision step. Once [`Model::decide_batch`] has decided a batch,
//! [`RetentionModel::stay_batch`] re-decides every person as a user, from
//! columns the batch already holds:
//!
//! - the **experienced value** E: the product's own value draw without the
//!   screenshot and claim effects (`Batch::x`, the same shock, so common
//!   random numbers hold), or `product.experience` drawn from the value's
//!   standard-normal shock z (see [`standard_shocks`]); with the pair
//!   `product.value`–`product.experience` in `correlations` at rho, from
//!   rho · z + √(1 − rho²) · z', z' a standard normal of its own (slot
//!   [`slot::EXPERIENCE`]), so corr(z, shock of E) = rho;
//! - the **recurring costs**: the components listed in
//!   `retention.recurring` (default all but learning, which is paid once),
//!   each as perceived (`Batch::c`) unless `retention.costs` gives its cost
//!   per period of use, drawn from the perceived component's shock. Trust
//!   is revised by use: the doubt before adopting (with the claim's trust
//!   penalty, the screenshots' trust effects and social proof) is answered
//!   by use, and what is left is the promise use found broken,
//!   max(0, V − E) for perceived value V, plus `retention.costs.trust` if
//!   given (expectation–confirmation: a shortfall against what was
//!   expected costs trust, Oliver 1980, Bhattacherjee 2001);
//! - the person's other options as at adoption (the alternatives and
//!   "none", with their noise under `logit`).
//!
//! The person stays iff w_value · E − Σ_recurring w_k · c_k (plus, under
//! `logit`, τ times a fresh Gumbel draw from slot [`slot::NOISE_STAY`])
//! still wins against those options. A disappointed adopter leaves in
//! each period with probability `notice`, independently, so they are still
//! using the product after t periods with probability (1 − notice)^t: one
//! keyed uniform u (slot [`slot::LEAVE`]) gives the leave period L, the
//! first t ≥ 1 with u ≥ (1 − notice)^t. Counts stay exact integers, and
//! nothing is allocated per person.
//!
//! The loss is split by a second re-decision with E replaced by the
//! perceived value (`Batch::v`, claims and screenshots included) and the
//! same costs and noise: a leaver who would have stayed then left because
//! use fell short of the expectation; the others left because of the
//! recurring costs (under `logit`, also their fresh taste draw).

use crate::dist::{Sampler, Shock, uniform01};
use crate::math::nonneg;
use crate::model::{BATCH, Batch, COSTS, Draws, Model, Rule, TRUST, gumbel, wins};
use crate::normal::fill_standard_normal;
use crate::rng::{slot, slot_rng};
use crate::scenario::{COST_NAMES, CostKind, Dist, Retention};
use crate::stats::{normal_cdf, normal_quantile};

/// The leave period of someone who never leaves.
pub(crate) const NEVER: u32 = u32::MAX;

/// The retention block, compiled.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RetentionModel {
    /// The horizon of the curve and of the retained share.
    pub periods: u32,
    /// The last period a leave period is resolved to: the larger of
    /// `periods` and the diffusion's periods (which need calendar active
    /// users); later leave periods are all `horizon + 1`.
    pub horizon: u32,
    /// (1 − notice)^t for t = 0..=horizon, by repeated multiplication (the
    /// same bits on every platform).
    survive: Vec<f64>,
    /// Whether cost component k recurs (8 entries so `k & 7` needs no
    /// bounds check).
    recurring: [bool; 8],
    /// `product.experience`, if given.
    experience: Option<Sampler>,
    /// (rho, √(1 − rho²)) of the pair `product.value`–`product.experience`
    /// in `correlations`, if listed.
    experience_rho: Option<(f64, f64)>,
    /// `retention.costs`: what a recurring component costs per period of
    /// use, where it differs from the perceived cost (8 entries).
    use_costs: [Option<Sampler>; 8],
}

impl RetentionModel {
    pub(crate) fn new(
        r: &Retention,
        experience: Option<&Dist>,
        experience_rho: Option<f64>,
        diffusion_periods: u32,
    ) -> RetentionModel {
        let horizon = r.periods.max(diffusion_periods).max(1);
        let keep = (1.0 - r.notice).clamp(0.0, 1.0);
        let mut survive = Vec::with_capacity(horizon as usize + 1);
        let mut s = 1.0;
        survive.push(s);
        for _ in 0..horizon {
            s *= keep;
            survive.push(s);
        }
        let mut recurring = [false; 8];
        let mut use_costs = [None; 8];
        for kind in CostKind::ALL {
            let k = kind as usize;
            recurring[k] = r.recurring.iter().any(|x| x == COST_NAMES[k]);
            // Validation rejects a use cost of a component that does not
            // recur; a caller that skipped it gets the cost ignored.
            if recurring[k] {
                use_costs[k] = r.costs.get(kind).map(Sampler::new);
            }
        }
        RetentionModel {
            periods: r.periods,
            horizon,
            survive,
            recurring,
            experience: experience.map(Sampler::new),
            experience_rho: experience_rho.map(|rho| {
                let rho = rho.clamp(-1.0, 1.0);
                (rho, (1.0 - rho * rho).sqrt())
            }),
            use_costs,
        }
    }

    /// The period a disappointed user with key `pk` leaves in: the first
    /// t ≥ 1 with u ≥ (1 − notice)^t, or `horizon + 1` when that is later.
    /// P(L > t) = P(u < (1 − notice)^t) = (1 − notice)^t.
    #[inline(always)]
    pub(crate) fn leave_period(&self, pk: u64) -> u32 {
        let u = uniform01(&mut slot_rng(pk, slot::LEAVE));
        // survive[0] = 1 > u, and survive only falls, so this is the first
        // index with u ≥ survive[t].
        self.survive.partition_point(|s| u < *s) as u32
    }

    /// Re-decides people `0..n` of a decided batch as users (see the
    /// module documentation), writing `b.stay`.
    #[inline(always)]
    pub(crate) fn stay_batch(&self, model: &Model, d: &Draws, n: usize, b: &mut Batch) {
        let n = n.min(BATCH);
        match &self.experience {
            None => b.stay.e[..n].copy_from_slice(&b.x[..n]),
            Some(s) => {
                standard_shocks(
                    &model.product.value,
                    true,
                    &d.v_shock,
                    d,
                    slot::VALUE,
                    n,
                    &mut b.stay.z,
                );
                if let Some((rho, rest)) = self.experience_rho {
                    fill_standard_normal(&d.pk[..n], slot::EXPERIENCE, &mut b.stay.z_own[..n]);
                    for i in 0..n {
                        b.stay.z[i] = rho * b.stay.z[i] + rest * b.stay.z_own[i];
                    }
                }
                for i in 0..n {
                    b.stay.e[i] = from_standard(s, b.stay.z[i]);
                }
            }
        }
        for k in 0..COSTS {
            let Some(s) = &self.use_costs[k] else {
                continue;
            };
            let drawn = model.product.active.contains(&k);
            standard_shocks(
                &model.product.costs[k],
                drawn,
                &d.c_shock[k],
                d,
                slot::COST + k as u64,
                n,
                &mut b.stay.z,
            );
            for i in 0..n {
                b.stay.use_cost[k][i] = nonneg(from_standard(s, b.stay.z[i]));
            }
        }
        for i in 0..n {
            let sm = &model.segments[b.seg[i]];
            // The recurring costs but trust, which depends on E: per period
            // of use where `retention.costs` says so, else as perceived.
            let mut cost = 0.0;
            for k in 0..COSTS {
                if self.recurring[k] && k != TRUST {
                    let c = if self.use_costs[k].is_some() {
                        b.stay.use_cost[k][i]
                    } else {
                        b.c[k][i]
                    };
                    cost += sm.w_cost[k] * c;
                }
            }
            let trust = if self.use_costs[TRUST].is_some() {
                b.stay.use_cost[TRUST][i]
            } else {
                0.0
            };
            let (e, v) = (b.stay.e[i], b.v[i]);
            let w_trust = if self.recurring[TRUST] {
                sm.w_cost[TRUST]
            } else {
                0.0
            };
            let noise = match model.rule {
                Rule::Logit { tau } => tau * gumbel(d.pk[i], slot::NOISE_STAY),
                _ => 0.0,
            };
            let used = sm.w_value * e - cost - w_trust * (trust + nonneg(v - e)) + noise;
            // Had use delivered V, nothing would be found broken.
            let as_seen = sm.w_value * v - cost - w_trust * trust + noise;
            let stays = wins(used, b, i);
            b.stay.stays[i] = stays;
            b.stay.stays_as_seen[i] = wins(as_seen, b, i);
            b.stay.leave[i] = if stays {
                NEVER
            } else {
                self.leave_period(d.pk[i])
            };
        }
    }
}

/// Standard-normal shocks for people `0..n` of a quantity drawn from the
/// same shock as a perceived one (`perceived`, whose batch shocks are
/// `shocks` when `drawn`): its own shock when it is normal or log-normal;
/// Φ⁻¹ of its uniform shock when it is uniform or triangular (the same
/// rank, so comonotone); otherwise (fixed, or not drawn because it is
/// zero) the normal draw of its slot, what a normal distribution there
/// would have drawn. With `correlations` giving
/// `product.value`–`product.experience` a rho, the caller makes the
/// experience's z into rho · z + √(1 − rho²) · z', with z' from slot
/// [`slot::EXPERIENCE`].
#[inline(always)]
fn standard_shocks(
    perceived: &Sampler,
    drawn: bool,
    shocks: &[f64; BATCH],
    d: &Draws,
    slot: u64,
    n: usize,
    z: &mut [f64; BATCH],
) {
    match (drawn, perceived.shock()) {
        (true, Shock::Normal) => z[..n].copy_from_slice(&shocks[..n]),
        (true, Shock::Uniform) => {
            for i in 0..n {
                z[i] = normal_quantile(shocks[i]).clamp(-40.0, 40.0);
            }
        }
        _ => fill_standard_normal(&d.pk[..n], slot, &mut z[..n]),
    }
}

/// The value of a distribution for a standard-normal shock z: normal and
/// log-normal distributions transform z, uniform and triangular ones
/// Φ(z) (uniform on (0, 1)).
#[inline(always)]
fn from_standard(s: &Sampler, z: f64) -> f64 {
    match s.shock() {
        Shock::Normal => s.transform(z),
        Shock::Uniform => s.transform(normal_cdf(z)),
        Shock::None => s.transform(0.0),
    }
}

/// The retention columns of a batch (entry i is person i).
#[derive(Debug, Clone)]
pub(crate) struct Stay {
    /// Experienced value, before the segment's weight.
    pub e: [f64; BATCH],
    /// Scratch: standard-normal shocks.
    pub z: [f64; BATCH],
    /// Scratch: the experience's own standard-normal shocks.
    pub z_own: [f64; BATCH],
    /// Per-period costs of use (`retention.costs`), clamped, by component
    /// (written only for the components it gives).
    pub use_cost: [[f64; BATCH]; 8],
    /// Whether the person, as a user, would keep the product.
    pub stays: [bool; BATCH],
    /// Whether they would keep it if use delivered the perceived value.
    pub stays_as_seen: [bool; BATCH],
    /// The period a disappointed user leaves in (1..=horizon + 1);
    /// [`NEVER`] for one who stays.
    pub leave: [u32; BATCH],
}

impl Stay {
    pub(crate) fn new() -> Stay {
        Stay {
            e: [0.0; BATCH],
            z: [0.0; BATCH],
            z_own: [0.0; BATCH],
            use_cost: [[0.0; BATCH]; 8],
            stays: [true; BATCH],
            stays_as_seen: [true; BATCH],
            leave: [NEVER; BATCH],
        }
    }
}

/// Running retention totals of a run or of one block (part of
/// [`crate::accum::Acc`]): counts only, so merging is exact.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct RetentionAcc {
    /// Adopters by leave period: entry t (1..=horizon) left in period t;
    /// entry horizon + 1 later or never; entry 0 is unused.
    pub leave: Vec<u64>,
    /// Adopters still using the product after `periods` periods.
    pub retained: u64,
    /// Adopters gone by then who would have stayed had use delivered
    /// the perceived value.
    pub lost_expectation: u64,
    /// The other adopters gone by then.
    pub lost_recurring: u64,
    /// Retained adopters per segment.
    pub seg_retained: Vec<u64>,
}

impl RetentionAcc {
    pub(crate) fn new(r: &RetentionModel, segments: usize) -> RetentionAcc {
        RetentionAcc {
            leave: vec![0; r.horizon as usize + 2],
            retained: 0,
            lost_expectation: 0,
            lost_recurring: 0,
            seg_retained: vec![0; segments],
        }
    }

    pub(crate) fn clear(&mut self) {
        self.leave.iter_mut().for_each(|x| *x = 0);
        self.seg_retained.iter_mut().for_each(|x| *x = 0);
        self.retained = 0;
        self.lost_expectation = 0;
        self.lost_recurring = 0;
    }

    pub(crate) fn merge(&mut self, o: &RetentionAcc) {
        let add = |a: &mut Vec<u64>, b: &Vec<u64>| a.iter_mut().zip(b).for_each(|(x, y)| *x += y);
        add(&mut self.leave, &o.leave);
        add(&mut self.seg_retained, &o.seg_retained);
        self.retained += o.retained;
        self.lost_expectation += o.lost_expectation;
        self.lost_recurring += o.lost_recurring;
    }

    /// Records the adopters among people `0..n` of a batch whose bit is
    /// set in `who`.
    #[inline(always)]
    pub(crate) fn record(&mut self, r: &RetentionModel, b: &Batch, who: u64, n: usize) {
        let last = self.leave.len() - 1;
        for i in 0..n.min(BATCH) {
            if (who >> i) & 1 == 0 || !b.adopt[i] {
                continue;
            }
            let leave = b.stay.leave[i];
            self.leave[(leave as usize).min(last)] += 1;
            if leave > r.periods {
                self.retained += 1;
                self.seg_retained[b.seg[i]] += 1;
            } else if b.stay.stays_as_seen[i] {
                self.lost_expectation += 1;
            } else {
                self.lost_recurring += 1;
            }
        }
    }

    /// Adopters still active after t periods, t = 0..=periods.
    pub(crate) fn curve(&self, adopters: u64, periods: u32) -> Vec<u64> {
        let mut active = adopters;
        let mut out = Vec::with_capacity(periods as usize + 1);
        out.push(active);
        for t in 1..=periods as usize {
            active -= self.leave.get(t).copied().unwrap_or(0).min(active);
            out.push(active);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model(notice: f64, periods: u32) -> RetentionModel {
        RetentionModel::new(
            &Retention {
                periods,
                notice,
                recurring: crate::scenario::default_recurring(),
                costs: Default::default(),
            },
            None,
            None,
            0,
        )
    }

    /// Notice 1 leaves in period 1; notice 0 never within the horizon.
    #[test]
    fn notice_extremes() {
        let m = model(1.0, 5);
        assert!((0..1000).all(|p| m.leave_period(p) == 1));
        let m = model(0.0, 5);
        assert!((0..1000).all(|p| m.leave_period(p) == 6));
    }

    /// Leave periods are geometric: P(L > t) = (1 − notice)^t, checked on
    /// 200,000 keys within 4 binomial standard errors per period.
    #[test]
    fn leave_periods_are_geometric() {
        let m = model(0.3, 10);
        let n = 200_000u64;
        let mut over = [0u64; 11];
        for p in 0..n {
            let l = m.leave_period(crate::rng::person_key(7, p));
            for (t, c) in over.iter_mut().enumerate() {
                *c += u64::from(l as usize > t);
            }
        }
        for (t, c) in over.iter().enumerate() {
            let expect = libm::pow(0.7, t as f64);
            let got = *c as f64 / n as f64;
            let se = (expect * (1.0 - expect) / n as f64).sqrt().max(1e-12);
            assert!((got - expect).abs() <= 4.0 * se, "t={t}: {got} vs {expect}");
        }
    }

    /// The recurring set follows the names; learning is not in the default.
    #[test]
    fn default_recurring_leaves_out_learning() {
        let m = model(0.5, 3);
        assert_eq!(m.recurring[..6], [true, true, false, true, true, true]);
    }
}
