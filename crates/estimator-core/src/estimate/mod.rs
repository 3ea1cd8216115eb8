//! `(price book, request) -> Estimate`: costs, downtime, schedule, caveats and exclusions, each
//! figure with its provenance. Nothing here formats text; `view` does that.

pub mod form;

use crate::content::Caveat;
use crate::money::{minor_per_major, MoneyRange};
use crate::price_book::{
    Basis, BookRule, Category, Downtime, Indication, Method, OfferPrice, PriceBook, Quote,
    SourceCell, Tier, TimeUnit, NOT_SURE,
};

/// A validated choice: a method and tier that exist in the book and a session count in range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    pub method: String,
    pub tier: String,
    pub sessions: u32,
}

/// What the patient knows about the characterisation of the lot a clinic would use. It, not
/// the product tier's source cell, chooses the risk caveat: the source gives its reassuring
/// risk profile only for well-characterised preparations, and only lot data shows that.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum LotData {
    /// No lot data seen yet, or not known.
    #[default]
    NotShown,
    /// The clinic has shown the lot's particle count, size distribution and surface markers.
    Shown,
}

/// A rule by which a figure is derived from quoted ones. Each has a sentence in `view`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Rule {
    /// As many full series as fit at the series price, then single sessions for the rest.
    SeriesThenSingles {
        series_sessions: u32,
        series_count: u32,
        single_count: u32,
    },
    /// The per-treatment price times the number of sessions (no package price is quoted).
    SingleTimesSessions,
    /// A band of the method's "Not sure" range between two percentages of its width.
    TierBand { from_percent: u8, to_percent: u8 },
    /// "Not sure" spans the totals of the method's priced tiers.
    SpanOfTiers { tiers: Vec<String> },
    /// The total divided by the number of sessions, rounded to whole major units.
    PerSession,
    /// The downtime after one session times the number of sessions.
    DowntimeTimesSessions,
    /// A rule named by the book itself.
    Book(BookRule),
    /// Final results: the last session's week plus the weeks over which results develop.
    LastSessionPlusResults,
}

/// Where a figure comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Provenance {
    /// Stated as it is by the source with this id; `notes` are the source's qualifiers.
    Quoted { source: String, notes: Vec<String> },
    /// Computed from the named sources by the listed rules, applied in order; `notes` are the
    /// qualifiers of the figures it was computed from.
    Derived {
        rules: Vec<Rule>,
        sources: Vec<String>,
        notes: Vec<String>,
    },
    /// No source states it and no rule can derive it.
    Absent,
}

impl Provenance {
    pub(crate) fn quoted(source: &str) -> Self {
        Provenance::Quoted {
            source: source.to_owned(),
            notes: Vec::new(),
        }
    }

    /// A quoted price, with the source's qualifiers of it.
    fn of_quote(quote: &Quote) -> Self {
        Provenance::Quoted {
            source: quote.source.clone(),
            notes: quote.note.iter().cloned().collect(),
        }
    }

    /// This figure, carried one step further by `rule`.
    fn then(self, rule: Rule) -> Self {
        match self {
            Provenance::Quoted { source, notes } => Provenance::Derived {
                rules: vec![rule],
                sources: vec![source],
                notes,
            },
            Provenance::Derived {
                mut rules,
                sources,
                notes,
            } => {
                rules.push(rule);
                Provenance::Derived {
                    rules,
                    sources,
                    notes,
                }
            }
            Provenance::Absent => Provenance::Absent,
        }
    }

    fn from_basis(basis: &Basis) -> Self {
        match basis {
            Basis::Source(source) => Provenance::quoted(source),
            Basis::Rule(rule) => Provenance::Derived {
                rules: vec![Rule::Book(*rule)],
                sources: Vec::new(),
                notes: Vec::new(),
            },
            Basis::SourceAndRule { source, rule } => Provenance::Derived {
                rules: vec![Rule::Book(*rule)],
                sources: vec![source.clone()],
                notes: Vec::new(),
            },
        }
    }

    pub fn sources(&self) -> &[String] {
        match self {
            Provenance::Quoted { source, .. } => std::slice::from_ref(source),
            Provenance::Derived { sources, .. } => sources,
            Provenance::Absent => &[],
        }
    }

    /// Every rule this figure was derived by, in order; empty for a quoted or absent figure.
    pub fn rules(&self) -> &[Rule] {
        match self {
            Provenance::Derived { rules, .. } => rules,
            _ => &[],
        }
    }

