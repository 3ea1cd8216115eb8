//! Writes a validated price book as a Rust expression, so that `build.rs` can compile the
//! published book into the page instead of shipping the JSON reader and serde_json to read a
//! constant. Only `build.rs` includes this file. The test `the_compiled_book_is_the_json_book`
//! compares the result with `PriceBook::from_json` of the same file, so a field this forgets
//! or writes wrongly fails the build's tests.

use crate::money::MoneyRange;
use crate::price_book::*;

/// A value written as the Rust expression that builds it.
pub trait RustLiteral {
    fn literal(&self) -> String;
}

impl RustLiteral for String {
    fn literal(&self) -> String {
        // `{:?}` of a string is a valid Rust string literal: quotes, backslashes and every
        // control character are escaped.
        format!("String::from({self:?})")
    }
}

/// Numbers and `true`/`false` are written as they print.
macro_rules! printed_literal {
    ($($name:ty),*) => {
        $(impl RustLiteral for $name {
            fn literal(&self) -> String {
                self.to_string()
            }
        })*
    };
}

printed_literal!(u8, u16, u32, u64, bool);

impl<T: RustLiteral> RustLiteral for Option<T> {
    fn literal(&self) -> String {
        match self {
            Some(value) => format!("Some({})", value.literal()),
            None => "None".to_owned(),
        }
    }
}

impl<T: RustLiteral> RustLiteral for Vec<T> {
    fn literal(&self) -> String {
        let items: Vec<String> = self.iter().map(RustLiteral::literal).collect();
        format!("vec![{}]", items.join(", "))
    }
}

/// A struct literal from its name and its fields, each written by [`RustLiteral`].
fn record(name: &str, fields: &[(&str, &dyn RustLiteral)]) -> String {
    let fields: Vec<String> = fields
        .iter()
        .map(|(field, value)| format!("{field}: {}", value.literal()))
        .collect();
    format!("{name} {{ {} }}", fields.join(", "))
}

/// Enums without data are written as their `Debug` name, which is the variant's name.
macro_rules! unit_enum_literal {
    ($($name:ident),*) => {
        $(impl RustLiteral for $name {
            fn literal(&self) -> String {
                format!("{}::{self:?}", stringify!($name))
            }
        })*
    };
}

unit_enum_literal!(SourceKind, BookRule, TimeUnit, Category, Indication, SourceCell);

/// A struct is written as a literal of its name and every field, each by [`RustLiteral`].
macro_rules! record_literal {
    ($($name:ident { $($field:ident),* })*) => {
        $(impl RustLiteral for $name {
            fn literal(&self) -> String {
                record(stringify!($name), &[$((stringify!($field), &self.$field)),*])
            }
        })*
    };
}

record_literal! {
    MoneyRange { min, max }
    Source { id, kind, title, publisher, year, url }
    CountRange { min, max, source }
    Protocol { typical_sessions, results_weeks }
    Interval { weeks, basis }
    Method { id, name, category, indication, under_study, downtime, interval }
    Tier { id, name, source_cell }
    Quote { range, source, note }
    SeriesQuote { sessions, quote }
    Offer { method, tier, price }
    PriceBook { name, currency, as_of, sources, protocol, methods, tiers, offers }
}

impl RustLiteral for Basis {
    fn literal(&self) -> String {
        match self {
            Basis::Source(source) => format!("Basis::Source({})", source.literal()),
            Basis::Rule(rule) => format!("Basis::Rule({})", rule.literal()),
            Basis::SourceAndRule { source, rule } => record(
                "Basis::SourceAndRule",
                &[("source", source), ("rule", rule)],
            ),
        }
    }
}

impl RustLiteral for Downtime {
    fn literal(&self) -> String {
        match self {
            Downtime::Range {
                min,
                max,
                unit,
                source,
            } => record(
                "Downtime::Range",
                &[
                    ("min", min),
                    ("max", max),
                    ("unit", unit),
                    ("source", source),
                ],
            ),
            Downtime::NotQuantified { effects, source } => record(
                "Downtime::NotQuantified",
                &[("effects", effects), ("source", source)],
            ),
            Downtime::NotPublished => "Downtime::NotPublished".to_owned(),
        }
    }
}

impl RustLiteral for OfferPrice {
    fn literal(&self) -> String {
        match self {
            OfferPrice::Quoted { single, series } => record(
                "OfferPrice::Quoted",
                &[("single", single), ("series", series)],
            ),
            OfferPrice::Band {
                from_percent,
                to_percent,
            } => record(
                "OfferPrice::Band",
                &[("from_percent", from_percent), ("to_percent", to_percent)],
            ),
            OfferPrice::Unpriced => "OfferPrice::Unpriced".to_owned(),
        }
    }
}
