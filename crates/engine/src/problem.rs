//! What is wrong, in no language yet: every problem the engine reports is
//! a [`ProblemKind`] variant holding the numbers, names and paths it is
//! about, with its own translation key (`problem-…` in
//! `www/locales/*.ftl`) and typed arguments ([`ProblemKind::args`]).
//!
//! The English wording (`Display`) is the command line's and is pinned by
//! tests; the page puts the same kind into the reader's language through
//! the key and arguments, so no detail reaches a reader in English. The
//! variants, their keys, their arguments and their English text are
//! declared together, one line each, by the `kinds!` macro below, so the
//! three cannot drift apart; `worthit-i18n`'s tests check that every
//! variant's key exists in every language with exactly these arguments.
//!
//! Problems that come from serde (unknown or missing fields, wrong types)
//! keep serde's English for the command line and are classified for the
//! page; a serde message of a form not recognised here is
//! [`ProblemKind::Structure`], the one kind whose detail is serde's text.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::error::Problem;

/// An argument of a problem's message, for a translation.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// A number from the scenario, written in the reader's number format.
    Number(f64),
    /// A whole number (a count, a limit, a line).
    Count(u64),
    /// Text shown as it is: a JSON path, a name, a JSON fragment.
    Text(String),
    /// A phrase of the translation files (`problem-type-array`), put into
    /// words first.
    Key(&'static str),
    /// A phrase of the translation files with one argument, `$value`.
    KeyValue(&'static str, String),
    /// Another problem's message (without its path), put into words first.
    Kind(Box<ProblemKind>),
    /// Another problem with its path (`path: message`), put into words
    /// first.
    Problem(Box<Problem>),
}

/// How a field of a [`ProblemKind`] variant becomes an [`Arg`].
pub trait ToArg {
    fn to_arg(&self) -> Arg;
}

impl ToArg for f64 {
    fn to_arg(&self) -> Arg {
        Arg::Number(*self)
    }
}

impl ToArg for u64 {
    fn to_arg(&self) -> Arg {
        Arg::Count(*self)
    }
}

impl ToArg for String {
    fn to_arg(&self) -> Arg {
        Arg::Text(self.clone())
    }
}

impl ToArg for Box<ProblemKind> {
    fn to_arg(&self) -> Arg {
        Arg::Kind(self.clone())
    }
}

impl ToArg for Box<Problem> {
    fn to_arg(&self) -> Arg {
        Arg::Problem(self.clone())
    }
}

/// A name quoted as Rust's `{:?}` writes it (`"gameplay"`), as the
/// English messages always did.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Quoted(pub String);

impl fmt::Display for Quoted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", self.0)
    }
}

impl ToArg for Quoted {
    fn to_arg(&self) -> Arg {
        Arg::Text(self.to_string())
    }
}

/// A list of names written `a, b, c`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Names(pub Vec<String>);

impl fmt::Display for Names {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0.join(", "))
    }
}

impl ToArg for Names {
    fn to_arg(&self) -> Arg {
        Arg::Text(self.to_string())
    }
}

/// The type of a JSON value, as a message names it ("an array"). `List`
/// is an array where the message speaks of inputs ("a list").
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub enum JsonType {
    #[default]
    Null,
    Boolean,
    Number,
    String,
    Array,
    List,
    Object,
}

impl JsonType {
    /// The type of `value`; arrays are `Array`.
    pub fn of(value: &serde_json::Value) -> JsonType {
        use serde_json::Value;
        match value {
            Value::Null => JsonType::Null,
            Value::Bool(_) => JsonType::Boolean,
            Value::Number(_) => JsonType::Number,
            Value::String(_) => JsonType::String,
            Value::Array(_) => JsonType::Array,
            Value::Object(_) => JsonType::Object,
        }
    }

    /// The same type, with an array called a list.
    pub fn listy(self) -> JsonType {
        if self == JsonType::Array {
            JsonType::List
        } else {
            self
        }
    }
}

impl fmt::Display for JsonType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            JsonType::Null => "null",
            JsonType::Boolean => "a boolean",
            JsonType::Number => "a number",
            JsonType::String => "a string",
            JsonType::Array => "an array",
            JsonType::List => "a list",
            JsonType::Object => "an object",
        })
    }
}

impl ToArg for JsonType {
    fn to_arg(&self) -> Arg {
        Arg::Key(match self {
            JsonType::Null => "problem-type-null",
            JsonType::Boolean => "problem-type-boolean",
            JsonType::Number => "problem-type-number",
            JsonType::String => "problem-type-string",
            JsonType::Array => "problem-type-array",
            JsonType::List => "problem-type-list",
            JsonType::Object => "problem-type-object",
        })
    }
}

/// Which format a version number belongs to.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub enum Format {
    #[default]
    Scenario,
    Comparison,
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Format::Scenario => "scenario",
            Format::Comparison => "comparison",
        })
    }
}

impl ToArg for Format {
    fn to_arg(&self) -> Arg {
        Arg::Key(match self {
            Format::Scenario => "problem-format-scenario",
            Format::Comparison => "problem-format-comparison",
        })
    }
}

/// Where in a scenario a path walk stood: the scenario itself (an empty
/// path) or a path inside it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Here(pub String);

impl fmt::Display for Here {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            f.write_str("the scenario")
        } else {
            f.write_str(&self.0)
        }
    }
}

impl ToArg for Here {
    fn to_arg(&self) -> Arg {
        if self.0.is_empty() {
            Arg::Key("problem-here-scenario")
        } else {
            Arg::Text(self.0.clone())
        }
    }
}

/// The keys of an object, for "it has …" (`nothing` when there are none).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Keys(pub Vec<String>);

impl fmt::Display for Keys {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_empty() {
            f.write_str("nothing")
        } else {
            f.write_str(&self.0.join(", "))
        }
    }
}

impl ToArg for Keys {
    fn to_arg(&self) -> Arg {
        if self.0.is_empty() {
            Arg::Key("problem-keys-nothing")
        } else {
            Arg::Text(self.0.join(", "))
        }
    }
}

/// Where serde met a structure error: ` (line L, column C)` after the
/// message, or nothing when the position is unknown (line 0).
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize, Deserialize)]
pub struct At {
    pub line: u64,
    pub column: u64,
}

