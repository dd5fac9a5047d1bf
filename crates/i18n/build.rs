//! Compiles English into the crate without its comments: they are notes for
//! translators (a sixth of the file) and would otherwise ride along in the
//! page's WebAssembly download. In Fluent a line that starts with `#` is
//! always a comment (a value's continuation lines are indented), so
//! dropping those lines leaves every message exactly as it was.

use std::path::Path;

const SOURCE: &str = "../../www/locales/en.ftl";

fn main() {
    println!("cargo::rerun-if-changed={SOURCE}");
    let text = std::fs::read_to_string(SOURCE).expect("www/locales/en.ftl is readable");
    let messages: String = text
        .lines()
        .filter(|line| !line.starts_with('#'))
        .flat_map(|line| [line, "\n"])
        .collect();
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out).join("en.ftl"), messages).expect("OUT_DIR is writable");
}
