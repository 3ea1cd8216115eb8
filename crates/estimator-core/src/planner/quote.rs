//! The quote check: where a price a clinic quoted sits against the estimated range, and what
//! that means, in careful words.
//!
//! The check compares numbers and nothing else. It never calls a price fair or unfair, a deal
//! or a risk: the overview ties price differences to product quality and asks that a price
//! prompt questions, so every position leads to questions, not to a verdict. It names the
//! range it compares with for what it is (quoted, or derived by which rules), and where the
//! source quotes a range for the same plan, it places the quote against that range too. A price far below the range is a reason to ask for the
//! product's characterisation data; a price above it is a reason to ask what is included.
//!
//! # How a typed price is read ([`parse_quote`])
//!
//! People type prices the way their locale writes them, so the reader accepts the common forms
//! and refuses anything it would have to guess at:
//!
//! - Spaces around the amount, a leading `+`, and one currency marker at the start or the end
//!   are ignored. A marker is a currency symbol (`$`, `€`, `£`, `¥`, `₩`, `₹` and a few more,
//!   optionally with up to two letters before it, as in `US$`), or a three-letter code (`USD`,
//!   `eur`). A code or a symbol that belongs to another currency than the book's is an error
//!   ("looks like an amount in EUR"); `$` is accepted for every currency, because too many
//!   currencies write it.
//! - A trailing `,-` or `.-` (German and Swiss for "no cents") is ignored.
//! - A `-` or `−` before the amount makes it negative, which is an error.
//! - **Decimal separator.** The last `.` or `,` is the decimal separator when exactly as many
//!   digits follow it as the currency has minor digits ([`minor_per_major`]: 2 for USD and
//!   EUR, 0 for JPY and KRW, 3 for KWD), and that character appears nowhere earlier. For a
//!   three-decimal currency the other separator must also appear earlier (`1,500.250`):
//!   otherwise `1,500` reads as one thousand five hundred, as it does everywhere else.
//! - **Group separators.** Every other `.`, `,`, space (including no-break and thin spaces)
//!   and apostrophe (`'`, `’`) separates digit groups. Only one kind may be used; the first
//!   group has 1–3 digits, the last exactly 3, those between 2 or 3 (so Indian grouping,
//!   `2,50,000`, reads too).
//! - So for USD: `2500`, `$2,500`, `2,500.00`, `2 500`, `2'500`, `2.500,00` and `USD 2500` are
//!   all 2,500 dollars; `2500.5` is an error (one digit where cents need two), not 25,005.
//! - Zero is an error, and so is anything above [`MAX_AMOUNT_MINOR`], the largest amount a
//!   price book may hold.

use crate::estimate::{total_price, Estimate, Provenance, Rule};
use crate::json_reader::shorten;
use crate::lang::Lang;
use crate::money::{minor_per_major, MoneyFormat, MoneyRange};
use crate::price_book::MAX_AMOUNT_MINOR;
use crate::price_book::NOT_SURE;
use crate::view::{format_range, total_figure, FigureView};
use crate::words::{quote::QuoteWords, words};

/// A quote is "far" outside the range when it lies more than this percentage of the nearest
/// end beyond that end: below 75% of the low end, or above 125% of the high end.
///
/// The published ranges are already wide (the high end is 2–2.5 times the low end), so a
/// quote just outside one is unremarkable, while one a quarter beyond it differs from every
/// published figure by more than rounding or a local price level explains. That difference
/// is what the stronger wording is for.
pub const FAR_PERCENT: u64 = 25;

/// The longest text read as a price; anything longer is not one.
pub const MAX_QUOTE_CHARS: usize = 40;