impl fmt::Display for At {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line > 0 {
            write!(f, " (line {}, column {})", self.line, self.column)
        } else {
            Ok(())
        }
    }
}

impl ToArg for At {
    fn to_arg(&self) -> Arg {
        if self.line > 0 {
            Arg::Kind(Box::new(ProblemKind::LineColumn {
                line: self.line,
                column: self.column,
            }))
        } else {
            Arg::Text(String::new())
        }
    }
}

/// A JSON syntax error as serde_json words it ("expected `,` or `}`"),
/// translated by a table of serde_json's messages; one not in the table
/// is shown as it is.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Syntax(pub String);

/// serde_json's syntax messages and their translation keys.
const SYNTAX: &[(&str, &str)] = &[
    ("EOF while parsing a list", "problem-syntax-eof-list"),
    ("EOF while parsing an object", "problem-syntax-eof-object"),
    ("EOF while parsing a string", "problem-syntax-eof-string"),
    ("EOF while parsing a value", "problem-syntax-eof-value"),
    ("expected `:`", "problem-syntax-colon"),
    ("expected `,` or `]`", "problem-syntax-comma-bracket"),
    ("expected `,` or `}`", "problem-syntax-comma-brace"),
    ("expected ident", "problem-syntax-ident"),
    ("expected value", "problem-syntax-value"),
    ("invalid escape", "problem-syntax-escape"),
    ("invalid number", "problem-syntax-number"),
    ("number out of range", "problem-syntax-range"),
    ("invalid unicode code point", "problem-syntax-unicode"),
    (
        "control character (\\u0000-\\u001F) found while parsing a string",
        "problem-syntax-control",
    ),
    ("key must be a string", "problem-syntax-key"),
    ("trailing comma", "problem-syntax-trailing-comma"),
    ("trailing characters", "problem-syntax-trailing"),
    ("recursion limit exceeded", "problem-syntax-recursion"),
];

impl Syntax {
    /// Every translation key a syntax message may use (for tests).
    pub fn keys() -> impl Iterator<Item = &'static str> {
        SYNTAX.iter().map(|(_, key)| *key)
    }
}

impl fmt::Display for Syntax {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl ToArg for Syntax {
    fn to_arg(&self) -> Arg {
        match SYNTAX.iter().find(|(text, _)| *text == self.0) {
            Some((_, key)) => Arg::Key(key),
            None => Arg::Text(self.0.clone()),
        }
    }
}

/// What serde found where it expected something else (`string "abc"`,
/// `integer `5``): the type is translated, the value shown as it is.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Found(pub String);

/// serde's names of unexpected values and their translation keys (the
/// phrase takes the value, if any, as `$value`).
const FOUND: &[(&str, &str)] = &[
    ("string ", "problem-found-string"),
    ("integer ", "problem-found-integer"),
    ("floating point ", "problem-found-float"),
    ("boolean ", "problem-found-boolean"),
    ("sequence", "problem-found-sequence"),
    ("map", "problem-found-map"),
    ("null", "problem-found-null"),
    ("unit value", "problem-found-null"),
];

impl Found {
    /// Every translation key a found value may use (for tests).
    pub fn keys() -> impl Iterator<Item = &'static str> {
        FOUND.iter().map(|(_, key)| *key)
    }
}

impl fmt::Display for Found {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl ToArg for Found {
    fn to_arg(&self) -> Arg {
        for (prefix, key) in FOUND {
            if let Some(value) = self.0.strip_prefix(prefix) {
                return Arg::KeyValue(key, value.to_string());
            }
        }
        Arg::Text(self.0.clone())
    }
}

/// What serde expected, in the words the parser puts it ("a number", "a
/// whole number ≥ 0"); the common ones are translated, others (a Rust
/// type's description) shown as they are.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Expected(pub String);

/// The expectations the scenario's types produce, and their keys.
const EXPECTED: &[(&str, &str)] = &[
    ("a number", "problem-expected-number"),
    ("a whole number ≥ 0", "problem-expected-whole"),
    ("a string", "problem-expected-string"),
    ("a boolean", "problem-expected-boolean"),
    ("a sequence", "problem-expected-sequence"),
    ("a map", "problem-expected-map"),
    (
        "a distribution such as {\"dist\": \"normal\", \"mean\": 1.0, \"sd\": 0.5}",
        "problem-expected-dist",
    ),
    (
        "a decision such as {\"rule\": \"beat_alternatives\"}",
        "problem-expected-decision",
    ),
];

impl Expected {
    /// Every translation key an expectation may use (for tests).
    pub fn keys() -> impl Iterator<Item = &'static str> {
        EXPECTED.iter().map(|(_, key)| *key)
    }
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl ToArg for Expected {
    fn to_arg(&self) -> Arg {
        match EXPECTED.iter().find(|(text, _)| *text == self.0) {
            Some((_, key)) => Arg::Key(key),
            // serde names a struct it expected ("struct Product"): an
            // object.
            None if self.0.starts_with("struct ") || self.0.starts_with("a map") => {
                Arg::Key("problem-expected-object")
            }
            None => Arg::Text(self.0.clone()),
        }
    }
}

/// What is wrong with one survey cell. A phrase of its own
/// ([`CellReason::kind`]), and in a report's JSON its English words
/// (`"reason": "is not a number"`), as the survey format always wrote them.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum CellReason {
    /// The row is too short.
    #[default]
    Missing,
    NotUtf8,
    Empty,
    /// An `adopted` cell that is neither yes nor no.
    NotYesNo,
    NotANumber,
    /// Beyond [`crate::validate::MAX_MAGNITUDE`].
    OutOfRange,
    /// A cost below zero.
    NegativeCost,
}

impl CellReason {
    pub const ALL: [CellReason; 7] = [
        CellReason::Missing,
        CellReason::NotUtf8,
        CellReason::Empty,
        CellReason::NotYesNo,
        CellReason::NotANumber,
        CellReason::OutOfRange,
        CellReason::NegativeCost,
    ];

