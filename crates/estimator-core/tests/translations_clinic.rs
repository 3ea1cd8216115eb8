//! The clinic part's words in every language: each message keeps every figure and name it is
//! given, agrees with its counts, and no Spanish or German financing section, booking button or
//! widget line is left in English, for the example clinics' configurations (the repository's
//! example files and the configurations written into its example pages) in every state.
#![cfg(feature = "clinic")]

mod words_check;

use estimator_core::booking::{booking_view, Booking, BookingView};
use estimator_core::calendar::{Date, DateFormat};
use estimator_core::clinic_config::ClinicConfig;
use estimator_core::financing::{
    financing_view, format_apr, parse_apr, parse_months, FinancingAction, MAX_MONTHS, MIN_MONTHS,
};
use estimator_core::planner::{DateMode, PlannerAction, PlannerInput};
use estimator_core::widget_view::{widget_view, Supplier};
use estimator_core::words::clinic::{CurrencyUnit, PlanSummary};
use estimator_core::words::{words, Words};
use estimator_core::{Lang, PlainFormatter, PriceBook, RawInput};
use serde_json::{json, Value};
use words_check::{assert_no_english, page_states, TRANSLATED};

// ----- The example configurations -----

const EXAMPLE_CONFIG: &str = include_str!("../data/example-clinic-config.json");
const SEOUL_CONFIG: &str = include_str!("../../../examples/seoul-clinic.json");
/// The example pages, whose configurations are written inside them as JSON.
const EXAMPLE_PAGES: [(&str, &str); 3] = [
    ("clinic.html", include_str!("../../../examples/clinic.html")),
    (
        "financing.html",
        include_str!("../../../examples/financing.html"),
    ),
    (
        "misconfigured.html",
        include_str!("../../../examples/misconfigured.html"),
    ),
];

/// Every `<script type="application/json">` block of a page.
fn inline_configs(page: &str) -> Vec<String> {
    const OPEN: &str = "<script type=\"application/json\">";
    page.split(OPEN)
        .skip(1)
        .filter_map(|rest| {
            rest.split_once("</script>")
                .map(|(json, _)| json.to_owned())
        })
        .collect()
}

/// The example configurations with a name for the failure messages: the example files, every
/// usable configuration of the example pages (the misconfigured page's is broken on purpose),
/// and variants of the example that reach what none of them has: a phone booking, a booking page
/// whose address uses none of the plan, plans with one-month terms and promotions, a 0% plan,
/// and plans beside the published figures.
fn configs() -> Vec<(String, ClinicConfig)> {
    let mut found = Vec::new();
    for (name, text) in [
        ("data/example-clinic-config.json", EXAMPLE_CONFIG),
        ("examples/seoul-clinic.json", SEOUL_CONFIG),
    ] {
        let config = ClinicConfig::from_json(text)
            .unwrap_or_else(|problems| panic!("{name} is not valid: {problems:?}"));
        found.push((name.to_owned(), config));
    }
    for (page, text) in EXAMPLE_PAGES {
        for (index, json) in inline_configs(text).iter().enumerate() {
            if let Ok(config) = ClinicConfig::from_json(json) {
                found.push((format!("examples/{page} #{index}"), config));
            }
        }
    }
    let with_plans = found
        .iter()
        .filter(|(_, config)| !config.financing().is_empty())
        .count();
    let with_booking = found
        .iter()
        .filter(|(_, config)| config.booking().is_some())
        .count();
    assert!(
        with_plans >= 1 && with_booking >= 2,
        "the example pages' financing plans and booking were not found"
    );
    let example: Value = serde_json::from_str(EXAMPLE_CONFIG).expect("the example is JSON");
    let plans = json!([
        {"name": "Ratenkauf 1", "provider": "Beispielbank", "apr_percent": 0, "months": 1,
         "as_of": "1. März 2026"},
        {"name": "Aktion 13", "apr_percent": 19.9, "months": 13, "deferred_interest_months": 1,
         "as_of": "1. März 2026"},
    ]);
    let variants = [
        ("phone booking, one-month plans", {
            let mut config = example.clone();
            config["booking"] = json!({"phone": "+49 30 1234 5678"});
            config["financing"] = plans.clone();
            config
        }),
        ("a booking page without placeholders", {
            let mut config = example.clone();
            config["booking"] =
                json!({"url_template": "https://hautzentrum-stadtpark.example/termin"});
            config
        }),
        ("the published figures with plans and an email", {
            json!({
                "clinic": {"name": "Example Skin Clinic"},
                "financing": plans,
                "booking": {"email": "desk@clinic.example"}
            })
        }),
    ];
    for (name, value) in variants {
        let config = ClinicConfig::from_value(&value)
            .unwrap_or_else(|problems| panic!("{name} is not valid: {problems:?}"));
        found.push((name.to_owned(), config));
    }
    found.push(("published".to_owned(), ClinicConfig::published()));
    found
}

