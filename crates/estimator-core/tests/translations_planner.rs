//! The planner's words in every language: every message keeps the figures and names it is
//! given, agrees with its counts, and no Spanish or German planner view (tabs, plan dates,
//! timeline, comparison, sharing, a restored link's notes) leaves a sentence in English.

mod words_check;

use std::collections::{BTreeMap, HashSet};

use estimator_core::calendar::{plain_date_format, Date, DateError, DateFormat, PageDate};
use estimator_core::compare::compare_view;
use estimator_core::estimate::Estimate;
use estimator_core::financing::FinancingInput;
use estimator_core::form::resolve;
use estimator_core::plan::{SessionDowntime, SessionResults, SessionWhen, Until};
use estimator_core::planner::{planner_view, DateMode, PlannerAction, PlannerInput, PlannerView};
use estimator_core::share::{decode, DecodeProblem, FinanceField, LinkDate, LinkNote};
use estimator_core::whole_table::planner_states;
use estimator_core::words::words;
use estimator_core::{estimate_with, Lang, PlainFormatter, PriceBook, RawInput};
use words_check::{allowed_names, english_left, ids_of, page_states, strings_of, TRANSLATED};

fn book() -> PriceBook {
    PriceBook::published()
}

fn today() -> Date {
    match Date::parse_iso("2026-11-25") {
        Ok(date) => date,
        Err(error) => panic!("{error}"),
    }
}

const N: usize = 7777;
const M: u32 = 7777;
const A: &str = "«A»";
const B: &str = "«B»";
const C: &str = "«C»";

/// A message's output must hold every figure and name it was given, and a translation must
/// not be the English text.
fn check(lang: Lang, what: &str, english: &str, text: &str, arguments: &[&str]) {
    assert!(!text.trim().is_empty(), "{lang:?} {what}: empty");
    for argument in arguments {
        assert!(
            text.contains(argument),
            "{lang:?} {what} drops {argument:?}: {text}"
        );
    }
    if lang != Lang::En {
        assert_ne!(text, english, "{lang:?} {what} is the English text");
    }
}

/// A method's name as a note words it, for the sentinel notes below: the method `B` is named
/// `C`, so that a message that shows the id instead of the name is found.
fn sentinel_method_name(id: &str) -> String {
    if id == B {
        C.to_owned()
    } else {
        id.to_owned()
    }
}

