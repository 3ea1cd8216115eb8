//! Property tests for planning, quoting and sharing: the calendar against its own inverse, the
//! timeline's promises for any dates, the quote reader on any text, and the fragment encoding
//! on any state (round trip) and any input (never a panic, always a usable state).
//!
//! Every property runs 256 cases, set explicitly so that an environment variable cannot
//! silently lower it.
//!
//! proptest is a host-only dev-dependency (it does not build for wasm32-unknown-unknown
//! without browser bindings), so this file is compiled out on wasm32.
#![cfg(feature = "clinic")]
#![cfg(not(target_arch = "wasm32"))]

use estimator_core::calendar::{Date, PlainDateFormat};
use estimator_core::estimate::{estimate, Request};
use estimator_core::plan::{timeline, timeline_view, PlanDates, MAX_TICKS};
use estimator_core::price_book::{PriceBook, DEFAULT_PRICE_BOOK_JSON, MAX_AMOUNT_MINOR};
use estimator_core::quote::{parse_quote, position, quote_view, QuotePosition};
use estimator_core::share::{
    decode, encode, Decoded, ShareFinance, ShareState, MAX_SCENARIOS, MAX_TEXT_CHARS,
};
use estimator_core::Lang;
use estimator_core::{
    MoneyFormat, MoneyRange, PlainFormatter, RawInput, MAX_SESSIONS, MIN_SESSIONS,
};
use proptest::collection::vec;
use proptest::prelude::*;
use proptest::test_runner::TestCaseError;

const CASES: u32 = 256;

fn book() -> PriceBook {
    PriceBook::from_json(DEFAULT_PRICE_BOOK_JSON).unwrap_or_else(|problems| panic!("{problems:?}"))
}

/// Day numbers of 1900-01-01 and 2200-12-31, the dates a person may enter.
fn input_days() -> std::ops::RangeInclusive<i64> {
    let first = Date::parse_iso("1900-01-01").unwrap().day_number();
    let last = Date::parse_iso("2200-12-31").unwrap().day_number();
    first..=last
}

fn input_date() -> impl Strategy<Value = Date> {
    input_days().prop_map(|day| Date::from_day_number(day).unwrap())
}

fn plan_dates() -> impl Strategy<Value = PlanDates> {
    prop_oneof![
        Just(PlanDates::Undated),
        input_date().prop_map(PlanDates::Start),
        input_date().prop_map(PlanDates::ReadyBy),
    ]
}

/// Every (method, offered tier) of the default book.
fn rows(book: &PriceBook) -> Vec<(String, String)> {
    book.methods()
        .iter()
        .flat_map(|method| {
            book.tiers_for(&method.id)
                .into_iter()
                .map(|tier| (method.id.clone(), tier.id.clone()))
                .collect::<Vec<_>>()
        })
        .collect()
}

fn any_text(max: usize) -> impl Strategy<Value = String> {
    vec(any::<char>(), 0..=max).prop_map(|chars| chars.into_iter().collect())
}

fn scenario() -> impl Strategy<Value = (usize, String)> {
    (any::<usize>(), any_text(MAX_TEXT_CHARS))
}

fn share_state() -> impl Strategy<Value = ShareState> {
    (
        vec(scenario(), 1..=MAX_SCENARIOS),
        any::<usize>(),
        plan_dates(),
        proptest::option::of(any_text(MAX_TEXT_CHARS + 5)),
        any::<bool>(),
    )
        .prop_map(|(scenarios, active, dates, quote, share_quote)| {
            let book = book();
            let rows = rows(&book);
            let scenarios: Vec<RawInput> = scenarios
                .into_iter()
                .map(|(pick, sessions)| {
                    let (method, tier) = rows[pick % rows.len()].clone();
                    RawInput {
                        method,
                        tier,
                        sessions,
                        lot_data: false,
                    }
                })
                .collect();
            ShareState {
                active: active % scenarios.len(),
                scenarios,
                dates,
                quote,
                share_quote,
                finance: ShareFinance::default(),
            }
        })
}

