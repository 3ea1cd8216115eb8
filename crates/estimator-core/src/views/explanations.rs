//! The explanations below the calculator (what exosomes are, source cells, delivery methods,
//! who it may suit, risks, regulation, questions, sources) as data: a small document of
//! sections, blocks and inline spans, written once per language in the words tables
//! ([`crate::words::page`]). The build-time prerenderer turns it into static HTML; the wasm
//! never carries it.
//!
//! The figures the prose states (prices, downtime, the typical series, how long results keep
//! developing) are not typed in the words: they come from the published book through
//! [`PublishedFigures`], and money is written by the language's own formatter, so no copy of a
//! figure can stay behind when the book changes.

use crate::lang::Lang;
use crate::money::{MoneyFormat, MoneyRange};
use crate::price_book::{Downtime, OfferPrice, PriceBook, TimeUnit};
use crate::views::content::Reference;
use crate::views::view::format_range;
use crate::words::page::page_words;

/// The id of the sources section, which the page's footer links to.
pub const SOURCES_SECTION: &str = "sources";

/// The anchor (element id) of each entry in the sources list; a citation links to one.
pub const OVERVIEW: &str = "source-overview";
pub const FDA_NOTIFICATION: &str = "source-fda-notification-2019";
pub const FDA_MEDWATCH: &str = "source-fda-medwatch-2019";
pub const FDA_CONSUMER: &str = "source-fda-consumer-alert-2020";
pub const FDA_PATIENT: &str = "source-fda-patient-information";
pub const MISEV2018: &str = "source-misev2018";
pub const MISEV2023: &str = "source-misev2023";
pub const ASJ: &str = "source-asj-2023";

/// The DOI addresses of the ISEV guidelines (the DOIs given in the source material).
pub const MISEV2018_URL: &str = "https://doi.org/10.1080/20013078.2018.1535750";
pub const MISEV2023_URL: &str = "https://doi.org/10.1002/jev2.12404";

/// One section of the explanations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Section {
    /// The element id, the same in every language: in-page links and the sources list's
    /// citations point at it.
    pub id: &'static str,
    /// The section's heading.
    pub heading: String,
    pub layout: Layout,
    pub blocks: Vec<Block>,
}

/// How a section is shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// Folded: a disclosure whose summary is the heading.
    Fold,
    /// Always open, with its heading above it (the questions, each of which folds itself).
    Open,
}

/// A block of a section.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Block {
    Paragraph {
        style: ParagraphStyle,
        spans: Vec<Span>,
    },
    /// A heading inside the section.
    Subheading(String),
    /// A bulleted list; each item is a run of spans.
    List(Vec<Vec<Span>>),
    /// A list of cards, each with its heading, its text and its facts.
    Cards(Vec<Card>),
    /// Questions, each folding its answer.
    Faq(Vec<FaqEntry>),
    /// The numbered list of sources, each with the anchor citations link to.
    Sources(Vec<SourceEntry>),
}

/// How a paragraph stands out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParagraphStyle {
    Plain,
    /// The opening paragraph of a section, set larger.
    Lede,
    /// An aside, set apart.
    Note,
}

/// One card: a heading, a paragraph, and its facts as terms with their details.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Card {
    pub heading: String,
    pub body: Vec<Span>,
    pub facts: Vec<Fact>,
}

/// A term and its detail ("Downtime": "24–48 hours …").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact {
    pub term: String,
    pub detail: Vec<Span>,
}

/// A question and its answer's paragraphs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FaqEntry {
    pub question: String,
    pub answer: Vec<Vec<Span>>,
}

/// An entry of the sources list.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceEntry {
    /// The anchor citations link to: one of the constants of this module.
    pub id: &'static str,
    pub spans: Vec<Span>,
}

/// A run of inline text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Span {
    Text(String),
    /// Text set in bold (a list item's lead-in).
    Strong(String),
    /// An inline citation, " (label)", the label linking to the source's entry in the list.
    Cite {
        source: &'static str,
        label: String,
    },
    /// A link to another section of the page, by its id.
    Link {
        section: &'static str,
        text: String,
    },
    /// A link to a public document elsewhere, opened in the same tab.
    External {
        url: &'static str,
        text: String,
    },
    /// The title of a journal or other work, as published.
    WorkTitle(String),
}

