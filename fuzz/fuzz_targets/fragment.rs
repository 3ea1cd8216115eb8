//! `share::decode` of any URL fragment against the published book, then the round trip: the
//! fragment `encode` writes for the restored state decodes to that same state, with nothing
//! ignored.
//!
//! Why that holds for every decoded state: `ShareState::shareable` documents
//! `decode(&encode(state), book).state == state.shareable()`, with nothing ignored, for any
//! state whose one to three scenarios each name a method of the book and a tier that method
//! offers. `decode` only ever produces such states (an unknown method drops its scenario, a
//! tier not offered becomes "not sure", which every method offers), and its states are already
//! shareable (session texts and the quote at most 40 characters, a quote only when non-blank,
//! the active index inside the scenarios), so `shareable()` leaves them unchanged.
#![no_main]

use std::sync::OnceLock;

use estimator_core::price_book::PriceBook;
use estimator_core::share::{
    decode, encode, is_state_fragment, MAX_FRAGMENT_BYTES, MAX_SCENARIOS, MAX_TEXT_CHARS,
};
use estimator_core::{Lang, PlainFormatter};
use estimator_core_fuzz::check_page;
use libfuzzer_sys::fuzz_target;

/// At most 12 messages about single parts, one counting the rest, and one each about the link
/// as a whole (its length, its version, its number of parts, unread parts, extra scenarios,
/// the scenario shown, no scenario restored): the module's "about twenty".
const MAX_MESSAGES: usize = 20;

/// A message quotes text from the link shortened to 30 characters, so it stays short however
/// long the link is.
const MAX_MESSAGE_CHARS: usize = 300;

fn book() -> &'static PriceBook {
    static BOOK: OnceLock<PriceBook> = OnceLock::new();
    BOOK.get_or_init(PriceBook::published)
}

fn chars(text: &str) -> usize {
    text.chars().count()
}

fuzz_target!(|data: &[u8]| {
    let fragment = String::from_utf8_lossy(data);
    let book = book();
    let _ = is_state_fragment(&fragment);

    let decoded = decode(&fragment, book);
    let state = &decoded.state;
    assert!(
        (1..=MAX_SCENARIOS).contains(&state.scenarios.len()),
        "{} scenarios",
        state.scenarios.len()
    );
    assert!(
        state.active < state.scenarios.len(),
        "active {} out of range",
        state.active
    );
    for scenario in &state.scenarios {
        assert!(
            book.method(&scenario.method).is_some(),
            "unknown method {:?}",
            scenario.method
        );
        assert!(
            book.tiers_for(&scenario.method)
                .iter()
                .any(|tier| tier.id == scenario.tier),
            "tier {:?} not offered for {:?}",
            scenario.tier,
            scenario.method
        );
        assert!(
            chars(&scenario.sessions) <= MAX_TEXT_CHARS,
            "session text {:?}",
            scenario.sessions
        );
    }
    if let Some(quote) = &state.quote {
        assert!(state.share_quote);
        assert!(
            !quote.trim().is_empty() && chars(quote) <= MAX_TEXT_CHARS,
            "quote {quote:?}"
        );
    }
    assert!(
        decoded.ignored.len() <= MAX_MESSAGES,
        "{} messages",
        decoded.ignored.len()
    );
    for &lang in Lang::BUILT {
        for message in &decoded.messages(book, lang) {
            assert!(
                chars(message) <= MAX_MESSAGE_CHARS,
                "a message of {} characters",
                chars(message)
            );
        }
    }

    // The round trip.
    assert_eq!(
        &state.shareable(),
        state,
        "a decoded state that is not shareable as it is"
    );
    let encoded = encode(state);
    assert!(
        encoded.len() <= MAX_FRAGMENT_BYTES,
        "an encoded link of {} bytes",
        encoded.len()
    );
    assert!(
        is_state_fragment(&encoded),
        "{encoded:?} does not look like a state"
    );
    let again = decode(&encoded, book);
    assert_eq!(
        &again.state, state,
        "the round trip through {encoded:?} changed the state"
    );
    assert!(
        again.ignored.is_empty(),
        "{encoded:?} ignored {:?}",
        again.ignored
    );
    assert_eq!(encode(&again.state), encoded);

    // The restored session text reaches the form: whatever it is, the page answers, with an
    // estimate or with the form's message.
    let money = PlainFormatter::new(book.currency());
    if let Some(active) = state.scenarios.get(state.active) {
        check_page(
            book,
            active,
            &estimator_core::page_view(book, active, &money, estimator_core::Lang::En),
        );
    }
});
