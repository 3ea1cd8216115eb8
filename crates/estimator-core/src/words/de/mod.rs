//! The German words, one file per part.

use super::Words;

mod clinic;
// Read through `page::page_words`, not through `WORDS`: only the prerenderer needs it.
pub(super) mod page;
mod planner;
mod quote;
mod view;

pub static WORDS: Words = Words {
    view: view::WORDS,
    planner: planner::WORDS,
    quote: quote::WORDS,
    clinic: clinic::WORDS,
};
