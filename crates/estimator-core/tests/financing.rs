//! The financing illustration and the booking action: the arithmetic against values computed
//! independently (a 80-digit decimal closed form and a separate schedule, see the comment on
//! each table), the rate and term fields' messages, the clinic's `financing` and `booking`
//! configuration with its paths, and what the view shows beside every payment.
#![cfg(feature = "clinic")]

use estimator_core::booking::{booking_view, check_template, Booking};
use estimator_core::calendar::PlainDateFormat;
use estimator_core::clinic_config::ClinicConfig;
use estimator_core::financing::{
    amortise, deferred_interest, financing_view, monthly_interest, parse_apr, parse_months,
    FinancingAction, IllustrationView, MAX_APR_HUNDREDTHS, MAX_MONTHS,
};
use estimator_core::planner::{DateMode, PlannerAction, PlannerInput};
use estimator_core::price_book::{PriceBook, MAX_AMOUNT_MINOR};
use estimator_core::Lang;
use estimator_core::{PlainFormatter, Problem};
use serde_json::{json, Value};

mod common;
use common::{assert_only_problem, assert_problem, listing};

const EXAMPLE: &str = include_str!("../data/example-clinic-config.json");

fn example() -> Value {
    serde_json::from_str(EXAMPLE).expect("the example configuration is JSON")
}

fn problems_with(field: &str, value: Value) -> Vec<Problem> {
    let mut config = example();
    config[field] = value;
    match ClinicConfig::from_value(&config) {
        Ok(_) => panic!("a bad {field} was accepted"),
        Err(problems) => problems,
    }
}

fn config_with(field: &str, value: Value) -> ClinicConfig {
    let mut config = example();
    config[field] = value;
    ClinicConfig::from_value(&config)
        .unwrap_or_else(|problems| panic!("refused:\n{}", listing(&problems)))
}

fn plan(apr: Value, months: Value) -> Value {
    json!({"name": "Care plan", "apr_percent": apr, "months": months, "as_of": "March 2026"})
}

// ----- Arithmetic -----

/// Expected figures, in cents. The payments are the closed form `P·r / (1 − (1+r)^−n)`
/// evaluated with 80-digit decimals (Python's `decimal`) and rounded up to the cent; the last
/// payments and totals come from a separate month-by-month schedule in the same program, with
/// each month's interest rounded half up. They are the textbook figures: $10,000 at 12% for a
/// year is $888.49 a month, $5,000 at 6% for three years $152.11.
const AMORTISED: &[(u64, u32, u32, u64, u64, u64)] = &[
    // principal, APR in hundredths, months, payment, last payment, total of payments
    (1_000_000, 1200, 12, 88_849, 88_847, 1_066_186),
    (500_000, 600, 36, 15_211, 15_211, 547_596),
    (200_000, 0, 12, 16_667, 16_663, 200_000),
    (60_000, 999, 1, 60_500, 60_500, 60_500),
    (400_000, 2699, 24, 21_751, 21_724, 521_997),
    (800_000, 490, 120, 8_447, 8_329, 1_013_522),
];

#[test]
fn amortised_payments_match_independently_computed_values() {
    for &(principal, apr, months, payment, last, total) in AMORTISED {
        let repaid = amortise(principal, apr, months);
        let case = format!("{principal} at {apr} for {months}");
        assert_eq!(repaid.payment, payment, "payment of {case}");
        assert_eq!(repaid.last_payment, last, "last payment of {case}");
        assert_eq!(repaid.total, total, "total of {case}");
        assert_eq!(repaid.interest, total - principal, "interest of {case}");
        assert_eq!(repaid.payments, months, "number of payments of {case}");
    }
}

#[test]
fn zero_percent_is_the_total_divided_by_the_months_rounded_up() {
    // $2,000 over 12 months: $166.666… rounds up to $166.67; eleven of those leave $166.63.
    let repaid = amortise(200_000, 0, 12);
    assert_eq!(
        (repaid.payment, repaid.last_payment, repaid.interest),
        (16_667, 16_663, 0)
    );
    // Divisible amounts have no odd last payment.
    let even = amortise(120_000, 0, 12);
    assert_eq!(
        (even.payment, even.last_payment, even.total),
        (10_000, 10_000, 120_000)
    );
}

