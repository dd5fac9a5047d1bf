//! `worthit survey FILE.csv [--base SCENARIO] [--json]`: a scenario fitted
//! to survey respondents. Every number comes from
//! [`worthit_engine::survey::import`]; this file reads the file and prints.

use std::fmt::Write as _;
use std::io::Read;

use worthit_engine::survey::{Family, Import, MAX_SURVEY_BYTES, SURVEY_TOO_LARGE, import};

use crate::args::Overrides;
use crate::{Failure, emit, load, source_name, to_json};

/// Runs the command: exit 2 (a [`Failure::Usage`]) on a file that cannot
/// be imported, with the reasons and the bad cells by line and column.
pub(crate) fn run(input: &str, base: Option<&str>, json: bool) -> Result<(), Failure> {
    let base = base.map(|b| load(b, Overrides::default())).transpose()?;
    let bytes = read_bytes(input)?;
    let imported = import(&bytes, base.as_ref())
        .map_err(|e| Failure::Usage(format!("{}: {e}", source_name(input))))?;
    if json {
        emit(&to_json(&imported)?)
    } else {
        let mut text = summary(&source_name(input), &imported);
        text.push_str(&to_json(&imported.scenario)?);
        emit(&text)
    }
}

/// The file's bytes: the import checks text cell by cell, so a stray
/// byte in an ignored column does no harm.
/// At most [`MAX_SURVEY_BYTES`] + 1 bytes are read, so `/dev/zero` or an
/// endless standard input is refused rather than filling memory.
fn read_bytes(input: &str) -> Result<Vec<u8>, Failure> {
    let limit = MAX_SURVEY_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    let result = if input == "-" {
        std::io::stdin().lock().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(input).and_then(|f| f.take(limit).read_to_end(&mut bytes))
    };
    result.map_err(|e| Failure::Usage(format!("{}: cannot read: {e}", source_name(input))))?;
    if bytes.len() > MAX_SURVEY_BYTES {
        return Err(Failure::Usage(format!(
            "{}: {SURVEY_TOO_LARGE}",
            source_name(input)
        )));
    }
    Ok(bytes)
}

fn family(f: Family) -> &'static str {
    match f {
        Family::Normal => "normal",
        Family::Lognormal => "log-normal",
        Family::Fixed => "fixed",
    }
}

fn aic(x: Option<f64>) -> String {
    x.map_or("–".to_string(), |a| format!("{a:.1}"))
}

fn percent(x: f64) -> String {
    format!("{:.1}%", 100.0 * x)
}

/// The readable summary: what was read, each column's fit, segments,
/// correlations, the adoption check and the skipped cells.
pub(crate) fn summary(source: &str, imp: &Import) -> String {
    let r = &imp.report;
    let mut t = String::new();
    let _ = writeln!(
        t,
        "Survey {source}: {} respondents used, {} skipped",
        r.used, r.skipped
    );
    if !r.ignored_columns.is_empty() {
        let _ = writeln!(t, "ignored: {}", r.ignored_columns.join(", "));
    }
    let _ = writeln!(
        t,
        "\n{:<10} {:<10} {:>8} {:>8} {:>7} {:>12} {:>14}",
        "column", "family", "mean", "sd", "n", "AIC normal", "AIC log-normal"
    );
    for c in &r.columns {
        let f = &c.fit;
        let _ = writeln!(
            t,
            "{:<10} {:<10} {:>8.3} {:>8.3} {:>7} {:>12} {:>14}",
            c.column,
            family(f.family),
            f.mean,
            f.sd,
            f.n,
            aic(f.aic_normal),
            aic(f.aic_lognormal)
        );
        if let (Some(z), true) = (f.zero_as, f.zeros > 0) {
            let _ = writeln!(
                t,
                "{:<10} ({} zero ratings counted as {z:.3} in the log-normal fit)",
                "", f.zeros
            );
        }
    }
    if r.segments.len() > 1 {
        let _ = writeln!(t, "\nsegments (weights = segment mean / everyone's mean):");
        for s in &r.segments {
            let w: Vec<String> = s
                .weights
                .iter()
                .map(|(k, v)| format!("{k} {v:.2}"))
                .collect();
            let _ = writeln!(
                t,
                "  {}: {} respondents ({}); {}",
                s.name,
                s.respondents,
                percent(s.share),
                w.join(", ")
            );
        }
    }
    if !r.correlations.is_empty() {
        let _ = writeln!(t, "\ncorrelations (normal scores of ranks):");
        for c in &r.correlations {
            let kept = c
                .kept
                .map_or("left out".to_string(), |k| format!("kept as {k}"));
            let _ = writeln!(
                t,
                "  {} – {}: {:.3} ± {:.3}, {kept}",
                c.a.path(),
                c.b.path(),
                c.rho,
                c.se
            );
        }
    }
    let sim = &r.adoption.simulated;
    let _ = writeln!(t);
    if let Some(o) = &r.adoption.respondents {
        let _ = writeln!(
            t,
            "adoption: respondents {} ({} of {}, 95% interval {}–{}, sampling error)",
            percent(o.share),
            o.adopters,
            o.users,
            percent(o.ci95[0]),
            percent(o.ci95[1])
        );
    }
    let _ = writeln!(
        t,
        "adoption: fitted scenario {} ({} simulated people, 95% interval {}–{}, Monte Carlo error)",
        percent(sim.share),
        sim.users,
        percent(sim.ci95[0]),
        percent(sim.ci95[1])
    );
    if !r.bad_cells.is_empty() {
        let _ = writeln!(t, "\nskipped rows:");
        for c in &r.bad_cells {
            let _ = writeln!(t, "  {c}");
        }
        if r.bad_cells_total > r.bad_cells.len() {
            let _ = writeln!(t, "  … and {} more", r.bad_cells_total - r.bad_cells.len());
        }
    }
    let _ = writeln!(t, "\nscenario:");
    t
}
