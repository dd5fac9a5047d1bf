//! Named, timed steps that keep going after a failure, and the summary table
//! that ends a run.

use std::process::ExitCode;
use std::time::Instant;

/// How a step ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Passed,
    Failed(String),
    /// The step could not run because a step it needs failed. It counts as
    /// a failure: nothing it would have checked is known to work.
    NotRun(String),
}

struct Record {
    id: String,
    title: String,
    outcome: Outcome,
    seconds: f64,
}

/// The steps of one run, in order.
#[derive(Default)]
pub struct Steps {
    records: Vec<Record>,
}

impl Steps {
    /// Runs `body` as the step `id` (a short name used by `--only`), printing
    /// a header, then the outcome and time.
    pub fn run(&mut self, id: &str, title: &str, body: impl FnOnce() -> Result<String, String>) {
        println!("\n==> {title}");
        let started = Instant::now();
        let outcome = match body() {
            Ok(note) => {
                if !note.is_empty() {
                    println!("{note}");
                }
                Outcome::Passed
            }
            Err(reason) => Outcome::Failed(reason),
        };
        let seconds = started.elapsed().as_secs_f64();
        match &outcome {
            Outcome::Passed => println!("<== {title}: passed in {seconds:.1} s"),
            Outcome::Failed(reason) => println!("<== {title}: FAILED in {seconds:.1} s: {reason}"),
            Outcome::NotRun(_) => unreachable!("a step that ran has passed or failed"),
        }
        self.records.push(Record {
            id: id.to_string(),
            title: title.to_string(),
            outcome,
            seconds,
        });
    }

    /// Records that the step `id` was not run, and why.
    pub fn not_run(&mut self, id: &str, title: &str, reason: String) {
        println!("\n==> {title}: not run: {reason}");
        self.records.push(Record {
            id: id.to_string(),
            title: title.to_string(),
            outcome: Outcome::NotRun(reason),
            seconds: 0.0,
        });
    }

    /// Whether the step `id` ran in this run and passed; `None` if it was not part of it.
    pub fn passed(&self, id: &str) -> Option<bool> {
        self.records
            .iter()
            .find(|record| record.id == id)
            .map(|record| record.outcome == Outcome::Passed)
    }

    /// Prints the table and the final `summary:` line; the exit code says
    /// whether every step passed.
    pub fn finish(&self) -> ExitCode {
        print!("{}", self.summary());
        let failed = self
            .records
            .iter()
            .any(|record| record.outcome != Outcome::Passed);
        if failed {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        }
    }

    fn summary(&self) -> String {
        let width = self
            .records
            .iter()
            .map(|record| record.title.chars().count())
            .max()
            .unwrap_or(4)
            .max(4);
        let mut text = format!("\n{:<width$}  {:<7}  {:>7}\n", "step", "status", "seconds");
        let mut reasons = String::new();
        for record in &self.records {
            let status = match &record.outcome {
                Outcome::Passed => "passed",
                Outcome::Failed(reason) => {
                    reasons.push_str(&format!("  {}: {reason}\n", record.title));
                    "FAILED"
                }
                Outcome::NotRun(reason) => {
                    reasons.push_str(&format!("  {}: not run: {reason}\n", record.title));
                    "not run"
                }
            };
            text.push_str(&format!(
                "{:<width$}  {status:<7}  {:>7.1}\n",
                record.title, record.seconds
            ));
        }
        let total: f64 = self.records.iter().map(|record| record.seconds).sum();
        text.push_str(&format!("{:<width$}  {:<7}  {total:>7.1}\n", "total", ""));
        if !reasons.is_empty() {
            text.push_str(&format!("\nfailures:\n{reasons}"));
        }
        let passed = self
            .records
            .iter()
            .filter(|record| record.outcome == Outcome::Passed)
            .count();
        text.push_str(&format!(
            "summary: {passed} passed, {} failed\n",
            self.records.len() - passed
        ));
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failures_and_skipped_steps_count_as_failed_and_the_last_line_says_so() {
        let mut steps = Steps::default();
        steps.run("fmt", "rustfmt", || Ok(String::new()));
        steps.run("clippy", "clippy", || Err("2 warnings".to_string()));
        steps.not_run("e2e", "end-to-end", "needs the build".to_string());
        let summary = steps.summary();
        assert_eq!(summary.lines().last(), Some("summary: 1 passed, 2 failed"));
        assert!(summary.contains("clippy: 2 warnings"), "{summary}");
        assert!(
            summary.contains("end-to-end: not run: needs the build"),
            "{summary}"
        );
        assert_eq!(steps.passed("fmt"), Some(true));
        assert_eq!(steps.passed("clippy"), Some(false));
        assert_eq!(steps.passed("build"), None);
    }

    #[test]
    fn an_all_green_run_ends_with_zero_failed() {
        let mut steps = Steps::default();
        steps.run("fmt", "rustfmt", || Ok("clean".to_string()));
        assert_eq!(
            steps.summary().lines().last(),
            Some("summary: 1 passed, 0 failed")
        );
    }
}
