//! The plan timeline: the model for every row of the default book, dated and undated, the
//! "ready by" check at its boundaries, and the view the page draws and reads aloud.
#![cfg(feature = "clinic")]

use estimator_core::calendar::{Date, DateFormat, PlainDateFormat};
use estimator_core::estimate::{estimate, Estimate, Request};
use estimator_core::plan::{
    timeline, timeline_view, BarKind, DowntimeDays, PlanDates, StatusTone, TimelineView, MAX_TICKS,
};
use estimator_core::price_book::{PriceBook, DEFAULT_PRICE_BOOK_JSON};
use estimator_core::view::estimate_view;
use estimator_core::whole_table::requests;
use estimator_core::Lang;
use estimator_core::PlainFormatter;
use serde_json::Value;

fn book() -> PriceBook {
    match PriceBook::from_json(DEFAULT_PRICE_BOOK_JSON) {
        Ok(book) => book,
        Err(problems) => panic!("the default book must be valid: {problems:?}"),
    }
}

fn date(text: &str) -> Date {
    match Date::parse_iso(text) {
        Ok(date) => date,
        Err(error) => panic!("{text}: {error}"),
    }
}

fn est<'b>(book: &'b PriceBook, method: &str, tier: &str, sessions: u32) -> Estimate<'b> {
    let request = Request {
        method: method.into(),
        tier: tier.into(),
        sessions,
    };
    match estimate(book, &request) {
        Some(found) => found,
        None => panic!("no estimate for {method} × {tier} × {sessions}"),
    }
}

/// A book edited as JSON, for cases the default book does not have.
fn edited_book(edit: impl FnOnce(&mut Value)) -> PriceBook {
    let mut value: Value = serde_json::from_str(DEFAULT_PRICE_BOOK_JSON).unwrap();
    edit(&mut value);
    match PriceBook::from_json(&value.to_string()) {
        Ok(book) => book,
        Err(problems) => panic!("edited book must be valid: {problems:?}"),
    }
}

/// Formats dates as ISO, to prove that every date in the view goes through the formatter.
struct IsoFormat;

impl DateFormat for IsoFormat {
    fn format(&self, date: Date) -> String {
        format!("<{}>", date.to_iso())
    }
}

/// Checks that hold for every view: geometry inside the width, as many rows and sentences as
/// sessions plus one, bounded ticks, no empty text.
fn check_view(view: &TimelineView, sessions: usize) {
    assert!(view.width >= 1);
    assert_eq!(view.rows.len(), sessions + 1);
    assert_eq!(view.text_alternative.len(), sessions + 1);
    for (index, row) in view.rows.iter().enumerate() {
        assert!(!row.label.is_empty() && !row.when.is_empty());
        let kinds: Vec<BarKind> = row.bars.iter().map(|bar| bar.kind).collect();
        if index < sessions {
            assert_eq!(kinds.first(), Some(&BarKind::Session));
            assert!(kinds.contains(&BarKind::Results));
        } else {
            assert_eq!(kinds, vec![BarKind::Final]);
        }
        for bar in &row.bars {
            assert!(
                bar.start <= bar.firm_end && bar.firm_end <= bar.end && bar.end <= view.width,
                "{bar:?} in width {}",
                view.width
            );
            assert!(!bar.label.is_empty());
        }
    }
    assert!(!view.ticks.is_empty() && view.ticks.len() <= MAX_TICKS);
    assert_eq!(view.ticks.first().map(|tick| tick.at), Some(0));
    for pair in view.ticks.windows(2) {
        assert!(pair[0].at < pair[1].at);
    }
    assert!(view.ticks.iter().all(|tick| tick.at <= view.width));
    if let Some(event) = &view.event {
        assert!(event.at <= view.width);
    }
    for sentence in &view.text_alternative {
        assert!(sentence.ends_with('.'), "{sentence}");
        assert!(
            sentence.starts_with("Session")
                || sentence.starts_with("Results may keep developing")
                || sentence.starts_with("This use is still under study"),
            "{sentence}"
        );
    }
    assert!(!view.caption.is_empty());
    assert!(view.sources.iter().all(|source| !source.lines.is_empty()));
}

