//! A clinic's configuration chooses the widget's language: `language` (`en`, `es`, `de`), or
//! else the language of its `locale` where the estimator is written in it, or else English.
//! Every value `language` refuses gets one problem at `language`, in English (problems are for
//! the clinic's web team), that says what to write instead; and what speaks for the
//! configuration (the price label, the JavaScript API's estimate) speaks its language.
#![cfg(feature = "clinic")]
#![cfg(all(feature = "lang-en", feature = "lang-es", feature = "lang-de"))]

use estimator_core::api::api_estimate;
use estimator_core::clinic_config::ClinicConfig;
use estimator_core::{Lang, PlainFormatter, Problem};
use serde_json::{json, Value};

const EXAMPLE: &str = include_str!("../data/example-clinic-config.json");
const SEOUL: &str = include_str!("../../../examples/seoul-clinic.json");

fn config_of(value: &Value) -> ClinicConfig {
    match ClinicConfig::from_value(value) {
        Ok(config) => config,
        Err(problems) => panic!("{value}: {problems:?}"),
    }
}

fn problems_of(value: &Value) -> Vec<Problem> {
    match ClinicConfig::from_value(value) {
        Ok(_) => panic!("{value} was accepted"),
        Err(problems) => problems,
    }
}

/// The one problem a value of `language` gets, on an otherwise empty configuration.
fn language_problem(language: Value) -> String {
    let problems = problems_of(&json!({ "language": language }));
    match problems.as_slice() {
        [problem] if problem.path == "language" => problem.message.clone(),
        _ => panic!("{language}: {problems:?}"),
    }
}

#[test]
fn language_defaults_to_the_locales_where_the_estimator_has_it_else_english() {
    for (locale, lang) in [
        ("en-US", Lang::En),
        ("en-GB", Lang::En),
        ("es-US", Lang::Es),
        ("es-419", Lang::Es),
        ("de-DE", Lang::De),
        ("de-AT", Lang::De),
        ("de-CH", Lang::De),
        ("ko-KR", Lang::En),
        ("fr-FR", Lang::En),
        ("zh-Hant-TW", Lang::En),
    ] {
        let config = config_of(&json!({ "locale": locale }));
        assert_eq!(config.language(), lang, "{locale}");
        assert_eq!(
            config.unavailable_locale_language().is_some(),
            Lang::of_locale(locale).is_none(),
            "{locale}"
        );
    }
    assert_eq!(
        config_of(&json!({ "locale": "zh-Hant-TW" })).unavailable_locale_language(),
        Some("zh")
    );
    // The published defaults and `{}` speak English.
    assert_eq!(ClinicConfig::published().language(), Lang::En);
    assert_eq!(config_of(&json!({})).language(), Lang::En);
    assert_eq!(config_of(&json!({ "language": null })).language(), Lang::En);
}

#[test]
fn language_overrides_the_locales_and_sets_no_notice() {
    for (locale, code, lang) in [
        ("ko-KR", "de", Lang::De),
        ("ko-KR", "en", Lang::En),
        ("de-DE", "en", Lang::En),
        ("en-US", "es", Lang::Es),
        ("es-US", " de ", Lang::De),
    ] {
        let config = config_of(&json!({ "locale": locale, "language": code }));
        assert_eq!(config.language(), lang, "{locale} {code}");
        assert_eq!(
            config.unavailable_locale_language(),
            None,
            "{locale} {code}"
        );
        // The locale still formats amounts and dates.
        assert_eq!(config.locale(), locale);
    }
}

#[test]
fn the_examples_speak_their_clinics_language() {
    let berlin = ClinicConfig::from_json(EXAMPLE).expect("the example configuration");
    assert_eq!(berlin.language(), Lang::De);
    let seoul = ClinicConfig::from_json(SEOUL).expect("the Seoul example");
    assert_eq!(seoul.language(), Lang::En);
    assert_eq!(seoul.unavailable_locale_language(), Some("ko"));
}

