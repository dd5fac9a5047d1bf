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
