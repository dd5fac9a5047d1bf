//! Classroom exercises: a goal for students, the controls they may change,
//! and the check whether an answer meets the goal.
//!
//! A scenario may carry an optional `exercise` block (see
//! `docs/scenario-format.md` and the teacher's guide `docs/exercises.md`).
//! The block never changes the simulation: it only says what to aim for
//! ([`Goal`]), which inputs are open ([`Exercise::editable`]; everything
//! else is locked) and what to say ([`Exercise::title`],
//! [`Exercise::instructions`], [`Exercise::hint`]). Because the exercise
//! travels inside the scenario, with its seed and number of people, every
//! student who opens the teacher's link simulates the same people and sees
//! the same numbers.
//!
//! Editable paths use the editor's lock vocabulary ([`CONTROL_PATHS`]): a
//! path opens everything under it (`product.costs` opens all six costs),
//! and arrays (`segments`, `alternatives`) open or lock as a whole, since
//! students may add and remove their items.

use std::borrow::Cow;

use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Serialize};

use crate::error::{Problem, ProblemKind as K};
use crate::predict::{self, Predict};
use crate::problem::{Names, Quoted};
use crate::results::Results;
use crate::scenario::Scenario;

/// Longest exercise title, in characters.
pub const MAX_TITLE_CHARS: usize = 200;
/// Longest instructions or hint, in characters. A share link carries the
/// whole text, so it is kept to what a classroom handout needs.
pub const MAX_TEXT_CHARS: usize = 4000;
/// Most entries in `editable`.
pub const MAX_EDITABLE: usize = 32;

/// A classroom exercise attached to a scenario.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    /// Short name of the task, shown as the panel's heading. Not empty.
    #[schemars(length(min = 1, max = 200))]
    pub title: String,
    /// What students should do, in the teacher's words.
    #[serde(default)]
    #[schemars(length(max = 4000))]
    pub instructions: String,
    /// The number students must reach.
    pub goal: Goal,
    /// The inputs students may change, as lock paths (`product.costs`,
    /// `product.costs.trust`, `segments`, …); everything else is locked.
    #[schemars(length(min = 1, max = 32))]
    pub editable: Vec<String>,
    /// Shown only when a student asks for it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(length(max = 4000))]
    pub hint: Option<String>,
    /// Ask for a prediction before any result shows, then score it
    /// (`crate::predict`). Absent: no prediction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub predict: Option<Predict>,
}

/// What students must reach: `metric op target`, e.g. adoption share ≥ 0.40.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Goal {
    /// Which number of the results is judged.
    pub metric: Metric,
    /// The segment's name, for `segment_adoption` only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub segment: Option<String>,
    /// Whether the number must be at least or at most the target. Default
    /// `>=`.
    #[serde(default)]
    pub op: GoalOp,
    /// A share between 0 and 1 (0.40 is 40%).
    #[schemars(range(min = 0.0, max = 1.0))]
    pub target: f64,
}

/// The judged number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// The product's adoption share (`adoption.share`); with a `diffusion`
    /// block, the share adopted by the last period.
    AdoptionShare,
    /// The adoption share of one segment (`segments[].adoption_share`),
    /// named by `goal.segment`.
    SegmentAdoption,
    /// Retained adopters (`retention.retained_share`): people who adopted
    /// and still use the product at the retention horizon. Needs a
    /// `retention` block.
    RetainedShare,
}

/// The comparison of the goal. `>=` and `<=` are written; `at_least` and
/// `at_most` are read too, for authors who prefer words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub enum GoalOp {
    /// The number must be at least the target.
    #[default]
    #[serde(rename = ">=", alias = "at_least")]
    AtLeast,
    /// The number must be at most the target.
    #[serde(rename = "<=", alias = "at_most")]
    AtMost,
}

/// Written by hand because the derived schema would list only the written
/// forms, and a schema-checking editor would then flag `at_least`, which
/// the parser accepts.
impl JsonSchema for GoalOp {
    fn schema_name() -> Cow<'static, str> {
        "GoalOp".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "The comparison of the goal: \">=\" (or \"at_least\") or \"<=\" (or \"at_most\").",
            "type": "string",
            "enum": [">=", "<=", "at_least", "at_most"]
        })
    }
}

