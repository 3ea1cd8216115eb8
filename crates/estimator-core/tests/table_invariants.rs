//! Whole-table checks over the default book: every row, every offered tier and every session
//! count the form accepts, in the calculator and in the planner.
//!
//! `published_figures.rs` pins individual figures to the source. These tests instead walk the
//! whole table with the core's own walk (`estimator_core::whole_table`) and check the rules
//! that must hold everywhere, so a later edit to the book or to the estimate cannot break one
//! corner unnoticed. The rules that hold for every book are written once, in that module;
//! what is pinned here is what holds for the published book in English: its counts, its
//! wording and its dollars.
#![cfg(feature = "clinic")]

use estimator_core::calendar::Date;
use estimator_core::estimate::{estimate, DowntimeAmount, Estimate, Provenance, Rule};
use estimator_core::money::minor_per_major;
use estimator_core::price_book::{
    Basis, BookRule, Category, Downtime, Indication, OfferPrice, PriceBook,
    DEFAULT_PRICE_BOOK_JSON, NOT_SURE,
};
use estimator_core::view::{self, page_view, FigureKind, ResultView};
use estimator_core::whole_table::{
    self, book_violations, listing, page_states, planner_states, requests, Violation,
    QUOTE_CHECK_OUTCOMES,
};
use estimator_core::Lang;
use estimator_core::PlainFormatter;
use serde_json::Value;

fn book() -> PriceBook {
    let parsed = PriceBook::from_json(DEFAULT_PRICE_BOOK_JSON);
    match parsed {
        Ok(book) => book,
        Err(problems) => panic!("the default book must be valid: {problems:?}"),
    }
}

/// The day the planner walk is made on; any day would do, since its dates count from it.
fn today() -> Date {
    match Date::parse_iso("2026-11-25") {
        Ok(date) => date,
        Err(error) => panic!("a fixed date: {error:?}"),
    }
}

fn assert_none(violations: &[Violation]) {
    assert!(violations.is_empty(), "{}", listing(violations));
}

/// Every (method, offered tier, sessions) of the core's walk, with its estimate.
fn for_every_row(book: &PriceBook, mut check: impl FnMut(&str, &str, u32, &Estimate)) -> usize {
    let mut rows = 0;
    for request in requests(book) {
        let Some(result) = estimate(book, &request) else {
            panic!(
                "no estimate for {} × {} × {}",
                request.method, request.tier, request.sessions
            );
        };
        check(&request.method, &request.tier, request.sessions, &result);
        rows += 1;
    }
    rows
}

/// The number of rows the default book has: 4 methods with 4, 4, 2 and 4 offered tiers, each
/// for 6 session counts. Checking the count proves the walks below did not skip anything.
const EXPECTED_ROWS: usize = (4 + 4 + 2 + 4) * 6;

/// The planner states per row: five date choices without a quote (none, a mode chosen with no
/// date yet, a start, an event a year away and one a week away), then a quote in each position
/// the row's range allows, or one quote where there is no range.
const DATE_CHOICES: usize = 5;

#[test]
fn the_walk_covers_every_row() {
    let book = book();
    assert_eq!(book.methods().len(), 4);
    assert_eq!(for_every_row(&book, |_, _, _, _| {}), EXPECTED_ROWS);
    // The calculator's states: every row, without and with the lot's data shown.
    assert_eq!(page_states(&book).count(), 2 * EXPECTED_ROWS);
    let with_lot_data = page_states(&book).filter(|raw| raw.lot_data).count();
    assert_eq!(with_lot_data, EXPECTED_ROWS);
    // The planner's: each state in each date choice, then against each quote.
    let planner = planner_states(&book, today()).count();
    assert!(
        planner > 2 * EXPECTED_ROWS * DATE_CHOICES,
        "{planner} planner states"
    );
    assert!(
        planner <= 2 * EXPECTED_ROWS * (DATE_CHOICES + 5),
        "{planner} planner states"
    );
}

#[test]
fn every_state_of_the_table_keeps_every_promise() {
    // The table itself, every estimate (with and without the lot's data), every method and
    // tier across the session counts, and the calculator's view of every state, including the
    // fall-backs for a stale tier or method and a count the form refuses.
    assert_none(&whole_table::whole_book_violations(&book(), Lang::En));
}

