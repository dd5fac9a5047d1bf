//! Turns a run's totals into results v1.

use crate::accum::{Acc, Plan};
use crate::model::{Model, cost_name};
use crate::results::*;
use crate::scenario::Scenario;
use crate::sim::Runner;
use crate::stats::{Z95, paired_comparison, wilson};

/// x / n, or 0 when n is 0 (JSON has no NaN).
fn ratio(x: f64, n: u64) -> f64 {
    if n == 0 { 0.0 } else { x / n as f64 }
}

/// Who the results describe. A plain run describes the people it
/// evaluated; adoption over time describes the whole population, of whom
/// only the people who became aware were evaluated (the accumulator's `n`).
pub(crate) struct Population<'a> {
    /// Everyone the shares are of.
    pub users: u64,
    /// Everyone per segment, aware or not.
    pub seg_users: &'a [u64],
}

/// One what-if row before sorting: input, step and adopters under it.
pub(crate) struct WhatIf {
    pub input: String,
    pub step: f64,
    pub adopters: u64,
    /// Retained adopters under the what-if, when counted.
    pub retained: Option<u64>,
    /// The people the row was counted on, when it is paired person by
    /// person with the base decision (a plain run; `None` over time).
    pub paired: Option<Paired>,
}

/// The people a what-if row was counted on: the run's first `people`,
/// with the base adopters among them, the people whose decision the step
/// changed, and the base's retained adopters among them.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Paired {
    pub people: u64,
    pub base_adopters: u64,
    pub flips: u64,
    pub base_retained: u64,
}

impl Paired {
    /// The change in adoption on these people, (adopters under the step −
    /// base adopters) / people, with its paired 95% interval (Monte Carlo
    /// error only): the step gains g people and loses l, g + l = flips.
    fn change(&self, adopters: u64) -> (f64, [f64; 2]) {
        let diff = adopters as i128 - self.base_adopters as i128;
        let gained = ((self.flips as i128 + diff) / 2).max(0) as u64;
        let lost = ((self.flips as i128 - diff) / 2).max(0) as u64;
        let c = paired_comparison(lost, gained, self.people);
        (c.lift, c.ci95)
    }
}

/// Results v1 from a finished (or stopped) plain runner. `users` is the
/// number of people actually simulated.
pub(crate) fn build_results(scenario: &Scenario, r: &Runner) -> Results {
    let acc = &r.total;
    let what_ifs = r
        .variants
        .iter()
        .zip(&acc.sens)
        .enumerate()
        .map(|(j, (v, c))| WhatIf {
            input: v.input.clone(),
            step: v.step,
            adopters: *c,
            retained: r.retained_under(j),
            paired: Some(Paired {
                people: acc.sens_people,
                base_adopters: acc.sens_base,
                flips: acc.sens_flips[j],
                base_retained: acc.sens_base_retained,
            }),
        })
        .collect();
    let population = Population {
        users: acc.n,
        seg_users: &acc.seg_users,
    };
    let mut results = assemble(
        scenario,
        &r.model,
        &r.plan,
        acc,
        &population,
        what_ifs,
        None,
    );
    // A figure computed on fewer people than the headline says so.
    results.what_if_users =
        (!r.variants.is_empty() && acc.sens_people < acc.n).then_some(acc.sens_people);
    results
}

