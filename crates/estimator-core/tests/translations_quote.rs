//! The quote check in every language: no message drops a figure it is given, the examples in
//! the messages are amounts the field reads back, plurals agree, and no Spanish or German view
//! of any state (every page state, every position of a quote against its range, every error,
//! in dollars and in currencies without a minor unit) leaves a sentence in English.
#![cfg(feature = "clinic")]

mod words_check;

use estimator_core::estimate::{estimate_with, Estimate};
use estimator_core::form::resolve;
use estimator_core::money::minor_per_major;
use estimator_core::price_book::{PriceBook, DEFAULT_PRICE_BOOK_JSON, MAX_AMOUNT_MINOR};
use estimator_core::quote::{
    parse_quote, position, quote_view, QuoteError, QuotePosition, QuoteView, FAR_PERCENT,
};
use estimator_core::words::{quote::QuoteWords, words};
use estimator_core::{Lang, MoneyFormat, PlainFormatter};
use serde_json::Value;
use words_check::{assert_no_english, book_texts, page_states, TRANSLATED};

fn quote_words(lang: Lang) -> &'static QuoteWords {
    words(lang).quote
}

/// The published book with its prices read as another currency, and as a clinic's own list
/// when `clinic` is set (so the clinic's wording of every range is reached too).
fn book_in(currency: &str, clinic: bool) -> PriceBook {
    let mut value: Value = match serde_json::from_str(DEFAULT_PRICE_BOOK_JSON) {
        Ok(value) => value,
        Err(error) => panic!("the default book is JSON: {error}"),
    };
    value["currency"] = currency.into();
    if clinic {
        value["name"] = "Klinik am See".into();
        value["sources"][0]["kind"] = "clinic".into();
    }
    match PriceBook::from_json(&value.to_string()) {
        Ok(book) => book,
        Err(problems) => panic!("the book in {currency} must be valid: {problems:?}"),
    }
}

/// Every estimate a page state of `book` gives.
fn estimates(book: &PriceBook) -> Vec<Estimate<'_>> {
    page_states(book)
        .iter()
        .filter_map(|raw| {
            let request = resolve(book, raw)?.request()?;
            estimate_with(book, &request, raw.lot_data())
        })
        .collect()
}

/// An amount typed as a reader of `lang` types it: a decimal comma in German, a point
/// otherwise, and no group separators (the field reads both forms; the examples show groups).
fn typed(minor: u64, currency: &str, lang: Lang) -> String {
    let unit = minor_per_major(currency);
    let digits = unit.ilog10() as usize;
    if digits == 0 {
        return minor.to_string();
    }
    let mark = if lang == Lang::De { ',' } else { '.' };
    format!("{}{mark}{:0digits$}", minor / unit, minor % unit)
}

/// One quote for each position against `estimate`'s range, worked out from the range itself,
/// each checked to land where it is meant to.
fn quotes_at_every_position(estimate: &Estimate) -> Vec<(QuotePosition, u64)> {
    let Some(range) = estimate.total.range else {
        return Vec::new();
    };
    let (low, high) = (range.min.min(range.max), range.min.max(range.max));
    let far_low = low * (100 - FAR_PERCENT) / 100;
    let far_high = high * (100 + FAR_PERCENT) / 100;
    let quotes = [
        (QuotePosition::FarBelow, far_low.saturating_sub(1).max(1)),
        (QuotePosition::Below, low.saturating_sub(1).max(1)),
        (QuotePosition::Within, low + (high - low) / 2),
        (QuotePosition::Above, high + 1),
        (QuotePosition::FarAbove, far_high + 1),
    ];
    for (expected, quote) in quotes {
        assert_eq!(
            position(quote, range),
            expected,
            "{quote} against {range:?}"
        );
    }
    quotes.to_vec()
}

