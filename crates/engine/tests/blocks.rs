//! A run cut into blocks (`worthit_engine::blocks`), computed in any order,
//! sent as words and merged in block order, gives exactly the results of
//! `run`: what lets the page spread a run over several Web Workers.

mod common;

use common::{basic, example, opts};
use worthit_engine::*;

/// Computes every block of `s` in `order`, passes each through its words
/// (as a worker sends it) into a second, separately compiled `Blocks` (as
/// the receiving worker holds it), merges in block order and finishes.
fn via_blocks(s: &Scenario, options: &RunOptions, order: &[u64]) -> Results {
    let senders = Blocks::new(s, options).unwrap().expect("a plain run");
    let mut receiver = Blocks::new(s, options).unwrap().expect("a plain run");
    let mut waiting: Vec<Option<BlockAcc>> = vec![None; receiver.count() as usize];
    for &b in order {
        let words = senders.block(b).unwrap().words();
        let block = receiver.read(b, &words).unwrap();
        assert_eq!(
            block,
            senders.block(b).unwrap(),
            "block {b} survives its words"
        );
        waiting[b as usize] = Some(block);
        // Merge whatever is now next in order, as the page's worker does.
        while let Some(next) = waiting
            .get_mut(receiver.merged() as usize)
            .and_then(Option::take)
        {
            receiver.merge_next(next).unwrap();
        }
    }
    assert!(receiver.done());
    receiver.finish()
}

/// The order blocks finish in on several workers: interleaved, the last
/// ones first.
fn scrambled(count: u64) -> Vec<u64> {
    let mut order: Vec<u64> = (0..count).rev().step_by(2).collect();
    order.extend((0..count).filter(|b| (count - 1 - b) % 2 == 1));
    order
}

fn json(r: &Results) -> String {
    serde_json::to_string(r).unwrap()
}

/// 300,001 people: four full blocks of 2^16 and a short fifth, with and
/// without the what-ifs, in block order and scrambled; the results JSON is
/// byte for byte `run`'s (the floating-point sums too: they were merged
/// in the same order).
#[test]
fn blocks_in_any_order_merge_to_runs_results() {
    for mut s in [example(), basic(1, 11)] {
        s.users = 300_001;
        for what_ifs in [false, true] {
            let options = opts(what_ifs, 8_192);
            let reference = run(&s, &options).unwrap();
            let count = Blocks::new(&s, &options).unwrap().unwrap().count();
            assert_eq!(count, 5);
            let in_order: Vec<u64> = (0..count).collect();
            for order in [in_order, scrambled(count)] {
                let r = via_blocks(&s, &options, &order);
                assert_eq!(json(&r), json(&reference), "what-ifs {what_ifs}, {order:?}");
            }
        }
    }
}

/// A preset with retention (who stays) and retained what-ifs: the
/// retention totals and the retained adopters under each what-if travel
/// in the words too.
#[test]
fn retention_totals_travel_in_the_words() {
    let mut s = presets::get("game-installs-vs-users-gameplay")
        .expect("preset")
        .scenario();
    assert!(s.retention.is_some(), "the preset has a retention block");
    s.users = 140_000;
    let options = opts(true, 65_536);
    let reference = run(&s, &options).unwrap();
    let r = via_blocks(&s, &options, &[2, 0, 1]);
    assert_eq!(json(&r), json(&reference));
}

/// A run smaller than a block is one block, down to a single person.
#[test]
fn small_and_empty_runs() {
    let mut s = basic(10_000, 3);
    let options = opts(false, 65_536);
    let blocks = Blocks::new(&s, &options).unwrap().unwrap();
    assert_eq!((blocks.count(), blocks.users()), (1, 10_000));
    assert_eq!(
        json(&via_blocks(&s, &options, &[0])),
        json(&run(&s, &options).unwrap())
    );
    s.users = 1;
    assert_eq!(
        json(&via_blocks(&s, &options, &[0])),
        json(&run(&s, &options).unwrap())
    );
}

/// Blocks out of turn, past the end, or words of another shape are
/// refused rather than merged wrongly.
#[test]
fn misuse_is_refused() {
    let s = basic(200_000, 5);
    let options = opts(false, 65_536);
    let mut blocks = Blocks::new(&s, &options).unwrap().unwrap();
    let second = blocks.block(1).unwrap();
    let back = blocks.merge_next(second).unwrap_err();
    assert_eq!(back.index(), 1);
    assert_eq!(blocks.merged(), 0);
    assert_eq!(
        blocks.block(4).unwrap_err(),
        BlockError::Index {
            index: 4,
            blocks: 4
        }
    );
    let words = blocks.block(0).unwrap().words();
    let err = blocks.read(0, &words[1..]).unwrap_err();
    assert_eq!(
        err,
        BlockError::Shape {
            expected: words.len(),
            found: words.len() - 1
        }
    );
    // A scenario with what-ifs has more totals (a count per row).
    let with_what_ifs = Blocks::new(&s, &opts(true, 65_536)).unwrap().unwrap();
    let longer = with_what_ifs.block(0).unwrap().words();
    assert!(longer.len() > words.len());
    assert!(matches!(
        blocks.read(0, &longer),
        Err(BlockError::Shape { .. })
    ));
    assert!(blocks.read(9, &words).is_err());
}

/// Adoption over time is not run in blocks; an invalid scenario still
/// names its problems.
#[test]
fn diffusion_declined_and_invalid_refused() {
    let mut s = basic(1_000, 1);
    s.diffusion = Some(Diffusion {
        periods: 3,
        p: 0.05,
        q: 0.3,
        social_proof: 0.0,
    });
    assert!(Blocks::new(&s, &opts(false, 1_000)).unwrap().is_none());
    let mut bad = basic(1_000, 1);
    bad.product.value = Dist::Normal {
        mean: 5.0,
        sd: -1.0,
    };
    let e = Blocks::new(&bad, &opts(false, 1_000)).unwrap_err();
    assert!(!e.problems.is_empty());
}