impl GoalOp {
    /// Whether `current op target` holds.
    pub fn holds(self, current: f64, target: f64) -> bool {
        match self {
            GoalOp::AtLeast => current >= target,
            GoalOp::AtMost => current <= target,
        }
    }
}

/// Where an answer stands against the goal.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct GoalStatus {
    /// Whether the results meet the goal.
    pub met: bool,
    /// The judged number in these results (0 when it is missing, e.g. a
    /// segment the results do not list).
    pub current: f64,
    /// The goal's target.
    pub target: f64,
}

/// Whether `results` meet the exercise's goal. Pure and exact: the same
/// results always give the same answer, so students with the same link
/// agree. A number the results lack (a segment renamed away) never meets
/// the goal.
pub fn check(exercise: &Exercise, results: &Results) -> GoalStatus {
    let goal = &exercise.goal;
    let current = goal.current(results);
    GoalStatus {
        met: current.is_some_and(|c| goal.op.holds(c, goal.target)),
        current: current.unwrap_or(0.0),
        target: goal.target,
    }
}

impl Goal {
    /// The judged number in `results`, if they have it.
    pub fn current(&self, results: &Results) -> Option<f64> {
        match self.metric {
            Metric::AdoptionShare => Some(results.adoption.share),
            Metric::RetainedShare => results.retention.as_ref().map(|r| r.retained_share),
            Metric::SegmentAdoption => {
                let name = self.segment.as_deref()?;
                results
                    .segments
                    .iter()
                    .find(|s| s.name == name)
                    .map(|s| s.adoption_share)
            }
        }
    }
}

/// Every path `editable` may name, parents before children, in the
/// editor's vocabulary. A parent covers its children; a control without
/// children here (`product.value`, `segments`) opens or locks whole.
pub const CONTROL_PATHS: [&str; 32] = [
    "title",
    "seed",
    "users",
    "product",
    "product.name",
    "product.value",
    "product.claim",
    "product.credibility",
    "product.experience",
    "product.costs",
    "product.costs.money",
    "product.costs.time",
    "product.costs.learning",
    "product.costs.trust",
    "product.costs.emotional",
    "product.costs.safety",
    "product.screenshots",
    "product.screenshot_effects",
    "alternatives",
    "segments",
    "decision",
    "diffusion",
    "diffusion.periods",
    "diffusion.p",
    "diffusion.q",
    "diffusion.social_proof",
    "retention",
    "retention.periods",
    "retention.notice",
    "retention.recurring",
    "retention.costs",
    "exercise",
];

/// Whether `path` equals `prefix` or lies under it (`product.costs` covers
/// `product.costs.trust` and `product.costs.trust.mean` but not
/// `product.costsx`); `*` covers everything. The page's editor matches
/// locks the same way.
pub fn path_is_under(path: &str, prefix: &str) -> bool {
    prefix == "*"
        || path
            .strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with('.') || rest.starts_with('['))
}

/// The direct children of `parent` in [`CONTROL_PATHS`].
fn children(parent: &str) -> impl Iterator<Item = &'static str> + '_ {
    CONTROL_PATHS.into_iter().filter(move |p| {
        p.strip_prefix(parent)
            .and_then(|rest| rest.strip_prefix('.'))
            .is_some_and(|rest| !rest.contains('.'))
    })
}

impl Exercise {
    /// Whether students may change the input at `path` (a lock path or a
    /// finer JSON path such as `product.costs.trust.mean`).
    pub fn allows(&self, path: &str) -> bool {
        self.editable.iter().any(|e| path_is_under(path, e))
    }

