//! Every message key the page's code asks for exists in every language.
//!
//! The page (`src/` of the workspace root) looks messages up with
//! `tr.t("key")` and `tr.t_args("key", …)`, always with the key written out
//! as a literal (a rule stated in `docs/translating.md`). This test reads
//! every `.rs` file under `src/`, collects those literals, and fails with
//! the file, line and key of each one a language lacks. Without it a typo
//! in a key would only show on the page, as the key itself.
//!
//! Keys built at run time (`preset-<id>-name`) cannot be found this way;
//! `tests/files.rs` checks those against the engine's presets.

use std::fs;
use std::path::{Path, PathBuf};

use worthit_i18n::{Lang, Translator};

/// A key literal found in the code.
#[derive(Debug)]
struct Use {
    file: PathBuf,
    line: usize,
    key: String,
}

/// The workspace's `src/`, from this crate's directory.
fn page_src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The string literals right after `t(` or `t_args(` in `source` (with
/// any whitespace, line breaks included, before the opening quote), with
/// their line numbers. A call whose first argument is not a literal is
/// skipped (it passes a key computed elsewhere), and so is one in a `//`
/// comment.
fn key_literals(source: &str) -> Vec<(usize, String)> {
    let bytes = source.as_bytes();
    let mut found = Vec::new();
    for call in ["t(", "t_args("] {
        let mut from = 0;
        while let Some(at) = source[from..].find(call) {
            let start = from + at;
            from = start + call.len();
            // A whole identifier only: not `print(`, `set(`, `format_args(`.
            let before = start.checked_sub(1).map(|i| bytes[i]);
            if before.is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_') {
                continue;
            }
            // Comments show calls as examples (`tr.t("editor-…")`).
            let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
            if source[line_start..start].trim_start().starts_with("//") {
                continue;
            }
            let rest = source[from..].trim_start();
            let Some(literal) = rest.strip_prefix('"') else {
                continue;
            };
            let Some(end) = literal.find('"') else {
                continue;
            };
            let key = &literal[..end];
            let line = source[..source.len() - rest.len()].matches('\n').count() + 1;
            found.push((line, key.to_string()));
        }
    }
    found
}

fn uses() -> Vec<Use> {
    let mut files = Vec::new();
    rust_files(&page_src(), &mut files);
    assert!(
        !files.is_empty(),
        "no .rs files under {}",
        page_src().display()
    );
    let mut uses = Vec::new();
    for file in files {
        let source = fs::read_to_string(&file).unwrap_or_default();
        for (line, key) in key_literals(&source) {
            uses.push(Use {
                file: file.clone(),
                line,
                key,
            });
        }
    }
    uses
}

#[test]
fn every_key_the_page_uses_exists_in_every_language() {
    let uses = uses();
    // The page shows well over a hundred messages; finding only a few
    // would mean the scanner no longer matches how the code calls them.
    assert!(
        uses.len() >= 100,
        "only {} key uses found under src/; has the way keys are looked up changed?",
        uses.len()
    );
    let mut missing = Vec::new();
    for lang in Lang::ALL {
        let tr = Translator::new(lang);
        for u in &uses {
            if !tr.has(&u.key) {
                let file = u.file.strip_prefix(page_src()).unwrap_or(&u.file);
                missing.push(format!(
                    "{}.ftl lacks `{}` (src/{}:{})",
                    lang.code(),
                    u.key,
                    file.display(),
                    u.line
                ));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "{} missing keys:\n{}",
        missing.len(),
        missing.join("\n")
    );
}

#[test]
fn scanner_finds_literal_keys_across_lines_and_skips_other_calls() {
    let source = r#"
        let a = tr.t("app-skip-link");
        let b = tr.t_args(
            "status-progress",
            &[],
        );
        let c = format!("x"); state.set(1); print("no");
        let d = tr.t(key);
        // tr.t("not-a-use")
    "#;
    let found = key_literals(source);
    assert_eq!(
        found,
        vec![
            (2, "app-skip-link".to_string()),
            (4, "status-progress".to_string())
        ]
    );
}
