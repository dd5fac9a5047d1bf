//! The words inside the bundled presets (product, alternative and segment
//! names, the exercise's title, instructions and hint) in the page's
//! language.
//!
//! A scenario's texts are the author's own words and are shown as typed;
//! only a text that is, exactly, what a bundled preset ships in that place
//! is shown translated. So a preset opened in Korean reads in Korean
//! everywhere it is displayed, while a name a person edited (or a scenario
//! someone wrote) keeps their words in every language. The scenario itself
//! is never changed: share links, downloads, the CSV, the host messages and
//! the command line keep the scenario's own (English) texts, and the same
//! scenario gives the same numbers in every language.
//!
//! Keys (`docs/translating.md`, "Preset texts"): `preset-<id>-product`,
//! `preset-<id>-alternative-<i>`, `preset-<id>-segment-<i>` (the index in
//! the preset's JSON, from 0), `preset-<id>-exercise-title`,
//! `preset-<id>-exercise-instructions`, `preset-<id>-exercise-hint`, and
//! the title's `preset-<id>-name` (the presets menu's name).

use std::sync::OnceLock;

use worthit_engine::exercise::Exercise;
use worthit_engine::presets::{self, Preset};
use worthit_engine::{Results, Scenario};

use crate::Translator;

/// Where in a scenario a text sits.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The scenario's `title`.
    Title,
    /// `product.name`.
    Product,
    /// `alternatives[i].name`.
    Alternative,
    /// `segments[i].name`.
    Segment,
    /// `exercise.title`.
    ExerciseTitle,
    /// `exercise.instructions`.
    ExerciseInstructions,
    /// `exercise.hint`.
    ExerciseHint,
}

impl Role {
    /// Whether the text names an option or a group of people (the roles a
    /// chart's legend or a results row can show).
    fn is_name(self) -> bool {
        matches!(self, Role::Product | Role::Alternative | Role::Segment)
    }
}

/// One translatable text of a bundled preset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PresetText {
    /// The translation key (`preset-game-gameplay-segment-0`).
    pub key: String,
    pub role: Role,
    /// The text as the preset's JSON has it.
    pub english: String,
}

/// Every translatable text of `preset`, in document order.
pub fn preset_texts(preset: &Preset) -> Vec<PresetText> {
    scenario_texts(preset.id, &preset.scenario())
}

fn scenario_texts(id: &str, scenario: &Scenario) -> Vec<PresetText> {
    let text = |field: String, role: Role, english: &str| PresetText {
        key: format!("preset-{id}-{field}"),
        role,
        english: english.to_string(),
    };
    let mut texts = vec![
        text("name".into(), Role::Title, &scenario.title),
        text("product".into(), Role::Product, &scenario.product.name),
    ];
    for (i, alternative) in scenario.alternatives.iter().enumerate() {
        texts.push(text(
            format!("alternative-{i}"),
            Role::Alternative,
            &alternative.name,
        ));
    }
    for (i, segment) in scenario.segments.iter().enumerate() {
        texts.push(text(format!("segment-{i}"), Role::Segment, &segment.name));
    }
    if let Some(exercise) = &scenario.exercise {
        texts.push(text(
            "exercise-title".into(),
            Role::ExerciseTitle,
            &exercise.title,
        ));
        if !exercise.instructions.is_empty() {
            texts.push(text(
                "exercise-instructions".into(),
                Role::ExerciseInstructions,
                &exercise.instructions,
            ));
        }
        if let Some(hint) = &exercise.hint {
            texts.push(text("exercise-hint".into(), Role::ExerciseHint, hint));
        }
    }
    texts
}

/// Every preset's texts, read once (each preset's JSON is parsed).
fn table() -> &'static [PresetText] {
    static TABLE: OnceLock<Vec<PresetText>> = OnceLock::new();
    TABLE.get_or_init(|| presets::all().iter().flat_map(preset_texts).collect())
}

/// `text` in `tr`'s language when it is what a bundled preset ships in
/// `role`; otherwise `text` itself (the author's words).
pub fn localize(tr: &Translator, role: Role, text: &str) -> String {
    find(tr, text, |r| r == role).unwrap_or_else(|| text.to_string())
}

/// A product, alternative or segment name in `tr`'s language, when it is a
/// bundled preset's; otherwise as written. For places that show any of
/// them (a results row, a chart's legend).
pub fn localize_name(tr: &Translator, text: &str) -> String {
    find(tr, text, Role::is_name).unwrap_or_else(|| text.to_string())
}

fn find(tr: &Translator, text: &str, role: impl Fn(Role) -> bool) -> Option<String> {
    // English shows the preset's own words, which the key repeats.
    table()
        .iter()
        .find(|t| role(t.role) && t.english == text)
        .map(|t| tr.t(&t.key))
        // A key no language has yet (a preset newer than the files) comes
        // back as the key itself: keep the preset's words instead.
        .filter(|translated| !translated.starts_with("preset-"))
}

