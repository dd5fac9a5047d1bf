//! Every visible string of the editor, in one place.
//!
//! Issue 6 moves these to Fluent translation files; keeping them here (and
//! nowhere else in `src/editor/`) makes that a mechanical change. Strings
//! that take numbers are small functions so the word order can change per
//! language.

use worthit_engine::CostKind;

// Groups (fieldset legends).
pub const GROUP_VALUE: &str = "Value";
pub const GROUP_COSTS: &str = "Costs";
pub const GROUP_SCREENSHOTS: &str = "Screenshots";
pub const GROUP_AUDIENCE: &str = "Audience";
pub const GROUP_ALTERNATIVES: &str = "Alternatives";
pub const GROUP_DECISION: &str = "Decision rule";
pub const GROUP_SIMULATION: &str = "Simulation";

pub const EDITOR_LABEL: &str = "Scenario editor";
pub const ADVANCED: &str = "Choose distribution shapes (advanced)";

// Value group.
pub const PRODUCT_NAME: &str = "Product name";
pub const VALUE_TITLE: &str = "Perceived value";
pub const VALUE_HINT: &str = "What people expect to gain, in utility points.";
pub const MEAN: &str = "Mean";
pub const SPREAD: &str = "Spread";
pub const SHAPE: &str = "Shape";
pub const CLAIM_ON: &str = "Make a value claim";
pub const CLAIM: &str = "Claimed value";
pub const CLAIM_HINT: &str =
    "What the ad promises. Above the real mean it helps at first, then sounds like a scam.";
pub const CREDIBILITY: &str = "Credibility";
pub const CREDIBILITY_HINT: &str = "How believable an over-claim is; higher means less doubt.";

// Costs group.
pub const COSTS_HINT: &str = "Everything a person gives up, in the same utility points. \
     Costs never go below zero.";

/// Display name of a cost component.
pub fn cost_name(kind: CostKind) -> &'static str {
    match kind {
        CostKind::Money => "Money",
        CostKind::Time => "Time",
        CostKind::Learning => "Learning",
        CostKind::Trust => "Trust",
        CostKind::Emotional => "Emotional",
        CostKind::Safety => "Safety",
    }
}

/// One plain-language line saying what a cost component stands for.
pub fn cost_hint(kind: CostKind) -> &'static str {
    match kind {
        CostKind::Money => "Price, subscription, in-app purchases",
        CostKind::Time => "Download size, set-up, waiting",
        CostKind::Learning => "Effort to figure out how it works",
        CostKind::Trust => "Doubts that it works as promised",
        CostKind::Emotional => "Anxiety, embarrassment, changing a habit",
        CostKind::Safety => "Privacy, security, money at risk",
    }
}

/// Display name of a distribution shape key (see `dist_map::Kind::key`).
pub fn kind_name(key: &str) -> &'static str {
    match key {
        "none" => "none (zero)",
        "fixed" => "fixed",
        "normal" => "normal",
        "lognormal" => "lognormal",
        "uniform" => "uniform",
        "triangular" => "triangular",
        _ => "?",
    }
}

// Screenshots group.
pub const SCREENSHOTS_HINT: &str = "In store order. People see only the first few, so order \
     matters. Effects are illustrative defaults, not measured facts.";
pub const SCREENSHOTS_EMPTY: &str = "No screenshots: value rests on the description alone.";
pub const SCREENSHOT_ADD_LABEL: &str = "Screenshot kind to add";
pub const SCREENSHOT_ADD: &str = "Add screenshot";
pub const SCREENSHOTS_FULL: &str = "A store page holds at most 10 screenshots.";

/// Display name of a built-in screenshot kind; unknown (custom) kinds show
/// their key.
pub fn screenshot_name(kind: &str) -> String {
    match kind {
        "gameplay" => "Gameplay".into(),
        "progression" => "Progression".into(),
        "characters" => "Character art".into(),
        "social_proof" => "Social proof".into(),
        "features" => "Feature list".into(),
        "offer" => "Offer / price".into(),
        "safety" => "Safety & privacy".into(),
        other => other.to_string(),
    }
}