/// The shared list of English marker words holds "no", which is also the Spanish for "not"
/// ("este estimador no puede…"): in a Spanish text it marks nothing. So the lone word "no" is
/// masked in the Spanish view's text before the shared check reads it; every other marker
/// still applies, and an English sentence always has more than "no" to give it away.
fn mask_spanish_no(lang: Lang, debug: &str) -> String {
    if lang != Lang::Es {
        return debug.to_owned();
    }
    let chars: Vec<char> = debug.chars().collect();
    let mut out = String::with_capacity(debug.len());
    let mut at = 0;
    while at < chars.len() {
        let starts_word = at == 0 || !chars[at - 1].is_alphabetic();
        let is_no = chars[at] == 'n'
            && chars.get(at + 1) == Some(&'o')
            && !chars.get(at + 2).is_some_and(|c| c.is_alphabetic());
        if starts_word && is_no {
            out.push('~');
            at += 2;
        } else {
            out.push(chars[at]);
            at += 1;
        }
    }
    out
}

/// The figures of a text: every run with a digit in it, without the punctuation around it.
fn figures_of(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || c == '%' || c == '(' || c == ')')
        .map(|piece| piece.trim_matches(|c: char| !(c.is_alphanumeric() || "$€¥₩".contains(c))))
        .filter(|piece| piece.chars().any(|c| c.is_ascii_digit()))
        .map(str::to_owned)
        .collect()
}

/// The figures of the quote check's own sentences: without the typed text (which each
/// language types its own way) and without the provenance of the figure compared with (the
/// calculator view's words, whose figures its own tests check).
fn view_figures(view: &QuoteView) -> Vec<String> {
    let mut texts = vec![view.label.clone(), view.hint.clone(), view.title.to_owned()];
    texts.extend(view.error.clone());
    texts.extend(view.you_entered.clone());
    if let Some(check) = &view.check {
        texts.extend([
            check.quote.clone(),
            check.headline.clone(),
            check.compared_with_text.clone(),
            check.compared_with.label.clone(),
            check.compared_with.value.clone(),
        ]);
        texts.extend(check.explanation.iter().cloned());
        texts.extend(check.ask.iter().cloned());
    }
    texts.iter().flat_map(|text| figures_of(text)).collect()
}

/// Checks one state: the translated view leaves nothing in English and keeps every figure the
/// English view shows.
fn assert_translated(
    lang: Lang,
    state: &str,
    english: &QuoteView,
    other: &QuoteView,
    book: &PriceBook,
) {
    let (mut english_text, mut other_text) = (format!("{english:?}"), format!("{other:?}"));
    // A clinic's list keeps its own texts as the clinic wrote them (here the published book's
    // English ones) in every language: they are taken out, whole.
    if book.is_clinic_book() {
        for name in book_texts(book) {
            let escaped = format!("{name:?}");
            let inner = &escaped[1..escaped.len() - 1];
            english_text = english_text.replace(inner, " ");
            other_text = other_text.replace(inner, " ");
        }
    }
    assert_no_english(
        lang,
        state,
        &english_text,
        &mask_spanish_no(lang, &other_text),
        book,
    );
    // Compared by their digits: the examples are the one figure each language writes with its
    // own separators ("2500.00", "2,500.00", "2.500,00").
    let digits = |figure: &String| {
        figure
            .chars()
            .filter(char::is_ascii_digit)
            .collect::<String>()
    };
    let other_figures: Vec<String> = view_figures(other).iter().map(digits).collect();
    for figure in view_figures(english) {
        assert!(
            other_figures.contains(&digits(&figure)),
            "{lang:?} view of {state} drops {figure}:\n{other:?}"
        );
    }
}

/// How many states a walk checked, and which headlines it reached.
#[derive(Default)]
struct Walk {
    states: usize,
    headlines: Vec<String>,
}

/// Every page state of `book`, with a quote at every position and with no range where the
/// book has none, in every translated language.
fn walk_positions(book: &PriceBook, walk: &mut Walk) {
    let currency = book.currency();
    let money = PlainFormatter::new(currency);
    for estimate in estimates(book) {
        let mut quotes = quotes_at_every_position(&estimate);
        if estimate.total.range.is_none() {
            quotes.push((QuotePosition::Within, 250_000));
        }
        for (expected, quote) in quotes {
            let english = quote_view(
                &typed(quote, currency, Lang::En),
                &estimate,
                &money,
                Lang::En,
            );
            let state = format!(
                "{} · {} · {} sessions, {currency} {quote} ({expected:?})",
                estimate.method.id, estimate.tier.id, estimate.sessions
            );
            let Some(check) = &english.check else {
                panic!("{state}: no check for a valid quote");
            };
            assert_eq!(
                check.position,
                estimate.total.range.map(|_| expected),
                "{state}"
            );
            for lang in TRANSLATED {
                let other = quote_view(&typed(quote, currency, lang), &estimate, &money, lang);
                assert_eq!(
                    other.check.as_ref().map(|check| check.position),
                    Some(check.position),
                    "{state}: {lang:?} reads the typed quote differently"
                );
                assert_translated(lang, &state, &english, &other, book);
                if let Some(other_check) = &other.check {
                    if !walk.headlines.contains(&other_check.headline) {
                        walk.headlines.push(other_check.headline.clone());
                    }
                }
                walk.states += 1;
            }
        }
    }
}

