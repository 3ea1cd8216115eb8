//! The plain objects exchanged with a clinic's own JavaScript: the answer of
//! `ExosomeEstimator.estimate(config, {method, tier, sessions})` and the detail of the
//! `plan-change` event. They derive `serde::Serialize`, so the shell hands them to JavaScript
//! with serde-wasm-bindgen as they are; their field names are the public API described in
//! `widget/exosome-estimator.d.ts`.
//!
//! A request is read from JSON with paths like a configuration, so a bad one gets the same
//! kind of `{path, message}` problems, and no figures.

#[cfg(feature = "clinic")]
use crate::clinic_config::{quoted, ClinicConfig};
#[cfg(feature = "clinic")]
use crate::estimate::{estimate, DowntimeAmount, DowntimeFigure, PriceFigure, Provenance, Rule};
use crate::form::resolve;
#[cfg(feature = "clinic")]
use crate::json_reader::{kind_of, number_or_kind, Problem, Problems};
#[cfg(feature = "clinic")]
use crate::lang::Lang;
#[cfg(feature = "clinic")]
use crate::limits::{MAX_SESSIONS, MIN_SESSIONS};
#[cfg(feature = "clinic")]
use crate::money::MoneyFormat;
use crate::planner::PlannerInput;
use crate::price_book::PriceBook;
#[cfg(feature = "clinic")]
use crate::price_book::{TimeUnit, NOT_SURE};
#[cfg(feature = "clinic")]
use crate::view::{book_text, estimate_view, method_name, tier_name, FigureView};
#[cfg(feature = "clinic")]
use serde::Serialize;
#[cfg(feature = "clinic")]
use serde_json::Value;

/// The path of problems with the request as a whole and the prefix of its fields.
#[cfg(feature = "clinic")]
pub const REQUEST_PATH: &str = "plan";

/// The `plan-change` event's detail: the plan's choices and nothing typed.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "clinic", derive(Serialize))]
pub struct PlanChange {
    pub method: String,
    pub tier: String,
    pub sessions: u32,
}

/// The plan shown, when its session count is valid: what a `plan-change` event reports.
pub fn plan_change(book: &PriceBook, input: &PlannerInput) -> Option<PlanChange> {
    let request = resolve(book, input.current()?)?.request()?;
    Some(PlanChange {
        method: request.method,
        tier: request.tier,
        sessions: request.sessions,
    })
}

/// One problem, as JavaScript receives it.
#[cfg(feature = "clinic")]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ApiProblem {
    pub path: String,
    pub message: String,
}

/// The answer for a bad configuration or request: every problem, no figures.
#[cfg(feature = "clinic")]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ApiProblems {
    pub problems: Vec<ApiProblem>,
}

#[cfg(feature = "clinic")]
impl ApiProblems {
    pub fn from_problems(problems: &[Problem]) -> ApiProblems {
        ApiProblems {
            problems: problems
                .iter()
                .map(|problem| ApiProblem {
                    path: problem.path.clone(),
                    message: problem.message.clone(),
                })
                .collect(),
        }
    }
}

#[cfg(feature = "clinic")]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ApiChoice {
    pub id: String,
    pub name: String,
}

/// Where a figure comes from: `kind` is `quoted`, `derived` or `absent`; `rules` are rule ids
/// in the order applied; `text` is the sentences the page prints beside the figure.
#[cfg(feature = "clinic")]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ApiProvenance {
    pub kind: &'static str,
    pub sources: Vec<String>,
    pub rules: Vec<String>,
    pub text: Vec<String>,
}

/// A money range in minor units (`null` where no source has a figure) and as the page shows it.
#[cfg(feature = "clinic")]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ApiMoney {
    pub min: Option<u64>,
    pub max: Option<u64>,
    pub formatted: String,
    pub provenance: ApiProvenance,
}

/// Downtime: `kind` is `range`, `not-quantified` or `not-published`.
#[cfg(feature = "clinic")]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ApiDowntime {
    pub kind: &'static str,
    pub min: Option<u32>,
    pub max: Option<u32>,
    pub unit: Option<&'static str>,
    pub effects: Vec<String>,
    pub formatted: String,
    pub provenance: ApiProvenance,
}

#[cfg(feature = "clinic")]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ApiWeeks {
    pub min: u32,
    pub max: u32,
}

#[cfg(feature = "clinic")]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ApiSchedule {
    /// The week of each session, from week 0.
    pub session_weeks: Vec<u32>,
    pub interval_weeks: u32,
    /// The weeks in which results may keep developing after the last session; absent (null)
    /// for a treatment only under study, for which no such date is promised.
    pub final_results_weeks: Option<ApiWeeks>,
    pub note: String,
    pub provenance: ApiProvenance,
}

#[cfg(feature = "clinic")]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ApiCaveat {
    pub id: &'static str,
    pub title: &'static str,
    pub text: &'static str,
}

