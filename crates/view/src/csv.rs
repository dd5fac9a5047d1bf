//! Results as CSV, in a long format documented in `docs/results-csv.md`:
//! one value a row, `section,item,field,value`, so every part of a run
//! (adoption, choices, segments, histogram, barriers, sensitivity,
//! timeline, retention) fits one table that spreadsheets and pandas read directly.

use std::fmt::Write;

use worthit_engine::{CompareResults, Results};

/// Header of [`results_csv`].
pub const RESULTS_CSV_HEADER: &str = "section,item,field,value";
/// Header of [`compare_csv`].
pub const COMPARE_CSV_HEADER: &str = "variant,section,item,field,value";

/// One run as CSV (RFC 4180: comma separated, CRLF line ends, fields
/// quoted when they hold a comma, a quote or a line break).
pub fn results_csv(r: &Results) -> String {
    let mut out = String::new();
    out.push_str(RESULTS_CSV_HEADER);
    out.push_str("\r\n");
    for row in rows(r) {
        push_row(&mut out, &[row.section, &row.item, row.field, &row.value]);
    }
    out
}

/// An A vs. B comparison as CSV: the rows of [`results_csv`] for A and for
/// B with a leading `variant` column (`A`, `B`), then the comparison rows
/// (`variant` empty, section `comparison`).
pub fn compare_csv(c: &CompareResults) -> String {
    let mut out = String::new();
    out.push_str(COMPARE_CSV_HEADER);
    out.push_str("\r\n");
    // What was compared comes first, so the file says it on its own: each
    // variant's title, product and strip (one row a screenshot, by
    // position), then every path where B differs.
    if let Some(k) = &c.compared {
        for (variant, v) in [("A", &k.a), ("B", &k.b)] {
            push_row(
                &mut out,
                &[variant, "variant", "", "title", &text(&v.title)],
            );
            push_row(
                &mut out,
                &[variant, "variant", "", "product", &text(&v.product)],
            );
            for (i, kind) in v.screenshots.iter().enumerate() {
                let position = (i + 1).to_string();
                push_row(
                    &mut out,
                    &[variant, "screenshots", &position, "kind", &text(kind)],
                );
            }
        }
        for path in &k.differs {
            push_row(
                &mut out,
                &["B", "differs", &text(path), "path", &text(path)],
            );
        }
    }
    for (variant, r) in [("A", &c.a), ("B", &c.b)] {
        for row in rows(r) {
            push_row(
                &mut out,
                &[variant, row.section, &row.item, row.field, &row.value],
            );
        }
    }
    let sections = [
        ("comparison", Some(&c.comparison)),
        ("retained_comparison", c.retained_comparison.as_ref()),
    ];
    for (section, k) in sections {
        let Some(k) = k else { continue };
        for (field, v) in [
            ("lift", k.lift),
            ("ci95_low", k.ci95[0]),
            ("ci95_high", k.ci95[1]),
            ("p_b_better", k.p_b_better),
        ] {
            push_row(&mut out, &["", section, "", field, &num(v)]);
        }
    }
    out
}

struct Row {
    section: &'static str,
    item: String,
    field: &'static str,
    value: String,
}

