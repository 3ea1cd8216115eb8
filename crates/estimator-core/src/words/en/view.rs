//! The English words of the view part. The published book is written in English, so its own
//! text is shown as it is.

use crate::content::{Caveat, Question};
use crate::form::SessionsError;
use crate::lang::Lang;
use crate::limits::{MAX_SESSIONS, MIN_SESSIONS};
use crate::view::FigureKind;
use crate::words::view::{
    lowercase_first, BadgeWords, ControlWords, CrashWords, Noun, ResultWords, TierHint, ViewWords,
};

const SESSION: Noun = Noun {
    one: "session",
    many: "sessions",
};

/// "3 sessions", "1 session".
fn sessions(count: u32) -> String {
    format!(
        "{count} {}",
        Lang::En.plural(count, SESSION.one, SESSION.many)
    )
}

pub const WORDS: ViewWords = ViewWords {
    published_text: |_| None,
    reference_date: |reference| reference.date,
    controls: ControlWords {
        form_label: "Your choices",
        method_label: "Delivery method",
        tier_label: "Product tier",
        sessions_label: "Number of sessions",
        fewer_label: "One session fewer",
        more_label: "One session more",
    },
    result: ResultWords {
        title: "Your estimate",
        caveats_title: "What to know about this choice",
        how_worked_out: "How each figure was worked out",
        details_link: "Details",
    },
    crash: CrashWords {
        title: "Something went wrong in the cost estimator.",
        advice: "Nothing you entered was sent anywhere. Reload the page to start again.",
    },
    badges: BadgeWords {
        quoted: "From the published source",
        derived: "Worked out by this estimator",
        absent: "No published figure",
        clinic_quoted: "From the clinic's list",
        clinic_derived: "Worked out from the clinic's list",
        clinic_absent: "Not on the clinic's list",
    },
    hour: Noun {
        one: "hour",
        many: "hours",
    },
    day: Noun {
        one: "day",
        many: "days",
    },
    week: Noun {
        one: "week",
        many: "weeks",
    },
    session: SESSION,
    treatment: Noun {
        one: "treatment",
        many: "treatments",
    },
    no_methods: "This price book lists no delivery methods.",
    method_term,
    lot_data_label: "The clinic has shown me test data for this lot (batch) of the product",
    lot_data_hint: "Test data: the particle count, the particle sizes and the surface markers (proteins labs check to confirm what the particles are). Your answer, not the tier, picks the risk note.",
    sessions_hint: |min, max, typical| {
        format!("From {min} to {max}. A typical initial series is {typical}.")
    },
    needs_sessions: |min, max| {
        format!("Enter a number of sessions from {min} to {max} to see the estimate.")
    },
    sessions_error,
    tier_hint,
    book_label_published:
        "Figures quoted from a published overview or derived from them by stated rules; not a quote",
    book_label_clinic: |name| {
        format!("{name}: the clinic's price list, and figures derived from it by stated rules")
    },
    book_label_example: |name| format!("{name}: example clinic, invented prices"),
    price_label_published: |kind| match kind {
        FigureKind::Quoted => "Published range, not a clinic's price",
        FigureKind::Derived => "Worked out from published figures, not a clinic's price",
        FigureKind::Absent => "No published figure",
    },
    price_label_clinic: |name, kind| match kind {
        FigureKind::Quoted => format!("{name}: a price from the clinic's list, not a quote"),
        FigureKind::Derived => format!(
            "{name}: derived from the clinic's price list by the rules shown, not a quote"
        ),
        FigureKind::Absent => format!("{name}: no price listed"),
    },
    price_label_example: |name, kind| {
        let what = match kind {
            FigureKind::Quoted => "a price from its list",
            FigureKind::Derived => "derived from its list by the rules shown",
            FigureKind::Absent => "no price listed",
        };
        format!("{name}: example clinic, invented prices; {what}")
    },
    summary: |method, tier, count| format!("{method} · {tier} · {}", sessions(count)),
    summary_sessions_to_enter: |method, tier| format!("{method} · {tier} · sessions to be entered"),
    interval_monthly: |weeks| format!("monthly (taken as every {weeks} weeks)"),
    interval_apart: |weeks| {
        format!(
            "{weeks} {} apart",
            Lang::En.plural(weeks, "week", "weeks")
        )
    },
    total_label: |count| format!("Total for {}", sessions(count)),
    per_session_label: "Per session",
    downtime_each_label: "Downtime after each session",
    downtime_over_label: |count| format!("Downtime over {}", sessions(count)),
    results_label: "Results may keep developing until",
    results_value: |weeks, after| format!("Week {weeks}: {after} after the last session"),
    no_results_date: "No date: still under study",
    under_study_results: "This use is still under study, and no source says by when its results could be judged, so no date is given.",
    no_price_listed: "No price listed",
    no_published_figure: "No published figure",
    no_figure_given: "No figure given",
    absent_price_clinic: |method, tier| {
        format!("The clinic's price list has no price for {method} with {tier}.")
    },
    // The tier is named in words, not in parentheses: method names may end in their own
    // ("(under study)"), and two in a row read as a stutter.
    absent_price_published: |method, tier| {
        format!(
            "The published sources give no price for {}, product tier “{tier}”. This estimator does not invent one.",
            lowercase_first(method)
        )
    },
    downtime_effects_note: |effects| {
        format!("No downtime figure is given. The source names these reactions, not a recovery time: {effects}.")
    },
    no_recovery_time: "The published sources give no recovery time for this method. Ask the clinic.",
    schedule_note: |interval, provenance| format!("Sessions {interval}. {provenance}"),
    one_session_schedule: "One session: no spacing to plan.",
    above_typical: |count, typical| {
        format!("{count} sessions is more than the typical initial series of {typical}. Ask the clinic why more are planned.")
    },
    below_typical: |typical| {
        format!("A first course usually has {typical}, so one session may not be the whole plan.")
    },
    as_of_unknown: "Date of figures not stated",
    disclaimer: "Prices vary by clinic and region; only a written quote from a clinic is a price. This is not medical advice: only a clinician can tell whether a treatment suits you.",
    ask_includes_title: "Ask whether the price includes",
    ask_includes: [
        "The consultation, if the clinic charges for it",
        "Aftercare and skincare products",
        "Maintenance treatments after the first series",
    ],
    ask_includes_note: "Also plan for any time off work or travel during recovery.",
    answer_downtime: |time| format!("{time} downtime each"),
    answer_no_downtime_figure: "no downtime figure",
    answer_no_published_downtime: "no published downtime figure",
    figures_from: |citations| format!("Figures from: {citations}."),
    no_source_figures: "No source gives these figures.",
    source_line: |citation| format!("Source: {citation}."),
    from_line: |citations| format!("From: {citations}."),
    no_source_figure: "No source gives this figure.",
    cite_clinic: |citation| format!("{citation} (the clinic's price list)"),
    cite_example: |citation| format!("{citation} (example clinic, invented prices)"),
    rule_line: |rule| format!("Rule: {rule}"),
    series_part: |count, sessions| format!("{count} series of {sessions}"),
    singles_part: |count| {
        format!(
            "{count} single {}",
            Lang::En.plural(count, SESSION.one, SESSION.many)
        )
    },
    rule_series_then_singles: |series_sessions, detail| {
        format!("as many full series of {series_sessions} as fit, at the series price, then single sessions at the single-session price (here: {detail}).")
    },
    rule_single_times_sessions: "the price of one treatment times the number of sessions; no package price is quoted.",
    rule_tier_band: |tier, band, clinic| {
        if clinic {
            format!("the clinic's list gives no price for “{tier}” itself. This estimator places it in the {band} of the clinic's range for “Not sure”; the clinic has not stated this figure.")
        } else {
            format!("no source gives a price per product tier; the overview ties price differences to product quality. So “{tier}” is placed in the {band} of the range for “Not sure”. A clinic's own price list replaces this rule.")
        }
    },
    band: |from, to| match (from, to) {
        (0, 50) => "lower half".to_owned(),
        (25, 75) => "middle half".to_owned(),
        (50, 100) => "upper half".to_owned(),
        (0, 100) => "whole width".to_owned(),
        (from, to) => format!("part from {from}% to {to}% of the width"),
    },
    rule_span_one: |tier| {
        format!("“Not sure” shows the one priced product tier for this method, {tier}; no other product has a price here.")
    },
    rule_span_many: |tiers| {
        format!("“Not sure” spans the priced product tiers for this method: {tiers}.")
    },
    rule_per_session: |has_cents| {
        let unit = if has_cents {
            "whole units of the currency (no cents)"
        } else {
            "whole units of the currency"
        };
        format!("the total divided by the number of sessions, rounded to {unit}.")
    },
    rule_downtime_times_sessions: "the downtime after one session times the number of sessions.",
    rule_assumed_monthly: |weeks| {
        format!("the source gives a monthly schedule only for microneedling with exosomes; the same spacing, taken as every {weeks} weeks, is assumed here. Ask the clinic for its own schedule.")
    },
    rule_monthly_as_weeks: |weeks| {
        format!("the source says “monthly”; a month is taken here as {weeks} weeks.")
    },
    rule_last_session_plus_results: |min, max| {
        format!("the week of the last session plus the {min}–{max} weeks over which results may keep developing.")
    },
    caveat_title,
    caveat_body,
    questions_title: "Four questions to ask the clinic",
    questions_answer_label: "Answer:",
    questions_lede:
        "The overview says a good clinic can answer all four. Ask before you book, whatever the price.",
    questions: [
        Question {
            question: "Which kind of cell, and which cell line, is the product made from?",
            why: "What a product can do depends mostly on the cells that made it.",
        },
        Question {
            question: "Can you show me the test data for this lot: how many particles, what sizes, which surface markers?",
            why: "A lot is one batch of the product. The research world's guidelines (called MISEV2018) ask for a particle count and at least three protein markers. A careful maker tests every lot.",
        },
        Question {
            question: "Is the product FDA-approved, or is it used under an IND? If so, what is the IND number?",
            why: "An IND is the FDA's permit to test a new drug in people. In the US no exosome product is FDA-approved, and an injected one likely needs an IND. The FDA suggests asking for its number.",
        },
        Question {
            question: "Which published clinical results are there for this exact product?",
            why: "Results for one product tell you nothing about another that is made in a different way.",
        },
    ],
};

