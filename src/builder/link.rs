//! The activity builder's pure part: a teacher's choices (where the
//! scenario comes from, which control groups show, which inputs are locked
//! at which value, language, compare and predict mode, an exercise goal)
//! become the link students open. It only composes what already exists:
//! the embed query parameters of `docs/embedding.md` and the exercise
//! block of `docs/exercises.md`. No browser types, so it is tested natively
//! (`tests/builder_link.rs` runs it in both) and can move to a pure crate.

use worthit_engine::exercise::{Exercise, Goal, GoalOp, Metric};
use worthit_engine::lab::ComparisonDoc;
use worthit_engine::validate::validate;
use worthit_engine::{ProblemKind, Scenario, ScenarioError, params, presets};

use crate::editor::EditorGroup;
use crate::embed::query::{Controls, PageQuery};
use crate::share;

/// Where the activity's scenario comes from.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// A bundled preset, by id (loaded without its exercise, as the page
    /// loads presets).
    Preset(&'static str),
    /// The scenario the teacher had open (or a link's).
    Current(Box<Scenario>),
}

/// One input the builder offers to lock: its lock path and the number a
/// teacher can set it to.
#[derive(Debug, Clone, PartialEq)]
pub struct Lockable {
    /// The path that locks it (`product.costs.money`, `segments[0].share`).
    pub path: String,
    /// The number that stands for it (`product.costs.money.mean`, or
    /// `.value` for a fixed one); the path itself for a plain number.
    pub value_path: String,
    /// Its value in the scenario.
    pub value: f64,
}

/// A locked input and, if the teacher changed it, its new value.
#[derive(Debug, Clone, PartialEq)]
pub struct Lock {
    pub path: String,
    /// `None` keeps the scenario's value.
    pub value: Option<f64>,
}

/// The exercise the teacher asks for.
#[derive(Debug, Clone, PartialEq)]
pub struct GoalChoice {
    pub metric: Metric,
    /// The segment's name, for `segment_adoption`.
    pub segment: Option<String>,
    pub op: GoalOp,
    /// A share, 0.45 for 45%.
    pub target: f64,
    pub title: String,
    pub instructions: String,
    pub hint: String,
}

/// Everything the builder's form holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Choices {
    pub source: Source,
    /// The control groups that show, in any order; `None` shows all, an
    /// empty list none (results only).
    pub groups: Option<Vec<EditorGroup>>,
    pub locks: Vec<Lock>,
    /// A language code (`ko`); `None` follows the student's browser.
    pub lang: Option<String>,
    pub compare: bool,
    /// `predict=1`: students commit to a prediction before the result shows.
    pub predict: bool,
    /// The metric the link names (`predict=lift`, `predict=winner`);
    /// `None` for the mode's default (`predict=1`).
    pub predict_metric: Option<worthit_engine::PredictMetric>,
    /// An iframe's compact layout (`embed=1`); otherwise the full page.
    pub embed: bool,
    /// `layout=full` for an embed.
    pub full_layout: bool,
    pub exercise: Option<GoalChoice>,
    /// Variant B of the comparison the teacher had open, if any. With
    /// `compare` on, students get that comparison (a `#c=` link), so a
    /// lift or a winner to predict is a real difference, not B = A.
    pub variant_b: Option<Scenario>,
}

/// What students get.
#[derive(Debug, Clone, PartialEq)]
pub struct Activity {
    /// The scenario the link opens (locked values set, exercise added).
    pub scenario: Scenario,
    /// The link itself.
    pub url: String,
}

impl Choices {
    /// Whether students are asked to predict a comparison whose B starts
    /// as a copy of A (compare mode on a preset or on a single scenario):
    /// their first run can then only be a tie, so a lift or a winner to
    /// predict says nothing until they change B themselves.
    pub fn predicts_a_copy(&self) -> bool {
        self.compare && self.predict && self.variant_b.is_none()
    }
}

/// The page in compare mode on `source` (a preset by `?preset=`, a
/// scenario in the hash as share links carry it), where a teacher changes
/// B and opens "Build an activity" again, which then brings both variants
/// back (docs/exercises.md).
pub fn compare_page(base: &str, source: &Source) -> String {
    let (preset, hash) = match source {
        Source::Preset(id) => (Some(*id), String::new()),
        Source::Current(scenario) => (None, share::encode_hash(scenario)),
    };
    let query = PageQuery {
        preset,
        compare: true,
        ..PageQuery::default()
    };
    format!("{base}{}{hash}", query.to_search())
}

/// The scenario a source starts from.
pub fn source_scenario(source: &Source) -> Option<Scenario> {
    match source {
        Source::Preset(id) => presets::get(id).map(|p| {
            let mut s = p.scenario();
            s.exercise = None;
            s
        }),
        Source::Current(s) => Some((**s).clone()),
    }
}

