//! Scenarios side by side: up to three choices with their totals, per-session prices,
//! downtime, time to final results, regulatory status and what the source says about the
//! evidence.
//!
//! Every figure is taken from [`page_view`] for that scenario, so a column shows exactly the
//! values and provenance the single estimate shows; nothing is computed twice. The regulatory
//! and evidence notes only restate what the overview and the FDA documents say.

use crate::content::Caveat;
use crate::form::RawInput;
use crate::money::MoneyFormat;
use crate::price_book::{Category, Characterisation, Method, PriceBook, Tier};
use crate::share::MAX_SCENARIOS;
use crate::view::{page_view, reference_link, FigureView, LinkView, ResultView};

/// The overview every evidence note restates, cited under the notes.
pub const OVERVIEW_CITATION: &str =
    "RegenClinics.org, Exosome therapy in aesthetic and regenerative medicine: overview (2026)";

/// The row labels, in the order of the rows each column fills.
pub const ROW_LABELS: [&str; 6] = [
    "Total",
    "Per session",
    "Total downtime",
    "Time to final results",
    "Regulatory status",
    "Evidence",
];

/// The figures of one scenario: the same figure views as the single estimate, with their
/// provenance.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScenarioFigures {
    pub total: FigureView,
    pub per_session: FigureView,
    pub downtime_total: FigureView,
    pub final_results: FigureView,
}

/// The figures of one scenario, or why there are none.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompareFigures {
    Estimate(Box<ScenarioFigures>),
    /// The session count cannot be used; the message is the one the form shows.
    NeedsInput(String),
}

/// The regulatory status of a method, with the public document behind it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RegulatoryView {
    /// One line, such as "Not FDA-approved; injectable preparations likely need an IND (a
    /// regulatory grey zone)".
    pub status: String,
    /// The caveat that explains it at length (its id in the estimate's caveats).
    pub caveat_id: &'static str,
    pub link: Option<LinkView>,
}

/// One scenario's column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareColumn {
    /// "Scenario 1".
    pub title: String,
    /// "Topical after microneedling · Not sure · 3 sessions"; without the sessions when the
    /// count cannot be used.
    pub summary: String,
    /// The method and tier ids actually used, after the form's fall-backs.
    pub method: String,
    pub tier: String,
    /// Whose prices these are, as the single estimate says it.
    pub price_label: String,
    pub figures: CompareFigures,
    pub regulatory: RegulatoryView,
    /// What the source says about the evidence for this method and product tier.
    pub evidence: Vec<String>,
}

/// Scenarios side by side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareView {
    /// At most [`MAX_SCENARIOS`] columns, in the order given.
    pub columns: Vec<CompareColumn>,
    /// The labels of the rows, see [`ROW_LABELS`].
    pub row_labels: Vec<&'static str>,
    /// Where the evidence notes come from.
    pub evidence_source: String,
    /// Set when scenarios beyond the third were left out.
    pub note: Option<String>,
}

/// Builds the side-by-side view of `scenarios` (the first [`MAX_SCENARIOS`] of them).
pub fn compare_view(
    book: &PriceBook,
    scenarios: &[RawInput],
    money: &dyn MoneyFormat,
) -> CompareView {
    let columns = scenarios
        .iter()
        .take(MAX_SCENARIOS)
        .zip(1..)
        .filter_map(|(raw, number)| column(book, raw, number, money))
        .collect();
    let note = (scenarios.len() > MAX_SCENARIOS).then(|| {
        format!(
            "Only the first three scenarios are compared; {} more left out.",
            scenarios.len() - MAX_SCENARIOS
        )
    });
    CompareView {
        columns,
        row_labels: ROW_LABELS.to_vec(),
        evidence_source: format!("Evidence notes: {OVERVIEW_CITATION}."),
        note,
    }
}