/// Why typed text cannot be compared as a price.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum QuoteError {
    /// Nothing was typed.
    Empty,
    /// Not a number this reader accepts; holds the text, shortened.
    NotANumber(String),
    /// A minus sign before the amount.
    Negative(String),
    /// The amount is zero.
    Zero(String),
    /// More than [`MAX_AMOUNT_MINOR`].
    TooLarge(String),
    /// Digits after the last separator that are neither the currency's minor digits nor a
    /// group of three.
    MinorDigits { text: String, found: usize },
    /// A currency code or symbol of another currency than the book's: `found` is its code,
    /// or, for a symbol several currencies write, their codes joined by " or " (which the
    /// message puts in the reader's language).
    OtherCurrency { text: String, found: String },
}

impl QuoteError {
    /// The message shown next to the field, for amounts in `currency`, with limits formatted
    /// by `money`.
    pub fn message(&self, currency: &str, money: &dyn MoneyFormat, lang: Lang) -> String {
        let words = words(lang).quote;
        let example = (words.example_amount)(minor_digits(currency));
        match self {
            QuoteError::Empty => (words.empty)(&example),
            QuoteError::NotANumber(text) => (words.not_a_number)(text, &example),
            QuoteError::Negative(text) => (words.negative)(text, &example),
            QuoteError::Zero(text) => (words.zero)(text),
            QuoteError::TooLarge(text) => (words.too_large)(text, &money.format(MAX_AMOUNT_MINOR)),
            QuoteError::MinorDigits { text, found } => match minor_digits(currency) {
                0 => (words.no_minor_digits)(text, currency, &example),
                digits => (words.minor_digits)(text, *found, currency, digits),
            },
            QuoteError::OtherCurrency { text, found } => {
                // The parser joins the codes of a shared symbol without knowing the reader's
                // language; the message joins them again with the reader's own "or".
                let codes: Vec<&str> = found.split(CODES_OR).collect();
                let found = codes.join(&format!(" {} ", words.or));
                (words.other_currency)(text, &found, currency)
            }
        }
    }
}

/// Reads a price typed by a person, in minor units of `currency`, by the rules in the module
/// documentation.
pub fn parse_quote(raw: &str, currency: &str) -> Result<u64, QuoteError> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(QuoteError::Empty);
    }
    let shown = shorten(text, 24);
    if text.chars().count() > MAX_QUOTE_CHARS {
        return Err(QuoteError::NotANumber(shown));
    }
    let not_a_number = || QuoteError::NotANumber(shown.clone());

    // Markers may surround a sign ("-$2,500", "$-2,500"), so strip, take the sign, strip again.
    let mut markers = Vec::new();
    let body = strip_markers(text, currency, &mut markers);
    let (negative, body) = match body.strip_prefix('-').or_else(|| body.strip_prefix('−')) {
        Some(rest) => (true, rest),
        None => (false, body.strip_prefix('+').unwrap_or(body)),
    };
    let body = strip_markers(body, currency, &mut markers);
    let body = [",-", ".-", ",–", ".–", ",—", ".—"]
        .iter()
        .find_map(|dash| body.strip_suffix(dash))
        .unwrap_or(body)
        .trim();
    if markers.len() > 1 || body.is_empty() {
        return Err(not_a_number());
    }
    if let Some(marker) = markers.first() {
        if let Some(found) = marker.other_currency(currency) {
            return Err(QuoteError::OtherCurrency { text: shown, found });
        }
    }

    let minor = read_number(body, minor_digits(currency)).map_err(|problem| match problem {
        NumberProblem::NotANumber => not_a_number(),
        NumberProblem::MinorDigits(found) => QuoteError::MinorDigits {
            text: shown.clone(),
            found,
        },
        NumberProblem::TooLarge => QuoteError::TooLarge(shown.clone()),
    })?;
    if negative {
        return Err(QuoteError::Negative(shown));
    }
    if minor == 0 {
        return Err(QuoteError::Zero(shown));
    }
    Ok(minor)
}

/// A currency marker found around the number.
enum Marker {
    Symbol(char),
    Code(String),
}

