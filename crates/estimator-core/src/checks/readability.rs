//! How hard the calculator's words are to read: the Flesch–Kincaid grade level of the sentences
//! a patient reads in the calculator, its caveats and the four questions, over every state of
//! the published book ([`page_states`]). Patients read this on a phone, often worried; the
//! target is about US grade 8. `cargo run -p estimator-core --example reading_level` prints the figures, and the
//! `reading_level` test keeps them there.
//!
//! Nothing here is shipped to a browser: the app never calls it, so the wasm carries none of it.

use super::whole_table::page_states;
use crate::lang::Lang;
use crate::money::PlainFormatter;
use crate::price_book::PriceBook;
use crate::view::{page_view, questions_view, ResultView};

/// Counts that the grade is computed from.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct TextCounts {
    pub sentences: u32,
    pub words: u32,
    pub syllables: u32,
}

impl TextCounts {
    /// The Flesch–Kincaid grade level:
    /// 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
    pub fn grade(self) -> f64 {
        if self.sentences == 0 || self.words == 0 {
            return 0.0;
        }
        let words = f64::from(self.words);
        0.39 * words / f64::from(self.sentences) + 11.8 * f64::from(self.syllables) / words - 15.59
    }

    /// The counts of `text`: sentences end at ".", "!" or "?"; a word is a run of letters
    /// (numbers and amounts are left out, as a reader takes them in at a glance).
    pub fn of(text: &str) -> TextCounts {
        let mut counts = TextCounts::default();
        for sentence in text
            .split(['.', '!', '?'])
            .filter(|sentence| sentence.chars().any(char::is_alphabetic))
        {
            counts.sentences += 1;
            for word in sentence
                .split(|c: char| !(c.is_alphabetic() || c == '\''))
                .filter(|word| word.chars().any(char::is_alphabetic))
            {
                counts.words += 1;
                counts.syllables += syllables(word);
            }
        }
        counts
    }

    fn add(self, other: TextCounts) -> TextCounts {
        TextCounts {
            sentences: self.sentences + other.sentences,
            words: self.words + other.words,
            syllables: self.syllables + other.syllables,
        }
    }
}

/// The usual estimate of syllables in an English word: groups of vowels, less a silent final
/// "e", at least one. Abbreviations in capitals (FDA, IND, MSC) are read letter by letter.
pub fn syllables(word: &str) -> u32 {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        // "FDA" is "eff-dee-ay"; most letters are one syllable and W is three.
        return letters.iter().map(|c| if *c == 'W' { 3 } else { 1 }).sum();
    }
    let lower: Vec<char> = letters.iter().map(|c| c.to_ascii_lowercase()).collect();
    let is_vowel = |c: char| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y');
    let mut groups = 0;
    let mut previous_vowel = false;
    for &c in &lower {
        let vowel = is_vowel(c);
        if vowel && !previous_vowel {
            groups += 1;
        }
        previous_vowel = vowel;
    }
    let ends_in_silent_e = lower.len() > 2
        && lower.ends_with(&['e'])
        && !lower.ends_with(&['l', 'e'])
        && !is_vowel(lower[lower.len() - 2]);
    if ends_in_silent_e && groups > 1 {
        groups -= 1;
    }
    groups.max(1)
}

/// The grade of each group of sentences a patient reads, with its counts. Each distinct
/// sentence counts once, however many states show it.
pub fn calculator_grades(book: &PriceBook) -> Vec<(&'static str, TextCounts)> {
    let mut calculator: Vec<String> = Vec::new();
    let mut caveats: Vec<String> = Vec::new();
    let add = |list: &mut Vec<String>, text: &str| {
        if !text.is_empty() && !list.iter().any(|known| known == text) {
            list.push(text.to_owned());
        }
    };
    let money = PlainFormatter::new(book.currency());
    for raw in page_states(book) {
        let page = page_view(book, &raw, &money, Lang::En);
        for text in [
            page.tier_hint.as_str(),
            page.sessions_hint.as_str(),
            page.lot_data_label,
            page.lot_data_hint,
            page.method_hint.unwrap_or_default(),
        ] {
            add(&mut calculator, text);
        }
        let ResultView::Estimate(view) = &page.result else {
            continue;
        };
        for figure in view.figures() {
            for line in figure.note.iter().chain(&figure.provenance) {
                add(&mut calculator, line);
            }
        }
        for text in view.notes.iter().chain([&view.schedule_note]) {
            add(&mut calculator, text);
        }
        add(&mut calculator, view.disclaimer);
        for caveat in &view.caveats {
            add(&mut caveats, caveat.title);
            add(&mut caveats, caveat.body);
        }
    }
    let asked = questions_view(Lang::En);
    let mut questions = vec![asked.lede.to_owned()];
    for question in asked.questions {
        questions.push(question.question.to_owned());
        questions.push(question.why.to_owned());
    }
    let total = |texts: &[String]| {
        texts
            .iter()
            .map(|text| TextCounts::of(text))
            .fold(TextCounts::default(), TextCounts::add)
    };
    vec![
        ("calculator", total(&calculator)),
        ("caveats", total(&caveats)),
        ("questions", total(&questions)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllables_follow_the_usual_rule() {
        assert_eq!(syllables("cat"), 1);
        assert_eq!(syllables("price"), 1);
        assert_eq!(syllables("session"), 2);
        assert_eq!(syllables("treatment"), 2);
        assert_eq!(syllables("simple"), 2);
        assert_eq!(syllables("characterisation"), 6);
        assert_eq!(syllables("FDA"), 3);
    }

    #[test]
    fn a_long_sentence_of_long_words_grades_higher_than_a_short_plain_one() {
        let plain = TextCounts::of("Ask the clinic for the price. Ask what it covers.");
        let dense = TextCounts::of(
            "Practitioners administering investigational preparations should disclose characterisation documentation comprehensively.",
        );
        assert_eq!(plain.sentences, 2);
        assert_eq!(plain.words, 10);
        assert!(plain.grade() < 4.0, "{}", plain.grade());
        assert!(dense.grade() > 18.0, "{}", dense.grade());
    }

    #[test]
    fn figures_are_not_words() {
        assert_eq!(TextCounts::of("$2,000 – $4,000 for 3 sessions.").words, 2);
    }
}
