//! The price book's types: delivery methods, product tiers, offers and where every figure comes
//! from.
//!
//! A price book is data. The default one is `data/default-price-book.json`, compiled into Rust
//! values at build time (`build.rs`, [`PriceBook::published`]); a clinic can supply its own in
//! the same schema, read by [`PriceBook::from_json`] (`read_price_book.rs`, behind the
//! `clinic` feature), which either returns a book in which every invariant holds or every
//! problem it found, each with its path. Past that point nothing in a book can be invalid.

use crate::money::MoneyRange;

/// The default book's JSON, exactly as published in `dist/price-book.json`.
pub const DEFAULT_PRICE_BOOK_JSON: &str = include_str!("../../data/default-price-book.json");

/// The schema version this code reads. A book of another version is rejected with a message.
pub const SCHEMA_VERSION: u64 = 1;

/// The tier every method offers, for people who do not know what their clinic uses.
pub const NOT_SURE: &str = "not-sure";

/// Amounts above this (ten million major units of a two-decimal currency) are treated as typing
/// mistakes rather than prices, and keep every sum far from overflowing.
pub const MAX_AMOUNT_MINOR: u64 = 1_000_000_000;

/// The most sources a price book may cite.
pub const MAX_SOURCES: usize = 20;

/// The most delivery methods a price book may list.
pub const MAX_METHODS: usize = 12;

/// The most product tiers a price book may list.
pub const MAX_TIERS: usize = 24;

/// The most offers: one for every method and tier.
pub const MAX_OFFERS: usize = MAX_METHODS * MAX_TIERS;

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

/// A validated price book. Its fields are private to the core, so the only ways to have one are
/// [`PriceBook::published`] and, with the `clinic` feature, [`PriceBook::from_json`]: no code
/// outside the core can build a book that breaks an invariant the estimate relies on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PriceBook {
    pub(crate) name: String,
    pub(crate) currency: String,
    pub(crate) as_of: Option<String>,
    pub(crate) sources: Vec<Source>,
    pub(crate) protocol: Protocol,
    pub(crate) methods: Vec<Method>,
    pub(crate) tiers: Vec<Tier>,
    pub(crate) offers: Vec<Offer>,
}

impl PriceBook {
    /// The book's name, as its `name` field gives it.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The ISO 4217 code of every amount in the book.
    pub fn currency(&self) -> &str {
        &self.currency
    }

    /// When the book's figures were current, in the book's own words.
    pub fn as_of(&self) -> Option<&str> {
        self.as_of.as_deref()
    }

    pub fn sources(&self) -> &[Source] {
        &self.sources
    }

    pub fn protocol(&self) -> &Protocol {
        &self.protocol
    }

    /// The delivery methods, in the book's order; never empty.
    pub fn methods(&self) -> &[Method] {
        &self.methods
    }

    /// The product tiers, in the book's order; "Not sure" is always one of them.
    pub fn tiers(&self) -> &[Tier] {
        &self.tiers
    }

    pub fn offers(&self) -> &[Offer] {
        &self.offers
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
        // Two passes rather than a sort: a stable sort would keep the book's order as well,
        // but it brings about 4 KB of sorting code into the wasm for this one call.
        let not_sure = self.tiers.iter().filter(|tier| tier.id == NOT_SURE);
        let offered = self
            .tiers
            .iter()
            .filter(|tier| tier.id != NOT_SURE && self.offer(method, &tier.id).is_some());
        not_sure.chain(offered).collect()
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
