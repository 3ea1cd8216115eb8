//! The English words of the widget part.

use crate::words::widget::WidgetWords;

/// Said after every statement of who supplied a framed or linked configuration.
const UNCHECKED: &str =
    "The estimator's publisher has not checked them and does not vouch for them.";

pub const WORDS: WidgetWords = WidgetWords {
    widget_title: "Exosome treatment cost estimator",
    book_with: |clinic| format!("Book a consultation with {clinic}"),
    call_number: |phone| format!("Call {phone}"),
    cta_lead: |clinic| format!("Only {clinic} can quote your price. Bring the four questions."),
    compact_book: "Book a consultation",
    compact_call: "Call the clinic",
    privacy: "The estimator itself sends nothing you enter anywhere: it works out every figure in your browser. Scripts of the website showing it can see what you type, as on any web page.",
    supplied_by_origin: |origin| {
        format!(
            "The clinic name, prices and links in this frame were supplied by {origin}, the website showing it. {UNCHECKED}"
        )
    },
    supplied_by_framing_page: "The clinic name, prices and links in this frame were supplied by the website showing it. The estimator's publisher has not checked them and does not vouch for them.",
    supplied_by_link: "The clinic name, prices and links on this page came with the link you opened. The estimator's publisher has not checked them and does not vouch for them.",
    language_unavailable: |language| match language {
        Some(language) if language.own != language.english => format!(
            "This estimator is not yet available in {} ({}). It is shown in English.",
            language.english, language.own
        ),
        Some(language) => format!(
            "This estimator is not yet available in {}. It is shown in English.",
            language.english
        ),
        None => "This estimator is not yet available in the language of this website. It is shown in English.".to_owned(),
    },
};
