//! The checks: what the tests, the fuzz targets and the examples run over every state of a
//! book. The app never calls any of it, so the wasm carries none of it.
//!
//! - `whole_table`: the walk over every state of a book's calculator and planner, and the
//!   promises each state must keep, returned as a list of violations.
//! - `readability`: the reading grade of what a patient reads, over that same walk.

// The reading level is measured on the English words only.
#[cfg(feature = "lang-en")]
pub mod readability;
pub mod whole_table;
