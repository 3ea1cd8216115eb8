//! The display-ready view model. The shell renders these strings and flags as they are, so
//! every word and figure a person reads is produced (and tested) here.

use crate::content::{Caveat, Question, Reference, Tone};
use crate::estimate::{
    estimate_with, DowntimeAmount, DowntimeFigure, Estimate, PriceFigure, Provenance, Rule,
    SeriesNote,
};
use crate::form::{resolve, step_sessions, RawInput};
use crate::lang::Lang;
use crate::limits::{MAX_SESSIONS, MIN_SESSIONS};
use crate::money::{minor_per_major, MoneyFormat, MoneyRange};
use crate::price_book::{
    Basis, BookRule, Method, OfferPrice, PriceBook, SourceKind, Tier, TimeUnit,
};
use crate::words::view::{TierHint, ViewWords};
use crate::words::words;

pub use crate::words::view::{ControlWords, CrashWords, ResultWords};

/// One `<option>` of a select.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OptionView {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// Whether a figure is quoted, derived by a rule, or missing: the page marks each differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FigureKind {
    Quoted,
    Derived,
    Absent,
}

impl FigureKind {
    /// A short class-name-safe word for styling.
    pub fn as_str(self) -> &'static str {
        match self {
            FigureKind::Quoted => "quoted",
            FigureKind::Derived => "derived",
            FigureKind::Absent => "absent",
        }
    }

    /// The badge a person reads beside a figure of a clinic's list (`clinic`) or of the
    /// published book, in `lang`. The words say where the figure comes from without the word
    /// "quote", which a patient reads as "a clinic quoted this" beside "not a quote" and the
    /// quote check.
    pub fn badge_for(self, clinic: bool, lang: Lang) -> &'static str {
        let badges = words(lang).view.badges;
        match (self, clinic) {
            (FigureKind::Quoted, false) => badges.quoted,
            (FigureKind::Derived, false) => badges.derived,
            (FigureKind::Absent, false) => badges.absent,
            (FigureKind::Quoted, true) => badges.clinic_quoted,
            (FigureKind::Derived, true) => badges.clinic_derived,
            (FigureKind::Absent, true) => badges.clinic_absent,
        }
    }
}