/// One column, or `None` for a book without methods (which validation rejects).
fn column(
    book: &PriceBook,
    raw: &RawInput,
    number: usize,
    money: &dyn MoneyFormat,
) -> Option<CompareColumn> {
    let page = page_view(book, raw, money);
    let method = book.method(&page.method)?;
    let tier = book.tier(&page.tier)?;
    let (summary, price_label, figures) = match page.result {
        ResultView::Estimate(view) => {
            let view = *view;
            (
                view.summary,
                view.price_label,
                CompareFigures::Estimate(Box::new(ScenarioFigures {
                    total: view.total,
                    per_session: view.per_session,
                    downtime_total: view.downtime_total,
                    final_results: view.final_results,
                })),
            )
        }
        ResultView::NeedsInput(message) => (
            format!("{} · {}", method.name, tier.name),
            if book.is_clinic_book() {
                format!("{}: the clinic's own prices", book.name)
            } else {
                "Published figures, not a quote".to_owned()
            },
            CompareFigures::NeedsInput(page.sessions_error.unwrap_or(message)),
        ),
    };
    Some(CompareColumn {
        title: format!("Scenario {number}"),
        summary,
        method: method.id.clone(),
        tier: tier.id.clone(),
        price_label,
        figures,
        regulatory: regulatory(method),
        evidence: evidence(method, tier),
    })
}

/// The regulatory line for a method's category, from the overview and the FDA notices.
pub fn regulatory(method: &Method) -> RegulatoryView {
    let (status, caveat) = match method.category {
        Category::Injectable => (
            "Not FDA-approved; injectable preparations likely need an IND (a regulatory grey zone)",
            Caveat::InjectableRegulatory,
        ),
        Category::Topical => (
            "Sold as a cosmetic when applied without a medical claim; not FDA-approved",
            Caveat::TopicalCosmetic,
        ),
    };
    RegulatoryView {
        status: status.to_owned(),
        caveat_id: caveat.id(),
        link: caveat.reference().map(reference_link),
    }
}

/// What the overview says about the evidence for a method and a product tier: one note for
/// the method, one for the tier. It says only what the source says, and where the source
/// says nothing it says that.
pub fn evidence(method: &Method, tier: &Tier) -> Vec<String> {
    let mut notes = Vec::new();
    let topical_established = method.category == Category::Topical && !method.under_study;
    if method.under_study {
        notes.push(
            "Under active study (the overview lists scalp delivery for hair loss as such); not an established treatment."
                .to_owned(),
        );
    } else if method.category == Category::Injectable {
        notes.push(
            "Needs a sterile injectable preparation. The overview cites published clinical evidence only for some topical preparations, not for injected ones."
                .to_owned(),
        );
    } else {
        notes.push(
            "The most common way exosomes are used in aesthetic practice, according to the overview."
                .to_owned(),
        );
    }
    match (tier.id.as_str(), tier.characterisation) {
        ("plant", _) | (_, Characterisation::Low) => notes.push(
            "Plant-derived preparations lack the signalling potency of human-derived ones."
                .to_owned(),
        ),
        ("placental-amniotic", _) | (_, Characterisation::Variable) => notes.push(
            "The overview lists placental and amniotic cells among the sources used in aesthetic preparations, but cites no clinical evidence specific to them."
                .to_owned(),
        ),
        (_, Characterisation::High) if topical_established => notes.push(
            "Some well-characterised topical preparations have significant published clinical evidence; evidence for one product does not carry over to another."
                .to_owned(),
        ),
        (id, Characterisation::High) if id.starts_with("msc") => notes.push(
            "MSC-derived preparations are the most studied in regenerative medicine; evidence for one product does not carry over to another."
                .to_owned(),
        ),
        (_, Characterisation::High) => notes.push(
            "Described as well characterised: ask to see the lot's data and the clinical outcome data for this specific product."
                .to_owned(),
        ),
        (_, Characterisation::Unknown) => notes.push(
            "The evidence depends on the product: ask which cell line it comes from and what clinical outcome data supports it."
                .to_owned(),
        ),
    }
    notes
}
