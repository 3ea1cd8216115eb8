//! Reading and checking a clinic's configuration: [`ClinicConfig::from_json`] and the checks of
//! each field (a currency, a BCP 47 locale, an accent colour with enough contrast, a font
//! stack, a corner radius, a booking link, a phone number) and of a clinic's own price book.
//! Behind the `clinic` feature: the page never reads a configuration.

pub use crate::book::check_price_book::check_currency;
use crate::book::problem::cap_problems;
pub(crate) use crate::book::problem::{clean, is_unsafe_char, quoted};
use crate::book::read_booking::read_booking;
use crate::book::read_financing::read_plans;
use crate::clinic_config::*;
use crate::json_reader::{
    field_path, index_path, kind_of, shorten, ObjectReader, Problem, Problems,
};
use crate::lang::Lang;
use crate::money::{minor_per_major, MoneyFormat, PlainFormatter};
use crate::price_book::{OfferPrice, PriceBook, SourceKind};
use crate::words::language_names::language_name;
use serde_json::Value;
use std::collections::{HashMap, HashSet};

/// The largest corner radius, in thousandths of a pixel and of a rem.
const MAX_RADIUS_PX_THOUSANDTHS: u64 = 32_000;
const MAX_RADIUS_REM_THOUSANDTHS: u64 = 2_000;

/// Where a configuration's JSON breaks, in words a web team can act on: serde's reason, the
/// line and column counted in the configuration's own text (the inline script's content or
/// the file), and that line as written.
fn json_syntax_message(text: &str, error: &serde_json::Error) -> String {
    let reason = error.to_string();
    let reason = reason.split(" at line ").next().unwrap_or(&reason);
    let line_text = text
        .lines()
        .nth(error.line().saturating_sub(1))
        .map(str::trim)
        .unwrap_or_default();
    let near = if line_text.is_empty() {
        String::new()
    } else {
        format!(", which reads {}", quoted(line_text, 80))
    };
    format!(
        "is not valid JSON: {} at line {}, column {} of the configuration's text{near}",
        shorten(&clean(reason), 80),
        error.line(),
        error.column()
    )
}

/// Below this many major units (50 €, $50, ₩50) a session price is taken to be whole units
/// typed where minor units were meant; see [`ClinicConfig::warnings`].
const SMALLEST_PLAUSIBLE_SESSION_MAJOR: u64 = 50;

pub use crate::book::problem::MAX_PROBLEMS_LISTED as MAX_PROBLEMS;

/// How long a piece of the clinic's text may be when quoted in a message.
const QUOTE_CHARS: usize = 60;

const TOP_FIELDS: &[&str] = &[
    "$schema",
    "clinic",
    "currency",
    "locale",
    "language",
    "price_book",
    "theme",
    "financing",
    "booking",
];
const CLINIC_FIELDS: &[&str] = &["name", "booking_url", "phone"];
const THEME_FIELDS: &[&str] = &["accent", "font_family", "radius"];
impl ClinicConfig {
    /// Parses and validates a configuration file, returning every problem found. Text that is
    /// empty, too large or not JSON gives one problem at [`CONFIG_PATH`]. A leading byte-order
    /// mark is ignored.
    pub fn from_json(text: &str) -> Result<ClinicConfig, Vec<Problem>> {
        let whole = |message: String| {
            Err(vec![Problem {
                path: CONFIG_PATH.to_owned(),
                message,
            }])
        };
        if text.len() > MAX_CONFIG_BYTES {
            return whole(format!(
                "is {} bytes long; a clinic configuration is at most {MAX_CONFIG_BYTES} bytes",
                text.len()
            ));
        }
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.trim().is_empty() {
            return whole(
                "is empty; give a JSON object, or {} for the published figures".to_owned(),
            );
        }
        match serde_json::from_str::<Value>(text) {
            Ok(value) => ClinicConfig::from_value(&value),
            Err(_) if text.trim_start().starts_with('<') => whole(
                "is not JSON: it looks like a web page, so the address probably leads to an error or login page"
                    .to_owned(),
            ),
            Err(error) => whole(json_syntax_message(text, &error)),
        }
    }

    /// Validates an already parsed configuration document. A document that is not an object
    /// gives one problem at [`CONFIG_PATH`]; field paths have no prefix (`currency`,
    /// `price_book.offers[1].single.min`).
    pub fn from_value(value: &Value) -> Result<ClinicConfig, Vec<Problem>> {
        let Value::Object(map) = value else {
            return Err(vec![Problem {
                path: CONFIG_PATH.to_owned(),
                message: format!(
                    "must be a JSON object (such as {{\"clinic\": …, \"price_book\": …}}), found {}",
                    kind_of(value)
                ),
            }]);
        };
        let mut problems = Problems::default();
        let root = ObjectReader {
            path: String::new(),
            map,
        };
        reject_unknown(&root, TOP_FIELDS, &mut problems);

        let clinic = root
            .optional("clinic")
            .and_then(|value| read_clinic(value, &root.path_of("clinic"), &mut problems));
        let currency = root
            .optional("currency")
            .and_then(|value| text_of(&root, "currency", value, &mut problems))
            .and_then(|code| match check_currency(&code) {
                Ok(()) => Some(code),
                Err(message) => {
                    problems.push(&root.path_of("currency"), message);
                    None
                }
            });
        let locale = match root.optional("locale") {
            None => Some(DEFAULT_LOCALE.to_owned()),
            Some(value) => text_of(&root, "locale", value, &mut problems).and_then(|tag| {
                check_locale(&tag)
                    .map_err(|message| problems.push(&root.path_of("locale"), message))
                    .ok()
            }),
        };
        // `None` for a language that was refused; `Some(None)` when none is given.
        let language = match root.optional("language") {
            None => Some(None),
            Some(value) => read_language(value)
                .map(Some)
                .map_err(|message| problems.push(&root.path_of("language"), message))
                .ok(),
        };
        let book = read_book(&root, currency.as_deref(), &mut problems);
        let theme = match root.optional("theme") {
            None => Some(Theme::default()),
            Some(value) => read_theme(value, &root.path_of("theme"), &mut problems),
        };

        let (financing, booking) =
            read_financing_and_booking(&root, clinic.is_some(), &mut problems);

        let problems = finish(problems);
        if !problems.is_empty() {
            return Err(problems);
        }
        match (locale, language, book, theme, financing, booking) {
            (
                Some(locale),
                Some(language),
                Some((book, book_origin)),
                Some(theme),
                Some(financing),
                Some(booking),
            ) => Ok(ClinicConfig {
                clinic,
                locale,
                language,
                book,
                book_origin,
                theme,
                financing,
                booking,
            }),
            // Every `None` above has recorded a problem; this is only reached if one did not.
            _ => Err(vec![Problem {
                path: CONFIG_PATH.to_owned(),
                message: "could not be read".to_owned(),
            }]),
        }
    }