    /// The reason as a problem's phrase.
    pub fn kind(self) -> ProblemKind {
        match self {
            CellReason::Missing => ProblemKind::CellMissing {},
            CellReason::NotUtf8 => ProblemKind::CellNotUtf8 {},
            CellReason::Empty => ProblemKind::CellEmpty {},
            CellReason::NotYesNo => ProblemKind::CellNotYesNo {},
            CellReason::NotANumber => ProblemKind::CellNotANumber {},
            CellReason::OutOfRange => ProblemKind::CellOutOfRange {
                max: crate::validate::MAX_MAGNITUDE,
            },
            CellReason::NegativeCost => ProblemKind::CellNegativeCost {},
        }
    }
}

impl fmt::Display for CellReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.kind().fmt(f)
    }
}

impl ToArg for CellReason {
    fn to_arg(&self) -> Arg {
        Arg::Kind(Box::new(self.kind()))
    }
}

impl Serialize for CellReason {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for CellReason {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        CellReason::ALL
            .into_iter()
            .find(|r| r.to_string() == text)
            .ok_or_else(|| serde::de::Error::custom(format!("unknown cell reason {text:?}")))
    }
}

/// Declares [`ProblemKind`]: each variant with its fields, its
/// translation key and its English text (a format string over the fields,
/// each written with its `Display`), plus `key`, `args`, `Display`, `all`
/// (one value of every variant, for tests) and a compact serde form.
///
/// The serde form is a JSON array: the variant's translation key, then its
/// fields in declaration order (`["problem-too-large", 2000000, 1048576]`).
/// It is what the page's simulation worker sends the page when it refuses
/// a scenario (the one place a kind is serialized; no file format holds
/// one). Written here rather than derived because serde's derive makes a
/// visitor for the variant names plus, for each of the ~120 variants, a
/// field visitor and two struct visitors: about 40 KiB of the page's
/// gzipped WebAssembly (docs/performance.md, "Download size"), where this
/// is one match.
macro_rules! kinds {
    ($(
        $(#[doc = $doc:literal])*
        $name:ident { $($field:ident : $ty:ty),* $(,)? } = $key:literal, $fmt:literal;
    )*) => {
        /// Every kind of problem the engine reports, with what it is
        /// about. See the module documentation.
        #[derive(Debug, Clone, PartialEq)]
        pub enum ProblemKind {
            $(
                $(#[doc = $doc])*
                $name { $($field: $ty),* },
            )*
        }

        impl ProblemKind {
            /// The message's key in the translation files.
            pub fn key(&self) -> &'static str {
                match self {
                    $(ProblemKind::$name { .. } => $key,)*
                }
            }

            /// The message's arguments, by the names the translation
            /// files use.
            pub fn args(&self) -> Vec<(&'static str, Arg)> {
                match self {
                    $(
                        #[allow(unused_variables)]
                        ProblemKind::$name { $($field),* } => {
                            vec![$((stringify!($field), ToArg::to_arg($field))),*]
                        }
                    )*
                }
            }

            /// One value of every variant (fields at their defaults), so
            /// tests can check each has a translation.
            pub fn all() -> Vec<ProblemKind> {
                vec![$(ProblemKind::$name { $($field: <$ty>::default()),* },)*]
            }
        }

        impl fmt::Display for ProblemKind {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self {
                    $(
                        #[allow(unused_variables)]
                        ProblemKind::$name { $($field),* } => write!(f, $fmt),
                    )*
                }
            }
        }

        impl Serialize for ProblemKind {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                use serde::ser::SerializeTuple;
                match self {
                    $(
                        ProblemKind::$name { $($field),* } => {
                            let len = 1 + <[&str]>::len(&[$(stringify!($field)),*]);
                            let mut tuple = serializer.serialize_tuple(len)?;
                            tuple.serialize_element($key)?;
                            $(tuple.serialize_element($field)?;)*
                            tuple.end()
                        }
                    )*
                }
            }
        }

        impl<'de> Deserialize<'de> for ProblemKind {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Kind;

                impl<'de> serde::de::Visitor<'de> for Kind {
                    type Value = ProblemKind;

                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str("a problem: [key, fields…]")
                    }

                    fn visit_seq<A: serde::de::SeqAccess<'de>>(
                        self,
                        mut seq: A,
                    ) -> Result<ProblemKind, A::Error> {
                        let key: String = next(&mut seq, 0)?;
                        #[allow(unused_mut, unused_variables)]
                        let mut at = 0;
                        Ok(match key.as_str() {
                            $(
                                $key => ProblemKind::$name {
                                    $($field: {
                                        at += 1;
                                        next(&mut seq, at)?
                                    }),*
                                },
                            )*
                            other => {
                                return Err(serde::de::Error::unknown_variant(other, &[]));
                            }
                        })
                    }
                }

                /// The next element, which must be there. Never inlined: one
                /// copy per field type instead of one per field.
                #[inline(never)]
                fn next<'de, A: serde::de::SeqAccess<'de>, T: Deserialize<'de>>(
                    seq: &mut A,
                    index: usize,
                ) -> Result<T, A::Error> {
                    seq.next_element()?
                        .ok_or_else(|| serde::de::Error::invalid_length(index, &"a problem's fields"))
                }

                deserializer.deserialize_seq(Kind)
            }
        }
    };
}

impl Default for ProblemKind {
    fn default() -> Self {
        ProblemKind::NotFinite { got: 0.0 }
    }
}

