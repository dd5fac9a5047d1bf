//! Precompressed copies of a built page: for every text or WebAssembly file
//! under a folder, `FILE.gz` (gzip by Zopfli's encoder) and `FILE.br` (brotli, quality
//! 11) beside it, so a static server can send the smallest encoding the
//! browser accepts without compressing on every request
//! (`docs/embedding.md`). `cargo xtask serve` serves them; production hosts
//! can too.
//!
//! The copies are reproducible: the gzip header carries no time or name,
//! so the same build gives the same bytes.

use std::fs;
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};

/// Extensions worth compressing: text and WebAssembly. Images and fonts
/// (png, woff2, …) are compressed already.
const COMPRESSIBLE: &[&str] = &[
    "html",
    "js",
    "mjs",
    "wasm",
    "css",
    "json",
    "map",
    "svg",
    "ftl",
    "txt",
    "webmanifest",
    "xml",
    "ico",
];

/// What one file became.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compressed {
    /// The original file.
    pub path: PathBuf,
    /// Its size in bytes.
    pub size: u64,
    /// The size of the gzip copy, or `None` when gzip was not smaller
    /// (no copy is left then, so a server sends the original).
    pub gzip: Option<u64>,
    /// The size of the brotli copy, or `None` when it was not smaller.
    pub brotli: Option<u64>,
}

/// What a hook prints after [`precompress_dir`]: how many files, and
/// their total size as sent without and with each encoding (a file kept
/// without a copy counts at its own size).
pub fn summary(dir: &Path, files: &[Compressed]) -> String {
    let (mut size, mut gz, mut br) = (0, 0, 0);
    for f in files {
        size += f.size;
        gz += f.gzip.unwrap_or(f.size);
        br += f.brotli.unwrap_or(f.size);
    }
    format!(
        "precompressed {} files in {}: {} KiB, {} KiB gzip, {} KiB brotli",
        files.len(),
        dir.display(),
        size / 1024,
        gz / 1024,
        br / 1024
    )
}

/// True for a file this tool compresses (by extension; the copies
/// themselves are never compressed again).
pub fn is_compressible(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| COMPRESSIBLE.contains(&e.to_ascii_lowercase().as_str()))
}

/// Writes the copies for every compressible file under `dir` (recursively)
/// and returns what each became, in path order. Copies left by an earlier
/// run are replaced.
pub fn precompress_dir(dir: &Path) -> io::Result<Vec<Compressed>> {
    precompress_dir_with(dir, Gzip::Zopfli)
}

/// How the gzip copies are made.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gzip {
    /// Zopfli's encoder: the smallest, about a minute on the page's
    /// WebAssembly on a busy 2-core machine. For builds that are served.
    Zopfli,
    /// Level 9 (flate2), in a fraction of a second: for development builds
    /// (`trunk serve` rebuilds on every save).
    Level9,
}

impl Gzip {
    /// Level 9 for trunk's development builds (a hook sees
    /// `TRUNK_PROFILE=debug`), Zopfli otherwise.
    pub fn for_trunk_profile(profile: Option<&str>) -> Gzip {
        if profile == Some("debug") {
            Gzip::Level9
        } else {
            Gzip::Zopfli
        }
    }
}

/// [`precompress_dir`] with the given gzip encoder.
pub fn precompress_dir_with(dir: &Path, how: Gzip) -> io::Result<Vec<Compressed>> {
    let mut files = Vec::new();
    collect(dir, &mut files)?;
    files.sort();
    files
        .into_iter()
        .filter(|p| is_compressible(p))
        .map(|p| precompress_file_with(&p, how))
        .collect()
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) -> io::Result<()> {
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        if kind.is_dir() {
            collect(&entry.path(), files)?;
        } else if kind.is_file() {
            files.push(entry.path());
        }
    }
    Ok(())
}

/// Writes `path.gz` and `path.br`, each only when smaller than the file.
pub fn precompress_file(path: &Path) -> io::Result<Compressed> {
    precompress_file_with(path, Gzip::Zopfli)
}

