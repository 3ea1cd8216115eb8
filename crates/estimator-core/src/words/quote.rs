//! The quote part of a language's words. Each field says what it is for; see
//! [`crate::words`] for how fields are written.

pub struct QuoteWords {}
