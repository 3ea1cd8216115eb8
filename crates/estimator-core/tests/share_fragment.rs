//! The URL-fragment encoding: every state the page can make round-trips exactly, and damaged,
//! truncated, hostile or random fragments restore what they can, say what they ignored, and
//! never panic. (Random-input properties are in `planning_properties.rs`, host-only; the
//! byte-noise test here uses its own small generator so it runs everywhere.)
#![cfg(feature = "clinic")]

use estimator_core::calendar::Date;
use estimator_core::plan::PlanDates;
use estimator_core::price_book::{PriceBook, DEFAULT_PRICE_BOOK_JSON, NOT_SURE};
use estimator_core::share::{
    decode, encode, is_state_fragment, Decoded, ShareFinance, ShareState, MAX_FRAGMENT_BYTES,
    MAX_PARTS, MAX_SCENARIOS, MAX_TEXT_CHARS,
};
use estimator_core::{Lang, RawInput, MAX_SESSIONS, MIN_SESSIONS};

fn book() -> PriceBook {
    match PriceBook::from_json(DEFAULT_PRICE_BOOK_JSON) {
        Ok(book) => book,
        Err(problems) => panic!("the default book must be valid: {problems:?}"),
    }
}

fn date(text: &str) -> Date {
    Date::parse_iso(text).unwrap()
}

fn raw(method: &str, tier: &str, sessions: &str) -> RawInput {
    RawInput {
        method: method.into(),
        tier: tier.into(),
        sessions: sessions.into(),
        lot_data: false,
    }
}

fn state(scenarios: Vec<RawInput>) -> ShareState {
    ShareState {
        scenarios,
        active: 0,
        dates: PlanDates::Undated,
        quote: None,
        share_quote: false,
        finance: ShareFinance::default(),
    }
}

#[test]
fn a_link_carries_the_typed_apr_and_term_and_reads_them_back() {
    let book = book();
    let mut original = state(vec![raw("microneedling", "not-sure", "3")]);
    original.finance = ShareFinance {
        apr: Some("9.99".to_owned()),
        months: Some("24".to_owned()),
    };
    let fragment = encode(&original);
    assert!(fragment.ends_with("&apr=9.99&months=24"), "{fragment}");
    let decoded = decode(&fragment, &book);
    assert_eq!(decoded.state, original);
    assert!(decoded.ignored.is_empty(), "{:?}", decoded.ignored);
    // Blank values are left out; a hostile or over-long one is refused with a note, and
    // whatever is kept is text for the illustration to check, never markup.
    let blank = ShareState {
        finance: ShareFinance {
            apr: Some("  ".to_owned()),
            months: None,
        },
        ..original.clone()
    };
    assert!(!encode(&blank).contains("apr="));
    let long = decode(
        &format!("v1&s=microneedling.not-sure.3&apr={}", "9".repeat(60)),
        &book,
    );
    assert_eq!(long.state.finance.apr, None);
    assert!(long
        .messages(&book, Lang::En)
        .iter()
        .any(|note| note.contains("financing APR longer")));
    let hostile = decode(
        "v1&s=microneedling.not-sure.3&months=%3Cb%3E&months=12",
        &book,
    );
    assert_eq!(hostile.state.finance.months.as_deref(), Some("<b>"));
    assert!(hostile
        .messages(&book, Lang::En)
        .iter()
        .any(|note| note.contains("second financing term")));
}