fn precompress_file_with(path: &Path, how: Gzip) -> io::Result<Compressed> {
    let mut data = Vec::new();
    fs::File::open(path)?.read_to_end(&mut data)?;
    let copy = match how {
        Gzip::Zopfli => gzip(&data)?,
        Gzip::Level9 => gzip_level9(&data)?,
    };
    let gzip = keep_if_smaller(&sibling(path, "gz"), &copy, data.len())?;
    let brotli = keep_if_smaller(&sibling(path, "br"), &brotli(&data)?, data.len())?;
    Ok(Compressed {
        path: path.to_path_buf(),
        size: data.len() as u64,
        gzip,
        brotli,
    })
}

/// `dist/app.wasm` → `dist/app.wasm.gz`.
pub fn sibling(path: &Path, encoding: &str) -> PathBuf {
    let mut name = path.as_os_str().to_os_string();
    name.push(".");
    name.push(encoding);
    PathBuf::from(name)
}

fn keep_if_smaller(copy: &Path, bytes: &[u8], original: usize) -> io::Result<Option<u64>> {
    if bytes.len() < original {
        fs::write(copy, bytes)?;
        Ok(Some(bytes.len() as u64))
    } else {
        // A stale copy from an earlier build would be served in its place.
        match fs::remove_file(copy) {
            Ok(()) => Ok(None),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// gzip as small as a gzip can reasonably be, with an empty header (no
/// name, time 0): Zopfli's encoder, whose output is plain deflate that
/// every gzip decoder reads, ~5% smaller than level 9 on the page's
/// WebAssembly (docs/performance.md, "Download size"). What a visitor on a
/// slow connection downloads when the host cannot send brotli (Chromium
/// asks for brotli only over HTTPS). Level 9 is kept when, rarely, it is
/// smaller.
pub fn gzip(data: &[u8]) -> io::Result<Vec<u8>> {
    let mut zopfli = Vec::new();
    zopfli::compress(
        zopfli_options(data.len()),
        zopfli::Format::Gzip,
        data,
        &mut zopfli,
    )?;
    let level9 = gzip_level9(data)?;
    Ok(if level9.len() < zopfli.len() {
        level9
    } else {
        zopfli
    })
}

/// Zopfli's passes over the data: its default 15 for small files, fewer
/// for large ones (the WebAssembly, megabytes), where each pass takes
/// seconds and the later ones gain a few hundred bytes at most.
fn zopfli_options(len: usize) -> zopfli::Options {
    let passes = if len > 256 * 1024 { 5 } else { 15 };
    zopfli::Options {
        iteration_count: std::num::NonZeroU64::new(passes).expect("non-zero"),
        ..zopfli::Options::default()
    }
}

/// gzip level 9 (flate2 on miniz_oxide), time 0 and no name in the header.
fn gzip_level9(data: &[u8]) -> io::Result<Vec<u8>> {
    let mut encoder = flate2::GzBuilder::new()
        .mtime(0)
        .write(Vec::new(), flate2::Compression::best());
    encoder.write_all(data)?;
    encoder.finish()
}

/// Brotli at quality 11 with a 4 MiB window (what `brotli -q 11` uses for
/// files of this size); every browser that accepts `br` decodes it.
pub fn brotli(data: &[u8]) -> io::Result<Vec<u8>> {
    let mut out = Vec::new();
    {
        let mut writer = brotli::CompressorWriter::new(&mut out, 64 * 1024, 11, 22);
        writer.write_all(data)?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("worthit-precompress-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(dir.join("nested")).unwrap();
        dir
    }

    fn gunzip(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(bytes)
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    fn unbrotli(bytes: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        brotli::Decompressor::new(bytes, 4096)
            .read_to_end(&mut out)
            .unwrap();
        out
    }

    /// Text that compresses well, like a page's JavaScript.
    fn text() -> Vec<u8> {
        (0..2000)
            .map(|i| format!("export function f{i}(x) {{ return x * {i}; }}\n"))
            .collect::<String>()
            .into_bytes()
    }

    #[test]
    fn copies_decompress_to_the_original_and_are_smaller() {
        let dir = scratch("roundtrip");
        let js = dir.join("nested/app.js");
        fs::write(&js, text()).unwrap();
        let out = precompress_dir(&dir).unwrap();
        assert_eq!(out.len(), 1);
        let gz = fs::read(sibling(&js, "gz")).unwrap();
        let br = fs::read(sibling(&js, "br")).unwrap();
        assert_eq!(gunzip(&gz), text());
        assert_eq!(unbrotli(&br), text());
        assert_eq!(out[0].gzip, Some(gz.len() as u64));
        assert_eq!(out[0].brotli, Some(br.len() as u64));
        assert!(br.len() < gz.len() && gz.len() < text().len() / 5);
        fs::remove_dir_all(&dir).unwrap();
    }

    /// The gzip copy is never larger than level 9, and on text like a
    /// page's code Zopfli's encoder makes it smaller.
    #[test]
    fn the_gzip_copy_beats_level_9() {
        let data: Vec<u8> = (0..1000u32)
            .map(|i| {
                format!(
                    "fn f{}(x: u32) -> u32 {{ x.wrapping_mul({}) }}\n",
                    i % 97,
                    i * 7919 % 1009
                )
            })
            .collect::<String>()
            .into_bytes();
        let (best, level9) = (gzip(&data).unwrap(), gzip_level9(&data).unwrap());
        assert_eq!(gunzip(&best), data);
        assert!(
            best.len() < level9.len(),
            "{} vs {}",
            best.len(),
            level9.len()
        );
    }

    #[test]
    fn development_builds_get_level_9() {
        assert_eq!(Gzip::for_trunk_profile(Some("debug")), Gzip::Level9);
        assert_eq!(Gzip::for_trunk_profile(Some("release")), Gzip::Zopfli);
        assert_eq!(Gzip::for_trunk_profile(None), Gzip::Zopfli);
        let dir = scratch("level9");
        let js = dir.join("app.js");
        fs::write(&js, text()).unwrap();
        precompress_dir_with(&dir, Gzip::Level9).unwrap();
        let gz = fs::read(sibling(&js, "gz")).unwrap();
        assert_eq!(gz, gzip_level9(&text()).unwrap());
        assert_eq!(gunzip(&gz), text());
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn images_copies_and_incompressible_files_are_left_alone() {
        let dir = scratch("skip");
        fs::write(dir.join("icon.png"), text()).unwrap();
        // Two bytes: any encoding is bigger, and a stale copy must go.
        fs::write(dir.join("tiny.txt"), b"ok").unwrap();
        fs::write(dir.join("tiny.txt.gz"), b"stale").unwrap();
        let out = precompress_dir(&dir).unwrap();
        assert_eq!(out.len(), 1, "{out:?}");
        assert_eq!((out[0].gzip, out[0].brotli), (None, None));
        assert!(!dir.join("tiny.txt.gz").exists());
        assert!(!dir.join("tiny.txt.br").exists());
        assert!(!dir.join("icon.png.gz").exists());
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_second_run_gives_the_same_bytes_and_compresses_no_copy() {
        let dir = scratch("again");
        let wasm = dir.join("app.wasm");
        fs::write(&wasm, text()).unwrap();
        precompress_dir(&dir).unwrap();
        let first = (
            fs::read(sibling(&wasm, "gz")).unwrap(),
            fs::read(sibling(&wasm, "br")).unwrap(),
        );
        let out = precompress_dir(&dir).unwrap();
        assert_eq!(out.len(), 1, "the copies are not compressed again");
        let second = (
            fs::read(sibling(&wasm, "gz")).unwrap(),
            fs::read(sibling(&wasm, "br")).unwrap(),
        );
        assert_eq!(first, second);
        fs::remove_dir_all(&dir).unwrap();
    }
}
