//! Comparison links and files (`src/lab/link.rs`): every pair of presets
//! survives the `#c=` round trip exactly, the hand-written form is read,
//! scenario and comparison files are told apart, and every kind of bad
//! input is an error naming the problem (with its `a.`/`b.` path), never a
//! panic.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;
use worthit_app::lab::link::{
    Document, LinkError, compare_requested, decode, decode_hash, encode, encode_hash, read_document,
};
use worthit_engine::lab::ComparisonDoc;
use worthit_engine::presets;

wasm_bindgen_test_configure!(run_in_browser);

fn doc(a: &str, b: &str) -> ComparisonDoc {
    ComparisonDoc::new(
        presets::get(a).expect("preset a").scenario(),
        presets::get(b).expect("preset b").scenario(),
    )
}

#[wasm_bindgen_test]
fn every_pair_of_presets_round_trips_exactly() {
    for a in presets::all() {
        for b in presets::all() {
            let d = ComparisonDoc::new(a.scenario(), b.scenario());
            let hash = encode_hash(&d);
            assert!(hash.starts_with("#c="), "{hash}");
            // Two scenarios still fit a chat message or an email.
            assert!(
                hash.len() < 4000,
                "{} vs {}: {} characters",
                a.id,
                b.id,
                hash.len()
            );
            assert_eq!(
                decode_hash(&hash),
                Some(Ok(d.clone())),
                "{} vs {}",
                a.id,
                b.id
            );
            assert_eq!(decode(&encode(&d)), Ok(d));
        }
    }
}

#[wasm_bindgen_test]
fn odd_numbers_round_trip_bit_for_bit() {
    let mut d = doc("game-character-art", "game-gameplay");
    d.b.product.credibility = 0.1 + 0.2;
    d.a.seed = u64::MAX;
    d.b.title = "Ünïcödé «B» & #hash? 你好".to_string();
    let back = decode_hash(&encode_hash(&d)).unwrap().unwrap();
    assert_eq!(back, d);
    assert_eq!(
        back.b.product.credibility.to_bits(),
        (0.1f64 + 0.2).to_bits()
    );
}

#[wasm_bindgen_test]
fn hand_written_comparison_links_are_read() {
    let d = doc("finance-modest-claim", "finance-extreme-claim");
    let json = serde_json::to_string(&d).unwrap();
    let encoded = String::from(js_sys::encode_uri_component(&json));
    assert_eq!(
        decode_hash(&format!("#comparison={encoded}")),
        Some(Ok(d.clone()))
    );
    // After other hash parameters, and without the `#`.
    assert_eq!(
        decode_hash(&format!("lang=ko&c={}", encode(&d))),
        Some(Ok(d))
    );
}

#[wasm_bindgen_test]
fn scenario_links_and_other_hashes_are_not_comparisons() {
    let scenario_hash = worthit_app::share::encode_hash(&presets::default_preset().scenario());
    for hash in [
        "",
        "#",
        "#results",
        "#lang=ko",
        "#cx=1",
        scenario_hash.as_str(),
    ] {
        assert_eq!(decode_hash(hash), None, "{hash:?}");
    }
}

/// A comparison that inflates past the one input limit is "too large".
#[wasm_bindgen_test]
fn a_comparison_over_the_limit_is_too_large() {
    let bomb = vec![b' '; 2 << 20];
    let data = worthit_app::compact::encode(std::str::from_utf8(&bomb).unwrap());
    assert_eq!(
        decode_hash(&format!("#c={data}")),
        Some(Err(LinkError::TooLarge))
    );
}