/// A figure ready to show: its label, its value, and lines that say where it comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FigureView {
    pub label: String,
    pub value: String,
    pub kind: FigureKind,
    /// The badge's words, for the book the figure comes from.
    pub badge: &'static str,
    /// What must be read with the value itself, shown beside it rather than folded with the
    /// provenance: the reactions named where no downtime figure is given.
    pub note: Option<String>,
    pub provenance: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LinkView {
    pub text: String,
    pub url: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaveatView {
    pub id: &'static str,
    pub warning: bool,
    pub title: &'static str,
    pub body: &'static str,
    pub links: Vec<LinkView>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EstimateView {
    /// The answer in one line, for the summary that stays in view and for screen readers'
    /// announcement: "3 sessions · $2,000 – $4,000 · 24–48 hours downtime each".
    pub answer: String,
    /// For example "Exosome facial · Not sure · 3 sessions".
    pub summary: String,
    /// Where the card's figures come from, said once for the card: "Figures from: …". Each
    /// figure's own source and rules are in its `provenance`, shown on demand.
    pub figures_source: String,
    /// Whose prices these are: published figures or a clinic's list.
    pub price_label: String,
    pub total: FigureView,
    pub per_session: FigureView,
    pub downtime_per_session: FigureView,
    pub downtime_total: FigureView,
    pub final_results: FigureView,
    pub schedule_note: String,
    pub notes: Vec<String>,
    pub caveats: Vec<CaveatView>,
    /// "Ask whether the price includes", the items, and a line under them.
    pub ask_includes_title: &'static str,
    pub ask_includes: Vec<&'static str>,
    pub ask_includes_note: &'static str,
    pub as_of: String,
    /// What these figures are not: a quote, or medical advice.
    pub disclaimer: &'static str,
}

impl EstimateView {
    /// The card's five figures in the order the card shows them: the list every whole-card
    /// check and the disclosure of sources walk.
    pub fn figures(&self) -> [&FigureView; 5] {
        [
            &self.total,
            &self.per_session,
            &self.downtime_per_session,
            &self.downtime_total,
            &self.final_results,
        ]
    }
}

/// What the result region shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ResultView {
    Estimate(Box<EstimateView>),
    /// The input cannot give an estimate yet; the text says what to do.
    NeedsInput(String),
}

/// Everything the calculator shows, from one book and one raw input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PageView {
    /// The answer in one line (or what to do to get one), for the summary that stays in view
    /// while the controls are worked, and for the screen reader's short announcement.
    pub answer: String,
    /// The labels of the controls.
    pub controls: ControlWords,
    /// The words around the result card (its heading, the caveats' heading, the disclosure
    /// of sources, the link to the card).
    pub result_words: ResultWords,
    pub methods: Vec<OptionView>,
    /// The clinical name of the chosen method, with what it involves, under the select whose
    /// options use the words patients use.
    pub method_hint: Option<&'static str>,
    pub tiers: Vec<OptionView>,
    /// The method and tier actually used, after fall-backs; the selects show these.
    pub method: String,
    pub tier: String,
    /// What "Not sure" and the other tiers show for the chosen method, true for that method.
    pub tier_hint: String,
    /// Whether the person says the clinic has shown them the lot's characterisation data,
    /// with the label and hint of that checkbox.
    pub lot_data: bool,
    pub lot_data_label: &'static str,
    pub lot_data_hint: &'static str,
    pub sessions_text: String,
    pub sessions_error: Option<String>,
    pub sessions_hint: String,
    pub sessions_min: u32,
    pub sessions_max: u32,
    /// Whether "−" and "+" would change the count; at 1 and at 6 they cannot, and say so.
    pub can_fewer: bool,
    pub can_more: bool,
    pub result: ResultView,
}

/// Builds the whole calculator view.
pub fn page_view(
    book: &PriceBook,
    raw: &RawInput,
    money: &dyn MoneyFormat,
    lang: Lang,
) -> PageView {
    let view_words = words(lang).view;
    let Some(resolved) = resolve(book, raw) else {
        return PageView {
            answer: view_words.no_methods.to_owned(),
            controls: view_words.controls,
            result_words: view_words.result,
            methods: Vec::new(),
            method_hint: None,
            tiers: Vec::new(),
            method: String::new(),
            tier: String::new(),
            tier_hint: String::new(),
            lot_data: raw.lot_data,
            lot_data_label: view_words.lot_data_label,
            lot_data_hint: view_words.lot_data_hint,
            sessions_text: raw.sessions.clone(),
            sessions_error: None,
            sessions_hint: String::new(),
            sessions_min: MIN_SESSIONS,
            sessions_max: MAX_SESSIONS,
            can_fewer: false,
            can_more: false,
            result: ResultView::NeedsInput(view_words.no_methods.into()),
        };
    };
    let methods = book
        .methods
        .iter()
        .map(|method| OptionView {
            value: method.id.clone(),
            label: method_name(book, method, lang).to_owned(),
            selected: method.id == resolved.method.id,
        })
        .collect();
    let tiers = book
        .tiers_for(&resolved.method.id)
        .into_iter()
        .map(|tier| OptionView {
            value: tier.id.clone(),
            label: tier_name(book, tier, lang).to_owned(),
            selected: tier.id == resolved.tier.id,
        })
        .collect();
    let typical = &book.protocol.typical_sessions;
    let treatment = view_words.treatment;
    let sessions_hint = (view_words.sessions_hint)(
        MIN_SESSIONS,
        MAX_SESSIONS,
        &count_range(
            typical.min,
            typical.max,
            treatment.one,
            treatment.many,
            lang,
        ),
    );
    let sessions_error = resolved
        .sessions
        .as_ref()
        .err()
        .map(|error| error.message(lang));
    let result = match resolved
        .request()
        .and_then(|request| estimate_with(book, &request, raw.lot_data()))
    {
        Some(estimate) => ResultView::Estimate(Box::new(estimate_view(&estimate, money, lang))),
        None => ResultView::NeedsInput((view_words.needs_sessions)(MIN_SESSIONS, MAX_SESSIONS)),
    };
    let answer = match &result {
        ResultView::Estimate(view) => view.answer.clone(),
        ResultView::NeedsInput(message) => message.clone(),
    };
    PageView {
        answer,
        controls: view_words.controls,
        result_words: view_words.result,
        methods,
        method_hint: method_term(&resolved.method.id, lang),
        tiers,
        method: resolved.method.id.clone(),
        tier: resolved.tier.id.clone(),
        tier_hint: tier_hint(book, resolved.method, lang),
        lot_data: raw.lot_data,
        lot_data_label: view_words.lot_data_label,
        lot_data_hint: view_words.lot_data_hint,
        sessions_text: raw.sessions.clone(),
        sessions_error,
        sessions_hint,
        sessions_min: MIN_SESSIONS,
        sessions_max: MAX_SESSIONS,
        can_fewer: step_sessions(&raw.sessions, -1) != raw.sessions,
        can_more: step_sessions(&raw.sessions, 1) != raw.sessions,
        result,
    }
}

