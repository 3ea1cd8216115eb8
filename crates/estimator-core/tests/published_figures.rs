//! The default price book reproduces every figure of the source exactly, and derives the rest
//! only by the rules it names.
#![cfg(feature = "clinic")]

use estimator_core::estimate::{estimate, DowntimeAmount, Provenance, Request, Rule};
use estimator_core::price_book::{PriceBook, TimeUnit, NOT_SURE};
use estimator_core::view::{page_view, FigureKind, ResultView};
use estimator_core::Lang;
use estimator_core::{MoneyRange, PlainFormatter, RawInput};

fn dollars(min: u64, max: u64) -> Option<MoneyRange> {
    Some(MoneyRange::new(min * 100, max * 100))
}

fn run(
    book: &PriceBook,
    method: &str,
    tier: &str,
    sessions: u32,
) -> estimator_core::estimate::Estimate<'static> {
    let book: &'static PriceBook = Box::leak(Box::new(book.clone()));
    estimate(
        book,
        &Request {
            method: method.into(),
            tier: tier.into(),
            sessions,
        },
    )
    .expect("method and tier exist")
}

#[test]
fn the_default_book_is_valid() {
    let parsed = PriceBook::from_json(estimator_core::price_book::DEFAULT_PRICE_BOOK_JSON);
    assert!(parsed.is_ok(), "{:?}", parsed.err());
}

#[test]
fn microneedling_single_session_is_quoted() {
    let book = PriceBook::published();
    let result = run(&book, "microneedling", NOT_SURE, 1);
    assert_eq!(result.total.range, dollars(600, 1_500));
    assert_eq!(
        result.total.provenance,
        Provenance::Quoted {
            source: "overview-2026".into(),
            notes: Vec::new(),
        }
    );
}

#[test]
fn microneedling_three_sessions_is_the_series_price_not_three_singles() {
    let book = PriceBook::published();
    let result = run(&book, "microneedling", NOT_SURE, 3);
    assert_eq!(result.total.range, dollars(2_000, 4_000));
    assert!(matches!(result.total.provenance, Provenance::Quoted { .. }));
    assert_eq!(result.per_session.range, dollars(667, 1_333));
}

#[test]
fn other_session_counts_follow_the_series_then_singles_rule() {
    let book = PriceBook::published();
    let expected = [
        (2, dollars(1_200, 3_000)),
        (4, dollars(2_600, 5_500)),
        (5, dollars(3_200, 7_000)),
        (6, dollars(4_000, 8_000)),
    ];
    for (sessions, range) in expected {
        let result = run(&book, "microneedling", NOT_SURE, sessions);
        assert_eq!(result.total.range, range, "{sessions} sessions");
        let Provenance::Derived { rules, .. } = &result.total.provenance else {
            panic!("{sessions} sessions should be derived");
        };
        assert!(matches!(rules[0], Rule::SeriesThenSingles { .. }));
    }
}

#[test]
fn injection_is_quoted_per_treatment_and_multiplied() {
    let book = PriceBook::published();
    let one = run(&book, "injection", "msc-injectable", 1);
    assert_eq!(one.total.range, dollars(3_000, 6_000));
    assert!(matches!(one.total.provenance, Provenance::Quoted { .. }));
    let two = run(&book, "injection", "msc-injectable", 2);
    assert_eq!(two.total.range, dollars(6_000, 12_000));
    let not_sure = run(&book, "injection", NOT_SURE, 1);
    assert_eq!(not_sure.total.range, dollars(3_000, 6_000));
    assert!(matches!(
        &not_sure.total.provenance,
        Provenance::Derived { rules, .. } if matches!(rules[0], Rule::SpanOfTiers { .. })
    ));
}