pub fn move_up(name: &str, pos: usize) -> String {
    format!("Move {name} (position {pos}) up")
}
pub fn move_down(name: &str, pos: usize) -> String {
    format!("Move {name} (position {pos}) down")
}
pub const REMOVE: &str = "Remove";
pub fn remove_item(name: &str) -> String {
    format!("Remove {name}")
}

// Audience group.
pub const AUDIENCE_HINT: &str = "Groups of people who weigh value and costs differently.";
pub const AUDIENCE_EMPTY: &str =
    "One audience, “Everyone”: all weights 1, skepticism 0.5, 3 screenshots viewed.";
pub const ADD_SEGMENT: &str = "Add segment";
pub const SEGMENT_NAME: &str = "Segment name";
pub const SHARE: &str = "Share";
pub const SHARE_HINT: &str = "Relative size; shares are scaled to add up to 100%.";
pub const SKEPTICISM: &str = "Skepticism";
pub const SKEPTICISM_HINT: &str = "0 believes every claim, 1 doubts every claim.";
pub const VIEWED: &str = "Screenshots viewed";
pub const VIEWED_HINT: &str = "Mean number of store screenshots a person looks at.";
pub const WEIGHTS: &str = "Weights";
pub const WEIGHTS_HINT: &str = "How strongly this group feels each term; 1 = as is, 2 = twice.";
pub const WEIGHT_VALUE: &str = "Value";
pub const LIMIT_16: &str = "At most 16.";

pub fn new_segment_name(n: usize) -> String {
    format!("Segment {n}")
}
pub fn segment_summary(name: &str, percent: f64) -> String {
    format!("{name} · {percent:.0}%")
}
pub fn remove_segment(name: &str) -> String {
    format!("Remove segment {name}")
}

// Alternatives group.
pub const ALTERNATIVES_HINT: &str = "Well-known options one tap away. Not adopting at all is \
     always an option worth 0.";
pub const ALTERNATIVES_EMPTY: &str = "No alternatives: people compare only with doing nothing.";
pub const ADD_ALTERNATIVE: &str = "Add alternative";
pub const ALTERNATIVE_NAME: &str = "Alternative name";
pub const ALT_VALUE_HINT: &str = "What people expect to gain from this alternative.";
pub const ALT_COSTS: &str = "Costs of this alternative";

pub fn new_alternative_name(n: usize) -> String {
    format!("Alternative {n}")
}
pub fn remove_alternative(name: &str) -> String {
    format!("Remove alternative {name}")
}

// Decision group.
pub const RULE_THRESHOLD: &str = "Threshold";
pub const RULE_THRESHOLD_HINT: &str = "Adopt when value beats cost; alternatives are ignored.";
pub const RULE_BEAT: &str = "Beat alternatives";
pub const RULE_BEAT_HINT: &str =
    "Adopt when the product is the best option, doing nothing included.";
pub const RULE_LOGIT: &str = "Logit (noisy choice)";
pub const RULE_LOGIT_HINT: &str = "People mostly pick the best option, sometimes not.";
pub const TEMPERATURE: &str = "Temperature";
pub const TEMPERATURE_HINT: &str = "How noisy choices are; near 0 always picks the best.";

// Simulation group.
pub const USERS: &str = "People";
pub const USERS_HINT: &str = "Simulated people, 1 to 10,000,000. More is slower but tighter.";
pub const SEED: &str = "Seed";
pub const SEED_HINT: &str = "The same seed gives exactly the same numbers.";
pub const NEW_SEED: &str = "New seed";

// Messages.
pub const NAME_EMPTY: &str = "Enter a name.";

/// Shown under a number box when its text is not an acceptable number.
pub fn out_of_range(min: &str, max: &str, integer: bool) -> String {
    if integer {
        format!("Enter a whole number from {min} to {max}.")
    } else {
        format!("Enter a number from {min} to {max}.")
    }
}
