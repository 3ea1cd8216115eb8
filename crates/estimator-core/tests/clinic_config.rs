//! `ClinicConfig::from_json` accepts a clinic's configuration or lists every problem with its
//! path, and the helpers around it (fetch problems, the config URL check, CSS custom
//! properties) keep the widget from loading or showing anything it should not.
//!
//! Most bad configurations here are the example configuration
//! (`data/example-clinic-config.json`) with one deliberate change, so each test isolates one
//! mistake a clinic could make. Assertions check the exact path and key words of the message.
//!
//! The property tests at the end use proptest, a host-only dev-dependency, so they are
//! compiled out on wasm32 (see tests/properties.rs).
#![cfg(feature = "clinic")]

use estimator_core::clinic_config::{
    check_accent, check_config_url, check_currency, check_font_family, check_locale, check_radius,
    config_error_view, describe_problems, fetch_problem, http_status_problem,
    to_css_custom_properties, BookOrigin, Clinic, ClinicConfig, Theme, CONFIG_PATH, MAX_PROBLEMS,
};
use estimator_core::money::minor_per_major;
use estimator_core::price_book::{PriceBook, DEFAULT_PRICE_BOOK_JSON, NOT_SURE};
use estimator_core::view::{page_view, questions, ResultView};
use estimator_core::Lang;
use estimator_core::{PlainFormatter, Problem, RawInput};
use serde_json::{json, Value};

mod common;
use common::{assert_only_problem, assert_problem, listing};

const EXAMPLE: &str = include_str!("../data/example-clinic-config.json");

fn example() -> Value {
    serde_json::from_str(EXAMPLE).expect("the example configuration is JSON")
}

fn default_book() -> Value {
    serde_json::from_str(DEFAULT_PRICE_BOOK_JSON).expect("the default book is JSON")
}

fn config_of(value: &Value) -> ClinicConfig {
    let text = serde_json::to_string(value).expect("a Value serialises");
    match ClinicConfig::from_json(&text) {
        Ok(config) => config,
        Err(problems) => panic!("a good configuration was refused:\n{}", listing(&problems)),
    }
}

fn problems_of(value: &Value) -> Vec<Problem> {
    let text = serde_json::to_string(value).expect("a Value serialises");
    problems_of_text(&text)
}

fn problems_of_text(text: &str) -> Vec<Problem> {
    match ClinicConfig::from_json(text) {
        Ok(_) => panic!(
            "a bad configuration was accepted: {}",
            text.chars().take(300).collect::<String>()
        ),
        Err(problems) => {
            assert!(!problems.is_empty(), "a refusal must name a problem");
            problems
        }
    }
}

/// The example with one change.
fn problems_after(mutate: impl FnOnce(&mut Value)) -> Vec<Problem> {
    let mut value = example();
    mutate(&mut value);
    problems_of(&value)
}

fn config_after(mutate: impl FnOnce(&mut Value)) -> ClinicConfig {
    let mut value = example();
    mutate(&mut value);
    config_of(&value)
}

fn set(value: &mut Value, pointer: &str, new: Value) {
    *value
        .pointer_mut(pointer)
        .unwrap_or_else(|| panic!("the example has {pointer}")) = new;
}

fn remove(value: &mut Value, pointer: &str, field: &str) {
    value
        .pointer_mut(pointer)
        .and_then(Value::as_object_mut)
        .unwrap_or_else(|| panic!("{pointer} is an object"))
        .remove(field);
}

fn with_clinic_field(field: &str, new: Value) -> Vec<Problem> {
    problems_after(|v| set(v, &format!("/clinic/{field}"), new))
}

fn with_theme_field(field: &str, new: Value) -> Vec<Problem> {
    problems_after(|v| set(v, &format!("/theme/{field}"), new))
}