fn method_term(method_id: &str) -> Option<&'static str> {
    Some(match method_id {
        "microneedling" => "Clinical name: topical exosomes after microneedling. Fine needles make tiny channels in the skin, and the exosome product goes on the skin right after.",
        "fractional-laser" => "Clinical name: topical exosomes after fractional laser. The laser makes tiny channels in the skin, and the exosome product goes on the skin right after.",
        "injection" => "Clinical name: intradermal or subdermal injection. The product is injected into or just under the skin, with no needling or laser first.",
        "scalp" => "Clinical name: scalp delivery for hair loss. This use is still under study.",
        _ => return None,
    })
}

fn sessions_error(error: &SessionsError) -> String {
    let range = format!("from {MIN_SESSIONS} to {MAX_SESSIONS}");
    match error {
        SessionsError::Empty => format!("Enter a number of sessions {range}."),
        SessionsError::NotANumber(text) => {
            format!("“{text}” is not a number. Enter a whole number of sessions {range}.")
        }
        SessionsError::NotWhole(text) => format!(
            "“{text}” is not a whole number. Sessions come whole: enter a number {range}."
        ),
        SessionsError::TooFew(count) if count.starts_with('-') => {
            format!("{count} is below zero. Enter a number of sessions {range}.")
        }
        SessionsError::TooFew(count) => format!(
            "{count} sessions is too few: an estimate needs at least {MIN_SESSIONS}. Enter a number {range}."
        ),
        SessionsError::TooMany(text) => format!(
            "{text} sessions is more than this estimator covers. Enter a number {range}: twice the typical initial series of 2–3."
        ),
    }
}

