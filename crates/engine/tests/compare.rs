//! A vs. B on common random numbers.

mod common;

use common::{example, opts};
use worthit_engine::compare::compare;
use worthit_engine::*;

#[test]
fn identical_scenarios_give_exactly_zero_lift() {
    for s in [example(), common::basic(10_000, 3)] {
        let c = compare(&s, &s.clone(), &opts(true, 65_536)).unwrap();
        assert_eq!(c.comparison.lift, 0.0);
        assert_eq!(c.comparison.ci95, [0.0, 0.0]);
        assert_eq!(c.comparison.p_b_better, 0.5);
        assert_eq!(c.a, c.b);
        // Each side equals its plain run but for the shared histogram bins.
        let plain = run(&s, &opts(true, 65_536)).unwrap();
        assert_eq!(c.a.adoption, plain.adoption);
        assert_eq!(c.a.sensitivity, plain.sensitivity);
    }
}

#[test]
fn lower_cost_gives_a_positive_paired_lift() {
    let a = example();
    let mut b = a.clone();
    b.product.costs.trust = Some(Dist::Lognormal { mean: 0.4, sd: 0.2 });
    let c = compare(&a, &b, &opts(false, 65_536)).unwrap();
    let cmp = &c.comparison;
    assert_eq!(cmp.lift, c.b.adoption.share - c.a.adoption.share);
    assert!(cmp.lift > 0.0 && cmp.ci95[0] > 0.0 && cmp.ci95[1] > cmp.lift);
    assert!(cmp.p_b_better > 0.999);
    // Common random numbers: lowering a cost only ever adds adopters here,
    // so the paired interval is far narrower than two independent samples'.
    let n = a.users as f64;
    let (pa, pb) = (c.a.adoption.share, c.b.adoption.share);
    let unpaired_half = 1.96 * (pa * (1.0 - pa) / n + pb * (1.0 - pb) / n).sqrt();
    assert!(cmp.ci95[1] - cmp.lift < unpaired_half / 2.0);
    // Both histograms share bins, for overlaying.
    assert_eq!(c.a.net_value.histogram.edges, c.b.net_value.histogram.edges);
    // The swap gives the mirror image.
    let d = compare(&b, &a, &opts(false, 65_536)).unwrap().comparison;
    assert_eq!(d.lift, -cmp.lift);
    assert!((d.p_b_better - (1.0 - cmp.p_b_better)).abs() < 1e-12);
}

#[test]
fn b_runs_on_a_seed_and_users() {
    let a = example();
    let mut b = a.clone();
    b.seed = 999;
    b.users = 10;
    let c = compare(&a, &b, &opts(false, 65_536)).unwrap();
    assert_eq!(c.b.seed, a.seed);
    assert_eq!(c.b.users, a.users);
    assert_eq!(c.comparison.lift, 0.0);
}

#[test]
fn chunked_compare_equals_one_call() {
    let a = example();
    let mut b = a.clone();
    b.product.value = Dist::Normal { mean: 5.5, sd: 1.2 };
    let whole = compare(&a, &b, &opts(true, 65_536)).unwrap();
    let mut sim = CompareSimulation::new(&a, &b, &opts(true, 3_333)).unwrap();
    while !sim.step() {
        assert!(sim.done() < sim.total());
    }
    assert_eq!(sim.finish(), whole);
}

#[test]
fn errors_name_the_scenario() {
    let a = example();
    let mut b = a.clone();
    b.users = 0;
    let e = compare(&a, &b, &opts(false, 65_536));
    // B runs with A's users, so B's user count cannot be wrong; break
    // something else in B instead.
    assert!(e.is_ok());
    b.segments[0].share = -1.0;
    match compare(&a, &b, &opts(false, 65_536)) {
        Err(e) => assert!(e.problems.iter().all(|p| p.path.starts_with("b.")), "{e}"),
        Ok(_) => panic!("a negative share must be rejected"),
    }
}

/// `check` refuses exactly what `new` refuses, with the same problems, and
/// takes B on A's people as `new` does.
#[test]
fn the_check_refuses_what_the_run_refuses() {
    let a = example();
    let run = |a: &Scenario, b: &Scenario| {
        CompareSimulation::new(a, b, &opts(false, 65_536))
            .map(|_| ())
            .map_err(|e| e.to_string())
    };
    let check =
        |a: &Scenario, b: &Scenario| CompareSimulation::check(a, b).map_err(|e| e.to_string());
    let mut bad_b = a.clone();
    bad_b.segments[0].share = -1.0;
    bad_b.users = 0; // B runs on A's people: not a problem of B.
    let mut bad_a = a.clone();
    bad_a.product.value = Dist::Normal {
        mean: 1.0,
        sd: -2.0,
    };
    let mut zero_users = a.clone();
    zero_users.users = 0;
    let cases = [
        (a.clone(), a.clone()),
        (a.clone(), bad_b.clone()),
        (bad_a.clone(), a.clone()),
        (bad_a.clone(), bad_b.clone()),
        (zero_users.clone(), a.clone()),
    ];
    for (a, b) in &cases {
        assert_eq!(check(a, b), run(a, b));
    }
    assert!(check(&a, &a).is_ok());
    let both = check(&bad_a, &bad_b).unwrap_err();
    assert!(
        both.contains("a.product.value") && both.contains("b.segments[0].share"),
        "{both}"
    );
}

/// A comparison says what it compared, each variant with its own title and
/// strip and the paths where B differs, so an exported file stands alone.
#[test]
fn a_comparison_names_both_variants_and_what_differs() {
    let a = example();
    let mut b = a.clone();
    b.title = "Gameplay first".into();
    b.product.screenshots = vec!["gameplay".into(), "progression".into()];
    b.seed = a.seed + 1; // B runs with A's seed: not a difference.
    let c = compare(&a, &b, &opts(false, 4_096)).unwrap();
    let k = c.compared.as_ref().expect("compared is filled in");
    assert_eq!(k.a.title, a.title);
    assert_eq!(k.b.title, "Gameplay first");
    assert_eq!(c.b.title, "Gameplay first");
    assert_eq!(k.a.screenshots, a.product.screenshots);
    assert_eq!(k.b.screenshots, ["gameplay", "progression"]);
    assert!(k.differs.iter().any(|p| p == "title"), "{:?}", k.differs);
    assert!(
        k.differs
            .iter()
            .any(|p| p.starts_with("product.screenshots"))
    );
    assert!(!k.differs.iter().any(|p| p == "seed"), "{:?}", k.differs);
    // The JSON carries it; a document without it still reads.
    let json = serde_json::to_value(&c).unwrap();
    assert_eq!(json["compared"]["b"]["title"], "Gameplay first");
    let mut old = json.clone();
    old.as_object_mut().unwrap().remove("compared");
    let read: CompareResults = serde_json::from_value(old).unwrap();
    assert_eq!(read.compared, None);
}