/// The inputs the builder offers to lock for `scenario`, in the editor's
/// order: value, claim, each cost, each segment's share, people.
pub fn lockables(scenario: &Scenario) -> Vec<Lockable> {
    let mut paths: Vec<String> = vec!["product.value".into(), "product.claim".into()];
    // A cost the scenario lacks has no number and is left out below.
    paths.extend(
        ["money", "time", "learning", "trust", "emotional", "safety"]
            .iter()
            .map(|k| format!("product.costs.{k}")),
    );
    paths.extend((0..scenario.segments.len()).map(|i| format!("segments[{i}].share")));
    paths.push("users".into());
    paths
        .into_iter()
        .filter_map(|path| {
            [
                format!("{path}.mean"),
                format!("{path}.value"),
                path.clone(),
            ]
            .into_iter()
            .find_map(|value_path| {
                params::get_number(scenario, &value_path)
                    .ok()
                    .map(|value| Lockable {
                        path: path.clone(),
                        value_path,
                        value,
                    })
            })
        })
        .collect()
}

/// The activity for `choices`: the scenario with the locked values set
/// and the exercise added, checked as a file would be, and its link under
/// `base` (the page's address without query or hash). A preset left as
/// it is travels as `?preset=` (a short link and a small QR code); any
/// other scenario in the hash, as share links carry it.
pub fn activity(base: &str, choices: &Choices) -> Result<Activity, ScenarioError> {
    let mut scenario = source_scenario(&choices.source)
        .ok_or_else(|| ScenarioError::single("preset", ProblemKind::UnknownPreset {}))?;
    let original = scenario.clone();
    let lockable = lockables(&scenario);
    for lock in &choices.locks {
        if let (Some(value), Some(l)) = (lock.value, lockable.iter().find(|l| l.path == lock.path))
        {
            if value != l.value {
                scenario = params::set_number(&scenario, &l.value_path, value)?;
            }
        }
    }
    if let Some(goal) = &choices.exercise {
        let editable = EditorGroup::editable_paths(choices.groups.as_deref());
        scenario.exercise = Some(Exercise {
            title: goal.title.trim().to_string(),
            instructions: goal.instructions.trim().to_string(),
            goal: Goal {
                metric: goal.metric,
                segment: (goal.metric == Metric::SegmentAdoption)
                    .then(|| goal.segment.clone().unwrap_or_default()),
                op: goal.op,
                target: goal.target,
            },
            editable,
            hint: Some(goal.hint.trim().to_string()).filter(|h| !h.is_empty()),
            // The builder asks for a prediction with `predict=1` in the
            // link, which works for any scenario, exercise or not.
            predict: None,
        });
    }
    validate(&scenario)?;

    // A comparison travels whole. Its locked inputs take the same value in
    // both variants: students cannot change them in either, so a locked
    // input is one the two variants share.
    let variant_b = match (&choices.variant_b, choices.compare) {
        (Some(b), true) => {
            let mut b = b.clone();
            for lock in &choices.locks {
                if let (Some(value), Some(l)) =
                    (lock.value, lockable.iter().find(|l| l.path == lock.path))
                {
                    if params::get_number(&b, &l.value_path).is_ok() {
                        b = params::set_number(&b, &l.value_path, value)?;
                    }
                }
            }
            validate(&b)?;
            Some(b)
        }
        _ => None,
    };
    let unchanged_preset = match &choices.source {
        Source::Preset(id) if scenario == original && variant_b.is_none() => Some(*id),
        _ => None,
    };
    // The page's own query table writes the link, so the builder cannot
    // spell a parameter differently from what the page reads.
    let query = PageQuery {
        embed: choices.embed,
        full_layout: choices.embed && choices.full_layout,
        controls: match &choices.groups {
            None => Controls::All,
            Some(groups) if groups.is_empty() => Controls::Hidden,
            // The editor's order, each once, as `?controls=` reads them.
            Some(groups) => Controls::Only(
                EditorGroup::ALL
                    .into_iter()
                    .filter(|g| groups.contains(g))
                    .collect(),
            ),
        },
        lock: choices.locks.iter().map(|l| l.path.clone()).collect(),
        preset: unchanged_preset,
        lang: choices.lang.clone(),
        compare: choices.compare,
        predict: choices.predict,
        predict_metric: choices.predict_metric.filter(|_| choices.predict),
        ..PageQuery::default()
    };
    let search = query.to_search();
    let hash = match (&variant_b, unchanged_preset) {
        (Some(b), _) => {
            crate::lab::link::encode_hash(&ComparisonDoc::new(scenario.clone(), b.clone()))
        }
        (None, Some(_)) => String::new(),
        (None, None) => share::encode_hash(&scenario),
    };
    Ok(Activity {
        url: format!("{base}{search}{hash}"),
        scenario,
    })
}
