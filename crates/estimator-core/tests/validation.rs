//! `PriceBook::from_json` rejects every kind of bad book and names each problem with its path.
//!
//! Every bad book here is the default book with one deliberate change, made on the parsed
//! `serde_json::Value` and serialised back, so that each test isolates one mistake a clinic could
//! make. The assertions check the exact path and the key words of the message, because a clinic
//! fixing its price list relies on both, and a bare `is_err()` would pass for the wrong reason.
#![cfg(feature = "clinic")]

use estimator_core::price_book::{PriceBook, DEFAULT_PRICE_BOOK_JSON, MAX_AMOUNT_MINOR};
use estimator_core::Problem;
use serde_json::{json, Value};

mod common;
use common::{assert_only_problem, assert_problem, listing};

/// The default book as a JSON value, ready to be damaged.
fn default_value() -> Value {
    serde_json::from_str(DEFAULT_PRICE_BOOK_JSON).expect("the default book is JSON")
}

/// Parses `text` and returns its problems, failing the test if the book is accepted.
fn problems_of_text(text: &str) -> Vec<Problem> {
    match PriceBook::from_json(text) {
        Ok(_) => panic!("a bad book was accepted: {}", shorten_for_panic(text)),
        Err(problems) => {
            assert!(!problems.is_empty(), "a rejection must name a problem");
            problems
        }
    }
}

fn shorten_for_panic(text: &str) -> String {
    text.chars().take(300).collect()
}

/// Damages the default book with `mutate` and returns the problems found in the result.
fn problems_after(mutate: impl FnOnce(&mut Value)) -> Vec<Problem> {
    let mut value = default_value();
    mutate(&mut value);
    let text = serde_json::to_string(&value).expect("a Value always serialises");
    problems_of_text(&text)
}

/// The object at a JSON pointer, for concise mutations.
fn at<'v>(value: &'v mut Value, pointer: &str) -> &'v mut Value {
    value
        .pointer_mut(pointer)
        .unwrap_or_else(|| panic!("the default book has {pointer}"))
}

fn array<'v>(value: &'v mut Value, pointer: &str) -> &'v mut Vec<Value> {
    at(value, pointer)
        .as_array_mut()
        .unwrap_or_else(|| panic!("{pointer} is a list"))
}

fn object<'v>(value: &'v mut Value, pointer: &str) -> &'v mut serde_json::Map<String, Value> {
    at(value, pointer)
        .as_object_mut()
        .unwrap_or_else(|| panic!("{pointer} is an object"))
}

// The default book's layout, which the tests below rely on. If the book is reordered these
// checks fail first, with a clear message, instead of every test failing obscurely.
#[test]
fn the_default_book_has_the_layout_these_tests_assume() {
    let value = default_value();
    let offer = |index: usize| {
        let offer = &value["offers"][index];
        (
            offer["method"].as_str().unwrap_or_default().to_owned(),
            offer["tier"].as_str().unwrap_or_default().to_owned(),
        )
    };
    assert_eq!(
        offer(0),
        ("microneedling".to_owned(), "not-sure".to_owned())
    );
    assert!(value["offers"][0]["series"].is_object());
    assert_eq!(offer(1), ("microneedling".to_owned(), "plant".to_owned()));
    assert_eq!(offer(8), ("injection".to_owned(), "not-sure".to_owned()));
    assert_eq!(
        offer(9),
        ("injection".to_owned(), "msc-injectable".to_owned())
    );
    assert_eq!(offer(10), ("scalp".to_owned(), "not-sure".to_owned()));
    assert_eq!(offer(11), ("scalp".to_owned(), "plant".to_owned()));
    assert_eq!(value["offers"].as_array().map(Vec::len), Some(14));
    assert_eq!(value["methods"][0]["id"], "microneedling");
    assert_eq!(value["methods"][2]["id"], "injection");
    assert_eq!(value["tiers"][1]["id"], "plant");
    // The unchanged value, serialised again, is still a valid book: the helper itself adds
    // nothing that could be rejected.
    let text = serde_json::to_string(&value).expect("serialises");
    assert!(PriceBook::from_json(&text).is_ok());
}

#[test]
fn problem_display_is_path_colon_message() {
    let problem = Problem {
        path: "offers[0].single.max".to_owned(),
        message: "40000 ($400) is below min 60000 ($600)".to_owned(),
    };
    assert_eq!(
        problem.to_string(),
        "offers[0].single.max: 40000 ($400) is below min 60000 ($600)"
    );
    // A problem with the document itself has no path, so no dangling colon is shown.
    let whole = Problem {
        path: String::new(),
        message: "is not valid JSON".to_owned(),
    };
    assert_eq!(whole.to_string(), "is not valid JSON");
    // The real problems display the same way.
    let problems = problems_after(|book| book["offers"][0]["single"]["max"] = json!(40000));
    assert_eq!(
        problems[0].to_string(),
        "offers[0].single.max: 40000 ($400) is below min 60000 ($600)"
    );
}

