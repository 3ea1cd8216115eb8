//! Property tests: random valid price books, random damage to them, and random text.
//!
//! The generator builds books that satisfy every validation rule by construction (a tier's
//! quoted prices are placed inside its method's "not sure" prices, a series never costs less
//! than the singles it replaces, and so on), serialises them in the documented schema and
//! parses them back. The estimate must then keep its promises for every method, tier and
//! session count. A second group damages valid books and feeds arbitrary text to the parsers,
//! which must answer with problems, never with a panic.
//!
//! Every property runs 256 cases (proptest's default, set explicitly below so that an
//! environment variable cannot silently lower it).
//!
//! proptest is a host-only dev-dependency (it does not build for wasm32-unknown-unknown without
//! browser bindings), so this file is compiled out on wasm32.
#![cfg(feature = "clinic")]
#![cfg(not(target_arch = "wasm32"))]

use estimator_core::estimate::{estimate, Request};
use estimator_core::form::parse_sessions;
use estimator_core::money::minor_per_major;
use estimator_core::price_book::{OfferPrice, PriceBook, DEFAULT_PRICE_BOOK_JSON, NOT_SURE};
use estimator_core::whole_table::{listing, problem_violations, whole_book_violations};
use estimator_core::Lang;
use estimator_core::{MoneyFormat, MoneyRange, PlainFormatter, MAX_SESSIONS, MIN_SESSIONS};
use proptest::collection::{btree_map, vec};
use proptest::option;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;
use serde_json::{json, Map, Value};

const CASES: u32 = 256;

const CURRENCIES: [&str; 9] = [
    "USD", "EUR", "GBP", "KRW", "JPY", "CHF", "KWD", "BHD", "CLP",
];

// ----- A model of a valid book -----

#[derive(Clone, Debug)]
enum DowntimeSpec {
    Hours { min: u32, extra: u32 },
    Days { min: u32, extra: u32 },
    NotQuantified { effects: usize },
    NotPublished,
}

/// Seeds for a quoted price: a single-session range and maybe a series built above it.
#[derive(Clone, Debug)]
struct PriceSeed {
    min: u64,
    width: u64,
    /// Sessions in the series, and how far each end lies above the singles it replaces.
    series: Option<(u32, u64, u64)>,
}

#[derive(Clone, Debug)]
enum NotSureSpec {
    Missing,
    Unpriced,
    Quoted(PriceSeed),
}

#[derive(Clone, Debug)]
enum TierOfferSpec {
    Missing,
    Unpriced,
    Band {
        from: u8,
        span: u8,
    },
    /// Percentages that place the tier inside a quoted "not sure" offer, or, when the method
    /// has none, a free price of its own.
    Quoted {
        place: [u8; 4],
        free: PriceSeed,
    },
}

#[derive(Clone, Debug)]
struct MethodSpec {
    injectable: bool,
    under_study: bool,
    downtime: DowntimeSpec,
    interval_weeks: u32,
    interval_by_rule: bool,
    source: usize,
    not_sure: NotSureSpec,
    /// One entry per extra tier (only the first `tiers.len()` of the book are used).
    tiers: Vec<TierOfferSpec>,
    not_sure_offer_last: bool,
}

#[derive(Clone, Debug)]
struct BookSpec {
    currency: &'static str,
    clinic_sources: Vec<bool>,
    typical: (u32, u32),
    results: (u32, u32),
    tiers: Vec<u8>,
    /// `None`: the book leaves "Not sure" out of its tier list, which it may.
    not_sure_listed_first: Option<bool>,
    with_as_of: bool,
    methods: Vec<MethodSpec>,
}

fn amount() -> impl Strategy<Value = u64> {
    // Small and large amounts both, with some exact zeros and equal ends.
    prop_oneof![Just(0u64), 0u64..=1_000, 0u64..=10_000_000]
}

fn price_seed() -> impl Strategy<Value = PriceSeed> {
    (
        amount(),
        amount(),
        option::of((2u32..=12, amount(), amount())),
    )
        .prop_map(|(min, width, series)| PriceSeed { min, width, series })
}

