//! The plan timeline of one estimate: when each session falls, the downtime and the
//! results-developing window after it, until when the last session's results may keep
//! developing and, with a date, on which days all of that happens and whether it can be ready
//! by an event. A use still under study gets none of the results windows: no source says when
//! its results could be judged.
//!
//! [`timeline`] computes the model in whole days counted from the first session (day 0);
//! [`timeline_view`] turns it into everything the page needs to draw an SVG and to describe it
//! to a screen reader, so the shell computes nothing. Every offset comes from the estimate's
//! schedule, whose figures carry provenance; the view prints that provenance too.
//!
//! The core never reads the clock: "today" is a parameter of [`timeline`].

use crate::calendar::Date;
pub use crate::calendar::{plain_date_format, DateFormat, PlainDate, PlainDateFormat};
use crate::estimate::{DowntimeAmount, Estimate, Provenance, WeekRange};
use crate::lang::Lang;
use crate::price_book::TimeUnit;
use crate::view::{
    book_text, interval_words, method_name, provenance_lines, time_range, under_study_results,
};
use crate::words::words;

/// Which date, if any, anchors the plan.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum PlanDates {
    /// No date: the timeline counts weeks from the first session.
    #[default]
    Undated,
    /// The first session is on this date.
    Start(Date),
    /// Final results should be complete by this date (an event), counting back.
    ReadyBy(Date),
}

/// A window that opens on day `from` and closes somewhere between `until_min` and `until_max`
/// (`from <= until_min <= until_max`), because the source gives its length as a range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    pub from: u32,
    pub until_min: u32,
    pub until_max: u32,
}

/// The days, from `from` to `to` inclusive of both ends, within which something is expected.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DayRange {
    pub from: u32,
    pub to: u32,
}

/// The downtime after one session, in whole days, as far as the source quantifies it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DowntimeDays {
    /// A range in days. A range the source gives in hours is rounded up to whole days (24–48
    /// hours is 1–2 days, 36 hours is 2 days), so a drawn window is never shorter than the
    /// figure it stands for.
    Days { min: u32, max: u32 },
    /// The source names the reactions but gives no duration: no window is drawn.
    NotQuantified,
    /// The source says nothing about recovery: no window is drawn.
    NotPublished,
}

/// One session on the timeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SessionPlan {
    /// 1 for the first session.
    pub number: u32,
    /// The week of the session, counted from the first (week 0).
    pub week: u32,
    /// The day of the session, counted from the first (day 0).
    pub day: u32,
    /// The session's date, when the plan is dated.
    pub date: Option<Date>,
    /// The downtime after the session; `None` when the source does not quantify it (see
    /// [`Timeline::downtime`]) or quantifies it as none.
    pub downtime: Option<Window>,
    /// The weeks over which the results of this session may keep developing; `None` for a use
    /// still under study, for which no source gives them.
    pub results: Option<Window>,
}

/// The answer to "can this plan be ready by the event?".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadyByCheck {
    /// The event date.
    pub event: Date,
    /// The latest first-session date for which final results are complete by the event: the
    /// event minus the latest week of final results. `None` only if that day falls outside the
    /// calendar a [`Date`] can hold (a hand-built date in year 1).
    pub latest_start: Option<Date>,
    /// True when the latest start is today or later.
    pub fits: bool,
    /// How many days ago the latest start was; 0 when the plan fits.
    pub days_short: u32,
    /// True when the event itself is before today.
    pub event_passed: bool,
    /// Days from the plan's first session to the event; negative when the event comes first.
    pub event_day: i64,
}

/// The plan of one estimate, in days from the first session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Timeline {
    pub sessions: Vec<SessionPlan>,
    /// The downtime after each session, as used for the windows.
    pub downtime: DowntimeDays,
    /// How long results keep developing after each treatment (the book's protocol).
    pub results_weeks: WeekRange,
    /// Until when the last session's results may keep developing, in weeks from the first
    /// session; `None` for a use still under study.
    pub final_results_weeks: Option<WeekRange>,
    /// The same in days from the first session.
    pub final_results: Option<DayRange>,
    /// The first and last day of the final-results window, when the plan is dated.
    pub final_results_dates: Option<(Date, Date)>,
    /// From the first session to the end of the last window, in days.
    pub span_days: u32,
    /// The date of the first session, when the plan is dated. With an event date, this is the
    /// latest start that fits or, when none does, today.
    pub start: Option<Date>,
    /// The day the plan was made for.
    pub today: Date,
    /// True when a given start date is before today.
    pub start_passed: bool,
    /// The event check, when the plan counts back from an event.
    pub ready_by: Option<ReadyByCheck>,
    /// The event date given, when the plan cannot be checked against it because no source
    /// says when the results of this use could be judged.
    pub ready_by_refused: Option<Date>,
}

