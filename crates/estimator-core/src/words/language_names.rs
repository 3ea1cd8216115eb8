//! The names of the languages a clinic's `locale` may plausibly name, so that a widget whose
//! locale's language the estimator is not yet written in can say which language that is, and
//! a configuration's problem can name the language a code stands for.
//!
//! Each language has its English name and its own name (as that language writes it, in the
//! case it uses in running text). The table is one for every language of the estimator's
//! words: a table of words passes on whichever name its sentence needs, and a name in the
//! language's own script is readable to the very person the sentence is for.

/// A language's names, English and its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LanguageName {
    /// The ISO 639 code, lowercase: `ko`.
    pub code: &'static str,
    /// Its English name: "Korean".
    pub english: &'static str,
    /// Its name in itself: "한국어".
    pub own: &'static str,
}

const fn name(code: &'static str, english: &'static str, own: &'static str) -> LanguageName {
    LanguageName { code, english, own }
}

/// The languages named, by code. Among them are the estimator's own (English, Spanish,
/// German), so that a problem can list them by name.
const NAMES: &[LanguageName] = &[
    name("ar", "Arabic", "العربية"),
    name("bg", "Bulgarian", "български"),
    name("bn", "Bengali", "বাংলা"),
    name("ca", "Catalan", "català"),
    name("cs", "Czech", "čeština"),
    name("da", "Danish", "dansk"),
    name("de", "German", "Deutsch"),
    name("el", "Greek", "Ελληνικά"),
    name("en", "English", "English"),
    name("es", "Spanish", "español"),
    name("et", "Estonian", "eesti"),
    name("fa", "Persian", "فارسی"),
    name("fi", "Finnish", "suomi"),
    name("fil", "Filipino", "Filipino"),
    name("fr", "French", "français"),
    name("he", "Hebrew", "עברית"),
    name("hi", "Hindi", "हिन्दी"),
    name("hr", "Croatian", "hrvatski"),
    name("hu", "Hungarian", "magyar"),
    name("id", "Indonesian", "Bahasa Indonesia"),
    name("it", "Italian", "italiano"),
    name("ja", "Japanese", "日本語"),
    name("ko", "Korean", "한국어"),
    name("lt", "Lithuanian", "lietuvių"),
    name("lv", "Latvian", "latviešu"),
    name("ms", "Malay", "Bahasa Melayu"),
    name("nb", "Norwegian Bokmål", "norsk bokmål"),
    name("nl", "Dutch", "Nederlands"),
    name("no", "Norwegian", "norsk"),
    name("pl", "Polish", "polski"),
    name("pt", "Portuguese", "português"),
    name("ro", "Romanian", "română"),
    name("ru", "Russian", "русский"),
    name("sk", "Slovak", "slovenčina"),
    name("sl", "Slovenian", "slovenščina"),
    name("sr", "Serbian", "српски"),
    name("sv", "Swedish", "svenska"),
    name("th", "Thai", "ไทย"),
    name("tl", "Tagalog", "Tagalog"),
    name("tr", "Turkish", "Türkçe"),
    name("uk", "Ukrainian", "українська"),
    name("ur", "Urdu", "اردو"),
    name("vi", "Vietnamese", "Tiếng Việt"),
    name("zh", "Chinese", "中文"),
];

/// The names of the language with this ISO 639 code, ignoring case, if the table has it.
pub fn language_name(code: &str) -> Option<&'static LanguageName> {
    NAMES
        .iter()
        .find(|language| language.code.eq_ignore_ascii_case(code))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_is_named_once_and_in_lowercase() {
        for (index, language) in NAMES.iter().enumerate() {
            assert_eq!(language.code, language.code.to_ascii_lowercase());
            assert!(!language.english.is_empty() && !language.own.is_empty());
            assert_eq!(
                NAMES.iter().position(|other| other.code == language.code),
                Some(index),
                "{} is named twice",
                language.code
            );
        }
    }

    #[test]
    fn the_languages_a_clinic_may_plausibly_set_are_named() {
        for code in [
            "ko", "ja", "zh", "fr", "it", "pt", "pl", "tr", "ar", "ru", "vi",
        ] {
            assert!(language_name(code).is_some(), "{code}");
        }
        assert_eq!(language_name("KO").map(|name| name.english), Some("Korean"));
        assert_eq!(language_name("xx"), None);
    }
}