#[test]
fn one_month_pays_the_amount_and_one_month_of_interest() {
    // $600 at 9.99%: 600 × 0.0999 / 12 = $4.995, which rounds half up to $5.00.
    assert_eq!(monthly_interest(60_000, 999), 500);
    let repaid = amortise(60_000, 999, 1);
    assert_eq!((repaid.payments, repaid.total), (1, 60_500));
}

#[test]
fn interest_rounds_half_up_to_the_cent() {
    // 1 cent at 6% is 0.005 cents a month: rounds to 0. 100 cents at 6% is exactly 0.5: up.
    assert_eq!(monthly_interest(1, 600), 0);
    assert_eq!(monthly_interest(100, 600), 1);
    assert_eq!(monthly_interest(99, 600), 0);
    // $1,500 at 12%: exactly $15.00.
    assert_eq!(monthly_interest(150_000, 1200), 1_500);
}

#[test]
fn deferred_interest_is_charged_on_the_full_amount_from_the_purchase_date() {
    // $3,000 at 26.99% for 12 months: 3000 × 0.2699 = $809.70.
    assert_eq!(deferred_interest(300_000, 2699, 12), 80_970);
    // $4,000 at 26.99% for 6 months: 4000 × 0.2699 / 2 = $539.80.
    assert_eq!(deferred_interest(400_000, 2699, 6), 53_980);
    assert_eq!(deferred_interest(400_000, 0, 6), 0);
}

#[test]
fn the_largest_amounts_do_not_overflow() {
    // Six sessions at the book's largest amount, and far beyond it.
    for principal in [MAX_AMOUNT_MINOR * 6, u64::MAX / 2, u64::MAX] {
        let repaid = amortise(principal, MAX_APR_HUNDREDTHS, MAX_MONTHS);
        assert!(repaid.total >= principal);
        assert!(repaid.payments >= 1 && repaid.payments <= MAX_MONTHS);
        let _ = deferred_interest(principal, MAX_APR_HUNDREDTHS, MAX_MONTHS);
    }
    let zero = amortise(0, 999, 12);
    assert_eq!((zero.payments, zero.total), (0, 0));
}

// ----- Typed fields -----

#[test]
fn bad_rates_and_terms_get_specific_messages() {
    let apr = |text: &str| parse_apr(text, Lang::En).unwrap_err();
    assert!(
        apr("abc").contains("\"abc\" is not a rate"),
        "{}",
        apr("abc")
    );
    assert!(apr("-5").contains("is negative"), "{}", apr("-5"));
    assert!(apr("1000").contains("above 100%"), "{}", apr("1000"));
    assert!(apr("9.999").contains("more than two decimals"));
    assert!(apr("").contains("Type the APR"));
    let months = |text: &str| parse_months(text, Lang::En).unwrap_err();
    assert!(months("0").contains("at least 1 month"), "{}", months("0"));
    assert!(months("121").contains("longer than 120 months"));
    assert!(months("2.5").contains("not a whole number"));
    assert!(months("abc").contains("not a number of months"));
    assert!(months("-3").contains("negative"));
    assert_eq!(parse_months("24", Lang::En), Ok(24));
    assert_eq!(parse_months(" 120 ", Lang::En), Ok(120));
}

// ----- Configuration -----

#[test]
fn a_valid_plan_list_is_read_with_its_citation_fields() {
    let config = config_with(
        "financing",
        json!([
            {"name": "Care 12", "provider": "Lender Co", "apr_percent": 26.99, "months": 24,
             "deferred_interest_months": 12, "as_of": "1 March 2026"},
            {"name": "Standard", "apr_percent": 0, "months": 6, "as_of": "1 March 2026"}
        ]),
    );
    assert_eq!(config.financing.len(), 2);
    let first = &config.financing[0];
    assert_eq!((first.apr_hundredths, first.months), (2699, 24));
    assert_eq!(first.deferred_interest_months, Some(12));
    assert_eq!(first.provider.as_deref(), Some("Lender Co"));
    assert_eq!(config.financing[1].apr_hundredths, 0);
}

