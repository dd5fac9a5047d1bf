//! Scenario format v1: the input contract shared by the page, the command
//! line, share links and courseware authors.
//!
//! Field names here are a public contract (see `docs/scenario-format.md`):
//! add fields, never rename one. Unknown fields are rejected by serde
//! (`deny_unknown_fields`) so a typo is an error with its JSON path, not a
//! silently ignored setting. Range checks that serde cannot express live in
//! [`crate::validate`].

use std::collections::BTreeMap;

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::calibrate::CalibrationBlock;
use crate::exercise::Exercise;
use crate::units::Units;

/// The only scenario format version this engine reads and writes.
pub const SCHEMA_VERSION: u32 = 1;

/// Default number of simulated people when a scenario omits `users`.
pub const DEFAULT_USERS: u64 = 100_000;

/// One complete what-if: a product, its alternatives, the audience and the
/// decision rule.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Format version; must be 1.
    #[schemars(range(min = 1, max = 1))]
    pub schema: u32,
    /// A human title shown in results.
    #[serde(default)]
    pub title: String,
    /// Seed of the random numbers; the same seed gives the same counts.
    #[serde(default)]
    pub seed: u64,
    /// Number of simulated people, 1..=100,000,000.
    #[serde(default = "default_users")]
    #[schemars(range(min = 1, max = 100_000_000))]
    pub users: u64,
    /// The product being evaluated.
    pub product: Product,
    /// Well-known alternatives people compare against (at most 16).
    #[serde(default)]
    #[schemars(length(max = 16))]
    pub alternatives: Vec<Alternative>,
    /// Audience segments (at most 16). Empty means one segment "Everyone".
    #[serde(default)]
    #[schemars(length(max = 16))]
    pub segments: Vec<Segment>,
    /// How a person chooses between the options.
    #[serde(default)]
    pub decision: Decision,
    /// Optional adoption-over-time block (Bass diffusion on top of the rule).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diffusion: Option<Diffusion>,
    /// Optional retention block: after adopting, users re-decide with the
    /// value they experience against the costs that recur, and the
    /// disappointed leave over the following periods (`docs/model.md`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retention: Option<Retention>,
    /// Optional classroom exercise: a goal, the inputs students may change
    /// and a hint (`docs/exercises.md`). It never changes the numbers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exercise: Option<Exercise>,
    /// Optional: what a utility point is worth in money, and how the claim
    /// reads (`docs/model.md`, Units). It never changes the numbers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub units: Option<Units>,
    /// Optional calibration to observed counts: the inputs to fit, what
    /// real people did and, once fitted, the posterior draws
    /// (`docs/calibration.md`). It never changes a plain run's numbers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub calibration: Option<CalibrationBlock>,
    /// How perceptions go together: correlations of the normal shocks of
    /// the product's value and costs (a Gaussian copula, `docs/model.md`).
    /// Empty means every perception is drawn independently.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[schemars(length(max = 28))]
    pub correlations: Vec<Correlation>,
}

/// One correlation of a Gaussian copula: `rho` is the correlation of the
/// normal shocks behind `a` and `b` (−1..=1); each marginal distribution
/// stays exactly what the scenario says.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Correlation {
    pub a: Endpoint,
    pub b: Endpoint,
    /// Correlation of the normal shocks, −1..=1.
    #[schemars(range(min = -1.0, max = 1.0))]
    pub rho: f64,
}

/// A quantity a correlation may join, named by its JSON path. Adding a
/// perceived quantity means adding a variant here and its slot in
/// [`Endpoint::ALL`]; nothing else names them. `product.experience` is
/// not perceived and not in [`Endpoint::ALL`]: it pairs only with
/// `product.value`, and its shock is built from the value's after the
/// copula (`retention.rs`), so its correlation with a cost is rho times
/// the value's.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
pub enum Endpoint {
    #[serde(rename = "product.value")]
    Value,
    #[serde(rename = "product.costs.money")]
    Money,
    #[serde(rename = "product.costs.time")]
    Time,
    #[serde(rename = "product.costs.learning")]
    Learning,
    #[serde(rename = "product.costs.trust")]
    Trust,
    #[serde(rename = "product.costs.emotional")]
    Emotional,
    #[serde(rename = "product.costs.safety")]
    Safety,
    /// What using the product delivers (`product.experience`).
    #[serde(rename = "product.experience")]
    Experience,
}

impl Endpoint {
    /// Every perceived endpoint, in the order the copula draws them
    /// ([`Endpoint::Experience`] is not one of them).
    pub const ALL: [Endpoint; 7] = [
        Endpoint::Value,
        Endpoint::Money,
        Endpoint::Time,
        Endpoint::Learning,
        Endpoint::Trust,
        Endpoint::Emotional,
        Endpoint::Safety,
    ];

