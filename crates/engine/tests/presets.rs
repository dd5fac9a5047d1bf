//! The bundled presets: each parses and validates, ids are stable
//! kebab-case, and the lesson each pair teaches shows in the numbers.

use worthit_engine::{RunOptions, Scenario, parse_scenario, presets, run};

#[test]
fn every_preset_parses_and_validates() {
    assert!(presets::all().len() >= 6);
    for p in presets::all() {
        let s = parse_scenario(p.json()).unwrap_or_else(|e| panic!("{}: {e}", p.id));
        // `Preset::scenario` reads the bundled text without the checks:
        // the same scenario.
        assert_eq!(s, p.scenario(), "{}", p.id);
        assert_eq!(s.schema, 1, "{}", p.id);
        assert_eq!(s.users, 100_000, "{}", p.id);
        assert!(!s.title.is_empty(), "{}", p.id);
        // `Preset::title` reads only the title: the scenario's.
        assert_eq!(p.title(), s.title, "{}", p.id);
        assert!(!p.name.is_empty() && p.description.len() > 40, "{}", p.id);
    }
}

#[test]
fn ids_are_unique_kebab_case_and_found_by_get() {
    let mut seen = std::collections::BTreeSet::new();
    for p in presets::all() {
        assert!(
            p.id.split('-').all(|w| !w.is_empty()
                && w.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())),
            "{} is not kebab-case",
            p.id
        );
        assert!(seen.insert(p.id), "duplicate id {}", p.id);
        assert!(std::ptr::eq(presets::get(p.id).unwrap(), p));
    }
    assert!(presets::get("nope").is_none());
    assert_eq!(presets::default_preset().id, "game-character-art");
    assert_eq!(presets::all()[0].id, "game-character-art");
}

#[test]
fn presets_round_trip_through_serde() {
    // What the page saves (serde of the struct) must read back the same.
    for p in presets::all() {
        let s = p.scenario();
        let again = parse_scenario(&serde_json::to_string(&s).unwrap()).unwrap();
        assert_eq!(again, s, "{}", p.id);
    }
}

fn adoption(id: &str) -> (u64, [f64; 2]) {
    let s: Scenario = presets::get(id).unwrap().scenario();
    let options = RunOptions {
        sensitivity: false,
        ..RunOptions::default()
    };
    let r = run(&s, &options).unwrap();
    (r.adoption.adopters, r.adoption.ci95)
}

/// Gameplay and progression screenshots must beat character art clearly:
/// the intervals (Wilson 95%, each about ±0.3 points at 100,000 people)
/// must not overlap, so the lesson is not a sampling accident.
#[test]
fn gameplay_screenshots_beat_character_art() {
    let (art, art_ci) = adoption("game-character-art");
    let (play, play_ci) = adoption("game-gameplay");
    assert!(play > art, "gameplay {play} vs character art {art}");
    assert!(
        play_ci[0] > art_ci[1],
        "intervals overlap: {art_ci:?} {play_ci:?}"
    );
}

/// The extreme claim must lose to the modest one, again beyond the
/// intervals.
#[test]
fn an_extreme_claim_backfires() {
    let (modest, modest_ci) = adoption("finance-modest-claim");
    let (extreme, extreme_ci) = adoption("finance-extreme-claim");
    assert!(extreme < modest, "extreme {extreme} vs modest {modest}");
    assert!(extreme_ci[1] < modest_ci[0], "intervals overlap");
}

/// The modest claim itself must help: the same app with no claim adopts
/// less, so the pair shows the rising and the falling side of the curve.
#[test]
fn a_modest_claim_helps() {
    let mut s = presets::get("finance-modest-claim").unwrap().scenario();
    let options = RunOptions {
        sensitivity: false,
        ..RunOptions::default()
    };
    let with_claim = run(&s, &options).unwrap().adoption.adopters;
    s.product.claim = None;
    let without = run(&s, &options).unwrap().adoption.adopters;
    assert!(with_claim > without, "claim {with_claim} vs none {without}");
}

/// Every preset lands in a range where changes are visible: nobody or
/// everybody adopting teaches nothing.
#[test]
fn every_preset_has_room_to_move() {
    for p in presets::all() {
        let (adopters, _) = adoption(p.id);
        let share = adopters as f64 / 100_000.0;
        assert!((0.05..=0.85).contains(&share), "{}: {share}", p.id);
    }
}