/// The words around the result card in `lang`, for a shell that shows the card without a
/// [`PageView`] at hand.
pub fn result_words(lang: Lang) -> ResultWords {
    words(lang).view.result
}

/// The two sentences of the box shown if the estimator fails, in `lang`. The shell's panic
/// hook cannot build a view, so it keeps these from when the estimator mounted.
pub fn crash_words(lang: Lang) -> CrashWords {
    words(lang).view.crash
}

/// Whether the book is the published one (or any book of published figures), whose names
/// and notes are the published English text and have a translation in every table. A
/// clinic's book keeps its own words, in the language its clinic wrote them in.
fn speaks_published_text(book: &PriceBook) -> bool {
    !book.is_clinic_book()
}

/// A text of the book itself (a method's or tier's name, a downtime effect, an offer's note,
/// the book's name or date line) as a person reading `lang` sees it: the published book's
/// text in that language, a clinic's as the clinic wrote it. Every view that shows a text of
/// the book goes through this (or [`method_name`], [`tier_name`]).
pub fn book_text<'a>(book: &PriceBook, text: &'a str, lang: Lang) -> &'a str {
    if speaks_published_text(book) {
        (words(lang).view.published_text)(text).unwrap_or(text)
    } else {
        text
    }
}

/// A method's name in `lang` (see [`book_text`]).
pub fn method_name<'a>(book: &PriceBook, method: &'a Method, lang: Lang) -> &'a str {
    book_text(book, &method.name, lang)
}

/// A tier's name in `lang` (see [`book_text`]).
pub fn tier_name<'a>(book: &PriceBook, tier: &'a Tier, lang: Lang) -> &'a str {
    book_text(book, &tier.name, lang)
}

/// The label of the results figure in `lang`: results may keep developing, with no promise
/// of "final". The comparison's row and the card's figure share it.
pub fn results_label(lang: Lang) -> &'static str {
    words(lang).view.results_label
}

/// Why a use still under study gets no date for its results, in `lang`: the card, the
/// timeline and its sources say it in the same words.
pub fn under_study_results(lang: Lang) -> &'static str {
    words(lang).view.under_study_results
}

/// The clinical name of each delivery method of the published book, with what it involves in
/// plain words. The options lead with the words patients use; this keeps the term a clinic
/// will use in view.
pub fn method_term(method_id: &str, lang: Lang) -> Option<&'static str> {
    (words(lang).view.method_term)(method_id)
}

