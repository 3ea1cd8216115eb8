//! The financing illustration: what a loan for the estimated total would cost each month, in
//! all and in interest, for a rate and a term the patient types or a plan the clinic offers.
//!
//! # The arithmetic, and its rounding
//!
//! Money stays in whole minor units (cents for USD) and every step is integer arithmetic:
//!
//! - An APR is held in hundredths of a percent (`9.99%` is 999); at most two decimals are
//!   accepted, from 0 to 100%. The monthly rate is the APR divided by 12.
//! - **Standard amortisation.** Each month, interest on the balance still owed at the monthly
//!   rate is added, rounded to the nearest minor unit (a half rounds up); then the payment is
//!   taken off. The monthly payment is the *smallest* whole amount in minor units with which
//!   the balance is repaid within the term; the last payment is whatever is left, so it can be
//!   a little smaller than the others. This is the closed-form payment `P·r / (1 − (1+r)^−n)`
//!   rounded up to the next minor unit, or a unit or two below it where the monthly rounding
//!   of interest works in the patient's favour; it is found by a search over whole amounts,
//!   so no float is needed.
//! - **0%.** The same rule gives the total divided by the number of months, rounded up to the
//!   next minor unit, with a smaller last payment.
//! - **Deferred interest** ("no interest if paid in full within N months"): paid in full in
//!   time, the patient pays the amount financed and no interest, and the payment that clears it
//!   in time is the amount divided by N, rounded up as above. Not paid in full in time, the
//!   assumption named on the page is the one such plans usually specify: interest from the
//!   purchase date, on the full amount, at the plan's APR, as simple monthly interest
//!   (`amount × APR ÷ 12 × N`, rounded to the nearest minor unit), charged when the promotion
//!   ends; interest on what is still owed after that comes on top.
//!
//! Every computation runs in `u128` and saturates, so the largest amounts a price book allows
//! cannot overflow. Nothing here invents a rate: with no plan and no typed APR the view asks
//! for one and shows no payment.

pub use crate::book::clinic_config::FinancingPlan;
use crate::book::problem::{clean, shorten};
#[cfg(feature = "clinic")]
pub use crate::book::read_financing::{read_plans, MAX_PLANS, MAX_PLAN_TEXT_CHARS};
use crate::estimate::estimate;
use crate::form::resolve;
use crate::lang::Lang;
use crate::money::{minor_per_major, MoneyFormat, MoneyRange};
use crate::planner::PlannerInput;
use crate::price_book::PriceBook;
use crate::view::OptionView;
use crate::words::clinic::{ClinicWords, CurrencyUnit};
use crate::words::words;

/// The highest APR illustrated: 100%, in hundredths of a percent.
pub const MAX_APR_HUNDREDTHS: u32 = 10_000;
/// The shortest and longest terms illustrated, in months (ten years at most).
pub const MIN_MONTHS: u32 = 1;
pub const MAX_MONTHS: u32 = 120;
/// Hundredths of a percent per year, times twelve months: the divisor of the monthly rate.
const MONTHLY_DIVISOR: u128 = 12 * 10_000;
/// The most characters of a typed rate or term quoted back in its message.
const MAX_QUOTED_CHARS: usize = 20;

/// A repayment schedule reduced to what the page shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Repayment {
    pub principal: u64,
    /// The regular monthly payment.
    pub payment: u64,
    /// The last payment, at most `payment`.
    pub last_payment: u64,
    /// How many payments are made (the term, unless a tiny amount is repaid sooner).
    pub payments: u32,
    pub total: u64,
    pub interest: u64,
}

/// Interest for one month on `balance` at `apr_hundredths`, rounded to the nearest minor unit
/// with halves rounded up.
pub fn monthly_interest(balance: u64, apr_hundredths: u32) -> u64 {
    let product = u128::from(balance) * u128::from(apr_hundredths);
    saturate((product * 2 + MONTHLY_DIVISOR) / (MONTHLY_DIVISOR * 2))
}

fn saturate(value: u128) -> u64 {
    u64::try_from(value).unwrap_or(u64::MAX)
}

/// Pays `payment` a month (the last one whatever is left) and returns the schedule if the
/// balance is repaid within `months`.
fn run(principal: u64, apr_hundredths: u32, months: u32, payment: u64) -> Option<Repayment> {
    let mut balance = u128::from(principal);
    let mut total: u128 = 0;
    for month in 1..=months {
        if balance == 0 {
            break;
        }
        let due = balance + u128::from(monthly_interest(saturate(balance), apr_hundredths));
        let paid = due.min(u128::from(payment));
        total += paid;
        balance = due - paid;
        if balance == 0 {
            return Some(Repayment {
                principal,
                payment: if month == 1 { saturate(paid) } else { payment },
                last_payment: saturate(paid),
                payments: month,
                total: saturate(total),
                interest: saturate(total.saturating_sub(u128::from(principal))),
            });
        }
    }
    (principal == 0).then_some(Repayment {
        principal,
        payment: 0,
        last_payment: 0,
        payments: 0,
        total: 0,
        interest: 0,
    })
}

