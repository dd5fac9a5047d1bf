//! A run of more than `WHAT_IF_USERS` people decides only its first
//! `WHAT_IF_USERS` again under each what-if (`sensitivity` module docs).
//!
//! The rows must then be exactly the paired changes on those people: the
//! change of a run of the first `WHAT_IF_USERS` people alone (the same
//! people, keyed by index), added to the big run's own share; everything
//! else in the results must be that of the big run; and the page's path
//! (a chunked `Simulation`), the serial run and the parallel run must give
//! the same document. The run is a little over a million people, so the
//! split falls inside an accumulation block.

use worthit_engine::sensitivity::WHAT_IF_USERS;
use worthit_engine::*;

const USERS: u64 = WHAT_IF_USERS + 70_000;

fn scenario(users: u64) -> Scenario {
    let mut s = presets::get("game-character-art")
        .expect("preset")
        .scenario();
    s.users = users;
    s
}

fn with_what_ifs(chunk_size: u64) -> RunOptions {
    RunOptions {
        sensitivity: true,
        chunk_size,
    }
}

#[test]
fn a_big_run_counts_its_what_ifs_on_its_first_people_paired() {
    let big = run(&scenario(USERS), &with_what_ifs(65_536)).unwrap();
    let first = run(&scenario(WHAT_IF_USERS), &with_what_ifs(65_536)).unwrap();
    let plain = run(
        &scenario(USERS),
        &RunOptions {
            sensitivity: false,
            ..RunOptions::default()
        },
    )
    .unwrap();

    assert_eq!(big.what_if_users, Some(WHAT_IF_USERS));
    // A run of at most WHAT_IF_USERS people counts its rows on everyone
    // and says nothing more.
    assert_eq!(first.what_if_users, None);

    // The what-ifs change nothing else.
    assert_eq!(big.adoption, plain.adoption);
    assert_eq!(big.choices, plain.choices);
    assert_eq!(big.segments, plain.segments);
    assert_eq!(big.net_value, plain.net_value);
    assert_eq!(big.barriers, plain.barriers);

    assert!(!big.sensitivity.is_empty());
    assert_eq!(big.sensitivity.len(), first.sensitivity.len());
    for row in &big.sensitivity {
        let twin = first
            .sensitivity
            .iter()
            .find(|r| r.input == row.input)
            .expect("the same rows");
        // The same counts on the same people: equal up to the rounding of
        // (a − b)/n against a/n − b/n.
        assert!((row.change - twin.change).abs() < 1e-12, "{}", row.input);
        assert!(
            (row.adoption_share - (big.adoption.share + row.change)).abs() < 1e-12,
            "{}",
            row.input
        );
        let [lo, hi] = row.change_ci95.expect("a paired interval");
        let [tlo, thi] = twin.change_ci95.expect("a paired interval");
        assert!((lo - tlo).abs() < 1e-12 && (hi - thi).abs() < 1e-12);
        assert!(lo <= row.change && row.change <= hi, "{}", row.input);
    }
}

#[cfg(feature = "parallel")]
#[test]
fn the_page_the_serial_and_the_parallel_run_agree_on_a_big_run() {
    let s = scenario(USERS);
    let serial = run(&s, &with_what_ifs(65_536)).unwrap();
    // The page steps its what-if pass 2,048 people at a time.
    let mut sim = Simulation::new(&s, &with_what_ifs(2_048)).unwrap();
    while !sim.step() {}
    let page = sim.finish();
    let parallel = run_parallel(&s, &with_what_ifs(65_536)).unwrap();
    assert_eq!(page, serial);
    assert_eq!(parallel, serial);
}