/// What the tier control offers for `method`, worded from the book so that it is true for
/// each method: a quoted "Not sure" range, a span of the priced tiers, or no price at all.
pub fn tier_hint(book: &PriceBook, method: &Method, lang: Lang) -> String {
    let tier_hint = words(lang).view.tier_hint;
    let clinic = book.is_clinic_book();
    let not_sure = book.offer(&method.id, crate::price_book::NOT_SURE);
    if let Some(OfferPrice::Quoted { .. }) = not_sure.map(|offer| &offer.price) {
        let banded = book.offers.iter().any(|offer| {
            offer.method == method.id && matches!(offer.price, OfferPrice::Band { .. })
        });
        let hint = if banded {
            TierHint::WholeRangeBanded
        } else {
            TierHint::WholeRange
        };
        return tier_hint(hint, clinic);
    }
    let priced: Vec<String> = book
        .offers
        .iter()
        .filter(|offer| offer.method == method.id && offer.tier != crate::price_book::NOT_SURE)
        .filter(|offer| matches!(offer.price, OfferPrice::Quoted { .. }))
        .filter_map(|offer| book.tier(&offer.tier))
        .map(|tier| tier_name(book, tier, lang).to_owned())
        .collect();
    let hint = match priced.as_slice() {
        [] => TierHint::NoPrice,
        [one] => TierHint::OnlyOne(one),
        many => TierHint::Span(many),
    };
    tier_hint(hint, clinic)
}

/// Whose figures a book holds, for a label where no single figure is meant.
pub fn book_label(book: &PriceBook, clinic_name: Option<&str>, lang: Lang) -> String {
    let view_words = words(lang).view;
    let name = clinic_name.unwrap_or(&book.name);
    if book.is_example_book() {
        (view_words.book_label_example)(name)
    } else if book.is_clinic_book() {
        (view_words.book_label_clinic)(name)
    } else {
        view_words.book_label_published.to_owned()
    }
}

/// Whose figure the total is, and whether it is quoted or derived.
fn price_label(book: &PriceBook, total: &PriceFigure, lang: Lang) -> String {
    let view_words = words(lang).view;
    let kind = match total.range {
        Some(_) => kind_of(&total.provenance),
        None => FigureKind::Absent,
    };
    let name = &book.name;
    if book.is_example_book() {
        (view_words.price_label_example)(name, kind)
    } else if book.is_clinic_book() {
        (view_words.price_label_clinic)(name, kind)
    } else {
        (view_words.price_label_published)(kind).to_owned()
    }
}

/// The one-line summary of a choice ("Microneedling · Standard · 3 sessions"), with the
/// method's and tier's names as the controls show them in `lang`; `sessions` is `None` while
/// the count cannot be used yet. The calculator's card, the planner's tabs and the
/// comparison's columns all head a choice with it, so a scenario reads the same in each.
pub fn scenario_summary(
    book: &PriceBook,
    method: &Method,
    tier: &Tier,
    sessions: Option<u32>,
    lang: Lang,
) -> String {
    let view_words = words(lang).view;
    let method = method_name(book, method, lang);
    let tier = tier_name(book, tier, lang);
    match sessions {
        Some(count) => (view_words.summary)(method, tier, count),
        None => (view_words.summary_sessions_to_enter)(method, tier),
    }
}

/// "monthly (taken as every 4 weeks)" when the interval comes from "monthly", or "4 weeks
/// apart".
pub fn interval_words(method: &Method, lang: Lang) -> String {
    let view_words = words(lang).view;
    let weeks = method.interval.weeks;
    let monthly = match &method.interval.basis {
        Basis::Rule(rule) | Basis::SourceAndRule { rule, .. } => matches!(
            rule,
            BookRule::AssumedMonthly | BookRule::MonthlyAsFourWeeks
        ),
        Basis::Source(_) => false,
    };
    if monthly {
        (view_words.interval_monthly)(weeks)
    } else {
        (view_words.interval_apart)(weeks)
    }
}

