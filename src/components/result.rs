//! The result card: the figures first, then where they come from (once, with each figure's
//! detail one tap away), the caveats that apply, and what a price leaves out folded under its
//! heading. The schedule is the planner's timeline, right below the card, so the card does not
//! repeat it.

use super::figures::{Figure, FigureSources};
use super::list;
use estimator_core::view::{CaveatView, EstimateView, ResultView, ResultWords};
use estimator_core::widget_view::CallToAction;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub result: ResultView,
    /// The card's own words (its heading, the caveats' heading, the disclosure of sources).
    pub words: ResultWords,
    pub id_prefix: AttrValue,
    /// The card itself, so that the summary in view can bring it on screen.
    pub node: NodeRef,
    /// A clinic's booking and phone links, shown right under the total.
    #[prop_or_default]
    pub call_to_action: Option<Rc<CallToAction>>,
}

#[component]
pub fn ResultPanel(props: &ResultProps) -> Html {
    let title_id = format!("{}-result-title", props.id_prefix);
    let words = &props.words;
    let body = match &props.result {
        ResultView::Estimate(view) => {
            estimate(view, words, &title_id, props.call_to_action.as_deref())
        }
        ResultView::NeedsInput(message) => html! {
            <>
                <h2 id={title_id.clone()} class="result-title">{ words.title }</h2>
                <p class="needs-input">{ message }</p>
            </>
        },
    };
    // Not a live region: the summary in view (`AnswerBar`) announces the short answer, and the
    // whole card stays here to be read at the reader's pace. `tabindex="-1"` lets "Details"
    // move focus to it.
    html! {
        <section class="result" aria-labelledby={title_id} tabindex="-1" ref={props.node.clone()}>
            { body }
        </section>
    }
}

/// The clinic's compact Book / Call action, placed right under the total so that the next step
/// is where the answer is, not thousands of pixels further down.
fn compact_action(action: &CallToAction) -> Html {
    html! {
        <div class="quick-action">
            if let Some((_, href)) = &action.booking {
                <a class="cta-button" href={href.clone()} target={action.target.clone()}>{ &action.compact_booking_label }</a>
            }
            if let Some((_, href)) = &action.phone {
                <a class="cta-phone" href={href.clone()} target={action.target.clone()}>{ &action.compact_phone_label }</a>
            }
        </div>
    }
}

fn estimate(
    view: &EstimateView,
    words: &ResultWords,
    title_id: &str,
    action: Option<&CallToAction>,
) -> Html {
    html! {
        <>
            <div class="result-head">
                <h2 id={title_id.to_owned()} class="result-title">{ words.title }</h2>
                <p class="summary">{ &view.summary }</p>
                <p class="price-label">{ &view.price_label }</p>
            </div>
            <dl class="figures">
                <Figure figure={view.total.clone()} headline={true} />
            </dl>
            if let Some(action) = action {
                { compact_action(action) }
            }
            <dl class="figures">
                <Figure figure={view.per_session.clone()} />
                <Figure figure={view.downtime_per_session.clone()} />
                <Figure figure={view.downtime_total.clone()} />
                <Figure figure={view.final_results.clone()} />
            </dl>
            <FigureSources summary={view.figures_source.clone()} label={words.how_worked_out}
                figures={view.figures().map(Clone::clone).to_vec()} />
            { list(view.notes.iter().map(|note| html! { <p class="note">{ note }</p> })) }
            <div class="caveats">
                <h3>{ words.caveats_title }</h3>
                { list(view.caveats.iter().map(caveat)) }
            </div>
            <details class="not-included">
                <summary><h3>{ view.ask_includes_title }</h3></summary>
                <ul>
                    { list(view.ask_includes.iter().map(|item| html! { <li>{ *item }</li> })) }
                </ul>
                <p class="hint">{ view.ask_includes_note }</p>
            </details>
            <p class="as-of">{ &view.as_of }{ ". " }{ view.disclaimer }</p>
        </>
    }
}

fn caveat(caveat: &CaveatView) -> Html {
    let class = classes!(
        "caveat",
        format!("caveat-{}", caveat.id),
        if caveat.warning {
            "caveat-warning"
        } else {
            "caveat-info"
        }
    );
    // The title says what the caveat means for this choice; the explanation and the FDA's
    // documents open under it, so the card leads with the answer and keeps every fact.
    html! {
        <details class={class}>
            <summary><h4>{ caveat.title }</h4></summary>
            <p>{ caveat.body }</p>
            { list(caveat.links.iter().map(|link| html! {
                <p class="caveat-link"><a href={link.url.clone()}>{ &link.text }</a></p>
            })) }
        </details>
    }
}
