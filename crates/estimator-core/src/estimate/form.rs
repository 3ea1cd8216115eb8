//! Raw form input (strings, as the page holds them) parsed once into a validated request.

use crate::estimate::{LotData, Request};
use crate::lang::Lang;
use crate::price_book::{Method, PriceBook, Tier, NOT_SURE};

pub use crate::limits::{MAX_SESSIONS, MIN_SESSIONS};

/// The longest session text that is read as a number at all; anything longer is too many.
const MAX_SESSION_DIGITS: usize = 9;

/// What the person has entered, exactly as the form holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawInput {
    pub method: String,
    pub tier: String,
    pub sessions: String,
    /// Whether the person says the clinic has shown them the lot's characterisation data.
    pub lot_data: bool,
}

impl RawInput {
    /// The first method in the book, "Not sure", and three sessions: the source's series.
    pub fn initial(book: &PriceBook) -> RawInput {
        RawInput {
            method: book
                .methods
                .first()
                .map(|method| method.id.clone())
                .unwrap_or_default(),
            tier: NOT_SURE.to_owned(),
            sessions: "3".to_owned(),
            lot_data: false,
        }
    }

    pub fn lot_data(&self) -> LotData {
        if self.lot_data {
            LotData::Shown
        } else {
            LotData::NotShown
        }
    }
}

/// Why a session count cannot be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionsError {
    Empty,
    NotANumber(String),
    NotWhole(String),
    TooFew(String),
    TooMany(String),
}

impl SessionsError {
    /// The message shown next to the field, in `lang`: what is wrong with the text (quoted
    /// back) and the range to enter.
    pub fn message(&self, lang: Lang) -> String {
        (crate::words::words(lang).view.sessions_error)(self)
    }
}

/// Reads a session count typed by a person.
pub fn parse_sessions(raw: &str) -> Result<u32, SessionsError> {
    let text = raw.trim();
    if text.is_empty() {
        return Err(SessionsError::Empty);
    }
    let shown = crate::json_reader::shorten(text, 24);
    let (negative, digits) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.strip_prefix('+').unwrap_or(text)),
    };
    let (whole, fraction) = match digits.split_once(['.', ',']) {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (digits, None),
    };
    let is_digits = |part: &str| part.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() && fraction.is_none_or(str::is_empty)
        || !is_digits(whole)
        || !fraction.is_none_or(is_digits)
    {
        return Err(SessionsError::NotANumber(shown));
    }
    if fraction.is_some_and(|part| part.chars().any(|c| c != '0')) {
        return Err(SessionsError::NotWhole(shown));
    }
    let significant = whole.trim_start_matches('0');
    if significant.len() > MAX_SESSION_DIGITS {
        return if negative {
            Err(SessionsError::TooFew(shown))
        } else {
            Err(SessionsError::TooMany(shown))
        };
    }
    // At most nine digits, so the parse cannot overflow.
    let magnitude: i64 = significant.parse().unwrap_or(0);
    let count = if negative { -magnitude } else { magnitude };
    if count < i64::from(MIN_SESSIONS) {
        Err(SessionsError::TooFew(count.to_string()))
    } else if count > i64::from(MAX_SESSIONS) {
        Err(SessionsError::TooMany(count.to_string()))
    } else {
        // Between MIN_SESSIONS and MAX_SESSIONS, so it fits.
        Ok(u32::try_from(count).unwrap_or(MIN_SESSIONS))
    }
}

/// The session text after pressing a "one more" (`delta = 1`) or "one fewer" (`delta = -1`)
/// button: a valid count moves by one within the allowed range; text that is not a valid
/// count is replaced by the nearest sensible value, so the buttons always lead somewhere.
pub fn step_sessions(raw: &str, delta: i32) -> String {
    let next = match parse_sessions(raw) {
        Ok(count) => count.saturating_add_signed(delta),
        Err(SessionsError::TooMany(_)) => MAX_SESSIONS,
        Err(_) => MIN_SESSIONS,
    };
    next.clamp(MIN_SESSIONS, MAX_SESSIONS).to_string()
}

/// The input resolved against a book: a method and tier that exist, and the session count or
/// why it cannot be used.
#[derive(Clone, Debug)]
pub struct Resolved<'a> {
    pub method: &'a Method,
    pub tier: &'a Tier,
    pub sessions: Result<u32, SessionsError>,
}