fn tier_hint(hint: TierHint<'_>, clinic: bool) -> String {
    const TIER_MEANS: &str = "The tier is the kind of cell the product comes from.";
    let whose = if clinic {
        "the clinic's list"
    } else {
        "the source"
    };
    match hint {
        TierHint::WholeRangeBanded => format!("{TIER_MEANS} “Not sure” shows the whole range {whose} gives; each other tier gets a part of it, by a stated rule."),
        TierHint::WholeRange => format!("{TIER_MEANS} “Not sure” shows the whole range {whose} gives for this method."),
        TierHint::NoPrice => format!("{TIER_MEANS} {} no price for this method, whatever the tier.", if clinic { "The clinic's list has" } else { "The source gives" }),
        TierHint::OnlyOne(tier) => format!("{TIER_MEANS} For this method only “{tier}” has a price, so “Not sure” shows that product's price. {} no other product for it.", if clinic { "The clinic's list prices" } else { "The source prices" }),
        TierHint::Span(tiers) => {
            let quoted: Vec<String> = tiers.iter().map(|tier| format!("“{tier}”")).collect();
            format!("{TIER_MEANS} “Not sure” spans the priced tiers for this method: {}.", Lang::En.join_words(&quoted))
        }
    }
}

fn caveat_title(caveat: Caveat) -> &'static str {
    match caveat {
        Caveat::ConditionRegulatory => {
            "In the US: treating a condition needs FDA approval, which no exosome product has"
        }
        Caveat::InjectableRegulatory => {
            "In the US: not FDA-approved, and injected preparations likely need an IND"
        }
        Caveat::TopicalCosmetic => "In the US: a cosmetic only when sold without a medical claim",
        Caveat::UnderStudy => "Still under study",
        Caveat::PlantPotency => "Plant-derived vesicles signal less strongly",
        Caveat::CharacterisationRisk => "No lot data seen yet: the risks are not known",
        Caveat::LotDataShown => "Lot data shown: check what it covers",
        Caveat::NoPublishedPrice => "No published price for this choice",
        Caveat::NoClinicPrice => "This clinic lists no price for this choice",
        Caveat::PriceReflectsQuality => "A price is a reason to ask, not an answer",
    }
}

