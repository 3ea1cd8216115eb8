//! A clinic's configuration of the embedded estimator: who the clinic is, the currency and
//! locale every amount is formatted for, the language the widget speaks, the clinic's own
//! price book, and a small theme.
//!
//! A clinic embeds the estimator on its own site and points it at a JSON file such as
//!
//! ```json
//! {
//!   "clinic": { "name": "Dermatologie am Stadtpark", "booking_url": "/termin", "phone": "+49 30 1234567" },
//!   "currency": "EUR",
//!   "locale": "de-DE",
//!   "language": "de",
//!   "price_book": { "schema_version": 1, "currency": "EUR", "…": "the price book schema" },
//!   "theme": { "accent": "#1d4ed8", "font_family": "\"Source Sans 3\", Arial, sans-serif", "radius": "6px" }
//! }
//! ```
//!
//! Every field is optional; `{}` means the published defaults ([`ClinicConfig::published`]).
//! [`ClinicConfig::from_json`] either returns a configuration in which every rule below holds,
//! or every problem it found, each with its path (`price_book.offers[1].single.min: …`,
//! `currency: "US$" is not an ISO 4217 code …`). There is no partial result: a configuration
//! with any problem gives no prices at all, so the widget can never show the published
//! figures while the page claims they are the clinic's.
//!
//! What is read, and the rules:
//!
//! - `clinic` (optional object): `name` (required, at most 80 characters, no control
//!   characters), `booking_url` (optional: an `https://` or `http://` address, or a path on the
//!   clinic's own site starting with `/`; at most 500 characters), `phone` (optional: digits,
//!   spaces and `+ - ( ) .`, 5 to 30 characters, at least 5 digits).
//! - `currency` (optional): three capital letters. Defaults to the price book's currency. It
//!   must agree with the book's; the published figures are in USD, so without a price book it
//!   must be USD or left out. Money is never converted.
//! - `locale` (optional): a BCP 47 language tag, checked syntactically (see [`check_locale`]).
//!   Defaults to [`DEFAULT_LOCALE`].
//! - `language` (optional): the code of a language the estimator is written in (`en`, `es`,
//!   `de`, exactly as written here; see [`Lang::code`]). Defaults to the language of `locale`
//!   where the estimator has it ([`Lang::of_locale`]), else English; the widget then says that
//!   it is not yet available in the locale's language ([`ClinicConfig::unavailable_locale_language`]).
//!   It sets the words only: `locale` still formats amounts and dates. The problems of a
//!   configuration stay in English whatever its language, since they are for the clinic's web
//!   team, not for patients.
//! - `price_book` (optional object): the clinic's own book, in the schema of the default book,
//!   validated by [`PriceBook::from_value`] so its problems carry the `price_book.` prefix, plus
//!   the clinic-book rules of [`BookOrigin::Clinic`]. Leaving it out shows the published figures,
//!   labelled as published figures; `null` is refused, because a missing book should be a
//!   decision, not an accident of a template.
//! - `theme` (optional object): `accent`, `font_family`, `radius`, each checked so narrowly
//!   that it is safe to set as a CSS custom property (see [`to_css_custom_properties`]).
//!
//! `null` for any field other than `price_book` means the field is absent, as in the price
//! book. Unknown fields are reported as typos. There is no field that hides the regulatory caveats
//! or the four questions to ask; a field that looks like an attempt to (`hide_caveats`,
//! `show_questions`, …) is refused with a message that says they are always shown.
//!
//! Every piece of the clinic's text quoted in a message is shortened with
//! [`json_reader::shorten`](crate::json_reader::shorten) and has control and bidirectional
//! override characters replaced, and the list is capped at [`MAX_PROBLEMS`] lines, so a
//! hostile configuration cannot flood or garble the page that shows the problems.

//!
//! This file holds the types; reading and checking a configuration is `read_clinic_config.rs`,
//! behind the `clinic` feature, whose functions are re-exported here.

