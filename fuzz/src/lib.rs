//! What the fuzz targets check besides "no panic": the promises `estimator-core` documents for
//! every book that validation accepts and for every rejection, ported from its property tests
//! (`crates/estimator-core/tests/properties.rs`) so that they hold for any input libFuzzer
//! finds, not only for generated books.
//!
//! A broken promise panics, which libFuzzer reports as a crash with the input that caused it.

use estimator_core::estimate::{estimate, DowntimeAmount, Provenance, Request};
use estimator_core::money::minor_per_major;
use estimator_core::price_book::{PriceBook, NOT_SURE};
use estimator_core::view::{estimate_view, page_view, ResultView};
use estimator_core::Lang;
use estimator_core::{MoneyRange, PlainFormatter, Problem, RawInput, MAX_SESSIONS, MIN_SESSIONS};

/// The most problems a rejection lists: 50, then one line counting the rest.
pub const MAX_PROBLEMS_LISTED: usize = 51;

/// The longest problem message accepted: text from the input is quoted shortened, so a
/// message never grows with the input.
pub const MAX_MESSAGE_CHARS: usize = 1_000;

/// Session texts that the form must answer with an error, not an estimate and not a panic.
const BAD_SESSION_TEXTS: &[&str] = &["", "0", "7", "-1", "2.5", "abc", "99999999999999999999"];

/// A rejection lists at least one problem, at most [`MAX_PROBLEMS_LISTED`], each saying
/// something in bounded length.
pub fn check_problems(problems: &[Problem]) {
    assert!(!problems.is_empty(), "a rejection without a problem");
    assert!(
        problems.len() <= MAX_PROBLEMS_LISTED,
        "{} problems, past the cap",
        problems.len()
    );
    for problem in problems {
        assert!(
            !problem.message.trim().is_empty(),
            "an empty message at {}",
            problem.path
        );
        assert!(
            problem.message.chars().count() <= MAX_MESSAGE_CHARS,
            "a message of {} characters at {}",
            problem.message.chars().count(),
            problem.path
        );
    }
}

/// Runs the estimate and the page view for every method, tier and session count of an
/// accepted book, checking the estimate's promises for the tiers each method offers.
pub fn check_book(book: &PriceBook) {
    assert!(!book.methods().is_empty(), "an accepted book with no method");
    let money = PlainFormatter::new(book.currency());
    for method in book.methods() {
        let offered = book.tiers_for(&method.id);
        assert!(
            offered.iter().any(|tier| tier.id == NOT_SURE),
            "{} does not offer \"not sure\"",
            method.id
        );
        for tier in book.tiers() {
            let is_offered = offered.iter().any(|offered| offered.id == tier.id);
            check_row(book, &method.id, &tier.id, is_offered, &money);
            for sessions in MIN_SESSIONS..=MAX_SESSIONS {
                check_page(book, &method.id, &tier.id, &sessions.to_string(), &money);
            }
        }
    }
    if let Some(method) = book.methods().first() {
        for text in BAD_SESSION_TEXTS {
            let raw = RawInput {
                method: method.id.clone(),
                tier: NOT_SURE.to_owned(),
                sessions: (*text).to_owned(),
                lot_data: false,
            };
            let page = page_view(book, &raw, &money, Lang::En);
            assert!(
                matches!(page.result, ResultView::NeedsInput(_)) && page.sessions_error.is_some(),
                "session text {text:?} gave an estimate"
            );
        }
    }
}

/// The page for a method of the book: always an estimate (an unoffered tier falls back to
/// "not sure"), and every figure says what it is and where it comes from.
pub fn check_page(
    book: &PriceBook,
    method: &str,
    tier: &str,
    sessions: &str,
    money: &PlainFormatter,
) {
    let raw = RawInput {
        method: method.to_owned(),
        tier: tier.to_owned(),
        sessions: sessions.to_owned(),
        lot_data: false,
    };
    let page = page_view(book, &raw, money, Lang::En);
    let row = format!("{method} × {tier} × {sessions}");
    let ResultView::Estimate(view) = page.result else {
        panic!("{row}: a valid choice gave no estimate");
    };
    for figure in view.figures() {
        assert!(
            !figure.provenance.is_empty(),
            "{row}: {} has no provenance",
            figure.label
        );
        assert!(
            !figure.value.is_empty(),
            "{row}: {} has no value",
            figure.label
        );
    }
}