/// Lays out the plan of `estimate`, dated as `dates` asks, on `today`.
///
/// All offsets are whole days and saturate instead of overflowing, so even a hand-built book
/// with absurd weeks gives a timeline rather than a panic; a date that would fall outside the
/// calendar is left out (`None`) rather than invented.
pub fn timeline(estimate: &Estimate, dates: PlanDates, today: Date) -> Timeline {
    let schedule = &estimate.schedule;
    let results = &schedule.results_weeks;
    let downtime = downtime_days(&estimate.downtime_per_session.amount);
    let results_min = weeks_to_days(results.min);
    let results_max = weeks_to_days(results.max);
    let final_results = schedule.final_results.as_ref().map(|weeks| DayRange {
        from: weeks_to_days(weeks.min),
        to: weeks_to_days(weeks.max),
    });
    let has_results = final_results.is_some();

    let today_number = today.day_number();
    let final_end = i64::from(final_results.map_or(0, |range| range.to));
    let mut ready_by_refused = None;
    let (start_number, ready_by, start_passed) = match dates {
        PlanDates::Undated => (None, None, false),
        PlanDates::Start(start) => (Some(start.day_number()), None, start < today),
        // Counting back from an event needs a time by which results could be judged; a use
        // under study has none, so the plan stays in weeks and the page says why.
        PlanDates::ReadyBy(event) if !has_results => {
            ready_by_refused = Some(event);
            (None, None, false)
        }
        PlanDates::ReadyBy(event) => {
            let event_number = event.day_number();
            let latest = event_number - final_end;
            let fits = latest >= today_number;
            // When no start fits, the plan is drawn from today, to show how late its final
            // results would come.
            let start = if fits { latest } else { today_number };
            let check = ReadyByCheck {
                event,
                latest_start: Date::from_day_number(latest),
                fits,
                days_short: if fits {
                    0
                } else {
                    u32::try_from(today_number - latest).unwrap_or(u32::MAX)
                },
                event_passed: event_number < today_number,
                event_day: event_number - start,
            };
            (Some(start), Some(check), false)
        }
    };
    let date_at =
        |day: u32| start_number.and_then(|start| Date::from_day_number(start + i64::from(day)));

    let sessions: Vec<SessionPlan> = schedule
        .session_weeks
        .iter()
        .zip(1u32..)
        .map(|(week, number)| {
            let day = weeks_to_days(*week);
            let downtime = match downtime {
                DowntimeDays::Days { min, max } if max > 0 => Some(Window {
                    from: day,
                    until_min: day.saturating_add(min),
                    until_max: day.saturating_add(max),
                }),
                _ => None,
            };
            SessionPlan {
                number,
                week: *week,
                day,
                date: date_at(day),
                downtime,
                results: has_results.then(|| Window {
                    from: day,
                    until_min: day.saturating_add(results_min),
                    until_max: day.saturating_add(results_max),
                }),
            }
        })
        .collect();

    let span_days = sessions
        .iter()
        .flat_map(|session| {
            [
                session.day,
                session.results.map_or(0, |window| window.until_max),
                session.downtime.map_or(0, |window| window.until_max),
            ]
        })
        .chain(final_results.map(|range| range.to))
        .max()
        .unwrap_or(0);
    let final_results_dates =
        final_results.and_then(|range| date_at(range.from).zip(date_at(range.to)));

    Timeline {
        sessions,
        downtime,
        results_weeks: results.clone(),
        final_results_weeks: schedule.final_results.clone(),
        final_results,
        final_results_dates,
        span_days,
        start: start_number.and_then(Date::from_day_number),
        today,
        start_passed,
        ready_by,
        ready_by_refused,
    }
}

fn weeks_to_days(weeks: u32) -> u32 {
    weeks.saturating_mul(7)
}

fn downtime_days(amount: &DowntimeAmount) -> DowntimeDays {
    match amount {
        DowntimeAmount::Range { min, max, unit } => match unit {
            TimeUnit::Hours => DowntimeDays::Days {
                min: min.div_ceil(24),
                max: max.div_ceil(24),
            },
            TimeUnit::Days => DowntimeDays::Days {
                min: *min,
                max: *max,
            },
        },
        DowntimeAmount::NotQuantified { .. } => DowntimeDays::NotQuantified,
        DowntimeAmount::NotPublished => DowntimeDays::NotPublished,
    }
}

