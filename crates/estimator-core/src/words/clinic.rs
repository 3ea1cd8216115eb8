//! The clinic part of a language's words: what a clinic's configuration adds to the calculator
//! (the financing illustration, the booking button). The widget's own lines are the widget
//! part ([`crate::words::widget`]). Each field says what it
//! is for; see [`crate::words`] for how fields are written.
//!
//! Text a person typed (an APR, a term) reaches these functions cleaned and shortened but
//! unquoted, so that each language puts it in its own quotation marks. A clinic's own words (its
//! name, its plans' names, providers and dates) are passed as they are and never translated.

/// The smallest unit the illustration rounds to, for the currency of the book: a cent, a whole
/// unit (yen, won) or a thousandth (dinar). The rule sentence names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CurrencyUnit {
    Cent,
    Whole,
    Thousandth,
}

/// What the email a booking button writes says about the plan.
pub struct PlanSummary<'a> {
    /// The clinic's name, as it wrote it.
    pub clinic: &'a str,
    /// The method's and the tier's names, as the calculator shows them.
    pub method: &'a str,
    pub tier: &'a str,
    pub sessions: u32,
    /// The first session's date, formatted, if the patient chose one.
    pub first_session: Option<&'a str>,
    /// The estimated total, formatted, if the book has one.
    pub total: Option<&'a str>,
    /// Whose figures they are: the clinic's own list, or else published figures, not a quote.
    pub clinic_prices: bool,
}

pub struct ClinicWords {
    // ----- Numbers -----
    /// The mark between the whole and the decimal digits of an APR: "9.99", "9,99".
    pub decimal_mark: &'static str,
    /// A percentage from its digits, already written with [`Self::decimal_mark`]: "9.99%",
    /// "9,99 %".
    pub percent: fn(digits: &str) -> String,

    // ----- The financing section -----
    /// The section's heading.
    pub financing_heading: &'static str,
    /// The sentence under the heading: what the illustration is, and that only the lender's
    /// agreement states the real terms.
    pub financing_intro: &'static str,
    /// The label of the list of choices (typed rate or one of the clinic's plans).
    pub choice_label: &'static str,
    /// The first choice: the patient types an APR and a term.
    pub type_own_choice: &'static str,
    /// A plan's choice: its name, as the clinic wrote it, and its terms line.
    pub plan_option: fn(name: &str, terms: &str) -> String,
    /// A plan's terms in one line: "9.99% APR · 24 months", with the deferred-interest
    /// promotion's months when there is one. `apr` is already formatted.
    pub terms_line: fn(apr: &str, months: u32, deferred_months: Option<u32>) -> String,
    /// Whose plan it is: the clinic (by name, or "the clinic" when it has none), the plan's
    /// name, its provider if given, the date the clinic gave for its terms, and where to get
    /// the credit agreement.
    pub plan_citation:
        fn(clinic: Option<&str>, plan: &str, provider: Option<&str>, as_of: &str) -> String,
    /// The APR field's label, which explains the abbreviation.
    pub apr_label: &'static str,
    /// The hint under the APR field: the range, where the rate comes from, and that the
    /// estimator suggests none (no percent sign: no rate may seem suggested).
    pub apr_hint: &'static str,
    /// The term field's label.
    pub months_label: &'static str,
    /// The hint under the term field: whole months from `min` to `max`.
    pub months_hint: fn(min: u32, max: u32) -> String,

    // The messages beside the APR field. `typed` is what the patient typed.
    /// The APR field was left empty (said only where no figure can be shown).
    pub apr_empty: &'static str,
    /// The typed APR is negative.
    pub apr_negative: fn(typed: &str) -> String,
    /// The typed APR is above 100%, the highest illustrated.
    pub apr_above_max: fn(typed: &str) -> String,
    /// The typed APR has more than two decimals.
    pub apr_too_precise: fn(typed: &str) -> String,
    /// The typed APR is not a number.
    pub apr_not_a_rate: fn(typed: &str) -> String,

    // The messages beside the term field; the term runs from `min` to `max` months.
    /// The term field was left empty.
    pub months_empty: fn(min: u32, max: u32) -> String,
    /// The typed term is negative.
    pub months_negative: fn(typed: &str, min: u32, max: u32) -> String,
    /// The typed term is not a whole number of months.
    pub months_not_whole: fn(typed: &str, min: u32, max: u32) -> String,
    /// The typed term is zero, shorter than `min`.
    pub months_too_short: fn(typed: &str, min: u32, max: u32) -> String,
    /// The typed term is longer than `max` months, which is ten years (120 months).
    pub months_too_long: fn(typed: &str, max: u32) -> String,
    /// The typed term is not a number.
    pub months_not_a_number: fn(typed: &str, min: u32, max: u32) -> String,