/// Formats one estimate for display.
pub fn estimate_view(estimate: &Estimate, money: &dyn MoneyFormat, lang: Lang) -> EstimateView {
    let view_words = words(lang).view;
    let book = estimate.book;
    let sessions = estimate.sessions;
    let explain = Explainer { estimate, lang };
    let clinic = book.is_clinic_book();
    let summary = scenario_summary(book, estimate.method, estimate.tier, Some(sessions), lang);
    let price_label = price_label(book, &estimate.total, lang);
    let total = total_figure(estimate, money, lang);
    let per_session = explain.price(
        view_words.per_session_label.to_owned(),
        &estimate.per_session,
        money,
    );
    let downtime_per_session = explain.downtime(
        view_words.downtime_each_label.to_owned(),
        &estimate.downtime_per_session,
    );
    let mut downtime_total = explain.downtime(
        (view_words.downtime_over_label)(sessions),
        &estimate.downtime_total,
    );
    // The reactions named in place of a figure are said once, beside the downtime per session.
    downtime_total.note = None;
    let schedule = &estimate.schedule;
    let week = view_words.week;
    let results_text = count_range(
        schedule.results_weeks.min,
        schedule.results_weeks.max,
        week.one,
        week.many,
        lang,
    );
    let final_results = match &schedule.final_results {
        Some(weeks) => FigureView {
            label: view_words.results_label.to_owned(),
            value: (view_words.results_value)(&week_span(weeks.min, weeks.max), &results_text),
            kind: kind_of(&schedule.final_results_provenance),
            badge: kind_of(&schedule.final_results_provenance).badge_for(clinic, lang),
            note: None,
            provenance: explain.provenance(&schedule.final_results_provenance),
        },
        None => FigureView {
            label: view_words.results_label.to_owned(),
            value: view_words.no_results_date.to_owned(),
            kind: FigureKind::Absent,
            badge: FigureKind::Absent.badge_for(clinic, lang),
            note: None,
            provenance: vec![view_words.under_study_results.to_owned()],
        },
    };
    let schedule_note = if sessions > 1 {
        (view_words.schedule_note)(
            &interval_words(estimate.method, lang),
            &explain.provenance(&schedule.interval_provenance).join(" "),
        )
    } else {
        view_words.one_session_schedule.to_owned()
    };
    let typical = &book.protocol.typical_sessions;
    let treatment = view_words.treatment;
    let typical_text = count_range(
        typical.min,
        typical.max,
        treatment.one,
        treatment.many,
        lang,
    );
    let mut notes = Vec::new();
    match estimate.series_note {
        SeriesNote::AboveTypical => notes.push((view_words.above_typical)(sessions, &typical_text)),
        SeriesNote::BelowTypical => notes.push((view_words.below_typical)(&typical_text)),
        SeriesNote::Typical => {}
    }
    let caveats = estimate
        .caveats
        .iter()
        .map(|caveat| caveat_view(*caveat, lang))
        .collect();
    EstimateView {
        answer: answer_line(
            sessions,
            &total,
            &estimate.downtime_per_session.amount,
            lang,
        ),
        summary,
        figures_source: figures_source(&explain, estimate),
        price_label,
        total,
        per_session,
        downtime_per_session,
        downtime_total,
        final_results,
        schedule_note,
        notes,
        caveats,
        ask_includes_title: view_words.ask_includes_title,
        ask_includes: view_words.ask_includes.to_vec(),
        ask_includes_note: view_words.ask_includes_note,
        as_of: match book.as_of.as_deref() {
            Some(as_of) => book_text(book, as_of, lang).to_owned(),
            None => view_words.as_of_unknown.to_owned(),
        },
        disclaimer: view_words.disclaimer,
    }
}

/// "3 sessions · $2,000 – $4,000 · 24–48 hours downtime each": the count, the total and the
/// recovery, the three things a patient weighs, short enough for one line on a phone.
fn answer_line(sessions: u32, total: &FigureView, downtime: &DowntimeAmount, lang: Lang) -> String {
    let view_words = words(lang).view;
    let recovery = match downtime {
        DowntimeAmount::Range { min, max, unit } => {
            (view_words.answer_downtime)(&time_range(*min, *max, *unit, lang))
        }
        DowntimeAmount::NotQuantified { .. } => view_words.answer_no_downtime_figure.to_owned(),
        DowntimeAmount::NotPublished => view_words.answer_no_published_downtime.to_owned(),
    };
    let session = view_words.session;
    format!(
        "{} · {} · {recovery}",
        count_range(sessions, sessions, session.one, session.many, lang),
        total.value
    )
}

