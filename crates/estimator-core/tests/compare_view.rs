//! Scenarios side by side: each column shows exactly the figures of the single estimate, a
//! bad session count shows the form's message instead, and the regulatory and evidence notes
//! only restate the sources.
#![cfg(feature = "clinic")]

use estimator_core::compare::{compare_view, CompareFigures, ROW_LABELS, WAITS_FOR_SESSIONS};
use estimator_core::price_book::{PriceBook, DEFAULT_PRICE_BOOK_JSON, NOT_SURE};
use estimator_core::view::{page_view, ResultView};
use estimator_core::whole_table::requests;
use estimator_core::Lang;
use estimator_core::{PlainFormatter, RawInput};

fn book() -> PriceBook {
    match PriceBook::from_json(DEFAULT_PRICE_BOOK_JSON) {
        Ok(book) => book,
        Err(problems) => panic!("the default book must be valid: {problems:?}"),
    }
}

fn raw(method: &str, tier: &str, sessions: &str) -> RawInput {
    RawInput {
        method: method.into(),
        tier: tier.into(),
        sessions: sessions.into(),
        lot_data: false,
    }
}

#[test]
fn every_column_shows_the_single_estimate_figures_exactly() {
    let book = book();
    let money = PlainFormatter::new("USD");
    let mut columns = 0;
    for request in requests(&book) {
        let input = raw(
            &request.method,
            &request.tier,
            &request.sessions.to_string(),
        );
        // The same scenario in every position of a three-column comparison.
        let others = [raw("injection", "msc-injectable", "1"), input.clone()];
        let view = compare_view(
            &book,
            &[input.clone(), others[0].clone(), others[1].clone()],
            &money,
            Lang::En,
        );
        assert_eq!(view.columns.len(), 3);
        let ResultView::Estimate(single) = page_view(&book, &input, &money, Lang::En).result else {
            panic!("no estimate for {input:?}");
        };
        for index in [0, 2] {
            let column = &view.columns[index];
            assert_eq!(column.title, format!("Scenario {}", index + 1));
            assert_eq!(column.summary, single.summary);
            assert_eq!(column.price_label, single.price_label);
            assert_eq!(
                (column.method.as_str(), column.tier.as_str()),
                (request.method.as_str(), request.tier.as_str())
            );
            let CompareFigures::Estimate(figures) = &column.figures else {
                panic!("figures expected for {input:?}");
            };
            assert_eq!(figures.total, single.total);
            assert_eq!(figures.per_session, single.per_session);
            assert_eq!(figures.downtime_total, single.downtime_total);
            assert_eq!(figures.final_results, single.final_results);
            assert_eq!(column.evidence.len(), 2);
            assert!(column.evidence.iter().all(|note| note.ends_with('.')));
            columns += 1;
        }
    }
    assert_eq!(columns, (4 + 4 + 2 + 4) * 6 * 2);
}

#[test]
fn a_bad_session_count_shows_the_form_message_instead_of_figures() {
    let book = book();
    let money = PlainFormatter::new("USD");
    let view = compare_view(
        &book,
        &[
            raw("microneedling", "plant", "abc"),
            raw("scalp", "plant", ""),
        ],
        &money,
        Lang::En,
    );
    let CompareFigures::NeedsInput(message) = &view.columns[0].figures else {
        panic!("no figures expected");
    };
    assert_eq!(
        message,
        "“abc” is not a number. Enter a whole number of sessions from 1 to 6."
    );
    assert_eq!(
        view.columns[0].summary,
        "Microneedling exosome facial · Plant-derived · sessions to be entered"
    );
    assert_eq!(
        view.columns[0].price_label,
        "Figures quoted from a published overview or derived from them by stated rules; not a quote"
    );
    let CompareFigures::NeedsInput(message) = &view.columns[1].figures else {
        panic!("no figures expected");
    };
    assert_eq!(message, "Enter a number of sessions from 1 to 6.");
    // The notes do not depend on the count, so they are still shown.
    assert!(view.columns[1].evidence[0].contains("under active study"));
}

