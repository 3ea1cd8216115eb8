//! Every word a person reads, as data: one table per language, each made of one part per
//! layer that speaks (the calculator's view, the planner, the quote check, what a clinic's
//! widget adds, the page around the calculator). The code that builds a view takes a
//! [`Lang`] and reads its words from [`words`]; it writes no sentence of its own.
//!
//! A part is a struct whose fields are either fixed text (`&'static str`) or a function that
//! words a sentence from its figures (`fn(..) -> String`). A function rather than a template
//! lets each language place the figures and agree its words with them ("1 sesión",
//! "3 sesiones") in ordinary Rust, and the compiler checks that every language has every
//! message with the same figures to hand. `tests/translations.rs` checks the rest: that no
//! message drops a figure it is given, and that no Spanish or German view leaves a sentence in
//! English.

use crate::lang::Lang;

pub mod clinic;
pub mod language_names;
pub mod page;
pub mod planner;
pub mod quote;
pub mod view;

#[cfg(feature = "lang-de")]
mod de;
#[cfg(feature = "lang-en")]
mod en;
#[cfg(feature = "lang-es")]
mod es;

/// One language's words, part by part. The page part is not among them: only the build-time
/// prerenderer reads it, through [`page::page_words`], so that the wasm links none of it.
pub struct Words {
    pub view: view::ViewWords,
    pub planner: planner::PlannerWords,
    pub quote: quote::QuoteWords,
    pub clinic: clinic::ClinicWords,
}

/// The words of `lang`.
pub fn words(lang: Lang) -> &'static Words {
    match lang {
        #[cfg(feature = "lang-en")]
        Lang::En => &en::WORDS,
        #[cfg(feature = "lang-es")]
        Lang::Es => &es::WORDS,
        #[cfg(feature = "lang-de")]
        Lang::De => &de::WORDS,
    }
}