fn downtime_spec() -> impl Strategy<Value = DowntimeSpec> {
    prop_oneof![
        (0u32..=200, 0u32..=200).prop_map(|(min, extra)| DowntimeSpec::Hours { min, extra }),
        (0u32..=30, 0u32..=30).prop_map(|(min, extra)| DowntimeSpec::Days { min, extra }),
        (1usize..=3).prop_map(|effects| DowntimeSpec::NotQuantified { effects }),
        Just(DowntimeSpec::NotPublished),
    ]
}

fn not_sure_spec() -> impl Strategy<Value = NotSureSpec> {
    prop_oneof![
        1 => Just(NotSureSpec::Missing),
        1 => Just(NotSureSpec::Unpriced),
        3 => price_seed().prop_map(NotSureSpec::Quoted),
    ]
}

fn tier_offer_spec() -> impl Strategy<Value = TierOfferSpec> {
    prop_oneof![
        1 => Just(TierOfferSpec::Missing),
        1 => Just(TierOfferSpec::Unpriced),
        2 => (0u8..=99, 1u8..=100).prop_map(|(from, span)| TierOfferSpec::Band { from, span }),
        3 => ([0u8..=100, 0u8..=100, 0u8..=100, 0u8..=100], price_seed())
            .prop_map(|(place, free)| TierOfferSpec::Quoted { place, free }),
    ]
}

fn method_spec() -> impl Strategy<Value = MethodSpec> {
    (
        (any::<bool>(), any::<bool>(), downtime_spec()),
        (1u32..=12, any::<bool>(), 0usize..2),
        not_sure_spec(),
        vec(tier_offer_spec(), 3),
        any::<bool>(),
    )
        .prop_map(
            |(
                (injectable, under_study, downtime),
                (interval_weeks, interval_by_rule, source),
                not_sure,
                tiers,
                not_sure_offer_last,
            )| MethodSpec {
                injectable,
                under_study,
                downtime,
                interval_weeks,
                interval_by_rule,
                source,
                not_sure,
                tiers,
                not_sure_offer_last,
            },
        )
}

fn book_spec() -> impl Strategy<Value = BookSpec> {
    (
        proptest::sample::select(&CURRENCIES[..]),
        vec(any::<bool>(), 1..=2),
        (1u32..=4, 0u32..=3),
        (0u32..=8, 0u32..=4),
        vec(0u8..4, 0..=3),
        option::of(any::<bool>()),
        any::<bool>(),
        vec(method_spec(), 1..=4),
    )
        .prop_map(
            |(currency, clinic_sources, typical, results, tiers, listed, with_as_of, methods)| {
                BookSpec {
                    currency,
                    clinic_sources,
                    typical: (typical.0, typical.0 + typical.1),
                    results: (results.0, results.0 + results.1),
                    tiers,
                    not_sure_listed_first: listed,
                    with_as_of,
                    methods,
                }
            },
        )
}

// ----- Turning the model into the documented JSON -----

/// A quoted range: single session, and a series whose ends are at least the price of the
/// sessions it replaces but one, which is what validation demands.
#[derive(Clone, Copy, Debug)]
struct Prices {
    single: MoneyRange,
    series: Option<(u32, MoneyRange)>,
}

fn prices_from_seed(seed: &PriceSeed) -> Prices {
    let single = MoneyRange::new(seed.min, seed.min + seed.width);
    let series = seed.series.map(|(sessions, extra_min, extra_max)| {
        let fewer = u64::from(sessions - 1);
        let min = fewer * single.min + extra_min;
        let max = (fewer * single.max).max(min) + extra_max;
        (sessions, MoneyRange::new(min, max))
    });
    Prices { single, series }
}

/// `value` moved `percent` of the way towards `top`.
fn towards(value: u64, top: u64, percent: u8) -> u64 {
    value + (top - value) * u64::from(percent) / 100
}