// ----- Amounts -----

#[test]
fn negative_amount_is_rejected_with_its_path() {
    let problems = problems_after(|book| book["offers"][0]["single"]["min"] = json!(-100));
    assert_only_problem(
        &problems,
        "offers[0].single.min",
        &[
            "must be a non-negative whole number of cents",
            "minor units",
            "found -100",
        ],
    );
}

#[test]
fn fractional_amount_is_rejected() {
    let problems = problems_after(|book| book["offers"][9]["single"]["max"] = json!(600000.5));
    assert_only_problem(
        &problems,
        "offers[9].single.max",
        &["must be a non-negative whole number of cents", "600000.5"],
    );
}

#[test]
fn amounts_that_are_not_numbers_are_rejected_and_shown() {
    let cases = [
        (json!("3000"), "found \"3000\""),
        (json!(true), "found true"),
        (json!([1, 2]), "found [1,2]"),
        (json!({"usd": 3000}), "found {\"usd\":3000}"),
    ];
    for (amount, shown) in cases {
        let problems = problems_after(|book| book["offers"][9]["single"]["min"] = amount);
        assert_only_problem(
            &problems,
            "offers[9].single.min",
            &["must be a non-negative whole number of cents", shown],
        );
    }
}

#[test]
fn a_null_or_missing_amount_is_required() {
    let problems = problems_after(|book| book["offers"][9]["single"]["min"] = Value::Null);
    assert_only_problem(&problems, "offers[9].single.min", &["is required"]);
    let problems = problems_after(|book| {
        object(book, "/offers/9/single").remove("max");
    });
    assert_only_problem(&problems, "offers[9].single.max", &["is required"]);
}

#[test]
fn huge_amounts_are_rejected_as_typing_mistakes() {
    // An integer above the cap is "too large", and the cap is named so the clinic can fix it.
    let problems = problems_after(|book| {
        book["offers"][9]["single"]["max"] = json!(MAX_AMOUNT_MINOR + 1);
    });
    assert_only_problem(
        &problems,
        "offers[9].single.max",
        &["is too large", "at most 1000000000"],
    );
    let problems = problems_after(|book| book["offers"][9]["single"]["max"] = json!(u64::MAX));
    assert_only_problem(
        &problems,
        "offers[9].single.max",
        &["18446744073709551615 is too large"],
    );
    // Past u64, JSON numbers become floats, which are not whole numbers of cents.
    let problems = problems_after(|book| book["offers"][9]["single"]["max"] = json!(1e20));
    assert_only_problem(
        &problems,
        "offers[9].single.max",
        &["must be a non-negative whole number of cents"],
    );
    // The cap itself is still accepted: the boundary is inclusive.
    let mut value = default_value();
    value["offers"][9]["single"]["max"] = json!(MAX_AMOUNT_MINOR);
    let text = serde_json::to_string(&value).expect("serialises");
    assert!(PriceBook::from_json(&text).is_ok());
}

#[test]
fn non_finite_amounts_cannot_get_through() {
    // JSON has no NaN or infinity. A number too large for a double is a parse error of the whole
    // document, reported without a path.
    let text = DEFAULT_PRICE_BOOK_JSON.replacen("\"min\": 300000", "\"min\": 1e999", 1);
    assert_ne!(text, DEFAULT_PRICE_BOOK_JSON, "the replacement must apply");
    let problems = problems_of_text(&text);
    assert_eq!(problems.len(), 1, "{}", listing(&problems));
    assert_eq!(problems[0].path, "");
    assert!(problems[0].message.starts_with("is not valid JSON"));
    // Bare NaN and Infinity tokens are not JSON either.
    for token in ["NaN", "Infinity", "-Infinity"] {
        let text =
            DEFAULT_PRICE_BOOK_JSON.replacen("\"min\": 300000", &format!("\"min\": {token}"), 1);
        let problems = problems_of_text(&text);
        assert_eq!(problems[0].path, "", "{token}");
        assert!(problems[0].message.contains("is not valid JSON"), "{token}");
    }
    // serde_json turns a non-finite float into null, which is then a missing amount.
    let problems = problems_after(|book| {
        book["offers"][9]["single"]["min"] = Value::from(f64::INFINITY);
    });
    assert_only_problem(&problems, "offers[9].single.min", &["is required"]);
}

// ----- Ranges -----

#[test]
fn reversed_single_range_names_the_max_and_the_min() {
    let problems = problems_after(|book| book["offers"][0]["single"]["max"] = json!(40000));
    // Only this one problem: the bands that depend on the "not sure" offer must not complain
    // that there is no quoted offer when there is one, merely a wrong one.
    assert_only_problem(
        &problems,
        "offers[0].single.max",
        &["40000 ($400) is below min 60000 ($600)"],
    );
    assert_eq!(
        problems[0].message,
        "40000 ($400) is below min 60000 ($600)"
    );
}

