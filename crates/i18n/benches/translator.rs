//! How long the translations take to load and use, natively (WebAssembly
//! is typically 1.5–3× slower). Prints numbers; asserts nothing.
//!
//! `cargo bench -p worthit-i18n`

use std::hint::black_box;
use std::time::Instant;

use worthit_i18n::{Lang, Translator, render_paragraph};
use worthit_view::Sentence;

fn time<T>(label: &str, runs: u32, mut f: impl FnMut() -> T) {
    // One untimed run warms caches and lazy statics.
    black_box(f());
    let start = Instant::now();
    for _ in 0..runs {
        black_box(f());
    }
    let per = start.elapsed().as_secs_f64() / f64::from(runs);
    println!("{label:<44} {:>9.1} µs", per * 1e6);
}

fn main() {
    let summary = vec![
        Sentence::Headline {
            share: 0.4312,
            lo: 0.4281,
            hi: 0.4339,
            adopters: 43_120,
            users: 100_000,
        },
        Sentence::LargestBarrier {
            cost: "trust".into(),
            share: 0.21,
        },
        Sentence::NoLever,
        Sentence::SegmentRange {
            best: "Core gamers".into(),
            best_share: 0.61,
            worst: "Casual".into(),
            worst_share: 0.12,
        },
    ];
    for lang in Lang::ALL {
        time(&format!("{lang}: Translator::new (parse .ftl)"), 50, || {
            Translator::new(lang)
        });
        time(&format!("{lang}: new + labels()"), 50, || {
            let tr = Translator::new(lang);
            tr.labels().clone()
        });
        let tr = Translator::new(lang);
        tr.labels();
        time(&format!("{lang}: 4-sentence summary"), 2_000, || {
            render_paragraph(&tr, &summary)
        });
        time(&format!("{lang}: t(key)"), 20_000, || tr.t("status-cancel"));
    }
}
