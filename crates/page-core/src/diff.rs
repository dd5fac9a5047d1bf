//! Where B differs from A, by editor group, for highlighting.
//!
//! The engine lists the JSON paths at which two scenarios differ
//! (`worthit_engine::lab::diff_paths`); this maps each to the editor group
//! that holds its control ([`EditorGroup::of_path`]), so compare mode can
//! mark those groups and list them in words.

use worthit_engine::Scenario;
use worthit_engine::lab::diff_paths;

use crate::groups::EditorGroup;

/// The editor group whose controls edit `path`; `None` for what no group
/// edits (the title, an exercise).
pub fn group_of(path: &str) -> Option<EditorGroup> {
    EditorGroup::of_path(path)
}

/// One editor group in which the variants differ, with the paths.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupDiff {
    /// The group; `None` for paths no group edits.
    pub group: Option<EditorGroup>,
    pub paths: Vec<String>,
}

impl GroupDiff {
    /// The group's key (`"costs"`), `"other"` for paths no group edits.
    pub fn key(&self) -> &'static str {
        self.group.map_or("other", EditorGroup::key)
    }
}

/// Where `b` differs from `a`: every differing path, and the groups that
/// hold them in editor order (paths no group edits come last, under
/// `"other"`).
pub fn differences(a: &Scenario, b: &Scenario) -> (Vec<String>, Vec<GroupDiff>) {
    let paths = diff_paths(a, b);
    let mut groups: Vec<GroupDiff> = Vec::new();
    for path in &paths {
        let group = group_of(path);
        match groups.iter_mut().find(|g| g.group == group) {
            Some(g) => g.paths.push(path.clone()),
            None => groups.push(GroupDiff {
                group,
                paths: vec![path.clone()],
            }),
        }
    }
    // `None` sorts first among options; "other" belongs last.
    worthit_engine::sort::sort_by_key(&mut groups, |g| (g.group.is_none(), g.group));
    (paths, groups)
}