#[test]
fn reversed_ranges_elsewhere_are_reported_at_their_own_paths() {
    let problems = problems_after(|book| book["offers"][0]["series"]["min"] = json!(500000));
    assert_problem(
        &problems,
        "offers[0].series.max",
        &["400000 ($4,000) is below min 500000 ($5,000)"],
    );
    let problems = problems_after(|book| book["methods"][0]["downtime"]["min"] = json!(72));
    assert_only_problem(
        &problems,
        "methods[0].downtime.max",
        &["48 is below min 72"],
    );
    let problems = problems_after(|book| {
        book["protocol"]["typical_sessions"]["min"] = json!(4);
    });
    assert_only_problem(
        &problems,
        "protocol.typical_sessions.max",
        &["3 is below min 4"],
    );
    let problems = problems_after(|book| book["protocol"]["results_weeks"]["max"] = json!(1));
    assert_only_problem(
        &problems,
        "protocol.results_weeks.max",
        &["1 is below min 4"],
    );
}

#[test]
fn equal_ends_are_a_valid_range() {
    let mut value = default_value();
    value["offers"][9]["single"] = json!({"min": 450000, "max": 450000, "source": "overview-2026"});
    let text = serde_json::to_string(&value).expect("serialises");
    assert!(PriceBook::from_json(&text).is_ok());
}

#[test]
fn downtime_with_min_above_max_is_rejected() {
    let problems = problems_after(|book| {
        book["methods"][1]["downtime"] =
            json!({"kind": "days", "min": 7, "max": 3, "source": "overview-2026"});
    });
    assert_only_problem(&problems, "methods[1].downtime.max", &["3 is below min 7"]);
}

#[test]
fn downtime_values_out_of_bounds_or_of_an_unknown_kind_are_rejected() {
    let problems =
        problems_after(|book| book["methods"][0]["downtime"]["max"] = json!(24 * 90 + 1));
    assert_problem(
        &problems,
        "methods[0].downtime.max",
        &["is too large", "at most 2160"],
    );
    let problems = problems_after(|book| book["methods"][0]["downtime"]["kind"] = json!("weeks"));
    assert_only_problem(
        &problems,
        "methods[0].downtime.kind",
        &["\"weeks\" is not a downtime kind", "not_published"],
    );
    let problems = problems_after(|book| book["methods"][2]["downtime"]["effects"] = json!([]));
    assert_only_problem(
        &problems,
        "methods[2].downtime.effects",
        &["must name at least one effect"],
    );
    let problems = problems_after(|book| {
        book["methods"][2]["downtime"]["effects"] = json!(["bruising", "  "])
    });
    assert_only_problem(
        &problems,
        "methods[2].downtime.effects[1]",
        &["must be non-empty text"],
    );
}

// ----- References between entries -----

#[test]
fn unknown_method_in_an_offer_is_named() {
    let problems = problems_after(|book| book["offers"][9]["method"] = json!("injektion"));
    assert_only_problem(
        &problems,
        "offers[9].method",
        &["\"injektion\" is not the id of any method"],
    );
}

#[test]
fn unknown_tier_in_an_offer_is_named() {
    let problems = problems_after(|book| book["offers"][9]["tier"] = json!("gold"));
    assert_only_problem(
        &problems,
        "offers[9].tier",
        &["\"gold\" is not the id of any tier"],
    );
}

#[test]
fn unknown_source_ids_are_named_wherever_they_are_cited() {
    let places = [
        ("/offers/0/single", "offers[0].single.source"),
        ("/offers/0/series", "offers[0].series.source"),
        ("/methods/0/downtime", "methods[0].downtime.source"),
        ("/methods/2/downtime", "methods[2].downtime.source"),
        (
            "/methods/0/interval_weeks",
            "methods[0].interval_weeks.source",
        ),
        ("/protocol/results_weeks", "protocol.results_weeks.source"),
    ];
    for (pointer, path) in places {
        let problems = problems_after(|book| {
            object(book, pointer).insert("source".to_owned(), json!("overview-2025"));
        });
        assert_only_problem(
            &problems,
            path,
            &["\"overview-2025\" is not the id of any entry in sources"],
        );
    }
}

#[test]
fn an_interval_needs_a_source_or_a_rule_and_may_have_both() {
    // A source and a rule together mean: read from the source, turned into weeks by the rule
    // (the overview's "monthly", counted as 4 weeks).
    let book = PriceBook::published();
    assert_eq!(
        book.methods()[0].interval.basis,
        estimator_core::price_book::Basis::SourceAndRule {
            source: "overview-2026".into(),
            rule: estimator_core::price_book::BookRule::MonthlyAsFourWeeks,
        }
    );
    let problems = problems_after(|book| {
        object(book, "/methods/1/interval_weeks").remove("rule");
    });
    assert_only_problem(
        &problems,
        "methods[1].interval_weeks",
        &["needs a source", "or a rule"],
    );
    let problems =
        problems_after(|book| book["methods"][1]["interval_weeks"]["rule"] = json!("guess"));
    assert_only_problem(
        &problems,
        "methods[1].interval_weeks.rule",
        &["\"guess\" is not a known rule", "assumed-monthly"],
    );
    let problems = problems_after(|book| book["methods"][1]["interval_weeks"]["weeks"] = json!(0));
    assert_only_problem(
        &problems,
        "methods[1].interval_weeks.weeks",
        &["must be at least 1"],
    );
}