/// What every decoded state must satisfy, whatever the input.
fn check_invariants(book: &PriceBook, decoded: &Decoded) {
    let state = &decoded.state;
    assert!(
        (1..=MAX_SCENARIOS).contains(&state.scenarios.len()),
        "{state:?}"
    );
    assert!(state.active < state.scenarios.len());
    for scenario in &state.scenarios {
        let method = book.method(&scenario.method).expect("a known method");
        assert!(
            book.tiers_for(&method.id)
                .iter()
                .any(|tier| tier.id == scenario.tier),
            "{scenario:?}"
        );
        assert!(scenario.sessions.chars().count() <= MAX_TEXT_CHARS);
    }
    if let Some(quote) = &state.quote {
        assert!(quote.chars().count() <= MAX_TEXT_CHARS);
        assert!(!quote.trim().is_empty());
    }
    assert_eq!(state.share_quote, state.quote.is_some());
    assert!(decoded.ignored.len() <= 20, "{:?}", decoded.ignored);
    for &lang in Lang::BUILT {
        for message in &decoded.messages(book, lang) {
            assert!(message.chars().count() <= 240, "{message}");
            assert!(!message.chars().any(char::is_control), "{message:?}");
        }
    }
}

fn round_trip(book: &PriceBook, original: &ShareState) {
    let fragment = encode(original);
    let decoded = decode(&fragment, book);
    assert_eq!(
        decoded.messages(book, Lang::En),
        Vec::<String>::new(),
        "{fragment}"
    );
    assert_eq!(decoded.state, original.shareable(), "{fragment}");
    // Decoding the page's own link and encoding it again gives the same link.
    assert_eq!(encode(&decoded.state), fragment);
    assert!(is_state_fragment(&fragment));
    assert!(is_state_fragment(&format!("#{fragment}")));
}

#[test]
fn every_row_and_every_date_mode_round_trips() {
    let book = book();
    let dates = [
        PlanDates::Undated,
        PlanDates::Start(date("2026-12-01")),
        PlanDates::ReadyBy(date("2027-02-14")),
        PlanDates::Start(date("1900-01-01")),
        PlanDates::ReadyBy(date("2200-12-31")),
    ];
    let quotes = [
        (None, false),
        (None, true),
        (Some("2500"), false),
        (Some("2500"), true),
        (Some("$2,500.00"), true),
        (Some("€2.500,00"), true),
        (Some("  "), true),
    ];
    let mut cases = 0;
    for method in book.methods() {
        for tier in book.tiers_for(&method.id) {
            for sessions in MIN_SESSIONS..=MAX_SESSIONS {
                for dates in dates {
                    for (quote, share_quote) in quotes {
                        let original = ShareState {
                            scenarios: vec![raw(&method.id, &tier.id, &sessions.to_string())],
                            active: 0,
                            dates,
                            quote: quote.map(str::to_owned),
                            share_quote,
                            finance: ShareFinance::default(),
                        };
                        round_trip(&book, &original);
                        cases += 1;
                    }
                }
            }
        }
    }
    assert_eq!(cases, (4 + 4 + 2 + 4) * 6 * dates.len() * quotes.len());
}

#[test]
fn several_scenarios_and_every_active_index_round_trip() {
    let book = book();
    let rows: Vec<RawInput> = book
        .methods()
        .iter()
        .flat_map(|method| {
            book.tiers_for(&method.id)
                .into_iter()
                .map(|tier| raw(&method.id, &tier.id, "2"))
                .collect::<Vec<_>>()
        })
        .collect();
    for first in &rows {
        for second in &rows {
            for active in 0..3 {
                let original = ShareState {
                    active,
                    dates: PlanDates::ReadyBy(date("2027-02-14")),
                    ..state(vec![
                        first.clone(),
                        second.clone(),
                        raw("injection", NOT_SURE, "6"),
                    ])
                };
                round_trip(&book, &original);
            }
        }
    }
}

#[test]
fn session_text_is_kept_as_typed_even_when_the_form_would_reject_it() {
    let book = book();
    for text in [
        "",
        "0",
        "7",
        "abc",
        "2.5",
        "3.0",
        "-1",
        " 3 ",
        "999999999",
        "a&b=c#d%e.f",
        "drei…",
        "٣",
        "1.2.3",
        "%41",
    ] {
        round_trip(&book, &state(vec![raw("microneedling", "plant", text)]));
    }
    let fragment = encode(&state(vec![raw("microneedling", "plant", "2.5")]));
    assert_eq!(fragment, "v1&s=microneedling.plant.2.5");
}