#[test]
fn every_position_of_every_page_state_is_translated() {
    let mut walk = Walk::default();
    for book in [
        PriceBook::published(),
        book_in("JPY", true),
        book_in("KRW", false),
    ] {
        walk_positions(&book, &mut walk);
    }
    // Every headline of every range's name is reached, in both languages: the five positions
    // against each of the six names, and the two with no range.
    for lang in TRANSLATED {
        let words = quote_words(lang);
        let mut expected = vec![
            words.no_listed_price.to_owned(),
            words.no_published_range.to_owned(),
        ];
        for target in [
            words.range_published,
            words.range_clinic,
            words.range_tier,
            words.range_tier_clinic,
        ] {
            for headline in [
                words.far_below,
                words.below,
                words.within,
                words.above,
                words.far_above,
            ] {
                expected.push(headline(target));
            }
        }
        for headline in expected {
            assert!(
                walk.headlines.contains(&headline),
                "{lang:?}: “{headline}” never reached"
            );
        }
    }
    assert!(walk.states > 2_000, "only {} states walked", walk.states);
}

/// Typed text for every error: (what it is, the text). The same text is typed in every
/// language, as a person would paste it.
fn bad_inputs(currency: &str) -> Vec<(&'static str, String)> {
    let minor = minor_per_major(currency).ilog10() as usize;
    let too_many_decimals = if minor == 0 {
        // Any decimals are too many where the currency has none.
        "2500.50".to_owned()
    } else {
        format!("2500.{}", "5".repeat(minor - 1))
    };
    let other_symbol = if currency == "JPY" {
        "₩2500"
    } else {
        "¥2500"
    };
    vec![
        ("not a number", "abc".to_owned()),
        ("not a number, with a unit", "2500k".to_owned()),
        ("negative", "-2500".to_owned()),
        ("zero", "0".to_owned()),
        ("too many digits after the separator", too_many_decimals),
        ("above the cap", "99999999999".to_owned()),
        ("another currency's code", "2500 EUR".to_owned()),
        ("another currency's symbol", other_symbol.to_owned()),
    ]
}

#[test]
fn every_error_of_every_page_state_is_translated() {
    let mut states = 0;
    for book in [
        PriceBook::published(),
        book_in("JPY", true),
        book_in("KRW", false),
    ] {
        let currency = book.currency();
        let money = PlainFormatter::new(currency);
        for estimate in estimates(&book) {
            for (what, text) in bad_inputs(currency) {
                let state = format!(
                    "{} · {} · {} sessions, {currency}, {what}: {text}",
                    estimate.method.id, estimate.tier.id, estimate.sessions
                );
                let english = quote_view(&text, &estimate, &money, Lang::En);
                assert!(english.error.is_some(), "{state}: no error");
                for lang in TRANSLATED {
                    let other = quote_view(&text, &estimate, &money, lang);
                    assert!(other.check.is_none(), "{state}");
                    assert_translated(lang, &state, &english, &other, &book);
                    states += 1;
                }
            }
        }
    }
    assert!(states > 1_000, "only {states} states walked");
}

