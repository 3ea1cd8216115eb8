//! What the fuzz targets check besides "no panic": the promises `estimator-core` documents for
//! every book that validation accepts and for every rejection. They are written once, in the
//! core's whole-table walk (`estimator_core::whole_table`), which the property tests and the
//! whole-table tests call too, so they hold for any input libFuzzer finds, not only for
//! generated books.
//!
//! A broken promise panics, which libFuzzer reports as a crash with the input that caused it.

use estimator_core::price_book::PriceBook;
use estimator_core::view::PageView;
use estimator_core::whole_table::{
    listing, page_violations, problem_violations, whole_book_violations, Violation,
};
use estimator_core::Lang;
use estimator_core::{Problem, RawInput};

/// Panics with every broken promise listed, for libFuzzer to report as a crash.
fn fail_on(violations: &[Violation]) {
    assert!(violations.is_empty(), "{}", listing(violations));
}

/// A rejection lists at least one problem, at most the cap and one line counting the rest,
/// each saying something in bounded length.
pub fn check_problems(problems: &[Problem]) {
    fail_on(&problem_violations(problems));
}

/// Every state of an accepted book: its table, every estimate, every method and tier across
/// the session counts, every tier of the book for every method, and the calculator's view of
/// every state, including a stale tier or method and a count the form refuses, in every
/// language.
pub fn check_book(book: &PriceBook) {
    for &lang in Lang::BUILT {
        fail_on(&whole_book_violations(book, lang));
    }
}

/// The calculator's view of one state, whatever its session text: an estimate whose every
/// figure says what it is and where it comes from, or, for a count the form refuses, its
/// message.
pub fn check_page(book: &PriceBook, raw: &RawInput, page: &PageView) {
    fail_on(&page_violations(book, raw, page));
}
