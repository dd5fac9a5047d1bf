//! Real engine output for every bundled preset (and one with a diffusion
//! block) goes through every chart, the summary and the CSV: nothing
//! panics, layouts do not overlap at phone width, and the words and rows
//! agree with the numbers.

mod common;

use common::{en_labels, layout_problems, render_paragraph_en};
use worthit_engine::{Diffusion, RunOptions, presets, run};
use worthit_view::{
    ChartKind, ChartStyle, chart_description, chart_svg, full_summary, preferred_height,
    results_csv,
};

fn small(mut s: worthit_engine::Scenario) -> worthit_engine::Scenario {
    // Enough people for realistic shapes, few enough for a quick test.
    s.users = 20_000;
    s
}

#[test]
fn every_preset_renders_and_reads() {
    let labels = en_labels();
    let style = ChartStyle::default();
    let mut scenarios: Vec<_> = presets::all()
        .iter()
        .map(|p| (p.id, small(p.scenario())))
        .collect();
    let mut with_time = small(presets::default_preset().scenario());
    with_time.diffusion = Some(Diffusion {
        periods: 52,
        p: 0.03,
        q: 0.38,
        social_proof: 0.0,
    });
    scenarios.push(("default-with-diffusion", with_time));

    for (id, scenario) in &scenarios {
        let r = run(scenario, &RunOptions::default()).unwrap_or_else(|e| panic!("{id}: {e}"));
        for kind in ChartKind::ALL {
            if (kind == ChartKind::Timeline && r.timeline.is_none())
                || (kind == ChartKind::Retention && r.retention.is_none())
            {
                continue;
            }
            assert!(kind.has_data(&r), "{id}: {kind:?} has no data");
            let h = preferred_height(kind, &r, 350.0, &style, &labels);
            let svg = chart_svg(kind, &r, 350, h as u32, &style, &labels)
                .unwrap_or_else(|e| panic!("{id} {kind:?}: {e}"));
            if let Ok(dir) = std::env::var("WORTHIT_VIEW_DUMP") {
                let _ = std::fs::create_dir_all(&dir);
                let _ = std::fs::write(format!("{dir}/preset-{id}-{}.svg", kind.id()), &svg);
            }
            let problems = layout_problems(&svg);
            assert!(problems.is_empty(), "{id} {kind:?}: {problems:#?}");
            let words = render_paragraph_en(&chart_description(kind, &r));
            assert!(
                !words.contains('{') && !words.contains("NaN"),
                "{id} {kind:?}: {words}"
            );
        }

        let text = render_paragraph_en(&full_summary(&r));
        let headline = format!(
            "{} of 20,000 simulated people adopt",
            en_labels().numbers.percent(r.adoption.share, 1)
        );
        assert!(text.starts_with(&headline), "{id}: {text}");
        assert!(!text.contains("NaN") && !text.contains('{'), "{id}: {text}");
        if r.timeline.is_some() {
            assert!(
                text.contains("New adoption peaks in period"),
                "{id}: {text}"
            );
        }

        let csv = results_csv(&r);
        let adopters = format!("adoption,,adopters,{}\r\n", r.adoption.adopters);
        assert!(csv.contains(&adopters), "{id}");
    }
}