#[test]
fn every_row_gives_a_consistent_timeline_in_every_mode() {
    let book = book();
    let today = date("2026-12-01");
    let modes = [
        PlanDates::Undated,
        PlanDates::Start(date("2026-12-01")),
        PlanDates::Start(date("2024-02-29")),
        PlanDates::ReadyBy(date("2027-06-30")),
        PlanDates::ReadyBy(date("2027-02-14")),
        PlanDates::ReadyBy(date("2026-12-20")),
        PlanDates::ReadyBy(date("2026-01-01")),
    ];
    let mut rows = 0;
    let mut fits_seen = [false, false];
    for request in requests(&book) {
        let sessions = request.sessions;
        let estimate = est(&book, &request.method, &request.tier, sessions);
        let method = estimate.method;
        let schedule = &estimate.schedule;
        for mode in modes {
            rows += 1;
            let plan = timeline(&estimate, mode, today);
            assert_eq!(plan.sessions.len(), sessions as usize);
            if method.under_study {
                // No source says when the results of a use under study could be
                // judged: no results windows, no date, no event check.
                assert!(plan
                    .sessions
                    .iter()
                    .all(|session| session.results.is_none()));
                assert_eq!(plan.final_results, None);
                assert_eq!(plan.final_results_dates, None);
                assert_eq!(plan.ready_by, None);
                match mode {
                    PlanDates::ReadyBy(event) => {
                        assert_eq!(plan.ready_by_refused, Some(event));
                        assert_eq!(plan.start, None);
                    }
                    _ => assert_eq!(plan.ready_by_refused, None),
                }
                continue;
            }
            let final_weeks = schedule.final_results.clone().unwrap();
            let final_days = plan.final_results.unwrap();
            for (index, session) in plan.sessions.iter().enumerate() {
                assert_eq!(session.number as usize, index + 1);
                assert_eq!(session.week, schedule.session_weeks[index]);
                assert_eq!(session.day, session.week * 7);
                let results = session.results.unwrap();
                assert_eq!(results.from, session.day);
                assert_eq!(
                    results.until_min,
                    session.day + schedule.results_weeks.min * 7
                );
                assert_eq!(
                    results.until_max,
                    session.day + schedule.results_weeks.max * 7
                );
                match (plan.start, session.date) {
                    (Some(start), Some(day)) => {
                        assert_eq!(start.days_until(day), i64::from(session.day))
                    }
                    (None, None) => {}
                    other => panic!("session date without a start: {other:?}"),
                }
            }
            assert_eq!(final_days.from, final_weeks.min * 7);
            assert_eq!(final_days.to, final_weeks.max * 7);
            assert!(plan.span_days >= final_days.to);
            match mode {
                PlanDates::Undated => {
                    assert_eq!(plan.start, None);
                    assert_eq!(plan.ready_by, None);
                }
                PlanDates::Start(start) => {
                    assert_eq!(plan.start, Some(start));
                    assert_eq!(plan.start_passed, start < today);
                }
                PlanDates::ReadyBy(event) => {
                    let check = plan.ready_by.clone().unwrap();
                    let latest = event.add_days(-i64::from(final_days.to));
                    assert_eq!(check.latest_start, latest);
                    let latest = latest.unwrap();
                    assert_eq!(check.fits, latest >= today);
                    fits_seen[usize::from(check.fits)] = true;
                    let (_, last) = plan.final_results_dates.unwrap();
                    if check.fits {
                        assert_eq!(plan.start, Some(latest));
                        assert_eq!(check.days_short, 0);
                        assert_eq!(last, event, "final results end on the event");
                    } else {
                        assert_eq!(plan.start, Some(today));
                        assert_eq!(i64::from(check.days_short), latest.days_until(today));
                        assert!(check.days_short > 0);
                        assert!(last > event);
                    }
                    assert_eq!(check.event_day, plan.start.unwrap().days_until(event));
                }
            }
            let view = timeline_view(&estimate, mode, today, &PlainDateFormat, Lang::En);
            check_view(&view, sessions as usize);
            match mode {
                PlanDates::Undated => {
                    assert!(view.status.is_none());
                    assert!(view.text_alternative[0].contains("week 0"));
                }
                PlanDates::Start(_) => {
                    assert_eq!(view.status.is_some(), plan.start_passed);
                }
                PlanDates::ReadyBy(_) => {
                    let status = view.status.clone().unwrap();
                    let fits = plan.ready_by.as_ref().unwrap().fits;
                    assert_eq!(status.tone == StatusTone::Fits, fits);
                }
            }
            if let Some(start) = plan.start {
                for (session, sentence) in plan.sessions.iter().zip(&view.text_alternative) {
                    let day = PlainDateFormat.format(session.date.unwrap());
                    assert!(sentence.contains(&format!("on {day}")), "{sentence}");
                }
                assert_eq!(view.ticks[0].label, PlainDateFormat.format(start));
            }
        }
    }
    assert_eq!(rows, (4 + 4 + 2 + 4) * 6 * modes.len());
    assert_eq!(fits_seen, [true, true], "both outcomes must be covered");
}

