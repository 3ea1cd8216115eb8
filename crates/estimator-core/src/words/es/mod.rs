//! The Spanish words, one file per part.

language_table!();
