//! Every file the page offers, as one typed vocabulary: each [`Download`]
//! knows its file name (from the scenario's title), its MIME type and the
//! translation key of its button or menu item. The page only turns bytes
//! into a file; no name, extension or type is written anywhere else.

/// MIME type of JSON files (scenarios, comparisons, results).
pub const JSON: &str = "application/json";
/// MIME type of CSV files.
pub const CSV: &str = "text/csv";
/// MIME type of PNG pictures of charts.
pub const PNG: &str = "image/png";
/// MIME type of the LMS package.
pub const ZIP: &str = "application/zip";

/// One of the page's downloads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Download {
    /// The scenario on screen, as scenario v1 JSON (the header's menu).
    Scenario,
    /// Compare mode's two variants as one comparison document (the header's
    /// menu, in place of the scenario).
    Comparison,
    /// The run's results v1 JSON (what `worthit run --json` prints).
    Results,
    /// The run's results as the documented CSV.
    ResultsCsv,
    /// The comparison's results JSON (what `worthit compare --json`
    /// prints; the verdict card).
    ComparisonResults,
    /// The comparison's results as CSV (the verdict card).
    ComparisonCsv,
    /// A results chart as a PNG picture, by the chart's stable id
    /// (`worthit_view::ChartKind::id`, e.g. `choices`).
    ChartPng(&'static str),
    /// The lab's claim curve as a PNG picture.
    ClaimCurvePng,
    /// The A vs. B net-value chart as a PNG picture.
    OverlayPng,
    /// The SCORM package for a learning management system.
    LmsPackage,
    /// The same package for SCORM 2004 4th edition.
    LmsPackage2004,
    /// The SCORM 1.2 package of compare mode's comparison (A vs. B).
    LmsComparisonPackage,
    /// The comparison's package for SCORM 2004 4th edition.
    LmsComparisonPackage2004,
}

impl Download {
    /// The downloads of the header's menu, in its order.
    pub const MENU: [Download; 3] = [Download::Scenario, Download::Results, Download::ResultsCsv];

    /// The file's name for a scenario titled `title`:
    /// `free-mobile-game-results.csv`.
    pub fn file_name(self, title: &str) -> String {
        let stem = file_stem(title);
        match self {
            Download::Scenario => format!("{stem}.json"),
            Download::Comparison => format!("{stem}-comparison.json"),
            Download::Results => format!("{stem}-results.json"),
            Download::ResultsCsv => format!("{stem}-results.csv"),
            Download::ComparisonResults => format!("{stem}-comparison-results.json"),
            Download::ComparisonCsv => format!("{stem}-comparison-results.csv"),
            Download::ChartPng(chart) => format!("{stem}-{chart}.png"),
            Download::ClaimCurvePng => format!("{stem}-claim-curve.png"),
            Download::OverlayPng => format!("{stem}-a-vs-b.png"),
            Download::LmsPackage => format!("{stem}-scorm.zip"),
            Download::LmsPackage2004 => format!("{stem}-scorm2004.zip"),
            Download::LmsComparisonPackage => format!("{stem}-comparison-scorm.zip"),
            Download::LmsComparisonPackage2004 => format!("{stem}-comparison-scorm2004.zip"),
        }
    }

    /// The file's MIME type.
    pub fn mime(self) -> &'static str {
        match self {
            Download::Scenario
            | Download::Comparison
            | Download::Results
            | Download::ComparisonResults => JSON,
            Download::ResultsCsv | Download::ComparisonCsv => CSV,
            Download::ChartPng(_) | Download::ClaimCurvePng | Download::OverlayPng => PNG,
            Download::LmsPackage
            | Download::LmsPackage2004
            | Download::LmsComparisonPackage
            | Download::LmsComparisonPackage2004 => ZIP,
        }
    }

    /// The translation key of the button or menu item that offers it.
    pub fn label_key(self) -> &'static str {
        match self {
            Download::Scenario | Download::Comparison => "header-download-scenario",
            Download::Results => "header-download-results",
            Download::ResultsCsv => "header-download-csv",
            Download::ComparisonResults => "verdict-download-json",
            Download::ComparisonCsv => "verdict-download-csv",
            Download::ChartPng(_) | Download::ClaimCurvePng | Download::OverlayPng => {
                "card-download-png"
            }
            Download::LmsPackage
            | Download::LmsPackage2004
            | Download::LmsComparisonPackage
            | Download::LmsComparisonPackage2004 => "embed-lms",
        }
    }

    /// The download a header menu item starts: in compare mode the
    /// scenario's item saves the comparison of both variants.
    pub fn in_mode(self, compare: bool) -> Download {
        match self {
            Download::Scenario if compare => Download::Comparison,
            other => other,
        }
    }

    /// The translation key of a header menu item's hint. In compare mode
    /// there is no single run to download, so the results items say where
    /// the comparison's results are instead of only being greyed out.
    /// `None` for downloads outside the header's menu.
    pub fn menu_hint_key(self, compare: bool) -> Option<&'static str> {
        match self.in_mode(compare) {
            Download::Results | Download::ResultsCsv if compare => {
                Some("header-download-compare-hint")
            }
            Download::Scenario => Some("header-download-scenario-hint"),
            Download::Comparison => Some("header-download-comparison-hint"),
            Download::Results => Some("header-download-results-hint"),
            Download::ResultsCsv => Some("header-download-csv-hint"),
            _ => None,
        }
    }

    /// Whether the file holds a run's results (the header greys these out
    /// until there are results, and points to the verdict card in compare
    /// mode).
    pub fn needs_results(self) -> bool {
        matches!(self, Download::Results | Download::ResultsCsv)
    }

    /// The header menu item's stable key (its `data-item`, which the
    /// end-to-end tests pick by), for the header's downloads.
    pub fn menu_key(self) -> Option<&'static str> {
        match self {
            // Compare mode offers the comparison under the scenario's item.
            Download::Scenario | Download::Comparison => Some("scenario-json"),
            Download::Results => Some("results-json"),
            Download::ResultsCsv => Some("results-csv"),
            _ => None,
        }
    }

    /// The header's download a menu key names ([`Download::menu_key`]).
    pub fn from_menu_key(key: &str) -> Option<Download> {
        Download::MENU
            .into_iter()
            .find(|d| d.menu_key() == Some(key))
    }
}

/// A file name from a title: lower-case words joined by hyphens, so each
/// download says what it holds ("free-mobile-game-scenario.json"); about
/// 48 characters at most, whole words; "worthit" for a title without
/// letters or digits.
pub fn file_stem(title: &str) -> String {
    let mut stem = String::new();
    for word in title
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if !stem.is_empty() {
            stem.push('-');
        }
        stem.push_str(&word.to_lowercase());
        if stem.len() > 48 {
            break;
        }
    }
    if stem.is_empty() {
        "worthit".to_string()
    } else {
        stem
    }
}