    /// The JSON path of the quantity (`product.costs.trust`).
    pub fn path(self) -> &'static str {
        match self {
            Endpoint::Value => "product.value",
            Endpoint::Money => "product.costs.money",
            Endpoint::Time => "product.costs.time",
            Endpoint::Learning => "product.costs.learning",
            Endpoint::Trust => "product.costs.trust",
            Endpoint::Emotional => "product.costs.emotional",
            Endpoint::Safety => "product.costs.safety",
            Endpoint::Experience => "product.experience",
        }
    }

    /// The cost component, or `None` for the value and the experience.
    pub fn cost(self) -> Option<CostKind> {
        match self {
            Endpoint::Value | Endpoint::Experience => None,
            Endpoint::Money => Some(CostKind::Money),
            Endpoint::Time => Some(CostKind::Time),
            Endpoint::Learning => Some(CostKind::Learning),
            Endpoint::Trust => Some(CostKind::Trust),
            Endpoint::Emotional => Some(CostKind::Emotional),
            Endpoint::Safety => Some(CostKind::Safety),
        }
    }

    /// The endpoint of a cost component.
    pub fn of_cost(kind: CostKind) -> Endpoint {
        Endpoint::ALL[kind as usize + 1]
    }

    /// The endpoint's distribution in `product`, if the scenario has it.
    pub fn dist(self, product: &Product) -> Option<&Dist> {
        match (self, self.cost()) {
            (Endpoint::Experience, _) => product.experience.as_ref(),
            (_, None) => Some(&product.value),
            (_, Some(kind)) => product.costs.get(kind),
        }
    }
}

fn default_users() -> u64 {
    DEFAULT_USERS
}

/// The product: perceived value, perceived costs, claims and store page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Product {
    /// Display name.
    #[serde(default = "default_product_name")]
    pub name: String,
    /// Perceived value before claims and screenshots.
    pub value: Dist,
    /// What using the product delivers, when it differs from the value's
    /// own distribution (retention only). Drawn from the same normal shock
    /// as `value`, so people who perceive more also experience more.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub experience: Option<Dist>,
    /// Advertised value claim in utility points; null for none.
    #[serde(default)]
    pub claim: Option<f64>,
    /// How believable an excess claim is; larger means less trust cost.
    /// Default 2.0.
    #[serde(default = "default_credibility")]
    pub credibility: f64,
    /// Perceived costs; omitted components are zero.
    #[serde(default)]
    pub costs: Costs,
    /// Store-page screenshots in order of appearance (at most 10).
    #[serde(default)]
    #[schemars(length(max = 10))]
    pub screenshots: Vec<String>,
    /// Overrides or additions to the built-in screenshot effects table,
    /// keyed by kind.
    #[serde(
        default,
        skip_serializing_if = "BTreeMap::is_empty",
        deserialize_with = "crate::unique_keys::deserialize"
    )]
    pub screenshot_effects: BTreeMap<String, ScreenshotEffect>,
}

fn default_product_name() -> String {
    "Product".to_string()
}

fn default_credibility() -> f64 {
    2.0
}

/// A well-known alternative a person could pick instead.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Alternative {
    /// Display name.
    pub name: String,
    /// Perceived value of the alternative.
    pub value: Dist,
    /// Perceived costs of the alternative; omitted components are zero.
    #[serde(default)]
    pub costs: Costs,
}

/// The six cost components. Each omitted component costs nothing.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Costs {
    /// Price paid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub money: Option<Dist>,
    /// Download size, set-up, waiting.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time: Option<Dist>,
    /// Effort to learn how it works.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub learning: Option<Dist>,
    /// Doubt that it does what it says.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trust: Option<Dist>,
    /// Emotional effort: anxiety, embarrassment, habit change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emotional: Option<Dist>,
    /// Risk to privacy, security or money.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub safety: Option<Dist>,
}

/// Names of the cost components, in the order used everywhere (arrays
/// indexed by [`CostKind`]).
pub const COST_NAMES: [&str; 6] = ["money", "time", "learning", "trust", "emotional", "safety"];

/// One cost component; `as usize` indexes arrays of six.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CostKind {
    Money = 0,
    Time = 1,
    Learning = 2,
    Trust = 3,
    Emotional = 4,
    Safety = 5,
}

