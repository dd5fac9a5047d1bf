//! The editor's view of a distribution: a shape, a mean and a spread.
//!
//! People think "about 1.5, give or take 0.6", not in each shape's own
//! parameters, so every control edits the mean and the spread (standard
//! deviation) and this module maps them onto each shape:
//!
//! - `fixed {value}`: mean = value, spread = 0 (no spread to edit).
//! - `normal {mean, sd}` and `lognormal {mean, sd}`: mean and sd directly
//!   (the lognormal's are those of the variable itself, as in the format). A
//!   lognormal needs mean > 0 unless sd = 0, so a mean of 0 forces sd to 0.
//! - `uniform {min, max}`: mean = (min + max) / 2, spread = (max − min) / √12,
//!   so min = mean − √3·spread and max = mean + √3·spread.
//! - `triangular {min, mode, max}`: mean = (min + mode + max) / 3 and
//!   spread² = (min² + mode² + max² − min·mode − min·max − mode·max) / 18.
//!   Changing the mean shifts all three points and changing the spread scales
//!   them about the mean, so a lopsided triangle keeps its shape; a new
//!   triangle is symmetric (mode = mean, half-width √6·spread).
//! - no distribution (an omitted cost): mean 0, spread 0. Giving it a mean
//!   creates a lognormal, the natural shape for a cost that cannot be
//!   negative, with spread half the mean (as does lifting a lognormal off a
//!   mean of 0).
//!
//! Everything here is pure so it can be tested without a browser. The mean
//! and spread of each shape are the engine's (`worthit_engine::dist`), so
//! the editor shows the numbers the simulation uses.

use worthit_engine::Dist;
use worthit_engine::dist::{dist_mean, dist_sd};

/// A distribution shape, or none for an omitted cost.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    None,
    Fixed,
    Normal,
    Lognormal,
    Uniform,
    Triangular,
}

impl Kind {
    /// Shapes offered for a value (which always exists).
    pub const VALUE_KINDS: [Kind; 5] = [
        Kind::Normal,
        Kind::Lognormal,
        Kind::Fixed,
        Kind::Uniform,
        Kind::Triangular,
    ];

    /// Shapes offered for a cost, "none" (zero) included.
    pub const COST_KINDS: [Kind; 6] = [
        Kind::None,
        Kind::Lognormal,
        Kind::Normal,
        Kind::Fixed,
        Kind::Uniform,
        Kind::Triangular,
    ];

    /// The stable key: the format's `dist` tag, or "none".
    pub fn key(self) -> &'static str {
        match self {
            Kind::None => "none",
            Kind::Fixed => "fixed",
            Kind::Normal => "normal",
            Kind::Lognormal => "lognormal",
            Kind::Uniform => "uniform",
            Kind::Triangular => "triangular",
        }
    }

    /// The kind for a key; unknown keys give `None` so a bad `<select>`
    /// value is ignored rather than guessed.
    pub fn from_key(key: &str) -> Option<Kind> {
        Kind::COST_KINDS.into_iter().find(|k| k.key() == key)
    }

    /// The shape of a distribution.
    pub fn of(dist: Option<&Dist>) -> Kind {
        match dist {
            None => Kind::None,
            Some(Dist::Fixed { .. }) => Kind::Fixed,
            Some(Dist::Normal { .. }) => Kind::Normal,
            Some(Dist::Lognormal { .. }) => Kind::Lognormal,
            Some(Dist::Uniform { .. }) => Kind::Uniform,
            Some(Dist::Triangular { .. }) => Kind::Triangular,
        }
    }

    /// Whether this shape has a spread to edit at the given mean.
    pub fn has_spread(self, mean: f64) -> bool {
        match self {
            Kind::None | Kind::Fixed => false,
            Kind::Lognormal => mean > 0.0,
            Kind::Normal | Kind::Uniform | Kind::Triangular => true,
        }
    }
}

const SQRT3: f64 = 1.732_050_807_568_877_2;
const SQRT6: f64 = 2.449_489_742_783_178;

/// Rounds away binary noise (0.30000000000000004) so scenarios saved to
/// files and links stay readable; nine decimals is far below any step.
fn tidy(x: f64) -> f64 {
    let r = (x * 1e9).round() / 1e9;
    if r == 0.0 { 0.0 } else { r }
}

/// The mean and spread (standard deviation) of a distribution.
pub fn mean_spread(dist: Option<&Dist>) -> (f64, f64) {
    dist.map_or((0.0, 0.0), |d| (dist_mean(d), dist_sd(d)))
}

