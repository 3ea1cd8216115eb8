//! A tiny civil-date type for planning: parse what `<input type="date">` gives, count days,
//! and format through a [`DateFormat`] the shell supplies.
//!
//! The core never reads the clock. Wherever "today" matters it is a parameter, so every answer
//! can be tested for any day, and the same input always gives the same page.
//!
//! Dates are converted to and from a day number (days since 1970-01-01) with Howard Hinnant's
//! days-from-civil algorithm, in `i64`, so that adding days and counting the days between two
//! dates is plain integer arithmetic that cannot overflow for any representable date.

use crate::book::problem::clean;
use crate::lang::Lang;
use crate::words::words;
use std::fmt;

/// The earliest year a person may enter. Earlier years are typing mistakes, not plans.
pub const MIN_INPUT_YEAR: i32 = 1900;

/// The latest year a person may enter. Later years are typing mistakes, not plans.
pub const MAX_INPUT_YEAR: i32 = 2200;

/// The earliest year a [`Date`] can hold. Arithmetic may step outside the input years (a plan
/// that starts late in 2200 ends in 2201, an event early in 1900 needs a start in 1899), so the
/// type holds every four-digit year and only input is held to the narrower range.
pub const MIN_YEAR: i32 = 1;

/// The latest year a [`Date`] can hold; four digits keep [`Date::to_iso`] in its format.
pub const MAX_YEAR: i32 = 9999;

/// A real calendar date (proleptic Gregorian) in the years [`MIN_YEAR`]..=[`MAX_YEAR`].
///
/// The fields are private so that a `Date` is always a real date: build one with
/// [`Date::new`], [`Date::parse_iso`] or arithmetic, which all check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// 1970-01-01, day number 0: a date that always exists, for callers that need one.
    pub const EPOCH: Date = Date {
        year: 1970,
        month: 1,
        day: 1,
    };
}

/// Why text or numbers do not make a date a person may plan with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateError {
    /// Nothing was entered.
    Empty,
    /// The text is not in the form `YYYY-MM-DD`; holds the text, shortened.
    NotIso(String),
    /// The parts are numbers, but no such day exists (a 30 February, a month 13).
    NotReal(String),
    /// A real date outside the years [`MIN_INPUT_YEAR`]..=[`MAX_INPUT_YEAR`].
    OutOfRange(String),
}

impl DateError {
    /// The message shown next to the date field, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        (words(lang).planner.date_error)(self)
    }

    /// The same error with the text it quotes cleaned of control and direction-changing
    /// characters, for a message about text someone else wrote (a shared link).
    pub fn cleaned(self) -> DateError {
        match self {
            DateError::Empty => DateError::Empty,
            DateError::NotIso(text) => DateError::NotIso(clean(&text)),
            DateError::NotReal(text) => DateError::NotReal(clean(&text)),
            DateError::OutOfRange(text) => DateError::OutOfRange(clean(&text)),
        }
    }
}

impl fmt::Display for DateError {
    /// The error as a developer reads it, in no person's language (its kind and the text it
    /// quotes), for test failures and logs; a person reads [`DateError::message`].
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

impl Date {
    /// A date from its parts, if it is a real date in the input years
    /// [`MIN_INPUT_YEAR`]..=[`MAX_INPUT_YEAR`]; the error names the date as `YYYY-MM-DD`.
    pub fn new(year: i32, month: u32, day: u32) -> Result<Date, DateError> {
        let shown = format!("{year:04}-{month:02}-{day:02}");
        let date = Date::from_parts(i64::from(year), i64::from(month), i64::from(day))
            .ok_or_else(|| DateError::NotReal(shown.clone()))?;
        if (MIN_INPUT_YEAR..=MAX_INPUT_YEAR).contains(&date.year) {
            Ok(date)
        } else {
            Err(DateError::OutOfRange(shown))
        }
    }

