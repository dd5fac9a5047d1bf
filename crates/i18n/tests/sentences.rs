//! Summaries and text alternatives in every language: every sentence has a
//! translation, and real results read cleanly in all four languages.
//! English itself is pinned in `english.rs`.

mod common;

use std::collections::BTreeSet;

use common::samples;
use worthit_engine::{ChoiceOption, Diffusion, RunOptions, presets, run};
use worthit_i18n::{Lang, Translator, render_paragraph, render_sentence};
use worthit_view::{
    ChartKind, Sentence, chart_description, compare_summary, full_summary, overlay_description,
};

#[test]
fn the_samples_cover_every_kind_of_sentence() {
    let kinds: BTreeSet<&str> = samples::all().iter().map(samples::kind).collect();
    assert_eq!(
        kinds.len(),
        samples::KINDS,
        "kinds without a sample: {kinds:?}"
    );
}

#[test]
fn every_sentence_is_translated_in_every_language() {
    let english = Translator::new(Lang::En);
    let mut problems = Vec::new();
    for lang in Lang::ALL {
        let tr = Translator::new(lang);
        for s in samples::all() {
            if !tr.has(s.id()) {
                problems.push(format!("{lang}: no template for {}", s.id()));
                continue;
            }
            let text = render_sentence(&tr, &s);
            if text.contains('{') || text.contains('}') || text.is_empty() {
                problems.push(format!("{lang} {}: {text}", s.id()));
            }
            if lang != Lang::En && text == render_sentence(&english, &s) {
                problems.push(format!("{lang} {} is still English: {text}", s.id()));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The words that change with the arguments come out right in each
/// language, not just some text.
#[test]
fn arguments_reach_the_translated_text() {
    let headline = Sentence::Headline {
        share: 0.4312,
        lo: 0.4281,
        hi: 0.4339,
        adopters: 43_120,
        users: 100_000,
    };
    let zh = Translator::new(Lang::ZhCn);
    assert_eq!(
        render_sentence(&zh, &headline),
        "在 100,000 名模拟用户中，43.1% 会采用（95% 置信区间 42.8–43.4%）。"
    );
    let tw = Translator::new(Lang::ZhTw);
    assert_eq!(
        render_sentence(&tw, &headline),
        "在 100,000 位模擬使用者中，43.1% 會採用（95% 信賴區間 42.8–43.4%）。"
    );
    let ko = Translator::new(Lang::Ko);
    assert_eq!(
        render_sentence(&ko, &headline),
        "시뮬레이션한 100,000명 중 43.1%가 채택합니다(95% 신뢰구간 42.8–43.4%)."
    );

    // Cost names, input names and lists come from the language's labels,
    // with its own list punctuation.
    let barrier = Sentence::LargestBarrier {
        cost: "trust".into(),
        share: 0.21,
    };
    assert_eq!(
        render_sentence(&zh, &barrier),
        "信任成本是最大的障碍：仅消除这一项，就能争取到 21.0% 的未采用者。"
    );
    assert_eq!(
        render_sentence(&ko, &barrier),
        "신뢰 비용이 가장 큰 장벽입니다: 이 비용 하나만 없애도 비채택자의 21.0%를 얻을 수 있습니다."
    );
    let choices = Sentence::DescChoices {
        items: vec![
            (ChoiceOption::Product, "Our game".into(), 0.4312),
            (ChoiceOption::None, "none".into(), 0.264),
        ],
    };
    assert_eq!(
        render_sentence(&tw, &choices),
        "選擇各選項的人數比例：Our game：43.1%，都不選：26.4%。"
    );
    // A product called "none" keeps its name; only the last row is the
    // no-choice option, which the language names.
    let named_none = Sentence::DescChoices {
        items: vec![
            (ChoiceOption::Product, "none".into(), 0.4312),
            (ChoiceOption::None, "none".into(), 0.264),
        ],
    };
    assert_eq!(
        render_sentence(&tw, &named_none),
        "選擇各選項的人數比例：none：43.1%，都不選：26.4%。"
    );
    let lever = Sentence::BiggestLever {
        input: samples::inputs()[10].clone(),
        step: -0.5,
        change: -0.021,
    };
    assert_eq!(
        render_sentence(&ko, &lever),
        "가장 민감한 입력: Core gamers: 시간 가중치 값을 0.5만큼 낮추면 채택률이 2.1%p 떨어집니다."
    );
    let full = Sentence::ClaimCurrent {
        claim: 10.0,
        share: 0.48,
        best_share: 0.48,
    };
    assert_eq!(
        render_sentence(&zh, &full),
        "当前宣称值 10.0 带来 48.0% 的采用率，与最佳宣称一样好。"
    );
}

#[test]
fn paragraphs_join_sentences_the_way_each_language_does() {
    let s = [Sentence::NoLever, Sentence::NoSingleBarrier];
    let en = render_paragraph(&Translator::new(Lang::En), &s);
    assert_eq!(
        en,
        "None of the what-if changes moves adoption noticeably. No single cost holds people \
         back: removing any one alone would win almost no non-adopters."
    );
    let zh = render_paragraph(&Translator::new(Lang::ZhCn), &s);
    assert!(zh.contains("。没有"), "{zh}");
    let ko = render_paragraph(&Translator::new(Lang::Ko), &s);
    assert!(ko.contains("않습니다. 어느"), "{ko}");
}

fn small(mut s: worthit_engine::Scenario) -> worthit_engine::Scenario {
    s.users = 20_000;
    s
}

/// Real engine output for every preset, with and without a timeline, and
/// an A/B comparison: every summary and text alternative renders in every
/// language, with every argument filled in.
#[test]
fn real_results_read_in_every_language() {
    let mut scenarios: Vec<_> = presets::all().iter().map(|p| small(p.scenario())).collect();
    let mut with_time = small(presets::default_preset().scenario());
    with_time.diffusion = Some(Diffusion {
        periods: 30,
        p: 0.03,
        q: 0.38,
        social_proof: 0.0,
    });
    scenarios.push(with_time);
    let mut sentences = Vec::new();
    let mut results = Vec::new();
    for scenario in &scenarios {
        let r = run(scenario, &RunOptions::default()).expect("presets run");
        sentences.extend(full_summary(&r));
        for kind in ChartKind::ALL {
            sentences.extend(chart_description(kind, &r));
        }
        results.push(r);
    }
    sentences.extend(overlay_description(&results[0], &results[1]));
    let ab = worthit_engine::compare::compare(&scenarios[0], &scenarios[1], &RunOptions::default())
        .expect("A/B runs");
    sentences.extend(compare_summary(&ab));
    let same =
        worthit_engine::compare::compare(&scenarios[0], &scenarios[0], &RunOptions::default())
            .expect("A/A runs");
    sentences.extend(compare_summary(&same));

    for lang in Lang::ALL {
        let tr = Translator::new(lang);
        let text = render_paragraph(&tr, &sentences);
        assert!(
            !text.contains('{') && !text.contains("NaN") && !text.contains('\u{2068}'),
            "{lang}: {text}"
        );
    }
}
