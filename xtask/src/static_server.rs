//! The development server behind `cargo xtask serve`: it serves the built
//! page in `dist/` as a production host should (docs/embedding.md), so what
//! a developer sees is what users get.
//!
//! - A file with a precompressed copy (`FILE.br`, `FILE.gz`, written by
//!   the build) goes out as that copy with `Content-Encoding` when the
//!   browser's `Accept-Encoding` takes it: brotli first, then gzip, else
//!   the file itself. `Vary: Accept-Encoding` tells caches.
//! - HTML gets a fresh nonce in place of trunk's placeholder and the
//!   Content-Security-Policy of `Trunk.toml`'s `[serve] csp` naming it, as
//!   `trunk serve` did. (HTML is sent uncompressed for that reason; it is a
//!   few KiB.)
//! - The MIME types browsers insist on (`application/wasm`).
//! - Paths without an extension fall back to `index.html`, as trunk's own
//!   server does; paths that climb out of the folder are refused.
//!
//! Standard library only, like the rest of xtask: one thread a connection,
//! one request a connection.

use std::fs;
use std::hash::{BuildHasher, Hasher};
use std::io::{self, BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::thread;
use std::time::{Duration, SystemTime};

/// What trunk writes into the HTML where the nonce goes (`create_nonce`).
const NONCE_PLACEHOLDER: &str = "{{__TRUNK NONCE__}}";

/// The server's settings.
#[derive(Debug, Clone)]
pub struct Site {
    /// The folder served.
    pub root: PathBuf,
    /// Content-Security-Policy directives; `{{NONCE}}` is replaced per
    /// response. Empty: no policy header.
    pub csp: Vec<String>,
}

/// Serves `site` on `listener` until the process ends.
pub fn serve(listener: TcpListener, site: Site) {
    for stream in listener.incoming().flatten() {
        let site = site.clone();
        thread::spawn(move || {
            // A client that hangs up mid-response is nobody's problem.
            let _ = handle(stream, &site);
        });
    }
}

fn handle(stream: TcpStream, site: &Site) -> io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let Some(request) = read_request(&mut reader)? else {
        return Ok(());
    };
    let response = respond(site, &request);
    let mut out = io::BufWriter::new(stream);
    out.write_all(&response.head())?;
    if request.method != "HEAD" {
        out.write_all(&response.body)?;
    }
    out.flush()
}

/// The parts of a request the server looks at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub method: String,
    pub path: String,
    pub accept_encoding: String,
}

/// Reads the request line and headers (at most 64 lines); `None` when the
/// client closed the connection without a request.
fn read_request(reader: &mut impl BufRead) -> io::Result<Option<Request>> {
    let mut line = String::new();
    if reader.read_line(&mut line)? == 0 {
        return Ok(None);
    }
    let mut parts = line.split_whitespace();
    let method = parts.next().unwrap_or_default().to_string();
    let target = parts.next().unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/").to_string();
    let mut accept_encoding = String::new();
    for _ in 0..64 {
        line.clear();
        if reader.read_line(&mut line)? == 0 || line.trim().is_empty() {
            break;
        }
        if let Some((name, value)) = line.split_once(':') {
            if name.trim().eq_ignore_ascii_case("accept-encoding") {
                accept_encoding = value.trim().to_string();
            }
        }
    }
    Ok(Some(Request {
        method,
        path,
        accept_encoding,
    }))
}

/// A response ready to send.
#[derive(Debug, Clone)]
pub struct Response {
    pub status: u16,
    pub headers: Vec<(&'static str, String)>,
    pub body: Vec<u8>,
}

impl Response {
    fn text(status: u16, body: &str) -> Response {
        Response {
            status,
            headers: vec![("Content-Type", "text/plain; charset=utf-8".into())],
            body: body.as_bytes().to_vec(),
        }
    }