/// A tier's prices inside its method's "not sure" prices. With a "not sure" series, the tier
/// gets a series of the same length inside it; then every session count's total lies inside,
/// because both totals are the same number of series plus the same number of singles.
fn prices_inside(whole: &Prices, place: [u8; 4]) -> Prices {
    let min = towards(whole.single.min, whole.single.max, place[0]);
    let max = towards(min, whole.single.max, place[1]);
    let single = MoneyRange::new(min, max);
    let series = whole.series.map(|(sessions, range)| {
        let fewer = u64::from(sessions - 1);
        let low = range.min.max(fewer * single.min);
        let series_min = towards(low, range.max, place[2]);
        let high = series_min.max(fewer * single.max);
        let series_max = towards(high, range.max, place[3]);
        (sessions, MoneyRange::new(series_min, series_max))
    });
    Prices { single, series }
}

fn source_id(index: usize) -> String {
    format!("source-{index}")
}

fn method_id(index: usize) -> String {
    format!("method-{index}")
}

fn tier_id(index: usize) -> String {
    format!("tier-{index}")
}

fn price_json(prices: &Prices, source: &str) -> Map<String, Value> {
    let mut offer = Map::new();
    offer.insert(
        "single".into(),
        json!({"min": prices.single.min, "max": prices.single.max, "source": source}),
    );
    if let Some((sessions, range)) = prices.series {
        offer.insert(
            "series".into(),
            json!({"sessions": sessions, "min": range.min, "max": range.max, "source": source}),
        );
    }
    offer
}

/// How a quoted tier is placed when its method has a quoted "not sure" offer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Placement {
    /// Inside "not sure" for every session count: the book is valid.
    Inside,
    /// Only the single-session price is inside; the series is the tier's own. Such a book may
    /// or may not be valid, which is what the validator has to decide.
    SingleOnly,
}