#[test]
fn a_dated_plan_reads_as_a_calendar() {
    let book = book();
    let estimate = est(&book, "microneedling", "not-sure", 3);
    let view = timeline_view(
        &estimate,
        PlanDates::Start(date("2026-12-01")),
        date("2026-11-01"),
        &PlainDateFormat,
        Lang::En,
    );
    assert_eq!(
        view.text_alternative,
        vec![
            "Session 1 on 1 Dec 2026, followed by 24–48 hours of downtime; its results may keep developing for 4–6 weeks, until between 29 Dec 2026 and 12 Jan 2027.",
            "Session 2 on 29 Dec 2026, followed by 24–48 hours of downtime; its results may keep developing for 4–6 weeks, until between 26 Jan 2027 and 9 Feb 2027.",
            "Session 3 on 26 Jan 2027, followed by 24–48 hours of downtime; its results may keep developing for 4–6 weeks, until between 23 Feb 2027 and 9 Mar 2027.",
            "Results may keep developing until between 23 Feb 2027 and 9 Mar 2027, 4–6 weeks after the last session.",
        ]
    );
    assert_eq!(view.status, None);
    assert_eq!(
        view.caption,
        "3 sessions of Microneedling exosome facial, monthly (taken as every 4 weeks)"
    );
    let whens: Vec<&str> = view.rows.iter().map(|row| row.when.as_str()).collect();
    assert_eq!(
        whens,
        [
            "1 Dec 2026",
            "29 Dec 2026",
            "26 Jan 2027",
            "23 Feb 2027 – 9 Mar 2027"
        ]
    );
    assert_eq!(view.width, 98);
    let downtime: Vec<(u32, u32, u32)> = view
        .rows
        .iter()
        .flat_map(|row| &row.bars)
        .filter(|bar| bar.kind == BarKind::Downtime)
        .map(|bar| (bar.start, bar.firm_end, bar.end))
        .collect();
    assert_eq!(downtime, [(0, 1, 2), (28, 29, 30), (56, 57, 58)]);
    assert!(view.notes.contains(
        &"Downtime given in hours is drawn in whole days, rounded up: 24–48 hours as 1–2 days."
            .to_owned()
    ));
}

