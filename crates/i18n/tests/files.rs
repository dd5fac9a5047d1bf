//! The translation files agree with each other: every file parses, every
//! key of en.ftl exists in every other language and no language has keys
//! English lacks, and each translation uses exactly the variables of the
//! English message. A failure lists every offending key, so one run shows
//! all the work a translation still needs.

mod common;

use common::{read, read_source};
use worthit_i18n::Lang;

#[test]
fn every_file_parses_without_errors() {
    let problems: Vec<String> = Lang::ALL.iter().flat_map(|l| read(*l).problems).collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_language_has_exactly_the_english_keys() {
    let en = read(Lang::En);
    let mut problems = Vec::new();
    for lang in &Lang::ALL[1..] {
        let other = read(*lang);
        for key in en.messages.keys() {
            if !other.messages.contains_key(key) {
                problems.push(format!("{lang}.ftl is missing {key}"));
            }
        }
        for key in other.messages.keys() {
            if !en.messages.contains_key(key) {
                problems.push(format!("{lang}.ftl has {key}, which en.ftl does not"));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn translations_use_the_english_variables() {
    let en = read(Lang::En);
    let mut problems = Vec::new();
    for lang in &Lang::ALL[1..] {
        let other = read(*lang);
        for (key, info) in &other.messages {
            let Some(english) = en.messages.get(key) else {
                continue;
            };
            if info.variables != english.variables {
                problems.push(format!(
                    "{lang}.ftl {key} uses {:?}, en.ftl uses {:?}",
                    info.variables, english.variables
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_has_text_and_refers_only_to_existing_messages() {
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let file = read(lang);
        for (key, info) in &file.messages {
            if !info.has_value {
                problems.push(format!("{lang}.ftl {key} has no text"));
            }
            for r in &info.references {
                if !file.messages.contains_key(r) {
                    problems.push(format!(
                        "{lang}.ftl {key} refers to {r}, which does not exist"
                    ));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The checks above really catch what they are for: a file with a missing
/// key, an extra key, a changed variable and a syntax error.
#[test]
fn the_checks_catch_broken_files() {
    let broken = read_source(
        "summary-no-lever = ok\nextra-key = x\nlabel-legend-overall = { $total }\nbad = { $\n",
        "broken",
    );
    assert!(!broken.problems.is_empty(), "a syntax error went unnoticed");
    let en = read(Lang::En);
    assert!(en.messages.keys().any(|k| !broken.messages.contains_key(k)));
    assert!(broken.messages.keys().any(|k| !en.messages.contains_key(k)));
    assert_ne!(
        broken.messages["label-legend-overall"].variables,
        en.messages["label-legend-overall"].variables
    );
    let twice = read_source("a = 1\na = 2\n", "twice");
    assert_eq!(twice.problems.len(), 1, "{:?}", twice.problems);
}

/// Simplified and Traditional Chinese are easy to mix up when copying
/// between the two files. Each list holds common characters that exist in
/// only one of the two scripts.
#[test]
fn chinese_files_keep_to_their_script() {
    const SIMPLIFIED_ONLY: &str =
        "这个为数设选择图价们载开关链门显时间从说请问题输认应网资讯随机种拟";
    const TRADITIONAL_ONLY: &str =
        "這個為數設選擇圖價們載開關鏈門顯時間從說請問題輸認應網資訊隨機種擬";
    let check = |lang: Lang, forbidden: &str| -> Vec<String> {
        lang.ftl()
            .lines()
            .enumerate()
            .filter(|(_, line)| line.chars().any(|c| forbidden.contains(c)))
            .map(|(i, line)| format!("{lang}.ftl line {}: {line}", i + 1))
            .collect()
    };
    let mut problems = check(Lang::ZhTw, SIMPLIFIED_ONLY);
    problems.extend(check(Lang::ZhCn, TRADITIONAL_ONLY));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The presets menu shows translated names and lessons; the English ones
/// must be the engine's own words, so the two cannot drift apart.
#[test]
fn preset_texts_match_the_engine() {
    let en = worthit_i18n::Translator::new(Lang::En);
    for preset in worthit_engine::presets::all() {
        assert_eq!(en.t(&format!("preset-{}-name", preset.id)), preset.name);
        let description: String = preset
            .description
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(
            en.t(&format!("preset-{}-description", preset.id)),
            description
        );
        for lang in Lang::ALL {
            let tr = worthit_i18n::Translator::new(lang);
            assert!(
                tr.has(&format!("preset-{}-name", preset.id)),
                "{lang}: {}",
                preset.id
            );
        }
    }
}

/// Every translatable text of every preset (names, exercise texts; see
/// `worthit_i18n::scenario_text`) has its key in every language, and the
/// English message is the preset's own JSON text, so a preset edited
/// without its translations fails here rather than showing English (or a
/// stale translation) in another language.
#[test]
fn every_preset_text_is_translated_in_every_language() {
    use worthit_i18n::scenario_text::{Role, preset_texts};
    let en = worthit_i18n::Translator::new(Lang::En);
    let mut problems = Vec::new();
    let mut count = 0;
    for preset in worthit_engine::presets::all() {
        for text in preset_texts(preset) {
            count += 1;
            // The title's key is the menu's name, checked above.
            if text.role != Role::Title && en.t(&text.key) != text.english {
                problems.push(format!(
                    "en.ftl {}: {:?} is not the preset's {:?}",
                    text.key,
                    en.t(&text.key),
                    text.english
                ));
            }
            for lang in Lang::ALL {
                if !worthit_i18n::Translator::new(lang).has(&text.key) {
                    problems.push(format!("{lang}.ftl is missing {}", text.key));
                }
            }
        }
    }
    // Nine presets, each with a product, segments and an exercise.
    assert!(count >= 9 * 6, "only {count} preset texts found");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The start-up check (`www/boot-check.js`) shows its message before the
/// page can fetch translations, so it holds a copy of each language's
/// `boot-load-failed-*` texts; they must be the translation files' words.
#[test]
fn the_start_up_check_speaks_the_translation_files_words() {
    let script = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../www/boot-check.js"
    ))
    .expect("www/boot-check.js");
    for lang in Lang::ALL {
        let tr = worthit_i18n::Translator::new(lang);
        for (field, key) in [
            ("embedded", "boot-load-failed-embedded"),
            ("page", "boot-load-failed-page"),
        ] {
            let text = tr.t(key);
            assert!(
                script.contains(&format!("{field}: \"{text}\"")),
                "{lang}: boot-check.js lacks {key} = {text}"
            );
        }
        assert!(
            script.contains(&format!("\"{}\": {{", lang.code())),
            "{lang}"
        );
    }
}
