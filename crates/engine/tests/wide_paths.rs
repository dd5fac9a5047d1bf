//! The hot loop's wide paths (AVX-512 natively, simd128 in WebAssembly)
//! give the portable loops' bits. This file also runs under
//! wasm-bindgen-test in headless Chromium, the only place the simd128
//! paths exist.

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test::wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn wide_paths_give_the_portable_bits() {
    // 20,000 batches of up to 64 people: about 15,000 rejected first tries,
    // so the rejection bits are compared thousands of times too.
    let checked = worthit_engine::wide_paths::check(20_000).unwrap();
    // The page's build enables simd128 (`.cargo/config.toml`), so in
    // WebAssembly the check must have compared that path, not passed
    // vacuously.
    #[cfg(target_arch = "wasm32")]
    assert_eq!(checked, ["simd128"]);
    if checked.is_empty() {
        println!("skipped: this processor has no wide path, only the portable one runs");
    }
}
