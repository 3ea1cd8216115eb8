//! The quote part of a language's words. Each field says what it is for; see
//! [`crate::words`] for how fields are written.
//!
//! Amounts reach these functions already formatted (through `MoneyFormat`), and typed text
//! already shortened; a function only places them in its sentence. `target` is one of the
//! `range_*` names below, and a language writes those names in the one grammatical form all of
//! its sentences need (Spanish without its article, after "del" or "al"; German in the dative,
//! which for "die Preisspanne" is also the genitive), so that a sentence never has to inflect
//! a name it is handed.

pub struct QuoteWords {
    /// The section's heading: "Check a clinic's quote".
    pub title: &'static str,
    /// The field's label: "Quoted price".
    pub label: &'static str,
    /// The help under the field, for a plan of `sessions` sessions priced in `currency` (a
    /// three-letter code): what to type, and that the price stays on the device unless the
    /// person puts it in a shared link.
    pub hint: fn(sessions: u32, currency: &str) -> String,
    /// The typed quote, formatted, in one sentence for the printed sheet, where the field is
    /// not shown: "The quote you entered: $2,500."
    pub you_entered: fn(quote: &str) -> String,

    /// An amount of two thousand five hundred units (two hundred and fifty thousand where the
    /// currency has no minor unit), written with `minor_digits` decimals as this language's
    /// readers type it, for the examples in the messages below. It must read back through
    /// `parse_quote` as exactly that amount, so an example never shows a form the field refuses.
    pub example_amount: fn(minor_digits: usize) -> String,
    /// The field was left empty where a price is needed; `example` from `example_amount`.
    pub empty: fn(example: &str) -> String,
    /// The typed `text` is not a number the field reads.
    pub not_a_number: fn(text: &str, example: &str) -> String,
    /// The typed `text` has a minus sign.
    pub negative: fn(text: &str, example: &str) -> String,
    /// The typed `text` is zero.
    pub zero: fn(text: &str) -> String,
    /// The typed `text` is above the largest amount compared, `max` (formatted).
    pub too_large: fn(text: &str, max: &str) -> String,
    /// The typed `text` has decimals, but amounts in `currency` have none.
    pub no_minor_digits: fn(text: &str, currency: &str, example: &str) -> String,
    /// The typed `text` has `found` digits after its last separator, where amounts in
    /// `currency` have `digits` decimals.
    pub minor_digits: fn(text: &str, found: usize, currency: &str, digits: usize) -> String,
    /// The typed `text` carries the code or symbol of `found` (one code, or several joined by
    /// [`QuoteWords::or`]), but the prices are in `currency`.
    pub other_currency: fn(text: &str, found: &str, currency: &str) -> String,
    /// The word between the currencies one symbol may stand for: "JPY or CNY".
    pub or: &'static str,

    /// The published range compared with, as a quoted figure: "the published range".
    pub range_published: &'static str,
    /// A clinic's list, as a quoted figure: "the clinic's listed range".
    pub range_clinic: &'static str,
    /// The published range narrowed to a product tier by the tier-band rule.
    pub range_tier: &'static str,
    /// A clinic's range narrowed to a product tier by the tier-band rule.
    pub range_tier_clinic: &'static str,
    /// A range derived from the published figures by other rules.
    pub range_derived: &'static str,
    /// A range derived from a clinic's list by other rules.
    pub range_derived_clinic: &'static str,

    /// The headline when the quote is more than `FAR_PERCENT` below the range `target`.
    pub far_below: fn(target: &str) -> String,
    /// The headline when the quote is below `target`, by at most `FAR_PERCENT`.
    pub below: fn(target: &str) -> String,
    /// The headline when the quote is inside `target`, ends included.
    pub within: fn(target: &str) -> String,
    /// The headline when the quote is above `target`, by at most `FAR_PERCENT`.
    pub above: fn(target: &str) -> String,
    /// The headline when the quote is more than `FAR_PERCENT` above `target`.
    pub far_above: fn(target: &str) -> String,

    /// Far below: the quote, by how much (`under`) it is below the low end of `target`, and
    /// the threshold `percent`.
    pub far_below_by: fn(quote: &str, under: &str, target: &str, percent: u64) -> String,
    /// Far below: why such a price is a reason to ask before booking, without judging it.
    pub far_below_means: &'static str,
    /// Below: the quote and by how much (`under`) it is below the low end of `target`.
    pub below_by: fn(quote: &str, under: &str, target: &str) -> String,
    /// Below: the ordinary and the less ordinary reasons for a lower price.
    pub below_means: &'static str,
    /// Within: the quote is inside `target`.
    pub within_range: fn(quote: &str, target: &str) -> String,
    /// Within: being inside the range says nothing about the product.
    pub within_means: &'static str,
    /// Above: the quote and by how much (`over`) it is above the high end of `target`.
    pub above_by: fn(quote: &str, over: &str, target: &str) -> String,
    /// Above: what a higher price may mean, and what to ask.
    pub above_means: &'static str,
    /// Far above: the quote, by how much (`over`) it is above the high end of `target`, and
    /// the threshold `percent`.
    pub far_above_by: fn(quote: &str, over: &str, target: &str, percent: u64) -> String,
    /// Far above: find out what the quote covers, and still ask for the lot's data.
    pub far_above_means: &'static str,

    /// Where the quote sits (`position`, one of the `against_*` words) against `what`
    /// (`range_published` or `range_clinic`) for the same plan with any tier, `range`
    /// (formatted), when the range compared with is derived.
    pub against_whole: fn(what: &str, range: &str, quote: &str, position: &str) -> String,
    /// The position in `against_whole`: far below the range.
    pub against_far_below: &'static str,
    /// The position in `against_whole`: below the range.
    pub against_below: &'static str,
    /// The position in `against_whole`: inside the range.
    pub against_within: &'static str,
    /// The position in `against_whole`: above the range.
    pub against_above: &'static str,
    /// The position in `against_whole`: far above the range.
    pub against_far_above: &'static str,
    /// Below a range for several sessions: the range is for all `sessions`, and a price for
    /// one session compares with the per-session range `per_session` (formatted).
    pub per_session_instead: fn(sessions: u32, per_session: &str) -> String,

    /// The headline when a clinic's list has no price to compare with.
    pub no_listed_price: &'static str,
    /// The headline when the published sources give no range to compare with.
    pub no_published_range: &'static str,
    /// Why a clinic's list gives nothing to compare the quote with.
    pub no_listed_reason: fn(quote: &str) -> String,
    /// Why the published sources give nothing to compare the quote with, and that no range
    /// is invented.
    pub no_published_reason: fn(quote: &str) -> String,
    /// The last line of every check: it compares numbers and judges nothing else.
    pub only_numbers: &'static str,
    /// The range compared with, in one line: its `value`, the figure's `label` and its
    /// `badge` (the view's words for where the figure comes from, as the badge shows them).
    pub compared_with: fn(value: &str, label: &str, badge: &str) -> String,

    /// Ask for the lot's characterisation data, naming what it holds.
    pub ask_characterisation: &'static str,
    /// Ask which cell line the product comes from.
    pub ask_cell_line: &'static str,
    /// Ask what the price includes.
    pub ask_included: &'static str,
    /// Ask for a written, itemised quote.
    pub ask_itemised: &'static str,
    /// Ask for published clinical results for this product.
    pub ask_outcomes: &'static str,
    /// Still ask the page's four questions, named.
    pub ask_four: &'static str,
}