/// Every note a link can give, with sentinel figures and texts.
fn every_link_note() -> Vec<(LinkNote, Vec<String>)> {
    let n = N.to_string();
    let problems = [DecodeProblem::BadEscape, DecodeProblem::NotText];
    let dates = [LinkDate::Start, LinkDate::Event];
    let fields = [FinanceField::Apr, FinanceField::Term];
    let mut notes = vec![
        (LinkNote::TooLong { max_bytes: 4000 }, vec![]),
        (
            LinkNote::DamagedVersion {
                mark: A.into(),
                read_as: M,
            },
            vec![A.into(), n.clone()],
        ),
        (LinkNote::NoVersion { read_as: M }, vec![n.clone()]),
        (
            LinkNote::NewerVersion {
                version: 7777,
                unread: 0,
            },
            vec![n.clone()],
        ),
        (
            LinkNote::NewerVersion {
                version: 7777,
                unread: 1,
            },
            vec![n.clone(), "1".into()],
        ),
        (
            LinkNote::NewerVersion {
                version: 7777,
                unread: 6666,
            },
            vec![n.clone(), "6666".into()],
        ),
        (
            LinkNote::TooManyParts { skipped: 1, max: N },
            vec!["1".into(), n.clone()],
        ),
        (
            LinkNote::TooManyParts {
                skipped: 6666,
                max: N,
            },
            vec!["6666".into(), n.clone()],
        ),
        (LinkNote::UnknownPart { part: A.into() }, vec![A.into()]),
        (LinkNote::MoreUnknownParts { count: 1 }, vec!["1".into()]),
        (LinkNote::MoreUnknownParts { count: N }, vec![n.clone()]),
        (LinkNote::NoMethod { scenario: N }, vec![n.clone()]),
        (
            LinkNote::UnknownMethod {
                scenario: N,
                method: A.into(),
            },
            vec![n.clone(), A.into()],
        ),
        (
            LinkNote::TierNotOffered {
                scenario: N,
                tier: A.into(),
                method: B.into(),
            },
            // The method is held by its id, `B`, and worded by its name, `C`.
            vec![n.clone(), A.into(), C.into()],
        ),
        (
            LinkNote::UnknownTier {
                scenario: N,
                tier: A.into(),
            },
            vec![n.clone(), A.into()],
        ),
        (
            LinkNote::SessionsTooLong {
                scenario: N,
                max_chars: 6666,
                shown: "«3»",
            },
            vec![n.clone(), "6666".into(), "«3»".into()],
        ),
        (
            LinkNote::BadLot {
                value: A.into(),
                max: N,
            },
            vec![A.into(), n.clone()],
        ),
        (LinkNote::SecondActive { value: A.into() }, vec![A.into()]),
        (
            LinkNote::ActiveNotNumber { value: A.into() },
            vec![A.into()],
        ),
        (LinkNote::ActiveNotRestored { scenario: N }, vec![n.clone()]),
        (
            LinkNote::ActiveMissing {
                value: A.into(),
                scenario: N,
            },
            vec![A.into(), n.clone()],
        ),
        (LinkNote::SecondQuote, vec![]),
        (LinkNote::QuoteTooLong { max_chars: N }, vec![n.clone()]),
        (LinkNote::ExtraScenarios { count: 1, max: 3 }, vec![]),
        (
            LinkNote::ExtraScenarios { count: N, max: 3 },
            vec![n.clone()],
        ),
        (
            LinkNote::ExtraScenarios { count: 2, max: N },
            vec![n.clone()],
        ),
        (LinkNote::NoScenario, vec![]),
        (LinkNote::MoreProblems { count: 1 }, vec!["1".into()]),
        (LinkNote::MoreProblems { count: N }, vec![n.clone()]),
    ];
    for problem in problems {
        notes.push((
            LinkNote::MethodNotText {
                scenario: N,
                problem,
            },
            vec![n.clone()],
        ));
        notes.push((
            LinkNote::TierNotText {
                scenario: N,
                problem,
            },
            vec![n.clone()],
        ));
        notes.push((
            LinkNote::SessionsNotText {
                scenario: N,
                problem,
                shown: "«3»",
            },
            vec![n.clone(), "«3»".into()],
        ));
        notes.push((LinkNote::QuoteNotText { problem }, vec![]));
        for date in dates {
            notes.push((LinkNote::DateNotText { date, problem }, vec![]));
        }
        for field in fields {
            notes.push((LinkNote::FinanceNotText { field, problem }, vec![]));
        }
    }
    for date in dates {
        notes.push((
            LinkNote::SecondDate {
                date,
                text: A.into(),
            },
            vec![A.into()],
        ));
        notes.push((
            LinkNote::BothDates {
                date,
                text: A.into(),
            },
            vec![A.into()],
        ));
        for (error, arguments) in date_errors() {
            notes.push((LinkNote::BadDate { date, error }, arguments));
        }
    }
    for field in fields {
        notes.push((LinkNote::SecondFinance { field }, vec![]));
        notes.push((
            LinkNote::FinanceTooLong {
                field,
                max_chars: N,
            },
            vec![n.clone()],
        ));
    }
    notes
}

fn date_errors() -> Vec<(DateError, Vec<String>)> {
    vec![
        (DateError::Empty, vec![]),
        (
            DateError::NotIso(A.into()),
            vec![A.into(), "2026-12-01".into()],
        ),
        (DateError::NotReal(A.into()), vec![A.into()]),
        (
            DateError::OutOfRange(A.into()),
            vec![A.into(), "1900".into(), "2200".into()],
        ),
    ]
}

