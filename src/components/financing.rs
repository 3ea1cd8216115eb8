//! The financing illustration and the booking button. Both render core view fields as they
//! are; every word comes from `estimator_core::financing` and `estimator_core::booking`.

use super::list;
use estimator_core::booking::BookingView;
use estimator_core::financing::{FieldView, FinancingAction, FinancingView, IllustrationView};
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FinancingProps {
    pub view: Rc<FinancingView>,
    pub id_prefix: AttrValue,
    pub on_action: Callback<FinancingAction>,
}

/// One typed field (APR or term) with its hint and message, wired like the other fields.
fn text_field(
    field: &FieldView,
    id: String,
    inputmode: &'static str,
    on_input: Callback<InputEvent>,
) -> Html {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by = if field.error.is_some() {
        format!("{error_id} {hint_id}")
    } else {
        hint_id.clone()
    };
    html! {
        <div class={classes!("field", field.error.is_some().then_some("field-invalid"))}>
            <label for={id.clone()}>{ field.label }</label>
            <input id={id} type="text" {inputmode} autocomplete="off"
                value={field.text.clone()} oninput={on_input}
                aria-invalid={field.error.is_some().to_string()}
                aria-describedby={described_by} />
            if let Some(error) = &field.error {
                <p class="error" id={error_id}>{ error }</p>
            }
            <p class="hint" id={hint_id}>{ &field.hint }</p>
        </div>
    }
}

#[component]
pub fn FinancingSection(props: &FinancingProps) -> Html {
    let view = &props.view;
    let id = |name: &str| format!("{}-{name}", props.id_prefix);
    let on_choose = props.on_action.reform(|event: Event| {
        FinancingAction::Choose(event.target_unchecked_into::<HtmlSelectElement>().value())
    });
    let on_apr = props.on_action.reform(|event: InputEvent| {
        FinancingAction::TypeApr(event.target_unchecked_into::<HtmlInputElement>().value())
    });
    let on_months = props.on_action.reform(|event: InputEvent| {
        FinancingAction::TypeMonths(event.target_unchecked_into::<HtmlInputElement>().value())
    });
    // Folded under its heading until there are figures to show (a shared plan with an APR and
    // a term opens it), so the planner stays short on a phone. Once open for figures it is never
    // closed by a render: a patient correcting a typed term keeps the fields in front of them.
    let opened_for_figures = use_mut_ref(|| false);
    if matches!(view.illustration, IllustrationView::Figures { .. }) {
        *opened_for_figures.borrow_mut() = true;
    }
    let open = *opened_for_figures.borrow();
    html! {
        // Without figures there is nothing to print: the print sheet leaves the section out.
        <section class={classes!("financing", matches!(view.illustration, IllustrationView::NeedsInput(_)).then_some("financing-empty"))}
            aria-labelledby={id("financing-title")}>
            <details class="financing-fold" {open}>
            <summary><h2 id={id("financing-title")}>{ view.heading }</h2></summary>
            <p class="financing-intro">{ view.intro }</p>
            <div class="financing-controls">
                if view.choices.len() > 1 {
                    <div class="field">
                        <label for={id("financing-plan")}>{ view.choice_label }</label>
                        <select id={id("financing-plan")} onchange={on_choose}>
                            { list(view.choices.iter().map(|choice| html! {
                                <option value={choice.value.clone()} selected={choice.selected}>{ &choice.label }</option>
                            })) }
                        </select>
                    </div>
                }
                if let (Some(apr), Some(months)) = (&view.apr, &view.months) {
                    <div class="financing-fields">
                        { text_field(apr, id("financing-apr"), "decimal", on_apr) }
                        { text_field(months, id("financing-months"), "numeric", on_months) }
                    </div>
                }
            </div>
            if let Some(terms) = &view.plan_terms {
                <p class="financing-terms">{ terms }</p>
            }
            if let Some(citation) = &view.plan_citation {
                <p class="provenance-line financing-citation">{ citation }</p>
            }
            { illustration(&view.illustration, (view.total_label, view.interest_label)) }
            <p class="hint financing-rule">{ &view.rule }</p>
            </details>
        </section>
    }
}

fn illustration(view: &IllustrationView, labels: (&'static str, &'static str)) -> Html {
    match view {
        IllustrationView::NeedsInput(message) => html! {
            <p class="financing-needs" aria-live="polite">{ message }</p>
        },
        IllustrationView::Figures {
            caption,
            ends,
            assumption,
        } => html! {
            <div class="financing-figures" aria-live="polite">
                <p class="financing-caption">{ caption }</p>
                <div class="financing-ends">
                    { list(ends.iter().map(|end| html! {
                        <article class="financing-end">
                            <h3>{ end.heading }</h3>
                            <p class="financing-amount">{ &end.amount }</p>
                            <p class="financing-monthly">{ &end.monthly }</p>
                            <p class="financing-disclosure">{ &end.disclosure }</p>
                            <dl class="financing-totals">
                                <dt>{ labels.0 }</dt><dd>{ &end.total }</dd>
                                <dt>{ labels.1 }</dt><dd>{ &end.interest }</dd>
                            </dl>
                            if let Some(line) = &end.if_not_cleared {
                                <p class="financing-not-cleared">{ line }</p>
                            }
                        </article>
                    })) }
                </div>
                if let Some(line) = assumption {
                    <p class="note financing-assumption">{ line }</p>
                }
            </div>
        },
    }
}

#[derive(Properties, PartialEq)]
pub struct BookingProps {
    pub view: Rc<BookingView>,
    pub id_prefix: AttrValue,
}

/// The clinic's booking action. The link's description says exactly what the click sends;
/// nothing is sent before the click, and the link opens in a new tab so the plan stays open.
#[component]
pub fn BookingAction(props: &BookingProps) -> Html {
    let view = &props.view;
    let sends_id = format!("{}-booking-sends", props.id_prefix);
    html! {
        <div class="booking">
            if let Some(href) = &view.href {
                <a class="cta-button booking-button" href={href.clone()}
                    target={view.new_tab.then_some("_blank")}
                    rel="noopener noreferrer" aria-describedby={sends_id.clone()}>{ &view.label }</a>
                <p class="booking-sends" id={sends_id}>{ &view.sends }</p>
            } else if let Some(message) = &view.unavailable {
                <p class="booking-unavailable">{ message }</p>
            }
        </div>
    }
}