    /// The paths to lock so that exactly `editable` stays open: every
    /// control that is neither open nor a parent of an open one. Parents of
    /// open controls are not locked themselves (a lock covers everything
    /// under it); their other children are. `exercise` is always locked.
    pub fn locked_paths(&self) -> Vec<String> {
        let mut locked = Vec::new();
        let top = CONTROL_PATHS.into_iter().filter(|p| !p.contains('.'));
        for path in top {
            self.lock_below(path, &mut locked);
        }
        locked
    }

    fn lock_below(&self, path: &'static str, locked: &mut Vec<String>) {
        if self.allows(path) && path != "exercise" {
            return;
        }
        let opens_child = self
            .editable
            .iter()
            .any(|e| e != path && path_is_under(e, path));
        if opens_child && path != "exercise" {
            for child in children(path) {
                self.lock_below(child, locked);
            }
        } else {
            locked.push(path.to_string());
        }
    }

    /// The JSON paths where `edited` differs from `original` outside the
    /// editable inputs: empty when an answer only changed what students
    /// may change. The exercise block itself is never editable.
    pub fn edits_outside(&self, original: &Scenario, edited: &Scenario) -> Vec<String> {
        changed_paths(original, edited)
            .into_iter()
            .filter(|p| !self.allows(p) || path_is_under(p, "exercise"))
            .collect()
    }
}

/// The JSON paths of every value that differs between two scenarios: the
/// one scenario diff of the engine ([`crate::lab::diff_paths`], which
/// compare mode highlights too), so an exercise's locks and the lab agree
/// on what an edit touched. An element added to or removed from a list is
/// reported by its index (`segments[2]`), which lies under the list's own
/// control path (`segments`) as [`path_is_under`] reads it.
pub fn changed_paths(a: &Scenario, b: &Scenario) -> Vec<String> {
    crate::lab::diff_paths(a, b)
}

