//! `PriceBook::from_json` on any text; for a book it accepts, the estimate and the page view
//! for every method, tier and session count, with the estimate's promises checked.
//!
//! The bytes are read as UTF-8 with invalid sequences replaced, as the browser's
//! `Response.text()` reads a fetched book, so that no input is wasted.
#![no_main]

use estimator_core::price_book::PriceBook;
use estimator_core_fuzz::{check_book, check_problems};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    match PriceBook::from_json(&text) {
        Ok(book) => check_book(&book),
        Err(problems) => check_problems(&problems),
    }
});
