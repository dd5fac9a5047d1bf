//! Where B differs from A, by editor group, for highlighting.
//!
//! The engine lists the JSON paths at which two scenarios differ
//! (`worthit_engine::lab::diff_paths`); this maps each to the editor group
//! that holds its control, so compare mode can mark those groups and list
//! them in words.

use worthit_engine::Scenario;
use worthit_engine::lab::diff_paths;

/// The editor group (a name from `crate::editor::GROUPS`) whose controls
/// edit `path`; `None` for what no group edits (the title, an exercise).
pub fn group_of(path: &str) -> Option<&'static str> {
    let under = |prefix: &str| {
        path.strip_prefix(prefix)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
    };
    Some(
        if under("product.screenshots") || under("product.screenshot_effects") {
            "screenshots"
        } else if under("product.experience") || under("retention") {
            "retention"
        } else if under("product.costs") {
            "costs"
        } else if under("product") {
            "value"
        } else if under("segments") {
            "audience"
        } else if under("alternatives") {
            "alternatives"
        } else if under("decision") {
            "decision"
        } else if under("users") || under("seed") {
            "simulation"
        } else if under("diffusion") {
            "time"
        } else {
            return None;
        },
    )
}

/// One editor group in which the variants differ, with the paths.
#[derive(Debug, Clone, PartialEq)]
pub struct GroupDiff {
    pub group: &'static str,
    pub paths: Vec<String>,
}

/// Where `b` differs from `a`: every differing path, and the groups that
/// hold them in editor order (paths no group edits come last, under
/// `"other"`).
pub fn differences(a: &Scenario, b: &Scenario) -> (Vec<String>, Vec<GroupDiff>) {
    let paths = diff_paths(a, b);
    let mut groups: Vec<GroupDiff> = Vec::new();
    for path in &paths {
        let group = group_of(path).unwrap_or("other");
        match groups.iter_mut().find(|g| g.group == group) {
            Some(g) => g.paths.push(path.clone()),
            None => groups.push(GroupDiff {
                group,
                paths: vec![path.clone()],
            }),
        }
    }
    groups.sort_by_key(|g| order(g.group));
    (paths, groups)
}

/// The place of a group in the editor (unknown groups last).
fn order(group: &str) -> usize {
    crate::editor::GROUPS
        .iter()
        .position(|g| *g == group)
        .unwrap_or(usize::MAX)
}