    /// A header's value (the tests read responses with it).
    #[cfg(test)]
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    fn head(&self) -> Vec<u8> {
        let reason = match self.status {
            200 => "OK",
            404 => "Not Found",
            405 => "Method Not Allowed",
            _ => "Internal Server Error",
        };
        let mut head = format!("HTTP/1.1 {} {reason}\r\n", self.status);
        for (name, value) in &self.headers {
            head.push_str(&format!("{name}: {value}\r\n"));
        }
        head.push_str(&format!(
            "Content-Length: {}\r\nConnection: close\r\n\r\n",
            self.body.len()
        ));
        head.into_bytes()
    }
}

/// The response to `request` (pure apart from reading files).
pub fn respond(site: &Site, request: &Request) -> Response {
    if request.method != "GET" && request.method != "HEAD" {
        let mut r = Response::text(405, "method not allowed");
        r.headers.push(("Allow", "GET, HEAD".into()));
        return r;
    }
    let Some(file) = find_file(&site.root, &request.path) else {
        return Response::text(404, "not found");
    };
    match build(site, &file, &request.accept_encoding) {
        Ok(r) => r,
        Err(e) => Response::text(500, &format!("{}: {e}", file.display())),
    }
}

fn build(site: &Site, file: &Path, accept_encoding: &str) -> io::Result<Response> {
    let mut headers = vec![("Content-Type", mime_type(file).to_string())];
    // A developer must always see the latest build.
    headers.push(("Cache-Control", "no-cache".into()));
    if mime_type(file).starts_with("text/html") {
        let nonce = nonce();
        let html = fs::read_to_string(file)?.replace(NONCE_PLACEHOLDER, &nonce);
        if !site.csp.is_empty() {
            let policy = site.csp.join("; ").replace("{{NONCE}}", &nonce);
            headers.push(("Content-Security-Policy", policy));
        }
        return Ok(Response {
            status: 200,
            headers,
            body: html.into_bytes(),
        });
    }
    headers.push(("Vary", "Accept-Encoding".into()));
    let (body, encoding) = match precompressed(file, accept_encoding) {
        Some((copy, encoding)) => (fs::read(copy)?, Some(encoding)),
        None => (fs::read(file)?, None),
    };
    if let Some(encoding) = encoding {
        headers.push(("Content-Encoding", encoding.to_string()));
    }
    Ok(Response {
        status: 200,
        headers,
        body,
    })
}

/// How much older than its file a copy may be and still be served: trunk
/// may copy a build into dist/ in any order, a copy before its file, but a
/// copy left from an earlier build (a failed hook) is minutes old.
const SAME_BUILD: Duration = Duration::from_secs(10);

/// The precompressed copy of `file` to send, if the client accepts one and
/// a copy of the same build exists: brotli first, then gzip.
pub fn precompressed(file: &Path, accept_encoding: &str) -> Option<(PathBuf, &'static str)> {
    let modified = |p: &Path| fs::metadata(p).and_then(|m| m.modified()).ok();
    let original = modified(file)
        .and_then(|t| t.checked_sub(SAME_BUILD))
        .unwrap_or(SystemTime::UNIX_EPOCH);
    [("br", "br"), ("gz", "gzip")]
        .into_iter()
        .filter(|(_, encoding)| accepts(accept_encoding, encoding))
        .map(|(ext, encoding)| {
            let mut name = file.as_os_str().to_os_string();
            name.push(".");
            name.push(ext);
            (PathBuf::from(name), encoding)
        })
        .find(|(copy, _)| modified(copy).is_some_and(|t| t >= original))
}

/// Whether an `Accept-Encoding` value takes `encoding` (a `q=0` refuses;
/// `*` takes anything not named).
pub fn accepts(accept_encoding: &str, encoding: &str) -> bool {
    let mut star = false;
    for item in accept_encoding.split(',') {
        let mut parts = item.split(';');
        let name = parts.next().unwrap_or_default().trim();
        let refused = parts.any(|p| {
            p.trim()
                .strip_prefix("q=")
                .and_then(|q| q.trim().parse::<f64>().ok())
                .is_some_and(|q| q <= 0.0)
        });
        if name.eq_ignore_ascii_case(encoding) {
            return !refused;
        }
        if name == "*" {
            star = !refused;
        }
    }
    star
}

/// Maps a URL path to a file under `root`, as trunk's server does.
pub fn find_file(root: &Path, url_path: &str) -> Option<PathBuf> {
    let decoded = percent_decode(url_path)?;
    let relative = Path::new(decoded.trim_start_matches('/'));
    // Only plain names: `..`, a root or a drive never climbs out.
    if !relative
        .components()
        .all(|c| matches!(c, Component::Normal(_) | Component::CurDir))
    {
        return None;
    }
    let candidate = root.join(relative);
    if candidate.is_file() {
        return Some(candidate);
    }
    if candidate.join("index.html").is_file() {
        return Some(candidate.join("index.html"));
    }
    if candidate.is_dir() || candidate.extension().is_none() {
        let index = root.join("index.html");
        return index.is_file().then_some(index);
    }
    None
}

fn percent_decode(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

/// The types browsers insist on (streaming compilation refuses wasm served
/// as anything but `application/wasm`).
pub fn mime_type(file: &Path) -> &'static str {
    match file.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" | "map" => "application/json; charset=utf-8",
        "webmanifest" => "application/manifest+json; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "ico" => "image/x-icon",
        "woff2" => "font/woff2",
        "ftl" | "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

/// 128 random bits in hex, from the standard library's randomly keyed
/// hasher (keys drawn from the operating system).
fn nonce() -> String {
    let mut out = String::new();
    for _ in 0..2 {
        let mut h = std::collections::hash_map::RandomState::new().build_hasher();
        h.write_u128(
            SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0),
        );
        out.push_str(&format!("{:016x}", h.finish()));
    }
    out
}

/// The `csp = [ ... ]` strings of `Trunk.toml`'s `[serve]` table (one a
/// line, as the file writes them); empty when there is none.
pub fn csp_from_trunk_toml(text: &str) -> Vec<String> {
    let mut in_serve = false;
    let mut in_csp = false;
    let mut out = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.starts_with('[') && !in_csp {
            in_serve = line == "[serve]";
            continue;
        }
        if in_serve && !in_csp && line.starts_with("csp") && line.contains('[') {
            in_csp = true;
            continue;
        }
        if in_csp {
            if line.starts_with(']') {
                break;
            }
            if let Some(value) = line
                .trim_end_matches(',')
                .strip_prefix('"')
                .and_then(|l| l.strip_suffix('"'))
            {
                out.push(value.to_string());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-serve-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn get(path: &str, accept_encoding: &str) -> Request {
        Request {
            method: "GET".into(),
            path: path.into(),
            accept_encoding: accept_encoding.into(),
        }
    }

    #[test]
    fn accept_encoding_is_read_with_its_weights() {
        assert!(accepts("gzip, deflate, br, zstd", "br"));
        assert!(accepts("gzip, deflate, br, zstd", "gzip"));
        assert!(!accepts("gzip", "br"));
        assert!(!accepts("br;q=0, gzip", "br"));
        assert!(accepts("BR;q=0.5", "br"));
        assert!(accepts("*", "gzip"));
        assert!(!accepts("*, gzip;q=0", "gzip"));
        assert!(!accepts("", "gzip"));
        assert!(!accepts("identity", "gzip"));
    }

    #[test]
    fn the_smallest_accepted_copy_goes_out_with_its_encoding() {
        let dir = scratch("negotiate");
        fs::write(dir.join("app.wasm"), b"original").unwrap();
        fs::write(dir.join("app.wasm.gz"), b"gzipped").unwrap();
        fs::write(dir.join("app.wasm.br"), b"brotli").unwrap();
        fs::write(dir.join("plain.js"), b"js").unwrap();
        let site = Site {
            root: dir.clone(),
            csp: Vec::new(),
        };
        let r = respond(&site, &get("/app.wasm", "gzip, deflate, br"));
        assert_eq!(r.status, 200);
        assert_eq!(r.body, b"brotli");
        assert_eq!(r.header("Content-Encoding"), Some("br"));
        assert_eq!(r.header("Content-Type"), Some("application/wasm"));
        assert_eq!(r.header("Vary"), Some("Accept-Encoding"));
        let r = respond(&site, &get("/app.wasm", "gzip"));
        assert_eq!(
            (r.body.as_slice(), r.header("Content-Encoding")),
            (&b"gzipped"[..], Some("gzip"))
        );
        let r = respond(&site, &get("/app.wasm", ""));
        assert_eq!(
            (r.body.as_slice(), r.header("Content-Encoding")),
            (&b"original"[..], None)
        );
        // No copy: the file itself, whatever the browser accepts.
        let r = respond(&site, &get("/plain.js", "br, gzip"));
        assert_eq!(
            (r.body.as_slice(), r.header("Content-Encoding")),
            (&b"js"[..], None)
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn a_copy_older_than_its_file_is_not_served() {
        let dir = scratch("stale");
        fs::write(dir.join("app.js.br"), b"old").unwrap();
        fs::write(dir.join("app.js"), b"new").unwrap();
        // The file rebuilt a minute after its copy was written.
        let later = SystemTime::now() + Duration::from_secs(60);
        fs::File::options()
            .write(true)
            .open(dir.join("app.js"))
            .unwrap()
            .set_modified(later)
            .unwrap();
        let site = Site {
            root: dir.clone(),
            csp: Vec::new(),
        };
        let r = respond(&site, &get("/app.js", "br"));
        assert_eq!(
            (r.body.as_slice(), r.header("Content-Encoding")),
            (&b"new"[..], None)
        );
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn html_gets_a_fresh_nonce_named_in_the_policy() {
        let dir = scratch("nonce");
        fs::write(
            dir.join("index.html"),
            format!("<script nonce=\"{NONCE_PLACEHOLDER}\"></script>"),
        )
        .unwrap();
        let site = Site {
            root: dir.clone(),
            csp: vec![
                "default-src 'self'".into(),
                "script-src 'nonce-{{NONCE}}'".into(),
            ],
        };
        // A client-side route falls back to the page.
        let a = respond(&site, &get("/lab", "br"));
        let b = respond(&site, &get("/", "br"));
        let body = String::from_utf8(a.body.clone()).unwrap();
        let nonce = body.split('"').nth(1).unwrap().to_string();
        assert_eq!(nonce.len(), 32);
        assert_eq!(
            a.header("Content-Security-Policy"),
            Some(format!("default-src 'self'; script-src 'nonce-{nonce}'").as_str())
        );
        assert_ne!(a.body, b.body, "every response has its own nonce");
        assert_eq!(a.header("Content-Encoding"), None);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn paths_never_climb_out_and_unknown_files_are_404() {
        let dir = scratch("paths");
        fs::create_dir_all(dir.join("sub")).unwrap();
        fs::write(dir.join("index.html"), "page").unwrap();
        fs::write(dir.join("sub/a b.txt"), "x").unwrap();
        assert_eq!(find_file(&dir, "/../etc/passwd"), None);
        assert_eq!(find_file(&dir, "/%2e%2e/etc/passwd"), None);
        assert_eq!(
            find_file(&dir, "/sub/a%20b.txt"),
            Some(dir.join("sub/a b.txt"))
        );
        assert_eq!(find_file(&dir, "/missing.js"), None);
        let site = Site {
            root: dir.clone(),
            csp: Vec::new(),
        };
        assert_eq!(respond(&site, &get("/missing.js", "")).status, 404);
        let mut post = get("/", "");
        post.method = "POST".into();
        assert_eq!(respond(&site, &post).status, 405);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_policy_is_read_from_trunk_toml() {
        let text =
            fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../Trunk.toml")).unwrap();
        let csp = csp_from_trunk_toml(&text);
        assert!(csp.contains(&"default-src 'self'".to_string()), "{csp:?}");
        assert!(
            csp.iter().any(|d| d.contains("'nonce-{{NONCE}}'")),
            "{csp:?}"
        );
        assert!(csp_from_trunk_toml("[build]\ncsp = [\n\"x\",\n]\n").is_empty());
    }

    /// The whole server over a real socket: HTTP in, bytes and headers out.
    #[test]
    fn serves_over_http() {
        let dir = scratch("http");
        fs::write(dir.join("app.wasm"), b"original").unwrap();
        fs::write(dir.join("app.wasm.br"), b"brotli").unwrap();
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let address = listener.local_addr().unwrap();
        let site = Site {
            root: dir.clone(),
            csp: Vec::new(),
        };
        thread::spawn(move || serve(listener, site));
        let mut stream = TcpStream::connect(address).unwrap();
        stream
            .write_all(
                b"GET /app.wasm?v=1 HTTP/1.1\r\nHost: x\r\nAccept-Encoding: gzip, br\r\n\r\n",
            )
            .unwrap();
        let mut reply = Vec::new();
        stream.read_to_end(&mut reply).unwrap();
        let reply = String::from_utf8(reply).unwrap();
        assert!(reply.starts_with("HTTP/1.1 200 OK\r\n"), "{reply}");
        assert!(reply.contains("Content-Encoding: br\r\n"), "{reply}");
        assert!(reply.contains("Content-Length: 6\r\n"), "{reply}");
        assert!(reply.ends_with("\r\n\r\nbrotli"), "{reply}");
        fs::remove_dir_all(&dir).unwrap();
    }
}