#[test]
fn each_refused_language_gets_a_message_that_says_what_to_write() {
    const LANGUAGES: &str = "\"en\" (English), \"es\" (Spanish) or \"de\" (German)";
    const LEAVE_OUT: &str = "leave language out to speak the language of locale, or English where the estimator is not written in it";
    let cases = [
        (
            json!("fr"),
            format!("\"fr\" (French) is not a language the estimator is written in; it is written in {LANGUAGES}. Give one of these, or {LEAVE_OUT}"),
        ),
        (
            json!("xx"),
            format!("\"xx\" is not a language the estimator is written in; it is written in {LANGUAGES}. Give one of these, or {LEAVE_OUT}"),
        ),
        (
            json!("ko-KR"),
            format!("\"ko-KR\" (Korean) is not a language the estimator is written in; it is written in {LANGUAGES}. Give one of these, or {LEAVE_OUT}"),
        ),
        (
            json!("DE"),
            "\"DE\" must be written in lower case: \"de\"".to_owned(),
        ),
        (
            json!("de-DE"),
            "\"de-DE\" is a locale; language takes the language's code alone, \"de\" (locale sets how amounts and dates are written)".to_owned(),
        ),
        (
            json!("es_US"),
            "\"es_US\" is a locale; language takes the language's code alone, \"es\" (locale sets how amounts and dates are written)".to_owned(),
        ),
        (
            json!("German"),
            "\"German\" is the name of a language; language takes its code: \"de\"".to_owned(),
        ),
        (
            json!("español"),
            "\"español\" is the name of a language; language takes its code: \"es\"".to_owned(),
        ),
        (
            json!("  "),
            format!("is empty; give {LANGUAGES}, or {LEAVE_OUT}"),
        ),
        (
            json!(1),
            format!("must be the code of a language as text, {LANGUAGES}, found a number; {LEAVE_OUT}"),
        ),
        (
            json!(["de"]),
            format!("must be the code of a language as text, {LANGUAGES}, found a list; {LEAVE_OUT}"),
        ),
        (
            json!({ "code": "de" }),
            format!("must be the code of a language as text, {LANGUAGES}, found an object; {LEAVE_OUT}"),
        ),
        (
            json!(true),
            format!("must be the code of a language as text, {LANGUAGES}, found true or false; {LEAVE_OUT}"),
        ),
    ];
    for (value, message) in cases {
        assert_eq!(language_problem(value.clone()), message, "{value}");
    }
    // A hostile value is quoted cleaned and shortened, like any of the clinic's text.
    let hostile = language_problem(json!(format!("\u{202e}{}", "x".repeat(100))));
    assert!(!hostile.contains('\u{202e}'), "{hostile}");
    assert!(hostile.len() < 400, "{hostile}");
}

#[test]
fn a_refused_language_is_listed_with_the_other_problems_and_gives_no_prices() {
    let problems = problems_of(&json!({ "language": "fr", "currency": "US$" }));
    let paths: Vec<&str> = problems
        .iter()
        .map(|problem| problem.path.as_str())
        .collect();
    assert_eq!(paths, ["currency", "language"]);
}

#[test]
fn the_price_label_and_the_apis_estimate_speak_the_configurations_language() {
    let mut berlin: Value = serde_json::from_str(EXAMPLE).expect("the example is JSON");
    let german = config_of(&berlin);
    berlin["language"] = json!("en");
    let english = config_of(&berlin);
    assert_eq!(
        english.prices_label(),
        "Dermatologie am Stadtpark: example clinic, invented prices"
    );
    assert_ne!(german.prices_label(), english.prices_label());
    assert_eq!(
        german.prices_label(),
        estimator_core::view::book_label(
            german.book(),
            Some("Dermatologie am Stadtpark"),
            Lang::De
        )
    );

    let plan = json!({ "method": "microneedling", "sessions": 3 });
    let money = PlainFormatter::new("EUR");
    let estimate = |config: &ClinicConfig| match api_estimate(config, &plan, &money) {
        Ok(estimate) => estimate,
        Err(problems) => panic!("{problems:?}"),
    };
    let (in_german, in_english) = (estimate(&german), estimate(&english));
    assert_ne!(in_german.summary, in_english.summary);
    assert_ne!(in_german.disclaimer, in_english.disclaimer);
    // The figures are the same in every language.
    assert_eq!(in_german.total.min, in_english.total.min);
    assert_eq!(in_german.total.max, in_english.total.max);
    let spanish = config_of(&json!({ "language": "es" }));
    let published = config_of(&json!({}));
    let money = PlainFormatter::new("USD");
    let in_spanish = api_estimate(&spanish, &plan, &money).expect("an estimate");
    let in_english = api_estimate(&published, &plan, &money).expect("an estimate");
    assert_ne!(in_spanish.summary, in_english.summary);
}