/// Every message of every error, for dollars, euros, the two currencies without a minor unit
/// and one with three decimals: translated, with the typed text in the language's quotation
/// marks, and with the largest amount where the message names it.
#[test]
fn every_error_message_is_translated_for_every_currency() {
    for currency in ["USD", "EUR", "JPY", "KRW", "KWD"] {
        let money = PlainFormatter::new(currency);
        let errors = [
            QuoteError::Empty,
            QuoteError::NotANumber("abc".into()),
            QuoteError::Negative("-1".into()),
            QuoteError::Zero("0".into()),
            QuoteError::TooLarge("99999999999".into()),
            QuoteError::MinorDigits {
                text: "1.5".into(),
                found: 1,
            },
            QuoteError::MinorDigits {
                text: "1.5555".into(),
                found: 4,
            },
            QuoteError::OtherCurrency {
                text: "€1".into(),
                found: "EUR".into(),
            },
        ];
        let mut errors = errors.to_vec();
        errors.extend(parse_quote("¥1", currency).err());
        errors.extend(parse_quote("₩1", currency).err());
        let book = PriceBook::published();
        for error in errors {
            let english = error.message(currency, &money, Lang::En);
            for lang in TRANSLATED {
                let message = error.message(currency, &money, lang);
                let state = format!("{currency} {error:?}");
                assert_no_english(
                    lang,
                    &state,
                    &format!("{english:?}"),
                    &mask_spanish_no(lang, &format!("{message:?}")),
                    &book,
                );
                assert_ne!(message, english, "{state}");
                for figure in figures_of(&english) {
                    // The example amount is the one figure each language writes its own way;
                    // `examples_read_back_as_the_amount_they_show` checks it.
                    let example = (quote_words(Lang::En).example_amount)(
                        minor_per_major(currency).ilog10() as usize,
                    );
                    if figure != example {
                        assert!(message.contains(&figure), "{state}: {figure} in {message}");
                    }
                }
                let (open, close) = if lang == Lang::De {
                    ('„', '“')
                } else {
                    ('“', '”')
                };
                if let QuoteError::NotANumber(text) = &error {
                    assert!(
                        message.contains(&format!("{open}{text}{close}")),
                        "{message}"
                    );
                }
                if let QuoteError::TooLarge(_) = &error {
                    assert!(message.contains(&money.format(MAX_AMOUNT_MINOR)));
                }
                if let QuoteError::OtherCurrency { found, .. } = &error {
                    if found.contains(' ') {
                        assert!(!message.contains(" or "), "{message}");
                    }
                }
            }
        }
    }
}

/// An example in a message is only a help if the field accepts it, as the amount it shows.
#[test]
fn examples_read_back_as_the_amount_they_show() {
    for &lang in Lang::BUILT {
        let words = quote_words(lang);
        for currency in ["USD", "EUR", "JPY", "KRW", "KWD"] {
            let unit = minor_per_major(currency);
            let digits = unit.ilog10() as usize;
            let example = (words.example_amount)(digits);
            let expected = if digits == 0 { 250_000 } else { 2_500 * unit };
            assert_eq!(
                parse_quote(&example, currency),
                Ok(expected),
                "{lang:?} example {example} in {currency}"
            );
            let message = QuoteError::Empty.message(currency, &PlainFormatter::new(currency), lang);
            assert!(message.contains(&example), "{message}");
        }
    }
    assert_eq!((quote_words(Lang::Es).example_amount)(2), "2,500.00");
    assert_eq!((quote_words(Lang::De).example_amount)(2), "2.500,00");
    assert_eq!((quote_words(Lang::De).example_amount)(0), "250.000");
}

