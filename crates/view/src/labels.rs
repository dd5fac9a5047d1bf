//! Every visible string of the charts, and the names of costs and inputs.
//!
//! Draw functions never write English of their own: titles, axes, legends,
//! cost names and the wording of what-if inputs all come from a [`Labels`],
//! so `worthit-i18n` fills one from a translation file. [`Labels::en`] is the
//! English default. Strings with `{name}` placeholders are filled by
//! [`fill`].

use worthit_engine::{ChoiceOption, Endpoint, Results};

use crate::format::NumberFormat;

/// Strings shown in charts and used to name costs and inputs.
#[derive(Debug, Clone, PartialEq)]
pub struct Labels {
    /// How numbers are written in this language.
    pub numbers: NumberFormat,

    // Chart titles.
    pub net_value_title: String,
    pub choices_title: String,
    pub barriers_title: String,
    pub barrier_means_title: String,
    pub tornado_title: String,
    pub segments_title: String,
    pub timeline_title: String,
    pub retention_title: String,
    pub overlay_title: String,

    // Axes and captions.
    /// X axis of the net-value histograms.
    pub net_value_axis: String,
    /// Y axis of the net-value histograms (share of people in a bin).
    pub share_of_people_axis: String,
    /// Y axis of the overlay when A and B have different bins.
    pub density_axis: String,
    pub barriers_caption: String,
    pub barrier_means_caption: String,
    pub tornado_caption: String,
    pub choices_caption: String,
    pub segments_caption: String,
    pub period_axis: String,
    pub new_adopters_axis: String,
    pub share_axis: String,
    /// X axis of the retention chart.
    pub periods_since_adoption_axis: String,

    // Legend entries.
    pub adopters: String,
    pub non_adopters: String,
    /// Single-colour histogram when the results do not split adopters.
    pub people: String,
    pub zero_line: String,
    /// `{share}` is the overall adoption share.
    pub overall: String,
    pub raises: String,
    pub lowers: String,
    pub new_adopters: String,
    pub cumulative: String,
    pub aware: String,
    /// Retention chart: adopters still using the product.
    pub still_using: String,
    /// Retention chart: the adoption share, the dashed reference.
    pub adopted_line: String,
    pub variant_a: String,
    pub variant_b: String,

    // Other chart text.
    /// The "none" option's display name.
    pub none_option: String,
    /// Empty-state message of a chart without data.
    pub no_data: String,
    /// Last row of a long bar chart; `{n}` is the number of hidden rows.
    pub more_rows: String,

    // Names of costs, by the scenario's key.
    pub cost_money: String,
    pub cost_time: String,
    pub cost_learning: String,
    pub cost_trust: String,
    pub cost_emotional: String,
    pub cost_safety: String,

    // What-if inputs (dotted paths of `results.sensitivity`).
    pub input_value: String,
    /// `{cost}` is a cost name.
    pub input_cost: String,
    pub input_claim: String,
    pub input_credibility: String,
    /// `{option}` is an alternative's name, `{what}` the value or a cost.
    pub input_alternative: String,
    /// `{segment}` is a segment's name, `{what}` the quantity.
    pub input_segment: String,
    /// `{what}` weighted by the segment, e.g. "weight on time".
    pub input_weight: String,
    pub input_share: String,
    pub input_skepticism: String,
    pub input_screenshots_viewed: String,
    pub input_reach: String,
    pub input_word_of_mouth: String,
    pub input_social_proof: String,
    /// A correlation's what-if row: `{a}` and `{b}` are the quantities
    /// ("value ↔ trust cost correlation").
    pub input_correlation: String,
    // Parameters of a distribution; `{what}` is the quantity. The mean and
    // a fixed value read as the quantity itself.
    pub param_sd: String,
    pub param_min: String,
    pub param_max: String,
    pub param_mode: String,

