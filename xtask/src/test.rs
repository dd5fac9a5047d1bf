//! `cargo xtask test`: install what is missing, then run every check as a
//! named step, keep going after failures, and end with a summary table.

use crate::install::{self, TRUNK_VERSION, WASM_TARGET};
use crate::process::{self, cargo};
use crate::steps::Steps;
use crate::wasm_tests;
use std::path::Path;
use std::process::{Command, ExitCode};

/// One step: `id` is what `--only`/`--skip` take, `needs` the steps that must
/// have passed first (a need that is not part of the run is assumed met).
struct Step {
    id: &'static str,
    title: &'static str,
    needs: &'static [&'static str],
    run: fn(&Path) -> Result<String, String>,
}

/// The tools; each is installed only when a selected check needs it.
const INSTALLS: &[Step] = &[
    Step {
        id: "wasm32-target",
        title: "install: wasm32 target",
        needs: &[],
        run: |_| install::wasm32_target(),
    },
    Step {
        id: "wasm-bindgen-cli",
        title: "install: wasm-bindgen-cli",
        needs: &[],
        run: install::wasm_bindgen_cli,
    },
    Step {
        id: "trunk",
        title: "install: trunk",
        needs: &[],
        run: |_| install::trunk(),
    },
    Step {
        id: "chromium",
        title: "install: chromium + chromedriver + CJK fonts",
        needs: &[],
        run: |_| install::chromium(),
    },
    Step {
        id: "npm",
        title: "install: e2e npm packages",
        needs: &[],
        run: install::npm_packages,
    },
];

const BROWSER_TOOLS: &[&str] = &["wasm32-target", "wasm-bindgen-cli", "chromium"];

/// The checks, in the order they run: cheap ones first so a formatting slip
/// shows in seconds.
const CHECKS: &[Step] = &[
    Step {
        id: "fmt",
        title: "rustfmt check",
        needs: &[],
        run: fmt,
    },
    Step {
        id: "clippy",
        title: "clippy -D warnings (native crates)",
        needs: &[],
        run: clippy_native,
    },
    Step {
        id: "clippy-wasm",
        title: "clippy -D warnings (app on wasm32)",
        needs: &["wasm32-target"],
        run: clippy_wasm,
    },
    Step {
        id: "test",
        title: "native tests (engine, view, cli, xtask)",
        needs: &[],
        run: native_tests,
    },
    Step {
        id: "browser-engine",
        title: "browser tests in headless Chromium: engine value stability",
        needs: BROWSER_TOOLS,
        run: browser_engine,
    },
    Step {
        id: "browser-app",
        title: "browser tests in headless Chromium: app",
        needs: BROWSER_TOOLS,
        run: browser_app,
    },
    Step {
        id: "build",
        title: "trunk build --release",
        needs: &["wasm32-target", "wasm-bindgen-cli", "trunk"],
        run: trunk_build,
    },
    Step {
        id: "e2e",
        title: "e2e: Playwright + axe in headless Chromium",
        needs: &["build", "chromium", "npm"],
        run: e2e,
    },
];

pub fn run(root: &Path, args: &[String]) -> ExitCode {
    let selected = match select(args) {
        Ok(selected) => selected,
        Err(message) => {
            eprintln!("{message}");
            return ExitCode::from(2);
        }
    };
    if selected.is_empty() {
        for step in CHECKS {
            println!("{:<16} {}", step.id, step.title);
        }
        return ExitCode::SUCCESS;
    }
    let needed = |id: &str| selected.iter().any(|check| check.needs.contains(&id));
    let mut steps = Steps::default();
    for step in INSTALLS
        .iter()
        .filter(|step| needed(step.id))
        .chain(selected.iter().copied())
    {
        let title = titled(step);
        let failed_need = step
            .needs
            .iter()
            .find(|need| steps.passed(need) == Some(false));
        match failed_need {
            Some(need) => steps.not_run(step.id, &title, format!("`{need}` did not pass")),
            None => steps.run(step.id, &title, || (step.run)(root)),
        }
    }
    steps.finish()
}

