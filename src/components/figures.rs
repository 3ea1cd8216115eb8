//! One figure with its provenance, the building block of the result panel.

use estimator_core::view::FigureView;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FigureProps {
    pub figure: FigureView,
    #[prop_or_default]
    pub headline: bool,
}

#[component]
pub fn Figure(props: &FigureProps) -> Html {
    let figure = &props.figure;
    let kind = figure.kind.as_str();
    let badge = figure.kind.badge();
    html! {
        <div class={classes!("figure", format!("figure-{kind}"), props.headline.then_some("figure-headline"))}>
            <dt class="figure-label">{ &figure.label }</dt>
            <dd class="figure-value">{ &figure.value }</dd>
            <dd class="figure-provenance">
                <span class={classes!("badge", format!("badge-{kind}"))}>{ badge }</span>
                { for figure.provenance.iter().map(|line| html! { <span class="provenance-line">{ line }</span> }) }
            </dd>
        </div>
    }
}