/// The published figures the explanations and the page's no-script text state, read from the
/// book, with the language's money formatter to write them.
pub struct PublishedFigures<'a> {
    /// The quoted prices' source as "publisher, year" ("RegenClinics.org, 2026").
    pub source: String,
    /// One session of microneedling with topical exosomes.
    pub one_session: MoneyRange,
    /// A series of such sessions, and how many sessions it has.
    pub series: MoneyRange,
    pub series_sessions: u32,
    /// A high-potency MSC-derived injectable, per treatment.
    pub injectable: MoneyRange,
    /// The downtime after microneedling, in hours.
    pub microneedling_hours: (u32, u32),
    /// The downtime after fractional laser, in days.
    pub laser_days: (u32, u32),
    /// The typical initial series, in treatments.
    pub typical_sessions: (u32, u32),
    /// How long results keep developing after a treatment, in weeks.
    pub results_weeks: (u32, u32),
    pub money: &'a dyn MoneyFormat,
}

impl PublishedFigures<'_> {
    /// A range as the calculator shows it ("$2,000 – $4,000"): the view's own formatting.
    pub fn range(&self, range: MoneyRange) -> String {
        format_range(range, self.money)
    }

    /// A range with an unspaced dash ("$2,000–$4,000"), as English prose writes it.
    pub fn tight_range(&self, range: MoneyRange) -> String {
        if range.min == range.max {
            self.money.format(range.min)
        } else {
            format!(
                "{}–{}",
                self.money.format(range.min),
                self.money.format(range.max)
            )
        }
    }
}

/// "24–48", or "24" when both ends are equal.
pub fn span_of((min, max): (u32, u32)) -> String {
    if min == max {
        min.to_string()
    } else {
        format!("{min}–{max}")
    }
}

// The book's entries whose figures the explanations quote: the overview's microneedling prices
// (the "Not sure" tier holds the figures it quotes for any product), its injectable price, and
// the downtimes of the two skin-opening procedures.
const MICRONEEDLING: &str = "microneedling";
const FRACTIONAL_LASER: &str = "fractional-laser";
const INJECTION: &str = "injection";
const ANY_PRODUCT: &str = "not-sure";
const MSC_INJECTABLE: &str = "msc-injectable";

/// The figures of `book` the explanations state, with `money` to write them; `None` when the
/// book lacks one of them or gives it in another unit than the prose names (the words say
/// "hours" for microneedling and "days" for fractional laser). Only the published book is
/// explained, and it has them all; the prerenderer refuses to write a page without them.
pub fn published_figures<'a>(
    book: &PriceBook,
    money: &'a dyn MoneyFormat,
) -> Option<PublishedFigures<'a>> {
    let (single, series) = match &book.offer(MICRONEEDLING, ANY_PRODUCT)?.price {
        OfferPrice::Quoted {
            single,
            series: Some(series),
        } => (single, series),
        _ => return None,
    };
    let injectable = match &book.offer(INJECTION, MSC_INJECTABLE)?.price {
        OfferPrice::Quoted { single, .. } => single,
        _ => return None,
    };
    let downtime = |method: &str, unit: TimeUnit| match &book.method(method)?.downtime {
        Downtime::Range {
            min,
            max,
            unit: found,
            ..
        } if *found == unit => Some((*min, *max)),
        _ => None,
    };
    let source = book.source(&single.source)?;
    let protocol = book.protocol();
    Some(PublishedFigures {
        source: match source.year {
            Some(year) => format!("{}, {year}", source.publisher),
            None => source.publisher.clone(),
        },
        one_session: single.range,
        series: series.quote.range,
        series_sessions: series.sessions,
        injectable: injectable.range,
        microneedling_hours: downtime(MICRONEEDLING, TimeUnit::Hours)?,
        laser_days: downtime(FRACTIONAL_LASER, TimeUnit::Days)?,
        typical_sessions: (protocol.typical_sessions.min, protocol.typical_sessions.max),
        results_weeks: (protocol.results_weeks.min, protocol.results_weeks.max),
        money,
    })
}

/// How `lang` writes an amount of `currency` where no browser formats it: the text written at
/// build time.
struct PageMoney {
    lang: Lang,
    currency: String,
}

impl MoneyFormat for PageMoney {
    fn format(&self, minor_units: u64) -> String {
        (page_words(self.lang).money)(&self.currency, minor_units)
    }
}

/// The explanations in `lang`, with the figures of `book`; `None` when the book lacks one of
/// the figures the prose states (see [`published_figures`]).
pub fn explanations(book: &PriceBook, lang: Lang) -> Option<Vec<Section>> {
    let money = PageMoney {
        lang,
        currency: book.currency().to_owned(),
    };
    let figures = published_figures(book, &money)?;
    Some((page_words(lang).explanations)(&figures))
}

