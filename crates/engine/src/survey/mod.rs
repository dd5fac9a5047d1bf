//! A population from a survey: a CSV of respondents' ratings turned into a
//! scenario (`docs/survey.md`).
//!
//! Pure functions over bytes, so the page can call [`import`] in its Web
//! Worker on a dropped file and the command line on a read one:
//!
//! 1. The header names the columns: `value` and any of the six costs
//!    (ratings in utility points), optional `segment` and `adopted` (0/1).
//!    Headers are trimmed, compared without case, may start with a
//!    byte-order mark, and may carry the name in brackets at the end
//!    (`How much is it worth to you? [value]`). Other columns are ignored
//!    and listed. Cells are separated by commas, or by semicolons or tabs
//!    when the header has more of those (spreadsheets in many languages
//!    save `;`).
//! 2. A row with a bad cell in a used column (not a number, missing, a
//!    negative cost, `adopted` not 0 or 1) is skipped and the cell reported
//!    by line and column (the first [`MAX_REPORTED_CELLS`]). Rows whose
//!    cells are all blank are not respondents and are passed over. The
//!    import takes the good rows and says how many it skipped, unless more
//!    rows are bad than good (then the file is probably not what it seems:
//!    decimal commas, another export): it refuses with the list.
//! 3. Segments differ by a scale: segment s's weight on a column is its
//!    mean rating over everyone's mean rating, and the product's
//!    distribution is fitted to each rating divided by its segment's
//!    weight (so every segment's mean is reproduced exactly). One segment
//!    per distinct `segment` value, its share the number of respondents.
//!    A column whose overall mean is ≤ 0 (a value column can be) keeps
//!    weight 1 in every segment.
//! 4. Each column is fitted by [`fit::fit_column`] (normal or log-normal by
//!    maximum likelihood, the lower AIC wins), for every segment (reported)
//!    and for the population (the scenario).
//! 5. Correlations: Pearson correlation of the normal scores of the ranks
//!    (computed within each segment), which estimates the Gaussian copula's
//!    rho. A pair is kept when |r| ≥ [`MIN_CORRELATION`] and |r| is at
//!    least twice its standard error (1 − r²)/√n; kept values are rounded
//!    to 3 decimals and, should that make them impossible together, all
//!    shrunk toward 0 by 5% steps until they are possible.
//! 6. The scenario is the base scenario the caller passes (or a default)
//!    with the fitted value, costs, segments and correlations; it holds no
//!    respondent's row. It is run once (at most [`CHECK_USERS`] people) to
//!    put its adoption share next to the respondents' own (`adopted`).

pub mod fit;
mod read;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::copula::is_possible;
use crate::error::{Problem, ScenarioError};
use crate::problem::{Keys, ProblemKind, Quoted};
use crate::scenario::{
    Correlation, DEFAULT_SCREENSHOTS_VIEWED, DEFAULT_SKEPTICISM, Endpoint, Scenario, Segment,
    Weights,
};
use crate::sim::{RunOptions, run};
use crate::stats::wilson;
use crate::validate::{MAX_SEGMENTS, validate};

pub use fit::{Family, Fit};
pub use read::BadCell;
use read::Role;

/// Bad cells listed in a report or an error (the count says how many more).
pub const MAX_REPORTED_CELLS: usize = 20;

/// The largest survey file, in bytes, the page and the command line read:
/// 32 MiB. A survey is not a scenario document, so it has its own limit
/// (the 1 MiB of `crate::input` is for scenarios and comparisons): a
/// 100,000-row export with a dozen columns is a few megabytes, and the
/// bound keeps an endless input from growing memory without end.
pub const MAX_SURVEY_BYTES: usize = 32 << 20;

/// The message for a survey file over [`MAX_SURVEY_BYTES`].
pub const SURVEY_TOO_LARGE: &str =
    "too large: over 32 MiB, the most worthit reads from a survey file";