#[test]
fn every_message_keeps_its_figures_and_names_in_every_language() {
    let en = words(Lang::En).planner;
    for &lang in Lang::BUILT {
        let w = words(lang).planner;
        let n = N.to_string();
        let m = M.to_string();
        let c = |what: &str, english: String, text: String, arguments: &[&str]| {
            check(lang, what, &english, &text, arguments)
        };
        c("scenario", (en.scenario)(N), (w.scenario)(N), &[&n]);
        c(
            "remove_scenario",
            (en.remove_scenario)(A),
            (w.remove_scenario)(A),
            &[A],
        );
        c("add_limit", (en.add_limit)(N), (w.add_limit)(N), &[&n]);
        c(
            "compare_link",
            (en.compare_link)(N),
            (w.compare_link)(N),
            &[&n],
        );
        c(
            "scenario_added",
            (en.scenario_added)(N),
            (w.scenario_added)(N),
            &[&n],
        );
        for (error, arguments) in date_errors() {
            let arguments: Vec<&str> = arguments.iter().map(String::as_str).collect();
            c(
                "date_error",
                (en.date_error)(&error),
                (w.date_error)(&error),
                &arguments,
            );
            c(
                "DateError::message",
                error.message(Lang::En),
                error.message(lang),
                &arguments,
            );
        }
        for month in 1..=12 {
            c(
                "plain_date",
                (en.plain_date)(27, month, 7777),
                (w.plain_date)(27, month, 7777),
                &["27", "7777"],
            );
        }
        for month in 1..=12 {
            c(
                "page_date",
                (en.page_date)(27, month, 7777),
                (w.page_date)(27, month, 7777),
                &["27", "7777"],
            );
        }
        c("printed_on", (en.printed_on)(A), (w.printed_on)(A), &[A]);
        for (note, arguments) in every_link_note() {
            let arguments: Vec<&str> = arguments.iter().map(String::as_str).collect();
            c(
                &format!("link_note {note:?}"),
                (en.link_note)(&note, &sentinel_method_name),
                (w.link_note)(&note, &sentinel_method_name),
                &arguments,
            );
        }
        c(
            "session_label",
            (en.session_label)(M),
            (w.session_label)(M),
            &[&m],
        );
        c("week_label", (en.week_label)(A), (w.week_label)(A), &[A]);
        c(
            "downtime_window",
            (en.downtime_window)(A),
            (w.downtime_window)(A),
            &[A],
        );
        c(
            "results_window",
            (en.results_window)(A),
            (w.results_window)(A),
            &[A],
        );
        c("results_bar", (en.results_bar)(A), (w.results_bar)(A), &[A]);
        c(
            "weeks",
            (en.weeks)(6666, M),
            (w.weeks)(6666, M),
            &["6666", &m],
        );
        c("weeks", (en.weeks)(M, M), (w.weeks)(M, M), &[&m]);
        c("days", (en.days)(6666, M), (w.days)(6666, M), &["6666", &m]);
        for (until, arguments) in [
            (Until::Day(A.into()), vec![A]),
            (Until::Between(A.into(), B.into()), vec![A, B]),
            (Until::Week(M), vec![m.as_str()]),
            (Until::Weeks(6666, M), vec!["6666", m.as_str()]),
        ] {
            c("until", (en.until)(&until), (w.until)(&until), &arguments);
        }
        for (when, when_arguments) in [
            (SessionWhen::Date(A.into()), vec![A]),
            (SessionWhen::Start, vec!["0"]),
            (SessionWhen::Week(6666), vec!["6666"]),
        ] {
            for (downtime, downtime_arguments) in [
                (SessionDowntime::None, vec![]),
                (SessionDowntime::Lasting(B.into()), vec![B]),
                (SessionDowntime::NotQuantified, vec![]),
                (SessionDowntime::NotPublished, vec![]),
            ] {
                for results in [
                    None,
                    Some(SessionResults {
                        weeks: C,
                        until: "«D»",
                    }),
                ] {
                    let mut arguments = vec![m.as_str()];
                    arguments.extend(&when_arguments);
                    arguments.extend(&downtime_arguments);
                    if results.is_some() {
                        arguments.extend([C, "«D»"]);
                    }
                    c(
                        "session_sentence",
                        (en.session_sentence)(M, &when, &downtime, results),
                        (w.session_sentence)(M, &when, &downtime, results),
                        &arguments,
                    );
                }
            }
        }
        c(
            "final_sentence",
            (en.final_sentence)(A, B),
            (w.final_sentence)(A, B),
            &[A, B],
        );
        c("event", (en.event)(A), (w.event)(A), &[A]);
        c(
            "caption",
            (en.caption)(N, A, B),
            (w.caption)(N, A, B),
            &[&n, A, B],
        );
        c(
            "caption",
            (en.caption)(1, A, B),
            (w.caption)(1, A, B),
            &["1", A],
        );
        c(
            "status_refused",
            (en.status_refused)(A),
            (w.status_refused)(A),
            &[A],
        );
        for today in [false, true] {
            for weeks in [1, M] {
                c(
                    "status_fits",
                    (en.status_fits)(A, B, today, weeks),
                    (w.status_fits)(A, B, today, weeks),
                    &[A, B, &weeks.to_string()],
                );
            }
        }
        c(
            "status_event_passed",
            (en.status_event_passed)(A, B),
            (w.status_event_passed)(A, B),
            &[A, B],
        );
        for last in [None, Some(B)] {
            for latest in [None, Some(C)] {
                for days in [1, M] {
                    let days_text = days.to_string();
                    let mut arguments = vec![A, days_text.as_str()];
                    arguments.extend(last);
                    arguments.extend(latest);
                    c(
                        "status_too_late",
                        (en.status_too_late)(A, last, days, latest),
                        (w.status_too_late)(A, last, days, latest),
                        &arguments,
                    );
                }
            }
        }
        c(
            "status_start_passed",
            (en.status_start_passed)(A, B),
            (w.status_start_passed)(A, B),
            &[A, B],
        );
        c(
            "note_hours_as_days",
            (en.note_hours_as_days)(A, 6666, M),
            (w.note_hours_as_days)(A, 6666, M),
            &[A, "6666", &m],
        );
        c(
            "note_not_quantified",
            (en.note_not_quantified)(A),
            (w.note_not_quantified)(A),
            &[A],
        );
        c(
            "source_spacing",
            (en.source_spacing)(A),
            (w.source_spacing)(A),
            &[A],
        );
        c(
            "source_results_about",
            (en.source_results_about)(A),
            (w.source_results_about)(A),
            &[A],
        );
        c(
            "compare_note",
            (en.compare_note)(N),
            (w.compare_note)(N),
            &[&n],
        );
        for explain_fda in [false, true] {
            c(
                "regulatory_condition",
                (en.regulatory_condition)(explain_fda),
                (w.regulatory_condition)(explain_fda),
                &["FDA"],
            );
            c(
                "regulatory_cosmetic",
                (en.regulatory_cosmetic)(explain_fda),
                (w.regulatory_cosmetic)(explain_fda),
                &["FDA"],
            );
            for explain_ind in [false, true] {
                c(
                    "regulatory_injectable",
                    (en.regulatory_injectable)(explain_fda, explain_ind),
                    (w.regulatory_injectable)(explain_fda, explain_ind),
                    &["FDA", "IND"],
                );
            }
        }
        let statuses = [A.to_owned(), B.to_owned()];
        c(
            "regulatory_line",
            (en.regulatory_line)(&statuses),
            (w.regulatory_line)(&statuses),
            &[A, B],
        );
    }
}

