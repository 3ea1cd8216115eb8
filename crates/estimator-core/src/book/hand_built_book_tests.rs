//! What the estimate and the timeline do with a book no reader would accept. Only code inside
//! the core can build one (a book's fields are private to it), so these tests live here: they
//! show that even such a book saturates instead of panicking, a second line of defence behind
//! validation.

use crate::calendar::{Date, PlainDateFormat};
use crate::estimate::{estimate, DowntimeAmount, Estimate, Request};
use crate::lang::Lang;
use crate::limits::MAX_SESSIONS;
use crate::plan::{timeline, timeline_view, PlanDates};
use crate::price_book::PriceBook;

fn date(text: &str) -> Date {
    match Date::parse_iso(text) {
        Ok(date) => date,
        Err(error) => panic!("{text}: {error}"),
    }
}

fn book() -> PriceBook {
    PriceBook::published()
}

fn est<'b>(book: &'b PriceBook, method: &str, tier: &str, sessions: u32) -> Estimate<'b> {
    let request = Request {
        method: method.into(),
        tier: tier.into(),
        sessions,
    };
    match estimate(book, &request) {
        Some(found) => found,
        None => panic!("no estimate for {method} × {tier} × {sessions}"),
    }
}

#[test]
fn an_absurd_hand_built_book_saturates_instead_of_panicking() {
    let mut book = book();
    book.protocol.results_weeks.min = u32::MAX - 1;
    book.protocol.results_weeks.max = u32::MAX;
    for method in &mut book.methods {
        method.interval.weeks = u32::MAX;
    }
    book.methods[1].downtime = crate::price_book::Downtime::Range {
        min: u32::MAX,
        max: u32::MAX,
        unit: crate::price_book::TimeUnit::Hours,
        source: "overview-2026".into(),
    };
    for method in ["microneedling", "fractional-laser"] {
        let estimate = est(&book, method, "not-sure", MAX_SESSIONS);
        if method == "fractional-laser" {
            assert!(matches!(
                estimate.downtime_per_session.amount,
                DowntimeAmount::Range { .. }
            ));
        }
        for dates in [
            PlanDates::Undated,
            PlanDates::Start(date("2200-12-31")),
            PlanDates::ReadyBy(date("1900-01-01")),
            PlanDates::ReadyBy(date("2200-12-31")),
        ] {
            let plan = timeline(&estimate, dates, date("2026-12-01"));
            assert_eq!(plan.span_days, u32::MAX);
            let view = timeline_view(
                &estimate,
                dates,
                date("2026-12-01"),
                &PlainDateFormat,
                Lang::En,
            );
            assert_eq!(view.rows.len(), MAX_SESSIONS as usize + 1);
            if let PlanDates::ReadyBy(_) = dates {
                let check = plan.ready_by.unwrap();
                assert!(!check.fits);
                assert_eq!(check.latest_start, None);
                let message = view.status.unwrap().message;
                if check.event_passed {
                    assert!(message.contains("that date is before today"), "{message}");
                } else {
                    assert!(
                        message.contains("may still be developing after it"),
                        "{message}"
                    );
                    assert!(
                        message.contains("It would have needed to start 4294"),
                        "{message}"
                    );
                }
            }
        }
    }
}
