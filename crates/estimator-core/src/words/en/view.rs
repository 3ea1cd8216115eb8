//! The English words of the view part.

use crate::words::view::ViewWords;

pub const WORDS: ViewWords = ViewWords {};
