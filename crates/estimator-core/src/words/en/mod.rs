//! The English words, one file per part.

language_table!();