/// The sources behind any figure of the card, each cited once, in the order first used.
fn figures_source(explain: &Explainer, estimate: &Estimate) -> String {
    let schedule = &estimate.schedule;
    let provenances = [
        &estimate.total.provenance,
        &estimate.per_session.provenance,
        &estimate.downtime_per_session.provenance,
        &estimate.downtime_total.provenance,
        &schedule.interval_provenance,
        &schedule.final_results_provenance,
    ];
    let mut cited: Vec<String> = Vec::new();
    for provenance in provenances {
        let ids: &[String] = match provenance {
            Provenance::Quoted { source, .. } => std::slice::from_ref(source),
            Provenance::Derived { sources, .. } => sources,
            Provenance::Absent => &[],
        };
        for id in ids {
            let citation = explain.cite(id);
            if !cited.contains(&citation) {
                cited.push(citation);
            }
        }
    }
    let view_words = words(explain.lang).view;
    if cited.is_empty() {
        view_words.no_source_figures.to_owned()
    } else {
        (view_words.figures_from)(&cited.join("; "))
    }
}

pub fn caveat_view(caveat: Caveat, lang: Lang) -> CaveatView {
    CaveatView {
        id: caveat.id(),
        warning: caveat.tone() == Tone::Warning,
        title: caveat.title(lang),
        body: caveat.body(lang),
        links: caveat
            .references()
            .iter()
            .map(|reference| reference_link(*reference, lang))
            .collect(),
    }
}

/// "12–14", or "12" when both ends are equal.
fn week_span(min: u32, max: u32) -> String {
    if min == max {
        min.to_string()
    } else {
        format!("{min}–{max}")
    }
}

/// A link to a public document: its publisher and title as published, and its date in
/// `lang`.
pub fn reference_link(reference: Reference, lang: Lang) -> LinkView {
    LinkView {
        text: format!(
            "{}: {} ({})",
            reference.publisher,
            reference.title,
            (words(lang).view.reference_date)(reference)
        ),
        url: reference.url.to_owned(),
    }
}

/// The four questions, always shown whatever the choice.
pub fn questions(lang: Lang) -> &'static [Question] {
    &words(lang).view.questions
}

/// The questions' section: its heading, the line above the questions, and the questions.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuestionsView {
    pub title: &'static str,
    pub lede: &'static str,
    /// The label of the answer line under each question, on paper only.
    pub answer_label: &'static str,
    pub questions: &'static [Question],
}

/// The questions' section in `lang`.
pub fn questions_view(lang: Lang) -> QuestionsView {
    let view_words = words(lang).view;
    QuestionsView {
        title: view_words.questions_title,
        lede: view_words.questions_lede,
        answer_label: view_words.questions_answer_label,
        questions: &view_words.questions,
    }
}

/// The sentences that say where a figure of `estimate` comes from, worded exactly as the
/// estimate view words them. Other views that show the same figures (the plan timeline, the
/// quote check) use this so a figure never has two different explanations.
pub fn provenance_lines(estimate: &Estimate, provenance: &Provenance, lang: Lang) -> Vec<String> {
    Explainer { estimate, lang }.provenance(provenance)
}

/// The total of `estimate` exactly as the estimate view shows it, built alone: the quote check
/// compares with it on every keystroke and needs none of the rest of the card.
pub fn total_figure(estimate: &Estimate, money: &dyn MoneyFormat, lang: Lang) -> FigureView {
    Explainer { estimate, lang }.price(
        (words(lang).view.total_label)(estimate.sessions),
        &estimate.total,
        money,
    )
}

/// Turns provenance into sentences, with the context of one estimate.
struct Explainer<'a, 'b> {
    estimate: &'b Estimate<'a>,
    lang: Lang,
}