// ----- Duplicates -----

#[test]
fn duplicate_method_id_is_reported_on_the_later_entry() {
    let problems = problems_after(|book| {
        let copy = book["methods"][0].clone();
        array(book, "/methods").push(copy);
    });
    assert_only_problem(
        &problems,
        "methods[4].id",
        &["\"microneedling\" is used by an earlier entry", "unique"],
    );
}

#[test]
fn duplicate_tier_id_is_reported_on_the_later_entry() {
    let problems = problems_after(|book| {
        let copy = book["tiers"][1].clone();
        array(book, "/tiers").push(copy);
    });
    assert_only_problem(
        &problems,
        "tiers[5].id",
        &["\"plant\" is used by an earlier entry"],
    );
}

#[test]
fn duplicate_source_id_is_reported_on_the_later_entry() {
    let problems = problems_after(|book| {
        let copy = book["sources"][0].clone();
        array(book, "/sources").push(copy);
    });
    assert_only_problem(
        &problems,
        "sources[1].id",
        &["\"overview-2026\" is used by an earlier entry"],
    );
}

#[test]
fn duplicate_method_and_tier_offer_is_reported() {
    let problems = problems_after(|book| {
        let copy = book["offers"][9].clone();
        array(book, "/offers").push(copy);
    });
    assert_only_problem(
        &problems,
        "offers[14]",
        &[
            "a second offer for method \"injection\" and tier \"msc-injectable\"",
            "each pair may appear once",
        ],
    );
}

#[test]
fn paths_keep_document_indices_when_an_earlier_entry_is_unreadable() {
    // An unreadable entry before a duplicate must not shift the duplicate's reported index:
    // the clinic looks up the index the message gives.
    let problems = problems_after(|book| {
        let methods = array(book, "/methods");
        let copy = methods[0].clone();
        methods.insert(0, json!({"id": "broken"}));
        methods.push(copy);
    });
    assert_problem(&problems, "methods[0].name", &["is required"]);
    assert_problem(
        &problems,
        "methods[5].id",
        &["\"microneedling\" is used by an earlier entry"],
    );
    assert!(
        !problems.iter().any(|p| p.path == "methods[4].id"),
        "the duplicate was reported one entry too early:\n{}",
        listing(&problems)
    );

    let problems = problems_after(|book| {
        let offers = array(book, "/offers");
        let copy = offers[9].clone();
        offers.insert(0, json!({"method": "injection"}));
        offers.push(copy);
    });
    assert_problem(&problems, "offers[0].tier", &["is required"]);
    assert_problem(
        &problems,
        "offers[15]",
        &["a second offer for method \"injection\""],
    );

    let problems = problems_after(|book| {
        let offers = array(book, "/offers");
        offers.insert(0, json!({"method": "injection"}));
        // Now the first plant band for microneedling, at index 2, lies outside the range.
        offers[2] = json!({
            "method": "microneedling", "tier": "plant",
            "single": {"min": 10000, "max": 20000, "source": "overview-2026"}
        });
    });
    assert_problem(
        &problems,
        "offers[2].single",
        &["lies outside the method's \"not-sure\" range"],
    );
}

// ----- Methods, tiers and offers -----

#[test]
fn a_method_without_downtime_is_rejected() {
    let problems = problems_after(|book| {
        object(book, "/methods/2").remove("downtime");
    });
    assert_only_problem(
        &problems,
        "methods[2].downtime",
        &["is required", "not_published"],
    );
    // Null counts as missing, not as "not published": saying nothing must be explicit.
    let problems = problems_after(|book| book["methods"][3]["downtime"] = Value::Null);
    assert_only_problem(&problems, "methods[3].downtime", &["is required"]);
}

#[test]
fn a_book_needs_at_least_one_method() {
    let problems = problems_after(|book| {
        book["methods"] = json!([]);
        book["offers"] = json!([]);
    });
    assert_only_problem(&problems, "methods", &["must list at least one method"]);
}

