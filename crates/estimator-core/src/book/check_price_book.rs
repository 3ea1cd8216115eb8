//! The checks of a price book that span its entries or compare figures: unique ids, a
//! currency code, a condition's name, a series against single sessions, and every tier within
//! its method's "Not sure" range. The reader runs them as it reads (`read_price_book.rs`).

use super::problem::quoted;
use crate::json_reader::{index_path, ObjectReader, Problems};
use crate::limits::MAX_SESSIONS;
use crate::money::{MoneyFormat, MoneyRange, PlainFormatter};
use crate::price_book::*;
use std::collections::HashSet;

pub(super) fn check_unique_ids<T>(
    path: &str,
    items: &[(usize, T)],
    id_of: impl Fn(&T) -> &String,
    problems: &mut Problems,
) {
    let mut seen = HashSet::new();
    for (index, item) in items.iter().map(|(index, item)| (*index, item)) {
        let id = id_of(item);
        if !seen.insert(id.as_str()) {
            problems.push(
                &format!("{}.id", index_path(path, index)),
                format!("\"{id}\" is used by an earlier entry; ids must be unique"),
            );
        }
    }
}

/// Checks an ISO 4217 code's form: exactly three capital ASCII letters. (`Intl.NumberFormat`
/// accepts any well-formed code, so the form is what keeps it from throwing.)
pub fn check_currency(code: &str) -> Result<(), String> {
    if code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()) {
        return Ok(());
    }
    let mut message = format!(
        "{} is not an ISO 4217 code (three capital letters, such as USD, EUR or KRW)",
        quoted(code, 20)
    );
    let upper = code.to_ascii_uppercase();
    if upper.len() == 3 && upper.chars().all(|c| c.is_ascii_uppercase()) {
        message.push_str(&format!("; write it in capitals: \"{upper}\""));
    }
    Err(message)
}

/// [`check_currency`] for a book's `currency`: the code, or `None` after recording the problem.
pub(super) fn read_currency(code: &str, path: &str, problems: &mut Problems) -> Option<String> {
    check_currency(code)
        .map(|()| code.to_owned())
        .map_err(|message| problems.push(path, message))
        .ok()
}

/// Words in a method's name that mean it treats a condition. A method so named but marked
/// `"aesthetic"` would be shown with the cosmetic caveat, which is wrong for it; the field is
/// the guarantee, and this check catches the likeliest slip in filling it in.
pub(super) const CONDITION_WORDS: [&str; 6] = [
    "hair loss",
    "alopecia",
    "scalp",
    "wound",
    "surgery",
    "surgical",
];

pub(super) fn check_condition_name(name: &str, path: &str, problems: &mut Problems) {
    let lower = name.to_ascii_lowercase();
    if let Some(word) = CONDITION_WORDS.iter().find(|word| lower.contains(*word)) {
        problems.push(
            path,
            format!(
                "the name mentions \"{word}\", the treatment of a condition; use \"condition\", so the page shows the caveat for treating a condition instead of the cosmetic one"
            ),
        );
    }
}

/// A series must cost at least as much as the sessions it replaces but one, or adding a session
/// could lower the estimate, which no patient would believe.
pub(super) fn check_series_against_single(
    single: &Quote,
    series: &Quote,
    sessions: u64,
    offer: &ObjectReader,
    problems: &mut Problems,
) {
    let fewer = single.range.times(sessions - 1);
    for (end, series_end, fewer_end) in [
        ("min", series.range.min, fewer.min),
        ("max", series.range.max, fewer.max),
    ] {
        if series_end < fewer_end {
            problems.push(
                &format!("{}.{end}", offer.path_of("series")),
                format!(
                    "{series_end} is below the price of {} single sessions ({fewer_end}); adding a session would lower the estimate",
                    sessions - 1
                ),
            );
        }
    }
}

