//! One figure with its badge, the building block of the result panel, and the card's one
//! disclosure that holds where each figure comes from.

use super::list;
use estimator_core::view::FigureView;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FigureProps {
    pub figure: FigureView,
    #[prop_or_default]
    pub headline: bool,
}

/// The label, the value and a badge that says, in plain words, whether the figure is from the
/// source, worked out by a rule, or missing. The sentences behind it are in [`FigureSources`],
/// once for the card, so they do not repeat under every figure.
#[component]
pub fn Figure(props: &FigureProps) -> Html {
    let figure = &props.figure;
    let kind = figure.kind.as_str();
    html! {
        <div class={classes!("figure", format!("figure-{kind}"), props.headline.then_some("figure-headline"))}>
            <dt class="figure-label">{ &figure.label }</dt>
            <dd class="figure-value">{ &figure.value }</dd>
            if let Some(note) = &figure.note {
                <dd class="figure-note">{ note }</dd>
            }
            <dd class="figure-badge"><span class={classes!("badge", format!("badge-{kind}"))}>{ figure.badge }</span></dd>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct FigureSourcesProps {
    /// "Figures from: …", said once for the card.
    pub summary: AttrValue,
    /// The disclosure's own label.
    pub label: &'static str,
    pub figures: Vec<FigureView>,
}

/// The card's provenance: its sources in one line, and each figure's source and rules one tap
/// away. Nothing is dropped: every line the figures carry is inside the disclosure.
#[component]
pub fn FigureSources(props: &FigureSourcesProps) -> Html {
    html! {
        <div class="figure-sources">
            <p class="figures-source">{ &props.summary }</p>
            <details class="how-worked-out">
                <summary>{ props.label }</summary>
                <dl>
                    { list(props.figures.iter().map(|figure| html! {
                        <div class="how-figure">
                            <dt>
                                <span class="how-label">{ &figure.label }</span>
                                <span class="how-value">{ &figure.value }</span>
                            </dt>
                            <dd>
                                <span class={classes!("badge", format!("badge-{}", figure.kind.as_str()))}>{ figure.badge }</span>
                                { list(figure.note.iter().map(|note| html! { <span class="provenance-line">{ note }</span> })) }
                                { list(figure.provenance.iter().map(|line| html! { <span class="provenance-line">{ line }</span> })) }
                            </dd>
                        </div>
                    })) }
                </dl>
            </details>
        </div>
    }
}
