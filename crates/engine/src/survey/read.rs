//! Reading a survey CSV: the header, which columns mean what, and each
//! row's cells as numbers, with every bad cell located by line and column.

use serde::{Deserialize, Serialize};

use crate::problem::{CellReason, ProblemKind, Quoted};
use crate::scenario::{COST_NAMES, Endpoint};
use crate::validate::MAX_MAGNITUDE;

/// What a column of the file is used for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Role {
    /// A rating of the product's value or of one cost.
    Rating(Endpoint),
    Segment,
    Adopted,
}

impl Role {
    /// The column name this role is known by (`value`, `trust`, …).
    pub(crate) fn name(self) -> &'static str {
        match self {
            Role::Rating(Endpoint::Value) => "value",
            Role::Rating(e) => e.cost().map_or("value", |k| COST_NAMES[k as usize]),
            Role::Segment => "segment",
            Role::Adopted => "adopted",
        }
    }

    fn all() -> impl Iterator<Item = Role> {
        Endpoint::ALL
            .into_iter()
            .map(Role::Rating)
            .chain([Role::Segment, Role::Adopted])
    }
}

/// One cell that could not be used, located as a spreadsheet shows it
/// (`line 3, column value: "oops" is not a number`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BadCell {
    /// Line of the file where the row starts (the header is line 1).
    pub line: u64,
    /// The column's name as the file spells it.
    pub column: String,
    /// The cell's text (shortened to 40 characters).
    pub text: String,
    /// What is wrong with it (in JSON, its English words).
    pub reason: CellReason,
}

impl BadCell {
    /// The cell as a problem's words: where it is, its text if any, and
    /// what is wrong with it.
    pub fn kind(&self) -> ProblemKind {
        let (line, column, reason) = (self.line, self.column.clone(), self.reason);
        if self.text.is_empty() {
            ProblemKind::SurveyCell {
                line,
                column,
                reason,
            }
        } else {
            ProblemKind::SurveyCellText {
                line,
                column,
                text: Quoted(self.text.clone()),
                reason,
            }
        }
    }
}

impl std::fmt::Display for BadCell {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.kind().fmt(f)
    }
}

/// The cell separator: `,` unless the header line (outside quotes) has
/// more `;` or tabs than commas.
pub(crate) fn delimiter(bytes: &[u8]) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for &b in bytes.iter().take_while(|b| **b != b'\n') {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3)
        .max_by_key(|i| (counts[*i], usize::from(*i == 0)))
        .unwrap_or(0);
    [b',', b';', b'\t'][best]
}

/// The columns of the file.
#[derive(Debug, Clone, Default)]
pub(crate) struct Columns {
    /// (role, index in the row, header as written).
    pub used: Vec<(Role, usize, String)>,
    /// Headers of the columns nobody uses, as written.
    pub ignored: Vec<String>,
}

/// The name a header stands for: the header itself, trimmed, without a
/// byte-order mark and in lower case, or the name in brackets at its end
/// (`How much is it worth to you? [value]`), so a form's question text can
/// carry its column name.
fn header_key(h: &str) -> String {
    let h = h.trim_start_matches('\u{feff}').trim().to_lowercase();
    for (open, close) in [('[', ']'), ('(', ')')] {
        if let Some(body) = h.strip_suffix(close)
            && let Some(at) = body.rfind(open)
        {
            let inner = body[at + open.len_utf8()..].trim();
            if Role::all().any(|r| r.name() == inner) {
                return inner.to_string();
            }
        }
    }
    h
}

/// Sorts the header into used and ignored columns. `Err` names a role
/// claimed by two columns.
pub(crate) fn columns(header: &[String]) -> Result<Columns, (String, Vec<String>)> {
    let mut out = Columns::default();
    for (i, h) in header.iter().enumerate() {
        let key = header_key(h);
        match Role::all().find(|r| r.name() == key) {
            Some(role) => {
                if let Some((_, _, first)) = out.used.iter().find(|(r, _, _)| *r == role) {
                    return Err((role.name().to_string(), vec![first.clone(), h.clone()]));
                }
                out.used.push((role, i, h.trim().to_string()));
            }
            None => {
                let shown = h.trim_start_matches('\u{feff}').trim();
                out.ignored.push(if shown.is_empty() {
                    format!("(column {} without a name)", i + 1)
                } else {
                    shown.to_string()
                });
            }
        }
    }
    Ok(out)
}

fn short(text: &str) -> String {
    let t = text.trim();
    if t.chars().count() > 40 {
        let mut s: String = t.chars().take(39).collect();
        s.push('…');
        s
    } else {
        t.to_string()
    }
}

