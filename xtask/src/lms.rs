//! `cargo xtask lms SCENARIO.json --out PACKAGE.zip [--lang TAG]
//! [--predict] [--scorm 1.2|2004] [--no-build]`: the SCORM package
//! (1.2 unless `--scorm 2004`) of a scenario, or of a comparison document
//! for compare mode (docs/embedding.md, "The LMS package").
//!
//! The package holds the built page, so this first makes sure `dist/` is
//! there and newer than every source of the page (otherwise it runs
//! `trunk build --release`; `--no-build` refuses a stale build instead of
//! building). The zip itself is written by `crates/lms`'s `worthit-lms`
//! binary, which the page's "Download for LMS" shares its code with; this
//! crate stays standard-library only.

use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::SystemTime;

use crate::process;

/// What the page is built from: a change in any of these makes `dist/`
/// stale. Every crate the page links is here, with what they compile in:
/// the engine's presets, and the LMS package's launch script.
const PAGE_SOURCES: [&str; 12] = [
    "index.html",
    "Trunk.toml",
    "Cargo.toml",
    "src",
    "www",
    "crates/engine/src",
    "crates/engine/presets",
    "crates/view/src",
    "crates/i18n/src",
    "crates/page-core/src",
    "crates/lms/src",
    "crates/lms/assets",
];

pub fn run(root: &Path, args: &[String]) -> ExitCode {
    let mut forwarded = Vec::new();
    let mut build = true;
    for arg in args {
        match arg.as_str() {
            "--no-build" => build = false,
            "--dist" => {
                eprintln!("cargo xtask lms: the page is always dist/ of this checkout");
                return ExitCode::from(2);
            }
            _ => forwarded.push(arg.clone()),
        }
    }
    if forwarded.is_empty() {
        eprintln!(
            "usage: cargo xtask lms SCENARIO.json --out PACKAGE.zip [--lang TAG] [--predict] [--scorm 1.2|2004] [--no-build]"
        );
        return ExitCode::from(2);
    }
    let dist = root.join("dist");
    match staleness(root, &dist) {
        None => {}
        Some(why) if build => {
            println!("{why}: building the page first");
            let built = process::run(Command::new("trunk").current_dir(root).args([
                "build",
                "--release",
                "--offline",
            ]));
            if let Err(e) = built {
                eprintln!("cargo xtask lms: {e}");
                return ExitCode::from(1);
            }
        }
        Some(why) => {
            eprintln!("cargo xtask lms: {why}; run `trunk build --release` or drop --no-build");
            return ExitCode::from(1);
        }
    }
    let mut command = process::cargo();
    command
        .current_dir(root)
        .args(["run", "--quiet", "--release", "-p", "worthit-lms", "--"])
        .args(&forwarded)
        .arg("--dist")
        .arg(&dist);
    match command.status() {
        Ok(status) if status.success() => ExitCode::SUCCESS,
        // The binary's own exit code: 2 for bad input, 1 otherwise.
        Ok(status) => ExitCode::from(status.code().map_or(1, |c| c.clamp(1, 2) as u8)),
        Err(e) => {
            eprintln!("cargo xtask lms: could not start cargo: {e}");
            ExitCode::from(1)
        }
    }
}

/// Why `dist/` cannot be packaged as it is: missing, or older than a
/// source of the page. `None` when it is up to date.
fn staleness(root: &Path, dist: &Path) -> Option<String> {
    let built = match std::fs::metadata(dist.join("index.html")).and_then(|m| m.modified()) {
        Ok(time) => time,
        Err(_) => return Some(format!("{} has no built page", dist.display())),
    };
    PAGE_SOURCES
        .iter()
        .map(|source| root.join(source))
        .find_map(|path| newest(&path).filter(|(time, _)| *time > built))
        .map(|(_, path)| format!("dist/ is older than {}", path.display()))
}

/// The newest modification time under `path` (a file or a folder), with
/// the file that has it.
fn newest(path: &Path) -> Option<(SystemTime, PathBuf)> {
    let meta = std::fs::metadata(path).ok()?;
    if meta.is_file() {
        return Some((meta.modified().ok()?, path.to_path_buf()));
    }
    std::fs::read_dir(path)
        .ok()?
        .flatten()
        .filter_map(|entry| newest(&entry.path()))
        .max_by_key(|(time, _)| *time)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_missing_or_older_build_is_stale() {
        let root = std::env::temp_dir().join(format!("xtask-lms-{}", std::process::id()));
        let dist = root.join("dist");
        std::fs::create_dir_all(root.join("src")).unwrap();
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(root.join("src/a.rs"), "").unwrap();
        assert!(staleness(&root, &dist).unwrap().contains("no built page"));
        // Written after the source: up to date.
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(dist.join("index.html"), "").unwrap();
        assert_eq!(staleness(&root, &dist), None);
        std::thread::sleep(std::time::Duration::from_millis(20));
        std::fs::write(root.join("src/a.rs"), "// changed").unwrap();
        assert!(staleness(&root, &dist).unwrap().contains("a.rs"));
        std::fs::remove_dir_all(&root).unwrap();
    }
}
