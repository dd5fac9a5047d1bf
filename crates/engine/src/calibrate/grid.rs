//! The posterior on a grid: predicted shares at a few parameter values
//! (nodes), interpolated to a fine grid, times the binomial likelihood.
//!
//! The engine's predicted share p(θ) is smooth in θ (common random numbers
//! keep the people fixed), so it is simulated only at the nodes of a coarse
//! tensor grid and interpolated in between with Catmull–Rom cubics on the
//! logit scale, where shares near 0 or 1 are close to linear. The
//! posterior is then evaluated on a fine grid of cell centres (a flat prior
//! over the box gives equal prior weight to every cell), which makes
//! quantiles, the predictive check and correlations exact sums.

use crate::stats::normal_cdf;

/// Nodes per input at the first, whole-range stage, by number of inputs.
pub(crate) const SCOUT_NODES: [usize; 3] = [49, 17, 9];
/// Nodes per input at the final stage inside the posterior's box.
pub(crate) const FINAL_NODES: [usize; 3] = [7, 9, 6];
/// Fine-grid cells per input for the posterior sums.
pub(crate) const FINE_CELLS: [usize; 3] = [801, 121, 41];

/// An axis-aligned box of parameter values.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Bounds {
    pub lo: Vec<f64>,
    pub hi: Vec<f64>,
}

impl Bounds {
    pub(crate) fn dims(&self) -> usize {
        self.lo.len()
    }
}

/// The node coordinates of each axis: `m` evenly spaced points including
/// both ends.
pub(crate) fn node_axes(b: &Bounds, m: usize) -> Vec<Vec<f64>> {
    (0..b.dims())
        .map(|d| {
            (0..m)
                .map(|j| b.lo[d] + (b.hi[d] - b.lo[d]) * j as f64 / (m - 1) as f64)
                .collect()
        })
        .collect()
}

/// Every point of the tensor grid of `axes`, the last axis fastest.
pub(crate) fn tensor_points(axes: &[Vec<f64>]) -> Vec<Vec<f64>> {
    let mut out = vec![Vec::new()];
    for axis in axes {
        out = out
            .into_iter()
            .flat_map(|p| {
                axis.iter().map(move |&x| {
                    let mut q = p.clone();
                    q.push(x);
                    q
                })
            })
            .collect();
    }
    out
}

/// The fine grid's cell centres on each axis.
pub(crate) fn fine_axes(b: &Bounds, cells: usize) -> Vec<Vec<f64>> {
    (0..b.dims())
        .map(|d| {
            let h = (b.hi[d] - b.lo[d]) / cells as f64;
            (0..cells).map(|j| b.lo[d] + (j as f64 + 0.5) * h).collect()
        })
        .collect()
}

/// Catmull–Rom weights of the four nodes around `x` on evenly spaced
/// `nodes`: (first node index, weights). Ghost nodes beyond the ends are
/// linear extrapolations, folded into the end weights.
fn cubic_weights(nodes: &[f64], x: f64) -> Vec<(usize, f64)> {
    let m = nodes.len();
    if m == 1 {
        return vec![(0, 1.0)];
    }
    let h = (nodes[m - 1] - nodes[0]) / (m - 1) as f64;
    let u = if h > 0.0 { (x - nodes[0]) / h } else { 0.0 };
    let i = (u.floor().max(0.0) as usize).min(m - 2);
    let t = (u - i as f64).clamp(0.0, 1.0);
    let (t2, t3) = (t * t, t * t * t);
    let w = [
        0.5 * (-t + 2.0 * t2 - t3),
        0.5 * (2.0 - 5.0 * t2 + 3.0 * t3),
        0.5 * (t + 4.0 * t2 - 3.0 * t3),
        0.5 * (-t2 + t3),
    ];
    let mut out: Vec<(usize, f64)> = Vec::with_capacity(4);
    let mut add = |j: isize, wj: f64| {
        // Ghosts: f(−1) = 2f(0) − f(1), f(m) = 2f(m−1) − f(m−2).
        let parts: [(isize, f64); 2] = if j < 0 {
            [(0, 2.0 * wj), (1, -wj)]
        } else if j >= m as isize {
            [(m as isize - 1, 2.0 * wj), (m as isize - 2, -wj)]
        } else {
            [(j, wj), (j, 0.0)]
        };
        for (k, v) in parts {
            let k = k as usize;
            match out.iter_mut().find(|(q, _)| *q == k) {
                Some(e) => e.1 += v,
                None => out.push((k, v)),
            }
        }
    };
    for (o, &wo) in w.iter().enumerate() {
        add(i as isize - 1 + o as isize, wo);
    }
    out
}