/// Every problem of an exercise, each with its JSON path under `exercise`.
/// `scenario` is the scenario carrying it, for segment names.
pub(crate) fn problems(exercise: &Exercise, scenario: &Scenario) -> Vec<Problem> {
    let mut out = Vec::new();
    let mut push = |path: &str, kind: K| out.push(Problem::new(path, kind));

    let title_chars = exercise.title.chars().count();
    if exercise.title.trim().is_empty() {
        push("exercise.title", K::TitleEmpty {});
    } else if title_chars > MAX_TITLE_CHARS {
        push(
            "exercise.title",
            K::TooManyCharacters {
                max: MAX_TITLE_CHARS as u64,
                got: title_chars as u64,
            },
        );
    }
    let texts = [
        ("exercise.instructions", Some(&exercise.instructions)),
        ("exercise.hint", exercise.hint.as_ref()),
    ];
    for (path, text) in texts {
        let chars = text.map_or(0, |t| t.chars().count());
        if chars > MAX_TEXT_CHARS {
            push(
                path,
                K::TooManyCharacters {
                    max: MAX_TEXT_CHARS as u64,
                    got: chars as u64,
                },
            );
        }
    }

    let goal = &exercise.goal;
    if !goal.target.is_finite() || !(0.0..=1.0).contains(&goal.target) {
        push("exercise.goal.target", K::GoalTarget { got: goal.target });
    }
    match (goal.metric, goal.segment.as_deref()) {
        (Metric::AdoptionShare | Metric::RetainedShare, Some(_)) => {
            push("exercise.goal.segment", K::GoalSegmentUnused {})
        }
        (Metric::RetainedShare, None) if scenario.retention.is_none() => {
            push("exercise.goal.metric", K::GoalNeedsRetention {})
        }
        (Metric::RetainedShare, None) => {}
        (Metric::SegmentAdoption, None) => push("exercise.goal.segment", K::GoalNeedsSegment {}),
        (Metric::SegmentAdoption, Some(name)) => {
            let names: Vec<&str> = if scenario.segments.is_empty() {
                vec!["Everyone"]
            } else {
                scenario.segments.iter().map(|s| s.name.as_str()).collect()
            };
            if !names.contains(&name) {
                push(
                    "exercise.goal.segment",
                    K::UnknownSegment {
                        name: Quoted(name.to_string()),
                        names: Names(names.iter().map(|n| format!("{n:?}")).collect()),
                    },
                );
            }
        }
        (Metric::AdoptionShare, None) => {}
    }

    if exercise.editable.is_empty() {
        push("exercise.editable", K::EditableEmpty {});
    } else if exercise.editable.len() > MAX_EDITABLE {
        push(
            "exercise.editable",
            K::TooManyEntries {
                max: MAX_EDITABLE as u64,
                got: exercise.editable.len() as u64,
            },
        );
    }
    for (i, path) in exercise.editable.iter().enumerate() {
        if path == "exercise" {
            push(&format!("exercise.editable[{i}]"), K::EditableExercise {});
        } else if !CONTROL_PATHS.contains(&path.as_str()) {
            push(
                &format!("exercise.editable[{i}]"),
                K::UnknownInput {
                    path: Quoted(path.clone()),
                    inputs: Names(
                        CONTROL_PATHS[..CONTROL_PATHS.len() - 1]
                            .iter()
                            .map(|p| p.to_string())
                            .collect(),
                    ),
                },
            );
        }
    }
    if let Some(p) = &exercise.predict {
        out.extend(predict::problems(p));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::results::{Adoption, NetValue, SegmentResult};

    fn exercise(editable: &[&str]) -> Exercise {
        Exercise {
            title: "Reach 40%".into(),
            instructions: String::new(),
            goal: Goal {
                metric: Metric::AdoptionShare,
                segment: None,
                op: GoalOp::AtLeast,
                target: 0.4,
            },
            editable: editable.iter().map(|s| s.to_string()).collect(),
            hint: None,
            predict: None,
        }
    }

    fn results(share: f64, segments: &[(&str, f64)]) -> Results {
        Results {
            schema: 1,
            title: String::new(),
            seed: 1,
            users: 100_000,
            adoption: Adoption {
                share,
                ci95: [share, share],
                adopters: (share * 100_000.0) as u64,
            },
            choices: Vec::new(),
            segments: segments
                .iter()
                .map(|&(name, adoption_share)| SegmentResult {
                    name: name.into(),
                    users: 50_000,
                    adoption_share,
                })
                .collect(),
            net_value: NetValue {
                mean: 0.0,
                sd: 0.0,
                histogram: crate::results::Histogram {
                    edges: vec![0.0, 1.0],
                    counts: vec![0],
                    adopter_counts: vec![0],
                },
            },
            barriers: Vec::new(),
            sensitivity: Vec::new(),
            timeline: None,
            money: None,
            retention: None,
            elapsed_ms: 0.0,
            uncertainty: None,
            what_if_users: None,
        }
    }

    #[test]
    fn at_least_is_met_from_the_target_up() {
        let e = exercise(&["product.costs"]);
        let below = check(&e, &results(0.399_99, &[]));
        assert_eq!(
            below,
            GoalStatus {
                met: false,
                current: 0.399_99,
                target: 0.4
            }
        );
        // 40,000 of 100,000 people is exactly the 0.4 a teacher writes.
        assert!(check(&e, &results(40_000.0 / 100_000.0, &[])).met);
        assert!(check(&e, &results(0.7, &[])).met);
    }

    #[test]
    fn at_most_is_met_from_the_target_down() {
        let mut e = exercise(&["product.costs"]);
        e.goal.op = GoalOp::AtMost;
        e.goal.target = 0.1;
        assert!(check(&e, &results(0.1, &[])).met);
        assert!(check(&e, &results(0.05, &[])).met);
        assert!(!check(&e, &results(0.100_01, &[])).met);
    }

    #[test]
    fn segment_goals_judge_that_segment_only() {
        let mut e = exercise(&["product.costs"]);
        e.goal.metric = Metric::SegmentAdoption;
        e.goal.segment = Some("Students".into());
        e.goal.target = 0.3;
        let r = results(0.9, &[("Freelancers", 0.9), ("Students", 0.25)]);
        assert_eq!(
            check(&e, &r),
            GoalStatus {
                met: false,
                current: 0.25,
                target: 0.3
            }
        );
        let r = results(0.1, &[("Freelancers", 0.0), ("Students", 0.31)]);
        assert!(check(&e, &r).met);
        // A segment the results lack never meets the goal, even at ≤ 1.
        e.goal.op = GoalOp::AtMost;
        e.goal.target = 1.0;
        let status = check(&e, &results(0.5, &[("Other", 0.1)]));
        assert!(!status.met);
        assert_eq!(status.current, 0.0);
    }

    #[test]
    fn ops_read_symbols_and_words_and_write_symbols() {
        for (text, op) in [
            ("\">=\"", GoalOp::AtLeast),
            ("\"at_least\"", GoalOp::AtLeast),
            ("\"<=\"", GoalOp::AtMost),
            ("\"at_most\"", GoalOp::AtMost),
        ] {
            assert_eq!(serde_json::from_str::<GoalOp>(text).unwrap(), op);
        }
        assert_eq!(serde_json::to_string(&GoalOp::AtMost).unwrap(), "\"<=\"");
        assert!(serde_json::from_str::<GoalOp>("\">\"").is_err());
    }

    #[test]
    fn the_schema_lists_every_accepted_op() {
        let schema: serde_json::Value =
            serde_json::from_str(&crate::schema::scenario_schema_json()).unwrap();
        let defs = &schema["$defs"];
        assert_eq!(
            defs["GoalOp"]["enum"],
            serde_json::json!([">=", "<=", "at_least", "at_most"])
        );
        assert_eq!(
            defs["Exercise"]["required"],
            serde_json::json!(["title", "goal", "editable"])
        );
        assert_eq!(defs["Goal"]["properties"]["target"]["maximum"], 1.0);
    }

    #[test]
    fn opening_costs_locks_every_other_control() {
        let locked = exercise(&["product.costs"]).locked_paths();
        assert_eq!(
            locked,
            [
                "title",
                "seed",
                "users",
                "product.name",
                "product.value",
                "product.claim",
                "product.credibility",
                "product.experience",
                "product.screenshots",
                "product.screenshot_effects",
                "alternatives",
                "segments",
                "decision",
                "diffusion",
                "retention",
                "exercise",
            ]
        );
    }

    #[test]
    fn opening_one_cost_locks_its_siblings() {
        let e = exercise(&["product.costs.trust", "diffusion.p"]);
        let locked = e.locked_paths();
        for open in ["product.costs.trust", "diffusion.p"] {
            assert!(!locked.iter().any(|l| path_is_under(open, l)), "{open}");
        }
        for closed in [
            "product.costs.money",
            "product.costs.safety",
            "product.value",
            "diffusion.q",
            "diffusion.social_proof",
            "segments",
        ] {
            assert!(locked.iter().any(|l| path_is_under(closed, l)), "{closed}");
        }
        assert!(!locked.contains(&"product".to_string()));
        assert!(!locked.contains(&"product.costs".to_string()));
    }

    #[test]
    fn every_control_is_either_open_or_locked() {
        // Whatever is opened, each control path is covered by exactly one
        // side: open (allowed), under a lock, or a parent of the open one
        // (which a lock would cover whole).
        for open in CONTROL_PATHS.iter().filter(|p| **p != "exercise") {
            let e = exercise(&[open]);
            let locked = e.locked_paths();
            for path in CONTROL_PATHS {
                let is_locked = locked.iter().any(|l| path_is_under(path, l));
                let parent = path != *open && path_is_under(open, path);
                let expect_locked = path == "exercise" || !(e.allows(path) || parent);
                assert_eq!(is_locked, expect_locked, "open {open}, control {path}");
            }
        }
    }

    #[test]
    fn paths_cover_their_children_only() {
        assert!(path_is_under("product.costs.trust.mean", "product.costs"));
        assert!(path_is_under("segments[1].share", "segments"));
        assert!(path_is_under("segments", "segments"));
        assert!(!path_is_under("product.costsx", "product.costs"));
        assert!(!path_is_under("product", "product.costs"));
        assert!(path_is_under("anything", "*"));
    }
}
