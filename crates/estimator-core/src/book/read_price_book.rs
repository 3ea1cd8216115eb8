//! Reading a price book: [`PriceBook::from_json`] reads a document field by field, records
//! every problem at its path, and runs the checks that span entries (`check_price_book.rs`).
//! Only the widget and a clinic's single file read a book; the page uses the published one,
//! compiled in, so this module is behind the `clinic` feature (and `build.rs` includes it to
//! read the published book at build time).

use super::check_price_book::{
    amount_in, check_condition_name, check_offer_consistency, check_series_against_single,
    check_unique_ids, read_currency,
};
use super::problem::cap_problems;
use crate::json_reader::{index_path, quote_value, shorten, ObjectReader, Problem, Problems};
use crate::limits::MAX_SERIES_SESSIONS;
use crate::money::MoneyRange;
use crate::price_book::*;
use serde_json::Value;
use std::collections::HashSet;

impl PriceBook {
    /// Parses and validates a price book, returning every problem found.
    pub fn from_json(text: &str) -> Result<PriceBook, Vec<Problem>> {
        let value: Value = serde_json::from_str(text).map_err(|error| {
            vec![Problem {
                path: String::new(),
                message: format!("is not valid JSON ({error})"),
            }]
        })?;
        PriceBook::from_value(&value, "")
    }

    /// Validates an already parsed JSON value found at `path` (empty for a whole document),
    /// listing at most [`MAX_PROBLEMS_LISTED`](super::problem::MAX_PROBLEMS_LISTED) problems and counting the rest in one more.
    pub fn from_value(value: &Value, path: &str) -> Result<PriceBook, Vec<Problem>> {
        PriceBook::read_every_problem(value, path).map_err(|list| cap_problems(list, path))
    }

    /// Like [`PriceBook::from_value`], but lists every problem, for a reader that adds its own
    /// and caps the whole list once (a clinic's configuration).
    pub(crate) fn read_every_problem(value: &Value, path: &str) -> Result<PriceBook, Vec<Problem>> {
        let mut problems = Problems::default();
        let book = read_book(value, path, &mut problems);
        match book {
            Some(book) if problems.is_empty() => Ok(book),
            _ => {
                let mut list = problems.into_vec();
                if list.is_empty() {
                    list.push(Problem {
                        path: path.to_owned(),
                        message: "could not be read".to_owned(),
                    });
                }
                Err(list)
            }
        }
    }
}