/// Where a translated view first names the FDA or the IND it says what they are (the
/// glossary's explanations); English names them as the calculator's caveats explain them.
#[test]
fn translations_explain_the_fda_and_the_ind_where_first_named() {
    for lang in TRANSLATED {
        let w = words(lang).planner;
        assert_ne!(
            (w.regulatory_condition)(true),
            (w.regulatory_condition)(false)
        );
        assert_ne!(
            (w.regulatory_cosmetic)(true),
            (w.regulatory_cosmetic)(false)
        );
        assert_ne!(
            (w.regulatory_injectable)(false, true),
            (w.regulatory_injectable)(false, false)
        );
        assert_ne!(
            (w.regulatory_injectable)(true, false),
            (w.regulatory_injectable)(false, false)
        );
    }
    // In a comparison, only the first column explains them.
    let book = book();
    let money = PlainFormatter::new("USD");
    let injection = RawInput {
        method: "injection".into(),
        tier: "msc-injectable".into(),
        sessions: "1".into(),
        lot_data: false,
    };
    let view = compare_view(&book, &[injection.clone(), injection], &money, Lang::Es);
    let first = &view.columns[0].regulatory.status;
    let second = &view.columns[1].regulatory.status;
    assert!(
        first.contains("la agencia del gobierno de EE. UU."),
        "{first}"
    );
    assert!(first.contains("el permiso de la FDA"), "{first}");
    assert!(!second.contains('('), "{second}");
    assert!(first.starts_with("En EE. UU.:"), "{first}");
}