/// Every function of the part, called with distinctive arguments: (its name, the sentence,
/// the arguments the sentence must show).
fn sentences(words: &QuoteWords) -> Vec<(&'static str, String, Vec<&'static str>)> {
    const TEXT: &str = "«TEXT»";
    const EXAMPLE: &str = "«EXAMPLE»";
    const CURRENCY: &str = "«CUR»";
    const QUOTE: &str = "«QUOTE»";
    const AMOUNT: &str = "«AMOUNT»";
    const TARGET: &str = "«TARGET»";
    const RANGE: &str = "«RANGE»";
    // A badge in small letters: English lowers the whole badge, Spanish its first letter.
    const BADGE: &str = "«badge»";
    let mut all = vec![
        (
            "hint",
            (words.hint)(7_777, CURRENCY),
            vec!["7777", CURRENCY],
        ),
        ("you_entered", (words.you_entered)(QUOTE), vec![QUOTE]),
        ("empty", (words.empty)(EXAMPLE), vec![EXAMPLE]),
        (
            "not_a_number",
            (words.not_a_number)(TEXT, EXAMPLE),
            vec![TEXT, EXAMPLE],
        ),
        (
            "negative",
            (words.negative)(TEXT, EXAMPLE),
            vec![TEXT, EXAMPLE],
        ),
        ("zero", (words.zero)(TEXT), vec![TEXT]),
        (
            "too_large",
            (words.too_large)(TEXT, "«MAX»"),
            vec![TEXT, "«MAX»"],
        ),
        (
            "no_minor_digits",
            (words.no_minor_digits)(TEXT, CURRENCY, EXAMPLE),
            vec![TEXT, CURRENCY, EXAMPLE],
        ),
        (
            "minor_digits",
            (words.minor_digits)(TEXT, 7_777, CURRENCY, 8_888),
            vec![TEXT, "7777", CURRENCY, "8888"],
        ),
        (
            "other_currency",
            (words.other_currency)(TEXT, "«FOUND»", CURRENCY),
            vec![TEXT, "«FOUND»", CURRENCY],
        ),
        (
            "far_below_by",
            (words.far_below_by)(QUOTE, AMOUNT, TARGET, 9_999),
            vec![QUOTE, AMOUNT, TARGET, "9999"],
        ),
        (
            "below_by",
            (words.below_by)(QUOTE, AMOUNT, TARGET),
            vec![QUOTE, AMOUNT, TARGET],
        ),
        (
            "within_range",
            (words.within_range)(QUOTE, TARGET),
            vec![QUOTE, TARGET],
        ),
        (
            "above_by",
            (words.above_by)(QUOTE, AMOUNT, TARGET),
            vec![QUOTE, AMOUNT, TARGET],
        ),
        (
            "far_above_by",
            (words.far_above_by)(QUOTE, AMOUNT, TARGET, 9_999),
            vec![QUOTE, AMOUNT, TARGET, "9999"],
        ),
        (
            "against_whole",
            (words.against_whole)("«WHAT»", RANGE, QUOTE, "«POSITION»"),
            vec!["«WHAT»", RANGE, QUOTE, "«POSITION»"],
        ),
        (
            "per_session_instead",
            (words.per_session_instead)(7_777, RANGE),
            vec!["7777", RANGE],
        ),
        (
            "no_listed_reason",
            (words.no_listed_reason)(QUOTE),
            vec![QUOTE],
        ),
        (
            "no_published_reason",
            (words.no_published_reason)(QUOTE),
            vec![QUOTE],
        ),
        (
            "compared_with",
            (words.compared_with)("«VALUE»", "«LABEL»", BADGE),
            vec!["«VALUE»", "«LABEL»", BADGE],
        ),
    ];
    for (name, headline) in [
        ("far_below", words.far_below),
        ("below", words.below),
        ("within", words.within),
        ("above", words.above),
        ("far_above", words.far_above),
    ] {
        all.push((name, headline(TARGET), vec![TARGET]));
    }
    all
}

/// Each function of the part in every language: every argument is in the sentence, and a
/// translated sentence is not the English one.
#[test]
fn every_function_keeps_the_figures_it_is_given() {
    let english = sentences(quote_words(Lang::En));
    for &lang in Lang::BUILT {
        for ((name, sentence, arguments), (_, english, _)) in
            sentences(quote_words(lang)).iter().zip(&english)
        {
            assert!(!sentence.trim().is_empty(), "{lang:?} {name} is empty");
            for argument in arguments {
                assert!(
                    sentence.contains(argument),
                    "{lang:?} {name} drops {argument}: {sentence}"
                );
            }
            if lang != Lang::En {
                assert_ne!(sentence, english, "{lang:?} {name} is the English sentence");
            }
        }
    }
}