/// The total of `sessions` sessions at quoted prices: as many full series as fit, at the series
/// price, then single sessions. `estimate::total_price` applies the same rule.
fn quoted_total(single: &Quote, series: Option<&SeriesQuote>, sessions: u32) -> MoneyRange {
    match series {
        Some(series) if series.sessions > 0 => series
            .quote
            .range
            .times(u64::from(sessions / series.sessions))
            .plus(&single.range.times(u64::from(sessions % series.sessions))),
        _ => single.range.times(u64::from(sessions)),
    }
}

/// An amount as written in the book and as the clinic reads it: `40000 (€400)`, so that a
/// message can be matched to the file and still shows whether cents were meant.
pub(super) fn amount_in(currency: Option<&str>, minor_units: u64) -> String {
    match currency {
        Some(code) => format!(
            "{minor_units} ({})",
            PlainFormatter::new(code).format(minor_units)
        ),
        None => minor_units.to_string(),
    }
}

/// A range in the book's currency (`€2,100 – €2,700`), or in minor units without one.
fn range_in(currency: Option<&str>, range: &MoneyRange) -> String {
    match currency {
        Some(code) => {
            let format = PlainFormatter::new(code);
            format!(
                "{} – {}",
                format.format(range.min),
                format.format(range.max)
            )
        }
        None => format!("{} – {}", range.min, range.max),
    }
}

/// Checks rules that span offers: a band needs a priced "Not sure" offer to be a band of, and a
/// quoted tier price must lie inside the method's quoted "Not sure" range, for one session and
/// for every longer plan an estimate can cover, or "Not sure" would not span the tiers.
pub(super) fn check_offer_consistency(
    offers: &[(usize, Offer)],
    offers_path: &str,
    unreadable_not_sure: &HashSet<&str>,
    currency: Option<&str>,
    problems: &mut Problems,
) {
    let not_sure_prices = |method: &str| {
        offers
            .iter()
            .find(|(_, offer)| offer.method == method && offer.tier == NOT_SURE)
            .and_then(|(_, offer)| match &offer.price {
                OfferPrice::Quoted { single, series } => Some((single, series.as_ref())),
                _ => None,
            })
    };
    for (index, offer) in offers {
        if offer.tier == NOT_SURE {
            continue;
        }
        let path = index_path(offers_path, *index);
        match (&offer.price, not_sure_prices(&offer.method)) {
            (OfferPrice::Band { .. }, None)
                if !unreadable_not_sure.contains(offer.method.as_str()) =>
            {
                problems.push(
                    &format!("{path}.band"),
                    format!(
                        "needs a quoted \"not-sure\" offer for method \"{}\" to take the band from",
                        offer.method
                    ),
                )
            }
            (OfferPrice::Quoted { single, .. }, Some((whole, _)))
                if !whole.range.contains(&single.range) =>
            {
                problems.push(
                    &format!("{path}.single"),
                    format!(
                        "{} lies outside the method's \"not-sure\" range {}; every tier's price must lie inside it, because \"Not sure\" spans all the tiers",
                        range_in(currency, &single.range),
                        range_in(currency, &whole.range)
                    ),
                )
            }
            (OfferPrice::Quoted { single, series }, Some((whole_single, whole_series))) => {
                let outside = (2..=MAX_SESSIONS).find_map(|sessions| {
                    let tier = quoted_total(single, series.as_ref(), sessions);
                    let whole = quoted_total(whole_single, whole_series, sessions);
                    (!whole.contains(&tier)).then_some((sessions, tier, whole))
                });
                if let Some((sessions, tier, whole)) = outside {
                    problems.push(
                        &path,
                        format!(
                            "for {sessions} sessions, {} lies outside the method's \"not-sure\" range {}; give this tier a series price inside the \"not-sure\" one",
                            range_in(currency, &tier),
                            range_in(currency, &whole)
                        ),
                    );
                }
            }
            _ => {}
        }
    }
}