/// Everything `ExosomeEstimator.estimate` returns for a good request.
#[cfg(feature = "clinic")]
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ApiEstimate {
    pub currency: String,
    pub locale: String,
    /// `published` or `clinic`.
    pub prices: &'static str,
    pub prices_label: String,
    pub method: ApiChoice,
    pub tier: ApiChoice,
    pub sessions: u32,
    pub summary: String,
    pub total: ApiMoney,
    pub per_session: ApiMoney,
    pub downtime_per_session: ApiDowntime,
    pub downtime_total: ApiDowntime,
    pub schedule: ApiSchedule,
    pub caveats: Vec<ApiCaveat>,
    pub as_of: String,
    pub disclaimer: &'static str,
}

/// The estimate for `request` (parsed JSON, `{method, tier, sessions}`) under `config`, or
/// every problem with the request, each at `plan.<field>`.
#[cfg(feature = "clinic")]
pub fn api_estimate(
    config: &ClinicConfig,
    request: &Value,
    money: &dyn MoneyFormat,
) -> Result<ApiEstimate, Vec<Problem>> {
    let book = &config.book;
    let chosen = read_request(book, request)?;
    let Some(estimate) = estimate(book, &chosen) else {
        return Err(vec![problem(REQUEST_PATH, "could not be estimated")]);
    };
    // The API answers in the language the widget would speak for this configuration.
    let lang = config.language();
    let view = estimate_view(&estimate, money, lang);
    Ok(ApiEstimate {
        currency: book.currency.clone(),
        locale: config.locale.clone(),
        prices: if book.is_clinic_book() {
            "clinic"
        } else {
            "published"
        },
        prices_label: view.price_label.clone(),
        method: ApiChoice {
            id: estimate.method.id.clone(),
            name: method_name(book, estimate.method, lang).to_owned(),
        },
        tier: ApiChoice {
            id: estimate.tier.id.clone(),
            name: tier_name(book, estimate.tier, lang).to_owned(),
        },
        sessions: estimate.sessions,
        summary: view.summary.clone(),
        total: money_of(&estimate.total, &view.total),
        per_session: money_of(&estimate.per_session, &view.per_session),
        downtime_per_session: downtime_of(
            book,
            lang,
            &estimate.downtime_per_session,
            &view.downtime_per_session,
        ),
        downtime_total: downtime_of(book, lang, &estimate.downtime_total, &view.downtime_total),
        schedule: ApiSchedule {
            session_weeks: estimate.schedule.session_weeks.clone(),
            interval_weeks: estimate.schedule.interval_weeks,
            final_results_weeks: estimate.schedule.final_results.map(|weeks| ApiWeeks {
                min: weeks.min,
                max: weeks.max,
            }),
            note: view.schedule_note.clone(),
            provenance: provenance_of(
                &estimate.schedule.interval_provenance,
                vec![view.schedule_note.clone()],
            ),
        },
        caveats: view
            .caveats
            .iter()
            .map(|caveat| ApiCaveat {
                id: caveat.id,
                title: caveat.title,
                text: caveat.body,
            })
            .collect(),
        as_of: view.as_of.clone(),
        disclaimer: view.disclaimer,
    })
}

#[cfg(feature = "clinic")]
fn problem(path: &str, message: impl Into<String>) -> Problem {
    Problem {
        path: path.to_owned(),
        message: message.into(),
    }
}

#[cfg(feature = "clinic")]
fn read_request(book: &PriceBook, request: &Value) -> Result<crate::Request, Vec<Problem>> {
    let Value::Object(map) = request else {
        return Err(vec![problem(
            REQUEST_PATH,
            format!(
                "must be an object such as {{ method: \"{}\", tier: \"{NOT_SURE}\", sessions: 3 }}, found {}",
                book.methods.first().map_or("…", |method| method.id.as_str()),
                kind_of(request)
            ),
        )]);
    };
    let mut problems = Problems::default();
    let path = |field: &str| format!("{REQUEST_PATH}.{field}");
    for key in map.keys() {
        if !["method", "tier", "sessions"].contains(&key.as_str()) {
            problems.push(
                &path(&crate::json_reader::shorten(key, 40)),
                "is not a known field (known fields: method, tier, sessions)",
            );
        }
    }
    let ids = |list: Vec<&str>| list.join(", ");
    let method_ids = ids(book.methods.iter().map(|m| m.id.as_str()).collect());
    let method = match map.get("method") {
        None | Some(Value::Null) => {
            problems.push(&path("method"), format!("is required: one of {method_ids}"));
            None
        }
        Some(Value::String(id)) => match book.method(id) {
            Some(method) => Some(method),
            None => {
                problems.push(
                    &path("method"),
                    format!(
                        "{} is not a method of this price book (methods: {method_ids})",
                        quoted(id, 40)
                    ),
                );
                None
            }
        },
        Some(other) => {
            problems.push(
                &path("method"),
                format!(
                    "must be text, one of {method_ids}; found {}",
                    kind_of(other)
                ),
            );
            None
        }
    };
    let tier = match (map.get("tier"), method) {
        (None | Some(Value::Null), _) => Some(NOT_SURE.to_owned()),
        (Some(Value::String(id)), Some(method)) => {
            let offered = book.tiers_for(&method.id);
            if offered.iter().any(|tier| tier.id == *id) {
                Some(id.clone())
            } else {
                problems.push(
                    &path("tier"),
                    format!(
                        "{} is not a product type offered for {} (offered: {})",
                        quoted(id, 40),
                        method.id,
                        ids(offered.iter().map(|tier| tier.id.as_str()).collect())
                    ),
                );
                None
            }
        }
        (Some(Value::String(_)), None) => None,
        (Some(other), _) => {
            problems.push(
                &path("tier"),
                format!("must be text, a product type id; found {}", kind_of(other)),
            );
            None
        }
    };
    let range = format!("from {MIN_SESSIONS} to {MAX_SESSIONS}");
    let sessions = match map.get("sessions") {
        None | Some(Value::Null) => {
            problems.push(
                &path("sessions"),
                format!("is required: a whole number {range}"),
            );
            None
        }
        Some(value) => match value.as_u64() {
            Some(count) if (u64::from(MIN_SESSIONS)..=u64::from(MAX_SESSIONS)).contains(&count) => {
                u32::try_from(count).ok()
            }
            Some(count) => {
                problems.push(
                    &path("sessions"),
                    format!(
                        "{count} is outside {range}: beyond that the sources support no figure"
                    ),
                );
                None
            }
            None => {
                let found = number_or_kind(value);
                problems.push(
                    &path("sessions"),
                    format!("must be a whole number {range}, found {found}"),
                );
                None
            }
        },
    };
    match (method, tier, sessions) {
        (Some(method), Some(tier), Some(sessions)) if problems.is_empty() => Ok(crate::Request {
            method: method.id.clone(),
            tier,
            sessions,
        }),
        _ => Err(problems.into_vec()),
    }
}