/// The promises hold in every language the build has: the walks above are in English, and
/// the views in Spanish and German are built from the same figures through other words.
#[test]
fn every_state_keeps_every_promise_in_every_language() {
    let book = book();
    for &lang in Lang::BUILT {
        assert_none(&whole_table::whole_book_violations(&book, lang));
        assert_none(&whole_table::whole_planner_violations(&book, today(), lang));
    }
}

#[test]
fn every_state_of_the_planner_keeps_every_promise() {
    let book = book();
    assert_none(&whole_table::whole_planner_violations(
        &book,
        today(),
        Lang::En,
    ));
    // Every position of the quote check is among the states, and so are an event the plan
    // fits before and one it does not.
    let money = PlainFormatter::new(book.currency());
    let mut positions = Vec::new();
    let mut fits = [false, false];
    for input in planner_states(&book, today()) {
        let view = estimator_core::planner::planner_view(
            &book,
            &input,
            today(),
            &money,
            &estimator_core::calendar::PlainDateFormat,
            Lang::En,
        );
        if let Some(check) = view.quote.and_then(|quote| quote.check) {
            if !positions.contains(&check.position) {
                positions.push(check.position);
            }
        }
        let status = view.timeline.and_then(|timeline| timeline.status);
        if let Some(status) = status {
            match status.tone {
                estimator_core::plan::StatusTone::Fits => fits[0] = true,
                estimator_core::plan::StatusTone::DoesNotFit => fits[1] = true,
                estimator_core::plan::StatusTone::Note => {}
            }
        }
    }
    for expected in QUOTE_CHECK_OUTCOMES {
        assert!(positions.contains(&expected), "{expected:?} never reached");
    }
    assert_eq!(
        fits,
        [true, true],
        "an event that fits, and one that does not"
    );
}

#[test]
fn every_method_states_its_downtime_explicitly() {
    let book = book();
    assert_none(&book_violations(&book));
    for method in book.methods() {
        if let Downtime::Range { max, .. } = &method.downtime {
            assert!(
                *max > 0,
                "{}: a downtime range of zero says nothing",
                method.id
            );
        }
    }
    // "Not published" must be written in the book, not inferred from a missing field: the
    // parser rejects a missing downtime, and the raw JSON shows each method states one.
    let raw: Value = serde_json::from_str(DEFAULT_PRICE_BOOK_JSON).expect("JSON");
    let methods = raw["methods"].as_array().expect("methods is a list");
    assert_eq!(methods.len(), book.methods().len());
    for method in methods {
        assert!(
            method["downtime"]["kind"].is_string(),
            "{} has no explicit downtime kind",
            method["id"]
        );
    }
}

#[test]
fn the_book_has_its_three_published_prices_and_cites_its_sources() {
    let book = book();
    assert!(!book.sources().is_empty());
    let mut quoted = 0;
    for offer in book.offers() {
        if let OfferPrice::Quoted { series, .. } = &offer.price {
            quoted += 1 + usize::from(series.is_some());
        }
    }
    // The three published price figures: one session, the series, and the injectable.
    assert_eq!(quoted, 3);
}

#[test]
fn microneedling_and_injection_are_priced_and_laser_and_scalp_are_not() {
    let book = book();
    let mut priced = 0;
    for_every_row(&book, |_, _, _, result| {
        if result.total.range.is_some() {
            priced += 1;
        }
    });
    // Microneedling's four tiers and injection's two are priced; laser and scalp are not.
    assert_eq!(priced, (4 + 2) * 6);
}

#[test]
fn every_per_session_figure_is_whole_dollars() {
    // The walk holds per-session figures to whole units only where a total is shared out;
    // the published prices are whole dollars too, so here every per-session figure is.
    let book = book();
    let unit = minor_per_major(book.currency());
    for_every_row(&book, |method, tier, sessions, result| {
        if let Some(each) = result.per_session.range {
            assert!(
                each.min % unit == 0 && each.max % unit == 0,
                "{method} × {tier} × {sessions}: {each:?}"
            );
        }
    });
}

