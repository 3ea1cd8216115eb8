//! The price book: delivery methods, product tiers, offers and where every figure comes from.
//!
//! A price book is data. The default one is `data/default-price-book.json`, compiled in; a
//! clinic can supply its own in the same schema. [`PriceBook::from_json`] is the only way to
//! build one, and it either returns a book in which every invariant holds or every problem it
//! found, each with its path. Past that point nothing in a book can be invalid.

use crate::json_reader::{index_path, quote_value, shorten, ObjectReader, Problem, Problems};
use crate::limits::{MAX_SERIES_SESSIONS, MAX_SESSIONS};
use crate::money::{MoneyFormat, MoneyRange, PlainFormatter};
use serde_json::Value;
use std::collections::HashSet;

/// The default book's JSON, exactly as published in `dist/price-book.json`.
pub const DEFAULT_PRICE_BOOK_JSON: &str = include_str!("../../data/default-price-book.json");

/// The schema version this code reads. A book of another version is rejected with a message.
pub const SCHEMA_VERSION: u64 = 1;

/// The tier every method offers, for people who do not know what their clinic uses.
pub const NOT_SURE: &str = "not-sure";

/// Amounts above this (ten million major units of a two-decimal currency) are treated as typing
/// mistakes rather than prices, and keep every sum far from overflowing.
pub const MAX_AMOUNT_MINOR: u64 = 1_000_000_000;

/// Parsing stops listing problems after this many; the rest are summarised in one line.
const MAX_PROBLEMS: usize = 50;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SourceKind {
    /// A figure from published material (the overview article).
    Published,
    /// A clinic's own price list.
    Clinic,
    /// An invented price list, for demonstrations only. The page says so wherever it shows one
    /// of its figures, so an example can never pass for a real clinic's prices.
    Example,
}

impl SourceKind {
    /// True for a price list of a clinic, real or invented.
    pub fn is_price_list(&self) -> bool {
        matches!(self, SourceKind::Clinic | SourceKind::Example)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub id: String,
    pub kind: SourceKind,
    pub title: String,
    pub publisher: String,
    pub year: Option<u16>,
    pub url: Option<String>,
}

impl Source {
    /// A short citation such as "RegenClinics.org, Exosome therapy … (2026)".
    pub fn citation(&self) -> String {
        match self.year {
            Some(year) => format!("{}, {} ({year})", self.publisher, self.title),
            None => format!("{}, {}", self.publisher, self.title),
        }
    }
}

/// Where a figure in the book comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Basis {
    /// Stated in the source with this id.
    Source(String),
    /// Not stated anywhere: set by a rule the product names next to the figure.
    Rule(BookRule),
    /// Read from the source with this id, then turned into a figure by a named rule (the
    /// source says "monthly", the book counts that as every 4 weeks).
    SourceAndRule { source: String, rule: BookRule },
}

/// Rules a book may name for figures that no source states.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BookRule {
    /// The source gives a monthly interval for one method only; the others are assumed to
    /// follow it.
    AssumedMonthly,
    /// The source says "monthly"; the book counts a month as 4 weeks.
    MonthlyAsFourWeeks,
}

impl BookRule {
    pub const ALL: [BookRule; 2] = [BookRule::AssumedMonthly, BookRule::MonthlyAsFourWeeks];

    pub fn id(self) -> &'static str {
        match self {
            BookRule::AssumedMonthly => "assumed-monthly",
            BookRule::MonthlyAsFourWeeks => "monthly-as-4-weeks",
        }
    }

    fn parse(id: &str) -> Option<Self> {
        BookRule::ALL.into_iter().find(|rule| rule.id() == id)
    }
}

/// A whole-number range with its basis, for counts such as sessions or weeks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CountRange {
    pub min: u32,
    pub max: u32,
    pub source: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Protocol {
    /// The typical initial series (2–3 treatments in the overview).
    pub typical_sessions: CountRange,
    /// How long results keep developing after a treatment (4–6 weeks in the overview).
    pub results_weeks: CountRange,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TimeUnit {
    Hours,
    Days,
}

/// The recovery after one session, as far as the source quantifies it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Downtime {
    Range {
        min: u32,
        max: u32,
        unit: TimeUnit,
        source: String,
    },
    /// The source names the reactions but gives no duration.
    NotQuantified {
        effects: Vec<String>,
        source: String,
    },
    /// The source says nothing about recovery for this method.
    NotPublished,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    /// Applied to the skin: the cosmetic category when sold without a medical claim.
    Topical,
    /// Injected: a drug or biologic in the US, which likely needs an IND.
    Injectable,
    /// The source does not say how it is delivered (it says nothing of how scalp delivery for
    /// hair loss is done). Allowed only for the treatment of a condition, whose caveat does
    /// not depend on the route.
    Unspecified,
}

