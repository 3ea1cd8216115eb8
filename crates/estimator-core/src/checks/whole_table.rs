//! The whole table: every state a person can put a book's calculator and planner in, and the
//! promises each state must keep. This is the core's checking API, the one place where the
//! walk and its invariants are written. The whole-table tests, the property tests, the fuzz
//! targets and the reading grade all call it, so a later edit to the book, the estimate or a
//! view cannot break one corner that only some of them would have walked.
//!
//! The walks, each an iterator of inputs as the page holds them:
//!
//! - [`requests`]: every method of the book, each tier it offers, each session count the form
//!   accepts (`MIN_SESSIONS..=MAX_SESSIONS`);
//! - [`page_states`]: each of those, with and without the lot's data shown;
//! - [`fallback_states`]: what only a stale choice or a link reaches: a tier the method does
//!   not offer, a method the book does not have, a session text the form refuses;
//! - [`planner_states`]: each page state in every date mode, and against a quote in every
//!   position the quote check can report.
//!
//! The checks return every broken promise as a [`Violation`] instead of panicking, so a test
//! can list them all and a fuzz target can turn them into one crash report:
//! [`book_violations`] (the table itself), [`estimate_violations`] (one estimate),
//! [`session_count_violations`] (one method and tier across session counts),
//! [`page_violations`] (one calculator view), [`planner_violations`] (one planner view) and
//! [`problem_violations`] (a rejection's problems). [`whole_book_violations`] and
//! [`whole_planner_violations`] walk and check everything.
//!
//! Only structure is checked here (an order, a count, a figure with its provenance, a caveat
//! by its id, text that is not empty), never the English words, so the same checks hold for
//! the views in any language. Wording is pinned by the tests of the published book.

use crate::lang::Lang;
use std::fmt;

use crate::calendar::{Date, PlainDateFormat};
use crate::content::Caveat;
use crate::estimate::{
    estimate, estimate_with, DowntimeAmount, DowntimeFigure, Estimate, PriceFigure, Provenance,
    Request,
};
use crate::form::{parse_sessions, resolve, RawInput};
use crate::json_reader::Problem;
use crate::limits::{MAX_SESSIONS, MIN_SESSIONS};
use crate::money::{minor_per_major, MoneyRange, PlainFormatter};
use crate::plan::{BarKind, MAX_TICKS};
use crate::planner::{planner_view, DateMode, PlannerAction, PlannerInput, PlannerView};
use crate::price_book::{
    Basis, Category, Downtime, Indication, OfferPrice, PriceBook, SourceCell, MAX_AMOUNT_MINOR,
    NOT_SURE,
};
use crate::quote::{parse_quote, position, QuotePosition};
use crate::share::decode;
use crate::view::{estimate_view, page_view, FigureKind, FigureView, PageView, ResultView};

/// One broken promise: the state it was broken in and what broke.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Violation {
    /// The state, such as `microneedling × not-sure × "3"`, or `book` for the table itself.
    pub state: String,
    /// The promise and what broke it.
    pub message: String,
}

impl fmt::Display for Violation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.state, self.message)
    }
}

/// How many violations [`listing`] prints before it counts the rest: one broken rule often
/// breaks in every state, and the first few say what it is.
pub const LISTED_VIOLATIONS: usize = 20;

/// How many promises were broken, then the violations one a line, at most
/// [`LISTED_VIOLATIONS`] of them, then how many more there were: a failing test's message.
pub fn listing(violations: &[Violation]) -> String {
    let mut lines = vec![format!("{} broken promises:", violations.len())];
    lines.extend(
        violations
            .iter()
            .take(LISTED_VIOLATIONS)
            .map(ToString::to_string),
    );
    if violations.len() > LISTED_VIOLATIONS {
        lines.push(format!(
            "… and {} more",
            violations.len() - LISTED_VIOLATIONS
        ));
    }
    lines.join("\n")
}

/// The violations found in one state. The message is built only when the promise is broken,
/// so that a walk over thousands of states that keep them all stays fast.
struct Findings {
    state: String,
    found: Vec<Violation>,
}

impl Findings {
    fn new(state: String) -> Findings {
        Findings {
            state,
            found: Vec::new(),
        }
    }

    fn expect(&mut self, holds: bool, message: impl FnOnce() -> String) {
        if !holds {
            self.found.push(Violation {
                state: self.state.clone(),
                message: message(),
            });
        }
    }

    fn done(self) -> Vec<Violation> {
        self.found
    }
}

fn request_state(request: &Request) -> String {
    format!(
        "{} × {} × {}",
        request.method, request.tier, request.sessions
    )
}

fn raw_state(raw: &RawInput) -> String {
    let lot = if raw.lot_data { ", lot data shown" } else { "" };
    format!("{} × {} × {:?}{lot}", raw.method, raw.tier, raw.sessions)
}

// ----- The walks -----

/// Every request the form can make of `book`: each method, each tier it offers ("Not sure"
/// first) and each session count from [`MIN_SESSIONS`] to [`MAX_SESSIONS`], in that order.
pub fn requests(book: &PriceBook) -> impl Iterator<Item = Request> + '_ {
    book.methods().iter().flat_map(move |method| {
        book.tiers_for(&method.id)
            .into_iter()
            .flat_map(move |tier| {
                (MIN_SESSIONS..=MAX_SESSIONS).map(move |sessions| Request {
                    method: method.id.clone(),
                    tier: tier.id.clone(),
                    sessions,
                })
            })
    })
}

/// Every state of the calculator: each of [`requests`] as the form holds it, first without
/// and then with the lot's data shown, since that answer alone chooses the risk caveat.
pub fn page_states(book: &PriceBook) -> impl Iterator<Item = RawInput> + '_ {
    requests(book).flat_map(|request| {
        [false, true].map(|lot_data| RawInput {
            method: request.method.clone(),
            tier: request.tier.clone(),
            sessions: request.sessions.to_string(),
            lot_data,
        })
    })
}

