//! Money as whole numbers of a currency's minor unit (cents for USD), never floats.

/// A closed range of amounts in minor units, `min <= max` by construction where it is built from
/// validated data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MoneyRange {
    pub min: u64,
    pub max: u64,
}

impl MoneyRange {
    pub fn new(min: u64, max: u64) -> Self {
        Self { min, max }
    }

    pub fn contains(&self, other: &MoneyRange) -> bool {
        self.min <= other.min && other.max <= self.max
    }

    /// Adds two ranges end by end, saturating rather than overflowing on absurd inputs.
    pub fn plus(&self, other: &MoneyRange) -> MoneyRange {
        MoneyRange::new(
            self.min.saturating_add(other.min),
            self.max.saturating_add(other.max),
        )
    }

    pub fn times(&self, count: u64) -> MoneyRange {
        MoneyRange::new(
            self.min.saturating_mul(count),
            self.max.saturating_mul(count),
        )
    }

    /// The part of this range between two percentages of its width; the low end rounds down
    /// and the high end rounds up to whole minor units, so the band never leaves the range.
    pub fn band(&self, from_percent: u8, to_percent: u8) -> MoneyRange {
        let width = u128::from(self.max.saturating_sub(self.min));
        let low = width * u128::from(from_percent) / 100;
        let high = (width * u128::from(to_percent)).div_ceil(100);
        // Both offsets are at most `width`, which fits in u64, so the conversions cannot fail.
        let offset = |value: u128| u64::try_from(value).unwrap_or(u64::MAX);
        MoneyRange::new(
            self.min.saturating_add(offset(low)),
            self.min.saturating_add(offset(high)).min(self.max),
        )
    }

    /// The range per item when the total covers `count` items, rounded to the nearest whole
    /// major unit (a cents-exact "$666.66" would claim a precision the sources do not have).
    pub fn per_item(&self, count: u64, minor_per_major: u64) -> MoneyRange {
        let divisor = u128::from(count.max(1)) * u128::from(minor_per_major.max(1));
        let nearest = |amount: u64| {
            let whole_units = (u128::from(amount) * 2 + divisor) / (divisor * 2);
            let minor = whole_units * u128::from(minor_per_major.max(1));
            u64::try_from(minor).unwrap_or(u64::MAX)
        };
        MoneyRange::new(nearest(self.min), nearest(self.max))
    }
}

/// Turns an amount in minor units into display text. The browser shell implements this with
/// `Intl.NumberFormat`; tests and prerendering use [`PlainFormatter`].
pub trait MoneyFormat {
    fn format(&self, minor_units: u64) -> String;
}

/// How many minor units make one major unit of an ISO 4217 currency.
///
/// Most currencies have two decimal places; the exceptions below are the ones a clinic is
/// likely to use. `Intl.NumberFormat` knows the full list; this table only has to agree with it
/// for the rounding of per-session amounts.
pub fn minor_per_major(currency: &str) -> u64 {
    match currency {
        "BIF" | "CLP" | "DJF" | "GNF" | "ISK" | "JPY" | "KMF" | "KRW" | "PYG" | "RWF" | "UGX"
        | "UYI" | "VND" | "VUV" | "XAF" | "XOF" | "XPF" => 1,
        "BHD" | "IQD" | "JOD" | "KWD" | "LYD" | "OMR" | "TND" => 1000,
        _ => 100,
    }
}

/// A formatter without the browser: a symbol for a few common currencies, the code otherwise,
/// decimals only when the amount is not whole. US-style by default (`$2,000`, as in English and
/// in the Spanish of the United States); German-style for a German locale (`2.000 $`, with the
/// no-break space `Intl.NumberFormat("de-DE")` puts before the symbol), so a page prerendered
/// at build time shows the very text the browser's `Intl` writes when it hydrates.
pub struct PlainFormatter {
    currency: String,
    german: bool,
}

impl PlainFormatter {
    pub fn new(currency: &str) -> Self {
        Self {
            currency: currency.to_owned(),
            german: false,
        }
    }

    /// The formatter for a BCP 47 `locale`: German-style for `de` and its regions, US-style
    /// otherwise.
    pub fn for_locale(currency: &str, locale: &str) -> Self {
        let language = locale.split(['-', '_']).next().unwrap_or_default();
        Self {
            currency: currency.to_owned(),
            german: language.eq_ignore_ascii_case("de"),
        }
    }

    /// Whether this formatter writes exactly what the browser's `Intl.NumberFormat` writes
    /// for `currency` in `locale`: true for the pairs of [`WRITTEN_AS_INTL`]. Where it holds,
    /// the browser uses this formatter too: building an `Intl.NumberFormat` first loads the
    /// browser's locale data, the costliest single step of an estimator's start on a slow
    /// phone. It is also what lets the prerendered page carry the browser's text.
    pub fn writes_as_intl(currency: &str, locale: &str) -> bool {
        WRITTEN_AS_INTL.contains(&(currency, locale))
    }
}

/// The (currency, locale) pairs whose text [`PlainFormatter`] writes exactly as the browser's
/// `Intl.NumberFormat` does: US dollars in the locales of the estimator's own pages (US
/// English, the Spanish of the United States, German), and the two a clinic's widget in the
/// examples uses (euros in German, won in Korean). Browser tests hold each pair to Chromium's
/// own `Intl`, on the pages and in the example widgets; a pair is added only with such a test.
pub const WRITTEN_AS_INTL: [(&str, &str); 5] = [
    ("USD", "en-US"),
    ("USD", "es-US"),
    ("USD", "de-DE"),
    ("EUR", "de-DE"),
    ("KRW", "ko-KR"),
];