impl CostKind {
    /// All components in index order.
    pub const ALL: [CostKind; 6] = [
        CostKind::Money,
        CostKind::Time,
        CostKind::Learning,
        CostKind::Trust,
        CostKind::Emotional,
        CostKind::Safety,
    ];

    /// The JSON field name of this component.
    pub fn name(self) -> &'static str {
        COST_NAMES[self as usize]
    }
}

impl Costs {
    /// The component's distribution, if set.
    pub fn get(&self, kind: CostKind) -> Option<&Dist> {
        match kind {
            CostKind::Money => self.money.as_ref(),
            CostKind::Time => self.time.as_ref(),
            CostKind::Learning => self.learning.as_ref(),
            CostKind::Trust => self.trust.as_ref(),
            CostKind::Emotional => self.emotional.as_ref(),
            CostKind::Safety => self.safety.as_ref(),
        }
    }

    /// Mutable access to the component's slot (for editors and sensitivity).
    pub fn slot_mut(&mut self, kind: CostKind) -> &mut Option<Dist> {
        match kind {
            CostKind::Money => &mut self.money,
            CostKind::Time => &mut self.time,
            CostKind::Learning => &mut self.learning,
            CostKind::Trust => &mut self.trust,
            CostKind::Emotional => &mut self.emotional,
            CostKind::Safety => &mut self.safety,
        }
    }
}

/// A perceived quantity in utility points, as a distribution across people.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(tag = "dist", rename_all = "lowercase", deny_unknown_fields)]
pub enum Dist {
    /// Everyone perceives the same `value`.
    Fixed { value: f64 },
    /// Normal with the given mean and standard deviation (sd ≥ 0).
    Normal { mean: f64, sd: f64 },
    /// Log-normal given by the mean and sd of the variable itself (not of its
    /// logarithm); mean > 0 unless sd = 0. Never negative.
    Lognormal { mean: f64, sd: f64 },
    /// Uniform on [min, max].
    Uniform { min: f64, max: f64 },
    /// Triangular on [min, max] with the given mode.
    Triangular { min: f64, mode: f64, max: f64 },
}

/// What one screenshot kind does to the people who see it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScreenshotEffect {
    /// Added to the mean perceived value.
    #[serde(default)]
    pub value: f64,
    /// Multiplies the spread (sd) of perceived value; below 1 makes value
    /// clearer, above 1 vaguer. Must be > 0.
    #[serde(default = "one")]
    pub clarity: f64,
    /// Added to the trust cost (negative lowers it; the total stays ≥ 0).
    #[serde(default)]
    pub trust: f64,
}

fn one() -> f64 {
    1.0
}

/// A part of the audience with its own weights and skepticism.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Segment {
    /// Display name.
    pub name: String,
    /// Relative size; shares are normalised to sum to 1 (see docs).
    #[schemars(range(min = 0.0))]
    pub share: f64,
    /// How strongly this segment weighs value and each cost (default 1.0).
    #[serde(default)]
    pub weights: Weights,
    /// 0..=1: how much this segment doubts value claims. Default 0.5.
    #[serde(default = "default_skepticism")]
    #[schemars(range(min = 0.0, max = 1.0))]
    pub skepticism: f64,
    /// Mean number of store screenshots a person views. Default 3.
    #[serde(default = "default_screenshots_viewed")]
    #[schemars(range(min = 0.0, max = 10.0))]
    pub screenshots_viewed: f64,
}

/// A segment's doubt of value claims when the scenario does not say.
pub const DEFAULT_SKEPTICISM: f64 = 0.5;

/// The mean number of store screenshots a person of a segment views when
/// the scenario does not say: the one default of the format, the default
/// audience, a new segment in the page's editor, a survey's segments and
/// the lab's strip all read it.
pub const DEFAULT_SCREENSHOTS_VIEWED: f64 = 3.0;

fn default_skepticism() -> f64 {
    DEFAULT_SKEPTICISM
}

fn default_screenshots_viewed() -> f64 {
    DEFAULT_SCREENSHOTS_VIEWED
}

impl Segment {
    /// A segment with every optional field at the format's default.
    pub fn new(name: impl Into<String>, share: f64) -> Segment {
        Segment {
            name: name.into(),
            share,
            weights: Weights::default(),
            skepticism: DEFAULT_SKEPTICISM,
            screenshots_viewed: DEFAULT_SCREENSHOTS_VIEWED,
        }
    }
}