/// Session texts the form refuses, each for its own reason: empty, too few, too many, below
/// zero, not whole, not a number, and too long to be a count at all.
pub const REFUSED_SESSION_TEXTS: [&str; 7] =
    ["", "0", "7", "-1", "2.5", "abc", "99999999999999999999"];

/// A method id no book has, as a stale link might still carry.
pub const UNKNOWN_METHOD: &str = "no-such-method";

/// The states only a stale choice or a link reaches: each method with each tier of the book it
/// does not offer, at every session count (the page falls back to "Not sure"); a method the
/// book does not have (the page falls back to the first); and each method with every one of
/// [`REFUSED_SESSION_TEXTS`] (the page asks for a count instead of estimating).
pub fn fallback_states(book: &PriceBook) -> impl Iterator<Item = RawInput> + '_ {
    let raw = |method: &str, tier: &str, sessions: String| RawInput {
        method: method.to_owned(),
        tier: tier.to_owned(),
        sessions,
        lot_data: false,
    };
    let unoffered = book.methods().iter().flat_map(move |method| {
        let offered = book.tiers_for(&method.id);
        book.tiers()
            .iter()
            .filter(move |tier| !offered.iter().any(|offered| offered.id == tier.id))
            .flat_map(move |tier| {
                (MIN_SESSIONS..=MAX_SESSIONS)
                    .map(move |sessions| raw(&method.id, &tier.id, sessions.to_string()))
            })
    });
    let unknown_method = std::iter::once(raw(UNKNOWN_METHOD, NOT_SURE, "3".to_owned()));
    let refused = book.methods().iter().flat_map(move |method| {
        REFUSED_SESSION_TEXTS
            .iter()
            .map(move |text| raw(&method.id, NOT_SURE, (*text).to_owned()))
    });
    unoffered.chain(unknown_method).chain(refused)
}

/// The plan dates the planner walk tries, in days from `today`: none; a dated mode chosen
/// with no date yet (the field's prompt); a start in two weeks; an event a year away, which
/// the published plans can be ready for; and one a week away, which none can.
fn date_choices(today: Date) -> Vec<(DateMode, Option<Date>)> {
    let mut choices = vec![(DateMode::Undated, None), (DateMode::Start, None)];
    for (mode, days) in [
        (DateMode::Start, 14),
        (DateMode::ReadyBy, 365),
        (DateMode::ReadyBy, 7),
    ] {
        if let Some(date) = today.add_days(days) {
            choices.push((mode, Some(date)));
        }
    }
    choices
}

/// Every answer the quote check gives a readable quote: no position when there is no range to
/// compare with, else one of the five positions. A walk over a book's planner states should
/// reach them all.
pub const QUOTE_CHECK_OUTCOMES: [Option<QuotePosition>; 6] = [
    None,
    Some(QuotePosition::FarBelow),
    Some(QuotePosition::Below),
    Some(QuotePosition::Within),
    Some(QuotePosition::Above),
    Some(QuotePosition::FarAbove),
];

/// Whole amounts that land in each position the quote check reports against `range`, far
/// below to far above, in the order of [`QuotePosition`]; with no range to compare with, one
/// amount, for the check's "nothing to compare with". Whole major units only, since that is
/// how a person types a price and it reads back the same in every currency; a position that
/// no whole amount reaches (the inside of a range narrower than one unit) is left out.
pub fn quote_amounts(range: Option<MoneyRange>, currency: &str) -> Vec<u64> {
    let unit = minor_per_major(currency);
    let down = |amount: u64| amount / unit * unit;
    let up = |amount: u64| amount.div_ceil(unit).saturating_mul(unit);
    let Some(range) = range else {
        return vec![unit.saturating_mul(1_000)];
    };
    let (low, high) = (range.min, range.max);
    let candidates = [
        (QuotePosition::FarBelow, down(low / 2)),
        (QuotePosition::Below, down(low.saturating_sub(1))),
        (QuotePosition::Within, up(low)),
        (QuotePosition::Above, up(high.saturating_add(1))),
        (
            QuotePosition::FarAbove,
            up(high.saturating_mul(2).saturating_add(1)),
        ),
    ];
    candidates
        .into_iter()
        .filter(|(aimed, amount)| {
            (1..=MAX_AMOUNT_MINOR).contains(amount) && position(*amount, range) == *aimed
        })
        .map(|(_, amount)| amount)
        .collect()
}

/// A whole amount as a person types it: its major units in digits, without separators.
fn typed_amount(amount: u64, currency: &str) -> String {
    (amount / minor_per_major(currency)).to_string()
}

/// The planner with one scenario set to `raw`, reached the way the page reaches it: through
/// [`PlannerInput::apply`], from the initial input.
fn planner_with(book: &PriceBook, raw: &RawInput) -> PlannerInput {
    [
        PlannerAction::ChooseMethod(raw.method.clone()),
        PlannerAction::ChooseTier(raw.tier.clone()),
        PlannerAction::TypeSessions(raw.sessions.clone()),
        PlannerAction::LotDataShown(raw.lot_data),
    ]
    .into_iter()
    .fold(PlannerInput::initial(book), |input, action| {
        input.apply(action)
    })
}

