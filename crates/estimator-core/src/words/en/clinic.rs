//! The English words of the clinic part.

use crate::lang::Lang;
use crate::words::clinic::{ClinicWords, CurrencyUnit, PlanSummary};

/// Said after every list of what a booking click sends.
const NOTHING_ELSE: &str =
    "Nothing else: not the price you were quoted, not the financing figures.";

fn months(count: u32) -> &'static str {
    Lang::En.plural(count, "month", "months")
}

pub const WORDS: ClinicWords = ClinicWords {
    decimal_mark: ".",
    percent: |digits| format!("{digits}%"),

    financing_heading: "Paying in monthly instalments",
    financing_intro: "An illustration of what a loan for the estimated total would cost, at the low and the high end of the range. Only the lender's credit agreement states the real terms.",
    choice_label: "Financing plan",
    type_own_choice: "I will type an APR and a term",
    plan_option: |name, terms| format!("{name}: {terms}"),
    terms_line: |apr, term, deferred| {
        let mut line = format!("{apr} APR · {term} {}", months(term));
        if let Some(promotion) = deferred {
            line.push_str(&format!(
                " · no interest if paid in full within {promotion} {} (deferred interest)",
                months(promotion)
            ));
        }
        line
    },
    plan_citation: |clinic, plan, provider, as_of| {
        let offered_by = clinic.unwrap_or("the clinic");
        let provider = provider
            .map(|provider| format!(", provided by {provider}"))
            .unwrap_or_default();
        format!(
            "Source: {offered_by}'s plan \"{plan}\"{provider}; terms as of {as_of}. Ask the clinic or the provider for the credit agreement."
        )
    },
    apr_label: "APR (annual percentage rate, %)",
    apr_hint: "From 0 to 100, as the credit agreement or plan you were offered states it. The estimator suggests no rate.",
    months_label: "Term (months)",
    months_hint: |min, max| format!("A whole number of months, from {min} to {max}."),

    apr_empty: "Type the APR of the plan you were offered, in percent.",
    apr_negative: |typed| {
        format!("\"{typed}\" is negative; an APR is 0% or more (type 0 for a plan without interest).")
    },
    apr_above_max: |typed| {
        format!("\"{typed}\" is above 100%, the highest APR this illustration covers; check the rate on the plan you were offered.")
    },
    apr_too_precise: |typed| {
        format!("\"{typed}\" has more than two decimals; type the APR to at most two decimal places, as the plan states it.")
    },
    apr_not_a_rate: |typed| {
        format!("\"{typed}\" is not a rate; type the APR as a number of percent, from 0 to 100, as the plan you were offered states it.")
    },

    months_empty: |min, max| format!("Type the term in months, from {min} to {max}."),
    months_negative: |typed, min, max| {
        format!("\"{typed}\" is negative; a term is a number of months from {min} to {max}.")
    },
    months_not_whole: |typed, min, max| {
        format!("\"{typed}\" is not a whole number of months; type a term from {min} to {max}.")
    },
    months_too_short: |typed, min, max| {
        format!(
            "\"{typed}\": a term is at least {min} {}; type a term from {min} to {max}.",
            months(min)
        )
    },
    months_too_long: |typed, max| {
        format!("\"{typed}\" is longer than {max} months (ten years), the longest term this illustration covers.")
    },
    months_not_a_number: |typed, min, max| {
        format!("\"{typed}\" is not a number of months; type a whole number from {min} to {max}.")
    },

    needs_rate_and_term: "Type the APR and the term of a plan you have been offered to see what it would cost each month. No rate is filled in for you.",
    needs_correction: "Correct the APR and the term above to see the illustration.",
    needs_sessions: "Enter a valid number of sessions above: the illustration needs the estimated total.",
    no_price: "There is no published price for this choice, so there is nothing to illustrate.",

    total_label: "Total of payments",
    interest_label: "Interest",
    rule: |unit| {
        let unit = match unit {
            CurrencyUnit::Whole => "whole unit of the currency",
            CurrencyUnit::Thousandth => "thousandth of the currency's unit",
            CurrencyUnit::Cent => "cent",
        };
        format!(
            "How these are worked out: standard amortisation. Each month, interest at the APR divided by 12 is added to what is still owed, rounded to the nearest {unit} (a half rounds up). The monthly payment is the smallest whole {unit} amount that repays the amount financed within the term, so the last payment can be a little smaller. At 0% this is the amount divided by the number of months, rounded up to the next {unit}. Fees, insurance and late charges are not included."
        )
    },
    not_an_offer: "An illustration, not an offer of credit.",
    low_end: "Low end of the estimate",
    high_end: "High end of the estimate",
    single_end: "The estimate",
    rate_standard: |apr| format!("{apr} APR"),
    rate_deferred: |promotion, apr| {
        format!(
            "0% if paid in full within {promotion} {} (deferred interest at {apr} APR otherwise)",
            months(promotion)
        )
    },
    caption_standard: |term, apr| format!("Repaid over {term} {} at {apr} APR", months(term)),
    caption_deferred: |promotion| {
        format!("Cleared within the {promotion}-month promotion, and what it costs if it is not")
    },
    if_not_cleared: |promotion, interest, amount, apr| {
        format!(
            "If any of it is still owed after {promotion} {}, interest of {interest} is charged at once: {apr} APR on the full {amount} from the purchase date. The amount owed then, and interest on it, come on top.",
            months(promotion)
        )
    },
    deferred_assumption: |promotion, apr| {
        format!(
            "Assumed, as deferred-interest plans usually specify: if the balance is not paid in full within {promotion} {}, interest is charged from the purchase date on the full amount at {apr} APR (simple monthly interest, rounded to the nearest cent). Check your plan's own terms.",
            months(promotion)
        )
    },
    nothing_to_repay: "Nothing to repay",
    monthly: |payment| format!("{payment} a month"),
    disclosure: |rate, term, payments, last, total| {
        let last = last
            .map(|last| format!(", the last one {last}"))
            .unwrap_or_default();
        format!(
            "{rate}, term {term} {}: {payments} monthly {}{last}; total of payments {total}. An illustration, not an offer of credit.",
            months(term),
            Lang::En.plural(payments, "payment", "payments"),
        )
    },

    booking_unavailable: "Enter a valid number of sessions above to send your plan.",
    call_label: |clinic, number| format!("Call {clinic} on {number}"),
    call_sends: "Starts a phone call. Nothing is sent: your plan stays on this device, for you to read out.",
    page_label: |clinic| format!("Send this plan to {clinic}'s booking page"),
    page_sends_nothing: |clinic| {
        format!("Opens {clinic}'s booking page. Nothing from your plan is sent.")
    },
    page_sends: |clinic, values| {
        format!(
            "Opens {clinic}'s booking page with: {}. {NOTHING_ELSE}",
            values.join(", ")
        )
    },
    sent_method: |value| format!("method \"{value}\""),
    sent_tier: |value| format!("product type \"{value}\""),
    sent_sessions: |value| format!("sessions \"{value}\""),
    sent_start_date: |value| format!("start date \"{value}\""),
    sent_no_start_date: "start date (empty: none chosen)",
    email_label: |clinic| format!("Email this plan to {clinic}"),
    email_subject: "My treatment plan from the cost estimator",
    email_body: |plan: &PlanSummary| {
        let start = plan.first_session.unwrap_or("not chosen");
        let total = plan.total.unwrap_or("no published figure");
        let prices = if plan.clinic_prices {
            "the clinic's own prices"
        } else {
            "published figures, not a quote"
        };
        format!(
            "Hello {},\r\n\r\nI would like to discuss this plan from the cost estimator on your website.\r\n\r\nMethod: {}\r\nProduct type: {}\r\nSessions: {}\r\nFirst session: {start}\r\nEstimated total: {total} ({prices})\r\n",
            plan.clinic,
            plan.method,
            plan.tier,
            plan.sessions,
        )
    },
    email_sends: |address| {
        format!(
            "Opens your own email program with a message to {address}, which you can read and change before you send it: method, product type, sessions, first session date and the estimated total. {NOTHING_ELSE}"
        )
    },
};
