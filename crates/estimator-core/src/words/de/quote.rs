//! The German words of the quote part.

use crate::words::quote::QuoteWords;

pub const WORDS: QuoteWords = QuoteWords {};