/// Every state of the planner with one scenario, on `today`: each of [`page_states`] in each
/// date choice with no quote, then with no dates against a quote in each position of
/// [`quote_amounts`]. The timeline does not read the quote and the quote check does not read
/// the dates, so varying each with the other at rest shows every text either can show. Pass
/// the same `today` to [`planner_view`].
pub fn planner_states(book: &PriceBook, today: Date) -> impl Iterator<Item = PlannerInput> + '_ {
    let dates = date_choices(today);
    page_states(book).flat_map(move |raw| {
        let scenario = planner_with(book, &raw);
        let dated = dates.iter().map({
            let scenario = scenario.clone();
            move |(mode, date)| {
                let chosen = scenario.apply(PlannerAction::ChooseDateMode(*mode));
                match date {
                    Some(date) => chosen.apply(PlannerAction::TypeDate(date.to_iso())),
                    None => chosen,
                }
            }
        });
        let total = resolve(book, &raw)
            .and_then(|resolved| resolved.request())
            .and_then(|request| estimate(book, &request))
            .and_then(|estimate| estimate.total.range);
        let quoted = quote_amounts(total, book.currency())
            .into_iter()
            .map(move |amount| {
                scenario.apply(PlannerAction::TypeQuote(typed_amount(
                    amount,
                    book.currency(),
                )))
            });
        dated.collect::<Vec<_>>().into_iter().chain(quoted)
    })
}

// ----- The table itself -----

/// The promises of the book's own table: every method offers "Not sure" first and no tier
/// twice, states its downtime, and cites sources that exist; every offer names a method and
/// a tier of the book; every range runs from its min to its max.
pub fn book_violations(book: &PriceBook) -> Vec<Violation> {
    let mut findings = Findings::new("book".to_owned());
    findings.expect(!book.methods().is_empty(), || "lists no method".to_owned());
    let cites = |findings: &mut Findings, source: &str, what: &str| {
        findings.expect(book.source(source).is_some(), || {
            format!("{what} cites {source:?}, which is not among the sources")
        });
    };
    let protocol = book.protocol();
    let typical = &protocol.typical_sessions;
    findings.expect(typical.min >= 1 && typical.min <= typical.max, || {
        format!("typical sessions {}–{}", typical.min, typical.max)
    });
    cites(&mut findings, &typical.source, "typical_sessions");
    let results = &protocol.results_weeks;
    findings.expect(results.min <= results.max, || {
        format!("results weeks {}–{}", results.min, results.max)
    });
    cites(&mut findings, &results.source, "results_weeks");

    for method in book.methods() {
        let tiers = book.tiers_for(&method.id);
        findings.expect(
            tiers.first().map(|tier| tier.id.as_str()) == Some(NOT_SURE),
            || format!("{} does not offer \"not sure\" first", method.id),
        );
        for (index, tier) in tiers.iter().enumerate() {
            findings.expect(
                !tiers[..index].iter().any(|earlier| earlier.id == tier.id),
                || format!("{} offers {} twice", method.id, tier.id),
            );
        }
        match &method.downtime {
            Downtime::Range {
                min, max, source, ..
            } => {
                findings.expect(min <= max, || {
                    format!("{}: downtime {min}–{max}", method.id)
                });
                cites(&mut findings, source, &method.id);
            }
            Downtime::NotQuantified { effects, source } => {
                findings.expect(
                    !effects.is_empty() && effects.iter().all(|effect| !effect.trim().is_empty()),
                    || format!("{}: downtime effects {effects:?}", method.id),
                );
                cites(&mut findings, source, &method.id);
            }
            Downtime::NotPublished => {}
        }
        match &method.interval.basis {
            Basis::Source(source) | Basis::SourceAndRule { source, .. } => {
                cites(&mut findings, source, &method.id)
            }
            Basis::Rule(_) => {}
        }
    }

    for offer in book.offers() {
        let what = format!("the offer {} × {}", offer.method, offer.tier);
        findings.expect(book.method(&offer.method).is_some(), || {
            format!("{what} names no method of the book")
        });
        findings.expect(book.tier(&offer.tier).is_some(), || {
            format!("{what} names no tier of the book")
        });
        match &offer.price {
            OfferPrice::Quoted { single, series } => {
                findings.expect(single.range.min <= single.range.max, || {
                    format!("{what}: single {:?}", single.range)
                });
                cites(&mut findings, &single.source, &what);
                if let Some(series) = series {
                    findings.expect(
                        series.quote.range.min <= series.quote.range.max && series.sessions >= 2,
                        || format!("{what}: series {series:?}"),
                    );
                    cites(&mut findings, &series.quote.source, &what);
                }
            }
            OfferPrice::Band {
                from_percent,
                to_percent,
            } => findings.expect(from_percent < to_percent && *to_percent <= 100, || {
                format!("{what}: band {from_percent}–{to_percent}%")
            }),
            OfferPrice::Unpriced => {}
        }
    }
    findings.done()
}

// ----- One estimate -----

fn expect_price_figure(findings: &mut Findings, figure: &PriceFigure, what: &str) {
    match (&figure.range, &figure.provenance) {
        (Some(range), Provenance::Quoted { .. } | Provenance::Derived { .. }) => {
            findings.expect(range.min <= range.max, || format!("{what} {range:?}"));
        }
        (Some(range), Provenance::Absent) => {
            findings.expect(false, || format!("{what} {range:?} has no provenance"))
        }
        (None, Provenance::Absent) => {}
        (None, provenance) => findings.expect(false, || {
            format!("no {what}, yet provenance {provenance:?}")
        }),
    }
    expect_derived_names_a_rule(findings, &figure.provenance, what);
}

fn expect_derived_names_a_rule(findings: &mut Findings, provenance: &Provenance, what: &str) {
    if let Provenance::Derived { rules, .. } = provenance {
        findings.expect(!rules.is_empty(), || {
            format!("{what} derived without a rule")
        });
    }
}

fn expect_downtime_figure(findings: &mut Findings, figure: &DowntimeFigure, what: &str) {
    let given = matches!(
        figure.provenance,
        Provenance::Quoted { .. } | Provenance::Derived { .. }
    );
    match &figure.amount {
        DowntimeAmount::Range { min, max, .. } => findings.expect(given && min <= max, || {
            format!("{what} {min}–{max} with {:?}", figure.provenance)
        }),
        DowntimeAmount::NotQuantified { effects } => findings
            .expect(given && !effects.is_empty(), || {
                format!("{what} {effects:?} with {:?}", figure.provenance)
            }),
        DowntimeAmount::NotPublished => findings
            .expect(figure.provenance == Provenance::Absent, || {
                format!("{what} not published, yet {:?}", figure.provenance)
            }),
    }
    expect_derived_names_a_rule(findings, &figure.provenance, what);
}

