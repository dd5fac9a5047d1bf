//! The languages worthit speaks, and how a browser's language tag picks one.

use std::fmt;

/// English, the source language, is always compiled in: it stands behind
/// every other language and is what the page speaks before anything loads.
/// The build script copies it without its comments (see `build.rs`).
pub(crate) const EN_FTL: &str = include_str!(concat!(env!("OUT_DIR"), "/en.ftl"));

/// A language of the page. The translation files are
/// `www/locales/<code>.ftl`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English, the source language and the fallback for missing keys.
    #[default]
    En,
    /// Simplified Chinese (mainland China, Singapore).
    ZhCn,
    /// Traditional Chinese (Taiwan usage; also Hong Kong and Macau).
    ZhTw,
    /// Korean.
    Ko,
}

impl Lang {
    /// Every language, in the order a language menu lists them.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::ZhCn, Lang::ZhTw, Lang::Ko];

    /// The BCP 47 tag, also the file name of the translations and the
    /// value of `?lang=` and `<html lang>`: `en`, `zh-CN`, `zh-TW`, `ko`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhCn => "zh-CN",
            Lang::ZhTw => "zh-TW",
            Lang::Ko => "ko",
        }
    }

    /// The language's name in itself, as a language menu shows it (a
    /// reader looks for their own language in its own script).
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::ZhCn => "简体中文",
            Lang::ZhTw => "繁體中文",
            Lang::Ko => "한국어",
        }
    }

    /// What goes between two sentences of a paragraph: a space, except in
    /// Chinese, whose full stop (。) already separates them.
    pub fn sentence_gap(self) -> &'static str {
        match self {
            Lang::En | Lang::Ko => " ",
            Lang::ZhCn | Lang::ZhTw => "",
        }
    }

    /// The Fluent source of this language's translations (feature
    /// `all-languages`, which the tests and benchmarks use).
    #[cfg(feature = "all-languages")]
    pub fn ftl(self) -> &'static str {
        match self {
            Lang::En => EN_FTL,
            Lang::ZhCn => include_str!("../../../www/locales/zh-CN.ftl"),
            Lang::ZhTw => include_str!("../../../www/locales/zh-TW.ftl"),
            Lang::Ko => include_str!("../../../www/locales/ko.ftl"),
        }
    }

    /// The Fluent source of this language if it is compiled into the
    /// crate: English always, the others only with feature
    /// `all-languages`. The page leaves them out (each adds about 10 KiB
    /// to its gzipped WebAssembly) and fetches the one it needs from
    /// `locales/<code>.ftl`, then uses [`Translator::from_source`].
    ///
    /// [`Translator::from_source`]: crate::Translator::from_source
    pub fn embedded_ftl(self) -> Option<&'static str> {
        #[cfg(feature = "all-languages")]
        {
            Some(self.ftl())
        }
        #[cfg(not(feature = "all-languages"))]
        {
            (self == Lang::En).then_some(EN_FTL)
        }
    }

    /// The path of this language's translations relative to the page,
    /// where the page fetches them: `locales/ko.ftl` (trunk copies
    /// `www/locales` there).
    pub fn ftl_path(self) -> String {
        format!("locales/{}.ftl", self.code())
    }

    /// The language for a BCP 47 tag (`?lang=`, `navigator.language`),
    /// English when worthit does not speak it. See [`Lang::parse`].
    pub fn from_tag(tag: &str) -> Lang {
        Lang::parse(tag).unwrap_or_default()
    }

    /// The first language of a preference list (`navigator.languages`)
    /// that worthit speaks, English if none.
    pub fn negotiate<'a>(tags: impl IntoIterator<Item = &'a str>) -> Lang {
        tags.into_iter().find_map(Lang::parse).unwrap_or_default()
    }

    /// The language a BCP 47 tag asks for, if worthit speaks it.
    ///
    /// Matching is case-insensitive and accepts `_` for `-`. Chinese is
    /// decided by the script when the tag names one (`zh-Hant-…` is
    /// Traditional, `zh-Hans-…` Simplified, whatever the region), otherwise
    /// by the region: Taiwan, Hong Kong and Macau write Traditional
    /// characters, everyone else (`zh`, `zh-CN`, `zh-SG`) Simplified. Any
    /// `en-…` is English and any `ko-…` Korean.
    pub fn parse(tag: &str) -> Option<Lang> {
        let mut parts = tag.trim().split(['-', '_']).map(|p| p.to_ascii_lowercase());
        let language = parts.next()?;
        match language.as_str() {
            "en" => Some(Lang::En),
            "ko" => Some(Lang::Ko),
            "zh" => {
                let rest: Vec<String> = parts.collect();
                let script = rest.iter().find(|p| p.len() == 4);
                let region = rest.iter().find(|p| {
                    p.len() == 2 || (p.len() == 3 && p.bytes().all(|b| b.is_ascii_digit()))
                });
                Some(
                    match (script.map(String::as_str), region.map(String::as_str)) {
                        (Some("hant"), _) => Lang::ZhTw,
                        (Some("hans"), _) => Lang::ZhCn,
                        (_, Some("tw" | "hk" | "mo")) => Lang::ZhTw,
                        _ => Lang::ZhCn,
                    },
                )
            }
            _ => None,
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}