/// What a method is used for. It chooses the regulatory caveat: a product sold for looks
/// without a medical claim sits in the US cosmetic category, while anything meant to treat a
/// disease or condition (hair loss, wound healing) needs FDA approval, which no exosome
/// product has. Every method must say which it is, so that no book can present the treatment
/// of a condition as a cosmetic by leaving a field out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Indication {
    /// Skin quality and appearance, with no claim to treat a condition.
    Aesthetic,
    /// The treatment of a disease or condition, such as hair loss or wound healing.
    Condition,
}

impl Indication {
    pub fn id(self) -> &'static str {
        match self {
            Indication::Aesthetic => "aesthetic",
            Indication::Condition => "condition",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Interval {
    pub weeks: u32,
    pub basis: Basis,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Method {
    pub id: String,
    pub name: String,
    pub category: Category,
    pub indication: Indication,
    pub under_study: bool,
    pub downtime: Downtime,
    pub interval: Interval,
}

/// The kind of cell a tier's preparations come from. The source ties what a preparation can do
/// to its source cell, and how safe it is to how well the lot is characterised: these are two
/// separate things, so a tier records only the first. What the patient knows about the second
/// is their own answer (`RawInput::lot_data`), and it alone chooses the risk caveat.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceCell {
    /// The patient does not know, or the tier mixes sources.
    Unknown,
    /// Mesenchymal stem cells.
    Msc,
    /// Placental or amniotic membrane cells.
    PlacentalAmniotic,
    /// Plant cells.
    Plant,
    /// Another kind of cell.
    Other,
}

impl SourceCell {
    pub const ALL: [SourceCell; 5] = [
        SourceCell::Unknown,
        SourceCell::Msc,
        SourceCell::PlacentalAmniotic,
        SourceCell::Plant,
        SourceCell::Other,
    ];

    pub fn id(self) -> &'static str {
        match self {
            SourceCell::Unknown => "unknown",
            SourceCell::Msc => "msc",
            SourceCell::PlacentalAmniotic => "placental-amniotic",
            SourceCell::Plant => "plant",
            SourceCell::Other => "other",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Tier {
    pub id: String,
    pub name: String,
    pub source_cell: SourceCell,
}

/// A quoted price range and the source that states it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quote {
    pub range: MoneyRange,
    pub source: String,
    /// The source's own qualifiers of the figure ("may cost", "in specialist practices"), in
    /// the book's words, shown with the figure wherever it is used.
    pub note: Option<String>,
}

/// A package of several sessions sold together, with its own quoted price.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeriesQuote {
    pub sessions: u32,
    pub quote: Quote,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum OfferPrice {
    /// Prices stated by a source (or a clinic's list).
    Quoted {
        single: Quote,
        series: Option<SeriesQuote>,
    },
    /// A band of the same method's "Not sure" prices, between two percentages of its width.
    Band { from_percent: u8, to_percent: u8 },
    /// No figure. For "Not sure" this means: span the method's priced tiers, if any.
    Unpriced,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Offer {
    pub method: String,
    pub tier: String,
    pub price: OfferPrice,
}

/// A validated price book. Build one with [`PriceBook::from_json`] or [`PriceBook::published`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PriceBook {
    pub name: String,
    pub currency: String,
    pub as_of: Option<String>,
    pub sources: Vec<Source>,
    pub protocol: Protocol,
    pub methods: Vec<Method>,
    pub tiers: Vec<Tier>,
    pub offers: Vec<Offer>,
}

impl PriceBook {
    /// The default book of published figures.
    ///
    /// The compiled-in JSON is checked by the test suite, so the fallback below never runs in
    /// a released build; it exists so that this function has no panic path at all.
    pub fn published() -> PriceBook {
        PriceBook::from_json(DEFAULT_PRICE_BOOK_JSON).unwrap_or_else(|_| PriceBook::empty())
    }

    fn empty() -> PriceBook {
        PriceBook {
            name: "No price book".to_owned(),
            currency: "USD".to_owned(),
            as_of: None,
            sources: Vec::new(),
            protocol: Protocol {
                typical_sessions: CountRange {
                    min: 1,
                    max: 1,
                    source: String::new(),
                },
                results_weeks: CountRange {
                    min: 0,
                    max: 0,
                    source: String::new(),
                },
            },
            methods: Vec::new(),
            tiers: Vec::new(),
            offers: Vec::new(),
        }
    }

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

    /// Validates an already parsed JSON value found at `path` (empty for a whole document).
    pub fn from_value(value: &Value, path: &str) -> Result<PriceBook, Vec<Problem>> {
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
                if list.len() > MAX_PROBLEMS {
                    let hidden = list.len() - MAX_PROBLEMS;
                    list.truncate(MAX_PROBLEMS);
                    list.push(Problem {
                        path: path.to_owned(),
                        message: format!("{hidden} more problems not shown"),
                    });
                }
                Err(list)
            }
        }
    }

    pub fn method(&self, id: &str) -> Option<&Method> {
        self.methods.iter().find(|method| method.id == id)
    }

    pub fn tier(&self, id: &str) -> Option<&Tier> {
        self.tiers.iter().find(|tier| tier.id == id)
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.iter().find(|source| source.id == id)
    }

    pub fn offer(&self, method: &str, tier: &str) -> Option<&Offer> {
        self.offers
            .iter()
            .find(|offer| offer.method == method && offer.tier == tier)
    }

    /// The tiers a method offers, "Not sure" first, in the book's tier order.
    pub fn tiers_for(&self, method: &str) -> Vec<&Tier> {
        let mut offered: Vec<&Tier> = self
            .tiers
            .iter()
            .filter(|tier| tier.id == NOT_SURE || self.offer(method, &tier.id).is_some())
            .collect();
        // A stable sort keeps the book's order among the other tiers.
        offered.sort_by_key(|tier| tier.id != NOT_SURE);
        offered
    }

    /// True when the book's prices are a clinic's list (real or invented). Validation makes
    /// every price of such a book cite that list, while its protocol figures may keep their
    /// published source.
    pub fn is_clinic_book(&self) -> bool {
        self.sources
            .iter()
            .any(|source| source.kind.is_price_list())
    }

    /// True when the book's prices are an invented example, never a real clinic's.
    pub fn is_example_book(&self) -> bool {
        self.sources
            .iter()
            .any(|source| source.kind == SourceKind::Example)
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
        .and_then(|code| check_currency(&code, &root.path_of("currency"), problems));
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

/// The most sources a price book may cite.
pub const MAX_SOURCES: usize = 20;
/// The most delivery methods a price book may list.
pub const MAX_METHODS: usize = 12;
/// The most product tiers a price book may list.
pub const MAX_TIERS: usize = 24;
/// The most offers: one for every method and tier.
pub const MAX_OFFERS: usize = MAX_METHODS * MAX_TIERS;

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

fn check_unique_ids<T>(
    path: &str,
    items: &[(usize, T)],
    id_of: impl Fn(&T) -> &String,
    problems: &mut Problems,
) {
    let mut seen = HashSet::new();
    for (index, item) in items.iter().map(|(index, item)| (*index, item)) {
        let id = id_of(item);
        if !seen.insert(id.as_str()) {
            problems.push(
                &format!("{}.id", index_path(path, index)),
                format!("\"{id}\" is used by an earlier entry; ids must be unique"),
            );
        }
    }
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

fn check_currency(code: &str, path: &str, problems: &mut Problems) -> Option<String> {
    if code.len() == 3 && code.chars().all(|c| c.is_ascii_uppercase()) {
        Some(code.to_owned())
    } else {
        problems.push(
            path,
            format!(
                "\"{}\" is not an ISO 4217 code (three capital letters, such as USD, EUR or KRW)",
                shorten(code, 20)
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
        (None, Some(rule)) => match BookRule::parse(&rule) {
            Some(rule) => Some(Basis::Rule(rule)),
            None => {
                problems.push(&object.path_of("rule"), unknown_rule(&rule));
                None
            }
        },
        (Some(source), Some(rule)) => match BookRule::parse(&rule) {
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

fn unknown_rule(rule: &str) -> String {
    let known: Vec<&str> = BookRule::ALL.iter().map(|rule| rule.id()).collect();
    format!(
        "\"{}\" is not a known rule (known: {})",
        shorten(rule, 40),
        known.join(", ")
    )
}

/// Words in a method's name that mean it treats a condition. A method so named but marked
/// `"aesthetic"` would be shown with the cosmetic caveat, which is wrong for it; the field is
/// the guarantee, and this check catches the likeliest slip in filling it in.
const CONDITION_WORDS: [&str; 6] = [
    "hair loss",
    "alopecia",
    "scalp",
    "wound",
    "surgery",
    "surgical",
];

fn check_condition_name(name: &str, path: &str, problems: &mut Problems) {
    let lower = name.to_ascii_lowercase();
    if let Some(word) = CONDITION_WORDS.iter().find(|word| lower.contains(*word)) {
        problems.push(
            path,
            format!(
                "the name mentions \"{word}\", the treatment of a condition; use \"condition\", so the page shows the caveat for treating a condition instead of the cosmetic one"
            ),
        );
    }
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

/// A series must cost at least as much as the sessions it replaces but one, or adding a session
/// could lower the estimate, which no patient would believe.
fn check_series_against_single(
    single: &Quote,
    series: &Quote,
    sessions: u64,
    offer: &ObjectReader,
    problems: &mut Problems,
) {
    let fewer = single.range.times(sessions - 1);
    for (end, series_end, fewer_end) in [
        ("min", series.range.min, fewer.min),
        ("max", series.range.max, fewer.max),
    ] {
        if series_end < fewer_end {
            problems.push(
                &format!("{}.{end}", offer.path_of("series")),
                format!(
                    "{series_end} is below the price of {} single sessions ({fewer_end}); adding a session would lower the estimate",
                    sessions - 1
                ),
            );
        }
    }
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

/// The total of `sessions` sessions at quoted prices: as many full series as fit, at the series
/// price, then single sessions. `estimate::total_price` applies the same rule.
fn quoted_total(single: &Quote, series: Option<&SeriesQuote>, sessions: u32) -> MoneyRange {
    match series {
        Some(series) if series.sessions > 0 => series
            .quote
            .range
            .times(u64::from(sessions / series.sessions))
            .plus(&single.range.times(u64::from(sessions % series.sessions))),
        _ => single.range.times(u64::from(sessions)),
    }
}

/// An amount as written in the book and as the clinic reads it: `40000 (€400)`, so that a
/// message can be matched to the file and still shows whether cents were meant.
fn amount_in(currency: Option<&str>, minor_units: u64) -> String {
    match currency {
        Some(code) => format!(
            "{minor_units} ({})",
            PlainFormatter::new(code).format(minor_units)
        ),
        None => minor_units.to_string(),
    }
}

/// A range in the book's currency (`€2,100 – €2,700`), or in minor units without one.
fn range_in(currency: Option<&str>, range: &MoneyRange) -> String {
    match currency {
        Some(code) => {
            let format = PlainFormatter::new(code);
            format!(
                "{} – {}",
                format.format(range.min),
                format.format(range.max)
            )
        }
        None => format!("{} – {}", range.min, range.max),
    }
}

/// Checks rules that span offers: a band needs a priced "Not sure" offer to be a band of, and a
/// quoted tier price must lie inside the method's quoted "Not sure" range, for one session and
/// for every longer plan an estimate can cover, or "Not sure" would not span the tiers.
fn check_offer_consistency(
    offers: &[(usize, Offer)],
    offers_path: &str,
    unreadable_not_sure: &HashSet<&str>,
    currency: Option<&str>,
    problems: &mut Problems,
) {
    let not_sure_prices = |method: &str| {
        offers
            .iter()
            .find(|(_, offer)| offer.method == method && offer.tier == NOT_SURE)
            .and_then(|(_, offer)| match &offer.price {
                OfferPrice::Quoted { single, series } => Some((single, series.as_ref())),
                _ => None,
            })
    };
    for (index, offer) in offers {
        if offer.tier == NOT_SURE {
            continue;
        }
        let path = index_path(offers_path, *index);
        match (&offer.price, not_sure_prices(&offer.method)) {
            (OfferPrice::Band { .. }, None)
                if !unreadable_not_sure.contains(offer.method.as_str()) =>
            {
                problems.push(
                    &format!("{path}.band"),
                    format!(
                        "needs a quoted \"not-sure\" offer for method \"{}\" to take the band from",
                        offer.method
                    ),
                )
            }
            (OfferPrice::Quoted { single, .. }, Some((whole, _)))
                if !whole.range.contains(&single.range) =>
            {
                problems.push(
                    &format!("{path}.single"),
                    format!(
                        "{} lies outside the method's \"not-sure\" range {}; every tier's price must lie inside it, because \"Not sure\" spans all the tiers",
                        range_in(currency, &single.range),
                        range_in(currency, &whole.range)
                    ),
                )
            }
            (OfferPrice::Quoted { single, series }, Some((whole_single, whole_series))) => {
                let outside = (2..=MAX_SESSIONS).find_map(|sessions| {
                    let tier = quoted_total(single, series.as_ref(), sessions);
                    let whole = quoted_total(whole_single, whole_series, sessions);
                    (!whole.contains(&tier)).then_some((sessions, tier, whole))
                });
                if let Some((sessions, tier, whole)) = outside {
                    problems.push(
                        &path,
                        format!(
                            "for {sessions} sessions, {} lies outside the method's \"not-sure\" range {}; give this tier a series price inside the \"not-sure\" one",
                            range_in(currency, &tier),
                            range_in(currency, &whole)
                        ),
                    );
                }
            }
            _ => {}
        }
    }
}
