//! The English words of the planner part.

use crate::calendar::{DateError, MAX_INPUT_YEAR, MIN_INPUT_YEAR};
use crate::lang::Lang;
use crate::money::group_thousands;
use crate::plan::{SessionDowntime, SessionResults, SessionWhen, Until};
use crate::share::{DecodeProblem, FinanceField, LinkDate, LinkNote};
use crate::words::planner::{self, month_name, PlannerLabels, PlannerWords};

/// The short month names of `Intl` in English.
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

pub const WORDS: PlannerWords = PlannerWords {
    labels: PlannerLabels {
        scenarios_label: "Scenarios",
        add_scenario: "Add scenario",
        add_hint: "Add a scenario to compare up to three choices side by side.",
        remove_mark: "×",
        plan_title: "Your plan over time",
        plan_needs_sessions: "Enter a number of sessions to see the plan.",
        notices_title: "Restored from the link, with some parts left out:",
        dismiss: "Dismiss",
    },

    scenario: |number| format!("Scenario {number}"),
    remove_scenario: |scenario| format!("Remove {scenario}"),
    add_limit: |max| format!("At most {max} scenarios can be compared; remove one to add another."),
    compare_link: |count| format!("See the comparison of {count} scenarios"),
    scenario_added: |number| {
        format!("Scenario {number} added, a copy of the one you were seeing. Change it with the controls; the comparison is further down.")
    },

    dates_legend: "Dates",
    mode_undated: "No dates: count in weeks",
    mode_start: "Start on a date",
    mode_ready_by: "Be ready by an event",
    start_label: "First session on",
    ready_by_label: "Ready by (event date)",
    choose_a_date: "Choose a date to see the plan on a calendar.",
    date_error,
    plain_date: |day, month, year| {
        let month = month_name(&MONTHS, month);
        format!("{day} {month} {year}")
    },
    // US English, the locale of the English page, puts the month first.
    page_date: |day, month, year| {
        let month = month_name(&MONTHS, month);
        format!("{month} {day}, {year}")
    },

    share_title: "Keep, share or print this plan",
    share_hint: "The link holds your choices after the # sign, which browsers never send to any server. Nothing is stored anywhere else.",
    copy_link: "Copy link",
    system_share: "Share…",
    print: "Print or save as PDF",
    include_quote: "Put my quote in the link too",
    copied: "Link copied. Paste it anywhere to come back to this plan.",
    copy_failed: "This browser did not allow copying. Select the link below and copy it.",
    link_label: "Link to this plan",
    share_sheet_title: "Exosome treatment cost plan",
    printed_on: |date| format!("Printed on {date}. To open this plan again:"),
    link_note,

    session_label: |number| format!("Session {number}"),
    week_label: |week| format!("Week {week}"),
    downtime_window: |duration| format!("Downtime: {duration}"),
    results_window: |until| format!("Results may keep developing {until}"),
    results_bar: |weeks| format!("Results may keep developing for {weeks}"),
    weeks: |min, max| count_range(min, max, "week", "weeks"),
    days: |min, max| count_range(min, max, "day", "days"),
    until: |until| match until {
        Until::Day(day) => format!("until {day}"),
        Until::Between(from, to) => format!("until between {from} and {to}"),
        Until::Week(week) => format!("until week {week}"),
        Until::Weeks(from, to) => format!("until week {from}–{to}"),
    },
    session_sentence: |number, when, downtime, results| {
        let when = match when {
            SessionWhen::Date(date) => format!("on {date}"),
            SessionWhen::Start => "at the start (week 0)".to_owned(),
            SessionWhen::Week(week) => format!("in week {week}"),
        };
        let downtime = match downtime {
            SessionDowntime::None => ", with no downtime".to_owned(),
            SessionDowntime::Lasting(duration) => format!(", followed by {duration} of downtime"),
            SessionDowntime::NotQuantified => {
                ", followed by downtime the source does not quantify".to_owned()
            }
            SessionDowntime::NotPublished => ", with no published downtime figure".to_owned(),
        };
        match results {
            None => format!("Session {number} {when}{downtime}."),
            Some(SessionResults { weeks, until }) => format!(
                "Session {number} {when}{downtime}; its results may keep developing for {weeks}, {until}."
            ),
        }
    },
    last_results_label: "Results may keep developing",
    last_results_bar: "Results of the last session may still be developing",
    final_sentence: |until, weeks| {
        format!("Results may keep developing {until}, {weeks} after the last session.")
    },
    event: |date| format!("Event: {date}"),
    legend_session: "Session",
    legend_downtime: "Downtime",
    legend_results: "Results may be developing",
    caption: |sessions, method, interval| {
        if sessions == 1 {
            format!("1 session of {method}")
        } else {
            format!("{sessions} sessions of {method}, {interval}")
        }
    },
    words_title: "The plan in words",
    timeline_sources_title: "Where these weeks come from",
    status_refused: |event| {
        format!("This estimator does not check this plan against {event}: the use is still under study, and no source says by when its results could be judged. The plan below counts in weeks.")
    },
    status_fits: |event, latest, latest_is_today, weeks| {
        let today_note = if latest_is_today { " That is today." } else { "" };
        format!(
            "This plan can be ready by {event} if the first session is on or before {latest}.{today_note} That leaves the full {} after the last session for its results to develop. The dates shown start on that day.",
            count_range(weeks, weeks, "week", "weeks")
        )
    },
    status_event_passed: |event, today| {
        format!("This plan cannot be ready by {event}: that date is before today ({today}).")
    },
    status_too_late: |event, last_results, days_short, latest| {
        let developing = match last_results {
            Some(last) => format!(
                "results of the last session may still be developing until {last}, even with a first session today"
            ),
            None => "results of the last session may still be developing after it, even with a first session today".to_owned(),
        };
        let ago = format!("{} ago", count(days_short, "day", "days"));
        let needed = match latest {
            Some(latest) => format!("It would have needed to start by {latest}, which is {ago}."),
            None => format!("It would have needed to start {ago}."),
        };
        format!(
            "This plan cannot be ready by {event}: {developing}. {needed} The dates shown start today, to show the soonest the last results window could end."
        )
    },
    status_start_passed: |start, today| {
        format!("The start date, {start}, is before today ({today}). The dates below follow from it as entered.")
    },
    note_hours_as_days: |hours, min_days, max_days| {
        format!(
            "Downtime given in hours is drawn in whole days, rounded up: {hours} as {}.",
            count_range(min_days, max_days, "day", "days")
        )
    },
    note_not_quantified: |effects| {
        format!("The source gives no downtime figure for this treatment, so none is drawn. The reactions it names are {effects}.")
    },
    note_not_published: "The published sources give no recovery time for this method, so no downtime is drawn. Ask the clinic.",
    note_appointments: "Real appointments may fall a few days either side of these dates; the clinic sets its own schedule.",
    source_spacing_about: "Spacing between sessions",
    source_spacing: |interval| format!("Sessions {interval}."),
    source_downtime_about: "Downtime after each session",
    source_downtime_absent: "The published sources give no recovery time for this method.",
    source_results_about: |weeks| {
        format!("Results may keep developing for {weeks} after a treatment")
    },
    source_results_under_study_about: "Results",

    compare_title: "Compare scenarios",
    compare_sources_title: "Where these figures come from",
    row_total: "Total",
    row_per_session: "Per session",
    row_downtime: "Total downtime",
    row_regulatory: "Regulatory status (US)",
    row_evidence: "Evidence",
    waits_for_sessions: "Waits for a session count",
    compare_note: |left_out| {
        format!("Only the first three scenarios are compared; {left_out} more left out.")
    },
    evidence_source: "Evidence notes: RegenClinics.org, a clinic directory (2026).",
    // English names the FDA and the IND as the calculator's caveats explain them.
    regulatory_condition: |_| {
        "Treating a condition needs FDA approval, and no exosome product has it".to_owned()
    },
    regulatory_injectable: |_, _| {
        "Not FDA-approved; injected preparations likely need an IND (a regulatory grey zone)"
            .to_owned()
    },
    regulatory_cosmetic: |_| {
        "A cosmetic only when sold without a medical claim; not FDA-approved".to_owned()
    },
    regulatory_line: |statuses| format!("In the US: {}.", statuses.join("; ")),
    evidence_under_study: "The overview counts this use among those under active study; it is not an established treatment.",
    evidence_injectable: "Needs a sterile injectable preparation. The overview speaks of significant published clinical evidence only for some topical products, not for injected ones.",
    evidence_topical: "According to the overview, applying exosomes to the skin after a procedure is how they are used most often in aesthetic practice.",
    evidence_unspecified: "The overview says nothing specific about the evidence for this use.",
    evidence_plant: "The overview says vesicles from plants signal less strongly between cells than those from human cells.",
    evidence_placental: "The overview names placental and amniotic cells as sources used in aesthetic products, with no evidence specific to them.",
    evidence_msc_topical: "Of the source cells, the overview calls MSCs the most studied in regenerative medicine, and it mentions significant published evidence for several well-characterised topical products. Results for one product say nothing about another.",
    evidence_msc: "Of the source cells, the overview calls MSCs the most studied in regenerative medicine. Results for one product say nothing about another.",
    evidence_other_cells: "Ask which cell line the product comes from and which clinical results have been published for it.",
    evidence_unknown_cells: "The evidence depends on the product: ask which cell line it comes from and which clinical results have been published for it.",
};