#[test]
fn at_most_three_columns() {
    let book = book();
    let money = PlainFormatter::new("USD");
    let four = vec![raw("scalp", NOT_SURE, "1"); 4];
    let view = compare_view(&book, &four, &money, Lang::En);
    assert_eq!(view.columns.len(), 3);
    assert_eq!(
        view.note.as_deref(),
        Some("Only the first three scenarios are compared; 1 more left out.")
    );
    assert_eq!(view.row_labels, ROW_LABELS.to_vec());
    let none = compare_view(&book, &[], &money, Lang::En);
    assert!(none.columns.is_empty() && none.note.is_none());
}

#[test]
fn unknown_ids_fall_back_as_the_form_does() {
    let book = book();
    let money = PlainFormatter::new("USD");
    let view = compare_view(
        &book,
        &[raw("nonsense", "msc-injectable", "2")],
        &money,
        Lang::En,
    );
    let page = page_view(
        &book,
        &raw("nonsense", "msc-injectable", "2"),
        &money,
        Lang::En,
    );
    assert_eq!(view.columns[0].method, page.method);
    assert_eq!(view.columns[0].tier, page.tier);
    assert_eq!(view.columns[0].tier, NOT_SURE);
}

#[test]
fn regulatory_status_follows_the_indication_and_route() {
    let book = book();
    let money = PlainFormatter::new("USD");
    let view = compare_view(
        &book,
        &[
            raw("injection", "msc-injectable", "1"),
            raw("microneedling", NOT_SURE, "3"),
            raw("scalp", NOT_SURE, "3"),
        ],
        &money,
        Lang::En,
    );
    let injectable = &view.columns[0].regulatory;
    assert_eq!(
        injectable.status,
        "In the US: Not FDA-approved; injected preparations likely need an IND (a regulatory grey zone)."
    );
    assert_eq!(injectable.caveat_id, "injectable-regulatory");
    assert!(!injectable.links.is_empty());
    assert!(injectable
        .links
        .iter()
        .all(|link| link.url.starts_with("https://www.fda.gov/")));
    let topical = &view.columns[1].regulatory;
    assert_eq!(
        topical.status,
        "In the US: A cosmetic only when sold without a medical claim; not FDA-approved."
    );
    assert_eq!(topical.caveat_id, "topical-cosmetic");
    // Hair loss is a condition: never the cosmetic line, and the under-study caveat is shown
    // in the column.
    let scalp = &view.columns[2];
    assert_eq!(scalp.regulatory.caveat_id, "condition-regulatory");
    assert!(!scalp.regulatory.status.contains("cosmetic only"));
    assert!(scalp
        .regulatory
        .status
        .contains("no exosome product has it"));
    assert_eq!(scalp.warnings.len(), 1);
    assert_eq!(scalp.warnings[0].id, "under-study");
    assert!(view.columns[1].warnings.is_empty());
    assert_eq!(view.row_labels[4], "Regulatory status (US)");
}

#[test]
fn evidence_notes_say_only_what_the_source_says() {
    let book = book();
    let money = PlainFormatter::new("USD");
    let notes = |method: &str, tier: &str| {
        compare_view(&book, &[raw(method, tier, "3")], &money, Lang::En).columns[0]
            .evidence
            .join(" ")
    };
    assert!(notes("scalp", NOT_SURE).contains("under active study"));
    assert!(notes("microneedling", "plant").contains("signal less strongly"));
    assert!(notes("microneedling", "msc-characterised").contains(
        "significant published evidence for several well-characterised topical products"
    ));
    assert!(notes("fractional-laser", "msc-characterised").contains("published evidence"));
    // Scalp delivery is under study: the evidence for topical skin products is not claimed.
    assert!(!notes("scalp", "msc-characterised").contains("published evidence"));
    assert!(notes("injection", "msc-injectable").contains("not for injected ones"));
    assert!(notes("injection", "msc-injectable").contains("most studied"));
    assert!(notes("microneedling", "placental-amniotic").contains("no evidence specific to them"));
    assert!(notes("microneedling", NOT_SURE).contains("The evidence depends on the product"));
    assert!(notes("microneedling", NOT_SURE).contains("most often"));
    // The overview states evidence; it cites none, and no note says it does.
    for (method, tier) in [
        ("injection", "msc-injectable"),
        ("microneedling", "msc-characterised"),
    ] {
        assert!(!notes(method, tier).contains("cites"), "{method} {tier}");
    }
    let view = compare_view(&book, &[raw("scalp", NOT_SURE, "3")], &money, Lang::En);
    assert!(view.evidence_source.contains("RegenClinics.org"));
}