/// Interpolates values given on the tensor grid of `nodes` (last axis
/// fastest) to the tensor grid of `fine`, one axis at a time.
pub(crate) fn interpolate(values: &[f64], nodes: &[Vec<f64>], fine: &[Vec<f64>]) -> Vec<f64> {
    let mut shape: Vec<usize> = nodes.iter().map(Vec::len).collect();
    let mut data = values.to_vec();
    for axis in 0..nodes.len() {
        let weights: Vec<Vec<(usize, f64)>> = fine[axis]
            .iter()
            .map(|&x| cubic_weights(&nodes[axis], x))
            .collect();
        let outer: usize = shape[..axis].iter().product();
        let inner: usize = shape[axis + 1..].iter().product();
        let (m_in, m_out) = (shape[axis], fine[axis].len());
        let mut out = vec![0.0; outer * m_out * inner];
        for o in 0..outer {
            for (j, wj) in weights.iter().enumerate() {
                let dst = &mut out[(o * m_out + j) * inner..(o * m_out + j + 1) * inner];
                for &(k, w) in wj {
                    let src = &data[(o * m_in + k) * inner..(o * m_in + k + 1) * inner];
                    for (d, s) in dst.iter_mut().zip(src) {
                        *d += w * s;
                    }
                }
            }
        }
        shape[axis] = m_out;
        data = out;
    }
    data
}

/// logit(p) with p kept inside (½/N, 1 − ½/N), N the simulated people: a
/// share of exactly 0 or 1 in the simulation means "below one in N".
pub(crate) fn logit(adopters: u64, n: u64) -> f64 {
    let nf = n.max(1) as f64;
    let p = (adopters as f64).clamp(0.5, nf - 0.5) / nf;
    libm::log(p / (1.0 - p))
}

/// The inverse of [`logit`].
pub(crate) fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + libm::exp(-z))
}

/// One observation's data for the likelihood.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Datum {
    pub users: f64,
    pub adopters: f64,
    /// Retained adopters, when the observation gives them.
    pub retained: Option<f64>,
}

/// Normalised posterior weights on the fine grid from each observation's
/// predicted shares there (`shares[i][cell]`) and, for an observation
/// that gives retained adopters, the predicted share of adopters who stay
/// (`kept[i]`, `Some` where the data has `retained`). The likelihood of an
/// observation is binomial(adopters | users, p) times, with retained
/// adopters, binomial(retained | adopters, s): the multinomial of
/// {adopted and stayed, adopted and left, did not adopt} with shares
/// p·s, p·(1 − s), 1 − p. `extra_var_n` is the number of people behind
/// each predicted share when their sampling noise should widen the
/// likelihood (the scouting stage, with few people): the binomial's
/// effective size becomes 1/(1/n + 1/N), for both factors (the simulated
/// adopters are about N·p and the observed about n·p, so the ratio is
/// the same). Cells with a non-finite share get weight 0. Returns None
/// when no cell has weight.
pub(crate) fn posterior(
    data: &[Datum],
    shares: &[Vec<f64>],
    kept: &[Option<Vec<f64>>],
    extra_var_n: Option<f64>,
) -> Option<Vec<f64>> {
    let cells = shares.first()?.len();
    let mut logw = vec![0.0; cells];
    for (i, (d, p)) in data.iter().zip(shares).enumerate() {
        let scale = match extra_var_n {
            Some(n_sim) => 1.0 / (1.0 + d.users / n_sim),
            None => 1.0,
        };
        add_binomial(
            &mut logw,
            p,
            d.adopters * scale,
            (d.users - d.adopters) * scale,
        );
        if let (Some(r), Some(Some(s))) = (d.retained, kept.get(i)) {
            add_binomial(&mut logw, s, r * scale, (d.adopters - r) * scale);
        }
    }
    let max = logw.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    if !max.is_finite() {
        return None;
    }
    let mut w: Vec<f64> = logw.iter().map(|l| libm::exp(l - max)).collect();
    let total: f64 = w.iter().sum();
    w.iter_mut().for_each(|x| *x /= total);
    Some(w)
}

/// Adds k·ln p + f·ln(1 − p) (a binomial's log-likelihood up to a
/// constant, k successes and f failures) to each cell's log weight.
fn add_binomial(logw: &mut [f64], p: &[f64], k: f64, f: f64) {
    for (lw, &pc) in logw.iter_mut().zip(p) {
        let pc = pc.clamp(1e-300, 1.0 - 1e-16);
        *lw += if pc.is_finite() {
            k * libm::log(pc) + f * libm::log1p(-pc)
        } else {
            f64::NEG_INFINITY
        };
    }
}

/// The marginal weights of axis `axis` (cells of the fine grid `shape`).
pub(crate) fn marginal(w: &[f64], shape: &[usize], axis: usize) -> Vec<f64> {
    let inner: usize = shape[axis + 1..].iter().product();
    let m = shape[axis];
    let mut out = vec![0.0; m];
    for (idx, &x) in w.iter().enumerate() {
        out[(idx / inner) % m] += x;
    }
    out
}

/// The q-quantile of a marginal on cells centred at `centres` (even
/// spacing), each cell's weight spread evenly across it.
pub(crate) fn quantile(marg: &[f64], centres: &[f64], q: f64) -> f64 {
    let h = if centres.len() > 1 {
        centres[1] - centres[0]
    } else {
        0.0
    };
    let mut acc = 0.0;
    for (c, &m) in centres.iter().zip(marg) {
        if acc + m >= q && m > 0.0 {
            let frac = ((q - acc) / m).clamp(0.0, 1.0);
            return c - 0.5 * h + frac * h;
        }
        acc += m;
    }
    centres.last().map_or(0.0, |c| c + 0.5 * h)
}