fn date_error(error: &DateError) -> String {
    match error {
        DateError::Empty => "Enter a date as YYYY-MM-DD.".to_owned(),
        DateError::NotIso(text) => {
            format!("“{text}” is not a date this estimator can read. Enter a date as YYYY-MM-DD, for example 2026-12-01.")
        }
        DateError::NotReal(text) => format!("“{text}” is not a real date."),
        DateError::OutOfRange(text) => format!(
            "“{text}” is outside the years this estimator plans for. Enter a year from {MIN_INPUT_YEAR} to {MAX_INPUT_YEAR}."
        ),
    }
}

/// Completes "its session count …" and the like.
fn problem(problem: &DecodeProblem) -> &'static str {
    match problem {
        DecodeProblem::BadEscape => "is not correctly encoded",
        DecodeProblem::NotText => "is not valid text",
    }
}

fn date_name(date: &LinkDate) -> &'static str {
    match date {
        LinkDate::Start => "start date",
        LinkDate::Event => "event date",
    }
}

fn finance_name(field: &FinanceField) -> &'static str {
    match field {
        FinanceField::Apr => "APR",
        FinanceField::Term => "term",
    }
}

/// "three" for the most scenarios a link holds, as the notes say it.
fn number_word(count: usize) -> String {
    match count {
        3 => "three".to_owned(),
        other => other.to_string(),
    }
}