#[test]
fn the_fragment_is_short_and_readable() {
    let book = book();
    let original = ShareState {
        scenarios: vec![
            raw("microneedling", NOT_SURE, "3"),
            raw("injection", "msc-injectable", "1"),
        ],
        active: 1,
        dates: PlanDates::Start(date("2026-12-01")),
        quote: Some("2500".into()),
        share_quote: true,
        finance: ShareFinance::default(),
    };
    let fragment = encode(&original);
    assert_eq!(
        fragment,
        "v1&s=microneedling.not-sure.3&s=injection.msc-injectable.1&a=2&start=2026-12-01&q=2500"
    );
    round_trip(&book, &original);
    let by = ShareState {
        dates: PlanDates::ReadyBy(date("2027-02-14")),
        active: 0,
        ..original.clone()
    };
    assert_eq!(
        encode(&by),
        "v1&s=microneedling.not-sure.3&s=injection.msc-injectable.1&by=2027-02-14&q=2500"
    );
    assert_eq!(
        encode(&ShareState {
            quote: Some("$2,500".into()),
            ..by
        })
        .rsplit('&')
        .next(),
        Some("q=%242%2C500")
    );
}

#[test]
fn the_longest_state_fits_the_fragment_limit() {
    let book = book();
    let widest = "😀".repeat(MAX_TEXT_CHARS);
    let longest_id = |ids: Vec<&str>| {
        ids.into_iter()
            .max_by_key(|id| id.len())
            .unwrap()
            .to_owned()
    };
    let method = longest_id(
        book.methods()
            .iter()
            .map(|method| method.id.as_str())
            .collect(),
    );
    let tier = longest_id(
        book.tiers_for(&method)
            .iter()
            .map(|tier| tier.id.as_str())
            .collect(),
    );
    let original = ShareState {
        scenarios: vec![raw(&method, &tier, &widest); MAX_SCENARIOS],
        active: MAX_SCENARIOS - 1,
        dates: PlanDates::ReadyBy(date("2200-12-31")),
        quote: Some(widest.clone()),
        share_quote: true,
        finance: ShareFinance::default(),
    };
    let fragment = encode(&original);
    assert!(
        fragment.len() < MAX_FRAGMENT_BYTES,
        "{} bytes",
        fragment.len()
    );
    assert!(fragment.split('&').count() <= MAX_PARTS);
    round_trip(&book, &original);
}

#[test]
fn the_quote_stays_out_unless_the_person_asked() {
    let book = book();
    let mut with_quote = ShareState {
        quote: Some("2500".into()),
        share_quote: false,
        ..ShareState::initial(&book)
    };
    assert!(!encode(&with_quote).contains("q="));
    assert_eq!(decode(&encode(&with_quote), &book).state.quote, None);
    with_quote.share_quote = true;
    assert!(encode(&with_quote).ends_with("&q=2500"));
    let restored = decode(&encode(&with_quote), &book).state;
    assert_eq!(restored.quote.as_deref(), Some("2500"));
    assert!(restored.share_quote);
    // A quote too long for a link is left out rather than cut.
    with_quote.quote = Some("9".repeat(MAX_TEXT_CHARS + 1));
    assert!(!encode(&with_quote).contains("q="));
}

#[test]
fn shareable_normalises_what_a_link_cannot_hold() {
    let book = book();
    let mut too_much = state(vec![
        raw("microneedling", NOT_SURE, "1"),
        raw("microneedling", NOT_SURE, "2"),
        raw("microneedling", NOT_SURE, &"4".repeat(MAX_TEXT_CHARS + 1)),
        raw("microneedling", NOT_SURE, "4"),
    ]);
    too_much.active = 7;
    let shareable = too_much.shareable();
    assert_eq!(shareable.scenarios.len(), MAX_SCENARIOS);
    assert_eq!(shareable.active, 2);
    assert_eq!(shareable.scenarios[2].sessions, "3");
    assert_eq!(decode(&encode(&too_much), &book).state, shareable);
    // An empty state writes only the version; reading it gives the starting choice.
    let empty = state(Vec::new());
    assert_eq!(encode(&empty), "v1");
    let decoded = decode("v1", &book);
    assert_eq!(decoded.state, ShareState::initial(&book));
    assert!(decoded.ignored.is_empty());
}

