//! `worthit-lms SCENARIO.json --dist DIR --out PACKAGE.zip [--lang TAG]
//! [--predict] [--scorm 1.2|2004]`: the SCORM package of a scenario, or of
//! a comparison document (compare mode), from a built page (SCORM 1.2
//! unless `--scorm 2004`).
//! `cargo xtask lms` builds the page when needed and runs this; see
//! `docs/embedding.md` ("The LMS package"). Exit codes as the `worthit`
//! command's: 0 written, 1 could not be written, 2 bad input or usage.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use worthit_engine::input::{DocumentKind, document_kind};
use worthit_engine::{Scenario, lab::parse_comparison};
use worthit_i18n::{Lang, Translator};
use worthit_lms::{Content, Package, Standard, activity_text, asks_prediction, build, page_paths};

const USAGE: &str = "usage: worthit-lms SCENARIO.json|COMPARISON.json --dist DIR --out PACKAGE.zip [--lang TAG] [--predict] [--scorm 1.2|2004]";

struct Args {
    scenario: PathBuf,
    dist: PathBuf,
    out: PathBuf,
    lang: Option<String>,
    predict: bool,
    standard: Standard,
}

fn parse_args(mut args: impl Iterator<Item = String>) -> Result<Args, String> {
    let (mut scenario, mut dist, mut out, mut lang, mut predict) = (None, None, None, None, false);
    let mut standard = Standard::default();
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--dist" => dist = Some(args.next().ok_or("--dist needs a folder")?),
            "--out" => out = Some(args.next().ok_or("--out needs a file name")?),
            "--lang" => lang = Some(args.next().ok_or("--lang needs a language tag")?),
            "--predict" => predict = true,
            "--scorm" => {
                let value = args.next().ok_or("--scorm needs 1.2 or 2004")?;
                standard = Standard::parse(&value)
                    .ok_or_else(|| format!("--scorm {value:?}: expected 1.2 or 2004"))?;
            }
            flag if flag.starts_with("--") => return Err(format!("unknown option {flag}")),
            _ if scenario.is_none() => scenario = Some(arg),
            _ => return Err(format!("unexpected argument {arg:?}")),
        }
    }
    Ok(Args {
        scenario: scenario.ok_or("name a SCENARIO.json")?.into(),
        dist: dist.unwrap_or_else(|| "dist".into()).into(),
        out: out.ok_or("--out PACKAGE.zip is required")?.into(),
        lang,
        predict,
        standard,
    })
}

fn main() -> ExitCode {
    let args = match parse_args(std::env::args().skip(1)) {
        Ok(args) => args,
        Err(why) => {
            eprintln!("worthit-lms: {why}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&args) {
        Ok(bytes) => {
            println!("wrote {} ({} bytes)", args.out.display(), bytes);
            ExitCode::SUCCESS
        }
        Err((code, why)) => {
            eprintln!("worthit-lms: {why}");
            ExitCode::from(code)
        }
    }
}

fn run(args: &Args) -> Result<usize, (u8, String)> {
    let bad = |why: String| (2, why);
    let json = std::fs::read_to_string(&args.scenario)
        .map_err(|e| bad(format!("{}: {e}", args.scenario.display())))?;
    let lang = match &args.lang {
        None => Lang::En,
        Some(tag) => Lang::parse(tag).ok_or_else(|| {
            bad(format!(
                "unknown language {tag:?}; expected en, zh-CN, zh-TW or ko"
            ))
        })?,
    };
    // A comparison document (what compare mode saves) makes a package that
    // opens in compare mode; anything else is read as a scenario, whose
    // reader names a wrong document's kind.
    let comparison = document_kind(&json) == DocumentKind::Comparison;
    let (a, b): (Scenario, Option<Scenario>) = if comparison {
        let doc = parse_comparison(&json)
            .map_err(|e| bad(format!("{}: {e}", args.scenario.display())))?;
        (doc.a, Some(doc.b))
    } else {
        let scenario = worthit_engine::parse_scenario(&json)
            .map_err(|e| bad(format!("{}: {e}", args.scenario.display())))?;
        (scenario, None)
    };
    let page = read_page(&args.dist).map_err(|why| (1, why))?;
    let tr = translator(lang, &page);
    let (title, text) = activity_text(&tr, lang.code(), &a, b.as_ref());
    let predict = asks_prediction(args.predict, &a);
    let zip = build(&Package {
        title: &title,
        content: if comparison {
            Content::Comparison(&json)
        } else {
            Content::Scenario(&json)
        },
        predict,
        standard: args.standard,
        text: &text,
        page: &page,
    })
    .map_err(|why| (1, why))?;
    std::fs::write(&args.out, &zip).map_err(|e| (1, format!("{}: {e}", args.out.display())))?;
    Ok(zip.len())
}

/// The translator for the launch page's words: English is compiled in,
/// another language is read from the built page's own `locales/`.
fn translator(lang: Lang, page: &[(String, Vec<u8>)]) -> Translator {
    let path = lang.ftl_path();
    page.iter()
        .find(|(p, _)| *p == path)
        .and_then(|(_, bytes)| std::str::from_utf8(bytes).ok())
        .and_then(|text| Translator::from_fetched(lang, text))
        .unwrap_or_else(|| Translator::new(Lang::En))
}

/// The page's files: `index.html`, what it refers to, and every
/// translation file. Precompressed copies (`.br`, `.gz`) and the example
/// host page are left out: an LMS serves the files as they are.
fn read_page(dist: &Path) -> Result<Vec<(String, Vec<u8>)>, String> {
    let read = |path: &str| {
        std::fs::read(dist.join(path)).map_err(|e| format!("{}: {e}", dist.join(path).display()))
    };
    let index = read("index.html")?;
    let mut paths = page_paths(&String::from_utf8_lossy(&index));
    for lang in [Lang::En, Lang::ZhCn, Lang::ZhTw, Lang::Ko] {
        paths.push(lang.ftl_path());
    }
    let mut page = vec![("index.html".to_string(), index)];
    for path in paths {
        page.push((path.clone(), read(&path)?));
    }
    Ok(page)
}
