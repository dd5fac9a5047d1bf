//! The page's downloads: each one's file name, MIME type and label key,
//! and the header menu's keys and hints.

use worthit_page_core::downloads::{Download, file_stem};

const ALL: [Download; 13] = [
    Download::Scenario,
    Download::Comparison,
    Download::Results,
    Download::ResultsCsv,
    Download::ComparisonResults,
    Download::ComparisonCsv,
    Download::ChartPng("choices"),
    Download::ClaimCurvePng,
    Download::OverlayPng,
    Download::LmsPackage,
    Download::LmsPackage2004,
    Download::LmsComparisonPackage,
    Download::LmsComparisonPackage2004,
];

#[test]
fn file_names_say_what_each_file_holds() {
    let title = "Free mobile game, character-art screenshots";
    let names: Vec<String> = ALL.iter().map(|d| d.file_name(title)).collect();
    let stem = "free-mobile-game-character-art-screenshots";
    assert_eq!(
        names,
        [
            format!("{stem}.json"),
            format!("{stem}-comparison.json"),
            format!("{stem}-results.json"),
            format!("{stem}-results.csv"),
            format!("{stem}-comparison-results.json"),
            format!("{stem}-comparison-results.csv"),
            format!("{stem}-choices.png"),
            format!("{stem}-claim-curve.png"),
            format!("{stem}-a-vs-b.png"),
            format!("{stem}-scorm.zip"),
            format!("{stem}-scorm2004.zip"),
            format!("{stem}-comparison-scorm.zip"),
            format!("{stem}-comparison-scorm2004.zip"),
        ]
    );
    // No two downloads of one scenario share a name.
    let mut unique = names.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), names.len());
    assert_ne!(
        Download::ChartPng("choices").file_name(title),
        Download::ChartPng("barriers").file_name(title)
    );
}

#[test]
fn mime_types_match_the_extensions() {
    for d in ALL {
        let name = d.file_name("x");
        let ext = name.rsplit('.').next().unwrap();
        let expected = match ext {
            "json" => "application/json",
            "csv" => "text/csv",
            "png" => "image/png",
            "zip" => "application/zip",
            other => panic!("{d:?}: unexpected extension {other}"),
        };
        assert_eq!(d.mime(), expected, "{d:?}");
    }
}

#[test]
fn label_keys_exist_in_every_language() {
    // Every label and hint key must be a message of each locale's file, so
    // a renamed key fails here rather than showing its id on the page.
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../www/locales");
    for lang in ["en", "ko", "zh-CN", "zh-TW"] {
        let ftl = std::fs::read_to_string(format!("{root}/{lang}.ftl")).unwrap();
        let has = |key: &str| ftl.lines().any(|l| l.starts_with(&format!("{key} =")));
        for d in ALL {
            assert!(has(d.label_key()), "{lang}: {}", d.label_key());
            for compare in [false, true] {
                if let Some(k) = d.menu_hint_key(compare) {
                    assert!(has(k), "{lang}: {k}");
                }
            }
        }
    }
}

#[test]
fn the_header_menu_keys_round_trip() {
    // The keys are the menu items' `data-item`, which the end-to-end tests
    // pick by: they are part of the page's testing contract.
    let keys: Vec<&str> = Download::MENU
        .iter()
        .map(|d| d.menu_key().unwrap())
        .collect();
    assert_eq!(keys, ["scenario-json", "results-json", "results-csv"]);
    for d in Download::MENU {
        assert_eq!(Download::from_menu_key(d.menu_key().unwrap()), Some(d));
    }
    assert_eq!(Download::from_menu_key("scorm"), None);
    assert_eq!(Download::LmsPackage.menu_key(), None);
}

#[test]
fn compare_mode_saves_the_comparison_and_points_to_the_verdict() {
    assert_eq!(Download::Scenario.in_mode(true), Download::Comparison);
    assert_eq!(Download::Scenario.in_mode(false), Download::Scenario);
    assert_eq!(Download::Results.in_mode(true), Download::Results);
    assert_eq!(
        Download::Scenario.menu_hint_key(true),
        Some("header-download-comparison-hint")
    );
    assert_eq!(
        Download::Scenario.menu_hint_key(false),
        Some("header-download-scenario-hint")
    );
    for d in [Download::Results, Download::ResultsCsv] {
        assert!(d.needs_results());
        assert_eq!(d.menu_hint_key(true), Some("header-download-compare-hint"));
    }
    assert_eq!(
        Download::ResultsCsv.menu_hint_key(false),
        Some("header-download-csv-hint")
    );
    assert!(!Download::Scenario.needs_results());
    assert_eq!(Download::OverlayPng.menu_hint_key(false), None);
}

#[test]
fn stems_are_short_lower_case_words() {
    assert_eq!(file_stem("Free mobile game"), "free-mobile-game");
    assert_eq!(file_stem("  Ünïcode — ÉTÉ 2026!! "), "ünïcode-été-2026");
    assert_eq!(file_stem("¡¿…?!"), "worthit");
    assert_eq!(file_stem(""), "worthit");
    assert_eq!(file_stem("免费手游"), "免费手游");
    // Long titles stop after the word that passes 48 bytes.
    let long = file_stem(&"word ".repeat(40));
    assert!(long.len() <= 48 + 5, "{long}");
    assert!(long.split('-').all(|w| w == "word"));
}