/// A new distribution of the given shape with this mean and spread.
pub fn with_kind(kind: Kind, mean: f64, spread: f64) -> Option<Dist> {
    let spread = spread.max(0.0);
    Some(match kind {
        Kind::None => return None,
        Kind::Fixed => Dist::Fixed { value: tidy(mean) },
        Kind::Normal => Dist::Normal {
            mean: tidy(mean),
            sd: tidy(spread),
        },
        Kind::Lognormal => lognormal(mean, spread),
        Kind::Uniform => Dist::Uniform {
            min: tidy(mean - SQRT3 * spread),
            max: tidy(mean + SQRT3 * spread),
        },
        Kind::Triangular => Dist::Triangular {
            min: tidy(mean - SQRT6 * spread),
            mode: tidy(mean),
            max: tidy(mean + SQRT6 * spread),
        },
    })
}

/// A lognormal, keeping it valid: it cannot have a mean below 0 and needs
/// sd = 0 when the mean is 0.
fn lognormal(mean: f64, sd: f64) -> Dist {
    if mean > 0.0 {
        Dist::Lognormal {
            mean: tidy(mean),
            sd: tidy(sd.max(0.0)),
        }
    } else {
        Dist::Lognormal { mean: 0.0, sd: 0.0 }
    }
}

/// The same distribution with another mean, its spread and shape kept.
pub fn set_mean(dist: Option<&Dist>, mean: f64) -> Option<Dist> {
    let (old_mean, _) = mean_spread(dist);
    let shift = mean - old_mean;
    Some(match dist {
        // An omitted cost comes alive as a lognormal (see the module docs),
        // unless it is being set to zero, which it already is.
        None if mean == 0.0 => return None,
        None => lognormal(mean, mean / 2.0),
        Some(&Dist::Fixed { .. }) => Dist::Fixed { value: tidy(mean) },
        Some(&Dist::Normal { sd, .. }) => Dist::Normal {
            mean: tidy(mean),
            sd,
        },
        // A lognormal at mean 0 had its spread forced to 0; lifting it off
        // zero restores a spread the way a new cost gets one.
        Some(&Dist::Lognormal { mean: old, .. }) if old <= 0.0 => lognormal(mean, mean / 2.0),
        Some(&Dist::Lognormal { sd, .. }) => lognormal(mean, sd),
        Some(&Dist::Uniform { min, max }) => Dist::Uniform {
            min: tidy(min + shift),
            max: tidy(max + shift),
        },
        Some(&Dist::Triangular { min, mode, max }) => Dist::Triangular {
            min: tidy(min + shift),
            mode: tidy(mode + shift),
            max: tidy(max + shift),
        },
    })
}

/// The same distribution with another spread, its mean and shape kept.
/// Shapes without a spread (none, fixed, a lognormal at mean 0) are
/// returned unchanged.
pub fn set_spread(dist: Option<&Dist>, spread: f64) -> Option<Dist> {
    let spread = spread.max(0.0);
    let (mean, old) = mean_spread(dist);
    match dist {
        None | Some(Dist::Fixed { .. }) => dist.copied(),
        Some(&Dist::Normal { mean, .. }) => Some(Dist::Normal {
            mean,
            sd: tidy(spread),
        }),
        Some(&Dist::Lognormal { mean, sd }) if mean <= 0.0 => Some(Dist::Lognormal { mean, sd }),
        Some(&Dist::Lognormal { mean, .. }) => Some(lognormal(mean, spread)),
        Some(Dist::Uniform { .. }) => with_kind(Kind::Uniform, mean, spread),
        Some(&Dist::Triangular { min, mode, max }) if old > 0.0 => {
            let k = spread / old;
            Some(Dist::Triangular {
                min: tidy(mean + (min - mean) * k),
                mode: tidy(mean + (mode - mean) * k),
                max: tidy(mean + (max - mean) * k),
            })
        }
        Some(Dist::Triangular { .. }) => with_kind(Kind::Triangular, mean, spread),
    }
}

/// The distribution converted to another shape with the same mean and
/// spread (as far as the new shape allows).
pub fn set_kind(dist: Option<&Dist>, kind: Kind) -> Option<Dist> {
    if Kind::of(dist) == kind {
        return dist.copied();
    }
    let (mean, spread) = mean_spread(dist);
    with_kind(kind, mean, spread)
}
