//! The explanatory sections of the page, shown below the calculator: the core's explanations
//! ([`estimator_core::explanations`]) in the page's language, rendered as HTML. The words, the
//! citations and the figures are all the core's; this only gives each block its element.

use estimator_core::explanations::{Block, Card, FaqEntry, Layout, ParagraphStyle, Section, Span};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExplainerProps {
    /// The sections, in the page's language.
    pub sections: Vec<Section>,
}

/// The explanatory sections shown below the calculator.
#[component]
pub fn Explainer(props: &ExplainerProps) -> Html {
    html! {
        <>{ for props.sections.iter().map(section) }</>
    }
}

fn section(section: &Section) -> Html {
    let blocks = html! { <>{ for section.blocks.iter().map(block) }</> };
    match section.layout {
        Layout::Fold => html! {
            <details id={section.id} class="content-section explainer-fold">
                <summary><h2>{ section.heading.clone() }</h2></summary>
                { blocks }
            </details>
        },
        Layout::Open => html! {
            <section id={section.id} class="content-section">
                <h2>{ section.heading.clone() }</h2>
                { blocks }
            </section>
        },
    }
}

fn block(block: &Block) -> Html {
    match block {
        Block::Paragraph { style, spans } => {
            let spans = spans_of(spans);
            match style {
                ParagraphStyle::Plain => html! { <p>{ spans }</p> },
                ParagraphStyle::Lede => html! { <p class="lede">{ spans }</p> },
                ParagraphStyle::Note => html! { <p class="note">{ spans }</p> },
            }
        }
        Block::Subheading(text) => html! { <h3>{ text.clone() }</h3> },
        Block::List(items) => html! {
            <ul>
                { for items.iter().map(|item| html! { <li>{ spans_of(item) }</li> }) }
            </ul>
        },
        Block::Cards(cards) => html! {
            <ul class="card-list">{ for cards.iter().map(card) }</ul>
        },
        Block::Faq(entries) => html! {
            <div class="faq">{ for entries.iter().map(faq_entry) }</div>
        },
        Block::Sources(entries) => html! {
            <ol class="sources">
                { for entries.iter().map(|entry| html! {
                    <li id={entry.id}>{ spans_of(&entry.spans) }</li>
                }) }
            </ol>
        },
    }
}

fn card(card: &Card) -> Html {
    let facts = (!card.facts.is_empty()).then(|| {
        html! {
            <dl>
                { for card.facts.iter().map(|fact| html! {
                    <>
                        <dt>{ fact.term.clone() }</dt>
                        <dd>{ spans_of(&fact.detail) }</dd>
                    </>
                }) }
            </dl>
        }
    });
    html! {
        <li class="card">
            <h3>{ card.heading.clone() }</h3>
            <p>{ spans_of(&card.body) }</p>
            { for facts }
        </li>
    }
}

fn faq_entry(entry: &FaqEntry) -> Html {
    html! {
        <details>
            <summary>{ entry.question.clone() }</summary>
            { for entry.answer.iter().map(|paragraph| html! { <p>{ spans_of(paragraph) }</p> }) }
        </details>
    }
}

fn spans_of(spans: &[Span]) -> Html {
    html! { <>{ for spans.iter().map(span) }</> }
}

fn span(span: &Span) -> Html {
    match span {
        Span::Text(text) => html! { { text.clone() } },
        Span::Strong(text) => html! { <strong>{ text.clone() }</strong> },
        // An inline citation: " (label)", the label linking to its entry in the sources list.
        Span::Cite { source, label } => html! {
            <>
                { " (" }
                <cite><a href={format!("#{source}")}>{ label.clone() }</a></cite>
                { ")" }
            </>
        },
        Span::Link { section, text } => html! {
            <a href={format!("#{section}")}>{ text.clone() }</a>
        },
        // No `target`: a public document opens in the same tab.
        Span::External { url, text } => html! {
            <a href={*url} rel="noopener noreferrer">{ text.clone() }</a>
        },
        Span::WorkTitle(title) => html! { <cite>{ title.clone() }</cite> },
    }
}
