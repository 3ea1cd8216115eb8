//! The planner around the calculator: scenario tabs, the comparison, plan dates with the
//! timeline, the quote check, what a restored link ignored, and sharing and printing.

use estimator_core::planner::{DateMode, PlannerView};
use estimator_core::view::FigureView;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::timeline::Timeline;

#[derive(Properties, PartialEq)]
pub struct ScenarioTabsProps {
    pub view: Rc<PlannerView>,
    pub on_add: Callback<()>,
    pub on_show: Callback<usize>,
    pub on_remove: Callback<usize>,
}

/// The scenarios as a row of buttons: show one, remove one, or add a copy of the shown one.
#[component]
pub fn ScenarioTabs(props: &ScenarioTabsProps) -> Html {
    let view = &props.view;
    let several = view.tabs.len() > 1;
    html! {
        <div class="scenarios">
            <ul class="scenario-tabs" aria-label="Scenarios">
                { for view.tabs.iter().enumerate().map(|(index, tab)| {
                    let show = props.on_show.reform(move |_: MouseEvent| index);
                    let remove = props.on_remove.reform(move |_: MouseEvent| index);
                    html! {
                        <li class={classes!("scenario-tab", tab.active.then_some("scenario-tab-active"))}>
                            <button type="button" class="scenario-show" onclick={show}
                                aria-pressed={tab.active.to_string()}>
                                <span class="scenario-label">{ &tab.label }</span>
                                <span class="scenario-summary">{ &tab.summary }</span>
                            </button>
                            if several {
                                <button type="button" class="scenario-remove" onclick={remove}
                                    aria-label={format!("Remove {}", tab.label)}>{ "×" }</button>
                            }
                        </li>
                    }
                }) }
            </ul>
            <button type="button" class="add-scenario" disabled={!view.can_add}
                onclick={props.on_add.reform(|_: MouseEvent| ())}>{ "Add scenario" }</button>
            if let Some(limit) = &view.add_limit {
                <p class="hint">{ limit }</p>
            } else if !several {
                <p class="hint scenario-hint">{ "Add a scenario to compare up to three choices side by side." }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub view: Rc<PlannerView>,
}

/// Up to three scenarios side by side; on a phone the columns stack.
#[component]
pub fn CompareTable(props: &CompareProps) -> Html {
    let Some(compare) = &props.view.compare else {
        return Html::default();
    };
    html! {
        <section class="compare" aria-labelledby="compare-title">
            <h2 id="compare-title">{ "Compare scenarios" }</h2>
            <div class="compare-columns">
                { for compare.columns.iter().map(|column| html! {
                    <article class="compare-column">
                        <h3>{ &column.title }</h3>
                        <p class="compare-summary">{ &column.summary }</p>
                        <p class="price-label">{ &column.price_label }</p>
                        { match &column.figures {
                            estimator_core::compare::CompareFigures::Estimate(figures) => html! {
                                <dl class="compare-figures">
                                    { compare_figure(&figures.total) }
                                    { compare_figure(&figures.per_session) }
                                    { compare_figure(&figures.downtime_total) }
                                    { compare_figure(&figures.final_results) }
                                </dl>
                            },
                            estimator_core::compare::CompareFigures::NeedsInput(message) => html! {
                                <p class="needs-input">{ message }</p>
                            },
                        } }
                        { for column.warnings.iter().map(|warning| html! {
                            <div class={classes!("caveat", format!("caveat-{}", warning.id), "caveat-warning")}>
                                <h4>{ warning.title }</h4>
                                <p>{ warning.body }</p>
                            </div>
                        }) }
                        <div class="compare-regulatory">
                            <h4>{ compare.row_labels.get(4).copied().unwrap_or_default() }</h4>
                            <p>{ &column.regulatory.status }</p>
                        </div>
                        <div class="compare-evidence">
                            <h4>{ compare.row_labels.get(5).copied().unwrap_or_default() }</h4>
                            <ul>{ for column.evidence.iter().map(|line| html! { <li>{ line }</li> }) }</ul>
                        </div>
                    </article>
                }) }
            </div>
            <p class="hint">{ &compare.evidence_source }</p>
            if let Some(note) = &compare.note {
                <p class="hint">{ note }</p>
            }
        </section>
    }
}

fn compare_figure(figure: &FigureView) -> Html {
    html! {
        <div class={classes!("compare-figure", format!("figure-{}", figure.kind.as_str()))}>
            <dt>{ &figure.label }</dt>
            <dd class="compare-value">{ &figure.value }</dd>
            <dd class="compare-provenance">{ figure.provenance.join(" ") }</dd>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct PlanProps {
    pub view: Rc<PlannerView>,
    pub id_prefix: AttrValue,
    pub on_mode: Callback<DateMode>,
    pub on_date: Callback<String>,
}

/// Plan dates (none, a start date, or an event to be ready by) and the timeline.
#[component]
pub fn PlanSection(props: &PlanProps) -> Html {
    let view = &props.view;
    let dates = &view.dates;
    let id = |name: &str| format!("{}-{name}", props.id_prefix);
    let modes = [
        (DateMode::Undated, "No dates: count in weeks"),
        (DateMode::Start, "Start on a date"),
        (DateMode::ReadyBy, "Be ready by an event"),
    ];
    let on_date = props
        .on_date
        .reform(|event: Event| event.target_unchecked_into::<HtmlInputElement>().value());
    let error_id = id("date-error");
    html! {
        <section class="plan" aria-labelledby={id("plan-title")}>
            <h2 id={id("plan-title")}>{ "Your plan over time" }</h2>
            <fieldset class="date-modes">
                <legend>{ "Dates" }</legend>
                { for modes.iter().map(|(mode, label)| {
                    let mode = *mode;
                    let choose = props.on_mode.reform(move |_: Event| mode);
                    html! {
                        <label class="radio">
                            <input type="radio" name={id("date-mode")} value={mode.as_str()}
                                checked={dates.mode == mode} onchange={choose} />
                            { *label }
                        </label>
                    }
                }) }
            </fieldset>
            if dates.mode != DateMode::Undated {
                <div class={classes!("field", "date-field", dates.error.is_some().then_some("field-invalid"))}>
                    <label for={id("date")}>{ dates.date_label }</label>
                    <input id={id("date")} type="date" value={dates.text.clone()} onchange={on_date}
                        aria-invalid={dates.error.is_some().to_string()}
                        aria-describedby={dates.error.as_ref().map(|_| error_id.clone())} />
                    if let Some(error) = &dates.error {
                        <p class="error" id={error_id.clone()}>{ error }</p>
                    }
                </div>
            }
            if let Some(timeline) = &view.timeline {
                <Timeline timeline={timeline.clone()} id_prefix={props.id_prefix.clone()} />
            } else {
                <p class="needs-input">{ "Enter a number of sessions to see the plan." }</p>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct QuoteProps {
    pub view: Rc<PlannerView>,
    pub id_prefix: AttrValue,
    pub on_quote: Callback<String>,
}

/// "Quoted price": where a clinic's quote sits against the range, in careful words.
#[component]
pub fn QuoteCheck(props: &QuoteProps) -> Html {
    let Some(quote) = &props.view.quote else {
        return Html::default();
    };
    let id = |name: &str| format!("{}-{name}", props.id_prefix);
    let on_input = props
        .on_quote
        .reform(|event: InputEvent| event.target_unchecked_into::<HtmlInputElement>().value());
    let hint_id = id("quote-hint");
    let error_id = id("quote-error");
    let described_by = if quote.error.is_some() {
        format!("{error_id} {hint_id}")
    } else {
        hint_id.clone()
    };
    html! {
        <section class="quote" aria-labelledby={id("quote-title")}>
            <h2 id={id("quote-title")}>{ "Check a clinic's quote" }</h2>
            <div class={classes!("field", quote.error.is_some().then_some("field-invalid"))}>
                <label for={id("quote")}>{ &quote.label }</label>
                <input id={id("quote")} type="text" inputmode="decimal" autocomplete="off"
                    value={props.view.quote_text.clone()} oninput={on_input}
                    aria-invalid={quote.error.is_some().to_string()}
                    aria-describedby={described_by} />
                if let Some(error) = &quote.error {
                    <p class="error" id={error_id}>{ error }</p>
                }
                <p class="hint" id={hint_id}>{ &quote.hint }</p>
            </div>
            if let Some(check) = &quote.check {
                <div class={classes!("quote-result", check.position.map(|p| format!("quote-{}", p.as_str())))}>
                    <p class="quote-headline">{ &check.headline }</p>
                    { for check.explanation.iter().map(|line| html! { <p>{ line }</p> }) }
                    if !check.ask.is_empty() {
                        <ul class="quote-ask">{ for check.ask.iter().map(|line| html! { <li>{ line }</li> }) }</ul>
                    }
                    <div class={classes!("quote-compared", format!("figure-{}", check.compared_with.kind.as_str()))}>
                        <p class="hint">{ &check.compared_with_text }</p>
                        <p class="compare-provenance">
                            <span class={classes!("badge", format!("badge-{}", check.compared_with.kind.as_str()))}>{ check.compared_with.badge }</span>
                            { for check.compared_with.provenance.iter().map(|line| html! { <span class="provenance-line">{ line }</span> }) }
                        </p>
                    </div>
                </div>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct NoticesProps {
    pub notices: Vec<String>,
    pub on_dismiss: Callback<()>,
}

/// What a shared link held that could not be used.
#[component]
pub fn Notices(props: &NoticesProps) -> Html {
    if props.notices.is_empty() {
        return Html::default();
    }
    html! {
        <div class="notices" role="alert">
            <p class="notices-title">{ "Restored from the link, with some parts left out:" }</p>
            <ul>{ for props.notices.iter().map(|line| html! { <li>{ line }</li> }) }</ul>
            <button type="button" class="text-button" onclick={props.on_dismiss.reform(|_: MouseEvent| ())}>
                { "Dismiss" }
            </button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ShareProps {
    pub view: Rc<PlannerView>,
    pub id_prefix: AttrValue,
    pub on_share_quote: Callback<bool>,
}

/// What the copy button last did.
#[derive(Clone, PartialEq)]
enum CopyOutcome {
    None,
    Copied,
    /// The browser refused the clipboard; the link is shown to copy by hand.
    Failed(String),
}

/// "Copy link" and "Print or save as PDF". The link holds the plan in its fragment, which
/// browsers never send to a server.
#[component]
pub fn ShareBar(props: &ShareProps) -> Html {
    let outcome = use_state(|| CopyOutcome::None);
    let id = |name: &str| format!("{}-{name}", props.id_prefix);
    let on_copy = {
        let outcome = outcome.clone();
        let fragment = props.view.fragment.clone();
        Callback::from(move |_: MouseEvent| {
            let link = crate::browser::link_with_fragment(&fragment);
            let outcome = outcome.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let copied = crate::browser::copy_to_clipboard(&link).await;
                outcome.set(if copied {
                    CopyOutcome::Copied
                } else {
                    CopyOutcome::Failed(link)
                });
            });
        })
    };
    let on_print = Callback::from(|_: MouseEvent| crate::browser::print());
    let on_share_quote = props
        .on_share_quote
        .reform(|event: Event| event.target_unchecked_into::<HtmlInputElement>().checked());
    html! {
        <section class="share" aria-labelledby={id("share-title")}>
            <h2 id={id("share-title")}>{ "Keep, share or print this plan" }</h2>
            <p class="hint">
                { "The link holds your choices after the # sign, which browsers never send to any server. Nothing is stored anywhere else." }
            </p>
            <div class="share-actions">
                <button type="button" class="primary-button" onclick={on_copy}>{ "Copy link" }</button>
                <button type="button" class="secondary-button" onclick={on_print}>{ "Print or save as PDF" }</button>
            </div>
            <label class="checkbox">
                <input type="checkbox" checked={props.view.share_quote} onchange={on_share_quote} />
                { "Put my quote in the link too" }
            </label>
            <p class="copy-outcome" aria-live="polite">
                { match &*outcome {
                    CopyOutcome::None => Html::default(),
                    CopyOutcome::Copied => html! { { "Link copied. Paste it anywhere to come back to this plan." } },
                    CopyOutcome::Failed(_) => html! { { "This browser did not allow copying. Select the link below and copy it." } },
                } }
            </p>
            if let CopyOutcome::Failed(link) = &*outcome {
                <label class="link-label" for={id("link")}>{ "Link to this plan" }</label>
                <input id={id("link")} class="link-field" type="text" readonly=true value={link.clone()} />
            }
        </section>
    }
}