    /// What a clinic's web team should check, though the configuration is valid: amounts that
    /// look like whole currency units typed where minor units (cents) are expected: any price
    /// under 50 major units (`1200` meaning €12.00, where €1,200 was meant). Shown in the
    /// console, returned by the JavaScript API and printed by `cargo xtask dist --config`.
    /// Paths are the document's.
    pub fn warnings(&self) -> Vec<Problem> {
        if self.book_origin != BookOrigin::Clinic {
            return Vec::new();
        }
        let unit = minor_per_major(self.currency());
        let format = PlainFormatter::new(self.currency());
        let mut warnings = Vec::new();
        for (index, offer) in self.book.offers.iter().enumerate() {
            let OfferPrice::Quoted { single, series } = &offer.price else {
                continue;
            };
            // Every amount is checked, so that fixing only the first one flagged does not
            // leave the others (which the reversed-range check would then refuse) for a
            // second round. A series is held to the same floor as one session.
            let mut amounts = vec![
                ("single.min", single.range.min, "one session"),
                ("single.max", single.range.max, "one session"),
            ];
            if let Some(series) = series {
                amounts.push(("series.min", series.quote.range.min, "a series"));
                amounts.push(("series.max", series.quote.range.max, "a series"));
            }
            for (field, amount, what) in amounts {
                if amount >= SMALLEST_PLAUSIBLE_SESSION_MAJOR * unit {
                    continue;
                }
                let meant = amount.saturating_mul(unit);
                warnings.push(Problem {
                    path: format!("price_book.offers[{index}].{field}"),
                    message: format!(
                        "{amount} means {} for {what}, which is unusually low: amounts are in minor units of {} (cents), so if {} was meant, write {meant}",
                        format.format(amount),
                        self.currency(),
                        format.format(meant)
                    ),
                });
            }
        }
        warnings
    }

    /// Whose prices the page shows, for a line above the calculator, in the words the estimate
    /// view uses for its own price label, in the configuration's language.
    pub fn prices_label(&self) -> String {
        crate::view::book_label(
            &self.book,
            self.clinic.as_ref().map(|clinic| clinic.name.as_str()),
            self.language(),
        )
    }
}

/// What the widget shows instead of the estimator when the configuration cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigErrorView {
    /// The code of the language the panel is in, for its `lang` attribute: English, whatever
    /// the configuration's language, since the panel and its problems are for the clinic's web
    /// team.
    pub lang: &'static str,
    pub title: String,
    pub intro: String,
    /// One line per problem, `path: message`.
    pub problems: Vec<String>,
}

/// The error panel for a configuration that could not be used. No prices are shown: neither
/// the clinic's (there are none that passed) nor the published ones (which would be shown
/// where the clinic's were promised).
pub fn config_error_view(problems: &[Problem]) -> ConfigErrorView {
    ConfigErrorView {
        lang: "en",
        title: "This cost estimator is not set up correctly".to_owned(),
        intro: "No prices are shown until the clinic corrects its configuration. For the clinic's web team, the problems found:"
            .to_owned(),
        problems: describe_problems(problems),
    }
}

/// Each problem as one display line, `path: message`.
pub fn describe_problems(problems: &[Problem]) -> Vec<String> {
    problems.iter().map(ToString::to_string).collect()
}

/// The problem for a configuration file that could not be fetched. `status_or_reason` is what
/// went wrong, such as `HTTP 404` or `network error`.
pub fn fetch_problem(url: &str, status_or_reason: &str) -> Problem {
    Problem {
        path: CONFIG_PATH.to_owned(),
        message: format!(
            "could not load {} ({})",
            quoted(url, 80),
            shorten(&clean(status_or_reason), 80)
        ),
    }
}

/// [`fetch_problem`] for an HTTP status that is not a success.
pub fn http_status_problem(url: &str, status: u16) -> Problem {
    fetch_problem(url, &format!("HTTP {status}"))
}

/// Checks the address of the configuration file given to the widget. Only a path on the page's
/// own site is accepted (`/x.json`, `x.json`, `./x.json`, `../x.json`): no scheme, no `//`, no
/// backslash (browsers read `/\host` as `//host`), no spaces or control characters (the URL
/// parser drops tabs and line breaks, so `/\n/host` would become `//host`). The widget makes
/// no request except to the clinic's own origin.
pub fn check_config_url(url: &str) -> Result<(), Problem> {
    let refuse = |message: String| {
        Err(Problem {
            path: CONFIG_PATH.to_owned(),
            message,
        })
    };
    let shown = quoted(url, 80);
    let example = "give a path on this site, such as /estimator/config.json";
    if url.is_empty() {
        return refuse(format!("has no address; {example}"));
    }
    let length = url.chars().count();
    if length > MAX_CONFIG_URL_CHARS {
        return refuse(format!(
            "address {shown} is {length} characters long; at most {MAX_CONFIG_URL_CHARS} are allowed"
        ));
    }
    if let Some(bad) = url
        .chars()
        .find(|c| c.is_whitespace() || is_unsafe_char(*c) || *c == '\\')
    {
        return refuse(format!(
            "address {shown} contains {}, which a path on this site cannot contain",
            describe_char(bad)
        ));
    }
    if url.starts_with("//") {
        return refuse(format!(
            "address {shown} starts with //, which would load it from another site; the estimator loads its configuration only from the clinic's own site: {example}"
        ));
    }
    if let Some(scheme) = scheme_of(url) {
        return refuse(format!(
            "address {shown} names a scheme ({}:); the estimator loads its configuration only from the clinic's own site: {example}",
            shorten(&scheme, 20)
        ));
    }
    Ok(())
}