    pub fn notes(&self) -> &[String] {
        match self {
            Provenance::Quoted { notes, .. } | Provenance::Derived { notes, .. } => notes,
            Provenance::Absent => &[],
        }
    }
}

/// A money range, if one can be given, and where it comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PriceFigure {
    pub range: Option<MoneyRange>,
    pub provenance: Provenance,
}

impl PriceFigure {
    fn absent() -> Self {
        PriceFigure {
            range: None,
            provenance: Provenance::Absent,
        }
    }
}

/// Recovery time, as far as the source quantifies it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DowntimeAmount {
    Range { min: u32, max: u32, unit: TimeUnit },
    NotQuantified { effects: Vec<String> },
    NotPublished,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DowntimeFigure {
    pub amount: DowntimeAmount,
    pub provenance: Provenance,
}

/// Weeks from the first session, for the schedule.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeekRange {
    pub min: u32,
    pub max: u32,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Schedule {
    /// The week of each session, counted from the first (week 0).
    pub session_weeks: Vec<u32>,
    pub interval_weeks: u32,
    pub interval_provenance: Provenance,
    /// Until when the results of the last session may keep developing, in weeks from the
    /// first session. `None` for a method still under study: no source says when its results
    /// could be judged, so no date is promised.
    pub final_results: Option<WeekRange>,
    pub final_results_provenance: Provenance,
    /// How long results keep developing after each treatment.
    pub results_weeks: WeekRange,
    pub results_source: String,
}

/// How the chosen session count compares with the typical initial series.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SeriesNote {
    BelowTypical,
    Typical,
    AboveTypical,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Estimate<'a> {
    pub book: &'a PriceBook,
    pub method: &'a Method,
    pub tier: &'a Tier,
    pub sessions: u32,
    pub total: PriceFigure,
    pub per_session: PriceFigure,
    pub downtime_per_session: DowntimeFigure,
    pub downtime_total: DowntimeFigure,
    pub schedule: Schedule,
    pub series_note: SeriesNote,
    pub caveats: Vec<Caveat>,
}

/// Computes the estimate, or `None` if the request names a method or tier the book lacks
/// (`form::resolve` never produces such a request).
pub fn estimate<'a>(book: &'a PriceBook, request: &Request) -> Option<Estimate<'a>> {
    estimate_with(book, request, LotData::NotShown)
}

/// [`estimate`], with what the patient knows about the lot's characterisation, which chooses
/// the risk caveat.
pub fn estimate_with<'a>(
    book: &'a PriceBook,
    request: &Request,
    lot_data: LotData,
) -> Option<Estimate<'a>> {
    let method = book.method(&request.method)?;
    let tier = book.tier(&request.tier)?;
    // The form never asks for more than MAX_SESSIONS; the clamp keeps a direct caller from
    // building an enormous schedule.
    let sessions = request
        .sessions
        .clamp(crate::limits::MIN_SESSIONS, crate::limits::MAX_SESSIONS);
    let total = total_price(book, &method.id, &tier.id, sessions);
    let per_session = per_session_price(&total, sessions, minor_per_major(&book.currency));
    let (downtime_per_session, downtime_total) = downtime(&method.downtime, sessions);
    let schedule = schedule(book, method, sessions);
    let typical = &book.protocol.typical_sessions;
    let series_note = if sessions < typical.min {
        SeriesNote::BelowTypical
    } else if sessions > typical.max {
        SeriesNote::AboveTypical
    } else {
        SeriesNote::Typical
    };
    let caveats = caveats_for(method, tier, lot_data, &total, book.is_clinic_book());
    Some(Estimate {
        book,
        method,
        tier,
        sessions,
        total,
        per_session,
        downtime_per_session,
        downtime_total,
        schedule,
        series_note,
        caveats,
    })
}