// ----- What stays as written -----

/// The clinic's own words, collected from its configuration, which stay as the clinic wrote
/// them in every language: its name, phone and addresses, its plans' names, providers and
/// dates, its booking address, and its own book's name, dates, sources, methods and tiers.
fn clinic_words(config: &ClinicConfig) -> Vec<String> {
    let mut names = words_check::allowed_names(config.book());
    if let Some(clinic) = config.clinic() {
        names.push(clinic.name.clone());
        names.extend(clinic.phone.clone());
        names.extend(clinic.booking_url.clone());
    }
    for plan in config.financing() {
        names.push(plan.name.clone());
        names.extend(plan.provider.clone());
        names.push(plan.as_of.clone());
    }
    match config.booking() {
        Some(Booking::Page { template }) => names.push(template.clone()),
        Some(Booking::Email { address }) => names.push(address.clone()),
        Some(Booking::Phone { number }) => names.push(number.clone()),
        None => {}
    }
    if *config.book() != PriceBook::published() {
        names.push(config.book().name().to_owned());
        names.extend(config.book().as_of().map(str::to_owned));
        names.extend(words_check::book_texts(config.book()));
    }
    longest_first(names)
}

/// The ids a booking link sends, quoted in what the button says it sends: they are sent as
/// they are, whatever the language (`not-sure` is an id, not English words).
fn sent_ids(book: &PriceBook) -> Vec<String> {
    let methods = book.methods().iter().map(|method| method.id.clone());
    let tiers = book.tiers().iter().map(|tier| tier.id.clone());
    methods.chain(tiers).collect()
}

fn longest_first(mut names: Vec<String>) -> Vec<String> {
    names.sort_by_key(|name| std::cmp::Reverse(name.len()));
    names.dedup();
    names
}

/// Spanish says "no" where English says "not", and the shared check counts the English "no"
/// as a sign of English. So a Spanish text is checked with each whole word "no" written
/// "No", which is no marker; the English view is changed the same way, so a Spanish text left
/// word for word as the English one is still found.
fn spanish_no_set_apart(lang: Lang, debug: &str) -> String {
    if lang != Lang::Es {
        return debug.to_owned();
    }
    let is_word_char = |c: char| c.is_alphabetic() || c == '\'';
    let chars: Vec<char> = debug.chars().collect();
    let mut out = String::with_capacity(debug.len());
    let mut index = 0;
    while index < chars.len() {
        let starts_word = index == 0 || !is_word_char(chars[index - 1]);
        let ends_after_two = chars.get(index + 2).is_none_or(|&c| !is_word_char(c));
        if starts_word
            && chars[index] == 'n'
            && chars.get(index + 1) == Some(&'o')
            && ends_after_two
        {
            out.push_str("No");
            index += 2;
        } else {
            out.push(chars[index]);
            index += 1;
        }
    }
    out
}

/// Asserts that the `lang` rendering leaves nothing in English but `allowed` (with the
/// published book's citations the shared check allows itself).
fn assert_translated(lang: Lang, state: &str, english: &str, other: &str, allowed: &[String]) {
    let mut english = spanish_no_set_apart(lang, english);
    let mut other = spanish_no_set_apart(lang, other);
    // The shared check allows the published book's citations; the clinic's own words are
    // taken out here, longest first, so that a name is removed whole.
    for name in allowed {
        if !name.is_empty() {
            let escaped = format!("{name:?}");
            let inner = &escaped[1..escaped.len() - 1];
            english = english.replace(inner, " ");
            other = other.replace(inner, " ");
        }
    }
    assert_no_english(lang, state, &english, &other, &PriceBook::published());
}

// ----- The states -----

/// A date format without words, so that the check is about the views' own words.
struct IsoDates;

impl DateFormat for IsoDates {
    fn format(&self, date: Date) -> String {
        date.to_iso()
    }
}