/// The page's no-script text in `lang`: the calculator needs JavaScript, and the figures the
/// overview quotes, from `book`; `None` when the book lacks one of them.
pub fn noscript_text(book: &PriceBook, lang: Lang) -> Option<String> {
    let money = PageMoney {
        lang,
        currency: book.currency().to_owned(),
    };
    let figures = published_figures(book, &money)?;
    Some((page_words(lang).noscript)(&figures))
}

/// Every citation of the explanations, in reading order: the anchors they link to.
pub fn citations(sections: &[Section]) -> Vec<&'static str> {
    let mut found = Vec::new();
    for section in sections {
        for block in &section.blocks {
            for spans in block_spans(block) {
                found.extend(spans.iter().filter_map(|span| match span {
                    Span::Cite { source, .. } => Some(*source),
                    _ => None,
                }));
            }
        }
    }
    found
}

/// Every run of spans in a block, in reading order.
pub fn block_spans(block: &Block) -> Vec<&[Span]> {
    match block {
        Block::Paragraph { spans, .. } => vec![spans],
        Block::Subheading(_) => Vec::new(),
        Block::List(items) => items.iter().map(Vec::as_slice).collect(),
        Block::Cards(cards) => cards
            .iter()
            .flat_map(|card| {
                std::iter::once(card.body.as_slice())
                    .chain(card.facts.iter().map(|fact| fact.detail.as_slice()))
            })
            .collect(),
        Block::Faq(entries) => entries
            .iter()
            .flat_map(|entry| entry.answer.iter().map(Vec::as_slice))
            .collect(),
        Block::Sources(entries) => entries.iter().map(|entry| entry.spans.as_slice()).collect(),
    }
}

// Short constructors, so that each language's explanations read as prose rather than as
// nested struct literals.

/// Plain text.
pub fn text(text: &str) -> Span {
    Span::Text(text.to_owned())
}

/// Bold text.
pub fn strong(text: &str) -> Span {
    Span::Strong(text.to_owned())
}

/// A citation of the source with anchor `source`, shown as `label`.
pub fn cite(source: &'static str, label: &str) -> Span {
    Span::Cite {
        source,
        label: label.to_owned(),
    }
}

/// A link to the section with id `section`.
pub fn link(section: &'static str, text: &str) -> Span {
    Span::Link {
        section,
        text: text.to_owned(),
    }
}

/// A link to a document elsewhere.
pub fn external(url: &'static str, text: &str) -> Span {
    Span::External {
        url,
        text: text.to_owned(),
    }
}

/// A work's title as published.
pub fn work_title(title: &str) -> Span {
    Span::WorkTitle(title.to_owned())
}

/// A folded section.
pub fn fold(id: &'static str, heading: &str, blocks: Vec<Block>) -> Section {
    Section {
        id,
        heading: heading.to_owned(),
        layout: Layout::Fold,
        blocks,
    }
}

/// An open section.
pub fn open(id: &'static str, heading: &str, blocks: Vec<Block>) -> Section {
    Section {
        id,
        heading: heading.to_owned(),
        layout: Layout::Open,
        blocks,
    }
}

/// A plain paragraph.
pub fn paragraph(spans: Vec<Span>) -> Block {
    Block::Paragraph {
        style: ParagraphStyle::Plain,
        spans,
    }
}

/// A section's opening paragraph.
pub fn lede(spans: Vec<Span>) -> Block {
    Block::Paragraph {
        style: ParagraphStyle::Lede,
        spans,
    }
}

/// An aside.
pub fn note(spans: Vec<Span>) -> Block {
    Block::Paragraph {
        style: ParagraphStyle::Note,
        spans,
    }
}

/// A heading inside a section.
pub fn subheading(text: &str) -> Block {
    Block::Subheading(text.to_owned())
}

/// A card.
pub fn card(heading: &str, body: Vec<Span>, facts: Vec<Fact>) -> Card {
    Card {
        heading: heading.to_owned(),
        body,
        facts,
    }
}

/// A card's fact.
pub fn fact(term: &str, detail: Vec<Span>) -> Fact {
    Fact {
        term: term.to_owned(),
        detail,
    }
}

/// A question and its answer.
pub fn question(question: &str, answer: Vec<Vec<Span>>) -> FaqEntry {
    FaqEntry {
        question: question.to_owned(),
        answer,
    }
}

/// An entry of the sources list.
pub fn source(id: &'static str, spans: Vec<Span>) -> SourceEntry {
    SourceEntry { id, spans }
}

/// An FDA document in a list: its title linking to it, then `rest` (its publisher and date,
/// or what is known of its date), in the language of the list.
pub fn fda_document(reference: Reference, rest: &str) -> Vec<Span> {
    vec![external(reference.url, reference.title), text(rest)]
}