/// The total price of `sessions` sessions of one offer, following the rules in order: quoted
/// figures as they are; other counts from series and single prices; tiers as bands of "Not
/// sure"; an unpriced "Not sure" as the span of the priced tiers.
pub fn total_price(book: &PriceBook, method: &str, tier: &str, sessions: u32) -> PriceFigure {
    let Some(offer) = book.offer(method, tier) else {
        return if tier == NOT_SURE {
            span_of_tiers(book, method, sessions)
        } else {
            PriceFigure::absent()
        };
    };
    match &offer.price {
        OfferPrice::Quoted { single, series } => match series {
            Some(series) if series.sessions == sessions => PriceFigure {
                range: Some(series.quote.range),
                provenance: Provenance::of_quote(&series.quote),
            },
            _ if sessions == 1 => PriceFigure {
                range: Some(single.range),
                provenance: Provenance::of_quote(single),
            },
            Some(series) => {
                let series_count = sessions / series.sessions;
                let single_count = sessions % series.sessions;
                let range = series
                    .quote
                    .range
                    .times(u64::from(series_count))
                    .plus(&single.range.times(u64::from(single_count)));
                let mut sources = Vec::new();
                let mut notes: Vec<String> = Vec::new();
                if series_count > 0 {
                    sources.push(series.quote.source.clone());
                    notes.extend(series.quote.note.iter().cloned());
                }
                if single_count > 0 {
                    if !sources.contains(&single.source) {
                        sources.push(single.source.clone());
                    }
                    if let Some(note) = single.note.as_ref().filter(|note| !notes.contains(note)) {
                        notes.push(note.clone());
                    }
                }
                PriceFigure {
                    range: Some(range),
                    provenance: Provenance::Derived {
                        rules: vec![Rule::SeriesThenSingles {
                            series_sessions: series.sessions,
                            series_count,
                            single_count,
                        }],
                        sources,
                        notes,
                    },
                }
            }
            None => PriceFigure {
                range: Some(single.range.times(u64::from(sessions))),
                provenance: Provenance::of_quote(single).then(Rule::SingleTimesSessions),
            },
        },
        // Validation never lets "Not sure" be a band of itself; a hand-built book that does
        // would recurse forever, so it is treated as having no figure.
        OfferPrice::Band { .. } if tier == NOT_SURE => PriceFigure::absent(),
        OfferPrice::Band {
            from_percent,
            to_percent,
        } => {
            let whole = total_price(book, method, NOT_SURE, sessions);
            match whole.range {
                Some(range) => PriceFigure {
                    range: Some(range.band(*from_percent, *to_percent)),
                    provenance: whole.provenance.then(Rule::TierBand {
                        from_percent: *from_percent,
                        to_percent: *to_percent,
                    }),
                },
                None => PriceFigure::absent(),
            }
        }
        OfferPrice::Unpriced if tier == NOT_SURE => span_of_tiers(book, method, sessions),
        OfferPrice::Unpriced => PriceFigure::absent(),
    }
}

/// "Not sure" without a price of its own: from the cheapest to the dearest priced tier. The
/// rules that gave each tier's total come first, so the span states every rule it rests on.
fn span_of_tiers(book: &PriceBook, method: &str, sessions: u32) -> PriceFigure {
    let mut span: Option<MoneyRange> = None;
    let mut tiers = Vec::new();
    let mut sources: Vec<String> = Vec::new();
    let mut rules: Vec<Rule> = Vec::new();
    let mut notes: Vec<String> = Vec::new();
    for offer in book
        .offers
        .iter()
        .filter(|offer| offer.method == method && offer.tier != NOT_SURE)
    {
        // Bands are taken from "Not sure" itself, so only quoted tiers can define the span.
        if !matches!(offer.price, OfferPrice::Quoted { .. }) {
            continue;
        }
        let figure = total_price(book, method, &offer.tier, sessions);
        if let Some(range) = figure.range {
            span = Some(match span {
                Some(so_far) => {
                    MoneyRange::new(so_far.min.min(range.min), so_far.max.max(range.max))
                }
                None => range,
            });
            tiers.push(offer.tier.clone());
            for source in figure.provenance.sources() {
                if !sources.contains(source) {
                    sources.push(source.clone());
                }
            }
            for rule in figure.provenance.rules() {
                if !rules.contains(rule) {
                    rules.push(rule.clone());
                }
            }
            for note in figure.provenance.notes() {
                if !notes.contains(note) {
                    notes.push(note.clone());
                }
            }
        }
    }
    rules.push(Rule::SpanOfTiers { tiers });
    match span {
        Some(range) => PriceFigure {
            range: Some(range),
            provenance: Provenance::Derived {
                rules,
                sources,
                notes,
            },
        },
        None => PriceFigure::absent(),
    }
}

fn per_session_price(total: &PriceFigure, sessions: u32, minor_per_major: u64) -> PriceFigure {
    match total.range {
        Some(_) if sessions == 1 => total.clone(),
        Some(range) => PriceFigure {
            range: Some(range.per_item(u64::from(sessions), minor_per_major)),
            provenance: total.provenance.clone().then(Rule::PerSession),
        },
        None => PriceFigure::absent(),
    }
}