fn check_decoded(book: &PriceBook, decoded: &Decoded) -> Result<(), TestCaseError> {
    let state = &decoded.state;
    prop_assert!((1..=MAX_SCENARIOS).contains(&state.scenarios.len()));
    prop_assert!(state.active < state.scenarios.len());
    for scenario in &state.scenarios {
        let method = book.method(&scenario.method);
        prop_assert!(method.is_some(), "{:?}", scenario);
        prop_assert!(book
            .tiers_for(&scenario.method)
            .iter()
            .any(|tier| tier.id == scenario.tier));
        prop_assert!(scenario.sessions.chars().count() <= MAX_TEXT_CHARS);
    }
    prop_assert_eq!(state.share_quote, state.quote.is_some());
    prop_assert!(decoded.ignored.len() <= 20);
    for &lang in Lang::BUILT {
        for message in &decoded.messages(book, lang) {
            prop_assert!(message.chars().count() <= 240, "{}", message);
            prop_assert!(!message.chars().any(char::is_control), "{:?}", message);
        }
    }
    // Whatever was restored can be shared again and reads back exactly, without messages.
    let again = decode(&encode(state), book);
    prop_assert_eq!(again.messages(book, Lang::En), Vec::<String>::new());
    prop_assert_eq!(&again.state, &state.shareable());
    Ok(())
}

#[derive(Clone, Debug)]
enum Damage {
    Truncate(usize),
    Insert(usize, char),
    Delete(usize, usize),
    Replace(usize, char),
    Duplicate(usize, usize),
}

fn damage() -> impl Strategy<Value = Damage> {
    let interesting = prop_oneof![
        Just('&'),
        Just('='),
        Just('.'),
        Just('%'),
        Just('v'),
        Just('s'),
        Just('9'),
        Just('é'),
        Just('\u{202e}'),
        any::<char>(),
    ];
    prop_oneof![
        any::<usize>().prop_map(Damage::Truncate),
        (any::<usize>(), interesting.clone()).prop_map(|(at, c)| Damage::Insert(at, c)),
        (any::<usize>(), 0usize..12).prop_map(|(at, len)| Damage::Delete(at, len)),
        (any::<usize>(), interesting).prop_map(|(at, c)| Damage::Replace(at, c)),
        (any::<usize>(), 0usize..40).prop_map(|(at, len)| Damage::Duplicate(at, len)),
    ]
}