    /// Any real date in [`MIN_YEAR`]..=[`MAX_YEAR`], without the input-year limit.
    fn from_parts(year: i64, month: i64, day: i64) -> Option<Date> {
        if !(i64::from(MIN_YEAR)..=i64::from(MAX_YEAR)).contains(&year)
            || !(1..=12).contains(&month)
            || day < 1
            || day > days_in_month(year, month)
        {
            return None;
        }
        Some(Date {
            year: i32::try_from(year).ok()?,
            month: u8::try_from(month).ok()?,
            day: u8::try_from(day).ok()?,
        })
    }

    /// Reads a date written as `YYYY-MM-DD`, which is what `<input type="date">` gives.
    ///
    /// Surrounding spaces are ignored, and a one-digit month or day (`2026-2-3`) is accepted
    /// because a person editing a link by hand may write one; anything else is an error that
    /// says what is wrong: the form, a day that does not exist, or a year out of range.
    pub fn parse_iso(text: &str) -> Result<Date, DateError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(DateError::Empty);
        }
        let shown = crate::json_reader::shorten(text, 24);
        let mut parts = text.split('-');
        let (Some(year), Some(month), Some(day), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(DateError::NotIso(shown));
        };
        let digits = |part: &str, lengths: std::ops::RangeInclusive<usize>| {
            lengths.contains(&part.len()) && part.bytes().all(|b| b.is_ascii_digit())
        };
        if !digits(year, 4..=4) || !digits(month, 1..=2) || !digits(day, 1..=2) {
            return Err(DateError::NotIso(shown));
        }
        // At most four digits each, so the parses cannot fail; the fallback is never used.
        let number = |part: &str| part.parse::<i64>().unwrap_or(0);
        let (year, month, day) = (number(year), number(month), number(day));
        let Some(date) = Date::from_parts(year, month, day) else {
            // Year 0000 is the only four-digit year a `Date` cannot hold; it is a real year in
            // ISO 8601, so it is reported as out of range rather than as no date at all.
            return if year < i64::from(MIN_YEAR)
                && (1..=12).contains(&month)
                && (1..=days_in_month(year, month)).contains(&day)
            {
                Err(DateError::OutOfRange(shown))
            } else {
                Err(DateError::NotReal(shown))
            };
        };
        if (MIN_INPUT_YEAR..=MAX_INPUT_YEAR).contains(&date.year) {
            Ok(date)
        } else {
            Err(DateError::OutOfRange(shown))
        }
    }

    /// The date as `YYYY-MM-DD`, the form `<input type="date">` and [`Date::parse_iso`] use.
    pub fn to_iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    pub fn year(self) -> i32 {
        self.year
    }

    /// The month, 1 (January) to 12 (December).
    pub fn month(self) -> u32 {
        u32::from(self.month)
    }

    /// The day of the month, from 1.
    pub fn day(self) -> u32 {
        u32::from(self.day)
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn day_number(self) -> i64 {
        days_from_civil(
            i64::from(self.year),
            i64::from(self.month),
            i64::from(self.day),
        )
    }

    /// The date with this day number, if it lies in [`MIN_YEAR`]..=[`MAX_YEAR`].
    pub fn from_day_number(days: i64) -> Option<Date> {
        // Outside this window the year is certainly out of range; checking first keeps the
        // arithmetic below far from overflow for any `i64`.
        const LIMIT: i64 = 4_000_000;
        if !(-LIMIT..=LIMIT).contains(&days) {
            return None;
        }
        let (year, month, day) = civil_from_days(days);
        Date::from_parts(year, month, day)
    }

    /// The date `days` days later (earlier when negative), if it is representable.
    pub fn add_days(self, days: i64) -> Option<Date> {
        Date::from_day_number(self.day_number().checked_add(days)?)
    }

    /// How many days from `self` to `later`: positive when `later` is after `self`.
    pub fn days_until(self, later: Date) -> i64 {
        later.day_number() - self.day_number()
    }
}

impl fmt::Display for Date {
    /// Writes the ISO form, `YYYY-MM-DD`; use a [`DateFormat`] for text people read.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_iso())
    }
}

/// Turns a date into display text. The browser shell implements this with
/// `Intl.DateTimeFormat` in the page's locale, falling back on [`plain_date_format`] of the
/// page's language where `Intl` is missing; tests use [`PlainDateFormat`].
pub trait DateFormat {
    fn format(&self, date: Date) -> String;
}

