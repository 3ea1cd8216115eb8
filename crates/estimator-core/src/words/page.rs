//! The page part of a language's words: the page around the calculator (its title and
//! description, header, notes, footer, the app's manifest, the language switch) and the
//! explanations below the calculator. Each field says what it is for; see [`crate::words`]
//! for how fields are written.
//!
//! Only the build-time prerenderer reads this part, so it is reached through [`page_words`]
//! and not through [`crate::words::Words`]: the wasm, which reads the other parts, then links
//! none of these words (the explanations alone are the longest prose of the product).

use crate::lang::Lang;
use crate::views::explanations::{PublishedFigures, Section};

pub struct PageWords {
    /// The document's `<title>`.
    pub title: &'static str,
    /// The `<meta name="description">`: what a search result shows under the title.
    pub description: &'static str,
    /// The note at the top of the page, hidden once scripts run: what works without them.
    pub no_js_note: &'static str,
    /// The banner shown while the wasm loads.
    pub loading: &'static str,
    /// The skip link to the calculator, the first thing a keyboard reaches.
    pub skip_link: &'static str,
    /// The line above the page's heading: the privacy promise.
    pub eyebrow: &'static str,
    /// The page's heading (`<h1>`).
    pub heading: &'static str,
    /// The paragraph under the heading: what the page is for.
    pub lede: &'static str,
    /// The accessible name of the calculator's region.
    pub calculator_label: &'static str,
    /// The no-script text where the calculator would be: it needs JavaScript, and the figures
    /// the overview quotes, from the published book.
    pub noscript: fn(&PublishedFigures) -> String,
    /// The footer's sentence, around its link to the sources list: the text before the link,
    /// the link's text (the sources section's heading) and the text after it.
    pub footer_before: &'static str,
    pub footer_link: &'static str,
    pub footer_after: &'static str,
    /// The installed app's name, its short name under the icon, and its description (the web
    /// app manifest's `name`, `short_name` and `description`).
    pub app_name: &'static str,
    pub app_short_name: &'static str,
    pub app_description: &'static str,
    /// The label of the language switch.
    pub language_label: &'static str,
    /// Offered to a reader whose browser prefers this language while reading another: that
    /// the page is also in this language, said in this language.
    pub language_offer: &'static str,
    /// The link of that offer, to the page in this language.
    pub language_offer_link: &'static str,
    /// An amount of `currency` (in minor units) as this language writes it where no browser
    /// formats it: the text written at build time (the no-script text, the explanations).
    pub money: fn(currency: &str, minor_units: u64) -> String,
    /// The explanations below the calculator, with the published figures they state.
    pub explanations: fn(&PublishedFigures) -> Vec<Section>,
    /// The label of the button that dismisses the offer of this language, in this language.
    pub language_offer_dismiss: &'static str,
    /// The banner of a newer version ready offline, and its button.
    pub update_ready: &'static str,
    pub update_reload: &'static str,
}

/// The language `index.html` and `manifest.webmanifest` are written in: the prerenderer finds
/// these words of it in them and writes another language's over them.
#[cfg(feature = "lang-en")]
pub const TEMPLATE_LANG: Lang = Lang::En;

/// The page words of `lang`.
pub fn page_words(lang: Lang) -> &'static PageWords {
    match lang {
        #[cfg(feature = "lang-en")]
        Lang::En => &super::en::page::WORDS,
        #[cfg(feature = "lang-es")]
        Lang::Es => &super::es::page::WORDS,
        #[cfg(feature = "lang-de")]
        Lang::De => &super::de::page::WORDS,
    }
}