/// Weights on value and on each cost component; omitted weights are 1.0.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Weights {
    #[serde(default = "one")]
    pub value: f64,
    #[serde(default = "one")]
    pub money: f64,
    #[serde(default = "one")]
    pub time: f64,
    #[serde(default = "one")]
    pub learning: f64,
    #[serde(default = "one")]
    pub trust: f64,
    #[serde(default = "one")]
    pub emotional: f64,
    #[serde(default = "one")]
    pub safety: f64,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            value: 1.0,
            money: 1.0,
            time: 1.0,
            learning: 1.0,
            trust: 1.0,
            emotional: 1.0,
            safety: 1.0,
        }
    }
}

impl Weights {
    /// The weight of one cost component.
    pub fn cost(&self, kind: CostKind) -> f64 {
        match kind {
            CostKind::Money => self.money,
            CostKind::Time => self.time,
            CostKind::Learning => self.learning,
            CostKind::Trust => self.trust,
            CostKind::Emotional => self.emotional,
            CostKind::Safety => self.safety,
        }
    }
}

/// How a person chooses (`decision.rule`).
#[derive(Debug, Clone, Copy, PartialEq, Serialize, JsonSchema, Default)]
#[serde(tag = "rule", rename_all = "snake_case", deny_unknown_fields)]
pub enum Decision {
    /// Adopt iff the product's net value is > 0; alternatives ignored.
    Threshold,
    /// Pick the largest of none (0), the product and each alternative.
    #[default]
    BeatAlternatives,
    /// Multinomial logit with temperature τ > 0 ("none" at net value 0).
    Logit { temperature: f64 },
}

// A decision is read through `decision_repr::Decision`: serde lets a unit
// variant of an internally tagged enum ignore unknown fields even under
// `deny_unknown_fields`, so `{"rule": "threshold", "temperature": 1}` would
// pass silently; the reading form gives every rule a (possibly empty) set of
// fields, so unknown ones are rejected for every rule. (Not a doc comment:
// the schema would show it.)
impl<'de> Deserialize<'de> for Decision {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match decision_repr::Decision::deserialize(deserializer)? {
            decision_repr::Decision::Threshold {} => Decision::Threshold,
            decision_repr::Decision::BeatAlternatives {} => Decision::BeatAlternatives,
            decision_repr::Decision::Logit { temperature } => Decision::Logit { temperature },
        })
    }
}

/// The form a decision is read in (see [`Decision`]). Its type keeps the
/// name `Decision` so serde's messages ("internally tagged enum Decision")
/// read the same as for the public type.
mod decision_repr {
    use serde::Deserialize;

    #[derive(Deserialize)]
    #[serde(tag = "rule", rename_all = "snake_case", deny_unknown_fields)]
    pub enum Decision {
        Threshold {},
        BeatAlternatives {},
        Logit { temperature: f64 },
    }
}

/// Adoption over time: Bass-style awareness with the value–cost rule.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Diffusion {
    /// Number of periods (weeks), 1..=520.
    #[schemars(range(min = 1, max = 520))]
    pub periods: u32,
    /// Outside reach per period (marketing), 0..=1.
    #[schemars(range(min = 0.0, max = 1.0))]
    pub p: f64,
    /// Word of mouth per period, 0..=1.
    #[schemars(range(min = 0.0, max = 1.0))]
    pub q: f64,
    /// 0..=1: trust cost falls by this fraction times the adopted share.
    #[serde(default)]
    #[schemars(range(min = 0.0, max = 1.0))]
    pub social_proof: f64,
}

/// Retention: who keeps using the product after adopting it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Retention {
    /// Periods after adoption that the active curve covers, 1..=520; the
    /// retained share is the share still using it after the last one.
    #[schemars(range(min = 1, max = 520))]
    pub periods: u32,
    /// 0..=1: the chance per period that a disappointed user acts on it
    /// and leaves (1 = at once; lower means habit holds them longer).
    #[schemars(range(min = 0.0, max = 1.0))]
    pub notice: f64,
    /// The cost components paid again while using the product (names of
    /// `product.costs`). Default: every one but `learning`, which is paid
    /// once.
    #[serde(default = "default_recurring")]
    pub recurring: Vec<String>,
    /// What the recurring components cost per period of use, where that
    /// differs from what people perceived before adopting (a free trial's
    /// later subscription, the time a game takes to play rather than to
    /// download). Omitted components cost what was perceived. Each is drawn
    /// from the perceived component's shock, so people who expected more
    /// cost also pay more.
    #[serde(default, skip_serializing_if = "costs_are_empty")]
    pub costs: Costs,
}

fn costs_are_empty(c: &Costs) -> bool {
    *c == Costs::default()
}

/// Every cost component but `learning`.
pub fn default_recurring() -> Vec<String> {
    ["money", "time", "trust", "emotional", "safety"]
        .iter()
        .map(|s| s.to_string())
        .collect()
}