impl Marker {
    /// The currency this marker names, when it is not `currency`.
    fn other_currency(&self, currency: &str) -> Option<String> {
        match self {
            Marker::Code(code) if !code.eq_ignore_ascii_case(currency) => {
                Some(code.to_ascii_uppercase())
            }
            Marker::Code(_) => None,
            Marker::Symbol(symbol) => {
                let codes = symbol_codes(*symbol);
                if codes.is_empty() || codes.contains(&currency) {
                    None
                } else {
                    Some(codes.join(CODES_OR))
                }
            }
        }
    }
}

/// What joins the codes of the currencies one symbol may stand for in
/// [`QuoteError::OtherCurrency`]: "JPY or CNY". [`QuoteError::message`] reads the codes back
/// and joins them with the reader's own word.
const CODES_OR: &str = " or ";

/// The currencies a symbol stands for; empty for `$`, which too many currencies write.
fn symbol_codes(symbol: char) -> &'static [&'static str] {
    match symbol {
        '€' => &["EUR"],
        '£' => &["GBP"],
        '¥' => &["JPY", "CNY"],
        '₩' => &["KRW"],
        '₹' => &["INR"],
        '₽' => &["RUB"],
        '₺' => &["TRY"],
        '₪' => &["ILS"],
        '₱' => &["PHP"],
        '฿' => &["THB"],
        '₫' => &["VND"],
        '₴' => &["UAH"],
        '₦' => &["NGN"],
        _ => &[],
    }
}

fn is_symbol(c: char) -> bool {
    c == '$' || !symbol_codes(c).is_empty()
}

/// Removes currency markers and spaces from both ends of `text`, recording each marker.
/// Letters are only taken as a marker when they form a three-letter code or stand right
/// before a symbol (`US$`): "2500k" must not quietly read as 2,500.
fn strip_markers<'t>(text: &'t str, currency: &str, markers: &mut Vec<Marker>) -> &'t str {
    let mut text = text.trim();
    // Each pass removes one marker from one end; a bound keeps the loop finite on any input.
    for _ in 0..4 {
        let before = text.len();
        text = strip_front(text, currency, markers).trim();
        text = strip_back(text, currency, markers).trim();
        if text.len() == before {
            break;
        }
    }
    text
}

fn strip_front<'t>(text: &'t str, currency: &str, markers: &mut Vec<Marker>) -> &'t str {
    let letters: String = text
        .chars()
        .take_while(|c| c.is_ascii_alphabetic())
        .take(4)
        .collect();
    let rest = &text[letters.len()..];
    match rest.chars().next() {
        Some(symbol) if letters.len() <= 2 && is_symbol(symbol) => {
            markers.push(Marker::Symbol(symbol));
            &rest[symbol.len_utf8()..]
        }
        next if is_code(&letters, currency) && !next.is_some_and(char::is_alphabetic) => {
            markers.push(Marker::Code(letters));
            rest
        }
        _ => text,
    }
}

fn strip_back<'t>(text: &'t str, currency: &str, markers: &mut Vec<Marker>) -> &'t str {
    if let Some(symbol) = text.chars().next_back().filter(|c| is_symbol(*c)) {
        markers.push(Marker::Symbol(symbol));
        return &text[..text.len() - symbol.len_utf8()];
    }
    let letters = text
        .chars()
        .rev()
        .take_while(|c| c.is_ascii_alphabetic())
        .take(4)
        .count();
    let cut = text.len() - letters;
    let before = text[..cut].chars().next_back();
    if is_code(&text[cut..], currency) && !before.is_some_and(char::is_alphabetic) {
        markers.push(Marker::Code(text[cut..].to_owned()));
        return &text[..cut];
    }
    text
}

/// Active ISO 4217 codes. Three letters are read as a currency marker only when they are one
/// of these or the book's own currency, so a word such as "ten" is not mistaken for one.
const ISO_CODES: &str = "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD \
BND BOB BRL BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN \
ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD \
JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU \
MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB \
RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD \
TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL";

