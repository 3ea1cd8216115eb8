//! The limits every layer shares: how many sessions an estimate covers and how many a book's
//! series may hold. A leaf: it uses nothing else in the crate, so the book, the form and the
//! estimate can all depend on it without depending on one another.

/// The fewest sessions an estimate covers.
pub const MIN_SESSIONS: u32 = 1;

/// The most sessions an estimate covers: twice the longest typical initial series (2–3
/// treatments in the source). Beyond that, any figure would be an extrapolation the source
/// does not support, and a longer plan is a conversation to have with a clinic.
pub const MAX_SESSIONS: u32 = 6;

/// The most sessions a book's series offer may hold. Larger than [`MAX_SESSIONS`]: a clinic may
/// sell a longer package, which an estimate then never reaches.
pub const MAX_SERIES_SESSIONS: u64 = 12;
