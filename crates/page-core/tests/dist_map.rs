//! The editor's mean/spread mapping onto each distribution shape
//! (`src/dist_map.rs`), and the number parsing every box relies on.
use worthit_engine::Dist;
use worthit_page_core::dist_map::{Kind, mean_spread, set_kind, set_mean, set_spread, with_kind};
use worthit_page_core::number::{Scale, format_number, from_position, parse_number};

/// The mapping rounds to nine decimals, so round trips agree to that.
fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-8
}

#[test]
fn every_shape_round_trips_mean_and_spread() {
    for kind in [
        Kind::Normal,
        Kind::Lognormal,
        Kind::Uniform,
        Kind::Triangular,
    ] {
        let d = with_kind(kind, 1.5, 0.6).expect("a shape");
        assert_eq!(Kind::of(Some(&d)), kind);
        let (m, s) = mean_spread(Some(&d));
        assert!(close(m, 1.5) && close(s, 0.6), "{kind:?}: {m} {s}");
    }
    assert_eq!(
        with_kind(Kind::Fixed, 2.0, 0.6),
        Some(Dist::Fixed { value: 2.0 })
    );
    assert_eq!(with_kind(Kind::None, 2.0, 0.6), None);
}

#[test]
fn uniform_uses_the_documented_formula() {
    // mean = (min + max) / 2, spread = (max − min) / √12.
    let d = with_kind(Kind::Uniform, 2.0, 1.0).unwrap();
    let Dist::Uniform { min, max } = d else {
        panic!("{d:?}")
    };
    assert!(close(min, 2.0 - 3f64.sqrt()) && close(max, 2.0 + 3f64.sqrt()));
}

#[test]
fn triangle_keeps_its_shape_when_moved_or_scaled() {
    let lopsided = Dist::Triangular {
        min: 0.0,
        mode: 1.0,
        max: 5.0,
    };
    let (m0, s0) = mean_spread(Some(&lopsided));
    assert!(close(m0, 2.0));
    let moved = set_mean(Some(&lopsided), 3.0).unwrap();
    assert_eq!(
        moved,
        Dist::Triangular {
            min: 1.0,
            mode: 2.0,
            max: 6.0
        }
    );
    let scaled = set_spread(Some(&lopsided), 2.0 * s0).unwrap();
    let Dist::Triangular { min, mode, max } = scaled else {
        panic!("{scaled:?}")
    };
    assert!(
        close(min, -2.0) && close(mode, 0.0) && close(max, 8.0),
        "{scaled:?}"
    );
}

#[test]
fn a_lognormal_stays_valid_at_zero() {
    // The format needs mean > 0 unless sd = 0.
    let d = Dist::Lognormal { mean: 1.0, sd: 0.5 };
    let zero = set_mean(Some(&d), 0.0).unwrap();
    assert_eq!(zero, Dist::Lognormal { mean: 0.0, sd: 0.0 });
    assert_eq!(set_spread(Some(&zero), 1.0), Some(zero));
    assert!(!Kind::Lognormal.has_spread(0.0));
    // Lifting it off zero restores a spread, like a new cost.
    assert_eq!(
        set_mean(Some(&zero), 2.0),
        Some(Dist::Lognormal { mean: 2.0, sd: 1.0 })
    );
    // A negative value switched to lognormal becomes zero, not invalid.
    assert_eq!(
        set_kind(
            Some(&Dist::Normal {
                mean: -1.0,
                sd: 1.0
            }),
            Kind::Lognormal
        ),
        Some(Dist::Lognormal { mean: 0.0, sd: 0.0 })
    );
}

#[test]
fn an_omitted_cost_comes_alive_as_a_lognormal() {
    assert_eq!(set_mean(None, 0.0), None);
    assert_eq!(
        set_mean(None, 2.0),
        Some(Dist::Lognormal { mean: 2.0, sd: 1.0 })
    );
    assert_eq!(set_spread(None, 2.0), None);
    assert_eq!(
        set_kind(Some(&Dist::Fixed { value: 3.0 }), Kind::None),
        None
    );
}

#[test]
fn fixed_has_no_spread_and_keeps_the_mean_across_shapes() {
    let f = Dist::Fixed { value: 3.0 };
    assert_eq!(set_spread(Some(&f), 1.0), Some(f));
    assert_eq!(
        set_kind(Some(&f), Kind::Normal),
        Some(Dist::Normal { mean: 3.0, sd: 0.0 })
    );
    assert_eq!(
        set_kind(Some(&Dist::Normal { mean: 3.0, sd: 2.0 }), Kind::Fixed),
        Some(f)
    );
}

#[test]
fn number_boxes_accept_only_finite_numbers_in_range() {
    assert_eq!(parse_number(" 2.5 ", 0.0, 10.0, false), Some(2.5));
    assert_eq!(parse_number("-0", 0.0, 10.0, false), Some(0.0));
    for bad in ["", "abc", "NaN", "inf", "1e999", "11", "-1", "2,5"] {
        assert_eq!(parse_number(bad, 0.0, 10.0, false), None, "{bad:?}");
    }
    assert_eq!(parse_number("3", 1.0, 10.0, true), Some(3.0));
    assert_eq!(parse_number("3.5", 1.0, 10.0, true), None);
}

#[test]
fn numbers_show_without_noise() {
    assert_eq!(format_number(0.1 + 0.2), "0.3");
    assert_eq!(format_number(1.55), "1.55");
    assert_eq!(format_number(-0.0), "0");
    assert_eq!(format_number(10_000_000.0), "10000000");
    assert_eq!(format_number(f64::NAN), "");
}

#[test]
fn log_slider_lands_on_round_numbers() {
    assert_eq!(
        from_position(5.0, Scale::Log, 1.0, 1e7, true),
        Some(100_000.0)
    );
    assert_eq!(
        from_position(5.03, Scale::Log, 1.0, 1e7, true),
        Some(110_000.0)
    );
    assert_eq!(from_position(7.5, Scale::Log, 1.0, 1e7, true), Some(1e7));
    assert_eq!(from_position(f64::NAN, Scale::Log, 1.0, 1e7, true), None);
    assert_eq!(
        from_position(0.30000000000000004, Scale::Linear, 0.0, 1.0, false),
        Some(0.3)
    );
}
