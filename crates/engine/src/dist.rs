//! Distributions of perceived quantities, compiled for the hot loop.
//!
//! Every draw is split in two: a *shock* drawn from the person's keyed
//! stream (a standard normal z for normal and log-normal, a uniform u in
//! (0, 1) for uniform and triangular), and a deterministic *transform* of the
//! shock by the distribution's parameters. Keeping the shock lets what-if
//! steps and A/B comparisons re-evaluate the same person with other
//! parameters without drawing again (common random numbers).
//!
//! - fixed {value}: the value.
//! - normal {mean, sd}: mean + sd · z (`rand_distr::Normal::from_zscore`).
//! - lognormal {mean, sd} (mean and sd of the variable itself):
//!   σ² = ln(1 + sd²/mean²), μ = ln(mean) − σ²/2, value exp(μ + σ z); the
//!   same parametrisation as `rand_distr::LogNormal::from_mean_cv(mean,
//!   sd/mean)`, with a portable `exp` (see [`crate::math`]).
//! - uniform {min, max}: min + (max − min) · u.
//! - triangular {min, mode, max}: the inverse distribution function, the
//!   same formula as `rand_distr::Triangular`.
//!
//! z comes from rand_distr's `StandardNormal` algorithm (the ZIGNOR ziggurat, replayed
//! in `normal.rs` with portable maths), u from
//! `rand::distr::Open01`.

use rand::Rng;
use rand::distr::{Distribution, Open01};

use crate::scenario::Dist;

/// Which kind of shock a distribution transforms.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shock {
    /// Nothing random (fixed).
    None,
    /// A standard normal z.
    Normal,
    /// A uniform u in (0, 1).
    Uniform,
}

/// A distribution with its parameters precomputed for sampling.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Sampler {
    Fixed(f64),
    Normal {
        mean: f64,
        sd: f64,
    },
    LogNormal {
        mu: f64,
        sigma: f64,
    },
    Uniform {
        min: f64,
        width: f64,
    },
    Triangular {
        min: f64,
        max: f64,
        range: f64,
        left: f64,
        right: f64,
    },
}

/// μ and σ of the logarithm of a log-normal variable with the given mean
/// and sd: σ² = ln(1 + sd²/mean²), μ = ln(mean) − σ²/2.
pub fn lognormal_params(mean: f64, sd: f64) -> (f64, f64) {
    let s2 = libm::log1p((sd / mean) * (sd / mean));
    (libm::log(mean) - 0.5 * s2, libm::sqrt(s2))
}

/// The mean of a distribution.
pub fn dist_mean(d: &Dist) -> f64 {
    match *d {
        Dist::Fixed { value } => value,
        Dist::Normal { mean, .. } | Dist::Lognormal { mean, .. } => mean,
        Dist::Uniform { min, max } => 0.5 * (min + max),
        Dist::Triangular { min, mode, max } => (min + mode + max) / 3.0,
    }
}

/// The standard deviation of a distribution.
pub fn dist_sd(d: &Dist) -> f64 {
    match *d {
        Dist::Fixed { .. } => 0.0,
        Dist::Normal { sd, .. } | Dist::Lognormal { sd, .. } => sd,
        Dist::Uniform { min, max } => (max - min).abs() / 12f64.sqrt(),
        Dist::Triangular { min, mode, max } => {
            let v =
                (min * min + mode * mode + max * max - min * mode - min * max - mode * max) / 18.0;
            v.max(0.0).sqrt()
        }
    }
}

/// The same distribution moved by `step` (every point shifts).
pub fn shift_mean(d: &Dist, step: f64) -> Dist {
    match *d {
        Dist::Fixed { value } => Dist::Fixed {
            value: value + step,
        },
        Dist::Normal { mean, sd } => Dist::Normal {
            mean: mean + step,
            sd,
        },
        Dist::Lognormal { mean, sd } => Dist::Lognormal {
            mean: mean + step,
            sd,
        },
        Dist::Uniform { min, max } => Dist::Uniform {
            min: min + step,
            max: max + step,
        },
        Dist::Triangular { min, mode, max } => Dist::Triangular {
            min: min + step,
            mode: mode + step,
            max: max + step,
        },
    }
}

/// The same distribution with its sd multiplied by `factor` ≥ 0, keeping
/// the mean (uniform and triangular scale about their mean).
pub fn scale_sd(d: &Dist, factor: f64) -> Dist {
    match *d {
        Dist::Fixed { value } => Dist::Fixed { value },
        Dist::Normal { mean, sd } => Dist::Normal {
            mean,
            sd: sd * factor,
        },
        Dist::Lognormal { mean, sd } => Dist::Lognormal {
            mean,
            sd: sd * factor,
        },
        Dist::Uniform { min, max } => {
            let m = 0.5 * (min + max);
            Dist::Uniform {
                min: m + (min - m) * factor,
                max: m + (max - m) * factor,
            }
        }
        Dist::Triangular { min, mode, max } => {
            let m = (min + mode + max) / 3.0;
            Dist::Triangular {
                min: m + (min - m) * factor,
                mode: m + (mode - m) * factor,
                max: m + (max - m) * factor,
            }
        }
    }
}

