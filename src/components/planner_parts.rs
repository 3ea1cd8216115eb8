//! The planner around the calculator: scenario tabs, the comparison, plan dates with the
//! timeline, the quote check, what a restored link ignored, and sharing and printing.

use super::list;
use estimator_core::compare::CompareFigures;
use estimator_core::planner::{DateMode, PlannerLabels, PlannerView};
use estimator_core::view::FigureView;
use std::rc::Rc;
use web_sys::{HtmlElement, HtmlInputElement};
use yew::prelude::*;

use super::timeline::Timeline;

#[derive(Properties, PartialEq)]
pub struct ScenarioTabsProps {
    pub view: Rc<PlannerView>,
    pub on_add: Callback<()>,
    pub on_show: Callback<usize>,
    pub on_remove: Callback<usize>,
    /// The comparison's heading, focused (and so scrolled into view) by the link to it.
    pub compare_heading: NodeRef,
}

/// The scenarios as a row of buttons, once there are two: show one or remove one. "Add
/// scenario" adds a copy of the one shown; after it, a message says where the comparison is,
/// and a link beside the tabs goes there.
#[component]
pub fn ScenarioTabs(props: &ScenarioTabsProps) -> Html {
    let view = &props.view;
    let words = view.words;
    // Whether the last thing done here was adding a scenario: the message about it is said
    // once, then goes when the person shows or removes a scenario.
    let just_added = use_state(|| false);
    let cue_link = use_node_ref();
    {
        // Adding the third scenario disables the button that had the focus; the focus goes
        // to the link to the comparison instead of being lost.
        let cue_link = cue_link.clone();
        let moved_focus = *just_added && !view.can_add;
        use_effect_with(moved_focus, move |moved_focus| {
            if *moved_focus {
                if let Some(link) = cue_link.cast::<HtmlElement>() {
                    let _ = link.focus();
                }
            }
        });
    }
    let on_add = {
        let just_added = just_added.clone();
        let on_add = props.on_add.clone();
        Callback::from(move |_: MouseEvent| {
            just_added.set(true);
            on_add.emit(());
        })
    };
    let go_to_compare = {
        let heading = props.compare_heading.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(heading) = heading.cast::<HtmlElement>() {
                let _ = heading.focus();
            }
        })
    };
    html! {
        <div class="scenarios">
            if view.show_tabs {
                <ul class="scenario-tabs" aria-label={words.scenarios_label}>
                    { list(view.tabs.iter().enumerate().map(|(index, tab)| {
                        let cleared = just_added.clone();
                        let show = props.on_show.reform(move |_: MouseEvent| { cleared.set(false); index });
                        let cleared = just_added.clone();
                        let remove = props.on_remove.reform(move |_: MouseEvent| { cleared.set(false); index });
                        html! {
                            <li class={classes!("scenario-tab", tab.active.then_some("scenario-tab-active"))}>
                                <button type="button" class="scenario-show" onclick={show}
                                    aria-pressed={tab.active.to_string()}>
                                    <span class="scenario-label">{ &tab.label }</span>
                                    <span class="scenario-total">{ &tab.total }</span>
                                    <span class="scenario-summary">{ &tab.summary }</span>
                                </button>
                                <button type="button" class="scenario-remove" onclick={remove}
                                    aria-label={tab.remove_label.clone()}>{ words.remove_mark }</button>
                            </li>
                        }
                    })) }
                </ul>
            }
            <button type="button" class="add-scenario" disabled={!view.can_add}
                onclick={on_add}>{ words.add_scenario }</button>
            if let Some(cue) = &view.compare_cue {
                <button type="button" class="text-button compare-link" ref={cue_link} onclick={go_to_compare}>
                    { &cue.link }
                </button>
            }
            if let Some(limit) = &view.add_limit {
                <p class="hint">{ limit }</p>
            } else if !view.show_tabs {
                <p class="hint scenario-hint">{ words.add_hint }</p>
            }
            <p class="hint scenario-added" aria-live="polite">
                if let (true, Some(cue)) = (*just_added, &view.compare_cue) {
                    { &cue.added }
                }
            </p>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    pub view: Rc<PlannerView>,
    pub id_prefix: AttrValue,
    /// Focused by the link beside the scenario tabs.
    pub heading: NodeRef,
}