/// The CSS custom properties for a theme, named as in the widget's stylesheet: `--exo-accent`,
/// `--exo-font`, `--exo-radius`. Only set fields are listed.
///
/// These values are written into the page's CSS, so their validation is the injection
/// defence: an accent is only `#` and hex digits, a radius only digits, a dot and a unit, a
/// font list only letters, digits, spaces, hyphens, commas and balanced quotes. None of them can
/// contain `;`, `{`, `}`, `(`, `)`, `\`, `/`, `:` or `<`, so none can end the declaration, open
/// a function such as `url()` or `expression()`, or escape a string. Because [`Theme`]'s fields
/// are public, each value is checked again here and skipped if it fails, whoever built the
/// theme.
pub fn to_css_custom_properties(theme: &Theme) -> Vec<(&'static str, String)> {
    let mut properties = Vec::new();
    if let Some(accent) = theme.accent.as_deref().and_then(|v| check_accent(v).ok()) {
        properties.push(("--exo-accent", accent));
    }
    if let Some(font) = theme
        .font_family
        .as_deref()
        .and_then(|v| check_font_family(v).ok())
    {
        properties.push(("--exo-font", font));
    }
    if let Some(radius) = theme.radius.as_deref().and_then(|v| check_radius(v).ok()) {
        properties.push(("--exo-radius", radius));
    }
    properties
}