fn messages(fragment: &str) -> (ShareState, Vec<String>) {
    let book = book();
    let decoded = decode(fragment, &book);
    check_invariants(&book, &decoded);
    let ignored = decoded.messages(&book, Lang::En);
    (decoded.state, ignored)
}

#[test]
fn an_empty_fragment_is_the_starting_state_without_messages() {
    let book = book();
    for fragment in ["", "#", "v1", "#v1", "v1&", "&&&"] {
        let (state, ignored) = messages(fragment);
        assert_eq!(state, ShareState::initial(&book), "{fragment}");
        assert!(ignored.is_empty(), "{fragment}: {ignored:?}");
    }
}

#[test]
fn unknown_ids_are_dropped_or_replaced_with_a_message() {
    let (state, ignored) =
        messages("v1&s=foo.not-sure.3&s=microneedling.zzz.2&s=microneedling.msc-injectable.4&a=3");
    assert_eq!(
        state.scenarios,
        vec![
            raw("microneedling", NOT_SURE, "2"),
            raw("microneedling", NOT_SURE, "4")
        ]
    );
    assert_eq!(
        state.active, 1,
        "a=3 is the third scenario of the link, now the second"
    );
    assert_eq!(
        ignored,
        vec![
            "Ignored an unknown method “foo” in scenario 1.",
            "Scenario 2: “zzz” is not a product tier this estimator knows; showing “Not sure”.",
            "Scenario 3: “msc-injectable” is not offered for Microneedling exosome facial; showing “Not sure”.",
        ]
    );
    let (state, ignored) = messages("v1&s=foo&a=1");
    assert_eq!(state.scenarios.len(), 1);
    assert_eq!(
        ignored,
        vec![
            "Ignored an unknown method “foo” in scenario 1.",
            "No scenario in this link could be restored; showing the starting choice.",
        ]
    );
    let (_, ignored) = messages("v1&s=.plant.3");
    assert_eq!(ignored[0], "Ignored scenario 1: it names no method.");
    let (state, ignored) = messages("v1&s=scalp.plant.2&s=nope&a=2");
    assert_eq!(state.active, 0);
    assert_eq!(
        ignored,
        vec![
            "Ignored an unknown method “nope” in scenario 2.",
            "Scenario 2 was the one shown, but it could not be restored; showing the first.",
        ]
    );
}

#[test]
fn short_scenarios_fill_in_the_defaults_quietly() {
    let (state, ignored) = messages("v1&s=injection&s=scalp.plant");
    assert_eq!(
        state.scenarios,
        vec![raw("injection", NOT_SURE, "3"), raw("scalp", "plant", "3")]
    );
    assert!(ignored.is_empty());
}

#[test]
fn at_most_three_scenarios() {
    let (state, ignored) = messages("v1&s=injection&s=scalp&s=microneedling&s=fractional-laser");
    assert_eq!(state.scenarios.len(), 3);
    assert_eq!(
        ignored,
        vec!["Ignored a fourth scenario: a link holds at most three."]
    );
    let (_, ignored) = messages("v1&s=injection&s=scalp&s=scalp&s=scalp&s=scalp&s=scalp");
    assert_eq!(
        ignored,
        vec!["Ignored 3 scenarios after the third: a link holds at most three."]
    );
}