/// The checks `--only`/`--skip` leave; empty (with no error) for `--list`.
fn select(args: &[String]) -> Result<Vec<&'static Step>, String> {
    let mut selected: Vec<&Step> = CHECKS.iter().collect();
    let mut args = args.iter();
    while let Some(arg) = args.next() {
        let mut ids = |flag: &str| -> Result<Vec<String>, String> {
            let list = args
                .next()
                .ok_or(format!("{flag} needs a comma-separated list of steps"))?;
            let ids: Vec<String> = list.split(',').map(|id| id.trim().to_string()).collect();
            match ids
                .iter()
                .find(|id| !CHECKS.iter().any(|step| step.id == id.as_str()))
            {
                Some(unknown) => Err(format!(
                    "unknown step `{unknown}`; `cargo xtask test --list` names them"
                )),
                None => Ok(ids),
            }
        };
        match arg.as_str() {
            "--only" => {
                let ids = ids("--only")?;
                selected.retain(|step| ids.iter().any(|id| id == step.id));
            }
            "--skip" => {
                let ids = ids("--skip")?;
                selected.retain(|step| !ids.iter().any(|id| id == step.id));
            }
            "--list" => return Ok(Vec::new()),
            other => return Err(format!("unknown option `{other}`; see `cargo xtask help`")),
        }
    }
    if selected.is_empty() {
        return Err("no step left to run".to_string());
    }
    Ok(selected)
}

/// Titles that carry a version read at run time.
fn titled(step: &Step) -> String {
    match step.id {
        "trunk" => format!("{} {TRUNK_VERSION}", step.title),
        "wasm-bindgen-cli" => {
            let version = install::wasm_bindgen_version(&crate::repo_root()).unwrap_or_default();
            format!("{} {version}", step.title).trim_end().to_string()
        }
        _ => step.title.to_string(),
    }
}

fn fmt(root: &Path) -> Result<String, String> {
    process::run(
        cargo()
            .current_dir(root)
            .args(["fmt", "--all", "--", "--check"]),
    )?;
    Ok("formatted".to_string())
}

