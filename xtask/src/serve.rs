//! `cargo xtask serve`: install what is missing, then build the page with
//! `trunk watch` (which rebuilds on every change, precompressing each build
//! through the `post_build` hook in `Trunk.toml`) and serve `dist/` with
//! this crate's own small server (`static_server.rs`), which sends the
//! `.br`/`.gz` copies with their `Content-Encoding` as a production host
//! should. Reload the browser after a rebuild.

use crate::install;
use crate::process::describe;
use crate::static_server::{self, Site};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpListener;
use std::path::Path;
use std::process::{Command, ExitCode, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::thread;

/// Where the page is served.
pub const ADDRESS: &str = "127.0.0.1:8080";
pub const URL: &str = "http://127.0.0.1:8080/";

/// An install step: it says what it found or did, or why it failed.
type Ensure<'a> = &'a dyn Fn() -> Result<String, String>;

pub fn run(root: &Path, trunk_args: &[String]) -> ExitCode {
    let installs: [(&str, Ensure); 3] = [
        ("wasm32 target", &install::wasm32_target),
        ("wasm-bindgen-cli", &|| install::wasm_bindgen_cli(root)),
        ("trunk", &install::trunk),
    ];
    for (name, ensure) in installs {
        match ensure() {
            Ok(note) => println!("{note}"),
            Err(reason) => {
                eprintln!("could not install {name}: {reason}");
                return ExitCode::FAILURE;
            }
        }
    }

    // Bind first, so a busy port fails before a long build.
    let listener = match TcpListener::bind(ADDRESS) {
        Ok(listener) => listener,
        Err(error) => {
            eprintln!("could not listen on {ADDRESS}: {error}");
            return ExitCode::FAILURE;
        }
    };
    let csp = std::fs::read_to_string(root.join("Trunk.toml"))
        .map(|text| static_server::csp_from_trunk_toml(&text))
        .unwrap_or_default();
    let site = Site {
        root: root.join("dist"),
        csp,
    };
    thread::spawn(move || static_server::serve(listener, site));

    let mut command = Command::new("trunk");
    command
        .current_dir(root)
        .args(["watch", "--release", "--offline"])
        .args(trunk_args);
    println!("$ {}", describe(&command));
    println!("building the page; it will be served at {URL} (Ctrl-C stops)");
    let mut child = match command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(error) => {
            eprintln!("could not start trunk: {error}");
            return ExitCode::FAILURE;
        }
    };
    let announced = Arc::new(AtomicBool::new(false));
    let pumps = [
        child
            .stdout
            .take()
            .map(|out| announce_when_built(out, Arc::clone(&announced))),
        child
            .stderr
            .take()
            .map(|err| announce_when_built(err, Arc::clone(&announced))),
    ];
    let status = child.wait();
    for pump in pumps.into_iter().flatten() {
        let _ = pump.join();
    }
    match status {
        Ok(status) if status.success() => ExitCode::SUCCESS,
        Ok(status) => {
            eprintln!("trunk watch stopped ({status})");
            ExitCode::FAILURE
        }
        Err(error) => {
            eprintln!("trunk watch did not finish: {error}");
            ExitCode::FAILURE
        }
    }
}

/// Passes trunk's output through line by line and, after the first
/// successful build, prints the address where a person will look for it.
fn announce_when_built<R: Read + Send + 'static>(
    source: R,
    announced: Arc<AtomicBool>,
) -> thread::JoinHandle<()> {
    thread::spawn(move || {
        let mut reader = BufReader::new(source);
        let mut line = Vec::new();
        while reader
            .read_until(b'\n', &mut line)
            .is_ok_and(|read| read > 0)
        {
            let mut out = std::io::stdout().lock();
            let _ = out.write_all(&line);
            if is_build_success(&String::from_utf8_lossy(&line))
                && !announced.swap(true, Ordering::SeqCst)
            {
                let _ = writeln!(out, "\n    worthit is served at {URL}\n");
            }
            let _ = out.flush();
            line.clear();
        }
    })
}

/// trunk logs `✅ success` after each build that worked.
fn is_build_success(line: &str) -> bool {
    line.contains("success") && !line.contains("error")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recognises_trunks_success_line() {
        assert!(is_build_success("2026-11-21T23:40:01Z  INFO ✅ success"));
        assert!(!is_build_success(
            "2026-11-21T23:40:01Z  INFO 📦 starting build"
        ));
        assert!(!is_build_success(
            "ERROR ❌ error\nerror from build pipeline: success=false"
        ));
    }
}