#[test]
fn bad_plans_are_refused_with_their_paths() {
    let cases: &[(Value, &str, &[&str])] = &[
        (json!([]), "financing", &["lists no plans"]),
        (json!({}), "financing", &["must be a list of plans"]),
        (
            json!([plan(json!(-5), json!(12))]),
            "financing[0].apr_percent",
            &["negative"],
        ),
        (
            json!([plan(json!(1000), json!(12))]),
            "financing[0].apr_percent",
            &["above 100"],
        ),
        (
            json!([plan(json!("9.99"), json!(12))]),
            "financing[0].apr_percent",
            &["found a string"],
        ),
        (
            json!([plan(json!(9.999), json!(12))]),
            "financing[0].apr_percent",
            &["more than two decimals"],
        ),
        (
            json!([plan(json!(9), json!(0))]),
            "financing[0].months",
            &["outside from 1 to 120"],
        ),
        (
            json!([plan(json!(9), json!(121))]),
            "financing[0].months",
            &["outside"],
        ),
        (
            json!([plan(json!(9), json!(2.5))]),
            "financing[0].months",
            &["whole number", "2.5"],
        ),
        (
            json!([{"apr_percent": 9, "months": 12, "as_of": "x"}]),
            "financing[0].name",
            &["required"],
        ),
        (
            json!([{"name": "A", "apr_percent": 9, "months": 12}]),
            "financing[0].as_of",
            &["required"],
        ),
        (
            json!([{"name": "A", "apr_percent": 9, "months": 12, "as_of": "x", "deferred_interest_months": 13}]),
            "financing[0].deferred_interest_months",
            &["longer than the plan's term of 12 months"],
        ),
        (
            json!([{"name": "A", "apr_percent": 9, "months": 12, "as_of": "x", "fee": 3}]),
            "financing[0].fee",
            &["not a known field"],
        ),
        (
            json!([{"name": "Plan\u{202E}evil", "apr_percent": 9, "months": 12, "as_of": "x"}]),
            "financing[0].name",
            &["control character"],
        ),
        (
            json!([{"name": "x".repeat(81), "apr_percent": 9, "months": 12, "as_of": "x"}]),
            "financing[0].name",
            &["at most 80"],
        ),
    ];
    for (value, path, words) in cases {
        let problems = problems_with("financing", value.clone());
        assert_only_problem(&problems, path, words);
    }
    // A second plan's problem names the second plan.
    let problems = problems_with(
        "financing",
        json!([plan(json!(5), json!(12)), plan(json!(5), json!(0))]),
    );
    assert_only_problem(&problems, "financing[1].months", &["outside"]);
}

#[test]
fn financing_and_booking_need_a_clinic() {
    let problems = match ClinicConfig::from_value(&json!({
        "financing": [plan(json!(5), json!(12))],
        "booking": {"email": "desk@clinic.example"}
    })) {
        Ok(_) => panic!("accepted without a clinic"),
        Err(problems) => problems,
    };
    assert_problem(&problems, "financing", &["needs clinic.name"]);
    assert_problem(&problems, "booking", &["needs clinic.name"]);
}

#[test]
fn bad_booking_settings_are_refused_with_their_paths() {
    let template = |text: &str| json!({"url_template": text});
    let cases: &[(Value, &str, &[&str])] = &[
        (
            template("https://clinic.example/book?m={method}&x={price}"),
            "booking.url_template",
            &["{price} is not a placeholder"],
        ),
        (
            template("http://clinic.example/book?m={method}"),
            "booking.url_template",
            &["not an https:// address"],
        ),
        (
            template("javascript:alert(1)//{method}"),
            "booking.url_template",
            &["script link"],
        ),
        (
            template("https://{method}.example/book"),
            "booking.url_template",
            &["host name"],
        ),
        (
            template("https://clinic.example/book?m={method"),
            "booking.url_template",
            &["never closed"],
        ),
        (
            template("https://clinic.example/book?m=method}"),
            "booking.url_template",
            &["without a {"],
        ),
        (
            template("https://user@clinic.example/book?m={method}"),
            "booking.url_template",
            &["user name"],
        ),
        (
            json!({"email": "mailto:desk@clinic.example"}),
            "booking.email",
            &["without mailto:"],
        ),
        (
            json!({"email": "desk at clinic"}),
            "booking.email",
            &["not an email address"],
        ),
        (
            json!({"phone": "call us"}),
            "booking.phone",
            &["use only digits"],
        ),
        (
            json!({"email": "a@b.example", "phone": "+1 555 0100"}),
            "booking",
            &["exactly one", "email and phone"],
        ),
        (json!({}), "booking", &["exactly one", "none"]),
        (
            json!({"url_template": 5}),
            "booking.url_template",
            &["must be text"],
        ),
    ];
    for (value, path, words) in cases {
        let problems = problems_with("booking", value.clone());
        assert_only_problem(&problems, path, words);
    }
    assert!(check_template(
        "https://clinic.example/book?m={method}&t={tier}&n={sessions}&d={start_date}"
    )
    .is_ok());
}