/// Standard amortisation of `principal` at `apr_hundredths` over `months` (clamped to 1–120),
/// with the rounding described in the module documentation.
pub fn amortise(principal: u64, apr_hundredths: u32, months: u32) -> Repayment {
    let months = months.clamp(MIN_MONTHS, MAX_MONTHS);
    let apr = apr_hundredths.min(MAX_APR_HUNDREDTHS);
    if let Some(nothing) = run(principal, apr, months, 0) {
        return nothing;
    }
    // Paying the whole balance and one month's interest at once always repays it, so the
    // smallest payment that repays within the term lies in (0, high]; larger payments never
    // leave more owed, so a binary search finds it.
    let high_payment = principal.saturating_add(monthly_interest(principal, apr));
    let (mut low, mut high) = (0u64, high_payment);
    while high - low > 1 {
        let middle = low + (high - low) / 2;
        if run(principal, apr, months, middle).is_some() {
            high = middle;
        } else {
            low = middle;
        }
    }
    run(principal, apr, months, high).unwrap_or(Repayment {
        principal,
        payment: high,
        last_payment: high,
        payments: 1,
        total: high,
        interest: high.saturating_sub(principal),
    })
}

/// The interest a deferred-interest plan charges when the balance is not paid in full within
/// the promotion: from the purchase date, on the full amount, at the plan's APR, as simple
/// monthly interest for the promotion's months, rounded to the nearest minor unit.
pub fn deferred_interest(principal: u64, apr_hundredths: u32, promotion_months: u32) -> u64 {
    let product = u128::from(principal)
        * u128::from(apr_hundredths.min(MAX_APR_HUNDREDTHS))
        * u128::from(promotion_months.min(MAX_MONTHS));
    saturate((product * 2 + MONTHLY_DIVISOR) / (MONTHLY_DIVISOR * 2))
}

// ----- Reading rates and terms -----

/// Reads a decimal such as `9.99`, `12` or `0.5` into hundredths, or says why it is not one.
/// `Err(None)` means "not a plain decimal number" so callers can word their own message.
pub(crate) fn decimal_hundredths(text: &str) -> Result<u64, Option<String>> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if whole.is_empty() && fraction.is_empty() || !digits(whole) || !digits(fraction) {
        return Err(None);
    }
    if text.contains('.') && fraction.is_empty() {
        return Err(None);
    }
    // Trailing zeros add no precision: `9.990` is 9.99.
    let fraction = fraction.trim_end_matches('0');
    if fraction.len() > 2 {
        return Err(Some("has more than two decimals".to_owned()));
    }
    let whole: u64 = if whole.is_empty() {
        0
    } else if whole.len() > 6 {
        u64::MAX / 1000
    } else {
        whole.parse().unwrap_or(u64::MAX / 1000)
    };
    let fraction: u64 = format!("{fraction:0<2}").parse().unwrap_or(0);
    Ok(whole.saturating_mul(100).saturating_add(fraction))
}

/// "9.99%", "10%", "0.5%" for an APR in hundredths, with the decimal mark and percent sign of
/// `lang` ("9,99 %" in German).
pub fn format_apr(apr_hundredths: u32, lang: Lang) -> String {
    let words = words(lang).clinic;
    let mark = words.decimal_mark;
    let whole = apr_hundredths / 100;
    let fraction = apr_hundredths % 100;
    let digits = match fraction {
        0 => whole.to_string(),
        f if f % 10 == 0 => format!("{whole}{mark}{}", f / 10),
        f => format!("{whole}{mark}{f:02}"),
    };
    (words.percent)(&digits)
}