/// The promises of one estimate for `request`, made with `lot_data`: it is the estimate asked
/// for; every figure is ordered and says where it comes from, and only a figure that exists
/// does; per session is the total shared out in whole units; downtime and the schedule scale
/// with the sessions; the caveats follow the method, the tier, the price and the patient's
/// answer about the lot, each once; a tier's total lies inside its method's "Not sure" total.
pub fn estimate_violations(
    book: &PriceBook,
    request: &Request,
    lot_data: bool,
    result: &Estimate,
) -> Vec<Violation> {
    let mut findings = Findings::new(request_state(request));
    let sessions = request.sessions;
    findings.expect(
        result.method.id == request.method
            && result.tier.id == request.tier
            && result.sessions == sessions,
        || {
            format!(
                "the estimate is for {} × {} × {}",
                result.method.id, result.tier.id, result.sessions
            )
        },
    );

    expect_price_figure(&mut findings, &result.total, "total");
    expect_price_figure(&mut findings, &result.per_session, "per session");
    findings.expect(
        result.total.range.is_some() == result.per_session.range.is_some(),
        || "a total without a per-session figure, or the reverse".to_owned(),
    );
    if let (Some(total), Some(each)) = (result.total.range, result.per_session.range) {
        if sessions == 1 {
            findings.expect(each == total, || {
                format!("one session costs {each:?}, the total {total:?}")
            });
        } else {
            // Each per-session end is rounded to the nearest whole unit, so it is off by at
            // most half a unit, and the product by at most half a unit per session.
            let unit = minor_per_major(book.currency());
            let count = u64::from(sessions);
            let slack = count.saturating_mul(unit) / 2;
            for (total_end, each_end) in [(total.min, each.min), (total.max, each.max)] {
                findings.expect(
                    each_end.saturating_mul(count).abs_diff(total_end) <= slack
                        && each_end % unit == 0,
                    || format!("{each_end} per session of a total of {total_end}"),
                );
            }
        }
    }

    expect_downtime_figure(&mut findings, &result.downtime_per_session, "downtime");
    expect_downtime_figure(
        &mut findings,
        &result.downtime_total,
        "downtime over the plan",
    );
    match (
        &result.downtime_per_session.amount,
        &result.downtime_total.amount,
    ) {
        (
            DowntimeAmount::Range { min, max, unit },
            DowntimeAmount::Range {
                min: total_min,
                max: total_max,
                unit: total_unit,
            },
        ) => findings.expect(
            unit == total_unit
                && *total_min == min.saturating_mul(sessions)
                && *total_max == max.saturating_mul(sessions),
            || format!("downtime {min}–{max} each, {total_min}–{total_max} over the plan"),
        ),
        (each, total) => findings.expect(each == total, || {
            format!("downtime {each:?} each, {total:?} over the plan")
        }),
    }

    let schedule = &result.schedule;
    expect_derived_names_a_rule(&mut findings, &schedule.interval_provenance, "interval");
    let interval = result.method.interval.weeks;
    let expected_weeks: Vec<u32> = (0..sessions)
        .map(|index| index.saturating_mul(interval))
        .collect();
    findings.expect(schedule.session_weeks == expected_weeks, || {
        format!(
            "sessions in weeks {:?}, every {interval} weeks",
            schedule.session_weeks
        )
    });
    let results = &book.protocol().results_weeks;
    let last = schedule.session_weeks.last().copied().unwrap_or(0);
    if result.method.under_study {
        findings.expect(
            schedule.final_results.is_none()
                && schedule.final_results_provenance == Provenance::Absent,
            || "a use under study promises a time for its final results".to_owned(),
        );
    } else {
        findings.expect(
            schedule.final_results.as_ref().is_some_and(|range| {
                range.min == last.saturating_add(results.min)
                    && range.max == last.saturating_add(results.max)
            }),
            || {
                format!(
                    "final results {:?} after a last session in week {last}",
                    schedule.final_results
                )
            },
        );
        findings.expect(
            matches!(
                &schedule.final_results_provenance,
                Provenance::Derived { rules, .. } if !rules.is_empty()
            ),
            || "the end of the results window is not derived by a rule".to_owned(),
        );
    }

    for provenance in [
        &result.total.provenance,
        &result.per_session.provenance,
        &result.downtime_per_session.provenance,
        &result.downtime_total.provenance,
        &schedule.interval_provenance,
        &schedule.final_results_provenance,
    ] {
        for source in provenance.sources() {
            findings.expect(book.source(source).is_some(), || {
                format!("cites {source:?}, which is not among the sources")
            });
        }
    }

    expect_caveats(&mut findings, book, lot_data, result);

    if let (Some(range), false) = (result.total.range, request.tier == NOT_SURE) {
        let not_sure = Request {
            tier: NOT_SURE.to_owned(),
            ..request.clone()
        };
        let whole = estimate(book, &not_sure).and_then(|whole| whole.total.range);
        findings.expect(whole.is_some_and(|whole| whole.contains(&range)), || {
            format!("{range:?} is not inside the \"not sure\" total {whole:?}")
        });
    }
    findings.done()
}