#[test]
fn versions_old_new_and_damaged() {
    let (state, ignored) = messages("v9&s=scalp.plant.2&x=1&y=2&start=2026-12-01");
    assert_eq!(state.scenarios, vec![raw("scalp", "plant", "2")]);
    assert_eq!(state.dates, PlanDates::Start(date("2026-12-01")));
    assert_eq!(
        ignored,
        vec!["This link was made by a newer version of the estimator (v9); restored what could be read. Ignored 2 parts this version does not read."]
    );
    let (_, ignored) = messages("v2&s=scalp");
    assert_eq!(
        ignored,
        vec!["This link was made by a newer version of the estimator (v2); restored what could be read."]
    );
    let (state, ignored) = messages("s=scalp.plant.2");
    assert_eq!(state.scenarios, vec![raw("scalp", "plant", "2")]);
    assert_eq!(
        ignored,
        vec!["This link has no version mark; restored what could be read as version 1."]
    );
    for mark in ["v0", "vx", "v", "v1.5", "v99999999999999999999"] {
        let (_, ignored) = messages(&format!("{mark}&s=scalp"));
        assert!(
            ignored[0].starts_with(&format!("This link's version mark “{mark}”")),
            "{mark}: {ignored:?}"
        );
    }
}

#[test]
fn dates_are_checked_and_only_one_kind_is_kept() {
    let (state, ignored) = messages("v1&s=scalp&start=2026-02-30");
    assert_eq!(state.dates, PlanDates::Undated);
    assert_eq!(
        ignored,
        vec!["Ignored the start date: “2026-02-30” is not a real date."]
    );
    let (_, ignored) = messages("v1&s=scalp&by=12/01/2026");
    assert!(ignored[0].starts_with("Ignored the event date: “12/01/2026” is not a date"));
    let (_, ignored) = messages("v1&s=scalp&by=1850-01-01");
    assert!(ignored[0].contains("from 1900 to 2200"));
    let (state, ignored) = messages("v1&s=scalp&start=2026-12-01&by=2027-01-01&start=2026-12-02");
    assert_eq!(state.dates, PlanDates::Start(date("2026-12-01")));
    assert_eq!(
        ignored,
        vec![
            "Ignored the event date “2027-01-01”: a link holds a start date or an event date, not both.",
            "Ignored a second start date “2026-12-02”.",
        ]
    );
}

#[test]
fn the_active_scenario_and_the_quote_are_checked() {
    for (fragment, expected) in [
        (
            "v1&s=scalp&a=0",
            "Ignored “a=0”: it is not a scenario number.",
        ),
        (
            "v1&s=scalp&a=x",
            "Ignored “a=x”: it is not a scenario number.",
        ),
        (
            "v1&s=scalp&a=-1",
            "Ignored “a=-1”: it is not a scenario number.",
        ),
        (
            "v1&s=scalp&a=99999",
            "Ignored “a=99999”: it is not a scenario number.",
        ),
        (
            "v1&s=scalp&a=3",
            "Ignored “a=3”: this link has no scenario 3.",
        ),
        (
            "v1&s=scalp&a=1&a=1",
            "Ignored a second scenario choice “a=1”.",
        ),
        ("v1&s=scalp&q=1&q=2", "Ignored a second quoted price."),
        (
            "v1&s=scalp&q=%FF",
            "Ignored the quoted price: it is not valid text.",
        ),
        (
            "v1&s=scalp&q=%F",
            "Ignored the quoted price: it is not correctly encoded.",
        ),
    ] {
        let (_, ignored) = messages(fragment);
        assert_eq!(ignored, vec![expected], "{fragment}");
    }
    let long = format!("v1&s=scalp&q={}", "9".repeat(MAX_TEXT_CHARS + 1));
    let (state, ignored) = messages(&long);
    assert_eq!(state.quote, None);
    assert_eq!(
        ignored,
        vec!["Ignored a quoted price longer than 40 characters."]
    );
    let (state, ignored) = messages("v1&s=scalp&q=");
    assert_eq!((state.quote, ignored.len()), (None, 0));
}