fn book_json(spec: &BookSpec, placement: Placement) -> Value {
    let all_clinic = spec.clinic_sources.iter().all(|clinic| *clinic);
    let sources: Vec<Value> = spec
        .clinic_sources
        .iter()
        .enumerate()
        .map(|(index, _)| {
            json!({
                "id": source_id(index),
                // A book that cites a clinic's list must take every price from such a list, so
                // a generated book's sources are all of one kind.
                "kind": if all_clinic { "clinic" } else { "published" },
                "title": format!("Price list {index}"),
                "publisher": "Somebody",
                "year": 2020 + index,
            })
        })
        .collect();
    let source_of = |pick: usize| source_id(pick % spec.clinic_sources.len());
    let source_cells = ["unknown", "msc", "placental-amniotic", "plant", "other"];
    let mut tiers: Vec<Value> = spec
        .tiers
        .iter()
        .enumerate()
        .map(|(index, level)| {
            json!({
                "id": tier_id(index),
                "name": format!("Tier {index}"),
                "source_cell": source_cells[usize::from(*level) % 5],
            })
        })
        .collect();
    let not_sure_tier = json!({"id": NOT_SURE, "name": "Not sure", "source_cell": "unknown"});
    match spec.not_sure_listed_first {
        Some(true) => tiers.insert(0, not_sure_tier),
        Some(false) => tiers.push(not_sure_tier),
        None => {}
    }
    let mut methods = Vec::new();
    let mut offers = Vec::new();
    for (index, method) in spec.methods.iter().enumerate() {
        let id = method_id(index);
        let source = source_of(method.source);
        let downtime = match method.downtime {
            DowntimeSpec::Hours { min, extra } => {
                json!({"kind": "hours", "min": min, "max": min + extra, "source": source})
            }
            DowntimeSpec::Days { min, extra } => {
                json!({"kind": "days", "min": min, "max": min + extra, "source": source})
            }
            DowntimeSpec::NotQuantified { effects } => json!({
                "kind": "not_quantified",
                "effects": (0..effects).map(|e| format!("effect {e}")).collect::<Vec<_>>(),
                "source": source,
            }),
            DowntimeSpec::NotPublished => json!({"kind": "not_published"}),
        };
        let interval = if method.interval_by_rule {
            json!({"weeks": method.interval_weeks, "rule": "assumed-monthly"})
        } else {
            json!({"weeks": method.interval_weeks, "source": source})
        };
        methods.push(json!({
            "id": id,
            "name": format!("Method {index}"),
            "category": if method.injectable { "injectable" } else { "topical" },
            "indication": if method.under_study && !method.injectable { "condition" } else { "aesthetic" },
            "under_study": method.under_study,
            "downtime": downtime,
            "interval_weeks": interval,
        }));

        let mut method_offers = Vec::new();
        let whole = match &method.not_sure {
            NotSureSpec::Quoted(seed) => Some(prices_from_seed(seed)),
            _ => None,
        };
        for (tier_index, tier_spec) in method.tiers.iter().take(spec.tiers.len()).enumerate() {
            let mut offer = Map::new();
            offer.insert("method".into(), json!(id));
            offer.insert("tier".into(), json!(tier_id(tier_index)));
            match (tier_spec, &whole) {
                (TierOfferSpec::Missing, _) => continue,
                // A band needs a quoted "not sure" offer; without one the tier is unpriced.
                (TierOfferSpec::Unpriced, _) | (TierOfferSpec::Band { .. }, None) => {}
                (TierOfferSpec::Band { from, span }, Some(_)) => {
                    let to = (u16::from(*from) + u16::from(*span)).min(100);
                    offer.insert(
                        "band".into(),
                        json!({"from_percent": from, "to_percent": to}),
                    );
                }
                (TierOfferSpec::Quoted { place, .. }, Some(whole))
                    if placement == Placement::Inside =>
                {
                    offer.extend(price_json(&prices_inside(whole, *place), &source));
                }
                (TierOfferSpec::Quoted { place, free }, Some(whole)) => {
                    let single = prices_inside(whole, *place).single;
                    let own = prices_from_seed(&PriceSeed {
                        min: single.min,
                        width: single.max - single.min,
                        series: free.series,
                    });
                    offer.extend(price_json(&own, &source));
                }
                (TierOfferSpec::Quoted { free, .. }, None) => {
                    offer.extend(price_json(&prices_from_seed(free), &source));
                }
            }
            method_offers.push(Value::Object(offer));
        }
        let not_sure_offer = match (&method.not_sure, &whole) {
            (NotSureSpec::Missing, _) => None,
            (NotSureSpec::Unpriced, _) | (NotSureSpec::Quoted(_), None) => {
                Some(json!({"method": id, "tier": NOT_SURE}))
            }
            (NotSureSpec::Quoted(_), Some(whole)) => {
                let mut offer = price_json(whole, &source);
                offer.insert("method".into(), json!(id));
                offer.insert("tier".into(), json!(NOT_SURE));
                Some(Value::Object(offer))
            }
        };
        if let Some(offer) = not_sure_offer {
            if method.not_sure_offer_last {
                method_offers.push(offer);
            } else {
                method_offers.insert(0, offer);
            }
        }
        offers.extend(method_offers);
    }
    let mut book = json!({
        "$schema": "./price-book.schema.json",
        "schema_version": 1,
        "name": "Generated book",
        "currency": spec.currency,
        "sources": sources,
        "protocol": {
            "typical_sessions": {"min": spec.typical.0, "max": spec.typical.1, "source": source_of(0)},
            "results_weeks": {"min": spec.results.0, "max": spec.results.1, "source": source_of(0)},
        },
        "methods": methods,
        "tiers": tiers,
        "offers": offers,
    });
    if spec.with_as_of {
        book["as_of"] = json!("Prices as of a generated date");
    }
    book
}

fn valid_book() -> impl Strategy<Value = (BookSpec, String)> {
    book_spec().prop_map(|spec| {
        let text = serde_json::to_string_pretty(&book_json(&spec, Placement::Inside))
            .expect("a Value serialises");
        (spec, text)
    })
}

