//! The guard rails for a clinic's own price book: the shipped template, refused until its
//! prices are set; the published book copied under a clinic's name, refused; amounts that look
//! like whole units, warned about; messages that speak the clinic's currency and say where the
//! JSON breaks; and no false "at least one" after an entry's own problem.
#![cfg(feature = "clinic")]

use estimator_core::clinic_config::ClinicConfig;
use serde_json::{json, Value};

const TEMPLATE: &str = include_str!("../../../widget/clinic-price-book.template.json");
const PUBLISHED: &str = include_str!("../data/default-price-book.json");

fn template() -> Value {
    serde_json::from_str(TEMPLATE).expect("the template is JSON")
}

/// The template with every "SET: …" amount replaced, as a clinic's web team would.
fn priced_template(single: (u64, u64), series: (u64, u64)) -> Value {
    let mut book = template();
    for offer in book["offers"].as_array_mut().unwrap() {
        offer["single"]["min"] = json!(single.0);
        offer["single"]["max"] = json!(single.1);
        if offer.get("series").is_some() {
            offer["series"]["min"] = json!(series.0);
            offer["series"]["max"] = json!(series.1);
        }
    }
    book
}

fn config_with(book: Value) -> String {
    json!({ "clinic": { "name": "Your Clinic" }, "currency": "USD", "price_book": book })
        .to_string()
}

#[test]
fn the_untouched_template_is_refused_at_every_price_it_asks_for() {
    let problems = ClinicConfig::from_json(&config_with(template())).unwrap_err();
    let at_prices: Vec<_> = problems
        .iter()
        .filter(|problem| problem.path.starts_with("price_book.offers["))
        .collect();
    assert!(at_prices.len() >= 8, "{problems:#?}");
    assert!(at_prices
        .iter()
        .all(|problem| problem.message.contains("whole number of cents")));
}

#[test]
fn the_template_with_its_prices_set_is_a_clinics_book_with_nothing_to_warn_about() {
    let config = ClinicConfig::from_json(&config_with(priced_template(
        (50_000, 120_000),
        (140_000, 330_000),
    )))
    .expect("the priced template is valid");
    assert!(
        config.prices_label().contains("Your Clinic"),
        "{}",
        config.prices_label()
    );
    assert!(config
        .book()
        .sources()
        .iter()
        .all(|source| source.id != "overview-2026"));
    assert_eq!(config.warnings(), vec![]);
}

#[test]
fn the_published_book_under_a_clinics_kind_is_refused() {
    let mut book: Value = serde_json::from_str(PUBLISHED).unwrap();
    book["sources"][0]["kind"] = json!("clinic");
    let problems = ClinicConfig::from_json(&config_with(book)).unwrap_err();
    let refused: Vec<_> = problems
        .iter()
        .filter(|problem| problem.message.contains("names the published overview"))
        .collect();
    assert!(!refused.is_empty(), "{problems:#?}");
    assert!(refused
        .iter()
        .all(|problem| problem.path.starts_with("price_book.sources[0].")));
    assert!(refused[0].message.contains("leave price_book out"));
}

#[test]
fn the_published_book_renamed_as_a_clinics_is_refused_by_its_prices() {
    let mut book: Value = serde_json::from_str(PUBLISHED).unwrap();
    book["sources"][0]["kind"] = json!("clinic");
    book["sources"][0]["title"] = json!("Northside price list");
    book["sources"][0]["publisher"] = json!("Northside Dermatology");
    let problems = ClinicConfig::from_json(&config_with(book)).unwrap_err();
    let copied = problems
        .iter()
        .find(|problem| problem.path == "price_book.offers[0].single")
        .unwrap_or_else(|| panic!("{problems:#?}"));
    assert!(
        copied
            .message
            .contains("is the published figure for this method and tier ($600 – $1,500)"),
        "{}",
        copied.message
    );
}

#[test]
fn whole_units_typed_for_cents_are_warned_about_in_the_clinics_currency() {
    let mut config = serde_json::from_str::<Value>(&config_with(priced_template(
        (1_200, 2_400),
        (3_000, 4_900),
    )))
    .unwrap();
    config["currency"] = json!("EUR");
    config["price_book"]["currency"] = json!("EUR");
    let config = ClinicConfig::from_json(&config.to_string()).expect("valid, though implausible");
    let warnings = config.warnings();
    let low = warnings
        .iter()
        .find(|warning| warning.path == "price_book.offers[0].single.min")
        .expect("a warning for the first session price");
    assert!(low.message.contains("1200 means €12"), "{}", low.message);
    assert!(low.message.contains("write 120000"), "{}", low.message);
    for field in ["single.max", "series.min", "series.max"] {
        assert!(
            warnings
                .iter()
                .any(|warning| warning.path == format!("price_book.offers[0].{field}")),
            "{field}: {warnings:#?}"
        );
    }
}

#[test]
fn a_reversed_range_is_shown_in_the_clinics_currency() {
    let mut book = priced_template((50_000, 120_000), (140_000, 330_000));
    book["currency"] = json!("EUR");
    book["offers"][0]["single"]["max"] = json!(40_000);
    let config = json!({ "currency": "EUR", "price_book": book }).to_string();
    let problems = ClinicConfig::from_json(&config).unwrap_err();
    assert!(
        problems
            .iter()
            .any(|problem| problem.message == "40000 (€400) is below min 50000 (€500)"),
        "{problems:#?}"
    );
}

#[test]
fn broken_json_says_where_in_the_configurations_text() {
    let text = "{\n  \"clinic\": { \"name\": \"Praxis\" }\n  \"currency\": \"EUR\"\n}";
    let problems = ClinicConfig::from_json(text).unwrap_err();
    assert_eq!(problems.len(), 1);
    let message = &problems[0].message;
    assert!(message.contains("at line 3, column 3"), "{message}");
    assert!(
        message.contains("\"\\\"currency\\\": \\\"EUR\\\"\"") || message.contains("currency"),
        "{message}"
    );
}

#[test]
fn a_method_with_a_bad_field_gets_its_own_problem_and_no_false_at_least_one() {
    let mut book = priced_template((50_000, 120_000), (140_000, 330_000));
    book["methods"].as_array_mut().unwrap().truncate(1);
    book["offers"].as_array_mut().unwrap().truncate(2);
    book["methods"][0]["category"] = json!("laser beam");
    let problems = ClinicConfig::from_json(&config_with(book)).unwrap_err();
    assert!(problems
        .iter()
        .any(|problem| problem.path == "price_book.methods[0].category"));
    assert!(
        !problems
            .iter()
            .any(|problem| problem.message.contains("at least one method")),
        "{problems:#?}"
    );
}