/// Fewest respondents a segment (or a file without segments) needs.
pub const MIN_ROWS: usize = 5;
/// Smallest correlation kept in the scenario (smaller ones move adoption
/// by too little to be worth a line, and are mostly noise in a survey).
pub const MIN_CORRELATION: f64 = 0.1;
/// Most simulated people in the adoption check.
pub const CHECK_USERS: u64 = 200_000;

/// Why a file cannot be imported. The scenario that was open stays as it
/// was: nothing is changed until an import succeeds.
#[derive(Debug, Clone, PartialEq)]
pub enum SurveyError {
    /// The file has no header row.
    Empty,
    /// No column is named `value`.
    NoValueColumn { headers: Vec<String> },
    /// Two columns stand for the same name.
    DuplicateColumn { name: String, headers: Vec<String> },
    /// More rows are bad than good, or none is good.
    TooManyBadRows {
        good: usize,
        bad: usize,
        cells: Vec<BadCell>,
        cells_total: usize,
    },
    /// Too few respondents overall (`segment` None) or in one segment.
    TooFewRows {
        segment: Option<String>,
        rows: usize,
    },
    /// More distinct segments than a scenario may have.
    TooManySegments { count: usize },
    /// The fitted scenario is not valid (its base had a problem).
    Scenario(ScenarioError),
}

impl SurveyError {
    /// What the error says, a line each, in no language yet: the reason,
    /// then (for bad rows) the first bad cells and how many more, or (for
    /// an invalid fitted scenario) its further problems. The command line
    /// prints their English (`Display`), the page their translations.
    pub fn lines(&self) -> Vec<Problem> {
        let line = |kind: ProblemKind| Problem::new("", kind);
        match self {
            SurveyError::Empty => vec![line(ProblemKind::SurveyEmpty {})],
            SurveyError::NoValueColumn { headers } => {
                vec![line(ProblemKind::SurveyNoValueColumn {
                    headers: Keys(headers.clone()),
                })]
            }
            SurveyError::DuplicateColumn { name, headers } => {
                let header = |i: usize| headers.get(i).cloned().unwrap_or_default();
                vec![line(ProblemKind::SurveyDuplicateColumn {
                    name: name.clone(),
                    first: header(0),
                    second: header(1),
                })]
            }
            SurveyError::TooManyBadRows {
                good,
                bad,
                cells,
                cells_total,
            } => {
                let mut lines = vec![line(ProblemKind::SurveyBadRows {
                    bad: *bad as u64,
                    good: *good as u64,
                })];
                lines.extend(cells.iter().map(|c| line(c.kind())));
                if *cells_total > cells.len() {
                    lines.push(line(ProblemKind::SurveyMoreCells {
                        count: (cells_total - cells.len()) as u64,
                    }));
                }
                lines
            }
            SurveyError::TooFewRows { segment, rows } => {
                let (rows, min) = (*rows as u64, MIN_ROWS as u64);
                vec![line(match segment {
                    None => ProblemKind::SurveyTooFewRows { rows, min },
                    Some(s) => ProblemKind::SurveySegmentTooFewRows {
                        segment: Quoted(s.clone()),
                        rows,
                        min,
                    },
                })]
            }
            SurveyError::TooManySegments { count } => {
                vec![line(ProblemKind::SurveyTooManySegments {
                    count: *count as u64,
                    max: MAX_SEGMENTS as u64,
                })]
            }
            SurveyError::Scenario(e) => {
                let mut problems = e.problems.iter().cloned();
                let first = problems.next().unwrap_or_default();
                let mut lines = vec![line(ProblemKind::SurveyFittedInvalid {
                    problem: Box::new(first),
                })];
                lines.extend(problems);
                lines
            }
        }
    }
}

impl std::fmt::Display for SurveyError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (i, line) in self.lines().iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            write!(f, "{line}")?;
        }
        Ok(())
    }
}

impl std::error::Error for SurveyError {}

