//! The adoption share's interval after calibration: parameter uncertainty
//! and Monte Carlo error together, and each alone.
//!
//! For a scenario whose `calibration` block carries a posterior, the
//! scenario is run at each posterior draw on common random numbers (the
//! same seed and people for every draw), so the spread of the draws'
//! shares is due to the fitted inputs alone. The combined interval is the
//! 2.5% and 97.5% quantiles of the mixture over draws of each draw's share
//! with its binomial Monte Carlo spread.

use crate::calibrate::block::without_block;
use crate::calibrate::count::count;
use crate::calibrate::grid::predictive_quantile;
use crate::calibrate::what_if::{WHAT_IF_USERS_PER_DRAW, what_if_uncertainty};
use crate::error::ScenarioError;
use crate::params::set_number;
pub use crate::results::Uncertainty;
use crate::scenario::Scenario;
use crate::stats::{Z95, wilson};

/// Most simulated people per posterior draw: 200 draws × 100,000 people
/// is 20 million people, about a second on one core.
pub const MAX_USERS_PER_DRAW: u64 = 100_000;

/// What `covers` says for the combined interval.
pub const COVERS_BOTH: &str = "parameters_and_monte_carlo";

/// The adoption share's uncertainty for a scenario with a calibration
/// posterior, with the what-if rows' intervals
/// ([`crate::calibrate::what_if`]); `Ok(None)` when it has none.
pub fn adoption_uncertainty(s: &Scenario) -> Result<Option<Uncertainty>, ScenarioError> {
    adoption_uncertainty_with(s, true)
}

/// [`adoption_uncertainty`], with the what-if rows' intervals only when
/// `what_ifs` (a run without what-if rows needs none).
pub fn adoption_uncertainty_with(
    s: &Scenario,
    what_ifs: bool,
) -> Result<Option<Uncertainty>, ScenarioError> {
    crate::validate::validate(s)?;
    let Some(post) = s.calibration.as_ref().and_then(|c| c.posterior.as_ref()) else {
        return Ok(None);
    };
    let mut base = without_block(s);
    base.users = s.users.min(MAX_USERS_PER_DRAW);
    let n = base.users;
    let at_draw = |row: &Vec<f64>| -> Result<f64, ScenarioError> {
        let mut x = base.clone();
        for (path, &v) in post.inputs.iter().zip(row) {
            x = set_number(&x, path, v)?;
        }
        Ok(count(&x)?.adopters as f64 / n as f64)
    };
    #[cfg(feature = "parallel")]
    let shares: Vec<f64> = {
        use rayon::prelude::*;
        post.draws
            .par_iter()
            .map(at_draw)
            .collect::<Result<_, _>>()?
    };
    #[cfg(not(feature = "parallel"))]
    let shares: Vec<f64> = post.draws.iter().map(at_draw).collect::<Result<_, _>>()?;
    let own = count(&base)?.adopters;
    let w = vec![1.0 / shares.len() as f64; shares.len()];
    let mut sorted = shares.clone();
    sorted.sort_by(f64::total_cmp);
    let (what_ifs, what_if_users_per_draw) = if what_ifs {
        let rows = what_if_uncertainty(s)?;
        let n = if rows.is_empty() {
            0
        } else {
            s.users.min(WHAT_IF_USERS_PER_DRAW)
        };
        (rows, n)
    } else {
        (Vec::new(), 0)
    };
    Ok(Some(Uncertainty {
        adoption_ci95: [
            predictive_quantile(&w, &shares, n as f64, 0.025),
            predictive_quantile(&w, &shares, n as f64, 0.975),
        ],
        covers: COVERS_BOTH.to_string(),
        parameter_ci95: [empirical(&sorted, 0.025), empirical(&sorted, 0.975)],
        monte_carlo_ci95: wilson(own, n, Z95),
        draws: shares.len(),
        users_per_draw: n,
        what_ifs,
        what_if_users_per_draw,
    }))
}

/// The q-quantile of sorted numbers, interpolating between neighbours.
fn empirical(sorted: &[f64], q: f64) -> f64 {
    let pos = q * (sorted.len() - 1) as f64;
    let i = pos.floor() as usize;
    let j = (i + 1).min(sorted.len() - 1);
    sorted[i] + (pos - i as f64) * (sorted[j] - sorted[i])
}