/// The caveats follow from the method, the tier, the price and the patient's answer: an
/// injection always carries the injectable caveat, a condition its own, and the cosmetic one
/// only a topical, aesthetic use; the risk caveat follows the lot's data, never the tier; a
/// missing price is said plainly (as the clinic's when the book is a clinic's), a present one
/// put in context; and none is listed twice.
fn expect_caveats(findings: &mut Findings, book: &PriceBook, lot_data: bool, result: &Estimate) {
    let method = result.method;
    let priced = result.total.range.is_some();
    let clinic = book.is_clinic_book();
    let expected = [
        (
            Caveat::InjectableRegulatory,
            method.category == Category::Injectable,
        ),
        (
            Caveat::ConditionRegulatory,
            method.indication == Indication::Condition,
        ),
        (
            Caveat::TopicalCosmetic,
            method.category == Category::Topical && method.indication == Indication::Aesthetic,
        ),
        (Caveat::UnderStudy, method.under_study),
        (
            Caveat::PlantPotency,
            result.tier.source_cell == SourceCell::Plant,
        ),
        (Caveat::CharacterisationRisk, !lot_data),
        (Caveat::LotDataShown, lot_data),
        (Caveat::NoPublishedPrice, !priced && !clinic),
        (Caveat::NoClinicPrice, !priced && clinic),
        (Caveat::PriceReflectsQuality, priced),
    ];
    for (caveat, shown) in expected {
        findings.expect(result.caveats.contains(&caveat) == shown, || {
            let verb = if shown { "lacks" } else { "has" };
            format!("{verb} the caveat {}", caveat.id())
        });
    }
    findings.expect(
        [
            Caveat::InjectableRegulatory,
            Caveat::ConditionRegulatory,
            Caveat::TopicalCosmetic,
        ]
        .iter()
        .any(|caveat| result.caveats.contains(caveat)),
        || "no regulatory caveat".to_owned(),
    );
    for (index, caveat) in result.caveats.iter().enumerate() {
        findings.expect(!result.caveats[..index].contains(caveat), || {
            format!("the caveat {} twice", caveat.id())
        });
    }
}

/// The promises of one method and tier across the session counts: more sessions never cost
/// less at either end, and a price exists for every count or for none.
pub fn session_count_violations(book: &PriceBook, method: &str, tier: &str) -> Vec<Violation> {
    let mut findings = Findings::new(format!("{method} × {tier}"));
    let totals: Vec<Option<MoneyRange>> = (MIN_SESSIONS..=MAX_SESSIONS)
        .map(|sessions| {
            let request = Request {
                method: method.to_owned(),
                tier: tier.to_owned(),
                sessions,
            };
            estimate(book, &request).and_then(|result| result.total.range)
        })
        .collect();
    for pair in totals.windows(2) {
        if let [Some(fewer), Some(more)] = pair {
            findings.expect(fewer.min <= more.min && fewer.max <= more.max, || {
                format!("{fewer:?} for one session less, then {more:?}")
            });
        }
    }
    findings.expect(
        totals.iter().all(Option::is_some) || totals.iter().all(Option::is_none),
        || format!("a price for some session counts only: {totals:?}"),
    );
    findings.done()
}

// ----- One view -----

fn expect_figure_view(findings: &mut Findings, figure: &FigureView) {
    findings.expect(!figure.label.trim().is_empty(), || {
        "a figure without a label".to_owned()
    });
    findings.expect(!figure.value.trim().is_empty(), || {
        format!("{} has no value", figure.label)
    });
    findings.expect(
        !figure.provenance.is_empty()
            && figure.provenance.iter().all(|line| !line.trim().is_empty()),
        || {
            format!(
                "{} does not say where it comes from: {:?}",
                figure.label, figure.provenance
            )
        },
    );
}

/// The promises of the calculator's view of `raw`: it shows the method and tier the input
/// names or, for one the book lacks or the method does not offer, the first method and "Not
/// sure"; one of each is selected; a count the form refuses gets its message and no estimate,
/// and any other gets an estimate whose every figure has a label, a value and its provenance,
/// marked absent exactly when the estimate has no figure, with the caveats of the estimate,
/// and the injectable caveat a warning that links to the FDA.
pub fn page_violations(book: &PriceBook, raw: &RawInput, page: &PageView) -> Vec<Violation> {
    let mut findings = Findings::new(raw_state(raw));
    let Some(resolved) = resolve(book, raw) else {
        findings.expect(book.methods().is_empty(), || {
            "a book with methods gave no choice".to_owned()
        });
        return findings.done();
    };
    let method = book
        .method(&raw.method)
        .or_else(|| book.methods().first())
        .map(|method| method.id.as_str());
    let offered = book
        .tiers_for(&resolved.method.id)
        .iter()
        .any(|tier| tier.id == raw.tier);
    let tier = if offered { raw.tier.as_str() } else { NOT_SURE };
    findings.expect(
        Some(page.method.as_str()) == method && page.tier == tier,
        || format!("shows {} × {}", page.method, page.tier),
    );
    for (what, options) in [("method", &page.methods), ("tier", &page.tiers)] {
        let selected = options.iter().filter(|option| option.selected).count();
        findings.expect(selected == 1, || {
            format!("{selected} {what} options selected")
        });
    }

    let refused = parse_sessions(&raw.sessions).is_err();
    let view = match &page.result {
        ResultView::Estimate(view) => {
            findings.expect(!refused && page.sessions_error.is_none(), || {
                "an estimate for a session count the form refuses".to_owned()
            });
            view
        }
        ResultView::NeedsInput(text) => {
            findings.expect(refused && page.sessions_error.is_some(), || {
                format!("no estimate for a count the form accepts: {text}")
            });
            findings.expect(!text.trim().is_empty(), || {
                "asks for input in no words".to_owned()
            });
            return findings.done();
        }
    };
    let estimated = resolved
        .request()
        .and_then(|request| estimate_with(book, &request, raw.lot_data()));
    let Some(estimated) = estimated else {
        findings.expect(false, || "a view without an estimate behind it".to_owned());
        return findings.done();
    };

    for figure in view.figures() {
        expect_figure_view(&mut findings, figure);
    }
    findings.expect(
        (view.total.kind == FigureKind::Absent) == estimated.total.range.is_none(),
        || format!("the total is marked {:?}", view.total.kind),
    );
    let shown: Vec<&str> = view.caveats.iter().map(|caveat| caveat.id).collect();
    let expected: Vec<&str> = estimated.caveats.iter().map(|caveat| caveat.id()).collect();
    findings.expect(shown == expected, || {
        format!("shows the caveats {shown:?}, the estimate has {expected:?}")
    });
    for caveat in &view.caveats {
        findings.expect(
            !caveat.title.trim().is_empty() && !caveat.body.trim().is_empty(),
            || format!("the caveat {} has no title or no text", caveat.id),
        );
        if caveat.id == Caveat::InjectableRegulatory.id() {
            findings.expect(
                caveat.warning
                    && !caveat.links.is_empty()
                    && caveat
                        .links
                        .iter()
                        .all(|link| link.url.starts_with("https://www.fda.gov/")),
                || "the injectable caveat is not a warning that links to the FDA".to_owned(),
            );
        }
    }
    findings.expect(view.ask_includes.len() == 3, || {
        format!(
            "{} things to ask the price includes",
            view.ask_includes.len()
        )
    });
    findings.expect(
        !view.summary.trim().is_empty() && !view.as_of.trim().is_empty(),
        || "no summary or no date of the figures".to_owned(),
    );
    findings.done()
}