fn total_of(book: &PriceBook, method: &str, tier: &str, sessions: u32) -> Option<MoneyRange> {
    let request = Request {
        method: method.to_owned(),
        tier: tier.to_owned(),
        sessions,
    };
    estimate(book, &request).and_then(|result| result.total.range)
}

/// The estimate for one method and tier at every session count. Every pair of the book gives
/// an estimate whose view can be built; for an offered tier the figures also keep the
/// promises of `tests/properties.rs`.
fn check_row(book: &PriceBook, method: &str, tier: &str, offered: bool, money: &PlainFormatter) {
    let unit = minor_per_major(book.currency());
    let mut previous: Option<MoneyRange> = None;
    for sessions in MIN_SESSIONS..=MAX_SESSIONS {
        let row = format!("{method} × {tier} × {sessions}");
        let request = Request {
            method: method.to_owned(),
            tier: tier.to_owned(),
            sessions,
        };
        let Some(result) = estimate(book, &request) else {
            panic!("{row}: no estimate for a method and tier of the book");
        };
        let _view = estimate_view(&result, money, Lang::En);
        if !offered {
            continue;
        }

        // Ordered ends, and provenance exactly when there is a figure.
        for figure in [&result.total, &result.per_session] {
            match figure.range {
                Some(range) => {
                    assert!(range.min <= range.max, "{row}: {range:?}");
                    assert!(
                        !matches!(figure.provenance, Provenance::Absent),
                        "{row}: a figure without provenance"
                    );
                }
                None => assert_eq!(figure.provenance, Provenance::Absent, "{row}"),
            }
        }
        assert_eq!(
            result.total.range.is_some(),
            result.per_session.range.is_some(),
            "{row}: a total without a per-session figure, or the reverse"
        );

        // Per session is the total shared out, rounded to whole major units.
        if let (Some(total), Some(each)) = (result.total.range, result.per_session.range) {
            let count = u64::from(sessions);
            let slack = count.saturating_mul(unit) / 2;
            assert!(
                each.min.saturating_mul(count).abs_diff(total.min) <= slack,
                "{row}: {each:?} per session of {total:?}"
            );
            assert!(
                each.max.saturating_mul(count).abs_diff(total.max) <= slack,
                "{row}: {each:?} per session of {total:?}"
            );
        }

        // More sessions never cost less, at either end, and a price does not come and go.
        let total = result.total.range;
        if sessions > MIN_SESSIONS {
            assert_eq!(
                previous.is_some(),
                total.is_some(),
                "{row}: a price for some session counts only"
            );
        }
        if let (Some(fewer), Some(more)) = (previous, total) {
            assert!(
                fewer.min <= more.min && fewer.max <= more.max,
                "{row}: {fewer:?} for one session less, then {more:?}"
            );
        }
        previous = total;

        // A tier lies inside its method's "not sure" range for the same count.
        if let (Some(range), false) = (total, tier == NOT_SURE) {
            let whole = total_of(book, method, NOT_SURE, sessions);
            assert!(
                whole.is_some_and(|whole| whole.contains(&range)),
                "{row}: {range:?} is not inside \"not sure\" {whole:?}"
            );
        }

        // Downtime over the plan is the downtime after one session times the sessions.
        match (
            &result.downtime_per_session.amount,
            &result.downtime_total.amount,
        ) {
            (
                DowntimeAmount::Range { min, max, unit },
                DowntimeAmount::Range {
                    min: total_min,
                    max: total_max,
                    unit: total_unit,
                },
            ) => {
                assert_eq!(unit, total_unit, "{row}");
                assert_eq!(*total_min, min.saturating_mul(sessions), "{row}");
                assert_eq!(*total_max, max.saturating_mul(sessions), "{row}");
                assert!(total_min <= total_max, "{row}");
            }
            (each, total) => assert_eq!(each, total, "{row}"),
        }
    }
}
