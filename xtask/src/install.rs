//! Installing the tools the two commands need, each only if it is missing or
//! at the wrong version, so a second run spends no time here. Each function
//! returns a line saying what it found or did.

use crate::pin;
use crate::process::{self, cargo, is_version, version_of};
use std::fs;
use std::path::Path;
use std::process::Command;

/// trunk's version; its `cargo install` takes about two minutes on two
/// cores as we build it (see [`trunk`]).
pub const TRUNK_VERSION: &str = "0.21.14";
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";
/// Debian's `chromium` and `chromium-driver` packages install these.
pub const CHROMIUM: &str = "/usr/bin/chromium";
pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
/// A file of Debian's `fonts-noto-cjk`: without Chinese and Korean fonts,
/// the end-to-end screenshots of those languages show empty boxes.
pub const CJK_FONT: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
/// The oldest Node.js whose built-in test runner the end-to-end suite uses.
const MIN_NODE_MAJOR: u32 = 20;

/// The Rust standard library for WebAssembly.
pub fn wasm32_target() -> Result<String, String> {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output();
    match installed {
        Ok(output) if output.status.success() => {
            if String::from_utf8_lossy(&output.stdout)
                .lines()
                .any(|line| line.trim() == WASM_TARGET)
            {
                return Ok(format!("{WASM_TARGET} is installed"));
            }
            process::run(Command::new("rustup").args(["target", "add", WASM_TARGET]))?;
            Ok(format!("installed {WASM_TARGET}"))
        }
        // Without rustup the toolchain must already carry the target.
        _ => {
            let sysroot = Command::new("rustc")
                .args(["--print", "sysroot"])
                .output()
                .map_err(|e| e.to_string())?;
            let sysroot = String::from_utf8_lossy(&sysroot.stdout).trim().to_string();
            if Path::new(&sysroot)
                .join("lib/rustlib")
                .join(WASM_TARGET)
                .is_dir()
            {
                Ok(format!("{WASM_TARGET} is in the toolchain"))
            } else {
                Err(format!(
                    "rustup is missing and the toolchain at {sysroot} has no {WASM_TARGET} target"
                ))
            }
        }
    }
}

/// The version of wasm-bindgen pinned in `Cargo.toml`, checked against `Trunk.toml`.
pub fn wasm_bindgen_version(root: &Path) -> Result<String, String> {
    let manifest = read(&root.join("Cargo.toml"))?;
    let version = pin::pinned_version(&manifest, "wasm-bindgen")?;
    let trunk = pin::trunk_wasm_bindgen(&read(&root.join("Trunk.toml"))?);
    if trunk.as_deref() != Some(version.as_str()) {
        return Err(format!(
            "Trunk.toml's [tools] wasm_bindgen is {trunk:?} but Cargo.toml pins wasm-bindgen {version}: \
             make them equal, or trunk will try to download another version"
        ));
    }
    Ok(version)
}

/// `wasm-bindgen` and `wasm-bindgen-test-runner` at exactly the pinned version.
pub fn wasm_bindgen_cli(root: &Path) -> Result<String, String> {
    let version = wasm_bindgen_version(root)?;
    let ready = || {
        is_version(version_of("wasm-bindgen").as_deref(), &version)
            && is_version(version_of("wasm-bindgen-test-runner").as_deref(), &version)
    };
    if ready() {
        return Ok(format!("wasm-bindgen-cli {version} is installed"));
    }
    println!("installing wasm-bindgen-cli {version} (about two minutes, once)");
    // At optimisation level 1 in 16 parts: 105 s instead of 139 s to
    // install on two cores, and the same 0.4 s to process the page's
    // WebAssembly. Not a debug build: that installs in 52 s but processes
    // the page 4-5× slower, and the browser tests run it on every test
    // binary (docs/performance.md, "The test run on a fresh machine").
    process::run(
        cargo()
            .args(["install", "wasm-bindgen-cli", "--version", &version])
            .env("CARGO_PROFILE_RELEASE_OPT_LEVEL", "1")
            .env("CARGO_PROFILE_RELEASE_CODEGEN_UNITS", "16"),
    )?;
    if ready() {
        Ok(format!("installed wasm-bindgen-cli {version}"))
    } else {
        Err(format!(
            "wasm-bindgen-cli {version} was installed but `wasm-bindgen --version` disagrees"
        ))
    }
}