#[test]
fn bad_encoding_in_a_scenario_is_reported_where_it_is() {
    let (state, ignored) = messages("v1&s=scalp.pl%ZZant.2&s=injection.not-sure.%C3%28");
    assert_eq!(
        state.scenarios,
        vec![raw("scalp", NOT_SURE, "2"), raw("injection", NOT_SURE, "3")]
    );
    assert_eq!(
        ignored,
        vec![
            "Scenario 1: its product tier is not correctly encoded; showing “Not sure”.",
            "Scenario 2: its session count is not valid text; showing 3.",
        ]
    );
    let long = format!("v1&s=scalp.plant.{}", "5".repeat(MAX_TEXT_CHARS + 1));
    let (state, ignored) = messages(&long);
    assert_eq!(state.scenarios, vec![raw("scalp", "plant", "3")]);
    assert_eq!(
        ignored,
        vec!["Scenario 1: ignored a session count longer than 40 characters; showing 3."]
    );
}

#[test]
fn unknown_parts_are_named_shortened_and_cleaned() {
    let (_, ignored) = messages("v1&s=scalp&zz=1&justtext");
    assert_eq!(
        ignored,
        vec![
            "Ignored “zz=1”, which this estimator does not read.",
            "Ignored “justtext”, which this estimator does not read.",
        ]
    );
    let hostile = format!(
        "v1&s=scalp&x=%E2%80%AE{}%0A%1B[31m<script>alert(1)</script>",
        "A".repeat(500)
    );
    let (_, ignored) = messages(&hostile);
    assert_eq!(ignored.len(), 1);
    let message = &ignored[0];
    assert!(message.contains('…'), "{message}");
    assert!(!message.contains('\u{202e}'), "{message}");
    assert!(message.chars().count() < 100, "{message}");
    let (_, ignored) = messages("v1&s=%E2%80%AEevil.plant.2");
    assert!(ignored[0].contains("\u{fffd}evil"), "{ignored:?}");
}

#[test]
fn repeated_problems_are_counted_not_listed() {
    let (_, ignored) = messages("v1&s=scalp&aa&bb&cc&dd&ee");
    assert_eq!(
        ignored,
        vec![
            "Ignored “aa”, which this estimator does not read.",
            "Ignored “bb”, which this estimator does not read.",
            "Ignored “cc”, which this estimator does not read.",
            "Ignored 2 more parts this estimator does not read.",
        ]
    );
    let mut fragment = String::from("v1&s=scalp");
    for day in 10..25 {
        fragment.push_str(&format!("&start=2026-02-{day}x"));
    }
    let (_, ignored) = messages(&fragment);
    assert_eq!(ignored.len(), 13);
    assert_eq!(ignored[12], "3 more problems not listed.");
}

#[test]
fn a_huge_fragment_is_cut_and_still_restores_its_start() {
    let book = book();
    let mut fragment = String::from("v1&s=scalp.plant.2&start=2026-12-01");
    while fragment.len() < 1_000_000 {
        fragment.push_str("&zz=");
        fragment.push_str(&"é".repeat(50));
    }
    let decoded = decode(&fragment, &book);
    check_invariants(&book, &decoded);
    assert_eq!(decoded.state.scenarios, vec![raw("scalp", "plant", "2")]);
    assert_eq!(decoded.state.dates, PlanDates::Start(date("2026-12-01")));
    let ignored = decoded.messages(&book, Lang::En);
    assert_eq!(
        ignored[0],
        "This link is longer than 4,000 characters; ignored the rest of it."
    );
    assert!(ignored
        .iter()
        .any(|line| line.contains(&format!("a link holds at most {MAX_PARTS}"))));
    assert!(ignored
        .iter()
        .any(|line| line.ends_with("more parts this estimator does not read.")));
    // A multi-byte character straddling the limit is not split.
    let straddling = format!("v1&s=scalp&q={}", "é".repeat(MAX_FRAGMENT_BYTES));
    check_invariants(&book, &decode(&straddling, &book));
}

#[test]
fn many_parts_are_capped() {
    let mut fragment = String::from("v1");
    for _ in 0..100 {
        fragment.push_str("&s=scalp");
    }
    let (state, ignored) = messages(&fragment);
    assert_eq!(state.scenarios.len(), 3);
    assert_eq!(
        ignored,
        vec![
            "Ignored 84 more parts of this link: a link holds at most 16.",
            "Ignored 13 scenarios after the third: a link holds at most three.",
        ]
    );
}