// ----- The view -----

fn planner(config: &ClinicConfig) -> PlannerInput {
    PlannerInput::initial(&config.book)
}

fn figures(
    view: &IllustrationView,
) -> (&str, &[estimator_core::financing::EndView], Option<&String>) {
    match view {
        IllustrationView::Figures {
            caption,
            ends,
            assumption,
        } => (caption, ends, assumption.as_ref()),
        IllustrationView::NeedsInput(message) => panic!("no figures: {message}"),
    }
}

#[test]
fn the_published_page_offers_no_plan_and_suggests_no_rate() {
    let book = PriceBook::published();
    let input = PlannerInput::initial(&book);
    let view = financing_view(
        &book,
        &[],
        None,
        &input,
        &PlainFormatter::new("USD"),
        Lang::En,
    );
    assert_eq!(view.choices.len(), 1, "only 'type an APR'");
    let apr = view.apr.expect("the APR field");
    assert_eq!(apr.text, "");
    assert!(apr.error.is_none());
    assert!(
        !apr.hint.chars().any(|c| c == '%'),
        "no rate is suggested: {}",
        apr.hint
    );
    match view.illustration {
        IllustrationView::NeedsInput(message) => assert!(message.contains("No rate is filled in")),
        other => panic!("figures without a rate: {other:?}"),
    }
}

#[test]
fn a_typed_rate_shows_both_ends_with_the_disclosure_beside_each_payment() {
    let book = PriceBook::published();
    // Microneedling, "Not sure", 3 sessions: the quoted $2,000 – $4,000.
    let input = PlannerInput::initial(&book)
        .apply(PlannerAction::Finance(FinancingAction::TypeApr(
            "12".into(),
        )))
        .apply(PlannerAction::Finance(FinancingAction::TypeMonths(
            "12".into(),
        )));
    let view = financing_view(
        &book,
        &[],
        None,
        &input,
        &PlainFormatter::new("USD"),
        Lang::En,
    );
    let (caption, ends, assumption) = figures(&view.illustration);
    assert_eq!(caption, "Repaid over 12 months at 12% APR");
    assert!(assumption.is_none());
    assert_eq!(ends.len(), 2);
    // $2,000 at 12% for 12 months: $177.70 a month (closed form 177.6976, rounded up).
    assert_eq!(ends[0].amount, "$2,000");
    assert_eq!(ends[0].monthly, "$177.70 a month");
    for end in ends {
        assert!(end.disclosure.contains("12% APR"), "{}", end.disclosure);
        assert!(
            end.disclosure.contains("term 12 months"),
            "{}",
            end.disclosure
        );
        assert!(end
            .disclosure
            .contains(&format!("total of payments {}", end.total)));
        assert!(end
            .disclosure
            .contains("An illustration, not an offer of credit."));
    }
    assert!(view.rule.contains("standard amortisation"));
    assert!(view.rule.contains("rounded to the nearest cent"));
}

#[test]
fn typed_errors_keep_the_page_working() {
    let book = PriceBook::published();
    for (apr, months, field_has_error) in [
        ("abc", "12", "apr"),
        ("-5", "12", "apr"),
        ("1000", "12", "apr"),
        ("9", "0", "months"),
    ] {
        let input = PlannerInput::initial(&book)
            .apply(PlannerAction::Finance(FinancingAction::TypeApr(apr.into())))
            .apply(PlannerAction::Finance(FinancingAction::TypeMonths(
                months.into(),
            )));
        let view = financing_view(
            &book,
            &[],
            None,
            &input,
            &PlainFormatter::new("USD"),
            Lang::En,
        );
        let (apr_error, months_error) = (view.apr.unwrap().error, view.months.unwrap().error);
        match field_has_error {
            "apr" => assert!(apr_error.is_some() && months_error.is_none()),
            _ => assert!(months_error.is_some() && apr_error.is_none()),
        }
        assert!(matches!(view.illustration, IllustrationView::NeedsInput(_)));
    }
}

