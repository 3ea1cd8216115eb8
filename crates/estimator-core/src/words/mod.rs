//! Every word a person reads, as data: one table per language, each made of one part per
//! layer that speaks (the calculator's view, the planner, the quote check, what a clinic's
//! configuration adds, the widget's own lines, the page around the calculator). The code that builds a view takes a
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
pub mod widget;

/// The body of each language's `mod.rs`: its part files, one static per part, and `WORDS`, the
/// parts' addresses, which [`words`] hands out. Written once here so the languages are alike by
/// construction; a language's folder holds only its words.
macro_rules! language_table {
    () => {
        mod clinic;
        // Read through `page::page_words`, not through `WORDS`: only the prerenderer needs it.
        pub(super) mod page;
        mod planner;
        mod quote;
        mod view;
        mod widget;

        static VIEW: $crate::words::view::ViewWords = view::WORDS;
        pub(super) static PLANNER: $crate::words::planner::PlannerWords = planner::WORDS;
        static QUOTE: $crate::words::quote::QuoteWords = quote::WORDS;
        static CLINIC: $crate::words::clinic::ClinicWords = clinic::WORDS;
        static WIDGET: $crate::words::widget::WidgetWords = widget::WORDS;

        pub(super) const WORDS: $crate::words::Words = $crate::words::Words {
            view: &VIEW,
            planner: &PLANNER,
            quote: &QUOTE,
            clinic: &CLINIC,
            widget: &WIDGET,
        };
    };
}

#[cfg(feature = "lang-de")]
mod de;
#[cfg(feature = "lang-en")]
mod en;
#[cfg(feature = "lang-es")]
mod es;

/// One language's words, part by part, each part a static of its own.
///
/// [`words`] hands out the parts' addresses by value, and is always inlined, so that a build
/// links exactly the parts its code reads: the page's build reads no widget line, and its wasm
/// carries none (one static holding every part would keep them all). The page part is not
/// among them: only the build-time prerenderer reads it, through [`page::page_words`].
#[derive(Clone, Copy)]
pub struct Words {
    pub view: &'static view::ViewWords,
    pub planner: &'static planner::PlannerWords,
    pub quote: &'static quote::QuoteWords,
    pub clinic: &'static clinic::ClinicWords,
    pub widget: &'static widget::WidgetWords,
}

/// The words of `lang`.
#[inline(always)]
pub fn words(lang: Lang) -> Words {
    match lang {
        #[cfg(feature = "lang-en")]
        Lang::En => en::WORDS,
        #[cfg(feature = "lang-es")]
        Lang::Es => es::WORDS,
        #[cfg(feature = "lang-de")]
        Lang::De => de::WORDS,
    }
}