/// The promises of the planner's view of `input`: a tab per scenario, one of them
/// shown; the timeline and the quote field exactly when the scenario has an estimate; a
/// timeline with a row per session (and one for final results when they are promised), bars
/// and ticks on its axis; a date error only for a date that cannot be used, and the prompt
/// only before the field is used; a quote check for a readable quote, comparing it with the
/// estimate's own total; and a link that restores the shared state exactly.
pub fn planner_violations(
    book: &PriceBook,
    input: &PlannerInput,
    view: &PlannerView,
) -> Vec<Violation> {
    let fallback = RawInput::initial(book);
    let raw = input.current().unwrap_or(&fallback);
    let mut findings = Findings::new(format!(
        "{} in mode {:?} on {:?}, quote {:?}",
        raw_state(raw),
        input.date_mode,
        input.date_text,
        input.quote
    ));
    findings.expect(
        view.tabs.len() == input.scenarios.len()
            && view.tabs.iter().filter(|tab| tab.active).count() == 1,
        || {
            format!(
                "{} tabs for {} scenarios",
                view.tabs.len(),
                input.scenarios.len()
            )
        },
    );

    let estimated = match &view.page.result {
        ResultView::Estimate(estimated) => Some(estimated),
        ResultView::NeedsInput(_) => None,
    };
    findings.expect(
        view.timeline.is_some() == estimated.is_some()
            && view.quote.is_some() == estimated.is_some(),
        || "a timeline or a quote field without an estimate, or the reverse".to_owned(),
    );

    let dated = input.date_mode != DateMode::Undated;
    let empty = input.date_text.trim().is_empty();
    let usable = !dated || Date::parse_iso(&input.date_text).is_ok();
    findings.expect(
        view.dates.error.is_none() == (usable || (empty && !input.date_touched)),
        || format!("the date error {:?}", view.dates.error),
    );
    findings.expect(
        view.dates.prompt.is_some() == (dated && empty && !input.date_touched),
        || format!("the date prompt {:?}", view.dates.prompt),
    );

    if let Some(timeline) = &view.timeline {
        let resolved = resolve(book, raw);
        let sessions = resolved
            .as_ref()
            .and_then(|resolved| resolved.sessions.clone().ok())
            .map_or(0, |count| usize::try_from(count).unwrap_or(usize::MAX));
        // A use under study promises no time for its final results, so it has no row for them.
        let final_row = resolved.is_some_and(|resolved| !resolved.method.under_study);
        let rows = sessions.saturating_add(usize::from(final_row));
        let session_rows = timeline
            .rows
            .iter()
            .filter(|row| row.bars.iter().any(|bar| bar.kind == BarKind::Session))
            .count();
        findings.expect(
            session_rows == sessions
                && timeline.rows.len() == rows
                && timeline.text_alternative.len() == sessions.saturating_add(1),
            || {
                format!(
                    "{} rows ({session_rows} of sessions) and {} sentences for {sessions} sessions",
                    timeline.rows.len(),
                    timeline.text_alternative.len()
                )
            },
        );
        for row in &timeline.rows {
            findings.expect(
                !row.label.trim().is_empty() && !row.when.trim().is_empty(),
                || format!("a row labelled {:?} at {:?}", row.label, row.when),
            );
            for bar in &row.bars {
                findings.expect(
                    bar.start <= bar.firm_end
                        && bar.firm_end <= bar.end
                        && bar.end <= timeline.width
                        && !bar.label.trim().is_empty(),
                    || format!("{}: {bar:?} on an axis of {}", row.label, timeline.width),
                );
            }
        }
        findings.expect(
            timeline.ticks.len() <= MAX_TICKS
                && timeline
                    .ticks
                    .iter()
                    .chain(&timeline.event)
                    .all(|tick| tick.at <= timeline.width && !tick.label.trim().is_empty()),
            || {
                format!(
                    "ticks {:?} on an axis of {}",
                    timeline.ticks, timeline.width
                )
            },
        );
        findings.expect(
            !timeline.caption.trim().is_empty()
                && timeline
                    .text_alternative
                    .iter()
                    .chain(&timeline.notes)
                    .all(|line| !line.trim().is_empty()),
            || "an empty caption or sentence in the timeline".to_owned(),
        );
    }

    if let (Some(quote), Some(estimated)) = (&view.quote, estimated) {
        // An empty field is a prompt, not an error; anything else unreadable is an error.
        let typed = !input.quote.trim().is_empty();
        match parse_quote(&input.quote, book.currency()) {
            Ok(amount) => match &quote.check {
                Some(check) => {
                    findings.expect(check.compared_with == estimated.total, || {
                        "the quote is compared with another range than the estimate's total"
                            .to_owned()
                    });
                    let total = resolve(book, raw)
                        .and_then(|resolved| resolved.request())
                        .and_then(|request| estimate(book, &request))
                        .and_then(|estimate| estimate.total.range);
                    findings.expect(
                        check.position == total.map(|range| position(amount, range)),
                        || format!("the quote is placed {:?}", check.position),
                    );
                    findings.expect(
                        quote.error.is_none()
                            && quote.you_entered.is_some()
                            && !check.headline.trim().is_empty()
                            && !check.explanation.is_empty()
                            && !check.ask.is_empty()
                            && check
                                .explanation
                                .iter()
                                .chain(&check.ask)
                                .all(|line| !line.trim().is_empty()),
                        || format!("the quote check says too little: {check:?}"),
                    );
                }
                None => findings.expect(false, || "a readable quote with no check".to_owned()),
            },
            Err(_) => findings.expect(
                quote.check.is_none() && quote.error.is_some() == typed,
                || format!("an unreadable quote gives {:?}", quote.error),
            ),
        }
    }

    let restored = decode(&view.fragment, book);
    findings.expect(
        restored.state == input.share_state(book) && restored.ignored.is_empty(),
        || {
            format!(
                "the link {:?} restores {:?}, ignoring {:?}",
                view.fragment, restored.state, restored.ignored
            )
        },
    );
    findings.done()
}

