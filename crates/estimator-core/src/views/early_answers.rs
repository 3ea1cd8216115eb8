//! The answers the prerendered page gives to its first controls before its wasm runs.
//!
//! On a slow phone or a slow link the prerendered calculator is on screen for a while before
//! the wasm that works it has arrived and started: about a second over a slow mobile link, and
//! a third of one over a fast link on a phone-speed CPU. A person who changes a control in that
//! time should see the answer change. So the prerenderer writes this table into the page, and
//! the page's script shows the entry for the controls' values as soon as one changes: the
//! one-line answer, the card's summary and total, and the hints under the two selects.
//!
//! Each entry is the calculator's own view of those values ([`page_view`]), so what the script
//! shows is exactly what the calculator draws once it runs. The table holds every value the
//! controls can take before then: each method, each tier the tier select offers as the page
//! opens (it offers the first method's tiers until the calculator redraws it), the lot-data box
//! ticked or not, and each valid session count as typed. Anything else (a count typed as
//! "four", say) is not in the table, and the page waits for the calculator, saying so.
//!
//! Only the prerenderer calls this: the wasm carries none of it.

use crate::estimate::form::{step_sessions, RawInput};
use crate::lang::Lang;
use crate::limits::{MAX_SESSIONS, MIN_SESSIONS};
use crate::money::MoneyFormat;
use crate::price_book::PriceBook;
use crate::view::{page_view, FigureView, ResultView};

/// The id of the page's element that holds the table, which `static/page.js` reads. A clinic's
/// single file leaves that element out (`cargo xtask dist`): its estimator has the clinic's
/// prices, not the published book's.
pub const ELEMENT_ID: &str = "early-answers";

/// The table the page's script reads before the calculator runs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EarlyAnswers {
    /// What "−" and "+" make of each session count in the table.
    pub steps: Vec<EarlySteps>,
    /// One entry per value of the controls that the calculator answers with an estimate.
    pub answers: Vec<EarlyAnswer>,
}

/// The sessions field's text after "−" and after "+", from `sessions`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EarlySteps {
    pub sessions: String,
    pub fewer: String,
    pub more: String,
}

/// What the calculator shows on its first screen for one value of its controls.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EarlyAnswer {
    /// The controls' values, as the page reads them: the method select's value, the tier
    /// select's value, the lot-data box and the sessions field's text.
    pub input: RawInput,
    /// The answer in one line ("4 sessions · …").
    pub answer: String,
    /// The card's summary ("Microneedling exosome facial · Not sure · 4 sessions").
    pub summary: String,
    pub method_hint: Option<&'static str>,
    pub tier_hint: String,
    /// The card's headline figure: its label, value, kind and badge.
    pub total: FigureView,
}

/// Every answer the calculator's first screen gives before it runs, for `book` in `lang`, with
/// money written by `money` (the formatter the calculator itself uses for the page).
pub fn early_answers(book: &PriceBook, money: &dyn MoneyFormat, lang: Lang) -> EarlyAnswers {
    let opening = page_view(book, &RawInput::initial(book), money, lang);
    let counts: Vec<String> = (MIN_SESSIONS..=MAX_SESSIONS)
        .map(|count| count.to_string())
        .collect();
    let steps = counts
        .iter()
        .map(|sessions| EarlySteps {
            sessions: sessions.clone(),
            fewer: step_sessions(sessions, -1),
            more: step_sessions(sessions, 1),
        })
        .collect();
    let mut answers = Vec::new();
    for method in &opening.methods {
        for tier in &opening.tiers {
            for lot_data in [false, true] {
                for sessions in &counts {
                    let input = RawInput {
                        method: method.value.clone(),
                        tier: tier.value.clone(),
                        sessions: sessions.clone(),
                        lot_data,
                    };
                    if let Some(answer) = early_answer(book, input, money, lang) {
                        answers.push(answer);
                    }
                }
            }
        }
    }
    EarlyAnswers { steps, answers }
}

/// The entry for `input`, unless the calculator shows no estimate for it, or its total carries
/// a note: the prerendered headline has no place for one, and the script changes words, never
/// the page's elements, so the calculator can still hydrate what it rendered.
fn early_answer(
    book: &PriceBook,
    input: RawInput,
    money: &dyn MoneyFormat,
    lang: Lang,
) -> Option<EarlyAnswer> {
    let view = page_view(book, &input, money, lang);
    let ResultView::Estimate(estimate) = view.result else {
        return None;
    };
    if estimate.total.note.is_some() {
        return None;
    }
    Some(EarlyAnswer {
        input,
        answer: view.answer,
        summary: estimate.summary,
        method_hint: view.method_hint,
        tier_hint: view.tier_hint,
        total: estimate.total,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::PlainFormatter;

    fn table() -> (PriceBook, EarlyAnswers) {
        let book = PriceBook::published();
        let money = PlainFormatter::new(book.currency());
        let table = early_answers(&book, &money, Lang::default());
        (book, table)
    }

    #[test]
    fn every_value_the_opening_controls_can_take_has_an_answer() {
        let (book, table) = table();
        let money = PlainFormatter::new(book.currency());
        let opening = page_view(&book, &RawInput::initial(&book), &money, Lang::default());
        let expected = opening.methods.len() * opening.tiers.len() * 2 * MAX_SESSIONS as usize;
        assert_eq!(table.answers.len(), expected);
        for answer in &table.answers {
            assert!(opening
                .methods
                .iter()
                .any(|m| m.value == answer.input.method));
            assert!(opening.tiers.iter().any(|t| t.value == answer.input.tier));
        }
    }

    #[test]
    fn each_answer_is_the_calculators_own_view_of_its_input() {
        let (book, table) = table();
        let money = PlainFormatter::new(book.currency());
        for answer in &table.answers {
            let view = page_view(&book, &answer.input, &money, Lang::default());
            let ResultView::Estimate(estimate) = view.result else {
                panic!("no estimate for {:?}", answer.input);
            };
            assert_eq!(answer.answer, view.answer);
            assert_eq!(answer.summary, estimate.summary);
            assert_eq!(answer.total, estimate.total);
            assert_eq!(answer.tier_hint, view.tier_hint);
            let sessions = &answer.input.sessions;
            assert!(
                answer.answer.starts_with(&format!("{sessions} session")),
                "{}",
                answer.answer
            );
        }
    }

    #[test]
    fn a_tier_the_method_does_not_offer_is_answered_as_the_calculator_falls_back() {
        let (_, table) = table();
        let injection_plant = table
            .answers
            .iter()
            .find(|answer| answer.input.method == "injection" && answer.input.tier == "plant")
            .expect("the tier select offers plant as the page opens");
        assert!(
            !injection_plant.summary.contains("Plant"),
            "{}",
            injection_plant.summary
        );
    }

    #[test]
    fn steps_stay_within_the_limits() {
        let (_, table) = table();
        let first = table.steps.first().expect("a step for the fewest sessions");
        assert_eq!((first.fewer.as_str(), first.more.as_str()), ("1", "2"));
        let last = table.steps.last().expect("a step for the most sessions");
        assert_eq!(last.more, MAX_SESSIONS.to_string());
    }
}