/// Every state of the calculator on the book, and one with a session count that is not valid.
fn calculator_states(book: &PriceBook) -> Vec<RawInput> {
    let mut states = page_states(book);
    let mut invalid = RawInput::initial(book);
    invalid.sessions = "three".to_owned();
    states.push(invalid);
    states
}

fn planner_for(book: &PriceBook, raw: &RawInput) -> PlannerInput {
    let mut input = PlannerInput::initial(book);
    input.scenarios = vec![raw.clone()];
    input.active = 0;
    input
}

/// The financing choices: each plan, a plan number the list does not have, and the typed rate
/// and term empty, valid (one month and many, 0% and not) and invalid in every way each field
/// can be.
fn financing_choices(plans: usize) -> Vec<(String, Vec<FinancingAction>)> {
    let typed = |apr: &str, months: &str| {
        (
            format!("typed APR {apr:?}, term {months:?}"),
            vec![
                FinancingAction::Choose("typed".to_owned()),
                FinancingAction::TypeApr(apr.to_owned()),
                FinancingAction::TypeMonths(months.to_owned()),
            ],
        )
    };
    let mut choices = vec![
        typed("", ""),
        typed("12", "24"),
        typed("9,99", "1"),
        typed("0", "7"),
        typed("", "12"),
        typed("12", ""),
        typed("abc", "12"),
        typed("-5", "12"),
        typed("1000", "12"),
        typed("9.999", "12"),
        typed("12", "0"),
        typed("12", "121"),
        typed("12", "2.5"),
        typed("12", "twelve"),
        typed("12", "-3"),
        (
            "a plan the list lacks".to_owned(),
            vec![FinancingAction::Choose("plan-99".to_owned())],
        ),
    ];
    choices.extend((0..plans).map(|index| {
        (
            format!("plan {index}"),
            vec![FinancingAction::Choose(format!("plan-{index}"))],
        )
    }));
    choices
}

/// The date choices that change what a booking sends: none, a start date, a start date that is
/// not a date, and a ready-by date (which is never sent).
fn date_choices() -> Vec<(&'static str, DateMode, &'static str)> {
    vec![
        ("undated", DateMode::Undated, ""),
        ("start date", DateMode::Start, "2026-03-02"),
        ("start date not a date", DateMode::Start, "2026-13-45"),
        ("ready by", DateMode::ReadyBy, "2026-09-01"),
    ]
}

