//! `prerender [DIR]`: writes the default page's first result into
//! `DIR/index.html` (the argument, else `$TRUNK_STAGING_DIR`), moves the
//! WebAssembly's preload to the top of its head, then writes
//! the `.br` and `.gz` copies of the folder (`worthit-precompress`), so
//! they hold the block. It is trunk's one `post_build` hook: trunk starts
//! a stage's hooks together, so two hooks could compress `index.html`
//! before the block is in it.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os()
        .nth(1)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR"))
        .map(PathBuf::from)
    else {
        eprintln!("usage: prerender DIR (or run as a trunk hook, with TRUNK_STAGING_DIR set)");
        return ExitCode::from(2);
    };
    let path = dir.join("index.html");
    let html = match std::fs::read_to_string(&path) {
        Ok(html) => html,
        Err(e) => {
            eprintln!("prerender: cannot read {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    };
    let block = match worthit_prerender::default_block() {
        Ok(block) => block,
        Err(e) => {
            eprintln!("prerender: {e}");
            return ExitCode::FAILURE;
        }
    };
    let out = match worthit_prerender::inject(&html, &block) {
        Ok(out) => out,
        Err(e) => {
            eprintln!("prerender: {}: {e}", path.display());
            return ExitCode::FAILURE;
        }
    };
    // The WebAssembly asked for first (see `worthit_prerender::preload`).
    let out = worthit_prerender::preload::hoist(&out);
    if let Err(e) = std::fs::write(&path, out) {
        eprintln!("prerender: cannot write {}: {e}", path.display());
        return ExitCode::FAILURE;
    }
    match worthit_precompress::precompress_dir_with(
        &dir,
        worthit_precompress::Gzip::for_trunk_profile(
            std::env::var("TRUNK_PROFILE").ok().as_deref(),
        ),
    ) {
        Ok(files) => {
            println!(
                "prerendered index.html; {}",
                worthit_precompress::summary(&dir, &files)
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("precompress: {}: {e}", dir.display());
            ExitCode::FAILURE
        }
    }
}