// ----- A rejection -----

/// The longest problem message: text from the input is quoted shortened, so a message never
/// grows with the input.
pub const MAX_PROBLEM_CHARS: usize = 1_000;

/// The promises of a rejection: at least one problem, at most
/// [`MAX_PROBLEMS_LISTED`](crate::book::problem::MAX_PROBLEMS_LISTED) and one line counting
/// the rest, each saying something in bounded length.
pub fn problem_violations(problems: &[Problem]) -> Vec<Violation> {
    let mut findings = Findings::new("rejection".to_owned());
    findings.expect(!problems.is_empty(), || {
        "a rejection without a problem".to_owned()
    });
    let most = crate::book::problem::MAX_PROBLEMS_LISTED + 1;
    findings.expect(problems.len() <= most, || {
        format!("{} problems, past the cap of {most}", problems.len())
    });
    for problem in problems {
        let length = problem.message.chars().count();
        findings.expect(
            !problem.message.trim().is_empty() && length <= MAX_PROBLEM_CHARS,
            || format!("a message of {length} characters at {:?}", problem.path),
        );
    }
    findings.done()
}

// ----- Everything -----

/// Every promise of the table, in every state of [`page_states`] and [`fallback_states`]:
/// the table itself, each estimate (with and without the lot's data), each method and tier
/// across the session counts, every method and tier of the book estimated directly (offered
/// or not), and the calculator's view of each state, its money in the plain format.
pub fn whole_book_violations(book: &PriceBook, lang: Lang) -> Vec<Violation> {
    let mut found = book_violations(book);
    let money = PlainFormatter::new(book.currency());
    for method in book.methods() {
        for tier in book.tiers_for(&method.id) {
            found.extend(session_count_violations(book, &method.id, &tier.id));
        }
        // A request may name any tier of the book, offered or not; each gives an estimate
        // whose view can be built.
        for tier in book.tiers() {
            for sessions in MIN_SESSIONS..=MAX_SESSIONS {
                let request = Request {
                    method: method.id.clone(),
                    tier: tier.id.clone(),
                    sessions,
                };
                match estimate(book, &request) {
                    Some(result) => {
                        let _view = estimate_view(&result, &money, lang);
                    }
                    None => found.push(Violation {
                        state: request_state(&request),
                        message: "no estimate for a method and tier of the book".to_owned(),
                    }),
                }
            }
        }
    }
    for raw in page_states(book) {
        let request = resolve(book, &raw).and_then(|resolved| resolved.request());
        if let Some(request) = request {
            match estimate_with(book, &request, raw.lot_data()) {
                Some(result) => {
                    found.extend(estimate_violations(book, &request, raw.lot_data, &result))
                }
                None => found.push(Violation {
                    state: raw_state(&raw),
                    message: "no estimate for a state of the walk".to_owned(),
                }),
            }
        }
        found.extend(page_violations(
            book,
            &raw,
            &page_view(book, &raw, &money, lang),
        ));
    }
    for raw in fallback_states(book) {
        found.extend(page_violations(
            book,
            &raw,
            &page_view(book, &raw, &money, lang),
        ));
    }
    found
}