#[test]
fn bad_ids_and_bad_enumerations_are_named() {
    let problems = problems_after(|book| {
        let copy = json!({"id": "Gold Tier", "name": "Gold", "source_cell": "msc"});
        array(book, "/tiers").push(copy);
    });
    assert_only_problem(
        &problems,
        "tiers[5].id",
        &["\"Gold Tier\" is not a valid id", "lowercase"],
    );
    let problems = problems_after(|book| book["tiers"][2]["source_cell"] = json!("great"));
    assert_problem(
        &problems,
        "tiers[2].source_cell",
        &["\"great\" is not a source cell"],
    );
    let problems = problems_after(|book| book["methods"][0]["indication"] = json!("beauty"));
    assert_problem(
        &problems,
        "methods[0].indication",
        &["\"beauty\" is not an indication"],
    );
    let problems = problems_after(|book| book["methods"][0]["category"] = json!("oral"));
    assert_problem(
        &problems,
        "methods[0].category",
        &["\"oral\" is not a category"],
    );
    let problems = problems_after(|book| book["sources"][0]["kind"] = json!("blog"));
    assert_problem(
        &problems,
        "sources[0].kind",
        &["\"blog\" is not a source kind"],
    );
    let problems = problems_after(|book| book["sources"][0]["url"] = json!("ftp://example.org"));
    assert_only_problem(&problems, "sources[0].url", &["must start with https://"]);
    let problems = problems_after(|book| book["methods"][0]["under_study"] = json!("no"));
    assert_only_problem(
        &problems,
        "methods[0].under_study",
        &["must be true or false, found a string"],
    );
}

#[test]
fn an_id_longer_than_forty_characters_is_rejected() {
    let long = "a".repeat(41);
    let problems = problems_after(|book| {
        array(book, "/tiers").push(json!({"id": long, "name": "Long", "source_cell": "plant"}));
    });
    assert_only_problem(&problems, "tiers[5].id", &["is not a valid id", "up to 40"]);
}

#[test]
fn band_without_a_quoted_not_sure_offer_is_rejected() {
    // Scalp's "not sure" offer has no price, so there is nothing to take a band from.
    let problems = problems_after(|book| {
        book["offers"][11] = json!({
            "method": "scalp", "tier": "plant", "band": {"from_percent": 0, "to_percent": 50}
        });
    });
    assert_only_problem(
        &problems,
        "offers[11].band",
        &["needs a quoted \"not-sure\" offer for method \"scalp\""],
    );
}

#[test]
fn not_sure_itself_cannot_be_a_band() {
    let problems = problems_after(|book| {
        book["offers"][8] = json!({
            "method": "injection", "tier": "not-sure", "band": {"from_percent": 0, "to_percent": 50}
        });
    });
    assert_only_problem(&problems, "offers[8].band", &["cannot be a band itself"]);
}

#[test]
fn band_whose_top_is_not_above_its_bottom_is_rejected() {
    for (from, to) in [(50, 50), (75, 25)] {
        let problems = problems_after(|book| {
            book["offers"][1]["band"] = json!({"from_percent": from, "to_percent": to});
        });
        assert_only_problem(
            &problems,
            "offers[1].band.to_percent",
            &[&format!("{to} must be above from_percent {from}")],
        );
    }
    let problems = problems_after(|book| {
        book["offers"][1]["band"] = json!({"from_percent": 0, "to_percent": 101});
    });
    assert_only_problem(
        &problems,
        "offers[1].band.to_percent",
        &["101 is too large (at most 100)"],
    );
}

#[test]
fn band_cannot_be_combined_with_prices() {
    let problems = problems_after(|book| {
        object(book, "/offers/9").insert(
            "band".to_owned(),
            json!({"from_percent": 0, "to_percent": 50}),
        );
    });
    assert_only_problem(&problems, "offers[9].band", &["cannot be combined"]);
}

#[test]
fn series_without_a_single_price_is_rejected() {
    let problems = problems_after(|book| {
        object(book, "/offers/0").remove("single");
    });
    assert_only_problem(
        &problems,
        "offers[0].single",
        &["is required when a series is given"],
    );
}

#[test]
fn series_cheaper_than_the_singles_it_replaces_is_rejected() {
    // Three sessions for less than two singles would make the third session lower the total.
    let problems = problems_after(|book| book["offers"][0]["series"]["max"] = json!(250000));
    assert_only_problem(
        &problems,
        "offers[0].series.max",
        &[
            "250000 is below the price of 2 single sessions (300000)",
            "adding a session would lower the estimate",
        ],
    );
    let problems = problems_after(|book| book["offers"][0]["series"]["min"] = json!(100000));
    assert_only_problem(
        &problems,
        "offers[0].series.min",
        &["100000 is below the price of 2 single sessions (120000)"],
    );
    // Exactly the price of the singles it replaces is still allowed.
    let mut value = default_value();
    value["offers"][0]["series"]["min"] = json!(120000);
    let text = serde_json::to_string(&value).expect("serialises");
    assert!(PriceBook::from_json(&text).is_ok());
}

#[test]
fn series_of_one_session_is_rejected() {
    for sessions in [1, 0] {
        let problems =
            problems_after(|book| book["offers"][0]["series"]["sessions"] = json!(sessions));
        assert_only_problem(
            &problems,
            "offers[0].series.sessions",
            &[&format!(
                "a series must cover at least 2 sessions, found {sessions}"
            )],
        );
    }
    let problems = problems_after(|book| book["offers"][0]["series"]["sessions"] = json!(13));
    assert_only_problem(
        &problems,
        "offers[0].series.sessions",
        &["13 is too large (at most 12)"],
    );
}

