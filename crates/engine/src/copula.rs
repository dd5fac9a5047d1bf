//! Correlated perceptions: a Gaussian copula over the product's value and
//! costs (`correlations` in the scenario, `docs/model.md`).
//!
//! Each joined quantity j gets an independent standard normal z_j from its
//! own slot (the same stream it draws from without correlations). With R
//! the correlation matrix of the listed pairs (1 on the diagonal, 0 for a
//! pair not listed) and L its lower Cholesky factor (R = L Lᵀ), the person's
//! correlated shocks are z' = L z, so corr(z'_a, z'_b) = R_ab. A normal or
//! log-normal quantity uses z' as its shock; a uniform or triangular one
//! uses Φ(z'), which is uniform on (0, 1); so every marginal stays exactly
//! its distribution. L is computed once when the scenario is compiled.
//!
//! R must be positive semi-definite (no population can have correlations
//! that are not). [`problems`] names the smallest set of listed pairs that
//! cannot hold together when it is not.

use crate::error::{Problem, ProblemKind};
use crate::model::BATCH;
use crate::scenario::{Correlation, Endpoint, Scenario};

/// Most quantities a copula joins (the endpoints, rounded up to a power of
/// two so an index can be masked).
pub(crate) const MAX_VARS: usize = 8;

/// How far below zero a Cholesky pivot may fall from rounding alone and
/// still count as zero (a semi-definite matrix, e.g. rho = 1 exactly).
const PSD_TOLERANCE: f64 = 1e-10;

/// A square matrix of the copula's size.
pub(crate) type Matrix = [[f64; MAX_VARS]; MAX_VARS];

/// A copula compiled for the hot loop.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Copula {
    /// The joined quantities, in [`Endpoint::ALL`] order.
    pub vars: Vec<Endpoint>,
    /// Lower Cholesky factor of the correlation matrix over `vars`.
    pub l: Matrix,
}

/// Whether a listed pair is one of the copula's: both ends perceived
/// (a `product.experience` pair is applied after the copula, see
/// [`experience_rho`]).
fn joins(c: &Correlation) -> bool {
    c.a != Endpoint::Experience && c.b != Endpoint::Experience
}

/// The rho of the pair `product.value`–`product.experience`, if listed
/// (the first one; validation rejects a second).
pub(crate) fn experience_rho(list: &[Correlation]) -> Option<f64> {
    list.iter()
        .find(|c| {
            matches!(
                (c.a, c.b),
                (Endpoint::Value, Endpoint::Experience) | (Endpoint::Experience, Endpoint::Value)
            )
        })
        .map(|c| c.rho)
}

/// The quantities named by a list's copula pairs, in [`Endpoint::ALL`]
/// order.
pub(crate) fn endpoints(list: &[Correlation]) -> Vec<Endpoint> {
    Endpoint::ALL
        .into_iter()
        .filter(|e| list.iter().any(|c| joins(c) && (c.a == *e || c.b == *e)))
        .take(MAX_VARS)
        .collect()
}

/// The correlation matrix over `vars` (entries of pairs not listed are 0;
/// a later duplicate overrides an earlier one, validation rejects both).
fn matrix(vars: &[Endpoint], list: &[Correlation]) -> Matrix {
    let mut r = [[0.0; MAX_VARS]; MAX_VARS];
    for (i, row) in r.iter_mut().enumerate().take(vars.len()) {
        row[i] = 1.0;
    }
    let pos = |e: Endpoint| vars.iter().position(|v| *v == e);
    for c in list.iter().filter(|c| joins(c)) {
        if let (Some(i), Some(j)) = (pos(c.a), pos(c.b))
            && i != j
        {
            r[i][j] = c.rho;
            r[j][i] = c.rho;
        }
    }
    r
}

/// The lower Cholesky factor of the leading `n` × `n` block of `a`, for a
/// positive semi-definite matrix: a zero pivot (within rounding) gives a
/// zero column, provided the rest of that column is zero too. `Err(j)` when
/// the block ending at row j is not positive semi-definite. Only additions,
/// multiplications, divisions and `sqrt` (all correctly rounded by IEEE
/// 754), so every platform gets the same bits.
#[allow(clippy::needless_range_loop)] // the textbook indices read best here
pub(crate) fn cholesky(a: &Matrix, n: usize) -> Result<Matrix, usize> {
    let n = n.min(MAX_VARS);
    let mut l = [[0.0; MAX_VARS]; MAX_VARS];
    for j in 0..n {
        let mut d = a[j][j];
        for k in 0..j {
            d -= l[j][k] * l[j][k];
        }
        if !d.is_finite() || d < -PSD_TOLERANCE {
            return Err(j);
        }
        if d <= PSD_TOLERANCE {
            // A zero pivot: the matrix is semi-definite here, which needs
            // every entry below it to vanish as well.
            for i in j + 1..n {
                let mut s = a[i][j];
                for k in 0..j {
                    s -= l[i][k] * l[j][k];
                }
                if s.abs() > 1e-7 {
                    return Err(i);
                }
            }
            continue;
        }
        let root = d.sqrt();
        l[j][j] = root;
        for i in j + 1..n {
            let mut s = a[i][j];
            for k in 0..j {
                s -= l[i][k] * l[j][k];
            }
            l[i][j] = s / root;
        }
    }
    Ok(l)
}

