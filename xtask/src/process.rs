//! Running other programs: each command is echoed before it runs, its output
//! streams through as it comes, and a failure names the command.

use std::env;
use std::ffi::OsString;
use std::io::{IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::sync::{Arc, Mutex};
use std::thread;

/// Puts cargo's `bin` folder first on `PATH`, so that the tools `cargo
/// install` puts there are found right after they are installed, and found
/// before any other copy at a different version.
pub fn put_cargo_bin_on_path() {
    let bin = cargo_home().join("bin");
    let old = env::var_os("PATH").unwrap_or_default();
    let paths =
        std::iter::once(bin.clone()).chain(env::split_paths(&old).filter(|path| *path != bin));
    let joined = env::join_paths(paths).unwrap_or(old);
    // SAFETY: this runs first thing in `main`, before any thread exists, so
    // nothing can read the environment while it changes.
    unsafe { env::set_var("PATH", joined) };
    // Child cargos print in colour when a person watches, although their
    // output goes through a pipe here.
    if std::io::stdout().is_terminal() && env::var_os("CARGO_TERM_COLOR").is_none() {
        // SAFETY: as above, still single-threaded.
        unsafe { env::set_var("CARGO_TERM_COLOR", "always") };
    }
}

/// Where `cargo install` puts its binaries' folder.
pub fn cargo_home() -> PathBuf {
    env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(env::var_os("HOME").unwrap_or_else(|| OsString::from("/root")))
                .join(".cargo")
        })
}

/// A `cargo` command from the same toolchain that runs this xtask.
pub fn cargo() -> Command {
    Command::new(env::var_os("CARGO").unwrap_or_else(|| OsString::from("cargo")))
}

/// The command line as a person would type it.
pub fn describe(command: &Command) -> String {
    let program = PathBuf::from(command.get_program());
    // `CARGO` is an absolute path into the toolchain; its file name reads better.
    let program = program
        .file_name()
        .map_or_else(|| program.clone().into_os_string(), Into::into);
    std::iter::once(program.as_os_str())
        .chain(command.get_args())
        .map(|part| part.to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Runs `command` with its output going straight to ours.
pub fn run(command: &mut Command) -> Result<(), String> {
    println!("$ {}", describe(command));
    let status = command
        .status()
        .map_err(|error| format!("could not start `{}`: {error}", describe(command)))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{}` failed ({status})", describe(command)))
    }
}

/// Runs `command`, streaming its output to ours as it arrives while also
/// keeping a copy, for steps that must check what a tool printed. The copy
/// interleaves stdout and stderr in the order the pieces arrived.
pub fn run_captured(command: &mut Command) -> (Result<(), String>, String) {
    println!("$ {}", describe(command));
    let mut child = match command
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(error) => {
            return (
                Err(format!("could not start `{}`: {error}", describe(command))),
                String::new(),
            );
        }
    };
    let copy = Arc::new(Mutex::new(Vec::new()));
    let pumps = [
        child
            .stdout
            .take()
            .map(|out| pump(out, std::io::stdout, Arc::clone(&copy))),
        child
            .stderr
            .take()
            .map(|err| pump(err, std::io::stderr, Arc::clone(&copy))),
    ];
    let status = child.wait();
    for pump in pumps.into_iter().flatten() {
        // A pump only ends early if our own stdout is gone; the copy then
        // lacks the rest, which the status still reports.
        let _ = pump.join();
    }
    let text = String::from_utf8_lossy(&copy.lock().unwrap_or_else(|poison| poison.into_inner()))
        .into_owned();
    let result = match status {
        Ok(status) if status.success() => Ok(()),
        Ok(status) => Err(format!("`{}` failed ({status})", describe(command))),
        Err(error) => Err(format!("`{}` did not finish: {error}", describe(command))),
    };
    (result, text)
}

/// Copies `source` to `sink` chunk by chunk (the test runner redraws status
/// lines without a newline, so lines would lag) and into `copy`.
fn pump<R, W>(mut source: R, sink: fn() -> W, copy: Arc<Mutex<Vec<u8>>>) -> thread::JoinHandle<()>
where
    R: Read + Send + 'static,
    W: Write + 'static,
{
    thread::spawn(move || {
        let mut buffer = [0u8; 8192];
        while let Ok(read) = source.read(&mut buffer) {
            if read == 0 {
                break;
            }
            let mut out = sink();
            let _ = out.write_all(&buffer[..read]);
            let _ = out.flush();
            copy.lock()
                .unwrap_or_else(|poison| poison.into_inner())
                .extend_from_slice(&buffer[..read]);
        }
    })
}

/// The first line `program --version` prints, or `None` if it cannot run.
pub fn version_of(program: &str) -> Option<String> {
    let output = Command::new(program)
        .arg("--version")
        .stderr(Stdio::null())
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .next()
        .map(|line| line.trim().to_string())
}

/// Whether a version line such as `trunk 0.21.14` names exactly `version`.
pub fn is_version(line: Option<&str>, version: &str) -> bool {
    line.and_then(|line| line.split_whitespace().nth(1)) == Some(version)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn version_lines_match_exactly() {
        assert!(is_version(Some("trunk 0.21.14"), "0.21.14"));
        assert!(is_version(Some("wasm-bindgen 0.2.130"), "0.2.130"));
        assert!(!is_version(Some("wasm-bindgen 0.2.13"), "0.2.130"));
        assert!(!is_version(Some("wasm-bindgen 0.2.1300"), "0.2.130"));
        assert!(!is_version(None, "0.2.130"));
    }

    #[test]
    fn captured_output_keeps_both_streams_and_the_failure() {
        let (result, text) =
            run_captured(Command::new("sh").args(["-c", "echo out; echo err >&2; exit 3"]));
        assert!(result.unwrap_err().contains("sh -c"));
        assert!(text.contains("out\n") && text.contains("err\n"), "{text:?}");
    }

    #[test]
    fn a_missing_program_is_an_error_not_a_panic() {
        assert!(run(&mut Command::new("/nonexistent/worthit-tool")).is_err());
        assert_eq!(version_of("/nonexistent/worthit-tool"), None);
    }
}