fn parse_valid(text: &str) -> Result<PriceBook, TestCaseError> {
    PriceBook::from_json(text).map_err(|problems| {
        let listing: Vec<String> = problems.iter().map(ToString::to_string).collect();
        TestCaseError::fail(format!(
            "a valid book was rejected:\n{}\n{text}",
            listing.join("\n")
        ))
    })
}

// ----- What every valid book must give -----

fn total_of(book: &PriceBook, method: &str, tier: &str, sessions: u32) -> Option<MoneyRange> {
    let request = Request {
        method: method.to_owned(),
        tier: tier.to_owned(),
        sessions,
    };
    estimate(book, &request).and_then(|result| result.total.range)
}

/// Every promise of the core's whole-table walk (`estimator_core::whole_table`), in every state
/// of a book that validation accepted: its table, every estimate, every method and tier across
/// the session counts, and the calculator's view of every state.
fn check_every_state(book: &PriceBook) -> Result<(), TestCaseError> {
    let violations = whole_book_violations(book, Lang::En);
    prop_assert!(violations.is_empty(), "{}", listing(&violations));
    Ok(())
}

// ----- Reading amounts back from the plain formatter -----

/// Parses "$1,234.56", "KWD 1.005" or "₩1,500" back to minor units, checking the grouping.
fn parse_formatted(text: &str, currency: &str) -> Option<u64> {
    let number = match currency {
        "USD" => text.strip_prefix('$')?,
        "EUR" => text.strip_prefix('€')?,
        "GBP" => text.strip_prefix('£')?,
        "KRW" => text.strip_prefix('₩')?,
        "JPY" => text.strip_prefix('¥')?,
        code => text.strip_prefix(code)?.strip_prefix(' ')?,
    };
    let unit = minor_per_major(currency);
    let (whole, fraction) = match number.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (number, None),
    };
    // Groups of three after the first, which has one to three digits.
    let groups: Vec<&str> = whole.split(',').collect();
    let first_ok = (1..=3).contains(&groups[0].len());
    let rest_ok = groups[1..].iter().all(|group| group.len() == 3);
    if !first_ok
        || !rest_ok
        || groups
            .iter()
            .any(|g| !g.bytes().all(|b| b.is_ascii_digit()))
    {
        return None;
    }
    if groups.len() > 1 && groups[0].starts_with('0') {
        return None;
    }
    let major: u64 = groups.concat().parse().ok()?;
    let minor = match fraction {
        None => 0,
        Some(digits) => {
            let expected = unit.ilog10() as usize;
            if digits.len() != expected || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            let value: u64 = digits.parse().ok()?;
            // A fraction is only shown when it is not zero.
            if value == 0 {
                return None;
            }
            value
        }
    };
    major.checked_mul(unit)?.checked_add(minor)
}

// ----- Arbitrary JSON and damage to valid documents -----

fn json_leaf() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        // NaN and infinities become null, which is also worth feeding in.
        any::<f64>().prop_map(Value::from),
        prop_oneof![
            Just(-1i64),
            Just(0),
            Just(1),
            Just(2),
            Just(12),
            Just(13),
            Just(100),
            Just(101),
            Just(1_000_000_000),
            Just(1_000_000_001),
        ]
        .prop_map(Value::from),
        "[a-z0-9\\-_ ]{0,12}".prop_map(Value::from),
        prop_oneof![
            Just("not-sure"),
            Just("method-0"),
            Just("tier-0"),
            Just("source-0"),
            Just("microneedling"),
            Just("overview-2026"),
            Just("assumed-monthly"),
            Just("hours"),
            Just("not_published"),
            Just("not_quantified"),
            Just(""),
        ]
        .prop_map(Value::from),
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    json_leaf().prop_recursive(3, 24, 4, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..4).prop_map(Value::Array),
            btree_map("[a-z_]{1,10}", inner, 0..4)
                .prop_map(|map| Value::Object(map.into_iter().collect())),
        ]
    })
}