#[test]
fn counts_agree_with_their_nouns() {
    let es = words(Lang::Es).planner;
    let de = words(Lang::De).planner;
    assert_eq!((es.weeks)(1, 1), "1 semana");
    assert_eq!((es.weeks)(4, 6), "4–6 semanas");
    assert_eq!((de.weeks)(1, 1), "1 Woche");
    assert_eq!((de.weeks)(2, 2), "2 Wochen");
    assert_eq!((de.days)(1, 2), "1–2 Tage");
    assert_eq!((es.days)(1, 1), "1 día");
    let late = |w: &estimator_core::words::planner::PlannerWords, days| {
        (w.status_too_late)("E", None, days, None)
    };
    assert!(late(es, 1).contains("hace 1 día."), "{}", late(es, 1));
    assert!(late(es, 3).contains("hace 3 días."), "{}", late(es, 3));
    assert!(
        late(de, 1).contains("vor 1 Tag beginnen"),
        "{}",
        late(de, 1)
    );
    assert!(
        late(de, 3).contains("vor 3 Tagen beginnen"),
        "{}",
        late(de, 3)
    );
    assert!((es.status_fits)("E", "L", false, 1).contains("queda 1 semana completa"));
    assert!((es.status_fits)("E", "L", false, 6).contains("quedan 6 semanas completas"));
    assert!((de.status_fits)("E", "L", false, 1)
        .contains("bleibt nach der letzten Sitzung 1 volle Woche"));
    assert!((de.status_fits)("E", "L", false, 6)
        .contains("bleiben nach der letzten Sitzung volle 6 Wochen"));
    let note = |w: &estimator_core::words::planner::PlannerWords, note: LinkNote| {
        (w.link_note)(&note, &sentinel_method_name)
    };
    assert_eq!(
        note(es, LinkNote::MoreProblems { count: 1 }),
        "Hay 1 problema más que no se lista."
    );
    assert_eq!(
        note(es, LinkNote::MoreProblems { count: 3 }),
        "Hay 3 problemas más que no se listan."
    );
    assert_eq!(
        note(de, LinkNote::MoreUnknownParts { count: 1 }),
        "1 weiterer Teil, den dieser Rechner nicht liest, wurde ignoriert."
    );
    assert_eq!(
        note(de, LinkNote::MoreUnknownParts { count: 2 }),
        "2 weitere Teile, die dieser Rechner nicht liest, wurden ignoriert."
    );
    // Agreement of the decoding problem with the noun it describes.
    assert!(note(
        es,
        LinkNote::DateNotText {
            date: LinkDate::Start,
            problem: DecodeProblem::BadEscape
        }
    )
    .ends_with("no está bien codificada."));
    assert!(note(
        es,
        LinkNote::QuoteNotText {
            problem: DecodeProblem::BadEscape
        }
    )
    .ends_with("no está bien codificado."));
}

#[test]
fn each_language_has_a_plain_date_format() {
    let first = match Date::parse_iso("2026-12-01") {
        Ok(date) => date,
        Err(error) => panic!("{error}"),
    };
    let may = match Date::parse_iso("2027-05-03") {
        Ok(date) => date,
        Err(error) => panic!("{error}"),
    };
    assert_eq!(plain_date_format(Lang::En).format(first), "1 Dec 2026");
    assert_eq!(plain_date_format(Lang::Es).format(first), "1 dic 2026");
    assert_eq!(plain_date_format(Lang::De).format(first), "1. Dez. 2026");
    assert_eq!(plain_date_format(Lang::De).format(may), "3. Mai 2027");
}

/// Each page locale's own format, which the browser uses in place of `Intl` (a browser test
/// holds it to the browser's `Intl`), and no other locale's.
#[test]
fn each_page_locale_writes_dates_as_its_browser_does() {
    let first = match Date::parse_iso("2026-12-01") {
        Ok(date) => date,
        Err(error) => panic!("{error}"),
    };
    let written = |locale: &str| PageDate::for_locale(locale).map(|format| format.format(first));
    assert_eq!(written("en-US").as_deref(), Some("Dec 1, 2026"));
    assert_eq!(written("es-US").as_deref(), Some("1 dic 2026"));
    assert_eq!(written("de-DE").as_deref(), Some("1. Dez. 2026"));
    for other in ["en-GB", "en", "es-ES", "de-AT", "fr-FR", ""] {
        assert_eq!(written(other), None, "{other}");
    }
}

