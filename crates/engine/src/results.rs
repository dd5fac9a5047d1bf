//! Results format v1: what `worthit run --json` prints and the page's
//! "download results" gives. Names are a public contract (see
//! `docs/results-format.md`): add fields, never rename one.

use serde::{Deserialize, Serialize};

use crate::scenario::Endpoint;

/// Everything one run reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Results {
    /// Always 1.
    pub schema: u32,
    pub title: String,
    pub seed: u64,
    pub users: u64,
    pub adoption: Adoption,
    /// Share of every option, the product first, then alternatives, then
    /// the no-choice option (see [`ChoiceOption`]).
    pub choices: Vec<Choice>,
    pub segments: Vec<SegmentResult>,
    pub net_value: NetValue,
    /// One row per cost component that is non-zero for the product.
    pub barriers: Vec<Barrier>,
    /// Sorted by |change|, largest first. Empty when not requested.
    pub sensitivity: Vec<Sensitivity>,
    /// Present when the what-if rows were counted on fewer people than
    /// `users`: on the run's first `what_if_users` people
    /// (`crate::sensitivity::WHAT_IF_USERS`), each paired with their own
    /// base decision; each row's `change_ci95` says how precise it is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub what_if_users: Option<u64>,
    /// Present when the scenario has a `diffusion` block.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub timeline: Option<Vec<TimelineRow>>,
    /// Present when the scenario has a `units` block: the net value in
    /// money (`docs/results-format.md`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub money: Option<Money>,
    /// Present when the scenario carries a calibration posterior and the
    /// caller asked for it (`worthit run` does): the adoption share's
    /// interval including the fitted inputs' uncertainty.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uncertainty: Option<Uncertainty>,
    /// Present when the scenario has a `retention` block.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention: Option<RetentionResult>,
    /// Wall-clock time of the run, filled in by the caller (the engine has
    /// no clock).
    pub elapsed_ms: f64,
}

/// The product's net value in money, from the scenario's `units`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Money {
    /// The scenario's ISO 4217 currency code.
    pub currency: String,
    /// Money one utility point is worth.
    pub money_per_point: f64,
    /// Mean of the product's net value, in money.
    pub net_value_mean: f64,
    /// Standard deviation of the product's net value, in money.
    pub net_value_sd: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Adoption {
    /// adopters / users.
    pub share: f64,
    /// Wilson score 95% interval of the share.
    pub ci95: [f64; 2],
    pub adopters: u64,
}

/// One row of `choices`: an option's name as the format writes it and the
/// share of people who chose it. Which option it is comes from the row's
/// place ([`Results::options`]), never from `option`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub option: String,
    pub share: f64,
}

/// Which option a row of `choices` is. The format lists the product first,
/// then the alternatives in scenario order, then the no-choice option
/// (written [`ChoiceOption::NONE_NAME`]). The place decides, never the name:
/// a product or an alternative may itself be called "none", and it is still
/// drawn and named as that product.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChoiceOption {
    /// The scenario's product (the first row).
    Product,
    /// The scenario's alternative at this index (`alternatives[i]`).
    Alternative(usize),
    /// Neither the product nor an alternative (the last row).
    None,
}

impl ChoiceOption {
    /// The name the results format gives the no-choice option. Only the
    /// engine writes it; readers decide by [`ChoiceOption::at`].
    pub const NONE_NAME: &'static str = "none";

    /// The option at row `index` of a `choices` list of `len` rows. The
    /// engine always writes at least the product and the no-choice option;
    /// a single row is the product.
    pub fn at(index: usize, len: usize) -> ChoiceOption {
        if index == 0 {
            ChoiceOption::Product
        } else if index + 1 == len {
            ChoiceOption::None
        } else {
            ChoiceOption::Alternative(index - 1)
        }
    }
}