#[test]
fn a_clinic_plan_with_deferred_interest_shows_both_outcomes() {
    let config = config_with(
        "financing",
        json!([{"name": "Care 12", "provider": "Lender Co", "apr_percent": 26.99, "months": 24,
                "deferred_interest_months": 12, "as_of": "1 March 2026"}]),
    );
    let input = planner(&config).apply(PlannerAction::Finance(FinancingAction::Choose(
        "plan-0".into(),
    )));
    let clinic = config.clinic.as_ref().map(|clinic| clinic.name.as_str());
    let view = financing_view(
        &config.book,
        &config.financing,
        clinic,
        &input,
        &PlainFormatter::new("EUR"),
        Lang::En,
    );
    assert!(view.apr.is_none(), "a plan needs no typed rate");
    assert!(view.choices[1].selected);
    let citation = view.plan_citation.expect("the plan is cited");
    assert!(
        citation.contains("Dermatologie am Stadtpark's plan \"Care 12\""),
        "{citation}"
    );
    assert!(citation.contains("Lender Co") && citation.contains("1 March 2026"));
    let (_, ends, assumption) = figures(&view.illustration);
    assert!(assumption
        .expect("the assumption is named")
        .contains("from the purchase date on the full amount"));
    for end in ends {
        assert!(
            end.disclosure
                .contains("0% if paid in full within 12 months"),
            "{}",
            end.disclosure
        );
        assert!(end.disclosure.contains("26.99% APR"));
        assert!(end.disclosure.contains("total of payments"));
        assert_eq!(end.interest, "€0");
        let not_cleared = end
            .if_not_cleared
            .as_ref()
            .expect("what it costs if not cleared");
        assert!(not_cleared.contains("interest of €"), "{not_cleared}");
    }
}

#[test]
fn a_plan_index_that_does_not_exist_falls_back_to_typing() {
    let book = PriceBook::published();
    let input = PlannerInput::initial(&book).apply(PlannerAction::Finance(
        FinancingAction::Choose("plan-4".into()),
    ));
    let view = financing_view(
        &book,
        &[],
        None,
        &input,
        &PlainFormatter::new("USD"),
        Lang::En,
    );
    assert!(view.apr.is_some() && view.choices[0].selected);
}

// ----- Booking -----

#[test]
fn the_booking_link_carries_only_the_plan_and_says_so() {
    let config = config_with(
        "booking",
        json!({"url_template": "https://clinic.example/book?m={method}&t={tier}&n={sessions}&d={start_date}"}),
    );
    let booking = config.booking.clone().expect("booking");
    let input = planner(&config)
        .apply(PlannerAction::TypeQuote("2500".into()))
        .apply(PlannerAction::ChooseDateMode(DateMode::Start))
        .apply(PlannerAction::TypeDate("2026-03-02".into()));
    let view = booking_view(
        &booking,
        "Dermatologie am Stadtpark",
        &config.book,
        &input,
        &PlainFormatter::new("EUR"),
        &PlainDateFormat,
        Lang::En,
    );
    let href = view.href.expect("a link");
    let method = &config.book.methods()[0].id;
    assert_eq!(
        href,
        format!("https://clinic.example/book?m={method}&t=not-sure&n=3&d=2026-03-02")
    );
    assert!(!href.contains("2500"), "the quote is never sent");
    assert!(
        view.sends
            .starts_with("Opens Dermatologie am Stadtpark's booking page with: method"),
        "{}",
        view.sends
    );
    assert!(
        view.sends.contains("start date \"2026-03-02\"") && view.sends.contains("Nothing else")
    );
    // Invalid sessions: no link at all.
    let bad = planner(&config).apply(PlannerAction::TypeSessions("abc".into()));
    let view = booking_view(
        &booking,
        "X",
        &config.book,
        &bad,
        &PlainFormatter::new("EUR"),
        &PlainDateFormat,
        Lang::En,
    );
    assert!(view.href.is_none() && view.unavailable.is_some());
}

#[test]
fn the_mail_summary_is_plain_text_without_the_quote() {
    let config = config_with("booking", json!({"email": "desk@clinic.example"}));
    let Some(booking @ Booking::Email { .. }) = config.booking.clone() else {
        panic!("email")
    };
    let input = planner(&config).apply(PlannerAction::TypeQuote("2500".into()));
    let view = booking_view(
        &booking,
        "Dermatologie am Stadtpark",
        &config.book,
        &input,
        &PlainFormatter::new("EUR"),
        &PlainDateFormat,
        Lang::En,
    );
    let href = view.href.expect("a mailto link");
    assert!(href.starts_with("mailto:desk@clinic.example?subject="));
    assert!(href.contains("Sessions%3A%203"), "{href}");
    assert!(!href.contains("2500") && !href.contains("2%2C500"));
    assert!(view
        .sends
        .contains("which you can read and change before you send it"));
}
