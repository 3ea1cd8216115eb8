//! `(price book, request) -> Estimate`: costs, downtime, schedule, caveats and exclusions, each
//! figure with its provenance. Nothing here formats text; `view` does that.

use crate::content::Caveat;
use crate::money::{minor_per_major, MoneyRange};
use crate::price_book::{
    Basis, BookRule, Category, Characterisation, Downtime, Method, OfferPrice, PriceBook, Tier,
    TimeUnit, NOT_SURE,
};

/// A validated choice: a method and tier that exist in the book and a session count in range.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Request {
    pub method: String,
    pub tier: String,
    pub sessions: u32,
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
    /// Stated as it is by the source with this id.
    Quoted { source: String },
    /// Computed from the named sources by the listed rules, applied in order.
    Derived {
        rules: Vec<Rule>,
        sources: Vec<String>,
    },
    /// No source states it and no rule can derive it.
    Absent,
}

impl Provenance {
    fn quoted(source: &str) -> Self {
        Provenance::Quoted {
            source: source.to_owned(),
        }
    }

    /// This figure, carried one step further by `rule`.
    fn then(self, rule: Rule) -> Self {
        match self {
            Provenance::Quoted { source } => Provenance::Derived {
                rules: vec![rule],
                sources: vec![source],
            },
            Provenance::Derived { mut rules, sources } => {
                rules.push(rule);
                Provenance::Derived { rules, sources }
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
            },
        }
    }

    pub fn sources(&self) -> &[String] {
        match self {
            Provenance::Quoted { source } => std::slice::from_ref(source),
            Provenance::Derived { sources, .. } => sources,
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
    /// When final results are expected, in weeks from the first session.
    pub final_results: WeekRange,
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
    let method = book.method(&request.method)?;
    let tier = book.tier(&request.tier)?;
    // The form never asks for more than MAX_SESSIONS; the clamp keeps a direct caller from
    // building an enormous schedule.
    let sessions = request
        .sessions
        .clamp(crate::form::MIN_SESSIONS, crate::form::MAX_SESSIONS);
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
    let caveats = caveats_for(method, tier, &total, book.is_clinic_book());
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
                provenance: Provenance::quoted(&series.quote.source),
            },
            _ if sessions == 1 => PriceFigure {
                range: Some(single.range),
                provenance: Provenance::quoted(&single.source),
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
                if series_count > 0 {
                    sources.push(series.quote.source.clone());
                }
                if single_count > 0 && !sources.contains(&single.source) {
                    sources.push(single.source.clone());
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
                    },
                }
            }
            None => PriceFigure {
                range: Some(single.range.times(u64::from(sessions))),
                provenance: Provenance::quoted(&single.source).then(Rule::SingleTimesSessions),
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

/// "Not sure" without a price of its own: from the cheapest to the dearest priced tier.
fn span_of_tiers(book: &PriceBook, method: &str, sessions: u32) -> PriceFigure {
    let mut span: Option<MoneyRange> = None;
    let mut tiers = Vec::new();
    let mut sources: Vec<String> = Vec::new();
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
        }
    }
    match span {
        Some(range) => PriceFigure {
            range: Some(range),
            provenance: Provenance::Derived {
                rules: vec![Rule::SpanOfTiers { tiers }],
                sources,
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
        match &interval_provenance {
            Provenance::Derived {
                rules: interval_rules,
                ..
            } => rules.extend(interval_rules.iter().cloned()),
            Provenance::Quoted { source } if !sources.contains(source) => {
                sources.push(source.clone())
            }
            _ => {}
        }
    }
    rules.push(Rule::LastSessionPlusResults);
    Schedule {
        session_weeks,
        interval_weeks: interval,
        interval_provenance,
        final_results: WeekRange {
            min: last.saturating_add(results.min),
            max: last.saturating_add(results.max),
        },
        final_results_provenance: Provenance::Derived { rules, sources },
        results_weeks: WeekRange {
            min: results.min,
            max: results.max,
        },
        results_source: results.source.clone(),
    }
}

fn caveats_for(
    method: &Method,
    tier: &Tier,
    total: &PriceFigure,
    clinic_book: bool,
) -> Vec<Caveat> {
    let mut caveats = Vec::new();
    match method.category {
        Category::Injectable => caveats.push(Caveat::InjectableRegulatory),
        Category::Topical => caveats.push(Caveat::TopicalCosmetic),
    }
    if method.under_study {
        caveats.push(Caveat::UnderStudy);
    }
    match tier.characterisation {
        Characterisation::Low => {
            caveats.push(Caveat::PlantPotency);
            caveats.push(Caveat::CharacterisationRisk);
        }
        Characterisation::Variable | Characterisation::Unknown => {
            caveats.push(Caveat::CharacterisationRisk)
        }
        Characterisation::High => caveats.push(Caveat::CharacterisedStillAsk),
    }
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
