//! The view part of a language's words: the calculator (its controls, the result card, every
//! figure's provenance and rule), the caveats, the four questions, the crash box, and the
//! published book's own names in this language. Each field says what it is for; see
//! [`crate::words`] for how fields are written.

use crate::content::{Caveat, Question, Reference};
use crate::form::SessionsError;
use crate::view::FigureKind;

/// A noun in its two forms for whole counts: "1 session", "3 sessions".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Noun {
    pub one: &'static str,
    pub many: &'static str,
}

/// The labels of the calculator's controls. The shell prints them as they are.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ControlWords {
    /// The form's accessible name: "Your choices".
    pub form_label: &'static str,
    /// The label of the delivery method's select.
    pub method_label: &'static str,
    /// The label of the product tier's select.
    pub tier_label: &'static str,
    /// The label of the session count's field.
    pub sessions_label: &'static str,
    /// The accessible name of the "−" button.
    pub fewer_label: &'static str,
    /// The accessible name of the "+" button.
    pub more_label: &'static str,
}

/// The words around the result card. They are the same for every estimate; the shell prints
/// them and composes none of its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ResultWords {
    /// The card's heading.
    pub title: &'static str,
    /// The heading over the caveats that apply.
    pub caveats_title: &'static str,
    /// The disclosure that holds each figure's own source and rules.
    pub how_worked_out: &'static str,
    /// The link from the summary in view to the full card.
    pub details_link: &'static str,
}

/// The two sentences of the box shown if the estimator fails: what happened, and that nothing
/// was sent and a reload starts again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CrashWords {
    pub title: &'static str,
    pub advice: &'static str,
}

/// The badge beside a figure: where it comes from, for the published book and for a clinic's
/// list. The words avoid "quote", which a patient reads as "a clinic quoted this".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct BadgeWords {
    pub quoted: &'static str,
    pub derived: &'static str,
    pub absent: &'static str,
    pub clinic_quoted: &'static str,
    pub clinic_derived: &'static str,
    pub clinic_absent: &'static str,
}