// ----- No English left in a translated view -----

/// The ready-by date at which the latest start of `raw`'s plan is exactly today, when it has
/// a results window: the status then says "That is today".
fn ready_today(book: &PriceBook, raw: &RawInput) -> Option<String> {
    let estimate = estimate_of(book, raw)?;
    let weeks = estimate.schedule.final_results.as_ref()?.max;
    today()
        .add_days(i64::from(weeks) * 7)
        .map(|date| date.to_iso())
}

fn estimate_of<'b>(book: &'b PriceBook, raw: &RawInput) -> Option<Estimate<'b>> {
    let request = resolve(book, raw)?.request()?;
    estimate_with(book, &request, raw.lot_data())
}

/// The date modes a plan can be in: each mode with a valid date (a future and a past start;
/// an event that fits, one too soon and one already past, and one whose latest start is
/// today), an empty field before and after it is used, a day that does not exist, text that
/// is not a date, and a year out of range.
fn date_modes(ready_today: Option<String>) -> Vec<(DateMode, String, bool)> {
    let mut modes = vec![(DateMode::Undated, String::new(), false)];
    let invalid = ["2026-02-30", "12/01/2026", "1850-01-01"];
    for (mode, valid) in [
        (DateMode::Start, vec!["2026-12-01", "2026-01-12"]),
        (
            DateMode::ReadyBy,
            vec!["2027-12-01", "2026-12-24", "2026-01-01"],
        ),
    ] {
        for text in valid.into_iter().chain(invalid) {
            modes.push((mode, text.to_owned(), true));
        }
        modes.push((mode, String::new(), false));
        modes.push((mode, String::new(), true));
    }
    if let Some(date) = ready_today {
        modes.push((DateMode::ReadyBy, date, true));
    }
    modes
}

fn input(scenarios: Vec<RawInput>, mode: DateMode, text: &str, touched: bool) -> PlannerInput {
    PlannerInput {
        active: scenarios.len() - 1,
        scenarios,
        date_mode: mode,
        date_text: text.to_owned(),
        date_touched: touched,
        quote: String::new(),
        share_quote: false,
        notices: Vec::new(),
        financing: FinancingInput::default(),
    }
}

fn view(book: &PriceBook, input: &PlannerInput, lang: Lang) -> PlannerView {
    planner_view(
        book,
        input,
        today(),
        &PlainFormatter::new("USD"),
        &plain_date_format(lang),
        lang,
    )
}

/// The planner's own parts of a view: everything but the calculator (`page`) and the quote
/// check (`quote`), which other parts word and test, and the link's fragment, which is data.
fn planner_parts(view: &PlannerView) -> String {
    format!(
        "{:?}",
        (
            &view.tabs,
            &view.add_limit,
            &view.compare,
            &view.compare_cue,
            &view.dates,
            &view.timeline,
            &view.notices,
            &view.share,
            view.words,
        )
    )
}

/// Spanish words that are also English marker words: "no" (Spanish for "not") and "may", the
/// month May as `Intl` and the plain format abbreviate it before a year. Taken out of Spanish
/// texts only, so that the check does not read them as English.
fn without_spanish_homographs(text: &str) -> String {
    let mut out = String::new();
    let mut word = String::new();
    let mut previous_word = String::new();
    let flush = |word: &mut String, out: &mut String, previous: &mut String| {
        if !word.is_empty() {
            let is_month = word == "may"
                && previous.chars().all(|c| c.is_ascii_digit())
                && !previous.is_empty();
            if word != "no" && !is_month {
                out.push_str(word);
            }
            *previous = std::mem::take(word);
        }
    };
    for c in text.chars() {
        if c.is_alphanumeric() || c == '\'' {
            word.push(c);
        } else {
            flush(&mut word, &mut out, &mut previous_word);
            out.push(c);
        }
    }
    flush(&mut word, &mut out, &mut previous_word);
    out
}

