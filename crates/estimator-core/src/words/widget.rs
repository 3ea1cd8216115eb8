//! The widget part of a language's words: the lines a clinic's widget adds around the
//! calculator (its title, the call to action, the privacy line, who supplied a framed
//! configuration, the notice of a language not yet available). It is a part of its own, apart
//! from the clinic part, because only the widget's build reads it: the page's build names none
//! of it, so the page's wasm links none of it.

use crate::words::language_names::LanguageName;

/// The widget's lines; see [`crate::words`] for how fields are written.
pub struct WidgetWords {
    /// The widget's title.
    pub widget_title: &'static str,
    /// The booking link of the call to action: book a consultation with the clinic.
    pub book_with: fn(clinic: &str) -> String,
    /// The phone link of the call to action: call the number as the clinic wrote it.
    pub call_number: fn(phone: &str) -> String,
    /// The call to action's lead: only the clinic can quote the price; bring the four
    /// questions.
    pub cta_lead: fn(clinic: &str) -> String,
    /// The short booking label right under the total.
    pub compact_book: &'static str,
    /// The short phone label right under the total.
    pub compact_call: &'static str,
    /// The privacy line: the estimator sends nothing, the page around it can see what is typed.
    pub privacy: &'static str,
    /// Who supplied a framed configuration: the framing website, by the origin the browser
    /// reported; and that the estimator's publisher has not checked it.
    pub supplied_by_origin: fn(origin: &str) -> String,
    /// The same, when the browser reported no origin.
    pub supplied_by_framing_page: &'static str,
    /// The same, for a configuration that came in the link the patient opened.
    pub supplied_by_link: &'static str,
    /// Said when the widget speaks this table's language only because the estimator is not
    /// yet written in the language of the clinic's `locale` and the clinic set no `language`:
    /// that the estimator is not yet available in that language (by name, from
    /// [`language_name`](crate::words::language_names::language_name); `None` for a language
    /// the table of names lacks) and which language it is shown in.
    pub language_unavailable: fn(language: Option<&LanguageName>) -> String,
}
