//! One estimator: its own reducer, its memoised view, and the calculator's layout. The page
//! and (later) every embedded widget mount this component, so each has independent state.

use crate::components::{Controls, Questions, ResultPanel};
use crate::config::{money_format, EstimatorConfig};
use crate::state::{FormAction, FormState};
use estimator_core::form::RawInput;
use estimator_core::page_view;
use std::rc::Rc;
use std::sync::atomic::{AtomicUsize, Ordering};
use yew::prelude::*;

/// Numbers estimator instances so that element ids stay unique on a page with several. It
/// holds no user state: only a counter for ids.
static NEXT_INSTANCE: AtomicUsize = AtomicUsize::new(0);

#[component]
pub fn Estimator() -> Html {
    let config = use_context::<EstimatorConfig>().unwrap_or_else(EstimatorConfig::published);
    let id_prefix = use_memo((), |_| {
        let number = NEXT_INSTANCE.fetch_add(1, Ordering::Relaxed);
        AttrValue::from(format!("estimator-{number}"))
    });
    let form = {
        let book = config.book.clone();
        use_reducer(move || FormState {
            raw: RawInput::initial(&book),
        })
    };
    let page = use_memo((config.clone(), form.raw.clone()), |(config, raw)| {
        let money = money_format(&config.locale, &config.book.currency);
        page_view(&config.book, raw, money.as_ref())
    });

    let dispatch = |make: fn(String) -> FormAction| {
        let form = form.dispatcher();
        Callback::from(move |value: String| form.dispatch(make(value)))
    };
    let on_step = {
        let form = form.dispatcher();
        Callback::from(move |delta: i32| form.dispatch(FormAction::StepSessions(delta)))
    };

    html! {
        <div class="estimator">
            <div class="calculator">
                <Controls
                    page={Rc::clone(&page)}
                    id_prefix={(*id_prefix).clone()}
                    on_method={dispatch(FormAction::ChooseMethod)}
                    on_tier={dispatch(FormAction::ChooseTier)}
                    on_sessions={dispatch(FormAction::TypeSessions)}
                    {on_step}
                />
                <ResultPanel result={page.result.clone()} id_prefix={(*id_prefix).clone()} />
            </div>
            <Questions />
        </div>
    }
}