impl Sampler {
    /// Compiles a distribution. Validation rejects impossible parameters
    /// first; should one slip through, it degrades to a fixed value instead
    /// of panicking (a panic would kill the page).
    pub(crate) fn new(d: &Dist) -> Sampler {
        match *d {
            Dist::Fixed { value } => Sampler::Fixed(value),
            Dist::Normal { mean, sd } => {
                if sd > 0.0 {
                    Sampler::Normal { mean, sd }
                } else {
                    Sampler::Fixed(mean)
                }
            }
            Dist::Lognormal { mean, sd } => {
                if mean > 0.0 && sd > 0.0 {
                    let (mu, sigma) = lognormal_params(mean, sd);
                    Sampler::LogNormal { mu, sigma }
                } else {
                    Sampler::Fixed(mean.max(0.0))
                }
            }
            Dist::Uniform { min, max } => {
                let (lo, hi) = if min <= max { (min, max) } else { (max, min) };
                if hi > lo {
                    Sampler::Uniform {
                        min: lo,
                        width: hi - lo,
                    }
                } else {
                    Sampler::Fixed(lo)
                }
            }
            Dist::Triangular { min, mode, max } => {
                let (lo, hi) = if min <= max { (min, max) } else { (max, min) };
                let mode = mode.clamp(lo, hi);
                if hi > lo {
                    Sampler::Triangular {
                        min: lo,
                        max: hi,
                        range: hi - lo,
                        left: mode - lo,
                        right: hi - mode,
                    }
                } else {
                    Sampler::Fixed(lo)
                }
            }
        }
    }

    /// The kind of shock this sampler transforms.
    #[inline(always)]
    pub(crate) fn shock(&self) -> Shock {
        match self {
            Sampler::Fixed(_) => Shock::None,
            Sampler::Normal { .. } | Sampler::LogNormal { .. } => Shock::Normal,
            Sampler::Uniform { .. } | Sampler::Triangular { .. } => Shock::Uniform,
        }
    }

    /// True when every draw is exactly zero or below (a cost that is
    /// always clamped to nothing).
    pub(crate) fn never_positive(&self) -> bool {
        match *self {
            Sampler::Fixed(v) => v <= 0.0,
            Sampler::Uniform { min, width } => min + width <= 0.0,
            Sampler::Triangular { max, .. } => max <= 0.0,
            Sampler::Normal { .. } | Sampler::LogNormal { .. } => false,
        }
    }

    /// Draws the shock from a keyed stream.
    #[inline(always)]
    pub(crate) fn draw_shock<R: Rng>(&self, rng: &mut R) -> f64 {
        draw_shock(self.shock(), rng)
    }

    /// Draws a shock and transforms it: (shock, value).
    #[inline(always)]
    pub(crate) fn sample<R: Rng>(&self, rng: &mut R) -> (f64, f64) {
        match *self {
            Sampler::Fixed(v) => (0.0, v),
            Sampler::Normal { mean, sd } => {
                let z: f64 = crate::normal::standard_normal(rng);
                (z, mean + sd * z)
            }
            Sampler::LogNormal { mu, sigma } => {
                let z: f64 = crate::normal::standard_normal(rng);
                (z, crate::math::exp(mu + sigma * z))
            }
            _ => {
                let u = uniform01(rng);
                (u, self.transform(u))
            }
        }
    }

    /// Transforms many shocks at once: the kind is looked at once, and the
    /// loop (the log-normal's `exp` above all) compiles to SIMD code.
    #[inline(always)]
    pub(crate) fn transform_all(&self, shocks: &[f64], out: &mut [f64]) {
        match *self {
            Sampler::Fixed(v) => out.iter_mut().for_each(|x| *x = v),
            Sampler::Normal { mean, sd } => {
                for (x, s) in out.iter_mut().zip(shocks) {
                    *x = mean + sd * s;
                }
            }
            Sampler::LogNormal { mu, sigma } => crate::math::lognormal_all(mu, sigma, shocks, out),
            Sampler::Uniform { .. } | Sampler::Triangular { .. } => {
                for (x, s) in out.iter_mut().zip(shocks) {
                    *x = self.transform(*s);
                }
            }
        }
    }

    /// The value for a shock of the matching kind.
    #[inline(always)]
    pub(crate) fn transform(&self, shock: f64) -> f64 {
        match *self {
            Sampler::Fixed(v) => v,
            Sampler::Normal { mean, sd } => mean + sd * shock,
            Sampler::LogNormal { mu, sigma } => crate::math::exp(mu + sigma * shock),
            Sampler::Uniform { min, width } => min + width * shock,
            Sampler::Triangular {
                min,
                max,
                range,
                left,
                right,
            } => {
                let f_range = shock * range;
                if f_range < left {
                    min + (f_range * left).sqrt()
                } else {
                    max - ((range - f_range) * right).sqrt()
                }
            }
        }
    }
}

/// Draws a shock of the given kind.
#[inline(always)]
pub(crate) fn draw_shock<R: Rng>(kind: Shock, rng: &mut R) -> f64 {
    match kind {
        Shock::None => 0.0,
        Shock::Normal => crate::normal::standard_normal(rng),
        Shock::Uniform => Open01.sample(rng),
    }
}

/// A uniform number in (0, 1).
#[inline(always)]
pub(crate) fn uniform01<R: Rng>(rng: &mut R) -> f64 {
    Open01.sample(rng)
}

/// `n` draws of a distribution, made exactly as the engine draws the
/// product's value of persons 0, 1, … n − 1 for `seed` (before screenshots,
/// claims or clamping). The tests check every distribution with it, and a
/// page may plot a distribution's shape with it.
pub fn draws(d: &Dist, seed: u64, n: u64) -> impl Iterator<Item = f64> {
    let sampler = Sampler::new(d);
    let run = crate::rng::run_key(seed);
    (0..n).map(move |i| {
        let pk = crate::rng::person_key(run, i);
        let mut rng = crate::rng::slot_rng(pk, crate::rng::slot::VALUE);
        sampler.transform(sampler.draw_shock(&mut rng))
    })
}