/// The texts of one translated view to check, without the ids (which are never read) and with
/// the Spanish homographs taken out; each with the first state it appeared in.
fn collect(
    found: &mut BTreeMap<String, String>,
    ids: &[String],
    lang: Lang,
    debug: &str,
    state: &str,
) {
    for text in strings_of(debug) {
        if ids.contains(&text) {
            continue;
        }
        let text = if lang == Lang::Es {
            without_spanish_homographs(&text)
        } else {
            text
        };
        found.entry(text).or_insert_with(|| state.to_owned());
    }
}

/// Asserts that none of the `found` texts of `lang` reads as English. Every state's texts are
/// gathered first and checked once each, since most repeat from state to state; a text that
/// appears word for word in any English view of the walk counts as English.
fn assert_none_english(
    lang: Lang,
    found: &BTreeMap<String, String>,
    english: &HashSet<String>,
    book: &PriceBook,
) {
    let english: Vec<String> = english.iter().cloned().collect();
    let texts: Vec<String> = found.keys().cloned().collect();
    let left = english_left(&english, &texts, &allowed_names(book));
    let report: Vec<String> = left
        .iter()
        .map(|text| format!("{text}    [in {}]", found[text]))
        .collect();
    assert!(
        left.is_empty(),
        "{lang:?} planner views leave English text:\n{}",
        report.join("\n")
    );
}

/// The texts of a walk over planner states, gathered so that each is checked once: every
/// English one, and every translated one with the first state it appeared in.
struct Walk {
    ids: Vec<String>,
    english: HashSet<String>,
    found: Vec<BTreeMap<String, String>>,
    states: usize,
}

impl Walk {
    fn new(book: &PriceBook) -> Walk {
        Walk {
            ids: ids_of(book),
            english: HashSet::new(),
            found: vec![BTreeMap::new(); TRANSLATED.len()],
            states: 0,
        }
    }

    /// The `parts` of the view of `planner` in English and in each translated language.
    fn add(
        &mut self,
        book: &PriceBook,
        planner: &PlannerInput,
        state: &str,
        parts: fn(&PlannerView) -> String,
    ) {
        let english = parts(&view(book, planner, Lang::En));
        self.english.extend(strings_of(&english));
        for (lang, found) in TRANSLATED.iter().zip(self.found.iter_mut()) {
            let debug = parts(&view(book, planner, *lang));
            collect(found, &self.ids, *lang, &debug, state);
        }
        self.states += 1;
    }

    fn assert_none_english(&self, book: &PriceBook) {
        for (lang, found) in TRANSLATED.iter().zip(&self.found) {
            assert_none_english(*lang, found, &self.english, book);
        }
    }
}

#[test]
fn no_planner_state_leaves_english_in_spanish_or_german() {
    let book = book();
    let mut walk = Walk::new(&book);
    // The scenarios before the one shown: a second with a price and an injection, a third
    // whose session count cannot be used.
    let second = RawInput {
        method: "injection".into(),
        tier: "msc-injectable".into(),
        sessions: "1".into(),
        lot_data: false,
    };
    let third = RawInput {
        method: "scalp".into(),
        tier: "not-sure".into(),
        sessions: "abc".into(),
        lot_data: true,
    };
    for raw in page_states(&book) {
        let modes = date_modes(ready_today(&book, &raw));
        for count in 1..=3 {
            let mut scenarios = vec![second.clone(), third.clone()];
            scenarios.truncate(count - 1);
            scenarios.push(raw.clone());
            for (mode, text, touched) in &modes {
                let planner = input(scenarios.clone(), *mode, text, *touched);
                let state = format!(
                    "{raw:?} of {count} scenarios, {mode:?} {text:?}{}",
                    if *touched { " (used)" } else { "" }
                );
                walk.add(&book, &planner, &state, planner_parts);
            }
        }
    }
    assert!(walk.states > 8_000, "{} states walked", walk.states);
    walk.assert_none_english(&book);
}

/// Every part of a planner view a person reads: the planner's own, the calculator's and the
/// quote check's; not the link's fragment, which is data (ids such as `not-sure`).
fn whole_view(view: &PlannerView) -> String {
    let others = format!("{:?}", (&view.page, &view.quote, &view.quote_text));
    format!("{others} {}", planner_parts(view))
}