#[test]
fn an_undated_plan_counts_weeks() {
    let book = book();
    let estimate = est(&book, "fractional-laser", "plant", 2);
    let view = timeline_view(
        &estimate,
        PlanDates::Undated,
        date("2026-12-01"),
        &PlainDateFormat,
        Lang::En,
    );
    assert_eq!(
        view.text_alternative,
        vec![
            "Session 1 at the start (week 0), followed by 3–7 days of downtime; its results may keep developing for 4–6 weeks, until week 4–6.",
            "Session 2 in week 4, followed by 3–7 days of downtime; its results may keep developing for 4–6 weeks, until week 8–10.",
            "Results may keep developing until week 8–10, 4–6 weeks after the last session.",
        ]
    );
    let whens: Vec<&str> = view.rows.iter().map(|row| row.when.as_str()).collect();
    assert_eq!(whens, ["Week 0", "Week 4", "Week 8–10"]);
    assert_eq!(
        view.ticks.last().map(|tick| tick.label.as_str()),
        Some("Week 10")
    );
    assert_eq!(view.event, None);
    // The spacing of this method is a rule, not a quote, and the view says so.
    let spacing = &view.sources[0];
    assert_eq!(spacing.about, "Spacing between sessions");
    assert!(spacing
        .lines
        .iter()
        .any(|line| line.contains("is assumed here")));
}

#[test]
fn ready_by_fits_up_to_the_last_day_and_says_how_late_after_it() {
    let book = book();
    let estimate = est(&book, "microneedling", "not-sure", 3);
    let event = date("2027-02-14");
    // Final results at the latest 14 weeks (98 days) after the first session.
    let latest = date("2026-11-08");
    let dates = PlanDates::ReadyBy(event);

    let early = timeline_view(
        &estimate,
        dates,
        date("2026-11-01"),
        &PlainDateFormat,
        Lang::En,
    );
    let status = early.status.unwrap();
    assert_eq!(status.tone, StatusTone::Fits);
    assert_eq!(
        status.message,
        "This plan can be ready by 14 Feb 2027 if the first session is on or before 8 Nov 2026. That leaves the full 6 weeks after the last session for its results to develop. The dates shown start on that day."
    );
    assert_eq!(early.rows[0].when, "8 Nov 2026");
    assert_eq!(early.event.as_ref().map(|event| event.at), Some(98));
    assert_eq!(
        early.event.map(|event| event.label),
        Some("Event: 14 Feb 2027".to_owned())
    );

    let on_the_day = timeline(&estimate, dates, latest);
    assert!(on_the_day.ready_by.as_ref().unwrap().fits);
    let view = timeline_view(&estimate, dates, latest, &PlainDateFormat, Lang::En);
    assert!(view
        .status
        .unwrap()
        .message
        .contains("8 Nov 2026. That is today."));

    let day_late = date("2026-11-09");
    let plan = timeline(&estimate, dates, day_late);
    let check = plan.ready_by.clone().unwrap();
    assert!(!check.fits);
    assert_eq!(check.days_short, 1);
    assert_eq!(check.latest_start, Some(latest));
    assert_eq!(plan.start, Some(day_late));
    let status = timeline_view(&estimate, dates, day_late, &PlainDateFormat, Lang::En)
        .status
        .unwrap();
    assert_eq!(status.tone, StatusTone::DoesNotFit);
    assert_eq!(
        status.message,
        "This plan cannot be ready by 14 Feb 2027: results of the last session may still be developing until 15 Feb 2027, even with a first session today. It would have needed to start by 8 Nov 2026, which is 1 day ago. The dates shown start today, to show the soonest the last results window could end."
    );

    let late = timeline_view(
        &estimate,
        dates,
        date("2026-12-01"),
        &PlainDateFormat,
        Lang::En,
    );
    assert_eq!(
        late.status.unwrap().message,
        "This plan cannot be ready by 14 Feb 2027: results of the last session may still be developing until 9 Mar 2027, even with a first session today. It would have needed to start by 8 Nov 2026, which is 23 days ago. The dates shown start today, to show the soonest the last results window could end."
    );
    // The assumed start is explained once, in the status above the dates, not again below.
    assert_eq!(late.rows[0].when, "1 Dec 2026");
    assert!(
        late.notes.iter().all(|note| !note.contains("assume")),
        "{:?}",
        late.notes
    );
    // The event falls inside the chart, before the end of the final-results window.
    assert_eq!(late.event.map(|event| event.at), Some(75));
}