/// trunk, which builds and serves the page.
pub fn trunk() -> Result<String, String> {
    if is_version(version_of("trunk").as_deref(), TRUNK_VERSION) {
        return Ok(format!("trunk {TRUNK_VERSION} is installed"));
    }
    println!("installing trunk {TRUNK_VERSION} (about two minutes on two cores, once)");
    // A debug build, without debug info: trunk's release profile (fat LTO
    // in one codegen unit) took 463 s to install on two cores, about a
    // fifth of a fresh machine's whole test run (2,445 s of steps); this
    // takes 128 s. What trunk does itself is light (it hashes and copies
    // files, minifies the HTML and CSS; cargo, wasm-bindgen and our hooks
    // do the heavy work), so
    // `trunk build --release` takes 14.8 s with this build and 14.6 s with
    // the release one (docs/performance.md, "The test run on a fresh
    // machine").
    process::run(
        cargo()
            .args([
                "install",
                "--debug",
                "--locked",
                "trunk",
                "--version",
                TRUNK_VERSION,
            ])
            .env("CARGO_PROFILE_DEV_DEBUG", "0"),
    )?;
    if is_version(version_of("trunk").as_deref(), TRUNK_VERSION) {
        Ok(format!("installed trunk {TRUNK_VERSION}"))
    } else {
        Err(format!(
            "trunk {TRUNK_VERSION} was installed but `trunk --version` disagrees"
        ))
    }
}

/// Debian's Chromium and its WebDriver, for both kinds of browser test,
/// and the CJK fonts the page's Chinese and Korean need.
pub fn chromium() -> Result<String, String> {
    let mut missing = Vec::new();
    if !(Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists()) {
        missing.extend(["chromium", "chromium-driver"]);
    }
    if !Path::new(CJK_FONT).exists() {
        missing.push("fonts-noto-cjk");
    }
    if !missing.is_empty() {
        println!("installing Debian's {}", missing.join(", "));
        apt_get(&["update"])?;
        let mut args = vec!["install", "-y"];
        args.extend(&missing);
        apt_get(&args)?;
    }
    let driver = version_of(CHROMEDRIVER).ok_or_else(|| format!("{CHROMEDRIVER} does not run"))?;
    // The browser's own `--version` is a shell wrapper that also complains on
    // stderr; only its first line of stdout matters.
    let browser = version_of(CHROMIUM).ok_or_else(|| format!("{CHROMIUM} does not run"))?;
    let driver = driver.split(" (").next().unwrap_or(&driver).to_string();
    Ok(format!("{browser}; {driver}"))
}

/// apt-get as root, through sudo when this is not root.
fn apt_get(args: &[&str]) -> Result<(), String> {
    let is_root = Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|output| String::from_utf8_lossy(&output.stdout).trim() == "0");
    let mut command = if is_root {
        Command::new("apt-get")
    } else {
        let mut sudo = Command::new("sudo");
        sudo.arg("apt-get");
        sudo
    };
    process::run(command.args(args).env("DEBIAN_FRONTEND", "noninteractive"))
}

/// The end-to-end suite's npm packages, exactly as `package-lock.json` lists
/// them. A stamp holding a hash of the lock file says whether `node_modules`
/// still matches it.
pub fn npm_packages(root: &Path) -> Result<String, String> {
    let node = version_of("node")
        .ok_or("Node.js is missing: install node and npm (Debian: nodejs, npm)")?;
    let major: u32 = node
        .trim_start_matches('v')
        .split('.')
        .next()
        .and_then(|m| m.parse().ok())
        .unwrap_or(0);
    if major < MIN_NODE_MAJOR {
        return Err(format!(
            "Node.js {node} is too old: the end-to-end suite needs {MIN_NODE_MAJOR} or newer"
        ));
    }
    let e2e = root.join("tests/e2e");
    let lock = fs::read(e2e.join("package-lock.json"))
        .map_err(|e| format!("tests/e2e/package-lock.json: {e}"))?;
    let stamp_path = e2e.join("node_modules/.worthit-lock-hash");
    let stamp = format!("{:016x}", fnv1a(&lock));
    if fs::read_to_string(&stamp_path).is_ok_and(|old| old.trim() == stamp) {
        return Ok(format!(
            "npm packages match package-lock.json (node {node})"
        ));
    }
    process::run(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(&e2e),
    )?;
    fs::write(&stamp_path, &stamp).map_err(|e| format!("{}: {e}", stamp_path.display()))?;
    Ok(format!(
        "installed the npm packages of package-lock.json (node {node})"
    ))
}

/// FNV-1a: a stable hash needing no dependency; it only has to notice change.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

fn read(path: &Path) -> Result<String, String> {
    fs::read_to_string(path).map_err(|error| format!("{}: {error}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stamp_hash_notices_any_change() {
        assert_eq!(fnv1a(b""), 0xcbf2_9ce4_8422_2325);
        assert_ne!(fnv1a(b"{\"a\":1}"), fnv1a(b"{\"a\":2}"));
    }

    #[test]
    fn the_repository_pins_agree() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap();
        assert!(wasm_bindgen_version(root).is_ok());
    }
}