#[cfg(feature = "clinic")]
pub use super::read_clinic_config::*;
use crate::lang::Lang;
use crate::price_book::PriceBook;

/// The path of problems with the configuration file as a whole: it could not be fetched, is
/// not JSON, or is not an object.
pub const CONFIG_PATH: &str = "config";

/// The locale used when the configuration names none.
pub const DEFAULT_LOCALE: &str = "en-US";

/// The largest configuration text read at all. A real one is a few kilobytes.
pub const MAX_CONFIG_BYTES: usize = 1_000_000;

pub const MAX_CLINIC_NAME_CHARS: usize = 80;
pub const MAX_BOOKING_URL_CHARS: usize = 500;
pub const MAX_CONFIG_URL_CHARS: usize = 500;
pub const MIN_PHONE_CHARS: usize = 5;
pub const MAX_PHONE_CHARS: usize = 30;
pub const MIN_PHONE_DIGITS: usize = 5;
pub const MAX_LOCALE_CHARS: usize = 35;
pub const MAX_FONT_FAMILY_CHARS: usize = 120;
/// Whose figures the book holds; the page labels prices accordingly.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BookOrigin {
    /// The compiled-in published book: "Published figures, not a quote".
    Published,
    /// The clinic's own book, given as `price_book`. Every quoted price in it must cite a
    /// source of kind `"clinic"` (or `"example"`, for an invented demonstration list); its
    /// protocol, downtime and interval figures may cite the published source they really come
    /// from, so a figure keeps its true source.
    ///
    /// Why: the page labels a book's prices as the clinic's when it cites a clinic's list
    /// ([`PriceBook::is_clinic_book`]), so a clinic must not pass published figures off as its
    /// own prices, nor its own prices off as published figures. The per-price rule points at
    /// the exact price to fix. A clinic that wants the published figures leaves `price_book`
    /// out and gets them, labelled as such.
    Clinic,
}

/// Who the clinic is, for the heading and the call to action.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clinic {
    /// At most 80 characters, trimmed, no control or bidirectional override characters.
    pub name: String,
    /// An `https://`/`http://` address or a same-site path starting with `/` (never `//`),
    /// with no spaces, control characters, backslashes, quotes or angle brackets.
    pub booking_url: Option<String>,
    /// Digits, spaces and `+ - ( ) .`, as the clinic wrote it.
    pub phone: Option<String>,
}

impl Clinic {
    /// A `tel:` link for the phone number: its digits, with a leading `+` if written.
    pub fn phone_href(&self) -> Option<String> {
        let phone = self.phone.as_deref()?;
        let plus = if phone.trim_start().starts_with('+') {
            "+"
        } else {
            ""
        };
        let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
        (!digits.is_empty()).then(|| format!("tel:{plus}{digits}"))
    }
}

/// Branding, set on the widget's root element as CSS custom properties.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Theme {
    /// `#rgb` or `#rrggbb`, lowercased.
    pub accent: Option<String>,
    /// Family names of letters, digits, spaces, hyphens and quotes, separated by commas.
    pub font_family: Option<String>,
    /// `0`–`32px` or `0`–`2rem`; a bare `0` is stored as `0px` (the stylesheet multiplies the
    /// radius in `calc()`, where a unitless zero would be a number, not a length).
    pub radius: Option<String>,
}

/// A validated configuration. It exists only validated: its fields are private to the core,
/// so only [`ClinicConfig::from_json`], [`ClinicConfig::from_value`] and
/// [`ClinicConfig::published`] make one, and everything outside the core reads it through the
/// accessors below, as it reads a [`PriceBook`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClinicConfig {
    pub(crate) clinic: Option<Clinic>,
    /// A BCP 47 tag with canonical case (`en-US`, `zh-Hant-TW`), safe for `Intl.NumberFormat`.
    pub(crate) locale: String,
    /// The language the configuration asks for (`language`); `None` when it asks for none,
    /// and the widget speaks the language of `locale` (see [`ClinicConfig::language`]).
    pub(crate) language: Option<Lang>,
    pub(crate) book: PriceBook,
    pub(crate) book_origin: BookOrigin,
    pub(crate) theme: Theme,
    /// The clinic's financing plans (`financing`), cited to the clinic; empty when it offers
    /// none. See [`crate::financing`].
    pub(crate) financing: Vec<FinancingPlan>,
    /// How a patient sends their plan to the clinic (`booking`). See [`crate::booking`].
    pub(crate) booking: Option<Booking>,
}