// ----- The view -----

/// What a bar stands for; the page styles each kind differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BarKind {
    /// A session: a mark at one day (`start == end`).
    Session,
    /// The downtime after a session.
    Downtime,
    /// The weeks over which a session's results keep developing.
    Results,
    /// The window in which the last session's results may still be developing.
    Final,
}

impl BarKind {
    /// A short class-name-safe word for styling.
    pub fn as_str(self) -> &'static str {
        match self {
            BarKind::Session => "session",
            BarKind::Downtime => "downtime",
            BarKind::Results => "results",
            BarKind::Final => "final",
        }
    }
}

/// One bar, in days from the first session. Draw `start..firm_end` solid and
/// `firm_end..end` as uncertain (hatched or faded): the source gives the length as a range.
/// A session has `start == firm_end == end` and is drawn as a mark; the final-results bar has
/// `firm_end == start`, because all of it is "expected somewhere in here".
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BarView {
    pub kind: BarKind,
    pub start: u32,
    pub firm_end: u32,
    pub end: u32,
    /// A short label for a tooltip or `<title>`, such as "Downtime: 24–48 hours".
    pub label: String,
}

/// One row of the chart: a session with its windows, or the final results.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowView {
    /// "Session 1" or "Final results".
    pub label: String,
    /// "1 Dec 2026" or "Week 0" for a session; a date range or "Week 12–14" for final results.
    pub when: String,
    pub bars: Vec<BarView>,
    /// The row's windows in words, one per drawn window, for the list that stands for the
    /// chart where it would be too narrow to read (a phone): "Downtime: 24–48 hours".
    pub details: Vec<RowDetail>,
}

/// One window of a row in words, marked with the kind of bar it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RowDetail {
    pub kind: BarKind,
    pub text: String,
}

/// A labelled point on the time axis, in days from the first session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TickView {
    pub at: u32,
    pub label: String,
}

/// How a status message should look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StatusTone {
    /// The plan can be ready by the event.
    Fits,
    /// The plan cannot be ready by the event.
    DoesNotFit,
    /// Something to know about the dates, such as a start date in the past.
    Note,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StatusView {
    pub tone: StatusTone,
    pub message: String,
}

/// Where the figures of one part of the timeline come from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceView {
    /// What the lines are about, such as "Downtime after each session".
    pub about: String,
    pub lines: Vec<String>,
}

/// One entry of the legend.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegendView {
    pub kind: BarKind,
    pub label: String,
}

/// Everything the page needs to draw the timeline and to describe it in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineView {
    /// A title for the chart, such as "3 sessions of Microneedling exosome facial, 4 weeks apart".
    pub caption: String,
    /// The width of the chart in days (abstract units); at least 1. Every bar, tick and
    /// marker lies within `0..=width`.
    pub width: u32,
    /// One row per session, then one for final results.
    pub rows: Vec<RowView>,
    /// Axis labels: weeks when undated, dates when dated; at most [`MAX_TICKS`].
    pub ticks: Vec<TickView>,
    /// The event date, when it falls on or after the first session.
    pub event: Option<TickView>,
    pub legend: Vec<LegendView>,
    /// The chart in words, for screen readers: one sentence per session and one for final
    /// results, with dates when the plan is dated.
    pub text_alternative: Vec<String>,
    /// Whether the plan can be ready by the event, or a note about the dates.
    pub status: Option<StatusView>,
    /// What the drawing simplifies or assumes.
    pub notes: Vec<String>,
    /// Where each figure comes from.
    pub sources: Vec<SourceView>,
    /// The heading of the plan in words: "The plan in words".
    pub words_title: &'static str,
    /// The summary of the disclosure that holds [`TimelineView::sources`].
    pub sources_title: &'static str,
}

/// The most axis labels the view produces, whatever the span: enough to read, few enough to
/// fit on a phone.
pub const MAX_TICKS: usize = 16;

/// Until when a window lasts, for the words to complete a sentence with
/// ([`crate::words::planner::PlannerWords::until`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Until {
    /// On one day, formatted.
    Day(String),
    /// On some day between two, formatted.
    Between(String, String),
    /// In one week of an undated plan.
    Week(u32),
    /// In some week from the first to the second, on an undated plan.
    Weeks(u32, u32),
}

