//! Scenarios side by side: up to three choices with their totals, per-session prices,
//! downtime, until when results may keep developing, regulatory status and what the source says about the
//! evidence.
//!
//! Every figure (total, per session, downtime, final results) and, when there is an estimate,
//! the summary and price label are taken from [`page_view`] for that scenario, so a column
//! shows exactly the values and provenance the single estimate shows. The column's title, the
//! summary while sessions still need input, and the regulatory and evidence notes are written
//! here; those notes only restate what the overview and the FDA documents say.

use crate::content::Caveat;
use crate::estimate::regulatory_caveats;
use crate::form::RawInput;
use crate::lang::Lang;
use crate::money::MoneyFormat;
use crate::price_book::{Category, Indication, Method, PriceBook, SourceCell, Tier};
use crate::share::MAX_SCENARIOS;
use crate::view::{
    book_label, caveat_view, page_view, reference_link, CaveatView, FigureKind, FigureView,
    LinkView, ResultView,
};

/// The overview every evidence note restates, cited under the notes by its publisher and year:
/// the copy used carries no title of its own.
pub const OVERVIEW_CITATION: &str = "RegenClinics.org, a clinic directory (2026)";

/// The row labels, in the order of the rows each column fills.
pub const ROW_LABELS: [&str; 6] = [
    "Total",
    "Per session",
    "Total downtime",
    // The calculator's results label (`words::view` `results_label`), in English until this
    // table's labels are worded per language.
    "Results may keep developing until",
    "Regulatory status (US)",
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
    pub links: Vec<LinkView>,
}

/// One scenario's column.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareColumn {
    /// "Scenario 1".
    pub title: String,
    /// "Microneedling exosome facial · Not sure · 3 sessions"; without the sessions when the
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
    /// Caveats a column must not be read without, such as "Still under study".
    pub warnings: Vec<CaveatView>,
}

/// One cell of the comparison table: a figure's value and its kind, or the regulatory line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareCell {
    pub value: String,
    /// The figure's kind, for its badge; `None` for the regulatory line and for a figure that
    /// waits for a usable session count.
    pub kind: Option<FigureKind>,
    /// The badge's words for that kind, for the book the figure comes from (a clinic's list
    /// says so); `None` where `kind` is.
    pub badge: Option<&'static str>,
}

/// One row of the comparison table: the same fact for every scenario, in column order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareRow {
    /// One of the first five [`ROW_LABELS`].
    pub label: &'static str,
    /// Exactly one cell per column.
    pub cells: Vec<CompareCell>,
}

/// What a figure cell says while its scenario's session count cannot be used; the total's
/// cell says why instead.
pub const WAITS_FOR_SESSIONS: &str = "Waits for a session count";

/// Scenarios side by side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompareView {
    /// "Compare scenarios".
    pub title: &'static str,
    /// At most [`MAX_SCENARIOS`] columns, in the order given.
    pub columns: Vec<CompareColumn>,
    /// The table the page shows: total, per session, total downtime, results and regulatory
    /// status, each a row with one cell per column, so the same fact lines up across
    /// scenarios. Evidence and provenance are behind [`CompareView::sources_title`].
    pub rows: Vec<CompareRow>,
    /// The summary of the disclosure holding every figure's source and rule and the evidence
    /// notes.
    pub sources_title: &'static str,
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
    lang: Lang,
) -> CompareView {
    let columns: Vec<CompareColumn> = scenarios
        .iter()
        .take(MAX_SCENARIOS)
        .zip(1..)
        .filter_map(|(raw, number)| column(book, raw, number, money, lang))
        .collect();
    let rows = rows(&columns);
    let note = (scenarios.len() > MAX_SCENARIOS).then(|| {
        format!(
            "Only the first three scenarios are compared; {} more left out.",
            scenarios.len() - MAX_SCENARIOS
        )
    });
    CompareView {
        title: "Compare scenarios",
        columns,
        rows,
        sources_title: "Where these figures come from",
        row_labels: ROW_LABELS.to_vec(),
        evidence_source: format!("Evidence notes: {OVERVIEW_CITATION}."),
        note,
    }
}

