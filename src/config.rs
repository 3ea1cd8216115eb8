//! Configuration of one mounted estimator (price book, locale), shared with its components
//! through a context, and the money formatter built from it.

use estimator_core::booking::Booking;
use estimator_core::calendar::{plain_date_format, Date, DateFormat, PageDate, PlainDate};
use estimator_core::financing::FinancingPlan;
use estimator_core::widget_view::CallToAction;
use estimator_core::{Lang, MoneyFormat, PlainFormatter, PriceBook};
use js_sys::{Array, Function, Object, Reflect};
use std::cell::OnceCell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};

/// What one estimator is configured with. Compared by identity: a new configuration is a new
/// `Rc`, and comparing whole price books on every render would be wasted work.
#[derive(Clone, Debug)]
pub struct EstimatorConfig {
    pub book: Rc<PriceBook>,
    /// The language of every word, and the locale money and dates are formatted for.
    pub lang: Lang,
    pub locale: Rc<str>,
    /// The full page may keep its state in the address bar and print itself; a widget on a
    /// clinic's page touches nothing of that page, so it does neither.
    pub owns_page: bool,
    /// A clinic's booking and phone links, shown right under the total as well as at the end.
    pub call_to_action: Option<Rc<CallToAction>>,
    /// What only a clinic's configuration brings: its name, financing plans and booking
    /// action. Shared, and compared by identity like the book.
    pub clinic: Rc<ClinicExtras>,
}

/// The parts of a clinic's configuration the estimator itself shows (the rest is the widget's
/// frame): none of them on the published page.
#[derive(Debug, Default)]
pub struct ClinicExtras {
    pub name: Option<String>,
    pub financing: Vec<FinancingPlan>,
    pub booking: Option<Booking>,
}

impl PartialEq for EstimatorConfig {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.book, &other.book)
            && self.lang == other.lang
            && self.locale == other.locale
            && self.owns_page == other.owns_page
            && self.call_to_action == other.call_to_action
            && Rc::ptr_eq(&self.clinic, &other.clinic)
    }
}

impl EstimatorConfig {
    /// The published default figures on the estimator's own page in `lang`. The figures are
    /// US dollars, formatted for a reader of that language: US English, US Spanish (as the
    /// Spanish-speaking United States writes dollars) or German.
    pub fn published(lang: Lang) -> Self {
        EstimatorConfig {
            book: Rc::new(PriceBook::published()),
            lang,
            locale: Rc::from(lang.page_locale()),
            owns_page: true,
            call_to_action: None,
            clinic: Rc::new(ClinicExtras::default()),
        }
    }
}

/// Today's date on this device, read once when an estimator mounts: the core never reads a
/// clock. In the browser this is the local calendar date; natively (prerendering) the UTC one,
/// which the prerendered page never shows (it has no dates until the person picks one).
pub fn today() -> Date {
    #[cfg(target_arch = "wasm32")]
    {
        let now = js_sys::Date::new_0();
        let local = Date::new(
            now.get_full_year() as i32,
            now.get_month() + 1,
            now.get_date(),
        );
        if let Ok(date) = local {
            return date;
        }
    }
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| elapsed.as_secs())
        .unwrap_or(0);
    Date::from_day_number(i64::try_from(seconds / 86_400).unwrap_or(0)).unwrap_or(Date::EPOCH)
}

/// The date formatter for a locale. The page format of the estimator's own page locales
/// (which writes what the browser's `Intl` writes there) in the browser and natively alike;
/// for any other locale, the browser's `Intl.DateTimeFormat`, or natively the plain format of
/// the words' language.
pub fn date_format(locale: &str, lang: Lang) -> Box<dyn DateFormat> {
    if let Some(page_date) = PageDate::for_locale(locale) {
        Box::new(page_date)
    } else if cfg!(target_arch = "wasm32") {
        Box::new(IntlDate::new(locale, lang))
    } else {
        Box::new(plain_date_format(lang))
    }
}

/// Formats dates with the browser's `Intl.DateTimeFormat` ("1 Dec 2026", "2026. 12. 1."), or
/// plainly in the words' language where `Intl` fails.
///
/// The `Intl` formatter is built on the first date written, not with the estimator: a widget
/// (which has no printed sheet) shows no date until the person picks one, and building the
/// formatter loads the browser's locale data.
pub struct IntlDate {
    locale: Rc<str>,
    format: OnceCell<Option<Function>>,
    plain: PlainDate,
}

impl IntlDate {
    pub fn new(locale: &str, lang: Lang) -> Self {
        IntlDate {
            locale: Rc::from(locale),
            format: OnceCell::new(),
            plain: plain_date_format(lang),
        }
    }
}

impl DateFormat for IntlDate {
    fn format(&self, date: Date) -> String {
        // Noon UTC formatted in UTC: the calendar date, whatever the device's time zone.
        let millis = js_sys::Date::utc(f64::from(date.year()), f64::from(date.month() - 1))
            + f64::from(date.day() - 1) * 86_400_000.0
            + 43_200_000.0;
        self.format
            .get_or_init(|| date_time_format(&self.locale).ok())
            .as_ref()
            .and_then(|format| {
                format
                    .call1(&JsValue::NULL, &JsValue::from_f64(millis))
                    .ok()
            })
            .and_then(|text| text.as_string())
            .unwrap_or_else(|| self.plain.format(date))
    }
}