/// Reads an APR as typed (`9.99`, `9,99`, `9.99%`) into hundredths of a percent, or the
/// message to show beside the field, in `lang`.
pub fn parse_apr(raw: &str, lang: Lang) -> Result<u32, String> {
    let words = words(lang).clinic;
    let text = raw.trim();
    let shown = shorten(&clean(text), MAX_QUOTED_CHARS);
    if text.is_empty() {
        return Err(words.apr_empty.to_owned());
    }
    let text = text.strip_suffix('%').unwrap_or(text).trim_end();
    let text = if text.contains('.') {
        text.to_owned()
    } else {
        text.replacen(',', ".", 1)
    };
    if text.starts_with('-') {
        return Err((words.apr_negative)(&shown));
    }
    match decimal_hundredths(text.strip_prefix('+').unwrap_or(&text)) {
        Ok(hundredths) if hundredths > u64::from(MAX_APR_HUNDREDTHS) => {
            Err((words.apr_above_max)(&shown))
        }
        Ok(hundredths) => Ok(u32::try_from(hundredths).unwrap_or(MAX_APR_HUNDREDTHS)),
        // The only reason `decimal_hundredths` gives (its English is for a clinic's web team,
        // in the configuration's messages) is too many decimals.
        Err(Some(_)) => Err((words.apr_too_precise)(&shown)),
        Err(None) => Err((words.apr_not_a_rate)(&shown)),
    }
}

/// Reads a term in months as typed, or the message to show beside the field, in `lang`.
pub fn parse_months(raw: &str, lang: Lang) -> Result<u32, String> {
    let words = words(lang).clinic;
    let text = raw.trim();
    let shown = shorten(&clean(text), MAX_QUOTED_CHARS);
    let (min, max) = (MIN_MONTHS, MAX_MONTHS);
    if text.is_empty() {
        return Err((words.months_empty)(min, max));
    }
    if text.starts_with('-') {
        return Err((words.months_negative)(&shown, min, max));
    }
    match decimal_hundredths(text.strip_prefix('+').unwrap_or(text)) {
        Ok(hundredths) if hundredths % 100 != 0 => Err((words.months_not_whole)(&shown, min, max)),
        Ok(0) => Err((words.months_too_short)(&shown, min, max)),
        Ok(hundredths) if hundredths / 100 > u64::from(MAX_MONTHS) => {
            Err((words.months_too_long)(&shown, max))
        }
        Ok(hundredths) => Ok(u32::try_from(hundredths / 100).unwrap_or(MAX_MONTHS)),
        Err(_) => Err((words.months_not_a_number)(&shown, min, max)),
    }
}

// ----- The input and the view -----

/// What the patient chose for the illustration: to type a rate and term, or one of the
/// clinic's plans by its position in the list.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum FinanceChoice {
    #[default]
    Typed,
    Plan(usize),
}

impl FinanceChoice {
    /// The value of the choice's `<option>`.
    pub fn value(self) -> String {
        match self {
            FinanceChoice::Typed => "typed".to_owned(),
            FinanceChoice::Plan(index) => format!("plan-{index}"),
        }
    }

    /// Reads an `<option>` value; anything unknown is the typed rate.
    pub fn parse(value: &str) -> FinanceChoice {
        value
            .strip_prefix("plan-")
            .and_then(|index| index.parse().ok())
            .map_or(FinanceChoice::Typed, FinanceChoice::Plan)
    }
}

/// The illustration's raw input, as the page holds it. Empty at first: no rate is suggested.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FinancingInput {
    pub choice: FinanceChoice,
    pub apr: String,
    pub months: String,
}

/// A change to the illustration's input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FinancingAction {
    Choose(String),
    TypeApr(String),
    TypeMonths(String),
}

impl FinancingInput {
    pub fn apply(&self, action: FinancingAction) -> FinancingInput {
        let mut next = self.clone();
        match action {
            FinancingAction::Choose(value) => next.choice = FinanceChoice::parse(&value),
            FinancingAction::TypeApr(text) => next.apr = text,
            FinancingAction::TypeMonths(text) => next.months = text,
        }
        next
    }
}

/// A labelled text field with its message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldView {
    pub label: &'static str,
    pub text: String,
    pub hint: String,
    pub error: Option<String>,
}

/// The figures for one end of the estimate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EndView {
    /// "Low end of the estimate".
    pub heading: &'static str,
    /// The amount financed, formatted.
    pub amount: String,
    /// "$92.26 a month".
    pub monthly: String,
    /// Beside the payment: APR, term, number of payments and total of payments, and that this
    /// is an illustration, not an offer of credit.
    pub disclosure: String,
    pub total: String,
    pub interest: String,
    /// For a deferred-interest plan: what it costs when the balance is not cleared in time.
    pub if_not_cleared: Option<String>,
}

/// What the illustration area shows below the inputs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum IllustrationView {
    /// Why there are no figures yet, in words that say what to do.
    NeedsInput(String),
    Figures {
        /// What the figures describe, such as "Repaid over 24 months at 9.99% APR".
        caption: String,
        ends: Vec<EndView>,
        /// The deferred-interest assumption, named, when the plan defers interest.
        assumption: Option<String>,
    },
}