    // The screenshot lab.
    pub claim_curve_title: String,
    /// X axis of the claim curve.
    pub claim_axis: String,
    /// Y axis of the claim curve.
    pub adoption_axis: String,
    /// Legend: the curve itself.
    pub adoption_curve: String,
    /// Legend: adoption without a claim; `{share}` is that share.
    pub no_claim: String,
    /// Legend and marker: the best claim; `{claim}` is the claim.
    pub best_claim: String,
    /// Claim curve with retention: retained adopters per claim.
    pub retained_curve: String,
    /// `{claim}`: the claim with the most retained adopters.
    pub best_retained_claim: String,
    /// Legend: the scenario's own claim; `{claim}` is the claim.
    pub current_claim: String,
    // Names of the built-in screenshot kinds, by the scenario's key.
    pub kind_gameplay: String,
    pub kind_progression: String,
    pub kind_characters: String,
    pub kind_social_proof: String,
    pub kind_features: String,
    pub kind_offer: String,
    pub kind_safety: String,
    /// A kind at a position of the strip: `{kind}` and `{position}`
    /// (1-based).
    pub screenshot_at: String,
}

impl Default for Labels {
    fn default() -> Self {
        Labels::en()
    }
}

impl Labels {
    /// English strings.
    pub fn en() -> Self {
        let s = |x: &str| x.to_string();
        Labels {
            numbers: NumberFormat::en(),
            net_value_title: s("Net value: who gains from adopting"),
            choices_title: s("What people choose"),
            barriers_title: s("What holds non-adopters back"),
            barrier_means_title: s("Costs felt by adopters and non-adopters"),
            tornado_title: s("What-if: change in adoption"),
            segments_title: s("Adoption by segment"),
            timeline_title: s("Adoption over time"),
            retention_title: s("Who stays after adopting"),
            overlay_title: s("Net value: A vs. B"),
            net_value_axis: s("Net value (perceived value \u{2212} cost)"),
            share_of_people_axis: s("Share of people"),
            density_axis: s("Share of people per unit of net value"),
            barriers_caption: s("Share of non-adopters that removing this cost alone would win"),
            barrier_means_caption: s("Mean perceived cost, in utility points"),
            tornado_caption: s("Change in adoption, percentage points"),
            choices_caption: s("Share of all people"),
            segments_caption: s("Share of the segment that adopts"),
            period_axis: s("Period"),
            new_adopters_axis: s("New adopters"),
            share_axis: s("Share of people"),
            periods_since_adoption_axis: s("Periods since adopting"),
            adopters: s("Adopt"),
            non_adopters: s("Don't adopt"),
            people: s("People"),
            zero_line: s("Value = cost"),
            overall: s("Overall {share}"),
            raises: s("Raises adoption"),
            lowers: s("Lowers adoption"),
            new_adopters: s("New adopters"),
            cumulative: s("Adopted so far"),
            aware: s("Aware"),
            still_using: s("Still using it"),
            adopted_line: s("Adopted"),
            variant_a: s("A"),
            variant_b: s("B"),
            none_option: s("None"),
            no_data: s("No data to show"),
            more_rows: s("+{n} more"),
            cost_money: s("money"),
            cost_time: s("time"),
            cost_learning: s("learning"),
            cost_trust: s("trust"),
            cost_emotional: s("emotional"),
            cost_safety: s("safety"),
            input_value: s("value"),
            input_cost: s("{cost} cost"),
            input_claim: s("claim"),
            input_credibility: s("credibility"),
            input_alternative: s("{option}: {what}"),
            input_segment: s("{segment}: {what}"),
            input_weight: s("weight on {what}"),
            input_share: s("share"),
            input_skepticism: s("skepticism"),
            input_screenshots_viewed: s("screenshots viewed"),
            input_reach: s("outside reach (p)"),
            input_word_of_mouth: s("word of mouth (q)"),
            input_social_proof: s("social proof"),
            input_correlation: s("{a} ↔ {b} correlation"),
            param_sd: s("{what} spread"),
            param_min: s("{what} minimum"),
            param_max: s("{what} maximum"),
            param_mode: s("{what} mode"),
            claim_curve_title: s("Adoption against claim strength"),
            claim_axis: s("Value claim, in utility points"),
            adoption_axis: s("Adoption"),
            adoption_curve: s("Adoption"),
            no_claim: s("No claim ({share})"),
            best_claim: s("Best claim {claim}"),
            retained_curve: s("Retained adopters"),
            best_retained_claim: s("Most retained at {claim}"),
            current_claim: s("Current claim {claim}"),
            kind_gameplay: s("gameplay"),
            kind_progression: s("progression"),
            kind_characters: s("character art"),
            kind_social_proof: s("social proof"),
            kind_features: s("feature list"),
            kind_offer: s("offer"),
            kind_safety: s("safety badges"),
            screenshot_at: s("{kind} as screenshot {position}"),
        }
    }