/// Up to three scenarios in one table: one row per fact (total, per session, downtime,
/// results, regulatory status), one column per scenario, so the same fact lines up across
/// them. Every figure's source and rule, and the evidence notes, are one tap away below it.
#[component]
pub fn CompareTable(props: &CompareProps) -> Html {
    let Some(compare) = &props.view.compare else {
        return Html::default();
    };
    let title_id = format!("{}-compare-title", props.id_prefix);
    let columns = compare.columns.len();
    html! {
        <section class="compare" aria-labelledby={title_id.clone()}>
            <h2 id={title_id} tabindex="-1" ref={props.heading.clone()}>{ compare.title }</h2>
            // The column count is a class, not an inline style, which the page's policy forbids.
            <table class={classes!("compare-table", format!("compare-of-{columns}"))}>
                <thead>
                    <tr>
                        <td class="compare-corner"></td>
                        { list(compare.columns.iter().map(|column| html! {
                            <th scope="col" class="compare-head">
                                <span class="compare-title">{ &column.title }</span>
                                <span class="compare-summary">{ &column.summary }</span>
                                { list(column.warnings.iter().map(|warning| html! {
                                    <span class="compare-warning">{ warning.title }</span>
                                })) }
                            </th>
                        })) }
                    </tr>
                </thead>
                <tbody>
                    { list(compare.rows.iter().map(|row| html! {
                        <tr>
                            <th scope="row">{ row.label }</th>
                            { list(row.cells.iter().map(|cell| html! {
                                <td class={classes!(cell.kind.map(|kind| format!("figure-{}", kind.as_str())))}>
                                    <span class="compare-value">{ &cell.value }</span>
                                    if let (Some(kind), Some(badge)) = (cell.kind, cell.badge) {
                                        <span class={classes!("badge", format!("badge-{}", kind.as_str()))}>{ badge }</span>
                                    }
                                </td>
                            })) }
                        </tr>
                    })) }
                </tbody>
            </table>
            { list(compare.columns.iter().flat_map(|column| column.warnings.iter().map(move |warning| html! {
                <div class={classes!("caveat", format!("caveat-{}", warning.id), "caveat-warning")}>
                    <h3>{ warning.title }</h3>
                    <p class="caveat-scenario">{ &column.title }</p>
                    <p>{ warning.body }</p>
                </div>
            }))) }
            <details class="compare-sources">
                <summary>{ compare.sources_title }</summary>
                { list(compare.columns.iter().map(|column| html! {
                    <article class="compare-column">
                        <h3>{ &column.title }</h3>
                        <p class="compare-summary">{ &column.summary }</p>
                        <p class="price-label">{ &column.price_label }</p>
                        { match &column.figures {
                            CompareFigures::Estimate(figures) => html! {
                                <dl class="compare-figures">
                                    { compare_figure(&figures.total) }
                                    { compare_figure(&figures.per_session) }
                                    { compare_figure(&figures.downtime_total) }
                                    { compare_figure(&figures.final_results) }
                                </dl>
                            },
                            CompareFigures::NeedsInput(message) => html! {
                                <p class="needs-input">{ message }</p>
                            },
                        } }
                        <div class="compare-regulatory">
                            <h4>{ compare.row_labels.get(4).copied().unwrap_or_default() }</h4>
                            <p>{ &column.regulatory.status }</p>
                        </div>
                        <div class="compare-evidence">
                            <h4>{ compare.row_labels.get(5).copied().unwrap_or_default() }</h4>
                            <ul>{ list(column.evidence.iter().map(|line| html! { <li>{ line }</li> })) }</ul>
                        </div>
                    </article>
                })) }
                <p class="hint">{ &compare.evidence_source }</p>
            </details>
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
            <dd class="compare-provenance">
                { list(figure.provenance.iter().map(|line| html! { <span class="provenance-line">{ line }</span> })) }
            </dd>
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct PlanProps {
    pub view: Rc<PlannerView>,
    pub id_prefix: AttrValue,
    pub on_mode: Callback<DateMode>,
    pub on_date: Callback<String>,
    /// The date field lost focus.
    pub on_leave_date: Callback<()>,
}

/// Plan dates (none, a start date, or an event to be ready by) and the timeline.
#[component]
pub fn PlanSection(props: &PlanProps) -> Html {
    let view = &props.view;
    let dates = &view.dates;
    let id = |name: &str| format!("{}-{name}", props.id_prefix);
    let on_date = props
        .on_date
        .reform(|event: Event| event.target_unchecked_into::<HtmlInputElement>().value());
    let on_blur = props.on_leave_date.reform(|_: FocusEvent| ());
    let error_id = id("date-error");
    let prompt_id = id("date-prompt");
    let described_by = if dates.error.is_some() {
        Some(error_id.clone())
    } else {
        dates.prompt.as_ref().map(|_| prompt_id.clone())
    };
    html! {
        <section class="plan" aria-labelledby={id("plan-title")}>
            <h2 id={id("plan-title")}>{ view.words.plan_title }</h2>
            <fieldset class="date-modes">
                <legend>{ dates.legend }</legend>
                { list(dates.modes.iter().map(|(mode, label)| {
                    let mode = *mode;
                    let choose = props.on_mode.reform(move |_: Event| mode);
                    html! {
                        <label class="radio">
                            <input type="radio" name={id("date-mode")} value={mode.as_str()}
                                checked={dates.mode == mode} onchange={choose} />
                            { *label }
                        </label>
                    }
                })) }
            </fieldset>
            if dates.mode != DateMode::Undated {
                <div class={classes!("field", "date-field", dates.error.is_some().then_some("field-invalid"))}>
                    <label for={id("date")}>{ dates.date_label }</label>
                    <input id={id("date")} type="date" value={dates.text.clone()} onchange={on_date}
                        onblur={on_blur}
                        aria-invalid={dates.error.is_some().to_string()}
                        aria-describedby={described_by} />
                    if let Some(error) = &dates.error {
                        <p class="error" id={error_id.clone()}>{ error }</p>
                    } else if let Some(prompt) = &dates.prompt {
                        <p class="hint" id={prompt_id.clone()}>{ prompt }</p>
                    }
                </div>
            }
            if let Some(timeline) = &view.timeline {
                <Timeline timeline={timeline.clone()} id_prefix={props.id_prefix.clone()} />
            } else {
                <p class="needs-input">{ view.words.plan_needs_sessions }</p>
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
            <h2 id={id("quote-title")}>{ quote.title }</h2>
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
            if let Some(you_entered) = &quote.you_entered {
                <p class="print-only quote-entered">{ you_entered }</p>
            }
            if let Some(check) = &quote.check {
                <div class={classes!("quote-result", check.position.map(|p| format!("quote-{}", p.as_str())))}>
                    <p class="quote-headline">{ &check.headline }</p>
                    { list(check.explanation.iter().map(|line| html! { <p>{ line }</p> })) }
                    if !check.ask.is_empty() {
                        <ul class="quote-ask">{ list(check.ask.iter().map(|line| html! { <li>{ line }</li> })) }</ul>
                    }
                    <div class={classes!("quote-compared", format!("figure-{}", check.compared_with.kind.as_str()))}>
                        <p class="hint">{ &check.compared_with_text }</p>
                        <p class="compare-provenance">
                            <span class={classes!("badge", format!("badge-{}", check.compared_with.kind.as_str()))}>{ check.compared_with.badge }</span>
                            { list(check.compared_with.provenance.iter().map(|line| html! { <span class="provenance-line">{ line }</span> })) }
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
    pub words: &'static PlannerLabels,
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
            <p class="notices-title">{ props.words.notices_title }</p>
            <ul>{ list(props.notices.iter().map(|line| html! { <li>{ line }</li> })) }</ul>
            <button type="button" class="text-button" onclick={props.on_dismiss.reform(|_: MouseEvent| ())}>
                { props.words.dismiss }
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

/// "Copy link", the system's share sheet where the browser has one (phones, mostly), and
/// "Print or save as PDF". The link holds the plan in its fragment, which browsers never send
/// to a server.
#[component]
pub fn ShareBar(props: &ShareProps) -> Html {
    let words = &props.view.share;
    let outcome = use_state(|| CopyOutcome::None);
    // Known only in the browser: the prerendered page offers no share sheet, and the button
    // appears after hydration where `navigator.share` exists.
    let can_share = use_state(|| false);
    {
        let can_share = can_share.clone();
        use_effect_with((), move |_| can_share.set(crate::browser::can_share()));
    }
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
    let on_share = {
        let fragment = props.view.fragment.clone();
        let title = words.share_title;
        let text = words.share_text.clone();
        Callback::from(move |_: MouseEvent| {
            let link = crate::browser::link_with_fragment(&fragment);
            let text = text.clone();
            // The sheet reports nothing worth saying: a cancelled share is the person's choice,
            // and "Copy link" stays beside it.
            wasm_bindgen_futures::spawn_local(async move {
                crate::browser::share(title, &text, &link).await;
            });
        })
    };
    let on_print = Callback::from(|_: MouseEvent| crate::browser::print());
    let on_share_quote = props
        .on_share_quote
        .reform(|event: Event| event.target_unchecked_into::<HtmlInputElement>().checked());
    html! {
        <section class="share" aria-labelledby={id("share-title")}>
            <h2 id={id("share-title")}>{ words.title }</h2>
            <p class="hint">{ words.hint }</p>
            <div class="share-actions">
                <button type="button" class="primary-button" onclick={on_copy}>{ words.copy }</button>
                if *can_share {
                    <button type="button" class="secondary-button" onclick={on_share}>{ words.system_share }</button>
                }
                <button type="button" class="secondary-button" onclick={on_print}>{ words.print }</button>
            </div>
            <label class="checkbox">
                <input type="checkbox" checked={props.view.share_quote} onchange={on_share_quote} />
                { words.include_quote }
            </label>
            <p class="copy-outcome" aria-live="polite">
                { match &*outcome {
                    CopyOutcome::None => "",
                    CopyOutcome::Copied => words.copied,
                    CopyOutcome::Failed(_) => words.copy_failed,
                } }
            </p>
            if let CopyOutcome::Failed(link) = &*outcome {
                <label class="link-label" for={id("link")}>{ words.link_label }</label>
                <input id={id("link")} class="link-field" type="text" readonly=true value={link.clone()} />
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct PrintSourceProps {
    pub view: Rc<PlannerView>,
}

/// On the printed sheet only: the day it was printed and the link back to the plan.
#[component]
pub fn PrintSource(props: &PrintSourceProps) -> Html {
    // The address is the browser's, so it is read after rendering (never while prerendering)
    // and again whenever the plan, and so its fragment, changes.
    let link = use_state(String::new);
    {
        let link = link.clone();
        use_effect_with(props.view.fragment.clone(), move |fragment| {
            link.set(crate::browser::link_with_fragment(fragment));
        });
    }
    html! {
        <p class="print-only print-source">
            { &props.view.share.printed_on }
            <span class="print-link">{ (*link).clone() }</span>
        </p>
    }
}