#[test]
fn quoted_tier_outside_not_sure_single_range_is_rejected() {
    let problems = problems_after(|book| {
        book["offers"][1] = json!({
            "method": "microneedling", "tier": "plant",
            "single": {"min": 50000, "max": 100000, "source": "overview-2026"}
        });
    });
    assert_only_problem(
        &problems,
        "offers[1].single",
        &["$500 – $1,000 lies outside the method's \"not-sure\" range $600 – $1,500"],
    );
}

#[test]
fn quoted_tier_outside_not_sure_for_a_longer_plan_is_rejected() {
    // One session of this tier lies inside "not sure", but three sessions at 3 × single
    // ($1,800 – $4,500) leave the quoted series ($2,000 – $4,000): "not sure" would no longer
    // span the tiers it stands for.
    let problems = problems_after(|book| {
        book["offers"][1] = json!({
            "method": "microneedling", "tier": "plant",
            "single": {"min": 60000, "max": 150000, "source": "overview-2026"}
        });
    });
    assert_only_problem(
        &problems,
        "offers[1]",
        &[
            "for 3 sessions",
            "lies outside the method's \"not-sure\" range",
        ],
    );
    // The same tier with a series inside the "not sure" series is accepted.
    let mut value = default_value();
    value["offers"][1] = json!({
        "method": "microneedling", "tier": "plant",
        "single": {"min": 60000, "max": 100000, "source": "overview-2026"},
        "series": {"sessions": 3, "min": 200000, "max": 300000, "source": "overview-2026"}
    });
    let text = serde_json::to_string(&value).expect("serialises");
    let parsed = PriceBook::from_json(&text);
    assert!(
        parsed.is_ok(),
        "{}",
        listing(&parsed.err().unwrap_or_default())
    );
}

// ----- The document as a whole -----

#[test]
fn unknown_fields_are_reported_as_typos() {
    let problems = problems_after(|book| {
        let method = object(book, "/methods/0");
        let interval = method.remove("interval_weeks").expect("has interval_weeks");
        method.insert("interval_week".to_owned(), interval);
    });
    assert_eq!(problems.len(), 2, "{}", listing(&problems));
    assert_problem(
        &problems,
        "methods[0].interval_week",
        &["is not a known field", "interval_weeks"],
    );
    assert_problem(&problems, "methods[0].interval_weeks", &["is required"]);

    let problems = problems_after(|book| {
        object(book, "").insert("currncy".to_owned(), json!("EUR"));
    });
    assert_only_problem(&problems, "currncy", &["is not a known field", "currency"]);

    let problems = problems_after(|book| {
        object(book, "/offers/9/single").insert("maximum".to_owned(), json!(1));
    });
    assert_only_problem(
        &problems,
        "offers[9].single.maximum",
        &["is not a known field"],
    );
}

#[test]
fn a_very_long_unknown_field_name_is_shortened_in_the_path() {
    let key = "x".repeat(1000);
    let problems = problems_after(|book| {
        object(book, "").insert(key, json!(1));
    });
    assert_eq!(problems.len(), 1, "{}", listing(&problems));
    assert!(
        problems[0].path.chars().count() <= 40,
        "{}",
        problems[0].path
    );
    assert!(problems[0].path.ends_with('…'));
}

#[test]
fn wrong_schema_version_is_rejected() {
    for (version, shown) in [(json!(2), "2"), (json!(0), "0")] {
        let problems = problems_after(|book| book["schema_version"] = version);
        assert_only_problem(
            &problems,
            "schema_version",
            &[&format!("{shown} is not supported"), "reads version 1"],
        );
    }
    // A version that is not a whole number is a typing mistake, not a newer schema, and the
    // message says what to write instead.
    for (version, shown) in [(json!("1"), "\"1\""), (json!(1.5), "1.5")] {
        let problems = problems_after(|book| book["schema_version"] = version);
        assert_only_problem(
            &problems,
            "schema_version",
            &["must be the number 1", &format!("found {shown}")],
        );
    }
    let problems = problems_after(|book| {
        object(book, "").remove("schema_version");
    });
    assert_only_problem(&problems, "schema_version", &["is required"]);
}

#[test]
fn bad_currency_codes_are_rejected() {
    for code in ["US$", "usd", "USDT", "EU", "ÄÖÜ"] {
        let problems = problems_after(|book| book["currency"] = json!(code));
        assert_only_problem(
            &problems,
            "currency",
            &[
                &format!("\"{code}\" is not an ISO 4217 code"),
                "three capital letters",
            ],
        );
    }
    let problems = problems_after(|book| book["currency"] = json!(""));
    assert_only_problem(&problems, "currency", &["must not be empty"]);
    let problems = problems_after(|book| book["currency"] = json!(840));
    assert_only_problem(&problems, "currency", &["must be text, found a number"]);
}