impl Explainer<'_, '_> {
    fn words(&self) -> &'static ViewWords {
        words(self.lang).view
    }

    fn price(&self, label: String, figure: &PriceFigure, money: &dyn MoneyFormat) -> FigureView {
        let view_words = self.words();
        let (value, kind) = match figure.range {
            Some(range) => (format_range(range, money), kind_of(&figure.provenance)),
            None if self.estimate.book.is_clinic_book() => {
                (view_words.no_price_listed.to_owned(), FigureKind::Absent)
            }
            None => (
                view_words.no_published_figure.to_owned(),
                FigureKind::Absent,
            ),
        };
        let provenance = match figure.range {
            Some(_) => self.provenance(&figure.provenance),
            None => vec![self.absent_price_reason()],
        };
        FigureView {
            label,
            value,
            kind,
            badge: kind.badge_for(self.estimate.book.is_clinic_book(), self.lang),
            note: None,
            provenance,
        }
    }

    fn absent_price_reason(&self) -> String {
        let estimate = self.estimate;
        let method = method_name(estimate.book, estimate.method, self.lang);
        let tier = tier_name(estimate.book, estimate.tier, self.lang);
        if estimate.book.is_clinic_book() {
            (self.words().absent_price_clinic)(method, tier)
        } else {
            (self.words().absent_price_published)(method, tier)
        }
    }

    fn downtime(&self, label: String, figure: &DowntimeFigure) -> FigureView {
        let view_words = self.words();
        let (value, kind) = match &figure.amount {
            DowntimeAmount::Range { min, max, unit } => (
                time_range(*min, *max, *unit, self.lang),
                kind_of(&figure.provenance),
            ),
            DowntimeAmount::NotQuantified { .. } => {
                (view_words.no_figure_given.to_owned(), FigureKind::Absent)
            }
            DowntimeAmount::NotPublished => (
                view_words.no_published_figure.to_owned(),
                FigureKind::Absent,
            ),
        };
        let note = match &figure.amount {
            DowntimeAmount::NotQuantified { effects } => {
                let effects: Vec<String> = effects
                    .iter()
                    .map(|effect| book_text(self.estimate.book, effect, self.lang).to_owned())
                    .collect();
                Some((view_words.downtime_effects_note)(
                    &self.lang.join_words(&effects),
                ))
            }
            _ => None,
        };
        let mut provenance = Vec::new();
        match &figure.provenance {
            Provenance::Absent => provenance.push(view_words.no_recovery_time.to_owned()),
            other => provenance.extend(self.provenance(other)),
        }
        FigureView {
            label,
            value,
            kind,
            badge: kind.badge_for(self.estimate.book.is_clinic_book(), self.lang),
            note,
            provenance,
        }
    }

    /// The book's own notes of a figure, in the reader's language where the book is the
    /// published one.
    fn notes(&self, notes: &[String]) -> Vec<String> {
        notes
            .iter()
            .map(|note| book_text(self.estimate.book, note, self.lang).to_owned())
            .collect()
    }

    /// One line for the sources and one per rule, in the order they were applied.
    fn provenance(&self, provenance: &Provenance) -> Vec<String> {
        let view_words = self.words();
        match provenance {
            Provenance::Quoted { source, notes } => {
                let mut lines = vec![(view_words.source_line)(&self.cite(source))];
                lines.extend(self.notes(notes));
                lines
            }
            Provenance::Derived {
                rules,
                sources,
                notes,
            } => {
                let mut lines = Vec::new();
                if !sources.is_empty() {
                    let cited: Vec<String> = sources.iter().map(|id| self.cite(id)).collect();
                    lines.push((view_words.from_line)(&cited.join("; ")));
                }
                lines.extend(self.notes(notes));
                lines.extend(
                    rules
                        .iter()
                        .map(|rule| (view_words.rule_line)(&self.rule(rule))),
                );
                lines
            }
            Provenance::Absent => vec![view_words.no_source_figure.to_owned()],
        }
    }

    fn cite(&self, source_id: &str) -> String {
        let view_words = self.words();
        match self.estimate.book.source(source_id) {
            Some(source) if source.kind == SourceKind::Clinic => {
                (view_words.cite_clinic)(&source.citation())
            }
            Some(source) if source.kind == SourceKind::Example => {
                (view_words.cite_example)(&source.citation())
            }
            Some(source) => source.citation(),
            None => source_id.to_owned(),
        }
    }

    fn rule(&self, rule: &Rule) -> String {
        let view_words = self.words();
        let estimate = self.estimate;
        let tier = || tier_name(estimate.book, estimate.tier, self.lang);
        match rule {
            Rule::SeriesThenSingles {
                series_sessions,
                series_count,
                single_count,
            } => {
                let series = (view_words.series_part)(*series_count, *series_sessions);
                let singles = (view_words.singles_part)(*single_count);
                let detail = match (series_count, single_count) {
                    (0, _) => singles,
                    (_, 0) => series,
                    _ => format!("{series} + {singles}"),
                };
                (view_words.rule_series_then_singles)(*series_sessions, &detail)
            }
            Rule::SingleTimesSessions => view_words.rule_single_times_sessions.to_owned(),
            Rule::TierBand {
                from_percent,
                to_percent,
            } => (view_words.rule_tier_band)(
                tier(),
                &(view_words.band)(*from_percent, *to_percent),
                estimate.book.is_clinic_book(),
            ),
            Rule::SpanOfTiers { tiers } => {
                let names: Vec<String> = tiers
                    .iter()
                    .map(|id| {
                        estimate.book.tier(id).map_or_else(
                            || id.clone(),
                            |tier| tier_name(estimate.book, tier, self.lang).to_owned(),
                        )
                    })
                    .collect();
                match names.as_slice() {
                    [one] => (view_words.rule_span_one)(one),
                    _ => (view_words.rule_span_many)(&self.lang.join_words(&names)),
                }
            }
            Rule::PerSession => {
                (view_words.rule_per_session)(minor_per_major(&estimate.book.currency) != 1)
            }
            Rule::DowntimeTimesSessions => view_words.rule_downtime_times_sessions.to_owned(),
            Rule::Book(BookRule::AssumedMonthly) => {
                (view_words.rule_assumed_monthly)(estimate.method.interval.weeks)
            }
            Rule::Book(BookRule::MonthlyAsFourWeeks) => {
                (view_words.rule_monthly_as_weeks)(estimate.method.interval.weeks)
            }
            Rule::LastSessionPlusResults => (view_words.rule_last_session_plus_results)(
                estimate.schedule.results_weeks.min,
                estimate.schedule.results_weeks.max,
            ),
        }
    }
}