/// The table's rows, in the order of [`ROW_LABELS`], from the columns' own figures.
fn rows(columns: &[CompareColumn]) -> Vec<CompareRow> {
    let figure_cell =
        |column: &CompareColumn, pick: fn(&ScenarioFigures) -> &FigureView| match &column.figures {
            CompareFigures::Estimate(figures) => {
                let figure = pick(figures);
                CompareCell {
                    value: figure.value.clone(),
                    kind: Some(figure.kind),
                    badge: Some(figure.badge),
                }
            }
            CompareFigures::NeedsInput(_) => CompareCell {
                value: WAITS_FOR_SESSIONS.to_owned(),
                kind: None,
                badge: None,
            },
        };
    let picks: [fn(&ScenarioFigures) -> &FigureView; 4] = [
        |figures| &figures.total,
        |figures| &figures.per_session,
        |figures| &figures.downtime_total,
        |figures| &figures.final_results,
    ];
    let mut rows: Vec<CompareRow> = ROW_LABELS
        .iter()
        .zip(picks)
        .map(|(label, pick)| CompareRow {
            label,
            cells: columns
                .iter()
                .map(|column| figure_cell(column, pick))
                .collect(),
        })
        .collect();
    // A scenario without a usable count says why in its total, the row read first.
    if let Some(total) = rows.first_mut() {
        for (cell, column) in total.cells.iter_mut().zip(columns) {
            if let CompareFigures::NeedsInput(message) = &column.figures {
                cell.value.clone_from(message);
            }
        }
    }
    rows.push(CompareRow {
        label: ROW_LABELS[4],
        cells: columns
            .iter()
            .map(|column| CompareCell {
                value: column.regulatory.status.clone(),
                kind: None,
                badge: None,
            })
            .collect(),
    });
    rows
}

/// One column, or `None` for a book without methods (which validation rejects).
fn column(
    book: &PriceBook,
    raw: &RawInput,
    number: usize,
    money: &dyn MoneyFormat,
    lang: Lang,
) -> Option<CompareColumn> {
    let page = page_view(book, raw, money, lang);
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
            book_label(book, None, lang),
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
        regulatory: regulatory(method, lang),
        evidence: evidence(method, tier, lang),
        warnings: if method.under_study {
            vec![caveat_view(Caveat::UnderStudy, lang)]
        } else {
            Vec::new()
        },
    })
}

/// The regulatory line for a method, from its indication and route, in the words of the
/// overview and the FDA notices; always a US statement.
pub fn regulatory(method: &Method, lang: Lang) -> RegulatoryView {
    let _ = lang;
    let caveats = regulatory_caveats(method);
    let status: Vec<&str> = caveats
        .iter()
        .map(|caveat| match caveat {
            Caveat::ConditionRegulatory => {
                "Treating a condition needs FDA approval, and no exosome product has it"
            }
            Caveat::InjectableRegulatory => {
                "Not FDA-approved; injected preparations likely need an IND (a regulatory grey zone)"
            }
            _ => "A cosmetic only when sold without a medical claim; not FDA-approved",
        })
        .collect();
    let first = caveats
        .first()
        .copied()
        .unwrap_or(Caveat::ConditionRegulatory);
    RegulatoryView {
        status: format!("In the US: {}.", status.join("; ")),
        caveat_id: first.id(),
        links: first
            .references()
            .iter()
            .map(|reference| reference_link(*reference, lang))
            .collect(),
    }
}

/// What the overview says about the evidence for a method and a product tier: one note for
/// the method, one for the tier. It says only what the source says, and where the source
/// says nothing it says that.
pub fn evidence(method: &Method, tier: &Tier, lang: Lang) -> Vec<String> {
    let _ = lang;
    let mut notes = Vec::new();
    let topical_aesthetic = method.category == Category::Topical
        && method.indication == Indication::Aesthetic
        && !method.under_study;
    if method.under_study {
        notes.push(
            "The overview counts this use among those under active study; it is not an established treatment."
                .to_owned(),
        );
    } else if method.category == Category::Injectable {
        notes.push(
            "Needs a sterile injectable preparation. The overview speaks of significant published clinical evidence only for some topical products, not for injected ones."
                .to_owned(),
        );
    } else if topical_aesthetic {
        notes.push(
            "According to the overview, applying exosomes to the skin after a procedure is how they are used most often in aesthetic practice."
                .to_owned(),
        );
    } else {
        notes
            .push("The overview says nothing specific about the evidence for this use.".to_owned());
    }
    notes.push(match tier.source_cell {
        SourceCell::Plant => "The overview says vesicles from plants signal less strongly between cells than those from human cells.".to_owned(),
        SourceCell::PlacentalAmniotic => "The overview names placental and amniotic cells as sources used in aesthetic products, with no evidence specific to them.".to_owned(),
        SourceCell::Msc if topical_aesthetic => "Of the source cells, the overview calls MSCs the most studied in regenerative medicine, and it mentions significant published evidence for several well-characterised topical products. Results for one product say nothing about another.".to_owned(),
        SourceCell::Msc => "Of the source cells, the overview calls MSCs the most studied in regenerative medicine. Results for one product say nothing about another.".to_owned(),
        SourceCell::Other => "Ask which cell line the product comes from and which clinical results have been published for it.".to_owned(),
        SourceCell::Unknown => "The evidence depends on the product: ask which cell line it comes from and which clinical results have been published for it.".to_owned(),
    });
    notes
}