    // Why there are no figures yet, in words that say what to do.
    /// Neither an APR nor a term is typed; no rate is filled in.
    pub needs_rate_and_term: &'static str,
    /// The typed APR or term has a problem.
    pub needs_correction: &'static str,
    /// The session count is not valid, so there is no total.
    pub needs_sessions: &'static str,
    /// The book has no price for the choice.
    pub no_price: &'static str,

    // The figures.
    /// The label of each end's total of payments.
    pub total_label: &'static str,
    /// The label of each end's interest.
    pub interest_label: &'static str,
    /// The amortisation and rounding rule, rounding to `unit`.
    pub rule: fn(unit: CurrencyUnit) -> String,
    /// The words beside every payment amount: an illustration, not an offer of credit.
    pub not_an_offer: &'static str,
    /// The heading of the figures for the low end of the estimate.
    pub low_end: &'static str,
    /// The heading of the figures for the high end of the estimate.
    pub high_end: &'static str,
    /// The heading of the figures when the estimate is one amount.
    pub single_end: &'static str,
    /// The rate of a standard loan, opening its disclosure: "9.99% APR".
    pub rate_standard: fn(apr: &str) -> String,
    /// The rate of a deferred-interest plan, opening its disclosure: 0% if paid in full within
    /// the promotion's months, interest at `apr` otherwise.
    pub rate_deferred: fn(promotion_months: u32, apr: &str) -> String,
    /// What the figures of a standard loan describe: repaid over `months` at `apr`.
    pub caption_standard: fn(months: u32, apr: &str) -> String,
    /// What the figures of a deferred-interest plan describe: cleared within the promotion,
    /// and what it costs if it is not.
    pub caption_deferred: fn(promotion_months: u32) -> String,
    /// What a deferred-interest plan costs when not cleared in time: the interest charged at
    /// once (formatted), at `apr` on the full `amount` (formatted) from the purchase date, and
    /// that what is still owed and its interest come on top.
    pub if_not_cleared:
        fn(promotion_months: u32, interest: &str, amount: &str, apr: &str) -> String,
    /// The deferred-interest assumption, named: interest from the purchase date on the full
    /// amount at `apr`, simple monthly interest rounded to the nearest cent.
    pub deferred_assumption: fn(promotion_months: u32, apr: &str) -> String,
    /// Instead of a payment when the amount financed is zero.
    pub nothing_to_repay: &'static str,
    /// The monthly payment, formatted: "$92.26 a month".
    pub monthly: fn(payment: &str) -> String,
    /// Beside each payment: the rate (from `rate_standard` or `rate_deferred`), the term, the
    /// number of payments, the last payment when it differs, the total of payments, and
    /// [`Self::not_an_offer`].
    pub disclosure:
        fn(rate: &str, term: u32, payments: u32, last: Option<&str>, total: &str) -> String,

    // ----- The booking button -----
    /// Why there is no booking link yet: the session count is not valid.
    pub booking_unavailable: &'static str,
    /// The phone button: call the clinic on its number.
    pub call_label: fn(clinic: &str, number: &str) -> String,
    /// What the phone button does: starts a call and sends nothing.
    pub call_sends: &'static str,
    /// The booking page's button: send this plan to the clinic's booking page.
    pub page_label: fn(clinic: &str) -> String,
    /// What the booking page's button sends when its address uses none of the plan.
    pub page_sends_nothing: fn(clinic: &str) -> String,
    /// What the booking page's button sends: each value (from the `sent_*` fields), and that
    /// nothing else is sent (not the quote, not the financing figures).
    pub page_sends: fn(clinic: &str, values: &[String]) -> String,
    /// One value sent, with the value exactly as sent: the method's id.
    pub sent_method: fn(value: &str) -> String,
    /// The product tier's id, as sent.
    pub sent_tier: fn(value: &str) -> String,
    /// The number of sessions, as sent.
    pub sent_sessions: fn(value: &str) -> String,
    /// The start date, as sent (`YYYY-MM-DD`).
    pub sent_start_date: fn(value: &str) -> String,
    /// The start date, sent empty because none is chosen.
    pub sent_no_start_date: &'static str,
    /// The email button: email this plan to the clinic.
    pub email_label: fn(clinic: &str) -> String,
    /// The subject of the email the patient's mail program opens with.
    pub email_subject: &'static str,
    /// The body of that email, plain text with CRLF line ends: a greeting to the clinic and
    /// the plan (see [`PlanSummary`]).
    pub email_body: fn(plan: &PlanSummary) -> String,
    /// What the email button does: opens the patient's own mail program with a message to
    /// `address` that they read and can change; what it holds; nothing else.
    pub email_sends: fn(address: &str) -> String,
}
