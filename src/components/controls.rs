//! The three form controls: delivery method, product tier, number of sessions.

use super::list;
use estimator_core::planner::PlannerView;
use estimator_core::view::OptionView;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ControlsProps {
    pub view: Rc<PlannerView>,
    /// Makes element ids unique when several estimators share a page.
    pub id_prefix: AttrValue,
    pub on_method: Callback<String>,
    pub on_tier: Callback<String>,
    /// Whether the clinic has shown the person the lot's data (the risk note follows it).
    pub on_lot_data: Callback<bool>,
    pub on_sessions: Callback<String>,
    pub on_step: Callback<i32>,
}

#[component]
pub fn Controls(props: &ControlsProps) -> Html {
    let page = &props.view.page;
    let id = |name: &str| format!("{}-{name}", props.id_prefix);
    let on_method = props
        .on_method
        .reform(|event: Event| event.target_unchecked_into::<HtmlSelectElement>().value());
    let on_tier = props
        .on_tier
        .reform(|event: Event| event.target_unchecked_into::<HtmlSelectElement>().value());
    let on_lot_data = props
        .on_lot_data
        .reform(|event: Event| event.target_unchecked_into::<HtmlInputElement>().checked());
    let on_sessions = props
        .on_sessions
        .reform(|event: InputEvent| event.target_unchecked_into::<HtmlInputElement>().value());
    let fewer = props.on_step.reform(|_: MouseEvent| -1);
    let more = props.on_step.reform(|_: MouseEvent| 1);
    let error_id = id("sessions-error");
    let hint_id = id("sessions-hint");
    let described_by = match page.sessions_error {
        Some(_) => format!("{error_id} {hint_id}"),
        None => hint_id.clone(),
    };
    let invalid = page.sessions_error.is_some();
    // Submitting the form would reload the page and lose the input; every change already
    // updates the estimate, so Enter does nothing more.
    let on_submit = Callback::from(|event: SubmitEvent| event.prevent_default());

    html! {
        <form class="controls" onsubmit={on_submit} aria-label={page.controls.form_label}>
            <div class="field">
                <label for={id("method")}>{ page.controls.method_label }</label>
                <select id={id("method")} onchange={on_method}
                    aria-describedby={page.method_hint.map(|_| id("method-hint"))}>
                    { list(page.methods.iter().map(option)) }
                </select>
                if let Some(hint) = page.method_hint {
                    <p class="hint" id={id("method-hint")}>{ hint }</p>
                }
            </div>
            <div class="field">
                <label for={id("tier")}>{ page.controls.tier_label }</label>
                <select id={id("tier")} onchange={on_tier} aria-describedby={id("tier-hint")}>
                    { list(page.tiers.iter().map(option)) }
                </select>
                <p class="hint" id={id("tier-hint")}>{ &page.tier_hint }</p>
            </div>
            <div class="field">
                <label class="checkbox" for={id("lot-data")}>
                    <input id={id("lot-data")} type="checkbox" checked={page.lot_data}
                        onchange={on_lot_data} aria-describedby={id("lot-data-hint")} />
                    { page.lot_data_label }
                </label>
                <p class="hint" id={id("lot-data-hint")}>{ page.lot_data_hint }</p>
            </div>
            <div class={classes!("field", invalid.then_some("field-invalid"))}>
                <label for={id("sessions")}>{ page.controls.sessions_label }</label>
                <div class="stepper">
                    // `aria-disabled`, not `disabled`: the button keeps focus when the count
                    // reaches its limit, and still tells every user it can do no more.
                    <button type="button" class="step" onclick={fewer} aria-disabled={(!page.can_fewer).to_string()}
                        aria-label={page.controls.fewer_label} aria-controls={id("sessions")}>{ "−" }</button>
                    <input
                        id={id("sessions")}
                        type="text"
                        inputmode="numeric"
                        autocomplete="off"
                        value={page.sessions_text.clone()}
                        oninput={on_sessions}
                        aria-invalid={invalid.to_string()}
                        aria-describedby={described_by}
                    />
                    <button type="button" class="step" onclick={more} aria-disabled={(!page.can_more).to_string()}
                        aria-label={page.controls.more_label} aria-controls={id("sessions")}>{ "+" }</button>
                </div>
                if let Some(message) = &page.sessions_error {
                    <p class="error" id={error_id}>{ message }</p>
                }
                <p class="hint" id={hint_id}>{ &page.sessions_hint }</p>
            </div>
        </form>
    }
}

fn option(choice: &OptionView) -> Html {
    html! {
        <option value={choice.value.clone()} selected={choice.selected}>{ &choice.label }</option>
    }
}
