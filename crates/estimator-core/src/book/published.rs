//! The published price book as Rust values, written by `build.rs` from
//! `data/default-price-book.json` after `PriceBook::from_json` accepted it, so the page needs
//! neither the JSON reader nor serde_json to have it. The test
//! `the_compiled_book_is_the_json_book` checks that both are the same book.

use crate::money::MoneyRange;
use crate::price_book::*;

impl PriceBook {
    /// The default book of published figures, built without reading anything at run time.
    pub fn published() -> PriceBook {
        include!(concat!(env!("OUT_DIR"), "/published_book.rs"))
    }
}
