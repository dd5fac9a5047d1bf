//! Reading pinned versions out of `Cargo.toml` and `Trunk.toml`.
//!
//! wasm-bindgen's generated JavaScript and its command line tool must be the
//! same version to the last digit, so the crate is pinned with `=` in
//! `Cargo.toml` and the tool is installed at exactly that version. A tiny
//! line-based reader suffices for these two known files and keeps this crate
//! free of dependencies.

/// The version `name` is pinned to with `=` in a Cargo manifest, written
/// either as `name = "=1.2.3"` or as `name = { version = "=1.2.3", ... }`.
pub fn pinned_version(manifest: &str, name: &str) -> Result<String, String> {
    let value = manifest
        .lines()
        .map(strip_comment)
        .find_map(|line| {
            let rest = line.trim().strip_prefix(name)?.trim_start();
            // `wasm-bindgen-futures = ...` must not match `wasm-bindgen`.
            rest.strip_prefix('=').map(str::trim)
        })
        .ok_or_else(|| format!("Cargo.toml has no `{name}` dependency"))?;
    let requirement = if value.starts_with('{') {
        inline_table_string(value, "version")
            .ok_or_else(|| format!("the `{name}` dependency in Cargo.toml has no `version`"))?
    } else {
        quoted(value)
            .ok_or_else(|| format!("cannot read the `{name}` version in Cargo.toml: {value}"))?
    };
    match requirement.strip_prefix('=') {
        Some(version) if !version.trim().is_empty() => Ok(version.trim().to_string()),
        _ => Err(format!(
            "`{name}` must be pinned with `=` in Cargo.toml (found \"{requirement}\"), \
             so that its command line tool can be installed at exactly the same version"
        )),
    }
}

/// The `wasm_bindgen` version in the `[tools]` table of `Trunk.toml`.
pub fn trunk_wasm_bindgen(trunk_toml: &str) -> Option<String> {
    let mut in_tools = false;
    for line in trunk_toml.lines().map(strip_comment).map(str::trim) {
        if line.starts_with('[') {
            in_tools = line == "[tools]";
        } else if in_tools {
            if let Some(value) = line
                .strip_prefix("wasm_bindgen")
                .and_then(|rest| rest.trim_start().strip_prefix('='))
            {
                return quoted(value.trim());
            }
        }
    }
    None
}

/// The line up to a `#` that is outside a string.
fn strip_comment(line: &str) -> &str {
    let mut in_string = false;
    for (index, character) in line.char_indices() {
        match character {
            '"' => in_string = !in_string,
            '#' if !in_string => return &line[..index],
            _ => {}
        }
    }
    line
}

/// The contents of the string literal `value` starts with.
fn quoted(value: &str) -> Option<String> {
    let rest = value.strip_prefix('"')?;
    rest.find('"').map(|end| rest[..end].to_string())
}

/// The string value of `key` in an inline table such as `{ version = "1" }`.
fn inline_table_string(table: &str, key: &str) -> Option<String> {
    let inner = table.strip_prefix('{')?.split('}').next()?;
    inner.split(',').find_map(|pair| {
        let (name, value) = pair.split_once('=')?;
        (name.trim() == key).then(|| quoted(value.trim())).flatten()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_plain_pin() {
        let manifest = "[dependencies]\nwasm-bindgen-futures = \"0.4\"\nwasm-bindgen = \"=0.2.130\" # pinned\n";
        assert_eq!(pinned_version(manifest, "wasm-bindgen").unwrap(), "0.2.130");
    }

    #[test]
    fn reads_a_pin_in_an_inline_table() {
        let manifest = "wasm-bindgen = { version = \"=0.2.99\", features = [\"serde\"] }\n";
        assert_eq!(pinned_version(manifest, "wasm-bindgen").unwrap(), "0.2.99");
    }

    #[test]
    fn ignores_commented_lines() {
        let manifest = "# wasm-bindgen = \"=0.1.0\"\nwasm-bindgen = \"=0.2.130\"\n";
        assert_eq!(pinned_version(manifest, "wasm-bindgen").unwrap(), "0.2.130");
    }

    #[test]
    fn refuses_a_loose_requirement_or_a_missing_one() {
        let loose = pinned_version("wasm-bindgen = \"0.2\"\n", "wasm-bindgen").unwrap_err();
        assert!(loose.contains("pinned with `=`"), "{loose}");
        assert!(pinned_version("serde = \"1\"\n", "wasm-bindgen").is_err());
        assert!(pinned_version("wasm-bindgen = { features = [] }\n", "wasm-bindgen").is_err());
    }

    #[test]
    fn reads_the_real_manifest() {
        let manifest = include_str!("../../Cargo.toml");
        let version = pinned_version(manifest, "wasm-bindgen").unwrap();
        assert!(version.split('.').count() == 3, "{version}");
        // Trunk must ask for the same version, or an offline build fails
        // trying to download another one.
        assert_eq!(
            trunk_wasm_bindgen(include_str!("../../Trunk.toml")),
            Some(version)
        );
    }

    #[test]
    fn reads_trunk_tools_only_from_the_tools_table() {
        let trunk = "[build]\nwasm_bindgen = \"9\"\n[tools]\n# note\nwasm_bindgen = \"0.2.130\"\n";
        assert_eq!(trunk_wasm_bindgen(trunk), Some("0.2.130".to_string()));
        assert_eq!(
            trunk_wasm_bindgen("[build]\ntarget = \"index.html\"\n"),
            None
        );
    }
}