impl MoneyFormat for PlainFormatter {
    fn format(&self, minor_units: u64) -> String {
        let unit = minor_per_major(&self.currency);
        let (thousands, decimal) = if self.german { ('.', ',') } else { (',', '.') };
        let major = group_digits(minor_units / unit, thousands);
        let fraction = minor_units % unit;
        let digits = unit.ilog10() as usize;
        let number = if fraction == 0 {
            major
        } else {
            format!("{major}{decimal}{fraction:0digits$}")
        };
        if self.german {
            let symbol = match self.currency.as_str() {
                "USD" => "$",
                "EUR" => "€",
                "GBP" => "£",
                "KRW" => "₩",
                "JPY" => "¥",
                code => code,
            };
            return format!("{number}\u{a0}{symbol}");
        }
        match self.currency.as_str() {
            "USD" => format!("${number}"),
            "EUR" => format!("€{number}"),
            "GBP" => format!("£{number}"),
            "KRW" => format!("₩{number}"),
            "JPY" => format!("¥{number}"),
            code => format!("{code} {number}"),
        }
    }
}

/// "4,000": digits in threes, separated by commas.
pub(crate) fn group_thousands(value: u64) -> String {
    group_digits(value, ',')
}

/// Digits in threes, separated by `separator`.
fn group_digits(value: u64, separator: char) -> String {
    let digits = value.to_string();
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3);
    for (index, digit) in digits.chars().enumerate() {
        if index > 0 && (digits.len() - index).is_multiple_of(3) {
            grouped.push(separator);
        }
        grouped.push(digit);
    }
    grouped
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_formatter_groups_thousands_and_hides_whole_cents() {
        let usd = PlainFormatter::new("USD");
        assert_eq!(usd.format(200_000), "$2,000");
        assert_eq!(usd.format(123_456_789), "$1,234,567.89");
        assert_eq!(usd.format(5), "$0.05");
        assert_eq!(PlainFormatter::new("KRW").format(1_500_000), "₩1,500,000");
        assert_eq!(PlainFormatter::new("CHF").format(100), "CHF 1");
    }

    /// The same text `Intl.NumberFormat` writes for these locales (checked in Node 20, and the
    /// widget pairs in Chromium 156).
    #[test]
    fn each_locale_writes_money_as_its_readers_do() {
        let german = PlainFormatter::for_locale("USD", "de-DE");
        assert_eq!(german.format(123_456_700), "1.234.567\u{a0}$");
        assert_eq!(german.format(250_050), "2.500,50\u{a0}$");
        assert_eq!(
            PlainFormatter::for_locale("EUR", "de").format(60_000),
            "600\u{a0}€"
        );
        let spanish = PlainFormatter::for_locale("USD", "es-US");
        assert_eq!(spanish.format(123_456_700), "$1,234,567");
        // The pairs of the example widgets, as the browser tests found Chromium 156 writes them.
        let euros = PlainFormatter::for_locale("EUR", "de-DE");
        assert_eq!(euros.format(95_000), "950\u{a0}€");
        assert_eq!(euros.format(250_050), "2.500,50\u{a0}€");
        let won = PlainFormatter::for_locale("KRW", "ko-KR");
        assert_eq!(won.format(1_800_000), "₩1,800,000");
    }

    /// The pairs the browser may format without `Intl` are the tested ones: another currency
    /// or another region of the same language is left to the browser.
    #[test]
    fn only_the_tested_pairs_skip_the_browsers_formatter() {
        for locale in ["en-US", "es-US", "de-DE"] {
            assert!(PlainFormatter::writes_as_intl("USD", locale), "{locale}");
        }
        assert!(PlainFormatter::writes_as_intl("EUR", "de-DE"));
        assert!(PlainFormatter::writes_as_intl("KRW", "ko-KR"));
        assert!(!PlainFormatter::writes_as_intl("EUR", "de-AT"));
        assert!(!PlainFormatter::writes_as_intl("USD", "es-ES"));
        assert!(!PlainFormatter::writes_as_intl("USD", "en-GB"));
        assert!(!PlainFormatter::writes_as_intl("KRW", "en-US"));
        assert!(!PlainFormatter::writes_as_intl("EUR", "en-US"));
    }

    #[test]
    fn band_stays_inside_the_range_and_rounds_outward() {
        let range = MoneyRange::new(200_000, 400_000);
        assert_eq!(range.band(0, 50), MoneyRange::new(200_000, 300_000));
        assert_eq!(range.band(25, 75), MoneyRange::new(250_000, 350_000));
        assert_eq!(range.band(50, 100), MoneyRange::new(300_000, 400_000));
        let odd = MoneyRange::new(0, 10);
        assert_eq!(odd.band(0, 33), MoneyRange::new(0, 4));
        assert_eq!(odd.band(33, 66), MoneyRange::new(3, 7));
    }

    #[test]
    fn per_item_rounds_to_the_nearest_whole_major_unit() {
        let series = MoneyRange::new(200_000, 400_000);
        assert_eq!(series.per_item(3, 100), MoneyRange::new(66_700, 133_300));
        assert_eq!(
            MoneyRange::new(60_000, 150_000).per_item(1, 100),
            MoneyRange::new(60_000, 150_000)
        );
        assert_eq!(
            MoneyRange::new(10, 20).per_item(3, 1),
            MoneyRange::new(3, 7)
        );
    }
}