fn kind_of(provenance: &Provenance) -> FigureKind {
    match provenance {
        Provenance::Quoted { .. } => FigureKind::Quoted,
        Provenance::Derived { .. } => FigureKind::Derived,
        Provenance::Absent => FigureKind::Absent,
    }
}

/// "$2,000 – $4,000", or one amount when both ends are equal.
pub fn format_range(range: MoneyRange, money: &dyn MoneyFormat) -> String {
    if range.min == range.max {
        money.format(range.min)
    } else {
        format!("{} – {}", money.format(range.min), money.format(range.max))
    }
}

/// "24–48 hours"; a total in hours of two days or more also shows days ("72–144 hours (3–6 days)").
pub fn time_range(min: u32, max: u32, unit: TimeUnit, lang: Lang) -> String {
    let view_words = words(lang).view;
    let (hour, day) = (view_words.hour, view_words.day);
    let noun = match unit {
        TimeUnit::Hours => hour,
        TimeUnit::Days => day,
    };
    let base = count_range(min, max, noun.one, noun.many, lang);
    match unit {
        TimeUnit::Hours if min >= 48 && min.is_multiple_of(24) && max.is_multiple_of(24) => {
            format!(
                "{base} ({})",
                count_range(min / 24, max / 24, day.one, day.many, lang)
            )
        }
        _ => base,
    }
}

/// "2–3 treatments", or "1 treatment" when both ends are equal: the figures and `lang`'s
/// singular or plural, which the caller gives from its own table.
pub fn count_range(min: u32, max: u32, singular: &str, many: &str, lang: Lang) -> String {
    if min == max {
        format!("{min} {}", lang.plural(min, singular, many))
    } else {
        format!("{min}–{max} {many}")
    }
}
