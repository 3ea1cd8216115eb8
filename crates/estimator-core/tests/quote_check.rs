//! The quote check over the whole default book and a clinic's book: every position is reached,
//! every message stays careful, and the range compared with is exactly the estimate's.
#![cfg(feature = "clinic")]

use estimator_core::estimate::{estimate, Estimate, Request};
use estimator_core::money::MoneyRange;
use estimator_core::price_book::{PriceBook, DEFAULT_PRICE_BOOK_JSON, MAX_AMOUNT_MINOR};
use estimator_core::quote::{
    parse_quote, position, quote_view, QuoteError, QuotePosition, QuoteView, FAR_PERCENT,
};
use estimator_core::view::estimate_view;
use estimator_core::whole_table::{requests, QUOTE_CHECK_OUTCOMES};
use estimator_core::Lang;
use estimator_core::{MoneyFormat, PlainFormatter};
use serde_json::Value;

/// Words that would turn a comparison into a verdict on the price. The check must never use
/// them, in any message, for any input.
const FORBIDDEN: [&str; 20] = [
    "fair",
    "deal",
    "overpriced",
    "underpriced",
    "bargain",
    "cheap",
    "expensive",
    "rip-off",
    "ripoff",
    "worth",
    "reasonable",
    "steal",
    "scam",
    "too much",
    "too high",
    "too low",
    "value for money",
    "good price",
    "great price",
    "bad price",
];

fn published() -> PriceBook {
    match PriceBook::from_json(DEFAULT_PRICE_BOOK_JSON) {
        Ok(book) => book,
        Err(problems) => panic!("the default book must be valid: {problems:?}"),
    }
}

/// The default book turned into a clinic's own list, in euros.
fn clinic() -> PriceBook {
    let mut value: Value = serde_json::from_str(DEFAULT_PRICE_BOOK_JSON).unwrap();
    value["name"] = "Klinik am See".into();
    value["currency"] = "EUR".into();
    value["sources"][0]["kind"] = "clinic".into();
    match PriceBook::from_json(&value.to_string()) {
        Ok(book) => book,
        Err(problems) => panic!("clinic book must be valid: {problems:?}"),
    }
}

/// The estimate of every request of the core's whole-table walk.
fn every_estimate(book: &PriceBook) -> Vec<Estimate<'_>> {
    requests(book)
        .filter_map(|request| estimate(book, &request))
        .collect()
}

/// Quotes around a range: far below, just below, the ends, the middle, just above, far above.
fn probes(range: Option<MoneyRange>) -> Vec<u64> {
    let mut quotes = vec![1, 100, 250_000, MAX_AMOUNT_MINOR];
    if let Some(range) = range {
        let far_low = range.min * (100 - FAR_PERCENT) / 100;
        let far_high = range.max * (100 + FAR_PERCENT) / 100;
        quotes.extend([
            far_low.saturating_sub(1).max(1),
            far_low,
            range.min.saturating_sub(1).max(1),
            range.min,
            (range.min + range.max) / 2,
            range.max,
            range.max + 1,
            far_high,
            far_high + 1,
        ]);
    }
    quotes
}

/// Every string a quote view carries.
fn texts(view: &QuoteView) -> Vec<String> {
    let mut all = vec![view.label.clone(), view.hint.clone()];
    all.extend(view.error.clone());
    if let Some(check) = &view.check {
        all.push(check.quote.clone());
        all.push(check.headline.clone());
        all.extend(check.explanation.clone());
        all.extend(check.ask.clone());
        all.push(check.compared_with.label.clone());
        all.push(check.compared_with.value.clone());
        all.extend(check.compared_with.provenance.clone());
    }
    all
}

fn assert_careful(text: &str) {
    let lower = text.to_lowercase();
    for word in FORBIDDEN {
        assert!(!lower.contains(word), "“{word}” in: {text}");
    }
}

#[test]
fn no_message_ever_judges_a_price() {
    let bad_inputs = [
        "",
        "abc",
        "-2500",
        "0",
        "2500.5",
        "99999999999",
        "€2500",
        "2500 EUR",
        "$2500",
        "2500 USD",
        "2,,500",
        "¥2500",
    ];
    let mut positions_seen = Vec::new();
    let mut messages = 0;
    for book in [published(), clinic()] {
        let money = PlainFormatter::new(book.currency());
        for estimate in every_estimate(&book) {
            let mut inputs: Vec<String> = probes(estimate.total.range)
                .into_iter()
                .map(|minor| money.format(minor))
                .collect();
            inputs.extend(bad_inputs.iter().map(|text| text.to_string()));
            for input in inputs {
                let view = quote_view(&input, &estimate, &money, Lang::En);
                if let Some(check) = &view.check {
                    if !positions_seen.contains(&check.position) {
                        positions_seen.push(check.position);
                    }
                }
                for text in texts(&view) {
                    assert_careful(&text);
                    messages += 1;
                }
            }
        }
    }
    for expected in QUOTE_CHECK_OUTCOMES {
        assert!(
            positions_seen.contains(&expected),
            "{expected:?} never reached"
        );
    }
    assert!(messages > 10_000, "only {messages} messages scanned");
}

