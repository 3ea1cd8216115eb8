//! The Spanish words, one file per part.

use super::Words;

mod clinic;
mod page;
mod planner;
mod quote;
mod view;

pub static WORDS: Words = Words {
    view: view::WORDS,
    planner: planner::WORDS,
    quote: quote::WORDS,
    clinic: clinic::WORDS,
    page: page::WORDS,
};