#[test]
fn the_default_book_has_every_kind_of_caveat_to_check() {
    let book = book();
    // The caveat rules of the walk (a clinic's "no price" caveat only in a clinic's book, the
    // injectable and the condition caveats by the method) are not vacuous here: the default
    // book is not a clinic's, and it has an injectable method and a condition.
    assert!(!book.is_clinic_book());
    assert!(book
        .methods()
        .iter()
        .any(|method| method.category == Category::Injectable));
    assert!(book
        .methods()
        .iter()
        .any(|method| method.indication == Indication::Condition));
}

#[test]
fn every_figure_in_the_view_explains_itself_in_the_published_words() {
    let book = book();
    let money = PlainFormatter::new(book.currency());
    assert_eq!(book.currency(), "USD");
    let mut views = 0;
    for raw in page_states(&book) {
        let row = format!("{} × {} × {}", raw.method, raw.tier, raw.sessions);
        let Some(request) = estimator_core::form::resolve(&book, &raw).and_then(|r| r.request())
        else {
            panic!("{row}: the walk's state does not resolve");
        };
        let Some(result) = estimate(&book, &request) else {
            panic!("{row}: no estimate");
        };
        let page = page_view(&book, &raw, &money, Lang::En);
        let ResultView::Estimate(estimate_view) = page.result else {
            panic!("{row}: no estimate in the view");
        };
        // A figure is shown in dollars, and a missing one says so in the published words.
        match result.total.range {
            Some(_) => assert!(estimate_view.total.value.starts_with('$'), "{row}"),
            None => assert_eq!(estimate_view.total.value, "No published figure", "{row}"),
        }
        // Every rule a figure was derived by has its own line, in the view too.
        for (figure, provenance) in [
            (&estimate_view.total, &result.total.provenance),
            (&estimate_view.per_session, &result.per_session.provenance),
        ] {
            if figure.kind == FigureKind::Derived {
                let lines = figure
                    .provenance
                    .iter()
                    .filter(|line| line.starts_with("Rule: "))
                    .count();
                assert_eq!(lines, provenance.rules().len(), "{row}: {}", figure.label);
            }
        }
        // The source's qualifiers of the injectable price travel with every figure built on it.
        if raw.method == "injection" && result.total.range.is_some() {
            assert!(
                estimate_view
                    .total
                    .provenance
                    .iter()
                    .any(|line| line.contains("may cost") && line.contains("specialist practices")),
                "{row}: {:?}",
                estimate_view.total.provenance
            );
        }
        // No derived figure is called published.
        if estimate_view.total.kind == FigureKind::Derived {
            assert!(
                !estimate_view.price_label.contains("Published figure"),
                "{row}"
            );
        }
        views += 1;
    }
    assert_eq!(views, 2 * EXPECTED_ROWS);
}

#[test]
fn there_are_exactly_four_questions_and_the_view_shows_them() {
    for &lang in Lang::BUILT {
        let questions = view::questions(lang);
        assert_eq!(questions.len(), 4);
        for (index, question) in questions.iter().enumerate() {
            assert!(!question.question.trim().is_empty(), "question {index}");
            assert!(
                question.question.ends_with('?'),
                "question {index} is not a question"
            );
            assert!(
                !question.why.trim().is_empty(),
                "question {index} has no reason"
            );
            assert!(
                !questions[..index]
                    .iter()
                    .any(|earlier| earlier.question == question.question),
                "question {index} is repeated"
            );
        }
        // The view offers the same four, whatever the choice.
        assert_eq!(view::questions_view(lang).questions, questions);
    }
}

/// The short name of a rule, for comparing the rules a figure lists with those it must list.
fn rule_name(rule: &Rule) -> &'static str {
    match rule {
        Rule::SeriesThenSingles { .. } => "series-then-singles",
        Rule::SingleTimesSessions => "single-times-sessions",
        Rule::TierBand { .. } => "tier-band",
        Rule::SpanOfTiers { .. } => "span-of-tiers",
        Rule::PerSession => "per-session",
        Rule::DowntimeTimesSessions => "downtime-times-sessions",
        Rule::Book(BookRule::AssumedMonthly) => "assumed-monthly",
        Rule::Book(BookRule::MonthlyAsFourWeeks) => "monthly-as-4-weeks",
        Rule::LastSessionPlusResults => "last-session-plus-results",
    }
}

