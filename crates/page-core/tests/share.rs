//! Share links: every preset survives the round trip exactly, both link
//! forms are read, and every kind of broken link is an error that names
//! the problem, never a panic.
//!
//! Hand-written links are percent-encoded with the crate's own
//! `encodeURIComponent` (the page's browser test `tests/embed_query.rs`
//! checks it against the browser's).

use std::rc::Rc;
use worthit_engine::presets;
use worthit_page_core::query::percent_encode;

use worthit_page_core::share::{
    ShareError, decode, decode_hash, encode, encode_hash, encode_hash_shared,
};

#[test]
fn every_preset_round_trips_exactly() {
    for preset in presets::all() {
        let scenario = preset.scenario();
        let hash = encode_hash(&scenario);
        assert!(hash.starts_with("#s="), "{hash}");
        // Compact: a link must fit comfortably in a chat message or email.
        assert!(
            hash.len() < 2000,
            "{}: {} characters",
            preset.id,
            hash.len()
        );
        assert_eq!(
            decode_hash(&hash),
            Ok(Some(scenario.clone())),
            "{}",
            preset.id
        );
        assert_eq!(decode(&encode(&scenario)), Ok(scenario));
    }
}

#[test]
fn odd_numbers_round_trip_bit_for_bit() {
    let mut scenario = presets::default_preset().scenario();
    scenario.seed = u64::MAX;
    scenario.users = 9_999_999;
    scenario.title = "Ünïcödé «title» & #hash? 你好".to_string();
    scenario.product.credibility = 0.1 + 0.2;
    let back = decode_hash(&encode_hash(&scenario)).unwrap().unwrap();
    assert_eq!(back, scenario);
    assert_eq!(back.product.credibility.to_bits(), (0.1f64 + 0.2).to_bits());
}

#[test]
fn hand_written_links_are_read() {
    let scenario = presets::default_preset().scenario();
    let json = serde_json::to_string(&scenario).unwrap();
    let encoded = percent_encode(&json);
    assert_eq!(
        decode_hash(&format!("#scenario={encoded}")),
        Ok(Some(scenario.clone()))
    );
    // Without the leading `#`, and after other hash parameters.
    assert_eq!(
        decode_hash(&format!("lang=en&scenario={encoded}")),
        Ok(Some(scenario))
    );
    let minimal = r#"{"schema":1,"product":{"value":{"dist":"fixed","value":1}}}"#;
    let encoded = percent_encode(minimal);
    let read = decode_hash(&format!("#scenario={encoded}"))
        .unwrap()
        .unwrap();
    assert_eq!(read.users, 100_000);
}

#[test]
fn hashes_without_a_scenario_are_not_errors() {
    for hash in ["", "#", "#results", "#lang=ko", "#sx=1"] {
        assert_eq!(decode_hash(hash), Ok(None), "{hash:?}");
    }
}

#[test]
fn a_link_cut_short_is_corrupt() {
    let hash = encode_hash(&presets::default_preset().scenario());
    for cut in [hash.len() / 2, hash.len() - 7, 5] {
        match decode_hash(&hash[..cut]) {
            Err(ShareError::Corrupt(_)) => {}
            other => panic!("cut at {cut}: {other:?}"),
        }
    }
}

#[test]
fn garbage_is_corrupt_with_a_reason() {
    for data in ["!!!", "abc", "AAAAAAAA", "%%%", "=="] {
        let e = decode_hash(&format!("#s={data}")).unwrap_err();
        assert!(matches!(e, ShareError::Corrupt(_)), "{data}: {e:?}");
        assert!(e.headline().contains("damaged"), "{}", e.headline());
    }
}

#[test]
fn a_huge_inflated_payload_is_refused() {
    // Two megabytes of spaces deflate to a few kilobytes: a "zip bomb".
    let bomb = vec![b' '; 2 << 20];
    let deflated = miniz_oxide::deflate::compress_to_vec(&bomb, 9);
    use base64::Engine;
    let data = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(deflated);
    // Refused as what it is, too large, not as a link "cut short".
    assert!(matches!(
        decode_hash(&format!("#s={data}")),
        Err(ShareError::TooLarge)
    ));
    // The same for a hand-written link over the limit.
    let big = format!(
        r#"{{"schema":1,"title":"{}","product":{{"value":{{"dist":"fixed","value":1}}}}}}"#,
        "x".repeat(worthit_engine::input::MAX_INPUT_BYTES)
    );
    assert!(matches!(
        decode_hash(&format!("#scenario={big}")),
        Err(ShareError::TooLarge)
    ));
}