/// When a session falls, for its sentence in the plan in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionWhen {
    /// On a formatted date.
    Date(String),
    /// The first session of an undated plan (week 0).
    Start,
    /// A later session of an undated plan, in this week.
    Week(u32),
}

/// For how long and until when a session's results may keep developing, for its sentence in
/// the plan in words: the weeks ([`crate::words::planner::PlannerWords::weeks`]) and the end
/// ([`crate::words::planner::PlannerWords::until`]), both worded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SessionResults<'a> {
    pub weeks: &'a str,
    pub until: &'a str,
}

/// The downtime after a session, for its sentence in the plan in words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionDowntime {
    /// The source says there is none.
    None,
    /// The downtime as the calculator words it ("24–48 hours").
    Lasting(String),
    /// The source names reactions but no duration.
    NotQuantified,
    /// The source says nothing about recovery.
    NotPublished,
}

/// Lays out and describes the plan of `estimate` (see [`timeline`]), with dates formatted by
/// `format`, in `lang`.
pub fn timeline_view(
    estimate: &Estimate,
    dates: PlanDates,
    today: Date,
    format: &dyn DateFormat,
    lang: Lang,
) -> TimelineView {
    let words = words(lang).planner;
    let plan = timeline(estimate, dates, today);
    let date = |day: u32| {
        plan.start
            .and_then(|start| start.add_days(i64::from(day)))
            .map(|date| format.format(date))
    };
    let downtime_text = match &estimate.downtime_per_session.amount {
        DowntimeAmount::Range { min, max, unit } => Some(time_range(*min, *max, *unit, lang)),
        _ => None,
    };
    let results = &plan.results_weeks;
    let results_text = (words.weeks)(results.min, results.max);

    let mut rows = Vec::new();
    let mut text_alternative = Vec::new();
    for session in &plan.sessions {
        let label = (words.session_label)(session.number);
        let when =
            date(session.day).unwrap_or_else(|| (words.week_label)(&session.week.to_string()));
        let mut bars = vec![BarView {
            kind: BarKind::Session,
            start: session.day,
            firm_end: session.day,
            end: session.day,
            // A label and its value, joined as every language here joins them.
            label: format!("{label}: {when}"),
        }];
        let mut details = Vec::new();
        if let (Some(window), Some(text)) = (session.downtime, &downtime_text) {
            let downtime = (words.downtime_window)(text);
            details.push(RowDetail {
                kind: BarKind::Downtime,
                text: downtime.clone(),
            });
            bars.push(window_bar(BarKind::Downtime, window, downtime));
        }
        let until = session
            .results
            .map(|window| (words.until)(&results_until(window, &date)));
        if let (Some(window), Some(until)) = (session.results, &until) {
            details.push(RowDetail {
                kind: BarKind::Results,
                text: (words.results_window)(until),
            });
            bars.push(window_bar(
                BarKind::Results,
                window,
                (words.results_bar)(&results_text),
            ));
        }
        let when_words = match date(session.day) {
            Some(date) => SessionWhen::Date(date),
            None if session.week == 0 => SessionWhen::Start,
            None => SessionWhen::Week(session.week),
        };
        text_alternative.push((words.session_sentence)(
            session.number,
            &when_words,
            &session_downtime(&estimate.downtime_per_session.amount, lang),
            until.as_deref().map(|until| SessionResults {
                weeks: &results_text,
                until,
            }),
        ));
        rows.push(RowView {
            label,
            when,
            bars,
            details,
        });
    }

    if let (Some(final_weeks), Some(final_days)) = (&plan.final_results_weeks, plan.final_results) {
        let final_dates = plan
            .final_results_dates
            .map(|(from, to)| (format.format(from), format.format(to)));
        rows.push(RowView {
            label: words.last_results_label.to_owned(),
            when: match &final_dates {
                Some((from, to)) if from == to => from.clone(),
                // A range of dates, written as every language here writes one.
                Some((from, to)) => format!("{from} – {to}"),
                None => (words.week_label)(&week_span(final_weeks)),
            },
            bars: vec![BarView {
                kind: BarKind::Final,
                start: final_days.from,
                firm_end: final_days.from,
                end: final_days.to,
                label: words.last_results_bar.to_owned(),
            }],
            // The row's label and dates say it all; a band would repeat them.
            details: Vec::new(),
        });
        let until = match final_dates {
            Some((from, to)) if from == to => Until::Day(to),
            Some((from, to)) => Until::Between(from, to),
            None if final_weeks.min == final_weeks.max => Until::Week(final_weeks.max),
            None => Until::Weeks(final_weeks.min, final_weeks.max),
        };
        text_alternative.push((words.final_sentence)(
            &(words.until)(&until),
            &results_text,
        ));
    } else {
        text_alternative.push(under_study_results(lang).to_owned());
    }

    let event = plan.ready_by.as_ref().and_then(|check| {
        let at = u32::try_from(check.event_day).ok()?;
        Some(TickView {
            at,
            label: (words.event)(&format.format(check.event)),
        })
    });
    let width = plan
        .span_days
        .max(event.as_ref().map_or(0, |marker| marker.at))
        .max(1);
    let ticks = ticks(width, |at| {
        date(at).unwrap_or_else(|| (words.week_label)(&(at / 7).to_string()))
    });

    let mut legend = vec![LegendView {
        kind: BarKind::Session,
        label: words.legend_session.to_owned(),
    }];
    if plan
        .sessions
        .iter()
        .any(|session| session.downtime.is_some())
    {
        legend.push(LegendView {
            kind: BarKind::Downtime,
            label: words.legend_downtime.to_owned(),
        });
    }
    if plan.final_results.is_some() {
        legend.push(LegendView {
            kind: BarKind::Results,
            label: words.legend_results.to_owned(),
        });
        legend.push(LegendView {
            kind: BarKind::Final,
            label: words.last_results_bar.to_owned(),
        });
    }

    let status = status(&plan, results, format, lang);
    let notes = notes(estimate, &plan, lang);
    let sources = sources(estimate, &results_text, lang);
    // The name of the method as the calculator shows it in `lang`.
    let caption = (words.caption)(
        plan.sessions.len(),
        method_name(estimate.book, estimate.method, lang),
        &interval_words(estimate.method, lang),
    );

    TimelineView {
        caption,
        width,
        rows,
        ticks,
        event,
        legend,
        text_alternative,
        status,
        notes,
        sources,
        words_title: words.words_title,
        sources_title: words.timeline_sources_title,
    }
}