impl Resolved<'_> {
    pub fn request(&self) -> Option<Request> {
        let sessions = self.sessions.as_ref().ok()?;
        Some(Request {
            method: self.method.id.clone(),
            tier: self.tier.id.clone(),
            sessions: *sessions,
        })
    }
}

/// Resolves raw input: an unknown method falls back to the book's first, and a tier the
/// method does not offer falls back to "Not sure", which every method offers. Returns `None`
/// only for a book with no methods, which validation rejects.
pub fn resolve<'a>(book: &'a PriceBook, raw: &RawInput) -> Option<Resolved<'a>> {
    let method = book.method(&raw.method).or_else(|| book.methods.first())?;
    let offered = book.tiers_for(&method.id);
    let tier = offered
        .iter()
        .find(|tier| tier.id == raw.tier)
        .or_else(|| offered.iter().find(|tier| tier.id == NOT_SURE))
        .copied()?;
    Some(Resolved {
        method,
        tier,
        sessions: parse_sessions(&raw.sessions),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_whole_numbers_in_range() {
        assert_eq!(parse_sessions("1"), Ok(1));
        assert_eq!(parse_sessions(" 6 "), Ok(6));
        assert_eq!(parse_sessions("+3"), Ok(3));
        assert_eq!(parse_sessions("03"), Ok(3));
        assert_eq!(parse_sessions("3.0"), Ok(3));
    }

    #[test]
    fn explains_every_kind_of_bad_value() {
        assert_eq!(parse_sessions(""), Err(SessionsError::Empty));
        assert_eq!(parse_sessions("   "), Err(SessionsError::Empty));
        assert_eq!(parse_sessions("0"), Err(SessionsError::TooFew("0".into())));
        assert_eq!(
            parse_sessions("-3"),
            Err(SessionsError::TooFew("-3".into()))
        );
        assert_eq!(
            parse_sessions("999"),
            Err(SessionsError::TooMany("999".into()))
        );
        assert_eq!(
            parse_sessions("abc"),
            Err(SessionsError::NotANumber("abc".into()))
        );
        assert_eq!(
            parse_sessions("2.5"),
            Err(SessionsError::NotWhole("2.5".into()))
        );
        assert_eq!(
            parse_sessions("."),
            Err(SessionsError::NotANumber(".".into()))
        );
        assert_eq!(
            parse_sessions("-"),
            Err(SessionsError::NotANumber("-".into()))
        );
        assert_eq!(
            parse_sessions("3e2"),
            Err(SessionsError::NotANumber("3e2".into()))
        );
        assert!(matches!(
            parse_sessions("99999999999999999999999"),
            Err(SessionsError::TooMany(_))
        ));
        assert!(matches!(
            parse_sessions("-99999999999999999999999"),
            Err(SessionsError::TooFew(_))
        ));
    }

    #[test]
    fn messages_name_the_allowed_range_and_the_value() {
        for raw in ["", "0", "-3", "999", "abc", "2.5"] {
            let message = parse_sessions(raw).unwrap_err().message(Lang::En);
            assert!(message.contains("from 1 to 6"), "{raw}: {message}");
            assert!(message.contains(raw.trim()), "{raw}: {message}");
        }
    }

    #[test]
    fn stepping_stays_in_range_and_recovers_from_bad_text() {
        assert_eq!(step_sessions("3", 1), "4");
        assert_eq!(step_sessions("3", -1), "2");
        assert_eq!(step_sessions("6", 1), "6");
        assert_eq!(step_sessions("1", -1), "1");
        assert_eq!(step_sessions("abc", 1), "1");
        assert_eq!(step_sessions("", -1), "1");
        assert_eq!(step_sessions("999", -1), "6");
        assert_eq!(step_sessions("-3", 1), "1");
    }

    #[test]
    fn tier_not_offered_by_the_method_falls_back_to_not_sure() {
        let book = PriceBook::published();
        let raw = RawInput {
            method: "microneedling".into(),
            tier: "msc-injectable".into(),
            sessions: "2".into(),
            lot_data: false,
        };
        let resolved = resolve(&book, &raw).unwrap();
        assert_eq!(resolved.tier.id, NOT_SURE);
        let unknown = RawInput {
            method: "nonsense".into(),
            ..raw
        };
        assert_eq!(
            resolve(&book, &unknown).unwrap().method.id,
            book.methods[0].id
        );
    }
}
