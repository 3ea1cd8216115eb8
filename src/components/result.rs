//! The result region: every figure with its provenance, the schedule, the caveats that apply
//! and what a price leaves out.

use super::figures::Figure;
use estimator_core::view::{CaveatView, EstimateView, ResultView};
use estimator_core::widget_view::CallToAction;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ResultProps {
    pub result: ResultView,
    pub id_prefix: AttrValue,
    /// A clinic's booking and phone links, shown right under the total.
    #[prop_or_default]
    pub call_to_action: Option<Rc<CallToAction>>,
}

#[component]
pub fn ResultPanel(props: &ResultProps) -> Html {
    let title_id = format!("{}-result-title", props.id_prefix);
    let body = match &props.result {
        ResultView::Estimate(view) => estimate(view, &title_id, props.call_to_action.as_deref()),
        ResultView::NeedsInput(message) => html! {
            <>
                <h2 id={title_id.clone()} class="result-title">{ "Your estimate" }</h2>
                <p class="needs-input">{ message }</p>
            </>
        },
    };
    // One live region for the whole result. `aria-atomic="false"` makes screen readers
    // announce only what changed (the new figures), not the whole panel on every change.
    html! {
        <section class="result" role="status" aria-live="polite" aria-atomic="false"
            aria-labelledby={title_id}>
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

fn estimate(view: &EstimateView, title_id: &str, action: Option<&CallToAction>) -> Html {
    html! {
        <>
            <div class="result-head">
                <h2 id={title_id.to_owned()} class="result-title">{ "Your estimate" }</h2>
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
            { for view.notes.iter().map(|note| html! { <p class="note">{ note }</p> }) }
            <div class="caveats">
                <h3>{ "What to know about this choice" }</h3>
                { for view.caveats.iter().map(caveat) }
            </div>
            <div class="schedule">
                <h3>{ "Schedule" }</h3>
                <ol class="schedule-list">
                    { for view.schedule.iter().map(|row| html! {
                        <li>
                            <span class="schedule-title">{ &row.title }</span>
                            <span class="schedule-when">{ &row.when }</span>
                            <span class="schedule-detail">{ &row.detail }</span>
                        </li>
                    }) }
                </ol>
                <p class="hint">{ &view.schedule_note }</p>
            </div>
            <div class="not-included">
                <h3>{ view.ask_includes_title }</h3>
                <ul>
                    { for view.ask_includes.iter().map(|item| html! { <li>{ *item }</li> }) }
                </ul>
                <p class="hint">{ view.ask_includes_note }</p>
            </div>
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
    html! {
        <div class={class}>
            <h4>{ caveat.title }</h4>
            <p>{ caveat.body }</p>
            { for caveat.links.iter().map(|link| html! {
                <p class="caveat-link"><a href={link.url.clone()}>{ &link.text }</a></p>
            }) }
        </div>
    }
}