#[test]
fn tiers_are_bands_of_the_published_range() {
    let book = PriceBook::published();
    let expected = [
        ("plant", 1, dollars(600, 1_050)),
        ("placental-amniotic", 1, dollars(825, 1_275)),
        ("msc-characterised", 1, dollars(1_050, 1_500)),
        ("plant", 3, dollars(2_000, 3_000)),
        ("placental-amniotic", 3, dollars(2_500, 3_500)),
        ("msc-characterised", 3, dollars(3_000, 4_000)),
    ];
    for (tier, sessions, range) in expected {
        let result = run(&book, "microneedling", tier, sessions);
        assert_eq!(result.total.range, range, "{tier} × {sessions}");
        let Provenance::Derived { rules, sources, .. } = &result.total.provenance else {
            panic!("{tier} should be derived");
        };
        assert!(matches!(rules.last(), Some(Rule::TierBand { .. })));
        assert_eq!(sources, &vec!["overview-2026".to_owned()]);
    }
}

#[test]
fn laser_and_scalp_have_no_published_price_but_keep_downtime_and_schedule() {
    let book = PriceBook::published();
    for method in ["fractional-laser", "scalp"] {
        for tier in book.tiers_for(method) {
            let result = run(&book, method, &tier.id, 2);
            assert_eq!(result.total.range, None, "{method} {}", tier.id);
            assert_eq!(result.total.provenance, Provenance::Absent);
            assert_eq!(result.schedule.session_weeks, vec![0, 4]);
        }
    }
    let laser = run(&book, "fractional-laser", NOT_SURE, 2);
    assert_eq!(
        laser.downtime_per_session.amount,
        DowntimeAmount::Range {
            min: 3,
            max: 7,
            unit: TimeUnit::Days
        }
    );
    assert_eq!(
        laser.downtime_total.amount,
        DowntimeAmount::Range {
            min: 6,
            max: 14,
            unit: TimeUnit::Days
        }
    );
}

#[test]
fn downtime_figures_match_the_source() {
    let book = PriceBook::published();
    let microneedling = run(&book, "microneedling", NOT_SURE, 3);
    assert_eq!(
        microneedling.downtime_per_session.amount,
        DowntimeAmount::Range {
            min: 24,
            max: 48,
            unit: TimeUnit::Hours
        }
    );
    assert_eq!(
        microneedling.downtime_total.amount,
        DowntimeAmount::Range {
            min: 72,
            max: 144,
            unit: TimeUnit::Hours
        }
    );
    let injection = run(&book, "injection", NOT_SURE, 1);
    let DowntimeAmount::NotQuantified { effects } = &injection.downtime_per_session.amount else {
        panic!("injection downtime is not quantified in the source");
    };
    assert!(effects.iter().any(|effect| effect.contains("bruising")));
    let scalp = run(&book, "scalp", NOT_SURE, 1);
    assert_eq!(
        scalp.downtime_per_session.amount,
        DowntimeAmount::NotPublished
    );
}

#[test]
fn schedule_is_monthly_with_results_four_to_six_weeks_after_the_last_session() {
    let book = PriceBook::published();
    let three = run(&book, "microneedling", NOT_SURE, 3);
    assert_eq!(three.schedule.session_weeks, vec![0, 4, 8]);
    let weeks = |estimate: &estimator_core::estimate::Estimate| {
        estimate
            .schedule
            .final_results
            .as_ref()
            .map(|range| (range.min, range.max))
    };
    assert_eq!(weeks(&three), Some((12, 14)));
    let one = run(&book, "microneedling", NOT_SURE, 1);
    assert_eq!(weeks(&one), Some((4, 6)));
    // Scalp delivery is under study: no date for its results, whatever the plan.
    let scalp = run(&book, "scalp", NOT_SURE, 3);
    assert_eq!(weeks(&scalp), None);
    assert_eq!(scalp.schedule.final_results_provenance, Provenance::Absent);
}

fn view_for(method: &str, tier: &str, sessions: &str) -> estimator_core::PageView {
    let book = PriceBook::published();
    let raw = RawInput {
        method: method.into(),
        tier: tier.into(),
        sessions: sessions.into(),
        lot_data: false,
    };
    page_view(&book, &raw, &PlainFormatter::new("USD"), Lang::En)
}