#[test]
fn every_error_message_is_careful_and_specific() {
    for currency in ["USD", "EUR", "JPY", "KWD"] {
        let money = PlainFormatter::new(currency);
        for error in [
            QuoteError::Empty,
            QuoteError::NotANumber("x".into()),
            QuoteError::Negative("-1".into()),
            QuoteError::Zero("0".into()),
            QuoteError::TooLarge("9".into()),
            QuoteError::MinorDigits {
                text: "1.5".into(),
                found: 1,
            },
            QuoteError::OtherCurrency {
                text: "€1".into(),
                found: "EUR".into(),
            },
        ] {
            let message = error.message(currency, &money, Lang::En);
            assert_careful(&message);
            assert!(message.ends_with('.'), "{message}");
        }
    }
}

fn microneedling_series(book: &PriceBook) -> Estimate<'_> {
    let request = Request {
        method: "microneedling".into(),
        tier: "not-sure".into(),
        sessions: 3,
    };
    estimate(book, &request).unwrap()
}

#[test]
fn each_position_leads_to_its_questions() {
    let book = published();
    let estimate = microneedling_series(&book);
    let money = PlainFormatter::new("USD");
    let check = |text: &str| quote_view(text, &estimate, &money, Lang::En).check.unwrap();

    let far_below = check("1,000");
    assert_eq!(far_below.position, Some(QuotePosition::FarBelow));
    assert_eq!(far_below.headline, "Far below the published range");
    assert_eq!(
        far_below.explanation[0],
        "$1,000 is $1,000 below the low end of the published range, more than 25% under it."
    );
    // The 3-session range is quoted: there is no second range to place the quote against.
    assert_eq!(far_below.quoted_position, None);
    assert_eq!(
        far_below.compared_with_text,
        "Compared with: $2,000 – $4,000 (Total for 3 sessions), from the published source."
    );
    assert!(far_below.explanation[1].contains("a reason to ask questions before booking"));
    assert!(far_below.ask[0].contains("characterisation data of the lot"));
    assert!(far_below
        .ask
        .iter()
        .any(|line| line.contains("what the price includes")));
    // Three sessions: a per-session quote is a likely mix-up, and the view says so.
    assert!(far_below
        .explanation
        .iter()
        .any(|line| line.contains("per-session figure instead: $667 – $1,333")));

    let below = check("1800");
    assert_eq!(below.position, Some(QuotePosition::Below));
    assert!(below.ask[0].contains("characterisation data"));

    let within = check("$3,000.00");
    assert_eq!(within.position, Some(QuotePosition::Within));
    assert!(within.explanation[1].contains("does not show how this product is characterised"));
    assert!(within.ask[0].contains("four questions"));
    assert!(!within
        .explanation
        .iter()
        .any(|line| line.contains("per-session")));

    let above = check("4500");
    assert_eq!(above.position, Some(QuotePosition::Above));
    assert_eq!(
        above.ask[0],
        "Ask what the price includes: the number of sessions, the product used, aftercare and the consultation."
    );

    let far_above = check("6000");
    assert_eq!(far_above.position, Some(QuotePosition::FarAbove));
    assert!(far_above.explanation[0].contains("$2,000 above the high end"));
    assert!(far_above.ask[0].contains("itemised"));
    for view in [&far_below, &below, &within, &above, &far_above] {
        assert_eq!(
            view.explanation.last().map(String::as_str),
            Some("This check compares numbers only. It says nothing about the product, the clinic or the result.")
        );
    }
}

#[test]
fn the_range_compared_with_is_the_estimate_total_exactly() {
    let book = published();
    let money = PlainFormatter::new("USD");
    for estimate in every_estimate(&book) {
        let view = quote_view("2500", &estimate, &money, Lang::En);
        let check = view.check.unwrap();
        assert_eq!(
            check.compared_with,
            estimate_view(&estimate, &money, Lang::En).total
        );
        assert_eq!(check.position.is_some(), estimate.total.range.is_some());
        assert_eq!(
            check.position,
            estimate.total.range.map(|range| position(250_000, range))
        );
    }
}