fn date_time_format(locale: &str) -> Result<Function, JsValue> {
    let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl"))?;
    let constructor: Function =
        Reflect::get(&intl, &JsValue::from_str("DateTimeFormat"))?.dyn_into()?;
    let options = Object::new();
    Reflect::set(&options, &"day".into(), &"numeric".into())?;
    Reflect::set(&options, &"month".into(), &"short".into())?;
    Reflect::set(&options, &"year".into(), &"numeric".into())?;
    Reflect::set(&options, &"timeZone".into(), &"UTC".into())?;
    let arguments = Array::of2(&JsValue::from_str(locale), &options);
    let format = Reflect::construct(&constructor, &arguments)?;
    Reflect::get(&format, &"format".into())?.dyn_into()
}

/// The money formatter for a locale and currency. The plain formatter natively (prerendering)
/// and wherever it writes what the browser's `Intl` would (the tested pairs of
/// `money::WRITTEN_AS_INTL`: the pages' dollars, so hydration finds the very text it renders,
/// and the example widgets' euros and won, so they start without loading the browser's locale
/// data); the browser's `Intl.NumberFormat` for every other locale and currency a clinic
/// configures.
pub fn money_format(locale: &str, currency: &str) -> Box<dyn MoneyFormat> {
    if cfg!(target_arch = "wasm32") && !PlainFormatter::writes_as_intl(currency, locale) {
        Box::new(IntlMoney::new(locale, currency))
    } else {
        Box::new(PlainFormatter::for_locale(currency, locale))
    }
}

/// The two formatters of one estimator, built once when it mounts (and again only for a new
/// configuration), rather than for every change the person makes.
pub struct Formats {
    pub money: Box<dyn MoneyFormat>,
    pub dates: Box<dyn DateFormat>,
}

impl Formats {
    pub fn new(config: &EstimatorConfig) -> Self {
        Formats {
            money: money_format(&config.locale, config.book.currency()),
            dates: date_format(&config.locale, config.lang),
        }
    }
}

/// Formats money with the browser's `Intl.NumberFormat`, so every locale and currency is
/// spelled the way its readers expect. Whole amounts show no decimals ("$2,000"); others show
/// the currency's usual minor digits.
///
/// Each of the two is built on first use: most estimates never show an amount with cents.
pub struct IntlMoney {
    locale: Rc<str>,
    currency: Rc<str>,
    whole: OnceCell<Option<Function>>,
    exact: OnceCell<Option<Function>>,
    fallback: PlainFormatter,
    minor_per_major: u64,
}

impl IntlMoney {
    pub fn new(locale: &str, currency: &str) -> Self {
        IntlMoney {
            locale: Rc::from(locale),
            currency: Rc::from(currency),
            whole: OnceCell::new(),
            exact: OnceCell::new(),
            fallback: PlainFormatter::new(currency),
            minor_per_major: estimator_core::money::minor_per_major(currency),
        }
    }
}

impl MoneyFormat for IntlMoney {
    fn format(&self, minor_units: u64) -> String {
        let whole = minor_units.is_multiple_of(self.minor_per_major);
        let formatter = if whole { &self.whole } else { &self.exact }
            .get_or_init(|| number_format(&self.locale, &self.currency, whole).ok());
        // Amounts are capped far below 2^53 by price-book validation, so the conversion to a
        // JavaScript number is exact.
        let major = minor_units as f64 / self.minor_per_major as f64;
        formatter
            .as_ref()
            .and_then(|format| format.call1(&JsValue::NULL, &JsValue::from_f64(major)).ok())
            .and_then(|text| text.as_string())
            .unwrap_or_else(|| self.fallback.format(minor_units))
    }
}

/// Builds `new Intl.NumberFormat(locale, {style: "currency", currency, …}).format`. Built with
/// `Reflect` so that a locale or currency the browser rejects is an `Err`, never an uncaught
/// exception.
fn number_format(locale: &str, currency: &str, whole: bool) -> Result<Function, JsValue> {
    let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl"))?;
    let constructor: Function =
        Reflect::get(&intl, &JsValue::from_str("NumberFormat"))?.dyn_into()?;
    let options = Object::new();
    Reflect::set(&options, &"style".into(), &"currency".into())?;
    Reflect::set(&options, &"currency".into(), &currency.into())?;
    if whole {
        Reflect::set(&options, &"minimumFractionDigits".into(), &0.into())?;
        Reflect::set(&options, &"maximumFractionDigits".into(), &0.into())?;
    }
    let arguments = Array::of2(&JsValue::from_str(locale), &options);
    let format = Reflect::construct(&constructor, &arguments)?;
    Reflect::get(&format, &"format".into())?.dyn_into()
}