fn is_code(letters: &str, currency: &str) -> bool {
    letters.len() == 3
        && (letters.eq_ignore_ascii_case(currency)
            || ISO_CODES
                .split_ascii_whitespace()
                .any(|code| code.eq_ignore_ascii_case(letters)))
}

enum NumberProblem {
    NotANumber,
    MinorDigits(usize),
    TooLarge,
}

fn is_group_separator(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | ' ' | '\u{a0}' | '\u{202f}' | '\u{2009}' | '\'' | '’'
    )
}

/// The amount in minor units of a number with separators, by the rules in the module docs.
fn read_number(body: &str, minor_digits: usize) -> Result<u64, NumberProblem> {
    if body.is_empty()
        || !body
            .chars()
            .all(|c| c.is_ascii_digit() || is_group_separator(c))
        || !body.starts_with(|c: char| c.is_ascii_digit())
        || !body.ends_with(|c: char| c.is_ascii_digit())
    {
        return Err(NumberProblem::NotANumber);
    }
    let last_mark = body.rfind(['.', ',']);
    let (whole, fraction) = match last_mark {
        Some(at) if minor_digits > 0 => {
            let mark = body[at..].chars().next().unwrap_or('.');
            let (before, after) = (&body[..at], &body[at + 1..]);
            let other = if mark == '.' { ',' } else { '.' };
            let decimal = after.len() == minor_digits
                && after.bytes().all(|b| b.is_ascii_digit())
                && !before.contains(mark)
                && (minor_digits != 3 || before.contains(other));
            if decimal {
                (before, after)
            } else {
                (body, "")
            }
        }
        _ => (body, ""),
    };
    let groups: Vec<&str> = whole.split(is_group_separator).collect();
    if groups.len() > 1 {
        let mut kinds = whole.chars().filter(|c| is_group_separator(*c));
        let first_kind = kinds.next();
        let one_kind = kinds.all(|c| Some(c) == first_kind);
        let last = groups.last().map_or(0, |group| group.len());
        let middle_ok = groups
            .iter()
            .skip(1)
            .take(groups.len() - 2)
            .all(|group| (2..=3).contains(&group.len()));
        let first_ok = groups.first().is_some_and(|g| (1..=3).contains(&g.len()));
        if last != 3 || !one_kind {
            // The last separator was meant as a decimal point with the wrong number of digits,
            // or the separators are mixed up; only the first can be said more helpfully.
            let after_last_mark = last_mark.map(|at| body.len() - at - 1);
            return match after_last_mark {
                Some(found) if groups.iter().all(|g| !g.is_empty()) && found != 3 => {
                    Err(NumberProblem::MinorDigits(found))
                }
                Some(found)
                    if !one_kind
                        && found == 3
                        && minor_digits != 3
                        && groups.iter().all(|g| !g.is_empty()) =>
                {
                    Err(NumberProblem::MinorDigits(found))
                }
                _ => Err(NumberProblem::NotANumber),
            };
        }
        if !first_ok || !middle_ok {
            return Err(NumberProblem::NotANumber);
        }
    }
    let digits: String = whole.chars().filter(char::is_ascii_digit).collect();
    let significant = digits.trim_start_matches('0');
    // Twenty digits would not fit a u64; far fewer already exceed the cap.
    if significant.len() > 18 {
        return Err(NumberProblem::TooLarge);
    }
    let whole_units: u128 = significant.parse().unwrap_or(0);
    let fraction_units: u128 = fraction.parse().unwrap_or(0);
    let unit = 10u128.pow(u32::try_from(minor_digits).unwrap_or(0));
    let minor = whole_units * unit + fraction_units;
    if minor > u128::from(MAX_AMOUNT_MINOR) {
        return Err(NumberProblem::TooLarge);
    }
    u64::try_from(minor).map_err(|_| NumberProblem::TooLarge)
}

fn minor_digits(currency: &str) -> usize {
    minor_per_major(currency).ilog10() as usize
}