/// Everything the financing section shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FinancingView {
    pub heading: &'static str,
    pub intro: &'static str,
    pub choice_label: &'static str,
    /// The typed rate and each of the clinic's plans; just the first when there are none.
    pub choices: Vec<OptionView>,
    /// The rate and term fields, when the patient types them.
    pub apr: Option<FieldView>,
    pub months: Option<FieldView>,
    /// The chosen plan's terms and whose plan it is.
    pub plan_terms: Option<String>,
    pub plan_citation: Option<String>,
    pub illustration: IllustrationView,
    /// The labels of each end's total of payments and interest.
    pub total_label: &'static str,
    pub interest_label: &'static str,
    /// The amortisation and rounding rule.
    pub rule: String,
    pub not_an_offer: &'static str,
}

/// The unit a currency's amounts are rounded to: its minor unit.
fn currency_unit(currency: &str) -> CurrencyUnit {
    match minor_per_major(currency) {
        1 => CurrencyUnit::Whole,
        1000 => CurrencyUnit::Thousandth,
        _ => CurrencyUnit::Cent,
    }
}

/// The rule sentence the page shows under the figures, in `lang`.
pub fn rule_text(currency: &str, lang: Lang) -> String {
    (words(lang).clinic.rule)(currency_unit(currency))
}

/// The plan's terms in one line: "9.99% APR · 24 months · no interest if paid in full within
/// 12 months".
fn terms_line(plan: &FinancingPlan, lang: Lang) -> String {
    (words(lang).clinic.terms_line)(
        &format_apr(plan.apr_hundredths, lang),
        plan.months,
        plan.deferred_interest_months,
    )
}

/// The financing section for the scenario the planner shows, in `lang`.
pub fn financing_view(
    book: &PriceBook,
    plans: &[FinancingPlan],
    clinic_name: Option<&str>,
    input: &PlannerInput,
    money: &dyn MoneyFormat,
    lang: Lang,
) -> FinancingView {
    let words = words(lang).clinic;
    let finance = &input.financing;
    let choice = match finance.choice {
        FinanceChoice::Plan(index) if index < plans.len() => FinanceChoice::Plan(index),
        _ => FinanceChoice::Typed,
    };
    let mut choices = vec![OptionView {
        value: FinanceChoice::Typed.value(),
        label: words.type_own_choice.to_owned(),
        selected: choice == FinanceChoice::Typed,
    }];
    choices.extend(plans.iter().enumerate().map(|(index, plan)| OptionView {
        value: FinanceChoice::Plan(index).value(),
        label: (words.plan_option)(&plan.name, &terms_line(plan, lang)),
        selected: choice == FinanceChoice::Plan(index),
    }));
    let typed = choice == FinanceChoice::Typed;
    let apr_result = parse_apr(&finance.apr, lang);
    let months_result = parse_months(&finance.months, lang);
    let field_error = |text: &str, result: &Result<u32, String>| {
        (!text.trim().is_empty())
            .then(|| result.as_ref().err().cloned())
            .flatten()
    };
    let apr = typed.then(|| FieldView {
        label: words.apr_label,
        text: finance.apr.clone(),
        hint: words.apr_hint.to_owned(),
        error: field_error(&finance.apr, &apr_result),
    });
    let months = typed.then(|| FieldView {
        label: words.months_label,
        text: finance.months.clone(),
        hint: (words.months_hint)(MIN_MONTHS, MAX_MONTHS),
        error: field_error(&finance.months, &months_result),
    });
    let plan = match choice {
        FinanceChoice::Plan(index) => plans.get(index),
        FinanceChoice::Typed => None,
    };
    let plan_citation = plan.map(|plan| {
        (words.plan_citation)(
            clinic_name,
            &plan.name,
            plan.provider.as_deref(),
            &plan.as_of,
        )
    });
    let terms = match plan {
        Some(plan) => Ok((
            plan.apr_hundredths,
            plan.months,
            plan.deferred_interest_months,
        )),
        None => match (&apr_result, &months_result) {
            (Ok(apr), Ok(months)) => Ok((*apr, *months, None)),
            _ if finance.apr.trim().is_empty() && finance.months.trim().is_empty() => {
                Err(words.needs_rate_and_term)
            }
            _ => Err(words.needs_correction),
        },
    };
    let total = resolve(
        book,
        input
            .current()
            .unwrap_or(&crate::form::RawInput::initial(book)),
    )
    .and_then(|resolved| resolved.request())
    .and_then(|request| estimate(book, &request))
    .map(|estimate| estimate.total.range);
    let illustration = match (terms, total) {
        (Err(message), _) => IllustrationView::NeedsInput(message.to_owned()),
        (Ok(_), None) => IllustrationView::NeedsInput(words.needs_sessions.to_owned()),
        (Ok(_), Some(None)) => IllustrationView::NeedsInput(words.no_price.to_owned()),
        (Ok((apr, months, deferred)), Some(Some(range))) => {
            illustrate(range, apr, months, deferred, money, lang)
        }
    };
    FinancingView {
        heading: words.financing_heading,
        intro: words.financing_intro,
        choice_label: words.choice_label,
        choices,
        apr,
        months,
        plan_terms: plan.map(|plan| terms_line(plan, lang)),
        plan_citation,
        illustration,
        total_label: words.total_label,
        interest_label: words.interest_label,
        rule: rule_text(&book.currency, lang),
        not_an_offer: words.not_an_offer,
    }
}

