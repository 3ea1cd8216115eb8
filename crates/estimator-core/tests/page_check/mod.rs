//! The check for English left in the page part, shared by the core's `translations_page.rs`
//! and the prerenderer's test of the built page (`src/prerender.rs`): the shared check of
//! `words_check`, with the names the explanations keep as published and one exception for
//! Spanish. It expects `words_check` beside it.

#![allow(dead_code)]

use super::words_check::{allowed_names, english_left};
use estimator_core::content::Caveat;
use estimator_core::{Lang, PriceBook};

/// What stays as published beyond the shared list: the journals' titles, the ISEV guidelines'
/// DOIs, the FDA's MedWatch programme (whose name a citation label carries, as its publisher
/// does) and the dates of the FDA's documents, which the glossary keeps as written in
/// citations.
pub fn names(book: &PriceBook) -> Vec<String> {
    let mut names = allowed_names(book);
    names.extend(
        [
            "Journal of Extracellular Vesicles",
            "Aesthetic Surgery Journal",
            "doi:10.1080/20013078.2018.1535750",
            "doi:10.1002/jev2.12404",
            "MedWatch",
        ]
        .map(str::to_owned),
    );
    for caveat in Caveat::ALL {
        for reference in caveat.references() {
            names.push(reference.date.to_owned());
        }
    }
    names.sort_by_key(|name| std::cmp::Reverse(name.len()));
    names.dedup();
    names
}

/// The shared check, with one precise exception: Spanish's own word "no" is also one of the
/// English marker words, so in Spanish it is set in capitals (which no marker is) before the
/// check. An English sentence left in a Spanish text still carries other markers ("the",
/// "of", "is") and is still found.
pub fn assert_nothing_english(lang: Lang, what: &str, english: &[String], other: &[String]) {
    let book = PriceBook::published();
    let other: Vec<String> = other
        .iter()
        .map(|text| match lang {
            Lang::Es => spanish_no_set_apart(text),
            _ => text.clone(),
        })
        .collect();
    let left = english_left(english, &other, &names(&book));
    assert!(
        left.is_empty(),
        "{lang:?} {what} leaves English text:\n{}",
        left.join("\n")
    );
}

/// `text` with each whole word "no" written "NO".
pub fn spanish_no_set_apart(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        out.push_str(if word == "no" { "NO" } else { word });
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphabetic() || c == '\'' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}