/// Where a quote sits against a range.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuotePosition {
    /// More than [`FAR_PERCENT`] below the low end.
    FarBelow,
    /// Below the low end, by at most [`FAR_PERCENT`].
    Below,
    /// From the low end to the high end, both included.
    Within,
    /// Above the high end, by at most [`FAR_PERCENT`].
    Above,
    /// More than [`FAR_PERCENT`] above the high end.
    FarAbove,
}

impl QuotePosition {
    /// A short class-name-safe word for styling.
    pub fn as_str(self) -> &'static str {
        match self {
            QuotePosition::FarBelow => "far-below",
            QuotePosition::Below => "below",
            QuotePosition::Within => "within",
            QuotePosition::Above => "above",
            QuotePosition::FarAbove => "far-above",
        }
    }
}

/// Where `quote` sits against `range` (the ends may come in either order). Exact integer
/// arithmetic: a quote exactly [`FAR_PERCENT`] beyond an end is not yet "far".
pub fn position(quote: u64, range: MoneyRange) -> QuotePosition {
    let (low, high) = (range.min.min(range.max), range.min.max(range.max));
    let scaled = u128::from(quote) * 100;
    if scaled < u128::from(low) * u128::from(100 - FAR_PERCENT) {
        QuotePosition::FarBelow
    } else if quote < low {
        QuotePosition::Below
    } else if quote <= high {
        QuotePosition::Within
    } else if scaled > u128::from(high) * u128::from(100 + FAR_PERCENT) {
        QuotePosition::FarAbove
    } else {
        QuotePosition::Above
    }
}

/// The quote field and, once a valid price is typed, the check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteView {
    /// "Quoted price".
    pub label: String,
    /// Help under the field: what to type and where it stays.
    pub hint: String,
    /// The text as typed, for the field.
    pub text: String,
    /// Why the text cannot be compared; `None` when it is empty or valid.
    pub error: Option<String>,
    /// The comparison, when a valid price is typed.
    pub check: Option<QuoteCheckView>,
    /// "Check a clinic's quote".
    pub title: &'static str,
    /// The typed quote in one sentence, for the printed sheet, where the field is not shown:
    /// "The quote you entered: $2,500."; `None` without a valid quote.
    pub you_entered: Option<String>,
}

/// The result of comparing a valid quote with the estimate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuoteCheckView {
    /// `None` when there is no range to compare with.
    pub position: Option<QuotePosition>,
    /// The quote as the page formats money.
    pub quote: String,
    /// The range compared with, exactly as the estimate shows it, with its provenance.
    pub compared_with: FigureView,
    /// "Compared with: $1,500 – $4,000 (Total for 3 sessions), derived by a rule".
    pub compared_with_text: String,
    /// Where the quote sits against a range the source quotes for the same plan, when the
    /// range compared with is derived and such a quoted range exists.
    pub quoted_position: Option<QuotePosition>,
    /// One line, such as "Far below the estimated range".
    pub headline: String,
    /// What the position means, in sentences.
    pub explanation: Vec<String>,
    /// What to ask the clinic.
    pub ask: Vec<String>,
}

/// Builds the quote field and check for the text typed (`raw`) against `estimate`'s total.
pub fn quote_view(
    raw: &str,
    estimate: &Estimate,
    money: &dyn MoneyFormat,
    lang: Lang,
) -> QuoteView {
    let words = words(lang).quote;
    let currency = estimate.book.currency.as_str();
    let (error, check) = match parse_quote(raw, currency) {
        Err(QuoteError::Empty) => (None, None),
        Err(error) => (Some(error.message(currency, money, lang)), None),
        Ok(quote) => (None, Some(check_view(quote, estimate, money, lang))),
    };
    let you_entered = check
        .as_ref()
        .map(|check| (words.you_entered)(&check.quote));
    QuoteView {
        label: words.label.to_owned(),
        hint: (words.hint)(estimate.sessions, currency),
        text: raw.to_owned(),
        error,
        check,
        title: words.title,
        you_entered,
    }
}