/// The fixed texts of the part differ from English in each translated language.
#[test]
fn every_fixed_text_is_translated() {
    let fixed = |words: &QuoteWords| {
        vec![
            words.title,
            words.label,
            words.or,
            words.range_published,
            words.range_clinic,
            words.range_tier,
            words.range_tier_clinic,
            words.range_derived,
            words.range_derived_clinic,
            words.far_below_means,
            words.below_means,
            words.within_means,
            words.above_means,
            words.far_above_means,
            words.against_far_below,
            words.against_below,
            words.against_within,
            words.against_above,
            words.against_far_above,
            words.no_listed_price,
            words.no_published_range,
            words.only_numbers,
            words.ask_characterisation,
            words.ask_cell_line,
            words.ask_included,
            words.ask_itemised,
            words.ask_outcomes,
            words.ask_four,
        ]
    };
    let english = fixed(quote_words(Lang::En));
    for lang in TRANSLATED {
        for (text, english) in fixed(quote_words(lang)).iter().zip(&english) {
            assert!(!text.trim().is_empty());
            assert_ne!(text, english, "{lang:?}");
        }
    }
}

/// One and many, in each language: sessions in the hint and the per-session line, digits in
/// the decimals message.
#[test]
fn counts_agree_with_their_nouns() {
    let es = quote_words(Lang::Es);
    let de = quote_words(Lang::De);
    let en = quote_words(Lang::En);
    assert!((en.hint)(1, "USD").contains("(1 session)"));
    assert!((en.hint)(3, "USD").contains("(3 sessions)"));
    assert!((es.hint)(1, "USD").contains("(1 sesión)"));
    assert!((es.hint)(3, "USD").contains("(3 sesiones)"));
    assert!((de.hint)(1, "USD").contains("(1 Sitzung)"));
    assert!((de.hint)(3, "USD").contains("(3 Sitzungen)"));

    let one = |words: &QuoteWords| (words.minor_digits)("1.5", 1, "USD", 2);
    let many = |words: &QuoteWords| (words.minor_digits)("1.5555", 4, "KWD", 3);
    let single_place = |words: &QuoteWords| (words.minor_digits)("1.55", 2, "XYZ", 1);
    assert!(one(en).contains("1 digit after"));
    assert!(many(en).contains("4 digits after"));
    assert!(one(es).contains("1 cifra después"), "{}", one(es));
    assert!(many(es).contains("4 cifras después"), "{}", many(es));
    assert!(one(es).contains("llevan 2 decimales"), "{}", one(es));
    assert!(
        single_place(es).contains("llevan 1 decimal."),
        "{}",
        single_place(es)
    );
    assert!(one(de).contains("1 Ziffer nach"), "{}", one(de));
    assert!(many(de).contains("4 Ziffern nach"), "{}", many(de));
    assert!(one(de).contains("haben 2 Nachkommastellen"), "{}", one(de));
    assert!(
        single_place(de).contains("haben 1 Nachkommastelle."),
        "{}",
        single_place(de)
    );

    assert!((es.per_session_instead)(3, "R").contains("las 3 sesiones"));
    assert!((es.per_session_instead)(1, "R").contains("1 sesión."));
    assert!((de.per_session_instead)(3, "R").contains("alle 3 Sitzungen"));
    assert!((de.per_session_instead)(1, "R").contains("1 Sitzung."));
}

/// The sentences around the range compared with: Spanish lowers only the badge's first letter,
/// German keeps the badge's capitals (its nouns), English lowers it as before.
#[test]
fn the_badge_keeps_the_case_its_language_needs() {
    let badge = "Aus der veröffentlichten Quelle";
    assert!((quote_words(Lang::De).compared_with)("V", "L", badge).contains(badge));
    assert!(
        (quote_words(Lang::Es).compared_with)("V", "L", "De la Fuente X")
            .contains(", de la Fuente X.")
    );
    assert_eq!(
        (quote_words(Lang::En).compared_with)("$1", "Total", "From the published source"),
        "Compared with: $1 (Total), from the published source."
    );
}

/// A symbol that several currencies write is named with the reader's own "or".
#[test]
fn a_shared_symbol_names_its_currencies_with_the_readers_or() {
    let money = PlainFormatter::new("USD");
    let Err(error) = parse_quote("¥2500", "USD") else {
        panic!("¥ is not read as dollars");
    };
    assert!(error
        .message("USD", &money, Lang::En)
        .contains("in JPY or CNY,"));
    assert!(error
        .message("USD", &money, Lang::Es)
        .contains("en JPY o CNY,"));
    assert!(error
        .message("USD", &money, Lang::De)
        .contains("in JPY oder CNY aus"));
}