fn window_bar(kind: BarKind, window: Window, label: String) -> BarView {
    BarView {
        kind,
        start: window.from,
        firm_end: window.until_min,
        end: window.until_max,
        label,
    }
}

/// The downtime after each session, as its sentence says it. The reactions a source names
/// without a duration are listed once, in the notes, rather than in every sentence.
fn session_downtime(downtime: &DowntimeAmount, lang: Lang) -> SessionDowntime {
    match downtime {
        DowntimeAmount::Range { max: 0, .. } => SessionDowntime::None,
        DowntimeAmount::Range { min, max, unit } => {
            SessionDowntime::Lasting(time_range(*min, *max, *unit, lang))
        }
        DowntimeAmount::NotQuantified { .. } => SessionDowntime::NotQuantified,
        DowntimeAmount::NotPublished => SessionDowntime::NotPublished,
    }
}

/// Until when a results window lasts: between two dates, on one date, or in weeks when the
/// plan has no dates.
fn results_until(window: Window, date: &dyn Fn(u32) -> Option<String>) -> Until {
    match (date(window.until_min), date(window.until_max)) {
        (Some(from), Some(to)) if from == to => Until::Day(to),
        (Some(from), Some(to)) => Until::Between(from, to),
        _ if window.until_min == window.until_max => Until::Week(window.until_max / 7),
        _ => Until::Weeks(window.until_min / 7, window.until_max / 7),
    }
}

fn week_span(weeks: &WeekRange) -> String {
    if weeks.min == weeks.max {
        weeks.min.to_string()
    } else {
        format!("{}–{}", weeks.min, weeks.max)
    }
}

/// Tick positions from day 0 every whole number of weeks, with as few steps as keep the
/// count at or below [`MAX_TICKS`].
fn ticks(width: u32, label: impl Fn(u32) -> String) -> Vec<TickView> {
    let intervals = u32::try_from(MAX_TICKS - 1).unwrap_or(1);
    let step = [1u32, 2, 4, 8, 13, 26, 52]
        .into_iter()
        .map(|weeks| weeks * 7)
        .find(|step| width / step <= intervals)
        .unwrap_or_else(|| width.div_ceil(intervals).div_ceil(7).saturating_mul(7))
        .max(1);
    (0..=width / step)
        .map(|index| index.saturating_mul(step))
        .take(MAX_TICKS)
        .map(|at| TickView {
            at,
            label: label(at),
        })
        .collect()
}