/// `%XX` back to the characters, for the email a `mailto:` link writes.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let hex = bytes
            .get(index + 1..index + 3)
            .and_then(|pair| std::str::from_utf8(pair).ok())
            .and_then(|pair| u8::from_str_radix(pair, 16).ok());
        match (bytes[index], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                index += 3;
            }
            (byte, _) => {
                out.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// What a person reads of a booking button: its words, and the email a `mailto:` link opens
/// (its subject and body, decoded). Other addresses are left out: a booking page's address is
/// the clinic's template with the plan's values, a `tel:` link a number.
fn readable(view: &BookingView) -> (BookingView, Option<String>) {
    let email = view
        .href
        .as_deref()
        .and_then(|href| href.strip_prefix("mailto:"))
        .and_then(|mailto| mailto.split_once('?'))
        .map(|(_, fields)| percent_decode(fields));
    let mut words = view.clone();
    words.href = None;
    (words, email)
}

// ----- Every message, with sentinel arguments -----

const NAME: &str = "«NAME»";
const OTHER: &str = "«OTHER»";
const TEXT: &str = "«TEXT»";
const FIGURE: &str = "«FIGURE»";
const N: u32 = 7_777;
const M: u32 = 8_888;
const K: u32 = 9_999;

/// Every `fn` field of the part called with distinctive arguments, with the arguments it must
/// keep.
fn every_message(parts: Words) -> Vec<(&'static str, String, Vec<String>)> {
    let (words, widget) = (parts.clinic, parts.widget);
    let s = |text: &str| text.to_owned();
    let n = |count: u32| count.to_string();
    let units = [
        CurrencyUnit::Cent,
        CurrencyUnit::Whole,
        CurrencyUnit::Thousandth,
    ];
    let mut all = vec![
        ("percent", (words.percent)("7.777"), vec![s("7.777")]),
        (
            "plan_option",
            (words.plan_option)(NAME, TEXT),
            vec![s(NAME), s(TEXT)],
        ),
        (
            "terms_line",
            (words.terms_line)(FIGURE, N, Some(M)),
            vec![s(FIGURE), n(N), n(M)],
        ),
        (
            "terms_line without promotion",
            (words.terms_line)(FIGURE, N, None),
            vec![s(FIGURE), n(N)],
        ),
        (
            "plan_citation",
            (words.plan_citation)(Some(NAME), OTHER, Some(TEXT), FIGURE),
            vec![s(NAME), s(OTHER), s(TEXT), s(FIGURE)],
        ),
        (
            "plan_citation without clinic or provider",
            (words.plan_citation)(None, OTHER, None, FIGURE),
            vec![s(OTHER), s(FIGURE)],
        ),
        ("months_hint", (words.months_hint)(N, M), vec![n(N), n(M)]),
        ("apr_negative", (words.apr_negative)(TEXT), vec![s(TEXT)]),
        ("apr_above_max", (words.apr_above_max)(TEXT), vec![s(TEXT)]),
        (
            "apr_too_precise",
            (words.apr_too_precise)(TEXT),
            vec![s(TEXT)],
        ),
        (
            "apr_not_a_rate",
            (words.apr_not_a_rate)(TEXT),
            vec![s(TEXT)],
        ),
        ("months_empty", (words.months_empty)(N, M), vec![n(N), n(M)]),
        (
            "months_negative",
            (words.months_negative)(TEXT, N, M),
            vec![s(TEXT), n(N), n(M)],
        ),
        (
            "months_not_whole",
            (words.months_not_whole)(TEXT, N, M),
            vec![s(TEXT), n(N), n(M)],
        ),
        (
            "months_too_short",
            (words.months_too_short)(TEXT, N, M),
            vec![s(TEXT), n(N), n(M)],
        ),
        (
            "months_too_long",
            (words.months_too_long)(TEXT, M),
            vec![s(TEXT), n(M)],
        ),
        (
            "months_not_a_number",
            (words.months_not_a_number)(TEXT, N, M),
            vec![s(TEXT), n(N), n(M)],
        ),
        (
            "rate_standard",
            (words.rate_standard)(FIGURE),
            vec![s(FIGURE)],
        ),
        (
            "rate_deferred",
            (words.rate_deferred)(N, FIGURE),
            vec![n(N), s(FIGURE)],
        ),
        (
            "caption_standard",
            (words.caption_standard)(N, FIGURE),
            vec![n(N), s(FIGURE)],
        ),
        ("caption_deferred", (words.caption_deferred)(N), vec![n(N)]),
        (
            "if_not_cleared",
            (words.if_not_cleared)(N, TEXT, OTHER, FIGURE),
            vec![n(N), s(TEXT), s(OTHER), s(FIGURE)],
        ),
        (
            "deferred_assumption",
            (words.deferred_assumption)(N, FIGURE),
            vec![n(N), s(FIGURE)],
        ),
        ("monthly", (words.monthly)(FIGURE), vec![s(FIGURE)]),
        (
            "disclosure",
            (words.disclosure)(TEXT, N, M, Some(OTHER), FIGURE),
            vec![s(TEXT), n(N), n(M), s(OTHER), s(FIGURE)],
        ),
        (
            "disclosure without a last payment",
            (words.disclosure)(TEXT, N, M, None, FIGURE),
            vec![s(TEXT), n(N), n(M), s(FIGURE)],
        ),
        (
            "call_label",
            (words.call_label)(NAME, FIGURE),
            vec![s(NAME), s(FIGURE)],
        ),
        ("page_label", (words.page_label)(NAME), vec![s(NAME)]),
        (
            "page_sends_nothing",
            (words.page_sends_nothing)(NAME),
            vec![s(NAME)],
        ),
        (
            "page_sends",
            (words.page_sends)(NAME, &[s(TEXT), s(OTHER)]),
            vec![s(NAME), s(TEXT), s(OTHER)],
        ),
        ("sent_method", (words.sent_method)(TEXT), vec![s(TEXT)]),
        ("sent_tier", (words.sent_tier)(TEXT), vec![s(TEXT)]),
        ("sent_sessions", (words.sent_sessions)(TEXT), vec![s(TEXT)]),
        (
            "sent_start_date",
            (words.sent_start_date)(TEXT),
            vec![s(TEXT)],
        ),
        ("email_label", (words.email_label)(NAME), vec![s(NAME)]),
        (
            "email_body",
            (words.email_body)(&PlanSummary {
                clinic: NAME,
                method: TEXT,
                tier: OTHER,
                sessions: N,
                first_session: Some(FIGURE),
                total: Some("«TOTAL»"),
                clinic_prices: true,
            }),
            vec![s(NAME), s(TEXT), s(OTHER), n(N), s(FIGURE), s("«TOTAL»")],
        ),
        (
            "email_body without a date or a total",
            (words.email_body)(&PlanSummary {
                clinic: NAME,
                method: TEXT,
                tier: OTHER,
                sessions: K,
                first_session: None,
                total: None,
                clinic_prices: false,
            }),
            vec![s(NAME), s(TEXT), s(OTHER), n(K)],
        ),
        ("email_sends", (words.email_sends)(TEXT), vec![s(TEXT)]),
        ("book_with", (widget.book_with)(NAME), vec![s(NAME)]),
        ("call_number", (widget.call_number)(FIGURE), vec![s(FIGURE)]),
        ("cta_lead", (widget.cta_lead)(NAME), vec![s(NAME)]),
        (
            "supplied_by_origin",
            (widget.supplied_by_origin)(TEXT),
            vec![s(TEXT)],
        ),
    ];
    for unit in units {
        all.push(("rule", (words.rule)(unit), Vec::new()));
    }
    all
}

/// Every fixed text of the part.
fn every_text(parts: Words) -> Vec<(&'static str, &'static str)> {
    let (words, widget) = (parts.clinic, parts.widget);
    vec![
        ("financing_heading", words.financing_heading),
        ("financing_intro", words.financing_intro),
        ("choice_label", words.choice_label),
        ("type_own_choice", words.type_own_choice),
        ("apr_label", words.apr_label),
        ("apr_hint", words.apr_hint),
        ("months_label", words.months_label),
        ("apr_empty", words.apr_empty),
        ("needs_rate_and_term", words.needs_rate_and_term),
        ("needs_correction", words.needs_correction),
        ("needs_sessions", words.needs_sessions),
        ("no_price", words.no_price),
        ("total_label", words.total_label),
        ("interest_label", words.interest_label),
        ("not_an_offer", words.not_an_offer),
        ("low_end", words.low_end),
        ("high_end", words.high_end),
        ("single_end", words.single_end),
        ("nothing_to_repay", words.nothing_to_repay),
        ("booking_unavailable", words.booking_unavailable),
        ("call_sends", words.call_sends),
        ("sent_no_start_date", words.sent_no_start_date),
        ("email_subject", words.email_subject),
        ("widget_title", widget.widget_title),
        ("compact_book", widget.compact_book),
        ("compact_call", widget.compact_call),
        ("privacy", widget.privacy),
        ("supplied_by_framing_page", widget.supplied_by_framing_page),
        ("supplied_by_link", widget.supplied_by_link),
    ]
}

#[test]
fn every_message_keeps_its_figures_and_names_in_every_language() {
    let english = every_message(words(Lang::En));
    for &lang in Lang::BUILT {
        let messages = every_message(words(lang));
        assert_eq!(messages.len(), english.len());
        for ((field, text, kept), (_, english_text, _)) in messages.iter().zip(&english) {
            assert!(!text.trim().is_empty(), "{lang:?} {field} is empty");
            for argument in kept {
                assert!(
                    text.contains(argument.as_str()),
                    "{lang:?} {field} drops {argument}: {text}"
                );
            }
            // A plan's name and its terms are joined by a colon in all three languages.
            if lang != Lang::En && *field != "plan_option" {
                assert_ne!(text, english_text, "{lang:?} {field} is the English");
            }
        }
    }
}

#[test]
fn every_fixed_text_is_written_in_every_language() {
    let english = every_text(words(Lang::En));
    for &lang in Lang::BUILT {
        for ((field, text), (_, english_text)) in every_text(words(lang)).iter().zip(&english) {
            assert!(!text.trim().is_empty(), "{lang:?} {field} is empty");
            if lang != Lang::En {
                assert_ne!(text, english_text, "{lang:?} {field} is the English");
            }
        }
    }
    // US Spanish writes a decimal point, as English does; German a decimal comma.
    assert_eq!(words(Lang::Es).clinic.decimal_mark, ".");
    assert_eq!(words(Lang::De).clinic.decimal_mark, ",");
}

// ----- Counts and agreement -----

#[test]
fn months_and_payments_agree_with_their_count() {
    let en = words(Lang::En).clinic;
    let es = words(Lang::Es).clinic;
    let de = words(Lang::De).clinic;
    // One month and many, in a plan's terms (German: the dative after „innerhalb von“).
    assert_eq!(
        (en.terms_line)("5%", 1, Some(1)),
        "5% APR · 1 month · no interest if paid in full within 1 month (deferred interest)"
    );
    assert!((en.terms_line)("5%", 24, Some(12))
        .contains("24 months · no interest if paid in full within 12 months"));
    assert!((es.terms_line)("5 %", 1, Some(1))
        .contains("· 1 mes · sin intereses si se paga en su totalidad dentro de 1 mes"));
    assert!((es.terms_line)("5 %", 24, Some(12))
        .contains("· 24 meses · sin intereses si se paga en su totalidad dentro de 12 meses"));
    assert!((de.terms_line)("5 %", 1, Some(1))
        .contains("· 1 Monat · keine Zinsen bei vollständiger Zahlung innerhalb von 1 Monat "));
    assert!((de.terms_line)("5 %", 24, Some(12)).contains(
        "· 24 Monate · keine Zinsen bei vollständiger Zahlung innerhalb von 12 Monaten "
    ));
    // One payment and many.
    assert!((en.disclosure)("r", 1, 1, None, "t").contains("term 1 month: 1 monthly payment;"));
    assert!((en.disclosure)("r", 3, 3, None, "t").contains("term 3 months: 3 monthly payments;"));
    assert!((es.disclosure)("r", 1, 1, None, "t").contains("plazo de 1 mes: 1 pago mensual;"));
    assert!((es.disclosure)("r", 3, 3, None, "t").contains("plazo de 3 meses: 3 pagos mensuales;"));
    assert!((de.disclosure)("r", 1, 1, None, "t").contains("Laufzeit 1 Monat: 1 Monatsrate;"));
    assert!((de.disclosure)("r", 3, 3, None, "t").contains("Laufzeit 3 Monate: 3 Monatsraten;"));
    // Repaid over one month and many (German: the accusative after „über“).
    assert!((en.caption_standard)(1, "5%").starts_with("Repaid over 1 month at"));
    assert!((es.caption_standard)(1, "5 %").starts_with("Se paga en 1 mes con"));
    assert!((es.caption_standard)(12, "5 %").starts_with("Se paga en 12 meses con"));
    assert!((de.caption_standard)(1, "5 %").starts_with("Rückzahlung über 1 Monat "));
    assert!((de.caption_standard)(12, "5 %").starts_with("Rückzahlung über 12 Monate "));
    // After a promotion of one month and of many.
    assert!((es.if_not_cleared)(1, "i", "a", "r")
        .starts_with("Si todavía se debe algo después de 1 mes,"));
    assert!((de.if_not_cleared)(1, "i", "a", "r").starts_with("Ist nach 1 Monat noch"));
    assert!((de.if_not_cleared)(12, "i", "a", "r").starts_with("Ist nach 12 Monaten noch"));
    // The shortest term, one month.
    assert_eq!(MIN_MONTHS, 1);
    assert!(parse_months("0", Lang::En)
        .unwrap_err()
        .contains("at least 1 month;"));
    assert!(parse_months("0", Lang::Es)
        .unwrap_err()
        .contains("de 1 mes como mínimo"));
    assert!(parse_months("0", Lang::De)
        .unwrap_err()
        .contains("mindestens 1 Monat;"));
    assert!(parse_months("2.5", Lang::De)
        .unwrap_err()
        .contains("von 1 bis 120 Monaten ein"));
    // The longest term's message says "ten years": that is 120 months.
    assert_eq!(MAX_MONTHS, 120);
    assert!(parse_months("121", Lang::De)
        .unwrap_err()
        .contains("länger als 120 Monate (zehn Jahre)"));
}

#[test]
fn typed_text_is_quoted_as_each_language_quotes() {
    assert!(parse_apr("abc", Lang::En)
        .unwrap_err()
        .starts_with("\"abc\" "));
    assert!(parse_apr("abc", Lang::Es)
        .unwrap_err()
        .starts_with("“abc” "));
    assert!(parse_apr("abc", Lang::De)
        .unwrap_err()
        .starts_with("„abc“ "));
    // The typed text is shortened and cleaned before it is quoted back, in every language.
    for &lang in Lang::BUILT {
        let message = parse_months("\u{202e}1234567890123456789012345", lang).unwrap_err();
        assert!(
            !message.contains('\u{202e}') && message.contains('…'),
            "{message}"
        );
    }
}

#[test]
fn an_apr_is_written_with_each_languages_decimal_mark() {
    assert_eq!(format_apr(999, Lang::En), "9.99%");
    assert_eq!(format_apr(1250, Lang::En), "12.5%");
    assert_eq!(format_apr(0, Lang::En), "0%");
    // US Spanish keeps the decimal point; German writes a decimal comma; both put a no-break
    // space before the sign.
    assert_eq!(format_apr(1990, Lang::En), "19.9%");
    assert_eq!(format_apr(1990, Lang::Es), "19.9\u{a0}%");
    assert_eq!(format_apr(1990, Lang::De), "19,9\u{a0}%");
    assert_eq!(format_apr(999, Lang::De), "9,99\u{a0}%");
    assert_eq!(format_apr(1000, Lang::De), "10\u{a0}%");
}

// ----- No English left in any state -----

#[test]
fn the_financing_section_leaves_no_english_in_any_state() {
    let mut views = 0;
    for (name, config) in configs() {
        let clinic = config.clinic().map(|clinic| clinic.name.as_str());
        let money = PlainFormatter::new(config.book().currency());
        let choices = financing_choices(config.financing().len());
        for raw in calculator_states(config.book()) {
            for (choice, actions) in &choices {
                let input = actions
                    .iter()
                    .fold(planner_for(config.book(), &raw), |input, action| {
                        input.apply(PlannerAction::Finance(action.clone()))
                    });
                let view = |lang| {
                    format!(
                        "{:?}",
                        financing_view(
                            config.book(),
                            config.financing(),
                            clinic,
                            &input,
                            &money,
                            lang
                        )
                    )
                };
                let english = view(Lang::En);
                for lang in TRANSLATED {
                    let state = format!("{name}, {raw:?}, {choice}");
                    assert_translated(lang, &state, &english, &view(lang), &clinic_words(&config));
                    views += 1;
                }
            }
        }
    }
    // Seven configurations with plans or without, each with every state of its book.
    assert!(views > 10_000, "only {views} views were checked");
}

#[test]
fn the_booking_button_leaves_no_english_in_any_state() {
    let mut views = 0;
    for (name, config) in configs() {
        let Some(booking) = config.booking() else {
            continue;
        };
        let clinic = config.clinic().map_or("", |clinic| clinic.name.as_str());
        let money = PlainFormatter::new(config.book().currency());
        let mut allowed = clinic_words(&config);
        allowed.extend(sent_ids(config.book()));
        let allowed = longest_first(allowed);
        for raw in calculator_states(config.book()) {
            for (dates, mode, date) in date_choices() {
                let input = planner_for(config.book(), &raw)
                    .apply(PlannerAction::ChooseDateMode(mode))
                    .apply(PlannerAction::TypeDate(date.to_owned()));
                let view = |lang| {
                    let view = booking_view(
                        booking,
                        clinic,
                        config.book(),
                        &input,
                        &money,
                        &IsoDates,
                        lang,
                    );
                    format!("{:?}", readable(&view))
                };
                let english = view(Lang::En);
                for lang in TRANSLATED {
                    let state = format!("{name}, {raw:?}, {dates}");
                    assert_translated(lang, &state, &english, &view(lang), &allowed);
                    views += 1;
                }
            }
        }
    }
    assert!(views > 1_000, "only {views} views were checked");
}

#[test]
fn the_widgets_lines_leave_no_english_for_any_supplier() {
    let suppliers = [
        Supplier::HostPage,
        Supplier::FramingPage {
            origin: Some("https://clinic.example".to_owned()),
        },
        Supplier::FramingPage { origin: None },
        Supplier::Link,
    ];
    for (name, config) in configs() {
        let mut allowed = clinic_words(&config);
        // The framing page's origin is an address, shown as the browser reported it.
        allowed.push("https://clinic.example".to_owned());
        let allowed = longest_first(allowed);
        for supplier in &suppliers {
            let english = format!("{:?}", widget_view(&config, supplier, Lang::En));
            for lang in TRANSLATED {
                let other = format!("{:?}", widget_view(&config, supplier, lang));
                let state = format!("{name}, {supplier:?}");
                assert_translated(lang, &state, &english, &other, &allowed);
            }
        }
    }
}