fn link_note(note: &LinkNote, method_name: &dyn Fn(&str) -> String) -> String {
    match note {
        LinkNote::TooLong { max_bytes } => format!(
            "This link is longer than {} characters; ignored the rest of it.",
            group_thousands(*max_bytes as u64)
        ),
        LinkNote::DamagedVersion { mark, read_as } => format!(
            "This link's version mark “{mark}” is not one this estimator knows; restored what could be read as version {read_as}."
        ),
        LinkNote::NoVersion { read_as } => format!(
            "This link has no version mark; restored what could be read as version {read_as}."
        ),
        LinkNote::NewerVersion { version, unread } => {
            let unread = match unread {
                0 => String::new(),
                1 => " Ignored 1 part this version does not read.".to_owned(),
                count => format!(" Ignored {count} parts this version does not read."),
            };
            format!(
                "This link was made by a newer version of the estimator (v{version}); restored what could be read.{unread}"
            )
        }
        LinkNote::TooManyParts { skipped, max } => format!(
            "Ignored {skipped} more {} of this link: a link holds at most {max}.",
            if *skipped == 1 { "part" } else { "parts" }
        ),
        LinkNote::UnknownPart { part } => {
            format!("Ignored “{part}”, which this estimator does not read.")
        }
        LinkNote::MoreUnknownParts { count } => format!(
            "Ignored {count} more {} this estimator does not read.",
            if *count == 1 { "part" } else { "parts" }
        ),
        LinkNote::MethodNotText { scenario, problem: why } => {
            format!("Ignored scenario {scenario}: its method {}.", problem(why))
        }
        LinkNote::NoMethod { scenario } => {
            format!("Ignored scenario {scenario}: it names no method.")
        }
        LinkNote::UnknownMethod { scenario, method } => {
            format!("Ignored an unknown method “{method}” in scenario {scenario}.")
        }
        LinkNote::TierNotOffered {
            scenario,
            tier,
            method,
        } => format!(
            "Scenario {scenario}: “{tier}” is not offered for {method}; showing “Not sure”.",
            method = method_name(method)
        ),
        LinkNote::UnknownTier { scenario, tier } => format!(
            "Scenario {scenario}: “{tier}” is not a product tier this estimator knows; showing “Not sure”."
        ),
        LinkNote::TierNotText { scenario, problem: why } => format!(
            "Scenario {scenario}: its product tier {}; showing “Not sure”.",
            problem(why)
        ),
        LinkNote::SessionsTooLong {
            scenario,
            max_chars,
            shown,
        } => format!(
            "Scenario {scenario}: ignored a session count longer than {max_chars} characters; showing {shown}."
        ),
        LinkNote::SessionsNotText {
            scenario,
            problem: why,
            shown,
        } => format!(
            "Scenario {scenario}: its session count {}; showing {shown}.",
            problem(why)
        ),
        LinkNote::BadLot { value, max } => format!(
            "Ignored “lot={value}”: it should list scenario numbers from 1 to {max}."
        ),
        LinkNote::SecondActive { value } => {
            format!("Ignored a second scenario choice “a={value}”.")
        }
        LinkNote::ActiveNotNumber { value } => {
            format!("Ignored “a={value}”: it is not a scenario number.")
        }
        LinkNote::ActiveNotRestored { scenario } => format!(
            "Scenario {scenario} was the one shown, but it could not be restored; showing the first."
        ),
        LinkNote::ActiveMissing { value, scenario } => {
            format!("Ignored “a={value}”: this link has no scenario {scenario}.")
        }
        LinkNote::DateNotText { date, problem: why } => {
            format!("Ignored the {}: it {}.", date_name(date), problem(why))
        }
        LinkNote::SecondDate { date, text } => {
            format!("Ignored a second {} “{text}”.", date_name(date))
        }
        LinkNote::BothDates { date, text } => format!(
            "Ignored the {} “{text}”: a link holds a start date or an event date, not both.",
            date_name(date)
        ),
        LinkNote::BadDate { date, error } => {
            format!("Ignored the {}: {}", date_name(date), date_error(error))
        }
        LinkNote::QuoteNotText { problem: why } => {
            format!("Ignored the quoted price: it {}.", problem(why))
        }
        LinkNote::SecondQuote => "Ignored a second quoted price.".to_owned(),
        LinkNote::QuoteTooLong { max_chars } => {
            format!("Ignored a quoted price longer than {max_chars} characters.")
        }
        LinkNote::FinanceNotText { field, problem: why } => format!(
            "Ignored the financing {}: it {}.",
            finance_name(field),
            problem(why)
        ),
        LinkNote::SecondFinance { field } => {
            format!("Ignored a second financing {}.", finance_name(field))
        }
        LinkNote::FinanceTooLong { field, max_chars } => format!(
            "Ignored a financing {} longer than {max_chars} characters.",
            finance_name(field)
        ),
        LinkNote::ExtraScenarios { count: 1, max } => format!(
            "Ignored a fourth scenario: a link holds at most {}.",
            number_word(*max)
        ),
        LinkNote::ExtraScenarios { count, max } => format!(
            "Ignored {count} scenarios after the third: a link holds at most {}.",
            number_word(*max)
        ),
        LinkNote::NoScenario => {
            "No scenario in this link could be restored; showing the starting choice.".to_owned()
        }
        LinkNote::MoreProblems { count } => format!(
            "{count} more {} not listed.",
            if *count == 1 { "problem" } else { "problems" }
        ),
    }
}

fn count(number: u32, one: &str, many: &str) -> String {
    planner::count(Lang::En, number, one, many)
}

fn count_range(min: u32, max: u32, one: &str, many: &str) -> String {
    planner::count_range(Lang::En, min, max, one, many)
}