/// The native crates; the app is checked for the target it is built for.
fn clippy_native(root: &Path) -> Result<String, String> {
    process::run(cargo().current_dir(root).args([
        "clippy",
        "--workspace",
        "--exclude",
        "worthit-app",
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    Ok(String::new())
}

fn clippy_wasm(root: &Path) -> Result<String, String> {
    process::run(cargo().current_dir(root).args([
        "clippy",
        "-p",
        "worthit-app",
        "--target",
        WASM_TARGET,
        "--all-targets",
        "--",
        "-D",
        "warnings",
    ]))?;
    Ok(String::new())
}

/// Tests of simulation code build with light optimisation. The release
/// profile would link every test binary with LTO for minutes, and unoptimised
/// Monte Carlo code runs far slower: measured on the engine's tests, opt-level
/// 1 ran them in 3 s instead of 60 s for about a minute more of compiling, once.
const TEST_OPT_LEVEL: &str = "profile.dev.opt-level=1";

/// Everything but the app.
fn native_tests(root: &Path) -> Result<String, String> {
    process::run(cargo().current_dir(root).args([
        "test",
        // Every failing test binary is reported, not only the first.
        "--no-fail-fast",
        "--config",
        TEST_OPT_LEVEL,
        "--workspace",
        "--exclude",
        "worthit-app",
    ]))?;
    Ok(String::new())
}

/// The engine's fixed expected counts, checked inside WebAssembly in
/// Chromium: the same seed must give the same numbers natively and there.
fn browser_engine(root: &Path) -> Result<String, String> {
    let test = "crates/engine/tests/value_stability.rs";
    if !root.join(test).is_file() {
        return Err(format!("{test} is missing"));
    }
    wasm_tests::run(
        root,
        &["-p", "worthit-engine", "--test", "value_stability"],
        true,
    )
}

/// The app's own browser tests (`tests/*.rs` and any in `src/`). Until the
/// app has a test file, a run without browser tests is accepted.
fn browser_app(root: &Path) -> Result<String, String> {
    let has_test_files = std::fs::read_dir(root.join("tests"))
        .map(|entries| {
            entries
                .flatten()
                .any(|entry| entry.path().extension().is_some_and(|ext| ext == "rs"))
        })
        .unwrap_or(false);
    wasm_tests::run(root, &["-p", "worthit-app", "--tests"], has_test_files)
}

fn trunk_build(root: &Path) -> Result<String, String> {
    process::run(Command::new("trunk").current_dir(root).args([
        "build",
        "--release",
        "--offline",
    ]))?;
    let dist = root.join("dist");
    let sizes = check_precompressed(&dist)?;
    Ok(format!("built {} ({sizes})", dist.display()))
}

/// Checks that the build's `post_build` hook (`Trunk.toml`) left a `.br`
/// and a `.gz` copy beside every WebAssembly and JavaScript file, and says how big the WebAssembly is in each encoding.
fn check_precompressed(dist: &Path) -> Result<String, String> {
    let entries = std::fs::read_dir(dist).map_err(|e| format!("{}: {e}", dist.display()))?;
    let mut wasm = Vec::new();
    let mut checked = 0;
    for entry in entries.flatten() {
        let path = entry.path();
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if ext != "wasm" && ext != "js" {
            continue;
        }
        let size = |p: &Path| std::fs::metadata(p).map(|m| m.len());
        let bytes = size(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut copies = Vec::new();
        for encoding in ["br", "gz"] {
            let mut name = path.as_os_str().to_os_string();
            name.push(format!(".{encoding}"));
            let copy = std::path::PathBuf::from(name);
            match size(&copy) {
                Ok(n) => copies.push(n),
                Err(_) => {
                    return Err(format!(
                        "{} is missing: the build's precompress hook (Trunk.toml) did not run",
                        copy.display()
                    ));
                }
            }
        }
        checked += 1;
        if ext == "wasm" {
            wasm.push(format!(
                "wasm {} KiB, {} KiB brotli, {} KiB gzip",
                bytes / 1024,
                copies[0] / 1024,
                copies[1] / 1024
            ));
        }
    }
    if wasm.is_empty() {
        return Err(format!("{} holds no WebAssembly", dist.display()));
    }
    Ok(format!(
        "{checked} files precompressed; {}",
        wasm.join("; ")
    ))
}

fn e2e(root: &Path) -> Result<String, String> {
    process::run(
        Command::new("node")
            .current_dir(root.join("tests/e2e"))
            .arg("run.mjs")
            .env("WORTHIT_DIST", root.join("dist")),
    )?;
    Ok("screenshots in tests/e2e/screenshots/".to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_build_check_wants_both_copies_of_every_script() {
        let dir = std::env::temp_dir().join(format!("xtask-dist-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        assert!(
            check_precompressed(&dir)
                .unwrap_err()
                .contains("no WebAssembly")
        );
        std::fs::write(dir.join("app_bg.wasm"), vec![0u8; 4096]).unwrap();
        std::fs::write(dir.join("app_bg.wasm.br"), [1u8; 10]).unwrap();
        let missing = check_precompressed(&dir).unwrap_err();
        assert!(missing.contains("app_bg.wasm.gz is missing"), "{missing}");
        std::fs::write(dir.join("app_bg.wasm.gz"), [1u8; 20]).unwrap();
        std::fs::write(dir.join("app.js"), "x").unwrap();
        assert!(
            check_precompressed(&dir)
                .unwrap_err()
                .contains("app.js.br is missing")
        );
        std::fs::write(dir.join("app.js.br"), "x").unwrap();
        std::fs::write(dir.join("app.js.gz"), "x").unwrap();
        let ok = check_precompressed(&dir).unwrap();
        assert_eq!(
            ok,
            "2 files precompressed; wasm 4 KiB, 0 KiB brotli, 0 KiB gzip"
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }

    fn ids(args: &[&str]) -> Result<Vec<&'static str>, String> {
        let args: Vec<String> = args.iter().map(|arg| arg.to_string()).collect();
        select(&args).map(|steps| steps.iter().map(|step| step.id).collect())
    }

    #[test]
    fn all_checks_run_by_default_in_order() {
        assert_eq!(
            ids(&[]).unwrap(),
            CHECKS.iter().map(|step| step.id).collect::<Vec<_>>()
        );
    }

    #[test]
    fn only_and_skip_filter_and_unknown_names_are_refused() {
        assert_eq!(ids(&["--only", "e2e,fmt"]).unwrap(), ["fmt", "e2e"]);
        assert!(!ids(&["--skip", "e2e"]).unwrap().contains(&"e2e"));
        assert!(
            ids(&["--only", "lint"])
                .unwrap_err()
                .contains("unknown step `lint`")
        );
        assert!(ids(&["--only"]).is_err());
        assert!(ids(&["--bogus"]).is_err());
        assert!(ids(&["--list"]).unwrap().is_empty());
    }

    #[test]
    fn every_need_names_a_step() {
        for step in CHECKS {
            for need in step.needs {
                assert!(
                    INSTALLS.iter().chain(CHECKS).any(|other| other.id == *need),
                    "{need}"
                );
            }
        }
    }
}