#[test]
fn in_page_anchors_are_not_state() {
    for anchor in ["", "#", "#main", "results", "#top&x=1", "#vision"] {
        assert!(!is_state_fragment(anchor), "{anchor}");
    }
    for state in ["v1", "#v1&s=scalp", "#s=scalp", "v2", "x=1&s=scalp"] {
        assert!(is_state_fragment(state), "{state}");
    }
}

/// A small deterministic generator (xorshift64*), so the noise test runs on every target.
struct Noise(u64);

impl Noise {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, bound: usize) -> usize {
        (self.next() % bound.max(1) as u64) as usize
    }
}

#[test]
fn random_bytes_and_random_damage_never_panic() {
    let book = book();
    let mut noise = Noise(0x9e37_79b9_7f4a_7c15);
    let alphabet = b"v1&=.%sabqty-0123456789ABCDEFz#+ \xc3\xa9";
    let valid = encode(&ShareState {
        scenarios: vec![
            raw("microneedling", "plant", "3"),
            raw("injection", "msc-injectable", "1"),
            raw("scalp", NOT_SURE, "2"),
        ],
        active: 2,
        dates: PlanDates::ReadyBy(date("2027-02-14")),
        quote: Some("€2.500,00".into()),
        share_quote: true,
        finance: ShareFinance::default(),
    });
    for round in 0..5_000 {
        let text = match round % 3 {
            // Random bytes, made into text the way a browser would.
            0 => {
                let bytes: Vec<u8> = (0..noise.below(300)).map(|_| noise.next() as u8).collect();
                String::from_utf8_lossy(&bytes).into_owned()
            }
            // Random text over the characters the format uses.
            1 => {
                let bytes: Vec<u8> = (0..noise.below(200))
                    .map(|_| alphabet[noise.below(alphabet.len())])
                    .collect();
                String::from_utf8_lossy(&bytes).into_owned()
            }
            // A valid fragment, truncated and with a few bytes changed.
            _ => {
                let mut bytes = valid.clone().into_bytes();
                bytes.truncate(noise.below(bytes.len() + 1));
                for _ in 0..noise.below(4) {
                    if !bytes.is_empty() {
                        let at = noise.below(bytes.len());
                        bytes[at] = alphabet[noise.below(alphabet.len())];
                    }
                }
                String::from_utf8_lossy(&bytes).into_owned()
            }
        };
        let decoded = decode(&text, &book);
        check_invariants(&book, &decoded);
        // Whatever was restored can be shared again, and reads back without messages.
        let again = decode(&encode(&decoded.state), &book);
        assert!(again.ignored.is_empty(), "{text:?} → {:?}", again.ignored);
        assert_eq!(again.state, decoded.state.shareable());
    }
}

/// What the person said about the lot's data travels with each scenario, in one `lot=` part.
#[test]
fn the_lot_data_answer_round_trips_per_scenario() {
    let book = book();
    let mut second = raw("injection", "msc-injectable", "1");
    second.lot_data = true;
    let shared = state(vec![raw("microneedling", NOT_SURE, "3"), second]);
    let fragment = encode(&shared);
    assert_eq!(
        fragment,
        "v1&s=microneedling.not-sure.3&s=injection.msc-injectable.1&lot=2"
    );
    let decoded = decode(&fragment, &book);
    assert_eq!(decoded.messages(&book, Lang::En), Vec::<String>::new());
    assert_eq!(decoded.state, shared.shareable());
    // Without a `lot=` part, nobody has seen lot data; a damaged one is ignored and said so.
    let plain = decode("v1&s=microneedling.not-sure.3", &book);
    assert!(!plain.state.scenarios[0].lot_data);
    let damaged = decode("v1&s=microneedling.not-sure.3&lot=x", &book);
    assert!(!damaged.state.scenarios[0].lot_data);
    assert!(damaged
        .messages(&book, Lang::En)
        .iter()
        .any(|line| line.contains("“lot=x”")));
}