/// "\"en\" (English), \"es\" (Spanish) or \"de\" (German)": the languages of this build, by code
/// and English name, for the problems of `language`.
fn built_languages() -> String {
    let named: Vec<String> = Lang::BUILT
        .iter()
        .map(|lang| match language_name(lang.code()) {
            Some(name) => format!("\"{}\" ({})", lang.code(), name.english),
            None => format!("\"{}\"", lang.code()),
        })
        .collect();
    match named.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

/// What leaving `language` out does, said after each of its problems.
fn without_language() -> String {
    let fallback = Lang::default_built();
    let fallback = language_name(fallback.code()).map_or(fallback.code(), |name| name.english);
    format!(
        "leave language out to speak the language of locale, or {fallback} where the estimator is not written in it"
    )
}

/// Reads `language`: exactly the code of a language of this build, white space around it
/// aside, as the schema's enum lists them. A code in other case, a locale, or a language's
/// name gets a message that says what to write instead; any other value, one that lists the
/// languages there are and says what leaving the field out does. The messages are English,
/// like every problem of a configuration: they are for the clinic's web team.
pub(crate) fn read_language(value: &Value) -> Result<Lang, String> {
    let Value::String(text) = value else {
        return Err(format!(
            "must be the code of a language as text, {}, found {}; {}",
            built_languages(),
            kind_of(value),
            without_language()
        ));
    };
    let code = text.trim();
    if code.is_empty() {
        return Err(format!(
            "is empty; give {}, or {}",
            built_languages(),
            without_language()
        ));
    }
    if let Some(lang) = Lang::BUILT.iter().find(|lang| lang.code() == code) {
        return Ok(*lang);
    }
    let shown = quoted(code, 40);
    if let Some(lang) = Lang::from_code(code) {
        return Err(format!(
            "{shown} must be written in lower case: \"{}\"",
            lang.code()
        ));
    }
    let primary = code.split(['-', '_']).next().unwrap_or_default();
    if primary.len() < code.len() {
        if let Some(lang) = Lang::from_code(primary) {
            return Err(format!(
                "{shown} is a locale; language takes the language's code alone, \"{}\" (locale sets how amounts and dates are written)",
                lang.code()
            ));
        }
    }
    let is_name_of = |lang: &Lang| {
        let names = language_name(lang.code());
        [
            Some(lang.own_name()),
            names.map(|name| name.english),
            names.map(|name| name.own),
        ]
        .into_iter()
        .flatten()
        .any(|name| name.to_lowercase() == code.to_lowercase())
    };
    if let Some(lang) = Lang::BUILT.iter().find(|lang| is_name_of(lang)) {
        return Err(format!(
            "{shown} is the name of a language; language takes its code: \"{}\"",
            lang.code()
        ));
    }
    let named = language_name(primary)
        .map(|name| format!(" ({})", name.english))
        .unwrap_or_default();
    Err(format!(
        "{shown}{named} is not a language the estimator is written in; it is written in {}. Give one of these, or {}",
        built_languages(),
        without_language()
    ))
}

/// Checks a BCP 47 language tag syntactically and returns it with canonical case.
///
/// Accepted (a subset of what `Intl.NumberFormat` accepts, so an accepted tag never makes it
/// throw): a language of 2 or 3 letters; then optionally a script of 4 letters, a region of 2
/// letters or 3 digits, variants (5–8 letters or digits, or a digit and 3 letters or digits,
/// none repeated); then extensions, each a single letter or digit not used before and followed
/// by subtags of 2–8 letters or digits (`-u-` follows its own grammar: attributes of 3–8, then
/// keys of 2 with values of 3–8); then a private-use part `-x-` with subtags of 1–8. At most
/// 35 characters, hyphen separated.
///
/// Refused although BCP 47's grammar has them: languages of 4–8 letters (none is registered,
/// so "english" is a mistake, not a language), extended language subtags (`zh-yue`) and
/// grandfathered tags (`i-klingon`), which `Intl` refuses too, and the `-t-` extension, which
/// an estimator has no use for.
pub fn check_locale(tag: &str) -> Result<String, String> {
    let shown = quoted(tag, 40);
    let not_a_tag = format!("{shown} is not a BCP 47 language tag (such as en-US, de-DE or ko-KR)");
    let refuse = |detail: &str| {
        if detail.is_empty() {
            Err(not_a_tag.clone())
        } else {
            Err(format!("{not_a_tag}; {detail}"))
        }
    };
    let length = tag.chars().count();
    if length > MAX_LOCALE_CHARS {
        return refuse(&format!(
            "it is {length} characters long and at most {MAX_LOCALE_CHARS} are allowed"
        ));
    }
    if tag.contains('_') {
        return refuse("join its parts with hyphens, as in en-US, not underscores");
    }
    if !tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
        return refuse("use only letters, digits and hyphens");
    }
    if tag.split('-').any(str::is_empty) {
        return refuse("it has an empty part between hyphens");
    }
    let alpha = |s: &str| s.chars().all(|c| c.is_ascii_alphabetic());
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    let mut parts = tag.split('-').peekable();
    let mut canonical: Vec<String> = Vec::new();

    let language = parts.next().unwrap_or_default();
    if !(alpha(language) && (2..=3).contains(&language.len())) {
        return refuse("it must start with a two- or three-letter language code, such as en");
    }
    canonical.push(language.to_ascii_lowercase());
    if let Some(script) = parts.next_if(|s| s.len() == 4 && alpha(s)) {
        let titled: String = script
            .chars()
            .enumerate()
            .map(|(index, c)| {
                if index == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
        canonical.push(titled);
    }
    if let Some(region) =
        parts.next_if(|s| (s.len() == 2 && alpha(s)) || (s.len() == 3 && digits(s)))
    {
        canonical.push(region.to_ascii_uppercase());
    }
    let mut variants = HashSet::new();
    while let Some(variant) = parts.next_if(|s| {
        (5..=8).contains(&s.len()) || (s.len() == 4 && s.starts_with(|c: char| c.is_ascii_digit()))
    }) {
        let lower = variant.to_ascii_lowercase();
        if !variants.insert(lower.clone()) {
            return refuse(&format!("the variant \"{lower}\" appears twice"));
        }
        canonical.push(lower);
    }
    let mut singletons = HashSet::new();
    while let Some(part) = parts.next() {
        let singleton = part.to_ascii_lowercase();
        if singleton.len() != 1 {
            return refuse(&format!(
                "\"{}\" is not a script, region or variant in its place",
                shorten(part, 10)
            ));
        }
        if !singletons.insert(singleton.clone()) {
            return refuse(&format!("the extension -{singleton}- appears twice"));
        }
        canonical.push(singleton.clone());
        let mut subtags: Vec<String> = Vec::new();
        if singleton == "x" {
            subtags.extend(parts.by_ref().map(str::to_ascii_lowercase));
        } else {
            while let Some(subtag) = parts.next_if(|s| s.len() > 1) {
                subtags.push(subtag.to_ascii_lowercase());
            }
        }
        let valid = match singleton.as_str() {
            "x" => !subtags.is_empty() && subtags.iter().all(|s| s.len() <= 8),
            "t" => {
                return refuse(
                    "the -t- extension is not supported here; a tag such as de-DE is enough",
                )
            }
            "u" => unicode_extension_is_valid(&subtags),
            _ => !subtags.is_empty() && subtags.iter().all(|s| (2..=8).contains(&s.len())),
        };
        if !valid {
            return refuse(&format!("its -{singleton}- extension is not well formed"));
        }
        canonical.extend(subtags);
    }
    Ok(canonical.join("-"))
}

/// The `-u-` extension of Unicode locale identifiers: attributes of 3–8 characters, then
/// keywords, each a key of a letter-or-digit and a letter, with values of 3–8 characters. Any
/// sequence of such keys and 3–8 character subtags parses (those before the first key are
/// attributes, the others values), so each subtag can be checked on its own.
fn unicode_extension_is_valid(subtags: &[String]) -> bool {
    !subtags.is_empty()
        && subtags.iter().all(|subtag| match subtag.len() {
            2 => subtag
                .chars()
                .nth(1)
                .is_some_and(|c| c.is_ascii_alphabetic()),
            3..=8 => true,
            _ => false,
        })
}

/// Checks a theme accent: `#rgb` or `#rrggbb`, returned lowercased.
pub fn check_accent(text: &str) -> Result<String, String> {
    let hex = text.strip_prefix('#').unwrap_or_default();
    if !(matches!(hex.len(), 3 | 6) && hex.chars().all(|c| c.is_ascii_hexdigit())) {
        return Err(format!(
            "{} is not a colour this widget accepts: give a hex colour #rgb or #rrggbb, such as #0f766e (colour names and functions such as rgb() are not accepted)",
            quoted(text, 40)
        ));
    }
    // The accent colours links and figures on white, and white text on buttons, so it must
    // meet the WCAG AA contrast for text against white either way.
    let contrast = contrast_with_white(hex);
    if contrast < MIN_ACCENT_CONTRAST {
        return Err(format!(
            "{} is too light to read on white: its contrast is {}:1 and text needs at least 4.5:1 (WCAG AA); choose a darker shade",
            quoted(text, 40),
            one_decimal(contrast)
        ));
    }
    Ok(text.to_ascii_lowercase())
}

/// "3.9" for 3.94: one decimal, written from integers so that float formatting (large in
/// WebAssembly) is not compiled in.
fn one_decimal(value: f64) -> String {
    let tenths = (value * 10.0).round().clamp(0.0, 1.0e6) as u64;
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// The WCAG AA contrast ratio for normal text.
pub const MIN_ACCENT_CONTRAST: f64 = 4.5;

/// The WCAG contrast ratio of a `rgb` or `rrggbb` hex colour against white.
fn contrast_with_white(hex: &str) -> f64 {
    let channel = |index: usize| -> f64 {
        let value = if hex.len() == 3 {
            u8::from_str_radix(&hex[index..=index].repeat(2), 16)
        } else {
            u8::from_str_radix(&hex[index * 2..index * 2 + 2], 16)
        }
        .unwrap_or(0);
        let srgb = f64::from(value) / 255.0;
        if srgb <= 0.040_45 {
            srgb / 12.92
        } else {
            ((srgb + 0.055) / 1.055).powf(2.4)
        }
    };
    let luminance = 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
    1.05 / (luminance + 0.05)
}

/// Checks a theme font list: family names of letters, digits, spaces and hyphens, each either
/// unquoted or wholly inside one pair of matching quotes, separated by commas.
pub fn check_font_family(text: &str) -> Result<String, String> {
    let shown = quoted(text, QUOTE_CHARS);
    let length = text.chars().count();
    if length > MAX_FONT_FAMILY_CHARS {
        return Err(format!(
            "is {length} characters long; at most {MAX_FONT_FAMILY_CHARS} are allowed"
        ));
    }
    let allowed = |c: char| {
        c.is_alphabetic() || c.is_ascii_digit() || matches!(c, ' ' | '-' | '\'' | '"' | ',')
    };
    if let Some(bad) = text.chars().find(|c| !allowed(*c)) {
        return Err(format!(
            "{shown} contains {}; use only letters, digits, spaces, hyphens and quotes, with commas between family names, such as \"Source Sans 3\", Arial, sans-serif",
            describe_char(bad)
        ));
    }
    for family in text.split(',') {
        let family = family.trim_matches(' ');
        let name = quoted(family, 40);
        if family.is_empty() {
            return Err(format!(
                "{shown} has an empty family name; put one name between each pair of commas"
            ));
        }
        if let Some(quote) = family.chars().next().filter(|c| matches!(c, '"' | '\'')) {
            let inner = family
                .strip_prefix(quote)
                .and_then(|rest| rest.strip_suffix(quote))
                .filter(|inner| !inner.contains(['"', '\'']));
            match inner {
                None => {
                    return Err(format!(
                        "{shown}: the family name {name} must open and close with the same quote and contain no other quote"
                    ))
                }
                Some(inner) if inner.trim().is_empty() => {
                    return Err(format!("{shown} has an empty quoted family name"))
                }
                Some(_) => {}
            }
        } else if family.contains(['"', '\'']) {
            return Err(format!(
                "{shown}: quotes may only surround a whole family name, as in \"Source Sans 3\""
            ));
        } else if let Some(word) = family.split(' ').find(|word| {
            let mut chars = word.chars();
            match (chars.next(), chars.next()) {
                (Some(first), _) if first.is_ascii_digit() => true,
                (Some('-'), None) => true,
                (Some('-'), Some(second)) => second.is_ascii_digit(),
                _ => false,
            }
        }) {
            return Err(format!(
                "{shown}: put the family name {name} in quotes, because \"{}\" starts with a digit or a hyphen",
                shorten(word, 20)
            ));
        }
    }
    Ok(text.to_owned())
}

/// Checks a theme corner radius: `0`, `0`–`32px` or `0`–`2rem`, with up to three decimals.
/// A bare `0` is returned as `0px`.
pub fn check_radius(text: &str) -> Result<String, String> {
    let shown = quoted(text, 30);
    let refuse = || {
        Err(format!(
            "{shown} is not a corner radius this widget accepts: give px from 0 to 32 or rem from 0 to 2, such as 8px or 0.5rem"
        ))
    };
    if text == "0" {
        return Ok("0px".to_owned());
    }
    if text.starts_with('-') {
        return Err(format!(
            "{shown} is negative; a corner radius is 0 or more, such as 8px"
        ));
    }
    let (number, max) = if let Some(number) = text.strip_suffix("px") {
        (number, MAX_RADIUS_PX_THOUSANDTHS)
    } else if let Some(number) = text.strip_suffix("rem") {
        (number, MAX_RADIUS_REM_THOUSANDTHS)
    } else {
        return refuse();
    };
    let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
    let all_digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    let well_formed = (1..=3).contains(&whole.len())
        && all_digits(whole)
        && fraction.len() <= 3
        && all_digits(fraction)
        && !(number.contains('.') && fraction.is_empty());
    if !well_formed {
        return refuse();
    }
    let whole: u64 = whole.parse().unwrap_or(u64::MAX);
    let fraction: u64 = format!("{fraction:0<3}").parse().unwrap_or(u64::MAX);
    let thousandths = whole.saturating_mul(1000).saturating_add(fraction);
    if thousandths > max {
        return Err(format!(
            "{shown} is too large: a corner radius is at most 32px or 2rem"
        ));
    }
    Ok(text.to_owned())
}

// ----- Reading -----

/// The text of a field: trimmed, non-empty, or a problem.
fn text_of(
    object: &ObjectReader,
    field: &str,
    value: &Value,
    problems: &mut Problems,
) -> Option<String> {
    match value {
        Value::String(text) if text.trim().is_empty() => {
            problems.push(&object.path_of(field), "must not be empty");
            None
        }
        Value::String(text) => Some(text.trim().to_owned()),
        other => {
            problems.push(
                &object.path_of(field),
                format!("must be text, found {}", kind_of(other)),
            );
            None
        }
    }
}

/// Reads an optional text field and checks it with `check`, recording its message.
fn checked_text(
    object: &ObjectReader,
    field: &str,
    check: impl Fn(&str) -> Result<String, String>,
    problems: &mut Problems,
) -> Option<String> {
    let value = object.optional(field)?;
    let text = text_of(object, field, value, problems)?;
    check(&text)
        .map_err(|message| problems.push(&object.path_of(field), message))
        .ok()
}

/// Records every unknown field as a typo. A field that looks like an attempt to turn off the
/// caveats or the questions gets a message saying they cannot be.
fn reject_unknown(object: &ObjectReader, known: &[&str], problems: &mut Problems) {
    for key in object.map.keys() {
        if known.contains(&key.as_str()) {
            continue;
        }
        let lower = key.to_ascii_lowercase();
        let hides = ["caveat", "question", "warning", "disclaimer", "notice"]
            .iter()
            .any(|word| lower.contains(word))
            || lower.starts_with("hide")
            || lower.starts_with("show");
        let mut message = format!("is not a known field (known fields: {})", known.join(", "));
        if hides {
            message.push_str(
                "; the regulatory caveats and the four questions to ask are always shown and cannot be turned off",
            );
        }
        problems.push(&object.path_of(&shorten(key, 40)), message);
    }
}

fn read_clinic(value: &Value, path: &str, problems: &mut Problems) -> Option<Clinic> {
    let object = ObjectReader::new(value, path, problems)?;
    reject_unknown(&object, CLINIC_FIELDS, problems);
    let name = match object.optional("name") {
        None => {
            problems.push(
                &object.path_of("name"),
                "is required: the clinic's name, as the page should show it",
            );
            None
        }
        Some(value) => text_of(&object, "name", value, problems).and_then(|name| {
            check_clinic_name(&name)
                .map_err(|message| problems.push(&object.path_of("name"), message))
                .ok()
        }),
    };
    let booking_url = checked_text(&object, "booking_url", check_booking_url, problems);
    let phone = checked_text(&object, "phone", check_phone, problems);
    let failed = |field: &str| object.optional(field).is_some();
    if (booking_url.is_none() && failed("booking_url")) || (phone.is_none() && failed("phone")) {
        return None;
    }
    Some(Clinic {
        name: name?,
        booking_url,
        phone,
    })
}

pub(crate) fn check_clinic_name(name: &str) -> Result<String, String> {
    let length = name.chars().count();
    if length > MAX_CLINIC_NAME_CHARS {
        return Err(format!(
            "{} is {length} characters long; at most {MAX_CLINIC_NAME_CHARS} are allowed",
            quoted(name, 40)
        ));
    }
    if let Some(bad) = name.chars().find(|c| is_unsafe_char(*c)) {
        return Err(format!(
            "{} contains {}; a name must not contain control characters such as line breaks or tabs",
            quoted(name, 40),
            describe_char(bad)
        ));
    }
    Ok(name.to_owned())
}

/// Checks a booking or contact link: `https://` or `http://` with a plain host, or a path on
/// the clinic's own site starting with `/` (not `//`). Everything else, `javascript:` and
/// `data:` first of all, is refused with a message that names the reason.
pub(crate) fn check_booking_url(url: &str) -> Result<String, String> {
    let shown = quoted(url, QUOTE_CHARS);
    let allowed = "a booking link must be an https:// (or http://) address or a path on this site starting with /";
    let length = url.chars().count();
    if length > MAX_BOOKING_URL_CHARS {
        return Err(format!(
            "{shown} is {length} characters long; at most {MAX_BOOKING_URL_CHARS} are allowed"
        ));
    }
    // Script and data links get their own message first, whatever else is wrong with them.
    match scheme_of(url).as_deref() {
        Some("javascript" | "vbscript") => {
            return Err(format!(
                "{shown} is a script link, which is never allowed; {allowed}"
            ))
        }
        Some("data") => {
            return Err(format!(
                "{shown} is a data: link, which is never allowed; {allowed}"
            ))
        }
        _ => {}
    }
    if let Some(bad) = url.chars().find(|c| {
        c.is_whitespace() || is_unsafe_char(*c) || matches!(c, '\\' | '"' | '<' | '>' | '`')
    }) {
        return Err(format!(
            "{shown} contains {}, which a link cannot contain (write a space as %20)",
            describe_char(bad)
        ));
    }
    let lower = url.to_ascii_lowercase();
    let scheme_length = if lower.starts_with("https://") {
        Some(8)
    } else if lower.starts_with("http://") {
        Some(7)
    } else {
        None
    };
    if let Some(scheme_length) = scheme_length {
        let rest = url.get(scheme_length..).unwrap_or_default();
        let authority = rest.split(['/', '?', '#']).next().unwrap_or_default();
        if authority.is_empty() {
            return Err(format!("{shown} has no host name after the scheme"));
        }
        if authority.contains('@') {
            return Err(format!(
                "{shown} has a user name (@) before the host, which can disguise where a link leads; give the plain address"
            ));
        }
        let (host, port) = authority.split_once(':').unwrap_or((authority, ""));
        let host_ok = !host.is_empty()
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
            && !host.starts_with(['.', '-']);
        let port_ok = !authority.contains(':')
            || ((1..=5).contains(&port.len()) && port.chars().all(|c| c.is_ascii_digit()));
        if !(host_ok && port_ok) {
            return Err(format!(
                "{shown} does not have a valid host name (letters, digits, hyphens and dots, then an optional :port; write an international name in its xn-- form)"
            ));
        }
        return Ok(url.to_owned());
    }
    if url.starts_with("//") {
        return Err(format!(
            "{shown} starts with //, which leads to another site with whatever scheme the page has; give the full https:// address"
        ));
    }
    if url.starts_with('/') {
        return Ok(url.to_owned());
    }
    match scheme_of(url).as_deref() {
        Some("mailto" | "tel") => Err(format!(
            "{shown}: mailto: and tel: links are not supported here (give the phone number as phone); {allowed}"
        )),
        Some(scheme) => Err(format!(
            "{shown} uses the scheme {}:, which is not allowed; {allowed}",
            shorten(scheme, 20)
        )),
        None if url
            .split(['/', '?', '#'])
            .next()
            .is_some_and(|first| first.contains('.')) =>
        {
            Err(format!(
                "{shown} has no scheme; {allowed} (add https:// in front of an address on another site)"
            ))
        }
        None => Err(format!("{shown} is not a link this widget accepts; {allowed}")),
    }
}

pub(crate) fn check_phone(phone: &str) -> Result<String, String> {
    let shown = quoted(phone, 40);
    if let Some(bad) = phone
        .chars()
        .find(|c| !(c.is_ascii_digit() || matches!(c, ' ' | '+' | '-' | '(' | ')' | '.')))
    {
        return Err(format!(
            "{shown} contains {}; use only digits, spaces and + - ( ) .",
            describe_char(bad)
        ));
    }
    let length = phone.chars().count();
    if !(MIN_PHONE_CHARS..=MAX_PHONE_CHARS).contains(&length) {
        return Err(format!(
            "{shown} is {length} characters long; a phone number here has {MIN_PHONE_CHARS} to {MAX_PHONE_CHARS}"
        ));
    }
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    if digits < MIN_PHONE_DIGITS {
        return Err(format!(
            "{shown} has {digits} digits; a phone number has at least {MIN_PHONE_DIGITS}"
        ));
    }
    Ok(phone.to_owned())
}

/// Reads `price_book`, or takes the published book when it is absent. Returns the book and its
/// origin, or `None` after recording problems. Also checks `currency` against the book.
fn read_book(
    root: &ObjectReader,
    currency: Option<&str>,
    problems: &mut Problems,
) -> Option<(PriceBook, BookOrigin)> {
    let path = root.path_of("price_book");
    let currency_path = root.path_of("currency");
    let Some(value) = root.map.get("price_book") else {
        let book = PriceBook::published();
        if let Some(code) = currency.filter(|code| *code != book.currency) {
            problems.push(
                &currency_path,
                format!(
                    "the published figures are in {}; give a price_book in {code} or leave currency out (amounts are never converted)",
                    book.currency
                ),
            );
            return None;
        }
        return Some((book, BookOrigin::Published));
    };
    if value.is_null() {
        problems.push(
            &path,
            "is null; give the clinic's price book, or leave the field out to show the published figures (labelled as such)",
        );
        return None;
    }
    // Compared on the document, so the mismatch is reported even when the book has other
    // problems.
    let book_currency = value
        .get("currency")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|code| check_currency(code).is_ok());
    if let (Some(code), Some(book_code)) = (currency, book_currency) {
        if code != book_code {
            problems.push(
                &currency_path,
                format!(
                    "\"{code}\" differs from the price book's currency \"{book_code}\" (price_book.currency); amounts are never converted, so give the same code or leave currency out"
                ),
            );
        }
    }
    check_clinic_book(value, &path, problems);
    match PriceBook::read_every_problem(value, &path) {
        Ok(book) => Some((book, BookOrigin::Clinic)),
        Err(list) => {
            for problem in list {
                problems.push(&problem.path, problem.message);
            }
            None
        }
    }
}

/// A clinic's source that names the published overview (its title or its publisher) is the
/// published book copied with its kind changed: its figures would be shown as the clinic's own
/// prices. Refused, with the way to show the published figures honestly.
fn refuse_published_source_as_clinics(value: &Value, sources_path: &str, problems: &mut Problems) {
    let published = PriceBook::published();
    let normalise = |text: &str| text.trim().to_lowercase();
    let published_names: HashSet<String> = published
        .sources
        .iter()
        .filter(|source| source.kind == SourceKind::Published)
        .flat_map(|source| [normalise(&source.title), normalise(&source.publisher)])
        .collect();
    let sources = value.get("sources").and_then(Value::as_array);
    for (index, source) in sources.into_iter().flatten().enumerate() {
        let kind = source.get("kind").and_then(Value::as_str).map(str::trim);
        if !matches!(kind, Some("clinic" | "example")) {
            continue;
        }
        for field in ["title", "publisher"] {
            let named = source.get(field).and_then(Value::as_str).map(normalise);
            if named.is_some_and(|named| published_names.contains(&named)) {
                problems.push(
                    &field_path(&index_path(sources_path, index), field),
                    "names the published overview, so this is the published book with its kind changed; a clinic's book cites the clinic's own price list (start from clinic-price-book.template.json), and to show the published figures leave price_book out",
                );
            }
        }
    }
}

/// A clinic's price equal to the published one for the same method and tier, single and series
/// alike, is the published book copied and renamed: its figures would be shown as the clinic's
/// own prices. Two lists agreeing to the cent on a range is not a coincidence worth allowing.
fn refuse_published_prices(
    value: &Value,
    offers_path: &str,
    kinds: &HashMap<&str, &str>,
    problems: &mut Problems,
) {
    let published = PriceBook::published();
    let amount = |price: &Value, field: &str| price.get(field).and_then(Value::as_u64);
    let offers = value.get("offers").and_then(Value::as_array);
    for (index, offer) in offers.into_iter().flatten().enumerate() {
        let (Some(method), Some(tier)) = (
            offer.get("method").and_then(Value::as_str).map(str::trim),
            offer.get("tier").and_then(Value::as_str).map(str::trim),
        ) else {
            continue;
        };
        let Some(OfferPrice::Quoted { single, .. }) = published
            .offers
            .iter()
            .find(|candidate| candidate.method == method && candidate.tier == tier)
            .map(|candidate| &candidate.price)
        else {
            continue;
        };
        let Some(price) = offer.get("single") else {
            continue;
        };
        // A price that cites a published source is already reported as such; this is about
        // the published figure passed off under the clinic's own list.
        let cited = price.get("source").and_then(Value::as_str).map(str::trim);
        if !cited.is_some_and(|id| matches!(kinds.get(id), Some(&"clinic" | &"example"))) {
            continue;
        }
        if amount(price, "min") == Some(single.range.min)
            && amount(price, "max") == Some(single.range.max)
        {
            let format = PlainFormatter::new(&published.currency);
            problems.push(
                &field_path(&index_path(offers_path, index), "single"),
                format!(
                    "is the published figure for this method and tier ({} – {}), cited as the clinic's own price; a clinic's book holds the clinic's own prices (start from clinic-price-book.template.json), and to show the published figures leave price_book out",
                    format.format(single.range.min),
                    format.format(single.range.max)
                ),
            );
        }
    }
}

/// The rules for a clinic's own book (see [`BookOrigin::Clinic`]), checked on the document so
/// they are reported with document indices whether or not the rest of the book is valid. A
/// source id that does not exist, or a kind that is not a kind, is left to the book's own
/// checks.
fn check_clinic_book(value: &Value, path: &str, problems: &mut Problems) {
    fn list<'v>(value: &'v Value, field: &str) -> Option<&'v Vec<Value>> {
        value.get(field).and_then(Value::as_array)
    }
    fn text<'v>(item: &'v Value, field: &str) -> Option<&'v str> {
        item.get(field).and_then(Value::as_str).map(str::trim)
    }

    let mut kinds: HashMap<&str, &str> = HashMap::new();
    let sources_path = field_path(path, "sources");
    for source in list(value, "sources").into_iter().flatten() {
        if let (Some(id), Some(kind)) = (text(source, "id"), text(source, "kind")) {
            kinds.entry(id).or_insert(kind);
        }
    }
    let has_list = kinds
        .values()
        .any(|kind| *kind == "clinic" || *kind == "example");
    refuse_published_source_as_clinics(value, &sources_path, problems);
    refuse_published_prices(value, &field_path(path, "offers"), &kinds, problems);
    let has_sources = list(value, "sources").is_some_and(|sources| !sources.is_empty());
    if has_sources && !has_list {
        problems.push(
            &sources_path,
            "a clinic's price book must cite the clinic's own price list: add a source of kind \"clinic\" for it (or \"example\" for invented demonstration prices), as clinic-price-book.template.json does; do not relabel the published source, whose figures are not the clinic's",
        );
    }

    let Some(offers) = list(value, "offers") else {
        return;
    };
    let offers_path = field_path(path, "offers");
    let mut priced = false;
    let mut offered_methods = HashSet::new();
    for (index, offer) in offers.iter().enumerate() {
        if let Some(method) = text(offer, "method") {
            offered_methods.insert(method);
        }
        for part in ["single", "series"] {
            let Some(price) = offer.get(part).filter(|price| !price.is_null()) else {
                continue;
            };
            priced = true;
            let Some(source) = text(price, "source") else {
                continue;
            };
            // With a clinic's list among the sources, the book's own validation reports a price
            // that does not cite it; this covers a book with no such list at all.
            if !has_list && kinds.get(source) == Some(&"published") {
                problems.push(
                    &field_path(&field_path(&index_path(&offers_path, index), part), "source"),
                    format!(
                        "a price in a clinic's book must cite a source of kind \"clinic\"; \"{}\" is a published source, which may back protocol and downtime figures but not the clinic's prices",
                        shorten(&clean(source), 40)
                    ),
                );
            }
        }
    }
    if !priced {
        problems.push(
            &offers_path,
            "a clinic's price book must quote at least one price (an offer with a single price); leave price_book out to show the published figures",
        );
    }
    let methods_path = field_path(path, "methods");
    for (index, method) in list(value, "methods").into_iter().flatten().enumerate() {
        if let Some(id) = text(method, "id").filter(|id| !offered_methods.contains(id)) {
            problems.push(
                &index_path(&methods_path, index),
                format!(
                    "\"{}\" has no offer in offers; list only the methods the clinic offers, since the page offers every method listed",
                    shorten(&clean(id), 40)
                ),
            );
        }
    }
}

