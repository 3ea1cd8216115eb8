//! The planner part of a language's words: the scenario tabs, the plan dates, the timeline,
//! the comparison, sharing, and what a restored link ignored. Each field says what it is for;
//! see [`crate::words`] for how fields are written.

use crate::calendar::DateError;
use crate::lang::Lang;
use crate::plan::{SessionDowntime, SessionResults, SessionWhen, Until};
use crate::share::LinkNote;

/// The planner's fixed words that the shell shows as they are: headings, labels and buttons.
/// The view hands the shell this table itself ([`crate::planner::PlannerView::words`]).
#[derive(Debug, PartialEq, Eq)]
pub struct PlannerLabels {
    /// The accessible name of the row of scenario tabs: "Scenarios".
    pub scenarios_label: &'static str,
    /// The button that adds a scenario: "Add scenario".
    pub add_scenario: &'static str,
    /// Under the button while there is one scenario.
    pub add_hint: &'static str,
    /// The visible mark of a tab's remove button, whose accessible name is the tab's
    /// `remove_label`.
    pub remove_mark: &'static str,
    /// The heading of the plan dates and timeline: "Your plan over time".
    pub plan_title: &'static str,
    /// Instead of the timeline while the session count cannot be used.
    pub plan_needs_sessions: &'static str,
    /// Above what a restored link ignored.
    pub notices_title: &'static str,
    /// The button that puts those notices away.
    pub dismiss: &'static str,
}

/// A method's name from its id, as the calculator shows it in the reader's language: how a
/// link's note, which holds a method by its id, names it.
pub type MethodName<'a> = dyn Fn(&str) -> String + 'a;

pub struct PlannerWords {
    /// The words the shell shows as they are.
    pub labels: PlannerLabels,

    // ----- Scenarios -----
    /// A scenario's name, from its number (1 for the first): "Scenario 2". Tabs, comparison
    /// columns and the cue after adding one all use it.
    pub scenario: fn(number: usize) -> String,
    /// The accessible name of a tab's remove button, from the scenario's name.
    pub remove_scenario: fn(scenario: &str) -> String,
    /// Why no scenario can be added once there are `max`.
    pub add_limit: fn(max: usize) -> String,
    /// The link beside the tabs to the comparison of `count` scenarios.
    pub compare_link: fn(count: usize) -> String,
    /// Said once after "Add scenario": scenario `number` is the new copy, and the comparison
    /// is further down.
    pub scenario_added: fn(number: usize) -> String,

    // ----- Plan dates -----
    /// The legend of the date-mode choice: "Dates".
    pub dates_legend: &'static str,
    /// The three date modes' labels: no dates, a start date, an event to be ready by.
    pub mode_undated: &'static str,
    pub mode_start: &'static str,
    pub mode_ready_by: &'static str,
    /// The date field's label with a start date.
    pub start_label: &'static str,
    /// The date field's label with an event date.
    pub ready_by_label: &'static str,
    /// Asked of an empty date field: a hint until the person uses the field, then its error.
    pub choose_a_date: &'static str,
    /// Why a typed or linked date cannot be used (beside the field, and in a link's notes).
    pub date_error: fn(error: &DateError) -> String,
    /// A date written plainly, from its day, month (1 to 12) and year, where the browser's
    /// `Intl` does not format it: "1 Dec 2026".
    pub plain_date: fn(day: u32, month: u32, year: i32) -> String,
    /// A date as the browser's `Intl.DateTimeFormat` writes it (numeric day, short month,
    /// numeric year) in the locale of this language's own page: "Dec 1, 2026" in US English,
    /// the plain format in Spanish and German, whose page locales write it that way.
    pub page_date: fn(day: u32, month: u32, year: i32) -> String,

