//! Shared by the translation tests (`translations_*.rs`): what counts as a sentence left in
//! English in a Spanish or German view, and the states of the published book to try.
//!
//! A view is read through its `Debug` text, so a test needs no walker of its own for each view
//! struct: every string literal in it is a text the person may read (ids and class names too,
//! which are short and carry no English function word, so they pass).

#![allow(dead_code)]

use estimator_core::content::{Caveat, Reference};
use estimator_core::price_book::{Downtime, OfferPrice};
use estimator_core::{Lang, PriceBook, RawInput, MAX_SESSIONS, MIN_SESSIONS};

/// Every string literal in a `Debug` rendering, unescaped.
pub fn strings_of(debug: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut chars = debug.chars();
    while let Some(c) = chars.next() {
        if c != '"' {
            continue;
        }
        let mut text = String::new();
        while let Some(c) = chars.next() {
            match c {
                '"' => break,
                '\\' => match chars.next() {
                    Some('n') => text.push('\n'),
                    Some('t') => text.push('\t'),
                    Some(other) => text.push(other),
                    None => break,
                },
                other => text.push(other),
            }
        }
        found.push(text);
    }
    found
}

/// Words that are English and neither Spanish nor German: one of them, whole and in lower
/// case, in a Spanish or German text means a sentence (or part of one) was left untranslated.
/// ("no" is Spanish too, so it is not one of them.)
const ENGLISH_MARKERS: &[&str] = &[
    "the", "and", "of", "with", "for", "is", "are", "not", "this", "that", "your", "you", "from",
    "which", "what", "when", "session", "sessions", "week", "weeks", "downtime", "price", "prices",
    "clinic", "clinic's", "per", "each", "may", "only", "or", "it", "its", "to", "be", "by", "at",
    "on", "as", "has", "have", "ask", "enter", "figure", "figures", "source", "results", "until",
    "under", "study",
];

/// The texts of a Spanish or German view that still read as English, after every `allowed`
/// text (names, citations, addresses) is taken out. `english` is the English view of the same
/// state: a text that appears in it word for word is flagged even without a marker word.
pub fn english_left(english: &[String], other: &[String], allowed: &[String]) -> Vec<String> {
    let mut left = Vec::new();
    for text in other {
        let mut rest = text.clone();
        for name in allowed {
            if !name.is_empty() {
                rest = rest.replace(name.as_str(), " ");
            }
        }
        let words: Vec<String> = rest
            .split(|c: char| !(c.is_alphabetic() || c == '\''))
            .filter(|word| !word.is_empty())
            .map(str::to_owned)
            .collect();
        let has_marker = words
            .iter()
            .any(|word| ENGLISH_MARKERS.contains(&word.as_str()));
        let same_as_english = words.len() >= 2 && english.iter().any(|en| en == text);
        if has_marker || same_as_english {
            left.push(text.clone());
        }
    }
    left.sort();
    left.dedup();
    left
}

/// Asserts that `other` (the view in `lang`) leaves nothing in English, with the published
/// book's citations and the FDA documents' titles allowed.
pub fn assert_no_english(lang: Lang, state: &str, english: &str, other: &str, book: &PriceBook) {
    let left = english_left(
        &strings_of(english),
        &strings_of(other),
        &allowed_names(book),
    );
    assert!(
        left.is_empty(),
        "{lang:?} view of {state} leaves English text:\n{}",
        left.join("\n")
    );
}

/// What stays as written in every language: the sources' titles, publishers and citations, the
/// referenced documents' titles and publishers, web addresses.
pub fn allowed_names(book: &PriceBook) -> Vec<String> {
    let mut names = Vec::new();
    for source in book.sources() {
        names.push(source.citation());
        names.push(source.title.clone());
        names.push(source.publisher.clone());
        names.extend(source.url.clone());
    }
    for caveat in Caveat::ALL {
        for reference in caveat.references() {
            names.extend(reference_names(reference));
        }
    }
    // Longest first, so a citation is taken out whole before its title alone is looked for.
    names.sort_by_key(|name| std::cmp::Reverse(name.len()));
    names.dedup();
    names
}

/// A book's own texts: its methods' and tiers' names, the reactions it names for a downtime,
/// the notes of its prices. A clinic's book keeps them as the clinic wrote them in every
/// language, so a test of a clinic's book allows them; longest first, so that a text is taken
/// out whole before a shorter one inside it.
pub fn book_texts(book: &PriceBook) -> Vec<String> {
    let mut texts = Vec::new();
    for method in book.methods() {
        texts.push(method.name.clone());
        if let Downtime::NotQuantified { effects, .. } = &method.downtime {
            texts.extend(effects.iter().cloned());
        }
    }
    texts.extend(book.tiers().iter().map(|tier| tier.name.clone()));
    for offer in book.offers() {
        if let OfferPrice::Quoted { single, series } = &offer.price {
            texts.extend(single.note.clone());
            texts.extend(series.as_ref().and_then(|series| series.quote.note.clone()));
        }
    }
    texts.sort_by_key(|text| std::cmp::Reverse(text.len()));
    texts.dedup();
    texts
}

/// The ids of the book's methods and tiers and of the caveats: option values and class names
/// such as "not-sure" or "under-study", which hold English marker words, or are the same in
/// every language, but are never read. A view's `Debug` text holds each as a whole string.
pub fn ids_of(book: &PriceBook) -> Vec<String> {
    let mut ids: Vec<String> = book.methods().iter().map(|m| m.id.clone()).collect();
    ids.extend(book.tiers().iter().map(|tier| tier.id.clone()));
    ids.extend(Caveat::ALL.iter().map(|caveat| caveat.id().to_owned()));
    ids
}

fn reference_names(reference: &Reference) -> Vec<String> {
    vec![
        reference.title.to_owned(),
        reference.publisher.to_owned(),
        reference.url.to_owned(),
    ]
}

/// Every state of the calculator on the published book: each method, each of its tiers, each
/// session count and both answers about the lot's data.
pub fn page_states(book: &PriceBook) -> Vec<RawInput> {
    let mut states = Vec::new();
    for method in book.methods() {
        for tier in book.tiers_for(&method.id) {
            for sessions in MIN_SESSIONS..=MAX_SESSIONS {
                for lot_data in [false, true] {
                    states.push(RawInput {
                        method: method.id.clone(),
                        tier: tier.id.clone(),
                        sessions: sessions.to_string(),
                        lot_data,
                    });
                }
            }
        }
    }
    states
}

/// The languages other than English: each must leave nothing in English.
pub const TRANSLATED: [Lang; 2] = [Lang::Es, Lang::De];