#[test]
fn empty_names_are_rejected() {
    for name in ["", "   ", "\t\n"] {
        let problems = problems_after(|book| book["name"] = json!(name));
        assert_only_problem(&problems, "name", &["must not be empty"]);
    }
    let problems = problems_after(|book| book["methods"][1]["name"] = json!(""));
    assert_problem(&problems, "methods[1].name", &["must not be empty"]);
    let problems = problems_after(|book| book["tiers"][3]["name"] = json!(" "));
    assert_problem(&problems, "tiers[3].name", &["must not be empty"]);
}

#[test]
fn overlong_text_is_rejected() {
    let problems = problems_after(|book| book["name"] = json!("n".repeat(501)));
    assert_only_problem(&problems, "name", &["is longer than 500 characters"]);
}

#[test]
fn text_that_is_not_json_is_rejected_without_a_path() {
    for text in [
        "",
        "not json",
        "{\"schema_version\": 1,",
        "{} trailing",
        "{'single': 'quotes'}",
    ] {
        let problems = problems_of_text(text);
        assert_eq!(problems.len(), 1, "{text:?}: {}", listing(&problems));
        assert_eq!(problems[0].path, "", "{text:?}");
        assert!(
            problems[0].message.starts_with("is not valid JSON ("),
            "{text:?}: {}",
            problems[0].message
        );
    }
}

#[test]
fn json_that_is_not_an_object_is_rejected() {
    let cases = [
        ("[]", "found a list"),
        ("[1, 2, 3]", "found a list"),
        ("null", "found null"),
        ("42", "found a number"),
        ("-1.5", "found a number"),
        ("\"a book\"", "found a string"),
        ("true", "found true or false"),
    ];
    for (text, found) in cases {
        let problems = problems_of_text(text);
        assert_eq!(problems.len(), 1, "{text}: {}", listing(&problems));
        assert_eq!(problems[0].path, "", "{text}");
        assert_eq!(
            problems[0].message,
            format!("must be an object, {found}"),
            "{text}"
        );
    }
}

#[test]
fn an_empty_object_lists_every_required_field() {
    let problems = problems_of_text("{}");
    for field in [
        "schema_version",
        "name",
        "currency",
        "sources",
        "protocol",
        "methods",
        "tiers",
        "offers",
    ] {
        assert_problem(&problems, field, &["is required"]);
    }
}

#[test]
fn deeply_nested_garbage_is_rejected_without_overflowing() {
    // Far deeper than the parser's recursion limit: it must stop with a message, not a crash.
    let depth = 100_000;
    let arrays = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    let problems = problems_of_text(&arrays);
    assert_eq!(problems[0].path, "");
    assert!(problems[0].message.contains("is not valid JSON"));
    let objects = format!("{}1{}", "{\"a\":".repeat(depth), "}".repeat(depth));
    let problems = problems_of_text(&objects);
    assert!(problems[0].message.contains("is not valid JSON"));
    let unclosed = "[{".repeat(depth);
    let problems = problems_of_text(&unclosed);
    assert!(problems[0].message.contains("is not valid JSON"));

    // Nesting the parser accepts, in places that expect something else, is named by its path.
    let problems = problems_after(|book| book["methods"] = json!([[[[[["deep"]]]]]]));
    assert_problem(
        &problems,
        "methods[0]",
        &["must be an object, found a list"],
    );
    let problems = problems_after(|book| book["tiers"] = json!({"tiers": {"tiers": []}}));
    assert_problem(&problems, "tiers", &["must be a list, found an object"]);
    let problems = problems_after(|book| book["protocol"] = json!([{"typical_sessions": 1}]));
    assert_only_problem(&problems, "protocol", &["must be an object, found a list"]);

    // A huge value where a number belongs is quoted in short, so it cannot flood the page. Forty
    // levels of an object holding a list stay inside the parser's depth limit of 128.
    let mut nested = json!("bottom");
    for _ in 0..40 {
        nested = json!({ "level": [nested, "x".repeat(50)] });
    }
    let problems = problems_after(|book| book["schema_version"] = nested);
    assert_eq!(problems.len(), 1, "{}", listing(&problems));
    assert_eq!(problems[0].path, "schema_version");
    assert!(problems[0].message.contains("must be the number 1"));
    assert!(
        problems[0].message.chars().count() < 160,
        "{}",
        problems[0].message
    );
}