/// A language's plain day-month-year format, such as "1 Dec 2026", "1 dic 2026" or
/// "1. Dez. 2026": unambiguous in every locale of the language, unlike "12/1/2026".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlainDate(pub Lang);

impl DateFormat for PlainDate {
    fn format(&self, date: Date) -> String {
        (words(self.0).planner.plain_date)(date.day(), date.month(), date.year)
    }
}

/// A date in the locale of one of the estimator's own pages, written as the browser's
/// `Intl.DateTimeFormat` writes it there ("Dec 1, 2026", "1 dic 2026", "1. Dez. 2026")
/// without asking the browser: building an `Intl` formatter first loads the browser's locale
/// data, the costliest single step of the page's start on a slow phone. A browser test checks
/// the claim against the browser's own `Intl` on every page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PageDate(Lang);

impl PageDate {
    /// The page format of `locale` when it is exactly the page locale of a built language
    /// (`en-US`, `es-US`, `de-DE`); any other locale is left to the browser.
    pub fn for_locale(locale: &str) -> Option<PageDate> {
        Lang::of_locale(locale)
            .filter(|lang| lang.page_locale() == locale)
            .map(PageDate)
    }
}

impl DateFormat for PageDate {
    fn format(&self, date: Date) -> String {
        (words(self.0).planner.page_date)(date.day(), date.month(), date.year)
    }
}

/// The plain date format of `lang`, for where the browser's `Intl` does not format dates.
pub fn plain_date_format(lang: Lang) -> PlainDate {
    PlainDate(lang)
}

/// The plain format ([`PlainDate`]) of the build's first language: English wherever English
/// is built, as in every test build ("1 Dec 2026").
pub struct PlainDateFormat;