    /// The display name of a cost component by its key (`trust` → "trust");
    /// an unknown key is shown as it is.
    pub fn cost_name(&self, key: &str) -> String {
        match key {
            "money" => self.cost_money.clone(),
            "time" => self.cost_time.clone(),
            "learning" => self.cost_learning.clone(),
            "trust" => self.cost_trust.clone(),
            "emotional" => self.cost_emotional.clone(),
            "safety" => self.cost_safety.clone(),
            other => other.to_string(),
        }
    }

    /// The display name of a screenshot kind by its key (`characters` →
    /// "character art"); a kind of the scenario's own is shown as it is.
    pub fn screenshot_kind_name(&self, key: &str) -> String {
        match key {
            "gameplay" => self.kind_gameplay.clone(),
            "progression" => self.kind_progression.clone(),
            "characters" => self.kind_characters.clone(),
            "social_proof" => self.kind_social_proof.clone(),
            "features" => self.kind_features.clone(),
            "offer" => self.kind_offer.clone(),
            "safety" => self.kind_safety.clone(),
            other => other.to_string(),
        }
    }

    /// The display name of a row of `results.choices`: the no-choice option
    /// is translated, the product and the alternatives keep the user's own
    /// `name` (even "none": the row's place decides, see [`ChoiceOption`]).
    pub fn option_name(&self, option: ChoiceOption, name: &str) -> String {
        match option {
            ChoiceOption::None => self.none_option.clone(),
            ChoiceOption::Product | ChoiceOption::Alternative(_) => name.to_string(),
        }
    }

    /// "Overall 43.1%" for the segments chart.
    pub fn overall_with(&self, share: f64, fmt: &NumberFormat) -> String {
        fill(&self.overall, &[("share", fmt.percent(share, 1))])
    }

    /// A what-if input's dotted path in words: `product.costs.trust.mean` →
    /// "trust cost", `segments[1].weights.time` → "Core gamers: weight on
    /// time". Alternatives and segments are named from `results` (the
    /// choices list the alternatives in scenario order). A path this
    /// function does not know is shown as it is.
    pub fn input_name(&self, path: &str, results: &Results) -> String {
        self.input_ref_name(&InputRef::resolve(path, results))
    }

    /// The words for an input whose names were already looked up.
    pub fn input_ref_name(&self, input: &InputRef) -> String {
        self.try_input_name(input)
            .unwrap_or_else(|| input.path.clone())
    }