fn apply(text: &mut String, damage: &Damage) {
    let boundary = |text: &String, at: usize| {
        let mut at = at % (text.len() + 1);
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    match damage {
        Damage::Truncate(at) => {
            let at = boundary(text, *at);
            text.truncate(at);
        }
        Damage::Insert(at, c) => {
            let at = boundary(text, *at);
            text.insert(at, *c);
        }
        Damage::Delete(at, len) => {
            let from = boundary(text, *at);
            let to = boundary(text, from + len);
            if to >= from {
                text.replace_range(from..to, "");
            }
        }
        Damage::Replace(at, c) => {
            let at = boundary(text, *at);
            if let Some(old) = text[at..].chars().next() {
                text.replace_range(at..at + old.len_utf8(), &c.to_string());
            }
        }
        Damage::Duplicate(at, len) => {
            let from = boundary(text, *at);
            let to = boundary(text, from + len);
            if to >= from {
                let copy = text[from..to].to_owned();
                text.insert_str(to, &copy);
            }
        }
    }
}

/// Messages without the text a person typed, which is quoted between “ and ”.
fn without_quoted(message: &str) -> String {
    let mut out = String::new();
    let mut quoted = false;
    for c in message.chars() {
        match c {
            '“' => quoted = true,
            '”' => quoted = false,
            c if !quoted => out.push(c),
            _ => {}
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(CASES))]

    // ----- Calendar -----

    #[test]
    fn day_numbers_and_iso_text_round_trip(day in input_days(), offset in -100_000i64..100_000) {
        let date = Date::from_day_number(day).unwrap();
        prop_assert_eq!(date.day_number(), day);
        prop_assert_eq!(Date::parse_iso(&date.to_iso()), Ok(date));
        prop_assert_eq!(Date::new(date.year(), date.month(), date.day()), Ok(date));
        let moved = date.add_days(offset).unwrap();
        prop_assert_eq!(date.days_until(moved), offset);
        prop_assert_eq!(moved < date, offset < 0);
    }

    #[test]
    fn parse_iso_never_panics_and_accepts_only_real_dates(text in any::<String>()) {
        if let Ok(date) = Date::parse_iso(&text) {
            prop_assert!((1900..=2200).contains(&date.year()));
            prop_assert_eq!(Date::parse_iso(&date.to_iso()), Ok(date));
        }
    }

    #[test]
    fn parse_iso_on_date_like_text(text in "[0-9]{1,5}-[0-9]{1,3}-[0-9]{1,3}") {
        match Date::parse_iso(&text) {
            Ok(date) => {
                let parts: Vec<u32> = text.split('-').map(|part| part.parse().unwrap()).collect();
                prop_assert_eq!((date.year() as u32, date.month(), date.day()), (parts[0], parts[1], parts[2]));
            }
            Err(error) => prop_assert!(!error.message(Lang::En).is_empty()),
        }
    }

    // ----- Plan -----

    #[test]
    fn the_timeline_keeps_its_promises_for_any_dates(
        pick in any::<usize>(),
        sessions in MIN_SESSIONS..=MAX_SESSIONS,
        dates in plan_dates(),
        today in input_date(),
    ) {
        let book = book();
        let rows = rows(&book);
        let (method, tier) = rows[pick % rows.len()].clone();
        let estimate = estimate(&book, &Request { method, tier, sessions }).unwrap();
        let plan = timeline(&estimate, dates, today);
        prop_assert_eq!(plan.sessions.len(), sessions as usize);
        let under_study = estimate.method.under_study;
        if let (PlanDates::ReadyBy(event), Some(final_days)) = (dates, plan.final_results) {
            let check = plan.ready_by.clone().unwrap();
            let latest = event.add_days(-i64::from(final_days.to)).unwrap();
            prop_assert_eq!(check.latest_start, Some(latest));
            prop_assert_eq!(check.fits, latest >= today);
            let (_, last) = plan.final_results_dates.unwrap();
            if check.fits {
                prop_assert_eq!(plan.start, Some(latest));
                prop_assert_eq!(last, event);
            } else {
                prop_assert_eq!(plan.start, Some(today));
                prop_assert_eq!(i64::from(check.days_short), latest.days_until(today));
                prop_assert!(last > event);
            }
        }
        let view = timeline_view(&estimate, dates, today, &PlainDateFormat, Lang::En);
        prop_assert_eq!(under_study, plan.final_results.is_none());
        prop_assert_eq!(view.text_alternative.len(), sessions as usize + 1);
        prop_assert!(view.ticks.len() <= MAX_TICKS);
        for bar in view.rows.iter().flat_map(|row| &row.bars) {
            prop_assert!(bar.start <= bar.firm_end && bar.firm_end <= bar.end && bar.end <= view.width);
        }
        prop_assert_eq!(view.status.is_some(), matches!(dates, PlanDates::ReadyBy(_)) || plan.start_passed);
    }

    // ----- Quote -----

    #[test]
    fn parse_quote_never_panics(text in any::<String>(), currency in prop_oneof![Just("USD"), Just("JPY"), Just("KWD"), Just("EUR")]) {
        if let Ok(minor) = parse_quote(&text, currency) {
            prop_assert!(minor > 0 && minor <= MAX_AMOUNT_MINOR);
        }
    }

    #[test]
    fn parse_quote_on_price_like_text(text in "[-+ $€]{0,2}[0-9]{1,4}([ ,.'][0-9]{1,3}){0,3}([.,][0-9]{1,3})?[ a-zA-Z$€]{0,4}") {
        if let Ok(minor) = parse_quote(&text, "USD") {
            prop_assert!(minor > 0 && minor <= MAX_AMOUNT_MINOR);
        }
    }

    #[test]
    fn formatted_amounts_read_back_exactly(
        minor in 1..=MAX_AMOUNT_MINOR,
        currency in prop_oneof![Just("USD"), Just("EUR"), Just("GBP"), Just("JPY"), Just("KRW"), Just("CHF"), Just("CLP")],
    ) {
        let text = PlainFormatter::new(currency).format(minor);
        prop_assert_eq!(parse_quote(&text, currency), Ok(minor), "{}", text);
    }

    #[test]
    fn every_locale_grouping_reads_the_same_amount(
        major in 1u64..10_000_000,
        cents in 0u64..100,
        style in 0usize..6,
    ) {
        // (group separator, decimal separator) pairs as locales write them.
        let (group, decimal) = [
            (",", "."), (".", ","), (" ", ","), ("\u{a0}", ","), ("'", "."), ("\u{202f}", ","),
        ][style];
        let digits = major.to_string();
        let mut grouped = String::new();
        for (index, digit) in digits.chars().enumerate() {
            if index > 0 && (digits.len() - index) % 3 == 0 {
                grouped.push_str(group);
            }
            grouped.push(digit);
        }
        let text = format!("{grouped}{decimal}{cents:02}");
        prop_assert_eq!(parse_quote(&text, "USD"), Ok(major * 100 + cents), "{}", text);
        prop_assert_eq!(parse_quote(&grouped, "USD"), Ok(major * 100), "{}", grouped);
    }

    #[test]
    fn position_never_goes_backwards(a in any::<u64>(), b in any::<u64>(), low in 0u64..MAX_AMOUNT_MINOR, width in 0u64..MAX_AMOUNT_MINOR) {
        let range = MoneyRange::new(low, low + width);
        let rank = |position: QuotePosition| position as u8;
        let (small, large) = (a.min(b), a.max(b));
        prop_assert!(rank(position(small, range)) <= rank(position(large, range)));
        prop_assert_eq!(position(low, range), QuotePosition::Within);
        prop_assert_eq!(position(low + width, range), QuotePosition::Within);
    }

    #[test]
    fn no_quote_message_judges_a_price(text in any_text(30), pick in any::<usize>(), sessions in MIN_SESSIONS..=MAX_SESSIONS) {
        let book = book();
        let rows = rows(&book);
        let (method, tier) = rows[pick % rows.len()].clone();
        let estimate = estimate(&book, &Request { method, tier, sessions }).unwrap();
        let view = quote_view(&text, &estimate, &PlainFormatter::new("USD"), Lang::En);
        let mut messages = vec![view.hint.clone()];
        messages.extend(view.error.clone());
        if let Some(check) = view.check {
            messages.push(check.headline);
            messages.extend(check.explanation);
            messages.extend(check.ask);
        }
        for message in messages {
            let own_words = without_quoted(&message).to_lowercase();
            for word in ["fair", "deal", "overpriced", "bargain", "cheap", "expensive", "worth", "reasonable"] {
                prop_assert!(!own_words.contains(word), "{}", message);
            }
        }
    }

    // ----- Share -----

    #[test]
    fn every_state_round_trips(state in share_state()) {
        let book = book();
        let fragment = encode(&state);
        let decoded = decode(&fragment, &book);
        prop_assert_eq!(decoded.messages(&book, Lang::En), Vec::<String>::new(), "{}", fragment);
        prop_assert_eq!(&decoded.state, &state.shareable(), "{}", fragment);
        prop_assert_eq!(encode(&decoded.state), fragment);
    }

    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let book = book();
        check_decoded(&book, &decode(&text, &book))?;
    }

    #[test]
    fn format_like_text_never_panics(text in "(v[0-9]{0,2}&)?((s|a|q|start|by|x)=[a-z0-9.%&=-]{0,20}&?){0,8}") {
        let book = book();
        check_decoded(&book, &decode(&text, &book))?;
    }

    #[test]
    fn random_bytes_never_panic(bytes in vec(any::<u8>(), 0..600)) {
        let book = book();
        check_decoded(&book, &decode(&String::from_utf8_lossy(&bytes), &book))?;
        // The same bytes, percent-encoded into every value, reach the UTF-8 check.
        let escaped: String = bytes.iter().map(|byte| format!("%{byte:02X}")).collect();
        for key in ["s=microneedling.plant.", "s=", "q=", "start=", "a="] {
            let fragment = format!("v1&{key}{escaped}");
            check_decoded(&book, &decode(&fragment, &book))?;
        }
    }

    #[test]
    fn damaged_valid_fragments_never_panic(state in share_state(), damages in vec(damage(), 1..=5)) {
        let book = book();
        let mut fragment = encode(&state);
        for damage in &damages {
            apply(&mut fragment, damage);
        }
        check_decoded(&book, &decode(&fragment, &book))?;
    }
}
