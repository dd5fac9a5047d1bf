//! Number formatting for charts, summaries and tables.
//!
//! Every number a person reads goes through a [`NumberFormat`], so a locale
//! only has to supply another one: the separators, the minus sign
//! and how a list or a range is joined. The English one is
//! [`NumberFormat::en`].

/// How numbers are written for one locale.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberFormat {
    /// Decimal separator (`.` in English).
    pub decimal: char,
    /// Thousands separator (`,` in English); groups of three digits.
    pub group: char,
    /// Minus sign. U+2212 reads better than a hyphen and never wraps away
    /// from its number.
    pub minus: char,
    /// Written after a percentage (`%`).
    pub percent: String,
    /// Between the two ends of a range, e.g. an interval (`–`).
    pub range: String,
    /// Between the items of a list (`, `).
    pub list: String,
    /// Between a list item's name and its numbers (`: `).
    pub label: String,
    /// Between two numbers compared in one list item (` / `).
    pub versus: String,
    /// Written for a number that is missing or not finite.
    pub missing: String,
    /// Suffixes for compact counts: thousands and millions (`k`, `M`).
    pub thousands: String,
    pub millions: String,
}

impl Default for NumberFormat {
    fn default() -> Self {
        NumberFormat::en()
    }
}

impl NumberFormat {
    /// English: `43.1%`, `100,000`, `−0.8`, `42.8–43.4%`.
    pub fn en() -> Self {
        NumberFormat {
            decimal: '.',
            group: ',',
            minus: '\u{2212}',
            percent: "%".to_string(),
            range: "\u{2013}".to_string(),
            list: ", ".to_string(),
            label: ": ".to_string(),
            versus: " / ".to_string(),
            missing: "\u{2013}".to_string(),
            thousands: "k".to_string(),
            millions: "M".to_string(),
        }
    }

    /// A plain number with `decimals` digits after the separator and
    /// grouped thousands: `12,345.7`, `−0.8`.
    pub fn number(&self, x: f64, decimals: usize) -> String {
        self.fixed(x, decimals, false)
    }

    /// Like [`number`](Self::number) but always signed: `+0.8`, `−0.8`, `0.0`.
    pub fn signed(&self, x: f64, decimals: usize) -> String {
        self.fixed(x, decimals, true)
    }

    /// A count with grouped thousands: `100,000`.
    pub fn count(&self, n: u64) -> String {
        self.group_digits(&n.to_string())
    }

    /// A share (0..1) as a percentage: `percent(0.4312, 1)` is `43.1%`.
    pub fn percent(&self, share: f64, decimals: usize) -> String {
        if !share.is_finite() {
            return self.missing.clone();
        }
        format!("{}{}", self.number(share * 100.0, decimals), self.percent)
    }

    /// A range of shares as percentages with one unit: `42.8–43.4%`.
    pub fn percent_range(&self, lo: f64, hi: f64, decimals: usize) -> String {
        format!(
            "{}{}{}",
            self.number(lo * 100.0, decimals),
            self.range,
            self.percent(hi, decimals)
        )
    }

    /// A change in share as signed percentage points: `+2.1`, `−0.4`.
    pub fn points(&self, change: f64, decimals: usize) -> String {
        self.signed(change * 100.0, decimals)
    }

    /// A range of changes in percentage points: `3.8–4.6`, `−0.2–0.8`.
    pub fn points_range(&self, lo: f64, hi: f64, decimals: usize) -> String {
        format!(
            "{}{}{}",
            self.number(lo * 100.0, decimals),
            self.range,
            self.number(hi * 100.0, decimals)
        )
    }

    /// A probability that reads honestly at the ends: `> 99.9%`, `< 0.1%`,
    /// otherwise a percentage with one decimal.
    pub fn probability(&self, p: f64) -> String {
        if !p.is_finite() {
            self.missing.clone()
        } else if p > 0.999 {
            format!("> {}", self.percent(0.999, 1))
        } else if p < 0.001 {
            format!("< {}", self.percent(0.001, 1))
        } else {
            self.percent(p, 1)
        }
    }

    /// A short count for axis ticks: `950`, `4.2k`, `12k`, `1.5M`.
    pub fn compact(&self, x: f64) -> String {
        if !x.is_finite() {
            return self.missing.clone();
        }
        let a = x.abs();
        let (v, suffix) = if a >= 1e6 {
            (x / 1e6, self.millions.as_str())
        } else if a >= 1e3 {
            (x / 1e3, self.thousands.as_str())
        } else {
            (x, "")
        };
        // One decimal only while it carries information (4.2k, not 42.0k).
        let decimals = if suffix.is_empty() || v.abs() >= 10.0 || (v - v.round()).abs() < 0.05 {
            0
        } else {
            1
        };
        format!("{}{}", self.number(v, decimals), suffix)
    }

    /// Joins already formatted items with the list separator.
    pub fn join(&self, items: &[String]) -> String {
        items.join(&self.list)
    }

