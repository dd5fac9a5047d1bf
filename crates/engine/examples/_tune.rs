// Temporary tuning aid (deleted before hand-off).
use worthit_engine::*;
fn adopt(s: &Scenario) -> f64 {
    run(
        s,
        &RunOptions {
            sensitivity: false,
            ..RunOptions::default()
        },
    )
    .unwrap()
    .adoption
    .share
}
fn main() {
    for p in presets::all() {
        let s = p.scenario();
        let r = run(&s, &RunOptions::default()).unwrap();
        println!(
            "{:28} {:.4} choices {:?}",
            p.id,
            r.adoption.share,
            r.choices
                .iter()
                .map(|c| (c.option.clone(), (c.share * 1000.0).round() / 1000.0))
                .collect::<Vec<_>>()
        );
        for seg in &r.segments {
            println!("     {:20} {:.3}", seg.name, seg.adoption_share);
        }
        for b in &r.barriers {
            println!(
                "     {:10} dec {:.3} {:.2} {:.2}",
                b.cost, b.decisive_share, b.mean_adopters, b.mean_non_adopters
            );
        }
        for x in r.sensitivity.iter().take(4) {
            println!("     {:40} {:+.3} {:+.4}", x.input, x.step, x.change);
        }
    }
    let mut s = presets::get("finance-modest-claim").unwrap().scenario();
    let mut line = String::new();
    for c in [
        None,
        Some(4.0),
        Some(4.5),
        Some(5.0),
        Some(5.5),
        Some(6.0),
        Some(6.5),
        Some(7.0),
        Some(8.0),
        Some(9.0),
        Some(10.0),
        Some(12.0),
    ] {
        s.product.claim = c;
        line += &format!("{:?}:{:.3} ", c, adopt(&s));
    }
    println!("claim sweep: {line}");
}