/// What the compared range is, in a few words: "the published range", "the range derived for
/// this product tier", "the clinic's listed range" and so on.
fn range_name(provenance: &Provenance, clinic: bool, words: &QuoteWords) -> &'static str {
    let tier_band = provenance
        .rules()
        .iter()
        .any(|rule| matches!(rule, Rule::TierBand { .. }));
    match (provenance, clinic) {
        (Provenance::Quoted { .. }, false) => words.range_published,
        (Provenance::Quoted { .. }, true) => words.range_clinic,
        (_, false) if tier_band => words.range_tier,
        (_, true) if tier_band => words.range_tier_clinic,
        (_, false) => words.range_derived,
        (_, true) => words.range_derived_clinic,
    }
}

/// Where the quote sits, as the end of the sentence that places it against a second range.
fn position_words(position: QuotePosition, words: &QuoteWords) -> &'static str {
    match position {
        QuotePosition::FarBelow => words.against_far_below,
        QuotePosition::Below => words.against_below,
        QuotePosition::Within => words.against_within,
        QuotePosition::Above => words.against_above,
        QuotePosition::FarAbove => words.against_far_above,
    }
}

fn check_view(
    quote: u64,
    estimate: &Estimate,
    money: &dyn MoneyFormat,
    lang: Lang,
) -> QuoteCheckView {
    let words = words(lang).quote;
    let shown = money.format(quote);
    let compared_with = total_figure(estimate, money, lang);
    let compared_with_text = (words.compared_with)(
        &compared_with.value,
        &compared_with.label,
        compared_with.badge,
    );
    let clinic = estimate.book.is_clinic_book();
    let Some(range) = estimate.total.range else {
        let (headline, reason) = if clinic {
            (words.no_listed_price, (words.no_listed_reason)(&shown))
        } else {
            (
                words.no_published_range,
                (words.no_published_reason)(&shown),
            )
        };
        return QuoteCheckView {
            position: None,
            quote: shown,
            compared_with,
            compared_with_text,
            quoted_position: None,
            headline: headline.to_owned(),
            explanation: vec![reason, words.only_numbers.to_owned()],
            ask: vec![words.ask_included.to_owned(), words.ask_four.to_owned()],
        };
    };
    let target = range_name(&estimate.total.provenance, clinic, words);
    let position = position(quote, range);
    let (low, high) = (range.min.min(range.max), range.min.max(range.max));
    let under = money.format(low.saturating_sub(quote));
    let over = money.format(quote.saturating_sub(high));
    let (headline, mut explanation, ask) = match position {
        QuotePosition::FarBelow => (
            (words.far_below)(target),
            vec![
                (words.far_below_by)(&shown, &under, target, FAR_PERCENT),
                words.far_below_means.to_owned(),
            ],
            vec![
                words.ask_characterisation,
                words.ask_cell_line,
                words.ask_included,
            ],
        ),
        QuotePosition::Below => (
            (words.below)(target),
            vec![
                (words.below_by)(&shown, &under, target),
                words.below_means.to_owned(),
            ],
            vec![words.ask_characterisation, words.ask_included],
        ),
        QuotePosition::Within => (
            (words.within)(target),
            vec![
                (words.within_range)(&shown, target),
                words.within_means.to_owned(),
            ],
            vec![words.ask_four, words.ask_included],
        ),
        QuotePosition::Above => (
            (words.above)(target),
            vec![
                (words.above_by)(&shown, &over, target),
                words.above_means.to_owned(),
            ],
            vec![words.ask_included, words.ask_characterisation],
        ),
        QuotePosition::FarAbove => (
            (words.far_above)(target),
            vec![
                (words.far_above_by)(&shown, &over, target, FAR_PERCENT),
                words.far_above_means.to_owned(),
            ],
            vec![
                words.ask_itemised,
                words.ask_characterisation,
                words.ask_outcomes,
            ],
        ),
    };
    // A derived range sits inside a range the source quotes for the whole plan ("Not sure"
    // for the same sessions); saying where the quote sits against that one too keeps a derived
    // band from reading as the only published figure.
    let mut quoted_position = None;
    if !matches!(estimate.total.provenance, Provenance::Quoted { .. }) {
        let whole = total_price(
            estimate.book,
            &estimate.method.id,
            NOT_SURE,
            estimate.sessions,
        );
        if let (Some(whole_range), Provenance::Quoted { .. }) = (whole.range, &whole.provenance) {
            let against = self::position(quote, whole_range);
            quoted_position = Some(against);
            let what = if clinic {
                words.range_clinic
            } else {
                words.range_published
            };
            explanation.push((words.against_whole)(
                what,
                &format_range(whole_range, money),
                &shown,
                position_words(against, words),
            ));
        }
    }
    if matches!(position, QuotePosition::FarBelow | QuotePosition::Below) && estimate.sessions > 1 {
        if let Some(per_session) = estimate.per_session.range {
            explanation.push((words.per_session_instead)(
                estimate.sessions,
                &format_range(per_session, money),
            ));
        }
    }
    explanation.push(words.only_numbers.to_owned());
    let ask = ask.into_iter().map(str::to_owned).collect();
    QuoteCheckView {
        position: Some(position),
        quote: shown,
        compared_with,
        compared_with_text,
        quoted_position,
        headline,
        explanation,
        ask,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::money::PlainFormatter;

    fn usd(text: &str) -> Result<u64, QuoteError> {
        parse_quote(text, "USD")
    }

    #[test]
    fn reads_the_common_ways_of_writing_a_price() {
        for text in [
            "2500",
            "$2,500",
            "2,500.00",
            "2 500",
            "2\u{a0}500",
            "2\u{202f}500,00",
            "2'500",
            "2’500.00",
            "2.500,00",
            "2.500",
            "USD 2500",
            "2500 usd",
            "US$2,500",
            "$ 2,500.00",
            "2500$",
            "+2500",
            "2.500,-",
            " 2500 ",
            "002500",
        ] {
            assert_eq!(usd(text), Ok(250_000), "{text}");
        }
        assert_eq!(usd("2500.50"), Ok(250_050));
        assert_eq!(
            usd("2500,5"),
            Err(QuoteError::MinorDigits {
                text: "2500,5".into(),
                found: 1
            })
        );
        assert_eq!(usd("12,50"), Ok(1_250));
        assert_eq!(usd("1,234,567.89"), Ok(123_456_789));
        assert_eq!(usd("2,50,000"), Ok(25_000_000));
        assert_eq!(parse_quote("€2.500,00", "EUR"), Ok(250_000));
        assert_eq!(parse_quote("2 500 €", "EUR"), Ok(250_000));
        assert_eq!(parse_quote("₩1,500,000", "KRW"), Ok(1_500_000));
        assert_eq!(parse_quote("¥300.000", "JPY"), Ok(300_000));
        assert_eq!(parse_quote("1,500", "KWD"), Ok(1_500_000));
        assert_eq!(parse_quote("1,500.250", "KWD"), Ok(1_500_250));
        assert_eq!(parse_quote("1.500,250", "KWD"), Ok(1_500_250));
    }

    #[test]
    fn refuses_what_it_would_have_to_guess() {
        assert_eq!(usd(""), Err(QuoteError::Empty));
        assert_eq!(usd("   "), Err(QuoteError::Empty));
        for text in [
            "abc",
            "2500k",
            "2.5k",
            "about 2500",
            "2500 dollars",
            "(2500)",
            "2,,500",
            "2 ,500",
            "$",
            "1e4",
            "2500-",
            "$$2500",
            "2500 USD EUR",
            "ten",
        ] {
            assert_eq!(
                usd(text),
                Err(QuoteError::NotANumber(text.into())),
                "{text}"
            );
        }
        assert_eq!(usd("-2500"), Err(QuoteError::Negative("-2500".into())));
        assert_eq!(usd("-$2,500"), Err(QuoteError::Negative("-$2,500".into())));
        assert_eq!(usd("$-2,500"), Err(QuoteError::Negative("$-2,500".into())));
        assert_eq!(usd("−2500"), Err(QuoteError::Negative("−2500".into())));
        assert_eq!(usd("0"), Err(QuoteError::Zero("0".into())));
        assert_eq!(usd("0.00"), Err(QuoteError::Zero("0.00".into())));
        assert_eq!(
            usd("10000001"),
            Err(QuoteError::TooLarge("10000001".into()))
        );
        assert_eq!(usd("10000000"), Ok(MAX_AMOUNT_MINOR));
        assert!(matches!(
            usd("99999999999999999999999999"),
            Err(QuoteError::TooLarge(_))
        ));
        assert!(matches!(
            usd(&"9".repeat(41)),
            Err(QuoteError::NotANumber(_))
        ));
        assert_eq!(
            usd("2500.5"),
            Err(QuoteError::MinorDigits {
                text: "2500.5".into(),
                found: 1
            })
        );
        assert_eq!(
            usd("1,234.567"),
            Err(QuoteError::MinorDigits {
                text: "1,234.567".into(),
                found: 3
            })
        );
        assert_eq!(
            parse_quote("2500.50", "JPY"),
            Err(QuoteError::MinorDigits {
                text: "2500.50".into(),
                found: 2
            })
        );
        assert_eq!(
            usd("€2,500"),
            Err(QuoteError::OtherCurrency {
                text: "€2,500".into(),
                found: "EUR".into()
            })
        );
        assert_eq!(
            usd("2500 eur"),
            Err(QuoteError::OtherCurrency {
                text: "2500 eur".into(),
                found: "EUR".into()
            })
        );
        assert_eq!(
            parse_quote("¥2500", "USD"),
            Err(QuoteError::OtherCurrency {
                text: "¥2500".into(),
                found: "JPY or CNY".into()
            })
        );
    }

    #[test]
    fn error_messages_are_specific() {
        let money = PlainFormatter::new("USD");
        let message = |text: &str| usd(text).unwrap_err().message("USD", &money, Lang::En);
        assert!(message("").contains("for example 2500.00"));
        assert!(message("abc").starts_with("“abc” is not a price"));
        assert!(message("-5").contains("below zero"));
        assert!(message("0").contains("zero"));
        assert!(message("99999999").contains("at most $10,000,000"));
        assert!(message("2500.5").contains("1 digit after the last separator"));
        assert!(message("2500.5").contains("2 decimal places"));
        assert!(message("€5").contains("looks like an amount in EUR, but these prices are in USD"));
        let yen = parse_quote("2500.5", "JPY").unwrap_err().message(
            "JPY",
            &PlainFormatter::new("JPY"),
            Lang::En,
        );
        assert!(yen.contains("amounts in JPY have none"), "{yen}");
    }

    #[test]
    fn position_uses_the_far_threshold_exactly() {
        let range = MoneyRange::new(200_000, 400_000);
        assert_eq!(position(149_999, range), QuotePosition::FarBelow);
        assert_eq!(position(150_000, range), QuotePosition::Below);
        assert_eq!(position(199_999, range), QuotePosition::Below);
        assert_eq!(position(200_000, range), QuotePosition::Within);
        assert_eq!(position(400_000, range), QuotePosition::Within);
        assert_eq!(position(400_001, range), QuotePosition::Above);
        assert_eq!(position(500_000, range), QuotePosition::Above);
        assert_eq!(position(500_001, range), QuotePosition::FarAbove);
        assert_eq!(position(u64::MAX, range), QuotePosition::FarAbove);
        assert_eq!(position(1, MoneyRange::new(0, 0)), QuotePosition::FarAbove);
        assert_eq!(position(5, MoneyRange::new(10, 4)), QuotePosition::Within);
    }
}
