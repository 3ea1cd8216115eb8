//! A problem found in what was read, with the path that leads to it, and the helpers that
//! write paths and quote text in its messages. Not only the JSON reader reports problems (the
//! form, the quote and the share link quote what was typed), so this part needs no JSON.

use std::fmt;

/// One problem found in a JSON document, with the path that leads to it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// A path such as `offers[2].single.max`; empty for the document itself.
    pub path: String,
    /// What is wrong, in plain words, without the path.
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Collects problems while a document is read.
#[derive(Debug, Default)]
pub struct Problems {
    list: Vec<Problem>,
}

impl Problems {
    pub fn push(&mut self, path: &str, message: impl Into<String>) {
        self.list.push(Problem {
            path: path.to_owned(),
            message: message.into(),
        });
    }

    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }

    pub fn into_vec(self) -> Vec<Problem> {
        self.list
    }
}

/// The most problems a rejection lists; the rest are counted in one more line.
pub const MAX_PROBLEMS_LISTED: usize = 50;

/// Lists at most [`MAX_PROBLEMS_LISTED`] problems and, when there were more, one line at
/// `path` that counts the rest, so that a hostile document cannot flood the page.
pub fn cap_problems(mut list: Vec<Problem>, path: &str) -> Vec<Problem> {
    if list.len() > MAX_PROBLEMS_LISTED {
        let hidden = list.len() - MAX_PROBLEMS_LISTED;
        list.truncate(MAX_PROBLEMS_LISTED);
        list.push(Problem {
            path: path.to_owned(),
            message: format!("{hidden} more problems not shown"),
        });
    }
    list
}

/// Joins a parent path and a field name the way the error messages print them.
pub fn field_path(parent: &str, field: &str) -> String {
    if parent.is_empty() {
        field.to_owned()
    } else {
        format!("{parent}.{field}")
    }
}

pub fn index_path(parent: &str, index: usize) -> String {
    format!("{parent}[{index}]")
}

/// Cuts text to at most `max_chars` characters, marking the cut with an ellipsis.
pub fn shorten(text: &str, max_chars: usize) -> String {
    if text.chars().count() <= max_chars {
        text.to_owned()
    } else {
        let mut cut: String = text.chars().take(max_chars.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

/// Characters that must never reach the page from text someone else wrote (a clinic's file, a
/// shared link): control characters, line and paragraph separators, and the bidirectional
/// marks, embeddings, overrides and isolates, which can reorder or disguise the text around
/// them. The one set for every message that quotes such text.
pub(crate) fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{200E}'
                | '\u{200F}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{202A}'..='\u{202E}'
                | '\u{2066}'..='\u{2069}'
        )
}

/// Replaces unsafe characters with U+FFFD, keeping the length.
pub(crate) fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if is_unsafe_char(c) { '\u{FFFD}' } else { c })
        .collect()
}

/// The clinic's text in quotes, cleaned and shortened, for a message.
// Only the configuration's readers (behind `clinic`) quote with these English marks today; a
// view quotes typed text in its language's own marks, around `shorten(&clean(..))`.
#[cfg_attr(not(feature = "clinic"), allow(dead_code))]
pub(crate) fn quoted(text: &str, max_chars: usize) -> String {
    format!("\"{}\"", shorten(&clean(text), max_chars))
}