fn read_book(value: &Value, path: &str, problems: &mut Problems) -> Option<PriceBook> {
    let root = ObjectReader::new(value, path, problems)?;
    root.reject_unknown(
        &[
            "$schema",
            "$comment",
            "schema_version",
            "name",
            "currency",
            "as_of",
            "sources",
            "protocol",
            "methods",
            "tiers",
            "offers",
        ],
        problems,
    );
    if let Some(version) = root.required("schema_version", problems) {
        if version.as_u64() != Some(SCHEMA_VERSION) {
            let message = if version.is_u64() {
                format!(
                    "{} is not supported; this estimator reads version {SCHEMA_VERSION}",
                    quote_value(version)
                )
            } else {
                format!(
                    "must be the number {SCHEMA_VERSION}, found {}",
                    quote_value(version)
                )
            };
            problems.push(&root.path_of("schema_version"), message);
        }
    }
    let name = root.required_string("name", problems);
    let currency = root
        .required_string("currency", problems)
        .and_then(|code| read_currency(&code, &root.path_of("currency"), problems));
    let as_of = root.optional_string("as_of", problems);

    let sources = read_list(&root, "sources", problems, read_source);
    check_unique_ids(&root.path_of("sources"), &sources, |s| &s.id, problems);
    let sources = without_indices(sources);
    let source_ids: HashSet<&str> = sources.iter().map(|s| s.id.as_str()).collect();
    let declared_sources = declared_ids(&root, "sources");
    let declared_methods = declared_ids(&root, "methods");
    let declared_tiers = declared_ids(&root, "tiers");
    let known = Known {
        sources: &source_ids,
        declared_sources: &declared_sources,
        declared_methods: &declared_methods,
        declared_tiers: &declared_tiers,
        currency: currency.as_deref(),
    };

    let protocol = root
        .required("protocol", problems)
        .and_then(|value| read_protocol(value, &root.path_of("protocol"), &known, problems));
    let methods = read_list(&root, "methods", problems, |v, p, pr| {
        read_method(v, p, &known, pr)
    });
    check_unique_ids(&root.path_of("methods"), &methods, |m| &m.id, problems);
    let methods = without_indices(methods);
    // Only for a list that is really empty: when its entries failed to read, each has its own
    // problem already, and "at least one" would be a false second one.
    let listed_methods = root
        .optional("methods")
        .and_then(Value::as_array)
        .map(Vec::len);
    if methods.is_empty() && listed_methods == Some(0) {
        problems.push(&root.path_of("methods"), "must list at least one method");
    }
    let tiers = read_list(&root, "tiers", problems, read_tier);
    check_unique_ids(&root.path_of("tiers"), &tiers, |t| &t.id, problems);
    let mut tiers = without_indices(tiers);
    if !tiers.iter().any(|tier| tier.id == NOT_SURE) {
        // "Not sure" is offered by every method, so a book need not list it.
        tiers.insert(
            0,
            Tier {
                id: NOT_SURE.to_owned(),
                name: "Not sure".to_owned(),
                source_cell: SourceCell::Unknown,
            },
        );
    }
    let price_lists: HashSet<&str> = sources
        .iter()
        .filter(|source| source.kind.is_price_list())
        .map(|source| source.id.as_str())
        .collect();
    let offers = read_offers(&root, &methods, &tiers, &known, &price_lists, problems);

    Some(PriceBook {
        name: name?,
        currency: currency?,
        as_of,
        sources,
        protocol: protocol?,
        methods,
        tiers,
        offers,
    })
}

/// The ids a document has declared, for checking references to them.
struct Known<'a> {
    sources: &'a HashSet<&'a str>,
    /// Every id written in each list, including entries that could not be read. A reference to
    /// such an entry is not reported: the entry's own problem already is, and saying the id
    /// does not exist would send the reader looking for the wrong mistake.
    declared_sources: &'a HashSet<String>,
    declared_methods: &'a HashSet<String>,
    declared_tiers: &'a HashSet<String>,
    /// The book's currency, when it is a valid code: amounts in messages are shown in it.
    currency: Option<&'a str>,
}

/// The `id` text of every entry of a list in the document, whether or not the entry is valid.
fn declared_ids(root: &ObjectReader, field: &str) -> HashSet<String> {
    root.optional(field)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|item| item.get("id")?.as_str())
        .map(|id| id.trim().to_owned())
        .collect()
}

impl Known<'_> {
    fn check_source(&self, id: &str, path: &str, problems: &mut Problems) {
        if !self.sources.contains(id) && !self.declared_sources.contains(id) {
            problems.push(
                path,
                format!(
                    "\"{}\" is not the id of any entry in sources",
                    shorten(id, 40)
                ),
            );
        }
    }
}

/// How many entries each list of a book may hold. The limits are far above what a clinic
/// lists (the published book has 4 methods and 5 tiers) and keep the largest valid book fast:
/// every change of a control estimates each offered tier of the chosen method.
fn max_entries(field: &str) -> Option<usize> {
    match field {
        "sources" => Some(MAX_SOURCES),
        "methods" => Some(MAX_METHODS),
        "tiers" => Some(MAX_TIERS),
        "offers" => Some(MAX_OFFERS),
        _ => None,
    }
}

