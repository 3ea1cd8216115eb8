//! The published book is compiled into the crate by `build.rs` as Rust values, so that the page
//! needs no JSON reader. It must be exactly the book the reader makes of the same file.
#![cfg(feature = "clinic")]

use estimator_core::price_book::{PriceBook, DEFAULT_PRICE_BOOK_JSON};

#[test]
fn the_compiled_book_is_the_json_book() {
    let read = PriceBook::from_json(DEFAULT_PRICE_BOOK_JSON)
        .unwrap_or_else(|problems| panic!("the published book is invalid: {problems:?}"));
    assert_eq!(PriceBook::published(), read);
}

#[test]
fn the_compiled_book_is_the_one_a_clinic_config_without_a_book_gets() {
    let config = estimator_core::clinic_config::ClinicConfig::from_json("{}")
        .unwrap_or_else(|problems| panic!("an empty configuration is valid: {problems:?}"));
    assert_eq!(config.book(), &PriceBook::published());
}
