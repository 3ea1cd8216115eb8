//! The booking action: how a clinic lets a patient send their plan, and exactly what is sent.
//!
//! A clinic's configuration may hold `booking`, with exactly one of:
//!
//! - `url_template`: an `https://` address of the clinic's booking page with named
//!   placeholders, `{method}`, `{tier}`, `{sessions}` and `{start_date}`, each replaced by the
//!   plan's value, percent-encoded. A placeholder may not stand in the host name, so the plan
//!   can never choose where it is sent.
//! - `email`: an address; the button opens the patient's own mail program with a plain-text
//!   summary of the plan, which they read (and can change) before anything is sent.
//! - `phone`: a number to call; nothing is sent at all.
//!
//! Nothing leaves the device until the patient clicks, and the button's description says
//! exactly what the click sends. The typed quote, the dates as typed and the financing figures
//! are never part of it.

pub use crate::book::clinic_config::Booking;
#[cfg(feature = "clinic")]
pub use crate::book::read_booking::{
    check_email, check_template, read_booking, MAX_EMAIL_CHARS, MAX_TEMPLATE_CHARS,
};
use crate::calendar::{Date, DateFormat};
use crate::estimate::estimate;
use crate::form::{resolve, RawInput};
use crate::lang::Lang;
use crate::money::MoneyFormat;
use crate::planner::{DateMode, PlannerInput};
use crate::price_book::PriceBook;
use crate::view::{format_range, method_name, tier_name};
use crate::words::clinic::{ClinicWords, PlanSummary};
use crate::words::words;

/// The placeholders a booking URL template may use.
pub const PLACEHOLDERS: &[&str] = &["method", "tier", "sessions", "start_date"];

/// The booking button: its label, where it leads, and what the click sends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BookingView {
    pub label: String,
    /// Absent while the plan cannot be sent (the session count is not valid).
    pub href: Option<String>,
    /// Exactly what the click sends, said before it is clicked.
    pub sends: String,
    /// Why there is no link yet, when there is none.
    pub unavailable: Option<String>,
    /// Whether the link opens in a new tab: the booking page does, so the plan stays open; a
    /// mail program or a phone call opens on its own.
    pub new_tab: bool,
}

impl BookingView {
    /// The button with nothing to send yet (no estimate for the plan), and why.
    fn unavailable(label: String, unavailable: Option<String>) -> BookingView {
        BookingView {
            label,
            href: None,
            sends: String::new(),
            unavailable,
            new_tab: false,
        }
    }
}

/// What the plan's values are, as they are sent.
struct Sent {
    method: String,
    tier: String,
    sessions: String,
    start_date: Option<Date>,
}

impl Sent {
    fn value(&self, placeholder: &str) -> String {
        match placeholder {
            "method" => self.method.clone(),
            "tier" => self.tier.clone(),
            "sessions" => self.sessions.clone(),
            _ => self.start_date.map(Date::to_iso).unwrap_or_default(),
        }
    }

    /// One placeholder's value in words, with the value exactly as it is sent.
    fn describe(&self, placeholder: &str, words: &ClinicWords) -> String {
        let value = self.value(placeholder);
        match placeholder {
            "method" => (words.sent_method)(&value),
            "tier" => (words.sent_tier)(&value),
            "sessions" => (words.sent_sessions)(&value),
            _ if value.is_empty() => words.sent_no_start_date.to_owned(),
            _ => (words.sent_start_date)(&value),
        }
    }
}

/// The booking button for the plan on screen, in `lang`.
pub fn booking_view(
    booking: &Booking,
    clinic_name: &str,
    book: &PriceBook,
    input: &PlannerInput,
    money: &dyn MoneyFormat,
    dates: &dyn DateFormat,
    lang: Lang,
) -> BookingView {
    let words = words(lang).clinic;
    let fallback = RawInput::initial(book);
    let current = input.current().unwrap_or(&fallback);
    let request = resolve(book, current).and_then(|resolved| resolved.request());
    let start_date = (input.date_mode == DateMode::Start)
        .then(|| Date::parse_iso(&input.date_text).ok())
        .flatten();
    let unavailable = Some(words.booking_unavailable.to_owned());
    match booking {
        Booking::Phone { number } => {
            let clinic = crate::clinic_config::Clinic {
                name: clinic_name.to_owned(),
                booking_url: None,
                phone: Some(number.clone()),
            };
            BookingView {
                label: (words.call_label)(clinic_name, number),
                href: clinic.phone_href(),
                sends: words.call_sends.to_owned(),
                unavailable: None,
                new_tab: false,
            }
        }
        Booking::Page { template } => {
            let used: Vec<&str> = PLACEHOLDERS
                .iter()
                .copied()
                .filter(|name| template.contains(&format!("{{{name}}}")))
                .collect();
            let label = (words.page_label)(clinic_name);
            let Some(request) = request else {
                return BookingView::unavailable(label, unavailable);
            };
            let sent = Sent {
                method: request.method.clone(),
                tier: request.tier.clone(),
                sessions: request.sessions.to_string(),
                start_date,
            };
            let mut href = template.clone();
            for name in PLACEHOLDERS {
                href = href.replace(&format!("{{{name}}}"), &percent_encode(&sent.value(name)));
            }
            let sends = if used.is_empty() {
                (words.page_sends_nothing)(clinic_name)
            } else {
                let parts: Vec<String> =
                    used.iter().map(|name| sent.describe(name, words)).collect();
                (words.page_sends)(clinic_name, &parts)
            };
            BookingView {
                label,
                href: Some(href),
                sends,
                unavailable: None,
                new_tab: true,
            }
        }
        Booking::Email { address } => {
            let label = (words.email_label)(clinic_name);
            let Some(estimate) = request.and_then(|request| estimate(book, &request)) else {
                return BookingView::unavailable(label, unavailable);
            };
            let range = estimate.total.range.map(|range| format_range(range, money));
            let start = start_date.map(|date| dates.format(date));
            // The method's and the tier's names as the calculator shows them in `lang`: the
            // published book's translated, a clinic's as it wrote them.
            let body = (words.email_body)(&PlanSummary {
                clinic: clinic_name,
                method: method_name(book, estimate.method, lang),
                tier: tier_name(book, estimate.tier, lang),
                sessions: estimate.sessions,
                first_session: start.as_deref(),
                total: range.as_deref(),
                clinic_prices: book.is_clinic_book(),
            });
            BookingView {
                label,
                href: Some(format!(
                    "mailto:{address}?subject={}&body={}",
                    percent_encode(words.email_subject),
                    percent_encode(&body)
                )),
                sends: (words.email_sends)(address),
                unavailable: None,
                new_tab: false,
            }
        }
    }
}

/// Percent-encodes every byte except ASCII letters, digits and `-._~`, for a query value or a
/// `mailto:` field.
pub fn percent_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}
