//! The calculator of the estimator's own page: the published figures, on a page it owns. The
//! page around it (header, explanations, footer) is static HTML, written into `index.html` at
//! build time, so the wasm neither carries nor hydrates it.

use crate::config::EstimatorConfig;
use crate::estimator::Estimator;
use estimator_core::Lang;
use yew::prelude::*;

/// The page's language: the prerenderer renders each page in its own, and `startPage` reads
/// it back from `<html lang>`, so the hydrated calculator speaks the language of its HTML.
#[derive(Properties, PartialEq)]
pub struct AppProps {
    pub lang: Lang,
}

#[component]
pub fn App(props: &AppProps) -> Html {
    let config = use_memo(props.lang, |lang| EstimatorConfig::published(*lang));
    // An effect runs once the calculator has hydrated, which may be a task after `startPage`
    // returns (Yew's scheduler can leave work to a later task, as when the start's drawings
    // left some): only then does it respond.
    use_effect_with((), |()| crate::browser::announce_ready());
    html! {
        <ContextProvider<EstimatorConfig> context={(*config).clone()}>
            <Estimator />
        </ContextProvider<EstimatorConfig>>
    }
}
