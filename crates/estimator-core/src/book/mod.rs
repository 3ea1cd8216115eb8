//! The book: what is read in and checked before anything is estimated. The published price
//! book, the JSON reader that reads it (and a clinic's own), and a clinic's configuration.

pub mod clinic_config;
pub mod json_reader;
pub mod price_book;
