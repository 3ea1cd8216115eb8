//! Whole-table checks over the default book: every row, every offered tier and every session
//! count the form accepts.
//!
//! `published_figures.rs` pins individual figures to the source. These tests instead walk the
//! whole table and check rules that must hold everywhere, so a later edit to the book or to the
//! estimate cannot break one corner unnoticed.
#![cfg(feature = "clinic")]

use estimator_core::content::Caveat;
use estimator_core::estimate::{
    estimate, DowntimeAmount, DowntimeFigure, Estimate, PriceFigure, Provenance, Request, Rule,
};
use estimator_core::money::minor_per_major;
use estimator_core::price_book::{
    Basis, BookRule, Category, Downtime, Indication, OfferPrice, PriceBook,
    DEFAULT_PRICE_BOOK_JSON, NOT_SURE,
};
use estimator_core::view::{self, page_view, FigureKind, FigureView, ResultView};
use estimator_core::Lang;
use estimator_core::{PlainFormatter, RawInput, MAX_SESSIONS, MIN_SESSIONS};
use serde_json::Value;

fn book() -> PriceBook {
    let parsed = PriceBook::from_json(DEFAULT_PRICE_BOOK_JSON);
    match parsed {
        Ok(book) => book,
        Err(problems) => panic!("the default book must be valid: {problems:?}"),
    }
}

/// Every (method, offered tier, sessions) the form can produce, with its estimate.
fn for_every_row(book: &PriceBook, mut check: impl FnMut(&str, &str, u32, &Estimate)) -> usize {
    let mut rows = 0;
    for method in book.methods() {
        for tier in book.tiers_for(&method.id) {
            for sessions in MIN_SESSIONS..=MAX_SESSIONS {
                let request = Request {
                    method: method.id.clone(),
                    tier: tier.id.clone(),
                    sessions,
                };
                let Some(result) = estimate(book, &request) else {
                    panic!("no estimate for {} × {} × {sessions}", method.id, tier.id);
                };
                check(&method.id, &tier.id, sessions, &result);
                rows += 1;
            }
        }
    }
    rows
}

/// The number of rows the default book has: 4 methods with 4, 4, 2 and 4 offered tiers, each
/// for 6 session counts. Checking the count proves the walks below did not skip anything.
const EXPECTED_ROWS: usize = (4 + 4 + 2 + 4) * 6;

#[test]
fn the_walk_covers_every_row() {
    let book = book();
    assert_eq!(book.methods().len(), 4);
    assert_eq!(for_every_row(&book, |_, _, _, _| {}), EXPECTED_ROWS);
}

