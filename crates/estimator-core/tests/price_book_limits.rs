//! The size limits of a price book: the reader refuses a list longer than its limit with one
//! problem at the list's path, and the JSON Schema states the same limits.
#![cfg(feature = "clinic")]

use estimator_core::price_book::{PriceBook, MAX_METHODS, MAX_OFFERS, MAX_SOURCES, MAX_TIERS};
use serde_json::Value;

const DEFAULT_BOOK: &str = include_str!("../data/default-price-book.json");
const SCHEMA: &str = include_str!("../data/price-book.schema.json");

#[test]
fn the_schema_states_the_readers_limits() {
    let schema: Value = serde_json::from_str(SCHEMA).unwrap();
    for (list, limit) in [
        ("sources", MAX_SOURCES),
        ("methods", MAX_METHODS),
        ("tiers", MAX_TIERS),
        ("offers", MAX_OFFERS),
    ] {
        assert_eq!(
            schema["properties"][list]["maxItems"].as_u64(),
            Some(limit as u64),
            "{list}"
        );
    }
}

#[test]
fn a_list_past_its_limit_is_refused_with_one_problem() {
    let mut book: Value = serde_json::from_str(DEFAULT_BOOK).unwrap();
    let tier = book["tiers"][1].clone();
    let tiers = book["tiers"].as_array_mut().unwrap();
    while tiers.len() <= MAX_TIERS {
        let mut copy = tier.clone();
        copy["id"] = Value::from(format!("extra-{}", tiers.len()));
        tiers.push(copy);
    }
    let problems = PriceBook::from_json(&book.to_string()).unwrap_err();
    let at_tiers: Vec<_> = problems.iter().filter(|p| p.path == "tiers").collect();
    assert_eq!(at_tiers.len(), 1, "{problems:?}");
    assert!(at_tiers[0]
        .message
        .contains(&format!("at most {MAX_TIERS}")));
}

#[test]
fn a_book_at_every_limit_is_read() {
    let mut book: Value = serde_json::from_str(DEFAULT_BOOK).unwrap();
    let tier = book["tiers"][1].clone();
    let tiers = book["tiers"].as_array_mut().unwrap();
    while tiers.len() < MAX_TIERS {
        let mut copy = tier.clone();
        copy["id"] = Value::from(format!("extra-{}", tiers.len()));
        tiers.push(copy);
    }
    assert!(PriceBook::from_json(&book.to_string()).is_ok());
}