fn status(
    plan: &Timeline,
    results: &WeekRange,
    format: &dyn DateFormat,
    lang: Lang,
) -> Option<StatusView> {
    let words = words(lang).planner;
    // Today's date is written only where a message names it: a plan without dates writes no
    // date at all, so the browser's date formatter is not even built for it.
    let today = || format.format(plan.today);
    if let Some(event) = plan.ready_by_refused {
        return Some(StatusView {
            tone: StatusTone::Note,
            message: (words.status_refused)(&format.format(event)),
        });
    }
    if let Some(check) = &plan.ready_by {
        let event = format.format(check.event);
        if check.fits {
            let latest = check
                .latest_start
                .map(|date| format.format(date))
                .unwrap_or_default();
            return Some(StatusView {
                tone: StatusTone::Fits,
                message: (words.status_fits)(
                    &event,
                    &latest,
                    check.latest_start == Some(plan.today),
                    results.max,
                ),
            });
        }
        if check.event_passed {
            return Some(StatusView {
                tone: StatusTone::DoesNotFit,
                message: (words.status_event_passed)(&event, &today()),
            });
        }
        let last_results = plan
            .final_results_dates
            .map(|(_, last)| format.format(last));
        let latest = check.latest_start.map(|latest| format.format(latest));
        return Some(StatusView {
            tone: StatusTone::DoesNotFit,
            message: (words.status_too_late)(
                &event,
                last_results.as_deref(),
                check.days_short,
                latest.as_deref(),
            ),
        });
    }
    if plan.start_passed {
        let start = plan
            .start
            .map(|date| format.format(date))
            .unwrap_or_default();
        return Some(StatusView {
            tone: StatusTone::Note,
            message: (words.status_start_passed)(&start, &today()),
        });
    }
    None
}

fn notes(estimate: &Estimate, plan: &Timeline, lang: Lang) -> Vec<String> {
    let words = words(lang).planner;
    let mut notes = Vec::new();
    match (&estimate.downtime_per_session.amount, &plan.downtime) {
        (
            DowntimeAmount::Range {
                min,
                max,
                unit: TimeUnit::Hours,
            },
            DowntimeDays::Days {
                min: min_days,
                max: max_days,
            },
        ) if *max > 0 => notes.push((words.note_hours_as_days)(
            &time_range(*min, *max, TimeUnit::Hours, lang),
            *min_days,
            *max_days,
        )),
        // The reactions as the calculator's card names them in `lang`.
        (DowntimeAmount::NotQuantified { effects }, _) => {
            let effects: Vec<String> = effects
                .iter()
                .map(|effect| book_text(estimate.book, effect, lang).to_owned())
                .collect();
            notes.push((words.note_not_quantified)(&lang.join_words(&effects)))
        }
        (DowntimeAmount::NotPublished, _) => notes.push(words.note_not_published.to_owned()),
        _ => {}
    }
    // Why the picture ends at the last session, said in view: the plan in words is folded.
    if estimate.schedule.final_results.is_none() {
        notes.push(under_study_results(lang).to_owned());
    }
    if plan.sessions.len() > 1 {
        notes.push(words.note_appointments.to_owned());
    }
    notes
}

fn sources(estimate: &Estimate, results_text: &str, lang: Lang) -> Vec<SourceView> {
    let words = words(lang).planner;
    let schedule = &estimate.schedule;
    let mut sources = Vec::new();
    if estimate.sessions > 1 {
        let mut lines = vec![(words.source_spacing)(&interval_words(
            estimate.method,
            lang,
        ))];
        lines.extend(provenance_lines(
            estimate,
            &schedule.interval_provenance,
            lang,
        ));
        sources.push(SourceView {
            about: words.source_spacing_about.to_owned(),
            lines,
        });
    }
    let downtime = &estimate.downtime_per_session.provenance;
    sources.push(SourceView {
        about: words.source_downtime_about.to_owned(),
        lines: match downtime {
            Provenance::Absent => vec![words.source_downtime_absent.to_owned()],
            other => provenance_lines(estimate, other, lang),
        },
    });
    if schedule.final_results.is_some() {
        sources.push(SourceView {
            about: (words.source_results_about)(results_text),
            lines: provenance_lines(
                estimate,
                &Provenance::quoted(&schedule.results_source),
                lang,
            ),
        });
        sources.push(SourceView {
            about: words.last_results_label.to_owned(),
            lines: provenance_lines(estimate, &schedule.final_results_provenance, lang),
        });
    } else {
        sources.push(SourceView {
            about: words.source_results_under_study_about.to_owned(),
            lines: vec![under_study_results(lang).to_owned()],
        });
    }
    sources
}