/// A fitted scenario and what the fit found.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Import {
    pub scenario: Scenario,
    pub report: Report,
}

/// What the import did, for the person to judge the fit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Respondent rows in the file (blank rows not counted).
    pub rows: usize,
    /// Rows used.
    pub used: usize,
    /// Rows skipped for a bad cell.
    pub skipped: usize,
    /// The first bad cells (at most [`MAX_REPORTED_CELLS`]).
    pub bad_cells: Vec<BadCell>,
    /// All bad cells.
    pub bad_cells_total: usize,
    /// Columns not used, as the file names them.
    pub ignored_columns: Vec<String>,
    /// The population's fit per column (ratings divided by the segment's
    /// weight): what the scenario holds.
    pub columns: Vec<ColumnFit>,
    /// Per segment (one "Everyone" without a segment column).
    pub segments: Vec<SegmentFit>,
    /// Every pair's correlation and whether the scenario keeps it.
    pub correlations: Vec<CorrelationFit>,
    pub adoption: AdoptionCheck,
}

/// The fit of one column.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ColumnFit {
    /// `value` or a cost's name.
    pub column: String,
    #[serde(flatten)]
    pub fit: Fit,
}

/// One segment's respondents and fits.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SegmentFit {
    pub name: String,
    pub respondents: usize,
    /// Respondents over all used rows.
    pub share: f64,
    /// The weight of each fitted column in the scenario.
    pub weights: BTreeMap<String, f64>,
    pub columns: Vec<ColumnFit>,
}

/// A pair's rank correlation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CorrelationFit {
    pub a: Endpoint,
    pub b: Endpoint,
    /// Correlation of the normal scores of the ranks.
    pub rho: f64,
    /// Its standard error, (1 − rho²)/√n.
    pub se: f64,
    /// Whether the scenario keeps it (and the rho it keeps, which may be
    /// rounded or shrunk).
    pub kept: Option<f64>,
}

/// The respondents' own adoption next to the fitted scenario's.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct AdoptionCheck {
    /// From the `adopted` column: an observation for calibration (`users`
    /// respondents of whom `adopters` adopted).
    pub respondents: Option<Observed>,
    /// The fitted scenario's simulated adoption.
    pub simulated: Simulated,
}

/// Respondents who adopted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Observed {
    pub users: u64,
    pub adopters: u64,
    pub share: f64,
    /// Wilson 95% interval: the sampling error of the respondents' share.
    pub ci95: [f64; 2],
}

/// The fitted scenario's run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Simulated {
    pub users: u64,
    pub share: f64,
    /// Wilson 95% interval: Monte Carlo error only.
    pub ci95: [f64; 2],
}

/// One usable respondent.
struct Row {
    ratings: [f64; 7],
    segment: usize,
    adopted: Option<bool>,
}