#[test]
fn an_event_already_past_is_said_plainly() {
    let book = book();
    let estimate = est(&book, "injection", "msc-injectable", 1);
    let view = timeline_view(
        &estimate,
        PlanDates::ReadyBy(date("2026-06-01")),
        date("2026-12-01"),
        &PlainDateFormat,
        Lang::En,
    );
    let status = view.status.unwrap();
    assert_eq!(status.tone, StatusTone::DoesNotFit);
    assert_eq!(
        status.message,
        "This plan cannot be ready by 1 Jun 2026: that date is before today (1 Dec 2026)."
    );
    // An event before the first session has no place on the chart.
    assert_eq!(view.event, None);
}

#[test]
fn a_start_date_in_the_past_is_noted_and_kept() {
    let book = book();
    let estimate = est(&book, "scalp", "not-sure", 1);
    let view = timeline_view(
        &estimate,
        PlanDates::Start(date("2026-01-01")),
        date("2026-12-01"),
        &PlainDateFormat,
        Lang::En,
    );
    let status = view.status.unwrap();
    assert_eq!(status.tone, StatusTone::Note);
    assert_eq!(
        status.message,
        "The start date, 1 Jan 2026, is before today (1 Dec 2026). The dates below follow from it as entered."
    );
    assert_eq!(view.rows[0].when, "1 Jan 2026");
    assert_eq!(view.caption, "1 session of Hair loss (under study)");
}

#[test]
fn downtime_the_source_does_not_quantify_draws_no_window_but_says_why() {
    let book = book();
    let injection = est(&book, "injection", "msc-injectable", 2);
    let plan = timeline(&injection, PlanDates::Undated, date("2026-12-01"));
    assert_eq!(plan.downtime, DowntimeDays::NotQuantified);
    assert!(plan
        .sessions
        .iter()
        .all(|session| session.downtime.is_none()));
    let view = timeline_view(
        &injection,
        PlanDates::Undated,
        date("2026-12-01"),
        &PlainDateFormat,
        Lang::En,
    );
    assert!(view
        .legend
        .iter()
        .all(|entry| entry.kind != BarKind::Downtime));
    assert!(view.text_alternative[0].contains("downtime the source does not quantify"));
    assert!(view.notes[0].contains("injection-site reactions, bruising and short-lived redness"));

    let scalp = est(&book, "scalp", "plant", 2);
    let plan = timeline(&scalp, PlanDates::Undated, date("2026-12-01"));
    assert_eq!(plan.downtime, DowntimeDays::NotPublished);
    let view = timeline_view(
        &scalp,
        PlanDates::Undated,
        date("2026-12-01"),
        &PlainDateFormat,
        Lang::En,
    );
    assert!(view.text_alternative[0].contains("with no published downtime figure"));
    assert!(view.notes[0].contains("no recovery time for this method"));
    assert_eq!(
        view.sources[1].lines,
        ["The published sources give no recovery time for this method."]
    );
}

#[test]
fn hours_round_up_to_whole_days_and_zero_draws_nothing() {
    let book = edited_book(|value| {
        value["methods"][0]["downtime"] =
            serde_json::json!({ "kind": "hours", "min": 1, "max": 36, "source": "overview-2026" });
        value["methods"][1]["downtime"] =
            serde_json::json!({ "kind": "days", "min": 0, "max": 0, "source": "overview-2026" });
    });
    let hours = est(&book, "microneedling", "not-sure", 1);
    let plan = timeline(&hours, PlanDates::Undated, date("2026-12-01"));
    assert_eq!(plan.downtime, DowntimeDays::Days { min: 1, max: 2 });
    let view = timeline_view(
        &hours,
        PlanDates::Undated,
        date("2026-12-01"),
        &PlainDateFormat,
        Lang::En,
    );
    assert!(
        view.notes[0].contains("1–36 hours as 1–2 days"),
        "{:?}",
        view.notes
    );

    let none = est(&book, "fractional-laser", "not-sure", 2);
    let plan = timeline(&none, PlanDates::Undated, date("2026-12-01"));
    assert_eq!(plan.downtime, DowntimeDays::Days { min: 0, max: 0 });
    assert!(plan
        .sessions
        .iter()
        .all(|session| session.downtime.is_none()));
    let view = timeline_view(
        &none,
        PlanDates::Undated,
        date("2026-12-01"),
        &PlainDateFormat,
        Lang::En,
    );
    assert!(view.text_alternative[0].contains(", with no downtime;"));
}