fn rows(r: &Results) -> Vec<Row> {
    let mut v = Vec::new();
    let mut add = |section: &'static str, item: String, field: &'static str, value: String| {
        v.push(Row {
            section,
            item,
            field,
            value,
        })
    };
    let none = String::new;

    add("run", none(), "schema", r.schema.to_string());
    add("run", none(), "title", text(&r.title));
    add("run", none(), "seed", r.seed.to_string());
    add("run", none(), "users", r.users.to_string());
    add("run", none(), "elapsed_ms", num(r.elapsed_ms));

    add("adoption", none(), "share", num(r.adoption.share));
    add("adoption", none(), "ci95_low", num(r.adoption.ci95[0]));
    add("adoption", none(), "ci95_high", num(r.adoption.ci95[1]));
    add(
        "adoption",
        none(),
        "adopters",
        r.adoption.adopters.to_string(),
    );

    for c in &r.choices {
        add("choice", text(&c.option), "share", num(c.share));
    }
    for s in &r.segments {
        add("segment", text(&s.name), "users", s.users.to_string());
        add(
            "segment",
            text(&s.name),
            "adoption_share",
            num(s.adoption_share),
        );
    }

    add("net_value", none(), "mean", num(r.net_value.mean));
    add("net_value", none(), "sd", num(r.net_value.sd));
    let h = &r.net_value.histogram;
    let split = h.adopter_counts.len() == h.counts.len();
    for (i, &count) in h.counts.iter().enumerate() {
        let edge = |j: usize| h.edges.get(j).map_or_else(String::new, |&e| num(e));
        add("histogram", i.to_string(), "lower", edge(i));
        add("histogram", i.to_string(), "upper", edge(i + 1));
        add("histogram", i.to_string(), "count", count.to_string());
        if split {
            add(
                "histogram",
                i.to_string(),
                "adopters",
                h.adopter_counts[i].to_string(),
            );
        }
    }

    for b in &r.barriers {
        add(
            "barrier",
            text(&b.cost),
            "decisive_share",
            num(b.decisive_share),
        );
        add(
            "barrier",
            text(&b.cost),
            "mean_adopters",
            num(b.mean_adopters),
        );
        add(
            "barrier",
            text(&b.cost),
            "mean_non_adopters",
            num(b.mean_non_adopters),
        );
    }
    for s in &r.sensitivity {
        add("sensitivity", text(&s.input), "step", num(s.step));
        add(
            "sensitivity",
            text(&s.input),
            "adoption_share",
            num(s.adoption_share),
        );
        add("sensitivity", text(&s.input), "change", num(s.change));
    }
    for t in r.timeline.iter().flatten() {
        let p = t.period.to_string();
        add("timeline", p.clone(), "aware_share", num(t.aware_share));
        add(
            "timeline",
            p.clone(),
            "new_adopters",
            t.new_adopters.to_string(),
        );
        add(
            "timeline",
            p.clone(),
            "cumulative_share",
            num(t.cumulative_share),
        );
        if let Some(a) = t.active_share {
            add("timeline", p, "active_share", num(a));
        }
    }
    if let Some(k) = &r.retention {
        let none = String::new;
        add("retention", none(), "periods", k.periods.to_string());
        add("retention", none(), "retained", k.retained.to_string());
        add("retention", none(), "retained_share", num(k.retained_share));
        add("retention", none(), "ci95_low", num(k.retained_ci95[0]));
        add("retention", none(), "ci95_high", num(k.retained_ci95[1]));
        add(
            "retention",
            none(),
            "lost_to_expectation",
            num(k.lost_to_expectation),
        );
        add(
            "retention",
            none(),
            "lost_to_recurring",
            num(k.lost_to_recurring),
        );
        for s in &k.segments {
            add(
                "retention_segment",
                text(&s.name),
                "retained_share",
                num(s.retained_share),
            );
        }
        for c in &k.curve {
            add(
                "retention_curve",
                c.period.to_string(),
                "active_share",
                num(c.active_share),
            );
        }
    }
    v
}

/// A number as Rust writes it: the shortest text that reads back to the
/// same f64, never in exponent form. Not-finite numbers are left empty
/// (results JSON cannot hold them either).
fn num(x: f64) -> String {
    if x.is_finite() {
        let mut s = String::new();
        let _ = write!(s, "{x}");
        s
    } else {
        String::new()
    }
}

/// User text (titles, names). A leading `=`, `+`, `-`, `@`, tab or carriage
/// return would make a spreadsheet run the cell as a formula (CSV
/// injection), so such text gets a leading `'`, which spreadsheets hide.
fn text(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

fn push_row(out: &mut String, fields: &[&str]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_field(out, f);
    }
    out.push_str("\r\n");
}

/// RFC 4180: a field with a comma, a double quote or a line break is
/// enclosed in double quotes, and its double quotes are doubled.
fn push_field(out: &mut String, f: &str) {
    if f.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&f.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(f);
    }
}
