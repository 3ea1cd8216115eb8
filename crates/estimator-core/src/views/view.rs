//! The display-ready view model. The shell renders these strings and flags as they are, so
//! every word and figure a person reads is produced (and tested) here.

use crate::content::{
    Caveat, Question, Reference, Tone, ASK_INCLUDES, ASK_INCLUDES_NOTE, ASK_INCLUDES_TITLE,
    QUESTIONS,
};
use crate::estimate::{
    estimate_with, DowntimeAmount, DowntimeFigure, Estimate, PriceFigure, Provenance, Rule,
    SeriesNote,
};
use crate::form::{resolve, step_sessions, RawInput};
use crate::lang::Lang;
use crate::limits::{MAX_SESSIONS, MIN_SESSIONS};
use crate::money::{minor_per_major, MoneyFormat, MoneyRange};
use crate::price_book::{Basis, BookRule, Method, OfferPrice, PriceBook, SourceKind, TimeUnit};

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
    /// published book. The words say where the figure comes from without the word "quote",
    /// which a patient reads as "a clinic quoted this" beside "not a quote" and the quote check.
    pub fn badge_for(self, clinic: bool) -> &'static str {
        match (self, clinic) {
            (FigureKind::Quoted, false) => "From the published source",
            (FigureKind::Derived, false) => "Worked out by this estimator",
            (FigureKind::Absent, false) => "No published figure",
            (FigureKind::Quoted, true) => "From the clinic's list",
            (FigureKind::Derived, true) => "Worked out from the clinic's list",
            (FigureKind::Absent, true) => "Not on the clinic's list",
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
    let Some(resolved) = resolve(book, raw) else {
        return PageView {
            answer: NO_METHODS.to_owned(),
            methods: Vec::new(),
            method_hint: None,
            tiers: Vec::new(),
            method: String::new(),
            tier: String::new(),
            tier_hint: String::new(),
            lot_data: raw.lot_data,
            lot_data_label: LOT_DATA_LABEL,
            lot_data_hint: LOT_DATA_HINT,
            sessions_text: raw.sessions.clone(),
            sessions_error: None,
            sessions_hint: String::new(),
            sessions_min: MIN_SESSIONS,
            sessions_max: MAX_SESSIONS,
            can_fewer: false,
            can_more: false,
            result: ResultView::NeedsInput(NO_METHODS.into()),
        };
    };
    let methods = book
        .methods
        .iter()
        .map(|method| OptionView {
            value: method.id.clone(),
            label: method.name.clone(),
            selected: method.id == resolved.method.id,
        })
        .collect();
    let tiers = book
        .tiers_for(&resolved.method.id)
        .into_iter()
        .map(|tier| OptionView {
            value: tier.id.clone(),
            label: tier.name.clone(),
            selected: tier.id == resolved.tier.id,
        })
        .collect();
    let typical = &book.protocol.typical_sessions;
    let sessions_hint = format!(
        "From {MIN_SESSIONS} to {MAX_SESSIONS}. A typical initial series is {}.",
        count_range(typical.min, typical.max, "treatment", "treatments")
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
        None => ResultView::NeedsInput(format!(
            "Enter a number of sessions from {MIN_SESSIONS} to {MAX_SESSIONS} to see the estimate."
        )),
    };
    let answer = match &result {
        ResultView::Estimate(view) => view.answer.clone(),
        ResultView::NeedsInput(message) => message.clone(),
    };
    PageView {
        answer,
        methods,
        method_hint: method_term(&resolved.method.id, lang),
        tiers,
        method: resolved.method.id.clone(),
        tier: resolved.tier.id.clone(),
        tier_hint: tier_hint(book, resolved.method, lang),
        lot_data: raw.lot_data,
        lot_data_label: LOT_DATA_LABEL,
        lot_data_hint: LOT_DATA_HINT,
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

const NO_METHODS: &str = "This price book lists no delivery methods.";

/// The words around the result card. They are the same for every estimate, so they are
/// constants; the shell prints them and composes none of its own.
pub struct ResultWords {
    pub title: &'static str,
    pub caveats_title: &'static str,
    /// The disclosure that holds each figure's own source and rules.
    pub how_worked_out: &'static str,
    /// The link from the summary in view to the full card.
    pub details_link: &'static str,
}

pub const RESULT_WORDS: ResultWords = ResultWords {
    title: "Your estimate",
    caveats_title: "What to know about this choice",
    how_worked_out: "How each figure was worked out",
    details_link: "Details",
};

/// The clinical name of each delivery method of the published book, with what it involves in
/// plain words. The options lead with the words patients use; this keeps the term a clinic
/// will use in view.
pub fn method_term(method_id: &str, lang: Lang) -> Option<&'static str> {
    let _ = lang;
    Some(match method_id {
        "microneedling" => "Clinical name: topical exosomes after microneedling. Fine needles make tiny channels in the skin, and the exosome product goes on the skin right after.",
        "fractional-laser" => "Clinical name: topical exosomes after fractional laser. The laser makes tiny channels in the skin, and the exosome product goes on the skin right after.",
        "injection" => "Clinical name: intradermal or subdermal injection. The product is injected into or just under the skin, with no needling or laser first.",
        "scalp" => "Clinical name: scalp delivery for hair loss. This use is still under study.",
        _ => return None,
    })
}

/// The checkbox for what the person knows about the lot. It, not the product tier, chooses the
/// risk caveat.
pub const LOT_DATA_LABEL: &str =
    "The clinic has shown me test data for this lot (batch) of the product";
pub const LOT_DATA_HINT: &str = "Test data: the particle count, the particle sizes and the surface markers (proteins labs check to confirm what the particles are). Your answer, not the tier, picks the risk note.";

/// What a product tier is, in the words of the tier hint's first sentence.
const TIER_MEANS: &str = "The tier is the kind of cell the product comes from.";

/// What the tier control offers for `method`, worded from the book so that it is true for
/// each method: a quoted "Not sure" range, a span of the priced tiers, or no price at all.
pub fn tier_hint(book: &PriceBook, method: &Method, lang: Lang) -> String {
    let _ = lang;
    let clinic = book.is_clinic_book();
    let whose = if clinic {
        "the clinic's list"
    } else {
        "the source"
    };
    let not_sure = book.offer(&method.id, crate::price_book::NOT_SURE);
    if let Some(OfferPrice::Quoted { .. }) = not_sure.map(|offer| &offer.price) {
        let banded = book.offers.iter().any(|offer| {
            offer.method == method.id && matches!(offer.price, OfferPrice::Band { .. })
        });
        return if banded {
            format!("{TIER_MEANS} “Not sure” shows the whole range {whose} gives; each other tier gets a part of it, by a stated rule.")
        } else {
            format!("{TIER_MEANS} “Not sure” shows the whole range {whose} gives for this method.")
        };
    }
    let priced: Vec<String> = book
        .offers
        .iter()
        .filter(|offer| offer.method == method.id && offer.tier != crate::price_book::NOT_SURE)
        .filter(|offer| matches!(offer.price, OfferPrice::Quoted { .. }))
        .filter_map(|offer| {
            book.tier(&offer.tier)
                .map(|tier| format!("“{}”", tier.name))
        })
        .collect();
    match priced.as_slice() {
        [] => format!("{TIER_MEANS} {} no price for this method, whatever the tier.", if clinic { "The clinic's list has" } else { "The source gives" }),
        [one] => format!("{TIER_MEANS} For this method only {one} has a price, so “Not sure” shows that product's price. {} no other product for it.", if clinic { "The clinic's list prices" } else { "The source prices" }),
        many => format!("{TIER_MEANS} “Not sure” spans the priced tiers for this method: {}.", join_words(many)),
    }
}

/// Whose figures a book holds, for a label where no single figure is meant.
pub fn book_label(book: &PriceBook, clinic_name: Option<&str>, lang: Lang) -> String {
    let _ = lang;
    let name = clinic_name.unwrap_or(&book.name);
    if book.is_example_book() {
        format!("{name}: example clinic, invented prices")
    } else if book.is_clinic_book() {
        format!("{name}: the clinic's price list, and figures derived from it by stated rules")
    } else {
        "Figures quoted from a published overview or derived from them by stated rules; not a quote"
            .to_owned()
    }
}

/// Whose figure the total is, and whether it is quoted or derived.
fn price_label(book: &PriceBook, total: &PriceFigure) -> String {
    let kind = match total.range {
        Some(_) => kind_of(&total.provenance),
        None => FigureKind::Absent,
    };
    let name = &book.name;
    if book.is_example_book() {
        let what = match kind {
            FigureKind::Quoted => "a price from its list",
            FigureKind::Derived => "derived from its list by the rules shown",
            FigureKind::Absent => "no price listed",
        };
        format!("{name}: example clinic, invented prices; {what}")
    } else if book.is_clinic_book() {
        match kind {
            FigureKind::Quoted => format!("{name}: a price from the clinic's list, not a quote"),
            FigureKind::Derived => format!(
                "{name}: derived from the clinic's price list by the rules shown, not a quote"
            ),
            FigureKind::Absent => format!("{name}: no price listed"),
        }
    } else {
        match kind {
            FigureKind::Quoted => "Published range, not a clinic's price".to_owned(),
            FigureKind::Derived => {
                "Worked out from published figures, not a clinic's price".to_owned()
            }
            FigureKind::Absent => "No published figure".to_owned(),
        }
    }
}

/// "monthly (taken as every 4 weeks)" when the interval comes from "monthly", or "4 weeks
/// apart".
pub fn interval_words(method: &Method, lang: Lang) -> String {
    let _ = lang;
    let weeks = method.interval.weeks;
    let monthly = match &method.interval.basis {
        Basis::Rule(rule) | Basis::SourceAndRule { rule, .. } => matches!(
            rule,
            BookRule::AssumedMonthly | BookRule::MonthlyAsFourWeeks
        ),
        Basis::Source(_) => false,
    };
    if monthly {
        format!("monthly (taken as every {weeks} weeks)")
    } else {
        format!("{weeks} {} apart", plural(weeks, "week", "weeks"))
    }
}

/// Said under every estimate, on screen and on paper.
pub const DISCLAIMER: &str = "Prices vary by clinic and region; only a written quote from a clinic is a price. This is not medical advice: only a clinician can tell whether a treatment suits you.";

/// Formats one estimate for display.
pub fn estimate_view(estimate: &Estimate, money: &dyn MoneyFormat, lang: Lang) -> EstimateView {
    let book = estimate.book;
    let sessions = estimate.sessions;
    let explain = Explainer { estimate, lang };
    let clinic = book.is_clinic_book();
    let session_word = plural(sessions, "session", "sessions");
    let summary = format!(
        "{} · {} · {sessions} {session_word}",
        estimate.method.name, estimate.tier.name
    );
    let price_label = price_label(book, &estimate.total);
    let total = total_figure(estimate, money, lang);
    let per_session = explain.price("Per session".to_owned(), &estimate.per_session, money);
    let downtime_per_session = explain.downtime(
        "Downtime after each session".to_owned(),
        &estimate.downtime_per_session,
    );
    let mut downtime_total = explain.downtime(
        format!("Downtime over {sessions} {session_word}"),
        &estimate.downtime_total,
    );
    // The reactions named in place of a figure are said once, beside the downtime per session.
    downtime_total.note = None;
    let schedule = &estimate.schedule;
    let results_text = count_range(
        schedule.results_weeks.min,
        schedule.results_weeks.max,
        "week",
        "weeks",
    );
    let final_results = match &schedule.final_results {
        Some(weeks) => FigureView {
            label: RESULTS_LABEL.to_owned(),
            value: format!(
                "Week {}: {results_text} after the last session",
                week_span(weeks.min, weeks.max)
            ),
            kind: kind_of(&schedule.final_results_provenance),
            badge: kind_of(&schedule.final_results_provenance).badge_for(clinic),
            note: None,
            provenance: explain.provenance(&schedule.final_results_provenance),
        },
        None => FigureView {
            label: RESULTS_LABEL.to_owned(),
            value: "No date: still under study".to_owned(),
            kind: FigureKind::Absent,
            badge: FigureKind::Absent.badge_for(clinic),
            note: None,
            provenance: vec![UNDER_STUDY_RESULTS.to_owned()],
        },
    };
    let schedule_note = if sessions > 1 {
        format!(
            "Sessions {}. {}",
            interval_words(estimate.method, lang),
            explain.provenance(&schedule.interval_provenance).join(" ")
        )
    } else {
        "One session: no spacing to plan.".to_owned()
    };
    let typical = &book.protocol.typical_sessions;
    let typical_text = count_range(typical.min, typical.max, "treatment", "treatments");
    let mut notes = Vec::new();
    match estimate.series_note {
        SeriesNote::AboveTypical => notes.push(format!(
            "{sessions} sessions is more than the typical initial series of {typical_text}. Ask the clinic why more are planned."
        )),
        SeriesNote::BelowTypical => notes.push(format!(
            "A first course usually has {typical_text}, so one session may not be the whole plan."
        )),
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
        ask_includes_title: ASK_INCLUDES_TITLE,
        ask_includes: ASK_INCLUDES.to_vec(),
        ask_includes_note: ASK_INCLUDES_NOTE,
        as_of: book
            .as_of
            .clone()
            .unwrap_or_else(|| "Date of figures not stated".to_owned()),
        disclaimer: DISCLAIMER,
    }
}

/// "3 sessions · $2,000 – $4,000 · 24–48 hours downtime each": the count, the total and the
/// recovery, the three things a patient weighs, short enough for one line on a phone.
fn answer_line(sessions: u32, total: &FigureView, downtime: &DowntimeAmount, lang: Lang) -> String {
    let recovery = match downtime {
        DowntimeAmount::Range { min, max, unit } => {
            format!("{} downtime each", time_range(*min, *max, *unit, lang))
        }
        DowntimeAmount::NotQuantified { .. } => "no downtime figure".to_owned(),
        DowntimeAmount::NotPublished => "no published downtime figure".to_owned(),
    };
    format!(
        "{sessions} {} · {} · {recovery}",
        plural(sessions, "session", "sessions"),
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
    if cited.is_empty() {
        "No source gives these figures.".to_owned()
    } else {
        format!("Figures from: {}.", cited.join("; "))
    }
}

pub fn caveat_view(caveat: Caveat, lang: Lang) -> CaveatView {
    let _ = lang;
    CaveatView {
        id: caveat.id(),
        warning: caveat.tone() == Tone::Warning,
        title: caveat.title(),
        body: caveat.body(),
        links: caveat
            .references()
            .iter()
            .copied()
            .map(reference_link)
            .collect(),
    }
}

/// The label of the results figure: results may keep developing, with no promise of "final".
pub const RESULTS_LABEL: &str = "Results may keep developing until";

/// Why a use still under study gets no date for its results.
pub const UNDER_STUDY_RESULTS: &str = "This use is still under study, and no source says by when its results could be judged, so no date is given.";

/// "12–14", or "12" when both ends are equal.
fn week_span(min: u32, max: u32) -> String {
    if min == max {
        min.to_string()
    } else {
        format!("{min}–{max}")
    }
}

pub fn reference_link(reference: Reference) -> LinkView {
    LinkView {
        text: format!(
            "{}: {} ({})",
            reference.publisher, reference.title, reference.date
        ),
        url: reference.url.to_owned(),
    }
}

/// The four questions, always shown whatever the choice.
pub fn questions(lang: Lang) -> &'static [Question] {
    let _ = lang;
    &QUESTIONS
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
    let sessions = estimate.sessions;
    Explainer { estimate, lang }.price(
        format!(
            "Total for {sessions} {}",
            plural(sessions, "session", "sessions")
        ),
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
    fn price(&self, label: String, figure: &PriceFigure, money: &dyn MoneyFormat) -> FigureView {
        let (value, kind) = match figure.range {
            Some(range) => (format_range(range, money), kind_of(&figure.provenance)),
            None if self.estimate.book.is_clinic_book() => {
                ("No price listed".to_owned(), FigureKind::Absent)
            }
            None => ("No published figure".to_owned(), FigureKind::Absent),
        };
        let provenance = match figure.range {
            Some(_) => self.provenance(&figure.provenance),
            None => vec![self.absent_price_reason()],
        };
        FigureView {
            label,
            value,
            kind,
            badge: kind.badge_for(self.estimate.book.is_clinic_book()),
            note: None,
            provenance,
        }
    }

    fn absent_price_reason(&self) -> String {
        let method = &self.estimate.method.name;
        let tier = &self.estimate.tier.name;
        if self.estimate.book.is_clinic_book() {
            format!("The clinic's price list has no price for {method} with {tier}.")
        } else {
            // The tier is named in words, not in parentheses: method names may end in their
            // own ("(under study)"), and two in a row read as a stutter.
            format!(
                "The published sources give no price for {}, product tier “{tier}”. This estimator does not invent one.",
                lowercase_first(method)
            )
        }
    }

    fn downtime(&self, label: String, figure: &DowntimeFigure) -> FigureView {
        let (value, kind) = match &figure.amount {
            DowntimeAmount::Range { min, max, unit } => (
                time_range(*min, *max, *unit, self.lang),
                kind_of(&figure.provenance),
            ),
            DowntimeAmount::NotQuantified { .. } => {
                ("No figure given".to_owned(), FigureKind::Absent)
            }
            DowntimeAmount::NotPublished => ("No published figure".to_owned(), FigureKind::Absent),
        };
        let note = match &figure.amount {
            DowntimeAmount::NotQuantified { effects } => Some(format!(
                "No downtime figure is given. The source names these reactions, not a recovery time: {}.",
                join_words(effects)
            )),
            _ => None,
        };
        let mut provenance = Vec::new();
        match &figure.provenance {
            Provenance::Absent => provenance.push(
                "The published sources give no recovery time for this method. Ask the clinic."
                    .to_owned(),
            ),
            other => provenance.extend(self.provenance(other)),
        }
        FigureView {
            label,
            value,
            kind,
            badge: kind.badge_for(self.estimate.book.is_clinic_book()),
            note,
            provenance,
        }
    }

    /// One line for the sources and one per rule, in the order they were applied.
    fn provenance(&self, provenance: &Provenance) -> Vec<String> {
        match provenance {
            Provenance::Quoted { source, notes } => {
                let mut lines = vec![format!("Source: {}.", self.cite(source))];
                lines.extend(notes.iter().cloned());
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
                    lines.push(format!("From: {}.", cited.join("; ")));
                }
                lines.extend(notes.iter().cloned());
                lines.extend(
                    rules
                        .iter()
                        .map(|rule| format!("Rule: {}", self.rule(rule))),
                );
                lines
            }
            Provenance::Absent => vec!["No source gives this figure.".to_owned()],
        }
    }

    fn cite(&self, source_id: &str) -> String {
        match self.estimate.book.source(source_id) {
            Some(source) if source.kind == SourceKind::Clinic => {
                format!("{} (the clinic's price list)", source.citation())
            }
            Some(source) if source.kind == SourceKind::Example => {
                format!("{} (example clinic, invented prices)", source.citation())
            }
            Some(source) => source.citation(),
            None => source_id.to_owned(),
        }
    }

    fn rule(&self, rule: &Rule) -> String {
        let estimate = self.estimate;
        let unit_word = if minor_per_major(&estimate.book.currency) == 1 {
            "whole units of the currency"
        } else {
            "whole units of the currency (no cents)"
        };
        match rule {
            Rule::SeriesThenSingles {
                series_sessions,
                series_count,
                single_count,
            } => {
                let series = format!("{series_count} series of {series_sessions}");
                let singles = format!(
                    "{single_count} single {}",
                    plural(*single_count, "session", "sessions")
                );
                let detail = match (series_count, single_count) {
                    (0, _) => singles,
                    (_, 0) => series,
                    _ => format!("{series} + {singles}"),
                };
                format!(
                    "as many full series of {series_sessions} as fit, at the series price, then single sessions at the single-session price (here: {detail})."
                )
            }
            Rule::SingleTimesSessions => {
                "the price of one treatment times the number of sessions; no package price is quoted.".to_owned()
            }
            Rule::TierBand {
                from_percent,
                to_percent,
            } if estimate.book.is_clinic_book() => format!(
                "the clinic's list gives no price for “{}” itself. This estimator places it in the {} of the clinic's range for “Not sure”; the clinic has not stated this figure.",
                estimate.tier.name,
                band_words(*from_percent, *to_percent)
            ),
            Rule::TierBand {
                from_percent,
                to_percent,
            } => format!(
                "no source gives a price per product tier; the overview ties price differences to product quality. So “{}” is placed in the {} of the range for “Not sure”. A clinic's own price list replaces this rule.",
                estimate.tier.name,
                band_words(*from_percent, *to_percent)
            ),
            Rule::SpanOfTiers { tiers } => {
                let names: Vec<String> = tiers
                    .iter()
                    .map(|id| {
                        estimate
                            .book
                            .tier(id)
                            .map_or_else(|| id.clone(), |tier| tier.name.clone())
                    })
                    .collect();
                match names.as_slice() {
                    [one] => format!(
                        "“Not sure” shows the one priced product tier for this method, {one}; no other product has a price here."
                    ),
                    _ => format!(
                        "“Not sure” spans the priced product tiers for this method: {}.",
                        join_words(&names)
                    ),
                }
            }
            Rule::PerSession => format!("the total divided by the number of sessions, rounded to {unit_word}."),
            Rule::DowntimeTimesSessions => {
                "the downtime after one session times the number of sessions.".to_owned()
            }
            Rule::Book(BookRule::AssumedMonthly) => format!(
                "the source gives a monthly schedule only for microneedling with exosomes; the same spacing, taken as every {} weeks, is assumed here. Ask the clinic for its own schedule.",
                estimate.method.interval.weeks
            ),
            Rule::Book(BookRule::MonthlyAsFourWeeks) => format!(
                "the source says “monthly”; a month is taken here as {} weeks.",
                estimate.method.interval.weeks
            ),
            Rule::LastSessionPlusResults => format!(
                "the week of the last session plus the {}–{} weeks over which results may keep developing.",
                estimate.schedule.results_weeks.min, estimate.schedule.results_weeks.max
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
    let _ = lang;
    let (singular, many) = match unit {
        TimeUnit::Hours => ("hour", "hours"),
        TimeUnit::Days => ("day", "days"),
    };
    let base = count_range(min, max, singular, many);
    match unit {
        TimeUnit::Hours if min >= 48 && min.is_multiple_of(24) && max.is_multiple_of(24) => {
            format!(
                "{base} ({})",
                count_range(min / 24, max / 24, "day", "days")
            )
        }
        _ => base,
    }
}

/// "2–3 treatments", or "1 treatment" when both ends are equal.
pub(crate) fn count_range(min: u32, max: u32, singular: &str, many: &str) -> String {
    if min == max {
        format!("{min} {}", plural(min, singular, many))
    } else {
        format!("{min}–{max} {many}")
    }
}

/// The singular for one, the plural otherwise.
pub(crate) fn plural<'s>(count: u32, singular: &'s str, many: &'s str) -> &'s str {
    if count == 1 {
        singular
    } else {
        many
    }
}

fn band_words(from: u8, to: u8) -> String {
    match (from, to) {
        (0, 50) => "lower half".to_owned(),
        (25, 75) => "middle half".to_owned(),
        (50, 100) => "upper half".to_owned(),
        (0, 100) => "whole width".to_owned(),
        (from, to) => format!("part from {from}% to {to}% of the width"),
    }
}

/// "a, b and c".
pub(crate) fn join_words(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        // Names here start with an ASCII letter; ASCII lowering keeps the Unicode tables out of
        // the wasm.
        Some(first) => std::iter::once(first.to_ascii_lowercase())
            .chain(chars)
            .collect(),
        None => String::new(),
    }
}