/// The names in `results` (title, options, segments) in `tr`'s language,
/// for display. The results themselves, which go to files and host pages,
/// keep the scenario's texts.
pub fn localize_results(tr: &Translator, results: &Results) -> Results {
    let mut shown = results.clone();
    shown.title = localize(tr, Role::Title, &results.title);
    for choice in &mut shown.choices {
        choice.option = localize_name(tr, &choice.option);
    }
    for segment in &mut shown.segments {
        segment.name = localize_name(tr, &segment.name);
    }
    if let Some(retention) = &mut shown.retention {
        for segment in &mut retention.segments {
            segment.name = localize_name(tr, &segment.name);
        }
    }
    shown
}

/// An exercise's texts (title, instructions, hint and the segment its goal
/// names) in `tr`'s language, for display.
pub fn localize_exercise(tr: &Translator, exercise: &Exercise) -> Exercise {
    let mut shown = exercise.clone();
    shown.title = localize(tr, Role::ExerciseTitle, &exercise.title);
    shown.instructions = localize(tr, Role::ExerciseInstructions, &exercise.instructions);
    shown.hint = exercise
        .hint
        .as_ref()
        .map(|h| localize(tr, Role::ExerciseHint, h));
    if let Some(segment) = &exercise.goal.segment {
        shown.goal.segment = Some(localize(tr, Role::Segment, segment));
    }
    shown
}

/// A scenario's title as the page (and its prerendered first view) shows it: the title of a bundled
/// preset (kept while the preset is edited) becomes the preset's name in
/// the page's language; any other title is the author's own words and is
/// shown as it is.
pub fn display_title(tr: &Translator, title: &str) -> String {
    presets::all()
        .iter()
        .find(|p| p.title() == title)
        .map(|p| preset_name(tr, p))
        .unwrap_or_else(|| title.to_string())
}

/// A preset's name in the page's language (`preset-<id>-name`), its
/// built-in English name if the translations lack it.
pub fn preset_name(tr: &Translator, preset: &Preset) -> String {
    translated_or(tr, &format!("preset-{}-name", preset.id), preset.name)
}

/// What a preset teaches, in the page's language
/// (`preset-<id>-description`).
pub fn preset_description(tr: &Translator, preset: &Preset) -> String {
    translated_or(
        tr,
        &format!("preset-{}-description", preset.id),
        preset.description,
    )
}

/// The message `key`, or `fallback` when no language has it (a preset
/// added to the engine before the translation files).
fn translated_or(tr: &Translator, key: &str, fallback: &str) -> String {
    let text = tr.t(key);
    if text == key {
        fallback.to_string()
    } else {
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Lang;

    #[test]
    fn a_preset_text_is_translated_and_an_edited_one_kept() {
        let ko = Translator::new(Lang::Ko);
        assert_eq!(localize_name(&ko, "Casual players"), "캐주얼 플레이어");
        assert_eq!(
            localize(&ko, Role::Segment, "Casual players"),
            "캐주얼 플레이어"
        );
        // A product name is not a segment's, and a user's words stay.
        assert_eq!(
            localize(&ko, Role::Product, "Casual players"),
            "Casual players"
        );
        assert_eq!(localize_name(&ko, "Casual players!"), "Casual players!");
        assert_eq!(localize_name(&ko, "Mes joueurs"), "Mes joueurs");
    }

    #[test]
    fn results_and_exercises_are_localised_for_display_only() {
        let zh = Translator::new(Lang::ZhCn);
        let preset = presets::get("finance-modest-claim").unwrap();
        let scenario = preset.scenario();
        let exercise = scenario.exercise.clone().unwrap();
        let shown = localize_exercise(&zh, &exercise);
        assert_eq!(shown.title, "赢得谨慎的储户");
        assert_eq!(shown.goal.segment.as_deref(), Some("谨慎的储户"));
        assert_eq!(exercise.title, "Win over the cautious savers");
        let small = Scenario {
            users: 2_000,
            ..scenario
        };
        let results = worthit_engine::run(&small, &worthit_engine::RunOptions::default()).unwrap();
        let shown = localize_results(&zh, &results);
        assert_eq!(shown.choices[0].option, "我们的储蓄应用");
        assert_eq!(shown.choices[1].option, "银行储蓄账户");
        assert_eq!(shown.segments[0].name, "谨慎的储户");
        assert_eq!(shown.title, "理财应用：适度的收益宣称");
        // The numbers are untouched.
        assert_eq!(shown.adoption, results.adoption);
    }
}