#[test]
fn without_a_range_it_says_there_is_nothing_to_compare_with() {
    let book = published();
    let money = PlainFormatter::new("USD");
    let request = Request {
        method: "scalp".into(),
        tier: "not-sure".into(),
        sessions: 3,
    };
    let scalp = estimate(&book, &request).unwrap();
    let check = quote_view("2500", &scalp, &money, Lang::En).check.unwrap();
    assert_eq!(check.position, None);
    assert_eq!(check.headline, "No published range to compare with");
    assert!(check.explanation[0].contains("cannot say where $2,500 sits"));
    assert!(check.ask.iter().any(|line| line.contains("four questions")));

    let clinic = clinic();
    let euro = PlainFormatter::new("EUR");
    let scalp = estimate(&clinic, &request).unwrap();
    let check = quote_view("2.500,00 €", &scalp, &euro, Lang::En)
        .check
        .unwrap();
    assert_eq!(check.headline, "No listed price to compare with");
    assert_eq!(check.quote, "€2,500");
    let series = microneedling_series(&clinic);
    let check = quote_view("€1000", &series, &euro, Lang::En).check.unwrap();
    assert_eq!(check.headline, "Far below the clinic's listed range");
}

/// The case from the audit: a derived tier band is never called published, and a quote inside
/// the published 3-session range is told so.
#[test]
fn a_quote_against_a_derived_band_is_also_placed_against_the_published_range() {
    let book = published();
    let money = PlainFormatter::new("USD");
    let request = Request {
        method: "microneedling".into(),
        tier: "msc-characterised".into(),
        sessions: 3,
    };
    let band = estimate(&book, &request).unwrap();
    let check = quote_view("2,200", &band, &money, Lang::En).check.unwrap();
    assert_eq!(check.position, Some(QuotePosition::FarBelow));
    assert_eq!(
        check.headline,
        "Far below the range derived for this product tier"
    );
    assert_eq!(check.quoted_position, Some(QuotePosition::Within));
    assert!(check.explanation.iter().any(|line| line
        == "Against the published range for this plan with any product tier, $2,000 – $4,000, $2,200 is inside."));
    assert_eq!(
        check.compared_with_text,
        "Compared with: $3,000 – $4,000 (Total for 3 sessions), worked out by this estimator."
    );
    assert!(check
        .compared_with
        .provenance
        .iter()
        .any(|line| line.starts_with("Rule: no source gives a price per product tier")));
    for line in check.explanation.iter().chain(&check.ask) {
        assert!(!line.contains("published figures"), "{line}");
        assert!(!line.contains("says nothing about quality"), "{line}");
    }
}

#[test]
fn the_field_shows_errors_only_for_text_that_cannot_be_read() {
    let book = published();
    let estimate = microneedling_series(&book);
    let money = PlainFormatter::new("USD");
    let empty = quote_view("  ", &estimate, &money, Lang::En);
    assert_eq!((empty.error, empty.check), (None, None));
    assert_eq!(empty.label, "Quoted price");
    assert!(empty.hint.contains("(3 sessions), in USD"));
    assert!(empty.hint.contains("only if you choose"));
    let bad = quote_view("12k", &estimate, &money, Lang::En);
    assert_eq!(bad.check, None);
    assert_eq!(
        bad.error.as_deref(),
        Some("“12k” is not a price this estimator can read. Enter the amount in digits, for example 2500.00.")
    );
    assert_eq!(bad.text, "12k");
    let other = quote_view("£2,500", &estimate, &money, Lang::En);
    assert!(other.error.unwrap().contains("looks like an amount in GBP"));
}

#[test]
fn one_session_gets_no_per_session_hint() {
    let book = published();
    let request = Request {
        method: "injection".into(),
        tier: "msc-injectable".into(),
        sessions: 1,
    };
    let single = estimate(&book, &request).unwrap();
    let check = quote_view("500", &single, &PlainFormatter::new("USD"), Lang::En)
        .check
        .unwrap();
    assert_eq!(check.position, Some(QuotePosition::FarBelow));
    assert!(check
        .explanation
        .iter()
        .all(|line| !line.contains("per-session")));
    let view = quote_view("500", &single, &PlainFormatter::new("USD"), Lang::En);
    assert!(view.hint.contains("(1 session)"));
}

#[test]
fn parse_reads_what_the_plain_formatter_writes() {
    for currency in ["USD", "EUR", "GBP", "KRW", "JPY", "CHF"] {
        let money = PlainFormatter::new(currency);
        for minor in [
            1,
            5,
            99,
            100,
            12_345,
            250_000,
            123_456_789,
            MAX_AMOUNT_MINOR,
        ] {
            assert_eq!(
                parse_quote(&money.format(minor), currency),
                Ok(minor),
                "{currency} {}",
                money.format(minor)
            );
        }
    }
}

#[test]
fn the_printed_sheet_gets_the_typed_quote_in_a_sentence_only_when_it_is_valid() {
    let book = published();
    let estimate = microneedling_series(&book);
    let money = PlainFormatter::new("USD");
    let view = quote_view("2,500", &estimate, &money, Lang::En);
    assert_eq!(
        view.you_entered.as_deref(),
        Some("The quote you entered: $2,500.")
    );
    assert_eq!(view.title, "Check a clinic's quote");
    for typed in ["", "twelve", "-5"] {
        assert_eq!(
            quote_view(typed, &estimate, &money, Lang::En).you_entered,
            None,
            "{typed}"
        );
    }
}