#[derive(Clone, Debug)]
enum Damage {
    Replace(Value),
    RemoveFromParent,
    DuplicateInParent,
    RenameInParent(String),
    Wrap,
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        3 => json_value().prop_map(Damage::Replace),
        2 => Just(Damage::RemoveFromParent),
        1 => Just(Damage::DuplicateInParent),
        1 => "[a-z_$]{1,12}".prop_map(Damage::RenameInParent),
        1 => Just(Damage::Wrap),
    ]
}

/// The JSON pointer of every node, in document order.
fn pointers(value: &Value, here: String, out: &mut Vec<String>) {
    out.push(here.clone());
    match value {
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                pointers(item, format!("{here}/{index}"), out);
            }
        }
        Value::Object(map) => {
            for (key, item) in map {
                let escaped = key.replace('~', "~0").replace('/', "~1");
                pointers(item, format!("{here}/{escaped}"), out);
            }
        }
        _ => {}
    }
}

fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

/// Applies one damage at the node `pick` selects (modulo the node count).
fn apply(document: &mut Value, pick: usize, damage: &Damage) {
    let mut all = Vec::new();
    pointers(document, String::new(), &mut all);
    let pointer = &all[pick % all.len()];
    let (parent_pointer, last) = match pointer.rsplit_once('/') {
        Some((parent, last)) => (parent.to_owned(), Some(unescape(last))),
        None => (String::new(), None),
    };
    match damage {
        Damage::Replace(value) => {
            if let Some(node) = document.pointer_mut(pointer) {
                *node = value.clone();
            }
        }
        Damage::Wrap => {
            if let Some(node) = document.pointer_mut(pointer) {
                *node = Value::Array(vec![node.take()]);
            }
        }
        Damage::RemoveFromParent | Damage::DuplicateInParent | Damage::RenameInParent(_) => {
            let Some(last) = last else { return };
            let Some(parent) = document.pointer_mut(&parent_pointer) else {
                return;
            };
            match (parent, damage) {
                (Value::Array(items), Damage::RemoveFromParent) => {
                    if let Ok(index) = last.parse::<usize>() {
                        if index < items.len() {
                            items.remove(index);
                        }
                    }
                }
                (Value::Array(items), Damage::DuplicateInParent) => {
                    if let Ok(index) = last.parse::<usize>() {
                        if let Some(item) = items.get(index).cloned() {
                            items.push(item);
                        }
                    }
                }
                (Value::Object(map), Damage::RemoveFromParent) => {
                    map.remove(&last);
                }
                (Value::Object(map), Damage::RenameInParent(name)) => {
                    if let Some(item) = map.remove(&last) {
                        map.insert(name.clone(), item);
                    }
                }
                _ => {}
            }
        }
    }
}