#[test]
fn every_date_goes_through_the_formatter() {
    let book = book();
    let estimate = est(&book, "microneedling", "msc-characterised", 4);
    for dates in [
        PlanDates::Start(date("2026-12-01")),
        PlanDates::ReadyBy(date("2027-02-14")),
        PlanDates::ReadyBy(date("2027-09-14")),
    ] {
        let view = timeline_view(&estimate, dates, date("2026-12-01"), &IsoFormat, Lang::En);
        let mut texts: Vec<String> = view.text_alternative.clone();
        texts.extend(view.rows.iter().map(|row| row.when.clone()));
        texts.extend(view.ticks.iter().map(|tick| tick.label.clone()));
        texts.extend(view.status.iter().map(|status| status.message.clone()));
        texts.extend(view.notes.clone());
        for text in &texts {
            for month in ["Jan", "Feb", "Dec", "2026-12-01 "] {
                assert!(!text.contains(month), "{text}");
            }
        }
        assert!(view.rows[0].when.starts_with('<'));
    }
}

#[test]
fn provenance_matches_the_estimate_view() {
    let book = book();
    for (method, tier) in [("microneedling", "plant"), ("injection", "not-sure")] {
        let estimate = est(&book, method, tier, 3);
        let view = timeline_view(
            &estimate,
            PlanDates::Undated,
            date("2026-12-01"),
            &PlainDateFormat,
            Lang::En,
        );
        let page = estimate_view(&estimate, &PlainFormatter::new("USD"), Lang::En);
        let final_source = view
            .sources
            .iter()
            .find(|source| source.about == "Results may keep developing")
            .unwrap();
        assert_eq!(final_source.lines, page.final_results.provenance);
        let downtime = view
            .sources
            .iter()
            .find(|source| source.about == "Downtime after each session")
            .unwrap();
        for line in &downtime.lines {
            assert!(
                page.downtime_per_session.provenance.contains(line),
                "{line}"
            );
        }
    }
}

#[test]
fn calendar_edges_stay_dated() {
    let book = book();
    let estimate = est(&book, "fractional-laser", "not-sure", 6);
    let plan = timeline(
        &estimate,
        PlanDates::Start(date("2200-12-31")),
        date("2200-12-31"),
    );
    let (_, last) = plan.final_results_dates.unwrap();
    assert_eq!(last.year(), 2201);
    assert!(plan.sessions.iter().all(|session| session.date.is_some()));

    let plan = timeline(
        &estimate,
        PlanDates::ReadyBy(date("1900-01-01")),
        date("1900-01-01"),
    );
    let check = plan.ready_by.unwrap();
    assert!(!check.fits);
    assert_eq!(check.latest_start.map(|day| day.year()), Some(1899));
}

#[test]
fn one_session_has_no_spacing_to_explain() {
    let book = book();
    let estimate = est(&book, "microneedling", "not-sure", 1);
    let view = timeline_view(
        &estimate,
        PlanDates::Undated,
        date("2026-12-01"),
        &PlainDateFormat,
        Lang::En,
    );
    assert!(view
        .sources
        .iter()
        .all(|source| source.about != "Spacing between sessions"));
    assert!(view.notes.iter().all(|note| !note.contains("appointments")));
    assert_eq!(
        view.text_alternative[1],
        "Results may keep developing until week 4–6, 4–6 weeks after the last session."
    );
}