/// Every problem line is short and free of control and bidi characters.
fn assert_tidy(problems: &[Problem]) {
    assert!(
        problems.len() <= MAX_PROBLEMS + 1,
        "{} problems",
        problems.len()
    );
    for line in describe_problems(problems) {
        assert!(line.chars().count() <= 600, "an overlong line: {line}");
        assert!(
            !line.chars().any(|c| c.is_control()
                || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')),
            "an unsafe character in: {line:?}"
        );
    }
}

// ----- Valid configurations -----

#[test]
fn the_example_has_the_layout_these_tests_assume() {
    let value = example();
    assert_eq!(value["price_book"]["offers"][1]["tier"], "plant");
    assert_eq!(
        value["price_book"]["offers"][3]["method"],
        "fractional-laser"
    );
    assert_eq!(value["price_book"]["methods"][1]["id"], "fractional-laser");
    assert_eq!(value["price_book"]["sources"][0]["id"], "preisliste-2026");
    assert_eq!(
        value["price_book"]["sources"].as_array().map(Vec::len),
        Some(3)
    );
}

#[test]
fn the_example_file_parses_as_a_eur_clinic_in_de_de() {
    let config = ClinicConfig::from_json(EXAMPLE).unwrap_or_else(|problems| {
        panic!(
            "the example configuration is refused:\n{}",
            listing(&problems)
        )
    });
    assert_eq!(config.currency(), "EUR");
    assert_eq!(config.book().currency(), "EUR");
    assert_eq!(config.locale(), "de-DE");
    assert_eq!(config.book_origin(), BookOrigin::Clinic);
    assert!(config.book().is_clinic_book());
    let clinic = config.clinic().expect("the example names its clinic");
    assert_eq!(clinic.name, "Dermatologie am Stadtpark");
    assert_eq!(
        clinic.booking_url.as_deref(),
        Some("https://hautzentrum-stadtpark.example/termin-buchen")
    );
    assert_eq!(clinic.phone_href().as_deref(), Some("tel:+493012345678"));
    assert_eq!(
        to_css_custom_properties(config.theme()),
        vec![
            ("--exo-accent", "#1d4ed8".to_owned()),
            (
                "--exo-font",
                "\"Source Sans 3\", Arial, sans-serif".to_owned()
            ),
            ("--exo-radius", "6px".to_owned()),
        ]
    );
    // The example sets no language, so it speaks the language of its locale, de-DE.
    assert_eq!(config.language(), Lang::De);
    assert_eq!(
        config.prices_label(),
        "Dermatologie am Stadtpark: Beispielklinik, erfundene Preise"
    );
}

#[test]
fn an_empty_object_means_the_published_defaults() {
    let config = config_of(&json!({}));
    assert_eq!(config, ClinicConfig::published());
    assert_eq!(config, ClinicConfig::default());
    assert_eq!(config.book(), &PriceBook::published());
    assert_eq!(config.book_origin(), BookOrigin::Published);
    assert_eq!(config.currency(), "USD");
    assert_eq!(config.locale(), "en-US");
    assert_eq!(config.clinic(), None);
    assert_eq!(config.theme(), &Theme::default());
    assert!(to_css_custom_properties(config.theme()).is_empty());
    assert_eq!(
        config.prices_label(),
        "Figures quoted from a published overview or derived from them by stated rules; not a quote"
    );
    // `$schema` is allowed for editors, as in the price book.
    assert!(ClinicConfig::from_json(r#"{"$schema": "./clinic-config.schema.json"}"#).is_ok());
    // A byte-order mark from a Windows editor is not an error.
    assert!(ClinicConfig::from_json("\u{feff}{}").is_ok());
}

#[test]
fn a_clinic_without_a_price_book_shows_the_published_figures_labelled_as_such() {
    let config = config_of(&json!({
        "clinic": { "name": "Clinic A", "booking_url": "/book" },
        "currency": "USD",
        "locale": "en-GB",
        "theme": { "accent": "#0F766E" }
    }));
    assert_eq!(config.book_origin(), BookOrigin::Published);
    assert_eq!(config.book(), &PriceBook::published());
    assert!(!config.book().is_clinic_book());
    assert_eq!(config.locale(), "en-GB");
    assert_eq!(config.theme().accent.as_deref(), Some("#0f766e"));
    assert_eq!(
        config.prices_label(),
        "Figures quoted from a published overview or derived from them by stated rules; not a quote"
    );
    let view = page_view(
        config.book(),
        &RawInput::initial(config.book()),
        &PlainFormatter::new(config.currency()),
        Lang::En,
    );
    let ResultView::Estimate(estimate) = view.result else {
        panic!("the initial input gives an estimate");
    };
    assert_eq!(
        estimate.price_label,
        "Published range, not a clinic's price"
    );
}

#[test]
fn a_full_usd_configuration_is_read() {
    let mut book = example()["price_book"].clone();
    book["currency"] = json!("USD");
    let config = config_of(&json!({
        "clinic": {
            "name": "  Bright Skin Clinic  ",
            "booking_url": "https://brightskin.example:8443/book?service=exosomes#form",
            "phone": "+1 (555) 010-9999"
        },
        "currency": "USD",
        "locale": "en-US",
        "price_book": book,
        "theme": { "accent": "#a52", "font_family": "Inter, system-ui, sans-serif", "radius": "0.75rem" }
    }));
    let clinic = config.clinic().cloned().expect("a clinic");
    assert_eq!(clinic.name, "Bright Skin Clinic");
    assert_eq!(clinic.phone.as_deref(), Some("+1 (555) 010-9999"));
    assert_eq!(clinic.phone_href().as_deref(), Some("tel:+15550109999"));
    assert_eq!(config.currency(), "USD");
    assert_eq!(config.book_origin(), BookOrigin::Clinic);
    assert_eq!(config.theme().radius.as_deref(), Some("0.75rem"));
}

#[test]
fn currency_defaults_to_the_books_and_locale_to_en_us() {
    let config = config_after(|v| {
        remove(v, "", "currency");
        remove(v, "", "locale");
    });
    assert_eq!(config.currency(), "EUR");
    assert_eq!(config.locale(), "en-US");
}

#[test]
fn a_clinic_book_without_a_clinic_block_is_labelled_with_the_books_name() {
    let config = config_after(|v| remove(v, "", "clinic"));
    assert_eq!(config.clinic(), None);
    assert_eq!(config.book_origin(), BookOrigin::Clinic);
    // In the example's language, German (its locale's).
    assert_eq!(
        config.prices_label(),
        "Dermatologie am Stadtpark: Beispielklinik, erfundene Preise"
    );
}

#[test]
fn the_clinics_prices_are_labelled_as_the_clinics_and_the_caveats_and_questions_stay() {
    let config = ClinicConfig::from_json(EXAMPLE).expect("the example parses");
    let raw = RawInput {
        method: "microneedling".to_owned(),
        tier: "plant".to_owned(),
        sessions: "3".to_owned(),
        lot_data: false,
    };
    let view = page_view(
        config.book(),
        &raw,
        &PlainFormatter::new(config.currency()),
        Lang::En,
    );
    let ResultView::Estimate(estimate) = view.result else {
        panic!("three sessions give an estimate");
    };
    assert_eq!(
        estimate.price_label,
        "Dermatologie am Stadtpark: example clinic, invented prices; a price from its list"
    );
    assert_eq!(estimate.total.value, "€950 – €1,350");
    assert!(estimate
        .total
        .provenance
        .iter()
        .any(|line| line.contains("example clinic, invented prices")));
    let caveats: Vec<&str> = estimate.caveats.iter().map(|c| c.id).collect();
    assert!(caveats.contains(&"topical-cosmetic"), "{caveats:?}");
    assert!(caveats.contains(&"plant-potency"), "{caveats:?}");
    assert_eq!(questions(Lang::En).len(), 4);
}

#[test]
fn the_controls_show_only_the_methods_and_tiers_the_clinic_offers() {
    let config = ClinicConfig::from_json(EXAMPLE).expect("the example parses");
    let ids = |method: &str| -> Vec<String> {
        config
            .book()
            .tiers_for(method)
            .iter()
            .map(|tier| tier.id.clone())
            .collect()
    };
    assert_eq!(
        ids("microneedling"),
        [NOT_SURE, "plant", "msc-characterised"]
    );
    assert_eq!(ids("fractional-laser"), [NOT_SURE, "msc-characterised"]);
    let view = page_view(
        config.book(),
        &RawInput::initial(config.book()),
        &PlainFormatter::new("EUR"),
        Lang::En,
    );
    let methods: Vec<&str> = view.methods.iter().map(|m| m.value.as_str()).collect();
    assert_eq!(methods, ["microneedling", "fractional-laser"]);
    // An injection was never offered; asking for it falls back to the first method.
    let raw = RawInput {
        method: "injection".to_owned(),
        tier: "msc-injectable".to_owned(),
        sessions: "1".to_owned(),
        lot_data: false,
    };
    let view = page_view(config.book(), &raw, &PlainFormatter::new("EUR"), Lang::En);
    assert_eq!(view.method, "microneedling");
    assert_eq!(view.tier, NOT_SURE);
}

/// A KRW book: the won has no minor unit, so amounts are whole won.
fn krw_config() -> Value {
    let mut value = example();
    set(&mut value, "/currency", json!("KRW"));
    set(&mut value, "/locale", json!("ko-KR"));
    set(&mut value, "/clinic/name", json!("강남 피부과"));
    set(&mut value, "/clinic/phone", json!("+82 2-555-0199"));
    set(&mut value, "/clinic/booking_url", json!("/ko/booking"));
    set(
        &mut value,
        "/theme/font_family",
        json!("\"Noto Sans KR\", \"맑은 고딕\", sans-serif"),
    );
    set(&mut value, "/price_book/currency", json!("KRW"));
    set(&mut value, "/price_book/name", json!("강남 피부과 가격표"));
    let prices = [
        ("/price_book/offers/0/single", 500_000, 1_300_000),
        ("/price_book/offers/0/series", 1_400_000, 3_500_000),
        ("/price_book/offers/1/single", 500_000, 700_000),
        ("/price_book/offers/1/series", 1_400_000, 1_900_000),
        ("/price_book/offers/2/single", 900_000, 1_300_000),
        ("/price_book/offers/2/series", 2_400_000, 3_500_000),
        ("/price_book/offers/3/single", 800_000, 1_800_000),
    ];
    for (pointer, min, max) in prices {
        set(&mut value, &format!("{pointer}/min"), json!(min));
        set(&mut value, &format!("{pointer}/max"), json!(max));
    }
    // A real clinic's list, not an invented example.
    for index in 0..2 {
        set(
            &mut value,
            &format!("/price_book/sources/{index}/kind"),
            json!("clinic"),
        );
    }
    value
}

#[test]
fn a_krw_clinic_in_ko_kr_has_amounts_without_a_minor_unit() {
    let config = config_of(&krw_config());
    assert_eq!(config.currency(), "KRW");
    assert_eq!(config.locale(), "ko-KR");
    assert_eq!(minor_per_major(config.currency()), 1);
    assert_eq!(
        config.clinic().map(|c| c.name.as_str()),
        Some("강남 피부과")
    );
    assert_eq!(
        config.clinic().and_then(Clinic::phone_href).as_deref(),
        Some("tel:+8225550199")
    );
    let raw = RawInput {
        method: "microneedling".to_owned(),
        tier: "plant".to_owned(),
        sessions: "1".to_owned(),
        lot_data: false,
    };
    let view = page_view(config.book(), &raw, &PlainFormatter::new("KRW"), Lang::En);
    let ResultView::Estimate(estimate) = view.result else {
        panic!("one session gives an estimate");
    };
    assert_eq!(estimate.total.value, "₩500,000 – ₩700,000");
    assert_eq!(
        estimate.price_label,
        "강남 피부과 가격표: a price from the clinic's list, not a quote"
    );
}

// ----- The configuration as a whole -----

#[test]
fn text_that_is_not_json_is_one_problem_at_config() {
    let problems = problems_of_text("{\"clinic\": ");
    assert_only_problem(&problems, CONFIG_PATH, &["is not valid JSON"]);
    let problems = problems_of_text("<!DOCTYPE html><html><body>Not found</body></html>");
    assert_only_problem(&problems, CONFIG_PATH, &["not JSON", "web page"]);
    assert_only_problem(&problems_of_text("   \n"), CONFIG_PATH, &["is empty"]);
    assert_only_problem(&problems_of_text(""), CONFIG_PATH, &["is empty"]);
    let huge = format!("{{\"x\": \"{}\"}}", "a".repeat(1_000_001));
    assert_only_problem(&problems_of_text(&huge), CONFIG_PATH, &["bytes", "at most"]);
}

#[test]
fn a_document_that_is_not_an_object_is_one_problem_at_config() {
    for (text, kind) in [
        ("[]", "a list"),
        ("\"EUR\"", "a string"),
        ("42", "a number"),
        ("null", "null"),
        ("true", "true or false"),
    ] {
        let problems = problems_of_text(text);
        assert_only_problem(&problems, CONFIG_PATH, &["must be a JSON object", kind]);
    }
}

#[test]
fn unknown_fields_are_reported_as_typos() {
    let problems = problems_of(&json!({ "curency": "USD", "pricebook": {} }));
    assert_eq!(problems.len(), 2, "{}", listing(&problems));
    assert_problem(
        &problems,
        "curency",
        &["is not a known field", "currency", "price_book"],
    );
    assert_problem(&problems, "pricebook", &["is not a known field"]);
    assert_only_problem(
        &problems_after(|v| set_field(v, "/clinic", "website", json!("https://x.example"))),
        "clinic.website",
        &["is not a known field", "booking_url"],
    );
    assert_only_problem(
        &problems_after(|v| set_field(v, "/theme", "colour", json!("#fff"))),
        "theme.colour",
        &["is not a known field", "accent", "font_family", "radius"],
    );
}

#[test]
fn the_caveats_and_questions_cannot_be_hidden() {
    for field in [
        "hide_caveats",
        "show_questions",
        "caveats",
        "regulatory_warnings",
        "disclaimer",
    ] {
        let problems = problems_after(|v| set_field(v, "", field, json!(false)));
        assert_only_problem(&problems, field, &["is not a known field", "always shown"]);
    }
    let problems = problems_after(|v| set_field(v, "/theme", "hideQuestions", json!(true)));
    assert_only_problem(&problems, "theme.hideQuestions", &["always shown"]);
}

fn set_field(value: &mut Value, pointer: &str, field: &str, new: Value) {
    value
        .pointer_mut(pointer)
        .and_then(Value::as_object_mut)
        .unwrap_or_else(|| panic!("{pointer} is an object"))
        .insert(field.to_owned(), new);
}

// ----- clinic -----

#[test]
fn clinic_must_be_an_object_with_a_name() {
    assert_only_problem(
        &problems_after(|v| set(v, "/clinic", json!("Dermatologie"))),
        "clinic",
        &["must be an object", "a string"],
    );
    assert_only_problem(
        &problems_after(|v| remove(v, "/clinic", "name")),
        "clinic.name",
        &["is required"],
    );
    assert_only_problem(
        &with_clinic_field("name", json!("   ")),
        "clinic.name",
        &["must not be empty"],
    );
    assert_only_problem(
        &with_clinic_field("name", json!(7)),
        "clinic.name",
        &["must be text", "a number"],
    );
    assert_only_problem(
        &with_clinic_field("name", Value::Null),
        "clinic.name",
        &["is required"],
    );
}

#[test]
fn clinic_name_is_at_most_80_characters() {
    assert!(ClinicConfig::from_value(&json!({ "clinic": { "name": "é".repeat(80) } })).is_ok());
    assert_only_problem(
        &with_clinic_field("name", json!("é".repeat(81))),
        "clinic.name",
        &["81 characters", "at most 80"],
    );
}

#[test]
fn clinic_name_has_no_control_characters() {
    for name in [
        "Clinic\nA",
        "Clinic\tA",
        "Clinic\u{0}A",
        "Clinic\u{7}A",
        "Clinic\u{202E}A",
        "Clinic\u{2028}A",
    ] {
        let problems = with_clinic_field("name", json!(name));
        assert_only_problem(&problems, "clinic.name", &["control character"]);
        assert_tidy(&problems);
    }
    // Surrounding white space is trimmed, not refused.
    let config = config_after(|v| set(v, "/clinic/name", json!("\n  Clinic A\t")));
    assert_eq!(config.clinic().map(|c| c.name.as_str()), Some("Clinic A"));
}

#[test]
fn booking_url_accepts_https_http_and_same_site_paths() {
    for url in [
        "https://clinic.example",
        "https://clinic.example/",
        "HTTPS://Clinic.Example/Termin",
        "http://clinic.example:8080/book?x=1&y=2#top",
        "https://xn--hautrzte-q2a.example/termin",
        "/termin",
        "/",
        "/book?service=exosomes",
        "/termin%20buchen",
    ] {
        let config = config_after(|v| set(v, "/clinic/booking_url", json!(url)));
        assert_eq!(
            config.clinic().and_then(|c| c.booking_url.as_deref()),
            Some(url),
            "{url}"
        );
    }
}

#[test]
fn booking_url_refuses_script_data_and_other_schemes() {
    let cases: &[(&str, &[&str])] = &[
        (
            "javascript:alert(1)",
            &["script link", "never allowed", "https://"],
        ),
        (
            "JavaScript:alert(document.cookie)",
            &["script link", "never allowed"],
        ),
        ("vbscript:msgbox", &["script link"]),
        (
            "data:text/html,<script>alert(1)</script>",
            &["data: link", "never allowed"],
        ),
        ("DATA:text/html;base64,PHNjcmlwdD4=", &["data: link"]),
        ("mailto:info@clinic.example", &["mailto:", "not supported"]),
        ("tel:+4930123", &["phone"]),
        (
            "ftp://clinic.example/prices",
            &["scheme ftp:", "not allowed"],
        ),
        ("file:///etc/passwd", &["scheme file:"]),
        ("//evil.example/book", &["starts with //", "https://"]),
        ("www.clinic.example/termin", &["no scheme", "add https://"]),
        ("termin.html", &["no scheme"]),
        (
            "termin",
            &["not a link this widget accepts", "starting with /"],
        ),
        ("https://", &["no host name"]),
        ("https:///path", &["no host name"]),
        ("https://clinic.example@evil.example/", &["user name (@)"]),
        ("https://evil.example:port/", &["valid host name"]),
        ("https://ärzte.example/", &["valid host name", "xn--"]),
        ("https://clinic .example", &["a space"]),
        ("/\\evil.example", &["a backslash"]),
        ("/book\"onmouseover=\"alert(1)", &["\"\"\""]),
        ("/book<script>", &["\"<\""]),
        ("java\tscript:alert(1)", &["control character U+0009"]),
        ("/a\u{202E}b", &["control character U+202E"]),
    ];
    for (url, words) in cases {
        let problems = with_clinic_field("booking_url", json!(url));
        assert_only_problem(&problems, "clinic.booking_url", words);
        assert_tidy(&problems);
    }
}

#[test]
fn booking_url_is_at_most_500_characters() {
    let long = format!("https://clinic.example/{}", "a".repeat(477));
    assert_eq!(long.chars().count(), 500);
    assert!(config_after(|v| set(v, "/clinic/booking_url", json!(long)))
        .clinic()
        .is_some());
    let too_long = format!("{long}a");
    let problems = with_clinic_field("booking_url", json!(too_long));
    assert_only_problem(
        &problems,
        "clinic.booking_url",
        &["501 characters", "at most 500"],
    );
    assert_tidy(&problems);
}

#[test]
fn phone_is_digits_spaces_and_punctuation_5_to_30_characters() {
    for phone in [
        "+49 30 1234 5678",
        "(030) 123.456",
        "12345",
        "+1-555-010-9999",
    ] {
        let config = config_after(|v| set(v, "/clinic/phone", json!(phone)));
        assert_eq!(
            config.clinic().and_then(|c| c.phone.as_deref()),
            Some(phone)
        );
    }
    let cases: &[(Value, &[&str])] = &[
        (
            json!("call us"),
            &["contains \"c\"", "digits, spaces and + - ( ) ."],
        ),
        (json!("+49 30 1234#5"), &["\"#\""]),
        (json!("1234"), &["4 characters", "5 to 30"]),
        (json!("1".repeat(31)), &["31 characters", "5 to 30"]),
        (json!("(((  )))"), &["0 digits", "at least 5"]),
        (json!(4930123456_u64), &["must be text", "a number"]),
    ];
    for (phone, words) in cases {
        assert_only_problem(
            &with_clinic_field("phone", phone.clone()),
            "clinic.phone",
            words,
        );
    }
}

// ----- currency and locale -----

#[test]
fn currency_must_be_three_capital_letters() {
    let problems = problems_after(|v| set(v, "/currency", json!("US$")));
    assert_only_problem(
        &problems,
        "currency",
        &["\"US$\" is not an ISO 4217 code (three capital letters, such as USD, EUR or KRW)"],
    );
    assert_eq!(
        describe_problems(&problems),
        ["currency: \"US$\" is not an ISO 4217 code (three capital letters, such as USD, EUR or KRW)"]
    );
    assert_only_problem(
        &problems_after(|v| set(v, "/currency", json!("eur"))),
        "currency",
        &["not an ISO 4217 code", "write it in capitals: \"EUR\""],
    );
    for bad in ["EURO", "E", "€", "EU1"] {
        assert_only_problem(
            &problems_after(|v| set(v, "/currency", json!(bad))),
            "currency",
            &["not an ISO 4217 code"],
        );
    }
    assert_only_problem(
        &problems_after(|v| set(v, "/currency", json!(978))),
        "currency",
        &["must be text", "a number"],
    );
    assert!(check_currency("KRW").is_ok());
}

#[test]
fn currency_must_match_the_price_books() {
    let problems = problems_after(|v| set(v, "/currency", json!("USD")));
    assert_only_problem(
        &problems,
        "currency",
        &[
            "\"USD\" differs from the price book's currency \"EUR\"",
            "never converted",
        ],
    );
}

#[test]
fn without_a_price_book_the_currency_can_only_be_the_published_figures() {
    let problems = problems_of(&json!({ "currency": "EUR", "locale": "de-DE" }));
    assert_only_problem(
        &problems,
        "currency",
        &[
            "the published figures are in USD",
            "give a price_book in EUR or leave currency out",
        ],
    );
    assert_eq!(config_of(&json!({ "currency": "USD" })).currency(), "USD");
}

#[test]
fn locale_must_be_a_bcp_47_tag() {
    let problems = problems_after(|v| set(v, "/locale", json!("english")));
    assert_only_problem(
        &problems,
        "locale",
        &["\"english\" is not a BCP 47 language tag (such as en-US, de-DE or ko-KR)"],
    );
    let cases: &[(&str, &[&str])] = &[
        ("en_US", &["hyphens", "not underscores"]),
        ("en-US-", &["empty part"]),
        ("en--US", &["empty part"]),
        ("-en", &["empty part"]),
        ("e", &["two- or three-letter language"]),
        ("engl", &["two- or three-letter language"]),
        ("12-US", &["two- or three-letter language"]),
        ("en US", &["only letters, digits and hyphens"]),
        ("en-US!", &["only letters, digits and hyphens"]),
        ("ko-한국", &["only letters, digits and hyphens"]),
        ("en-USA", &["\"USA\" is not a script, region or variant"]),
        ("zh-yue", &["\"yue\""]),
        ("i-klingon", &["two- or three-letter language"]),
        ("x-private", &["two- or three-letter language"]),
        ("de-1901-1901", &["variant \"1901\" appears twice"]),
        ("en-a-bbb-a-ccc", &["-a- appears twice"]),
        ("en-a", &["-a- extension is not well formed"]),
        ("en-a-b", &["-a- extension is not well formed"]),
        ("en-u", &["-u- extension is not well formed"]),
        ("en-u-c1", &["-u- extension is not well formed"]),
        ("en-x", &["-x- extension is not well formed"]),
        ("en-t-de", &["-t- extension is not supported"]),
        ("en-Latn-US-valencia-u-nu-latnnn-x-abcdefg", &["at most 35"]),
    ];
    for (tag, words) in cases {
        let problems = problems_after(|v| set(v, "/locale", json!(tag)));
        assert_only_problem(
            &problems,
            "locale",
            &[&["not a BCP 47 language tag"], *words].concat(),
        );
    }
}

#[test]
fn locale_accepts_well_formed_tags_in_canonical_case() {
    for (tag, canonical) in [
        ("en-US", "en-US"),
        ("de-DE", "de-DE"),
        ("ko-KR", "ko-KR"),
        ("fr", "fr"),
        ("EN-gb", "en-GB"),
        ("zh-hant-tw", "zh-Hant-TW"),
        ("es-419", "es-419"),
        ("sr-Latn-RS", "sr-Latn-RS"),
        ("de-CH-1996", "de-CH-1996"),
        ("ca-ES-valencia", "ca-ES-valencia"),
        ("ar-EG-u-nu-arab", "ar-EG-u-nu-arab"),
        ("th-TH-u-nu-thai", "th-TH-u-nu-thai"),
        ("en-u-ca", "en-u-ca"),
        ("de-DE-u-attr-co-phonebk", "de-DE-u-attr-co-phonebk"),
        ("en-a-bbb-x-a", "en-a-bbb-x-a"),
        ("en-US-x-clinic", "en-US-x-clinic"),
        ("yue-HK", "yue-HK"),
    ] {
        assert_eq!(check_locale(tag).as_deref(), Ok(canonical), "{tag}");
        let config = config_after(|v| set(v, "/locale", json!(tag)));
        assert_eq!(config.locale(), canonical);
    }
}

// ----- price_book -----

#[test]
fn price_book_problems_carry_the_price_book_prefix() {
    let problems = problems_after(|v| set(v, "/price_book/offers/1/single/min", json!(-5)));
    assert_only_problem(
        &problems,
        "price_book.offers[1].single.min",
        &["must be a non-negative whole number of cents"],
    );
    assert_eq!(
        describe_problems(&problems),
        ["price_book.offers[1].single.min: must be a non-negative whole number of cents (minor units of the currency), found -5"]
    );
    let problems = problems_after(|v| {
        set(v, "/price_book/currency", json!("US$"));
        set(v, "/price_book/methods/0/downtime/max", json!(12));
        set_field(v, "/price_book", "colour", json!("red"));
        remove(v, "/price_book", "schema_version");
        set(v, "/price_book/offers/2/tier", json!("gold"));
    });
    assert_problem(
        &problems,
        "price_book.currency",
        &["\"US$\" is not an ISO 4217 code"],
    );
    assert_problem(
        &problems,
        "price_book.methods[0].downtime.max",
        &["12 is below min 24"],
    );
    assert_problem(&problems, "price_book.colour", &["is not a known field"]);
    assert_problem(&problems, "price_book.schema_version", &["is required"]);
    assert_problem(
        &problems,
        "price_book.offers[2].tier",
        &["\"gold\" is not the id of any tier"],
    );
    assert!(
        problems.iter().all(|p| p.path.starts_with("price_book.")),
        "{}",
        listing(&problems)
    );
}

/// Every place price_book.rs builds a path (nested objects, list indices, `format!`ed
/// sub-paths, whole-object problems) gets the `price_book.` prefix.
#[test]
fn price_book_paths_are_prefixed_everywhere() {
    let problems = problems_after(|v| {
        set(v, "/price_book/protocol/typical_sessions/min", json!(0));
        set(v, "/price_book/protocol/results_weeks/max", json!(1));
        set(v, "/price_book/methods/0/interval_weeks/weeks", json!(0));
        set(
            v,
            "/price_book/methods/1/interval_weeks",
            json!({ "weeks": 4 }),
        );
        set(v, "/price_book/methods/1/category", json!("oral"));
        set(v, "/price_book/offers/4/band/to_percent", json!(10));
        set(v, "/price_book/offers/2/series/sessions", json!(1));
        set(v, "/price_book/offers/1/series/min", json!(10));
        set(v, "/price_book/sources/0/url", json!("ftp://x.example"));
        set(v, "/price_book/sources/1/id", json!("preisliste-2026"));
        set(v, "/price_book/tiers/1/source_cell", json!("great"));
    });
    for (path, words) in [
        (
            "price_book.protocol.typical_sessions.min",
            &["must be at least 1"][..],
        ),
        (
            "price_book.protocol.results_weeks.max",
            &["1 is below min 4"],
        ),
        (
            "price_book.methods[0].interval_weeks.weeks",
            &["must be at least 1"],
        ),
        ("price_book.methods[1].interval_weeks", &["needs a source"]),
        (
            "price_book.methods[1].category",
            &["\"oral\" is not a category"],
        ),
        (
            "price_book.offers[4].band.to_percent",
            &["must be above from_percent 50"],
        ),
        (
            "price_book.offers[2].series.sessions",
            &["at least 2 sessions"],
        ),
        (
            "price_book.offers[1].series.min",
            &["below the price of 2 single sessions"],
        ),
        ("price_book.sources[0].url", &["https://"]),
        ("price_book.sources[1].id", &["used by an earlier entry"]),
        ("price_book.tiers[1].source_cell", &["not a source cell"]),
    ] {
        assert_problem(&problems, path, words);
    }
    assert!(
        problems.iter().all(|p| p.path.starts_with("price_book.")),
        "{}",
        listing(&problems)
    );
}

#[test]
fn price_book_must_be_an_object_and_not_null() {
    assert_only_problem(
        &problems_after(|v| set(v, "/price_book", Value::Null)),
        "price_book",
        &["is null", "leave the field out"],
    );
    assert_only_problem(
        &problems_after(|v| set(v, "/price_book", json!([]))),
        "price_book",
        &["must be an object", "a list"],
    );
}

#[test]
fn the_published_book_cannot_be_passed_off_as_a_clinics() {
    let problems = problems_after(|v| set(v, "/price_book", default_book()));
    // The example's currency (EUR) is also not the book's (USD).
    assert_problem(&problems, "currency", &["differs", "\"USD\""]);
    assert_problem(
        &problems,
        "price_book.sources",
        &["must cite the clinic's own price list"],
    );
    for path in [
        "price_book.offers[0].single.source",
        "price_book.offers[0].series.source",
        "price_book.offers[9].single.source",
    ] {
        assert_problem(
            &problems,
            path,
            &[
                "a price in a clinic's book must cite a source of kind \"clinic\"",
                "\"overview-2026\"",
            ],
        );
    }
    assert_eq!(problems.len(), 5, "{}", listing(&problems));
}

#[test]
fn a_clinic_book_takes_its_prices_from_its_list_and_keeps_the_true_source_of_the_rest() {
    // The example cites the overview for its protocol, downtime and interval figures, as
    // their true source, and is valid.
    let config = config_of(&example());
    assert!(config.book().is_clinic_book());
    assert!(config.book().is_example_book());
    assert_eq!(
        config.book().protocol().typical_sessions.source,
        "overview-2026"
    );
    // A price cannot cite the published source in a clinic's book.
    let problems = problems_after(|v| {
        set(
            v,
            "/price_book/offers/1/single/source",
            json!("overview-2026"),
        );
    });
    assert_only_problem(
        &problems,
        "price_book.offers[1].single.source",
        &["must cite a source of kind \"clinic\""],
    );
}

#[test]
fn a_clinic_book_must_quote_a_price_and_offer_every_method_it_lists() {
    let problems = problems_after(|v| {
        set(
            v,
            "/price_book/offers",
            json!([
                { "method": "microneedling", "tier": "not-sure" },
                { "method": "fractional-laser", "tier": "not-sure" }
            ]),
        );
    });
    assert_only_problem(&problems, "price_book.offers", &["at least one price"]);
    let problems = problems_after(|v| {
        let offers = v["price_book"]["offers"].as_array_mut().expect("a list");
        offers.retain(|offer| offer["method"] != "fractional-laser");
    });
    assert_only_problem(
        &problems,
        "price_book.methods[1]",
        &[
            "\"fractional-laser\" has no offer",
            "only the methods the clinic offers",
        ],
    );
}

// ----- theme -----

#[test]
fn theme_values_are_accepted_and_normalised() {
    let config = config_after(|v| {
        set(
            v,
            "/theme",
            json!({ "accent": "#2B4C7E", "font_family": "Georgia, 'Times New Roman', serif", "radius": "0" }),
        );
    });
    assert_eq!(
        to_css_custom_properties(config.theme()),
        vec![
            ("--exo-accent", "#2b4c7e".to_owned()),
            ("--exo-font", "Georgia, 'Times New Roman', serif".to_owned()),
            ("--exo-radius", "0px".to_owned()),
        ]
    );
    let config = config_after(|v| set(v, "/theme", json!({ "radius": "2rem" })));
    assert_eq!(
        to_css_custom_properties(config.theme()),
        vec![("--exo-radius", "2rem".to_owned())]
    );
    for radius in [
        "32px", "0px", "8.25px", "0.5rem", "1.125rem", "0rem", "12.5px",
    ] {
        assert_eq!(check_radius(radius).as_deref(), Ok(radius));
    }
    for font in [
        "system-ui",
        "\"Source Sans 3\"",
        "'Noto Sans KR', sans-serif",
        "--custom-font",
    ] {
        assert_eq!(check_font_family(font).as_deref(), Ok(font));
    }
    assert_eq!(check_accent("#1D4ED8").as_deref(), Ok("#1d4ed8"));
    assert_eq!(check_accent("#000").as_deref(), Ok("#000"));
    // Too light to read on white, whatever the syntax.
    for light in ["#FFF", "#ffcc00", "#5eead4", "#999"] {
        let message = check_accent(light).unwrap_err();
        assert!(
            message.contains("too light to read on white"),
            "{light}: {message}"
        );
        assert!(message.contains("4.5:1"), "{light}: {message}");
    }
}

#[test]
fn theme_accent_is_hex_only() {
    for bad in [
        "red",
        "#12345",
        "#1234567",
        "#ggg",
        "rgb(0, 0, 0)",
        "0f766e",
        "#0f766e80",
        "#fff;}body{display:none",
        "var(--x)",
    ] {
        let problems = with_theme_field("accent", json!(bad));
        assert_only_problem(
            &problems,
            "theme.accent",
            &["not a colour this widget accepts", "#rgb or #rrggbb"],
        );
    }
}

#[test]
fn theme_font_family_is_names_only() {
    let cases: &[(&str, &[&str])] = &[
        (
            "Inter; color: red",
            &[
                "contains \";\"",
                "letters, digits, spaces, hyphens and quotes",
            ],
        ),
        ("url(https://evil.example/font)", &["contains \"(\""]),
        ("Inter}body{x", &["contains \"}\""]),
        ("\"Inter\\\" \"", &["a backslash"]),
        ("Inter\nSans", &["control character"]),
        ("Arial, , serif", &["empty family name"]),
        ("Arial,", &["empty family name"]),
        ("\"Inter", &["same quote"]),
        ("\"Inter'", &["same quote"]),
        ("\"In\"ter\"", &["same quote"]),
        ("\"  \", serif", &["empty quoted family name"]),
        (
            "Inter\"s font",
            &["quotes may only surround a whole family name"],
        ),
        ("Source Sans 3", &["in quotes", "\"3\" starts with a digit"]),
        ("-1font", &["in quotes"]),
    ];
    for (font, words) in cases {
        let problems = with_theme_field("font_family", json!(font));
        assert_only_problem(&problems, "theme.font_family", words);
    }
    let problems = with_theme_field("font_family", json!("a".repeat(121)));
    assert_only_problem(
        &problems,
        "theme.font_family",
        &["121 characters", "at most 120"],
    );
}

#[test]
fn theme_radius_is_a_small_length() {
    let cases: &[(&str, &[&str])] = &[
        ("40px", &["too large", "at most 32px or 2rem"]),
        ("32.001px", &["too large"]),
        ("3rem", &["too large"]),
        ("2.5rem", &["too large"]),
        ("-4px", &["negative"]),
        ("1em", &["not a corner radius", "8px or 0.5rem"]),
        ("8", &["not a corner radius"]),
        ("8 px", &["not a corner radius"]),
        ("8PX", &["not a corner radius"]),
        (".5rem", &["not a corner radius"]),
        ("1.px", &["not a corner radius"]),
        ("1.2345px", &["not a corner radius"]),
        ("calc(1px + 2px)", &["not a corner radius"]),
        ("8px;color:red", &["not a corner radius"]),
        ("1e1px", &["not a corner radius"]),
    ];
    for (radius, words) in cases {
        let problems = with_theme_field("radius", json!(radius));
        assert_only_problem(&problems, "theme.radius", words);
    }
    assert_only_problem(
        &with_theme_field("radius", json!(8)),
        "theme.radius",
        &["must be text", "a number"],
    );
}

#[test]
fn theme_must_be_an_object() {
    assert_only_problem(
        &problems_after(|v| set(v, "/theme", json!("#fff"))),
        "theme",
        &["must be an object", "a string"],
    );
}

#[test]
fn css_custom_properties_skip_values_that_were_never_validated() {
    let hostile = Theme {
        accent: Some("red;} body { display: none".to_owned()),
        font_family: Some("x; background: url(https://evil.example/)".to_owned()),
        radius: Some("1px; --x: expression(alert(1))".to_owned()),
    };
    assert!(to_css_custom_properties(&hostile).is_empty());
    let partial = Theme {
        accent: Some("#0f766e".to_owned()),
        ..Theme::default()
    };
    assert_eq!(
        to_css_custom_properties(&partial),
        vec![("--exo-accent", "#0f766e".to_owned())]
    );
}

// ----- Many problems, hostile text -----

#[test]
fn every_problem_is_listed_at_once() {
    let problems = problems_after(|v| {
        set(v, "/clinic/name", json!(""));
        set(v, "/clinic/booking_url", json!("javascript:alert(1)"));
        set(v, "/clinic/phone", json!("call"));
        set(v, "/currency", json!("US$"));
        set(v, "/locale", json!("english"));
        set(v, "/price_book/offers/1/single/min", json!(-1));
        set(v, "/theme/accent", json!("red"));
        set(v, "/theme/font_family", json!("a;b"));
        set(v, "/theme/radius", json!("99px"));
        set_field(v, "", "hide_caveats", json!(true));
    });
    for path in [
        "clinic.name",
        "clinic.booking_url",
        "clinic.phone",
        "currency",
        "locale",
        "price_book.offers[1].single.min",
        "theme.accent",
        "theme.font_family",
        "theme.radius",
        "hide_caveats",
    ] {
        assert!(
            problems.iter().any(|p| p.path == path),
            "no problem at {path}:\n{}",
            listing(&problems)
        );
    }
    assert_eq!(problems.len(), 10, "{}", listing(&problems));
}

#[test]
fn the_list_is_capped_with_one_summary_line() {
    let mut value = json!({});
    for index in 0..200 {
        set_field(&mut value, "", &format!("typo{index:03}"), json!(1));
    }
    let problems = problems_of(&value);
    assert_eq!(problems.len(), MAX_PROBLEMS + 1);
    assert_eq!(
        problems.last().map(ToString::to_string).as_deref(),
        Some("config: 150 more problems not shown")
    );
    // The book's own summary is folded into the configuration's, so one line gives the count.
    let mut value = example();
    for index in 0..60 {
        set_field(
            &mut value,
            "/price_book",
            &format!("typo{index:02}"),
            json!(1),
        );
    }
    for index in 0..5 {
        set_field(&mut value, "", &format!("typo{index}"), json!(1));
    }
    let problems = problems_of(&value);
    assert_eq!(problems.len(), MAX_PROBLEMS + 1, "{}", listing(&problems));
    let summaries: Vec<&Problem> = problems
        .iter()
        .filter(|p| p.message.contains("more problems not shown"))
        .collect();
    assert_eq!(summaries.len(), 1, "{}", listing(&problems));
    assert_eq!(summaries[0].message, "15 more problems not shown");
}

#[test]
fn hostile_text_is_shortened_and_cleaned() {
    let markup = "<script>alert('x')</script><img src=x onerror=alert(1)>".repeat(200);
    let controls = "\u{0}\u{1b}[31m\u{7}\r\n\u{202E}\u{2066}".repeat(100);
    let hostile = format!("{markup}{controls}");
    let mut value = example();
    set(&mut value, "/clinic/name", json!(hostile));
    set(&mut value, "/clinic/booking_url", json!(hostile));
    set(&mut value, "/clinic/phone", json!(hostile));
    set(&mut value, "/currency", json!(hostile));
    set(&mut value, "/locale", json!(hostile));
    set(&mut value, "/theme/accent", json!(hostile));
    set(&mut value, "/theme/font_family", json!(hostile));
    set(&mut value, "/theme/radius", json!(hostile));
    set(&mut value, "/price_book/name", json!(hostile));
    set(&mut value, "/price_book/offers/1/tier", json!(hostile));
    set(
        &mut value,
        "/price_book/offers/1/single/source",
        json!(hostile),
    );
    set_field(&mut value, "", &hostile, json!(hostile));
    set_field(&mut value, "/clinic", &controls, json!(1));
    let problems = problems_of(&value);
    assert_tidy(&problems);
    assert!(problems.len() >= 12, "{}", listing(&problems));
    // The unknown field's name is shortened in its path too.
    assert!(
        problems.iter().all(|p| p.path.chars().count() <= 80),
        "{}",
        listing(&problems)
    );

    // Each field's message quotes at most a short piece of the text.
    let only_name = with_clinic_field("name", json!(format!("{markup}x")));
    assert_only_problem(
        &only_name,
        "clinic.name",
        &["characters long", "at most 80"],
    );
    assert!(
        only_name[0].message.chars().count() < 150,
        "{}",
        only_name[0]
    );
    let url = with_clinic_field(
        "booking_url",
        json!(format!("javascript:{}", "a".repeat(400))),
    );
    assert!(url[0].message.contains('…'), "{}", url[0]);
    assert!(url[0].message.chars().count() < 250, "{}", url[0]);
}

#[test]
fn deeply_nested_or_odd_json_is_refused_without_panicking() {
    let deep = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    assert_only_problem(
        &problems_of_text(&deep),
        CONFIG_PATH,
        &["is not valid JSON"],
    );
    let nested_object = format!(
        "{{\"theme\": {}{}}}",
        "{\"a\":".repeat(5_000),
        "}".repeat(5_001)
    );
    assert_only_problem(
        &problems_of_text(&nested_object),
        CONFIG_PATH,
        &["is not valid JSON"],
    );
    let problems = problems_of_text(r#"{"clinic": {"name": "A", "name": 5}}"#);
    assert_only_problem(&problems, "clinic.name", &["must be text"]);
    let problems = problems_of_text(r#"{"price_book": {"offers": [{"single": {"min": 1e400}}]}}"#);
    assert_only_problem(&problems, CONFIG_PATH, &["is not valid JSON"]);
}

// ----- Loading -----

#[test]
fn a_config_that_cannot_be_fetched_gets_a_problem_at_config() {
    let problem = fetch_problem("/estimator/prices.json", "HTTP 404");
    assert_eq!(
        problem.to_string(),
        "config: could not load \"/estimator/prices.json\" (HTTP 404)"
    );
    assert_eq!(
        http_status_problem("/estimator/prices.json", 503).to_string(),
        "config: could not load \"/estimator/prices.json\" (HTTP 503)"
    );
    let hostile = fetch_problem(
        &format!("/{}\u{202E}", "x".repeat(5_000)),
        &"\n".repeat(1_000),
    );
    assert_tidy(std::slice::from_ref(&hostile));
    assert!(hostile.message.chars().count() < 200, "{hostile}");
}

#[test]
fn the_config_url_must_be_a_path_on_the_clinics_own_site() {
    for url in [
        "/x.json",
        "x.json",
        "./x.json",
        "../shared/x.json",
        "/estimator/config.json?v=2",
        "config.json#v3",
        "/a:b.json",
        "./a:b.json",
    ] {
        assert_eq!(check_config_url(url), Ok(()), "{url}");
    }
    let cases: &[(&str, &[&str])] = &[
        (
            "https://evil.example/x.json",
            &["names a scheme (https:)", "own site"],
        ),
        ("http://clinic.example/x.json", &["names a scheme (http:)"]),
        (
            "HTTPS://clinic.example/x.json",
            &["names a scheme (https:)"],
        ),
        ("javascript:alert(1)", &["names a scheme (javascript:)"]),
        ("data:application/json,{}", &["names a scheme (data:)"]),
        ("C:/x.json", &["names a scheme (c:)"]),
        ("//evil.example/x.json", &["starts with //", "another site"]),
        ("/\\evil.example/x.json", &["a backslash"]),
        ("\\\\evil.example\\x.json", &["a backslash"]),
        ("/\t/evil.example/x.json", &["control character U+0009"]),
        ("/\n/evil.example/x.json", &["control character U+000A"]),
        (" /x.json", &["a space"]),
        ("/x.json\u{a0}", &["space character U+00A0"]),
        ("", &["has no address"]),
    ];
    for (url, words) in cases {
        let problem = check_config_url(url).expect_err(url);
        assert_eq!(problem.path, CONFIG_PATH);
        assert!(
            words.iter().all(|word| problem.message.contains(word)),
            "{url:?}: {problem}"
        );
    }
    let long = format!("/{}", "a".repeat(500));
    let problem = check_config_url(&long).expect_err("too long");
    assert!(problem.message.contains("501 characters"), "{problem}");
    assert!(problem.message.chars().count() < 250, "{problem}");
}

#[test]
fn the_error_view_lists_every_problem() {
    let problems = problems_after(|v| {
        set(v, "/currency", json!("US$"));
        set(v, "/locale", json!("english"));
    });
    let view = config_error_view(&problems);
    assert!(view.title.contains("not set up correctly"));
    assert!(view.intro.contains("No prices are shown"));
    assert_eq!(view.problems.len(), 2);
    assert!(
        view.problems[0].starts_with("currency: \"US$\""),
        "{:?}",
        view.problems
    );
    assert!(
        view.problems[1].starts_with("locale: \"english\""),
        "{:?}",
        view.problems
    );
}

#[test]
fn phone_href_keeps_only_digits_and_a_leading_plus() {
    let clinic = |phone: Option<&str>| Clinic {
        name: "A".to_owned(),
        booking_url: None,
        phone: phone.map(str::to_owned),
    };
    assert_eq!(
        clinic(Some("(030) 123-456")).phone_href().as_deref(),
        Some("tel:030123456")
    );
    assert_eq!(
        clinic(Some("+82 2 555 0199")).phone_href().as_deref(),
        Some("tel:+8225550199")
    );
    assert_eq!(clinic(None).phone_href(), None);
}

// ----- Properties -----

#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::collection::{btree_map, vec};
    use proptest::prelude::*;
    use proptest::test_runner::TestCaseError;

    const CASES: u32 = 256;

    fn unsafe_char(c: char) -> bool {
        c.is_control()
            || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
    }

    /// Checks any answer of `from_json`: a refusal is a short, clean, non-empty list; an
    /// accepted configuration keeps every promise of a valid one.
    fn check_answer(text: &str) -> Result<(), TestCaseError> {
        match ClinicConfig::from_json(text) {
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                prop_assert!(problems.len() <= MAX_PROBLEMS + 1, "{}", problems.len());
                for problem in &problems {
                    prop_assert!(!problem.message.is_empty());
                    let line = problem.to_string();
                    prop_assert!(line.chars().count() <= 600, "{}", line);
                    prop_assert!(!line.chars().any(unsafe_char), "{:?}", line);
                }
            }
            Ok(config) => check_valid(&config, text)?,
        }
        Ok(())
    }

    fn check_valid(config: &ClinicConfig, text: &str) -> Result<(), TestCaseError> {
        prop_assert_eq!(config.currency(), config.book().currency());
        prop_assert!(check_currency(config.currency()).is_ok());
        let again = check_locale(config.locale());
        prop_assert_eq!(again.as_deref(), Ok(config.locale()));
        let value: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        let has_book = value.get("price_book").is_some();
        prop_assert_eq!(config.book_origin() == BookOrigin::Clinic, has_book);
        match config.book_origin() {
            BookOrigin::Clinic => prop_assert!(config.book().is_clinic_book()),
            BookOrigin::Published => prop_assert_eq!(config.book(), &PriceBook::published()),
        }
        let set_fields = [
            &config.theme().accent,
            &config.theme().font_family,
            &config.theme().radius,
        ]
        .iter()
        .filter(|field| field.is_some())
        .count();
        let properties = to_css_custom_properties(config.theme());
        prop_assert_eq!(properties.len(), set_fields);
        for (_, css) in &properties {
            check_css_safe(css)?;
        }
        if let Some(clinic) = config.clinic() {
            prop_assert!(clinic.name.chars().count() <= 80);
            prop_assert!(!clinic.name.chars().any(unsafe_char));
            if let Some(url) = &clinic.booking_url {
                check_link_safe(url)?;
            }
            if let Some(href) = clinic.phone_href() {
                prop_assert!(href.strip_prefix("tel:").is_some_and(|rest| rest
                    .trim_start_matches('+')
                    .chars()
                    .all(|c| c.is_ascii_digit())));
            }
        }
        Ok(())
    }

    fn check_css_safe(css: &str) -> Result<(), TestCaseError> {
        prop_assert!(
            !css.chars().any(|c| unsafe_char(c)
                || matches!(
                    c,
                    ';' | '{' | '}' | '(' | ')' | '\\' | '/' | ':' | '<' | '>' | '@' | '!' | '*'
                )),
            "{:?}",
            css
        );
        Ok(())
    }

    fn check_link_safe(url: &str) -> Result<(), TestCaseError> {
        let lower = url.to_ascii_lowercase();
        prop_assert!(
            lower.starts_with("https://")
                || lower.starts_with("http://")
                || (url.starts_with('/') && !url.starts_with("//")),
            "{:?}",
            url
        );
        prop_assert!(
            !url.chars().any(|c| c.is_whitespace()
                || unsafe_char(c)
                || matches!(c, '\\' | '"' | '<' | '>' | '`')),
            "{:?}",
            url
        );
        Ok(())
    }

    /// Arbitrary JSON values, small enough to stay quick.
    fn any_json() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<f64>()
                .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
            any::<String>().prop_map(Value::String),
            "[#a-zA-Z0-9 ./:;\"'-]{0,12}".prop_map(Value::String),
            prop_oneof![
                Just("USD"),
                Just("EUR"),
                Just("KRW"),
                Just("en-US"),
                Just("de-DE"),
                Just("#0f766e"),
                Just("8px"),
                Just("clinic"),
                Just("published"),
                Just("not-sure"),
                Just("preisliste-2026"),
                Just("/termin"),
                Just("javascript:alert(1)")
            ]
            .prop_map(|s| Value::String(s.to_owned())),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                vec(inner.clone(), 0..4).prop_map(Value::Array),
                btree_map(
                    prop_oneof![
                        "[a-z_]{1,10}",
                        Just("clinic".to_owned()),
                        Just("price_book".to_owned()),
                        Just("theme".to_owned()),
                        Just("currency".to_owned()),
                        Just("name".to_owned()),
                        Just("source".to_owned()),
                    ],
                    inner,
                    0..4
                )
                .prop_map(|map| Value::Object(map.into_iter().collect())),
            ]
        })
    }

    #[derive(Clone, Debug)]
    enum Damage {
        Replace(Value),
        Remove,
        Rename(String),
        WrapInList,
        Duplicate,
    }

    fn damage() -> impl Strategy<Value = Damage> {
        prop_oneof![
            3 => any_json().prop_map(Damage::Replace),
            2 => Just(Damage::Remove),
            1 => "[a-z_]{1,12}".prop_map(Damage::Rename),
            1 => Just(Damage::WrapInList),
            1 => Just(Damage::Duplicate),
        ]
    }

    /// Every JSON pointer in a document, in a fixed order.
    fn pointers(value: &Value, here: String, out: &mut Vec<String>) {
        match value {
            Value::Object(map) => {
                for (key, child) in map {
                    let escaped = key.replace('~', "~0").replace('/', "~1");
                    let path = format!("{here}/{escaped}");
                    out.push(path.clone());
                    pointers(child, path, out);
                }
            }
            Value::Array(items) => {
                for (index, child) in items.iter().enumerate() {
                    let path = format!("{here}/{index}");
                    out.push(path.clone());
                    pointers(child, path, out);
                }
            }
            _ => {}
        }
    }

    fn apply(document: &mut Value, pick: usize, damage: &Damage) {
        let mut all = Vec::new();
        pointers(document, String::new(), &mut all);
        if all.is_empty() {
            return;
        }
        let pointer = all[pick % all.len()].clone();
        let (parent, last) = pointer.rsplit_once('/').unwrap_or(("", &pointer));
        let key = last.replace("~1", "/").replace("~0", "~");
        let Some(parent_value) = document.pointer_mut(parent) else {
            return;
        };
        match (parent_value, damage) {
            (Value::Object(map), Damage::Remove) => {
                map.remove(&key);
            }
            (Value::Object(map), Damage::Rename(name)) => {
                if let Some(child) = map.remove(&key) {
                    map.insert(name.clone(), child);
                }
            }
            (Value::Array(items), Damage::Remove) => {
                if let Ok(index) = key.parse::<usize>() {
                    if index < items.len() {
                        items.remove(index);
                    }
                }
            }
            (Value::Array(items), Damage::Duplicate) => {
                if let Some(child) = key
                    .parse::<usize>()
                    .ok()
                    .and_then(|i| items.get(i))
                    .cloned()
                {
                    items.push(child);
                }
            }
            (parent_value, damage) => {
                let Some(target) = (match parent_value {
                    Value::Object(map) => map.get_mut(&key),
                    Value::Array(items) => key.parse::<usize>().ok().and_then(|i| items.get_mut(i)),
                    _ => None,
                }) else {
                    return;
                };
                match damage {
                    Damage::Replace(new) => *target = new.clone(),
                    Damage::WrapInList | Damage::Duplicate | Damage::Rename(_) | Damage::Remove => {
                        *target = Value::Array(vec![target.take()]);
                    }
                }
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(CASES))]

        /// Any text at all gets an answer, never a panic.
        #[test]
        fn arbitrary_text_never_panics(text in any::<String>()) {
            check_answer(&text)?;
        }

        /// Any JSON document gets an answer, never a panic.
        #[test]
        fn arbitrary_json_never_panics(value in any_json()) {
            let text = serde_json::to_string(&value).expect("a Value serialises");
            check_answer(&text)?;
            let wrapped = json!({ "clinic": value.clone(), "price_book": value.clone(), "theme": value });
            check_answer(&serde_json::to_string(&wrapped).expect("a Value serialises"))?;
        }

        /// The example configuration with random damage is refused cleanly or, if still valid,
        /// keeps every promise.
        #[test]
        fn damaged_example_never_panics(damages in vec((any::<usize>(), damage()), 1..=4)) {
            let mut document = example();
            for (pick, damage) in &damages {
                apply(&mut document, *pick, damage);
            }
            check_answer(&serde_json::to_string(&document).expect("a Value serialises"))?;
        }

        /// The KRW configuration, likewise.
        #[test]
        fn damaged_krw_config_never_panics(damages in vec((any::<usize>(), damage()), 1..=3)) {
            let mut document = krw_config();
            for (pick, damage) in &damages {
                apply(&mut document, *pick, damage);
            }
            check_answer(&serde_json::to_string(&document).expect("a Value serialises"))?;
        }

        /// The example text cut short or with a character changed.
        #[test]
        fn damaged_example_text_never_panics(cut in any::<usize>(), insert in any::<char>()) {
            let chars: Vec<char> = EXAMPLE.chars().collect();
            let at = cut % (chars.len() + 1);
            check_answer(&chars[..at].iter().collect::<String>())?;
            let mut changed = chars.clone();
            if at < changed.len() {
                changed[at] = insert;
            } else {
                changed.push(insert);
            }
            check_answer(&changed.into_iter().collect::<String>())?;
        }

        /// Any text in any one field of the example: a refusal names that field's path, an
        /// acceptance keeps every promise (a booking link is safe, theme values are safe CSS).
        #[test]
        fn any_text_in_any_field(field in 0usize..8, text in prop_oneof![any::<String>(), "[ -~]{0,40}"]) {
            let pointers = [
                ("/clinic/name", "clinic.name"),
                ("/clinic/booking_url", "clinic.booking_url"),
                ("/clinic/phone", "clinic.phone"),
                ("/currency", "currency"),
                ("/locale", "locale"),
                ("/theme/accent", "theme.accent"),
                ("/theme/font_family", "theme.font_family"),
                ("/theme/radius", "theme.radius"),
            ];
            let (pointer, path) = pointers[field];
            let mut document = example();
            set(&mut document, pointer, Value::String(text));
            let serialised = serde_json::to_string(&document).expect("a Value serialises");
            if let Err(problems) = ClinicConfig::from_json(&serialised) {
                prop_assert!(problems.iter().any(|p| p.path == path), "{}", listing(&problems));
            }
            check_answer(&serialised)?;
        }

        /// Theme values accepted from any text are safe to put in a CSS custom property.
        #[test]
        fn accepted_theme_values_are_safe_css(text in prop_oneof![any::<String>(), "[ -~]{0,30}", "[#0-9a-fA-F]{0,8}", "[0-9.]{0,6}(px|rem|em)?"]) {
            for accepted in [check_accent(&text), check_font_family(&text), check_radius(&text)].into_iter().flatten() {
                check_css_safe(&accepted)?;
            }
        }

        /// The config URL check lets through only paths on the page's own origin.
        #[test]
        fn accepted_config_urls_stay_on_the_site(text in prop_oneof![any::<String>(), "[ -~]{0,20}", "[a-z/\\\\:.]{0,12}"]) {
            if check_config_url(&text).is_ok() {
                prop_assert!(!text.is_empty());
                prop_assert!(!text.starts_with("//"), "{:?}", text);
                prop_assert!(!text.chars().any(|c| c.is_whitespace() || c.is_control() || c == '\\'), "{:?}", text);
                let before_path = text.split(['/', '?', '#']).next().unwrap_or_default();
                let looks_like_scheme = before_path.split_once(':').is_some_and(|(scheme, _)| {
                    scheme.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                        && scheme.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
                });
                prop_assert!(!looks_like_scheme, "{:?}", text);
            }
        }

        /// An accepted locale is returned in canonical case, and checking it again gives itself.
        #[test]
        fn accepted_locales_are_canonical(text in prop_oneof![any::<String>(), "[a-zA-Z]{1,4}(-[a-zA-Z0-9]{1,9}){0,6}"]) {
            if let Ok(canonical) = check_locale(&text) {
                prop_assert_eq!(canonical.to_ascii_lowercase(), text.to_ascii_lowercase());
                let again = check_locale(&canonical);
                prop_assert_eq!(again.as_deref(), Ok(canonical.as_str()));
                prop_assert!(canonical.len() <= 35);
                let language = canonical.split('-').next().unwrap_or_default();
                prop_assert!((2..=3).contains(&language.len()));
                prop_assert!(language.chars().all(|c| c.is_ascii_lowercase()));
            }
        }
    }
}