impl Results {
    /// The rows of `choices`, each with the option it is.
    pub fn options(&self) -> impl Iterator<Item = (ChoiceOption, &Choice)> {
        let len = self.choices.len();
        self.choices
            .iter()
            .enumerate()
            .map(move |(i, c)| (ChoiceOption::at(i, len), c))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SegmentResult {
    pub name: String,
    pub users: u64,
    pub adoption_share: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NetValue {
    pub mean: f64,
    pub sd: f64,
    pub histogram: Histogram,
}

/// Counts per bin; `edges.len() == counts.len() + 1`. `adopter_counts`
/// splits each bin into the people who adopted the product.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Histogram {
    pub edges: Vec<f64>,
    pub counts: Vec<u64>,
    #[serde(default)]
    pub adopter_counts: Vec<u64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Barrier {
    /// Cost component name (`money`, `time`, …).
    pub cost: String,
    /// Share of non-adopters who would adopt the product if this cost alone
    /// were removed.
    pub decisive_share: f64,
    pub mean_adopters: f64,
    pub mean_non_adopters: f64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Sensitivity {
    /// Dotted path of the input, e.g. `product.costs.trust.mean`.
    pub input: String,
    /// The amount the input was moved by.
    pub step: f64,
    /// Adoption share with the input moved, on the same simulated people.
    pub adoption_share: f64,
    /// adoption_share minus the base share.
    pub change: f64,
    /// Paired 95% interval of `change` (Monte Carlo error only: the same
    /// people with and without the step). Absent over time (`timeline`),
    /// where a row is a path of its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_ci95: Option<[f64; 2]>,
    /// For a correlation's row (`correlations[i].rho`): the two quantities
    /// it joins, so the row can be named in words without the scenario.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub between: Option<[Endpoint; 2]>,
    /// With a `retention` block (a plain run): the retained share
    /// (adopters still using the product at the horizon, of all users)
    /// with the input moved, the stay decision re-done on the same people.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retained_share: Option<f64>,
    /// retained_share minus the run's `retention.retained_share`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retained_change: Option<f64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineRow {
    pub period: u32,
    pub aware_share: f64,
    pub new_adopters: u64,
    pub cumulative_share: f64,
    /// With a `retention` block: the share of all users who have adopted
    /// and still use the product at the end of the period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_share: Option<f64>,
}

/// Who keeps using the product (a scenario with `retention`). Shares are
/// of all users, like the adoption share.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RetentionResult {
    /// The horizon: `retention.periods`.
    pub periods: u32,
    /// People who adopted and still use the product after `periods`
    /// periods ("retained adopters").
    pub retained: u64,
    /// retained / users.
    pub retained_share: f64,
    /// Wilson score 95% interval of the retained share (Monte Carlo error
    /// only).
    pub retained_ci95: [f64; 2],
    /// Share of users who adopted and left by the horizon although they
    /// would have stayed had use delivered the value they perceived
    /// (claims and screenshots raised the expectation).
    pub lost_to_expectation: f64,
    /// Share of users who adopted and left by the horizon because of the
    /// recurring costs (they would have left even if use had delivered
    /// the perceived value).
    pub lost_to_recurring: f64,
    /// Adopters still using the product after each period, from period 0
    /// (adoption) to `periods`.
    pub curve: Vec<ActiveRow>,
    /// Retained adopters per segment, in the order of `segments`.
    pub segments: Vec<SegmentRetention>,
}

/// One point of the retention curve.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ActiveRow {
    /// Periods since adoption (0 = at adoption).
    pub period: u32,
    /// Share of all users who adopted and still use the product.
    pub active_share: f64,
}

/// Retained adopters of one segment.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SegmentRetention {
    pub name: String,
    /// Retained adopters / the segment's users.
    pub retained_share: f64,
}

/// A vs. B on common random numbers (`comparison` in compare output).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// share(B) − share(A).
    pub lift: f64,
    /// Paired 95% interval of the lift.
    pub ci95: [f64; 2],
    /// Probability that B's true adoption exceeds A's.
    pub p_b_better: f64,
    /// The verdict over plausible screenshot effects (or posterior draws):
    /// present only when it was computed and applies
    /// (`crate::robustness`). The interval above counts only the sampling
    /// of simulated people; this one says how much the inputs' doubt moves
    /// the lift.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub robustness: Option<crate::robustness::Robustness>,
}