/// Reads every entry of a list, keeping each readable one with its index in the document, so
/// that later checks report the path the reader can find even when earlier entries were
/// skipped.
fn read_list<T>(
    root: &ObjectReader,
    field: &str,
    problems: &mut Problems,
    read_item: impl Fn(&Value, &str, &mut Problems) -> Option<T>,
) -> Vec<(usize, T)> {
    let Some(items) = root.required_array(field, problems) else {
        return Vec::new();
    };
    let list_path = root.path_of(field);
    if let Some(limit) = max_entries(field).filter(|limit| items.len() > *limit) {
        problems.push(
            &list_path,
            format!(
                "lists {} entries; a price book holds at most {limit} (see the limits in EMBEDDING.md)",
                items.len()
            ),
        );
        return Vec::new();
    }
    items
        .iter()
        .enumerate()
        .filter_map(|(index, item)| {
            read_item(item, &index_path(&list_path, index), problems).map(|read| (index, read))
        })
        .collect()
}

fn without_indices<T>(items: Vec<(usize, T)>) -> Vec<T> {
    items.into_iter().map(|(_, item)| item).collect()
}

/// Ids are short lowercase words joined by hyphens, so they are safe in URLs and messages.
fn read_id(object: &ObjectReader, field: &str, problems: &mut Problems) -> Option<String> {
    let id = object.required_string(field, problems)?;
    let valid = id.len() <= 40
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if valid {
        Some(id)
    } else {
        problems.push(
            &object.path_of(field),
            format!(
                "\"{}\" is not a valid id (use up to 40 lowercase letters, digits and hyphens)",
                shorten(&id, 40)
            ),
        );
        None
    }
}

fn read_source(value: &Value, path: &str, problems: &mut Problems) -> Option<Source> {
    let object = ObjectReader::new(value, path, problems)?;
    object.reject_unknown(
        &["id", "kind", "title", "publisher", "year", "url"],
        problems,
    );
    let id = read_id(&object, "id", problems);
    let kind = match object.required_string("kind", problems).as_deref() {
        Some("published") => Some(SourceKind::Published),
        Some("clinic") => Some(SourceKind::Clinic),
        Some("example") => Some(SourceKind::Example),
        Some(other) => {
            problems.push(
                &object.path_of("kind"),
                format!(
                    "\"{}\" is not a source kind (use \"published\", \"clinic\" or \"example\")",
                    shorten(other, 30)
                ),
            );
            None
        }
        None => None,
    };
    let title = object.required_string("title", problems);
    let publisher = object.required_string("publisher", problems);
    let year = match object.optional("year") {
        Some(_) => object
            .required_whole("year", "years", 9999, problems)
            .and_then(|year| u16::try_from(year).ok()),
        None => None,
    };
    let url = object.optional_string("url", problems).and_then(|url| {
        if url.starts_with("https://") || url.starts_with("http://") {
            Some(url)
        } else {
            problems.push(
                &object.path_of("url"),
                "must start with https:// or http://",
            );
            None
        }
    });
    Some(Source {
        id: id?,
        kind: kind?,
        title: title?,
        publisher: publisher?,
        year,
        url,
    })
}

fn read_count_range(
    object: &ObjectReader,
    field: &str,
    what: &str,
    known: &Known,
    problems: &mut Problems,
) -> Option<CountRange> {
    let value = object.required(field, problems)?;
    let range = ObjectReader::new(value, &object.path_of(field), problems)?;
    range.reject_unknown(&["min", "max", "source"], problems);
    let min = range.required_whole("min", what, 520, problems);
    let max = range.required_whole("max", what, 520, problems);
    let source = range.required_string("source", problems);
    if let Some(source) = &source {
        known.check_source(source, &range.path_of("source"), problems);
    }
    let (min, max) = (min?, max?);
    if max < min {
        problems.push(&range.path_of("max"), format!("{max} is below min {min}"));
        return None;
    }
    Some(CountRange {
        min: u32::try_from(min).ok()?,
        max: u32::try_from(max).ok()?,
        source: source?,
    })
}

fn read_protocol(
    value: &Value,
    path: &str,
    known: &Known,
    problems: &mut Problems,
) -> Option<Protocol> {
    let object = ObjectReader::new(value, path, problems)?;
    object.reject_unknown(&["typical_sessions", "results_weeks"], problems);
    let typical_sessions =
        read_count_range(&object, "typical_sessions", "sessions", known, problems);
    let results_weeks = read_count_range(&object, "results_weeks", "weeks", known, problems);
    if let Some(typical) = &typical_sessions {
        if typical.min == 0 {
            problems.push(
                &format!("{}.min", object.path_of("typical_sessions")),
                "must be at least 1",
            );
        }
    }
    Some(Protocol {
        typical_sessions: typical_sessions?,
        results_weeks: results_weeks?,
    })
}