/// Imports a survey CSV. `base` gives everything that is not fitted
/// (product name, alternatives, decision rule, seed, users…); without it a
/// default scenario (threshold rule, 100,000 people, seed 0) is used.
pub fn import(bytes: &[u8], base: Option<&Scenario>) -> Result<Import, SurveyError> {
    let separator = read::delimiter(bytes);
    let decimal_comma = separator != b',';
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        .from_reader(bytes);
    let mut records = reader.byte_records();
    let header: Vec<String> = match records.next() {
        Some(Ok(h)) => h
            .iter()
            .map(|c| String::from_utf8_lossy(c).into_owned())
            .collect(),
        _ => return Err(SurveyError::Empty),
    };
    let cols = read::columns(&header)
        .map_err(|(name, headers)| SurveyError::DuplicateColumn { name, headers })?;
    if !cols
        .used
        .iter()
        .any(|(r, _, _)| *r == Role::Rating(Endpoint::Value))
    {
        let headers = header
            .iter()
            .map(|h| h.trim_start_matches('\u{feff}').trim().to_string())
            .filter(|h| !h.is_empty())
            .collect();
        return Err(SurveyError::NoValueColumn { headers });
    }
    let has_segment = cols.used.iter().any(|(r, _, _)| *r == Role::Segment);
    let has_adopted = cols.used.iter().any(|(r, _, _)| *r == Role::Adopted);

    let mut rows = Vec::new();
    let mut segment_names: Vec<String> = Vec::new();
    let mut bad_cells = Vec::new();
    let (mut total, mut bad_rows, mut cells_total) = (0usize, 0usize, 0usize);
    for rec in records {
        let rec = match rec {
            Ok(r) => r,
            // Reading from memory, the csv crate reports no error for any
            // bytes (invalid text is checked per cell); should it ever, the
            // rest of the file is unreadable.
            Err(_) => break,
        };
        if rec.iter().all(|c| c.iter().all(u8::is_ascii_whitespace)) {
            continue;
        }
        total += 1;
        let line = rec.position().map_or(total as u64 + 1, |p| p.line());
        let mut row = Row {
            ratings: [f64::NAN; 7],
            segment: 0,
            adopted: None,
        };
        let mut ok = true;
        let mut segment_name = None;
        for (role, i, name) in &cols.used {
            let raw = rec.get(*i);
            let result = match role {
                Role::Segment => read::segment(raw).map(|s| {
                    segment_name = Some(s);
                }),
                Role::Rating(e) => read::number(*role, raw, decimal_comma).map(|x| {
                    row.ratings[*e as usize] = x;
                }),
                Role::Adopted => read::number(*role, raw, false).map(|x| {
                    row.adopted = Some(x > 0.5);
                }),
            };
            if let Err((text, reason)) = result {
                ok = false;
                cells_total += 1;
                if bad_cells.len() < MAX_REPORTED_CELLS {
                    bad_cells.push(BadCell {
                        line,
                        column: name.clone(),
                        text,
                        reason,
                    });
                }
            }
        }
        if !ok {
            bad_rows += 1;
            continue;
        }
        if let Some(name) = segment_name {
            row.segment = match segment_names.iter().position(|s| *s == name) {
                Some(j) => j,
                None => {
                    segment_names.push(name);
                    segment_names.len() - 1
                }
            };
        }
        rows.push(row);
    }
    let good = rows.len();
    if good == 0 || bad_rows > good {
        return Err(SurveyError::TooManyBadRows {
            good,
            bad: bad_rows,
            cells: bad_cells,
            cells_total,
        });
    }
    if good < MIN_ROWS {
        return Err(SurveyError::TooFewRows {
            segment: None,
            rows: good,
        });
    }
    if !has_segment {
        segment_names.push("Everyone".to_string());
    }
    if segment_names.len() > MAX_SEGMENTS {
        return Err(SurveyError::TooManySegments {
            count: segment_names.len(),
        });
    }
    let mut counts = vec![0usize; segment_names.len()];
    for r in &rows {
        counts[r.segment] += 1;
    }
    if let Some((j, &c)) = counts.iter().enumerate().find(|(_, c)| **c < MIN_ROWS) {
        return Err(SurveyError::TooFewRows {
            segment: Some(segment_names[j].clone()),
            rows: c,
        });
    }

    let fitted: Vec<Endpoint> = Endpoint::ALL
        .into_iter()
        .filter(|e| cols.used.iter().any(|(r, _, _)| *r == Role::Rating(*e)))
        .collect();
    let column = |e: Endpoint, seg: Option<usize>| -> Vec<f64> {
        rows.iter()
            .filter(|r| seg.is_none_or(|s| r.segment == s))
            .map(|r| r.ratings[e as usize])
            .collect()
    };

    // Segment weights: a segment's mean over everyone's mean.
    let n_seg = segment_names.len();
    let mut weights = vec![[1.0f64; 7]; n_seg];
    if n_seg > 1 {
        for &e in &fitted {
            let all = column(e, None);
            let mean = all.iter().sum::<f64>() / all.len() as f64;
            if mean <= 0.0 {
                continue;
            }
            let means: Vec<f64> = (0..n_seg)
                .map(|s| {
                    let xs = column(e, Some(s));
                    xs.iter().sum::<f64>() / xs.len() as f64
                })
                .collect();
            if means.iter().any(|m| *m < 0.0) {
                continue;
            }
            for (w, m) in weights.iter_mut().zip(&means) {
                w[e as usize] = m / mean;
            }
        }
    }

    // Fits: per segment (reported) and the population (rescaled).
    let name_of = |e: Endpoint| Role::Rating(e).name().to_string();
    let segments: Vec<SegmentFit> = (0..n_seg)
        .map(|s| SegmentFit {
            name: segment_names[s].clone(),
            respondents: counts[s],
            share: counts[s] as f64 / good as f64,
            weights: fitted
                .iter()
                .map(|e| (name_of(*e), weights[s][*e as usize]))
                .collect(),
            columns: fitted
                .iter()
                .map(|e| ColumnFit {
                    column: name_of(*e),
                    fit: fit::fit_column(&column(*e, Some(s))),
                })
                .collect(),
        })
        .collect();
    let columns: Vec<ColumnFit> = fitted
        .iter()
        .map(|&e| {
            let xs: Vec<f64> = rows
                .iter()
                .map(|r| {
                    let w = weights[r.segment][e as usize];
                    let x = r.ratings[e as usize];
                    if w > 0.0 { x / w } else { x }
                })
                .collect();
            ColumnFit {
                column: name_of(e),
                fit: fit::fit_column(&xs),
            }
        })
        .collect();

    // Correlations of the normal scores of the ranks, within segments.
    let scores: Vec<Vec<f64>> = fitted
        .iter()
        .map(|&e| {
            let mut out = vec![0.0; good];
            for s in 0..n_seg {
                let idx: Vec<usize> = (0..good).filter(|i| rows[*i].segment == s).collect();
                let xs: Vec<f64> = idx.iter().map(|i| rows[*i].ratings[e as usize]).collect();
                for (i, z) in idx.iter().zip(fit::normal_scores(&xs)) {
                    out[*i] = z;
                }
            }
            out
        })
        .collect();
    let mut correlations = Vec::new();
    for i in 0..fitted.len() {
        for j in i + 1..fitted.len() {
            if columns[i].fit.family == Family::Fixed || columns[j].fit.family == Family::Fixed {
                continue;
            }
            let rho = fit::pearson(&scores[i], &scores[j]);
            let se = (1.0 - rho * rho) / (good as f64).sqrt();
            let keep = rho.abs() >= MIN_CORRELATION && rho.abs() >= 2.0 * se;
            correlations.push(CorrelationFit {
                a: fitted[i],
                b: fitted[j],
                rho,
                se,
                kept: keep.then_some((rho * 1000.0).round() / 1000.0),
            });
        }
    }
    let kept = possible_correlations(&mut correlations);

    let scenario = build_scenario(base, &fitted, &columns, &segments, &weights, kept, good)?;
    let respondents = has_adopted.then(|| {
        let adopters = rows.iter().filter(|r| r.adopted == Some(true)).count() as u64;
        let users = good as u64;
        Observed {
            users,
            adopters,
            share: adopters as f64 / users as f64,
            ci95: wilson(adopters, users, 1.959_963_984_540_054),
        }
    });
    let simulated = simulate(&scenario)?;
    Ok(Import {
        scenario,
        report: Report {
            rows: total,
            used: good,
            skipped: bad_rows,
            bad_cells,
            bad_cells_total: cells_total,
            ignored_columns: cols.ignored,
            columns,
            segments,
            correlations,
            adoption: AdoptionCheck {
                respondents,
                simulated,
            },
        },
    })
}

