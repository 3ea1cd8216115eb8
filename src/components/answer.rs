//! The answer in one line, kept in view on a phone while the controls are worked, and the
//! screen reader's short announcement of what changed.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AnswerBarProps {
    /// "3 sessions · $2,000 – $4,000 · 24–48 hours downtime each", or what to do to get one.
    pub answer: AttrValue,
    pub details_label: &'static str,
    /// Brings the full result card on screen.
    pub on_details: Callback<()>,
}

/// On a phone the bar sticks to the top of the screen (the top, not the bottom, so that an
/// open keyboard never covers it); beside the controls on a wide screen it is hidden from
/// sight but stays the live region. Only the one-line answer is live, so a change is announced
/// as one short sentence and not as the whole card.
#[component]
pub fn AnswerBar(props: &AnswerBarProps) -> Html {
    let on_details = props.on_details.reform(|_: MouseEvent| ());
    html! {
        <div class="answer-bar">
            <p class="answer-text" role="status" aria-live="polite" aria-atomic="true">{ &props.answer }</p>
            <button type="button" class="answer-details" onclick={on_details}>{ props.details_label }</button>
        </div>
    }
}