fn read_method(
    value: &Value,
    path: &str,
    known: &Known,
    problems: &mut Problems,
) -> Option<Method> {
    let object = ObjectReader::new(value, path, problems)?;
    object.reject_unknown(
        &[
            "id",
            "name",
            "category",
            "indication",
            "under_study",
            "downtime",
            "interval_weeks",
        ],
        problems,
    );
    let id = read_id(&object, "id", problems);
    let name = object.required_string("name", problems);
    let category = match object.required_string("category", problems).as_deref() {
        Some("topical") => Some(Category::Topical),
        Some("injectable") => Some(Category::Injectable),
        Some("unspecified") => Some(Category::Unspecified),
        Some(other) => {
            problems.push(
                &object.path_of("category"),
                format!(
                    "\"{}\" is not a category (use \"topical\", \"injectable\" or \"unspecified\")",
                    shorten(other, 30)
                ),
            );
            None
        }
        None => None,
    };
    let indication = match object.required_string("indication", problems).as_deref() {
        Some("aesthetic") => Some(Indication::Aesthetic),
        Some("condition") => Some(Indication::Condition),
        Some(other) => {
            problems.push(
                &object.path_of("indication"),
                format!(
                    "\"{}\" is not an indication (use \"aesthetic\" for looks without a medical claim, or \"condition\" for treating a condition such as hair loss)",
                    shorten(other, 30)
                ),
            );
            None
        }
        None => None,
    };
    if let (Some(Indication::Aesthetic), Some(name)) = (indication, &name) {
        check_condition_name(name, &object.path_of("indication"), problems);
    }
    if let (Some(Indication::Aesthetic), Some(Category::Unspecified)) = (indication, category) {
        problems.push(
            &object.path_of("category"),
            "an aesthetic method must say whether it is \"topical\" or \"injectable\"; the route decides its regulatory caveat (\"unspecified\" is for the treatment of a condition)",
        );
    }
    let under_study = object
        .optional_bool("under_study", problems)
        .unwrap_or(false);
    let downtime = match object.optional("downtime") {
        Some(value) => read_downtime(value, &object.path_of("downtime"), known, problems),
        None => {
            problems.push(
                &object.path_of("downtime"),
                "is required: give a range, the effects the source names, or {\"kind\": \"not_published\"}",
            );
            None
        }
    };
    let interval = object
        .required("interval_weeks", problems)
        .and_then(|value| read_interval(value, &object.path_of("interval_weeks"), known, problems));
    Some(Method {
        id: id?,
        name: name?,
        category: category?,
        indication: indication?,
        under_study,
        downtime: downtime?,
        interval: interval?,
    })
}

/// Reads the `source` or `rule` of a figure; exactly one must be present.
fn read_basis(object: &ObjectReader, known: &Known, problems: &mut Problems) -> Option<Basis> {
    let source = object.optional_string("source", problems);
    let rule = object.optional_string("rule", problems);
    match (source, rule) {
        (Some(source), None) => {
            known.check_source(&source, &object.path_of("source"), problems);
            Some(Basis::Source(source))
        }
        (None, Some(rule)) => match parse_rule(&rule) {
            Some(rule) => Some(Basis::Rule(rule)),
            None => {
                problems.push(&object.path_of("rule"), unknown_rule(&rule));
                None
            }
        },
        (Some(source), Some(rule)) => match parse_rule(&rule) {
            Some(rule) => {
                known.check_source(&source, &object.path_of("source"), problems);
                Some(Basis::SourceAndRule { source, rule })
            }
            None => {
                problems.push(&object.path_of("rule"), unknown_rule(&rule));
                None
            }
        },
        (None, None) => {
            problems.push(
                &object.path,
                "needs a source (the id of an entry in sources) or a rule",
            );
            None
        }
    }
}