#[test]
fn an_invalid_scenario_names_its_paths() {
    let mut scenario = presets::default_preset().scenario();
    scenario.product.value = worthit_engine::Dist::Normal {
        mean: 1.0,
        sd: -2.0,
    };
    let e = decode_hash(&encode_hash(&scenario)).unwrap_err();
    let ShareError::Invalid(problems) = &e else {
        panic!("{e:?}");
    };
    assert!(
        problems
            .problems
            .iter()
            .any(|p| p.path == "product.value.sd"),
        "{problems:?}"
    );
    assert!(e.details().iter().any(|d| d.contains("product.value.sd")));
}

#[test]
fn an_unknown_format_version_is_named() {
    let json = r#"{"schema":2,"product":{"value":{"dist":"fixed","value":1}}}"#;
    let encoded = percent_encode(json);
    let e = decode_hash(&format!("#scenario={encoded}")).unwrap_err();
    let details = e.details().join("\n");
    assert!(details.contains("schema"), "{details}");
    assert!(details.contains("version 2"), "{details}");
}

#[test]
fn broken_escapes_and_broken_json_are_errors() {
    assert_eq!(decode_hash("#scenario=%7B%2"), Err(ShareError::BadEscape));
    assert_eq!(decode_hash("#scenario=%FF%FE"), Err(ShareError::BadEscape));
    let e = decode_hash("#scenario=%7B%22schema%22%3A1").unwrap_err();
    assert!(matches!(e, ShareError::Invalid(_)), "{e:?}");
    assert!(e.details()[0].contains("line 1"), "{:?}", e.details());
}

/// The memo gives what `encode_hash` gives, for each scenario in turn
/// (an edited copy is a new scenario even at a reused address), and holds
/// the scenario it remembers, so that address cannot be reused meanwhile.
#[test]
fn the_shared_hash_is_the_scenarios_own() {
    let a = Rc::new(presets::default_preset().scenario());
    let mut edited = (*a).clone();
    edited.users += 1;
    let b = Rc::new(edited);
    assert_eq!(encode_hash_shared(&a), encode_hash(&a));
    assert_eq!(
        Rc::strong_count(&a),
        2,
        "the memo keeps the scenario it remembers"
    );
    assert_eq!(encode_hash_shared(&a), encode_hash(&a));
    assert_eq!(encode_hash_shared(&b), encode_hash(&b));
    assert_ne!(encode_hash(&a), encode_hash(&b));
    assert_eq!(Rc::strong_count(&a), 1, "only the latest scenario is kept");
    // The same content in a new allocation: encoded again, same hash.
    let a_again = Rc::new((*a).clone());
    assert_eq!(encode_hash_shared(&a_again), encode_hash(&a));
    // Dropped and replaced: a new scenario never gets an old one's hash.
    drop(a_again);
    for users in [10, 20, 30] {
        let mut s = (*b).clone();
        s.users = users;
        let s = Rc::new(s);
        assert_eq!(encode_hash_shared(&s), encode_hash(&s));
    }
}

/// The memo behind the shared hashes: by allocation, pairs too.
#[test]
fn a_memo_answers_for_the_same_allocation_only() {
    use worthit_page_core::memo::Last;
    let memo: Last<(Rc<u32>, Rc<u32>), u32> = Last::new();
    let (a, b) = (Rc::new(1), Rc::new(2));
    let mut calls = 0;
    let mut sum = |k: &(Rc<u32>, Rc<u32>)| {
        calls += 1;
        *k.0 + *k.1
    };
    assert_eq!(memo.get(&(a.clone(), b.clone()), &mut sum), 3);
    assert_eq!(memo.get(&(a.clone(), b.clone()), &mut sum), 3);
    // Equal values in a new allocation are worked out again.
    assert_eq!(memo.get(&(a.clone(), Rc::new(2)), &mut sum), 3);
    assert_eq!(memo.get(&(b.clone(), a.clone()), &mut sum), 3);
    assert_eq!(calls, 3);
    assert_eq!(
        Rc::strong_count(&a),
        2,
        "the memo holds the key it remembers"
    );
}