kinds! {
    // Every way in: size and kind of document.
    /// A document over the one input limit ([`crate::input::MAX_INPUT_BYTES`]).
    TooLarge { bytes: u64, limit: u64 } = "problem-too-large",
        "too large: over 1 MiB ({bytes} bytes; the limit is {limit} bytes)";
    /// A results file where a scenario or comparison was expected.
    WrongResults {} = "problem-wrong-results",
        "this is a results file (the numbers of one run, as `worthit run --json` and the page's results download write them), not a scenario: open the scenario file it was computed from instead";
    /// A comparison results file where a scenario or comparison was expected.
    WrongCompareResults {} = "problem-wrong-compare-results",
        "this is a comparison results file (the numbers of an A vs. B run, as `worthit compare --json` and the page's comparison download write them), not a scenario: open the comparison file or the two scenario files instead";
    /// A comparison document where one scenario was expected.
    WrongComparison {} = "problem-wrong-comparison",
        "this is a comparison file (two scenarios, A and B), not a single scenario: open it with `worthit compare FILE`, or with Open on the page, which starts compare mode";
    /// One scenario where a comparison document was expected.
    WrongScenario {} = "problem-wrong-scenario",
        "this is a single scenario, not a comparison file: open it with `worthit run FILE`, or compare two scenarios with `worthit compare A B`";

    // JSON syntax and the document's header.
    /// Text that is not JSON at all.
    NotJson { detail: Syntax } = "problem-not-json", "not a JSON document: {detail}";
    /// A JSON syntax error.
    JsonSyntax { line: u64, column: u64, detail: Syntax } = "problem-json-syntax",
        "line {line}, column {column}: JSON syntax error: {detail}";
    /// A scenario document that is not an object.
    ScenarioNotObject { version: u64, found: JsonType } = "problem-scenario-not-object",
        "expected a JSON object (a scenario with \"schema\": {version}), got {found}";
    /// A comparison document that is not an object.
    ComparisonNotObject { tag: String } = "problem-comparison-not-object",
        "expected a JSON object (a comparison with \"kind\": \"{tag}\")";
    /// No format version.
    VersionMissing { version: u64, format: Format } = "problem-version-missing",
        "missing: expected \"schema\": {version} (the {format} format version)";
    /// A format version written as a fraction (`1.0`).
    VersionNotWhole { version: u64, got: String } = "problem-version-not-whole",
        "expected the whole number {version}, got {got}";
    /// A format version this worthit does not read.
    VersionUnsupported { format: Format, got: String, version: u64 } = "problem-version-unsupported",
        "unsupported {format} format version {got}; this worthit reads version {version}";
    /// A scenario's format version that is not a number.
    VersionNotNumber { version: u64, found: JsonType } = "problem-version-not-number",
        "expected the format version number {version}, got {found}";
    /// A comparison's (or its sides') format version that is not a number.
    VersionNotNumberValue { format: Format, version: u64, got: String } = "problem-version-not-number-value",
        "expected the {format} format version number {version}, got {got}";
    /// A comparison document without its `kind` tag, that is a scenario.
    KindMissingScenario { tag: String } = "problem-kind-missing-scenario",
        "missing: this looks like a scenario, not a comparison document (\"kind\": \"{tag}\" with scenarios \"a\" and \"b\")";
    /// A comparison document without its `kind` tag.
    KindMissing { tag: String } = "problem-kind-missing", "missing: expected \"kind\": \"{tag}\"";
    /// A comparison document with another `kind` tag.
    KindWrong { tag: String, got: String } = "problem-kind-wrong", "expected \"{tag}\", got {got}";

    // Structure (serde): what is where it should not be.
    /// A field the format does not have.
    UnknownField { field: String, expected: String, at: At } = "problem-unknown-field",
        "unknown field `{field}`, expected one of {expected}{at}";
    /// A field the format does not have, where only one is allowed.
    UnknownFieldOne { field: String, expected: String, at: At } = "problem-unknown-field-one",
        "unknown field `{field}`, expected {expected}{at}";
    /// A field next to a rule that takes none.
    UnknownFieldNone { field: String, at: At } = "problem-unknown-field-none",
        "unknown field `{field}` (this rule takes no other fields){at}";
    /// A name (a distribution, a rule, a metric…) the format does not have.
    UnknownVariant { name: String, expected: String, at: At } = "problem-unknown-variant",
        "unknown variant `{name}`, expected one of {expected}{at}";
    /// A name the format does not have, where only one is allowed.
    UnknownVariantOne { name: String, expected: String, at: At } = "problem-unknown-variant-one",
        "unknown variant `{name}`, expected {expected}{at}";
    /// A required field that is missing.
    MissingField { at: At } = "problem-missing-field", "missing: this field is required{at}";
    /// A distribution without `dist`.
    MissingDist { at: At } = "problem-missing-dist",
        "missing: this field is required (the distribution: fixed, normal, lognormal, uniform or triangular){at}";
    /// A decision without `rule`.
    MissingRule { at: At } = "problem-missing-rule",
        "missing: this field is required (the rule: threshold, beat_alternatives or logit){at}";
    /// A field given twice in one object.
    DuplicateField { at: At } = "problem-duplicate-field", "appears twice in the same object{at}";
    /// A value of the wrong type.
    InvalidType { found: Found, expected: Expected, at: At } = "problem-invalid-type",
        "invalid type: {found}, expected {expected}{at}";
    /// A value of the right type out of the type's range (a negative count).
    InvalidValue { found: Found, expected: Expected, at: At } = "problem-invalid-value",
        "invalid value: {found}, expected {expected}{at}";
    /// A list of the wrong length.
    InvalidLength { length: u64, expected: Expected, at: At } = "problem-invalid-length",
        "invalid length {length}, expected {expected}{at}";
    /// A key repeated in one object of a map.
    RepeatedKey { key: String, at: At } = "problem-repeated-key",
        "the key {key} appears twice in this object{at}";
    /// A structure error of a form not recognised above (serde's words).
    Structure { detail: String } = "problem-structure", "{detail}";
    /// Where a structure error is: ` (line L, column C)`.
    LineColumn { line: u64, column: u64 } = "problem-line-column", " (line {line}, column {column})";

    // Ranges (validate.rs).
    /// `users` out of range.
    UsersRange { max: u64, got: u64 } = "problem-users-range",
        "must be between 1 and {max} people, got {got}";
    /// Too many alternatives.
    TooManyAlternatives { max: u64, got: u64 } = "problem-too-many-alternatives",
        "at most {max} alternatives, got {got}";
    /// Too many screenshots.
    TooManyScreenshots { max: u64, got: u64 } = "problem-too-many-screenshots",
        "at most {max} screenshots, got {got}";
    /// Too many screenshot kinds in `screenshot_effects`.
    TooManyScreenshotKinds { max: u64, got: u64 } = "problem-too-many-screenshot-kinds",
        "at most {max} screenshot kinds, got {got}";
    /// Too many segments.
    TooManySegments { max: u64, got: u64 } = "problem-too-many-segments",
        "at most {max} segments, got {got}";
    /// A screenshot kind neither built in nor defined.
    UnknownScreenshot { kind: Quoted, builtin: Names } = "problem-unknown-screenshot",
        "unknown screenshot kind {kind}; expected one of {builtin} or a kind defined in product.screenshot_effects";
    /// A number that must be positive.
    NotPositive { got: f64 } = "problem-not-positive", "must be > 0, got {got}";
    /// A clarity that must be positive.
    ClarityNotPositive { got: f64 } = "problem-clarity-not-positive",
        "must be > 0 (it multiplies the spread of value), got {got}";
    /// A number that must not be negative.
    Negative { got: f64 } = "problem-negative", "must be ≥ 0, got {got}";
    /// Mean screenshots viewed out of range.
    ViewedRange { max: u64, got: f64 } = "problem-viewed-range",
        "must be between 0 and {max} (mean screenshots viewed), got {got}";
    /// Every segment's share is 0.
    NoPositiveShare {} = "problem-no-positive-share",
        "at least one segment needs a share > 0 (shares are normalised to sum to 1)";
    /// A period count out of range.
    PeriodsRange { max: u64, got: u64 } = "problem-periods-range",
        "must be between 1 and {max}, got {got}";
    /// A cost name that does not exist.
    UnknownCost { name: Quoted, costs: Names } = "problem-unknown-cost",
        "unknown cost {name}; expected one of {costs}";
    /// A name listed twice.
    ListedTwiceQuoted { name: Quoted } = "problem-listed-twice-quoted", "{name} is listed twice";
    /// A name listed twice (an input path).
    ListedTwice { name: String } = "problem-listed-twice", "{name} is listed twice";
    /// A cost of use that is never paid again.
    CostNotRecurring { name: Quoted } = "problem-cost-not-recurring",
        "{name} is not in retention.recurring, so it is never paid again; add it there or remove this cost";
    /// A fixed cost below 0.
    CostNegative { got: f64 } = "problem-cost-negative", "a cost must be ≥ 0, got {got}";
    /// A cost's mean below 0.
    CostMeanNegative { got: f64 } = "problem-cost-mean-negative", "a cost's mean must be ≥ 0, got {got}";
    /// A fixed lognormal below 0.
    LognormalNegative { got: f64 } = "problem-lognormal-negative",
        "a lognormal is never negative: mean must be ≥ 0, got {got}";
    /// A lognormal with spread and a mean ≤ 0.
    LognormalMean { got: f64 } = "problem-lognormal-mean",
        "a lognormal with sd > 0 needs mean > 0, got {got} (use sd 0 for a fixed amount)";
    /// A lognormal whose sd is too large relative to its mean.
    LognormalSpread { sd: f64, mean: f64 } = "problem-lognormal-spread",
        "too large relative to the mean for a lognormal (sd/mean must be below 1e150), got sd {sd} with mean {mean}";
    /// A maximum below the minimum.
    BelowMin { min: f64, got: f64 } = "problem-below-min", "must be ≥ min ({min}), got {got}";
    /// A maximum below the mode.
    BelowMode { mode: f64, got: f64 } = "problem-below-mode", "must be ≥ mode ({mode}), got {got}";
    /// A uniform cost with a negative mean.
    CostUniformMean { got: f64 } = "problem-cost-uniform-mean",
        "a cost's mean (min + max) / 2 must be ≥ 0, got {got}";
    /// A triangular cost with a negative mean.
    CostTriangularMean { got: f64 } = "problem-cost-triangular-mean",
        "a cost's mean (min + mode + max) / 3 must be ≥ 0, got {got}";
    /// A negative standard deviation.
    SdNegative { got: f64 } = "problem-sd-negative", "must be ≥ 0 (a standard deviation), got {got}";
    /// A number outside 0..=1.
    UnitRange { got: f64 } = "problem-unit-range", "must be between 0 and 1, got {got}";
    /// A number that is not finite (infinite or not a number).
    NotFinite { got: f64 } = "problem-not-finite", "must be a finite number, got {got}";
    /// A number beyond the largest magnitude a scenario may hold.
    Magnitude { max: f64, got: f64 } = "problem-magnitude", "must be between -{max} and {max}, got {got}";

    // The units block.
    /// Not an ISO 4217 code.
    Currency { got: Quoted } = "problem-currency",
        "must be a three-letter ISO 4217 currency code such as \"USD\", got {got}";
    /// Money per point must be positive.
    NotPositiveNumber { got: f64 } = "problem-not-positive-number", "must be a positive number, got {got}";
    /// The claim's points per unit must not be 0.
    NotNonZero { got: f64 } = "problem-not-non-zero", "must be a non-zero number, got {got}";

    // Correlations.
    /// A correlation outside -1..=1.
    RhoRange { got: f64 } = "problem-rho-range", "must be between -1 and 1, got {got}";
    /// A quantity correlated with itself.
    SelfCorrelation { quantity: String } = "problem-self-correlation",
        "a quantity cannot be correlated with itself ({quantity} on both ends)";
    /// A correlated quantity the scenario lacks.
    QuantityMissing { quantity: String } = "problem-quantity-missing",
        "{quantity} is not in the scenario; give it a distribution first";
    /// The experience paired with something other than the value.
    ExperiencePair { quantity: String } = "problem-experience-pair",
        "product.experience can only be correlated with product.value, got {quantity} (its correlation with a cost follows through the value)";
    /// A pair given twice.
    PairTwice { a: String, b: String, first: u64 } = "problem-pair-twice",
        "the pair {a} – {b} is already given at correlations[{first}]";
    /// Correlations no population can have together.
    ImpossibleCorrelations { pairs: Names } = "problem-impossible-correlations",
        "these correlations are impossible together (no population has them all, and a pair not listed counts as 0; the matrix is not positive semi-definite): {pairs}; weaken one of them or list the missing pair";
    /// One correlation in the list of an impossible set.
    CorrelationPair { index: u64, a: String, b: String, rho: f64 } = "problem-correlation-pair",
        "correlations[{index}] ({a} – {b}, rho {rho})";

    // The exercise block.
    /// An exercise without a title.
    TitleEmpty {} = "problem-title-empty", "must not be empty (it is the exercise's heading)";
    /// Text over its length limit.
    TooManyCharacters { max: u64, got: u64 } = "problem-too-many-characters",
        "at most {max} characters, got {got}";
    /// A goal that is not a share.
    GoalTarget { got: f64 } = "problem-goal-target",
        "must be a share between 0 and 1 (0.4 is 40%), got {got}";
    /// A segment named for a metric that takes none.
    GoalSegmentUnused {} = "problem-goal-segment-unused",
        "only used with metric \"segment_adoption\"; remove it or change the metric";
    /// `retained_share` without a retention block.
    GoalNeedsRetention {} = "problem-goal-needs-retention",
        "metric \"retained_share\" needs a \"retention\" block in the scenario";
    /// `segment_adoption` without a segment.
    GoalNeedsSegment {} = "problem-goal-needs-segment",
        "metric \"segment_adoption\" needs the name of a segment";
    /// A segment name the scenario does not have.
    UnknownSegment { name: Quoted, names: Names } = "problem-unknown-segment",
        "no segment is named {name}; expected one of {names}";
    /// No editable input.
    EditableEmpty {} = "problem-editable-empty",
        "name at least one input students may change, e.g. \"product.costs\"";
    /// Too many editable inputs.
    TooManyEntries { max: u64, got: u64 } = "problem-too-many-entries", "at most {max} entries, got {got}";
    /// A preset id no bundled preset has (the activity builder's source).
    UnknownPreset {} = "problem-unknown-preset", "no bundled preset has this id";
    /// A tolerance on a prediction that is right or wrong.
    PredictWinnerTolerance {} = "problem-predict-winner-tolerance",
        "a \"winner\" prediction is right or wrong; remove the tolerance";
    /// A prediction's tolerance that is not a share.
    PredictTolerance { got: f64 } = "problem-predict-tolerance",
        "must be a share above 0 and at most 1 (0.2 is 20 points), got {got}";
    /// The exercise listed as editable.
    EditableExercise {} = "problem-editable-exercise", "the exercise itself cannot be editable";
    /// An editable input that is not a control.
    UnknownInput { path: Quoted, inputs: Names } = "problem-unknown-input",
        "unknown input {path}; expected one of {inputs}";

    // The calibration block and its runs.
    /// No input to fit.
    FitEmpty {} = "problem-fit-empty", "name 1 to 3 inputs to fit, e.g. [\"product.value.mean\"]";
    /// Too many inputs to fit.
    TooManyInputs { max: u64, got: u64 } = "problem-too-many-inputs", "at most {max} inputs, got {got}";
    /// An input that cannot be fitted (why: the inner problem).
    CannotFit { path: String, why: Box<ProblemKind> } = "problem-cannot-fit",
        "{path} cannot be fitted: {why}";
    /// No observation.
    ObservedEmpty {} = "problem-observed-empty",
        "give at least one observation: {{\"users\": N, \"adopters\": K}}";
    /// Too many observations.
    TooManyObservations { max: u64, got: u64 } = "problem-too-many-observations",
        "at most {max} observations, got {got}";
    /// An observation of nobody.
    ObservedNoUsers {} = "problem-observed-no-users",
        "must be at least 1 (the people who saw this version)";
    /// More adopters than users.
    AdoptersOverUsers { users: u64, got: u64 } = "problem-adopters-over-users",
        "must be ≤ users ({users}), got {got}";
    /// More retained than adopters.
    RetainedOverAdopters { adopters: u64, got: u64 } = "problem-retained-over-adopters",
        "must be ≤ adopters ({adopters}), got {got}";
    /// Retained adopters observed without a retention block.
    RetainedNeedsRetention {} = "problem-retained-needs-retention",
        "needs a retention block (\"retention\": {{\"periods\": 30, \"notice\": 0.5}}) to predict who stays; see docs/calibration.md";
    /// An observation's `set` that makes the scenario invalid.
    SetInvalid { problem: Box<Problem> } = "problem-set-invalid", "makes an invalid scenario: {problem}";
    /// An observation's `set` that removes a fitted input.
    SetLosesFit { index: u64, why: Box<ProblemKind> } = "problem-set-loses-fit",
        "leaves calibration.fit[{index}] without a number: {why}";
    /// Posterior inputs that are not the fitted ones.
    PosteriorInputs { inputs: Names } = "problem-posterior-inputs",
        "must list the fitted inputs in order ({inputs}); run worthit calibrate again";
    /// A posterior with no draws or too many.
    PosteriorDraws { max: u64, got: u64 } = "problem-posterior-draws", "needs 1 to {max} draws, got {got}";
    /// A posterior draw of the wrong length.
    DrawLength { inputs: u64, got: u64 } = "problem-draw-length",
        "needs one number per input ({inputs}), got {got}";
    /// A posterior draw with a number that is not finite.
    DrawNotFinite { got: f64 } = "problem-draw-not-finite", "must be finite numbers, got {got}";
    /// `worthit calibrate` on a scenario without a calibration block.
    CalibrationMissing {} = "problem-calibration-missing",
        "missing: add a calibration block with \"fit\" (the inputs to estimate) and \"observed\" (users and adopters); see docs/calibration.md";
    /// A calibration run's simulated people out of range.
    SimulatedRange { max: u64, got: u64 } = "problem-simulated-range",
        "simulated people must be between 1 and {max}, got {got}";

    // Inputs by path (params.rs), solving, robustness.
    /// A path that cannot be read (why: one of the `PathWhy…` kinds).
    NotAPath { why: Box<ProblemKind> } = "problem-not-a-path",
        "not an input path ({why}); expected e.g. product.value.mean or segments[0].share";
    /// A dot with no name after it.
    PathNoName {} = "problem-path-no-name", "a name is missing after a dot";
    /// A quoted key never closed.
    PathUnclosedQuote {} = "problem-path-unclosed-quote", "an unclosed quoted key";
    /// A quoted key without `]` after it.
    PathQuoteBracket {} = "problem-path-quote-bracket", "a quoted key must be followed by ]";
    /// A `[` never closed.
    PathUnclosedBracket {} = "problem-path-unclosed-bracket", "an unclosed [";
    /// An index that is not a whole number.
    PathIndex {} = "problem-path-index", "an index must be a whole number ≥ 0";
    /// A character that cannot appear in a path there.
    PathCharacter {} = "problem-path-character", "unexpected character";
    /// An empty path.
    PathEmpty {} = "problem-path-empty", "empty";
    /// A number too large to read.
    NotANumber {} = "problem-not-a-number", "not a number";
    /// An input left out (null).
    NotSet {} = "problem-not-set", "is not set (null), so it has no number to read";
    /// An input of another type.
    IsNotNumber { found: JsonType } = "problem-is-not-number", "is {found}, not a number";
    /// An index past the end of a list.
    NoSuchIndex { parent: Here, items: u64 } = "problem-no-such-index",
        "does not exist: {parent} has {items} item(s), indexed from 0";
    /// A step into a value that has no steps.
    NoSuchStep { parent: Here, found: JsonType } = "problem-no-such-step",
        "does not exist: {parent} is {found}";
    /// A key an object does not have.
    NoSuchKey { parent: Here, key: Quoted, has: Keys } = "problem-no-such-key",
        "does not exist: {parent} has no {key} (it has {has})";
    /// A value of another type where a number was expected.
    ExpectedNumber { found: JsonType } = "problem-expected-number-got", "expected a number, got {found}";
    /// An sd that cannot be scaled (the distribution's sd is 0).
    CannotScaleSd { sd: f64, got: f64 } = "problem-cannot-scale-sd",
        "cannot set: this distribution's sd is {sd}, so it cannot be scaled to {got} (set min, mode and max instead)";
    /// A solve target that is not a share.
    TargetShare { got: f64 } = "problem-target-share", "must be a share between 0 and 1, got {got}";
    /// A solve for something that is not a model input.
    NotAnInput {} = "problem-not-an-input",
        "is not a model input (it changes which people are simulated, not what they perceive); solve for a value, cost, weight or effect";
    /// A solve asked for its answer before it ran.
    SolveUnfinished {} = "problem-solve-unfinished", "the solve was not run to the end";
    /// A robustness draw of the wrong length.
    DrawCount { got: u64, inputs: u64 } = "problem-draw-count",
        "has {got} number(s) for {inputs} input(s)";
    /// A robustness run without draws.
    NoDraws {} = "problem-no-draws", "no draws to run";

    // ---- Survey import, store-test plan, "Your data" (errors-dups) ----
    /// A survey file without a header row.
    SurveyEmpty {} = "problem-survey-empty", "the file is empty: it needs a header row";
    /// A survey file without a `value` column (`headers`: what it has).
    SurveyNoValueColumn { headers: Keys } = "problem-survey-no-value-column",
        "no column is named value (found: {headers}); name the value rating's column value";
    /// Two columns of a survey file stand for the same name.
    SurveyDuplicateColumn { name: String, first: String, second: String } = "problem-survey-duplicate-column",
        "two columns stand for {name}: {first} and {second}; rename one";
    /// More survey rows are bad than good (the bad cells follow, a line each).
    SurveyBadRows { bad: u64, good: u64 } = "problem-survey-bad-rows",
        "{bad} rows have bad cells and only {good} are usable, so the file was not imported";
    /// How many bad cells a list left out.
    SurveyMoreCells { count: u64 } = "problem-survey-more-cells", "… and {count} more";
    /// A bad survey cell with nothing in it.
    SurveyCell { line: u64, column: String, reason: CellReason } = "problem-survey-cell",
        "line {line}, column {column}: {reason}";
    /// A bad survey cell and its text.
    SurveyCellText { line: u64, column: String, text: Quoted, reason: CellReason } = "problem-survey-cell-text",
        "line {line}, column {column}: {text} {reason}";
    /// Too few usable respondents in the file.
    SurveyTooFewRows { rows: u64, min: u64 } = "problem-survey-too-few-rows",
        "only {rows} usable respondents; at least {min} are needed";
    /// Too few usable respondents in one segment.
    SurveySegmentTooFewRows { segment: Quoted, rows: u64, min: u64 } = "problem-survey-segment-too-few-rows",
        "segment {segment} has {rows} usable respondents; at least {min} are needed to fit it (merge it into another)";
    /// More distinct segments than a scenario may have.
    SurveyTooManySegments { count: u64, max: u64 } = "problem-survey-too-many-segments",
        "the segment column has {count} distinct values; at most {max}";
    /// The fitted scenario is invalid (its base had a problem): the first
    /// problem; any others follow as lines of their own.
    SurveyFittedInvalid { problem: Box<Problem> } = "problem-survey-fitted-invalid",
        "the fitted scenario is not valid: {problem}";
    /// A survey cell that is missing: the row is too short.
    CellMissing {} = "problem-cell-missing", "is missing (the row is too short)";
    /// A survey cell that is not UTF-8.
    CellNotUtf8 {} = "problem-cell-not-utf8", "is not valid UTF-8 text";
    /// An empty survey cell.
    CellEmpty {} = "problem-cell-empty", "is empty";
    /// An `adopted` cell that is not a yes or no.
    CellNotYesNo {} = "problem-cell-not-yes-no", "is not 0 or 1 (yes or no)";
    /// A rating that is not a number.
    CellNotANumber {} = "problem-cell-not-a-number", "is not a number";
    /// A rating beyond the largest magnitude a scenario may hold.
    CellOutOfRange { max: f64 } = "problem-cell-out-of-range", "is not a number between -{max} and {max}";
    /// A negative cost rating.
    CellNegativeCost {} = "problem-cell-negative-cost", "is negative, and a cost cannot be";
    /// A plan's share, confidence or power outside 0..=1.
    PlanUnit { name: String, got: f64 } = "problem-plan-unit", "{name} must be between 0 and 1, got {got}";
    /// A plan's confidence or power not strictly inside 0..1.
    PlanUnitOpen { name: String, got: f64 } = "problem-plan-unit-open",
        "{name} must be strictly between 0 and 1, got {got}";
    /// A plan's visitors per variant out of range.
    PlanVisitors { max: u64, got: u64 } = "problem-plan-visitors",
        "visitors must be between 1 and {max}, got {got}";
    /// A JSON value of another type where an object was expected (what
    /// differed for an observation on the "Your data" card).
    NotAnObject { found: JsonType } = "problem-not-an-object", "not an object: got {found}";
    // ---- end of the errors-dups block ----
}