/// The kept correlations as a scenario list, shrunk toward 0 (5% a step)
/// until they can hold together; the report's `kept` follows.
fn possible_correlations(fits: &mut [CorrelationFit]) -> Vec<Correlation> {
    let list = |fits: &[CorrelationFit]| -> Vec<Correlation> {
        fits.iter()
            .filter_map(|c| {
                c.kept.map(|rho| Correlation {
                    a: c.a,
                    b: c.b,
                    rho,
                })
            })
            .collect()
    };
    for _ in 0..100 {
        let l = list(fits);
        if is_possible(&l) {
            return l;
        }
        for c in fits.iter_mut() {
            c.kept = c.kept.map(|r| (r * 0.95 * 1000.0).round() / 1000.0);
        }
    }
    // 0.95^100 < 0.006: every kept value has rounded to 0 by now, which is
    // always possible; reaching here would mean none is left.
    for c in fits.iter_mut() {
        c.kept = None;
    }
    Vec::new()
}

/// The base scenario when the caller gives none: the `threshold` rule,
/// 100,000 people, seed 0; the value is replaced by the fit.
const DEFAULT_BASE: &str = r#"{
  "schema": 1, "seed": 0, "users": 100000,
  "product": { "name": "Product", "value": { "dist": "fixed", "value": 0 } },
  "decision": { "rule": "threshold" }
}"#;