/// Whether the correlations of `list` can hold together.
pub fn is_possible(list: &[Correlation]) -> bool {
    let vars = endpoints(list);
    cholesky(&matrix(&vars, list), vars.len()).is_ok()
}

impl Copula {
    /// Compiles a list; `None` when it joins no perceived quantities (a
    /// `product.experience` pair alone leaves the perceived draws exactly
    /// as without it) or is impossible (validation rejects the latter
    /// first, so a run then degrades to independent draws instead of
    /// panicking).
    pub(crate) fn new(list: &[Correlation]) -> Option<Copula> {
        let vars = endpoints(list);
        if vars.is_empty() {
            return None;
        }
        let l = cholesky(&matrix(&vars, list), vars.len()).ok()?;
        Some(Copula { vars, l })
    }

    /// Whether the copula joins `e`.
    #[inline(always)]
    pub(crate) fn has(&self, e: Endpoint) -> bool {
        self.vars.contains(&e)
    }

    /// The correlated shocks of quantity `m` for people `0..n`:
    /// out[i] = Σ_{q ≤ m} L[m][q] · z[q][i], summed in order of q (the
    /// draws and the what-ifs both go through here, so they agree).
    #[inline(always)]
    pub(crate) fn correlate(
        &self,
        m: usize,
        z: &[[f64; BATCH]; MAX_VARS],
        n: usize,
        out: &mut [f64],
    ) {
        let m = m & (MAX_VARS - 1);
        let row = &self.l[m];
        let n = n.min(BATCH).min(out.len());
        out[..n].iter_mut().for_each(|s| *s = 0.0);
        for q in 0..=m {
            let w = row[q];
            for (s, zq) in out[..n].iter_mut().zip(&z[q]) {
                *s += w * zq;
            }
        }
    }
}

/// The product's value and six costs of people `0..n`, drawn exactly as a
/// run of `scenario` draws them (correlations included), before screenshot
/// and claim effects and before costs are clamped at zero: entry j of a
/// row is the quantity [`Endpoint::ALL`]`[j]`. For tests, and for a page
/// that plots how two perceptions go together. The scenario should be
/// valid; an impossible `correlations` list draws independently.
pub fn sample_quantities(scenario: &Scenario, n: u64) -> Vec<[f64; 7]> {
    let model = crate::model::Model::new(scenario);
    let mut draws = crate::model::Draws::new();
    let mut out = Vec::with_capacity(n.min(1 << 24) as usize);
    let mut start = 0;
    while start < n {
        let m = (n - start).min(BATCH as u64) as usize;
        model.draw_batch(start, m, &mut draws);
        for i in 0..m {
            let mut row = [0.0; 7];
            row[0] = draws.x[i];
            for k in 0..6 {
                row[k + 1] = if model.product.active.contains(&k) {
                    draws.c_raw[k][i]
                } else {
                    model.product.costs[k].transform(0.0)
                };
            }
            out.push(row);
        }
        start += m as u64;
    }
    out
}

/// The indices of a smallest set of listed correlations that cannot hold
/// together, or `None` when the whole list can. Found by dropping
/// quantities one at a time while what is left is still impossible, so
/// every quantity left is needed for the contradiction.
pub fn impossible_set(list: &[Correlation]) -> Option<Vec<usize>> {
    let mut vars = endpoints(list);
    let j = cholesky(&matrix(&vars, list), vars.len()).err()?;
    vars.truncate(j + 1);
    let mut k = 0;
    while k < vars.len() {
        let mut fewer = vars.clone();
        fewer.remove(k);
        if cholesky(&matrix(&fewer, list), fewer.len()).is_err() {
            vars = fewer;
        } else {
            k += 1;
        }
    }
    Some(
        list.iter()
            .enumerate()
            .filter(|(_, c)| joins(c) && vars.contains(&c.a) && vars.contains(&c.b) && c.rho != 0.0)
            .map(|(i, _)| i)
            .collect(),
    )
}

