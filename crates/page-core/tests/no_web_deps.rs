//! The crate's one promise about itself: no browser dependency, so every
//! rule in it runs natively. Cargo enforces it only while the manifest
//! lists none; this test fails the moment one is added.

#[test]
fn the_manifest_names_no_browser_crate() {
    let manifest = include_str!("../Cargo.toml");
    let forbidden = ["yew", "gloo", "web-sys", "js-sys", "wasm-bindgen"];
    for line in manifest.lines().map(str::trim) {
        if line.starts_with('#') {
            continue;
        }
        let name = line.split(['=', '.', ' ']).next().unwrap_or_default();
        assert!(
            !forbidden.iter().any(|f| name.starts_with(f)),
            "page-core must not depend on {name}: {line}"
        );
    }
}