impl Default for ClinicConfig {
    fn default() -> Self {
        ClinicConfig::published()
    }
}

impl ClinicConfig {
    /// The published book, in its currency (USD), for US English, with no clinic and no theme.
    /// It speaks English (the language of [`DEFAULT_LOCALE`]), as `{}` does.
    pub fn published() -> ClinicConfig {
        ClinicConfig {
            clinic: None,
            locale: DEFAULT_LOCALE.to_owned(),
            language: None,
            book: PriceBook::published(),
            book_origin: BookOrigin::Published,
            theme: Theme::default(),
            financing: Vec::new(),
            booking: None,
        }
    }

    /// Who the clinic is, when the configuration names it.
    pub fn clinic(&self) -> Option<&Clinic> {
        self.clinic.as_ref()
    }

    /// The ISO 4217 code every amount is formatted in. It is the book's own: a configuration
    /// whose `currency` differs from its book's is refused, since money is never converted.
    pub fn currency(&self) -> &str {
        self.book.currency()
    }

    /// The BCP 47 tag every amount and date is formatted for, with canonical case.
    pub fn locale(&self) -> &str {
        &self.locale
    }

    /// The language every word of the widget is in: the configuration's `language`, else the
    /// language of its locale where the estimator has it, else the build's default language
    /// (English in every build that reads a configuration).
    pub fn language(&self) -> Lang {
        self.language
            .or_else(|| Lang::of_locale(&self.locale))
            .unwrap_or_default()
    }

    /// The language subtag of the locale (`ko` for `ko-KR`), lowercase, when the widget speaks
    /// another language only because the estimator is not yet written in that one: the
    /// configuration sets no `language`, and the locale's language is not one of the build's.
    /// `None` when the widget speaks the locale's language or the one the clinic chose.
    pub fn unavailable_locale_language(&self) -> Option<&str> {
        if self.language.is_some() || Lang::of_locale(&self.locale).is_some() {
            return None;
        }
        self.locale.split('-').next()
    }

    /// The clinic's own book, or the published one when the configuration gives none.
    pub fn book(&self) -> &PriceBook {
        &self.book
    }

    /// Whose figures [`ClinicConfig::book`] holds.
    pub fn book_origin(&self) -> BookOrigin {
        self.book_origin
    }

    pub fn theme(&self) -> &Theme {
        &self.theme
    }

    /// The clinic's financing plans; empty when it offers none.
    pub fn financing(&self) -> &[FinancingPlan] {
        &self.financing
    }

    pub fn booking(&self) -> Option<&Booking> {
        self.booking.as_ref()
    }
}

/// How the clinic receives a plan. Exists only validated.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Booking {
    /// An `https://` template whose placeholders are all in [`PLACEHOLDERS`](crate::booking::PLACEHOLDERS).
    Page { template: String },
    /// A plain address, `name@host.example`.
    Email { address: String },
    /// A phone number as the clinic wrote it.
    Phone { number: String },
}

/// A financing plan a clinic offers, validated: a name, an APR from 0 to 100%, a term from 1
/// to 120 months, and a promotion no longer than the term.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FinancingPlan {
    pub name: String,
    pub provider: Option<String>,
    /// The APR in hundredths of a percent.
    pub apr_hundredths: u32,
    pub months: u32,
    /// "No interest if paid in full within this many months", if the plan says so.
    pub deferred_interest_months: Option<u32>,
    /// When the clinic stated these terms, as it wrote it.
    pub as_of: String,
}
