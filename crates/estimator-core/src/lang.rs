//! The languages a person can read the estimator in, and the few rules of grammar that every
//! table of words shares.
//!
//! A language exists in a build only when its feature (`lang-en`, `lang-es`, `lang-de`) is on.
//! The core's own tests, the widget and a clinic's single file build all three; each page build
//! carries only its own language, so an English visitor downloads no Spanish or German words.
//! Because the variants themselves are behind the features, a table lookup is an exhaustive
//! `match` over the languages built, with no fall-back arm that could hide a missing table.

#[cfg(not(any(feature = "lang-en", feature = "lang-es", feature = "lang-de")))]
compile_error!("estimator-core needs at least one language: enable lang-en, lang-es or lang-de");

/// A language of the estimator's words.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    #[cfg(feature = "lang-en")]
    En,
    #[cfg(feature = "lang-es")]
    Es,
    #[cfg(feature = "lang-de")]
    De,
}

impl Lang {
    /// Every language of this build, English first where it is built.
    pub const BUILT: &'static [Lang] = &[
        #[cfg(feature = "lang-en")]
        Lang::En,
        #[cfg(feature = "lang-es")]
        Lang::Es,
        #[cfg(feature = "lang-de")]
        Lang::De,
    ];

    /// The language a build speaks when nothing asks for another: English where it is built,
    /// else the one language of a Spanish or German page build.
    pub const fn default_built() -> Lang {
        #[cfg(feature = "lang-en")]
        return Lang::En;
        #[cfg(all(not(feature = "lang-en"), feature = "lang-es"))]
        return Lang::Es;
        #[cfg(all(
            not(feature = "lang-en"),
            not(feature = "lang-es"),
            feature = "lang-de"
        ))]
        return Lang::De;
    }

    /// The BCP 47 primary tag: `<html lang>`, the `/es/` folder, a clinic's `language`.
    pub fn code(self) -> &'static str {
        match self {
            #[cfg(feature = "lang-en")]
            Lang::En => "en",
            #[cfg(feature = "lang-es")]
            Lang::Es => "es",
            #[cfg(feature = "lang-de")]
            Lang::De => "de",
        }
    }

    /// The locale the estimator's own page in this language formats its US-dollar figures
    /// for: US English, the Spanish of the United States, German.
    pub fn page_locale(self) -> &'static str {
        match self {
            #[cfg(feature = "lang-en")]
            Lang::En => "en-US",
            #[cfg(feature = "lang-es")]
            Lang::Es => "es-US",
            #[cfg(feature = "lang-de")]
            Lang::De => "de-DE",
        }
    }

    /// The language's name in that language, as the language switch shows it.
    pub fn own_name(self) -> &'static str {
        match self {
            #[cfg(feature = "lang-en")]
            Lang::En => "English",
            #[cfg(feature = "lang-es")]
            Lang::Es => "Español",
            #[cfg(feature = "lang-de")]
            Lang::De => "Deutsch",
        }
    }

    /// The built language with this primary tag, ignoring case: `"es"`, `"ES"`.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::BUILT
            .iter()
            .copied()
            .find(|lang| lang.code().eq_ignore_ascii_case(code))
    }

    /// The built language of a locale such as `de-DE` or `es-US` (its primary tag), if any.
    pub fn of_locale(locale: &str) -> Option<Lang> {
        Lang::from_code(locale.split(['-', '_']).next().unwrap_or_default())
    }

    /// The singular for one, the plural otherwise. English, Spanish and German all use these
    /// two forms for whole counts, so one rule serves every table.
    pub fn plural<'s>(self, count: u32, singular: &'s str, many: &'s str) -> &'s str {
        if count == 1 {
            singular
        } else {
            many
        }
    }

    /// "a, b and c", with this language's word for "and".
    pub fn join_words(self, items: &[String]) -> String {
        // Only Spanish looks at the last item; the other languages ignore it.
        #[cfg_attr(not(feature = "lang-es"), allow(unused_variables))]
        let and = |last: &str| match self {
            #[cfg(feature = "lang-en")]
            Lang::En => "and",
            // Spanish says "e" instead of "y" before a word that starts with the sound "i".
            #[cfg(feature = "lang-es")]
            Lang::Es => {
                let lower = last.to_lowercase();
                let i_sound = (lower.starts_with('i') || lower.starts_with("hi"))
                    && !lower.starts_with("hie")
                    && !lower.starts_with("ia")
                    && !lower.starts_with("ie")
                    && !lower.starts_with("io")
                    && !lower.starts_with("iu");
                if i_sound {
                    "e"
                } else {
                    "y"
                }
            }
            #[cfg(feature = "lang-de")]
            Lang::De => "und",
        };
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [rest @ .., last] => format!("{} {} {last}", rest.join(", "), and(last)),
        }
    }
}

impl Default for Lang {
    fn default() -> Self {
        Lang::default_built()
    }
}

#[cfg(all(test, feature = "lang-en", feature = "lang-es", feature = "lang-de"))]
mod tests {
    use super::*;

    #[test]
    fn every_language_reads_back_from_its_code_and_its_locales() {
        for &lang in Lang::BUILT {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
            assert_eq!(Lang::from_code(&lang.code().to_uppercase()), Some(lang));
        }
        assert_eq!(Lang::of_locale("de-DE"), Some(Lang::De));
        assert_eq!(Lang::of_locale("es_US"), Some(Lang::Es));
        assert_eq!(Lang::of_locale("ko-KR"), None);
        assert_eq!(Lang::from_code(""), None);
    }

    #[test]
    fn lists_are_joined_with_each_languages_and() {
        let items = ["a".to_owned(), "b".to_owned(), "c".to_owned()];
        assert_eq!(Lang::En.join_words(&items), "a, b and c");
        assert_eq!(Lang::Es.join_words(&items), "a, b y c");
        assert_eq!(Lang::De.join_words(&items[..2]), "a und b");
        assert_eq!(Lang::De.join_words(&items[..1]), "a");
        let before_i = ["enrojecimiento".to_owned(), "inflamación".to_owned()];
        assert_eq!(
            Lang::Es.join_words(&before_i),
            "enrojecimiento e inflamación"
        );
    }
}