/// Every promise of the planner in every state of [`planner_states`] on `today`, its money
/// and dates in the plain formats.
pub fn whole_planner_violations(book: &PriceBook, today: Date, lang: Lang) -> Vec<Violation> {
    let money = PlainFormatter::new(book.currency());
    planner_states(book, today)
        .flat_map(|input| {
            let view = planner_view(book, &input, today, &money, &PlainDateFormat, lang);
            planner_violations(book, &input, &view)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    //! The checks find what they promise to find: each is shown a state broken on purpose.
    //! Only the core can build a broken book (its fields are private), so these live here.

    use super::*;
    use crate::money::PlainFormatter;

    fn book() -> PriceBook {
        PriceBook::published()
    }

    fn found(violations: &[Violation], words: &str) -> bool {
        violations
            .iter()
            .any(|violation| violation.message.contains(words))
    }

    fn request(method: &str, tier: &str, sessions: u32) -> Request {
        Request {
            method: method.to_owned(),
            tier: tier.to_owned(),
            sessions,
        }
    }

    #[test]
    fn the_published_book_keeps_its_promises_in_the_calculator() {
        let book = book();
        let violations: Vec<Violation> = Lang::BUILT
            .iter()
            .flat_map(|&lang| whole_book_violations(&book, lang))
            .collect();
        assert!(violations.is_empty(), "{}", listing(&violations));
    }

    #[test]
    fn a_reversed_price_and_an_unknown_source_in_the_table_are_found() {
        let mut book = book();
        let Some(OfferPrice::Quoted { single, .. }) = book
            .offers
            .iter_mut()
            .map(|offer| &mut offer.price)
            .find(|price| matches!(price, OfferPrice::Quoted { .. }))
        else {
            panic!("the published book quotes a price");
        };
        single.range = MoneyRange::new(single.range.max + 1, single.range.max);
        single.source = "nowhere".to_owned();
        let violations = book_violations(&book);
        assert!(found(&violations, "single MoneyRange"), "{violations:?}");
        assert!(
            found(
                &violations,
                "cites \"nowhere\", which is not among the sources"
            ),
            "{violations:?}"
        );
    }

    #[test]
    fn an_injection_without_its_caveat_is_found() {
        let book = book();
        let asked = request("injection", "msc-injectable", 2);
        let Some(mut result) = estimate(&book, &asked) else {
            panic!("an estimate for the injection");
        };
        assert!(estimate_violations(&book, &asked, false, &result).is_empty());
        result
            .caveats
            .retain(|caveat| *caveat != Caveat::InjectableRegulatory);
        result.total.range = result
            .total
            .range
            .map(|range| MoneyRange::new(range.max, 0));
        let violations = estimate_violations(&book, &asked, false, &result);
        assert!(
            found(&violations, "lacks the caveat injectable-regulatory"),
            "{violations:?}"
        );
        assert!(found(&violations, "total MoneyRange"), "{violations:?}");
        // The same estimate, checked as if the patient had seen the lot's data, has the wrong
        // risk caveat.
        let violations = estimate_violations(&book, &asked, true, &result);
        assert!(
            found(&violations, "lacks the caveat lot-data-shown"),
            "{violations:?}"
        );
    }

    #[test]
    fn more_sessions_for_less_is_found() {
        let mut book = book();
        for offer in &mut book.offers {
            if let OfferPrice::Quoted {
                series: Some(series),
                ..
            } = &mut offer.price
            {
                series.quote.range = MoneyRange::new(1, 1);
            }
        }
        let violations = session_count_violations(&book, "microneedling", NOT_SURE);
        assert!(found(&violations, "for one session less"), "{violations:?}");
    }

    #[test]
    fn a_figure_that_does_not_say_where_it_comes_from_is_found() {
        let book = book();
        let money = PlainFormatter::new(book.currency());
        let Some(raw) = page_states(&book).next() else {
            panic!("the walk has states");
        };
        let mut page = page_view(&book, &raw, &money, Lang::En);
        assert!(page_violations(&book, &raw, &page).is_empty());
        let ResultView::Estimate(view) = &mut page.result else {
            panic!("the first state has an estimate");
        };
        view.total.provenance.clear();
        view.caveats.pop();
        page.tier = "somewhere-else".to_owned();
        let violations = page_violations(&book, &raw, &page);
        assert!(
            found(&violations, "does not say where it comes from"),
            "{violations:?}"
        );
        assert!(found(&violations, "shows the caveats"), "{violations:?}");
        assert!(found(&violations, "somewhere-else"), "{violations:?}");
    }

    #[test]
    fn a_refused_count_with_an_estimate_is_found() {
        let book = book();
        let money = PlainFormatter::new(book.currency());
        let Some(refused) = fallback_states(&book).find(|raw| raw.sessions == "abc") else {
            panic!("the fall-backs refuse \"abc\"");
        };
        let Some(counted) = page_states(&book).next() else {
            panic!("the walk has states");
        };
        let page = page_view(&book, &counted, &money, Lang::En);
        let violations = page_violations(&book, &refused, &page);
        assert!(found(&violations, "the form refuses"), "{violations:?}");
    }

    #[test]
    fn a_link_that_restores_another_plan_and_a_misplaced_quote_are_found() {
        let book = book();
        let Some(today) = Date::EPOCH.add_days(20_000) else {
            panic!("a day in range");
        };
        let money = PlainFormatter::new(book.currency());
        let Some(input) = planner_states(&book, today).find(|input| !input.quote.is_empty()) else {
            panic!("the walk types quotes");
        };
        let mut view = planner_view(&book, &input, today, &money, &PlainDateFormat, Lang::En);
        assert!(planner_violations(&book, &input, &view).is_empty());
        view.fragment = "v1&s=injection".to_owned();
        if let Some(check) = view.quote.as_mut().and_then(|quote| quote.check.as_mut()) {
            check.position = None;
        }
        let violations = planner_violations(&book, &input, &view);
        assert!(found(&violations, "the link"), "{violations:?}");
        assert!(found(&violations, "the quote is placed"), "{violations:?}");
    }

    #[test]
    fn a_rejection_without_a_problem_or_past_the_cap_is_found() {
        assert!(found(&problem_violations(&[]), "without a problem"));
        let problem = Problem {
            path: "name".to_owned(),
            message: "is required".to_owned(),
        };
        assert!(problem_violations(std::slice::from_ref(&problem)).is_empty());
        let flood = vec![problem; 52];
        assert!(found(&problem_violations(&flood), "past the cap"));
    }

    #[test]
    fn quote_amounts_reach_every_position_a_whole_amount_can() {
        let range = MoneyRange::new(200_000, 400_000);
        let amounts = quote_amounts(Some(range), "USD");
        let positions: Vec<QuotePosition> = amounts
            .iter()
            .map(|amount| position(*amount, range))
            .collect();
        assert_eq!(
            positions,
            [
                QuotePosition::FarBelow,
                QuotePosition::Below,
                QuotePosition::Within,
                QuotePosition::Above,
                QuotePosition::FarAbove
            ]
        );
        assert!(amounts.iter().all(|amount| amount % 100 == 0));
        assert_eq!(typed_amount(amounts[2], "USD"), "2000");
        // Nothing is below zero and nothing whole lies inside an empty range: only far above.
        assert_eq!(quote_amounts(Some(MoneyRange::new(0, 0)), "USD"), [100]);
        assert_eq!(quote_amounts(None, "KRW"), [1_000]);
    }
}