/// Mean and sd of each axis, and the correlation matrix, under `w`.
pub(crate) fn moments(w: &[f64], fine: &[Vec<f64>]) -> (Vec<f64>, Vec<f64>, Vec<Vec<f64>>) {
    let d = fine.len();
    let shape: Vec<usize> = fine.iter().map(Vec::len).collect();
    let coords = |idx: usize| -> Vec<f64> {
        let mut rest = idx;
        let mut c = vec![0.0; d];
        for a in (0..d).rev() {
            c[a] = fine[a][rest % shape[a]];
            rest /= shape[a];
        }
        c
    };
    let mut mean = vec![0.0; d];
    for (idx, &x) in w.iter().enumerate() {
        if x > 0.0 {
            for (m, c) in mean.iter_mut().zip(coords(idx)) {
                *m += x * c;
            }
        }
    }
    let mut cov = vec![vec![0.0; d]; d];
    for (idx, &x) in w.iter().enumerate() {
        if x > 0.0 {
            let c = coords(idx);
            for a in 0..d {
                for b in 0..d {
                    cov[a][b] += x * (c[a] - mean[a]) * (c[b] - mean[b]);
                }
            }
        }
    }
    let sd: Vec<f64> = (0..d).map(|a| cov[a][a].max(0.0).sqrt()).collect();
    let corr = (0..d)
        .map(|a| {
            (0..d)
                .map(|b| {
                    if sd[a] > 0.0 && sd[b] > 0.0 {
                        cov[a][b] / (sd[a] * sd[b])
                    } else if a == b {
                        1.0
                    } else {
                        0.0
                    }
                })
                .collect()
        })
        .collect();
    (mean, sd, corr)
}

/// The q-quantile of a share's posterior predictive: a mixture over cells
/// of the observed share of `users` people, each binomial approximated by
/// a normal (mean p, variance p(1 − p)/users), found by bisection.
pub(crate) fn predictive_quantile(w: &[f64], p: &[f64], users: f64, q: f64) -> f64 {
    let cdf = |x: f64| -> f64 {
        w.iter()
            .zip(p)
            .filter(|(wi, _)| **wi > 1e-12)
            .map(|(wi, &pi)| {
                let sd = (pi * (1.0 - pi) / users).sqrt();
                if sd > 0.0 {
                    wi * normal_cdf((x - pi) / sd)
                } else if x >= pi {
                    *wi
                } else {
                    0.0
                }
            })
            .sum()
    };
    let (mut lo, mut hi) = (0.0f64, 1.0f64);
    for _ in 0..50 {
        let mid = 0.5 * (lo + hi);
        if cdf(mid) < q {
            lo = mid;
        } else {
            hi = mid;
        }
    }
    0.5 * (lo + hi)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cubic_interpolation_is_exact_on_quadratics_inside() {
        // Catmull–Rom reproduces polynomials up to degree 2 away from the
        // ends (the linear ghosts break that only in the end cells).
        let b = Bounds {
            lo: vec![0.0, -1.0],
            hi: vec![4.0, 1.0],
        };
        let nodes = node_axes(&b, 9);
        let f = |x: f64, y: f64| 1.0 + 2.0 * x - 0.5 * x * x + 3.0 * y + x * y;
        let vals: Vec<f64> = tensor_points(&nodes)
            .iter()
            .map(|p| f(p[0], p[1]))
            .collect();
        let fine = vec![vec![1.3, 2.2, 2.9], vec![-0.6, 0.1, 0.7]];
        let got = interpolate(&vals, &nodes, &fine);
        for (i, &x) in fine[0].iter().enumerate() {
            for (j, &y) in fine[1].iter().enumerate() {
                assert!((got[i * 3 + j] - f(x, y)).abs() < 1e-12, "{x} {y}");
            }
        }
        // Linear functions are exact everywhere, ends included.
        let g = |x: f64, y: f64| 2.0 - x + 4.0 * y;
        let vals: Vec<f64> = tensor_points(&nodes)
            .iter()
            .map(|p| g(p[0], p[1]))
            .collect();
        let fine = vec![vec![0.05, 3.97], vec![-0.99, 0.98]];
        let got = interpolate(&vals, &nodes, &fine);
        assert!((got[0] - g(0.05, -0.99)).abs() < 1e-12);
        assert!((got[3] - g(3.97, 0.98)).abs() < 1e-12);
    }

    #[test]
    fn quantiles_of_a_uniform_marginal() {
        let centres: Vec<f64> = (0..10).map(|j| j as f64 + 0.5).collect();
        let marg = vec![0.1; 10];
        assert!((quantile(&marg, &centres, 0.5) - 5.0).abs() < 1e-12);
        assert!((quantile(&marg, &centres, 0.025) - 0.25).abs() < 1e-12);
    }
}
