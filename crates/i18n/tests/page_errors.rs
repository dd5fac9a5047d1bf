//! The page's errors beyond the scenario's read in every language: a
//! refused survey file (its reason and each bad cell), the store-test
//! plan's problem and what the "Your data" card says about an
//! observation's `set`. Each is a `ProblemKind` (whose keys and arguments
//! `problems.rs` checks in every file); this test puts real ones into
//! words and checks no English and no gap is left.

use worthit_engine::plan::plan_test;
use worthit_engine::survey::import;
use worthit_engine::{Problem, parse_scenario};
use worthit_i18n::{Lang, Translator, problem_line, problem_message};
use worthit_view::data::{ObservedRow, ProblemKind as FormKind, calibration_block};

/// Survey files that between them meet every refusal the import has.
const REFUSED: &[&[u8]] = &[
    b"",
    b"name,score\na,1\n",
    b",\n1,2\n",
    b"value,Value\n1,2\n",
    b"value,trust,adopted\n1,x,1\n2,,0\n3,-1,1\n4,1e9,yes\n5,1,maybe\n6,1\n7,1,1\n",
    b"value\n1\n2\n",
    b"value,segment\n1,a\n2,a\n3,a\n4,a\n5,a\n1,b\n",
];

/// Every line of every refusal, with a base scenario whose fit is invalid
/// (a segment default the fitted scenario keeps) among them.
fn survey_lines() -> Vec<Problem> {
    let mut lines: Vec<Problem> = REFUSED
        .iter()
        .flat_map(|csv| import(csv, None).unwrap_err().lines())
        .collect();
    let many: String = std::iter::once("value,segment\n".to_string())
        .chain((0..17).flat_map(|s| (0..5).map(move |i| format!("{i},s{s}\n"))))
        .collect();
    lines.extend(import(many.as_bytes(), None).unwrap_err().lines());
    let long: String = std::iter::once("value\n1\n".to_string())
        .chain((0..30).map(|i| format!("x{i}\n")))
        .collect();
    lines.extend(import(long.as_bytes(), None).unwrap_err().lines());
    lines
}

fn plan_problems() -> Vec<Problem> {
    [
        plan_test(1.5, 0.5, 100, 0.95, 0.8),
        plan_test(0.1, 0.2, 100, 1.0, 0.8),
        plan_test(0.1, 0.2, 0, 0.95, 0.8),
    ]
    .into_iter()
    .map(|r| Problem::new("", r.unwrap_err().0))
    .collect()
}

/// The "Your data" card's problems with what differed for an
/// observation: not JSON, and JSON that is not an object.
fn set_problems() -> Vec<Problem> {
    let s = parse_scenario(r#"{"schema":1,"product":{"value":{"dist":"normal","mean":1,"sd":1}}}"#)
        .unwrap();
    let row = |set: &str| ObservedRow {
        users: "100".into(),
        adopters: "10".into(),
        retained: String::new(),
        set: set.into(),
    };
    let fit = ["product.value.mean".to_string()];
    let problems =
        calibration_block(&s, &fit, &[row("{oops"), row("[1, 2]"), row("nope")]).unwrap_err();
    let mut out = Vec::new();
    for p in problems {
        if let FormKind::BadSet(why) = p.kind {
            out.extend(why);
        }
    }
    assert_eq!(out.len(), 3, "{out:?}");
    out
}

#[test]
fn every_page_error_reads_in_every_language_without_english_or_gaps() {
    let survey = survey_lines();
    // Every refusal kind is met: the seven files, the segments and the
    // long list, each with its lines.
    assert!(survey.len() >= 16, "{survey:?}");
    let all: Vec<Problem> = survey
        .into_iter()
        .chain(plan_problems())
        .chain(set_problems())
        .collect();
    for lang in Lang::ALL {
        let tr = Translator::new(lang);
        for p in &all {
            let line = problem_line(&tr, p);
            assert!(!line.contains("problem-"), "{lang}: {line}");
            assert!(!line.contains("{$"), "{lang}: {line}");
            if lang != Lang::En {
                for english in [
                    "column",
                    "usable",
                    "must be",
                    "is not",
                    "is empty",
                    "is missing",
                    "negative",
                    "and only",
                    "more",
                    "expected",
                    "got ",
                    "line ",
                ] {
                    assert!(!line.contains(english), "{lang}: {line} has {english:?}");
                }
            }
        }
    }
}

#[test]
fn english_on_the_page_is_the_command_lines_apart_from_number_grouping() {
    // The command line prints a refusal's Display; the page's English
    // comes from the same kinds through en.ftl, so the two agree except
    // that Fluent groups digits and writes a minus sign (−).
    let tr = Translator::new(Lang::En);
    for csv in REFUSED {
        let e = import(csv, None).unwrap_err();
        let page: Vec<String> = e
            .lines()
            .iter()
            .map(|p| problem_line(&tr, p).replace('−', "-"))
            .collect();
        let cli = e.to_string().replace("1000000", "1,000,000");
        assert_eq!(page.join("\n"), cli);
    }
    for p in plan_problems() {
        let cli = p
            .kind
            .to_string()
            .replace("1000000000000", "1,000,000,000,000");
        assert_eq!(problem_message(&tr, &p.kind), cli);
    }
}

#[test]
fn a_bad_cell_reads_in_korean() {
    let e = import(b"value,trust\n1,x\n2,y\n3,1\n", None).unwrap_err();
    let tr = Translator::new(Lang::Ko);
    let lines: Vec<String> = e.lines().iter().map(|p| problem_line(&tr, p)).collect();
    assert_eq!(
        lines,
        [
            "2개 행에 잘못된 칸이 있고 쓸 수 있는 행은 1개뿐이라 파일을 가져오지 않았습니다",
            "2행, trust 열: \"x\" 숫자가 아닙니다",
            "3행, trust 열: \"y\" 숫자가 아닙니다",
        ]
    );
}