/// The cell of `role` in a row, checked: `Ok(number)` for a rating or
/// `adopted` (0 or 1), `Err(reason)` otherwise. Segments are read apart.
/// With `decimal_comma` (a file not separated by commas) `7,5` reads as
/// 7.5, as the spreadsheets that save `;` write it.
pub(crate) fn number(
    role: Role,
    raw: Option<&[u8]>,
    decimal_comma: bool,
) -> Result<f64, (String, CellReason)> {
    let Some(raw) = raw else {
        return Err((String::new(), CellReason::Missing));
    };
    let Ok(text) = std::str::from_utf8(raw) else {
        return Err((short(&String::from_utf8_lossy(raw)), CellReason::NotUtf8));
    };
    let t = text.trim();
    if t.is_empty() {
        return Err((String::new(), CellReason::Empty));
    }
    if role == Role::Adopted {
        return match t.to_lowercase().as_str() {
            // The answers of the questionnaire in docs/survey.md, in its
            // four languages, as a form exports them.
            "1" | "yes" | "true" | "y" | "是" | "예" | "네" => Ok(1.0),
            "0" | "no" | "false" | "n" | "否" | "아니요" | "아니오" => Ok(0.0),
            _ => Err((short(t), CellReason::NotYesNo)),
        };
    }
    let parsed = if decimal_comma && t.matches(',').count() == 1 && !t.contains('.') {
        t.replace(',', ".").parse()
    } else {
        t.parse()
    };
    let x: f64 = match parsed {
        Ok(x) => x,
        Err(_) => return Err((short(t), CellReason::NotANumber)),
    };
    if !x.is_finite() || x.abs() > MAX_MAGNITUDE {
        return Err((short(t), CellReason::OutOfRange));
    }
    if matches!(role, Role::Rating(e) if e.cost().is_some()) && x < 0.0 {
        return Err((short(t), CellReason::NegativeCost));
    }
    Ok(x)
}

/// The segment cell of a row: its trimmed text, or `Err(reason)`.
pub(crate) fn segment(raw: Option<&[u8]>) -> Result<String, (String, CellReason)> {
    let Some(raw) = raw else {
        return Err((String::new(), CellReason::Missing));
    };
    let text = String::from_utf8_lossy(raw);
    let t = text.trim();
    if t.is_empty() {
        Err((String::new(), CellReason::Empty))
    } else {
        Ok(t.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_match_loosely() {
        let header: Vec<String> = [
            "\u{feff}Timestamp",
            " Value ",
            "How much do you doubt it works? [trust]",
            "E-mail",
            "SEGMENT",
            "",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let c = columns(&header).unwrap();
        let roles: Vec<&str> = c.used.iter().map(|(r, _, _)| r.name()).collect();
        assert_eq!(roles, ["value", "trust", "segment"]);
        assert_eq!(
            c.ignored,
            ["Timestamp", "E-mail", "(column 6 without a name)"]
        );
        let twice = ["value".to_string(), "VALUE".to_string()];
        assert_eq!(columns(&twice).unwrap_err().0, "value");
    }

    #[test]
    fn separators_follow_the_header() {
        assert_eq!(delimiter(b"value,trust\n1;2"), b',');
        assert_eq!(delimiter(b"value;trust;\"a,b,c\"\n1,2"), b';');
        assert_eq!(delimiter(b"value\ttrust\n"), b'\t');
        assert_eq!(delimiter(b"value\n"), b',');
        assert_eq!(delimiter(b""), b',');
    }

    #[test]
    fn cells_say_what_is_wrong() {
        let v = Role::Rating(Endpoint::Value);
        let t = Role::Rating(Endpoint::Trust);
        assert_eq!(number(v, Some(b" -2.5 "), false), Ok(-2.5));
        assert_eq!(
            number(t, Some(b"-1"), false).unwrap_err().1,
            CellReason::NegativeCost
        );
        assert_eq!(
            number(v, Some(b"oops"), false).unwrap_err().1,
            CellReason::NotANumber
        );
        assert_eq!(number(v, Some(b"NaN"), false).unwrap_err().0, "NaN");
        assert_eq!(
            number(v, Some(b""), false).unwrap_err().1,
            CellReason::Empty
        );
        assert_eq!(number(Role::Adopted, Some(b"Yes"), false), Ok(1.0));
        assert_eq!(number(Role::Adopted, Some("否".as_bytes()), false), Ok(0.0));
        assert_eq!(number(Role::Adopted, Some("예".as_bytes()), false), Ok(1.0));
        assert!(number(Role::Adopted, Some(b"2"), false).is_err());
        assert!(number(v, Some(&[0xff, 0x31]), false).is_err());
        assert!(number(v, None, false).is_err());
        assert_eq!(number(v, Some(b"7,5"), true), Ok(7.5));
        assert!(number(v, Some(b"7,5"), false).is_err());
        assert!(number(v, Some(b"1,000.5"), true).is_err());
        let cell = BadCell {
            line: 3,
            column: "value".into(),
            text: "oops".into(),
            reason: CellReason::NotANumber,
        };
        assert_eq!(
            cell.to_string(),
            "line 3, column value: \"oops\" is not a number"
        );
    }
}
