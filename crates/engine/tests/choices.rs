//! The options of `choices` are told apart by their place, never by their
//! name: a product or an alternative called "none" is still that option.

mod common;

use common::{example, opts};
use worthit_engine::*;

#[test]
fn options_follow_the_formats_order() {
    let r = run(&example(), &opts(false, 65_536)).unwrap();
    let kinds: Vec<ChoiceOption> = r.options().map(|(o, _)| o).collect();
    assert_eq!(
        kinds,
        [
            ChoiceOption::Product,
            ChoiceOption::Alternative(0),
            ChoiceOption::None
        ]
    );
    assert_eq!(r.choices[2].option, ChoiceOption::NONE_NAME);
}

#[test]
fn a_product_and_an_alternative_named_none_keep_their_places() {
    let mut s = example();
    s.product.name = "none".into();
    s.alternatives[0].name = "none".into();
    let renamed = run(&s, &opts(false, 65_536)).unwrap();
    let plain = run(&example(), &opts(false, 65_536)).unwrap();
    // The names change nothing but the names: the same people choose the
    // same options, and the product's share is still the adoption share.
    let shares = |r: &Results| r.choices.iter().map(|c| c.share).collect::<Vec<_>>();
    assert_eq!(shares(&renamed), shares(&plain));
    assert_eq!(renamed.choices[0].share, renamed.adoption.share);
    let options: Vec<(ChoiceOption, &str)> = renamed
        .options()
        .map(|(o, c)| (o, c.option.as_str()))
        .collect();
    assert_eq!(
        options,
        [
            (ChoiceOption::Product, "none"),
            (ChoiceOption::Alternative(0), "none"),
            (ChoiceOption::None, "none")
        ]
    );
    // The serialized form is the format's: three rows in that order, and
    // reading it back gives the same options.
    let json = serde_json::to_string(&renamed).unwrap();
    let back: Results = serde_json::from_str(&json).unwrap();
    assert_eq!(
        back.options().map(|(o, _)| o).collect::<Vec<_>>(),
        [
            ChoiceOption::Product,
            ChoiceOption::Alternative(0),
            ChoiceOption::None
        ]
    );
}

#[test]
fn the_place_decides_for_short_lists() {
    assert_eq!(ChoiceOption::at(0, 1), ChoiceOption::Product);
    assert_eq!(ChoiceOption::at(0, 2), ChoiceOption::Product);
    assert_eq!(ChoiceOption::at(1, 2), ChoiceOption::None);
    assert_eq!(ChoiceOption::at(3, 5), ChoiceOption::Alternative(2));
    assert_eq!(ChoiceOption::at(4, 5), ChoiceOption::None);
}
