//! The four questions to ask a clinic, shown whatever the choice.

use estimator_core::content::{QUESTIONS_LEDE, QUESTIONS_TITLE};
use estimator_core::view::questions;
use yew::prelude::*;

#[component]
pub fn Questions() -> Html {
    html! {
        <section class="questions" aria-labelledby="questions-title">
            <h2 id="questions-title">{ QUESTIONS_TITLE }</h2>
            <p class="lede">{ QUESTIONS_LEDE }</p>
            <ol class="question-list">
                { for questions().iter().map(|item| html! {
                    <li>
                        <p class="question">{ item.question }</p>
                        <p class="why">{ item.why }</p>
                    </li>
                }) }
            </ol>
        </section>
    }
}