fn parse_rule(id: &str) -> Option<BookRule> {
    BookRule::ALL.into_iter().find(|rule| rule.id() == id)
}

fn unknown_rule(rule: &str) -> String {
    let known: Vec<&str> = BookRule::ALL.iter().map(|rule| rule.id()).collect();
    format!(
        "\"{}\" is not a known rule (known: {})",
        shorten(rule, 40),
        known.join(", ")
    )
}

fn read_interval(
    value: &Value,
    path: &str,
    known: &Known,
    problems: &mut Problems,
) -> Option<Interval> {
    let object = ObjectReader::new(value, path, problems)?;
    object.reject_unknown(&["weeks", "source", "rule"], problems);
    let weeks = object.required_whole("weeks", "weeks", 52, problems);
    if weeks == Some(0) {
        problems.push(&object.path_of("weeks"), "must be at least 1");
    }
    let basis = read_basis(&object, known, problems);
    Some(Interval {
        weeks: u32::try_from(weeks.filter(|w| *w > 0)?).ok()?,
        basis: basis?,
    })
}

fn read_downtime(
    value: &Value,
    path: &str,
    known: &Known,
    problems: &mut Problems,
) -> Option<Downtime> {
    let object = ObjectReader::new(value, path, problems)?;
    let kind = object.required_string("kind", problems)?;
    match kind.as_str() {
        "hours" | "days" => {
            object.reject_unknown(&["kind", "min", "max", "source"], problems);
            let limit = if kind == "hours" { 24 * 90 } else { 365 };
            let min = object.required_whole("min", &kind, limit, problems);
            let max = object.required_whole("max", &kind, limit, problems);
            let source = object.required_string("source", problems);
            if let Some(source) = &source {
                known.check_source(source, &object.path_of("source"), problems);
            }
            let (min, max) = (min?, max?);
            if max < min {
                problems.push(&object.path_of("max"), format!("{max} is below min {min}"));
                return None;
            }
            Some(Downtime::Range {
                min: u32::try_from(min).ok()?,
                max: u32::try_from(max).ok()?,
                unit: if kind == "hours" {
                    TimeUnit::Hours
                } else {
                    TimeUnit::Days
                },
                source: source?,
            })
        }
        "not_quantified" => {
            object.reject_unknown(&["kind", "effects", "source"], problems);
            let effects_path = object.path_of("effects");
            let effects: Vec<String> = object
                .required_array("effects", problems)
                .unwrap_or_default()
                .iter()
                .enumerate()
                .filter_map(|(index, effect)| match effect.as_str() {
                    Some(text) if !text.trim().is_empty() => Some(shorten(text.trim(), 120)),
                    _ => {
                        problems.push(&index_path(&effects_path, index), "must be non-empty text");
                        None
                    }
                })
                .collect();
            if effects.is_empty() && object.optional("effects").is_some() {
                problems.push(&effects_path, "must name at least one effect");
            }
            let source = object.required_string("source", problems);
            if let Some(source) = &source {
                known.check_source(source, &object.path_of("source"), problems);
            }
            Some(Downtime::NotQuantified {
                effects,
                source: source?,
            })
        }
        "not_published" => {
            object.reject_unknown(&["kind"], problems);
            Some(Downtime::NotPublished)
        }
        other => {
            problems.push(
                &object.path_of("kind"),
                format!(
                    "\"{}\" is not a downtime kind (use hours, days, not_quantified or not_published)",
                    shorten(other, 30)
                ),
            );
            None
        }
    }
}

fn read_tier(value: &Value, path: &str, problems: &mut Problems) -> Option<Tier> {
    let object = ObjectReader::new(value, path, problems)?;
    object.reject_unknown(&["id", "name", "source_cell"], problems);
    let id = read_id(&object, "id", problems);
    let name = object.required_string("name", problems);
    let source_cell = match object.required_string("source_cell", problems).as_deref() {
        Some(text) => match SourceCell::ALL.into_iter().find(|cell| cell.id() == text) {
            Some(cell) => Some(cell),
            None => {
                let known: Vec<&str> = SourceCell::ALL.iter().map(|cell| cell.id()).collect();
                problems.push(
                    &object.path_of("source_cell"),
                    format!(
                        "\"{}\" is not a source cell (use {})",
                        shorten(text, 30),
                        known.join(", ")
                    ),
                );
                None
            }
        },
        None => None,
    };
    Some(Tier {
        id: id?,
        name: name?,
        source_cell: source_cell?,
    })
}