/// Every problem of the scenario's `correlations`, each at its JSON path.
pub(crate) fn problems(s: &Scenario) -> Vec<Problem> {
    let mut out = Vec::new();
    let list = &s.correlations;
    for (i, c) in list.iter().enumerate() {
        let at = |field: &str| format!("correlations[{i}].{field}");
        if !c.rho.is_finite() || c.rho.abs() > 1.0 {
            out.push(Problem::new(
                at("rho"),
                ProblemKind::RhoRange { got: c.rho },
            ));
        }
        if c.a == c.b {
            out.push(Problem::new(
                at("b"),
                ProblemKind::SelfCorrelation {
                    quantity: c.a.path().to_string(),
                },
            ));
        }
        let experience = (c.a == Endpoint::Experience) != (c.b == Endpoint::Experience);
        let other = if c.a == Endpoint::Experience {
            c.b
        } else {
            c.a
        };
        if experience && other != Endpoint::Value {
            out.push(Problem::new(
                at(if c.a == Endpoint::Experience {
                    "b"
                } else {
                    "a"
                }),
                ProblemKind::ExperiencePair {
                    quantity: other.path().to_string(),
                },
            ));
        }
        for (field, e) in [("a", c.a), ("b", c.b)] {
            if e.dist(&s.product).is_none() {
                out.push(Problem::new(
                    at(field),
                    ProblemKind::QuantityMissing {
                        quantity: e.path().to_string(),
                    },
                ));
            }
        }
        let same = |d: &Correlation| (d.a == c.a && d.b == c.b) || (d.a == c.b && d.b == c.a);
        if let Some(first) = list[..i].iter().position(same) {
            out.push(Problem::new(
                format!("correlations[{i}]"),
                ProblemKind::PairTwice {
                    a: c.a.path().to_string(),
                    b: c.b.path().to_string(),
                    first: first as u64,
                },
            ));
        }
    }
    if out.is_empty()
        && let Some(set) = impossible_set(list)
    {
        let pairs: Vec<String> = set
            .iter()
            .map(|&i| {
                let c = &list[i];
                ProblemKind::CorrelationPair {
                    index: i as u64,
                    a: c.a.path().to_string(),
                    b: c.b.path().to_string(),
                    rho: c.rho,
                }
                .to_string()
            })
            .collect();
        out.push(Problem::new(
            "correlations",
            ProblemKind::ImpossibleCorrelations {
                pairs: crate::problem::Names(pairs),
            },
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(a: Endpoint, b: Endpoint, rho: f64) -> Correlation {
        Correlation { a, b, rho }
    }

    #[test]
    fn cholesky_reproduces_the_matrix() {
        let list = [
            c(Endpoint::Value, Endpoint::Trust, -0.4),
            c(Endpoint::Trust, Endpoint::Safety, 0.6),
            c(Endpoint::Value, Endpoint::Time, 0.2),
        ];
        let vars = endpoints(&list);
        let r = matrix(&vars, &list);
        let l = cholesky(&r, vars.len()).unwrap();
        for i in 0..vars.len() {
            for j in 0..vars.len() {
                let s: f64 = (0..vars.len()).map(|k| l[i][k] * l[j][k]).sum();
                assert!((s - r[i][j]).abs() < 1e-12, "({i},{j}) {s} vs {}", r[i][j]);
            }
        }
    }

    #[test]
    fn semi_definite_is_accepted_and_contradictions_are_named() {
        // rho = 1 exactly is semi-definite: allowed.
        assert!(is_possible(&[c(Endpoint::Value, Endpoint::Trust, 1.0)]));
        // a = b, b = c, a = −c cannot hold; an unrelated pair is left out.
        let list = [
            c(Endpoint::Time, Endpoint::Learning, 0.3),
            c(Endpoint::Value, Endpoint::Trust, 0.6),
            c(Endpoint::Trust, Endpoint::Safety, 0.6),
            c(Endpoint::Value, Endpoint::Safety, -0.9),
        ];
        assert_eq!(impossible_set(&list), Some(vec![1, 2, 3]));
        assert_eq!(impossible_set(&list[..3]), None);
        // A pair left out counts as 0, which can be what makes it
        // impossible: value–trust and trust–safety at 0.9 force
        // value–safety well above 0.
        let strong = [
            c(Endpoint::Value, Endpoint::Trust, 0.9),
            c(Endpoint::Trust, Endpoint::Safety, 0.9),
        ];
        assert_eq!(impossible_set(&strong), Some(vec![0, 1]));
    }
}