/// What any answer of `from_json` must look like: an accepted book keeps every promise, and a
/// rejection lists a bounded number of problems that each say something.
fn check_any_answer(text: &str) -> Result<(), TestCaseError> {
    match PriceBook::from_json(text) {
        Ok(book) => check_every_state(&book)?,
        Err(problems) => {
            let violations = problem_violations(&problems);
            prop_assert!(violations.is_empty(), "{}", listing(&violations));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    /// The generator's books are accepted, so the properties below test real books.
    #[test]
    fn generated_books_are_valid((spec, text) in valid_book()) {
        let book = parse_valid(&text)?;
        prop_assert_eq!(book.methods().len(), spec.methods.len());
        prop_assert_eq!(book.currency(), spec.currency);
        // "Not sure" is added when the book leaves it out, so there is one more tier than the
        // generator's extras either way.
        prop_assert_eq!(book.tiers().len(), spec.tiers.len() + 1);
        prop_assert_eq!(book.is_clinic_book(), spec.clinic_sources.iter().all(|clinic| *clinic));
    }

    /// Ordered figures, more sessions never cheaper, tiers inside "not sure", downtime that
    /// scales with the sessions, the right caveats, and a view that explains each figure it
    /// shows: in every state of every generated book.
    #[test]
    fn valid_books_keep_every_promise_in_every_state((_spec, text) in valid_book()) {
        let book = parse_valid(&text)?;
        check_every_state(&book)?;
    }

    /// A tier whose single price lies inside "not sure" but whose series is its own can leave
    /// the "not sure" range for longer plans. The validator must reject exactly the books where
    /// that happens: whatever it accepts must keep every promise.
    #[test]
    fn loosely_placed_tiers_are_rejected_or_consistent(spec in book_spec()) {
        let text = serde_json::to_string(&book_json(&spec, Placement::SingleOnly))
            .expect("a Value serialises");
        check_any_answer(&text)?;
    }

    /// The plain formatter's text reads back to the same amount, in every currency used.
    #[test]
    fn formatted_amounts_read_back_exactly(
        currency in proptest::sample::select(&CURRENCIES[..]),
        amount in prop_oneof![0u64..=10_000, 0u64..=10_000_000_000, any::<u64>()],
    ) {
        let text = PlainFormatter::new(currency).format(amount);
        prop_assert_eq!(parse_formatted(&text, currency), Some(amount), "{}", text);
    }

    /// Arbitrary text never panics the parser.
    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        check_any_answer(&text)?;
    }

    /// Text made of JSON's own characters reaches deeper into the parser than arbitrary text.
    #[test]
    fn json_like_text_never_panics(text in "[\\[\\]{}\":,0-9a-z_\\- .eE]{0,300}") {
        check_any_answer(&text)?;
    }

    /// The default book cut short or with a character changed is rejected cleanly.
    #[test]
    fn damaged_default_text_never_panics(cut in any::<usize>(), insert in any::<char>()) {
        let chars: Vec<char> = DEFAULT_PRICE_BOOK_JSON.chars().collect();
        let at = cut % (chars.len() + 1);
        let truncated: String = chars[..at].iter().collect();
        check_any_answer(&truncated)?;
        let mut changed = chars.clone();
        if at < changed.len() {
            changed[at] = insert;
        } else {
            changed.push(insert);
        }
        let changed: String = changed.into_iter().collect();
        check_any_answer(&changed)?;
    }

    /// Valid books with random damage (a value replaced, a field removed or renamed, an entry
    /// duplicated, a value wrapped in a list) are either rejected with problems or, if still
    /// valid, keep every promise of a valid book.
    #[test]
    fn damaged_valid_books_never_panic(
        (_spec, text) in valid_book(),
        damages in vec((any::<usize>(), damage()), 1..=4),
    ) {
        let mut document: Value = serde_json::from_str(&text).expect("generated text is JSON");
        for (pick, damage) in &damages {
            apply(&mut document, *pick, damage);
        }
        let damaged = serde_json::to_string(&document).expect("a Value serialises");
        check_any_answer(&damaged)?;
    }

    /// The same damage applied to the default book.
    #[test]
    fn damaged_default_books_never_panic(damages in vec((any::<usize>(), damage()), 1..=4)) {
        let mut document: Value =
            serde_json::from_str(DEFAULT_PRICE_BOOK_JSON).expect("the default book is JSON");
        for (pick, damage) in &damages {
            apply(&mut document, *pick, damage);
        }
        let damaged = serde_json::to_string(&document).expect("a Value serialises");
        check_any_answer(&damaged)?;
    }

    /// Arbitrary text never panics the session parser, and only 1 to 6 is ever accepted.
    #[test]
    fn parse_sessions_accepts_only_one_to_six(text in any::<String>()) {
        if let Ok(sessions) = parse_sessions(&text) {
            prop_assert!((MIN_SESSIONS..=MAX_SESSIONS).contains(&sessions), "{:?} gave {}", text, sessions);
        }
    }

    /// Number-like text reaches the parser's numeric paths more often than arbitrary text.
    #[test]
    fn parse_sessions_on_number_like_text(text in "[ +\\-]{0,2}[0-9]{0,12}([.,][0-9]{0,4})?[ a-z]{0,2}") {
        if let Ok(sessions) = parse_sessions(&text) {
            prop_assert!((MIN_SESSIONS..=MAX_SESSIONS).contains(&sessions), "{:?} gave {}", text, sessions);
        }
        // Whatever the answer, the message for a refusal names the allowed range.
        if let Err(error) = parse_sessions(&text) {
            prop_assert!(error.message(Lang::En).contains("from 1 to 6"), "{}", error.message(Lang::En));
        }
    }

    /// A whole number is accepted exactly when it lies in 1 to 6, and read as itself.
    #[test]
    fn parse_sessions_reads_whole_numbers_as_themselves(number in -1_000i64..1_000, padded in any::<bool>()) {
        let text = if padded { format!("  {number} ") } else { number.to_string() };
        let in_range = (i64::from(MIN_SESSIONS)..=i64::from(MAX_SESSIONS)).contains(&number);
        match parse_sessions(&text) {
            Ok(sessions) => {
                prop_assert!(in_range);
                prop_assert_eq!(i64::from(sessions), number);
            }
            Err(_) => prop_assert!(!in_range, "{} was refused", text),
        }
    }
}

/// The generator reaches every kind of offer and downtime, so the properties above are not
/// passing on a narrow slice of books. It draws a fixed sample with a deterministic seed.
#[test]
fn the_generator_covers_every_kind_of_offer() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;

    let mut runner = TestRunner::deterministic();
    let strategy = valid_book();
    let (mut bands, mut inside_series, mut spans, mut absent, mut equal_ends) = (0, 0, 0, 0, 0);
    let (mut hours, mut days, mut not_quantified, mut not_published) = (0, 0, 0, 0);
    for _ in 0..CASES {
        let (_, text) = strategy
            .new_tree(&mut runner)
            .expect("the strategy draws")
            .current();
        let book = PriceBook::from_json(&text).expect("generated books are valid");
        for method in book.methods() {
            match &method.downtime {
                estimator_core::price_book::Downtime::Range { unit, .. } => match unit {
                    estimator_core::price_book::TimeUnit::Hours => hours += 1,
                    estimator_core::price_book::TimeUnit::Days => days += 1,
                },
                estimator_core::price_book::Downtime::NotQuantified { .. } => not_quantified += 1,
                estimator_core::price_book::Downtime::NotPublished => not_published += 1,
            }
            let not_sure = book.offer(&method.id, NOT_SURE).map(|offer| &offer.price);
            let not_sure_quoted = matches!(not_sure, Some(OfferPrice::Quoted { .. }));
            for offer in book
                .offers()
                .iter()
                .filter(|offer| offer.method == method.id)
            {
                match &offer.price {
                    OfferPrice::Band { .. } => bands += 1,
                    OfferPrice::Quoted { single, series } => {
                        if single.range.min == single.range.max {
                            equal_ends += 1;
                        }
                        if offer.tier != NOT_SURE && not_sure_quoted && series.is_some() {
                            inside_series += 1;
                        }
                        if offer.tier != NOT_SURE && !not_sure_quoted {
                            spans += 1;
                        }
                    }
                    OfferPrice::Unpriced => {}
                }
            }
            if total_of(&book, &method.id, NOT_SURE, 1).is_none() {
                absent += 1;
            }
        }
    }
    for (what, count) in [
        ("banded tiers", bands),
        (
            "quoted tiers with a series inside \"not sure\"",
            inside_series,
        ),
        ("quoted tiers that \"not sure\" spans", spans),
        ("methods without any price", absent),
        ("single prices with equal ends", equal_ends),
        ("downtime in hours", hours),
        ("downtime in days", days),
        ("downtime not quantified", not_quantified),
        ("downtime not published", not_published),
    ] {
        assert!(count >= 5, "only {count} {what} in {CASES} generated books");
    }
}