#[test]
fn the_table_rows_line_up_one_cell_per_scenario_in_a_fixed_order() {
    let book = book();
    let money = PlainFormatter::new("USD");
    for method in book.methods() {
        for tier in book.tiers_for(&method.id) {
            let scenarios = [
                raw("microneedling", NOT_SURE, "3"),
                raw(&method.id, &tier.id, "2"),
                raw("injection", "msc-injectable", "abc"),
            ];
            let view = compare_view(&book, &scenarios, &money, Lang::En);
            let labels: Vec<&str> = view.rows.iter().map(|row| row.label).collect();
            assert_eq!(labels, ROW_LABELS[..5].to_vec());
            for row in &view.rows {
                assert_eq!(row.cells.len(), view.columns.len(), "{}", row.label);
            }
            // Each figure cell is the column's own figure, value and kind.
            for (index, column) in view.columns.iter().enumerate() {
                let cell = |row: usize| &view.rows[row].cells[index];
                match &column.figures {
                    CompareFigures::Estimate(figures) => {
                        let shown = [
                            &figures.total,
                            &figures.per_session,
                            &figures.downtime_total,
                            &figures.final_results,
                        ];
                        for (row, figure) in shown.iter().enumerate() {
                            assert_eq!(cell(row).value, figure.value);
                            assert_eq!(cell(row).kind, Some(figure.kind));
                            assert_eq!(cell(row).badge, Some(figure.badge));
                        }
                    }
                    CompareFigures::NeedsInput(message) => {
                        assert_eq!(&cell(0).value, message, "the total says why");
                        for row in 1..4 {
                            assert_eq!(cell(row).value, WAITS_FOR_SESSIONS);
                            assert_eq!(cell(row).kind, None);
                        }
                    }
                }
                assert_eq!(cell(4).value, column.regulatory.status);
                assert_eq!(cell(4).kind, None);
            }
        }
    }
}

#[test]
fn the_table_has_a_title_and_its_sources_behind_a_named_disclosure() {
    let book = book();
    let money = PlainFormatter::new("USD");
    let view = compare_view(
        &book,
        &[
            raw("microneedling", NOT_SURE, "3"),
            raw("scalp", NOT_SURE, "2"),
        ],
        &money,
        Lang::En,
    );
    assert_eq!(view.title, "Compare scenarios");
    assert_eq!(view.sources_title, "Where these figures come from");
    assert_eq!(view.rows[0].cells[0].value, "$2,000 – $4,000");
    assert_eq!(view.rows[0].cells[1].value, "No published figure");
}

#[test]
fn no_sentence_stacks_two_parentheses() {
    let book = book();
    let money = PlainFormatter::new("USD");
    for method in book.methods() {
        for tier in book.tiers_for(&method.id) {
            let view = compare_view(
                &book,
                &[
                    raw(&method.id, &tier.id, "2"),
                    raw(&method.id, &tier.id, "1"),
                ],
                &money,
                Lang::En,
            );
            let CompareFigures::Estimate(figures) = &view.columns[0].figures else {
                panic!("figures expected for {} × {}", method.id, tier.id);
            };
            let lines = [
                &figures.total,
                &figures.per_session,
                &figures.downtime_total,
                &figures.final_results,
            ]
            .into_iter()
            .flat_map(|figure| figure.provenance.iter());
            for line in lines {
                assert!(!line.contains(") ("), "{line}");
            }
        }
    }
}