#[test]
fn a_use_under_study_gets_no_results_date_and_no_event_check() {
    let book = book();
    let estimate = est(&book, "scalp", "not-sure", 3);
    let undated = timeline_view(
        &estimate,
        PlanDates::Undated,
        date("2026-12-01"),
        &PlainDateFormat,
        Lang::En,
    );
    // Sessions only: no results windows and no "results may keep developing" row.
    assert_eq!(undated.rows.len(), 3);
    assert!(undated
        .rows
        .iter()
        .flat_map(|row| &row.bars)
        .all(|bar| bar.kind == BarKind::Session));
    assert!(undated
        .text_alternative
        .last()
        .is_some_and(|line| line.starts_with("This use is still under study")));
    assert!(undated.sources.iter().any(|source| source
        .lines
        .iter()
        .any(|line| line.contains("still under study"))));
    let ready_by = timeline_view(
        &estimate,
        PlanDates::ReadyBy(date("2027-06-01")),
        date("2026-12-01"),
        &PlainDateFormat,
        Lang::En,
    );
    let status = ready_by
        .status
        .expect("the page says why there is no check");
    assert_eq!(status.tone, StatusTone::Note);
    assert!(status
        .message
        .contains("does not check this plan against 1 Jun 2027"));
    assert!(status.message.contains("still under study"));
    assert!(!status.message.contains("can be ready"));
    assert_eq!(ready_by.event, None);
}

#[test]
fn each_session_row_says_its_windows_in_words_for_the_narrow_list() {
    let book = book();
    let estimate = est(&book, "microneedling", "not-sure", 2);
    let dated = timeline_view(
        &estimate,
        PlanDates::Start(date("2027-03-01")),
        date("2026-12-01"),
        &PlainDateFormat,
        Lang::En,
    );
    let details: Vec<Vec<(BarKind, &str)>> = dated
        .rows
        .iter()
        .map(|row| {
            row.details
                .iter()
                .map(|detail| (detail.kind, detail.text.as_str()))
                .collect()
        })
        .collect();
    assert_eq!(
        details,
        vec![
            vec![
                (BarKind::Downtime, "Downtime: 24–48 hours"),
                (
                    BarKind::Results,
                    "Results may keep developing until between 29 Mar 2027 and 12 Apr 2027"
                ),
            ],
            vec![
                (BarKind::Downtime, "Downtime: 24–48 hours"),
                (
                    BarKind::Results,
                    "Results may keep developing until between 26 Apr 2027 and 10 May 2027"
                ),
            ],
            // The last results window's row says it in its label and dates.
            vec![],
        ]
    );
    // One detail per drawn window, never a word for a window that is not drawn.
    for row in &dated.rows {
        let drawn = row
            .bars
            .iter()
            .filter(|bar| matches!(bar.kind, BarKind::Downtime | BarKind::Results))
            .count();
        assert_eq!(row.details.len(), drawn, "{}", row.label);
    }
    let undated = timeline_view(
        &estimate,
        PlanDates::Undated,
        date("2026-12-01"),
        &PlainDateFormat,
        Lang::En,
    );
    assert_eq!(
        undated.rows[1].details[1].text,
        "Results may keep developing until week 8–10"
    );
    // Injection downtime is not quantified: no band, and the notes say why.
    let injection = est(&book, "injection", "msc-injectable", 1);
    let view = timeline_view(
        &injection,
        PlanDates::Undated,
        date("2026-12-01"),
        &PlainDateFormat,
        Lang::En,
    );
    assert!(view.rows[0]
        .details
        .iter()
        .all(|detail| detail.kind != BarKind::Downtime));
    assert_eq!(view.words_title, "The plan in words");
    assert_eq!(view.sources_title, "Where these weeks come from");
}

#[test]
fn ready_by_explains_its_assumed_start_once_above_the_dates() {
    let book = book();
    let estimate = est(&book, "microneedling", "not-sure", 3);
    for today in ["2026-11-01", "2026-12-01"] {
        let view = timeline_view(
            &estimate,
            PlanDates::ReadyBy(date("2027-02-14")),
            date(today),
            &PlainDateFormat,
            Lang::En,
        );
        let status = view.status.as_ref().map(|status| status.message.clone());
        let mentions = view
            .notes
            .iter()
            .chain(&view.text_alternative)
            .chain(status.iter())
            .filter(|text| text.contains("The dates shown start"))
            .count();
        assert_eq!(mentions, 1, "{today}: {status:?} {:?}", view.notes);
    }
}