#[test]
fn the_view_shows_the_published_figures_with_their_source() {
    let page = view_for("microneedling", NOT_SURE, "3");
    let ResultView::Estimate(view) = page.result else {
        panic!("three sessions give an estimate");
    };
    assert_eq!(view.total.value, "$2,000 – $4,000");
    assert_eq!(view.total.kind, FigureKind::Quoted);
    assert!(view.total.provenance[0].contains("RegenClinics.org"));
    assert_eq!(view.per_session.value, "$667 – $1,333");
    assert_eq!(view.downtime_per_session.value, "24–48 hours");
    assert_eq!(view.downtime_total.value, "72–144 hours (3–6 days)");
    assert_eq!(
        view.final_results.value,
        "Week 12–14: 4–6 weeks after the last session"
    );
    assert_eq!(
        view.final_results.label,
        "Results may keep developing until"
    );
    assert_eq!(view.as_of, "Source figures from 2026");
    // The 3-session price is quoted, and the label says so without calling derived figures
    // published.
    assert_eq!(view.price_label, "Published range, not a clinic's price");
}

#[test]
fn the_view_says_when_there_is_no_published_figure() {
    let page = view_for("fractional-laser", "plant", "2");
    let ResultView::Estimate(view) = page.result else {
        panic!("two sessions give an estimate");
    };
    assert_eq!(view.total.value, "No published figure");
    assert_eq!(view.total.kind, FigureKind::Absent);
    assert!(view.total.provenance[0].contains("does not invent"));
    assert!(view.caveats.iter().any(|c| c.id == "no-published-price"));
    assert_eq!(view.downtime_per_session.value, "3–7 days");
}

#[test]
fn injection_shows_the_regulatory_caveat_and_topical_the_cosmetic_one() {
    for tier in [NOT_SURE, "msc-injectable"] {
        let ResultView::Estimate(view) = view_for("injection", tier, "1").result else {
            panic!("one session gives an estimate");
        };
        let caveat = view
            .caveats
            .iter()
            .find(|c| c.id == "injectable-regulatory")
            .expect("injection always carries the regulatory caveat");
        assert!(caveat.body.contains("no exosome product is FDA-approved"));
        assert!(caveat.body.contains("Investigational New Drug"));
        assert!(caveat.title.starts_with("In the US"));
        assert!(!caveat.links.is_empty());
        assert!(caveat
            .links
            .iter()
            .all(|l| l.url.starts_with("https://www.fda.gov/")));
        // The warning-sign sentence links to the page that says it.
        assert!(caveat
            .links
            .iter()
            .any(|l| l.url.contains("important-patient-and-consumer-information")));
        assert!(view.caveats.iter().all(|c| c.id != "topical-cosmetic"));
    }
    let ResultView::Estimate(view) = view_for("microneedling", "plant", "1").result else {
        panic!("one session gives an estimate");
    };
    let ids: Vec<&str> = view.caveats.iter().map(|c| c.id).collect();
    assert!(ids.contains(&"topical-cosmetic"));
    assert!(ids.contains(&"characterisation-risk"));
    assert!(!ids.contains(&"injectable-regulatory"));
}

#[test]
fn more_than_the_typical_series_is_noted() {
    let ResultView::Estimate(view) = view_for("microneedling", NOT_SURE, "5").result else {
        panic!("five sessions give an estimate");
    };
    assert!(view
        .notes
        .iter()
        .any(|n| n.contains("more than the typical initial series of 2–3")));
    let ResultView::Estimate(view) = view_for("microneedling", NOT_SURE, "3").result else {
        panic!("three sessions give an estimate");
    };
    assert!(view.notes.is_empty());
}

#[test]
fn bad_session_values_give_a_message_and_no_figures() {
    for bad in ["0", "-3", "999", "abc", ""] {
        let page = view_for("microneedling", NOT_SURE, bad);
        assert!(page.sessions_error.is_some(), "{bad:?}");
        assert!(matches!(page.result, ResultView::NeedsInput(_)), "{bad:?}");
    }
}