/// What `worthit compare --json` prints.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CompareResults {
    pub a: Results,
    pub b: Results,
    pub comparison: Comparison,
    /// When both scenarios have a `retention` block: the same summary for
    /// retained adopters (lift, paired 95% interval, P(B > A)).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retained_comparison: Option<Comparison>,
    /// What was compared, so a file forwarded on its own says it: each
    /// variant's title, product and screenshot strip, and every path where
    /// B differs from A. Absent in documents written before it existed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub compared: Option<Compared>,
}

/// The adoption share's interval with the fitted inputs' uncertainty
/// (`uncertainty` in results; `docs/results-format.md`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Uncertainty {
    /// 95% interval of the adoption share over the posterior draws, each
    /// draw's share with its Monte Carlo spread: what `covers` says.
    pub adoption_ci95: [f64; 2],
    /// What `adoption_ci95` covers: always "parameters_and_monte_carlo".
    pub covers: String,
    /// 95% interval from parameter uncertainty alone (the spread of the
    /// draws' shares on common random numbers).
    pub parameter_ci95: [f64; 2],
    /// 95% Wilson interval from Monte Carlo error alone, at the
    /// scenario's own values with `users_per_draw` people.
    pub monte_carlo_ci95: [f64; 2],
    /// Posterior draws used.
    pub draws: usize,
    /// Simulated people per draw (the same people for every draw).
    pub users_per_draw: u64,
    /// The what-if rows' effects with the fitted inputs' uncertainty, one
    /// per row (by `input`), when the what-ifs were asked for; absent in
    /// documents written before it existed (`docs/results-format.md`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub what_ifs: Vec<WhatIfUncertainty>,
    /// Simulated people per draw of the what-if pass (fewer than
    /// `users_per_draw`: every person is decided once per row too); 0
    /// when there are no `what_ifs`.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub what_if_users_per_draw: u64,
}

fn is_zero(x: &u64) -> bool {
    *x == 0
}

/// One what-if row's effect over a calibration posterior
/// (`crate::calibrate::what_if`). Changes are in share points like a
/// row's `change` (0.02 = 2 points), each computed on the same
/// `what_if_users_per_draw` people.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WhatIfUncertainty {
    /// The row's input (its `input` in `sensitivity`).
    pub input: String,
    /// The change at the scenario's own values on those people.
    pub change: f64,
    /// 95% interval of the change: parameter uncertainty and Monte Carlo
    /// error together (what `covers` of the enclosing `uncertainty` says).
    pub change_ci95: [f64; 2],
    /// 95% interval from the fitted inputs' uncertainty alone: the spread
    /// of the change over the posterior draws on common random numbers.
    pub parameter_ci95: [f64; 2],
    /// Paired 95% interval from Monte Carlo error alone, at the scenario's
    /// own values.
    pub monte_carlo_ci95: [f64; 2],
    /// The mean of the change over the posterior draws.
    pub posterior_mean_change: f64,
    /// Posterior draws in which the row exists (a row can vanish at some
    /// values, e.g. a cost's sd row when the sd is fitted to 0).
    pub draws: usize,
}

/// The variants of an A vs. B comparison, described.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Compared {
    pub a: VariantInfo,
    pub b: VariantInfo,
    /// Every scenario path where B differs from A, in document order
    /// (`product.screenshots[2]`, `product.claim`); empty when B is a copy.
    pub differs: Vec<String>,
}

/// One variant of a comparison: the words that name it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct VariantInfo {
    /// The scenario's own title.
    pub title: String,
    /// The product's name.
    pub product: String,
    /// The store screenshots in order.
    pub screenshots: Vec<String>,
}

impl VariantInfo {
    /// The description of `scenario`.
    pub fn of(scenario: &crate::Scenario) -> VariantInfo {
        VariantInfo {
            title: scenario.title.clone(),
            product: scenario.product.name.clone(),
            screenshots: scenario.product.screenshots.clone(),
        }
    }
}
