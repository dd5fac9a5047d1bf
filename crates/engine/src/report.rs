//! Turns a runner's totals into results v1.

use crate::model::cost_name;
use crate::results::*;
use crate::scenario::Scenario;
use crate::sim::Runner;
use crate::stats::{Z95, wilson};

/// x / n, or 0 when n is 0 (JSON has no NaN).
fn ratio(x: f64, n: u64) -> f64 {
    if n == 0 { 0.0 } else { x / n as f64 }
}

/// Results v1 from a finished (or stopped) runner. `users` is the number
/// of people actually simulated.
pub(crate) fn build_results(scenario: &Scenario, r: &Runner) -> Results {
    let acc = &r.total;
    let model = &r.model;
    let n = acc.n;
    let share = ratio(acc.adopters as f64, n);

    let choices = model
        .option_names
        .iter()
        .zip(&acc.choices)
        .map(|(name, c)| Choice {
            option: name.clone(),
            share: ratio(*c as f64, n),
        })
        .collect();
    let segments = model
        .segment_names
        .iter()
        .enumerate()
        .map(|(i, name)| SegmentResult {
            name: name.clone(),
            users: acc.seg_users[i],
            adoption_share: ratio(acc.seg_adopters[i] as f64, acc.seg_users[i]),
        })
        .collect();

    let mean_d = ratio(acc.nv_sum, n);
    let var = if n > 1 {
        ((acc.nv_sq - acc.nv_sum * mean_d) / (n - 1) as f64).max(0.0)
    } else {
        0.0
    };
    let net_value = NetValue {
        mean: if n == 0 { 0.0 } else { r.plan.shift + mean_d },
        sd: var.sqrt(),
        histogram: Histogram {
            edges: r.plan.edges.clone(),
            counts: acc.hist.clone(),
            adopter_counts: acc.hist_adopters.clone(),
        },
    };

    let non_adopters = n - acc.adopters;
    let barriers = model
        .product
        .active
        .iter()
        .filter(|&&k| acc.cost_adopters[k] + acc.cost_non[k] > 0.0)
        .map(|&k| Barrier {
            cost: cost_name(k).to_string(),
            decisive_share: ratio(acc.decisive[k] as f64, non_adopters),
            mean_adopters: ratio(acc.cost_adopters[k], acc.adopters),
            mean_non_adopters: ratio(acc.cost_non[k], non_adopters),
        })
        .collect();

    let mut sensitivity: Vec<Sensitivity> = r
        .variants
        .iter()
        .zip(&acc.sens)
        .map(|(v, c)| {
            let s = ratio(*c as f64, n);
            Sensitivity {
                input: v.input.clone(),
                step: v.step,
                adoption_share: s,
                change: s - share,
            }
        })
        .collect();
    // Largest effect first; equal effects keep the documented input order.
    sensitivity.sort_by(|a, b| b.change.abs().total_cmp(&a.change.abs()));

    Results {
        schema: 1,
        title: scenario.title.clone(),
        seed: scenario.seed,
        users: n,
        adoption: Adoption {
            share,
            ci95: wilson(acc.adopters, n, Z95),
            adopters: acc.adopters,
        },
        choices,
        segments,
        net_value,
        barriers,
        sensitivity,
        // Adoption over time (the `diffusion` block) will fill this.
        timeline: None,
        elapsed_ms: 0.0,
    }
}