/// The core's own planner walk (`whole_table::planner_states`: every page state in every date
/// choice, and against a quote in every position its range allows), every part of each view
/// checked: nothing is left in English.
#[test]
fn the_whole_planner_walk_leaves_no_english_in_spanish_or_german() {
    let book = book();
    let mut walk = Walk::new(&book);
    for planner in planner_states(&book, today()) {
        let state = format!(
            "{:?}, {:?} {:?}, quote {:?}",
            planner.current(),
            planner.date_mode,
            planner.date_text,
            planner.quote
        );
        walk.add(&book, &planner, &state, whole_view);
    }
    assert!(walk.states > 1_000, "{} states walked", walk.states);
    walk.assert_none_english(&book);
}

/// A link with a part of every kind ignored, restored: its notes, as the view words them.
#[test]
fn a_restored_link_says_what_it_ignored_in_the_persons_language() {
    let book = book();
    let ids = ids_of(&book);
    let links = [
        "v1&s=foo.not-sure.3&s=microneedling.zzz.2&s=microneedling.msc-injectable.4&s=scalp&a=9&zz=1&justtext&aa&bb",
        "v1&s=.plant.3&s=scalp.pl%ZZant.2&s=injection.not-sure.%C3%28&a=x&a=1&lot=x&q=1&q=2",
        "v1&s=scalp&start=2026-02-30&by=2027-01-01&start=2026-12-02&q=%F&apr=%ZZ&months=1&months=2",
        "v1&s=scalp&by=12/01/2026&apr=1&apr=2&months=%FF",
        "v9&s=scalp.plant.2&x=1&y=2&start=1850-01-01",
        "vx&s=nope&a=1",
        "s=scalp.plant.2&s=nope&a=2",
    ];
    let mut english = HashSet::new();
    let mut found: Vec<BTreeMap<String, String>> = vec![BTreeMap::new(); TRANSLATED.len()];
    let mut variants = HashSet::new();
    for link in links {
        let decoded = decode(link, &book);
        assert!(!decoded.ignored.is_empty(), "{link}");
        for note in &decoded.ignored {
            variants.insert(
                format!("{note:?}")
                    .split([' ', '{'])
                    .next()
                    .map(str::to_owned),
            );
        }
        let restored = PlannerInput::initial(&book).apply(PlannerAction::Restore(decoded.clone()));
        let en = view(&book, &restored, Lang::En);
        assert_eq!(en.notices, decoded.messages(&book, Lang::En));
        english.extend(en.notices.iter().cloned());
        for (lang, found) in TRANSLATED.iter().zip(found.iter_mut()) {
            let shown = view(&book, &restored, *lang);
            assert_eq!(shown.notices, decoded.messages(&book, *lang));
            assert_eq!(shown.notices.len(), en.notices.len());
            collect(found, &ids, *lang, &format!("{:?}", shown.notices), link);
        }
    }
    assert!(variants.len() >= 20, "{variants:?}");
    for (lang, found) in TRANSLATED.iter().zip(&found) {
        assert_none_english(*lang, found, &english, &book);
    }
    // Every note a link can give, with real-looking values.
    for lang in TRANSLATED {
        let mut found = BTreeMap::new();
        let mut english = HashSet::new();
        for (note, _) in every_link_note() {
            english.insert(note.message(&book, Lang::En));
            collect(
                &mut found,
                &ids,
                lang,
                &format!("{:?}", note.message(&book, lang)),
                &format!("{note:?}"),
            );
        }
        assert_none_english(lang, &found, &english, &book);
    }
}

/// More scenarios than a comparison shows: its note, in each language.
#[test]
fn the_comparison_says_how_many_scenarios_it_left_out() {
    let book = book();
    let money = PlainFormatter::new("USD");
    let scenarios = vec![RawInput::initial(&book); 5];
    let en = compare_view(&book, &scenarios, &money, Lang::En);
    assert_eq!(
        en.note.as_deref(),
        Some("Only the first three scenarios are compared; 2 more left out.")
    );
    for lang in TRANSLATED {
        let note = compare_view(&book, &scenarios, &money, lang).note;
        let Some(note) = note else {
            panic!("{lang:?}: no note");
        };
        assert!(note.contains('2'), "{note}");
        assert!(
            english_left(&[], &[without_spanish_homographs(&note)], &[]).is_empty(),
            "{note}"
        );
    }
}