/// What the tier hint says after its first sentence, as the book prices the method.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TierHint<'a> {
    /// "Not sure" has a quoted range and other tiers are bands of it.
    WholeRangeBanded,
    /// "Not sure" has a quoted range and no tier is a band of it.
    WholeRange,
    /// No tier of the method has a price.
    NoPrice,
    /// Only this tier (its name) has a price.
    OnlyOne(&'a str),
    /// "Not sure" spans these priced tiers (their names).
    Span(&'a [String]),
}

/// The view part of one language.
pub struct ViewWords {
    /// The published book's own English text (a method's or tier's name, a downtime effect,
    /// an offer's note, the book's name and date line) in this language; `None` for any other
    /// text. Applied only to the published book: a clinic writes its own names in its own
    /// language, and they are shown as written.
    pub published_text: fn(&str) -> Option<&'static str>,
    /// The date of a referenced document, in this language ("6 December 2019"). Its title and
    /// publisher stay as published.
    pub reference_date: fn(Reference) -> &'static str,

    pub controls: ControlWords,
    pub result: ResultWords,
    pub crash: CrashWords,
    pub badges: BadgeWords,

    /// Units of the figures and counts.
    pub hour: Noun,
    pub day: Noun,
    pub week: Noun,
    pub session: Noun,
    /// "treatment": the word of the typical initial series ("2–3 treatments").
    pub treatment: Noun,

    /// Shown instead of the calculator for a book with no methods (which validation refuses).
    pub no_methods: &'static str,
    /// The clinical name of a delivery method of the published book (by its id), with what it
    /// involves in plain words, under the select whose options use the words patients use.
    pub method_term: fn(&str) -> Option<&'static str>,
    /// The checkbox for what the person knows about the lot, and its hint.
    pub lot_data_label: &'static str,
    pub lot_data_hint: &'static str,
    /// Under the session field: the allowed range, and the typical series ("2–3 treatments").
    pub sessions_hint: fn(min: u32, max: u32, typical: &str) -> String,
    /// In the result region while the session count cannot be used.
    pub needs_sessions: fn(min: u32, max: u32) -> String,
    /// Beside the session field: why its text cannot be used, with the text itself.
    pub sessions_error: fn(&SessionsError) -> String,
    /// What a product tier is, then what the tier control offers for the chosen method;
    /// `clinic` when the book is a clinic's list.
    pub tier_hint: fn(TierHint<'_>, clinic: bool) -> String,

    /// Whose figures a book holds, where no single figure is meant: the published book, a
    /// clinic's list (with its name), an invented example (with its name).
    pub book_label_published: &'static str,
    pub book_label_clinic: fn(name: &str) -> String,
    pub book_label_example: fn(name: &str) -> String,
    /// Whose figure the total is, and whether it is quoted, derived or missing.
    pub price_label_published: fn(FigureKind) -> &'static str,
    pub price_label_clinic: fn(name: &str, FigureKind) -> String,
    pub price_label_example: fn(name: &str, FigureKind) -> String,
    /// The one-line summary of a choice that heads the calculator's card, a planner tab and
    /// a comparison column: the method's and tier's names and the session count.
    pub summary: fn(method: &str, tier: &str, sessions: u32) -> String,
    /// The same summary while the session count cannot be used yet.
    pub summary_sessions_to_enter: fn(method: &str, tier: &str) -> String,

    /// The spacing of sessions: "monthly (taken as every 4 weeks)" and "4 weeks apart".
    pub interval_monthly: fn(weeks: u32) -> String,
    pub interval_apart: fn(weeks: u32) -> String,

    /// The figures' labels.
    pub total_label: fn(sessions: u32) -> String,
    pub per_session_label: &'static str,
    pub downtime_each_label: &'static str,
    pub downtime_over_label: fn(sessions: u32) -> String,
    /// The label of the results figure: results may keep developing, with no promise of
    /// "final".
    pub results_label: &'static str,
    /// The results figure: the weeks (a span such as "12–14") and how long after the last
    /// session ("4–6 weeks").
    pub results_value: fn(weeks: &str, after: &str) -> String,
    /// The results figure of a use still under study, and why it has no date.
    pub no_results_date: &'static str,
    pub under_study_results: &'static str,
    /// The values of a missing figure.
    pub no_price_listed: &'static str,
    pub no_published_figure: &'static str,
    pub no_figure_given: &'static str,
    /// Why a price is missing, naming the method and the tier: a clinic's list, the published
    /// sources.
    pub absent_price_clinic: fn(method: &str, tier: &str) -> String,
    pub absent_price_published: fn(method: &str, tier: &str) -> String,
    /// Beside the downtime when the source names reactions (already joined) and no time.
    pub downtime_effects_note: fn(effects: &str) -> String,
    /// Why no downtime figure is given at all.
    pub no_recovery_time: &'static str,

    /// The schedule under the card: the spacing and where it comes from; one session.
    pub schedule_note: fn(interval: &str, provenance: &str) -> String,
    pub one_session_schedule: &'static str,
    /// A session count above or below the typical initial series ("2–3 treatments").
    pub above_typical: fn(sessions: u32, typical: &str) -> String,
    pub below_typical: fn(typical: &str) -> String,
    /// When a book does not say when its figures were current.
    pub as_of_unknown: &'static str,
    /// Said under every estimate, on screen and on paper: not a quote, not medical advice.
    pub disclaimer: &'static str,
    /// "Ask whether the price includes", the items, and the line under them.
    pub ask_includes_title: &'static str,
    pub ask_includes: [&'static str; 3],
    pub ask_includes_note: &'static str,

    /// The answer in one line: the recovery part ("24–48 hours downtime each"), or that there
    /// is no figure.
    pub answer_downtime: fn(time: &str) -> String,
    pub answer_no_downtime_figure: &'static str,
    pub answer_no_published_downtime: &'static str,

    /// The sources of the card's figures, once for the card (citations already joined).
    pub figures_from: fn(citations: &str) -> String,
    pub no_source_figures: &'static str,
    /// A figure's provenance: its source, the sources it was derived from, no source.
    pub source_line: fn(citation: &str) -> String,
    pub from_line: fn(citations: &str) -> String,
    pub no_source_figure: &'static str,
    /// A citation of a clinic's list, of an invented example.
    pub cite_clinic: fn(citation: &str) -> String,
    pub cite_example: fn(citation: &str) -> String,

    /// A rule's line: "Rule: " and the rule's sentence.
    pub rule_line: fn(rule: &str) -> String,
    /// The parts of the series rule: "2 series of 3", "1 single session", and the rule with
    /// the size of a series and the parts (already joined).
    pub series_part: fn(count: u32, sessions: u32) -> String,
    pub singles_part: fn(count: u32) -> String,
    pub rule_series_then_singles: fn(series_sessions: u32, detail: &str) -> String,
    pub rule_single_times_sessions: &'static str,
    /// A tier placed in a band of the "Not sure" range (the band in words), for a clinic's
    /// list or the published book.
    pub rule_tier_band: fn(tier: &str, band: &str, clinic: bool) -> String,
    /// The band of a range between two percentages of its width: "lower half".
    pub band: fn(from: u8, to: u8) -> String,
    /// "Not sure" as the one priced tier, or as the span of several (names already joined).
    pub rule_span_one: fn(tier: &str) -> String,
    pub rule_span_many: fn(tiers: &str) -> String,
    /// The total divided by the sessions, rounded to whole units (with cents left out when
    /// the currency has them).
    pub rule_per_session: fn(has_cents: bool) -> String,
    pub rule_downtime_times_sessions: &'static str,
    /// The book's rules for the interval.
    pub rule_assumed_monthly: fn(weeks: u32) -> String,
    pub rule_monthly_as_weeks: fn(weeks: u32) -> String,
    /// The results: the last session's week plus the weeks results may keep developing.
    pub rule_last_session_plus_results: fn(min: u32, max: u32) -> String,

    /// A caveat's title and its explanation.
    pub caveat_title: fn(Caveat) -> &'static str,
    pub caveat_body: fn(Caveat) -> &'static str,
    /// The heading and the line above the four questions, and the questions.
    pub questions_title: &'static str,
    pub questions_lede: &'static str,
    /// The label of the line the printed sheet leaves under each question for the clinic's
    /// answer.
    pub questions_answer_label: &'static str,
    pub questions: [Question; 4],
}

/// "Laser exosome facial" to "laser exosome facial", for a name inside a sentence. Names
/// here start with an ASCII letter; ASCII lowering keeps the Unicode tables out of the wasm.
#[cfg(feature = "lang-en")]
pub(crate) fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => std::iter::once(first.to_ascii_lowercase())
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}