/// The message for an `estimate` configuration that is neither an object nor JSON text.
#[cfg(feature = "clinic")]
pub fn given_config_problem(kind: &str) -> Problem {
    let what = match kind {
        "function" => "a function",
        "symbol" => "a Symbol",
        "number" => "a number",
        "boolean" => "true or false",
        "bigint" => "a BigInt",
        "unserialisable" => "an object that cannot be turned into JSON",
        _ => "a value of an unknown kind",
    };
    problem(
        crate::clinic_config::CONFIG_PATH,
        format!("ExosomeEstimator.estimate(config, plan) was given {what}, which is not a configuration: give an object or its JSON text, or leave it out (or null) for the published figures"),
    )
}

#[cfg(feature = "clinic")]
fn rule_id(rule: &Rule) -> String {
    match rule {
        Rule::SeriesThenSingles { .. } => "series-then-singles".to_owned(),
        Rule::SingleTimesSessions => "single-times-sessions".to_owned(),
        Rule::TierBand { .. } => "tier-band".to_owned(),
        Rule::SpanOfTiers { .. } => "span-of-tiers".to_owned(),
        Rule::PerSession => "per-session".to_owned(),
        Rule::DowntimeTimesSessions => "downtime-times-sessions".to_owned(),
        Rule::Book(rule) => rule.id().to_owned(),
        Rule::LastSessionPlusResults => "last-session-plus-results".to_owned(),
    }
}

#[cfg(feature = "clinic")]
fn provenance_of(provenance: &Provenance, text: Vec<String>) -> ApiProvenance {
    let (kind, rules) = match provenance {
        Provenance::Quoted { .. } => ("quoted", Vec::new()),
        Provenance::Derived { rules, .. } => ("derived", rules.iter().map(rule_id).collect()),
        Provenance::Absent => ("absent", Vec::new()),
    };
    ApiProvenance {
        kind,
        sources: provenance.sources().to_vec(),
        rules,
        text,
    }
}

#[cfg(feature = "clinic")]
fn money_of(figure: &PriceFigure, view: &FigureView) -> ApiMoney {
    ApiMoney {
        min: figure.range.map(|range| range.min),
        max: figure.range.map(|range| range.max),
        formatted: view.value.clone(),
        provenance: provenance_of(&figure.provenance, view.provenance.clone()),
    }
}

#[cfg(feature = "clinic")]
fn downtime_of(
    book: &PriceBook,
    lang: Lang,
    figure: &DowntimeFigure,
    view: &FigureView,
) -> ApiDowntime {
    let (kind, min, max, unit, effects) = match &figure.amount {
        DowntimeAmount::Range { min, max, unit } => (
            "range",
            Some(*min),
            Some(*max),
            Some(match unit {
                TimeUnit::Hours => "hours",
                TimeUnit::Days => "days",
            }),
            Vec::new(),
        ),
        DowntimeAmount::NotQuantified { effects } => {
            // The reactions in the widget's language, as the card names them.
            let effects = effects
                .iter()
                .map(|effect| book_text(book, effect, lang).to_owned())
                .collect();
            ("not-quantified", None, None, None, effects)
        }
        DowntimeAmount::NotPublished => ("not-published", None, None, None, Vec::new()),
    };
    ApiDowntime {
        kind,
        min,
        max,
        unit,
        effects,
        formatted: view.value.clone(),
        provenance: provenance_of(&figure.provenance, view.provenance.clone()),
    }
}
