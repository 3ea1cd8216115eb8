//! The check the translation tests share finds what it should: English left in a view, and
//! nothing in a translated one.

mod words_check;

use estimator_core::PriceBook;
use words_check::{english_left, page_states, strings_of};

#[test]
fn reads_every_string_of_a_debug_rendering() {
    let debug = format!("{:?}", ("a \"quoted\" word", vec!["b", "c\nd"]));
    assert_eq!(strings_of(&debug), ["a \"quoted\" word", "b", "c\nd"]);
}

#[test]
fn finds_english_left_and_passes_translated_text() {
    let english = vec!["Total for 3 sessions".to_owned()];
    let left = english_left(
        &english,
        &[
            "Total for 3 sessions".to_owned(),
            "Precio de la clínica, not a quote".to_owned(),
            "Gesamtpreis für 3 Sitzungen".to_owned(),
            "Fuente: RegenClinics.org, Exosome therapy cost overview (2026).".to_owned(),
        ],
        &["RegenClinics.org, Exosome therapy cost overview (2026)".to_owned()],
    );
    assert_eq!(
        left,
        ["Precio de la clínica, not a quote", "Total for 3 sessions"]
    );
}

#[test]
fn the_published_book_has_a_state_for_every_method_tier_count_and_answer() {
    let book = PriceBook::published();
    let tiers: usize = book
        .methods()
        .iter()
        .map(|method| book.tiers_for(&method.id).len())
        .sum();
    assert_eq!(page_states(&book).len(), tiers * 6 * 2);
}