fn caveat_body(caveat: Caveat) -> &'static str {
    match caveat {
        Caveat::ConditionRegulatory => {
            "This use is meant to treat a condition, not only to change how the skin looks. \
             The FDA (the US agency that approves medicines) says that an exosome product \
             meant to treat a disease or a condition needs its approval before it is sold. \
             It says it has approved none. A claim to treat a condition means the product is \
             no longer a cosmetic. Ask whether the FDA has reviewed the treatment, and ask \
             for its IND number: the FDA's permit to test a new drug in people."
        }
        Caveat::InjectableRegulatory => {
            "The FDA (the US agency that approves medicines) says that no exosome product \
             is FDA-approved. The overview adds that, in 2026, none has full approval for \
             any aesthetic (appearance) use. It also reports FDA advice that products made from human or \
             animal cells likely need an IND (an Investigational New Drug application): a \
             permit from the FDA to test a new drug in people. So US clinics that inject these products work in a grey zone of \
             the rules. Ask whether the FDA has reviewed the product, and ask for its IND \
             number. The FDA calls it a warning sign when you are charged for an unapproved \
             product outside a clinical trial."
        }
        Caveat::TopicalCosmetic => {
            "In the US, an exosome product that goes on the skin and makes no medical claim \
             is sold as a cosmetic or skin-care product. That is why such products are easy \
             to find. Being a cosmetic is not an approval. The FDA (the US agency that \
             approves medicines) says no exosome product is FDA-approved. The overview adds \
             that none had full approval for aesthetic (appearance) use in \
             2026. Once a product claims to \
             treat a condition, it is no longer a cosmetic."
        }
        Caveat::UnderStudy => {
            "This use is still being studied. It is not an established treatment. No source \
             says when its results could be judged. So this estimator gives no date for \
             results, and does not check the plan against an event date."
        }
        Caveat::PlantPotency => {
            "The overview says that vesicles from plant cells do not carry signals between \
             cells as strongly as those made by human cells."
        }
        Caveat::CharacterisationRisk => {
            "The overview calls the risks small only for high-quality products whose make-up \
             is well described. Until the clinic shows you test data for the lot (the batch) \
             it would use, you cannot tell if that is true here. When nobody knows what a \
             product contains, the overview names three risks, in theory. Your immune system \
             may react to unknown proteins in it. It may carry germs if it was not made with \
             enough care. Unknown microRNA in it (tiny bits of genetic material) may act in \
             ways nobody can predict. The overview also names uneven quality from one product \
             to the next as the main risk in this market. Ask for the lot's particle count, \
             particle sizes and surface markers."
        }
        Caveat::LotDataShown => {
            "For high-quality products with a well-described lot, the overview calls the \
             risks small. It names reactions where the needle went in, bruising, and redness \
             that soon fades. That holds only if the data is for this lot and is complete. \
             Check that it gives the particle count, the particle sizes and the surface \
             markers."
        }
        Caveat::NoPublishedPrice => {
            "The overview gives no price for this choice, and this estimator does not make \
             one up. Ask clinics for a written quote. The downtime, the schedule and the \
             questions below still apply."
        }
        Caveat::NoClinicPrice => {
            "The clinic's price list has no price for this choice. Ask the clinic for a \
             written quote. The downtime, the schedule and the questions below still apply."
        }
        Caveat::PriceReflectsQuality => {
            "The overview links the wide spread of prices to differences in product \
             quality. It says a price should lead you to ask how the product was tested, \
             not replace those questions. Whatever the price, ask for the lot's test data."
        }
    }
}
