//! What-if inputs named in words by the labels (English, from
//! `www/locales/en.ftl`).

mod common;

use common::{empty, en_labels};
use worthit_engine::{Adoption, Choice, Endpoint, Results, SegmentResult};

/// The shared empty run with the names the labels read: a product, one
/// alternative, one segment.
fn results() -> Results {
    let choice = |option: &str, share| Choice {
        option: option.into(),
        share,
    };
    Results {
        users: 10,
        adoption: Adoption {
            share: 0.5,
            ci95: [0.2, 0.8],
            adopters: 5,
        },
        choices: vec![
            choice("Our game", 0.5),
            choice("Market leader", 0.3),
            choice("none", 0.2),
        ],
        segments: vec![SegmentResult {
            name: "Core gamers".into(),
            users: 10,
            adoption_share: 0.5,
        }],
        ..empty()
    }
}

#[test]
fn input_paths_in_words() {
    let l = en_labels();
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
        change_ci95: None,
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
