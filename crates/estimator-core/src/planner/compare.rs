//! Scenarios side by side: up to three choices with their totals, per-session prices,
//! downtime, until when results may keep developing, regulatory status and what the source says about the
//! evidence.
//!
//! Every figure (total, per session, downtime, final results) and, when there is an estimate,
//! the summary and price label are taken from [`page_view`] for that scenario, so a column
//! shows exactly the values and provenance the single estimate shows; while sessions still
//! need input, the summary is the same [`scenario_summary`] in its form without a count. The
//! column's title and the regulatory and evidence notes are written here; those notes only
//! restate what the overview and the FDA documents say.

use crate::content::Caveat;
use crate::estimate::regulatory_caveats;
use crate::form::RawInput;
use crate::lang::Lang;
use crate::money::MoneyFormat;
use crate::price_book::{Category, Indication, Method, PriceBook, SourceCell, Tier};
use crate::share::MAX_SCENARIOS;
use crate::view::{
    book_label, caveat_view, page_view, reference_link, results_label, scenario_summary,
    CaveatView, FigureKind, FigureView, LinkView, ResultView,
};
#[cfg(feature = "lang-en")]
use crate::words::planner::ENGLISH;
use crate::words::words;

/// The row labels in `lang`, in the order of the rows each column fills: total, per session,
/// total downtime, results (the calculator's own label), regulatory status, evidence.
pub fn row_labels(lang: Lang) -> [&'static str; 6] {
    let words = words(lang).planner;
    [
        words.row_total,
        words.row_per_session,
        words.row_downtime,
        results_label(lang),
        words.row_regulatory,
        words.row_evidence,
    ]
}

/// The English row labels, in the order of [`row_labels`], for tests that name them.
#[cfg(feature = "lang-en")]
pub const ROW_LABELS: [&str; 6] = [
    ENGLISH.row_total,
    ENGLISH.row_per_session,
    ENGLISH.row_downtime,
    // The calculator's results label in English (`view::results_label`): a constant cannot
    // call it, and `tests/compare_view.rs` checks the two agree.
    "Results may keep developing until",
    ENGLISH.row_regulatory,
    ENGLISH.row_evidence,
];

/// What an English figure cell says while its scenario's session count cannot be used (the
/// total's cell says why instead), for tests that name it.
#[cfg(feature = "lang-en")]
pub const WAITS_FOR_SESSIONS: &str = ENGLISH.waits_for_sessions;

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
    /// One of the first five [`row_labels`].
    pub label: &'static str,
    /// Exactly one cell per column.
    pub cells: Vec<CompareCell>,
}

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
    /// The labels of the rows, see [`row_labels`].
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
    let words = words(lang).planner;
    // Each regulatory term is explained where the comparison first names it.
    let mut explained = Explained::default();
    let columns: Vec<CompareColumn> = scenarios
        .iter()
        .take(MAX_SCENARIOS)
        .zip(1..)
        .filter_map(|(raw, number)| column(book, raw, number, &mut explained, money, lang))
        .collect();
    let rows = rows(&columns, lang);
    let note = (scenarios.len() > MAX_SCENARIOS)
        .then(|| (words.compare_note)(scenarios.len() - MAX_SCENARIOS));
    CompareView {
        title: words.compare_title,
        columns,
        rows,
        sources_title: words.compare_sources_title,
        row_labels: row_labels(lang).to_vec(),
        evidence_source: words.evidence_source.to_owned(),
        note,
    }
}

/// The regulatory terms a view has already explained, so that each is explained once, where
/// the view first names it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Explained {
    /// The FDA.
    pub fda: bool,
    /// The IND.
    pub ind: bool,
}

/// The table's rows, in the order of [`row_labels`], from the columns' own figures.
fn rows(columns: &[CompareColumn], lang: Lang) -> Vec<CompareRow> {
    let labels = row_labels(lang);
    let waits = words(lang).planner.waits_for_sessions;
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
                value: waits.to_owned(),
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
    let mut rows: Vec<CompareRow> = labels
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
        label: labels[4],
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
    explained: &mut Explained,
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
            scenario_summary(book, method, tier, None, lang),
            book_label(book, None, lang),
            CompareFigures::NeedsInput(page.sessions_error.unwrap_or(message)),
        ),
    };
    let regulatory = regulatory(method, *explained, lang);
    *explained = Explained {
        // Every regulatory line names the FDA.
        fda: true,
        ind: explained.ind || method.category == Category::Injectable,
    };
    Some(CompareColumn {
        title: (words(lang).planner.scenario)(number),
        summary,
        method: method.id.clone(),
        tier: tier.id.clone(),
        price_label,
        figures,
        regulatory,
        evidence: evidence(method, tier, lang),
        warnings: if method.under_study {
            vec![caveat_view(Caveat::UnderStudy, lang)]
        } else {
            Vec::new()
        },
    })
}

/// The regulatory line for a method, from its indication and route, in the words of the
/// overview and the FDA notices; always a US statement. A term not yet `explained` in the
/// view is explained where the line first names it.
pub fn regulatory(method: &Method, explained: Explained, lang: Lang) -> RegulatoryView {
    let words = words(lang).planner;
    let caveats = regulatory_caveats(method);
    let mut fda_explained = explained.fda;
    let status: Vec<String> = caveats
        .iter()
        .map(|caveat| {
            let explain_fda = !fda_explained;
            fda_explained = true;
            match caveat {
                Caveat::ConditionRegulatory => (words.regulatory_condition)(explain_fda),
                Caveat::InjectableRegulatory => {
                    (words.regulatory_injectable)(explain_fda, !explained.ind)
                }
                _ => (words.regulatory_cosmetic)(explain_fda),
            }
        })
        .collect();
    let first = caveats
        .first()
        .copied()
        .unwrap_or(Caveat::ConditionRegulatory);
    RegulatoryView {
        status: (words.regulatory_line)(&status),
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
    let words = words(lang).planner;
    let mut notes = Vec::new();
    let topical_aesthetic = method.category == Category::Topical
        && method.indication == Indication::Aesthetic
        && !method.under_study;
    notes.push(if method.under_study {
        words.evidence_under_study
    } else if method.category == Category::Injectable {
        words.evidence_injectable
    } else if topical_aesthetic {
        words.evidence_topical
    } else {
        words.evidence_unspecified
    });
    notes.push(match tier.source_cell {
        SourceCell::Plant => words.evidence_plant,
        SourceCell::PlacentalAmniotic => words.evidence_placental,
        SourceCell::Msc if topical_aesthetic => words.evidence_msc_topical,
        SourceCell::Msc => words.evidence_msc,
        SourceCell::Other => words.evidence_other_cells,
        SourceCell::Unknown => words.evidence_unknown_cells,
    });
    notes.into_iter().map(str::to_owned).collect()
}