fn read_theme(value: &Value, path: &str, problems: &mut Problems) -> Option<Theme> {
    let object = ObjectReader::new(value, path, problems)?;
    reject_unknown(&object, THEME_FIELDS, problems);
    let accent = checked_text(&object, "accent", check_accent, problems);
    let font_family = checked_text(&object, "font_family", check_font_family, problems);
    let radius = checked_text(&object, "radius", check_radius, problems);
    let failed =
        |field: &str, read: &Option<String>| read.is_none() && object.optional(field).is_some();
    if failed("accent", &accent) || failed("font_family", &font_family) || failed("radius", &radius)
    {
        return None;
    }
    Some(Theme {
        accent,
        font_family,
        radius,
    })
}

/// Reads `financing` and `booking`. Both belong to a clinic, so each needs `clinic.name`: a
/// plan is cited to the clinic that offers it, and the booking button names who receives the
/// plan. `None` in either place means a problem was recorded.
#[allow(clippy::type_complexity)]
fn read_financing_and_booking(
    root: &ObjectReader,
    has_clinic: bool,
    problems: &mut Problems,
) -> (Option<Vec<FinancingPlan>>, Option<Option<Booking>>) {
    let needs_clinic = |field: &str, why: &str, problems: &mut Problems| {
        if !has_clinic && root.optional("clinic").is_none() {
            problems.push(
                &root.path_of(field),
                format!("needs clinic.name as well: {why}"),
            );
        }
    };
    let financing = match root.optional("financing") {
        None => Some(Vec::new()),
        Some(value) => {
            needs_clinic(
                "financing",
                "each plan is cited to the clinic that offers it",
                problems,
            );
            read_plans(value, &root.path_of("financing"), problems)
        }
    };
    let booking = match root.optional("booking") {
        None => Some(None),
        Some(value) => {
            needs_clinic(
                "booking",
                "the booking button names the clinic that receives the plan",
                problems,
            );
            read_booking(value, &root.path_of("booking"), problems).map(Some)
        }
    };
    (financing, booking)
}

