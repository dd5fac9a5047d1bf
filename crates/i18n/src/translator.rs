//! Looking up and formatting translated messages.

use std::cell::OnceCell;
use std::fmt;
use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use worthit_view::{Labels, NumberFormat};

use crate::lang::Lang;
use crate::numbers;

/// The messages of one language, with English behind it for any key the
/// language lacks.
///
/// Building one parses the language's `.ftl` file (0.2–0.3 ms natively,
/// see `cargo bench -p worthit-i18n`), so a page makes one per language
/// change and shares it
/// (for example in an `Rc` in a Yew context; two translators are equal
/// when their languages are).
pub struct Translator {
    /// The messages, shared with the labels' [`PhraseWriter`], which
    /// formats chart labels with numbers in them long after this call.
    ///
    /// [`PhraseWriter`]: worthit_view::PhraseWriter
    messages: Rc<Messages>,
    /// The chart labels, built on first use: sentences need them for
    /// every cost, input and list they name.
    labels: OnceCell<Labels>,
}

/// One language's bundle with English behind it.
pub(crate) struct Messages {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    /// Whether English stands behind `bundle` (not when `bundle` is the
    /// built-in English itself).
    falls_back: bool,
    /// English, built on the first key `bundle` lacks. The tests keep every
    /// language complete, so usually it is never built, which halves the
    /// time a language takes to load.
    fallback: OnceCell<FluentBundle<FluentResource>>,
}

impl Translator {
    /// The translator for `lang`, from its compiled-in file
    /// ([`Lang::embedded_ftl`]). Without feature `all-languages` only
    /// English is compiled in: another language then has no messages of
    /// its own and every key comes from English; build it with
    /// [`Translator::from_source`] from the fetched file instead.
    pub fn new(lang: Lang) -> Self {
        Translator::with(Messages {
            lang,
            bundle: bundle(lang, lang.embedded_ftl().unwrap_or_default()),
            falls_back: lang != Lang::En,
            fallback: OnceCell::new(),
        })
    }

    /// A translator whose own messages come from `source` (Fluent text)
    /// instead of the built-in file, with the built-in English behind it.
    /// For previewing a translation in progress, and for tests.
    pub fn from_source(lang: Lang, source: &str) -> Self {
        Translator::with(Messages {
            lang,
            bundle: bundle(lang, source),
            falls_back: true,
            fallback: OnceCell::new(),
        })
    }

    /// A translator from a fetched translation file, or `None` when `text`
    /// is not one: every file has the key `app-document-title`, which an
    /// error page, or a server answering every path with the page itself,
    /// has not. The page fetches languages other than English this way.
    pub fn from_fetched(lang: Lang, text: &str) -> Option<Self> {
        let tr = Translator::from_source(lang, text);
        tr.has(FILE_MARKER).then_some(tr)
    }

    fn with(messages: Messages) -> Self {
        Translator {
            messages: Rc::new(messages),
            labels: OnceCell::new(),
        }
    }

    /// The language this translator speaks.
    pub fn lang(&self) -> Lang {
        self.messages.lang
    }

    /// How this language writes numbers (for numbers put into messages
    /// as text: percentages, intervals, decimals).
    pub fn numbers(&self) -> &'static NumberFormat {
        numbers::cached(self.lang())
    }

    /// The charts' labels in this language (built once, then shared).
    pub fn labels(&self) -> &Labels {
        self.labels.get_or_init(|| crate::labels::labels(self))
    }

    /// The messages themselves, for what formats messages later (the
    /// labels' phrase writer).
    pub(crate) fn messages(&self) -> Rc<Messages> {
        Rc::clone(&self.messages)
    }

    /// The message `key` without arguments. See [`Translator::t_args`].
    pub fn t(&self, key: &str) -> String {
        self.t_args(key, &[])
    }

    /// The message `key` with named arguments.
    ///
    /// Numbers (`FluentValue::from(100_000u64)`) are written in the
    /// language's format (`100,000`) and can drive plural selectors;
    /// strings are inserted as they are. A key the language lacks comes
    /// from English; a key that does not exist at all is returned as it
    /// is, so a mistake shows on the page instead of a blank. A missing
    /// argument shows as `{$name}`. Never panics.
    pub fn t_args(&self, key: &str, args: &[(&str, FluentValue)]) -> String {
        self.messages.t_args(key, args)
    }

    /// Whether this language itself (not the English fallback) has `key`.
    pub fn has(&self, key: &str) -> bool {
        self.messages.bundle.has_message(key)
    }
}

impl Messages {
    /// [`Translator::t_args`].
    pub(crate) fn t_args(&self, key: &str, args: &[(&str, FluentValue)]) -> String {
        let format = numbers::cached(self.lang);
        let mut fluent_args = FluentArgs::with_capacity(args.len());
        for (name, value) in args {
            fluent_args.set(*name, numbers::sanitize(value, format));
        }
        let args = (!args.is_empty()).then_some(&fluent_args);
        format_message(&self.bundle, key, args)
            .or_else(|| {
                self.falls_back
                    .then(|| {
                        let english = self
                            .fallback
                            .get_or_init(|| bundle(Lang::En, crate::lang::EN_FTL));
                        format_message(english, key, args)
                    })
                    .flatten()
            })
            .unwrap_or_else(|| key.to_string())
    }
}

impl PartialEq for Translator {
    fn eq(&self, other: &Self) -> bool {
        self.lang() == other.lang()
    }
}

impl fmt::Debug for Translator {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Translator")
            .field("lang", &self.lang())
            .finish_non_exhaustive()
    }
}

/// A key every translation file has (a test checks it), by which
/// [`Translator::from_fetched`] recognises one.
const FILE_MARKER: &str = "app-document-title";

/// A bundle of `lang` with the messages of `source`, set up to produce
/// plain text.
fn bundle(lang: Lang, source: &str) -> FluentBundle<FluentResource> {
    // The codes are valid tags; should one ever fail to parse, the
    // undetermined locale still formats (with English plural rules).
    let locale = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new(vec![locale]);
    // Fluent wraps each argument in Unicode isolation marks by default, for
    // right-to-left text. None of these languages needs them, and they
    // would end up in SVG text, tables and copied summaries.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(numbers::formatter(lang)));
    // A file with a syntax error still yields every entry that parsed (the
    // tests fail on the error itself); a duplicate key keeps its first
    // definition. Neither is a reason to lose the whole language.
    let resource = match FluentResource::try_new(source.to_string()) {
        Ok(r) | Err((r, _)) => r,
    };
    let _ = bundle.add_resource(resource);
    bundle
}

/// The formatted value of message `key`, or `None` when `bundle` has no
/// such message (or it has only attributes).
fn format_message(
    bundle: &FluentBundle<FluentResource>,
    key: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let pattern = bundle.get_message(key)?.value()?;
    // Errors (a missing argument, an unknown reference) are already shown
    // in the text as `{$name}`; there is nothing better to do with them.
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned(),
    )
}
