//! What differs between A and B (`src/diff.rs`): each differing path is
//! mapped to the editor group that edits it. The list in words and the
//! marks on the editor are tested in the page's `tests/lab_diff.rs`.

mod pair_fixture;

use pair_fixture::pair;
use worthit_page_core::diff::{differences, group_of};
use worthit_page_core::groups::EditorGroup;

#[test]
fn paths_map_to_the_groups_that_edit_them() {
    for (path, group) in [
        ("product.value.mean", Some(EditorGroup::Value)),
        ("product.claim", Some(EditorGroup::Value)),
        ("product.name", Some(EditorGroup::Value)),
        ("product.costs.trust.mean", Some(EditorGroup::Costs)),
        ("product.screenshots[3]", Some(EditorGroup::Screenshots)),
        (
            "product.screenshot_effects[\"my kind\"].value",
            Some(EditorGroup::Screenshots),
        ),
        ("segments[1].weights.time", Some(EditorGroup::Audience)),
        ("alternatives[0]", Some(EditorGroup::Alternatives)),
        ("decision.rule", Some(EditorGroup::Decision)),
        ("diffusion.p", Some(EditorGroup::Time)),
        ("retention.notice", Some(EditorGroup::Retention)),
        ("retention.recurring[1]", Some(EditorGroup::Retention)),
        ("product.experience.mean", Some(EditorGroup::Retention)),
        ("users", Some(EditorGroup::Simulation)),
        ("seed", Some(EditorGroup::Simulation)),
        ("title", None),
    ] {
        assert_eq!(group_of(path), group, "{path}");
    }
}

#[test]
fn differences_are_grouped_in_editor_order() {
    let (a, b) = pair();
    let (paths, groups) = differences(&a, &b);
    assert_eq!(
        paths,
        [
            "product.costs.trust.mean",
            "product.screenshots[0]",
            "product.screenshots[1]",
            "segments[1].screenshots_viewed",
        ]
    );
    let names: Vec<&str> = groups.iter().map(|g| g.key()).collect();
    assert_eq!(names, ["costs", "screenshots", "audience"]);
    assert_eq!(groups[1].paths.len(), 2);
    assert_eq!(differences(&a, &a), (Vec::new(), Vec::new()));
}
