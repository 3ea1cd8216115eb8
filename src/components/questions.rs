//! The four questions to ask a clinic, shown whatever the choice.

use super::list;
use estimator_core::view::questions_view;
use estimator_core::Lang;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct QuestionsProps {
    pub lang: Lang,
}

#[component]
pub fn Questions(props: &QuestionsProps) -> Html {
    let asked = questions_view(props.lang);
    html! {
        <section class="questions" aria-labelledby="questions-title">
            <h2 id="questions-title">{ asked.title }</h2>
            <p class="lede">{ asked.lede }</p>
            <ol class="question-list">
                { list(asked.questions.iter().map(|item| html! {
                    // The question is in view; why it matters opens under it, and prints.
                    // On paper a labelled line follows for the clinic's answer; the stylesheet
                    // prints this attribute's words there (`content: attr(…)`).
                    <li data-answer-label={asked.answer_label}>
                        <details>
                            <summary class="question">{ item.question }</summary>
                            <p class="why">{ item.why }</p>
                        </details>
                    </li>
                })) }
            </ol>
        </section>
    }
}