/// Reads a `{min, max, source}` price found at `path`.
fn read_price(
    value: &Value,
    path: &str,
    known: &Known,
    extra_fields: &[&str],
    problems: &mut Problems,
) -> Option<(Quote, Option<u64>)> {
    let object = ObjectReader::new(value, path, problems)?;
    let mut known_fields = vec!["min", "max", "source", "note"];
    known_fields.extend_from_slice(extra_fields);
    object.reject_unknown(&known_fields, problems);
    let cents = "cents (minor units of the currency)";
    let min = object.required_whole("min", cents, MAX_AMOUNT_MINOR, problems);
    let max = object.required_whole("max", cents, MAX_AMOUNT_MINOR, problems);
    let sessions = if extra_fields.contains(&"sessions") {
        let sessions = object.required_whole("sessions", "sessions", MAX_SERIES_SESSIONS, problems);
        if let Some(count) = sessions {
            if count < 2 {
                problems.push(
                    &object.path_of("sessions"),
                    format!("a series must cover at least 2 sessions, found {count}"),
                );
            }
        }
        sessions.filter(|count| *count >= 2)
    } else {
        None
    };
    let source = object.required_string("source", problems);
    if let Some(source) = &source {
        known.check_source(source, &object.path_of("source"), problems);
    }
    let note = object
        .optional_string("note", problems)
        .map(|note| shorten(note.trim(), 200));
    let (min, max) = (min?, max?);
    if max < min {
        problems.push(
            &object.path_of("max"),
            format!(
                "{} is below min {}",
                amount_in(known.currency, max),
                amount_in(known.currency, min)
            ),
        );
        return None;
    }
    Some((
        Quote {
            range: MoneyRange::new(min, max),
            source: source?,
            note,
        },
        sessions,
    ))
}

fn read_offers(
    root: &ObjectReader,
    methods: &[Method],
    tiers: &[Tier],
    known: &Known,
    price_lists: &HashSet<&str>,
    problems: &mut Problems,
) -> Vec<Offer> {
    let offers = read_list(root, "offers", problems, |value, path, problems| {
        read_offer(value, path, methods, tiers, known, problems)
    });
    let offers_path = root.path_of("offers");
    // A book that cites a clinic's price list is labelled as that clinic's prices, so every
    // price in it must come from such a list; a published figure would otherwise be shown as
    // the clinic's own. Its protocol figures may still cite the published source they come
    // from.
    if !price_lists.is_empty() {
        for (index, offer) in &offers {
            if let OfferPrice::Quoted { single, series } = &offer.price {
                let parts = [
                    ("single", Some(single)),
                    ("series", series.as_ref().map(|s| &s.quote)),
                ];
                for (part, quote) in parts {
                    if let Some(quote) =
                        quote.filter(|quote| !price_lists.contains(quote.source.as_str()))
                    {
                        problems.push(
                            &format!("{}.{part}.source", index_path(&offers_path, *index)),
                            format!(
                                "\"{}\" is not a price list; in a book that cites a clinic's price list, every price must cite a source of kind \"clinic\" (or \"example\")",
                                shorten(&quote.source, 40)
                            ),
                        );
                    }
                }
            }
        }
    }
    let mut seen = HashSet::new();
    for (index, offer) in &offers {
        if !seen.insert((offer.method.as_str(), offer.tier.as_str())) {
            problems.push(
                &index_path(&offers_path, *index),
                format!(
                    "a second offer for method \"{}\" and tier \"{}\"; each pair may appear once",
                    offer.method, offer.tier
                ),
            );
        }
    }
    // A "not-sure" offer in the document that could not be read has its own problem; the
    // bands of its method should not add that there is no quoted "not-sure" offer.
    let unreadable_not_sure: HashSet<&str> = root
        .optional("offers")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter(|item| item.get("tier").and_then(Value::as_str).map(str::trim) == Some(NOT_SURE))
        .filter_map(|item| item.get("method")?.as_str().map(str::trim))
        .filter(|method| {
            !offers
                .iter()
                .any(|(_, offer)| offer.method == *method && offer.tier == NOT_SURE)
        })
        .collect();
    check_offer_consistency(
        &offers,
        &offers_path,
        &unreadable_not_sure,
        known.currency,
        problems,
    );
    without_indices(offers)
}

