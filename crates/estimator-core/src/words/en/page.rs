//! The English words of the page part.

use crate::words::page::PageWords;

pub const WORDS: PageWords = PageWords {};
