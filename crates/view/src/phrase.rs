//! Chart labels with a number in them, as data.
//!
//! A label such as "+3 more" or "gameplay as screenshot 1" cannot be a
//! template that the chart fills with an already written number: a
//! language that says "1 row" but "2 rows" chooses its words by the number
//! itself. So, like a [`Sentence`](crate::Sentence), a [`Phrase`] is a
//! message id with typed arguments, and the locale's [`PhraseWriter`]
//! (`worthit-i18n` makes one from its Fluent bundle) writes it, with the
//! language's plural and number rules.

use std::fmt;
use std::rc::Rc;

use crate::labels::Labels;
use crate::sentence::Arg;

/// A chart label with numbers in it.
#[derive(Debug, Clone, PartialEq)]
pub enum Phrase {
    /// The segments chart's reference line: "Overall 43.1%".
    Overall { share: f64 },
    /// The last row of a long bar chart, for `n` hidden rows: "+3 more".
    MoreRows { n: u64 },
    /// The claim curve's adoption without a claim: "No claim (40.0%)".
    NoClaim { share: f64 },
    /// The claim with the highest adoption: "Best claim 5.5".
    BestClaim { claim: f64 },
    /// The claim with the most retained adopters: "Most retained at 5.0".
    BestRetainedClaim { claim: f64 },
    /// The scenario's own claim: "Current claim 9.0".
    CurrentClaim { claim: f64 },
    /// A screenshot kind, already named in the language, at a 1-based
    /// position of the strip: "gameplay as screenshot 1".
    ScreenshotAt { kind: String, position: u32 },
}

impl Phrase {
    /// The message id (a Fluent message id, like [`Sentence::id`]).
    ///
    /// [`Sentence::id`]: crate::Sentence::id
    pub fn id(&self) -> &'static str {
        match self {
            Phrase::Overall { .. } => "label-legend-overall",
            Phrase::MoreRows { .. } => "label-more-rows",
            Phrase::NoClaim { .. } => "label-legend-no-claim",
            Phrase::BestClaim { .. } => "label-legend-best-claim",
            Phrase::BestRetainedClaim { .. } => "label-legend-best-retained-claim",
            Phrase::CurrentClaim { .. } => "label-legend-current-claim",
            Phrase::ScreenshotAt { .. } => "screenshot-at",
        }
    }

    /// The named arguments, typed as a sentence's are: counts and
    /// positions stay numbers, so the language can choose its words by
    /// them.
    pub fn args(&self) -> Vec<(&'static str, Arg)> {
        match self {
            Phrase::Overall { share } | Phrase::NoClaim { share } => {
                vec![("share", Arg::Share(*share))]
            }
            Phrase::MoreRows { n } => vec![("n", Arg::Count(*n))],
            Phrase::BestClaim { claim }
            | Phrase::BestRetainedClaim { claim }
            | Phrase::CurrentClaim { claim } => vec![("claim", Arg::Number(*claim, 1))],
            Phrase::ScreenshotAt { kind, position } => vec![
                ("kind", Arg::Text(kind.clone())),
                ("position", Arg::Period(*position)),
            ],
        }
    }
}

/// The function that writes a [`Phrase`] in one language, given the
/// [`Labels`] it belongs to (for the language's number format).
pub type WritePhrase = dyn Fn(&Phrase, &Labels) -> String;

/// How a language writes its [`Phrase`]s; part of its [`Labels`].
///
/// Two writers are equal when they are the same function (labels built
/// once per language share theirs).
#[derive(Clone)]
pub struct PhraseWriter(Rc<WritePhrase>);

impl PhraseWriter {
    /// A writer from a function, e.g. one that formats a Fluent message.
    pub fn new(write: impl Fn(&Phrase, &Labels) -> String + 'static) -> Self {
        PhraseWriter(Rc::new(write))
    }

    pub(crate) fn write(&self, phrase: &Phrase, labels: &Labels) -> String {
        (self.0)(phrase, labels)
    }
}

impl PartialEq for PhraseWriter {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl fmt::Debug for PhraseWriter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PhraseWriter")
    }
}