/// Results v1 from the totals. People of `population` whom `acc` never
/// evaluated (never aware of the product) count as choosing "none" and as
/// not adopting; the net value, histogram and barriers describe the
/// evaluated people only.
pub(crate) fn assemble(
    scenario: &Scenario,
    model: &Model,
    plan: &Plan,
    acc: &Acc,
    population: &Population,
    what_ifs: Vec<WhatIf>,
    timeline: Option<Vec<TimelineRow>>,
) -> Results {
    let users = population.users;
    let n = acc.n;
    let unaware = users.saturating_sub(n);
    let share = ratio(acc.adopters as f64, users);

    let none = model.option_names.len().saturating_sub(1);
    let choices = model
        .option_names
        .iter()
        .zip(&acc.choices)
        .enumerate()
        .map(|(o, (name, c))| Choice {
            option: name.clone(),
            share: ratio((c + if o == none { unaware } else { 0 }) as f64, users),
        })
        .collect();
    let segments = model
        .segment_names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let seg_users = population.seg_users.get(i).copied().unwrap_or(0);
            SegmentResult {
                name: name.clone(),
                users: seg_users,
                adoption_share: ratio(acc.seg_adopters[i] as f64, seg_users),
            }
        })
        .collect();

    let mean_d = ratio(acc.nv_sum, n);
    let var = if n > 1 {
        ((acc.nv_sq - acc.nv_sum * mean_d) / (n - 1) as f64).max(0.0)
    } else {
        0.0
    };
    let net_value = NetValue {
        mean: if n == 0 { 0.0 } else { plan.shift + mean_d },
        sd: var.sqrt(),
        histogram: Histogram {
            edges: plan.edges.clone(),
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

    let base_retained = acc.ret.as_ref().map(|r| ratio(r.retained as f64, users));
    let mut sensitivity: Vec<Sensitivity> = what_ifs
        .into_iter()
        .map(|w| {
            let interval = w.paired.map(|p| p.change(w.adopters));
            let sub = w.paired.filter(|p| p.people < users);
            // Counted on everyone: the shares of all users, as always.
            // Counted on the first people only: the paired change on them,
            // added to the run's own share (so `change` stays
            // `adoption_share` minus the headline share).
            let (s, change) = match (sub, interval) {
                (Some(_), Some((change, _))) => (share + change, change),
                _ => {
                    let s = ratio(w.adopters as f64, users);
                    (s, s - share)
                }
            };
            let retained_change = match sub {
                Some(p) => w
                    .retained
                    .map(|k| (k as f64 - p.base_retained as f64) / p.people.max(1) as f64),
                None => w
                    .retained
                    .map(|k| ratio(k as f64, users))
                    .zip(base_retained)
                    .map(|(a, b)| a - b),
            };
            let retained_share = match sub {
                Some(_) => retained_change.zip(base_retained).map(|(c, b)| b + c),
                None => w.retained.map(|k| ratio(k as f64, users)),
            };
            // The interval is centred on the row's own change (the paired
            // summary's lift is the same number up to rounding).
            let change_ci95 =
                interval.map(|(lift, [lo, hi])| [change - (lift - lo), change + (hi - lift)]);
            Sensitivity {
                between: correlation_pair(scenario, &w.input),
                input: w.input,
                step: w.step,
                adoption_share: s,
                change,
                change_ci95,
                retained_change,
                retained_share,
            }
        })
        .collect();
    // Largest effect first; equal effects keep the documented input order.
    crate::sort::sort_by(&mut sensitivity, |a, b| {
        b.change.abs().total_cmp(&a.change.abs())
    });

    let money = scenario.units.as_ref().map(|u| Money {
        currency: u.currency.clone(),
        money_per_point: u.money_per_point,
        net_value_mean: u.money(net_value.mean),
        net_value_sd: u.money(net_value.sd),
    });
    let retention = acc
        .ret
        .as_ref()
        .zip(model.retention.as_ref())
        .map(|(r, m)| RetentionResult {
            periods: m.periods,
            retained: r.retained,
            retained_share: ratio(r.retained as f64, users),
            retained_ci95: wilson(r.retained, users, Z95),
            lost_to_expectation: ratio(r.lost_expectation as f64, users),
            lost_to_recurring: ratio(r.lost_recurring as f64, users),
            curve: r
                .curve(acc.adopters, m.periods)
                .into_iter()
                .enumerate()
                .map(|(t, active)| ActiveRow {
                    period: t as u32,
                    active_share: ratio(active as f64, users),
                })
                .collect(),
            segments: model
                .segment_names
                .iter()
                .enumerate()
                .map(|(i, name)| SegmentRetention {
                    name: name.clone(),
                    retained_share: ratio(
                        r.seg_retained[i] as f64,
                        population.seg_users.get(i).copied().unwrap_or(0),
                    ),
                })
                .collect(),
        });

    Results {
        schema: 1,
        title: scenario.title.clone(),
        seed: scenario.seed,
        users,
        adoption: Adoption {
            share,
            ci95: wilson(acc.adopters, users, Z95),
            adopters: acc.adopters,
        },
        choices,
        segments,
        net_value,
        barriers,
        sensitivity,
        timeline,
        money,
        retention,
        elapsed_ms: 0.0,
        uncertainty: None,
        what_if_users: None,
    }
}

/// The two quantities of a correlation's what-if row
/// (`correlations[2].rho`), `None` for any other row.
fn correlation_pair(scenario: &Scenario, input: &str) -> Option<[crate::scenario::Endpoint; 2]> {
    let i: usize = input
        .strip_prefix("correlations[")?
        .strip_suffix("].rho")?
        .parse()
        .ok()?;
    let c = scenario.correlations.get(i)?;
    Some([c.a, c.b])
}