// ----- Output hygiene -----

/// Caps the list once (the price book's problems are read uncapped for this), and cleans every
/// path and message.
fn finish(problems: Problems) -> Vec<Problem> {
    cap_problems(problems.into_vec(), CONFIG_PATH)
        .into_iter()
        .map(|problem| Problem {
            path: clean(&problem.path),
            message: clean(&problem.message),
        })
        .collect()
}

/// Names a character in a message without putting an invisible or unsafe one on the page.
fn describe_char(c: char) -> String {
    let code = c as u32;
    if is_unsafe_char(c) {
        format!("the control character U+{code:04X}")
    } else if c == ' ' {
        "a space".to_owned()
    } else if c.is_whitespace() {
        format!("the space character U+{code:04X}")
    } else if c == '\\' {
        "a backslash".to_owned()
    } else {
        format!("\"{c}\"")
    }
}

/// The scheme of a URL, lowercased, if it has one: a letter, then letters, digits, `+`, `-`
/// or `.`, then `:`, as the URL standard reads it.
fn scheme_of(url: &str) -> Option<String> {
    let (scheme, _) = url.split_once(':')?;
    let mut chars = scheme.chars();
    let first = chars.next()?;
    (first.is_ascii_alphabetic()
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.')))
    .then(|| scheme.to_ascii_lowercase())
}