    // ----- Keeping, sharing and printing -----
    /// The heading of the share section.
    pub share_title: &'static str,
    /// Where the plan is kept: only in the link.
    pub share_hint: &'static str,
    pub copy_link: &'static str,
    /// The button for the system's share sheet.
    pub system_share: &'static str,
    pub print: &'static str,
    /// The checkbox that puts the quoted price in the link.
    pub include_quote: &'static str,
    /// Said when the link was copied.
    pub copied: &'static str,
    /// Said when the browser refused to copy; the link is then shown to copy by hand.
    pub copy_failed: &'static str,
    /// The label of the field that shows the link when copying failed.
    pub link_label: &'static str,
    /// The title handed to the system's share sheet with the link.
    pub share_sheet_title: &'static str,
    /// On the printed sheet, before the link back to the plan, from the formatted date.
    pub printed_on: fn(date: &str) -> String,
    /// One thing a restored link ignored, and why. A note holds a method by its id;
    /// `method_name` gives its name as the calculator shows it in this language.
    pub link_note: fn(note: &LinkNote, method_name: &MethodName<'_>) -> String,

    // ----- The timeline -----
    /// A session's row label: "Session 1".
    pub session_label: fn(number: u32) -> String,
    /// A week on an undated plan, from its number or span ("4", "12–14"): "Week 4".
    pub week_label: fn(week: &str) -> String,
    /// A session's downtime window, from the duration as the calculator words it.
    pub downtime_window: fn(duration: &str) -> String,
    /// A session's results window in the list a phone shows, from [`PlannerWords::until`].
    pub results_window: fn(until: &str) -> String,
    /// A session's results window on the chart, from the weeks ([`PlannerWords::weeks`]).
    pub results_bar: fn(weeks: &str) -> String,
    /// A span of weeks: "4–6 weeks", "1 week".
    pub weeks: fn(min: u32, max: u32) -> String,
    /// A span of days: "1–2 days", "1 day".
    pub days: fn(min: u32, max: u32) -> String,
    /// Until when a window lasts, to complete a sentence: "until week 4–6".
    pub until: fn(until: &Until) -> String,
    /// A session in words: its number, when it falls, its downtime and, except for a use
    /// under study, for how long and until when its results may keep developing.
    pub session_sentence: fn(
        number: u32,
        when: &SessionWhen,
        downtime: &SessionDowntime,
        results: Option<SessionResults>,
    ) -> String,
    /// The row of the last session's results window; its promise is "may keep developing",
    /// never a "final" result.
    pub last_results_label: &'static str,
    /// The bar and legend entry of that window.
    pub last_results_bar: &'static str,
    /// That window in words, from [`PlannerWords::until`] and the weeks after a treatment.
    pub final_sentence: fn(until: &str, weeks: &str) -> String,
    /// The event's mark on the chart, from its formatted date.
    pub event: fn(date: &str) -> String,
    /// The legend's entries for a session, its downtime and its results window.
    pub legend_session: &'static str,
    pub legend_downtime: &'static str,
    pub legend_results: &'static str,
    /// The chart's title: the sessions, the method's name and the interval as the calculator
    /// words it (not used for one session).
    pub caption: fn(sessions: usize, method: &str, interval: &str) -> String,
    /// The heading of the plan in words.
    pub words_title: &'static str,
    /// The summary of the disclosure with the timeline's sources.
    pub timeline_sources_title: &'static str,
    /// An event date given for a use under study, which the plan cannot be checked against.
    pub status_refused: fn(event: &str) -> String,
    /// The plan fits: the event, the latest first session, whether that is today, and the
    /// weeks left after the last session.
    pub status_fits: fn(event: &str, latest: &str, latest_is_today: bool, weeks: u32) -> String,
    /// The event is before today.
    pub status_event_passed: fn(event: &str, today: &str) -> String,
    /// The plan cannot fit: the event, until when the last results may still be developing
    /// (if that day is known), how many days ago it would have needed to start and from which
    /// date (if it is known).
    pub status_too_late: fn(
        event: &str,
        last_results: Option<&str>,
        days_short: u32,
        latest: Option<&str>,
    ) -> String,
    /// A start date before today.
    pub status_start_passed: fn(start: &str, today: &str) -> String,
    /// Downtime in hours drawn as whole days: the hours as the calculator words them, and
    /// the days drawn.
    pub note_hours_as_days: fn(hours: &str, min_days: u32, max_days: u32) -> String,
    /// No downtime figure, from the reactions the source names (joined).
    pub note_not_quantified: fn(effects: &str) -> String,
    /// No recovery time published.
    pub note_not_published: &'static str,
    /// Appointments may move a few days.
    pub note_appointments: &'static str,
    /// What the spacing source is about, and its first line from the interval as the
    /// calculator words it.
    pub source_spacing_about: &'static str,
    pub source_spacing: fn(interval: &str) -> String,
    /// What the downtime source is about, and its line when no source gives one.
    pub source_downtime_about: &'static str,
    pub source_downtime_absent: &'static str,
    /// What the results source is about, from the weeks.
    pub source_results_about: fn(weeks: &str) -> String,
    /// What the line about a use under study is about.
    pub source_results_under_study_about: &'static str,

    // ----- The comparison -----
    /// The comparison's heading.
    pub compare_title: &'static str,
    /// The summary of the disclosure holding every figure's source and the evidence notes.
    pub compare_sources_title: &'static str,
    /// The row labels but the results row (the calculator's own label).
    pub row_total: &'static str,
    pub row_per_session: &'static str,
    pub row_downtime: &'static str,
    pub row_regulatory: &'static str,
    pub row_evidence: &'static str,
    /// A figure cell, and a tab's total, while the scenario's session count cannot be used.
    pub waits_for_sessions: &'static str,
    /// Scenarios beyond the third were left out: how many.
    pub compare_note: fn(left_out: usize) -> String,
    /// Where the evidence notes come from (the overview, by its publisher and year).
    pub evidence_source: &'static str,
    /// The regulatory status of a condition treatment; explaining "FDA" where the view first
    /// names it.
    pub regulatory_condition: fn(explain_fda: bool) -> String,
    /// The regulatory status of an injected preparation; explaining "FDA" and "IND" where
    /// the view first names them.
    pub regulatory_injectable: fn(explain_fda: bool, explain_ind: bool) -> String,
    /// The regulatory status of a cosmetic applied to the skin.
    pub regulatory_cosmetic: fn(explain_fda: bool) -> String,
    /// The regulatory line, from its statuses: always said to be about the United States.
    pub regulatory_line: fn(statuses: &[String]) -> String,
    /// What the overview says about the evidence, for a method: under study, injected,
    /// applied to the skin after a procedure, or nothing specific.
    pub evidence_under_study: &'static str,
    pub evidence_injectable: &'static str,
    pub evidence_topical: &'static str,
    pub evidence_unspecified: &'static str,
    /// ... and for the source cells of a product tier.
    pub evidence_plant: &'static str,
    pub evidence_placental: &'static str,
    pub evidence_msc_topical: &'static str,
    pub evidence_msc: &'static str,
    pub evidence_other_cells: &'static str,
    pub evidence_unknown_cells: &'static str,
}

// ----- Helpers every language's table shares -----

/// "1 week", "3 weeks": a count with the language's singular or plural.
pub(super) fn count(lang: Lang, count: u32, one: &str, many: &str) -> String {
    format!("{count} {}", lang.plural(count, one, many))
}

/// "2–3 weeks", or "1 week" when both ends are equal.
pub(super) fn count_range(lang: Lang, min: u32, max: u32, one: &str, many: &str) -> String {
    if min == max {
        count(lang, min, one, many)
    } else {
        format!("{min}–{max} {many}")
    }
}

/// A month's short name from a language's twelve, or "?" for a month that is not 1 to 12
/// (no date has one).
pub(super) fn month_name(months: &[&'static str; 12], month: u32) -> &'static str {
    usize::try_from(month)
        .ok()
        .and_then(|month| month.checked_sub(1))
        .and_then(|index| months.get(index))
        .copied()
        .unwrap_or("?")
}

/// A term's explanation where a view first names it, and nothing after. English names the
/// terms as the calculator's caveats explain them, so only the translations use it.
#[cfg(any(feature = "lang-es", feature = "lang-de"))]
pub(super) fn explained(explain: bool, explanation: &'static str) -> &'static str {
    if explain {
        explanation
    } else {
        ""
    }
}

/// The English planner words, for the few constants that tests name (the comparison's row
/// labels and its wait message, in `compare`).
#[cfg(feature = "lang-en")]
pub const ENGLISH: &PlannerWords = &super::en::PLANNER;