fn downtime(source: &Downtime, sessions: u32) -> (DowntimeFigure, DowntimeFigure) {
    match source {
        Downtime::Range {
            min,
            max,
            unit,
            source,
        } => {
            let per_session = DowntimeFigure {
                amount: DowntimeAmount::Range {
                    min: *min,
                    max: *max,
                    unit: *unit,
                },
                provenance: Provenance::quoted(source),
            };
            let total = if sessions == 1 {
                per_session.clone()
            } else {
                DowntimeFigure {
                    amount: DowntimeAmount::Range {
                        min: min.saturating_mul(sessions),
                        max: max.saturating_mul(sessions),
                        unit: *unit,
                    },
                    provenance: Provenance::quoted(source).then(Rule::DowntimeTimesSessions),
                }
            };
            (per_session, total)
        }
        Downtime::NotQuantified { effects, source } => {
            let figure = DowntimeFigure {
                amount: DowntimeAmount::NotQuantified {
                    effects: effects.clone(),
                },
                provenance: Provenance::quoted(source),
            };
            (figure.clone(), figure)
        }
        Downtime::NotPublished => {
            let figure = DowntimeFigure {
                amount: DowntimeAmount::NotPublished,
                provenance: Provenance::Absent,
            };
            (figure.clone(), figure)
        }
    }
}

fn schedule(book: &PriceBook, method: &Method, sessions: u32) -> Schedule {
    let interval = method.interval.weeks;
    let session_weeks: Vec<u32> = (0..sessions)
        .map(|index| index.saturating_mul(interval))
        .collect();
    let last = session_weeks.last().copied().unwrap_or(0);
    let results = &book.protocol.results_weeks;
    let interval_provenance = Provenance::from_basis(&method.interval.basis);
    let mut sources = vec![results.source.clone()];
    let mut rules = Vec::new();
    if sessions > 1 {
        rules.extend(interval_provenance.rules().iter().cloned());
        for source in interval_provenance.sources() {
            if !sources.contains(source) {
                sources.push(source.clone());
            }
        }
    }
    rules.push(Rule::LastSessionPlusResults);
    // A use still under study has no source for when its results could be judged; the general
    // 4–6 weeks are not carried over to it.
    let (final_results, final_results_provenance) = if method.under_study {
        (None, Provenance::Absent)
    } else {
        (
            Some(WeekRange {
                min: last.saturating_add(results.min),
                max: last.saturating_add(results.max),
            }),
            Provenance::Derived {
                rules,
                sources,
                notes: Vec::new(),
            },
        )
    };
    Schedule {
        session_weeks,
        interval_weeks: interval,
        interval_provenance,
        final_results,
        final_results_provenance,
        results_weeks: WeekRange {
            min: results.min,
            max: results.max,
        },
        results_source: results.source.clone(),
    }
}

/// The regulatory caveats of a method: the cosmetic one only for a topical, aesthetic use; a
/// condition always gets the caveat for treating a condition, and an injection always the
/// injectable one. Validation refuses an aesthetic method without a route, so every method
/// gets at least one.
pub fn regulatory_caveats(method: &Method) -> Vec<Caveat> {
    let mut caveats = Vec::new();
    if method.indication == Indication::Condition {
        caveats.push(Caveat::ConditionRegulatory);
    }
    match (method.category, method.indication) {
        (Category::Injectable, _) => caveats.push(Caveat::InjectableRegulatory),
        (Category::Topical, Indication::Aesthetic) => caveats.push(Caveat::TopicalCosmetic),
        _ => {}
    }
    if caveats.is_empty() {
        // Unreachable for a validated book; a hand-built one still never goes without a
        // regulatory caveat.
        caveats.push(Caveat::ConditionRegulatory);
    }
    caveats
}

fn caveats_for(
    method: &Method,
    tier: &Tier,
    lot_data: LotData,
    total: &PriceFigure,
    clinic_book: bool,
) -> Vec<Caveat> {
    let mut caveats = regulatory_caveats(method);
    if method.under_study {
        caveats.push(Caveat::UnderStudy);
    }
    if tier.source_cell == SourceCell::Plant {
        caveats.push(Caveat::PlantPotency);
    }
    caveats.push(match lot_data {
        LotData::NotShown => Caveat::CharacterisationRisk,
        LotData::Shown => Caveat::LotDataShown,
    });
    if total.range.is_none() {
        caveats.push(if clinic_book {
            Caveat::NoClinicPrice
        } else {
            Caveat::NoPublishedPrice
        });
    } else {
        caveats.push(Caveat::PriceReflectsQuality);
    }
    caveats
}