#[test]
fn many_problems_are_all_listed_with_their_paths_and_capped() {
    let problems = problems_after(|book| {
        book["currency"] = json!("US$");
        book["name"] = json!("");
        book["schema_version"] = json!(3);
        object(book, "").insert("offer".to_owned(), json!([]));
        book["offers"][9]["single"]["min"] = json!(-5);
        object(book, "/methods/1").remove("downtime");
        book["protocol"]["results_weeks"]["source"] = json!("nowhere");
        // Eighty offers for a tier that does not exist push the count past the cap.
        let offers = array(book, "/offers");
        for _ in 0..80 {
            offers.push(json!({"method": "injection", "tier": "platinum"}));
        }
    });
    // The distinct problems come first in reading order, so all of them survive the cap.
    assert_problem(&problems, "offer", &["is not a known field"]);
    assert_problem(&problems, "schema_version", &["3 is not supported"]);
    assert_problem(&problems, "name", &["must not be empty"]);
    assert_problem(&problems, "currency", &["\"US$\" is not an ISO 4217 code"]);
    assert_problem(
        &problems,
        "protocol.results_weeks.source",
        &["\"nowhere\" is not the id of any entry in sources"],
    );
    assert_problem(&problems, "methods[1].downtime", &["is required"]);
    assert_problem(&problems, "offers[9].single.min", &["found -5"]);
    assert_problem(
        &problems,
        "offers[14].tier",
        &["\"platinum\" is not the id of any tier"],
    );

    // Seven distinct problems and eighty unknown tiers: fifty shown, the rest summarised.
    assert_eq!(problems.len(), 51, "{}", listing(&problems));
    let last = problems.last().expect("not empty");
    assert_eq!(last.path, "");
    assert_eq!(last.message, "37 more problems not shown");
    assert_eq!(last.to_string(), "37 more problems not shown");
    // Every shown problem but the summary has a path, and no two are identical.
    for (index, problem) in problems[..50].iter().enumerate() {
        assert!(!problem.path.is_empty(), "problem {index} has no path");
        assert!(
            !problems[..index].contains(problem),
            "problem {index} is repeated: {problem}"
        );
    }
}

#[test]
fn exactly_fifty_problems_are_not_summarised() {
    // Fifty unknown tiers and nothing else: the cap is not exceeded, so no summary line.
    let problems = problems_after(|book| {
        let offers = array(book, "/offers");
        for _ in 0..50 {
            offers.push(json!({"method": "injection", "tier": "platinum"}));
        }
    });
    assert_eq!(problems.len(), 50, "{}", listing(&problems));
    assert!(!problems
        .iter()
        .any(|p| p.message.contains("more problems not shown")));
    let problems = problems_after(|book| {
        let offers = array(book, "/offers");
        for _ in 0..51 {
            offers.push(json!({"method": "injection", "tier": "platinum"}));
        }
    });
    assert_eq!(problems.len(), 51);
    assert_eq!(problems[50].message, "1 more problems not shown");
}

#[test]
fn references_to_unreadable_entries_do_not_add_false_complaints() {
    // The method exists in the document but is broken; its offers should not be told that no
    // such method exists, which would send the clinic looking for the wrong mistake.
    let problems = problems_after(|book| {
        object(book, "/methods/0").remove("downtime");
    });
    assert_only_problem(&problems, "methods[0].downtime", &["is required"]);
    let problems = problems_after(|book| book["tiers"][1]["source_cell"] = json!("?"));
    assert_only_problem(&problems, "tiers[1].source_cell", &["is not a source cell"]);
    let problems = problems_after(|book| book["sources"][0]["kind"] = json!("blog"));
    assert_only_problem(
        &problems,
        "sources[0].kind",
        &["\"blog\" is not a source kind"],
    );
}

/// No book can present the treatment of a condition, or an injection, with only the cosmetic
/// caveat: the indication is required, a name that speaks of a condition cannot be marked
/// aesthetic, and an aesthetic use must say its route.
#[test]
fn a_condition_cannot_pass_as_a_cosmetic() {
    let problems = problems_after(|book| {
        object(book, "/methods/3").remove("indication");
    });
    assert_only_problem(&problems, "methods[3].indication", &["is required"]);
    let problems = problems_after(|book| {
        book["methods"][3]["indication"] = json!("aesthetic");
        book["methods"][3]["category"] = json!("topical");
    });
    assert_only_problem(
        &problems,
        "methods[3].indication",
        &["mentions \"hair loss\"", "use \"condition\""],
    );
    let problems = problems_after(|book| {
        book["methods"][0]["category"] = json!("unspecified");
    });
    assert_only_problem(
        &problems,
        "methods[0].category",
        &["must say whether it is \"topical\" or \"injectable\""],
    );
    let problems = problems_after(|book| {
        book["methods"][0]["name"] = json!("Wound healing after surgery");
    });
    assert_only_problem(&problems, "methods[0].indication", &["\"wound\""]);
}

/// A book that cites a clinic's list takes every price from it.
#[test]
fn a_book_with_a_clinic_list_cannot_mix_in_a_published_price() {
    let problems = problems_after(|book| {
        book["sources"].as_array_mut().unwrap().push(json!({
            "id": "list", "kind": "example", "title": "Invented list", "publisher": "Example"
        }));
    });
    assert_problem(
        &problems,
        "offers[0].single.source",
        &["\"overview-2026\" is not a price list"],
    );
    assert_problem(
        &problems,
        "offers[0].series.source",
        &["is not a price list"],
    );
}