#[test]
fn every_method_states_its_downtime_explicitly() {
    let book = book();
    for method in book.methods() {
        match &method.downtime {
            Downtime::Range { min, max, .. } => {
                assert!(min <= max, "{}: downtime {min}–{max}", method.id);
                assert!(
                    *max > 0,
                    "{}: a downtime range of zero says nothing",
                    method.id
                );
            }
            Downtime::NotQuantified { effects, .. } => {
                assert!(!effects.is_empty(), "{}: names no effects", method.id);
                assert!(
                    effects.iter().all(|effect| !effect.trim().is_empty()),
                    "{}: an empty effect",
                    method.id
                );
            }
            Downtime::NotPublished => {}
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
fn every_cited_source_exists() {
    let book = book();
    assert!(!book.sources().is_empty());
    let exists = |id: &str, what: &str| {
        assert!(
            book.source(id).is_some(),
            "{what} cites unknown source {id}"
        );
    };
    exists(&book.protocol().typical_sessions.source, "typical_sessions");
    exists(&book.protocol().results_weeks.source, "results_weeks");
    for method in book.methods() {
        match &method.downtime {
            Downtime::Range { source, .. } | Downtime::NotQuantified { source, .. } => {
                exists(source, &method.id)
            }
            Downtime::NotPublished => {}
        }
        if let Basis::Source(source) = &method.interval.basis {
            exists(source, &method.id);
        }
    }
    for offer in book.offers() {
        if let OfferPrice::Quoted { single, series } = &offer.price {
            exists(&single.source, &offer.method);
            if let Some(series) = series {
                exists(&series.quote.source, &offer.method);
            }
        }
    }
    // Every source an estimate's provenance names exists too, including derived ones.
    for_every_row(&book, |method, tier, sessions, result| {
        let provenances = [
            &result.total.provenance,
            &result.per_session.provenance,
            &result.downtime_per_session.provenance,
            &result.downtime_total.provenance,
            &result.schedule.interval_provenance,
            &result.schedule.final_results_provenance,
        ];
        for provenance in provenances {
            for source in provenance.sources() {
                assert!(
                    book.source(source).is_some(),
                    "{method} × {tier} × {sessions}: unknown source {source}"
                );
            }
        }
    });
}

#[test]
fn every_offer_names_an_existing_method_and_tier() {
    let book = book();
    for offer in book.offers() {
        assert!(book.method(&offer.method).is_some(), "{}", offer.method);
        assert!(book.tier(&offer.tier).is_some(), "{}", offer.tier);
    }
}

#[test]
fn every_method_offers_not_sure_first() {
    let book = book();
    for method in book.methods() {
        let tiers = book.tiers_for(&method.id);
        assert_eq!(
            tiers.first().map(|tier| tier.id.as_str()),
            Some(NOT_SURE),
            "{}",
            method.id
        );
        // No tier is offered twice.
        let mut ids: Vec<&str> = tiers.iter().map(|tier| tier.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), tiers.len(), "{}", method.id);
    }
}

#[test]
fn every_quoted_range_has_min_at_most_max() {
    let book = book();
    let typical = &book.protocol().typical_sessions;
    assert!(typical.min >= 1 && typical.min <= typical.max);
    let results = &book.protocol().results_weeks;
    assert!(results.min <= results.max);
    let mut quoted = 0;
    for offer in book.offers() {
        match &offer.price {
            OfferPrice::Quoted { single, series } => {
                assert!(single.range.min <= single.range.max, "{offer:?}");
                quoted += 1;
                if let Some(series) = series {
                    assert!(
                        series.quote.range.min <= series.quote.range.max,
                        "{offer:?}"
                    );
                    assert!(series.sessions >= 2, "{offer:?}");
                    quoted += 1;
                }
            }
            OfferPrice::Band {
                from_percent,
                to_percent,
            } => assert!(from_percent < to_percent && *to_percent <= 100, "{offer:?}"),
            OfferPrice::Unpriced => {}
        }
    }
    // The three published price figures: one session, the series, and the injectable.
    assert_eq!(quoted, 3);
}

fn assert_price_figure(figure: &PriceFigure, row: &str) {
    match (&figure.range, &figure.provenance) {
        (Some(range), Provenance::Quoted { .. } | Provenance::Derived { .. }) => {
            assert!(range.min <= range.max, "{row}: {range:?}");
        }
        (Some(_), Provenance::Absent) => panic!("{row}: a figure with no provenance"),
        (None, Provenance::Absent) => {}
        (None, provenance) => panic!("{row}: no figure, yet provenance {provenance:?}"),
    }
    assert_derived_names_a_rule(&figure.provenance, row);
}

fn assert_derived_names_a_rule(provenance: &Provenance, row: &str) {
    if let Provenance::Derived { rules, .. } = provenance {
        assert!(!rules.is_empty(), "{row}: derived without a rule");
    }
}

fn assert_downtime_figure(figure: &DowntimeFigure, row: &str) {
    match (&figure.amount, &figure.provenance) {
        (
            DowntimeAmount::Range { min, max, .. },
            Provenance::Quoted { .. } | Provenance::Derived { .. },
        ) => {
            assert!(min <= max, "{row}: downtime {min}–{max}");
        }
        (
            DowntimeAmount::NotQuantified { effects },
            Provenance::Quoted { .. } | Provenance::Derived { .. },
        ) => {
            assert!(!effects.is_empty(), "{row}");
        }
        (DowntimeAmount::NotPublished, Provenance::Absent) => {}
        (amount, provenance) => panic!("{row}: {amount:?} with {provenance:?}"),
    }
    assert_derived_names_a_rule(&figure.provenance, row);
}

#[test]
fn every_estimate_is_ordered_and_every_figure_says_where_it_comes_from() {
    let book = book();
    let mut priced = 0;
    for_every_row(&book, |method, tier, sessions, result| {
        let row = format!("{method} × {tier} × {sessions}");
        assert_eq!(result.sessions, sessions, "{row}");
        assert_eq!(result.method.id, method, "{row}");
        assert_eq!(result.tier.id, tier, "{row}");
        assert_price_figure(&result.total, &row);
        assert_price_figure(&result.per_session, &row);
        // A per-session figure exists exactly when a total does.
        assert_eq!(
            result.total.range.is_some(),
            result.per_session.range.is_some(),
            "{row}"
        );
        assert_downtime_figure(&result.downtime_per_session, &row);
        assert_downtime_figure(&result.downtime_total, &row);
        assert_derived_names_a_rule(&result.schedule.interval_provenance, &row);
        if result.method.under_study {
            assert_eq!(result.schedule.final_results, None, "{row}");
            assert_eq!(
                result.schedule.final_results_provenance,
                Provenance::Absent,
                "{row}"
            );
        } else {
            assert!(
                matches!(
                    result.schedule.final_results_provenance,
                    Provenance::Derived { ref rules, .. } if !rules.is_empty()
                ),
                "{row}: the end of the results window is always derived by a rule"
            );
        }
        if result.total.range.is_some() {
            priced += 1;
        }
    });
    // Microneedling's four tiers and injection's two are priced; laser and scalp are not.
    assert_eq!(priced, (4 + 2) * 6);
}

#[test]
fn per_session_times_sessions_is_the_total_within_rounding() {
    let book = book();
    let unit = minor_per_major(book.currency());
    for_every_row(&book, |method, tier, sessions, result| {
        let (Some(total), Some(each)) = (result.total.range, result.per_session.range) else {
            return;
        };
        let count = u64::from(sessions);
        // Each per-session end is rounded to the nearest whole unit, so it is off by at most
        // half a unit, and the product by at most half a unit per session.
        let slack = count * unit / 2;
        for (total_end, each_end) in [(total.min, each.min), (total.max, each.max)] {
            assert!(
                (each_end * count).abs_diff(total_end) <= slack,
                "{method} × {tier} × {sessions}: {each_end} × {count} vs {total_end}"
            );
            assert_eq!(each_end % unit, 0, "whole units only");
        }
    });
}

#[test]
fn downtime_totals_are_per_session_times_sessions() {
    let book = book();
    for_every_row(&book, |method, tier, sessions, result| {
        match (
            &result.downtime_per_session.amount,
            &result.downtime_total.amount,
        ) {
            (
                DowntimeAmount::Range { min, max, unit },
                DowntimeAmount::Range {
                    min: total_min,
                    max: total_max,
                    unit: total_unit,
                },
            ) => {
                assert_eq!(unit, total_unit);
                assert_eq!(*total_min, min * sessions, "{method} × {tier} × {sessions}");
                assert_eq!(*total_max, max * sessions, "{method} × {tier} × {sessions}");
            }
            (each, total) => assert_eq!(each, total, "{method} × {tier} × {sessions}"),
        }
    });
}

#[test]
fn every_tier_lies_within_its_methods_not_sure_total() {
    let book = book();
    for_every_row(&book, |method, tier, sessions, result| {
        if tier == NOT_SURE {
            return;
        }
        let Some(range) = result.total.range else {
            return;
        };
        let whole = estimate(
            &book,
            &Request {
                method: method.to_owned(),
                tier: NOT_SURE.to_owned(),
                sessions,
            },
        )
        .and_then(|not_sure| not_sure.total.range);
        let Some(whole) = whole else {
            panic!("{method} × {tier} × {sessions}: a priced tier but no \"Not sure\" figure");
        };
        assert!(
            whole.contains(&range),
            "{method} × {tier} × {sessions}: {range:?} is outside {whole:?}"
        );
    });
}

#[test]
fn more_sessions_never_cost_less() {
    let book = book();
    for method in book.methods() {
        for tier in book.tiers_for(&method.id) {
            let totals: Vec<_> = (MIN_SESSIONS..=MAX_SESSIONS)
                .map(|sessions| {
                    let request = Request {
                        method: method.id.clone(),
                        tier: tier.id.clone(),
                        sessions,
                    };
                    estimate(&book, &request).and_then(|result| result.total.range)
                })
                .collect();
            for pair in totals.windows(2) {
                if let [Some(fewer), Some(more)] = pair {
                    assert!(
                        fewer.min <= more.min && fewer.max <= more.max,
                        "{} × {}: {fewer:?} then {more:?}",
                        method.id,
                        tier.id
                    );
                }
            }
            // A price exists for every session count or for none.
            assert!(
                totals.iter().all(Option::is_some) || totals.iter().all(Option::is_none),
                "{} × {}",
                method.id,
                tier.id
            );
        }
    }
}

#[test]
fn the_schedule_has_one_row_per_session_at_the_methods_interval() {
    let book = book();
    for_every_row(&book, |method, tier, sessions, result| {
        let weeks = &result.schedule.session_weeks;
        assert_eq!(weeks.len(), sessions as usize, "{method} × {tier}");
        let interval = result.method.interval.weeks;
        for (index, week) in weeks.iter().enumerate() {
            assert_eq!(
                *week,
                index as u32 * interval,
                "{method} × {tier} × {sessions}"
            );
        }
        let last = weeks.last().copied().unwrap_or(0);
        let results = &book.protocol().results_weeks;
        match &result.schedule.final_results {
            Some(range) => {
                assert_eq!(range.min, last + results.min);
                assert_eq!(range.max, last + results.max);
            }
            None => assert!(result.method.under_study, "{method} × {tier}"),
        }
    });
}

#[test]
fn caveats_follow_the_category_and_the_price() {
    let book = book();
    for_every_row(&book, |method, tier, sessions, result| {
        let row = format!("{method} × {tier} × {sessions}");
        let has = |caveat: Caveat| result.caveats.contains(&caveat);
        // Injection always carries the injectable caveat; a condition always its own; the
        // cosmetic caveat only a topical, aesthetic use. None goes without a regulatory caveat.
        assert_eq!(
            has(Caveat::InjectableRegulatory),
            result.method.category == Category::Injectable,
            "{row}"
        );
        assert_eq!(
            has(Caveat::ConditionRegulatory),
            result.method.indication == Indication::Condition,
            "{row}"
        );
        assert_eq!(
            has(Caveat::TopicalCosmetic),
            result.method.category == Category::Topical
                && result.method.indication == Indication::Aesthetic,
            "{row}"
        );
        assert!(
            has(Caveat::InjectableRegulatory)
                || has(Caveat::ConditionRegulatory)
                || has(Caveat::TopicalCosmetic),
            "{row}"
        );
        // The risk caveat follows what the patient knows about the lot, never the tier: with
        // no answer given, it is the cautious one for every tier.
        assert!(has(Caveat::CharacterisationRisk), "{row}");
        assert!(!has(Caveat::LotDataShown), "{row}");
        // A missing price is said plainly; a present one is put in context.
        assert_eq!(
            has(Caveat::NoPublishedPrice),
            result.total.range.is_none(),
            "{row}"
        );
        assert_eq!(
            has(Caveat::PriceReflectsQuality),
            result.total.range.is_some(),
            "{row}"
        );
        assert!(
            !has(Caveat::NoClinicPrice),
            "{row}: the default book is not a clinic's"
        );
        assert_eq!(has(Caveat::UnderStudy), result.method.under_study, "{row}");
        // No caveat is listed twice.
        for (index, caveat) in result.caveats.iter().enumerate() {
            assert!(
                !result.caveats[..index].contains(caveat),
                "{row}: {caveat:?} twice"
            );
        }
    });
    // The default book has an injectable method and a condition, so the checks above are not
    // vacuous.
    assert!(book
        .methods()
        .iter()
        .any(|method| method.category == Category::Injectable));
    assert!(book
        .methods()
        .iter()
        .any(|method| method.indication == Indication::Condition));
}

fn assert_figure_view(figure: &FigureView, row: &str) {
    assert!(
        !figure.label.trim().is_empty(),
        "{row}: a figure without a label"
    );
    assert!(
        !figure.value.trim().is_empty(),
        "{row}: {} has no value",
        figure.label
    );
    assert!(
        !figure.provenance.is_empty(),
        "{row}: {} says nothing about where it comes from",
        figure.label
    );
    for line in &figure.provenance {
        assert!(
            !line.trim().is_empty(),
            "{row}: {} has an empty line",
            figure.label
        );
    }
}

#[test]
fn every_figure_in_the_view_explains_itself() {
    let book = book();
    let money = PlainFormatter::new(book.currency());
    assert_eq!(book.currency(), "USD");
    let mut views = 0;
    for_every_row(&book, |method, tier, sessions, result| {
        let row = format!("{method} × {tier} × {sessions}");
        let raw = RawInput {
            method: method.to_owned(),
            tier: tier.to_owned(),
            sessions: sessions.to_string(),
            lot_data: false,
        };
        let page = page_view(&book, &raw, &money, Lang::En);
        // The page uses the choice as given: no fall-back happened for an offered tier.
        assert_eq!(page.method, method, "{row}");
        assert_eq!(page.tier, tier, "{row}");
        assert_eq!(page.sessions_error, None, "{row}");
        assert_eq!(
            page.tiers.iter().filter(|option| option.selected).count(),
            1,
            "{row}"
        );
        let ResultView::Estimate(estimate_view) = page.result else {
            panic!("{row}: no estimate in the view");
        };
        for figure in [
            &estimate_view.total,
            &estimate_view.per_session,
            &estimate_view.downtime_per_session,
            &estimate_view.downtime_total,
            &estimate_view.final_results,
        ] {
            assert_figure_view(figure, &row);
        }
        // The marking of a price matches whether a figure exists, and a figure is shown in
        // dollars.
        match result.total.range {
            Some(_) => {
                assert_ne!(estimate_view.total.kind, FigureKind::Absent, "{row}");
                assert!(estimate_view.total.value.starts_with('$'), "{row}");
            }
            None => {
                assert_eq!(estimate_view.total.kind, FigureKind::Absent, "{row}");
                assert_eq!(estimate_view.total.value, "No published figure", "{row}");
            }
        }
        // Injection shows the regulatory caveat in the view too, with a link to the FDA.
        let caveat_ids: Vec<&str> = estimate_view.caveats.iter().map(|c| c.id).collect();
        if result.method.category == Category::Injectable {
            let regulatory = estimate_view
                .caveats
                .iter()
                .find(|caveat| caveat.id == "injectable-regulatory");
            let Some(regulatory) = regulatory else {
                panic!("{row}: injection without the regulatory caveat: {caveat_ids:?}");
            };
            assert!(regulatory.warning, "{row}");
            assert!(
                !regulatory.links.is_empty()
                    && regulatory
                        .links
                        .iter()
                        .all(|link| link.url.starts_with("https://www.fda.gov/")),
                "{row}"
            );
        } else {
            assert!(!caveat_ids.contains(&"injectable-regulatory"), "{row}");
        }
        for caveat in &estimate_view.caveats {
            assert!(!caveat.title.is_empty() && !caveat.body.is_empty(), "{row}");
        }
        assert_eq!(estimate_view.ask_includes.len(), 3, "{row}");
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
        if method == "injection" && result.total.range.is_some() {
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
        assert!(!estimate_view.summary.is_empty() && !estimate_view.as_of.is_empty());
        views += 1;
    });
    assert_eq!(views, EXPECTED_ROWS);
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
