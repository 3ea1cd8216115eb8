//! The published figures are typed a second time where no view model reaches: the page's
//! `<noscript>` text in `index.html` (the fallback shown where the page was not prerendered)
//! and the README's table. This test ties every amount and every time range written there to
//! the published book, so that a figure changed in the book cannot stay behind in the prose,
//! and no prose can state a figure the book does not hold. (The explanations type no figure:
//! they take theirs from the book, `views::explanations::published_figures`.)

use estimator_core::price_book::{Downtime, OfferPrice, TimeUnit};
use estimator_core::PriceBook;
use std::path::Path;

/// The files with hand-typed figures, from the repository's root.
const FILES: [&str; 2] = ["index.html", "README.md"];

fn repository_file(name: &str) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    std::fs::read_to_string(root.join(name)).unwrap_or_else(|error| panic!("{name}: {error}"))
}

/// "$600 – $1,500" or "$600–$1,500" as whole dollars.
fn dollar_ranges(text: &str) -> Vec<(u64, u64)> {
    let amount = |part: &str| -> Option<u64> {
        let digits: String = part
            .trim()
            .strip_prefix('$')?
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == ',')
            .filter(char::is_ascii_digit)
            .collect();
        digits.parse().ok()
    };
    let mut ranges = Vec::new();
    for (start, _) in text.match_indices('$') {
        let rest = &text[start..];
        let Some(dash) = rest.find('–') else {
            continue;
        };
        let (low, high) = (&rest[..dash], &rest[dash + '–'.len_utf8()..]);
        // Only "$low – $high" with nothing but spaces between the two amounts is a range.
        if low
            .trim_end()
            .chars()
            .skip(1)
            .any(|c| !(c.is_ascii_digit() || c == ','))
        {
            continue;
        }
        if let (Some(min), Some(max)) = (amount(low), amount(high)) {
            ranges.push((min, max));
        }
    }
    ranges
}

/// "24–48 hours", "3–7 days", "2–3 treatments", "4–6 weeks" with their unit word.
fn counted_ranges(text: &str) -> Vec<(u32, u32, String)> {
    let mut ranges = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    for index in 0..chars.len() {
        if chars[index] != '–' {
            continue;
        }
        let before: String = chars[..index]
            .iter()
            .rev()
            .take_while(|c| c.is_ascii_digit())
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        let after: String = chars[index + 1..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .collect();
        let word: String = chars[index + 1 + after.len()..]
            .iter()
            .skip_while(|c| **c == ' ')
            .take_while(|c| c.is_alphabetic())
            .collect();
        // A range of money is checked above; a year span or a page range has no unit word.
        let preceded_by_dollar = index > before.len() && chars[index - before.len() - 1] == '$';
        if let (Ok(min), Ok(max), false) = (before.parse(), after.parse(), preceded_by_dollar) {
            if !word.is_empty() {
                ranges.push((min, max, word));
            }
        }
    }
    ranges
}

#[test]
fn every_dollar_range_typed_in_the_prose_is_a_quoted_range_of_the_book() {
    let book = PriceBook::published();
    let mut quoted: Vec<(u64, u64)> = Vec::new();
    for offer in book.offers() {
        if let OfferPrice::Quoted { single, series } = &offer.price {
            quoted.push((single.range.min / 100, single.range.max / 100));
            if let Some(series) = series {
                quoted.push((series.quote.range.min / 100, series.quote.range.max / 100));
            }
        }
    }
    for file in FILES {
        let ranges = dollar_ranges(&repository_file(file));
        assert!(
            !ranges.is_empty(),
            "{file}: no figures found; the test would check nothing"
        );
        for range in ranges {
            assert!(
                quoted.contains(&range),
                "{file}: ${} – ${} is not a quoted range of the published book",
                range.0,
                range.1
            );
        }
    }
}

#[test]
fn every_time_and_count_range_typed_in_the_prose_is_a_figure_of_the_book() {
    let book = PriceBook::published();
    let protocol = book.protocol();
    let mut known: Vec<(u32, u32, &str)> = vec![
        (
            protocol.typical_sessions.min,
            protocol.typical_sessions.max,
            "treatments",
        ),
        (
            protocol.results_weeks.min,
            protocol.results_weeks.max,
            "weeks",
        ),
    ];
    for method in book.methods() {
        if let Downtime::Range { min, max, unit, .. } = &method.downtime {
            let word = match unit {
                TimeUnit::Hours => "hours",
                TimeUnit::Days => "days",
            };
            known.push((*min, *max, word));
        }
    }
    let mut checked = 0;
    for file in FILES {
        for (min, max, word) in counted_ranges(&repository_file(file)) {
            if !["hours", "days", "weeks", "treatments"].contains(&word.as_str()) {
                continue;
            }
            checked += 1;
            assert!(
                known.contains(&(min, max, word.as_str())),
                "{file}: {min}–{max} {word} is not a figure of the published book"
            );
        }
    }
    assert!(
        checked >= 3,
        "only {checked} ranges found; the test would check little"
    );
}

#[test]
fn the_readers_find_what_they_should() {
    assert_eq!(
        dollar_ranges("one session $600 – $1,500; a series $2,000–$4,000; $5 alone"),
        vec![(600, 1500), (2000, 4000)]
    );
    assert_eq!(
        counted_ranges("24–48 hours, 3–7 days, 2026–2027"),
        vec![(24, 48, "hours".to_owned()), (3, 7, "days".to_owned())]
    );
}