impl DateFormat for PlainDateFormat {
    fn format(&self, date: Date) -> String {
        PlainDate(Lang::default_built()).format(date)
    }
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

fn days_in_month(year: i64, month: i64) -> i64 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Howard Hinnant's `days_from_civil`: the day number of a civil date. The year is shifted to
/// start in March so that the leap day falls at the end, then counted in 400-year eras of
/// 146,097 days.
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_from_march = (month + 9) % 12;
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// Howard Hinnant's `civil_from_days`, the inverse of [`days_from_civil`].
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let shifted = days + 719_468;
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        match Date::parse_iso(text) {
            Ok(date) => date,
            Err(error) => panic!("{text}: {error}"),
        }
    }

    #[test]
    fn parses_and_writes_iso_dates() {
        let d = date("2026-12-01");
        assert_eq!((d.year(), d.month(), d.day()), (2026, 12, 1));
        assert_eq!(d.to_iso(), "2026-12-01");
        assert_eq!(d.to_string(), "2026-12-01");
        assert_eq!(date(" 2026-2-3 ").to_iso(), "2026-02-03");
        assert_eq!(date("2024-02-29").to_iso(), "2024-02-29");
        assert_eq!(date("1900-01-01").to_iso(), "1900-01-01");
        assert_eq!(date("2200-12-31").to_iso(), "2200-12-31");
    }

    #[test]
    fn says_what_is_wrong_with_a_date() {
        assert_eq!(Date::parse_iso(""), Err(DateError::Empty));
        assert_eq!(Date::parse_iso("  "), Err(DateError::Empty));
        assert_eq!(
            Date::parse_iso("2026-02-30").unwrap_err().message(Lang::En),
            "“2026-02-30” is not a real date."
        );
        for not_real in [
            "2026-13-01",
            "2026-00-10",
            "2026-04-31",
            "2023-02-29",
            "2100-02-29",
        ] {
            assert_eq!(
                Date::parse_iso(not_real),
                Err(DateError::NotReal(not_real.into()))
            );
        }
        for not_iso in [
            "12/01/2026",
            "2026-12",
            "2026-12-01-01",
            "26-12-01",
            "2026-123-01",
            "2026-12-1x",
            "２０２６-12-01",
            "+2026-12-01",
            "2026--01",
            "tomorrow",
        ] {
            let error = Date::parse_iso(not_iso).unwrap_err();
            assert!(
                matches!(error, DateError::NotIso(_)),
                "{not_iso}: {error:?}"
            );
            assert!(error
                .message(Lang::En)
                .contains("Enter a date as YYYY-MM-DD"));
        }
        for out in ["1899-12-31", "2201-01-01", "0000-01-01", "9999-12-31"] {
            let error = Date::parse_iso(out).unwrap_err();
            assert_eq!(error, DateError::OutOfRange(out.into()));
            assert!(error.message(Lang::En).contains("from 1900 to 2200"));
        }
        assert!(matches!(
            Date::parse_iso(&"9".repeat(500)),
            Err(DateError::NotIso(shown)) if shown.chars().count() <= 24
        ));
    }

    #[test]
    fn new_checks_like_parse() {
        assert_eq!(Date::new(2026, 12, 1), Ok(date("2026-12-01")));
        assert_eq!(
            Date::new(2026, 2, 30),
            Err(DateError::NotReal("2026-02-30".into()))
        );
        assert_eq!(
            Date::new(1800, 1, 1),
            Err(DateError::OutOfRange("1800-01-01".into()))
        );
        assert!(Date::new(i32::MAX, u32::MAX, u32::MAX).is_err());
        assert!(Date::new(i32::MIN, 1, 1).is_err());
    }

    #[test]
    fn day_numbers_match_known_dates() {
        assert_eq!(date("1970-01-01").day_number(), 0);
        assert_eq!(date("2000-03-01").day_number(), 11_017);
        assert_eq!(date("1969-12-31").add_days(1), Some(date("1970-01-01")));
        assert_eq!(date("1900-01-01").day_number(), -25_567);
        assert_eq!(Date::from_day_number(0), Some(date("1970-01-01")));
        assert_eq!(Date::from_day_number(i64::MAX), None);
        assert_eq!(Date::from_day_number(i64::MIN), None);
    }

    #[test]
    fn adds_and_counts_days_across_months_years_and_leap_days() {
        assert_eq!(date("2026-12-01").add_days(30), Some(date("2026-12-31")));
        assert_eq!(date("2026-12-31").add_days(1), Some(date("2027-01-01")));
        assert_eq!(date("2024-02-28").add_days(1), Some(date("2024-02-29")));
        assert_eq!(date("2023-02-28").add_days(1), Some(date("2023-03-01")));
        assert_eq!(date("2027-02-14").add_days(-104), Some(date("2026-11-02")));
        assert_eq!(date("2026-11-02").days_until(date("2027-02-14")), 104);
        assert_eq!(date("2027-02-14").days_until(date("2026-11-02")), -104);
        // A plan may run past the last input year; the type still holds the dates.
        assert_eq!(
            date("2200-12-31").add_days(1).map(Date::to_iso),
            Some("2201-01-01".into())
        );
        assert_eq!(
            date("1900-01-01").add_days(-1).map(Date::to_iso),
            Some("1899-12-31".into())
        );
        assert_eq!(date("2026-01-01").add_days(i64::MAX), None);
        assert_eq!(date("2026-01-01").add_days(i64::MIN), None);
    }

    #[test]
    fn every_day_of_four_centuries_round_trips() {
        // 1900-01-01 to 2300-01-01 covers every kind of leap-year rule.
        let first = date("1900-01-01").day_number();
        let mut previous: Option<Date> = None;
        for number in first..first + 146_097 {
            let day = Date::from_day_number(number).unwrap();
            assert_eq!(day.day_number(), number);
            assert_eq!(
                Date::from_parts(
                    i64::from(day.year),
                    i64::from(day.month),
                    i64::from(day.day)
                ),
                Some(day)
            );
            if let Some(before) = previous {
                assert!(before < day, "dates must order like their numbers");
            }
            previous = Some(day);
        }
    }

    #[test]
    fn the_plain_format_is_day_month_year() {
        assert_eq!(PlainDateFormat.format(date("2026-12-01")), "1 Dec 2026");
        assert_eq!(PlainDateFormat.format(date("2027-02-14")), "14 Feb 2027");
    }
}