    fn fixed(&self, x: f64, decimals: usize, always_sign: bool) -> String {
        if !x.is_finite() {
            return self.missing.clone();
        }
        let text = format!("{:.*}", decimals, x.abs());
        // A value that rounds to zero is written without a sign: "−0.0"
        // would suggest a direction that is not there.
        let is_zero = text.bytes().all(|b| b == b'0' || b == b'.');
        let (int_part, frac_part) = match text.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (text.as_str(), None),
        };
        let mut out = String::new();
        if !is_zero && x < 0.0 {
            out.push(self.minus);
        } else if !is_zero && always_sign {
            out.push('+');
        }
        out.push_str(&self.group_digits(int_part));
        if let Some(f) = frac_part {
            out.push(self.decimal);
            out.push_str(f);
        }
        out
    }

    fn group_digits(&self, digits: &str) -> String {
        let n = digits.len();
        let mut out = String::with_capacity(n + n / 3);
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (n - i) % 3 == 0 {
                out.push(self.group);
            }
            out.push(c);
        }
        out
    }
}

/// Decimals that make ticks `step` apart distinct: 0 for a step of 2, 1 for
/// 0.5, 2 for 0.05.
/// The fewest decimals, from `min` up to `max`, at which the percentages
/// of shares `a` and `b` print differently, so a sentence that says one is
/// larger shows two different numbers; `None` when they print the same
/// even at `max` decimals.
pub fn decimals_to_tell_apart(a: f64, b: f64, min: usize, max: usize) -> Option<usize> {
    (min..=max).find(|&d| format!("{:.d$}", a * 100.0) != format!("{:.d$}", b * 100.0))
}

pub(crate) fn decimals_for_step(step: f64) -> usize {
    if !(step.is_finite() && step > 0.0) {
        return 0;
    }
    let d = -step.log10().floor();
    // Steps like 0.25 need one more digit than their order of magnitude.
    let d = if (step * 10f64.powf(d)).fract().abs() > 1e-6 {
        d + 1.0
    } else {
        d
    };
    d.clamp(0.0, 6.0) as usize
}

/// Enough decimals to show a what-if step as given: `0.1`, `0.05`, `1.0`.
pub(crate) fn step_decimals(step: f64) -> usize {
    decimals_for_step(step.abs()).clamp(1, 3)
}

#[cfg(test)]
mod tests {
    #[test]
    fn decimals_grow_until_two_shares_print_apart() {
        use super::decimals_to_tell_apart as tell;
        assert_eq!(tell(0.431, 0.352, 1, 4), Some(1));
        // 49.50% and 49.46% both print 49.5% at one decimal.
        assert_eq!(tell(0.4950, 0.4946, 1, 4), Some(2));
        assert_eq!(tell(0.495_01, 0.495_00, 1, 2), None);
        assert_eq!(tell(0.495_01, 0.495_00, 1, 6), Some(3));
    }

    use super::*;

    #[test]
    fn english_numbers() {
        let f = NumberFormat::en();
        assert_eq!(f.percent(0.4312, 1), "43.1%");
        assert_eq!(f.count(100_000), "100,000");
        assert_eq!(f.count(999), "999");
        assert_eq!(f.count(1_000), "1,000");
        assert_eq!(f.count(12_345_678), "12,345,678");
        assert_eq!(f.number(-0.8, 1), "\u{2212}0.8");
        assert_eq!(f.number(12345.67, 1), "12,345.7");
        assert_eq!(f.signed(0.8, 1), "+0.8");
        assert_eq!(f.signed(-0.04, 1), "0.0");
        assert_eq!(f.percent_range(0.4281, 0.4344, 1), "42.8\u{2013}43.4%");
        assert_eq!(f.points(0.021, 1), "+2.1");
        assert_eq!(f.points_range(-0.002, 0.008, 1), "\u{2212}0.2\u{2013}0.8");
        assert_eq!(f.probability(0.9999), "> 99.9%");
        assert_eq!(f.probability(0.0001), "< 0.1%");
        assert_eq!(f.probability(0.72), "72.0%");
        assert_eq!(f.compact(950.0), "950");
        assert_eq!(f.compact(4210.0), "4.2k");
        assert_eq!(f.compact(12_000.0), "12k");
        assert_eq!(f.compact(1_500_000.0), "1.5M");
        assert_eq!(f.number(f64::NAN, 1), "\u{2013}");
        assert_eq!(f.percent(f64::INFINITY, 1), "\u{2013}");
    }

    #[test]
    fn step_decimals() {
        assert_eq!(decimals_for_step(2.0), 0);
        assert_eq!(decimals_for_step(0.5), 1);
        assert_eq!(decimals_for_step(0.25), 2);
        assert_eq!(decimals_for_step(0.05), 2);
        assert_eq!(decimals_for_step(f64::NAN), 0);
    }
}
