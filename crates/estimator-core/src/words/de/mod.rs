//! The German words, one file per part.

language_table!();