fn build_scenario(
    base: Option<&Scenario>,
    fitted: &[Endpoint],
    columns: &[ColumnFit],
    segments: &[SegmentFit],
    weights: &[[f64; 7]],
    correlations: Vec<Correlation>,
    respondents: usize,
) -> Result<Scenario, SurveyError> {
    let mut s = match base {
        Some(b) => b.clone(),
        // From JSON rather than a struct literal, so fields added to the
        // format later take their defaults here too.
        None => {
            let mut s: Scenario = serde_json::from_str(DEFAULT_BASE).map_err(|e| {
                SurveyError::Scenario(ScenarioError::single(
                    "",
                    crate::ProblemKind::Structure {
                        detail: e.to_string(),
                    },
                ))
            })?;
            s.title = format!("Fitted from a survey of {respondents} respondents");
            s
        }
    };
    for (e, c) in fitted.iter().zip(columns) {
        let d = c.fit.dist();
        match e.cost() {
            None => s.product.value = d,
            Some(k) => *s.product.costs.slot_mut(k) = Some(d),
        }
    }
    s.correlations = correlations;
    let base_segments = s.segments.clone();
    s.segments = if segments.len() > 1 {
        segments
            .iter()
            .zip(weights)
            .map(|(seg, w)| {
                let like = base_segments.iter().find(|b| b.name == seg.name);
                let weights = Weights {
                    value: w[0],
                    money: w[1],
                    time: w[2],
                    learning: w[3],
                    trust: w[4],
                    emotional: w[5],
                    safety: w[6],
                };
                Segment {
                    name: seg.name.clone(),
                    share: seg.respondents as f64,
                    weights,
                    skepticism: like.map_or(DEFAULT_SKEPTICISM, |b| b.skepticism),
                    screenshots_viewed: like
                        .map_or(DEFAULT_SCREENSHOTS_VIEWED, |b| b.screenshots_viewed),
                }
            })
            .collect()
    } else {
        // The ratings are the perceptions themselves: one segment with
        // every weight 1.
        Vec::new()
    };
    validate(&s).map_err(SurveyError::Scenario)?;
    Ok(s)
}

fn simulate(s: &Scenario) -> Result<Simulated, SurveyError> {
    let mut check = s.clone();
    check.users = check.users.min(CHECK_USERS);
    check.diffusion = None;
    let r = run(
        &check,
        &RunOptions {
            sensitivity: false,
            chunk_size: CHECK_USERS,
        },
    )
    .map_err(SurveyError::Scenario)?;
    Ok(Simulated {
        users: r.users,
        share: r.adoption.share,
        ci95: r.adoption.ci95,
    })
}