    fn try_input_name(&self, input: &InputRef) -> Option<String> {
        let parts: Vec<&str> = input.path.split('.').collect();
        match parts.as_slice() {
            ["product", rest @ ..] => self.option_quantity(rest),
            [head, rest @ ..] if head.starts_with("alternatives[") => {
                let i = index_of(head)?;
                let option = input
                    .alternative
                    .clone()
                    .unwrap_or_else(|| format!("#{}", i + 1));
                let what = self.option_quantity(rest)?;
                Some(fill(
                    &self.input_alternative,
                    &[("option", option), ("what", what)],
                ))
            }
            [head, rest @ ..] if head.starts_with("segments[") => {
                let i = index_of(head)?;
                let segment = input
                    .segment
                    .clone()
                    .unwrap_or_else(|| format!("#{}", i + 1));
                let what = match rest {
                    ["weights", "value"] => {
                        fill(&self.input_weight, &[("what", self.input_value.clone())])
                    }
                    ["weights", cost] => {
                        fill(&self.input_weight, &[("what", self.cost_name(cost))])
                    }
                    ["share"] => self.input_share.clone(),
                    ["skepticism"] => self.input_skepticism.clone(),
                    ["screenshots_viewed"] => self.input_screenshots_viewed.clone(),
                    _ => return None,
                };
                Some(fill(
                    &self.input_segment,
                    &[("segment", segment), ("what", what)],
                ))
            }
            ["diffusion", "p"] => Some(self.input_reach.clone()),
            ["diffusion", "q"] => Some(self.input_word_of_mouth.clone()),
            ["diffusion", "social_proof"] => Some(self.input_social_proof.clone()),
            [head, "rho"] if head.starts_with("correlations[") => {
                let [a, b] = input.between?;
                Some(fill(
                    &self.input_correlation,
                    &[("a", self.quantity_name(a)), ("b", self.quantity_name(b))],
                ))
            }
            _ => None,
        }
    }

    /// The value, a cost, the claim or the credibility of an option, with
    /// the distribution parameter if any.
    fn option_quantity(&self, rest: &[&str]) -> Option<String> {
        match rest {
            ["claim"] => Some(self.input_claim.clone()),
            ["credibility"] => Some(self.input_credibility.clone()),
            ["value", param] => self.with_param(self.input_value.clone(), param),
            ["costs", cost, param] => self.with_param(
                fill(&self.input_cost, &[("cost", self.cost_name(cost))]),
                param,
            ),
            _ => None,
        }
    }

    /// The product's value or one of its costs, as the what-if rows name
    /// them ("value", "trust cost").
    pub fn quantity_name(&self, e: Endpoint) -> String {
        match e.cost() {
            None => self.input_value.clone(),
            Some(k) => fill(&self.input_cost, &[("cost", self.cost_name(k.name()))]),
        }
    }

    fn with_param(&self, what: String, param: &str) -> Option<String> {
        let template = match param {
            "mean" | "value" => return Some(what),
            "sd" => &self.param_sd,
            "min" => &self.param_min,
            "max" => &self.param_max,
            "mode" => &self.param_mode,
            _ => return None,
        };
        Some(fill(template, &[("what", what)]))
    }
}

/// A what-if input: its dotted path plus the user-given names it refers
/// to, looked up once from the results so it can be named in any language
/// later without them.
#[derive(Debug, Clone, PartialEq)]
pub struct InputRef {
    /// Dotted path, e.g. `product.costs.trust.mean`.
    pub path: String,
    /// The alternative's name for `alternatives[i].…` paths.
    pub alternative: Option<String>,
    /// The segment's name for `segments[i].…` paths.
    pub segment: Option<String>,
    /// The two quantities of a `correlations[i].rho` row.
    pub between: Option<[Endpoint; 2]>,
}

impl InputRef {
    /// Looks up the names `path` refers to. The choices list the product
    /// first and the alternatives next, in scenario order.
    pub fn resolve(path: &str, results: &Results) -> InputRef {
        let head = path.split('.').next().unwrap_or("");
        let index = index_of(head);
        let alternative = index
            .filter(|_| head.starts_with("alternatives["))
            .and_then(|i| {
                results
                    .options()
                    .find(|(o, _)| *o == ChoiceOption::Alternative(i))
            })
            .map(|(_, c)| c.option.clone());
        let segment = index
            .filter(|_| head.starts_with("segments["))
            .and_then(|i| results.segments.get(i))
            .map(|s| s.name.clone());
        let between = results
            .sensitivity
            .iter()
            .find(|s| s.input == path)
            .and_then(|s| s.between);
        InputRef {
            path: path.to_string(),
            alternative,
            segment,
            between,
        }
    }
}