impl ProblemKind {
    /// Every translation key a problem's message may use: each variant's
    /// own and the phrases its arguments put in (for tests).
    pub fn all_keys() -> Vec<&'static str> {
        let mut keys: Vec<&'static str> = ProblemKind::all().iter().map(|k| k.key()).collect();
        keys.extend(Syntax::keys());
        keys.extend(Found::keys());
        keys.extend(Expected::keys());
        keys.extend([
            "problem-expected-object",
            "problem-here-scenario",
            "problem-keys-nothing",
            "problem-format-scenario",
            "problem-format-comparison",
            "problem-type-null",
            "problem-type-boolean",
            "problem-type-number",
            "problem-type-string",
            "problem-type-array",
            "problem-type-list",
            "problem-type-object",
        ]);
        keys.sort_unstable();
        keys.dedup();
        keys
    }

    /// The kind of a serde error's message once the location is gone
    /// (`strip_location`) and the parser's wording applied; `at` is where
    /// it was.
    pub(crate) fn from_serde(message: &str, at: At) -> ProblemKind {
        let field_and = |prefix: &str| {
            message
                .strip_prefix(prefix)
                .and_then(|rest| rest.split_once('`'))
                .map(|(name, tail)| (name.to_string(), tail))
        };
        if let Some((field, tail)) = field_and("unknown field `") {
            if let Some(expected) = tail.strip_prefix(", expected one of ") {
                return ProblemKind::UnknownField {
                    field,
                    expected: expected.to_string(),
                    at,
                };
            }
            if let Some(expected) = tail.strip_prefix(", expected ") {
                return ProblemKind::UnknownFieldOne {
                    field,
                    expected: expected.to_string(),
                    at,
                };
            }
            if tail == " (this rule takes no other fields)" {
                return ProblemKind::UnknownFieldNone { field, at };
            }
        }
        if let Some((name, tail)) = field_and("unknown variant `") {
            if let Some(expected) = tail.strip_prefix(", expected one of ") {
                return ProblemKind::UnknownVariant {
                    name,
                    expected: expected.to_string(),
                    at,
                };
            }
            if let Some(expected) = tail.strip_prefix(", expected ") {
                return ProblemKind::UnknownVariantOne {
                    name,
                    expected: expected.to_string(),
                    at,
                };
            }
        }
        let split = |prefix: &str| {
            let rest = message.strip_prefix(prefix)?;
            let (found, expected) = rest.split_once(", expected ")?;
            Some((Found(found.to_string()), Expected(expected.to_string())))
        };
        if let Some((found, expected)) = split("invalid type: ") {
            return ProblemKind::InvalidType {
                found,
                expected,
                at,
            };
        }
        if let Some((found, expected)) = split("invalid value: ") {
            return ProblemKind::InvalidValue {
                found,
                expected,
                at,
            };
        }
        if let Some(rest) = message.strip_prefix("invalid length ")
            && let Some((n, expected)) = rest.split_once(", expected ")
            && let Ok(length) = n.parse()
        {
            return ProblemKind::InvalidLength {
                length,
                expected: Expected(expected.to_string()),
                at,
            };
        }
        if let Some(rest) = message.strip_prefix("the key ")
            && let Some(key) = rest.strip_suffix(" appears twice in this object")
        {
            return ProblemKind::RepeatedKey {
                key: key.to_string(),
                at,
            };
        }
        ProblemKind::Structure {
            detail: format!("{message}{at}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The page's worker sends refusals as JSON: every kind, and a problem
    /// nested in another, must come back as it left.
    #[test]
    fn every_kind_round_trips_through_json() {
        let nested = ProblemKind::SetInvalid {
            problem: Box::new(Problem::new(
                "segments[1].share",
                ProblemKind::TooLarge {
                    bytes: 2_000_000,
                    limit: 1_048_576,
                },
            )),
        };
        for kind in ProblemKind::all().into_iter().chain([nested]) {
            let json = serde_json::to_string(&kind).unwrap();
            let back: ProblemKind = serde_json::from_str(&json).unwrap();
            assert_eq!(back, kind, "{json}");
            let problem = Problem::new("value.mean", kind);
            let json = serde_json::to_string(&problem).unwrap();
            assert_eq!(serde_json::from_str::<Problem>(&json).unwrap(), problem);
        }
    }

    /// The compact form: the key, then the fields in order; anything else
    /// is refused with a message rather than misread.
    #[test]
    fn the_json_form_is_the_key_then_the_fields() {
        let kind = ProblemKind::TooLarge { bytes: 5, limit: 1 };
        assert_eq!(
            serde_json::to_string(&kind).unwrap(),
            r#"["problem-too-large",5,1]"#
        );
        for bad in [
            r#"["problem-too-large",5]"#,
            r#"["problem-too-large",5,1,2]"#,
            r#"["problem-no-such-thing"]"#,
            r#"{"TooLarge":{"bytes":5,"limit":1}}"#,
        ] {
            assert!(serde_json::from_str::<ProblemKind>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn every_kind_has_its_own_key() {
        let all = ProblemKind::all();
        let mut keys: Vec<&str> = all.iter().map(ProblemKind::key).collect();
        keys.sort_unstable();
        let n = keys.len();
        keys.dedup();
        assert_eq!(keys.len(), n, "two kinds share a key");
    }

    #[test]
    fn serde_messages_are_classified_and_keep_their_words() {
        let at = At { line: 3, column: 7 };
        for (message, key) in [
            (
                "unknown field `x`, expected one of `a`, `b`",
                "problem-unknown-field",
            ),
            (
                "unknown field `x`, expected `a`",
                "problem-unknown-field-one",
            ),
            (
                "unknown field `x` (this rule takes no other fields)",
                "problem-unknown-field-none",
            ),
            (
                "unknown variant `x`, expected one of `a`, `b`",
                "problem-unknown-variant",
            ),
            (
                "invalid type: string \"a\", expected a number",
                "problem-invalid-type",
            ),
            (
                "invalid value: integer `-1`, expected a whole number ≥ 0",
                "problem-invalid-value",
            ),
            ("something else entirely", "problem-structure"),
        ] {
            let kind = ProblemKind::from_serde(message, at);
            assert_eq!(kind.key(), key, "{message}");
            assert_eq!(kind.to_string(), format!("{message} (line 3, column 7)"));
        }
    }
}
