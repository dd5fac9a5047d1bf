//! `precompress [DIR]`: writes `.br` and `.gz` copies next to every
//! compressible file of DIR (see the library). Without DIR it compresses
//! `$TRUNK_STAGING_DIR`, so it runs as trunk's `post_build` hook
//! (`Trunk.toml`) and every `trunk build`, watched or not, gets its copies.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR"))
        .map(PathBuf::from);
    let Some(dir) = dir else {
        eprintln!("usage: precompress DIR (or run as a trunk hook, with TRUNK_STAGING_DIR set)");
        return ExitCode::from(2);
    };
    match worthit_precompress::precompress_dir_with(
        &dir,
        worthit_precompress::Gzip::for_trunk_profile(
            std::env::var("TRUNK_PROFILE").ok().as_deref(),
        ),
    ) {
        Ok(files) => {
            println!("{}", worthit_precompress::summary(&dir, &files));
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("precompress: {}: {e}", dir.display());
            ExitCode::FAILURE
        }
    }
}
