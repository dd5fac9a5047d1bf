//! The editor's groups: one typed vocabulary that knows each group's key
//! (the name in `?controls=` and in the page's `data-*` attributes), its
//! label key in the translation files, and the scenario paths its controls
//! edit. The editor, `?controls=` and compare mode's list of differences
//! all read it, so a new group or a moved input changes all three.

use worthit_engine::exercise::path_is_under;

/// One group of the scenario editor, in the editor's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EditorGroup {
    Value,
    Costs,
    Screenshots,
    Audience,
    Alternatives,
    Decision,
    Time,
    Retention,
    Simulation,
}

impl EditorGroup {
    /// Every group, in the editor's order.
    pub const ALL: [EditorGroup; 9] = [
        EditorGroup::Value,
        EditorGroup::Costs,
        EditorGroup::Screenshots,
        EditorGroup::Audience,
        EditorGroup::Alternatives,
        EditorGroup::Decision,
        EditorGroup::Time,
        EditorGroup::Retention,
        EditorGroup::Simulation,
    ];

    /// The group's name in `?controls=`, `data-testid="group-…"` and
    /// `data-differs`.
    pub const fn key(self) -> &'static str {
        match self {
            EditorGroup::Value => "value",
            EditorGroup::Costs => "costs",
            EditorGroup::Screenshots => "screenshots",
            EditorGroup::Audience => "audience",
            EditorGroup::Alternatives => "alternatives",
            EditorGroup::Decision => "decision",
            EditorGroup::Time => "time",
            EditorGroup::Retention => "retention",
            EditorGroup::Simulation => "simulation",
        }
    }

    /// The key of the group's heading in the translation files.
    pub const fn label_key(self) -> &'static str {
        match self {
            EditorGroup::Value => "editor-group-value",
            EditorGroup::Costs => "editor-group-costs",
            EditorGroup::Screenshots => "editor-group-screenshots",
            EditorGroup::Audience => "editor-group-audience",
            EditorGroup::Alternatives => "editor-group-alternatives",
            EditorGroup::Decision => "editor-group-decision",
            EditorGroup::Time => "editor-group-time",
            EditorGroup::Retention => "editor-group-retention",
            EditorGroup::Simulation => "editor-group-simulation",
        }
    }

    /// The scenario paths whose controls are in this group. A path belongs
    /// to the first group, in [`EditorGroup::BY_PATH`]'s order, with a
    /// prefix it lies under: the product's screenshots and experience come
    /// before the rest of the product.
    pub const fn prefixes(self) -> &'static [&'static str] {
        match self {
            EditorGroup::Screenshots => &["product.screenshots", "product.screenshot_effects"],
            EditorGroup::Retention => &["product.experience", "retention"],
            EditorGroup::Costs => &["product.costs"],
            EditorGroup::Value => &["product"],
            EditorGroup::Audience => &["segments"],
            EditorGroup::Alternatives => &["alternatives"],
            EditorGroup::Decision => &["decision"],
            EditorGroup::Simulation => &["users", "seed"],
            EditorGroup::Time => &["diffusion"],
        }
    }

    /// What an exercise opens to students who see this group's controls
    /// (its `editable` paths). Narrower than [`EditorGroup::prefixes`]
    /// (which says where a path belongs) on purpose: the value group opens
    /// the value and the claim, not the whole product; the screenshots
    /// group the list, not the effects table; retention not the
    /// experience; and the seed is never opened (a student must not
    /// re-roll the people).
    pub const fn opens(self) -> &'static [&'static str] {
        match self {
            EditorGroup::Value => &["product.value", "product.claim"],
            EditorGroup::Costs => &["product.costs"],
            EditorGroup::Screenshots => &["product.screenshots"],
            EditorGroup::Audience => &["segments"],
            EditorGroup::Alternatives => &["alternatives"],
            EditorGroup::Decision => &["decision"],
            EditorGroup::Time => &["diffusion"],
            EditorGroup::Retention => &["retention"],
            EditorGroup::Simulation => &["users"],
        }
    }

    /// The exercise's `editable` paths for the groups students see
    /// (`None`: every group), in the editor's order.
    pub fn editable_paths(groups: Option<&[EditorGroup]>) -> Vec<String> {
        EditorGroup::ALL
            .into_iter()
            .filter(|g| groups.is_none_or(|list| list.contains(g)))
            .flat_map(|g| g.opens().iter().map(|p| p.to_string()))
            .collect()
    }

    /// The order in which [`EditorGroup::of_path`] tries the groups: the
    /// more specific prefixes (`product.costs`) before the ones that
    /// contain them (`product`).
    const BY_PATH: [EditorGroup; 9] = [
        EditorGroup::Screenshots,
        EditorGroup::Retention,
        EditorGroup::Costs,
        EditorGroup::Value,
        EditorGroup::Audience,
        EditorGroup::Alternatives,
        EditorGroup::Decision,
        EditorGroup::Simulation,
        EditorGroup::Time,
    ];

    /// The group by its key (`"costs"`), as `?controls=` names it.
    pub fn from_key(key: &str) -> Option<EditorGroup> {
        EditorGroup::ALL.into_iter().find(|g| g.key() == key)
    }

    /// The group whose controls edit `path` (`segments[1].share`); `None`
    /// for what no group edits (the title, an exercise).
    pub fn of_path(path: &str) -> Option<EditorGroup> {
        EditorGroup::BY_PATH.into_iter().find(|g| {
            g.prefixes()
                .iter()
                .any(|prefix| path_is_under(path, prefix))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_are_in_editor_order() {
        for group in EditorGroup::ALL {
            assert_eq!(EditorGroup::from_key(group.key()), Some(group));
            assert_eq!(group.label_key(), format!("editor-group-{}", group.key()));
        }
        assert_eq!(EditorGroup::from_key("Costs"), None);
        let mut sorted = EditorGroup::ALL;
        sorted.sort();
        assert_eq!(sorted, EditorGroup::ALL);
    }

    #[test]
    fn editable_paths_follow_the_groups() {
        assert_eq!(
            EditorGroup::editable_paths(Some(&[EditorGroup::Audience, EditorGroup::Value])),
            vec!["product.value", "product.claim", "segments"]
        );
        let all = EditorGroup::editable_paths(None);
        assert!(all.contains(&"product.screenshots".to_string()));
        assert!(!all.contains(&"seed".to_string()), "the seed stays locked");
        assert!(EditorGroup::editable_paths(Some(&[])).is_empty());
    }

    #[test]
    fn what_a_group_opens_lies_within_the_group() {
        // Narrower than the prefixes, never elsewhere: every opened path
        // belongs to its own group, so a student sees the control it opens.
        for group in EditorGroup::ALL {
            for path in group.opens() {
                assert_eq!(EditorGroup::of_path(path), Some(group), "{path}");
            }
        }
    }

    #[test]
    fn every_group_is_tried_for_paths() {
        for group in EditorGroup::ALL {
            assert!(EditorGroup::BY_PATH.contains(&group), "{group:?}");
            for prefix in group.prefixes() {
                assert_eq!(EditorGroup::of_path(prefix), Some(group), "{prefix}");
            }
        }
    }
}