/// `segments[12]` → 12.
fn index_of(head: &str) -> Option<usize> {
    let open = head.find('[')?;
    let close = head.find(']')?;
    head.get(open + 1..close)?.parse().ok()
}

/// Replaces each `{name}` in `template` by its value. A placeholder without
/// a value is left as it is, so a missing argument is visible rather than
/// silently dropped.
pub fn fill(template: &str, args: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(k, _)| *k == name) {
                    Some((_, v)) => out.push_str(v),
                    None => {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                }
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use worthit_engine::{Adoption, Choice, Histogram, NetValue, SegmentResult};

    fn results() -> Results {
        Results {
            schema: 1,
            title: String::new(),
            seed: 0,
            users: 10,
            adoption: Adoption {
                share: 0.5,
                ci95: [0.2, 0.8],
                adopters: 5,
            },
            choices: vec![
                Choice {
                    option: "Our game".into(),
                    share: 0.5,
                },
                Choice {
                    option: "Market leader".into(),
                    share: 0.3,
                },
                Choice {
                    option: "none".into(),
                    share: 0.2,
                },
            ],
            segments: vec![SegmentResult {
                name: "Core gamers".into(),
                users: 10,
                adoption_share: 0.5,
            }],
            net_value: NetValue {
                mean: 0.0,
                sd: 1.0,
                histogram: Histogram {
                    edges: vec![],
                    counts: vec![],
                    adopter_counts: vec![],
                },
            },
            barriers: vec![],
            sensitivity: vec![],
            timeline: None,
            money: None,
            retention: None,
            elapsed_ms: 0.0,
            uncertainty: None,
        }
    }

    #[test]
    fn input_paths_in_words() {
        let l = Labels::en();
        let r = results();
        assert_eq!(l.input_name("product.costs.trust.mean", &r), "trust cost");
        assert_eq!(
            l.input_name("product.costs.time.sd", &r),
            "time cost spread"
        );
        assert_eq!(l.input_name("product.value.mean", &r), "value");
        assert_eq!(l.input_name("product.claim", &r), "claim");
        assert_eq!(
            l.input_name("alternatives[0].value.mean", &r),
            "Market leader: value"
        );
        assert_eq!(
            l.input_name("segments[0].weights.time", &r),
            "Core gamers: weight on time"
        );
        assert_eq!(l.input_name("segments[3].skepticism", &r), "#4: skepticism");
        // A correlation's row is named by the two quantities its results
        // row carries; without them the path shows as it is.
        let mut c = r.clone();
        c.sensitivity = vec![worthit_engine::Sensitivity {
            input: "correlations[1].rho".into(),
            step: 0.1,
            adoption_share: 0.5,
            change: 0.01,
            between: Some([Endpoint::Value, Endpoint::Trust]),
            retained_share: None,
            retained_change: None,
        }];
        assert_eq!(
            l.input_name("correlations[1].rho", &c),
            "value ↔ trust cost correlation"
        );
        assert_eq!(
            l.input_name("correlations[0].rho", &r),
            "correlations[0].rho"
        );
        assert_eq!(l.input_name("diffusion.q", &r), "word of mouth (q)");
        assert_eq!(l.input_name("something.else", &r), "something.else");
        assert_eq!(l.input_name("segments[x].share", &r), "segments[x].share");
    }

    #[test]
    fn fill_placeholders() {
        assert_eq!(fill("+{n} more", &[("n", "3".into())]), "+3 more");
        assert_eq!(fill("{a} and {b}", &[("a", "x".into())]), "x and {b}");
        assert_eq!(fill("open { brace", &[]), "open { brace");
    }
}