fn read_offer(
    value: &Value,
    path: &str,
    methods: &[Method],
    tiers: &[Tier],
    known: &Known,
    problems: &mut Problems,
) -> Option<Offer> {
    let object = ObjectReader::new(value, path, problems)?;
    object.reject_unknown(&["method", "tier", "single", "series", "band"], problems);
    let method = object.required_string("method", problems).filter(|id| {
        let found = methods.iter().any(|method| &method.id == id);
        if !found && !known.declared_methods.contains(id) {
            problems.push(
                &object.path_of("method"),
                format!("\"{}\" is not the id of any method", shorten(id, 40)),
            );
        }
        found
    });
    let tier = object.required_string("tier", problems).filter(|id| {
        let found = tiers.iter().any(|tier| &tier.id == id);
        if !found && !known.declared_tiers.contains(id) {
            problems.push(
                &object.path_of("tier"),
                format!("\"{}\" is not the id of any tier", shorten(id, 40)),
            );
        }
        found
    });
    let single = object.optional("single");
    let series = object.optional("series");
    let band = object.optional("band");
    let price = match (single, series, band) {
        (None, None, None) => Some(OfferPrice::Unpriced),
        (Some(single), series, None) => {
            let single = read_price(single, &object.path_of("single"), known, &[], problems);
            let series = series.map(|series| {
                read_price(
                    series,
                    &object.path_of("series"),
                    known,
                    &["sessions"],
                    problems,
                )
            });
            match (single, series) {
                (Some((single, _)), None) => Some(OfferPrice::Quoted {
                    single,
                    series: None,
                }),
                (Some((single, _)), Some(Some((quote, Some(sessions))))) => {
                    check_series_against_single(&single, &quote, sessions, &object, problems);
                    Some(OfferPrice::Quoted {
                        single,
                        series: Some(SeriesQuote {
                            sessions: u32::try_from(sessions).ok()?,
                            quote,
                        }),
                    })
                }
                _ => None,
            }
        }
        (None, Some(_), None) => {
            problems.push(
                &object.path_of("single"),
                "is required when a series is given (the price of sessions outside the series)",
            );
            None
        }
        (None, None, Some(band)) => read_band(band, &object.path_of("band"), problems),
        (_, _, Some(_)) => {
            problems.push(
                &object.path_of("band"),
                "cannot be combined with single or series prices",
            );
            None
        }
    };
    if tier.as_deref() == Some(NOT_SURE) && matches!(price, Some(OfferPrice::Band { .. })) {
        problems.push(
            &object.path_of("band"),
            "\"not-sure\" is the range bands are taken from; it cannot be a band itself",
        );
        return None;
    }
    Some(Offer {
        method: method?,
        tier: tier?,
        price: price?,
    })
}

fn read_band(value: &Value, path: &str, problems: &mut Problems) -> Option<OfferPrice> {
    let object = ObjectReader::new(value, path, problems)?;
    object.reject_unknown(&["from_percent", "to_percent"], problems);
    let from = object.required_whole("from_percent", "percent", 100, problems);
    let to = object.required_whole("to_percent", "percent", 100, problems);
    let (from, to) = (from?, to?);
    if to <= from {
        problems.push(
            &object.path_of("to_percent"),
            format!("{to} must be above from_percent {from}"),
        );
        return None;
    }
    Some(OfferPrice::Band {
        from_percent: u8::try_from(from).ok()?,
        to_percent: u8::try_from(to).ok()?,
    })
}