/// The rules a total must list, worked out from the book's table alone (not from the estimate
/// code): `None` when no figure can be given.
fn expected_total_rules(
    book: &PriceBook,
    method: &str,
    tier: &str,
    sessions: u32,
) -> Option<Vec<&'static str>> {
    let span = || {
        let mut rules: Vec<&'static str> = Vec::new();
        let mut any = false;
        for offer in book
            .offers()
            .iter()
            .filter(|offer| offer.method == method && offer.tier != NOT_SURE)
            .filter(|offer| matches!(offer.price, OfferPrice::Quoted { .. }))
        {
            if let Some(tier_rules) = expected_total_rules(book, method, &offer.tier, sessions) {
                any = true;
                for rule in tier_rules {
                    if !rules.contains(&rule) {
                        rules.push(rule);
                    }
                }
            }
        }
        rules.push("span-of-tiers");
        any.then_some(rules)
    };
    match book.offer(method, tier).map(|offer| &offer.price) {
        None | Some(OfferPrice::Unpriced) if tier == NOT_SURE => span(),
        None | Some(OfferPrice::Unpriced) => None,
        Some(OfferPrice::Quoted { series, .. }) => Some(match series {
            Some(series) if series.sessions == sessions => Vec::new(),
            _ if sessions == 1 => Vec::new(),
            Some(_) => vec!["series-then-singles"],
            None => vec!["single-times-sessions"],
        }),
        Some(OfferPrice::Band { .. }) => {
            let mut rules = expected_total_rules(book, method, NOT_SURE, sessions)?;
            rules.push("tier-band");
            Some(rules)
        }
    }
}

fn names(provenance: &Provenance) -> Vec<&'static str> {
    provenance.rules().iter().map(rule_name).collect()
}

#[test]
fn every_derived_figure_lists_every_rule_it_applied() {
    let book = book();
    let mut derived = 0;
    for_every_row(&book, |method, tier, sessions, result| {
        let row = format!("{method} × {tier} × {sessions}");
        // The total.
        match expected_total_rules(&book, method, tier, sessions) {
            None => assert_eq!(result.total.provenance, Provenance::Absent, "{row}"),
            Some(rules) if rules.is_empty() => {
                assert!(
                    matches!(result.total.provenance, Provenance::Quoted { .. }),
                    "{row}"
                )
            }
            Some(rules) => {
                derived += 1;
                assert!(
                    matches!(result.total.provenance, Provenance::Derived { .. }),
                    "{row}"
                );
                assert_eq!(names(&result.total.provenance), rules, "{row}: total");
            }
        }
        // Per session: the total's rules, then the division.
        if let Some(mut rules) = expected_total_rules(&book, method, tier, sessions) {
            if sessions > 1 {
                rules.push("per-session");
            }
            assert_eq!(
                names(&result.per_session.provenance),
                rules,
                "{row}: per session"
            );
        }
        // Downtime over the plan: the per-session figure times the sessions.
        let downtime_rules = match (&result.downtime_per_session.amount, sessions) {
            (DowntimeAmount::Range { .. }, 2..) => vec!["downtime-times-sessions"],
            _ => Vec::new(),
        };
        assert_eq!(
            names(&result.downtime_total.provenance),
            downtime_rules,
            "{row}: downtime"
        );
        // The interval, and the end of the results window: the interval's rules (only when
        // there is more than one session), then the results rule.
        let interval_rules: Vec<&'static str> = match &result.method.interval.basis {
            Basis::Source(_) => Vec::new(),
            Basis::Rule(rule) | Basis::SourceAndRule { rule, .. } => {
                vec![rule_name(&Rule::Book(*rule))]
            }
        };
        assert_eq!(
            names(&result.schedule.interval_provenance),
            interval_rules,
            "{row}"
        );
        if !result.method.under_study {
            let mut rules = if sessions > 1 {
                interval_rules
            } else {
                Vec::new()
            };
            rules.push("last-session-plus-results");
            assert_eq!(
                names(&result.schedule.final_results_provenance),
                rules,
                "{row}: results"
            );
        }
    });
    // Bands, series, single × sessions and the injectable span are all among the rows.
    assert!(derived > 20, "{derived}");
}
