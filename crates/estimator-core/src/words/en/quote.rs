//! The English words of the quote part.

use crate::lang::Lang;
use crate::words::quote::QuoteWords;

pub const WORDS: QuoteWords = QuoteWords {
    title: "Check a clinic's quote",
    label: "Quoted price",
    hint: |sessions, currency| {
        let plan = format!(
            "{sessions} {}",
            Lang::En.plural(sessions, "session", "sessions")
        );
        format!(
            "The price a clinic quoted for this whole plan ({plan}), in {currency}. It stays on this device and goes into a shared link only if you choose."
        )
    },
    you_entered: |quote| format!("The quote you entered: {quote}."),

    // Digits with a point before the decimals, as the US writes them. With three decimals the
    // field takes a point for a thousands separator unless a comma comes before it (so that
    // "1.500" means one thousand five hundred, as it does in other currencies), and refuses
    // "2500.000"; that example writes the comma.
    example_amount: |minor_digits| match minor_digits {
        0 => "250000".to_owned(),
        3.. => format!("2,500.{}", "0".repeat(minor_digits)),
        digits => format!("2500.{}", "0".repeat(digits)),
    },
    empty: |example| {
        format!("Enter the price the clinic quoted for this plan, for example {example}.")
    },
    not_a_number: |text, example| {
        format!("“{text}” is not a price this estimator can read. Enter the amount in digits, for example {example}.")
    },
    negative: |text, example| {
        format!("“{text}” is below zero. Enter the price as the clinic quoted it, for example {example}.")
    },
    zero: |text| {
        format!("“{text}” is zero; there is nothing to compare. Enter the price the clinic quoted.")
    },
    too_large: |text, max| {
        format!("“{text}” is more than this estimator compares (at most {max}). Check for extra digits.")
    },
    no_minor_digits: |text, currency, example| {
        format!("“{text}” has decimals, but amounts in {currency} have none. Enter a whole amount, for example {example}.")
    },
    minor_digits: |text, found, currency, digits| {
        format!(
            "“{text}” has {found} {} after the last separator, but amounts in {currency} have {digits} decimal {}. Write all {digits}, or leave the decimals out.",
            if found == 1 { "digit" } else { "digits" },
            if digits == 1 { "place" } else { "places" }
        )
    },
    other_currency: |text, found, currency| {
        format!("“{text}” looks like an amount in {found}, but these prices are in {currency}. Enter the quote in {currency}.")
    },
    or: "or",

    range_published: "the published range",
    range_clinic: "the clinic's listed range",
    range_tier: "the range derived for this product tier",
    range_tier_clinic: "the range derived for this tier from the clinic's list",
    range_derived: "the range derived from the published figures",
    range_derived_clinic: "the range derived from the clinic's list",

    far_below: |target| format!("Far below {target}"),
    below: |target| format!("Below {target}"),
    within: |target| format!("Inside {target}"),
    above: |target| format!("Above {target}"),
    far_above: |target| format!("Far above {target}"),

    far_below_by: |quote, under, target, percent| {
        format!("{quote} is {under} below the low end of {target}, more than {percent}% under it.")
    },
    far_below_means: "The overview ties price differences to product quality, so a price this far below is a reason to ask questions before booking: it can mean a less well characterised product, a different product, or fewer things included.",
    below_by: |quote, under, target| format!("{quote} is {under} below the low end of {target}."),
    below_means: "A lower price can have ordinary reasons, such as fewer things included, but it can also mean a less well characterised product.",
    within_range: |quote, target| format!("{quote} is inside {target}."),
    within_means: "Being inside the range does not show how this product is characterised; ask for the lot's data all the same.",
    above_by: |quote, over, target| format!("{quote} is {over} above the high end of {target}."),
    above_means: "A higher price can mean more is included, or a different product. Ask what it covers, and for the lot's data.",
    far_above_by: |quote, over, target, percent| {
        format!("{quote} is {over} above the high end of {target}, more than {percent}% over it.")
    },
    far_above_means: "Before comparing, find out what the quote covers: it may include more sessions, a consultation or aftercare. A higher price is still a reason to ask for the lot's data.",

    against_whole: |what, range, quote, position| {
        format!("Against {what} for this plan with any product tier, {range}, {quote} is {position}.")
    },
    against_far_below: "far below",
    against_below: "below",
    against_within: "inside",
    against_above: "above",
    against_far_above: "far above",
    per_session_instead: |sessions, per_session| {
        format!("The range is for all {sessions} sessions. If the clinic quoted the price of one session, compare it with the per-session figure instead: {per_session}.")
    },

    no_listed_price: "No listed price to compare with",
    no_published_range: "No published range to compare with",
    no_listed_reason: |quote| {
        format!("The clinic's price list has no price for this choice, so this estimator cannot say where {quote} sits.")
    },
    no_published_reason: |quote| {
        format!("The published sources give no price for this choice, so this estimator cannot say where {quote} sits. It does not invent a range.")
    },
    only_numbers: "This check compares numbers only. It says nothing about the product, the clinic or the result.",
    compared_with: |value, label, badge| {
        format!("Compared with: {value} ({label}), {}.", badge.to_lowercase())
    },

    ask_characterisation: "Ask for the characterisation data of the lot that would be used: particle count, size distribution and surface markers.",
    ask_cell_line: "Ask which cell line the product is made from.",
    ask_included: "Ask what the price includes: the number of sessions, the product used, aftercare and the consultation.",
    ask_itemised: "Ask for a written, itemised quote: the number of sessions, the product used, aftercare and the consultation.",
    ask_outcomes: "Ask which published clinical results there are for this exact product.",
    ask_four: "Still ask the four questions: the cell line, the lot's characterisation data, the regulatory status, and the clinical outcome data for this product.",
};