fn illustrate(
    range: MoneyRange,
    apr: u32,
    months: u32,
    deferred: Option<u32>,
    money: &dyn MoneyFormat,
    lang: Lang,
) -> IllustrationView {
    let words = words(lang).clinic;
    let mut ends = vec![(words.low_end, range.min)];
    if range.max != range.min {
        ends.push((words.high_end, range.max));
    } else {
        ends[0].0 = words.single_end;
    }
    let apr_text = format_apr(apr, lang);
    let ends = ends
        .into_iter()
        .map(|(heading, principal)| match deferred {
            None => {
                let repayment = amortise(principal, apr, months);
                let rate = (words.rate_standard)(&apr_text);
                end_view(heading, &repayment, &rate, months, None, money, words)
            }
            Some(promotion) => {
                // Paid in full within the promotion, no interest is charged: the payment that
                // clears it in time is the amount spread over the promotion at 0%.
                let cleared = amortise(principal, 0, promotion);
                let extra = deferred_interest(principal, apr, promotion);
                let if_not = (words.if_not_cleared)(
                    promotion,
                    &money.format(extra),
                    &money.format(principal),
                    &apr_text,
                );
                let rate = (words.rate_deferred)(promotion, &apr_text);
                end_view(
                    heading,
                    &cleared,
                    &rate,
                    promotion,
                    Some(if_not),
                    money,
                    words,
                )
            }
        })
        .collect();
    let caption = match deferred {
        None => (words.caption_standard)(months, &apr_text),
        Some(promotion) => (words.caption_deferred)(promotion),
    };
    let assumption = deferred.map(|promotion| (words.deferred_assumption)(promotion, &apr_text));
    IllustrationView::Figures {
        caption,
        ends,
        assumption,
    }
}

fn end_view(
    heading: &'static str,
    repayment: &Repayment,
    rate: &str,
    term: u32,
    if_not_cleared: Option<String>,
    money: &dyn MoneyFormat,
    words: &ClinicWords,
) -> EndView {
    if repayment.principal == 0 {
        return EndView {
            heading,
            amount: money.format(0),
            monthly: words.nothing_to_repay.to_owned(),
            disclosure: words.not_an_offer.to_owned(),
            total: money.format(0),
            interest: money.format(0),
            if_not_cleared: None,
        };
    }
    let payments = repayment.payments;
    let last = (payments > 1 && repayment.last_payment != repayment.payment)
        .then(|| money.format(repayment.last_payment));
    EndView {
        heading,
        amount: money.format(repayment.principal),
        monthly: (words.monthly)(&money.format(repayment.payment)),
        disclosure: (words.disclosure)(
            rate,
            term,
            payments,
            last.as_deref(),
            &money.format(repayment.total),
        ),
        total: money.format(repayment.total),
        interest: money.format(repayment.interest),
        if_not_cleared,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn apr_text_is_read_to_hundredths() {
        // Only the messages depend on the language: every language reads the same figures.
        for &lang in Lang::BUILT {
            assert_eq!(parse_apr("9.99", lang), Ok(999));
            assert_eq!(parse_apr(" 9,99 % ", lang), Ok(999));
            assert_eq!(parse_apr("0", lang), Ok(0));
            assert_eq!(parse_apr("100", lang), Ok(10_000));
            assert_eq!(parse_apr("12.50", lang), Ok(1250));
            assert_eq!(parse_apr(".5", lang), Ok(50));
        }
    }

    #[test]
    fn choice_values_round_trip() {
        for choice in [
            FinanceChoice::Typed,
            FinanceChoice::Plan(0),
            FinanceChoice::Plan(7),
        ] {
            assert_eq!(FinanceChoice::parse(&choice.value()), choice);
        }
        assert_eq!(FinanceChoice::parse("plan-x"), FinanceChoice::Typed);
    }
}