#[wasm_bindgen_test]
fn damaged_links_are_errors_not_panics() {
    let hash = encode_hash(&doc("game-character-art", "game-gameplay"));
    for cut in [hash.len() / 2, hash.len() - 9, 4] {
        assert_eq!(
            decode_hash(&hash[..cut]),
            Some(Err(LinkError::Corrupt)),
            "cut at {cut}"
        );
    }
    assert_eq!(
        decode_hash("#c=!!!not base64"),
        Some(Err(LinkError::Corrupt))
    );
    assert_eq!(
        decode_hash("#comparison=%E0%A4%A"),
        Some(Err(LinkError::BadEscape))
    );
    // A scenario where a comparison belongs: one clear message at `kind`.
    let scenario = serde_json::to_string(&presets::default_preset().scenario()).unwrap();
    let encoded = String::from(js_sys::encode_uri_component(&scenario));
    match decode_hash(&format!("#comparison={encoded}")) {
        Some(Err(LinkError::Invalid(e))) => {
            assert_eq!(e.problems[0].path, "kind", "{e:?}");
        }
        other => panic!("expected an invalid-comparison error, got {other:?}"),
    }
}

#[wasm_bindgen_test]
fn a_bad_variant_is_named_by_its_side_and_path() {
    let mut d = doc("game-character-art", "game-gameplay");
    d.b.segments[0].share = -1.0;
    d.a.product.value = worthit_engine::Dist::Normal {
        mean: 1e12,
        sd: 1.0,
    };
    let json = serde_json::to_string(&d).unwrap();
    let encoded = String::from(js_sys::encode_uri_component(&json));
    let Some(Err(LinkError::Invalid(e))) = decode_hash(&format!("#comparison={encoded}")) else {
        panic!("expected an invalid comparison");
    };
    let paths: Vec<&str> = e.problems.iter().map(|p| p.path.as_str()).collect();
    assert!(paths.contains(&"b.segments[0].share"), "{paths:?}");
    assert!(paths.contains(&"a.product.value.mean"), "{paths:?}");
    // The notice shown on the page lists every problem with its path.
    let notice = LinkError::Invalid(e).notice();
    assert!(
        notice
            .details
            .iter()
            .any(|d| d.contains("b.segments[0].share"))
    );
}

#[wasm_bindgen_test]
fn files_are_read_as_scenarios_or_comparisons() {
    let d = doc("game-character-art", "game-gameplay");
    assert_eq!(
        read_document(&d.to_json()),
        Ok(Document::Comparison(d.clone()))
    );
    let scenario = d.a.clone();
    let text = serde_json::to_string_pretty(&scenario).unwrap();
    assert_eq!(read_document(&text), Ok(Document::Scenario(scenario)));
    // Broken JSON is located by line and column; a wrong kind is named.
    let broken = read_document("{\n  \"schema\": 1,\n  oops").unwrap_err();
    assert!(broken.to_string().contains("line 3"), "{broken}");
    let wrong_kind = read_document(r#"{"kind": "worthit-scenario", "schema": 1}"#).unwrap_err();
    assert_eq!(wrong_kind.problems[0].path, "kind");
}

#[wasm_bindgen_test]
fn compare_mode_is_asked_for_by_the_query() {
    for yes in [
        "?compare=1",
        "?compare",
        "?lang=ko&compare=true",
        "?compare=on&embed=1",
    ] {
        assert!(compare_requested(yes), "{yes}");
    }
    for no in [
        "",
        "?",
        "?compare=0",
        "?compare=no",
        "?comparex=1",
        "?embed=1",
    ] {
        assert!(!compare_requested(no), "{no}");
    }
}

#[wasm_bindgen_test]
fn the_page_starts_with_a_from_a_comparison_link() {
    let d = doc("game-gameplay", "game-character-art");
    let state = worthit_app::app::initial_state(&encode_hash(&d));
    assert_eq!(*state.scenario, d.a);
    assert_eq!(state.notice, None);
    // A damaged one: a message, and a valid scenario to start with.
    let hash = encode_hash(&d);
    let state = worthit_app::app::initial_state(&hash[..hash.len() / 2]);
    let notice = state.alert().expect("a notice for the damaged link");
    assert!(
        notice.title.contains("comparison is damaged"),
        "{}",
        &*notice.title
    );
    assert!(worthit_engine::validate::validate(&state.scenario).is_ok());
}
